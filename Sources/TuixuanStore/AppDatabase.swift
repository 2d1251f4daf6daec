import Foundation
import GRDB
import Synchronization
import SQLiteTuning
import TuixuanCore
import TuixuanSchema

/// The election database: one SQLite file. Every business act is one method here, run as one
/// IMMEDIATE write transaction that keeps every invariant and appends its event; reads go
/// through the same connection pool. Several processes may use the file at once (WAL, busy timeout).
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    let clock: @Sendable () -> Date
    /// Signs events for the operator using the program, when they have unlocked their key.
    let keyring: Keyring
    /// Where the copy taken before upgrading an older file was put (nil when nothing was upgraded).
    public let upgradeBackupPath: String?

    /// China Standard Time: the civil dates of an election are those of the place it is held.
    static let electionTimeZone = TimeZone(identifier: "Asia/Shanghai")!

    /// A handle on a file as it is, for reading (`inspect`): nothing migrated, nothing rebuilt, nothing signed.
    init(unmigrated writer: any DatabaseWriter) {
        self.writer = writer
        self.clock = Date.init
        self.keyring = .empty
        self.upgradeBackupPath = nil
    }

    init(writer: any DatabaseWriter, keyring: Keyring = .empty, clock: @escaping @Sendable () -> Date, path: String? = nil) throws {
        // Migrate only when needed: an up-to-date file is only read, so a command that fails
        // validation leaves it byte-for-byte as it was.
        let (recorded, version) = try writer.read { db in
            (try OwnedSchema.recordedMigrations(db), try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
        }
        self.writer = writer
        self.clock = clock
        self.keyring = keyring
        let upgrading = !recorded.isEmpty && recorded.count < OwnedSchema.migrationNames.count
        self.upgradeBackupPath = upgrading ? path.map { AppDatabase.freeCopyPath($0 + ".before-" + (recorded.last ?? "upgrade")) } : nil
        // The header's version, set by every upgrade: a newer program's file is never read as if it were ours.
        if version > OwnedSchema.migrationNames.count {
            throw Refusal.databaseFromNewerProgram(found: ["user_version \(version)"], known: "\(OwnedSchema.migrationNames.last ?? "") (user_version \(OwnedSchema.migrationNames.count))")
        }
        if let refusal = OwnedSchema.refusalToMigrate(recorded: recorded) { throw refusal }
        if recorded.count < OwnedSchema.migrationNames.count {
            // An older file is upgraded only from exactly the schema its recorded migrations created, and only once its
            // audit verifies against that schema: a migration writes, and what it writes is chained after whatever is there.
            if !recorded.isEmpty {
                let expected = try OwnedSchema.schema(afterMigrations: recorded.count)
                let differences = try writer.read { db in
                    OwnedSchema.differences(actual: try Row.fetchAll(db, sql: OwnedSchema.currentSQL), expected: expected)
                }
                guard differences.isEmpty else { throw Refusal.schemaAltered(differences) }
                if recorded.contains(OwnedSchema.changeLogMigration) {
                    let report = try verifyAudit(schema: expected)
                    if let first = report.problems.first {
                        throw Refusal.upgradeNeedsIntactAudit(problems: report.problems.count, first: first.describe(.zh) + " / " + first.describe(.en))
                    }
                }
            }
            // A copy of the file as it was, next to it, before anything is changed (an upgrade is the one write no act records).
            if let copy = upgradeBackupPath {
                let target = try DatabaseQueue(path: copy)
                try writer.backup(to: target)
                try target.close()
            }
            try AppDatabase.migrator.migrate(writer)
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = \(OwnedSchema.migrationNames.count)") }
            // Events written before the audit began (migration 0004) are sealed into the chain once, when it begins;
            // an unchained event found later is someone else's and stays unchained for the verifier to name.
            if !recorded.contains("0004_audit") {
                try writer.write { db in try self.sealUnchainedEvents(db) }
            }
            // The board is a cache the older program's engine wrote over the older schema: rebuilt from the record as this
            // program reads it, so the first verify after the upgrade never takes a line of the old engine for an edit.
            if !recorded.isEmpty && recorded.contains("0008_board") {
                try writer.write { db in try self.rebuildBoard(db) }
            }
        }
    }

    /// `base.sqlite`, or `base-2.sqlite`, `base-3.sqlite`…: a name nothing occupies, not even a dangling link, so an existing
    /// file there is never taken for the copy made before an upgrade.
    static func freeCopyPath(_ base: String) -> String {
        func free(_ path: String) -> Bool {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil && !FileManager.default.fileExists(atPath: path)
        }
        let candidates = [base + ".sqlite"] + (2...99).map { base + "-\($0).sqlite" }
        return candidates.first(where: free) ?? base + "-\(UUID().uuidString).sqlite"
    }

    /// Opens (creating if needed) the database file at `path` in WAL mode.
    ///
    /// One connection is enough for a command-line process. WAL is set by pragma rather than by
    /// `DatabasePool`, which creates and drops a table whenever the `-wal` file is absent (as it is
    /// after every clean close): that would rewrite the file on every read-only command.
    public static func open(path: String, clock: @escaping @Sendable () -> Date = Date.init, signer: EventSigner? = nil) throws -> AppDatabase {
        var configuration = configuration()
        configuration.prepareDatabase { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            // FULL: a committed act (a ballot entered, a step completed) survives a power cut.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return try AppDatabase(writer: DatabaseQueue(path: path, configuration: configuration), keyring: Keyring(signer), clock: clock, path: path)
    }

    /// A private in-memory database, for tests.
    public static func inMemory(keyring: Keyring = .empty, clock: @escaping @Sendable () -> Date = Date.init) throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration()), keyring: keyring, clock: clock)
    }

    /// The same database, with events signed by `signer`.
    public func signing(as signer: EventSigner) throws -> AppDatabase {
        try AppDatabase(writer: writer, keyring: Keyring(signer), clock: clock)
    }

    /// The same database, with events signed from `keyring`.
    public func signing(with keyring: Keyring) throws -> AppDatabase {
        try AppDatabase(writer: writer, keyring: keyring, clock: clock)
    }

    /// Before the first connection: SQLite's memory statistics off (they lock a global mutex on every
    /// allocation: a quarter of the time of a large import). Harmless when SQLite is already running.
    static let sqliteTuned: Bool = tuixuan_sqlite_disable_memstatus() == 0

    static func configuration() -> Configuration {
        _ = sqliteTuned
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process writing (a second teller, a status board) makes us wait, not fail.
        configuration.busyMode = .timeout(30)
        configuration.label = "tuixuan"
        // Deleted content is overwritten, so a dropped or deleted row (the rowid-ordered attendance of old files, an undone
        // ballot) does not linger in free pages of the file.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        return configuration
    }

    /// Migrations are the SQL files of Schema/migrations, applied in name order, frozen once shipped.
    /// Foreign keys are checked after each migration, so a migration may rebuild a table.
    static let migrator = migrator(upTo: nil)

    /// The migrator, optionally stopping after the migration named `last` (for upgrade tests).
    static func migrator(upTo last: String?) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (name, text) in OwnedSchema.migrations {
            migrator.registerMigration(name) { db in try db.execute(sql: text) }
            if name == last { break }
        }
        return migrator
    }

    /// The names of the migrations applied to this database.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try AppDatabase.migrator.appliedMigrations(db) }
    }

    /// The schema as SQLite reports it, in the form of Schema/schema.sql (for the golden schema test).
    public func renderedSchema() throws -> String {
        try writer.read { db in try OwnedSchema.rendered(db) }
    }

    // MARK: Time

    var now: Date { clock() }

    /// Today's date where the election is held.
    public var today: CivilDate { AppDatabase.civilDate(clock()) }

    static func civilDate(_ date: Date) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = electionTimeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    var timestamp: String { AppDatabase.timestamp(clock()) }

    static func timestamp(_ date: Date) -> String {
        timestampFormatter.withLock { $0.string(from: date) }
    }

    /// One formatter for every timestamp (making one costs more than using it: 3% of a county-wide import made one per
    /// village); behind a lock, as Foundation does not promise a formatter may be shared between threads.
    private static let timestampFormatter: Mutex<ISO8601DateFormatter> = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return Mutex(formatter)
    }()
}
