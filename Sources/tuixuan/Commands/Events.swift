import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct Events: DatabaseCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "events", abstract: L("事件记录：谁在何时做了什么（只增不改）", "event log: who did what and when (append-only)"))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var target: ElectionOption

    func run(_ db: AppDatabase) throws {
        let events = try db.events(election: target.election)
        if output.json {
            print(try renderJSON(events))
            return
        }
        var table = TextTable(headers: ["#", L("时间", "time"), L("操作人员", "operator"), L("事件", "event"), L("步骤", "step"), L("详情", "detail")])
        for e in events {
            table.add(["\(e.id)", Events.localTime(e.occurredAt), e.operatorName ?? "", EventLabels.kind(e.kind).localized,
                       e.step.map(String.init) ?? "", Events.detail(e.detail)])
        }
        print(table.render())
    }

    /// A stored UTC time as the election's local time with its offset (`2026-12-20 10:00:00 +08:00`); `--json` keeps it raw.
    static func localTime(_ stored: String) -> String {
        guard let date = storedWithFraction.date(from: stored) ?? storedPlain.date(from: stored) else { return stored }
        return local.string(from: date)
    }

    // Made once for the whole log, not once per row (a county's log runs to hundreds of thousands of events).
    nonisolated(unsafe) static let storedWithFraction: ISO8601DateFormatter = {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return parser
    }()
    nonisolated(unsafe) static let storedPlain = ISO8601DateFormatter()
    nonisolated(unsafe) static let local: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss xxx"
        return formatter
    }()

    /// The stored detail (a JSON object) field by field in the user's words; anything else is shown as stored.
    static func detail(_ stored: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [String: Any] else { return stored }
        let fields = object.keys.sorted().map { key in (key: key, value: object[key].map { "\($0)" } ?? "") }
        return EventLabels.detail(fields).localized
    }
}
