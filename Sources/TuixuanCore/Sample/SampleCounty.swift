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
    /// The first village's recommendation ballots (members' round: one row per ballot) and the
    /// representatives' hand tally, for the demo's steps 12–13.
    public var membersBallotsCSV: String
    public var representativesTallyCSV: String
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
        // The first village gets the demo's cast, whose stories steps 11–19 tell.
        if !villages.isEmpty {
            villages[0].rollCSV += featured.map { person in
                let id = residentID(region: String(countyCode.prefix(6)), birth: CivilDate(parsing: person.born)!, sequence: 900 + person.order, female: person.female)
                return [person.name, person.female ? "女" : "男", person.born, id, person.education, person.joined, "正式", "无", "", "", "否", ""].joined(separator: ",")
            }.joined(separator: "\n") + "\n"
            villages[0].memberCount += featured.count
        }
        return SampleCounty(countyCode: countyCode, countyName: countyName, membersBallotsCSV: ballots(random: &random),
                            representativesTallyCSV: representativesTally, organizationsCSV: orgLines.joined(separator: "\n") + "\n", villages: villages)
    }

    /// The demo village's cast: an incumbent secretary, a young woman, an incumbent member, two
    /// more able members, one the vetting will exclude, and an incumbent over the age limit.
    static let featured: [(order: Int, name: String, female: Bool, born: String, education: String, joined: String)] = [
        (1, "张志远", false, "1976-03-15", "高中", "2001-07-01"),
        (2, "刘晓燕", true, "1992-06-20", "大专", "2015-06-30"),
        (3, "陈国平", false, "1974-09-09", "中专", "1998-07-01"),
        (4, "赵明", false, "1987-01-12", "大学本科", "2010-12-01"),
        (5, "孙丽", true, "1983-11-02", "高中", "2008-07-01"),
        (6, "吴海", false, "1980-04-04", "高中", "2006-05-20"),
        (7, "周德福", false, "1966-05-05", "初中", "1990-07-01"),
    ]

    /// The names the sample's random rolls never use, so the cast is unambiguous.
    static let featuredNames: Set<String> = Set(featured.map(\.name))

    /// 46 members' recommendation ballots naming up to three of the cast, with the slips a real
    /// stack has: a blank ballot, a name not on the roll, a ballot naming four (void).
    static func ballots(random: inout SeededGenerator) -> String {
        let weights: [(String, Int)] = [("张志远", 9), ("刘晓燕", 6), ("陈国平", 7), ("赵明", 5), ("孙丽", 5), ("吴海", 4), ("周德福", 6)]
        let pool = weights.flatMap { Array(repeating: $0.0, count: $0.1) }
        var lines = ["推荐人选1,推荐人选2,推荐人选3"]
        for _ in 0..<42 {
            var names: [String] = []
            let count = Int.random(in: 2...3, using: &random)
            while names.count < count {
                let name = pool.randomElement(using: &random)!
                if !names.contains(name) { names.append(name) }
            }
            lines.append(names.joined(separator: ","))
        }
        lines.append("空白票,,")
        lines.append("张志远,张大山,")
        lines.append("张志远,刘晓燕,陈国平,赵明")
        lines.append("刘晓燕,孙丽,赵明")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The villagers' representatives' round, counted by hand (姓名,票数), 31 ballots returned: at most 3
    /// names each, so at most 93 recommendations, and these are 93.
    static let representativesTally = "姓名,票数\n张志远,24\n陈国平,18\n刘晓燕,15\n赵明,13\n孙丽,11\n吴海,4\n周德福,8\n"

    /// A roll of `count` members in the template's format, names all distinct; with `distinctIDs`, ID
    /// numbers too (a large roll would otherwise repeat some; the demo's small rolls keep theirs as drawn).
    static func generateRoll(count: Int, regionCode: String, congressDate: CivilDate, random: inout SeededGenerator,
                             distinctIDs: Bool = false) -> String {
        var lines = [MemberRollColumns.templateHeader]
        lines.reserveCapacity(count + 1)
        var usedNames: Set<String> = [], usedIDs: Set<String> = []
        for sequence in 1...max(count, 1) where sequence <= count {
            var member = [randomMember(sequence: sequence, regionCode: regionCode, congressDate: congressDate, usedNames: &usedNames, random: &random)]
            if distinctIDs { distinctIDNumbers(&member, region: regionCode, used: &usedIDs) }
            lines.append(rollLine(member[0]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line of the roll template for `member`, in the words a village secretary types.
    static func rollLine(_ member: Member) -> String {
        let education: String = switch member.education {
        case .primary: "小学"
        case .juniorHigh: "初中"
        case .highSchool: "高中"
        case .secondaryVocational: "中专"
        case .associate: "大专"
        case .bachelor: "大学本科"
        case .postgraduate: "研究生"
        }
        let discipline: String = switch member.discipline {
        case .none: "无"
        case .probation: "留党察看"
        case .detained: "留置"
        case .arrested: "逮捕"
        }
        return [member.name, member.gender == .female ? "女" : "男", member.birthDate.description, member.idNumber ?? "", education,
                member.joinedDate.description, member.status == .probationary ? "预备" : "正式", discipline,
                member.probationStart?.description ?? "", member.probationEnd?.description ?? "", member.away ? "是" : "否",
                member.phone ?? ""].joined(separator: ",")
    }

    /// A plausible rural party member: names not yet in `usedNames`, ages 20–86 at the congress
    /// weighted towards 45–75, education by age, a few probationary, on probation, detained or away.
    static func randomMember(sequence: Int, regionCode: String, congressDate: CivilDate, usedNames: inout Set<String>,
                             random: inout SeededGenerator) -> Member {
        let female = Double.random(in: 0..<1, using: &random) < 0.27
        let given = female ? femaleGiven : maleGiven
        var name = ""
        // A few tries at a common two- or three-character name; then (a large roll has used most of them) a four-character
        // one numbered by how many names are taken, which no two members share and no short name equals: linear in the roll.
        for _ in 0..<8 {
            let length = Double.random(in: 0..<1, using: &random) < 0.7 ? 2 : 1
            name = String(surnames.randomElement(using: &random)!) + String((0..<length).map { _ in given.randomElement(using: &random)! })
            if !usedNames.contains(name) && !featuredNames.contains(name) { break }
            name = ""
        }
        var number = usedNames.count
        while name.isEmpty || usedNames.contains(name) {
            var rest = number
            let surname = surnames[rest % surnames.count]
            rest /= surnames.count
            name = String(surname) + String((0..<3).map { _ in let character = given[rest % given.count]; rest /= given.count; return character })
            number += 1
        }
        usedNames.insert(name)
        let age = Double.random(in: 0..<1, using: &random) < 0.2
            ? Int.random(in: 20...44, using: &random) : Int.random(in: 45...86, using: &random)
        let birth = CivilDate(year: congressDate.year - age - 1, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!
        let probationary = age < 50 && Double.random(in: 0..<1, using: &random) < 0.12
        let joined: CivilDate = probationary
            ? congressDate.adding(days: -Int.random(in: 60...330, using: &random))
            : CivilDate(year: birth.year + Int.random(in: 19...min(age, 40), using: &random), month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!
        let educationRoll = Double.random(in: 0..<1, using: &random)
        let education: Education = switch (educationRoll, age < 45) {
        case (..<0.1, false): .primary
        case (..<0.5, false): .juniorHigh
        case (..<0.75, false): .highSchool
        case (..<0.85, false): .secondaryVocational
        case (_, false): .associate
        case (..<0.15, true): .juniorHigh
        case (..<0.4, true): .highSchool
        case (..<0.7, true): .associate
        case (..<0.95, true): .bachelor
        default: .postgraduate
        }
        let id = residentID(region: regionCode, birth: birth, sequence: sequence, female: female)
        var discipline = DisciplineStatus.none
        var probationStart: CivilDate?, probationEnd: CivilDate?
        let special = Double.random(in: 0..<1, using: &random)
        if !probationary && special < 0.015 {
            discipline = .probation
            probationStart = congressDate.adding(days: -Int.random(in: 100...300, using: &random))
            probationEnd = congressDate.adding(days: Int.random(in: 30...300, using: &random))
        } else if !probationary && special < 0.02 {
            discipline = .detained
        }
        let away = age < 60 && Double.random(in: 0..<1, using: &random) < 0.2
        let phone = "1\([3, 5, 8].randomElement(using: &random)!)\(pad(Int.random(in: 0...999_999_999, using: &random), 9))"
        return Member(name: name, gender: female ? .female : .male, birthDate: birth, idNumber: id, education: education, joinedDate: joined,
                      status: probationary ? .probationary : .full, discipline: discipline, probationStart: probationStart,
                      probationEnd: probationEnd, away: away, phone: phone)
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
