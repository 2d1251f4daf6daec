import Foundation
import GRDB
import TuixuanCore

/// One organization's rectification of one year, as the acts find it.
struct RectificationRef {
    var id: Int64
    var organization: Organization
    var year: Int
    var procedure: Procedure
}

/// Where a rectification stands, for `rectification status` and scripts.
public struct RectificationStatus: Sendable, Codable {
    public struct TeamLine: Sendable, Codable {
        public var name: String
        public var position: String
        public var role: TeamRole
        public var sentOn: CivilDate
    }

    public struct MeasureLine: Sendable, Codable {
        public var id: Int64
        public var measure: String
        public var responsible: String
        /// The latest deadline (a measure not accepted gets a new one).
        public var dueOn: CivilDate
        public var done: Bool
        public var overdue: Bool
        public var reopened: Bool
    }

    public struct ProblemLine: Sendable, Codable {
        public var id: Int64
        public var source: ProblemSource
        public var summary: String
        public var foundOn: CivilDate
        public var measures: [MeasureLine]
    }

    public var organization: String
    public var organizationName: String
    public var year: Int
    public var procedure: String
    public var steps: [GradingStatus.StepLine]
    public var team: [TeamLine]
    public var problems: [ProblemLine]
    public var assessment: SatisfactionCount?
    public var satisfactionPercent: Int?
    /// 验收通过: the acceptance step done.
    public var accepted: Bool
}

/// A measure past its deadline and not done, for the county's ledger of overdue items.
public struct OverdueMeasure: Sendable, Codable {
    public var organization: String
    public var organizationName: String
    public var township: String
    public var year: Int
    public var measureId: Int64
    public var problem: String
    public var measure: String
    public var responsible: String
    public var dueOn: CivilDate
    public var daysOverdue: Int
}

extension AppDatabase {
    /// Opens an organization's rectification of `year` (第一篇 三、(二)4: every organization graded 较差; 第四篇: one
    /// assessed weak and lax).
    @discardableResult
    public func startRectification(by operatorName: String?, organizationCode: String, year: Int) throws -> Int64 {
        try openCase(by: operatorName, organizationCode: organizationCode, year: year, kind: .rectification)
    }

    public func completeRectificationStep(by operatorName: String?, organizationCode: String, year: Int, step number: Int,
                                          happenedOn: CivilDate, records: [StepRecordInput]) throws {
        try act { db in
            let (rectification, actor, facts) = try rectificationAct(db, operatorName, organizationCode, year)
            try closeCaseStep(db, caseID: rectification.id, organizationID: rectification.organization.id, procedure: rectification.procedure,
                              year: year, step: number, happenedOn: happenedOn, records: records, skipReason: nil, by: actor, facts)
        }
    }

    /// Records who is sent in: the working group's leader or a member, a secretary or a first secretary.
    public func addRectificationTeamMember(by operatorName: String?, organizationCode: String, year: Int, name: String, position: String,
                                           role: TeamRole, sentOn: CivilDate) throws {
        try act { db in
            let (rectification, actor, facts) = try rectificationAct(db, operatorName, organizationCode, year, roles: [.township, .county])
            try checkDates([sentOn])
            try checkWithinRectification(rectification, sentOn)
            try checkName(name, .guidanceMemberName)
            guard hasVisibleText(position) else { throw Refusal.detailRequired(.teamPosition) }
            try refuseAfterCaseStep(rectification, .acceptance, facts)
            try db.execute(sql: """
                INSERT INTO rectification_team (case_id, name, position, role, sent_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [rectification.id, name, position, role.rawValue, sentOn.description, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: rectification.organization.id, kind: "rectification.team_added",
                            detail: ["year": String(year), "name": name, "position": position, "role": role.rawValue, "on": sentOn.description])
        }
    }

    /// Adds a problem to the ledger, with its source (第四篇 四、(一)); closed once the measures are set.
    @discardableResult
    public func addRectificationProblem(by operatorName: String?, organizationCode: String, year: Int, source: ProblemSource, summary: String,
                                        foundOn: CivilDate) throws -> Int64 {
        try act { db in
            let (rectification, actor, facts) = try rectificationAct(db, operatorName, organizationCode, year, roles: [.township, .county])
            try checkDates([foundOn])
            try checkWithinRectification(rectification, foundOn)
            guard hasVisibleText(summary) else { throw Refusal.detailRequired(.problemSummary) }
            try refuseAfterCaseStep(rectification, .measures, facts)
            try db.execute(sql: """
                INSERT INTO rectification_problem (case_id, source, summary, found_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [rectification.id, source.rawValue, summary, foundOn.description, actor.id, timestamp])
            let id = db.lastInsertedRowID
            try appendEvent(db, by: actor, organizationID: rectification.organization.id, kind: "rectification.problem_added",
                            detail: ["year": String(year), "problem": String(id), "source": source.rawValue, "summary": summary])
            return id
        }
    }

    /// Sets a measure for a problem: what is done, who answers for it, by when.
    @discardableResult
    public func addRectificationMeasure(by operatorName: String?, organizationCode: String, year: Int, problem: Int64, measure: String,
                                        responsible: String, dueOn: CivilDate) throws -> Int64 {
        try act { db in
            let (rectification, actor, facts) = try rectificationAct(db, operatorName, organizationCode, year, roles: [.township, .county])
            guard hasVisibleText(measure) else { throw Refusal.detailRequired(.measureText) }
            try checkName(responsible, .guidanceMemberName)
            try refuseAfterCaseStep(rectification, .acceptance, facts)
            guard let found = try String.fetchOne(try db.cachedStatement(sql: "SELECT found_on FROM rectification_problem WHERE id = ? AND case_id = ?"),
                                                  arguments: [problem, rectification.id]).flatMap(CivilDate.init(parsing:))
            else { throw Refusal.rectificationItemUnknown(problem) }
            // A deadline is for after the problem was found.
            if dueOn <= found { throw Refusal.dateBeforeItsGrounds(date: dueOn, grounds: found.adding(days: 1)) }
            try db.execute(sql: """
                INSERT INTO rectification_measure (problem_id, measure, responsible, due_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [problem, measure, responsible, dueOn.description, actor.id, timestamp])
            let id = db.lastInsertedRowID
            try appendEvent(db, by: actor, organizationID: rectification.organization.id, kind: "rectification.measure_set", detail: [
                "year": String(year), "problem": String(problem), "measure": measure, "responsible": responsible, "due_on": dueOn.description,
            ])
            return id
        }
    }

    /// Reports on a measure: done, or not accepted with a new deadline (限期整改).
    public func reportRectificationProgress(by operatorName: String?, organizationCode: String, year: Int, measure: Int64, reportedOn: CivilDate,
                                            done: Bool, newDueOn: CivilDate?, note: String) throws {
        try act { db in
            let (rectification, actor, facts) = try rectificationAct(db, operatorName, organizationCode, year, roles: [.township, .county])
            try checkDates([reportedOn])
            guard done == (newDueOn == nil) else { throw Refusal.measureNeedsNewDeadline }
            if let newDueOn, newDueOn <= reportedOn { throw Refusal.dateBeforeItsGrounds(date: newDueOn, grounds: reportedOn.adding(days: 1)) }
            guard hasVisibleText(note) else { throw Refusal.detailRequired(.progressNote) }
            try refuseAfterCaseStep(rectification, .acceptance, facts)
            guard let state = facts.measures.first(where: { $0.id == measure }) else { throw Refusal.rectificationItemUnknown(measure) }
            try checkWithinRectification(rectification, reportedOn)
            // Reports come in order, none before the problem was found or the measure's last report.
            let grounds = try String.fetchOne(try db.cachedStatement(sql: """
                SELECT max(d) FROM (SELECT p.found_on AS d FROM rectification_measure m JOIN rectification_problem p ON p.id = m.problem_id WHERE m.id = ?
                                    UNION ALL SELECT reported_on FROM rectification_progress WHERE measure_id = ?)
                """), arguments: [measure, measure]).flatMap(CivilDate.init(parsing:))
            if let grounds, reportedOn < grounds { throw Refusal.dateBeforeItsGrounds(date: reportedOn, grounds: grounds) }
            // 限期整改: a new deadline is later than the one it replaces.
            if let newDueOn, newDueOn <= state.due { throw Refusal.dateBeforeItsGrounds(date: newDueOn, grounds: state.due.adding(days: 1)) }
            try db.execute(sql: """
                INSERT INTO rectification_progress (measure_id, reported_on, done, new_due_on, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [measure, reportedOn.description, done, newDueOn?.description, note, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: rectification.organization.id, kind: "rectification.progress", detail: [
                "year": String(year), "measure": String(measure), "done": String(done), "due_on": newDueOn?.description ?? "", "note": note,
            ])
        }
    }

    /// The members' and residents' representatives' assessment, with the satisfaction figures (第四篇 四、(三)).
    public func recordRectificationAssessment(by operatorName: String?, organizationCode: String, year: Int, assessedOn: CivilDate,
                                              count: SatisfactionCount) throws {
        try act { db in
            let (rectification, actor, facts) = try rectificationAct(db, operatorName, organizationCode, year, roles: [.township, .county])
            try checkDates([assessedOn])
            try checkWithinRectification(rectification, assessedOn)
            // Not before the measures' step it follows.
            if let carried = facts.outcomes[rectification.procedure.step(.rectifying).number]?.happenedOn, assessedOn < carried {
                throw Refusal.dateBeforeItsGrounds(date: assessedOn, grounds: carried)
            }
            guard count.countsArePlausible, count.total > 0 else {
                throw Refusal.assessmentCountInvalid
            }
            try refuseAfterCaseStep(rectification, .assessment, facts)
            let step = rectification.procedure.step(.assessment)
            guard step.prerequisites.allSatisfy(facts.isDone) else { throw Refusal.rectificationStepNotOpen(step: step.number) }
            try db.execute(sql: """
                INSERT INTO rectification_assessment (case_id, assessed_on, satisfied, basically_satisfied, dissatisfied, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [rectification.id, assessedOn.description, count.satisfied, count.basicallySatisfied, count.dissatisfied, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: rectification.organization.id, kind: "rectification.assessed", detail: [
                "year": String(year), "on": assessedOn.description, "satisfied": String(count.satisfied),
                "basically_satisfied": String(count.basicallySatisfied), "dissatisfied": String(count.dissatisfied),
            ])
        }
    }

    // MARK: Reads

    public func rectificationStatus(organizationCode: String, year: Int) throws -> RectificationStatus {
        try writer.read { db in
            let rectification = try resolveRectification(db, organizationCode, year)
            let facts = try loadRectificationFacts(db, rectification)
            let team = try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM rectification_team WHERE case_id = ? ORDER BY id"), arguments: [rectification.id]).map {
                RectificationStatus.TeamLine(name: $0["name"], position: $0["position"], role: TeamRole(rawValue: $0["role"])!, sentOn: $0.civilDate("sent_on")!)
            }
            let measureRows = try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT m.* FROM rectification_measure m JOIN rectification_problem p ON p.id = m.problem_id WHERE p.case_id = ? ORDER BY m.id
                """), arguments: [rectification.id])
            let problems = try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM rectification_problem WHERE case_id = ? ORDER BY id"), arguments: [rectification.id]).map { row in
                let id: Int64 = row["id"]
                let measures = measureRows.filter { ($0["problem_id"] as Int64) == id }.compactMap { m -> RectificationStatus.MeasureLine? in
                    guard let state = facts.measures.first(where: { $0.id == (m["id"] as Int64) }) else { return nil }
                    return .init(id: state.id, measure: m["measure"], responsible: m["responsible"], dueOn: state.due, done: state.done,
                                 overdue: state.isOverdue(on: facts.today), reopened: state.reopened)
                }
                return RectificationStatus.ProblemLine(id: id, source: ProblemSource(rawValue: row["source"])!, summary: row["summary"],
                                                       foundOn: row.civilDate("found_on")!, measures: measures)
            }
            return RectificationStatus(organization: rectification.organization.code, organizationName: rectification.organization.name, year: year,
                                       procedure: rectification.procedure.reference,
                                       steps: caseStepLines(ProcedureEngine(procedure: rectification.procedure).progress(facts)),
                                       team: team, problems: problems, assessment: facts.assessment, satisfactionPercent: facts.assessment?.satisfactionPercent,
                                       accepted: facts.isDone(rectification.procedure.step(.acceptance).number))
        }
    }

    /// 整改台账: the measures past their deadline and not done, under a county or township (the overview's ledger).
    public func overdueMeasures(under code: String) throws -> [OverdueMeasure] {
        try writer.read { db in
            let root = try fetchOrganization(db, code: code)
            var result: [OverdueMeasure] = []
            for row in try Row.fetchAll(try db.cachedStatement(sql: """
                WITH RECURSIVE down(id) AS (SELECT ? UNION ALL SELECT o.id FROM organization o JOIN down ON o.parent_id = down.id)
                SELECT p.organization_id, p.year, o.code, o.name, t.name AS township FROM procedure_case p
                JOIN organization o ON o.id = p.organization_id LEFT JOIN organization t ON t.id = o.parent_id
                WHERE p.kind = 'rectification' AND p.organization_id IN (SELECT id FROM down) ORDER BY o.code, p.year
                """), arguments: [root.id]) {
                guard let rectification = try? resolveRectification(db, row["code"], row["year"]) else { continue }
                let facts = try loadRectificationFacts(db, rectification)
                if facts.isDone(rectification.procedure.step(.acceptance).number) { continue }
                for state in facts.measures where state.isOverdue(on: today) {
                    let measure = try Row.fetchOne(try db.cachedStatement(sql: """
                        SELECT m.measure, m.responsible, p.summary FROM rectification_measure m JOIN rectification_problem p ON p.id = m.problem_id WHERE m.id = ?
                        """), arguments: [state.id])!
                    result.append(OverdueMeasure(organization: row["code"], organizationName: row["name"], township: row["township"] ?? "", year: row["year"],
                                                 measureId: state.id, problem: measure["summary"], measure: measure["measure"], responsible: measure["responsible"],
                                                 dueOn: state.due, daysOverdue: state.due.days(until: today)))
                }
            }
            return result
        }
    }

    // MARK: Support

    /// A rectification's acts are dated in its year or after (it may run into the next).
    private func checkWithinRectification(_ rectification: RectificationRef, _ date: CivilDate) throws {
        if date.year < rectification.year { throw Refusal.dateBeforeCaseYear(date: date, year: rectification.year) }
    }

    func resolveRectification(_ db: Database, _ organizationCode: String, _ year: Int) throws -> RectificationRef {
        let organization = try fetchOrganization(db, code: organizationCode)
        guard let (id, procedure) = try pinnedCase(db, organization, .rectification, year) else {
            throw Refusal.rectificationUnknown(organization: organization.name, year: year)
        }
        return RectificationRef(id: id, organization: organization, year: year, procedure: procedure)
    }

    private func rectificationAct(_ db: Database, _ operatorName: String?, _ organizationCode: String, _ year: Int, roles: [Role]? = nil)
        throws -> (RectificationRef, Operator, RectificationFacts) {
        let rectification = try resolveRectification(db, organizationCode, year)
        let actor = try authorize(db, operatorName, organizationID: rectification.organization.id, roles: roles)
        return (rectification, actor, try loadRectificationFacts(db, rectification))
    }

    /// What a closed step settled does not change: the ledger once the measures are set, the team and measures once accepted.
    private func refuseAfterCaseStep(_ rectification: RectificationRef, _ key: RectificationStepKey, _ facts: RectificationFacts) throws {
        let number = rectification.procedure.step(key).number
        if facts.isDone(number) { throw Refusal.stepClosed(step: number, subject: .rectification) }
    }

    func loadRectificationFacts(_ db: Database, _ rectification: RectificationRef) throws -> RectificationFacts {
        var facts = RectificationFacts(today: today)
        facts.outcomes = try caseOutcomes(db, caseID: rectification.id)
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT role, count(*) AS n FROM rectification_team WHERE case_id = ? GROUP BY role"), arguments: [rectification.id]) {
            facts.team[TeamRole(rawValue: row["role"])!] = row["n"]
        }
        facts.problems = try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM rectification_problem WHERE case_id = ?"), arguments: [rectification.id])!
        facts.problemsWithoutMeasure = try Int64.fetchAll(try db.cachedStatement(sql: """
            SELECT p.id FROM rectification_problem p WHERE p.case_id = ? AND NOT EXISTS (SELECT 1 FROM rectification_measure m WHERE m.problem_id = p.id) ORDER BY p.id
            """), arguments: [rectification.id])
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT m.id, m.problem_id, m.due_on,
                   (SELECT done FROM rectification_progress r WHERE r.measure_id = m.id ORDER BY r.id DESC LIMIT 1) AS done,
                   (SELECT new_due_on FROM rectification_progress r WHERE r.measure_id = m.id AND r.new_due_on IS NOT NULL ORDER BY r.id DESC LIMIT 1) AS new_due
            FROM rectification_measure m JOIN rectification_problem p ON p.id = m.problem_id WHERE p.case_id = ? ORDER BY m.id
            """), arguments: [rectification.id]) {
            let newDue = row.civilDate("new_due")
            facts.measures.append(MeasureState(id: row["id"], problemID: row["problem_id"], due: newDue ?? row.civilDate("due_on")!,
                                               done: (row["done"] as Bool?) ?? false, reopened: newDue != nil))
        }
        // A step is not dated before the facts it rests on: the team sent, the problems found, the measures reported on.
        func latest(_ sql: String) throws -> CivilDate? {
            try String.fetchOne(db, sql: sql, arguments: [rectification.id]).flatMap(CivilDate.init(parsing:))
        }
        let team = try latest("SELECT max(sent_on) FROM rectification_team WHERE case_id = ?")
        let problems = try latest("SELECT max(found_on) FROM rectification_problem WHERE case_id = ?")
        let progress = try latest("""
            SELECT max(r.reported_on) FROM rectification_progress r JOIN rectification_measure m ON m.id = r.measure_id
            JOIN rectification_problem p ON p.id = m.problem_id WHERE p.case_id = ?
            """)
        let assessed = try latest("SELECT assessed_on FROM rectification_assessment WHERE case_id = ?")
        let what = (team: LocalizedText(zh: "工作组派驻", en: "the working group's arrival"), problems: LocalizedText(zh: "问题的查摆", en: "the problems found"),
                    progress: LocalizedText(zh: "整改进展的报告", en: "the measures' progress"), assessed: LocalizedText(zh: "代表测评", en: "the representatives' assessment"))
        // Each step rests on what was recorded for it and before it; the acceptance on everything.
        let rested: [(RectificationStepKey, [(CivilDate?, LocalizedText)])] = [
            (.workingGroup, [(team, what.team)]),
            (.problemLedger, [(problems, what.problems)]),
            (.measures, [(problems, what.problems)]),
            (.rectifying, [(progress, what.progress)]),
            (.assessment, [(progress, what.progress), (assessed, what.assessed)]),
            (.acceptance, [(team, what.team), (problems, what.problems), (progress, what.progress), (assessed, what.assessed)]),
        ]
        for (key, facts_) in rested {
            if let latest = facts_.compactMap({ date, label in date.map { FactDate(date: $0, what: label) } }).max(by: { $0.date < $1.date }) {
                facts.factDates[rectification.procedure.step(key).number] = latest
            }
        }
        if let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM rectification_assessment WHERE case_id = ?"), arguments: [rectification.id]) {
            facts.assessment = SatisfactionCount(satisfied: row["satisfied"], basicallySatisfied: row["basically_satisfied"], dissatisfied: row["dissatisfied"])
        }
        return facts
    }

    /// The organization's latest rectification of `years`, for its election's step 2: accepted or not, and who was sent in.
    func latestRectification(_ db: Database, organization: Organization, years: ClosedRange<Int>) throws -> RectificationOnFile? {
        for year in try Int.fetchAll(try db.cachedStatement(sql: """
            SELECT year FROM procedure_case WHERE organization_id = ? AND kind = 'rectification' AND year BETWEEN ? AND ? ORDER BY year DESC
            """), arguments: [organization.id, years.lowerBound, years.upperBound]) {
            guard let rectification = try? resolveRectification(db, organization.code, year) else { continue }
            let facts = try loadRectificationFacts(db, rectification)
            let sent = try Row.fetchAll(try db.cachedStatement(sql: "SELECT name, role FROM rectification_team WHERE case_id = ? ORDER BY id"), arguments: [rectification.id]).map {
                "\($0["name"] as String)（\(TeamRole(rawValue: $0["role"])!.describe(.zh))）"
            }
            return RectificationOnFile(year: year, accepted: facts.isDone(rectification.procedure.step(.acceptance).number), sentIn: sent,
                                       acceptedOn: facts.outcomes[rectification.procedure.step(.acceptance).number]?.happenedOn)
        }
        return nil
    }
}
