/// 性别
public enum Gender: String, Sendable, Codable, CaseIterable, UserDescribable {
    case male, female

    public init?(label: String) {
        switch label.lowercased() {
        case "男", "male", "m": self = .male
        case "女", "female", "f": self = .female
        default: return nil
        }
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.male, .zh): "男"
        case (.female, .zh): "女"
        case (.male, .en): "male"
        case (.female, .en): "female"
        }
    }
}

/// 文化程度, from highest to lowest.
public enum Education: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 研究生
    case postgraduate
    /// 大学本科
    case bachelor
    /// 大学专科
    case associate
    /// 中专（中技）
    case secondaryVocational = "secondary_vocational"
    /// 高中
    case highSchool = "high_school"
    /// 初中
    case juniorHigh = "junior_high"
    /// 小学及以下
    case primary

    /// 高中以上文化程度: senior high school or its vocational equivalent, or above.
    public var isSeniorHighOrAbove: Bool { self != .juniorHigh && self != .primary }

    /// The words rolls use for each level.
    static let aliases: [String: Education] = [
        "研究生": .postgraduate, "博士": .postgraduate, "硕士": .postgraduate, "博士研究生": .postgraduate, "硕士研究生": .postgraduate,
        "大学本科": .bachelor, "本科": .bachelor, "大学": .bachelor,
        "大学专科": .associate, "大专": .associate, "专科": .associate, "高职": .associate,
        "中专": .secondaryVocational, "中技": .secondaryVocational, "中专中技": .secondaryVocational, "职高": .secondaryVocational,
        "高中": .highSchool, "初中": .juniorHigh,
        "小学": .primary, "小学及以下": .primary, "文盲": .primary, "无": .primary,
    ]

    public init?(label: String) {
        if let value = Education.aliases[label] ?? Education(rawValue: label.lowercased()) { self = value } else { return nil }
    }

    public func describe(_ language: Language) -> String {
        switch language {
        case .zh:
            switch self {
            case .postgraduate: "研究生"
            case .bachelor: "大学本科"
            case .associate: "大学专科"
            case .secondaryVocational: "中专"
            case .highSchool: "高中"
            case .juniorHigh: "初中"
            case .primary: "小学及以下"
            }
        case .en:
            switch self {
            case .postgraduate: "postgraduate"
            case .bachelor: "bachelor's degree"
            case .associate: "associate degree"
            case .secondaryVocational: "secondary vocational"
            case .highSchool: "senior high school"
            case .juniorHigh: "junior high school"
            case .primary: "primary or below"
            }
        }
    }
}

/// 党员类别: full (正式) or probationary (预备) member.
public enum MembershipStatus: String, Sendable, Codable, CaseIterable, UserDescribable {
    case full, probationary

    public init?(label: String) {
        switch label.lowercased() {
        case "正式", "正式党员", "full": self = .full
        case "预备", "预备党员", "probationary": self = .probationary
        default: return nil
        }
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.full, .zh): "正式党员"
        case (.probationary, .zh): "预备党员"
        case (.full, .en): "full member"
        case (.probationary, .en): "probationary member"
        }
    }
}

/// 处分或强制措施情况 that bear on the right to vote.
public enum DisciplineStatus: String, Sendable, Codable, CaseIterable, UserDescribable {
    case none
    /// 留党察看 (with a period)
    case probation
    /// 被依法留置
    case detained
    /// 被依法逮捕
    case arrested

    public init?(label: String) {
        switch label.lowercased() {
        case "", "无", "none", "正常": self = .none
        case "留党察看", "probation": self = .probation
        case "留置", "被留置", "detained": self = .detained
        case "逮捕", "被逮捕", "arrested": self = .arrested
        default: return nil
        }
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.none, .zh): "无"
        case (.probation, .zh): "留党察看"
        case (.detained, .zh): "被依法留置"
        case (.arrested, .zh): "被依法逮捕"
        case (.none, .en): "none"
        case (.probation, .en): "on Party probation"
        case (.detained, .en): "detained"
        case (.arrested, .en): "arrested"
        }
    }
}

/// A member of a village or community Party organization, as on the roll.
public struct Member: Sendable, Hashable, Codable {
    public var id: Int64?
    public var name: String
    public var gender: Gender
    public var birthDate: CivilDate
    /// 身份证号 (optional on older rolls)
    public var idNumber: String?
    public var education: Education
    /// 入党日期
    public var joinedDate: CivilDate
    public var status: MembershipStatus
    public var discipline: DisciplineStatus
    /// 留党察看期间: start and end of the probation period, when on probation.
    public var probationStart: CivilDate?
    public var probationEnd: CivilDate?
    /// 流动党员 / 外出: away from the village.
    public var away: Bool
    public var phone: String?

    public init(
        id: Int64? = nil, name: String, gender: Gender, birthDate: CivilDate, idNumber: String? = nil,
        education: Education, joinedDate: CivilDate, status: MembershipStatus, discipline: DisciplineStatus = .none,
        probationStart: CivilDate? = nil, probationEnd: CivilDate? = nil, away: Bool = false, phone: String? = nil
    ) {
        self.id = id
        self.name = name
        self.gender = gender
        self.birthDate = birthDate
        self.idNumber = idNumber
        self.education = education
        self.joinedDate = joinedDate
        self.status = status
        self.discipline = discipline
        self.probationStart = probationStart
        self.probationEnd = probationEnd
        self.away = away
        self.phone = phone
    }
}
