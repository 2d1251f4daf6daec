import Foundation
import GRDB
import TuixuanCore
import TuixuanSchema

/// The program owns its schema (trust issue 12): the file's tables, indexes, views and triggers must be exactly those the
/// migrations compiled into the binary create (Schema/schema.sql, recorded from them by the schema golden test). A trigger
/// added with the sqlite3 shell would ride along with an honest, signed act; a redefined `audit_image_*` view would hide an
/// edit from the verifier. Acts and `audit verify` compare the file with the compiled definitions first.
enum OwnedSchema {
    /// Every object's SQL as SQLite keeps it after the last migration, ordered by type and name, joined as the test records it.
    static let text: String = SchemaFiles.text(at: "schema.sql") ?? ""

    static let textBytes = Data(text.utf8)

    /// The same, by object.
    static let objects: [ObjectKey: String] = parse(text)

    struct ObjectKey: Hashable {
        var type: String
        var name: String
    }

    /// The schema of a file in the form of `text`.
    /// Every object but GRDB's own record of migrations — that one table, by exact type and name: a LIKE 'grdb_%' here once
    /// let a trigger named `GRDBxevil` (LIKE ignores case, `_` matches any character) go unseen by every schema check.
    static let currentSQL = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND NOT (type = 'table' AND name = 'grdb_migrations') ORDER BY type, name"

    static func render(_ statements: [String]) -> String {
        statements.joined(separator: ";\n\n") + ";\n"
    }

    /// The schema of `db` in the form of `text`.
    static func rendered(_ db: Database) throws -> String {
        render(try Row.fetchAll(db, sql: currentSQL).map { $0["sql"] })
    }

    /// `CREATE [UNIQUE] TABLE|INDEX|VIEW|TRIGGER name` → the object's key; names may be quoted.
    static func key(of sql: String) -> ObjectKey? {
        let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" }).prefix(4).map(String.init)
        guard words.first == "CREATE" else { return nil }
        let rest = words.dropFirst().drop { $0 == "UNIQUE" || $0 == "TEMP" || $0 == "TEMPORARY" }
        guard let type = rest.first?.lowercased(), let name = rest.dropFirst().first else { return nil }
        return ObjectKey(type: type, name: name.trimmingCharacters(in: CharacterSet(charactersIn: "\"`[]")))
    }

    static func parse(_ text: String) -> [ObjectKey: String] {
        var objects: [ObjectKey: String] = [:]
        for statement in text.components(separatedBy: ";\n\n") {
            var sql = statement
            if sql.hasSuffix(";\n") { sql.removeLast(2) }
            if let key = key(of: sql) { objects[key] = sql }
        }
        return objects
    }

    /// How the schema of `db` differs from the compiled one (empty when it is the same, the usual case, found by one comparison).
    static func differences(_ db: Database) throws -> [SchemaDifference] {
        // The usual case, before every act: the whole schema as one string built by SQLite, compared with the compiled text
        // (a tenth of the time of fetching each object). Should SQLite ever concatenate in another order, the comparison by
        // object below, which does not depend on order, still gives the right answer.
        // Compared byte for byte: the text is the same bytes or it differs (String's == would weigh canonical equivalence).
        let joined = try Data.fetchOne(db, sql: "SELECT CAST(group_concat(sql, ';\n\n') || ';\n' AS BLOB) FROM (\(currentSQL))")
        if joined == textBytes { return [] }
        return differences(actual: try Row.fetchAll(db, sql: currentSQL), expected: text)
    }

    static func differences(actual rows: [Row], expected text: String) -> [SchemaDifference] {
        if render(rows.map { $0["sql"] }) == text { return [] }
        let objects = text == OwnedSchema.text ? OwnedSchema.objects : parse(text)
        var found: [ObjectKey: String] = [:]
        for row in rows { found[ObjectKey(type: row["type"], name: row["name"])] = row["sql"] }
        var differences: [SchemaDifference] = []
        for (key, sql) in found.sorted(by: { ($0.key.type, $0.key.name) < ($1.key.type, $1.key.name) }) {
            if let expected = objects[key] {
                if expected != sql { differences.append(SchemaDifference(kind: .altered, type: key.type, name: key.name)) }
            } else {
                differences.append(SchemaDifference(kind: .added, type: key.type, name: key.name))
            }
        }
        for key in objects.keys.sorted(by: { ($0.type, $0.name) < ($1.type, $1.name) }) where found[key] == nil {
            differences.append(SchemaDifference(kind: .missing, type: key.type, name: key.name))
        }
        return differences
    }

    /// The migrations compiled into the program (Schema/migrations/*.sql), by name, in order.
    static let migrations: [(name: String, text: String)] = SchemaFiles.files(in: "migrations").filter { $0.path.hasSuffix(".sql") }
        .map { (String($0.path.dropFirst("migrations/".count).dropLast(".sql".count)), $0.text) }

    static let migrationNames: [String] = migrations.map(\.name)

    /// From this migration on the audit keeps its change log; a file that has it is verified before it is upgraded. (Files from
    /// before it were test fixtures of the first releases; they are upgraded after the schema check alone.)
    static let changeLogMigration = "0009_change_log"

    /// The migrations a file records, in name order (none for a new file).
    static func recordedMigrations(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
    }

    /// Migrations run only on a file whose recorded migrations are a prefix of the program's and whose schema is exactly what
    /// that prefix creates: a deleted `grdb_migrations` row must not make the program run a migration again (and seal what
    /// someone left behind), and a file from a newer program is not touched.
    static func refusalToMigrate(recorded: [String]) -> Refusal? {
        let unknown = recorded.filter { !migrationNames.contains($0) }
        if !unknown.isEmpty {
            return .databaseFromNewerProgram(found: unknown, known: migrationNames.last ?? "")
        }
        if recorded != Array(migrationNames.prefix(recorded.count)) {
            return .migrationRecordAltered(missing: migrationNames.prefix(recorded.count).filter { !recorded.contains($0) })
        }
        return nil
    }

    /// The schema the first `count` migrations create, as SQLite keeps it (built in memory; only when a file is upgraded).
    static func schema(afterMigrations count: Int) throws -> String {
        let queue = try DatabaseQueue()
        if count > 0 { try AppDatabase.migrator(upTo: migrationNames[count - 1]).migrate(queue) }
        return try queue.read { db in try rendered(db) }
    }
}

extension AppDatabase {
    /// How the file's schema differs from the program's (empty: the same).
    public func schemaDifferences() throws -> [SchemaDifference] {
        try writer.read { db in try OwnedSchema.differences(db) }
    }
}
