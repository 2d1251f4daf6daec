/// Conditions of steps 20–27 (seed 第五篇 五、(五) 大会选举; rules.md "People at the count", "Counting", "Secretary").
extension Conditions {
    static let congressConditions: [ElectionCondition] = [
        // Step 24: the congress adopted the election method.
        Condition(
            name: "congress.methodAdopted", title: LocalizedText(zh: "大会已通过选举办法", en: "election method adopted"),
            check: { facts in
                facts.methodAdopted ? nil : LocalizedText(zh: "大会尚未通过选举办法（tuixuan congress method）", en: "the election method is not adopted (tuixuan congress method)")
            }),
        // Step 24: scrutineers (one chief) approved and tellers designated.
        Condition(
            name: "congress.officersAppointed", title: LocalizedText(zh: "已通过监票人、计票人名单", en: "scrutineers and tellers named"),
            check: { facts in
                facts.chiefScrutineers == 1 && facts.tellers >= 1 ? nil
                    : LocalizedText(zh: "尚未确定总监票人和计票人（tuixuan congress officers）", en: "no chief scrutineer or teller yet (tuixuan congress officers)")
            }),
        // Steps 26, 27: nobody elected is barred (seed 三(五) 不得, 六、2 宣布其当选无效): each elected member, write-ins
        // included, judged like a nominee (findings, age, sanctions, the right to be elected) and against upheld objections.
        Condition(
            name: "result.electedEligible", title: LocalizedText(zh: "当选人均符合资格条件", en: "everyone elected is eligible"),
            check: { facts in
                facts.electedProblems.isEmpty ? nil : LocalizedText(
                    zh: "当选人资格有问题，须先处理（宣布当选无效 tuixuan result void，或记录审定的决定）：" + facts.electedProblems.map(\.zh).joined(separator: "；"),
                    en: "an elected member is not eligible; settle it first (declare the election void, tuixuan result void, or record the decision): "
                        + facts.electedProblems.map(\.en).joined(separator: "; "))
            }),
        // Step 26: every committee seat filled (further rounds and run-offs included).
        Condition(
            name: "congress.committeeElected", title: LocalizedText(zh: "委员已选满", en: "committee complete"),
            check: { facts in
                guard let seats = facts.committeeSeats else { return LocalizedText(zh: "尚未确定职数", en: "no seats set") }
                guard facts.committeeElected < seats else { return nil }
                let figures = LocalizedText(zh: "应选委员\(seats)名，已当选\(facts.committeeElected)名", en: "\(facts.committeeElected) of \(seats) committee members elected")
                // What the congress does about it: check in, hold a void round again, a run-off, a further round, reduce, adjourn.
                guard let next = facts.congressNext, next != .complete else { return figures }
                return LocalizedText(zh: figures.zh + "：" + next.describe(.zh), en: figures.en + ": " + next.describe(.en))
            }),
        // Step 26: the secretary (and a community's deputy) elected, directly or by the committee's plenary.
        Condition(
            name: "congress.secretaryElected", title: LocalizedText(zh: "书记（副书记）已选出", en: "secretary elected"),
            check: { facts in
                if !facts.secretaryElected {
                    if let next = facts.congressNext, case .proposeNominee(post: .secretary) = next { return LocalizedText(next) }
                    return LocalizedText(zh: "书记尚未选出（tuixuan round open --kind secretary；人选未当选委员或未选出时，乡镇党委另提人选：tuixuan congress propose-nominee）",
                                         en: "the secretary is not elected (tuixuan round open --kind secretary; if the nominee was not elected or the vote elected no one, the township proposes another: tuixuan congress propose-nominee)")
                }
                if facts.deputySeats > 0 && !facts.deputyElected { return LocalizedText(zh: "副书记尚未选出", en: "the deputy secretary is not elected") }
                return nil
            }),
        // Step 26: no round left open.
        Condition(
            name: "congress.noOpenRound", title: LocalizedText(zh: "没有未结束的投票", en: "no round open"),
            check: { facts in
                facts.openRound ? LocalizedText(zh: "还有一轮投票未结束（tuixuan round close）", en: "a round is still open (tuixuan round close)") : nil
            }),
    ]
}
