import GRDB
import TuixuanCore

/// 参会意愿
public enum AttendanceIntention: String, Sendable, Codable, CaseIterable {
    case attend, absent
}

/// 通知方式 for members who are away (step 9).
public enum NoticeChannel: String, Sendable, Codable, CaseIterable {
    case phone, letter, sms, wechat
    case inPerson = "in_person"
}

extension AppDatabase {
    /// The voters of an election: each member's vote, registration, notice and exclusion.
    public func voterRoll(election reference: String) throws -> VoterRoll {
        try writer.read { db in try voterRoll(db, election: try resolveElection(db, reference)) }
    }

    /// Records members' intention to attend and/or how an away member was notified. With
    /// `allUnregistered`, it applies to every voter with no intention recorded yet; with
    /// `allAway`, to every away voter (not excluded).
    public func register(
        by operatorName: String?, election reference: String, members: [String], allUnregistered: Bool = false, allAway: Bool = false,
        intention: AttendanceIntention?, notifiedVia: NoticeChannel?, notifiedOn: CivilDate?, note: String? = nil
    ) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseRegistrationChange(db, election: election, exclusion: false)
            guard intention != nil || notifiedVia != nil else {
                throw Refusal.intentionOrNoticeRequired
            }
            guard (notifiedVia == nil) == (notifiedOn == nil) else {
                throw Refusal.noticeChannelAndDateTogether
            }
            if let notifiedOn { try checkDates([notifiedOn]) }
            let roll = try voterRoll(db, election: election)
            var targets: [Member] = try members.map { try resolveMember(db, organizationID: election.organizationID, $0) }
            if allUnregistered {
                targets += roll.entries.filter { $0.hasVote && $0.intention == nil && $0.exclusion?.isEffective != true }.map(\.member)
            }
            if allAway {
                targets += roll.entries.filter { $0.hasVote && $0.member.away && $0.exclusion?.isEffective != true }.map(\.member)
            }
            for member in targets {
                if let entry = roll.entries.first(where: { $0.member.id == member.id }), let reason = entry.noVoteReason {
                    throw Refusal.noVote(member: member.name, reason: reason, for: .registration)
                }
                try db.execute(sql: """
                    INSERT INTO registration (election_id, member_id, intention, notified_via, notified_on, note, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (election_id, member_id) DO UPDATE SET
                        intention = coalesce(excluded.intention, intention),
                        notified_via = coalesce(excluded.notified_via, notified_via),
                        notified_on = coalesce(excluded.notified_on, notified_on),
                        note = coalesce(excluded.note, note), updated_at = excluded.updated_at
                    """, arguments: [election.id, member.id, intention?.rawValue, notifiedVia?.rawValue, notifiedOn?.description, note, timestamp])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "registration.recorded", detail: [
                "members": String(targets.count), "intention": intention?.rawValue ?? "", "notified_via": notifiedVia?.rawValue ?? "",
            ])
            return targets.count
        }
    }

    /// Proposes leaving a voter out of the expected attendance for a listed reason.
    @discardableResult
    public func proposeExclusion(by operatorName: String?, election reference: String, member memberReference: String,
                                 reason: ExclusionReason, detail: String) throws -> Member {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
            try refuseRegistrationChange(db, election: election)
            guard election.ruleSet.exclusionReasons.contains(reason) else {
                throw Refusal.exclusionReasonNotAllowed(reason, ruleSet: election.ruleSet.id)
            }
            guard !detail.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw Refusal.detailRequired(.exclusionCircumstances)
            }
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            if let reason = votingRight(of: member, on: election.congressDate, under: election.ruleSet) {
                throw Refusal.noVote(member: member.name, reason: reason, for: .exclusion)
            }
            if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM attendance_exclusion WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) == true {
                throw Refusal.exclusionAlreadyProposed(member: member.name)
            }
            try db.execute(sql: """
                INSERT INTO attendance_exclusion (election_id, member_id, reason, detail, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, reason.rawValue, detail, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "exclusion.proposed",
                            detail: ["member": member.name, "member_id": String(member.id!), "reason": reason.rawValue, "detail": detail])
            return member
        }
    }

    /// 上级党组织同意 (township) or refusal of a proposed exclusion. A refusal withdraws the proposal.
    public func decideExclusion(by operatorName: String?, election reference: String, member memberReference: String, agree: Bool, note: String?) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseRegistrationChange(db, election: election)
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            let exclusionID = try pendingExclusion(db, election: election, member: member)
            if agree {
                try db.execute(sql: "UPDATE attendance_exclusion SET higher_agreed_by = ?, higher_agreed_at = ? WHERE id = ? AND higher_agreed_by IS NULL",
                               arguments: [actor.id, timestamp, exclusionID])
                guard db.changesCount == 1 else {
                    throw Refusal.exclusionAlreadyAgreed
                }
            } else {
                try db.execute(sql: "DELETE FROM attendance_exclusion WHERE id = ?", arguments: [exclusionID])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id,
                            kind: agree ? "exclusion.agreed" : "exclusion.refused", detail: ["member": member.name, "note": note ?? ""])
        }
    }

    /// 党员大会通过: the congress approved leaving the member out (recorded by the village organization).
    public func recordCongressApprovalOfExclusion(by operatorName: String?, election reference: String, member memberReference: String, on date: CivilDate) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village])
            try refuseRegistrationChange(db, election: election)
            try checkDates([date])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            let exclusionID = try pendingExclusion(db, election: election, member: member)
            try db.execute(sql: """
                UPDATE attendance_exclusion SET congress_approved_by = ?, congress_approved_on = ? WHERE id = ? AND congress_approved_by IS NULL
                """, arguments: [actor.id, date.description, exclusionID])
            guard db.changesCount == 1 else {
                throw Refusal.exclusionCongressApprovalRecorded
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "exclusion.congress_approved",
                            detail: ["member": member.name, "on": date.description])
        }
    }

    /// 乡镇党委批准应到会人数: approves the current figure, with a digest of what it rests on.
    public func approveExpectedAttendance(by operatorName: String?, election reference: String, note: String?) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName)
            let procedure = try loadProcedure(db, electionID: election.id)
            let facts = try loadFacts(db, electionID: election.id)
            guard let step = procedure.steps.first(where: { $0.approvals.contains { $0.subject == "expectedAttendance" } }) else {
                throw Refusal.approvalNotInProcedure(.expectedAttendance)
            }
            // A figure changed since its approval (between sittings, or by the roll itself) is approved again, though
            // its step is done: judged as if the step were open, so the role and every condition still count.
            var judged = facts
            if try adjournedWithoutRoundSince(db, electionID: election.id) || registrationReopened(db, election: election) {
                judged.outcomes[step.number] = nil
            }
            var blockers = ProcedureEngine(procedure: procedure).blockersToApprove(step.number, subject: "expectedAttendance", role: actor.role, judged)
            // The figure is approved once it is final: every voter registered, every exclusion decided.
            for name in ["registration.complete", "exclusions.decided"] {
                if let detail = Conditions.named(name)?.check(facts) { blockers.append(.conditionUnmet(name: name, detail: detail)) }
            }
            guard blockers.isEmpty else { throw Refusal.stepBlocked(step: step.number, title: step.title, blockers: blockers) }
            let roll = try voterRoll(db, election: election)
            if roll.approvalIsCurrent {
                throw Refusal.expectedAttendanceAlreadyApproved(figure: roll.attendance.figure)
            }
            let digest = expectedAttendanceDigest(election: election, attendance: roll.attendance)
            try db.execute(sql: """
                INSERT INTO approval (election_id, subject, step, level, digest, figure, note, operator_id, approved_at)
                VALUES (?, 'expectedAttendance', ?, 'township', ?, ?, ?, ?, ?)
                """, arguments: [election.id, step.number, digest, roll.attendance.figure, note, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "expected_attendance.approved",
                            step: step.number, detail: ["figure": String(roll.attendance.figure), "digest": digest])
            return roll.attendance.figure
        }
    }

    /// 报县委组织部备案: files the approved figure with the county.
    public func fileExpectedAttendance(by operatorName: String?, election reference: String, on date: CivilDate, reference documentReference: String?) throws -> Int {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .county])
            try checkDates([date])
            let roll = try voterRoll(db, election: election)
            guard let figure = roll.approvedFigure, roll.approvalIsCurrent else {
                throw Refusal.expectedAttendanceNotApproved
            }
            // Filed once at the registration step; again only when the figure was approved anew since.
            if try isStepDone(db, election, .registration) {
                let filed = try Int.fetchOne(try db.cachedStatement(sql: "SELECT figure FROM filing WHERE election_id = ? AND subject = 'expectedAttendance' ORDER BY id DESC LIMIT 1"),
                                             arguments: [election.id])
                let approvedSince = try Bool.fetchOne(try db.cachedStatement(sql: """
                    SELECT 1 FROM approval a WHERE a.election_id = ? AND a.subject = 'expectedAttendance'
                    AND a.id = (SELECT max(id) FROM approval WHERE election_id = a.election_id AND subject = 'expectedAttendance')
                    AND a.approved_at > coalesce((SELECT max(recorded_at) FROM filing WHERE election_id = a.election_id AND subject = 'expectedAttendance'), '')
                    """), arguments: [election.id]) == true
                guard filed != figure || approvedSince else {
                    throw Refusal.stepClosed(step: election.step(.registration), subject: .registration)
                }
            }
            try db.execute(sql: """
                INSERT INTO filing (election_id, subject, figure, filed_on, reference, operator_id, recorded_at) VALUES (?, 'expectedAttendance', ?, ?, ?, ?, ?)
                """, arguments: [election.id, figure, date.description, documentReference, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "expected_attendance.filed",
                            detail: ["figure": String(figure), "filed_on": date.description])
            return figure
        }
    }

    private func pendingExclusion(_ db: Database, election: ElectionRef, member: Member) throws -> Int64 {
        guard let id = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM attendance_exclusion WHERE election_id = ? AND member_id = ?"),
                                          arguments: [election.id, member.id]) else {
            throw Refusal.exclusionNotProposed(member: member.name)
        }
        return id
    }
}
