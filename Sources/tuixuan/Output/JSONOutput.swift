import Foundation

/// JSON for scripts (`--json`): snake_case keys, sorted, and every key of a record always present — `null` when it has no
/// value — so a script never meets a key that comes and goes with the data (issue 13, "a stable JSON contract").
/// Swift's synthesized encoding leaves a nil optional out; `KeptKeysEncoder` writes it as null, and JSONEncoder then formats
/// the result as before.
func renderJSON(_ value: some Encodable) throws -> String {
    let tree = try KeptKeysEncoder.tree(of: value)
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(tree), as: UTF8.self)
}

/// A value as JSON will show it. A record's keys are converted to snake case when written; a dictionary's keys are data
/// (names, codes) and are written as they are, as JSONEncoder does.
indirect enum JSONTree: Encodable {
    case null
    case scalar(any Encodable)
    case array([JSONTree])
    case record([(key: String, value: JSONTree)])
    case dictionary([String: JSONTree])

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .scalar(let value):
            try value.encode(to: encoder)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .record(let fields):
            var container = encoder.container(keyedBy: Key.self)
            for field in fields { try container.encode(field.value, forKey: Key(field.key)) }
        case .dictionary(let entries):
            var container = encoder.singleValueContainer()
            try container.encode(entries)
        }
    }
}

/// A dictionary with string keys, seen through `any`: its keys are data, not field names.
protocol StringKeyedEncodableDictionary {
    var encodableEntries: [(String, any Encodable)] { get }
}

extension Dictionary: StringKeyedEncodableDictionary where Key == String, Value: Encodable {
    var encodableEntries: [(String, any Encodable)] { map { ($0.key, $0.value as any Encodable) } }
}

/// Builds the `JSONTree` of a value by running its own `encode(to:)`, writing null for every optional that is nil.
final class KeptKeysEncoder: Encoder {
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What this encoder's value turned out to be.
    fileprivate var node: Node

    fileprivate init(codingPath: [any CodingKey], node: Node) {
        self.codingPath = codingPath
        self.node = node
    }

    static func tree(of value: any Encodable) throws -> JSONTree {
        try encodeValue(value, codingPath: []).tree
    }

    fileprivate static func encodeValue(_ value: any Encodable, codingPath: [any CodingKey]) throws -> Node {
        switch value {
        case is String, is Bool, is Int, is Int8, is Int16, is Int32, is Int64, is UInt, is UInt8, is UInt16, is UInt32, is UInt64, is Double, is Float:
            return Node(.scalar(value))
        case let dictionary as StringKeyedEncodableDictionary:
            var entries: [String: JSONTree] = [:]
            for (key, item) in dictionary.encodableEntries {
                entries[key] = try encodeValue(item, codingPath: codingPath + [JSONTree.Key(key)]).tree
            }
            return Node(.dictionary(entries))
        default:
            let node = Node(.null)
            try value.encode(to: KeptKeysEncoder(codingPath: codingPath, node: node))
            return node
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .record = node.kind {} else { node.kind = .record([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.kind {} else { node.kind = .array([]) }
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath)
    }
}

/// A value being built: a reference, so nested containers can fill it after they are handed out.
fileprivate final class Node {
    enum Kind {
        case null
        case scalar(any Encodable)
        case array([Node])
        case record([(String, Node)])
        case dictionary([String: JSONTree])
    }

    var kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    var tree: JSONTree {
        switch kind {
        case .null: .null
        case .scalar(let value): .scalar(value)
        case .array(let items): .array(items.map(\.tree))
        case .record(let fields): .record(fields.map { (key: $0.0, value: $0.1.tree) })
        case .dictionary(let entries): .dictionary(entries)
        }
    }

    func set(_ key: String, _ child: Node) {
        guard case .record(var fields) = kind else { return }
        if let index = fields.firstIndex(where: { $0.0 == key }) { fields[index].1 = child } else { fields.append((key, child)) }
        kind = .record(fields)
    }

    func append(_ child: Node) {
        guard case .array(var items) = kind else { return }
        items.append(child)
        kind = .array(items)
    }
}

fileprivate struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.set(key.stringValue, Node(.null)) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        node.set(key.stringValue, try KeptKeysEncoder.encodeValue(value, codingPath: codingPath + [key]))
    }

    // A nil optional is written as null: the key stays.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeIfPresent(value as Bool?, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeIfPresent(value as String?, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeIfPresent(value as Double?, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeIfPresent(value as Float?, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeIfPresent(value as Int?, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeIfPresent(value as Int8?, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeIfPresent(value as Int16?, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeIfPresent(value as Int32?, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeIfPresent(value as Int64?, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeIfPresent(value as UInt?, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeIfPresent(value as UInt8?, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeIfPresent(value as UInt16?, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeIfPresent(value as UInt32?, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeIfPresent(value as UInt64?, key) }

    private mutating func encodeIfPresent<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = Node(.record([]))
        node.set(key.stringValue, child)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = Node(.array([]))
        node.set(key.stringValue, child)
        return UnkeyedContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = Node(.null)
        node.set(key.stringValue, child)
        return KeptKeysEncoder(codingPath: codingPath + [key], node: child)
    }
}

fileprivate struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = node.kind { return items.count }
        return 0
    }

    private var indexKey: any CodingKey { JSONTree.Key("\(count)") }

    mutating func encodeNil() throws { node.append(Node(.null)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        node.append(try KeptKeysEncoder.encodeValue(value, codingPath: codingPath + [indexKey]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = Node(.record([]))
        node.append(child)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [indexKey]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = Node(.array([]))
        node.append(child)
        return UnkeyedContainer(node: child, codingPath: codingPath + [indexKey])
    }

    mutating func superEncoder() -> any Encoder {
        let child = Node(.null)
        node.append(child)
        return KeptKeysEncoder(codingPath: codingPath + [indexKey], node: child)
    }
}

fileprivate struct SingleContainer: SingleValueEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.kind = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        node.kind = try KeptKeysEncoder.encodeValue(value, codingPath: codingPath).kind
    }
}
