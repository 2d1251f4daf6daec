/// The posts a nominee may be put forward for.
public enum Post: String, Sendable, Codable, CaseIterable, Hashable, UserDescribable {
    /// 委员
    case member
    /// 书记
    case secretary
    /// 副书记
    case deputySecretary = "deputy_secretary"

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.member, .zh): "委员"
        case (.secretary, .zh): "书记"
        case (.deputySecretary, .zh): "副书记"
        case (.member, .en): "committee member"
        case (.secretary, .en): "secretary"
        case (.deputySecretary, .en): "deputy secretary"
        }
    }
}

/// A finding recorded against a nominee, with where it came from (a vetting department, the
/// township committee, an objection).
public struct RecordedFinding: Sendable, Hashable, Codable {
    public enum Kind: Sendable, Hashable, Codable {
        case disqualifying(DisqualifyingCondition)
        case unsuitableSecretary(SecretaryUnsuitability)
    }

    public var kind: Kind
    /// 来源: e.g. 县公安局, 乡镇党委.
    public var source: String
    /// What was found.
    public var detail: String

    public init(kind: Kind, source: String, detail: String) {
        self.kind = kind
        self.source = source
        self.detail = detail
    }
}

/// Everything the eligibility rules look at for one nominee.
public struct NomineeFacts: Sendable, Hashable {
    public var member: Member
    /// Whether the nominee sits on the outgoing committee, and as what.
    public var incumbentPost: Post?
    public var findings: [RecordedFinding]
    /// 经乡镇党委研究，报县领导小组审定: the decision that lets an incumbent over the age limit continue.
    public var ageExceptionApproved: Bool
    /// 受处分影响期: the end of a sanction's effect period, when the nominee is inside one.
    public var sanctionEffectUntil: CivilDate?
    /// The special decision that lets a nominee inside a sanction's effect period stand.
    public var sanctionExceptionApproved: Bool
    /// A reviewer acknowledged the education warning.
    public var educationAcknowledged: Bool
    /// The township weighed the nine 不宜 items for this incumbent secretary (`assessSecretary`).
    public var secretaryAssessed = false
    /// 身体健康: what the township recorded about the nominee's health (nil: nothing yet).
    public var health: HealthFinding?

    public init(
        member: Member, incumbentPost: Post? = nil, findings: [RecordedFinding] = [], ageExceptionApproved: Bool = false,
        sanctionEffectUntil: CivilDate? = nil, sanctionExceptionApproved: Bool = false, educationAcknowledged: Bool = false
    ) {
        self.member = member
        self.incumbentPost = incumbentPost
        self.findings = findings
        self.ageExceptionApproved = ageExceptionApproved
        self.sanctionEffectUntil = sanctionEffectUntil
        self.sanctionExceptionApproved = sanctionExceptionApproved
        self.educationAcknowledged = educationAcknowledged
    }
}

/// 身体健康 as the township found it at the inspection (组织考察): fit to serve, or not, and on what basis.
public struct HealthFinding: Sendable, Hashable, Codable {
    public var fit: Bool
    /// What the finding rests on (a medical report, the inspection's enquiries) or, when unfit, what was found.
    public var basis: String

    public init(fit: Bool, basis: String) {
        self.fit = fit
        self.basis = basis
    }
}

/// One eligibility finding: which rule, which fact, and what it means for the nominee.
public struct EligibilityFinding: Sendable, Hashable, UserDescribable {
    public enum Rule: String, Sendable, Hashable, Codable {
        /// 被选举权 (条例 第五条)
        case rightToBeElected = "right_to_be_elected"
        /// 新任委员年龄不超过55岁 / 新任书记不超过60岁 (seed 三(四))
        case ageLimit = "age_limit"
        /// 高中以上文化程度 (seed 三(四))
        case education
        /// 身体健康 (seed 三(四)), for new nominees from the inspection list on
        case health
        /// 不得情形 (seed 三(五))
        case disqualified
        /// 不宜继续担任书记 (seed 三(四))
        case unsuitableSecretary = "unsuitable_secretary"
        /// 受处分影响期未满 (seed 三(五) 末段)
        case sanctionEffect = "sanction_effect"
    }

    public enum Effect: Sendable, Hashable {
        /// The nominee cannot be put forward for the post.
        case excludes
        /// Allowed only once the named decision is recorded; `approved` says whether it is.
        case needsDecision(approved: Bool)
        /// A warning a reviewer must acknowledge; `acknowledged` says whether they have.
        case warning(acknowledged: Bool)
    }

    public var rule: Rule
    public var post: Post
    public var effect: Effect
    /// The fact behind the finding, in the user's words.
    public var fact: LocalizedText

    /// True when this finding keeps the nominee off the list for the post as things stand.
    public var blocks: Bool {
        switch effect {
        case .excludes: true
        case .needsDecision(let approved): !approved
        case .warning(let acknowledged): !acknowledged
        }
    }

    public func describe(_ language: Language) -> String { fact.text(language) }
}

/// 资格条件 (seed 三, rules.md "Seats and structure"): every finding about one nominee for one
/// post, judged on the congress date under the rule set and the county plan, for an organization of
/// `level`, the nominee standing for `posts` in all (the post alone when nil). `healthChecked`: the list is one
/// the inspection (组织考察) has looked at, where a new nominee's health must be on record.
public func assessEligibility(
    _ nominee: NomineeFacts, for post: Post, on date: CivilDate, rules: RuleSet, plan: LocalPlan, level: OrganizationLevel, standingFor posts: Set<Post>? = nil,
    healthChecked: Bool = false
) -> [EligibilityFinding] {
    var findings: [EligibilityFinding] = []
    func add(_ rule: EligibilityFinding.Rule, _ effect: EligibilityFinding.Effect, _ zh: String, _ en: String) {
        findings.append(EligibilityFinding(rule: rule, post: post, effect: effect, fact: LocalizedText(zh: zh, en: en)))
    }
    let member = nominee.member

    // 被选举权: the same suspensions as the vote (条例 第五条).
    if let reason = votingRight(of: member, on: date, under: rules) {
        add(.rightToBeElected, .excludes, "没有被选举权：\(reason.describe(.zh))", "no right to be elected: \(reason.describe(.en))")
    }

    // Age on the congress date (seed 三(四) "原则上新任村党组织委员会委员年龄不超过55岁，新任村党组织书记年龄不超过60岁";
    // "村党组织书记年龄超过60周岁和村党组织委员会其他成员年龄超过55周岁…经乡镇党委研究，报县…领导小组审定，可以继续提名"):
    // village committees only; a secretary nominee is held to the secretary's limit on every post he stands
    // for (the members' limit is for the 其他成员), everyone else to the members'. An incumbent over the limit
    // continues only with the township's decision approved by the county leading group.
    let age = member.birthDate.age(on: date)
    let secretaryNominee = (posts ?? [post]).contains(.secretary)
    let limit = secretaryNominee ? plan.maxAgeNewSecretary : plan.maxAgeNewMember
    let continuing = post == .secretary ? nominee.incumbentPost == .secretary : nominee.incumbentPost != nil
    if level == .village, age > limit {
        let what = LocalizedText(zh: secretaryNominee ? "书记" : "委员", en: secretaryNominee ? "secretary" : "member")
        if continuing {
            add(.ageLimit, .needsDecision(approved: nominee.ageExceptionApproved),
                "\(date)时年满\(age)周岁，超过\(what.zh)\(limit)岁的年龄要求；现任人员继续提名须经乡镇党委研究、报县领导小组审定\(nominee.ageExceptionApproved ? "（已审定）" : "（尚未审定）")",
                "aged \(age) on \(date), over the \(what.en) limit of \(limit); an incumbent continues only with the township's decision approved by the county group\(nominee.ageExceptionApproved ? " (approved)" : " (not yet approved)")")
        } else {
            add(.ageLimit, .excludes, "\(date)时年满\(age)周岁，新任\(what.zh)年龄不超过\(limit)岁",
                "aged \(age) on \(date): a new \(what.en) may be at most \(limit)")
        }
    }

    // 高中以上文化程度: below is a warning a reviewer acknowledges.
    if !member.education.isSeniorHighOrAbove {
        add(.education, .warning(acknowledged: nominee.educationAcknowledged),
            "文化程度为\(member.education.describe(.zh))，候选人一般应具备高中以上文化程度",
            "education is \(member.education.describe(.en)); candidates should generally have senior high school or above")
    }

    // 身体健康 (seed 三(四) "新推选的…委员候选人一般应具备高中以上文化程度，身体健康"): for a new nominee, learnt at the
    // inspection. From the inspection list on he stands only once the township has recorded that his health lets him
    // serve. An incumbent needs no record (his health is weighed in the age exception), but a record that anyone's
    // health does not let him serve excludes him.
    if healthChecked, plan.requiresHealthRecord {
        switch nominee.health {
        case nil where nominee.incumbentPost == nil:
            add(.health, .needsDecision(approved: false), "新提名人选尚未记录健康状况（组织考察时了解，tuixuan candidates health）",
                "a new nominee's health is not on record (learnt at the inspection: tuixuan candidates health)")
        case let finding? where !finding.fit:
            add(.health, .excludes, "经考察身体状况不能胜任：\(finding.basis)", "found not fit to serve at the inspection: \(finding.basis)")
        default:
            break
        }
    }

    // 不得情形: any one excludes from every post.
    for finding in nominee.findings {
        switch finding.kind {
        case .disqualifying(let condition):
            add(.disqualified, .excludes, "\(condition.describe(.zh))（来源：\(finding.source)；\(finding.detail)）",
                "\(condition.describe(.en)) (source: \(finding.source); \(finding.detail))")
        case .unsuitableSecretary(let condition) where post == .secretary && nominee.incumbentPost == .secretary:
            add(.unsuitableSecretary, .excludes, "\(condition.describe(.zh))（来源：\(finding.source)；\(finding.detail)）",
                "\(condition.describe(.en)) (source: \(finding.source); \(finding.detail))")
        case .unsuitableSecretary:
            break
        }
    }

    // 不宜继续担任书记 (seed 三(四) "有下列情形之一的，不宜继续担任村（社区）党组织书记：(1)…(9)"): an incumbent secretary
    // stands for secretary again only once the township has weighed the nine items.
    if post == .secretary, nominee.incumbentPost == .secretary, !nominee.secretaryAssessed {
        add(.unsuitableSecretary, .needsDecision(approved: false),
            "现任书记继续提名为书记人选，须先经乡镇党委就九项不宜继续担任的情形逐项研判（tuixuan candidates assess-secretary）",
            "an incumbent secretary standing again needs the township's assessment of the nine grounds of unfitness first (tuixuan candidates assess-secretary)")
    }

    // 受处分影响期 (seed 三(五) 末段 "新提名人选受处分影响期未满的（截至2018年9月30日）和继续提名人选受处分影响期已满的或
    // 受处分影响期未满的…乡镇党委审慎研究…报县…领导小组研究，可作为推荐提名候选人人选"): a new nominee whose period was not
    // over on the plan's cut-off date, and a renominated incumbent with any period, over or not, stand only by
    // that decision (the township's 15% cap is checked when the county approves it).
    if let until = nominee.sanctionEffectUntil {
        let cutoff = plan.sanctionCutoff ?? date
        let renominated = nominee.incumbentPost != nil
        let approved = nominee.sanctionExceptionApproved ? ("（已同意）", " (approved)") : ("（尚未同意）", " (not yet approved)")
        if renominated {
            let over = until < date
            add(.sanctionEffect, .needsDecision(approved: nominee.sanctionExceptionApproved),
                "继续提名人选受处分影响期至\(until)\(over ? "已满" : "未满")，须经乡镇党委审慎研究、报县领导小组研究同意\(approved.0)",
                "a renominated incumbent with a sanction's effect period \(over ? "that ended" : "lasting until") \(until): needs the township's special decision approved by the county group\(approved.1)")
        } else if until >= cutoff {
            add(.sanctionEffect, .needsDecision(approved: nominee.sanctionExceptionApproved),
                "新提名人选受处分影响期至\(until)，截至\(cutoff)未满，须经乡镇党委审慎研究、报县领导小组研究同意\(approved.0)",
                "a new nominee whose sanction's effect period (until \(until)) was not over on \(cutoff): needs the township's special decision approved by the county group\(approved.1)")
        }
    }
    return findings
}

/// 原则上每乡镇此类人选人数要严格控制，所占比例不得超过村（社区）总数的15% (seed 三(五) 末段): whether `persons` nominees
/// allowed by the special decision, in one township's round of elections, stay within the share of its `organizations`.
public func withinSanctionCap(persons: Int, organizations: Int, plan: LocalPlan) -> Bool {
    100 * persons <= plan.sanctionCapPercent * organizations
}
