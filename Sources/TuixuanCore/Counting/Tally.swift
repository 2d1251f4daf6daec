/// 计票: yes / no / abstain for one person on the ballot.
public struct CandidateCount: Sendable, Hashable, Codable {
    public var name: String
    public var yes: Int
    public var no: Int
    public var abstain: Int

    public init(name: String, yes: Int, no: Int, abstain: Int) {
        self.name = name
        self.yes = yes
        self.no = no
        self.abstain = abstain
    }
}

/// The count of one round.
public struct RoundCount: Sendable, Hashable, Codable {
    public var returned: Int
    public var valid: Int
    public var overvoted: Int
    public var spoiled: Int
    public var candidates: [CandidateCount]
    /// Write-in names with the ○ they received, most first.
    public var writeIns: [CandidateCount]
    /// Ballot positions (1-based) still waiting for a scrutineers' ruling.
    public var awaitingRuling: [Int]

    public var invalid: Int { overvoted + spoiled }

    public init(returned: Int, valid: Int, overvoted: Int, spoiled: Int, candidates: [CandidateCount], writeIns: [CandidateCount], awaitingRuling: [Int]) {
        self.returned = returned
        self.valid = valid
        self.overvoted = overvoted
        self.spoiled = spoiled
        self.candidates = candidates
        self.writeIns = writeIns
        self.awaitingRuling = awaitingRuling
    }
}

/// Counts a stack of ballots: each valid ballot gives every candidate a yes, a no or an abstention,
/// and each approved write-in a yes. Invalid and spoiled ballots count for no one.
public func countRound(_ ballots: [BallotEntry], candidates: [String], seats: Int) -> RoundCount {
    var tally = RoundTally(candidates: candidates, seats: seats)
    for ballot in ballots { tally.add(ballot) }
    return tally.count
}

/// The count built one ballot at a time, in stack order (for stacks read from a file or the database
/// without holding them whole); `count` is what `countRound` gives for the same ballots.
public struct RoundTally: Sendable {
    public let candidates: [String]
    public let seats: Int
    private var yes: [Int]
    private var no: [Int]
    private var writeIns: [String: Int] = [:]
    private var tally = RoundCount(returned: 0, valid: 0, overvoted: 0, spoiled: 0, candidates: [], writeIns: [], awaitingRuling: [])

    public init(candidates: [String], seats: Int) {
        self.candidates = candidates
        self.seats = seats
        yes = Array(repeating: 0, count: candidates.count)
        no = Array(repeating: 0, count: candidates.count)
    }

    public mutating func add(_ ballot: BallotEntry) {
        tally.returned += 1
        switch scrutinize(ballot, candidates: candidates, seats: seats) {
        case .valid(let approved, let rejected, let names, _):
            tally.valid += 1
            for i in approved { yes[i] += 1 }
            for i in rejected { no[i] += 1 }
            for name in names { writeIns[name, default: 0] += 1 }
        case .overvoted: tally.overvoted += 1
        case .spoiled: tally.spoiled += 1
        case .needsRuling: tally.awaitingRuling.append(tally.returned)
        }
    }

    public var count: RoundCount {
        var count = tally
        count.candidates = candidates.indices.map {
            CandidateCount(name: candidates[$0], yes: yes[$0], no: no[$0], abstain: count.valid - yes[$0] - no[$0])
        }
        count.writeIns = writeIns.map { CandidateCount(name: $0.key, yes: $0.value, no: 0, abstain: 0) }
            .sorted { ($0.yes, $1.name) > ($1.yes, $0.name) }
        return count
    }
}
