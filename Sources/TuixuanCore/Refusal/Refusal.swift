import Foundation

/// Why the program refuses an act: one case per rule it enforces, carrying the facts that made it
/// refuse. Nothing is written when one is thrown. The words are made only at the edge
/// (`describe(_:)`, in Chinese or English), like `Blocker`; scripts read the stable `code`.
/// Messages live in RefusalMessages.swift.
public enum Refusal: Error, Sendable, Equatable, UserDescribable {
    // MARK: Who acts, on what

    /// No `--operator` given (nor TUIXUAN_OPERATOR).
    case operatorRequired
    case operatorUnknown(String)
    case organizationUnknown(String)
    case electionUnknown(String)
    case memberUnknown(String)
    case memberAmbiguous(String, candidates: [String])
    /// The operator's area does not include this organization.
    case outOfScope(operatorName: String, organization: String)
    /// The operator's role may not do this at all.
    case roleNotAllowed(Role, allowed: [Role])
    case stepUnknown(Int, count: Int)

    // MARK: The county, its organizations and operators

    case notInitialized
    case alreadyInitialized
    /// Codes are letters, digits and '-', at most 32.
    case organizationCodeInvalid(String)
    /// Names are not empty, have no surrounding spaces, at most 50 characters.
    case nameInvalid(NameField, String)
    /// One organization given on the command line fails the checks of an organization list.
    case organizationInvalid(reasons: [LocalizedText])
    /// A township registers only village operators, tellers and scrutineers.
    case townshipMayNotRegister(Role)
    case roleAtWrongLevel(Role, organization: String, level: OrganizationLevel)
    case operatorNameTaken(String)
    /// Only villages and communities keep a member roll.
    case rollOnlyForVillages(organization: String, level: OrganizationLevel)
    /// Due dates are set per township.
    case dueDatesPerTownship(organization: String)
    /// An import refused as a whole, with every issue.
    case importRejected(ImportRejected)

    // MARK: Catalogs, elections, steps

    case catalogInvalid(problems: [String])
    /// A registered (procedure, version) never changes.
    case catalogVersionTaken(String)
    case procedureUnknown(key: String, version: Int?)
    case ruleSetUnknown(String, available: [String])
    /// Only villages and communities hold these elections.
    case notAnElectingOrganization(organization: String, level: OrganizationLevel)
    case congressDateInPast(CivilDate)
    case electionUnfinished(organization: String, election: Int64)
    /// The engine refused a step act: every reason.
    case stepBlocked(step: Int, title: LocalizedText, blockers: [Blocker])
    /// What a closed step settled can no longer change.
    case stepClosed(step: Int, subject: ClosedSubject)
    /// Acts are recorded after they happen: no date may lie in the future.
    case dateInFuture(CivilDate, today: CivilDate)
    /// An act dated before what it rests on.
    case dateBeforeItsGrounds(date: CivilDate, grounds: CivilDate)
    /// A document is filed with its SHA-256.
    case documentNeedsDigest
    case stepAlreadyApproved(level: ApprovalLevel)
    /// The election's procedure version has no such approval.
    case approvalNotInProcedure(ApprovalSubject)
    case guidanceMemberDuplicate(String)
    /// A free-text field the rule requires is empty.
    case detailRequired(RequiredDetail)

    // MARK: Registration and the expected attendance (steps 9–10)

    case intentionOrNoticeRequired
    case noticeChannelAndDateTogether
    /// 条例 第五条: the member has no vote, so cannot be registered, excluded or a scrutineer.
    case noVote(member: String, reason: NoVoteReason, for: NoVoteContext)
    case exclusionReasonNotAllowed(ExclusionReason, ruleSet: String)
    case exclusionAlreadyProposed(member: String)
    case exclusionNotProposed(member: String)
    case exclusionAlreadyAgreed
    case exclusionCongressApprovalRecorded
    case expectedAttendanceAlreadyApproved(figure: Int)
    /// Only an approved, unchanged figure is filed with the county.
    case expectedAttendanceNotApproved

    // MARK: Choosing the candidates (steps 11–19)

    /// 四、职数配备
    case seatsInvalid([SeatProblem])
    case outgoingCommitteeSecretaries(count: Int)
    /// More outgoing members than the organization's previous committee had.
    case outgoingCommitteeTooLarge(count: Int, previous: Int)
    /// Recommendations wait for the outgoing committee where there was one.
    case outgoingCommitteeNotRecorded(previous: Int)
    /// The 不宜 assessment is of the incumbent secretary.
    case notIncumbentSecretary(member: String)
    case secretaryAlreadyAssessed(member: String)
    /// Steps 3 and 7 audit and evaluate the members of the outgoing committee only.
    case notOutgoingMember(member: String)
    /// How an audit's problems were dealt with is recorded once (an audit or an evaluation recorded again corrects the first).
    case exitAuditAlreadyHandled(member: String)
    /// 情况报送: no report with this number (in the operator's reach).
    case situationReportUnknown(Int64)
    /// A report already dealt with is not dealt with again.
    case situationReportAlreadyHandled(Int64, on: CivilDate)
    /// Handling is recorded for an audit that found problems.
    case exitAuditNothingToHandle(member: String)
    case exitAuditNotRecorded(member: String)
    /// The handling is dated on or after the audit.
    case handledBeforeAudit(member: String, audited: CivilDate, handled: CivilDate)
    /// A democratic evaluation with no verdict, or a count no village can give.
    case termReviewEmpty(member: String)
    case termReviewCountImplausible(member: String, maximum: Int)
    /// The township's evaluation is chaired by the guidance group (step `step`, 成立机构).
    case termReviewBeforeGuidanceGroup(step: Int)
    /// 离任干部待遇 is settled for an outgoing member leaving the committee only.
    case treatmentNotDue(member: String)
    /// A staff pledge is signed by a member of the election's guidance group.
    case notInGuidanceGroup(name: String)
    /// 补足候选人: only once the list is approved, before the committee vote, for a ballot the margin finds short,
    /// with people who passed every stage; approved once the publicity is over.
    case ballotNotShort(have: Int, need: Int)
    case completionAfterVoteBegan
    case alreadyOnBallot(member: String)
    case completionAlreadyProposed(member: String)
    case completionNotProposed(member: String)
    case completionAlreadyApproved(member: String)
    case completionIneligible(member: String, reasons: [LocalizedText])
    case completionPublicityNotOver(member: String, lastDay: CivilDate)
    /// 身体健康 is recorded for a nominee (someone recommended or on a list), with what it rests on.
    case notANominee(member: String)
    /// Step 29's talks come after the result's approval (step `step`), with those who lost or were not renominated, once each.
    case talkBeforeResult(step: Int)
    case notToCounsel(member: String)
    case talkAlreadyRecorded(member: String)
    /// Step 30 files this database's own bundle of this election, covering the steps the archive rests on.
    case bundleOfAnotherElection(bundle: String)
    case bundleNotFromThisDatabase
    case bundleBeforeSteps([Int])
    /// What the bundle carries besides the chain (the election's labels, operators, keys, reports) differs from this
    /// database's, or the chain stops before this database's last event.
    case bundleContentDiffers(parts: [String])
    /// Item (6) of the nine, for an incumbent secretary with junior high school or less: found, or judged not to apply.
    case lowEducationItemUndecided(member: String, education: Education)
    case seatsNotSet
    case namedTwice(member: String)
    /// 受处分影响期 exceptions stay within the plan's share of the township's villages.
    case sanctionCapExceeded(member: String, persons: Int, organizations: Int, capPercent: Int)
    /// An age or sanction exception goes to the county only after the township committee's decision.
    case townshipDecisionFirst(member: String)
    case vettingDepartmentUnknown(String, known: [VettingDepartment])
    /// A finding comes from one department, never from "all".
    case vettingFindingNeedsDepartment
    case listEmpty(ListStage)
    case notOnList(member: String, stage: ListStage)
    /// 名单逐级产生: the person (for `post`, when only that post is missing) skipped an earlier stage.
    case listStageSkipped(member: String, stage: ListStage, missed: ListChainStage, post: Post?)
    /// A cancelled candidacy left the approved ballot short of the margin (seats plus 20%).
    case ballotBelowMargin(have: Int, need: Int, seats: Int)
    /// 取消候选人资格 / 宣布当选无效 rest on a recorded 不得 finding about the person.
    case noDisqualifyingFinding(member: String)
    /// The candidacy is cancelled, or the election declared void, already.
    case alreadyRevoked(member: String)
    /// 取消候选人资格 applies to a candidate on the approved list not yet elected; 宣布当选无效 to one elected.
    case notACandidate(member: String)
    case notElected(member: String)
    /// A staff teller is not on the roll (a member is named with --teller).
    case staffTellerOnRoll(name: String)
    /// A township may start elections only under the procedure's own rule set.
    case ruleSetNeedsCounty(chosen: String, procedureDefault: String)
    /// A township may start elections only on the newest version of a procedure.
    case olderProcedureNeedsCounty(chosen: String, newest: Int)
    /// Recording a recommendation again would leave an initial nominee unrecommended.
    case recommendationStillNeeded(member: String)
    /// A person left off a list is still on a later one drawn from it.
    case stillOnLaterList(member: String, stage: ListStage, later: ListStage, post: Post? = nil)
    case publicityDaysOutOfRange(Int)
    /// Publicity shorter than the local plan's days.
    case publicityShorterThanPlan(days: Int, plan: Int)
    /// The void recommendation ballots lie between 0 and the ballots returned.
    case voidBallotsOutOfRange(void: Int, returned: Int)
    /// A hand-counted recommendation sheet names more recommendations than its ballots can hold.
    case recommendationTallyExceedsBallots(total: Int, valid: Int, maxNames: Int)
    case objectionOutsidePublicity(received: CivilDate)
    case objectionNotOpen(Int64)
    /// The same role approved the same digest already.
    case alreadyApprovedUnchanged
    /// The ballot exists only once the list approval step is done.
    case listNotApproved(step: Int)

    // MARK: The congress (steps 20–27)

    case candidateAsOfficer(member: String, duty: OfficerDuty)
    case notExpected(member: String, body: VotingBody)
    case methodNotAdopted
    case roundStillOpen
    /// 五分之四: the vote needs the quorum of the expected attendance.
    case noQuorum(present: Int, expected: Int, needed: Int, comparison: RuleSet.QuorumRule.Comparison, body: VotingBody = .congress)
    case committeeVoteHeld
    case noClosedRoundBefore
    case noTieToDecide
    case tieAwaitsRunOff
    case everySeatFilled
    case committeeIncomplete(post: Post)
    case noNomineeElected(post: Post)
    /// The post's vote elected no one: the township proposes another nominee before it is held again.
    case nomineeNeeded(post: Post)
    /// A nominee proposed for the post must be one of the committee just elected.
    case notOnElectedCommittee(member: String)
    /// The nominees on the approved list can still stand for the post: nothing to replace.
    case nomineeStillStands(post: Post, nominees: [String])
    /// The post is already filled by its vote.
    case postAlreadyFilled(post: Post, by: String)
    /// Only the secretary and a community's deputy are voted on separately, and so proposed.
    case postNotProposed(Post)
    /// The seat plan has no deputy secretary (a village's has none).
    case noDeputySeat
    /// One person does not hold both the secretary's and the deputy's post.
    case holdsOtherPost(member: String)
    case roundUnknown(Int?)
    case noBallotEntered
    case roundClosed
    /// Double entry: the two entries come from two different tellers.
    case sameTellerBothEntries(teller: String, otherEntry: String)
    /// Typed ballots of an entry not yet in the record (a teller who has not finished with q): the entry is not complete.
    case typedBallotsPending(entry: String, count: Int)
    /// An entry is its own teller's: nobody else undoes, replaces or records ballots in it.
    case entryOfAnotherTeller(entry: String, teller: String)
    case ballotShape(candidates: Int, seats: Int)
    case placeUnknown(String)
    case chiefScrutineerDeclares
    case issuedExceedsPresent(issued: Int, present: Int)
    case handCountReturnedDiffers(sheet: Int, declared: Int)
    case placesUndecided([String])
    case stackDiffersFromReturned(stack: Int, returned: Int)
    case resultNotApproved
    case tallyCandidatesMismatch(expected: [String])
    case tallyValidPlusInvalid(valid: Int, invalid: Int, returned: Int)
    case tallyPersonSum(name: String, valid: Int)
    case tallyApprovalsExceed(approvals: Int, valid: Int, seats: Int)
    case tallyAfterEntries
    /// A hand count's write-in row names a candidate already on the ballot.
    case tallyWriteInIsCandidate(name: String)
    /// A run-off's hand count has a write-in row.
    case tallyWriteInInRunOff(name: String)
    /// Only the new committee's plenary has anything left to elect: the congress does not adjourn for it.
    case onlyPlenaryRemains
    case noSeatEmpty
    /// Seats are reduced once per election (the congress's one recorded vote).
    case seatsAlreadyReduced(to: Int)
    /// Nobody is elected yet: there is nothing to reduce the seats to.
    case nobodyElectedYet
    /// More members consented than were present with a vote.
    case votesExceedPresent(votesFor: Int, present: Int)
    case belowMinimumSeats(elected: Int, minimum: Int, level: OrganizationLevel)
    /// Reducing the seats needs more than half of those present with a vote.
    case reductionNeedsMajority(present: Int, votesFor: Int)
    /// The adopted method's further rounds are held: reduce the seats, or adjourn and report to the township.
    case furtherRoundsExhausted(limit: Int, seatsEmpty: Int, reducible: Bool)
    /// A congress adjourns to a later date.
    case reconveneNotAfterAdjournment(adjournedOn: CivilDate, reconveneOn: CivilDate)
    /// Every seat and post is filled: there is nothing to adjourn for.
    case nothingLeftToElect
    /// Adjourning for want of a quorum that is there.
    case quorumPresent
    /// The seats are reduced by the congress with its quorum.
    case reductionWithoutQuorum(present: Int, needed: Int)
    /// The method stands once the first round has opened.
    case methodFixedOnceVoting
    /// The congress adjourned to a date not yet come: no check-in or vote before it.
    case congressNotYetReconvened(on: CivilDate)
    /// "Seats unfilled" is a reason only once the committee vote has been held.
    case committeeVoteNotHeld
    /// A record of the file cannot be read (edited outside the program): `audit verify` says where.
    case unreadableRecord(table: String, field: String)
    /// The expected attendance changed since the township approved it (between sittings): approve it again first.
    case expectedAttendanceNotReapproved(approved: Int, now: Int)
    /// The method's limit on further rounds is at least one.
    case furtherRoundLimitInvalid(Int)

    // MARK: Trust: keys, audit, bundles, backups

    /// The file holds changes no event records: someone wrote to it outside the program.
    case unrecordedChanges
    /// The file's tables, indexes, views or triggers are not those the program defines: someone changed the schema.
    case schemaAltered([SchemaDifference])
    /// The file records migrations this program does not know: it was written by a newer version.
    case databaseFromNewerProgram(found: [String], known: String)
    /// The file's record of migrations has a gap: a row of grdb_migrations was removed.
    case migrationRecordAltered(missing: [String])
    /// An older file is upgraded only once its audit verifies (issue 12): an upgrade must never seal someone else's changes.
    case upgradeNeedsIntactAudit(problems: Int, first: String)
    /// The operator has a registered key, but it was not unlocked for this command.
    case signatureRequired(String)
    /// Signing has begun (a county reviewer registered a key): an operator without a key acts only after creating one.
    case keyRequired(String)
    /// The unlocked key is not the operator's registered key.
    case keyMismatch(String)
    /// `--key` names another operator's key file: never ignored, never used for someone else (issue 13).
    case keyOfAnotherOperator(keyHolder: String, operator: String)
    /// The key file would not open: wrong passphrase, or the file was altered.
    case keyLocked
    case passphraseTooShort(minimum: Int)
    case keyFileInvalid
    case publicKeyInvalid
    case keyAlreadyRegistered(String)
    /// Signing has begun: a key is registered by a superior's signed act, never by its own holder (trust issue 12).
    case keyNeedsSuperior(String)
    /// The public key is already registered for another operator.
    case keyInUse(String)
    /// The first act of a database is signed by the first reviewer's key, given with it (trust issue 12: the chain is
    /// signed from its first event).
    case initializationNeedsKey(String)
    /// The key file given for a new operator was made for someone else.
    case keyFileOfAnotherOperator(keyHolder: String, operator: String)
    case auditNotIntact
    /// A trust list with no county reviewer's key vouches for nothing.
    case trustListEmpty
    case trustListOtherCounty(list: String, database: String)
    case bundleNotSound(problems: [String])
    case bundleOtherCounty(String)
    case bundleAlreadyImported
    /// A bundle is signed by its exporter: an operator without a registered key cannot export one.
    case bundleNeedsKey(String)
    /// The backup is a copy of another database (its chain starts elsewhere).
    case backupOfAnotherDatabase
    /// The backup's chain and this file's part at an event: neither continues the other.
    case backupDiverges(at: Int64)
    /// The backup stops before this file's last event: restoring it would lose events.
    case backupOlderThanFile(backupEvents: Int64, fileEvents: Int64)
    /// The county already holds this election's bundle, and the new one does not continue its chain (rolled back,
    /// diverged or relabelled).
    case bundleDivergesFromImported(importedAt: String)
    case fileExists(path: String)
    case fileMissing(path: String)
    case backupFromOtherVersion(applied: [String])
    case backupFailsChecks(integrity: String, auditProblems: Int)
    case generateNeedsEmptyDatabase
    /// A rule the schema itself holds (UNIQUE, CHECK, a foreign key, a frozen record) that no other
    /// refusal caught first.
    case constraintViolated(ConstraintViolation)

    // MARK: Organization health (004 第一篇)

    /// The organization has no grading of that year (tuixuan grading start).
    case gradingUnknown(organization: String, year: Int)
    /// The organization's grading of that year is open already.
    case gradingExists(organization: String, year: Int)
    /// Only a village or community organization is graded here.
    case notGraded(organization: String)
    /// A grade of a stage is recorded while the stage's step is open (its prerequisites done, itself not yet).
    case gradeStageNotOpen(stage: GradingStage, step: Int, done: Bool)
    /// The township's score must give every area of the version, each within its maximum.
    case gradingScoreInvalid(area: String, value: String, maximum: Int)
    case gradingAreasMissing([String])
    case gradingAreaUnknown(String, known: [String])
    /// 公示期为3天: the publicity step closes only once its days have passed since publication.
    case gradingPublicityTooShort(publishedOn: CivilDate, days: Int, earliest: CivilDate)
    /// An objection is filed within the working days after the county's result was made known.
    case objectionTooLate(filedOn: CivilDate, deadline: CivilDate)
    case objectionBeforeResult
    /// No undecided objection with this number in the grading.
    case gradingObjectionNotOpen(Int64)
    /// An upheld objection sets the grade; a dismissed one sets none.
    case objectionUpheldNeedsGrade
    /// A calendar table holds days of one year: the year named.
    case calendarYearMismatch(expected: Int, found: CivilDate)
    /// A deadline in working days falls in a year whose official calendar is not known.
    case calendarYearUnknown(Int)
    case rectificationUnknown(organization: String, year: Int)
    /// A rectification's acts are dated in its year or after.
    case dateBeforeCaseYear(date: CivilDate, year: Int)
    /// A grade is dated in the year graded.
    case gradeOutsideYear(date: CivilDate, year: Int)
    /// 年底复核: the re-grading is scored in December ("12月10日前…重新评级").
    case regradeOutsideDecember(CivilDate)
    /// …of an organization that rose or fell: a score giving the grade it has re-grades nothing.
    case regradeUnchanged(grade: OrganizationGrade, score: String)
    /// One more 好 would put the grades of the year under one 党(工)委 above the cap.
    case goodCapExceeded(good: Int, graded: Int, allowed: Int)
    case gradingAreaTwice(String)
    /// A grading is opened for this year or the last.
    case gradingYearOutOfRange(year: Int, today: CivilDate)
    /// A final 较差 is weak and lax by definition: no assessment says otherwise.
    case assessmentContradictsGrade(year: Int)
    case rectificationExists(organization: String, year: Int)
    /// No problem or measure with this number in the rectification.
    case rectificationItemUnknown(Int64)
    /// A measure reported not done is given a new deadline (限期整改); a done one none.
    case measureNeedsNewDeadline
    /// The representatives' counts: none negative, at least one.
    case assessmentCountInvalid
    /// The assessment is recorded once the measures' step is done.
    case rectificationStepNotOpen(step: Int)

    /// A stable name for scripts (`--json` prints it as `error.code`): the case's name in snake case.
    public var code: String {
        let name = Mirror(reflecting: self).children.first?.label ?? String(describing: self)
        return name.reduce(into: "") { code, character in
            if character.isUppercase { code += "_" + character.lowercased() } else { code.append(character) }
        }
    }
}

/// Which of the schema's constraints an act ran into, read from the database's message.
public enum ConstraintViolation: Sendable, Equatable {
    /// A record with the same key exists (UNIQUE / PRIMARY KEY): the table and the key's columns.
    case duplicate(table: String, columns: [String])
    /// A value outside what the column allows (CHECK): the table when the check names one alone, and the check.
    case valueNotAllowed(table: String?, check: String)
    /// A value the column requires is missing (NOT NULL), or of the wrong type (a STRICT table).
    case missingValue(table: String?, detail: String)
    /// A reference to a record that does not exist (FOREIGN KEY).
    case missingReference
    /// A record that may no longer change (a trigger that freezes it), or any other rule of the
    /// schema, with the database's words.
    case frozen(String)

    public init(databaseMessage message: String) {
        func after(_ prefix: String) -> String? { message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : nil }
        /// "t.a, t.b" → ("t", ["a", "b"]).
        func split(_ columns: String) -> (String, [String]) {
            let parts = columns.components(separatedBy: ", ").map { $0.split(separator: ".", maxSplits: 1).map(String.init) }
            return (parts.first?.first ?? "", parts.map { $0.last ?? "" })
        }
        if let columns = after("UNIQUE constraint failed: ") ?? after("PRIMARY KEY constraint failed: ") {
            let (table, names) = split(columns)
            self = .duplicate(table: table, columns: names)
        } else if let check = after("CHECK constraint failed: ") {
            self = .valueNotAllowed(table: nil, check: check)
        } else if let column = after("NOT NULL constraint failed: ") {
            self = .missingValue(table: split(column).0, detail: column)
        } else if message.hasPrefix("cannot store") {
            self = .missingValue(table: nil, detail: message)
        } else if message.hasPrefix("FOREIGN KEY constraint failed") {
            self = .missingReference
        } else {
            self = .frozen(message)
        }
    }
}

/// A name field checked by `Refusal.nameInvalid`.
public enum NameField: String, Sendable, Equatable {
    case operatorName, organizationName, guidanceMemberName, objectionFiler
}

/// What a closed step settled (`Refusal.stepClosed`).
public enum ClosedSubject: Sendable, Equatable {
    case weakAndLaxAssessment, seats, outgoingCommittee, recommendations, townshipRecommendation
    case list(ListStage)
    case vetting, publicity, objections, pledges, registration, electionMethod, officers, voting
    case exitAudits, termReviews, talks, archive
    /// 异议复核 of a grading.
    case gradingObjections
    /// The rating meeting's ballots.
    case ratings
    /// What a rectification step settled.
    case rectification
}

/// An approval a procedure version may or may not carry (`Refusal.approvalNotInProcedure`).
public enum ApprovalSubject: String, Sendable, Equatable {
    case candidateList, secretaryNominee, result, expectedAttendance
}

/// A free-text field a rule requires (`Refusal.detailRequired`).
public enum RequiredDetail: String, Sendable, Equatable {
    /// A 不得/不宜 finding: its source and facts.
    case findingSourceAndFacts
    /// A vetting answer with a finding.
    case vettingFinding
    /// Why a structure warning is acknowledged.
    case acknowledgementReason
    case objectionSummary
    case teamPosition, problemSummary, measureText, progressNote, rectificationDecisionReason
    /// Why the township assesses the organization weak and lax or not, rather than by its grade.
    case weakAndLaxReason
    /// Why the county upheld or dismissed an objection to a grade.
    case gradingDecisionReason
    /// The finding that resolves an objection.
    case objectionFinding
    /// The circumstances of an exclusion from the expected attendance.
    case exclusionCircumstances
    /// The county's reasons when it reviews a result.
    case reviewReasons
    /// What the re-reading of a ballot found.
    case rulingNote
    /// Why the township proposes another nominee for the secretary or deputy.
    case proposalReason
    /// Why the congress adjourned and what was decided.
    case adjournmentNote
    /// Why a candidacy is cancelled or an election declared void.
    case revocationReason
    /// How the township weighed the nine 不宜 items.
    case assessmentNote
    /// Who carried out an exit audit.
    case auditor
    /// What an exit audit found, when a finding is given.
    case auditProblems
    /// How the problems an audit found were dealt with.
    case auditHandling
    /// What a health finding rests on.
    case healthBasis
    /// Why the list is completed, and where the completion is published.
    case completionReason
    case completionPlace
    /// Why a village committee has more than the usual 3 seats (the township committee's decision).
    case seatsReason
    /// What a situation report says happened, and how it was dealt with.
    case situationSummary
    case situationHandling
    /// Who talked with the person, and what was said (step 29).
    case talkedBy
    case talkNote
    /// What was settled about a departing outgoing member's treatment.
    case departingTreatment
    /// A staff teller's name and position.
    case staffTellerPosition
    /// What the meeting recorded in the minutes did.
    case minutesSummary
    /// Where a publication was made.
    case publicationPlace
    /// A document's title, when one is given.
    case documentTitle
}

/// Why a member without a vote was named (`Refusal.noVote`).
public enum NoVoteContext: String, Sendable, Equatable {
    case registration, exclusion, scrutineer
}

/// 监票人、计票人
public enum OfficerDuty: String, Sendable, Codable, Equatable, CaseIterable {
    case chiefScrutineer = "chief_scrutineer"
    case scrutineer
    case teller
}

/// Who votes in a round: the members' congress, or the new committee's plenary (an indirect secretary vote).
public enum VotingBody: String, Sendable, Codable, Equatable, CaseIterable {
    case congress
    case committee
}

/// Why the database itself failed (not a rule): what the user can do about it differs by cause.
public enum DatabaseFailure: Sendable, Equatable {
    /// Another program holds the file past the wait (SQLITE_BUSY / SQLITE_LOCKED).
    case busy
    /// The file or its folder cannot be written (SQLITE_READONLY).
    case readOnly(path: String)
    /// The disk is full (SQLITE_FULL).
    case diskFull(path: String)
    /// The file cannot be opened (SQLITE_CANTOPEN).
    case cannotOpen(path: String)
    /// Not a database, or a damaged one (SQLITE_NOTADB / SQLITE_CORRUPT).
    case notADatabase(path: String)
    /// The disk or file system failed while reading or writing (SQLITE_IOERR).
    case inputOutput(path: String)
    /// A rule of the schema (outside an act).
    case constraint(ConstraintViolation)
    /// Anything else, with SQLite's primary result code.
    case other(code: Int32)
}

extension DatabaseFailure: UserDescribable {
    public func describe(_ language: Language) -> String {
        let zh = language == .zh
        let unchanged = zh ? "本次操作未生效" : "nothing was changed"
        switch self {
        case .busy:
            return zh ? "数据库正被另一个程序使用，等待超时：请稍后再试（\(unchanged)）" : "another program is using the database and the wait timed out: try again shortly (\(unchanged))"
        case .readOnly(let path):
            return zh ? "数据库文件 \(path) 不能写入：请检查该文件及所在目录的写权限（\(unchanged)）" : "the database \(path) cannot be written: check the write permission of the file and its folder (\(unchanged))"
        case .diskFull(let path):
            return zh ? "磁盘已满，无法写入 \(path)：请腾出空间后重试（\(unchanged)）" : "the disk is full; \(path) cannot be written: free some space and try again (\(unchanged))"
        case .cannotOpen(let path):
            return zh ? "无法打开数据库文件 \(path)：请检查路径和权限，或用 --db 指定其他文件" : "cannot open the database \(path): check the path and permissions, or choose another file with --db"
        case .notADatabase(let path):
            return zh ? "\(path) 不是推选数据库，或文件已损坏：请检查文件，或从备份恢复（tuixuan restore）" : "\(path) is not a Tuixuan database, or it is damaged: check the file, or restore a backup (tuixuan restore)"
        case .inputOutput(let path):
            return zh ? "读写 \(path) 时磁盘或文件系统出错（\(unchanged)）：请检查磁盘后重试" : "the disk or file system failed on \(path) (\(unchanged)): check the disk and try again"
        case .constraint(let violation):
            return Refusal.constraintViolated(violation).describe(language)
        case .other(let code):
            return zh ? "数据库出错（代码\(code)），\(unchanged)" : "database error (code \(code)); \(unchanged)"
        }
    }
}
