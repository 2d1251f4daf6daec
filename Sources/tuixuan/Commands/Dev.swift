import ArgumentParser
import CoreFoundation
import Foundation
import TuixuanCore
import TuixuanStore

struct Dev: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: L("开发与演示工具", "tools for development and demos"), subcommands: [Sample.self, Ballots.self])
    }

    struct Sample: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: L("生成一个示例县的组织表和党员名册CSV（可复现）", "write a sample county's organization list and member rolls as CSV (reproducible)"),
                discussion: L("名册按Excel的习惯交替使用UTF-8、带BOM的UTF-8和GB18030编码。", "Rolls alternate between UTF-8, UTF-8 with BOM and GB18030, as Excel writes them."))
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("输出目录", "output folder"))) var out: String
        @Option(help: ArgumentHelp(L("随机种子", "random seed"))) var seed: UInt64 = 2026
        @Option(help: ArgumentHelp(L("党员大会日期（据此生成年龄和处分期限）", "congress date (ages and probation periods are set around it)"))) var congressDate: CivilDate
        @Option(help: ArgumentHelp(L("乡镇数", "townships"))) var townships = 3
        @Option(help: ArgumentHelp(L("每乡镇村数", "villages per township"))) var villages = 3

        func run() throws {
            let county = SampleCounty.generate(seed: seed, townships: townships, villagesPerTownship: villages, congressDate: congressDate)
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("rolls"), withIntermediateDirectories: true)
            try Data(county.organizationsCSV.utf8).write(to: folder.appendingPathComponent("organizations.csv"))
            let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(0x0632))
            for (index, village) in county.villages.enumerated() {
                let data: Data
                switch index % 3 {
                case 1: data = Data([0xEF, 0xBB, 0xBF] + Array(village.rollCSV.utf8))
                case 2: data = village.rollCSV.data(using: gb18030)!
                default: data = Data(village.rollCSV.utf8)
                }
                try data.write(to: folder.appendingPathComponent("rolls/\(village.code).csv"))
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
            CommandConfiguration(abstract: L("为当前一轮生成一叠演示选票（两位计票人的录入，第二份带一处误读和一张漏录）", "write a demo stack for the current round: two tellers' entries, the second with a misread mark and a skipped ballot"))
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
    let rows = stack.enumerated().map { index, ballot -> String in
        let marks = ballot.marks.map { mark -> String in
            switch mark {
            case .yes: "○"
            case .no: "×"
            case .abstain: ""
            case .unclear(let text): text
            }
        }
        let writeIns = (0..<max(1, round.seats)).flatMap { slot -> [String] in
            slot < ballot.writeIns.count ? [ballot.writeIns[slot].name, ballot.writeIns[slot].mark == .yes ? "○" : ""] : ["", ""]
        }
        let blank = !ballot.spoiled && ballot.marks.allSatisfy { $0 == .abstain } && ballot.writeIns.isEmpty
        return ([String(index + 1)] + marks + writeIns + [blank ? "是" : "", ballot.spoiled ? "是" : ""]).joined(separator: ",")
    }
    return ([header.joined(separator: ",")] + rows).joined(separator: "\n") + "\n"
}
