import Testing
@testable import TuixuanCore

private let plan = LocalPlan.seed2018
private let congress = date("2026-12-02")

/// A nominee born `years` years before the congress date (so exactly that age on the day), or a day later (one year younger).
private func nominee(
    _ name: String, id: Int64, age: Int, dayAfterBirthday: Bool = false, gender: Gender = .male, education: Education = .highSchool,
    incumbent: Post? = nil, findings: [RecordedFinding] = []
) -> NomineeFacts {
    var birth = CivilDate(year: congress.year - age, month: congress.month, day: congress.day)!
    if dayAfterBirthday { birth = birth.adding(days: 1) }
    let m = Member(id: id, name: name, gender: gender, birthDate: birth, education: education,
                   joinedDate: date("1990-07-01").adding(days: 0) < birth ? birth.adding(days: 365 * 19) : date("1990-07-01"), status: .full)
    return NomineeFacts(member: m, incumbentPost: incumbent, findings: findings)
}

/// A list of `count` eligible committee nominees (one woman, one under 35), the first also for secretary.
private func list(_ count: Int) -> [ListEntry] {
    (0..<count).map { index in
        let person = nominee("人选\(index)", id: Int64(index + 1), age: index == 0 ? 30 : 45, gender: index == 1 ? .female : .male)
        return ListEntry(nominee: person, posts: index == 0 ? [.member, .secretary] : [.member])
    }
}

@Suite("Seats (四、职数配备)")
struct SeatTests {
    @Test("committee size within the kind's range", arguments: [
        (OrganizationLevel.village, 2, false), (.village, 3, true), (.village, 4, true), (.village, 5, true), (.village, 6, false),
        (.community, 4, false), (.community, 5, true), (.community, 7, true), (.community, 9, true), (.community, 10, false),
    ])
    func range(level: OrganizationLevel, committee: Int, ok: Bool) {
        let seats = Seats(committee: committee, deputySecretary: level == .community ? 1 : 0)
        #expect(!seatProblems(seats, level: level, previousSize: nil, exceedingApproved: true, plan: plan).contains { if case .outsideRange = $0 { true } else { false } } == ok)
    }

    /// 四 "村党组织委员会委员职数3-5名，一般为3名": above 3 in a village is the township's stated decision; a community's 5–9 is its usual range.
    @Test("a village above the usual 3 seats needs the township's reason", arguments: [
        (OrganizationLevel.village, 3, nil as Int?, false, [SeatProblem]()),
        (.village, 4, nil, false, [.aboveUsual(usual: 3)]),
        (.village, 4, nil, true, []),
        (.village, 5, 5, false, [.aboveUsual(usual: 3)]),
        (.village, 5, 5, true, []),
        (.village, 5, 3, false, [.abovePreviousTerm(previous: 3)]),
        (.community, 9, nil, false, []),
    ])
    func usual(level: OrganizationLevel, committee: Int, previous: Int?, decided: Bool, expected: [SeatProblem]) {
        let seats = Seats(committee: committee, deputySecretary: level == .community ? 1 : 0)
        #expect(seatProblems(seats, level: level, previousSize: previous, exceedingApproved: decided, plan: plan) == expected)
    }

    @Test("not above the previous term without a recorded approval")
    func previousTerm() {
        let seats = Seats(committee: 5)
        #expect(seatProblems(seats, level: .village, previousSize: 3, exceedingApproved: false, plan: plan) == [.abovePreviousTerm(previous: 3)])
        #expect(seatProblems(seats, level: .village, previousSize: 3, exceedingApproved: true, plan: plan).isEmpty)
        #expect(seatProblems(seats, level: .village, previousSize: 5, exceedingApproved: false, plan: plan) == [.aboveUsual(usual: 3)])
    }

    @Test("one secretary; a deputy in a community and none in a village")
    func secretaries() {
        #expect(seatProblems(Seats(committee: 5, deputySecretary: 0), level: .community, previousSize: nil, exceedingApproved: false, plan: plan) == [.deputyCount(expected: 1)])
        #expect(seatProblems(Seats(committee: 3, deputySecretary: 1), level: .village, previousSize: nil, exceedingApproved: false, plan: plan) == [.deputyCount(expected: 0)])
        #expect(seatProblems(Seats(committee: 3, secretary: 2), level: .village, previousSize: nil, exceedingApproved: false, plan: plan) == [.secretaryCount])
        #expect(seatProblems(Seats(committee: 3), level: .township, previousSize: nil, exceedingApproved: false, plan: plan) == [.notHeldHere(.township)])
    }
}

@Suite("Differential margin on lists")
struct ListMarginTests {
    @Test("seats 3, 4, 5, 7, 9: just below the minimum fails, the minimum passes", arguments: [(3, 4), (4, 5), (5, 6), (7, 9), (9, 11)])
    func margin(seats: Int, minimum: Int) {
        let s = Seats(committee: seats)
        let below = listProblems(list(minimum - 1), seats: s, on: congress, rules: rules2020, plan: plan, level: .village)
        #expect(below == [.marginShort(have: minimum - 1, need: minimum, seats: seats)])
        #expect(listProblems(list(minimum), seats: s, on: congress, rules: rules2020, plan: plan, level: .village).isEmpty)
    }

    @Test("an upheld objection can drop the list below the margin; a dismissed one cannot")
    func objections() {
        let entries = list(4)
        let upheld = [Objection(memberID: 3, received: congress, summary: "反映有拉票行为", resolution: .upheld(reason: "经核实属实"))]
        let afterUpheld = applyingObjections(entries, upheld)
        #expect(afterUpheld.count == 3)
        #expect(listProblems(afterUpheld, seats: Seats(committee: 3), on: congress, rules: rules2020, plan: plan, level: .village) == [.marginShort(have: 3, need: 4, seats: 3)])
        let dismissed = [Objection(memberID: 3, received: congress, summary: "反映", resolution: .dismissed(reason: "经核实不属实"))]
        #expect(applyingObjections(entries, dismissed).count == 4)
        let pending = [Objection(memberID: 3, received: congress, summary: "反映")]
        #expect(applyingObjections(entries, pending).count == 4)
    }

    @Test("the secretary is drawn from the committee list, and the post is filled")
    func secretary() {
        var entries = list(4)
        entries[0].posts = [.member]
        #expect(listProblems(entries, seats: Seats(committee: 3), on: congress, rules: rules2020, plan: plan, level: .village) == [.postUnfilled(.secretary, have: 0, need: 1)])
        entries[0].posts = [.secretary]
        let problems = listProblems(entries, seats: Seats(committee: 3), on: congress, rules: rules2020, plan: plan, level: .village)
        #expect(problems.contains(.notOnCommitteeList(name: "人选0", post: .secretary)))
        #expect(problems.contains(.marginShort(have: 3, need: 4, seats: 3)))
    }

    @Test("no one under 35 and no woman are warnings to acknowledge, not silent passes")
    func structure() {
        let men = (0..<4).map { ListEntry(nominee: nominee("男\($0)", id: Int64($0 + 1), age: 40), posts: $0 == 0 ? [.member, .secretary] : [.member]) }
        let problems = listProblems(men, seats: Seats(committee: 3), on: congress, rules: rules2020, plan: plan, level: .village)
        #expect(problems == [.noYouth(below: 35, acknowledged: false), .noWoman(acknowledged: false)])
        let allBlock = problems.allSatisfy { $0.blocks }
        #expect(allBlock)
        let acknowledged = listProblems(men, seats: Seats(committee: 3), on: congress, rules: rules2020, plan: plan, level: .village,
                                        acknowledged: StructureAcknowledgements(noYouth: true, noWoman: true))
        #expect(acknowledged == [.noYouth(below: 35, acknowledged: true), .noWoman(acknowledged: true)])
        let anyBlocks = acknowledged.contains { $0.blocks }
        #expect(!anyBlocks)
    }

    @Test("35岁以下 includes 35 on the congress date (以下 includes the number); 36 does not", arguments: [
        (35, false, true), (36, false, false), (34, true, true), (36, true, true),
    ])
    func youthBoundary(age: Int, dayAfterBirthday: Bool, counts: Bool) {
        // dayAfterBirthday: born a day later, so one year younger than `age` until the day after the congress.
        var entries = (0..<4).map { ListEntry(nominee: nominee("人\($0)", id: Int64($0 + 1), age: 45, gender: .female), posts: $0 == 0 ? [.member, .secretary] : [.member]) }
        entries[3] = ListEntry(nominee: nominee("青年", id: 4, age: age, dayAfterBirthday: dayAfterBirthday), posts: [.member])
        let problems = listProblems(entries, seats: Seats(committee: 3), on: congress, rules: rules2020, plan: plan, level: .village)
        #expect(problems.contains(.noYouth(below: 35, acknowledged: false)) == !counts)
    }
}

@Suite("Eligibility (资格条件)")
struct EligibilityTests {
    func blocks(_ n: NomineeFacts, _ post: Post) -> Bool {
        assessEligibility(n, for: post, on: congress, rules: rules2020, plan: plan, level: .village).contains(where: \.blocks)
    }

    @Test("age on the congress date: new members up to 55, new secretaries up to 60", arguments: [
        (Post.member, 55, false, false), (.member, 56, false, true), (.member, 55, true, false), (.member, 56, true, false),
        (.secretary, 60, false, false), (.secretary, 61, false, true), (.secretary, 61, true, false),
    ])
    func ageLimits(post: Post, age: Int, dayAfterBirthday: Bool, excluded: Bool) {
        #expect(blocks(nominee("某", id: 1, age: age, dayAfterBirthday: dayAfterBirthday), post) == excluded)
    }

    @Test("an incumbent over the limit continues only with the approved decision")
    func incumbentAge() {
        var older = nominee("老书记", id: 1, age: 63, incumbent: .secretary)
        older.secretaryAssessed = true
        let findings = assessEligibility(older, for: .secretary, on: congress, rules: rules2020, plan: plan, level: .village)
        #expect(findings.map(\.rule) == [.ageLimit])
        #expect(findings.first?.effect == .needsDecision(approved: false))
        older.ageExceptionApproved = true
        #expect(!blocks(older, .secretary))
        // A committee member over 55 who was not on the committee is new: no decision helps.
        var newcomer = nominee("新人", id: 2, age: 57)
        newcomer.ageExceptionApproved = true
        #expect(blocks(newcomer, .member))
        // An incumbent member standing for secretary for the first time is a new secretary.
        #expect(blocks(nominee("委员", id: 3, age: 61, incumbent: .member), .secretary))
        // An incumbent member over 55 continues as a member only with the decision.
        #expect(blocks(nominee("委员", id: 3, age: 56, incumbent: .member), .member))
    }

    @Test("education below senior high is a warning until acknowledged", arguments: Education.allCases)
    func education(level: Education) {
        var n = nominee("某", id: 1, age: 40, education: level)
        #expect(blocks(n, .member) == !level.isSeniorHighOrAbove)
        n.educationAcknowledged = true
        #expect(!blocks(n, .member))
    }

    @Test("each 不得 condition excludes from every post, citing its source", arguments: DisqualifyingCondition.allCases)
    func disqualifying(condition: DisqualifyingCondition) {
        let n = nominee("某", id: 1, age: 40, findings: [RecordedFinding(kind: .disqualifying(condition), source: "县公安局", detail: "核查结果")])
        for post in Post.allCases {
            let findings = assessEligibility(n, for: post, on: congress, rules: rules2020, plan: plan, level: .village)
            #expect(findings.contains { $0.rule == .disqualified && $0.effect == .excludes && $0.fact.zh.contains("县公安局") && $0.fact.zh.contains("（\(condition.rawValue)）") })
        }
    }

    @Test("an incumbent secretary stands for secretary again only once the township weighed the nine items; as a member he needs nothing")
    func secretaryAssessment() {
        var incumbent = nominee("现任书记", id: 1, age: 50, incumbent: .secretary)
        let before = assessEligibility(incumbent, for: .secretary, on: congress, rules: rules2020, plan: plan, level: .village)
        #expect(before.map(\.rule) == [.unsuitableSecretary] && before.first?.effect == .needsDecision(approved: false))
        #expect(!blocks(incumbent, .member))
        #expect(!blocks(nominee("委员", id: 2, age: 50, incumbent: .member), .secretary))
        incumbent.secretaryAssessed = true
        #expect(!blocks(incumbent, .secretary))
    }

    @Test("each 不宜继续担任 condition stops an incumbent secretary continuing as secretary only", arguments: SecretaryUnsuitability.allCases)
    func unsuitable(condition: SecretaryUnsuitability) {
        let finding = RecordedFinding(kind: .unsuitableSecretary(condition), source: "乡镇党委", detail: "研判意见")
        let incumbent = nominee("现任书记", id: 1, age: 50, incumbent: .secretary, findings: [finding])
        #expect(blocks(incumbent, .secretary))
        #expect(!blocks(incumbent, .member))
        #expect(!blocks(nominee("委员", id: 2, age: 50, incumbent: .member, findings: [finding]), .secretary))
    }

    @Test("no right to be elected excludes", arguments: [MembershipStatus.probationary])
    func rightToBeElected(status: MembershipStatus) {
        var n = nominee("某", id: 1, age: 40)
        n.member.status = status
        #expect(assessEligibility(n, for: .member, on: congress, rules: rules2020, plan: plan, level: .village).map(\.rule) == [.rightToBeElected])
    }

    /// (label, until, incumbent, plan's cut-off, needs the special decision)
    static let sanctionCases: [(String, String, Post?, CivilDate?, Bool)] = [
        ("new, period not over on the cut-off day itself", "2018-09-30", nil, plan.sanctionCutoff, true),
        ("new, period over the day before the cut-off", "2018-09-29", nil, plan.sanctionCutoff, false),
        ("new, period running past the congress", "2027-06-01", nil, plan.sanctionCutoff, true),
        ("renominated incumbent, period long over", "2015-01-01", .member, plan.sanctionCutoff, true),
        ("renominated incumbent secretary, period running", "2027-06-01", .secretary, plan.sanctionCutoff, true),
        ("plan without a cut-off: judged on the congress date, last day", "2026-12-02", nil, nil, true),
        ("plan without a cut-off: over the day before the congress", "2026-12-01", nil, nil, false),
    ]

    @Test("受处分影响期: a new nominee by the plan's cut-off date (截至2018年9月30日), a renominated incumbent whether over or not",
          arguments: sanctionCases.indices)
    func sanction(_ index: Int) {
        let (label, until, incumbent, cutoff, needsDecision) = Self.sanctionCases[index]
        var localPlan = plan
        localPlan.sanctionCutoff = cutoff
        var n = nominee("某", id: 1, age: 40, incumbent: incumbent)
        n.sanctionEffectUntil = date(until)
        let findings = assessEligibility(n, for: .member, on: congress, rules: rules2020, plan: localPlan, level: .village).filter { $0.rule == .sanctionEffect }
        #expect(findings.map(\.effect) == (needsDecision ? [.needsDecision(approved: false)] : []), "\(label)")
        n.sanctionExceptionApproved = true
        let afterDecision = assessEligibility(n, for: .member, on: congress, rules: rules2020, plan: localPlan, level: .village)
        #expect(!afterDecision.contains { $0.blocks }, "\(label)")
    }

    @Test("the township's 15% cap counts persons, at its edge", arguments: [(3, 20, true), (4, 20, false), (1, 10, true), (2, 10, false), (0, 5, true), (1, 5, false), (3, 21, true)])
    func cap(persons: Int, organizations: Int, allowed: Bool) {
        #expect(withinSanctionCap(persons: persons, organizations: organizations, plan: plan) == allowed)
    }

    enum AgeVerdict { case clear, excluded, needsDecision }

    /// (label, age, standing for, post judged, incumbent post, level, verdict)
    static let ageCases: [(String, Int, Set<Post>, Post, Post?, OrganizationLevel, AgeVerdict)] = [
        ("new secretary nominee of 58: his committee candidacy too is judged by 60", 58, [.member, .secretary], .member, nil, .village, .clear),
        ("new secretary nominee of 58 as secretary", 58, [.member, .secretary], .secretary, nil, .village, .clear),
        ("new secretary nominee of 60, the limit", 60, [.member, .secretary], .member, nil, .village, .clear),
        ("new secretary nominee of 61", 61, [.member, .secretary], .member, nil, .village, .excluded),
        ("new member of 55, the limit", 55, [.member], .member, nil, .village, .clear),
        ("new member of 56", 56, [.member], .member, nil, .village, .excluded),
        ("deputy secretary of 58 is one of the 其他成员", 58, [.member, .deputySecretary], .deputySecretary, nil, .village, .excluded),
        ("incumbent secretary of 58 renominated: no exception needed", 58, [.member, .secretary], .member, .secretary, .village, .clear),
        ("incumbent secretary of 58 standing as a member only", 58, [.member], .member, .secretary, .village, .needsDecision),
        ("incumbent secretary of 62 renominated", 62, [.member, .secretary], .secretary, .secretary, .village, .needsDecision),
        ("incumbent secretary of 62 renominated, committee candidacy", 62, [.member, .secretary], .member, .secretary, .village, .needsDecision),
        ("community: no age limit for a new member of 59", 59, [.member], .member, nil, .community, .clear),
        ("community: no age limit for a new secretary of 66", 66, [.member, .secretary], .secretary, nil, .community, .clear),
    ]

    @Test("ages per the seed: village committees only; a secretary nominee by 60 on every post; incumbents by the exception",
          arguments: ageCases.indices)
    func agesPerSeed(_ index: Int) {
        let (label, age, posts, post, incumbent, level, verdict) = Self.ageCases[index]
        let findings = assessEligibility(nominee("某", id: 1, age: age, incumbent: incumbent), for: post, on: congress, rules: rules2020, plan: plan,
                                         level: level, standingFor: posts).filter { $0.rule == .ageLimit }
        let expected: [EligibilityFinding.Effect] = switch verdict {
        case .clear: []
        case .excluded: [.excludes]
        case .needsDecision: [.needsDecision(approved: false)]
        }
        #expect(findings.map(\.effect) == expected, "\(label)")
    }

    @Test("structure warnings are for village lists; a community list of men over 35 raises none")
    func structureVillagesOnly() {
        let men = (0..<4).map { ListEntry(nominee: nominee("人\($0)", id: Int64($0 + 1), age: 45), posts: $0 == 0 ? [.member, .secretary] : [.member]) }
        #expect(listProblems(men, seats: Seats(committee: 3), on: congress, rules: rules2020, plan: plan, level: .village)
            == [.noYouth(below: 35, acknowledged: false), .noWoman(acknowledged: false)])
        #expect(listProblems(men, seats: Seats(committee: 3, deputySecretary: 0), on: congress, rules: rules2020, plan: plan, level: .community).isEmpty)
    }
}

@Suite("Publicity (公示)")
struct PublicityTests {
    @Test("five days from the start, both ends included; the list goes forward only after the last day", arguments: [
        ("2026-11-18", "2026-11-22", false), ("2026-11-18", "2026-11-23", true), ("2026-11-18", "2026-11-18", false),
    ])
    func period(start: String, today: String, ended: Bool) {
        let period = PublicityPeriod(start: date(start), days: 5)
        #expect(period.end == date("2026-11-22"))
        #expect(period.hasEnded(on: date(today)) == ended)
    }

    @Test("ending today is not ended; ending yesterday is")
    func todayVersusYesterday() {
        let today = date("2026-11-23")
        #expect(!PublicityPeriod(start: today.adding(days: -4), days: 5).hasEnded(on: today))
        #expect(PublicityPeriod(start: today.adding(days: -5), days: 5).hasEnded(on: today))
    }
}

@Suite("Recommendation tallies (step 12)")
struct RecommendationTests {
    let roll: [String: RecommendationVerdict] = [
        "王建国": .counts(memberID: 1), "李秀英": .counts(memberID: 2), "万伟强": .counts(memberID: 3),
        "陆兰": .noRightToBeElected(.probationaryMember), "张伟": .ambiguous,
    ]

    func tally(_ rows: [[String]], maxNames: Int = 3) -> RecommendationTally {
        let ballots = rows.enumerated().map { index, names in
            RecommendationBallot(line: index + 2, names: names.enumerated().map { ("推荐人选\($0.offset + 1)", $0.element) })
        }
        return tallyRecommendations(ballots, maxNames: maxNames) { roll[$0] ?? .notOnRoll }
    }

    @Test("counts per person; names that cannot count are reported with line and column")
    func counts() {
        let result = tally([["王建国", "李秀英"], ["王建国", "陆兰", "路人甲"], ["王建国", "王建国", "万伟强"], ["张伟"]])
        #expect(result.counts == [1: 3, 2: 1, 3: 1])
        #expect(result.rejected.map(\.line) == [3, 3, 5])
        #expect(result.rejected.map(\.value) == ["陆兰", "路人甲", "张伟"])
        #expect(result.rejected.first?.column == "推荐人选2")
        #expect(result.ballots == 4)
    }

    @Test("a ballot naming more people than allowed is void as a whole")
    func overvote() {
        let result = tally([["王建国", "李秀英", "万伟强", "路人甲"], ["王建国"]])
        #expect(result.voidBallots == [2])
        #expect(result.counts == [1: 1])
    }

    @Test("ranking: most first, ties share a rank")
    func ranking() {
        let result = tally([["王建国", "李秀英"], ["王建国", "李秀英"], ["万伟强"]])
        let ranks = result.ranking().map { "\($0.memberID):\($0.count):\($0.rank)" }
        #expect(ranks == ["1:2:1", "2:2:1", "3:1:3"])
    }
}

@Suite("Stroke order (姓氏笔画)")
struct StrokeOrderTests {
    @Test("surnames by strokes: 乙(1) 丁(2) 卜(2) 万(3) 马(3) 王(4) 白(5) 张(7) 李(7) 欧(8) 龚(11)")
    func order() {
        let names = ["王建国", "丁一", "李秀英", "万伟强", "马力", "张三", "卜凡", "欧阳明", "龚琴", "乙", "白雪"]
        #expect(sortedByStrokes(names) == ["乙", "丁一", "卜凡", "万伟强", "马力", "王建国", "白雪", "张三", "李秀英", "欧阳明", "龚琴"])
    }
}

@Suite("The committee ballot")
struct BallotTests {
    @Test("candidates by surname strokes, one write-in slot per seat, the marking rules stated")
    func design() {
        let ballot = committeeBallot(organizationName: "王家湾村", seats: 3, candidates: ["赵明", "张志远", "刘晓燕", "陈国平"])
        #expect(ballot.candidates == ["刘晓燕", "张志远", "陈国平", "赵明"])
        #expect(ballot.writeInSlots == 3)
        #expect(ballot.title == "王家湾村党组织委员会委员选举票")
        let rules = ballot.instructions.map(\.zh).joined()
        #expect(rules.contains("应选委员3名，候选人4名"))
        #expect(rules.contains("画“○”") && rules.contains("画“×”") && rules.contains("弃权的不画任何符号"))
        #expect(rules.contains("未画“×”的，不能另选他人"))
        #expect(rules.contains("多于3名的为无效票"))
    }
}

@Suite("A hand-counted recommendation sheet")
struct RecommendationTallyTests {
    @Test("the figures add up to at most valid ballots × names per ballot: exactly that passes, one more is refused", arguments: [
        ([30, 30, 30], 30, 3, Refusal?.none),
        ([30, 30, 31], 30, 3, Refusal.recommendationTallyExceedsBallots(total: 91, valid: 30, maxNames: 3)),
        ([40, 40, 40], 30, 3, .recommendationTallyExceedsBallots(total: 120, valid: 30, maxNames: 3)),
        ([], 0, 3, nil),
        ([1], 0, 3, .recommendationTallyExceedsBallots(total: 1, valid: 0, maxNames: 3)),
    ])
    func tally(counts: [Int], valid: Int, maxNames: Int, refusal: Refusal?) {
        #expect(recommendationTallyRefusal(counts: counts, validBallots: valid, maxNames: maxNames) == refusal)
    }
}

@Suite("Publicity of the prospective list")
struct PublicityRuleTests {
    static let listDay = CivilDate(year: 2026, month: 11, day: 10)!

    @Test("at least the plan's days (5 passes, 4 is refused), at most 30; not before the list it publishes (the list's day passes)", arguments: [
        (listDay, 5, Refusal?.none),
        (listDay, 4, .publicityShorterThanPlan(days: 4, plan: 5)),
        (listDay, 30, nil),
        (listDay, 31, .publicityDaysOutOfRange(31)),
        (listDay.adding(days: -1), 5, .dateBeforeItsGrounds(date: listDay.adding(days: -1), grounds: listDay)),
        (listDay.adding(days: 1), 5, nil),
    ])
    func publicity(start: CivilDate, days: Int, refusal: Refusal?) {
        #expect(publicityRefusal(PublicityPeriod(start: start, days: days), planDays: 5, listSetOn: Self.listDay) == refusal)
    }
}

/// 身体健康 (seed 三(四) "新推选的…委员候选人一般应具备…身体健康"): for a new nominee, on record from the inspection list on.
@Suite("Health of new nominees")
struct HealthTests {
    static let fit = HealthFinding(fit: true, basis: "2026年体检报告")
    static let unfit = HealthFinding(fit: false, basis: "长期住院治疗")

    @Test("what a health record means, by list, plan, incumbency and finding", arguments: [
        // (inspection list or later, plan asks, incumbent, finding, effect: nil none / "needs" / "excludes")
        (false, true, false, HealthFinding?.none, String?.none),      // the initial list: not yet
        (true, true, false, nil, "needs"),                           // inspection list, nothing on record
        (true, true, false, fit, nil),
        (true, true, false, unfit, "excludes"),
        (true, true, true, nil, nil),                                // an incumbent needs no record (weighed in the age exception)
        (true, true, true, unfit, "excludes"),                       // but a record that he cannot serve excludes him
        (true, false, false, nil, nil),                              // a plan before version 5 did not ask
        (false, true, false, unfit, nil),
    ])
    func health(checked: Bool, planAsks: Bool, incumbent: Bool, finding: HealthFinding?, effect: String?) {
        var plan = LocalPlan.seed2018
        plan.healthRecordedAtInspection = planAsks ? true : nil
        var facts = NomineeFacts(member: member("新人", born: "1980-01-01"), incumbentPost: incumbent ? .member : nil)
        facts.health = finding
        let found = assessEligibility(facts, for: .member, on: date("2026-12-02"), rules: rules2020, plan: plan, level: .village, healthChecked: checked)
            .filter { $0.rule == .health }
        switch effect {
        case nil: #expect(found.isEmpty)
        case "needs"?: #expect(found.map(\.effect) == [.needsDecision(approved: false)])
        default: #expect(found.map(\.effect) == [.excludes] && found[0].fact.zh.contains("长期住院治疗"))
        }
    }

    @Test("the inspection list names the new nominee whose health is not on record; the initial list does not")
    func lists() {
        let entries = list(4)
        let atInspection = listProblems(entries, seats: Seats(committee: 3), on: date("2026-12-02"), rules: rules2020, plan: .seed2018, level: .village, stage: .inspection)
        let named = atInspection.compactMap { problem -> String? in
            if case .ineligible(let name, _, let findings) = problem, findings.contains(where: { $0.rule == .health }) { return name }
            return nil
        }
        #expect(Set(named) == ["人选0", "人选1", "人选2", "人选3"])
        #expect(listProblems(entries, seats: Seats(committee: 3), on: date("2026-12-02"), rules: rules2020, plan: .seed2018, level: .village, stage: .initial).isEmpty)
    }
}
