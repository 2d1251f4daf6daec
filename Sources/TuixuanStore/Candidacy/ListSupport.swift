import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    /// The eligibility facts of every member of the election's organization, by member id.
    func nomineeContext(_ db: Database, election: ElectionRef) throws -> [Int64: NomineeFacts] {
        var context: [Int64: NomineeFacts] = [:]
        for member in try fetchMembers(db, organizationID: election.organizationID) { context[member.id!] = NomineeFacts(member: member) }
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT member_id, post FROM outgoing_member WHERE election_id = ?"), arguments: [election.id]) {
            context[row["member_id"]]?.incumbentPost = Post(rawValue: row["post"])
        }
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT member_id, kind, code, source, detail FROM nominee_finding WHERE election_id = ? ORDER BY id"), arguments: [election.id]) {
            let code: Int = row["code"]
            let kind: RecordedFinding.Kind = row["kind"] == "disqualifying"
                ? .disqualifying(DisqualifyingCondition(rawValue: code)!) : .unsuitableSecretary(SecretaryUnsuitability(rawValue: code)!)
            context[row["member_id"]]?.findings.append(RecordedFinding(kind: kind, source: row["source"], detail: row["detail"]))
        }
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT member_id, fit, basis FROM nominee_health WHERE election_id = ?"), arguments: [election.id]) {
            context[row["member_id"]]?.health = HealthFinding(fit: row["fit"], basis: row["basis"])
        }
        for id in try Int64.fetchAll(try db.cachedStatement(sql: "SELECT member_id FROM secretary_assessment WHERE election_id = ?"), arguments: [election.id]) {
            context[id]?.secretaryAssessed = true
        }
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT member_id, effect_until FROM nominee_sanction WHERE election_id = ?"), arguments: [election.id]) {
            context[row["member_id"]]?.sanctionEffectUntil = row.civilDate("effect_until")
        }
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM nominee_decision WHERE election_id = ?"), arguments: [election.id]) {
            let both = row["township_by"] as Int64? != nil && row["county_by"] as Int64? != nil
            let either = row["township_by"] as Int64? != nil || row["county_by"] as Int64? != nil
            switch NomineeDecisionKind(rawValue: row["kind"])! {
            case .ageException: context[row["member_id"]]?.ageExceptionApproved = both
            case .sanctionException: context[row["member_id"]]?.sanctionExceptionApproved = both
            case .educationAcknowledged: context[row["member_id"]]?.educationAcknowledged = either
            }
        }
        return context
    }

    /// 四、职数配备 for the seats of an election, honouring the county's recorded approval to exceed the previous term.
    func seatCheck(_ db: Database, election: ElectionRef, seats: Seats) throws -> [SeatProblem] {
        let organization = try fetchOrganization(db, id: election.organizationID)
        let plan = try loadProcedure(db, electionID: election.id).localPlan
        let allowed = try Int.fetchOne(try db.cachedStatement(sql: "SELECT max(figure) FROM approval WHERE election_id = ? AND subject IN ('seatsAbovePreviousTerm', 'seatsAboveUsual')"), arguments: [election.id])
        return seatProblems(seats, level: organization.level, previousSize: organization.previousCommitteeSize,
                            exceedingApproved: (allowed ?? 0) >= seats.committee, plan: plan)
    }

    /// The problems of each stage's list (margin, eligibility per post, structure), entries in member order.
    func stageListProblems(_ db: Database, election: ElectionRef, lists: [ListStage: [Int64: Set<Post>]], context: [Int64: NomineeFacts],
                           seats: Seats, plan: LocalPlan) throws -> [ListStage: [ListProblem]] {
        let acknowledgements = try fetchAcknowledgements(db, electionID: election.id)
        let level = try fetchOrganization(db, id: election.organizationID).level
        var result: [ListStage: [ListProblem]] = [:]
        for (stage, entries) in lists {
            let listEntries = entries.compactMap { id, posts in context[id].map { ListEntry(nominee: $0, posts: posts) } }
                .sorted { $0.nominee.member.id! < $1.nominee.member.id! }
            result[stage] = listProblems(listEntries, seats: seats, on: election.congressDate, rules: election.ruleSet, plan: plan, level: level,
                                         acknowledged: acknowledgements[stage] ?? StructureAcknowledgements(), stage: stage)
        }
        return result
    }

    func fetchSeats(_ db: Database, electionID: Int64) throws -> Seats? {
        try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM seat_plan WHERE election_id = ?"), arguments: [electionID]).map {
            Seats(committee: $0["committee"], secretary: $0["secretary"], deputySecretary: $0["deputy_secretary"])
        }
    }

    func fetchLists(_ db: Database, electionID: Int64) throws -> [ListStage: [Int64: Set<Post>]] {
        var lists: [ListStage: [Int64: Set<Post>]] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT stage, member_id, posts FROM list_entry WHERE election_id = ?"), arguments: [electionID]) {
            lists[ListStage(rawValue: row["stage"])!, default: [:]][row["member_id"]] = decodePosts(row["posts"])
        }
        return lists
    }

    func fetchAcknowledgements(_ db: Database, electionID: Int64) throws -> [ListStage: StructureAcknowledgements] {
        var result: [ListStage: StructureAcknowledgements] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT stage, kind FROM structure_acknowledgement WHERE election_id = ?"), arguments: [electionID]) {
            let stage = ListStage(rawValue: row["stage"])!
            var ack = result[stage] ?? StructureAcknowledgements()
            if row["kind"] == "no_youth" { ack.noYouth = true } else { ack.noWoman = true }
            result[stage] = ack
        }
        return result
    }

    /// A record that is settled once a step is done cannot change afterwards.
    func refuseAfter(_ db: Database, election: ElectionRef, step key: StepKey, what subject: ClosedSubject) throws {
        if try isStepDone(db, election, key) {
            throw Refusal.stepClosed(step: election.step(key), subject: subject)
        }
    }

    /// Whether the step with this key is completed or skipped in the election.
    func isStepDone(_ db: Database, _ election: ElectionRef, _ key: StepKey) throws -> Bool {
        try stepDate(db, election, key) != nil
    }

    /// The date the step with this key was completed or skipped on (nil: not done): what a later act's date rests on.
    func stepDate(_ db: Database, _ election: ElectionRef, _ key: StepKey) throws -> CivilDate? {
        try String.fetchOne(try db.cachedStatement(sql: "SELECT happened_on FROM step_outcome WHERE election_id = ? AND step = ?"),
                            arguments: [election.id, election.step(key)]).flatMap { CivilDate(parsing: $0) }
    }

    /// Whether the committee vote has begun (a committee round exists, open or closed): the list no longer changes.
    func committeeVoteBegun(_ db: Database, _ election: ElectionRef) throws -> Bool {
        try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM voting_round WHERE election_id = ? AND kind = 'committee'"), arguments: [election.id]) == true
    }
}

func encodePosts(_ posts: Set<Post>) -> String { Post.allCases.filter(posts.contains).map(\.rawValue).joined(separator: ",") }

func decodePosts(_ text: String) -> Set<Post> { Set(text.split(separator: ",").compactMap { Post(rawValue: String($0)) }) }
