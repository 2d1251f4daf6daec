import Foundation

/// A mark in one box of a paper ballot, as a teller reads it.
public enum Mark: Sendable, Hashable, Codable {
    /// ○ 赞成
    case yes
    /// × 不赞成
    case no
    /// nothing: 弃权
    case abstain
    /// Anything else, as written: the scrutineers must rule on it (never guessed).
    case unclear(String)

    /// The one mark vocabulary, for a cell of the counting sheet and a character typed at the keyboard
    /// alike (rules.md, Ballots: ○ yes, × no, nothing abstains; anything else is ruled on, never guessed):
    /// - yes: ○ 〇 ◯, and O/o, Y/y typed for it;
    /// - no: × ✕ ✗, and X/x, N/n typed for it;
    /// - no mark (abstain): an empty cell, or the placeholders `.` `-` `_` written for an empty box;
    /// - anything else is `unclear`, the digit 0 included: a sheet kept as 1/0 would otherwise turn
    ///   every "0" (meant as no) into a yes.
    /// Read by the million, so no case folding, and trimming only when a cell starts or ends with white space.
    public init(reading raw: String) {
        let text = raw.trimmingWhiteSpace(.cellBlank)
        switch text {
        case "", ".", "-", "_": self = .abstain
        case "○", "〇", "◯", "O", "o", "Y", "y": self = .yes
        case "×", "✕", "✗", "X", "x", "N", "n": self = .no
        default: self = .unclear(text)
        }
    }

    /// How a mark is typed back (the inverse of reading it).
    public var typedSymbol: String {
        switch self {
        case .yes: "○"
        case .no: "×"
        case .abstain: "."
        case .unclear(let text): "?(\(text))"
        }
    }

    public var isUnclear: Bool { if case .unclear = self { true } else { false } }
}

/// 另选他人: a name written in, and the mark beneath it.
public struct WriteIn: Sendable, Hashable, Codable {
    public var name: String
    public var mark: Mark

    public init(name: String, mark: Mark) {
        self.name = name
        self.mark = mark
    }
}

/// One paper ballot as entered: a mark per candidate in ballot order, the write-ins, and whether it
/// is spoiled as a whole (废票: wholly illegible, defaced, or carrying other marks).
public struct BallotEntry: Sendable, Hashable, Codable {
    public var marks: [Mark]
    public var writeIns: [WriteIn]
    public var spoiled: Bool

    public init(marks: [Mark], writeIns: [WriteIn] = [], spoiled: Bool = false) {
        self.marks = marks
        self.writeIns = writeIns.filter { !$0.name.isEmpty || $0.mark != .abstain }
        self.spoiled = spoiled
    }

    /// Positions (in the candidate order, then write-in slots after them) of marks still unclear.
    public var unclearPositions: [Int] {
        (marks + writeIns.map(\.mark)).enumerated().filter { $0.element.isUnclear }.map(\.offset)
    }
}

/// Why a part of a valid ballot does not count (rules.md "Ballots").
public enum VoidPart: Sendable, Hashable, Codable {
    /// A write-in approved without a matching × for a candidate (an abstention allows no write-in).
    case writeInWithoutNo(name: String)
    /// A write-in with ○ but no name.
    case writeInWithoutName
    /// A write-in naming someone already on the ballot, or written twice.
    case writeInDuplicate(name: String)
}

/// How one ballot counts.
public enum BallotVerdict: Sendable, Hashable, Codable {
    /// Valid: the candidates approved and rejected, the write-ins approved, and any void parts.
    case valid(yes: Set<Int>, no: Set<Int>, writeIns: [String], voidParts: [VoidPart])
    /// 无效票: approves more people than there are seats.
    case overvoted(approvals: Int, seats: Int)
    /// 废票: spoiled as a whole.
    case spoiled
    /// Marks still unclear: the scrutineers must rule before this ballot can be counted.
    case needsRuling(positions: [Int])
}

/// 选票有效性 (rules.md "Ballots"): a ballot approving more people (candidates plus write-ins) than
/// seats is invalid; equal or fewer is valid. Only after a × may a voter write in another person with
/// ○, one write-in per ×; a write-in without ○ is an abstention on that line; a write-in without a name,
/// or naming someone already on the ballot, is void in that part only. Unclear marks are never guessed.
public func scrutinize(_ ballot: BallotEntry, candidates: [String], seats: Int) -> BallotVerdict {
    if ballot.spoiled { return .spoiled }
    let unclear = ballot.unclearPositions
    if !unclear.isEmpty { return .needsRuling(positions: unclear) }
    let yes = Set(ballot.marks.indices.filter { ballot.marks[$0] == .yes })
    let no = Set(ballot.marks.indices.filter { ballot.marks[$0] == .no })
    var allowed = no.count
    var approvedWriteIns: [String] = []
    var voidParts: [VoidPart] = []
    for writeIn in ballot.writeIns where writeIn.mark == .yes {
        let name = writeIn.name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            voidParts.append(.writeInWithoutName)
        } else if candidates.contains(name) || approvedWriteIns.contains(name) {
            voidParts.append(.writeInDuplicate(name: name))
        } else if allowed == 0 {
            voidParts.append(.writeInWithoutNo(name: name))
        } else {
            allowed -= 1
            approvedWriteIns.append(name)
        }
    }
    let approvals = yes.count + approvedWriteIns.count
    if approvals > seats { return .overvoted(approvals: approvals, seats: seats) }
    return .valid(yes: yes, no: no, writeIns: approvedWriteIns, voidParts: voidParts)
}

/// 投票有效: a round in which more ballots come back than were issued (more than voted) is void and
/// must be held again; equal or fewer, it stands (rules.md "Counting").
public func isRoundVoid(issued: Int, returned: Int) -> Bool {
    returned > issued
}

extension BallotEntry {
    /// The ballot as stored: exactly the bytes `JSONEncoder` with sorted keys writes, built directly
    /// (a million ballots would otherwise spend most of an import in the generic encoder). Nil when
    /// a name or unclear mark holds a character JSON escapes: the caller then uses the encoder.
    public var storedJSON: String? {
        func mark(_ mark: Mark) -> String? {
            switch mark {
            case .yes: return #"{"yes":{}}"#
            case .no: return #"{"no":{}}"#
            case .abstain: return #"{"abstain":{}}"#
            case .unclear(let text): return BallotEntry.plainJSONString(text).map { #"{"unclear":{"_0":"# + $0 + "}}" }
            }
        }
        var text = #"{"marks":["#
        for (index, item) in marks.enumerated() {
            guard let encoded = mark(item) else { return nil }
            if index > 0 { text += "," }
            text += encoded
        }
        text += spoiled ? #"],"spoiled":true,"writeIns":["# : #"],"spoiled":false,"writeIns":["#
        for (index, writeIn) in writeIns.enumerated() {
            guard let encoded = mark(writeIn.mark), let name = BallotEntry.plainJSONString(writeIn.name) else { return nil }
            if index > 0 { text += "," }
            text += #"{"mark":"# + encoded + #","name":"# + name + "}"
        }
        return text + "]}"
    }

    /// `"text"` when the text needs no escaping in JSON (no quote, backslash, slash or control character).
    static func plainJSONString(_ text: String) -> String? {
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/") {
            return nil
        }
        return "\"" + text + "\""
    }

    /// Reads a stored ballot written by `storedJSON` without the generic decoder; nil for any other
    /// shape (the caller then uses the decoder). Works on the UTF-8 bytes: a million ballots are read
    /// in well under a second.
    public init?(storedJSON text: String) {
        var text = text
        guard let parsed = text.withUTF8({ bytes in
            var reader = StoredBallotReader(bytes: bytes)
            return reader.read()
        }) else { return nil }
        self = parsed
    }
}

/// The reader behind `BallotEntry(storedJSON:)`: the exact shape `storedJSON` writes, byte by byte.
private struct StoredBallotReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func take(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for offset in 0..<count where bytes[at + offset] != start[offset] { return false }
        at += count
        return true
    }

    /// The text up to the next `"` (none of the stored strings holds an escape), and the quote taken.
    mutating func plainString() -> String? {
        guard let end = bytes[at...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<end]), as: UTF8.self)
        guard !value.utf8.contains(UInt8(ascii: "\\")) else { return nil }
        at = end + 1
        return value
    }

    mutating func mark() -> Mark? {
        if take(#"{"yes":{}}"#) { return .yes }
        if take(#"{"no":{}}"#) { return .no }
        if take(#"{"abstain":{}}"#) { return .abstain }
        guard take(#"{"unclear":{"_0":""#), let value = plainString(), take("}}") else { return nil }
        return .unclear(value)
    }

    mutating func read() -> BallotEntry? {
        guard take(#"{"marks":["#) else { return nil }
        var marks: [Mark] = []
        while !take("]") {
            if !marks.isEmpty && !take(",") { return nil }
            guard let item = mark() else { return nil }
            marks.append(item)
        }
        let spoiled: Bool
        if take(#","spoiled":true,"writeIns":["#) { spoiled = true } else if take(#","spoiled":false,"writeIns":["#) { spoiled = false } else { return nil }
        var writeIns: [WriteIn] = []
        while !take("]") {
            if !writeIns.isEmpty && !take(",") { return nil }
            guard take(#"{"mark":"#), let item = mark(), take(#","name":""#), let name = plainString(), take("}") else { return nil }
            writeIns.append(WriteIn(name: name, mark: item))
        }
        guard take("}"), at == bytes.count else { return nil }
        var ballot = BallotEntry(marks: marks, spoiled: spoiled)
        ballot.writeIns = writeIns
        return ballot
    }
}

extension BallotEntry {
    /// A ballot typed at the keyboard by a teller: one mark per candidate in ballot order, read with
    /// the same vocabulary as the counting sheet (`Mark(reading:)`), then `+名字:○` for each write-in;
    /// `blank`/`空白` for a blank ballot, `spoiled`/`废票` for a spoiled one. Nil when the number of
    /// marks is not the number of candidates.
    public init?(typed line: String, candidates: Int) {
        let text = line.trimmingCharacters(in: .whitespaces)
        if text == "blank" || text == "空白" { self.init(marks: Array(repeating: .abstain, count: candidates)); return }
        if text == "spoiled" || text == "废票" { self.init(marks: Array(repeating: .abstain, count: candidates), spoiled: true); return }
        let parts = text.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        let marks = parts[0].filter { !$0.isWhitespace }.map { Mark(reading: String($0)) }
        guard marks.count == candidates else { return nil }
        var writeIns: [WriteIn] = []
        for part in parts.dropFirst() {
            let pieces = part.split(separator: ":", maxSplits: 1).map(String.init)
            guard let name = pieces.first else { return nil }
            writeIns.append(WriteIn(name: name.trimmingCharacters(in: .whitespaces), mark: Mark(reading: pieces.count > 1 ? pieces[1] : "")))
        }
        self.init(marks: marks, writeIns: writeIns)
    }

    /// The typed form of a ballot (what `init(typed:)` reads back).
    public var typed: String {
        if spoiled { return "spoiled" }
        return marks.map(\.typedSymbol).joined() + writeIns.map { "+\($0.name):\($0.mark.typedSymbol)" }.joined()
    }
}
