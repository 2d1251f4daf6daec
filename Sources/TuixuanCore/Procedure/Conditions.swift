/// A named condition a catalog step may require: a pure function of a procedure's facts (an election's, an
/// organization's grading…) that returns nil when it holds, or what is missing in the user's words.
public struct Condition<Facts>: Sendable {
    public var name: String
    public var title: LocalizedText
    public var check: @Sendable (Facts) -> LocalizedText?

    public init(name: String, title: LocalizedText, check: @escaping @Sendable (Facts) -> LocalizedText?) {
        self.name = name
        self.title = title
        self.check = check
    }
}

/// A condition of the election procedure (第五篇).
public typealias ElectionCondition = Condition<ElectionFacts>

/// The registry of named conditions. A catalog names them; adding a procedure version or a
/// local rule means adding data and, at most, a condition here. The engine knows none by name.
public enum Conditions {
    public static func named(_ name: String) -> ElectionCondition? { registry[name] }

    public static var all: [ElectionCondition] { registry.values.sorted { $0.name < $1.name } }

    /// The command that clears each condition a step waits on (issue 13: every blocker on the board says what to do).
    /// A condition whose message already names its command needs none here; `publicity.ended` waits for a date only.
    public static let remedies: [String: String] = [
        "survey.weakAndLaxAssessed": "tuixuan election assess",
        "survey.isWeakAndLax": "tuixuan election assess",
        "guidanceGroup.formed": "tuixuan election guidance add",
        "awayMembers.allNotified": "tuixuan registration record --member 姓名 --notified-via 电话",
        "registration.complete": "tuixuan registration record --member 姓名 --intention 参会",
        "exclusions.decided": "tuixuan registration decide；须党员大会通过的用 tuixuan registration congress-approve",
        "registration.filedWithCounty": "tuixuan registration approve，再 tuixuan registration file",
        "seats.set": "tuixuan candidates seats set",
        "recommendations.bothRounds": "tuixuan candidates recommend",
        "initialList.valid": "tuixuan candidates show 查看原因，tuixuan candidates list 调整",
        "inspectionList.valid": "tuixuan candidates show 查看原因，tuixuan candidates list 调整",
        "prospectiveList.valid": "tuixuan candidates show 查看原因，tuixuan candidates list 调整",
        "townshipRecommendation.recorded": "tuixuan candidates recommend",
        "vetting.complete": "tuixuan candidates vetting answer",
        "publicity.started": "tuixuan candidates publicity start",
        "objections.resolved": "tuixuan candidates publicity resolve",
        "pledges.everyoneBound": "tuixuan candidates pledge",
        "pledges.complete": "tuixuan candidates pledge",
        "congress.methodAdopted": "tuixuan congress method",
        "congress.officersAppointed": "tuixuan congress officers",
        "congress.committeeElected": "tuixuan congress next",
        "congress.secretaryElected": "tuixuan congress next",
        "congress.noOpenRound": "tuixuan round close",
        "result.electedEligible": "tuixuan result void",
        "exitAudit.complete": "tuixuan outgoing audit / tuixuan outgoing handled",
        "termReview.complete": "tuixuan outgoing review",
        "counselling.everyoneTalkedWith": "tuixuan result talk",
        "archive.filed": "tuixuan archive file",
    ]

    /// A condition's message with the command that clears it, unless the message names one already.
    static func withRemedy(_ detail: LocalizedText, _ remedy: String?) -> LocalizedText {
        guard let remedy, !detail.zh.contains("tuixuan ") else { return detail }
        return LocalizedText(zh: detail.zh + "（\(remedy)）", en: detail.en + " (\(remedy.replacingOccurrences(of: "姓名", with: "NAME").replacingOccurrences(of: "电话", with: "phone").replacingOccurrences(of: "参会", with: "attend").replacingOccurrences(of: "查看原因", with: "to see why").replacingOccurrences(of: "调整", with: "to change it").replacingOccurrences(of: "，再 ", with: ", then ").replacingOccurrences(of: "；须党员大会通过的用 ", with: "; those the congress approves: ").replacingOccurrences(of: "，", with: ", ")))")
    }

    static let registry: [String: ElectionCondition] = Dictionary(
        uniqueKeysWithValues: (stepConditions + candidacyConditions + congressConditions + outgoingConditions).map { ($0.name, $0) }
    )

    /// Conditions of steps 1–11 (seed 第五篇 五、(一)–(四)).
    static let stepConditions: [ElectionCondition] = [
        // Step 1 调查摸底: the survey says whether the organization is 软弱涣散.
        Condition(
            name: "survey.weakAndLaxAssessed",
            title: LocalizedText(zh: "已研判是否为软弱涣散党组织", en: "weak-and-lax assessment recorded"),
            check: { facts in
                facts.weakAndLax == nil
                    ? LocalizedText(
                        zh: "尚未记录是否为软弱涣散党组织（tuixuan election assess）",
                        en: "the weak-and-lax assessment is not recorded (tuixuan election assess)")
                    : nil
            }),
        // Step 2 集中整顿 applies only to a 软弱涣散 organization; others skip it with a reason.
        Condition(
            name: "survey.isWeakAndLax",
            title: LocalizedText(zh: "属于软弱涣散党组织", en: "the organization is weak and lax"),
            check: { facts in
                switch facts.weakAndLax {
                case true?: nil
                case false?: LocalizedText(
                    zh: "本组织经研判不属于软弱涣散党组织，本步骤应说明理由后跳过（tuixuan step skip）",
                    en: "the organization was assessed as not weak and lax: skip this step with a reason (tuixuan step skip)")
                case nil: LocalizedText(zh: "尚未研判是否为软弱涣散党组织", en: "the weak-and-lax assessment is not recorded")
                }
            }),
        // Step 2 (version 6) closes on the rectification accepted ("工作组驻点整顿直至党支部彻底转化并验收通过再撤离", 004 第一篇
        // 三、(二)4), or on the township's decision to hold the election during it.
        Condition(
            name: "rectification.acceptedOrHeldDuring",
            title: LocalizedText(zh: "整顿已验收，或决定整顿期间换届", en: "rectification accepted, or the election held during it"),
            check: { facts in
                if facts.weakAndLax != true || facts.heldDuringRectification || facts.rectificationOnFile?.accepted == true { return nil }
                guard let rectification = facts.rectificationOnFile else {
                    return LocalizedText(
                        zh: "尚未开始集中整顿（tuixuan rectification start）；或由乡镇党委决定在整顿期间进行换届（tuixuan election rectification-decision）",
                        en: "no rectification has begun (tuixuan rectification start); or the township decides to hold the election during it (tuixuan election rectification-decision)")
                }
                return LocalizedText(
                    zh: "\(rectification.year)年度整顿尚未验收通过（tuixuan rectification status）；或由乡镇党委决定在整顿期间进行换届（tuixuan election rectification-decision）",
                    en: "the \(rectification.year) rectification is not yet accepted (tuixuan rectification status); or the township decides to hold the election during it (tuixuan election rectification-decision)")
            }),
        // Step 2 may be skipped only by an organization assessed as not 软弱涣散 (seed 五、2 "集中整顿软弱涣散村（社区）党组织").
        Condition(
            name: "survey.notWeakAndLax",
            title: LocalizedText(zh: "经研判不属于软弱涣散党组织", en: "assessed as not weak and lax"),
            check: { facts in
                switch facts.weakAndLax {
                case false?: nil
                case true?: LocalizedText(
                    zh: "本组织经研判属于软弱涣散党组织，必须集中整顿，不能跳过本步骤",
                    en: "the organization was assessed as weak and lax: it must be rectified, and this step cannot be skipped")
                case nil: LocalizedText(
                    zh: "尚未研判是否为软弱涣散党组织，不能跳过本步骤（tuixuan election assess）",
                    en: "the weak-and-lax assessment is not recorded, so this step cannot be skipped (tuixuan election assess)")
                }
            }),
        // Step 3 may be skipped only where there is no outgoing committee to audit (seed 五、3 "对…委员会成员进行离任经济责任审计").
        Condition(
            name: "organization.noPreviousCommittee",
            title: LocalizedText(zh: "没有上届委员会（新建党组织）", en: "no previous committee (a new organization)"),
            check: { facts in
                (facts.previousCommitteeSize ?? 0) == 0 && facts.outgoingMembers == 0
                    ? nil
                    : LocalizedText(
                        zh: "本组织有上届委员会，须对其成员进行离任经济责任审计，不能跳过本步骤",
                        en: "the organization has an outgoing committee whose members must have an exit audit: this step cannot be skipped")
            }),
        // Step 29 may be skipped only when nobody lost or was not renominated (seed 五、29 "与…落选和不再继续提名的同志谈心谈话").
        Condition(
            name: "counselling.nobodyToCounsel",
            title: LocalizedText(zh: "没有落选或不再继续提名的同志", en: "nobody lost or was left out"),
            check: { facts in
                facts.peopleToCounsel.isEmpty
                    ? nil
                    : LocalizedText(
                        zh: "须与落选和不再继续提名的同志谈心谈话：\(abbreviated(facts.peopleToCounsel, .zh))，不能跳过本步骤",
                        en: "those who lost or were left out must be talked with: \(abbreviated(facts.peopleToCounsel, .en)); this step cannot be skipped")
            }),
        // Step 5 成立机构: a guidance group is sent to the village.
        Condition(
            name: "guidanceGroup.formed",
            title: LocalizedText(zh: "已组建驻村指导组", en: "guidance group formed"),
            check: { facts in
                facts.guidanceGroupSize == 0
                    ? LocalizedText(
                        zh: "尚未登记驻村指导组成员（tuixuan election guidance add）",
                        en: "no guidance group member is recorded (tuixuan election guidance add)")
                    : nil
            }),
        // Step 9 宣传发动: every away member with a vote is notified in person or by phone, letter or message.
        Condition(
            name: "awayMembers.allNotified",
            title: LocalizedText(zh: "外出党员均已通知到本人", en: "every away member notified"),
            check: { facts in
                facts.awayVotersNotNotified.isEmpty
                    ? nil
                    : LocalizedText(
                        zh: "以下\(facts.awayVotersNotNotified.count)名外出党员尚未通知到本人：\(abbreviated(facts.awayVotersNotNotified, .zh))",
                        en: "\(facts.awayVotersNotNotified.count) away members not yet notified: \(abbreviated(facts.awayVotersNotNotified, .en))")
            }),
        // Step 10 党员选举登记: every member with a vote has a recorded intention.
        Condition(
            name: "registration.complete",
            title: LocalizedText(zh: "有选举权的党员均已登记参会意愿", en: "every voter's intention recorded"),
            check: { facts in
                if facts.voterCount == 0 {
                    return LocalizedText(zh: "名册中没有有选举权的党员（请先导入党员名册：tuixuan member import）", en: "the roll has no member with a vote (import the roll first: tuixuan member import)")
                }
                return facts.votersWithoutIntention.isEmpty
                    ? nil
                    : LocalizedText(
                        zh: "以下\(facts.votersWithoutIntention.count)名党员尚未登记参会意愿：\(abbreviated(facts.votersWithoutIntention, .zh))",
                        en: "\(facts.votersWithoutIntention.count) voters have no recorded intention: \(abbreviated(facts.votersWithoutIntention, .en))")
            }),
        // Step 10: an exclusion from the expected attendance needs both approvals or withdrawal.
        Condition(
            name: "exclusions.decided",
            title: LocalizedText(zh: "不计入应到会人数的申请均已办结", en: "every exclusion decided"),
            check: { facts in
                facts.undecidedExclusions.isEmpty
                    ? nil
                    : LocalizedText(
                        zh: "以下党员不计入应到会人数尚缺上级党组织同意或党员大会通过：\(facts.undecidedExclusions.joined(separator: "、"))",
                        en: "exclusions still awaiting the higher committee's agreement or the congress's approval: \(facts.undecidedExclusions.joined(separator: ", "))")
            }),
        // Step 10: the approved figure is filed with the county organization department.
        Condition(
            name: "registration.filedWithCounty",
            title: LocalizedText(zh: "应到会人数已报县委组织部备案", en: "expected attendance filed with the county"),
            check: { facts in
                guard let filed = facts.filedExpectedAttendance else {
                    return LocalizedText(
                        zh: "应到会人数尚未报县委组织部备案（tuixuan registration file）",
                        en: "the expected attendance is not filed with the county (tuixuan registration file)")
                }
                if let current = facts.expectedAttendance, current != filed {
                    return LocalizedText(
                        zh: "备案的应到会人数为\(filed)人，与当前计算的\(current)人不符，须重新审批并备案",
                        en: "the filed expected attendance (\(filed)) differs from the current figure (\(current)): approve and file again")
                }
                return nil
            }),
    ]

    static func abbreviated(_ names: [String], _ language: Language) -> String {
        let shown = names.prefix(10).joined(separator: language == .zh ? "、" : ", ")
        guard names.count > 10 else { return shown }
        return language == .zh ? "\(shown)等" : "\(shown), …"
    }
}
