/// A proposal to leave a member out of the expected attendance, with the two approvals it needs.
public struct AttendanceExclusion: Sendable, Hashable, Codable {
    public var memberID: Int64
    public var reason: ExclusionReason
    /// 上级党组织同意
    public var higherCommitteeAgreed: Bool
    /// 党员大会通过
    public var congressApproved: Bool

    public init(memberID: Int64, reason: ExclusionReason, higherCommitteeAgreed: Bool, congressApproved: Bool) {
        self.memberID = memberID
        self.reason = reason
        self.higherCommitteeAgreed = higherCommitteeAgreed
        self.congressApproved = congressApproved
    }

    /// Only an exclusion both approved takes the member out of the figure.
    public var isEffective: Bool { higherCommitteeAgreed && congressApproved }
}

/// 应到会人数 and how it was reached.
public struct ExpectedAttendance: Sendable, Hashable, Codable {
    /// Members with a vote on the congress date.
    public var voterIDs: [Int64]
    /// Voters left out by an exclusion that both approvals have confirmed.
    public var excludedIDs: [Int64]
    /// Voters with an exclusion proposed but not yet approved twice: they still count.
    public var pendingIDs: [Int64]

    /// 应到会人数
    public var figure: Int { voterIDs.count - excludedIDs.count }
}

/// 应到会人数: every member with a vote, less those excluded for a listed reason with both the
/// higher committee's agreement and the congress's approval (rules.md "Expected attendance").
public func expectedAttendance(voterIDs: [Int64], exclusions: [AttendanceExclusion]) -> ExpectedAttendance {
    let voters = Set(voterIDs)
    let relevant = exclusions.filter { voters.contains($0.memberID) }
    return ExpectedAttendance(
        voterIDs: voterIDs.sorted(),
        excludedIDs: relevant.filter(\.isEffective).map(\.memberID).sorted(),
        pendingIDs: relevant.filter { !$0.isEffective }.map(\.memberID).sorted()
    )
}

/// The text an approval of the expected attendance is given over: if any part of it changes
/// afterwards (the congress date, the rule set, who votes, who is excluded), the approval is stale.
public func expectedAttendanceDigestInput(congressDate: CivilDate, ruleSetID: String, attendance: ExpectedAttendance) -> String {
    [
        "expected-attendance/v1",
        "congress=\(congressDate)",
        "rules=\(ruleSetID)",
        "voters=" + attendance.voterIDs.map(String.init).joined(separator: ","),
        "excluded=" + attendance.excludedIDs.map(String.init).joined(separator: ","),
        "figure=\(attendance.figure)",
    ].joined(separator: "\n")
}
