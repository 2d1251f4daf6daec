import ArgumentParser
import Foundation

@main
struct Tuixuan: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "tuixuan",
            abstract: L("推选：村（社区）党组织“两推一选”换届选举管理", "Tuixuan: managing \"two recommendations, one election\" Party organization elections"),
            discussion: L(
                "按县试点方案的32个步骤推进每个村（社区）的换届选举，随时显示已完成什么、下一步做什么、什么在阻碍。\n所有改动数据的命令都须以 --operator 指明操作人员。--lang en 显示英文。",
                "Steps each village or community through the 32 steps of the county plan, showing at every moment what is done, what is next and what blocks it.\nEvery command that changes data names its operator with --operator. --lang en for English."),
            version: "0.1.0",
            subcommands: [Status.self, Overview.self],
            groupedSubcommands: [
                CommandGroup(name: L("设置：数据库、组织、人员、名册", "Set-up: the database, organizations, operators, rolls"),
                             subcommands: [Init.self, Org.self, OperatorCommand.self, MemberCommand.self, ProcedureCommand.self, Plan.self]),
                CommandGroup(name: L("选举的32个步骤", "The 32 steps of an election"),
                             subcommands: [Election.self, Step.self, Outgoing.self, Registration.self, Candidates.self, SituationCommand.self]),
                CommandGroup(name: L("党员大会与计票", "The congress and the count"),
                             subcommands: [Congress.self, RoundCommand.self, ResultCommand.self]),
                CommandGroup(name: L("记录与信任：事件、审计、密钥、备份、归档", "Records and trust: events, audit, keys, backups, archives"),
                             subcommands: [Events.self, Audit.self, KeyCommand.self, Trust.self, BackupCommand.self, RestoreCommand.self, Archive.self]),
                CommandGroup(name: L("开发与测试", "Development and testing"), subcommands: [Dev.self]),
            ])
    }
}

extension Tuixuan {
    /// Runs the command; usage errors from the argument parser are said in the user's language.
    static func main() {
        do {
            var command = try parseAsRoot(nil)
            try command.run()
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

/// The argument parser's own messages, in Chinese.
enum UsageMessage {
    static let patterns: [(String, String)] = [
        ("^Missing expected argument '(.+)'$", "缺少必需的参数 $1"),
        ("^The value '(.*)' is invalid for '(.+)'(.*)$", "参数 $2 的值“$1”无效$3"),
        ("^Unknown option '(.+)'(.*)$", "不认识的选项 $1$2"),
        ("^Unexpected argument '(.+)'$", "多余的参数“$1”"),
        ("^Missing value for '(.+)'$", "选项 $1 缺少值"),
        ("^Error: ", ""),
    ]

    static func translate(_ message: String) -> String {
        var text = message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
        for (pattern, template) in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let range = NSRange(text.startIndex..., in: text)
            if regex.firstMatch(in: text, range: range) != nil {
                text = regex.stringByReplacingMatches(in: text, range: range, withTemplate: template)
                break
            }
        }
        if text.contains("date") || text.contains("--on") || text.contains("--published-on") {
            text += "（日期格式如 2026-12-02）"
        }
        return text.replacingOccurrences(of: ". Did you mean", with: "。是否想用").replacingOccurrences(of: "?", with: "？")
    }
}
