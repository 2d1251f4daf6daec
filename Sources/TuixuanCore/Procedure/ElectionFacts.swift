/// How a step was closed.
public struct StepOutcome: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        case completed, skipped
    }

    public var kind: Kind
    /// The date the act itself took place (a meeting, a publication).
    public var happenedOn: CivilDate
    public var operatorName: String
    /// Why it was skipped (required for skips).
    public var reason: String?

    public init(kind: Kind, happenedOn: CivilDate, operatorName: String, reason: String? = nil) {
        self.kind = kind
        self.happenedOn = happenedOn
        self.operatorName = operatorName
        self.reason = reason
    }
}

/// An approval on file, and whether what it approved is still what it was.
public struct ApprovalFact: Sendable, Hashable, Codable {
    public var step: Int
    public var subject: String
    public var level: ApprovalLevel
    /// The role of the operator who gave it.
    public var role: Role
    /// False when the approved digest no longer matches the data (the approval is stale).
    public var isCurrent: Bool

    public init(step: Int, subject: String, level: ApprovalLevel, role: Role? = nil, isCurrent: Bool) {
        self.step = step
        self.subject = subject
        self.level = level
        self.role = role ?? level.role
        self.isCurrent = isCurrent
    }
}

/// The latest date among the facts a step rests on, and what they are, for the date check.
public struct FactDate: Sendable, Hashable {
    public var date: CivilDate
    public var what: LocalizedText

    public init(date: CivilDate, what: LocalizedText) {
        self.date = date
        self.what = what
    }
}

/// Everything the engine and the named conditions may look at for one election: a snapshot
/// taken by the store, so that the engine stays pure. Later issues add fields for their conditions.
public struct ElectionFacts: Sendable, Hashable {
    public var outcomes: [Int: StepOutcome] = [:]
    public var approvals: [ApprovalFact] = []

    /// 软弱涣散: the step 1 assessment; nil until assessed. The township's typed assessment when there is one (always with
    /// its reason), else what the organization's grade of this year or the last says (较差 is weak and lax).
    public var weakAndLax: Bool?
    /// The organization's grade of this year or the last, from its grading (004 第一篇), when one is final.
    public var gradeOnFile: YearGrade?
    /// Its rectification of this year or the last (004 第四篇), if any: accepted or not, and who was sent in.
    public var rectificationOnFile: RectificationOnFile?
    /// The township decided to hold the election while the rectification is not yet accepted.
    public var heldDuringRectification = false
    /// The outgoing committee: its size as the organization records it (nil: none known) and the members
    /// recorded for this election.
    public var previousCommitteeSize: Int?
    public var outgoingMembers = 0
    /// Steps 3 and 7: outgoing members with no exit audit, with audit problems not dealt with, with no evaluation.
    public var outgoingReviewGaps = OutgoingReviewGaps()
    /// The latest date of the facts a step rests on (an audit, a talk), by step: the step is not dated before it.
    public var factDates: [Int: FactDate] = [:]
    /// 落选和不再继续提名的同志 (step 29): outgoing members and prospective candidates not elected to the committee.
    public var peopleToCounsel: [String] = []
    /// Step 29: those of them with no talk recorded.
    public var peopleNotCounselled: [String] = []
    /// Step 30: an archive bundle of this election was checked and filed.
    public var archiveFiled = false
    /// 指导组 members recorded (step 5).
    public var guidanceGroupSize = 0
    /// Members with a vote on the congress date.
    public var voterCount = 0
    /// Names of away (流动) members with a vote who have not been notified (step 9).
    public var awayVotersNotNotified: [String] = []
    /// Names of members with a vote whose intention to attend is not recorded (step 10).
    public var votersWithoutIntention: [String] = []
    /// Names of members whose exclusion from the expected attendance awaits an approval (step 10).
    public var undecidedExclusions: [String] = []
    /// The current expected attendance, and the figure last filed with the county (step 10).
    public var expectedAttendance: Int?
    public var filedExpectedAttendance: Int?

    /// Today, where the election is held (publicity periods end by it).
    public var today: CivilDate?
    /// Why the seats are not settled (empty when they are); nil when no seats are set.
    public var seatProblems: [LocalizedText]?
    /// The recommendation rounds recorded (members, representatives).
    public var recommendationRounds: Set<String> = []
    /// People recommended by the township committee (step 13).
    public var townshipRecommendations = 0
    /// Blocking problems of each stage's list (initial, inspection, prospective); absent: no list.
    public var listProblems: [String: [LocalizedText]] = [:]
    /// Secretary nominees on each stage's list.
    public var secretaryNominees: [String: Int] = [:]
    /// Vetting answers still missing, as "department: name".
    public var vettingMissing: [String] = []
    /// Publicity of the prospective candidates (step 17).
    public var publicity: PublicityPeriod?
    /// Names with an objection not yet resolved.
    public var unresolvedObjections: [String] = []
    /// Prospective candidates whose pledge is not signed and published.
    public var pledgesMissing: [String] = []
    /// Outgoing committee members (两委班子成员) and guidance group members (工作人员) with no signed pledge.
    public var bindingPledgesMissing: [String] = []

    /// The congress (steps 20–27): the election method adopted, the officers named.
    public var methodAdopted = false
    public var chiefScrutineers = 0
    public var tellers = 0
    /// Committee seats and the members elected to them so far.
    public var committeeSeats: Int?
    public var committeeElected = 0
    /// Secretary and deputy posts, and whether they are filled.
    public var secretaryElected = false
    public var deputySeats = 0
    public var deputyElected = false
    /// A round is still open.
    public var openRound = false
    /// Elected members who are not eligible as things stand, each with the reasons (none: all are).
    public var electedProblems: [LocalizedText] = []
    /// What comes next at the congress, once the method is adopted.
    public var congressNext: CongressNext?

    public init() {}
}

extension ElectionFacts: ProcedureFacts {
    public static func condition(named name: String) -> ElectionCondition? { Conditions.named(name) }
    public static func remedy(for name: String) -> String? { Conditions.remedies[name] }
}
