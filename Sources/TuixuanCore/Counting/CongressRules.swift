// The congress's rules that are not the count itself: who may be an officer, how many must be
// present, what a hand count must add up to, and what the next round votes on. Pure functions;
// the store gathers the facts and writes what they allow.

/// 法定人数: the fewest members present for `rule` to hold against `expected` (rules.md, Quorum).
public func minimumPresent(expected: Int, rule: RuleSet.QuorumRule) -> Int {
    (0...expected).first { isQuorate(present: $0, expected: expected, rule: rule) } ?? expected + 1
}

/// 监票人、计票人 (rules.md, People at the count): scrutineers, the chief among them, are members
/// with a vote who are not candidates; tellers are designated staff or members, never candidates.
public func officerRefusal(member: String, duty: OfficerDuty, isCandidate: Bool, noVote: NoVoteReason?) -> Refusal? {
    if isCandidate { return .candidateAsOfficer(member: member, duty: duty) }
    if duty != .teller, let noVote { return .noVote(member: member, reason: noVote, for: .scrutineer) }
    return nil
}

/// 手工计票单: a round counted by hand must add up (rules.md, Counting): it lists the round's
/// candidates in ballot order, valid plus invalid is the ballots returned, each candidate's yes, no
/// and abstain make the valid ballots, and no ballot approves more people than the seats. A write-in
/// row never names a candidate of the round (their votes are in their own row, as typed entry counts
/// them), and a run-off among the tied has no write-ins.
public func handCountRefusal(_ count: RoundCount, candidates: [String], seats: Int, kind: RoundKind = .committee) -> Refusal? {
    guard count.candidates.map(\.name) == candidates else { return .tallyCandidatesMismatch(expected: candidates) }
    if kind == .runoff, let first = count.writeIns.first { return .tallyWriteInInRunOff(name: first.name) }
    if let listed = count.writeIns.first(where: { candidates.contains($0.name) }) { return .tallyWriteInIsCandidate(name: listed.name) }
    guard count.valid + count.invalid == count.returned else {
        return .tallyValidPlusInvalid(valid: count.valid, invalid: count.invalid, returned: count.returned)
    }
    for person in count.candidates where person.yes + person.no + person.abstain != count.valid || min(person.yes, person.no, person.abstain) < 0 {
        return .tallyPersonSum(name: person.name, valid: count.valid)
    }
    let approvals = count.candidates.map(\.yes).reduce(0, +) + count.writeIns.map(\.yes).reduce(0, +)
    guard approvals <= count.valid * seats else { return .tallyApprovalsExceed(approvals: approvals, valid: count.valid, seats: seats) }
    return nil
}

/// What a new round votes on: its seats, its candidates in ballot (stroke) order, and who votes.
public struct RoundPlan: Sendable, Equatable {
    public var seats: Int
    public var candidates: [String]
    public var body: VotingBody
}

/// Everything `planRound` looks at, gathered by the store.
public struct RoundPlanningFacts: Sendable {
    /// The approved list's committee ballot, once the list approval is done.
    public var ballot: BallotDesign?
    /// Whether a committee, further or run-off round has been closed.
    public var committeeVoteHeld: Bool
    /// The count and outcome of the last closed round.
    public var lastClosed: ClosedRound?
    /// Elected to the committee so far, across committee, further and run-off rounds.
    public var electedCommittee: [String]
    /// The committee seats as they stand: the seat plan's, or fewer once the congress voted to reduce them.
    public var committeeSeats: Int?
    /// Prospective candidates nominated for each post (书记, a community's 副书记).
    public var nominees: [Post: [String]]
    /// Deputy secretaries the seat plan has (a community's; none in a village).
    public var deputySeats = 0
    /// Nominees the township proposed for each post from the elected committee, oldest first.
    public var proposals: [Post: [String]] = [:]
    /// For each post, how many of its votes had been held when the latest proposal was made.
    public var proposalVoteCounts: [Post: Int] = [:]
    /// Closed votes for each post: whom each voted on and whom it elected.
    public var postVotes: [Post: [PostVote]] = [:]
    /// The kind of the last closed round.
    public var lastClosedKind: RoundKind?
    /// The last closed committee or further round: what a further round continues from (all its unelected,
    /// not only a run-off's tied), even after a secretary's vote (when an election was declared void after it).
    public var lastClosedCommitteeRound: ClosedRound?
    /// 取消候选人资格 / 宣布当选无效 (seed 六、2): names no further round may put forward again.
    public var barred: Set<String> = []
    /// How many further rounds the adopted method allows (nil: the 条例 sets no limit), and how many
    /// have been held (closed; a void one is held again and not counted).
    public var furtherRoundLimit: Int?
    public var furtherRoundsHeld = 0
    /// Whether the congress could still vote to reduce the seats (not yet reduced, someone elected,
    /// not below the plan's minimum): `seatReductionRefusal` with the consent given.
    public var seatsReducible = false
    public var secretaryMode: SecretaryMode
    public var margin: RuleSet.MarginRule

    public init(ballot: BallotDesign?, committeeVoteHeld: Bool, lastClosed: ClosedRound?,
                electedCommittee: [String], committeeSeats: Int?, nominees: [Post: [String]], secretaryMode: SecretaryMode,
                margin: RuleSet.MarginRule) {
        self.ballot = ballot
        self.committeeVoteHeld = committeeVoteHeld
        self.lastClosed = lastClosed
        self.electedCommittee = electedCommittee
        self.committeeSeats = committeeSeats
        self.nominees = nominees
        self.secretaryMode = secretaryMode
        self.margin = margin
    }
}

/// A closed round's count and what it decided.
public struct ClosedRound: Sendable, Equatable {
    public var count: RoundCount
    public var outcome: RoundOutcome

    public init(count: RoundCount, outcome: RoundOutcome) {
        self.count = count
        self.outcome = outcome
    }
}

/// 间接选举 (by the new committee's plenary, the default) or 直接选举 (by the congress) of the secretary.
public enum SecretaryMode: String, Sendable, Codable, CaseIterable {
    case indirect, direct
}

/// Plans the next round (rules.md, Counting): the committee vote on the approved list; a run-off
/// among the tied for the seats the tie left; a further round (另行选举) for the seats still empty,
/// among the unelected keeping the margin; the secretary (or deputy) once the committee is complete,
/// from the nominees elected to it, by the committee's plenary or the congress as the method says.
public func planRound(_ kind: RoundKind, _ facts: RoundPlanningFacts) throws(Refusal) -> RoundPlan {
    switch kind {
    case .committee:
        guard !facts.committeeVoteHeld else { throw .committeeVoteHeld }
        guard let ballot = facts.ballot else { throw .seatsNotSet }
        // 差额 (rules.md "Differential lists"): a candidacy cancelled after the list's approval may leave the
        // ballot short of the margin; the congress does not vote on it until the list is completed.
        let need = minimumCandidates(seats: ballot.seats, rule: facts.margin)
        guard ballot.candidates.count >= need else { throw .ballotBelowMargin(have: ballot.candidates.count, need: need, seats: ballot.seats) }
        return RoundPlan(seats: ballot.seats, candidates: ballot.candidates, body: .congress)
    case .runoff, .further:
        guard let last = facts.lastClosed else { throw .noClosedRoundBefore }
        if kind == .runoff {
            let outcome = last.outcome
            guard outcome.runOffSeats > 0 else { throw .noTieToDecide }
            if let seats = facts.committeeSeats, facts.electedCommittee.count + outcome.runOffSeats > seats { throw .everySeatFilled }
            // A tied candidate whose candidacy was cancelled meanwhile does not stand in the run-off.
            let tied = outcome.tiedAtCutoff.filter { !facts.barred.contains($0) }
            guard !tied.isEmpty else { throw .ballotBelowMargin(have: 0, need: 1, seats: outcome.runOffSeats) }
            return RoundPlan(seats: outcome.runOffSeats, candidates: sortedByStrokes(tied), body: .congress)
        }
        // The tie the last round left is settled first; the further round then continues from the last committee or
        // further round (a run-off's count holds only the tied), so a seat voided after a run-off is still refilled.
        if facts.lastClosedKind?.post == nil, last.outcome.runOffSeats > 0 { throw .tieAwaitsRunOff }
        let count = (facts.lastClosedCommitteeRound ?? last).count
        let filled = facts.electedCommittee
        // A seat the congress voted away is no longer empty (rules.md, Counting: reduce the seats).
        guard let seats = facts.committeeSeats else { throw .seatsNotSet }
        guard filled.count < seats else { throw .everySeatFilled }
        if let limit = facts.furtherRoundLimit, facts.furtherRoundsHeld >= limit {
            throw .furtherRoundsExhausted(limit: limit, seatsEmpty: seats - filled.count, reducible: facts.seatsReducible)
        }
        let names = furtherRoundCandidates(count, elected: filled, missingSeats: seats - filled.count, margin: facts.margin, barred: facts.barred)
        // Cancellations may leave nobody to stand: the township completes the list first.
        guard !names.isEmpty else {
            throw .ballotBelowMargin(have: 0, need: minimumCandidates(seats: seats - filled.count, rule: facts.margin), seats: seats - filled.count)
        }
        return RoundPlan(seats: seats - filled.count, candidates: sortedByStrokes(names), body: .congress)
    case .secretary, .deputy:
        let post = kind.post!
        guard post == .secretary || facts.deputySeats > 0 else { throw .noDeputySeat }
        guard let seats = facts.committeeSeats else { throw .seatsNotSet }
        guard facts.electedCommittee.count == seats else { throw .committeeIncomplete(post: post) }
        if let winner = facts.winner(of: post) { throw .postAlreadyFilled(post: post, by: winner) }
        let nominees = facts.standingNominees(for: post)
        guard !nominees.isEmpty else { throw .noNomineeElected(post: post) }
        // A vote that elected no one is not held again on the same nominees: the township proposes another.
        guard !facts.votedOn(nominees, for: post) else { throw .nomineeNeeded(post: post) }
        return RoundPlan(seats: 1, candidates: sortedByStrokes(nominees), body: facts.secretaryMode == .indirect ? .committee : .congress)
    }
}

/// 减少职数 (rules.md, Counting: "when the number elected is close to the seats, reduce the seats with
/// the consent of more than half of the voters, recorded"): once per election, only with a seat still
/// empty and someone elected, never below the plan's minimum, and by more than half of those present
/// with a vote (exactly half fails).
public func seatReductionRefusal(seats: Int?, reducedTo: Int?, elected: Int, minimum: Int, level: OrganizationLevel,
                                 present: Int, votesFor: Int, roundOpen: Bool = false, runOffPending: Bool = false,
                                 quorum: (quorate: Bool, needed: Int) = (true, 0)) -> Refusal? {
    if let reducedTo { return .seatsAlreadyReduced(to: reducedTo) }
    guard let seats else { return .seatsNotSet }
    // The seats are reduced only when a round has left them short: not while a round is being voted,
    // nor while the tied, who already passed the threshold, still await their run-off.
    guard !roundOpen else { return .roundStillOpen }
    guard !runOffPending else { return .tieAwaitsRunOff }
    guard elected > 0 else { return .nobodyElectedYet }
    guard elected < seats else { return .noSeatEmpty }
    guard elected >= minimum else { return .belowMinimumSeats(elected: elected, minimum: minimum, level: level) }
    // The congress decides only when it may decide anything: with its quorum (条例 第二十二条).
    guard quorum.quorate else { return .reductionWithoutQuorum(present: present, needed: quorum.needed) }
    guard votesFor <= present else { return .votesExceedPresent(votesFor: votesFor, present: present) }
    guard passesElectionThreshold(yes: votesFor, base: present) else { return .reductionNeedsMajority(present: present, votesFor: votesFor) }
    return nil
}

/// A ballot entered for a round has a mark for each candidate and at most one write-in per seat; a
/// run-off among the tied has none (rules.md, Counting: "a new vote among the tied only").
public func ballotShapeRefusal(_ ballot: BallotEntry, candidates: Int, seats: Int, kind: RoundKind = .committee) -> Refusal? {
    let writeIns = kind == .runoff ? 0 : seats
    return ballot.marks.count == candidates && ballot.writeIns.count <= writeIns ? nil : .ballotShape(candidates: candidates, seats: writeIns)
}

/// 另选他人 can be elected only as one member of the organization with the right to be elected
/// (rules.md, Counting): a name that matches no member, or several, cannot be; nor one without the
/// right to vote on the congress date (条例 第五条: the right to vote and to stand go together here).
public func writeInCanBeElected(namesakes: [Member], on date: CivilDate, under rules: RuleSet) -> Bool {
    namesakes.count == 1 && votingRight(of: namesakes[0], on: date, under: rules) == nil
}

/// 另提人选: the township may propose a nominee for the secretary (or a community's deputy) only once
/// the committee is complete, only from those elected to it, and only when the approved nominees
/// cannot stand: none of them was elected to the committee, or the post's last vote elected no one.
public func nomineeProposalRefusal(post: Post, member: String, _ facts: RoundPlanningFacts) -> Refusal? {
    guard post == .secretary || facts.deputySeats > 0 else { return .noDeputySeat }
    guard let seats = facts.committeeSeats else { return .seatsNotSet }
    guard facts.electedCommittee.count == seats else { return .committeeIncomplete(post: post) }
    if let winner = facts.winner(of: post) { return .postAlreadyFilled(post: post, by: winner) }
    guard facts.electedCommittee.contains(member) else { return .notOnElectedCommittee(member: member) }
    if let other = facts.winner(of: post == .secretary ? .deputySecretary : .secretary), other == member {
        return .holdsOtherPost(member: member)
    }
    // A standing nominee not yet voted on is voted on first.
    let standing = facts.standingNominees(for: post)
    if !standing.isEmpty && !facts.votedOn(standing, for: post) { return .nomineeStillStands(post: post, nominees: standing) }
    return nil
}

/// One closed vote for a post: whom it voted on, and whom it elected (nil: no one).
public struct PostVote: Sendable, Equatable {
    public var candidates: [String]
    public var elected: String?

    public init(candidates: [String], elected: String?) {
        self.candidates = candidates
        self.elected = elected
    }
}

extension RoundPlanningFacts {
    /// Committee seats still empty (after any reduction).
    public var seatsEmpty: Int { max((committeeSeats ?? 0) - electedCommittee.count, 0) }

    /// The posts still to be elected, the secretary first.
    public var postsEmpty: [Post] {
        ([.secretary] + (deputySeats > 0 ? [.deputySecretary] : [])).filter { winner(of: $0) == nil }
    }

    /// Whom the post's vote elected, if it did.
    func winner(of post: Post) -> String? {
        (postVotes[post] ?? []).compactMap(\.elected).first
    }

    /// The nominees who stand for the post: the township's latest proposal, else the approved list's
    /// nominees elected to the committee.
    func standingNominees(for post: Post) -> [String] {
        let otherWinner = winner(of: post == .secretary ? .deputySecretary : .secretary)
        return (proposals[post] ?? []).last.map { [$0] } ?? (nominees[post] ?? []).filter { electedCommittee.contains($0) && $0 != otherWinner }
    }

    /// Whether a vote on exactly these nominees has been held since they came to stand (since the
    /// latest proposal, when there is one): it elected no one, or `winner` would have said so.
    func votedOn(_ names: [String], for post: Post) -> Bool {
        (postVotes[post] ?? []).dropFirst(proposalVoteCounts[post] ?? 0).contains { Set($0.candidates) == Set(names) }
    }
}
