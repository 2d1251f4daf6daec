import Foundation
import GRDB
import Testing
@testable import TuixuanStore

/// Issue 18: a newer program keeps every database of the previous release working. The database is the one release
/// 0.1.0's own binary wrote for the demo (Fixtures/release-0.1.0, made from tag v0.1.0), not one this checkout made and
/// rewound: what the older program really wrote is what an office has.
@Suite("Upgrade from the previous release")
struct UpgradeFromReleaseTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/release-0.1.0")

    /// The 0.1.0 database, unpacked into the test's folder as the database.
    static func unpack(into cli: CLI) throws {
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gunzip.arguments = ["gzip", "-dc", fixtures.appendingPathComponent("demo.sqlite.gz").path]
        FileManager.default.createFile(atPath: cli.databasePath, contents: nil)
        gunzip.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: cli.databasePath))
        try gunzip.run()
        gunzip.waitUntilExit()
        try #require(gunzip.terminationStatus == 0)
    }

    @Test("the 0.1.0 demo database: opens (upgraded with a copy kept, if this release adds migrations), verifies, shows its election, takes a signed act")
    func demoDatabase() throws {
        var cli = try CLI(now: "2026-12-20T09:00:00+08:00")
        cli.signsActs = false
        try Self.unpack(into: cli)
        let recorded = try DatabaseQueue(path: cli.databasePath).read { try OwnedSchema.recordedMigrations($0) }
        let upgrades = recorded.count < OwnedSchema.migrationNames.count
        #expect(Array(OwnedSchema.migrationNames.prefix(recorded.count)) == recorded, "0.1.0's migrations are this release's first ones, unchanged")

        let doctor = try cli.ok("doctor", "--json")
        #expect(InstallationCLITests.status(doctor, "schema") == (upgrades ? "warning" : "ok"))
        #expect(InstallationCLITests.status(doctor, "audit") == "ok")

        let status = try cli.ok("status", "-e", "330521001001", "--json")
        let board = try #require(status.json as? [String: Any])
        #expect(board["done"] as? Int == 32 && board["complete"] as? Bool == true)
        if upgrades {
            let copies = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.contains(".before-\(recorded.last!)") }
            #expect(copies.count == 1, "the copy from before the upgrade is kept beside the file")
            #expect(status.stderr.contains("已升级到本版本"))
        }
        let before = try #require(try cli.ok("audit", "verify", "--json").json as? [String: Any])
        #expect(before["intact"] as? Bool == true)

        // A new act, signed with the 0.1.0 reviewer's key (passphrase of the demo), then verified again.
        let key = cli.path("reviewer.key")
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("reviewer.key").path, toPath: key)
        chmod(key, 0o600)
        cli.environment["TUIXUAN_PASSPHRASE"] = "demo passphrase"
        try cli.ok("org", "add", "--operator", "周审核", "--key", key, "--code", "330521001009", "--name", "新建村", "--level", "village",
                   "--parent", "330521001", "--previous-size", "3")
        let verified = try cli.ok("audit", "verify", "--json")
        #expect((verified.json as? [String: Any])?["intact"] as? Bool == true)
        #expect((verified.json as? [String: Any])?["unsigned_events"] as? Int == before["unsigned_events"] as? Int, "the new act is signed")
        #expect((verified.json as? [String: Any])?["signatures_checked"] as? Int == (before["signatures_checked"] as? Int).map { $0 + 1 })
    }
}
