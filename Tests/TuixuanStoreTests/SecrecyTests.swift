import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// Issue 12, "Secrecy by design": who checked in first is not kept — not in the attendance table (no rowid: stored in key
/// order), not in the order of the change log one check-in writes.
@Suite("Ballot secrecy: attendance is a set")
struct SecrecyTests {
    @Test("check-in order given is not the order stored or logged", arguments: [["辛", "甲", "戊", "乙"], ["乙", "戊", "甲", "辛"]])
    func attendanceOrder(order: [String]) throws {
        let (db, election) = try CongressStoreTests().atCongress()
        _ = try db.checkIn(by: "村书记", election: election, members: order)
        let (stored, logged, ids) = try db.writer.read { conn in
            (try Int64.fetchAll(conn, sql: "SELECT member_id FROM attendance"),
             try Int64.fetchAll(conn, sql: "SELECT json_extract(row, '$.member_id') FROM audit_change WHERE tbl = 'attendance' ORDER BY seq"),
             try Int64.fetchAll(conn, sql: "SELECT id FROM member WHERE name IN ('辛', '甲', '戊', '乙')"))
        }
        #expect(stored == ids.sorted() && logged == ids.sorted())
        // No rowid survives to tell the order either.
        #expect(throws: (any Error).self) { try db.writer.read { try Int64.fetchAll($0, sql: "SELECT rowid FROM attendance") } }
    }
}

/// Issue 12, "typed entry is not one timestamped event per ballot": each typed ballot is saved at once as a draft, and enters
/// the record with its batch — one event for every `typedBatchSize`, one for the rest when the teller finishes.
@Suite("Ballot secrecy: typed ballots enter the record in batches")
struct TypedBatchTests {
    @Test("typed ballots: saved one by one, recorded 20 at a time and on finishing; an entry with drafts pending is not complete")
    func batches() throws {
        let congress = CongressStoreTests()
        let (db, election) = try congress.atCongress()
        _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: Fixture.day)
        try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: ["戊"], tellers: ["己"])
        _ = try db.checkIn(by: "村书记", election: election, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛", "壬"])
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        func state() throws -> (events: Int, recorded: Int, drafts: Int) {
            try db.writer.read { conn in
                (try Int.fetchOne(conn, sql: "SELECT count(*) FROM event WHERE kind LIKE 'ballot%' AND json_extract(detail, '$.entry') = 'A'")!,
                 try Int.fetchOne(conn, sql: "SELECT count(*) FROM ballot_entry WHERE entry = 'A'")!,
                 try Int.fetchOne(conn, sql: "SELECT count(*) FROM ballot_draft WHERE entry = 'A'")!)
            }
        }
        let ballot = congress.ballots(["○×○○"])[0]
        for index in 1...45 {
            let typed = try db.typeBallot(by: "计票员A", election: election, round: nil, entry: .A, ballot: ballot)
            #expect(typed.position == index)
            #expect(typed.recorded == (index % 20 == 0 ? 20 : 0))
            if index == 19 { #expect(try state() == (0, 0, 19), "19 typed: saved, none in the record yet") }
            if index == 20 { #expect(try state() == (1, 20, 0), "the 20th records the batch as one event") }
        }
        #expect(try state() == (2, 40, 5))
        // The entry is not complete while drafts wait: neither closing the round nor replacing the entry by a sheet.
        try db.importEntry(by: "计票员B", election: election, round: nil, entry: .B, ballots: Array(repeating: ballot, count: 44))
        #expect(throws: Refusal.typedBallotsPending(entry: "A", count: 5)) { _ = try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 8) }
        #expect(throws: Refusal.typedBallotsPending(entry: "A", count: 5)) {
            try db.importEntry(by: "计票员A", election: election, round: nil, entry: .A, ballots: [ballot])
        }
        // A teller typing one entry cannot type the other, drafts included.
        #expect(throws: Refusal.sameTellerBothEntries(teller: "计票员B", otherEntry: "B")) {
            _ = try db.typeBallot(by: "计票员B", election: election, round: nil, entry: .A, ballot: ballot)
        }
        // Undo takes back a draft without an event; finishing records the rest as one event.
        #expect(try db.undoTypedBallot(by: "计票员A", election: election, round: nil, entry: .A) == 44)
        #expect(try state() == (2, 40, 4))
        #expect(try db.recordTypedBallots(by: "计票员A", election: election, round: nil, entry: .A) == 4)
        #expect(try db.recordTypedBallots(by: "计票员A", election: election, round: nil, entry: .A) == 0)
        #expect(try state() == (3, 44, 0))
        let details = try db.writer.read { try String.fetchAll($0, sql: "SELECT detail FROM event WHERE kind = 'ballots.typed' ORDER BY id") }
        #expect(details.last == #"{"entry":"A","from":"41","round":"1","to":"44"}"#)
        // Once recorded, undo is an event of its own.
        #expect(try db.undoTypedBallot(by: "计票员A", election: election, round: nil, entry: .A) == 43)
        #expect(try state() == (4, 43, 0))
        #expect(try db.verifyAudit().isIntact)
        // An entry is its teller's: the other teller undoes nothing in it, recorded or typed (the review found both open).
        #expect(throws: Refusal.entryOfAnotherTeller(entry: "A", teller: "计票员A")) {
            _ = try db.undoTypedBallot(by: "计票员B", election: election, round: nil, entry: .A)
        }
        _ = try db.typeBallot(by: "计票员A", election: election, round: nil, entry: .A, ballot: ballot)
        #expect(throws: Refusal.entryOfAnotherTeller(entry: "A", teller: "计票员A")) {
            _ = try db.undoTypedBallot(by: "计票员B", election: election, round: nil, entry: .A)
        }
        // Drafts are not audited, so recording checks them again: a draft edited in the file into a malformed ballot, or
        // credited to someone else, is refused, not sealed under the teller's event.
        try db.writer.writeWithoutTransaction { try $0.execute(sql: #"UPDATE ballot_draft SET ballot = '{"marks":["yes"],"writeIns":[]}'"#) }
        #expect(throws: Refusal.ballotShape(candidates: 4, seats: 3)) { try db.recordTypedBallots(by: "计票员A", election: election, round: nil, entry: .A) }
        let b = try db.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM operator WHERE name = '计票员B'")! }
        try db.writer.writeWithoutTransaction { try $0.execute(sql: "UPDATE ballot_draft SET typed_by = \(b)") }
        #expect(throws: Refusal.entryOfAnotherTeller(entry: "A", teller: "计票员B")) { try db.recordTypedBallots(by: "计票员A", election: election, round: nil, entry: .A) }
    }
}
