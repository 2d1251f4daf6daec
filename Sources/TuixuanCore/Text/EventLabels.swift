/// What the event log shows a person (issue 13): each event kind and each detail field in the user's words. The
/// stored kinds and keys stay as they are (they are hashed into the chain, and `events --json` gives them raw).
public enum EventLabels {
    /// 事件类型: the kinds the program writes.
    public static let kinds: [String: LocalizedText] = [
        "audit.genesis": LocalizedText(zh: "审计起点", en: "audit began"),
        "database.initialized": LocalizedText(zh: "数据库初始化", en: "database initialized"),
        "key.registered": LocalizedText(zh: "登记签名公钥", en: "key registered"),
        "trust.imported": LocalizedText(zh: "导入信任列表", en: "trust list imported"),
        "organization.added": LocalizedText(zh: "添加组织", en: "organization added"),
        "organization.updated": LocalizedText(zh: "更新组织", en: "organization updated"),
        "operator.added": LocalizedText(zh: "添加操作人员", en: "operator added"),
        "roll.imported": LocalizedText(zh: "导入党员名册", en: "roll imported"),
        "member.profile": LocalizedText(zh: "登记党员来源与兼职", en: "member profile recorded"),
        "due_date.set": LocalizedText(zh: "设定步骤时限", en: "due date set"),
        "procedure.registered": LocalizedText(zh: "登记程序版本", en: "procedure registered"),
        "election.started": LocalizedText(zh: "启动换届选举", en: "election started"),
        "election.assessed": LocalizedText(zh: "研判是否软弱涣散", en: "weak-and-lax assessment"),
        "election.voided": LocalizedText(zh: "选举无效", en: "election voided"),
        "step.completed": LocalizedText(zh: "完成步骤", en: "step completed"),
        "step.skipped": LocalizedText(zh: "跳过步骤", en: "step skipped"),
        "step.approved": LocalizedText(zh: "批准步骤", en: "step approved"),
        "outgoing_committee.set": LocalizedText(zh: "登记上届委员会", en: "outgoing committee recorded"),
        "exit_audit.recorded": LocalizedText(zh: "记录离任审计", en: "exit audit recorded"),
        "exit_audit.handled": LocalizedText(zh: "离任审计问题处理", en: "exit audit problems handled"),
        "term_review.recorded": LocalizedText(zh: "记录述职评议", en: "term review recorded"),
        "guidance.added": LocalizedText(zh: "添加驻村指导组成员", en: "guidance group member added"),
        "registration.recorded": LocalizedText(zh: "登记参会意愿", en: "intention recorded"),
        "registration.complete": LocalizedText(zh: "参会登记完成", en: "registration complete"),
        "exclusion.proposed": LocalizedText(zh: "提出不计入应到会人数", en: "exclusion proposed"),
        "exclusion.agreed": LocalizedText(zh: "上级同意不计入应到会人数", en: "exclusion agreed"),
        "exclusion.refused": LocalizedText(zh: "上级不同意不计入应到会人数", en: "exclusion refused"),
        "exclusion.congress_approved": LocalizedText(zh: "党员大会通过不计入应到会人数", en: "exclusion approved by the congress"),
        "exclusions.decided": LocalizedText(zh: "不计入应到会人数已决定", en: "exclusions decided"),
        "expected_attendance.approved": LocalizedText(zh: "审批应到会人数", en: "expected attendance approved"),
        "expected_attendance.filed": LocalizedText(zh: "应到会人数报备", en: "expected attendance filed"),
        "seats.set": LocalizedText(zh: "确定职数", en: "seats set"),
        "seats.exceeding_allowed": LocalizedText(zh: "同意职数超过上届", en: "seats above the previous term allowed"),
        "seats.reduced": LocalizedText(zh: "减少应选名额", en: "seats reduced"),
        "situation.reported": LocalizedText(zh: "报送情况", en: "situation reported"),
        "situation.handled": LocalizedText(zh: "处理报送情况", en: "situation handled"),
        "secretary.assessed": LocalizedText(zh: "研判书记人选", en: "secretary assessed"),
        "recommendation.recorded": LocalizedText(zh: "记录推荐票", en: "recommendation recorded"),
        "recommendation.township": LocalizedText(zh: "乡镇党委推荐", en: "township recommendation"),
        "list.set": LocalizedText(zh: "确定人选名单", en: "list set"),
        "finding.recorded": LocalizedText(zh: "记录资格审查发现", en: "finding recorded"),
        "sanction.recorded": LocalizedText(zh: "记录处分影响期", en: "sanction recorded"),
        "decision.recorded": LocalizedText(zh: "记录审批决定", en: "decision recorded"),
        "structure.acknowledged": LocalizedText(zh: "说明班子结构", en: "structure acknowledged"),
        "vetting.answered": LocalizedText(zh: "联审部门回复", en: "vetting answered"),
        "health.recorded": LocalizedText(zh: "记录身体状况", en: "health recorded"),
        "nominee.proposed": LocalizedText(zh: "提出书记（副书记）人选", en: "nominee proposed"),
        "publicity.started": LocalizedText(zh: "开始公示", en: "publicity started"),
        "objection.received": LocalizedText(zh: "收到反映", en: "objection received"),
        "objection.dismissed": LocalizedText(zh: "反映经核不实", en: "objection dismissed"),
        "objection.upheld": LocalizedText(zh: "反映属实", en: "objection upheld"),
        "candidacy.approved": LocalizedText(zh: "批复候选人", en: "candidates approved"),
        "candidacy.cancelled": LocalizedText(zh: "取消候选人资格", en: "candidacy cancelled"),
        "completion.proposed": LocalizedText(zh: "提出补足人选", en: "completion proposed"),
        "completion.approved": LocalizedText(zh: "批准补足人选", en: "completion approved"),
        "completion.withdrawn": LocalizedText(zh: "撤回补足人选", en: "completion withdrawn"),
        "pledge.recorded": LocalizedText(zh: "记录纪律承诺", en: "pledge recorded"),
        "staff_pledge.recorded": LocalizedText(zh: "记录工作人员承诺", en: "staff pledge recorded"),
        "method.adopted": LocalizedText(zh: "通过选举办法", en: "method adopted"),
        "officers.appointed": LocalizedText(zh: "通过监票人、计票人名单", en: "officers appointed"),
        "attendance.checked_in": LocalizedText(zh: "签到", en: "check-in"),
        "congress.adjourned": LocalizedText(zh: "大会休会", en: "congress adjourned"),
        "round.opened": LocalizedText(zh: "开始投票", en: "round opened"),
        "ballot.entered": LocalizedText(zh: "录入一张选票", en: "ballot entered"),
        "ballots.entered": LocalizedText(zh: "导入计票单", en: "ballot sheet entered"),
        "ballots.typed": LocalizedText(zh: "键入选票", en: "ballots typed"),
        "ballot.undone": LocalizedText(zh: "撤销一张选票", en: "ballot undone"),
        "ballot.ruled": LocalizedText(zh: "监票人裁定", en: "scrutineers' ruling"),
        "tally.entered": LocalizedText(zh: "录入手工计票结果", en: "hand count entered"),
        "round.closed": LocalizedText(zh: "宣布本轮结果", en: "round closed"),
        "round.void": LocalizedText(zh: "本轮选举无效", en: "round void"),
        "result.approved": LocalizedText(zh: "批准选举结果", en: "result approved"),
        "result.reviewed": LocalizedText(zh: "县委组织部审核通过", en: "result reviewed"),
        "result.returned": LocalizedText(zh: "县委组织部退回", en: "result returned"),
        "talk.recorded": LocalizedText(zh: "记录谈心谈话", en: "talk recorded"),
        "archive.filed": LocalizedText(zh: "归档包登记", en: "archive filed"),
        "bundle.imported": LocalizedText(zh: "导入归档包", en: "bundle imported"),
        "province.generated": LocalizedText(zh: "生成演示数据", en: "demo data generated"),
        "village.generated": LocalizedText(zh: "生成演示村", en: "demo village generated"),
    ]

    /// 事件内容: the detail fields, by key.
    public static let fields: [String: LocalizedText] = [
        "adjourned_on": LocalizedText(zh: "休会日期", en: "adjourned on"), "auditor": LocalizedText(zh: "审计单位", en: "auditor"),
        "backgrounds": LocalizedText(zh: "来源", en: "backgrounds"), "ballots": LocalizedText(zh: "票数", en: "ballots"),
        "basically_satisfied": LocalizedText(zh: "基本满意", en: "basically satisfied"), "basis": LocalizedText(zh: "依据", en: "basis"),
        "body": LocalizedText(zh: "会议", en: "body"), "by": LocalizedText(zh: "经办", en: "by"), "candidates": LocalizedText(zh: "候选人", en: "candidates"),
        "clear": LocalizedText(zh: "无问题", en: "clear"), "code": LocalizedText(zh: "代码", en: "code"), "committee": LocalizedText(zh: "委员", en: "committee"),
        "congress_date": LocalizedText(zh: "大会日期", en: "congress date"), "count": LocalizedText(zh: "人数", en: "count"),
        "county": LocalizedText(zh: "县", en: "county"), "county_told_on": LocalizedText(zh: "报告县委组织部日期", en: "county told on"),
        "days": LocalizedText(zh: "天数", en: "days"), "decision": LocalizedText(zh: "决定", en: "decision"), "department": LocalizedText(zh: "部门", en: "department"),
        "deputy_secretary": LocalizedText(zh: "副书记", en: "deputy secretary"), "detail": LocalizedText(zh: "说明", en: "detail"),
        "digest": LocalizedText(zh: "摘要", en: "digest"), "dissatisfied": LocalizedText(zh: "不满意", en: "dissatisfied"),
        "due_on": LocalizedText(zh: "时限", en: "due on"), "elected": LocalizedText(zh: "当选", en: "elected"), "end": LocalizedText(zh: "截止", en: "end"),
        "entry": LocalizedText(zh: "录入批次", en: "entry"), "expected": LocalizedText(zh: "应到会", en: "expected"), "figure": LocalizedText(zh: "人数", en: "figure"),
        "filed_on": LocalizedText(zh: "报备日期", en: "filed on"), "finding": LocalizedText(zh: "发现", en: "finding"), "fit": LocalizedText(zh: "身体健康", en: "fit"),
        "found": LocalizedText(zh: "研判结论", en: "found"), "from": LocalizedText(zh: "从", en: "from"),
        "further_round_limit": LocalizedText(zh: "另行选举轮数上限", en: "further round limit"), "handled_on": LocalizedText(zh: "处理日期", en: "handled on"),
        "handling": LocalizedText(zh: "处理情况", en: "handling"), "happened_on": LocalizedText(zh: "日期", en: "happened on"),
        "head_event": LocalizedText(zh: "链头事件", en: "head event"), "id": LocalizedText(zh: "编号", en: "id"), "inserted": LocalizedText(zh: "新增", en: "inserted"),
        "intention": LocalizedText(zh: "参会意愿", en: "intention"), "issued": LocalizedText(zh: "发出选票", en: "issued"), "keys": LocalizedText(zh: "公钥数", en: "keys"),
        "kind": LocalizedText(zh: "类别", en: "kind"), "level": LocalizedText(zh: "层级", en: "level"), "member": LocalizedText(zh: "党员", en: "member"),
        "member_id": LocalizedText(zh: "党员编号", en: "member id"), "members": LocalizedText(zh: "党员", en: "members"), "name": LocalizedText(zh: "名称", en: "name"),
        "not_in_file": LocalizedText(zh: "文件中没有", en: "not in file"), "note": LocalizedText(zh: "备注", en: "note"),
        "notified_via": LocalizedText(zh: "通知方式", en: "notified via"), "occurred_on": LocalizedText(zh: "发生日期", en: "occurred on"),
        "officers": LocalizedText(zh: "监票人、计票人", en: "officers"), "on": LocalizedText(zh: "日期", en: "on"), "organization": LocalizedText(zh: "组织", en: "organization"),
        "parent": LocalizedText(zh: "上级", en: "parent"), "place": LocalizedText(zh: "位置", en: "place"),
        "pledge_published_on": LocalizedText(zh: "承诺公开日期", en: "pledge published on"), "pledge_signed_on": LocalizedText(zh: "承诺签订日期", en: "pledge signed on"),
        "position": LocalizedText(zh: "票序", en: "position"), "post": LocalizedText(zh: "职务", en: "post"), "posts": LocalizedText(zh: "职务", en: "posts"),
        "present": LocalizedText(zh: "实到", en: "present"), "previous_committee_size": LocalizedText(zh: "上届委员会职数", en: "previous committee size"),
        "problems": LocalizedText(zh: "问题", en: "problems"), "procedure": LocalizedText(zh: "程序", en: "procedure"),
        "public_key": LocalizedText(zh: "公钥", en: "public key"), "publicity_start": LocalizedText(zh: "公示开始", en: "publicity start"),
        "published_on": LocalizedText(zh: "公开日期", en: "published on"), "quorum": LocalizedText(zh: "法定人数", en: "quorum"),
        "reached_step": LocalizedText(zh: "进行到第几步", en: "reached step"), "reason": LocalizedText(zh: "理由", en: "reason"),
        "reconvene_on": LocalizedText(zh: "复会日期", en: "reconvene on"), "records": LocalizedText(zh: "存档材料", en: "records"),
        "reference": LocalizedText(zh: "文号", en: "reference"), "rejected_names": LocalizedText(zh: "无效推荐", en: "rejected names"),
        "report": LocalizedText(zh: "报告", en: "report"), "returned": LocalizedText(zh: "收回选票", en: "returned"), "reviewer": LocalizedText(zh: "审核人", en: "reviewer"),
        "role": LocalizedText(zh: "角色", en: "role"), "round": LocalizedText(zh: "轮次", en: "round"), "rule_set": LocalizedText(zh: "规则版本", en: "rule set"),
        "satisfied": LocalizedText(zh: "满意", en: "satisfied"), "seats": LocalizedText(zh: "职数", en: "seats"),
        "secretary_mode": LocalizedText(zh: "书记选举方式", en: "secretary mode"), "seed": LocalizedText(zh: "随机种子", en: "seed"),
        "shortfall": LocalizedText(zh: "差额", en: "shortfall"), "signatures": LocalizedText(zh: "签名数", en: "signatures"),
        "signed_on": LocalizedText(zh: "签订日期", en: "signed on"), "sitting": LocalizedText(zh: "会次", en: "sitting"), "source": LocalizedText(zh: "来源", en: "source"),
        "staff_tellers": LocalizedText(zh: "工作人员计票", en: "staff tellers"), "stage": LocalizedText(zh: "阶段", en: "stage"), "start": LocalizedText(zh: "开始", en: "start"),
        "subject": LocalizedText(zh: "事项", en: "subject"), "summary": LocalizedText(zh: "摘要", en: "summary"),
        "threshold_base": LocalizedText(zh: "当选票数基数", en: "threshold base"), "tied": LocalizedText(zh: "票数相等", en: "tied"), "title": LocalizedText(zh: "名称", en: "title"),
        "to": LocalizedText(zh: "至", en: "to"), "townships": LocalizedText(zh: "乡镇数", en: "townships"), "treatment": LocalizedText(zh: "待遇安排", en: "treatment"),
        "unchanged": LocalizedText(zh: "未变", en: "unchanged"), "until": LocalizedText(zh: "截至", en: "until"), "updated": LocalizedText(zh: "更新", en: "updated"),
        "valid": LocalizedText(zh: "有效", en: "valid"), "void": LocalizedText(zh: "无效", en: "void"), "votes_for": LocalizedText(zh: "赞成票", en: "votes for"),
        "weak_and_lax": LocalizedText(zh: "软弱涣散", en: "weak and lax"),
    ]

    /// An event kind in the user's words (the stored kind itself when the program has no label for it: an old file).
    public static func kind(_ kind: String) -> LocalizedText {
        kinds[kind] ?? LocalizedText(zh: kind, en: kind)
    }

    /// An event's detail, one `label：value` per field in the stored order of keys; values stay as recorded, except yes/no,
    /// and empty fields are left out.
    public static func detail(_ fields: [(key: String, value: String)]) -> LocalizedText {
        func render(_ language: Language) -> String {
            fields.filter { !$0.value.isEmpty }.map { field in
                let label = self.fields[field.key]?.text(language) ?? field.key
                let value = switch field.value {
                case "true": language == .zh ? "是" : "yes"
                case "false": language == .zh ? "否" : "no"
                default: field.value
                }
                return language == .zh ? "\(label)：\(value)" : "\(label): \(value)"
            }.joined(separator: language == .zh ? "；" : "; ")
        }
        return LocalizedText(zh: render(.zh), en: render(.en))
    }
}
