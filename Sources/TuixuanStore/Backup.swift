import Foundation
import GRDB
import TuixuanCore

/// What a backup file holds, checked before it is trusted.
public struct BackupCheck: Sendable, Codable {
    public var integrity: String
    public var migrations: [String]
    public var audit: AuditReport
    /// Where the backup's chain ends.
    public var head: ChainHead?
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
        let backup = try AppDatabase(writer: queue, clock: Date.init)
        return BackupCheck(integrity: integrity, migrations: applied, audit: try backup.verifyAudit(), head: try backup.chainHead())
    }

    /// 恢复: replaces this database with a backup, only if the backup passes its checks (its schema, chain, signatures and
    /// data: the full verify), is a copy of this same database (the same first event), and does not lose anything this file
    /// holds: a backup whose chain stops before this file's head loses those events, and is restored only when
    /// `allowOlder` says so (the file itself is broken, say); one whose chain parted from this file's is never restored.
    /// A file with no election record yet (just initialized or created for the restore) takes any sound backup.
    public func restore(from path: String, allowOlder: Bool = false) throws -> BackupCheck {
        let check = try AppDatabase.checkBackup(at: path)
        guard check.isSound else {
            throw Refusal.backupFailsChecks(integrity: check.integrity, auditProblems: check.audit.problems.count)
        }
        let source = try DatabaseQueue(path: path, configuration: { var c = AppDatabase.configuration(); c.readonly = true; return c }())
        defer { try? source.close() }
        // The first two events are the genesis and the initialization: a file with nothing after them holds no record yet.
        if let live = try? chainHead(), live.events > 2, let backup = check.head {
            func hash(in reader: some DatabaseReader, at id: Int64) throws -> String? {
                try reader.read { try String.fetchOne($0, sql: "SELECT hash FROM event WHERE id = ?", arguments: [id]) }
            }
            let initialization = try writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM event ORDER BY id LIMIT 1 OFFSET 1") }!
            guard try hash(in: writer, at: initialization) == hash(in: source, at: initialization) else { throw Refusal.backupOfAnotherDatabase }
            // The shorter chain must be a prefix of the longer: the hash at its head is the same in both.
            let shorter = backup.lastEvent < live.lastEvent ? backup : live
            guard try hash(in: writer, at: shorter.lastEvent) == hash(in: source, at: shorter.lastEvent) else {
                throw Refusal.backupDiverges(at: shorter.lastEvent)
            }
            if backup.lastEvent < live.lastEvent, !allowOlder {
                throw Refusal.backupOlderThanFile(backupEvents: backup.lastEvent, fileEvents: live.lastEvent)
            }
        }
        try source.backup(to: writer)
        return check
    }
}
