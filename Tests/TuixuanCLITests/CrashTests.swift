import Foundation
import GRDB
import Testing

/// kill -9 at random points: afterwards the file passes integrity_check and audit verify, nothing
/// half-written is visible, and running the command again completes the work exactly once.
@Suite("Faults lose nothing", .serialized)
struct CrashTests {
    /// A deterministic generator for the kill delays, so a failure can be reproduced.
    struct Delays {
        var state: UInt64
        mutating func next(upTo limit: UInt32) -> UInt32 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt32((state >> 33) % UInt64(max(1, limit)))
        }
    }

    /// Starts the binary, kills it with SIGKILL after `microseconds` (counted from when `ready` first
    /// holds, when given), and waits for it.
    func runAndKill(_ cli: CLI, _ arguments: [String], input: String? = nil, after microseconds: UInt32, ready: (() throws -> Bool)? = nil) throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = try cli.signed(arguments)
        process.environment = cli.environment
        process.currentDirectoryURL = cli.folder
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        if let ready {
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning, Date() < deadline, !((try? ready()) ?? false) { usleep(500) }
        }
        usleep(microseconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? stdin.fileHandleForWriting.close()
    }

    /// How long a command takes on a fresh copy of `template` (microseconds): the window kills are drawn from.
    func probe(_ template: CLI, _ arguments: [String], input: String? = nil) throws -> UInt32 {
        let cli = try CLI()
        try FileManager.default.copyItem(atPath: template.databasePath, toPath: cli.databasePath)
        let started = Date()
        let output = try cli.run(arguments, input: input)
        #expect(output.status == 0, "\(output.stderr)")
        return UInt32(Date().timeIntervalSince(started) * 1_000_000)
    }

    func count(_ cli: CLI, _ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: cli.databasePath)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: sql)! }
    }

    func assertSound(_ cli: CLI, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let queue = try DatabaseQueue(path: cli.databasePath)
        let integrity = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        try queue.close()
        #expect(integrity == "ok", sourceLocation: sourceLocation)
        let verify = try cli.run(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)", sourceLocation: sourceLocation)
    }

    /// A roll of `size` distinct members.
    static func bigRoll(_ size: Int) -> String {
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
        let given = Array("国建华明志伟军强平东海林德福文永胜兴祥荣贵春生庆宝顺利成发全有山金刚俊杰浩鹏涛斌亮磊秀英兰芳玉珍")
        var lines = [CLI.rollHeader]
        for index in 0..<size {
            let name = "\(surnames[index % surnames.count])\(given[(index / surnames.count) % given.count])\(given[(index / (surnames.count * given.count)) % given.count])"
            lines.append("\(name),男,19\(60 + index % 30)-0\(1 + index % 9)-1\(index % 9),,高中,2010-07-01,正式,,,,否,")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("a member import killed at 25 random points: all or nothing, then exactly once")
    func memberImport() throws {
        let template = try CLI()
        try template.setUpCounty()
        let roll = try template.write("big.csv", Self.bigRoll(1500))
        let duration = try probe(template, ["member", "import", roll, "--org", "V1", "--operator", "乡指导"])
        var delays = Delays(state: 20261122)
        var interrupted = 0
        for _ in 0..<25 {
            let cli = try CLI()
            try FileManager.default.copyItem(atPath: template.databasePath, toPath: cli.databasePath)
            try runAndKill(cli, ["member", "import", roll, "--org", "V1", "--operator", "乡指导"], after: delays.next(upTo: duration + duration / 5))
            let members = try count(cli, "SELECT count(*) FROM member")
            #expect(members == 0 || members == 1500, "half-written: \(members)")
            if members == 0 { interrupted += 1 }
            try assertSound(cli)
            try cli.ok("member", "import", roll, "--org", "V1", "--operator", "乡指导")
            #expect(try count(cli, "SELECT count(*) FROM member") == 1500)
            #expect(try count(cli, "SELECT count(*) FROM event WHERE kind = 'roll.imported'") == 1)
            try assertSound(cli)
        }
        print("CRASH member import: \(interrupted) of 25 kills landed before the commit (duration \(duration) µs)")
        #expect(interrupted >= 5, "the kills should interrupt the import, not only follow it")
    }

    @Test("a ballot sheet import and typed entry killed at 25 random points: nothing half-written, then completed exactly once")
    func ballotEntry() throws {
        let template = try CLI()
        try CongressCLITests().prepareCongress(template)
        let header = "票序,万伟强,王建国,李秀英,赵刚,另选他人1姓名,另选他人1,另选他人2姓名,另选他人2,另选他人3姓名,另选他人3,空白票,废票"
        let rows = (1...300).map { index in
            let marks = ["○", "×", ""]
            return "\(index)," + (0..<4).map { marks[(index + $0) % 3] }.joined(separator: ",") + ",,,,,,,,"
        }
        let sheet = try template.write("sheet.csv", ([header] + rows).joined(separator: "\n") + "\n")
        let sheetTime = try probe(template, ["round", "enter", "-e", "V1", "--entry", "A", "--file", sheet, "--operator", "计票A"])
        var delays = Delays(state: 7)
        var interrupted = 0
        for _ in 0..<15 {
            let cli = try CLI()
            try FileManager.default.copyItem(atPath: template.databasePath, toPath: cli.databasePath)
            try runAndKill(cli, ["round", "enter", "-e", "V1", "--entry", "A", "--file", sheet, "--operator", "计票A"], after: delays.next(upTo: sheetTime + sheetTime / 5))
            let entered = try count(cli, "SELECT count(*) FROM ballot_entry")
            #expect(entered == 0 || entered == 300, "half-written: \(entered)")
            if entered == 0 { interrupted += 1 }
            try assertSound(cli)
            try cli.ok("round", "enter", "-e", "V1", "--entry", "A", "--file", sheet, "--operator", "计票A")
            #expect(try count(cli, "SELECT count(*) FROM ballot_entry") == 300)
            try assertSound(cli)
        }
        print("CRASH ballot sheet: \(interrupted) of 15 kills landed before the commit")
        #expect(interrupted >= 1, "the kills should interrupt the import, not only follow it")
        // Typed entry: each ballot is saved as it is entered (a draft until its batch is recorded); a kill loses at most the one being typed.
        var partial = 0
        let typed = (0..<40).map { ["ooox", "xoo.", "o.ox", "..xo"][$0 % 4] }
        let typingTime = try probe(template, ["round", "enter", "-e", "V1", "--entry", "A", "--operator", "计票A"], input: typed.joined(separator: "\n") + "\nq\n")
        for _ in 0..<10 {
            let cli = try CLI()
            try FileManager.default.copyItem(atPath: template.databasePath, toPath: cli.databasePath)
            // Kill once the first ballot is saved, somewhere in the first half of the typing that remains.
            try runAndKill(cli, ["round", "enter", "-e", "V1", "--entry", "A", "--operator", "计票A"], input: typed.joined(separator: "\n") + "\n",
                           after: delays.next(upTo: typingTime / 4), ready: { try count(cli, "SELECT (SELECT count(*) FROM ballot_entry) + (SELECT count(*) FROM ballot_draft)") > 0 })
            let saved = try count(cli, "SELECT (SELECT count(*) FROM ballot_entry) + (SELECT count(*) FROM ballot_draft)")
            #expect((0...40).contains(saved))
            if (1..<40).contains(saved) { partial += 1 }
            try assertSound(cli)
            // Carry on from where the teller was stopped.
            let rest = typed.dropFirst(saved).joined(separator: "\n") + "\nq\n"
            _ = try cli.run(["round", "enter", "-e", "V1", "--entry", "A", "--operator", "计票A"], input: rest)
            #expect(try count(cli, "SELECT count(*) FROM ballot_entry") == 40)
            #expect(try count(cli, "SELECT count(*) FROM ballot_draft") == 0)
            try assertSound(cli)
        }
        print("CRASH typed entry: \(partial) of 10 kills landed mid-stack")
        #expect(partial >= 3, "the kills should land while ballots are being typed")
    }
}
