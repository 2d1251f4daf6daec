import Foundation
import GRDB
import TuixuanCore

/// Shared pieces of the store's transactions: who is acting, where, and the event log.
extension AppDatabase {
    /// The operator named `name`, checked to cover `organizationID` and, when given, to hold one of `roles`.
    func authorize(_ db: Database, _ name: String?, organizationID: Int64, roles: [Role]? = nil) throws -> Operator {
        guard let name, !name.isEmpty else { throw Refusal.operatorRequired }
        let actor = try fetchOperator(db, named: name)
        if let roles, !roles.contains(actor.role) { throw Refusal.roleNotAllowed(actor.role, allowed: roles) }
        guard actor.covers(ancestry: try ancestry(db, of: organizationID)) else {
            let organization = try String.fetchOne(db, sql: "SELECT name FROM organization WHERE id = ?", arguments: [organizationID]) ?? "#\(organizationID)"
            throw Refusal.outOfScope(operatorName: actor.name, organization: organization)
        }
        return actor
    }

    /// Every act is one IMMEDIATE transaction that starts only from a fully recorded state: changes
    /// captured by the audit triggers but in no event (made outside the program) stop all acts until
    /// the audit has been examined, so they can never be swept into the next act's event.
    ///
    /// A constraint of the schema that no rule refused first (UNIQUE, CHECK, a foreign key, a trigger
    /// that freezes a record) still ends the act as a refusal in the user's words, never as a raw
    /// database message; the transaction is rolled back, so nothing is written.
    func act<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write { db in
                guard try !hasUnrecordedChanges(db) else { throw Refusal.unrecordedChanges }
                let differences = try OwnedSchema.differences(db)
                guard differences.isEmpty else { throw Refusal.schemaAltered(differences) }
                guard try !hasUnrecordedBulkRows(db) else { throw Refusal.unrecordedChanges }
                let result = try body(db)
                try syncBulkHighWater(db)
                return result
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw Refusal.constraintViolated(try namingTable(ConstraintViolation(databaseMessage: error.message ?? "")))
        } catch let error as DatabaseError where error.resultCode == .SQLITE_MISMATCH {
            // A key of the wrong kind (text for an integer key): the same as a value of the wrong type.
            throw Refusal.constraintViolated(.missingValue(table: nil, detail: error.message ?? "datatype mismatch"))
        }
    }

    /// Runs `body` — acts that insert rows one at a time by the thousand (a roll import, the sample province) — with two
    /// settings of this connection, set outside its transactions and put back after, written or refused, so the
    /// connection's later work (`audit verify`'s replay tables, in a process that does both) is as before. Profiled on a
    /// 100,000-row roll import: 7.1 s → 3.7 s.
    /// - Each member's INSERT (a row with audit triggers and UNIQUE indexes) keeps the pages it changes in a statement
    ///   journal, to undo just that statement if it fails. SQLite writes that journal to a temporary file once one statement
    ///   passes 64 KiB, and keeps the file for the rest of the transaction: 1.6 GB were written to it (four pages per row).
    ///   `temp_store = MEMORY` keeps it in memory, where it is emptied after every statement (a few pages: one row's).
    ///   The connection's temporary tables, if any, are dropped by the change; these acts make none.
    /// - The rows land all over the member table's indexes (name and birth date, ID number): with SQLite's default 2 MB
    ///   page cache the pages changed early were pushed out to the write-ahead log and read back. 16 MB holds a
    ///   100,000-row import's; the cache grows only as pages are used.
    func withBulkActSettings<T>(_ body: () throws -> T) throws -> T {
        let (store, cache) = try writer.writeWithoutTransaction { db in
            let previous = (try Int.fetchOne(db, sql: "PRAGMA temp_store")!, try Int.fetchOne(db, sql: "PRAGMA cache_size")!)
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: "PRAGMA cache_size = -16384")
            return previous
        }
        defer {
            try? writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA temp_store = \(store)")
                try db.execute(sql: "PRAGMA cache_size = \(cache)")
            }
        }
        return try body()
    }

    /// A CHECK failure's message gives the check, not its table: the table is the one whose
    /// definition holds that check, when only one does.
    private func namingTable(_ violation: ConstraintViolation) throws -> ConstraintViolation {
        guard case .valueNotAllowed(nil, let check) = violation else { return violation }
        let tables = try writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND instr(sql, ?) > 0", arguments: ["CHECK (" + check + ")"])
        }
        return tables.count == 1 ? .valueNotAllowed(table: tables[0], check: check) : violation
    }

    /// The election named by `reference` and the operator acting on it, checked for area and, when
    /// given, role: how every act on an election begins.
    func electionAct(_ db: Database, _ reference: String, by operatorName: String?, roles: [Role]? = nil) throws -> (ElectionRef, Operator) {
        let election = try resolveElection(db, reference)
        return (election, try authorize(db, operatorName, organizationID: election.organizationID, roles: roles))
    }

    func fetchOperator(_ db: Database, named name: String) throws -> Operator {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name, role, organization_id FROM operator WHERE name = ?", arguments: [name]) else {
            throw Refusal.operatorUnknown(name)
        }
        return Operator(id: row["id"], name: row["name"], role: Role(rawValue: row["role"])!, organizationID: row["organization_id"])
    }

    /// The organization's path from the county down, itself last.
    func ancestry(_ db: Database, of organizationID: Int64) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            WITH RECURSIVE up(id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM organization WHERE id = ?
                UNION ALL SELECT o.id, o.parent_id, up.depth + 1 FROM organization o JOIN up ON o.id = up.parent_id)
            SELECT id FROM up ORDER BY depth DESC
            """, arguments: [organizationID])
    }

    /// Appends one row to the append-only event log. The row changes the act made (written to the
    /// change log by the audit triggers) are recorded by their range and its SHA-256, and the event is
    /// chained to the previous one.
    func appendEvent(
        _ db: Database, by actor: Operator?, organizationID: Int64?, electionID: Int64? = nil,
        kind: String, step: Int? = nil, detail: [String: String] = [:]
    ) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(detail), as: UTF8.self)
        // This act's changes: the log after the last recorded entry (an empty range when it wrote none).
        let recorded = try recordedChangeCursor(db)
        let last = max(try Int64.fetchOne(db, sql: "SELECT max(seq) FROM audit_change") ?? recorded, recorded)
        let range = ChangeRange(from: recorded + 1, to: last, digest: try changeLogDigest(db, from: recorded + 1, to: last))
        let previous = try Row.fetchOne(db, sql: "SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
        let id: Int64 = (previous?["id"] ?? 0) + 1
        let record = AuditRecord(id: id, occurredAt: timestamp, operatorID: actor?.id, organizationID: organizationID, electionID: electionID,
                                 kind: kind, step: step, detail: json, changes: .logged(range), previousHash: previous?["hash"])
        let hash = record.hash
        let signed = try signature(db, actor: actor, hash: hash)
        try db.execute(sql: """
            INSERT INTO event (id, occurred_at, operator_id, organization_id, election_id, kind, step, detail, changes_from, changes_to, changes_digest,
                               prev_hash, hash, key_id, signature)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, record.occurredAt, record.operatorID, organizationID, electionID, kind, step, json, range.from, range.to, range.digest,
                             record.previousHash, hash, signed?.keyID, signed?.signature])
        try refreshBoard(db, eventID: id, organizationID: organizationID, electionID: electionID)
    }

    /// The last change-log entry an event records (0 before any).
    func recordedChangeCursor(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1") ?? 0
    }

    /// Changes in the log that no event records: written outside the program.
    func hasUnrecordedChanges(_ db: Database) throws -> Bool {
        // (Also an entry numbered below 1, before any event's range: the log is numbered from 1.)
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM audit_change WHERE seq > ? OR seq < 1)", arguments: [try recordedChangeCursor(db)])!
    }

    /// SHA-256 over the change log from `from` to `to`, one entry at a time (never the whole range in memory).
    func changeLogDigest(_ db: Database, from: Int64, to: Int64) throws -> String {
        var hasher = ChangeLogHasher()
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, tbl, op, pk, row FROM audit_change WHERE seq BETWEEN ? AND ? ORDER BY seq", arguments: [from, to])
        while let row = try rows.next() {
            hasher.add(seq: row[0], table: row[1], op: row[2], key: row[3], image: row[4])
        }
        return hasher.hex
    }

    /// Chains every event not yet chained (those written before auditing began, and the genesis event
    /// the audit migration adds with the rows that were already there). They carry their changes inline.
    ///
    /// The genesis event of a new file is given a random database identifier first: two files created in the same second
    /// would otherwise begin with the same event, and the chain's origin — what tells one database's heads from
    /// another's in a head log, and a file put in another's place — would not tell them apart.
    func sealUnchainedEvents(_ db: Database) throws {
        try db.execute(sql: "UPDATE event SET detail = json_object('database', ?) WHERE kind = 'audit.genesis' AND hash IS NULL AND detail = '{}'",
                       arguments: [UUID().uuidString.lowercased()])
        var previousHash = try String.fetchOne(db, sql: "SELECT hash FROM event WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1")
        for row in try Row.fetchAll(db, sql: "SELECT * FROM event WHERE hash IS NULL ORDER BY id") {
            let record = AuditRecord(row: row, previousHash: previousHash)
            guard case .inline(let changes) = record.changes else { continue }
            try db.execute(sql: "UPDATE event SET changes = ?, prev_hash = ?, hash = ? WHERE id = ?",
                           arguments: [changes, previousHash, record.hash, record.id])
            previousHash = record.hash
        }
    }

    /// SHA-256 of some bytes, as lowercase hex.
    public static func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
        SHA256Digest.hex(of: Array(bytes))
    }
}

extension Row {
    func civilDate(_ column: String) -> CivilDate? {
        (self[column] as String?).flatMap(CivilDate.init(parsing:))
    }
}

extension AppDatabase {
    /// What a database error means for the user, by SQLite's result code; nil for errors that are not the database's.
    /// The command-line program shows it instead of SQLite's own words.
    public static func failure(of error: Error, path: String) -> DatabaseFailure? {
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path)
        case .SQLITE_IOERR: return .inputOutput(path: path)
        case .SQLITE_CONSTRAINT: return .constraint(ConstraintViolation(databaseMessage: error.message ?? ""))
        default: return .other(code: error.resultCode.rawValue)
        }
    }
}
