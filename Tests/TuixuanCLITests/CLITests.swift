import Foundation
import Testing

@Suite("tuixuan end to end")
struct CLITests {
    @Test("a village goes through steps 1–10 with every refusal explained")
    func stepsOneToTen() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        let doc = try cli.write("doc.txt", "文件")

        // Out of order: step 4 names both missing prerequisites.
        var refused = try cli.fails(1, "step", "complete", "4", "-e", "V1", "--operator", "县审核", "--document", doc)
        #expect(refused.stderr.contains("前置步骤 1「调查摸底」尚未完成"))
        #expect(refused.stderr.contains("前置步骤 2「集中整顿」尚未完成"))

        // A role the step does not allow.
        refused = try cli.fails(1, "step", "complete", "3", "-e", "V1", "--operator", "村书记", "--document", doc, "--published-on", "2026-10-10", "--published-where", "公开栏")
        #expect(refused.stderr.contains("无权办理"))

        try cli.ok("election", "assess", "-e", "V1", "--weak-and-lax", "no", "--note", "班子团结稳定", "--operator", "乡指导")
        try cli.ok("step", "complete", "1", "-e", "V1", "--operator", "乡指导", "--document", doc)
        refused = try cli.fails(1, "step", "complete", "2", "-e", "V1", "--operator", "乡指导", "--document", doc)
        #expect(refused.stderr.contains("跳过"))
        try cli.fails(1, "step", "skip", "4", "-e", "V1", "--operator", "县审核", "--reason", "不需要")
        try cli.ok("step", "skip", "2", "-e", "V1", "--operator", "乡指导", "--reason", "不属于软弱涣散党组织")
        // Step 3 audits each member of the outgoing committee; a problem found is dealt with before it closes.
        refused = try cli.fails(1, "step", "complete", "3", "-e", "V1", "--operator", "乡指导", "--document", doc, "--published-on", "2026-10-10", "--published-where", "公开栏")
        #expect(refused.stderr.contains("上届委员会有3名成员，尚未登记（tuixuan candidates incumbents）"))
        try cli.ok("candidates", "incumbents", "-e", "V1", "--member", "王建国:书记", "--member", "李秀英:委员", "--member", "万伟强:委员", "--operator", "村书记")
        try cli.ok("outgoing", "audit", "-e", "V1", "--member", "王建国", "--auditor", "乡镇农经站", "--on", "2026-10-05", "--operator", "乡指导")
        try cli.ok("outgoing", "audit", "-e", "V1", "--member", "李秀英", "--auditor", "乡镇农经站", "--on", "2026-10-05", "--operator", "乡指导")
        try cli.ok("outgoing", "audit", "-e", "V1", "--member", "万伟强", "--auditor", "乡镇农经站", "--problems", "报销凭证缺失2张", "--on", "2026-10-05", "--operator", "乡指导")
        refused = try cli.fails(1, "step", "complete", "3", "-e", "V1", "--operator", "乡指导", "--document", doc, "--published-on", "2026-10-10", "--published-where", "公开栏")
        #expect(refused.stderr.contains("以下成员离任审计发现的问题尚未处理：万伟强（tuixuan outgoing handled）"))
        try cli.ok("outgoing", "handled", "-e", "V1", "--member", "万伟强", "--handling", "已补齐凭证", "--on", "2026-10-08", "--operator", "乡指导")
        refused = try cli.fails(1, "step", "complete", "3", "-e", "V1", "--on", "2026-10-07", "--operator", "乡指导", "--document", doc, "--published-on", "2026-10-10", "--published-where", "公开栏")
        #expect(refused.stderr.contains("早于它所依据的离任审计结果及问题处理（2026-10-08）"))
        try cli.ok("step", "complete", "3", "-e", "V1", "--operator", "乡指导", "--document", doc, "--published-on", "2026-10-10", "--published-where", "公开栏")
        let outgoing = try #require(try cli.ok("outgoing", "show", "-e", "V1", "--json").json as? [[String: Any]])
        #expect(outgoing.map { $0["name"] as? String } == ["王建国", "李秀英", "万伟强"])
        #expect((outgoing[2]["exit_audit"] as? [String: Any])?["settled"] as? Bool == true)
        try cli.ok("step", "complete", "4", "-e", "V1", "--operator", "县审核", "--document", doc)
        try cli.fails(1, "step", "complete", "5", "-e", "V1", "--operator", "乡指导", "--document", doc)
        try cli.ok("election", "guidance", "add", "-e", "V1", "--name", "陈组长", "--position", "乡镇党委副书记", "--operator", "乡指导")
        try cli.ok("step", "complete", "5", "-e", "V1", "--operator", "乡指导", "--document", doc)
        try cli.ok("step", "complete", "6", "-e", "V1", "--operator", "乡指导", "--minutes", "动员会")
        refused = try cli.fails(1, "step", "complete", "7", "-e", "V1", "--operator", "乡指导", "--minutes", "述职评议", "--published-on", "2026-10-19", "--published-where", "公开栏")
        #expect(refused.stderr.contains("以下上届委员会成员尚未记录民主评议结果：王建国、李秀英、万伟强"))
        for name in ["王建国", "李秀英", "万伟强"] {
            try cli.ok("outgoing", "review", "-e", "V1", "--member", name, "--satisfied", "30", "--basically-satisfied", "4", "--dissatisfied", "1", "--operator", "乡指导")
        }
        #expect(try cli.ok("outgoing", "show", "-e", "V1").stdout.contains("满意30、基本满意4、不满意1，满意率97%"))
        try cli.ok("step", "complete", "7", "-e", "V1", "--operator", "乡指导", "--minutes", "述职评议", "--published-on", "2026-10-19", "--published-where", "公开栏")
        refused = try cli.fails(1, "step", "complete", "8", "-e", "V1", "--operator", "村书记", "--minutes", "委员会议", "--document", doc)
        #expect(refused.stderr.contains("缺少乡镇党委的审批"))
        try cli.fails(1, "step", "approve", "8", "-e", "V1", "--operator", "村书记")
        try cli.ok("step", "approve", "8", "-e", "V1", "--operator", "乡指导")
        try cli.ok("step", "complete", "8", "-e", "V1", "--operator", "村书记", "--minutes", "委员会议", "--document", doc)

        refused = try cli.fails(1, "step", "complete", "9", "-e", "V1", "--operator", "村书记", "--published-on", "2026-10-20", "--published-where", "广播")
        #expect(refused.stderr.contains("李秀英"))
        try cli.ok("registration", "record", "-e", "V1", "--member", "李秀英", "--notified-via", "phone", "--operator", "村书记")
        try cli.ok("step", "complete", "9", "-e", "V1", "--operator", "村书记", "--published-on", "2026-10-20", "--published-where", "广播")

        // Step 10: voters are 王建国, 李秀英, 万伟强 (陆兰 is probationary, 赵刚 on probation).
        try cli.fails(1, "registration", "record", "-e", "V1", "--member", "陆兰", "--intention", "attend", "--operator", "村书记")
        try cli.fails(1, "registration", "approve", "-e", "V1", "--operator", "乡指导")
        try cli.ok("registration", "record", "-e", "V1", "--all-unregistered", "--intention", "attend", "--operator", "村书记")
        try cli.ok("registration", "exclude", "-e", "V1", "--member", "万伟强", "--reason", "bedridden", "--detail", "卧床", "--operator", "村书记")
        try cli.fails(1, "registration", "approve", "-e", "V1", "--operator", "乡指导")
        try cli.ok("registration", "decide", "-e", "V1", "--member", "万伟强", "--agree", "yes", "--operator", "乡指导")
        try cli.ok("registration", "congress-approve", "-e", "V1", "--member", "万伟强", "--on", "2026-10-19", "--operator", "村书记")
        let approved = try cli.ok("registration", "approve", "-e", "V1", "--operator", "乡指导")
        #expect(approved.stdout.contains("2人"))
        refused = try cli.fails(1, "step", "complete", "10", "-e", "V1", "--operator", "村书记")
        #expect(refused.stderr.contains("备案"))
        try cli.ok("registration", "file", "-e", "V1", "--operator", "乡指导")
        try cli.ok("step", "complete", "10", "-e", "V1", "--operator", "村书记")

        let status = try #require(try cli.ok("status", "-e", "V1", "--json").json as? [String: Any])
        #expect(status["done"] as? Int == 10)
        #expect((status["current_phase"] as? [String: Any])?["id"] as? String == "candidates")
        #expect((status["next"] as? [[String: Any]])?.compactMap { $0["number"] as? Int } == [11])
        let events = try cli.ok("events", "-e", "V1", "--json").json as? [[String: Any]]
        #expect(events?.contains { $0["kind"] as? String == "step.skipped" && $0["step"] as? Int == 2 } == true)
    }

    @Test("commands name what is missing and exit with the documented codes")
    func exitCodes() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        var output = try cli.fails(64, "election", "start", "--org", "V1", "--congress-date", "2026-12-02")
        #expect(output.stderr.contains("--operator"))
        try cli.fails(4, "election", "start", "--org", "V9", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try cli.fails(4, "status", "-e", "V1")
        try cli.fails(4, "election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "无此人")
        try cli.fails(1, "election", "start", "--org", "T1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try cli.fails(1, "election", "start", "--org", "V1", "--congress-date", "2026-01-02", "--operator", "乡指导")
        output = try cli.run(["election", "start", "--org", "V1", "--congress-date", "2026-13-02", "--operator", "乡指导"])
        #expect(output.status == 64)
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try cli.fails(4, "step", "show", "33", "-e", "V1")
    }

    @Test("--lang en speaks English; Chinese is the default")
    func languages() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        let zh = try cli.fails(1, "step", "complete", "4", "-e", "V1", "--operator", "县审核")
        #expect(zh.stderr.hasPrefix("错误："))
        let en = try cli.fails(1, "step", "complete", "4", "-e", "V1", "--operator", "县审核", "--lang", "en")
        #expect(en.stderr.contains("prerequisite step 1 \"Survey the organization\" is not done"))
        #expect(try cli.ok("status", "-e", "V1", "--lang", "en").stdout.contains("progress: 0/32"))
        #expect(try cli.ok("--help", "--lang", "en").stdout.contains("status board"))
        #expect(try cli.ok("--help").stdout.contains("进度看板"))
        let usage = try cli.run(["election", "start", "--org", "V1", "--congress-date", "2026-13-02"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("错误：参数 --congress-date 的值“2026-13-02”无效（日期格式如 2026-12-02，年份在1900至2200之间，且确有这一天）"))
        #expect(usage.stderr.contains("用法："))
        let english = try cli.run(["election", "start", "--org", "V1", "--lang", "en"])
        #expect(english.status == 64)
        #expect(english.stderr.contains("Missing expected argument '--congress-date <congress-date>'"))
    }

    @Test("a village operator cannot reach another township; a township operator cannot act as county")
    func scope() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("org", "add", "--operator", "县审核", "--code", "T2", "--name", "石桥镇", "--level", "township", "--parent", "C1")
        try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T2")
        let output = try cli.fails(1, "election", "start", "--org", "V2", "--congress-date", "2026-12-02", "--operator", "乡指导")
        #expect(output.stderr.contains("无权办理“东升村”"))
        try cli.fails(1, "org", "add", "--operator", "村书记", "--code", "V3", "--name", "某村", "--level", "village", "--parent", "T1")
    }

    @Test("the binary works copied alone to another folder: migrations and catalogs are compiled in")
    func standaloneBinary() throws {
        let cli = try CLI()
        let copy = cli.folder.appendingPathComponent("bin/tuixuan")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        #expect(try cli.run(["init", "--county-code", "C1", "--county-name", "示范县", "--reviewer", "县审核"], binary: copy).status == 0)
        let list = try cli.run(["procedure", "list", "--json"], binary: copy)
        let entries = list.json as? [[String: Any]]
        #expect(entries?.first?["procedure"] as? String == "2018-county")
        #expect(entries?.first?["steps"] as? Int == 32)
    }
}
