import Foundation
import Testing

/// Issue 11 end to end through the binary: the lists narrow in order, a 不得 finding after the list's
/// approval cancels the candidacy, and an election declared void sends its seat to a further round.
@Suite("Procedure integrity, through the CLI")
struct IntegrityCLITests {
    let paths = CongressPathsCLITests()

    @Test("a name that skipped a stage is refused, naming the stage it missed")
    func listChain() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try cli.ok("candidates", "seats", "set", "-e", "V1", "--committee", "3", "--operator", "乡指导")
        let unrecommended = try cli.fails(1, "candidates", "list", "-e", "V1", "--stage", "initial", "--member", "王建国", "--operator", "村书记")
        #expect(unrecommended.stderr.contains("王建国未经党员、群众推荐或乡镇党委推荐，不能列入初步人选"))
        try cli.ok("candidates", "incumbents", "-e", "V1", "--member", "李秀英:书记", "--member", "万伟强:委员", "--operator", "村书记")
        try cli.ok("candidates", "recommend", "township", "-e", "V1", "--member", "王建国:书记", "--member", "李秀英", "--operator", "乡指导")
        try cli.ok("candidates", "list", "-e", "V1", "--stage", "initial", "--member", "王建国:委员+书记", "--member", "李秀英", "--operator", "村书记")
        let unvetted = try cli.fails(1, "candidates", "list", "-e", "V1", "--stage", "inspection", "--member", "王建国:委员+书记", "--operator", "村书记")
        #expect(unvetted.stderr.contains("未经资格联审"))
        let skipped = try cli.fails(1, "candidates", "list", "-e", "V1", "--stage", "prospective", "--member", "李秀英", "--operator", "村书记")
        #expect(skipped.stderr.contains("李秀英未经考察名单，不能列入候选人预备人选"))
        #expect(try cli.ok("candidates", "show", "-e", "V1", "--json").stdout.contains("\"initial\""))
    }

    /// 三 "拓宽来源渠道"、"社区党组织要适当提高女性委员的比例"; 四 "一肩挑"、"妇联主席应当进入“两委”班子"; 六 情况报送.
    @Test("a member's background and posts give each list's composition; situation reports stay open on the board until dealt with")
    func compositionAndReports() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try cli.ok("candidates", "seats", "set", "-e", "V1", "--committee", "3", "--operator", "乡指导")
        try cli.ok("member", "profile", "--org", "V1", "--member", "王建国", "--background", "致富带头人", "--post", "主任", "--operator", "乡指导")
        try cli.ok("member", "profile", "--org", "V1", "--member", "李秀英", "--background", "returned_migrant", "--background", "退伍军人", "--operator", "村书记")
        try cli.ok("member", "profile", "--org", "V1", "--member", "陆兰", "--post", "妇联主席", "--operator", "村书记")
        try cli.fails(64, "member", "profile", "--org", "V1", "--member", "陆兰", "--post", "村长", "--operator", "村书记")
        try cli.fails(4, "member", "profile", "--org", "V1", "--member", "无此人", "--post", "妇联主席", "--operator", "村书记")
        try cli.ok("candidates", "incumbents", "-e", "V1", "--member", "李秀英:书记", "--member", "万伟强:委员", "--operator", "村书记")
        try cli.ok("candidates", "recommend", "township", "-e", "V1", "--member", "王建国:书记", "--member", "李秀英", "--operator", "乡指导")
        try cli.ok("candidates", "list", "-e", "V1", "--stage", "initial", "--member", "王建国:委员+书记", "--member", "李秀英", "--operator", "村书记")
        let json = try JSONSerialization.jsonObject(with: Data(try cli.ok("candidates", "show", "-e", "V1", "--json").stdout.utf8)) as! [String: Any]
        let initial = (json["compositions"] as! [String: Any])["initial"] as! [String: Any]
        #expect(initial["people"] as? Int == 2 && initial["women"] as? Int == 1 && initial["women_percent"] as? Int == 50)
        #expect(initial["secretary_also_chair"] as? [String] == ["王建国"])
        let outside = initial["outside"] as! [[String: Any]]
        #expect(outside.count == 1 && outside[0]["post"] as? String == "womens_federation_chair" && outside[0]["names"] as? [String] == ["陆兰"])
        let channels = (initial["backgrounds"] as! [[String: Any]]).map { $0["background"] as! String }
        #expect(channels == ["business_leader", "veteran", "returned_migrant"])
        let text = try cli.ok("candidates", "show", "-e", "V1").stdout
        #expect(text.contains("初步人选的结构：2人，女性1人（50%）"))
        #expect(text.contains("书记兼村（居）民委员会主任（“一肩挑”）：王建国"))
        #expect(text.contains("妇联主席陆兰不在其中（应进入“两委”班子）"))
        // Clearing a profile: giving neither.
        try cli.ok("member", "profile", "--org", "V1", "--member", "陆兰", "--operator", "村书记")
        #expect(!(try cli.ok("candidates", "show", "-e", "V1").stdout.contains("妇联主席陆兰")))

        // 情况报送: filed by the village, open on the board, dealt with by the township only.
        try cli.fails(1, "situation", "report", "-e", "V1", "--kind", "苗头性倾向性问题", "--summary", "有", "--operator", "村书记")
        try cli.fails(1, "situation", "report", "-e", "V1", "--kind", "emerging_problem", "--on", "2027-01-01", "--summary", "有人串联拉票", "--operator", "村书记")
        try cli.ok("situation", "report", "-e", "V1", "--kind", "苗头性倾向性问题", "--on", "2026-10-18", "--summary", "有人私下串联拉票", "--operator", "村书记")
        #expect(try cli.ok("status", "-e", "V1").stdout.contains("情况报送：1件未办结"))
        let listed = try JSONSerialization.jsonObject(with: Data(try cli.ok("situation", "list", "--open", "--json").stdout.utf8)) as! [[String: Any]]
        #expect(listed.count == 1 && listed[0]["kind"] as? String == "emerging_problem" && listed[0]["handled_on"] is NSNull)
        try cli.fails(1, "situation", "handle", "1", "--handling", "已约谈劝阻", "--operator", "村书记")
        try cli.fails(1, "situation", "handle", "1", "--on", "2026-10-17", "--handling", "已约谈劝阻", "--operator", "乡指导")
        try cli.fails(4, "situation", "handle", "9", "--handling", "已约谈劝阻", "--operator", "乡指导")
        try cli.ok("situation", "handle", "1", "--on", "2026-10-19", "--handling", "乡纪委约谈，已劝阻", "--operator", "乡指导")
        try cli.fails(1, "situation", "handle", "1", "--handling", "再次处理一下", "--operator", "县审核")
        #expect(!(try cli.ok("status", "-e", "V1").stdout.contains("情况报送")))
        #expect(try cli.ok("situation", "list", "--open").stdout.contains("没有未办结的情况报告"))
        #expect(try cli.ok("audit", "verify").stdout.contains("核验通过"))
    }

    @Test("a 不得 finding after the list's approval: the township cancels the candidacy, and a ballot short of the margin is not voted on")
    func lateFinding() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli, open: false)
        // Cancelling needs the finding first, and only the township cancels.
        let noFinding = try cli.fails(1, "candidates", "cancel", "-e", "V1", "--member", "李秀英", "--reason", "查实贿选行为", "--operator", "乡指导")
        #expect(noFinding.stderr.contains("须以查实的不得情形"))
        try cli.ok("candidates", "finding", "-e", "V1", "--member", "李秀英", "--bar", "8", "--source", "县纪委监委", "--detail", "查实向党员送礼拉票", "--operator", "县审核")
        try cli.fails(1, "candidates", "cancel", "-e", "V1", "--member", "李秀英", "--reason", "查实贿选行为", "--operator", "县审核")
        try cli.fails(1, "candidates", "cancel", "-e", "V1", "--member", "李秀英", "--reason", "x", "--operator", "乡指导")
        try cli.ok("candidates", "cancel", "-e", "V1", "--member", "李秀英", "--reason", "经乡镇党委研究，取消其候选人资格", "--operator", "乡指导")
        try cli.fails(1, "candidates", "cancel", "-e", "V1", "--member", "李秀英", "--reason", "再次取消资格", "--operator", "乡指导")
        // The ballot no longer names her; three candidates for three seats is short of the 20% margin.
        let ballot = try cli.ok("candidates", "ballot", "-e", "V1").stdout
        #expect(!ballot.contains("李秀英") && ballot.contains("王建国"))
        try cli.ok("congress", "check-in", "-e", "V1", "--member", "王建国", "--member", "李秀英", "--member", "万伟强", "--member", "陆兰",
                   "--member", "甲", "--member", "乙", "--operator", "村书记")
        #expect(try paths.next(cli).contains("只剩3名候选人"))
        let open = try cli.fails(1, "round", "open", "-e", "V1", "--kind", "committee", "--operator", "村书记")
        #expect(open.stderr.contains("只剩3名候选人，少于应选3名加差额20%所需的4名"))
        // The cancellation is an audited act like any other.
        #expect(try cli.ok("audit", "verify").stdout.contains("核验通过"))
    }

    @Test("an election declared void: the seat goes to a further round without the person; the result waits until every elected member is eligible")
    func voidElection() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        // Ballot order [万伟强, 王建国, 李秀英, 赵刚]: 万伟强 6, 王建国 5, 赵刚 5, 李秀英 2 — 万伟强, 王建国, 赵刚 elected.
        _ = try paths.vote(cli, ["ooxo", "ooxo", "ooxo", "ooxo", "ooxo", "oxox", "xoox"])
        #expect(try paths.next(cli).contains("委员会全体会议"))
        // Not elected: nothing to void. Elected and eligible, no finding: refused.
        try cli.fails(1, "result", "void", "-e", "V1", "--member", "李秀英", "--reason", "查实贿选行为", "--operator", "乡指导")
        let noGround = try cli.fails(1, "result", "void", "-e", "V1", "--member", "万伟强", "--reason", "查实贿选行为", "--operator", "乡指导")
        #expect(noGround.stderr.contains("两者都没有"))
        try cli.ok("candidates", "finding", "-e", "V1", "--member", "赵刚", "--bar", "8", "--source", "县纪委监委", "--detail", "大会前送礼拉票，查实", "--operator", "县审核")
        // The congress settles it before anything else.
        #expect(try paths.next(cli).contains("当选人资格有问题") && (try paths.next(cli).contains("赵刚")))
        try cli.ok("result", "void", "-e", "V1", "--member", "赵刚", "--reason", "经乡镇党委研究，宣布其当选无效", "--operator", "乡指导")
        // The count report's round table says so where it says he was elected, in every format.
        let report = try cli.ok("congress", "report", "-e", "V1").stdout
        #expect(report.contains("当选（已宣布无效）") && report.contains("乡镇党委宣布赵刚当选无效"))
        let csv = try cli.ok("congress", "report", "-e", "V1", "--format", "csv").stdout
        #expect(csv.split(separator: "\n").contains { $0.contains("赵刚") && $0.hasSuffix("当选（已宣布无效）") })
        #expect(try cli.ok("congress", "report", "-e", "V1", "--format", "html").stdout.contains("<td>当选（已宣布无效）</td>"))
        // One seat empty again: a further round among the unelected, without him.
        #expect(try paths.next(cli).contains("尚缺1名委员：另行选举"))
        let further = try cli.ok("round", "open", "-e", "V1", "--kind", "further", "--operator", "村书记")
        #expect(further.stdout.contains("李秀英") && !further.stdout.contains("赵刚"))
    }
}
