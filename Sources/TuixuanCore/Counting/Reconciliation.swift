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

/// One place of the aligned entries: a ballot in both (agreeing or not), or in one only.
public struct AlignedPlace: Sendable, Hashable, Codable {
    public var positionA: Int?
    public var positionB: Int?
    public var a: BallotEntry?
    public var b: BallotEntry?

    /// "A12/B12", "A12/-" or "-/B13": how a scrutineers' decision names the place.
    public var key: String { "\(positionA.map { "A\($0)" } ?? "-")/\(positionB.map { "B\($0)" } ?? "-")" }

    /// Both entered the same ballot here.
    public var agrees: Bool { a != nil && a == b }

    /// The scrutineers must decide here: the entries differ, one has no ballot, or a mark is unclear.
    public var needsDecision: Bool { !agrees || !(a?.unclearPositions.isEmpty ?? true) }
}

/// 两人分别录入、逐张核对: aligns two entries of one stack, place by place.
///
/// The alignment minimises a cost where a ballot entered differently costs less than a ballot
/// missing from one side, and a missing ballot costs less than two differing ones. So a changed,
/// missing or extra mark is reported at its position, and a ballot skipped or entered twice by one
/// teller is reported once as such, not as a cascade of differences after it.
public func align(_ a: [BallotEntry], _ b: [BallotEntry]) -> [AlignedPlace] {
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
    var places: [AlignedPlace] = []
    var i = 0, j = 0
    while i < n || j < m {
        // Prefer pairing the two ballots; then a ballot only in A; then one only in B (a stable order).
        if i < n && j < m && cost[i][j] == cost[i + 1][j + 1] + (a[i] == b[j] ? 0 : substitution) {
            places.append(AlignedPlace(positionA: i + 1, positionB: j + 1, a: a[i], b: b[j]))
            i += 1
            j += 1
        } else if i < n && cost[i][j] == cost[i + 1][j] + gap {
            places.append(AlignedPlace(positionA: i + 1, positionB: nil, a: a[i], b: nil))
            i += 1
        } else {
            places.append(AlignedPlace(positionA: nil, positionB: j + 1, a: nil, b: b[j]))
            j += 1
        }
    }
    return places
}

/// Every place where two entries of one stack differ (see `align`).
public func reconcile(_ a: [BallotEntry], _ b: [BallotEntry]) -> [EntryDifference] {
    var afterA = 0, afterB = 0
    return align(a, b).compactMap { place in
        defer {
            afterA = place.positionA ?? afterA
            afterB = place.positionB ?? afterB
        }
        switch (place.a, place.b) {
        case (let x?, let y?): return x == y ? nil : .differs(positionA: place.positionA!, positionB: place.positionB!, a: x, b: y)
        case (let x?, nil): return .onlyInA(positionA: place.positionA!, afterB: afterB, ballot: x)
        case (nil, let y?): return .onlyInB(positionB: place.positionB!, afterA: afterA, ballot: y)
        case (nil, nil): return nil
        }
    }
}

/// The counted stack: every place where the entries agree on a clear ballot, and the scrutineers'
/// decision wherever one is needed (a decision of nil: there is no ballot there). Returns the places
/// still undecided instead when any remain.
public func countedStack(_ places: [AlignedPlace], decisions: [String: BallotEntry?]) -> Result<[BallotEntry], UndecidedPlaces> {
    var stack: [BallotEntry] = []
    var undecided: [String] = []
    for place in places {
        if let decision = decisions[place.key] {
            if let ballot = decision {
                guard ballot.unclearPositions.isEmpty else { undecided.append(place.key); continue }
                stack.append(ballot)
            }
        } else if place.needsDecision {
            undecided.append(place.key)
        } else {
            stack.append(place.a!)
        }
    }
    return undecided.isEmpty ? .success(stack) : .failure(UndecidedPlaces(keys: undecided))
}

/// Places of the aligned entries still waiting for the scrutineers.
public struct UndecidedPlaces: Error, Sendable, Hashable {
    public var keys: [String]
}
