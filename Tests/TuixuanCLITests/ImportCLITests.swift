import CoreFoundation
import Foundation
import GRDB
import Testing

@Suite("Roll import through the CLI")
struct ImportCLITests {
    /// A database with a county, a village and a roll, whose file bytes a rejected import must not change.
    func prepared() throws -> CLI {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        return cli
    }

    static let badFiles: [(String, [UInt8])] = [
        ("bad cells", Array("\(CLI.rollHeader)\n王五,男,1970-02-30,,博士后,1990-01-01,临时,,,,,\n".utf8)),
        ("a good row and a bad row", Array("\(CLI.rollHeader)\n新人,男,1970-01-01,,高中,1995-01-01,正式,,,,,\n坏人,X,1970-01-01,,高中,1995-01-01,正式,,,,,\n".utf8)),
        ("missing required column", Array("姓名,性别\n王五,男\n".utf8)),
        ("unknown column", Array("\(CLI.rollHeader),备注\n王五,男,1970-01-01,,高中,1995-01-01,正式,,,,,,x\n".utf8)),
        ("unterminated quote", Array("\(CLI.rollHeader)\n\"王五,男,1970-01-01,,高中,1995-01-01,正式,,,,,\n".utf8)),
        ("not text", [0xFF, 0xFE, 0x00, 0x81, 0x30, 0x81, 0xFF, 0x00]),
        ("empty", []),
        ("duplicate person", Array("\(CLI.rollHeader)\n王五,男,1970-01-01,,高中,1995-01-01,正式,,,,,\n王五,男,1970-01-01,,初中,1995-01-01,正式,,,,,\n".utf8)),
        ("person on another roll", Array("\(CLI.rollHeader)\n王建国,男,1968-04-12,33052119680412001X,高中,1992-07-01,正式,,,,,\n".utf8)),
    ]

    @Test("a rejected file exits 3, names the problem, and leaves the database byte-for-byte unchanged", arguments: 0..<badFiles.count)
    func rejected(index: Int) throws {
        let cli = try prepared()
        let (label, bytes) = Self.badFiles[index]
        // The last case is a person already on V1's roll, imported into another village.
        let target = label == "person on another roll" ? "V2" : "V1"
        if target == "V2" {
            try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1")
        }
        let before = try cli.databaseBytes()
        let output = try cli.fails(3, "member", "import", try cli.write("bad.csv", bytes: bytes), "--org", target, "--operator", "乡指导")
        #expect(output.stderr.contains("bad.csv"), "\(label): \(output.stderr)")
        #expect(try cli.databaseBytes() == before, "\(label) changed the database")
    }

    @Test("every bad row is listed with its line, column and value")
    func everyRow() throws {
        let cli = try prepared()
        let file = try cli.write("bad.csv", "\(CLI.rollHeader)\n王五,男,1970-02-30,,高中,1990-01-01,正式,,,,,\n好人,男,1970-01-01,,高中,1995-01-01,正式,,,,,\n赵六,女,1970-01-01,,博士后,1990-01-01,临时,,,,,\n")
        let output = try cli.fails(3, "member", "import", file, "--org", "V1", "--operator", "乡指导")
        #expect(output.stderr.contains("第2行，“出生日期”列，值“1970-02-30”"))
        #expect(output.stderr.contains("第4行，“文化程度”列，值“博士后”"))
        #expect(output.stderr.contains("第4行，“党员类别”列，值“临时”"))
        #expect(!output.stderr.contains("第3行"))
    }

    @Test("re-importing the same file changes nothing; a changed file reports what changed")
    func reimport() throws {
        let cli = try prepared()
        let before = try cli.databaseBytes()
        let again = try cli.ok("member", "import", cli.path("roll.csv"), "--org", "V1", "--operator", "乡指导", "--json")
        let report = try #require(again.json as? [String: Any])
        #expect(report["inserted"] as? Int == 0)
        #expect(report["unchanged"] as? Int == 5)
        #expect(report["written"] as? Bool == false)
        #expect(try cli.databaseBytes() == before)

        let changed = CLI.goodRoll.replacingOccurrences(of: "万伟强,男,1975-09-09,,初中", with: "万伟强,男,1975-09-09,,高中")
        let output = try cli.ok("member", "import", try cli.write("roll2.csv", changed), "--org", "V1", "--operator", "乡指导")
        #expect(output.stdout.contains("更新1人"))
        #expect(output.stdout.contains("文化程度有变动"), "fields in the user's words, not the column keys (issue 13)")
    }

    @Test("GB18030 and UTF-8 with BOM are read as Excel writes them")
    func encodings() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1")
        let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(0x0632))
        let bytes = [UInt8](CLI.goodRoll.data(using: gb18030)!)
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the fixture must not be valid UTF-8")
        let output = try cli.ok("member", "import", try cli.write("gb.csv", bytes: bytes), "--org", "V1", "--operator", "乡指导")
        #expect(output.stdout.contains("gb18030"))
        let members = try #require(try cli.ok("member", "list", "--org", "V1", "--json").json as? [[String: Any]])
        #expect(Set(members.compactMap { $0["name"] as? String }) == ["王建国", "李秀英", "万伟强", "陆兰", "赵刚"])

        let bom = [0xEF, 0xBB, 0xBF] + Array(CLI.goodRoll.replacingOccurrences(of: "33052119680412001X", with: "").utf8)
        let second = try cli.ok("member", "import", try cli.write("bom.csv", bytes: bom), "--org", "V2", "--operator", "乡指导")
        #expect(second.stdout.contains("新增5人"))
    }

    @Test("an organization list imports whole or not at all")
    func organizations() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let before = try cli.databaseBytes()
        let bad = try cli.write("orgs-bad.csv", "代码,名称,层级,上级代码,上届委员会职数\nT9,新镇,乡镇,C1,\nV9,某村,村,T8,3\n")
        let output = try cli.fails(3, "org", "import", bad, "--operator", "县审核")
        #expect(output.stderr.contains("第3行"))
        #expect(try cli.databaseBytes() == before)
        let good = try cli.write("orgs.csv", "代码,名称,层级,上级代码,上届委员会职数\nT9,新镇,乡镇,C1,\nV9,某村,村,T9,3\nS9,某社区,社区,T9,5\n")
        try cli.ok("org", "import", good, "--operator", "县审核")
        let list = try #require(try cli.ok("org", "list", "--under", "T9", "--json").json as? [[String: Any]])
        #expect(list.compactMap { $0["code"] as? String } == ["T9", "S9", "V9"])
    }
}

/// Issue 15: "Counties export their members from the Party member information system as one file for every organization.
/// member import accepts such a file (an organization code column), all-or-nothing across organizations, with the same
/// checks and report per organization."
@Suite("County-wide roll import")
struct CountyRollCLITests {
    static let header = "组织代码," + CLI.rollHeader
    static func county() throws -> CLI {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1", "--previous-size", "3")
        try cli.ok("org", "add", "--operator", "县审核", "--code", "T2", "--name", "新塘镇", "--level", "township", "--parent", "C1")
        try cli.ok("org", "add", "--operator", "县审核", "--code", "V3", "--name", "新塘村", "--level", "village", "--parent", "T2", "--previous-size", "3")
        return cli
    }
    static let good = """
        \(header)
        V1,王建国,男,1968-04-12,33052119680412001X,高中,1992-07-01,正式,无,,,否,13800000000
        V2,李秀英,女,1980-03-05,,大学本科,2005-06-30,正式,,,,是,
        V1,万伟强,男,1975-09-09,,初中,2000-01-01,正式,,,,否,
        V3,陆兰,女,1990-01-01,,高中,2026-03-01,预备,,,,否,
        V3,赵刚,男,1970-01-01,,初中,1995-01-01,正式,,,,否,

        """

    @Test("one file of every village: each organization's roll imported and reported, one audited act each; the same file again changes nothing")
    func importsEveryOrganization() throws {
        let cli = try Self.county()
        let file = try cli.write("全县党员.csv", Self.good)
        let first = try cli.ok("member", "import", file, "--org", "C1", "--operator", "县审核", "--json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any], "\(first.stdout)")
        let organizations = try #require(report["organizations"] as? [[String: Any]], "\(first.stdout)")
        #expect(organizations.map { $0["organization_code"] as? String } == ["V1", "V2", "V3"], "\(first.stdout)")
        #expect(organizations.map { $0["inserted"] as? Int } == [2, 1, 2] && report["inserted"] as? Int == 5 && report["written"] as? Bool == true)
        #expect(try cli.ok("member", "list", "--org", "V3", "--json").stdout.contains("陆兰"))
        let queue = try DatabaseQueue(path: cli.databasePath)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT organization_id) FROM event WHERE kind = 'roll.imported'") } == 3,
                "one event per organization")
        try queue.close()
        let again = try cli.ok("member", "import", file, "--org", "C1", "--operator", "县审核")
        #expect(again.stdout.contains("3个组织，新增0人，更新0人，未变5人"), "\(again.stdout)")
        #expect(try cli.ok("audit", "verify").stdout.contains("核验通过"))
        // A township imports the part of the county under it, and nothing beyond.
        let township = try cli.write("城关镇.csv", Self.header + "\nV2,周梅,女,1985-02-02,,高中,2010-07-01,正式,,,,否,\n")
        #expect(try cli.ok("member", "import", township, "--org", "T1", "--operator", "乡指导").stdout.contains("1个组织，新增1人"))
    }

    @Test("all or nothing across organizations: a bad row in one, an unknown code, a village of another township, a code left blank — all named, nothing written")
    func allOrNothing() throws {
        let cli = try Self.county()
        let before = try cli.databaseBytes()
        let file = try cli.write("全县党员.csv", """
            \(Self.header)
            V1,王建国,男,1968-04-12,33052119680412001X,高中,1992-07-01,正式,无,,,否,13800000000
            V2,李秀英,女,1980-03-05,,大学本科,2005-06-30,正式,,,,是,
            V9,万伟强,男,1975-09-09,,初中,2000-01-01,正式,,,,否,
            V3,陆兰,女,1990-01-01,,高中,2026-03-01,预备,,,,否,
            ,赵刚,男,1970-01-01,,初中,1995-01-01,正式,,,,否,
            V2,钱芳,女,1970-13-01,,初中,1995-01-01,正式,,,,否,

            """)
        // Through the township: V3 lies in another township.
        let refused = try cli.fails(3, "member", "import", file, "--org", "T1", "--operator", "乡指导")
        #expect(refused.stderr.contains("第4行") && refused.stderr.contains("没有这个组织代码"), "\(refused.stderr)")
        #expect(refused.stderr.contains("第5行") && refused.stderr.contains("新塘村”（V3）不在“城关镇”（T1）之下"), "\(refused.stderr)")
        #expect(refused.stderr.contains("第6行") && refused.stderr.contains("组织代码"), "\(refused.stderr)")
        #expect(refused.stderr.contains("第7行") && refused.stderr.contains("出生日期"), "\(refused.stderr)")
        #expect(try cli.databaseBytes() == before)
        // A county-wide file read as one village's roll is never half-taken: --org a village with rows of others.
        let mixed = try cli.write("混合.csv", Self.good)
        let wrongScope = try cli.fails(3, "member", "import", mixed, "--org", "V1", "--operator", "县审核")
        #expect(wrongScope.stderr.contains("不是“红旗村”（V1）的代码"), "\(wrongScope.stderr)")
        #expect(try cli.databaseBytes() == before)
    }

    /// The attack review of the county-wide import: problems were reported in two rounds, two people of two villages with one
    /// name and birth date were refused as one, and a village's own export (with its code column) was refused to its secretary.
    @Test("attack review: every problem in one report; namesakes in two villages are two people; a village imports its own export; codes named")
    func attackReview() throws {
        let cli = try Self.county()
        try cli.ok("member", "import", try cli.write("v2.csv", Self.header + "\nV2,李秀英,女,1980-03-05,330521198003050022,大学本科,2005-06-30,正式,,,,是,\n"),
                   "--org", "C1", "--operator", "县审核")
        let before = try cli.databaseBytes()
        // A bad date, someone already on V2's roll put in V3, and an unknown code on a row that is bad too: all in one report.
        let mixed = try cli.write("mixed.csv", """
            \(Self.header)
            V1,王建国,男,1968-13-12,,高中,1992-07-01,正式,无,,,否,
            V3,李秀英,女,1980-03-05,330521198003050022,大学本科,2005-06-30,正式,,,,是,
            V9,万伟强,男,1975-09-99,,初中,2000-01-01,正式,,,,否,

            """)
        let refused = try cli.fails(3, "member", "import", mixed, "--org", "C1", "--operator", "县审核")
        #expect(refused.stderr.contains("第2行") && refused.stderr.contains("出生日期"), "\(refused.stderr)")
        #expect(refused.stderr.contains("第3行") && refused.stderr.contains("东升村（V2）"), "\(refused.stderr)")
        #expect(refused.stderr.contains("第4行") && refused.stderr.contains("没有这个组织代码"), "\(refused.stderr)")
        #expect(try cli.databaseBytes() == before)
        // Two 王伟 born the same day, in two villages, without ID numbers: two people (a warning), and the same file again changes nothing.
        let namesakes = try cli.write("namesakes.csv", Self.header + "\nV1,王伟,男,1970-05-01,,初中,1995-01-01,正式,,,,否,\nV3,王伟,男,1970-05-01,,高中,1996-01-01,正式,,,,否,\n")
        let two = try cli.ok("member", "import", namesakes, "--org", "C1", "--operator", "县审核")
        #expect(two.stdout.contains("新增2人") && two.stderr.contains("同一人"), "\(two.stdout)\(two.stderr)")
        #expect(try cli.ok("member", "import", namesakes, "--org", "C1", "--operator", "县审核").stdout.contains("新增0人"))
        // A village's own export, with the code column: its secretary imports it, with the village report (same JSON as ever).
        let own = try cli.write("own.csv", Self.header + "\nV1,周梅,女,1985-02-02,,高中,2010-07-01,正式,,,,否,\n,吴强,男,1986-02-02,,高中,2011-07-01,正式,,,,否,\n")
        let json = try cli.ok("member", "import", own, "--org", "V1", "--operator", "村书记", "--json").stdout
        #expect(json.contains("\"organization_code\"") && json.contains("\"inserted\" : 2") && !json.contains("scope_code"), "\(json)")
        let foreign = try cli.fails(3, "member", "import", try cli.write("foreign.csv", Self.header + "\nV2,郑华,男,1987-02-02,,高中,2012-07-01,正式,,,,否,\n"),
                                    "--org", "V1", "--operator", "村书记")
        #expect(foreign.stderr.contains("不是“红旗村”（V1）的代码"), "\(foreign.stderr)")
    }
}

@Suite("Fuzzing the importers through the binary")
struct ImportFuzzCLITests {
    @Test("40 malformed rolls: never a crash, a rejection names the file, and the database is unchanged")
    func fuzzedRolls() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        var state: UInt64 = 4242
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
        let nasty = ["\"", "\n", ",,", "'; DROP TABLE member; --", "\u{0}", String(repeating: "长", count: 5000), "\u{FEFF}", "2024-13-40"].map { Array($0.utf8) }
        let original = Array(CLI.goodRoll.replacingOccurrences(of: "王建国", with: "王新国").replacingOccurrences(of: "33052119680412001X", with: "").utf8)
        var rejectedCount = 0
        for index in 0..<40 {
            var bytes = original
            for _ in 0...next(3) {
                if next(2) == 0 { bytes.insert(contentsOf: nasty[next(nasty.count)], at: next(bytes.count + 1)) }
                else if !bytes.isEmpty { bytes[next(bytes.count)] = UInt8(next(256)) }
            }
            let before = try cli.databaseBytes()
            let output = try cli.run(["member", "import", try cli.write("fuzz\(index).csv", bytes: bytes), "--org", "V1", "--operator", "乡指导"])
            #expect([0, 3].contains(output.status), "exit \(output.status): \(output.stderr)")
            if output.status == 3 {
                rejectedCount += 1
                #expect(output.stderr.contains("fuzz\(index).csv"))
                #expect(try cli.databaseBytes() == before, "a rejected import changed the database")
            }
        }
        #expect(rejectedCount > 20)
        #expect(try cli.ok("audit", "verify").stdout.contains("核验通过"))
    }
}
