import Foundation
import GRDB
import TuixuanCore

/// One organization's grading of one year, as the acts find it.
struct GradingRef {
    var id: Int64
    var organization: Organization
    var year: Int
    var procedure: Procedure
    var plan: GradingPlan { procedure.grading! }
}

/// Where a grading stands, for `grading status` and scripts.
public struct GradingStatus: Sendable, Codable {
    public struct StepLine: Sendable, Codable {
        public var number: Int
        public var key: String
        public var title: LocalizedText
        /// `done`, `open` or `waiting`.
        public var state: String
        public var outcome: String?
        public var happenedOn: CivilDate?
        public var reason: String?
        public var blockers: [LocalizedText]
    }

    public struct GradeLine: Sendable, Codable {
        public var stage: GradingStage
        public var grade: OrganizationGrade
        public var score: String?
        public var decidedOn: CivilDate
        public var note: String?
    }

    public struct AreaLine: Sendable, Codable {
        public var area: String
        public var title: LocalizedText
        public var score: String
        public var maximum: Int
    }

    public struct ObjectionLine: Sendable, Codable {
        public var id: Int64
        public var filedOn: CivilDate
        public var filedBy: String
        public var summary: String
        /// `undecided`, `upheld` or `dismissed`.
        public var decision: String
        public var grade: OrganizationGrade?
        public var reason: String?
    }

    public var organization: String
    public var organizationName: String
    public var year: Int
    public var procedure: String
    public var steps: [StepLine]
    public var grades: [GradeLine]
    /// The township's latest score by area (the initial grade's, or the year-end one's once re-graded).
    public var areas: [AreaLine]
    public var objectionDeadline: CivilDate?
    public var objections: [ObjectionLine]
    /// The grade of the year once the final step is done (the re-grading's when there is one); nil before.
    public var yearGrade: OrganizationGrade?
    /// 较差: weak and lax (第一篇 三、(一) "“较差”等级的党组织统一认定为软弱涣散基层党组织").
    public var weakAndLax: Bool?
    /// The rating meeting's ballots: the entries made (A, B), whether they agree, and the count by mark once they do.
    public var ratingEntries: [String]
    public var ratingsAgree: Bool
    public var ratingCounts: [String: Int]?
}

extension AppDatabase {
    // MARK: Calendar

    /// Imports a county's holiday table for one year (放假调休), replacing the shipped calendar for that year. The table
    /// is checked whole first; nothing is written unless every line reads and every date is of `year`.
    public func importCalendar(by operatorName: String?, year: Int, records: [CSVRecord], source: String, sha256: String) throws -> Int {
        let calendar = try parseOfficialCalendar(records)
        if let stray = calendar.days.keys.sorted().first(where: { $0.year != year }) {
            throw Refusal.calendarYearMismatch(expected: year, found: stray)
        }
        return try act { db in
            let county = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM organization WHERE level = 'county' ORDER BY id LIMIT 1"))
            let actor = try authorize(db, operatorName, organizationID: county ?? 0, roles: [.county])
            try db.execute(sql: "INSERT INTO calendar_import (year, sha256, source, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [year, sha256, source, actor.id, timestamp])
            let importID = db.lastInsertedRowID
            for day in calendar.days.values.sorted(by: { $0.date < $1.date }) {
                // 名称 is optional in the table: a day without one is named by its kind.
                let name = hasVisibleText(day.name) ? day.name : day.kind.rawValue
                try db.execute(sql: "INSERT INTO calendar_day (import_id, day, kind, name) VALUES (?, ?, ?, ?)",
                               arguments: [importID, day.date.description, day.kind == .holiday ? "holiday" : "workday", name])
            }
            try appendEvent(db, by: actor, organizationID: county, kind: "calendar.imported",
                            detail: ["year": String(year), "days": String(calendar.days.count), "source": source, "sha256": sha256])
            return calendar.days.count
        }
    }

    /// The official calendar: the shipped years, each year a county imported replaced by its latest import.
    public func officialCalendar() throws -> OfficialCalendar {
        try writer.read { db in try officialCalendar(db) }
    }

    func officialCalendar(_ db: Database) throws -> OfficialCalendar {
        let rows = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT d.day, d.kind, d.name FROM calendar_day d
            WHERE d.import_id IN (SELECT max(id) FROM calendar_import GROUP BY year) ORDER BY d.day
            """))
        guard !rows.isEmpty else { return .shipped }
        let days = rows.map { OfficialCalendar.Day(date: $0.civilDate("day")!, kind: ($0["kind"] as String) == "holiday" ? .holiday : .adjustedWorkday, name: $0["name"]) }
        return OfficialCalendar.shipped.merging(OfficialCalendar(days: days))
    }

    // MARK: Grading acts

    /// Opens an organization's grading of `year` on the newest grading catalog (第一篇: "对基层党组织实施分类管理").
    @discardableResult
    public func startGrading(by operatorName: String?, organizationCode: String, year: Int) throws -> Int64 {
        try openCase(by: operatorName, organizationCode: organizationCode, year: year, kind: .grading)
    }

    /// Opens a grading or a rectification of a village or community for `year` (the year under way or the one just past,
    /// never one to come), on the newest catalog of its kind (`grading`, `rectification`), pinned like an election's.
    func openCase(by operatorName: String?, organizationCode: String, year: Int, kind: ProcedureKind) throws -> Int64 {
        try act { db in
            let organization = try fetchOrganization(db, code: organizationCode)
            let actor = try authorize(db, operatorName, organizationID: organization.id, roles: [.county, .township])
            guard organization.level.holdsElections else { throw Refusal.notGraded(organization: organization.name) }
            guard (today.year - 1...today.year).contains(year) else { throw Refusal.gradingYearOutOfRange(year: year, today: today) }
            if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM procedure_case WHERE organization_id = ? AND kind = ? AND year = ?"),
                                 arguments: [organization.id, kind.rawValue, year]) == true {
                throw kind == .grading ? Refusal.gradingExists(organization: organization.name, year: year)
                    : Refusal.rectificationExists(organization: organization.name, year: year)
            }
            let (procedure, text) = try chooseCatalog(db, key: kind.rawValue, version: nil, kind: kind)
            let catalogID = try pinCatalog(db, procedure: procedure, text: text, by: actor)
            try db.execute(sql: "INSERT INTO procedure_case (organization_id, catalog_id, kind, year, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [organization.id, catalogID, kind.rawValue, year, actor.id, timestamp])
            let id = db.lastInsertedRowID
            try appendEvent(db, by: actor, organizationID: organization.id, kind: "\(kind.rawValue).started",
                            detail: ["year": String(year), "procedure": procedure.reference])
            return id
        }
    }

    /// Completes a grading step: the engine checks role, prerequisites, conditions and records, as for an election's.
    public func completeGradingStep(by operatorName: String?, organizationCode: String, year: Int, step number: Int,
                                    happenedOn: CivilDate, records: [StepRecordInput]) throws {
        try act { db in
            let (grading, actor, facts) = try gradingAct(db, operatorName, organizationCode, year)
            try closeCaseStep(db, caseID: grading.id, organizationID: grading.organization.id, procedure: grading.procedure, year: year,
                              step: number, happenedOn: happenedOn, records: records, skipReason: nil, by: actor, facts) { step in
                // 公示期为3天: the initial grade is reported on only once its days of publicity have passed.
                if step.key == GradingStepKey.publicity.rawValue, let published = records.first(where: { $0.kind == .publication })?.dated {
                    // What is published is the initial grade: not before the township's step that set it.
                    if let graded = facts.outcomes[grading.procedure.step(.townshipReview).number]?.happenedOn, published < graded {
                        throw Refusal.dateBeforeItsGrounds(date: published, grounds: graded)
                    }
                    let period = PublicityPeriod(start: published, days: grading.plan.publicityDays)
                    if !period.hasEnded(on: happenedOn) {
                        throw Refusal.gradingPublicityTooShort(publishedOn: published, days: period.days, earliest: period.end.adding(days: 1))
                    }
                }
            }
        }
    }

    /// Skips a grading step the catalog lets be skipped (the year-end re-grading when nothing rose or fell), with the reason.
    public func skipGradingStep(by operatorName: String?, organizationCode: String, year: Int, step number: Int, happenedOn: CivilDate, reason: String) throws {
        try act { db in
            let (grading, actor, facts) = try gradingAct(db, operatorName, organizationCode, year)
            try closeCaseStep(db, caseID: grading.id, organizationID: grading.organization.id, procedure: grading.procedure, year: year,
                              step: number, happenedOn: happenedOn, records: [], skipReason: reason, by: actor, facts)
        }
    }

    /// Records the organization's own grade (self, voted by the branch committee) or the county's result (county).
    /// The township's grades come from its score (`scoreGrading`).
    public func recordGrade(by operatorName: String?, organizationCode: String, year: Int, stage: GradingStage, grade: OrganizationGrade,
                            decidedOn: CivilDate, note: String?) throws {
        precondition(stage == .selfAssessed || stage == .county, "the township's grades come from its score")
        try act { db in
            let (grading, actor, facts) = try gradingAct(db, operatorName, organizationCode, year,
                                                         roles: stage == .county ? [.county] : [.village, .township, .county])
            try checkDates([decidedOn])
            try checkStageOpen(grading, stage, facts, decidedOn: decidedOn)
            if stage == .county && grade == .good { try checkGoodResultCap(db, grading, facts) }
            try db.execute(sql: """
                INSERT INTO grading_grade (case_id, stage, grade, decided_on, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [grading.id, stage.rawValue, grade.rawValue, decidedOn.description, note, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: grading.organization.id, kind: "grading.graded",
                            detail: ["year": String(year), "stage": stage.rawValue, "grade": grade.rawValue, "note": note ?? ""])
        }
    }

    /// Records the township's quantitative score on the version's areas (第一篇 三、(一)2 "派人对各基层党组织进行量化考核"), and the
    /// grade it gives (`initialGrade`): the initial grade, or the year-end re-grading's (三、(三)1). Returns the grade.
    @discardableResult
    public func scoreGrading(by operatorName: String?, organizationCode: String, year: Int, areaScores: [String: String], decidedOn: CivilDate,
                             yearEnd: Bool, note: String?) throws -> (score: GradingScore, grade: OrganizationGrade) {
        try act { db in
            let (grading, actor, facts) = try gradingAct(db, operatorName, organizationCode, year, roles: [.township, .county])
            try checkDates([decidedOn])
            let stage: GradingStage = yearEnd ? .regrade : .initial
            try checkStageOpen(grading, stage, facts, decidedOn: decidedOn)
            let areas = grading.plan.areas
            var scores: [(GradingArea, GradingScore)] = []
            for (key, text) in areaScores.sorted(by: { $0.key < $1.key }) {
                guard let area = areas.first(where: { $0.key == key || $0.title.zh == key }) else {
                    throw Refusal.gradingAreaUnknown(key, known: areas.map { "\($0.title.zh)（\($0.key)）" })
                }
                guard let score = GradingScore(text: text), score.tenths <= area.maximum * 10 else {
                    throw Refusal.gradingScoreInvalid(area: area.title.zh, value: text, maximum: area.maximum)
                }
                if scores.contains(where: { $0.0.key == area.key }) { throw Refusal.gradingAreaTwice(area.title.zh) }
                scores.append((area, score))
            }
            let missing = areas.filter { area in !scores.contains { $0.0.key == area.key } }
            guard missing.isEmpty else { throw Refusal.gradingAreasMissing(missing.map(\.title.zh)) }
            let total = GradingScore(tenths: scores.map(\.1.tenths).reduce(0, +))
            let grade = initialGrade(score: total, plan: grading.plan)
            // 年底复核 is for "实现提档升级目标或需要降级处理的基层党组织" (三、(三)1): a score that leaves the grade as it is re-grades
            // nothing, and the step is skipped with its reason instead.
            if yearEnd, let result = facts.resultGrade, grade == result { throw Refusal.regradeUnchanged(grade: grade, score: total.description) }
            try db.execute(sql: """
                INSERT INTO grading_grade (case_id, stage, grade, score_tenths, decided_on, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [grading.id, stage.rawValue, grade.rawValue, total.tenths, decidedOn.description, note, actor.id, timestamp])
            let gradeID = db.lastInsertedRowID
            for (area, score) in scores {
                try db.execute(sql: "INSERT INTO grading_area_score (grade_id, area, tenths) VALUES (?, ?, ?)", arguments: [gradeID, area.key, score.tenths])
            }
            try appendEvent(db, by: actor, organizationID: grading.organization.id, kind: "grading.scored", detail: [
                "year": String(year), "stage": stage.rawValue, "score": total.description, "grade": grade.rawValue,
                "areas": scores.map { "\($0.0.key)=\($0.1)" }.joined(separator: ","),
            ])
            return (total, grade)
        }
    }

    /// Enters the rating meeting's ballots, as one teller read them (entry A or B), while the meeting's step is open; a new
    /// entry of the same letter replaces the teller's earlier one (the earlier stays on file).
    @discardableResult
    public func enterGradingRatings(by operatorName: String?, organizationCode: String, year: Int, entry: String, ballots: [RatingMark]) throws -> [RatingMark: Int] {
        try act { db in
            let (grading, actor, facts) = try gradingAct(db, operatorName, organizationCode, year, roles: [.village, .township, .county])
            precondition(entry == "A" || entry == "B", "the CLI offers A and B only")
            let step = grading.procedure.step(GradingStepKey.ratingMeeting)
            if facts.isDone(step.number) { throw Refusal.stepClosed(step: step.number, subject: .ratings) }
            if step.prerequisites.contains(where: { !facts.isDone($0) }) { throw Refusal.rectificationStepNotOpen(step: step.number) }
            let text = String(decoding: try JSONEncoder().encode(ballots.map(\.rawValue)), as: UTF8.self)
            try db.execute(sql: "INSERT INTO grading_rating_sheet (case_id, entry, ballots, entered_by, entered_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [grading.id, entry, text, actor.id, timestamp])
            let counts = Dictionary(grouping: ballots, by: { $0 }).mapValues(\.count)
            try appendEvent(db, by: actor, organizationID: grading.organization.id, kind: "grading.ratings_entered", detail: [
                "year": String(year), "entry": entry, "ballots": String(ballots.count),
                "counts": RatingMark.allCases.map { "\($0.rawValue)=\(counts[$0] ?? 0)" }.joined(separator: ","),
            ])
            return counts
        }
    }

    /// Files an objection to the county's result, within the working days allowed (第一篇 三、(一)3(2)).
    @discardableResult
    public func fileGradingObjection(by operatorName: String?, organizationCode: String, year: Int, filedOn: CivilDate, filedBy: String,
                                     summary: String) throws -> Int64 {
        try act { db in
            let (grading, actor, facts) = try gradingAct(db, operatorName, organizationCode, year, roles: [.village, .township, .county])
            try checkDates([filedOn])
            try checkName(filedBy, .objectionFiler)
            guard hasVisibleText(summary) else { throw Refusal.detailRequired(.objectionSummary) }
            let objections = grading.procedure.step(.objections).number
            if facts.outcomes[objections] != nil { throw Refusal.stepClosed(step: objections, subject: .gradingObjections) }
            guard let notified = facts.notifiedOn, let deadline = facts.objectionDeadline else { throw Refusal.objectionBeforeResult }
            if filedOn < notified { throw Refusal.objectionBeforeResult }
            let last: CivilDate
            switch deadline {
            case .success(let date): last = date
            case .failure(let unknown): throw Refusal.calendarYearUnknown(unknown.year)
            }
            if filedOn > last { throw Refusal.objectionTooLate(filedOn: filedOn, deadline: last) }
            try db.execute(sql: """
                INSERT INTO grading_objection (case_id, filed_on, filed_by, summary, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [grading.id, filedOn.description, filedBy, summary, actor.id, timestamp])
            let id = db.lastInsertedRowID
            try appendEvent(db, by: actor, organizationID: grading.organization.id, kind: "grading.objection_filed", detail: [
                "year": String(year), "objection": String(id), "filed_on": filedOn.description, "filed_by": filedBy, "summary": summary,
            ])
            return id
        }
    }

    /// The county's 复核审定 of an objection: upheld with the grade it sets ("由区委组织部对原评价结果作出重新调整"), or dismissed.
    public func decideGradingObjection(by operatorName: String?, organizationCode: String, year: Int, objection id: Int64, decidedOn: CivilDate,
                                       upheld: Bool, grade: OrganizationGrade?, reason: String) throws {
        try act { db in
            let (grading, actor, facts) = try gradingAct(db, operatorName, organizationCode, year, roles: [.county])
            try checkDates([decidedOn])
            guard upheld == (grade != nil) else { throw Refusal.objectionUpheldNeedsGrade }
            if grade == .good && facts.resultGrade != .good { try checkGoodResultCap(db, grading, facts) }
            guard hasVisibleText(reason) else { throw Refusal.detailRequired(.gradingDecisionReason) }
            let objections = grading.procedure.step(.objections).number
            if facts.outcomes[objections] != nil { throw Refusal.stepClosed(step: objections, subject: .gradingObjections) }
            guard let filed = try Row.fetchOne(try db.cachedStatement(sql: """
                SELECT o.filed_on FROM grading_objection o WHERE o.id = ? AND o.case_id = ?
                  AND NOT EXISTS (SELECT 1 FROM grading_objection_decision d WHERE d.objection_id = o.id)
                """), arguments: [id, grading.id]) else { throw Refusal.gradingObjectionNotOpen(id) }
            if let filedOn = filed.civilDate("filed_on"), decidedOn < filedOn {
                throw Refusal.dateBeforeItsGrounds(date: decidedOn, grounds: filedOn)
            }
            try db.execute(sql: """
                INSERT INTO grading_objection_decision (objection_id, decided_on, upheld, grade, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, decidedOn.description, upheld, grade?.rawValue, reason, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: grading.organization.id, kind: "grading.objection_decided", detail: [
                "year": String(year), "objection": String(id), "decided_on": decidedOn.description, "upheld": String(upheld),
                "grade": grade?.rawValue ?? "", "reason": reason,
            ])
        }
    }

    // MARK: Reads

    public func gradingStatus(organizationCode: String, year: Int) throws -> GradingStatus {
        try writer.read { db in
            let grading = try resolveGrading(db, organizationCode, year)
            let facts = try loadGradingFacts(db, grading)
            let steps = caseStepLines(ProcedureEngine(procedure: grading.procedure).progress(facts))
            let gradeRows = try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM grading_grade WHERE case_id = ? ORDER BY id"), arguments: [grading.id])
            let grades = gradeRows.map { row in
                GradingStatus.GradeLine(stage: GradingStage(rawValue: row["stage"])!, grade: OrganizationGrade(rawValue: row["grade"])!,
                                        score: (row["score_tenths"] as Int?).map { GradingScore(tenths: $0).description },
                                        decidedOn: row.civilDate("decided_on")!, note: row["note"])
            }
            var areas: [GradingStatus.AreaLine] = []
            if let scored = gradeRows.last(where: { $0["score_tenths"] as Int? != nil }) {
                let scores = try Row.fetchAll(try db.cachedStatement(sql: "SELECT area, tenths FROM grading_area_score WHERE grade_id = ?"), arguments: [scored["id"] as Int64])
                for area in grading.plan.areas {
                    if let row = scores.first(where: { ($0["area"] as String) == area.key }) {
                        areas.append(.init(area: area.key, title: area.title, score: GradingScore(tenths: row["tenths"]).description, maximum: area.maximum))
                    }
                }
            }
            let objections = try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT o.*, d.upheld, d.grade, d.reason FROM grading_objection o LEFT JOIN grading_objection_decision d ON d.objection_id = o.id
                WHERE o.case_id = ? ORDER BY o.id
                """), arguments: [grading.id]).map { row in
                let upheld = row["upheld"] as Bool?
                return GradingStatus.ObjectionLine(id: row["id"], filedOn: row.civilDate("filed_on")!, filedBy: row["filed_by"], summary: row["summary"],
                                                   decision: upheld.map { $0 ? "upheld" : "dismissed" } ?? "undecided",
                                                   grade: (row["grade"] as String?).flatMap(OrganizationGrade.init(rawValue:)), reason: row["reason"])
            }
            let yearGrade = yearGrade(grading, facts)
            let agree = facts.ratingsA != nil && facts.ratingsB != nil && !facts.ratingsBySamePerson
                && ratingEntriesDiffer(facts.ratingsA!, facts.ratingsB!) == nil
            // Every mark a key, none left out for want of a ballot: the keys are the same for every grading.
            let counts = agree ? Dictionary(uniqueKeysWithValues: RatingMark.allCases.map { mark in (mark.rawValue, facts.ratingsA!.filter { $0 == mark }.count) }) : nil
            return GradingStatus(organization: grading.organization.code, organizationName: grading.organization.name, year: year,
                                 procedure: grading.procedure.reference, steps: steps, grades: grades, areas: areas,
                                 objectionDeadline: try? facts.objectionDeadline?.get(), objections: objections, yearGrade: yearGrade,
                                 weakAndLax: yearGrade.map(isWeakAndLax(grade:)),
                                 ratingEntries: [facts.ratingsA.map { _ in "A" }, facts.ratingsB.map { _ in "B" }].compactMap { $0 },
                                 ratingsAgree: agree, ratingCounts: counts)
        }
    }

    // MARK: Support

    /// Writes a grading's or a rectification's step as completed (no reason) or skipped (with its reason), its records,
    /// and the event (`grading.step_completed`, `rectification.step_skipped` …). The engine has allowed it.
    /// Closes a grading's or a rectification's step once the engine finds nothing stopping it (and `check`, the procedure's
    /// own check of the step, passes): completed with its records, or skipped for `skipReason`.
    func closeCaseStep<F: ProcedureFacts>(_ db: Database, caseID: Int64, organizationID: Int64, procedure: Procedure, year: Int, step number: Int,
                                          happenedOn: CivilDate, records: [StepRecordInput], skipReason: String?, by actor: Operator, _ facts: F,
                                          check: (StepDefinition) throws -> Void = { _ in }) throws {
        if skipReason == nil { try checkStepRecords(records, dates: [happenedOn]) } else { try checkDates([happenedOn]) }
        guard let step = procedure.step(number) else { throw Refusal.stepUnknown(number, count: procedure.steps.count) }
        let blockers = ProcedureEngine(procedure: procedure).blockersToClose(number, role: actor.role, on: happenedOn,
                                                                             records: Set(records.map(\.kind)), skipReason: skipReason, facts)
        guard blockers.isEmpty else { throw Refusal.stepBlocked(step: number, title: step.title, blockers: blockers) }
        try check(step)
        try writeCaseStep(db, caseID: caseID, organizationID: organizationID, kind: procedure.procedureKind, year: year, step: number,
                          happenedOn: happenedOn, reason: skipReason, records: records, by: actor)
    }

    func writeCaseStep(_ db: Database, caseID: Int64, organizationID: Int64, kind: ProcedureKind, year: Int, step number: Int,
                       happenedOn: CivilDate, reason: String?, records: [StepRecordInput], by actor: Operator) throws {
        try db.execute(sql: """
            INSERT INTO case_step_outcome (case_id, step, outcome, happened_on, reason, operator_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [caseID, number, reason == nil ? "completed" : "skipped", happenedOn.description, reason, actor.id, timestamp])
        for record in records {
            try db.execute(sql: """
                INSERT INTO case_step_record (case_id, step, kind, dated, title, summary, reference, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [caseID, number, record.kind.rawValue, record.dated.description, record.title, record.summary,
                                 record.reference, record.sha256])
        }
        var detail = ["year": String(year), "happened_on": happenedOn.description]
        if let reason { detail["reason"] = reason } else { detail["records"] = records.map(\.kind.rawValue).joined(separator: ",") }
        try appendEvent(db, by: actor, organizationID: organizationID, kind: "\(kind.rawValue).step_\(reason == nil ? "completed" : "skipped")",
                        step: number, detail: detail)
    }

    /// The steps closed in a grading or a rectification.
    func caseOutcomes(_ db: Database, caseID: Int64) throws -> [Int: StepOutcome] {
        var outcomes: [Int: StepOutcome] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT s.*, o.name FROM case_step_outcome s JOIN operator o ON o.id = s.operator_id WHERE s.case_id = ?
            """), arguments: [caseID]) {
            outcomes[row["step"]] = StepOutcome(kind: StepOutcome.Kind(rawValue: row["outcome"])!, happenedOn: row.civilDate("happened_on")!,
                                                operatorName: row["name"], reason: row["reason"])
        }
        return outcomes
    }

    /// The engine's progress as status lines, for a grading or a rectification.
    func caseStepLines(_ progress: ProcedureProgress) -> [GradingStatus.StepLine] {
        progress.steps.map { line -> GradingStatus.StepLine in
            switch line.status {
            case .done(let outcome):
                return .init(number: line.step.number, key: line.step.key, title: line.step.title, state: "done", outcome: outcome.kind.rawValue,
                             happenedOn: outcome.happenedOn, reason: outcome.reason, blockers: [])
            case .open(let blockers):
                return .init(number: line.step.number, key: line.step.key, title: line.step.title, state: "open", outcome: nil, happenedOn: nil,
                             reason: nil, blockers: blockers.map { LocalizedText($0) })
            case .waiting(let on):
                return .init(number: line.step.number, key: line.step.key, title: line.step.title, state: "waiting", outcome: nil, happenedOn: nil,
                             reason: nil, blockers: on.map { LocalizedText(zh: "等待步骤 \($0)", en: "waiting for step \($0)") })
            }
        }
    }

    func resolveGrading(_ db: Database, _ organizationCode: String, _ year: Int) throws -> GradingRef {
        let organization = try fetchOrganization(db, code: organizationCode)
        guard let (id, procedure) = try pinnedCase(db, organization, .grading, year), procedure.grading != nil else {
            throw Refusal.gradingUnknown(organization: organization.name, year: year)
        }
        return GradingRef(id: id, organization: organization, year: year, procedure: procedure)
    }

    /// An organization's grading or rectification of `year` and the catalog it is pinned to; nil when there is none, or
    /// when the row names a catalog of another kind (which `openCase` never pins: such a row is not one).
    func pinnedCase(_ db: Database, _ organization: Organization, _ kind: ProcedureKind, _ year: Int) throws -> (Int64, Procedure)? {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT p.id, c.id AS catalog_id, c.sha256 FROM procedure_case p JOIN procedure_catalog c ON c.id = p.catalog_id
            WHERE p.organization_id = ? AND p.kind = ? AND p.year = ?
            """), arguments: [organization.id, kind.rawValue, year]) else { return nil }
        let procedure = try pinnedCatalog(db, id: row["catalog_id"], sha256: row["sha256"])
        return procedure.procedureKind == kind ? (row["id"], procedure) : nil
    }

    private func gradingAct(_ db: Database, _ operatorName: String?, _ organizationCode: String, _ year: Int, roles: [Role]? = nil)
        throws -> (GradingRef, Operator, GradingFacts) {
        let grading = try resolveGrading(db, organizationCode, year)
        let actor = try authorize(db, operatorName, organizationID: grading.organization.id, roles: roles)
        return (grading, actor, try loadGradingFacts(db, grading))
    }

    /// A stage's grade is recorded while its step is open: its prerequisites done and itself not yet.
    /// …and is dated in the grading's year, on or after the steps it follows (a county result before the publicity, a
    /// self-assessed grade before the rating meeting, are refused); the year-end re-grading in December of that year.
    private func checkStageOpen(_ grading: GradingRef, _ stage: GradingStage, _ facts: GradingFacts, decidedOn: CivilDate) throws {
        let step = grading.procedure.step(stage.step)
        if facts.outcomes[step.number] != nil { throw Refusal.gradeStageNotOpen(stage: stage, step: step.number, done: true) }
        if step.prerequisites.contains(where: { !facts.isDone($0) }) { throw Refusal.gradeStageNotOpen(stage: stage, step: step.number, done: false) }
        guard decidedOn.year == grading.year else { throw Refusal.gradeOutsideYear(date: decidedOn, year: grading.year) }
        if stage == .regrade && decidedOn.month != 12 { throw Refusal.regradeOutsideDecember(decidedOn) }
        if let latest = step.prerequisites.compactMap({ facts.outcomes[$0]?.happenedOn }).max(), decidedOn < latest {
            throw Refusal.dateBeforeItsGrounds(date: decidedOn, grounds: latest)
        }
    }

    /// 好 at most 20% of the organizations under the 党(工)委 until the year-end re-grading (第一篇 四、2): the county's results
    /// and upheld objections count too, so the cap holds for the grades of the year, not only the township's initial ones.
    private func checkGoodResultCap(_ db: Database, _ grading: GradingRef, _ facts: GradingFacts) throws {
        guard let parent = grading.organization.parentID else { return }
        var good = 1
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT o.code FROM procedure_case p JOIN organization o ON o.id = p.organization_id
            WHERE o.parent_id = ? AND p.kind = 'grading' AND p.year = ? AND p.id <> ?
            """), arguments: [parent, grading.year, grading.id]) {
            guard let other = try? resolveGrading(db, row["code"], grading.year) else { continue }
            if try loadGradingFacts(db, other).resultGrade == .good { good += 1 }
        }
        if let allowed = goodShareExceeded(good: good, graded: facts.gradedUnderTownship, plan: grading.plan, yearEnd: false) {
            throw Refusal.goodCapExceeded(good: good, graded: facts.gradedUnderTownship, allowed: allowed)
        }
    }

    func loadGradingFacts(_ db: Database, _ grading: GradingRef) throws -> GradingFacts {
        var facts = GradingFacts(plan: grading.plan, today: today)
        facts.outcomes = try caseOutcomes(db, caseID: grading.id)
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT stage, grade, score_tenths, decided_on FROM grading_grade WHERE id IN (SELECT max(id) FROM grading_grade WHERE case_id = ? GROUP BY stage)
            """), arguments: [grading.id]) {
            let stage = GradingStage(rawValue: row["stage"])!
            let recorded = RecordedGrade(grade: OrganizationGrade(rawValue: row["grade"])!, score: (row["score_tenths"] as Int?).map(GradingScore.init(tenths:)),
                                         decidedOn: row.civilDate("decided_on")!)
            facts.grades[stage] = recorded
            // A step is not dated before the grade it records.
            facts.factDates[grading.procedure.step(stage.step).number] = FactDate(date: recorded.decidedOn, what: LocalizedText(
                zh: stage.describe(.zh) + "的评定", en: "the " + stage.describe(.en)))
        }
        if let parent = grading.organization.parentID {
            facts.gradedUnderTownship = try Int.fetchOne(try db.cachedStatement(sql: """
                SELECT count(*) FROM organization WHERE parent_id = ? AND level IN ('village', 'community')
                """), arguments: [parent])!
            facts.goodUnderTownship = try Int.fetchOne(try db.cachedStatement(sql: """
                SELECT count(*) FROM procedure_case p JOIN organization o ON o.id = p.organization_id
                WHERE o.parent_id = ? AND p.kind = 'grading' AND p.year = ?
                  AND (SELECT grade FROM grading_grade g WHERE g.case_id = p.id AND g.stage = 'initial' ORDER BY g.id DESC LIMIT 1) = 'good'
                """), arguments: [parent, grading.year])!
        }
        if let notified = facts.outcomes[grading.procedure.step(.countyReview).number]?.happenedOn {
            facts.notifiedOn = notified
            let calendar = try officialCalendar(db)
            facts.objectionDeadline = Result { () throws(UnknownCalendarYear) -> CivilDate in
                try objectionDeadline(notifiedOn: notified, plan: grading.plan, calendar: calendar)
            }
            if case .success(let last) = facts.objectionDeadline {
                // The objections' step is not dated within the period it closes.
                facts.factDates[grading.procedure.step(.objections).number] = FactDate(
                    date: last.adding(days: 1), what: LocalizedText(zh: "异议期届满（\(last)）", en: "the end of the objection period (\(last))"))
                // …nor before the last objection's decision.
                if let decided = try String.fetchOne(try db.cachedStatement(sql: """
                    SELECT max(d.decided_on) FROM grading_objection_decision d JOIN grading_objection o ON o.id = d.objection_id WHERE o.case_id = ?
                    """), arguments: [grading.id]).flatMap(CivilDate.init(parsing:)), decided > last {
                    facts.factDates[grading.procedure.step(.objections).number] = FactDate(
                        date: decided, what: LocalizedText(zh: "最后一件异议的复核审定", en: "the last objection's decision"))
                }
            }
        }
        facts.undecidedObjections = try Int.fetchOne(try db.cachedStatement(sql: """
            SELECT count(*) FROM grading_objection o WHERE o.case_id = ? AND NOT EXISTS (SELECT 1 FROM grading_objection_decision d WHERE d.objection_id = o.id)
            """), arguments: [grading.id])!
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT entry, ballots, entered_by FROM grading_rating_sheet WHERE id IN (SELECT max(id) FROM grading_rating_sheet WHERE case_id = ? GROUP BY entry)
            """), arguments: [grading.id]) {
            let codes = (try? JSONDecoder().decode([String].self, from: Data((row["ballots"] as String).utf8))) ?? []
            let marks = codes.compactMap(RatingMark.init(rawValue:))
            if (row["entry"] as String) == "A" { facts.ratingsA = marks } else { facts.ratingsB = marks }
        }
        facts.ratingsBySamePerson = try Int.fetchOne(try db.cachedStatement(sql: """
            SELECT count(DISTINCT entered_by) FROM grading_rating_sheet WHERE id IN (SELECT max(id) FROM grading_rating_sheet WHERE case_id = ? GROUP BY entry)
            """), arguments: [grading.id])! == 1 && facts.ratingsA != nil && facts.ratingsB != nil
        facts.upheldGrade = try String.fetchOne(try db.cachedStatement(sql: """
            SELECT d.grade FROM grading_objection_decision d JOIN grading_objection o ON o.id = d.objection_id
            WHERE o.case_id = ? AND d.upheld = 1 ORDER BY d.decided_on DESC, o.id DESC LIMIT 1
            """), arguments: [grading.id]).flatMap(OrganizationGrade.init(rawValue:))
        return facts
    }

    /// The grade of the year: once the final step is done, the county's result (or what an upheld objection set); once
    /// re-graded at the year's end, that grade.
    func yearGrade(_ grading: GradingRef, _ facts: GradingFacts) -> OrganizationGrade? {
        let regrading = grading.procedure.step(.regrading).number
        if facts.outcomes[regrading]?.kind == .completed, let regrade = facts.grades[.regrade] { return regrade.grade }
        guard facts.isDone(grading.procedure.step(.finalGrade).number) else { return nil }
        return facts.resultGrade
    }

    /// 不宜 (4): the two years running, up to `year`, in which the organization's score (the year-end one where re-graded,
    /// else the township's initial one) ranked near the bottom of its township's scores; nil when it did not.
    func lowRankYears(_ db: Database, organization: Organization, through year: Int) throws -> [Int]? {
        guard let parent = organization.parentID else { return nil }
        var nearBottom: [Int: Bool] = [:]
        for checked in (year - 2)...year {
            var scores: [Int64: GradingScore] = [:]
            var percent: Int?
            for row in try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT p.organization_id, o.code FROM procedure_case p JOIN organization o ON o.id = p.organization_id
                WHERE o.parent_id = ? AND p.kind = 'grading' AND p.year = ?
                """), arguments: [parent, checked]) {
                guard let grading = try? resolveGrading(db, row["code"], checked) else { continue }
                let facts = try loadGradingFacts(db, grading)
                // Only scores the township has settled (its step done; the year-end one once the county closed it).
                let regraded = facts.outcomes[grading.procedure.step(.regrading).number]?.kind == .completed
                let settled = facts.isDone(grading.procedure.step(.townshipReview).number)
                if let score = regraded ? facts.grades[.regrade]?.score : settled ? facts.grades[.initial]?.score : nil { scores[row["organization_id"]] = score }
                if row["organization_id"] == organization.id { percent = grading.plan.lowRankPercent }
            }
            guard let own = scores[organization.id], let percent else { continue }
            nearBottom[checked] = rankedNearBottom(score: own, among: Array(scores.values), percent: percent)
        }
        return lowRankedTwoYearsRunning(nearBottom)
    }

    /// The latest year's grade of an organization from its gradings of `years` (newest first), for its election's step 1.
    func latestYearGrade(_ db: Database, organization: Organization, years: ClosedRange<Int>) throws -> YearGrade? {
        for year in try Int.fetchAll(try db.cachedStatement(sql: """
            SELECT year FROM procedure_case WHERE organization_id = ? AND kind = 'grading' AND year BETWEEN ? AND ? ORDER BY year DESC
            """), arguments: [organization.id, years.lowerBound, years.upperBound]) {
            guard let grading = try? resolveGrading(db, organization.code, year) else { continue }
            let facts = try loadGradingFacts(db, grading)
            if let grade = yearGrade(grading, facts) {
                let regraded = facts.outcomes[grading.procedure.step(.regrading).number]?.kind == .completed
                return YearGrade(year: year, grade: grade, decidedOn: regraded ? facts.grades[.regrade]?.decidedOn : try resultDate(db, grading, facts), final: true)
            }
            // The county's result, once made known, is the grade the election sees while objections are open: a township
            // cannot assess away a 较差 in the days before it becomes final.
            if let notified = facts.notifiedOn, let grade = facts.resultGrade {
                return YearGrade(year: year, grade: grade, decidedOn: try resultDate(db, grading, facts) ?? notified, final: false)
            }
        }
        return nil
    }

    /// The day the result stood: the county's notice, or the upheld objection's decision that changed it.
    private func resultDate(_ db: Database, _ grading: GradingRef, _ facts: GradingFacts) throws -> CivilDate? {
        if facts.upheldGrade != nil {
            return try String.fetchOne(try db.cachedStatement(sql: """
                SELECT max(d.decided_on) FROM grading_objection_decision d JOIN grading_objection o ON o.id = d.objection_id WHERE o.case_id = ? AND d.upheld = 1
                """), arguments: [grading.id]).flatMap(CivilDate.init(parsing:))
        }
        return facts.notifiedOn
    }
}
