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
    /// For an incumbent: the exit audit (step 3) and the democratic evaluation (step 7), shown with the nominee.
    public var exitAudit: ExitAudit?
    public var termReview: TermReview?
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
    /// For the outgoing secretary: the organization's grade of the year (a 较差 shows beside his name when renominated)…
    public var organizationGrade: YearGrade?
    /// …and the two years running its score ranked near the bottom of the township (不宜 (4)), when it did.
    public var lowRankYears: [Int]?

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
    /// The seat plan (职数), as set at step 11.
    public var seats: Seats?
    /// The congress's later vote to reduce the committee seats, if taken: the committee has `seatsTo` seats.
    public var seatReduction: SeatReduction?
    public var minimumCommitteeNominees: Int?
    public var rounds: [RecommendationReport]
    public var nominees: [NomineeReport]
    /// Problems of each stage's list, in the user's words; acknowledged warnings stay listed, not blocking.
    public var listProblems: [String: [ListProblemEntry]]
    /// 班子结构 of each list that has people, and of the committee once elected (`elected`).
    public var compositions: [String: Composition]

    public struct ListProblemEntry: Sendable, Codable {
        public var message: LocalizedText
        public var blocks: Bool
    }
}

extension AppDatabase {
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
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM recommendation_round WHERE election_id = ? ORDER BY kind"), arguments: [election.id]) {
                let kind = RecommendationKind(rawValue: row["kind"])!
                let roundID: Int64 = row["id"]
                let counts = try Row.fetchAll(try db.cachedStatement(sql: "SELECT member_id, count FROM recommendation_count WHERE round_id = ?"), arguments: [roundID])
                votes[kind] = Dictionary(uniqueKeysWithValues: counts.map { ($0["member_id"] as Int64, $0["count"] as Int) })
                let rejected = try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM recommendation_rejection WHERE round_id = ? ORDER BY line"), arguments: [roundID]).map {
                    ImportIssue(line: $0["line"], column: $0["column_label"], value: $0["value"], reason: LocalizedText(zh: $0["reason_zh"], en: $0["reason_en"]))
                }
                rounds.append(RecommendationReport(kind: kind, ballots: row["ballots"], voidBallots: row["void_ballots"],
                                                   counted: votes[kind]!.values.reduce(0, +), rejected: rejected))
            }
            let township = Set(try Int64.fetchAll(try db.cachedStatement(sql: "SELECT member_id FROM township_recommendation WHERE election_id = ?"), arguments: [election.id]))
            let lists = try fetchLists(db, electionID: election.id)
            let objections = try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT o.*, m.name FROM objection o JOIN member m ON m.id = o.member_id WHERE o.election_id = ? ORDER BY o.id
                """), arguments: [election.id]).map {
                (memberID: $0["member_id"] as Int64, entry: ObjectionEntry(id: $0["id"], name: $0["name"], received: $0.civilDate("received_on")!,
                                                                           summary: $0["summary"], resolution: $0["resolution"], reason: $0["resolution_reason"]))
            }
            func ranks(_ counts: [Int64: Int]?) -> [Int64: Int] {
                Dictionary(uniqueKeysWithValues: rankByCount(counts ?? [:]).map { ($0.memberID, $0.rank) })
            }
            let memberRanks = ranks(votes[.members]), representativeRanks = ranks(votes[.representatives])
            var people = Set(votes.values.flatMap(\.keys)).union(township)
            for entries in lists.values { people.formUnion(entries.keys) }
            let level = try fetchOrganization(db, id: election.organizationID).level
            let (audits, reviews) = try outgoingReviews(db, election: election)
            let organization = try fetchOrganization(db, id: election.organizationID)
            let secretaryGrade = try latestYearGrade(db, organization: organization, years: election.healthYears)
            let secretaryLowRank = try lowRankYears(db, organization: organization, through: election.congressDate.year)
            let nominees: [NomineeReport] = people.compactMap { id in
                guard let facts = context[id] else { return nil }
                var postsConsidered: Set<Post> = [.member]
                for entries in lists.values { postsConsidered.formUnion(entries[id] ?? []) }
                let eligibility = Post.allCases.filter(postsConsidered.contains).map { post in
                    let findings = assessEligibility(facts, for: post, on: election.congressDate, rules: election.ruleSet, plan: plan, level: level,
                                                     standingFor: postsConsidered,
                                                     healthChecked: lists.contains { $0.key.followsInspection && $0.value[id] != nil })
                    return NomineeReport.PostEligibility(post: post, eligible: !findings.contains(where: \.blocks), findings: findings.map(Self.reportFinding))
                }
                return NomineeReport(
                    memberID: id, name: facts.member.name, gender: facts.member.gender, age: facts.member.birthDate.age(on: election.congressDate),
                    education: facts.member.education, incumbentPost: facts.incumbentPost,
                    exitAudit: facts.incumbentPost == nil ? nil : audits[id], termReview: facts.incumbentPost == nil ? nil : reviews[id],
                    membersVotes: votes[.members]?[id] ?? 0, representativesVotes: votes[.representatives]?[id] ?? 0,
                    membersRank: memberRanks[id], representativesRank: representativeRanks[id],
                    townshipRecommended: township.contains(id),
                    lists: Dictionary(uniqueKeysWithValues: lists.compactMap { stage, entries in entries[id].map { (stage.rawValue, Post.allCases.filter($0.contains)) } }),
                    eligibility: eligibility, objections: objections.filter { $0.memberID == id }.map(\.entry),
                    organizationGrade: facts.incumbentPost == .secretary ? secretaryGrade : nil,
                    lowRankYears: facts.incumbentPost == .secretary ? secretaryLowRank : nil)
            }.sorted { ($0.membersVotes + $0.representativesVotes, $1.name) > ($1.membersVotes + $1.representativesVotes, $0.name) }
            var problems: [String: [CandidacyReport.ListProblemEntry]] = [:]
            if let seats {
                for (stage, found) in try stageListProblems(db, election: election, lists: lists, context: context, seats: seats, plan: plan) {
                    problems[stage.rawValue] = found.map { .init(message: LocalizedText($0), blocks: $0.blocks) }
                }
            }
            return CandidacyReport(seats: seats, seatReduction: try seatReduction(db, electionID: election.id), minimumCommitteeNominees: seats.map { minimumCandidates(seats: $0.committee, rule: election.ruleSet.differentialMargin) },
                                   rounds: rounds, nominees: nominees, listProblems: problems,
                                   compositions: try compositions(db, election: election, lists: lists, plan: plan))
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
}
