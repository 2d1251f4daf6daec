import Foundation
import GRDB
import TuixuanCore

/// What a backup file holds, checked before it is trusted.
public struct BackupCheck: Sendable, Codable {
    public var integrity: String
    public var migrations: [String]
    public var audit: AuditReport
    public var isSound: Bool { integrity == "ok" && audit.isIntact }
}

extension AppDatabase {
    /// 备份: copies the database to `path` with SQLite's online backup API (consistent while others use it).
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.invalid(LocalizedText(zh: "\(path) 已存在，不会覆盖", en: "\(path) exists and is not overwritten"))
        }
        let destination = try DatabaseQueue(path: path)
        try writer.backup(to: destination)
        try destination.close()
    }

    /// Checks a backup file without changing it: SQLite's integrity check and the audit chain.
    public static func checkBackup(at path: String) throws -> BackupCheck {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.invalid(LocalizedText(zh: "没有文件 \(path)", en: "no file \(path)"))
        }
        var configuration = AppDatabase.configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        let (integrity, upToDate, applied) = try queue.read { db in
            (try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "",
             try AppDatabase.migrator.hasCompletedMigrations(db), try AppDatabase.migrator.appliedMigrations(db))
        }
        guard upToDate else {
            throw StoreError.invalid(LocalizedText(zh: "备份文件来自其他版本的程序（已应用：\(applied.joined(separator: ", "))）", en: "the backup is from another version (applied: \(applied.joined(separator: ", ")))"))
        }
        let audit = try AppDatabase(writer: queue, clock: Date.init).verifyAudit()
        return BackupCheck(integrity: integrity, migrations: applied, audit: audit)
    }

    /// 恢复: replaces this database with a backup, only if the backup passes its checks.
    public func restore(from path: String) throws -> BackupCheck {
        let check = try AppDatabase.checkBackup(at: path)
        guard check.isSound else {
            throw StoreError.invalid(LocalizedText(
                zh: "备份未通过检查，未恢复：完整性“\(check.integrity)”，审计发现\(check.audit.problems.count)处问题",
                en: "the backup fails its checks and was not restored: integrity \"\(check.integrity)\", \(check.audit.problems.count) audit problem(s)"))
        }
        let source = try DatabaseQueue(path: path, configuration: { var c = AppDatabase.configuration(); c.readonly = true; return c }())
        defer { try? source.close() }
        try source.backup(to: writer)
        return check
    }
}
