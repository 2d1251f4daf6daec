import Testing
import TuixuanCore

/// 名单逐级产生 (seed 第五篇 五、12–17): each list is drawn from the one before.
@Suite("List chain")
struct ListChainTests {
    typealias R = ListChainRecord
    static let member: Set<Post> = [.member]
    static let both: Set<Post> = [.member, .secretary]

    static let cases: [(String, R, ListStage, Set<Post>, ListChainGap?)] = [
        ("initial: recommended", R(recommended: true), .initial, both, nil),
        ("initial: never recommended", R(), .initial, member, ListChainGap(missed: .recommendation)),
        ("inspection: initial and vetted", R(recommended: true, initialPosts: both, vetted: true), .inspection, both, nil),
        ("inspection: initial, not vetted by every department", R(recommended: true, initialPosts: both), .inspection, member, ListChainGap(missed: .vetting)),
        ("inspection: secretary only as committee nominee before", R(recommended: true, initialPosts: member, vetted: true), .inspection, both,
         ListChainGap(missed: .initialList, post: .secretary)),
        ("inspection: fewer posts is fine", R(recommended: true, initialPosts: both, vetted: true), .inspection, member, nil),
        ("inspection: not an initial nominee before step 15", R(recommended: true, vetted: true), .inspection, member, ListChainGap(missed: .initialList)),
        ("inspection: newcomer after step 15, vetted", R(recommended: true, vetted: true, jointVettingClosed: true), .inspection, member, nil),
        ("inspection: newcomer after step 15 as secretary: settled at step 14 among the initial nominees",
         R(recommended: true, vetted: true, jointVettingClosed: true), .inspection, both, ListChainGap(missed: .initialList, post: .secretary)),
        ("inspection: newcomer after step 15, not vetted", R(recommended: true, jointVettingClosed: true), .inspection, member, ListChainGap(missed: .vetting)),
        ("inspection: newcomer never recommended", R(vetted: true, jointVettingClosed: true), .inspection, member, ListChainGap(missed: .recommendation)),
        ("prospective: on the inspection list", R(recommended: true, initialPosts: both, inspectionPosts: both, vetted: true), .prospective, both, nil),
        ("prospective: skipped the inspection list", R(recommended: true, initialPosts: both, vetted: true), .prospective, member,
         ListChainGap(missed: .inspectionList)),
        ("prospective: secretary not inspected as such", R(recommended: true, initialPosts: both, inspectionPosts: member, vetted: true), .prospective, both,
         ListChainGap(missed: .inspectionList, post: .secretary)),
    ]

    @Test("each list comes from the one before, for the same posts", arguments: cases.indices)
    func chain(_ index: Int) {
        let (label, record, stage, posts, expected) = Self.cases[index]
        #expect(listChainGap(record, stage: stage, posts: posts) == expected, "\(label)")
    }
}
