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
            return try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT \(AppDatabase.electionSummaryColumns),
                  b.line AS board_line, b.event_id AS board_event, b.computed_on AS board_on, b.date_sensitive AS board_dated, b.engine AS board_engine,
                  \(AppDatabase.latestEventSQL) AS latest_event
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
                    line = try decoder.decode(BoardLine.self, from: Data(text.utf8))
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
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO election_board (election_id, event_id, computed_on, date_sensitive, engine, line) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [electionID, eventID, today.description, dated, BoardLine.engineTag, try AppDatabase.storedText(line)])
    }
}

/// One election on a reviewer's board.
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
