/// 换届概况的一行: what a reviewer's board shows of one election, as the engine concluded it. Kept
/// by the store between acts, so it holds everything the board needs and nothing that depends on
/// the township's timetable (overdue steps are worked out when the board is read).
public struct BoardLine: Sendable, Hashable, Codable {
    /// The phase of the first step not yet done, with its title (nil when every step is done).
    public var phase: String?
    public var phaseTitle: LocalizedText?
    public var done: Int
    public var total: Int
    public var lastDoneStep: Int?
    /// The open steps: what can be worked on now.
    public var next: [Int]
    /// Open steps that something blocks, with what blocks them.
    public var blocked: [BlockedStep]
    /// Every step not yet done (for the overdue check).
    public var notDone: [Int]
    /// The township has approved the result and the county has not yet reviewed it.
    public var awaitingReview: Bool
    /// Deadlines the procedure sets itself (`StepDefinition.dueAfter`), once the step they count from is
    /// done. Nil in lines kept before they existed.
    public var deadlines: [OverdueStep]?

    public struct BlockedStep: Sendable, Hashable, Codable {
        public var step: Int
        public var reasons: [LocalizedText]
    }

    public init(progress: ProcedureProgress, procedure: Procedure, awaitingReview: Bool) {
        phase = progress.currentPhase
        phaseTitle = phase.flatMap { procedure.phase($0)?.title }
        done = progress.doneCount
        total = progress.steps.count
        lastDoneStep = progress.lastDoneStep
        next = progress.openSteps.map(\.step.number)
        blocked = progress.openSteps.compactMap { item in
            guard case .open(let blockers) = item.status, !blockers.isEmpty else { return nil }
            return BlockedStep(step: item.step.number, reasons: blockers.map { LocalizedText($0) })
        }
        notDone = progress.steps.compactMap { if case .done = $0.status { nil } else { $0.step.number } }
        self.awaitingReview = awaitingReview
        var doneOn: [Int: CivilDate] = [:]
        for item in progress.steps { if case .done(let outcome) = item.status { doneOn[item.step.number] = outcome.happenedOn } }
        deadlines = procedure.steps.compactMap { step in
            guard let rule = step.dueAfter, let from = doneOn[rule.step] else { return nil }
            return OverdueStep(step: step.number, due: from.adding(months: rule.months))
        }
    }

    /// 逾期: the steps not yet done whose due date (the township's, or the procedure's own deadline,
    /// whichever is earlier) is before `today`.
    public func overdue(due: [Int: CivilDate], today: CivilDate) -> [OverdueStep] {
        let own = Dictionary((deadlines ?? []).map { ($0.step, $0.due) }, uniquingKeysWith: min)
        return notDone.compactMap { step in
            guard let date = [due[step], own[step]].compactMap({ $0 }).min(), date < today else { return nil }
            return OverdueStep(step: step, due: date)
        }
    }
}

/// A step not done whose due date in the township plan has passed.
public struct OverdueStep: Sendable, Hashable, Codable {
    public var step: Int
    public var due: CivilDate
}

/// Which board lines a change of date can alter: the publicity period's start and end (steps 17
/// and 19) are judged against today, so until it has ended the line is good for one day only.
public func boardLineDependsOnDate(_ facts: ElectionFacts) -> Bool {
    guard let publicity = facts.publicity, let today = facts.today else { return false }
    return !publicity.hasEnded(on: today)
}
