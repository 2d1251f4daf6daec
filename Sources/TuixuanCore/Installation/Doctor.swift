/// 环境检查 (`tuixuan doctor`): what a township office's machine and database need, judged from facts the caller gathered
/// (the command line looks at the file, the PATH, the fonts and the disk; nothing here does I/O). Each check gives one
/// finding with what to do, in the user's words: a problem stops work (the exit status says so), a warning limits it.
public enum DoctorCheck: String, Sendable, Codable, CaseIterable {
    /// 数据库文件: reachable and writable.
    case database
    /// 数据库结构: the program's current one, an older one (upgraded at the next act), a newer or altered one.
    case schema
    /// 审计链: the chain verified, its head, the head log.
    case audit
    /// The system's SQLite library: new enough for the schema's STRICT tables.
    case sqlite
    /// weasyprint, which turns the printed pages into PDF.
    case pdf
    /// A web browser, to open and print the HTML pages.
    case browser
    /// Fonts that cover Chinese, without which printed pages show boxes.
    case fonts
    /// Free space beside the database: an upgrade's copy, a backup, the write-ahead log.
    case disk
}

extension DoctorCheck: UserDescribable {
    public func describe(_ language: Language) -> String {
        let names: [DoctorCheck: (String, String)] = [
            .database: ("数据库", "database"), .schema: ("数据库结构", "schema"), .audit: ("审计链", "audit"), .sqlite: ("SQLite", "SQLite"),
            .pdf: ("PDF生成", "PDF"), .browser: ("浏览器", "browser"), .fonts: ("汉字字体", "Chinese fonts"), .disk: ("磁盘空间", "disk space"),
        ]
        let name = names[self]!
        return language == .zh ? name.0 : name.1
    }
}

public enum DoctorStatus: String, Sendable, Codable, Comparable {
    case ok
    /// Not looked at, because an earlier check failed (no database, no schema to verify against).
    case skipped
    case warning
    case problem

    private var rank: Int { [.ok: 0, .skipped: 1, .warning: 2, .problem: 3][self]! }
    public static func < (a: DoctorStatus, b: DoctorStatus) -> Bool { a.rank < b.rank }
}

public struct DoctorFinding: Sendable, Codable, Equatable {
    public var check: DoctorCheck
    public var status: DoctorStatus
    /// What was found.
    public var summary: LocalizedText
    /// What to do about it (nil when nothing needs doing).
    public var advice: LocalizedText?

    public init(_ check: DoctorCheck, _ status: DoctorStatus, _ summary: LocalizedText, advice: LocalizedText? = nil) {
        self.check = check
        self.status = status
        self.summary = summary
        self.advice = advice
    }
}

/// What the store read from the database file, without changing it.
public struct DatabaseFacts: Sendable, Equatable {
    public enum Access: Sendable, Equatable {
        case missing
        case empty
        /// SQLite cannot read it as a database (another kind of file, a damaged one, no permission), with SQLite's words.
        case unreadable(LocalizedText)
        case readWrite
        /// Readable, but a write is refused (file permissions, a read-only disk or a write-protected USB stick).
        case readOnly(LocalizedText)
        /// Another program holds the write lock (a second tuixuan, a backup tool copying it).
        case busy
        /// SQLite's own check finds damaged pages or indexes (`PRAGMA quick_check`), in its words.
        case damaged(LocalizedText)
        /// A journal left by an interrupted write lies beside the file: the next open rolls it back.
        case recoveryPending
    }

    public var path: String
    /// The folder that holds the file a link names (or would hold a new one): the disk whose space counts.
    public var folder: String = "."
    public var bytes: Int64
    public var access: Access
    /// The migrations recorded in the file, in order (empty: not a tuixuan database, or a new one).
    public var recordedMigrations: [String]
    /// Recorded migrations this program does not know (the file was written by a newer program).
    public var unknownMigrations: [String]
    /// `PRAGMA user_version`, which every upgrade sets to the number of migrations.
    public var userVersion: Int
    /// Objects of the schema that differ from what the recorded migrations create (nil when not compared).
    public var schemaDifferences: [String]?
    /// The record of migrations has a gap or is out of order (a row deleted): every command refuses the file.
    public var migrationRecordAltered: LocalizedText?
    public var audit: AuditFacts?

    public init(path: String, bytes: Int64, access: Access, recordedMigrations: [String] = [], unknownMigrations: [String] = [],
                userVersion: Int = 0, schemaDifferences: [String]? = nil, audit: AuditFacts? = nil) {
        self.path = path
        self.bytes = bytes
        self.access = access
        self.recordedMigrations = recordedMigrations
        self.unknownMigrations = unknownMigrations
        self.userVersion = userVersion
        self.schemaDifferences = schemaDifferences
        self.audit = audit
    }
}

/// What `audit verify` found, as the doctor reports it.
public struct AuditFacts: Sendable, Equatable {
    public var events: Int
    /// `ID:HASH` of the last event.
    public var head: String
    public var problems: Int
    public var firstProblem: LocalizedText?
    public var signingAnchored: Bool
    public var unsignedEvents: Int
    /// Heads read from the head log (TUIXUAN_HEAD_LOG) and checked against the chain; nil when no head log is set.
    public var headsChecked: Int?
    /// Lines of the head log that name this file's path but come from another database (another chain start).
    public var replacedLines: Int

    public init(events: Int, head: String, problems: Int, firstProblem: LocalizedText? = nil, signingAnchored: Bool,
                unsignedEvents: Int, headsChecked: Int? = nil, replacedLines: Int = 0) {
        self.events = events
        self.head = head
        self.problems = problems
        self.firstProblem = firstProblem
        self.signingAnchored = signingAnchored
        self.unsignedEvents = unsignedEvents
        self.headsChecked = headsChecked
        self.replacedLines = replacedLines
    }
}

/// What the command line found on the machine.
public struct MachineFacts: Sendable, Equatable {
    /// `sqlite_version()` of the library the program runs on.
    public var sqliteVersion: String
    /// Where weasyprint is, if on the PATH.
    public var weasyprint: String?
    /// The browsers found on the PATH.
    public var browsers: [String]
    /// Font families covering Chinese (`fc-list :lang=zh`); nil when fontconfig's fc-list is not installed.
    public var chineseFonts: [String]?
    /// Free bytes on the disk that holds (or will hold) the database; nil when it cannot be read.
    public var freeBytes: Int64?

    public init(sqliteVersion: String, weasyprint: String?, browsers: [String], chineseFonts: [String]?, freeBytes: Int64?) {
        self.sqliteVersion = sqliteVersion
        self.weasyprint = weasyprint
        self.browsers = browsers
        self.chineseFonts = chineseFonts
        self.freeBytes = freeBytes
    }
}

public enum Doctor {
    /// Every check, in the order an office fixes them.
    public static func findings(database: DatabaseFacts, machine: MachineFacts, program: ProgramVersion) -> [DoctorFinding] {
        [
            databaseFinding(database),
            schemaFinding(database, program: program),
            auditFinding(database),
            sqliteFinding(version: machine.sqliteVersion),
            pdfFinding(weasyprint: machine.weasyprint),
            browserFinding(machine.browsers),
            fontsFinding(machine.chineseFonts),
            diskFinding(free: machine.freeBytes, databaseBytes: database.bytes),
        ]
    }

    /// The file is there, is a database, and can be written (a write lock taken and let go).
    public static func databaseFinding(_ facts: DatabaseFacts) -> DoctorFinding {
        let path = facts.path
        let choose = LocalizedText(zh: "用 --db 文件路径 或环境变量 TUIXUAN_DB 指定数据库；新建数据库用 tuixuan init",
                                   en: "name the database with --db PATH or TUIXUAN_DB; to start a new one, run tuixuan init")
        switch facts.access {
        case .missing where path.isEmpty:
            return DoctorFinding(.database, .problem, LocalizedText(zh: "没有指定数据库文件（--db 或 TUIXUAN_DB 为空）", en: "no database file is named (--db or TUIXUAN_DB is empty)"), advice: choose)
        case .missing:
            return DoctorFinding(.database, .problem, LocalizedText(zh: "数据库文件 \(path) 不存在", en: "the database file \(path) does not exist"), advice: choose)
        case .damaged(let detail):
            return DoctorFinding(.database, .problem, LocalizedText(zh: "数据库文件 \(path) 已损坏（SQLite 检查：\(detail.zh)）", en: "the database file \(path) is damaged (SQLite's check: \(detail.en))"),
                                 advice: LocalizedText(zh: "不要再在这个文件上操作：另存一份交县委组织部，再用 tuixuan restore 从最近的备份恢复",
                                                       en: "make no more acts on this file: keep a copy for the county organization department, then restore the latest backup with tuixuan restore"))
        case .recoveryPending:
            return DoctorFinding(.database, .warning, LocalizedText(zh: "\(path) 旁边留有一次中断的写入的日志（-journal）", en: "\(path) has the journal of an interrupted write beside it (-journal)"),
                                 advice: LocalizedText(zh: "运行任一命令（如 tuixuan status）即由 SQLite 自动撤回这次未完成的写入，然后再检查；不要删除这个日志文件",
                                                       en: "run any command (tuixuan status, say): SQLite rolls the unfinished write back; then check again. Do not delete the journal"))
        case .empty:
            return DoctorFinding(.database, .problem, LocalizedText(zh: "数据库文件 \(path) 是空文件", en: "the database file \(path) is empty"), advice: choose)
        case .unreadable(let reason):
            return DoctorFinding(.database, .problem, LocalizedText(zh: "\(path) 无法作为数据库读取：\(reason.zh)", en: "\(path) cannot be read as a database: \(reason.en)"),
                                 advice: LocalizedText(zh: "确认这是 tuixuan 的数据库文件且当前用户有读取权限；文件损坏时用 tuixuan restore 从备份恢复",
                                                       en: "check that this is a tuixuan database and that this user may read it; if it is damaged, restore it from a backup with tuixuan restore"))
        case .readOnly(let reason):
            return DoctorFinding(.database, .problem, LocalizedText(zh: "\(path) 可以读取，但不能写入：\(reason.zh)", en: "\(path) can be read but not written: \(reason.en)"),
                                 advice: LocalizedText(zh: "检查文件和所在文件夹的写权限（ls -l），U盘是否写保护、磁盘是否以只读方式挂载；或把文件复制到可写的位置",
                                                       en: "check the write permission of the file and its folder (ls -l), a USB stick's write protection, a disk mounted read-only; or copy the file somewhere writable"))
        case .busy:
            return DoctorFinding(.database, .warning, LocalizedText(zh: "\(path) 正被另一个程序写入（另一个 tuixuan 或备份程序）", en: "\(path) is being written by another program (another tuixuan, or a backup tool)"),
                                 advice: LocalizedText(zh: "等它结束再操作；操作会等候最多30秒", en: "wait for it to finish; acts wait up to 30 seconds"))
        case .readWrite:
            return DoctorFinding(.database, .ok, LocalizedText(zh: "数据库 \(path) 可读写（\(byteCount(facts.bytes))）", en: "the database \(path) can be read and written (\(byteCount(facts.bytes)))"))
        }
    }

    /// What to do with a file changed outside the program.
    static let stopAndRestore = LocalizedText(zh: "不要再用这个文件操作：从备份恢复（tuixuan restore），并把这个文件交县委组织部核查",
                                              en: "stop using this file: restore a backup (tuixuan restore) and give this file to the county organization department")

    /// The schema is the one this program writes; an older one is upgraded (with a copy kept) at the next act.
    public static func schemaFinding(_ facts: DatabaseFacts, program: ProgramVersion) -> DoctorFinding {
        switch facts.access {
        case .missing, .empty, .unreadable, .damaged, .recoveryPending:
            return DoctorFinding(.schema, .skipped, LocalizedText(zh: "未检查：数据库无法打开", en: "not checked: the database cannot be opened"))
        default: break
        }
        let recorded = facts.recordedMigrations
        if recorded.isEmpty {
            return DoctorFinding(.schema, .problem, LocalizedText(zh: "这不是 tuixuan 的数据库（没有数据库结构的升级记录）", en: "this is not a tuixuan database (it records no migrations)"),
                                 advice: LocalizedText(zh: "确认 --db 或 TUIXUAN_DB 指向的文件是否正确", en: "check the file --db or TUIXUAN_DB names"))
        }
        if !facts.unknownMigrations.isEmpty || facts.userVersion > program.schemaVersion {
            return DoctorFinding(.schema, .problem,
                                 LocalizedText(zh: "数据库由较新版本的程序写成（第\(max(facts.userVersion, recorded.count))版结构，本程序只认到第\(program.schemaVersion)版）",
                                               en: "the database was written by a newer program (schema version \(max(facts.userVersion, recorded.count)); this program knows up to \(program.schemaVersion))"),
                                 advice: LocalizedText(zh: "安装新版 tuixuan（与写这个文件的程序同版或更新）后再用", en: "install a tuixuan as new as the one that wrote the file"))
        }
        if let altered = facts.migrationRecordAltered {
            return DoctorFinding(.schema, .problem, LocalizedText(zh: "数据库结构的版本记录被改动：\(altered.zh)", en: "the record of schema versions was altered: \(altered.en)"),
                                 advice: stopAndRestore)
        }
        if let differences = facts.schemaDifferences, !differences.isEmpty {
            let names = differences.prefix(5).joined(separator: "、")
            return DoctorFinding(.schema, .problem,
                                 LocalizedText(zh: "数据库结构在程序之外被改动（\(differences.count)处：\(names)）", en: "the schema was changed outside the program (\(differences.count): \(names))"),
                                 advice: stopAndRestore)
        }
        if recorded.count < program.schemaVersion {
            return DoctorFinding(.schema, .warning,
                                 LocalizedText(zh: "数据库由旧版程序写成（第\(recorded.count)版结构，本程序为第\(program.schemaVersion)版）", en: "the database was written by an older program (schema version \(recorded.count); this program's is \(program.schemaVersion))"),
                                 advice: LocalizedText(zh: "下一次操作时自动升级，升级前的副本保存在同一文件夹（名为 …before-\(recorded.last ?? "")…）；升级前请确认磁盘空间足够",
                                                       en: "it is upgraded at the next act, and a copy from before the upgrade is kept in the same folder (…before-\(recorded.last ?? "")…); make sure there is disk space for it"))
        }
        return DoctorFinding(.schema, .ok, LocalizedText(zh: "数据库结构为最新（第\(program.schemaVersion)版，\(program.schemaMigration)）",
                                                         en: "the schema is current (version \(program.schemaVersion), \(program.schemaMigration))"))
    }

    /// The whole record verifies (chain, signatures, every row) and the heads written down earlier are in it.
    public static func auditFinding(_ facts: DatabaseFacts) -> DoctorFinding {
        guard let audit = facts.audit else {
            return DoctorFinding(.audit, .skipped, LocalizedText(zh: "未检查：数据库无法打开，或结构不是本程序认得的", en: "not checked: the database cannot be opened, or its schema is not one this program knows"))
        }
        if audit.replacedLines > 0 {
            return DoctorFinding(.audit, .problem,
                                 LocalizedText(zh: "链头记录中有\(audit.replacedLines)行写的是这个文件的路径，却来自另一个数据库（事件链起点不同）：这个文件可能已被整个替换",
                                               en: "\(audit.replacedLines) lines of the head log name this file's path but come from another database (another chain start): the file may have been replaced whole"),
                                 advice: LocalizedText(zh: "运行 tuixuan audit verify --heads-from 链头记录文件 查看；找回原来的文件或从备份恢复，并报告县委组织部",
                                                       en: "run tuixuan audit verify --heads-from HEAD_LOG to see them; find the original file or restore a backup, and report it to the county organization department"))
        }
        let logged = audit.headsChecked.flatMap { $0 == 0 ? nil : $0 }.map { LocalizedText(zh: "，链头记录文件中本库的\($0)个链头都在链中", en: "; all \($0) heads of this database in the head log are in the chain") }
        if audit.problems > 0 {
            return DoctorFinding(.audit, .problem,
                                 LocalizedText(zh: "审计核验未通过：\(audit.problems)处不符，第一处：\(audit.firstProblem?.zh ?? "")", en: "the audit does NOT verify: \(audit.problems) problem(s), the first: \(audit.firstProblem?.en ?? "")"),
                                 advice: LocalizedText(zh: "运行 tuixuan audit verify 查看全部；不要再在这个文件上操作，报告县委组织部，从备份恢复",
                                                       en: "run tuixuan audit verify to see them all; make no more acts on this file, report it to the county organization department, restore a backup"))
        }
        let summary = LocalizedText(zh: "审计链完好：\(audit.events)个事件，链头 \(audit.head.prefix(30))…" + (logged?.zh ?? ""),
                                    en: "the audit verifies: \(audit.events) events, head \(audit.head.prefix(30))…" + (logged?.en ?? ""))
        if !audit.signingAnchored && audit.unsignedEvents > 0 {
            return DoctorFinding(.audit, .warning, LocalizedText(zh: summary.zh + "；但尚无县审核人员的签名密钥，\(audit.unsignedEvents)个事件未签名", en: summary.en + "; but no county reviewer's signing key is registered, and \(audit.unsignedEvents) events are unsigned"),
                                 advice: LocalizedText(zh: "请县审核人员 tuixuan key create 并登记密钥，此后每个操作都须签名", en: "have a county reviewer run tuixuan key create and register the key; every act is signed from then on"))
        }
        if audit.headsChecked == 0 {
            return DoctorFinding(.audit, .warning, LocalizedText(zh: summary.zh + "；但链头记录文件中没有本库的链头", en: summary.en + "; but the head log holds no head of this database"),
                                 advice: LocalizedText(zh: "确认 TUIXUAN_HEAD_LOG（或 --head-log）指向本库的链头记录文件；设好后每次操作都会追加一行",
                                                       en: "check that TUIXUAN_HEAD_LOG (or --head-log) names this database's head log; once set, every act appends a line"))
        }
        if audit.headsChecked == nil {
            return DoctorFinding(.audit, .ok, LocalizedText(zh: summary.zh + "；未设链头记录文件", en: summary.en + "; no head log is set"),
                                 advice: LocalizedText(zh: "建议设置 TUIXUAN_HEAD_LOG 指向另一块盘或U盘上的文件，以便查出事件被截去或文件被回退",
                                                       en: "set TUIXUAN_HEAD_LOG to a file on another disk or a USB stick, so dropped events or a rolled-back file show"))
        }
        return DoctorFinding(.audit, .ok, summary)
    }

    /// 3.37.0 added STRICT tables, which the schema's tables are.
    public static let minimumSQLite = [3, 37, 0]

    /// The SQLite library is new enough for the schema.
    public static func sqliteFinding(version: String) -> DoctorFinding {
        let parts = version.split(separator: ".").map { Int($0) ?? 0 }
        let padded = parts + Array(repeating: 0, count: max(0, 3 - parts.count))
        let minimum = minimumSQLite.map(String.init).joined(separator: ".")
        guard padded.lexicographicallyPrecedes(minimumSQLite) == false else {
            return DoctorFinding(.sqlite, .problem, LocalizedText(zh: "系统的 SQLite 为 \(version)，低于所需的 \(minimum)", en: "the system's SQLite is \(version), older than the \(minimum) needed"),
                                 advice: LocalizedText(zh: "升级系统（Debian 12 或更新）或 apt-get install libsqlite3-0 的新版", en: "upgrade the system (Debian 12 or later) or install a newer libsqlite3-0"))
        }
        return DoctorFinding(.sqlite, .ok, LocalizedText(zh: "SQLite \(version)（需要 \(minimum) 或更新）", en: "SQLite \(version) (\(minimum) or later needed)"))
    }

    /// weasyprint makes the PDFs (`--format pdf`: the count report, ballots, notices).
    public static func pdfFinding(weasyprint: String?) -> DoctorFinding {
        guard let weasyprint else {
            return DoctorFinding(.pdf, .warning, LocalizedText(zh: "没有 weasyprint：不能生成PDF（计票报告、选票等 --format pdf）", en: "no weasyprint: PDFs cannot be made (the count report, ballots … --format pdf)"),
                                 advice: LocalizedText(zh: "apt-get install weasyprint；在此之前可用 --format html 生成网页，再在浏览器中打印", en: "apt-get install weasyprint; meanwhile use --format html and print from a browser"))
        }
        return DoctorFinding(.pdf, .ok, LocalizedText(zh: "可以生成PDF（\(weasyprint)）", en: "PDFs can be made (\(weasyprint))"))
    }

    /// A browser opens and prints the HTML pages (`--format html`).
    public static func browserFinding(_ browsers: [String]) -> DoctorFinding {
        guard let first = browsers.first else {
            return DoctorFinding(.browser, .warning, LocalizedText(zh: "没有找到浏览器：--format html 生成的网页需在别的电脑上打开打印", en: "no browser found: pages made with --format html must be opened and printed on another computer"),
                                 advice: LocalizedText(zh: "apt-get install chromium（或 firefox-esr）", en: "apt-get install chromium (or firefox-esr)"))
        }
        return DoctorFinding(.browser, .ok, LocalizedText(zh: "可以打开并打印网页（\(first)）", en: "HTML pages can be opened and printed (\(first))"))
    }

    /// Printed ballots and reports need a font with Chinese in it.
    public static func fontsFinding(_ fonts: [String]?) -> DoctorFinding {
        guard let fonts else {
            return DoctorFinding(.fonts, .warning, LocalizedText(zh: "无法检查字体：没有 fc-list（fontconfig），或它没有正常结束", en: "fonts cannot be checked: no fc-list (fontconfig), or it did not finish properly"),
                                 advice: LocalizedText(zh: "apt-get install fontconfig fonts-noto-cjk", en: "apt-get install fontconfig fonts-noto-cjk"))
        }
        guard !fonts.isEmpty else {
            return DoctorFinding(.fonts, .problem, LocalizedText(zh: "没有含汉字的字体：打印的选票和报告中汉字会显示为方框", en: "no font covers Chinese: printed ballots and reports would show boxes for every character"),
                                 advice: LocalizedText(zh: "apt-get install fonts-noto-cjk", en: "apt-get install fonts-noto-cjk"))
        }
        return DoctorFinding(.fonts, .ok, LocalizedText(zh: "有含汉字的字体\(fonts.count)种（\(fonts.prefix(3).joined(separator: "、"))…）",
                                                        en: "\(fonts.count) font families cover Chinese (\(fonts.prefix(3).joined(separator: ", "))…)"))
    }

    /// 磁盘空间: below room for an upgrade's copy of the file and its write-ahead log (twice the file, plus 100 MiB), work
    /// may stop half-way (it is rolled back, but nothing can be done); below four times the file plus 1 GiB, warn.
    public static func diskFinding(free: Int64?, databaseBytes: Int64) -> DoctorFinding {
        guard let free else {
            return DoctorFinding(.disk, .warning, LocalizedText(zh: "无法读取磁盘剩余空间", en: "the free disk space cannot be read"))
        }
        let needed = 2 * databaseBytes + 100 * 1_048_576
        let comfortable = 4 * databaseBytes + 1_073_741_824
        let summary = LocalizedText(zh: "数据库所在磁盘剩余 \(byteCount(free))", en: "\(byteCount(free)) free on the database's disk")
        if free < needed {
            return DoctorFinding(.disk, .problem, LocalizedText(zh: summary.zh + "，不足 \(byteCount(needed))（升级副本和写入日志所需）", en: summary.en + ", less than the \(byteCount(needed)) an upgrade's copy and the write-ahead log need"),
                                 advice: LocalizedText(zh: "清理磁盘，或把数据库移到空间更大的磁盘", en: "free some space, or move the database to a larger disk"))
        }
        if free < comfortable {
            return DoctorFinding(.disk, .warning, LocalizedText(zh: summary.zh + "，少于 \(byteCount(comfortable))", en: summary.en + ", less than \(byteCount(comfortable))"),
                                 advice: LocalizedText(zh: "尽快清理磁盘：备份和升级都需要空间", en: "free some space soon: backups and upgrades need room"))
        }
        return DoctorFinding(.disk, .ok, summary)
    }

    /// `1.4 MB`, `52 GB`: decimal units, one decimal below ten.
    public static func byteCount(_ bytes: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        let tenths = Int((value * 10).rounded())
        let number = unit == 0 || value >= 10 || tenths % 10 == 0 ? String(Int(value.rounded())) : "\(tenths / 10).\(tenths % 10)"
        return number + " " + units[unit]
    }
}
