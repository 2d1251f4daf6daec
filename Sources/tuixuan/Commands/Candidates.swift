import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct Candidates: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "candidates",
            abstract: L("确定人选（第11–19步）：职数、推荐、资格、名单", "choosing the candidates (steps 11–19): seats, recommendations, eligibility, lists"),
            subcommands: [Show.self, Seats.self, Incumbents.self, Recommend.self, ListCommand.self, Finding.self, Sanction.self, Decide.self, Acknowledge.self,
                          Vetting.self, Publicity.self, Approve.self, Pledge.self, Ballot.self])
    }

    /// `NAME[:post+post]`, posts as member/secretary/deputy or 委员/书记/副书记; member by default.
    struct MemberPosts: ExpressibleByArgument {
        var member: String
        var posts: Set<Post>

        init?(argument: String) {
            let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
            guard let name = parts.first, !name.isEmpty else { return nil }
            member = name
            guard parts.count == 2 else { posts = [.member]; return }
            var result: Set<Post> = []
            for token in parts[1].split(whereSeparator: { "+,、".contains($0) }) {
                switch token {
                case "member", "委员": result.insert(.member)
                case "secretary", "书记": result.insert(.secretary)
                case "deputy", "deputy_secretary", "副书记": result.insert(.deputySecretary)
                default: return nil
                }
            }
            posts = result
        }
    }

    static let memberPostsHelp = L("党员及其拟任职务：姓名[:委员+书记+副书记]（默认委员）；可多次给出",
                                   "member and posts: NAME[:member+secretary+deputy] (member by default); repeatable")

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("每名人选的推荐票、所在名单、资格审查情况及能否列入的原因", "every nominee: recommendations, lists, findings, and why they are on or off each list"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption

        func run(_ db: AppDatabase) throws {
            let report = try db.candidacy(election: target.election)
            if output.json {
                print(try renderJSON(CandidacyJSON(report)))
                return
            }
            if let seats = report.seats {
                print(L("职数：委员\(seats.committee)名（书记\(seats.secretary)名，副书记\(seats.deputySecretary)名）；委员人选至少\(report.minimumCommitteeNominees ?? 0)名",
                        "seats: \(seats.committee) members (\(seats.secretary) secretary, \(seats.deputySecretary) deputy); at least \(report.minimumCommitteeNominees ?? 0) committee nominees"))
            } else {
                print(L("职数尚未确定", "seats not yet set"))
            }
            for round in report.rounds {
                print(L("\(round.kind.localized)：收回\(round.ballots)张，无效\(round.voidBallots)张，计入推荐\(round.counted)人次，未计入\(round.rejected.count)处",
                        "\(round.kind.localized): \(round.ballots) ballots, \(round.voidBallots) void, \(round.counted) recommendations counted, \(round.rejected.count) not counted"))
                for issue in round.rejected { print("  " + issue.localized) }
            }
            var table = TextTable(headers: [L("姓名", "name"), L("性别", "sex"), L("年龄", "age"), L("文化", "education"), L("党员推荐", "members"),
                                            L("代表推荐", "reps"), L("乡镇推荐", "township"), L("初步", "initial"), L("考察", "inspection"),
                                            L("预备", "prospective"), L("资格", "eligibility")])
            for n in report.nominees {
                func on(_ stage: ListStage) -> String { n.lists[stage.rawValue].map { $0.map(\.localized).joined(separator: "+") } ?? "" }
                let verdict = n.eligibility.map { ($0.eligible ? "✓" : "✗") + $0.post.localized }.joined(separator: " ")
                func votes(_ count: Int, _ rank: Int?) -> String { rank.map { L("\(count)（第\($0)）", "\(count) (#\($0))") } ?? "0" }
                table.add([n.name, n.gender.localized, "\(n.age)", n.education.localized, votes(n.membersVotes, n.membersRank), votes(n.representativesVotes, n.representativesRank),
                           n.townshipRecommended ? "✓" : "", on(.initial), on(.inspection), on(.prospective), verdict])
            }
            print(table.render())
            for n in report.nominees {
                let findings = n.eligibility.flatMap { e in e.findings.map { (e.post, $0) } }
                guard !findings.isEmpty || !n.objections.isEmpty else { continue }
                print("\(n.name)：")
                for (post, finding) in findings {
                    let mark = finding.blocks ? "✗" : "✓"
                    print("  \(mark) [\(post.localized)] \(finding.fact.localized)")
                }
                for objection in n.objections {
                    let outcome = switch objection.resolution {
                    case "upheld"?: L("属实，移出名单", "upheld: off the list")
                    case "dismissed"?: L("不属实", "dismissed")
                    default: L("待办结", "open")
                    }
                    let mark = objection.resolution == "upheld" || objection.resolution == nil ? "✗" : "✓"
                    print("  \(mark) " + L("公示期间反映（\(objection.received)）：\(objection.summary)——\(outcome)\(objection.reason.map { "：" + $0 } ?? "")",
                                            "objection (\(objection.received)): \(objection.summary) — \(outcome)\(objection.reason.map { ": " + $0 } ?? "")"))
                }
            }
            for stage in ListStage.allCases {
                guard let problems = report.listProblems[stage.rawValue] else { continue }
                let blocking = problems.contains { $0.blocks }
                print(blocking ? L("\(stage.localized)：", "\(stage.localized):") : L("\(stage.localized)：符合要求", "\(stage.localized): meets every rule"))
                for problem in problems { print("  \(problem.blocks ? "✗" : "✓") " + problem.message.localized) }
            }
        }
    }

    struct Seats: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "seats", abstract: L("职数（四、职数配备）", "seats"), subcommands: [Set.self, AllowExceeding.self])
        }

        struct Set: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "set", abstract: L("确定委员职数（乡镇）：村3–5名，社区5–9名，原则上不超过上届", "set the committee seats (township): village 3–5, community 5–9, not above the previous term"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("委员职数（含书记、副书记）", "committee seats (secretary and deputy included)"))) var committee: Int
            @Option(help: ArgumentHelp(L("副书记职数（默认：社区1名，村0名）", "deputy secretaries (default: community 1, village 0)"))) var deputy: Int?

            func run(_ db: AppDatabase) throws {
                let seats = try db.setSeats(by: actor.resolved, election: target.election, committee: committee, deputySecretary: deputy)
                print(L("已确定职数：委员\(seats.committee)名，其中书记1名、副书记\(seats.deputySecretary)名", "seats set: \(seats.committee) members, 1 secretary, \(seats.deputySecretary) deputy"))
            }
        }

        struct AllowExceeding: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "allow-exceeding", abstract: L("县委组织部批准委员职数超过上届职数", "the county approves more seats than the previous term"))
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

    struct Incumbents: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "incumbents", abstract: L("登记上届委员会成员及职务（用于判断现任人员继续提名）", "record the outgoing committee and posts (for incumbents continuing)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(name: .customLong("member"), help: ArgumentHelp(L("成员：姓名[:书记|副书记|委员]", "member: NAME[:secretary|deputy|member]"))) var members: [MemberPosts]

        func run(_ db: AppDatabase) throws {
            let entries = try members.map { entry -> (String, Post) in
                guard entry.posts.count == 1, let post = entry.posts.first else {
                    throw UserFacingError(message: L("\(entry.member)：上届职务只能有一个", "\(entry.member): one post in the outgoing committee"), status: ExitStatus.refused)
                }
                return (entry.member, post)
            }
            try db.setOutgoingCommittee(by: actor.resolved, election: target.election, members: entries)
            print(L("已登记上届委员会成员\(entries.count)名", "recorded \(entries.count) outgoing committee members"))
        }
    }

    struct Recommend: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "recommend", abstract: L("党员和群众推荐、乡镇党委推荐（第12、13步）", "recommendations (steps 12, 13)"),
                                 subcommands: [Ballots.self, Tally.self, Township.self])
        }

        struct RoundOptions: ParsableArguments {
            @Option(help: ArgumentHelp(L("推荐轮次：members（党员推荐）或 representatives（村民代表推荐）", "round: members or representatives"))) var round: RecommendationKind
            @Option(help: ArgumentHelp(L("推荐会议日期", "date of the meeting"))) var heldOn: CivilDate
            @Option(help: ArgumentHelp(L("文件编码（默认自动识别）", "file encoding (detected when omitted)"))) var encoding: TextEncoding?
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
                let (records, _) = try readCSV(file, encoding: round.encoding)
                let ballots = readRecommendationBallots(records)
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
                let (records, _) = try readCSV(file, encoding: round.encoding)
                let counts: [RecommendationCount]
                do { counts = try readRecommendationTally(records) } catch { throw rejected(error, file: file) }
                do {
                    let report = try db.recordRecommendationTally(by: actor.resolved, election: target.election, kind: round.round, heldOn: round.heldOn,
                                                                  ballots: ballots, voidBallots: void, counts: counts, sourceSHA256: AppDatabase.sha256Hex(try readFileBytes(file)))
                    try printRound(report, json: output.json)
                } catch Refusal.importRejected(let rejection) {
                    throw rejected(rejection, file: file)
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
                try db.recordTownshipRecommendation(by: actor.resolved, election: target.election, members: members.map { ($0.member, $0.posts) })
                print(L("已记录乡镇党委推荐\(members.count)人", "recorded the township's \(members.count) recommendations"))
            }
        }
    }

    struct ListCommand: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list",
                abstract: L("确定某阶段名单：initial（初步人选）、inspection（考察名单）、prospective（候选人预备人选）", "set a stage's list: initial, inspection or prospective"),
                discussion: L("名单在该阶段对应步骤完成后冻结。差额、资格和结构要求由 candidates show 列出，并在办理步骤时检查。",
                              "A list freezes when its step is done. Margin, eligibility and structure are shown by candidates show and checked at the steps."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("名单阶段", "list stage"))) var stage: ListStage
        @Option(name: .customLong("member"), help: ArgumentHelp(Candidates.memberPostsHelp)) var members: [MemberPosts]

        func run(_ db: AppDatabase) throws {
            try db.setList(by: actor.resolved, election: target.election, stage: stage, entries: members.map { ($0.member, $0.posts) })
            print(L("已确定\(stage.localized)\(members.count)人", "\(stage.localized): \(members.count) set"))
        }
    }

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

    struct Sanction: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "sanction", abstract: L("记录人选受处分影响期未满", "record a nominee inside a sanction's effect period"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("人选", "nominee"))) var member: String
        @Option(help: ArgumentHelp(L("影响期截止日期", "end of the effect period"))) var until: CivilDate
        @Option(help: ArgumentHelp(L("处分情况", "the sanction"))) var detail: String

        func run(_ db: AppDatabase) throws {
            try db.recordSanction(by: actor.resolved, election: target.election, member: member, until: until, detail: detail)
            print(L("已记录：\(member)受处分影响期至\(until)", "recorded: \(member) inside a sanction's effect until \(until)"))
        }
    }

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

    struct Acknowledge: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "acknowledge", abstract: L("确认名单结构提示：没有35岁以下党员或没有女党员", "acknowledge a structure warning: no one under 35, or no woman"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("名单阶段", "list stage"))) var stage: ListStage
        @Flag(help: ArgumentHelp(L("没有35岁以下党员", "no one under 35"))) var noYouth = false
        @Flag(help: ArgumentHelp(L("没有女党员", "no woman"))) var noWoman = false
        @Option(help: ArgumentHelp(L("理由", "reason"))) var reason: String

        func validate() throws {
            guard noYouth != noWoman else { throw ValidationError(L("请给出 --no-youth 或 --no-woman 之一", "give one of --no-youth or --no-woman")) }
        }

        func run(_ db: AppDatabase) throws {
            try db.acknowledgeStructure(by: actor.resolved, election: target.election, stage: stage, noYouth: noYouth, reason: reason)
            print(L("已确认", "acknowledged"))
        }
    }
}

struct DecisionArgument: ExpressibleByArgument {
    var value: NomineeDecisionKind

    init?(argument: String) {
        switch argument {
        case "age", "age_exception": value = .ageException
        case "sanction", "sanction_exception": value = .sanctionException
        case "education", "education_acknowledged": value = .educationAcknowledged
        default: return nil
        }
    }
}

extension ListStage: ExpressibleByArgument {}
extension RecommendationKind: ExpressibleByArgument {}

func printRound(_ report: RecommendationReport, json: Bool) throws {
    if json {
        print(try renderJSON(report))
        return
    }
    print(L("已记录\(report.kind.localized)：收回\(report.ballots)张，无效\(report.voidBallots)张，计入推荐\(report.counted)人次",
            "recorded the \(report.kind.localized): \(report.ballots) ballots, \(report.voidBallots) void, \(report.counted) recommendations counted"))
    for issue in report.rejected { printWarning(issue.localized) }
}

/// The reviewer's view in JSON.
struct CandidacyJSON: Encodable {
    struct SeatsJSON: Encodable { var committee: Int; var secretary: Int; var deputySecretary: Int }
    struct RoundJSON: Encodable { var round: String; var ballots: Int; var voidBallots: Int; var counted: Int; var rejected: [IssueJSON] }
    struct IssueJSON: Encodable { var line: Int; var column: String?; var value: String?; var reason: String }
    struct FindingJSON: Encodable { var rule: String; var effect: String; var settled: Bool; var blocks: Bool; var fact: String }
    struct EligibilityJSON: Encodable { var post: String; var eligible: Bool; var findings: [FindingJSON] }
    struct NomineeJSON: Encodable {
        var memberId: Int64; var name: String; var gender: String; var age: Int; var education: String; var incumbentPost: String?
        var membersVotes: Int; var representativesVotes: Int; var membersRank: Int?; var representativesRank: Int?; var townshipRecommended: Bool; var lists: [String: [String]]; var eligibility: [EligibilityJSON]
        var objections: [ObjectionEntry]
    }

    var seats: SeatsJSON?
    var minimumCommitteeNominees: Int?
    var rounds: [RoundJSON]
    var nominees: [NomineeJSON]
    var listProblems: [String: [ProblemJSON]]
    struct ProblemJSON: Encodable { var message: String; var blocks: Bool }

    init(_ r: CandidacyReport) {
        seats = r.seats.map { SeatsJSON(committee: $0.committee, secretary: $0.secretary, deputySecretary: $0.deputySecretary) }
        minimumCommitteeNominees = r.minimumCommitteeNominees
        rounds = r.rounds.map { round in
            RoundJSON(round: round.kind.rawValue, ballots: round.ballots, voidBallots: round.voidBallots, counted: round.counted,
                      rejected: round.rejected.map { IssueJSON(line: $0.line, column: $0.column, value: $0.value, reason: $0.reason.localized) })
        }
        nominees = r.nominees.map { n in
            NomineeJSON(memberId: n.memberID, name: n.name, gender: n.gender.rawValue, age: n.age, education: n.education.rawValue,
                        incumbentPost: n.incumbentPost?.rawValue, membersVotes: n.membersVotes, representativesVotes: n.representativesVotes,
                        membersRank: n.membersRank, representativesRank: n.representativesRank,
                        townshipRecommended: n.townshipRecommended, lists: n.lists.mapValues { $0.map(\.rawValue) },
                        eligibility: n.eligibility.map { e in
                            EligibilityJSON(post: e.post.rawValue, eligible: e.eligible, findings: e.findings.map {
                                FindingJSON(rule: $0.rule, effect: $0.effect, settled: $0.settled, blocks: $0.blocks, fact: $0.fact.localized)
                            })
                        }, objections: n.objections)
        }
        listProblems = r.listProblems.mapValues { $0.map { ProblemJSON(message: $0.message.localized, blocks: $0.blocks) } }
    }
}
