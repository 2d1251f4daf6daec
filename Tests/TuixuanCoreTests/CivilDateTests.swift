import Testing
@testable import TuixuanCore

@Suite("Civil dates")
struct CivilDateTests {
    @Test("accepts the forms spreadsheets write", arguments: [
        ("2024-03-05", "2024-03-05"), ("2024/3/5", "2024-03-05"), ("2024.03.05", "2024-03-05"),
        ("2024年3月5日", "2024-03-05"), ("20240305", "2024-03-05"), (" 2024-3-5 ", "2024-03-05"), ("2024-02-29", "2024-02-29"),
    ])
    func parses(raw: String, expected: String) {
        #expect(CivilDate(parsing: raw)?.description == expected)
    }

    @Test("refuses what is not a date", arguments: [
        "2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "24-03-05", "2024-03", "2024/03-05", "", "abc", "2024年3月", "2024-3-5-1", "1899-12-31",
    ])
    func refuses(raw: String) {
        #expect(CivilDate(parsing: raw) == nil)
    }

    @Test("age turns on the birthday itself", arguments: [
        ("1971-11-21", "2026-11-20", 54), ("1971-11-21", "2026-11-21", 55), ("1971-11-21", "2026-11-22", 55),
        ("2000-02-29", "2026-02-28", 25), ("2000-02-29", "2026-03-01", 26), ("2000-02-29", "2028-02-29", 28),
    ])
    func age(born: String, on: String, expected: Int) {
        #expect(date(born).age(on: date(on)) == expected)
    }

    @Test("adding days crosses months, years and leap days")
    func addingDays() {
        #expect(date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(date("2023-02-28").adding(days: 1) == date("2023-03-01"))
        #expect(date("2026-12-31").adding(days: 1) == date("2027-01-01"))
        #expect(date("2026-01-01").adding(days: -1) == date("2025-12-31"))
        #expect(date("2026-11-21").days(until: date("2026-11-26")) == 5)
    }
}
