/// 角色: what an operator may do. Every command that changes data runs as one operator.
public enum Role: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 县委组织部审核人员: county organization department reviewer
    case county
    /// 县委组织部分管基层党建工作的副部长: the county deputy head who signs off secretary nominees (step 18)
    case countyDeputyHead = "county_deputy_head"
    /// 乡镇换届选举指导组: township election guidance group (acting for the township committee)
    case township
    /// 乡镇党委书记: the township secretary, who signs off secretary nominees (step 18)
    case townshipSecretary = "township_secretary"
    /// 村（社区）党组织: the village or community Party organization
    case village
    /// 计票人: teller
    case teller
    /// 监票人: scrutineer
    case scrutineer

    /// The organization level an operator of this role belongs to.
    public var organizationLevels: Set<OrganizationLevel> {
        switch self {
        case .county, .countyDeputyHead: [.county]
        case .township, .townshipSecretary: [.township]
        case .village, .teller, .scrutineer: [.village, .community]
        }
    }

    /// The county's reviewers: their keys are the trust list, and the first of them to register a key anchors signing.
    public static let countyReviewers: [Role] = [.county, .countyDeputyHead]

    /// The roles a township operator registers (with their keys); every other role is registered by a county reviewer.
    public static let registeredByTownship: [Role] = [.village, .teller, .scrutineer]

    /// Who exports an election's archive bundle (step 30, 材料归档): the township or the county, never a village role.
    public static let exportsArchives: [Role] = [.county, .countyDeputyHead, .township, .townshipSecretary]

    public init?(label: String) {
        let aliases: [String: Role] = [
            "县委组织部": .county, "县": .county, "分管副部长": .countyDeputyHead, "乡镇": .township, "指导组": .township,
            "乡镇党委书记": .townshipSecretary,
            "村": .village, "社区": .village, "村党组织": .village, "计票人": .teller, "监票人": .scrutineer,
        ]
        if let role = Role(rawValue: label.lowercased()) ?? aliases[label] { self = role } else { return nil }
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.county, .zh): "县委组织部"
        case (.countyDeputyHead, .zh): "县委组织部分管副部长"
        case (.township, .zh): "乡镇指导组"
        case (.townshipSecretary, .zh): "乡镇党委书记"
        case (.village, .zh): "村（社区）党组织"
        case (.teller, .zh): "计票人"
        case (.scrutineer, .zh): "监票人"
        case (.county, .en): "county reviewer"
        case (.countyDeputyHead, .en): "county deputy head"
        case (.township, .en): "township guidance group"
        case (.townshipSecretary, .en): "township secretary"
        case (.village, .en): "village organization"
        case (.teller, .en): "teller"
        case (.scrutineer, .en): "scrutineer"
        }
    }
}

/// 操作人员: who is acting, in which role, for which organization.
public struct Operator: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var role: Role
    public var organizationID: Int64

    public init(id: Int64, name: String, role: Role, organizationID: Int64) {
        self.id = id
        self.name = name
        self.role = role
        self.organizationID = organizationID
    }

    /// Whether this operator's area covers an organization whose path from the county down is
    /// `ancestry` (the organization itself last). An operator acts within their own organization
    /// and everything under it.
    public func covers(ancestry: [Int64]) -> Bool {
        ancestry.contains(organizationID)
    }
}
