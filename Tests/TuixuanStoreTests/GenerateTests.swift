import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

@Suite("The generated province")
struct GenerateTests {
    static let shape = ProvinceShape(counties: 2, townshipsPerCounty: 2, villagesPerTownship: 4, membersPerVillage: 30, heldShare: 0.5,
                                     seed: 7, asOf: Fixture.day)

    func generated(seed: UInt64 = 7) throws -> (AppDatabase, ProvinceReport) {
        var shape = Self.shape
        shape.seed = seed
        let db = try AppDatabase.inMemory(keyring: .test, clock: { Fixture.now })
        return (db, try db.generateProvince(shape))
    }

    @Test("what it reports is what it wrote; the audit holds; the kept board is the live one")
    func consistent() throws {
        let (db, report) = try generated()
        #expect(report.counties == 2 && report.townships == 4 && report.elections == 16)
        let counts = try db.writer.read { conn in
            try Row.fetchOne(conn, sql: """
                SELECT (SELECT count(*) FROM member) AS members, (SELECT count(*) FROM ballot_entry) AS entered,
                       (SELECT count(*) FROM counted_ballot) AS counted, (SELECT count(*) FROM voting_round WHERE state = 'open') AS open
                """)!
        }
        #expect(counts["members"] == report.members && counts["entered"] == report.ballotsEntered && counts["counted"] == report.ballotsCounted)
        #expect(report.ballotsEntered == 2 * report.ballotsCounted && counts["open"] == report.roundsOpen)
        let audit = try db.verifyAudit()
        #expect(audit.isIntact, "\(audit.problems.map { $0.describe(.en) })")
        for county in ["330101", "330102"] {
            #expect(try db.overview(under: county).map(\.line) == (try db.overview(under: county, live: true)).map(\.line))
        }
        // A second generation into the same file is refused.
        #expect(throws: Refusal.generateNeedsEmptyDatabase) { _ = try db.generateProvince(Self.shape) }
    }

    @Test("the same seed gives the same province; another seed another one")
    func reproducible() throws {
        func rolls(_ db: AppDatabase) throws -> [String] {
            try db.writer.read { conn in try String.fetchAll(conn, sql: "SELECT name || birth_date || ifnull(id_number, '') FROM member ORDER BY id") }
        }
        let (first, _) = try generated(seed: 7)
        let (again, _) = try generated(seed: 7)
        let (other, _) = try generated(seed: 8)
        #expect(try rolls(first) == rolls(again))
        #expect(try rolls(first) != rolls(other))
    }
}
