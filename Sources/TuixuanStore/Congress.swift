import Foundation
import GRDB
import TuixuanCore

/// 选举办法 as adopted.
public struct ElectionMethod: Sendable, Hashable, Codable {
    public var thresholdBase: RuleSet.ThresholdRule.Base
    public var quorumComparison: RuleSet.QuorumRule.Comparison
    public var secretaryMode: SecretaryMode
    public var adoptedOn: CivilDate

    public typealias SecretaryMode = TuixuanCore.SecretaryMode
}

/// 到会情况 of a body (the congress, or the new committee's first plenary).
public struct QuorumStatus: Sendable, Codable {
    public var body: VotingBody
    public var expected: Int
    public var present: Int
    public var quorate: Bool
    public var comparison: RuleSet.QuorumRule.Comparison
    /// The fewest present for a quorum.
    public var needed: Int
}

/// A round's row as the acts need it.
struct RoundRecord {
    var id: Int64
    var number: Int
    var seats: Int
    var candidates: [String]
    var state: RoundState
}

extension AppDatabase {
    // MARK: Set-up (steps 20–24)

    /// 通过选举办法: the threshold base and quorum comparison (defaults from the rule set) and the secretary mode.
    public func adoptMethod(by operatorName: String?, election reference: String, thresholdBase: RuleSet.ThresholdRule.Base?,
                            quorumComparison: RuleSet.QuorumRule.Comparison?, secretaryMode: ElectionMethod.SecretaryMode, adoptedOn: CivilDate) throws -> ElectionMethod {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseAfter(db, election: election, step: .congressResumes, what: .electionMethod)
            try checkDates([adoptedOn])
            let method = ElectionMethod(thresholdBase: thresholdBase ?? election.ruleSet.electionThreshold.base,
                                        quorumComparison: quorumComparison ?? election.ruleSet.quorum.comparison,
                                        secretaryMode: secretaryMode, adoptedOn: adoptedOn)
            try db.execute(sql: """
                INSERT OR REPLACE INTO election_method (election_id, threshold_base, quorum_comparison, secretary_mode, adopted_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, method.thresholdBase.rawValue, method.quorumComparison.rawValue, method.secretaryMode.rawValue,
                                 adoptedOn.description, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "method.adopted", step: election.step(.congressResumes), detail: [
                "threshold_base": method.thresholdBase.rawValue, "quorum": method.quorumComparison.rawValue, "secretary_mode": method.secretaryMode.rawValue,
            ])
            return method
        }
    }

    /// 监票人、计票人: scrutineers (one chief) are members with a vote who are not candidates; tellers are designated.
    public func appointOfficers(by operatorName: String?, election reference: String, chief: String, scrutineers: [String], tellers: [String]) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseAfter(db, election: election, step: .congressResumes, what: .officers)
            let candidates = Set((try fetchLists(db, electionID: election.id)[.prospective] ?? [:]).keys)
            var seen: Set<Int64> = []
            var rows: [(Member, OfficerDuty)] = []
            for (reference, duty) in [(chief, OfficerDuty.chiefScrutineer)] + scrutineers.map({ ($0, .scrutineer) }) + tellers.map({ ($0, .teller) }) {
                let member = try resolveMember(db, organizationID: election.organizationID, reference)
                guard seen.insert(member.id!).inserted else {
                    throw Refusal.namedTwice(member: member.name)
                }
                if let refusal = officerRefusal(member: member.name, duty: duty, isCandidate: candidates.contains(member.id!),
                                                noVote: votingRight(of: member, on: election.congressDate, under: election.ruleSet)) {
                    throw refusal
                }
                rows.append((member, duty))
            }
            try db.execute(sql: "DELETE FROM congress_officer WHERE election_id = ?", arguments: [election.id])
            for (member, duty) in rows {
                try db.execute(sql: "INSERT INTO congress_officer (election_id, member_id, duty) VALUES (?, ?, ?)", arguments: [election.id, member.id, duty])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "officers.appointed", step: election.step(.congressResumes),
                            detail: ["officers": rows.map { "\($0.0.name):\($0.1)" }.joined(separator: ",")])
        }
    }

    public func officers(election reference: String) throws -> [CountReport.Officer] {
        try writer.read { db in try officers(db, electionID: try resolveElection(db, reference).id) }
    }

    func officers(_ db: Database, electionID: Int64) throws -> [CountReport.Officer] {
        try Row.fetchAll(db, sql: """
            SELECT m.name, o.duty FROM congress_officer o JOIN member m ON m.id = o.member_id WHERE o.election_id = ?
            ORDER BY CASE o.duty WHEN 'chief_scrutineer' THEN 0 WHEN 'scrutineer' THEN 1 ELSE 2 END, m.name
            """, arguments: [electionID]).map { CountReport.Officer(name: $0["name"], duty: $0["duty"]) }
    }

    // MARK: Attendance and quorum

    /// 签到: members present in person (no proxies). At the congress: members with a vote counted in
    /// the expected attendance; at the committee's plenary: members of the new committee.
    public func checkIn(by operatorName: String?, election reference: String, body: VotingBody = .congress, members: [String]) throws -> QuorumStatus {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township, .teller, .scrutineer])
            let eligible = try bodyMembers(db, election: election, body: body)
            for reference in members {
                let member = try resolveMember(db, organizationID: election.organizationID, reference)
                guard eligible.contains(member.id!) else {
                    throw Refusal.notExpected(member: member.name, body: body)
                }
                try db.execute(sql: "INSERT OR IGNORE INTO attendance (election_id, body, member_id) VALUES (?, ?, ?)", arguments: [election.id, body, member.id])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "attendance.checked_in",
                            detail: ["body": body.rawValue, "count": String(members.count)])
            return try quorum(db, election: election, body: body)
        }
    }

    public func quorum(election reference: String, body: VotingBody = .congress) throws -> QuorumStatus {
        try writer.read { db in try quorum(db, election: try resolveElection(db, reference), body: body) }
    }

    func quorum(_ db: Database, election: ElectionRef, body: VotingBody) throws -> QuorumStatus {
        let expected = try bodyMembers(db, election: election, body: body).count
        let present = try Int.fetchOne(db, sql: "SELECT count(*) FROM attendance WHERE election_id = ? AND body = ?", arguments: [election.id, body])!
        var rule = election.ruleSet.quorum
        if let method = try fetchMethod(db, electionID: election.id) { rule.comparison = method.quorumComparison }
        let needed = minimumPresent(expected: expected, rule: rule)
        return QuorumStatus(body: body, expected: expected, present: present, quorate: isQuorate(present: present, expected: expected, rule: rule),
                            comparison: rule.comparison, needed: needed)
    }

    /// Who is expected: at the congress, the voters counted in the approved expected attendance; at
    /// the committee's plenary, the members elected to the committee.
    func bodyMembers(_ db: Database, election: ElectionRef, body: VotingBody) throws -> Set<Int64> {
        if body == .committee {
            let names = try electedCommittee(db, electionID: election.id)
            return Set(try fetchMembers(db, organizationID: election.organizationID).filter { names.contains($0.name) }.map { $0.id! })
        }
        let roll = try voterRoll(db, election: election)
        return Set(roll.attendance.voterIDs).subtracting(roll.attendance.excludedIDs)
    }

    /// Whether a round of this election has been opened and not yet declared.
    func hasOpenRound(_ db: Database, electionID: Int64) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM voting_round WHERE election_id = ? AND state = 'open'", arguments: [electionID]) == true
    }

    func fetchMethod(_ db: Database, electionID: Int64) throws -> ElectionMethod? {
        try Row.fetchOne(db, sql: "SELECT * FROM election_method WHERE election_id = ?", arguments: [electionID]).map {
            ElectionMethod(thresholdBase: .init(rawValue: $0["threshold_base"])!, quorumComparison: .init(rawValue: $0["quorum_comparison"])!,
                           secretaryMode: .init(rawValue: $0["secretary_mode"])!, adoptedOn: $0.civilDate("adopted_on")!)
        }
    }

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
            let status = try quorum(db, election: election, body: body)
            guard status.quorate else {
                throw Refusal.noQuorum(present: status.present, expected: status.expected, needed: status.needed, comparison: status.comparison)
            }
            let number = (try Int.fetchOne(db, sql: "SELECT max(number) FROM voting_round WHERE election_id = ?", arguments: [election.id]) ?? 0) + 1
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
        let last = try Row.fetchOne(db, sql: """
            SELECT r.id, res.count, res.outcome FROM voting_round r LEFT JOIN round_result res ON res.round_id = r.id
            WHERE r.election_id = ? AND r.state = 'closed' ORDER BY r.number DESC LIMIT 1
            """, arguments: [election.id])
        let committeeVoteHeld = try Bool.fetchOne(db, sql: """
            SELECT 1 FROM voting_round WHERE election_id = ? AND kind IN ('committee', 'further', 'runoff') AND state = 'closed'
            """, arguments: [election.id]) == true
        // The ballot exists only once the list is approved: ask for it only when it is what the round votes on.
        let ballot = kind == .committee && !committeeVoteHeld ? try ballotDesign(db, election: election) : nil
        var lastClosed: (count: RoundCount, outcome: RoundOutcome)?
        if let countJSON: String = last?["count"], let outcomeJSON: String = last?["outcome"] {
            lastClosed = (try JSONDecoder().decode(RoundCount.self, from: Data(countJSON.utf8)),
                          try JSONDecoder().decode(RoundOutcome.self, from: Data(outcomeJSON.utf8)))
        }
        let prospective = try fetchLists(db, electionID: election.id)[.prospective] ?? [:]
        let members = try fetchMembers(db, organizationID: election.organizationID)
        var nominees: [Post: [String]] = [:]
        for post in [Post.secretary, .deputySecretary] {
            nominees[post] = members.filter { (prospective[$0.id!] ?? []).contains(post) }.map(\.name)
        }
        let facts = RoundPlanningFacts(
            ballot: ballot.map { ($0.seats, $0.candidates) }, committeeVoteHeld: committeeVoteHeld, lastClosed: lastClosed,
            electedCommittee: try electedCommittee(db, electionID: election.id), committeeSeats: try committeeSeats(db, electionID: election.id),
            nominees: nominees, secretaryMode: method.secretaryMode, margin: election.ruleSet.differentialMargin)
        return (try planRound(kind, facts), kind == .committee ? nil : last?["id"])
    }

    /// The committee members elected so far, across committee, further and run-off rounds.
    func electedCommittee(_ db: Database, electionID: Int64) throws -> [String] {
        var elected: [String] = []
        for json in try String.fetchAll(db, sql: """
            SELECT res.outcome FROM round_result res JOIN voting_round r ON r.id = res.round_id
            WHERE r.election_id = ? AND r.kind IN ('committee', 'further', 'runoff') AND r.state = 'closed' AND res.outcome IS NOT NULL ORDER BY r.number
            """, arguments: [electionID]) {
            elected += try JSONDecoder().decode(RoundOutcome.self, from: Data(json.utf8)).elected
        }
        return elected
    }

    func ballotDesign(_ db: Database, election: ElectionRef) throws -> BallotDesign {
        guard try isStepDone(db, election, .listApproval) else {
            throw Refusal.listNotApproved(step: election.step(.listApproval))
        }
        let organization = try fetchOrganization(db, id: election.organizationID)
        let seats = try fetchSeats(db, electionID: election.id)!
        let ids = Set((try fetchLists(db, electionID: election.id)[.prospective] ?? [:]).filter { $0.value.contains(.member) }.keys)
        let names = try fetchMembers(db, organizationID: election.organizationID).filter { ids.contains($0.id!) }.map(\.name)
        return committeeBallot(organizationName: organization.name, seats: seats.committee, candidates: names)
    }

    func fetchRound(_ db: Database, election: ElectionRef, number: Int?) throws -> RoundRecord {
        let row = try Row.fetchOne(db, sql: """
            SELECT id, number, seats, candidates, state FROM voting_round WHERE election_id = ? AND (? IS NULL OR number = ?) ORDER BY number DESC LIMIT 1
            """, arguments: [election.id, number, number])
        guard let row else { throw Refusal.roundUnknown(number) }
        let candidates = try JSONDecoder().decode([String].self, from: Data((row["candidates"] as String).utf8))
        return RoundRecord(id: row["id"], number: row["number"], seats: row["seats"], candidates: candidates, state: row["state"])
    }

    // MARK: Entering ballots, twice

    /// Adds one ballot at the end of a teller's entry (saved at once: a crash loses at most the ballot being typed).
    public func enterBallot(by operatorName: String?, election reference: String, round number: Int?, entry: EntrySide, ballot: BallotEntry) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.teller])
            let round = try fetchRound(db, election: election, number: number)
            try checkBallotShape(ballot, round.candidates.count, round.seats, round.state)
            try checkIndependentTeller(db, roundID: round.id, entry: entry, actor: actor)
            let position = (try Int.fetchOne(db, sql: "SELECT max(position) FROM ballot_entry WHERE round_id = ? AND entry = ?", arguments: [round.id, entry]) ?? 0) + 1
            try insertBallotEntry(db, roundID: round.id, entry: entry, position: position, ballot: try storedBallot(ballot), by: actor.id)
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "ballot.entered", step: election.step(.voting),
                            detail: ["round": String(round.number), "entry": entry.rawValue, "position": String(position)])
            return position
        }
    }

    /// Removes the last ballot of a teller's entry (undo).
    public func undoLastBallot(by operatorName: String?, election reference: String, round number: Int?, entry: EntrySide) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.teller])
            let round = try fetchRound(db, election: election, number: number)
            guard let last = try Int.fetchOne(db, sql: "SELECT max(position) FROM ballot_entry WHERE round_id = ? AND entry = ?", arguments: [round.id, entry]) else {
                throw Refusal.noBallotEntered
            }
            try db.execute(sql: "DELETE FROM ballot_entry WHERE round_id = ? AND entry = ? AND position = ?", arguments: [round.id, entry, last])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "ballot.undone", step: election.step(.voting),
                            detail: ["round": String(round.number), "entry": entry.rawValue, "position": String(last)])
            return last - 1
        }
    }

    /// Replaces a teller's whole entry with ballots read from the template CSV (all or nothing).
    public func importEntry(by operatorName: String?, election reference: String, round number: Int?, entry: EntrySide, ballots: [BallotEntry],
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws {
        try importEntry(by: operatorName, election: reference, round: number, entry: entry) { emit in
            for (index, ballot) in ballots.enumerated() {
                try emit(ballot)
                if (index + 1) % 500 == 0 || index + 1 == ballots.count { progress?(index + 1, ballots.count) }
            }
        }
    }

    /// Replaces a teller's whole entry with the ballots `read` hands to its argument, one at a time,
    /// as it reads them (a sheet of any length is never held whole). All or nothing: if `read` throws
    /// (a bad row found at the end of the file, say), nothing of the entry's replacement is kept.
    public func importEntry(by operatorName: String?, election reference: String, round number: Int?, entry: EntrySide,
                            read: ((BallotEntry) throws -> Void) throws -> Void) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.teller])
            let round = try fetchRound(db, election: election, number: number)
            try checkIndependentTeller(db, roundID: round.id, entry: entry, actor: actor)
            guard round.state == .open else { throw Refusal.roundClosed }
            try db.execute(sql: "DELETE FROM ballot_entry WHERE round_id = ? AND entry = ?", arguments: [round.id, entry])
            var count = 0
            try read { ballot in
                try checkBallotShape(ballot, round.candidates.count, round.seats, round.state)
                count += 1
                try insertBallotEntry(db, roundID: round.id, entry: entry, position: count, ballot: try storedBallot(ballot), by: actor.id)
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "ballots.entered", step: election.step(.voting),
                            detail: ["round": String(round.number), "entry": entry.rawValue, "ballots": String(count)])
        }
    }

    /// Two tellers enter the same stack independently: whoever entered one entry may not enter the other.
    private func checkIndependentTeller(_ db: Database, roundID: Int64, entry: EntrySide, actor: Operator) throws {
        let other = entry.other
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM ballot_entry WHERE round_id = ? AND entry = ? AND entered_by = ?", arguments: [roundID, other, actor.id]) == true {
            throw Refusal.sameTellerBothEntries(teller: actor.name, otherEntry: other.rawValue)
        }
    }

    private func checkBallotShape(_ ballot: BallotEntry, _ candidates: Int, _ seats: Int, _ state: RoundState) throws {
        guard state == .open else { throw Refusal.roundClosed }
        guard ballot.marks.count == candidates, ballot.writeIns.count <= seats else {
            throw Refusal.ballotShape(candidates: candidates, seats: seats)
        }
    }

    /// One ballot of a teller's entry, as stored.
    func insertBallotEntry(_ db: Database, roundID: Int64, entry: EntrySide, position: Int, ballot: String, by operatorID: Int64) throws {
        try db.cachedStatement(sql: "INSERT INTO ballot_entry (round_id, entry, position, ballot, entered_by) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [roundID, entry, position, ballot, operatorID])
    }

    /// Closes a counted round: the counted stack (stored ballots), its result, and the ballots issued and returned.
    func writeCount(_ db: Database, roundID: Int64, stack: [String], count: RoundCount, outcome: RoundOutcome, base: Int, baseKind: String,
                    issued: Int, returned: Int) throws {
        let insertCounted = try db.cachedStatement(sql: "INSERT INTO counted_ballot (round_id, position, ballot) VALUES (?, ?, ?)")
        for (index, ballot) in stack.enumerated() {
            try insertCounted.execute(arguments: [roundID, index + 1, ballot])
        }
        try db.execute(sql: "INSERT INTO round_result (round_id, count, outcome, base, base_kind) VALUES (?, ?, ?, ?, ?)",
                       arguments: [roundID, try encodeJSON(count), try encodeJSON(outcome), base, baseKind])
        try db.execute(sql: "UPDATE voting_round SET issued = ?, returned = ?, state = 'closed', closed_at = ? WHERE id = ?",
                       arguments: [issued, returned, timestamp, roundID])
    }

    func entries(_ db: Database, roundID: Int64) throws -> (a: [BallotEntry], b: [BallotEntry]) {
        (try ballots(db, roundID: roundID, entry: .A), try ballots(db, roundID: roundID, entry: .B))
    }

    /// One teller's entry, in the order entered.
    func ballots(_ db: Database, roundID: Int64, entry: EntrySide) throws -> [BallotEntry] {
        var result: [BallotEntry] = []
        try forEachBallot(db, roundID: roundID, entry: entry) { result.append($0) }
        return result
    }

    /// Hands each ballot of a teller's entry to `body`, in the order entered, one at a time. Equal
    /// ballots share one decoded copy (a stack of a million holds a few hundred distinct ones), so
    /// decoding is done once per distinct ballot and two long entries held together fit in little memory.
    func forEachBallot(_ db: Database, roundID: Int64, entry: EntrySide, _ body: (BallotEntry) throws -> Void) throws {
        let decoder = JSONDecoder()
        var distinct: [String: BallotEntry] = [:]
        let stored = try String.fetchCursor(db, sql: "SELECT ballot FROM ballot_entry WHERE round_id = ? AND entry = ? ORDER BY position",
                                            arguments: [roundID, entry])
        while let text = try stored.next() {
            if let known = distinct[text] {
                try body(known)
                continue
            }
            let ballot = try decodeBallot(text, decoder)
            if distinct.count < 100_000 { distinct[text] = ballot }
            try body(ballot)
        }
    }

    /// The tally of one teller's entry as it stands (唱票核对), not the round's result.
    public func entryCount(election reference: String, round number: Int?, entry: EntrySide) throws -> RoundCount {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            let round = try fetchRound(db, election: election, number: number)
            // One ballot at a time: an entry of any length is counted without being held.
            var tally = RoundTally(candidates: round.candidates, seats: round.seats)
            try forEachBallot(db, roundID: round.id, entry: entry) { tally.add($0) }
            return tally.count
        }
    }

    // MARK: Reconciliation, rulings, closing

    /// The aligned entries of a round, with the scrutineers' decisions so far.
    public func reconciliation(election reference: String, round number: Int?) throws -> (places: [AlignedPlace], decisions: [String: BallotEntry?]) {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            let round = try fetchRound(db, election: election, number: number)
            let (a, b) = try entries(db, roundID: round.id)
            return (align(a, b), try decisions(db, roundID: round.id))
        }
    }

    func decisions(_ db: Database, roundID: Int64) throws -> [String: BallotEntry?] {
        var result: [String: BallotEntry?] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT place, ballot FROM reconciliation WHERE round_id = ?", arguments: [roundID]) {
            let ballot: BallotEntry? = try (row["ballot"] as String?).map { try decodeBallot($0) }
            result[row["place"]] = .some(ballot)
        }
        return result
    }

    /// 监票人裁定: the scrutineers' decision on one place, after re-reading the paper ballot (nil: no ballot there).
    public func decidePlace(by operatorName: String?, election reference: String, round number: Int?, place: String, ballot: BallotEntry?, note: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.scrutineer])
            let round = try fetchRound(db, election: election, number: number)
            guard round.state == .open else { throw Refusal.roundClosed }
            let (a, b) = try entries(db, roundID: round.id)
            guard align(a, b).contains(where: { $0.key == place }) else {
                throw Refusal.placeUnknown(place)
            }
            if let ballot { try checkBallotShape(ballot, round.candidates.count, round.seats, round.state) }
            guard !note.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Refusal.detailRequired(.rulingNote)
            }
            try db.execute(sql: "INSERT OR REPLACE INTO reconciliation (round_id, place, ballot, note, decided_by) VALUES (?, ?, ?, ?, ?)",
                           arguments: [round.id, place, try ballot.map(encodeJSON), note, actor.id])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "ballot.ruled", step: election.step(.voting),
                            detail: ["round": String(round.number), "place": place, "note": note])
        }
    }

    /// Closes a round: the chief scrutineer declares ballots issued and returned. More returned than
    /// issued voids the round (kept, to be held again). Otherwise the reconciled stack is counted and
    /// decided by the adopted method's threshold base.
    public func closeRound(by operatorName: String?, election reference: String, round number: Int?, issued: Int, returned: Int) throws -> RoundView {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.scrutineer])
            guard try Bool.fetchOne(db, sql: """
                SELECT 1 FROM congress_officer o JOIN member m ON m.id = o.member_id WHERE o.election_id = ? AND o.duty = 'chief_scrutineer' AND m.name = ?
                """, arguments: [election.id, actor.name]) == true else {
                throw Refusal.chiefScrutineerDeclares
            }
            let round = try fetchRound(db, election: election, number: number)
            guard round.state == .open else { throw Refusal.roundClosed }
            let row = try Row.fetchOne(db, sql: "SELECT * FROM voting_round WHERE id = ?", arguments: [round.id])!
            let present: Int = row["present"], expected: Int = row["expected"]
            guard issued <= present else {
                throw Refusal.issuedExceedsPresent(issued: issued, present: present)
            }
            if isRoundVoid(issued: issued, returned: returned) {
                try db.execute(sql: "UPDATE voting_round SET issued = ?, returned = ?, state = 'void', closed_at = ? WHERE id = ?",
                               arguments: [issued, returned, timestamp, round.id])
                try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "round.void", step: election.step(.voting),
                                detail: ["round": String(round.number), "issued": String(issued), "returned": String(returned)])
                return try roundView(db, roundID: round.id)
            }
            let method = try fetchMethod(db, electionID: election.id)!
            var stack: [BallotEntry] = []
            let count: RoundCount
            if let sheet = try String.fetchOne(db, sql: "SELECT count FROM tally_sheet WHERE round_id = ?", arguments: [round.id]) {
                count = try JSONDecoder().decode(RoundCount.self, from: Data(sheet.utf8))
                guard count.returned == returned else {
                    throw Refusal.handCountReturnedDiffers(sheet: count.returned, declared: returned)
                }
            } else {
                let (a, b) = try entries(db, roundID: round.id)
                switch countedStack(align(a, b), decisions: try decisions(db, roundID: round.id)) {
                case .success(let ballots): stack = ballots
                case .failure(let undecided):
                    throw Refusal.placesUndecided(undecided.keys)
                }
                guard stack.count == returned else {
                    throw Refusal.stackDiffersFromReturned(stack: stack.count, returned: returned)
                }
                count = countRound(stack, candidates: round.candidates, seats: round.seats)
            }
            let base = thresholdBase(expected: expected, present: present, base: method.thresholdBase)
            let members = Dictionary(grouping: try fetchMembers(db, organizationID: election.organizationID), by: \.name)
            let outcome = decideRound(count, seats: round.seats, base: base) { name in
                guard let found = members[name], found.count == 1 else { return false }
                return votingRight(of: found[0], on: election.congressDate, under: election.ruleSet) == nil
            }
            try writeCount(db, roundID: round.id, stack: stack.map(storedBallot), count: count, outcome: outcome, base: base,
                           baseKind: method.thresholdBase.rawValue, issued: issued, returned: returned)
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "round.closed", step: election.step(.voting), detail: [
                "round": String(round.number), "issued": String(issued), "returned": String(returned), "valid": String(count.valid),
                "elected": outcome.elected.joined(separator: ","), "tied": outcome.tiedAtCutoff.joined(separator: ","), "shortfall": String(outcome.shortfall),
            ])
            return try roundView(db, roundID: round.id)
        }
    }

    public func rounds(election reference: String) throws -> [RoundView] {
        try writer.read { db in try rounds(db, electionID: try resolveElection(db, reference).id) }
    }

    func rounds(_ db: Database, electionID: Int64) throws -> [RoundView] {
        try Int64.fetchAll(db, sql: "SELECT id FROM voting_round WHERE election_id = ? ORDER BY number", arguments: [electionID]).map { try roundView(db, roundID: $0) }
    }

    /// 计票结果报告单: every round and the officers, in one read, for every report format.
    public func countReport(election reference: String) throws -> CountReport {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            let title = try String.fetchOne(db, sql: "SELECT title FROM election WHERE id = ?", arguments: [election.id])!
            return CountReport(title: title, rounds: try rounds(db, electionID: election.id), officers: try officers(db, electionID: election.id))
        }
    }

    func roundView(_ db: Database, roundID: Int64) throws -> RoundView {
        let row = try Row.fetchOne(db, sql: """
            SELECT r.*, res.count, res.outcome, res.base, res.base_kind,
                   (SELECT count(*) FROM ballot_entry WHERE round_id = r.id AND entry = 'A') AS entered_a,
                   (SELECT count(*) FROM ballot_entry WHERE round_id = r.id AND entry = 'B') AS entered_b
            FROM voting_round r LEFT JOIN round_result res ON res.round_id = r.id WHERE r.id = ?
            """, arguments: [roundID])!
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

/// A ballot as the store keeps it (the JSON the encoder writes, built directly when it can be).
func storedBallot(_ ballot: BallotEntry) throws -> String {
    try ballot.storedJSON ?? encodeJSON(ballot)
}

/// A stored ballot read back (directly when it has the usual shape).
func decodeBallot(_ text: String, _ decoder: JSONDecoder = JSONDecoder()) throws -> BallotEntry {
    try BallotEntry(storedJSON: text) ?? decoder.decode(BallotEntry.self, from: Data(text.utf8))
}

func encodeJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

extension AppDatabase {
    // MARK: Facts for steps 20–27

    func loadCongressFacts(_ db: Database, election: ElectionRef, into facts: inout ElectionFacts) throws {
        facts.methodAdopted = try fetchMethod(db, electionID: election.id) != nil
        let duties = try OfficerDuty.fetchAll(db, sql: "SELECT duty FROM congress_officer WHERE election_id = ?", arguments: [election.id])
        facts.chiefScrutineers = duties.filter { $0 == .chiefScrutineer }.count
        facts.tellers = duties.filter { $0 == .teller }.count
        let seats = try fetchSeats(db, electionID: election.id)
        facts.committeeSeats = try committeeSeats(db, electionID: election.id)
        facts.deputySeats = seats?.deputySecretary ?? 0
        facts.committeeElected = try electedCommittee(db, electionID: election.id).count
        for row in try Row.fetchAll(db, sql: """
            SELECT r.kind, res.outcome FROM voting_round r JOIN round_result res ON res.round_id = r.id
            WHERE r.election_id = ? AND r.kind IN ('secretary', 'deputy') AND r.state = 'closed'
            """, arguments: [election.id]) {
            let outcome = try JSONDecoder().decode(RoundOutcome.self, from: Data((row["outcome"] as String).utf8))
            if !outcome.elected.isEmpty {
                if row["kind"] == "secretary" { facts.secretaryElected = true } else { facts.deputyElected = true }
            }
        }
        facts.openRound = try hasOpenRound(db, electionID: election.id)
    }

    /// Committee seats to fill: the seat plan's, or fewer when the congress voted to reduce them.
    func committeeSeats(_ db: Database, electionID: Int64) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT seats_to FROM seat_reduction WHERE election_id = ?", arguments: [electionID])
            ?? fetchSeats(db, electionID: electionID)?.committee
    }

    /// SHA-256 over every round's figures, result and counted ballots: what the township approves at
    /// step 27. Changing any counted ballot afterwards makes the approval stale.
    func resultDigest(_ db: Database, electionID: Int64) throws -> String {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.number, r.kind, r.seats, r.issued, r.returned, r.state, res.count, res.outcome,
                   (SELECT group_concat(ballot, '|') FROM (SELECT ballot FROM counted_ballot WHERE round_id = r.id ORDER BY position)) AS ballots
            FROM voting_round r LEFT JOIN round_result res ON res.round_id = r.id WHERE r.election_id = ? ORDER BY r.number
            """, arguments: [electionID])
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
            let blockers = ProcedureEngine(procedure: procedure).blockersToApprove(step.number, subject: "result", role: actor.role, facts)
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
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM approval WHERE election_id = ? AND subject = 'result'", arguments: [election.id]) == true else {
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

    public func resultReviews(election reference: String) throws -> [(outcome: String, reason: String, by: String)] {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            return try Row.fetchAll(db, sql: """
                SELECT r.outcome, r.reason, o.name FROM result_review r JOIN operator o ON o.id = r.reviewed_by WHERE r.election_id = ? ORDER BY r.id
                """, arguments: [election.id]).map { ($0["outcome"], $0["reason"], $0["name"]) }
        }
    }
}

extension AppDatabase {
    // MARK: Hand counts, seat reduction, write-ins

    /// 手工计票: the chief scrutineer enters a round counted by hand as per-person figures. They must
    /// add up: valid plus invalid equals the ballots returned, and each person's yes, no and abstain
    /// equal the valid ballots. The round is then closed with `closeRound` as usual.
    public func recordTallySheet(by operatorName: String?, election reference: String, round number: Int?, count: RoundCount) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.scrutineer])
            let round = try fetchRound(db, election: election, number: number)
            guard round.state == .open else { throw Refusal.roundClosed }
            if let refusal = handCountRefusal(count, candidates: round.candidates, seats: round.seats) { throw refusal }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM ballot_entry WHERE round_id = ?", arguments: [round.id]) == true {
                throw Refusal.tallyAfterEntries
            }
            try db.execute(sql: "INSERT OR REPLACE INTO tally_sheet (round_id, count, entered_by) VALUES (?, ?, ?)", arguments: [round.id, try encodeJSON(count), actor.id])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "tally.entered", step: election.step(.voting),
                            detail: ["round": String(round.number), "returned": String(count.returned), "valid": String(count.valid)])
        }
    }

    /// 减少职数: with a shortfall left, the congress may reduce the seats to those elected, by the
    /// consent of more than half of the members present with a vote; never below the plan's minimum.
    public func reduceSeats(by operatorName: String?, election reference: String, votesFor: Int, decidedOn: CivilDate) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseAfter(db, election: election, step: .voting, what: .seats)
            try checkDates([decidedOn])
            let seats = try fetchSeats(db, electionID: election.id)!.committee
            let elected = try electedCommittee(db, electionID: election.id).count
            guard elected < seats, elected > 0 else {
                throw Refusal.noSeatEmpty
            }
            let organization = try fetchOrganization(db, id: election.organizationID)
            let minimum = try loadProcedure(db, electionID: election.id).localPlan.committeeSeats[organization.level.rawValue]?.min ?? 1
            guard elected >= minimum else {
                throw Refusal.belowMinimumSeats(elected: elected, minimum: minimum, level: organization.level)
            }
            let present = try quorum(db, election: election, body: .congress).present
            guard passesElectionThreshold(yes: votesFor, base: present), votesFor <= present else {
                throw Refusal.reductionNeedsMajority(present: present, votesFor: votesFor)
            }
            try db.execute(sql: """
                INSERT INTO seat_reduction (election_id, seats_from, seats_to, votes_for, present, decided_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, seats, elected, votesFor, present, decidedOn.description, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "seats.reduced", step: election.step(.voting), detail: [
                "from": String(seats), "to": String(elected), "votes_for": String(votesFor), "present": String(present),
            ])
            return elected
        }
    }

    /// Whether a written-in name is one member of this organization with the right to be elected.
    public func isElectable(election reference: String, name: String) throws -> Bool {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            let found = try fetchMembers(db, organizationID: election.organizationID).filter { $0.name == name }
            return found.count == 1 && votingRight(of: found[0], on: election.congressDate, under: election.ruleSet) == nil
        }
    }
}
