import Foundation
import Testing

/// Every format of the count report, the ballot and the reviewers' board, compared byte for byte
/// with the files under Golden/. Set TUIXUAN_RECORD_GOLDEN=1 to write them anew (then read the diff).
@Suite("Golden outputs", .serialized)
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["TUIXUAN_RECORD_GOLDEN"] == "1"

    func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = Self.folder.appendingPathComponent(name)
        if Self.recording {
            try Data(actual.utf8).write(to: file)
            return
        }
        // Decoded by hand: String(contentsOf:encoding:) drops a leading byte order mark, which the CSV goldens carry.
        let expected = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(actual == expected, "\(name) differs from Golden/\(name) (TUIXUAN_RECORD_GOLDEN=1 rewrites it)", sourceLocation: sourceLocation)
    }

    /// The congress of CongressCLITests with a closed committee round: 7 ballots, one spoiled, a
    /// write-in, two elected, one seat short (李秀英 has 3 of the 4 yes votes the base of 7 needs).
    func heldCongress() throws -> CLI {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        let header = "票序,万伟强,王建国,李秀英,赵刚,另选他人1姓名,另选他人1,另选他人2姓名,另选他人2,另选他人3姓名,另选他人3,空白票,废票\n"
        let rows = ["1,○,○,○,×,,,,,,,,", "2,○,○,○,×,,,,,,,,", "3,○,○,×,○,,,,,,,,", "4,○,○,×,×,甲,○,,,,,,",
                    "5,○,×,○,×,,,,,,,,", "6,×,○,×,○,,,,,,,,", "7,,,,,,,,,,,,是"]
        let sheet = try cli.write("sheet.csv", header + rows.joined(separator: "\n") + "\n")
        try cli.ok("round", "enter", "-e", "V1", "--entry", "A", "--file", sheet, "--operator", "计票A")
        try cli.ok("round", "enter", "-e", "V1", "--entry", "B", "--file", sheet, "--operator", "计票B")
        try cli.ok("round", "close", "-e", "V1", "--issued", "7", "--returned", "7", "--operator", "甲")
        return cli
    }

    @Test("the count report in text, HTML, CSV and JSON; the HTML and CSV say what the text says")
    func countReport() throws {
        let cli = try heldCongress()
        let text = try cli.ok("congress", "report", "-e", "V1").stdout
        let html = try cli.ok("congress", "report", "-e", "V1", "--format", "html").stdout
        let csv = try cli.ok("congress", "report", "-e", "V1", "--format", "csv").stdout
        try expectGolden("count-report.txt", text)
        try expectGolden("count-report.html", html)
        try expectGolden("count-report.csv", csv)
        try expectGolden("count-report.json", try cli.ok("congress", "report", "-e", "V1", "--json").stdout)
        try expectGolden("count-report.en.txt", try cli.ok("congress", "report", "-e", "V1", "--lang", "en").stdout)
        // The same verdicts in every format (the HTML once dropped 另选 and 未过半数, the CSV printed English codes).
        for format in [text, html, csv] {
            #expect(format.contains("甲（另选）") || format.contains("甲,是"))
            #expect(format.contains("未过半数") && format.contains("当选") && format.contains("委员选举"))
        }
        #expect(text.contains("尚缺1名") && html.contains("尚缺1名"))
    }

    @Test("the committee ballot in text, HTML and the tellers' CSV template")
    func ballot() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        try expectGolden("ballot.txt", try cli.ok("candidates", "ballot", "-e", "V1", "--format", "text").stdout)
        try expectGolden("ballot.html", try cli.ok("candidates", "ballot", "-e", "V1", "--format", "html").stdout)
        try expectGolden("ballot.csv", try cli.ok("candidates", "ballot", "-e", "V1", "--format", "csv").stdout)
    }

    @Test("the reviewers' board as a table, CSV, HTML (a row per village, no debug text) and JSON")
    func overview() throws {
        let cli = try heldCongress()
        try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1", "--previous-size", "5")
        try cli.ok("election", "start", "--org", "V2", "--congress-date", "2026-12-05", "--operator", "乡指导")
        try expectGolden("overview.txt", try cli.ok("overview", "--org", "C1").stdout)
        try expectGolden("overview.csv", try cli.ok("overview", "--org", "C1", "--format", "csv").stdout)
        try expectGolden("overview.json", try cli.ok("overview", "--org", "C1", "--json").stdout)
        let html = try cli.ok("overview", "--org", "C1", "--format", "html").stdout
        try expectGolden("overview.html", html)
        #expect(html.components(separatedBy: "<tr").count - 1 == 3)   // the header and one row per village
        #expect(html.contains("<td>红旗村</td>") && !html.contains("SQL(") && !html.contains("GRDB"))
    }
}

extension GoldenTests {
    @Test("a shortfall below the seat minimum cannot be reduced away: a typed refusal in words, never a database error")
    func reductionRefused() throws {
        let cli = try heldCongress()
        let refused = try cli.fails(1, "congress", "reduce-seats", "-e", "V1", "--votes-for", "6", "--operator", "村书记")
        #expect(refused.stderr.contains("少于村委员职数下限3名") && !refused.stderr.contains("SQLite"))
    }
}
