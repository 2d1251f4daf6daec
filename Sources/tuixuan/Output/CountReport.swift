import TuixuanCore
import TuixuanStore

private func kindName(_ kind: String) -> String {
    switch kind {
    case "committee": L("委员选举", "committee")
    case "further": L("另行选举", "further round")
    case "runoff": L("票数相等者再次投票", "run-off among the tied")
    case "secretary": L("书记选举", "secretary")
    case "deputy": L("副书记选举", "deputy secretary")
    default: kind
    }
}

private func baseName(_ kind: String?, body: String) -> String {
    let who = body == "committee" ? L("委员", "committee members") : L("有选举权党员", "members with a vote")
    return kind == "present" ? L("实到会", "present ") + who : L("应到会", "expected ") + who
}

/// One round as text: the figures, every person's votes, and what it decided.
func roundText(_ round: RoundView) -> String {
    var lines = [L("第\(round.number)轮 \(kindName(round.kind))（\(round.body == "committee" ? "委员会全体会议" : "党员大会")）",
                   "round \(round.number): \(kindName(round.kind)) (\(round.body))")]
    let figures = L("应到\(round.expected)人，实到\(round.present)人，应选\(round.seats)名", "\(round.expected) expected, \(round.present) present, \(round.seats) seat(s)")
        + (round.issued.map { L("，发出选票\($0)张", ", \($0) issued") } ?? "") + (round.returned.map { L("，收回\($0)张", ", \($0) returned") } ?? "")
    lines.append(figures)
    switch round.state {
    case "open":
        lines.append(L("进行中：A批已录入\(round.enteredA)张，B批\(round.enteredB)张", "open: entry A \(round.enteredA), entry B \(round.enteredB)"))
    case "void":
        lines.append(L("收回选票多于发出选票，本轮选举无效，须重新投票", "more ballots returned than issued: the round is void and must be held again"))
    default:
        guard let count = round.count, let outcome = round.outcome else { break }
        lines.append(L("有效票\(count.valid)张，无效票\(count.invalid)张（多选\(count.overvoted)张，废票\(count.spoiled)张）",
                       "\(count.valid) valid, \(count.invalid) invalid (\(count.overvoted) overvoted, \(count.spoiled) spoiled)"))
        lines.append(L("当选须得赞成票超过\(baseName(round.baseKind, body: round.body))\(round.base ?? 0)人的半数", "elected with yes votes above half of the \(round.base ?? 0) \(baseName(round.baseKind, body: round.body))"))
        var table = TextTable(headers: [L("姓名", "name"), L("赞成", "yes"), L("不赞成", "no"), L("弃权", "abstain"), L("结果", "result")])
        for person in count.candidates + count.writeIns {
            let result: String = outcome.elected.contains(person.name) ? L("当选", "elected")
                : outcome.tiedAtCutoff.contains(person.name) ? L("票数相等，须再次投票", "tied: run-off")
                : passesElectionThreshold(yes: person.yes, base: outcome.base) ? L("过半数未当选", "passed, not elected") : L("未过半数", "below threshold")
            let isWriteIn = !count.candidates.contains { $0.name == person.name }
            table.add([person.name + (isWriteIn ? L("（另选）", " (write-in)") : ""), "\(person.yes)", isWriteIn ? "" : "\(person.no)", isWriteIn ? "" : "\(person.abstain)", result])
        }
        lines.append(table.render())
        if outcome.runOffSeats > 0 {
            lines.append(L("票数相等：\(outcome.tiedAtCutoff.joined(separator: "、"))，须就\(outcome.runOffSeats)个名额在他们之间再次投票（tuixuan round open --kind runoff）",
                           "tied: \(outcome.tiedAtCutoff.joined(separator: ", ")) — a run-off among them for \(outcome.runOffSeats) seat(s) (round open --kind runoff)"))
        }
        if outcome.shortfall > 0 {
            lines.append(L("尚缺\(outcome.shortfall)名，须另行选举（tuixuan round open --kind further）", "\(outcome.shortfall) seat(s) still empty: hold a further round (round open --kind further)"))
        }
    }
    return lines.joined(separator: "\n")
}

func countReportText(_ rounds: [RoundView], officers: [(name: String, duty: String)], title: String) -> String {
    let head = L("\(title) 计票结果报告单", "\(title) — count report")
    return ([head, ""] + rounds.map(roundText) + ["", signatures(officers)]).joined(separator: "\n")
}

private func signatures(_ officers: [(name: String, duty: String)]) -> String {
    let chief = officers.filter { $0.duty == "chief_scrutineer" }.map(\.name)
    let scrutineers = officers.filter { $0.duty == "scrutineer" }.map(\.name)
    let tellers = officers.filter { $0.duty == "teller" }.map(\.name)
    return L("总监票人：\(chief.joined(separator: "、"))（签字）　监票人：\(scrutineers.joined(separator: "、"))（签字）　计票人：\(tellers.joined(separator: "、"))（签字）",
             "chief scrutineer: \(chief.joined(separator: ", ")) (signed)  scrutineers: \(scrutineers.joined(separator: ", ")) (signed)  tellers: \(tellers.joined(separator: ", ")) (signed)")
}

func countReportHTML(_ rounds: [RoundView], officers: [(name: String, duty: String)], title: String) -> String {
    func escape(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
    let sections = rounds.map { round -> String in
        var rows = ""
        if let count = round.count, let outcome = round.outcome {
            for person in count.candidates + count.writeIns {
                let elected = outcome.elected.contains(person.name) ? "当选" : (outcome.tiedAtCutoff.contains(person.name) ? "票数相等" : "")
                rows += "<tr><td>\(escape(person.name))</td><td>\(person.yes)</td><td>\(person.no)</td><td>\(person.abstain)</td><td>\(elected)</td></tr>"
            }
        }
        let state = round.state == "void" ? "<p class=\"void\">收回选票多于发出选票，本轮选举无效。</p>" : ""
        return """
        <h2>第\(round.number)轮　\(escape(kindName(round.kind)))</h2>
        <table class="figures"><tr><th>应到</th><th>实到</th><th>应选</th><th>发出</th><th>收回</th><th>有效</th><th>无效</th><th>当选基数</th></tr>
        <tr><td>\(round.expected)</td><td>\(round.present)</td><td>\(round.seats)</td><td>\(round.issued.map(String.init) ?? "")</td><td>\(round.returned.map(String.init) ?? "")</td>
        <td>\(round.count.map { String($0.valid) } ?? "")</td><td>\(round.count.map { String($0.invalid) } ?? "")</td><td>\(round.base.map(String.init) ?? "")</td></tr></table>
        \(state)
        <table><tr><th>姓名</th><th>赞成</th><th>不赞成</th><th>弃权</th><th>结果</th></tr>\(rows)</table>
        """
    }.joined(separator: "\n")
    return """
    <!DOCTYPE html>
    <html lang="zh-CN"><head><meta charset="utf-8"><title>\(escape(title)) 计票结果报告单</title>
    <style>
      @page { size: A4 portrait; margin: 18mm 16mm; }
      body { font-family: "Noto Serif CJK SC", "SimSun", serif; font-size: 11pt; }
      h1 { text-align: center; font-size: 18pt; } h2 { font-size: 13pt; margin-top: 6mm; }
      table { border-collapse: collapse; width: 100%; margin: 2mm 0; } th, td { border: 1pt solid #000; padding: 1.5mm; text-align: center; }
      .void { font-weight: bold; } .sign { margin-top: 12mm; line-height: 2; }
    </style></head><body>
    <h1>\(escape(title))<br>计票结果报告单</h1>
    \(sections)
    <div class="sign">\(escape(signatures(officers)))</div>
    </body></html>
    """
}

func countReportCSV(_ rounds: [RoundView]) -> String {
    var lines = ["轮次,类别,应到,实到,应选,发出,收回,有效,无效,基数,姓名,赞成,不赞成,弃权,当选"]
    for round in rounds {
        let head = "\(round.number),\(round.kind),\(round.expected),\(round.present),\(round.seats),\(round.issued.map(String.init) ?? ""),\(round.returned.map(String.init) ?? ""),\(round.count.map { String($0.valid) } ?? ""),\(round.count.map { String($0.invalid) } ?? ""),\(round.base.map(String.init) ?? "")"
        guard let count = round.count, let outcome = round.outcome else { lines.append(head + ",,,,,"); continue }
        for person in count.candidates + count.writeIns {
            lines.append(head + ",\(person.name),\(person.yes),\(person.no),\(person.abstain),\(outcome.elected.contains(person.name) ? "是" : "")")
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

struct CountReportJSON: Encodable {
    struct Officer: Encodable { var name: String; var duty: String }
    var rounds: [RoundView]
    var officers: [Officer]

    init(rounds: [RoundView], officers: [(name: String, duty: String)]) {
        self.rounds = rounds
        self.officers = officers.map { Officer(name: $0.name, duty: $0.duty) }
    }
}
