import Testing
@testable import TuixuanCore

@Suite("Congress rules outside the count")
struct CongressRulesTests {
    @Test("the fewest present for a quorum: more than, or at least, four fifths", arguments: [
        (9, RuleSet.QuorumRule.Comparison.moreThan, 8), (10, .moreThan, 9), (10, .atLeast, 8), (5, .moreThan, 5), (5, .atLeast, 4), (0, .moreThan, 1),
    ])
    func quorumMinimum(expected: Int, comparison: RuleSet.QuorumRule.Comparison, needed: Int) {
        var rule = rules2020.quorum
        rule.comparison = comparison
        #expect(minimumPresent(expected: expected, rule: rule) == needed)
        if needed <= expected { #expect(isQuorate(present: needed, expected: expected, rule: rule)) }
        #expect(!isQuorate(present: needed - 1, expected: expected, rule: rule))
    }

    @Test("officers: a candidate never; a scrutineer needs a vote, a teller does not", arguments: [
        (OfficerDuty.chiefScrutineer, true, nil as NoVoteReason?, Refusal.candidateAsOfficer(member: "甲", duty: .chiefScrutineer) as Refusal?),
        (.scrutineer, false, .probationaryMember, .noVote(member: "甲", reason: .probationaryMember, for: .scrutineer)),
        (.scrutineer, false, nil, nil),
        (.teller, true, nil, .candidateAsOfficer(member: "甲", duty: .teller)),
        (.teller, false, .probationaryMember, nil),
    ])
    func officers(duty: OfficerDuty, isCandidate: Bool, noVote: NoVoteReason?, refusal: Refusal?) {
        #expect(officerRefusal(member: "甲", duty: duty, isCandidate: isCandidate, noVote: noVote) == refusal)
    }

    func count(valid: Int, invalid: Int = 0, _ people: [(String, Int, Int, Int)], writeIns: [(String, Int)] = []) -> RoundCount {
        RoundCount(returned: valid + invalid, valid: valid, overvoted: invalid, spoiled: 0,
                   candidates: people.map { CandidateCount(name: $0.0, yes: $0.1, no: $0.2, abstain: $0.3) },
                   writeIns: writeIns.map { CandidateCount(name: $0.0, yes: $0.1, no: 0, abstain: 0) }, awaitingRuling: [])
    }

    @Test("a hand count must add up")
    func handCount() {
        let good = count(valid: 4, [("甲", 4, 0, 0), ("乙", 2, 1, 1)])
        #expect(handCountRefusal(good, candidates: ["甲", "乙"], seats: 2) == nil)
        #expect(handCountRefusal(good, candidates: ["乙", "甲"], seats: 2) == .tallyCandidatesMismatch(expected: ["乙", "甲"]))
        var short = good
        short.returned = 5
        #expect(handCountRefusal(short, candidates: ["甲", "乙"], seats: 2) == .tallyValidPlusInvalid(valid: 4, invalid: 0, returned: 5))
        #expect(handCountRefusal(count(valid: 4, [("甲", 4, 0, 0), ("乙", 2, 1, 0)]), candidates: ["甲", "乙"], seats: 2) == .tallyPersonSum(name: "乙", valid: 4))
        // Exactly valid × seats approvals is possible; one more is not.
        let full = count(valid: 2, [("甲", 2, 0, 0), ("乙", 2, 0, 0)])
        #expect(handCountRefusal(full, candidates: ["甲", "乙"], seats: 2) == nil)
        let over = count(valid: 2, [("甲", 2, 0, 0), ("乙", 2, 0, 0)], writeIns: [("丙", 1)])
        #expect(handCountRefusal(over, candidates: ["甲", "乙"], seats: 2) == .tallyApprovalsExceed(approvals: 5, valid: 2, seats: 2))
    }

    func facts(elected: [String], seats: Int, last: RoundOutcome?, count: RoundCount? = nil) -> RoundPlanningFacts {
        RoundPlanningFacts(ballot: committeeBallot(organizationName: "红旗村", seats: seats, candidates: ["甲", "乙", "丙", "丁"]), committeeVoteHeld: last != nil,
                           lastClosed: last.map { ClosedRound(count: count ?? self.count(valid: 0, []), outcome: $0) }, electedCommittee: elected, committeeSeats: seats,
                           nominees: [.secretary: ["甲", "丁"]], secretaryMode: .indirect, margin: rules2020.differentialMargin)
    }

    @Test("planning rounds: the committee vote once, a run-off only after a tie, a further round for empty seats only")
    func planning() throws {
        #expect(try planRound(.committee, facts(elected: [], seats: 3, last: nil)) == RoundPlan(seats: 3, candidates: sortedByStrokes(["甲", "乙", "丙", "丁"]), body: .congress))
        let short = RoundOutcome(elected: ["甲", "乙"], tiedAtCutoff: [], runOffSeats: 0, shortfall: 1, base: 7)
        let tally = count(valid: 7, [("甲", 6, 1, 0), ("乙", 5, 2, 0), ("丙", 3, 4, 0), ("丁", 2, 5, 0)])
        #expect(throws: Refusal.committeeVoteHeld) { try planRound(.committee, facts(elected: ["甲", "乙"], seats: 3, last: short)) }
        #expect(throws: Refusal.noTieToDecide) { try planRound(.runoff, facts(elected: ["甲", "乙"], seats: 3, last: short)) }
        // One seat empty: the unelected, keeping the 20% margin (1 seat → 2 candidates), in stroke order.
        #expect(try planRound(.further, facts(elected: ["甲", "乙"], seats: 3, last: short, count: tally)).seats == 1)
        #expect(try planRound(.further, facts(elected: ["甲", "乙"], seats: 3, last: short, count: tally)).candidates.count == 2)
        // The congress reduced the seats to the two elected: no seat is empty any more.
        #expect(throws: Refusal.everySeatFilled) { try planRound(.further, facts(elected: ["甲", "乙"], seats: 2, last: short, count: tally)) }
        // The secretary: only once the committee is complete, from the nominees elected to it, by the plenary.
        #expect(throws: Refusal.committeeIncomplete(post: .secretary)) { try planRound(.secretary, facts(elected: ["甲", "乙"], seats: 3, last: short)) }
        #expect(try planRound(.secretary, facts(elected: ["甲", "乙"], seats: 2, last: short)) == RoundPlan(seats: 1, candidates: ["甲"], body: .committee))
        // A village has no deputy secretary; a community with a deputy seat and no deputy nominee elected does.
        #expect(throws: Refusal.noDeputySeat) { try planRound(.deputy, facts(elected: ["甲", "乙"], seats: 2, last: short)) }
        var community = facts(elected: ["甲", "乙"], seats: 2, last: short)
        community.deputySeats = 1
        #expect(throws: Refusal.noNomineeElected(post: .deputySecretary)) { try planRound(.deputy, community) }
    }
}

@Suite("Reducing the seats")
struct SeatReductionTests {
    @Test("more than half of those present consent; exactly half is refused (18 of 36 no, 19 of 36 yes)", arguments: [
        (36, 18, Refusal.reductionNeedsMajority(present: 36, votesFor: 18) as Refusal?), (36, 19, nil), (35, 18, nil), (35, 17, .reductionNeedsMajority(present: 35, votesFor: 17)),
        (36, 37, .votesExceedPresent(votesFor: 37, present: 36)),
    ])
    func majority(present: Int, votesFor: Int, refusal: Refusal?) {
        #expect(seatReductionRefusal(seats: 5, reducedTo: nil, elected: 4, minimum: 3, level: .village, present: present, votesFor: votesFor) == refusal)
    }

    @Test("once only, with a seat empty and someone elected, never below the minimum")
    func conditions() {
        func refusal(seats: Int? = 5, reducedTo: Int? = nil, elected: Int = 4) -> Refusal? {
            seatReductionRefusal(seats: seats, reducedTo: reducedTo, elected: elected, minimum: 3, level: .village, present: 36, votesFor: 30)
        }
        #expect(refusal(reducedTo: 4) == .seatsAlreadyReduced(to: 4))
        #expect(refusal(seats: nil) == .seatsNotSet)
        #expect(refusal(elected: 0) == .nobodyElectedYet)
        #expect(refusal(elected: 5) == .noSeatEmpty)
        #expect(refusal(elected: 2) == .belowMinimumSeats(elected: 2, minimum: 3, level: .village))
        #expect(refusal(elected: 3) == nil)
        // Not while a round is being voted, nor while the tied await their run-off.
        #expect(seatReductionRefusal(seats: 5, reducedTo: nil, elected: 4, minimum: 3, level: .village, present: 36, votesFor: 30, roundOpen: true) == .roundStillOpen)
        #expect(seatReductionRefusal(seats: 5, reducedTo: nil, elected: 4, minimum: 3, level: .village, present: 36, votesFor: 30, runOffPending: true) == .tieAwaitsRunOff)
    }
}

@Suite("Proposing another nominee for the secretary (另提人选)")
struct NomineeProposalTests {
    func facts(elected: [String] = ["乙", "丙", "壬"], nominees: [String] = ["甲"], proposals: [String] = [], votes: [PostVote] = [],
               votesBeforeLatest: Int = 0) -> RoundPlanningFacts {
        var facts = RoundPlanningFacts(ballot: nil, committeeVoteHeld: true, lastClosed: nil, electedCommittee: elected, committeeSeats: 3,
                                       nominees: [.secretary: nominees], secretaryMode: .indirect, margin: rules2020.differentialMargin)
        facts.proposals[.secretary] = proposals
        facts.proposalVoteCounts[.secretary] = votesBeforeLatest
        facts.postVotes[.secretary] = votes
        return facts
    }

    @Test("only when the approved nominee cannot stand, only from the elected committee")
    func proposal() {
        #expect(nomineeProposalRefusal(post: .secretary, member: "乙", facts()) == nil)   // 甲 was not elected
        #expect(nomineeProposalRefusal(post: .secretary, member: "甲", facts()) == .notOnElectedCommittee(member: "甲"))
        #expect(nomineeProposalRefusal(post: .secretary, member: "乙", facts(elected: ["乙", "丙"])) == .committeeIncomplete(post: .secretary))
        // 甲 elected to the committee: vote on 甲 first.
        #expect(nomineeProposalRefusal(post: .secretary, member: "乙", facts(elected: ["甲", "乙", "丙"])) == .nomineeStillStands(post: .secretary, nominees: ["甲"]))
        // 甲's vote elected no one: now another may be proposed.
        let failed = facts(elected: ["甲", "乙", "丙"], votes: [PostVote(candidates: ["甲"], elected: nil)])
        #expect(nomineeProposalRefusal(post: .secretary, member: "乙", failed) == nil)
        let filled = facts(elected: ["甲", "乙", "丙"], votes: [PostVote(candidates: ["甲"], elected: "甲")])
        #expect(nomineeProposalRefusal(post: .secretary, member: "乙", filled) == .postAlreadyFilled(post: .secretary, by: "甲"))
        // A community's deputy: not the secretary already elected; a village has no deputy at all.
        var community = filled
        #expect(nomineeProposalRefusal(post: .deputySecretary, member: "乙", community) == .noDeputySeat)
        community.deputySeats = 1
        community.nominees[.deputySecretary] = ["甲"]
        #expect(nomineeProposalRefusal(post: .deputySecretary, member: "甲", community) == .holdsOtherPost(member: "甲"))
        #expect(nomineeProposalRefusal(post: .deputySecretary, member: "乙", community) == nil)   // 甲, the deputy nominee, is secretary now
    }

    @Test("the latest proposal stands; a failed vote is not held again on the same nominee until another proposal")
    func planning() throws {
        #expect(throws: Refusal.noNomineeElected(post: .secretary)) { try planRound(.secretary, facts()) }
        #expect(try planRound(.secretary, facts(proposals: ["乙"])).candidates == ["乙"])
        let failed = facts(proposals: ["乙"], votes: [PostVote(candidates: ["乙"], elected: nil)])
        #expect(throws: Refusal.nomineeNeeded(post: .secretary)) { try planRound(.secretary, failed) }
        // Proposing 乙 again after the failed vote: a new vote on 乙 may be held.
        let again = facts(proposals: ["乙", "乙"], votes: [PostVote(candidates: ["乙"], elected: nil)], votesBeforeLatest: 1)
        #expect(try planRound(.secretary, again).candidates == ["乙"])
    }
}

@Suite("Run-offs among the tied")
struct RunOffTests {
    func count(_ yes: [(String, Int)]) -> RoundCount {
        RoundCount(returned: 10, valid: 10, overvoted: 0, spoiled: 0, candidates: yes.map { CandidateCount(name: $0.0, yes: $0.1, no: 10 - $0.1, abstain: 0) },
                   writeIns: [CandidateCount(name: "写", yes: 9, no: 0, abstain: 0)], awaitingRuling: [])
    }

    @Test("the most votes win without the threshold; a new tie goes to another run-off; write-ins do not stand", arguments: [
        ([("甲", 4), ("乙", 3)], 1, ["甲"], [String]()),
        ([("甲", 3), ("乙", 3)], 1, [], ["乙", "甲"]),
        ([("甲", 5), ("乙", 2), ("丙", 2)], 2, ["甲"], ["丙", "乙"]),
        ([("甲", 0), ("乙", 1)], 1, ["乙"], []),
    ])
    func runOff(yes: [(String, Int)], seats: Int, elected: [String], tied: [String]) {
        let outcome = decideRunOff(count(yes), seats: seats, base: 20)
        #expect(outcome.elected == elected)
        #expect(Set(outcome.tiedAtCutoff) == Set(tied))
        #expect(outcome.runOffSeats == (tied.isEmpty ? 0 : seats - elected.count))
        #expect(outcome.shortfall == 0)
        // The same count as a committee round elects no one under the threshold of 20.
        #expect(decideRound(count(yes), seats: seats, base: 20).elected.isEmpty)
    }
}

@Suite("Further rounds, adjournment and what comes next")
struct CongressPathTests {
    let short = RoundOutcome(elected: ["甲", "乙"], tiedAtCutoff: [], runOffSeats: 0, shortfall: 1, base: 7)
    let tally = RoundCount(returned: 7, valid: 7, overvoted: 0, spoiled: 0,
                           candidates: [("甲", 6), ("乙", 5), ("丙", 3), ("丁", 2)].map { CandidateCount(name: $0.0, yes: $0.1, no: 7 - $0.1, abstain: 0) },
                           writeIns: [], awaitingRuling: [])

    func facts(elected: [String] = ["甲", "乙"], seats: Int = 3, last: RoundOutcome? = nil, limit: Int? = nil, held: Int = 0) -> RoundPlanningFacts {
        var facts = RoundPlanningFacts(ballot: nil, committeeVoteHeld: true, lastClosed: ClosedRound(count: tally, outcome: last ?? short),
                                       electedCommittee: elected, committeeSeats: seats, nominees: [.secretary: ["甲"]], secretaryMode: .indirect,
                                       margin: rules2020.differentialMargin)
        facts.lastClosedKind = held > 0 ? .further : .committee
        facts.furtherRoundLimit = limit
        facts.furtherRoundsHeld = held
        return facts
    }

    @Test("the method's limit on further rounds: one fewer held opens another, as many held refuses it; no limit never refuses", arguments: [
        (Int?.none, 5, true), (1, 0, true), (1, 1, false), (2, 1, true), (2, 2, false),
    ])
    func furtherRoundLimit(limit: Int?, held: Int, opens: Bool) throws {
        if opens {
            #expect(try planRound(.further, facts(limit: limit, held: held)).seats == 1)
        } else {
            #expect(throws: Refusal.furtherRoundsExhausted(limit: limit!, seatsEmpty: 1, reducible: false)) { try planRound(.further, facts(limit: limit, held: held)) }
        }
    }

    static let day = CivilDate(year: 2026, month: 12, day: 2)!
    static let later = CivilDate(year: 2026, month: 12, day: 9)!

    @Test("adjourning: not with a round open, only to a later date, only with something left to elect, not for a quorum that is there", arguments: [
        (AdjournmentReason.noQuorum, AdjournmentFacts(quorate: false, roundOpen: false, seatsEmpty: 3, postsEmpty: 1, runOffPending: false), later, Refusal?.none),
        (.noQuorum, AdjournmentFacts(quorate: true, roundOpen: false, seatsEmpty: 3, postsEmpty: 1, runOffPending: false), later, .quorumPresent),
        (.noQuorum, AdjournmentFacts(quorate: false, roundOpen: false, seatsEmpty: 3, postsEmpty: 1, runOffPending: false), day,
         .reconveneNotAfterAdjournment(adjournedOn: day, reconveneOn: day)),
        (.seatsUnfilled, AdjournmentFacts(quorate: true, roundOpen: false, seatsEmpty: 1, postsEmpty: 1, runOffPending: false), later, nil),
        (.seatsUnfilled, AdjournmentFacts(quorate: true, roundOpen: true, seatsEmpty: 1, postsEmpty: 1, runOffPending: false), later, .roundStillOpen),
        (.seatsUnfilled, AdjournmentFacts(quorate: true, roundOpen: false, seatsEmpty: 1, postsEmpty: 1, runOffPending: true), later, .tieAwaitsRunOff),
        (.seatsUnfilled, AdjournmentFacts(quorate: true, roundOpen: false, seatsEmpty: 0, postsEmpty: 1, runOffPending: false), later, nil),
        (.seatsUnfilled, AdjournmentFacts(quorate: true, roundOpen: false, seatsEmpty: 0, postsEmpty: 0, runOffPending: false), later, .nothingLeftToElect),
        (.seatsUnfilled, AdjournmentFacts(quorate: true, roundOpen: false, seatsEmpty: 1, postsEmpty: 0, runOffPending: false, committeeVoteHeld: false), later,
         .committeeVoteNotHeld),
        (.seatsUnfilled, { var f = AdjournmentFacts(quorate: true, roundOpen: false, seatsEmpty: 0, postsEmpty: 0, runOffPending: false); f.plenaryPostsEmpty = 1; return f }(),
         later, .onlyPlenaryRemains),
    ])
    func adjournment(reason: AdjournmentReason, facts: AdjournmentFacts, reconveneOn: CivilDate, refusal: Refusal?) {
        #expect(adjournmentRefusal(reason: reason, reconveneOn: reconveneOn, adjournedOn: Self.day, facts) == refusal)
    }

    func state(_ planning: RoundPlanningFacts, quorate: Bool = true, adjourned: Bool = false, open: Int? = nil, void: Int? = nil) -> CongressState {
        CongressState(planning: planning, quorum: (quorate ? 40 : 10, 33, quorate),
                      lastAdjournment: adjourned ? Adjournment(sitting: 1, reason: .noQuorum, note: "不足", present: 30, expected: 41,
                                                               adjournedOn: Self.day, reconveneOn: Self.later, recordedBy: "乡") : nil,
                      openRound: open.map { ($0, .further) }, lastVoid: void.map { ($0, .committee) })
    }

    @Test("a hand count's write-in row never names a candidate, and a run-off's has none")
    func handCountWriteIns() {
        func count(_ writeIns: [(String, Int)]) -> RoundCount {
            RoundCount(returned: 7, valid: 7, overvoted: 0, spoiled: 0,
                       candidates: [("甲", 3), ("乙", 3)].map { CandidateCount(name: $0.0, yes: $0.1, no: 7 - $0.1, abstain: 0) },
                       writeIns: writeIns.map { CandidateCount(name: $0.0, yes: $0.1, no: 0, abstain: 0) }, awaitingRuling: [])
        }
        #expect(handCountRefusal(count([("丙", 4)]), candidates: ["甲", "乙"], seats: 2) == nil)
        #expect(handCountRefusal(count([("甲", 4)]), candidates: ["甲", "乙"], seats: 2) == .tallyWriteInIsCandidate(name: "甲"))
        #expect(handCountRefusal(count([("丙", 1)]), candidates: ["甲", "乙"], seats: 1, kind: .runoff) == .tallyWriteInInRunOff(name: "丙"))
        #expect(handCountRefusal(count([]), candidates: ["甲", "乙"], seats: 1, kind: .runoff) == nil)
    }

    @Test("the words for a changed figure say what changed, even when the number did not")
    func reapprovalWords() {
        #expect(CongressNext.reapprove(approved: 7, now: 7).describe(.zh).contains("应到会人员已有变动（人数仍为7人）"))
        #expect(CongressNext.reapprove(approved: 7, now: 8).describe(.zh).contains("由批准时的7人变为8人"))
    }

    @Test("what comes next, in the order the rules put it")
    func next() {
        var noVote = facts()
        noVote.committeeVoteHeld = false
        noVote.lastClosed = nil
        noVote.electedCommittee = []
        #expect(congressNext(state(noVote)) == .committeeVote)
        #expect(congressNext(state(noVote, quorate: false)) == .checkIn(present: 10, needed: 33))
        #expect(congressNext(state(noVote, quorate: false, adjourned: true)) == .reconvene(adjournedOn: Self.day, reconveneOn: Self.later, present: 10, needed: 33))
        #expect(congressNext(state(noVote, void: 1)) == .holdAgain(number: 1, kind: .committee))
        #expect(congressNext(state(facts(), open: 2)) == .roundOpen(number: 2))
        #expect(congressNext(state(facts())) == .furtherRound(seatsEmpty: 1, reducible: false))
        #expect(congressNext(state(facts(limit: 1, held: 1))) == .furtherRoundsExhausted(seatsEmpty: 1, limit: 1, reducible: false))
        var reducible = facts(limit: 1, held: 1)
        reducible.seatsReducible = true
        #expect(congressNext(state(reducible)) == .furtherRoundsExhausted(seatsEmpty: 1, limit: 1, reducible: true))
        // The words offer a reduction only when the congress could vote one.
        #expect(CongressNext.furtherRound(seatsEmpty: 1, reducible: false).describe(.zh).contains("reduce-seats") == false)
        #expect(CongressNext.furtherRound(seatsEmpty: 1, reducible: true).describe(.zh).contains("reduce-seats"))
        let tie = RoundOutcome(elected: ["甲"], tiedAtCutoff: ["乙", "丙"], runOffSeats: 1, shortfall: 1, base: 7)
        #expect(congressNext(state(facts(elected: ["甲"], seats: 2, last: tie))) == .runOff(tied: ["乙", "丙"], seats: 1))
        // The committee complete: the secretary's vote on the nominee elected to it; a nominee not
        // elected, or a vote that elected no one, needs the township's proposal.
        #expect(congressNext(state(facts(seats: 2))) == .postVote(post: .secretary))
        #expect(congressNext(state(facts(elected: ["乙", "丙"], seats: 2))) == .proposeNominee(post: .secretary))
        var failed = facts(seats: 2)
        failed.postVotes = [.secretary: [PostVote(candidates: ["甲"], elected: nil)]]
        #expect(congressNext(state(failed)) == .proposeNominee(post: .secretary))
        failed.proposals = [.secretary: ["乙"]]
        failed.proposalVoteCounts = [.secretary: 1]
        #expect(congressNext(state(failed)) == .postVote(post: .secretary))
        failed.postVotes[.secretary]!.append(PostVote(candidates: ["乙"], elected: "乙"))
        #expect(congressNext(state(failed)) == .complete)
    }
}
