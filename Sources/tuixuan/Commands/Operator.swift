import ArgumentParser
import TuixuanCore
import TuixuanStore

struct OperatorCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "operator",
            abstract: L("操作人员及其角色", "operators and their roles"),
            subcommands: [Add.self, List.self])
    }

    struct Add: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add",
                abstract: L("登记操作人员及其公钥", "register an operator and their public key"),
                discussion: L("角色：county（县委组织部）、township（乡镇指导组）、village（村/社区党组织）、teller（计票人）、scrutineer（监票人）。",
                              "Roles: county (county reviewer), township (guidance group), village (village organization), teller, scrutineer."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Option(help: ArgumentHelp(L("新操作人员姓名", "the new operator's name"))) var name: String
        @Option(help: ArgumentHelp(L("角色", "role"))) var role: Role
        @Option(help: ArgumentHelp(L("所属组织代码", "the organization they act for"))) var org: String
        @Option(help: ArgumentHelp(L("新人员本人生成的密钥文件（tuixuan key create；只读取其中的公钥），或公钥本身",
                                     "the key file the new operator made (tuixuan key create; only its public key is read), or the public key itself")))
        var publicKey: String

        func run(_ db: AppDatabase) throws {
            try db.addOperator(by: actor.resolved, name: name, role: role, organizationCode: org, publicKey: try publicKeyArgument(publicKey, holder: name))
            print(L("已登记操作人员：\(name)（\(role.localized)）", "registered operator \(name) (\(role.localized))"))
        }
    }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("列出操作人员", "list operators"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        struct Entry: Encodable {
            var name: String
            var role: String
            var organizationCode: String
            var organizationName: String
        }

        func run(_ db: AppDatabase) throws {
            let operators = try db.operators()
            if output.json {
                print(try renderJSON(operators.map { Entry(name: $0.name, role: $0.role.rawValue, organizationCode: $0.organizationCode, organizationName: $0.organizationName) }))
                return
            }
            var table = TextTable(headers: [L("姓名", "name"), L("角色", "role"), L("组织", "organization")])
            for entry in operators { table.add([entry.name, entry.role.localized, "\(entry.organizationName)（\(entry.organizationCode)）"]) }
            print(table.render())
        }
    }
}
