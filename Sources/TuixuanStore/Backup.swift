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
            throw Refusal.fileExists(path: path)
        }
        let destination = try DatabaseQueue(path: path)
        try writer.backup(to: destination)
        try destination.close()
    }

    /// Checks a backup file without changing it: SQLite's integrity check and the audit chain.
    public static func checkBackup(at path: String) throws -> BackupCheck {
        guard FileManager.default.fileExists(atPath: path) else {
            throw Refusal.fileMissing(path: path)
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
            throw Refusal.backupFromOtherVersion(applied: applied)
        }
        let audit = try AppDatabase(writer: queue, clock: Date.init).verifyAudit()
        return BackupCheck(integrity: integrity, migrations: applied, audit: audit)
    }

    /// 恢复: replaces this database with a backup, only if the backup passes its checks.
    public func restore(from path: String) throws -> BackupCheck {
        let check = try AppDatabase.checkBackup(at: path)
        guard check.isSound else {
            throw Refusal.backupFailsChecks(integrity: check.integrity, auditProblems: check.audit.problems.count)
        }
        let source = try DatabaseQueue(path: path, configuration: { var c = AppDatabase.configuration(); c.readonly = true; return c }())
        defer { try? source.close() }
        try source.backup(to: writer)
        return check
    }
}
