/// 候选人名单的阶段: 初步人选 (steps 12–15), 考察名单 (16), 候选人预备人选 (17–18).
public enum ListStage: String, Sendable, Codable, CaseIterable, UserDescribable {
    case initial, inspection, prospective

    /// The step after which the stage's list can no longer change.
    public var frozenAfter: StepKey {
        switch self {
        case .initial: .jointVetting
        case .inspection: .inspection
        case .prospective: .listApproval
        }
    }

    /// A list the inspection (组织考察, step 16) has looked at: health is on record for its new nominees.
    public var followsInspection: Bool { self != .initial }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.initial, .zh): "初步人选"
        case (.inspection, .zh): "考察名单"
        case (.prospective, .zh): "候选人预备人选"
        case (.initial, .en): "initial nominees"
        case (.inspection, .en): "inspection list"
        case (.prospective, .en): "prospective candidates"
        }
    }
}

/// A person named for a list, by the reference the user gave (name, ID number or #member number),
/// with the posts they are nominated for (委员 when none is given).
public struct NomineeEntry: Sendable, Hashable {
    public var member: String
    public var posts: Set<Post>

    public init(_ member: String, _ posts: Set<Post> = []) {
        self.member = member
        self.posts = posts
    }
}

/// A member of the outgoing committee (上届委员会成员) and the post they held.
public struct OutgoingMember: Sendable, Hashable {
    public var member: String
    public var post: Post

    public init(_ member: String, _ post: Post) {
        self.member = member
        self.post = post
    }
}
