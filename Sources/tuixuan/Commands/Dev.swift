import ArgumentParser
import CoreFoundation
import Foundation
import TuixuanCore

struct Dev: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: L("开发与演示工具", "tools for development and demos"), subcommands: [Sample.self])
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
