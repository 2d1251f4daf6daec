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
        // Operators without a key still act unsigned.
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

    @Test("fuzzed bundles: never a crash, and any change to the content is caught")
    func fuzzedBundles() throws {
        let (_, signed, election) = try signedFixture()
        let trust = TrustList(countyCode: "C", countyName: "示范县", keys: [])
        let bundle = try signed.exportBundle(election: election, records: ["status.json": "{}"])
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
            if reEncoded != original { #expect(check.problems.contains { $0.contains("digest") }) }
        }
        #expect(decoded > 10)
    }
}
