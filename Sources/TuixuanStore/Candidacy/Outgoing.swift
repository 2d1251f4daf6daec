import Foundation
import GRDB
import TuixuanCore

/// One member of the outgoing committee with what steps 3 and 7 found.
public struct OutgoingMemberReport: Sendable, Hashable, Codable {
    public var memberID: Int64
    public var name: String
    public var post: Post
    /// 离任审计 (step 3); nil until recorded.
    public var exitAudit: ExitAudit?
    /// 民主评议 (step 7); nil until recorded.
    public var termReview: TermReview?
}

extension AppDatabase {
    /// Records one outgoing member's exit audit (step 3): who audited, when, and the problems found (nil: none). While
    /// step 3 is open a later record replaces a mistaken one (its handling with it); both stay in the event log.
    public func recordExitAudit(by operatorName: String?, election reference: String, member memberReference: String,
                                on date: CivilDate, auditor: String, problems: String?) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .exitAudit, what: .exitAudits)
            guard hasVisibleText(auditor) else { throw Refusal.detailRequired(.auditor) }
            if let problems, !hasVisibleText(problems) { throw Refusal.detailRequired(.auditProblems) }
            try checkDates([date])
            let member = try outgoingMember(db, election: election, memberReference)
            try db.execute(sql: "DELETE FROM exit_audit WHERE election_id = ? AND member_id = ?", arguments: [election.id, member.id])
            try db.execute(sql: """
                INSERT INTO exit_audit (election_id, member_id, audited_on, auditor, problems, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, date.description, auditor, problems, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "exit_audit.recorded", detail: [
                "member": member.name, "on": date.description, "auditor": auditor, "problems": problems ?? "",
            ])
        }
    }

    /// Records how the problems an exit audit found were dealt with (妥善处理), before step 3 closes.
    public func recordExitAuditHandling(by operatorName: String?, election reference: String, member memberReference: String,
                                        on date: CivilDate, handling: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .exitAudit, what: .exitAudits)
            guard hasVisibleText(handling) else { throw Refusal.detailRequired(.auditHandling) }
            try checkDates([date])
            let member = try outgoingMember(db, election: election, memberReference)
            guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM exit_audit WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) else {
                throw Refusal.exitAuditNotRecorded(member: member.name)
            }
            guard row["problems"] as String? != nil else { throw Refusal.exitAuditNothingToHandle(member: member.name) }
            guard row["handling"] as String? == nil else { throw Refusal.exitAuditAlreadyHandled(member: member.name) }
            let audited = row.civilDate("audited_on")!
            guard date >= audited else { throw Refusal.handledBeforeAudit(member: member.name, audited: audited, handled: date) }
            try db.execute(sql: "UPDATE exit_audit SET handling = ?, handled_on = ? WHERE election_id = ? AND member_id = ?",
                           arguments: [handling, date.description, election.id, member.id])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "exit_audit.handled", detail: [
                "member": member.name, "on": date.description, "handling": handling,
            ])
        }
    }

    /// Records one outgoing member's democratic evaluation at the term review (step 7), chaired by the guidance group
    /// (seed 五、7 "由各村（社区）指导组主持"): after step 5 formed it, and not dated before. While step 7 is open a later
    /// record replaces a mistaken one.
    public func recordTermReview(by operatorName: String?, election reference: String, member memberReference: String, on date: CivilDate,
                                 satisfied: Int, basicallySatisfied: Int, dissatisfied: Int) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .termReview, what: .termReviews)
            try checkDates([date])
            guard let formed = try stepDate(db, election, .plan) else {
                throw Refusal.termReviewBeforeGuidanceGroup(step: election.step(.plan))
            }
            if date < formed { throw Refusal.dateBeforeItsGrounds(date: date, grounds: formed) }
            let member = try outgoingMember(db, election: election, memberReference)
            let review = TermReview(reviewedOn: date, satisfied: satisfied, basicallySatisfied: basicallySatisfied, dissatisfied: dissatisfied)
            guard review.countsArePlausible else { throw Refusal.termReviewCountImplausible(member: member.name, maximum: TermReview.maximumCount) }
            guard review.total > 0 else { throw Refusal.termReviewEmpty(member: member.name) }
            try db.execute(sql: "DELETE FROM term_review WHERE election_id = ? AND member_id = ?", arguments: [election.id, member.id])
            try db.execute(sql: """
                INSERT INTO term_review (election_id, member_id, reviewed_on, satisfied, basically_satisfied, dissatisfied, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, date.description, satisfied, basicallySatisfied, dissatisfied, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "term_review.recorded", detail: [
                "member": member.name, "on": date.description, "satisfied": String(satisfied), "basically_satisfied": String(basicallySatisfied),
                "dissatisfied": String(dissatisfied),
            ])
        }
    }

    /// The outgoing committee with each member's audit and evaluation, secretary first.
    public func outgoingCommittee(election reference: String) throws -> [OutgoingMemberReport] {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            let (audits, reviews) = try outgoingReviews(db, election: election)
            return try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT o.member_id, o.post, m.name FROM outgoing_member o JOIN member m ON m.id = o.member_id WHERE o.election_id = ?
                ORDER BY CASE o.post WHEN 'secretary' THEN 0 WHEN 'deputy_secretary' THEN 1 ELSE 2 END, m.id
                """), arguments: [election.id]).map {
                OutgoingMemberReport(memberID: $0["member_id"], name: $0["name"], post: Post(rawValue: $0["post"])!, exitAudit: audits[$0["member_id"]], termReview: reviews[$0["member_id"]])
            }
        }
    }

    /// Steps 3 and 7's facts: what is missing, and the dates the steps rest on.
    func loadOutgoingFacts(_ db: Database, election: ElectionRef, into facts: inout ElectionFacts) throws {
        let (audits, reviews) = try outgoingReviews(db, election: election)
        let outgoing = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT o.member_id, m.name FROM outgoing_member o JOIN member m ON m.id = o.member_id WHERE o.election_id = ? ORDER BY m.id
            """), arguments: [election.id]).map { (id: $0["member_id"] as Int64, name: $0["name"] as String) }
        facts.outgoingReviewGaps = OutgoingReviewGaps(outgoing: outgoing, audits: audits, reviews: reviews)
        let ids = Set(outgoing.map(\.id))
        if let latest = audits.filter({ ids.contains($0.key) }).values.map(\.latestDate).max() {
            facts.factDates[election.step(.exitAudit)] = FactDate(date: latest, what: LocalizedText(zh: "离任审计结果及问题处理", en: "the exit audits and their handling"))
        }
        if let latest = reviews.filter({ ids.contains($0.key) }).values.map(\.reviewedOn).max() {
            facts.factDates[election.step(.termReview)] = FactDate(date: latest, what: LocalizedText(zh: "民主评议", en: "the evaluations"))
        }
    }

    func outgoingReviews(_ db: Database, election: ElectionRef) throws -> (audits: [Int64: ExitAudit], reviews: [Int64: TermReview]) {
        var audits: [Int64: ExitAudit] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM exit_audit WHERE election_id = ?"), arguments: [election.id]) {
            audits[row["member_id"]] = ExitAudit(auditedOn: row.civilDate("audited_on")!, auditor: row["auditor"], problems: row["problems"],
                                                 handling: row["handling"], handledOn: row.civilDate("handled_on"))
        }
        var reviews: [Int64: TermReview] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM term_review WHERE election_id = ?"), arguments: [election.id]) {
            reviews[row["member_id"]] = TermReview(reviewedOn: row.civilDate("reviewed_on")!, satisfied: row["satisfied"],
                                                   basicallySatisfied: row["basically_satisfied"], dissatisfied: row["dissatisfied"])
        }
        return (audits, reviews)
    }

    private func outgoingMember(_ db: Database, election: ElectionRef, _ reference: String) throws -> Member {
        let member = try resolveMember(db, organizationID: election.organizationID, reference)
        guard try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM outgoing_member WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) == true else {
            throw Refusal.notOutgoingMember(member: member.name)
        }
        return member
    }
}

extension AppDatabase {
    /// 身体健康 (seed 三(四)): the township records whether a nominee's health lets him serve, as the inspection found it.
    /// Replaces an earlier record while the prospective list is open; from the inspection list on a new nominee needs one.
    /// After the list's approval only someone not on it (who may complete it after a cancellation) gets one, before the vote.
    public func recordHealth(by operatorName: String?, election reference: String, member memberReference: String, fit: Bool,
                             basis: String, on date: CivilDate) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            guard hasVisibleText(basis) else { throw Refusal.detailRequired(.healthBasis) }
            try checkDates([date])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            if try isStepDone(db, election, ListStage.prospective.frozenAfter) {
                let onList = try fetchLists(db, electionID: election.id)[.prospective]?[member.id!] != nil
                if try onList || committeeVoteBegun(db, election) { throw Refusal.stepClosed(step: election.step(ListStage.prospective.frozenAfter), subject: .list(.prospective)) }
            }
            let nominated = try Bool.fetchOne(try db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM list_entry WHERE election_id = ?1 AND member_id = ?2)
                    OR EXISTS (SELECT 1 FROM township_recommendation WHERE election_id = ?1 AND member_id = ?2)
                    OR EXISTS (SELECT 1 FROM recommendation_count c JOIN recommendation_round r ON r.id = c.round_id WHERE r.election_id = ?1 AND c.member_id = ?2)
                """), arguments: [election.id, member.id]) ?? false
            guard nominated else { throw Refusal.notANominee(member: member.name) }
            try db.execute(sql: "DELETE FROM nominee_health WHERE election_id = ? AND member_id = ?", arguments: [election.id, member.id])
            try db.execute(sql: """
                INSERT INTO nominee_health (election_id, member_id, fit, basis, attested_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, fit, basis, date.description, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "health.recorded", detail: [
                "member": member.name, "fit": fit ? "yes" : "no", "basis": basis, "on": date.description,
            ])
        }
    }
}
