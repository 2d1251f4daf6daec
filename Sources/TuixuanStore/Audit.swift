import Foundation
import GRDB
import TuixuanCore

/// The part of the change log one event records: entries `from` through `to` (empty when `to` is
/// `from - 1`) and their SHA-256 (see `ChangeLogHasher`).
struct ChangeRange: Sendable, Hashable {
    var from: Int64
    var to: Int64
    var digest: String
}

/// One event as the chain hashes it. The encoding is fixed: every field in order, separated by the
/// unit separator, so the same event always gives the same digest. Events written before the change
/// log (migration 0009) carry their changes inline and keep the first encoding.
struct AuditRecord {
    enum Changes: Sendable, Hashable {
        /// tuixuan-event/v1: the changes as one JSON array in the event.
        case inline(String)
        /// tuixuan-event/v2: a range of the change log and its digest.
        case logged(ChangeRange)

        /// The form an event's stored columns give: a digest means a logged range, else the inline array.
        init(inline: String?, from: Int64?, to: Int64?, digest: String?) {
            if let digest {
                self = .logged(ChangeRange(from: from ?? 0, to: to ?? -1, digest: digest))
            } else {
                self = .inline(inline ?? "[]")
            }
        }
    }

    var id: Int64
    var occurredAt: String
    var operatorID: Int64?
    var organizationID: Int64?
    var electionID: Int64?
    var kind: String
    var step: Int?
    var detail: String
    var changes: Changes
    var previousHash: String?

    init(id: Int64, occurredAt: String, operatorID: Int64?, organizationID: Int64?, electionID: Int64?, kind: String, step: Int?,
         detail: String, changes: Changes, previousHash: String?) {
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
        let changes = Changes(inline: row["changes"], from: row["changes_from"], to: row["changes_to"], digest: row["changes_digest"])
        self.init(id: row["id"], occurredAt: row["occurred_at"], operatorID: row["operator_id"], organizationID: row["organization_id"],
                  electionID: row["election_id"], kind: row["kind"], step: row["step"], detail: row["detail"],
                  changes: changes, previousHash: previousHash)
    }

    var canonical: String {
        func text(_ value: (some CustomStringConvertible)?) -> String { value.map { "\($0)" } ?? "" }
        let common = [previousHash ?? "", String(id), occurredAt, text(operatorID), text(organizationID), text(electionID), kind, text(step), detail]
        switch changes {
        case .inline(let json):
            return (["tuixuan-event/v1"] + common + [json]).joined(separator: "\u{1F}")
        case .logged(let range):
            return (["tuixuan-event/v2"] + common + [String(range.from), String(range.to), range.digest]).joined(separator: "\u{1F}")
        }
    }

    var hash: String { SHA256Digest.hex(of: canonical) }
}

/// Where a chain ends: how many events, the last one's number and hash. Written down outside the file (the county keeps
/// each village's, a bundle carries its own), it shows later whether events were dropped or the file rolled back.
public struct ChainHead: Sendable, Codable, Hashable {
    public var events: Int
    public var lastEvent: Int64
    public var hash: String

    public init(events: Int, lastEvent: Int64, hash: String) {
        self.events = events
        self.lastEvent = lastEvent
        self.hash = hash
    }

    /// `ID:HASH`, as `audit head` prints it and `audit verify --head` takes it.
    public var token: String { "\(lastEvent):\(hash)" }

    /// The hash of the chain's first event: which database a head belongs to (a copy shares it, another file does not).
    public var origin: String = ""

    public init?(token: String) {
        let parts = token.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let id = Int64(parts[0]), parts[1].count == 64 else { return nil }
        self.init(events: 0, lastEvent: id, hash: String(parts[1]).lowercased())
    }
}

/// One line of a head log (`--head-log FILE`, or TUIXUAN_HEAD_LOG): after every act the program appends the new head there,
/// outside the database (another disk, a USB stick, a synced folder), so dropping events or rolling the file back shows
/// when `audit verify --heads-from FILE` is run. Tab-separated: time, `ID:HASH`, `events=N`, `origin=HASH`, the database path.
public struct HeadLogLine: Sendable, Equatable {
    public var time: String
    public var head: ChainHead
    public var path: String

    public init(time: String, head: ChainHead, path: String) {
        self.time = time
        self.head = head
        self.path = path
    }

    public var rendered: String {
        [time, head.token, "events=\(head.events)", "origin=\(head.origin)", path].joined(separator: "\t") + "\n"
    }

    /// nil when the line is not one the program wrote (the caller names the line).
    public init?(line: String) {
        let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 5, var head = ChainHead(token: fields[1]),
              fields[2].hasPrefix("events="), let events = Int(fields[2].dropFirst("events=".count)),
              fields[3].hasPrefix("origin=") else { return nil }
        head.events = events
        head.origin = String(fields[3].dropFirst("origin=".count))
        guard head.origin.count == 64 else { return nil }
        self.init(time: fields[0], head: head, path: fields[4])
    }
}

extension HeadLogLine {
    /// The heads of one database (chain start `origin`) among a head log's lines, how many lines belong to other databases,
    /// and how many of those name `path` (the standardized path of the file checked): it was replaced by another database.
    /// `audit verify --heads-from` and `doctor` read a head log through this one place.
    public static func heads(in lines: [HeadLogLine], origin: String, path: String) -> (heads: [ChainHead], others: Int, replaced: Int) {
        let mine = lines.filter { $0.head.origin == origin }
        let others = lines.filter { $0.head.origin != origin }
        return (mine.map(\.head), others.count, others.filter { $0.path == path }.count)
    }
}

/// What `audit verify` found.
public struct AuditReport: Sendable, Codable {
    public var eventsChecked: Int
    public var rowsChecked: Int
    public var signaturesChecked: Int
    public var problems: [AuditProblem]
    /// Whether a county reviewer has registered a key (the anchor): from then on every act is signed.
    public var signingAnchored = false
    /// Events with no signature. Before the anchor, anyone with the file can rewrite them all and recompute the chain
    /// undetected: the verdict "intact" is then only as good as the file's custody (issue 13: say so).
    public var unsignedEvents = 0
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
        /// The change log an event records no longer gives the event's digest: log entries edited, removed or added.
        case changeLogEdited = "change_log_edited"
        /// A signature that does not verify with the operator's registered key (forged, or the event altered).
        case signatureInvalid = "signature_invalid"
        /// An event by an operator with a registered key, without a signature.
        case signatureMissing = "signature_missing"
        /// A table, index, view or trigger that is not the program's (added, missing or redefined): `schema` says which.
        case schemaAltered = "schema_altered"
        /// A stored line of the reviewers' board is not what the record gives: the board was edited.
        case boardAltered = "board_altered"
        /// A head written down earlier is not in the chain: events were dropped, or the file rolled back or replaced.
        case headMissing = "head_missing"
        /// After signing began, a key registered by an event its own new key signs: it vouches for itself, so it does not trace
        /// back to the county's first key (a row slipped in, then its "owner" registering a key).
        case keyNotVouched = "key_not_vouched"
        /// An operator added by an event whose operator may not register that role (only the county's first reviewer is
        /// created by the database's first event; every other by a county reviewer, or a township for village roles).
        case operatorNotVouched = "operator_not_vouched"
    }

    public var kind: Kind
    public var eventID: Int64?
    public var table: String?
    public var key: String?
    public var schema: SchemaDifference?

    public init(kind: Kind, eventID: Int64? = nil, table: String? = nil, key: String? = nil, schema: SchemaDifference? = nil) {
        self.kind = kind
        self.eventID = eventID
        self.table = table
        self.key = key
        self.schema = schema
    }

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
        case .changeLogEdited: return zh ? "\(event)记录的数据改动日志已被改动（与其摘要不符）" : "the change log \(event) records was altered (it no longer gives the event's digest)"
        case .signatureInvalid: return zh ? "\(event)的签名不能用其操作人员登记的公钥验证：签名是伪造的，或事件被改动" : "\(event)'s signature does not verify with its operator's registered key: forged, or the event altered"
        case .boardAltered: return zh ? "看板缓存 \(place) 与事件记录推算的结果不符：看板在程序之外被改动" : "the board's stored line \(place) is not what the record gives: edited outside the program"
        case .headMissing: return zh ? "事件链中已没有先前记下的链头（\(event)，\(key ?? "")）：事件被截去，或数据库被回退、替换" : "the head written down earlier (\(event), \(key ?? "")) is not in the chain: events were dropped, or the file rolled back or replaced"
        case .schemaAltered: return (zh ? "数据库结构被改动：" : "the schema was changed: ") + (schema?.describe(language) ?? "")
        case .keyNotVouched: return zh ? "\(event)登记的密钥由它自己签名，而签名早已开始：该密钥不能追溯到县里的第一把密钥（自封的密钥）" : "\(event) registers a key signed by that same key, after signing had begun: it does not trace back to the county's first key (a self-made key)"
        case .operatorNotVouched: return zh ? "\(place) 由\(event)添加，而该事件的操作人员无权登记这一角色" : "\(place) was added by \(event), whose operator may not register that role"
        case .signatureMissing: return zh ? "\(event)没有签名（其操作人员已登记密钥，或县里已开始签名）" : "\(event) carries no signature (its operator has a key, or the county's signing had begun)"
        }
    }
}

extension AppDatabase {
    /// 审计核验: recomputes the event chain and every recorded change log's digest, replays every
    /// event's row changes, and compares the result with every audited table. The replay is kept in
    /// temporary tables, so memory does not grow with the database; the file is only read.
    /// `progress` gets the steps done and the steps in all: every event, then every audited table.
    /// With `knownHeads`, each head written down earlier (by the county, a bundle, a printout) must still be in the chain.
    /// `schema` is the schema the file should have: the program's, or, before an upgrade, the one its recorded migrations created.
    public func verifyAudit(knownHeads: [ChainHead] = [], progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> AuditReport {
        try verifyAudit(schema: OwnedSchema.text, knownHeads: knownHeads, progress: progress)
    }

    func verifyAudit(schema: String, knownHeads: [ChainHead] = [], progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> AuditReport {
        try writer.writeWithoutTransaction { db in
            var report: AuditReport?
            // A deferred transaction that only writes temporary tables: the database file is never written.
            try db.inTransaction(.deferred) {
                report = try verifyAudit(db, schema: schema, progress: progress)
                for head in knownHeads where try String.fetchOne(db, sql: "SELECT hash FROM event WHERE id = ?", arguments: [head.lastEvent]) != head.hash {
                    report!.problems.insert(AuditProblem(kind: .headMissing, eventID: head.lastEvent, key: String(head.hash.prefix(16))), at: 0)
                }
                return .rollback
            }
            return report!
        }
    }

    /// 链头: where the chain ends now.
    public func chainHead() throws -> ChainHead {
        try writer.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM event")!
            let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
            var head = ChainHead(events: count, lastEvent: last?["id"] ?? 0, hash: last?["hash"] ?? "")
            head.origin = try String.fetchOne(db, sql: "SELECT hash FROM event ORDER BY id LIMIT 1") ?? ""
            return head
        }
    }

    private func verifyAudit(_ db: Database, schema: String, progress: (@Sendable (Int, Int) -> Void)?) throws -> AuditReport {
        let isCurrent = schema == OwnedSchema.text
        // 0. The schema is the program's: otherwise the views the replay reads, and the triggers that fill the log, are someone else's.
        let differences = isCurrent ? try OwnedSchema.differences(db) : OwnedSchema.differences(actual: try Row.fetchAll(db, sql: OwnedSchema.currentSQL), expected: schema)
        var problems = differences.map { AuditProblem(kind: .schemaAltered, table: $0.name, schema: $0) }
        // The row images come from the program's own view definitions, made temporary for this check (temp objects are found
        // before the file's), never from the views in the file, which anyone can redefine.
        var tables: [String] = []
        for (key, sql) in (isCurrent ? OwnedSchema.objects : OwnedSchema.parse(schema)).filter({ $0.key.type == "view" && $0.key.name.hasPrefix("audit_image_") }).sorted(by: { $0.key.name < $1.key.name }) {
            let table = String(key.name.dropFirst("audit_image_".count))
            guard try db.tableExists(table) else { continue }
            try db.execute(sql: "DROP VIEW IF EXISTS temp.\(key.name)")
            try db.execute(sql: "CREATE TEMP VIEW" + sql.dropFirst("CREATE VIEW".count))
            tables.append(table)
        }
        let work = try Int.fetchOne(db, sql: "SELECT count(*) FROM event")! + tables.count
        try db.execute(sql: """
            DROP TABLE IF EXISTS temp.replay_expected;
            CREATE TEMP TABLE replay_expected (tbl TEXT NOT NULL, pk TEXT NOT NULL, op TEXT NOT NULL, row TEXT, event_id INTEGER NOT NULL,
                                               seq INTEGER, PRIMARY KEY (tbl, pk)) WITHOUT ROWID;
            DROP TABLE IF EXISTS temp.bulk_runs;
            CREATE TEMP TABLE bulk_runs (tbl TEXT NOT NULL, scope TEXT NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL, seq INTEGER NOT NULL);
            CREATE INDEX temp.bulk_runs_first ON bulk_runs (tbl, scope, first);
            DROP TABLE IF EXISTS temp.replay_actual;
            CREATE TEMP TABLE replay_actual (pk TEXT PRIMARY KEY, row TEXT) WITHOUT ROWID;
            """)
        // Bulk inserts (migration 0025) are recorded by digest; the logged deletes of their tables carry the old rows.
        var bulkInserts: [(seq: Int64, eventID: Int64, record: BulkInsertRecord)] = []
        let bulkLogged = try db.makeStatement(sql: "SELECT seq, row FROM audit_change WHERE seq BETWEEN ? AND ? AND tbl = 'bulk_insert' AND op = 'insert' ORDER BY seq")
        let bulkDecoder = JSONDecoder()
        let bulkRun = try db.makeStatement(sql: "INSERT INTO temp.bulk_runs (tbl, scope, first, last, seq) VALUES (?, ?, ?, ?, ?)")
        // 1. The chain: each event's hash from its content and the previous hash; each logged range's digest.
        var previousHash: String?
        var checked = 0
        var nextLogEntry: Int64?
        var firstLogEntry: Int64?
        let keys = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, operator_id, public_key FROM operator_key").map {
            ($0["id"] as Int64, (operatorID: $0["operator_id"] as Int64, publicKey: $0["public_key"] as String))
        })
        var signingFrom: [Int64: Int64] = [:]   // operator id → the event that registered their key
        // From a county reviewer's key registration on, every event is signed (the anchor; see `signingAnchored`).
        let countyOperators = Set(try Int64.fetchAll(db, sql: "SELECT id FROM operator WHERE role IN (SELECT value FROM json_each(?))",
                                                     arguments: [jsonArray(Role.countyReviewers.map(\.rawValue))]))
        var anchored = false
        var initialized = false   // the database's first act, the one that creates its own actor, has been seen
        var sealed = false        // the audit's first event, sealing what a file held before the audit began, has been seen
        let replayInline = try db.makeStatement(sql: """
            INSERT OR REPLACE INTO temp.replay_expected (tbl, pk, op, row, event_id)
            SELECT json_extract(value, '$.tbl'), json_extract(value, '$.pk'), json_extract(value, '$.op'), json_extract(value, '$.row'), ?
            FROM json_each(?) ORDER BY key
            """)
        let replayLogged = try db.makeStatement(sql: """
            INSERT OR REPLACE INTO temp.replay_expected (tbl, pk, op, row, event_id, seq)
            SELECT tbl, pk, op, row, ?, seq FROM audit_change WHERE seq BETWEEN ? AND ? ORDER BY seq
            """)
        let keysRegisteredInline = try db.makeStatement(sql: """
            SELECT json_extract(value, '$.row.operator_id'), json_extract(value, '$.row.id') FROM json_each(?)
            WHERE json_extract(value, '$.tbl') = 'operator_key' AND json_extract(value, '$.op') <> 'delete'
            """)
        let keysRegisteredLogged = try db.makeStatement(sql: """
            SELECT json_extract(row, '$.operator_id'), json_extract(row, '$.id') FROM audit_change WHERE seq BETWEEN ? AND ? AND tbl = 'operator_key' AND op <> 'delete'
            """)
        let operatorsAddedInline = try db.makeStatement(sql: """
            SELECT json_extract(value, '$.pk'), json_extract(value, '$.row.role') FROM json_each(?)
            WHERE json_extract(value, '$.tbl') = 'operator' AND json_extract(value, '$.op') <> 'delete'
            """)
        let operatorsAddedLogged = try db.makeStatement(sql: """
            SELECT pk, json_extract(row, '$.role') FROM audit_change WHERE seq BETWEEN ? AND ? AND tbl = 'operator' AND op <> 'delete'
            """)
        // The triggers write only inserts and deletes (an update is both): any other operation was written by hand.
        let oddOperations = try db.makeStatement(sql: "SELECT EXISTS (SELECT 1 FROM audit_change WHERE seq BETWEEN ? AND ? AND op NOT IN ('insert', 'delete'))")
        // Operators' roles as the record stands before each event (never the table as it is now, which an attacker writes).
        var roles: [Int64: Role] = [:]
        // Keys that trace back to the first: registered by an event signed with such a key (or, before signing began, any).
        var vouchedKeys: Set<Int64> = []
        let events = try Row.fetchCursor(db, sql: "SELECT * FROM event ORDER BY id")
        while let row = try events.next() {
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
            var keysRegistered: [Row] = []
            var operatorsAdded: [Row] = []
            switch record.changes {
            case .inline(let json):
                try replayInline.execute(arguments: [id, json])
                keysRegistered = try Row.fetchAll(keysRegisteredInline, arguments: [json])
                operatorsAdded = try Row.fetchAll(operatorsAddedInline, arguments: [json])
            case .logged(let range):
                if let expected = nextLogEntry, range.from != expected {
                    problems.append(AuditProblem(kind: .chainBroken, eventID: id))
                }
                nextLogEntry = range.to + 1
                firstLogEntry = firstLogEntry ?? range.from
                if try changeLogDigest(db, from: range.from, to: range.to) != range.digest {
                    problems.append(AuditProblem(kind: .changeLogEdited, eventID: id))
                }
                if try Bool.fetchOne(oddOperations, arguments: [range.from, range.to]) == true {
                    problems.append(AuditProblem(kind: .changeLogEdited, eventID: id))
                }
                let logged = try Row.fetchCursor(bulkLogged, arguments: [range.from, range.to])
                while let entry = try logged.next() {
                    if let image = (entry[1] as String?)?.data(using: .utf8), let record = try? bulkDecoder.decode(BulkInsertRecord.self, from: image) {
                        bulkInserts.append((entry[0], id, record))
                        try bulkRun.execute(arguments: [record.tbl, record.scope, record.first, record.last, entry[0] as Int64])
                    }
                }
                if range.from <= range.to { problems += try checkLoggedRemovals(db, range: range.from...range.to, eventID: id) }
                try replayLogged.execute(arguments: [id, range.from, range.to])
                keysRegistered = try Row.fetchAll(keysRegisteredLogged, arguments: [range.from, range.to])
                operatorsAdded = try Row.fetchAll(operatorsAddedLogged, arguments: [range.from, range.to])
            }
            let operatorID: Int64? = row["operator_id"]
            // Keys trace back to the first: once signing has begun, every event is signed by a key an earlier event signed by
            // such a key registered (trust issue 12) — not one registered by the event itself, nor one no event registered.
            let signingKey: Int64? = row["key_id"]
            let vouchedSigner = signingKey.map(vouchedKeys.contains) ?? false
            if anchored, signingKey != nil, !vouchedSigner {
                problems.append(AuditProblem(kind: .keyNotVouched, eventID: id))
            }
            if !anchored || vouchedSigner {
                for key in keysRegistered { if let keyID = key[1] as Int64? { vouchedKeys.insert(keyID) } }
            }
            // Operators are added only by a superior who may register their role; only the first event creates its own actor.
            let actorRole = operatorID.flatMap { roles[$0] }
            for added in operatorsAdded {
                let role = (added[1] as String?).flatMap(Role.init(rawValue:))
                // (In a file written before the audit began, the operators it held entered the chain in its sealing event.)
                let genesis = !initialized && row["kind"] as String == "database.initialized" && role == .county
                    && added[0] as String? == "[\(operatorID ?? -1)]"
                    || !sealed && row["kind"] as String == "audit.genesis"
                let allowed = actorRole == .county
                    || (actorRole == .township && role.map(Role.registeredByTownship.contains) == true)
                // (Before signing began — an older file, generated test data — nothing is proven, and verify says so.)
                if anchored && !genesis && !allowed {
                    problems.append(AuditProblem(kind: .operatorNotVouched, eventID: id, table: "operator", key: added[0]))
                }
            }
            for added in operatorsAdded {
                if let pk = added[0] as String?, let operatorRow = Int64(pk.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))),
                   let role = (added[1] as String?).flatMap(Role.init(rawValue:)) {
                    roles[operatorRow] = role
                }
            }
            if row["kind"] as String == "database.initialized" { initialized = true }
            if row["kind"] as String == "audit.genesis" { sealed = true }
            for key in keysRegistered {
                guard let owner = key[0] as Int64? else { continue }
                signingFrom[owner] = signingFrom[owner] ?? id
                if countyOperators.contains(owner) { anchored = true }
            }
            // Signatures: every one must verify; from an operator's key registration on, every event of theirs is signed.
            if let signature: String = row["signature"] {
                let key = (row["key_id"] as Int64?).flatMap { keys[$0] }
                if key?.operatorID != operatorID || !isValidSignature(signature, hash: record.hash, publicKey: key?.publicKey ?? "") {
                    problems.append(AuditProblem(kind: .signatureInvalid, eventID: id))
                }
            } else if anchored {
                problems.append(AuditProblem(kind: .signatureMissing, eventID: id))
            } else if let operatorID, let from = signingFrom[operatorID], id >= from {
                problems.append(AuditProblem(kind: .signatureMissing, eventID: id))
            }
            if checked % 200 == 0 { progress?(checked, work) }
        }
        // 3. Every bulk insert's digest, recomputed from its rows as inserted; the rows it still accounts for join the replay.
        problems += try checkBulkInserts(db, bulkInserts, recordedFrom: firstLogEntry ?? 1, recordedTo: (nextLogEntry ?? 1) - 1)
        // 4. Every audited table as it is now, against the replay.
        var actualRows = 0
        for (index, table) in tables.enumerated() {
            progress?(checked + index, work)
            try db.execute(sql: "DELETE FROM temp.replay_actual; INSERT INTO temp.replay_actual (pk, row) SELECT pk, row FROM temp.audit_image_\(table)")
            actualRows += try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.replay_actual")!
            for row in try Row.fetchAll(db, sql: """
                SELECT a.pk, e.event_id, e.op FROM temp.replay_actual a LEFT JOIN temp.replay_expected e ON e.tbl = ? AND e.pk = a.pk
                WHERE e.pk IS NULL OR e.op = 'delete' OR (e.op <> 'bulk' AND e.row IS NOT a.row)
                """, arguments: [table]) {
                if let op: String = row["op"], op != "delete" {
                    problems.append(AuditProblem(kind: .rowChanged, eventID: row["event_id"], table: table, key: row["pk"]))
                } else {
                    problems.append(AuditProblem(kind: .rowAdded, table: table, key: row["pk"]))
                }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT e.pk, e.event_id FROM temp.replay_expected e LEFT JOIN temp.replay_actual a ON a.pk = e.pk
                WHERE e.tbl = ? AND e.op <> 'delete' AND a.pk IS NULL
                """, arguments: [table]) {
                problems.append(AuditProblem(kind: .rowDeleted, eventID: row["event_id"], table: table, key: row["pk"]))
            }
        }
        // Rows recorded for a table that is no longer audited at all.
        for row in try Row.fetchAll(db, sql: """
            SELECT tbl, pk, event_id FROM temp.replay_expected WHERE op <> 'delete' AND tbl NOT IN (SELECT value FROM json_each(?))
            """, arguments: [jsonArray(tables)]) {
            problems.append(AuditProblem(kind: .rowDeleted, eventID: row["event_id"], table: row["tbl"], key: row["pk"]))
        }
        // Log entries no event's range covers: past the last (written outside the program), or before the first (slipped in).
        let beforeFirst = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM audit_change WHERE seq < ?)", arguments: [firstLogEntry ?? 1])!
        if try beforeFirst || hasUnrecordedChanges(db) || (isCurrent && differences.isEmpty && hasUnrecordedBulkRows(db)) {
            problems.append(AuditProblem(kind: .unrecordedChanges))
        }
        // 5. The reviewers' board is a cache, not a record: every stored line the board would show as it stands (same
        // engine, not older than the election's and village's last event, not stale by date) must be what the engine
        // computes from the record now; an edited line would otherwise show reviewers another state. (Before an upgrade the
        // engine would read a schema the file does not have yet, so the board is checked by the first verify after it; nor on a
        // schema someone altered, already named, where the engine's queries may find a table gone.)
        for row in !isCurrent || !differences.isEmpty ? [] : try Row.fetchAll(db, sql: """
            SELECT b.election_id, b.line, b.event_id, b.computed_on, b.date_sensitive, b.engine, \(AppDatabase.latestEventSQL) AS latest
            FROM election_board b JOIN election e ON e.id = b.election_id
            """) {
            guard storedLineIsCurrent(engine: row["engine"], eventID: row["event_id"], latestEvent: row["latest"],
                                      dateSensitive: row["date_sensitive"], computedOn: row["computed_on"]) else { continue }
            if try AppDatabase.storedText(try computeBoardLine(db, electionID: row["election_id"]).line) != row["line"] {
                problems.append(AuditProblem(kind: .boardAltered, table: "election_board", key: "[\(row["election_id"] as Int64)]"))
            }
        }
        progress?(work, work)
        problems.sort { ($0.eventID ?? Int64.max, $0.table ?? "", $0.key ?? "") < ($1.eventID ?? Int64.max, $1.table ?? "", $1.key ?? "") }
        let signatures = try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE signature IS NOT NULL")!
        try db.execute(sql: "DROP TABLE temp.replay_expected; DROP TABLE temp.replay_actual; DROP TABLE temp.bulk_runs")
        var report = AuditReport(eventsChecked: checked, rowsChecked: actualRows, signaturesChecked: signatures, problems: problems)
        report.signingAnchored = anchored
        report.unsignedEvents = checked - signatures
        return report
    }

    /// Every row an event's logged changes update or delete must be there, as the record has it, when the event begins:
    /// the triggers log an update as the delete of the old row and the insert of the new. So each logged delete is checked
    /// against the row's state just before it — the last logged change of that key (earlier in the same event, or as the
    /// replay stands before the event), or a bulk insert covering it since (whose digest then checks the image: see
    /// `checkBulkInserts`). A delete of a row nothing recorded (added outside the program, then swept into an honest act's
    /// update) names the row as added; one whose logged image (members and ballots carry it; other tables log none) is not
    /// the row as last recorded names it as changed (the attack review laundered both through a re-import's update).
    private func checkLoggedRemovals(_ db: Database, range: ClosedRange<Int64>, eventID: Int64) throws -> [AuditProblem] {
        let suspicious = try Row.fetchAll(db.cachedStatement(sql: """
            WITH entry AS (
                SELECT seq, tbl, pk, op, row, lag(op) OVER w AS prior_op, lag(row) OVER w AS prior_row, lag(seq) OVER w AS prior_seq
                FROM audit_change WHERE seq BETWEEN ?1 AND ?2
                WINDOW w AS (PARTITION BY tbl, pk ORDER BY seq)
            ), judged AS (
                SELECT entry.seq, entry.tbl, entry.pk, entry.row,
                       CASE WHEN entry.prior_seq IS NULL THEN e.op ELSE entry.prior_op END AS prior_op,
                       CASE WHEN entry.prior_seq IS NULL THEN e.row ELSE entry.prior_row END AS prior_row,
                       CASE WHEN entry.prior_seq IS NULL THEN coalesce(e.seq, 0) ELSE entry.prior_seq END AS prior_seq
                FROM entry LEFT JOIN temp.replay_expected e ON entry.prior_seq IS NULL AND e.tbl = entry.tbl AND e.pk = entry.pk
                WHERE entry.op = 'delete'
            )
            SELECT seq, tbl, pk, prior_op, prior_seq FROM judged
            WHERE NOT (prior_op IS 'insert' AND (row IS NULL OR row IS prior_row))
            ORDER BY seq
            """), arguments: [range.lowerBound, range.upperBound])
        var problems: [AuditProblem] = []
        for row in suspicious {
            let table: String = row["tbl"], key: String = row["pk"]
            if let bulk = BulkTable(rawValue: table), try coveredByBulkInsert(db, bulk, key: key, after: row["prior_seq"], before: row["seq"]) {
                continue
            }
            let prior: String? = row["prior_op"]
            problems.append(AuditProblem(kind: prior == "insert" ? .rowChanged : .rowAdded, eventID: eventID, table: table, key: key))
        }
        return problems
    }

    /// A bulk insert recorded between two entries of the log covers the row `key` (its scope, and its position in the run).
    private func coveredByBulkInsert(_ db: Database, _ table: BulkTable, key: String, after: Int64, before: Int64) throws -> Bool {
        // The key's last element is the position (the id, for members).
        guard key.hasSuffix("]"), let position = Int64(key.dropLast().split(whereSeparator: { $0 == "," || $0 == "[" }).last ?? "") else { return false }
        return try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM temp.bulk_runs WHERE tbl = ?1 AND scope = json_remove(?2, '$[#-1]') AND first BETWEEN ?3 AND ?4
                           AND last >= ?4 AND seq > ?5 AND seq < ?6)
            """), arguments: [table.rawValue, key, table.earliestStart(covering: position), position, after, before]) == true
    }

    /// Checks each bulk insert (in the order of the log) against the rows it inserted, as they were then: a row deleted or
    /// updated since (by a logged act) is taken from the first logged delete after it, which carries its old image; any other
    /// from the table as it is. A row missing is named; otherwise a digest that differs names the insert's run (a digest
    /// cannot say which row). The rows an insert still accounts for (none deleted since) enter the replay as expected.
    ///
    /// Only deletes inside the events' ranges of the log (`recordedFrom...recordedTo`) count: one logged outside them (the trigger left in
    /// place, the entry after the last event) is someone else's, and the row it removed is named as missing.
    private func checkBulkInserts(_ db: Database, _ inserts: [(seq: Int64, eventID: Int64, record: BulkInsertRecord)],
                                  recordedFrom: Int64, recordedTo: Int64) throws -> [AuditProblem] {
        guard !inserts.isEmpty else { return [] }
        try db.execute(sql: """
            DROP TABLE IF EXISTS temp.bulk_deleted;
            CREATE TEMP TABLE bulk_deleted (tbl TEXT NOT NULL, scope TEXT NOT NULL, position INTEGER NOT NULL, seq INTEGER NOT NULL, row TEXT,
                                            PRIMARY KEY (tbl, scope, position, seq)) WITHOUT ROWID;
            INSERT INTO temp.bulk_deleted (tbl, scope, position, seq, row)
            SELECT tbl, json_remove(pk, '$[#-1]'), json_extract(pk, '$[#-1]'), seq, row FROM audit_change
            WHERE tbl IN (\(BulkTable.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))) AND op = 'delete'
              AND seq BETWEEN \(recordedFrom) AND \(recordedTo)
              AND json_valid(pk) AND json_type(pk) = 'array' AND json_type(pk, '$[#-1]') = 'integer';
            """)
        let deletedAfter = try db.makeStatement(sql: """
            SELECT position, row FROM temp.bulk_deleted WHERE tbl = ? AND scope = ? AND position BETWEEN ? AND ? AND seq > ? ORDER BY position, seq
            """)
        let expect = try db.makeStatement(sql: "INSERT OR REPLACE INTO temp.replay_expected (tbl, pk, op, row, event_id) VALUES (?, ?, 'bulk', NULL, ?)")
        var problems: [AuditProblem] = []
        // A dropped ballot table is named by the schema check; its runs cannot be read.
        let present = Set(try BulkTable.allCases.filter { try db.tableExists($0.rawValue) })
        for (seq, eventID, record) in inserts {
            guard let table = BulkTable(rawValue: record.tbl), record.scope.hasPrefix("["), record.scope.hasSuffix("]"), record.last >= record.first,
                  try Int.fetchOne(db, sql: "SELECT CASE WHEN json_valid(?1) THEN json_array_length(?1) END", arguments: [record.scope]) == table.scopeColumns.count else {
                problems.append(AuditProblem(kind: .changeLogEdited, eventID: eventID))
                continue
            }
            guard present.contains(table) else { continue }
            let run = table.runName(scope: record.scope, first: record.first, last: record.last)
            do {
                problems += try checkBulkRun(db, table, record, seq: seq, eventID: eventID, deletedAfter: deletedAfter, expect: expect)
            } catch {
                // A run that cannot even be read (a value no JSON holds, slipped past STRICT) is not what was inserted.
                problems.append(AuditProblem(kind: .rowChanged, eventID: eventID, table: table.rawValue, key: run))
            }
        }
        try db.execute(sql: "DROP TABLE temp.bulk_deleted")
        return problems
    }

    /// One run of a bulk insert against its digest (see `checkBulkInserts`). A row missing is named; whatever else differs,
    /// the run is named as changed whenever its digest differs — a missing row never hides an edit beside it.
    private func checkBulkRun(_ db: Database, _ table: BulkTable, _ record: BulkInsertRecord, seq: Int64, eventID: Int64,
                              deletedAfter: Statement, expect: Statement) throws -> [AuditProblem] {
        var problems: [AuditProblem] = []
        // Deleted since: the first logged delete of each position after this insert holds the row as inserted.
        var removed: [Int: String?] = [:]
        let deletions = try Row.fetchCursor(deletedAfter, arguments: [table.rawValue, record.scope, record.first, record.last, seq])
        while let row = try deletions.next() {
            let position: Int = row[0]
            if removed[position] == nil { removed[position] = .some(row[1]) }
        }
        // A later run claiming positions of this one: each must have been deleted by a logged act in between, or this run's
        // row there was removed outside the program (and a later row at the same place would otherwise stand in for it).
        for claim in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT seq, max(first, ?3) AS lo, min(last, ?4) AS hi FROM temp.bulk_runs
            WHERE tbl = ?1 AND scope = ?2 AND seq > ?5 AND first BETWEEN ?6 AND ?4 AND last >= ?3
            """), arguments: [table.rawValue, record.scope, record.first, record.last, seq, table.earliestStart(covering: Int64(record.first))]) {
            let lo: Int = claim["lo"], hi: Int = claim["hi"]
            let freed = try Int.fetchOne(db.cachedStatement(sql: """
                SELECT count(DISTINCT position) FROM temp.bulk_deleted WHERE tbl = ? AND scope = ? AND position BETWEEN ? AND ? AND seq > ? AND seq < ?
                """), arguments: [table.rawValue, record.scope, lo, hi, seq, claim["seq"] as Int64])!
            if freed < hi - lo + 1 {
                problems.append(AuditProblem(kind: .rowDeleted, eventID: eventID, table: table.rawValue, key: table.runName(scope: record.scope, first: lo, last: hi)))
            }
        }
        // The run claims a key the record still had as another row (logged, or another run's): that row was removed outside
        // the program and its id given again (the second attack review: the top member deleted, the mark lowered, the next
        // import's member took the id). Asked once per run, before its own rows join the replay. (An insert the same act
        // logged is this row: the member trigger logs the act's inserts when SQLite picked ids below the mark, which only a
        // file already changed makes it do.)
        for key in try String.fetchAll(db.cachedStatement(sql: """
            SELECT e.pk FROM temp.replay_expected e
            WHERE e.tbl = ?4 AND e.pk IN (\(table.keysSQL)) AND (e.op = 'bulk' OR (e.op = 'insert' AND coalesce(e.seq, -1) < ?5 AND e.event_id <> ?6))
            """), arguments: [record.scope, record.first, record.last, table.rawValue, seq, eventID]) {
            problems.append(AuditProblem(kind: .rowChanged, eventID: eventID, table: table.rawValue, key: key))
        }
        // Positions are walked in order, the table's rows read as they come (never the whole run held at once).
        let rows = try Row.fetchCursor(db.cachedStatement(sql: table.imagesSQL), arguments: [record.scope, record.first, record.last])
        var digest = BulkDigest()
        func read(_ row: Row?) -> (position: Int64, key: String, image: String)? {
            row.map { (Int64.fromDatabaseValue($0[0]) ?? Int64.min, String.fromDatabaseValue($0[1]) ?? "", String.fromDatabaseValue($0[2]) ?? "") }
        }
        var next = read(try rows.next())
        for position in record.first...record.last {
            var current: (key: String, image: String)?
            // (A row whose position is not a whole number is never one of the run's: passed over, and named as added.)
            while let row = next, row.position < Int64(position) { next = read(try rows.next()) }
            if let row = next, row.position == Int64(position) {
                current = (row.key, row.image)
                next = read(try rows.next())
            }
            let key = table.key(scope: record.scope, position: position)
            if let old = removed[position] {
                digest.add(key: key, image: old ?? "")
            } else if let row = current {
                digest.add(key: row.key, image: row.image)
                // (The run's rows join the replay in one statement after the walk; one by one only beside a removed row.)
                if !removed.isEmpty { try expect.execute(arguments: [table.rawValue, row.key, eventID]) }
            } else {
                problems.append(AuditProblem(kind: .rowDeleted, eventID: eventID, table: table.rawValue, key: key))
            }
        }
        if removed.isEmpty {
            try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO temp.replay_expected (tbl, pk, op, row, event_id) SELECT ?4, pk, 'bulk', NULL, ?5 FROM (\(table.keysSQL))
                """).execute(arguments: [record.scope, record.first, record.last, table.rawValue, eventID])
        }
        if digest.rows != record.rows || digest.hex != record.sha256 {
            problems.append(AuditProblem(kind: .rowChanged, eventID: eventID, table: table.rawValue,
                                         key: table.runName(scope: record.scope, first: record.first, last: record.last)))
        }
        return problems
    }
}
