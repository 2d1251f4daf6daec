import Crypto
import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

@Suite("Keys and signatures")
struct SignatureTests {
    /// A fixture where the township operator has a registered key and signs.
    func signedFixture() throws -> (Fixture, AppDatabase, String) {
        let fixture = try Fixture()
        let created = try KeyFile.create(operatorName: "乡指导", passphrase: "correct horse")
        let (file, key) = (created.file, created.key)
        let signed = try fixture.db.signing(as: EventSigner(operatorName: "乡指导", key: key))
        try signed.registerKey(publicKey: file.publicKey, operatorName: "乡指导")
        let election = String(try signed.startElection(by: "乡指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!))
        try signed.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: nil)
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

    @Test("once an operator has a key, their acts are signed, and unsigned acts are refused")
    func signedActs() throws {
        let (fixture, signed, election) = try signedFixture()
        #expect(throws: Refusal.signatureRequired("乡指导")) {
            try fixture.db.addGuidanceMember(by: "乡指导", election: election, name: "组员", position: "干事")
        }
        let other = try fixture.db.signing(as: EventSigner(operatorName: "乡指导", key: Curve25519.Signing.PrivateKey()))
        #expect(throws: Refusal.keyMismatch("乡指导")) {
            try other.addGuidanceMember(by: "乡指导", election: election, name: "组员", position: "干事")
        }
        try signed.addGuidanceMember(by: "乡指导", election: election, name: "组员", position: "干事")
        // Operators without a key still act unsigned — but never with another operator's key given (issue 13: it was ignored).
        #expect(throws: Refusal.keyOfAnotherOperator(keyHolder: "乡指导", operator: "县审核")) {
            try signed.addGuidanceMember(by: "县审核", election: election, name: "县组员", position: "干事")
        }
        try fixture.db.addGuidanceMember(by: "县审核", election: election, name: "县组员", position: "干事")
        let report = try signed.verifyAudit()
        #expect(report.isIntact, "\(report.problems.map { $0.describe(.en) })")
        #expect(report.signaturesChecked == 5)   // key, catalog pinned, election started, assessed, guidance member
        #expect(throws: Refusal.keyAlreadyRegistered("乡指导")) { try signed.registerKey(publicKey: Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString(), operatorName: "乡指导") }
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

    /// A bundle exported and signed by 乡指导, whose key is the trust list's anchor, with a count report naming 甲.
    static func signedBundle() throws -> (ArchiveBundle, TrustList, KeyFile.Created) {
        let created = try KeyFile.create(operatorName: "乡指导", passphrase: "correct horse")
        let fixture = try Fixture()
        let signed = try fixture.db.signing(as: EventSigner(operatorName: "乡指导", key: created.key))
        try signed.registerKey(publicKey: created.file.publicKey, operatorName: "乡指导")
        let election = String(try signed.startElection(by: "乡指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!))
        try signed.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: nil)
        let trust = TrustList(countyCode: "C", countyName: "示范县", keys: [.init(operatorName: "乡指导", publicKey: created.file.publicKey)])
        let bundle = try signed.exportBundle(by: "乡指导", election: election, records: ["count-report.json": #"{"elected":["甲"]}"#])
        return (bundle, trust, created)
    }

    /// Issue 12, "Bundles": each attack recomputes the unkeyed digest, as anyone can. Only the exporter's signature, with a key
    /// the trust list vouches for, and the chain's own commitments stop them.
    @Test("bundle attacks with a recomputed digest: stripped signatures, an edited record, a relabelled election, a swapped key, a truncated chain")
    func bundleAttacks() throws {
        let (bundle, trust, created) = try Self.signedBundle()
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
            let keyIndex = b.keys.firstIndex { $0.publicKey == created.file.publicKey }!
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

/// Issue 12, "Unsigned events pass" and "Self-made reviewers": once the county has anchored signing, an event without a
/// signature — appended by someone with the file, hash and log digest recomputed as the program would — is named, and acts
/// by an operator without a key are refused; a county operator slipped in with a forged event never reaches the trust list.
@Suite("Signing from the county's anchor on")
struct AnchoredSigningTests {
    /// Appends an event the way the program does, but unsigned and with no operator: what an attacker with Python can do.
    static func forgeEvent(_ db: AppDatabase, _ sql: String, operatorID: Int64? = nil, kind: String = "round.closed", detail: String = "{}") throws -> Int64 {
        try db.writer.writeWithoutTransaction { conn in
            try conn.execute(sql: sql)
            let from = (try Int64.fetchOne(conn, sql: "SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1") ?? 0) + 1
            let to = try Int64.fetchOne(conn, sql: "SELECT max(seq) FROM audit_change")!
            let previous = try Row.fetchOne(conn, sql: "SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")!
            let id = (previous["id"] as Int64) + 1
            let range = ChangeRange(from: from, to: to, digest: try db.changeLogDigest(conn, from: from, to: to))
            let record = AuditRecord(id: id, occurredAt: "2026-10-20T02:00:00Z", operatorID: operatorID, organizationID: nil, electionID: nil, kind: kind,
                                     step: nil, detail: detail, changes: .logged(range), previousHash: previous["hash"])
            try conn.execute(sql: """
                INSERT INTO event (id, occurred_at, operator_id, kind, detail, changes_from, changes_to, changes_digest, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, record.occurredAt, operatorID, kind, detail, from, to, range.digest, record.previousHash, record.hash])
            return id
        }
    }

    func anchored() throws -> (Fixture, AppDatabase) {
        let fixture = try Fixture()
        let created = try KeyFile.create(operatorName: "县审核", passphrase: "correct horse")
        let county = try fixture.db.signing(as: EventSigner(operatorName: "县审核", key: created.key))
        try county.registerKey(publicKey: created.file.publicKey, operatorName: "县审核")
        return (fixture, county)
    }

    @Test("before the anchor an unsigned act goes; after it, an operator without a key is refused until he creates one")
    func keyRequired() throws {
        let unanchored = try Fixture()
        _ = try unanchored.startElection()
        let (fixture, _) = try anchored()
        #expect(throws: Refusal.keyRequired("乡指导")) { _ = try fixture.startElection() }
        let created = try KeyFile.create(operatorName: "乡指导", passphrase: "correct horse")
        let guide = try fixture.db.signing(as: EventSigner(operatorName: "乡指导", key: created.key))
        try guide.registerKey(publicKey: created.file.publicKey, operatorName: "乡指导")
        _ = try guide.startElection(by: "乡指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!)
        #expect(try guide.verifyAudit().isIntact)
    }

    @Test("an unsigned event appended after the anchor, hash and digest recomputed, is named; before the anchor it cannot be told apart")
    func unsignedAppended() throws {
        let (fixture, _) = try anchored()
        let id = try Self.forgeEvent(fixture.db, "UPDATE member SET status = 'probationary' WHERE name = '乙'")
        #expect(try fixture.db.verifyAudit().problems.map { "\($0.kind.rawValue)#\($0.eventID ?? 0)" } == ["signature_missing#\(id)"])
        // Without an anchor the same forgery verifies: the reason every county registers its key first (docs/trust.md).
        let plain = try Fixture()
        _ = try Self.forgeEvent(plain.db, "UPDATE member SET status = 'probationary' WHERE name = '乙'")
        #expect(try plain.db.verifyAudit().isIntact)
    }

    @Test("a self-made county reviewer: never on the trust list")
    func selfMadeReviewer() throws {
        // Unanchored file: the forged operator row passes verify, but the chain does not vouch for him.
        let fixture = try Fixture()
        let countyID = try fixture.db.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM organization WHERE code = 'C'")! }
        _ = try Self.forgeEvent(fixture.db, "INSERT INTO operator (name, role, organization_id, created_at) VALUES ('假审核', 'county', \(countyID), 'now')",
                                kind: "operator.added", detail: #"{"name":"假审核"}"#)
        let fake = try KeyFile.create(operatorName: "假审核", passphrase: "correct horse")
        try fixture.db.signing(as: EventSigner(operatorName: "假审核", key: fake.key)).registerKey(publicKey: fake.file.publicKey, operatorName: "假审核")
        let real = try KeyFile.create(operatorName: "县审核", passphrase: "correct horse")
        try fixture.db.signing(as: EventSigner(operatorName: "县审核", key: real.key)).registerKey(publicKey: real.file.publicKey, operatorName: "县审核")
        #expect(try fixture.db.exportTrustList().keys.map(\.operatorName) == ["县审核"])
        // Anchored file: the forged event itself is named, and nothing is exported.
        let (anchoredFixture, _) = try anchored()
        let forged = try Self.forgeEvent(anchoredFixture.db, "INSERT INTO operator (name, role, organization_id, created_at) VALUES ('假审核', 'county', \(countyID), 'now')",
                                         kind: "operator.added", detail: #"{"name":"假审核"}"#)
        #expect(try anchoredFixture.db.verifyAudit().problems.contains { $0.kind == .signatureMissing && $0.eventID == forged })
        #expect(throws: Refusal.auditNotIntact) { _ = try anchoredFixture.db.exportTrustList() }
    }
}
