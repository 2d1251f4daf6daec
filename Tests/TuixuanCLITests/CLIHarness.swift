import Foundation
import Testing

/// Runs the built `tuixuan` binary against a database file in a fresh temporary folder.
struct CLI {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        var json: Any? { try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    let folder: URL
    var environment: [String: String]
    /// Signs as the demo does: every operator's key is made (cheaply) when they are initialized or added, kept in `keys/`,
    /// and given with `--key` to every command that names them with `--operator`. Tests of keys themselves turn it off.
    var signsActs = true

    /// The binary next to the test bundle (SwiftPM builds it because the test target depends on it).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["TUIXUAN_BIN"] { return URL(fileURLWithPath: path) }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("tuixuan")
    }()

    init(now: String = "2026-10-20T10:00:00+08:00") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment = ["TUIXUAN_DB": folder.appendingPathComponent("test.sqlite").path, "TUIXUAN_NOW": now, "PATH": "/usr/bin:/bin",
                       "TUIXUAN_PASSPHRASE": CLI.passphrase]
    }

    static let passphrase = "test passphrase"

    /// Operators' key files, one per name, shared by every test of the run: a database copied from one test's folder to
    /// another's is signed with the same keys.
    static let keyFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-cli-keys-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()
    static let keyLock = NSLock()

    /// The key file of operator `name` (made by `signsActs` or `makeKey`).
    func keyPath(_ name: String) -> String { CLI.keyFolder.appendingPathComponent("\(name).key").path }

    /// Makes operator `name`'s key file, with the cheapest scrypt cost (a real key's unlocks in a second of a debug build).
    @discardableResult
    func makeKey(_ name: String) throws -> String {
        CLI.keyLock.lock()
        defer { CLI.keyLock.unlock() }
        let path = keyPath(name)
        if !FileManager.default.fileExists(atPath: path) {
            let made = try run(["key", "create", "--operator", name, "--out", path, "--cost-log2", "10"], signing: false)
            precondition(made.status == 0, "key create failed: \(made.stderr)")
        }
        return path
    }

    /// `arguments` with the keys `signsActs` adds: the new operator's public key for `init` and `operator add`, the acting
    /// operator's key for any command naming one.
    func signed(_ arguments: [String]) throws -> [String] {
        guard signsActs, !arguments.contains("--key"), !arguments.contains("--help"), environment["TUIXUAN_KEY"] == nil else { return arguments }
        func value(_ option: String) -> String? {
            arguments.firstIndex(of: option).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        var result = arguments
        if arguments.first == "init", let reviewer = value("--reviewer") {
            return result + ["--key", try makeKey(reviewer)]
        }
        if arguments.starts(with: ["operator", "add"]), !arguments.contains("--public-key"), let name = value("--name") {
            result += ["--public-key", try makeKey(name)]
        }
        if let actor = value("--operator") ?? environment["TUIXUAN_OPERATOR"], FileManager.default.fileExists(atPath: keyPath(actor)) {
            result += ["--key", keyPath(actor)]
        }
        return result
    }

    var databasePath: String { environment["TUIXUAN_DB"]! }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return path(name)
    }

    func run(_ arguments: [String], binary: URL = CLI.binary, input: String? = nil, signing: Bool = true) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = signing ? try signed(arguments) : arguments
        process.environment = environment
        process.currentDirectoryURL = folder
        // Both outputs go to files: a pipe read one after the other stalls the child once the other fills (a rejection
        // listing thousands of rows on stderr while stdout is still open).
        let scratch = FileManager.default.temporaryDirectory.path
        let outPath = "\(scratch)/tuixuan-stdout-\(UUID().uuidString)", errPath = "\(scratch)/tuixuan-stderr-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outPath); try? FileManager.default.removeItem(atPath: errPath) }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath)), err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        try out.close()
        try err.close()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let stdout = try Data(contentsOf: URL(fileURLWithPath: outPath)), stderr = try Data(contentsOf: URL(fileURLWithPath: errPath))
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs a command that must succeed.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Output {
        try ok(arguments: arguments, sourceLocation: sourceLocation)
    }

    @discardableResult
    func ok(arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Output {
        let output = try run(arguments)
        #expect(output.status == 0, "tuixuan \(arguments.joined(separator: " ")) failed: \(output.stderr)", sourceLocation: sourceLocation)
        return output
    }

    /// Runs a command that must fail with `status`.
    @discardableResult
    func fails(_ status: Int32, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Output {
        try fails(status, arguments: arguments, sourceLocation: sourceLocation)
    }

    @discardableResult
    func fails(_ status: Int32, arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Output {
        let output = try run(arguments)
        #expect(output.status == status, "tuixuan \(arguments.joined(separator: " ")) exited \(output.status): \(output.stderr)", sourceLocation: sourceLocation)
        return output
    }

    func databaseBytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: databasePath)) }

    /// A county with one township and village, a reviewer, a guidance group member and a village operator.
    func setUpCounty() throws {
        try ok("init", "--county-code", "C1", "--county-name", "示范县", "--reviewer", "县审核")
        try ok("org", "add", "--operator", "县审核", "--code", "T1", "--name", "城关镇", "--level", "township", "--parent", "C1")
        try ok("org", "add", "--operator", "县审核", "--code", "V1", "--name", "红旗村", "--level", "village", "--parent", "T1", "--previous-size", "3")
        try ok("operator", "add", "--operator", "县审核", "--name", "乡指导", "--role", "township", "--org", "T1")
        try ok("operator", "add", "--operator", "乡指导", "--name", "村书记", "--role", "village", "--org", "V1")
    }

    static let rollHeader = "姓名,性别,出生日期,身份证号,文化程度,入党日期,党员类别,处分情况,留党察看开始日期,留党察看截止日期,流动党员,联系电话"
    static let goodRoll = """
        \(rollHeader)
        王建国,男,1968-04-12,33052119680412001X,高中,1992-07-01,正式,无,,,否,13800000000
        李秀英,女,1980-03-05,,大学本科,2005-06-30,正式,,,,是,
        万伟强,男,1975-09-09,,初中,2000-01-01,正式,,,,否,
        陆兰,女,1990-01-01,,高中,2026-03-01,预备,,,,否,
        赵刚,男,1970-01-01,,初中,1995-01-01,正式,留党察看,2026-06-01,2027-06-01,否,

        """
}
