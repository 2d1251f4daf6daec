import Foundation
import Testing
@testable import TuixuanCore

private let four = ["刘晓燕", "张志远", "陈国平", "赵明"]

private func ballot(_ marks: String, _ writeIns: [(String, String)] = [], spoiled: Bool = false) -> BallotEntry {
    BallotEntry(marks: marks.map { Mark(reading: String($0) == "-" ? "" : String($0)) },
                writeIns: writeIns.map { WriteIn(name: $0.0, mark: Mark(reading: $0.1)) }, spoiled: spoiled)
}

@Suite("Marks and ballot validity")
struct BallotValidityTests {
    @Test("marks as tellers write them", arguments: [
        ("○", Mark.yes), ("O", .yes), ("o", .yes), ("Y", .yes), ("〇", .yes), ("×", .no), ("X", .no), ("x", .no), ("N", .no), ("", .abstain), (" ", .abstain),
        ("?", .unclear("?")), ("○×", .unclear("○×")), ("√", .unclear("√")),
    ])
    func marks(raw: String, mark: Mark) {
        #expect(Mark(reading: raw) == mark)
    }

    @Test("approvals up to the seats are valid; one more is invalid", arguments: [
        ("○○○×", true), ("○○-×", true), ("----", true), ("××××", true), ("○○○○", false),
    ])
    func overvote(marks: String, valid: Bool) {
        let verdict = scrutinize(ballot(marks), candidates: four, seats: 3)
        if case .valid = verdict { #expect(valid) } else { #expect(!valid && verdict == .overvoted(approvals: 4, seats: 3)) }
    }

    @Test("a write-in counts after a ×, and its approval counts towards the seats")
    func writeIns() {
        #expect(scrutinize(ballot("○○×-", [("王五", "○")]), candidates: four, seats: 3)
                == .valid(yes: [0, 1], no: [2], writeIns: ["王五"], voidParts: []))
        #expect(scrutinize(ballot("○○○×", [("王五", "○")]), candidates: four, seats: 3) == .overvoted(approvals: 4, seats: 3))
    }

    @Test("a write-in after an abstention, without a ×, is void in that part only")
    func writeInWithoutNo() {
        #expect(scrutinize(ballot("○○--", [("王五", "○")]), candidates: four, seats: 3)
                == .valid(yes: [0, 1], no: [], writeIns: [], voidParts: [.writeInWithoutNo(name: "王五")]))
        // One × allows one write-in; the second is void.
        #expect(scrutinize(ballot("○×--", [("王五", "○"), ("李六", "○")]), candidates: four, seats: 3)
                == .valid(yes: [0], no: [1], writeIns: ["王五"], voidParts: [.writeInWithoutNo(name: "李六")]))
    }

    @Test("a write-in name without ○ is an abstention; ○ without a name, or a listed candidate's name, is void in that part")
    func writeInParts() {
        #expect(scrutinize(ballot("○×--", [("王五", "")]), candidates: four, seats: 3) == .valid(yes: [0], no: [1], writeIns: [], voidParts: []))
        #expect(scrutinize(ballot("○×--", [("", "○")]), candidates: four, seats: 3) == .valid(yes: [0], no: [1], writeIns: [], voidParts: [.writeInWithoutName]))
        #expect(scrutinize(ballot("-×--", [("张志远", "○")]), candidates: four, seats: 3)
                == .valid(yes: [], no: [1], writeIns: [], voidParts: [.writeInDuplicate(name: "张志远")]))
    }

    @Test("unclear marks wait for the scrutineers; spoiled ballots count for no one")
    func unclearAndSpoiled() {
        #expect(scrutinize(ballot("○?-×"), candidates: four, seats: 3) == .needsRuling(positions: [1]))
        #expect(scrutinize(ballot("○○○×", spoiled: true), candidates: four, seats: 3) == .spoiled)
    }

    @Test("returned = issued and fewer stand; more than issued voids the round", arguments: [(50, 50, false), (50, 49, false), (50, 51, true), (0, 0, false)])
    func roundVoid(issued: Int, returned: Int, void: Bool) {
        #expect(isRoundVoid(issued: issued, returned: returned) == void)
    }
}

@Suite("Counting and the outcome")
struct OutcomeTests {
    func count(_ yes: [Int], writeIns: [(String, Int)] = []) -> RoundCount {
        RoundCount(returned: 50, valid: 50, overvoted: 0, spoiled: 0,
                   candidates: yes.enumerated().map { CandidateCount(name: four[$0.offset], yes: $0.element, no: 50 - $0.element, abstain: 0) },
                   writeIns: writeIns.map { CandidateCount(name: $0.0, yes: $0.1, no: 0, abstain: 0) }, awaitingRuling: [])
    }

    @Test("the tally per candidate: yes, no and abstain over valid ballots only")
    func tally() {
        let ballots = [ballot("○○○×"), ballot("○○×-"), ballot("○○○○"), ballot("○--×", spoiled: true), ballot("-○×○", [("王五", "○")])]
        let result = countRound(ballots, candidates: four, seats: 3)
        #expect((result.returned, result.valid, result.overvoted, result.spoiled) == (5, 3, 1, 1))
        #expect(result.candidates.map(\.yes) == [2, 3, 1, 1])
        #expect(result.candidates.map(\.no) == [0, 0, 2, 1])
        #expect(result.candidates.map(\.abstain) == [1, 0, 0, 1])
        #expect(result.writeIns == [CandidateCount(name: "王五", yes: 1, no: 0, abstain: 0)])
    }

    @Test("exactly half fails, one more passes — for each base (2020: expected 50; 1990: present 45)", arguments: [
        (25, 50, false), (26, 50, true), (22, 45, false), (23, 45, true),
    ])
    func threshold(yes: Int, base: Int, elected: Bool) {
        let outcome = decideRound(count([yes, 10, 10, 10]), seats: 3, base: base)
        #expect(outcome.elected.contains("刘晓燕") == elected)
    }

    @Test("the base follows the rule set")
    func bases() {
        #expect(thresholdBase(expected: 50, present: 45, base: rules2020.electionThreshold.base) == 50)
        #expect(thresholdBase(expected: 50, present: 45, base: rules1990.electionThreshold.base) == 45)
        // 24 of 45 present passes under 1990, fails under 2020.
        let c = count([24, 10, 10, 10])
        #expect(decideRound(c, seats: 3, base: thresholdBase(expected: 50, present: 45, base: rules1990.electionThreshold.base)).elected == ["刘晓燕"])
        #expect(decideRound(c, seats: 3, base: thresholdBase(expected: 50, present: 45, base: rules2020.electionThreshold.base)).elected == [])
    }

    @Test("a write-in above the threshold who cannot stand is said to be so, not 过半数未当选; one below it is 未过半数", arguments: [
        // (yes votes of the write-in 王五, may he be elected, his verdict)
        (30, false, PersonResult.Verdict.cannotStand), (30, true, .elected), (26, false, .cannotStand), (25, false, .belowThreshold),
    ])
    func writeInCannotStand(yes: Int, standing: Bool, verdict: PersonResult.Verdict) {
        let counted = count([40, 35, 10, 10], writeIns: [("王五", yes)])
        let outcome = decideRound(counted, seats: 3, base: 50) { _ in standing }
        #expect(outcome.writeInsNotStanding == (standing || yes <= 25 ? nil : ["王五"]))
        let view = RoundView(id: 1, number: 1, kind: .committee, body: .congress, seats: 3, candidates: four, expected: 50, present: 50, issued: 50, returned: 50,
                             state: .closed, enteredA: 50, enteredB: 50, count: counted, outcome: outcome, base: 50, baseKind: .expected)
        #expect(view.results.first { $0.name == "王五" }?.verdict == verdict)
        #expect(PersonResult.Verdict.cannotStand.describe(.zh).hasPrefix("过半数，但不能当选"))
    }

    @Test("more passing than seats: elected in order of yes votes")
    func order() {
        let outcome = decideRound(count([30, 40, 35, 28]), seats: 3, base: 50)
        #expect(outcome.elected == ["张志远", "陈国平", "刘晓燕"])
        #expect(outcome.tiedAtCutoff.isEmpty && outcome.shortfall == 0)
    }

    @Test("a tie at the cut-off goes to a run-off among the tied only, for the seats left")
    func tie() {
        let outcome = decideRound(count([40, 30, 30, 20]), seats: 2, base: 50)
        #expect(outcome.elected == ["刘晓燕"])
        #expect(outcome.tiedAtCutoff == ["张志远", "陈国平"])
        #expect(outcome.runOffSeats == 1)
        // A tie below the cut-off changes nothing.
        let below = decideRound(count([40, 35, 30, 30]), seats: 2, base: 50)
        #expect(below.elected == ["刘晓燕", "张志远"] && below.tiedAtCutoff.isEmpty)
    }

    @Test("too few above the threshold: a shortfall, never a seat filled under it")
    func shortfall() {
        let outcome = decideRound(count([30, 26, 25, 10]), seats: 3, base: 50)
        #expect(outcome.elected == ["刘晓燕", "张志远"])
        #expect(outcome.shortfall == 1)
        #expect(furtherRoundCandidates(count([30, 26, 25, 10]), elected: outcome.elected, missingSeats: 1, margin: rules2020.differentialMargin) == ["陈国平", "赵明"])
    }

    @Test("a write-in is elected only with the right to be elected and above the threshold")
    func writeInElected() {
        let c = count([30, 28, 10, 10], writeIns: [("王五", 27), ("李六", 40)])
        let outcome = decideRound(c, seats: 3, base: 50) { $0 == "王五" }
        #expect(outcome.elected == ["刘晓燕", "张志远", "王五"])
    }
}

@Suite("Reconciling two entries of one stack")
struct ReconciliationTests {
    static let candidates = 5

    static func randomBallot(_ random: inout SeededGenerator) -> BallotEntry {
        let options: [Mark] = [.yes, .no, .abstain]
        var marks = (0..<candidates).map { _ in options.randomElement(using: &random)! }
        var writeIns: [WriteIn] = []
        if Double.random(in: 0..<1, using: &random) < 0.1, let no = marks.firstIndex(of: .no) {
            marks[no] = .no
            writeIns = [WriteIn(name: ["王五", "李六", "赵七"].randomElement(using: &random)!, mark: .yes)]
        }
        return BallotEntry(marks: marks, writeIns: writeIns, spoiled: Double.random(in: 0..<1, using: &random) < 0.02)
    }

    static func stack(_ size: Int, seed: UInt64) -> [BallotEntry] {
        var random = SeededGenerator(seed: seed)
        return (0..<size).map { _ in randomBallot(&random) }
    }

    /// The straightforward recount: every valid ballot, one candidate at a time.
    static func recount(_ stack: [BallotEntry], names: [String], seats: Int) -> [Int] {
        names.indices.map { index in
            stack.filter { ballot in
                guard !ballot.spoiled else { return false }
                let yes = ballot.marks.filter { $0 == .yes }.count
                let noCount = ballot.marks.filter { $0 == .no }.count
                let writeIns = min(noCount, ballot.writeIns.filter { $0.mark == .yes && !$0.name.isEmpty && !names.contains($0.name) }.count)
                return yes + writeIns <= seats && ballot.marks[index] == .yes
            }.count
        }
    }

    @Test("for random stacks, the tally equals an independent recount", arguments: 0..<40)
    func tallyProperty(seed: Int) {
        let names = ["甲", "乙", "丙", "丁", "戊"]
        var sizer = SeededGenerator(seed: UInt64(seed) &* 7919)
        let stack = Self.stack(Int.random(in: 1...300, using: &sizer), seed: UInt64(seed))
        let count = countRound(stack, candidates: names, seats: 3)
        #expect(count.candidates.map(\.yes) == Self.recount(stack, names: names, seats: 3))
        #expect(count.valid + count.invalid == count.returned)
        #expect(count.candidates.allSatisfy { $0.yes + $0.no + $0.abstain == count.valid })
    }

    @Test("two identical entries reconcile with no difference", arguments: 0..<20)
    func identical(seed: Int) {
        let stack = Self.stack(200, seed: UInt64(seed))
        #expect(reconcile(stack, stack).isEmpty)
    }

    @Test("a single changed, missing or extra mark is reported at its position", arguments: 0..<60)
    func oneMark(seed: Int) {
        var random = SeededGenerator(seed: UInt64(1000 + seed))
        let a = Self.stack(Int.random(in: 2...300, using: &random), seed: UInt64(seed))
        var b = a
        let position = Int.random(in: 0..<a.count, using: &random)
        let box = Int.random(in: 0..<Self.candidates, using: &random)
        let old = b[position].marks[box]
        b[position].marks[box] = [Mark.yes, .no, .abstain].filter { $0 != old }.randomElement(using: &random)!
        #expect(reconcile(a, b) == [.differs(positionA: position + 1, positionB: position + 1, a: a[position], b: b[position])])
    }

    @Test("a ballot skipped by one teller is reported once, as such, not as a cascade", arguments: 0..<60)
    func skipped(seed: Int) {
        var random = SeededGenerator(seed: UInt64(2000 + seed))
        let a = Self.stack(Int.random(in: 2...300, using: &random), seed: UInt64(seed))
        let position = Int.random(in: 0..<a.count, using: &random)
        var b = a
        b.remove(at: position)
        let differences = reconcile(a, b)
        #expect(differences.count == 1)
        guard case .onlyInA(let reported, _, let missing)? = differences.first else {
            Issue.record("expected one ballot only in A, got \(differences)")
            return
        }
        #expect(missing == a[position])
        // Among identical neighbouring ballots any one of them may be named: they cannot be told apart.
        let low = min(reported - 1, position), high = max(reported - 1, position)
        #expect(a[low...high].allSatisfy { $0 == a[position] })
    }

    /// The alignment as first written: the whole (n+1) x (m+1) table. The banded one must agree with it exactly.
    static func fullTableAlignment(_ a: [BallotEntry], _ b: [BallotEntry]) -> [AlignedPlace] {
        let substitution = 2, gap = 3
        let n = a.count, m = b.count
        var cost = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) where !(i == n && j == m) {
                var best = Int.max
                if i < n && j < m { best = cost[i + 1][j + 1] + (a[i] == b[j] ? 0 : substitution) }
                if i < n { best = min(best, cost[i + 1][j] + gap) }
                if j < m { best = min(best, cost[i][j + 1] + gap) }
                cost[i][j] = best
            }
        }
        var places: [AlignedPlace] = [], i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && cost[i][j] == cost[i + 1][j + 1] + (a[i] == b[j] ? 0 : substitution) {
                places.append(AlignedPlace(positionA: i + 1, positionB: j + 1, a: a[i], b: b[j])); i += 1; j += 1
            } else if i < n && cost[i][j] == cost[i + 1][j] + gap {
                places.append(AlignedPlace(positionA: i + 1, positionB: nil, a: a[i], b: nil)); i += 1
            } else {
                places.append(AlignedPlace(positionA: nil, positionB: j + 1, a: nil, b: b[j])); j += 1
            }
        }
        return places
    }

    @Test("the banded alignment equals the full table's, ties included, for entries with many edits", arguments: 0..<150)
    func bandedEqualsFullTable(seed: Int) {
        var random = SeededGenerator(seed: UInt64(5000 + seed))
        // Few distinct ballots, so equal ballots and ties are everywhere.
        let pool = Self.stack(3, seed: UInt64(seed))
        let a = (0..<Int.random(in: 0...60, using: &random)).map { _ in pool.randomElement(using: &random)! }
        var b = a
        for _ in 0..<Int.random(in: 0...25, using: &random) {
            switch Int.random(in: 0..<3, using: &random) {
            case 0 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &random))
            case 1: b.insert(pool.randomElement(using: &random)!, at: Int.random(in: 0...b.count, using: &random))
            default: if !b.isEmpty { b[Int.random(in: 0..<b.count, using: &random)] = pool.randomElement(using: &random)! }
            }
        }
        #expect(align(a, b) == Self.fullTableAlignment(a, b))
    }

    @Test("entries of 200,000 ballots with a skipped and a misread ballot align without the full table")
    func largeStack() {
        let a = Self.stack(200_000, seed: 77)
        var b = a
        b.remove(at: 150_000)
        b[10].marks[0] = b[10].marks[0] == .yes ? .no : .yes
        let differences = reconcile(a, b)
        #expect(differences.count == 2)
        #expect(differences.first == .differs(positionA: 11, positionB: 11, a: a[10], b: b[10]))
    }

    @Test("a ballot entered twice by one teller is reported once, as such", arguments: 0..<60)
    func doubled(seed: Int) {
        var random = SeededGenerator(seed: UInt64(3000 + seed))
        let a = Self.stack(Int.random(in: 2...300, using: &random), seed: UInt64(seed))
        let position = Int.random(in: 0..<a.count, using: &random)
        var b = a
        b.insert(a[position], at: position)
        let differences = reconcile(a, b)
        #expect(differences.count == 1)
        guard case .onlyInB(_, _, let extra)? = differences.first else {
            Issue.record("expected one ballot only in B, got \(differences)")
            return
        }
        #expect(extra == a[position])
    }
}

@Suite("The counted stack")
struct CountedStackTests {
    @Test("agreeing places count as entered; differing, one-sided and unclear places wait for a decision")
    func decisions() {
        let x = ballot("○○×-"), y = ballot("○×○-"), unclear = ballot("○?×-")
        let places = align([x, y, unclear, x], [x, x, unclear])
        #expect(places.map(\.key) == ["A1/B1", "A2/B2", "A3/B3", "A4/-"])
        #expect(places.map(\.needsDecision) == [false, true, true, true])
        #expect(countedStack(places, decisions: [:]) == .failure(UndecidedPlaces(keys: ["A2/B2", "A3/B3", "A4/-"])))
        let ruled = ballot("○○×-")
        let none: BallotEntry? = nil
        let decided: [String: BallotEntry?] = ["A2/B2": y, "A3/B3": ruled, "A4/-": none]
        #expect(countedStack(places, decisions: decided) == .success([x, y, ruled]))
        // A decision that still carries an unclear mark decides nothing.
        let stillUnclear: [String: BallotEntry?] = ["A2/B2": y, "A3/B3": unclear, "A4/-": none]
        #expect(countedStack(places, decisions: stillUnclear) == .failure(UndecidedPlaces(keys: ["A3/B3"])))
    }
}

@Suite("The tellers' counting sheet")
struct BallotSheetTests {
    let header = "票序,刘晓燕,张志远,陈国平,赵明,另选他人1姓名,另选他人1,另选他人2姓名,另选他人2,另选他人3姓名,另选他人3,空白票,废票"

    @Test("marks, write-ins, blank and spoiled ballots; unused rows at the end are ignored")
    func reads() throws {
        let sheet = records("""
            \(header)
            1,○,○,×,,王五,○,,,,,,
            2,O,Y,X,N,,,,,,,,
            3,,,,,,,,,,,是,
            4,○,○,○,○,,,,,,,,是
            5,,,,,,,,,,,,
            6,,,,,,,,,,,,
            """)
        let ballots = try parseBallotSheet(sheet, candidates: four, writeInSlots: 3)
        #expect(ballots.count == 4)
        #expect(ballots[0] == BallotEntry(marks: [.yes, .yes, .no, .abstain], writeIns: [WriteIn(name: "王五", mark: .yes)]))
        #expect(ballots[1].marks == [.yes, .yes, .no, .no])
        #expect(ballots[2] == BallotEntry(marks: [.abstain, .abstain, .abstain, .abstain]))
        #expect(ballots[3].spoiled)
    }

    @Test("an empty row between ballots, a blank ballot with marks, a bad flag, a wrong header: each reported by line")
    func rejects() {
        do {
            _ = try parseBallotSheet(records("\(header)\n1,○,○,×,,,,,,,,,\n2,,,,,,,,,,,,\n3,○,,,,,,,,,,是,\n4,○,,,,,,,,,,,也许\n5,○,○,,,,,,,,,,\n"),
                                     candidates: four, writeInSlots: 3)
            Issue.record("accepted a bad sheet")
        } catch {
            #expect(error.issues.map(\.line).sorted() == [3, 4, 5])
        }
        #expect(throws: ImportRejected.self) {
            try parseBallotSheet(records("票序,张志远,刘晓燕,陈国平,赵明,另选他人1姓名,另选他人1,另选他人2姓名,另选他人2,另选他人3姓名,另选他人3,空白票,废票\n"),
                                 candidates: four, writeInSlots: 3)
        }
    }

    @Test("票序 numbers the stack 1, 2, 3…: a repeated, skipped, moved, blank or made-up number is refused at its line", arguments: [
        (["1", "2", "3"], [Int]()), (["1", "2", "2", "3"], [4, 5]), (["1", "3"], [3]), (["2", "1"], [2, 3]), (["1", "", "3"], [3]),
        (["7", "7", "7"], [2, 3, 4]), (["01", "2"], []), (["1", "2", " 3 "], []),
    ])
    func serials(numbers: [String], badLines: [Int]) {
        let rows = numbers.map { "\($0),○,○,×,,,,,,,,," }.joined(separator: "\n")
        do {
            let ballots = try parseBallotSheet(records("\(header)\n\(rows)\n"), candidates: four, writeInSlots: 3)
            #expect(badLines.isEmpty && ballots.count == numbers.count)
        } catch {
            #expect(error.issues.map(\.line) == badLines)
            #expect(error.issues.first?.column == "票序")
        }
    }

    /// Issue 12: "a sheet cut off mid-row is accepted with the missing marks stored as abstentions".
    @Test("every row is as wide as the header: a row cut off, or one cell short, is refused at its line", arguments: [
        ("1,○,○,×,,,,,,,,,", [Int]()), ("1,○,○", [2]), ("1,○,○,×,,,,,,,,", [2]), ("1,○,○,×,,,,,,,,,,", [2]),
    ])
    func rowWidth(row: String, badLines: [Int]) {
        do {
            // The next row numbers on: one short row is one error, not a cascade of 票序 errors.
            let ballots = try parseBallotSheet(records("\(header)\n\(row)\n2,○,○,×,,,,,,,,,\n"), candidates: four, writeInSlots: 3)
            #expect(badLines.isEmpty && ballots.count == 2)
        } catch {
            #expect(error.issues.map(\.line) == badLines)
        }
    }

    @Test("unclear marks are kept as written, for the scrutineers")
    func unclear() throws {
        let ballots = try parseBallotSheet(records("\(header)\n1,○,√,×,,,,,,,,,\n"), candidates: four, writeInSlots: 3)
        #expect(ballots[0].marks[1] == .unclear("√"))
    }
}

@Suite("Ballots as stored")
struct StoredBallotTests {
    @Test("the direct form is byte for byte the encoder's, and reads back to the same ballot", arguments: 0..<40)
    func storedJSON(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(9000 + seed))
        let marks: [Mark] = [.yes, .no, .abstain, .unclear("√"), .unclear("?"), .unclear("○×")]
        let names = ["王五", "欧阳娜娜", "", "Li Lei", "a\"b", "x/y", "tab\there", "反\\斜"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for _ in 0..<50 {
            let ballot = BallotEntry(
                marks: (0..<Int.random(in: 0...7, using: &random)).map { _ in marks.randomElement(using: &random)! },
                writeIns: (0..<Int.random(in: 0...2, using: &random)).map { _ in
                    WriteIn(name: names.randomElement(using: &random)!, mark: marks.randomElement(using: &random)!)
                },
                spoiled: Bool.random(using: &random))
            let generic = String(decoding: try encoder.encode(ballot), as: UTF8.self)
            if let direct = ballot.storedJSON {
                #expect(direct == generic)
                #expect(BallotEntry(storedJSON: direct) == ballot)
            } else {
                // Only names or marks JSON must escape take the encoder's path.
                #expect(generic.contains("\\"))
            }
            if let read = BallotEntry(storedJSON: generic) { #expect(read == ballot) }
        }
        #expect(BallotEntry(storedJSON: #"{"marks":[{"yes":{}}],"spoiled":false,"writeIns":[]} "#) == nil)
        #expect(BallotEntry(storedJSON: #"{"spoiled":false,"marks":[],"writeIns":[]}"#) == nil)
    }

    @Test("every symbol in either case, around white space (full-width too); anything else kept as written", arguments: [
        ("", Mark.abstain), ("○", .yes), ("〇", .yes), ("◯", .yes), ("O", .yes), ("o", .yes), ("Y", .yes), ("y", .yes), ("0", .unclear("0")), ("-", .abstain), (".", .abstain), ("_", .abstain),
        ("×", .no), ("✕", .no), ("✗", .no), ("X", .no), ("x", .no), ("N", .no), ("n", .no), (" ○", .yes), ("○ ", .yes), ("　×", .no),
        ("\t×", .no), ("√", .unclear("√")), ("?", .unclear("?")), ("oo", .unclear("oo")), ("是", .unclear("是")), (" 是　", .unclear("是")),
    ])
    func cells(cell: String, mark: Mark) {
        #expect(Mark(reading: cell) == mark)
    }
}
