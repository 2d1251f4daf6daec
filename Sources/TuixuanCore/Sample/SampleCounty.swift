import Foundation

/// A small, fast, seedable random generator (SplitMix64), so generated data is reproducible.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A realistic sample county for demos and tests: townships, villages and communities, and
/// member rolls with plausible Chinese names, ages, genders, education and statuses, all
/// reproducible from a seed. Output is CSV text in the formats the importers read.
public struct SampleCounty: Sendable {
    public struct Village: Sendable {
        public var code: String
        public var name: String
        public var level: OrganizationLevel
        public var rollCSV: String
        public var memberCount: Int
    }

    public var countyCode: String
    public var countyName: String
    /// The organization CSV (townships, then their villages and communities).
    public var organizationsCSV: String
    public var villages: [Village]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤")
    static let maleGiven = Array("国建华明志伟军强平东海林德福文永胜兴祥荣贵春生庆宝顺利成发全有山金刚俊杰浩鹏涛斌亮磊")
    static let femaleGiven = Array("秀英兰芳玉珍桂梅凤霞丽红琴云莲燕萍娟敏静婷雪慧芬娜艳丹翠月美")
    static let townshipNames = ["城关镇", "石桥镇", "桃源乡", "青山镇", "河口乡", "新塘镇"]
    static let villageNames = ["红旗村", "向阳村", "东升村", "柳树村", "马家庄村", "杏花村", "前进村", "王家湾村", "黄土岭村", "龙泉村",
                               "新华村", "高桥村", "白沙村", "五里村", "三合村", "太平村"]
    static let communityNames = ["东城社区", "西街社区", "幸福里社区", "滨河社区", "文化路社区"]

    /// Generates a county of `townships` townships, each with `villagesPerTownship` villages and
    /// (in the first township) communities, congress dates judged against `congressDate`.
    public static func generate(
        seed: UInt64, countyCode: String = "330521", countyName: String = "示范县",
        townships: Int = 3, villagesPerTownship: Int = 3, congressDate: CivilDate
    ) -> SampleCounty {
        var random = SeededGenerator(seed: seed)
        var orgLines = ["代码,名称,层级,上级代码,上届委员会职数"]
        var villages: [Village] = []
        var villageNamePool = villageNames.shuffled(using: &random)
        var communityPool = communityNames.shuffled(using: &random)
        for t in 0..<min(townships, townshipNames.count) {
            let townshipCode = "\(countyCode)\(pad(t + 1, 3))"
            orgLines.append("\(townshipCode),\(townshipNames[t]),乡镇,\(countyCode),")
            let communities = t == 0 ? 1 : 0
            for v in 0..<(villagesPerTownship + communities) {
                let isCommunity = v >= villagesPerTownship
                let level: OrganizationLevel = isCommunity ? .community : .village
                let pool = isCommunity ? communityPool.popLast() : villageNamePool.popLast()
                let name = pool ?? "第\(v + 1)\(isCommunity ? "社区" : "村")"
                let code = "\(townshipCode)\(pad(v + 1, 3))"
                let previous = isCommunity ? [5, 7].randomElement(using: &random)! : [3, 3, 5].randomElement(using: &random)!
                orgLines.append("\(code),\(name),\(isCommunity ? "社区" : "村"),\(townshipCode),\(previous)")
                let count = Int.random(in: isCommunity ? 45...90 : 28...65, using: &random)
                let roll = generateRoll(count: count, regionCode: String(countyCode.prefix(6)), congressDate: congressDate, random: &random)
                villages.append(Village(code: code, name: name, level: level, rollCSV: roll, memberCount: count))
            }
        }
        return SampleCounty(countyCode: countyCode, countyName: countyName, organizationsCSV: orgLines.joined(separator: "\n") + "\n", villages: villages)
    }

    static func generateRoll(count: Int, regionCode: String, congressDate: CivilDate, random: inout SeededGenerator) -> String {
        var lines = [MemberRollColumns.templateHeader]
        var usedNames: Set<String> = []
        var sequence = 0
        for _ in 0..<count {
            let female = Double.random(in: 0..<1, using: &random) < 0.27
            var name = ""
            repeat {
                let given = female ? femaleGiven : maleGiven
                let length = Double.random(in: 0..<1, using: &random) < 0.7 ? 2 : 1
                name = String(surnames.randomElement(using: &random)!) + String((0..<length).map { _ in given.randomElement(using: &random)! })
            } while usedNames.contains(name)
            usedNames.insert(name)
            // Rural rolls are old: ages 20–86 at the congress, weighted towards 45–75.
            let age = Double.random(in: 0..<1, using: &random) < 0.2
                ? Int.random(in: 20...44, using: &random) : Int.random(in: 45...86, using: &random)
            let birth = CivilDate(year: congressDate.year - age - 1, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!
            let probationary = age < 50 && Double.random(in: 0..<1, using: &random) < 0.12
            let joined: CivilDate = probationary
                ? congressDate.adding(days: -Int.random(in: 60...330, using: &random))
                : CivilDate(year: birth.year + Int.random(in: 19...min(age, 40), using: &random), month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!
            let educationRoll = Double.random(in: 0..<1, using: &random)
            let education: String = switch (educationRoll, age < 45) {
            case (..<0.1, false): "小学"
            case (..<0.5, false): "初中"
            case (..<0.75, false): "高中"
            case (..<0.85, false): "中专"
            case (_, false): "大专"
            case (..<0.15, true): "初中"
            case (..<0.4, true): "高中"
            case (..<0.7, true): "大专"
            case (..<0.95, true): "大学本科"
            default: "研究生"
            }
            sequence += 1
            let id = residentID(region: regionCode, birth: birth, sequence: sequence, female: female)
            var discipline = "无", probationStart = "", probationEnd = ""
            let special = Double.random(in: 0..<1, using: &random)
            if !probationary && special < 0.015 {
                discipline = "留党察看"
                probationStart = congressDate.adding(days: -Int.random(in: 100...300, using: &random)).description
                probationEnd = congressDate.adding(days: Int.random(in: 30...300, using: &random)).description
            } else if !probationary && special < 0.02 {
                discipline = "留置"
            }
            let away = age < 60 && Double.random(in: 0..<1, using: &random) < 0.2 ? "是" : "否"
            let phone = "1\([3, 5, 8].randomElement(using: &random)!)\(pad(Int.random(in: 0...999_999_999, using: &random), 9))"
            lines.append([name, female ? "女" : "男", birth.description, id, education, joined.description,
                          probationary ? "预备" : "正式", discipline, probationStart, probationEnd, away, phone].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A valid 18-character resident ID number (GB 11643) for the region, birth date and sex.
    static func residentID(region: String, birth: CivilDate, sequence: Int, female: Bool) -> String {
        var order = (sequence % 499) * 2 + 1
        if female { order += 1 }
        let body = region + birth.description.replacingOccurrences(of: "-", with: "") + pad(order % 1000, 3)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
