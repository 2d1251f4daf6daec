import Foundation
import GRDB
import TuixuanCore

/// What `generateProvince` wrote.
public struct ProvinceReport: Sendable, Codable {
    public var counties: Int
    public var townships: Int
    public var elections: Int
    public var members: Int
    public var congressesHeld: Int
    public var roundsOpen: Int
    public var ballotsEntered: Int
    public var ballotsCounted: Int
}

extension AppDatabase {
    /// Fills an empty database with a generated province (for benchmarks and load tests): every
    /// village with its roll and an election at some step, held congresses with both tellers'
    /// entries, the counted stack and the result, approvals and reviews, and each township's due
    /// dates. Written one township per transaction, one audited event per village, so `audit
    /// verify` holds as for data entered by hand.
    public func generateProvince(_ shape: ProvinceShape, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> ProvinceReport {
        var report = ProvinceReport(counties: 0, townships: 0, elections: 0, members: 0, congressesHeld: 0, roundsOpen: 0, ballotsEntered: 0, ballotsCounted: 0)
        try act { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM organization")! == 0 else {
                throw Refusal.generateNeedsEmptyDatabase
            }
        }
        try withBulkActSettings {
            var done = 0
            for county in 0..<shape.counties {
                var staff = try act { db in try generateCounty(db, shape, county) }
                report.counties += 1
                for township in 0..<shape.townshipsPerCounty {
                    try act { db in
                        try generateTownship(db, shape, county, township, staff: &staff, report: &report)
                    }
                    report.townships += 1
                    done += shape.villagesPerTownship
                    progress?(done, shape.villageCount)
                }
            }
        }
        return report
    }

    /// The county, its townships, and the operators the generated acts are recorded under.
    private func generateCounty(_ db: Database, _ shape: ProvinceShape, _ county: Int) throws -> GeneratedStaff {
        let now = timestamp
        try db.execute(sql: "INSERT INTO organization (code, name, level, created_at) VALUES (?, ?, 'county', ?)",
                       arguments: [shape.countyCode(county), shape.countyName(county), now])
        let countyID = db.lastInsertedRowID
        func addOperator(_ name: String, _ role: Role, _ organizationID: Int64) throws -> Operator {
            try db.execute(sql: "INSERT INTO operator (name, role, organization_id, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, role.rawValue, organizationID, now])
            return Operator(id: db.lastInsertedRowID, name: name, role: role, organizationID: organizationID)
        }
        let reviewer = try addOperator("县审核员\(shape.countyCode(county))", .county, countyID)
        let (procedure, text) = try chooseCatalog(db, key: "2018-county", version: nil)
        assert(procedure == Procedure.builtIn.filter { $0.procedure == "2018-county" }.max { $0.version < $1.version },
               "the sample province's steps are those of the newest built-in catalog")
        var townships: [(id: Int64, officer: Operator)] = []
        for township in 0..<shape.townshipsPerCounty {
            let code = shape.townshipCode(county, township)
            try db.execute(sql: "INSERT INTO organization (code, name, level, parent_id, created_at) VALUES (?, ?, 'township', ?, ?)",
                           arguments: [code, shape.townshipName(county, township), countyID, now])
            let id = db.lastInsertedRowID
            townships.append((id, try addOperator("乡镇干部\(code)", .township, id)))
            // The township plan's timetable: registration and the candidate list are due before the season's date.
            for (step, days) in [(StepKey.registration, -10), (.listApproval, -3), (.voting, 20)] {
                try db.execute(sql: "INSERT INTO step_due (township_id, step, due_on, set_by) VALUES (?, ?, ?, ?)",
                               arguments: [id, procedure.number(of: step), shape.asOf.adding(days: days).description, townships.last!.officer.id])
            }
        }
        let tellers = (try addOperator("计票员甲\(shape.countyCode(county))", .teller, countyID), try addOperator("计票员乙\(shape.countyCode(county))", .teller, countyID))
        let catalogID = try pinCatalog(db, procedure: procedure, text: text, by: reviewer)
        try appendEvent(db, by: reviewer, organizationID: countyID, kind: "province.generated", detail: [
            "county": shape.countyCode(county), "townships": String(shape.townshipsPerCounty), "seed": String(shape.seed),
        ])
        return GeneratedStaff(reviewer: reviewer, townships: townships, tellers: tellers, catalogID: catalogID, ruleSet: procedure.defaultRuleSet,
                              procedure: procedure)
    }

    private func generateTownship(_ db: Database, _ shape: ProvinceShape, _ county: Int, _ township: Int, staff: inout GeneratedStaff,
                                  report: inout ProvinceReport) throws {
        let now = timestamp
        let (townshipID, officer) = staff.townships[township]
        let insertOutcome = try db.cachedStatement(sql: """
            INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', ?, ?, ?)
            """)
        for index in 0..<shape.villagesPerTownship {
            var village = shape.village(county: county, township: township, village: index)
            SampleCounty.distinctIDNumbers(&village.members, region: shape.countyCode(county), used: &staff.idNumbers)
            try db.execute(sql: """
                INSERT INTO organization (code, name, level, parent_id, previous_committee_size, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [village.code, village.name, village.level.rawValue, townshipID, village.previousCommitteeSize, now])
            let villageID = db.lastInsertedRowID
            var inserted = InsertedRuns()
            for member in village.members {
                try insertMember(db, organizationID: villageID, member, at: now)
                inserted.add(db.lastInsertedRowID)
            }
            try recordBulkInsert(db, .member, inserted)
            try db.execute(sql: """
                INSERT INTO election (organization_id, title, catalog_id, rule_set, congress_date, weak_and_lax, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [villageID, "\(village.name)\(village.congressDate.year)年换届选举", staff.catalogID, staff.ruleSet,
                                 village.congressDate.description, village.reachedStep >= 1 ? false : nil, officer.id, now])
            let electionID = db.lastInsertedRowID
            for step in stride(from: 1, through: village.reachedStep, by: 1) {
                // Steps before the congress a few days apart leading up to it; those after it, a day apart.
                let voting = staff.procedure.number(of: .voting)
                let day = step <= voting ? village.congressDate.adding(days: (step - voting) * 2) : min(village.congressDate.adding(days: step - voting), shape.asOf)
                try insertOutcome.execute(arguments: [electionID, step, day.description, officer.id, now])
            }
            var detail = ["members": String(village.members.count), "reached_step": String(village.reachedStep)]
            if let congress = village.congress {
                try db.execute(sql: """
                    INSERT INTO voting_round (election_id, number, kind, body, seats, candidates, expected, present, state, opened_at)
                    VALUES (?, 1, 'committee', 'congress', ?, ?, ?, ?, 'open', ?)
                    """, arguments: [electionID, congress.seats, jsonArray(congress.candidates), congress.expected, congress.present, now])
                let roundID = db.lastInsertedRowID
                if congress.isOpen {
                    detail["round"] = "open"
                    report.roundsOpen += 1
                } else {
                    let stack = try congress.ballots.map(storedBallot)
                    for (position, ballot) in stack.enumerated() {
                        try insertBallotEntry(db, roundID: roundID, entry: .A, position: position + 1, ballot: ballot, by: staff.tellers.0.id)
                        try insertBallotEntry(db, roundID: roundID, entry: .B, position: position + 1, ballot: ballot, by: staff.tellers.1.id)
                    }
                    for entry in [EntrySide.A, .B] {
                        try recordBulkInsert(db, .ballotEntry, scope: [roundID, entry], first: 1, last: stack.count)
                    }
                    let count = countRound(congress.ballots, candidates: congress.candidates, seats: congress.seats)
                    try writeCount(db, roundID: roundID, stack: stack, count: count,
                                   outcome: decideRound(count, seats: congress.seats, base: congress.expected), base: congress.expected,
                                   baseKind: "expected", issued: congress.present, returned: stack.count)
                    detail["ballots"] = String(stack.count)
                    report.congressesHeld += 1
                    report.ballotsEntered += 2 * stack.count
                    report.ballotsCounted += stack.count
                    let resultApproval = staff.procedure.number(of: .resultApproval)
                    if village.reachedStep >= resultApproval {
                        let digest = try resultDigest(db, electionID: electionID)
                        try db.execute(sql: """
                            INSERT INTO approval (election_id, subject, step, level, digest, operator_id, approved_at) VALUES (?, 'result', ?, 'township', ?, ?, ?)
                            """, arguments: [electionID, resultApproval, digest, officer.id, now])
                        if village.reachedStep > resultApproval {
                            try db.execute(sql: """
                                INSERT INTO result_review (election_id, outcome, reason, result_digest, reviewed_by, reviewed_at) VALUES (?, 'reviewed', '审核通过', ?, ?, ?)
                                """, arguments: [electionID, digest, staff.reviewer.id, now])
                        }
                    }
                }
            } else {
                detail["ballots"] = "0"
            }
            try appendEvent(db, by: officer, organizationID: villageID, electionID: electionID, kind: "village.generated", detail: detail)
            report.elections += 1
            report.members += village.members.count
        }
    }
}

/// The operators and catalog a generated county's acts are recorded under.
private struct GeneratedStaff {
    var reviewer: Operator
    var townships: [(id: Int64, officer: Operator)]
    var tellers: (Operator, Operator)
    var catalogID: Int64
    var ruleSet: String
    var procedure: Procedure
    var idNumbers: Set<String> = []
}
