import Foundation
import Testing
@testable import tuixuan
import GRDB

/// `JSONText` writes what JSONEncoder writes (`renderJSONWithEncoder`), byte for byte: the --json contract does not move
/// with the faster writer. Random trees cover the shapes and the strings; every command's real output is also compared
/// with the schemas and goldens elsewhere.
@Suite("JSON text as JSONEncoder writes it")
struct JSONTextTests {
    /// A small deterministic generator (SplitMix64), so a failure names its seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let keys = ["a", "electionId", "lastDoneStep", "URLValue", "x2Y", "a_b", "_private", "phaseTitle", "zh", "en", "b", "ID", "isOK",
                       "organizationCode", "aBC", "abcDEFGhi", "step1Done", "王家湾村", "330521001", "key with space", "é", "émigréName"]
    static let scalars: [Unicode.Scalar] = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}",
                                            "é", "中", "村", "（", "）", "\u{2028}", "\u{FEFF}", "😀", "\u{301}"]

    static func string(_ random: inout Random) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<random.below(12) { text.append(scalars[random.below(scalars.count)]) }
        return String(text)
    }

    static func tree(_ random: inout Random, depth: Int) -> JSONTree {
        switch random.below(depth > 3 ? 5 : 8) {
        case 0: return .null
        case 1: return .scalar(string(&random))
        case 2: return .scalar(random.below(2) == 0)
        case 3: return .scalar(Int(Int64(bitPattern: random.next()) >> random.below(64)))
        case 4: return .scalar(random.below(1000) - 500)
        case 5: return .array((0..<random.below(4)).map { _ in tree(&random, depth: depth + 1) })
        case 6: return .record((0..<random.below(5)).map { _ in (key: keys[random.below(keys.count)], value: tree(&random, depth: depth + 1)) })
        default:
            var entries: [String: JSONTree] = [:]
            for _ in 0..<random.below(4) { entries[random.below(2) == 0 ? keys[random.below(keys.count)] : string(&random)] = tree(&random, depth: depth + 1) }
            return .dictionary(entries)
        }
    }

    @Test("random trees: the same text as JSONEncoder", arguments: 0..<60)
    func randomTrees(_ seed: Int) throws {
        var random = Random(state: UInt64(seed) &* 7919)
        for round in 0..<50 {
            let tree = Self.tree(&random, depth: 0)
            let fast = try #require(JSONText.pretty(tree), "seed \(seed) round \(round)")
            let reference = try renderJSONWithEncoder(tree)
            let first = zip(fast.split(separator: "\n", omittingEmptySubsequences: false), reference.split(separator: "\n", omittingEmptySubsequences: false)).first { $0 != $1 }
            #expect(fast == reference, "seed \(seed) round \(round): \(first.map { "\($0.0.debugDescription) ≠ \($0.1.debugDescription)" } ?? "lengths differ")")
        }
    }

    @Test("a floating-point number is left to JSONEncoder; a record's repeated key keeps its last value")
    func edges() throws {
        #expect(JSONText.pretty(.record([(key: "ratio", value: .scalar(0.1))])) == nil)
        #expect(try renderJSON(["ratio": 0.1]) == (try renderJSONWithEncoder(.dictionary(["ratio": .scalar(0.1)]))))
        let repeated = JSONTree.record([(key: "a", value: .scalar(1)), (key: "a", value: .scalar(2))])
        #expect(JSONText.pretty(repeated) == (try renderJSONWithEncoder(repeated)))
    }
}

@Suite("The board's rows: the tree they build equals their synthesized encoding")
struct OverviewJSONTests {
    /// Encodes a row through its synthesized `encode(to:)`, not its `jsonTree`.
    struct Synthesized: Encodable {
        let row: Overview.Row
        func encode(to encoder: any Encoder) throws { try row.encode(to: encoder) }
    }

    static let rows: [Overview.Row] = [
        Overview.Row(electionId: 1, organizationCode: "330521001001", organizationName: "王家湾村", townshipName: "城关镇", phase: "candidates",
                     phaseTitle: "确定人选", done: 17, total: 32, lastDoneStep: 17, next: [18, 19],
                     blocked: [Overview.BlockedStep(step: 18, reasons: ["缺少“审批”\n", "x\\y"])],
                     overdue: [Overview.OverdueStep(step: 10, due: "2026-11-01")], awaitingReview: true),
        Overview.Row(electionId: 2, organizationCode: "V2", organizationName: "东升村", townshipName: nil, phase: nil, phaseTitle: "已完成", done: 32,
                     total: 32, lastDoneStep: nil, next: [], blocked: [], overdue: [], awaitingReview: false),
    ]

    @Test("each row, and the rows together, write the same text both ways")
    func sameText() throws {
        for row in Self.rows {
            #expect(try renderJSON(row) == (try renderJSON(Synthesized(row: row))))
        }
        #expect(try renderJSON(Self.rows) == (try renderJSON(Self.rows.map(Synthesized.init))))
    }
}

/// The review of the board's faster reading (issue 15): a kept line edited outside the program must give the decoder's
/// clean refusal, never a crash, and `--live` must not read the kept lines at all. A version that read the lines field by
/// field in SQL died (SIGILL, GRDB's typed subscript) on a number stored as text, even under --live; it was withdrawn.
@Suite("The board's kept lines, edited outside the program")
struct EditedBoardLineCLITests {
    @Test("a field of the wrong type: overview refuses cleanly (exit 5), --live recomputes and shows the board")
    func wrongType() throws {
        let cli = try CLI.electionUnderWay()
        let done = try #require((try cli.ok("overview", "--org", "C1", "--json").json as? [[String: Any]])?.first?["done"] as? Int)
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.write { try $0.execute(sql: "UPDATE election_board SET line = json_set(line, '$.done', '7')") }
        try queue.close()
        let refused = try cli.run(["overview", "--org", "C1", "--json"])
        #expect(refused.status == 5, "\(refused.status): \(refused.stderr.prefix(300))")
        #expect(refused.stderr.hasPrefix("错误："))
        let live = try cli.run(["overview", "--org", "C1", "--json", "--live"])
        #expect(live.status == 0, "\(live.stderr.prefix(300))")
        #expect((live.json as? [[String: Any]])?.first?["done"] as? Int == done, "recomputed, not the edited 7")
    }
}
