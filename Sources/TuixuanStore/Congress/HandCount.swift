import Foundation
import GRDB
import TuixuanCore

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
            if let refusal = handCountRefusal(count, candidates: round.candidates, seats: round.seats, kind: round.kind) { throw refusal }
            if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM ballot_entry WHERE round_id = ?1 UNION ALL SELECT 1 FROM ballot_draft WHERE round_id = ?1"),
                                 arguments: [round.id]) == true {
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
            try refuseBefore(decidedOn, rests: try restingDates(db, election: election))
            let seats = try fetchSeats(db, electionID: election.id)?.committee
            let reducedTo = try Int.fetchOne(try db.cachedStatement(sql: "SELECT seats_to FROM seat_reduction WHERE election_id = ?"), arguments: [election.id])
            let elected = try electedCommittee(db, electionID: election.id).count
            let organization = try fetchOrganization(db, id: election.organizationID)
            let minimum = election.procedure.localPlan.committeeSeats[organization.level.rawValue]?.min ?? 1
            let status = try quorum(db, election: election, body: .congress)
            let present = status.present
            let lastOutcome = try lastClosedRound(db, electionID: election.id).round?.outcome
            if let refusal = seatReductionRefusal(seats: seats, reducedTo: reducedTo, elected: elected, minimum: minimum, level: organization.level,
                                                  present: present, votesFor: votesFor, roundOpen: try hasOpenRound(db, electionID: election.id),
                                                  runOffPending: (lastOutcome?.runOffSeats ?? 0) > 0, quorum: (status.quorate, status.needed)) {
                throw refusal
            }
            guard let seats else { throw Refusal.seatsNotSet }
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
            return writeInCanBeElected(namesakes: found, on: election.congressDate, under: election.ruleSet)
        }
    }
}
