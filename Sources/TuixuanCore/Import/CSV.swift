import Foundation

/// One record of a CSV file with the physical line it starts on (1-based), so that errors can
/// name the line a person sees in a text editor, even when a quoted field spans several lines.
public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]
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
/// Pieces may be cut anywhere; feeding a text in pieces gives the records feeding it whole gives.
public struct CSVParser: Sendable {
    private var fields: [String] = []
    private var field = ""
    private var line = 1
    private var recordLine = 1
    private var inQuotes = false
    private var quoteClosed = false
    /// A `"` inside quotes was the last character seen: a second `"` escapes it, anything else closes the field.
    private var quoteInQuotes = false
    /// A CR was the last character seen: an LF right after it belongs to the same line end.
    private var afterCR = false

    public init() {}

    public mutating func feed(_ text: String, _ emit: (CSVRecord) throws -> Void) throws {
        for scalar in text.unicodeScalars {
            try take(scalar, emit)
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

    private mutating func endRecord(_ emit: (CSVRecord) throws -> Void) throws {
        fields.append(field)
        let record = CSVRecord(line: recordLine, fields: fields)
        fields = []
        field = ""
        quoteClosed = false
        if record.fields.contains(where: { !$0.isEmpty }) { try emit(record) }
    }

    private mutating func take(_ scalar: Unicode.Scalar, _ emit: (CSVRecord) throws -> Void) throws {
        if afterCR {
            afterCR = false
            if scalar == "\n" { return }
        }
        if quoteInQuotes {
            quoteInQuotes = false
            if scalar == "\"" {
                field.unicodeScalars.append("\"")
                return
            }
            inQuotes = false
            quoteClosed = true
        }
        if inQuotes {
            if scalar == "\"" {
                quoteInQuotes = true
            } else {
                if scalar == "\n" { line += 1 }
                field.unicodeScalars.append(scalar)
            }
            return
        }
        switch scalar {
        case ",":
            fields.append(field)
            field = ""
            quoteClosed = false
        case "\r":
            // CRLF (or a lone CR) ends the record.
            afterCR = true
            try endRecord(emit)
            line += 1
            recordLine = line
        case "\n":
            try endRecord(emit)
            line += 1
            recordLine = line
        case "\"" where field.isEmpty && !quoteClosed:
            inQuotes = true
        default:
            if quoteClosed {
                throw CSVSyntaxError(line: line, column: fields.count + 1, problem: .characterAfterClosingQuote(Character(scalar)))
            }
            field.unicodeScalars.append(scalar)
        }
    }
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
