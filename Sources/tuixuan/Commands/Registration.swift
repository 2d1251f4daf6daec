import ArgumentParser
import TuixuanCore
import TuixuanStore

struct Registration: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "registration",
            abstract: L("党员选举登记与应到会人数（第9、10步）", "member registration and the expected attendance (steps 9–10)"),
            subcommands: [Show.self, Record.self, Exclude.self, Decide.self, CongressApprove.self, Approve.self, File.self])
    }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("登记情况：谁有选举权、参会意愿、外出党员通知、不计入应到会人数的人员和应到会人数", "registration: who votes, intentions, notices to away members, exclusions and the expected attendance"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption

        func run(_ db: AppDatabase) throws {
            let roll = try db.voterRoll(election: target.election)
            if output.json {
                print(try renderJSON(VoterRollJSON(roll)))
                return
            }
            var table = TextTable(headers: ["#", L("姓名", "name"), L("选举权", "vote"), L("参会意愿", "intention"), L("外出通知", "notice"), L("不计入应到会人数", "excluded")])
            for entry in roll.entries {
                let vote = entry.noVoteReason.map { L("无：", "no: ") + $0.localized } ?? L("有", "yes")
                let intention = entry.intention.map { $0 == .attend ? L("参加", "attend") : L("不参加", "absent") } ?? (entry.hasVote ? L("未登记", "not recorded") : "")
                let notice = entry.member.away ? (entry.notifiedVia.map { "\(channelName($0)) \(entry.notifiedOn?.description ?? "")" } ?? L("外出，未通知", "away, not notified")) : ""
                var exclusion = ""
                if let x = entry.exclusion {
                    let states = [x.higherAgreedBy.map { L("上级已同意（\($0)）", "higher agreed (\($0))") } ?? L("待上级同意", "awaiting higher committee"),
                                  x.congressApprovedBy.map { _ in L("大会已通过", "congress approved") } ?? L("待大会通过", "awaiting congress")]
                    exclusion = "\(x.reason.localized)；\(states.joined(separator: "，"))"
                }
                table.add(["\(entry.member.id!)", entry.member.name, vote, intention, notice, exclusion])
            }
            print(table.render())
            let a = roll.attendance
            print(L("有选举权党员\(a.voterIDs.count)人，经批准不计入\(a.excludedIDs.count)人，应到会人数：\(a.figure)人", "\(a.voterIDs.count) voters, \(a.excludedIDs.count) excluded with both approvals: expected attendance \(a.figure)"))
            if let approved = roll.approvedFigure {
                print(roll.approvalIsCurrent ? L("乡镇党委已批准：\(approved)人（\(roll.approvedBy ?? "")）", "approved by the township: \(approved) (\(roll.approvedBy ?? ""))")
                      : L("乡镇党委曾批准\(approved)人，此后情况有变，须重新审批", "the township approved \(approved), but it has changed since: approve again"))
            } else {
                print(L("应到会人数尚未经乡镇党委批准", "the expected attendance is not yet approved by the township"))
            }
            if let filed = roll.filedFigure { print(L("已报县委组织部备案：\(filed)人（\(roll.filedOn?.description ?? "")）", "filed with the county: \(filed) (\(roll.filedOn?.description ?? ""))")) }
        }
    }

    struct Record: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "record", abstract: L("登记参会意愿，或记录外出党员已通知到本人", "record intentions to attend, or that an away member was notified"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(name: .customLong("member"), help: ArgumentHelp(L("党员：姓名、身份证号或#编号；可多次给出", "member: name, ID number or #number; repeatable"))) var members: [String] = []
        @Flag(help: ArgumentHelp(L("适用于所有尚未登记意愿的有选举权党员", "apply to every voter with no intention recorded yet"))) var allUnregistered = false
        @Flag(help: ArgumentHelp(L("适用于所有外出党员", "apply to every away voter"))) var allAway = false
        @Option(help: ArgumentHelp(L("参会意愿：attend（参加）或 absent（不参加）", "intention: attend or absent"))) var intention: AttendanceIntention?
        @Option(help: ArgumentHelp(L("通知方式：phone、letter、sms、wechat、in_person", "notice channel: phone, letter, sms, wechat, in_person"))) var notifiedVia: NoticeChannel?
        @Option(help: ArgumentHelp(L("通知日期", "date notified"))) var notifiedOn: CivilDate?

        func validate() throws {
            if members.isEmpty && !allUnregistered && !allAway {
                throw ValidationError(L("请用 --member 指明党员，或给出 --all-unregistered 或 --all-away", "name members with --member, or give --all-unregistered or --all-away"))
            }
        }

        func run(_ db: AppDatabase) throws {
            let count = try db.register(by: actor.resolved, election: target.election, members: members, allUnregistered: allUnregistered, allAway: allAway,
                                        intention: intention, notifiedVia: notifiedVia, notifiedOn: notifiedOn ?? (notifiedVia != nil ? db.today : nil))
            print(L("已登记\(count)人", "recorded \(count) member(s)"))
        }
    }

    struct Exclude: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "exclude",
                abstract: L("提出某党员不计入应到会人数（须列明理由，经上级党组织同意并经党员大会通过方生效）", "propose leaving a member out of the expected attendance (a listed reason; effective only with the higher committee's agreement and the congress's approval)"),
                discussion: L("理由：" + ExclusionReason.allCases.map { "\($0.rawValue)（\($0.describe(.zh))）" }.joined(separator: "、"),
                              "Reasons: " + ExclusionReason.allCases.map { "\($0.rawValue) (\($0.describe(.en)))" }.joined(separator: ", ")))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("党员", "member"))) var member: String
        @Option(help: ArgumentHelp(L("理由代码", "reason code"))) var reason: ExclusionReason
        @Option(help: ArgumentHelp(L("具体情况", "the circumstances"))) var detail: String

        func run(_ db: AppDatabase) throws {
            let name = try db.proposeExclusion(by: actor.resolved, election: target.election, member: member, reason: reason, detail: detail).name
            print(L("已提出：\(name)不计入应到会人数（\(reason.localized)），待上级党组织同意和党员大会通过", "proposed: \(name) left out (\(reason.localized)); awaiting the higher committee and the congress"))
        }
    }

    struct Decide: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "decide", abstract: L("上级党组织（乡镇）同意或不同意某党员不计入应到会人数", "the higher committee (township) agrees or refuses an exclusion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("党员", "member"))) var member: String
        @Option(help: ArgumentHelp(L("是否同意：yes 或 no", "agree: yes or no"))) var agree: YesNo
        @Option(help: ArgumentHelp(L("意见", "note"))) var note: String?

        func run(_ db: AppDatabase) throws {
            try db.decideExclusion(by: actor.resolved, election: target.election, member: member, agree: agree.value, note: note)
            print(agree.value ? L("已记录上级党组织同意", "recorded the higher committee's agreement") : L("上级党组织不同意，申请已撤回，该党员仍计入应到会人数", "refused: the proposal is withdrawn and the member still counts"))
        }
    }

    struct CongressApprove: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "congress-approve", abstract: L("记录党员大会通过某党员不计入应到会人数", "record the congress's approval of an exclusion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("党员", "member"))) var member: String
        @Option(help: ArgumentHelp(L("大会通过日期（默认今天）", "date the congress approved (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            try db.recordCongressApprovalOfExclusion(by: actor.resolved, election: target.election, member: member, on: on ?? db.today)
            print(L("已记录党员大会通过", "recorded the congress's approval"))
        }
    }

    struct Approve: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "approve", abstract: L("乡镇党委批准应到会人数", "the township approves the expected attendance"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("批复意见", "note"))) var note: String?

        func run(_ db: AppDatabase) throws {
            let figure = try db.approveExpectedAttendance(by: actor.resolved, election: target.election, note: note)
            print(L("已批准应到会人数：\(figure)人", "approved the expected attendance: \(figure)"))
        }
    }

    struct File: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "file", abstract: L("将批准的应到会人数报县委组织部备案", "file the approved expected attendance with the county"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("备案日期（默认今天）", "date filed (default today)"))) var on: CivilDate?
        @Option(help: ArgumentHelp(L("备案文号", "filing reference"))) var reference: String?

        func run(_ db: AppDatabase) throws {
            let figure = try db.fileExpectedAttendance(by: actor.resolved, election: target.election, on: on ?? db.today, reference: reference)
            print(L("已报县委组织部备案：应到会人数\(figure)人", "filed with the county: expected attendance \(figure)"))
        }
    }
}

func channelName(_ channel: NoticeChannel) -> String {
    switch channel {
    case .phone: L("电话", "phone")
    case .letter: L("信函", "letter")
    case .sms: L("短信", "SMS")
    case .wechat: L("微信", "WeChat")
    case .inPerson: L("当面", "in person")
    }
}


struct VoterRollJSON: Encodable {
    struct Entry: Encodable {
        var memberId: Int64
        var name: String
        var hasVote: Bool
        var noVoteReason: String?
        var intention: String?
        var away: Bool
        var notifiedVia: String?
        var notifiedOn: String?
        var exclusion: Exclusion?
    }

    struct Exclusion: Encodable {
        var reason: String
        var detail: String
        var higherAgreedBy: String?
        var congressApprovedBy: String?
        var congressApprovedOn: String?
        var effective: Bool
    }

    var electionId: Int64
    var congressDate: String
    var ruleSet: String
    var voters: Int
    var excluded: Int
    var pendingExclusions: Int
    var expectedAttendance: Int
    var approvedFigure: Int?
    var approvalCurrent: Bool
    var filedFigure: Int?
    var filedOn: String?
    var members: [Entry]

    init(_ roll: VoterRoll) {
        electionId = roll.electionID
        congressDate = roll.congressDate.description
        ruleSet = roll.ruleSet
        voters = roll.attendance.voterIDs.count
        excluded = roll.attendance.excludedIDs.count
        pendingExclusions = roll.attendance.pendingIDs.count
        expectedAttendance = roll.attendance.figure
        approvedFigure = roll.approvedFigure
        approvalCurrent = roll.approvalIsCurrent
        filedFigure = roll.filedFigure
        filedOn = roll.filedOn?.description
        members = roll.entries.map { e in
            Entry(memberId: e.member.id!, name: e.member.name, hasVote: e.hasVote, noVoteReason: e.noVoteReason.map(noVoteCode),
                  intention: e.intention?.rawValue, away: e.member.away, notifiedVia: e.notifiedVia?.rawValue, notifiedOn: e.notifiedOn?.description,
                  exclusion: e.exclusion.map {
                      Exclusion(reason: $0.reason.rawValue, detail: $0.detail, higherAgreedBy: $0.higherAgreedBy,
                                congressApprovedBy: $0.congressApprovedBy, congressApprovedOn: $0.congressApprovedOn?.description, effective: $0.isEffective)
                  })
        }
    }
}

func noVoteCode(_ reason: NoVoteReason) -> String {
    switch reason {
    case .probationaryMember: "probationary_member"
    case .onPartyProbation: "party_probation"
    case .detained: "detained"
    case .arrested: "arrested"
    }
}
