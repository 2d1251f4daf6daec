import GRDB
import TuixuanCore

/// An organization with its parent's code, for listings.
public struct OrganizationSummary: Sendable, Hashable, Codable {
    public var organization: Organization
    public var parentCode: String?
    public var memberCount: Int
}

/// An operator with the organization they act for, for listings.
public struct OperatorSummary: Sendable, Hashable, Codable {
    public var name: String
    public var role: Role
    public var organizationCode: String
    public var organizationName: String
}

/// What an organization import did: codes added, organizations whose name or previous size changed (with the fields), and
/// how many were already exactly as listed.
public struct OrganizationImportReport: Sendable, Codable, Equatable {
    public struct Updated: Sendable, Codable, Equatable {
        public var line: Int
        public var code: String
        public var fields: [String]
    }
    public var added: [String] = []
    public var updated: [Updated] = []
    public var unchanged = 0
}

extension AppDatabase {
    // MARK: Set-up

    /// Creates the county and its first reviewer in an empty database: the one act that needs
    /// no operator, because there is nobody yet.
    ///
    /// The reviewer's public key is registered in the same act, and the act is signed with that key (unlocked in the
    /// keyring): the chain is signed from its first event, and that key is the anchor every later key is registered
    /// under (trust issue 12: "every event after genesis is signed by a key registered through a signed chain that starts
    /// at the county's trust anchor").
    public func initialize(countyCode: String, countyName: String, reviewerName: String) throws {
        guard let signer = keyring.signer(for: reviewerName) else {
            if let holder = keyring.holder { throw Refusal.keyOfAnotherOperator(keyHolder: holder, operator: reviewerName) }
            throw Refusal.initializationNeedsKey(reviewerName)
        }
        let publicKey = signer.publicKey
        try act { db in
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM organization")! > 0 {
                throw Refusal.alreadyInitialized
            }
            try checkCode(countyCode)
            try checkName(reviewerName, .operatorName)
            try db.execute(sql: "INSERT INTO organization (code, name, level, created_at) VALUES (?, ?, 'county', ?)",
                           arguments: [countyCode, countyName, timestamp])
            let countyID = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO operator (name, role, organization_id, created_at) VALUES (?, 'county', ?, ?)",
                           arguments: [reviewerName, countyID, timestamp])
            let reviewer = Operator(id: db.lastInsertedRowID, name: reviewerName, role: .county, organizationID: countyID)
            try db.execute(sql: "INSERT INTO operator_key (operator_id, public_key, registered_at) VALUES (?, ?, ?)",
                           arguments: [reviewer.id, publicKey, timestamp])
            try appendEvent(db, by: reviewer, organizationID: countyID, kind: "database.initialized",
                            detail: ["county": countyCode, "name": countyName, "reviewer": reviewerName, "public_key": publicKey])
        }
    }

    /// Adds one organization under an existing parent the operator covers.
    public func addOrganization(
        by operatorName: String?, code: String, name: String, level: OrganizationLevel,
        parentCode: String, previousCommitteeSize: Int?
    ) throws {
        try act { db in
            let row = OrganizationRow(line: 0, code: code, name: name, level: level, parentCode: parentCode, previousCommitteeSize: previousCommitteeSize)
            try checkCode(code)
            try checkName(name, .organizationName)
            // One organization added by hand is new: an import may find it there and leave it, `org add` may not.
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM organization WHERE code = ?", arguments: [code]) == true {
                throw Refusal.organizationInvalid(reasons: [LocalizedText(zh: "该代码的组织已存在", en: "an organization with this code exists")])
            }
            do {
                _ = try insertOrganizations(db, OrganizationList(rows: [row], issues: [], codes: [:]), by: operatorName)
            } catch Refusal.importRejected(let rejection) {
                // A single organization from the command line has no file line: say only why.
                let reasons = rejection.issues.map(\.reason)
                throw Refusal.organizationInvalid(reasons: reasons)
            }
        }
    }

    /// Adds every organization of a checked list, all or nothing. Parents may be earlier rows of
    /// the same list or already in the database.
    public func importOrganizations(by operatorName: String?, _ rows: [OrganizationRow]) throws -> Int {
        try importOrganizations(by: operatorName, OrganizationList(rows: rows, issues: [], codes: [:])).added.count
    }

    /// Imports an organization list (all or nothing), like the roll: every problem of the file and of the database is
    /// reported at once; an organization already there with the same name and size is unchanged, so importing the same
    /// file again is a no-op; a new name, or a new previous committee size before any election, is applied and reported.
    /// An organization is never moved by an import (another level or parent is a problem of its line).
    public func importOrganizations(by operatorName: String?, _ list: OrganizationList) throws -> OrganizationImportReport {
        try act { db in try insertOrganizations(db, list, by: operatorName) }
    }

    private func insertOrganizations(_ db: Database, _ list: OrganizationList, by operatorName: String?) throws -> OrganizationImportReport {
        let rows = list.rows
        var issues = list.issues
        var report = OrganizationImportReport()
        var pending: [String: (level: OrganizationLevel, line: Int)] = [:]
        for row in rows { pending[row.code] = (row.level, row.line) }
        var existing: [String: Row] = [:]
        // Check every row before writing any.
        for row in rows {
            func issue(_ column: String, _ value: String?, _ reason: LocalizedText) {
                issues.append(ImportIssue(line: row.line, column: column, value: value, reason: reason))
            }
            if let found = try Row.fetchOne(db, sql: """
                SELECT o.id, o.name, o.level, o.previous_committee_size, p.code AS parent_code,
                       EXISTS (SELECT 1 FROM election e WHERE e.organization_id = o.id) AS has_election
                FROM organization o LEFT JOIN organization p ON p.id = o.parent_id WHERE o.code = ?
                """, arguments: [row.code]) {
                let level: String = found["level"]
                if level != row.level.rawValue || found["parent_code"] != row.parentCode {
                    let now = "\(OrganizationLevel(rawValue: level)?.describe(.zh) ?? level)，上级\(found["parent_code"] as String? ?? "无")"
                    let nowEn = "\(OrganizationLevel(rawValue: level)?.describe(.en) ?? level), parent \(found["parent_code"] as String? ?? "none")"
                    issue("代码", row.code, LocalizedText(zh: "该代码的组织已存在（\(now)），导入不会改变组织的层级或上级", en: "an organization with this code exists (\(nowEn)); an import never changes its level or parent"))
                } else if found["previous_committee_size"] != row.previousCommitteeSize && (found["has_election"] as Bool) {
                    issue("上届委员会职数", row.previousCommitteeSize.map(String.init), LocalizedText(
                        zh: "该组织已有换届选举，上届职数（\(found["previous_committee_size"] as Int? ?? 0)）不随导入改动",
                        en: "the organization has an election, so its previous committee size (\(found["previous_committee_size"] as Int? ?? 0)) is not changed by an import"))
                } else {
                    existing[row.code] = found
                }
                continue
            }
            if row.previousCommitteeSize != nil && !row.level.holdsElections {
                issue("上届委员会职数", row.previousCommitteeSize.map(String.init), LocalizedText(zh: "只有村、社区有上届职数", en: "only villages and communities have a previous committee size"))
            }
            guard let parentCode = row.parentCode, let wanted = row.level.parentLevel else {
                issue("层级", row.level.rawValue, LocalizedText(zh: "县由初始化创建，不能另行添加", en: "the county is created by init and cannot be added"))
                continue
            }
            let existingParent = try Row.fetchOne(db, sql: "SELECT level FROM organization WHERE code = ?", arguments: [parentCode])
            let parentLevel = existingParent.flatMap { OrganizationLevel(rawValue: $0["level"]) } ?? pending[parentCode]?.level
            guard let parentLevel else {
                // A parent whose own line has a problem is reported there, not again on each row under it.
                if list.codes[parentCode] == nil {
                    issue("上级代码", parentCode, LocalizedText(zh: "上级组织不存在", en: "no such parent organization"))
                }
                continue
            }
            if parentLevel != wanted {
                issue("上级代码", parentCode, LocalizedText(
                    zh: "\(row.level.describe(.zh))的上级应为\(wanted.describe(.zh))，而该组织是\(parentLevel.describe(.zh))",
                    en: "a \(row.level.describe(.en))'s parent must be a \(wanted.describe(.en)), not a \(parentLevel.describe(.en))"))
            }
            if existingParent == nil, let parentLine = pending[parentCode]?.line, parentLine > row.line {
                issue("上级代码", parentCode, LocalizedText(zh: "上级组织须列在前面（第\(parentLine)行）", en: "the parent must come first (it is on line \(parentLine))"))
            }
        }
        guard issues.isEmpty else { throw Refusal.importRejected(ImportRejected(issues: issues.sorted { $0.line < $1.line })) }
        for row in rows {
            if let found = existing[row.code] {
                var changed: [String: String] = [:]
                if found["name"] != row.name { changed["name"] = row.name }
                if found["previous_committee_size"] != row.previousCommitteeSize { changed["previous_committee_size"] = row.previousCommitteeSize.map(String.init) ?? "" }
                guard !changed.isEmpty else { report.unchanged += 1; continue }
                let actor = try authorize(db, operatorName, organizationID: found["id"], roles: [.county, .township])
                try db.execute(sql: "UPDATE organization SET name = ?, previous_committee_size = ? WHERE id = ?",
                               arguments: [row.name, row.previousCommitteeSize, found["id"]])
                try appendEvent(db, by: actor, organizationID: found["id"], kind: "organization.updated", detail: changed.merging(["code": row.code]) { a, _ in a })
                report.updated.append(.init(line: row.line, code: row.code, fields: changed.keys.sorted()))
                continue
            }
            report.added.append(row.code)
            let parentID = try Int64.fetchOne(db, sql: "SELECT id FROM organization WHERE code = ?", arguments: [row.parentCode])!
            let actor = try authorize(db, operatorName, organizationID: parentID, roles: [.county, .township])
            try db.execute(sql: """
                INSERT INTO organization (code, name, level, parent_id, previous_committee_size, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [row.code, row.name, row.level.rawValue, parentID, row.previousCommitteeSize, timestamp])
            var detail = ["code": row.code, "name": row.name, "level": row.level.rawValue, "parent": row.parentCode ?? ""]
            if let size = row.previousCommitteeSize { detail["previous_committee_size"] = String(size) }
            try appendEvent(db, by: actor, organizationID: db.lastInsertedRowID, kind: "organization.added", detail: detail)
        }
        return report
    }

    /// Registers an operator for an organization, with their public key. County reviewers register anyone in the county;
    /// township operators register village operators, tellers and scrutineers under them.
    ///
    /// The new operator makes their key themselves (`key create`: only they know its passphrase) and the superior
    /// registers its public half here, in a signed act: "operator and role rows are … only created by signed acts of a
    /// superior", and every key traces back to the county's first one (trust issue 12).
    public func addOperator(by operatorName: String?, name: String, role: Role, organizationCode: String, publicKey: String) throws {
        try act { db in
            let organization = try fetchOrganization(db, code: organizationCode)
            let actor = try authorizeRegistration(db, by: operatorName, role: role, organizationID: organization.id)
            _ = try checkedNewKey(db, publicKey)
            guard role.organizationLevels.contains(organization.level) else {
                throw Refusal.roleAtWrongLevel(role, organization: organization.name, level: organization.level)
            }
            try checkName(name, .operatorName)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM operator WHERE name = ?", arguments: [name]) == true {
                throw Refusal.operatorNameTaken(name)
            }
            try db.execute(sql: "INSERT INTO operator (name, role, organization_id, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, role.rawValue, organization.id, timestamp])
            try db.execute(sql: "INSERT INTO operator_key (operator_id, public_key, registered_at) VALUES (?, ?, ?)",
                           arguments: [db.lastInsertedRowID, publicKey, timestamp])
            try appendEvent(db, by: actor, organizationID: organization.id, kind: "operator.added",
                            detail: ["name": name, "role": role.rawValue, "public_key": publicKey])
        }
    }

    // MARK: Reads

    public func organization(code: String) throws -> Organization {
        try writer.read { db in try fetchOrganization(db, code: code) }
    }

    /// The organization `code` and everything under it (the whole database when nil), in tree order.
    public func organizations(under code: String?) throws -> [OrganizationSummary] {
        try writer.read { db in
            let rootIDs: [Int64] = if let code { [try fetchOrganization(db, code: code).id] }
                else { try Int64.fetchAll(db, sql: "SELECT id FROM organization WHERE parent_id IS NULL ORDER BY code") }
            var result: [OrganizationSummary] = []
            for rootID in rootIDs {
                let rows = try Row.fetchAll(db, sql: """
                    WITH RECURSIVE down(id, path) AS (
                        SELECT id, code FROM organization WHERE id = ?
                        UNION ALL SELECT o.id, down.path || '/' || o.code FROM organization o JOIN down ON o.parent_id = down.id)
                    SELECT o.*, p.code AS parent_code, (SELECT count(*) FROM member m WHERE m.organization_id = o.id) AS member_count
                    FROM down JOIN organization o ON o.id = down.id LEFT JOIN organization p ON p.id = o.parent_id
                    ORDER BY down.path
                    """, arguments: [rootID])
                result += rows.map { OrganizationSummary(organization: organization(from: $0), parentCode: $0["parent_code"], memberCount: $0["member_count"]) }
            }
            return result
        }
    }

    public func operators() throws -> [OperatorSummary] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT op.name, op.role, o.code, o.name AS org_name FROM operator op JOIN organization o ON o.id = op.organization_id
                ORDER BY o.code, op.role, op.name
                """).map {
                OperatorSummary(name: $0["name"], role: Role(rawValue: $0["role"])!, organizationCode: $0["code"], organizationName: $0["org_name"])
            }
        }
    }

    func fetchOrganization(_ db: Database, code: String) throws -> Organization {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM organization WHERE code = ?"), arguments: [code]) else {
            throw Refusal.organizationUnknown(code)
        }
        return organization(from: row)
    }

    /// The county at the root of this database; refuses, saying what to do, before `tuixuan init`.
    func fetchCounty(_ db: Database) throws -> Organization {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM organization WHERE level = 'county' ORDER BY id LIMIT 1") else {
            throw Refusal.notInitialized
        }
        return organization(from: row)
    }

    func fetchOrganization(_ db: Database, id: Int64) throws -> Organization {
        organization(from: try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM organization WHERE id = ?"), arguments: [id])!)
    }

    func organization(from row: Row) -> Organization {
        Organization(id: row["id"], code: row["code"], name: row["name"], level: OrganizationLevel(rawValue: row["level"])!,
                     parentID: row["parent_id"], previousCommitteeSize: row["previous_committee_size"])
    }

    func checkCode(_ code: String) throws {
        guard isValidOrganizationCode(code) else {
            throw Refusal.organizationCodeInvalid(code)
        }
    }

    func checkName(_ name: String, _ field: NameField) throws {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed == name, name.count <= 50 else {
            throw Refusal.nameInvalid(field, name)
        }
    }
}
