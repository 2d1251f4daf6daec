import Foundation

/// Work handed from one thread to another in batches, with a bound on how much may wait: a file is
/// read and checked on one core while the database writes on the other, and memory stays that of a
/// few batches however long the file is.
final class BatchPipe<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Element]] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 4) {
        self.capacity = capacity
    }

    /// Producer: waits while `capacity` batches wait; false once the consumer has given up.
    func send(_ batch: [Element]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// Producer: no more batches, because the work is done (nil) or failed.
    func finish(_ error: (any Error)? = nil) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer: the next batch, nil at the end; throws the producer's failure once every batch before it is taken.
    func receive() throws -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            let batch = batches.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// Consumer: stop the producer (the consumer failed and will take no more).
    func cancel() {
        condition.lock()
        cancelled = true
        batches = []
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs `produce` on a thread of its own, feeding `pipe`; the pipe is finished (with any error) when it returns.
func startProducer<Element: Sendable>(_ pipe: BatchPipe<Element>, _ produce: @escaping @Sendable (BatchPipe<Element>) throws -> Void) -> Thread {
    let thread = Thread {
        do {
            try produce(pipe)
            pipe.finish()
        } catch {
            pipe.finish(error)
        }
    }
    thread.stackSize = 8 << 20
    thread.start()
    return thread
}
