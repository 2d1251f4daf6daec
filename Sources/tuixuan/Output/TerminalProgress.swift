import Foundation
import TuixuanCore

/// Draws a progress line on the terminal for work that runs longer than a second; silent when
/// standard error is not a terminal (a pipe, a file, a test) or when JSON was asked for.
final class TerminalProgress: @unchecked Sendable {
    private let enabled: Bool
    private let unit: ProgressUnit
    private let started = Date()
    private var lastDrawn: Date?
    private let lock = NSLock()

    init(json: Bool, unit: ProgressUnit = .items) {
        enabled = !json && isatty(STDERR_FILENO) != 0
        self.unit = unit
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed >= 1, lastDrawn.map({ now.timeIntervalSince($0) >= 0.1 }) ?? true || done == total else { return }
        lastDrawn = now
        FileHandle.standardError.write(Data(("\r" + progressLine(done: done, total: total, elapsed: elapsed, unit: unit)).utf8))
    }

    func finish() {
        guard enabled, lastDrawn != nil else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
