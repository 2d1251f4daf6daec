import ArgumentParser
import TuixuanCore
import TuixuanStore

struct Org: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "org",
            abstract: L("组织：县、乡镇、村、社区", "organizations: county, townships, villages, communities"),
            subcommands: [Add.self, Import.self, List.self])
    }

    struct Add: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: L("添加一个乡镇、村或社区", "add a township, village or community"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Option(help: ArgumentHelp(L("组织代码", "the organization's code"))) var code: String
        @Option(help: ArgumentHelp(L("组织名称", "the organization's name"))) var name: String
        @Option(help: ArgumentHelp(L("层级：township（乡镇）、village（村）、community（社区）", "level: township, village or community"))) var level: OrganizationLevel
        @Option(help: ArgumentHelp(L("上级组织代码", "the parent organization's code"))) var parent: String
        @Option(help: ArgumentHelp(L("上届委员会职数（村、社区）", "the outgoing committee's size (villages, communities)"))) var previousSize: Int?

        func run(_ db: AppDatabase) throws {
            try db.addOrganization(by: actor.resolved, code: code, name: name, level: level, parentCode: parent, previousCommitteeSize: previousSize)
            print(L("已添加\(level.localized)：\(name)（\(code)）", "added \(level.localized): \(name) (\(code))"))
        }
    }

    struct Import: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "import",
                abstract: L("从CSV导入组织（全部成功或全部不导入；重复导入同一文件不改变任何内容）", "import organizations from CSV (all or nothing; importing the same file again changes nothing)"),
                discussion: L("列：代码,名称,层级,上级代码,上届委员会职数。层级填 乡镇、村 或 社区；上级须已存在或在文件中更靠前。已有的组织：名称或上届职数（尚无换届选举时）不同则更新并列出，完全相同则不动；导入不会改变组织的层级或上级。文件中的问题一次全部列出。",
                              "Columns: 代码,名称,层级,上级代码,上届委员会职数 (code, name, level, parent code, previous committee size). Parents must exist or come earlier in the file. An organization already there is updated when its name (or, before any election, its previous size) differs, and listed; one exactly as listed is left alone; an import never changes a level or a parent. Every problem of the file is listed at once."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Argument(help: ArgumentHelp(L("组织表（Excel 工作簿 .xlsx 或 CSV）", "the organization list (Excel workbook .xlsx, or CSV)"))) var file: String
        @OptionGroup var sheet: SheetOption
        @Option(help: ArgumentHelp(L("CSV 文件编码：utf-8 或 gb18030（默认自动识别）", "CSV file encoding: utf-8 or gb18030 (detected when omitted)"))) var encoding: TextEncoding?

        func run(_ db: AppDatabase) throws {
            let table = try readTable(file, encoding: encoding, sheet: sheet.sheet, headerWords: OrganizationColumns.specs.headerWords, titleNeedsMerge: false)
            do {
                let report = try db.importOrganizations(by: actor.resolved, readOrganizationList(table.records))
                print(L("\(file)：新增\(report.added.count)个组织，更新\(report.updated.count)个，未变\(report.unchanged)个",
                        "\(file): \(report.added.count) organizations added, \(report.updated.count) updated, \(report.unchanged) unchanged"))
                for update in report.updated {
                    let fields = update.fields.map { OrganizationColumns.specs.label(of: $0) }
                    print(L("  第\(update.line)行 \(update.code)：\(fields.map(\.zh).joined(separator: "、"))已更新", "  line \(update.line) \(update.code): \(fields.map(\.en).joined(separator: ", ")) updated"))
                }
            } catch Refusal.importRejected(let rejection) {
                throw rejected(rejection, table: table)
            }
        }
    }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("列出组织（可限定某组织及其下级）", "list organizations (optionally one and everything under it)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp(L("只列此组织及其下级", "only this organization and those under it"))) var under: String?

        struct Entry: Encodable {
            var code: String
            var name: String
            var level: String
            var parentCode: String?
            var previousCommitteeSize: Int?
            var memberCount: Int
        }

        func run(_ db: AppDatabase) throws {
            let list = try db.organizations(under: under)
            if output.json {
                print(try renderJSON(list.map {
                    Entry(code: $0.organization.code, name: $0.organization.name, level: $0.organization.level.rawValue,
                          parentCode: $0.parentCode, previousCommitteeSize: $0.organization.previousCommitteeSize, memberCount: $0.memberCount)
                }))
                return
            }
            var table = TextTable(headers: [L("代码", "code"), L("名称", "name"), L("层级", "level"), L("上级", "parent"), L("上届职数", "prev. size"), L("党员数", "members")])
            for entry in list {
                let indent = String(repeating: "  ", count: [.county: 0, .township: 1, .village: 2, .community: 2][entry.organization.level] ?? 0)
                table.add([indent + entry.organization.code, entry.organization.name, entry.organization.level.localized, entry.parentCode ?? "",
                           entry.organization.previousCommitteeSize.map(String.init) ?? "", entry.organization.level.holdsElections ? String(entry.memberCount) : ""])
            }
            print(table.render())
        }
    }
}

extension OrganizationLevel: ExpressibleByArgument {
    public init?(argument: String) { self.init(label: argument) }
}

extension Role: ExpressibleByArgument {
    public init?(argument: String) { self.init(label: argument) }
}
