import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// Issue 12, "Truncation" and "Restore": a head written down outside the file shows events dropped or a file rolled back;
/// restore takes only a sound copy of this same database that loses nothing (an older one only when told), never another
/// database's, never one whose chain parted from this file's, never one with a forged schema object.
@Suite("The head leaves the file; restore loses nothing")
struct HeadAndRestoreTests {
    func temporaryPath(_ name: String) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-restore-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    @Test("two databases made in the same second begin different chains: the origin tells their heads apart")
    func distinctOrigins() throws {
        let first = try AppDatabase.inMemory(keyring: .test, clock: { Fixture.now })
        let second = try AppDatabase.inMemory(keyring: .test, clock: { Fixture.now })
        let origins = try [first, second].map { try $0.chainHead().origin }
        #expect(origins[0].count == 64 && origins[1].count == 64 && origins[0] != origins[1])
        #expect(try first.verifyAudit().isIntact && (try second.verifyAudit().isIntact))
    }

    @Test("a head written down earlier: verify with it names a rollback the plain verify cannot see")
    func rollback() throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        let before = temporaryPath("before.sqlite")
        try fixture.db.backup(to: before)
        try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        let head = try fixture.db.chainHead()
        #expect(ChainHead(token: head.token)?.lastEvent == head.lastEvent)
        // Rolled back (told to: the file "was broken").
        #expect(throws: Refusal.backupOlderThanFile(backupEvents: head.lastEvent - 1, fileEvents: head.lastEvent)) { _ = try fixture.db.restore(from: before) }
        _ = try fixture.db.restore(from: before, allowOlder: true)
        #expect(try fixture.db.verifyAudit().isIntact)
        let problems = try fixture.db.verifyAudit(knownHeads: [head]).problems
        #expect(problems.map(\.kind) == [.headMissing] && problems[0].eventID == head.lastEvent)
    }

    @Test("another database's backup, and a backup whose chain parted from this file's, are refused; a newer one of this file restores")
    func lineage() throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        let other = try AppDatabase.inMemory(keyring: .test, clock: { Fixture.now.addingTimeInterval(3_600) })
        try other.initialize(countyCode: "C9", countyName: "别县", reviewerName: "别县审核")
        let otherPath = temporaryPath("other.sqlite")
        try other.backup(to: otherPath)
        #expect(throws: Refusal.backupOfAnotherDatabase) { _ = try fixture.db.restore(from: otherPath) }

        let fork = temporaryPath("fork.sqlite")
        try fixture.db.backup(to: fork)
        try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        let forked = try AppDatabase.open(path: fork, clock: { Fixture.now }).signing(with: .test)
        try forked.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: true, note: "涣散")
        try forked.writer.close()
        #expect(throws: Refusal.backupDiverges(at: try fixture.db.chainHead().lastEvent)) { _ = try fixture.db.restore(from: fork) }
        #expect(throws: Refusal.backupDiverges(at: try fixture.db.chainHead().lastEvent)) { _ = try fixture.db.restore(from: fork, allowOlder: true) }

        let newer = temporaryPath("newer.sqlite")
        try fixture.db.backup(to: newer)
        let continued = try AppDatabase.open(path: newer, clock: { Fixture.now }).signing(with: .test)
        try continued.addGuidanceMember(by: "乡指导", election: election, name: "组员", position: "干事")
        try continued.writer.close()
        #expect(try fixture.db.restore(from: newer).head?.lastEvent == (try fixture.db.chainHead().lastEvent))
    }

    @Test("a backup carrying a trojan trigger or a forged unsigned event is refused, and nothing is replaced")
    func forgedBackup() throws {
        let fixture = try Fixture()
        _ = try fixture.startElection()
        let head = try fixture.db.chainHead()
        let trojan = temporaryPath("trojan.sqlite")
        try fixture.db.backup(to: trojan)
        let queue = try DatabaseQueue(path: trojan)
        try queue.write { try $0.execute(sql: "CREATE TRIGGER evil AFTER INSERT ON step_outcome BEGIN DELETE FROM member; END") }
        try queue.close()
        #expect(throws: Refusal.self) { _ = try fixture.db.restore(from: trojan) }
        #expect(try fixture.db.chainHead() == head)
        #expect(try fixture.db.schemaDifferences().isEmpty)

        // An unsigned event appended to the backup, hash and digest recomputed.
        let signedFixture = try Fixture()
        let forged = temporaryPath("forged.sqlite")
        try signedFixture.db.backup(to: forged)
        let copy = try AppDatabase.open(path: forged, clock: { Fixture.now })
        _ = try AnchoredSigningTests.forgeEvent(copy, "UPDATE member SET status = 'probationary' WHERE name = '乙'")
        try copy.writer.close()
        #expect(throws: Refusal.backupFailsChecks(integrity: "ok", auditProblems: 1)) { _ = try signedFixture.db.restore(from: forged) }
    }
}
