import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: Reconciliation, rulings, closing

    /// The aligned entries of a round, with the scrutineers' decisions so far.
    public func reconciliation(election reference: String, round number: Int?) throws -> Reconciliation {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            let round = try fetchRound(db, election: election, number: number)
            let (a, b) = try entries(db, roundID: round.id)
            return Reconciliation(places: align(a, b), decisions: try decisions(db, roundID: round.id))
        }
    }

    func decisions(_ db: Database, roundID: Int64) throws -> [String: BallotEntry?] {
        var result: [String: BallotEntry?] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT place, ballot FROM reconciliation WHERE round_id = ?"), arguments: [roundID]) {
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
            if let ballot { try checkBallotShape(ballot, round.candidates.count, round.seats, round.state, kind: round.kind) }
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
            guard try Bool.fetchOne(try db.cachedStatement(sql: """
                SELECT 1 FROM congress_officer o JOIN member m ON m.id = o.member_id WHERE o.election_id = ? AND o.duty = 'chief_scrutineer' AND m.name = ?
                """), arguments: [election.id, actor.name]) == true else {
                throw Refusal.chiefScrutineerDeclares
            }
            let round = try fetchRound(db, election: election, number: number)
            guard round.state == .open else { throw Refusal.roundClosed }
            let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM voting_round WHERE id = ?"), arguments: [round.id])!
            let present: Int = row["present"], expected: Int = row["expected"]
            guard issued <= present else {
                throw Refusal.issuedExceedsPresent(issued: issued, present: present)
            }
            // Typed ballots not recorded cannot count once the round is void or counted by hand: they are dropped, not stranded.
            let handCounted = try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM tally_sheet WHERE round_id = ?"), arguments: [round.id]) == true
            if isRoundVoid(issued: issued, returned: returned) || handCounted {
                try db.execute(sql: "DELETE FROM ballot_draft WHERE round_id = ?", arguments: [round.id])
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
            if let sheet = try String.fetchOne(try db.cachedStatement(sql: "SELECT count FROM tally_sheet WHERE round_id = ?"), arguments: [round.id]) {
                count = try JSONDecoder().decode(RoundCount.self, from: Data(sheet.utf8))
                guard count.returned == returned else {
                    throw Refusal.handCountReturnedDiffers(sheet: count.returned, declared: returned)
                }
            } else {
                try checkNoTypedBallotsPending(db, roundID: round.id)
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
            // 书记、副书记 are elected from the committee: a write-in stands in their vote only as one of it, and
            // not if already elected to the other post. In a further round, a write-in already elected to the
            // committee fills no second seat.
            let elected = Set(try electedCommittee(db, electionID: election.id))
            // Nobody whose candidacy was cancelled or election declared void is elected again by a write-in.
            let revoked = try barredNames(db, electionID: election.id)
            // In a secretary's (deputy's) vote a write-in names one of the committee: the member elected under that
            // name, whatever namesakes the roll has.
            let committeeMembers = Dictionary(try electedCommitteeMembers(db, election: election).map { ($0.name, $0.memberID) }, uniquingKeysWith: { first, _ in first })
            let heldPost: Set<String> = try round.kind.post.map { post in
                let other: Post = post == .secretary ? .deputySecretary : .secretary
                return Set((try postVotes(db, electionID: election.id)[other] ?? []).compactMap(\.elected))
            } ?? []
            let outcome = round.kind == .runoff ? decideRunOff(count, seats: round.seats, base: base)
                : decideRound(count, seats: round.seats, base: base) { name in
                    let standing = round.kind.post != nil ? elected.contains(name) && !heldPost.contains(name) : !elected.contains(name)
                    let namesakes = round.kind.post != nil ? (members[name] ?? []).filter { $0.id == committeeMembers[name] } : members[name] ?? []
                    return standing && !revoked.contains(name) && writeInCanBeElected(namesakes: namesakes, on: election.congressDate, under: election.ruleSet)
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
}
