/// A stage of the chain by which a name reaches the ballot (seed 第五篇 五、12–17): recommended, on the
/// initial list, vetted by every department, on the inspection list.
public enum ListChainStage: String, Sendable, Hashable, Codable, UserDescribable {
    /// 党员推荐、群众推荐 (step 12) or 乡镇党委推荐 (step 13)
    case recommendation
    /// 初步人选 (steps 12–15)
    case initialList = "initial_list"
    /// 资格联审 (step 15), every department of the plan
    case vetting
    /// 考察名单 (step 16)
    case inspectionList = "inspection_list"

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.recommendation, .zh): "党员、群众推荐或乡镇党委推荐"
        case (.initialList, .zh): "初步人选"
        case (.vetting, .zh): "资格联审"
        case (.inspectionList, .zh): "考察名单"
        case (.recommendation, .en): "the members', representatives' or township's recommendation"
        case (.initialList, .en): "the initial nominees"
        case (.vetting, .en): "the joint vetting"
        case (.inspectionList, .en): "the inspection list"
        }
    }
}

/// What the chain knows about one person: where they have been so far.
public struct ListChainRecord: Sendable, Hashable {
    /// Recommended in either round of step 12 or by the township (step 13).
    public var recommended: Bool
    /// Posts on the initial and inspection lists (nil: not on it).
    public var initialPosts: Set<Post>?
    public var inspectionPosts: Set<Post>?
    /// Every vetting department of the plan has answered for them.
    public var vetted: Bool
    /// Step 15 is done: the initial list is closed and only a newcomer vetted on their own may join.
    public var jointVettingClosed: Bool

    public init(recommended: Bool = false, initialPosts: Set<Post>? = nil, inspectionPosts: Set<Post>? = nil, vetted: Bool = false,
                jointVettingClosed: Bool = false) {
        self.recommended = recommended
        self.initialPosts = initialPosts
        self.inspectionPosts = inspectionPosts
        self.vetted = vetted
        self.jointVettingClosed = jointVettingClosed
    }
}

/// Where a person put on a list left the chain: the stage they missed, and the post when they passed
/// the stage for other posts only.
public struct ListChainGap: Sendable, Hashable {
    public var missed: ListChainStage
    public var post: Post?

    public init(missed: ListChainStage, post: Post? = nil) {
        self.missed = missed
        self.post = post
    }
}

/// 名单逐级产生 (seed 第五篇 五、"根据党员和群众推荐、乡镇党委推荐的情况…提出候选人预备人选"; 12 推荐…初步人选;
/// 15 对…初步人选进行资格联审; 16 研究确定…预备人选考察名单; 17 研究确定…候选人预备人选名单): each list is drawn
/// from the one before, for the same posts. An initial nominee was recommended; an inspection nominee was
/// an initial nominee and passed every department's vetting (a newcomer after step 15 is vetted on their
/// own first); a prospective candidate was on the inspection list. Nil when `posts` on `stage` follow.
public func listChainGap(_ record: ListChainRecord, stage: ListStage, posts: Set<Post>) -> ListChainGap? {
    func narrower(_ earlier: Set<Post>?, _ missed: ListChainStage) -> ListChainGap? {
        guard let earlier else { return ListChainGap(missed: missed) }
        return Post.allCases.first { posts.contains($0) && !earlier.contains($0) }.map { ListChainGap(missed: missed, post: $0) }
    }
    switch stage {
    case .initial:
        return record.recommended ? nil : ListChainGap(missed: .recommendation)
    case .inspection:
        if let initial = record.initialPosts {
            return record.vetted ? narrower(initial, .initialList) : ListChainGap(missed: .vetting)
        }
        // Not an initial nominee: only a newcomer after step 15, recommended and vetted on their own, and only
        // for the committee: the secretary's nominee was settled among the initial nominees (step 14, 研究比选).
        guard record.jointVettingClosed else { return ListChainGap(missed: .initialList) }
        if !record.recommended { return ListChainGap(missed: .recommendation) }
        if !record.vetted { return ListChainGap(missed: .vetting) }
        return Post.allCases.first { $0 != .member && posts.contains($0) }.map { ListChainGap(missed: .initialList, post: $0) }
    case .prospective:
        return narrower(record.inspectionPosts, .inspectionList)
    }
}
