// The floor of this stack, for Scripts/bench.sh: a Swift program linking Foundation and GRDB that
// opens the database file read-only and runs one query. A `tuixuan` command cannot start faster
// than this; the benchmark reports how close it comes.
import Foundation
import GRDB

guard CommandLine.arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: tuixuan-floor DATABASE ELECTION-ID\n".utf8))
    exit(2)
}
var configuration = Configuration()
configuration.readonly = true
let queue = try DatabaseQueue(path: CommandLine.arguments[1], configuration: configuration)
let title = try queue.read { db in
    try String.fetchOne(db, sql: "SELECT title FROM election WHERE id = ?", arguments: [Int64(CommandLine.arguments[2]) ?? 0])
}
print(title ?? "")
