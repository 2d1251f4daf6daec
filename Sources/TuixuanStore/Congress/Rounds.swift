import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: Rounds

    /// Opens a round. committee: the approved list, all seats. runoff: the tied of the last round for the
    /// seats it left. further: the unelected in vote order, keeping the margin, for the seats still empty.
    /// secretary/deputy: by the new committee (indirect) or the congress (direct), from the nominees elected.
    public func openRound(by operatorName: String?, election reference: String, kind: RoundKind) throws -> RoundView {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township, .scrutineer])
            try refuseAfter(db, election: election, step: .voting, what: .voting)
            guard let method = try fetchMethod(db, electionID: election.id) else {
                throw Refusal.methodNotAdopted
            }
            if try hasOpenRound(db, electionID: election.id) {
                throw Refusal.roundStillOpen
            }
            let (plan, previous) = try roundSetUp(db, election: election, kind: kind, method: method)
            let (seats, candidates, body) = (plan.seats, plan.candidates, plan.body)
            // Rounds follow one another in time: none opened on a day before the last one.
            try refuseBefore(today, rests: try roundDays(db, electionID: election.id))
            if body == .congress {
                try refuseBeforeReconvening(db, election: election)
                // A figure changed between sittings is approved again before anyone votes on it.
                let roll = try voterRoll(db, election: election)
                if let approved = roll.approvedFigure, !roll.approvalIsCurrent {
                    throw Refusal.expectedAttendanceNotReapproved(approved: approved, now: roll.attendance.figure)
                }
            }
            let status = try quorum(db, election: election, body: body)
            guard status.quorate else {
                throw Refusal.noQuorum(present: status.present, expected: status.expected, needed: status.needed, comparison: status.comparison, body: body)
            }
            let number = (try Int.fetchOne(try db.cachedStatement(sql: "SELECT max(number) FROM voting_round WHERE election_id = ?"), arguments: [election.id]) ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO voting_round (election_id, number, kind, body, seats, candidates, expected, present, state, previous_round_id, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)
                """, arguments: [election.id, number, kind.rawValue, body, seats, jsonArray(candidates), status.expected, status.present, previous, timestamp])
            let roundID = db.lastInsertedRowID
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "round.opened", step: election.step(.voting), detail: [
                "round": String(number), "kind": kind.rawValue, "seats": String(seats), "candidates": candidates.joined(separator: ","),
                "present": String(status.present), "expected": String(status.expected),
            ])
            return try roundView(db, roundID: roundID)
        }
    }

    /// The facts `planRound` needs, and the round the new one follows (none for the committee vote).
    private func roundSetUp(_ db: Database, election: ElectionRef, kind: RoundKind, method: ElectionMethod) throws -> (RoundPlan, Int64?) {
        let (facts, lastID) = try planningFacts(db, election: election, method: method, needsBallot: kind == .committee)
        return (try planRound(kind, facts), kind == .committee ? nil : lastID)
    }

    /// Everything the round planning rules look at, and the last closed round's id.
    func planningFacts(_ db: Database, election: ElectionRef, method: ElectionMethod, needsBallot: Bool) throws -> (RoundPlanningFacts, Int64?) {
        let (lastID, lastClosed) = try lastClosedRound(db, electionID: election.id)
        let committeeVoteHeld = try Bool.fetchOne(try db.cachedStatement(sql: """
            SELECT 1 FROM voting_round WHERE election_id = ? AND kind IN ('committee', 'further', 'runoff') AND state = 'closed'
            """), arguments: [election.id]) == true
        // The ballot exists only once the list is approved: ask for it only when it is what the round votes on.
        let ballot = needsBallot && !committeeVoteHeld ? try ballotDesign(db, election: election) : nil
        let prospective = try fetchLists(db, electionID: election.id)[.prospective] ?? [:]
        let members = try fetchMembers(db, organizationID: election.organizationID)
        let barred = try barredNames(db, electionID: election.id)
        // A nominee a later finding excludes from the post (不宜继续担任书记, say) no longer stands for it; he keeps his seat.
        let context = try nomineeContext(db, election: election)
        let level = try fetchOrganization(db, id: election.organizationID).level
        func excluded(_ member: Member, from post: Post) -> Bool {
            guard let facts = context[member.id!] else { return false }
            return assessEligibility(facts, for: post, on: election.congressDate, rules: election.ruleSet, plan: election.procedure.localPlan, level: level,
                                     standingFor: prospective[member.id!]).contains { $0.effect == .excludes }
        }
        var nominees: [Post: [String]] = [:]
        for post in [Post.secretary, .deputySecretary] {
            nominees[post] = members.filter { (prospective[$0.id!] ?? []).contains(post) && !barred.contains($0.name) && !excluded($0, from: post) }.map(\.name)
        }
        var facts = RoundPlanningFacts(
            ballot: ballot, committeeVoteHeld: committeeVoteHeld, lastClosed: lastClosed,
            electedCommittee: try electedCommittee(db, electionID: election.id), committeeSeats: try committeeSeats(db, electionID: election.id),
            nominees: nominees, secretaryMode: method.secretaryMode, margin: election.ruleSet.differentialMargin)
        facts.deputySeats = try fetchSeats(db, electionID: election.id)?.deputySecretary ?? 0
        facts.postVotes = try postVotes(db, electionID: election.id)
        facts.lastClosedKind = try RoundKind.fetchOne(try db.cachedStatement(sql: "SELECT kind FROM voting_round WHERE election_id = ? AND state = 'closed' ORDER BY number DESC LIMIT 1"),
                                                      arguments: [election.id])
        facts.furtherRoundLimit = method.furtherRoundLimit
        facts.barred = barred
        facts.lastClosedCommitteeRound = try lastClosedRound(db, electionID: election.id, committeeKinds: true).round
        let organization = try fetchOrganization(db, id: election.organizationID)
        facts.seatsReducible = seatReductionRefusal(
            seats: try fetchSeats(db, electionID: election.id)?.committee, reducedTo: try seatReduction(db, electionID: election.id)?.seatsTo,
            elected: facts.electedCommittee.count, minimum: election.procedure.localPlan.committeeSeats[organization.level.rawValue]?.min ?? 1,
            level: organization.level, present: 1, votesFor: 1) == nil
        // The method's limit is per sitting: after adjourning and reporting to the township, the next sitting may hold them again.
        facts.furtherRoundsHeld = try Int.fetchOne(try db.cachedStatement(sql: """
            SELECT count(*) FROM voting_round WHERE election_id = ? AND kind = 'further' AND state = 'closed'
            AND number > coalesce((SELECT max(rounds_before) FROM congress_adjournment WHERE election_id = ?), 0)
            """), arguments: [election.id, election.id])!
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT p.post, m.name, p.votes_before FROM nominee_proposal p JOIN member m ON m.id = p.member_id WHERE p.election_id = ? ORDER BY p.id
            """), arguments: [election.id]) {
            let post = Post(rawValue: row["post"])!
            facts.proposals[post, default: []].append(row["name"])
            facts.proposalVoteCounts[post] = row["votes_before"]
        }
        return (facts, lastID)
    }

    /// The last closed round's id, and its count and outcome.
    /// With `committeeKinds`, the last closed committee or further round (a run-off's count holds only the tied).
    func lastClosedRound(_ db: Database, electionID: Int64, committeeKinds: Bool = false) throws -> (id: Int64?, round: ClosedRound?) {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT r.id, res.count, res.outcome FROM voting_round r LEFT JOIN round_result res ON res.round_id = r.id
            WHERE r.election_id = ? AND r.state = 'closed' AND (? = 0 OR r.kind IN ('committee', 'further')) ORDER BY r.number DESC LIMIT 1
            """), arguments: [electionID, committeeKinds]) else { return (nil, nil) }
        guard let countJSON: String = row["count"], let outcomeJSON: String = row["outcome"] else { return (row["id"], nil) }
        return (row["id"], ClosedRound(count: try JSONDecoder().decode(RoundCount.self, from: Data(countJSON.utf8)),
                                       outcome: try JSONDecoder().decode(RoundOutcome.self, from: Data(outcomeJSON.utf8))))
    }

    /// The closed votes for the secretary and the deputy, in order: whom each voted on and elected.
    func postVotes(_ db: Database, electionID: Int64) throws -> [Post: [PostVote]] {
        var votes: [Post: [PostVote]] = [:]
        let void = try revokedNames(db, electionID: electionID)[.void] ?? []
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT r.kind, r.candidates, res.outcome FROM voting_round r JOIN round_result res ON res.round_id = r.id
            WHERE r.election_id = ? AND r.kind IN ('secretary', 'deputy') AND r.state = 'closed' ORDER BY r.number
            """), arguments: [electionID]) {
            guard let post = (row["kind"] as RoundKind).post else { continue }
            let outcome = try JSONDecoder().decode(RoundOutcome.self, from: Data((row["outcome"] as String).utf8))
            let candidates = try JSONDecoder().decode([String].self, from: Data((row["candidates"] as String).utf8))
            // A post won by someone whose election was declared void is open again.
            votes[post, default: []].append(PostVote(candidates: candidates, elected: outcome.elected.first.flatMap { void.contains($0) ? nil : $0 }))
        }
        return votes
    }

    /// 另提人选: the township proposes a nominee for the secretary (or a community's deputy) from the
    /// committee just elected, when the approved nominee was not elected to it or the post's vote
    /// elected no one; the county is told (the date is recorded) and the post's vote is held again.
    public func proposeNominee(by operatorName: String?, election reference: String, post: Post, member memberReference: String,
                               reason: String, countyToldOn: CivilDate) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .voting, what: .voting)
            guard post != .member else { throw Refusal.postNotProposed(post) }
            guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw Refusal.detailRequired(.proposalReason) }
            try checkDates([countyToldOn])
            guard let method = try fetchMethod(db, electionID: election.id) else { throw Refusal.methodNotAdopted }
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            let (facts, _) = try planningFacts(db, election: election, method: method, needsBallot: false)
            if let refusal = nomineeProposalRefusal(post: post, member: member.name, facts) { throw refusal }
            let votesBefore = facts.postVotes[post]?.count ?? 0
            try db.execute(sql: """
                INSERT INTO nominee_proposal (election_id, post, member_id, reason, county_told_on, votes_before, proposed_by, proposed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, post.rawValue, member.id, reason, countyToldOn.description, votesBefore, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "nominee.proposed",
                            step: election.step(.voting), detail: [
                                "post": post.rawValue, "member": member.name, "reason": reason, "county_told_on": countyToldOn.description,
                            ])
        }
    }

    /// The congress's vote to reduce the seats, if it was taken.
    func seatReduction(_ db: Database, electionID: Int64) throws -> SeatReduction? {
        try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM seat_reduction WHERE election_id = ?"), arguments: [electionID]).map {
            SeatReduction(seatsFrom: $0["seats_from"], seatsTo: $0["seats_to"], votesFor: $0["votes_for"], present: $0["present"],
                          decidedOn: $0.civilDate("decided_on")!)
        }
    }

    /// The committee members elected so far, across committee, further and run-off rounds.
    /// The members elected to the committee so far, in the order they were elected, without those whose
    /// election was declared void.
    func electedCommittee(_ db: Database, electionID: Int64) throws -> [String] {
        let void = try revokedNames(db, electionID: electionID)[.void] ?? []
        var elected: [String] = []
        for json in try String.fetchAll(try db.cachedStatement(sql: """
            SELECT res.outcome FROM round_result res JOIN voting_round r ON r.id = res.round_id
            WHERE r.election_id = ? AND r.kind IN ('committee', 'further', 'runoff') AND r.state = 'closed' AND res.outcome IS NOT NULL ORDER BY r.number
            """), arguments: [electionID]) {
            elected += try JSONDecoder().decode(RoundOutcome.self, from: Data(json.utf8)).elected
        }
        return elected.filter { !void.contains($0) }
    }

    /// The members elected to the committee, each name resolved to its member: the candidate of the approved
    /// list with that name, else the roll's only member with it (a write-in is elected only when the name
    /// names one member). Two members sharing a name are never confused.
    func electedCommitteeMembers(_ db: Database, election: ElectionRef) throws -> [(name: String, memberID: Int64)] {
        let members = try fetchMembers(db, organizationID: election.organizationID)
        let prospective = try fetchLists(db, electionID: election.id)[.prospective] ?? [:]
        return try electedCommittee(db, electionID: election.id).compactMap { name in
            let namesakes = members.filter { $0.name == name }
            let member = namesakes.first { prospective[$0.id!] != nil } ?? (namesakes.count == 1 ? namesakes[0] : nil)
            return member.map { (name, $0.id!) }
        }
    }

    func ballotDesign(_ db: Database, election: ElectionRef) throws -> BallotDesign {
        guard try isStepDone(db, election, .listApproval) else {
            throw Refusal.listNotApproved(step: election.step(.listApproval))
        }
        let organization = try fetchOrganization(db, id: election.organizationID)
        guard let seats = try fetchSeats(db, electionID: election.id) else { throw Refusal.seatsNotSet }
        let ids = Set((try fetchLists(db, electionID: election.id)[.prospective] ?? [:]).filter { $0.value.contains(.member) }.keys)
        // A candidacy cancelled after the approval (取消候选人资格) leaves the ballot.
        let revoked = try barredNames(db, electionID: election.id)
        let names = try fetchMembers(db, organizationID: election.organizationID).filter { ids.contains($0.id!) && !revoked.contains($0.name) }.map(\.name)
        return committeeBallot(organizationName: organization.name, seats: seats.committee, candidates: names)
    }

    func fetchRound(_ db: Database, election: ElectionRef, number: Int?) throws -> RoundRecord {
        let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT id, number, kind, seats, candidates, state FROM voting_round WHERE election_id = ? AND (? IS NULL OR number = ?) ORDER BY number DESC LIMIT 1
            """), arguments: [election.id, number, number])
        guard let row else { throw Refusal.roundUnknown(number) }
        let candidates = try JSONDecoder().decode([String].self, from: Data((row["candidates"] as String).utf8))
        return RoundRecord(id: row["id"], number: row["number"], kind: row["kind"], seats: row["seats"], candidates: candidates, state: row["state"])
    }


    public func rounds(election reference: String) throws -> [RoundView] {
        try writer.read { db in try rounds(db, electionID: try resolveElection(db, reference).id) }
    }

    func rounds(_ db: Database, electionID: Int64) throws -> [RoundView] {
        try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM voting_round WHERE election_id = ? ORDER BY number"), arguments: [electionID]).map { try roundView(db, roundID: $0) }
    }

    /// 计票结果报告单: every round and the officers, in one read, for every report format.
    public func countReport(election reference: String) throws -> CountReport {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            let title = try String.fetchOne(try db.cachedStatement(sql: "SELECT title FROM election WHERE id = ?"), arguments: [election.id])!
            var report = CountReport(title: title, rounds: try rounds(db, electionID: election.id), officers: try officers(db, electionID: election.id),
                                     seatReduction: try seatReduction(db, electionID: election.id), adjournments: try adjournments(db, electionID: election.id),
                                     next: try congressNext(db, election: election))
            report.revocations = try revocations(db, electionID: election.id)
            return report
        }
    }

    func roundView(_ db: Database, roundID: Int64) throws -> RoundView {
        let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT r.*, res.count, res.outcome, res.base, res.base_kind,
                   (SELECT count(*) FROM ballot_entry WHERE round_id = r.id AND entry = 'A') AS entered_a,
                   (SELECT count(*) FROM ballot_entry WHERE round_id = r.id AND entry = 'B') AS entered_b
            FROM voting_round r LEFT JOIN round_result res ON res.round_id = r.id WHERE r.id = ?
            """), arguments: [roundID])!
        let decoder = JSONDecoder()
        return RoundView(
            id: row["id"], number: row["number"], kind: row["kind"], body: row["body"], seats: row["seats"],
            candidates: try decoder.decode([String].self, from: Data((row["candidates"] as String).utf8)),
            expected: row["expected"], present: row["present"], issued: row["issued"], returned: row["returned"], state: row["state"],
            enteredA: row["entered_a"], enteredB: row["entered_b"],
            count: try (row["count"] as String?).map { try decoder.decode(RoundCount.self, from: Data($0.utf8)) },
            outcome: try (row["outcome"] as String?).map { try decoder.decode(RoundOutcome.self, from: Data($0.utf8)) },
            base: row["base"], baseKind: row["base_kind"])
    }
}
