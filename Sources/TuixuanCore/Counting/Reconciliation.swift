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
///
/// The leading ballots both entries share are paired at once (pairing equal first ballots is always
/// among the cheapest alignments, and the pairing is preferred on ties), and the rest is aligned in
/// a band around the diagonal that widens until no path outside it could be as cheap: the result is
/// the full alignment's, in memory and time proportional to the stack times the band, so two
/// entries of a million ballots that differ in a few places align in a moment.
public func align(_ a: [BallotEntry], _ b: [BallotEntry]) -> [AlignedPlace] {
    alignedPositions(a, b) { i, j in
        AlignedPlace(positionA: i.map { $0 + 1 }, positionB: j.map { $0 + 1 }, a: i.map { a[$0] }, b: j.map { b[$0] })
    }
}

/// The alignment of `align` for any two sequences entered from one stack (ballots of the congress, rating ballots of the
/// grading): the 0-based index in each entry at every place, nil where that entry has nothing.
public func alignedPositions<Element: Equatable>(_ a: [Element], _ b: [Element]) -> [(a: Int?, b: Int?)] {
    alignedPositions(a, b) { ($0, $1) }
}

/// The same, each place built by `place` from its two indexes as it is found (a stack of a million ballots is not
/// aligned into one array and then copied into another).
public func alignedPositions<Element: Equatable, Place>(_ a: [Element], _ b: [Element], place: (Int?, Int?) -> Place) -> [Place] {
    var places: [Place] = []
    places.reserveCapacity(max(a.count, b.count))
    var start = 0
    while start < a.count && start < b.count && a[start] == b[start] {
        places.append(place(start, start))
        start += 1
    }
    let restA = a[start...], restB = b[start...]
    var band = 4
    while true {
        if let tail = alignWithinBand(restA, restB, band: band, place: place) {
            places.append(contentsOf: tail)
            return places
        }
        band *= 2
    }
}

/// The cheapest alignment of `a` and `b` among paths whose diagonal offset stays within `band` of
/// the start and end diagonals, or nil when a path outside the band might be as cheap (widen it).
private func alignWithinBand<Element: Equatable, Place>(_ a: ArraySlice<Element>, _ b: ArraySlice<Element>, band: Int,
                                                       place: (Int?, Int?) -> Place) -> [Place]? {
    let substitution: Int32 = 2, gap: Int32 = 3
    let n = a.count, m = b.count
    let lowest = min(0, m - n) - band, highest = max(0, m - n) + band
    let width = highest - lowest + 1
    let outside = Int32.max / 2
    // cost[i * width + (j - i - lowest)]: cheapest alignment of a[i...] with b[j...], filled from the end.
    var cost = [Int32](repeating: outside, count: (n + 1) * width)
    func at(_ i: Int, _ j: Int) -> Int32 {
        let k = j - i - lowest
        return k >= 0 && k < width && j >= 0 && j <= m ? cost[i * width + k] : outside
    }
    let firstA = a.startIndex, firstB = b.startIndex
    for i in stride(from: n, through: 0, by: -1) {
        for j in stride(from: min(m, i + highest), through: max(0, i + lowest), by: -1) {
            if i == n && j == m { cost[i * width + (j - i - lowest)] = 0; continue }
            var best = outside
            if i < n && j < m { best = at(i + 1, j + 1) + (a[firstA + i] == b[firstB + j] ? 0 : substitution) }
            if i < n { best = min(best, at(i + 1, j) + gap) }
            if j < m { best = min(best, at(i, j + 1) + gap) }
            cost[i * width + (j - i - lowest)] = min(best, outside)
        }
    }
    // A path leaving the band makes more than `band` gaps: it costs at least gap * (band + 1).
    guard at(0, 0) < gap * Int32(band + 1) else { return nil }
    var places: [Place] = []
    var i = 0, j = 0
    while i < n || j < m {
        let here = at(i, j)
        // Prefer pairing the two ballots; then a ballot only in A; then one only in B (a stable order).
        if i < n && j < m && here == at(i + 1, j + 1) + (a[firstA + i] == b[firstB + j] ? 0 : substitution) {
            places.append(place(firstA + i, firstB + j))
            i += 1
            j += 1
        } else if i < n && here == at(i + 1, j) + gap {
            places.append(place(firstA + i, nil))
            i += 1
        } else {
            places.append(place(nil, firstB + j))
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
