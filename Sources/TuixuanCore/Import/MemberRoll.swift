/// 党员名册 CSV columns, with the headers Excel sheets in use commonly carry.
public enum MemberRollColumns {
    public static let specs: [ColumnSpec] = [
        ColumnSpec("name", headers: ["姓名", "name"], required: true),
        ColumnSpec("gender", headers: ["性别", "gender"], required: true),
        ColumnSpec("birth_date", headers: ["出生日期", "出生年月日", "birth_date"], required: true),
        ColumnSpec("id_number", headers: ["身份证号", "公民身份号码", "身份证号码", "id_number"], required: false),
        ColumnSpec("education", headers: ["文化程度", "学历", "education"], required: true),
        ColumnSpec("joined_date", headers: ["入党日期", "入党时间", "joined_date"], required: true),
        ColumnSpec("status", headers: ["党员类别", "党员状态", "status"], required: true),
        ColumnSpec("discipline", headers: ["处分情况", "处分或强制措施", "discipline"], required: false),
        ColumnSpec("probation_start", headers: ["留党察看开始日期", "留党察看起", "probation_start"], required: false),
        ColumnSpec("probation_end", headers: ["留党察看截止日期", "留党察看止", "probation_end"], required: false),
        ColumnSpec("away", headers: ["流动党员", "是否外出", "away"], required: false),
        ColumnSpec("phone", headers: ["联系电话", "手机号码", "phone"], required: false),
        // A county's export from the Party member information system lists every organization's members in one file.
        ColumnSpec("organization_code", headers: ["组织代码", "党组织代码", "所在党组织代码", "党组织编码", "organization_code"], required: false),
    ]

    /// The header line of a blank roll template.
    public static let templateHeader = "姓名,性别,出生日期,身份证号,文化程度,入党日期,党员类别,处分情况,留党察看开始日期,留党察看截止日期,流动党员,联系电话"
}

/// A roll read from a file: each member with the line it came from, plus warnings that do not
/// stop the import (e.g. two people sharing a name and birth date but with different ID numbers).
public struct ParsedRoll: Sendable {
    public var members: [(line: Int, member: Member)]
    public var warnings: [ImportIssue]
    /// A file with a 组织代码 column: each line's organization code as written (trimmed; blank cells left out).
    public var organizationByLine: [Int: String] = [:]
    /// The 组织代码 cells that are blank or not a code: problems for a county-wide import (a village's own roll may leave
    /// the column blank).
    public var organizationCodeIssues: [ImportIssue] = []
    /// Whether the file lists several organizations' members, each row naming its organization (a 组织代码 column).
    public var isCountyWide = false

    public init(members: [(line: Int, member: Member)], warnings: [ImportIssue], organizationByLine: [Int: String] = [:], isCountyWide: Bool = false) {
        self.members = members
        self.warnings = warnings
        self.organizationByLine = organizationByLine
        self.isCountyWide = isCountyWide
    }

    /// The roll of each organization the file names, in the order they first appear, lines and warnings kept.
    public var byOrganization: [(code: String, roll: ParsedRoll)] {
        var order: [String] = []
        var members: [String: [(line: Int, member: Member)]] = [:]
        for entry in self.members {
            guard let code = organizationByLine[entry.line] else { continue }
            if members[code] == nil { order.append(code) }
            members[code, default: []].append(entry)
        }
        return order.map { code in
            let lines = Set(members[code]!.map(\.line))
            return (code, ParsedRoll(members: members[code]!, warnings: warnings.filter { lines.contains($0.line) }))
        }
    }
}

/// Reads and checks a member roll. Every bad cell of every row is reported; any one rejects the
/// whole file. `today` bounds dates that cannot lie in the future.
public func parseMemberRoll(_ records: [CSVRecord], today: CivilDate) throws(ImportRejected) -> ParsedRoll {
    let (roll, issues) = readMemberRoll(records, today: today)
    let all = (issues + roll.organizationCodeIssues).sorted { $0.line < $1.line }
    guard all.isEmpty else { throw ImportRejected(issues: all) }
    return roll
}

/// The same, the problems returned beside what could be read (a county-wide import adds the problems only the database can
/// find — an unknown organization — and reports them all at once).
public func readMemberRoll(_ records: [CSVRecord], today: CivilDate) -> (roll: ParsedRoll, issues: [ImportIssue]) {
    let (rows, headerIssues) = readTable(records, specs: MemberRollColumns.specs)
    var issues = headerIssues
    var members: [(line: Int, member: Member)] = []
    var warnings: [ImportIssue] = []
    var organizationByLine: [Int: String] = [:]
    var organizationCodeIssues: [ImportIssue] = []
    let countyWide = rows.first?.hasColumn("organization_code") ?? false
    for row in rows {
        let (member, rowIssues) = parseMemberRow(row, today: today)
        issues += rowIssues
        if let member { members.append((row.line, member)) }
        guard countyWide else { continue }
        // 组织代码: the code the county gave the organization (letters and digits), on every row of a county-wide file.
        let code = row.value("organization_code")
        if let code { organizationByLine[row.line] = code }
        if !(code.map { $0.count <= 40 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } } ?? false) {
            organizationCodeIssues.append(row.issue("organization_code", "组织代码", code == nil
                ? LocalizedText(zh: "必填项为空：全县名册每行须写明所在党组织的代码", en: "required value is empty: every row of a county-wide roll names its organization's code")
                : LocalizedText(zh: "组织代码应为字母和数字（如 330521001001）", en: "an organization code is letters and digits (e.g. 330521001001)")))
        }
    }
    // Duplicates inside the file: the same ID number, or the same name and birth date.
    var lineByID: [String: Int] = [:]
    var byNameAndBirth: [String: (line: Int, idNumber: String?)] = [:]
    var organizationsByNameAndBirth: [String: (line: Int, organization: String)] = [:]
    for (line, member) in members {
        if let id = member.idNumber {
            if let first = lineByID[id] {
                issues.append(ImportIssue(line: line, column: "身份证号", value: id, reason: LocalizedText(
                    zh: "与第\(first)行身份证号相同，同一人重复登记", en: "same ID number as line \(first): the same person twice")))
            } else {
                lineByID[id] = line
            }
        }
        // Within one organization (a county-wide file lists many): the same name and birth date is the same person twice;
        // across organizations it may be two people, or one on two rolls — a warning, as against another roll on file.
        let person = "\(member.name)|\(member.birthDate)"
        let organization = organizationByLine[line]
        if let organization, let other = organizationsByNameAndBirth[person], other.organization != organization {
            warnings.append(ImportIssue(line: line, column: "姓名", value: member.name, reason: LocalizedText(
                zh: "与第\(other.line)行（组织代码\(other.organization)）姓名、出生日期相同，请核实是否为同一人（组织关系是否已转接）",
                en: "same name and birth date as line \(other.line) (organization \(other.organization)): check whether this is the same person (membership transferred?)")))
        } else if let organization {
            organizationsByNameAndBirth[person] = (line, organization)
        }
        let key = (organization.map { $0 + "|" } ?? "") + person
        if let first = byNameAndBirth[key] {
            if let a = first.idNumber, let b = member.idNumber, a != b {
                warnings.append(ImportIssue(line: line, column: "姓名", value: member.name, reason: LocalizedText(
                    zh: "与第\(first.line)行姓名、出生日期相同但身份证号不同，请核实是否为两人",
                    en: "same name and birth date as line \(first.line) but a different ID number: check these are two people")))
            } else if first.idNumber == nil || member.idNumber == nil {
                issues.append(ImportIssue(line: line, column: "姓名", value: member.name, reason: LocalizedText(
                    zh: "与第\(first.line)行姓名、出生日期相同，疑为同一人重复登记（如确为两人，请填写身份证号区分）",
                    en: "same name and birth date as line \(first.line): probably the same person twice (if two people, give their ID numbers)")))
            }
        } else {
            byNameAndBirth[key] = (line, member.idNumber)
        }
    }
    if rows.isEmpty && issues.isEmpty {
        issues.append(ImportIssue(line: records.first?.line ?? 1, reason: LocalizedText(zh: "名册中没有党员", en: "the roll lists no member")))
    }
    var roll = ParsedRoll(members: members, warnings: warnings, organizationByLine: organizationByLine, isCountyWide: countyWide)
    roll.organizationCodeIssues = organizationCodeIssues
    return (roll, issues.sorted { $0.line < $1.line })
}

func parseMemberRow(_ row: TableRow, today: CivilDate) -> (Member?, [ImportIssue]) {
    var issues: [ImportIssue] = []
    func need<T>(_ key: String, _ header: String, _ parse: (String) -> T?, _ why: LocalizedText) -> T? {
        guard let raw = row.value(key) else {
            issues.append(row.issue(key, header, LocalizedText(zh: "必填项为空", en: "required value is empty")))
            return nil
        }
        guard let value = parse(raw) else {
            issues.append(row.issue(key, header, why))
            return nil
        }
        return value
    }
    func optional<T>(_ key: String, _ header: String, _ parse: (String) -> T?, _ why: LocalizedText) -> T?? {
        guard let raw = row.value(key) else { return .some(nil) }
        guard let value = parse(raw) else {
            issues.append(row.issue(key, header, why))
            return nil
        }
        return .some(value)
    }
    let dateHelp = LocalizedText(zh: "不是有效日期（应为 2024-03-05 或 2024/3/5 等格式，年份在1900至2200之间，且确有这一天）",
                                 en: "not a valid date (use 2024-03-05 or 2024/3/5; a year from 1900 to 2200, and a day that exists)")

    let name = need("name", "姓名", { text -> String? in
        // Arabic digits only: `Character.isNumber` is also true of 万, 陆 and other CJK numerals used as surnames.
        guard text.count <= 50, !text.contains(where: { $0.isASCIIDigit || ("０"..."９").contains($0) || $0.isNewline }) else { return nil }
        return text
    }, LocalizedText(zh: "姓名不能含数字或换行，且不超过50个字", en: "a name has no digits or line breaks and at most 50 characters"))
    let gender = need("gender", "性别", Gender.init(label:), LocalizedText(zh: "应为“男”或“女”", en: "must be 男 or 女 (male/female)"))
    let birth = need("birth_date", "出生日期", CivilDate.init(parsing:), dateHelp)
    let education = need("education", "文化程度", Education.init(label:), LocalizedText(
        zh: "应为：研究生、大学本科、大学专科、中专、高中、初中、小学及以下", en: "must be one of 研究生, 大学本科, 大学专科, 中专, 高中, 初中, 小学及以下"))
    let joined = need("joined_date", "入党日期", CivilDate.init(parsing:), dateHelp)
    let status = need("status", "党员类别", MembershipStatus.init(label:), LocalizedText(zh: "应为“正式”或“预备”", en: "must be 正式 (full) or 预备 (probationary)"))
    let discipline = optional("discipline", "处分情况", DisciplineStatus.init(label:), LocalizedText(
        zh: "应为：无、留党察看、留置、逮捕", en: "must be one of 无, 留党察看, 留置, 逮捕"))
    let probationStart = optional("probation_start", "留党察看开始日期", CivilDate.init(parsing:), dateHelp)
    let probationEnd = optional("probation_end", "留党察看截止日期", CivilDate.init(parsing:), dateHelp)
    let away = optional("away", "流动党员", { text -> Bool? in
        switch text.lowercased() {
        case "是", "流动", "外出", "yes", "y", "1": true
        case "否", "无", "no", "n", "0": false
        default: nil
        }
    }, LocalizedText(zh: "应为“是”或“否”", en: "must be 是 (yes) or 否 (no)"))
    let phone = optional("phone", "联系电话", { text -> String? in
        let digits = text.filter { $0 != "-" && $0 != " " }
        return (7...15).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit) ? text : nil
    }, LocalizedText(zh: "电话号码应为7至15位数字", en: "a phone number has 7 to 15 digits"))
    // A spreadsheet that took the ID number for a number kept 15 significant digits and shows it in E notation
    // (3.3052119680412E+17): the last digits are gone, and only retyping into a text column brings them back.
    let idAsNumber = row.value("id_number").map { $0.uppercased().contains("E+") || ($0.count >= 16 && $0.allSatisfy(\.isASCIIDigit) && $0.hasSuffix("00")) } ?? false
    let idNumber = optional("id_number", "身份证号", { text -> ResidentIDNumber? in
        try? ResidentIDNumber.validate(text).get()
    }, idAsNumber
        ? LocalizedText(zh: "表格软件把身份证号存成了数字，后几位已丢失：请把该列设为“文本”格式后重新录入（tuixuan member template --format xlsx 的模板已设好）",
                        en: "the spreadsheet stored the ID number as a number and lost its last digits: format the column as text and type it again (the template from tuixuan member template --format xlsx is set up so)")
        : LocalizedText(zh: "不是有效的18位公民身份号码（长度、出生日期或校验位不符）", en: "not a valid 18-character resident ID number (length, birth date or check character)"))

    // Cross-field checks, only where the cells themselves were readable.
    if let birth, birth > today {
        issues.append(row.issue("birth_date", "出生日期", LocalizedText(zh: "出生日期晚于今天", en: "the birth date is in the future")))
    }
    if let joined, joined > today {
        issues.append(row.issue("joined_date", "入党日期", LocalizedText(zh: "入党日期晚于今天", en: "the joining date is in the future")))
    }
    if let birth, let joined, birth.age(on: joined) < 18 {
        issues.append(row.issue("joined_date", "入党日期", LocalizedText(
            zh: "入党时未满18周岁（出生于\(birth)）", en: "under 18 when joining (born \(birth))")))
    }
    if let id = idNumber ?? nil {
        if let birth, id.birthDate != birth {
            issues.append(row.issue("id_number", "身份证号", LocalizedText(
                zh: "身份证号中的出生日期\(id.birthDate)与“出生日期”\(birth)不一致", en: "the ID number's birth date \(id.birthDate) differs from the birth date \(birth)")))
        }
        if let gender, id.gender != gender {
            issues.append(row.issue("id_number", "身份证号", LocalizedText(
                zh: "身份证号中的性别（\(id.gender.describe(.zh))）与“性别”列不一致", en: "the ID number's gender (\(id.gender.describe(.en))) differs from the gender column")))
        }
    }
    let resolvedDiscipline = (discipline ?? nil) ?? DisciplineStatus.none
    if discipline != nil {
        if resolvedDiscipline == .probation {
            if (probationEnd ?? nil) == nil, probationEnd != nil {
                issues.append(row.issue("probation_end", "留党察看截止日期", LocalizedText(
                    zh: "留党察看须填写截止日期", en: "Party probation needs its end date")))
            }
            if let start = probationStart ?? nil, let end = probationEnd ?? nil, end <= start {
                issues.append(row.issue("probation_end", "留党察看截止日期", LocalizedText(
                    zh: "截止日期须晚于开始日期\(start)", en: "must be after the start date \(start)")))
            }
        } else if (probationStart ?? nil) != nil || (probationEnd ?? nil) != nil {
            let key = (probationEnd ?? nil) != nil ? "probation_end" : "probation_start"
            issues.append(row.issue(key, key == "probation_end" ? "留党察看截止日期" : "留党察看开始日期", LocalizedText(
                zh: "处分情况不是“留党察看”，不应填写留党察看期限", en: "a probation period is given but the discipline is not 留党察看")))
        }
    }

    guard issues.isEmpty, let name, let gender, let birth, let education, let joined, let status else { return (nil, issues) }
    let member = Member(
        name: name, gender: gender, birthDate: birth, idNumber: (idNumber ?? nil)?.text, education: education,
        joinedDate: joined, status: status, discipline: resolvedDiscipline,
        probationStart: probationStart ?? nil, probationEnd: probationEnd ?? nil,
        away: (away ?? nil) ?? false, phone: phone ?? nil)
    return (member, issues)
}
