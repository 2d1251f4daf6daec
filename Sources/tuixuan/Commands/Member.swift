import ArgumentParser
import TuixuanCore
import TuixuanStore

struct MemberCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "member",
            abstract: L("党员名册", "member rolls"),
            subcommands: [Import.self, List.self, Template.self, Profile.self])
    }

    struct Import: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "import",
                abstract: L("导入村（社区）党员名册，或全县（乡镇）各村的名册（全部成功或全部不导入）", "import a village's member roll, or a county's (township's) rolls of every village (all or nothing)"),
                discussion: L(
                    "支持UTF-8（含或不含BOM）和GB18030（Excel“CSV（逗号分隔）”）。任一行有误则整份文件不导入，并列出所有错误的行、列、值和原因。重复导入同一文件不会产生任何改动。按身份证号（无则按姓名+出生日期）对应已有党员。tuixuan member template 输出空白模板。\n\n全县名册（党员信息系统导出，含“组织代码”列，每行写明所在村、社区的代码）：--org 写县或乡镇代码，文件中的每个组织须在其下；任一组织的任一行有误则整份文件不导入，无误则逐个组织导入并分别报告（--json 给出各组织的报告）。--org 写村（社区）代码时，文件可以有“组织代码”列，但每行只能是本村的代码或空着。",
                    "UTF-8 (with or without BOM) and GB18030 (Excel's \"CSV (comma delimited)\" in China). One bad row rejects the whole file, listing every bad row's line, column, value and reason. Re-importing the same file changes nothing. Members are matched by ID number, or by name and birth date. tuixuan member template prints a blank template.\n\nA county-wide roll (the Party member information system's export, with a 组织代码 column naming each row's village or community): --org names the county or township, and every organization in the file must be under it; one bad row of any organization rejects the whole file, otherwise each organization's roll is imported and reported (--json gives each organization's report). With --org a village, a 组织代码 column may stand, but every code in it must be the village's own or blank."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp(L("党员名册（Excel 工作簿 .xlsx 或 CSV）", "the member roll (Excel workbook .xlsx, or CSV)"))) var file: String
        @Option(help: ArgumentHelp(L("村（社区）代码；全县名册写县或乡镇代码", "the village or community code; for a county-wide roll, the county's or township's"))) var org: String
        @OptionGroup var sheet: SheetOption
        @Option(help: ArgumentHelp(L("CSV 文件编码：utf-8 或 gb18030（默认自动识别）", "CSV file encoding: utf-8 or gb18030 (detected when omitted)"))) var encoding: TextEncoding?
        @Flag(help: ArgumentHelp(L("只检查并报告将做的改动，不写入", "check and report what would change, write nothing"))) var dryRun = false

        func run(_ db: AppDatabase) throws {
            let table = try readTable(file, encoding: encoding, sheet: sheet.sheet, headerWords: MemberRollColumns.specs.headerWords, titleNeedsMerge: false)
            let parsed: ParsedRoll
            let progress = TerminalProgress(json: output.json)
            let read = readMemberRoll(table.records, today: db.today)
            // --org a county or township: the county-wide import (its report, its JSON). --org a village: its own roll, where a
            // 组织代码 column may stand (as exported) but every code in it must be the village's own.
            let scope = try db.organization(code: org)
            if read.roll.isCountyWide && !scope.level.holdsElections {
                try importCountyWide(db, read.roll, fileIssues: read.issues, table: table, progress: progress)
                return
            }
            let foreign = read.roll.organizationByLine.filter { $0.value != scope.code }.sorted { $0.key < $1.key }.map { line, code in
                ImportIssue(line: line, column: "组织代码", value: code, reason: LocalizedText(
                    zh: "不是“\(scope.name)”（\(scope.code)）的代码：一个村（社区）的名册只能有本村的党员；全县名册请以县或乡镇代码导入（--org）",
                    en: "not the code of \(scope.name) (\(scope.code)): a village's roll lists its own members only; import a county-wide roll with the county's or township's code (--org)"))
            }
            let issues = (read.issues + foreign).sorted { $0.line < $1.line }
            guard issues.isEmpty else { throw rejected(ImportRejected(issues: issues), table: table) }
            parsed = read.roll
            guard let report = try runImport(table: table, progress: progress, {
                try db.importRoll(by: actor.resolved, organizationCode: org, parsed, dryRun: dryRun, progress: progress.update)
            }) else { return }
            let locate = table.locator()
            for warning in report.warnings { printWarning("\(file)" + L("：", ": ") + locate(warning)) }
            let verb = dryRun ? L("（试运行，未写入）", " (dry run, nothing written)") : ""
            print(L("\(file)（\(table.readAs)）：新增\(report.inserted)人，更新\(report.updated.count)人，未变\(report.unchanged)人\(verb)",
                    "\(file) (\(table.readAs)): \(report.inserted) added, \(report.updated.count) updated, \(report.unchanged) unchanged\(verb)"))
            printDetails(report)
        }

        /// A county-wide file: every organization's roll checked together, then each imported and reported on its own line.
        private func importCountyWide(_ db: AppDatabase, _ parsed: ParsedRoll, fileIssues: [ImportIssue], table: TableFile, progress: TerminalProgress) throws {
            guard let report = try runImport(table: table, progress: progress, {
                try db.importCountyRoll(by: actor.resolved, scopeCode: org, parsed, fileIssues: fileIssues, dryRun: dryRun, progress: progress.update)
            }) else { return }
            let locate = table.locator()
            for warning in report.organizations.flatMap(\.warnings) { printWarning("\(file)" + L("：", ": ") + locate(warning)) }
            let verb = dryRun ? L("（试运行，未写入）", " (dry run, nothing written)") : ""
            var lines = TextTable(headers: [L("组织代码", "code"), L("新增", "added"), L("更新", "updated"), L("未变", "unchanged"), L("不在文件中", "not in file")])
            for roll in report.organizations {
                lines.add([roll.organizationCode, "\(roll.inserted)", "\(roll.updated.count)", "\(roll.unchanged)", "\(roll.notInFile.count)"])
            }
            print(lines.render())
            print(L("\(file)（\(table.readAs)）：\(report.organizations.count)个组织，新增\(report.inserted)人，更新\(report.updated)人，未变\(report.unchanged)人\(verb)",
                    "\(file) (\(table.readAs)): \(report.organizations.count) organizations, \(report.inserted) added, \(report.updated) updated, \(report.unchanged) unchanged\(verb)"))
            for roll in report.organizations { printDetails(roll, prefix: roll.organizationCode + " ") }
        }

        /// Runs the import with its progress line; a rejection names the file's cells; with --json the report is printed here
        /// (nil returned), else returned for the table.
        private func runImport<Report: Encodable>(table: TableFile, progress: TerminalProgress, _ body: () throws -> Report) throws -> Report? {
            let report: Report
            do {
                report = try body()
                progress.finish()
            } catch Refusal.importRejected(let rejection) {
                progress.finish()
                throw rejected(rejection, table: table)
            }
            guard !output.json else {
                print(try renderJSON(report))
                return nil
            }
            return report
        }

        private func printDetails(_ report: RollImportReport, prefix: String = "") {
            for update in report.updated {
                let fields = update.fields.map { MemberRollColumns.specs.label(of: $0) }
                print(L("  \(prefix)第\(update.line)行 \(update.name)：\(fields.map(\.zh).joined(separator: "、"))有变动", "  \(prefix)line \(update.line) \(update.name): changed \(fields.map(\.en).joined(separator: ", "))"))
            }
            if !report.notInFile.isEmpty {
                printWarning(prefix + L("名册中有\(report.notInFile.count)人不在此文件中（未作删除）：\(report.notInFile.joined(separator: "、"))",
                               "\(report.notInFile.count) members on the roll are not in this file (left as they are): \(report.notInFile.joined(separator: ", "))"))
            }
        }
    }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("列出村（社区）党员名册", "list a village's member roll"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp(L("村（社区）代码", "the village or community code"))) var org: String

        struct Entry: Encodable {
            var id: Int64
            var name: String
            var gender: String
            var birthDate: String
            var idNumber: String?
            var education: String
            var joinedDate: String
            var status: String
            var discipline: String
            var probationStart: String?
            var probationEnd: String?
            var away: Bool
            var phone: String?
        }

        func run(_ db: AppDatabase) throws {
            let members = try db.members(organizationCode: org)
            if output.json {
                print(try renderJSON(members.map {
                    Entry(id: $0.id!, name: $0.name, gender: $0.gender.rawValue, birthDate: $0.birthDate.description, idNumber: $0.idNumber,
                          education: $0.education.rawValue, joinedDate: $0.joinedDate.description, status: $0.status.rawValue,
                          discipline: $0.discipline.rawValue, probationStart: $0.probationStart?.description,
                          probationEnd: $0.probationEnd?.description, away: $0.away, phone: $0.phone)
                }))
                return
            }
            var table = TextTable(headers: ["#", L("姓名", "name"), L("性别", "gender"), L("出生日期", "born"), L("文化程度", "education"),
                                            L("入党日期", "joined"), L("类别", "status"), L("处分", "discipline"), L("流动", "away")])
            for m in members {
                var discipline = m.discipline == .none ? "" : m.discipline.localized
                if let end = m.probationEnd { discipline += L("至\(end)", " until \(end)") }
                table.add(["\(m.id!)", m.name, m.gender.localized, m.birthDate.description, m.education.localized, m.joinedDate.description,
                           m.status.localized, discipline, m.away ? L("是", "yes") : ""])
            }
            print(table.render())
            print(L("共\(members.count)人", "\(members.count) members"))
        }
    }

    struct Template: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "template", abstract: L("输出党员名册空白模板（CSV 表头，或 Excel 工作簿）", "print a blank member roll template (the CSV header, or an Excel workbook)"),
                                 discussion: L("xlsx 模板中身份证号、联系电话列为文本格式（18位号码和末位X不会被Excel改掉），日期列为日期格式。",
                                               "In the xlsx template the ID number and phone columns are text (Excel keeps all 18 digits and a trailing X) and the date columns are dates."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var csv: CSVOptions
        @Option(help: ArgumentHelp(L("格式：csv 或 xlsx（Excel，须用 --out）", "format: csv or xlsx (Excel, needs --out)"))) var format: TableFormat = .csv
        @Option(help: ArgumentHelp(L("写入文件（默认输出到屏幕）", "write to a file (default: standard output)"))) var out: String?

        func validate() throws {
            if format == .xlsx && out == nil { throw workbookNeedsOut() }
        }

        func run() throws {
            try emitTables([memberRollTable()], workbook: format == .xlsx, out: out, csv: csv)
        }
    }
}

extension Background: ExpressibleByArgument {
    public init?(argument: String) { self.init(label: argument) }
    public static var allValueStrings: [String] { allCases.map(\.shortLabel) }
}

extension OtherPost: ExpressibleByArgument {
    public init?(argument: String) { self.init(label: argument) }
    public static var allValueStrings: [String] { allCases.map(\.shortLabel) }
}

extension MemberCommand {
    /// 来源渠道 and other posts of one member (第五篇 三 "拓宽来源渠道"; 四 "一肩挑"、团支部书记、妇联主席): shown as the
    /// composition of each list and of the elected committee in `candidates show`.
    struct Profile: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "profile",
                abstract: L("记录党员的来源（致富带头人、退伍军人、选派…）和兼任职务（村委会主任、团支部书记、妇联主席…）", "record a member's background (business leader, veteran, seconded…) and other posts (villagers' committee chair, Youth League, women's federation…)"),
                discussion: L(
                    "重新记录即替换原有内容；两项都不给则清空。来源：\(Background.allCases.map(\.shortLabel).joined(separator: "、"))。兼任职务：\(OtherPost.allCases.map(\.shortLabel).joined(separator: "、"))（村委委员即村（居）民委员会委员）。选派和聘请的同志须先把组织关系转入本村（社区）名册。tuixuan candidates show 据此显示各名单和当选班子的结构。",
                    "Recording again replaces what was there; giving neither clears it. Backgrounds: \(Background.allCases.map(\.rawValue).joined(separator: ", ")). Posts: \(OtherPost.allCases.map(\.rawValue).joined(separator: ", ")). Someone seconded or engaged must first be on this roll (membership transferred). tuixuan candidates show gives each list's and the elected committee's composition from it."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Option(help: ArgumentHelp(L("村（社区）代码", "the village or community code"))) var org: String
        @Option(help: ArgumentHelp(L("党员（姓名、身份证号或 #编号）", "the member (name, ID number or #id)"))) var member: String
        @Option(help: ArgumentHelp(L("来源渠道；可多次给出", "background; repeatable"))) var background: [Background] = []
        @Option(help: ArgumentHelp(L("兼任职务；可多次给出", "another post held; repeatable"))) var post: [OtherPost] = []

        func run(_ db: AppDatabase) throws {
            try db.recordProfile(by: actor.resolved, organizationCode: org, member: member, profile: MemberProfile(backgrounds: Set(background), posts: Set(post)))
            let said = background.map(\.localized) + post.map(\.localized)
            print(said.isEmpty ? L("已清空\(member)的来源和兼任职务", "cleared \(member)'s background and posts")
                : L("已记录\(member)：\(said.joined(separator: "、"))", "recorded for \(member): \(said.joined(separator: ", "))"))
        }
    }
}
