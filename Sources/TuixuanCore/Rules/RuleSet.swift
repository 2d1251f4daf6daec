import Foundation
import TuixuanSchema

/// A named, versioned set of election rules (rules.md): every figure that differs between the
/// 2020 条例, the 1990 暂行条例 and local plans is a parameter here, read from `Schema/rulesets/`.
public struct RuleSet: Sendable, Codable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var votingRights: VotingRightsRules
    public var quorum: QuorumRule
    public var electionThreshold: ThresholdRule
    public var differentialMargin: MarginRule
    /// The listed reasons for which a member may be left out of the expected attendance.
    public var exclusionReasons: [ExclusionReason]

    public struct VotingRightsRules: Sendable, Codable, Hashable {
        /// 预备党员 have a vote (false in every rule set so far: 条例 第五条).
        public var probationaryMembersVote: Bool
        /// 留党察看 suspends the vote during its period.
        public var probationDisciplineSuspends: Bool
        /// 被依法留置 suspends the vote.
        public var detentionSuspends: Bool
        /// 被依法逮捕 suspends the vote.
        public var arrestSuspends: Bool
    }

    /// 会议有效: present members with a vote compared with a fraction of the expected attendance.
    public struct QuorumRule: Sendable, Codable, Hashable {
        public var numerator: Int
        public var denominator: Int
        public var comparison: Comparison

        public enum Comparison: String, Sendable, Codable, Hashable {
            /// 超过: strictly more than the fraction
            case moreThan
            /// 不少于: at least the fraction
            case atLeast
        }
    }

    /// 当选票数: yes votes must exceed half of this base.
    public struct ThresholdRule: Sendable, Codable, Hashable {
        public var base: Base

        public enum Base: String, Sendable, Codable, Hashable {
            /// 应到会有选举权的党员
            case expected
            /// 实到会有选举权的党员
            case present
        }
    }

    /// 差额比例: candidates exceed seats by at least `percent`% of the seats, rounded up.
    public struct MarginRule: Sendable, Codable, Hashable {
        public var percent: Int
    }

    /// Every rule set shipped in `Schema/rulesets/`, by id.
    public static let builtIn: [String: RuleSet] = {
        var sets: [String: RuleSet] = [:]
        for file in SchemaFiles.files(in: "rulesets") {
            do {
                let set = try JSONDecoder().decode(RuleSet.self, from: Data(file.text.utf8))
                sets[set.id] = set
            } catch {
                preconditionFailure("Schema/\(file.path) does not decode as a rule set: \(error)")
            }
        }
        return sets
    }()

    /// The rule set used when an election names none.
    public static let defaultID = "2020"
}

/// 不计入应到会人数的情形: the listed reasons a member may be left out of the expected attendance.
public enum ExclusionReason: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 患有精神病或者其他疾病导致不能表达本人意志
    case illnessCannotExpressWill = "illness_cannot_express_will"
    /// 年老体弱、卧床不起
    case bedridden
    /// 出国出境半年以上
    case abroadLongTerm = "abroad_long_term"
    /// 长期外出、下落不明且未转组织关系
    case awayNotTransferred = "away_not_transferred"
    /// 因工作需要或其他原因确实不能参加选举
    case assignmentElsewhere = "assignment_elsewhere"
    /// 虽未受到留党察看以上处分，但正在接受立案审查
    case underInvestigation = "under_investigation"

    public func describe(_ language: Language) -> String {
        switch language {
        case .zh:
            switch self {
            case .illnessCannotExpressWill: "患病不能表达本人意志"
            case .bedridden: "年老体弱、卧床不起"
            case .abroadLongTerm: "出国出境半年以上"
            case .awayNotTransferred: "长期外出且未转组织关系"
            case .assignmentElsewhere: "因工作需要等原因确实不能参加选举"
            case .underInvestigation: "正在接受立案审查"
            }
        case .en:
            switch self {
            case .illnessCannotExpressWill: "illness prevents expressing their will"
            case .bedridden: "bedridden through age or frailty"
            case .abroadLongTerm: "abroad for more than six months"
            case .awayNotTransferred: "long away without transferring membership"
            case .assignmentElsewhere: "assigned elsewhere and truly unable to attend"
            case .underInvestigation: "under formal investigation"
            }
        }
    }
}
