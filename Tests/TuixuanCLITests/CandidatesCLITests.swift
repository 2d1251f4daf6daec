import Foundation
import Testing

@Suite("Choosing candidates through the CLI")
struct CandidatesCLITests {
    @Test("seats, recommendation ballots, an initial list and the reviewer's view, as a table and as JSON")
    func flow() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")

        let ballots = try cli.write("ballots.csv", """
            推荐人选1,推荐人选2,推荐人选3
            王建国,李秀英,万伟强
            王建国,陆兰,
            空白票,,
            李秀英,路人甲,王建国

            """)
        var output = try cli.fails(1, "candidates", "recommend", "ballots", ballots, "-e", "V1", "--round", "members", "--held-on", "2026-10-15", "--operator", "村书记")
        #expect(output.stderr.contains("推荐前须先记录上届委员会成员"))
        try cli.ok("candidates", "incumbents", "-e", "V1", "--member", "李秀英:书记", "--member", "万伟强:委员", "--operator", "村书记")
        output = try cli.fails(1, "candidates", "recommend", "ballots", ballots, "-e", "V1", "--round", "members", "--held-on", "2026-10-15", "--operator", "村书记")
        #expect(output.stderr.contains("职数"))
        try cli.fails(1, "candidates", "seats", "set", "-e", "V1", "--committee", "6", "--operator", "乡指导")
        try cli.ok("candidates", "seats", "set", "-e", "V1", "--committee", "3", "--operator", "乡指导")
        output = try cli.ok("candidates", "recommend", "ballots", ballots, "-e", "V1", "--round", "members", "--held-on", "2026-10-15", "--operator", "村书记")
        #expect(output.stdout.contains("收回4张"))
        #expect(output.stderr.contains("第3行，“推荐人选2”列，值“陆兰”：没有被选举权"))
        #expect(output.stderr.contains("第5行，“推荐人选2”列，值“路人甲”：不是本村（社区）党员"))
        try cli.ok("candidates", "recommend", "tally", try cli.write("tally.csv", "姓名,票数\n王建国,20\n李秀英,18\n赵刚,3\n"), "-e", "V1",
                   "--round", "representatives", "--held-on", "2026-10-16", "--ballots", "25", "--operator", "村书记")
        try cli.ok("candidates", "list", "-e", "V1", "--stage", "initial", "--member", "王建国:委员+书记", "--member", "李秀英", "--member", "万伟强",
                   "--operator", "村书记")

        let table = try cli.ok("candidates", "show", "-e", "V1")
        #expect(table.stdout.contains("委员人选至少4名"))
        #expect(table.stdout.contains("委员人选3名，少于差额要求"))

        let json = try #require(try cli.ok("candidates", "show", "-e", "V1", "--json").json as? [String: Any])
        #expect(Set(json.keys) == ["seats", "minimum_committee_nominees", "rounds", "nominees", "list_problems", "compositions"])
        let nominees = try #require(json["nominees"] as? [[String: Any]])
        let wang = try #require(nominees.first { $0["name"] as? String == "王建国" })
        #expect(Set(wang.keys) == ["member_id", "name", "gender", "age", "education", "members_votes", "representatives_votes", "members_rank", "representatives_rank",
                                   "township_recommended", "lists", "eligibility", "objections", "incumbent_post", "exit_audit", "term_review",
                                   "organization_grade", "low_rank_years"])
        #expect(wang["members_votes"] as? Int == 3)
        #expect(wang["representatives_votes"] as? Int == 20)
        #expect(wang["members_rank"] as? Int == 1)
        #expect(nominees.first { $0["name"] as? String == "万伟强" }?["representatives_rank"] is NSNull, "present, null: no rank")
        #expect((wang["lists"] as? [String: [String]])?["initial"] == ["member", "secretary"])
        // 赵刚 is on Party probation: the representatives' figure for him does not count.
        #expect(!nominees.contains { $0["name"] as? String == "赵刚" })
        let problems = try #require((json["list_problems"] as? [String: [[String: Any]]])?["initial"])
        #expect(problems.contains { ($0["message"] as? String)?.contains("差额") == true && $0["blocks"] as? Bool == true })
    }
}
