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

extension AppDatabase {
    /// Imports a checked roll into a village or community, all or nothing: every row is matched
    /// and every conflict found before the single transaction writes anything.
    public func importRoll(by operatorName: String?, organizationCode: String, _ parsed: ParsedRoll, dryRun: Bool = false,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> RollImportReport {
        try act { db in
            let organization = try fetchOrganization(db, code: organizationCode)
            let actor = try authorize(db, operatorName, organizationID: organization.id, roles: [.county, .township, .village])
            guard organization.level.holdsElections else {
                throw Refusal.rollOnlyForVillages(organization: organization.name, level: organization.level)
            }
            let existing = try fetchMembers(db, organizationID: organization.id)
            let incomingIDs = parsed.members.compactMap(\.member.idNumber)
            var elsewhere: [String: String] = [:]
            if !incomingIDs.isEmpty {
                for row in try Row.fetchAll(db, sql: """
                    SELECT m.id_number, o.name FROM member m JOIN organization o ON o.id = m.organization_id
                    WHERE m.organization_id <> ? AND m.id_number IN (SELECT value FROM json_each(?))
                    """, arguments: [organization.id, jsonArray(incomingIDs)]) {
                    elsewhere[row["id_number"]] = row["name"]
                }
            }
            let plan: RollImportPlan
            do {
                plan = try planRollImport(parsed: parsed, existing: existing, idNumbersElsewhere: elsewhere)
            } catch let rejection as ImportRejected {
                throw Refusal.importRejected(rejection)
            }
            let report = RollImportReport(
                organizationCode: organization.code, inserted: plan.inserts.count,
                updated: plan.updates.map { .init(line: $0.line, name: $0.member.name, fields: $0.changed) },
                unchanged: plan.unchangedCount, notInFile: plan.notInFile.map(\.name),
                warnings: plan.warnings + (try sameNameAndBirthElsewhere(db, organizationID: organization.id, plan.inserts)),
                written: !dryRun && plan.changesAnything)
            guard report.written else { return report }
            let total = plan.inserts.count + plan.updates.count
            var written = 0
            func advance() {
                written += 1
                if written % 500 == 0 || written == total { progress?(written, total) }
            }
            // One prepared statement each, reused for every row.
            let update = try db.cachedStatement(sql: """
                UPDATE member SET name = ?, gender = ?, birth_date = ?, id_number = ?, education = ?, joined_date = ?, status = ?,
                    discipline = ?, probation_start = ?, probation_end = ?, away = ?, phone = ?, updated_at = ?
                WHERE id = ?
                """)
            let now = timestamp
            for (_, member) in plan.inserts {
                defer { advance() }
                try insertMember(db, organizationID: organization.id, member, at: now)
            }
            for (_, member, _) in plan.updates {
                defer { advance() }
                try update.execute(arguments: StatementArguments(memberColumns(member) + [now, member.id]))
            }
            try appendEvent(db, by: actor, organizationID: organization.id, kind: "roll.imported", detail: [
                "inserted": String(report.inserted), "updated": String(report.updated.count),
                "unchanged": String(report.unchanged), "not_in_file": String(report.notInFile.count),
            ])
            return report
        }
    }

    /// New members who share a name and birth date with someone on another roll: perhaps the same
    /// person on two rolls (a transfer not completed), perhaps two people. Reported, not refused.
    private func sameNameAndBirthElsewhere(_ db: Database, organizationID: Int64, _ inserts: [(line: Int, member: Member)]) throws -> [ImportIssue] {
        guard !inserts.isEmpty else { return [] }
        var elsewhere: [String: String] = [:]
        // Name and birth date together, through the index on both: only the real matches come back
        // (by name alone, a roll of common names would fetch a good part of a province).
        let pairs = "[" + inserts.map { jsonArray([$0.member.name, $0.member.birthDate.description]) }.joined(separator: ",") + "]"
        for row in try Row.fetchAll(db, sql: """
            SELECT m.name, m.birth_date, o.name AS org_name
            FROM json_each(?) j
            JOIN member m ON m.name = json_extract(j.value, '$[0]') AND m.birth_date = json_extract(j.value, '$[1]')
            JOIN organization o ON o.id = m.organization_id
            WHERE m.organization_id <> ?
            """, arguments: [pairs, organizationID]) {
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
        try Row.fetchAll(db, sql: "SELECT * FROM member WHERE organization_id = ? ORDER BY name, birth_date, id", arguments: [organizationID])
            .map(member(from:))
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

func jsonArray(_ values: [String]) -> String {
    func quoted(_ value: String) -> String {
        // Most values (names, ID numbers) hold neither a backslash nor a quote: nothing to escape.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else { return "\"" + value + "\"" }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    return "[" + values.map(quoted).joined(separator: ",") + "]"
}
