import ArgumentParser

@main
struct Tuixuan: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "tuixuan",
            abstract: L("推选：村（社区）党组织“两推一选”换届选举管理", "Tuixuan: managing \"two recommendations, one election\" Party organization elections"),
            discussion: L(
                "按县试点方案的32个步骤推进每个村（社区）的换届选举，随时显示已完成什么、下一步做什么、什么在阻碍。\n所有改动数据的命令都须以 --operator 指明操作人员。--lang en 显示英文。",
                "Steps each village or community through the 32 steps of the county plan, showing at every moment what is done, what is next and what blocks it.\nEvery command that changes data names its operator with --operator. --lang en for English."),
            version: "0.1.0",
            subcommands: [
                Init.self, Org.self, OperatorCommand.self, MemberCommand.self, Election.self, Step.self,
                Registration.self, Status.self, Events.self, ProcedureCommand.self, Dev.self,
            ])
    }
}
