import Foundation
import Testing
import TuixuanCore
import TuixuanSpreadsheet
import ZIPFoundation

/// Issue 16, the other way: what the program gives back as Excel (`--format xlsx`) carries the same rows as its CSV,
/// with ID numbers as text, dates as dates and counts as numbers; CSV carries a UTF-8 byte order mark unless `--no-bom`.
@Suite("Excel workbooks out, CSV with a byte order mark")
struct ExcelOutCLITests {
    /// A workbook's first sheet (or `sheet`) as rows of text, read by the program's own reader.
    static func rows(_ path: String, sheet: String? = nil) throws -> [[String]] {
        var rows: [[String]] = []
        try Workbook(path: path).rows(sheet: sheet) { rows.append($0.fields) }
        return rows
    }

    /// A CSV as rows, without its byte order mark, trailing empty cells dropped as the workbook reader drops them.
    static func rows(csv: String) throws -> [[String]] {
        try parseCSV(csv.hasPrefix("\u{FEFF}") ? String(csv.dropFirst()) : csv).map { record in
            Array(record.fields.reversed().drop(while: \.isEmpty).reversed())
        }.filter { !$0.isEmpty }
    }

    /// One part of a workbook as text.
    static func part(_ path: String, _ name: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var data = Data()
        _ = try archive.extract(try #require(archive[name])) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The same command's CSV and xlsx carry the same rows.
    func sameRows(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String]] {
        let csv = try cli.ok(arguments: arguments + ["--format", "csv", "--no-bom"]).stdout
        let book = cli.path("\(arguments.joined(separator: "-")).xlsx")
        #expect(try cli.ok(arguments: arguments + ["--format", "xlsx", "--out", book]).stdout.contains("已写入"), sourceLocation: sourceLocation)
        let fromBook = try Self.rows(book)
        #expect(fromBook == (try Self.rows(csv: csv)), sourceLocation: sourceLocation)
        return fromBook
    }

    @Test("the blank roll template: ID number and phone columns formatted as text, date columns as dates, the header frozen")
    func rollTemplate() throws {
        let cli = try CLI()
        let path = cli.path("template.xlsx")
        try cli.ok("member", "template", "--format", "xlsx", "--out", path)
        #expect(try Self.rows(path) == [MemberRollColumns.templateHeader.split(separator: ",").map(String.init)])
        let sheet = try Self.part(path, "xl/worksheets/sheet1.xml")
        // Columns C (出生日期) and F (入党日期) are dates (style 1); D (身份证号) and L (联系电话) text (style 2).
        for (column, style) in [(3, 1), (4, 2), (6, 1), (12, 2)] {
            #expect(sheet.contains(#"<col min="\#(column)" max="\#(column)""#) && sheet.contains(#"max="\#(column)" width="#), "\(column)")
            let col = try #require(sheet.components(separatedBy: "<col ").first { $0.hasPrefix(#"min="\#(column)" "#) })
            #expect(col.contains(#"style="\#(style)""#), "column \(column): \(col)")
        }
        #expect(sheet.contains(#"state="frozen""#))
        let styles = try Self.part(path, "xl/styles.xml")
        #expect(styles.contains(#"numFmtId="49""#) && styles.contains("yyyy"))
        // Without --out a workbook has nowhere to go: refused, and the screen gets no binary.
        let refused = try cli.run(["member", "template", "--format", "xlsx"])
        #expect(refused.status != 0 && refused.stderr.contains("xlsx 须用 --out") && refused.stdout.isEmpty)
    }

    @Test("CSV starts with the UTF-8 byte order mark Excel needs; --no-bom leaves it out; the template with it imports as a roll")
    func byteOrderMark() throws {
        let cli = try CLI()
        let withMark = try cli.ok("member", "template").stdout
        #expect(withMark.hasPrefix("\u{FEFF}姓名,性别"))
        let without = try cli.ok("member", "template", "--no-bom").stdout
        #expect(without.hasPrefix("姓名,性别") && !without.contains("\u{FEFF}"))
        // A person fills the template in: the mark at its head is no part of the first column's name.
        try cli.setUpCounty()
        let filled = try cli.write("filled.csv", withMark + "王建国,男,1968-04-12,33052119680412001X,高中,1992-07-01,正式,,,,否,\n")
        #expect(try cli.ok("member", "import", filled, "--org", "V1", "--operator", "乡指导").stdout.contains("新增1人"))
    }

    @Test("a roll written as .xlsx by the program reads back as the same members as its CSV")
    func rollRoundTrip() throws {
        let viaCSV = try CLI(), viaBook = try CLI()
        for cli in [viaCSV, viaBook] { try cli.setUpCounty() }
        try viaCSV.ok("dev", "roll", "--count", "300", "--congress-date", "2026-12-02", "--out", viaCSV.path("roll.csv"))
        try viaBook.ok("dev", "roll", "--count", "300", "--congress-date", "2026-12-02", "--out", viaBook.path("roll.xlsx"))
        let sheet = try Self.part(viaBook.path("roll.xlsx"), "xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<c r="C2" s="5"><v>"#), "a birth date is a date cell")
        try viaCSV.ok("member", "import", viaCSV.path("roll.csv"), "--org", "V1", "--operator", "乡指导")
        try viaBook.ok("member", "import", viaBook.path("roll.xlsx"), "--org", "V1", "--operator", "乡指导")
        let listed = try [viaCSV, viaBook].map { try $0.ok("member", "list", "--org", "V1", "--json").stdout }
        #expect(listed[0] == listed[1] && listed[0].contains("\"id_number\""))
        #expect(try viaBook.ok("member", "list", "--org", "V1", "--json").json.map { ($0 as? [Any])?.count } == 300)
    }

    @Test("the tellers' counting template, the count report, the vetting matrix and the overview: the same rows as CSV, numbers as numbers")
    func tables() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli)
        let template = try sameRows(cli, ["round", "template", "-e", "V1"])
        #expect(template.first == BallotSheet.header(candidates: ["万伟强", "王建国", "李秀英", "赵刚"], writeInSlots: 3))
        #expect(template.dropFirst().map(\.first) == (1...7).map { "\($0)" })
        let sheet = try Self.part(cli.path("round-template--e-V1.xlsx"), "xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<c r="A2" s="4"><v>1</v></c>"#), "票序 is a number")
        #expect(try sameRows(cli, ["candidates", "ballot", "-e", "V1"]) == template)
        _ = try CongressPathsCLITests().vote(cli, ["ooox", "ooox", "ooxo", "ooxo", "oxox", "xoxx", "oxxx"])
        let report = try sameRows(cli, ["congress", "report", "-e", "V1"])
        #expect(report.first?.prefix(3) == ["轮次", "类别", "应到"] && report.contains { $0.contains("万伟强") && $0.contains("当选") })
        let reportSheet = try Self.part(cli.path("congress-report--e-V1.xlsx"), "xl/worksheets/sheet1.xml")
        #expect(reportSheet.contains(#"<c r="C2" s="4"><v>7</v></c>"#), "应到 is a number: \(reportSheet.prefix(600))")
        let vetting = try sameRows(cli, ["candidates", "vetting", "show", "-e", "V1"])
        #expect(vetting.first?.first == "人选" && vetting.first?.last == "联审结论" && vetting.dropFirst().allSatisfy { $0.last == "均无问题" })
        let overview = try sameRows(cli, ["overview", "--org", "C1"])
        #expect(overview.count == 2 && overview[1][1] == "V1" && overview[1][2] == "红旗村")
        // CSV to a file carries the mark too.
        try cli.ok("congress", "report", "-e", "V1", "--format", "csv", "--out", cli.path("report.csv"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("report.csv"))).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    }

    @Test("kinds: a plain number is a number; a leading zero, an exponent, 16 digits or an ID number stay text; a date is a date")
    func cellKinds() {
        let table = TableSheet(name: "t", columns: [TableColumn("n", .number), TableColumn("d", .date), TableColumn("t")], rows: [
            ["12", "2026-12-02", "007"], ["007", "2026-02-30", "33052119680412001X"], ["-3.5", "", "13800000000"], ["1e5", "昨天", ""],
            ["1234567890123456", "2026-1-5", "="],
        ])
        let cells = table.workbookSheet.rows.dropFirst().map { $0 }
        #expect(cells[0] == [.number("12"), .date(CivilDate(year: 2026, month: 12, day: 2)!), .text("007")])
        #expect(cells[1] == [.text("007"), .text("2026-02-30"), .text("33052119680412001X")])
        #expect(cells[2] == [.number("-3.5"), .blank(.date), .text("13800000000")])
        #expect(cells[3] == [.text("1e5"), .text("昨天"), .blank(.text)])
        #expect(cells[4][0] == .text("1234567890123456") && cells[4][2] == .text("="))
        #expect(TableSheet(name: "计票[1]/A:B", columns: []).workbookSheet.name == "计票_1__A_B")
    }
}

/// Issue 16, "a workbook saved by a real spreadsheet program": LibreOffice Calc (Debian's libreoffice-calc-nogui, which
/// .ci/run installs) converts the sample's CSVs and re-saves the program's own workbooks, headless; each imports as its
/// CSV does. Calc, like Excel, turns an 18-digit ID number typed into a general column into a rounded number: that
/// roll is refused by cell, never stored with the wrong number.
@Suite("Workbooks saved by LibreOffice Calc")
struct LibreOfficeWorkbookTests {
    /// Converts `file` to .xlsx with soffice (its own profile, so parallel tests never share one) and returns the new file.
    static func convert(_ file: String, into folder: String, filter: String? = nil) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PrintedOutputTests.tool("soffice"))
        process.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "xlsx"]
            + (filter.map { ["--infilter=\($0)"] } ?? []) + ["--outdir", folder, file]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let made = URL(fileURLWithPath: folder).appendingPathComponent(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".xlsx").path
        #expect(process.terminationStatus == 0 && FileManager.default.fileExists(atPath: made), "soffice did not convert \(file)")
        return made
    }

    /// Calc's CSV filter: comma-separated, double quotes, UTF-8 (76), from line 1; the roll's ID number, phone and
    /// other columns as text (2) and its dates as year-month-day (5), as a township office sets up its roll sheet.
    static let rollColumns = "CSV:44,34,76,1,1/2/2/2/3/5/4/2/5/2/6/5/7/2/8/2/9/5/10/5/11/2/12/2"

    @Test("the sample roll and organization list converted by Calc, and the program's own roll re-saved by Calc, import as their CSVs")
    func calc() throws {
        let viaCSV = try CLI(), viaCalc = try CLI(), viaResave = try CLI()
        for cli in [viaCSV, viaCalc, viaResave] { try cli.ok("init", "--county-code", "330521", "--county-name", "示范县", "--reviewer", "县审核") }
        let sample = viaCSV.path("sample")
        try viaCSV.ok("dev", "sample", "--out", sample, "--congress-date", "2026-12-02", "--townships", "1", "--villages", "1", "--xlsx")
        let village = "330521001001"
        let roll = "\(sample)/rolls/\(village).csv"   // the first roll is plain UTF-8
        let converted = try Self.convert(roll, into: viaCalc.path("calc"), filter: Self.rollColumns)
        let resaved = try Self.convert("\(sample)/rolls/\(village).xlsx", into: viaResave.path("resaved"))
        let organizations = try Self.convert("\(sample)/organizations.csv", into: viaCalc.path("calc"), filter: "CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/1")
        for (cli, list, member) in [(viaCSV, "\(sample)/organizations.csv", roll), (viaCalc, organizations, converted),
                                    (viaResave, "\(sample)/organizations.xlsx", resaved)] {
            try cli.ok("org", "import", list, "--operator", "县审核")
            try cli.ok("member", "import", member, "--org", village, "--operator", "县审核")
        }
        let lists = try [viaCSV, viaCalc, viaResave].map { try $0.ok("member", "list", "--org", village, "--json").stdout }
        #expect(lists[0].contains("\"id_number\"") && lists[1] == lists[0] && lists[2] == lists[0])
        let orgs = try [viaCSV, viaCalc, viaResave].map { try $0.ok("org", "list", "--json").stdout }
        #expect(orgs[1] == orgs[0] && orgs[2] == orgs[0])
    }

    @Test("a roll converted by Calc with general columns: ID numbers rounded to floating point are refused by cell, nothing stored")
    func roundedIDNumbers() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let roll = try cli.write("roll.csv", CLI.rollHeader + "\n王建国,男,1968-04-12,330521196804120016,高中,1992-07-01,正式,无,,,否,13800000000\n")
        let converted = try Self.convert(roll, into: cli.path("calc"), filter: "CSV:44,34,76,1,")
        let before = try cli.databaseBytes()
        let refused = try cli.fails(3, "member", "import", converted, "--org", "V1", "--operator", "乡指导")
        #expect(refused.stderr.contains("roll!D2") && refused.stderr.contains("存成了数字，后几位已丢失"), "\(refused.stderr)")
        #expect(try cli.databaseBytes() == before)
    }
}

@Suite("Large workbooks")
struct LargeWorkbookTests {
    @Test("a workbook whose shared strings run past 10 MB on one line (a 100,000-member roll has 15 MB) reads whole")
    func largeSharedStrings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.xlsx")
        let padding = String(repeating: "党员", count: 20)
        let rows = (0..<150_000).map { [WorkbookCell.text("\(padding)\($0)")] }
        try WorkbookWriter.write([WorkbookSheet(name: "名册", rows: rows)], to: path)
        var count = 0, last = ""
        try Workbook(path: path.path).rows { record in
            count += 1
            last = record.fields.first ?? ""
        }
        #expect(count == 150_000 && last == "\(padding)149999")
    }
}

@Suite("Check-in from a sign-in sheet")
struct CheckInSheetTests {
    @Test("the sign-in sheet as a workbook: a title row, a one-column name list or a table with 签到 marks; a bad mark refused by cell")
    func signInSheet() throws {
        let cli = try CLI()
        try CongressCLITests().prepareCongress(cli, open: false)
        let header: [WorkbookCell] = ["序号", "姓名", "签到"].map { .text($0) }
        func sheet(_ name: String, _ rows: [[String]]) throws -> String {
            let path = cli.path(name)
            try WorkbookWriter.write([WorkbookSheet(name: "签到表", rows: [[.text("红旗村党员大会签到表")], header]
                + rows.map { $0.map { $0.isEmpty ? WorkbookCell.empty : .text($0) } }, merges: ["A1:C1"])], to: URL(fileURLWithPath: path))
            return path
        }
        let bad = try sheet("bad.xlsx", [["1", "王建国", "是"], ["2", "李秀英", "2"]])
        let before = try cli.databaseBytes()
        let refused = try cli.fails(3, "congress", "check-in", "-e", "V1", "--file", bad, "--operator", "村书记")
        #expect(refused.stderr.contains("签到表!C4") && refused.stderr.contains("签到标记应为"), "\(refused.stderr)")
        #expect(try cli.databaseBytes() == before)
        let good = try sheet("good.xlsx", [["1", "王建国", "是"], ["2", "李秀英", "√"], ["3", "万伟强", ""], ["4", "赵刚", "缺席"], ["5", "陆兰", "到"]])
        #expect(try cli.ok("congress", "check-in", "-e", "V1", "--file", good, "--operator", "村书记").stdout.contains("实到3人"))
        // A one-column list of names under its header: the header is found though it stands alone.
        let names = cli.path("names.xlsx")
        try WorkbookWriter.write([WorkbookSheet(name: "名单", rows: [[.text("姓名")], [.text("赵刚")], [.text("甲")]])], to: URL(fileURLWithPath: names))
        #expect(try cli.ok("congress", "check-in", "-e", "V1", "--file", names, "--operator", "村书记").stdout.contains("实到5人"))
    }
}
