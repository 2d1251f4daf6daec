import Foundation
import GRDB
import TuixuanCore

/// 取消候选人资格 or 宣布当选无效.
public enum RevocationKind: String, Sendable, Codable, CaseIterable {
    case cancelled, void
}

/// A candidacy cancelled or an election declared void, as listed.
public struct Revocation: Sendable, Codable, Hashable {
    public var name: String
    public var kind: RevocationKind
    public var reason: String
    public var finding: String
    public var countyToldOn: CivilDate
}

extension AppDatabase {
    // MARK: After the list's approval (seed 第五篇 六、2)

    /// 取消候选人资格 (seed 六、2 "被确认为有贿选行为的，取消其候选人资格"): once the list is approved (step 18) a
    /// confirmed 不得 finding no longer changes the frozen list, so the township cancels the candidacy of a
    /// candidate not yet elected, telling the county. The person leaves the ballot and every further round;
    /// a ballot left short of the margin is not voted on (`Refusal.ballotBelowMargin`).
    public func cancelCandidacy(by operatorName: String?, election reference: String, member memberReference: String,
                                reason: String, countyToldOn: CivilDate) throws {
        try revoke(.cancelled, by: operatorName, election: reference, member: memberReference, reason: reason, countyToldOn: countyToldOn)
    }

    /// 宣布当选无效 (seed 六、2 "或宣布其当选无效"): the township declares an elected committee member's election
    /// void on a confirmed 不得 finding, telling the county, while the congress is still voting (step 26 open).
    /// The seat is empty again and goes to a further round, which does not put the person forward again; a
    /// secretary or deputy post the person won is open again too.
    public func voidElection(by operatorName: String?, election reference: String, member memberReference: String,
                             reason: String, countyToldOn: CivilDate) throws {
        try revoke(.void, by: operatorName, election: reference, member: memberReference, reason: reason, countyToldOn: countyToldOn)
    }

    private func revoke(_ kind: RevocationKind, by operatorName: String?, election reference: String, member memberReference: String,
                        reason: String, countyToldOn: CivilDate) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            guard try isStepDone(db, election, .listApproval) else { throw Refusal.listNotApproved(step: election.step(.listApproval)) }
            try refuseAfter(db, election: election, step: .voting, what: .voting)
            guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw Refusal.detailRequired(.revocationReason) }
            try checkDates([countyToldOn])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM candidacy_revocation WHERE election_id = ? AND member_id = ?", arguments: [election.id, member.id]) == true {
                throw Refusal.alreadyRevoked(member: member.name)
            }
            if try hasOpenRound(db, electionID: election.id) { throw Refusal.roundStillOpen }
            let (_, last) = try lastClosedRound(db, electionID: election.id)
            if let last, last.outcome.runOffSeats > 0, last.count.candidates.contains(where: { $0.name == member.name }) { throw Refusal.tieAwaitsRunOff }
            let elected = try electedCommittee(db, electionID: election.id).contains(member.name)
            switch kind {
            case .cancelled:
                let onList = (try fetchLists(db, electionID: election.id)[.prospective]?[member.id!] ?? []).contains(.member)
                guard onList, !elected else { throw Refusal.notACandidate(member: member.name) }
            case .void:
                guard elected else { throw Refusal.notElected(member: member.name) }
            }
            guard let findingID = try Int64.fetchOne(db, sql: """
                SELECT id FROM nominee_finding WHERE election_id = ? AND member_id = ? AND kind = 'disqualifying' ORDER BY id DESC LIMIT 1
                """, arguments: [election.id, member.id]) else { throw Refusal.noDisqualifyingFinding(member: member.name) }
            try db.execute(sql: """
                INSERT INTO candidacy_revocation (election_id, member_id, kind, finding_id, reason, county_told_on, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, kind.rawValue, findingID, reason, countyToldOn.description, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id,
                            kind: kind == .cancelled ? "candidacy.cancelled" : "election.voided", step: election.step(.voting), detail: [
                                "member": member.name, "reason": reason, "county_told_on": countyToldOn.description, "finding": String(findingID),
                            ])
        }
    }

    /// Every revocation of the election, oldest first.
    public func revocations(election reference: String) throws -> [Revocation] {
        try writer.read { db in try revocations(db, electionID: try resolveElection(db, reference).id) }
    }

    func revocations(_ db: Database, electionID: Int64) throws -> [Revocation] {
        try Row.fetchAll(db, sql: """
            SELECT m.name, r.kind, r.reason, r.county_told_on, f.code, f.source FROM candidacy_revocation r JOIN member m ON m.id = r.member_id
            JOIN nominee_finding f ON f.id = r.finding_id WHERE r.election_id = ? ORDER BY r.decided_at, m.id
            """, arguments: [electionID]).map { row in
            let condition = DisqualifyingCondition(rawValue: row["code"])
            return Revocation(name: row["name"], kind: RevocationKind(rawValue: row["kind"])!, reason: row["reason"],
                              finding: "\(condition?.describe(.zh) ?? "")（\(row["source"] as String)）", countyToldOn: row.civilDate("county_told_on")!)
        }
    }

    /// Names revoked in the election, by kind.
    func revokedNames(_ db: Database, electionID: Int64) throws -> [RevocationKind: Set<String>] {
        var names: [RevocationKind: Set<String>] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT m.name, r.kind FROM candidacy_revocation r JOIN member m ON m.id = r.member_id WHERE r.election_id = ?
            """, arguments: [electionID]) {
            names[RevocationKind(rawValue: row["kind"])!, default: []].insert(row["name"])
        }
        return names
    }
}
