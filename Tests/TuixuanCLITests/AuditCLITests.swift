import Foundation
import GRDB
import Testing

@Suite("audit verify through the CLI")
struct AuditCLITests {
    @Test("an edit made directly to the file is named, and every act stops until it is examined")
    func directEdit() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        let intact = try cli.ok("audit", "verify")
        #expect(intact.stdout.contains("核验通过"))

        // As with the sqlite3 shell: make a probationary member a full member.
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "UPDATE member SET status = 'full' WHERE name = '陆兰'") }
        try queue.close()

        let report = try cli.fails(1, "audit", "verify", "--json")
        let json = try #require(report.json as? [String: Any])
        #expect(json["intact"] as? Bool == false)
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.contains { $0["kind"] as? String == "row_changed" && $0["table"] as? String == "member" })
        #expect(problems.contains { $0["kind"] as? String == "unrecorded_changes" })
        let refused = try cli.fails(1, "election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        #expect(refused.stderr.contains("audit verify"))
    }
}
