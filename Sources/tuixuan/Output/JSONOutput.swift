import Foundation
import Synchronization

/// JSON for scripts (`--json`): snake_case keys, sorted, and every key of a record always present — `null` when it has no
/// value — so a script never meets a key that comes and goes with the data (issue 13, "a stable JSON contract").
/// Swift's synthesized encoding leaves a nil optional out; `KeptKeysEncoder` writes it as null, and the tree is then written
/// out as JSONEncoder writes it (`JSONText`; JSONEncoder itself for a tree with a floating-point number in it).
func renderJSON(_ value: some Encodable) throws -> String {
    let tree = try KeptKeysEncoder.tree(of: value)
    if let text = JSONText.pretty(tree) { return text }
    return try renderJSONWithEncoder(tree)
}

/// The same JSON through Foundation's JSONEncoder: the reference `JSONText` is held to (JSONTextTests).
func renderJSONWithEncoder(_ tree: JSONTree) throws -> String {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(tree), as: UTF8.self)
}

/// Writes a `JSONTree` byte for byte as JSONEncoder does with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes` and
/// snake-case keys: two-space indents, `"key" : value`, an empty array or object as `[`, a blank line, `]`, keys sorted by
/// their UTF-8 bytes, `"`, `\\` and control characters escaped. A board of 300 villages spent a fifth of its time in the
/// generic encoder (docs/benchmarks.md); this is a walk over the tree. nil when the tree holds a floating-point number,
/// whose shortest form is left to JSONEncoder.
enum JSONText {
    static func pretty(_ tree: JSONTree) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        guard write(tree, indent: 0, into: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Record keys in snake case, exactly as JSONEncoder converts them (asked of JSONEncoder once per key), kept quoted.
    /// Behind a lock: JSON is written from concurrent tasks too (the tests run their cases in parallel).
    private static let recordKeys = Mutex<[String: Key]>([:])

    /// A key as it sorts (its UTF-8 bytes) and as it is written (quoted and escaped).
    private struct Key: Sendable {
        var bytes: [UInt8]
        var quoted: [UInt8]

        init(_ text: String) {
            bytes = Array(text.utf8)
            quoted = []
            JSONText.writeString(text, into: &quoted)
        }
    }

    static func snakeCased(_ key: String) -> String {
        struct One: Encodable {
            var key: String
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: JSONTree.Key.self)
                try container.encode(0, forKey: JSONTree.Key(key))
            }
        }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(One(key: key)))
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Int] }?.keys.first ?? key
    }

    private static func recordKey(_ key: String) -> Key {
        if let known = recordKeys.withLock({ $0[key] }) { return known }
        let converted = Key(snakeCased(key))
        recordKeys.withLock { $0[key] = converted }
        return converted
    }

    private static func newline(_ indent: Int, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    private static func write(_ tree: JSONTree, indent: Int, into out: inout [UInt8]) -> Bool {
        switch tree {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .scalar(let value):
            switch value {
            case let text as String: writeString(text, into: &out)
            case let flag as Bool: out.append(contentsOf: (flag ? "true" : "false").utf8)
            case let number as Int: out.append(contentsOf: String(number).utf8)
            case let number as Int64: out.append(contentsOf: String(number).utf8)
            case let number as Int32: out.append(contentsOf: String(number).utf8)
            case let number as Int16: out.append(contentsOf: String(number).utf8)
            case let number as Int8: out.append(contentsOf: String(number).utf8)
            case let number as UInt: out.append(contentsOf: String(number).utf8)
            case let number as UInt64: out.append(contentsOf: String(number).utf8)
            case let number as UInt32: out.append(contentsOf: String(number).utf8)
            case let number as UInt16: out.append(contentsOf: String(number).utf8)
            case let number as UInt8: out.append(contentsOf: String(number).utf8)
            default: return false
            }
        case .array(let items):
            out.append(UInt8(ascii: "["))
            if items.isEmpty { out.append(UInt8(ascii: "\n")) }
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 2, into: &out)
                guard write(item, indent: indent + 2, into: &out) else { return false }
            }
            newline(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .record(let fields):
            return writeObject(fields.map { (recordKey($0.key), $0.value) }, indent: indent, into: &out)
        case .dictionary(let entries):
            return writeObject(entries.map { (Key($0.key), $0.value) }, indent: indent, into: &out)
        }
        return true
    }

    /// Fields sorted by their keys' UTF-8 bytes, as JSONEncoder sorts (not by Swift's `<`, which compares canonically
    /// equivalent forms, nor by the escaped text); a key given twice keeps its last value, as JSONEncoder's container does.
    private static func writeObject(_ fields: [(Key, JSONTree)], indent: Int, into out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "{"))
        if fields.isEmpty { out.append(UInt8(ascii: "\n")) }
        let ordered = fields.indices.sorted { a, b in
            fields[a].0.bytes == fields[b].0.bytes ? a < b : fields[a].0.bytes.lexicographicallyPrecedes(fields[b].0.bytes)
        }
        var first = true
        for (position, index) in ordered.enumerated() {
            if position + 1 < ordered.count && fields[ordered[position + 1]].0.bytes == fields[index].0.bytes { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            newline(indent + 2, into: &out)
            out.append(contentsOf: fields[index].0.quoted)
            out.append(contentsOf: " : ".utf8)
            guard write(fields[index].1, indent: indent + 2, into: &out) else { return false }
        }
        newline(indent, into: &out)
        out.append(UInt8(ascii: "}"))
        return true
    }

    fileprivate static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let bytes = text.utf8
        if !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: bytes)
        } else {
            let hex = Array("0123456789abcdef".utf8)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
                case 0x08: out.append(contentsOf: #"\b"#.utf8)
                case 0x0C: out.append(contentsOf: #"\f"#.utf8)
                case 0..<0x20: out.append(contentsOf: #"\u00"#.utf8 + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
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

/// A value that gives its JSON tree itself, for the outputs written in bulk (the board's rows): `KeptKeysEncoder` takes the
/// tree as it is instead of running the value's `encode(to:)`.
protocol JSONTreeConvertible {
    var jsonTree: JSONTree { get }
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
        case let convertible as JSONTreeConvertible:
            return Node(.finished(convertible.jsonTree))
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
        /// A tree the value gave whole (`JSONTreeConvertible`).
        case finished(JSONTree)
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
        case .finished(let tree): tree
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
