import Foundation
import GRDB
import TuixuanCore

/// 资格联审 matrix: nominee × department.
public struct VettingMatrix: Sendable, Codable {
    public var departments: [VettingDepartment]
    public var rows: [Row]

    public struct Row: Sendable, Codable {
        public var memberID: Int64
        public var name: String
        /// By department id: nil not yet answered.
        public var answers: [String: Answer]
    }

    public struct Answer: Sendable, Codable {
        public var clear: Bool
        public var detail: String?
    }

    public var missing: Int { rows.reduce(0) { $0 + departments.count - $1.answers.count } }
}

/// An objection as listed.
public struct ObjectionEntry: Sendable, Codable {
    public var id: Int64
    public var name: String
    public var received: CivilDate
    public var summary: String
    public var resolution: String?
    public var reason: String?
}

extension AppDatabase {
    // MARK: Joint vetting (step 15)

    /// Records a department's answer for a nominee on the initial list (or, with no member, a
    /// clear answer for every nominee it has not answered for). A finding with a bar number also
    /// records that 不得 finding, with the department as its source. Once step 15 is done the initial
    /// nominees' vetting is closed; a recommended newcomer who is to replace a nominee is vetted on
    /// their own ("补充联审"), before the inspection list can take them. `department` "all" (全部) records
    /// a clear answer from every department of the plan, as a 联审意见汇总表 with nothing found reads.
    public func recordVetting(
        by operatorName: String?, election reference: String, department: String, member memberReference: String?,
        clear: Bool, detail: String?, bar: DisqualifyingCondition?
    ) throws -> (count: Int, department: LocalizedText) {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.county])
            let closed = try isStepDone(db, election, .jointVetting)
            let plan = try loadProcedure(db, electionID: election.id).localPlan
            let departments: [VettingDepartment]
            if VettingDepartment.allWords.contains(department) {
                guard clear else { throw Refusal.vettingFindingNeedsDepartment }
                departments = plan.vettingDepartments
            } else if let dept = plan.vettingDepartments.first(where: { $0.id == department || $0.name.zh == department }) {
                departments = [dept]
            } else {
                throw Refusal.vettingDepartmentUnknown(department, known: plan.vettingDepartments)
            }
            let lists = try fetchLists(db, electionID: election.id)
            let nominees = lists[.initial] ?? [:]
            guard !nominees.isEmpty else {
                throw Refusal.listEmpty(.initial)
            }
            let newcomers = try vettingNewcomers(db, election: election, initial: nominees)
            var subjects: [Member]?
            if let memberReference {
                let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
                if closed {
                    guard nominees[member.id!] == nil else { throw Refusal.stepClosed(step: election.step(.jointVetting), subject: .vetting) }
                    guard try listChainRecords(db, election: election, lists: lists)[member.id!]?.recommended == true else {
                        throw Refusal.listStageSkipped(member: member.name, stage: .inspection, missed: .recommendation, post: nil)
                    }
                } else if nominees[member.id!] == nil {
                    throw Refusal.notOnList(member: member.name, stage: .initial)
                }
                subjects = [member]
            }
            if !clear && (detail ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw Refusal.detailRequired(.vettingFinding)
            }
            var count = 0
            for dept in departments {
                count += try answerVetting(db, election: election, actor: actor, department: dept, subjects: subjects,
                                           vetting: closed ? newcomers : Set(nominees.keys), clear: clear, detail: detail, bar: bar)
            }
            return (count, departments.count == 1 ? departments[0].name : LocalizedText(zh: "各部门", en: "departments"))
        }
    }

    /// One department's answer for `subjects`, or for everyone in `vetting` it has not answered for.
    private func answerVetting(
        _ db: Database, election: ElectionRef, actor: Operator, department dept: VettingDepartment, subjects: [Member]?, vetting: Set<Int64>,
        clear: Bool, detail: String?, bar: DisqualifyingCondition?
    ) throws -> Int {
        var targets: [Member]
        if let subjects {
            targets = subjects
        } else {
            let answered = Set(try Int64.fetchAll(try db.cachedStatement(sql: "SELECT member_id FROM vetting_answer WHERE election_id = ? AND department = ?"), arguments: [election.id, dept.id]))
            targets = try fetchMembers(db, organizationID: election.organizationID).filter { vetting.contains($0.id!) && !answered.contains($0.id!) }
        }
        for member in targets {
            var findingID: Int64?
            if let bar {
                findingID = try insertFinding(db, election: election, actor: actor, member: member, finding: .disqualifying(bar), source: dept.name.zh, detail: detail ?? "")
            }
            try db.execute(sql: """
                INSERT INTO vetting_answer (election_id, department, member_id, clear, detail, finding_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (election_id, department, member_id) DO UPDATE SET clear = excluded.clear, detail = excluded.detail,
                    finding_id = excluded.finding_id, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                """, arguments: [election.id, dept.id, member.id, clear, detail, findingID, actor.id, timestamp])
        }
        try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "vetting.answered", step: election.step(.jointVetting), detail: [
            "department": dept.id, "members": targets.map(\.name).joined(separator: ","), "clear": String(clear), "detail": detail ?? "",
        ])
        return targets.count
    }

    public func vettingMatrix(election reference: String) throws -> VettingMatrix {
        try writer.read { db in try vettingMatrix(db, election: try resolveElection(db, reference)) }
    }

    /// Members vetted who are not initial nominees: newcomers vetted after step 15 (and anyone dropped
    /// from the initial list after an answer, who stays visible with it).
    func vettingNewcomers(_ db: Database, election: ElectionRef, initial: [Int64: Set<Post>]) throws -> Set<Int64> {
        Set(try Int64.fetchAll(try db.cachedStatement(sql: "SELECT DISTINCT member_id FROM vetting_answer WHERE election_id = ?"), arguments: [election.id]))
            .subtracting(initial.keys)
    }

    func vettingMatrix(_ db: Database, election: ElectionRef) throws -> VettingMatrix {
        let plan = try loadProcedure(db, electionID: election.id).localPlan
        let initial = try fetchLists(db, electionID: election.id)[.initial] ?? [:]
        let nominees = try Set(initial.keys).union(isStepDone(db, election, .jointVetting) ? vettingNewcomers(db, election: election, initial: initial) : [])
        var answers: [Int64: [String: VettingMatrix.Answer]] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT department, member_id, clear, detail FROM vetting_answer WHERE election_id = ?"), arguments: [election.id]) {
            answers[row["member_id"], default: [:]][row["department"]] = .init(clear: row["clear"], detail: row["detail"])
        }
        let rows = try fetchMembers(db, organizationID: election.organizationID).filter { nominees.contains($0.id!) }.map {
            VettingMatrix.Row(memberID: $0.id!, name: $0.name, answers: (answers[$0.id!] ?? [:]).filter { key, _ in plan.vettingDepartments.contains { $0.id == key } })
        }
        return VettingMatrix(departments: plan.vettingDepartments, rows: rows)
    }

    // MARK: Publicity and objections (steps 17, 18)

    /// 公示: starts the publicity of the prospective candidates.
    public func startPublicity(by operatorName: String?, election reference: String, start: CivilDate, days: Int?, place: String) throws -> PublicityPeriod {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseAfter(db, election: election, step: .prospectiveCandidates, what: .publicity)
            try checkDates([start])
            guard try fetchLists(db, electionID: election.id)[.prospective]?.isEmpty == false else {
                throw Refusal.listEmpty(.prospective)
            }
            let planDays = try loadProcedure(db, electionID: election.id).localPlan.publicityDays
            let period = PublicityPeriod(start: start, days: days ?? planDays)
            // The day the prospective list took its present form: the publicity publishes that list.
            let listSetAt = try String.fetchOne(try db.cachedStatement(sql: """
                SELECT max(occurred_at) FROM event WHERE election_id = ? AND kind = 'list.set' AND json_extract(detail, '$.stage') = 'prospective'
                """), arguments: [election.id])
            let listSetOn = listSetAt.flatMap { ISO8601DateFormatter().date(from: $0) }.map(AppDatabase.civilDate)
            if let refusal = publicityRefusal(period, planDays: planDays, listSetOn: listSetOn) { throw refusal }
            try db.execute(sql: """
                INSERT OR REPLACE INTO publicity (election_id, start_on, days, place, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, start.description, period.days, place, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "publicity.started", step: election.step(.prospectiveCandidates),
                            detail: ["start": start.description, "end": period.end.description, "place": place])
            return period
        }
    }

    /// Records an objection received during publicity against a prospective candidate.
    public func recordObjection(by operatorName: String?, election reference: String, member memberReference: String, received: CivilDate, summary: String) throws -> Int64 {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseAfter(db, election: election, step: .listApproval, what: .objections)
            try checkDates([received])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            guard try fetchLists(db, electionID: election.id)[.prospective]?[member.id!] != nil else {
                throw Refusal.notOnList(member: member.name, stage: .prospective)
            }
            guard let period = try fetchPublicity(db, electionID: election.id), period.contains(received) else {
                throw Refusal.objectionOutsidePublicity(received: received)
            }
            guard !summary.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Refusal.detailRequired(.objectionSummary)
            }
            try db.execute(sql: """
                INSERT INTO objection (election_id, member_id, received_on, summary, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, received.description, summary, actor.id, timestamp])
            let id = db.lastInsertedRowID
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "objection.received", step: election.step(.prospectiveCandidates),
                            detail: ["id": String(id), "member": member.name, "summary": summary])
            return id
        }
    }

    /// Resolves an objection: upheld takes the person off the prospective list; dismissed keeps them, with the reason.
    public func resolveObjection(by operatorName: String?, election reference: String, objection id: Int64, upheld: Bool, reason: String) throws -> String {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .county])
            try refuseAfter(db, election: election, step: .listApproval, what: .objections)
            guard let row = try Row.fetchOne(try db.cachedStatement(sql: """
                SELECT o.member_id, m.name FROM objection o JOIN member m ON m.id = o.member_id WHERE o.id = ? AND o.election_id = ? AND o.resolution IS NULL
                """), arguments: [id, election.id]) else {
                throw Refusal.objectionNotOpen(id)
            }
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Refusal.detailRequired(.objectionFinding)
            }
            try db.execute(sql: "UPDATE objection SET resolution = ?, resolution_reason = ?, resolved_by = ?, resolved_at = ? WHERE id = ?",
                           arguments: [upheld ? "upheld" : "dismissed", reason, actor.id, timestamp, id])
            if upheld {
                try db.execute(sql: "DELETE FROM list_entry WHERE election_id = ? AND stage = 'prospective' AND member_id = ?", arguments: [election.id, row["member_id"] as Int64])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: upheld ? "objection.upheld" : "objection.dismissed",
                            step: election.step(.listApproval), detail: ["id": String(id), "member": row["name"], "reason": reason])
            return row["name"]
        }
    }

    public func objections(election reference: String) throws -> [ObjectionEntry] {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            return try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT o.*, m.name FROM objection o JOIN member m ON m.id = o.member_id WHERE o.election_id = ? ORDER BY o.id
                """), arguments: [election.id]).map {
                ObjectionEntry(id: $0["id"], name: $0["name"], received: $0.civilDate("received_on")!, summary: $0["summary"],
                               resolution: $0["resolution"], reason: $0["resolution_reason"])
            }
        }
    }

    func fetchPublicity(_ db: Database, electionID: Int64) throws -> PublicityPeriod? {
        try Row.fetchOne(try db.cachedStatement(sql: "SELECT start_on, days FROM publicity WHERE election_id = ?"), arguments: [electionID]).map {
            PublicityPeriod(start: $0.civilDate("start_on")!, days: $0["days"])
        }
    }

    // MARK: Approval of the list (step 18) and pledges (step 19)

    /// The subjects step 18 approves, each over a digest of what it rests on.
    public enum CandidacySubject: String, Sendable, CaseIterable {
        /// 候选人预备人选名单 (township committee)
        case candidateList
        /// 书记候选人预备人选 (township secretary, county deputy head, county leading group)
        case secretaryNominee

        var approvalSubject: ApprovalSubject { self == .candidateList ? .candidateList : .secretaryNominee }
    }

    /// Approves the prospective list or the secretary nominee at the operator's role, over a digest:
    /// any later change to the list makes the approval stale, so the list must be approved again.
    public func approveCandidacy(by operatorName: String?, election reference: String, subject: CandidacySubject, note: String?) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName)
            let procedure = try loadProcedure(db, electionID: election.id)
            guard let step = procedure.steps.first(where: { $0.approvals.contains { $0.subject == subject.rawValue } }) else {
                throw Refusal.approvalNotInProcedure(subject.approvalSubject)
            }
            let facts = try loadFacts(db, electionID: election.id)
            var blockers = ProcedureEngine(procedure: procedure).blockersToApprove(step.number, subject: subject.rawValue, role: actor.role, facts)
            // What is approved must be final: publicity over, objections resolved, the list valid.
            for name in step.conditions {
                if let detail = Conditions.named(name)?.check(facts) { blockers.append(.conditionUnmet(name: name, detail: detail)) }
            }
            guard blockers.isEmpty else { throw Refusal.stepBlocked(step: step.number, title: step.title, blockers: blockers) }
            let requirement = step.approvals.first { $0.subject == subject.rawValue && $0.approverRole == actor.role }!
            let digest = try candidacyDigest(db, electionID: election.id, subject: subject)
            if try Bool.fetchOne(try db.cachedStatement(sql: """
                SELECT 1 FROM approval a JOIN operator o ON o.id = a.operator_id WHERE a.election_id = ? AND a.subject = ? AND o.role = ? AND a.digest = ?
                """), arguments: [election.id, subject.rawValue, actor.role.rawValue, digest]) == true {
                throw Refusal.alreadyApprovedUnchanged
            }
            try db.execute(sql: """
                INSERT INTO approval (election_id, subject, step, level, digest, note, operator_id, approved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, subject.rawValue, step.number, requirement.level.rawValue, digest, note, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "candidacy.approved", step: step.number,
                            detail: ["subject": subject.rawValue, "role": actor.role.rawValue, "digest": digest, "note": note ?? ""])
        }
    }

    /// SHA-256 over the seats and the prospective list (or only its secretary nominees).
    func candidacyDigest(_ db: Database, electionID: Int64, subject: CandidacySubject) throws -> String {
        let seats = try fetchSeats(db, electionID: electionID)
        let entries = (try fetchLists(db, electionID: electionID)[.prospective] ?? [:])
            .filter { subject == .candidateList || $0.value.contains(.secretary) || $0.value.contains(.deputySecretary) }
            .sorted { $0.key < $1.key }
            .map { "\($0.key):\(encodePosts($0.value))" }
        let text = ["candidacy/v1", subject.rawValue, "seats=\(seats.map { "\($0.committee)/\($0.secretary)/\($0.deputySecretary)" } ?? "")"] + entries
        return SHA256Digest.hex(of: text.joined(separator: "\n"))
    }

    /// 纪律承诺: a prospective candidate's signed pledge, and when it was published; or the pledge of a member of the
    /// outgoing committee (两委班子成员, seed 五、19), which is signed but not published.
    public func recordPledge(by operatorName: String?, election reference: String, member memberReference: String?, signedOn: CivilDate,
                             documentSHA256: String?, publishedOn: CivilDate?) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .disciplinePledges, what: .pledges)
            try checkDates([signedOn] + (publishedOn.map { [$0] } ?? []))
            try refusePledgeBeforeApproval(db, election: election, signedOn: signedOn)
            if let publishedOn, publishedOn < signedOn { throw Refusal.dateBeforeItsGrounds(date: publishedOn, grounds: signedOn) }
            let prospective = try fetchLists(db, electionID: election.id)[.prospective] ?? [:]
            let members: [Member]
            if let memberReference {
                let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
                let outgoing = try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM outgoing_member WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) == true
                guard prospective[member.id!] != nil || outgoing else {
                    throw Refusal.notOnList(member: member.name, stage: .prospective)
                }
                members = [member]
            } else {
                members = try fetchMembers(db, organizationID: election.organizationID).filter { prospective[$0.id!] != nil }
            }
            for member in members {
                try db.execute(sql: """
                    INSERT INTO pledge (election_id, member_id, signed_on, document_sha256, published_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (election_id, member_id) DO UPDATE SET signed_on = excluded.signed_on,
                        document_sha256 = coalesce(excluded.document_sha256, document_sha256), published_on = coalesce(excluded.published_on, published_on)
                    """, arguments: [election.id, member.id, signedOn.description, documentSHA256, publishedOn?.description, actor.id, timestamp])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "pledge.recorded", step: election.step(.disciplinePledges),
                            detail: ["members": members.map(\.name).joined(separator: ","), "published_on": publishedOn?.description ?? ""])
            return members.count
        }
    }

    /// 纪律承诺 of a member of the guidance group (参与换届的工作人员, seed 五、19), by name.
    public func recordStaffPledge(by operatorName: String?, election reference: String, name: String, signedOn: CivilDate) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .disciplinePledges, what: .pledges)
            try checkDates([signedOn])
            try refusePledgeBeforeApproval(db, election: election, signedOn: signedOn)
            guard let id = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM guidance_member WHERE election_id = ? AND name = ?"), arguments: [election.id, name]) else {
                throw Refusal.notInGuidanceGroup(name: name)
            }
            try db.execute(sql: "DELETE FROM staff_pledge WHERE election_id = ? AND guidance_member_id = ?", arguments: [election.id, id])
            try db.execute(sql: "INSERT INTO staff_pledge (election_id, guidance_member_id, signed_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [election.id, id, signedOn.description, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "staff_pledge.recorded",
                            step: election.step(.disciplinePledges), detail: ["name": name, "signed_on": signedOn.description])
        }
    }

    /// 纪律承诺 follow the list's approval (seed 五、18 then 19): once step 18 is closed, no pledge is dated before it.
    func refusePledgeBeforeApproval(_ db: Database, election: ElectionRef, signedOn: CivilDate) throws {
        if let approved = try stepDate(db, election, .listApproval), signedOn < approved {
            throw Refusal.dateBeforeItsGrounds(date: signedOn, grounds: approved)
        }
    }

    // MARK: Facts for steps 11–19

    func loadCandidacyFacts(_ db: Database, election: ElectionRef, into facts: inout ElectionFacts) throws {
        facts.today = today
        let procedure = try loadProcedure(db, electionID: election.id)
        let plan = procedure.localPlan
        let seats = try fetchSeats(db, electionID: election.id)
        if let seats {
            facts.seatProblems = try seatCheck(db, election: election, seats: seats).map { LocalizedText($0) }
        }
        facts.recommendationRounds = Set(try String.fetchAll(try db.cachedStatement(sql: "SELECT kind FROM recommendation_round WHERE election_id = ?"), arguments: [election.id]))
        facts.townshipRecommendations = try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM township_recommendation WHERE election_id = ?"), arguments: [election.id])!
        let lists = try fetchLists(db, electionID: election.id)
        let context = try nomineeContext(db, election: election)
        for (stage, entries) in lists {
            facts.secretaryNominees[stage.rawValue] = entries.values.filter { $0.contains(.secretary) }.count
            if seats == nil { facts.listProblems[stage.rawValue] = [LocalizedText(zh: "尚未确定职数", en: "the seats are not set")] }
        }
        if let seats {
            for (stage, found) in try stageListProblems(db, election: election, lists: lists, context: context, seats: seats, plan: plan) {
                facts.listProblems[stage.rawValue] = found.filter(\.blocks).map { LocalizedText($0) }
            }
        }
        let matrix = try vettingMatrix(db, election: election)
        facts.vettingMissing = matrix.rows.flatMap { row in
            matrix.departments.filter { row.answers[$0.id] == nil }.map { "\($0.name.zh)：\(row.name)" }
        }
        facts.publicity = try fetchPublicity(db, electionID: election.id)
        facts.unresolvedObjections = try String.fetchAll(try db.cachedStatement(sql: """
            SELECT m.name FROM objection o JOIN member m ON m.id = o.member_id WHERE o.election_id = ? AND o.resolution IS NULL ORDER BY o.id
            """), arguments: [election.id])
        let pledged = Set(try Int64.fetchAll(try db.cachedStatement(sql: "SELECT member_id FROM pledge WHERE election_id = ? AND published_on IS NOT NULL"), arguments: [election.id]))
        facts.pledgesMissing = (lists[.prospective] ?? [:]).keys.filter { !pledged.contains($0) }.compactMap { context[$0]?.member.name }.sorted()
        facts.bindingPledgesMissing = try String.fetchAll(try db.cachedStatement(sql: """
            SELECT m.name FROM outgoing_member o JOIN member m ON m.id = o.member_id
            WHERE o.election_id = ?1 AND NOT EXISTS (SELECT 1 FROM pledge p WHERE p.election_id = ?1 AND p.member_id = o.member_id)
            UNION ALL
            SELECT g.name FROM guidance_member g
            WHERE g.election_id = ?1 AND NOT EXISTS (SELECT 1 FROM staff_pledge s WHERE s.election_id = ?1 AND s.guidance_member_id = g.id)
            """), arguments: [election.id])
    }
}

extension AppDatabase {
    /// The committee ballot from the approved list (step 18 done), with the expected attendance
    /// (how many ballots the tellers' template numbers) and the congress date.
    public func ballot(election reference: String) throws -> PrintableBallot {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            let design = try ballotDesign(db, election: election)
            let roll = try voterRoll(db, election: election)
            return PrintableBallot(design: design, expectedAttendance: roll.approvedFigure ?? roll.attendance.figure, congressDate: election.congressDate)
        }
    }
}
