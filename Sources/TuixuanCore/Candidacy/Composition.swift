/// 来源渠道: where a member comes from, as the seed names the channels (第五篇 三 "拓宽来源渠道，村“两委”班子成员特别是
/// 党组织书记，要注重从本村致富带头人、农民专业合作组织负责人、复员退伍军人、大学生村官、乡村医生和教师等人员中选拔；从外出务工
/// 经商人员、本乡本土走出去的大学毕业生中引回。本村暂无合适人选的，要从县乡党政机关和企事业单位优秀党员干部中选派，也可从退休
/// 人员中聘请。社区…要注重从现任社区“两委”班子成员、网格员、复员退伍军人、大学毕业生以及物业服务企业、业主委员会等社区各类组织
/// 中的党员负责人中选拔，也可从居住在本社区的退休人员中聘请").
public enum Background: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 致富带头人
    case businessLeader = "business_leader"
    /// 农民专业合作组织负责人
    case cooperativeHead = "cooperative_head"
    /// 复员退伍军人
    case veteran
    /// 大学生村官
    case collegeGraduateOfficial = "college_graduate_official"
    /// 乡村医生
    case villageDoctor = "village_doctor"
    /// 教师
    case teacher
    /// 外出务工经商人员（引回）
    case returnedMigrant = "returned_migrant"
    /// 大学毕业生（本乡本土走出去的，或社区的）
    case collegeGraduate = "college_graduate"
    /// 网格员 (社区)
    case gridWorker = "grid_worker"
    /// 物业服务企业、业主委员会等社区各类组织中的党员负责人 (社区)
    case communityOrganizationHead = "community_organization_head"
    /// 县乡党政机关和企事业单位选派的党员干部 (本村暂无合适人选的)
    case secondedCadre = "seconded_cadre"
    /// 从退休人员中聘请
    case retiredHire = "retired_hire"

    public init?(label: String) {
        guard let match = Background.named(label, also: \.shortLabel) else { return nil }
        self = match
    }

    /// The short word a clerk types (the guide lists them).
    public var shortLabel: String {
        switch self {
        case .businessLeader: "致富带头人"
        case .cooperativeHead: "合作组织负责人"
        case .veteran: "退伍军人"
        case .collegeGraduateOfficial: "大学生村官"
        case .villageDoctor: "乡村医生"
        case .teacher: "教师"
        case .returnedMigrant: "返乡人员"
        case .collegeGraduate: "大学毕业生"
        case .gridWorker: "网格员"
        case .communityOrganizationHead: "社区组织负责人"
        case .secondedCadre: "选派"
        case .retiredHire: "聘请"
        }
    }

    public func describe(_ language: Language) -> String {
        switch language {
        case .zh:
            switch self {
            case .businessLeader: "致富带头人"
            case .cooperativeHead: "农民专业合作组织负责人"
            case .veteran: "复员退伍军人"
            case .collegeGraduateOfficial: "大学生村官"
            case .villageDoctor: "乡村医生"
            case .teacher: "教师"
            case .returnedMigrant: "外出务工经商返乡人员"
            case .collegeGraduate: "大学毕业生"
            case .gridWorker: "网格员"
            case .communityOrganizationHead: "社区各类组织中的党员负责人"
            case .secondedCadre: "县乡机关和企事业单位选派的干部"
            case .retiredHire: "聘请的退休人员"
            }
        case .en:
            switch self {
            case .businessLeader: "local business leader"
            case .cooperativeHead: "head of a farmers' cooperative"
            case .veteran: "veteran"
            case .collegeGraduateOfficial: "college-graduate village official"
            case .villageDoctor: "village doctor"
            case .teacher: "teacher"
            case .returnedMigrant: "returned migrant worker or trader"
            case .collegeGraduate: "college graduate"
            case .gridWorker: "grid worker"
            case .communityOrganizationHead: "Party member heading a community organization"
            case .secondedCadre: "cadre seconded by a county or township body"
            case .retiredHire: "retired person engaged"
            }
        }
    }
}

/// A post a member holds outside the Party committee that the seed wants in the “两委” (第五篇 四、职数配备 "把党组织领导班子
/// 成员依法依规推选为村（居）民委员会成员候选人…全面推行村（社区）党组织书记、主任“一肩挑”…统筹推进团支部书记进村（社区）“两委”
/// 班子。村（社区）妇联主席应当进入“两委”班子").
public enum OtherPost: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 村（居）民委员会主任
    case residentsCommitteeChair = "residents_committee_chair"
    /// 村（居）民委员会委员
    case residentsCommitteeMember = "residents_committee_member"
    /// 团支部书记
    case youthLeagueSecretary = "youth_league_secretary"
    /// 妇联主席
    case womensFederationChair = "womens_federation_chair"

    public init?(label: String) {
        guard let match = OtherPost.named(label, also: \.shortLabel) else { return nil }
        self = match
    }

    public var shortLabel: String {
        switch self {
        case .residentsCommitteeChair: "主任"
        case .residentsCommitteeMember: "村委委员"
        case .youthLeagueSecretary: "团支部书记"
        case .womensFederationChair: "妇联主席"
        }
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.residentsCommitteeChair, .zh): "村（居）民委员会主任"
        case (.residentsCommitteeMember, .zh): "村（居）民委员会委员"
        case (.youthLeagueSecretary, .zh): "团支部书记"
        case (.womensFederationChair, .zh): "妇联主席"
        case (.residentsCommitteeChair, .en): "chair of the villagers' (residents') committee"
        case (.residentsCommitteeMember, .en): "member of the villagers' (residents') committee"
        case (.youthLeagueSecretary, .en): "Youth League branch secretary"
        case (.womensFederationChair, .en): "women's federation chair"
        }
    }
}

/// What the roll does not say about a member and the seed's structure asks for: where they come from and what
/// else they hold.
public struct MemberProfile: Sendable, Hashable, Codable {
    public var backgrounds: Set<Background>
    public var posts: Set<OtherPost>

    public init(backgrounds: Set<Background> = [], posts: Set<OtherPost> = []) {
        self.backgrounds = backgrounds
        self.posts = posts
    }
}

/// One person counted in a composition: their sex, age and profile, and whether they stand for (or hold) the secretary post.
public struct CompositionPerson: Sendable, Hashable {
    public var name: String
    public var gender: Gender
    public var age: Int
    public var profile: MemberProfile
    public var secretary: Bool

    public init(name: String, gender: Gender, age: Int, profile: MemberProfile, secretary: Bool) {
        self.name = name
        self.gender = gender
        self.age = age
        self.profile = profile
        self.secretary = secretary
    }
}

/// 班子结构: what a list (or the elected committee) is made of, by the measures of 三 and 四 that set no hard figure —
/// the share of women (社区党组织要适当提高女性委员的比例), the young (要加大年轻干部选拔力度), the channels people come
/// from, and the posts that make the “两委” one team. It informs the reviewer; it never blocks (the seed's 原则上 rules
/// with a figure — one woman, one under 35 in a village — are `listProblems`).
public struct Composition: Sendable, Hashable, Codable {
    public var people: Int
    public var women: Int
    /// Aged at or under the plan's youth age (35岁以下 includes 35).
    public var young: Int
    public var youthAge: Int
    /// Women as a whole percentage of the people, rounded down (nil for nobody).
    public var womenPercent: Int?
    /// People per channel, channels in the seed's order; only those present.
    public var backgrounds: [Count]
    /// Who holds each of the other posts, in the seed's order; only posts someone holds.
    public var posts: [Holders]
    /// The secretary (nominee) who is also 村（居）委会主任: "一肩挑".
    public var secretaryAlsoChair: [String]
    /// Holders of the 团支部书记 and 妇联主席 posts on the roll who are not among these people (the seed wants them
    /// in the “两委”, which they may also enter through the villagers' committee).
    public var outside: [Holders]

    public struct Count: Sendable, Hashable, Codable {
        public var background: Background
        public var people: Int
    }

    public struct Holders: Sendable, Hashable, Codable {
        public var post: OtherPost
        public var names: [String]
    }
}

/// 班子结构 of `people`, against the holders of the youth league and women's federation posts on the whole roll (seed
/// 三 "社区党组织要适当提高女性委员的比例"; 四 "要加大年轻干部选拔力度…“一肩挑”…团支部书记进…“两委”…妇联主席应当进入“两委”").
public func composition(of people: [CompositionPerson], youthAge: Int, rollHolders: [OtherPost: [String]]) -> Composition {
    let names = Set(people.map(\.name))
    let women = people.filter { $0.gender == .female }.count
    let backgrounds = Background.allCases.compactMap { background -> Composition.Count? in
        let count = people.filter { $0.profile.backgrounds.contains(background) }.count
        return count == 0 ? nil : Composition.Count(background: background, people: count)
    }
    let posts = OtherPost.allCases.compactMap { post -> Composition.Holders? in
        let holders = people.filter { $0.profile.posts.contains(post) }.map(\.name)
        return holders.isEmpty ? nil : Composition.Holders(post: post, names: holders)
    }
    let outside = [OtherPost.youthLeagueSecretary, .womensFederationChair].compactMap { post -> Composition.Holders? in
        let away = (rollHolders[post] ?? []).filter { !names.contains($0) }
        return away.isEmpty ? nil : Composition.Holders(post: post, names: away)
    }
    return Composition(
        people: people.count, women: women, young: people.filter { $0.age <= youthAge }.count,
        youthAge: youthAge, womenPercent: people.isEmpty ? nil : women * 100 / people.count, backgrounds: backgrounds, posts: posts,
        secretaryAlsoChair: people.filter { $0.secretary && $0.profile.posts.contains(.residentsCommitteeChair) }.map(\.name), outside: outside)
}
