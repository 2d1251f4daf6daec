import ArgumentParser
import TuixuanCore
import TuixuanStore

/// An option with a fixed set of values (issue 13): it takes the code (`phone`) or the word as the guide shows it, in
/// either language (`电话`, `phone call`), and help lists every code with its word in the user's language.
protocol WordedArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
    var words: LocalizedText { get }
    /// Further words a clerk types for a value (`乡` for a township); none by default.
    var synonyms: [String] { get }
}

extension WordedArgument {
    var synonyms: [String] { [] }

    public init?(argument: String) {
        let wanted = argument.trimmingCharacters(in: .whitespaces)
        guard let found = Self.allCases.first(where: {
            $0.rawValue == wanted || $0.words.zh == wanted || $0.words.en.lowercased() == wanted.lowercased() || $0.synonyms.contains(wanted)
        }) else { return nil }
        self = found
    }

    public static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.words.localized) })
    }
}

extension WordedArgument where Self: UserDescribable {
    var words: LocalizedText { LocalizedText(zh: describe(.zh), en: describe(.en)) }
}

extension AttendanceIntention: WordedArgument {
    var words: LocalizedText {
        switch self {
        case .attend: LocalizedText(zh: "参会", en: "attend")
        case .absent: LocalizedText(zh: "不参会", en: "absent")
        }
    }
    var synonyms: [String] { self == .attend ? ["参加", "出席"] : ["不参加", "缺席"] }
}

extension NoticeChannel: WordedArgument {
    var words: LocalizedText {
        switch self {
        case .phone: LocalizedText(zh: "电话", en: "phone call")
        case .letter: LocalizedText(zh: "信函", en: "letter")
        case .sms: LocalizedText(zh: "短信", en: "text message")
        case .wechat: LocalizedText(zh: "微信", en: "WeChat")
        case .inPerson: LocalizedText(zh: "当面", en: "in person")
        }
    }
    var synonyms: [String] { self == .letter ? ["书信", "信件"] : self == .inPerson ? ["面告", "当面告知"] : [] }
}

extension ElectionMethod.SecretaryMode: WordedArgument {
    var words: LocalizedText {
        switch self {
        case .indirect: LocalizedText(zh: "间接选举", en: "by the committee")
        case .direct: LocalizedText(zh: "直接选举", en: "by the congress")
        }
    }
    var synonyms: [String] { self == .indirect ? ["间接"] : ["直接"] }
}

extension RuleSet.ThresholdRule.Base: WordedArgument {
    public static var allCases: [Self] { [.expected, .present] }
    var words: LocalizedText {
        switch self {
        case .expected: LocalizedText(zh: "应到会", en: "expected attendance")
        case .present: LocalizedText(zh: "实到会", en: "present")
        }
    }
    var synonyms: [String] { self == .expected ? ["应到"] : ["实到"] }
}

extension RuleSet.QuorumRule.Comparison: WordedArgument {
    public static var allCases: [Self] { [.moreThan, .atLeast] }
    var words: LocalizedText {
        switch self {
        case .moreThan: LocalizedText(zh: "超过", en: "more than")
        case .atLeast: LocalizedText(zh: "不少于", en: "at least")
        }
    }
}

extension VotingBody: WordedArgument {
    var words: LocalizedText {
        switch self {
        case .congress: LocalizedText(zh: "党员大会", en: "the congress")
        case .committee: LocalizedText(zh: "委员会全体会议", en: "the committee's plenary")
        }
    }
}

extension EntrySide: WordedArgument {
    var words: LocalizedText { LocalizedText(zh: "\(rawValue)批", en: "entry \(rawValue)") }
    var synonyms: [String] { [rawValue.lowercased()] }
}

extension RoundKind: WordedArgument {}
extension ListStage: WordedArgument {}
extension RecommendationKind: WordedArgument {}
extension ExclusionReason: WordedArgument {}
extension SituationKind: WordedArgument {}
extension Background: WordedArgument {}
extension OtherPost: WordedArgument {}
extension OrganizationLevel: WordedArgument {}
extension Role: WordedArgument {}
