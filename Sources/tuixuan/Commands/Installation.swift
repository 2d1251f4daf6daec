import ArgumentParser
import Foundation
import TuixuanBuildInfo
import TuixuanCore
import TuixuanStore

extension ProgramVersion {
    /// This build's version: the release and commit compiled in by Plugins/EmbedBuildInfo, the rest from Schema/.
    static let thisBuild = ProgramVersion.of(release: BuildInfo.version, commit: BuildInfo.commit)
}

/// The first executable file of that name on the PATH (a folder of that name is not one).
func executableOnPath(_ name: String) -> String? {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .map { "\($0)/\(name)" }
        .first { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: path)
        }
}

/// 版本: `tuixuan version` (also `tuixuan --version`).
struct VersionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "version",
            abstract: L("显示版本：程序版本、构建提交、数据库结构版本、所含程序定义和规则集", "show the version: release, commit, schema version, the procedures and rule sets carried"))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        if output.json {
            print(try renderJSON(ProgramVersion.thisBuild))
        } else {
            print(ProgramVersion.thisBuild.lines(uiLanguage).joined(separator: "\n"))
        }
    }
}

/// 环境检查: what a township office's machine and database need, and what to do about what is missing.
struct DoctorCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "doctor",
            abstract: L("检查运行环境：数据库能否读写、结构是否最新、审计链、PDF工具、汉字字体、磁盘空间", "check the environment: database readable and writable, schema current, the audit, PDF tools, Chinese fonts, disk space"),
            discussion: L("只读取，不改动数据库（不升级、不重建看板）。每项给出结论和处理办法；有“问题”时退出码为1，只有“警告”时为0。设了链头记录文件（--head-log 或 TUIXUAN_HEAD_LOG）时，也检查其中本库的链头。",
                          "Only reads; the database is not changed (not upgraded, no board rebuilt). Each check says what it found and what to do; the exit status is 1 when there is a problem, 0 when there are only warnings. With a head log (--head-log or TUIXUAN_HEAD_LOG), its heads of this database are checked too."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    struct ReportJSON: Encodable {
        var program: ProgramVersion
        var database: String
        var checks: [CheckJSON]
        var problems: Int
        var warnings: Int
    }

    struct CheckJSON: Encodable {
        var check: String
        var status: String
        var summary: String
        var advice: String?
    }

    func run() throws {
        let path = global.databasePath
        let database = AppDatabase.inspect(path: path, loggedHeads: try global.headLogPath.map(headsInLog))
        let machine = MachineFacts(
            sqliteVersion: AppDatabase.sqliteVersion,
            weasyprint: executableOnPath("weasyprint"),
            browsers: ["chromium", "chromium-browser", "google-chrome", "firefox-esr", "firefox"].compactMap(executableOnPath),
            chineseFonts: chineseFontFamilies(),
            freeBytes: (try? FileManager.default.attributesOfFileSystem(forPath: database.folder))?[.systemFreeSize].flatMap { ($0 as? NSNumber)?.int64Value })
        let findings = Doctor.findings(database: database, machine: machine, program: .thisBuild)
        let problems = findings.filter { $0.status == .problem }.count
        let warnings = findings.filter { $0.status == .warning }.count
        if output.json {
            print(try renderJSON(ReportJSON(program: .thisBuild, database: database.path,
                                            checks: findings.map { CheckJSON(check: $0.check.rawValue, status: $0.status.rawValue, summary: $0.summary.localized, advice: $0.advice?.localized) },
                                            problems: problems, warnings: warnings)))
        } else {
            print(L("tuixuan \(ProgramVersion.thisBuild.version) 环境检查", "tuixuan \(ProgramVersion.thisBuild.version) environment check"))
            for finding in findings {
                let mark = [DoctorStatus.ok: "✓", .skipped: "-", .warning: "!", .problem: "✗"][finding.status]!
                print("  \(mark) \(finding.check.localized)\(L("：", ": "))\(finding.summary.localized)")
                if let advice = finding.advice { print("      → " + advice.localized) }
            }
            switch (problems, warnings) {
            case (0, 0): print(L("全部正常。", "All is well."))
            case (0, _): print(L("没有问题，\(warnings)个警告：可以工作，但警告所说的功能受限。", "No problem, \(warnings) warning(s): work can go on, with what the warnings say limited."))
            default: print(L("\(problems)个问题、\(warnings)个警告：先处理标“✗”的问题。", "\(problems) problem(s), \(warnings) warning(s): fix those marked ✗ first."))
            }
        }
        if problems > 0 { throw ExitCode(ExitStatus.refused) }
    }

    /// The lines of a head log (lines it cannot read are left out: `audit verify --heads-from` names them). Only a regular
    /// file is read: a pipe or a device named by mistake would never end.
    func headsInLog(_ path: String) throws -> [HeadLogLine] {
        guard (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeRegular,
              let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { HeadLogLine(line: String($0)) }
    }

    /// Font families fontconfig says cover Chinese; nil when they cannot be learnt (no fc-list, or it failed or did not
    /// answer within ten seconds). Its output goes to a file, not a pipe: a child it left running cannot hold us.
    func chineseFontFamilies() -> [String]? {
        guard let fcList = executableOnPath("fc-list") else { return nil }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-fc-list-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: output.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: output) else { return nil }
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: fcList)
        process.arguments = [":lang=zh", "family"]
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        guard (try? process.run()) != nil else { return nil }
        try? handle.close()
        guard finished.wait(timeout: .now() + 10) == .success else {
            process.terminate()
            return nil
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path) else { return nil }
        let families = String(decoding: data, as: UTF8.self).split(separator: "\n")
            .compactMap { $0.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } }
        // Simplified Chinese faces first: the ones the printed pages ask for.
        return Array(Set(families.filter { !$0.isEmpty })).sorted { ($0.contains("SC") ? 0 : 1, $0) < ($1.contains("SC") ? 0 : 1, $1) }
    }
}
