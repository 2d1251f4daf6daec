/// 离任审计 (seed 第五篇 五、3 "对村（社区）党组织委员会成员进行离任经济责任审计，公布审计结果，接受群众监督。对审计中发现的
/// 问题，要按有关规定及时妥善处理"): one outgoing member's economic-responsibility audit.
public struct ExitAudit: Sendable, Hashable, Codable {
    public var auditedOn: CivilDate
    /// 审计单位: who audited (乡镇农经站、县审计局…).
    public var auditor: String
    /// The problems found; nil when the audit found none.
    public var problems: String?
    /// How the problems were dealt with (妥善处理), and when; nil until dealt with.
    public var handling: String?
    public var handledOn: CivilDate?

    public init(auditedOn: CivilDate, auditor: String, problems: String? = nil, handling: String? = nil, handledOn: CivilDate? = nil) {
        self.auditedOn = auditedOn
        self.auditor = auditor
        self.problems = problems
        self.handling = handling
        self.handledOn = handledOn
    }

    /// 对审计中发现的问题…及时妥善处理 (seed 五、3): nothing found, or what was found is dealt with.
    public var isSettled: Bool { problems == nil || handling != nil }

    /// The last date the audit rests on: the handling when there is one.
    public var latestDate: CivilDate { handledOn ?? auditedOn }
}

/// 任期目标考核 (seed 第五篇 五、7 "领导班子及成员在党员大会和村民代表会议上述职，并进行民主评议，公开结果"): one outgoing
/// member's democratic evaluation, as the counts of the three usual verdicts.
public struct TermReview: Sendable, Hashable, Codable {
    public var reviewedOn: CivilDate
    /// 满意
    public var satisfied: Int
    /// 基本满意
    public var basicallySatisfied: Int
    /// 不满意
    public var dissatisfied: Int

    public init(reviewedOn: CivilDate, satisfied: Int, basicallySatisfied: Int, dissatisfied: Int) {
        self.reviewedOn = reviewedOn
        self.satisfied = satisfied
        self.basicallySatisfied = basicallySatisfied
        self.dissatisfied = dissatisfied
    }

    /// The most verdicts of one kind a village's members and representatives can give (the schema holds the same bound).
    public static let maximumCount = 100_000

    /// Whether every count is one a real evaluation can have (0 to `maximumCount`).
    public var countsArePlausible: Bool {
        [satisfied, basicallySatisfied, dissatisfied].allSatisfy { (0...Self.maximumCount).contains($0) }
    }

    public var total: Int { satisfied + basicallySatisfied + dissatisfied }

    /// 满意率: 满意 and 基本满意 as a share of every verdict, in whole per cent rounded down (never rounded up to 100).
    public var satisfactionPercent: Int { total == 0 ? 0 : 100 * (satisfied + basicallySatisfied) / total }
}

/// What steps 3 and 7 still lack for the outgoing committee: the members with no audit, the audits whose problems
/// are not dealt with, the members with no evaluation. `outgoing` is the committee as recorded (names by member id).
public struct OutgoingReviewGaps: Sendable, Hashable {
    public var unaudited: [String] = []
    public var auditProblemsOpen: [String] = []
    public var unreviewed: [String] = []

    public init() {}

    public init(outgoing: [(id: Int64, name: String)], audits: [Int64: ExitAudit], reviews: [Int64: TermReview]) {
        for member in outgoing {
            if let audit = audits[member.id] {
                if !audit.isSettled { auditProblemsOpen.append(member.name) }
            } else {
                unaudited.append(member.name)
            }
            if reviews[member.id] == nil { unreviewed.append(member.name) }
        }
    }
}
