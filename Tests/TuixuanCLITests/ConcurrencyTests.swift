import Foundation
import Testing

@Suite("Several processes on one file")
struct ConcurrencyTests {
    @Test("concurrent writers and readers never fail with 'database is locked' and lose no update")
    func concurrent() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        let writers = 12
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: writers * 2) { index in
            do {
                let output = index % 2 == 0
                    ? try cli.run(["election", "guidance", "add", "-e", "V1", "--name", "组员\(index)", "--position", "干事", "--operator", "乡指导"])
                    : try cli.run(["status", "-e", "V1", "--json"])
                results.append(output)
            } catch {
                results.append(CLI.Output(status: -1, stdout: "", stderr: "\(error)"))
            }
        }
        for output in results.all {
            #expect(output.status == 0, "\(output.stderr)")
            #expect(!output.stderr.contains("locked"))
        }
        let group = try cli.ok("election", "guidance", "list", "-e", "V1", "--json").json as? [[String: Any]]
        #expect(group?.count == writers)
    }
}

final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var outputs: [CLI.Output] = []

    func append(_ output: CLI.Output) {
        lock.lock()
        outputs.append(output)
        lock.unlock()
    }

    var all: [CLI.Output] {
        lock.lock()
        defer { lock.unlock() }
        return outputs
    }
}
