/// What importing a roll into one organization would do. Computed before anything is written,
/// so a rejected import writes nothing and a repeated import finds nothing to do.
public struct RollImportPlan: Sendable {
    public var inserts: [(line: Int, member: Member)] = []
    /// Existing members whose roll entry changed, with the fields that changed.
    public var updates: [(line: Int, member: Member, changed: [String])] = []
    public var unchangedCount = 0
    /// Members on the roll in the database but not in the file: reported, never removed silently.
    public var notInFile: [Member] = []
    public var warnings: [ImportIssue] = []

    public var changesAnything: Bool { !inserts.isEmpty || !updates.isEmpty }
}

/// Matches a parsed roll against the organization's current roll: by ID number when the file
/// gives one, otherwise by name and birth date. `idNumbersElsewhere` maps ID numbers already on
/// another organization's roll to that organization's name: a person is on one roll only.
public func planRollImport(
    parsed: ParsedRoll, existing: [Member], idNumbersElsewhere: [String: String]
) throws(ImportRejected) -> RollImportPlan {
    var plan = RollImportPlan(warnings: parsed.warnings)
    var issues: [ImportIssue] = []
    var matchedIDs: Set<Int64> = []
    let byIDNumber = Dictionary(existing.compactMap { m in m.idNumber.map { ($0, m) } }, uniquingKeysWith: { a, _ in a })
    let byNameAndBirth = Dictionary(grouping: existing) { "\($0.name)|\($0.birthDate)" }

    for (line, incoming) in parsed.members {
        if let id = incoming.idNumber, let elsewhere = idNumbersElsewhere[id] {
            issues.append(ImportIssue(line: line, column: "身份证号", value: id, reason: LocalizedText(
                zh: "此人已在“\(elsewhere)”的党员名册中；组织关系转接须先办理转出",
                en: "this person is already on the roll of \(elsewhere); transfer the membership out first")))
            continue
        }
        var match: Member?
        if let id = incoming.idNumber, let found = byIDNumber[id] {
            match = found
        } else {
            let candidates = (byNameAndBirth["\(incoming.name)|\(incoming.birthDate)"] ?? [])
                .filter { $0.idNumber == nil || incoming.idNumber == nil }
            if candidates.count > 1 {
                issues.append(ImportIssue(line: line, column: "姓名", value: incoming.name, reason: LocalizedText(
                    zh: "名册中已有\(candidates.count)名同名同生日党员，无法确定对应哪一位，请填写身份证号",
                    en: "\(candidates.count) members on the roll share this name and birth date: give the ID number")))
                continue
            }
            match = candidates.first
        }
        guard let current = match, let currentID = current.id else {
            plan.inserts.append((line, incoming))
            continue
        }
        if matchedIDs.contains(currentID) {
            issues.append(ImportIssue(line: line, column: "姓名", value: incoming.name, reason: LocalizedText(
                zh: "与文件中另一行对应同一名党员", en: "matches the same member as another line of the file")))
            continue
        }
        matchedIDs.insert(currentID)
        var updated = incoming
        updated.id = currentID
        if updated.idNumber == nil { updated.idNumber = current.idNumber }
        let changed = changedFields(from: current, to: updated)
        if changed.isEmpty { plan.unchangedCount += 1 } else { plan.updates.append((line, updated, changed)) }
    }
    guard issues.isEmpty else { throw ImportRejected(issues: issues.sorted { $0.line < $1.line }) }
    plan.notInFile = existing.filter { !matchedIDs.contains($0.id ?? -1) }
    return plan
}

/// The roll fields that differ between two entries for the same person.
public func changedFields(from old: Member, to new: Member) -> [String] {
    var fields: [String] = []
    if old.name != new.name { fields.append("name") }
    if old.gender != new.gender { fields.append("gender") }
    if old.birthDate != new.birthDate { fields.append("birth_date") }
    if old.idNumber != new.idNumber { fields.append("id_number") }
    if old.education != new.education { fields.append("education") }
    if old.joinedDate != new.joinedDate { fields.append("joined_date") }
    if old.status != new.status { fields.append("status") }
    if old.discipline != new.discipline { fields.append("discipline") }
    if old.probationStart != new.probationStart { fields.append("probation_start") }
    if old.probationEnd != new.probationEnd { fields.append("probation_end") }
    if old.away != new.away { fields.append("away") }
    if old.phone != new.phone { fields.append("phone") }
    return fields
}
