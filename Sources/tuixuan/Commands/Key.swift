import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct KeyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "key",
            abstract: L("签名密钥：每位操作人员一把，私钥以口令加密保存在数据库之外", "signing keys: one per operator, the private key sealed with a passphrase outside the database"),
            subcommands: [Create.self, List.self])
    }

    struct Create: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "create",
                abstract: L("为操作人员生成密钥并登记公钥（此后其办理的每件事都须签名）", "make an operator's key and register its public key (from then on every act of theirs is signed)"),
                discussion: L("口令至少8个字符，从终端输入两次，或取自 TUIXUAN_PASSPHRASE。密钥文件请妥善保管，遗失须由县委组织部另行处理。",
                              "The passphrase (8+ characters) is typed twice, or taken from TUIXUAN_PASSPHRASE. Keep the key file safe."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Option(help: ArgumentHelp(L("密钥文件保存位置", "where to write the key file"))) var out: String

        func run() throws {
            guard let name = actor.resolved else {
                printError(Refusal.operatorRequired.localized)
                throw ExitCode(ExitStatus.refused)
            }
            guard !FileManager.default.fileExists(atPath: out) else {
                printError(Refusal.fileExists(path: out).localized)
                throw ExitCode(ExitStatus.refused)
            }
            do {
                let first = try passphrase(L("为\(name)设置密钥口令：", "new passphrase for \(name): "))
                if ProcessInfo.processInfo.environment["TUIXUAN_PASSPHRASE"] == nil {
                    guard try passphrase(L("再输入一次：", "again: ")) == first else {
                        printError(L("两次输入的口令不一致", "the passphrases differ"))
                        throw ExitCode(ExitStatus.refused)
                    }
                }
                let created = try KeyFile.create(operatorName: name, passphrase: first)
                let (file, key) = (created.file, created.key)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                let database = try openDatabase(global, signer: EventSigner(operatorName: name, key: key), creating: false)
                // The key file first: a key registered whose file could not be written would lock its operator out for good.
                try writeOutputFile(try encoder.encode(file), to: out, overwrite: false, permissions: 0o600)
                do {
                    try database.registerKey(publicKey: file.publicKey, operatorName: name)
                } catch {
                    try? FileManager.default.removeItem(atPath: out)
                    throw error
                }
                print(L("已为\(name)生成密钥并登记公钥：\(file.publicKey)\n密钥文件：\(out)（请妥善保管）", "key made for \(name), public key registered: \(file.publicKey)\nkey file: \(out) (keep it safe)"))
            } catch let error as Refusal {
                printError(error.localized)
                throw ExitCode(ExitStatus.refused)
            } catch let error as UserFacingError {
                printError(error.message)
                throw ExitCode(error.status)
            }
        }
    }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("列出已登记的公钥", "list the registered public keys"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        struct Entry: Encodable { var operatorName: String; var role: String; var publicKey: String; var registeredAt: String }

        func run(_ db: AppDatabase) throws {
            let keys = try db.keys()
            if output.json {
                print(try renderJSON(keys.map { Entry(operatorName: $0.operatorName, role: $0.role.rawValue, publicKey: $0.publicKey, registeredAt: $0.registeredAt) }))
                return
            }
            var table = TextTable(headers: [L("操作人员", "operator"), L("角色", "role"), L("公钥", "public key"), L("登记时间", "registered")])
            for key in keys { table.add([key.operatorName, key.role.localized, key.publicKey, key.registeredAt]) }
            print(table.render())
        }
    }
}
