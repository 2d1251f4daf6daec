import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

@Suite("Choosing candidates (store)")
struct CandidacyStoreTests {
    /// A village of eight: young and old, men and women, one probationary.
    static let roll: [Member] = [
        person("甲", born: "1975-01-01"), person("乙", born: "1975-05-05", female: true), person("丙", born: "1995-03-03"),
        person("丁", born: "1960-01-01"), person("戊", born: "1980-08-08"), person("己", born: "1985-02-02"),
        person("庚", born: "1990-09-09", status: .probationary), person("辛", born: "1978-06-06", education: .juniorHigh),
    ]

    static func person(_ name: String, born: String, female: Bool = false, status: MembershipStatus = .full, education: Education = .highSchool) -> Member {
        Member(name: name, gender: female ? .female : .male, birthDate: CivilDate(parsing: born)!, education: education,
               joinedDate: CivilDate(year: 2015, month: 1, day: 1)!, status: status)
    }

    func ready() throws -> (Fixture, String) {
        let fixture = try Fixture(roll: Self.roll)
        return (fixture, try fixture.startElection())
    }

    @Test("seats: within the range, not above the previous term unless the county allowed it")
    func seats() throws {
        let (fixture, election) = try ready()
        #expect(throws: Refusal.seatsInvalid([.outsideRange(level: .village, range: LocalPlan.seed2018.committeeSeats["village"]!), .abovePreviousTerm(previous: 3)])) { _ = try fixture.db.setSeats(by: "乡指导", election: election, committee: 6, deputySecretary: nil) }
        #expect(throws: Refusal.seatsInvalid([.abovePreviousTerm(previous: 3)])) { _ = try fixture.db.setSeats(by: "乡指导", election: election, committee: 5, deputySecretary: nil) }
        #expect(throws: Refusal.roleNotAllowed(.village, allowed: [.township])) {
            _ = try fixture.db.setSeats(by: "村书记", election: election, committee: 3, deputySecretary: nil)
        }
        // The township committee decides (seed 四、职数配备 "具体由乡镇党委确定"), not the county.
        #expect(throws: Refusal.roleNotAllowed(.county, allowed: [.township, .townshipSecretary])) {
            try fixture.db.allowSeatsAbovePreviousTerm(by: "县审核", election: election, committee: 5, reference: "县组批〔2026〕3号")
        }
        try fixture.db.allowSeatsAbovePreviousTerm(by: "乡指导", election: election, committee: 5, reference: "乡党委〔2026〕3号")
        #expect(try fixture.db.setSeats(by: "乡指导", election: election, committee: 5, deputySecretary: nil) == Seats(committee: 5))
    }

    /// 四 "村党组织委员会委员职数3-5名，一般为3名": a village whose previous committee had 5 may keep 5, but only with the
    /// township's reason on record; a refused act leaves no reason behind.
    @Test("seats: above the usual 3 in a village only with the township's reason")
    func usualSeats() throws {
        let (fixture, election) = try ready()
        try fixture.db.seed { db in try db.execute(sql: "UPDATE organization SET previous_committee_size = 5 WHERE code = 'V1'") }
        #expect(throws: Refusal.seatsInvalid([.aboveUsual(usual: 3)])) { _ = try fixture.db.setSeats(by: "乡指导", election: election, committee: 4, deputySecretary: nil) }
        #expect(throws: Refusal.detailRequired(.seatsReason)) { _ = try fixture.db.setSeats(by: "乡指导", election: election, committee: 4, deputySecretary: nil, reason: "多") }
        #expect(throws: Refusal.seatsInvalid([.outsideRange(level: .village, range: LocalPlan.seed2018.committeeSeats["village"]!)])) {
            _ = try fixture.db.setSeats(by: "乡指导", election: election, committee: 6, deputySecretary: nil, reason: "村大人多，事务繁重")
        }
        #expect(try fixture.db.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM approval WHERE subject = 'seatsAboveUsual'") } == 0)
        #expect(try fixture.db.setSeats(by: "乡指导", election: election, committee: 3, deputySecretary: nil) == Seats(committee: 3))
        #expect(try fixture.db.setSeats(by: "乡指导", election: election, committee: 5, deputySecretary: nil, reason: "村大人多，事务繁重") == Seats(committee: 5))
        // The reason covers the figure it was given for, not more; a lower figure needs none.
        #expect(try fixture.db.setSeats(by: "乡指导", election: election, committee: 4, deputySecretary: nil) == Seats(committee: 4))
    }

    @Test("a recommendation round needs seats first, counts by the rules, and is replaced when recorded again")
    func recommendations() throws {
        let (fixture, election) = try ready()
        let ballots = [
            RecommendationBallot(line: 2, names: [("推荐人选1", "甲"), ("推荐人选2", "乙")]),
            RecommendationBallot(line: 3, names: [("推荐人选1", "甲"), ("推荐人选2", "庚"), ("推荐人选3", "外人")]),
            RecommendationBallot(line: 4, names: [("推荐人选1", "甲"), ("推荐人选2", "乙"), ("推荐人选3", "丙"), ("推荐人选4", "丁")]),
        ]
        // The village had a committee of 3: who sat on it is recorded before anyone is recommended.
        #expect(throws: Refusal.outgoingCommitteeNotRecorded(previous: 3)) {
            _ = try fixture.db.recordRecommendationRound(by: "村书记", election: election, kind: .members, heldOn: Fixture.day, ballots: ballots, maxNames: nil, sourceSHA256: nil)
        }
        #expect(throws: Refusal.outgoingCommitteeTooLarge(count: 4, previous: 3)) {
            try fixture.db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("丁", .secretary), .init("甲", .member), .init("乙", .member), .init("丙", .member)])
        }
        try fixture.db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("丁", .secretary), .init("甲", .member)])
        #expect(throws: Refusal.seatsNotSet) {
            _ = try fixture.db.recordRecommendationRound(by: "村书记", election: election, kind: .members, heldOn: Fixture.day, ballots: ballots, maxNames: nil, sourceSHA256: nil)
        }
        _ = try fixture.db.setSeats(by: "乡指导", election: election, committee: 3, deputySecretary: nil)
        let report = try fixture.db.recordRecommendationRound(by: "村书记", election: election, kind: .members, heldOn: Fixture.day, ballots: ballots, maxNames: nil, sourceSHA256: nil)
        #expect(report.ballots == 3 && report.voidBallots == 1 && report.counted == 3)
        #expect(report.rejected.map(\.value) == ["庚", "外人", nil])
        _ = try fixture.db.recordRecommendationTally(by: "村书记", election: election, kind: .representatives, heldOn: Fixture.day, ballots: 20, voidBallots: 0,
                                                     counts: [RecommendationCount(line: 2, name: "甲", count: 12), RecommendationCount(line: 3, name: "丙", count: 9)], sourceSHA256: nil)
        var view = try fixture.db.candidacy(election: election)
        #expect(view.nominees.first { $0.name == "甲" }.map { ($0.membersVotes, $0.representativesVotes) }! == (2, 12))
        // Recorded again: replaced, not added to.
        _ = try fixture.db.recordRecommendationRound(by: "村书记", election: election, kind: .members, heldOn: Fixture.day, ballots: [ballots[0]], maxNames: nil, sourceSHA256: nil)
        view = try fixture.db.candidacy(election: election)
        #expect(view.nominees.first { $0.name == "甲" }?.membersVotes == 1)
        #expect(view.rounds.count == 2)
        // A tally above the valid ballots is bad input.
        expectRefusal(where: { $0.importIssues.map { "\($0.line):\($0.column ?? "")" } == ["2:票数"] }) {
            _ = try fixture.db.recordRecommendationTally(by: "村书记", election: election, kind: .representatives, heldOn: Fixture.day, ballots: 5, voidBallots: 1,
                                                         counts: [RecommendationCount(line: 2, name: "甲", count: 5)], sourceSHA256: nil)
        }
        // 20 ballots of at most 3 names hold at most 60 recommendations: 61 is a miscount, wherever it sits.
        let overfull = ["甲", "乙", "丙"].enumerated().map { RecommendationCount(line: $0.offset + 2, name: $0.element, count: 20) }
            + [RecommendationCount(line: 5, name: "外人", count: 1)]
        #expect(throws: Refusal.recommendationTallyExceedsBallots(total: 61, valid: 20, maxNames: 3)) {
            _ = try fixture.db.recordRecommendationTally(by: "村书记", election: election, kind: .representatives, heldOn: Fixture.day, ballots: 20, voidBallots: 0,
                                                         counts: overfull, sourceSHA256: nil)
        }
    }

    @Test("the report shows every nominee's eligibility per post and each list's problems")
    func report() throws {
        let (fixture, election) = try ready()
        _ = try fixture.db.setSeats(by: "乡指导", election: election, committee: 3, deputySecretary: nil)
        try fixture.db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("丁", .secretary), .init("甲", .member)])
        try fixture.seedRecommended(election, ["丁", "甲", "乙", "辛"])
        try fixture.db.setList(by: "村书记", election: election, stage: .initial, entries: [
            .init("丁", [.member, .secretary]), .init("甲", [.member]), .init("乙", [.member]), .init("辛", [.member]),
        ])
        var view = try fixture.db.candidacy(election: election)
        let ding = try #require(view.nominees.first { $0.name == "丁" })
        // 丁 is 66 on the congress date: an incumbent secretary over 60 needs the decision; over 55 as a member too.
        #expect(ding.eligibility.map(\.post) == [.member, .secretary])
        #expect(ding.eligibility.allSatisfy { !$0.eligible })
        #expect(ding.eligibility.flatMap(\.findings).allSatisfy { $0.effect == "needs_decision" })
        let xin = try #require(view.nominees.first { $0.name == "辛" })
        #expect(xin.eligibility.first?.findings.map(\.rule) == ["education"])
        let initial = try #require(view.listProblems["initial"]).map(\.message)
        #expect(initial.contains { $0.zh.contains("丁不能作为委员人选") })
        #expect(initial.contains { $0.zh.contains("没有35岁以下党员") })

        // The incumbent secretary stands again only once the township weighed the nine 不宜 items.
        #expect(view.nominees.first { $0.name == "丁" }!.eligibility.last!.findings.contains { $0.rule == "unsuitable_secretary" })
        #expect(throws: Refusal.notIncumbentSecretary(member: "甲")) {
            try fixture.db.assessSecretary(by: "乡指导", election: election, member: "甲", found: [], note: "研判", on: Fixture.day)
        }
        #expect(throws: Refusal.roleNotAllowed(.county, allowed: [.township])) {
            try fixture.db.assessSecretary(by: "县审核", election: election, member: "丁", found: [], note: "研判", on: Fixture.day)
        }
        try fixture.db.assessSecretary(by: "乡指导", election: election, member: "丁", found: [], note: "逐项研判，均不属于", on: Fixture.day)
        #expect(throws: Refusal.secretaryAlreadyAssessed(member: "丁")) {
            try fixture.db.assessSecretary(by: "乡指导", election: election, member: "丁", found: [.poorResults], note: "再次研判", on: Fixture.day)
        }
        // Both levels for the age exception, the township first; either reviewer acknowledges education.
        #expect(throws: Refusal.townshipDecisionFirst(member: "丁")) {
            try fixture.db.decide(by: "县审核", election: election, member: "丁", kind: .ageException, note: "县领导小组审定")
        }
        try fixture.db.decide(by: "乡指导", election: election, member: "丁", kind: .ageException, note: "业绩突出")
        view = try fixture.db.candidacy(election: election)
        #expect(view.nominees.first { $0.name == "丁" }!.eligibility.allSatisfy { !$0.eligible })
        try fixture.db.decide(by: "县审核", election: election, member: "丁", kind: .ageException, note: "县领导小组审定")
        try fixture.db.decide(by: "乡指导", election: election, member: "辛", kind: .educationAcknowledged, note: nil)
        try fixture.db.acknowledgeStructure(by: "乡指导", election: election, stage: .initial, noYouth: true, reason: "青年党员均外出务工")
        view = try fixture.db.candidacy(election: election)
        #expect(view.nominees.allSatisfy { $0.eligibility.allSatisfy(\.eligible) })
        #expect(view.listProblems["initial"]?.filter(\.blocks).isEmpty == true)
        #expect(view.listProblems["initial"]?.map(\.message.zh) == ["人选中没有35岁以下党员（原则上应有1名），已确认"])

        // A 不得 finding excludes, naming its source.
        try fixture.db.recordFinding(by: "县审核", election: election, member: "乙", finding: .disqualifying(.voteBuying), source: "县纪委监委", detail: "查实拉票")
        view = try fixture.db.candidacy(election: election)
        let afterFinding = view.listProblems["initial"]?.filter(\.blocks).map(\.message.zh) ?? []
        #expect(afterFinding.count == 1)
        #expect(afterFinding.first?.contains("乙不能作为委员人选") == true)
        #expect(afterFinding.first?.contains("县纪委监委") == true)
    }

    @Test("the county's approval of a sanction exception is held to the township's 15%, counting persons in this round of elections")
    func sanctionCap() throws {
        let fixture = try Fixture(roll: Self.roll)
        // Seven villages in the township: 15% of 7 is 1.05, so one person may stand by the decision, not two,
        // even in the same village (此类人选人数…不得超过村（社区）总数的15%).
        for index in 3...8 {
            try fixture.db.addOrganization(by: "县审核", code: "V\(index)", name: "村\(index)", level: .village, parentCode: "T", previousCommitteeSize: 3)
        }
        _ = try fixture.db.importRoll(by: "乡指导", organizationCode: "V3", ParsedRoll(members: [(2, Self.person("壬", born: "1980-01-01"))], warnings: []))
        let first = try fixture.startElection()
        let second = String(try fixture.db.startElection(by: "乡指导", organizationCode: "V3", title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!))
        try fixture.db.recordSanction(by: "乡指导", election: first, member: "甲", until: CivilDate(year: 2027, month: 3, day: 1)!, detail: "党内警告")
        try fixture.db.decide(by: "乡指导", election: first, member: "甲", kind: .sanctionException, note: nil)
        try fixture.db.decide(by: "县审核", election: first, member: "甲", kind: .sanctionException, note: nil)
        // The county may record its decision again for the same person: still one person.
        try fixture.db.decide(by: "县审核", election: first, member: "甲", kind: .sanctionException, note: "复议")
        try fixture.db.recordSanction(by: "乡指导", election: first, member: "乙", until: CivilDate(year: 2027, month: 3, day: 1)!, detail: "党内警告")
        try fixture.db.decide(by: "乡指导", election: first, member: "乙", kind: .sanctionException, note: nil)
        #expect(throws: Refusal.sanctionCapExceeded(member: "乙", persons: 2, organizations: 7, capPercent: 15)) {
            try fixture.db.decide(by: "县审核", election: first, member: "乙", kind: .sanctionException, note: nil)
        }
        try fixture.db.recordSanction(by: "乡指导", election: second, member: "壬", until: CivilDate(year: 2027, month: 3, day: 1)!, detail: "党内警告")
        try fixture.db.decide(by: "乡指导", election: second, member: "壬", kind: .sanctionException, note: nil)
        #expect(throws: Refusal.sanctionCapExceeded(member: "壬", persons: 2, organizations: 7, capPercent: 15)) {
            try fixture.db.decide(by: "县审核", election: second, member: "壬", kind: .sanctionException, note: nil)
        }
        // Another round of elections (another procedure) has its own 15%.
        _ = try fixture.db.registerCatalog(by: "县审核", text: try StepKeyTests.renumberedCatalog())
        _ = try fixture.db.importRoll(by: "乡指导", organizationCode: "V4", ParsedRoll(members: [(2, Self.person("癸", born: "1980-01-01"))], warnings: []))
        let nextRound = String(try fixture.db.startElection(by: "乡指导", organizationCode: "V4", title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!,
                                                             procedureKey: "renumbered"))
        try fixture.db.recordSanction(by: "乡指导", election: nextRound, member: "癸", until: CivilDate(year: 2027, month: 3, day: 1)!, detail: "党内警告")
        try fixture.db.decide(by: "乡指导", election: nextRound, member: "癸", kind: .sanctionException, note: nil)
        try fixture.db.decide(by: "县审核", election: nextRound, member: "癸", kind: .sanctionException, note: nil)
    }

    @Test("item (6) of the nine starts from the roll: an incumbent secretary with junior high school is found unfit, or judged to meet today's needs")
    func lowEducationItem() throws {
        let (fixture, election) = try ready()
        try fixture.db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("辛", .secretary)])
        #expect(throws: Refusal.lowEducationItemUndecided(member: "辛", education: .juniorHigh)) {
            try fixture.db.assessSecretary(by: "乡指导", election: election, member: "辛", found: [], note: "研判", on: Fixture.day)
        }
        try fixture.db.assessSecretary(by: "乡指导", election: election, member: "辛", found: [.lowEducation], note: "文化程度初中，不适应信息化工作", on: Fixture.day)
        try fixture.seedRecommended(election, ["辛"])
        try fixture.db.setList(by: "村书记", election: election, stage: .initial, entries: [.init("辛", [.member, .secretary])])
        let xin = try #require(try fixture.db.candidacy(election: election).nominees.first { $0.name == "辛" })
        #expect(xin.eligibility.first { $0.post == .secretary }?.eligible == false)
        #expect(xin.eligibility.first { $0.post == .member }?.findings.contains { $0.rule == "unsuitable_secretary" } == false)
    }

    @Test("a list freezes when its step closes")
    func frozen() throws {
        let (fixture, election) = try ready()
        try fixture.db.seed { db in
            try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, 16, 'completed', '2026-10-01', 1, 'now')",
                           arguments: [Int(election)!])
        }
        #expect(throws: Refusal.stepClosed(step: 16, subject: .list(.inspection))) {
            try fixture.db.setList(by: "村书记", election: election, stage: .inspection, entries: [.init("甲", [.member])])
        }
        try fixture.seedListChain(election, [.init("甲", [])])
        try fixture.db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member])])
    }
}
