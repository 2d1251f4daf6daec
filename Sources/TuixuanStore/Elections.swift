import Foundation
import GRDB
import TuixuanCore

/// One election as listed.
public struct ElectionSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var title: String
    public var organizationCode: String
    public var organizationName: String
    public var organizationLevel: OrganizationLevel
    public var townshipName: String?
    public var procedure: String
    public var ruleSet: String
    public var congressDate: CivilDate
    public var weakAndLax: Bool?
}

/// One election's procedure and where it stands.
public struct ElectionStatus: Sendable {
    public var election: ElectionSummary
    public var procedure: Procedure
    public var progress: ProcedureProgress
    /// What comes next at the congress, from the method's adoption until the voting step is done.
    public var congressNext: CongressNext?
    /// 情况报送 on this election not yet dealt with.
    public var openSituationReports: Int = 0
}

extension AppDatabase {
    // MARK: Catalogs

    /// Registers a procedure catalog (a local plan, or a new version). A registered catalog never
    /// changes: the same procedure and version with other content is refused.
    @discardableResult
    public func registerCatalog(by operatorName: String?, text: String) throws -> Procedure {
        let procedure: Procedure
        do {
            procedure = try Procedure.decode(text)
        } catch {
            throw Refusal.catalogInvalid(problems: error.problems)
        }
        try act { db in
            let actor = try authorize(db, operatorName, organizationID: try fetchCounty(db).id, roles: [.county])
            _ = try pinCatalog(db, procedure: procedure, text: text, by: actor)
        }
        return procedure
    }

    /// The catalog row for `procedure`, inserting it on first use; refuses different content under a used version.
    func pinCatalog(_ db: Database, procedure: Procedure, text: String, by actor: Operator) throws -> Int64 {
        let digest = SHA256Digest.hex(of: text)
        if let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT id, sha256 FROM procedure_catalog WHERE procedure_key = ? AND version = ?"),
                                      arguments: [procedure.procedure, procedure.version]) {
            guard row["sha256"] == digest else {
                throw Refusal.catalogVersionTaken(procedure.reference)
            }
            return row["id"]
        }
        try db.execute(sql: "INSERT INTO procedure_catalog (procedure_key, version, sha256, content, registered_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [procedure.procedure, procedure.version, digest, text, timestamp])
        let id = db.lastInsertedRowID
        try appendEvent(db, by: actor, organizationID: actor.organizationID, kind: "procedure.registered",
                        detail: ["procedure": procedure.reference, "sha256": digest])
        return id
    }

    /// Every catalog this database knows: the registered ones and the built-in ones.
    public func catalogs() throws -> [CatalogEntry] {
        try writer.read { db in
            var result: [CatalogEntry] = []
            var seen: Set<String> = []
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT content, sha256 FROM procedure_catalog ORDER BY procedure_key, version")) {
                if let procedure = try? Procedure.decode(row["content"]) {
                    result.append(CatalogEntry(procedure: procedure, sha256: row["sha256"], registered: true))
                    seen.insert(procedure.reference)
                }
            }
            for procedure in Procedure.builtIn where !seen.contains(procedure.reference) {
                let text = Procedure.builtInText(procedure: procedure.procedure, version: procedure.version) ?? ""
                result.append(CatalogEntry(procedure: procedure, sha256: SHA256Digest.hex(of: text), registered: false))
            }
            return result.sorted { ($0.procedure.procedure, $0.procedure.version) < ($1.procedure.procedure, $1.procedure.version) }
        }
    }

    // MARK: Elections

    /// Starts an election for a village or community, pinned to a procedure version (the newest
    /// registered or built-in version of `procedureKey` unless `version` is given) and a rule set.
    public func startElection(
        by operatorName: String?, organizationCode: String, title: String?, congressDate: CivilDate,
        procedureKey: String = "2018-county", version: Int? = nil, ruleSetID: String? = nil
    ) throws -> Int64 {
        try act { db in
            let organization = try fetchOrganization(db, code: organizationCode)
            let actor = try authorize(db, operatorName, organizationID: organization.id, roles: [.county, .township])
            guard organization.level.holdsElections else {
                throw Refusal.notAnElectingOrganization(organization: organization.name, level: organization.level)
            }
            if congressDate < today {
                throw Refusal.congressDateInPast(congressDate)
            }
            for open in try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM election WHERE organization_id = ?"), arguments: [organization.id]) {
                let procedure = try loadProcedure(db, electionID: open)
                let done = try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM step_outcome WHERE election_id = ?"), arguments: [open])!
                if done < procedure.steps.count {
                    throw Refusal.electionUnfinished(organization: organization.name, election: open)
                }
            }
            let (procedure, text) = try chooseCatalog(db, key: procedureKey, version: version)
            // A newer version carries rules the older lacks: only the county may start an election on an older one.
            let newest = try chooseCatalog(db, key: procedureKey, version: nil).0.version
            if procedure.version < newest && actor.role != .county {
                throw Refusal.olderProcedureNeedsCounty(chosen: procedure.reference, newest: newest)
            }
            let ruleSet = ruleSetID ?? procedure.defaultRuleSet
            guard RuleSet.builtIn[ruleSet] != nil else {
                throw Refusal.ruleSetUnknown(ruleSet, available: RuleSet.builtIn.keys.sorted())
            }
            // The same for the rule set: another than the procedure's own is the county's choice.
            if ruleSet != procedure.defaultRuleSet && actor.role != .county {
                throw Refusal.ruleSetNeedsCounty(chosen: ruleSet, procedureDefault: procedure.defaultRuleSet)
            }
            let catalogID = try pinCatalog(db, procedure: procedure, text: text, by: actor)
            let name = title ?? "\(organization.name)\(congressDate.year)年换届选举"
            try db.execute(sql: """
                INSERT INTO election (organization_id, title, catalog_id, rule_set, congress_date, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [organization.id, name, catalogID, ruleSet, congressDate.description, actor.id, timestamp])
            let electionID = db.lastInsertedRowID
            try appendEvent(db, by: actor, organizationID: organization.id, electionID: electionID, kind: "election.started", detail: [
                "title": name, "procedure": procedure.reference, "rule_set": ruleSet, "congress_date": congressDate.description,
            ])
            return electionID
        }
    }

    /// The catalog of `key` (its newest version unless `version` is given) among the registered and built-in ones, of the
    /// kind the act runs (an election is never started on a grading's catalog).
    func chooseCatalog(_ db: Database, key: String, version: Int?, kind: ProcedureKind = .election) throws -> (Procedure, String) {
        var candidates: [(Procedure, String)] = []
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT content FROM procedure_catalog WHERE procedure_key = ?"), arguments: [key]) {
            let text: String = row["content"]
            candidates.append((try Procedure.decode(text), text))
        }
        candidates.removeAll { $0.0.procedureKind != kind }
        for procedure in Procedure.builtIn(kind) where procedure.procedure == key && !candidates.contains(where: { $0.0.version == procedure.version }) {
            candidates.append((procedure, Procedure.builtInText(procedure: key, version: procedure.version)!))
        }
        let chosen = version.map { wanted in candidates.first { $0.0.version == wanted } } ?? candidates.max { $0.0.version < $1.0.version }
        guard let chosen else {
            throw Refusal.procedureUnknown(key: key, version: version)
        }
        return chosen
    }

    /// Records the step 1 assessment: whether the organization is 软弱涣散.
    /// Returns the number of the rectification step (集中整顿) in the election's catalog, for the message.
    @discardableResult
    public func assessWeakAndLax(by operatorName: String?, election reference: String, weakAndLax: Bool, note: String?) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .county])
            for step in [StepKey.survey, .rectification] where try isStepDone(db, election, step) {
                throw Refusal.stepClosed(step: election.step(step), subject: .weakAndLaxAssessment)
            }
            // The grade says it unless the township records otherwise, and then with its reason (issue 14: "a typed
            // assessment only with a reason, shown as such").
            guard hasVisibleText(note ?? "") else { throw Refusal.detailRequired(.weakAndLaxReason) }
            // "“较差”等级的党组织统一认定为软弱涣散基层党组织" (004 第一篇 三、(一)): a final 较差 is not assessed away; only the
            // year-end re-grading changes it.
            if !weakAndLax, let grade = try latestYearGrade(db, organization: try fetchOrganization(db, id: election.organizationID),
                                                            years: election.healthYears), grade.grade == .poor {
                throw Refusal.assessmentContradictsGrade(year: grade.year)
            }
            try db.execute(sql: "UPDATE election SET weak_and_lax = ? WHERE id = ?", arguments: [weakAndLax, election.id])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "election.assessed",
                            detail: ["weak_and_lax": String(weakAndLax), "note": note ?? ""])
            return election.step(.rectification)
        }
    }

    /// Records the township's decision to hold the election while the organization's rectification is not yet accepted (the
    /// rectification step of version 6 closes on it).
    public func decideElectionDuringRectification(by operatorName: String?, election reference: String, decidedOn: CivilDate, reason: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .county])
            try checkDates([decidedOn])
            guard hasVisibleText(reason) else { throw Refusal.detailRequired(.rectificationDecisionReason) }
            // Not before the election it is about.
            // created_at is a UTC instant: the day it began is the local one.
            if let stamp = try String.fetchOne(try db.cachedStatement(sql: "SELECT created_at FROM election WHERE id = ?"), arguments: [election.id]),
               let instant = ISO8601DateFormatter().date(from: stamp), case let started = AppDatabase.civilDate(instant), decidedOn < started {
                throw Refusal.dateBeforeItsGrounds(date: decidedOn, grounds: started)
            }
            if try isStepDone(db, election, .rectification) {
                throw Refusal.stepClosed(step: election.step(.rectification), subject: .weakAndLaxAssessment)
            }
            try db.execute(sql: "INSERT INTO election_rectification_decision (election_id, decided_on, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [election.id, decidedOn.description, reason, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "election.rectification_decision",
                            detail: ["on": decidedOn.description, "reason": reason])
        }
    }

    /// Adds a member of the guidance group sent to the village (step 5).
    public func addGuidanceMember(by operatorName: String?, election reference: String, name: String, position: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .county])
            try checkName(name, .guidanceMemberName)
            // Where the procedure binds the staff by pledge (version 5), nobody joins the group after the pledges are closed.
            if try loadProcedure(db, electionID: election.id).step(.disciplinePledges).conditions.contains("pledges.everyoneBound") {
                try refuseAfter(db, election: election, step: .disciplinePledges, what: .pledges)
            }
            if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM guidance_member WHERE election_id = ? AND name = ?"), arguments: [election.id, name]) == true {
                throw Refusal.guidanceMemberDuplicate(name)
            }
            try db.execute(sql: "INSERT INTO guidance_member (election_id, name, position) VALUES (?, ?, ?)", arguments: [election.id, name, position])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "guidance.added",
                            detail: ["name": name, "position": position])
        }
    }

    public func guidanceGroup(election reference: String) throws -> [GuidanceMember] {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            return try Row.fetchAll(try db.cachedStatement(sql: "SELECT name, position FROM guidance_member WHERE election_id = ? ORDER BY id"), arguments: [election.id])
                .map { GuidanceMember(name: $0["name"], position: $0["position"]) }
        }
    }

    // MARK: Reads

    /// Elections of the organizations under `code` (all when nil), newest first per organization.
    public func elections(under code: String?) throws -> [ElectionSummary] {
        try writer.read { db in
            var sql = "\(AppDatabase.electionSummarySQL)"
            var arguments: StatementArguments = []
            if let code {
                let root = try fetchOrganization(db, code: code)
                sql += " WHERE e.organization_id IN (\(AppDatabase.subtreeSQL))"
                arguments = [root.id]
            }
            sql += " ORDER BY o.code, e.id DESC"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(electionSummary(from:))
        }
    }

    /// One election's procedure and progress.
    public func status(election reference: String) throws -> ElectionStatus {
        try writer.read { db in try status(db, electionID: try resolveElection(db, reference).id) }
    }

    /// The progress of every election under an organization (the latest per village), for boards.
    public func statuses(under code: String) throws -> [ElectionStatus] {
        try writer.read { db in
            let root = try fetchOrganization(db, code: code)
            let ids = try Int64.fetchAll(try db.cachedStatement(sql: """
                SELECT max(e.id) FROM election e WHERE e.organization_id IN (\(AppDatabase.subtreeSQL)) GROUP BY e.organization_id
                """), arguments: [root.id])
            return try ids.map { try status(db, electionID: $0) }
                .sorted { $0.election.organizationCode < $1.election.organizationCode }
        }
    }

    func status(_ db: Database, electionID: Int64) throws -> ElectionStatus {
        let summary = electionSummary(from: try Row.fetchOne(db, sql: AppDatabase.electionSummarySQL + " WHERE e.id = ?", arguments: [electionID])!)
        let procedure = try loadProcedure(db, electionID: electionID)
        let facts = try loadFacts(db, electionID: electionID)
        let voting = try isStepDone(db, try resolveElection(db, String(electionID), byNumber: true), .voting)
        return ElectionStatus(election: summary, procedure: procedure, progress: ProcedureEngine(procedure: procedure).progress(facts),
                              congressNext: voting ? nil : facts.congressNext, openSituationReports: try openSituationReports(db, electionID: electionID))
    }

    static let subtreeSQL = """
        WITH RECURSIVE down(id) AS (SELECT ? UNION ALL SELECT o.id FROM organization o JOIN down ON o.parent_id = down.id) SELECT id FROM down
        """

    static let electionSummaryColumns = """
        e.*, o.code AS org_code, o.name AS org_name, o.level AS org_level, o.parent_id AS township_id, t.name AS township_name,
        c.procedure_key, c.version
        """

    static let electionSummaryJoins = """
        FROM election e JOIN organization o ON o.id = e.organization_id
        LEFT JOIN organization t ON t.id = o.parent_id
        JOIN procedure_catalog c ON c.id = e.catalog_id
        """

    static let electionSummarySQL = "SELECT \(electionSummaryColumns) \(electionSummaryJoins)"

    func electionSummary(from row: Row) -> ElectionSummary {
        ElectionSummary(
            id: row["id"], title: row["title"], organizationCode: row["org_code"], organizationName: row["org_name"],
            organizationLevel: OrganizationLevel(rawValue: row["org_level"])!, townshipName: row["township_name"],
            procedure: "\(row["procedure_key"] as String)@\(row["version"] as Int)", ruleSet: row["rule_set"],
            congressDate: row.civilDate("congress_date")!, weakAndLax: row["weak_and_lax"])
    }

    struct ElectionRef {
        var id: Int64
        var organizationID: Int64
        var congressDate: CivilDate
        var ruleSet: RuleSet
        /// The catalog the election is pinned to.
        var procedure: Procedure

        /// The number of the step with this key in the election's catalog version.
        func step(_ key: StepKey) -> Int { procedure.number(of: key) }

        /// The years whose grade and rectification the election reads: the congress's and the one before.
        var healthYears: ClosedRange<Int> { (congressDate.year - 1)...congressDate.year }
    }

    /// An election by number, or the latest election of the village or community with that code.
    func resolveElection(_ db: Database, _ reference: String, byNumber: Bool = false) throws -> ElectionRef {
        var row = byNumber ? nil : try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT e.* FROM election e JOIN organization o ON o.id = e.organization_id WHERE o.code = ? ORDER BY e.id DESC LIMIT 1
            """), arguments: [reference])
        if row == nil, let id = Int64(reference) {
            row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM election WHERE id = ?"), arguments: [id])
        }
        guard let row else { throw Refusal.electionUnknown(reference) }
        return ElectionRef(id: row["id"], organizationID: row["organization_id"], congressDate: row.civilDate("congress_date")!,
                           ruleSet: RuleSet.builtIn[row["rule_set"]]!, procedure: try loadProcedure(db, electionID: row["id"]))
    }

    /// The catalog the election is pinned to. Catalog rows never change (a trigger forbids it), so a
    /// catalog is decoded once per process and found again by its row and digest.
    func loadProcedure(_ db: Database, electionID: Int64) throws -> Procedure {
        let pinned = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT c.id, c.sha256 FROM election e JOIN procedure_catalog c ON c.id = e.catalog_id WHERE e.id = ?
            """), arguments: [electionID])!
        return try pinnedCatalog(db, id: pinned[0], sha256: pinned[1])
    }

    /// A pinned catalog row, decoded once per process (an election's, a grading's, a rectification's).
    func pinnedCatalog(_ db: Database, id: Int64, sha256: String) throws -> Procedure {
        try DecodedCatalogs.shared.procedure(key: "\(id):\(sha256)") {
            try String.fetchOne(try db.cachedStatement(sql: "SELECT content FROM procedure_catalog WHERE id = ?"), arguments: [id])!
        }
    }
}

/// Catalogs decoded once per process: a county board reads 300 elections pinned to the same catalog,
/// and decoding its 30 KB of JSON was a third of the time of each election's line.
final class DecodedCatalogs: @unchecked Sendable {
    static let shared = DecodedCatalogs()
    private let lock = NSLock()
    private var byKey: [String: Procedure] = [:]

    func procedure(key: String, text: () throws -> String) throws -> Procedure {
        if let known = lock.withLock({ byKey[key] }) { return known }
        let procedure = try Procedure.decode(try text())
        lock.withLock {
            if byKey.count >= 16 { byKey.removeAll() }   // a handful of catalogs exist; never grow without bound
            byKey[key] = procedure
        }
        return procedure
    }
}
