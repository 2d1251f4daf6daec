import Foundation
import Testing

/// Issue 13, "Printed output, checked the way a person sees it": the ballot, the count report and the reviewers' board
/// are printed on A4. PDFs are rendered (weasyprint) and read back (pdftotext, pdfinfo, pdffonts); the HTML board is
/// printed by a real headless browser (Debian's chromium). .ci/run installs all of them on a fresh machine.
@Suite("Printed output")
struct PrintedOutputTests {
    static func tool(_ name: String) throws -> String {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        throw ToolMissing(name: name)
    }

    struct ToolMissing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not installed: .ci/run installs it (apt-get install weasyprint fonts-noto-cjk poppler-utils chromium)" }
    }

    /// Runs a tool and returns its standard output.
    @discardableResult
    static func run(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try tool(name))
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(name) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }

    static func pages(_ pdf: String) throws -> Int {
        let info = try run("pdfinfo", [pdf])
        return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
    }

    /// Chinese is drawn with a CJK font that is embedded, not as missing-glyph boxes.
    static func expectCJKFont(_ pdf: String) throws {
        let fonts = try run("pdffonts", [pdf])
        #expect(fonts.contains("CJK") || fonts.contains("Noto Sans SC") || fonts.contains("NotoSansCJK") || fonts.contains("NotoSerifCJK"), "\(fonts)")
    }

    @Test("the ballot and the count report as PDF: one A4 page each, every candidate and verdict in the text, Chinese in a CJK font")
    func pdfs() throws {
        let cli = try GoldenTests().heldCongress()
        let ballot = cli.path("ballot.pdf")
        try cli.ok("candidates", "ballot", "-e", "V1", "--format", "pdf", "--out", ballot)
        let ballotText = try Self.run("pdftotext", ["-layout", ballot, "-"])
        for name in ["万伟强", "王建国", "李秀英", "赵刚"] { #expect(ballotText.contains(name), "\(name) on the ballot") }
        #expect(try Self.pages(ballot) == 1)
        try Self.expectCJKFont(ballot)

        let report = cli.path("report.pdf")
        try cli.ok("congress", "report", "-e", "V1", "--format", "pdf", "--out", report)
        let reportText = try Self.run("pdftotext", ["-layout", report, "-"])
        #expect(reportText.contains("委员选举") && reportText.contains("未过半数") && reportText.contains("尚缺1名"))
        #expect(try Self.pages(report) >= 1)
        try Self.expectCJKFont(report)
    }

    @Test("the board of a 300-village county printed by headless chromium: every village there, headers repeated on every page, no tofu")
    func boardInBrowser() throws {
        var cli = try CLI()
        cli.environment["TUIXUAN_DB"] = cli.path("county.sqlite")
        try cli.ok("dev", "generate", "--counties", "1", "--townships", "20", "--villages", "15", "--members", "8", "--seed", "7")
        let board = try #require(try cli.ok("overview", "--org", try firstCounty(cli), "--json").json as? [[String: Any]])
        #expect(board.count == 300)
        let html = cli.path("board.html")
        try cli.ok("overview", "--org", try firstCounty(cli), "--format", "html").stdout.write(toFile: html, atomically: true, encoding: .utf8)
        let pdf = cli.path("board.pdf")
        try Self.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"])
        let pages = try Self.pages(pdf)
        #expect(pages > 3, "300 villages take several A4 pages: \(pages)")
        let text = try Self.run("pdftotext", ["-layout", pdf, "-"])
        for row in board { #expect(text.contains(row["organization_name"] as? String ?? "?"), "\(row["organization_name"] ?? "") printed") }
        // The table header is repeated at the top of every page (thead as a table-header-group).
        for page in [2, pages] {
            let pageText = try Self.run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf, "-"])
            #expect(pageText.contains("村（社区）") && pageText.contains("受阻原因"), "header on page \(page)")
        }
        // Chromium embeds its glyphs as unnamed Type 3 fonts, so the font the page asks for must be the one installed.
        #expect(try Self.run("fc-match", ["Noto Sans CJK SC"]).contains("NotoSansCJK"), "the board's font is installed (fonts-noto-cjk)")
    }

    func firstCounty(_ cli: CLI) throws -> String {
        let orgs = try #require(try cli.ok("org", "list", "--json").json as? [[String: Any]])
        return try #require(orgs.first { $0["level"] as? String == "county" }?["code"] as? String)
    }
}
