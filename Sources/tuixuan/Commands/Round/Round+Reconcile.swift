import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Reconcile: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "reconcile", abstract: L("核对两批录入：列出每一处不一致、仅一批有的票和不清楚的标记", "reconcile the two entries: every difference, one-sided ballot and unclear mark"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption

        struct PlaceJSON: Encodable { var place: String; var a: BallotEntry?; var b: BallotEntry?; var decided: Bool }

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, which.round)
            let reconciliation = try db.reconciliation(election: target.election, round: round.number)
            let decisions = reconciliation.decisions
            let open = reconciliation.places.filter(\.needsDecision)
            if output.json {
                print(try renderJSON(open.map { PlaceJSON(place: $0.key, a: $0.a, b: $0.b, decided: decisions[$0.key] != nil) }))
                return
            }
            print(L("A批\(round.enteredA)张，B批\(round.enteredB)张；需裁定\(open.count)处，已裁定\(open.filter { decisions[$0.key] != nil }.count)处",
                    "entry A \(round.enteredA), entry B \(round.enteredB); \(open.count) place(s) to decide, \(open.filter { decisions[$0.key] != nil }.count) decided"))
            for place in open {
                let state = decisions[place.key] != nil ? L("已裁定", "decided") : L("待裁定", "to decide")
                print("  \(place.key)  A: \(place.a.map(\.typed) ?? L("（无）", "(none)"))  B: \(place.b.map(\.typed) ?? L("（无）", "(none)"))  [\(state)]")
            }
        }
    }
}
