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
    var reader = BallotSheetReader(candidates: candidates, writeInSlots: writeInSlots)
    var ballots: [BallotEntry] = []
    for record in records {
        if let ballot = reader.read(record) { ballots.append(ballot) }
    }
    try reader.finish()
    return ballots
}

/// The counting sheet read one record at a time, for files of any length: each ballot is handed
/// back as soon as its row is read and found sound; the problems are gathered, and `finish` rejects
/// the sheet if there are any (the caller discards what it took: all or nothing).
public struct BallotSheetReader: Sendable {
    public let candidates: [String]
    public let writeInSlots: Int
    private let expected: [String]
    private var sawHeader = false
    private var headerIsWrong = false
    private var issues: [ImportIssue] = []
    /// Rows with no mark since the last ballot: an error if another ballot follows them.
    private var unusedRows: [Int] = []
    /// 票序 the next row must carry: the rows are the counted stack, numbered 1, 2, 3… without gaps or repeats.
    private var nextSerial = 1

    public init(candidates: [String], writeInSlots: Int) {
        self.candidates = candidates
        self.writeInSlots = writeInSlots
        expected = BallotSheet.header(candidates: candidates, writeInSlots: writeInSlots)
    }

    /// Whether any problem has been found so far.
    public var hasIssues: Bool { !issues.isEmpty }

    public mutating func read(_ record: CSVRecord) -> BallotEntry? {
        guard sawHeader else {
            sawHeader = true
            let found = record.fields.map(\.trimmedCell)
            if found != expected {
                headerIsWrong = true
                issues.append(ImportIssue(line: record.line, reason: LocalizedText(
                    zh: "表头与本轮选票不符，应为：\(expected.joined(separator: ","))（请用 tuixuan candidates ballot --format csv 或 round template 生成的模板）",
                    en: "the header does not match this round's ballot; expected: \(expected.joined(separator: ",")) (use the template the program prints)")))
            }
            return nil
        }
        // After a wrong header no row can be read against it.
        guard !headerIsWrong else { return nil }
        let fields = record.fields.map(\.trimmedCell)
        // Every row as wide as the header (issue 12: "a sheet cut off mid-row is accepted with the missing marks stored as
        // abstentions"): a short row is a row cut off or a cell lost, never a ballot with blanks.
        guard fields.count == expected.count else {
            issues.append(ImportIssue(line: record.line, value: fields.first, reason: fields.count < expected.count
                ? LocalizedText(zh: "本行只有\(fields.count)列，表头有\(expected.count)列：行不完整（文件可能被截断或缺了单元格），不能把缺少的标记当作弃权",
                                en: "this row has \(fields.count) fields and the header \(expected.count): the row is incomplete (the file cut off, or a cell lost); missing marks are not abstentions")
                : LocalizedText(zh: "本行字段数多于表头", en: "more fields than the header")))
            nextSerial += 1
            return nil
        }
        // 票序 (issue 12: "the 票序 column is ignored; a duplicated row entered as ballot 201"): every row, used or not,
        // carries its place in the stack, so a row copied twice, skipped or moved shows instead of being counted.
        let serial = nextSerial
        nextSerial += 1
        guard Int(fields[0]) == serial else {
            issues.append(ImportIssue(line: record.line, column: "票序", value: fields[0], reason: LocalizedText(
                zh: "票序应为\(serial)：各行按清点顺序从1起连续编号，重复、跳号或顺序错乱的行会使计票出错",
                en: "票序 should be \(serial): rows are numbered 1, 2, 3… in the counted order; a repeated, skipped or moved row would miscount")))
            return nil
        }
        let marks = (0..<candidates.count).map { Mark(reading: fields[1 + $0]) }
        var writeIns: [WriteIn] = []
        for slot in 0..<max(1, writeInSlots) {
            let name = fields[1 + candidates.count + 2 * slot]
            let mark = Mark(reading: fields[2 + candidates.count + 2 * slot])
            if !name.isEmpty || mark != .abstain { writeIns.append(WriteIn(name: name, mark: mark)) }
        }
        let blankColumn = expected.count - 2, spoiledColumn = expected.count - 1
        guard let blank = Self.yesNo(fields[blankColumn]) else {
            issues.append(ImportIssue(line: record.line, column: "空白票", value: fields[blankColumn], reason: LocalizedText(zh: "应为“是”或空", en: "must be 是 or empty")))
            return nil
        }
        guard let spoiled = Self.yesNo(fields[spoiledColumn]) else {
            issues.append(ImportIssue(line: record.line, column: "废票", value: fields[spoiledColumn], reason: LocalizedText(zh: "应为“是”或空", en: "must be 是 or empty")))
            return nil
        }
        let anyMark = marks.contains { $0 != .abstain } || !writeIns.isEmpty
        if blank && anyMark {
            issues.append(ImportIssue(line: record.line, column: "空白票", value: fields[blankColumn], reason: LocalizedText(
                zh: "标为空白票，但本行有标记", en: "marked blank but the row has marks")))
            return nil
        }
        if !anyMark && !blank && !spoiled {
            unusedRows.append(record.line)   // an unused template row: fine unless a ballot follows
            return nil
        }
        // Unused rows only after the last ballot.
        for line in unusedRows {
            issues.append(ImportIssue(line: line, reason: LocalizedText(
                zh: "此行没有任何标记，却在其他选票之前；空白票请在“空白票”列填“是”", en: "an empty row before other ballots: mark a blank ballot with 是 under 空白票")))
        }
        unusedRows = []
        return BallotEntry(marks: marks, writeIns: writeIns, spoiled: spoiled)
    }

    /// The end of the sheet: rejects it with every problem found, in line order.
    public func finish() throws(ImportRejected) {
        guard sawHeader else {
            throw ImportRejected(issues: [ImportIssue(line: 1, reason: LocalizedText(zh: "文件是空的", en: "the file is empty"))])
        }
        guard issues.isEmpty else { throw ImportRejected(issues: issues.sorted { $0.line < $1.line }) }
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text {
        case "": false
        case "是", "Y", "y", "1", "○": true
        default: nil
        }
    }
}

extension BallotSheet {
    /// One ballot as a row of the counting sheet (the inverse of `BallotSheetReader`): its number, a mark
    /// per candidate, the write-in slots (name and mark), 空白票 and 废票.
    public static func row(_ ballot: BallotEntry, number: Int, writeInSlots: Int) -> [String] {
        let marks = ballot.marks.map { mark -> String in
            switch mark {
            case .yes: "○"
            case .no: "×"
            case .abstain: ""
            case .unclear(let text): text
            }
        }
        let writeIns = (0..<max(1, writeInSlots)).flatMap { slot -> [String] in
            slot < ballot.writeIns.count ? [ballot.writeIns[slot].name, ballot.writeIns[slot].mark == .yes ? "○" : ""] : ["", ""]
        }
        let blank = !ballot.spoiled && ballot.marks.allSatisfy { $0 == .abstain } && ballot.writeIns.isEmpty
        return [String(number)] + marks + writeIns + [blank ? "是" : "", ballot.spoiled ? "是" : ""]
    }
}

/// A CSV line from fields, each quoted when it holds a comma, a quote or a line break (RFC 4180).
public func csvLine(_ fields: [String]) -> String {
    fields.map(csvQuoted).joined(separator: ",")
}

/// A CSV field, quoted when it must be.
public func csvQuoted(_ text: String) -> String {
    text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
}
