/// One election on a reviewer's board.
public struct OverviewEntry: Sendable, Hashable {
    public var electionID: Int64
    public var progress: ElectionProgress
    /// Steps not done whose due date in the township plan has passed, with that date.
    public var overdue: [(step: Int, due: CivilDate)]
    /// The township has approved the result and the county has not yet reviewed it.
    public var awaitingReview: Bool

    public init(electionID: Int64, progress: ElectionProgress, overdue: [(step: Int, due: CivilDate)], awaitingReview: Bool) {
        self.electionID = electionID
        self.progress = progress
        self.overdue = overdue
        self.awaitingReview = awaitingReview
    }

    public static func == (lhs: OverviewEntry, rhs: OverviewEntry) -> Bool {
        lhs.electionID == rhs.electionID && lhs.progress == rhs.progress && lhs.overdue.map(\.step) == rhs.overdue.map(\.step)
            && lhs.overdue.map(\.due) == rhs.overdue.map(\.due) && lhs.awaitingReview == rhs.awaitingReview
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(electionID) }

    /// Open steps that something blocks, with what blocks them.
    public var blocked: [(step: Int, blockers: [Blocker])] {
        progress.openSteps.compactMap { item in
            if case .open(let blockers) = item.status, !blockers.isEmpty { (item.step.number, blockers) } else { nil }
        }
    }
}

/// 逾期: the steps of `progress` not yet done whose due date is before `today`.
public func overdueSteps(_ progress: ElectionProgress, due: [Int: CivilDate], today: CivilDate) -> [(step: Int, due: CivilDate)] {
    progress.steps.compactMap { item in
        if case .done = item.status { return nil }
        guard let date = due[item.step.number], date < today else { return nil }
        return (item.step.number, date)
    }
}
