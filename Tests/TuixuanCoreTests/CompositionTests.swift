import Testing
@testable import TuixuanCore

/// 班子结构 (三 "社区党组织要适当提高女性委员的比例"; 四 "要加大年轻干部选拔力度"、"一肩挑"、团支部书记、妇联主席).
@Suite("Composition of a list or a committee")
struct CompositionTests {
    func person(_ name: String, _ gender: Gender, _ age: Int, backgrounds: Set<Background> = [], posts: Set<OtherPost> = [], secretary: Bool = false) -> CompositionPerson {
        CompositionPerson(name: name, gender: gender, age: age, profile: MemberProfile(backgrounds: backgrounds, posts: posts), secretary: secretary)
    }

    @Test("women's share rounds down; 35 counts as 35岁以下 and 36 does not", arguments: [
        ([(Gender.female, 35), (.male, 36), (.male, 50)], 1, 33, 1),
        ([(.female, 36), (.female, 30), (.male, 50)], 2, 66, 1),
        ([(.male, 36)], 0, 0, 0),
    ])
    func counts(people: [(Gender, Int)], women: Int, percent: Int, young: Int) {
        let c = composition(of: people.enumerated().map { person("p\($0.offset)", $0.element.0, $0.element.1) }, youthAge: 35, rollHolders: [:])
        #expect(c.women == women && c.womenPercent == percent && c.young == young && c.people == people.count)
    }

    @Test("nobody: no share")
    func empty() {
        #expect(composition(of: [], youthAge: 35, rollHolders: [:]).womenPercent == nil)
    }

    @Test("channels counted in the seed's order; 一肩挑 only for the secretary; holders off the list named")
    func channelsAndPosts() {
        let people = [
            person("甲", .male, 50, backgrounds: [.veteran, .businessLeader], posts: [.residentsCommitteeChair], secretary: true),
            person("乙", .female, 40, backgrounds: [.veteran], posts: [.residentsCommitteeChair]),
            person("丙", .female, 30, posts: [.youthLeagueSecretary]),
        ]
        let c = composition(of: people, youthAge: 35, rollHolders: [.youthLeagueSecretary: ["丙"], .womensFederationChair: ["丁", "乙"]])
        #expect(c.backgrounds == [.init(background: .businessLeader, people: 1), .init(background: .veteran, people: 2)])
        #expect(c.posts == [.init(post: .residentsCommitteeChair, names: ["甲", "乙"]), .init(post: .youthLeagueSecretary, names: ["丙"])])
        #expect(c.secretaryAlsoChair == ["甲"])
        #expect(c.outside == [.init(post: .womensFederationChair, names: ["丁"])])
    }

    @Test("labels a clerk types are read as the codes", arguments: [("致富带头人", Background.businessLeader), ("选派", .secondedCadre), ("retired_hire", .retiredHire), ("聘请的退休人员", .retiredHire)])
    func labels(label: String, background: Background) {
        #expect(Background(label: label) == background)
    }
}
