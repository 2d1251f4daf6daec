import ArgumentParser
import TuixuanCore
import TuixuanStore

struct BackupCommand: DatabaseCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: L("备份数据库（联机备份，使用中也可进行）", "back up the database (online: safe while in use)"))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(L("备份文件", "backup file"))) var out: String

    func run(_ db: AppDatabase) throws {
        try checkOutputPath(out, overwrite: false)
        try db.backup(to: out)
        let check = try AppDatabase.checkBackup(at: out)
        print(L("已备份到 \(out)：完整性 \(check.integrity)，\(check.audit.eventsChecked)个事件核验\(check.audit.isIntact ? "通过" : "未通过")",
                "backed up to \(out): integrity \(check.integrity), \(check.audit.eventsChecked) events \(check.audit.isIntact ? "intact" : "NOT intact")"))
    }
}

struct RestoreCommand: DatabaseCommand {
    static var createsDatabase: Bool { true }

    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: L("从备份恢复：先检查备份的完整性和审计链，通过后才替换当前数据库", "restore from a backup: checked for integrity and its audit chain before it replaces anything"))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(L("备份文件", "backup file"))) var from: String
    @Flag(help: ArgumentHelp(L("允许恢复比当前数据库旧的备份（会丢失其后的记录；仅在当前数据库损坏时使用）", "allow a backup older than this file (what came after is lost; only when the file is broken)"))) var allowOlder = false

    func run(_ db: AppDatabase) throws {
        let check = try db.restore(from: from, allowOlder: allowOlder)
        print(L("已从 \(from) 恢复：完整性 \(check.integrity)，\(check.audit.eventsChecked)个事件、\(check.audit.rowsChecked)行数据核验通过",
                "restored from \(from): integrity \(check.integrity), \(check.audit.eventsChecked) events and \(check.audit.rowsChecked) rows verified"))
    }
}
