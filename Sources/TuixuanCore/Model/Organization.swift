/// 组织层级: where an organization sits in the county's tree.
public enum OrganizationLevel: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 县（区）
    case county
    /// 乡镇（街道）
    case township
    /// 村党组织
    case village
    /// 社区党组织
    case community

    /// The level an organization of this level must hang under.
    public var parentLevel: OrganizationLevel? {
        switch self {
        case .county: nil
        case .township: .county
        case .village, .community: .township
        }
    }

    /// Villages and communities hold elections; counties and townships oversee them.
    public var holdsElections: Bool { self == .village || self == .community }

    public init?(label: String) {
        let aliases: [String: OrganizationLevel] = [
            "县": .county, "区": .county, "县区": .county, "县（区）": .county,
            "乡镇": .township, "乡": .township, "镇": .township, "街道": .township, "乡镇（街道）": .township,
            "村": .village, "村党组织": .village, "社区": .community, "社区党组织": .community,
        ]
        if let level = OrganizationLevel(rawValue: label.lowercased()) ?? aliases[label] { self = level } else { return nil }
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.county, .zh): "县"
        case (.township, .zh): "乡镇"
        case (.village, .zh): "村"
        case (.community, .zh): "社区"
        case (.county, .en): "county"
        case (.township, .en): "township"
        case (.village, .en): "village"
        case (.community, .en): "community"
        }
    }
}

/// An organization as the domain sees it: its place in the tree is given by `ancestry`.
public struct Organization: Sendable, Hashable, Codable {
    public var id: Int64
    public var code: String
    public var name: String
    public var level: OrganizationLevel
    public var parentID: Int64?
    /// 上届委员会职数: the outgoing committee's size (villages and communities).
    public var previousCommitteeSize: Int?

    public init(id: Int64, code: String, name: String, level: OrganizationLevel, parentID: Int64?, previousCommitteeSize: Int?) {
        self.id = id
        self.code = code
        self.name = name
        self.level = level
        self.parentID = parentID
        self.previousCommitteeSize = previousCommitteeSize
    }
}
