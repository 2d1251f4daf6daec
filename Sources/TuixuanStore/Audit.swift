import Foundation
import GRDB
import TuixuanCore

/// One event as the chain hashes it. The encoding is fixed: every field in order, separated by the
/// unit separator, so the same event always gives the same digest.
struct AuditRecord {
    var id: Int64
    var occurredAt: String
    var operatorID: Int64?
    var organizationID: Int64?
    var electionID: Int64?
    var kind: String
    var step: Int?
    var detail: String
    var changes: String
    var previousHash: String?

    init(id: Int64, occurredAt: String, operatorID: Int64?, organizationID: Int64?, electionID: Int64?, kind: String, step: Int?,
         detail: String, changes: String, previousHash: String?) {
        self.id = id
        self.occurredAt = occurredAt
        self.operatorID = operatorID
        self.organizationID = organizationID
        self.electionID = electionID
        self.kind = kind
        self.step = step
        self.detail = detail
        self.changes = changes
        self.previousHash = previousHash
    }

    init(row: Row, previousHash: String?) {
        self.init(id: row["id"], occurredAt: row["occurred_at"], operatorID: row["operator_id"], organizationID: row["organization_id"],
                  electionID: row["election_id"], kind: row["kind"], step: row["step"], detail: row["detail"],
                  changes: row["changes"] ?? "[]", previousHash: previousHash)
    }

    var canonical: String {
        func text(_ value: (some CustomStringConvertible)?) -> String { value.map { "\($0)" } ?? "" }
        return ["tuixuan-event/v1", previousHash ?? "", String(id), occurredAt, text(operatorID), text(organizationID), text(electionID),
                kind, text(step), detail, changes].joined(separator: "\u{1F}")
    }

    var hash: String { SHA256Digest.hex(of: canonical) }
}

/// What `audit verify` found.
public struct AuditReport: Sendable, Codable {
    public var eventsChecked: Int
    public var rowsChecked: Int
    public var signaturesChecked: Int
    public var problems: [AuditProblem]
    public var isIntact: Bool { problems.isEmpty }
}

/// One place where the record and the data disagree, in order of where it first shows.
public struct AuditProblem: Sendable, Codable, UserDescribable {
    public enum Kind: String, Sendable, Codable {
        /// An event's own content no longer gives its hash: the event row was edited.
        case eventEdited = "event_edited"
        /// An event does not follow the one before it: events were removed, inserted or reordered.
        case chainBroken = "chain_broken"
        /// A row differs from what the last event that wrote it recorded.
        case rowChanged = "row_changed"
        /// A row no event wrote.
        case rowAdded = "row_added"
        /// A row an event wrote is gone.
        case rowDeleted = "row_deleted"
        /// Changes were made that no event records (written outside the program).
        case unrecordedChanges = "unrecorded_changes"
        /// A signature that does not verify with the operator's registered key (forged, or the event altered).
        case signatureInvalid = "signature_invalid"
        /// An event by an operator with a registered key, without a signature.
        case signatureMissing = "signature_missing"
    }

    public var kind: Kind
    public var eventID: Int64?
    public var table: String?
    public var key: String?

    public func describe(_ language: Language) -> String {
        let zh = language == .zh
        let place = table.map { "\($0)\(key ?? "")" } ?? ""
        let event = eventID.map { zh ? "第\($0)号事件" : "event #\($0)" } ?? ""
        switch kind {
        case .eventEdited: return zh ? "\(event)的内容已被改动（与其哈希不符）" : "\(event) was edited (its content no longer gives its hash)"
        case .chainBroken: return zh ? "\(event)与前一事件衔接不上：事件被删除、插入或调换了顺序" : "\(event) does not follow the one before it: events were removed, inserted or reordered"
        case .rowChanged: return zh ? "\(place) 与\(event)记录的内容不符：数据在程序之外被改动" : "\(place) differs from what \(event) recorded: changed outside the program"
        case .rowAdded: return zh ? "\(place) 没有任何事件记录：在程序之外添加" : "\(place) is in no event: added outside the program"
        case .rowDeleted: return zh ? "\(place) 由\(event)写入，现已不存在：在程序之外删除" : "\(place), written by \(event), is gone: deleted outside the program"
        case .unrecordedChanges: return zh ? "有数据改动未记入任何事件：在程序之外写入" : "changes were made that no event records: written outside the program"
        case .signatureInvalid: return zh ? "\(event)的签名不能用其操作人员登记的公钥验证：签名是伪造的，或事件被改动" : "\(event)'s signature does not verify with its operator's registered key: forged, or the event altered"
        case .signatureMissing: return zh ? "\(event)的操作人员已登记密钥，但此事件没有签名" : "\(event) is by an operator with a registered key but carries no signature"
        }
    }
}

extension AppDatabase {
    /// 审计核验: recomputes the event chain and replays every event's row changes, then compares the
    /// result with every audited table. Reads only; the file is unchanged.
    public func verifyAudit() throws -> AuditReport {
        try writer.read { db in
            var problems: [AuditProblem] = []
            // 1. The chain: each event's hash from its content and the previous hash.
            var previousHash: String?
            var checked = 0
            var expected: [String: (row: String, eventID: Int64)] = [:]
            let keys = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, operator_id, public_key FROM operator_key").map {
                ($0["id"] as Int64, (operatorID: $0["operator_id"] as Int64, publicKey: $0["public_key"] as String))
            })
            var signingFrom: [Int64: Int64] = [:]   // operator id → the event that registered their key
            for row in try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY id") {
                let id: Int64 = row["id"]
                let stored: String? = row["hash"]
                let storedPrevious: String? = row["prev_hash"]
                checked += 1
                if storedPrevious != previousHash {
                    problems.append(AuditProblem(kind: .chainBroken, eventID: id))
                }
                let record = AuditRecord(row: row, previousHash: storedPrevious)
                if stored != record.hash {
                    problems.append(AuditProblem(kind: .eventEdited, eventID: id))
                }
                previousHash = stored
                // 2. Replay the event's changes.
                for change in try Row.fetchAll(db, sql: """
                    SELECT json_extract(value, '$.tbl') AS tbl, json_extract(value, '$.op') AS op,
                           json_extract(value, '$.pk') AS pk, json_extract(value, '$.row') AS row,
                           json_extract(value, '$.row.operator_id') AS key_operator
                    FROM json_each(?)
                    """, arguments: [record.changes]) {
                    let key = "\(change["tbl"] as String)\(change["pk"] as String)"
                    if change["op"] == "delete" { expected[key] = nil } else { expected[key] = (change["row"], id) }
                    if change["tbl"] == "operator_key", change["op"] == "insert", let owner: Int64 = change["key_operator"] {
                        signingFrom[owner] = signingFrom[owner] ?? id
                    }
                }
                // Signatures: every one must verify; from an operator's key registration on, every event of theirs is signed.
                let operatorID: Int64? = row["operator_id"]
                if let signature: String = row["signature"] {
                    let key = (row["key_id"] as Int64?).flatMap { keys[$0] }
                    if key?.operatorID != operatorID || !isValidSignature(signature, hash: record.hash, publicKey: key?.publicKey ?? "") {
                        problems.append(AuditProblem(kind: .signatureInvalid, eventID: id))
                    }
                } else if let operatorID, let from = signingFrom[operatorID], id >= from {
                    problems.append(AuditProblem(kind: .signatureMissing, eventID: id))
                }
            }
            // 3. Every audited table as it is now, against the replay.
            var actualRows = 0
            var seen: Set<String> = []
            for table in try String.fetchAll(db, sql: "SELECT substr(name, 13) FROM sqlite_master WHERE type = 'view' AND name LIKE 'audit_image_%' ORDER BY name") {
                for row in try Row.fetchAll(db, sql: "SELECT pk, row FROM audit_image_\(table) ORDER BY pk") {
                    actualRows += 1
                    let pk: String = row["pk"]
                    let key = "\(table)\(pk)"
                    seen.insert(key)
                    guard let recorded = expected[key] else {
                        problems.append(AuditProblem(kind: .rowAdded, table: table, key: pk))
                        continue
                    }
                    if recorded.row != row["row"] {
                        problems.append(AuditProblem(kind: .rowChanged, eventID: recorded.eventID, table: table, key: pk))
                    }
                }
            }
            for (key, recorded) in expected where !seen.contains(key) {
                let split = key.firstIndex(of: "[")!
                problems.append(AuditProblem(kind: .rowDeleted, eventID: recorded.eventID, table: String(key[..<split]), key: String(key[split...])))
            }
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM pending_change")! > 0 {
                problems.append(AuditProblem(kind: .unrecordedChanges))
            }
            problems.sort { ($0.eventID ?? Int64.max, $0.table ?? "", $0.key ?? "") < ($1.eventID ?? Int64.max, $1.table ?? "", $1.key ?? "") }
            let signatures = try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE signature IS NOT NULL")!
            return AuditReport(eventsChecked: checked, rowsChecked: actualRows, signaturesChecked: signatures, problems: problems)
        }
    }
}
