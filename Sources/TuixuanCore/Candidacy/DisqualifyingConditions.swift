/// 不得作为村（社区）“两委”成员候选人的情形: seed 三(五) (1)–(11). Any one excludes.
public enum DisqualifyingCondition: Int, Sendable, Codable, CaseIterable, UserDescribable {
    case criminalRecord = 1
    case underInvestigation
    case partyPostRemoval
    case dismissalSanction
    case failedMemberReview
    case illegalOrganizations
    case villageTyrantOrClan
    case voteBuying
    case poorCharacter
    case againstRegulations
    case other

    public func describe(_ language: Language) -> String {
        let (zh, en): (String, String) = switch self {
        case .criminalRecord: ("违反法律法规，曾受过刑事处罚或劳动教养", "has a criminal penalty or re-education through labour on record")
        case .underInvestigation: ("违反党规党纪和法律法规，正在被审查调查（侦查）", "is under Party or state investigation")
        case .partyPostRemoval: ("受撤销党内职务及以上党纪处分", "received removal from Party posts or a heavier Party sanction")
        case .dismissalSanction: ("受撤职及以上政务处分", "received dismissal from post or a heavier government sanction")
        case .failedMemberReview: ("近3年内被评议为不合格党员且被劝退、除名，或者仍在限期改正", "rated an unqualified member in the past 3 years and asked to leave, struck off, or still correcting")
        case .illegalOrganizations: ("参与邪教、非法宗教组织及其活动，非法组织参与集体上访，影响社会稳定", "took part in cults, illegal religious organizations, or illegally organized mass petitions")
        case .villageTyrantOrClan: ("涉及“村霸”、涉黑涉恶，或者利用宗族房头势力甚至黑恶势力等干预村（居）务", "involved with village bullies, organized crime, or clan forces interfering in village affairs")
        case .voteBuying: ("存在拉票贿选等违反换届纪律行为，操纵、干扰、破坏选举工作", "canvassed or bought votes, or manipulated or disrupted the election")
        case .poorCharacter: ("政治素质和道德品质差，多数党员、群众不拥护", "poor political quality and character, not supported by most members and villagers")
        case .againstRegulations: ("不符合党规党纪和法律法规规定等其他不宜提名的情形", "otherwise unfit for nomination under Party rules or law")
        case .other: ("其他不得作为村（社区）“两委”成员候选人的情形", "any other reason barring candidacy")
        }
        return language == .zh ? "不得情形（\(rawValue)）：\(zh)" : "bar (\(rawValue)): \(en)"
    }
}

/// 不宜继续担任村（社区）党组织书记的情形: seed 三(四) (1)–(9). Any one stops an incumbent
/// secretary continuing as secretary (they may still stand for the committee).
public enum SecretaryUnsuitability: Int, Sendable, Codable, CaseIterable, UserDescribable {
    case weakPoliticalAwareness = 1
    case weakRuleOfLaw
    case weakPerformanceOfDuties
    case poorResults
    case lowSatisfaction
    case lowEducation
    case dishonestDebtor
    case collectiveIncomeShortfall
    case other

    public func describe(_ language: Language) -> String {
        let (zh, en): (String, String) = switch self {
        case .weakPoliticalAwareness: ("政治觉悟不高，“四个意识”不强，不严守政治纪律和政治规矩", "weak political awareness and discipline")
        case .weakRuleOfLaw: ("法治意识不强，乡村（社区）治理较差，存在“村霸”、非法宗教势力、黑恶势力", "weak respect for law; poor governance with bullies or criminal forces present")
        case .weakPerformanceOfDuties: ("履职能力不强，思路不清、办法不多、精神不振、心思不专", "weak performance of duties")
        case .poorResults: ("工作业绩不优，连续2年绩效考核在本乡镇排名靠后", "ranked near the bottom of the township two years running")
        case .lowSatisfaction: ("群众满意率较低，任期内多次出现越级上访、群访", "low satisfaction; repeated petitions over their head during the term")
        case .lowEducation: ("初中及以下文化水平较低，不适应新时代基层工作信息化等需要", "junior high school or less, unable to meet today's needs")
        case .dishonestDebtor: ("有恶意失信行为被法院纳入失信被执行人名单且未撤销", "on the courts' list of dishonest judgment debtors")
        case .collectiveIncomeShortfall: ("任期内集体经济收入未达到5万元以上且经营性收入没有明显提高", "collective income under 50,000 yuan with no clear growth during the term")
        case .other: ("其他不符合党规党纪和法律法规规定不宜继续担任的情形", "otherwise unfit to continue under Party rules or law")
        }
        return language == .zh ? "不宜继续担任书记（\(rawValue)）：\(zh)" : "unfit to continue as secretary (\(rawValue)): \(en)"
    }
}
