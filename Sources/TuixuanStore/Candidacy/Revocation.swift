import Foundation
import GRDB
import TuixuanCore

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
            guard skipReasonSaysWhy(reason) else { throw Refusal.detailRequired(.revocationReason) }
            try checkDates([countyToldOn])
            // The county is told of a decision taken on the approved list, not before it.
            if let approvedOn = try stepDate(db, election, .listApproval), countyToldOn < approvedOn {
                throw Refusal.dateBeforeItsGrounds(date: countyToldOn, grounds: approvedOn)
            }
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM candidacy_revocation WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) == true {
                throw Refusal.alreadyRevoked(member: member.name)
            }
            if try hasOpenRound(db, electionID: election.id) { throw Refusal.roundStillOpen }
            let elected = try electedCommitteeMembers(db, election: election).contains { $0.memberID == member.id }
            switch kind {
            case .cancelled:
                let onList = (try fetchLists(db, electionID: election.id)[.prospective]?[member.id!] ?? []).contains(.member)
                // Someone else elected under the same name does not make this candidate elected.
                guard onList, !elected, !(try electedCommittee(db, electionID: election.id).contains(member.name)) else {
                    throw Refusal.notACandidate(member: member.name)
                }
            case .void:
                guard elected else { throw Refusal.notElected(member: member.name) }
            }
            // The grounds: a confirmed 不得 finding, or any other fact that makes the person ineligible as things stand.
            let findingID = try Int64.fetchOne(try db.cachedStatement(sql: """
                SELECT id FROM nominee_finding WHERE election_id = ? AND member_id = ? AND kind = 'disqualifying' ORDER BY id DESC LIMIT 1
                """), arguments: [election.id, member.id])
            if findingID == nil {
                guard try isIneligible(db, election: election, member: member) else { throw Refusal.noDisqualifyingFinding(member: member.name) }
            }
            try db.execute(sql: """
                INSERT INTO candidacy_revocation (election_id, member_id, kind, finding_id, reason, county_told_on, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, kind.rawValue, findingID, reason, countyToldOn.description, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id,
                            kind: kind == .cancelled ? "candidacy.cancelled" : "election.voided", step: election.step(.voting), detail: [
                                "member": member.name, "reason": reason, "county_told_on": countyToldOn.description, "finding": findingID.map(String.init) ?? "",
                            ])
        }
    }

    /// Grounds other than a 不得 finding: the person is ineligible for the posts stood for or won, as things stand
    /// (over age without the exception, no right to be elected, a sanction without the decision, an objection
    /// upheld). A warning still to acknowledge (education) is not a ground: it is acknowledged, not revoked.
    func isIneligible(_ db: Database, election: ElectionRef, member: Member) throws -> Bool {
        guard let problem = try standingProblems(db, election: election, members: [(member.name, member.id!)])[member.id!] else { return false }
        return problem.objectionUpheld || problem.findings.contains { if case .warning = $0.effect { false } else { true } }
    }

    /// Every revocation of the election, oldest first.
    public func revocations(election reference: String) throws -> [Revocation] {
        try writer.read { db in try revocations(db, electionID: try resolveElection(db, reference).id) }
    }

    func revocations(_ db: Database, electionID: Int64) throws -> [Revocation] {
        try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT m.name, r.kind, r.reason, r.county_told_on, f.code, f.source FROM candidacy_revocation r JOIN member m ON m.id = r.member_id
            LEFT JOIN nominee_finding f ON f.id = r.finding_id WHERE r.election_id = ? ORDER BY r.decided_at, m.id
            """), arguments: [electionID]).map { row in
            let finding = (row["code"] as Int?).flatMap(DisqualifyingCondition.init(rawValue:)).map { "\($0.describe(.zh))（\(row["source"] as String)）" }
            return Revocation(name: row["name"], kind: RevocationKind(rawValue: row["kind"])!, reason: row["reason"],
                              finding: finding, countyToldOn: row.civilDate("county_told_on")!)
        }
    }

    /// Everyone revoked in the election, cancelled or voided: no ballot, further round or write-in elects them.
    func barredNames(_ db: Database, electionID: Int64) throws -> Set<String> {
        try revokedNames(db, electionID: electionID).values.reduce(into: Set<String>()) { $0.formUnion($1) }
    }

    /// Names revoked in the election, by kind.
    func revokedNames(_ db: Database, electionID: Int64) throws -> [RevocationKind: Set<String>] {
        var names: [RevocationKind: Set<String>] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT m.name, r.kind FROM candidacy_revocation r JOIN member m ON m.id = r.member_id WHERE r.election_id = ?
            """), arguments: [electionID]) {
            names[RevocationKind(rawValue: row["kind"])!, default: []].insert(row["name"])
        }
        return names
    }
}
