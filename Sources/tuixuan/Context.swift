import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

/// Options every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L("数据库文件（默认 ./tuixuan.sqlite，或环境变量 TUIXUAN_DB）", "database file (default ./tuixuan.sqlite, or TUIXUAN_DB)")))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(L("界面语言：zh（默认）或 en", "language of messages: zh (default) or en")))
    var lang: Language = .zh

    @Option(name: .long, help: ArgumentHelp(L("签名密钥文件（或环境变量 TUIXUAN_KEY）；口令从终端输入或取自 TUIXUAN_PASSPHRASE", "signing key file (or TUIXUAN_KEY); passphrase typed at the terminal or from TUIXUAN_PASSPHRASE")))
    var key: String?

    var keyPath: String? { key ?? ProcessInfo.processInfo.environment["TUIXUAN_KEY"] }

    @Option(name: .customLong("head-log"), help: ArgumentHelp(L("链头记录文件（或环境变量 TUIXUAN_HEAD_LOG）：每次操作后把新链头追加到该文件，宜放在另一块盘或U盘上",
                                                               "head log (or TUIXUAN_HEAD_LOG): after every act the new head is appended there; keep it on another disk or a USB stick")))
    var headLog: String?

    var headLogPath: String? { headLog ?? ProcessInfo.processInfo.environment["TUIXUAN_HEAD_LOG"] }

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["TUIXUAN_DB"] ?? "tuixuan.sqlite"
    }
}

/// `--json` for read commands.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(L("以JSON输出（键名稳定，供脚本使用）", "print JSON with stable keys, for scripts")))
    var json = false
}

/// `--operator` for commands that change data.
struct OperatorOptions: ParsableArguments {
    @Option(name: .customLong("operator"), help: ArgumentHelp(L("操作人员姓名（或环境变量 TUIXUAN_OPERATOR）", "the acting operator's name (or TUIXUAN_OPERATOR)")))
    var name: String?

    var resolved: String? { name ?? ProcessInfo.processInfo.environment["TUIXUAN_OPERATOR"] }
}

extension Language: ExpressibleByArgument {}

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

/// Exit codes, documented in the user guide.
enum ExitStatus {
    /// The rules refuse the act, or a value is not acceptable.
    static let refused: Int32 = 1
    /// An input file is rejected (nothing written).
    static let fileRejected: Int32 = 3
    /// Something named does not exist.
    static let notFound: Int32 = 4
    /// The database could not be opened or written.
    static let databaseFailure: Int32 = 5
    /// An output file the user asked for could not be written (the database is as it was, unless the message says otherwise).
    static let cannotWrite: Int32 = 6
}

/// Why a file could not be written, in the user's words: the folder is missing, no permission, a full disk, a read-only disk.
func outputFailure(_ path: String, _ error: Error) -> UserFacingError {
    let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError) ?? (error as NSError)
    let code = underlying.domain == NSPOSIXErrorDomain ? Int32(underlying.code) : 0
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let message: String
    switch code {
    case ENOENT, ENOTDIR: message = L("无法写入 \(path)：文件夹 \(folder) 不存在，请先建好文件夹或换一个位置", "cannot write \(path): the folder \(folder) does not exist; create it or choose another place")
    case EACCES, EPERM: message = L("无法写入 \(path)：没有写入权限，请换一个位置或请管理员开通权限", "cannot write \(path): permission denied; choose another place or ask for write access")
    case ENOSPC, EDQUOT: message = L("无法写入 \(path)：磁盘已满，请腾出空间后重试", "cannot write \(path): the disk is full; free some space and try again")
    case EROFS: message = L("无法写入 \(path)：该盘是只读的，请换一个位置", "cannot write \(path): the disk is read-only; choose another place")
    case EEXIST: message = L("\(path) 已存在，不会覆盖：请换一个文件名", "\(path) exists and is not overwritten: choose another name")
    case EISDIR: message = L("无法写入 \(path)：这是一个文件夹，请给出文件名", "cannot write \(path): it is a folder; give a file name")
    default: message = L("无法写入 \(path)（\(underlying.localizedDescription)）", "cannot write \(path) (\(underlying.localizedDescription))")
    }
    return UserFacingError(message: message, status: code == EEXIST ? ExitStatus.refused : ExitStatus.cannotWrite)
}

/// The database this run works on (set when it is opened): an output file is never written over it.
nonisolated(unsafe) var openDatabaseFile: String?

/// Checks, before any work, that a file can be written at `path`: it is not the database, its folder exists, it is not
/// a folder, and it is new unless `overwrite`.
func checkOutputPath(_ path: String, overwrite: Bool) throws {
    // `--out` naming the database (or its journal files) would destroy the record: refused, whatever the format.
    let databases = [openDatabaseFile, ProcessInfo.processInfo.environment["TUIXUAN_DB"], "tuixuan.sqlite"].compactMap { $0 }
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    for database in databases {
        let file = URL(fileURLWithPath: database).resolvingSymlinksInPath().standardizedFileURL.path
        if ["", "-wal", "-shm", "-journal"].contains(where: { file + $0 == target }) {
            throw UserFacingError(message: L("不能写入 \(path)：这是数据库文件，写入会毁掉全部记录；请换一个文件名",
                                             "will not write \(path): it is the database file, and writing over it would destroy the record; choose another name"),
                                  status: ExitStatus.refused)
        }
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
        if isFolder.boolValue { throw outputFailure(path, NSError(domain: NSPOSIXErrorDomain, code: Int(EISDIR))) }
        if !overwrite { throw outputFailure(path, NSError(domain: NSPOSIXErrorDomain, code: Int(EEXIST))) }
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        throw outputFailure(path, NSError(domain: NSPOSIXErrorDomain, code: Int(ENOENT)))
    }
}

/// Writes a file the user asked for; any failure is explained by `outputFailure`.
func writeOutputFile(_ data: Data, to path: String, overwrite: Bool = true, permissions: Int? = nil) throws {
    let url = URL(fileURLWithPath: path)
    try checkOutputPath(path, overwrite: overwrite)
    do {
        try data.write(to: url, options: overwrite ? .atomic : .withoutOverwriting)
        if let permissions { try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path) }
    } catch {
        throw outputFailure(path, error)
    }
}

/// A command that works on the database: `run()` opens it (creating and migrating it when new),
/// runs the command, and turns any domain error into a message in the user's language and an exit code.
protocol DatabaseCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func run(_ db: AppDatabase) throws
    /// Only `init`, `restore` and `dev generate` may create the database file; every other command refuses a missing one,
    /// so a mistyped path never leaves a new empty database behind (issue 13).
    static var createsDatabase: Bool { get }
}

/// Opens the database the command names, creating it only when `creating`. A missing file is named with the ways to
/// choose another; a file that cannot be opened is explained in the user's words (exit 4 and 5).
func openDatabase(_ global: GlobalOptions, signer: EventSigner?, creating: Bool) throws -> AppDatabase {
    let path = global.databasePath
    openDatabaseFile = path
    // An empty file is no database either (a `touch`ed name, a failed copy): it is not silently made into one.
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    if !creating && (!FileManager.default.fileExists(atPath: path) || size == 0) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        throw UserFacingError(message: L("数据库文件 \(absolute) \(size == 0 ? "是空文件" : "不存在")。新建数据库请先运行 tuixuan init；要用已有的文件，请加 --db 文件路径，或设置环境变量 TUIXUAN_DB",
                                         "the database file \(absolute) \(size == 0 ? "is empty" : "does not exist"). To start a new database run tuixuan init; to use an existing file, give --db PATH or set TUIXUAN_DB"),
                              status: ExitStatus.notFound)
    }
    do {
        let database = try AppDatabase.open(path: path, clock: Clock.now, signer: signer)
        if let copy = database.upgradeBackupPath {
            printWarning(L("数据库由旧版程序写成，已升级到本版本；升级前的副本保存在 \(copy)", "the database was written by an older program and has been upgraded; a copy from before the upgrade is at \(copy)"))
        }
        return database
    } catch let error as Refusal {
        throw error
    } catch {
        throw UserFacingError(message: AppDatabase.failure(of: error, path: path)?.localized
                                  ?? L("无法打开数据库 \(path)：\(error)", "cannot open the database \(path): \(error)"),
                              status: ExitStatus.databaseFailure)
    }
}

extension DatabaseCommand {
    static var createsDatabase: Bool { false }

    func run() throws {
        let database: AppDatabase
        do {
            database = try openDatabase(global, signer: try global.keyPath.map(unlockSigner), creating: Self.createsDatabase)
        } catch let error as Refusal {
            report(error)
            throw ExitCode(exitStatus(for: error))
        } catch let error as UserFacingError {
            printError(error.message)
            throw ExitCode(error.status)
        }
        let headBefore = global.headLogPath == nil ? nil : try? database.chainHead()
        defer { if let path = global.headLogPath { recordHead(database, before: headBefore, in: path) } }
        do {
            try run(database)
        } catch let error as Refusal {
            report(error)
            throw ExitCode(exitStatus(for: error))
        } catch let error as UserFacingError {
            printError(error.message)
            throw ExitCode(error.status)
        } catch let error as ExitCode {
            throw error
        } catch {
            // Anything else comes from the database itself (a lock held past the timeout, a full
            // disk): the transaction was rolled back, so nothing changed.
            printError(AppDatabase.failure(of: error, path: global.databasePath)?.localized
                       ?? L("出错，本次操作未生效：\(error)", "failed; nothing was changed: \(error)"))
            throw ExitCode(ExitStatus.databaseFailure)
        }
    }

    /// Appends the head to the head log when the command moved it (an act, or a restore). The act has taken effect whatever
    /// happens here, so a log that cannot be written is a loud warning, not a failure that would invite a second act.
    func recordHead(_ database: AppDatabase, before: ChainHead?, in path: String) {
        guard let head = try? database.chainHead(), head != before, head.events > 0 else { return }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        let absolute = URL(fileURLWithPath: global.databasePath).standardizedFileURL.path
        let line = HeadLogLine(time: formatter.string(from: Clock.now()), head: head, path: absolute).rendered
        do {
            if !FileManager.default.fileExists(atPath: path) {
                guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
            }
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            // A line cut short by an earlier power cut is ended first, so this head starts a line of its own.
            let end = try handle.seekToEnd()
            var bytes = Data(line.utf8)
            if end > 0 {
                try handle.seek(toOffset: end - 1)
                if handle.readData(ofLength: 1) != Data("\n".utf8) { bytes.insert(UInt8(ascii: "\n"), at: 0) }
                try handle.seek(toOffset: end)
            }
            try handle.write(contentsOf: bytes)
            try handle.synchronize()
        } catch {
            printWarning(L("操作已生效，但链头未能记入 \(path)（\(error.localizedDescription)）：请检查该文件或U盘，并用 tuixuan audit head 抄下链头 \(head.token)",
                           "the act took effect, but its head could not be written to \(path) (\(error.localizedDescription)): check the file or drive, and write down the head \(head.token) from tuixuan audit head"))
        }
    }

    /// A refusal in the user's language on standard error; with `--json`, also as
    /// `{"error": {"code": …, "message": …}}` on standard output for scripts.
    func report(_ refusal: Refusal) {
        printError(refusal.localized)
        if wantsJSON, let json = try? renderJSON(["error": ["code": refusal.code, "message": refusal.localized]]) {
            print(json)
        }
    }

    /// Whether the command was asked for JSON (`--json`).
    var wantsJSON: Bool {
        Mirror(reflecting: self).children.contains { ($0.value as? OptionGroup<OutputOptions>)?.wrappedValue.json == true }
    }

    func exitStatus(for error: Refusal) -> Int32 {
        switch error {
        case .operatorUnknown, .organizationUnknown, .electionUnknown, .memberUnknown, .stepUnknown, .roundUnknown, .placeUnknown, .fileMissing,
             .procedureUnknown, .ruleSetUnknown, .objectionNotOpen, .vettingDepartmentUnknown, .situationReportUnknown: ExitStatus.notFound
        case .importRejected: ExitStatus.fileRejected
        case .operatorRequired: ExitCode.validationFailure.rawValue
        case .databaseFromNewerProgram, .migrationRecordAltered, .upgradeNeedsIntactAudit: ExitStatus.databaseFailure
        default: ExitStatus.refused
        }
    }
}

/// An error the CLI itself raises (a file that cannot be read, say), already in the user's language.
struct UserFacingError: Error {
    var message: String
    var status: Int32
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((L("错误：", "error: ") + message + "\n").utf8))
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data((L("提示：", "warning: ") + message + "\n").utf8))
}

/// The time the program believes it is. TUIXUAN_NOW (ISO 8601) fixes it, for reproducible demos and tests.
enum Clock {
    static let fixed: Date? = ProcessInfo.processInfo.environment["TUIXUAN_NOW"].flatMap { text in
        ISO8601DateFormatter().date(from: text)
    }

    @Sendable static func now() -> Date { fixed ?? Date() }
}

/// Reads a whole file the user named, with a message in their words when it cannot be read.
func readFileBytes(_ path: String) throws -> [UInt8] {
    // A pipe (/dev/stdin, `<(…)`) has no size to read by: it is read to its end.
    guard let data = FileManager.default.contents(atPath: path) ?? (try? FileHandle(forReadingAtPath: path)?.readToEnd()) ?? nil else {
        throw UserFacingError(message: L("无法读取文件 \(path)", "cannot read the file \(path)"), status: ExitStatus.notFound)
    }
    return [UInt8](data)
}

/// Reads and decodes a whole CSV file (see `streamCSV`), naming the file in any error.
func readCSV(_ path: String, encoding: TextEncoding?) throws -> (records: [CSVRecord], encoding: TextEncoding) {
    var records: [CSVRecord] = []
    let used = try streamCSV(path, encoding: encoding) { records.append($0) }
    return (records, used)
}

/// Reads a CSV file a megabyte at a time and hands each record to `body` as soon as it is complete:
/// the file is never held whole. The encoding is settled first (the one given; else UTF-8, with or
/// without a byte-order mark, when the whole file is valid UTF-8; else GB18030), in a pass that keeps
/// nothing. `progress` gets the bytes read and the file's size. Errors name the file.
func streamCSV(_ path: String, encoding: TextEncoding?, named shown: String? = nil, progress: ((Int, Int) -> Void)? = nil,
               _ body: (CSVRecord) throws -> Void) throws -> TextEncoding {
    let name = shown ?? path
    guard let handle = FileHandle(forReadingAtPath: path) else {
        throw UserFacingError(message: L("无法读取文件 \(name)", "cannot read the file \(name)"), status: ExitStatus.notFound)
    }
    defer { try? handle.close() }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    func chunks(_ each: ([UInt8], Int) throws -> Void) throws {
        try handle.seek(toOffset: 0)
        var offset = 0
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
            try each([UInt8](data), offset)
            offset += data.count
        }
    }
    func fileError(_ error: any Error & UserDescribable) -> UserFacingError {
        UserFacingError(message: "\(name)" + L("：", ": ") + error.localized, status: ExitStatus.fileRejected)
    }
    // 1. The encoding.
    var chosen = encoding
    var invalidUTF8At: Int?
    if chosen == nil {
        var pieces = LinePieces()
        var consumed = 0
        func check(_ piece: [UInt8]) {
            guard invalidUTF8At == nil else { return }
            if String(validating: piece, as: UTF8.self) == nil { invalidUTF8At = consumed + (firstInvalidUTF8(in: piece) ?? 0) }
            consumed += piece.count
        }
        try chunks { chunk, _ in if let piece = pieces.add(chunk) { check(piece) } }
        check(pieces.rest())
        chosen = invalidUTF8At == nil ? .utf8 : .gb18030
    }
    let used = chosen!
    // 2. Decode and parse, piece by piece.
    var parser = CSVParser()
    var pieces = LinePieces()
    var fed = 0
    func feed(_ piece: [UInt8]) throws {
        var bytes = piece[...]
        if fed == 0 && used == .utf8 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = decodePiece(Array(bytes), as: used) else {
            // Where UTF-8 breaks, counted from the file's first byte (the detection pass found it already).
            let offset = used == .utf8 ? fed + (piece.count - bytes.count) + (firstInvalidUTF8(in: Array(bytes)) ?? 0) : invalidUTF8At
            throw fileError(TextDecodingError(tried: encoding.map { [$0] } ?? [.utf8, .gb18030], firstInvalidUTF8Offset: offset))
        }
        fed += piece.count
        do {
            try parser.feed(text, body)
        } catch let error as CSVSyntaxError {
            throw fileError(error)
        }
    }
    try chunks { chunk, offset in
        if let piece = pieces.add(chunk) { try feed(piece) }
        progress?(offset + chunk.count, size)
    }
    try feed(pieces.rest())
    do {
        try parser.finish(body)
    } catch let error as CSVSyntaxError {
        throw fileError(error)
    }
    return used
}

/// Names the file in an import's rejection.
func rejected(_ rejection: ImportRejected, file: String) -> UserFacingError {
    UserFacingError(message: "\(file)" + L("：", ": ") + rejection.localized, status: ExitStatus.fileRejected)
}

extension TextEncoding: ExpressibleByArgument {}

/// Reads a key file and unlocks it with the passphrase.
func unlockSigner(_ path: String) throws -> EventSigner {
    let data = Data(try readFileBytes(path))
    guard let file = try? JSONDecoder().decode(KeyFile.self, from: data) else {
        throw Refusal.keyFileInvalid
    }
    let key = try file.unlock(passphrase: try passphrase(L("请输入\(file.operatorName)的密钥口令：", "passphrase for \(file.operatorName)'s key: ")))
    return EventSigner(operatorName: file.operatorName, key: key)
}

/// The passphrase: TUIXUAN_PASSPHRASE for scripts, otherwise typed at the terminal without echo.
func passphrase(_ prompt: String) throws -> String {
    if let fromEnvironment = ProcessInfo.processInfo.environment["TUIXUAN_PASSPHRASE"] { return fromEnvironment }
    guard let typed = getpass(prompt) else {
        throw UserFacingError(message: L("无法读取口令", "cannot read the passphrase"), status: ExitStatus.refused)
    }
    return String(cString: typed)
}
