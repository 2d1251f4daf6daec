import Foundation
import GRDB
import TuixuanCore

/// 推荐轮次: the members' congress or the villagers' representatives.
public enum RecommendationKind: String, Sendable, Codable, CaseIterable, UserDescribable {
    case members, representatives

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.members, .zh): "党员推荐"
        case (.representatives, .zh): "村（居）民代表推荐"
        case (.members, .en): "members' recommendation"
        case (.representatives, .en): "representatives' recommendation"
        }
    }
}

/// A decision about one nominee (see `nominee_decision`).
public enum NomineeDecisionKind: String, Sendable, Codable, CaseIterable {
    case ageException = "age_exception"
    case sanctionException = "sanction_exception"
    case educationAcknowledged = "education_acknowledged"
}

/// What a recommendation round recorded.
public struct RecommendationReport: Sendable, Codable {
    public var kind: RecommendationKind
    public var ballots: Int
    public var voidBallots: Int
    public var counted: Int
    public var rejected: [ImportIssue]
}

/// Everything a reviewer needs about one nominee: tallies, lists, findings, and why they are on
/// or off each list.
public struct NomineeReport: Sendable, Codable {
    public var memberID: Int64
    public var name: String
    public var gender: Gender
    public var age: Int
    public var education: Education
    public var incumbentPost: Post?
    public var membersVotes: Int
    public var representativesVotes: Int
    /// Rank in each round (ties share a rank); nil when not recommended in it.
    public var membersRank: Int?
    public var representativesRank: Int?
    public var townshipRecommended: Bool
    /// Posts on each stage's list (absent: not on that list).
    public var lists: [String: [Post]]
    /// Eligibility for each post considered, with every finding.
    public var eligibility: [PostEligibility]
    /// Objections received during publicity, with their outcome.
    public var objections: [ObjectionEntry]

    public struct PostEligibility: Sendable, Codable {
        public var post: Post
        public var eligible: Bool
        public var findings: [Finding]
    }

    public struct Finding: Sendable, Codable {
        public var rule: String
        /// excludes, needs_decision, warning
        public var effect: String
        public var settled: Bool
        public var blocks: Bool
        public var fact: LocalizedText
    }
}

/// The candidacy picture of one election.
public struct CandidacyReport: Sendable, Codable {
    public var seats: Seats?
    public var minimumCommitteeNominees: Int?
    public var rounds: [RecommendationReport]
    public var nominees: [NomineeReport]
    /// Problems of each stage's list, in the user's words; acknowledged warnings stay listed, not blocking.
    public var listProblems: [String: [ListProblemEntry]]

    public struct ListProblemEntry: Sendable, Codable {
        public var message: LocalizedText
        public var blocks: Bool
    }
}

extension AppDatabase {
    // MARK: Seats and the outgoing committee

    /// 职数: the township sets the seats; more than the previous term needs the county's recorded approval.
    public func setSeats(by operatorName: String?, election reference: String, committee: Int, deputySecretary: Int?) throws -> Seats {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .memberRecommendation, what: .seats)
            let organization = try fetchOrganization(db, id: election.organizationID)
            let plan = try loadProcedure(db, electionID: election.id).localPlan
            let seats = Seats(committee: committee, deputySecretary: deputySecretary ?? plan.deputySecretaries[organization.level.rawValue] ?? 0)
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
                            detail: ["committee": String(seats.committee), "deputy_secretary": String(seats.deputySecretary)])
            return seats
        }
    }

    /// The county's recorded approval for more seats than the previous term.
    public func allowSeatsAbovePreviousTerm(by operatorName: String?, election reference: String, committee: Int, reference document: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.county])
            try db.execute(sql: """
                INSERT INTO approval (election_id, subject, step, level, figure, note, operator_id, approved_at)
                VALUES (?, 'seatsAbovePreviousTerm', 11, 'county', ?, ?, ?, ?)
                """, arguments: [election.id, committee, document, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "seats.exceeding_allowed",
                            detail: ["committee": String(committee), "reference": document])
        }
    }

    /// 上届委员会: who sits on the outgoing committee and as what (replaces any earlier record).
    public func setOutgoingCommittee(by operatorName: String?, election reference: String, members: [(String, Post)]) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .village])
            try refuseAfter(db, election: election, step: .memberRecommendation, what: .outgoingCommittee)
            let resolved = try members.map { (try resolveMember(db, organizationID: election.organizationID, $0.0), $0.1) }
            let secretaries = resolved.filter { $0.1 == .secretary }.count
            if secretaries > 1 {
                throw Refusal.outgoingCommitteeSecretaries(count: secretaries)
            }
            try db.execute(sql: "DELETE FROM outgoing_member WHERE election_id = ?", arguments: [election.id])
            for (member, post) in resolved {
                try db.execute(sql: "INSERT INTO outgoing_member (election_id, member_id, post) VALUES (?, ?, ?)", arguments: [election.id, member.id, post.rawValue])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "outgoing_committee.set",
                            detail: ["members": resolved.map { "\($0.0.name):\($0.1.rawValue)" }.joined(separator: ",")])
        }
    }

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
        try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "recommendation.recorded", step: election.step(.memberRecommendation), detail: [
            "round": kind.rawValue, "ballots": String(ballots), "void": String(voidBallots), "rejected_names": String(rejected.count), "sha256": sourceSHA256 ?? "",
        ])
        return RecommendationReport(kind: kind, ballots: ballots, voidBallots: voidBallots, counted: counts.values.reduce(0, +), rejected: rejected)
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
    public func recordTownshipRecommendation(by operatorName: String?, election reference: String, members: [(String, Set<Post>)]) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .townshipRecommendation, what: .townshipRecommendation)
            try db.execute(sql: "DELETE FROM township_recommendation WHERE election_id = ?", arguments: [election.id])
            for (reference, posts) in members {
                let member = try resolveMember(db, organizationID: election.organizationID, reference)
                try db.execute(sql: "INSERT INTO township_recommendation (election_id, member_id, posts) VALUES (?, ?, ?)",
                               arguments: [election.id, member.id, encodePosts(posts)])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "recommendation.township", step: election.step(.townshipRecommendation),
                            detail: ["members": String(members.count)])
        }
    }

    // MARK: Lists, findings, decisions

    /// Sets a stage's list (replacing it) until the stage is frozen. Each person is checked only
    /// for being on the roll here; the rules are reported by `candidacy` and enforced at the steps.
    public func setList(by operatorName: String?, election reference: String, stage: ListStage, entries: [(String, Set<Post>)]) throws {
        try act { db in
            let election = try resolveElection(db, reference)
            let roles: [Role] = stage == .initial ? [.village, .township, .county] : [.village, .township]
            let actor = try authorize(db, operatorName, organizationID: election.organizationID, roles: roles)
            try refuseAfter(db, election: election, step: stage.frozenAfter, what: .list(stage))
            let resolved = try entries.map { (try resolveMember(db, organizationID: election.organizationID, $0.0), $0.1) }
            if let duplicate = Dictionary(grouping: resolved, by: { $0.0.id! }).first(where: { $0.value.count > 1 }) {
                throw Refusal.namedTwice(member: duplicate.value[0].0.name)
            }
            try db.execute(sql: "DELETE FROM list_entry WHERE election_id = ? AND stage = ?", arguments: [election.id, stage.rawValue])
            for (member, posts) in resolved {
                try db.execute(sql: "INSERT INTO list_entry (election_id, stage, member_id, posts) VALUES (?, ?, ?, ?)",
                               arguments: [election.id, stage.rawValue, member.id, encodePosts(posts.isEmpty ? [.member] : posts)])
            }
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "list.set", detail: [
                "stage": stage.rawValue, "members": resolved.map { "\($0.0.name):\(encodePosts($0.1))" }.joined(separator: ";"),
            ])
        }
    }

    /// Records a 不得 or 不宜继续担任 finding about a nominee, with its source.
    public func recordFinding(by operatorName: String?, election reference: String, member memberReference: String,
                              finding: RecordedFinding.Kind, source: String, detail: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.county, .township])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            _ = try insertFinding(db, election: election, actor: actor, member: member, finding: finding, source: source, detail: detail)
        }
    }

    func insertFinding(_ db: Database, election: ElectionRef, actor: Operator, member: Member, finding: RecordedFinding.Kind, source: String, detail: String) throws -> Int64 {
        guard !source.trimmingCharacters(in: .whitespaces).isEmpty, !detail.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Refusal.detailRequired(.findingSourceAndFacts)
        }
        let (kind, code): (String, Int) = switch finding {
        case .disqualifying(let c): ("disqualifying", c.rawValue)
        case .unsuitableSecretary(let c): ("unsuitable_secretary", c.rawValue)
        }
        try db.execute(sql: """
            INSERT INTO nominee_finding (election_id, member_id, kind, code, source, detail, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [election.id, member.id, kind, code, source, detail, actor.id, timestamp])
        let id = db.lastInsertedRowID
        try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "finding.recorded", detail: [
            "member": member.name, "kind": kind, "code": String(code), "source": source, "detail": detail,
        ])
        return id
    }

    /// Records that a nominee is inside a sanction's effect period.
    public func recordSanction(by operatorName: String?, election reference: String, member memberReference: String, until: CivilDate, detail: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.county, .township])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            try db.execute(sql: """
                INSERT INTO nominee_sanction (election_id, member_id, effect_until, detail) VALUES (?, ?, ?, ?)
                ON CONFLICT (election_id, member_id) DO UPDATE SET effect_until = excluded.effect_until, detail = excluded.detail
                """, arguments: [election.id, member.id, until.description, detail])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "sanction.recorded",
                            detail: ["member": member.name, "until": until.description, "detail": detail])
        }
    }

    /// Records a decision about a nominee at the operator's level. Age and sanction exceptions need
    /// both the township's decision and the county leading group's approval; the sanction exception
    /// is also held to the township's 15% cap when the county approves it.
    public func decide(by operatorName: String?, election reference: String, member memberReference: String, kind: NomineeDecisionKind, note: String?) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .county])
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            let column = actor.role == .county ? "county" : "township"
            if kind == .sanctionException && actor.role == .county {
                try checkSanctionCap(db, election: election, adding: member)
            }
            try db.execute(sql: """
                INSERT INTO nominee_decision (election_id, member_id, kind, \(column)_by, \(column)_at, note) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (election_id, member_id, kind) DO UPDATE SET \(column)_by = excluded.\(column)_by, \(column)_at = excluded.\(column)_at,
                    note = coalesce(excluded.note, note)
                """, arguments: [election.id, member.id, kind.rawValue, actor.id, timestamp, note])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "decision.recorded",
                            detail: ["member": member.name, "decision": kind.rawValue, "level": column, "note": note ?? ""])
        }
    }

    /// 15%: the villages of the township with a nominee allowed inside a sanction's effect period.
    private func checkSanctionCap(_ db: Database, election: ElectionRef, adding member: Member) throws {
        let organization = try fetchOrganization(db, id: election.organizationID)
        guard let township = organization.parentID else { return }
        let plan = try loadProcedure(db, electionID: election.id).localPlan
        let villages = try Int.fetchOne(db, sql: "SELECT count(*) FROM organization WHERE parent_id = ? AND level IN ('village', 'community')", arguments: [township])!
        var withSuch = Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT e.organization_id FROM nominee_decision d JOIN election e ON e.id = d.election_id
            JOIN organization o ON o.id = e.organization_id
            WHERE o.parent_id = ? AND d.kind = 'sanction_exception' AND d.county_by IS NOT NULL
            """, arguments: [township]))
        withSuch.insert(election.organizationID)
        guard withinSanctionCap(villagesWithSuch: withSuch.count, villages: villages, plan: plan) else {
            throw Refusal.sanctionCapExceeded(member: member.name, villagesWithSuch: withSuch.count, villages: villages, capPercent: plan.sanctionCapPercent)
        }
    }

    /// Acknowledges a structure warning for a stage's list, with the reason.
    public func acknowledgeStructure(by operatorName: String?, election reference: String, stage: ListStage, noYouth: Bool, reason: String) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township, .county])
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Refusal.detailRequired(.acknowledgementReason)
            }
            try db.execute(sql: """
                INSERT OR REPLACE INTO structure_acknowledgement (election_id, stage, kind, reason, acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, stage.rawValue, noYouth ? "no_youth" : "no_woman", reason, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "structure.acknowledged",
                            detail: ["stage": stage.rawValue, "kind": noYouth ? "no_youth" : "no_woman", "reason": reason])
        }
    }

    // MARK: The reviewer's view

    /// Every nominee of an election with their tallies, lists, findings, and eligibility for each post.
    public func candidacy(election reference: String) throws -> CandidacyReport {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            let procedure = try loadProcedure(db, electionID: election.id)
            let plan = procedure.localPlan
            let seats = try fetchSeats(db, electionID: election.id)
            let context = try nomineeContext(db, election: election)
            var rounds: [RecommendationReport] = []
            var votes: [RecommendationKind: [Int64: Int]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM recommendation_round WHERE election_id = ? ORDER BY kind", arguments: [election.id]) {
                let kind = RecommendationKind(rawValue: row["kind"])!
                let roundID: Int64 = row["id"]
                let counts = try Row.fetchAll(db, sql: "SELECT member_id, count FROM recommendation_count WHERE round_id = ?", arguments: [roundID])
                votes[kind] = Dictionary(uniqueKeysWithValues: counts.map { ($0["member_id"] as Int64, $0["count"] as Int) })
                let rejected = try Row.fetchAll(db, sql: "SELECT * FROM recommendation_rejection WHERE round_id = ? ORDER BY line", arguments: [roundID]).map {
                    ImportIssue(line: $0["line"], column: $0["column_label"], value: $0["value"], reason: LocalizedText(zh: $0["reason_zh"], en: $0["reason_en"]))
                }
                rounds.append(RecommendationReport(kind: kind, ballots: row["ballots"], voidBallots: row["void_ballots"],
                                                   counted: votes[kind]!.values.reduce(0, +), rejected: rejected))
            }
            let township = Set(try Int64.fetchAll(db, sql: "SELECT member_id FROM township_recommendation WHERE election_id = ?", arguments: [election.id]))
            let lists = try fetchLists(db, electionID: election.id)
            let objections = try Row.fetchAll(db, sql: """
                SELECT o.*, m.name FROM objection o JOIN member m ON m.id = o.member_id WHERE o.election_id = ? ORDER BY o.id
                """, arguments: [election.id]).map {
                (memberID: $0["member_id"] as Int64, entry: ObjectionEntry(id: $0["id"], name: $0["name"], received: $0.civilDate("received_on")!,
                                                                           summary: $0["summary"], resolution: $0["resolution"], reason: $0["resolution_reason"]))
            }
            func ranks(_ counts: [Int64: Int]?) -> [Int64: Int] {
                Dictionary(uniqueKeysWithValues: rankByCount(counts ?? [:]).map { ($0.memberID, $0.rank) })
            }
            let memberRanks = ranks(votes[.members]), representativeRanks = ranks(votes[.representatives])
            var people = Set(votes.values.flatMap(\.keys)).union(township)
            for entries in lists.values { people.formUnion(entries.keys) }
            let nominees: [NomineeReport] = people.compactMap { id in
                guard let facts = context[id] else { return nil }
                var postsConsidered: Set<Post> = [.member]
                for entries in lists.values { postsConsidered.formUnion(entries[id] ?? []) }
                let eligibility = Post.allCases.filter(postsConsidered.contains).map { post in
                    let findings = assessEligibility(facts, for: post, on: election.congressDate, rules: election.ruleSet, plan: plan)
                    return NomineeReport.PostEligibility(post: post, eligible: !findings.contains(where: \.blocks), findings: findings.map(Self.reportFinding))
                }
                return NomineeReport(
                    memberID: id, name: facts.member.name, gender: facts.member.gender, age: facts.member.birthDate.age(on: election.congressDate),
                    education: facts.member.education, incumbentPost: facts.incumbentPost,
                    membersVotes: votes[.members]?[id] ?? 0, representativesVotes: votes[.representatives]?[id] ?? 0,
                    membersRank: memberRanks[id], representativesRank: representativeRanks[id],
                    townshipRecommended: township.contains(id),
                    lists: Dictionary(uniqueKeysWithValues: lists.compactMap { stage, entries in entries[id].map { (stage.rawValue, Post.allCases.filter($0.contains)) } }),
                    eligibility: eligibility, objections: objections.filter { $0.memberID == id }.map(\.entry))
            }.sorted { ($0.membersVotes + $0.representativesVotes, $1.name) > ($1.membersVotes + $1.representativesVotes, $0.name) }
            var problems: [String: [CandidacyReport.ListProblemEntry]] = [:]
            if let seats {
                for (stage, found) in try stageListProblems(db, election: election, lists: lists, context: context, seats: seats, plan: plan) {
                    problems[stage.rawValue] = found.map { .init(message: LocalizedText(zh: $0.describe(.zh), en: $0.describe(.en)), blocks: $0.blocks) }
                }
            }
            return CandidacyReport(seats: seats, minimumCommitteeNominees: seats.map { minimumCandidates(seats: $0.committee, rule: election.ruleSet.differentialMargin) },
                                   rounds: rounds, nominees: nominees, listProblems: problems)
        }
    }

    static func reportFinding(_ finding: EligibilityFinding) -> NomineeReport.Finding {
        let (effect, settled): (String, Bool) = switch finding.effect {
        case .excludes: ("excludes", false)
        case .needsDecision(let approved): ("needs_decision", approved)
        case .warning(let acknowledged): ("warning", acknowledged)
        }
        return NomineeReport.Finding(rule: finding.rule.rawValue, effect: effect, settled: settled, blocks: finding.blocks, fact: finding.fact)
    }

    /// The eligibility facts of every member of the election's organization, by member id.
    func nomineeContext(_ db: Database, election: ElectionRef) throws -> [Int64: NomineeFacts] {
        var context: [Int64: NomineeFacts] = [:]
        for member in try fetchMembers(db, organizationID: election.organizationID) { context[member.id!] = NomineeFacts(member: member) }
        for row in try Row.fetchAll(db, sql: "SELECT member_id, post FROM outgoing_member WHERE election_id = ?", arguments: [election.id]) {
            context[row["member_id"]]?.incumbentPost = Post(rawValue: row["post"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT member_id, kind, code, source, detail FROM nominee_finding WHERE election_id = ? ORDER BY id", arguments: [election.id]) {
            let code: Int = row["code"]
            let kind: RecordedFinding.Kind = row["kind"] == "disqualifying"
                ? .disqualifying(DisqualifyingCondition(rawValue: code)!) : .unsuitableSecretary(SecretaryUnsuitability(rawValue: code)!)
            context[row["member_id"]]?.findings.append(RecordedFinding(kind: kind, source: row["source"], detail: row["detail"]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT member_id, effect_until FROM nominee_sanction WHERE election_id = ?", arguments: [election.id]) {
            context[row["member_id"]]?.sanctionEffectUntil = row.civilDate("effect_until")
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM nominee_decision WHERE election_id = ?", arguments: [election.id]) {
            let both = row["township_by"] as Int64? != nil && row["county_by"] as Int64? != nil
            let either = row["township_by"] as Int64? != nil || row["county_by"] as Int64? != nil
            switch NomineeDecisionKind(rawValue: row["kind"])! {
            case .ageException: context[row["member_id"]]?.ageExceptionApproved = both
            case .sanctionException: context[row["member_id"]]?.sanctionExceptionApproved = both
            case .educationAcknowledged: context[row["member_id"]]?.educationAcknowledged = either
            }
        }
        return context
    }

    /// 四、职数配备 for the seats of an election, honouring the county's recorded approval to exceed the previous term.
    func seatCheck(_ db: Database, election: ElectionRef, seats: Seats) throws -> [SeatProblem] {
        let organization = try fetchOrganization(db, id: election.organizationID)
        let plan = try loadProcedure(db, electionID: election.id).localPlan
        let allowed = try Int.fetchOne(db, sql: "SELECT max(figure) FROM approval WHERE election_id = ? AND subject = 'seatsAbovePreviousTerm'", arguments: [election.id])
        return seatProblems(seats, level: organization.level, previousSize: organization.previousCommitteeSize,
                            exceedingApproved: (allowed ?? 0) >= seats.committee, plan: plan)
    }

    /// The problems of each stage's list (margin, eligibility per post, structure), entries in member order.
    func stageListProblems(_ db: Database, election: ElectionRef, lists: [ListStage: [Int64: Set<Post>]], context: [Int64: NomineeFacts],
                           seats: Seats, plan: LocalPlan) throws -> [ListStage: [ListProblem]] {
        let acknowledgements = try fetchAcknowledgements(db, electionID: election.id)
        var result: [ListStage: [ListProblem]] = [:]
        for (stage, entries) in lists {
            let listEntries = entries.compactMap { id, posts in context[id].map { ListEntry(nominee: $0, posts: posts) } }
                .sorted { $0.nominee.member.id! < $1.nominee.member.id! }
            result[stage] = listProblems(listEntries, seats: seats, on: election.congressDate, rules: election.ruleSet, plan: plan,
                                         acknowledged: acknowledgements[stage] ?? StructureAcknowledgements())
        }
        return result
    }

    func fetchSeats(_ db: Database, electionID: Int64) throws -> Seats? {
        try Row.fetchOne(db, sql: "SELECT * FROM seat_plan WHERE election_id = ?", arguments: [electionID]).map {
            Seats(committee: $0["committee"], secretary: $0["secretary"], deputySecretary: $0["deputy_secretary"])
        }
    }

    func fetchLists(_ db: Database, electionID: Int64) throws -> [ListStage: [Int64: Set<Post>]] {
        var lists: [ListStage: [Int64: Set<Post>]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT stage, member_id, posts FROM list_entry WHERE election_id = ?", arguments: [electionID]) {
            lists[ListStage(rawValue: row["stage"])!, default: [:]][row["member_id"]] = decodePosts(row["posts"])
        }
        return lists
    }

    func fetchAcknowledgements(_ db: Database, electionID: Int64) throws -> [ListStage: StructureAcknowledgements] {
        var result: [ListStage: StructureAcknowledgements] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT stage, kind FROM structure_acknowledgement WHERE election_id = ?", arguments: [electionID]) {
            let stage = ListStage(rawValue: row["stage"])!
            var ack = result[stage] ?? StructureAcknowledgements()
            if row["kind"] == "no_youth" { ack.noYouth = true } else { ack.noWoman = true }
            result[stage] = ack
        }
        return result
    }

    /// A record that is settled once a step is done cannot change afterwards.
    func refuseAfter(_ db: Database, election: ElectionRef, step key: StepKey, what subject: ClosedSubject) throws {
        if try isStepDone(db, election, key) {
            throw Refusal.stepClosed(step: election.step(key), subject: subject)
        }
    }

    /// Whether the step with this key is completed or skipped in the election.
    func isStepDone(_ db: Database, _ election: ElectionRef, _ key: StepKey) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM step_outcome WHERE election_id = ? AND step = ?", arguments: [election.id, election.step(key)]) == true
    }
}

func encodePosts(_ posts: Set<Post>) -> String { Post.allCases.filter(posts.contains).map(\.rawValue).joined(separator: ",") }

func decodePosts(_ text: String) -> Set<Post> { Set(text.split(separator: ",").compactMap { Post(rawValue: String($0)) }) }
