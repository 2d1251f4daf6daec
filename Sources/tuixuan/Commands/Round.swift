import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct RoundCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "round",
            abstract: L("投票轮次：开始、录入选票（两人分别录入）、核对、裁定、结束计票", "voting rounds: open, enter ballots (twice), reconcile, rule, close"),
            subcommands: [Open.self, Template.self, Enter.self, Undo.self, Count.self, Reconcile.self, Decide.self, Tally.self, Close.self, Show.self])
    }

    struct RoundOption: ParsableArguments {
        @Option(help: ArgumentHelp(L("轮次（默认最近一轮）", "round number (default: the latest)"))) var round: Int?
    }

    struct Open: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "open", abstract: L("开始一轮投票（须符合法定人数）：committee 委员、runoff 票数相等的决胜、further 另行选举、secretary 书记、deputy 副书记",
                                             "open a round (needs a quorum): committee, runoff, further, secretary, deputy"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("轮次类别", "kind"))) var kind: RoundKind

        func run(_ db: AppDatabase) throws {
            let round = try db.openRound(by: actor.resolved, election: target.election, kind: kind)
            print(L("第\(round.number)轮投票已开始：应选\(round.seats)名，候选人（按选票顺序）：\(round.candidates.joined(separator: "、"))；应到\(round.expected)人，实到\(round.present)人",
                    "round \(round.number) open: \(round.seats) seat(s), candidates in ballot order: \(round.candidates.joined(separator: ", ")); \(round.present) present of \(round.expected)"))
        }
    }

    struct Template: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "template", abstract: L("输出本轮的计票录入模板（CSV）", "print this round's counting sheet template (CSV)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, which.round)
            print(ballotTemplateCSV(candidates: round.candidates, writeInSlots: round.seats, rows: round.present), terminator: "")
        }
    }

    struct Enter: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "enter",
                abstract: L("录入选票：--file 导入填好的模板，或逐张键入（每张票保存即生效）", "enter ballots: --file imports a filled sheet, or type them one by one (each saved at once)"),
                discussion: L("""
                    逐张键入时，每行一张票：按选票顺序每名候选人一个字符（o 或 ○ 赞成，x 或 × 不赞成，. 或 - 弃权，? 不清楚待裁定），
                    另选他人在后面写“+姓名:o”；空白票键入 blank，废票键入 spoiled；u 撤销上一张；q 结束。
                    """, """
                    Typing: one line per ballot, one character per candidate in ballot order (o yes, x no, . or - abstain, ? unclear),
                    then "+NAME:o" for a write-in; "blank" for a blank ballot, "spoiled" for a spoiled one; u undoes the last; q quits.
                    """))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Option(help: ArgumentHelp(L("录入批次：A（第一位计票人）或 B（第二位计票人）", "entry: A (first teller) or B (second teller)"))) var entry: EntrySide
        @Option(help: ArgumentHelp(L("填好的计票模板CSV", "the filled counting sheet CSV"))) var file: String?

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, which.round)
            if let file {
                // The sheet is read and checked row by row on one thread while the ballots are entered on this
                // one, as they come; any wrong row rejects it whole (the transaction keeps nothing).
                let progress = TerminalProgress(json: false, unit: .bytes)
                defer { progress.finish() }
                let pipe = BatchPipe<BallotEntry>()
                let (candidates, seats) = (round.candidates, round.seats)
                _ = startProducer(pipe) { pipe in
                    var reader = BallotSheetReader(candidates: candidates, writeInSlots: seats)
                    var batch: [BallotEntry] = []
                    batch.reserveCapacity(2048)
                    _ = try streamCSV(file, encoding: nil, progress: progress.update) { record in
                        guard let ballot = reader.read(record), !reader.hasIssues else { return }
                        batch.append(ballot)
                        if batch.count == 2048 {
                            guard pipe.send(batch) else { throw CancellationError() }
                            batch.removeAll(keepingCapacity: true)
                        }
                    }
                    do { try reader.finish() } catch let error as ImportRejected { throw rejected(error, file: file) }
                    _ = pipe.send(batch)
                }
                var count = 0
                do {
                    try db.importEntry(by: actor.resolved, election: target.election, round: round.number, entry: entry) { emit in
                        while let batch = try pipe.receive() {
                            for ballot in batch { try emit(ballot) }
                            count += batch.count
                        }
                    }
                } catch {
                    pipe.cancel()
                    throw error
                }
                print(L("已导入第\(round.number)轮\(entry.rawValue)批选票\(count)张", "imported \(count) ballots into entry \(entry.rawValue) of round \(round.number)"))
                return
            }
            try interactive(db, round: round)
        }

        func interactive(_ db: AppDatabase, round: RoundView) throws {
            print(L("第\(round.number)轮 \(entry.rawValue)批录入。候选人顺序：\(round.candidates.joined(separator: "、"))。每行一张票，u 撤销，q 结束。",
                    "round \(round.number), entry \(entry.rawValue). Candidates: \(round.candidates.joined(separator: ", ")). One line per ballot; u undo, q quit."))
            var count = entry == .A ? round.enteredA : round.enteredB
            while true {
                FileHandle.standardOutput.write(Data("[\(count + 1)] ".utf8))
                guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { break }
                if line == "q" { break }
                if line.isEmpty { continue }
                if line == "u" {
                    count = try db.undoLastBallot(by: actor.resolved, election: target.election, round: round.number, entry: entry)
                    print(L("已撤销，现有\(count)张", "undone: \(count) entered"))
                    continue
                }
                guard let ballot = BallotEntry(typed: line, candidates: round.candidates.count) else {
                    printError(L("看不懂这一行：须有\(round.candidates.count)个标记（o x . ?），另选他人写“+姓名:o”", "cannot read that line: \(round.candidates.count) marks (o x . ?), write-ins as +NAME:o"))
                    continue
                }
                do {
                    count = try db.enterBallot(by: actor.resolved, election: target.election, round: round.number, entry: entry, ballot: ballot)
                    let verdict = scrutinize(ballot, candidates: round.candidates, seats: round.seats)
                    let note: String = switch verdict {
                    case .valid: L("有效", "valid")
                    case .overvoted: L("多选，无效", "overvoted: invalid")
                    case .spoiled: L("废票", "spoiled")
                    case .needsRuling: L("有不清楚的标记，待监票人裁定", "unclear mark: for the scrutineers")
                    }
                    print(L("已保存第\(count)张（\(note)）", "saved ballot \(count) (\(note))"))
                    for writeIn in ballot.writeIns where writeIn.mark == .yes && !writeIn.name.isEmpty {
                        if try !db.isElectable(election: target.election, name: writeIn.name) {
                            printWarning(L("另选的“\(writeIn.name)”不是本村（社区）有被选举权的党员（或有重名）：照录，但其不能当选",
                                           "the write-in \(writeIn.name) is not a member with the right to be elected (or is ambiguous): entered, but cannot be elected"))
                        }
                    }
                } catch let error as Refusal {
                    printError(error.localized)
                }
            }
            print(L("\(entry.rawValue)批共录入\(count)张", "entry \(entry.rawValue): \(count) ballots"))
        }
    }

    struct Undo: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "undo", abstract: L("撤销本批最后录入的一张票", "undo the last ballot of an entry"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Option(help: ArgumentHelp(L("录入批次 A 或 B", "entry A or B"))) var entry: EntrySide

        func run(_ db: AppDatabase) throws {
            let left = try db.undoLastBallot(by: actor.resolved, election: target.election, round: which.round, entry: entry)
            print(L("已撤销，\(entry.rawValue)批现有\(left)张", "undone: entry \(entry.rawValue) has \(left)"))
        }
    }

    struct Count: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "count",
                abstract: L("一位计票人录入批次的计票（供与唱票记录核对；不是本轮结果）", "the tally of one teller's entry (to check against the chalkboard; not the round's result)"),
                discussion: L("本轮结果只按两批核对一致并经裁定后的选票计算（round close）。", "The round's result counts only the reconciled stack (round close)."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Option(help: ArgumentHelp(L("录入批次：A 或 B", "entry: A or B"))) var entry: EntrySide

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, which.round)
            let count = try db.entryCount(election: target.election, round: round.number, entry: entry)
            if output.json {
                print(try renderJSON(count))
                return
            }
            print(L("第\(round.number)轮\(entry.rawValue)批：\(count.returned)张，有效\(count.valid)张，多选无效\(count.overvoted)张，废票\(count.spoiled)张，待裁定\(count.awaitingRuling.count)张",
                    "round \(round.number), entry \(entry.rawValue): \(count.returned) ballots, \(count.valid) valid, \(count.overvoted) overvoted, \(count.spoiled) spoiled, \(count.awaitingRuling.count) awaiting a ruling"))
            var table = TextTable(headers: [L("姓名", "name"), L("赞成", "yes"), L("不赞成", "no"), L("弃权", "abstain")])
            for candidate in count.candidates + count.writeIns {
                table.add([candidate.name, String(candidate.yes), String(candidate.no), String(candidate.abstain)])
            }
            print(table.render())
        }
    }

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
            let (places, decisions) = try db.reconciliation(election: target.election, round: round.number)
            let open = places.filter(\.needsDecision)
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
                let (places, _) = try db.reconciliation(election: target.election, round: round.number)
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

    struct Tally: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "tally",
                abstract: L("录入手工计票结果（总监票人）：CSV 列为 姓名,赞成,不赞成,弃权,另选", "enter a hand count (chief scrutineer): CSV columns 姓名,赞成,不赞成,弃权,另选"),
                discussion: L("候选人按选票顺序各占一行；另选他人的行在“另选”列填“是”，只填赞成票。各人赞成、不赞成、弃权之和须等于有效票。",
                              "One row per candidate in ballot order; write-ins with 是 under 另选 and their yes votes only. Each candidate's figures must add up to the valid ballots."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Argument(help: ArgumentHelp(L("手工计票结果CSV", "the hand count CSV"))) var file: String
        @Option(help: ArgumentHelp(L("收回选票张数", "ballots returned"))) var returned: Int
        @Option(help: ArgumentHelp(L("多选无效票张数", "overvoted ballots"))) var overvoted = 0
        @Option(help: ArgumentHelp(L("废票张数", "spoiled ballots"))) var spoiled = 0

        func run(_ db: AppDatabase) throws {
            let (records, _) = try readCSV(file, encoding: nil)
            let count: RoundCount
            do { count = try readHandCount(records, returned: returned, overvoted: overvoted, spoiled: spoiled) } catch { throw rejected(error, file: file) }
            try db.recordTallySheet(by: actor.resolved, election: target.election, round: which.round, count: count)
            print(L("已录入手工计票结果：收回\(returned)张，有效\(count.valid)张；请用 round close 宣布结果", "hand count entered: \(returned) returned, \(count.valid) valid; declare it with round close"))
        }
    }

    struct Close: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "close", abstract: L("总监票人宣布：发出、收回选票张数；收回多于发出则本轮无效，否则计票并确定结果", "the chief scrutineer declares ballots issued and returned; more returned voids the round, else it is counted"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Option(help: ArgumentHelp(L("发出选票张数", "ballots issued"))) var issued: Int
        @Option(help: ArgumentHelp(L("收回选票张数", "ballots returned"))) var returned: Int

        func run(_ db: AppDatabase) throws {
            let round = try db.closeRound(by: actor.resolved, election: target.election, round: which.round, issued: issued, returned: returned)
            print(roundText(round))
        }
    }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("列出各轮投票及结果", "list the rounds and their results"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption

        func run(_ db: AppDatabase) throws {
            let rounds = try db.rounds(election: target.election)
            if output.json {
                print(try renderJSON(rounds))
                return
            }
            print(rounds.map(roundText).joined(separator: "\n\n"))
        }
    }
}

func pickRound(_ db: AppDatabase, _ election: String, _ number: Int?) throws -> RoundView {
    let rounds = try db.rounds(election: election)
    guard let round = number.map({ n in rounds.first { $0.number == n } }) ?? rounds.last else {
        throw Refusal.roundUnknown(number)
    }
    return round
}
