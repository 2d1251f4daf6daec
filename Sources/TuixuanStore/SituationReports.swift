import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: 情况报送

    /// Files a report on an election (第五篇 六、1 "重大事件、重要舆情、重要信息及时报县委组织部"; 六、3 "及时发现和解决好苗头性、
    /// 倾向性问题"; 五、8 "定期与乡镇党委沟通情况"): the village or the township reports what happened and when; the report
    /// stays open on the board until someone at the township or the county records how it was dealt with.
    @discardableResult
    public func reportSituation(by operatorName: String?, election reference: String, kind: SituationKind, occurredOn: CivilDate, summary: String) throws -> Int64 {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township, .townshipSecretary])
            guard skipReasonSaysWhy(summary) else { throw Refusal.detailRequired(.situationSummary) }
            try checkDates([occurredOn])
            try db.execute(sql: """
                INSERT INTO situation_report (election_id, kind, occurred_on, summary, reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, kind.rawValue, occurredOn.description, summary, actor.id, timestamp])
            let id = db.lastInsertedRowID
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "situation.reported",
                            detail: ["report": String(id), "kind": kind.rawValue, "occurred_on": occurredOn.description, "summary": summary])
            return id
        }
    }

    /// Records how a report was dealt with (township, township secretary or county), on or after the day it happened.
    public func handleSituation(by operatorName: String?, report id: Int64, on date: CivilDate, handling: String) throws {
        try act { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT election_id, occurred_on, handled_on FROM situation_report WHERE id = ?", arguments: [id]) else {
                throw Refusal.situationReportUnknown(id)
            }
            let (election, actor) = try electionAct(db, String(row["election_id"] as Int64), by: operatorName, roles: [.township, .townshipSecretary, .county])
            if let handled = row.civilDate("handled_on") { throw Refusal.situationReportAlreadyHandled(id, on: handled) }
            guard skipReasonSaysWhy(handling) else { throw Refusal.detailRequired(.situationHandling) }
            try checkDates([date])
            let occurred = row.civilDate("occurred_on")!
            if date < occurred { throw Refusal.dateBeforeItsGrounds(date: date, grounds: occurred) }
            try db.execute(sql: "UPDATE situation_report SET handled_on = ?, handling = ?, handled_by = ? WHERE id = ?",
                           arguments: [date.description, handling, actor.id, id])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "situation.handled",
                            detail: ["report": String(id), "handled_on": date.description, "handling": handling])
        }
    }

    /// The reports on one election, or on every election under an organization (a township, the county), oldest first.
    public func situationReports(election reference: String? = nil, under code: String? = nil, openOnly: Bool = false) throws -> [SituationReport] {
        try writer.read { db in
            var sql = """
                SELECT s.*, o.name AS organization_name, r.name AS reporter, h.name AS handler FROM situation_report s
                JOIN election e ON e.id = s.election_id JOIN organization o ON o.id = e.organization_id
                JOIN operator r ON r.id = s.reported_by LEFT JOIN operator h ON h.id = s.handled_by
                """
            var arguments: StatementArguments = []
            if let reference {
                sql += " WHERE s.election_id = ?"
                arguments += [try resolveElection(db, reference).id]
            } else {
                sql += " WHERE e.organization_id IN (\(AppDatabase.subtreeSQL))"
                arguments += [try (code.map { try fetchOrganization(db, code: $0) } ?? fetchCounty(db)).id]
            }
            if openOnly { sql += " AND s.handled_on IS NULL" }
            return try Row.fetchAll(db, sql: sql + " ORDER BY s.id", arguments: arguments).map { row in
                SituationReport(id: row["id"], electionID: row["election_id"], organizationName: row["organization_name"],
                                kind: SituationKind(rawValue: row["kind"])!, occurredOn: row.civilDate("occurred_on")!, summary: row["summary"],
                                reportedBy: row["reporter"], handledOn: row.civilDate("handled_on"), handling: row["handling"], handledBy: row["handler"])
            }
        }
    }

    func openSituationReports(_ db: Database, electionID: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM situation_report WHERE election_id = ? AND handled_on IS NULL", arguments: [electionID])!
    }
}
