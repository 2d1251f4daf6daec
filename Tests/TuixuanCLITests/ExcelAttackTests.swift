import Foundation
import Testing
import TuixuanCore
import TuixuanSpreadsheet
import ZIPFoundation

/// Issue 16, from an attack review of the Excel reader and writer: each finding, attacked the way the reviewer did.
@Suite("Excel workbooks under attack")
struct ExcelAttackTests {
    /// A workbook written by the program, with one part rewritten by `change`: how a hostile or odd producer's file is made.
    static func patched(_ sheets: [WorkbookSheet], to path: String, part: String = "xl/worksheets/sheet1.xml", _ change: (String) -> String) throws {
        let original = path + ".orig.xlsx"
        try WorkbookWriter.write(sheets, to: URL(fileURLWithPath: original))
        let source = try Archive(url: URL(fileURLWithPath: original), accessMode: .read)
        try? FileManager.default.removeItem(atPath: path)
        let target = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == part { data = Data(change(String(decoding: data, as: UTF8.self)).utf8) }
            try target.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    static let rollHeader: [WorkbookCell] = ["姓名", "性别", "出生日期", "身份证号", "文化程度", "入党日期", "党员类别"].map { .text($0) }
    static func member(_ name: String, _ born: String) -> [WorkbookCell] {
        [.text(name), .text("男"), .text(born), .empty, .text("高中"), .text("1995-01-01"), .text("正式")]
    }
    static let roll = WorkbookSheet(name: "花名册", rows: [rollHeader, member("王建国", "1968-04-12"), member("万伟强", "1975-09-09"), member("赵刚", "1970-01-01")])

    @Test("a counting sheet filled in Excel, its rows ending at the last mark, enters as its CSV does")
    func shortRows() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        let header = BallotSheet.header(candidates: ["万伟强", "王建国", "李秀英", "赵刚"], writeInSlots: 3).map { WorkbookCell.text($0) }
        let marks = ["○○○×", "○○×○", "○×○○", "×○○○", "○○○×", "○○×○", "○○○×"]
        let rows = marks.enumerated().map { index, ballot in [WorkbookCell.number("\(index + 1)")] + ballot.map { WorkbookCell.text(String($0)) } }
        let sheet = cli.path("filled.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "计票录入", rows: [header] + rows)], to: URL(fileURLWithPath: sheet))
        #expect(try cli.ok("round", "enter", "-e", "V1", "--entry", "A", "--file", sheet, "--operator", "计票A").stdout.contains("选票7张"))
    }

    @Test("a sheet cut off inside its XML is damage, never its first half imported")
    func truncated() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let book = cli.path("cut.xlsx")
        try Self.patched([Self.roll], to: book) { xml in String(xml.prefix(xml.count * 2 / 3)) }
        let before = try cli.databaseBytes()
        let refused = try cli.fails(3, "member", "import", book, "--org", "V1", "--operator", "乡指导")
        #expect(refused.stderr.contains("已损坏"), "\(refused.stderr)")
        #expect(try cli.databaseBytes() == before)
    }

    @Test("a formula's error value (#N/A) or a formula saved without its value is refused by cell, never read as text or as empty")
    func formulas() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let errorBook = cli.path("error.xlsx")
        try Self.patched([Self.roll], to: errorBook) { xml in
            // 万伟强's name becomes a VLOOKUP that found nothing.
            let cell = xml.range(of: #"<c r="A3""#)!
            let end = xml.range(of: "</c>", range: cell.upperBound..<xml.endIndex)!
            return xml.replacingCharacters(in: cell.lowerBound..<end.upperBound, with: #"<c r="A3" t="e"><f>VLOOKUP(B3,名单!A:B,2,0)</f><v>#N/A</v></c>"#)
        }
        let before = try cli.databaseBytes()
        let refused = try cli.fails(3, "member", "import", errorBook, "--org", "V1", "--operator", "乡指导")
        #expect(refused.stderr.contains("花名册!A3") && refused.stderr.contains("#N/A"), "\(refused.stderr)")
        let unvalued = cli.path("unvalued.xlsx")
        try Self.patched([Self.roll], to: unvalued) { xml in
            let cell = xml.range(of: #"<c r="G2""#)!
            let end = xml.range(of: "</c>", range: cell.upperBound..<xml.endIndex)!
            return xml.replacingCharacters(in: cell.lowerBound..<end.upperBound, with: #"<c r="G2" t="str"><f>IF(1,"正式","预备")</f></c>"#)
        }
        let unread = try cli.fails(3, "member", "import", unvalued, "--org", "V1", "--operator", "乡指导")
        #expect(unread.stderr.contains("花名册!G2") && unread.stderr.contains("没有计算结果"), "\(unread.stderr)")
        #expect(try cli.databaseBytes() == before)
    }

    @Test("CDATA text, namespace prefixes (.NET's x:), a hidden first sheet: read as Excel shows them")
    func producers() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        // The shared strings in CDATA sections.
        let cdata = cli.path("cdata.xlsx")
        try Self.patched([Self.roll], to: cdata, part: "xl/sharedStrings.xml") { xml in
            xml.replacingOccurrences(of: #"<t xml:space="preserve">万伟强</t>"#, with: #"<t xml:space="preserve"><![CDATA[万伟强]]></t>"#)
        }
        // Every element of the sheet with a prefix, as the OpenXML SDK writes them.
        let prefixed = cli.path("prefixed.xlsx")
        try Self.patched([Self.roll], to: prefixed) { xml in
            xml.replacingOccurrences(of: "<worksheet xmlns=", with: "<x:worksheet xmlns:x=")
                .replacingOccurrences(of: "</", with: "</x:").replacingOccurrences(of: #"<(?=[a-zA-Z])"#, with: "<x:", options: .regularExpression)
                .replacingOccurrences(of: "<x:x:worksheet", with: "<x:worksheet")
        }
        for (book, org) in [(cdata, "V1"), (prefixed, "V2")] {
            if org == "V2" { try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1", "--previous-size", "3") }
            let imported = try cli.ok("member", "import", book, "--org", org, "--operator", "县审核")
            #expect(imported.stdout.contains("新增3人"), "\(book): \(imported.stdout)")
            #expect(try cli.ok("member", "list", "--org", org).stdout.contains("万伟强"))
        }
        // A hidden sheet first: the first visible sheet is read.
        let hidden = cli.path("hidden.xlsx")
        try Self.patched([WorkbookSheet(name: "旧表", rows: [Self.rollHeader, Self.member("隐藏人", "1960-01-01")]), Self.roll], to: hidden, part: "xl/workbook.xml") { xml in
            xml.replacingOccurrences(of: #"<sheet name="旧表""#, with: #"<sheet name="旧表" state="hidden""#)
        }
        try cli.ok("org", "add", "--operator", "县审核", "--code", "V3", "--name", "西岭村", "--level", "village", "--parent", "T1", "--previous-size", "3")
        try cli.ok("member", "import", hidden, "--org", "V3", "--operator", "县审核")
        let listed = try cli.ok("member", "list", "--org", "V3").stdout
        #expect(listed.contains("万伟强") && !listed.contains("隐藏人"))
    }

    @Test("one-column sheets: a recommendation sheet under a single or merged header, a plain check-in list; an empty sheet of ballots refused")
    func oneColumn() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try cli.ok("candidates", "incumbents", "-e", "V1", "--member", "李秀英:书记", "--member", "万伟强:委员", "--operator", "村书记")
        try cli.ok("candidates", "seats", "set", "-e", "V1", "--committee", "3", "--operator", "乡指导")
        let single = cli.path("single.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "推荐票", rows: [[.text("推荐人选")], [.text("王建国")], [.text("李秀英")], [.text("万伟强")]])],
                                 to: URL(fileURLWithPath: single))
        let dry = try cli.ok("candidates", "recommend", "ballots", single, "-e", "V1", "--round", "members", "--held-on", "2026-10-15", "--operator", "村书记")
        #expect(dry.stdout.contains("收回3张"), "\(dry.stdout)")
        let merged = cli.path("merged.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "推荐票", rows: [[.text("推荐人选")], [.text("王建国"), .text("李秀英")], [.text("万伟强"), .text("王建国")]],
                                                merges: ["A1:B1"])], to: URL(fileURLWithPath: merged))
        let twice = try cli.ok("candidates", "recommend", "ballots", merged, "-e", "V1", "--round", "representatives", "--held-on", "2026-10-16", "--operator", "村书记")
        #expect(twice.stdout.contains("收回2张"), "\(twice.stdout)")
        let empty = cli.path("empty.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "推荐票", rows: [[.text("推荐人选1"), .text("推荐人选2")]])], to: URL(fileURLWithPath: empty))
        let before = try cli.databaseBytes()
        #expect(try cli.fails(3, "candidates", "recommend", "ballots", empty, "-e", "V1", "--round", "members", "--held-on", "2026-10-15", "--operator", "村书记")
            .stderr.contains("没有推荐票"))
        #expect(try cli.databaseBytes() == before)
    }

    @Test("--out naming the database is refused, in every format; a write error of a command without a database is explained")
    func outputs() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let before = try cli.databaseBytes()
        for format in ["xlsx", "csv", "html"] {
            let refused = try cli.fails(1, "overview", "--org", "C1", "--format", format, "--out", cli.databasePath)
            #expect(refused.stderr.contains("这是数据库文件"), "\(format): \(refused.stderr)")
        }
        try cli.fails(1, "member", "template", "--format", "xlsx", "--out", cli.databasePath + "-wal")
        #expect(try cli.databaseBytes() == before)
        let nowhere = try cli.fails(6, "member", "template", "--format", "xlsx", "--out", "/nonexistent-folder/x.xlsx")
        #expect(nowhere.stderr.hasPrefix("错误：") && !nowhere.stderr.contains("UserFacingError"), "\(nowhere.stderr)")
    }

    @Test("an import's warnings from a workbook name the cell (花名册!A3) as its refusals do; a header with a trailing space still names its column")
    func warningsByCell() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        func withID(_ name: String, _ born: String, _ id: String) -> [WorkbookCell] {
            var row = Self.member(name, born)
            row[3] = .text(id)
            return row
        }
        var header = Self.rollHeader
        header[2] = .text("出生日期 ")
        let twins = cli.path("twins.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "花名册", rows: [header, withID("王建国", "1968-04-12", "330521196804120036"),
                                                                      withID("王建国", "1968-04-12", "330521196804120052")])], to: URL(fileURLWithPath: twins))
        let imported = try cli.ok("member", "import", twins, "--org", "V1", "--operator", "乡指导")
        #expect(imported.stderr.contains("花名册!A3") && imported.stderr.contains("请核实是否为两人"), "\(imported.stderr)")
        let bad = cli.path("bad.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "花名册", rows: [header, Self.member("赵刚", "1970-13-01")])], to: URL(fileURLWithPath: bad))
        let before = try cli.databaseBytes()
        let refused = try cli.fails(3, "member", "import", bad, "--org", "V1", "--operator", "乡指导")
        #expect(refused.stderr.contains("花名册!C2"), "\(refused.stderr)")
        #expect(try cli.databaseBytes() == before)
    }

    @Test("a header out at column XFD over a few thousand one-cell rows (31 million cells once padded to it) is refused by its size, nothing written")
    func paddingBomb() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let book = cli.path("wide.xlsx")
        try Self.patched([Self.roll], to: book) { xml in
            let start = xml.range(of: "<sheetData>")!, end = xml.range(of: "</sheetData>")!
            var rows = #"<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="XFD1" t="inlineStr"><is><t>备注</t></is></c></row>"#
            for row in 2...1_900 { rows += #"<row r="\#(row)"><c r="A\#(row)" t="inlineStr"><is><t>王建国</t></is></c></row>"# }
            return xml.replacingCharacters(in: start.upperBound..<end.lowerBound, with: rows)
        }
        let before = try cli.databaseBytes()
        let refused = try cli.fails(3, "member", "import", book, "--org", "V1", "--operator", "乡指导")
        #expect(refused.stderr.contains("超过 3000 万个"), "\(refused.stderr)")
        #expect(try cli.databaseBytes() == before)
    }

    @Test("a workbook whose deflated part never ends (found by the fuzz test, which hung on it) is damage, refused at once")
    func endlessDeflate() throws {
        // On Linux ZIPFoundation's own reader fed the inflater empty chunks for ever past the file's end.
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/endless-deflate.xlsx")
        #expect(throws: WorkbookError.self) { _ = try Workbook(path: fixture.path).rows { _ in } }
        // A sound workbook still reads, each part checked against its CRC-32.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-deflate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sound = folder.appendingPathComponent("roll.xlsx")
        try WorkbookWriter.write([Self.roll], to: sound)
        var rows = 0
        try Workbook(path: sound.path).rows { _ in rows += 1 }
        #expect(rows == 4)
        // The same workbook with one byte of its sheet's compressed data changed: refused, never read half.
        var bytes = [UInt8](try Data(contentsOf: sound))
        let archive = try Archive(url: sound, accessMode: .read)
        let sheet = try #require(archive["xl/worksheets/sheet1.xml"])
        #expect(sheet.isCompressed)
        _ = bytes.count
        bytes[bytes.count / 2] ^= 0x5A
        let changed = folder.appendingPathComponent("changed.xlsx")
        try Data(bytes).write(to: changed)
        #expect(throws: (any Error).self) { _ = try Workbook(path: changed.path).rows { _ in } }
    }

    @Test("a check-in list from a pipe (--file /dev/stdin)")
    func pipe() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli, open: false)
        let checked = try cli.run(["congress", "check-in", "-e", "V1", "--file", "/dev/stdin", "--operator", "村书记"], input: "王建国\n李秀英\n")
        #expect(checked.status == 0 && checked.stdout.contains("实到2人"), "\(checked.stderr)")
    }

    @Test("the writer leaves out what XML cannot carry (U+FFFE, U+FFFF, control characters): the workbook stays readable")
    func writerCharacters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("odd.xlsx")
        try WorkbookWriter.write([TableSheet(name: "组织", columns: [TableColumn("名称")], rows: [["怪\u{FFFE}村\u{0001}\u{FFFF}"]])], to: path)
        var read: [[String]] = []
        try Workbook(path: path.path).rows { read.append($0.fields) }
        #expect(read == [["名称"], ["怪村"]])
    }
}
