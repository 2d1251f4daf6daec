import Foundation
import GRDB
import Testing
@testable import TuixuanStore

/// Issue 13, "Everyday use": what a township official trips over, each with a test that failed on the program before the fix.
@Suite("Everyday use: paths and files")
struct EverydayFilesCLITests {
    @Test("a mistyped database path is refused, naming the path and how to choose another; no file is left behind", arguments: [
        ["status", "-e", "V1"], ["org", "list"], ["audit", "verify"], ["member", "list", "--org", "V1"],
    ])
    func missingDatabase(arguments: [String]) throws {
        var cli = try CLI()
        let missing = cli.path("missing.sqlite")
        cli.environment["TUIXUAN_DB"] = missing
        let refused = try cli.fails(4, arguments: arguments)
        #expect(refused.stderr.contains("数据库文件 \(missing) 不存在") && refused.stderr.contains("tuixuan init") && refused.stderr.contains("--db"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        // An empty file (a touched name) is not made into a database either.
        FileManager.default.createFile(atPath: missing, contents: nil)
        #expect(try cli.fails(4, arguments: arguments).stderr.contains("是空文件"))
        #expect((try FileManager.default.attributesOfItem(atPath: missing)[.size] as? Int) == 0)
    }

    @Test("key create makes only the key file: it needs no database and creates none (the key comes before init)")
    func keyWithoutDatabase() throws {
        let cli = try CLI()
        let made = try cli.ok("key", "create", "--operator", "县审核", "--out", cli.path("k.key"))
        #expect(made.stdout.contains("init 时加 --key"))
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath) && FileManager.default.fileExists(atPath: cli.path("k.key")))
        // init without a key is a usage error before any file is made.
        let refused = try cli.run(["init", "--county-code", "C1", "--county-name", "示范县", "--reviewer", "县审核"], signing: false)
        #expect(refused.status == 64 && refused.stderr.contains("tuixuan key create --operator 县审核"))
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
        try cli.ok("init", "--county-code", "C1", "--county-name", "示范县", "--reviewer", "县审核", "--key", cli.path("k.key"))
        #expect(try cli.ok("audit", "verify").stdout.contains("核验通过"))
    }

    @Test("an output file that cannot be written is explained in the user's words (exit 6), and nothing is half-done")
    func outputFolderMissing() throws {
        var cli = try CLI()
        try cli.setUpCounty()
        let nowhere = cli.path("no-such-folder/out")
        for arguments in [["backup", "--out", nowhere + ".sqlite"], ["trust", "export", "--out", nowhere + ".json"]] {
            let refused = try cli.fails(6, arguments: arguments)
            #expect(refused.stderr.contains("文件夹 \(cli.path("no-such-folder")) 不存在"), "\(arguments): \(refused.stderr)")
            #expect(!refused.stderr.contains("SQLite") && !refused.stderr.contains("doesn’t exist"))
        }
        // A key file that cannot be written: exit 6, and the database untouched.
        let before = try cli.databaseBytes()
        try cli.fails(6, "key", "create", "--operator", "新人", "--out", nowhere + ".key")
        #expect(try cli.databaseBytes() == before)
        try cli.ok("key", "create", "--operator", "新人", "--out", cli.path("county.key"))
        // An existing file is never overwritten.
        let exists = try cli.fails(1, "trust", "export", "--out", cli.path("county.key"))
        #expect(exists.stderr.contains("已存在"))
    }
}

@Suite("Everyday use: versions of the file")
struct EverydayVersionsCLITests {
    @Test("a file from a newer program (user_version above ours) is refused, naming both versions, and left as it was")
    func newerUserVersion() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 999") }
        try queue.close()
        let before = try cli.databaseBytes()
        let refused = try cli.fails(5, "org", "list")
        #expect(refused.stderr.contains("更新版本的程序") && refused.stderr.contains("user_version 999"))
        #expect(try cli.databaseBytes() == before)
    }

    @Test("an older file is upgraded only after a copy is taken next to it, and the user is told where")
    func upgradeTakesCopy() throws {
        let cli = try CLI(now: "2026-12-21T09:00:00+08:00")
        // As an earlier release left it (its own binary's demo database).
        let previous = try Release.unpackOlder(to: cli.databasePath).last!
        // Something already at the usual name (another copy, planted or stale) is never taken for the copy.
        try "不是备份".write(toFile: cli.databasePath + ".before-\(previous).sqlite", atomically: true, encoding: .utf8)
        let upgraded = try cli.ok("org", "list")
        let copy = cli.databasePath + ".before-\(previous)-2.sqlite"
        #expect(upgraded.stderr.contains("已升级到本版本；升级前的副本保存在 \(copy)"))
        let old = try DatabaseQueue(path: copy)
        #expect(try old.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier").last } == previous)
        try old.close()
        #expect(try cli.ok("audit", "verify").stdout.contains("核验通过"))
        #expect(try !cli.ok("org", "list").stderr.contains("已升级"), "told once, when it happens")
    }
}

@Suite("Everyday use: imports behave alike")
struct EverydayImportsCLITests {
    static let header = "代码,名称,层级,上级代码,上届委员会职数"

    @Test("organization import: the same file again changes nothing; a rename is applied and reported; every problem at once")
    func organizationImport() throws {
        let cli = try CLI()
        try cli.ok("init", "--county-code", "C1", "--county-name", "示范县", "--reviewer", "县审核")
        let file = try cli.write("orgs.csv", "\(Self.header)\nT1,城关镇,乡镇,C1,\nV1,红旗村,村,T1,3\nV2,东升村,村,T1,5\n")
        #expect(try cli.ok("org", "import", file, "--operator", "县审核").stdout.contains("新增3个组织，更新0个，未变0个"))
        let events = try cli.ok("audit", "head").stdout
        #expect(try cli.ok("org", "import", file, "--operator", "县审核").stdout.contains("新增0个组织，更新0个，未变3个"))
        #expect(try cli.ok("audit", "head").stdout == events, "the same file again writes nothing")
        // A renamed village and its new previous size are applied and named in the user's words.
        let renamed = try cli.write("renamed.csv", "\(Self.header)\nT1,城关镇,乡镇,C1,\nV1,红旗社区村,村,T1,5\n")
        let update = try cli.ok("org", "import", renamed, "--operator", "县审核").stdout
        #expect(update.contains("更新1个，未变1个") && update.contains("第3行 V1：名称、上届委员会职数已更新"))
        #expect(try cli.ok("org", "list").stdout.contains("红旗社区村"))
        // Problems of the file and of the database, all in one report; nothing written.
        let before = try cli.databaseBytes()
        let bad = try cli.write("bad.csv", "\(Self.header)\nT2,石桥镇,省,C1,\nV3,马家庄村,村,T2,3\nV2,东升村,村,C1,5\nV4,外村,村,T9,3\n")
        let refused = try cli.fails(3, "org", "import", bad, "--operator", "县审核")
        #expect(refused.stderr.contains("第2行") && refused.stderr.contains("第4行") && refused.stderr.contains("第5行"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("第3行"), "V3's parent T2 has its own problem on line 2: not reported again")
        #expect(refused.stderr.contains("导入不会改变组织的层级或上级"))
        #expect(try cli.databaseBytes() == before)
    }
}

@Suite("Everyday use: the command line in the user's words")
struct EverydayUsageCLITests {
    @Test("values are taken as codes or as the guide's Chinese words; an unknown one is explained whole in Chinese, with the choices")
    func wordedValues() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        // Parsed (the election does not exist: exit 4, not a usage error).
        for value in ["phone", "电话", "微信", "当面"] {
            try cli.fails(4, "registration", "record", "-e", "NOPE", "--member", "甲", "--notified-via", value, "--operator", "乡指导")
        }
        try cli.fails(4, "congress", "method", "-e", "NOPE", "--secretary", "直接选举", "--operator", "乡指导")
        let refused = try cli.fails(64, "registration", "record", "-e", "V1", "--member", "甲", "--notified-via", "电报", "--operator", "乡指导")
        #expect(refused.stderr.contains("参数 --notified-via 的值“电报”无效，应为：phone、letter、sms、wechat、in_person"))
        #expect(!refused.stderr.contains("Please") && !refused.stderr.contains("<notified-via>'"))
        let help = try cli.ok("registration", "record", "--help").stdout
        #expect(help.contains("phone") && help.contains("- 电话") && help.contains("- 当面"))
        // A date option says the format; a program's own message is not prefixed.
        #expect(try cli.fails(64, "registration", "record", "-e", "V1", "--member", "甲", "--notified-on", "9999-12-31", "--operator", "乡指导").stderr.contains("（日期格式如 2026-12-02，年份在1900至2200之间"),
                "a well-formed date out of range is explained, not called a format error")
        #expect(try !cli.fails(64, "overview", "--org", "C1", "--phase", "乱写").stderr.contains("日期格式"))
    }

    @Test("--lang works anywhere on the line; a missing --operator is a usage error (64)")
    func languageAndOperator() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        #expect(try cli.ok("--lang", "en", "org", "list").stdout.contains("township"))
        #expect(try cli.ok("org", "--lang=en", "list").stdout.contains("township"))
        #expect(try cli.ok("org", "list").stdout.contains("乡镇"))
        // The options every command takes may come before the subcommand too.
        var elsewhere = cli
        elsewhere.environment["TUIXUAN_DB"] = cli.path("not-this.sqlite")
        #expect(try elsewhere.ok("--db", cli.databasePath, "org", "list").stdout.contains("城关镇"))
        let missing = try cli.fails(64, "org", "add", "--code", "T2", "--name", "石桥镇", "--level", "乡镇", "--parent", "C1")
        #expect(missing.stderr.contains("--operator"))
    }

    @Test("English status keeps its columns apart: every step's note starts after a gap, however long the title")
    func englishStatusColumns() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        let lines = try cli.ok("status", "-e", "V1", "--lang", "en").stdout.split(separator: "\n").filter { $0.contains("after step") }
        #expect(lines.count > 20)
        for line in lines { #expect(line.contains("  after step"), "\(line)") }
    }

    @Test("overview --phase takes the phase's id or its Chinese name and refuses anything else, listing the phases")
    func phases() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let byName = try cli.ok("overview", "--org", "C1", "--phase", "前期准备", "--json").stdout
        let byID = try cli.ok("overview", "--org", "C1", "--phase", "preparation", "--json").stdout
        #expect(byName == byID)
        let refused = try cli.fails(64, "overview", "--org", "C1", "--phase", "乱写")
        #expect(refused.stderr.contains("--phase 不认识“乱写”，应为：前期准备（preparation）"))
        #expect(try cli.ok("overview", "--org", "C1").stdout.contains("没有符合条件的村（社区）"), "no election yet: said, not '共0个村（社区）：；'")
    }
}

/// Issue 13, item 4: "a full disk reported as 数据库出错 with exit 5". A real full disk, made with a small private tmpfs
/// (a user and mount namespace, so no root is needed where the kernel allows it).
@Suite("Everyday use: a full disk")
struct FullDiskCLITests {
    static let canMountPrivately: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["--user", "--map-root-user", "--mount", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /tmp"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test("an act on a full disk is refused in the user's words (exit 5), and the database is as it was",
          .enabled(if: canMountPrivately, "this machine cannot mount a private tmpfs (unshare --user --mount)"))
    func fullDisk() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let roll = try cli.write("big.csv", CrashTests.bigRoll(3000))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: cli.databasePath)[.size] as? Int)
        let disk = cli.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        // The database on a disk with 64 KiB left: the import's write-ahead log fills it.
        let arguments = try cli.signed(["member", "import", roll, "--org", "V1", "--operator", "乡指导"])
        let script = """
            mount -t tmpfs -o size=\(size / 1024 + 64)k tmpfs "$1" || exit 90
            cp "$2" "$1/test.sqlite" || exit 91
            shift 2
            TUIXUAN_DB="$PWD/disk/test.sqlite" "$@"
            status=$?
            cp disk/test.sqlite after.sqlite; [ -f disk/test.sqlite-wal ] && cp disk/test.sqlite-wal after.sqlite-wal
            exit $status
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", disk, cli.databasePath, CLI.binary.path] + arguments
        process.environment = cli.environment
        process.currentDirectoryURL = cli.folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 5, "\(stderr)")
        #expect(stderr.contains("磁盘已满") && stderr.contains("test.sqlite") && !stderr.contains("SQLite"), "\(stderr)")
        // What the full disk holds afterwards is the database as it was: no member, and the audit intact.
        var after = try CLI()
        after.environment["TUIXUAN_DB"] = cli.path("after.sqlite")
        #expect(try after.ok("member", "list", "--org", "V1", "--json").json.flatMap { $0 as? [Any] }?.isEmpty == true)
        #expect(try after.ok("audit", "verify").stdout.contains("核验通过"))
    }
}
