import ArgumentParser
import TuixuanCore
import TuixuanStore

struct Init: DatabaseCommand {
    static var createsDatabase: Bool { true }

    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: L("初始化数据库：建立本县和第一位县委组织部审核人员", "set up the database: the county and its first county reviewer"),
                             discussion: L("第一位审核人员先用 tuixuan key create --operator 姓名 --out 密钥文件 生成本人密钥；init 用 --key 该文件签名，其公钥成为本县信任链的起点。",
                                           "The first reviewer first makes their key with tuixuan key create --operator NAME --out KEYFILE; init signs with --key KEYFILE, and its public key starts the county's chain of trust."))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(L("县（区）代码", "the county's code"))) var countyCode: String
    @Option(help: ArgumentHelp(L("县（区）名称", "the county's name"))) var countyName: String
    @Option(help: ArgumentHelp(L("第一位县委组织部审核人员姓名", "name of the first county reviewer"))) var reviewer: String

    /// Refused before any file is made: the first event is signed with the reviewer's key (trust issue 12).
    func validate() throws {
        guard global.keyPath != nil else { throw ValidationError(Refusal.initializationNeedsKey(reviewer).localized) }
    }

    func run(_ db: AppDatabase) throws {
        try db.initialize(countyCode: countyCode, countyName: countyName, reviewerName: reviewer)
        print(L("已初始化：\(countyName)（\(countyCode)），县委组织部审核人员：\(reviewer)", "initialized: \(countyName) (\(countyCode)), county reviewer: \(reviewer)"))
    }
}
