import ArgumentParser
import TuixuanStore

struct Init: DatabaseCommand {
    static var createsDatabase: Bool { true }

    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: L("初始化数据库：建立本县和第一位县委组织部审核人员", "set up the database: the county and its first county reviewer"))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(L("县（区）代码", "the county's code"))) var countyCode: String
    @Option(help: ArgumentHelp(L("县（区）名称", "the county's name"))) var countyName: String
    @Option(help: ArgumentHelp(L("第一位县委组织部审核人员姓名", "name of the first county reviewer"))) var reviewer: String

    func run(_ db: AppDatabase) throws {
        try db.initialize(countyCode: countyCode, countyName: countyName, reviewerName: reviewer)
        print(L("已初始化：\(countyName)（\(countyCode)），县委组织部审核人员：\(reviewer)", "initialized: \(countyName) (\(countyCode)), county reviewer: \(reviewer)"))
    }
}
