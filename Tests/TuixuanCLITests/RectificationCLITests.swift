import Foundation
import Testing

/// Issue 14: a weak and lax village's rectification driven through the real binary, and the election's step 2 resting on it.
@Suite("Rectification from the command line")
struct RectificationCLITests {
    static let document = GradingCLITests.document

    func rect(_ cli: CLI, _ arguments: String..., operatorName: String = "乡指导") throws -> CLI.Output {
        try cli.ok(arguments: ["rectification"] + arguments + ["--org", "V1", "--year", "2026", "--operator", operatorName])
    }

    func refusedRect(_ cli: CLI, _ arguments: String..., operatorName: String = "乡指导") throws -> CLI.Output {
        let before = try cli.databaseBytes()
        let output = try cli.fails(1, arguments: ["rectification"] + arguments + ["--org", "V1", "--year", "2026", "--operator", operatorName])
        #expect(try cli.databaseBytes() == before, "a refusal wrote something")
        return output
    }

    @Test("the working group, the ledger with its sources, a measure for every problem, overdue measures on the county's ledger, a new deadline, the assessment, acceptance")
    func wholeRectification() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        // From the second attack review: a rectification of a year to come.
        try cli.fails(1, "rectification", "start", "--org", "V1", "--year", "2027", "--operator", "乡指导")
        try cli.ok("rectification", "start", "--org", "V1", "--year", "2026", "--operator", "乡指导")
        #expect(try refusedRect(cli, "complete", "1", "--on", "2026-05-06", "--document-sha256", Self.document, "--document-ref", "整顿方案").stderr.contains("组长"))
        try rect(cli, "team", "--name", "陈志强", "--position", "镇党委副书记", "--role", "工作组组长", "--on", "2026-05-05")
        // …and a step dated before the group it rests on arrived.
        try refusedRect(cli, "complete", "1", "--on", "2026-05-04", "--document-sha256", Self.document, "--document-ref", "整顿方案")
        try rect(cli, "team", "--name", "刘洋", "--position", "县委组织部干部", "--role", "第一书记", "--on", "2026-05-05")
        try rect(cli, "complete", "1", "--on", "2026-05-06", "--document-sha256", Self.document, "--document-ref", "整顿方案")
        try rect(cli, "problem", "--source", "自查", "--summary", "“三会一课”不落实", "--on", "2026-05-10")
        try rect(cli, "problem", "--source", "走访", "--summary", "村务公开不及时", "--on", "2026-05-12")
        try rect(cli, "complete", "2", "--on", "2026-05-15", "--minutes", "党员、群众代表座谈会；问题梳理建账")
        let unmeasured = try refusedRect(cli, "complete", "3", "--on", "2026-05-20", "--document-sha256", Self.document, "--document-ref", "整改计划")
        #expect(unmeasured.stderr.contains("#1、#2"), "\(unmeasured.stderr)")
        try refusedRect(cli, "measure", "--problem", "1", "--measure", "每月召开支部党员大会", "--responsible", "刘洋", "--due", "2020-01-01")
        try rect(cli, "measure", "--problem", "1", "--measure", "每月召开支部党员大会", "--responsible", "刘洋", "--due", "2026-09-30")
        try rect(cli, "measure", "--problem", "2", "--measure", "每季度公开村务财务", "--responsible", "陈志强", "--due", "2026-10-10")
        try rect(cli, "complete", "3", "--on", "2026-05-20", "--document-sha256", Self.document, "--document-ref", "整改计划")
        // The ledger is settled with the measures: a problem found later goes to the next rectification.
        #expect(try refusedRect(cli, "problem", "--source", "座谈会", "--summary", "迟到的问题", "--on", "2026-05-21").stderr.contains("整顿台账"))
        // A report is not dated before its problem was found (10 May).
        try refusedRect(cli, "progress", "--measure", "1", "--done", "--note", "5至9月按月召开", "--on", "2026-05-09")
        try rect(cli, "progress", "--measure", "1", "--done", "--note", "5至9月按月召开", "--on", "2026-09-30")
        // Today is 20 October: measure 2 is ten days past its deadline, on the county's ledger and blocking step 4.
        let ledger = try cli.ok("rectification", "ledger", "--org", "C1", "--json").stdout
        #expect(ledger.contains("\"days_overdue\" : 10") && ledger.contains("每季度公开村务财务"), "\(ledger)")
        #expect(try refusedRect(cli, "complete", "4", "--on", "2026-10-20", "--minutes", "整改").stderr.contains("1项已逾期"))
        // The reviewers' board shows it too, as a line and as a table on the printed board.
        #expect(try cli.ok("overview", "--org", "C1").stdout.contains("逾期未完成的整改措施1项（红旗村"))
        let board = try cli.ok("overview", "--org", "C1", "--format", "html").stdout
        #expect(board.contains("整顿台账：逾期未完成的整改措施") && board.contains("每季度公开村务财务"), "\(board)")
        try refusedRect(cli, "progress", "--measure", "2", "--note", "只公开了一次", "--on", "2026-10-15")
        // A new deadline is later than the one it replaces.
        try refusedRect(cli, "progress", "--measure", "2", "--new-due", "2026-10-09", "--note", "只公开了一次", "--on", "2026-10-08")
        try rect(cli, "progress", "--measure", "2", "--new-due", "2026-11-30", "--note", "只公开了一次，限期整改", "--on", "2026-10-15")
        #expect(try cli.ok("rectification", "ledger", "--org", "C1").stdout.contains("没有逾期"))
        try rect(cli, "progress", "--measure", "2", "--done", "--note", "三季度村务财务已公开", "--on", "2026-10-18")
        try rect(cli, "complete", "4", "--on", "2026-10-18", "--minutes", "整改措施全部完成")
        try refusedRect(cli, "complete", "5", "--on", "2026-10-19", "--minutes", "测评")
        // A count no meeting holds was committed and then trapped every later read.
        try refusedRect(cli, "assess", "--satisfied", "100000000000000000", "--basically-satisfied", "0", "--dissatisfied", "0", "--on", "2026-10-19")
        // Not before the measures' step it follows (step 4 on 18 October).
        try refusedRect(cli, "assess", "--satisfied", "30", "--basically-satisfied", "8", "--dissatisfied", "2", "--on", "2026-10-17")
        try rect(cli, "assess", "--satisfied", "30", "--basically-satisfied", "8", "--dissatisfied", "2", "--on", "2026-10-19")
        try rect(cli, "complete", "5", "--on", "2026-10-19", "--minutes", "党员代表和村民代表会议测评")
        try refusedRect(cli, "complete", "6", "--on", "2026-10-20", "--document-sha256", Self.document, "--document-ref", "验收报告")
        try rect(cli, "complete", "6", "--on", "2026-10-20", "--document-sha256", Self.document, "--document-ref", "验收报告", operatorName: "县审核")
        let status = try cli.ok("rectification", "status", "--org", "V1", "--year", "2026").stdout
        #expect(status.contains("已验收通过") && status.contains("满意率95%") && status.contains("刘洋（县委组织部干部，第一书记"), "\(status)")
        #expect(try cli.ok("audit", "verify").status == 0)
        // The new reads keep the shape docs/json gives scripts.
        for (name, arguments) in Self.schemaCommands.sorted(by: { $0.key < $1.key }) {
            let output = try #require(try cli.ok(arguments: arguments + ["--json"]).json, "\(name)")
            #expect(JSONSchemaTests.problems(output, try JSONSchemaTests().schema(name)).isEmpty, "\(name)")
        }
    }

    @Test("a rectification accepted before the 较差 was made known does not answer it; the decision is dated in local time")
    func acceptedBeforeGrade() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("rectification", "start", "--org", "V1", "--year", "2026", "--operator", "乡指导")
        try rect(cli, "team", "--name", "陈志强", "--position", "镇党委副书记", "--role", "工作组组长", "--on", "2026-02-01")
        try rect(cli, "complete", "1", "--on", "2026-02-01", "--document-sha256", Self.document, "--document-ref", "整顿方案")
        try rect(cli, "problem", "--source", "自查", "--summary", "组织生活不正常", "--on", "2026-02-02")
        try rect(cli, "complete", "2", "--on", "2026-02-03", "--minutes", "建账")
        try rect(cli, "measure", "--problem", "1", "--measure", "按月开会", "--responsible", "陈志强", "--due", "2026-03-31")
        try rect(cli, "complete", "3", "--on", "2026-02-04", "--document-sha256", Self.document, "--document-ref", "整改计划")
        try rect(cli, "progress", "--measure", "1", "--done", "--note", "已按月开会", "--on", "2026-03-30")
        try rect(cli, "complete", "4", "--on", "2026-03-31", "--minutes", "完成")
        try rect(cli, "assess", "--satisfied", "20", "--basically-satisfied", "5", "--dissatisfied", "1", "--on", "2026-04-01")
        try rect(cli, "complete", "5", "--on", "2026-04-01", "--minutes", "测评")
        try rect(cli, "complete", "6", "--on", "2026-04-05", "--document-sha256", Self.document, "--document-ref", "验收", operatorName: "县审核")
        try gradedPoorAtStepTwo(cli)
        let stale = try cli.fails(1, "step", "complete", "-e", "V1", "2", "--document-sha256", Self.document, "--document-ref", "整顿报告",
                                  "--document-title", "集中整顿情况", "--operator", "乡指导")
        #expect(stale.stderr.contains("尚未验收通过"), "\(stale.stderr)")
        // An election begun at 07:30 in Beijing (23:30 UTC the day before): a decision of the day before is before it.
        let early = try CLI(now: "2026-10-20T07:30:00+08:00")
        try early.setUpCounty()
        try early.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try early.fails(1, "election", "rectification-decision", "-e", "V1", "--on", "2026-10-19", "--reason", "急需换届", "--operator", "乡指导")
        try early.ok("election", "rectification-decision", "-e", "V1", "--on", "2026-10-20", "--reason", "急需换届", "--operator", "乡指导")
    }

    /// V1 graded 较差 (final), its roll imported and its election started with step 1 done: step 2 is next.
    func gradedPoorAtStepTwo(_ cli: CLI) throws {
        try GradingCLITests().gradeToCountyReview(cli)
        try cli.ok("grading", "complete", "7", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        try cli.ok("grading", "complete", "8", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try cli.ok("step", "complete", "-e", "V1", "1", "--document-sha256", Self.document, "--document-ref", "摸底报告", "--document-title", "调查摸底报告",
                   "--operator", "乡指导")
    }

    static let schemaCommands: [String: [String]] = [
        "rectification-status": ["rectification", "status", "--org", "V1", "--year", "2026"], "rectification-ledger": ["rectification", "ledger", "--org", "C1"],
    ]

    @Test("a village graded 较差 closes its election's step 2 on its rectification accepted, or on the township's decision to hold the election during it")
    func feedsStepTwo() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try gradedPoorAtStepTwo(cli)
        try cli.ok("rectification", "start", "--org", "V1", "--year", "2026", "--operator", "乡指导")
        let open = try cli.fails(1, "step", "complete", "-e", "V1", "2", "--document-sha256", Self.document, "--document-ref", "整顿报告",
                                 "--document-title", "集中整顿情况", "--operator", "乡指导")
        #expect(open.stderr.contains("尚未验收通过") && open.stderr.contains("rectification-decision"), "\(open.stderr)")
        try cli.fails(1, "election", "rectification-decision", "-e", "V1", "--on", "2020-01-01", "--reason", "整顿已见成效", "--operator", "乡指导")
        try cli.ok("election", "rectification-decision", "-e", "V1", "--reason", "整顿已见成效，经镇党委研究在整顿期间同步换届", "--operator", "乡指导")
        // Not dated before the decision it closes on.
        try cli.fails(1, "step", "complete", "-e", "V1", "2", "--on", "2026-10-19", "--document-sha256", Self.document, "--document-ref", "整顿报告",
                      "--document-title", "集中整顿情况", "--operator", "乡指导")
        try cli.ok("step", "complete", "-e", "V1", "2", "--document-sha256", Self.document, "--document-ref", "整顿报告", "--document-title", "集中整顿情况",
                   "--operator", "乡指导")
    }

    @Test("a typed 'not weak and lax' recorded before the 较差 is refused once the county's result is known, and does not let step 2 be skipped once final")
    func typedBeforeFinal() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try cli.ok("election", "assess", "-e", "V1", "--weak-and-lax", "no", "--note", "班子团结群众满意", "--operator", "乡指导")
        try GradingCLITests().gradeToCountyReview(cli)
        // The county's 较差 is known (objections still open): no assessment says otherwise any more.
        try cli.fails(1, "election", "assess", "-e", "V1", "--weak-and-lax", "no", "--note", "班子团结群众满意", "--operator", "乡指导")
        try cli.ok("grading", "complete", "7", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        try cli.ok("grading", "complete", "8", "--org", "V1", "--year", "2026", "--on", "2026-10-19", "--operator", "县审核")
        try cli.ok("step", "complete", "-e", "V1", "1", "--document-sha256", Self.document, "--document-ref", "摸底报告", "--document-title", "调查摸底报告",
                   "--operator", "乡指导")
        let skip = try cli.fails(1, "step", "skip", "-e", "V1", "2", "--reason", "经研判不属于软弱涣散党组织", "--operator", "乡指导")
        #expect(skip.stderr.contains("属于软弱涣散党组织"), "\(skip.stderr)")
    }
}
