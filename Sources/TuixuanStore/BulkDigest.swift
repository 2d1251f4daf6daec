import Crypto
import Foundation
import GRDB
import TuixuanCore

/// Tables whose rows are inserted in bulk, by one act, in the order of a position: a teller's entry of ballots and a round's
/// counted stack (migration 0025), and members, by the id the act gives them (0026: a roll import writes thousands). Their
/// inserts are audited by a digest the act records (`bulk_insert`), not by one change-log image per row; their deletes and
/// updates stay logged, with the old row's image.
enum BulkTable: String, CaseIterable, Sendable {
    case ballotEntry = "ballot_entry"
    case countedBallot = "counted_ballot"
    case member

    /// The key before the position: one entry of one round, or one round's stack; members have none (the id is the key).
    var scopeColumns: [String] {
        switch self {
        case .ballotEntry: ["round_id", "entry"]
        case .countedBallot: ["round_id"]
        case .member: []
        }
    }

    /// The column that orders a run: a ballot's position, a member's id.
    var positionColumn: String {
        switch self {
        case .ballotEntry, .countedBallot: "position"
        case .member: "id"
        }
    }

    /// Every column, in the order of the table's `audit_image_` view.
    var columns: [String] {
        switch self {
        case .ballotEntry: ["round_id", "entry", "position", "ballot", "entered_by"]
        case .countedBallot: ["round_id", "position", "ballot"]
        case .member: ["id", "organization_id", "name", "gender", "birth_date", "id_number", "education", "joined_date", "status", "discipline",
                       "probation_start", "probation_end", "away", "phone", "created_at", "updated_at"]
        }
    }

    /// The most rows one `bulk_insert` record covers. A digest cannot say which of its rows changed, only that one did: a
    /// ballot's run is its entry (the unit a teller re-enters), a member's at most 64 of one import (a page of the roll to
    /// compare with the paper, never a whole county's import).
    var longestRun: Int {
        switch self {
        case .ballotEntry, .countedBallot: Int.max
        case .member: 64
        }
    }

    /// The lowest first position a run covering `position` can have (runs are at most `longestRun` long).
    func earliestStart(covering position: Int64) -> Int64 {
        longestRun == Int.max ? Int64.min : position - Int64(longestRun) + 1
    }

    /// A row's key as `json_array` arguments: the scope's columns, then the position.
    private var keyColumns: String {
        (scopeColumns + [positionColumn]).map { "t.\($0)" }.joined(separator: ", ")
    }

    /// How a run is named in a finding: `[round, entry] 1–500`, or for members the ids `#1201–#1264`.
    func runName(scope: String, first: Int, last: Int) -> String {
        scopeColumns.isEmpty ? "#\(first)–#\(last)" : "\(scope) \(first)–\(last)"
    }

    /// One row's key, as the audit view writes it: the scope with the position appended.
    func key(scope: String, position: Int) -> String {
        scopeColumns.isEmpty ? "[\(position)]" : String(scope.dropLast()) + ",\(position)]"
    }

    /// The keys (as the audit view writes them) of one scope's rows within a range of positions. Arguments as `imagesSQL`.
    var keysSQL: String {
        "SELECT json_array(\(keyColumns)) AS pk FROM \(rawValue) t WHERE \(scopeCondition) AND t.\(positionColumn) BETWEEN ?2 AND ?3"
    }

    /// The condition on a row's scope (`?1`, a JSON array). With no scope it still reads ?1, so every query takes the same
    /// three arguments.
    private var scopeCondition: String {
        scopeColumns.isEmpty ? "?1 = '[]'"
            : scopeColumns.enumerated().map { "t.\($0.element) = json_extract(?1, '$[\($0.offset)]')" }.joined(separator: " AND ")
    }

    /// The rows of one scope within a range of positions, in order, each with its audit image: the same `pk` and `row`
    /// texts as the table's `audit_image_` view (a test holds the two equal). Arguments: the scope as a JSON array, first, last.
    var imagesSQL: String {
        let row = columns.map { "'\($0)', t.\($0)" }.joined(separator: ", ")
        let scope = scopeCondition
        let position = "t.\(positionColumn)"
        return "SELECT \(position), json_array(\(keyColumns)) AS pk, json_object(\(row)) AS row FROM \(rawValue) t WHERE \(scope) AND \(position) BETWEEN ?2 AND ?3 ORDER BY \(position)"
    }
}

/// The digest a `bulk_insert` row records: SHA-256 over each inserted row's audit image, in the order of its position,
/// as `pk ‖ 0x1F ‖ row ‖ 0x1E` (UTF-8). Anyone with the file can recompute it with the sqlite3 shell or Python.
struct BulkDigest {
    private var hasher = SHA256()
    private(set) var rows = 0

    mutating func add(key: String, image: String) {
        var entry = "\(key)\u{1F}\(image)\u{1E}"
        entry.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        rows += 1
    }

    var hex: String { SHA256Digest.hex(hasher.finalize()) }
}

/// One `bulk_insert` record as its act logged it.
struct BulkInsertRecord: Decodable {
    var id: Int64
    var tbl: String
    var scope: String
    var first: Int
    var last: Int
    var rows: Int
    var sha256: String
}

extension AppDatabase {
    /// Records, inside the act, the rows it has just inserted into a bulk table for `scope` at positions `first...last` (all
    /// of them: an act inserts a contiguous run): one `bulk_insert` row with their digest, logged like any row, so the act's
    /// signed event covers it. Call it after the act's deletes and inserts into that scope, before its event.
    func recordBulkInsert(_ db: Database, _ table: BulkTable, scope: [any DatabaseValueConvertible], first: Int, last: Int) throws {
        guard last >= first else { return }
        let placeholders = Array(repeating: "?", count: scope.count).joined(separator: ", ")
        try recordBulkInsert(db, table, scope: try String.fetchOne(db, sql: "SELECT json_array(\(placeholders))", arguments: StatementArguments(scope))!,
                             first: first, last: last)
    }

    /// Members an act inserted, by the ids SQLite gave them (scope `[]`).
    func recordBulkInsert(_ db: Database, _ table: BulkTable, _ inserted: InsertedRuns) throws {
        for run in inserted.runs { try recordBulkInsert(db, table, scope: "[]", first: Int(run.lowerBound), last: Int(run.upperBound)) }
    }

    /// The same, the scope given as its JSON array (as `json_array` writes it). A run longer than the table's `longestRun`
    /// is recorded in parts.
    func recordBulkInsert(_ db: Database, _ table: BulkTable, scope scopeText: String, first: Int, last: Int) throws {
        guard last >= first else { return }
        for start in stride(from: first, through: last, by: table.longestRun) {
            try recordBulkRun(db, table, scope: scopeText, first: start, last: start + min(last - start, table.longestRun - 1))
        }
    }

    private func recordBulkRun(_ db: Database, _ table: BulkTable, scope scopeText: String, first: Int, last: Int) throws {
        var digest = BulkDigest()
        // (Cached statements: a roll import records a run per 64 members, and the images query is long to parse.)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: table.imagesSQL), arguments: [scopeText, first, last])
        while let row = try rows.next() {
            digest.add(key: row[1], image: row[2])
        }
        guard digest.rows == last - first + 1 else {
            throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "bulk insert into \(table.rawValue) is not one run of positions \(first)...\(last)")
        }
        try db.cachedStatement(sql: "INSERT INTO bulk_insert (tbl, scope, first, last, rows, sha256) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [table.rawValue, scopeText, first, last, digest.rows, digest.hex])
        // (The high-water mark is brought up to the table once, as the act ends: `syncBulkHighWater`.)
    }

    /// After every act the mark follows the table — an undone ballot lowers it — so that a row added later with the sqlite3
    /// shell, which takes the next rowid, always lies above it (the attack review found the slot an undo left).
    func syncBulkHighWater(_ db: Database) throws {
        for table in BulkTable.allCases {
            try db.execute(sql: """
                UPDATE bulk_high_water SET high_rowid = coalesce((SELECT max(rowid) FROM \(table.rawValue)), 0)
                WHERE tbl = ? AND high_rowid <> coalesce((SELECT max(rowid) FROM \(table.rawValue)), 0)
                """, arguments: [table.rawValue])
        }
    }

    /// A bulk table whose highest rowid is not its high-water mark: every act leaves the mark at the table's highest rowid
    /// (`syncBulkHighWater`), so a row added above it, the top row removed, or the mark raised, lowered or deleted (the
    /// attack review deleted it to switch this check off) are all changes no act made.
    func hasUnrecordedBulkRows(_ db: Database) throws -> Bool {
        try BulkTable.allCases.contains { table in
            try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT coalesce((SELECT max(rowid) FROM \(table.rawValue)), 0) IS NOT (SELECT high_rowid FROM bulk_high_water WHERE tbl = ?)
                """), arguments: [table.rawValue]) == true
        }
    }
}

/// The ids an act's inserts were given, as runs of consecutive ids. SQLite gives the next after the highest, so an act's
/// inserts are one run; should it not (a row with the highest possible id makes SQLite pick ids at random), each stretch
/// is its own run rather than a range that would claim ids the act never wrote.
struct InsertedRuns {
    private(set) var runs: [ClosedRange<Int64>] = []

    mutating func add(_ id: Int64) {
        if let last = runs.last, last.upperBound < Int64.max, id == last.upperBound + 1 {
            runs[runs.count - 1] = last.lowerBound...id
        } else {
            runs.append(id...id)
        }
    }
}
