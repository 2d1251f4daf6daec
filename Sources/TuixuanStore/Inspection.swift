import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    /// The version of the SQLite library the program runs on (the system's libsqlite3).
    public static var sqliteVersion: String {
        (try? DatabaseQueue().read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") }) ?? "?"
    }

    /// What `tuixuan doctor` needs to know about a database file, read without changing it: no migration, no board
    /// rebuilt, the write lock taken and let go inside a transaction that writes nothing. `loggedHeads` are heads from a
    /// head log; those of this database (same chain start) must be in its chain. A file that cannot be read is a fact,
    /// not an error.
    public static func inspect(path: String, loggedHeads: [ChainHead]? = nil) -> DatabaseFacts {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let bytes = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        guard attributes != nil else { return DatabaseFacts(path: absolute, bytes: 0, access: .missing) }
        guard bytes > 0 else { return DatabaseFacts(path: absolute, bytes: 0, access: .empty) }
        func reason(_ error: Error) -> LocalizedText {
            let failure = AppDatabase.failure(of: error, path: absolute)
            return LocalizedText(zh: failure?.describe(.zh) ?? "\(error)", en: failure?.describe(.en) ?? "\(error)")
        }
        var configuration = AppDatabase.configuration()
        // A doctor says "busy" after two seconds rather than waiting the thirty an act waits.
        configuration.busyMode = .timeout(2)
        let queue: DatabaseQueue
        var facts = DatabaseFacts(path: absolute, bytes: bytes, access: .readWrite)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                facts.recordedMigrations = try OwnedSchema.recordedMigrations(db)
                facts.userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            }
        } catch {
            facts.access = .unreadable(reason(error))
            return facts
        }
        defer { try? queue.close() }
        do {
            // The write lock alone is granted on a file opened read-only (WAL takes it in the -shm file): a page is written
            // too — the header's user_version, set to what it is — and the transaction rolled back, so nothing reaches the disk.
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                do {
                    try db.execute(sql: "PRAGMA user_version = \(facts.userVersion)")
                } catch {
                    try? db.execute(sql: "ROLLBACK")
                    throw error
                }
                try db.execute(sql: "ROLLBACK")
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            facts.access = .busy
        } catch {
            facts.access = .readOnly(reason(error))
        }
        let known = OwnedSchema.migrationNames
        facts.unknownMigrations = facts.recordedMigrations.filter { !known.contains($0) }
        let recorded = facts.recordedMigrations
        guard !recorded.isEmpty, facts.unknownMigrations.isEmpty, facts.userVersion <= known.count,
              Array(known.prefix(recorded.count)) == recorded,
              let expected = try? OwnedSchema.schema(afterMigrations: recorded.count),
              let actual = try? queue.read({ db in try Row.fetchAll(db, sql: OwnedSchema.currentSQL) }) else { return facts }
        let differences = OwnedSchema.differences(actual: actual, expected: expected)
        facts.schemaDifferences = differences.map { "\($0.type) \($0.name)" }
        guard differences.isEmpty, recorded.contains(OwnedSchema.changeLogMigration) else { return facts }
        let database = AppDatabase(unmigrated: queue)
        do {
            let head = try database.chainHead()
            let mine = loggedHeads?.filter { $0.origin == head.origin }
            let report = try database.verifyAudit(schema: expected, knownHeads: mine ?? [])
            let first = report.problems.first
            facts.audit = AuditFacts(events: head.events, head: head.token, problems: report.problems.count,
                                     firstProblem: first.map { LocalizedText(zh: $0.describe(.zh), en: $0.describe(.en)) },
                                     signingAnchored: report.signingAnchored, unsignedEvents: report.unsignedEvents, headsChecked: mine?.count)
        } catch {
            facts.audit = AuditFacts(events: 0, head: "", problems: 1, firstProblem: reason(error), signingAnchored: false, unsignedEvents: 0)
        }
        return facts
    }
}
