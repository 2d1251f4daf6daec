import GRDB
import TuixuanCore

/// One member's standing for one election: vote, registration, notice and exclusion.
public struct VoterEntry: Sendable, Hashable, Codable {
    public var member: Member
    public var noVoteReason: NoVoteReason?
    public var intention: AttendanceIntention?
    public var notifiedVia: NoticeChannel?
    public var notifiedOn: CivilDate?
    public var exclusion: ExclusionEntry?

    public var hasVote: Bool { noVoteReason == nil }

    public struct ExclusionEntry: Sendable, Hashable, Codable {
        public var reason: ExclusionReason
        public var detail: String
        public var higherAgreedBy: String?
        public var higherAgreedAt: String?
        public var congressApprovedBy: String?
        public var congressApprovedOn: CivilDate?
        public var isEffective: Bool { higherAgreedBy != nil && congressApprovedBy != nil }
    }
}

/// The voters of an election and its expected attendance, with the approval and filing on record.
public struct VoterRoll: Sendable, Codable {
    public var electionID: Int64
    public var congressDate: CivilDate
    public var ruleSet: String
    public var entries: [VoterEntry]
    public var attendance: ExpectedAttendance
    public var approvedFigure: Int?
    public var approvalIsCurrent: Bool
    public var approvedBy: String?
    public var filedFigure: Int?
    public var filedOn: CivilDate?
}

extension AppDatabase {
    func voterRoll(_ db: Database, election: ElectionRef) throws -> VoterRoll {
        let rows = try Row.fetchCursor(try db.cachedStatement(sql: """
            SELECT m.*, r.intention, r.notified_via, r.notified_on,
                   x.reason AS x_reason, x.detail AS x_detail, ha.name AS x_higher, x.higher_agreed_at AS x_higher_at,
                   ca.name AS x_congress, x.congress_approved_on AS x_congress_on
            FROM member m
            JOIN election e ON e.organization_id = m.organization_id AND e.id = ?
            LEFT JOIN registration r ON r.election_id = e.id AND r.member_id = m.id
            LEFT JOIN attendance_exclusion x ON x.election_id = e.id AND x.member_id = m.id
            LEFT JOIN operator ha ON ha.id = x.higher_agreed_by
            LEFT JOIN operator ca ON ca.id = x.congress_approved_by
            ORDER BY m.name, m.birth_date, m.id
            """), arguments: [election.id])
        var entries: [VoterEntry] = []
        while let row = try rows.next() {
            let member = member(from: row)
            let exclusion: VoterEntry.ExclusionEntry? = (row["x_reason"] as String?).map { reason in
                .init(reason: ExclusionReason(rawValue: reason)!, detail: row["x_detail"], higherAgreedBy: row["x_higher"],
                      higherAgreedAt: row["x_higher_at"], congressApprovedBy: row["x_congress"], congressApprovedOn: row.civilDate("x_congress_on"))
            }
            entries.append(VoterEntry(
                member: member, noVoteReason: votingRight(of: member, on: election.congressDate, under: election.ruleSet),
                intention: row["intention"], notifiedVia: row["notified_via"], notifiedOn: row.civilDate("notified_on"), exclusion: exclusion))
        }
        let voters = entries.filter(\.hasVote)
        let attendance = expectedAttendance(
            voterIDs: voters.map { $0.member.id! },
            exclusions: voters.compactMap { entry in
                entry.exclusion.map {
                    AttendanceExclusion(memberID: entry.member.id!, reason: $0.reason,
                                        higherCommitteeAgreed: $0.higherAgreedBy != nil, congressApproved: $0.congressApprovedBy != nil)
                }
            })
        let approval = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT a.figure, a.digest, o.name FROM approval a JOIN operator o ON o.id = a.operator_id
            WHERE a.election_id = ? AND a.subject = 'expectedAttendance' ORDER BY a.id DESC LIMIT 1
            """), arguments: [election.id])
        let filing = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT figure, filed_on FROM filing WHERE election_id = ? AND subject = 'expectedAttendance' ORDER BY id DESC LIMIT 1
            """), arguments: [election.id])
        let digest = expectedAttendanceDigest(election: election, attendance: attendance)
        return VoterRoll(
            electionID: election.id, congressDate: election.congressDate, ruleSet: election.ruleSet.id, entries: entries,
            attendance: attendance, approvedFigure: approval?["figure"], approvalIsCurrent: approval?["digest"] == digest,
            approvedBy: approval?["name"], filedFigure: filing?["figure"], filedOn: filing?.civilDate("filed_on"))
    }

    func expectedAttendanceDigest(election: ElectionRef, attendance: ExpectedAttendance) -> String {
        SHA256Digest.hex(of: expectedAttendanceDigestInput(congressDate: election.congressDate, ruleSetID: election.ruleSet.id, attendance: attendance))
    }

    /// The snapshot the engine decides on.
    func loadFacts(_ db: Database, electionID: Int64) throws -> ElectionFacts {
        // Its parts read the village's roll again and again (the nominees, the elected, those to counsel): once is enough,
        // since nothing is written while the facts are read.
        try RollMemo.$current.withValue(RollMemo()) { try readFacts(db, electionID: electionID) }
    }

    private func readFacts(_ db: Database, electionID: Int64) throws -> ElectionFacts {
        let election = try resolveElection(db, String(electionID), byNumber: true)
        var facts = ElectionFacts()
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT s.step, s.outcome, s.happened_on, s.reason, o.name FROM step_outcome s JOIN operator o ON o.id = s.operator_id
            WHERE s.election_id = ?
            """), arguments: [electionID]) {
            facts.outcomes[row["step"]] = StepOutcome(
                kind: StepOutcome.Kind(rawValue: row["outcome"])!, happenedOn: row.civilDate("happened_on")!,
                operatorName: row["name"], reason: row["reason"])
        }
        let roll = try voterRoll(db, election: election)
        var currentDigests = ["expectedAttendance": expectedAttendanceDigest(election: election, attendance: roll.attendance)]
        for subject in CandidacySubject.allCases {
            currentDigests[subject.rawValue] = try candidacyDigest(db, electionID: electionID, subject: subject)
        }
        currentDigests["result"] = try resultDigest(db, electionID: electionID)
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT a.step, a.subject, a.level, a.digest, o.role FROM approval a JOIN operator o ON o.id = a.operator_id WHERE a.election_id = ?
            """), arguments: [electionID]) {
            let subject: String = row["subject"]
            let isCurrent = currentDigests[subject].map { $0 == (row["digest"] as String?) } ?? true
            facts.approvals.append(ApprovalFact(step: row["step"], subject: subject, level: ApprovalLevel(rawValue: row["level"])!,
                                                role: Role(rawValue: row["role"]), isCurrent: isCurrent))
        }
        try loadCandidacyFacts(db, election: election, into: &facts)
        try loadCongressFacts(db, election: election, into: &facts)
        let organization = try fetchOrganization(db, id: election.organizationID)
        let years = election.healthYears
        facts.gradeOnFile = try latestYearGrade(db, organization: organization, years: years)
        // The rectification that answers a 较差 is of that grade's year or later, never an older one.
        let poorSince = facts.gradeOnFile.flatMap { $0.grade == .poor ? $0.year : nil }
        facts.rectificationOnFile = try latestRectification(db, organization: organization, years: max(years.lowerBound, poorSince ?? years.lowerBound)...years.upperBound)
        // …and accepted on or after the day the 较差 was made known: an acceptance before it answers an earlier state.
        if poorSince != nil, let decided = facts.gradeOnFile?.decidedOn, let accepted = facts.rectificationOnFile?.acceptedOn, accepted < decided {
            facts.rectificationOnFile?.accepted = false
        }
        let decided = try String.fetchOne(try db.cachedStatement(sql: "SELECT decided_on FROM election_rectification_decision WHERE election_id = ?"), arguments: [electionID])
            .flatMap(CivilDate.init(parsing:))
        facts.heldDuringRectification = decided != nil
        // Step 2 is not dated before the acceptance or the decision it closes on.
        if let rested = decided ?? facts.rectificationOnFile?.acceptedOn {
            facts.factDates[election.step(.rectification)] = FactDate(date: rested, what: decided != nil
                ? LocalizedText(zh: "乡镇党委关于整顿期间换届的决定", en: "the township's decision to hold the election during the rectification")
                : LocalizedText(zh: "整顿验收", en: "the rectification's acceptance"))
        }
        // Step 1's fact: the typed assessment, else the grade; a final 较差 always ("“较差”等级的党组织统一认定为软弱涣散基层党组织",
        // 第一篇 三、(一)), whatever was typed before it was final.
        let typed = try Bool.fetchOne(try db.cachedStatement(sql: "SELECT weak_and_lax FROM election WHERE id = ?"), arguments: [electionID])
        facts.weakAndLax = poorSince != nil ? true : (typed ?? facts.gradeOnFile.map { isWeakAndLax(grade: $0.grade) })
        facts.previousCommitteeSize = try fetchOrganization(db, id: election.organizationID).previousCommitteeSize
        facts.outgoingMembers = try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM outgoing_member WHERE election_id = ?"), arguments: [electionID])!
        try loadOutgoingFacts(db, election: election, into: &facts)
        try loadFollowUpFacts(db, election: election, into: &facts)
        facts.guidanceGroupSize = try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM guidance_member WHERE election_id = ?"), arguments: [electionID])!
        let voters = roll.entries.filter(\.hasVote)
        facts.voterCount = voters.count
        facts.awayVotersNotNotified = voters.filter { $0.member.away && $0.notifiedVia == nil && $0.exclusion?.isEffective != true }.map(\.member.name)
        facts.votersWithoutIntention = voters.filter { $0.intention == nil && $0.exclusion?.isEffective != true }.map(\.member.name)
        facts.undecidedExclusions = voters.filter { $0.exclusion.map { !$0.isEffective } ?? false }.map(\.member.name)
        facts.expectedAttendance = roll.attendance.figure
        facts.filedExpectedAttendance = roll.filedFigure
        return facts
    }
}
