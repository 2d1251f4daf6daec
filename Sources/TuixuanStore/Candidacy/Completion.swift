import Foundation
import GRDB
import TuixuanCore

/// A person proposed to complete a list left short by a cancelled candidacy, and where the completion stands.
public struct ListCompletion: Sendable, Hashable, Codable {
    public var name: String
    public var reason: String
    public var publicity: PublicityPeriod
    public var place: String
    /// The township's approval after the publicity; nil until then.
    public var approvedOn: CivilDate?
}

extension AppDatabase {
    // MARK: 补足候选人 (after a cancellation leaves the ballot below the margin)

    /// Proposes `member` to complete the approved list after a cancelled candidacy left the ballot below the 20% margin
    /// (rules.md "Differential lists"; seed 六、2 取消其候选人资格): only before the committee vote, only as many as the
    /// margin lacks, and only someone who passed the normal stages — recommended, vetted by every department
    /// (补充联审 for a newcomer), eligible, and found fit where the plan asks. The completion is published from
    /// `publicityStart` for the plan's days (not before the cancellation it makes up for).
    public func proposeCompletion(by operatorName: String?, election reference: String, member memberReference: String, reason: String,
                                  publicityStart: CivilDate, place: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try completionOpen(db, election: election)
            guard skipReasonSaysWhy(reason) else { throw Refusal.detailRequired(.completionReason) }
            guard hasVisibleText(place) else { throw Refusal.detailRequired(.completionPlace) }
            try checkDates([publicityStart])
            // The publicity makes up for a cancellation: it starts no earlier than the day the cancellation was recorded
            // (nor the day the county was told), never backdated before the grounds existed.
            var grounds: [CivilDate] = []
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT county_told_on, decided_at FROM candidacy_revocation WHERE election_id = ? AND kind = 'cancelled'"),
                                        arguments: [election.id]) {
                if let told = row.civilDate("county_told_on") { grounds.append(told) }
                if let at = ISO8601DateFormatter().date(from: row["decided_at"]) { grounds.append(AppDatabase.civilDate(at)) }
            }
            if let latest = grounds.max(), publicityStart < latest { throw Refusal.dateBeforeItsGrounds(date: publicityStart, grounds: latest) }
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            let ballot = try ballotDesign(db, election: election)
            if ballot.candidates.contains(member.name) { throw Refusal.alreadyOnBallot(member: member.name) }
            if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM list_completion WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) == true {
                throw Refusal.completionAlreadyProposed(member: member.name)
            }
            let pending = try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM list_completion WHERE election_id = ? AND approved_on IS NULL"), arguments: [election.id]) ?? 0
            let need = minimumCandidates(seats: ballot.seats, rule: election.ruleSet.differentialMargin)
            guard candidatesLacking(have: ballot.candidates.count + pending, seats: ballot.seats, rule: election.ruleSet.differentialMargin) > 0 else {
                throw Refusal.ballotNotShort(have: ballot.candidates.count + pending, need: need)
            }
            let reasons = try completionProblems(db, election: election, member: member)
            guard reasons.isEmpty else { throw Refusal.completionIneligible(member: member.name, reasons: reasons) }
            let days = try loadProcedure(db, electionID: election.id).localPlan.publicityDays
            try db.execute(sql: """
                INSERT INTO list_completion (election_id, member_id, reason, publicity_start, publicity_days, publicity_place, proposed_by, proposed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, reason, publicityStart.description, days, place, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "completion.proposed",
                            step: election.step(.listApproval), detail: [
                                "member": member.name, "reason": reason, "publicity_start": publicityStart.description, "days": String(days), "place": place,
                            ])
        }
    }

    /// Approves a proposed completion once its publicity is over and his discipline pledge is signed and published
    /// (seed 五、19): he joins the prospective list, and so the ballot. He must still pass every stage then.
    public func approveCompletion(by operatorName: String?, election reference: String, member memberReference: String,
                                  pledgeSignedOn: CivilDate, pledgePublishedOn: CivilDate) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try completionOpen(db, election: election)
            try checkDates([pledgeSignedOn, pledgePublishedOn])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM list_completion WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) else {
                throw Refusal.completionNotProposed(member: member.name)
            }
            guard row["approved_on"] as String? == nil else { throw Refusal.completionAlreadyApproved(member: member.name) }
            let publicity = PublicityPeriod(start: row.civilDate("publicity_start")!, days: row["publicity_days"])
            guard publicity.hasEnded(on: today) else { throw Refusal.completionPublicityNotOver(member: member.name, lastDay: publicity.end) }
            if pledgePublishedOn < pledgeSignedOn { throw Refusal.dateBeforeItsGrounds(date: pledgePublishedOn, grounds: pledgeSignedOn) }
            // His pledge is signed for this candidacy: not before it was put forward.
            if pledgeSignedOn < publicity.start { throw Refusal.dateBeforeItsGrounds(date: pledgeSignedOn, grounds: publicity.start) }
            let reasons = try completionProblems(db, election: election, member: member)
            guard reasons.isEmpty else { throw Refusal.completionIneligible(member: member.name, reasons: reasons) }
            try db.execute(sql: "INSERT INTO list_entry (election_id, stage, member_id, posts) VALUES (?, 'prospective', ?, 'member')", arguments: [election.id, member.id])
            try db.execute(sql: "DELETE FROM pledge WHERE election_id = ? AND member_id = ?", arguments: [election.id, member.id])
            try db.execute(sql: """
                INSERT INTO pledge (election_id, member_id, signed_on, published_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, pledgeSignedOn.description, pledgePublishedOn.description, actor.id, timestamp])
            try db.execute(sql: "UPDATE list_completion SET approved_on = ?, approved_by = ?, approved_at = ? WHERE election_id = ? AND member_id = ?",
                           arguments: [today.description, actor.id, timestamp, election.id, member.id])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "completion.approved",
                            step: election.step(.listApproval), detail: [
                                "member": member.name, "pledge_signed_on": pledgeSignedOn.description, "pledge_published_on": pledgePublishedOn.description,
                            ])
        }
    }

    /// Withdraws a proposal not yet approved (it no longer counts towards the margin), with the reason: the person was
    /// found barred during the publicity, say, so that another can be proposed.
    public func withdrawCompletion(by operatorName: String?, election reference: String, member memberReference: String, reason: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try completionOpen(db, election: election)
            guard skipReasonSaysWhy(reason) else { throw Refusal.detailRequired(.completionReason) }
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT approved_on FROM list_completion WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) else {
                throw Refusal.completionNotProposed(member: member.name)
            }
            guard row["approved_on"] as String? == nil else { throw Refusal.completionAlreadyApproved(member: member.name) }
            try db.execute(sql: "DELETE FROM list_completion WHERE election_id = ? AND member_id = ?", arguments: [election.id, member.id])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "completion.withdrawn",
                            step: election.step(.listApproval), detail: ["member": member.name, "reason": reason])
        }
    }

    /// The completions proposed in the election, oldest first.
    public func listCompletions(election reference: String) throws -> [ListCompletion] {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            return try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT c.*, m.name FROM list_completion c JOIN member m ON m.id = c.member_id WHERE c.election_id = ? ORDER BY c.proposed_at, m.id
                """), arguments: [election.id]).map {
                ListCompletion(name: $0["name"], reason: $0["reason"], publicity: PublicityPeriod(start: $0.civilDate("publicity_start")!, days: $0["publicity_days"]),
                               place: $0["publicity_place"], approvedOn: $0.civilDate("approved_on"))
            }
        }
    }

    /// A completion acts on the approved list before the committee vote.
    private func completionOpen(_ db: Database, election: ElectionRef) throws {
        guard try isStepDone(db, election, .listApproval) else { throw Refusal.listNotApproved(step: election.step(.listApproval)) }
        try refuseAfter(db, election: election, step: .voting, what: .voting)
        if try committeeVoteBegun(db, election) { throw Refusal.completionAfterVoteBegan }
    }

    /// What keeps `member` from completing the list: a stage he missed (recommended, vetted), a revocation, or any
    /// blocking eligibility finding for the committee (health included where the plan asks).
    private func completionProblems(_ db: Database, election: ElectionRef, member: Member) throws -> [LocalizedText] {
        var reasons: [LocalizedText] = []
        if try barredNames(db, electionID: election.id).contains(member.name) {
            reasons.append(LocalizedText(zh: "已被取消候选人资格或宣布当选无效", en: "revoked in this election"))
        }
        let lists = try fetchLists(db, electionID: election.id)
        let record = try listChainRecords(db, election: election, lists: lists)[member.id!] ?? ListChainRecord()
        if let gap = listChainGap(record, stage: .inspection, posts: [.member]) {
            reasons.append(LocalizedText(zh: "未经\(gap.missed.describe(.zh))", en: "missed \(gap.missed.describe(.en))"))
        }
        if let facts = try nomineeContext(db, election: election)[member.id!] {
            let plan = try loadProcedure(db, electionID: election.id).localPlan
            let level = try fetchOrganization(db, id: election.organizationID).level
            reasons += assessEligibility(facts, for: .member, on: election.congressDate, rules: election.ruleSet, plan: plan, level: level,
                                         standingFor: [.member], healthChecked: true).filter(\.blocks).map(\.fact)
        }
        // Officers of the congress are never candidates (条例: 监票人、计票人 not candidates).
        if let duty = try String.fetchOne(try db.cachedStatement(sql: "SELECT duty FROM congress_officer WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) {
            let officer = OfficerDuty(rawValue: duty)
            reasons.append(LocalizedText(zh: "已是本次大会的\(officer?.describe(.zh) ?? duty)", en: "already the congress's \(officer?.describe(.en) ?? duty)"))
        }
        if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM objection WHERE election_id = ? AND member_id = ? AND resolution = 'upheld'"), arguments: [election.id, member.id]) == true {
            reasons.append(LocalizedText(zh: "公示期间的反映经核实属实", en: "an objection during publicity was upheld"))
        }
        return reasons
    }
}
