import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Decide: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "decide",
                abstract: L("记录对人选的决定（按操作人员层级）", "record a decision about a nominee (at the operator's level)"),
                discussion: L("age：超龄现任人员继续提名，须乡镇党委研究和县领导小组审定；sanction：受处分影响期未满的人选，须乡镇党委研究和县领导小组同意（每乡镇不超过村总数的15%）；education：确认文化程度低于高中的提示。",
                              "age: an incumbent over the age limit continuing (township decision and county approval); sanction: a nominee inside a sanction's effect period (both, within the township's 15%); education: acknowledge the education warning."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("人选", "nominee"))) var member: String
        @Option(help: ArgumentHelp(L("决定：age、sanction、education", "decision: age, sanction or education"))) var kind: DecisionArgument
        @Option(help: ArgumentHelp(L("意见", "note"))) var note: String?

        func run(_ db: AppDatabase) throws {
            try db.decide(by: actor.resolved, election: target.election, member: member, kind: kind.value, note: note)
            print(L("已记录决定", "decision recorded"))
        }
    }
}

extension Candidates {
    struct AssessSecretary: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "assess-secretary",
                abstract: L("乡镇党委就现任书记逐项研判九项不宜继续担任书记的情形（继续提名为书记人选前）",
                            "the township weighs the nine grounds of unfitness for the incumbent secretary (before he stands again)"),
                discussion: L("--found 列出属于的情形序号（1–9，逗号分隔；都不属于的省略）。名册中文化程度为初中及以下的，须就第(6)项作出判断：列入 --found 6，或加 --adapts-despite-education。",
                              "--found lists the items that apply (1–9, comma-separated; omit when none). Where the roll gives junior high school or less, item (6) must be decided: --found 6, or --adapts-despite-education."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("现任书记", "the incumbent secretary"))) var member: String
        @Option(help: ArgumentHelp(L("属于的情形序号，如 4,6", "items that apply, e.g. 4,6"))) var found: String = ""
        @Flag(help: ArgumentHelp(L("文化程度为初中及以下，但经研判能适应工作需要（第(6)项不属于）", "junior high school or less, but judged to meet today's needs (item 6 does not apply)"))) var adaptsDespiteEducation = false
        @Option(help: ArgumentHelp(L("研判意见", "the assessment"))) var note: String
        @Option(help: ArgumentHelp(L("研判日期（默认今天）", "date of the assessment (default today)"))) var on: CivilDate?

        func validate() throws {
            for item in found.split(separator: ",") where SecretaryUnsuitability(rawValue: Int(item.trimmingCharacters(in: .whitespaces)) ?? 0) == nil {
                throw ValidationError(L("--found 的序号应为1到9：\(item)", "--found items are 1 to 9: \(item)"))
            }
        }

        func run(_ db: AppDatabase) throws {
            let items = found.split(separator: ",").compactMap { SecretaryUnsuitability(rawValue: Int($0.trimmingCharacters(in: .whitespaces)) ?? 0) }
            try db.assessSecretary(by: actor.resolved, election: target.election, member: member, found: items,
                                   adaptsDespiteEducation: adaptsDespiteEducation, note: note, on: on ?? db.today)
            print(items.isEmpty ? L("已记录研判：\(member)不属于九项不宜继续担任书记的情形", "recorded: none of the nine grounds applies to \(member)")
                : L("已记录研判：\(member)属于第\(items.map { String($0.rawValue) }.joined(separator: "、"))项情形，不宜继续担任书记",
                    "recorded: item(s) \(items.map { String($0.rawValue) }.joined(separator: ", ")) apply to \(member), who may not continue as secretary"))
        }
    }
}

extension Candidates {
    struct Health: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "health",
                abstract: L("记录人选的健康状况（组织考察时了解；新提名人选列入考察名单前须记录）", "record a nominee's health (learnt at the inspection; needed before a new nominee goes on the inspection list)"),
                discussion: L("身体健康、能胜任工作的用 --fit，不能胜任的用 --unfit；--basis 写明依据（体检报告、考察了解的情况）或不能胜任的具体情况。列入考察名单和候选人预备人选的新提名人选须有“能胜任”的记录。",
                              "--fit when the nominee's health lets him serve, --unfit when not; --basis says what it rests on (a medical report, what the inspection learnt) or what was found. A new nominee on the inspection list or the prospective list needs a record that he is fit."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("人选", "nominee"))) var member: String
        @Flag(help: ArgumentHelp(L("身体健康，能胜任工作 / 不能胜任", "fit to serve / not fit"))) var fitness: Fitness
        @Option(help: ArgumentHelp(L("依据或具体情况", "the basis, or what was found"))) var basis: String
        @Option(help: ArgumentHelp(L("日期（默认今天）", "date (default today)"))) var on: CivilDate?

        enum Fitness: String, EnumerableFlag {
            case fit, unfit
        }

        func run(_ db: AppDatabase) throws {
            try db.recordHealth(by: actor.resolved, election: target.election, member: member, fit: fitness == .fit, basis: basis, on: on ?? db.today)
            print(fitness == .fit ? L("已记录：\(member)身体健康，能胜任工作", "recorded: \(member) is fit to serve")
                : L("已记录：\(member)身体状况不能胜任，不能列入考察名单和候选人预备人选", "recorded: \(member) is not fit to serve and cannot go on the inspection or prospective list"))
        }
    }
}
