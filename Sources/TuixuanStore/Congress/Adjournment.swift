import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: Adjournment (休会) and what comes next

    /// 休会: ends the current sitting of the congress (for want of a quorum, or with seats still empty
    /// after the further rounds it could hold, reported to the township). Who was present is kept with
    /// the sitting; the next sitting starts with an empty check-in against the same expected attendance.
    public func adjournCongress(by operatorName: String?, election reference: String, reason: AdjournmentReason, note: String,
                                adjournedOn: CivilDate, reconveneOn: CivilDate) throws -> Adjournment {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseAfter(db, election: election, step: .voting, what: .voting)
            guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw Refusal.detailRequired(.adjournmentNote) }
            try checkDates([adjournedOn])
            try refuseBefore(adjournedOn, rests: try restingDates(db, election: election))
            guard let method = try fetchMethod(db, electionID: election.id) else { throw Refusal.methodNotAdopted }
            let status = try quorum(db, election: election, body: .congress)
            let (facts, _) = try planningFacts(db, election: election, method: method, needsBallot: false)
            let adjournmentFacts = AdjournmentFacts(planning: facts, quorate: status.quorate, roundOpen: try hasOpenRound(db, electionID: election.id))
            if let refusal = adjournmentRefusal(reason: reason, reconveneOn: reconveneOn, adjournedOn: adjournedOn, adjournmentFacts) { throw refusal }
            let sitting = try currentSitting(db, electionID: election.id)
            try db.execute(sql: """
                INSERT INTO congress_adjournment (election_id, sitting, reason, note, present, expected, adjourned_on, reconvene_on, rounds_before,
                                                  recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(number), 0) FROM voting_round WHERE election_id = ?), ?, ?)
                """, arguments: [election.id, sitting, reason.rawValue, note, status.present, status.expected, adjournedOn.description,
                                 reconveneOn.description, election.id, actor.id, timestamp])
            try db.execute(sql: """
                INSERT INTO adjourned_attendance (election_id, sitting, member_id)
                SELECT election_id, ?, member_id FROM attendance WHERE election_id = ? AND body = 'congress' ORDER BY member_id
                """, arguments: [sitting, election.id])
            try db.execute(sql: "DELETE FROM attendance WHERE election_id = ? AND body = 'congress'", arguments: [election.id])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "congress.adjourned",
                            step: election.step(.voting), detail: [
                                "sitting": String(sitting), "reason": reason.rawValue, "note": note, "present": String(status.present),
                                "expected": String(status.expected), "adjourned_on": adjournedOn.description, "reconvene_on": reconveneOn.description,
                            ])
            return Adjournment(sitting: sitting, reason: reason, note: note, present: status.present, expected: status.expected,
                               adjournedOn: adjournedOn, reconveneOn: reconveneOn, recordedBy: actor.name)
        }
    }

    /// 应到会人数 is settled at the registration step; between the sittings of an adjourned congress
    /// (nobody checked in again, no round opened since) an exclusion may be proposed, agreed and
    /// approved again, and the township approves the new figure before the congress votes.
    /// Exclusions reopen only between sittings: never while members present are voting.
    func refuseRegistrationChange(_ db: Database, election: ElectionRef, exclusion: Bool = true) throws {
        guard try isStepDone(db, election, .registration) else { return }
        guard try exclusion ? isBetweenSittings(db, electionID: election.id) : registrationReopened(db, election: election) else {
            throw Refusal.stepClosed(step: election.step(.registration), subject: .registration)
        }
    }

    /// After the registration step, its acts reopen between the sittings of an adjourned congress, or when
    /// the roll itself changed the figure since its approval (a member joined, left, or lost the vote) and
    /// no round is open: the change is settled and approved again before the next vote.
    func registrationReopened(_ db: Database, election: ElectionRef) throws -> Bool {
        if try isBetweenSittings(db, electionID: election.id) { return true }
        let roll = try voterRoll(db, election: election)
        return try roll.approvedFigure != nil && !roll.approvalIsCurrent && !hasOpenRound(db, electionID: election.id)
    }

    /// The congress adjourned and its next sitting has not begun: nobody checked in, no round opened since.
    func isBetweenSittings(_ db: Database, electionID: Int64) throws -> Bool {
        let checkedIn = try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM attendance WHERE election_id = ? AND body = 'congress'"), arguments: [electionID]) == true
        return try !checkedIn && adjournedWithoutRoundSince(db, electionID: electionID)
    }

    /// The congress adjourned and no round has been opened since: the new sitting has not voted yet.
    func adjournedWithoutRoundSince(_ db: Database, electionID: Int64) throws -> Bool {
        guard let roundsBefore = try Int.fetchOne(try db.cachedStatement(sql: "SELECT rounds_before FROM congress_adjournment WHERE election_id = ? ORDER BY sitting DESC LIMIT 1"),
                                                  arguments: [electionID])
        else { return false }
        return try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM voting_round WHERE election_id = ? AND number > ?"), arguments: [electionID, roundsBefore]) != true
    }

    /// The sitting now under way: one more than the adjournments so far.
    func currentSitting(_ db: Database, electionID: Int64) throws -> Int {
        try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM congress_adjournment WHERE election_id = ?"), arguments: [electionID])! + 1
    }

    /// The dates a decision of the congress (an adjournment, a seat reduction) may not precede: the method's
    /// adoption, the last adjournment's reconvening, and the day the latest round was opened.
    func restingDates(_ db: Database, election: ElectionRef) throws -> [CivilDate] {
        var dates = try fetchMethod(db, electionID: election.id).map { [$0.adoptedOn] } ?? []
        if let last = try adjournments(db, electionID: election.id).last { dates.append(last.reconveneOn) }
        dates += try roundDays(db, electionID: election.id)
        // Nor before the check-in it ends (the latest at the congress).
        if let checkedIn = try String.fetchOne(try db.cachedStatement(sql: "SELECT max(occurred_at) FROM event WHERE election_id = ? AND kind = 'attendance.checked_in'"),
                                               arguments: [election.id]),
           let instant = ISO8601DateFormatter().date(from: checkedIn) {
            dates.append(AppDatabase.civilDate(instant))
        }
        return dates
    }

    /// The day the latest round was opened (timestamps are UTC instants; the day is the election's).
    func roundDays(_ db: Database, electionID: Int64) throws -> [CivilDate] {
        guard let opened = try String.fetchOne(try db.cachedStatement(sql: "SELECT max(opened_at) FROM voting_round WHERE election_id = ?"), arguments: [electionID]),
              let instant = ISO8601DateFormatter().date(from: opened) else { return [] }
        return [AppDatabase.civilDate(instant)]
    }

    func refuseBefore(_ date: CivilDate, rests dates: [CivilDate]) throws {
        if let latest = dates.max(), date < latest { throw Refusal.dateBeforeItsGrounds(date: date, grounds: latest) }
    }

    /// The congress adjourned to a date not yet come: it neither checks in nor votes before then.
    func refuseBeforeReconvening(_ db: Database, election: ElectionRef) throws {
        if let last = try adjournments(db, electionID: election.id).last, today < last.reconveneOn {
            throw Refusal.congressNotYetReconvened(on: last.reconveneOn)
        }
    }

    func adjournments(_ db: Database, electionID: Int64) throws -> [Adjournment] {
        try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT a.*, o.name FROM congress_adjournment a JOIN operator o ON o.id = a.recorded_by WHERE a.election_id = ? ORDER BY a.sitting
            """), arguments: [electionID]).map { row in
            // A row edited outside the program is reported, never a crash.
            func field<T>(_ name: String, _ value: T?) throws -> T {
                guard let value else { throw Refusal.unreadableRecord(table: "congress_adjournment", field: name) }
                return value
            }
            return Adjournment(sitting: row["sitting"], reason: try field("reason", AdjournmentReason(rawValue: row["reason"])), note: row["note"],
                               present: row["present"], expected: row["expected"], adjournedOn: try field("adjourned_on", row.civilDate("adjourned_on")),
                               reconveneOn: try field("reconvene_on", row.civilDate("reconvene_on")), recordedBy: row["name"])
        }
    }

    public func adjournments(election reference: String) throws -> [Adjournment] {
        try writer.read { db in try adjournments(db, electionID: try resolveElection(db, reference).id) }
    }

    /// What comes next at the congress, once the method is adopted (nil before).
    /// `electedProblems`, when the caller has them already (the facts of an act), are not worked out again.
    func congressNext(_ db: Database, election: ElectionRef, electedProblems: [LocalizedText]? = nil) throws -> CongressNext? {
        guard let method = try fetchMethod(db, electionID: election.id) else { return nil }
        var (facts, _) = try planningFacts(db, election: election, method: method, needsBallot: false)
        if !facts.committeeVoteHeld, try isStepDone(db, election, .listApproval) { facts.ballot = try ballotDesign(db, election: election) }
        let status = try quorum(db, election: election, body: .congress)
        let open = try Row.fetchOne(try db.cachedStatement(sql: "SELECT number, kind FROM voting_round WHERE election_id = ? AND state = 'open'"), arguments: [election.id])
            .map { (number: $0["number"] as Int, kind: $0["kind"] as RoundKind) }
        let last = try Row.fetchOne(try db.cachedStatement(sql: "SELECT number, kind, state FROM voting_round WHERE election_id = ? ORDER BY number DESC LIMIT 1"),
                                    arguments: [election.id])
        let void = last.flatMap { ($0["state"] as RoundState) == .void ? (number: $0["number"] as Int, kind: $0["kind"] as RoundKind) : nil }
        let roll = try voterRoll(db, election: election)
        let reapproval = roll.approvedFigure.flatMap { approved in roll.approvalIsCurrent ? nil : (approved: approved, now: roll.attendance.figure) }
        let plenary = try quorum(db, election: election, body: .committee)
        var state = CongressState(
            planning: facts, quorum: (status.present, status.needed, status.quorate), lastAdjournment: try adjournments(db, electionID: election.id).last,
            openRound: open, lastVoid: void, reapproval: reapproval, committeeQuorum: (plenary.present, plenary.needed, plenary.quorate))
        state.electedIneligible = try electedProblems ?? self.electedProblems(db, election: election, elected: try electedCommitteeMembers(db, election: election))
        return TuixuanCore.congressNext(state)
    }

    public func congressNext(election reference: String) throws -> CongressNext? {
        try writer.read { db in try congressNext(db, election: try resolveElection(db, reference)) }
    }
}
