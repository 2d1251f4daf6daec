import Foundation
import GRDB
import TuixuanCore

/// Shared pieces of the store's transactions: who is acting, where, and the event log.
extension AppDatabase {
    /// The operator named `name`, checked to cover `organizationID` and, when given, to hold one of `roles`.
    func authorize(_ db: Database, _ name: String?, organizationID: Int64, roles: [Role]? = nil) throws -> Operator {
        guard let name, !name.isEmpty else { throw StoreError.operatorRequired }
        let actor = try fetchOperator(db, named: name)
        if let roles, !roles.contains(actor.role) { throw StoreError.roleNotAllowed(actor.role, allowed: roles) }
        guard actor.covers(ancestry: try ancestry(db, of: organizationID)) else {
            let organization = try String.fetchOne(db, sql: "SELECT name FROM organization WHERE id = ?", arguments: [organizationID]) ?? "#\(organizationID)"
            throw StoreError.outOfScope(operatorName: actor.name, organization: organization)
        }
        return actor
    }

    /// The election named by `reference` and the operator acting on it, checked for area and, when
    /// given, role: how every act on an election begins.
    func electionAct(_ db: Database, _ reference: String, by operatorName: String?, roles: [Role]? = nil) throws -> (ElectionRef, Operator) {
        let election = try resolveElection(db, reference)
        return (election, try authorize(db, operatorName, organizationID: election.organizationID, roles: roles))
    }

    func fetchOperator(_ db: Database, named name: String) throws -> Operator {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name, role, organization_id FROM operator WHERE name = ?", arguments: [name]) else {
            throw StoreError.operatorUnknown(name)
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

    /// Appends one row to the append-only event log.
    func appendEvent(
        _ db: Database, by actor: Operator?, organizationID: Int64?, electionID: Int64? = nil,
        kind: String, step: Int? = nil, detail: [String: String] = [:]
    ) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(detail), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO event (occurred_at, operator_id, organization_id, election_id, kind, step, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [timestamp, actor?.id, organizationID, electionID, kind, step, json])
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
