import Foundation
import Testing

/// Every way out of a partial or failed congress, end to end through the binary: the further round,
/// the run-off that ties again, the secretary nominee not elected, the void round, the seat
/// reduction, and the congress without a quorum that adjourns. Each path checks what the count
/// report, `congress next` and the board say at each turn.
@Suite("The congress off its plain path, through the CLI")
struct CongressPathsCLITests {
    /// Both tellers type the same stack (one line per ballot: o yes, x no, . no mark), and the chief
    /// scrutineer declares the round with every ballot returned.
    func vote(_ cli: CLI, _ ballots: [String], issued: Int? = nil, returned: Int? = nil, org: String = "V1") throws -> CLI.Output {
        let typed = ballots.joined(separator: "\n") + "\nq\n"
        #expect(try cli.run(["round", "enter", "-e", org, "--entry", "A", "--operator", "计票A"], input: typed).status == 0)
        #expect(try cli.run(["round", "enter", "-e", org, "--entry", "B", "--operator", "计票B"], input: typed).status == 0)
        return try cli.ok("round", "close", "-e", org, "--issued", "\(issued ?? ballots.count)", "--returned", "\(returned ?? ballots.count)", "--operator", "甲")
    }

    func next(_ cli: CLI, org: String = "V1") throws -> String { try cli.ok("congress", "next", "-e", org).stdout }

    func nextJSON(_ cli: CLI) throws -> [String: Any] { try #require(try cli.ok("congress", "next", "-e", "V1", "--json").json as? [String: Any]) }

    func board(_ cli: CLI) throws -> String { try cli.ok("status", "-e", "V1").stdout }

    /// Ballot order [万伟强, 王建国, 李秀英, 赵刚]; 7 expected, so a committee seat needs 4 yes votes.
    @Test("a shortfall: a further round among the unelected fills the seat, then the committee's plenary elects the secretary")
    func furtherRound() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        // 万伟强 6, 王建国 5, 李秀英 3, 赵刚 2: two elected, one seat empty.
        let closed = try vote(cli, ["ooox", "ooox", "ooxo", "ooxo", "oxox", "xoxx", "oxxx"])
        #expect(closed.stdout.contains("万伟强") && closed.stdout.contains("当选"))
        // Two elected is below the village minimum of three: the way out is a further round, not a reduction.
        #expect(try next(cli).contains("尚缺1名委员：另行选举") && !(try next(cli).contains("reduce-seats")))
        #expect(try nextJSON(cli)["further_round"] != nil)
        #expect(try board(cli).contains("大会进程：尚缺1名委员：另行选举"))
        let further = try cli.ok("round", "open", "-e", "V1", "--kind", "further", "--operator", "村书记")
        #expect(further.stdout.contains("李秀英、赵刚"))   // one seat keeps the margin: two candidates
        _ = try vote(cli, ["ox", "ox", "ox", "ox", "ox", "xo", "xo"])
        // The committee is complete; its first plenary elects the secretary once its members have checked in.
        #expect(try next(cli).contains("委员会全体会议到会0人，至少须3人"))
        #expect(try board(cli).contains("tuixuan congress check-in --body committee"))
        try cli.ok("congress", "check-in", "-e", "V1", "--body", "committee", "--member", "万伟强", "--member", "王建国", "--member", "李秀英", "--operator", "村书记")
        #expect(try next(cli).contains("委员已选满：选举书记"))
        #expect(try board(cli).contains("tuixuan round open --kind secretary"))
        let secretary = try cli.ok("round", "open", "-e", "V1", "--kind", "secretary", "--operator", "村书记")
        #expect(secretary.stdout.contains("王建国"))
        _ = try vote(cli, ["o", "o", "o"])
        #expect(try next(cli).contains("委员、书记均已选出"))
        let report = try cli.ok("congress", "report", "-e", "V1").stdout
        #expect(report.contains("第2轮 另行选举") && report.contains("下一步：委员、书记均已选出"))
    }

    @Test("the secretary nominee not elected to the committee, then a vote that elects no one: the township proposes another each time")
    func secretaryNominee() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        // 万伟强 6, 王建国 2, 李秀英 5, 赵刚 4: the committee is complete without the secretary nominee 王建国.
        _ = try vote(cli, ["oxoo", "oxoo", "oxoo", "oxoo", "oxox", "ooxx", "xoxx"])
        #expect(try next(cli).contains("书记人选未当选委员或未选出：须由乡镇党委从当选委员中另提人选"))
        #expect(try board(cli).contains("tuixuan congress propose-nominee"))
        let refused = try cli.fails(1, "round", "open", "-e", "V1", "--kind", "secretary", "--operator", "村书记")
        #expect(refused.stderr.contains("当选委员中没有书记候选人预备人选"))
        // Only the township proposes, and only one of the elected committee.
        try cli.fails(1, "congress", "propose-nominee", "-e", "V1", "--member", "李秀英", "--reason", "乡镇党委研究", "--operator", "村书记")
        let outsider = try cli.fails(1, "congress", "propose-nominee", "-e", "V1", "--member", "王建国", "--reason", "乡镇党委研究", "--operator", "乡指导")
        #expect(outsider.stderr.contains("王建国不是新一届委员会委员"))
        try cli.ok("congress", "propose-nominee", "-e", "V1", "--member", "李秀英", "--reason", "乡镇党委研究决定", "--operator", "乡指导")
        try cli.ok("congress", "check-in", "-e", "V1", "--body", "committee", "--member", "万伟强", "--member", "李秀英", "--member", "赵刚", "--operator", "村书记")
        try cli.ok("round", "open", "-e", "V1", "--kind", "secretary", "--operator", "村书记")
        // 1 yes of 3 committee members is not more than half: no secretary; the same nominee is not voted on again.
        let failed = try vote(cli, ["o", "x", "x"])
        #expect(failed.stdout.contains("书记未选出"))
        #expect(try next(cli).contains("另提人选"))
        try cli.fails(1, "round", "open", "-e", "V1", "--kind", "secretary", "--operator", "村书记")
        try cli.ok("congress", "propose-nominee", "-e", "V1", "--member", "万伟强", "--reason", "乡镇党委再次研究", "--operator", "乡指导")
        #expect(try next(cli).contains("选举书记"))
        try cli.ok("round", "open", "-e", "V1", "--kind", "secretary", "--operator", "村书记")
        _ = try vote(cli, ["o", "o", "x"])
        #expect(try next(cli).contains("委员、书记均已选出"))
    }

    @Test("a community's deputy not elected: the township proposes another from the committee (not the secretary), and the vote is held again")
    func communityDeputy() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli, seats: 5, community: true)
        func next() throws -> String { try self.next(cli, org: "S1") }
        func vote(_ ballots: [String]) throws { _ = try self.vote(cli, ballots, org: "S1") }
        let names = try #require((try cli.ok("round", "show", "-e", "S1", "--json").json as? [[String: Any]])?.last?["candidates"] as? [String])
        let line = String(names.map { ["丁", "陆兰"].contains($0) ? "x" : "o" })
        try vote(Array(repeating: line, count: 9))
        try cli.ok("congress", "check-in", "-e", "S1", "--body", "committee", "--member", "王建国", "--member", "李秀英", "--member", "万伟强",
                   "--member", "赵刚", "--member", "丙", "--operator", "社区书记")
        #expect(try next().contains("委员已选满：选举书记"))
        try cli.ok("round", "open", "-e", "S1", "--kind", "secretary", "--operator", "社区书记")
        try vote(["o", "o", "o", "o", "x"])
        #expect(try next().contains("选举副书记"))
        let deputy = try cli.ok("round", "open", "-e", "S1", "--kind", "deputy", "--operator", "社区书记")
        #expect(deputy.stdout.contains("李秀英"))
        // 2 of the committee's 5 is not more than half: no deputy.
        try vote(["o", "o", "x", "x", "x"])
        #expect(try next().contains("副书记人选未当选委员或未选出"))
        let secretaryAgain = try cli.fails(1, "congress", "propose-nominee", "-e", "S1", "--post", "deputy", "--member", "王建国", "--reason", "研究", "--operator", "乡指导")
        #expect(secretaryAgain.stderr.contains("书记、副书记不能由同一人担任"))
        try cli.fails(1, "congress", "propose-nominee", "-e", "S1", "--post", "deputy", "--member", "丁", "--reason", "研究", "--operator", "乡指导")
        try cli.ok("congress", "propose-nominee", "-e", "S1", "--post", "deputy", "--member", "万伟强", "--reason", "乡镇党委研究决定", "--operator", "乡指导")
        #expect(try cli.ok("round", "open", "-e", "S1", "--kind", "deputy", "--operator", "社区书记").stdout.contains("万伟强"))
        try vote(["o", "o", "o", "x", "x"])
        #expect(try next().contains("委员、书记均已选出"))
    }

    @Test("a tie at the cut-off goes to a run-off; a run-off that ties again to another; its winner is elected with the most votes, even under half")
    func runOffs() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        // 万伟强 5, 王建国 5, 李秀英 4, 赵刚 4: both over the threshold of 4, tied for the last seat.
        _ = try vote(cli, ["ooox", "ooox", "ooxo", "ooxo", "oxoo", "xooo", "xxxx"])
        #expect(try next(cli).contains("李秀英、赵刚票数相等：须就1个名额在他们之间再次投票"))
        // The tied already passed the threshold: the seat is neither voted away nor left to a further round.
        try cli.fails(1, "congress", "reduce-seats", "-e", "V1", "--votes-for", "6", "--operator", "村书记")
        try cli.fails(1, "round", "open", "-e", "V1", "--kind", "further", "--operator", "村书记")
        let runOff = try cli.ok("round", "open", "-e", "V1", "--kind", "runoff", "--operator", "村书记")
        #expect(runOff.stdout.contains("李秀英、赵刚"))
        _ = try vote(cli, ["ox", "ox", "xo", "xo", "..", "..", ".."])
        #expect(try next(cli).contains("李秀英、赵刚票数相等"))
        try cli.ok("round", "open", "-e", "V1", "--kind", "runoff", "--operator", "村书记")
        // One vote of seven: far under half, but the most votes in a run-off among the tied.
        _ = try vote(cli, ["o.", "..", "..", "..", "..", "..", ".."])
        let report = try cli.ok("congress", "report", "-e", "V1").stdout
        #expect(report.contains("第3轮 票数相等者再次投票") && report.contains("得票多的当选"))
        let json = try #require(try cli.ok("congress", "report", "-e", "V1", "--json").json as? [String: Any])
        let rounds = try #require(json["rounds"] as? [[String: Any]])
        let last = try #require(rounds.last?["outcome"] as? [String: Any])
        #expect(last["elected"] as? [String] == ["李秀英"])
        #expect(try next(cli).contains("请其余委员签到"))
    }

    @Test("a member joining the roll during the congress: the figure is approved again before the next vote, and the way there is open")
    func rollChangedDuringCongress() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        let roll = try cli.write("more.csv", CLI.rollHeader + "\n丙,男,1971-01-01,,高中,1999-01-01,正式,,,,,\n")
        try cli.ok("member", "import", roll, "--org", "V1", "--operator", "乡指导")
        // 万伟强 6, 王建国 5, 李秀英 3, 赵刚 2 (the round was opened on 7 expected).
        _ = try vote(cli, ["ooox", "ooox", "ooxo", "ooxo", "oxox", "xoxx", "oxxx"])
        #expect(try next(cli).contains("应到会人数已由批准时的7人变为8人"))
        try cli.fails(1, "round", "open", "-e", "V1", "--kind", "further", "--operator", "村书记")
        // What the board says is what the program then accepts: register the newcomer, approve the figure, vote.
        // Only the township approves; no one present is excluded while the sitting goes on.
        try cli.ok("registration", "record", "-e", "V1", "--member", "丙", "--intention", "attend", "--operator", "村书记")
        try cli.fails(1, "registration", "exclude", "-e", "V1", "--member", "甲", "--reason", "bedridden", "--detail", "x", "--operator", "村书记")
        try cli.fails(1, "registration", "approve", "-e", "V1", "--operator", "计票A")
        try cli.ok("registration", "approve", "-e", "V1", "--operator", "乡指导")
        try cli.ok("registration", "file", "-e", "V1", "--operator", "乡指导")
        try cli.fails(1, "registration", "file", "-e", "V1", "--operator", "乡指导")
        let nextJSON = try #require(try cli.ok("congress", "next", "-e", "V1", "--json").json as? [String: Any])
        #expect((nextJSON["further_round"] as? [String: Any])?["seats_empty"] as? Int == 1)
        #expect(try next(cli).contains("尚缺1名委员：另行选举"))
        let further = try cli.ok("round", "open", "-e", "V1", "--kind", "further", "--operator", "村书记")
        #expect(further.stdout.contains("应到8"))
        // A write-in of someone already elected fills no second seat.
        _ = try vote(cli, ["xx+万伟强:o", "xx+万伟强:o", "xx+万伟强:o", "xx+万伟强:o", "xx+万伟强:o", "..", ".."])
        #expect(try next(cli).contains("尚缺1名委员"))
    }

    @Test("a void round (more returned than issued) is kept and held again with new ballots")
    func voidRound() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        let void = try vote(cli, ["ooox", "ooox", "ooxo", "ooxo", "oxox", "xoxx", "oxxx"], issued: 6, returned: 7)
        #expect(void.stdout.contains("无效"))
        #expect(try next(cli).contains("第1轮（委员选举）收回选票多于发出选票，无效：须用新选票重新投票"))
        #expect(try board(cli).contains("须用新选票重新投票"))
        let again = try cli.ok("round", "open", "-e", "V1", "--kind", "committee", "--operator", "村书记")
        #expect(again.stdout.contains("第2轮"))
        _ = try vote(cli, ["ooox", "ooox", "ooox", "ooxo", "oxox", "xoxx", "oxxx"])
        let report = try cli.ok("congress", "report", "-e", "V1").stdout
        #expect(report.contains("第1轮 委员选举") && report.contains("本轮选举无效") && report.contains("第2轮 委员选举"))
        let rounds = try #require(try cli.ok("congress", "report", "-e", "V1", "--json").json as? [String: Any])["rounds"] as? [[String: Any]]
        #expect(rounds?.map { $0["state"] as? String } == ["void", "closed"])
    }

    @Test("four seats, three elected: the congress reduces the seats once, by more than half of those present; it shows everywhere")
    func seatReduction() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli, seats: 4, seatsReference: "乡党委〔2026〕3号")
        let rounds = try cli.ok("round", "show", "-e", "V1", "--json").json as? [[String: Any]]
        let names = try #require(rounds?.last?["candidates"] as? [String])
        #expect(Set(names) == ["万伟强", "王建国", "李秀英", "陆兰", "赵刚"])
        // 王建国, 李秀英 and 万伟强 elected with 5 of 7 each; 陆兰 and 赵刚 under the threshold.
        let yes: Set<String> = ["王建国", "李秀英", "万伟强"]
        let line = String(names.map { yes.contains($0) ? "o" : "x" })
        _ = try vote(cli, Array(repeating: line, count: 5) + [String(repeating: "x", count: 5), String(repeating: "x", count: 5)])
        #expect(try next(cli).contains("尚缺1名委员：另行选举") && (try next(cli)).contains("reduce-seats"))
        // 3 of 7 present is not more than half; 4 is.
        let refused = try cli.fails(1, "congress", "reduce-seats", "-e", "V1", "--votes-for", "3", "--operator", "村书记")
        #expect(refused.stderr.contains("过半数同意"))
        try cli.ok("congress", "reduce-seats", "-e", "V1", "--votes-for", "4", "--operator", "村书记")
        let again = try cli.fails(1, "congress", "reduce-seats", "-e", "V1", "--votes-for", "6", "--operator", "村书记")
        #expect(again.stderr.contains("每次选举只能减少一次") && !again.stderr.contains("SQLite"))
        try cli.fails(1, "round", "open", "-e", "V1", "--kind", "further", "--operator", "村书记")
        let seats = try #require(try cli.ok("candidates", "show", "-e", "V1", "--json").json as? [String: Any])
        #expect((seats["seats"] as? [String: Any])?["committee"] as? Int == 3)
        let report = try cli.ok("congress", "report", "-e", "V1").stdout
        #expect(report.contains("委员职数由4名减少为3名") && !report.contains("须另行选举（tuixuan"))
        #expect(try next(cli).contains("请其余委员签到"))
    }

    @Test("a congress short of its quorum adjourns, meets again on a new date with a new check-in, and then votes")
    func adjournment() throws {
        var cli = try CLI()
        try CongressCLITests().prepareCongress(cli, method: ["--further-rounds", "1"], open: false)
        // 5 of 7: four fifths of 7 is 5.6, so at least 6 must be present.
        try cli.ok("congress", "check-in", "-e", "V1", "--member", "王建国", "--member", "李秀英", "--member", "万伟强", "--member", "陆兰", "--member", "赵刚",
                   "--operator", "村书记")
        let refused = try cli.fails(1, "round", "open", "-e", "V1", "--kind", "committee", "--operator", "村书记")
        #expect(refused.stderr.contains("不能进行选举") && refused.stderr.contains("congress adjourn"))
        #expect(try next(cli).contains("到会5人，至少须6人才能选举"))
        // The expected attendance is settled: no exclusion while the sitting goes on.
        try cli.fails(1, "registration", "exclude", "-e", "V1", "--member", "乙", "--reason", "bedridden", "--detail", "卧床不起", "--operator", "村书记")
        // Not to the same day; not without saying what happened.
        try cli.fails(1, "congress", "adjourn", "-e", "V1", "--reason", "no-quorum", "--note", "到会不足", "--reconvene-on", "2026-10-20", "--operator", "村书记")
        try cli.fails(1, "congress", "adjourn", "-e", "V1", "--reason", "no-quorum", "--note", " ", "--reconvene-on", "2026-10-27", "--operator", "村书记")
        let adjourned = try cli.ok("congress", "adjourn", "-e", "V1", "--reason", "no-quorum", "--note", "到会5人不足法定人数，经乡镇党委同意另定日期",
                                   "--reconvene-on", "2026-10-27", "--operator", "村书记")
        #expect(adjourned.stdout.contains("2026-10-20第1次会议休会") && adjourned.stdout.contains("定于2026-10-27复会"))
        #expect(try next(cli).contains("大会已于2026-10-20休会，定于2026-10-27复会：须重新签到（已签到0人，至少须6人）"))
        #expect(try board(cli).contains("须重新签到"))
        let quorum = try #require(try cli.ok("congress", "quorum", "-e", "V1", "--json").json as? [String: Any])
        #expect(quorum["present"] as? Int == 0 && quorum["expected"] as? Int == 7)
        // Between the sittings a member fell ill: left out of the expected attendance with both approvals, then the
        // township approves the new figure before anyone votes on it.
        try cli.ok("registration", "exclude", "-e", "V1", "--member", "乙", "--reason", "bedridden", "--detail", "休会期间卧床不起", "--operator", "村书记")
        try cli.ok("registration", "decide", "-e", "V1", "--member", "乙", "--agree", "yes", "--operator", "乡指导")
        cli.environment["TUIXUAN_NOW"] = "2026-10-27T09:00:00+08:00"
        try cli.ok("registration", "congress-approve", "-e", "V1", "--member", "乙", "--operator", "村书记")
        let sixExpected = try #require(try cli.ok("congress", "quorum", "-e", "V1", "--json").json as? [String: Any])
        #expect(sixExpected["expected"] as? Int == 6 && sixExpected["needed"] as? Int == 5)
        // The next sitting: a new check-in, the figure approved again, and the vote.
        try cli.ok("congress", "check-in", "-e", "V1", "--member", "王建国", "--member", "李秀英", "--member", "万伟强", "--member", "陆兰", "--member", "赵刚",
                   "--member", "甲", "--operator", "村书记")
        let unapproved = try cli.fails(1, "round", "open", "-e", "V1", "--kind", "committee", "--operator", "村书记")
        #expect(unapproved.stderr.contains("应到会人数已由批准时的7人变为6人"))
        try cli.ok("registration", "approve", "-e", "V1", "--operator", "乡指导")
        let opened = try cli.ok("round", "open", "-e", "V1", "--kind", "committee", "--operator", "村书记")
        #expect(opened.stdout.contains("应到6") && opened.stdout.contains("实到6"))
        // Approved again and voting: the figure is settled.
        try cli.fails(1, "registration", "exclude", "-e", "V1", "--member", "甲", "--reason", "bedridden", "--detail", "x", "--operator", "村书记")
        // 万伟强 5, 王建国 4, 李秀英 2, 赵刚 1: one seat empty, then a further round that fills nothing.
        _ = try vote(cli, ["ooxx", "ooxx", "ooxx", "ooox", "oxox", "xxox"])
        try cli.ok("round", "open", "-e", "V1", "--kind", "further", "--operator", "村书记")
        _ = try vote(cli, ["ox", "ox", "xo", "xo", "..", ".."])
        // The method allowed one further round: below the minimum the seats cannot be reduced, so the congress adjourns and reports to the township.
        let exhausted = try cli.fails(1, "round", "open", "-e", "V1", "--kind", "further", "--operator", "村书记")
        #expect(exhausted.stderr.contains("选举办法规定至多另行选举1次"))
        #expect(try next(cli).contains("另行选举已进行完：休会并报乡镇党委"))
        try cli.ok("congress", "adjourn", "-e", "V1", "--reason", "seats-unfilled", "--note", "尚缺1名，报乡镇党委研究", "--reconvene-on", "2026-11-03",
                   "--operator", "乡指导")
        // The method's limit is per sitting: reconvened after reporting to the township, the congress may hold a further round again.
        cli.environment["TUIXUAN_NOW"] = "2026-11-03T09:00:00+08:00"
        try cli.ok("congress", "check-in", "-e", "V1", "--member", "王建国", "--member", "李秀英", "--member", "万伟强", "--member", "陆兰", "--member", "赵刚",
                   "--member", "甲", "--operator", "村书记")
        #expect(try next(cli).contains("尚缺1名委员：另行选举"))
        try cli.ok("round", "open", "-e", "V1", "--kind", "further", "--operator", "村书记")
        _ = try vote(cli, ["ox", "ox", "ox", "ox", "xo", ".."])
        #expect(try next(cli).contains("请其余委员签到"))
        let report = try cli.ok("congress", "report", "-e", "V1").stdout
        #expect(report.contains("第1次会议休会（到会人数不足法定人数") && report.contains("第2次会议休会（名额未选满，报乡镇党委"))
        let json = try #require(try cli.ok("congress", "report", "-e", "V1", "--json").json as? [String: Any])
        #expect((json["adjournments"] as? [[String: Any]])?.map { $0["reason"] as? String } == ["no_quorum", "seats_unfilled"])
        #expect(try cli.ok("audit", "verify").status == 0)
    }
}

@Suite("Database failures in the user's words")
struct DatabaseFailureCLITests {
    @Test("a file that is not a database: a message naming the file and what to do, never SQLite's words")
    func notADatabase() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: cli.databasePath))
        for lang in ["zh", "en"] {
            let failed = try cli.fails(5, "status", "--org", "C1", "--lang", lang)
            #expect(failed.stderr.contains(cli.databasePath))
            #expect(failed.stderr.contains(lang == "zh" ? "不是推选数据库" : "not a Tuixuan database"))
            #expect(!failed.stderr.contains("SQLite") && !failed.stderr.contains("SQLITE"))
        }
    }
}
