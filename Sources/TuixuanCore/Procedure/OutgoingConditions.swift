/// Conditions on the outgoing committee and the follow-up (seed 第五篇 五、3, 7, 29, 30).
extension Conditions {
    static let outgoingConditions: [ElectionCondition] = [
        // Step 3 离任审计 (五、3 "对村（社区）党组织委员会成员进行离任经济责任审计…对审计中发现的问题，要按有关规定及时妥善处理"):
        // every outgoing member audited, every problem found dealt with.
        Condition(
            name: "exitAudit.complete", title: LocalizedText(zh: "上届委员会成员均已离任审计，发现的问题均已处理", en: "every outgoing member audited, every problem dealt with"),
            check: { facts in
                if let missing = outgoingCommitteeMissing(facts) { return missing }
                let gaps = facts.outgoingReviewGaps
                var problems: [LocalizedText] = []
                if !gaps.unaudited.isEmpty {
                    problems.append(LocalizedText(
                        zh: "以下上届委员会成员尚未记录离任审计结果：\(abbreviated(gaps.unaudited, .zh))（tuixuan outgoing audit）",
                        en: "no exit audit recorded for: \(abbreviated(gaps.unaudited, .en)) (tuixuan outgoing audit)"))
                }
                if !gaps.auditProblemsOpen.isEmpty {
                    problems.append(LocalizedText(
                        zh: "以下成员离任审计发现的问题尚未处理：\(abbreviated(gaps.auditProblemsOpen, .zh))（tuixuan outgoing handled）",
                        en: "problems the exit audit found are not yet dealt with for: \(abbreviated(gaps.auditProblemsOpen, .en)) (tuixuan outgoing handled)"))
                }
                return problems.isEmpty ? nil : joined(problems)
            }),
        // Step 7 任期目标考核 (五、7 "领导班子及成员…述职，并进行民主评议，公开结果"): every outgoing member evaluated.
        Condition(
            name: "termReview.complete", title: LocalizedText(zh: "上届委员会成员均已述职并经民主评议", en: "every outgoing member reported and was evaluated"),
            check: { facts in
                if let missing = outgoingCommitteeMissing(facts) { return missing }
                let unreviewed = facts.outgoingReviewGaps.unreviewed
                return unreviewed.isEmpty ? nil : LocalizedText(
                    zh: "以下上届委员会成员尚未记录民主评议结果：\(abbreviated(unreviewed, .zh))（tuixuan outgoing review）",
                    en: "no democratic evaluation recorded for: \(abbreviated(unreviewed, .en)) (tuixuan outgoing review)")
            }),
        // Step 7 may be skipped only where there is no outgoing committee to evaluate.
        Condition(
            name: "organization.noCommitteeToReview",
            title: LocalizedText(zh: "没有上届委员会（新建党组织）", en: "no previous committee (a new organization)"),
            check: { facts in
                (facts.previousCommitteeSize ?? 0) == 0 && facts.outgoingMembers == 0
                    ? nil
                    : LocalizedText(
                        zh: "本组织有上届委员会，其成员须述职并接受民主评议，不能跳过本步骤",
                        en: "the organization has an outgoing committee whose members must report and be evaluated: this step cannot be skipped")
            }),
        // Step 29 思想疏导 (五、29 "与换届选举中落选和不再继续提名的同志谈心谈话"): a talk with every one of them.
        Condition(
            name: "counselling.everyoneTalkedWith", title: LocalizedText(zh: "已与每名落选和不再继续提名的同志谈心谈话", en: "a talk with everyone who lost or was left out"),
            check: { facts in
                facts.peopleNotCounselled.isEmpty ? nil : LocalizedText(
                    zh: "尚未记录与以下同志的谈心谈话：\(abbreviated(facts.peopleNotCounselled, .zh))（tuixuan result talk）",
                    en: "no talk recorded with: \(abbreviated(facts.peopleNotCounselled, .en)) (tuixuan result talk)")
            }),
        // Step 30 材料归档 (五、30 "收集整理换届选举工作材料，一并归档"): the archive bundle is checked and filed.
        Condition(
            name: "archive.filed", title: LocalizedText(zh: "归档包已核验并登记", en: "the archive bundle checked and filed"),
            check: { facts in
                facts.archiveFiled ? nil : LocalizedText(
                    zh: "归档包尚未核验登记（先 tuixuan archive export，再 tuixuan archive file）",
                    en: "no archive bundle is checked and filed (tuixuan archive export, then tuixuan archive file)")
            }),
    ]

    /// Where the organization had a committee, the members of the outgoing one must be recorded before they are audited or evaluated.
    static func outgoingCommitteeMissing(_ facts: ElectionFacts) -> LocalizedText? {
        guard let previous = facts.previousCommitteeSize, previous > 0, facts.outgoingMembers == 0 else { return nil }
        return LocalizedText(zh: "上届委员会有\(previous)名成员，尚未登记（tuixuan candidates incumbents）",
                             en: "the outgoing committee of \(previous) is not recorded (tuixuan candidates incumbents)")
    }
}
