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
