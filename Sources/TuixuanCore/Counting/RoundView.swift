/// 投票轮次的类别: the committee vote, a further round for empty seats (另行选举), a run-off among
/// the tied (票数相等者再次投票), and the secretary's and a community's deputy's votes.
public enum RoundKind: String, Sendable, Codable, CaseIterable, UserDescribable {
    case committee, further, runoff, secretary, deputy

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.committee, .zh): "委员选举"
        case (.further, .zh): "另行选举"
        case (.runoff, .zh): "票数相等者再次投票"
        case (.secretary, .zh): "书记选举"
        case (.deputy, .zh): "副书记选举"
        case (.committee, .en): "committee"
        case (.further, .en): "further round"
        case (.runoff, .en): "run-off among the tied"
        case (.secretary, .en): "secretary"
        case (.deputy, .en): "deputy secretary"
        }
    }
}

extension RoundKind {
    /// The post the round elects on its own (书记, 副书记); nil for the committee's rounds.
    public var post: Post? {
        switch self {
        case .secretary: .secretary
        case .deputy: .deputySecretary
        case .committee, .further, .runoff: nil
        }
    }
}

/// A round is open while ballots are entered, then closed with its count, or void (returned > issued).
public enum RoundState: String, Sendable, Codable, CaseIterable {
    case open, closed, void
}

/// One of the two tellers' independent entries of the same stack (双人录入).
public enum EntrySide: String, Sendable, Codable, CaseIterable {
    case A, B

    /// The other teller's entry.
    public var other: EntrySide { self == .A ? .B : .A }
}

extension VotingBody: UserDescribable {
    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.congress, .zh): "党员大会"
        case (.committee, .zh): "委员会全体会议"
        case (.congress, .en): "congress"
        case (.committee, .en): "committee"
        }
    }
}

/// A round as shown: its set-up, its entries, and, once closed, its count, outcome and every
/// person's result, worked out once here so every report format says the same.
public struct RoundView: Sendable, Codable {
    public var id: Int64
    public var number: Int
    public var kind: RoundKind
    public var body: VotingBody
    public var seats: Int
    public var candidates: [String]
    public var expected: Int
    public var present: Int
    public var issued: Int?
    public var returned: Int?
    public var state: RoundState
    public var enteredA: Int
    public var enteredB: Int
    public var count: RoundCount?
    public var outcome: RoundOutcome?
    public var base: Int?
    public var baseKind: RuleSet.ThresholdRule.Base?
    /// Every person voted on (candidates, then write-ins) with the result; empty until closed.
    public var results: [PersonResult]

    public init(id: Int64, number: Int, kind: RoundKind, body: VotingBody, seats: Int, candidates: [String], expected: Int, present: Int,
                issued: Int?, returned: Int?, state: RoundState, enteredA: Int, enteredB: Int, count: RoundCount?, outcome: RoundOutcome?,
                base: Int?, baseKind: RuleSet.ThresholdRule.Base?) {
        self.id = id
        self.number = number
        self.kind = kind
        self.body = body
        self.seats = seats
        self.candidates = candidates
        self.expected = expected
        self.present = present
        self.issued = issued
        self.returned = returned
        self.state = state
        self.enteredA = enteredA
        self.enteredB = enteredB
        self.count = count
        self.outcome = outcome
        self.base = base
        self.baseKind = baseKind
        results = PersonResult.all(count: count, outcome: outcome, runOff: kind == .runoff)
    }
}

/// One person's line in a closed round's count.
public struct PersonResult: Sendable, Codable, Hashable {
    public var name: String
    /// 另选他人: written in, not on the ballot. A write-in has only yes votes.
    public var writeIn: Bool
    public var yes: Int
    public var no: Int?
    public var abstain: Int?
    public var verdict: Verdict

    /// What the round decided for the person.
    public enum Verdict: String, Sendable, Codable, UserDescribable {
        /// 当选
        case elected
        /// 票数相等: tied at the cut-off, a run-off decides.
        case tied
        /// 过半数未当选: more than half, but others had more votes for the seats.
        case passedNotElected = "passed_not_elected"
        /// 未过半数
        case belowThreshold = "below_threshold"
        /// 未当选: in a run-off among the tied, where no threshold applies, fewer votes than those elected.
        case notElected = "not_elected"
        /// 另选的人过半数但不能当选: a write-in above the threshold who cannot be elected (see `RoundOutcome.writeInsNotStanding`).
        case cannotStand = "cannot_stand"

        public func describe(_ language: Language) -> String {
            switch (self, language) {
            case (.elected, .zh): "当选"
            case (.tied, .zh): "票数相等，须再次投票"
            case (.passedNotElected, .zh): "过半数未当选"
            case (.belowThreshold, .zh): "未过半数"
            case (.notElected, .zh): "未当选"
            case (.cannotStand, .zh): "过半数，但不能当选（无被选举权、重名无法确定其人、已被取消资格或已当选）"
            case (.cannotStand, .en): "passed, but cannot be elected (no right to be elected, a name the roll cannot tell apart, revoked, or already elected)"
            case (.notElected, .en): "not elected"
            case (.elected, .en): "elected"
            case (.tied, .en): "tied: run-off"
            case (.passedNotElected, .en): "passed, not elected"
            case (.belowThreshold, .en): "below threshold"
            }
        }
    }

    /// Each person of the count, in ballot order then write-ins, with the outcome's verdict.
    static func all(count: RoundCount?, outcome: RoundOutcome?, runOff: Bool) -> [PersonResult] {
        guard let count, let outcome else { return [] }
        let onBallot = Set(count.candidates.map(\.name))
        return (count.candidates + count.writeIns).map { person in
            let writeIn = !onBallot.contains(person.name)
            // rules.md, Counting: elected only with yes votes above half of the base; exactly half fails.
            let verdict: Verdict = outcome.elected.contains(person.name) ? .elected
                : outcome.tiedAtCutoff.contains(person.name) ? .tied
                : runOff ? .notElected
                : outcome.writeInsNotStanding?.contains(person.name) == true ? .cannotStand
                : passesElectionThreshold(yes: person.yes, base: outcome.base) ? .passedNotElected : .belowThreshold
            return PersonResult(name: person.name, writeIn: writeIn, yes: person.yes, no: writeIn ? nil : person.no,
                                abstain: writeIn ? nil : person.abstain, verdict: verdict)
        }
    }
}

/// 计票结果报告单: every round of the congress and the officers who sign it. Built once from the
/// store's read; the text, HTML, PDF, CSV and JSON renderers only format it.
/// 取消候选人资格 or 宣布当选无效 (seed 第五篇 六、2).
public enum RevocationKind: String, Sendable, Codable, CaseIterable {
    case cancelled, void
}

/// A candidacy cancelled or an election declared void, as the count report and the board show it.
public struct Revocation: Sendable, Codable, Hashable {
    public var name: String
    public var kind: RevocationKind
    public var reason: String
    /// The 不得 finding it rests on, in words (nil: another eligibility fact).
    public var finding: String?
    public var countyToldOn: CivilDate

    public init(name: String, kind: RevocationKind, reason: String, finding: String?, countyToldOn: CivilDate) {
        self.name = name
        self.kind = kind
        self.reason = reason
        self.finding = finding
        self.countyToldOn = countyToldOn
    }
}

public struct CountReport: Sendable, Codable {
    public var title: String
    public var rounds: [RoundView]
    public var officers: [Officer]
    /// The seats reduced by the congress's vote, if they were: the shortfall it settles is no longer to be filled.
    public var seatReduction: SeatReduction?
    /// 休会: each sitting that ended before the congress's business was done.
    public var adjournments: [Adjournment]
    /// What comes next at the congress (nil before the method is adopted).
    public var next: CongressNext?
    /// Candidacies cancelled and elections declared void, oldest first.
    public var revocations: [Revocation] = []

    public struct Officer: Sendable, Codable, Hashable {
        public var name: String
        public var duty: OfficerDuty

        public init(name: String, duty: OfficerDuty) {
            self.name = name
            self.duty = duty
        }
    }

    public init(title: String, rounds: [RoundView], officers: [Officer], seatReduction: SeatReduction? = nil, adjournments: [Adjournment] = [],
                next: CongressNext? = nil) {
        self.title = title
        self.rounds = rounds
        self.officers = officers
        self.seatReduction = seatReduction
        self.adjournments = adjournments
        self.next = next
    }

    /// The names holding a duty, in the order they were appointed.
    public func officers(_ duty: OfficerDuty) -> [String] {
        officers.filter { $0.duty == duty }.map(\.name)
    }
}

extension OfficerDuty: UserDescribable {
    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.chiefScrutineer, .zh): "总监票人"
        case (.scrutineer, .zh): "监票人"
        case (.teller, .zh): "计票人"
        case (.chiefScrutineer, .en): "chief scrutineer"
        case (.scrutineer, .en): "scrutineers"
        case (.teller, .en): "tellers"
        }
    }
}

/// 减少职数: the congress's recorded vote to reduce the committee seats to those elected.
public struct SeatReduction: Sendable, Codable, Hashable {
    public var seatsFrom: Int
    public var seatsTo: Int
    public var votesFor: Int
    public var present: Int
    public var decidedOn: CivilDate

    public init(seatsFrom: Int, seatsTo: Int, votesFor: Int, present: Int, decidedOn: CivilDate) {
        self.seatsFrom = seatsFrom
        self.seatsTo = seatsTo
        self.votesFor = votesFor
        self.present = present
        self.decidedOn = decidedOn
    }
}
