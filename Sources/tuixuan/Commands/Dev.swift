import ArgumentParser
import CoreFoundation
import Foundation
import TuixuanCore
import TuixuanStore

struct Dev: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "dev", abstract: L("开发与演示工具", "tools for development and demos"), subcommands: [Sample.self, Ballots.self, Generate.self, Roll.self, Sheet.self])
    }

    struct Sample: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "sample",
                abstract: L("生成一个示例县的组织表和党员名册CSV（可复现）", "write a sample county's organization list and member rolls as CSV (reproducible)"),
                discussion: L("名册按Excel的习惯交替使用UTF-8、带BOM的UTF-8和GB18030编码。", "Rolls alternate between UTF-8, UTF-8 with BOM and GB18030, as Excel writes them."))
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("输出目录", "output folder"))) var out: String
        @Option(help: ArgumentHelp(L("随机种子", "random seed"))) var seed: UInt64 = 2026
        @Option(help: ArgumentHelp(L("党员大会日期（据此生成年龄和处分期限）", "congress date (ages and probation periods are set around it)"))) var congressDate: CivilDate
        @Option(help: ArgumentHelp(L("乡镇数", "townships"))) var townships = 3
        @Option(help: ArgumentHelp(L("每乡镇村数", "villages per township"))) var villages = 3
        @Flag(help: ArgumentHelp(L("另将组织表和每份名册写成 Excel 工作簿（.xlsx，与 CSV 同名）", "also write the organization list and each roll as an Excel workbook (.xlsx, beside its CSV)"))) var xlsx = false

        func run() throws {
            let county = SampleCounty.generate(seed: seed, townships: townships, villagesPerTownship: villages, congressDate: congressDate)
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("rolls"), withIntermediateDirectories: true)
            try Data(county.organizationsCSV.utf8).write(to: folder.appendingPathComponent("organizations.csv"))
            if xlsx { try writeWorkbook([organizationTable(csv: county.organizationsCSV)], to: folder.appendingPathComponent("organizations.xlsx").path) }
            let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(0x0632))
            for (index, village) in county.villages.enumerated() {
                let data: Data
                switch index % 3 {
                case 1: data = Data([0xEF, 0xBB, 0xBF] + Array(village.rollCSV.utf8))
                case 2: data = village.rollCSV.data(using: gb18030)!
                default: data = Data(village.rollCSV.utf8)
                }
                try data.write(to: folder.appendingPathComponent("rolls/\(village.code).csv"))
                if xlsx { try writeWorkbook([memberRollTable(csv: village.rollCSV)], to: folder.appendingPathComponent("rolls/\(village.code).xlsx").path) }
            }
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("recommendations"), withIntermediateDirectories: true)
            if let first = county.villages.first {
                try Data(county.membersBallotsCSV.utf8).write(to: folder.appendingPathComponent("recommendations/\(first.code)-members.csv"))
                try Data(county.representativesTallyCSV.utf8).write(to: folder.appendingPathComponent("recommendations/\(first.code)-representatives.csv"))
            }
            let members = county.villages.map(\.memberCount).reduce(0, +)
            print(L("已生成：\(county.countyName)（\(county.countyCode)），\(county.villages.count)个村（社区），党员\(members)人 → \(out)",
                    "written: \(county.countyName) (\(county.countyCode)), \(county.villages.count) villages and communities, \(members) members → \(out)"))
            for village in county.villages { print("  \(village.code)  \(village.name)  \(village.memberCount)") }
        }
    }
}

extension Dev {
    struct Ballots: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "ballots", abstract: L("为当前一轮生成一叠演示选票（两位计票人的录入，第二份带一处误读和一张漏录）", "write a demo stack for the current round: two tellers' entries, the second with a misread mark and a skipped ballot"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("各候选人的赞成票，如 张志远=44,刘晓燕=40", "yes votes per candidate, e.g. NAME=44,NAME=40"))) var yes: String
        @Option(help: ArgumentHelp(L("有效票张数", "valid ballots"))) var valid: Int
        @Option(help: ArgumentHelp(L("多选无效票张数", "overvoted ballots"))) var overvoted = 0
        @Option(help: ArgumentHelp(L("废票张数", "spoiled ballots"))) var spoiled = 0
        @Option(help: ArgumentHelp(L("随机种子", "seed"))) var seed: UInt64 = 1
        @Option(help: ArgumentHelp(L("第一位计票人的模板文件", "first teller's sheet"))) var outA: String
        @Option(help: ArgumentHelp(L("第二位计票人的模板文件（省略则不生成）", "second teller's sheet (omit for none)"))) var outB: String?

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, nil)
            var targets = Array(repeating: 0, count: round.candidates.count)
            for pair in yes.split(separator: ",") {
                let parts = pair.split(separator: "=").map { String($0).trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let index = round.candidates.firstIndex(of: parts[0]), let value = Int(parts[1]) else {
                    throw UserFacingError(message: L("--yes 中的“\(pair)”不是本轮候选人=票数", "\(pair) in --yes is not CANDIDATE=COUNT for this round"), status: ExitStatus.refused)
                }
                targets[index] = value
            }
            guard let stack = SampleBallots.stack(candidates: round.candidates.count, seats: round.seats, yes: targets, valid: valid,
                                                  overvoted: overvoted, spoiled: spoiled, seed: seed) else {
                throw UserFacingError(message: L("这些票数放不进\(valid)张有效票", "those totals do not fit \(valid) valid ballots"), status: ExitStatus.refused)
            }
            try Data(ballotSheetCSV(stack, round: round).utf8).write(to: URL(fileURLWithPath: outA))
            if let outB {
                try Data(ballotSheetCSV(SampleBallots.secondEntry(of: stack, seed: seed &+ 1), round: round).utf8).write(to: URL(fileURLWithPath: outB))
            }
            print(L("已生成\(stack.count)张选票 → \(outA)\(outB.map { "、" + $0 } ?? "")", "\(stack.count) ballots → \(outA)\(outB.map { ", " + $0 } ?? "")"))
        }
    }
}

/// A filled counting sheet for a stack of ballots.
func ballotSheetCSV(_ stack: [BallotEntry], round: RoundView) -> String {
    let header = BallotSheet.header(candidates: round.candidates, writeInSlots: round.seats)
    let rows = stack.enumerated().map { index, ballot in csvLine(BallotSheet.row(ballot, number: index + 1, writeInSlots: round.seats)) }
    return ([header.joined(separator: ",")] + rows).joined(separator: "\n") + "\n"
}

extension Dev {
    struct Generate: DatabaseCommand {
        static var createsDatabase: Bool { true }

        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "generate",
                abstract: L("在一个新的空数据库中生成一个省的模拟数据（压力测试与基准测试用，可复现）", "fill a new, empty database with a generated province (for load tests and benchmarks; reproducible)"),
                discussion: L("每个村（社区）一份名册和一次换届选举，停在随机的步骤；已开过党员大会的有两位计票人的录入、计票结果、审批和审核。每个乡镇一个事务，每个村一条审计事件。",
                              "Each village gets a roll and an election stopped at a random step; those past the congress have both tellers' entries, the count, the approval and the review. One transaction per township, one audited event per village."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp(L("县数", "counties"))) var counties = 100
        @Option(help: ArgumentHelp(L("每县乡镇数", "townships per county"))) var townships = 20
        @Option(help: ArgumentHelp(L("每乡镇村数", "villages per township"))) var villages = 15
        @Option(help: ArgumentHelp(L("每村平均党员数", "mean members per village"))) var members = 50
        @Option(help: ArgumentHelp(L("已开过党员大会的比例", "share of elections past the congress"))) var held = 0.6
        @Option(help: ArgumentHelp(L("随机种子", "random seed"))) var seed: UInt64 = 2026
        @Option(help: ArgumentHelp(L("生成数据所处的日期（默认今天）", "the date the season has reached (default today)"))) var asOf: CivilDate?

        func run(_ db: AppDatabase) throws {
            guard counties >= 1, townships >= 1, villages >= 1, members >= 1, (0...1).contains(held) else {
                throw UserFacingError(message: L("县、乡镇、村和党员数须至少为1，比例在0到1之间", "counts must be at least 1 and the share between 0 and 1"), status: ExitStatus.refused)
            }
            let shape = ProvinceShape(counties: counties, townshipsPerCounty: townships, villagesPerTownship: villages, membersPerVillage: members,
                                      heldShare: held, seed: seed, asOf: asOf ?? db.today)
            let progress = TerminalProgress(json: output.json)
            let started = Date()
            let report = try db.generateProvince(shape, progress: progress.update)
            progress.finish()
            if output.json {
                print(try renderJSON(report))
                return
            }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            print(L("已生成：\(report.counties)个县、\(report.townships)个乡镇、\(report.elections)个村（社区）的换届选举，党员\(report.members)人；\(report.congressesHeld)次党员大会已开、\(report.roundsOpen)次正在开会，录入选票\(report.ballotsEntered)张、计入\(report.ballotsCounted)张（\(seconds)秒）",
                    "generated: \(report.counties) counties, \(report.townships) townships, \(report.elections) elections, \(report.members) members; \(report.congressesHeld) congresses held and \(report.roundsOpen) in session, \(report.ballotsEntered) ballots entered, \(report.ballotsCounted) counted (\(seconds) s)"))
        }
    }

    struct Roll: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "roll", abstract: L("生成一份大型党员名册CSV（姓名、身份证号各不相同；压力测试用）", "write a large member roll CSV (distinct names and ID numbers; for load tests)"),
                                 discussion: L("输出文件以 .xlsx 结尾时写成 Excel 工作簿。", "An output file ending in .xlsx is written as an Excel workbook."))
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("党员人数", "members"))) var count: Int
        @Option(help: ArgumentHelp(L("行政区划代码（6位，用于身份证号）", "region code (6 digits, for ID numbers)"))) var region = "330199"
        @Option(help: ArgumentHelp(L("党员大会日期", "congress date"))) var congressDate: CivilDate
        @Option(help: ArgumentHelp(L("随机种子", "random seed"))) var seed: UInt64 = 2026
        @Option(help: ArgumentHelp(L("输出文件", "output file"))) var out: String
        @Option(help: ArgumentHelp(L("组织代码（逗号分隔）：写成全县名册，党员依次分到各组织", "organization codes (comma-separated): write a county-wide roll, members dealt to them in turn"))) var orgCodes: String?

        func run() throws {
            var roll = SampleCounty.largeRoll(count: count, regionCode: region, congressDate: congressDate, seed: seed)
            if let orgCodes {
                let codes = orgCodes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard !codes.isEmpty else { throw ValidationError(L("--org-codes 没有组织代码", "--org-codes names no organization")) }
                var lines = roll.split(separator: "\n", omittingEmptySubsequences: false)
                for index in lines.indices where !lines[index].isEmpty {
                    lines[index] = (index == 0 ? "组织代码" : Substring(codes[(index - 1) % codes.count])) + "," + lines[index]
                }
                roll = lines.joined(separator: "\n")
            }
            if out.lowercased().hasSuffix(".xlsx") {
                try writeWorkbook([memberRollTable(csv: roll)], to: out)
            } else {
                try Data(roll.utf8).write(to: URL(fileURLWithPath: out))
            }
            print(L("已生成\(count)名党员的名册 → \(out)", "a roll of \(count) members → \(out)"))
        }
    }

    struct Sheet: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "sheet", abstract: L("为当前一轮生成一份随机填写的计票录入表（任意张数；压力测试用）", "write a counting sheet of random ballots for the current round (any number; for load tests)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("选票张数", "ballots"))) var count: Int
        @Option(help: ArgumentHelp(L("随机种子", "random seed"))) var seed: UInt64 = 1
        @Option(help: ArgumentHelp(L("输出文件", "output file"))) var out: String

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, nil)
            var random = SeededGenerator(seed: seed)
            let favour = round.candidates.map { _ in Double.random(in: 0.3...0.9, using: &random) }
            let handle = try createOutputFile(out)
            defer { try? handle.close() }
            var text = BallotSheet.header(candidates: round.candidates, writeInSlots: round.seats).joined(separator: ",") + "\n"
            for number in 1...max(count, 1) where number <= count {
                var marks = favour.map { Double.random(in: 0..<1, using: &random) < $0 ? Mark.yes : (Double.random(in: 0..<1, using: &random) < 0.9 ? .no : .abstain) }
                while marks.filter({ $0 == .yes }).count > round.seats, let last = marks.lastIndex(of: .yes) { marks[last] = .no }
                text += csvLine(BallotSheet.row(BallotEntry(marks: marks), number: number, writeInSlots: round.seats)) + "\n"
                if text.utf8.count > 1 << 20 {
                    handle.write(Data(text.utf8))
                    text = ""
                }
            }
            handle.write(Data(text.utf8))
            print(L("已生成\(count)张选票 → \(out)", "\(count) ballots → \(out)"))
        }
    }
}

/// A new file at `path` (replacing any), open for writing.
func createOutputFile(_ path: String) throws -> FileHandle {
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
        throw UserFacingError(message: L("无法写入 \(path)", "cannot write \(path)"), status: ExitStatus.refused)
    }
    return handle
}
