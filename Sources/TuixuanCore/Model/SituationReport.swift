/// 情况报送: what a report to the township and the county is about (第五篇 六、组织领导 1 "健全…情况报送制度…重大事件、重要
/// 舆情、重要信息及时报县委组织部"; 3 "随时注意换届选举工作动向，及时发现和解决好苗头性、倾向性问题"; 五、8 "定期与乡镇党委沟通情况").
public enum SituationKind: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 重大事件
    case majorEvent = "major_event"
    /// 重要舆情
    case publicOpinion = "public_opinion"
    /// 重要信息
    case information
    /// 苗头性、倾向性问题
    case emergingProblem = "emerging_problem"
    /// 与乡镇党委沟通情况 (the village committee's regular consultation, step 8)
    case consultation

    public init?(label: String) {
        guard let match = SituationKind.named(label) else { return nil }
        self = match
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.majorEvent, .zh): "重大事件"
        case (.publicOpinion, .zh): "重要舆情"
        case (.information, .zh): "重要信息"
        case (.emergingProblem, .zh): "苗头性倾向性问题"
        case (.consultation, .zh): "沟通情况"
        case (.majorEvent, .en): "major event"
        case (.publicOpinion, .en): "public opinion"
        case (.information, .en): "important information"
        case (.emergingProblem, .en): "emerging problem"
        case (.consultation, .en): "consultation"
        }
    }
}

/// One report as filed, and how it was dealt with once it is.
public struct SituationReport: Sendable, Hashable, Codable {
    public var id: Int64
    public var electionID: Int64
    public var organizationName: String
    public var kind: SituationKind
    public var occurredOn: CivilDate
    public var summary: String
    public var reportedBy: String
    public var handledOn: CivilDate?
    public var handling: String?
    public var handledBy: String?

    public init(id: Int64, electionID: Int64, organizationName: String, kind: SituationKind, occurredOn: CivilDate, summary: String, reportedBy: String,
                handledOn: CivilDate? = nil, handling: String? = nil, handledBy: String? = nil) {
        self.id = id
        self.electionID = electionID
        self.organizationName = organizationName
        self.kind = kind
        self.occurredOn = occurredOn
        self.summary = summary
        self.reportedBy = reportedBy
        self.handledOn = handledOn
        self.handling = handling
        self.handledBy = handledBy
    }
}
