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
