import Foundation
import Testing
import TuixuanCore
import TuixuanSpreadsheet
import ZIPFoundation

/// Issue 16: the files township offices have. Workbooks here are written with the program's own writer; each reads as
/// the same roll would from CSV.
@Suite("Excel workbooks in")
struct ExcelCLITests {
    static let header: [WorkbookCell] = ["姓名", "性别", "出生日期", "身份证号", "文化程度", "入党日期", "党员类别", "联系电话"].map { .text($0) }

    /// A roll as a county exports it: ID numbers and phone numbers as text, a birth date as a date cell, a joining date as
    /// text, a category from a formula, a title row merged across the columns above the header.
    func roll(_ cli: CLI, name: String = "roll.xlsx", extra: [[WorkbookCell]] = [], sheets: [WorkbookSheet] = []) throws -> String {
        let rows: [[WorkbookCell]] = [
            [.text("红旗村党员花名册")],
            Self.header,
            [.text("王建国"), .text("男"), .date(CivilDate(year: 1968, month: 4, day: 12)!), .text("33052119680412001X"), .text("高中"),
             .text("1992-07-01"), .formula("IF(1,\"正式\",\"预备\")", cached: "正式"), .text("05712345678")],
            [.text("李秀英"), .text("女"), .date(CivilDate(year: 1980, month: 3, day: 5)!), .empty, .text("大学本科"),
             .date(CivilDate(year: 2005, month: 6, day: 30)!), .text("正式"), .number("13800000000")],
            [], [],
        ] + extra
        let path = cli.path(name)
        try WorkbookWriter.write(sheets + [WorkbookSheet(name: "花名册", rows: rows, merges: ["A1:H1"])], to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a roll from .xlsx: text kept exact (ID and phone numbers), dates as dates or text, formulas by their value")
    func roll() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let imported = try cli.ok("member", "import", try roll(cli), "--org", "V1", "--operator", "乡指导")
        #expect(imported.stdout.contains("Excel：花名册") && imported.stdout.contains("新增2人"), "\(imported.stdout)")
        let members = try #require(try cli.ok("member", "list", "--org", "V1", "--json").json as? [[String: Any]])
        let wang = try #require(members.first { $0["name"] as? String == "王建国" })
        #expect(wang["id_number"] as? String == "33052119680412001X" && wang["phone"] as? String == "05712345678")
        #expect(wang["birth_date"] as? String == "1968-04-12" && wang["joined_date"] as? String == "1992-07-01" && wang["status"] as? String == "full")
        let li = try #require(members.first { $0["name"] as? String == "李秀英" })
        #expect(li["joined_date"] as? String == "2005-06-30" && li["phone"] as? String == "13800000000")
        // The same workbook again changes nothing.
        #expect(try cli.ok("member", "import", try roll(cli), "--org", "V1", "--operator", "乡指导").stdout.contains("未变2人"))
    }

    @Test("problems are named by sheet and cell, as Excel shows them; nothing is written")
    func cells() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let bad = try roll(cli, extra: [[.text("张伟"), .text("男"), .text("1970-13-01"), .empty, .text("高中"), .text("1990-01-01"), .text("正式")]])
        let before = try cli.databaseBytes()
        let refused = try cli.fails(3, "member", "import", bad, "--org", "V1", "--operator", "乡指导")
        #expect(refused.stderr.contains("花名册!C7") && refused.stderr.contains("1970-13-01"), "\(refused.stderr)")
        #expect(try cli.databaseBytes() == before)
    }

    @Test("--sheet picks a sheet; a missing one is named with the sheets there are; the first sheet by default")
    func sheets() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let book = try roll(cli, sheets: [WorkbookSheet(name: "说明", rows: [[.text("本表由县委组织部导出")]])])
        try cli.fails(3, "member", "import", book, "--org", "V1", "--operator", "乡指导")
        let missing = try cli.fails(3, "member", "import", book, "--org", "V1", "--sheet", "名单", "--operator", "乡指导")
        #expect(missing.stderr.contains("没有名为“名单”的工作表；有：说明、花名册"))
        try cli.ok("member", "import", book, "--org", "V1", "--sheet", "花名册", "--operator", "乡指导")
        // An organization list from a workbook too.
        let orgs = cli.path("orgs.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "组织", rows: [
            ["代码", "名称", "层级", "上级代码", "上届委员会职数"].map { .text($0) },
            [.text("V2"), .text("东升村"), .text("村"), .text("T1"), .number("5")],
        ])], to: URL(fileURLWithPath: orgs))
        try cli.ok("org", "import", orgs, "--operator", "县审核")
        #expect(try cli.ok("org", "list").stdout.contains("东升村"))
    }

    @Test("an old .xls or a password-protected workbook, a ZIP that is no workbook, a damaged file: refused by name, nothing written")
    func badFiles() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let before = try cli.databaseBytes()
        // An OLE compound file's signature: what .xls files and encrypted .xlsx files start with.
        let legacy = try cli.write("old.xls", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        #expect(try cli.fails(3, "member", "import", legacy, "--org", "V1", "--operator", "乡指导").stderr.contains("旧版 Excel（.xls）文件，或设置了打开密码"))
        let notABook = cli.path("other.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "x", rows: [])], to: URL(fileURLWithPath: notABook))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: notABook))
        bytes = bytes.prefix(bytes.count / 2)
        try bytes.write(to: URL(fileURLWithPath: cli.path("cut.xlsx")))
        #expect(try cli.fails(3, "member", "import", cli.path("cut.xlsx"), "--org", "V1", "--operator", "乡指导").stderr.contains("不是 Excel 工作簿"))
        let text = try cli.write("text.xlsx", "姓名,性别\n")
        #expect(try cli.fails(3, "member", "import", text, "--org", "V1", "--operator", "乡指导").stderr.contains("不是 Excel 工作簿"))
        #expect(try cli.databaseBytes() == before)
    }

    @Test("a sheet that inflates past the bound (a ZIP bomb) is refused as it inflates, never held whole")
    func zipBomb() throws {
        let cli = try CLI()
        let rows = (0..<20_000).map { _ in [WorkbookCell.text("同一个名字"), .text("男")] }
        let path = cli.path("bomb.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "炸弹", rows: rows)], to: URL(fileURLWithPath: path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count < 256 << 10, "the file itself is small; its sheet inflates past the bound")
        let workbook = try Workbook(path: path, partLimit: 256 << 10)
        #expect(throws: WorkbookError(.tooLarge(part: "xl/worksheets/sheet1.xml", limit: 256 << 10))) { try workbook.rows { _ in } }
        var count = 0
        try Workbook(path: path).rows { _ in count += 1 }
        #expect(count == 20_000)
    }
}

/// Issue 16, item 4: "fuzz the reader in CI like the CSV importers". Bytes of a real workbook changed at random: the
/// reader refuses with a WorkbookError, or reads rows; it never crashes or hangs.
@Suite("Excel reader fuzz")
struct ExcelFuzzTests {
    @Test("randomly damaged workbooks: refused by name or read, never a crash")
    func fuzz() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-xlsx-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if ProcessInfo.processInfo.environment["TUIXUAN_FUZZ_TRACE"] == nil { try? FileManager.default.removeItem(at: folder) } }
        let original = folder.appendingPathComponent("roll.xlsx")
        let rows: [[WorkbookCell]] = [ExcelCLITests.header] + (0..<40).map { index in
            [.text("党员\(index)"), .text("男"), .date(CivilDate(year: 1970, month: 1, day: 1 + index % 28)!), .text("3305211970010\(index % 10)001X"),
             .text("高中"), .number("\(2000 + index)"), .formula("A\(index + 2)", cached: "正式")]
        }
        try WorkbookWriter.write([WorkbookSheet(name: "花名册", rows: rows, merges: ["A1:B1"])], to: original)
        let bytes = [UInt8](try Data(contentsOf: original))
        var random = SystemRandomNumberGenerator()
        var refused = 0, read = 0
        for round in 0..<500 {
            var mutated = bytes
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                mutated[Int.random(in: 0..<mutated.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if round % 10 == 0 { mutated = Array(mutated.prefix(Int.random(in: 0..<mutated.count, using: &random))) }
            let path = folder.appendingPathComponent("fuzz-\(round).xlsx")
            try Data(mutated).write(to: path)
            if ProcessInfo.processInfo.environment["TUIXUAN_FUZZ_TRACE"] != nil { FileHandle.standardError.write(Data("fuzz \(path.path)\n".utf8)) }
            do {
                var count = 0
                try Workbook(path: path.path).rows { _ in count += 1 }
                read += 1
            } catch is WorkbookError {
                refused += 1
            }
        }
        #expect(refused + read == 500 && refused > 0)
    }
}

/// From an attack review of the reader: crafted sheets that trapped, hung or read a damaged cell as empty.
@Suite("Excel reader: crafted sheets")
struct ExcelCraftedTests {
    /// A workbook whose sheet part is `rows` (the inside of <sheetData>) and `tail` (after it), written raw.
    func workbook(_ rows: String, tail: String = "", strings: Int = 1) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-crafted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("crafted.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "花名册", rows: (0..<strings).map { [.text("文字\($0)")] })], to: url)
        let archive = try Archive(url: url, accessMode: .update)
        try archive.remove(try #require(archive["xl/worksheets/sheet1.xml"]))
        let xml = Data(#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\#(rows)</sheetData>\#(tail)</worksheet>"#.utf8)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) { position, size in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }
        return url.path
    }

    func rows(_ path: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        try Workbook(path: path).rows { records.append($0) }
        return records
    }

    @Test("merges written backwards, or to column XFD over empty rows: filled within the cells the sheet has (and 256 columns), no trap, no flood")
    func merges() throws {
        let backwards = try workbook(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>y</t></is></c></row>"#,
                                     tail: #"<mergeCells count="2"><mergeCell ref="A2:A1"/><mergeCell ref="C1:A1"/></mergeCells>"#)
        #expect(try rows(backwards).map(\.fields) == [["文字0", "x", "文字0"], ["文字0", "y"]])
        let empty = (3...20_002).map { #"<row r="\#($0)"/>"# }.joined()
        let wide = try workbook(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>"# + empty,
                                tail: #"<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>"#)
        #expect(try rows(wide).count == 1)
    }

    @Test("row numbers out of order, negative or past Excel's last row, and a shared string that is not there: damage, by name")
    func damage() throws {
        for sheet in [#"<row r="3"><c r="A3" t="s"><v>0</v></c></row><row r="1"><c r="A1" t="s"><v>0</v></c></row>"#,
                      #"<row r="-5"><c t="s"><v>0</v></c></row>"#, #"<row r="9223372036854775807"/><row/>"#,
                      #"<row r="1"><c r="A1" t="s"><v>99</v></c></row>"#] {
            #expect(throws: WorkbookError.self) { _ = try rows(try workbook(sheet)) }
        }
    }

    @Test("an empty sheet part, and numbers with huge exponents: read without a trap or a hang")
    func extremes() throws {
        #expect(try rows(try workbook("")).isEmpty)
        let huge = try workbook(#"<row r="1"><c r="A1"><v>1E900000000</v></c><c r="B1"><v>1E9223372036854775807</v></c><c r="C1"><v>13800138000.0</v></c></row>"#)
        #expect(try rows(huge).first?.fields == ["1E900000000", "1E9223372036854775807", "13800138000"])
    }
}
