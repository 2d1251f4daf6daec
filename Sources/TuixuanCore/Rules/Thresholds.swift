/// 会议有效: whether `present` members with a vote make the congress quorate against `expected`
/// (rules.md "Quorum": more than 4/5, or at least 4/5 where the rule set or 选举办法 says so).
public func isQuorate(present: Int, expected: Int, rule: RuleSet.QuorumRule) -> Bool {
    let lhs = rule.denominator * present
    let rhs = rule.numerator * expected
    switch rule.comparison {
    case .moreThan: return lhs > rhs
    case .atLeast: return lhs >= rhs
    }
}

/// 差额: the fewest candidates for `seats` posts, `seats` plus `percent`% of the seats rounded
/// up (进一法; rules.md "Differential lists": 3 → 4, 5 → 6, 7 → 9, 9 → 11).
public func minimumCandidates(seats: Int, rule: RuleSet.MarginRule) -> Int {
    seats + (seats * rule.percent + 99) / 100
}

/// 当选: yes votes must be more than half of the base; exactly half fails (rules.md "Counting").
public func passesElectionThreshold(yes: Int, base: Int) -> Bool {
    2 * yes > base
}

/// 补足候选人 (rules.md "Differential lists": 差额不少于20%): how many candidates a ballot of `have` names for `seats`
/// lacks under the margin; 0 when it meets it.
public func candidatesLacking(have: Int, seats: Int, rule: RuleSet.MarginRule) -> Int {
    max(0, minimumCandidates(seats: seats, rule: rule) - have)
}
