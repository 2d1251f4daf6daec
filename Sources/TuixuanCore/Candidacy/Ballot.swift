/// 选举票: the committee ballot printed from the approved list (rules.md "Ballots").
public struct BallotDesign: Sendable, Hashable, Codable {
    /// e.g. 王家湾村党组织委员会委员选举票
    public var title: String
    public var organizationName: String
    public var seats: Int
    /// Candidates in the order of the strokes of their surnames (以姓氏笔画为序).
    public var candidates: [String]
    /// 另选他人 slots: as many as there are seats.
    public var writeInSlots: Int
    /// 填写说明, numbered.
    public var instructions: [LocalizedText]
}

/// Lays out the committee ballot: candidates by surname strokes, one write-in slot per seat, and
/// the marking rules a voter must follow (○ yes, × no, nothing to abstain; a write-in only after a ×;
/// more approvals than seats makes the ballot invalid; no other marks).
public func committeeBallot(organizationName: String, seats: Int, candidates: [String]) -> BallotDesign {
    let ordered = sortedByStrokes(candidates)
    let instructions = [
        LocalizedText(zh: "本次选举应选委员\(seats)名，候选人\(ordered.count)名，实行差额选举。",
                      en: "\(seats) committee members are to be elected from \(ordered.count) candidates."),
        LocalizedText(zh: "候选人按姓氏笔画为序排列。", en: "Candidates are listed in the order of the strokes of their surnames."),
        LocalizedText(zh: "赞成的，在候选人姓名下方的空格内画“○”；不赞成的画“×”；弃权的不画任何符号。",
                      en: "Mark ○ under a candidate to vote yes, × to vote no; leave the box empty to abstain."),
        LocalizedText(zh: "对不赞成的候选人，可以在“另选他人”栏内写上另选人的姓名，并在其下方空格内画“○”。未画“×”的，不能另选他人。",
                      en: "After a ×, you may write another person's name under 另选他人 and mark ○ beneath it. Without a ×, no one may be written in."),
        LocalizedText(zh: "所画“○”的人数（含另选他人）等于或少于应选人数\(seats)名的为有效票，多于\(seats)名的为无效票。",
                      en: "A ballot approving \(seats) people or fewer (write-ins included) is valid; more than \(seats) makes it invalid."),
        LocalizedText(zh: "选票上不得作任何其他标记。请用黑色钢笔或签字笔填写。",
                      en: "Make no other mark on the ballot. Use a black pen."),
    ]
    return BallotDesign(title: "\(organizationName)党组织委员会委员选举票", organizationName: organizationName, seats: seats,
                        candidates: ordered, writeInSlots: seats, instructions: instructions)
}
