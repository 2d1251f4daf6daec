/// The words of every refusal, in Chinese and English. Nothing else decides what a refusal says.
extension Refusal {
    public func describe(_ language: Language) -> String {
        text.text(language)
    }

    /// Both languages at once (the text of a refusal never depends on anything but its facts).
    public var text: LocalizedText {
        func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }
        func list(_ items: [some UserDescribable], _ zh: String, _ en: String) -> LocalizedText {
            t(items.map { $0.describe(.zh) }.joined(separator: zh), items.map { $0.describe(.en) }.joined(separator: en))
        }
        switch self {
        case .operatorRequired:
            return t("请用 --operator 指明操作人员（或设置环境变量 TUIXUAN_OPERATOR）", "name the operator with --operator (or set TUIXUAN_OPERATOR)")
        case .operatorUnknown(let name):
            return t("没有名为“\(name)”的操作人员（tuixuan operator list 可查看）", "no operator named \"\(name)\" (see tuixuan operator list)")
        case .organizationUnknown(let code):
            return t("没有代码为“\(code)”的组织（tuixuan org list 可查看）", "no organization with code \"\(code)\" (see tuixuan org list)")
        case .electionUnknown(let reference):
            return t("找不到换届选举“\(reference)”（可用选举编号或村、社区代码；tuixuan election list 可查看）",
                     "no election \"\(reference)\" (give an election number or a village/community code; see tuixuan election list)")
        case .memberUnknown(let reference):
            return t("名册中没有党员“\(reference)”", "no member \"\(reference)\" on the roll")
        case .memberAmbiguous(let reference, let candidates):
            return t("“\(reference)”对应多名党员：\(candidates.joined(separator: "；"))。请改用身份证号或党员编号（#编号）",
                     "\"\(reference)\" matches several members: \(candidates.joined(separator: "; ")). Use the ID number or the member number (#N)")
        case .outOfScope(let name, let organization):
            return t("操作人员“\(name)”无权办理“\(organization)”的事项（不在其管辖范围内）", "operator \"\(name)\" may not act for \(organization) (outside their area)")
        case .roleNotAllowed(let role, let allowed):
            let names = list(allowed, "、", ", ")
            return t("角色「\(role.describe(.zh))」无权办理此事项（须由\(names.zh)办理）", "the role \"\(role.describe(.en))\" may not do this (only: \(names.en))")
        case .stepUnknown(let step, let count):
            return t("没有第\(step)步（本程序共\(count)步）", "there is no step \(step) (the procedure has \(count))")

        case .notInitialized:
            return t("数据库尚未初始化（tuixuan init）", "the database is not initialized (tuixuan init)")
        case .alreadyInitialized:
            return t("数据库已初始化，不能重复初始化", "the database is already initialized")
        case .organizationCodeInvalid(let code):
            return t("组织代码“\(code)”无效：只能由字母、数字和“-”组成，不超过32位", "organization code \"\(code)\" is invalid: letters, digits and '-', at most 32")
        case .nameInvalid(let field, let name):
            let what = switch field {
            case .operatorName: t("操作人员姓名", "operator name")
            case .organizationName: t("组织名称", "organization name")
            case .guidanceMemberName: t("指导组成员姓名", "guidance group member's name")
            case .objectionFiler: t("提出异议的单位", "objecting body")
            }
            return t("\(what.zh)“\(name)”无效：不能为空、不能有首尾空格，不超过50个字", "\(what.en) \"\(name)\" is invalid: not empty, no surrounding spaces, at most 50 characters")
        case .organizationInvalid(let reasons):
            return t(reasons.map(\.zh).joined(separator: "；"), reasons.map(\.en).joined(separator: "; "))
        case .townshipMayNotRegister:
            return t("乡镇只能登记村（社区）党组织、计票人和监票人的操作人员", "a township registers only village operators, tellers and scrutineers")
        case .roleAtWrongLevel(let role, let organization, let level):
            let levels = role.organizationLevels
            return t("角色「\(role.describe(.zh))」应属于\(levels.map { $0.describe(.zh) }.sorted().joined(separator: "或"))，而“\(organization)”是\(level.describe(.zh))",
                     "the role \"\(role.describe(.en))\" belongs to a \(levels.map { $0.describe(.en) }.sorted().joined(separator: " or ")), but \(organization) is a \(level.describe(.en))")
        case .operatorNameTaken(let name):
            return t("已有名为“\(name)”的操作人员", "an operator named \"\(name)\" exists")
        case .rollOnlyForVillages(let organization, let level):
            return t("只有村、社区党组织有党员名册，“\(organization)”是\(level.describe(.zh))",
                     "only villages and communities keep a member roll; \(organization) is a \(level.describe(.en))")
        case .dueDatesPerTownship(let organization):
            return t("时间要求按乡镇设定，“\(organization)”不是乡镇", "due dates are set per township; \(organization) is not one")
        case .importRejected(let rejection):
            return t(rejection.describe(.zh), rejection.describe(.en))

        case .catalogInvalid(let problems):
            return t("程序目录无效：\n  " + problems.joined(separator: "\n  "), "invalid procedure catalog:\n  " + problems.joined(separator: "\n  "))
        case .catalogVersionTaken(let reference):
            return t("程序 \(reference) 已登记且内容不同；修改程序须使用新的版本号",
                     "procedure \(reference) is already registered with other content: a changed procedure needs a new version")
        case .procedureUnknown(let key, let version):
            let name = key + (version.map { "@\($0)" } ?? "")
            return t("没有程序 \(name)（tuixuan procedure list 可查看）", "no procedure \(name) (see tuixuan procedure list)")
        case .ruleSetUnknown(let id, let available):
            return t("没有规则集“\(id)”（可用：\(available.joined(separator: "、"))）", "no rule set \"\(id)\" (available: \(available.joined(separator: ", ")))")
        case .notAnElectingOrganization(let organization, let level):
            return t("只有村、社区党组织进行换届选举，“\(organization)”是\(level.describe(.zh))",
                     "only villages and communities hold these elections; \(organization) is a \(level.describe(.en))")
        case .congressDateInPast(let date):
            return t("党员大会日期\(date)已过", "the congress date \(date) is in the past")
        case .electionUnfinished(let organization, let election):
            return t("“\(organization)”已有未完成的换届选举（编号\(election)）", "\(organization) already has an unfinished election (number \(election))")
        case .stepBlocked(let step, let title, let blockers):
            return t((["步骤 \(step)「\(title.zh)」不能办理："] + blockers.map { "  - " + $0.describe(.zh) }).joined(separator: "\n"),
                     (["step \(step) \"\(title.en)\" cannot proceed:"] + blockers.map { "  - " + $0.describe(.en) }).joined(separator: "\n"))
        case .stepClosed(let step, let subject):
            let what = subject.text
            return t("第\(step)步已完成，\(what.zh)不能再改", "step \(step) is closed: \(what.en) can no longer change")
        case .dateInFuture(let date, let today):
            return t("日期\(date)晚于今天（\(today)）", "the date \(date) is after today (\(today))")
        case .dateBeforeItsGrounds(let date, let grounds):
            return t("日期\(date)早于它所依据的\(grounds)", "the date \(date) is before \(grounds), which it rests on")
        case .documentNeedsDigest:
            return t("文件记录须附SHA-256", "a document record needs its SHA-256")
        case .stepAlreadyApproved(let level):
            return t("\(level.describe(.zh))已审批过本步骤", "the \(level.describe(.en)) has already approved this step")
        case .approvalNotInProcedure(let subject):
            return switch subject {
            case .result: t("本程序版本没有选举结果的批复", "this procedure version has no approval of the result")
            case .expectedAttendance: t("本程序不需要审批应到会人数", "this procedure has no approval of the expected attendance")
            case .candidateList, .secretaryNominee: t("本程序版本没有此项审批", "this procedure version has no such approval")
            }
        case .guidanceMemberDuplicate(let name):
            return t("指导组中已有“\(name)”", "\(name) is already in the guidance group")
        case .detailRequired(let detail):
            return switch detail {
            case .findingSourceAndFacts: t("须写明来源和具体情况", "give the source and the facts")
            case .vettingFinding: t("有问题的回复须写明具体情况（--detail）", "a finding needs its facts (--detail)")
            case .acknowledgementReason: t("须说明理由", "give the reason")
            case .objectionSummary: t("须写明反映的内容", "describe the objection")
            case .teamPosition: t("须写明职务和派出单位", "give the position and the sending body")
            case .problemSummary: t("须写明问题", "describe the problem")
            case .measureText: t("须写明整改措施", "describe the measure")
            case .progressNote: t("须写明进展情况（--note）", "describe the progress (--note)")
            case .rectificationDecisionReason: t("须写明决定在整顿期间换届的理由（--reason）", "give the reason for holding the election during the rectification (--reason)")
            case .weakAndLaxReason: t("研判须写明依据（--note），如班子和党员队伍的具体情况；已有年度分类定级等级的，不研判即以等级为准", "an assessment gives its grounds (--note); where the organization has a grade of the year, its grade stands without one")
            case .gradingDecisionReason: t("须写明复核审定的理由（--reason）", "give the decision's reason (--reason)")
            case .objectionFinding: t("须写明核实结论（--reason）", "give the finding (--reason)")
            case .exclusionCircumstances: t("须写明具体情况（--detail）", "describe the circumstances (--detail)")
            case .reviewReasons: t("须写明审核意见", "give the review's reasons")
            case .rulingNote: t("须写明复核情况（--note）", "say what the re-reading found (--note)")
            case .proposalReason: t("须写明另提人选的理由（--reason）", "give the reason for proposing another nominee (--reason)")
            case .adjournmentNote: t("须写明休会的情况和决定（--note）", "say what happened and what was decided (--note)")
            case .revocationReason: t("须写明取消资格或宣布当选无效的理由（--reason，至少4个字）", "give the reason (--reason, at least 4 letters)")
            case .minutesSummary: t("会议记录须写明会议议定的事项（--minutes），不能为空", "minutes say what the meeting did (--minutes); they cannot be blank")
            case .publicationPlace: t("公示记录须写明公示的地点或方式（--published-where），不能为空", "a publication says where it was published (--published-where); it cannot be blank")
            case .documentTitle: t("文件标题不能为空（--document-title）", "a document title cannot be blank (--document-title)")
            case .staffTellerPosition: t("工作人员担任计票人须写明姓名和单位职务（--staff-teller 姓名:单位职务）", "a staff teller needs a name and a position (--staff-teller NAME:POSITION)")
            case .assessmentNote: t("须写明研判意见（--note），包括对每一项的判断依据", "give the assessment (--note), with what each item was judged on")
            case .auditor: t("须写明审计单位（--auditor）", "name who audited (--auditor)")
            case .auditProblems: t("审计发现的问题须写明具体内容（--problems），未发现问题则不写该项", "describe the problems found (--problems); leave it out when none were found")
            case .auditHandling: t("须写明问题的处理情况（--handling）", "say how the problems were dealt with (--handling)")
            case .situationSummary: t("须写明报送的情况（--summary，至少4个字）", "say what happened (--summary, at least 4 letters)")
            case .situationHandling: t("须写明如何处理（--handling，至少4个字）", "say how it was dealt with (--handling, at least 4 letters)")
            case .seatsReason: t("须写明乡镇党委确定多于一般职数的理由（--reason，至少4个字）", "give the township committee's reason for more than the usual seats (--reason, at least 4 letters)")
            case .completionReason: t("须写明补足候选人的原因（--reason，至少4个字）", "give the reason for completing the list (--reason, at least 4 letters)")
            case .completionPlace: t("须写明公示的地点或方式（--place）", "say where the completion is published (--place)")
            case .healthBasis: t("须写明依据（--basis），如体检报告、考察了解的情况；不能胜任的写明具体情况", "give the basis (--basis): a medical report, what the inspection learnt; when not fit, what was found")
            case .talkedBy: t("须写明代表乡镇党委谈话的人（--by）", "name who talked for the township committee (--by)")
            case .talkNote: t("须写明谈话的内容和本人的态度（--note）", "say what was discussed and how the person took it (--note)")
            case .departingTreatment: t("上届委员会成员离任的，须写明符合条件的离任干部待遇落实情况（--treatment，不符合条件的也须写明）", "for an outgoing member leaving, say what was settled about the departing cadre's treatment (--treatment; say so too when none is due)")
            }

        case .intentionOrNoticeRequired:
            return t("请给出参会意愿（--intention）或通知方式（--notified-via）", "give an intention (--intention) or a notice channel (--notified-via)")
        case .noticeChannelAndDateTogether:
            return t("通知方式和通知日期须同时给出", "the notice channel and its date go together")
        case .noVote(let member, let reason, let context):
            return switch context {
            case .registration: t("\(member)没有选举权（\(reason.describe(.zh))），不参加选举登记", "\(member) has no vote (\(reason.describe(.en))) and is not registered")
            case .exclusion: t("\(member)没有选举权（\(reason.describe(.zh))），本不计入应到会人数", "\(member) has no vote (\(reason.describe(.en))) and is not counted anyway")
            case .scrutineer: t("\(member)没有选举权（\(reason.describe(.zh))），不能担任监票人", "\(member) has no vote (\(reason.describe(.en))) and cannot be a scrutineer")
            }
        case .exclusionReasonNotAllowed(let reason, let ruleSet):
            return t("规则集\(ruleSet)不允许以“\(reason.describe(.zh))”为由不计入应到会人数", "rule set \(ruleSet) does not allow \"\(reason.describe(.en))\" as a reason")
        case .exclusionAlreadyProposed(let member):
            return t("\(member)已有不计入应到会人数的申请", "\(member) already has an exclusion proposed")
        case .exclusionNotProposed(let member):
            return t("\(member)没有不计入应到会人数的申请", "no exclusion is proposed for \(member)")
        case .exclusionAlreadyAgreed:
            return t("上级党组织已同意过此项", "the higher committee has already agreed to this")
        case .exclusionCongressApprovalRecorded:
            return t("党员大会通过已记录过", "the congress's approval is already recorded")
        case .expectedAttendanceAlreadyApproved(let figure):
            return t("应到会人数\(figure)人已经批准，无需重复审批", "the expected attendance (\(figure)) is already approved")
        case .expectedAttendanceNotApproved:
            return t("应到会人数尚未经乡镇党委批准（或批准后又有变动），不能备案", "the expected attendance is not approved by the township (or changed since): it cannot be filed")

        case .seatsInvalid(let problems):
            return list(problems, "；", "; ")
        case .outgoingCommitteeSecretaries(let count):
            return t("上届委员会只有1名书记，名单中有\(count)名", "the outgoing committee has one secretary, not \(count)")
        case .outgoingCommitteeTooLarge(let count, let previous):
            return t("上届委员会为\(previous)名，名单中有\(count)名", "the previous committee had \(previous) members, not \(count)")
        case .outgoingCommitteeNotRecorded(let previous):
            return t("本组织上届委员会有\(previous)名成员，推荐前须先记录上届委员会成员（tuixuan candidates incumbents），以判断谁是继续提名",
                     "the organization had a committee of \(previous): record its members before the recommendations (tuixuan candidates incumbents), so that renominations are known")
        case .notIncumbentSecretary(let member):
            return t("\(member)不是上届委员会的书记：九项不宜情形的研判针对现任书记（上届委员会用 tuixuan candidates incumbents 记录）",
                     "\(member) is not the outgoing secretary: the nine-item assessment is of the incumbent secretary (record the outgoing committee with tuixuan candidates incumbents)")
        case .lowEducationItemUndecided(let member, let education):
            return t("名册中\(member)的文化程度为\(education.describe(.zh))，须就第(6)项作出判断：属于该情形的列入 --found 6，经研判能适应工作需要的加 --adapts-despite-education",
                     "the roll gives \(member) \(education.describe(.en)): decide item (6): --found 6 if it applies, or --adapts-despite-education if the township judged he meets today's needs")
        case .notOutgoingMember(let member):
            return t("\(member)不是上届委员会成员：离任审计和民主评议针对上届委员会成员（用 tuixuan candidates incumbents 登记）",
                     "\(member) is not on the outgoing committee: exit audits and evaluations are of its members (record it with tuixuan candidates incumbents)")
        case .situationReportUnknown(let id):
            return t("没有第\(id)号情况报告", "no situation report no. \(id)")
        case .situationReportAlreadyHandled(let id, let on):
            return t("第\(id)号情况报告已于\(on)办结", "situation report no. \(id) was dealt with on \(on)")
        case .exitAuditAlreadyHandled(let member):
            return t("已记录\(member)离任审计问题的处理情况", "how \(member)'s audit problems were dealt with is already recorded")
        case .exitAuditNothingToHandle(let member):
            return t("\(member)的离任审计未发现问题，没有需要处理的事项", "\(member)'s exit audit found no problem: there is nothing to deal with")
        case .exitAuditNotRecorded(let member):
            return t("尚未记录\(member)的离任审计结果（tuixuan outgoing audit）", "\(member)'s exit audit is not recorded (tuixuan outgoing audit)")
        case .handledBeforeAudit(let member, let audited, let handled):
            return t("处理日期\(handled)早于\(member)的离任审计日期\(audited)", "the handling (\(handled)) is dated before \(member)'s audit (\(audited))")
        case .termReviewCountImplausible(let member, let maximum):
            return t("\(member)的民主评议票数不合实际：每项票数应在0到\(maximum)之间", "\(member)'s evaluation counts are implausible: each must be 0 to \(maximum)")
        case .termReviewBeforeGuidanceGroup(let step):
            return t("任期目标考核由驻村指导组主持：第\(step)步（成立机构）办结后才能记录民主评议结果", "the term review is chaired by the guidance group: record evaluations after step \(step) (its forming) closes")
        case .treatmentNotDue(let member):
            return t("\(member)不是离任的上届委员会成员，不涉及离任干部待遇（不写 --treatment）", "\(member) is not an outgoing member leaving the committee: no departing cadre's treatment (leave out --treatment)")
        case .termReviewEmpty(let member):
            return t("\(member)的民主评议结果没有任何票数：满意、基本满意、不满意至少一项大于0", "\(member)'s evaluation has no verdicts: give at least one satisfied, basically satisfied or dissatisfied")
        case .notInGuidanceGroup(let name):
            return t("“\(name)”不是本次选举的指导组成员（tuixuan election guidance add）", "\(name) is not in this election's guidance group (tuixuan election guidance add)")
        case .ballotNotShort(let have, let need):
            return t("选票上有\(have)名候选人，差额选举至少须\(need)名，不需补足", "the ballot has \(have) candidates and the margin needs \(need): nothing to complete")
        case .completionAfterVoteBegan:
            return t("委员选举已开始投票，不能再补足候选人", "the committee vote has begun: the list can no longer be completed")
        case .alreadyOnBallot(let member):
            return t("\(member)已是候选人", "\(member) is already a candidate")
        case .completionAlreadyProposed(let member):
            return t("已提出补足\(member)为候选人", "\(member) is already proposed to complete the list")
        case .completionNotProposed(let member):
            return t("尚未提出补足\(member)为候选人（tuixuan candidates complete propose）", "\(member) is not proposed to complete the list (tuixuan candidates complete propose)")
        case .completionAlreadyApproved(let member):
            return t("补足\(member)为候选人已经批准", "\(member)'s completion is already approved")
        case .completionIneligible(let member, let reasons):
            return t("\(member)不能补足为候选人：\(reasons.map(\.zh).joined(separator: "；"))", "\(member) cannot complete the list: \(reasons.map(\.en).joined(separator: "; "))")
        case .completionPublicityNotOver(let member, let lastDay):
            return t("\(member)的公示至\(lastDay)结束，公示期满后才能批准", "\(member)'s publicity lasts until \(lastDay): approve after it")
        case .notANominee(let member):
            return t("\(member)不是人选（既未被推荐，也不在任何名单上）：健康状况针对人选记录", "\(member) is not a nominee (neither recommended nor on any list): health is recorded for nominees")
        case .talkBeforeResult(let step):
            return t("谈心谈话在选举结果批复（第\(step)步）之后进行，届时才知道谁落选", "the talks follow the approval of the result (step \(step)): only then is it known who lost")
        case .notToCounsel(let member):
            return t("\(member)不是落选或不再继续提名的同志（上届委员会成员和候选人预备人选中未当选的）", "\(member) neither lost nor was left out (the outgoing members and prospective candidates not elected)")
        case .talkAlreadyRecorded(let member):
            return t("已记录与\(member)的谈心谈话", "the talk with \(member) is already recorded")
        case .bundleOfAnotherElection(let bundle):
            return t("这个归档包是另一次选举的：\(bundle)", "this bundle is of another election: \(bundle)")
        case .bundleNotFromThisDatabase:
            return t("这个归档包的事件链与本数据库不一致：只能登记从本库导出的归档包（tuixuan archive export）", "this bundle's chain is not this database's: file a bundle exported from it (tuixuan archive export)")
        case .bundleContentDiffers(let parts):
            return t("归档包的内容与本库不一致（\(parts.joined(separator: "、"))）：只能登记刚从本库导出、未经改动的归档包，请重新导出（tuixuan archive export）",
                     "the bundle's content differs from this database's (\(parts.joined(separator: ", "))): file a bundle just exported from it, unchanged; export it again (tuixuan archive export)")
        case .bundleBeforeSteps(let steps):
            return t("这个归档包导出时第\(steps.map(String.init).joined(separator: "、"))步尚未办结：请在其办结后重新导出", "this bundle was exported before step(s) \(steps.map(String.init).joined(separator: ", ")) closed: export it again after")
        case .secretaryAlreadyAssessed(let member):
            return t("已对\(member)作出研判；此后查实的情形请用 tuixuan candidates finding --unsuitable N 记录",
                     "\(member) is already assessed; record anything found later with tuixuan candidates finding --unsuitable N")
        case .seatsNotSet:
            return t("请先确定职数（tuixuan candidates seats set）", "set the seats first (tuixuan candidates seats set)")
        case .namedTwice(let member):
            return t("\(member)在名单中出现了两次", "\(member) is named twice")
        case .sanctionCapExceeded(let member, let persons, let organizations, let cap):
            return t("县里已同意本乡镇本届换届\(persons - 1)名受处分影响的人选，再同意\(member)将达\(persons)名，超过村（社区）总数\(organizations)个的\(cap)%",
                     "the county has already let \(persons - 1) nominee(s) with a sanction stand in this township in this round; \(member) would make \(persons), more than \(cap)% of its \(organizations) villages and communities")
        case .vettingDepartmentUnknown(let department, let known):
            return t("联审部门“\(department)”不在本方案的名单中（\(known.map { "\($0.id)=\($0.name.zh)" }.joined(separator: "、"))）",
                     "\(department) is not a vetting department of this plan (\(known.map(\.id).joined(separator: ", ")))")
        case .townshipDecisionFirst(let member):
            return t("\(member)的例外须先经乡镇党委研究（乡镇以本人身份 candidates decide），再报县领导小组审定",
                     "\(member)'s exception goes to the county leading group only after the township committee's decision (candidates decide by the township)")
        case .vettingFindingNeedsDepartment:
            return t("有问题的回复须指明是哪个部门（--department），不能用“全部”", "a finding names the department it came from (--department), not all")
        case .listEmpty(let stage):
            return switch stage {
            case .prospective: t("尚未确定候选人预备人选，无从公示", "there are no prospective candidates to publish")
            case .initial, .inspection: t("尚未确定\(stage.describe(.zh))", "there are no \(stage.describe(.en)) yet")
            }
        case .notOnList(let member, let stage):
            return t("\(member)不在\(stage.describe(.zh))中", "\(member) is not on the \(stage.describe(.en))")
        case .listStageSkipped(let member, let stage, let missed, let post):
            let zhPost = post.map { "作为\($0.describe(.zh))人选" } ?? ""
            let enPost = post.map { " as \($0.describe(.en))" } ?? ""
            let zhHow: String = switch missed {
            case .recommendation: "名单须从推荐中产生，请先录入推荐结果（tuixuan candidates recommend）"
            case .initialList: "须先列入初步人选"
            case .vetting: "须先经各部门资格联审（tuixuan candidates vetting answer）"
            case .inspectionList: "须先列入考察名单并经考察"
            }
            let enHow: String = switch missed {
            case .recommendation: "lists come from the recommendations: record them first (tuixuan candidates recommend)"
            case .initialList: "they must be an initial nominee first"
            case .vetting: "every department must vet them first (tuixuan candidates vetting answer)"
            case .inspectionList: "they must be on the inspection list and inspected first"
            }
            return t("\(member)\(zhPost)未经\(missed.describe(.zh))，不能列入\(stage.describe(.zh))：\(zhHow)",
                     "\(member) cannot go on the \(stage.describe(.en))\(enPost) without \(missed.describe(.en)): \(enHow)")
        case .ballotBelowMargin(let have, let need, let seats):
            return t("取消候选人资格后，选票上只剩\(have)名候选人，少于应选\(seats)名加差额20%所需的\(need)名：须按程序补足候选人（推荐、联审、考察、公示、批复）后才能投票",
                     "after the cancelled candidacy the ballot has \(have) candidates, fewer than the \(need) that \(seats) seats and the 20% margin need: the list must be completed through the normal stages before the vote")
        case .noDisqualifyingFinding(let member):
            return t("取消资格或宣布当选无效须以查实的不得情形（先用 tuixuan candidates finding --bar … 记录）或其他不符合资格条件的事实为依据，\(member)目前两者都没有",
                     "cancelling a candidacy or voiding an election rests on a confirmed bar (record it with tuixuan candidates finding --bar …) or another fact that makes the person ineligible; \(member) has neither")
        case .alreadyRevoked(let member):
            return t("\(member)的候选人资格已取消或当选已宣布无效", "\(member)'s candidacy is already cancelled or election declared void")
        case .notACandidate(let member):
            return t("\(member)不是已批准名单上尚未当选的候选人（已当选的请宣布当选无效：tuixuan result void）",
                     "\(member) is not a candidate of the approved list still to be elected (for one elected, declare the election void: tuixuan result void)")
        case .notElected(let member):
            return t("\(member)未当选委员，无从宣布当选无效", "\(member) was not elected to the committee: there is no election to declare void")
        case .staffTellerOnRoll(let name):
            return t("\(name)是本村（社区）党员：党员担任计票人用 --teller 指定（须不是候选人）", "\(name) is a member here: name a member teller with --teller (not a candidate)")
        case .ruleSetNeedsCounty(let chosen, let procedureDefault):
            return t("本程序按规则集\(procedureDefault)办理；改用规则集\(chosen)只能由县委组织部决定",
                     "this procedure runs under rule set \(procedureDefault); only the county may choose \(chosen) instead")
        case .olderProcedureNeedsCounty(let chosen, let newest):
            return t("\(chosen)不是最新版本（第\(newest)版），新版本有旧版本没有的规则：只有县委组织部可以按旧版本启动选举",
                     "\(chosen) is not the newest version (\(newest)), whose rules the older lacks: only the county may start an election on it")
        case .recommendationStillNeeded(let member):
            return t("\(member)在初步人选中，新的推荐结果里却没有他：初步人选须从推荐中产生，请先调整初步人选",
                     "\(member) is an initial nominee but the new recommendation record leaves him out: the initial list rests on the recommendations, so change it first")
        case .stillOnLaterList(let member, let stage, let later, let post?):
            return t("\(member)仍是\(later.describe(.zh))中的\(post.describe(.zh))人选，不能在\(stage.describe(.zh))中去掉其\(post.describe(.zh))人选身份；请先调整\(later.describe(.zh))",
                     "\(member) is still a \(post.describe(.en)) nominee on the \(later.describe(.en)), so cannot lose that post on the \(stage.describe(.en)): change the \(later.describe(.en)) first")
        case .stillOnLaterList(let member, let stage, let later, nil):
            return t("\(member)仍在\(later.describe(.zh))中，不能从\(stage.describe(.zh))中去掉；请先调整\(later.describe(.zh))",
                     "\(member) is still on the \(later.describe(.en)), so cannot leave the \(stage.describe(.en)): change the \(later.describe(.en)) first")
        case .recommendationTallyExceedsBallots(let total, let valid, let maxNames):
            return t("各人推荐票数合计\(total)票，超过有效推荐票\(valid)张×每张至多\(maxNames)人＝\(valid * maxNames)票，请核对计票单",
                     "the recommendations add up to \(total), more than \(valid) valid ballots × at most \(maxNames) names = \(valid * maxNames): check the sheet")
        case .voidBallotsOutOfRange(let void, let returned):
            return t("无效票\(void)张：应在0到收回的\(returned)张之间", "\(void) void ballots: must be between 0 and the \(returned) returned")
        case .publicityDaysOutOfRange(let days):
            return t("公示\(days)天：公示天数应为1至30天", "publicity of \(days) days: it lasts 1 to 30 days")
        case .publicityShorterThanPlan(let days, let plan):
            return t("公示\(days)天，少于换届方案规定的\(plan)天", "publicity of \(days) days is shorter than the \(plan) the plan sets")
        case .objectionOutsidePublicity(let received):
            return t("收到日期\(received)不在公示期内", "\(received) is not within the publicity period")
        case .objectionNotOpen(let id):
            return t("没有待办结的反映 #\(id)", "no open objection #\(id)")
        case .alreadyApprovedUnchanged:
            return t("已审批过，名单此后没有变动", "already approved, and the list has not changed since")
        case .listNotApproved(let step):
            return t("候选人预备人选尚未经第\(step)步批复", "the list is not approved (step \(step))")

        case .candidateAsOfficer(let member, let duty):
            return duty == .teller ? t("\(member)是候选人，不能担任计票人", "\(member) is a candidate and cannot be a teller")
                : t("\(member)是候选人，不能担任监票人", "\(member) is a candidate and cannot be a scrutineer")
        case .notExpected(let member, let body):
            return body == .congress
                ? t("\(member)不在应到会人员之列（没有选举权或经批准不计入）", "\(member) is not among those expected (no vote, or excluded with approval)")
                : t("\(member)不是新一届委员会委员", "\(member) is not on the new committee")
        case .methodNotAdopted:
            return t("大会尚未通过选举办法", "the congress has not adopted the election method")
        case .roundStillOpen:
            return t("还有未结束的投票轮次", "a round is still open")
        case .noQuorum(let present, let expected, let needed, let comparison, let body):
            let rule = t("须\(comparison == .moreThan ? "超过" : "达到")应到会人数的五分之四（至少\(needed)人）", "needs \(comparison == .moreThan ? "more than" : "at least") four fifths (\(needed) or more)")
            if body == .committee {
                return t("委员会全体会议到会\(present)人，应到\(expected)人，\(rule.zh)，不能进行选举；请其余委员签到（tuixuan congress check-in --body committee）",
                         "the committee's plenary has \(present) of \(expected): the vote \(rule.en); check in the other members (tuixuan congress check-in --body committee)")
            }
            return t("到会\(present)人，应到\(expected)人，\(rule.zh)，不能进行选举；继续签到，或休会另定日期（tuixuan congress adjourn --reason no-quorum）",
                     "\(present) present of \(expected) expected: the vote \(rule.en); check in more, or adjourn to another date (tuixuan congress adjourn --reason no-quorum)")
        case .committeeVoteHeld:
            return t("委员选举已进行；空缺请用另行选举（further）或决胜选举（runoff）", "the committee vote has been held: use a further round or a run-off")
        case .noClosedRoundBefore:
            return t("没有已结束的上一轮", "there is no closed round before it")
        case .noTieToDecide:
            return t("上一轮没有票数相等需要决胜的情况", "the last round left no tie to decide")
        case .tieAwaitsRunOff:
            return t("上一轮有票数相等的人选，须先在他们之间再次投票（--kind runoff）", "the last round left a tie: hold the run-off among the tied first (--kind runoff)")
        case .everySeatFilled:
            return t("委员已选满", "every seat is filled")
        case .committeeIncomplete(let post):
            return t("委员尚未选满，不能选举\(post.describe(.zh))", "the committee is not complete: no \(post.describe(.en)) vote yet")
        case .noNomineeElected(let post):
            return t("当选委员中没有\(post.describe(.zh))候选人预备人选：须由乡镇党委从当选委员中另提人选并报县委组织部（tuixuan congress propose-nominee）",
                     "no \(post.describe(.en)) nominee was elected to the committee: the township proposes another from the elected committee and tells the county (tuixuan congress propose-nominee)")
        case .nomineeNeeded(let post):
            return t("\(post.describe(.zh))选举未选出：须由乡镇党委从当选委员中另提人选并报县委组织部后再次选举（tuixuan congress propose-nominee）",
                     "the \(post.describe(.en)) vote elected no one: the township proposes another nominee from the elected committee, tells the county, and the vote is held again (tuixuan congress propose-nominee)")
        case .notOnElectedCommittee(let member):
            return t("\(member)不是新一届委员会委员，不能提为人选", "\(member) is not on the newly elected committee and cannot be proposed")
        case .nomineeStillStands(let post, let nominees):
            return t("\(post.describe(.zh))候选人预备人选\(nominees.joined(separator: "、"))已当选委员，应先对其进行选举", "the \(post.describe(.en)) nominee \(nominees.joined(separator: ", ")) is on the committee: hold that vote first")
        case .postNotProposed(let post):
            return t("\(post.describe(.zh))不单独另提人选（只有书记、副书记）", "no nominee is proposed for \(post.describe(.en)) (only the secretary and the deputy)")
        case .noDeputySeat:
            return t("职数中没有副书记（村不设副书记），不选举副书记", "the seat plan has no deputy secretary (villages have none): there is no deputy vote")
        case .holdsOtherPost(let member):
            return t("\(member)已当选另一职务，书记、副书记不能由同一人担任", "\(member) already holds the other post: one person is not both secretary and deputy")
        case .postAlreadyFilled(let post, let by):
            return t("\(post.describe(.zh))已选出：\(by)", "the \(post.describe(.en)) is already elected: \(by)")
        case .roundUnknown(let number):
            return number.map { t("没有第\($0)轮投票", "there is no round \($0)") } ?? t("还没有投票轮次（tuixuan round open）", "no round yet (tuixuan round open)")
        case .noBallotEntered:
            return t("还没有录入选票", "no ballot entered yet")
        case .roundClosed:
            return t("本轮投票已结束", "the round is closed")
        case .sameTellerBothEntries(let teller, let other):
            return t("\(teller)已录入\(other)批，另一批须由另一位计票人独立录入", "\(teller) entered entry \(other): the other entry must be made by another teller")
        case .entryOfAnotherTeller(let entry, let teller):
            return t("\(entry)批是\(teller)录入的：只有\(teller)本人能撤销、替换或存入其中的票", "entry \(entry) was made by \(teller): only \(teller) undoes, replaces or records ballots in it")
        case .typedBallotsPending(let entry, let count):
            return t("\(entry)批还有\(count)张键入的票未存入记录：请该批计票人回到 tuixuan round enter --entry \(entry) 并按 q 结束",
                     "entry \(entry) has \(count) typed ballots not yet in the record: its teller goes back to tuixuan round enter --entry \(entry) and quits with q")
        case .ballotShape(let candidates, let seats):
            return t("选票应有\(candidates)名候选人的标记、至多\(seats)个另选他人", "a ballot has a mark for each of \(candidates) candidates and at most \(seats) write-ins")
        case .placeUnknown(let place):
            return t("没有“\(place)”这一处", "there is no place \(place)")
        case .chiefScrutineerDeclares:
            return t("须由总监票人宣布本轮结果", "the chief scrutineer declares the round")
        case .issuedExceedsPresent(let issued, let present):
            return t("发出选票\(issued)张，多于到会有选举权的\(present)人", "\(issued) ballots issued, more than the \(present) present with a vote")
        case .handCountReturnedDiffers(let sheet, let declared):
            return t("手工计票单的收回张数\(sheet)与宣布的\(declared)张不符", "the hand count's \(sheet) returned differs from the \(declared) declared")
        case .placesUndecided(let places):
            return t("两次录入尚有\(places.count)处待监票人裁定：\(places.joined(separator: "、"))", "\(places.count) places still await the scrutineers: \(places.joined(separator: ", "))")
        case .stackDiffersFromReturned(let stack, let returned):
            return t("核对后的选票为\(stack)张，与收回的\(returned)张不符", "the reconciled stack has \(stack) ballots, not the \(returned) returned")
        case .resultNotApproved:
            return t("选举结果尚未经乡镇党委批复", "the township has not approved the result")
        case .tallyCandidatesMismatch(let expected):
            return t("计票单须按选票顺序列出本轮全部候选人：\(expected.joined(separator: "、"))", "the sheet must list this round's candidates in ballot order: \(expected.joined(separator: ", "))")
        case .tallyValidPlusInvalid(let valid, let invalid, let returned):
            return t("有效票\(valid)张加无效票\(invalid)张不等于收回的\(returned)张", "\(valid) valid plus \(invalid) invalid is not the \(returned) returned")
        case .tallyPersonSum(let name, let valid):
            return t("\(name)的赞成、不赞成、弃权之和应等于有效票\(valid)张", "\(name)'s yes, no and abstain must add up to the \(valid) valid ballots")
        case .tallyApprovalsExceed(let approvals, let valid, let seats):
            return t("赞成票合计\(approvals)张，超过有效票\(valid)张×应选\(seats)名", "\(approvals) yes votes in all exceed \(valid) valid ballots × \(seats) seats")
        case .tallyWriteInIsCandidate(let name):
            return t("“另选他人”一栏的\(name)是本轮候选人，其票数应计入候选人一行", "\(name) in a write-in row is a candidate of this round: count those votes in the candidate's row")
        case .tallyWriteInInRunOff(let name):
            return t("票数相等者再次投票只在相等者之间进行，不能另选他人（\(name)）", "a run-off is among the tied only: no write-ins (\(name))")
        case .onlyPlenaryRemains:
            return t("委员已选满，书记（副书记）由新一届委员会全体会议选举，党员大会无需休会", "the committee is complete and its plenary elects the posts: the congress has nothing to adjourn for")
        case .tallyAfterEntries:
            return t("本轮已逐张录入选票，不能再用手工计票单", "ballots are already entered one by one for this round")
        case .seatsAlreadyReduced(let seats):
            return t("职数已经表决减少为\(seats)名，每次选举只能减少一次", "the seats were already reduced to \(seats) by vote; they are reduced once per election")
        case .nobodyElectedYet:
            return t("尚无人当选，不能减少职数", "nobody is elected yet: the seats cannot be reduced")
        case .votesExceedPresent(let votesFor, let present):
            return t("同意\(votesFor)人，多于到会有选举权的\(present)人", "\(votesFor) consenting is more than the \(present) present with a vote")
        case .noSeatEmpty:
            return t("没有空缺，无需减少职数", "no seat is empty")
        case .belowMinimumSeats(let elected, let minimum, let level):
            return t("已当选\(elected)名，少于\(level.describe(.zh))委员职数下限\(minimum)名，须另行选举", "\(elected) elected is below the minimum of \(minimum): hold a further round")
        case .reductionNeedsMajority(let present, let votesFor):
            return t("减少职数须经到会有选举权党员\(present)人的过半数同意，同意\(votesFor)人不足", "reducing the seats needs more than half of the \(present) present; \(votesFor) is not enough")

        case .furtherRoundsExhausted(let limit, let seatsEmpty, let reducible):
            return t("选举办法规定至多另行选举\(limit)次，已进行完，尚缺\(seatsEmpty)名：" + (reducible ? "经到会过半数同意减少职数（tuixuan congress reduce-seats），或" : "") + "休会并报乡镇党委（tuixuan congress adjourn --reason seats-unfilled）",
                     "the method allows \(limit) further round(s) and they are held; \(seatsEmpty) seat(s) empty: " + (reducible ? "reduce the seats with more than half of those present (tuixuan congress reduce-seats), or " : "") + "adjourn and report to the township (tuixuan congress adjourn --reason seats-unfilled)")
        case .reductionWithoutQuorum(let present, let needed):
            return t("到会\(present)人，不足法定人数（至少\(needed)人），大会不能表决减少职数", "\(present) present, short of the quorum (\(needed)): the congress cannot vote to reduce the seats")
        case .methodFixedOnceVoting:
            return t("已开始投票，选举办法不能再改变", "voting has begun: the election method no longer changes")
        case .congressNotYetReconvened(let on):
            return t("大会定于\(on)复会，在此之前不能签到或投票", "the congress meets again on \(on): no check-in or vote before then")
        case .committeeVoteNotHeld:
            return t("尚未进行委员选举，不能以名额未选满为由休会", "the committee vote has not been held: \"seats unfilled\" is no reason yet")
        case .unreadableRecord(let table, let field):
            return t("数据库中\(schemaTableNoun(table)?.zh ?? table)的“\(field)”无法读取（可能在程序之外被修改），请运行 tuixuan audit verify 查明",
                     "the \(field) of a \(schemaTableNoun(table)?.en ?? table) cannot be read (perhaps edited outside the program): run tuixuan audit verify")
        case .reconveneNotAfterAdjournment(let adjournedOn, let reconveneOn):
            return t("复会日期\(reconveneOn)须晚于休会日期\(adjournedOn)", "the congress meets again after it adjourns: \(reconveneOn) is not after \(adjournedOn)")
        case .nothingLeftToElect:
            return t("委员、书记均已选出，无需休会", "every seat and post is filled: there is nothing to adjourn for")
        case .furtherRoundLimitInvalid(let limit):
            return t("另行选举次数须至少为1（不限次数时不填），“\(limit)”不行", "the further-round limit is at least 1 (leave it out for none): \(limit) is not")
        case .expectedAttendanceNotReapproved(let approved, let now):
            return approved == now
                ? t("应到会人员已有变动（人数仍为\(now)人），须经乡镇党委重新批准后才能投票（tuixuan registration approve）",
                    "those expected changed (still \(now)): the township approves the figure again before any vote (tuixuan registration approve)")
                : t("应到会人数已由批准时的\(approved)人变为\(now)人，须经乡镇党委重新批准后才能投票（tuixuan registration approve）",
                    "the expected attendance changed from the approved \(approved) to \(now): the township approves it again before any vote (tuixuan registration approve)")
        case .quorumPresent:
            return t("到会人数已达法定人数，不能以人数不足为由休会", "the quorum is present: the congress is not adjourned for want of one")

        case .schemaAltered(let differences):
            let zh = differences.map { $0.describe(.zh) }.joined(separator: "；"), en = differences.map { $0.describe(.en) }.joined(separator: "; ")
            return t("数据库结构与本程序的定义不符（可能在程序之外被修改），已停止办理：\(zh)。请先运行 tuixuan audit verify 查明，从备份恢复",
                     "the database's schema is not the program's (perhaps changed outside it); nothing more is done: \(en). Run tuixuan audit verify and restore from a backup")
        case .databaseFromNewerProgram(let found, let known):
            return t("此数据库由更新版本的程序写入（含本程序不认识的结构版本 \(found.joined(separator: "、"))；本程序最高为 \(known)），不能打开，请使用新版本",
                     "this database was written by a newer program (schema versions \(found.joined(separator: ", ")) unknown here; this program knows up to \(known)): use the newer version")
        case .upgradeNeedsIntactAudit(let problems, let first):
            return t("这个数据库由旧版程序写成，升级前核验未通过（\(problems)处不符，第一处：\(first)），不予升级，数据库未被改动。请用写成它的旧版程序运行 tuixuan audit verify 查明，或从备份恢复",
                     "this database was written by an older program and does not verify (\(problems) problem(s), the first: \(first)), so it is not upgraded and was not changed. Run tuixuan audit verify with the program that wrote it, or restore from a backup")
        case .migrationRecordAltered(let missing):
            return t("数据库的结构版本记录被改动（缺少 \(missing.joined(separator: "、"))），程序不会在其上重新升级。请运行 tuixuan audit verify 查明，从备份恢复",
                     "the database's record of schema versions was altered (\(missing.joined(separator: ", ")) missing); the program will not upgrade it again. Run tuixuan audit verify and restore from a backup")
        case .unrecordedChanges:
            return t("数据库中有未记入任何事件的改动（可能在程序之外被修改），已停止办理。请先运行 tuixuan audit verify 查明",
                     "the database holds changes no event records (perhaps made outside the program); nothing more is done until `tuixuan audit verify` has been examined")
        case .keyRequired(let name):
            return t("每件事都须签名，而\(name)尚无登记的密钥：请\(name)运行 tuixuan key create --operator \(name) --out 文件，由上级以 tuixuan key register --for \(name) --public-key 文件 登记后，再用 --key 办理",
                     "every act is signed, and \(name) has no registered key: \(name) runs tuixuan key create --operator \(name) --out FILE, a superior registers it with tuixuan key register --for \(name) --public-key FILE, then \(name) acts with --key")
        case .signatureRequired(let name):
            return t("\(name)已登记签名密钥，办理事项须用本人密钥签名：请用 --key 指定密钥文件（或设置 TUIXUAN_KEY）",
                     "\(name) has a registered signing key: sign with it (--key FILE, or TUIXUAN_KEY)")
        case .keyOfAnotherOperator(let holder, let name):
            return t("--key 给出的是\(holder)的密钥文件，而操作人员是\(name)：请用\(name)本人的密钥（或不加 --key）", "--key is \(holder)'s key file, but the operator is \(name): use \(name)'s own key (or no --key)")
        case .keyMismatch(let name):
            return t("所用密钥不是\(name)登记的密钥", "the key used is not the one registered for \(name)")
        case .keyLocked:
            return t("密钥文件无法打开：口令错误，或文件已被改动", "the key file does not open: wrong passphrase, or the file was altered")
        case .passphraseTooShort(let minimum):
            return t("口令至少\(minimum)个字符", "the passphrase needs at least \(minimum) characters")
        case .keyFileInvalid:
            return t("不是有效的密钥文件", "not a valid key file")
        case .publicKeyInvalid:
            return t("公钥无效", "invalid public key")
        case .keyAlreadyRegistered(let name):
            return t("\(name)已登记过密钥", "\(name) already has a registered key")
        case .keyInUse(let holder):
            return t("这把公钥已登记在\(holder)名下：每位操作人员须用本人生成的密钥", "this public key is already registered for \(holder): each operator uses a key they made themselves")
        case .keyNeedsSuperior(let name):
            return t("签名已开始，密钥须由上级登记：请由县委组织部审核人员（村级人员也可由乡镇指导组）运行 tuixuan key register --for \(name) --public-key 密钥文件 --operator 本人",
                     "signing has begun, so a key is registered by a superior: a county reviewer (or, for village roles, the township) runs tuixuan key register --for \(name) --public-key KEYFILE --operator THEMSELVES")
        case .initializationNeedsKey(let name):
            return t("初始化须用第一位审核人员本人的密钥签名：先运行 tuixuan key create --operator \(name) --out 密钥文件，再在 init 时加 --key 密钥文件",
                     "initialization is signed with the first reviewer's own key: run tuixuan key create --operator \(name) --out KEYFILE, then init with --key KEYFILE")
        case .keyFileOfAnotherOperator(let holder, let name):
            return t("密钥文件是为\(holder)生成的，不是\(name)的：请让\(name)本人运行 tuixuan key create --operator \(name) --out 文件",
                     "the key file was made for \(holder), not \(name): \(name) runs tuixuan key create --operator \(name) --out FILE")
        case .trustListEmpty:
            return t("县委组织部审核人员尚未登记密钥（tuixuan key create）", "no county reviewer has a key yet (tuixuan key create)")
        case .auditNotIntact:
            return t("审计核验未通过，不能归档（tuixuan audit verify）", "the audit is not intact: nothing is archived (tuixuan audit verify)")
        case .trustListOtherCounty(let list, let database):
            return t("信任列表属于\(list)，本库属于\(database)", "the trust list is for \(list), this database for \(database)")
        case .bundleNotSound(let problems):
            return t("归档包核验未通过，未导入：\(problems.prefix(3).joined(separator: "；"))", "the bundle is not sound and was not imported: \(problems.prefix(3).joined(separator: "; "))")
        case .bundleOtherCounty(let county):
            return t("归档包来自\(county)，不属于本县", "the bundle is from \(county), not this county")
        case .bundleAlreadyImported:
            return t("此归档包已导入", "this bundle is already imported")
        case .backupOfAnotherDatabase:
            return t("此备份是另一个数据库的（事件链起点不同，如县里的库和村里的库），不能恢复到这里", "this backup is of another database (its chain starts elsewhere, e.g. a county's and a village's): not restored here")
        case .backupDiverges(let at):
            return t("此备份与当前数据库的事件链在第\(at)号事件处分岔，两者互不延续，不予恢复；请运行 tuixuan audit verify 查明", "this backup's chain and this file's part at event #\(at): neither continues the other, so it is not restored; run tuixuan audit verify")
        case .backupOlderThanFile(let backupEvents, let fileEvents):
            return t("此备份只到第\(backupEvents)号事件，当前数据库已到第\(fileEvents)号：恢复将丢失其后的记录。确需恢复（如当前数据库已损坏）请加 --allow-older",
                     "this backup ends at event #\(backupEvents) and this file at #\(fileEvents): restoring it loses what came after. If you must (the file is broken, say), add --allow-older")
        case .bundleNeedsKey(let name):
            return t("归档包须由导出人用本人密钥签名：\(name)尚未登记密钥（tuixuan key create）", "a bundle is signed by whoever exports it: \(name) has no key yet (tuixuan key create)")
        case .bundleDivergesFromImported(let importedAt):
            return t("县里已于\(importedAt)导入这次选举的归档包，新包的事件链不是其延续（被截短、回退或另起），不予导入",
                     "the county imported this election's bundle on \(importedAt), and this one's chain does not continue it (cut short, rolled back or another): refused")
        case .fileExists(let path):
            return t("\(path) 已存在，不会覆盖", "\(path) exists and is not overwritten")
        case .fileMissing(let path):
            return t("没有文件 \(path)", "no file \(path)")
        case .backupFromOtherVersion(let applied):
            return t("备份文件来自其他版本的程序（已应用：\(applied.joined(separator: ", "))）", "the backup is from another version (applied: \(applied.joined(separator: ", ")))")
        case .backupFailsChecks(let integrity, let problems):
            return t("备份未通过检查，未恢复：完整性“\(integrity)”，审计发现\(problems)处问题",
                     "the backup fails its checks and was not restored: integrity \"\(integrity)\", \(problems) audit problem(s)")
        case .constraintViolated(let violation):
            func noun(_ table: String?) -> LocalizedText {
                table.flatMap(schemaTableNoun) ?? LocalizedText(zh: "记录", en: "record")
            }
            return switch violation {
            case .duplicate(let table, let columns):
                t("已有相同的\(noun(table).zh)（同一\(columns.count == 1 ? "项" : "组")数据只能记录一次），本次操作未生效，数据库未改动",
                  "a \(noun(table).en) with the same \(columns.joined(separator: ", ")) exists; nothing was changed")
            case .valueNotAllowed(let table, let check):
                t("\(noun(table).zh)的数值不符合规定（\(check)），本次操作未生效，数据库未改动", "a value of the \(noun(table).en) is not allowed (\(check)); nothing was changed")
            case .missingValue(let table, let detail):
                t("\(noun(table).zh)缺少必需的数值或类型不对，本次操作未生效，数据库未改动", "a \(noun(table).en) lacks a required value or has one of the wrong kind (\(detail)); nothing was changed")
            case .missingReference: t("引用的记录不存在，本次操作未生效，数据库未改动", "a referenced record does not exist; nothing was changed")
            case .frozen(let message): t("该记录已锁定，不能再修改或删除，本次操作未生效，数据库未改动", "the record may no longer change (\(message)); nothing was changed")
            }
        case .generateNeedsEmptyDatabase:
            return t("生成数据须用一个新的空数据库", "generated data needs a new, empty database")
        case .gradingUnknown(let organization, let year):
            return t("\(organization)没有\(year)年度的分类定级（tuixuan grading start）", "\(organization) has no grading of \(year) (tuixuan grading start)")
        case .gradingExists(let organization, let year):
            return t("\(organization)\(year)年度的分类定级已经开始", "the grading of \(organization) for \(year) has begun already")
        case .notGraded(let organization):
            return t("\(organization)不是村（社区）党组织，不在此分类定级", "\(organization) is not a village or community organization graded here")
        case .gradeStageNotOpen(let stage, let step, let done):
            return done ? t("步骤 \(step) 已完成，\(stage.describe(.zh))不能再改", "step \(step) is done: the \(stage.describe(.en)) can no longer change")
                : t("\(stage.describe(.zh))在步骤 \(step) 办理，它的前置步骤尚未完成", "the \(stage.describe(.en)) is recorded at step \(step), whose prerequisites are not done")
        case .gradingScoreInvalid(let area, let value, let maximum):
            return t("“\(area)”的分数“\(value)”不对：应为0到\(maximum)分，至多一位小数", "the score \"\(value)\" for \"\(area)\" is not 0 to \(maximum) points with at most one decimal")
        case .gradingAreasMissing(let areas):
            return t("量化考核须给出五个方面的分数，缺：\(areas.joined(separator: "、"))", "the score needs every area; missing: \(areas.joined(separator: ", "))")
        case .gradingAreaUnknown(let area, let known):
            return t("没有评价内容“\(area)”，应为：\(known.joined(separator: "、"))", "no area \"\(area)\"; the areas are: \(known.joined(separator: ", "))")
        case .gradingPublicityTooShort(let publishedOn, let days, let earliest):
            return t("\(publishedOn)起公示，公示期为\(days)天，最早\(earliest)方可结束公示、完成本步骤",
                     "published on \(publishedOn) for \(days) days: the step can be completed on \(earliest) at the earliest")
        case .objectionTooLate(let filedOn, let deadline):
            return t("异议应在\(deadline)前（含当日）提出，\(filedOn)已过期限", "an objection had to be filed by \(deadline); \(filedOn) is past it")
        case .objectionBeforeResult:
            return t("综合考评结果尚未通报，还不能提出异议", "the county's result has not been made known: there is nothing to object to yet")
        case .gradingObjectionNotOpen(let id):
            return t("没有待复核的异议 #\(id)", "no undecided objection #\(id)")
        case .objectionUpheldNeedsGrade:
            return t("异议成立的，须写明调整后的等级（--grade）；不成立的不写等级", "an upheld objection sets the new grade (--grade); a dismissed one sets none")
        case .dateBeforeCaseYear(let date, let year):
            return t("日期\(date)早于本次整顿的年度（\(year)年）", "the date \(date) is before the rectification's year, \(year)")
        case .gradeOutsideYear(let date, let year):
            return t("等级评定日期\(date)不在\(year)年度内", "the date \(date) is not in the year graded, \(year)")
        case .regradeOutsideDecember(let date):
            return t("年底复核在12月进行（12月10日前重新评级），\(date)不是", "the year-end re-grading is scored in December; \(date) is not")
        case .regradeUnchanged(let grade, let score):
            return t("复核\(score)分仍为“\(grade.describe(.zh))”，与年度等级相同：年底复核只对提档升级或需要降级的党组织重新评级，无须复核的请说明理由后跳过第9步",
                     "the year-end score \(score) gives \(grade.describe(.en)), the grade it has: the re-grading is for those that rose or fell; skip step 9 with a reason instead")
        case .goodCapExceeded(let good, let graded, let allowed):
            return t("本党(工)委所辖\(graded)个党组织中“好”将达\(good)个，超过20%（至多\(allowed)个；年底复核时方可适当扩大）",
                     "\(good) of the \(graded) organizations under this township would be good, above 20% (at most \(allowed); only the year-end re-grading may exceed it)")
        case .gradingAreaTwice(let area):
            return t("“\(area)”的分数给了两次", "\"\(area)\" is scored twice")
        case .gradingYearOutOfRange(let year, let today):
            return t("只能开始本年度或上一年度的分类定级或整顿（今天是\(today)），\(year)年不行", "a grading or rectification is of this year or the last (today is \(today)), not \(year)")
        case .assessmentContradictsGrade(let year):
            return t("本组织\(year)年度等级为“较差”，统一认定为软弱涣散党组织，不能研判为不属于；等级只能经年底复核改变",
                     "the organization's grade of \(year) is poor, which makes it weak and lax: it cannot be assessed otherwise; only the year-end re-grading changes it")
        case .rectificationUnknown(let organization, let year):
            return t("\(organization)没有\(year)年度的整顿（tuixuan rectification start）", "\(organization) has no rectification of \(year) (tuixuan rectification start)")
        case .rectificationExists(let organization, let year):
            return t("\(organization)\(year)年度的整顿已经开始", "the rectification of \(organization) for \(year) has begun already")
        case .rectificationItemUnknown(let id):
            return t("本次整顿没有编号为 #\(id) 的问题或措施（tuixuan rectification status 可查看）", "no problem or measure #\(id) in this rectification (see tuixuan rectification status)")
        case .measureNeedsNewDeadline:
            return t("未完成（不满意）的整改事项须限期整改：给出新的期限（--new-due）；已完成的不给期限", "a measure not done gets a new deadline (--new-due); a done one none")
        case .assessmentCountInvalid:
            return t("测评人数不能为负数，且至少有一人", "the counts cannot be negative, and at least one person takes part")
        case .rectificationStepNotOpen(let step):
            return t("测评在步骤 \(step) 办理，它的前置步骤尚未完成", "the assessment is recorded at step \(step), whose prerequisites are not done")
        case .calendarYearUnknown(let year):
            return t(UnknownCalendarYear(year: year).describe(.zh) + "（tuixuan calendar import）", UnknownCalendarYear(year: year).describe(.en) + " (tuixuan calendar import)")
        case .calendarYearMismatch(let expected, let found):
            return t("节假日表应只含\(expected)年的日期，却有\(found)", "the holiday table should hold days of \(expected) only, but lists \(found)")
        }
    }
}

extension ClosedSubject {
    /// What the closed step settled, as a noun.
    var text: LocalizedText {
        switch self {
        case .weakAndLaxAssessment: LocalizedText(zh: "研判结果", en: "the assessment")
        case .seats: LocalizedText(zh: "职数", en: "the seats")
        case .outgoingCommittee: LocalizedText(zh: "上届委员会成员", en: "the outgoing committee")
        case .recommendations: LocalizedText(zh: "推荐结果", en: "the recommendations")
        case .townshipRecommendation: LocalizedText(zh: "乡镇党委推荐", en: "the township's recommendation")
        case .list(let stage): LocalizedText(stage)
        case .vetting: LocalizedText(zh: "资格联审结果", en: "the vetting")
        case .publicity: LocalizedText(zh: "公示", en: "the publicity")
        case .objections: LocalizedText(zh: "公示期间的反映", en: "objections")
        case .pledges: LocalizedText(zh: "纪律承诺", en: "the pledges")
        case .registration: LocalizedText(zh: "选举登记和应到会人数", en: "registration and the expected attendance")
        case .electionMethod: LocalizedText(zh: "选举办法", en: "the election method")
        case .officers: LocalizedText(zh: "监票人、计票人名单", en: "the scrutineers and tellers")
        case .voting: LocalizedText(zh: "投票", en: "the voting")
        case .exitAudits: LocalizedText(zh: "离任审计结果", en: "the exit audits")
        case .termReviews: LocalizedText(zh: "民主评议结果", en: "the evaluations")
        case .talks: LocalizedText(zh: "谈心谈话记录", en: "the talks")
        case .archive: LocalizedText(zh: "归档包登记", en: "the archive filing")
        case .gradingObjections: LocalizedText(zh: "异议复核", en: "the objections")
        case .ratings: LocalizedText(zh: "测评票", en: "the rating ballots")
        case .rectification: LocalizedText(zh: "整顿台账", en: "the rectification ledger")
        }
    }
}
