import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct Trust: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "trust", abstract: L("信任列表：县委组织部审核人员的公钥", "the trust list: the county reviewers' public keys"), subcommands: [Export.self, Import.self])
    }

    struct Export: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "export", abstract: L("导出本县信任列表（交乡镇和核验归档包者使用）", "export the county's trust list (for townships and for checking bundles)"))
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("输出文件", "output file"))) var out: String

        func run(_ db: AppDatabase) throws {
            try checkOutputPath(out, overwrite: false)
            let list = try db.exportTrustList()
            try writeJSON(list, to: out)
            print(L("已导出\(list.countyName)信任列表（\(list.keys.count)把公钥）→ \(out)", "trust list of \(list.countyName) (\(list.keys.count) keys) → \(out)"))
        }
    }
}

extension Trust {
    struct Import: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "import", abstract: L("导入本县信任列表（乡镇用，核验归档包时使用）", "import the county's trust list (townships; used to check bundles)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Argument(help: ArgumentHelp(L("信任列表文件", "trust list file"))) var file: String

        func run(_ db: AppDatabase) throws {
            let list = try decodeJSONFile(TrustList.self, file)
            let count = try db.importTrustList(by: actor.resolved, list)
            print(L("已导入信任列表：\(count)把公钥", "trust list imported: \(count) keys"))
        }
    }
}

struct Archive: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "archive", abstract: L("归档包（第30步）：导出，并在另一台机器上仅凭信任列表核验", "archive bundles (step 30): export, and check on another machine with only the trust list"),
                             subcommands: [Export.self, Verify.self, File.self, Import.self, List.self])
    }

    struct Export: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "export", abstract: L("导出一次选举的归档包（一个自包含文件：事件链、签名、公钥、看板和计票结果报告单）", "export an election's bundle: one self-contained file with the chain, signatures, keys, the board and the count report"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("输出文件", "output file"))) var out: String

        func run(_ db: AppDatabase) throws {
            try checkOutputPath(out, overwrite: false)
            let bundle = try db.exportBundle(by: actor.resolved, election: target.election, records: try archiveRecords(db, election: target.election))
            try writeJSON(bundle, to: out)
            print(L("已导出归档包 → \(out)：\(bundle.events.count)个事件，摘要 \(bundle.bundleSHA256.prefix(16))…", "bundle → \(out): \(bundle.events.count) events, digest \(bundle.bundleSHA256.prefix(16))…"))
        }
    }

    struct Verify: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "verify", abstract: L("核验归档包：不需要数据库，只需本县信任列表", "check a bundle: no database needed, only the county's trust list"))
        }

        @Argument(help: ArgumentHelp(L("归档包文件", "bundle file"))) var bundle: String
        @Option(help: ArgumentHelp(L("本县信任列表", "the county's trust list"))) var trust: String
        @OptionGroup var output: OutputOptions
        @Option(name: .long, help: ArgumentHelp(L("界面语言：zh 或 en", "language: zh or en"))) var lang: Language = .zh

        func run() throws {
            let parsedBundle: ArchiveBundle
            let parsedTrust: TrustList
            do {
                parsedBundle = try decodeJSONFile(ArchiveBundle.self, bundle)
                parsedTrust = try decodeJSONFile(TrustList.self, trust)
            } catch let error as UserFacingError {
                printError(error.message)
                throw ExitCode(error.status)
            }
            let check = AppDatabase.verifyBundle(parsedBundle, trust: parsedTrust)
            if output.json {
                print(try renderJSON(check))
            } else if check.isSound {
                print(L("归档包核验通过：\(check.election)，\(check.eventsChecked)个事件环环相扣，\(check.signaturesChecked)个签名均有效且可追溯到本县信任列表",
                        "bundle sound: \(check.election), \(check.eventsChecked) events chained, \(check.signaturesChecked) signatures valid and traced to the county's trust list"))
            } else {
                print(L("归档包核验未通过：", "bundle NOT sound:"))
                for problem in check.problems.prefix(20) { print("  ✗ " + problem) }
            }
            if !check.isSound { throw ExitCode(ExitStatus.refused) }
        }
    }
}

extension Archive {
    struct File: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "file",
                abstract: L("乡镇登记本次选举的归档包（第30步）：核验它是本库导出的、签名可追溯到信任列表、包含第28、29步", "file the election's bundle (step 30): checked to be this database's export, its signatures traced to the trust list, covering steps 28 and 29"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Argument(help: ArgumentHelp(L("归档包文件（tuixuan archive export 导出）", "bundle file (from tuixuan archive export)"))) var bundle: String
        @Option(help: ArgumentHelp(L("登记日期（默认今天）", "date of filing (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            let parsed = try decodeJSONFile(ArchiveBundle.self, bundle)
            let filing = try db.fileArchive(by: actor.resolved, election: target.election, bundle: parsed,
                                            expectedRecords: try archiveRecords(db, election: target.election), on: on ?? db.today)
            print(L("已核验并登记归档包：摘要 \(filing.bundleSHA256.prefix(16))…，事件至第\(filing.headEvent)号，\(filing.signatures)个签名",
                    "bundle checked and filed: digest \(filing.bundleSHA256.prefix(16))…, events up to #\(filing.headEvent), \(filing.signatures) signatures"))
        }
    }

    struct Import: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "import", abstract: L("县委组织部导入乡镇的归档包（先按信任列表核验）", "the county imports a township's bundle (checked against the trust list first)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Argument(help: ArgumentHelp(L("归档包文件", "bundle file"))) var bundle: String
        @Option(help: ArgumentHelp(L("信任列表文件（默认用本库的）", "trust list file (default: this database's)"))) var trust: String?

        func run(_ db: AppDatabase) throws {
            let parsed = try decodeJSONFile(ArchiveBundle.self, bundle)
            let list = try trust.map { try decodeJSONFile(TrustList.self, $0) } ?? db.storedTrustList()
            let check = try db.importBundle(by: actor.resolved, parsed, trust: list)
            print(L("已核验并导入：\(check.election)（\(check.eventsChecked)个事件，\(check.signaturesChecked)个签名）", "checked and imported: \(check.election) (\(check.eventsChecked) events, \(check.signaturesChecked) signatures)"))
        }
    }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("列出已导入的归档选举", "list the archived elections imported"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run(_ db: AppDatabase) throws {
            let archived = try db.archivedElections()
            if output.json {
                print(try renderJSON(archived))
                return
            }
            var table = TextTable(headers: [L("村（社区）", "village"), L("乡镇", "township"), L("标题", "title"), L("进度", "done"), L("当选委员", "elected"), L("导入时间", "imported"), L("链头", "head")])
            for a in archived {
                table.add(["\(a.organizationName)（\(a.organizationCode)）", a.townshipName ?? "", a.title, "\(a.done)/\(a.total)", a.elected.joined(separator: "、"), a.importedAt, a.head.map { String($0.prefix(24)) + "…" } ?? ""])
            }
            print(table.render())
        }
    }
}

/// Reads a JSON file of a known shape, or says in the user's words why it cannot.
func decodeJSONFile<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
    do {
        return try JSONDecoder().decode(type, from: Data(try readFileBytes(path)))
    } catch let error as UserFacingError {
        throw error
    } catch {
        throw UserFacingError(message: L("\(path) 格式不对：\(error)", "\(path) is not in the expected format: \(error)"), status: ExitStatus.fileRejected)
    }
}

func writeJSON(_ value: some Encodable, to path: String) throws {
    guard !FileManager.default.fileExists(atPath: path) else {
        throw Refusal.fileExists(path: path)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try writeOutputFile(try encoder.encode(value), to: path, overwrite: false)
}

/// The printable records a bundle carries: the board, the count report in every format, the candidates. Rendered the
/// same way on export and on filing, so that filing can tell an edited record from this database's own.
func archiveRecords(_ db: AppDatabase, election: String) throws -> [String: String] {
    let status = try db.status(election: election)
    let report = try db.countReport(election: election)
    return [
        "status.json": try renderJSON(StatusJSON(status)),
        "count-report.json": try renderJSON(report),
        "count-report.txt": countReportText(report),
        "count-report.csv": countReportCSV(report),
        "count-report.html": countReportHTML(report),
        "candidates.json": try renderJSON(CandidacyJSON(try db.candidacy(election: election))),
    ]
}
