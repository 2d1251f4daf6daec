import ArgumentParser
import Foundation
import TuixuanCore

@main
struct Tuixuan: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "tuixuan",
            abstract: L("推选：村（社区）党组织“两推一选”换届选举管理", "Tuixuan: managing \"two recommendations, one election\" Party organization elections"),
            discussion: L(
                "按县试点方案的32个步骤推进每个村（社区）的换届选举，随时显示已完成什么、下一步做什么、什么在阻碍。\n所有改动数据的命令都须以 --operator 指明操作人员。--lang en 显示英文。",
                "Steps each village or community through the 32 steps of the county plan, showing at every moment what is done, what is next and what blocks it.\nEvery command that changes data names its operator with --operator. --lang en for English."),
            version: ProgramVersion.thisBuild.lines(uiLanguage).joined(separator: "\n"),
            subcommands: [Status.self, Overview.self],
            groupedSubcommands: [
                CommandGroup(name: L("设置：数据库、组织、人员、名册", "Set-up: the database, organizations, operators, rolls"),
                             subcommands: [Init.self, Org.self, OperatorCommand.self, MemberCommand.self, ProcedureCommand.self, Plan.self]),
                CommandGroup(name: L("选举的32个步骤", "The 32 steps of an election"),
                             subcommands: [Election.self, Step.self, Outgoing.self, Registration.self, Candidates.self, SituationCommand.self]),
                CommandGroup(name: L("组织建设：分类定级与整顿", "Organization health: the annual grading and rectification"),
                             subcommands: [GradingCommand.self, RectificationCommand.self, CalendarCommand.self]),
                CommandGroup(name: L("党员大会与计票", "The congress and the count"),
                             subcommands: [Congress.self, RoundCommand.self, ResultCommand.self]),
                CommandGroup(name: L("记录与信任：事件、审计、密钥、备份、归档", "Records and trust: events, audit, keys, backups, archives"),
                             subcommands: [Events.self, Audit.self, KeyCommand.self, Trust.self, BackupCommand.self, RestoreCommand.self, Archive.self]),
                CommandGroup(name: L("安装与环境", "Installation and environment"), subcommands: [VersionCommand.self, DoctorCommand.self]),
                CommandGroup(name: L("开发与测试", "Development and testing"), subcommands: [Dev.self]),
            ])
    }
}

extension Tuixuan {
    /// Runs the command; usage errors from the argument parser are said in the user's language.
    static func main() {
        do {
            var command = try parseAsRoot(globalOptionsLast(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch let error as UserFacingError {
            // A command that does not open the database (member template, dev roll …) explains itself the same way.
            printError(error.message)
            Foundation.exit(error.status)
        } catch {
            let code = exitCode(for: error)
            guard uiLanguage == .zh, code == .validationFailure else { exit(withError: error) }
            let usage = fullMessage(for: error).components(separatedBy: "\n").filter { $0.hasPrefix("Usage:") }
            printError(UsageMessage.translate(message(for: error)))
            for line in usage { FileHandle.standardError.write(Data((line.replacingOccurrences(of: "Usage:", with: "用法：") + "\n").utf8)) }
            FileHandle.standardError.write(Data("（tuixuan help <命令> 查看完整说明）\n".utf8))
            Foundation.exit(code.rawValue)
        }
    }
}

/// The options every command takes (`--lang`, `--db`, `--key`, `--head-log`) may come before the subcommand as well
/// (`tuixuan --db village.sqlite status …`; `--lang` anywhere on the line): the parser only knows them after the
/// subcommand, so they are moved to the end, where every subcommand takes them.
func globalOptionsLast<S: Sequence>(_ arguments: S) -> [String] where S.Element == String {
    let global = ["--db", "--key", "--head-log"]
    var rest: [String] = []
    var moved: [String] = []
    var seenSubcommand = false
    var iterator = Array(arguments).makeIterator()
    while let argument = iterator.next() {
        if argument == "--" {
            rest.append(argument)
            while let tail = iterator.next() { rest.append(tail) }
            break
        }
        let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
        if argument == "--lang" || (!seenSubcommand && global.contains(argument)) {
            moved.append(argument)
            if let value = iterator.next() { moved.append(value) }
        } else if argument.hasPrefix("--lang=") || (!seenSubcommand && argument.contains("=") && global.contains(name)) {
            moved.append(argument)
        } else {
            if !argument.hasPrefix("-") { seenSubcommand = true }
            rest.append(argument)
        }
    }
    guard !moved.isEmpty else { return rest }
    if let terminator = rest.firstIndex(of: "--") { rest.insert(contentsOf: moved, at: terminator) } else { rest += moved }
    return rest
}

/// The argument parser's own messages, whole, in Chinese: the option is named as typed, the values it takes are listed,
/// and a date option says the format. A message the program does not know is still introduced in Chinese.
enum UsageMessage {
    static func translate(_ message: String) -> String {
        let text = message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
        func match(_ pattern: String) -> [String]? {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
                  let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
            return (0..<found.numberOfRanges).map { index in Range(found.range(at: index), in: text).map { String(text[$0]) } ?? "" }
        }
        /// `--notified-on <notified-on>` → `--notified-on`
        func option(_ spec: String) -> String { String(spec.split(separator: " ").first ?? Substring(spec)) }
        func dateHint(_ name: String) -> String {
            name.hasSuffix("-on") || name.contains("date") || name == "--on" ? "（日期格式如 2026-12-02，年份在1900至2200之间，且确有这一天）" : ""
        }
        if let parts = match(#"^The value '(.*?)' is invalid for '(.+?)'(?:\. Please provide one of (.+?)\.?)?$"#) {
            let name = option(parts[2])
            let choices = parts[3].replacingOccurrences(of: "'", with: "").replacingOccurrences(of: " or ", with: "、").replacingOccurrences(of: ", ", with: "、")
            return "参数 \(name) 的值“\(parts[1])”无效" + (choices.isEmpty ? "" : "，应为：\(choices)（也可用中文，见 --help）") + dateHint(name)
        }
        if let parts = match(#"^Missing expected argument '(.+?)'$"#) { return "缺少必需的参数 \(option(parts[1]))" + dateHint(option(parts[1])) }
        if let parts = match(#"^Missing value for '(.+?)'$"#) { return "选项 \(option(parts[1])) 缺少值" + dateHint(option(parts[1])) }
        if let parts = match(#"^Unknown option '(.+?)'(?:\. Did you mean '(.+?)'\?)?$"#) {
            return "不认识的选项 \(parts[1])" + (parts[2].isEmpty ? "" : "。是否想用 \(parts[2])？")
        }
        if let parts = match(#"^Unexpected arguments? (.+)$"#) { return "多余的参数：“\(parts[1].replacingOccurrences(of: "'", with: ""))”" }
        if let parts = match(#"^Value to be set with flag '(.+?)' had already been set with flag '(.+?)'$"#) {
            return "选项 \(parts[1]) 与 \(parts[2]) 不能同时使用"
        }
        if let parts = match(#"^Value to be set with '(.+?)' had already been set with '(.+?)'$"#) {
            return "选项 \(option(parts[1])) 已经给过（\(option(parts[2]))），只能给一次"
        }
        // The program's own validation messages are already in the user's language.
        if text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return text }
        return "命令行有误：\(text)"
    }
}
