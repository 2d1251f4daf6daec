import Foundation

/// A calendar date with no time or zone: birth dates, meeting dates, the congress date.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the forms spreadsheets in China write: `2024-03-05`, `2024/3/5`, `2024.03.05`,
    /// `2024年3月5日`, and the compact `20240305`.
    public init?(parsing raw: String) {
        // The stored form YYYY-MM-DD and the compact YYYYMMDD, read from their bytes without allocating
        // (dates are read by the million at province scale); every other form takes the general path.
        if let (year, month, day) = CivilDate.plainDigits(raw) {
            self.init(year: year, month: month, day: day)
            return
        }
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.count == 8, text.allSatisfy(\.isASCIIDigit) {
            let digits = Array(text)
            text = String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8])
        } else if text.hasSuffix("日"), text.contains("年"), text.contains("月") {
            text = String(text.dropLast()).replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-")
        } else if let separator = text.first(where: { $0 == "/" || $0 == "." }) {
            // One separator throughout: "2024/03-05" is a typing slip, not a date.
            let others = Set("/.-").subtracting([separator])
            guard !text.contains(where: others.contains) else { return nil }
            text = text.replacingOccurrences(of: String(separator), with: "-")
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month and day of `YYYY-MM-DD` or `YYYYMMDD` (nothing around them), else nil.
    static func plainDigits(_ text: String) -> (Int, Int, Int)? {
        let utf8 = text.utf8
        let dashed = utf8.count == 10
        guard dashed || utf8.count == 8 else { return nil }
        var numbers = (0, 0, 0), position = 0
        for byte in utf8 {
            defer { position += 1 }
            if dashed && (position == 4 || position == 7) {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch position {
            case 0..<4: numbers.0 = numbers.0 * 10 + digit
            case 4..<7 where dashed, 4..<6 where !dashed: numbers.1 = numbers.1 * 10 + digit
            default: numbers.2 = numbers.2 * 10 + digit
            }
        }
        return numbers
    }

    /// ISO 8601 form, `YYYY-MM-DD`, as stored.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Full years of age on `date` (a person born on 29 February turns a year older on 1 March
    /// in common years).
    public func age(on date: CivilDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// The date `days` days later (or earlier, when negative).
    public func adding(days: Int) -> CivilDate {
        let serial = dayNumber + days
        return CivilDate(dayNumber: serial)
    }

    /// The same day `months` months later; the month's last day when it has no such day
    /// (2026-11-30 + 3 months = 2027-02-28), as a deadline "within 3 months" reads.
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let (y, m) = (total / 12, total % 12 + 1)
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (civil-from-days algorithm, proleptic Gregorian).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
