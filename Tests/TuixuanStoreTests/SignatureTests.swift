import Crypto
import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

@Suite("Keys and signatures")
struct SignatureTests {
    /// A fixture (every operator registered with a key, every act signed) and the township operator's started election.
    func signedFixture() throws -> (Fixture, AppDatabase, String) {
        let fixture = try Fixture()
        let signed = fixture.db
        let election = String(try signed.startElection(by: "乡指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!))
        try signed.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        return (fixture, signed, election)
    }

    @Test("a key file opens only with its passphrase")
    func keyFile() throws {
        let created = try KeyFile.create(operatorName: "乡指导", passphrase: "correct horse")
        let (file, key) = (created.file, created.key)
        #expect(try file.unlock(passphrase: "correct horse").rawRepresentation == key.rawRepresentation)
        #expect(throws: Refusal.keyLocked) { try file.unlock(passphrase: "wrong horse!") }
        var altered = file
        altered.publicKey = Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString()
        #expect(throws: Refusal.keyLocked) { try altered.unlock(passphrase: "correct horse") }
        #expect(throws: Refusal.passphraseTooShort(minimum: 8)) { try KeyFile.create(operatorName: "x", passphrase: "short") }
    }

    @Test("every act after the first is signed with its operator's own key: without it, with another, or with someone else's, refused")
    func signedActs() throws {
        let (fixture, signed, election) = try signedFixture()
        #expect(throws: Refusal.signatureRequired("乡指导")) {
            try fixture.db.signing(with: .empty).addGuidanceMember(by: "乡指导", election: election, name: "组员", position: "干事")
        }
        let other = try fixture.db.signing(as: EventSigner(operatorName: "乡指导", key: Curve25519.Signing.PrivateKey()))
        #expect(throws: Refusal.keyMismatch("乡指导")) {
            try other.addGuidanceMember(by: "乡指导", election: election, name: "组员", position: "干事")
        }
        let guideOnly = try fixture.db.signing(as: EventSigner(operatorName: "乡指导", key: testKey("乡指导")))
        try guideOnly.addGuidanceMember(by: "乡指导", election: election, name: "组员", position: "干事")
        // Never with another operator's key given (issue 13: it was ignored).
        #expect(throws: Refusal.keyOfAnotherOperator(keyHolder: "乡指导", operator: "县审核")) {
            try guideOnly.addGuidanceMember(by: "县审核", election: election, name: "县组员", position: "干事")
        }
        try signed.addGuidanceMember(by: "县审核", election: election, name: "县组员", position: "干事")
        let report = try signed.verifyAudit()
        #expect(report.isIntact, "\(report.problems.map { $0.describe(.en) })")
        // Only the schema's own first event (written by the migration, before anyone exists) carries no signature.
        #expect(report.signingAnchored && report.unsignedEvents == 1)
        let unsigned = try signed.writer.read { try String.fetchAll($0, sql: "SELECT kind FROM event WHERE signature IS NULL") }
        #expect(unsigned == ["audit.genesis"])
        #expect(throws: Refusal.keyAlreadyRegistered("乡指导")) {
            try signed.registerKey(by: "县审核", for: "乡指导", publicKey: Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString())
        }
    }

    @Test("the database's first act is signed by the first reviewer's key, which it registers; no key, or another's, refused")
    func initializationSigned() throws {
        #expect(throws: Refusal.initializationNeedsKey("县审核")) {
            try AppDatabase.inMemory().initialize(countyCode: "C", countyName: "示范县", reviewerName: "县审核")
        }
        let someoneElse = try AppDatabase.inMemory(keyring: Keyring(EventSigner(operatorName: "别人", key: testKey("别人"))))
        #expect(throws: Refusal.keyOfAnotherOperator(keyHolder: "别人", operator: "县审核")) {
            try someoneElse.initialize(countyCode: "C", countyName: "示范县", reviewerName: "县审核")
        }
        #expect(try someoneElse.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM operator")! } == 0)
        let db = try AppDatabase.inMemory(keyring: Keyring(EventSigner(operatorName: "县审核", key: testKey("县审核"))))
        try db.initialize(countyCode: "C", countyName: "示范县", reviewerName: "县审核")
        #expect(try db.keys().map(\.publicKey) == [testPublicKey("县审核")])
        #expect(try db.exportTrustList().keys.map(\.publicKey) == [testPublicKey("县审核")])
    }

    @Test("new operators come with their key, registered by a superior; one key is never two operators'")
    func operatorsComeWithKeys() throws {
        let fixture = try Fixture()
        #expect(throws: Refusal.keyInUse("乡指导")) {
            try fixture.db.addOperator(by: "县审核", name: "冒名者", role: .township, organizationCode: "T", publicKey: testPublicKey("乡指导"))
        }
        #expect(throws: Refusal.publicKeyInvalid) {
            try fixture.db.addOperator(by: "县审核", name: "某人", role: .township, organizationCode: "T", publicKey: "not a key")
        }
        #expect(throws: Refusal.townshipMayNotRegister(.county)) {
            try fixture.db.addOperator(by: "乡指导", name: "假审核", role: .county, organizationCode: "T")
        }
        try fixture.db.addOperator(by: "乡指导", name: "计票员", role: .teller, organizationCode: Fixture.village)
        #expect(try fixture.db.keys().contains { $0.operatorName == "计票员" && $0.publicKey == testPublicKey("计票员") })
    }


    @Test("a forged signature — right format, wrong key — is named at its event; a stripped one too")
    func forged() throws {
        let (_, signed, _) = try signedFixture()
        let target = try signed.writer.read { db in try Row.fetchOne(db, sql: "SELECT id, hash FROM event WHERE kind = 'election.assessed'")! }
        let id: Int64 = target["id"], hash: String = target["hash"]
        let forgery = try Curve25519.Signing.PrivateKey().signature(for: Data(hash.utf8)).base64EncodedString()
        try AuditTests().tamper(signed, "UPDATE event SET signature = '\(forgery)' WHERE id = \(id)")
        #expect(try signed.verifyAudit().problems.map { "\($0.kind.rawValue)#\($0.eventID ?? 0)" } == ["signature_invalid#\(id)"])

        let (_, stripped, _) = try signedFixture()
        try AuditTests().tamper(stripped, "UPDATE event SET signature = NULL, key_id = NULL WHERE id = \(id)")
        #expect(try stripped.verifyAudit().problems.map { "\($0.kind.rawValue)#\($0.eventID ?? 0)" } == ["signature_missing#\(id)"])
    }

    /// A closed round whose result the township has approved (steps 19–26 recorded).
    func approvedResult() throws -> (AppDatabase, String) {
        let (db, election) = try AuditTests().recorded()
        try db.seed { conn in
            for step in 19...26 {
                try conn.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                                 arguments: [Int(election)!, step])
            }
        }
        try db.approveResult(by: "乡指导", election: election, note: nil)
        return (db, election)
    }

    @Test("an approval is valid only while what it approved is unchanged: a later edit of the count makes it stale")
    func staleApproval() throws {
        let (db, election) = try approvedResult()
        var facts = try db.writer.read { conn in try db.loadFacts(conn, electionID: Int64(election)!) }
        #expect(facts.approvals.first { $0.subject == "result" }?.isCurrent == true)
        try AuditTests().tamper(db, "UPDATE round_result SET count = replace(count, '\"valid\":7', '\"valid\":8'); DELETE FROM audit_change WHERE seq > (SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1)")
        facts = try db.writer.read { conn in try db.loadFacts(conn, electionID: Int64(election)!) }
        #expect(facts.approvals.first { $0.subject == "result" }?.isCurrent == false)
        #expect(try db.verifyAudit().problems.contains { $0.kind == .rowChanged && $0.table == "round_result" })
    }

    @Test("changing one counted ballot after the result was approved breaks the approval")
    func ballotEditBreaksApproval() throws {
        let (db, election) = try approvedResult()
        try AuditTests().tamper(db, "UPDATE counted_ballot SET ballot = replace(ballot, '\"no\"', '\"yes\"') WHERE position = 1; DELETE FROM audit_change WHERE seq > (SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1)")
        let facts = try db.writer.read { conn in try db.loadFacts(conn, electionID: Int64(election)!) }
        #expect(facts.approvals.first { $0.subject == "result" }?.isCurrent == false)
    }

    /// A bundle exported and signed by 乡指导, with a count report naming 甲. The trust list holds only the county reviewer's
    /// key; 乡指导's traces back to it through the signed act that added him with his key. Returns 乡指导's public key.
    static func signedBundle() throws -> (ArchiveBundle, TrustList, String) {
        let fixture = try Fixture()
        let signed = fixture.db
        let election = String(try signed.startElection(by: "乡指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!))
        try signed.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        let trust = TrustList(countyCode: "C", countyName: "示范县", keys: [.init(operatorName: "县审核", publicKey: testPublicKey("县审核"))])
        let bundle = try signed.exportBundle(by: "乡指导", election: election, records: ["count-report.json": #"{"elected":["甲"]}"#])
        return (bundle, trust, testPublicKey("乡指导"))
    }

    /// Issue 12, "Bundles": each attack recomputes the unkeyed digest, as anyone can. Only the exporter's signature, with a key
    /// the trust list vouches for, and the chain's own commitments stop them.
    @Test("bundle attacks with a recomputed digest: stripped signatures, an edited record, a relabelled election, a swapped key, a truncated chain")
    func bundleAttacks() throws {
        let (bundle, trust, guideKey) = try Self.signedBundle()
        #expect(AppDatabase.verifyBundle(bundle, trust: trust).isSound, "\(AppDatabase.verifyBundle(bundle, trust: trust).problems)")
        func problems(_ change: (inout ArchiveBundle) throws -> Void) throws -> [String] {
            var copy = bundle
            try change(&copy)
            copy.bundleSHA256 = try copy.computedDigest()
            return AppDatabase.verifyBundle(copy, trust: trust).problems
        }
        // Every signature removed, the exporter's too ("sound, 0 signatures" before).
        let stripped = try problems { b in
            for i in b.events.indices { b.events[i].signature = nil; b.events[i].keyID = nil }
            b.exporterSignature = nil
        }
        #expect(stripped.contains { $0.contains("unsigned") } && stripped.contains { $0.contains("no valid exporter signature") })
        // The count report edited: another person elected.
        #expect(try problems { $0.records["count-report.json"] = #"{"elected":["乙"]}"# }.contains { $0.contains("exporter's signature does not verify") })
        // Relabelled as another village's election.
        #expect(try problems { $0.election.organizationCode = "V2"; $0.election.title = "东升村换届选举" }.contains { $0.contains("exporter's signature does not verify") })
        // Truncated: the last event dropped.
        #expect(try problems { $0.events.removeLast() }.contains { $0.contains("exporter's signature does not verify") })
        // An operator's key swapped in the key list and all his events re-signed with the attacker's key, the bundle too.
        let attacker = Curve25519.Signing.PrivateKey()
        let swapped = try problems { b in
            let keyIndex = b.keys.firstIndex { $0.publicKey == guideKey }!
            b.keys[keyIndex].publicKey = attacker.publicKey.rawRepresentation.base64EncodedString()
            for i in b.events.indices where b.events[i].keyID == b.keys[keyIndex].id {
                b.events[i].signature = try attacker.signature(for: Data(b.events[i].hash.utf8)).base64EncodedString()
            }
            b.bundleSHA256 = try b.computedDigest()
            b.exporterSignature = try attacker.signature(for: Data(b.bundleSHA256.utf8)).base64EncodedString()
        }
        #expect(swapped.contains { $0.contains("not the key its registration in the chain names") }, "\(swapped)")
        // A bundle of the old, unsigned format.
        #expect(try problems { $0.format = "tuixuan-bundle/v2" }.contains { $0.contains("not signed by its exporter") })
    }

    /// From the attack review: a trusted key still acts only within its holder's role, as the chain registered it.
    @Test("a bundle's acts are checked against the roles the chain gave: a teller's trusted key adds no county reviewer and files no archive")
    func bundleRoles() throws {
        let fixture = try Fixture()
        try fixture.db.addOperator(by: "乡指导", name: "计票员", role: .teller, organizationCode: Fixture.village)
        let election = try fixture.startElection()
        var bundle = try fixture.db.exportBundle(by: "乡指导", election: election, records: [:])
        let trust = TrustList(countyCode: "C", countyName: "示范县", keys: [.init(operatorName: "县审核", publicKey: testPublicKey("县审核"))])
        #expect(AppDatabase.verifyBundle(bundle, trust: trust).isSound, "\(AppDatabase.verifyBundle(bundle, trust: trust).problems)")
        // The teller appends an operator.added of a county reviewer, signed with his trusted key, and exports the bundle himself.
        let teller = try #require(bundle.operators.first { $0.name == "计票员" })
        let tellerKey = try #require(bundle.keys.first { $0.operatorID == teller.id })
        let last = try #require(bundle.events.last)
        var event = last
        event.id = last.id + 1
        event.operatorID = teller.id
        event.electionID = nil
        event.step = nil
        event.kind = "operator.added"
        event.detail = #"{"name":"假审核","role":"county"}"#
        event.changes = "[]"
        event.changesFrom = nil
        event.changesTo = nil
        event.changesDigest = nil
        event.previousHash = last.hash
        let record = AuditRecord(id: event.id, occurredAt: event.occurredAt, operatorID: event.operatorID, organizationID: event.organizationID,
                                 electionID: nil, kind: event.kind, step: nil, detail: event.detail,
                                 changes: AuditRecord.Changes(inline: "[]", from: nil, to: nil, digest: nil), previousHash: last.hash)
        event.hash = record.hash
        event.keyID = tellerKey.id
        event.signature = try testKey("计票员").signature(for: Data(record.hash.utf8)).base64EncodedString()
        bundle.events.append(event)
        bundle.exportedBy = "计票员"
        bundle.bundleSHA256 = try bundle.computedDigest()
        bundle.exporterSignature = try testKey("计票员").signature(for: Data(bundle.bundleSHA256.utf8)).base64EncodedString()
        let problems = AppDatabase.verifyBundle(bundle, trust: trust).problems
        #expect(problems.contains { $0.contains("计票员 (teller) may not register a county operator") }, "\(problems)")
        #expect(problems.contains { $0.contains("who may not file an election's archive") }, "\(problems)")
        // And the program refuses a village role's export in the first place.
        #expect(throws: Refusal.self) { _ = try fixture.db.exportBundle(by: "计票员", election: election, records: [:]) }
    }

    /// Issue 12, "a fuzz … of bundles (field-level, with recomputed digests)": one field changed at random, the digest
    /// recomputed as an attacker would; the exporter's signature (and the chain) still catch every change.
    @Test("field-level bundle fuzz with a recomputed digest: every change is caught")
    func fieldFuzz() throws {
        let (bundle, trust, _) = try Self.signedBundle()
        var random = SeededGenerator(seed: 1212)
        let mutations: [(String, (inout ArchiveBundle, inout SeededGenerator) -> Void)] = [
            ("event detail", { b, r in let i = Int.random(in: 0..<b.events.count, using: &r); b.events[i].detail += " " }),
            ("event kind", { b, r in let i = Int.random(in: 0..<b.events.count, using: &r); b.events[i].kind = "step.completed" }),
            ("event time", { b, r in let i = Int.random(in: 0..<b.events.count, using: &r); b.events[i].occurredAt = "2020-01-01T00:00:00Z" }),
            ("event operator", { b, r in let i = Int.random(in: 0..<b.events.count, using: &r); b.events[i].operatorID = (b.events[i].operatorID ?? 0) + 1 }),
            ("event dropped", { b, r in b.events.remove(at: Int.random(in: 0..<b.events.count, using: &r)) }),
            ("events swapped", { b, r in let i = Int.random(in: 1..<b.events.count, using: &r); b.events.swapAt(i - 1, i) }),
            ("record", { b, _ in b.records["count-report.json"] = #"{"elected":["乙"]}"# }),
            ("record added", { b, _ in b.records["extra.json"] = "{}" }),
            ("election label", { b, _ in b.election.title += "（补）" }),
            ("operator role", { b, r in let i = Int.random(in: 0..<b.operators.count, using: &r); b.operators[i].role = b.operators[i].role == "county" ? "village" : "county" }),
            ("county", { b, _ in b.countyCode = "C2" }),
            ("exporter", { b, _ in b.exportedBy = "县审核" }),
            ("key", { b, _ in b.keys[0].publicKey = Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString() }),
        ]
        for round in 0..<120 {
            let (name, mutate) = mutations[round % mutations.count]
            var copy = bundle
            mutate(&copy, &random)
            copy.bundleSHA256 = try copy.computedDigest()
            #expect(!AppDatabase.verifyBundle(copy, trust: trust).isSound, "round \(round): \(name) passed")
        }
        #expect(AppDatabase.verifyBundle(bundle, trust: trust).isSound)
    }

    @Test("fuzzed bundles: never a crash, and any change to the content is caught")
    func fuzzedBundles() throws {
        let (_, signed, election) = try signedFixture()
        let trust = TrustList(countyCode: "C", countyName: "示范县", keys: [])
        let bundle = try signed.exportBundle(by: "乡指导", election: election, records: ["status.json": "{}"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let original = Array(try encoder.encode(bundle))
        var random = SeededGenerator(seed: 99)
        var decoded = 0
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 32...126, using: &random)
            }
            guard let mutated = try? JSONDecoder().decode(ArchiveBundle.self, from: Data(bytes)) else { continue }
            decoded += 1
            let reEncoded = Array(try encoder.encode(mutated))
            let check = AppDatabase.verifyBundle(mutated, trust: trust)
            if reEncoded != original { #expect(check.problems.contains { $0.contains("digest") || $0.contains("signature") }, "\(check.problems)") }
        }
        #expect(decoded > 10)
    }
}

/// Issue 12, "Unsigned events pass" and "Self-made reviewers": the chain is signed from the database's first act, by keys
/// registered through signed acts of a superior that start at the county's first reviewer's. An event without a signature —
/// appended by someone with the file, hash and log digest recomputed as the program would — is named; so is a key that vouches
/// for itself, and an operator added by someone who may not register that role.
@Suite("Signing from the database's first act")
struct AnchoredSigningTests {
    /// Appends an event the way the program does: what an attacker with Python can do. Unsigned and with no operator unless
    /// `operatorID` and `signedBy` (a key id and its private key) are given.
    static func forgeEvent(_ db: AppDatabase, _ sql: String, operatorID: Int64? = nil, kind: String = "round.closed", detail: String = "{}",
                           signedBy: (keyID: Int64, key: Curve25519.Signing.PrivateKey)? = nil) throws -> Int64 {
        try db.writer.writeWithoutTransaction { conn in
            try conn.execute(sql: sql)
            let from = (try Int64.fetchOne(conn, sql: "SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1") ?? 0) + 1
            let to = try Int64.fetchOne(conn, sql: "SELECT max(seq) FROM audit_change")!
            let previous = try Row.fetchOne(conn, sql: "SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")!
            let id = (previous["id"] as Int64) + 1
            let range = ChangeRange(from: from, to: to, digest: try db.changeLogDigest(conn, from: from, to: to))
            let record = AuditRecord(id: id, occurredAt: "2026-10-20T02:00:00Z", operatorID: operatorID, organizationID: nil, electionID: nil, kind: kind,
                                     step: nil, detail: detail, changes: .logged(range), previousHash: previous["hash"])
            let signature = try signedBy.map { try $0.key.signature(for: Data(record.hash.utf8)).base64EncodedString() }
            try conn.execute(sql: """
                INSERT INTO event (id, occurred_at, operator_id, kind, detail, changes_from, changes_to, changes_digest, prev_hash, hash, key_id, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, record.occurredAt, operatorID, kind, detail, from, to, range.digest, record.previousHash, record.hash,
                                 signedBy?.keyID, signature])
            return id
        }
    }

    func countyID(_ fixture: Fixture) throws -> Int64 {
        try fixture.db.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM organization WHERE code = 'C'")! }
    }

    @Test("an operator without a key (a file from before signing) acts only once a superior registers one; never by himself")
    func keyRequired() throws {
        let fixture = try Fixture()
        try fixture.db.seed { db in
            try db.execute(sql: "INSERT INTO operator (name, role, organization_id, created_at) SELECT '老指导', 'township', id, 'now' FROM organization WHERE code = 'T'")
        }
        #expect(throws: Refusal.keyRequired("老指导")) {
            _ = try fixture.db.startElection(by: "老指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!)
        }
        #expect(throws: Refusal.keyNeedsSuperior("老指导")) {
            try fixture.db.registerKey(by: "老指导", for: "老指导", publicKey: testPublicKey("老指导"))
        }
        #expect(throws: Refusal.townshipMayNotRegister(.township)) {
            try fixture.db.registerKey(by: "乡指导", for: "老指导", publicKey: testPublicKey("老指导"))
        }
        try fixture.db.registerKey(by: "县审核", for: "老指导", publicKey: testPublicKey("老指导"))
        _ = try fixture.db.startElection(by: "老指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!)
        #expect(try fixture.db.verifyAudit().isIntact)
    }

    @Test("an unsigned event appended after the first act, hash and digest recomputed, is named at its event")
    func unsignedAppended() throws {
        let fixture = try Fixture()
        let id = try Self.forgeEvent(fixture.db, "UPDATE member SET status = 'probationary' WHERE name = '乙'")
        #expect(try fixture.db.verifyAudit().problems.map { "\($0.kind.rawValue)#\($0.eventID ?? 0)" } == ["signature_missing#\(id)"])
    }

    @Test("a self-made county reviewer: his forged event is unsigned, or signed by the key it registers; never on the trust list")
    func selfMadeReviewer() throws {
        // The forged operator row with an unsigned event: named, and the program exports nothing.
        let unsigned = try Fixture()
        let countyID = try countyID(unsigned)
        let forged = try Self.forgeEvent(unsigned.db, "INSERT INTO operator (name, role, organization_id, created_at) VALUES ('假审核', 'county', \(countyID), 'now')",
                                         kind: "operator.added", detail: #"{"name":"假审核"}"#)
        #expect(try unsigned.db.verifyAudit().problems.contains { $0.kind == .signatureMissing && $0.eventID == forged })
        #expect(throws: Refusal.auditNotIntact) { _ = try unsigned.db.exportTrustList() }
        // The real program will not register his key for him: signing has begun, so a key needs a superior.
        #expect(throws: Refusal.self) { try unsigned.db.registerKey(by: "假审核", for: "假审核", publicKey: testPublicKey("假审核")) }

        // The forged row, his key row and an event signed with that very key: the key vouches for itself.
        let selfSigned = try Fixture()
        let fake = Curve25519.Signing.PrivateKey()
        let operatorID = try selfSigned.db.writer.read { try Int64.fetchOne($0, sql: "SELECT max(id) + 1 FROM operator")! }
        let keyID = try selfSigned.db.writer.read { try Int64.fetchOne($0, sql: "SELECT max(id) + 1 FROM operator_key")! }
        let event = try Self.forgeEvent(selfSigned.db, """
            INSERT INTO operator (id, name, role, organization_id, created_at) VALUES (\(operatorID), '假审核', 'county', \(countyID), 'now');
            INSERT INTO operator_key (id, operator_id, public_key, registered_at) VALUES (\(keyID), \(operatorID), '\(fake.publicKey.rawRepresentation.base64EncodedString())', 'now')
            """, operatorID: operatorID, kind: "operator.added", detail: #"{"name":"假审核"}"#, signedBy: (keyID, fake))
        let problems = try selfSigned.db.verifyAudit().problems
        // (He also created his own actor: nobody vouched for the operator signing the event.)
        #expect(problems.map { "\($0.kind.rawValue)#\($0.eventID ?? 0)" } == ["key_not_vouched#\(event)", "operator_not_vouched#\(event)"],
                "\(problems.map { $0.describe(.en) })")
        #expect(throws: Refusal.auditNotIntact) { _ = try selfSigned.db.exportTrustList() }
    }

    /// From an attack review of this change: the checks read the record, never the tables as they are now.
    @Test("forgeries the review found: self-promotion with one's own key, log entries written as 'update', a key used before any event registers it")
    func reviewFindings() throws {
        // A teller promotes himself to county reviewer, signing with his own key (the role was read from the table as it is now).
        let promoted = try Fixture()
        try promoted.db.addOperator(by: "乡指导", name: "计票员", role: .teller, organizationCode: Fixture.village)
        let (tellerID, tellerKey) = try promoted.db.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT o.id, k.id FROM operator o JOIN operator_key k ON k.operator_id = o.id WHERE o.name = '计票员'")!
            return (row[0] as Int64, row[1] as Int64)
        }
        let promotion = try Self.forgeEvent(promoted.db, "UPDATE operator SET role = 'county' WHERE name = '计票员'", operatorID: tellerID,
                                            signedBy: (tellerKey, testKey("计票员")))
        #expect(try promoted.db.verifyAudit().problems.contains { $0.kind == .operatorNotVouched && $0.eventID == promotion })
        #expect(throws: Refusal.auditNotIntact) { _ = try promoted.db.exportTrustList() }

        // A county operator and his key, their log entries rewritten as 'update' (which no trigger writes), signed with that key.
        let rewritten = try Fixture()
        let countyID = try countyID(rewritten)
        let fake = Curve25519.Signing.PrivateKey()
        let ids = try rewritten.db.writer.read { db in
            (try Int64.fetchOne(db, sql: "SELECT max(id) + 1 FROM operator")!, try Int64.fetchOne(db, sql: "SELECT max(id) + 1 FROM operator_key")!)
        }
        let last = "(SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1)"
        let event = try Self.forgeEvent(rewritten.db, """
            INSERT INTO operator (id, name, role, organization_id, created_at) VALUES (\(ids.0), 'Mallory', 'county', \(countyID), 'now');
            INSERT INTO operator_key (id, operator_id, public_key, registered_at) VALUES (\(ids.1), \(ids.0), '\(fake.publicKey.rawRepresentation.base64EncodedString())', 'now');
            CREATE TEMP TABLE forged AS SELECT tbl, pk, row FROM audit_change WHERE seq > \(last) ORDER BY seq;
            DELETE FROM audit_change WHERE seq > \(last);
            INSERT INTO audit_change (tbl, op, pk, row) SELECT tbl, 'update', pk, row FROM temp.forged;
            """, operatorID: ids.0, kind: "operator.added", detail: #"{"name":"Mallory"}"#, signedBy: (ids.1, fake))
        let problems = try rewritten.db.verifyAudit().problems
        #expect(problems.contains { $0.kind == .changeLogEdited && $0.eventID == event } && problems.contains { $0.kind == .keyNotVouched && $0.eventID == event },
                "\(problems.map { $0.describe(.en) })")
    }

    @Test("an operator added by someone who may not register that role: a township's signed event making a county reviewer")
    func operatorNotVouched() throws {
        let fixture = try Fixture()
        let countyID = try countyID(fixture)
        let (guideID, guideKeyID) = try fixture.db.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT o.id, k.id FROM operator o JOIN operator_key k ON k.operator_id = o.id WHERE o.name = '乡指导'")!
            return (row[0] as Int64, row[1] as Int64)
        }
        // 乡指导's key is stolen: he may sign, but he may not make a county reviewer, and verify says so.
        let event = try Self.forgeEvent(fixture.db, "INSERT INTO operator (name, role, organization_id, created_at) VALUES ('假审核', 'county', \(countyID), 'now')",
                                        operatorID: guideID, kind: "operator.added", detail: #"{"name":"假审核"}"#, signedBy: (guideKeyID, testKey("乡指导")))
        let problems = try fixture.db.verifyAudit().problems
        #expect(problems.map { "\($0.kind.rawValue)#\($0.eventID ?? 0)" } == ["operator_not_vouched#\(event)"], "\(problems.map { $0.describe(.en) })")
    }
}
