import Testing
@testable import TuixuanCore

@Suite("One mark vocabulary for the keyboard and the counting sheet")
struct TypedBallotTests {
    @Test("each symbol means the same typed as written in a sheet cell", arguments: ["○", "〇", "◯", "O", "o", "Y", "y", "×", "✕", "✗", "X", "x", "N", "n",
                                                                                  ".", "-", "_", "0", "?", "√", "1"])
    func sameMeaning(symbol: String) {
        #expect(BallotEntry(typed: symbol, candidates: 1)?.marks == [Mark(reading: symbol)])
    }

    @Test("typed ballots: marks, write-ins, blank and spoiled; the typed form reads back")
    func typed() {
        let ballot = BallotEntry(typed: "o x . ? + 张三:o", candidates: 4)
        #expect(ballot == BallotEntry(marks: [.yes, .no, .abstain, .unclear("?")], writeIns: [WriteIn(name: "张三", mark: .yes)]))
        #expect(BallotEntry(typed: "oo", candidates: 3) == nil)
        #expect(BallotEntry(typed: "空白", candidates: 2) == BallotEntry(marks: [.abstain, .abstain]))
        #expect(BallotEntry(typed: "spoiled", candidates: 2)?.spoiled == true)
        for line in ["ox.", "o×○+李四:×", "xxo+王五:o"] {
            let entry = BallotEntry(typed: line, candidates: 3)!
            #expect(BallotEntry(typed: entry.typed, candidates: 3) == entry)
        }
    }
}

@Suite("The counting sheet written back")
struct BallotSheetRowTests {
    @Test("a row of the sheet reads back as the ballot it came from, names with commas quoted")
    func roundTrip() throws {
        let candidates = ["甲", "乙", "丙"]
        let ballots = [
            BallotEntry(marks: [.yes, .no, .abstain], writeIns: [WriteIn(name: "王,五", mark: .yes)]),
            BallotEntry(marks: [.abstain, .abstain, .abstain]),
            BallotEntry(marks: [.abstain, .abstain, .abstain], spoiled: true),
        ]
        let text = ([BallotSheet.header(candidates: candidates, writeInSlots: 2)] + ballots.enumerated().map { BallotSheet.row($1, number: $0 + 1, writeInSlots: 2) })
            .map(csvLine).joined(separator: "\n") + "\n"
        #expect(try parseBallotSheet(records(text), candidates: candidates, writeInSlots: 2) == ballots)
    }
}
