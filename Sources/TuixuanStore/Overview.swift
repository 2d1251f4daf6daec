import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    /// 乡镇方案的时间要求: sets a step's due date for every election of a township.
    public func setDueDate(by operatorName: String?, township code: String, step: Int, due: CivilDate) throws {
        try act { db in
            let township = try fetchOrganization(db, code: code)
            guard township.level == .township else {
                throw StoreError.invalid(LocalizedText(zh: "时间要求按乡镇设定，“\(township.name)”不是乡镇", en: "due dates are set per township; \(township.name) is not one"))
            }
            let actor = try authorize(db, operatorName, organizationID: township.id, roles: [.township, .county])
            guard (1...Procedure.builtIn.map(\.steps.count).max()!).contains(step) else {
                throw StoreError.stepUnknown(step, count: Procedure.builtIn.map(\.steps.count).max()!)
            }
            try db.execute(sql: "INSERT OR REPLACE INTO step_due (township_id, step, due_on, set_by) VALUES (?, ?, ?, ?)",
                           arguments: [township.id, step, due.description, actor.id])
            try appendEvent(db, by: actor, organizationID: township.id, kind: "due_date.set", step: step, detail: ["due_on": due.description])
        }
    }

    /// The reviewers' board: every village's latest election under `code`, with its progress, what
    /// blocks it, its overdue steps and whether a result awaits the county's review.
    public func overview(under code: String) throws -> [(summary: ElectionSummary, procedure: Procedure, entry: OverviewEntry)] {
        try writer.read { db in
            let root = try fetchOrganization(db, code: code)
            let ids = try Int64.fetchAll(db, sql: """
                SELECT max(e.id) FROM election e WHERE e.organization_id IN (\(AppDatabase.subtreeSQL)) GROUP BY e.organization_id
                """, arguments: [root.id])
            var dueByTownship: [Int64: [Int: CivilDate]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT township_id, step, due_on FROM step_due") {
                dueByTownship[row["township_id"], default: [:]][row["step"]] = row.civilDate("due_on")
            }
            let reviewed = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT election_id FROM result_review WHERE outcome = 'reviewed'"))
            let approved = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT election_id FROM approval WHERE subject = 'result'"))
            return try ids.map { id in
                let status = try status(db, electionID: id)
                let township = try Int64.fetchOne(db, sql: "SELECT o.parent_id FROM election e JOIN organization o ON o.id = e.organization_id WHERE e.id = ?", arguments: [id])
                let overdue = overdueSteps(status.progress, due: township.flatMap { dueByTownship[$0] } ?? [:], today: today)
                let entry = OverviewEntry(electionID: id, progress: status.progress, overdue: overdue,
                                          awaitingReview: approved.contains(id) && !reviewed.contains(id))
                return (status.election, status.procedure, entry)
            }.sorted { $0.summary.organizationCode < $1.summary.organizationCode }
        }
    }
}
