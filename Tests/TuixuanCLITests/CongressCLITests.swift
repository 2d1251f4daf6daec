import Foundation
import CoreFoundation
import Testing

@Suite("The congress through the CLI")
struct CongressCLITests {
    /// The teller-facing parts only the binary has: typing ballots at the keyboard, undo, the counting
    /// sheet, and the messages. (The full congress, with rulings, a run-off and the report, runs in the demo.)
    @Test("typing ballots one by one: each saved at once, undo, unreadable lines explained")
    func interactiveEntry() throws {
        let cli = try CLI()
        try prepareCongress(cli)
        let typed = try cli.run(["round", "enter", "-e", "V1", "--entry", "A", "--operator", "计票A"], input: "ooox\nxoo.\nu\noo?x\nblank\nzz\nq\n")
        #expect(typed.status == 0)
        #expect(typed.stdout.contains("已保存第1张（有效）"))
        #expect(typed.stdout.contains("已撤销，现有1张"))
        #expect(typed.stdout.contains("有不清楚的标记，待监票人裁定"))
        #expect(typed.stderr.contains("看不懂这一行"))
        #expect(typed.stdout.contains("A批共录入3张"))
        // Three ballots typed, one undone before it was recorded: one event for the entry, none per ballot.
        let events = try #require(try cli.ok("events", "-e", "V1", "--json").json as? [[String: Any]])
        #expect(events.filter { ($0["kind"] as? String)?.hasPrefix("ballot") == true }.compactMap { $0["kind"] as? String } == ["ballots.typed"])
        // The table reads in the user's words and local time; --json keeps the stored form (issue 13, item 8).
        let log = try cli.ok("events", "-e", "V1").stdout
        #expect(log.contains("键入选票") && log.contains("录入批次：A；从：1；轮次：1；至：3") && log.contains("2026-10-20 10:00:00 +08:00"))
        #expect(!log.contains("ballots.typed") && !log.contains("{\""))
        // The counting sheet for this round, and an entry from it.
        let template = try cli.ok("round", "template", "-e", "V1").stdout
        #expect(template.hasPrefix("\u{FEFF}票序,万伟强,王建国,李秀英,赵刚,另选他人1姓名,另选他人1,另选他人2姓名,另选他人2,另选他人3姓名,另选他人3,空白票,废票\n1,"))
        let sheet = try cli.write("b.csv", "票序,万伟强,王建国,李秀英,赵刚,另选他人1姓名,另选他人1,另选他人2姓名,另选他人2,另选他人3姓名,另选他人3,空白票,废票\n1,○,○,○,×,,,,,,,,\n2,○,○,√,×,,,,,,,,\n3,,,,,,,,,,,是,\n")
        // Only a teller enters ballots.
        try cli.fails(1, "round", "enter", "-e", "V1", "--entry", "B", "--file", sheet, "--operator", "乡指导")
        try cli.ok("round", "enter", "-e", "V1", "--entry", "B", "--file", sheet, "--operator", "计票B")
        // Ballot 2: teller A typed "?" and teller B wrote "√" — unclear either way, so the scrutineers decide.
        let reconcile = try #require(try cli.ok("round", "reconcile", "-e", "V1", "--json").json as? [[String: Any]])
        #expect(reconcile.compactMap { $0["place"] as? String } == ["A2/B2"])
        let refused = try cli.fails(1, "round", "close", "-e", "V1", "--issued", "3", "--returned", "3", "--operator", "甲")
        #expect(refused.stderr.contains("A2/B2"))
        try cli.fails(1, "round", "decide", "A2/B2", "-e", "V1", "--ballot", "ooox", "--note", "复核", "--operator", "计票A")
        try cli.ok("round", "decide", "A2/B2", "-e", "V1", "--ballot", "oo.x", "--note", "监票人复核：李秀英一栏无有效标记，按弃权", "--operator", "甲")
        let closed = try cli.ok("round", "close", "-e", "V1", "--issued", "7", "--returned", "3", "--operator", "甲")
        #expect(closed.stdout.contains("有效票3张"))
        // Base: expected attendance 7 under 2020; 2 yes votes of 3 valid is not more than half of 7.
        #expect(closed.stdout.contains("当选须得赞成票超过应到会有选举权党员7人的半数"))
        let report = try #require(try cli.ok("congress", "report", "-e", "V1", "--json").json as? [String: Any])
        #expect(Set(report.keys) == ["title", "rounds", "officers", "adjournments", "next", "revocations", "seat_reduction"])
        let html = try cli.ok("congress", "report", "-e", "V1", "--format", "html").stdout
        #expect(html.contains("计票结果报告单") && html.contains("总监票人：甲"))
    }

    @Test("a counting sheet of 40,000 ballots in GB18030 is read a piece at a time: a bad row at its very end rejects it whole, and the count matches")
    func longSheet() throws {
        let cli = try CLI()
        try prepareCongress(cli)
        let header = "票序,万伟强,王建国,李秀英,赵刚,另选他人1姓名,另选他人1,另选他人2姓名,另选他人2,另选他人3姓名,另选他人3,空白票,废票\r\n"
        let rows = (1...40_000).map { n in "\(n),\(n % 3 == 0 ? "○" : "×"),○,\(n % 7 == 0 ? "" : "×"),×,,,,,,,,\r\n" }
        let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(0x0632))
        func gbFile(_ name: String, _ text: String) throws -> String { try cli.write(name, bytes: Array(text.data(using: gb18030)!)) }
        // Well past the first megabyte, the last row carries a mark no one can read as a flag.
        let bad = try gbFile("bad.csv", header + rows.joined() + "40001,○,○,×,×,,,,,,,错,\r\n")
        let before = try cli.databaseBytes()
        let refused = try cli.fails(3, "round", "enter", "-e", "V1", "--entry", "A", "--file", bad, "--operator", "计票A")
        #expect(refused.stderr.contains("第40002行") && refused.stderr.contains("空白票"))
        #expect(try cli.databaseBytes() == before)
        let good = try gbFile("good.csv", header + rows.joined())
        #expect(try cli.ok("round", "enter", "-e", "V1", "--entry", "A", "--file", good, "--operator", "计票A").stdout.contains("选票40000张"))
        let count = try #require(try cli.ok("round", "count", "-e", "V1", "--entry", "A", "--json").json as? [String: Any])
        let candidates = try #require(count["candidates"] as? [[String: Any]])
        #expect(candidates.map { $0["yes"] as? Int } == [13_333, 40_000, 0, 0])
        #expect(candidates[2]["abstain"] as? Int == 5_714 && count["valid"] as? Int == 40_000)
    }

    /// A county, a village whose list is approved (steps 1–18 recorded directly), the method, officers and a quorum.
    /// `seats` 4 adds 陆兰 to the list (five candidates keep the margin); `open` false stops before the check-in.
    /// `community` holds the election in 东风社区 (S1, five seats and a deputy secretary), with its own roll and list.
    func prepareCongress(_ cli: CLI, seats: Int = 3, seatsReference: String? = nil, method: [String] = [], open: Bool = true,
                         community: Bool = false) throws {
        try cli.setUpCounty()
        let (org, secretary) = community ? ("S1", "社区书记") : ("V1", "村书记")
        if community {
            try cli.ok("org", "add", "--operator", "县审核", "--code", "S1", "--name", "东风社区", "--level", "community", "--parent", "T1", "--previous-size", "5")
            try cli.ok("operator", "add", "--operator", "乡指导", "--name", "社区书记", "--role", "village", "--org", "S1")
        }
        let extra = community ? "丙,男,1972-01-01,,高中,1998-01-01,正式,,,,,\n丁,女,1978-01-01,,高中,2001-01-01,正式,,,,,\n" : ""
        // Candidates who meet every rule, so that what the congress does next is about the votes: full members, senior
        // high school or above, 赵刚 under 55 (the counting paths are not about eligibility; IntegrityCLITests is).
        let roll = CLI.goodRoll.replacingOccurrences(of: "陆兰,女,1990-01-01,,高中,2026-03-01,预备", with: "陆兰,女,1990-01-01,,高中,2016-03-01,正式")
            .replacingOccurrences(of: "赵刚,男,1970-01-01,,初中,1995-01-01,正式,留党察看,2026-06-01,2027-06-01", with: "赵刚,男,1975-01-01,,高中,1995-01-01,正式,无,,")
            .replacingOccurrences(of: "万伟强,男,1975-09-09,,初中", with: "万伟强,男,1975-09-09,,高中")
            + "甲,男,1960-01-01,,高中,1990-01-01,正式,,,,,\n乙,男,1961-01-01,,高中,1990-01-01,正式,,,,,\n" + extra
        try cli.ok("member", "import", try cli.write("roll.csv", roll), "--org", org, "--operator", "乡指导")
        // Version 1 keeps these paths short; an older version is the county's choice, never the township's.
        let older = try cli.fails(1, "election", "start", "--org", org, "--congress-date", "2026-12-02", "--procedure", "2018-county@1", "--operator", "乡指导")
        #expect(older.stderr.contains("只有县委组织部可以按旧版本启动选举"))
        try cli.ok("election", "start", "--org", org, "--congress-date", "2026-12-02", "--procedure", "2018-county@1", "--operator", "县审核")
        if let seatsReference {
            try cli.ok("candidates", "seats", "allow-exceeding", "-e", org, "--committee", "\(seats)", "--reference", seatsReference, "--operator", "乡指导")
        }
        try cli.ok("candidates", "seats", "set", "-e", org, "--committee", "\(seats)", "--operator", "乡指导")
        // The lists narrow in order: recommended, initial, vetted by every department, inspection, prospective.
        let nominees = ["--member", "王建国:委员+书记", "--member", community ? "李秀英:委员+副书记" : "李秀英", "--member", "万伟强", "--member", "赵刚"]
            + (seats > 3 ? ["--member", "陆兰"] : []) + (community ? ["--member", "丙", "--member", "丁"] : [])
        // The outgoing committee is recorded before the recommendations; its secretary is assessed before standing again.
        try cli.ok("candidates", "incumbents", "-e", org, "--member", "王建国:书记", "--member", "万伟强:委员", "--operator", "乡指导")
        try cli.ok("candidates", "assess-secretary", "-e", org, "--member", "王建国", "--note", "逐项研判，均不属于", "--operator", "乡指导")
        try cli.ok(arguments: ["candidates", "recommend", "township", "-e", org, "--operator", "乡指导"] + nominees)
        for stage in ["initial", "inspection", "prospective"] {
            if stage == "inspection" { try cli.ok("candidates", "vetting", "answer", "-e", org, "--department", "全部", "--operator", "县审核") }
            try cli.ok(arguments: ["candidates", "list", "-e", org, "--stage", stage, "--operator", secretary] + nominees)
        }
        // Steps 1–18 of version 1, in order.
        let doc = try cli.write("d.txt", "记录")
        try cli.ok("operator", "add", "--operator", "县审核", "--name", "计票A", "--role", "teller", "--org", org)
        try cli.ok("operator", "add", "--operator", "县审核", "--name", "计票B", "--role", "teller", "--org", org)
        try cli.ok("operator", "add", "--operator", "县审核", "--name", "甲", "--role", "scrutineer", "--org", org)
        try cli.ok("election", "assess", "-e", org, "--weak-and-lax", "no", "--note", "班子团结稳定", "--operator", "乡指导")
        try cli.ok("step", "complete", "1", "-e", org, "--operator", "乡指导", "--document", doc)
        try cli.ok("step", "skip", "2", "-e", org, "--reason", "经研判不属于软弱涣散党组织", "--operator", "乡指导")
        try cli.ok("election", "guidance", "add", "-e", org, "--name", "组长", "--position", "副书记", "--operator", "乡指导")
        let early: [(Int, String, [String])] = [
            (3, "乡指导", ["--document", doc, "--published-on", "2026-10-20", "--published-where", "栏"]), (4, "县审核", ["--document", doc]),
            (5, "乡指导", ["--document", doc]), (6, "乡指导", ["--minutes", "会"]),
            (7, "乡指导", ["--minutes", "会", "--published-on", "2026-10-20", "--published-where", "栏"]),
        ]
        for (number, who, records) in early { try cli.ok(arguments: ["step", "complete", "\(number)", "-e", org, "--operator", who] + records) }
        try cli.ok("step", "approve", "8", "-e", org, "--operator", "乡指导")
        try cli.ok("step", "complete", "8", "-e", org, "--operator", secretary, "--minutes", "会", "--document", doc)
        try cli.ok("registration", "record", "-e", org, "--all-away", "--notified-via", "phone", "--operator", secretary)
        try cli.ok("step", "complete", "9", "-e", org, "--operator", secretary, "--published-on", "2026-10-20", "--published-where", "广播")
        try cli.ok("registration", "record", "-e", org, "--all-unregistered", "--intention", "attend", "--operator", secretary)
        try cli.ok("registration", "approve", "-e", org, "--operator", "乡指导")
        try cli.ok("registration", "file", "-e", org, "--operator", "乡指导")
        try cli.ok("step", "complete", "10", "-e", org, "--operator", secretary)
        let later: [(Int, String, [String])] = [
            (11, "乡指导", ["--document", doc, "--published-on", "2026-10-20", "--published-where", "栏"]), (12, secretary, ["--minutes", "会"]),
            (13, "乡指导", ["--minutes", "会"]), (14, "县审核", ["--document", doc]),
        ]
        for (number, who, records) in later { try cli.ok(arguments: ["step", "complete", "\(number)", "-e", org, "--operator", who] + records) }
        try cli.ok("step", "approve", "15", "-e", org, "--operator", "县审核")
        try cli.ok("step", "complete", "15", "-e", org, "--operator", "县审核", "--document", doc)
        try cli.ok("step", "complete", "16", "-e", org, "--operator", "乡指导", "--minutes", "会", "--document", doc)
        try cli.ok("step", "complete", "17", "-e", org, "--operator", secretary, "--minutes", "会", "--published-on", "2026-10-20", "--published-where", "栏")
        try cli.ok("step", "approve", "18", "-e", org, "--operator", "乡指导")
        try cli.ok("step", "approve", "18", "-e", org, "--operator", "县审核")
        try cli.ok("step", "complete", "18", "-e", org, "--operator", "乡指导", "--document", doc)
        try cli.ok(arguments: ["congress", "method", "-e", org, "--operator", secretary] + method)
        try cli.ok("congress", "officers", "-e", org, "--chief", "甲", "--teller", "乙", "--operator", secretary)
        guard open else { return }
        try cli.ok("congress", "check-in", "-e", org, "--member", "王建国", "--member", "李秀英", "--member", "万伟强", "--member", "陆兰",
                   "--member", "赵刚", "--member", "甲", "--member", "乙", "--operator", secretary)
        let voters = community ? ["--member", "丙", "--member", "丁"] : []
        if community { try cli.ok(arguments: ["congress", "check-in", "-e", org, "--operator", secretary] + voters) }
        let opened = try cli.ok("round", "open", "-e", org, "--kind", "committee", "--operator", secretary)
        if seats == 3 { #expect(opened.stdout.contains("候选人（按选票顺序）：万伟强、王建国、李秀英、赵刚")) }
    }
}
