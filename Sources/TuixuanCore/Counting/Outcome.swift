/// What a round decides.
public struct RoundOutcome: Sendable, Hashable, Codable {
    /// Elected, in order of yes votes.
    public var elected: [String]
    /// A tie at the cut-off: these share the last places and must go to a run-off among themselves
    /// for `runOffSeats` seats (never decided by lot).
    public var tiedAtCutoff: [String]
    public var runOffSeats: Int
    /// Seats still empty because too few passed the threshold.
    public var shortfall: Int
    /// The yes votes needed: more than half of `base`.
    public var base: Int
    /// Write-ins above the threshold who could not be elected (no right to be elected, a name the roll cannot tell
    /// apart, revoked, already elected, not of the committee for a post): nil when none.
    public var writeInsNotStanding: [String]? = nil
}

/// 当选 (rules.md "Counting"): only people with yes votes above half of the base are elected (exactly
/// half fails), in order of yes votes up to the seats. A tie at the cut-off sends the tied to a run-off
/// for the seats left; too few above the threshold leaves a shortfall for a further round. Write-ins
/// compete like candidates when `canBeElected` says they have the right to be elected.
public func decideRound(_ count: RoundCount, seats: Int, base: Int, canBeElected: (String) -> Bool = { _ in true }) -> RoundOutcome {
    let passing = count.writeIns.filter { passesElectionThreshold(yes: $0.yes, base: base) }
    let standing = passing.filter { canBeElected($0.name) }
    let contenders = (count.candidates + standing).filter { passesElectionThreshold(yes: $0.yes, base: base) }
    var outcome = electInOrder(contenders, seats: seats, base: base)
    let notStanding = passing.map(\.name).filter { name in !standing.contains { $0.name == name } }
    outcome.writeInsNotStanding = notStanding.isEmpty ? nil : notStanding
    return outcome
}

/// 票数相等者再次投票 (rules.md "Counting": "the tied already passed the threshold, so in that vote the
/// most votes win (得票多的当选), and a new tie means another such vote"): the candidates on the run-off
/// ballot are elected in order of yes votes with no threshold; a new tie at the cut-off goes to
/// another run-off among those tied. Write-ins do not stand in a run-off among the tied.
public func decideRunOff(_ count: RoundCount, seats: Int, base: Int) -> RoundOutcome {
    electInOrder(count.candidates, seats: seats, base: base)
}

/// Those who may be elected, taken in order of yes votes up to the seats; a tie at the cut-off is
/// left to a run-off for the seats it leaves, and too few contenders leave a shortfall.
private func electInOrder(_ eligible: [CandidateCount], seats: Int, base: Int) -> RoundOutcome {
    let contenders = eligible.sorted { ($0.yes, $1.name) > ($1.yes, $0.name) }
    guard contenders.count > seats else {
        return RoundOutcome(elected: contenders.map(\.name), tiedAtCutoff: [], runOffSeats: 0, shortfall: seats - contenders.count, base: base)
    }
    let cutoff = contenders[seats - 1].yes
    guard contenders[seats].yes == cutoff else {
        return RoundOutcome(elected: contenders.prefix(seats).map(\.name), tiedAtCutoff: [], runOffSeats: 0, shortfall: 0, base: base)
    }
    let clear = contenders.filter { $0.yes > cutoff }.map(\.name)
    let tied = contenders.filter { $0.yes == cutoff }.map(\.name)
    return RoundOutcome(elected: clear, tiedAtCutoff: tied, runOffSeats: seats - clear.count, shortfall: 0, base: base)
}

/// 另行选举的候选人: for `missingSeats` seats, the unelected in order of yes votes, as many as the
/// differential margin needs (more when several tie at the last place, never fewer).
public func furtherRoundCandidates(_ count: RoundCount, elected: [String], missingSeats: Int, margin: RuleSet.MarginRule,
                                   barred: Set<String> = []) -> [String] {
    let unelected = count.candidates.filter { !elected.contains($0.name) && !barred.contains($0.name) }.sorted { ($0.yes, $1.name) > ($1.yes, $0.name) }
    let needed = minimumCandidates(seats: missingSeats, rule: margin)
    guard unelected.count > needed else { return unelected.map(\.name) }
    let last = unelected[needed - 1].yes
    return unelected.filter { $0.yes >= last }.map(\.name)
}

/// The threshold base for a round under a rule set (rules.md "Counting"): the expected attendance
/// with a vote (2020) or the members present with a vote (1990); an adopted 选举办法 may choose.
public func thresholdBase(expected: Int, present: Int, base: RuleSet.ThresholdRule.Base) -> Int {
    switch base {
    case .expected: expected
    case .present: present
    }
}
