import GRDB
import TuixuanCore

/// What a roll import did (or, with `dryRun`, would do).
public struct RollImportReport: Sendable, Codable {
    public var organizationCode: String
    public var inserted: Int
    public var updated: [UpdatedMember]
    public var unchanged: Int
    public var notInFile: [String]
    public var warnings: [ImportIssue]
    public var written: Bool

    public struct UpdatedMember: Sendable, Codable {
        public var line: Int
        public var name: String
        public var fields: [String]
    }
}

/// What a county-wide roll import did: one report per organization the file names, in the order of the file.
public struct CountyRollImportReport: Sendable, Encodable {
    public var scopeCode: String
    public var organizations: [RollImportReport]
    public var inserted: Int { organizations.reduce(0) { $0 + $1.inserted } }
    public var updated: Int { organizations.reduce(0) { $0 + $1.updated.count } }
    public var unchanged: Int { organizations.reduce(0) { $0 + $1.unchanged } }
    public var written: Bool { organizations.contains(where: \.written) }

    enum CodingKeys: String, CodingKey { case scopeCode, organizations, inserted, updated, unchanged, written }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scopeCode, forKey: .scopeCode)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(inserted, forKey: .inserted)
        try container.encode(updated, forKey: .updated)
        try container.encode(unchanged, forKey: .unchanged)
        try container.encode(written, forKey: .written)
    }
}

extension AppDatabase {
    /// Imports a checked roll into a village or community, all or nothing: every row is matched
    /// and every conflict found before the single transaction writes anything.
    public func importRoll(by operatorName: String?, organizationCode: String, _ parsed: ParsedRoll, dryRun: Bool = false,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> RollImportReport {
        try withBulkActSettings { try act { db in
            let organization = try fetchOrganization(db, code: organizationCode)
            let actor = try authorize(db, operatorName, organizationID: organization.id, roles: [.county, .township, .village])
            guard organization.level.holdsElections else {
                throw Refusal.rollOnlyForVillages(organization: organization.name, level: organization.level)
            }
            let planned: PlannedRoll
            do {
                planned = try planRoll(db, organization, parsed, elsewhere: try idNumbersElsewhere(db, parsed))
            } catch let rejection as ImportRejected {
                throw Refusal.importRejected(rejection)
            }
            guard !dryRun, planned.plan.changesAnything else { return planned.report(written: false) }
            var counter = WriteCounter(total: planned.writes, progress: progress)
            try writeRoll(db, planned, by: actor, counter: &counter)
            return planned.report(written: true)
        } }
    }

    /// Imports a county's (or a township's) roll of every organization at once — the export of the Party member information
    /// system, a 组织代码 column naming each row's village or community — all or nothing across organizations: every row of
    /// every organization is checked and matched, and any problem anywhere rejects the file, before anything is written.
    /// Each organization's roll is then written as its own audited act (one event each), in one transaction.
    /// `fileIssues` are the problems reading the file found (bad cells): reported together with those only the database finds,
    /// and with the file's blank or misspelt organization codes (`parsed.organizationCodeIssues`).
    public func importCountyRoll(by operatorName: String?, scopeCode: String, _ parsed: ParsedRoll, fileIssues: [ImportIssue] = [], dryRun: Bool = false,
                                 progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> CountyRollImportReport {
        try withBulkActSettings { try act { db in
            let scope = try fetchOrganization(db, code: scopeCode)
            let actor = try authorize(db, operatorName, organizationID: scope.id, roles: [.county, .township])
            // Every organization of the scope, by code (one query; a county has a few hundred).
            let underScope = Set(try String.fetchAll(try db.cachedStatement(sql: """
                WITH RECURSIVE below(id) AS (SELECT ?1 UNION ALL SELECT o.id FROM organization o JOIN below b ON o.parent_id = b.id)
                SELECT o.code FROM organization o JOIN below b ON b.id = o.id
                """), arguments: [scope.id]))
            let elsewhere = try idNumbersElsewhere(db, parsed)
            var issues = fileIssues + parsed.organizationCodeIssues
            var planned: [PlannedRoll] = []
            // Every row's code, whether or not the rest of its row could be read (a code not written as one is already named).
            let misspelt = Set(parsed.organizationCodeIssues.map(\.line))
            var valid: [String: Organization] = [:]
            for (code, lines) in Dictionary(grouping: parsed.organizationByLine.filter { !misspelt.contains($0.key) }, by: \.value) {
                let organization = try? fetchOrganization(db, code: code)
                guard let organization, underScope.contains(code), organization.level.holdsElections else {
                    let reason = organization.map { organization in
                        !underScope.contains(code)
                            ? LocalizedText(zh: "“\(organization.name)”（\(organization.code)）不在“\(scope.name)”（\(scope.code)）之下",
                                            en: "\(organization.name) (\(organization.code)) is not under \(scope.name) (\(scope.code))")
                            : LocalizedText(zh: "“\(organization.name)”（\(organization.code)）不是村（社区），没有党员名册",
                                            en: "\(organization.name) (\(organization.code)) is not a village or community: it keeps no roll")
                    } ?? LocalizedText(zh: "没有这个组织代码", en: "no organization has this code")
                    issues += lines.map { ImportIssue(line: $0.key, column: "组织代码", value: code, reason: reason) }
                    continue
                }
                valid[code] = organization
            }
            // Each organization's readable rows are matched against what is on file even when other rows were refused, so
            // that every problem is reported at once.
            for (code, roll) in parsed.byOrganization {
                guard let organization = valid[code] else { continue }
                do {
                    planned.append(try planRoll(db, organization, roll, elsewhere: elsewhere))
                } catch let rejection as ImportRejected {
                    issues += rejection.issues
                }
            }
            guard issues.isEmpty else { throw Refusal.importRejected(ImportRejected(issues: issues.sorted { $0.line < $1.line })) }
            let write = !dryRun && planned.contains { $0.plan.changesAnything }
            if write {
                var counter = WriteCounter(total: planned.reduce(0) { $0 + $1.writes }, progress: progress)
                for roll in planned where roll.plan.changesAnything {
                    try writeRoll(db, roll, by: actor, counter: &counter)
                }
            }
            return CountyRollImportReport(scopeCode: scope.code, organizations: planned.map { $0.report(written: write && $0.plan.changesAnything) })
        } }
    }

    /// One organization's roll, checked and matched against what is on file, with what the import would report.
    struct PlannedRoll {
        var organization: Organization
        var plan: RollImportPlan
        var warnings: [ImportIssue]
        var writes: Int { plan.inserts.count + plan.updates.count }

        func report(written: Bool) -> RollImportReport {
            RollImportReport(organizationCode: organization.code, inserted: plan.inserts.count,
                             updated: plan.updates.map { .init(line: $0.line, name: $0.member.name, fields: $0.changed) },
                             unchanged: plan.unchangedCount, notInFile: plan.notInFile.map(\.name), warnings: warnings, written: written)
        }
    }

    /// Counts rows written and tells `progress` every 500.
    struct WriteCounter {
        var total: Int
        var progress: (@Sendable (Int, Int) -> Void)?
        var written = 0

        mutating func advance() {
            written += 1
            if written % 500 == 0 || written == total { progress?(written, total) }
        }
    }

    /// ID numbers of the file already on some roll: which organization holds each (one query for the whole file).
    private func idNumbersElsewhere(_ db: Database, _ parsed: ParsedRoll) throws -> [String: (organizationID: Int64, name: String)] {
        let incomingIDs = parsed.members.compactMap(\.member.idNumber)
        guard !incomingIDs.isEmpty else { return [:] }
        var found: [String: (organizationID: Int64, name: String)] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT m.id_number, m.organization_id, o.name || '（' || o.code || '）' AS name FROM member m JOIN organization o ON o.id = m.organization_id
            WHERE m.id_number IN (SELECT value FROM json_each(?))
            """), arguments: [jsonArray(incomingIDs)]) {
            found[row["id_number"]] = (row["organization_id"], row["name"])
        }
        return found
    }

    private func planRoll(_ db: Database, _ organization: Organization, _ parsed: ParsedRoll,
                          elsewhere: [String: (organizationID: Int64, name: String)]) throws -> PlannedRoll {
        let existing = try fetchMembers(db, organizationID: organization.id)
        let other = elsewhere.filter { $0.value.organizationID != organization.id }.mapValues(\.name)
        let plan = try planRollImport(parsed: parsed, existing: existing, idNumbersElsewhere: other)
        return PlannedRoll(organization: organization, plan: plan,
                           warnings: plan.warnings + (try sameNameAndBirthElsewhere(db, organizationID: organization.id, plan.inserts)))
    }

    /// Writes one organization's planned roll and its event.
    private func writeRoll(_ db: Database, _ planned: PlannedRoll, by actor: Operator, counter: inout WriteCounter) throws {
        let plan = planned.plan
        // One prepared statement each, reused for every row.
        let update = try db.cachedStatement(sql: """
            UPDATE member SET name = ?, gender = ?, birth_date = ?, id_number = ?, education = ?, joined_date = ?, status = ?,
                discipline = ?, probation_start = ?, probation_end = ?, away = ?, phone = ?, updated_at = ?
            WHERE id = ?
            """)
        let now = timestamp
        var inserted = InsertedRuns()
        for (_, member) in plan.inserts {
            defer { counter.advance() }
            try insertMember(db, organizationID: planned.organization.id, member, at: now)
            inserted.add(db.lastInsertedRowID)
        }
        // The new members are audited by digest (migration 0026).
        try recordBulkInsert(db, .member, inserted)
        for (_, member, _) in plan.updates {
            defer { counter.advance() }
            try update.execute(arguments: StatementArguments(memberColumns(member) + [now, member.id]))
        }
        try appendEvent(db, by: actor, organizationID: planned.organization.id, kind: "roll.imported", detail: [
            "inserted": String(plan.inserts.count), "updated": String(plan.updates.count),
            "unchanged": String(plan.unchangedCount), "not_in_file": String(plan.notInFile.count),
        ])
    }

    /// New members who share a name and birth date with someone on another roll: perhaps the same
    /// person on two rolls (a transfer not completed), perhaps two people. Reported, not refused.
    private func sameNameAndBirthElsewhere(_ db: Database, organizationID: Int64, _ inserts: [(line: Int, member: Member)]) throws -> [ImportIssue] {
        guard !inserts.isEmpty else { return [] }
        var elsewhere: [String: String] = [:]
        // Name and birth date together, through the index on both: only the real matches come back
        // (by name alone, a roll of common names would fetch a good part of a province).
        let pairs = "[" + inserts.map { jsonArray([$0.member.name, $0.member.birthDate.description]) }.joined(separator: ",") + "]"
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT m.name, m.birth_date, o.name AS org_name
            FROM json_each(?) j
            JOIN member m ON m.name = json_extract(j.value, '$[0]') AND m.birth_date = json_extract(j.value, '$[1]')
            JOIN organization o ON o.id = m.organization_id
            WHERE m.organization_id <> ?
            """), arguments: [pairs, organizationID]) {
            elsewhere["\(row["name"] as String)|\(row["birth_date"] as String)"] = row["org_name"]
        }
        return inserts.compactMap { line, member in
            elsewhere["\(member.name)|\(member.birthDate)"].map { other in
                ImportIssue(line: line, column: "姓名", value: member.name, reason: LocalizedText(
                    zh: "“\(other)”的名册中也有同名同生日的党员，请核实是否为同一人（组织关系是否已转接）",
                    en: "a member with the same name and birth date is on the roll of \(other): check whether this is the same person (membership transferred?)"))
            }
        }
    }

    /// The roll of a village or community, by name.
    public func members(organizationCode: String) throws -> [Member] {
        try writer.read { db in
            let organization = try fetchOrganization(db, code: organizationCode)
            return try fetchMembers(db, organizationID: organization.id)
        }
    }

    func fetchMembers(_ db: Database, organizationID: Int64) throws -> [Member] {
        guard let memo = RollMemo.current else { return try readMembers(db, organizationID: organizationID) }
        if let roll = memo.rolls[organizationID] { return roll }
        let roll = try readMembers(db, organizationID: organizationID)
        memo.rolls[organizationID] = roll
        return roll
    }

    private func readMembers(_ db: Database, organizationID: Int64) throws -> [Member] {
        // Through a cursor: each value is read from the statement as it steps, not first copied into a row of its own
        // (the copy was half the cost of reading a roll, and a board line reads its village's roll more than once).
        let rows = try Row.fetchCursor(try db.cachedStatement(sql: "SELECT * FROM member WHERE organization_id = ? ORDER BY name, birth_date, id"),
                                       arguments: [organizationID])
        var members: [Member] = []
        while let row = try rows.next() { members.append(member(from: row)) }
        return members
    }

    /// A member from a row that starts with `member.*` (its columns in table order: reading them by
    /// position, not by name, matters when a board reads a county's rolls).
    func member(from row: Row) -> Member {
        func date(_ index: Int) -> CivilDate? { (row[index] as String?).flatMap(CivilDate.init(parsing:)) }
        return Member(
            id: row[0], name: row[2], gender: Gender(rawValue: row[3])!, birthDate: date(4)!,
            idNumber: row[5], education: Education(rawValue: row[6])!, joinedDate: date(7)!,
            status: MembershipStatus(rawValue: row[8])!, discipline: DisciplineStatus(rawValue: row[9])!,
            probationStart: date(10), probationEnd: date(11), away: row[12], phone: row[13])
    }

    /// Writes a new member to a roll (one prepared statement, reused for every row).
    func insertMember(_ db: Database, organizationID: Int64, _ member: Member, at now: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO member (organization_id, name, gender, birth_date, id_number, education, joined_date, status,
                discipline, probation_start, probation_end, away, phone, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments([organizationID] + memberColumns(member) + [now, now]))
    }

    private func memberColumns(_ member: Member) -> [(any DatabaseValueConvertible)?] {
        [member.name, member.gender.rawValue, member.birthDate.description, member.idNumber, member.education.rawValue,
         member.joinedDate.description, member.status.rawValue, member.discipline.rawValue, member.probationStart?.description,
         member.probationEnd?.description, member.away, member.phone]
    }

    /// Finds one member of an organization by `#number`, ID number, or name (which must be unique).
    func resolveMember(_ db: Database, organizationID: Int64, _ reference: String) throws -> Member {
        let members = try fetchMembers(db, organizationID: organizationID)
        let found: [Member]
        if reference.hasPrefix("#"), let id = Int64(reference.dropFirst()) {
            found = members.filter { $0.id == id }
        } else if reference.count == 18, reference.dropLast().allSatisfy(\.isNumber) {
            found = members.filter { $0.idNumber == reference.uppercased() }
        } else {
            found = members.filter { $0.name == reference }
        }
        guard let first = found.first else { throw Refusal.memberUnknown(reference) }
        guard found.count == 1 else {
            throw Refusal.memberAmbiguous(reference, candidates: found.map { "#\($0.id!) \($0.name) \($0.birthDate)" })
        }
        return first
    }
}

/// Rolls already read while the facts of one election are read (`loadFacts`), which writes nothing: bound only there.
final class RollMemo: @unchecked Sendable {
    @TaskLocal static var current: RollMemo?
    var rolls: [Int64: [Member]] = [:]
}

func jsonArray(_ values: [String]) -> String {
    func quoted(_ value: String) -> String {
        // Most values (names, ID numbers) hold neither a backslash nor a quote: nothing to escape.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else { return "\"" + value + "\"" }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    return "[" + values.map(quoted).joined(separator: ",") + "]"
}
