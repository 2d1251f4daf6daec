import Foundation
import GRDB
import TuixuanCore

/// 选举办法 as adopted.
public struct ElectionMethod: Sendable, Hashable, Codable {
    public var thresholdBase: RuleSet.ThresholdRule.Base
    public var quorumComparison: RuleSet.QuorumRule.Comparison
    public var secretaryMode: SecretaryMode
    public var adoptedOn: CivilDate
    /// 另行选举的次数: how many further rounds the method allows (nil: the 条例 sets no limit).
    public var furtherRoundLimit: Int?

    public typealias SecretaryMode = TuixuanCore.SecretaryMode
}

/// 到会情况 of a body (the congress, or the new committee's first plenary).
public struct QuorumStatus: Sendable, Codable {
    public var body: VotingBody
    public var expected: Int
    public var present: Int
    public var quorate: Bool
    public var comparison: RuleSet.QuorumRule.Comparison
    /// The fewest present for a quorum.
    public var needed: Int
}

/// A round's row as the acts need it.
struct RoundRecord {
    var id: Int64
    var number: Int
    var kind: RoundKind
    var seats: Int
    var candidates: [String]
    var state: RoundState
}

extension AppDatabase {
    // MARK: Set-up (steps 20–24)

    /// 通过选举办法: the threshold base and quorum comparison (defaults from the rule set) and the secretary mode.
    public func adoptMethod(by operatorName: String?, election reference: String, thresholdBase: RuleSet.ThresholdRule.Base?,
                            quorumComparison: RuleSet.QuorumRule.Comparison?, secretaryMode: ElectionMethod.SecretaryMode, adoptedOn: CivilDate,
                            furtherRoundLimit: Int? = nil) throws -> ElectionMethod {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseAfter(db, election: election, step: .congressResumes, what: .electionMethod)
            // The rules a round was voted and counted under stay the congress's rules.
            if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM voting_round WHERE election_id = ?"), arguments: [election.id]) == true {
                throw Refusal.methodFixedOnceVoting
            }
            try checkDates([adoptedOn])
            let method = ElectionMethod(thresholdBase: thresholdBase ?? election.ruleSet.electionThreshold.base,
                                        quorumComparison: quorumComparison ?? election.ruleSet.quorum.comparison,
                                        secretaryMode: secretaryMode, adoptedOn: adoptedOn, furtherRoundLimit: furtherRoundLimit)
            if let furtherRoundLimit, furtherRoundLimit < 1 { throw Refusal.furtherRoundLimitInvalid(furtherRoundLimit) }
            try db.execute(sql: """
                INSERT OR REPLACE INTO election_method (election_id, threshold_base, quorum_comparison, secretary_mode, adopted_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, method.thresholdBase.rawValue, method.quorumComparison.rawValue, method.secretaryMode.rawValue,
                                 adoptedOn.description, actor.id, timestamp])
            try db.execute(sql: "DELETE FROM further_round_limit WHERE election_id = ?", arguments: [election.id])
            if let furtherRoundLimit {
                try db.execute(sql: "INSERT INTO further_round_limit (election_id, max_rounds) VALUES (?, ?)", arguments: [election.id, furtherRoundLimit])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "method.adopted", step: election.step(.congressResumes), detail: [
                "threshold_base": method.thresholdBase.rawValue, "quorum": method.quorumComparison.rawValue, "secretary_mode": method.secretaryMode.rawValue,
                "further_round_limit": furtherRoundLimit.map(String.init) ?? "",
            ])
            return method
        }
    }

    /// 监票人、计票人: scrutineers (one chief) are members with a vote who are not candidates; tellers are designated.
    /// Scrutineers are members with a vote who are not candidates; tellers are such members or the meeting's
    /// staff (`staffTellers`: name and position, not on the roll), designated by the presiding committee.
    public func appointOfficers(by operatorName: String?, election reference: String, chief: String, scrutineers: [String], tellers: [String],
                                staffTellers: [(name: String, position: String)] = []) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseAfter(db, election: election, step: .congressResumes, what: .officers)
            let candidates = Set((try fetchLists(db, electionID: election.id)[.prospective] ?? [:]).keys)
            var seen: Set<Int64> = []
            var rows: [(Member, OfficerDuty)] = []
            for (reference, duty) in [(chief, OfficerDuty.chiefScrutineer)] + scrutineers.map({ ($0, .scrutineer) }) + tellers.map({ ($0, .teller) }) {
                let member = try resolveMember(db, organizationID: election.organizationID, reference)
                guard seen.insert(member.id!).inserted else {
                    throw Refusal.namedTwice(member: member.name)
                }
                if let refusal = officerRefusal(member: member.name, duty: duty, isCandidate: candidates.contains(member.id!),
                                                noVote: votingRight(of: member, on: election.congressDate, under: election.ruleSet)) {
                    throw refusal
                }
                rows.append((member, duty))
            }
            let rollNames = Set(try fetchMembers(db, organizationID: election.organizationID).map(\.name))
            var staffNames: Set<String> = []
            for staff in staffTellers {
                let name = staff.name.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.count <= 50, !staff.position.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw Refusal.detailRequired(.staffTellerPosition)
                }
                // A member is named as one (and judged as one: not a candidate); a namesake of a member would be ambiguous.
                guard !rollNames.contains(name) else { throw Refusal.staffTellerOnRoll(name: name) }
                guard staffNames.insert(name).inserted else { throw Refusal.namedTwice(member: name) }
            }
            try db.execute(sql: "DELETE FROM congress_officer WHERE election_id = ?", arguments: [election.id])
            try db.execute(sql: "DELETE FROM staff_teller WHERE election_id = ?", arguments: [election.id])
            for (member, duty) in rows {
                try db.execute(sql: "INSERT INTO congress_officer (election_id, member_id, duty) VALUES (?, ?, ?)", arguments: [election.id, member.id, duty])
            }
            for staff in staffTellers {
                try db.execute(sql: "INSERT INTO staff_teller (election_id, name, position) VALUES (?, ?, ?)",
                               arguments: [election.id, staff.name.trimmingCharacters(in: .whitespaces), staff.position])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "officers.appointed", step: election.step(.congressResumes),
                            detail: ["officers": rows.map { "\($0.0.name):\($0.1)" }.joined(separator: ","),
                                     "staff_tellers": staffTellers.map { "\($0.name):\($0.position)" }.joined(separator: ",")])
        }
    }

    public func officers(election reference: String) throws -> [CountReport.Officer] {
        try writer.read { db in try officers(db, electionID: try resolveElection(db, reference).id) }
    }

    func officers(_ db: Database, electionID: Int64) throws -> [CountReport.Officer] {
        try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT name, duty FROM (
                SELECT m.name AS name, o.duty AS duty FROM congress_officer o JOIN member m ON m.id = o.member_id WHERE o.election_id = ?
                UNION ALL SELECT name, 'teller' FROM staff_teller WHERE election_id = ?)
            ORDER BY CASE duty WHEN 'chief_scrutineer' THEN 0 WHEN 'scrutineer' THEN 1 ELSE 2 END, name
            """), arguments: [electionID, electionID]).map { CountReport.Officer(name: $0["name"], duty: $0["duty"]) }
    }

    // MARK: Attendance and quorum

    /// 签到: members present in person (no proxies). At the congress: members with a vote counted in
    /// the expected attendance; at the committee's plenary: members of the new committee.
    public func checkIn(by operatorName: String?, election reference: String, body: VotingBody = .congress, members: [String]) throws -> QuorumStatus {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township, .teller, .scrutineer])
            if body == .congress { try refuseBeforeReconvening(db, election: election) }
            let eligible = try bodyMembers(db, election: election, body: body)
            var present: [Int64] = []
            for reference in members {
                let member = try resolveMember(db, organizationID: election.organizationID, reference)
                guard eligible.contains(member.id!) else {
                    throw Refusal.notExpected(member: member.name, body: body)
                }
                present.append(member.id!)
            }
            // Inserted in key order, never in the order given: who checked in first is not kept (migration 0022).
            for id in Set(present).sorted() {
                try db.execute(sql: "INSERT OR IGNORE INTO attendance (election_id, body, member_id) VALUES (?, ?, ?)", arguments: [election.id, body, id])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "attendance.checked_in",
                            detail: ["body": body.rawValue, "count": String(members.count)])
            return try quorum(db, election: election, body: body)
        }
    }

    public func quorum(election reference: String, body: VotingBody = .congress) throws -> QuorumStatus {
        try writer.read { db in try quorum(db, election: try resolveElection(db, reference), body: body) }
    }

    func quorum(_ db: Database, election: ElectionRef, body: VotingBody) throws -> QuorumStatus {
        let eligible = try bodyMembers(db, election: election, body: body)
        let expected = eligible.count
        // Someone checked in who has since lost the vote (or left the roll) is no longer counted present.
        let present = try Int64.fetchAll(try db.cachedStatement(sql: "SELECT member_id FROM attendance WHERE election_id = ? AND body = ?"), arguments: [election.id, body])
            .filter(eligible.contains).count
        var rule = election.ruleSet.quorum
        if let method = try fetchMethod(db, electionID: election.id) { rule.comparison = method.quorumComparison }
        let needed = minimumPresent(expected: expected, rule: rule)
        return QuorumStatus(body: body, expected: expected, present: present, quorate: isQuorate(present: present, expected: expected, rule: rule),
                            comparison: rule.comparison, needed: needed)
    }

    /// Who is expected: at the congress, the voters counted in the approved expected attendance; at
    /// the committee's plenary, the members elected to the committee.
    func bodyMembers(_ db: Database, election: ElectionRef, body: VotingBody) throws -> Set<Int64> {
        if body == .committee {
            return Set(try electedCommitteeMembers(db, election: election).map(\.memberID))
        }
        let roll = try voterRoll(db, election: election)
        return Set(roll.attendance.voterIDs).subtracting(roll.attendance.excludedIDs)
    }

    /// Whether a round of this election has been opened and not yet declared.
    func hasOpenRound(_ db: Database, electionID: Int64) throws -> Bool {
        try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM voting_round WHERE election_id = ? AND state = 'open'"), arguments: [electionID]) == true
    }

    func fetchMethod(_ db: Database, electionID: Int64) throws -> ElectionMethod? {
        try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT m.*, l.max_rounds FROM election_method m LEFT JOIN further_round_limit l ON l.election_id = m.election_id WHERE m.election_id = ?
            """), arguments: [electionID]).map {
            ElectionMethod(thresholdBase: .init(rawValue: $0["threshold_base"])!, quorumComparison: .init(rawValue: $0["quorum_comparison"])!,
                           secretaryMode: .init(rawValue: $0["secretary_mode"])!, adoptedOn: $0.civilDate("adopted_on")!, furtherRoundLimit: $0["max_rounds"])
        }
    }
}
