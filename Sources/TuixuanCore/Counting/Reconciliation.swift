/// One place where two tellers' entries of the same stack disagree. Positions are 1-based places in
/// the counted stack (ballots carry no printed numbers).
public enum EntryDifference: Sendable, Hashable, Codable {
    /// Both entered a ballot at these positions, differently.
    case differs(positionA: Int, positionB: Int, a: BallotEntry, b: BallotEntry)
    /// Entry B has no ballot here: teller B skipped it, or teller A entered it twice.
    case onlyInA(positionA: Int, afterB: Int, ballot: BallotEntry)
    /// Entry A has no ballot here: teller A skipped it, or teller B entered it twice.
    case onlyInB(positionB: Int, afterA: Int, ballot: BallotEntry)
}

/// 两人分别录入、逐张核对: aligns two entries of one stack and lists every place they differ.
///
/// The alignment minimises a cost where a ballot entered differently costs less than a ballot
/// missing from one side, and a missing ballot costs less than two differing ones. So a changed,
/// missing or extra mark is reported at its position, and a ballot skipped or entered twice by one
/// teller is reported once as such, not as a cascade of differences after it.
public func reconcile(_ a: [BallotEntry], _ b: [BallotEntry]) -> [EntryDifference] {
    let substitution = 2, gap = 3
    let n = a.count, m = b.count
    // cost[i][j]: cheapest alignment of a[i...] with b[j...], filled from the end.
    var cost = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n, through: 0, by: -1) {
        for j in stride(from: m, through: 0, by: -1) {
            if i == n && j == m { continue }
            var best = Int.max
            if i < n && j < m { best = cost[i + 1][j + 1] + (a[i] == b[j] ? 0 : substitution) }
            if i < n { best = min(best, cost[i + 1][j] + gap) }
            if j < m { best = min(best, cost[i][j + 1] + gap) }
            cost[i][j] = best
        }
    }
    var differences: [EntryDifference] = []
    var i = 0, j = 0
    while i < n || j < m {
        // Prefer pairing the two ballots; then a gap in B; then a gap in A (a stable, explainable order).
        if i < n && j < m && cost[i][j] == cost[i + 1][j + 1] + (a[i] == b[j] ? 0 : substitution) {
            if a[i] != b[j] { differences.append(.differs(positionA: i + 1, positionB: j + 1, a: a[i], b: b[j])) }
            i += 1
            j += 1
        } else if i < n && cost[i][j] == cost[i + 1][j] + gap {
            differences.append(.onlyInA(positionA: i + 1, afterB: j, ballot: a[i]))
            i += 1
        } else {
            differences.append(.onlyInB(positionB: j + 1, afterA: i, ballot: b[j]))
            j += 1
        }
    }
    return differences
}
