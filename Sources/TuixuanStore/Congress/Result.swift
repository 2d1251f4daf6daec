import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: Facts for steps 20–27

    func loadCongressFacts(_ db: Database, election: ElectionRef, into facts: inout ElectionFacts) throws {
        facts.methodAdopted = try fetchMethod(db, electionID: election.id) != nil
        let duties = try OfficerDuty.fetchAll(try db.cachedStatement(sql: "SELECT duty FROM congress_officer WHERE election_id = ?"), arguments: [election.id])
        facts.chiefScrutineers = duties.filter { $0 == .chiefScrutineer }.count
        facts.tellers = duties.filter { $0 == .teller }.count
            + (try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM staff_teller WHERE election_id = ?"), arguments: [election.id]) ?? 0)
        let seats = try fetchSeats(db, electionID: election.id)
        facts.committeeSeats = try committeeSeats(db, electionID: election.id)
        facts.deputySeats = seats?.deputySecretary ?? 0
        let elected = try electedCommittee(db, electionID: election.id)
        facts.committeeElected = elected.count
        facts.electedProblems = try electedProblems(db, election: election, elected: try electedCommitteeMembers(db, election: election))
        let votes = try postVotes(db, electionID: election.id)
        facts.secretaryElected = votes[.secretary]?.contains { $0.elected != nil } == true
        facts.deputyElected = votes[.deputySecretary]?.contains { $0.elected != nil } == true
        facts.openRound = try hasOpenRound(db, electionID: election.id)
        facts.congressNext = try congressNext(db, election: election, electedProblems: facts.electedProblems)
    }

    /// Each elected member judged like a nominee for the posts they won (write-ins included: the count
    /// checked only their right to vote), and against an upheld objection.
    /// The posts a list candidate stood for count as his: a secretary nominee of 58 who loses the secretary's vote
    /// was still rightly on the committee ballot.
    func electedProblems(_ db: Database, election: ElectionRef, elected: [(name: String, memberID: Int64)]) throws -> [LocalizedText] {
        let problems = try standingProblems(db, election: election, members: elected)
        return elected.compactMap { name, id in
            guard let problem = problems[id] else { return nil }
            let reasons = problem.findings.map(\.fact)
                + (problem.objectionUpheld ? [LocalizedText(zh: "公示期间的反映经核实属实", en: "an objection during publicity was upheld")] : [])
            guard !reasons.isEmpty else { return nil }
            return LocalizedText(zh: "\(name)（\(reasons.map(\.zh).joined(separator: "，"))）", en: "\(name) (\(reasons.map(\.en).joined(separator: ", ")))")
        }
    }

    /// What stands against each member as things stand, for the seat and for each post he won (a bar on a post
    /// only stood for, 不宜 for the secretary say, is settled by another nominee, never by the seat); the posts
    /// stood for set the age limit (a secretary nominee by 60). With whether an objection was upheld.
    func standingProblems(_ db: Database, election: ElectionRef, members: [(name: String, memberID: Int64)])
        throws -> [Int64: (findings: [EligibilityFinding], objectionUpheld: Bool)] {
        guard !members.isEmpty else { return [:] }
        let context = try nomineeContext(db, election: election)
        let prospective = try fetchLists(db, electionID: election.id)[.prospective] ?? [:]
        let level = try fetchOrganization(db, id: election.organizationID).level
        let plan = try loadProcedure(db, electionID: election.id).localPlan
        let upheld = Set(try Int64.fetchAll(try db.cachedStatement(sql: "SELECT member_id FROM objection WHERE election_id = ? AND resolution = 'upheld'"), arguments: [election.id]))
        let winners = try postVotes(db, electionID: election.id).mapValues { Set($0.compactMap(\.elected)) }
        var problems: [Int64: (findings: [EligibilityFinding], objectionUpheld: Bool)] = [:]
        for (name, id) in members {
            guard let facts = context[id] else { continue }
            let won = [Post.secretary, .deputySecretary].filter { winners[$0]?.contains(name) == true }
            let stoodFor = Set([Post.member] + won).union(prospective[id] ?? [])
            let findings = ([Post.member] + won).flatMap { post in
                assessEligibility(facts, for: post, on: election.congressDate, rules: election.ruleSet, plan: plan, level: level, standingFor: stoodFor).filter(\.blocks)
            }
            problems[id] = (findings, upheld.contains(id))
        }
        return problems
    }

    /// Committee seats to fill: the seat plan's, or fewer when the congress voted to reduce them.
    func committeeSeats(_ db: Database, electionID: Int64) throws -> Int? {
        try Int.fetchOne(try db.cachedStatement(sql: "SELECT seats_to FROM seat_reduction WHERE election_id = ?"), arguments: [electionID])
            ?? fetchSeats(db, electionID: electionID)?.committee
    }

    /// SHA-256 over every round's figures, result and counted ballots: what the township approves at
    /// step 27. Changing any counted ballot afterwards makes the approval stale.
    func resultDigest(_ db: Database, electionID: Int64) throws -> String {
        let rows = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT r.number, r.kind, r.seats, r.issued, r.returned, r.state, res.count, res.outcome,
                   (SELECT group_concat(ballot, '|') FROM (SELECT ballot FROM counted_ballot WHERE round_id = r.id ORDER BY position)) AS ballots
            FROM voting_round r LEFT JOIN round_result res ON res.round_id = r.id WHERE r.election_id = ? ORDER BY r.number
            """), arguments: [electionID])
        let text = ["result/v1"] + rows.map { row in
            "\(row["number"] as Int)|\(row["kind"] as String)|\(row["seats"] as Int)|\(row["issued"] as Int? ?? -1)|\(row["returned"] as Int? ?? -1)|\(row["state"] as String)|\(row["count"] as String? ?? "")|\(row["outcome"] as String? ?? "")|\(row["ballots"] as String? ?? "")"
        }
        return SHA256Digest.hex(of: text.joined(separator: "\n"))
    }

    // MARK: Approval and review of the result (step 27)

    /// 乡镇党委批复: approves the result over a digest of every round; afterwards the results are locked.
    public func approveResult(by operatorName: String?, election reference: String, note: String?) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName)
            let procedure = try loadProcedure(db, electionID: election.id)
            guard let step = procedure.steps.first(where: { $0.approvals.contains { $0.subject == "result" } }) else {
                throw Refusal.approvalNotInProcedure(.result)
            }
            let facts = try loadFacts(db, electionID: election.id)
            var blockers = ProcedureEngine(procedure: procedure).blockersToApprove(step.number, subject: "result", role: actor.role, facts)
            // Whatever the version, the township does not approve a result that elects someone barred.
            if let problem = Conditions.named("result.electedEligible")?.check(facts) {
                blockers.append(.conditionUnmet(name: "result.electedEligible", detail: problem))
            }
            guard blockers.isEmpty else { throw Refusal.stepBlocked(step: step.number, title: step.title, blockers: blockers) }
            let digest = try resultDigest(db, electionID: election.id)
            try db.execute(sql: """
                INSERT INTO approval (election_id, subject, step, level, digest, note, operator_id, approved_at) VALUES (?, 'result', ?, 'township', ?, ?, ?, ?)
                """, arguments: [election.id, step.number, digest, note, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "result.approved", step: step.number,
                            detail: ["digest": digest, "note": note ?? ""])
        }
    }

    /// 县委组织部审核: marks the approved result reviewed, or sends it back with a reason.
    public func reviewResult(by operatorName: String?, election reference: String, reviewed: Bool, reason: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.county])
            guard try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM approval WHERE election_id = ? AND subject = 'result'"), arguments: [election.id]) == true else {
                throw Refusal.resultNotApproved
            }
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Refusal.detailRequired(.reviewReasons)
            }
            let digest = try resultDigest(db, electionID: election.id)
            try db.execute(sql: "INSERT INTO result_review (election_id, outcome, reason, result_digest, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [election.id, reviewed ? "reviewed" : "returned", reason, digest, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: reviewed ? "result.reviewed" : "result.returned",
                            step: election.step(.resultApproval), detail: ["reason": reason])
        }
    }

    public func resultReviews(election reference: String) throws -> [ResultReview] {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            return try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT r.outcome, r.reason, o.name FROM result_review r JOIN operator o ON o.id = r.reviewed_by WHERE r.election_id = ? ORDER BY r.id
                """), arguments: [election.id]).map { ResultReview(outcome: ResultReview.Outcome(rawValue: $0["outcome"])!, reason: $0["reason"], reviewedBy: $0["name"]) }
        }
    }
}
