import Foundation
import Testing
import TuixuanCore

/// Issue 13, item 8: the event log in the user's words. Every kind the store writes has a label, found by reading the
/// store's sources, so a new kind without one fails here rather than showing `seats.exceeding_allowed` to an official.
@Suite("Event labels")
struct EventLabelsTests {
    static let storeSources: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/TuixuanStore")

    @Test("every event kind the store writes has a Chinese and an English label")
    func everyKind() throws {
        var kinds: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"kind: (?:[a-z]+ \? )?"([a-z_]+\.[a-z_]+)"(?: : "([a-z_]+\.[a-z_]+)")?"#)
        for case let url as URL in FileManager.default.enumerator(at: Self.storeSources, includingPropertiesForKeys: nil)! where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                for group in 1..<match.numberOfRanges {
                    if let range = Range(match.range(at: group), in: text) { kinds.insert(String(text[range])) }
                }
            }
        }
        #expect(kinds.count > 60, "the scan found the kinds: \(kinds.count)")
        #expect(kinds.contains("objection.upheld") && kinds.contains("result.returned"), "both arms of a conditional kind are found")
        let missing = kinds.filter { EventLabels.kinds[$0] == nil }.sorted()
        #expect(missing.isEmpty, "no label for \(missing)")
        for label in EventLabels.kinds.values { #expect(!label.zh.isEmpty && !label.en.isEmpty && label.zh != label.en) }
    }

    @Test("a detail reads as labelled fields; yes/no in words; empty fields left out; an unknown key shown as is", arguments: [
        ([("clear", "true"), ("detail", ""), ("department", "health")], "无问题：是；部门：health", "clear: yes; department: health"),
        ([("round", "2"), ("entry", "A"), ("from", "1"), ("to", "20")], "轮次：2；录入批次：A；从：1；至：20", "round: 2; entry: A; from: 1; to: 20"),
        ([("brand_new", "x")], "brand_new：x", "brand_new: x"),
    ])
    func detail(fields: [(String, String)], zh: String, en: String) {
        let text = EventLabels.detail(fields.map { (key: $0.0, value: $0.1) })
        #expect(text.zh == zh && text.en == en)
    }
}
