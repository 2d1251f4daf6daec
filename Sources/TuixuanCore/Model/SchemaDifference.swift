/// One way a database file's schema differs from the schema compiled into the program (Schema/schema.sql): an object
/// someone added (a trigger that rides along with every act, a view), one that is gone, or one redefined.
public struct SchemaDifference: Sendable, Hashable, Codable, UserDescribable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case added, missing, altered
    }

    public var kind: Kind
    /// `table`, `index`, `view` or `trigger`, as sqlite_master says.
    public var type: String
    public var name: String

    public init(kind: Kind, type: String, name: String) {
        self.kind = kind
        self.type = type
        self.name = name
    }

    public func describe(_ language: Language) -> String {
        let zh = language == .zh
        let noun = switch (type, zh) {
        case ("table", true): "表"
        case ("index", true): "索引"
        case ("view", true): "视图"
        case ("trigger", true): "触发器"
        default: type
        }
        switch kind {
        case .added: return zh ? "多出\(noun) \(name)（不是本程序定义的）" : "an extra \(noun) \(name) (not one of the program's)"
        case .missing: return zh ? "缺少\(noun) \(name)" : "the \(noun) \(name) is missing"
        case .altered: return zh ? "\(noun) \(name) 的定义被改动" : "the \(noun) \(name) was redefined"
        }
    }
}
