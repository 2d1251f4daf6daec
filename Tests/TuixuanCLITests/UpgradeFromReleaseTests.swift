import Foundation
import GRDB
import Testing
@testable import TuixuanStore

/// The databases earlier releases' own binaries wrote for the demo (Fixtures/release-<version>, each made from its tag; see
/// the README beside each), not files this checkout made and rewound: what the older program really wrote is what an
/// office has.
enum Release {
    /// Every release with a fixture, oldest first; the last is the previous release.
    static let all = ["0.1.0", "0.2.0"]
    static var previous: String { all.last! }

    static func folder(_ release: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/release-\(release)")
    }

    /// The release's demo database, unpacked to `path`.
    static func unpack(_ release: String, to path: String) throws {
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gunzip.arguments = ["gzip", "-dc", folder(release).appendingPathComponent("demo.sqlite.gz").path]
        FileManager.default.createFile(atPath: path, contents: nil)
        gunzip.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try gunzip.run()
        gunzip.waitUntilExit()
        try #require(gunzip.terminationStatus == 0)
    }

    /// The newest release's database that is behind this program (what an office upgrading has), unpacked to `path`; the
    /// migrations it records.
    @discardableResult
    static func unpackOlder(to path: String) throws -> [String] {
        for release in all.reversed() {
            try? FileManager.default.removeItem(atPath: path)
            try unpack(release, to: path)
            let queue = try DatabaseQueue(path: path)
            let recorded = try queue.read { try OwnedSchema.recordedMigrations($0) }
            try queue.close()
            if recorded.count < OwnedSchema.migrationNames.count { return recorded }
        }
        Issue.record("no release fixture is older than this program")
        throw CancellationError()
    }
}

/// Issue 18: a newer program keeps every database of the earlier releases working.
@Suite("Upgrade from the previous releases")
struct UpgradeFromReleaseTests {
    @Test("a release's demo database: opens (upgraded with a copy kept, if this release adds migrations), verifies, shows its election, takes a signed act",
          arguments: Release.all)
    func demoDatabase(release: String) throws {
        var cli = try CLI(now: "2026-12-20T09:00:00+08:00")
        cli.signsActs = false
        try Release.unpack(release, to: cli.databasePath)
        let recorded = try DatabaseQueue(path: cli.databasePath).read { try OwnedSchema.recordedMigrations($0) }
        let upgrades = recorded.count < OwnedSchema.migrationNames.count
        #expect(Array(OwnedSchema.migrationNames.prefix(recorded.count)) == recorded, "\(release)'s migrations are this release's first ones, unchanged")

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

        // A new act, signed with the release's reviewer's key (passphrase of the demo), then verified again.
        let key = cli.path("reviewer.key")
        try FileManager.default.copyItem(atPath: Release.folder(release).appendingPathComponent("reviewer.key").path, toPath: key)
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

/// Issue 15: since migration 0026 the members an act imports are recorded by digest, in runs of at most 64 ids; those the
/// previous release imported stay logged one by one. Both kinds hold after the upgrade: an edit of either is found, and
/// names the member (logged) or the run of ids it is in (digest).
@Suite("Members on an upgraded file")
struct UpgradedMembersTests {
    @Test("after the upgrade a new roll is recorded by digest in runs of 64; an edit of an old member or of a new one is found")
    func membersAfterUpgrade() throws {
        var cli = try CLI(now: "2026-12-20T09:00:00+08:00")
        cli.signsActs = false
        try Release.unpack(Release.previous, to: cli.databasePath)
        let key = cli.path("reviewer.key")
        try FileManager.default.copyItem(atPath: Release.folder(Release.previous).appendingPathComponent("reviewer.key").path, toPath: key)
        chmod(key, 0o600)
        cli.environment["TUIXUAN_PASSPHRASE"] = "demo passphrase"
        try cli.ok("org", "add", "--operator", "周审核", "--key", key, "--code", "330521001009", "--name", "新建村", "--level", "village",
                   "--parent", "330521001", "--previous-size", "3")
        let given = "春夏秋冬东南西北中和".map(String.init)
        let names = given.flatMap { first in given.prefix(7).map { "孙\(first)\($0)" } }   // 70 members: runs of 64 and 6
        let roll = CLI.rollHeader + "\n" + names.map { "\($0),男,1970-01-01,,高中,1995-01-01,正式,,,,否,\n" }.joined()
        try cli.ok("member", "import", try cli.write("roll.csv", roll), "--org", "330521001009", "--operator", "周审核", "--key", key)
        #expect((try cli.ok("audit", "verify", "--json").json as? [String: Any])?["intact"] as? Bool == true)

        let queue = try DatabaseQueue(path: cli.databasePath)
        let (oldest, newest, runs, logged) = try queue.read { db in
            (try Int64.fetchOne(db, sql: "SELECT min(id) FROM member")!, try Int64.fetchOne(db, sql: "SELECT max(id) FROM member")!,
             try Row.fetchAll(db, sql: "SELECT first, last FROM bulk_insert WHERE tbl = 'member' ORDER BY first").map { "#\($0["first"] as Int64)–#\($0["last"] as Int64)" },
             try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_change WHERE tbl = 'member' AND op = 'insert' AND json_extract(pk, '$[0]') > ?",
                              arguments: [try Int64.fetchOne(db, sql: "SELECT high_rowid FROM bulk_high_water WHERE tbl = 'member'") ?? 0])!)
        }
        #expect(runs == ["#\(newest - 69)–#\(newest - 6)", "#\(newest - 5)–#\(newest)"])
        #expect(logged == 0, "the new members are not written twice")

        // The attacker edits one member of each kind with the sqlite3 shell, the trigger put back as it was.
        try queue.writeWithoutTransaction { db in
            let trigger = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'audit_member_update'")!
            try db.execute(sql: "DROP TRIGGER audit_member_update; UPDATE member SET phone = '110' WHERE id IN (?, ?); \(trigger)", arguments: [oldest, newest - 1])
        }
        try queue.close()
        let report = try cli.fails(1, "audit", "verify", "--json")
        let problems = try #require((report.json as? [String: Any])?["problems"] as? [[String: Any]])
        let changed = Set(problems.filter { $0["kind"] as? String == "row_changed" && $0["table"] as? String == "member" }.compactMap { $0["key"] as? String })
        #expect(changed == ["[\(oldest)]", "#\(newest - 5)–#\(newest)"], "\(problems)")
    }
}
