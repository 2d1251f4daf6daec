import TuixuanCore
import TuixuanSpreadsheet
import TuixuanStore

// Renderers of the count report (计票结果报告单). Each only formats `CountReport`: who was elected,
// tied or under the threshold is decided once, in `RoundView.results`.

private func baseName(_ round: RoundView) -> String {
    let who = round.body == .committee ? L("委员", "committee members") : L("有选举权党员", "members with a vote")
    return round.baseKind == .present ? L("实到会", "present ") + who : L("应到会", "expected ") + who
}

private func heading(_ round: RoundView) -> String {
    L("第\(round.number)轮 \(round.kind.localized)（\(round.body.localized)）", "round \(round.number): \(round.kind.localized) (\(round.body.localized))")
}

private func personName(_ person: PersonResult) -> String {
    person.name + (person.writeIn ? L("（另选）", " (write-in)") : "")
}

/// The result cell: the round's verdict, and for one elected whose election the township later declared void, that too
/// (the round elected him; the seat is empty again).
private func verdictText(_ person: PersonResult, voided: Set<String>) -> String {
    person.verdict == .elected && voided.contains(person.name) ? L("当选（已宣布无效）", "elected (declared void)") : person.verdict.localized
}

extension CountReport {
    /// Those whose election the township declared void.
    var voidedNames: Set<String> { Set(revocations.filter { $0.kind == .void }.map(\.name)) }
}

/// 减少职数, in words: who decided it, with what figures, and the seats it left.
func seatReductionText(_ reduction: SeatReduction) -> String {
    L("\(reduction.decidedOn)经党员大会表决（到会有选举权\(reduction.present)人，同意\(reduction.votesFor)人，超过半数），委员职数由\(reduction.seatsFrom)名减少为\(reduction.seatsTo)名，不再另行选举",
      "on \(reduction.decidedOn) the congress voted (\(reduction.votesFor) of \(reduction.present) present with a vote, more than half) to reduce the committee from \(reduction.seatsFrom) to \(reduction.seatsTo) seats; no further round")
}

/// 取消候选人资格 / 宣布当选无效, in words.
func revocationText(_ revocation: Revocation) -> String {
    let grounds = revocation.finding.map { L("，依据：\($0)", "; grounds: \($0)") } ?? ""
    return revocation.kind == .cancelled
        ? L("乡镇党委取消\(revocation.name)的候选人资格（\(revocation.reason)\(grounds)），\(revocation.countyToldOn)报县委组织部",
            "the township cancelled \(revocation.name)'s candidacy (\(revocation.reason)\(grounds)); the county was told on \(revocation.countyToldOn)")
        : L("乡镇党委宣布\(revocation.name)当选无效（\(revocation.reason)\(grounds)），\(revocation.countyToldOn)报县委组织部；其名额另行选举",
            "the township declared \(revocation.name)'s election void (\(revocation.reason)\(grounds)); the county was told on \(revocation.countyToldOn); the seat goes to a further round")
}

/// 休会, in words: when, why, with what attendance, and when the congress meets again.
func adjournmentText(_ adjournment: Adjournment) -> String {
    L("\(adjournment.adjournedOn)第\(adjournment.sitting)次会议休会（\(adjournment.reason.localized)；应到\(adjournment.expected)人，实到\(adjournment.present)人）：\(adjournment.note)；定于\(adjournment.reconveneOn)复会，重新签到（\(adjournment.recordedBy)记录）",
      "on \(adjournment.adjournedOn) sitting \(adjournment.sitting) adjourned (\(adjournment.reason.localized); \(adjournment.present) present of \(adjournment.expected) expected): \(adjournment.note); meets again on \(adjournment.reconveneOn) with a new check-in (recorded by \(adjournment.recordedBy))")
}

/// What comes next at the congress, as the report's closing line.
func nextText(_ next: CongressNext) -> String {
    L("下一步：", "next: ") + next.localized
}

/// What the round leaves to do, in words: a run-off among the tied, a further round for empty seats
/// (unless the congress has since reduced the seats).
private func followUps(_ round: RoundView, reduced: Bool = false) -> [String] {
    guard let outcome = round.outcome else { return [] }
    var lines: [String] = []
    if outcome.runOffSeats > 0 {
        lines.append(L("票数相等：\(outcome.tiedAtCutoff.joined(separator: "、"))，须就\(outcome.runOffSeats)个名额在他们之间再次投票（tuixuan round open --kind runoff）",
                       "tied: \(outcome.tiedAtCutoff.joined(separator: ", ")) — a run-off among them for \(outcome.runOffSeats) seat(s) (round open --kind runoff)"))
    }
    if let post = round.kind.post, outcome.elected.isEmpty && outcome.runOffSeats == 0 {
        lines.append(L("\(post.localized)未选出：须由乡镇党委从当选委员中另提人选并报县委组织部后再次选举（tuixuan congress propose-nominee）",
                       "no \(post.localized) elected: the township proposes another nominee from the elected committee, tells the county, and the vote is held again (tuixuan congress propose-nominee)"))
    }
    if outcome.shortfall > 0 && round.kind.post == nil && !reduced {
        lines.append(L("尚缺\(outcome.shortfall)名，须另行选举（tuixuan round open --kind further）", "\(outcome.shortfall) seat(s) still empty: hold a further round (round open --kind further)"))
    }
    return lines
}

/// The rule the round was decided by: more than half of the base, or, in a run-off among the tied, the most votes.
private func thresholdText(_ round: RoundView) -> String {
    round.kind == .runoff
        ? L("票数相等者再次投票：得票多的当选（他们已过半数）", "a run-off among the tied: the most votes win (they already passed the threshold)")
        : L("当选须得赞成票超过\(baseName(round))\(round.base ?? 0)人的半数", "elected with yes votes above half of the \(round.base ?? 0) \(baseName(round))")
}

private let voidRoundText = L("收回选票多于发出选票，本轮选举无效，须重新投票", "more ballots returned than issued: the round is void and must be held again")

/// One round as text: the figures, every person's votes, and what it decided.
func roundText(_ round: RoundView, reduced: Bool = false, voided: Set<String> = []) -> String {
    var lines = [heading(round)]
    let figures = L("应到\(round.expected)人，实到\(round.present)人，应选\(round.seats)名", "\(round.expected) expected, \(round.present) present, \(round.seats) seat(s)")
        + (round.issued.map { L("，发出选票\($0)张", ", \($0) issued") } ?? "") + (round.returned.map { L("，收回\($0)张", ", \($0) returned") } ?? "")
    lines.append(figures)
    switch round.state {
    case .open:
        lines.append(L("进行中：A批已录入\(round.enteredA)张，B批\(round.enteredB)张", "open: entry A \(round.enteredA), entry B \(round.enteredB)"))
    case .void:
        lines.append(voidRoundText)
    case .closed:
        guard let count = round.count else { break }
        lines.append(L("有效票\(count.valid)张，无效票\(count.invalid)张（多选\(count.overvoted)张，废票\(count.spoiled)张）",
                       "\(count.valid) valid, \(count.invalid) invalid (\(count.overvoted) overvoted, \(count.spoiled) spoiled)"))
        lines.append(thresholdText(round))
        var table = TextTable(headers: [L("姓名", "name"), L("赞成", "yes"), L("不赞成", "no"), L("弃权", "abstain"), L("结果", "result")])
        for person in round.results {
            table.add([personName(person), "\(person.yes)", cell(person.no), cell(person.abstain), verdictText(person, voided: voided)])
        }
        lines.append(table.render())
        lines += followUps(round, reduced: reduced)
    }
    return lines.joined(separator: "\n")
}

func countReportText(_ report: CountReport) -> String {
    let head = L("\(report.title) 计票结果报告单", "\(report.title) — count report")
    let rounds = report.rounds.map { roundText($0, reduced: report.seatReduction != nil, voided: report.voidedNames) }
    let notes = report.adjournments.map(adjournmentText) + report.revocations.map(revocationText) + report.seatReduction.map { [seatReductionText($0)] }.orEmpty
        + report.next.map { [nextText($0)] }.orEmpty
    return ([head, ""] + rounds + (notes.isEmpty ? [] : [""] + notes) + ["", signatures(report)]).joined(separator: "\n")
}

private func signatures(_ report: CountReport) -> String {
    let (chief, scrutineers, tellers) = (report.officers(.chiefScrutineer), report.officers(.scrutineer), report.officers(.teller))
    return L("总监票人：\(chief.joined(separator: "、"))（签字）　监票人：\(scrutineers.joined(separator: "、"))（签字）　计票人：\(tellers.joined(separator: "、"))（签字）",
             "chief scrutineer: \(chief.joined(separator: ", ")) (signed)  scrutineers: \(scrutineers.joined(separator: ", ")) (signed)  tellers: \(tellers.joined(separator: ", ")) (signed)")
}

func countReportHTML(_ report: CountReport) -> String {
    let sections = report.rounds.map { round -> String in
        let rows = round.results.map { person in
            "<tr><td>\(html(personName(person)))</td><td>\(person.yes)</td><td>\(cell(person.no))</td><td>\(cell(person.abstain))</td><td>\(html(verdictText(person, voided: report.voidedNames)))</td></tr>"
        }.joined(separator: "\n")
        var notes = round.state == .void ? [voidRoundText] : []
        if round.state == .open { notes.append(L("本轮投票尚未结束", "the round is still open")) }
        if round.state == .closed { notes.insert(thresholdText(round), at: 0) }
        notes += followUps(round, reduced: report.seatReduction != nil)
        return """
        <h2>\(html(heading(round)))</h2>
        <table class="figures"><tr><th>\(L("应到", "expected"))</th><th>\(L("实到", "present"))</th><th>\(L("应选", "seats"))</th><th>\(L("发出", "issued"))</th><th>\(L("收回", "returned"))</th><th>\(L("有效", "valid"))</th><th>\(L("无效", "invalid"))</th><th>\(L("当选基数", "base"))</th></tr>
        <tr><td>\(round.expected)</td><td>\(round.present)</td><td>\(round.seats)</td><td>\(cell(round.issued))</td><td>\(cell(round.returned))</td><td>\(cell(round.count?.valid))</td><td>\(cell(round.count?.invalid))</td><td>\(cell(round.base))</td></tr></table>
        \(notes.map { "<p class=\"note\">\(html($0))</p>" }.joined(separator: "\n"))
        <table><tr><th>\(L("姓名", "name"))</th><th>\(L("赞成", "yes"))</th><th>\(L("不赞成", "no"))</th><th>\(L("弃权", "abstain"))</th><th>\(L("结果", "result"))</th></tr>
        \(rows)
        </table>
        """
    }.joined(separator: "\n")
    let title = L("\(report.title) 计票结果报告单", "\(report.title) — count report")
    return """
    <!DOCTYPE html>
    <html lang="\(L("zh-CN", "en"))"><head><meta charset="utf-8"><title>\(html(title))</title>
    <style>
      @page { size: A4 portrait; margin: 18mm 16mm; }
      body { font-family: "Noto Serif CJK SC", "SimSun", serif; font-size: 11pt; }
      h1 { text-align: center; font-size: 18pt; } h2 { font-size: 13pt; margin-top: 6mm; }
      table { border-collapse: collapse; width: 100%; margin: 2mm 0; } th, td { border: 1pt solid #000; padding: 1.5mm; text-align: center; }
      thead { display: table-header-group; } tr { page-break-inside: avoid; }
      .note { font-weight: bold; margin: 1mm 0; } .sign { margin-top: 12mm; line-height: 2; }
    </style></head><body>
    <h1>\(html(report.title))<br>\(L("计票结果报告单", "count report"))</h1>
    \(sections)
    \(report.adjournments.map { "<p class=\"note\">\(html(adjournmentText($0)))</p>" }.joined(separator: "\n"))
    \(report.revocations.map { "<p class=\"note\">\(html(revocationText($0)))</p>" }.joined(separator: "\n"))
    \(report.seatReduction.map { "<p class=\"note\">\(html(seatReductionText($0)))</p>" } ?? "")
    \(report.next.map { "<p class=\"note\">\(html(nextText($0)))</p>" } ?? "")
    <div class="sign">\(html(signatures(report)))</div>
    </body></html>
    """
}

/// 计票结果报告单 as one table: a row per candidate per round, the round's figures repeated on each.
func countReportTable(_ report: CountReport) -> TableSheet {
    let titles = L("轮次,类别,应到,实到,应选,发出,收回,有效,无效,基数,姓名,另选,赞成,不赞成,弃权,结果",
                   "round,kind,expected,present,seats,issued,returned,valid,invalid,base,name,write_in,yes,no,abstain,result").split(separator: ",").map(String.init)
    let numeric: Set<Int> = [0, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14]
    var table = TableSheet(name: L("计票结果", "count"), columns: titles.enumerated().map { TableColumn($1, numeric.contains($0) ? .number : .text) })
    for round in report.rounds {
        let head = [String(round.number), round.kind.localized, String(round.expected), String(round.present), String(round.seats), cell(round.issued),
                    cell(round.returned), cell(round.count?.valid), cell(round.count?.invalid), cell(round.base)]
        guard !round.results.isEmpty else {
            let state = round.state == .void ? L("本轮无效", "void") : round.state == .open ? L("进行中", "open") : ""
            table.rows.append(head + ["", "", "", "", "", state])
            continue
        }
        for person in round.results {
            table.rows.append(head + [person.name, person.writeIn ? L("是", "yes") : "", String(person.yes), cell(person.no), cell(person.abstain),
                                      verdictText(person, voided: report.voidedNames)])
        }
    }
    return table
}

/// The count report as CSV (the bundle's `count-report.csv` carries no byte order mark: it is for machines).
func countReportCSV(_ report: CountReport, byteOrderMark: Bool = false) -> String {
    countReportTable(report).csv(byteOrderMark: byteOrderMark)
}

extension Optional where Wrapped == [String] {
    var orEmpty: [String] { self ?? [] }
}
