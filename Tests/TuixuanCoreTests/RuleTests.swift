import Testing
@testable import TuixuanCore

@Suite("Voting rights (条例 第五条)")
struct VotingRightsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var member: Member
        var on: String
        var under2020: NoVoteReason?
        var under1990: NoVoteReason?
        var testDescription: String { label }
    }

    static let congress = "2026-12-02"
    static let cases: [Case] = [
        Case(label: "full member", member: member(), on: congress, under2020: nil, under1990: nil),
        Case(label: "probationary member", member: member(status: .probationary), on: congress,
             under2020: .probationaryMember, under1990: .probationaryMember),
        Case(label: "probation, inside the period", member: member(discipline: .probation, probation: ("2026-06-01", "2027-06-01")), on: congress,
             under2020: .onPartyProbation(until: date("2027-06-01")), under1990: .onPartyProbation(until: date("2027-06-01"))),
        Case(label: "probation ends on the congress day", member: member(discipline: .probation, probation: ("2025-12-02", congress)), on: congress,
             under2020: .onPartyProbation(until: date(congress)), under1990: .onPartyProbation(until: date(congress))),
        Case(label: "probation ended the day before", member: member(discipline: .probation, probation: ("2025-12-01", "2026-12-01")), on: congress,
             under2020: nil, under1990: nil),
        Case(label: "probation starts on the congress day", member: member(discipline: .probation, probation: (congress, "2027-12-02")), on: congress,
             under2020: .onPartyProbation(until: date("2027-12-02")), under1990: .onPartyProbation(until: date("2027-12-02"))),
        Case(label: "probation starts the day after", member: member(discipline: .probation, probation: ("2026-12-03", "2027-12-03")), on: congress,
             under2020: nil, under1990: nil),
        Case(label: "probation with no start given", member: member(discipline: .probation, probation: (nil, "2027-01-01")), on: congress,
             under2020: .onPartyProbation(until: date("2027-01-01")), under1990: .onPartyProbation(until: date("2027-01-01"))),
        Case(label: "detained", member: member(discipline: .detained), on: congress, under2020: .detained, under1990: nil),
        Case(label: "arrested", member: member(discipline: .arrested), on: congress, under2020: .arrested, under1990: nil),
        Case(label: "probationary and detained", member: member(status: .probationary, discipline: .detained), on: congress,
             under2020: .probationaryMember, under1990: .probationaryMember),
        Case(label: "away members keep their vote", member: member(away: true), on: congress, under2020: nil, under1990: nil),
    ]

    @Test("each member status under each rule set", arguments: cases)
    func votingRightTable(_ c: Case) {
        #expect(votingRight(of: c.member, on: date(c.on), under: rules2020) == c.under2020)
        #expect(votingRight(of: c.member, on: date(c.on), under: rules1990) == c.under1990)
    }
}

@Suite("Expected attendance (应到会人数)")
struct ExpectedAttendanceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var higher: Bool
        var congress: Bool
        var figure: Int
        var pending: Int
        var testDescription: String { label }
    }

    @Test("an exclusion counts only with both approvals", arguments: [
        Case(label: "proposed only", higher: false, congress: false, figure: 50, pending: 1),
        Case(label: "higher committee only", higher: true, congress: false, figure: 50, pending: 1),
        Case(label: "congress only", higher: false, congress: true, figure: 50, pending: 1),
        Case(label: "both approvals", higher: true, congress: true, figure: 49, pending: 0),
    ])
    func exclusion(_ c: Case) {
        let voters = (1...50).map(Int64.init)
        let result = expectedAttendance(voterIDs: voters, exclusions: [
            AttendanceExclusion(memberID: 7, reason: .bedridden, higherCommitteeAgreed: c.higher, congressApproved: c.congress),
        ])
        #expect(result.figure == c.figure)
        #expect(result.pendingIDs.count == c.pending)
    }

    @Test("without exclusions it is every member with a vote")
    func noExclusions() {
        #expect(expectedAttendance(voterIDs: [3, 1, 2], exclusions: []).figure == 3)
        #expect(expectedAttendance(voterIDs: [], exclusions: []).figure == 0)
    }

    @Test("an exclusion of someone without a vote changes nothing")
    func nonVoterExclusion() {
        let result = expectedAttendance(voterIDs: [1, 2, 3], exclusions: [
            AttendanceExclusion(memberID: 9, reason: .bedridden, higherCommitteeAgreed: true, congressApproved: true),
        ])
        #expect(result.figure == 3)
        #expect(result.excludedIDs.isEmpty)
    }

    @Test("the approval digest input changes with anything the figure rests on")
    func digestInput() {
        let base = expectedAttendance(voterIDs: [1, 2, 3], exclusions: [])
        let a = expectedAttendanceDigestInput(congressDate: date("2026-12-02"), ruleSetID: "2020", attendance: base)
        #expect(a == expectedAttendanceDigestInput(congressDate: date("2026-12-02"), ruleSetID: "2020", attendance: expectedAttendance(voterIDs: [3, 2, 1], exclusions: [])))
        #expect(a != expectedAttendanceDigestInput(congressDate: date("2026-12-03"), ruleSetID: "2020", attendance: base))
        #expect(a != expectedAttendanceDigestInput(congressDate: date("2026-12-02"), ruleSetID: "1990", attendance: base))
        #expect(a != expectedAttendanceDigestInput(congressDate: date("2026-12-02"), ruleSetID: "2020", attendance: expectedAttendance(voterIDs: [1, 2, 4], exclusions: [])))
    }
}

@Suite("Quorum, margin and threshold")
struct ThresholdTests {
    @Test("quorum at the 4/5 boundary, both comparisons", arguments: [
        (39, 50, false, false), (40, 50, false, true), (41, 50, true, true), (50, 50, true, true),
        (4, 5, false, true), (5, 5, true, true), (0, 0, false, true),
    ])
    func quorum(present: Int, expected: Int, moreThan: Bool, atLeast: Bool) {
        var rule = rules2020.quorum
        #expect(rule.comparison == .moreThan)
        #expect(isQuorate(present: present, expected: expected, rule: rule) == moreThan)
        rule.comparison = .atLeast
        #expect(isQuorate(present: present, expected: expected, rule: rule) == atLeast)
    }

    @Test("20% margin rounded up (进一法)", arguments: [
        (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 8), (7, 9), (8, 10), (9, 11), (10, 12), (11, 14),
    ])
    func margin(seats: Int, minimum: Int) {
        #expect(minimumCandidates(seats: seats, rule: rules2020.differentialMargin) == minimum)
    }

    @Test("more than half; exactly half fails", arguments: [
        (25, 50, false), (26, 50, true), (24, 49, false), (25, 49, true), (0, 0, false), (1, 1, true),
    ])
    func threshold(yes: Int, base: Int, passes: Bool) {
        #expect(passesElectionThreshold(yes: yes, base: base) == passes)
    }

    @Test("the rule sets differ only where rules.md says")
    func ruleSets() {
        #expect(rules2020.electionThreshold.base == .expected)
        #expect(rules1990.electionThreshold.base == .present)
        #expect(rules2020.votingRights.detentionSuspends)
        #expect(!rules1990.votingRights.detentionSuspends)
        #expect(rules2020.quorum == rules1990.quorum)
        #expect(rules2020.differentialMargin.percent == 20)
        #expect(Set(RuleSet.builtIn.keys) == ["2020", "1990"])
    }
}

@Suite("Resident ID numbers (GB 11643)")
struct ResidentIDTests {
    @Test("the standard's example: birth date and sex read back")
    func valid() throws {
        let id = try ResidentIDNumber.validate("11010519491231002X").get()
        #expect(id.birthDate == date("1949-12-31"))
        #expect(id.gender == .female)
    }

    @Test("generated numbers carry the check character the standard gives", arguments: [
        ("1970-05-01", false), ("1985-12-31", true), ("2000-02-29", false),
    ])
    func generated(born: String, female: Bool) throws {
        let number = SampleCounty.residentID(region: "330521", birth: date(born), sequence: 17, female: female)
        let id = try ResidentIDNumber.validate(number).get()
        #expect(id.birthDate == date(born))
        #expect(id.gender == (female ? .female : .male))
    }

    @Test("a lowercase check x is accepted", arguments: ["11010519491231002x"])
    func lowercase(number: String) throws {
        #expect(try ResidentIDNumber.validate(number).get().text == "11010519491231002X")
    }

    @Test("invalid numbers", arguments: [
        ("110105194912310021", ResidentIDNumber.Problem.badChecksum(expected: "X")),
        ("11010519491231002", .wrongLength),
        ("1101051949123100XX", .notDigits),
        ("110105194913310020", .badBirthDate),
    ])
    func invalid(number: String, problem: ResidentIDNumber.Problem) {
        switch ResidentIDNumber.validate(number) {
        case .success: Issue.record("accepted \(number)")
        case .failure(let box): #expect(box.problem == problem)
        }
    }
}

@Suite("Progress lines")
struct ProgressLineTests {
    @Test("bar, percent, counts, rate and ETA", arguments: [
        (0, 100, 0.0, "[....................]   0%  0/100  0/s  ETA --:--"),
        (50, 100, 5.0, "[##########..........]  50%  50/100  10/s  ETA 0:05"),
        (12_000, 30_000, 5.0, "[########............]  40%  12,000/30,000  2,400/s  ETA 0:08"),
        (1_000_000, 1_000_000, 40.0, "[####################] 100%  1,000,000/1,000,000  25,000/s  ETA 0:00"),
        (10, 4_000, 1.0, "[....................]   0%  10/4,000  10/s  ETA 6:39"),
        (1, 7_300, 1.0, "[....................]   0%  1/7,300  1/s  ETA 2:01:39"),
    ])
    func line(done: Int, total: Int, elapsed: Double, expected: String) {
        #expect(progressLine(done: done, total: total, elapsed: elapsed) == expected)
    }

    @Test("a file read as it goes shows megabytes", arguments: [
        (8_000_000, 40_000_000, 2.0, "[####................]  20%  8.0/40.0 MB  4.0 MB/s  ETA 0:08"),
        (40_000_000, 40_000_000, 4.2, "[####################] 100%  40.0/40.0 MB  9.5 MB/s  ETA 0:00"),
        (1_049_999, 1_250_000_000, 1.0, "[....................]   0%  1.0/1,250.0 MB  1.0 MB/s  ETA 19:50"),
    ])
    func bytes(done: Int, total: Int, elapsed: Double, expected: String) {
        #expect(progressLine(done: done, total: total, elapsed: elapsed, unit: .bytes) == expected)
    }
}

/// Issue 14 item 2: working days on the official calendar (放假调休), shipped for 2025 and 2026 from the State
/// Council's notices (国办发明电〔2024〕12号; the notice of 2025-11-04 for 2026).
@Suite("Working days")
struct WorkingDayTests {
    static let calendar = OfficialCalendar.shipped

    static func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    @Test("which days are working days: weekdays, weekends, holidays on weekdays, weekend days worked in exchange", arguments: [
        ("2026-02-13", true),   // Friday before the Spring Festival
        ("2026-02-14", true),   // Saturday, 上班
        ("2026-02-16", false),  // Monday, 春节
        ("2026-02-21", false),  // Saturday inside the holiday
        ("2026-02-24", true),   // Tuesday after it
        ("2026-02-28", true),   // Saturday, 上班
        ("2026-03-07", false),  // an ordinary Saturday
        ("2026-03-09", true),   // an ordinary Monday
        ("2026-01-04", true),   // Sunday, 上班 after 元旦
        ("2025-01-01", false),  // 元旦 2025, one day, no exchange
        ("2025-01-26", true),   // Sunday, 上班
        ("2025-10-08", false), ("2025-10-11", true), ("2025-10-12", false),
    ])
    func workingDay(date: String, working: Bool) throws {
        #expect(try Self.calendar.isWorkingDay(Self.day(date)) == working)
    }

    @Test("7 working days from a notice, across a holiday with an adjusted workday on each side", arguments: [
        ("2026-02-12", 7, "2026-02-28"),   // 13 Fri, 14 Sat 上班, [15–23 春节], 24, 25, 26, 27, 28 Sat 上班
        ("2026-02-12", 6, "2026-02-27"),
        ("2026-09-30", 7, "2026-10-15"),   // [1–7 国庆], 8, 9, 10 Sat 上班, 12, 13, 14, 15
        ("2026-09-18", 1, "2026-09-20"),   // Friday's notice: the next working day is Sunday 20 (上班), not Monday
        ("2026-03-06", 1, "2026-03-09"),   // an ordinary Friday: Monday
        ("2025-12-30", 2, "2026-01-04"),   // 31 Wed, [1–3 元旦], 4 Sun 上班: across the turn of the year
    ])
    func deadlines(start: String, count: Int, end: String) throws {
        #expect(try Self.calendar.addingWorkingDays(count, to: Self.day(start)) == Self.day(end))
    }

    @Test("a year whose arrangement is not known is refused, not guessed from weekends")
    func unknownYear() throws {
        #expect(throws: UnknownCalendarYear(year: 2027)) { try Self.calendar.addingWorkingDays(7, to: Self.day("2026-12-28")) }
        #expect(throws: UnknownCalendarYear(year: 2024)) { try Self.calendar.isWorkingDay(Self.day("2024-06-03")) }
        // The last days of a known year still count.
        #expect(try Self.calendar.addingWorkingDays(2, to: Self.day("2026-12-28")) == Self.day("2026-12-30"))
    }

    @Test("a county's table: read by line, 上班 only on a weekend, no date twice; it replaces that year whole")
    func countyTable() throws {
        #expect(throws: ImportRejected.self) { try parseOfficialCalendar(records("日期,类别,名称\n2027-01-04,上班,元旦\n")) }   // a Monday
        #expect(throws: ImportRejected.self) { try parseOfficialCalendar(records("日期,类别\n2027-01-01,放假\n2027-01-01,放假\n")) }
        #expect(throws: ImportRejected.self) { try parseOfficialCalendar(records("日期,类别\n2027-01-01,休息\n")) }
        let county = try parseOfficialCalendar(records("日期,类别,名称\n2027-01-01,放假,元旦\n2027-01-02,放假,元旦\n2027-01-03,放假,元旦\n"))
        let merged = Self.calendar.merging(county)
        #expect(merged.years == [2025, 2026, 2027])
        #expect(try merged.addingWorkingDays(7, to: Self.day("2026-12-28")) == Self.day("2027-01-07"))
        // A county table for 2026 replaces the shipped 2026 whole: its 上班 Saturday 14 February is gone.
        let replaced = Self.calendar.merging(try parseOfficialCalendar(records("日期,类别\n2026-10-01,放假\n")))
        #expect(try replaced.isWorkingDay(Self.day("2026-02-14")) == false && (try replaced.isWorkingDay(Self.day("2026-02-16"))) == true)
    }
}
