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
    var records: [CSVRecord] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quoteClosed = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil

    func endRecord() {
        fields.append(field)
        if fields.contains(where: { !$0.isEmpty }) { records.append(CSVRecord(line: recordLine, fields: fields)) }
        fields = []
        field = ""
        quoteClosed = false
    }

    while let scalar = pending ?? iterator.next() {
        pending = nil
        if inQuotes {
            if scalar == "\"" {
                if let next = iterator.next() {
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; quoteClosed = true; pending = next }
                } else {
                    inQuotes = false
                    quoteClosed = true
                }
            } else {
                if scalar == "\n" { line += 1 }
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case ",":
            fields.append(field)
            field = ""
            quoteClosed = false
        case "\r":
            // CRLF (or a lone CR) ends the record.
            if let next = iterator.next(), next != "\n" { pending = next }
            endRecord()
            line += 1
            recordLine = line
        case "\n":
            endRecord()
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
    if inQuotes { throw CSVSyntaxError(line: recordLine, column: fields.count + 1, problem: .unterminatedQuote) }
    if !field.isEmpty || !fields.isEmpty || quoteClosed { endRecord() }
    return records
}

extension String {
    /// The text without leading or trailing spaces and tabs.
    public var trimmedCell: String { trimmingWhiteSpace(.whitespaces) }

    /// `trimmingCharacters(in: set)` for a set of white space, returning the text itself without
    /// Foundation's scan when it neither starts nor ends with white space (nearly every cell).
    public func trimmingWhiteSpace(_ set: @autoclosure () -> CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
        return trimmingCharacters(in: set())
    }
}
