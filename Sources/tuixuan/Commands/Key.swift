import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct KeyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "key",
            abstract: L("签名密钥：每位操作人员一把，私钥以口令加密保存在数据库之外", "signing keys: one per operator, the private key sealed with a passphrase outside the database"),
            discussion: L("""
                每件事都须由办理人用本人密钥签名。密钥由本人生成（key create），公钥由上级登记：第一位县审核人员在 init 时用 --key 登记本人的；\
                其他人员在 operator add 时以 --public-key 登记；已有人员尚无密钥的，用 key register。
                """, """
                Every act is signed with its operator's own key. Each operator makes their key (key create); a superior registers its \
                public half: the first county reviewer with init --key, everyone else with operator add --public-key, an existing \
                operator without a key with key register.
                """),
            subcommands: [Create.self, Register.self, List.self])
    }

    struct Create: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "create",
                abstract: L("生成本人的签名密钥文件（不改动数据库；公钥由上级登记）", "make your signing key file (the database is not touched; a superior registers the public key)"),
                discussion: L("口令至少8个字符，从终端输入两次，或取自 TUIXUAN_PASSPHRASE。密钥文件请妥善保管；交给上级登记时，上级只读取其中的公钥。",
                              "The passphrase (8+ characters) is typed twice, or taken from TUIXUAN_PASSPHRASE. Keep the key file safe; a superior registering it reads only its public key."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Option(help: ArgumentHelp(L("密钥文件保存位置", "where to write the key file"))) var out: String
        /// scrypt's cost as a power of two. Real keys use the default; the test suite makes cheaper ones so a thousand signed
        /// acts do not each spend a second unlocking (the file records its cost, so it is only ever that file's protection).
        @Option(help: ArgumentHelp(visibility: .private)) var costLog2: Int = 15

        func run() throws {
            guard let name = actor.resolved else {
                printError(Refusal.operatorRequired.localized)
                throw ExitCode.validationFailure
            }
            do {
                try checkOutputPath(out, overwrite: false)
                let first = try passphrase(L("为\(name)设置密钥口令：", "new passphrase for \(name): "))
                if ProcessInfo.processInfo.environment["TUIXUAN_PASSPHRASE"] == nil {
                    guard try passphrase(L("再输入一次：", "again: ")) == first else {
                        printError(L("两次输入的口令不一致", "the passphrases differ"))
                        throw ExitCode(ExitStatus.refused)
                    }
                }
                let file = try KeyFile.create(operatorName: name, passphrase: first, costLog2: costLog2).file
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try writeOutputFile(try encoder.encode(file), to: out, overwrite: false, permissions: 0o600)
                print(L("已为\(name)生成密钥，公钥：\(file.publicKey)\n密钥文件：\(out)（请妥善保管）\n下一步：由上级登记公钥（operator add … --public-key \(out)，或 key register --for \(name) --public-key \(out)）；第一位县审核人员在 init 时加 --key \(out)",
                        "key made for \(name), public key: \(file.publicKey)\nkey file: \(out) (keep it safe)\nnext: a superior registers the public key (operator add … --public-key \(out), or key register --for \(name) --public-key \(out)); the first county reviewer gives --key \(out) to init"))
            } catch let error as Refusal {
                printError(error.localized)
                throw ExitCode(ExitStatus.refused)
            } catch let error as UserFacingError {
                printError(error.message)
                throw ExitCode(error.status)
            }
        }
    }

    struct Register: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "register",
                abstract: L("为尚无密钥的操作人员登记公钥（由上级办理）", "register the public key of an operator who has none (done by a superior)"),
                discussion: L("县委组织部审核人员可为本县任何人员登记，乡镇人员可为其下村级人员、计票人、监票人登记。签名尚未开始的旧数据库中，本人也可登记自己的（须同时用 --key 签名）。",
                              "A county reviewer registers anyone in the county; a township operator the village operators, tellers and scrutineers under it. In an older file where signing has not begun, an operator may register their own (signing with --key)."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Option(name: .customLong("for"), help: ArgumentHelp(L("密钥持有人姓名", "whose key it is"))) var owner: String
        @Option(help: ArgumentHelp(L("持有人的密钥文件（只读取其中的公钥），或公钥本身", "the holder's key file (only its public key is read), or the public key itself")))
        var publicKey: String

        func run(_ db: AppDatabase) throws {
            let key = try publicKeyArgument(publicKey, holder: owner)
            try db.registerKey(by: actor.resolved, for: owner, publicKey: key)
            print(L("已为\(owner)登记公钥：\(key)", "public key registered for \(owner): \(key)"))
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

/// A public key given on the command line: the holder's key file (its public half is read; the file must be the holder's),
/// or the base64 key itself.
func publicKeyArgument(_ argument: String, holder: String) throws -> String {
    guard FileManager.default.fileExists(atPath: argument) else {
        // Not a file: the key itself, or a mistyped path (named as such, not as an invalid key).
        guard let raw = Data(base64Encoded: argument), raw.count == 32 else { throw Refusal.fileMissing(path: argument) }
        return argument
    }
    guard let file = try? JSONDecoder().decode(KeyFile.self, from: Data(try readFileBytes(argument))) else { throw Refusal.keyFileInvalid }
    guard file.operatorName == holder else { throw Refusal.keyFileOfAnotherOperator(keyHolder: file.operatorName, operator: holder) }
    return file.publicKey
}
