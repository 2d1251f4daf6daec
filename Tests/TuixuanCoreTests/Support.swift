@testable import TuixuanCore

func date(_ text: String) -> CivilDate {
    guard let value = CivilDate(parsing: text) else { fatalError("bad test date \(text)") }
    return value
}

let rules2020 = RuleSet.builtIn["2020"]!
let rules1990 = RuleSet.builtIn["1990"]!

func member(
    _ name: String = "张三", status: MembershipStatus = .full, discipline: DisciplineStatus = .none,
    probation: (String?, String)? = nil, away: Bool = false, id: Int64? = nil, born: String = "1970-05-01", idNumber: String? = nil
) -> Member {
    Member(
        id: id, name: name, gender: .male, birthDate: date(born), idNumber: idNumber, education: .highSchool,
        joinedDate: date("1995-07-01"), status: status, discipline: discipline,
        probationStart: probation?.0.map(date), probationEnd: probation.map { date($0.1) }, away: away)
}

/// Parses CSV text that the test knows is well formed.
func records(_ text: String) -> [CSVRecord] {
    do { return try parseCSV(text) } catch { fatalError("test CSV does not parse: \(error)") }
}
