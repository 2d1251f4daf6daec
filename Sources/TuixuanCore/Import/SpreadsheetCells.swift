/// How a cell of a spreadsheet (.xlsx) becomes the text an importer reads, as a CSV field would be: no I/O here, so the
/// rules are tested directly. The workbook itself is read by TuixuanSpreadsheet.
public enum SpreadsheetCell {
    /// `D17` → column 3 (from 0), row 17; nil for anything else.
    public static func position(of reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var letters = 0
        var rest = Substring(reference)
        while let first = rest.first, let ascii = first.asciiValue, (65...90).contains(ascii) {
            column = column * 26 + Int(ascii - 64)
            letters += 1
            rest = rest.dropFirst()
        }
        guard letters > 0, letters <= 3, let row = Int(rest), row > 0 else { return nil }
        return (column - 1, row)
    }

    /// Column 3 → `D`, 26 → `AA`.
    public static func letters(ofColumn index: Int) -> String {
        var index = index + 1
        var result = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + remainder))) + result
            index = (index - 1) / 26
        }
        return result
    }

    /// Whether a number format shows a date: the built-in date formats (14–22, 27–36 and 50–58 in Chinese locales,
    /// 45–47), or a custom code with a year, month or day outside quotes and brackets (`yyyy"年"m"月"d"日"`, `yyyy/mm/dd`).
    public static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
        guard let code else { return false }
        // "General" (the word, as LibreOffice writes its general format) is no token: its e is not an era year.
        let tokens = code.replacingOccurrences(of: "general", with: "", options: .caseInsensitive)
        var inQuote = false, inBracket = false, literal = false
        for character in tokens {
            if literal {
                literal = false
                continue
            }
            switch character {
            case "\\", "_", "*": if !inQuote { literal = true }   // \x shows x; _x a space as wide as x; *x fills with x
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case "y", "Y", "d", "D", "e": if !inQuote && !inBracket { return true }
            case "m", "M": if !inQuote && !inBracket && !tokens.lowercased().contains("h") { return true }
            default: break
            }
        }
        return false
    }

    /// An Excel date serial (days since 1899-12-30, or since 1904-01-01 in a 1904 workbook) as `yyyy-MM-dd`, from the
    /// stored text: the whole days are read as digits, never through a floating-point value; a time of day is dropped.
    public static func dateText(serial: String, date1904: Bool) -> String? {
        let parts = serial.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts.first.map(String.init) ?? serial
        guard !serial.contains("E"), !serial.contains("e"), var days = Int(whole), days >= 0, days < 2_958_466 else { return nil }
        // A time within half a second of midnight is the next day (25627.9999999999, a date computed in floating point):
        // the fraction alone goes through a Double, never the day.
        if parts.count == 2, let fraction = Double("0." + parts[1]), fraction >= 1 - 0.5 / 86_400 { days += 1 }
        if date1904 { return CivilDate(year: 1904, month: 1, day: 1)!.adding(days: days).description }
        // Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was (serial 60), so later serials are one ahead.
        guard days >= 1, days != 60 else { return nil }
        return CivilDate(year: 1900, month: 1, day: 1)!.adding(days: days < 60 ? days - 1 : days - 2).description
    }

    /// A number as stored (`13800000000`, `1.5`, `3.3052119680412E+17`) written out in plain digits, by moving the decimal
    /// point in the text (never through a floating-point value): what the cell holds, as a CSV field would.
    ///
    /// Excel keeps 15 significant digits of a number: an 18-digit ID number typed into a number cell has already lost its
    /// last digits, so a number that would need more than 15 digits is left as stored (`3.3052119680412E+17`), and the
    /// importer refuses it by name rather than storing made-up digits. A whole number written with a fraction of zeros
    /// (`13800138000.0`) is its digits.
    public static func numberText(_ raw: String) -> String {
        guard let e = raw.firstIndex(where: { $0 == "E" || $0 == "e" }) else {
            if let point = raw.firstIndex(of: "."), raw[raw.index(after: point)...].allSatisfy({ $0 == "0" }), raw.index(after: point) < raw.endIndex {
                return String(raw[..<point])
            }
            return raw
        }
        guard let exponent = Int(raw[raw.index(after: e)...]), abs(exponent) <= 15 else { return raw }
        var mantissa = String(raw[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = integer + fraction
        var point = integer.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var whole = String(digits.prefix(point)).drop { $0 == "0" }
        if whole.isEmpty { whole = "0" }
        guard whole.count <= 15 else { return raw }
        let rest = String(digits.dropFirst(point)).reversed().drop { $0 == "0" }
        let text = rest.isEmpty ? String(whole) : String(whole) + "." + String(rest.reversed())
        return (negative ? "-" : "") + text
    }
}
