/// 休会的原因: why the congress stopped before its business was done.
public enum AdjournmentReason: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 到会人数不足: fewer present than the quorum needs, so no vote may be taken.
    case noQuorum = "no_quorum"
    /// 名额未选满: seats (or the secretary's post) still empty after the rounds the congress could hold;
    /// the presiding committee reports to the township and the congress meets again.
    case seatsUnfilled = "seats_unfilled"

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.noQuorum, .zh): "到会人数不足法定人数"
        case (.seatsUnfilled, .zh): "名额未选满，报乡镇党委"
        case (.noQuorum, .en): "no quorum"
        case (.seatsUnfilled, .en): "seats unfilled, reported to the township"
        }
    }
}

/// 休会: the congress adjourned on a date, to meet again on another with a new check-in. The
/// expected attendance stays as approved; those present at the sitting it ended are kept.
public struct Adjournment: Sendable, Codable, Hashable {
    /// The sitting it ended (the first sitting is 1).
    public var sitting: Int
    public var reason: AdjournmentReason
    public var note: String
    public var present: Int
    public var expected: Int
    public var adjournedOn: CivilDate
    public var reconveneOn: CivilDate
    public var recordedBy: String

    public init(sitting: Int, reason: AdjournmentReason, note: String, present: Int, expected: Int, adjournedOn: CivilDate,
                reconveneOn: CivilDate, recordedBy: String) {
        self.sitting = sitting
        self.reason = reason
        self.note = note
        self.present = present
        self.expected = expected
        self.adjournedOn = adjournedOn
        self.reconveneOn = reconveneOn
        self.recordedBy = recordedBy
    }
}

/// What the congress's adjournment rests on, gathered by the store.
public struct AdjournmentFacts: Sendable {
    public var quorate: Bool
    public var roundOpen: Bool
    /// Committee seats still empty (after any reduction), and whether the secretary (or a
    /// community's deputy) is still to be elected.
    public var seatsEmpty: Int
    public var postsEmpty: Int
    /// The tied of the last round still await their run-off.
    public var runOffPending: Bool
    /// Whether the committee vote has been held (closed).
    public var committeeVoteHeld: Bool
    /// Posts still to be elected by the new committee's plenary (indirect election), not by the congress.
    public var plenaryPostsEmpty = 0

    public init(quorate: Bool, roundOpen: Bool, seatsEmpty: Int, postsEmpty: Int, runOffPending: Bool, committeeVoteHeld: Bool = true) {
        self.quorate = quorate
        self.roundOpen = roundOpen
        self.seatsEmpty = seatsEmpty
        self.postsEmpty = postsEmpty
        self.runOffPending = runOffPending
        self.committeeVoteHeld = committeeVoteHeld
    }

    /// The same facts read from the round planning facts. The posts count only when the congress
    /// votes them (direct election); the committee's plenary elects them otherwise, without the congress.
    public init(planning facts: RoundPlanningFacts, quorate: Bool, roundOpen: Bool) {
        self.init(quorate: quorate, roundOpen: roundOpen, seatsEmpty: facts.seatsEmpty,
                  postsEmpty: facts.secretaryMode == .direct ? facts.postsEmpty.count : 0,
                  runOffPending: facts.lastClosedKind?.post == nil && (facts.lastClosed?.outcome.runOffSeats ?? 0) > 0,
                  committeeVoteHeld: facts.committeeVoteHeld)
        plenaryPostsEmpty = facts.secretaryMode == .indirect ? facts.postsEmpty.count : 0
    }
}

/// 休会 (条例 第二十二条 "进行选举时，有选举权的到会人数超过应到会人数的五分之四，会议有效"; 第二十四条
/// "对不足的名额另行选举"): a congress short of its quorum cannot vote and is adjourned to another
/// date; one that still has seats empty may be adjourned and reported to the township. Never while a
/// round is being voted, never with nothing left to elect, and not for want of a quorum that is there.
public func adjournmentRefusal(reason: AdjournmentReason, reconveneOn: CivilDate, adjournedOn: CivilDate, _ facts: AdjournmentFacts) -> Refusal? {
    guard !facts.roundOpen else { return .roundStillOpen }
    guard reconveneOn > adjournedOn else { return .reconveneNotAfterAdjournment(adjournedOn: adjournedOn, reconveneOn: reconveneOn) }
    guard facts.seatsEmpty + facts.postsEmpty > 0 else { return facts.plenaryPostsEmpty > 0 ? .onlyPlenaryRemains : .nothingLeftToElect }
    switch reason {
    case .noQuorum:
        guard !facts.quorate else { return .quorumPresent }
    case .seatsUnfilled:
        // Only once the committee vote has been held, and not over a run-off: the tied already passed the threshold.
        guard facts.committeeVoteHeld else { return .committeeVoteNotHeld }
        guard !facts.runOffPending else { return .tieAwaitsRunOff }
    }
    return nil
}

/// Where the congress stands and what comes next, in the order the rules put it (rules.md Counting;
/// 条例 第二十四条). The board and the count report say the same thing from this one value.
public enum CongressNext: Sendable, Hashable, Codable {
    /// The congress adjourned and has not yet a quorum at its new sitting: check in again.
    case reconvene(adjournedOn: CivilDate, reconveneOn: CivilDate, present: Int, needed: Int)
    /// Too few present: check in more, or adjourn to another date.
    case checkIn(present: Int, needed: Int)
    /// The committee vote on the approved list is next.
    case committeeVote
    /// Someone elected is not eligible: the township settles it (a void, or the decision) before anything else.
    case electedIneligible([LocalizedText])
    /// A cancelled candidacy left the approved ballot short of the margin: the list must be completed first.
    case ballotShort(have: Int, need: Int)
    /// After the committee vote, the further round's candidates (the unelected not revoked) are short of the margin: the
    /// list can no longer be completed, so the congress reduces the seats if it may, or adjourns and reports to the township.
    case furtherRoundShort(have: Int, need: Int, reducible: Bool)
    /// A round is being voted.
    case roundOpen(number: Int)
    /// The last round was void (more returned than issued): hold it again with new ballots.
    case holdAgain(number: Int, kind: RoundKind)
    /// A tie at the cut-off: a run-off among the tied.
    case runOff(tied: [String], seats: Int)
    /// Seats still empty: a further round, or, when `reducible`, reduce the seats with the congress's consent.
    case furtherRound(seatsEmpty: Int, reducible: Bool)
    /// Seats still empty and the further rounds the method allows are held: reduce the seats or
    /// adjourn and report to the township.
    case furtherRoundsExhausted(seatsEmpty: Int, limit: Int, reducible: Bool)
    /// The committee is complete: the post's vote (the secretary, a community's deputy).
    case postVote(post: Post)
    /// The post's nominee was not elected to the committee, or its vote elected no one: the township
    /// proposes another nominee from the elected committee.
    case proposeNominee(post: Post)
    /// The expected attendance changed since the township approved it: approve it again before the vote.
    case reapprove(approved: Int, now: Int)
    /// The committee's plenary (which elects the posts) lacks its quorum: the other members check in.
    case committeeCheckIn(present: Int, needed: Int)
    /// Every seat and post is filled.
    case complete
}

/// The facts `congressNext` reads.
public struct CongressState: Sendable {
    public var planning: RoundPlanningFacts
    public var quorum: (present: Int, needed: Int, quorate: Bool)
    public var lastAdjournment: Adjournment?
    /// The number and kind of the round still open, if one is.
    public var openRound: (number: Int, kind: RoundKind)?
    /// The latest round, when it was void.
    public var lastVoid: (number: Int, kind: RoundKind)?
    /// The approved expected attendance and today's, when they differ.
    public var reapproval: (approved: Int, now: Int)?
    /// The new committee's plenary's attendance.
    public var committeeQuorum: (present: Int, needed: Int, quorate: Bool)
    /// Elected members not eligible as things stand, each with the reasons (`result.electedEligible`).
    public var electedIneligible: [LocalizedText] = []

    public init(planning: RoundPlanningFacts, quorum: (present: Int, needed: Int, quorate: Bool), lastAdjournment: Adjournment?,
                openRound: (number: Int, kind: RoundKind)?, lastVoid: (number: Int, kind: RoundKind)?,
                reapproval: (approved: Int, now: Int)? = nil, committeeQuorum: (present: Int, needed: Int, quorate: Bool) = (0, 0, true)) {
        self.planning = planning
        self.quorum = quorum
        self.lastAdjournment = lastAdjournment
        self.openRound = openRound
        self.lastVoid = lastVoid
        self.reapproval = reapproval
        self.committeeQuorum = committeeQuorum
    }
}

/// What comes next at the congress (rules.md Counting; 条例 第二十二条, 第二十四条): a round still
/// open is finished first; a void round is held again; the tied go to their run-off; empty seats go
/// to a further round (or are reduced) until the method's limit; then the posts, each with a nominee
/// from the elected committee; and nothing is voted on without the quorum.
public func congressNext(_ state: CongressState) -> CongressNext {
    if let open = state.openRound { return .roundOpen(number: open.number) }
    // Nobody ineligible sits on: the seat is voided (and refilled) or the decision recorded before the congress goes on.
    if !state.electedIneligible.isEmpty { return .electedIneligible(state.electedIneligible) }
    let facts = state.planning
    let postsEmpty = facts.postsEmpty
    if facts.seatsEmpty == 0 && postsEmpty.isEmpty { return .complete }
    // With the committee complete and the posts elected by its plenary, the congress has nothing left to do.
    if facts.seatsEmpty == 0 && facts.secretaryMode == .indirect {
        if let void = state.lastVoid { return .holdAgain(number: void.number, kind: void.kind) }
        let post = postsEmpty[0]
        let standing = facts.standingNominees(for: post)
        if standing.isEmpty || facts.votedOn(standing, for: post) { return .proposeNominee(post: post) }
        if !state.committeeQuorum.quorate { return .committeeCheckIn(present: state.committeeQuorum.present, needed: state.committeeQuorum.needed) }
        return .postVote(post: post)
    }
    if let reapproval = state.reapproval { return .reapprove(approved: reapproval.approved, now: reapproval.now) }
    if !state.quorum.quorate {
        if let adjournment = state.lastAdjournment {
            return .reconvene(adjournedOn: adjournment.adjournedOn, reconveneOn: adjournment.reconveneOn,
                              present: state.quorum.present, needed: state.quorum.needed)
        }
        return .checkIn(present: state.quorum.present, needed: state.quorum.needed)
    }
    if let void = state.lastVoid { return .holdAgain(number: void.number, kind: void.kind) }
    if let outcome = facts.lastClosed?.outcome, outcome.runOffSeats > 0, facts.lastClosedKind?.post == nil {
        return .runOff(tied: outcome.tiedAtCutoff, seats: outcome.runOffSeats)
    }
    if facts.seatsEmpty > 0 {
        if !facts.committeeVoteHeld {
            if let ballot = facts.ballot, ballot.candidates.count < minimumCandidates(seats: ballot.seats, rule: facts.margin) {
                return .ballotShort(have: ballot.candidates.count, need: minimumCandidates(seats: ballot.seats, rule: facts.margin))
            }
            return .committeeVote
        }
        if let limit = facts.furtherRoundLimit, facts.furtherRoundsHeld >= limit {
            return .furtherRoundsExhausted(seatsEmpty: facts.seatsEmpty, limit: limit, reducible: facts.seatsReducible)
        }
        if case .failure(.ballotBelowMargin(let have, let need, _)) = Result(catching: { () throws(Refusal) in try planRound(.further, facts) }) {
            return .furtherRoundShort(have: have, need: need, reducible: facts.seatsReducible)
        }
        return .furtherRound(seatsEmpty: facts.seatsEmpty, reducible: facts.seatsReducible)
    }
    let post = postsEmpty[0]
    let standing = facts.standingNominees(for: post)
    return standing.isEmpty || facts.votedOn(standing, for: post) ? .proposeNominee(post: post) : .postVote(post: post)
}

extension CongressNext: UserDescribable {
    public func describe(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .reconvene(let adjournedOn, let reconveneOn, let present, let needed):
            return zh ? "大会已于\(adjournedOn)休会，定于\(reconveneOn)复会：须重新签到（已签到\(present)人，至少须\(needed)人）（tuixuan congress check-in）"
                : "the congress adjourned on \(adjournedOn) and meets again on \(reconveneOn): check in anew (\(present) so far, \(needed) needed) (tuixuan congress check-in)"
        case .checkIn(let present, let needed):
            return zh ? "到会\(present)人，至少须\(needed)人才能选举：继续签到，或休会另定日期（tuixuan congress adjourn --reason no-quorum）"
                : "\(present) present, \(needed) needed to vote: check in more, or adjourn to another date (tuixuan congress adjourn --reason no-quorum)"
        case .committeeVote:
            return zh ? "选举委员（tuixuan round open --kind committee）" : "hold the committee vote (tuixuan round open --kind committee)"
        case .electedIneligible(let problems):
            return zh ? "当选人资格有问题，须先处理（乡镇党委宣布当选无效 tuixuan result void，或记录审定的决定）：" + problems.map(\.zh).joined(separator: "；")
                : "an elected member is not eligible; settle it first (the township declares the election void, tuixuan result void, or records the decision): "
                    + problems.map(\.en).joined(separator: "; ")
        case .ballotShort(let have, let need):
            return zh ? "取消候选人资格后选票上只剩\(have)名候选人，差额选举至少须\(need)名：须报乡镇党委按程序补足候选人后才能投票（tuixuan candidates complete propose）"
                : "after the cancelled candidacy the ballot has \(have) candidates and the margin needs \(need): the township completes the list before the vote (tuixuan candidates complete propose)"
        case .furtherRoundShort(let have, let need, let reducible):
            let way = reducible
                ? (zh ? "经党员大会同意可减少职数（tuixuan congress reduce-seats），否则休会并报乡镇党委研究（tuixuan congress adjourn）"
                      : "the congress may reduce the seats (tuixuan congress reduce-seats); otherwise it adjourns and reports to the township (tuixuan congress adjourn)")
                : (zh ? "职数不能再减少：休会并报乡镇党委研究（tuixuan congress adjourn）" : "the seats cannot be reduced: adjourn and report to the township (tuixuan congress adjourn)")
            return zh ? "另行选举的候选人只剩\(have)名，差额选举至少须\(need)名；委员选举已开始，不能再补足候选人：\(way)"
                : "the further round has \(have) candidates and the margin needs \(need); the committee vote has begun, so the list can no longer be completed: \(way)"
        case .roundOpen(let number):
            return zh ? "第\(number)轮投票进行中：录入、核对后由总监票人宣布结果（tuixuan round close）"
                : "round \(number) is open: enter, reconcile, and the chief scrutineer declares it (tuixuan round close)"
        case .holdAgain(let number, let kind):
            return zh ? "第\(number)轮（\(kind.describe(.zh))）收回选票多于发出选票，无效：须用新选票重新投票（tuixuan round open --kind \(kind.rawValue)）"
                : "round \(number) (\(kind.describe(.en))) was void (more returned than issued): hold it again with new ballots (tuixuan round open --kind \(kind.rawValue))"
        case .runOff(let tied, let seats):
            return zh ? "\(tied.joined(separator: "、"))票数相等：须就\(seats)个名额在他们之间再次投票（tuixuan round open --kind runoff）"
                : "\(tied.joined(separator: ", ")) tied: a run-off among them for \(seats) seat(s) (tuixuan round open --kind runoff)"
        case .furtherRound(let seatsEmpty, let reducible):
            return zh ? "尚缺\(seatsEmpty)名委员：另行选举（tuixuan round open --kind further）" + (reducible ? "，或接近应选名额时经到会过半数同意减少职数（tuixuan congress reduce-seats）" : "")
                : "\(seatsEmpty) seat(s) empty: hold a further round (tuixuan round open --kind further)" + (reducible ? ", or, when close to the seats, reduce them with more than half of those present (tuixuan congress reduce-seats)" : "")
        case .furtherRoundsExhausted(let seatsEmpty, let limit, let reducible):
            return zh ? "尚缺\(seatsEmpty)名委员，选举办法规定的\(limit)次另行选举已进行完：" + (reducible ? "经到会过半数同意减少职数（tuixuan congress reduce-seats），或" : "") + "休会并报乡镇党委（tuixuan congress adjourn --reason seats-unfilled）"
                : "\(seatsEmpty) seat(s) empty and the \(limit) further round(s) the method allows are held: " + (reducible ? "reduce the seats with more than half of those present (tuixuan congress reduce-seats), or " : "") + "adjourn and report to the township (tuixuan congress adjourn --reason seats-unfilled)"
        case .postVote(let post):
            return zh ? "委员已选满：选举\(post.describe(.zh))（tuixuan round open --kind \(post == .secretary ? "secretary" : "deputy")）"
                : "the committee is complete: elect the \(post.describe(.en)) (tuixuan round open --kind \(post == .secretary ? "secretary" : "deputy"))"
        case .proposeNominee(let post):
            return zh ? "\(post.describe(.zh))人选未当选委员或未选出：须由乡镇党委从当选委员中另提人选并报县委组织部（tuixuan congress propose-nominee）"
                : "the \(post.describe(.en)) nominee was not elected to the committee, or the vote elected no one: the township proposes another from the elected committee and tells the county (tuixuan congress propose-nominee)"
        case .reapprove(let approved, let now):
            let change = approved == now ? (zh ? "应到会人员已有变动（人数仍为\(now)人）" : "those expected changed (still \(now))")
                : (zh ? "应到会人数已由批准时的\(approved)人变为\(now)人" : "the expected attendance changed from the approved \(approved) to \(now)")
            return zh ? change + "：新增的有选举权党员先登记（tuixuan registration record），再经乡镇党委重新批准（tuixuan registration approve），然后才能投票"
                : change + ": register any new member with a vote (tuixuan registration record), then the township approves the figure again (tuixuan registration approve) before any vote"
        case .committeeCheckIn(let present, let needed):
            return zh ? "委员会全体会议到会\(present)人，至少须\(needed)人：请其余委员签到（tuixuan congress check-in --body committee）"
                : "the committee's plenary has \(present), \(needed) needed: check in the other members (tuixuan congress check-in --body committee)"
        case .complete:
            return zh ? "委员、书记均已选出" : "every seat and post is filled"
        }
    }
}
