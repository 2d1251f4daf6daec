import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: Recommendations (steps 12, 13)

    /// Records one recommendation round from its ballots (each ballot: the names written on it).
    /// A round recorded again replaces the earlier one until step 12 is done.
    public func recordRecommendationRound(
        by operatorName: String?, election reference: String, kind: RecommendationKind, heldOn: CivilDate,
        ballots: [RecommendationBallot], maxNames: Int?, sourceSHA256: String?
    ) throws -> RecommendationReport {
        try act { db in
            let (election, actor, seats) = try recommendationContext(db, operatorName, reference, heldOn)
            let judge = try nameJudge(db, election: election)
            let limit = maxNames ?? seats.committee
            let tally = tallyRecommendations(ballots, maxNames: limit, judge: judge)
            return try storeRound(db, election: election, actor: actor, kind: kind, heldOn: heldOn, maxNames: limit, ballots: ballots.count,
                                  voidBallots: tally.voidBallots.count, counts: tally.counts, rejected: tally.rejected, sourceSHA256: sourceSHA256)
        }
    }

    /// Records a round counted by hand: one figure per name, and the number of ballots.
    public func recordRecommendationTally(
        by operatorName: String?, election reference: String, kind: RecommendationKind, heldOn: CivilDate,
        ballots: Int, voidBallots: Int, counts: [RecommendationCount], sourceSHA256: String?
    ) throws -> RecommendationReport {
        try act { db in
            let (election, actor, seats) = try recommendationContext(db, operatorName, reference, heldOn)
            let judge = try nameJudge(db, election: election)
            var tally: [Int64: Int] = [:]
            var rejected: [ImportIssue] = []
            guard (0...ballots).contains(voidBallots) else { throw Refusal.voidBallotsOutOfRange(void: voidBallots, returned: ballots) }
            if let refusal = recommendationTallyRefusal(counts: counts.map(\.count), validBallots: ballots - voidBallots, maxNames: seats.committee) {
                throw refusal
            }
            for entry in counts {
                let (line, name, count) = (entry.line, entry.name, entry.count)
                guard count >= 0, count <= ballots - voidBallots else {
                    throw Refusal.importRejected(ImportRejected(issues: [ImportIssue(line: line, column: "票数", value: String(count), reason: LocalizedText(
                        zh: "票数不能超过有效推荐票数\(ballots - voidBallots)", en: "cannot exceed the \(ballots - voidBallots) valid ballots"))]))
                }
                let verdict = judge(name)
                if case .counts(let id) = verdict {
                    tally[id, default: 0] += count
                } else if let reason = verdict.rejection {
                    rejected.append(ImportIssue(line: line, column: "姓名", value: name, reason: reason))
                }
            }
            return try storeRound(db, election: election, actor: actor, kind: kind, heldOn: heldOn, maxNames: seats.committee, ballots: ballots,
                                  voidBallots: voidBallots, counts: tally.filter { $0.value > 0 }, rejected: rejected, sourceSHA256: sourceSHA256)
        }
    }

    private func recommendationContext(_ db: Database, _ operatorName: String?, _ reference: String, _ heldOn: CivilDate) throws -> (ElectionRef, Operator, Seats) {
        let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.village, .township])
        try refuseAfter(db, election: election, step: .memberRecommendation, what: .recommendations)
        try requireOutgoingCommittee(db, election: election)
        try checkDates([heldOn])
        guard let seats = try fetchSeats(db, electionID: election.id) else {
            throw Refusal.seatsNotSet
        }
        return (election, actor, seats)
    }

    private func storeRound(
        _ db: Database, election: ElectionRef, actor: Operator, kind: RecommendationKind, heldOn: CivilDate, maxNames: Int,
        ballots: Int, voidBallots: Int, counts: [Int64: Int], rejected: [ImportIssue], sourceSHA256: String?
    ) throws -> RecommendationReport {
        try db.execute(sql: "DELETE FROM recommendation_round WHERE election_id = ? AND kind = ?", arguments: [election.id, kind.rawValue])
        try db.execute(sql: """
            INSERT INTO recommendation_round (election_id, kind, held_on, max_names, ballots, void_ballots, source_sha256, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [election.id, kind.rawValue, heldOn.description, maxNames, ballots, voidBallots, sourceSHA256, actor.id, timestamp])
        let roundID = db.lastInsertedRowID
        for (member, count) in counts {
            try db.execute(sql: "INSERT INTO recommendation_count (round_id, member_id, count) VALUES (?, ?, ?)", arguments: [roundID, member, count])
        }
        for issue in rejected {
            try db.execute(sql: "INSERT INTO recommendation_rejection (round_id, line, column_label, value, reason_zh, reason_en) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [roundID, issue.line, issue.column, issue.value, issue.reason.zh, issue.reason.en])
        }
        try checkInitialListRecommended(db, election: election)
        try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "recommendation.recorded", step: election.step(.memberRecommendation), detail: [
            "round": kind.rawValue, "ballots": String(ballots), "void": String(voidBallots), "rejected_names": String(rejected.count), "sha256": sourceSHA256 ?? "",
        ])
        return RecommendationReport(kind: kind, ballots: ballots, voidBallots: voidBallots, counted: counts.values.reduce(0, +), rejected: rejected)
    }

    /// A recommendation recorded again may not drop someone the initial list already names: the list rests on it.
    private func checkInitialListRecommended(_ db: Database, election: ElectionRef) throws {
        let lists = try fetchLists(db, electionID: election.id)
        guard let initial = lists[.initial], !initial.isEmpty else { return }
        let records = try listChainRecords(db, election: election, lists: lists)
        for member in try fetchMembers(db, organizationID: election.organizationID) where initial[member.id!] != nil && records[member.id!]?.recommended != true {
            throw Refusal.recommendationStillNeeded(member: member.name)
        }
    }

    /// How a written name is judged against the roll on the congress date.
    private func nameJudge(_ db: Database, election: ElectionRef) throws -> (String) -> RecommendationVerdict {
        let members = Dictionary(grouping: try fetchMembers(db, organizationID: election.organizationID), by: \.name)
        return { name in
            guard let found = members[name] else { return .notOnRoll }
            guard found.count == 1, let member = found.first else { return .ambiguous }
            if let reason = votingRight(of: member, on: election.congressDate, under: election.ruleSet) { return .noRightToBeElected(reason) }
            return .counts(memberID: member.id!)
        }
    }

    /// 乡镇党委推荐 (step 13): the township committee's own recommendations (replaces any earlier record).
    public func recordTownshipRecommendation(by operatorName: String?, election reference: String, members: [NomineeEntry]) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .townshipRecommendation, what: .townshipRecommendation)
            try requireOutgoingCommittee(db, election: election)
            try db.execute(sql: "DELETE FROM township_recommendation WHERE election_id = ?", arguments: [election.id])
            for entry in members {
                let (reference, posts) = (entry.member, entry.posts)
                let member = try resolveMember(db, organizationID: election.organizationID, reference)
                try db.execute(sql: "INSERT INTO township_recommendation (election_id, member_id, posts) VALUES (?, ?, ?)",
                               arguments: [election.id, member.id, encodePosts(posts)])
            }
            try checkInitialListRecommended(db, election: election)
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "recommendation.township", step: election.step(.townshipRecommendation),
                            detail: ["members": String(members.count)])
        }
    }
}
