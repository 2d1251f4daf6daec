import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("每名人选的推荐票、所在名单、资格审查情况及能否列入的原因", "every nominee: recommendations, lists, findings, and why they are on or off each list"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption

        func run(_ db: AppDatabase) throws {
            let report = try db.candidacy(election: target.election)
            if output.json {
                print(try renderJSON(CandidacyJSON(report)))
                return
            }
            if let seats = report.seats {
                print(L("职数：委员\(seats.committee)名（书记\(seats.secretary)名，副书记\(seats.deputySecretary)名）；委员人选至少\(report.minimumCommitteeNominees ?? 0)名",
                        "seats: \(seats.committee) members (\(seats.secretary) secretary, \(seats.deputySecretary) deputy); at least \(report.minimumCommitteeNominees ?? 0) committee nominees"))
                if let reduction = report.seatReduction { print(seatReductionText(reduction)) }
            } else {
                print(L("职数尚未确定", "seats not yet set"))
            }
            for round in report.rounds {
                print(L("\(round.kind.localized)：收回\(round.ballots)张，无效\(round.voidBallots)张，计入推荐\(round.counted)人次，未计入\(round.rejected.count)处",
                        "\(round.kind.localized): \(round.ballots) ballots, \(round.voidBallots) void, \(round.counted) recommendations counted, \(round.rejected.count) not counted"))
                for issue in round.rejected { print("  " + issue.localized) }
            }
            var table = TextTable(headers: [L("姓名", "name"), L("性别", "sex"), L("年龄", "age"), L("文化", "education"), L("党员推荐", "members"),
                                            L("代表推荐", "reps"), L("乡镇推荐", "township"), L("初步", "initial"), L("考察", "inspection"),
                                            L("预备", "prospective"), L("资格", "eligibility")])
            for n in report.nominees {
                func on(_ stage: ListStage) -> String { n.lists[stage.rawValue].map { $0.map(\.localized).joined(separator: "+") } ?? "" }
                let verdict = n.eligibility.map { ($0.eligible ? "✓" : "✗") + $0.post.localized }.joined(separator: " ")
                func votes(_ count: Int, _ rank: Int?) -> String { rank.map { L("\(count)（第\($0)）", "\(count) (#\($0))") } ?? "0" }
                table.add([n.name, n.gender.localized, "\(n.age)", n.education.localized, votes(n.membersVotes, n.membersRank), votes(n.representativesVotes, n.representativesRank),
                           n.townshipRecommended ? "✓" : "", on(.initial), on(.inspection), on(.prospective), verdict])
            }
            print(table.render())
            for n in report.nominees {
                let findings = n.eligibility.flatMap { e in e.findings.map { (e.post, $0) } }
                guard !findings.isEmpty || !n.objections.isEmpty || n.incumbentPost != nil else { continue }
                print("\(n.name)：")
                if let post = n.incumbentPost {
                    print("  " + L("现任\(post.localized)；离任审计：\(exitAuditText(n.exitAudit))；民主评议：\(termReviewText(n.termReview))",
                                   "outgoing \(post.localized); exit audit: \(exitAuditText(n.exitAudit)); evaluation: \(termReviewText(n.termReview))"))
                }
                // The outgoing secretary renominated: his organization's grade beside his name when 较差, and the 不宜 (4) prompt.
                let renominated = !n.lists.isEmpty || n.townshipRecommended
                if renominated, let grade = n.organizationGrade, grade.grade == .poor {
                    print("  ! " + L("本组织\(grade.year)年度分类定级为“较差”（软弱涣散党组织）", "the organization was graded poor (weak and lax) in \(grade.year)"))
                }
                if renominated, let years = n.lowRankYears {
                    print("  ! " + L("不宜继续担任书记(4)提示：\(years.map(String.init).joined(separator: "、"))年度量化考核连续在本乡镇排名靠后，请研判（tuixuan candidates assess-secretary）",
                                     "unfit to continue (4): the organization's score ranked near the township's bottom in \(years.map(String.init).joined(separator: " and ")); weigh it (tuixuan candidates assess-secretary)"))
                }
                for (post, finding) in findings {
                    let mark = finding.blocks ? "✗" : "✓"
                    print("  \(mark) [\(post.localized)] \(finding.fact.localized)")
                }
                for objection in n.objections {
                    let outcome = switch objection.resolution {
                    case "upheld"?: L("属实，移出名单", "upheld: off the list")
                    case "dismissed"?: L("不属实", "dismissed")
                    default: L("待办结", "open")
                    }
                    let mark = objection.resolution == "upheld" || objection.resolution == nil ? "✗" : "✓"
                    print("  \(mark) " + L("公示期间反映（\(objection.received)）：\(objection.summary)——\(outcome)\(objection.reason.map { "：" + $0 } ?? "")",
                                            "objection (\(objection.received)): \(objection.summary) — \(outcome)\(objection.reason.map { ": " + $0 } ?? "")"))
                }
            }
            for stage in ListStage.allCases {
                guard let problems = report.listProblems[stage.rawValue] else { continue }
                let blocking = problems.contains { $0.blocks }
                print(blocking ? L("\(stage.localized)：", "\(stage.localized):") : L("\(stage.localized)：符合要求", "\(stage.localized): meets every rule"))
                for problem in problems { print("  \(problem.blocks ? "✗" : "✓") " + problem.message.localized) }
            }
            for key in ListStage.allCases.map(\.rawValue) + ["elected"] {
                guard let composition = report.compositions[key] else { continue }
                let title = ListStage(rawValue: key)?.localized ?? L("当选的委员会", "the elected committee")
                print(L("\(title)的结构：", "\(title), composition: ") + compositionText(composition))
            }
        }
    }
}
