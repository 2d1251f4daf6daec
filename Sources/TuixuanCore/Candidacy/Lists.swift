import Foundation

/// One person on a candidate list, with the posts they are put forward for.
public struct ListEntry: Sendable, Hashable {
    public var nominee: NomineeFacts
    public var posts: Set<Post>

    public init(nominee: NomineeFacts, posts: Set<Post>) {
        self.nominee = nominee
        self.posts = posts
    }
}

/// A problem with a whole list (steps 12, 16, 17): the margin, the structure, the secretary.
public enum ListProblem: Sendable, Hashable, UserDescribable {
    /// 差额比例不足: fewer committee nominees than seats plus 20% (rounded up).
    case marginShort(have: Int, need: Int, seats: Int)
    /// A person on the list is not eligible for a post they are put forward for.
    case ineligible(name: String, post: Post, findings: [EligibilityFinding])
    /// Fewer secretary (or deputy) nominees than posts.
    case postUnfilled(Post, have: Int, need: Int)
    /// A secretary or deputy nominee who is not also a committee nominee.
    case notOnCommitteeList(name: String, post: Post)
    /// 原则上应有1名35岁以下党员: a warning to acknowledge.
    case noYouth(below: Int, acknowledged: Bool)
    /// 原则上应有1名女党员: a warning to acknowledge.
    case noWoman(acknowledged: Bool)

    /// Whether the problem stops the list as things stand.
    public var blocks: Bool {
        switch self {
        case .noYouth(_, let acknowledged), .noWoman(let acknowledged): !acknowledged
        default: true
        }
    }

    public func describe(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .marginShort(let have, let need, let seats):
            return zh ? "委员人选\(have)名，少于差额要求：应选\(seats)名、差额不低于20%，至少须\(need)名"
                : "\(have) committee nominees, short of the margin: \(seats) seats plus at least 20% needs \(need)"
        case .ineligible(let name, let post, let findings):
            let reasons = findings.filter(\.blocks).map { $0.describe(language) }.joined(separator: zh ? "；" : "; ")
            return zh ? "\(name)不能作为\(post.describe(.zh))人选：\(reasons)" : "\(name) cannot stand as \(post.describe(.en)): \(reasons)"
        case .postUnfilled(let post, let have, let need):
            return zh ? "\(post.describe(.zh))人选\(have)名，至少须\(need)名" : "\(have) \(post.describe(.en)) nominee(s); at least \(need) needed"
        case .notOnCommitteeList(let name, let post):
            return zh ? "\(post.describe(.zh))人选\(name)须同时是委员人选" : "\(post.describe(.en)) nominee \(name) must also be a committee nominee"
        case .noYouth(let below, let acknowledged):
            return (zh ? "人选中没有\(below)岁以下党员（原则上应有1名）" : "no nominee aged \(below) or under (there should in principle be one)")
                + (acknowledged ? (zh ? "，已确认" : ", acknowledged") : (zh ? "，须审核人员确认" : ", needs a reviewer's acknowledgement"))
        case .noWoman(let acknowledged):
            return (zh ? "人选中没有女党员（原则上应有1名）" : "no woman among the nominees (there should in principle be one)")
                + (acknowledged ? (zh ? "，已确认" : ", acknowledged") : (zh ? "，须审核人员确认" : ", needs a reviewer's acknowledgement"))
        }
    }
}

/// Whether a structure warning has been acknowledged for this list.
public struct StructureAcknowledgements: Sendable, Hashable {
    public var noYouth: Bool
    public var noWoman: Bool

    public init(noYouth: Bool = false, noWoman: Bool = false) {
        self.noYouth = noYouth
        self.noWoman = noWoman
    }
}

/// The checks a candidate list must pass (steps 12, 16, 17; rules.md "Differential lists" and
/// "Seats and structure"): the ≥20% margin over committee seats, every person eligible for their
/// posts, the secretary (and deputy) drawn from the committee list with at least as many nominees as
/// posts (等额 allowed), and the structure warnings.
public func listProblems(
    _ entries: [ListEntry], seats: Seats, on date: CivilDate, rules: RuleSet, plan: LocalPlan, level: OrganizationLevel,
    acknowledged: StructureAcknowledgements = StructureAcknowledgements(), stage: ListStage = .initial
) -> [ListProblem] {
    var problems: [ListProblem] = []
    let committee = entries.filter { $0.posts.contains(.member) }
    let need = minimumCandidates(seats: seats.committee, rule: rules.differentialMargin)
    if committee.count < need { problems.append(.marginShort(have: committee.count, need: need, seats: seats.committee)) }
    for entry in entries {
        for post in Post.allCases where entry.posts.contains(post) {
            let findings = assessEligibility(entry.nominee, for: post, on: date, rules: rules, plan: plan, level: level, standingFor: entry.posts,
                                             healthChecked: stage.followsInspection)
            if findings.contains(where: \.blocks) {
                problems.append(.ineligible(name: entry.nominee.member.name, post: post, findings: findings))
            }
            if post != .member && !entry.posts.contains(.member) {
                problems.append(.notOnCommitteeList(name: entry.nominee.member.name, post: post))
            }
        }
    }
    for (post, count) in [(Post.secretary, seats.secretary), (.deputySecretary, seats.deputySecretary)] where count > 0 {
        let have = entries.filter { $0.posts.contains(post) }.count
        if have < count { problems.append(.postUnfilled(post, have: have, need: count)) }
    }
    // Structure (seed 三(四) "村党组织原则上应有1名35岁以下的党员和1名女党员"): village committees; for a community the
    // seed asks only to raise the share of women (社区党组织要适当提高女性委员的比例), a figure it does not set.
    if level == .village, !committee.isEmpty {
        // 35岁以下 includes 35 (以下 includes the number).
        if !committee.contains(where: { $0.nominee.member.birthDate.age(on: date) <= plan.youthAgeBelow }) {
            problems.append(.noYouth(below: plan.youthAgeBelow, acknowledged: acknowledged.noYouth))
        }
        if !committee.contains(where: { $0.nominee.member.gender == .female }) {
            problems.append(.noWoman(acknowledged: acknowledged.noWoman))
        }
    }
    return problems
}

/// 公示 of the prospective list (seed 第五篇 五、17 "研究确定…候选人预备人选名单，并在村(社区)进行公开公示";
/// 18 "公示结束后…上报"): it publishes a list that exists, so it starts no earlier than the day the list
/// took its present form, and lasts at least the days the plan sets (at most 30).
public func publicityRefusal(_ period: PublicityPeriod, planDays: Int, listSetOn: CivilDate?) -> Refusal? {
    guard period.days <= 30 else { return .publicityDaysOutOfRange(period.days) }
    guard period.days >= planDays else { return .publicityShorterThanPlan(days: period.days, plan: planDays) }
    if let listSetOn, period.start < listSetOn { return .dateBeforeItsGrounds(date: period.start, grounds: listSetOn) }
    return nil
}

/// 公示: a publicity period of `days` days from `start`, both ends included.
public struct PublicityPeriod: Sendable, Hashable, Codable {
    public var start: CivilDate
    public var days: Int

    public init(start: CivilDate, days: Int) {
        self.start = start
        self.days = days
    }

    /// The last day of publicity.
    public var end: CivilDate { start.adding(days: days - 1) }

    /// 公示结束后: the list may go forward only on a day after the last day of publicity.
    public func hasEnded(on today: CivilDate) -> Bool { today > end }

    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }
}

/// 公示期间的反映: an objection against a nominee, and how it was resolved.
public struct Objection: Sendable, Hashable, Codable {
    public enum Resolution: Sendable, Hashable, Codable {
        /// 反映属实: the person leaves the list.
        case upheld(reason: String)
        /// 反映不属实: dismissed, with the reason.
        case dismissed(reason: String)
    }

    public var memberID: Int64
    public var received: CivilDate
    public var summary: String
    public var resolution: Resolution?

    public init(memberID: Int64, received: CivilDate, summary: String, resolution: Resolution? = nil) {
        self.memberID = memberID
        self.received = received
        self.summary = summary
        self.resolution = resolution
    }
}

/// The list after publicity: every person with an upheld objection removed. The margin must then
/// be checked again with `listProblems`.
public func applyingObjections(_ entries: [ListEntry], _ objections: [Objection]) -> [ListEntry] {
    let removed = Set(objections.compactMap { objection -> Int64? in
        if case .upheld? = objection.resolution { objection.memberID } else { nil }
    })
    return entries.filter { !removed.contains($0.nominee.member.id ?? -1) }
}

/// 以姓氏笔画为序: names in the order of the strokes of their surnames (ICU's stroke collation).
public func sortedByStrokes(_ names: [String]) -> [String] {
    let locale = Locale(identifier: "zh@collation=stroke")
    return names.sorted { $0.compare($1, options: [], range: nil, locale: locale) == .orderedAscending }
}
