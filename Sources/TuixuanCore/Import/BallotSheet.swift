/// The tellers' counting sheet (the ballot template): 票序, one column per candidate in ballot order,
/// a name and a mark column per write-in slot, then 空白票 and 废票.
public enum BallotSheet {
    public static func header(candidates: [String], writeInSlots: Int) -> [String] {
        ["票序"] + candidates + (1...max(1, writeInSlots)).flatMap { ["另选他人\($0)姓名", "另选他人\($0)"] } + ["空白票", "废票"]
    }
}

/// Reads a filled counting sheet into ballots, in stack order. Every problem is reported with its
/// line and column; any one rejects the sheet. A row with no mark at all is an unused template row,
/// allowed only after the last ballot (an all-blank ballot is entered with 空白票 = 是).
public func parseBallotSheet(_ records: [CSVRecord], candidates: [String], writeInSlots: Int) throws(ImportRejected) -> [BallotEntry] {
    let expected = BallotSheet.header(candidates: candidates, writeInSlots: writeInSlots)
    guard let header = records.first else {
        throw ImportRejected(issues: [ImportIssue(line: 1, reason: LocalizedText(zh: "文件是空的", en: "the file is empty"))])
    }
    let found = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    guard found == expected else {
        throw ImportRejected(issues: [ImportIssue(line: header.line, reason: LocalizedText(
            zh: "表头与本轮选票不符，应为：\(expected.joined(separator: ","))（请用 tuixuan candidates ballot --format csv 或 round template 生成的模板）",
            en: "the header does not match this round's ballot; expected: \(expected.joined(separator: ",")) (use the template the program prints)"))])
    }
    var issues: [ImportIssue] = []
    var ballots: [(line: Int, ballot: BallotEntry?)] = []
    let yesNo: (String) -> Bool? = { text in
        switch text.trimmedCell {
        case "": false
        case "是", "Y", "y", "1", "○": true
        default: nil
        }
    }
    for record in records.dropFirst() {
        var fields = record.fields.map(\.trimmedCell)
        if fields.count < expected.count { fields += Array(repeating: "", count: expected.count - fields.count) }
        guard fields.count == expected.count else {
            issues.append(ImportIssue(line: record.line, reason: LocalizedText(zh: "本行字段数多于表头", en: "more fields than the header")))
            continue
        }
        let marks = (0..<candidates.count).map { Mark.read(fields[1 + $0]) }
        var writeIns: [WriteIn] = []
        for slot in 0..<max(1, writeInSlots) {
            let name = fields[1 + candidates.count + 2 * slot]
            let mark = Mark.read(fields[2 + candidates.count + 2 * slot])
            if !name.isEmpty || mark != .abstain { writeIns.append(WriteIn(name: name, mark: mark)) }
        }
        let blankColumn = expected.count - 2, spoiledColumn = expected.count - 1
        guard let blank = yesNo(fields[blankColumn]) else {
            issues.append(ImportIssue(line: record.line, column: "空白票", value: fields[blankColumn], reason: LocalizedText(zh: "应为“是”或空", en: "must be 是 or empty"))); continue
        }
        guard let spoiled = yesNo(fields[spoiledColumn]) else {
            issues.append(ImportIssue(line: record.line, column: "废票", value: fields[spoiledColumn], reason: LocalizedText(zh: "应为“是”或空", en: "must be 是 or empty"))); continue
        }
        let anyMark = marks.contains { $0 != .abstain } || !writeIns.isEmpty
        if blank && anyMark {
            issues.append(ImportIssue(line: record.line, column: "空白票", value: fields[blankColumn], reason: LocalizedText(
                zh: "标为空白票，但本行有标记", en: "marked blank but the row has marks")))
            continue
        }
        if !anyMark && !blank && !spoiled {
            ballots.append((record.line, nil))   // an unused template row
            continue
        }
        ballots.append((record.line, BallotEntry(marks: marks, writeIns: writeIns, spoiled: spoiled)))
    }
    // Unused rows only after the last ballot.
    if let lastBallot = ballots.lastIndex(where: { $0.ballot != nil }) {
        for (line, ballot) in ballots[..<lastBallot] where ballot == nil {
            issues.append(ImportIssue(line: line, reason: LocalizedText(
                zh: "此行没有任何标记，却在其他选票之前；空白票请在“空白票”列填“是”", en: "an empty row before other ballots: mark a blank ballot with 是 under 空白票")))
        }
    }
    guard issues.isEmpty else { throw ImportRejected(issues: issues) }
    return ballots.compactMap(\.ballot)
}
