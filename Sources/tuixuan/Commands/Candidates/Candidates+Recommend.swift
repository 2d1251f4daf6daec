import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Recommend: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "recommend", abstract: L("党员和群众推荐、乡镇党委推荐（第12、13步）", "recommendations (steps 12, 13)"),
                                 subcommands: [Ballots.self, Tally.self, Township.self])
        }

        struct RoundOptions: ParsableArguments {
            @Option(help: ArgumentHelp(L("推荐轮次：members（党员推荐）或 representatives（村民代表推荐）", "round: members or representatives"))) var round: RecommendationKind
            @Option(help: ArgumentHelp(L("推荐会议日期", "date of the meeting"))) var heldOn: CivilDate
            @Option(help: ArgumentHelp(L("文件编码（默认自动识别）", "file encoding (detected when omitted)"))) var encoding: TextEncoding?
            @OptionGroup var sheet: SheetOption
        }

        struct Ballots: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "ballots",
                    abstract: L("导入推荐票：每行一张票，各格为所推荐的姓名", "import recommendation ballots: one row per ballot, a name per cell"),
                    discussion: L("第一行为表头（如 推荐人选1,推荐人选2,推荐人选3）。空白票在第一格写“空白票”。一张票推荐人数超过应选委员数（或 --max-names）的整张无效；同一张票重复的姓名只计一次；不是本村党员或没有被选举权的姓名不计票并列出。重新导入同一轮次将替换原结果（第12步完成前）。",
                                  "The first line is a header (e.g. 推荐人选1,推荐人选2,推荐人选3). Write 空白票 in the first cell of a blank ballot. A ballot naming more people than the seats (or --max-names) is void; a name repeated on a ballot counts once; names that are not members with the right to be elected do not count and are listed. Importing a round again replaces it (until step 12 is done)."))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var output: OutputOptions
            @OptionGroup var target: ElectionOption
            @OptionGroup var round: RoundOptions
            @Argument(help: ArgumentHelp(L("推荐票CSV文件", "the ballots CSV file"))) var file: String
            @Option(help: ArgumentHelp(L("每票最多推荐人数（默认为应选委员数）", "most names per ballot (default: the committee seats)"))) var maxNames: Int?

            func run(_ db: AppDatabase) throws {
                let table = try readTable(file, encoding: round.encoding, sheet: round.sheet.sheet, headerWords: recommendationBallotHeaders)
                let ballots = readRecommendationBallots(table.records)
                guard !ballots.isEmpty else {
                    throw UserFacingError(message: file + L("：文件中没有推荐票（第一行是表头，其下每行一张票）", ": the file holds no ballot (the first row is the header, then a ballot a row)"),
                                          status: ExitStatus.fileRejected)
                }
                let sha = AppDatabase.sha256Hex(try readFileBytes(file))
                let report = try db.recordRecommendationRound(by: actor.resolved, election: target.election, kind: round.round, heldOn: round.heldOn,
                                                              ballots: ballots, maxNames: maxNames, sourceSHA256: sha)
                try printRound(report, json: output.json)
            }
        }

        struct Tally: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "tally", abstract: L("录入手工计票的推荐结果（CSV：姓名,票数）", "enter a hand-counted round (CSV: 姓名,票数)"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var output: OutputOptions
            @OptionGroup var target: ElectionOption
            @OptionGroup var round: RoundOptions
            @Argument(help: ArgumentHelp(L("计票结果CSV文件", "the tally CSV file"))) var file: String
            @Option(help: ArgumentHelp(L("收回推荐票张数", "ballots returned"))) var ballots: Int
            @Option(help: ArgumentHelp(L("其中无效票张数", "of which void"))) var void: Int = 0

            func run(_ db: AppDatabase) throws {
                let table = try readTable(file, encoding: round.encoding, sheet: round.sheet.sheet)
                let counts: [RecommendationCount]
                do { counts = try readRecommendationTally(table.records) } catch { throw rejected(error, table: table) }
                do {
                    let report = try db.recordRecommendationTally(by: actor.resolved, election: target.election, kind: round.round, heldOn: round.heldOn,
                                                                  ballots: ballots, voidBallots: void, counts: counts, sourceSHA256: AppDatabase.sha256Hex(try readFileBytes(file)))
                    try printRound(report, json: output.json)
                } catch Refusal.importRejected(let rejection) {
                    throw rejected(rejection, table: table)
                }
            }
        }

        struct Township: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "township", abstract: L("记录乡镇党委推荐的人选（第13步）", "record the township committee's recommendations (step 13)"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(name: .customLong("member"), help: ArgumentHelp(Candidates.memberPostsHelp)) var members: [MemberPosts]

            func run(_ db: AppDatabase) throws {
                try db.recordTownshipRecommendation(by: actor.resolved, election: target.election, members: members.map(\.entry))
                print(L("已记录乡镇党委推荐\(members.count)人", "recorded the township's \(members.count) recommendations"))
            }
        }
    }
}
