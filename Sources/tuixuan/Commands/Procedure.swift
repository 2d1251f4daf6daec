import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct ProcedureCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "procedure",
            abstract: L("程序目录（32个步骤的版本化定义）", "procedure catalogs (the versioned definition of the 32 steps)"),
            subcommands: [List.self, Show.self, Register.self])
    }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("列出可用的程序版本", "list the procedure versions available"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        struct Entry: Encodable {
            var procedure: String
            var version: Int
            var title: String
            var steps: Int
            var sha256: String
            var registered: Bool
        }

        func run(_ db: AppDatabase) throws {
            let entries = try db.catalogs().map {
                Entry(procedure: $0.procedure.procedure, version: $0.procedure.version, title: $0.procedure.title.localized,
                      steps: $0.procedure.steps.count, sha256: $0.sha256, registered: $0.registered)
            }
            if output.json {
                print(try renderJSON(entries))
                return
            }
            var table = TextTable(headers: [L("程序", "procedure"), L("步骤数", "steps"), L("已在本库使用", "in use here"), L("标题", "title")])
            for e in entries { table.add(["\(e.procedure)@\(e.version)", "\(e.steps)", e.registered ? L("是", "yes") : L("否（内置）", "no (built in)"), e.title]) }
            print(table.render())
        }
    }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("显示某程序版本的全部步骤", "show every step of a procedure version"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp(L("程序，如 2018-county@1", "procedure, e.g. 2018-county@1"))) var reference = "2018-county@1"

        func run(_ db: AppDatabase) throws {
            guard let procedure = try db.catalogs().map(\.procedure).first(where: { $0.reference == reference || ($0.procedure == reference) }) else {
                throw Refusal.procedureUnknown(key: reference, version: nil)
            }
            if output.json {
                print(try renderJSON(procedure))
                return
            }
            print("\(procedure.reference)  \(procedure.title.localized)")
            for phase in procedure.phases {
                print("【\(phase.title.localized)】")
                for step in procedure.steps where step.phase == phase.id {
                    let prerequisites = step.prerequisites.isEmpty ? "" : L("  前置：", "  after: ") + step.prerequisites.map(String.init).joined(separator: ",")
                    print("  \(step.number). \(step.title.localized)（\(step.responsible.localized)）\(prerequisites)")
                }
            }
        }
    }

    struct Register: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "register", abstract: L("登记一个新的程序版本或本地方案（县委组织部）", "register a new procedure version or local plan (county reviewer)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Argument(help: ArgumentHelp(L("程序目录JSON文件", "the catalog JSON file"))) var file: String

        func run(_ db: AppDatabase) throws {
            let bytes = try readFileBytes(file)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw UserFacingError(message: L("\(file) 不是UTF-8文本", "\(file) is not UTF-8 text"), status: ExitStatus.fileRejected)
            }
            let procedure = try db.registerCatalog(by: actor.resolved, text: text)
            print(L("已登记程序 \(procedure.reference)（\(procedure.steps.count)步）", "registered procedure \(procedure.reference) (\(procedure.steps.count) steps)"))
        }
    }
}
