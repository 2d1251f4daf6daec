import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct Candidates: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "candidates",
            abstract: L("确定人选（第11–19步）：职数、推荐、资格、名单", "choosing the candidates (steps 11–19): seats, recommendations, eligibility, lists"),
            subcommands: [Show.self, Seats.self, Incumbents.self, Recommend.self, ListCommand.self, Finding.self, Sanction.self, Decide.self, Acknowledge.self,
                          Vetting.self, Publicity.self, Approve.self, Pledge.self, Ballot.self, Cancel.self, AssessSecretary.self, Health.self, Complete.self])
    }

    /// `NAME[:post+post]`, posts as member/secretary/deputy or 委员/书记/副书记; member by default.
    struct MemberPosts: ExpressibleByArgument {
        var member: String
        var posts: Set<Post>

        init?(argument: String) {
            let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
            guard let name = parts.first, !name.isEmpty else { return nil }
            member = name
            guard parts.count == 2 else { posts = [.member]; return }
            var result: Set<Post> = []
            for token in parts[1].split(whereSeparator: { "+,、".contains($0) }) {
                switch token {
                case "member", "委员": result.insert(.member)
                case "secretary", "书记": result.insert(.secretary)
                case "deputy", "deputy_secretary", "副书记": result.insert(.deputySecretary)
                default: return nil
                }
            }
            guard !result.isEmpty else { return nil }
            posts = result
        }

        var entry: NomineeEntry { NomineeEntry(member, posts) }
    }

    static let memberPostsHelp = L("党员及其拟任职务：姓名[:委员+书记+副书记]（默认委员）；可多次给出",
                                   "member and posts: NAME[:member+secretary+deputy] (member by default); repeatable")

}

struct DecisionArgument: ExpressibleByArgument {
    var value: NomineeDecisionKind

    init?(argument: String) {
        switch argument {
        case "age", "age_exception": value = .ageException
        case "sanction", "sanction_exception": value = .sanctionException
        case "education", "education_acknowledged": value = .educationAcknowledged
        default: return nil
        }
    }
}


func printRound(_ report: RecommendationReport, json: Bool) throws {
    if json {
        print(try renderJSON(report))
        return
    }
    print(L("已记录\(report.kind.localized)：收回\(report.ballots)张，无效\(report.voidBallots)张，计入推荐\(report.counted)人次",
            "recorded the \(report.kind.localized): \(report.ballots) ballots, \(report.voidBallots) void, \(report.counted) recommendations counted"))
    for issue in report.rejected { printWarning(issue.localized) }
}

/// The reviewer's view in JSON.
struct CandidacyJSON: Encodable {
    /// `committee` is the seats as they stand; `planned_committee` the seat plan's, different only after a reduction.
    struct SeatsJSON: Encodable {
        var committee: Int; var plannedCommittee: Int; var secretary: Int; var deputySecretary: Int; var reduction: SeatReduction?
    }
    struct RoundJSON: Encodable { var round: String; var ballots: Int; var voidBallots: Int; var counted: Int; var rejected: [IssueJSON] }
    struct IssueJSON: Encodable { var line: Int; var column: String?; var value: String?; var reason: String }
    struct FindingJSON: Encodable { var rule: String; var effect: String; var settled: Bool; var blocks: Bool; var fact: String }
    struct EligibilityJSON: Encodable { var post: String; var eligible: Bool; var findings: [FindingJSON] }
    struct NomineeJSON: Encodable {
        var memberId: Int64; var name: String; var gender: String; var age: Int; var education: String; var incumbentPost: String?
        var membersVotes: Int; var representativesVotes: Int; var membersRank: Int?; var representativesRank: Int?; var townshipRecommended: Bool; var lists: [String: [String]]; var eligibility: [EligibilityJSON]
        var objections: [ObjectionEntry]
        /// An incumbent's exit audit and democratic evaluation (steps 3 and 7).
        var exitAudit: OutgoingMemberJSON.AuditJSON?
        var termReview: OutgoingMemberJSON.ReviewJSON?
        /// The outgoing secretary's organization: its grade of the year, and the two years its score ranked near the
        /// township's bottom (不宜 (4)); null for everyone else.
        var organizationGrade: YearGrade?
        var lowRankYears: [Int]?
    }

    var seats: SeatsJSON?
    var minimumCommitteeNominees: Int?
    var rounds: [RoundJSON]
    var nominees: [NomineeJSON]
    var listProblems: [String: [ProblemJSON]]
    /// 班子结构 per list (and `elected`): see Core/Candidacy/Composition.swift.
    var compositions: [String: Composition]
    struct ProblemJSON: Encodable { var message: String; var blocks: Bool }

    init(_ r: CandidacyReport) {
        seats = r.seats.map {
            SeatsJSON(committee: r.seatReduction?.seatsTo ?? $0.committee, plannedCommittee: $0.committee, secretary: $0.secretary,
                      deputySecretary: $0.deputySecretary, reduction: r.seatReduction)
        }
        minimumCommitteeNominees = r.minimumCommitteeNominees
        rounds = r.rounds.map { round in
            RoundJSON(round: round.kind.rawValue, ballots: round.ballots, voidBallots: round.voidBallots, counted: round.counted,
                      rejected: round.rejected.map { IssueJSON(line: $0.line, column: $0.column, value: $0.value, reason: $0.reason.localized) })
        }
        nominees = r.nominees.map { n in
            NomineeJSON(memberId: n.memberID, name: n.name, gender: n.gender.rawValue, age: n.age, education: n.education.rawValue,
                        incumbentPost: n.incumbentPost?.rawValue, membersVotes: n.membersVotes, representativesVotes: n.representativesVotes,
                        membersRank: n.membersRank, representativesRank: n.representativesRank,
                        townshipRecommended: n.townshipRecommended, lists: n.lists.mapValues { $0.map(\.rawValue) },
                        eligibility: n.eligibility.map { e in
                            EligibilityJSON(post: e.post.rawValue, eligible: e.eligible, findings: e.findings.map {
                                FindingJSON(rule: $0.rule, effect: $0.effect, settled: $0.settled, blocks: $0.blocks, fact: $0.fact.localized)
                            })
                        }, objections: n.objections,
                        exitAudit: n.exitAudit.map(OutgoingMemberJSON.AuditJSON.init),
                        termReview: n.termReview.map(OutgoingMemberJSON.reviewJSON),
                        organizationGrade: n.organizationGrade, lowRankYears: n.lowRankYears)
        }
        listProblems = r.listProblems.mapValues { $0.map { ProblemJSON(message: $0.message.localized, blocks: $0.blocks) } }
        compositions = r.compositions
    }
}

/// 班子结构 in one line: sex, age, channels, other posts, 一肩挑, and the youth league and women's federation heads left out.
func compositionText(_ c: Composition) -> String {
    var parts = [L("\(c.people)人，女性\(c.women)人（\(c.womenPercent ?? 0)%），\(c.youthAge)岁以下\(c.young)人",
                   "\(c.people) people, \(c.women) women (\(c.womenPercent ?? 0)%), \(c.young) aged \(c.youthAge) or under")]
    if !c.backgrounds.isEmpty {
        parts.append(L("来源：", "channels: ") + c.backgrounds.map { "\($0.background.localized)\(L("", " "))\($0.people)" }.joined(separator: L("、", ", ")))
    }
    if !c.posts.isEmpty {
        parts.append(L("兼任：", "also: ") + c.posts.map { "\($0.post.localized) \($0.names.joined(separator: L("、", ", ")))" }.joined(separator: L("；", "; ")))
    }
    if !c.secretaryAlsoChair.isEmpty {
        parts.append(L("书记兼村（居）民委员会主任（“一肩挑”）：", "secretary also chairs the villagers' committee: ") + c.secretaryAlsoChair.joined(separator: L("、", ", ")))
    }
    for holders in c.outside {
        parts.append(L("\(holders.post.localized)\(holders.names.joined(separator: "、"))不在其中（应进入“两委”班子）",
                       "\(holders.post.localized) \(holders.names.joined(separator: ", ")) is not among them (should join the two committees)"))
    }
    return parts.joined(separator: L("；", "; "))
}
