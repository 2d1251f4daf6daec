import ArgumentParser
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
            table.add(["\(e.id)", e.occurredAt, e.operatorName ?? "", e.kind, e.step.map(String.init) ?? "", e.detail])
        }
        print(table.render())
    }
}
