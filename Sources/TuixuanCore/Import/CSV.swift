import Foundation

/// One record of a CSV file with the physical line it starts on (1-based), so that errors can
/// name the line a person sees in a text editor, even when a quoted field spans several lines.
public struct CSVRecord: Sendable, Hashable {
    /// The line in the file where the record starts (for a spreadsheet, its row number).
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// The file is not well-formed CSV.
public struct CSVSyntaxError: Error, Sendable, Equatable, UserDescribable {
    public enum Problem: Sendable, Equatable {
        case unterminatedQuote
        case characterAfterClosingQuote(Character)
    }

    public var line: Int
    /// 1-based field position in the record.
    public var column: Int
    public var problem: Problem

    public func describe(_ language: Language) -> String {
        switch (problem, language) {
        case (.unterminatedQuote, .zh): "第\(line)行第\(column)列：引号没有闭合"
        case (.unterminatedQuote, .en): "line \(line), column \(column): a quoted field is never closed"
        case (.characterAfterClosingQuote(let c), .zh): "第\(line)行第\(column)列：闭合引号后出现多余字符“\(c)”"
        case (.characterAfterClosingQuote(let c), .en): "line \(line), column \(column): unexpected \"\(c)\" after a closing quote"
        }
    }
}

/// Parses comma-separated text (RFC 4180: `"` quotes, `""` escapes, CRLF or LF line ends).
/// Records whose fields are all empty (Excel leaves `,,,,` rows) are dropped.
public func parseCSV(_ text: String) throws(CSVSyntaxError) -> [CSVRecord] {
    var parser = CSVParser()
    var records: [CSVRecord] = []
    do {
        try parser.feed(text) { records.append($0) }
        try parser.finish { records.append($0) }
    } catch let error as CSVSyntaxError {
        throw error
    } catch {
        preconditionFailure("collecting records throws nothing else")
    }
    return records
}

/// The CSV reader, fed a piece of text at a time (a file read in chunks): each complete record is
/// handed on as soon as it ends, so a file of any length is read in the memory of one record.
/// Pieces may be cut anywhere between characters; feeding a text in pieces gives the records feeding
/// it whole gives. It works on the UTF-8 bytes: the delimiters are ASCII, which UTF-8 never uses
/// inside a character, so a field's bytes are always whole characters.
public struct CSVParser: Sendable {
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var line = 1
    private var recordLine = 1
    private var inQuotes = false
    private var quoteClosed = false
    /// A `"` inside quotes was the last byte seen: a second `"` escapes it, anything else closes the field.
    private var quoteInQuotes = false
    /// A CR was the last byte seen: an LF right after it belongs to the same line end.
    private var afterCR = false

    public init() {
        field.reserveCapacity(64)
    }

    public mutating func feed(_ text: String, _ emit: (CSVRecord) throws -> Void) throws {
        var text = text
        try text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                try take(bytes, &index, emit)
            }
        }
    }

    /// The end of the text: the last record, if it has no line end.
    public mutating func finish(_ emit: (CSVRecord) throws -> Void) throws {
        if quoteInQuotes {
            quoteInQuotes = false
            inQuotes = false
            quoteClosed = true
        }
        if inQuotes { throw CSVSyntaxError(line: recordLine, column: fields.count + 1, problem: .unterminatedQuote) }
        if !field.isEmpty || !fields.isEmpty || quoteClosed { try endRecord(emit) }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord(_ emit: (CSVRecord) throws -> Void) throws {
        endField()
        let record = CSVRecord(line: recordLine, fields: fields)
        fields = []
        fields.reserveCapacity(record.fields.count)
        quoteClosed = false
        if record.fields.contains(where: { !$0.isEmpty }) { try emit(record) }
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    private mutating func take(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ emit: (CSVRecord) throws -> Void) throws {
        let byte = bytes[index]
        index += 1
        if afterCR {
            afterCR = false
            if byte == Self.lf { return }
        }
        if quoteInQuotes {
            quoteInQuotes = false
            if byte == Self.quote {
                field.append(Self.quote)
                return
            }
            inQuotes = false
            quoteClosed = true
        }
        if inQuotes {
            if byte == Self.quote {
                quoteInQuotes = true
            } else {
                if byte == Self.lf { line += 1 }
                field.append(byte)
            }
            return
        }
        switch byte {
        case Self.comma:
            endField()
            quoteClosed = false
        case Self.cr:
            // CRLF (or a lone CR) ends the record.
            afterCR = true
            try endRecord(emit)
            line += 1
            recordLine = line
        case Self.lf:
            try endRecord(emit)
            line += 1
            recordLine = line
        case Self.quote where field.isEmpty && !quoteClosed:
            inQuotes = true
        default:
            if quoteClosed {
                // The whole character that starts here, for the message.
                let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                let end = min(bytes.count, index - 1 + length)
                let character = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index - 1)..<end]), as: UTF8.self).first ?? "?"
                throw CSVSyntaxError(line: line, column: fields.count + 1, problem: .characterAfterClosingQuote(character))
            }
            field.append(byte)
        }
    }
}

extension CharacterSet {
    /// What may surround a cell typed in a spreadsheet: spaces, tabs and the full-width space.
    public static let cellBlank = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{3000}"))
    /// The same, and line breaks (inside a quoted cell).
    public static let cellBlankOrNewline = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}"))
}

extension String {
    /// The text without leading or trailing spaces and tabs.
    public var trimmedCell: String { trimmingWhiteSpace(.whitespaces) }

    /// `trimmingCharacters(in: set)` for a set of white space, returning the text itself without
    /// Foundation's scan when it neither starts nor ends with white space (nearly every cell).
    public func trimmingWhiteSpace(_ set: @autoclosure () -> CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.isWhiteSpace && !last.isWhiteSpace { return self }
        return trimmingCharacters(in: set())
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space property (the whole list is these 25 scalars), without the property table.
    var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
