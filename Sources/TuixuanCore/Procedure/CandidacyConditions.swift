/// Conditions of steps 11–19 (seed 第五篇 五、(四) 确定人选; 三、资格条件; 四、职数配备).
extension Conditions {
    static let candidacyConditions: [ElectionCondition] = [
        // Step 11: the seats are set within the plan (四、职数配备).
        Condition(
            name: "seats.set", title: LocalizedText(zh: "已确定职数", en: "seats set"),
            check: { facts in
                guard let problems = facts.seatProblems else {
                    return LocalizedText(zh: "尚未确定职数（tuixuan candidates seats set）", en: "the seats are not set (tuixuan candidates seats set)")
                }
                return joined(problems)
            }),
        // Step 12: both the members' and the representatives' recommendations are recorded.
        Condition(
            name: "recommendations.bothRounds", title: LocalizedText(zh: "党员推荐和群众推荐均已记录", en: "both recommendation rounds recorded"),
            check: { facts in
                var missing: [LocalizedText] = []
                if !facts.recommendationRounds.contains("members") { missing.append(LocalizedText(zh: "党员推荐", en: "the members' round")) }
                if !facts.recommendationRounds.contains("representatives") { missing.append(LocalizedText(zh: "村（居）民代表推荐", en: "the representatives' round")) }
                guard !missing.isEmpty else { return nil }
                return LocalizedText(zh: "尚未记录" + missing.map(\.zh).joined(separator: "和") + "（tuixuan candidates recommend）",
                                     en: "not recorded: " + missing.map(\.en).joined(separator: " and ") + " (tuixuan candidates recommend)")
            }),
        listCondition("initialList.valid", stage: "initial", LocalizedText(zh: "初步人选", en: "initial nominees")),
        // Step 13: the township committee's own recommendation is recorded.
        Condition(
            name: "townshipRecommendation.recorded", title: LocalizedText(zh: "乡镇党委推荐已记录", en: "township recommendation recorded"),
            check: { facts in
                facts.townshipRecommendations > 0 ? nil
                    : LocalizedText(zh: "尚未记录乡镇党委推荐的人选（tuixuan candidates recommend township）",
                                    en: "the township's recommendations are not recorded (tuixuan candidates recommend township)")
            }),
        // Step 14: the secretary nominee is settled on the initial list.
        Condition(
            name: "secretaryNominee.chosen", title: LocalizedText(zh: "已确定书记候选人初步人选", en: "secretary nominee chosen"),
            check: { facts in
                (facts.secretaryNominees["initial"] ?? 0) > 0 ? nil
                    : LocalizedText(zh: "初步人选中尚无书记人选（tuixuan candidates list --member 姓名:委员+书记）",
                                    en: "no secretary nominee on the initial list (tuixuan candidates list --member NAME:member+secretary)")
            }),
        // Step 15: every department has answered for every nominee.
        Condition(
            name: "vetting.complete", title: LocalizedText(zh: "资格联审各部门均已回复", en: "every vetting department answered"),
            check: { facts in
                facts.vettingMissing.isEmpty ? nil
                    : LocalizedText(zh: "资格联审尚缺\(facts.vettingMissing.count)项回复：\(abbreviated(facts.vettingMissing, .zh))",
                                    en: "\(facts.vettingMissing.count) vetting answers missing: \(abbreviated(facts.vettingMissing, .en))")
            }),
        listCondition("inspectionList.valid", stage: "inspection", LocalizedText(zh: "考察名单", en: "inspection list")),
        listCondition("prospectiveList.valid", stage: "prospective", LocalizedText(zh: "候选人预备人选", en: "prospective candidates")),
        // Step 17: the list is published (公示) from a start date not after today.
        Condition(
            name: "publicity.started", title: LocalizedText(zh: "候选人预备人选已公示", en: "list published"),
            check: { facts in
                guard let publicity = facts.publicity, let today = facts.today, publicity.start <= today else {
                    return LocalizedText(zh: "候选人预备人选尚未公示（tuixuan candidates publicity start）",
                                         en: "the list is not published (tuixuan candidates publicity start)")
                }
                return nil
            }),
        // Step 18: 公示结束后 — only after the last day of publicity.
        Condition(
            name: "publicity.ended", title: LocalizedText(zh: "公示期已满", en: "publicity ended"),
            check: { facts in
                guard let publicity = facts.publicity, let today = facts.today else {
                    return LocalizedText(zh: "候选人预备人选尚未公示（tuixuan candidates publicity start）", en: "the list has not been published (tuixuan candidates publicity start)")
                }
                return publicity.hasEnded(on: today) ? nil
                    : LocalizedText(zh: "公示期为\(publicity.start)至\(publicity.end)，公示结束后方可上报", en: "publicity runs \(publicity.start) to \(publicity.end): the list goes forward after it")
            }),
        // Step 18: every objection received during publicity is resolved.
        Condition(
            name: "objections.resolved", title: LocalizedText(zh: "公示期间反映的问题均已办结", en: "every objection resolved"),
            check: { facts in
                facts.unresolvedObjections.isEmpty ? nil
                    : LocalizedText(zh: "以下人选的反映尚未办结：\(facts.unresolvedObjections.joined(separator: "、"))",
                                    en: "objections not yet resolved for: \(facts.unresolvedObjections.joined(separator: ", "))")
            }),
        // Step 19: every candidate's pledge is signed and published.
        // Step 19 (version 5; seed 五、19 "乡镇党委与参与换届的工作人员、村（社区）“两委”班子成员、候选人预备人选…签订严守换届纪律承诺书"):
        // the staff (the guidance group) and the outgoing committee sign too, besides every candidate.
        Condition(
            name: "pledges.everyoneBound", title: LocalizedText(zh: "工作人员、“两委”班子成员和候选人均已签订纪律承诺", en: "staff, outgoing committee and candidates all pledged"),
            check: { facts in
                var missing: [LocalizedText] = []
                if !facts.pledgesMissing.isEmpty {
                    missing.append(LocalizedText(zh: "以下候选人的纪律承诺尚未签订或公示：\(facts.pledgesMissing.joined(separator: "、"))",
                                                 en: "pledges not yet signed or published: \(facts.pledgesMissing.joined(separator: ", "))"))
                }
                if !facts.bindingPledgesMissing.isEmpty {
                    missing.append(LocalizedText(
                        zh: "以下工作人员或“两委”班子成员尚未签订纪律承诺：\(abbreviated(facts.bindingPledgesMissing, .zh))（tuixuan candidates pledge --member 或 --staff）",
                        en: "no pledge signed by these staff or committee members: \(abbreviated(facts.bindingPledgesMissing, .en)) (tuixuan candidates pledge --member or --staff)"))
                }
                return joined(missing)
            }),
        Condition(
            name: "pledges.complete", title: LocalizedText(zh: "候选人均已签订并公示纪律承诺", en: "every pledge signed and published"),
            check: { facts in
                facts.pledgesMissing.isEmpty ? nil
                    : LocalizedText(zh: "以下候选人的纪律承诺尚未签订或公示：\(facts.pledgesMissing.joined(separator: "、"))",
                                    en: "pledges not yet signed or published: \(facts.pledgesMissing.joined(separator: ", "))")
            }),
    ]

    /// A stage's list exists and has no blocking problem (margin, eligibility, structure).
    static func listCondition(_ name: String, stage: String, _ what: LocalizedText) -> ElectionCondition {
        Condition(name: name, title: LocalizedText(zh: "\(what.zh)符合要求", en: "\(what.en) meets every rule"), check: { facts in
            guard let problems = facts.listProblems[stage] else {
                return LocalizedText(zh: "尚未确定\(what.zh)（tuixuan candidates list --stage \(stage)）", en: "no \(what.en) yet (tuixuan candidates list --stage \(stage))")
            }
            return problems.isEmpty ? nil : LocalizedText(zh: "\(what.zh)：", en: "\(what.en): ").joinedWith(problems)
        })
    }

    static func joined(_ texts: [LocalizedText]) -> LocalizedText? {
        texts.isEmpty ? nil : LocalizedText(zh: texts.map(\.zh).joined(separator: "；"), en: texts.map(\.en).joined(separator: "; "))
    }
}

extension LocalizedText {
    /// This text followed by each of `texts`, separated in each language's way.
    func joinedWith(_ texts: [LocalizedText]) -> LocalizedText {
        LocalizedText(zh: zh + texts.map(\.zh).joined(separator: "；"), en: en + texts.map(\.en).joined(separator: "; "))
    }
}
