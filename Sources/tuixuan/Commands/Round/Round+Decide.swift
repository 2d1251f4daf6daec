import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Decide: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "decide", abstract: L("监票人复核原票后裁定一处：--ballot 写出原票（同录入格式），或 --none 表示此处没有这张票", "the scrutineers' decision after re-reading the ballot: --ballot as typed, or --none"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Argument(help: ArgumentHelp(L("位置，如 A12/B12", "place, e.g. A12/B12"))) var place: String
        @Option(help: ArgumentHelp(L("原票内容，如 oox.+王五:o", "the ballot as read, e.g. oox.+NAME:o"))) var ballot: String?
        @Flag(help: ArgumentHelp(L("此处没有这张票（重复录入）", "there is no ballot here (entered twice)"))) var none = false
        @Option(help: ArgumentHelp(L("原票与A批或B批的录入相同", "the paper ballot reads as entry A or B has it"))) var `as`: EntrySide?
        @Option(help: ArgumentHelp(L("复核情况", "what the re-reading found"))) var note: String

        func validate() throws {
            guard [ballot != nil, none, `as` != nil].filter({ $0 }).count == 1 else {
                throw ValidationError(L("请给出 --ballot、--none 或 --as 之一", "give one of --ballot, --none or --as"))
            }
        }

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, which.round)
            var decided: BallotEntry?
            if let side = `as` {
                let places = try db.reconciliation(election: target.election, round: round.number).places
                guard let found = places.first(where: { $0.key == place }) else {
                    throw Refusal.placeUnknown(place)
                }
                decided = side == .A ? found.a : found.b
            }
            if let ballot {
                guard let parsed = BallotEntry(typed: ballot, candidates: round.candidates.count) else {
                    throw UserFacingError(message: L("看不懂 --ballot：须有\(round.candidates.count)个标记", "cannot read --ballot: \(round.candidates.count) marks needed"), status: ExitStatus.refused)
                }
                decided = parsed
            }
            try db.decidePlace(by: actor.resolved, election: target.election, round: round.number, place: place, ballot: decided, note: note)
            print(L("已裁定 \(place)", "decided \(place)"))
        }
    }
}
