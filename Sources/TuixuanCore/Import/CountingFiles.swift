import Foundation

// The small files tellers and township staff fill in by hand: a round counted by hand (手工计票单),
// recommendation ballots (推荐票, one row per ballot) and a hand tally of recommendations (推荐计票结果).
// Each is read whole; every problem is reported with its line, column and value.

private let emptyCell = LocalizedText(zh: "必填项为空", en: "required value is empty")
private let notACount = LocalizedText(zh: "应为非负整数", en: "must be a whole number, 0 or more")

/// 手工计票单: one row per person (姓名, 赞成, 不赞成, 弃权, 另选=是 for a write-in). The figures
/// returned, overvoted and spoiled are declared by the chief scrutineer; whether they add up is
/// `handCountRefusal`'s to say.
public func readHandCount(_ records: [CSVRecord], returned: Int, overvoted: Int, spoiled: Int) throws(ImportRejected) -> RoundCount {
    let specs = [ColumnSpec("name", headers: ["姓名"], required: true), ColumnSpec("yes", headers: ["赞成"], required: true),
                 ColumnSpec("no", headers: ["不赞成"], required: false), ColumnSpec("abstain", headers: ["弃权"], required: false),
                 ColumnSpec("write_in", headers: ["另选"], required: false)]
    let (rows, headerIssues) = readTable(records, specs: specs)
    var issues = headerIssues
    var candidates: [CandidateCount] = [], writeIns: [CandidateCount] = []
    for row in rows {
        func number(_ key: String, _ header: String) -> Int? {
            guard let text = row.value(key) else { return 0 }
            guard let value = Int(text), value >= 0 else {
                issues.append(row.issue(key, header, notACount))
                return nil
            }
            return value
        }
        guard let name = row.value("name") else {
            issues.append(row.issue("name", "姓名", emptyCell))
            continue
        }
        guard let yes = number("yes", "赞成"), let no = number("no", "不赞成"), let abstain = number("abstain", "弃权") else { continue }
        let person = CandidateCount(name: name, yes: yes, no: no, abstain: abstain)
        if row.value("write_in") == "是" { writeIns.append(person) } else { candidates.append(person) }
    }
    guard issues.isEmpty else { throw ImportRejected(issues: issues) }
    return RoundCount(returned: returned, valid: returned - overvoted - spoiled, overvoted: overvoted, spoiled: spoiled,
                      candidates: candidates, writeIns: writeIns, awaitingRuling: [])
}

/// The headers a recommendation ballot sheet commonly has over its columns of names (to tell a merged header from a title).
public let recommendationBallotHeaders: Set<String> = ["推荐人选", "推荐人", "人选", "姓名", "推荐对象", "委员人选", "书记人选"]

/// 推荐票: one row per ballot, a recommended name per cell (the header names the cells, e.g.
/// 推荐人选1); 空白票 in a cell, or nothing, names no one. Which names count is the tally's rule.
public func readRecommendationBallots(_ records: [CSVRecord]) -> [RecommendationBallot] {
    let header = records.first?.fields ?? []
    func label(_ index: Int) -> String {
        let text = index < header.count ? header[index].trimmingWhiteSpace(.cellBlank) : ""
        return text.isEmpty ? "第\(index + 1)格" : text
    }
    return records.dropFirst().map { record in
        RecommendationBallot(line: record.line, names: record.fields.enumerated().compactMap { index, cell in
            let name = cell.trimmingWhiteSpace(.cellBlank)
            return name.isEmpty || name == "空白票" ? nil : (label(index), name)
        })
    }
}

/// One person's figure in a hand tally of recommendations, with the line it came from.
public struct RecommendationCount: Sendable, Hashable {
    public var line: Int
    public var name: String
    public var count: Int

    public init(line: Int, name: String, count: Int) {
        self.line = line
        self.name = name
        self.count = count
    }
}

/// 推荐计票结果: 姓名, 票数 — one row per person recommended.
public func readRecommendationTally(_ records: [CSVRecord]) throws(ImportRejected) -> [RecommendationCount] {
    let (rows, headerIssues) = readTable(records, specs: [ColumnSpec("name", headers: ["姓名", "name"], required: true),
                                                          ColumnSpec("count", headers: ["票数", "推荐票数", "count"], required: true)])
    var issues = headerIssues
    var counts: [RecommendationCount] = []
    for row in rows {
        guard let name = row.value("name") else {
            issues.append(row.issue("name", "姓名", emptyCell))
            continue
        }
        guard let count = row.value("count").flatMap({ Int($0) }), count >= 0 else {
            issues.append(row.issue("count", "票数", LocalizedText(zh: "票数应为非负整数", en: "must be a whole number, 0 or more")))
            continue
        }
        counts.append(RecommendationCount(line: row.line, name: name, count: count))
    }
    guard issues.isEmpty else { throw ImportRejected(issues: issues) }
    return counts
}
