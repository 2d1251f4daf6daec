import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct Audit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "audit", abstract: L("审计：核验事件链与全部数据是否一致", "audit: check the event chain against all the data"), subcommands: [Verify.self, Head.self])
    }

    struct Verify: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "verify",
                abstract: L("核验：重算事件链并逐一回放每个事件写入的数据，与现有数据比对，指出第一处不符", "recompute the chain, replay every event's changes, compare with the data, and name the first mismatch"),
                discussion: L("可发现在程序之外（如用 sqlite3 直接）对党员、选票、计票、步骤状态、审批等的改动，以及被删除、插入或调换顺序的事件。只读，不改动数据库。",
                              "Finds changes made outside the program (e.g. with the sqlite3 shell) to members, ballots, counts, step states or approvals, and events removed, inserted or reordered. Read-only."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp(L("先前记下的链头（tuixuan audit head 输出的 编号:哈希），可多次给出：检查事件未被截去或回退", "a head written down earlier (ID:HASH as tuixuan audit head prints it), repeatable: checks no events were dropped or rolled back")))
        var head: [String] = []
        @Option(name: .customLong("heads-from"), help: ArgumentHelp(L("链头记录文件（--head-log 写下的）：逐一检查其中本库的每个链头", "a head log (as --head-log writes it): checks every head in it that belongs to this database")))
        var headsFrom: String?

        func validate() throws {
            for token in head where ChainHead(token: token) == nil {
                throw ValidationError(L("--head 应为 编号:64位哈希，如 171:5ff6…：\(token)", "--head is ID:HASH (64 hex digits), e.g. 171:5ff6…: \(token)"))
            }
        }

        struct ReportJSON: Encodable {
            var intact: Bool
            var eventsChecked: Int
            var rowsChecked: Int
            var signaturesChecked: Int
            var headsChecked: Int
            var signingAnchored: Bool
            var unsignedEvents: Int
            var problems: [ProblemJSON]
        }

        struct ProblemJSON: Encodable {
            var kind: String
            var eventId: Int64?
            var table: String?
            var key: String?
            var message: String
        }

        func run(_ db: AppDatabase) throws {
            let progress = TerminalProgress(json: output.json)
            var heads = head.compactMap(ChainHead.init(token:))
            var replaced = 0
            if let headsFrom {
                let logged = try loggedHeads(headsFrom, origin: try db.chainHead().origin)
                heads += logged.heads
                replaced = logged.replaced
                if !output.json {
                    printWarning(L("链头记录 \(headsFrom)：本库的链头\(logged.heads.count)个，其他数据库的\(logged.others)行不计", "head log \(headsFrom): \(logged.heads.count) heads of this database, \(logged.others) lines of other databases not counted"))
                }
            }
            let report = try db.verifyAudit(knownHeads: heads, progress: progress.update)
            progress.finish()
            if output.json {
                print(try renderJSON(ReportJSON(intact: report.isIntact, eventsChecked: report.eventsChecked, rowsChecked: report.rowsChecked,
                                                signaturesChecked: report.signaturesChecked, headsChecked: heads.count,
                                                signingAnchored: report.signingAnchored, unsignedEvents: report.unsignedEvents, problems: report.problems.map { ProblemJSON(kind: $0.kind.rawValue, eventId: $0.eventID, table: $0.table, key: $0.key, message: $0.localized) })))
            } else if report.isIntact {
                if !heads.isEmpty { print(L("先前记下的\(heads.count)个链头都在事件链中", "all \(heads.count) heads written down earlier are in the chain")) }
                print(L("核验通过：\(report.eventsChecked)个事件环环相扣，其中\(report.signaturesChecked)个签名均有效，\(report.rowsChecked)行数据与事件记录完全一致",
                        "intact: \(report.eventsChecked) events chained, \(report.signaturesChecked) signatures valid, \(report.rowsChecked) rows match the record"))
            } else {
                print(L("核验未通过，发现\(report.problems.count)处不符（第一处最关键）：", "NOT intact: \(report.problems.count) problem(s), the first matters most:"))
                for problem in report.problems.prefix(20) { print("  ✗ " + problem.localized) }
            }
            if !output.json, !report.signingAnchored, report.unsignedEvents > 0 {
                printWarning(L("县审核人员尚未登记签名密钥，\(report.unsignedEvents)个事件未签名：拿到这个文件的人可以整条重写未签名的记录并重算事件链而不被发现，“核验通过”只说明记录前后一致。请县审核人员先 tuixuan key create，此后每个操作都须签名",
                               "no county reviewer has registered a signing key, and \(report.unsignedEvents) events are unsigned: anyone with this file can rewrite the unsigned record and recompute the chain undetected, so \"intact\" only means the record agrees with itself. Have a county reviewer run tuixuan key create first; every act is signed from then on"))
            }
            if replaced > 0 {
                printError(L("链头记录中有\(replaced)行写的是这个文件的路径，却来自另一个数据库（事件链起点不同）：这个文件可能已被整个替换",
                             "\(replaced) lines of the head log name this file's path but come from another database (another chain start): this file may have been replaced whole"))
            }
            if !report.isIntact || replaced > 0 { throw ExitCode(ExitStatus.refused) }
        }

        /// The heads of this database (same first event) in a head log, the lines of other databases, and those that name
        /// this file's path with another chain start; a line the program did not write is named.
        /// The heads of this database in a head log. A line that is not a head record — one cut short by a power cut while it
        /// was being written, or one typed in by hand — is named and skipped, and the rest still count; a file with no head
        /// record at all is not a head log.
        func loggedHeads(_ path: String, origin: String) throws -> (heads: [ChainHead], others: Int, replaced: Int) {
            let here = URL(fileURLWithPath: global.databasePath).standardizedFileURL.path
            let text = String(decoding: try readFileBytes(path), as: UTF8.self)
            var entries: [HeadLogLine] = []
            var unreadable: [Int] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                guard let entry = HeadLogLine(line: String(line)) else {
                    unreadable.append(index + 1)
                    continue
                }
                entries.append(entry)
            }
            let (heads, others, replaced) = HeadLogLine.heads(in: entries, origin: origin, path: here)
            if !unreadable.isEmpty {
                let lines = unreadable.map(String.init).joined(separator: L("、", ", "))
                guard !heads.isEmpty || others > 0 else {
                    throw UserFacingError(message: L("\(path) 不是链头记录文件：没有一行是链头记录（时间、编号:哈希、events=、origin=、路径，以制表符分隔）",
                                                     "\(path) is not a head log: no line is a head record (time, ID:HASH, events=, origin=, path, tab-separated)"),
                                          status: ExitStatus.fileRejected)
                }
                printWarning(L("\(path) 第\(lines)行不是完整的链头记录（写入时断电，或不是本程序写的），不计；其余各行照常检查。这些行原本记的链头无法检查，请核对该文件",
                               "\(path) line(s) \(lines) are not whole head records (cut short by a power cut, or not written by this program) and are skipped; the other lines are checked. Heads those lines held cannot be checked: look at the file"))
            }
            return (heads, others, replaced)
        }
    }

    /// 链头: where the chain ends now, to write down outside the file (the county's list, a printed record).
    struct Head: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "head",
                abstract: L("显示事件链的链头（事件数、末事件编号和哈希），请记在数据库之外", "show the chain's head (events, last event and its hash): write it down outside the file"),
                discussion: L("县里或乡镇把每个村数据库的链头记下（或打印存档）；以后 tuixuan audit verify --head 编号:哈希 可查出事件被截去或数据库被回退。",
                              "The county or township writes down each village database's head (or files a printout); later, tuixuan audit verify --head ID:HASH shows whether events were dropped or the file rolled back."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run(_ db: AppDatabase) throws {
            let head = try db.chainHead()
            if output.json {
                print(try renderJSON(head))
            } else {
                print(L("链头：共\(head.events)个事件，末事件第\(head.lastEvent)号", "head: \(head.events) events, the last #\(head.lastEvent)"))
                print(head.token)
            }
        }
    }
}
