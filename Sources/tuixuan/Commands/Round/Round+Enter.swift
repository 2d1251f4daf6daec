import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Enter: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "enter",
                abstract: L("录入选票：--file 导入填好的模板，或逐张键入（每张票即时保存，每20张及结束时存入记录）", "enter ballots: --file imports a filled sheet, or type them one by one (each saved at once, recorded 20 at a time and on quitting)"),
                discussion: L("""
                    逐张键入时，每行一张票：按选票顺序每名候选人一个字符（o、y 或 ○ 赞成，x、n 或 × 不赞成，.、- 或 _ 弃权；其他字符，包括 0，都作为不清楚的标记待裁定），
                    另选他人在后面写“+姓名:o”；空白票键入 blank，废票键入 spoiled；u 撤销上一张；q 结束。
                    每张票键入后即保存（断电也不丢），每满20张作为一个事件存入记录，按 q 时存入其余的：记录中不留每张票的键入时间。中断后重新运行本命令即可接着录入。
                    """, """
                    Typing: one line per ballot, one character per candidate in ballot order (o, y or ○ yes; x, n or × no; ., - or _ abstain; anything else, 0 included, is unclear and ruled on),
                    then "+NAME:o" for a write-in; "blank" for a blank ballot, "spoiled" for a spoiled one; u undoes the last; q quits.
                    Each ballot is saved as soon as it is typed (a power cut loses nothing typed); every 20 enter the record as one event, and q records the rest,
                    so the record keeps no per-ballot typing time. After an interruption, run the command again to carry on.
                    """))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Option(help: ArgumentHelp(L("录入批次：A（第一位计票人）或 B（第二位计票人）", "entry: A (first teller) or B (second teller)"))) var entry: EntrySide
        @Option(help: ArgumentHelp(L("填好的计票模板（CSV 或 Excel 工作簿）", "the filled counting sheet (CSV or Excel workbook)"))) var file: String?
        @OptionGroup var sheet: SheetOption

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, which.round)
            if let file {
                // The sheet is read and checked row by row on one thread while the ballots are entered on this
                // one, as they come; any wrong row rejects it whole (the transaction keeps nothing).
                let progress = TerminalProgress(json: false, unit: .bytes)
                defer { progress.finish() }
                let pipe = BatchPipe<BallotEntry>()
                let (candidates, seats) = (round.candidates, round.seats)
                let sheetName = sheet.sheet
                _ = startProducer(pipe) { pipe in
                    var reader = BallotSheetReader(candidates: candidates, writeInSlots: seats)
                    var batch: [BallotEntry] = []
                    batch.reserveCapacity(2048)
                    var header: [CSVRecord] = []
                    let read = try streamTable(file, encoding: nil, sheet: sheetName, progress: progress.update) { record in
                        if header.isEmpty { header.append(record) }
                        guard let ballot = reader.read(record), !reader.hasIssues else { return }
                        batch.append(ballot)
                        if batch.count == 2048 {
                            guard pipe.send(batch) else { throw CancellationError() }
                            batch.removeAll(keepingCapacity: true)
                        }
                    }
                    do { try reader.finish() } catch let error as ImportRejected {
                        throw rejected(error, table: TableFile(path: file, records: header, encoding: read.encoding, sheet: read.sheet))
                    }
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
            let pending = try db.typedBallotsPending(election: target.election, round: round.number, entry: entry)
            if pending > 0 {
                print(L("接着上次录入：已键入但尚未存入记录的\(pending)张票仍在，继续录入即可",
                        "carrying on: \(pending) ballots typed earlier and not yet recorded are kept; go on typing"))
            }
            var count = (entry == .A ? round.enteredA : round.enteredB) + pending
            defer {
                do {
                    try db.recordTypedBallots(by: actor.resolved, election: target.election, round: round.number, entry: entry)
                } catch let error as Refusal {
                    printError(error.localized)
                } catch {
                    printError(L("键入的票未能存入记录（仍保存着，重新运行本命令按 q 即可）：\(error)", "the typed ballots could not be recorded (they are kept: run this command again and press q): \(error)"))
                }
            }
            while true {
                FileHandle.standardOutput.write(Data("[\(count + 1)] ".utf8))
                guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { break }
                if line == "q" { break }
                if line.isEmpty { continue }
                if line == "u" {
                    count = try db.undoTypedBallot(by: actor.resolved, election: target.election, round: round.number, entry: entry)
                    print(L("已撤销，现有\(count)张", "undone: \(count) entered"))
                    continue
                }
                guard let ballot = BallotEntry(typed: line, candidates: round.candidates.count) else {
                    printError(L("看不懂这一行：须有\(round.candidates.count)个标记（o x . ?），另选他人写“+姓名:o”", "cannot read that line: \(round.candidates.count) marks (o x . ?), write-ins as +NAME:o"))
                    continue
                }
                do {
                    count = try db.typeBallot(by: actor.resolved, election: target.election, round: round.number, entry: entry, ballot: ballot).position
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
}
