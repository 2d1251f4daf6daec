import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Seats: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "seats", abstract: L("职数（四、职数配备）", "seats"), subcommands: [Set.self, AllowExceeding.self])
        }

        struct Set: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "set", abstract: L("确定委员职数（乡镇）：村3–5名（一般3名），社区5–9名，原则上不超过上届", "set the committee seats (township): village 3–5, community 5–9, not above the previous term"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("委员职数（含书记、副书记）", "committee seats (secretary and deputy included)"))) var committee: Int
            @Option(help: ArgumentHelp(L("副书记职数（默认：社区1名，村0名）", "deputy secretaries (default: community 1, village 0)"))) var deputy: Int?
            @Option(help: ArgumentHelp(L("村委员职数多于一般的3名时，乡镇党委确定的理由", "the township committee's reason when a village has more than the usual 3 seats"))) var reason: String?

            func run(_ db: AppDatabase) throws {
                let seats = try db.setSeats(by: actor.resolved, election: target.election, committee: committee, deputySecretary: deputy, reason: reason)
                print(L("已确定职数：委员\(seats.committee)名，其中书记1名、副书记\(seats.deputySecretary)名", "seats set: \(seats.committee) members, 1 secretary, \(seats.deputySecretary) deputy"))
            }
        }

        struct AllowExceeding: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "allow-exceeding", abstract: L("乡镇党委确定委员职数超过上届职数（记录其决定）", "the township committee decides on more seats than the previous term (its decision recorded)"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("批准的委员职数", "seats approved"))) var committee: Int
            @Option(help: ArgumentHelp(L("批复文号", "reference of the approval"))) var reference: String

            func run(_ db: AppDatabase) throws {
                try db.allowSeatsAbovePreviousTerm(by: actor.resolved, election: target.election, committee: committee, reference: reference)
                print(L("已记录：批准委员职数可为\(committee)名", "recorded: up to \(committee) seats approved"))
            }
        }
    }
}
