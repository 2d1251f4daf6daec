import Foundation
import Testing

/// Issue 14: a village's annual grading driven through the real binary, step by step on the same engine as its election,
/// and what it feeds into the election's first steps.
@Suite("Grading from the command line")
struct GradingCLITests {
    static let document = String(repeating: "ab", count: 32)

    /// The rating meeting's ballots, entered twice alike by two people.
    static func enterRatings(_ cli: CLI, _ code: String, _ year: Int = 2026) throws {
        let sheet = try cli.write("ratings-\(code)-\(year).csv", "序号,测评等级\n1,好\n2,较好\n3,一般\n4,较好\n5,无效\n")
        try cli.ok("grading", "ratings", "--org", code, "--year", String(year), "--entry", "A", "--file", sheet, "--operator", "乡指导")
        try cli.ok("grading", "ratings", "--org", code, "--year", String(year), "--entry", "B", "--file", sheet, "--operator", "县审核")
    }

    @Test("the rating meeting's ballots: two people enter them; a count or a ballot that differs, one person entering both, a blank cell are refused; step 2 waits for agreement")
    func ratingsDoubleEntry() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let g = ["--org", "V1", "--year", "2026"]
        try cli.ok(arguments: ["grading", "start"] + g + ["--operator", "乡指导"])
        try cli.ok(arguments: ["grading", "complete", "1"] + g + ["--on", "2026-03-25", "--document-sha256", Self.document, "--document-ref", "自评报告", "--operator", "村书记"])
        let a = try cli.write("a.csv", "序号,测评等级\n1,好\n2,较好\n3,一般\n4,较差\n")
        let before = try cli.databaseBytes()
        let blank = try cli.fails(3, arguments: ["grading", "ratings"] + g + ["--entry", "A", "--file", try cli.write("blank.csv", "序号,测评等级\n1,好\n2,\n3,很好\n"), "--operator", "村书记"])
        #expect(blank.stderr.contains("第3行") && blank.stderr.contains("第4行，“测评等级”列，值“很好”"), "\(blank.stderr)")
        #expect(try cli.databaseBytes() == before)
        // A blank line between ballots is a ballot not read (the third attack review): refused by line.
        let gap = try cli.fails(3, arguments: ["grading", "ratings"] + g + ["--entry", "A", "--file", try cli.write("gap.csv", "测评等级\n好\n\n较好\n\n"), "--operator", "村书记"])
        #expect(gap.stderr.contains("第3行") && !gap.stderr.contains("第5行"), "\(gap.stderr)")
        try cli.ok(arguments: ["grading", "ratings"] + g + ["--entry", "A", "--file", a, "--operator", "村书记"])
        #expect(try cli.fails(1, arguments: ["grading", "complete", "2"] + g + ["--on", "2026-03-28", "--minutes", "测评会", "--operator", "村书记"]).stderr.contains("还缺B"))
        // The same person twice is no double entry.
        try cli.ok(arguments: ["grading", "ratings"] + g + ["--entry", "B", "--file", a, "--operator", "村书记"])
        #expect(try cli.fails(1, arguments: ["grading", "complete", "2"] + g + ["--on", "2026-03-28", "--minutes", "测评会", "--operator", "村书记"]).stderr.contains("不同的人"))
        // Ballot 3 read differently, then one ballot missing.
        let differs = try cli.ok(arguments: ["grading", "ratings"] + g + ["--entry", "B", "--file", try cli.write("b.csv", "序号,测评等级\n1,好\n2,较好\n3,较差\n4,较差\n"), "--operator", "乡指导"])
        #expect(differs.stdout.contains("第3张"), "\(differs.stdout)")
        try cli.ok(arguments: ["grading", "ratings"] + g + ["--entry", "B", "--file", try cli.write("c.csv", "序号,测评等级\n1,好\n2,较好\n3,一般\n"), "--operator", "乡指导"])
        #expect(try cli.fails(1, arguments: ["grading", "complete", "2"] + g + ["--on", "2026-03-28", "--minutes", "测评会", "--operator", "村书记"]).stderr.contains("A录入4张，B录入3张"))
        let agreed = try cli.ok(arguments: ["grading", "ratings"] + g + ["--entry", "B", "--file", a, "--operator", "乡指导"])
        #expect(agreed.stdout.contains("两次录入一致"), "\(agreed.stdout)")
        try cli.ok(arguments: ["grading", "complete", "2"] + g + ["--on", "2026-03-28", "--minutes", "测评会", "--operator", "村书记"])
        #expect(try cli.ok(arguments: ["grading", "status"] + g).stdout.contains("测评票：好1，较好1，一般1，较差1，无效0"))
        // Closed with the step.
        try cli.fails(1, arguments: ["grading", "ratings"] + g + ["--entry", "A", "--file", a, "--operator", "村书记"])
    }
    static let schemaCommands: [String: [String]] = [
        "grading-status": ["grading", "status", "--org", "V1", "--year", "2026"], "calendar-show": ["calendar", "show", "--year", "2026"],
        "grading-summary": ["grading", "summary", "--org", "C1", "--year", "2026"],
    ]

    /// Grades V1 to the county's result: self 较好, the township's score 55.5 (较差), published 20–22 September, the county's
    /// 较差 made known on 30 September.
    func gradeToCountyReview(_ cli: CLI) throws {
        try cli.ok("grading", "start", "--org", "V1", "--year", "2026", "--operator", "乡指导")
        try cli.ok("grading", "complete", "1", "--org", "V1", "--year", "2026", "--on", "2026-03-25", "--document-sha256", Self.document,
                   "--document-ref", "自评报告", "--document-title", "红旗村党支部自查自评报告", "--operator", "村书记")
        try Self.enterRatings(cli, "V1")
        try cli.ok("grading", "complete", "2", "--org", "V1", "--year", "2026", "--on", "2026-03-28", "--minutes", "测评会38人参加，无记名测评", "--operator", "村书记")
        try cli.ok("grading", "grade", "--org", "V1", "--year", "2026", "--stage", "self", "--grade", "较好", "--on", "2026-03-30", "--note", "支委会5人全票通过", "--operator", "村书记")
        try cli.ok("grading", "complete", "3", "--org", "V1", "--year", "2026", "--on", "2026-03-30", "--minutes", "支委会表决通过自评意见", "--operator", "村书记")
        let scored = try cli.ok("grading", "score", "--org", "V1", "--year", "2026", "--area", "领导班子好=11", "--area", "党员队伍好=11",
                                "--area", "mechanisms=11", "--area", "results=11", "--area", "群众反映好=11.5", "--on", "2026-09-10", "--operator", "乡指导")
        #expect(scored.stdout.contains("55.5分") && scored.stdout.contains("较差"), "\(scored.stdout)")
        try cli.ok("grading", "complete", "4", "--org", "V1", "--year", "2026", "--on", "2026-09-12", "--minutes", "党委班子会议形成初评意见", "--operator", "乡指导")
        try cli.ok("grading", "complete", "5", "--org", "V1", "--year", "2026", "--on", "2026-09-23", "--published-on", "2026-09-20", "--published-where", "镇政务公开栏",
                   "--operator", "乡指导")
        try cli.ok("grading", "grade", "--org", "V1", "--year", "2026", "--stage", "county", "--grade", "较差", "--on", "2026-09-30", "--operator", "县审核")
        try cli.ok("grading", "complete", "6", "--org", "V1", "--year", "2026", "--on", "2026-09-30", "--document-sha256", Self.document,
                   "--document-ref", "考评通报", "--document-title", "综合考评结果通报", "--operator", "县审核")
    }

    @Test("the whole grading: publicity of 3 days, the objection period counted in working days across National Day, the final grade; nothing written by a refusal")
    func wholeGrading() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("grading", "start", "--org", "V1", "--year", "2026", "--operator", "乡指导")
        // A grade is recorded while its step is open: not before the rating meeting.
        try cli.fails(1, "grading", "grade", "--org", "V1", "--year", "2026", "--stage", "self", "--grade", "好", "--on", "2026-03-30", "--operator", "村书记")
        let twice = try cli.fails(1, "grading", "start", "--org", "V1", "--year", "2026", "--operator", "乡指导")
        #expect(twice.stderr.contains("已经开始"), "\(twice.stderr)")

        let fresh = try CLI()
        try fresh.setUpCounty()
        try gradeToCountyReview(fresh)
        let status = try fresh.ok("grading", "status", "--org", "V1", "--year", "2026").stdout
        #expect(status.contains("异议期至：2026-10-15"), "\(status)")
        // 7 working days after 30 September: 8, 9, 10 (a Saturday worked), 12, 13, 14, 15 October. The 16th is late.
        let before = try fresh.databaseBytes()
        let late = try fresh.fails(1, "grading", "objection", "file", "--org", "V1", "--year", "2026", "--on", "2026-10-16", "--filed-by", "红旗村党支部",
                                   "--summary", "测评结果未计入整改成效", "--operator", "村书记")
        #expect(late.stderr.contains("2026-10-15"), "\(late.stderr)")
        #expect(try fresh.databaseBytes() == before)
        try fresh.ok("grading", "objection", "file", "--org", "V1", "--year", "2026", "--on", "2026-10-15", "--filed-by", "红旗村党支部",
                     "--summary", "测评结果未计入整改成效", "--operator", "村书记")
        // Step 7 waits for the objection's decision.
        let waiting = try fresh.fails(1, "grading", "complete", "7", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        #expect(waiting.stderr.contains("1件异议未复核"), "\(waiting.stderr)")
        try fresh.fails(1, "grading", "objection", "decide", "--org", "V1", "--year", "2026", "--objection", "1", "--upheld", "yes", "--reason", "材料属实", "--operator", "县审核")
        try fresh.ok("grading", "objection", "decide", "--org", "V1", "--year", "2026", "--objection", "1", "--upheld", "no", "--on", "2026-10-19",
                     "--reason", "整改尚未验收，维持原评价", "--operator", "县审核")
        try fresh.ok("grading", "complete", "7", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        try fresh.ok("grading", "complete", "8", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        let json = try fresh.ok("grading", "status", "--org", "V1", "--year", "2026", "--json").stdout
        #expect(json.contains("\"year_grade\" : \"poor\"") && json.contains("\"weak_and_lax\" : true"), "\(json)")
        // The two new reads keep the shape docs/json gives scripts.
        for (name, arguments) in Self.schemaCommands.sorted(by: { $0.key < $1.key }) {
            let output = try #require(try fresh.ok(arguments: arguments + ["--json"]).json, "\(name)")
            let found = JSONSchemaTests.problems(output, try JSONSchemaTests().schema(name))
            #expect(found.isEmpty, "\(name): \(found.prefix(5))")
        }
        #expect(try fresh.ok("audit", "verify").status == 0)
    }

    @Test("publicity of 3 days: published on the 20th, the step closes on the 23rd at the earliest")
    func publicity() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("grading", "start", "--org", "V1", "--year", "2026", "--operator", "乡指导")
        try cli.ok("grading", "complete", "1", "--org", "V1", "--year", "2026", "--on", "2026-03-25", "--document-sha256", Self.document,
                   "--document-ref", "自评报告", "--operator", "村书记")
        try Self.enterRatings(cli, "V1")
        try cli.ok("grading", "complete", "2", "--org", "V1", "--year", "2026", "--on", "2026-03-28", "--minutes", "测评会", "--operator", "村书记")
        try cli.ok("grading", "grade", "--org", "V1", "--year", "2026", "--stage", "self", "--grade", "好", "--on", "2026-03-30", "--operator", "村书记")
        try cli.ok("grading", "complete", "3", "--org", "V1", "--year", "2026", "--on", "2026-03-30", "--minutes", "支委会表决", "--operator", "村书记")
        try cli.ok("grading", "score", "--org", "V1", "--year", "2026", "--area", "leadership=18", "--area", "membership=18", "--area", "mechanisms=18",
                   "--area", "results=18", "--area", "public_opinion=17.5", "--on", "2026-09-10", "--operator", "乡指导")
        try cli.ok("grading", "complete", "4", "--org", "V1", "--year", "2026", "--on", "2026-09-12", "--minutes", "初评", "--operator", "乡指导")
        let before = try cli.databaseBytes()
        let early = try cli.fails(1, "grading", "complete", "5", "--org", "V1", "--year", "2026", "--on", "2026-09-22", "--published-on", "2026-09-20",
                                  "--published-where", "镇政务公开栏", "--operator", "乡指导")
        #expect(early.stderr.contains("最早2026-09-23"), "\(early.stderr)")
        #expect(try cli.databaseBytes() == before)
        try cli.ok("grading", "complete", "5", "--org", "V1", "--year", "2026", "--on", "2026-09-23", "--published-on", "2026-09-20",
                   "--published-where", "镇政务公开栏", "--operator", "乡指导")
        // 89.5 is 较好, never rounded up to 好.
        let status = try cli.ok("grading", "status", "--org", "V1", "--year", "2026").stdout
        #expect(status.contains("初评等级：较好（89.5分）"), "\(status)")
    }

    @Test("the 20% cap: of five villages under one township, the second initially graded 好 cannot leave the township's step")
    func goodCap() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        for (code, name) in [("V2", "东升村"), ("V3", "西岭村"), ("V4", "南湖村"), ("V5", "北山村")] {
            try cli.ok("org", "add", "--operator", "县审核", "--code", code, "--name", name, "--level", "village", "--parent", "T1", "--previous-size", "3")
        }
        for code in ["V1", "V2"] {
            try cli.ok("grading", "start", "--org", code, "--year", "2026", "--operator", "乡指导")
            try cli.ok("grading", "complete", "1", "--org", code, "--year", "2026", "--on", "2026-03-25", "--document-sha256", Self.document,
                       "--document-ref", "自评报告", "--operator", "乡指导")
            try Self.enterRatings(cli, code)
            try cli.ok("grading", "complete", "2", "--org", code, "--year", "2026", "--on", "2026-03-28", "--minutes", "测评会", "--operator", "乡指导")
            try cli.ok("grading", "grade", "--org", code, "--year", "2026", "--stage", "self", "--grade", "好", "--on", "2026-03-30", "--operator", "乡指导")
            try cli.ok("grading", "complete", "3", "--org", code, "--year", "2026", "--on", "2026-03-30", "--minutes", "支委会表决", "--operator", "乡指导")
            try cli.ok("grading", "score", "--org", code, "--year", "2026", "--area", "leadership=19", "--area", "membership=18", "--area", "mechanisms=18",
                       "--area", "results=18", "--area", "public_opinion=18", "--on", "2026-04-05", "--operator", "乡指导")
        }
        let refused = try cli.fails(1, "grading", "complete", "4", "--org", "V2", "--year", "2026", "--on", "2026-04-08", "--minutes", "初评", "--operator", "乡指导")
        #expect(refused.stderr.contains("超过所辖5个党组织的20%（至多1个）"), "\(refused.stderr)")
        // The reviewers' distribution shows it, per township and for the county.
        let summary = try #require(try cli.ok("grading", "summary", "--org", "C1", "--year", "2026", "--json").json as? [String: Any])
        let township = try #require((summary["townships"] as? [[String: Any]])?.first)
        #expect((township["initial"] as? [String: Int])?["good"] == 2 && township["good_allowed"] as? Int == 1 && township["good_above_cap"] as? Bool == true,
                "\(township)")
        #expect((summary["total"] as? [String: Any])?["organizations"] as? Int == 5)
        #expect(JSONSchemaTests.problems(summary, try JSONSchemaTests().schema("grading-summary")).isEmpty)
        let page = try cli.ok("grading", "summary", "--org", "C1", "--year", "2026", "--format", "html").stdout
        #expect(page.contains("<svg") && !page.contains("<script") && page.contains("“好”超20%"))
        // …and the reviewers' board carries the same chart and a line for it.
        #expect(try cli.ok("overview", "--org", "C1").stdout.contains("2026年度分类定级：5个中已定级0个"))
        let board = try cli.ok("overview", "--org", "C1", "--format", "html").stdout
        #expect(board.contains("<svg") && board.contains("2026年度分类定级") && !board.contains("<script"))
        try countyCap(cli)
    }

    /// From the attack review: the county's result (or an upheld objection) could make every village 好; the cap holds for
    /// the grades of the year too. V2 re-scored 较好 passes the township; the county's 好 for it is refused while V1 has one.
    func countyCap(_ cli: CLI) throws {
        try cli.ok("grading", "score", "--org", "V2", "--year", "2026", "--area", "leadership=18", "--area", "membership=18", "--area", "mechanisms=18",
                   "--area", "results=18", "--area", "public_opinion=17", "--on", "2026-04-06", "--operator", "乡指导")
        for code in ["V1", "V2"] {
            try cli.ok("grading", "complete", "4", "--org", code, "--year", "2026", "--on", "2026-04-08", "--minutes", "初评", "--operator", "乡指导")
            try cli.ok("grading", "complete", "5", "--org", code, "--year", "2026", "--on", "2026-04-13", "--published-on", "2026-04-10",
                       "--published-where", "镇政务公开栏", "--operator", "乡指导")
        }
        // Not before the publicity it follows.
        try cli.fails(1, "grading", "grade", "--org", "V1", "--year", "2026", "--stage", "county", "--grade", "好", "--on", "2026-04-12", "--operator", "县审核")
        try cli.ok("grading", "grade", "--org", "V1", "--year", "2026", "--stage", "county", "--grade", "好", "--on", "2026-09-18", "--operator", "县审核")
        let capped = try cli.fails(1, "grading", "grade", "--org", "V2", "--year", "2026", "--stage", "county", "--grade", "好", "--on", "2026-09-18", "--operator", "县审核")
        #expect(capped.stderr.contains("超过20%"), "\(capped.stderr)")
    }

    /// A grading of `year` up to the township's score, each area scoring `area`.
    func scoreOnly(_ cli: CLI, _ code: String, _ year: Int, area: String) throws {
        let g = ["--org", code, "--year", String(year)]
        try cli.ok(arguments: ["grading", "start"] + g + ["--operator", "乡指导"])
        try cli.ok(arguments: ["grading", "complete", "1"] + g + ["--on", "\(year)-03-25", "--document-sha256", Self.document, "--document-ref", "自评报告", "--operator", "乡指导"])
        try Self.enterRatings(cli, code, year)
        try cli.ok(arguments: ["grading", "complete", "2"] + g + ["--on", "\(year)-03-28", "--minutes", "测评会", "--operator", "乡指导"])
        try cli.ok(arguments: ["grading", "grade"] + g + ["--stage", "self", "--grade", "一般", "--on", "\(year)-03-30", "--operator", "乡指导"])
        try cli.ok(arguments: ["grading", "complete", "3"] + g + ["--on", "\(year)-03-30", "--minutes", "支委会表决", "--operator", "乡指导"])
        try cli.ok(arguments: ["grading", "score"] + g + ["leadership", "membership", "mechanisms", "results", "public_opinion"].flatMap { ["--area", "\($0)=\(area)"] }
                   + ["--on", "\(year)-04-05", "--operator", "乡指导"])
        try cli.ok(arguments: ["grading", "complete", "4"] + g + ["--on", "\(year)-04-08", "--minutes", "初评", "--operator", "乡指导"])
    }

    @Test("不宜 (4): a village whose score ranked at the bottom of its township two years running is flagged beside its renominated secretary; one year is not enough")
    func lowRankTwoYears() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        for (code, name) in [("V2", "东升村"), ("V3", "西岭村")] {
            try cli.ok("org", "add", "--operator", "县审核", "--code", code, "--name", name, "--level", "village", "--parent", "T1", "--previous-size", "3")
        }
        for (code, score) in [("V1", "14"), ("V2", "17"), ("V3", "17.5")] { try scoreOnly(cli, code, 2026, area: score) }
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try cli.ok("candidates", "incumbents", "-e", "V1", "--member", "李秀英:书记", "--member", "万伟强:委员", "--operator", "村书记")
        try cli.ok("candidates", "recommend", "township", "-e", "V1", "--member", "李秀英:书记", "--member", "王建国", "--operator", "乡指导")
        #expect(!(try cli.ok("candidates", "show", "-e", "V1").stdout.contains("不宜继续担任书记(4)")))
        // 2025 too: the bottom of three, two years running.
        for (code, score) in [("V1", "15"), ("V2", "16.5"), ("V3", "17.8")] { try scoreOnly(cli, code, 2025, area: score) }
        let shown = try cli.ok("candidates", "show", "-e", "V1").stdout
        #expect(shown.contains("不宜继续担任书记(4)提示：2025、2026年度"), "\(shown)")
    }

    @Test("the year-end re-grading is scored in December of the year, for one that rose or fell, and closed by the county")
    func yearEnd() throws {
        let cli = try CLI(now: "2026-12-15T10:00:00+08:00")
        try cli.setUpCounty()
        try gradeToCountyReview(cli)
        try cli.ok("grading", "complete", "7", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        try cli.ok("grading", "complete", "8", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        let areas = ["--area", "leadership=18", "--area", "membership=17", "--area", "mechanisms=17", "--area", "results=17", "--area", "public_opinion=16"]
        let before = try cli.databaseBytes()
        let early = try cli.fails(1, arguments: ["grading", "score", "--org", "V1", "--year", "2026", "--year-end", "--on", "2026-11-30", "--operator", "乡指导"] + areas)
        #expect(early.stderr.contains("12月"), "\(early.stderr)")
        #expect(try cli.databaseBytes() == before)
        // A score that leaves it 较差 re-grades nothing: the re-grading is for those that rose or fell.
        let unchanged = try cli.fails(1, arguments: ["grading", "score", "--org", "V1", "--year", "2026", "--year-end", "--on", "2026-12-08", "--operator", "乡指导"]
                                      + ["leadership", "membership", "mechanisms", "results", "public_opinion"].flatMap { ["--area", "\($0)=11"] })
        #expect(unchanged.stderr.contains("提档升级"), "\(unchanged.stderr)")
        try cli.ok(arguments: ["grading", "score", "--org", "V1", "--year", "2026", "--year-end", "--on", "2026-12-08", "--operator", "乡指导"] + areas)
        try cli.fails(1, "grading", "complete", "9", "--org", "V1", "--year", "2026", "--on", "2026-12-10", "--minutes", "复核", "--operator", "乡指导")
        try cli.ok("grading", "complete", "9", "--org", "V1", "--year", "2026", "--on", "2026-12-10", "--minutes", "组织部重新评级", "--operator", "县审核")
        #expect(try cli.ok("grading", "status", "--org", "V1", "--year", "2026", "--json").stdout.contains("\"year_grade\" : \"fairly_good\""))
    }

    @Test("step 1 reads the final grade: a village graded 较差 needs no typed assessment and cannot skip its rectification; a typed one needs its reason")
    func feedsTheElection() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try gradeToCountyReview(cli)
        try cli.ok("grading", "complete", "7", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        try cli.ok("grading", "complete", "8", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        let bare = try cli.fails(1, "election", "assess", "-e", "V1", "--weak-and-lax", "no", "--operator", "乡指导")
        #expect(bare.stderr.contains("--note"), "\(bare.stderr)")
        // A final 较差 is weak and lax by definition ("统一认定"): no assessment says otherwise.
        let contrary = try cli.fails(1, "election", "assess", "-e", "V1", "--weak-and-lax", "no", "--note", "村里认为已经整改", "--operator", "乡指导")
        #expect(contrary.stderr.contains("统一认定"), "\(contrary.stderr)")
        try cli.ok("step", "complete", "-e", "V1", "1", "--document-sha256", Self.document, "--document-ref", "摸底报告", "--document-title", "调查摸底报告",
                   "--operator", "乡指导")
        let skip = try cli.fails(1, "step", "skip", "-e", "V1", "2", "--reason", "班子已经调整到位", "--operator", "乡指导")
        #expect(skip.stderr.contains("属于软弱涣散党组织"), "\(skip.stderr)")
        // The outgoing secretary renominated: the organization's 较差 shows beside his name.
        try cli.ok("candidates", "incumbents", "-e", "V1", "--member", "李秀英:书记", "--member", "万伟强:委员", "--operator", "村书记")
        try cli.ok("candidates", "recommend", "township", "-e", "V1", "--member", "李秀英:书记", "--member", "王建国", "--operator", "乡指导")
        let shown = try cli.ok("candidates", "show", "-e", "V1").stdout
        #expect(shown.contains("本组织2026年度分类定级为“较差”"), "\(shown)")
        #expect(try cli.ok("candidates", "show", "-e", "V1", "--json").stdout.contains("\"grade\" : \"poor\""))
    }
}
