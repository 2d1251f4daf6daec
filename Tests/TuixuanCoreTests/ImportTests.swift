import Foundation
import CoreFoundation
import Testing
@testable import TuixuanCore

@Suite("CSV reader")
struct CSVTests {
    @Test("quoted fields, escaped quotes, CRLF and blank rows")
    func basics() throws {
        let parsed = try parseCSV("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\r\n,,\r\n1,2,3")
        #expect(parsed.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", ""], ["1", "2", "3"]])
        #expect(parsed.map(\.line) == [1, 2, 4])
    }

    @Test("a field spanning lines keeps the physical line numbers of later records")
    func multiline() throws {
        let parsed = try parseCSV("h1,h2\n\"line one\nline two\",b\nc,d\n")
        #expect(parsed[1].fields == ["line one\nline two", "b"])
        #expect(parsed[1].line == 2)
        #expect(parsed[2].line == 4)
    }

    @Test("an unterminated quote names the line where its record starts")
    func unterminated() {
        #expect(throws: CSVSyntaxError(line: 3, column: 2, problem: .unterminatedQuote)) {
            try parseCSV("a,b\n1,2\n3,\"4\n5,6\n")
        }
    }

    @Test("text after a closing quote is an error at that column")
    func afterQuote() {
        #expect(throws: CSVSyntaxError(line: 2, column: 1, problem: .characterAfterClosingQuote("x"))) {
            try parseCSV("a,b\n\"1\"x,2\n")
        }
    }

    @Test("a lone CR ends a record, and a missing final newline is fine")
    func lineEnds() throws {
        #expect(try parseCSV("a\rb").map(\.fields) == [["a"], ["b"]])
        #expect(try parseCSV("").isEmpty)
    }
}

@Suite("Text encodings")
struct TextDecodingTests {
    let sample = "姓名,性别\n张三,男\n"

    @Test("UTF-8 with and without a BOM")
    func utf8() throws {
        #expect(try decodeText(Array(sample.utf8)) == (sample, .utf8))
        let withBOM = try decodeText([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(withBOM.text == sample && withBOM.encoding == .utf8)
    }

    @Test("GB18030, as Excel in China writes it")
    func gb18030() throws {
        // 姓名,性别\n张三,男\n in GB18030.
        let bytes: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xD0, 0xD4, 0xB1, 0xF0, 0x0A, 0xD5, 0xC5, 0xC8, 0xFD, 0x2C, 0xC4, 0xD0, 0x0A]
        let decoded = try decodeText(bytes)
        #expect(decoded.text == sample)
        #expect(decoded.encoding == .gb18030)
    }

    @Test("bytes that are neither are refused with the offset of the first bad UTF-8 byte")
    func neither() {
        #expect(throws: TextDecodingError(tried: [.utf8], firstInvalidUTF8Offset: 3)) {
            try decodeText([0x61, 0x62, 0x63, 0xFF, 0x64], encoding: .utf8)
        }
    }
}

@Suite("Member roll parsing")
struct MemberRollTests {
    static let header = "姓名,性别,出生日期,身份证号,文化程度,入党日期,党员类别,处分情况,留党察看开始日期,留党察看截止日期,流动党员,联系电话"
    static let today = date("2026-11-21")

    func parse(_ rows: [String]) throws(ImportRejected) -> ParsedRoll {
        try parseMemberRoll(records(([Self.header] + rows).joined(separator: "\n")), today: Self.today)
    }

    @Test("a good roll reads every field")
    func good() throws {
        let roll = try parse([
            "王建国,男,1968-04-12,33052119680412001X,高中,1992-07-01,正式,无,,,否,13800000000",
            "李秀英,女,1990/3/5,,大学本科,2015年6月30日,预备,,,,是,",
            "赵刚,男,1975-01-01,,初中,2000-01-01,正式,留党察看,2026-01-01,2027-01-01,,",
        ])
        #expect(roll.members.count == 3)
        let (line, first) = roll.members[0]
        #expect(line == 2)
        #expect(first.name == "王建国" && first.gender == .male && first.education == .highSchool && first.status == .full)
        #expect(first.idNumber == "33052119680412001X")
        #expect(roll.members[1].member.status == .probationary && roll.members[1].member.away)
        #expect(roll.members[2].member.discipline == .probation && roll.members[2].member.probationEnd == date("2027-01-01"))
    }

    @Test("CJK numerals in names are not digits (万, 陆 are surnames)")
    func numeralSurnames() throws {
        let roll = try parse(["万伟强,男,1968-04-12,,高中,1992-07-01,正式,,,,,", "陆兰,女,1970-01-01,,高中,1992-07-01,正式,,,,,"])
        #expect(roll.members.map(\.member.name) == ["万伟强", "陆兰"])
    }

    struct BadRow: Sendable, CustomTestStringConvertible {
        var label: String
        var row: String
        var column: String
        var testDescription: String { label }
    }

    static let badRows: [BadRow] = [
        BadRow(label: "empty name", row: ",男,1968-04-12,,高中,1992-07-01,正式,,,,,", column: "姓名"),
        BadRow(label: "digits in the name", row: "王2,男,1968-04-12,,高中,1992-07-01,正式,,,,,", column: "姓名"),
        BadRow(label: "unknown gender", row: "王建国,未知,1968-04-12,,高中,1992-07-01,正式,,,,,", column: "性别"),
        BadRow(label: "impossible birth date", row: "王建国,男,1968-02-30,,高中,1992-07-01,正式,,,,,", column: "出生日期"),
        BadRow(label: "birth in the future", row: "王建国,男,2027-01-01,,高中,2050-07-01,正式,,,,,", column: "出生日期"),
        BadRow(label: "unknown education", row: "王建国,男,1968-04-12,,博士后,1992-07-01,正式,,,,,", column: "文化程度"),
        BadRow(label: "joined in the future", row: "王建国,男,1968-04-12,,高中,2027-07-01,正式,,,,,", column: "入党日期"),
        BadRow(label: "joined under 18", row: "王建国,男,1968-04-12,,高中,1986-04-11,正式,,,,,", column: "入党日期"),
        BadRow(label: "unknown status", row: "王建国,男,1968-04-12,,高中,1992-07-01,临时,,,,,", column: "党员类别"),
        BadRow(label: "unknown discipline", row: "王建国,男,1968-04-12,,高中,1992-07-01,正式,开除,,,,", column: "处分情况"),
        BadRow(label: "probation without its end", row: "王建国,男,1968-04-12,,高中,1992-07-01,正式,留党察看,2026-01-01,,,", column: "留党察看截止日期"),
        BadRow(label: "probation ending before it starts", row: "王建国,男,1968-04-12,,高中,1992-07-01,正式,留党察看,2026-01-01,2025-01-01,,", column: "留党察看截止日期"),
        BadRow(label: "a probation period without probation", row: "王建国,男,1968-04-12,,高中,1992-07-01,正式,无,,2027-01-01,,", column: "留党察看截止日期"),
        BadRow(label: "bad away flag", row: "王建国,男,1968-04-12,,高中,1992-07-01,正式,,,,也许,", column: "流动党员"),
        BadRow(label: "bad phone", row: "王建国,男,1968-04-12,,高中,1992-07-01,正式,,,,,12ab", column: "联系电话"),
        BadRow(label: "ID check character wrong", row: "王建国,男,1968-04-12,330521196804120016,高中,1992-07-01,正式,,,,,", column: "身份证号"),
        BadRow(label: "ID birth date differs", row: "王建国,男,1968-04-13,33052119680412001X,高中,1992-07-01,正式,,,,,", column: "身份证号"),
        BadRow(label: "ID sex differs", row: "王秀英,女,1968-04-12,33052119680412001X,高中,1992-07-01,正式,,,,,", column: "身份证号"),
    ]

    @Test("every kind of bad cell is reported with line, column and value", arguments: badRows)
    func badRow(_ c: BadRow) {
        do {
            _ = try parse(["李明,男,1970-01-01,,高中,1995-01-01,正式,,,,,", c.row])
            Issue.record("accepted: \(c.label)")
        } catch {
            #expect(error.issues.contains { $0.line == 3 && $0.column == c.column }, "\(error.issues)")
            #expect(!error.issues.contains { $0.line == 2 }, "the good row must not be blamed")
        }
    }

    @Test("every bad row of the file is listed, not only the first")
    func allBadRows() {
        do {
            _ = try parse(Self.badRows.map(\.row))
            Issue.record("accepted a file of bad rows")
        } catch {
            #expect(Set(error.issues.map(\.line)) == Set(2..<(2 + Self.badRows.count)))
        }
    }

    @Test("the same ID number twice is the same person twice")
    func duplicateID() {
        #expect(throws: ImportRejected.self) {
            try parse(["王建国,男,1968-04-12,33052119680412001X,高中,1992-07-01,正式,,,,,",
                       "王建国,男,1968-04-12,33052119680412001X,初中,1992-07-01,正式,,,,,"])
        }
    }

    @Test("same name and birth date without ID numbers is rejected; with different ID numbers it is a warning")
    func duplicateNameAndBirth() throws {
        do {
            _ = try parse(["李明,男,1970-01-01,,高中,1995-01-01,正式,,,,,", "李明,男,1970-01-01,,初中,1995-01-01,正式,,,,,"])
            Issue.record("accepted a probable duplicate")
        } catch {
            #expect(error.issues.map(\.line) == [3])
        }
        let roll = try parse([
            "李明,男,1970-01-01,\(SampleCounty.residentID(region: "330521", birth: date("1970-01-01"), sequence: 1, female: false)),高中,1995-01-01,正式,,,,,",
            "李明,男,1970-01-01,\(SampleCounty.residentID(region: "330521", birth: date("1970-01-01"), sequence: 2, female: false)),高中,1995-01-01,正式,,,,,",
        ])
        #expect(roll.members.count == 2)
        #expect(roll.warnings.map(\.line) == [3])
    }

    @Test("header problems: missing required, unknown, repeated columns")
    func headers() {
        do {
            _ = try parseMemberRoll(records("姓名,性别,生日,学历,文化程度\n王建国,男,1968-04-12,高中,高中\n"), today: Self.today)
            Issue.record("accepted a bad header")
        } catch {
            let columns = Set(error.issues.filter { $0.line == 1 }.compactMap(\.column))
            #expect(columns.isSuperset(of: ["生日", "文化程度", "出生日期", "入党日期", "党员类别"]))
        }
    }

    @Test("a row with more cells than the header (an unquoted comma) is reported")
    func extraCells() {
        do {
            _ = try parse(["王建国,男,1968-04-12,,高中,1992-07-01,正式,,,,,,多余"])
            Issue.record("accepted an over-long row")
        } catch {
            #expect(error.issues.map(\.line) == [2])
        }
    }

    @Test("an empty file and a header-only file are rejected")
    func empty() {
        #expect(throws: ImportRejected.self) { try parseMemberRoll([], today: Self.today) }
        #expect(throws: ImportRejected.self) { try parse([]) }
    }
}

@Suite("Roll import plans")
struct RollPlanTests {
    func parsed(_ members: [Member]) -> ParsedRoll {
        ParsedRoll(members: members.enumerated().map { ($0.offset + 2, $0.element) }, warnings: [])
    }

    @Test("new, changed and unchanged members; members missing from the file are reported, not removed")
    func plan() throws {
        let existing = [member("甲", id: 1, idNumber: "33052119680412001X"), member("乙", id: 2), member("丙", id: 3)]
        var changed = member("乙")
        changed.away = true
        let plan = try planRollImport(parsed: parsed([member("甲", idNumber: "33052119680412001X"), changed, member("丁")]), existing: existing, idNumbersElsewhere: [:])
        #expect(plan.inserts.map(\.member.name) == ["丁"])
        #expect(plan.updates.map(\.member.name) == ["乙"])
        #expect(plan.updates.first?.changed == ["away"])
        #expect(plan.unchangedCount == 1)
        #expect(plan.notInFile.map(\.name) == ["丙"])
    }

    @Test("the same file again changes nothing")
    func idempotent() throws {
        let existing = [member("甲", id: 1), member("乙", id: 2)]
        let plan = try planRollImport(parsed: parsed([member("甲"), member("乙")]), existing: existing, idNumbersElsewhere: [:])
        #expect(!plan.changesAnything)
        #expect(plan.unchangedCount == 2)
    }

    @Test("a person already on another organization's roll is refused")
    func elsewhere() {
        #expect(throws: ImportRejected.self) {
            try planRollImport(parsed: parsed([member("甲", idNumber: "33052119680412001X")]), existing: [],
                               idNumbersElsewhere: ["33052119680412001X": "东升村"])
        }
    }

    @Test("a file row matching two members without ID numbers is ambiguous")
    func ambiguous() {
        #expect(throws: ImportRejected.self) {
            try planRollImport(parsed: parsed([member("甲")]), existing: [member("甲", id: 1), member("甲", id: 2)], idNumbersElsewhere: [:])
        }
    }
}

@Suite("Organization lists")
struct OrganizationListTests {
    @Test("a good list")
    func good() throws {
        let rows = try parseOrganizationList(records("代码,名称,层级,上级代码,上届委员会职数\n330521001,城关镇,乡镇,330521,\n330521001001,红旗村,村,330521001,3\n"))
        #expect(rows.map(\.level) == [.township, .village])
        #expect(rows[1].previousCommitteeSize == 3)
    }

    @Test("bad rows are all reported")
    func bad() {
        do {
            _ = try parseOrganizationList(records("代码,名称,层级,上级代码,上届委员会职数\n33 05,城关镇,乡镇,330521,\nX1,,省,,\nX2,某村,村,,20\nX2,某乡,乡镇,330521,3\n"))
            Issue.record("accepted a bad list")
        } catch {
            #expect(Set(error.issues.map(\.line)) == [2, 3, 4, 5])
        }
    }
}

@Suite("Sample county")
struct SampleCountyTests {
    @Test("the same seed gives the same county, and every generated roll passes the importer")
    func reproducibleAndValid() throws {
        let a = SampleCounty.generate(seed: 7, congressDate: date("2026-12-02"))
        let b = SampleCounty.generate(seed: 7, congressDate: date("2026-12-02"))
        #expect(a.organizationsCSV == b.organizationsCSV)
        #expect(a.villages.map(\.rollCSV) == b.villages.map(\.rollCSV))
        #expect(a.villages.count == 10)
        _ = try parseOrganizationList(records(a.organizationsCSV))
        for village in a.villages {
            let roll = try parseMemberRoll(records(village.rollCSV), today: date("2026-11-21"))
            #expect(roll.members.count == village.memberCount)
        }
        #expect(SampleCounty.generate(seed: 8, congressDate: date("2026-12-02")).villages[0].rollCSV != a.villages[0].rollCSV)
    }
}


@Suite("Reading files a piece at a time")
struct StreamingTests {
    @Test("the CSV reader fed in random pieces gives the records it gives fed whole", arguments: 0..<40)
    func piecesEqualWhole(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(700 + seed))
        let cells = ["a", "王五", "\"引,号\"", "\"多\r\n行\"", "\"\"\"x\"\"\"", "", " 空 ", "○"]
        let ends = ["\n", "\r\n", "\r"]
        var text = ""
        for _ in 0..<Int.random(in: 1...30, using: &random) {
            text += (0..<Int.random(in: 1...5, using: &random)).map { _ in cells.randomElement(using: &random)! }.joined(separator: ",")
            text += ends.randomElement(using: &random)!
        }
        if Bool.random(using: &random) { text += "尾,行" }
        let whole = try parseCSV(text)
        var parser = CSVParser()
        var pieces: [CSVRecord] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let cut = rest.index(rest.startIndex, offsetBy: min(rest.count, Int.random(in: 1...7, using: &random)))
            try parser.feed(String(rest[..<cut])) { pieces.append($0) }
            rest = rest[cut...]
        }
        try parser.finish { pieces.append($0) }
        #expect(pieces == whole)
    }

    @Test("an unclosed quote is reported the same way, whole or in pieces")
    func unclosedInPieces() throws {
        var parser = CSVParser()
        try parser.feed("a,b\n\"c,") { _ in }
        #expect(throws: CSVSyntaxError(line: 2, column: 1, problem: .unterminatedQuote)) { try parser.finish { _ in } }
        #expect(throws: CSVSyntaxError(line: 2, column: 1, problem: .unterminatedQuote)) { try parseCSV("a,b\n\"c,") }
    }

    @Test("files cut at line ends decode piece by piece, in UTF-8 and GB18030, whatever the chunk size", arguments: [1, 2, 3, 5, 64, 4096])
    func lineCutDecoding(chunk: Int) throws {
        let text = "姓名,性别\n欧阳娜娜,女\n王五,男\n最后一行没有换行"
        let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(0x0632))
        for (bytes, encoding) in [(Array(text.utf8), TextEncoding.utf8), (Array(text.data(using: gb18030)!), .gb18030)] {
            var pieces = LinePieces()
            var decoded = ""
            for start in stride(from: 0, to: bytes.count, by: chunk) {
                if let piece = pieces.add(Array(bytes[start..<min(bytes.count, start + chunk)])) { decoded += try #require(decodePiece(piece, as: encoding)) }
            }
            decoded += try #require(decodePiece(pieces.rest(), as: encoding))
            #expect(decoded == text)
        }
    }
}

@Suite("White space")
struct WhiteSpaceTests {
    @Test("the scalar list is Unicode's White_Space property, over the whole Basic Multilingual Plane")
    func matchesProperty() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}

/// Issue 16: a spreadsheet cell read as the text a CSV field would hold.
@Suite("Spreadsheet cells")
struct SpreadsheetCellTests {
    @Test("cell references and column letters", arguments: [("A1", 0, 1), ("D17", 3, 17), ("Z9", 25, 9), ("AA100", 26, 100), ("ZZ2", 701, 2), ("AAA1", 702, 1)])
    func references(reference: String, column: Int, row: Int) {
        #expect(SpreadsheetCell.position(of: reference)?.column == column && SpreadsheetCell.position(of: reference)?.row == row)
        #expect(SpreadsheetCell.letters(ofColumn: column) + String(row) == reference)
    }

    @Test("not references", arguments: ["", "17", "D", "d17", "D0", "ABCD1"])
    func notReferences(text: String) { #expect(SpreadsheetCell.position(of: text) == nil) }

    @Test("date formats: built-in and custom, not numbers, text or times", arguments: [
        (14, nil, true), (22, nil, true), (31, nil, true), (57, nil, true), (0, nil, false), (2, nil, false), (49, "@", false),
        (176, #"yyyy"年"m"月"d"日""#, true), (177, "yyyy/mm/dd", true), (178, "0.00", false), (179, "[Red]0", false), (180, "h:mm", false),
        (181, #""m²"0"#, false),
        // LibreOffice names its general format: "General" holds an e (Excel's era-year token) but is no date; nor is a
        // character shown literally with a backslash, or one after _ (spacing) or * (fill).
        (164, "General", false), (165, "general", false), (182, "0.00;[Red]-0.00;General", false), (183, #"0\d"#, false),
        (184, "0_e", false), (185, "*d0", false), (186, "e/m/d", true), (187, "[$-404]e/m/d", true),
    ] as [(Int, String?, Bool)])
    func dateFormats(id: Int, code: String?, isDate: Bool) { #expect(SpreadsheetCell.isDateFormat(id: id, code: code) == isDate) }

    @Test("date serials, read from their digits", arguments: [
        ("45627", false, "2024-12-01"), ("45627.75", false, "2024-12-01"), ("61", false, "1900-03-01"), ("1", false, "1900-01-01"),
        ("59", false, "1900-02-28"), ("60", false, nil), ("0", false, nil), ("0", true, "1904-01-01"), ("44165", true, "2024-12-01"), ("4.5627E+4", false, nil), ("abc", false, nil),
        // A date computed in floating point, a hair before midnight, is the next day; a real evening time is not.
        ("25627.9999999999", false, "1970-03-01"), ("25627.99999", false, "1970-02-28"), ("25627.9999943", false, "1970-03-01"),
    ] as [(String, Bool, String?)])
    func serials(serial: String, date1904: Bool, text: String?) { #expect(SpreadsheetCell.dateText(serial: serial, date1904: date1904) == text) }

    @Test("numbers keep their digits: no floating-point value in between", arguments: [
        ("13800000000", "13800000000"), ("1.5", "1.5"), ("1.5E-3", "0.0015"), ("-2.5E+2", "-250"), ("1E+0", "1"),
        ("12345678901234567890", "12345678901234567890"), ("13800138000.0", "13800138000"), ("1.2E+10", "12000000000"),
        // More than Excel's 15 digits: an ID typed into a number cell has lost digits, so it is left as stored, to be refused.
        ("3.3052119680412E+17", "3.3052119680412E+17"), ("1E9223372036854775807", "1E9223372036854775807"), ("1E-900000000", "1E-900000000"),
    ])
    func numbers(raw: String, text: String) { #expect(SpreadsheetCell.numberText(raw) == text) }
}

@Suite("Check-in lists")
struct CheckInListTests {
    @Test("a plain list: one member a line, blank lines passed over")
    func plain() throws {
        let entries = try parseCheckInList(records("王建国\n\n330521196804120016\n#12\n"))
        #expect(entries == [CheckInEntry(line: 1, reference: "王建国"), CheckInEntry(line: 3, reference: "330521196804120016"), CheckInEntry(line: 4, reference: "#12")])
    }

    @Test("a sign-in table: the ID number when there is one, else the name; only rows marked present", arguments: [
        ("是", true), ("√", true), ("✓", true), ("○", true), ("到", true), ("已签到", true), ("1", true), ("TRUE", true),
        ("", false), ("否", false), ("×", false), ("缺席", false), ("未到", false), ("0", false), ("FALSE", false),
    ])
    func marks(mark: String, present: Bool) throws {
        let entries = try parseCheckInList(records("序号,姓名,身份证号,签到\n1,王建国,330521196804120016,\(mark)\n2,李秀英,,是\n"))
        #expect(entries.map(\.reference) == (present ? ["330521196804120016", "李秀英"] : ["李秀英"]))
    }

    @Test("a mark that is neither present nor absent, a marked row with no one named, a header with neither name nor ID: refused by line")
    func refused() {
        #expect(throws: ImportRejected.self) { try parseCheckInList(records("姓名,签到\n王建国,？\n")) }
        let unreadable = try? parseCheckInList(records("姓名,签到\n王建国,是\n李秀英,2\n,是\n"))
        #expect(unreadable == nil)
        do {
            _ = try parseCheckInList(records("姓名,签到\n王建国,是\n李秀英,2\n,是\n"))
        } catch {
            #expect(error.issues.map(\.line) == [3, 4] && error.issues[0].column == "签到" && error.issues[0].value == "2")
        }
        #expect(throws: ImportRejected.self) { try parseCheckInList(records("签到,备注\n是,\n")) }
        // Everyone marked absent, or an empty file: no one to check in is an error, not a silent nothing.
        #expect(throws: ImportRejected.self) { try parseCheckInList(records("姓名,签到\n王建国,否\n")) }
        #expect(throws: ImportRejected.self) { try parseCheckInList(records("\n\n")) }
        // Without a 签到 column every row listed is present.
        #expect((try? parseCheckInList(records("姓名\n王建国\n李秀英\n")))?.count == 2)
    }
}
