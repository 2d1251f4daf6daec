import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: Lists, findings, decisions

    /// Sets a stage's list (replacing it) until the stage is frozen. Each person must be on the roll here
    /// and have come through the earlier stages (`listChainGap`); nobody still on a later list may leave.
    /// The eligibility rules are reported by `candidacy` and enforced at the steps.
    public func setList(by operatorName: String?, election reference: String, stage: ListStage, entries: [NomineeEntry]) throws {
        try act { db in
            let election = try resolveElection(db, reference)
            let roles: [Role] = stage == .initial ? [.village, .township, .county] : [.village, .township]
            let actor = try authorize(db, operatorName, organizationID: election.organizationID, roles: roles)
            try refuseAfter(db, election: election, step: stage.frozenAfter, what: .list(stage))
            let resolved = try entries.map { (try resolveMember(db, organizationID: election.organizationID, $0.member), $0.posts) }
            if let duplicate = Dictionary(grouping: resolved, by: { $0.0.id! }).first(where: { $0.value.count > 1 }) {
                throw Refusal.namedTwice(member: duplicate.value[0].0.name)
            }
            try checkListChain(db, election: election, stage: stage, entries: resolved.map { ($0.0, $0.1.isEmpty ? [.member] : $0.1) })
            try db.execute(sql: "DELETE FROM list_entry WHERE election_id = ? AND stage = ?", arguments: [election.id, stage.rawValue])
            for (member, posts) in resolved {
                try db.execute(sql: "INSERT INTO list_entry (election_id, stage, member_id, posts) VALUES (?, ?, ?, ?)",
                               arguments: [election.id, stage.rawValue, member.id, encodePosts(posts.isEmpty ? [.member] : posts)])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "list.set", detail: [
                "stage": stage.rawValue, "members": resolved.map { "\($0.0.name):\(encodePosts($0.1))" }.joined(separator: ";"),
            ])
        }
    }

    /// 名单逐级产生: every entry came through the stages before `stage`, and every entry of the list
    /// after it still does once this list replaces the old one.
    private func checkListChain(_ db: Database, election: ElectionRef, stage: ListStage, entries: [(Member, Set<Post>)]) throws {
        var lists = try fetchLists(db, electionID: election.id)
        lists[stage] = Dictionary(uniqueKeysWithValues: entries.map { ($0.0.id!, $0.1) })
        let records = try listChainRecords(db, election: election, lists: lists)
        for (member, posts) in entries {
            if let gap = listChainGap(records[member.id!] ?? ListChainRecord(), stage: stage, posts: posts) {
                throw Refusal.listStageSkipped(member: member.name, stage: stage, missed: gap.missed, post: gap.post)
            }
        }
        guard let later = ListStage.allCases.drop(while: { $0 != stage }).dropFirst().first, let laterEntries = lists[later] else { return }
        let names = Dictionary(uniqueKeysWithValues: try fetchMembers(db, organizationID: election.organizationID).map { ($0.id!, $0.name) })
        for (id, posts) in laterEntries.sorted(by: { $0.key < $1.key }) {
            if let gap = listChainGap(records[id] ?? ListChainRecord(), stage: later, posts: posts) {
                throw Refusal.stillOnLaterList(member: names[id] ?? "#\(id)", stage: stage, later: later, post: gap.post)
            }
        }
    }

    /// Where each member stands in the chain of lists: recommended, on which lists, vetted.
    func listChainRecords(_ db: Database, election: ElectionRef, lists: [ListStage: [Int64: Set<Post>]]) throws -> [Int64: ListChainRecord] {
        let recommended = Set(try Int64.fetchAll(try db.cachedStatement(sql: """
            SELECT c.member_id FROM recommendation_count c JOIN recommendation_round r ON r.id = c.round_id WHERE r.election_id = ? AND c.count > 0
            UNION SELECT member_id FROM township_recommendation WHERE election_id = ?
            """), arguments: [election.id, election.id]))
        let departments = try loadProcedure(db, electionID: election.id).localPlan.vettingDepartments.map(\.id)
        var answered: [Int64: Set<String>] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT member_id, department FROM vetting_answer WHERE election_id = ?"), arguments: [election.id]) {
            answered[row["member_id"], default: []].insert(row["department"])
        }
        let closed = try isStepDone(db, election, .jointVetting)
        let ids = recommended.union(answered.keys).union(lists.values.flatMap(\.keys))
        return Dictionary(uniqueKeysWithValues: ids.map { id in
            (id, ListChainRecord(recommended: recommended.contains(id), initialPosts: lists[.initial]?[id], inspectionPosts: lists[.inspection]?[id],
                                 vetted: departments.allSatisfy { answered[id]?.contains($0) == true }, jointVettingClosed: closed))
        })
    }

    /// Records a 不得 or 不宜继续担任 finding about a nominee, with its source.
    public func recordFinding(by operatorName: String?, election reference: String, member memberReference: String,
                              finding: RecordedFinding.Kind, source: String, detail: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.county, .township])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            _ = try insertFinding(db, election: election, actor: actor, member: member, finding: finding, source: source, detail: detail)
        }
    }

    func insertFinding(_ db: Database, election: ElectionRef, actor: Operator, member: Member, finding: RecordedFinding.Kind, source: String, detail: String) throws -> Int64 {
        guard !source.trimmingCharacters(in: .whitespaces).isEmpty, !detail.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Refusal.detailRequired(.findingSourceAndFacts)
        }
        let (kind, code): (String, Int) = switch finding {
        case .disqualifying(let c): ("disqualifying", c.rawValue)
        case .unsuitableSecretary(let c): ("unsuitable_secretary", c.rawValue)
        }
        try db.execute(sql: """
            INSERT INTO nominee_finding (election_id, member_id, kind, code, source, detail, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [election.id, member.id, kind, code, source, detail, actor.id, timestamp])
        let id = db.lastInsertedRowID
        try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "finding.recorded", detail: [
            "member": member.name, "kind": kind, "code": String(code), "source": source, "detail": detail,
        ])
        return id
    }

    /// Records that a nominee is inside a sanction's effect period.
    public func recordSanction(by operatorName: String?, election reference: String, member memberReference: String, until: CivilDate, detail: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.county, .township])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            try db.execute(sql: """
                INSERT INTO nominee_sanction (election_id, member_id, effect_until, detail) VALUES (?, ?, ?, ?)
                ON CONFLICT (election_id, member_id) DO UPDATE SET effect_until = excluded.effect_until, detail = excluded.detail
                """, arguments: [election.id, member.id, until.description, detail])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "sanction.recorded",
                            detail: ["member": member.name, "until": until.description, "detail": detail])
        }
    }

    /// Records a decision about a nominee at the operator's level. Age and sanction exceptions need
    /// both the township's decision and the county leading group's approval; the sanction exception
    /// is also held to the township's 15% cap when the county approves it.
    public func decide(by operatorName: String?, election reference: String, member memberReference: String, kind: NomineeDecisionKind, note: String?) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .county])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            let column = actor.role == .county ? "county" : "township"
            // 经乡镇党委研究，报县…领导小组审定 (seed 三(四), 三(五) 末段): the county decides on what the township has studied.
            if kind != .educationAcknowledged && actor.role == .county, try Int64.fetchOne(try db.cachedStatement(sql: """
                SELECT township_by FROM nominee_decision WHERE election_id = ? AND member_id = ? AND kind = ?
                """), arguments: [election.id, member.id, kind.rawValue]) == nil {
                throw Refusal.townshipDecisionFirst(member: member.name)
            }
            if kind == .sanctionException && actor.role == .county {
                try checkSanctionCap(db, election: election, adding: member)
            }
            try db.execute(sql: """
                INSERT INTO nominee_decision (election_id, member_id, kind, \(column)_by, \(column)_at, note) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (election_id, member_id, kind) DO UPDATE SET \(column)_by = excluded.\(column)_by, \(column)_at = excluded.\(column)_at,
                    note = coalesce(excluded.note, note)
                """, arguments: [election.id, member.id, kind.rawValue, actor.id, timestamp, note])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "decision.recorded",
                            detail: ["member": member.name, "decision": kind.rawValue, "level": column, "note": note ?? ""])
        }
    }

    /// 15% (`withinSanctionCap`): the persons the county has let stand by the special decision in the
    /// township's elections of this round (the same procedure, e.g. `2018-county`, whatever its version),
    /// this member included, against the township's villages and communities.
    private func checkSanctionCap(_ db: Database, election: ElectionRef, adding member: Member) throws {
        let organization = try fetchOrganization(db, id: election.organizationID)
        guard let township = organization.parentID else { return }
        let plan = try loadProcedure(db, electionID: election.id).localPlan
        let organizations = try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM organization WHERE parent_id = ? AND level IN ('village', 'community')"), arguments: [township])!
        let others = try Int.fetchOne(try db.cachedStatement(sql: """
            SELECT count(DISTINCT d.member_id) FROM nominee_decision d JOIN election e ON e.id = d.election_id
            JOIN organization o ON o.id = e.organization_id JOIN procedure_catalog c ON c.id = e.catalog_id
            WHERE o.parent_id = ? AND d.kind = 'sanction_exception' AND d.county_by IS NOT NULL AND d.member_id != ?
              AND c.procedure_key = (SELECT c2.procedure_key FROM election e2 JOIN procedure_catalog c2 ON c2.id = e2.catalog_id WHERE e2.id = ?)
            """), arguments: [township, member.id, election.id])!
        guard withinSanctionCap(persons: others + 1, organizations: organizations, plan: plan) else {
            throw Refusal.sanctionCapExceeded(member: member.name, persons: others + 1, organizations: organizations, capPercent: plan.sanctionCapPercent)
        }
    }

    /// Acknowledges a structure warning for a stage's list, with the reason.
    public func acknowledgeStructure(by operatorName: String?, election reference: String, stage: ListStage, noYouth: Bool, reason: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .county])
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Refusal.detailRequired(.acknowledgementReason)
            }
            try db.execute(sql: """
                INSERT OR REPLACE INTO structure_acknowledgement (election_id, stage, kind, reason, acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, stage.rawValue, noYouth ? "no_youth" : "no_woman", reason, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "structure.acknowledged",
                            detail: ["stage": stage.rawValue, "kind": noYouth ? "no_youth" : "no_woman", "reason": reason])
        }
    }
}

extension AppDatabase {
    /// 不宜继续担任书记的研判 (seed 三(四) (1)–(9)): the township committee weighs the nine items for the incumbent
    /// secretary before he stands for secretary again. Each item found is recorded as a finding (source 乡镇党委);
    /// the assessment itself, with its note, is kept once. Item (6) starts from the roll: for an incumbent with
    /// junior high school or less (初中及以下) the township either finds it or states that he meets today's needs
    /// (`adaptsDespiteEducation`); it cannot pass over it.
    public func assessSecretary(by operatorName: String?, election reference: String, member memberReference: String,
                                found: [SecretaryUnsuitability], adaptsDespiteEducation: Bool = false, note: String, on date: CivilDate) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .jointVetting, what: .list(.initial))
            guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw Refusal.detailRequired(.assessmentNote) }
            try checkDates([date])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            guard try String.fetchOne(try db.cachedStatement(sql: "SELECT post FROM outgoing_member WHERE election_id = ? AND member_id = ?"),
                                      arguments: [election.id, member.id]) == Post.secretary.rawValue else {
                throw Refusal.notIncumbentSecretary(member: member.name)
            }
            if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM secretary_assessment WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) == true {
                throw Refusal.secretaryAlreadyAssessed(member: member.name)
            }
            let items = SecretaryUnsuitability.allCases.filter(found.contains)
            if items.contains(.lowEducation) && adaptsDespiteEducation { throw Refusal.lowEducationItemUndecided(member: member.name, education: member.education) }
            if !member.education.isSeniorHighOrAbove && !items.contains(.lowEducation) && !adaptsDespiteEducation {
                throw Refusal.lowEducationItemUndecided(member: member.name, education: member.education)
            }
            for item in items {
                _ = try insertFinding(db, election: election, actor: actor, member: member, finding: .unsuitableSecretary(item), source: "乡镇党委研判", detail: note)
            }
            try db.execute(sql: """
                INSERT INTO secretary_assessment (election_id, member_id, found, note, assessed_on, assessed_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, items.map { String($0.rawValue) }.joined(separator: ","), note, date.description, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "secretary.assessed", detail: [
                "member": member.name, "found": items.map { String($0.rawValue) }.joined(separator: ","), "note": note, "on": date.description,
            ])
        }
    }
}
