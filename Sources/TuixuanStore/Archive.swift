import Crypto
import Foundation
import GRDB
import TuixuanCore

/// 信任列表: the county reviewers' public keys, carried to townships and to whoever checks a bundle.
public struct TrustList: Codable, Sendable {
    public var format = "tuixuan-trust/v1"
    public var countyCode: String
    public var countyName: String
    public var keys: [Entry]

    public struct Entry: Codable, Sendable {
        public var operatorName: String
        public var publicKey: String
    }
}

/// 归档包 (step 30): one self-contained file per election.
public struct ArchiveBundle: Codable, Sendable {
    /// v1 bundles carry every event's row changes; from v2 an event written to the change log carries
    /// its range and digest instead (the chain is checked without the rows); v3 is signed by its exporter.
    public var format = ArchiveBundle.currentFormat
    public var exportedAt: String
    public var countyCode: String
    public var election: ElectionSummary
    /// The whole event chain of the database, each event with its row changes and signature.
    public var events: [Event]
    /// Every operator and registered key the chain refers to.
    public var operators: [OperatorEntry]
    public var keys: [KeyEntry]
    /// The election's printable records: the status board, the count report (JSON).
    public var records: [String: String]
    /// SHA-256 of everything above, so any change to the file shows even before the chain is checked.
    public var bundleSHA256: String
    /// Who exported the bundle, and their Ed25519 signature over `bundleSHA256` (v3): the digest alone is unkeyed, anyone
    /// who edits the file can recompute it; only the exporter's key, traced to the county's trust list, vouches for it.
    public var exportedBy: String?
    public var exporterSignature: String?

    public static let currentFormat = "tuixuan-bundle/v3"

    public struct Event: Codable, Sendable {
        public var id: Int64
        public var occurredAt: String
        public var operatorID: Int64?
        public var organizationID: Int64?
        public var electionID: Int64?
        public var kind: String
        public var step: Int?
        public var detail: String
        /// The row changes of an event written before the change log (tuixuan-event/v1).
        public var changes: String?
        /// The change-log range and digest of a later event (tuixuan-event/v2).
        public var changesFrom: Int64?
        public var changesTo: Int64?
        public var changesDigest: String?
        public var previousHash: String?
        public var hash: String
        public var keyID: Int64?
        public var signature: String?
    }

    public struct OperatorEntry: Codable, Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var role: String
    }

    public struct KeyEntry: Codable, Sendable, Equatable {
        public var id: Int64
        public var operatorID: Int64
        public var publicKey: String
    }

    /// The digest over the bundle's content (the field itself left empty).
    public func computedDigest() throws -> String {
        var copy = self
        copy.bundleSHA256 = ""
        copy.exporterSignature = nil
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return SHA256Digest.hex(of: Array(try encoder.encode(copy)))
    }
}

/// What checking a bundle found.
public struct BundleCheck: Sendable, Codable {
    public var election: String
    public var eventsChecked: Int
    public var signaturesChecked: Int
    public var trustedOperators: [String]
    public var problems: [String]
    public var isSound: Bool { problems.isEmpty }
}

extension AppDatabase {
    /// The county reviewers' public keys.
    /// The county's trust list to hand out: refused while no county reviewer has a key, since an
    /// empty list would vouch for nothing.
    ///
    /// The list is what townships will trust, so it is made only from an intact audit, and only of reviewers the chain
    /// vouches for: the one who initialized the database, and those a vouched operator added by a signed act. A county
    /// operator row slipped in with a forged event, whose owner then ran the real `key create`, is not on it.
    public func exportTrustList() throws -> TrustList {
        guard try verifyAudit().isIntact else { throw Refusal.auditNotIntact }
        let list = try vouchedTrustList()
        guard !list.keys.isEmpty else { throw Refusal.trustListEmpty }
        return list
    }

    /// The county reviewers' keys, only of those the chain vouches for (by operator, never by name).
    func vouchedTrustList() throws -> TrustList {
        try writer.read { db in
            let vouched = try vouchedOperators(db)
            let county = try fetchCounty(db)
            let keys = try Row.fetchAll(db, sql: """
                SELECT o.id, o.name, k.public_key FROM operator_key k JOIN operator o ON o.id = k.operator_id WHERE o.role IN (SELECT value FROM json_each(?)) ORDER BY o.name
                """, arguments: [jsonArray(Role.countyReviewers.map(\.rawValue))])
                .filter { vouched.contains($0["id"] as Int64) }
                .map { TrustList.Entry(operatorName: $0["name"], publicKey: $0["public_key"]) }
            return TrustList(countyCode: county.code, countyName: county.name, keys: keys)
        }
    }

    /// Operators the chain vouches for, by id: the initializing reviewer, then every operator row a vouched operator's
    /// signed `operator.added` inserted (read from that event's own change log, never matched by name: a renamed row
    /// keeps its id).
    func vouchedOperators(_ db: Database) throws -> Set<Int64> {
        var vouched: Set<Int64> = []
        for row in try Row.fetchAll(db, sql: """
            SELECT kind, operator_id, signature, changes, changes_from, changes_to FROM event WHERE kind IN ('database.initialized', 'operator.added') ORDER BY id
            """) {
            guard let by = row["operator_id"] as Int64? else { continue }
            if row["kind"] == "database.initialized" {
                if vouched.isEmpty { vouched.insert(by) }
            } else if vouched.contains(by), row["signature"] as String? != nil {
                // The rows the event inserted: from its range of the change log, or (written before the log) its own changes.
                let inserted: [String] = if let from = row["changes_from"] as Int64?, let to = row["changes_to"] as Int64? {
                    try String.fetchAll(db, sql: "SELECT pk FROM audit_change WHERE seq BETWEEN ? AND ? AND tbl = 'operator' AND op = 'insert'", arguments: [from, to])
                } else {
                    try String.fetchAll(db, sql: """
                        SELECT json_extract(value, '$.pk') FROM json_each(?) WHERE json_extract(value, '$.tbl') = 'operator' AND json_extract(value, '$.op') = 'insert'
                        """, arguments: [row["changes"] as String? ?? "[]"])
                }
                for pk in inserted {
                    if let id = Int64(pk.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))) { vouched.insert(id) }
                }
            }
        }
        return vouched
    }

    public func trustList() throws -> TrustList {
        try writer.read { db in
            let county = try fetchCounty(db)
            let keys = try Row.fetchAll(db, sql: """
                SELECT o.name, k.public_key FROM operator_key k JOIN operator o ON o.id = k.operator_id WHERE o.role IN (SELECT value FROM json_each(?)) ORDER BY o.name
                """, arguments: [jsonArray(Role.countyReviewers.map(\.rawValue))]).map { TrustList.Entry(operatorName: $0["name"], publicKey: $0["public_key"]) }
            return TrustList(countyCode: county.code, countyName: county.name, keys: keys)
        }
    }

    /// Exports one election's archive bundle, signed by the exporting operator with their registered key (the audit must be
    /// intact first).
    public func exportBundle(by operatorName: String?, election reference: String, records: [String: String]) throws -> ArchiveBundle {
        let audit = try verifyAudit()
        guard audit.isIntact else {
            throw Refusal.auditNotIntact
        }
        return try writer.read { db in
            let election = try resolveElection(db, reference)
            let actor = try authorize(db, operatorName, organizationID: election.organizationID, roles: Role.exportsArchives)
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM operator_key WHERE operator_id = ?)", arguments: [actor.id])! else {
                throw Refusal.bundleNeedsKey(actor.name)
            }
            let (summary, operators, keys) = try bundleLabels(db, election: election)
            let events = try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY id").map { row in
                let logged = row["changes_digest"] as String? != nil
                return ArchiveBundle.Event(
                    id: row["id"], occurredAt: row["occurred_at"], operatorID: row["operator_id"], organizationID: row["organization_id"],
                    electionID: row["election_id"], kind: row["kind"], step: row["step"], detail: row["detail"],
                    changes: logged ? nil : (row["changes"] ?? "[]"), changesFrom: row["changes_from"], changesTo: row["changes_to"],
                    changesDigest: row["changes_digest"], previousHash: row["prev_hash"], hash: row["hash"], keyID: row["key_id"], signature: row["signature"])
            }
            var bundle = ArchiveBundle(exportedAt: timestamp, countyCode: try fetchCounty(db).code, election: summary, events: events, operators: operators,
                                       keys: keys, records: records, bundleSHA256: "", exportedBy: actor.name)
            bundle.bundleSHA256 = try bundle.computedDigest()
            // Signed as an event is: with the operator's registered key, unlocked for this command (`signature` checks both).
            bundle.exporterSignature = try signature(db, actor: actor, hash: bundle.bundleSHA256)?.signature
            return bundle
        }
    }

    /// What a bundle of `election` carries besides the chain and the records: the election's summary, every operator
    /// and every registered key, as this database holds them (the export writes them; the filing compares them).
    func bundleLabels(_ db: Database, election: ElectionRef)
        throws -> (summary: ElectionSummary, operators: [ArchiveBundle.OperatorEntry], keys: [ArchiveBundle.KeyEntry]) {
        let summary = electionSummary(from: try Row.fetchOne(db, sql: AppDatabase.electionSummarySQL + " WHERE e.id = ?", arguments: [election.id])!)
        let operators = try Row.fetchAll(db, sql: "SELECT id, name, role FROM operator ORDER BY id").map {
            ArchiveBundle.OperatorEntry(id: $0["id"], name: $0["name"], role: $0["role"])
        }
        let keys = try Row.fetchAll(db, sql: "SELECT id, operator_id, public_key FROM operator_key ORDER BY id").map {
            ArchiveBundle.KeyEntry(id: $0["id"], operatorID: $0["operator_id"], publicKey: $0["public_key"])
        }
        return (summary, operators, keys)
    }

    /// 归档包核验: needs no database — only the bundle and the county's trust list. Checks the bundle's
    /// digest, recomputes the chain, verifies every signature, and traces every signing key back to
    /// the trust list: a key counts only if its operator is on the list, or was added by an event
    /// signed with a key that counts, before the key was registered.
    public static func verifyBundle(_ bundle: ArchiveBundle, trust: TrustList) -> BundleCheck {
        var problems: [String] = []
        if (try? bundle.computedDigest()) != bundle.bundleSHA256 { problems.append("bundle digest mismatch: the file was changed") }
        if bundle.countyCode != trust.countyCode { problems.append("the bundle is from county \(bundle.countyCode), the trust list is for \(trust.countyCode)") }
        // A crafted bundle may repeat an id: named, never a crash.
        if Set(bundle.keys.map(\.id)).count != bundle.keys.count || Set(bundle.operators.map(\.id)).count != bundle.operators.count {
            problems.append("the key list or the operator list repeats an id")
        }
        let keys = Dictionary(bundle.keys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let operators = Dictionary(bundle.operators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let anchors = Set(trust.keys.map(\.publicKey))
        var trustedKeys: Set<Int64> = Set(bundle.keys.filter { anchors.contains($0.publicKey) }.map(\.id))
        var vouchedOperators: Set<Int64> = Set(bundle.keys.filter { anchors.contains($0.publicKey) }.map(\.operatorID))
        var previousHash: String?
        var signatures = 0
        let operatorIDs = Dictionary(bundle.operators.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        let keyIDs = Dictionary(bundle.keys.map { ($0.publicKey, $0.id) }, uniquingKeysWith: { first, _ in first })
        let registrations = bundle.events.compactMap { event in
            registeredKey(kind: event.kind, detail: event.detail, actorName: event.operatorID.flatMap { operators[$0]?.name }).map { (event: event, key: $0) }
        }
        var signingSince: [Int64: Int64] = [:]   // operator → the event registering their key
        for registration in registrations {
            if let operatorID = operatorIDs[registration.key.operatorName] { signingSince[operatorID] = signingSince[operatorID] ?? registration.event.id }
        }
        // The key list is bound to the registrations in the chain: each key is the one its operator's registration names
        // (that event's detail is under its hash), so a key swapped in the list, with events re-signed, shows.
        for key in bundle.keys {
            let name = operators[key.operatorID]?.name
            let registration = registrations.first { $0.key.operatorName == name }
            if registration?.key.publicKey != key.publicKey {
                problems.append("key #\(key.id) of \(name ?? "?"): not the key its registration in the chain names")
            }
        }
        // From the first event signed by a key the trust list vouches for, every event is signed by such a key.
        var trustedEra = false
        // Each operator's role as the chain registered it (the first reviewer's by the database's first act).
        var chainRoles: [String: Role] = [:]
        for event in bundle.events where event.kind == "database.initialized" {
            if let reviewer = detailValue(event.detail, "reviewer") { chainRoles[reviewer] = chainRoles[reviewer] ?? .county }
        }
        for event in bundle.events {
            // An anchor's key registration starts the era too, signed or not (a stripped signature must not postpone it).
            let registered = registeredKey(kind: event.kind, detail: event.detail, actorName: event.operatorID.flatMap { operators[$0]?.name })
            if let registered, anchors.contains(registered.publicKey) { trustedEra = true }
            if event.previousHash != previousHash { problems.append("event #\(event.id): does not follow the one before it") }
            let changes = AuditRecord.Changes(inline: event.changes, from: event.changesFrom, to: event.changesTo, digest: event.changesDigest)
            let record = AuditRecord(id: event.id, occurredAt: event.occurredAt, operatorID: event.operatorID, organizationID: event.organizationID,
                                     electionID: event.electionID, kind: event.kind, step: event.step, detail: event.detail, changes: changes,
                                     previousHash: event.previousHash)
            if record.hash != event.hash { problems.append("event #\(event.id): edited (its content no longer gives its hash)") }
            previousHash = event.hash
            guard let signature = event.signature else {
                if let operatorID = event.operatorID, let since = signingSince[operatorID], event.id >= since {
                    problems.append("event #\(event.id): unsigned, though its operator has a key")
                } else if trustedEra {
                    problems.append("event #\(event.id): unsigned, after the chain's signing began")
                }
                continue
            }
            signatures += 1
            guard let keyID = event.keyID, let key = keys[keyID], key.operatorID == event.operatorID,
                  isValidSignature(signature, hash: event.hash, publicKey: key.publicKey) else {
                problems.append("event #\(event.id): signature does not verify")
                continue
            }
            // Trust flows from the list: a trusted signer's operator.added vouches for that operator and the key it registers
            // with them; in an older file, a vouched operator's own key registration becomes trusted.
            // (A self-registration counts only before signing began, as `audit verify` has it: after, a key is registered by a
            // superior, so a late one signed by the very key it registers vouches for nothing.)
            guard trustedKeys.contains(keyID) || (!trustedEra && event.kind == "key.registered" && registered?.operatorName == operators[key.operatorID]?.name
                                                  && vouchedOperators.contains(key.operatorID)) else {
                problems.append("event #\(event.id): signed by \(operators[key.operatorID]?.name ?? "?"), whose key does not trace back to the county's trust list")
                continue
            }
            // Roles come from the chain itself (each operator's registration names it), never from the bundle's operator list:
            // a trusted key still registers only whom its holder may (a teller's key adds no county reviewer).
            let actorName = operators[key.operatorID]?.name ?? ""
            let actorRole = anchors.contains(key.publicKey) ? Role.county : chainRoles[actorName]
            if event.kind == "operator.added" || (event.kind == "key.registered" && registered?.operatorName != actorName) {
                let subject = event.kind == "operator.added" ? detailValue(event.detail, "role").flatMap(Role.init(rawValue:))
                    : registered.flatMap { chainRoles[$0.operatorName] }
                let allowed = actorRole == .county || (actorRole == .township && subject.map(Role.registeredByTownship.contains) == true)
                if !allowed {
                    problems.append("event #\(event.id): \(actorName) (\(actorRole?.rawValue ?? "no role")) may not register a \(subject?.rawValue ?? "?") operator")
                }
            }
            if event.kind == "operator.added", let name = detailValue(event.detail, "name"), let role = detailValue(event.detail, "role").flatMap(Role.init(rawValue:)) {
                chainRoles[name] = chainRoles[name] ?? role
            }
            trustedKeys.insert(keyID)
            trustedEra = true
            if let registered, let registeredID = keyIDs[registered.publicKey], registeredID != keyID {
                trustedKeys.insert(registeredID)
                if let owner = operatorIDs[registered.operatorName] { vouchedOperators.insert(owner) }
            }
            if event.kind == "operator.added", let name = detailValue(event.detail, "name"),
               let added = bundle.operators.first(where: { $0.name == name }) {
                vouchedOperators.insert(added.id)
            }
        }
        // The exporter's signature over the digest: only a key the trust list vouches for makes the file's content count.
        if bundle.format != ArchiveBundle.currentFormat {
            problems.append("format \(bundle.format) is not signed by its exporter: export it again with this version")
        } else if let name = bundle.exportedBy, let exporter = bundle.operators.first(where: { $0.name == name }),
                  let key = bundle.keys.first(where: { $0.operatorID == exporter.id }), let signature = bundle.exporterSignature {
            if !isValidSignature(signature, hash: bundle.bundleSHA256, publicKey: key.publicKey) {
                problems.append("the exporter's signature does not verify: the bundle was changed after it was signed")
            }
            if !trustedKeys.contains(key.id) {
                problems.append("exported by \(name), whose key does not trace back to the county's trust list")
            }
            let exporterRole = anchors.contains(key.publicKey) ? Role.county : chainRoles[name]
            if !(exporterRole.map(Role.exportsArchives.contains) ?? false) {
                problems.append("exported by \(name) (\(exporterRole?.rawValue ?? "no role in the chain")), who may not file an election's archive")
            }
        } else {
            problems.append("the bundle carries no valid exporter signature")
        }
        return BundleCheck(election: "\(bundle.election.title) (\(bundle.election.organizationCode))", eventsChecked: bundle.events.count,
                           signaturesChecked: signatures, trustedOperators: bundle.operators.filter { vouchedOperators.contains($0.id) }.map(\.name),
                           problems: problems)
    }
}

/// The key an event registers, and for whom: the first reviewer's in the database's first event, a new operator's in
/// `operator.added`, an operator's without one in `key.registered` (by a superior; in an older file, by themselves).
func registeredKey(kind: String, detail: String, actorName: String?) -> (operatorName: String, publicKey: String)? {
    guard let publicKey = detailValue(detail, "public_key") else { return nil }
    let owner: String? = switch kind {
    case "database.initialized": detailValue(detail, "reviewer")
    case "operator.added": detailValue(detail, "name")
    case "key.registered": detailValue(detail, "operator") ?? actorName
    default: nil
    }
    return owner.map { ($0, publicKey) }
}

func detailValue(_ json: String, _ key: String) -> String? {
    (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])?[key]
}

/// An archived election as the county lists it.
public struct ArchivedElection: Sendable, Codable {
    public var bundleSHA256: String
    public var townshipName: String?
    public var organizationCode: String
    public var organizationName: String
    public var title: String
    public var procedure: String
    public var done: Int
    public var total: Int
    public var elected: [String]
    public var importedAt: String
    /// The head of the chain the bundle carries (`ID:HASH`): the county's record of where that village's database stood,
    /// for `audit verify --head` on the village's file later.
    public var head: String?
}

extension AppDatabase {
    /// 导入信任列表: a township keeps the county reviewers' public keys, to check bundles with.
    public func importTrustList(by operatorName: String?, _ list: TrustList) throws -> Int {
        try act { db in
            let county = try fetchCounty(db)
            let actor = try authorize(db, operatorName, organizationID: county.id)
            guard list.countyCode == county.code else {
                throw Refusal.trustListOtherCounty(list: list.countyCode, database: county.code)
            }
            for entry in list.keys {
                try db.execute(sql: "INSERT OR REPLACE INTO trust_anchor (public_key, operator_name, county_code, imported_at) VALUES (?, ?, ?, ?)",
                               arguments: [entry.publicKey, entry.operatorName, list.countyCode, timestamp])
            }
            try appendEvent(db, by: actor, organizationID: county.id, kind: "trust.imported", detail: ["keys": String(list.keys.count)])
            return list.keys.count
        }
    }

    /// The trust list this database holds: imported anchors, else its own county reviewers' keys.
    public func storedTrustList() throws -> TrustList {
        let anchors = try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT operator_name, public_key, county_code FROM trust_anchor ORDER BY operator_name")
        }
        // Without imported anchors, the county's own list — only reviewers the chain vouches for, as `exportTrustList` gives.
        guard let first = anchors.first else { return try vouchedTrustList() }
        let county = try writer.read { db in try fetchCounty(db) }
        return TrustList(countyCode: first["county_code"], countyName: county.name,
                         keys: anchors.map { TrustList.Entry(operatorName: $0["operator_name"], publicKey: $0["public_key"]) })
    }

    /// 县级导入: the county checks a township's bundle against the trust list and keeps it.
    public func importBundle(by operatorName: String?, _ bundle: ArchiveBundle, trust: TrustList) throws -> BundleCheck {
        let check = AppDatabase.verifyBundle(bundle, trust: trust)
        guard check.isSound else {
            throw Refusal.bundleNotSound(problems: check.problems)
        }
        let status = bundle.records["status.json"].flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] } ?? [:]
        let report = bundle.records["count-report.json"].flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] } ?? [:]
        let elected = ((report["rounds"] as? [[String: Any]]) ?? []).filter { ["committee", "further", "runoff"].contains($0["kind"] as? String ?? "") }
            .flatMap { (($0["outcome"] as? [String: Any])?["elected"] as? [String]) ?? [] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bundleText = String(decoding: try encoder.encode(bundle), as: UTF8.self)
        let summary = String(decoding: try JSONSerialization.data(withJSONObject: ["elected": elected], options: [.sortedKeys]), as: UTF8.self)
        try act { db in
            let county = try fetchCounty(db)
            let actor = try authorize(db, operatorName, organizationID: county.id, roles: [.county])
            guard bundle.countyCode == county.code else {
                throw Refusal.bundleOtherCounty(bundle.countyCode)
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM archived_election WHERE bundle_sha256 = ?", arguments: [bundle.bundleSHA256]) == true {
                throw Refusal.bundleAlreadyImported
            }
            // A later bundle of an election already imported is kept as a new version only if its chain continues the
            // earlier one event for event: a bundle cut short, rolled back or from another chain is refused.
            let hashes = Dictionary(bundle.events.map { ($0.id, $0.hash) }, uniquingKeysWith: { a, _ in a })
            for row in try Row.fetchAll(db, sql: "SELECT bundle, imported_at FROM archived_election WHERE organization_code = ? ORDER BY id",
                                        arguments: [bundle.election.organizationCode]) {
                guard let earlier = try? JSONDecoder().decode(ArchiveBundle.self, from: Data((row["bundle"] as String).utf8)),
                      earlier.election.id == bundle.election.id else { continue }
                guard earlier.events.allSatisfy({ hashes[$0.id] == $0.hash }) else {
                    throw Refusal.bundleDivergesFromImported(importedAt: row["imported_at"])
                }
            }
            try db.execute(sql: """
                INSERT INTO archived_election (bundle_sha256, county_code, township_name, organization_code, organization_name, title, procedure, done, total,
                    summary, bundle, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [bundle.bundleSHA256, bundle.countyCode, bundle.election.townshipName, bundle.election.organizationCode,
                                 bundle.election.organizationName, bundle.election.title, bundle.election.procedure,
                                 status["done"] as? Int ?? 0, status["total"] as? Int ?? 0, summary, bundleText, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: county.id, kind: "bundle.imported",
                            detail: ["organization": bundle.election.organizationCode, "sha256": bundle.bundleSHA256])
        }
        return check
    }

    public func archivedElections() throws -> [ArchivedElection] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT *, json_extract(bundle, '$.events[#-1].id') || ':' || json_extract(bundle, '$.events[#-1].hash') AS head
                FROM archived_election ORDER BY organization_code, id
                """).map { row in
                let summary = (try? JSONSerialization.jsonObject(with: Data((row["summary"] as String).utf8)) as? [String: Any]) ?? [:]
                return ArchivedElection(bundleSHA256: row["bundle_sha256"], townshipName: row["township_name"], organizationCode: row["organization_code"],
                                        organizationName: row["organization_name"], title: row["title"], procedure: row["procedure"], done: row["done"],
                                        total: row["total"], elected: summary["elected"] as? [String] ?? [], importedAt: row["imported_at"], head: row["head"])
            }
        }
    }
}
