/// Why a member has no vote (and so no right to be elected) on a given date.
public enum NoVoteReason: Sendable, Hashable, Codable, UserDescribable {
    case probationaryMember
    case onPartyProbation(until: CivilDate)
    case detained
    case arrested

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.probationaryMember, .zh): "预备党员没有表决权、选举权和被选举权"
        case (.probationaryMember, .en): "probationary members have no vote"
        case (.onPartyProbation(let until), .zh): "留党察看期间（至\(until)）没有表决权、选举权和被选举权"
        case (.onPartyProbation(let until), .en): "on Party probation until \(until): no vote"
        case (.detained, .zh): "被依法留置，选举权暂停"
        case (.detained, .en): "detained: the vote is suspended"
        case (.arrested, .zh): "被依法逮捕，选举权暂停"
        case (.arrested, .en): "arrested: the vote is suspended"
        }
    }
}

/// 选举权: whether a member may vote, and so be elected, at a congress held on `date`.
/// 条例 第五条 (rules.md "Who may vote"); each suspension is a parameter of the rule set.
public func votingRight(of member: Member, on date: CivilDate, under rules: RuleSet) -> NoVoteReason? {
    let policy = rules.votingRights
    if member.status == .probationary, !policy.probationaryMembersVote { return .probationaryMember }
    switch member.discipline {
    case .none:
        return nil
    case .probation:
        // 留党察看期间: from its start (when known) to its end, both inclusive.
        guard policy.probationDisciplineSuspends, let end = member.probationEnd else { return nil }
        let started = member.probationStart.map { $0 <= date } ?? true
        return started && date <= end ? .onPartyProbation(until: end) : nil
    case .detained:
        return policy.detentionSuspends ? .detained : nil
    case .arrested:
        return policy.arrestSuspends ? .arrested : nil
    }
}
