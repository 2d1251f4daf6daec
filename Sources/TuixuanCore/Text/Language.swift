/// The language of user-facing text. Simplified Chinese is the default.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en
}

/// A piece of user-facing text in both languages.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// A describable value's words in both languages (a refusal, a blocker, a problem kept for later display).
    public init(_ value: some UserDescribable) {
        self.init(zh: value.describe(.zh), en: value.describe(.en))
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}

/// Anything that can describe itself to a user in either language.
public protocol UserDescribable {
    func describe(_ language: Language) -> String
}

extension CaseIterable where Self: RawRepresentable, Self.RawValue == String, Self: UserDescribable {
    /// The case a label names: its code, its Chinese name, or the short word `also` gives (what a clerk types).
    static func named(_ label: String, also: (Self) -> String? = { _ in nil }) -> Self? {
        allCases.first { $0.rawValue == label || $0.describe(.zh) == label || also($0) == label }
    }
}
