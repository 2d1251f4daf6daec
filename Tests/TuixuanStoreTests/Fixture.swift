import Crypto
import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// A county with one township, two villages, operators for each role and a small roll.
struct Fixture {
    let db: AppDatabase
    static let now = ISO8601DateFormatter().date(from: "2026-10-20T02:00:00Z")!
    static let village = "V1"
    static let otherVillage = "V2"

    /// The same file, acting a week before the fixture's today (for acts a later one must not precede).
    func weekAgo() throws -> AppDatabase {
        try AppDatabase(writer: db.writer, keyring: .test, clock: { Fixture.now.addingTimeInterval(-7 * 86_400) })
    }

    init(roll: [Member] = Fixture.defaultRoll) throws {
        db = try AppDatabase.inMemory(keyring: .test, clock: { Fixture.now })
        try db.initialize(countyCode: "C", countyName: "示范县", reviewerName: "县审核")
        try db.addOrganization(by: "县审核", code: "T", name: "城关镇", level: .township, parentCode: "C", previousCommitteeSize: nil)
        try db.addOrganization(by: "县审核", code: "T2", name: "石桥镇", level: .township, parentCode: "C", previousCommitteeSize: nil)
        try db.addOrganization(by: "县审核", code: Fixture.village, name: "红旗村", level: .village, parentCode: "T", previousCommitteeSize: 3)
        try db.addOrganization(by: "县审核", code: Fixture.otherVillage, name: "东升村", level: .village, parentCode: "T2", previousCommitteeSize: 3)
        try db.addOperator(by: "县审核", name: "乡指导", role: .township, organizationCode: "T")
        try db.addOperator(by: "县审核", name: "外乡指导", role: .township, organizationCode: "T2")
        try db.addOperator(by: "乡指导", name: "村书记", role: .village, organizationCode: Fixture.village)
        if !roll.isEmpty {
            _ = try db.importRoll(by: "乡指导", organizationCode: Fixture.village,
                                  ParsedRoll(members: roll.enumerated().map { ($0.offset + 2, $0.element) }, warnings: []))
        }
    }

    static let defaultRoll: [Member] = [
        member("甲"), member("乙"), member("丙", away: true), member("丁"),
        member("戊", status: .probationary), member("己", discipline: .detained),
    ]

    static func member(_ name: String, status: MembershipStatus = .full, discipline: DisciplineStatus = .none, away: Bool = false) -> Member {
        Member(name: name, gender: .male, birthDate: CivilDate(year: 1970, month: 1, day: 1)!, education: .highSchool,
               joinedDate: CivilDate(year: 1995, month: 7, day: 1)!, status: status, discipline: discipline, away: away)
    }

    func startElection() throws -> String {
        String(try db.startElection(by: "乡指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!))
    }

    static let day = CivilDate(year: 2026, month: 10, day: 20)!

    func count(_ table: String) throws -> Int {
        try db.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! }
    }
}

extension Keyring {
    /// Tests act for many operators: each has the key `testKey` derives from their name, as if each had made one.
    static let test = Keyring(lookup: { name in EventSigner(operatorName: name, key: testKey(name)) })
}

/// The key the tests' operator `name` signs with (derived from the name, so every test knows it).
func testKey(_ name: String) -> Curve25519.Signing.PrivateKey {
    try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(SHA256.hash(data: Data("tuixuan-test:\(name)".utf8))))
}

func testPublicKey(_ name: String) -> String { testKey(name).publicKey.rawRepresentation.base64EncodedString() }

extension AppDatabase {
    /// Adds an operator with the key `testKey` gives them (the tests' keyring signs with it).
    func addOperator(by operatorName: String?, name: String, role: Role, organizationCode: String) throws {
        try addOperator(by: operatorName, name: name, role: role, organizationCode: organizationCode, publicKey: testPublicKey(name))
    }

    /// Test set-up written as raw SQL, recorded as an event like any act so the audit stays whole (signed by the county's
    /// reviewer, as every event after the first is).
    func seed(_ body: (Database) throws -> Void) throws {
        try writer.write { db in
            try body(db)
            // Ballots seeded into an entry or a stack, and members, are recorded as the act that inserts them records them (by digest).
            for table in BulkTable.allCases {
                let columns = table.scopeColumns.joined(separator: ", ")
                let scope = table.scopeColumns.isEmpty ? "'[]'" : "json_array(\(columns))"
                let grouped = table.scopeColumns.isEmpty ? "" : "GROUP BY \(columns)"
                for run in try Row.fetchAll(db, sql: """
                    SELECT \(scope) AS scope, min(\(table.positionColumn)) AS first, max(\(table.positionColumn)) AS last FROM \(table.rawValue)
                    WHERE rowid > (SELECT high_rowid FROM bulk_high_water WHERE tbl = ?) \(grouped) HAVING count(*) > 0
                    """, arguments: [table.rawValue]) {
                    try recordBulkInsert(db, table, scope: run["scope"] as String, first: run["first"], last: run["last"])
                }
            }
            try syncBulkHighWater(db)
            let reviewer = try String.fetchOne(db, sql: "SELECT name FROM operator WHERE role = 'county' ORDER BY id LIMIT 1").map { try fetchOperator(db, named: $0) }
            try appendEvent(db, by: reviewer, organizationID: nil, kind: "test.seed")
            // Seeded rows bypass the acts, so bring every board line up to date as an act would.
            let event = try Int64.fetchOne(db, sql: "SELECT max(id) FROM event")!
            for election in try Int64.fetchAll(db, sql: "SELECT id FROM election") {
                try refreshBoard(db, eventID: event, organizationID: nil, electionID: election)
            }
        }
    }
}

/// Asserts that `body` is refused for the rule `check` recognises (tests name the rule, never
/// "some refusal"). For refusals whose facts are long (engine blockers, import issues).
func expectRefusal(where check: (Refusal) -> Bool, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected a refusal, but the act went through", sourceLocation: sourceLocation)
    } catch let refusal as Refusal {
        #expect(check(refusal), "refused for another rule: \(refusal)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected a refusal, got \(error)", sourceLocation: sourceLocation)
    }
}

extension Refusal {
    /// The engine's blockers of a `stepBlocked` refusal; empty for any other.
    var blockers: [Blocker] {
        if case .stepBlocked(_, _, let blockers) = self { blockers } else { [] }
    }

    /// The issues of an `importRejected` refusal; empty for any other.
    var importIssues: [ImportIssue] {
        if case .importRejected(let rejection) = self { rejection.issues } else { [] }
    }
}

extension Fixture {
    /// Test set-up for the steps after 16: `names` recommended by the township, on the initial and
    /// inspection lists with their posts (委员 when none), and answered for by every vetting department,
    /// as if steps 12–16 had produced them. Tests of the chain itself go through the acts instead.
    func seedListChain(_ election: String, _ entries: [NomineeEntry]) throws {
        let electionID = Int64(election)!
        try db.seed { db in
            for entry in entries {
                let memberID = try Int64.fetchOne(db, sql: "SELECT id FROM member WHERE name = ?", arguments: [entry.member])!
                let posts = Post.allCases.filter { (entry.posts.isEmpty ? [.member] : entry.posts).contains($0) }.map(\.rawValue).joined(separator: ",")
                try db.execute(sql: "INSERT OR REPLACE INTO township_recommendation (election_id, member_id, posts) VALUES (?, ?, ?)",
                               arguments: [electionID, memberID, posts])
                for stage in ["initial", "inspection"] {
                    try db.execute(sql: "INSERT OR REPLACE INTO list_entry (election_id, stage, member_id, posts) VALUES (?, ?, ?, ?)",
                                   arguments: [electionID, stage, memberID, posts])
                }
                // The inspection found each fit to serve (身体健康).
                try db.execute(sql: "INSERT OR REPLACE INTO nominee_health (election_id, member_id, fit, basis, attested_on, recorded_by, recorded_at) VALUES (?, ?, 1, '体检报告', '2026-10-01', 1, 'now')",
                               arguments: [electionID, memberID])
                for department in LocalPlan.seed2018.vettingDepartments {
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO vetting_answer (election_id, department, member_id, clear, recorded_by, recorded_at) VALUES (?, ?, ?, 1, 1, 'now')
                        """, arguments: [electionID, department.id, memberID])
                }
            }
        }
    }
}

extension Fixture {
    /// Test set-up: `names` recommended by the township (step 13), so lists may name them.
    func seedRecommended(_ election: String, _ names: [String]) throws {
        try db.seed { db in
            for name in names {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO township_recommendation (election_id, member_id, posts) SELECT ?, id, 'member' FROM member WHERE name = ?
                    """, arguments: [Int64(election)!, name])
            }
        }
    }
}
