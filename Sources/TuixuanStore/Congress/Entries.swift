import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: Entering ballots, twice

    /// Typed ballots enter the record this many at a time, one event per batch (see `typeBallot`).
    public static let typedBatchSize = 20

    /// One typed ballot saved: its place in the entry, and how many ballots this call put into the record (0 while its batch fills).
    public struct TypedBallot: Sendable, Equatable {
        public var position: Int
        public var recorded: Int
    }

    /// 键入一张票: the ballot is saved at once as a draft (a crash loses at most the ballot being typed), and each full batch of
    /// `typedBatchSize` drafts enters the record as one event. One event per ballot would keep the time each ballot of the
    /// stack was typed (trust issue 12, secrecy: "typed entry is not one timestamped event per ballot").
    public func typeBallot(by operatorName: String?, election reference: String, round number: Int?, entry: EntrySide, ballot: BallotEntry) throws -> TypedBallot {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.teller])
            let round = try fetchRound(db, election: election, number: number)
            try checkBallotShape(ballot, round.candidates.count, round.seats, round.state, kind: round.kind)
            try checkIndependentTeller(db, roundID: round.id, entry: entry, actor: actor)
            try checkOwnEntry(db, roundID: round.id, entry: entry, actor: actor)
            try proveKey(db, actor)
            let position = try enteredAndTyped(db, roundID: round.id, entry: entry) + 1
            try db.execute(sql: "INSERT INTO ballot_draft (round_id, entry, position, ballot, typed_by) VALUES (?, ?, ?, ?, ?)",
                           arguments: [round.id, entry, position, try storedBallot(ballot), actor.id])
            guard try draftCount(db, roundID: round.id, entry: entry) >= AppDatabase.typedBatchSize else { return TypedBallot(position: position, recorded: 0) }
            return TypedBallot(position: position, recorded: try recordDrafts(db, election: election, actor: actor, round: round, entry: entry))
        }
    }

    /// Puts the typed ballots still in drafts into the record, as one event (when the teller finishes, or resumes after a crash).
    /// Returns how many; none pending writes nothing.
    @discardableResult
    public func recordTypedBallots(by operatorName: String?, election reference: String, round number: Int?, entry: EntrySide) throws -> Int {
        try act { db in
            let round = try fetchRound(db, election: try resolveElection(db, reference), number: number)
            guard try draftCount(db, roundID: round.id, entry: entry) > 0 else { return 0 }
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.teller])
            guard round.state == .open else { throw Refusal.roundClosed }
            try checkIndependentTeller(db, roundID: round.id, entry: entry, actor: actor)
            return try recordDrafts(db, election: election, actor: actor, round: round, entry: entry)
        }
    }

    /// Typed ballots of an entry not yet in the record.
    public func typedBallotsPending(election reference: String, round number: Int?, entry: EntrySide) throws -> Int {
        try writer.read { db in
            let round = try fetchRound(db, election: try resolveElection(db, reference), number: number)
            return try draftCount(db, roundID: round.id, entry: entry)
        }
    }

    /// Takes back the last ballot of a teller's entry: a draft not yet recorded goes without an event; otherwise the last
    /// recorded ballot is undone (an event). Returns how many ballots the entry has left, recorded and typed.
    public func undoTypedBallot(by operatorName: String?, election reference: String, round number: Int?, entry: EntrySide) throws -> Int {
        let dropped: Int? = try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.teller])
            let round = try fetchRound(db, election: election, number: number)
            guard round.state == .open else { throw Refusal.roundClosed }
            try checkOwnEntry(db, roundID: round.id, entry: entry, actor: actor)
            try proveKey(db, actor)
            guard let last = try Int.fetchOne(try db.cachedStatement(sql: "SELECT max(position) FROM ballot_draft WHERE round_id = ? AND entry = ?"), arguments: [round.id, entry]) else { return nil }
            try db.execute(sql: "DELETE FROM ballot_draft WHERE round_id = ? AND entry = ? AND position = ?", arguments: [round.id, entry, last])
            return last - 1
        }
        if let dropped { return dropped }
        return try undoLastBallot(by: operatorName, election: reference, round: number, entry: entry)
    }

    func draftCount(_ db: Database, roundID: Int64, entry: EntrySide) throws -> Int {
        try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM ballot_draft WHERE round_id = ? AND entry = ?"), arguments: [roundID, entry])!
    }

    /// The last place of an entry, recorded or typed.
    func enteredAndTyped(_ db: Database, roundID: Int64, entry: EntrySide) throws -> Int {
        try Int.fetchOne(try db.cachedStatement(sql: """
            SELECT max(coalesce((SELECT max(position) FROM ballot_entry WHERE round_id = ?1 AND entry = ?2), 0),
                       coalesce((SELECT max(position) FROM ballot_draft WHERE round_id = ?1 AND entry = ?2), 0))
            """), arguments: [roundID, entry])!
    }

    /// The entry is complete: no typed ballot of it waits outside the record.
    func checkNoTypedBallotsPending(_ db: Database, roundID: Int64, entries: [EntrySide] = [.A, .B]) throws {
        for entry in entries {
            let pending = try draftCount(db, roundID: roundID, entry: entry)
            if pending > 0 { throw Refusal.typedBallotsPending(entry: entry.rawValue, count: pending) }
        }
    }

    /// Moves an entry's drafts into the record, in their places, as one event naming the places it covers.
    private func recordDrafts(_ db: Database, election: ElectionRef, actor: Operator, round: RoundRecord, entry: EntrySide) throws -> Int {
        // Drafts are not audited, so what is recorded is checked again here: the typist's own, each ballot well formed.
        try checkOwnEntry(db, roundID: round.id, entry: entry, actor: actor)
        for text in try String.fetchAll(try db.cachedStatement(sql: "SELECT ballot FROM ballot_draft WHERE round_id = ? AND entry = ?"), arguments: [round.id, entry]) {
            guard let ballot = try? decodeBallot(text) else { throw Refusal.ballotShape(candidates: round.candidates.count, seats: round.seats) }
            try checkBallotShape(ballot, round.candidates.count, round.seats, round.state, kind: round.kind)
        }
        let range = try Row.fetchOne(try db.cachedStatement(sql: "SELECT min(position) AS first, max(position) AS last, count(*) AS n FROM ballot_draft WHERE round_id = ? AND entry = ?"),
                                     arguments: [round.id, entry])!
        try db.execute(sql: """
            INSERT INTO ballot_entry (round_id, entry, position, ballot, entered_by)
            SELECT round_id, entry, position, ballot, ? FROM ballot_draft WHERE round_id = ? AND entry = ? ORDER BY position
            """, arguments: [actor.id, round.id, entry])
        try recordBulkInsert(db, .ballotEntry, scope: [round.id, entry], first: range["first"] ?? 1, last: range["last"] ?? 0)
        try db.execute(sql: "DELETE FROM ballot_draft WHERE round_id = ? AND entry = ?", arguments: [round.id, entry])
        try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "ballots.typed", step: election.step(.voting),
                        detail: ["round": String(round.number), "entry": entry.rawValue, "from": String(range["first"] as Int), "to": String(range["last"] as Int)])
        return range["n"]
    }

    /// Adds one ballot at the end of a teller's entry, as its own event (for programs; typed entry uses `typeBallot`).
    public func enterBallot(by operatorName: String?, election reference: String, round number: Int?, entry: EntrySide, ballot: BallotEntry) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.teller])
            let round = try fetchRound(db, election: election, number: number)
            try checkBallotShape(ballot, round.candidates.count, round.seats, round.state, kind: round.kind)
            try checkIndependentTeller(db, roundID: round.id, entry: entry, actor: actor)
            let position = (try Int.fetchOne(try db.cachedStatement(sql: "SELECT max(position) FROM ballot_entry WHERE round_id = ? AND entry = ?"), arguments: [round.id, entry]) ?? 0) + 1
            try insertBallotEntry(db, roundID: round.id, entry: entry, position: position, ballot: try storedBallot(ballot), by: actor.id)
            try recordBulkInsert(db, .ballotEntry, scope: [round.id, entry], first: position, last: position)
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
            guard let last = try Int.fetchOne(try db.cachedStatement(sql: "SELECT max(position) FROM ballot_entry WHERE round_id = ? AND entry = ?"), arguments: [round.id, entry]) else {
                throw Refusal.noBallotEntered
            }
            try checkOwnEntry(db, roundID: round.id, entry: entry, actor: actor)
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
            try checkNoTypedBallotsPending(db, roundID: round.id, entries: [entry])
            try checkOwnEntry(db, roundID: round.id, entry: entry, actor: actor)
            try db.execute(sql: "DELETE FROM ballot_entry WHERE round_id = ? AND entry = ?", arguments: [round.id, entry])
            var count = 0
            try read { ballot in
                try checkBallotShape(ballot, round.candidates.count, round.seats, round.state, kind: round.kind)
                count += 1
                try insertBallotEntry(db, roundID: round.id, entry: entry, position: count, ballot: try storedBallot(ballot), by: actor.id)
            }
            try recordBulkInsert(db, .ballotEntry, scope: [round.id, entry], first: 1, last: count)
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "ballots.entered", step: election.step(.voting),
                            detail: ["round": String(round.number), "entry": entry.rawValue, "ballots": String(count)])
        }
    }

    /// A draft writes no event, so nothing else asks for the typist's key: it is shown here, exactly as an act would sign.
    private func proveKey(_ db: Database, _ actor: Operator) throws {
        _ = try signature(db, actor: actor, hash: "ballot_draft")
    }

    /// An entry is its teller's: ballots recorded or typed in it by someone else stop any change to it by this actor.
    private func checkOwnEntry(_ db: Database, roundID: Int64, entry: EntrySide, actor: Operator) throws {
        if let other = try String.fetchOne(try db.cachedStatement(sql: """
            SELECT o.name FROM ballot_entry b JOIN operator o ON o.id = b.entered_by WHERE b.round_id = ?1 AND b.entry = ?2 AND b.entered_by <> ?3
            UNION ALL SELECT o.name FROM ballot_draft d JOIN operator o ON o.id = d.typed_by WHERE d.round_id = ?1 AND d.entry = ?2 AND d.typed_by <> ?3
            LIMIT 1
            """), arguments: [roundID, entry, actor.id]) {
            throw Refusal.entryOfAnotherTeller(entry: entry.rawValue, teller: other)
        }
    }

    /// Two tellers enter the same stack independently: whoever entered one entry may not enter the other.
    private func checkIndependentTeller(_ db: Database, roundID: Int64, entry: EntrySide, actor: Operator) throws {
        let other = entry.other
        if try Bool.fetchOne(try db.cachedStatement(sql: """
            SELECT 1 FROM ballot_entry WHERE round_id = ?1 AND entry = ?2 AND entered_by = ?3
            UNION ALL SELECT 1 FROM ballot_draft WHERE round_id = ?1 AND entry = ?2 AND typed_by = ?3
            """), arguments: [roundID, other, actor.id]) == true {
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
        try recordBulkInsert(db, .countedBallot, scope: [roundID], first: 1, last: stack.count)
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
