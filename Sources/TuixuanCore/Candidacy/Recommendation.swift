/// How a name on a recommendation ballot was judged.
public enum RecommendationVerdict: Sendable, Hashable {
    /// A member with the right to be elected: the recommendation counts for them.
    case counts(memberID: Int64)
    /// Not a member of this organization's roll.
    case notOnRoll
    /// On the roll, but with no right to be elected.
    case noRightToBeElected(NoVoteReason)
    /// More than one member has this name: the ballot must say which.
    case ambiguous

    /// Why a name does not count; nil when it does.
    public var rejection: LocalizedText? {
        switch self {
        case .counts: nil
        case .notOnRoll: LocalizedText(zh: "不是本村（社区）党员，不计票", en: "not a member of this organization: not counted")
        case .noRightToBeElected(let reason):
            LocalizedText(zh: "没有被选举权（\(reason.describe(.zh))），不计票", en: "no right to be elected (\(reason.describe(.en))): not counted")
        case .ambiguous: LocalizedText(zh: "名册中有同名党员，无法确定推荐的是谁，不计票", en: "several members share this name: not counted")
        }
    }
}

/// One recommendation ballot (推荐票) as entered: its line in the file and the names in its cells,
/// each with its column's header (e.g. 推荐人选1) for messages.
public struct RecommendationBallot: Sendable, Hashable {
    public var line: Int
    public var names: [(column: String, name: String)]

    public init(line: Int, names: [(column: String, name: String)]) {
        self.line = line
        self.names = names
    }

    public static func == (lhs: RecommendationBallot, rhs: RecommendationBallot) -> Bool {
        lhs.line == rhs.line && lhs.names.map(\.column) == rhs.names.map(\.column) && lhs.names.map(\.name) == rhs.names.map(\.name)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(names.map(\.name))
    }
}

/// The count of one recommendation round (党员推荐 or 村民代表推荐).
public struct RecommendationTally: Sendable, Hashable {
    /// Recommendations per member with the right to be elected.
    public var counts: [Int64: Int]
    /// Ballots counted, and ballots void as a whole (more names than may be recommended).
    public var ballots: Int
    public var voidBallots: [Int]
    /// Names that did not count, with where they stand and why.
    public var rejected: [ImportIssue]

    /// Members by recommendations received, most first; ties share a rank.
    public func ranking() -> [(memberID: Int64, count: Int, rank: Int)] { rankByCount(counts) }
}

/// 排序: members by count, most first; equal counts share a rank (1, 1, 3, …).
public func rankByCount(_ counts: [Int64: Int]) -> [(memberID: Int64, count: Int, rank: Int)] {
    let ordered = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
    var result: [(memberID: Int64, count: Int, rank: Int)] = []
    for (index, entry) in ordered.enumerated() {
        let rank = index > 0 && ordered[index - 1].value == entry.value ? result[index - 1].rank : index + 1
        result.append((entry.key, entry.value, rank))
    }
    return result
}

/// A recommendation round counted by hand (step 12, seed 第五篇 五、12 "召开党员大会和村(居)民代表会议…推荐…
/// 候选人初步人选"): each valid ballot names at most `maxNames` people, so the figures of every name on the
/// sheet, counted or not, add up to at most valid ballots × `maxNames` (30 ballots of 3 names give at most 90).
public func recommendationTallyRefusal(counts: [Int], validBallots: Int, maxNames: Int) -> Refusal? {
    let total = counts.reduce(0, +)
    return total <= validBallots * maxNames ? nil : .recommendationTallyExceedsBallots(total: total, valid: validBallots, maxNames: maxNames)
}

/// Counts a recommendation round (step 12): each ballot recommends at most `maxNames` people; a
/// ballot naming more is void as a whole; a name repeated on one ballot counts once; a name that is
/// not a member with the right to be elected does not count, and is reported with its line and column.
public func tallyRecommendations(_ ballots: [RecommendationBallot], maxNames: Int, judge: (String) -> RecommendationVerdict) -> RecommendationTally {
    var tally = RecommendationTally(counts: [:], ballots: ballots.count, voidBallots: [], rejected: [])
    for ballot in ballots {
        let distinct = ballot.names.reduce(into: [(column: String, name: String)]()) { seen, entry in
            if !seen.contains(where: { $0.name == entry.name }) { seen.append(entry) }
        }
        if distinct.count > maxNames {
            tally.voidBallots.append(ballot.line)
            tally.rejected.append(ImportIssue(line: ballot.line, reason: LocalizedText(
                zh: "本票推荐\(distinct.count)人，超过可推荐的\(maxNames)人，整张无效", en: "the ballot names \(distinct.count), more than the \(maxNames) allowed: void")))
            continue
        }
        for (column, name) in distinct {
            let verdict = judge(name)
            if case .counts(let id) = verdict {
                tally.counts[id, default: 0] += 1
            } else if let reason = verdict.rejection {
                tally.rejected.append(ImportIssue(line: ballot.line, column: column, value: name, reason: reason))
            }
        }
    }
    return tally
}
