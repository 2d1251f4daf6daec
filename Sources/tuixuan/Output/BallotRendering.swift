import TuixuanCore

/// The committee ballot as HTML that prints on one A4 page.
func ballotHTML(_ ballot: BallotDesign, electionDate: CivilDate) -> String {
    let names = ballot.candidates.map { "<th class=\"name\">\(html($0))</th>" }.joined()
    let marks = ballot.candidates.map { _ in "<td class=\"mark\"></td>" }.joined()
    let writeInHeaders = (1...max(1, ballot.writeInSlots)).map { "<th>另选他人\($0)</th>" }.joined()
    let writeInNames = (1...max(1, ballot.writeInSlots)).map { _ in "<td class=\"writein\"></td>" }.joined()
    let writeInMarks = (1...max(1, ballot.writeInSlots)).map { _ in "<td class=\"mark\"></td>" }.joined()
    let instructions = ballot.instructions.enumerated().map { "<li>\(html($0.element.zh))</li>" }.joined(separator: "\n      ")
    return """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>\(html(ballot.title))</title>
    <style>
      @page { size: A4 portrait; margin: 18mm 16mm; }
      body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; color: #000; margin: 0; }
      h1 { font-size: 22pt; text-align: center; letter-spacing: 0.2em; margin: 0 0 4mm; }
      .meta { text-align: center; font-size: 11pt; margin-bottom: 6mm; }
      table { border-collapse: collapse; width: 100%; margin-bottom: 6mm; table-layout: fixed; }
      th, td { border: 1.2pt solid #000; text-align: center; }
      th { font-size: 14pt; font-weight: normal; padding: 3mm 1mm; }
      th.name { writing-mode: horizontal-tb; }
      td.mark { height: 16mm; }
      td.writein { height: 14mm; }
      .legend { font-size: 11pt; border: 1pt solid #000; padding: 3mm 5mm; }
      .legend ol { margin: 1mm 0 0 5mm; padding: 0; }
      .legend li { margin: 1mm 0; line-height: 1.45; }
      .section { font-size: 12pt; margin: 0 0 2mm; }
      .stamp { text-align: right; font-size: 11pt; margin-top: 8mm; }
    </style>
    </head>
    <body>
      <h1>\(html(ballot.title))</h1>
      <div class="meta">应选委员 \(ballot.seats) 名　候选人 \(ballot.candidates.count) 名　\(electionDate.year)年\(electionDate.month)月\(electionDate.day)日</div>
      <div class="section">委员候选人（以姓氏笔画为序）</div>
      <table>
        <tr>\(names)</tr>
        <tr>\(marks)</tr>
      </table>
      <div class="section">另选他人（上格填写姓名，下格画“○”）</div>
      <table>
        <tr>\(writeInHeaders)</tr>
        <tr>\(writeInNames)</tr>
        <tr>\(writeInMarks)</tr>
      </table>
      <div class="legend">填写说明：
        <ol>
      \(instructions)
        </ol>
      </div>
      <div class="stamp">（加盖\(html(ballot.organizationName))党组织印章）</div>
    </body>
    </html>
    """
}

/// The ballot as plain text for a terminal.
func ballotText(_ ballot: BallotDesign) -> String {
    var table = TextTable(headers: ballot.candidates + (1...max(1, ballot.writeInSlots)).map { "另选他人\($0)" })
    table.add(Array(repeating: "[  ]", count: ballot.candidates.count + max(1, ballot.writeInSlots)))
    let legend = ballot.instructions.enumerated().map { "\($0.offset + 1). \($0.element.localized)" }
    return ([ballot.title, ""] + [table.render(), ""] + legend).joined(separator: "\n")
}
