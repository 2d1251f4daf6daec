import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Finding: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "finding",
                abstract: L("记录对人选的审查发现：不得情形（1–11）或不宜继续担任书记情形（1–9）", "record a finding: a bar (1–11) or a reason a secretary may not continue (1–9)"),
                discussion: L("不得情形：" + DisqualifyingCondition.allCases.map { $0.describe(.zh) }.joined(separator: "；") + "。\n不宜继续担任：" + SecretaryUnsuitability.allCases.map { $0.describe(.zh) }.joined(separator: "；"),
                              "Bars: " + DisqualifyingCondition.allCases.map { $0.describe(.en) }.joined(separator: "; ") + ".\nUnfit to continue: " + SecretaryUnsuitability.allCases.map { $0.describe(.en) }.joined(separator: "; ")))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("人选", "nominee"))) var member: String
        @Option(help: ArgumentHelp(L("不得情形序号 1–11", "bar number 1–11"))) var bar: Int?
        @Option(help: ArgumentHelp(L("不宜继续担任书记情形序号 1–9", "unfit-to-continue number 1–9"))) var unsuitable: Int?
        @Option(help: ArgumentHelp(L("来源，如“县公安局”", "source, e.g. the police bureau"))) var source: String
        @Option(help: ArgumentHelp(L("具体情况", "the facts"))) var detail: String

        func validate() throws {
            guard (bar == nil) != (unsuitable == nil) else { throw ValidationError(L("请给出 --bar 或 --unsuitable 之一", "give one of --bar or --unsuitable")) }
            if let bar, DisqualifyingCondition(rawValue: bar) == nil { throw ValidationError(L("--bar 应为1到11", "--bar is 1 to 11")) }
            if let unsuitable, SecretaryUnsuitability(rawValue: unsuitable) == nil { throw ValidationError(L("--unsuitable 应为1到9", "--unsuitable is 1 to 9")) }
        }

        func run(_ db: AppDatabase) throws {
            let kind: RecordedFinding.Kind = if let bar { .disqualifying(DisqualifyingCondition(rawValue: bar)!) }
                else { .unsuitableSecretary(SecretaryUnsuitability(rawValue: unsuitable!)!) }
            try db.recordFinding(by: actor.resolved, election: target.election, member: member, finding: kind, source: source, detail: detail)
            let label = switch kind {
            case .disqualifying(let c): c.localized
            case .unsuitableSecretary(let c): c.localized
            }
            print(L("已记录：\(member) — \(label)", "recorded: \(member) — \(label)"))
        }
    }
}
