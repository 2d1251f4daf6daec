/// The size of a generated province: counties × townships × villages, with rolls and congresses.
public struct ProvinceShape: Sendable, Hashable, Codable {
    public var counties: Int
    public var townshipsPerCounty: Int
    public var villagesPerTownship: Int
    /// The mean roll size of a village (communities are larger).
    public var membersPerVillage: Int
    /// The share of elections whose congress has been held (the rest are spread over steps 0–25).
    public var heldShare: Double
    public var seed: UInt64
    /// How far the season has got: congresses held fall before this date, those to come after it.
    public var asOf: CivilDate

    public init(counties: Int, townshipsPerCounty: Int, villagesPerTownship: Int, membersPerVillage: Int = 50, heldShare: Double = 0.6,
                seed: UInt64 = 2026, asOf: CivilDate) {
        self.counties = counties
        self.townshipsPerCounty = townshipsPerCounty
        self.villagesPerTownship = villagesPerTownship
        self.membersPerVillage = membersPerVillage
        self.heldShare = heldShare
        self.seed = seed
        self.asOf = asOf
    }

    public var villageCount: Int { counties * townshipsPerCounty * villagesPerTownship }

    public func countyCode(_ county: Int) -> String { String(330_101 + county) }
    public func townshipCode(_ county: Int, _ township: Int) -> String { countyCode(county) + SampleCounty.pad(township + 1, 3) }

    public func countyName(_ county: Int) -> String { "第\(county + 1)县" }
    public func townshipName(_ county: Int, _ township: Int) -> String {
        let base = SampleCounty.townshipNames[township % SampleCounty.townshipNames.count]
        return township < SampleCounty.townshipNames.count ? base : "\(base.dropLast())\(township + 1)\(base.suffix(1))"
    }

    /// Village `village` of township `township` of county `county`, the same for the same shape
    /// and seed whatever else is generated (each village has its own random stream).
    public func village(county: Int, township: Int, village index: Int) -> GeneratedVillage {
        let key = UInt64(county) << 40 | UInt64(township) << 20 | UInt64(index)
        var random = SeededGenerator(seed: seed ^ (key &* 0x9E37_79B9_7F4A_7C15))
        let isCommunity = index == villagesPerTownship - 1 && township % 4 == 0
        let names = isCommunity ? SampleCounty.communityNames : SampleCounty.villageNames
        let name = names[index % names.count].replacingOccurrences(of: isCommunity ? "社区" : "村", with: "") + (index < names.count ? "" : "\(index + 1)")
            + (isCommunity ? "社区" : "村")
        let previous = isCommunity ? [5, 7].randomElement(using: &random)! : [3, 3, 5].randomElement(using: &random)!
        let spread = max(membersPerVillage / 2, 1)
        let count = max(12, (isCommunity ? membersPerVillage * 3 / 2 : membersPerVillage) + Int.random(in: -spread...spread, using: &random))
        let held = Double.random(in: 0..<1, using: &random) < heldShare
        let date = held ? asOf.adding(days: -Int.random(in: 1...30, using: &random)) : asOf.adding(days: Int.random(in: 5...45, using: &random))
        var usedNames: Set<String> = []
        let members = (0..<count).map { sequence in
            SampleCounty.randomMember(sequence: sequence + 1, regionCode: countyCode(county), congressDate: date, usedNames: &usedNames, random: &random)
        }
        let reached = held ? Int.random(in: 26...32, using: &random) : Int.random(in: 0...25, using: &random)
        var congress: GeneratedCongress?
        if held || reached == 25 {
            // The committee round: the previous committee's seats, 20% more candidates, every voter present but a few.
            let voters = members.filter { $0.status == .full && $0.discipline == .none }
            let candidates = Array(voters.prefix(previous + (previous + 4) / 5)).map(\.name)
            let present = max(1, voters.count - Int.random(in: 0...max(1, voters.count / 10), using: &random))
            let favour = candidates.map { _ in Double.random(in: 0.45...0.95, using: &random) }
            // At step 25 the congress is in session: the committee round is open and nothing entered yet.
            let ballots = (0..<(held ? present : 0)).map { _ -> BallotEntry in
                if Double.random(in: 0..<1, using: &random) < 0.01 { return BallotEntry(marks: candidates.map { _ in .abstain }, spoiled: true) }
                var marks: [Mark] = favour.map { Double.random(in: 0..<1, using: &random) < $0 ? .yes : .no }
                // Voters approve at most the seats: the least favoured extra approvals become ×.
                while marks.filter({ $0 == .yes }).count > previous, let last = marks.lastIndex(of: .yes) { marks[last] = .no }
                return BallotEntry(marks: marks)
            }
            congress = GeneratedCongress(candidates: candidates, seats: previous, present: present, expected: voters.count, ballots: ballots, isOpen: !held)
        }
        return GeneratedVillage(
            code: townshipCode(county, township) + SampleCounty.pad(index + 1, 3), name: name, level: isCommunity ? .community : .village,
            previousCommitteeSize: previous, congressDate: date, members: members, reachedStep: reached, congress: congress)
    }
}

/// One generated village: its roll, how far its election has got, and its congress when held.
public struct GeneratedVillage: Sendable {
    public var code: String
    public var name: String
    public var level: OrganizationLevel
    public var previousCommitteeSize: Int
    public var congressDate: CivilDate
    public var members: [Member]
    /// The last step done (0: not begun).
    public var reachedStep: Int
    public var congress: GeneratedCongress?
}

/// A congress's committee round as generated: the stack both tellers entered.
public struct GeneratedCongress: Sendable {
    public var candidates: [String]
    public var seats: Int
    public var present: Int
    public var expected: Int
    public var ballots: [BallotEntry]
    /// The round is still open (the congress in session): no ballots entered yet.
    public var isOpen: Bool
}

extension SampleCounty {
    /// Gives each member an ID number not yet in `used` (same region, birth date and sex; the next
    /// free sequence number), so rolls generated independently never share one.
    public static func distinctIDNumbers(_ members: inout [Member], region: String, used: inout Set<String>) {
        for index in members.indices {
            var sequence = 0
            while let id = members[index].idNumber, used.contains(id) {
                sequence += 1
                members[index].idNumber = residentID(region: region, birth: members[index].birthDate, sequence: sequence,
                                                     female: members[index].gender == .female)
                if sequence > 499 { members[index].idNumber = nil }
            }
            if let id = members[index].idNumber { used.insert(id) }
        }
    }

    /// A roll of `count` members in the template's format (for load tests: names and ID numbers all distinct).
    public static func largeRoll(count: Int, regionCode: String, congressDate: CivilDate, seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        return generateRoll(count: count, regionCode: regionCode, congressDate: congressDate, random: &random, distinctIDs: true)
    }
}
