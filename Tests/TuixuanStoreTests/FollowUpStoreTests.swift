import Foundation
import Crypto
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// Steps 29 and 30 rest on facts: a talk with each person who lost or was not renominated, the departing cadres'
/// treatment settled, and an archive bundle of this database's own chain, checked and filed (issue 11, section 6).
@Suite("Follow-up: the talks and the archive")
struct FollowUpStoreTests {
    static let voted = CivilDate(year: 2026, month: 10, day: 10)!
    let handover = StepRecordInput(kind: .document, dated: Fixture.day, title: "移交清单", sha256: String(repeating: "c", count: 64))

    /// The outgoing committee 丁 (secretary) and 甲; 甲 and 乙 on the prospective list; steps 1–27 closed, the vote on
    /// `voted`; no round result, so nobody was elected and all three are to be talked with.
    func afterTheResult() throws -> (Fixture, String) {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try fixture.db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("丁", .secretary), .init("甲", .member)])
        try fixture.seedListChain(election, [.init("甲"), .init("乙")])
        try fixture.db.seed { db in
            try db.execute(sql: "INSERT INTO list_entry (election_id, stage, member_id, posts) SELECT ?, 'prospective', id, 'member' FROM member WHERE name IN ('甲', '乙')",
                           arguments: [Int64(election)!])
            for step in 1...27 {
                try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', ?, 1, 'now')",
                               arguments: [Int64(election)!, step, step >= 26 ? Self.voted.description : "2026-10-01"])
            }
        }
        return (fixture, election)
    }

    @Test("step 29: a talk with each person who lost or was not renominated; an outgoing member leaving has his treatment settled")
    func talks() throws {
        let (fixture, election) = try afterTheResult()
        let db = fixture.db
        let minutes = StepRecordInput(kind: .minutes, dated: Fixture.day, summary: "逐人谈心谈话")
        #expect(try db.counselling(election: election).map(\.name) == ["甲", "乙", "丁"])
        let blocked = try #require(throws: Refusal.self) {
            try db.completeStep(by: "乡指导", election: election, step: 29, happenedOn: Fixture.day, records: [minutes])
        }
        #expect(blocked.describe(.zh).contains("尚未记录与以下同志的谈心谈话：甲、乙、丁"))
        #expect(throws: Refusal.self) { try db.skipStep(by: "乡指导", election: election, step: 29, happenedOn: Fixture.day, reason: "全部当选，无人落选") }

        // 丁 leaves the committee: the talk says what was settled about his treatment.
        #expect(throws: Refusal.detailRequired(.departingTreatment)) {
            try db.recordTalk(by: "乡指导", election: election, member: "丁", on: Fixture.day, talkedBy: "乡党委书记", note: "本人表示理解", treatment: nil)
        }
        #expect(throws: Refusal.notToCounsel(member: "戊")) {
            try db.recordTalk(by: "乡指导", election: election, member: "戊", on: Fixture.day, talkedBy: "乡党委书记", note: "谈话", treatment: nil)
        }
        // Not before the vote it follows; the same day is fine.
        #expect(throws: Refusal.dateBeforeItsGrounds(date: CivilDate(year: 2026, month: 10, day: 9)!, grounds: Self.voted)) {
            try db.recordTalk(by: "乡指导", election: election, member: "乙", on: CivilDate(year: 2026, month: 10, day: 9)!, talkedBy: "乡党委书记", note: "谈话", treatment: nil)
        }
        #expect(throws: Refusal.detailRequired(.talkNote)) {
            try db.recordTalk(by: "乡指导", election: election, member: "乙", on: Self.voted, talkedBy: "乡党委书记", note: " ", treatment: nil)
        }
        // 乙 was never on the outgoing committee: no departing cadre's treatment to settle.
        #expect(throws: Refusal.treatmentNotDue(member: "乙")) {
            try db.recordTalk(by: "乡指导", election: election, member: "乙", on: Self.voted, talkedBy: "乡党委书记", note: "鼓励继续发挥作用", treatment: "补贴")
        }
        try db.recordTalk(by: "乡指导", election: election, member: "乙", on: Self.voted, talkedBy: "乡党委书记", note: "鼓励继续发挥作用", treatment: nil)
        try db.recordTalk(by: "乡指导", election: election, member: "丁", on: Self.voted, talkedBy: "乡党委书记", note: "本人表示支持新班子",
                          treatment: "任职满两届，按县规定每月发放离任补贴")
        #expect(throws: Refusal.talkAlreadyRecorded(member: "乙")) {
            try db.recordTalk(by: "乡指导", election: election, member: "乙", on: Fixture.day, talkedBy: "乡党委书记", note: "再谈", treatment: nil)
        }
        let late = CivilDate(year: 2026, month: 10, day: 18)!
        try db.recordTalk(by: "乡指导", election: election, member: "甲", on: late, talkedBy: "乡党委副书记", note: "落选后情绪稳定", treatment: "不符合离任补贴条件，已向本人说明")
        // Not dated before the last talk.
        #expect(throws: Refusal.self) {
            try db.completeStep(by: "乡指导", election: election, step: 29, happenedOn: CivilDate(year: 2026, month: 10, day: 17)!, records: [minutes])
        }
        try db.completeStep(by: "乡指导", election: election, step: 29, happenedOn: late, records: [minutes])
        #expect(throws: Refusal.stepClosed(step: 29, subject: .talks)) {
            try db.recordTalk(by: "乡指导", election: election, member: "甲", on: late, talkedBy: "乡党委书记", note: "补谈", treatment: "无")
        }
        #expect(try db.counselling(election: election).first { $0.name == "丁" }?.talk?.treatment == "任职满两届，按县规定每月发放离任补贴")
    }

    @Test("talks wait for the approved result")
    func talksAfterResult() throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try fixture.db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("丁", .secretary)])
        #expect(throws: Refusal.talkBeforeResult(step: 27)) {
            try fixture.db.recordTalk(by: "乡指导", election: election, member: "丁", on: Fixture.day, talkedBy: "乡党委书记", note: "谈话", treatment: "无")
        }
        #expect(try fixture.db.counselling(election: election).isEmpty)
    }

    @Test("step 30: only this database's bundle of this election, exported after steps 28 and 29, checked and filed; not a changed one")
    func archive() throws {
        let (fixture, election) = try afterTheResult()
        // The exporter signs the bundle with his key, which traces back to the county reviewer's on this database's trust list.
        let db = fixture.db
        _ = try fixture.db.importTrustList(by: "县审核", TrustList(countyCode: "C", countyName: "示范县", keys: [.init(operatorName: "县审核", publicKey: testPublicKey("县审核"))]))
        func resign(_ bundle: inout ArchiveBundle) throws {
            bundle.bundleSHA256 = try bundle.computedDigest()
            bundle.exporterSignature = try testKey("乡指导").signature(for: Data(bundle.bundleSHA256.utf8)).base64EncodedString()
        }
        try db.completeStep(by: "乡指导", election: election, step: 28, happenedOn: Self.voted, records: [handover])
        for name in ["甲", "乙", "丁"] {
            try db.recordTalk(by: "乡指导", election: election, member: name, on: Self.voted, talkedBy: "乡党委书记", note: "谈心", treatment: name == "乙" ? nil : "无")
        }
        let tooEarly = try db.exportBundle(by: "乡指导", election: election, records: [:])
        try db.completeStep(by: "乡指导", election: election, step: 29, happenedOn: Self.voted, records: [StepRecordInput(kind: .minutes, dated: Self.voted, summary: "谈话")])
        let summary = StepRecordInput(kind: .document, dated: Fixture.day, title: "归档目录", sha256: String(repeating: "d", count: 64))
        let blocked = try #require(throws: Refusal.self) {
            try db.completeStep(by: "乡指导", election: election, step: 30, happenedOn: Fixture.day, records: [summary])
        }
        #expect(blocked.describe(.zh).contains("归档包尚未核验登记"))
        #expect(throws: Refusal.bundleBeforeSteps([29])) { _ = try db.fileArchive(by: "乡指导", election: election, bundle: tooEarly, expectedRecords: [:], on: Fixture.day) }

        let bundle = try db.exportBundle(by: "乡指导", election: election, records: [:])
        // Relabelled as another election, or carrying an event that is not this database's: refused.
        var other = bundle
        other.election.id += 1
        #expect(throws: Refusal.self) { _ = try db.fileArchive(by: "乡指导", election: election, bundle: other, expectedRecords: [:], on: Fixture.day) }
        var forged = bundle
        forged.events[forged.events.count - 1].detail = "{}"
        forged.events[forged.events.count - 1].hash = String(repeating: "0", count: 64)
        #expect(throws: Refusal.bundleNotFromThisDatabase) { _ = try db.fileArchive(by: "乡指导", election: election, bundle: forged, expectedRecords: [:], on: Fixture.day) }
        var edited = bundle
        edited.records["count-report.json"] = "{}"
        #expect(throws: Refusal.self) { _ = try db.fileArchive(by: "乡指导", election: election, bundle: edited, expectedRecords: [:], on: Fixture.day) }
        // An attacker recomputes the unkeyed digest: the exporter's signature no longer verifies.
        edited.bundleSHA256 = try edited.computedDigest()
        let unsigned = try #require(throws: Refusal.self) { _ = try db.fileArchive(by: "乡指导", election: election, bundle: edited, expectedRecords: [:], on: Fixture.day) }
        #expect(unsigned.describe(.en).contains("signature does not verify"))
        // The exporter himself re-signs an edited file: the report, the labels and the roles are still compared with this database.
        try resign(&edited)
        #expect(throws: Refusal.bundleContentDiffers(parts: ["count-report.json"])) {
            _ = try db.fileArchive(by: "乡指导", election: election, bundle: edited, expectedRecords: [:], on: Fixture.day)
        }
        var relabelled = bundle
        relabelled.election.title = "伪造村2026年换届选举"
        relabelled.operators[0].role = "county_deputy_head"
        try resign(&relabelled)
        #expect(throws: Refusal.bundleContentDiffers(parts: ["election", "operators"])) {
            _ = try db.fileArchive(by: "乡指导", election: election, bundle: relabelled, expectedRecords: [:], on: Fixture.day)
        }
        #expect(throws: Refusal.dateBeforeItsGrounds(date: CivilDate(year: 2026, month: 10, day: 9)!, grounds: Self.voted)) {
            _ = try db.fileArchive(by: "乡指导", election: election, bundle: bundle, expectedRecords: [:], on: CivilDate(year: 2026, month: 10, day: 9)!)
        }
        let filing = try db.fileArchive(by: "乡指导", election: election, bundle: bundle, expectedRecords: [:], on: Fixture.day)
        #expect(filing.bundleSHA256 == bundle.bundleSHA256 && filing.headEvent == bundle.events.last!.id)
        try db.completeStep(by: "乡指导", election: election, step: 30, happenedOn: Fixture.day, records: [summary])
        #expect(throws: Refusal.stepClosed(step: 30, subject: .archive)) { _ = try db.fileArchive(by: "乡指导", election: election, bundle: bundle, expectedRecords: [:], on: Fixture.day) }
    }
}
