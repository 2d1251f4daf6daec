import Foundation
import GRDB
import TuixuanCore
import TuixuanSchema

extension AppDatabase {
    /// 乡镇方案的时间要求: sets a step's due date for every election of a township.
    public func setDueDate(by operatorName: String?, township code: String, step: Int, due: CivilDate) throws {
        try act { db in
            let township = try fetchOrganization(db, code: code)
            guard township.level == .township else {
                throw Refusal.dueDatesPerTownship(organization: township.name)
            }
            let actor = try authorize(db, operatorName, organizationID: township.id, roles: [.township, .county])
            guard (1...Procedure.builtIn.map(\.steps.count).max()!).contains(step) else {
                throw Refusal.stepUnknown(step, count: Procedure.builtIn.map(\.steps.count).max()!)
            }
            try db.execute(sql: "INSERT OR REPLACE INTO step_due (township_id, step, due_on, set_by) VALUES (?, ?, ?, ?)",
                           arguments: [township.id, step, due.description, actor.id])
            try appendEvent(db, by: actor, organizationID: township.id, kind: "due_date.set", step: step, detail: ["due_on": due.description])
        }
    }

    /// The reviewers' board: every village's latest election under `code`, with its progress, what
    /// blocks it, its overdue steps and whether a result awaits the county's review. Each line comes
    /// from `election_board` while it is current (no later event of the election or its village,
    /// the same engine, and for date-dependent lines the same day) and is worked out from the facts
    /// otherwise, or always when `live` is set. Reads only.
    public func overview(under code: String, live: Bool = false) throws -> [BoardEntry] {
        try writer.read { db in
            let root = try fetchOrganization(db, code: code)
            let today = self.today
            var dueByTownship: [Int64: [Int: CivilDate]] = [:]
            for row in try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT township_id, step, due_on FROM step_due WHERE township_id IN (\(AppDatabase.subtreeSQL))
                """), arguments: [root.id]) {
                dueByTownship[row["township_id"], default: [:]][row["step"]] = row.civilDate("due_on")
            }
            let decoder = JSONDecoder()
            // The kept lines' lists, read apart by SQLite's JSON functions (one query each for the whole subtree), so that
            // no line is parsed in Swift: the blocked steps with their reasons, and the procedure's own deadlines.
            var reasons: [Int64: [(step: Int, reasons: [LocalizedText])]] = [:]
            for row in try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT b.election_id, json_extract(s.value, '$.step') AS step, json_extract(r.value, '$.zh') AS zh, json_extract(r.value, '$.en') AS en
                FROM (\(BoardLine.validLinesSQL)) b JOIN json_each(b.line, '$.blocked') s LEFT JOIN json_each(s.value, '$.reasons') r
                ORDER BY b.election_id, s.key, r.key
                """), arguments: [root.id]) {
                let election: Int64 = row[0], step: Int = row[1]
                var steps = reasons[election, default: []]
                if steps.last?.step != step { steps.append((step, [])) }
                if let zh: String = row[2], let en: String = row[3] { steps[steps.count - 1].reasons.append(LocalizedText(zh: zh, en: en)) }
                reasons[election] = steps
            }
            var deadlines: [Int64: [OverdueStep]] = [:]
            for row in try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT b.election_id, json_extract(d.value, '$.step'), json_extract(d.value, '$.due')
                FROM (\(BoardLine.validLinesSQL)) b JOIN json_each(b.line, '$.deadlines') d
                ORDER BY b.election_id, d.key
                """), arguments: [root.id]) {
                guard let due = (row[2] as String?).flatMap(CivilDate.init(parsing:)) else { continue }
                deadlines[row[0], default: []].append(OverdueStep(step: row[1], due: due))
            }
            return try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT \(AppDatabase.electionSummaryColumns),
                  b.line AS board_line, b.event_id AS board_event, b.computed_on AS board_on, b.date_sensitive AS board_dated, b.engine AS board_engine,
                  \(AppDatabase.latestEventSQL) AS latest_event,
                  \(BoardLine.storedColumnsSQL)
                \(AppDatabase.electionSummaryJoins)
                LEFT JOIN election_board b ON b.election_id = e.id
                WHERE e.id IN (SELECT max(id) FROM election WHERE organization_id IN (\(AppDatabase.subtreeSQL)) GROUP BY organization_id)
                ORDER BY o.code
                """), arguments: [root.id]).map { row in
                let summary = electionSummary(from: row)
                let line: BoardLine
                if !live, let text: String = row["board_line"],
                   storedLineIsCurrent(engine: row["board_engine"], eventID: row["board_event"], latestEvent: row["latest_event"],
                                       dateSensitive: row["board_dated"], computedOn: row["board_on"]) {
                    line = try BoardLine(storedColumns: row, blocked: reasons[summary.id] ?? [], deadlines: deadlines[summary.id])
                        ?? decoder.decode(BoardLine.self, from: Data(text.utf8))
                } else {
                    line = try computeBoardLine(db, electionID: summary.id).line
                }
                let township: Int64? = row["township_id"]
                return BoardEntry(summary: summary, line: line,
                                  overdue: line.overdue(due: township.flatMap { dueByTownship[$0] } ?? [:], today: today))
            }
        }
    }

    /// The last event of an election or of its village (`e` is the election): a stored board line older than it is stale.
    static let latestEventSQL = """
        max(coalesce((SELECT max(id) FROM event WHERE election_id = e.id), 0), coalesce((SELECT max(id) FROM event WHERE organization_id = e.organization_id), 0))
        """

    /// Whether a stored board line may be shown as it is: written by this engine, after the last event of its election and
    /// village, and — when a date alone could change it — today. The board reads only such lines; the audit checks them.
    func storedLineIsCurrent(engine: String, eventID: Int64, latestEvent: Int64, dateSensitive: Bool, computedOn: String) -> Bool {
        engine == BoardLine.engineTag && eventID >= latestEvent && (!dateSensitive || computedOn == today.description)
    }

    /// A board line as it is stored (sorted keys), so that a stored line and a recomputed one compare as text.
    static func storedText(_ line: BoardLine) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(line), as: UTF8.self)
    }

    /// The engine's line for one election, and whether a change of date alone could alter it.
    func computeBoardLine(_ db: Database, electionID: Int64) throws -> (line: BoardLine, dateSensitive: Bool) {
        let procedure = try loadProcedure(db, electionID: electionID)
        let facts = try loadFacts(db, electionID: electionID)
        let progress = ProcedureEngine(procedure: procedure).progress(facts)
        let awaitingReview = try Bool.fetchOne(try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM approval WHERE election_id = ? AND subject = 'result')
               AND NOT EXISTS (SELECT 1 FROM result_review WHERE election_id = ? AND outcome = 'reviewed')
            """), arguments: [electionID, electionID])!
        return (BoardLine(progress: progress, procedure: procedure, awaitingReview: awaitingReview), boardLineDependsOnDate(facts))
    }

    /// Every election's board line computed again, as of the last event (after an upgrade).
    func rebuildBoard(_ db: Database) throws {
        guard let last = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT max(id) FROM event")) else { return }
        try db.execute(sql: "DELETE FROM election_board")
        for id in try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM election ORDER BY id")) {
            try storeBoardLine(db, electionID: id, eventID: last)
        }
    }

    /// Brings the board lines of the elections an event concerns up to date: the event's election,
    /// or every election of its village. Called by `appendEvent`, inside the act's transaction.
    func refreshBoard(_ db: Database, eventID: Int64, organizationID: Int64?, electionID: Int64?) throws {
        let elections: [Int64]
        if let electionID {
            elections = [electionID]
        } else if let organizationID {
            elections = try Int64.fetchAll(try db.cachedStatement(sql: """
                SELECT e.id FROM election e JOIN organization o ON o.id = e.organization_id
                WHERE e.organization_id = ? AND o.level IN ('village', 'community')
                """), arguments: [organizationID])
        } else {
            return
        }
        for id in elections {
            try storeBoardLine(db, electionID: id, eventID: eventID)
        }
    }

    private func storeBoardLine(_ db: Database, electionID: Int64, eventID: Int64) throws {
        let (line, dated) = try computeBoardLine(db, electionID: electionID)
        try db.execute(sql: """
            INSERT OR REPLACE INTO election_board (election_id, event_id, computed_on, date_sensitive, engine, line) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [electionID, eventID, today.description, dated, BoardLine.engineTag, try AppDatabase.storedText(line)])
    }
}

/// One election on a reviewer's board.
extension BoardLine {
    /// The kept lines of the latest election of each organization under `?`, those that are JSON at all (a line edited
    /// into something else is left to the decoder, which says what is wrong, and to the audit).
    static let validLinesSQL = """
        SELECT election_id, line FROM election_board
        WHERE election_id IN (SELECT max(id) FROM election WHERE organization_id IN (\(AppDatabase.subtreeSQL)) GROUP BY organization_id)
          AND json_valid(line) AND json_type(line) = 'object'
        """

    /// A kept line's scalar fields and its lists of step numbers, read by SQLite (`b` is the board), NULL where the line is
    /// not JSON.
    static let storedColumnsSQL = [
        ("l_done", "json_extract(b.line, '$.done')"), ("l_total", "json_extract(b.line, '$.total')"),
        ("l_phase", "json_extract(b.line, '$.phase')"), ("l_phase_type", "json_type(b.line, '$.phase')"),
        ("l_title_zh", "json_extract(b.line, '$.phaseTitle.zh')"), ("l_title_en", "json_extract(b.line, '$.phaseTitle.en')"),
        ("l_title_type", "json_type(b.line, '$.phaseTitle')"), ("l_last", "json_extract(b.line, '$.lastDoneStep')"),
        ("l_last_type", "json_type(b.line, '$.lastDoneStep')"), ("l_awaiting_type", "json_type(b.line, '$.awaitingReview')"),
        ("l_next", "json_extract(b.line, '$.next')"), ("l_not_done", "json_extract(b.line, '$.notDone')"),
        ("l_blocked_type", "json_type(b.line, '$.blocked')"), ("l_deadlines_type", "json_type(b.line, '$.deadlines')"),
    ].map { "CASE WHEN json_valid(b.line) AND json_type(b.line) = 'object' THEN \($0.1) END AS \($0.0)" }.joined(separator: ",\n")

    /// A kept line from the columns of `storedColumnsSQL` and its lists read apart; nil when any field is not what the
    /// program writes, and the caller then decodes the text itself (JSONDecoder, which names the fault). The county board
    /// read 300 lines through JSONDecoder, then JSONSerialization, for a sixth and then a seventh of its time.
    init?(storedColumns row: Row, blocked: [(step: Int, reasons: [LocalizedText])], deadlines: [OverdueStep]?) {
        func steps(_ column: String) -> [Int]? {
            guard let text: String = row[column], text.hasPrefix("["), text.hasSuffix("]") else { return nil }
            let inner = text.dropFirst().dropLast()
            if inner.isEmpty { return [] }
            let numbers = inner.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
            return numbers.contains(nil) ? nil : numbers.map { $0! }
        }
        guard let done: Int = row["l_done"], let total: Int = row["l_total"], let next = steps("l_next"), let notDone = steps("l_not_done"),
              let awaiting: String = row["l_awaiting_type"], awaiting == "true" || awaiting == "false",
              (row["l_blocked_type"] as String?) == "array" else { return nil }
        let phaseType: String? = row["l_phase_type"], titleType: String? = row["l_title_type"], lastType: String? = row["l_last_type"]
        let deadlinesType: String? = row["l_deadlines_type"]
        guard phaseType == nil || phaseType == "text" || phaseType == "null", titleType == nil || titleType == "object" || titleType == "null",
              lastType == nil || lastType == "integer" || lastType == "null", deadlinesType == nil || deadlinesType == "array" else { return nil }
        var title: LocalizedText?
        if titleType == "object" {
            guard let zh: String = row["l_title_zh"], let en: String = row["l_title_en"] else { return nil }
            title = LocalizedText(zh: zh, en: en)
        }
        self.init(phase: row["l_phase"], phaseTitle: title, done: done, total: total, lastDoneStep: row["l_last"], next: next,
                  blocked: blocked.map { BlockedStep(step: $0.step, reasons: $0.reasons) }, notDone: notDone, awaitingReview: awaiting == "true",
                  deadlines: deadlinesType == "array" ? deadlines ?? [] : nil)
    }
}

public struct BoardEntry: Sendable {
    public var summary: ElectionSummary
    public var line: BoardLine
    /// Steps not done whose due date in the township plan has passed, with that date.
    public var overdue: [OverdueStep]
}

extension BoardLine {
    /// Which program's engine wrote a stored line: the board's format and the digest of the built-in
    /// catalogs and rule sets. A line from another tag is recomputed, never shown. Bump the format
    /// whenever the engine's conditions change what they conclude or say (3: the secretary condition names propose-nominee).
    static let engineTag = "board/4:" + String(SHA256Digest.hex(of: (SchemaFiles.files(in: "procedures") + SchemaFiles.files(in: "rulesets"))
        .map { $0.path + "\u{1F}" + $0.text }.joined(separator: "\u{1E}")).prefix(16))
}
