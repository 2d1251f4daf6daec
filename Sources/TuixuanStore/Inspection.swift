import Foundation
import GRDB
import SQLiteTuning
import TuixuanCore

extension AppDatabase {
    /// The version of the SQLite library the program runs on (the system's libsqlite3).
    public static var sqliteVersion: String {
        (try? DatabaseQueue().read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") }) ?? "?"
    }

    /// What `tuixuan doctor` needs to know about a database file, read without changing it: no migration, no board
    /// rebuilt, no recovery run, no write-ahead log folded in. `loggedHeads` are the lines of a head log; the heads of
    /// this database (same chain start) must be in its chain, and a line naming this path with another chain start says
    /// the file was replaced. A file that cannot be read is a fact, not an error.
    ///
    /// How the file is opened decides what opening it leaves behind:
    /// - a journal left by an interrupted write (`-journal`) is not touched: any read-write open would roll it back, and
    ///   a read-only one cannot read past it, so the file is reported as waiting for recovery;
    /// - a file this user may write (file and folder) is opened as every command opens it; if a write-ahead log was
    ///   already beside it (another program at work, or one that stopped), the connection is told not to checkpoint it
    ///   into the file when it closes;
    /// - a file this user may not write is opened read-only, and when it has no log beside it, as immutable, so that no
    ///   `-wal`/`-shm` owned by this user is left for the owner to trip over.
    public static func inspect(path: String, loggedHeads: [HeadLogLine]? = nil) -> DatabaseFacts {
        guard !path.isEmpty else { return DatabaseFacts(path: "", bytes: 0, access: .missing) }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        // The file a link names: its size, its folder, its disk.
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let folder = (resolved as NSString).deletingLastPathComponent
        let manager = FileManager.default
        var facts = DatabaseFacts(path: absolute, bytes: 0, access: .missing)
        facts.folder = folder.isEmpty ? "." : folder
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: resolved, isDirectory: &isFolder) else { return facts }
        if isFolder.boolValue {
            facts.access = .unreadable(LocalizedText(zh: "这是一个文件夹", en: "it is a folder"))
            return facts
        }
        func size(_ file: String) -> Int64? { (try? manager.attributesOfItem(atPath: file))?[.size].flatMap { ($0 as? NSNumber)?.int64Value } }
        facts.bytes = size(resolved) ?? 0
        facts.access = .readWrite
        guard facts.bytes > 0 else {
            facts.access = .empty
            return facts
        }
        if (size(resolved + "-journal") ?? 0) > 0 {
            facts.access = .recoveryPending
            return facts
        }
        func reason(_ error: Error) -> LocalizedText {
            let failure = AppDatabase.failure(of: error, path: absolute)
            return LocalizedText(zh: failure?.describe(.zh) ?? "\(error)", en: failure?.describe(.en) ?? "\(error)")
        }
        func isBusy(_ error: Error) -> Bool {
            guard let error = error as? DatabaseError else { return false }
            return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
        }
        let fileWritable = access(resolved, W_OK) == 0
        let folderWritable = access(facts.folder, W_OK) == 0
        let hadLog = (size(resolved + "-wal") ?? 0) > 0
        let hasSideFiles = manager.fileExists(atPath: resolved + "-wal") || manager.fileExists(atPath: resolved + "-shm")

        var configuration = AppDatabase.configuration()
        // A doctor says "busy" after two seconds rather than waiting the thirty an act waits.
        configuration.busyMode = .timeout(2)
        var location = resolved
        if fileWritable && folderWritable {
            if hadLog {
                configuration.prepareDatabase { db in _ = tuixuan_sqlite_no_checkpoint_on_close(UnsafeMutableRawPointer(db.sqliteConnection)) }
            }
        } else {
            configuration.readonly = true
            facts.access = .readOnly(fileWritable
                ? LocalizedText(zh: "所在文件夹 \(folder) 不可写（写入时要在旁边建日志文件）", en: "its folder \(folder) cannot be written (a write keeps its log beside the file)")
                : LocalizedText(zh: "文件本身不可写（权限、只读磁盘或写保护）", en: "the file itself cannot be written (permissions, a read-only disk, write protection)"))
            if !hasSideFiles && AppDatabase.sqliteReadsURIs {
                location = "file:" + (resolved.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? resolved) + "?immutable=1"
            }
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: location, configuration: configuration)
            try queue.read { db in
                facts.recordedMigrations = try OwnedSchema.recordedMigrations(db)
                facts.userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            }
        } catch {
            facts.access = isBusy(error) ? .busy : .unreadable(reason(error))
            return facts
        }
        defer { try? queue.close() }
        // A damaged page or index, as SQLite's own check finds it (what `backup` checks before it copies).
        if let problems = try? queue.read({ db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }), problems != ["ok"] {
            facts.access = .damaged(LocalizedText(zh: problems.joined(separator: "；"), en: problems.joined(separator: "; ")))
            return facts
        }
        if case .readWrite = facts.access {
            // The write lock alone is granted on a file opened read-only (WAL takes it in the -shm file): a page is written
            // too — the header's user_version, set to what it is — and the transaction rolled back, so nothing reaches the disk.
            do {
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
            } catch {
                facts.access = isBusy(error) ? .busy : .readOnly(reason(error))
            }
        }
        let known = OwnedSchema.migrationNames
        let recorded = facts.recordedMigrations
        facts.unknownMigrations = recorded.filter { !known.contains($0) }
        guard !recorded.isEmpty, facts.unknownMigrations.isEmpty, facts.userVersion <= known.count else { return facts }
        // A record of migrations with a gap (a row deleted) is refused by every command: it is no "older file".
        if let refusal = OwnedSchema.refusalToMigrate(recorded: recorded) {
            facts.migrationRecordAltered = LocalizedText(refusal)
            return facts
        }
        guard let expected = try? OwnedSchema.schema(afterMigrations: recorded.count),
              let actual = try? queue.read({ db in try Row.fetchAll(db, sql: OwnedSchema.currentSQL) }) else { return facts }
        let differences = OwnedSchema.differences(actual: actual, expected: expected)
        facts.schemaDifferences = differences.map { "\($0.type) \($0.name)" }
        guard differences.isEmpty, recorded.contains(OwnedSchema.changeLogMigration) else { return facts }
        let database = AppDatabase(unmigrated: queue)
        do {
            let head = try database.chainHead()
            let logged = loggedHeads.map { HeadLogLine.heads(in: $0, origin: head.origin, path: absolute) }
            let report = try database.verifyAudit(schema: expected, knownHeads: logged?.heads ?? [])
            let first = report.problems.first
            facts.audit = AuditFacts(events: head.events, head: head.token, problems: report.problems.count,
                                     firstProblem: first.map { LocalizedText($0) },
                                     signingAnchored: report.signingAnchored, unsignedEvents: report.unsignedEvents, headsChecked: logged?.heads.count,
                                     replacedLines: logged?.replaced ?? 0)
        } catch {
            facts.audit = AuditFacts(events: 0, head: "", problems: 1, firstProblem: reason(error), signingAnchored: false, unsignedEvents: 0)
        }
        return facts
    }

    /// Whether this SQLite reads `file:` names as URIs (Debian's is built so), which `?immutable=1` needs.
    static let sqliteReadsURIs: Bool = (try? DatabaseQueue().read { db in try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('USE_URI')") }) == true
}
