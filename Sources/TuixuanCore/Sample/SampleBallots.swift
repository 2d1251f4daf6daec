/// A realistic stack of committee ballots for demos and tests, reproducible from a seed.
public enum SampleBallots {
    /// `valid` ballots giving each candidate exactly `yes[i]` ○ (each ballot approving at most `seats`),
    /// the rest of each ballot × or blank, then `overvoted` ballots approving one too many and
    /// `spoiled` spoiled ballots, shuffled. Returns nil when the totals cannot fit the ballots.
    public static func stack(candidates: Int, seats: Int, yes: [Int], valid: Int, overvoted: Int, spoiled: Int, seed: UInt64) -> [BallotEntry]? {
        guard yes.count == candidates, yes.allSatisfy({ (0...valid).contains($0) }), yes.reduce(0, +) <= valid * seats else { return nil }
        var random = SeededGenerator(seed: seed)
        var marks = Array(repeating: Array(repeating: Mark.abstain, count: candidates), count: valid)
        var capacity = Array(repeating: seats, count: valid)
        // Fill the largest totals first, each into the ballots with the most room left.
        for candidate in yes.indices.sorted(by: { yes[$0] > yes[$1] }) {
            let order = (0..<valid).shuffled(using: &random).sorted { capacity[$0] > capacity[$1] }
            let chosen = order.prefix(yes[candidate])
            guard chosen.count == yes[candidate], chosen.allSatisfy({ capacity[$0] > 0 }) else { return nil }
            for ballot in chosen {
                marks[ballot][candidate] = .yes
                capacity[ballot] -= 1
            }
        }
        for ballot in 0..<valid {
            for candidate in 0..<candidates where marks[ballot][candidate] == .abstain {
                marks[ballot][candidate] = Double.random(in: 0..<1, using: &random) < 0.75 ? .no : .abstain
            }
        }
        var stack = marks.map { BallotEntry(marks: $0) }
        for _ in 0..<overvoted {
            let approved = Set((0..<candidates).shuffled(using: &random).prefix(min(candidates, seats + 1)))
            stack.append(BallotEntry(marks: (0..<candidates).map { approved.contains($0) ? .yes : .no }))
        }
        for _ in 0..<spoiled { stack.append(BallotEntry(marks: Array(repeating: .abstain, count: candidates), spoiled: true)) }
        return stack.shuffled(using: &random)
    }

    /// A second teller's entry of the same stack with the slips double entry exists to catch: one
    /// mark misread, and one ballot skipped.
    public static func secondEntry(of stack: [BallotEntry], seed: UInt64) -> [BallotEntry] {
        guard stack.count > 2 else { return stack }
        var random = SeededGenerator(seed: seed)
        var copy = stack
        let misread = Int.random(in: 0..<copy.count, using: &random)
        if !copy[misread].spoiled, !copy[misread].marks.isEmpty {
            let box = Int.random(in: 0..<copy[misread].marks.count, using: &random)
            copy[misread].marks[box] = copy[misread].marks[box] == .yes ? .no : .yes
        }
        var skipped = Int.random(in: 0..<copy.count, using: &random)
        if skipped == misread { skipped = (skipped + 1) % copy.count }
        copy.remove(at: skipped)
        return copy
    }
}
