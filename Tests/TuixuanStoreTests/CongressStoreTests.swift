import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

@Suite("The members' congress (store)")
struct CongressStoreTests {
    /// Steps 1–18 done, seats 3, the prospective list 甲 (secretary), 乙, 丙, 壬; nine voters (庚 is probationary).
    func atCongress() throws -> (AppDatabase, String) {
        let fixture = try Fixture(roll: CandidacyStepsTests.roll)
        let db = fixture.db
        let election = try fixture.startElection()
        try db.seed { db in
            for step in 1...18 {
                try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                               arguments: [Int(election)!, step])
            }
            try db.execute(sql: "INSERT INTO seat_plan (election_id, committee, secretary, deputy_secretary, set_by, set_at) VALUES (?, 3, 1, 0, 1, 'now')", arguments: [Int(election)!])
        }
        try db.seed { db in
            for (name, posts) in [("甲", "member,secretary"), ("乙", "member"), ("丙", "member"), ("壬", "member")] {
                try db.execute(sql: """
                    INSERT INTO list_entry (election_id, stage, member_id, posts) SELECT ?, 'prospective', id, ? FROM member WHERE name = ?
                    """, arguments: [Int(election)!, posts, name])
            }
        }
        try db.addOperator(by: "乡指导", name: "计票员A", role: .teller, organizationCode: Fixture.village)
        try db.addOperator(by: "乡指导", name: "计票员B", role: .teller, organizationCode: Fixture.village)
        try db.addOperator(by: "乡指导", name: "丁", role: .scrutineer, organizationCode: Fixture.village)
        return (db, election)
    }

    func ballots(_ rows: [String]) -> [BallotEntry] {
        rows.map { row in BallotEntry(marks: row.map { Mark(reading: $0 == "-" ? "" : String($0)) }) }
    }

    @Test("officers: a candidate can never be a scrutineer")
    func officers() throws {
        let (db, election) = try atCongress()
        #expect(throws: Refusal.candidateAsOfficer(member: "乙", duty: .chiefScrutineer)) { try db.appointOfficers(by: "村书记", election: election, chief: "乙", scrutineers: [], tellers: ["己"]) }
        #expect(throws: Refusal.candidateAsOfficer(member: "丙", duty: .scrutineer)) { try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["丙"], tellers: ["己"]) }
        try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: ["己", "辛"])
        #expect(try db.officers(election: election).map(\.duty) == [.chiefScrutineer, .scrutineer, .teller, .teller])
        // A teller need not be on the roll: the presiding committee may designate the meeting's staff (条例; rules.md).
        #expect(throws: Refusal.staffTellerOnRoll(name: "己")) {
            try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: [], staffTellers: [("己", "村会计")])
        }
        #expect(throws: Refusal.detailRequired(.staffTellerPosition)) {
            try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: [], staffTellers: [("王会计", " ")])
        }
        try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: [], staffTellers: [("王会计", "乡财政所")])
        #expect(try db.officers(election: election).map(\.name) == ["丁", "戊", "王会计"])
        #expect(try db.writer.read { try db.loadFacts($0, electionID: Int64(election)!) }.tellers == 1)
    }

    @Test("quorum: more than 4/5 under the default method, at least 4/5 when the method adopts it")
    func quorum() throws {
        let (db, election) = try atCongress()
        _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: Fixture.day)
        var status = try db.checkIn(by: "村书记", election: election, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛"])
        #expect((status.expected, status.present, status.needed, status.quorate) == (9, 7, 8, false))
        #expect(throws: Refusal.noQuorum(present: 7, expected: 9, needed: 8, comparison: .moreThan)) { _ = try db.openRound(by: "村书记", election: election, kind: .committee) }
        #expect(throws: Refusal.notExpected(member: "庚", body: .congress)) { _ = try db.checkIn(by: "村书记", election: election, members: ["庚"]) }   // probationary: no vote
        status = try db.checkIn(by: "村书记", election: election, members: ["壬"])
        #expect(status.quorate)
        _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: nil, quorumComparison: .atLeast, secretaryMode: .indirect, adoptedOn: Fixture.day)
        #expect(try db.quorum(election: election).needed == 8)   // 4/5 of 9 is 7.2: at least 8 either way
    }

    @Test("a round: two entries, a discrepancy decided by the scrutineers, a void round kept, the count and the secretary")
    func round() throws {
        let (db, election) = try atCongress()
        _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: Fixture.day)
        try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: ["己"])
        _ = try db.checkIn(by: "村书记", election: election, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛", "壬"])

        // Round 1: more returned than issued — void, kept.
        #expect(try db.openRound(by: "村书记", election: election, kind: .committee).number == 1)
        try db.importEntry(by: "计票员A", election: election, round: nil, entry: .A, ballots: ballots(["○○○×"]))
        #expect(try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 9).state == .void)

        // Round 2: candidates in ballot (stroke) order: 乙(1) 壬(4) 丙(5) 甲(5).
        #expect(try db.openRound(by: "村书记", election: election, kind: .committee).number == 2)
        #expect(try db.rounds(election: election).last?.candidates == ["乙", "壬", "丙", "甲"])
        let stack = ["○×○○", "○-○○", "○×○○", "○○×○", "○×○○", "×○○○", "○×-○", "○○○○"]
        try db.importEntry(by: "计票员A", election: election, round: nil, entry: .A, ballots: ballots(stack))
        var second = stack
        second[3] = "○×○○"   // teller B misread ballot 4
        #expect(throws: Refusal.sameTellerBothEntries(teller: "计票员A", otherEntry: "A")) {   // the same teller cannot make both entries
            try db.importEntry(by: "计票员A", election: election, round: nil, entry: .B, ballots: ballots(second))
        }
        try db.importEntry(by: "计票员B", election: election, round: nil, entry: .B, ballots: ballots(second))
        #expect(throws: Refusal.placesUndecided(["A4/B4"])) { _ = try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 8) }
        let places = try db.reconciliation(election: election, round: nil).places
        #expect(places.filter(\.needsDecision).map(\.key) == ["A4/B4"])
        #expect(throws: Refusal.roleNotAllowed(.teller, allowed: [.scrutineer])) {   // only scrutineers decide
            try db.decidePlace(by: "计票员A", election: election, round: nil, place: "A4/B4", ballot: ballots(["○○×○"])[0], note: "复核")
        }
        try db.decidePlace(by: "丁", election: election, round: nil, place: "A4/B4", ballot: ballots(["○○×○"])[0], note: "监票人复核原票：壬为○、丙为×")
        #expect(throws: Refusal.stackDiffersFromReturned(stack: 8, returned: 7)) { _ = try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 7) }
        let closed = try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 8)
        #expect(closed.state == .closed)
        let count = try #require(closed.count)
        #expect((count.valid, count.overvoted) == (7, 1))
        #expect(count.candidates.map(\.yes) == [6, 2, 5, 7])
        #expect(count.candidates.map(\.no) == [1, 4, 1, 0])
        #expect(count.candidates.map(\.abstain) == [0, 1, 1, 0])
        // Base: expected attendance 9 (2020): more than 4.5 → 5 yes votes.
        #expect(closed.outcome?.elected == ["甲", "乙", "丙"])
        #expect(closed.base == 9)
        #expect(throws: Refusal.everySeatFilled) { _ = try db.openRound(by: "村书记", election: election, kind: .further) }

        // The secretary, indirectly: the new committee's plenary.
        #expect(throws: Refusal.noQuorum(present: 0, expected: 3, needed: 3, comparison: .moreThan, body: .committee)) { _ = try db.openRound(by: "村书记", election: election, kind: .secretary) }
        _ = try db.checkIn(by: "村书记", election: election, body: .committee, members: ["甲", "乙", "丙"])
        #expect(try db.openRound(by: "村书记", election: election, kind: .secretary).number == 3)
        let rounds = try db.rounds(election: election)
        #expect(rounds.last?.candidates == ["甲"])
        #expect(rounds.last?.body == .committee)
        #expect(rounds.last?.expected == 3)
        try db.importEntry(by: "计票员A", election: election, round: nil, entry: .A, ballots: ballots(["○", "○", "×"]))
        try db.importEntry(by: "计票员B", election: election, round: nil, entry: .B, ballots: ballots(["○", "○", "×"]))
        let secretary = try db.closeRound(by: "丁", election: election, round: nil, issued: 3, returned: 3)
        #expect(secretary.outcome?.elected == ["甲"])
        // Closed rounds never change.
        #expect(throws: (any Error).self) {
            try db.writer.write { db in try db.execute(sql: "UPDATE voting_round SET seats = 9 WHERE number = 2") }
        }
    }
}

@Suite("Further rounds, run-offs, seat reduction, hand counts, a direct secretary (store)")
struct CongressRoundsTests {
    let base = CongressStoreTests()

    /// The congress open with 8 of 9 present; candidates in ballot order 乙 壬 丙 甲.
    func opened(secretary: ElectionMethod.SecretaryMode = .indirect) throws -> (AppDatabase, String) {
        let (db, election) = try base.atCongress()
        _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: nil, quorumComparison: nil, secretaryMode: secretary, adoptedOn: Fixture.day)
        try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: ["己"])
        _ = try db.checkIn(by: "村书记", election: election, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛", "壬"])
        return (db, election)
    }

    /// A hand count of 8 valid ballots: yes per candidate in ballot order, the rest no.
    func handCount(_ db: AppDatabase, _ election: String, names: [String], yes: [Int]) throws -> RoundView {
        let count = RoundCount(returned: 8, valid: 8, overvoted: 0, spoiled: 0,
                               candidates: zip(names, yes).map { CandidateCount(name: $0.0, yes: $0.1, no: 8 - $0.1, abstain: 0) }, writeIns: [], awaitingRuling: [])
        try db.recordTallySheet(by: "丁", election: election, round: nil, count: count)
        return try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 8)
    }

    @Test("the secretary nominee not elected to the committee, then a vote that elects no one: the township proposes another each time")
    func secretaryNomineeReplaced() throws {
        let (db, election) = try opened(secretary: .direct)
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        // 甲, the secretary nominee, is not elected to the committee (2 of the 5 yes votes the base of 9 needs).
        #expect(try handCount(db, election, names: ["乙", "壬", "丙", "甲"], yes: [6, 5, 7, 2]).outcome?.elected == ["丙", "乙", "壬"])
        #expect(throws: Refusal.noNomineeElected(post: .secretary)) { _ = try db.openRound(by: "村书记", election: election, kind: .secretary) }
        func propose(_ name: String, by who: String = "乡指导", reason: String = "乡镇党委会议研究") throws {
            try db.proposeNominee(by: who, election: election, post: .secretary, member: name, reason: reason, countyToldOn: Fixture.day)
        }
        #expect(throws: Refusal.roleNotAllowed(.village, allowed: [.township])) { try propose("乙", by: "村书记") }
        #expect(throws: Refusal.notOnElectedCommittee(member: "丁")) { try propose("丁") }
        #expect(throws: Refusal.detailRequired(.proposalReason)) { try propose("乙", reason: " ") }
        try propose("乙")
        // The proposed nominee is voted on before anyone else is proposed.
        #expect(throws: Refusal.nomineeStillStands(post: .secretary, nominees: ["乙"])) { try propose("丙") }
        let vote = try db.openRound(by: "村书记", election: election, kind: .secretary)
        #expect(vote.candidates == ["乙"] && vote.body == .congress)
        // 乙 has 3; 丁, written in by 5, is not on the committee and cannot be elected secretary.
        let count = RoundCount(returned: 8, valid: 8, overvoted: 0, spoiled: 0, candidates: [CandidateCount(name: "乙", yes: 3, no: 5, abstain: 0)],
                               writeIns: [CandidateCount(name: "丁", yes: 5, no: 0, abstain: 0)], awaitingRuling: [])
        try db.recordTallySheet(by: "丁", election: election, round: nil, count: count)
        #expect(try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 8).outcome?.elected == [])
        // The vote elected no one: not held again on the same nominee until the township proposes one.
        #expect(throws: Refusal.nomineeNeeded(post: .secretary)) { _ = try db.openRound(by: "村书记", election: election, kind: .secretary) }
        try propose("丙")
        #expect(try db.openRound(by: "村书记", election: election, kind: .secretary).candidates == ["丙"])
        #expect(try handCount(db, election, names: ["丙"], yes: [6]).outcome?.elected == ["丙"])
        #expect(throws: Refusal.postAlreadyFilled(post: .secretary, by: "丙")) { _ = try db.openRound(by: "村书记", election: election, kind: .secretary) }
        #expect(throws: Refusal.postAlreadyFilled(post: .secretary, by: "丙")) { try propose("壬") }
        let facts = try db.writer.read { conn in try db.loadFacts(conn, electionID: Int64(election)!) }
        #expect(facts.secretaryElected)
        #expect(try db.events(election: election).filter { $0.kind == "nominee.proposed" }.count == 2)
    }

    @Test("a hand count must add up")
    func handCountChecks() throws {
        let (db, election) = try opened()
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        let bad = RoundCount(returned: 8, valid: 8, overvoted: 0, spoiled: 0,
                             candidates: [CandidateCount(name: "乙", yes: 6, no: 1, abstain: 0)] + ["壬", "丙", "甲"].map { CandidateCount(name: $0, yes: 4, no: 4, abstain: 0) },
                             writeIns: [], awaitingRuling: [])
        #expect(throws: Refusal.tallyPersonSum(name: "乙", valid: 8)) { try db.recordTallySheet(by: "丁", election: election, round: nil, count: bad) }
        var wrongTotal = bad
        wrongTotal.candidates[0].no = 2
        wrongTotal.valid = 7
        #expect(throws: Refusal.tallyValidPlusInvalid(valid: 7, invalid: 0, returned: 8)) { try db.recordTallySheet(by: "丁", election: election, round: nil, count: wrongTotal) }
        let overfull = RoundCount(returned: 8, valid: 8, overvoted: 0, spoiled: 0,
                                  candidates: ["乙", "壬", "丙", "甲"].map { CandidateCount(name: $0, yes: 7, no: 1, abstain: 0) }, writeIns: [], awaitingRuling: [])
        #expect(throws: Refusal.tallyApprovalsExceed(approvals: 28, valid: 8, seats: 3)) { try db.recordTallySheet(by: "丁", election: election, round: nil, count: overfull) }   // 28 yes > 8 × 3
    }

    @Test("a tie at the cut-off is resolved by a run-off among the tied")
    func runOff() throws {
        let (db, election) = try opened()
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        let first = try handCount(db, election, names: ["乙", "壬", "丙", "甲"], yes: [6, 5, 5, 7])
        #expect(first.outcome?.elected == ["甲", "乙"])
        #expect(first.outcome?.tiedAtCutoff == ["丙", "壬"])
        #expect(throws: Refusal.tieAwaitsRunOff) { _ = try db.openRound(by: "村书记", election: election, kind: .further) }
        _ = try db.openRound(by: "村书记", election: election, kind: .runoff)
        #expect(try db.rounds(election: election).last?.candidates == ["壬", "丙"])
        #expect(try db.rounds(election: election).last?.seats == 1)
        let second = try handCount(db, election, names: ["壬", "丙"], yes: [2, 6])
        #expect(second.outcome?.elected == ["丙"])
        #expect(try db.writer.read { conn in try db.electedCommittee(conn, electionID: Int64(election)!) } == ["甲", "乙", "丙"])
    }

    @Test("a run-off that ties again goes to another run-off; its winner is elected with the most votes, even under half")
    func runOffAgain() throws {
        let (db, election) = try opened()
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        _ = try handCount(db, election, names: ["乙", "壬", "丙", "甲"], yes: [6, 5, 5, 7])
        _ = try db.openRound(by: "村书记", election: election, kind: .runoff)
        let tiedAgain = try handCount(db, election, names: ["壬", "丙"], yes: [3, 3])
        #expect(tiedAgain.outcome?.elected == [] && tiedAgain.outcome?.tiedAtCutoff == ["丙", "壬"] && tiedAgain.outcome?.runOffSeats == 1)
        // The seat the tie leaves is not voted away: the tied already passed the threshold.
        #expect(throws: Refusal.tieAwaitsRunOff) { _ = try db.reduceSeats(by: "村书记", election: election, votesFor: 8, decidedOn: Fixture.day) }
        #expect(throws: Refusal.tieAwaitsRunOff) { _ = try db.openRound(by: "村书记", election: election, kind: .further) }
        #expect(try db.openRound(by: "村书记", election: election, kind: .runoff).candidates == ["壬", "丙"])
        // 4 of the base of 9 is not more than half, but the tied already passed the threshold: the most votes win.
        let decided = try handCount(db, election, names: ["壬", "丙"], yes: [4, 3])
        #expect(decided.outcome?.elected == ["壬"] && decided.outcome?.shortfall == 0)
        #expect(try db.writer.read { conn in try db.electedCommittee(conn, electionID: Int64(election)!) } == ["甲", "乙", "壬"])
    }

    @Test("a shortfall is filled by a further round keeping the margin; reducing the seats is refused below the minimum")
    func further() throws {
        let (db, election) = try opened()
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        let first = try handCount(db, election, names: ["乙", "壬", "丙", "甲"], yes: [6, 2, 4, 7])
        #expect(first.outcome?.elected == ["甲", "乙"])
        #expect(first.outcome?.shortfall == 1)
        #expect(throws: Refusal.belowMinimumSeats(elected: 2, minimum: 3, level: .village)) { _ = try db.reduceSeats(by: "村书记", election: election, votesFor: 8, decidedOn: Fixture.day) }
        _ = try db.openRound(by: "村书记", election: election, kind: .further)
        let round = try #require(try db.rounds(election: election).last)
        #expect(round.candidates == ["壬", "丙"])   // one seat needs two candidates
        #expect(round.seats == 1)
        let second = try handCount(db, election, names: ["壬", "丙"], yes: [1, 5])
        #expect(second.outcome?.elected == ["丙"])
    }

    @Test("the seats may be reduced to those elected with more than half of those present; exactly half is refused")
    func reduction() throws {
        let (db, election) = try opened()
        try db.seed { db in try db.execute(sql: "UPDATE seat_plan SET committee = 4") }
        try db.seed { db in
            try db.execute(sql: "INSERT INTO list_entry (election_id, stage, member_id, posts) SELECT ?, 'prospective', id, 'member' FROM member WHERE name = '癸'",
                           arguments: [Int(election)!])
        }
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        let names = try #require(try db.rounds(election: election).last?.candidates)
        let yes = names.map { ["甲": 7, "乙": 6, "丙": 5][$0] ?? 1 }
        let first = try handCount(db, election, names: names, yes: yes)
        #expect(first.outcome?.shortfall == 1)
        #expect(throws: Refusal.reductionNeedsMajority(present: 8, votesFor: 4)) { _ = try db.reduceSeats(by: "村书记", election: election, votesFor: 4, decidedOn: Fixture.day) }
        #expect(try db.reduceSeats(by: "村书记", election: election, votesFor: 5, decidedOn: Fixture.day) == 3)
        let facts = try db.writer.read { conn in try db.loadFacts(conn, electionID: Int64(election)!) }
        #expect(facts.committeeSeats == 3 && facts.committeeElected == 3)
        // Once reduced, a second reduction is a refusal (it was a raw UNIQUE constraint failure), and no further
        // round opens for the seat voted away.
        #expect(throws: Refusal.seatsAlreadyReduced(to: 3)) { _ = try db.reduceSeats(by: "村书记", election: election, votesFor: 8, decidedOn: Fixture.day) }
        // The reduction shows wherever the seats do: the count report and the reviewer's candidacy view.
        #expect(try db.countReport(election: election).seatReduction == SeatReduction(seatsFrom: 4, seatsTo: 3, votesFor: 5, present: 8, decidedOn: Fixture.day))
        #expect(try db.candidacy(election: election).seatReduction?.seatsTo == 3)
        #expect(throws: Refusal.everySeatFilled) { _ = try db.openRound(by: "村书记", election: election, kind: .further) }
    }

    @Test("a congress short of its quorum adjourns and meets again with a new check-in; who came to the first sitting is kept")
    func adjournedForQuorum() throws {
        let (db, election) = try base.atCongress()
        // The first sitting is today (Fixture.day); the congress meets again five days later.
        let first = Fixture.day, later = Fixture.day.adding(days: 5)
        _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect,
                               adoptedOn: first.adding(days: -10))
        try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: ["己"])
        let short = try db.checkIn(by: "村书记", election: election, members: ["甲", "乙", "丙", "丁", "戊", "己"])
        #expect(!short.quorate)
        #expect(throws: Refusal.noQuorum(present: 6, expected: short.expected, needed: short.needed, comparison: .moreThan)) {
            _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        }
        #expect(try db.congressNext(election: election) == .checkIn(present: 6, needed: short.needed))
        #expect(throws: Refusal.reconveneNotAfterAdjournment(adjournedOn: first, reconveneOn: first)) {
            _ = try db.adjournCongress(by: "村书记", election: election, reason: .noQuorum, note: "到会不足", adjournedOn: first, reconveneOn: first)
        }
        #expect(throws: Refusal.detailRequired(.adjournmentNote)) {
            _ = try db.adjournCongress(by: "村书记", election: election, reason: .noQuorum, note: " ", adjournedOn: first, reconveneOn: later)
        }
        // Not dated before the check-in of the sitting it ends.
        #expect(throws: Refusal.dateBeforeItsGrounds(date: first.adding(days: -1), grounds: first)) {
            _ = try db.adjournCongress(by: "村书记", election: election, reason: .noQuorum, note: "x", adjournedOn: first.adding(days: -1), reconveneOn: later)
        }
        let adjournment = try db.adjournCongress(by: "村书记", election: election, reason: .noQuorum, note: "到会不足，经乡镇党委同意另定日期",
                                                 adjournedOn: first, reconveneOn: later)
        #expect(adjournment.sitting == 1 && adjournment.present == 6 && adjournment.expected == short.expected)
        // The new sitting starts with nobody checked in, against the same expected attendance, not before its date.
        let fresh = try db.quorum(election: election)
        #expect(fresh.present == 0 && fresh.expected == short.expected)
        #expect(try db.congressNext(election: election) == .reconvene(adjournedOn: first, reconveneOn: later, present: 0, needed: short.needed))
        let kept = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM adjourned_attendance WHERE sitting = 1") }
        #expect(kept == 6)
        #expect(throws: Refusal.congressNotYetReconvened(on: later)) { _ = try db.checkIn(by: "村书记", election: election, members: ["甲"]) }
        let reconvened = try AppDatabase(writer: db.writer, keyring: .test, clock: { Fixture.now.addingTimeInterval(5 * 86_400) })
        let back = try reconvened.checkIn(by: "村书记", election: election, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛", "壬"])
        #expect(back.quorate && back.present == 8)
        // Not for want of a quorum that is there.
        #expect(throws: Refusal.quorumPresent) {
            _ = try reconvened.adjournCongress(by: "村书记", election: election, reason: .noQuorum, note: "x", adjournedOn: later, reconveneOn: later.adding(days: 1))
        }
        let round = try reconvened.openRound(by: "村书记", election: election, kind: .committee)
        #expect(round.present == 8)
        // Rounds follow one another in time: with the clock set back a day, no round opens before this one.
        let earlier = try AppDatabase(writer: db.writer, keyring: .test, clock: { Fixture.now.addingTimeInterval(4 * 86_400) })
        _ = try handCount(reconvened, election, names: round.candidates, yes: round.candidates.map { _ in 1 })
        #expect(throws: Refusal.dateBeforeItsGrounds(date: later.adding(days: -1), grounds: later)) {
            _ = try earlier.openRound(by: "村书记", election: election, kind: .further)
        }
        #expect(try db.countReport(election: election).adjournments == [adjournment])
        #expect(try db.verifyAudit().isIntact)
    }

    @Test("a method that allows one further round: after it, the seats are reduced or the congress adjourns and reports to the township")
    func furtherRoundsExhausted() throws {
        let (db, election) = try base.atCongress()
        try db.seed { db in try db.execute(sql: "UPDATE seat_plan SET committee = 4") }
        try db.seed { db in
            try db.execute(sql: "INSERT INTO list_entry (election_id, stage, member_id, posts) SELECT ?, 'prospective', id, 'member' FROM member WHERE name = '癸'",
                           arguments: [Int(election)!])
        }
        _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: Fixture.day,
                               furtherRoundLimit: 1)
        try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: ["己"])
        _ = try db.checkIn(by: "村书记", election: election, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛", "壬"])
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        let names = try #require(try db.rounds(election: election).last?.candidates)
        _ = try handCount(db, election, names: names, yes: names.map { ["甲": 7, "乙": 6][$0] ?? 1 })
        #expect(try db.congressNext(election: election) == .furtherRound(seatsEmpty: 2, reducible: false))
        let further = try db.openRound(by: "村书记", election: election, kind: .further)
        _ = try handCount(db, election, names: further.candidates, yes: further.candidates.map { $0 == further.candidates[0] ? 6 : 1 })
        #expect(try db.congressNext(election: election) == .furtherRoundsExhausted(seatsEmpty: 1, limit: 1, reducible: true))
        #expect(throws: Refusal.furtherRoundsExhausted(limit: 1, seatsEmpty: 1, reducible: true)) { _ = try db.openRound(by: "村书记", election: election, kind: .further) }
        let later = Fixture.day.adding(days: 14)
        let adjourned = try db.adjournCongress(by: "乡指导", election: election, reason: .seatsUnfilled, note: "尚缺1名，报乡镇党委研究", adjournedOn: Fixture.day,
                                               reconveneOn: later)
        #expect(adjourned.reason == .seatsUnfilled)
        let board = try db.writer.read { conn in try db.loadFacts(conn, electionID: Int64(election)!) }
        #expect(board.congressNext == .reconvene(adjournedOn: Fixture.day, reconveneOn: later, present: 0, needed: 8))
        #expect(try db.verifyAudit().isIntact)
    }

    @Test("review of the congress paths: no second seat for a write-in already elected; the method fixed once voting; no reduction without a quorum")
    func reviewedPaths() throws {
        let (db, election) = try opened()
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        #expect(throws: Refusal.methodFixedOnceVoting) {
            _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: .present, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: Fixture.day)
        }
        _ = try handCount(db, election, names: ["乙", "壬", "丙", "甲"], yes: [6, 2, 4, 7])
        // A further round where five ballots write in 甲, already elected: he fills no second seat.
        let further = try db.openRound(by: "村书记", election: election, kind: .further)
        #expect(further.candidates == ["壬", "丙"])
        let count = RoundCount(returned: 8, valid: 8, overvoted: 0, spoiled: 0,
                               candidates: further.candidates.map { CandidateCount(name: $0, yes: 1, no: 7, abstain: 0) },
                               writeIns: [CandidateCount(name: "甲", yes: 5, no: 0, abstain: 0)], awaitingRuling: [])
        try db.recordTallySheet(by: "丁", election: election, round: nil, count: count)
        let closed = try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 8)
        #expect(closed.outcome?.elected == [] && closed.outcome?.shortfall == 1)
        #expect(try db.writer.read { conn in try db.electedCommittee(conn, electionID: Int64(election)!) } == ["甲", "乙"])
        // A run-off ballot carries no write-in.
        #expect(ballotShapeRefusal(BallotEntry(marks: [.yes, .no], writeIns: [WriteIn(name: "某", mark: .yes)]), candidates: 2, seats: 1, kind: .runoff)
                == .ballotShape(candidates: 2, seats: 0))
    }

    @Test("seats are reduced only by a quorate congress, on a date not before its last round")
    func reductionNeedsQuorum() throws {
        let (db, election) = try base.atCongress()
        try db.seed { db in try db.execute(sql: "UPDATE seat_plan SET committee = 4") }
        try db.seed { db in
            try db.execute(sql: "INSERT INTO list_entry (election_id, stage, member_id, posts) SELECT ?, 'prospective', id, 'member' FROM member WHERE name = '癸'",
                           arguments: [Int(election)!])
        }
        let first = Fixture.day.adding(days: -10)
        _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: first)
        try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: ["己"])
        _ = try db.checkIn(by: "村书记", election: election, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛", "壬"])
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        let names = try #require(try db.rounds(election: election).last?.candidates)
        _ = try handCount(db, election, names: names, yes: names.map { ["甲": 7, "乙": 6, "丙": 5][$0] ?? 1 })
        #expect(throws: Refusal.dateBeforeItsGrounds(date: first, grounds: Fixture.day)) {
            _ = try db.reduceSeats(by: "村书记", election: election, votesFor: 5, decidedOn: first)
        }
        // Adjourned with the seat unfilled; at the next sitting only two have checked in.
        _ = try db.adjournCongress(by: "乡指导", election: election, reason: .seatsUnfilled, note: "报乡镇党委", adjournedOn: Fixture.day, reconveneOn: Fixture.day.adding(days: 7))
        #expect(throws: Refusal.congressNotYetReconvened(on: Fixture.day.adding(days: 7))) {
            _ = try db.checkIn(by: "村书记", election: election, members: ["甲"])
        }
        let later = try AppDatabase(writer: db.writer, keyring: .test, clock: { Fixture.now.addingTimeInterval(7 * 86_400) })
        _ = try later.checkIn(by: "村书记", election: election, members: ["甲", "乙"])
        #expect(throws: Refusal.reductionWithoutQuorum(present: 2, needed: 8)) {
            _ = try later.reduceSeats(by: "村书记", election: election, votesFor: 2, decidedOn: later.today)
        }
    }

    @Test("an adjournment whose date was edited outside the program is reported as unreadable, never a crash")
    func tamperedAdjournment() throws {
        let (db, election) = try opened()
        // As someone with the sqlite3 shell would: straight into the file.
        try db.writer.write { db in
            try db.execute(sql: """
                INSERT INTO congress_adjournment (election_id, sitting, reason, note, present, expected, adjourned_on, reconvene_on, rounds_before, recorded_by, recorded_at)
                VALUES (?, 1, 'no_quorum', '不足', 5, 8, 'abc', 'abd', 0, 1, 'now')
                """, arguments: [Int(election)!])
        }
        #expect(throws: Refusal.unreadableRecord(table: "congress_adjournment", field: "adjourned_on")) { _ = try db.congressNext(election: election) }
        #expect(throws: Refusal.unreadableRecord(table: "congress_adjournment", field: "adjourned_on")) { _ = try db.countReport(election: election) }
    }

    @Test("'seats unfilled' is a reason to adjourn only after the committee vote")
    func seatsUnfilledAfterVote() throws {
        let (db, election) = try opened()
        #expect(throws: Refusal.committeeVoteNotHeld) {
            _ = try db.adjournCongress(by: "乡指导", election: election, reason: .seatsUnfilled, note: "x", adjournedOn: Fixture.day, reconveneOn: Fixture.day.adding(days: 1))
        }
    }

    @Test("a direct secretary election is held by the congress itself")
    func directSecretary() throws {
        let (db, election) = try opened(secretary: .direct)
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        _ = try handCount(db, election, names: ["乙", "壬", "丙", "甲"], yes: [6, 2, 5, 7])
        _ = try db.openRound(by: "村书记", election: election, kind: .secretary)
        let round = try #require(try db.rounds(election: election).last)
        #expect(round.body == .congress)
        #expect(round.expected == 9 && round.present == 8)
        let result = try handCount(db, election, names: ["甲"], yes: [5])
        #expect(result.outcome?.elected == ["甲"])
        let facts = try db.writer.read { conn in try db.loadFacts(conn, electionID: Int64(election)!) }
        #expect(facts.secretaryElected)
    }
}

@Suite("A community's deputy secretary (store)")
struct DeputySecretaryTests {
    @Test("the committee's plenary elects the secretary and then the deputy; step 26 needs both")
    func deputy() throws {
        let db = try AppDatabase.inMemory(keyring: .test, clock: { Fixture.now })
        try db.initialize(countyCode: "C", countyName: "示范县", reviewerName: "县审核")
        try db.addOrganization(by: "县审核", code: "T", name: "城关镇", level: .township, parentCode: "C", previousCommitteeSize: nil)
        try db.addOrganization(by: "县审核", code: "S1", name: "东城社区", level: .community, parentCode: "T", previousCommitteeSize: 5)
        try db.addOperator(by: "县审核", name: "乡指导", role: .township, organizationCode: "T")
        try db.addOperator(by: "县审核", name: "社区书记", role: .village, organizationCode: "S1")
        let names = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
        _ = try db.importRoll(by: "乡指导", organizationCode: "S1", ParsedRoll(members: names.enumerated().map {
            ($0.offset + 2, Member(name: $0.element, gender: $0.offset % 2 == 0 ? .male : .female, birthDate: CivilDate(year: 1975 + $0.offset, month: 1, day: 1)!,
                                   education: .bachelor, joinedDate: CivilDate(year: 2005, month: 1, day: 1)!, status: .full))
        }, warnings: []))
        let election = String(try db.startElection(by: "乡指导", organizationCode: "S1", title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!))
        try db.seed { conn in
            for step in 1...18 {
                try conn.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                                 arguments: [Int(election)!, step])
            }
            try conn.execute(sql: "INSERT INTO seat_plan (election_id, committee, secretary, deputy_secretary, set_by, set_at) VALUES (?, 5, 1, 1, 1, 'now')", arguments: [Int(election)!])
            for (name, posts) in [("甲", "member,secretary"), ("乙", "member,deputy_secretary"), ("丙", "member"), ("丁", "member"), ("戊", "member"), ("己", "member")] {
                try conn.execute(sql: "INSERT INTO list_entry (election_id, stage, member_id, posts) SELECT ?, 'prospective', id, ? FROM member WHERE name = ?",
                                 arguments: [Int(election)!, posts, name])
            }
        }
        try db.addOperator(by: "乡指导", name: "计票A", role: .teller, organizationCode: "S1")
        try db.addOperator(by: "乡指导", name: "计票B", role: .teller, organizationCode: "S1")
        try db.addOperator(by: "乡指导", name: "庚", role: .scrutineer, organizationCode: "S1")
        _ = try db.adoptMethod(by: "社区书记", election: election, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: Fixture.day)
        try db.appointOfficers(by: "社区书记", election: election, chief: "庚", scrutineers: [], tellers: ["辛"])
        _ = try db.checkIn(by: "社区书记", election: election, members: names)

        func close(_ yes: [String: Int], voters: Int) throws -> RoundView {
            let round = try #require(try db.rounds(election: election).last)
            let count = RoundCount(returned: voters, valid: voters, overvoted: 0, spoiled: 0,
                                   candidates: round.candidates.map { CandidateCount(name: $0, yes: yes[$0] ?? 0, no: voters - (yes[$0] ?? 0), abstain: 0) },
                                   writeIns: [], awaitingRuling: [])
            try db.recordTallySheet(by: "庚", election: election, round: nil, count: count)
            return try db.closeRound(by: "庚", election: election, round: nil, issued: voters, returned: voters)
        }
        _ = try db.openRound(by: "社区书记", election: election, kind: .committee)
        let committee = try close(["甲": 9, "乙": 9, "丙": 8, "丁": 8, "戊": 7, "己": 2], voters: 10)
        #expect(committee.outcome?.elected == ["乙", "甲", "丁", "丙", "戊"])
        #expect(throws: Refusal.noQuorum(present: 0, expected: 5, needed: 5, comparison: .moreThan, body: .committee)) { _ = try db.openRound(by: "社区书记", election: election, kind: .deputy) }   // the committee has not met
        _ = try db.checkIn(by: "社区书记", election: election, body: .committee, members: ["甲", "乙", "丙", "丁", "戊"])
        var facts = try db.writer.read { conn in try db.loadFacts(conn, electionID: Int64(election)!) }
        #expect(facts.deputySeats == 1 && !facts.deputyElected && !facts.secretaryElected)
        _ = try db.openRound(by: "社区书记", election: election, kind: .secretary)
        #expect(try db.rounds(election: election).last?.candidates == ["甲"])
        _ = try close(["甲": 5], voters: 5)
        _ = try db.openRound(by: "社区书记", election: election, kind: .deputy)
        let deputyRound = try #require(try db.rounds(election: election).last)
        #expect(deputyRound.candidates == ["乙"] && deputyRound.body == .committee && deputyRound.expected == 5)
        // More than half of the committee's 5: 3 passes.
        #expect(try close(["乙": 3], voters: 5).outcome?.elected == ["乙"])
        facts = try db.writer.read { conn in try db.loadFacts(conn, electionID: Int64(election)!) }
        #expect(facts.secretaryElected && facts.deputyElected)
    }
}

/// 取消候选人资格 / 宣布当选无效 (seed 第五篇 六、2) through the store.
@Suite("A 不得 finding after the list's approval")
struct RevocationStoreTests {
    let paths = CongressRoundsTests()

    @Test("a cancelled candidacy leaves the ballot; short of the margin, the committee vote is refused")
    func cancelled() throws {
        let (db, election) = try paths.opened()
        #expect(throws: Refusal.noDisqualifyingFinding(member: "壬")) {
            try db.cancelCandidacy(by: "乡指导", election: election, member: "壬", reason: "查实送礼拉票", countyToldOn: Fixture.day)
        }
        try db.recordFinding(by: "县审核", election: election, member: "壬", finding: .disqualifying(.voteBuying), source: "县纪委监委", detail: "查实送礼拉票")
        #expect(throws: Refusal.roleNotAllowed(.county, allowed: [.township])) {
            try db.cancelCandidacy(by: "县审核", election: election, member: "壬", reason: "查实送礼拉票", countyToldOn: Fixture.day)
        }
        #expect(throws: Refusal.detailRequired(.revocationReason)) {
            try db.cancelCandidacy(by: "乡指导", election: election, member: "壬", reason: " ", countyToldOn: Fixture.day)
        }
        try db.cancelCandidacy(by: "乡指导", election: election, member: "壬", reason: "乡镇党委研究，取消其候选人资格", countyToldOn: Fixture.day)
        #expect(throws: Refusal.alreadyRevoked(member: "壬")) {
            try db.cancelCandidacy(by: "乡指导", election: election, member: "壬", reason: "再次取消资格", countyToldOn: Fixture.day)
        }
        #expect(try db.ballot(election: election).design.candidates.contains("壬") == false)
        #expect(throws: Refusal.ballotBelowMargin(have: 3, need: 4, seats: 3)) { _ = try db.openRound(by: "村书记", election: election, kind: .committee) }
        #expect(try db.revocations(election: election).map(\.kind) == [.cancelled])
    }

    @Test("a ballot left short by a cancellation is completed through the normal stages: recommended, vetted, fit, published, pledged, approved")
    func completed() throws {
        let (db, election) = try paths.opened()
        let now = Fixture.day
        func propose(_ name: String, start: CivilDate = Fixture.day, by who: String = "乡指导") throws {
            try db.proposeCompletion(by: who, election: election, member: name, reason: "取消壬的候选人资格后补足差额", publicityStart: start, place: "村务公开栏")
        }
        // Nothing to complete while the ballot meets the margin.
        #expect(throws: Refusal.ballotNotShort(have: 4, need: 4)) { try propose("癸") }
        try db.recordFinding(by: "县审核", election: election, member: "壬", finding: .disqualifying(.voteBuying), source: "县纪委监委", detail: "查实送礼拉票")
        try db.cancelCandidacy(by: "乡指导", election: election, member: "壬", reason: "乡镇党委研究，取消其候选人资格", countyToldOn: now)
        // Only someone who passed every stage: recommended, vetted by every department, eligible, found fit.
        let unrecommended = try #require(throws: Refusal.self) { try propose("癸") }
        #expect(unrecommended.describe(.zh).contains("癸不能补足为候选人：未经"))
        try db.seed { conn in
            try conn.execute(sql: "INSERT INTO township_recommendation (election_id, member_id, posts) SELECT ?, id, 'member' FROM member WHERE name IN ('癸', '辛', '壬', '戊')",
                             arguments: [Int64(election)!])
        }
        #expect(throws: Refusal.self) { try propose("癸") }   // not yet vetted
        // Vetted on their own by every department (this fixture seeds only the prospective list, so the answers are seeded too).
        try db.seed { conn in
            for department in LocalPlan.seed2018.vettingDepartments {
                try conn.execute(sql: """
                    INSERT INTO vetting_answer (election_id, department, member_id, clear, recorded_by, recorded_at) SELECT ?, ?, id, 1, 1, 'now' FROM member WHERE name IN ('癸', '辛', '戊')
                    """, arguments: [Int64(election)!, department.id])
            }
        }
        let unfit = try #require(throws: Refusal.self) { try propose("癸") }
        #expect(unfit.describe(.zh).contains("新提名人选尚未记录健康状况"))
        try db.recordHealth(by: "乡指导", election: election, member: "癸", fit: true, basis: "体检报告", on: now)
        try db.recordHealth(by: "乡指导", election: election, member: "辛", fit: true, basis: "体检报告", on: now)
        try db.recordHealth(by: "乡指导", election: election, member: "戊", fit: true, basis: "体检报告", on: now)
        // A scrutineer of this congress is never a candidate.
        #expect(try #require(throws: Refusal.self) { try propose("戊") }.describe(.zh).contains("已是本次大会的监票人"))
        // The revoked never come back; a warning not yet acknowledged (辛: junior high school) keeps him off; the village cannot propose.
        #expect(try #require(throws: Refusal.self) { try propose("壬") }.describe(.zh).contains("已被取消候选人资格"))
        #expect(try #require(throws: Refusal.self) { try propose("辛") }.describe(.zh).contains("文化程度"))
        #expect(throws: Refusal.roleNotAllowed(.village, allowed: [.township])) { try propose("癸", by: "村书记") }
        #expect(throws: Refusal.dateBeforeItsGrounds(date: CivilDate(year: 2026, month: 10, day: 19)!, grounds: now)) {
            try propose("癸", start: CivilDate(year: 2026, month: 10, day: 19)!)
        }
        try propose("癸")
        // One candidate lacked; one is proposed: no more. A proposal that cannot go ahead is withdrawn, with the reason, and no longer counts.
        #expect(throws: Refusal.ballotNotShort(have: 4, need: 4)) { try propose("辛") }
        try db.withdrawCompletion(by: "乡指导", election: election, member: "癸", reason: "误提，撤回后重新提出")
        #expect(try db.listCompletions(election: election).isEmpty)
        #expect(throws: Refusal.completionNotProposed(member: "癸")) {
            try db.withdrawCompletion(by: "乡指导", election: election, member: "癸", reason: "再次撤回提议")
        }
        try propose("癸")
        #expect(throws: Refusal.completionAlreadyProposed(member: "癸")) { try propose("癸") }
        // Approved only after the publicity (5 days: the 20th to the 24th), the pledge signed before it is published.
        #expect(throws: Refusal.completionPublicityNotOver(member: "癸", lastDay: CivilDate(year: 2026, month: 10, day: 24)!)) {
            try db.approveCompletion(by: "乡指导", election: election, member: "癸", pledgeSignedOn: now, pledgePublishedOn: now)
        }
        #expect(throws: Refusal.ballotBelowMargin(have: 3, need: 4, seats: 3)) { _ = try db.openRound(by: "村书记", election: election, kind: .committee) }
        let later = try AppDatabase(writer: db.writer, keyring: .test, clock: { Fixture.now.addingTimeInterval(5 * 86_400) })
        // The pledge is signed for this candidacy: not before its publicity began.
        #expect(throws: Refusal.dateBeforeItsGrounds(date: CivilDate(year: 2026, month: 10, day: 19)!, grounds: now)) {
            try later.approveCompletion(by: "乡指导", election: election, member: "癸", pledgeSignedOn: CivilDate(year: 2026, month: 10, day: 19)!,
                                        pledgePublishedOn: CivilDate(year: 2026, month: 10, day: 21)!)
        }
        #expect(throws: Refusal.dateBeforeItsGrounds(date: CivilDate(year: 2026, month: 10, day: 21)!, grounds: CivilDate(year: 2026, month: 10, day: 22)!)) {
            try later.approveCompletion(by: "乡指导", election: election, member: "癸", pledgeSignedOn: CivilDate(year: 2026, month: 10, day: 22)!,
                                        pledgePublishedOn: CivilDate(year: 2026, month: 10, day: 21)!)
        }
        try later.approveCompletion(by: "乡指导", election: election, member: "癸", pledgeSignedOn: CivilDate(year: 2026, month: 10, day: 21)!,
                                    pledgePublishedOn: CivilDate(year: 2026, month: 10, day: 22)!)
        #expect(throws: Refusal.completionAlreadyApproved(member: "癸")) {
            try later.approveCompletion(by: "乡指导", election: election, member: "癸", pledgeSignedOn: now, pledgePublishedOn: now)
        }
        #expect(try later.ballot(election: election).design.candidates.contains("癸"))
        #expect(try later.listCompletions(election: election).map(\.approvedOn) == [CivilDate(year: 2026, month: 10, day: 25)!])
        // The ballot meets the margin again: the committee votes, and after that nothing is completed.
        let round = try later.openRound(by: "村书记", election: election, kind: .committee)
        #expect(round.candidates.contains("癸") && !round.candidates.contains("壬"))
        #expect(throws: Refusal.completionAfterVoteBegan) { try later.proposeCompletion(by: "乡指导", election: election, member: "辛", reason: "再补足一名候选人",
                                                                                       publicityStart: now, place: "村务公开栏") }
        #expect(try db.verifyAudit().isIntact)
    }

    @Test("an election declared void after the secretary's vote: the seat and the post open again, without the person")
    func voided() throws {
        let (db, election) = try paths.opened(secretary: .direct)
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        #expect(try paths.handCount(db, election, names: ["乙", "壬", "丙", "甲"], yes: [6, 2, 7, 7]).outcome?.elected.sorted() == ["丙", "乙", "甲"].sorted())
        _ = try db.openRound(by: "村书记", election: election, kind: .secretary)
        #expect(try paths.handCount(db, election, names: ["甲"], yes: [6]).outcome?.elected == ["甲"])
        // A finding against someone elected: the voting step cannot close and the result cannot be approved until it is settled.
        try db.recordFinding(by: "县审核", election: election, member: "甲", finding: .disqualifying(.voteBuying), source: "县纪委监委", detail: "大会前送礼拉票")
        func electedEligible() throws -> LocalizedText? {
            try Conditions.named("result.electedEligible")!.check(db.writer.read { try db.loadFacts($0, electionID: Int64(election)!) })
        }
        #expect(try electedEligible()?.zh.contains("甲（违反法律法规") == false)
        #expect(try electedEligible()?.zh.contains("甲（") == true)
        if case .electedIneligible(let problems)? = try db.congressNext(election: election) {
            #expect(problems.first?.zh.hasPrefix("甲（") == true)
        } else {
            Issue.record("congress next should name the ineligible elected member first")
        }
        #expect(Procedure.builtIn.last { $0.procedure == "2018-county" }!.step(26)!.conditions.contains("result.electedEligible"))
        #expect(throws: Refusal.notACandidate(member: "甲")) {
            try db.cancelCandidacy(by: "乡指导", election: election, member: "甲", reason: "查实贿选行为", countyToldOn: Fixture.day)
        }
        #expect(throws: Refusal.notElected(member: "壬")) {
            try db.voidElection(by: "乡指导", election: election, member: "壬", reason: "查实贿选行为", countyToldOn: Fixture.day)
        }
        try db.voidElection(by: "乡指导", election: election, member: "甲", reason: "乡镇党委研究，宣布其当选无效", countyToldOn: Fixture.day)
        // The seat is empty again; the further round continues from the committee vote, without him. Written in
        // again with the most votes, he is not elected: the seat goes to 壬.
        _ = try db.openRound(by: "村书记", election: election, kind: .further)
        #expect(try db.rounds(election: election).last?.candidates == ["壬"])
        let count = RoundCount(returned: 8, valid: 8, overvoted: 0, spoiled: 0, candidates: [CandidateCount(name: "壬", yes: 5, no: 3, abstain: 0)],
                               writeIns: [CandidateCount(name: "甲", yes: 3, no: 0, abstain: 0)], awaitingRuling: [])
        try db.recordTallySheet(by: "丁", election: election, round: nil, count: count)
        #expect(try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 8).outcome?.elected == ["壬"])
        #expect(try db.countReport(election: election).revocations.map(\.name) == ["甲"])
        // The secretary's post is open again and he no longer stands: the township proposes another.
        #expect(throws: Refusal.noNomineeElected(post: .secretary)) { _ = try db.openRound(by: "村书记", election: election, kind: .secretary) }
        try db.proposeNominee(by: "乡指导", election: election, post: .secretary, member: "丙", reason: "乡镇党委会议研究", countyToldOn: Fixture.day)
        _ = try db.openRound(by: "村书记", election: election, kind: .secretary)
        #expect(try paths.handCount(db, election, names: ["丙"], yes: [7]).outcome?.elected == ["丙"])
        #expect(try electedEligible() == nil)
    }
}

/// The second attack on the revocations: a void after a run-off, a 不宜 finding on the secretary nominee,
/// a further round with nobody left to stand.
@Suite("Revocations at the edges")
struct RevocationEdgeTests {
    let paths = CongressRoundsTests()

    func hand(_ db: AppDatabase, _ election: String, _ yes: [String: Int]) throws -> RoundView {
        let names = try #require(try db.rounds(election: election).last).candidates
        return try paths.handCount(db, election, names: names, yes: names.map { yes[$0] ?? 0 })
    }

    @Test("a seat voided after a run-off is refilled by a further round from the committee vote")
    func voidAfterRunOff() throws {
        let (db, election) = try paths.opened()
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        // 乙 7, 甲 7 elected; 壬 and 丙 tie on 5 for the last seat.
        #expect(try hand(db, election, ["乙": 7, "甲": 7, "壬": 5, "丙": 5]).outcome?.runOffSeats == 1)
        _ = try db.openRound(by: "村书记", election: election, kind: .runoff)
        #expect(try hand(db, election, ["壬": 6, "丙": 2]).outcome?.elected == ["壬"])
        try db.recordFinding(by: "县审核", election: election, member: "乙", finding: .disqualifying(.voteBuying), source: "县纪委监委", detail: "查实拉票")
        try db.voidElection(by: "乡指导", election: election, member: "乙", reason: "乡镇党委研究，宣布其当选无效", countyToldOn: Fixture.day)
        _ = try db.openRound(by: "村书记", election: election, kind: .further)
        #expect(try db.rounds(election: election).last?.candidates == ["丙"])
    }

    @Test("a 不宜 finding on the secretary nominee after his election to the committee: another nominee is proposed, his seat stays")
    func unsuitableSecretaryNominee() throws {
        let (db, election) = try paths.opened(secretary: .direct)
        try db.seed { db in
            try db.execute(sql: "INSERT INTO outgoing_member (election_id, member_id, post) SELECT ?, id, 'secretary' FROM member WHERE name = '甲'", arguments: [Int(election)!])
            try db.execute(sql: "INSERT INTO secretary_assessment (election_id, member_id, found, note, assessed_on, assessed_by, recorded_at) SELECT ?, id, '', '研判', '2026-10-01', 1, 'now' FROM member WHERE name = '甲'",
                           arguments: [Int(election)!])
        }
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        #expect(try hand(db, election, ["乙": 6, "丙": 7, "甲": 7, "壬": 2]).outcome?.elected.count == 3)
        try db.recordFinding(by: "乡指导", election: election, member: "甲", finding: .unsuitableSecretary(.poorResults), source: "乡镇党委", detail: "连续两年考核排名靠后")
        #expect(throws: Refusal.noNomineeElected(post: .secretary)) { _ = try db.openRound(by: "村书记", election: election, kind: .secretary) }
        try db.proposeNominee(by: "乡指导", election: election, post: .secretary, member: "丙", reason: "原提名人不宜继续担任书记", countyToldOn: Fixture.day)
        _ = try db.openRound(by: "村书记", election: election, kind: .secretary)
        #expect(try hand(db, election, ["丙": 7]).outcome?.elected == ["丙"])
        // His seat on the committee is not in question: nothing to settle before the result.
        #expect(try db.writer.read { try db.loadFacts($0, electionID: Int64(election)!) }.electedProblems.isEmpty)
    }

    @Test("a further round with nobody left to stand is refused, and congress next says so")
    func nobodyLeft() throws {
        let (db, election) = try paths.opened()
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        #expect(try hand(db, election, ["乙": 7, "甲": 7, "丙": 6, "壬": 2]).outcome?.elected.count == 3)
        for name in ["乙", "壬"] {
            try db.recordFinding(by: "县审核", election: election, member: name, finding: .disqualifying(.voteBuying), source: "县纪委监委", detail: "查实拉票")
        }
        try db.voidElection(by: "乡指导", election: election, member: "乙", reason: "乡镇党委研究，宣布其当选无效", countyToldOn: Fixture.day)
        try db.cancelCandidacy(by: "乡指导", election: election, member: "壬", reason: "乡镇党委研究，取消其候选人资格", countyToldOn: Fixture.day)
        #expect(throws: Refusal.ballotBelowMargin(have: 0, need: 2, seats: 1)) { _ = try db.openRound(by: "村书记", election: election, kind: .further) }
        // The list can no longer be completed: congress next points at what the congress can still do, not at a refused act.
        let next = try #require(try db.congressNext(election: election))
        #expect(next == .furtherRoundShort(have: 0, need: 2, reducible: false))
        #expect(next.describe(.zh).contains("不能再补足候选人") && !next.describe(.zh).contains("complete propose"))
        #expect(throws: Refusal.completionAfterVoteBegan) {
            try db.proposeCompletion(by: "乡指导", election: election, member: "辛", reason: "补足另行选举的候选人", publicityStart: Fixture.day, place: "村务公开栏")
        }
    }
}
