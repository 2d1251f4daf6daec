import GRDB
import TuixuanCore

/// A record filed with a step's completion.
public struct StepRecordInput: Sendable, Hashable {
    public var kind: RecordKind
    public var dated: CivilDate
    public var title: String?
    public var summary: String?
    /// Where the original is kept (a file name, an archive number).
    public var reference: String?
    /// SHA-256 of the document's bytes (documents only).
    public var sha256: String?

    public init(kind: RecordKind, dated: CivilDate, title: String? = nil, summary: String? = nil, reference: String? = nil, sha256: String? = nil) {
        self.kind = kind
        self.dated = dated
        self.title = title
        self.summary = summary
        self.reference = reference
        self.sha256 = sha256
    }
}

/// A record as filed, for reports.
public struct StepRecord: Sendable, Hashable, Codable {
    public var step: Int
    public var kind: RecordKind
    public var dated: CivilDate
    public var title: String?
    public var summary: String?
    public var reference: String?
    public var sha256: String?
}

/// An entry of the event log.
public struct EventEntry: Sendable, Hashable, Codable {
    public var id: Int64
    public var occurredAt: String
    public var operatorName: String?
    public var kind: String
    public var step: Int?
    public var detail: String
}

extension AppDatabase {
    /// Completes a step: the engine checks role, prerequisites, conditions, approvals and records.
    public func completeStep(by operatorName: String?, election reference: String, step number: Int,
                             happenedOn: CivilDate, records: [StepRecordInput]) throws {
        try act { db in
            let (election, actor, procedure, facts) = try stepContext(db, operatorName, reference, number)
            try checkStepRecords(records, dates: [happenedOn])
            let blockers = ProcedureEngine(procedure: procedure).blockersToClose(number, role: actor.role, on: happenedOn,
                                                                                 records: Set(records.map(\.kind)), skipReason: nil, facts)
            guard blockers.isEmpty else { throw Refusal.stepBlocked(step: number, title: procedure.step(number)!.title, blockers: blockers) }
            try db.execute(sql: """
                INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', ?, ?, ?)
                """, arguments: [election.id, number, happenedOn.description, actor.id, timestamp])
            for record in records {
                try db.execute(sql: """
                    INSERT INTO step_record (election_id, step, kind, dated, title, summary, reference, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [election.id, number, record.kind.rawValue, record.dated.description, record.title, record.summary,
                                     record.reference, record.sha256])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "step.completed", step: number,
                            detail: ["happened_on": happenedOn.description, "records": records.map(\.kind.rawValue).joined(separator: ",")])
        }
    }

    /// Skips a step that does not apply, with the reason, by a role the catalog allows.
    public func skipStep(by operatorName: String?, election reference: String, step number: Int, happenedOn: CivilDate, reason: String) throws {
        try act { db in
            let (election, actor, procedure, facts) = try stepContext(db, operatorName, reference, number)
            try checkDates([happenedOn])
            let blockers = ProcedureEngine(procedure: procedure).blockersToClose(number, role: actor.role, on: happenedOn, records: [],
                                                                                 skipReason: reason, facts)
            guard blockers.isEmpty else { throw Refusal.stepBlocked(step: number, title: procedure.step(number)!.title, blockers: blockers) }
            try db.execute(sql: """
                INSERT INTO step_outcome (election_id, step, outcome, happened_on, reason, operator_id, recorded_at) VALUES (?, ?, 'skipped', ?, ?, ?, ?)
                """, arguments: [election.id, number, happenedOn.description, reason, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "step.skipped", step: number,
                            detail: ["happened_on": happenedOn.description, "reason": reason])
        }
    }

    /// Records the approval a step's own request needs (subject `step`), by the operator's level.
    public func approveStep(by operatorName: String?, election reference: String, step number: Int, note: String?) throws {
        try act { db in
            let (election, actor, procedure, facts) = try stepContext(db, operatorName, reference, number)
            let blockers = ProcedureEngine(procedure: procedure).blockersToApprove(number, subject: ApprovalRequirement.stepSubject, role: actor.role, facts)
            guard blockers.isEmpty else { throw Refusal.stepBlocked(step: number, title: procedure.step(number)!.title, blockers: blockers) }
            let level = ApprovalLevel.allCases.first { $0.roles.contains(actor.role) }!
            if facts.approvals.contains(where: { $0.step == number && $0.subject == ApprovalRequirement.stepSubject && $0.level == level }) {
                throw Refusal.stepAlreadyApproved(level: level)
            }
            try db.execute(sql: """
                INSERT INTO approval (election_id, subject, step, level, note, operator_id, approved_at) VALUES (?, 'step', ?, ?, ?, ?, ?)
                """, arguments: [election.id, number, level.rawValue, note, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "step.approved", step: number,
                            detail: ["level": level.rawValue, "note": note ?? ""])
        }
    }

    /// The records filed for an election's steps.
    public func stepRecords(election reference: String) throws -> [StepRecord] {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            return try Row.fetchAll(db, sql: "SELECT * FROM step_record WHERE election_id = ? ORDER BY step, id", arguments: [election.id]).map {
                StepRecord(step: $0["step"], kind: RecordKind(rawValue: $0["kind"])!, dated: $0.civilDate("dated")!, title: $0["title"],
                           summary: $0["summary"], reference: $0["reference"], sha256: $0["sha256"])
            }
        }
    }

    /// The event log of an election, oldest first.
    public func events(election reference: String) throws -> [EventEntry] {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            return try Row.fetchAll(db, sql: """
                SELECT e.*, o.name AS operator_name FROM event e LEFT JOIN operator o ON o.id = e.operator_id WHERE e.election_id = ? ORDER BY e.id
                """, arguments: [election.id]).map {
                EventEntry(id: $0["id"], occurredAt: $0["occurred_at"], operatorName: $0["operator_name"], kind: $0["kind"], step: $0["step"], detail: $0["detail"])
            }
        }
    }

    private func stepContext(_ db: Database, _ operatorName: String?, _ reference: String, _ number: Int)
        throws -> (ElectionRef, Operator, Procedure, ElectionFacts) {
        let (election, actor) = try electionAct(db, reference, by: operatorName)
        let procedure = try loadProcedure(db, electionID: election.id)
        guard procedure.step(number) != nil else { throw Refusal.stepUnknown(number, count: procedure.steps.count) }
        return (election, actor, procedure, try loadFacts(db, electionID: election.id))
    }

    /// The records filed with a step (an election's or a grading's): dated no later than today, a document with its digest,
    /// minutes and a publication never blank (issue 11).
    func checkStepRecords(_ records: [StepRecordInput], dates: [CivilDate]) throws {
        try checkDates(dates + records.map(\.dated))
        for record in records where record.kind == .document && record.sha256 == nil {
            throw Refusal.documentNeedsDigest
        }
        for record in records where record.kind != .document && !hasVisibleText(record.summary ?? "") {
            throw Refusal.detailRequired(record.kind == .minutes ? .minutesSummary : .publicationPlace)
        }
        for record in records where record.kind == .document && record.title.map(hasVisibleText) == false {
            throw Refusal.detailRequired(.documentTitle)
        }
    }

    /// Acts are recorded after they happen: no date may lie in the future.
    func checkDates(_ dates: [CivilDate]) throws {
        if let late = dates.first(where: { $0 > today }) {
            throw Refusal.dateInFuture(late, today: today)
        }
    }
}
