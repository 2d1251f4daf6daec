/// 候选人名单的阶段: 初步人选 (steps 12–15), 考察名单 (16), 候选人预备人选 (17–18).
public enum ListStage: String, Sendable, Codable, CaseIterable, UserDescribable {
    case initial, inspection, prospective

    /// The step after which the stage's list can no longer change.
    public var frozenAfter: StepKey {
        switch self {
        case .initial: .jointVetting
        case .inspection: .inspection
        case .prospective: .listApproval
        }
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.initial, .zh): "初步人选"
        case (.inspection, .zh): "考察名单"
        case (.prospective, .zh): "候选人预备人选"
        case (.initial, .en): "initial nominees"
        case (.inspection, .en): "inspection list"
        case (.prospective, .en): "prospective candidates"
        }
    }
}
