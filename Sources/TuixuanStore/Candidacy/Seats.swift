import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: Seats and the outgoing committee

    /// 职数: the township sets the seats; more than the previous term needs its recorded decision
    /// (`allowSeatsAbovePreviousTerm`), and a village above the usual 3 (四 "一般为3名") its stated `reason`, kept as a
    /// township approval of the figure.
    public func setSeats(by operatorName: String?, election reference: String, committee: Int, deputySecretary: Int?, reason: String? = nil) throws -> Seats {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .memberRecommendation, what: .seats)
            let organization = try fetchOrganization(db, id: election.organizationID)
            let plan = try loadProcedure(db, electionID: election.id).localPlan
            let seats = Seats(committee: committee, deputySecretary: deputySecretary ?? plan.deputySecretaries[organization.level.rawValue] ?? 0)
            if let reason {
                guard skipReasonSaysWhy(reason) else { throw Refusal.detailRequired(.seatsReason) }
                try db.execute(sql: """
                    INSERT INTO approval (election_id, subject, step, level, figure, note, operator_id, approved_at)
                    VALUES (?, 'seatsAboveUsual', ?, 'township', ?, ?, ?, ?)
                    """, arguments: [election.id, election.step(.recommendationMethod), committee, reason, actor.id, timestamp])
            }
            let problems = try seatCheck(db, election: election, seats: seats)
            guard problems.isEmpty else {
                throw Refusal.seatsInvalid(problems)
            }
            try db.execute(sql: """
                INSERT INTO seat_plan (election_id, committee, secretary, deputy_secretary, set_by, set_at) VALUES (?, ?, 1, ?, ?, ?)
                ON CONFLICT (election_id) DO UPDATE SET committee = excluded.committee, deputy_secretary = excluded.deputy_secretary,
                    set_by = excluded.set_by, set_at = excluded.set_at
                """, arguments: [election.id, seats.committee, seats.deputySecretary, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "seats.set",
                            detail: ["committee": String(seats.committee), "deputy_secretary": String(seats.deputySecretary)].merging(reason.map { ["reason": $0] } ?? [:]) { a, _ in a })
            return seats
        }
    }

    /// 职数超过上届: the township committee's recorded decision to allow more seats than the previous term
    /// (seed 第五篇 四、职数配备: "委员职数原则上不超过上届职数，具体由乡镇党委确定"). Earlier versions asked the county;
    /// decisions recorded then still count.
    public func allowSeatsAbovePreviousTerm(by operatorName: String?, election reference: String, committee: Int, reference document: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .townshipSecretary])
            try db.execute(sql: """
                INSERT INTO approval (election_id, subject, step, level, figure, note, operator_id, approved_at)
                VALUES (?, 'seatsAbovePreviousTerm', ?, 'township', ?, ?, ?, ?)
                """, arguments: [election.id, election.step(.recommendationMethod), committee, document, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "seats.exceeding_allowed",
                            detail: ["committee": String(committee), "reference": document])
        }
    }

    /// Recommendations rest on who sits on the outgoing committee (继续提名 or new): where the organization had a
    /// committee, it is recorded first.
    func requireOutgoingCommittee(_ db: Database, election: ElectionRef) throws {
        guard let previous = try fetchOrganization(db, id: election.organizationID).previousCommitteeSize, previous > 0 else { return }
        if try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM outgoing_member WHERE election_id = ?"), arguments: [election.id])! == 0 {
            throw Refusal.outgoingCommitteeNotRecorded(previous: previous)
        }
    }

    /// 上届委员会: who sits on the outgoing committee and as what (replaces any earlier record).
    public func setOutgoingCommittee(by operatorName: String?, election reference: String, members: [OutgoingMember]) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .village])
            try refuseAfter(db, election: election, step: .memberRecommendation, what: .outgoingCommittee)
            // Steps 3 and 7 audited and evaluated this committee: once either closes, it is settled.
            try refuseAfter(db, election: election, step: .exitAudit, what: .outgoingCommittee)
            try refuseAfter(db, election: election, step: .termReview, what: .outgoingCommittee)
            let resolved = try members.map { (try resolveMember(db, organizationID: election.organizationID, $0.member), $0.post) }
            if let twice = Dictionary(grouping: resolved, by: { $0.0.id! }).first(where: { $0.value.count > 1 }) {
                throw Refusal.namedTwice(member: twice.value[0].0.name)
            }
            let secretaries = resolved.filter { $0.1 == .secretary }.count
            if secretaries > 1 {
                throw Refusal.outgoingCommitteeSecretaries(count: secretaries)
            }
            // The outgoing committee is the organization's previous one: never larger than its recorded size.
            if let previous = try fetchOrganization(db, id: election.organizationID).previousCommitteeSize, resolved.count > previous {
                throw Refusal.outgoingCommitteeTooLarge(count: resolved.count, previous: previous)
            }
            try db.execute(sql: "DELETE FROM outgoing_member WHERE election_id = ?", arguments: [election.id])
            // An audit or evaluation of someone no longer on the outgoing committee goes with him.
            let kept = resolved.map { String($0.0.id!) }.joined(separator: ",")
            for table in ["exit_audit", "term_review"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE election_id = ? AND member_id NOT IN (\(kept.isEmpty ? "NULL" : kept))", arguments: [election.id])
            }
            for (member, post) in resolved {
                try db.execute(sql: "INSERT INTO outgoing_member (election_id, member_id, post) VALUES (?, ?, ?)", arguments: [election.id, member.id, post.rawValue])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "outgoing_committee.set",
                            detail: ["members": resolved.map { "\($0.0.name):\($0.1.rawValue)" }.joined(separator: ",")])
        }
    }
}
