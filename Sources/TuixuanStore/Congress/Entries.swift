import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: Entering ballots, twice

    /// Adds one ballot at the end of a teller's entry (saved at once: a crash loses at most the ballot being typed).
    public func enterBallot(by operatorName: String?, election reference: String, round number: Int?, entry: EntrySide, ballot: BallotEntry) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.teller])
            let round = try fetchRound(db, election: election, number: number)
            try checkBallotShape(ballot, round.candidates.count, round.seats, round.state, kind: round.kind)
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
                try checkBallotShape(ballot, round.candidates.count, round.seats, round.state, kind: round.kind)
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

    func checkBallotShape(_ ballot: BallotEntry, _ candidates: Int, _ seats: Int, _ state: RoundState, kind: RoundKind) throws {
        guard state == .open else { throw Refusal.roundClosed }
        if let refusal = ballotShapeRefusal(ballot, candidates: candidates, seats: seats, kind: kind) { throw refusal }
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
