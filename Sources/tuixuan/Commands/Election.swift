import ArgumentParser
import TuixuanCore
import TuixuanStore

/// `--election`: an election number, or a village/community code (its latest election).
struct ElectionOption: ParsableArguments {
    @Option(name: [.customShort("e"), .long], help: ArgumentHelp(L("换届选举编号，或村（社区）代码（取其最近一次选举）", "election number, or a village/community code (its latest election)")))
    var election: String
}

struct Election: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "election",
            abstract: L("换届选举：启动、列出、调查研判、指导组", "elections: start, list, survey assessment, guidance group"),
            subcommands: [Start.self, List.self, Assess.self, RectificationDecision.self, Guidance.self])
    }

    struct Start: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "start",
                abstract: L("为村（社区）启动一次换届选举", "start an election for a village or community"),
                discussion: L("选举锁定启动时的程序版本和规则集；以后发布的新版本不会改变进行中的选举。",
                              "The election is pinned to the procedure version and rule set it starts with; later versions never alter it."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Option(help: ArgumentHelp(L("村（社区）代码", "village or community code"))) var org: String
        @Option(help: ArgumentHelp(L("计划召开党员大会的日期（据此判定选举权）", "planned congress date (voting rights are judged on it)"))) var congressDate: CivilDate
        @Option(help: ArgumentHelp(L("标题（默认“某村某年换届选举”）", "title (default: \"<village> <year> election\")"))) var title: String?
        @Option(help: ArgumentHelp(L("程序，如 2018-county 或 2018-county@1（默认最新版本）", "procedure, e.g. 2018-county or 2018-county@1 (default: newest)"))) var procedure = "2018-county"
        @Option(help: ArgumentHelp(L("规则集：2020 或 1990（默认取程序的默认值）", "rule set: 2020 or 1990 (default: the procedure's)"))) var ruleSet: String?

        func run(_ db: AppDatabase) throws {
            let parts = procedure.split(separator: "@", maxSplits: 1).map(String.init)
            var version: Int?
            if parts.count == 2 {
                guard let parsed = Int(parts[1]) else {
                    throw UserFacingError(message: L("程序版本“\(parts[1])”不是数字", "procedure version \"\(parts[1])\" is not a number"), status: ExitStatus.refused)
                }
                version = parsed
            }
            let id = try db.startElection(by: actor.resolved, organizationCode: org, title: title, congressDate: congressDate,
                                          procedureKey: parts[0], version: version, ruleSetID: ruleSet)
            let status = try db.status(election: String(id))
            print(L("已启动换届选举 \(id)：\(status.election.title)（程序 \(status.election.procedure)，规则集 \(status.election.ruleSet)）",
                    "started election \(id): \(status.election.title) (procedure \(status.election.procedure), rule set \(status.election.ruleSet))"))
        }
    }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("列出换届选举", "list elections"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp(L("只列此组织及其下级的选举", "only elections under this organization"))) var under: String?

        func run(_ db: AppDatabase) throws {
            let elections = try db.elections(under: under)
            if output.json {
                print(try renderJSON(elections.map(ElectionJSON.init)))
                return
            }
            var table = TextTable(headers: [L("编号", "no."), L("村（社区）", "village"), L("乡镇", "township"), L("标题", "title"),
                                            L("程序", "procedure"), L("规则集", "rules"), L("大会日期", "congress")])
            for e in elections {
                table.add(["\(e.id)", "\(e.organizationName)（\(e.organizationCode)）", e.townshipName ?? "", e.title, e.procedure, e.ruleSet, e.congressDate.description])
            }
            print(table.render())
        }
    }

    struct Assess: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "assess", abstract: L("记录调查摸底的研判：是否为软弱涣散党组织（第1步）", "record the survey's assessment: weak and lax or not (step 1)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("是否软弱涣散：yes 或 no", "weak and lax: yes or no"))) var weakAndLax: YesNo
        @Option(help: ArgumentHelp(L("说明", "note"))) var note: String?

        func run(_ db: AppDatabase) throws {
            let step = try db.assessWeakAndLax(by: actor.resolved, election: target.election, weakAndLax: weakAndLax.value, note: note)
            print(weakAndLax.value ? L("已记录：属于软弱涣散党组织，须经第\(step)步集中整顿", "recorded: weak and lax; step \(step) (rectification) applies")
                                   : L("已记录：不属于软弱涣散党组织，第\(step)步可说明理由后跳过", "recorded: not weak and lax; step \(step) may be skipped with a reason"))
        }
    }

    struct RectificationDecision: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "rectification-decision",
                abstract: L("乡镇党委决定在整顿期间进行换届（整顿尚未验收时，第2步凭此办结）", "the township decides to hold the election during the rectification (step 2 closes on it before acceptance)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("决定日期（默认今天）", "date decided (default today)"))) var on: CivilDate?
        @Option(help: ArgumentHelp(L("决定的理由", "the reason"))) var reason: String

        func run(_ db: AppDatabase) throws {
            try db.decideElectionDuringRectification(by: actor.resolved, election: target.election, decidedOn: on ?? db.today, reason: reason)
            print(L("已记录：在整顿期间进行换届", "recorded: the election is held during the rectification"))
        }
    }

    struct Guidance: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "guidance", abstract: L("驻村指导组（第5步）", "the guidance group (step 5)"), subcommands: [Add.self, List.self])
        }

        struct Add: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "add", abstract: L("登记指导组成员", "add a guidance group member"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("姓名", "name"))) var name: String
            @Option(help: ArgumentHelp(L("职务，如“乡镇党委副书记”", "position, e.g. deputy township secretary"))) var position: String

            func run(_ db: AppDatabase) throws {
                try db.addGuidanceMember(by: actor.resolved, election: target.election, name: name, position: position)
                print(L("已登记指导组成员：\(name)（\(position)）", "added to the guidance group: \(name) (\(position))"))
            }
        }

        struct List: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "list", abstract: L("列出指导组成员", "list the guidance group"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            @OptionGroup var target: ElectionOption

            struct Entry: Encodable { var name: String; var position: String }

            func run(_ db: AppDatabase) throws {
                let group = try db.guidanceGroup(election: target.election)
                if output.json {
                    print(try renderJSON(group.map { Entry(name: $0.name, position: $0.position) }))
                    return
                }
                var table = TextTable(headers: [L("姓名", "name"), L("职务", "position")])
                for member in group { table.add([member.name, member.position]) }
                print(table.render())
            }
        }
    }
}

/// yes/no on the command line (是/否 too).
struct YesNo: ExpressibleByArgument {
    var value: Bool

    init?(argument: String) {
        switch argument.lowercased() {
        case "yes", "y", "true", "是": value = true
        case "no", "n", "false", "否": value = false
        default: return nil
        }
    }
}

/// An election as printed in JSON.
struct ElectionJSON: Encodable {
    var id: Int64
    var title: String
    var organizationCode: String
    var organizationName: String
    var organizationLevel: String
    var townshipName: String?
    var procedure: String
    var ruleSet: String
    var congressDate: String
    var weakAndLax: Bool?

    init(_ e: ElectionSummary) {
        id = e.id
        title = e.title
        organizationCode = e.organizationCode
        organizationName = e.organizationName
        organizationLevel = e.organizationLevel.rawValue
        townshipName = e.townshipName
        procedure = e.procedure
        ruleSet = e.ruleSet
        congressDate = e.congressDate.description
        weakAndLax = e.weakAndLax
    }
}
