import Testing
import TuixuanCore

/// Issue 14: the annual grading's rules (004 第一篇), at their boundaries.
@Suite("Grading rules")
struct GradingTests {
    static let plan = Procedure.builtIn(.grading).first { $0.procedure == "grading" && $0.version == 1 }!.grading!

    @Test("a score gives its grade without rounding: 90 is 好, 89.9 and 89.5 are 较好, 80 较好, 79.9 一般, 60 一般, 59.9 较差", arguments: [
        (1000, OrganizationGrade.good), (900, .good), (899, .fairlyGood), (895, .fairlyGood), (800, .fairlyGood), (799, .average),
        (600, .average), (599, .poor), (0, .poor),
    ])
    func bands(tenths: Int, grade: OrganizationGrade) {
        #expect(initialGrade(score: GradingScore(tenths: tenths), plan: Self.plan) == grade)
    }

    @Test("a score is whole points or one decimal, in ASCII digits; nothing else reads", arguments: [
        ("89.5", 895 as Int?), ("90", 900), (" 18 ", 180), ("0", 0), ("20.0", 200),
        ("89.55", nil), ("-1", nil), ("８９", nil), ("1e2", nil), ("", nil), (".5", nil), ("5.", nil), ("九十", nil),
        // From the attack review: a sign was dropped (-0.5 read as 0.5), and a long number trapped on overflow.
        ("-0.5", nil), ("-0", nil), ("+5", nil), ("100", 1000), ("0100", nil), ("1000000000000000000", nil), ("922337203685477580.8", nil),
    ])
    func scores(text: String, tenths: Int?) {
        #expect(GradingScore(text: text)?.tenths == tenths)
    }

    @Test("好 at most 20% of the organizations under one 党(工)委 at the first grading: exactly 20% passes, one more is refused; the year-end re-grading is not capped", arguments: [
        (2, 10, false, nil as Int?), (3, 10, false, 2), (1, 9, false, nil), (2, 9, false, 1), (0, 4, false, nil), (1, 4, false, 0),
        (5, 10, true, nil),
    ])
    func cap(good: Int, graded: Int, yearEnd: Bool, allowed: Int?) {
        #expect(goodShareExceeded(good: good, graded: graded, plan: Self.plan, yearEnd: yearEnd) == allowed)
    }

    @Test("排名靠后: the bottom 20% of a township's scores, rounded up and at least one; ties share a place; a township of one, or of equal scores, ranks no one", arguments: [
        (600, [600, 700, 800], true), (700, [600, 700, 800], false), (600, [600, 600, 800], true), (800, [800], false),
        (650, [600, 650, 700, 800, 900, 910], true),    // 6 scores: the bottom two
        (700, [600, 650, 700, 800, 900, 910], false),
        (600, [600, 600, 600, 600, 600], false),        // all tied: nobody ranks behind anyone (the third attack review)
        (600, [600, 600, 600, 600, 700], true),
    ])
    func lowRank(score: Int, scores: [Int], near: Bool) {
        #expect(rankedNearBottom(score: GradingScore(tenths: score), among: scores.map(GradingScore.init(tenths:)), percent: 20) == near)
    }

    @Test("rating ballots reconciled as the congress's entries: aligned, so a skipped or doubled ballot is located, not a cascade")
    func ratingReconciliation() throws {
        let stack: [RatingMark] = [.good, .fairlyGood, .average, .poor, .good, .average, .fairlyGood]
        #expect(ratingEntriesDiffer(stack, stack) == nil)
        // One ballot read differently: named by its number and both readings.
        var misread = stack
        misread[2] = .poor
        let one = try #require(ratingEntriesDiffer(stack, misread))
        #expect(one.zh.contains("1处") && one.zh.contains("第3张：A录一般，B录较差"), "\(one.zh)")
        // B skipped the 4th ballot: one place, not four differences after it.
        var skipped = stack
        skipped.remove(at: 3)
        let gap = try #require(ratingEntriesDiffer(stack, skipped))
        #expect(gap.zh.contains("1处") && gap.zh.contains("A第4张（较差）B没有") && gap.zh.contains("A录入7张，B录入6张"), "\(gap.zh)")
        // B entered the 2nd ballot twice.
        var doubled = stack
        doubled.insert(.fairlyGood, at: 1)
        let extra = try #require(ratingEntriesDiffer(stack, doubled))
        #expect(extra.zh.contains("1处") && extra.zh.contains("A没有：A漏录或B多录"), "\(extra.zh)")
        #expect(extra.en.contains("1 place"), "\(extra.en)")
        // The old comparison, place by place, would have found 1 + 3 differences here and no single place.
        #expect(zip(stack, skipped).filter { $0 != $1 }.count > 1)
    }

    @Test("连续2年: two consecutive years near the bottom, not two years apart")
    func twoYearsRunning() {
        #expect(lowRankedTwoYearsRunning([2025: true, 2026: true]) == [2025, 2026])
        #expect(lowRankedTwoYearsRunning([2024: true, 2025: false, 2026: true]) == nil)
        #expect(lowRankedTwoYearsRunning([2024: true, 2025: true, 2026: false]) == [2024, 2025])
        #expect(lowRankedTwoYearsRunning([2026: true]) == nil)
    }

    @Test("the objection period is 7 working days on the official calendar: across National Day 2026 (1–7 October off, Saturday 10 October worked) it ends on the 15th, not the 9th")
    func objectionPeriodAcrossHoliday() throws {
        let notified = CivilDate(parsing: "2026-09-30")!
        #expect(try objectionDeadline(notifiedOn: notified, plan: Self.plan, calendar: .shipped) == CivilDate(parsing: "2026-10-15")!)
        // Weekdays only, the holiday unknown, it would have ended on Friday the 9th.
        let weekdaysOnly = OfficialCalendar(days: [OfficialCalendar.Day(date: CivilDate(parsing: "2026-01-01")!, kind: .holiday, name: "元旦")])
        #expect(try objectionDeadline(notifiedOn: notified, plan: Self.plan, calendar: weekdaysOnly) == CivilDate(parsing: "2026-10-09")!)
        // A year whose arrangement is not known is refused, never guessed.
        #expect(throws: UnknownCalendarYear(year: 2031)) { try objectionDeadline(notifiedOn: CivilDate(parsing: "2031-03-02")!, plan: Self.plan, calendar: .shipped) }
    }

    @Test("the grading is a catalog of the same engine: its conditions are the grading's, its figures checked; an election condition or a missing key is refused")
    func catalog() throws {
        let grading = try #require(Procedure.builtIn(.grading).first)
        #expect(grading.procedureKind == .grading && grading.problems().isEmpty)
        #expect(Procedure.builtIn(.election).allSatisfy { $0.grading == nil && $0.problems().isEmpty })
        var crossed = grading
        crossed.steps[3].conditions.append("survey.weakAndLaxAssessed")
        #expect(crossed.problems().contains("step 4: unknown condition survey.weakAndLaxAssessed"))
        var keyless = grading
        keyless.steps[6].key = "objection_review"
        #expect(keyless.problems().contains("no step has the key objections, which the program acts on"))
        var figures = grading
        figures.grading!.areas[0].maximum = 25
        #expect(figures.problems().contains { $0.contains("not 100") })
        var election = Procedure.builtIn(.election)[0]
        election.grading = grading.grading
        #expect(election.problems().contains("only a grading catalog has grading figures"))
    }

    @Test("the engine runs the grading from its facts: the township's step waits for its score, then for the cap")
    func engine() {
        let grading = Procedure.builtIn(.grading).first!
        let engine = ProcedureEngine(procedure: grading)
        var facts = GradingFacts(plan: Self.plan, today: CivilDate(parsing: "2026-04-05")!)
        for step in 1...3 { facts.outcomes[step] = StepOutcome(kind: .completed, happenedOn: CivilDate(parsing: "2026-03-30")!, operatorName: "村书记") }
        let township = grading.step(.townshipReview).number
        #expect(engine.blockersToComplete(township, role: .township, records: [.minutes], facts).map(conditionName) == ["grading.initialGradeRecorded"])
        facts.grades[.initial] = RecordedGrade(grade: .good, score: GradingScore(tenths: 925), decidedOn: CivilDate(parsing: "2026-04-02")!)
        facts.goodUnderTownship = 3
        facts.gradedUnderTownship = 10
        #expect(engine.blockersToComplete(township, role: .township, records: [.minutes], facts).map(conditionName) == ["grading.goodWithinCap"])
        facts.goodUnderTownship = 2
        #expect(engine.blockersToComplete(township, role: .township, records: [.minutes], facts).isEmpty)
        #expect(engine.blockersToComplete(township, role: .village, records: [.minutes], facts).count == 1)
    }

    func conditionName(_ blocker: Blocker) -> String {
        if case .conditionUnmet(let name, _) = blocker { return name }
        return "\(blocker)"
    }
}
