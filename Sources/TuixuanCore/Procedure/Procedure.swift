import Foundation
import TuixuanSchema

/// 责任主体: the body the procedure makes responsible for a step (shown to users; the role
/// allowed to record it is `StepDefinition.roles`).
public enum ResponsibleBody: String, Sendable, Codable, CaseIterable, UserDescribable {
    case countyOrganizationDepartment = "county_organization_department"
    case countyLeadingGroup = "county_leading_group"
    case townshipCommittee = "township_committee"
    case guidanceGroup = "guidance_group"
    case villageOrganization = "village_organization"
    case membersCongress = "members_congress"
    case newCommittee = "new_committee"

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.countyOrganizationDepartment, .zh): "县委组织部"
        case (.countyLeadingGroup, .zh): "县“两委”换届工作领导小组"
        case (.townshipCommittee, .zh): "乡镇党委"
        case (.guidanceGroup, .zh): "驻村指导组"
        case (.villageOrganization, .zh): "村（社区）党组织"
        case (.membersCongress, .zh): "党员大会"
        case (.newCommittee, .zh): "新一届委员会"
        case (.countyOrganizationDepartment, .en): "county organization department"
        case (.countyLeadingGroup, .en): "county leading group"
        case (.townshipCommittee, .en): "township Party committee"
        case (.guidanceGroup, .en): "guidance group"
        case (.villageOrganization, .en): "village Party organization"
        case (.membersCongress, .en): "members' congress"
        case (.newCommittee, .en): "new committee"
        }
    }
}

/// What must be filed when a step is completed.
public enum RecordKind: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 会议记录: minutes of a meeting (date and summary)
    case minutes
    /// 文件: a document, kept by reference with its SHA-256
    case document
    /// 公示/公开: a publication (date and where)
    case publication

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.minutes, .zh): "会议记录"
        case (.document, .zh): "文件（含SHA-256）"
        case (.publication, .zh): "公示/公开记录"
        case (.minutes, .en): "minutes"
        case (.document, .en): "document (with SHA-256)"
        case (.publication, .en): "publication record"
        }
    }
}

/// 审批层级: who approves.
public enum ApprovalLevel: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 乡镇党委
    case township
    /// 县委组织部 / 县领导小组
    case county

    /// The role whose operators record an approval of this level by default.
    public var role: Role {
        switch self {
        case .township: .township
        case .county: .county
        }
    }

    /// Every role that may sign at this level.
    public var roles: Set<Role> {
        switch self {
        case .township: [.township, .townshipSecretary]
        case .county: [.county, .countyDeputyHead]
        }
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.township, .zh): "乡镇党委"
        case (.county, .zh): "县委组织部（县领导小组）"
        case (.township, .en): "township committee"
        case (.county, .en): "county organization department (leading group)"
        }
    }
}

/// An approval a step needs: by a level, of a subject. The subject `step` is the step's own
/// request; any other subject names something approved with a digest (e.g. `expectedAttendance`).
public struct ApprovalRequirement: Sendable, Codable, Hashable {
    public var level: ApprovalLevel
    public var subject: String
    /// The role that must give it, when not the level's own (e.g. 乡镇党委书记 signing at township level).
    public var role: Role?
    /// Its place in the step's sequence of approvals: every approval of the step with a lower order must
    /// be on file and current first (equal orders in any order among themselves). Absent: no order.
    public var order: Int?

    public static let stepSubject = "step"

    public init(level: ApprovalLevel, subject: String, role: Role? = nil, order: Int? = nil) {
        self.level = level
        self.subject = subject
        self.role = role
        self.order = order
    }

    /// The role whose operators give this approval.
    public var approverRole: Role { role ?? level.role }
}

/// 阶段
public struct Phase: Sendable, Codable, Hashable {
    public var id: String
    public var title: LocalizedText
}

/// One of the procedure's steps, as data.
public struct StepDefinition: Sendable, Codable, Hashable {
    public var number: Int
    public var key: String
    public var phase: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var responsible: ResponsibleBody
    /// Roles allowed to complete the step.
    public var roles: [Role]
    /// Steps that must be completed or skipped first.
    public var prerequisites: [Int]
    /// Records that must be filed with the completion.
    public var records: [RecordKind]
    /// Named conditions (see `Conditions`) that must hold.
    public var conditions: [String]
    /// Approvals that must exist and be current.
    public var approvals: [ApprovalRequirement]
    /// Roles allowed to skip the step, with a recorded reason. Absent: the step cannot be skipped.
    public var skipRoles: [Role]?
    /// Named conditions that must hold for the step to be skipped (e.g. step 2 only for an organization
    /// that is not weak and lax). Absent: a skip needs only the role and the reason.
    public var skipConditions: [String]?
    /// A deadline the procedure itself sets, counted from another step's date (step 31: within 3 months
    /// of the election). Shown as overdue on the board like a township's due date.
    public var dueAfter: DueAfter?

    public struct DueAfter: Sendable, Codable, Hashable {
        public var step: Int
        public var months: Int

        public init(step: Int, months: Int) {
            self.step = step
            self.months = months
        }
    }
}

/// What a procedure governs, and so which facts its named conditions read and which step keys the code acts on. The
/// engine interprets every kind alike; only the catalog check asks the kind which names it knows.
public enum ProcedureKind: String, Sendable, Codable, CaseIterable {
    /// 换届选举 (004 第五篇): conditions over `ElectionFacts`, keys `StepKey`.
    case election
    /// 分类定级 (004 第一篇): conditions over `GradingFacts`, keys `GradingStepKey`.
    case grading
    /// 整顿 (004 第二篇、第四篇; 第一篇 三、(二)4): conditions over `RectificationFacts`, keys `RectificationStepKey`.
    case rectification

    /// Whether a catalog of this kind may name the condition.
    func knowsCondition(_ name: String) -> Bool {
        switch self {
        case .election: Conditions.named(name) != nil
        case .grading: GradingFacts.condition(named: name) != nil
        case .rectification: RectificationFacts.condition(named: name) != nil
        }
    }

    /// The step keys the program acts on in a catalog of this kind: each must be there once.
    var actedOnKeys: [String] {
        switch self {
        case .election: StepKey.allCases.map(\.rawValue)
        case .grading: GradingStepKey.allCases.map(\.rawValue)
        case .rectification: RectificationStepKey.allCases.map(\.rawValue)
        }
    }
}

/// A versioned procedure: phases and steps, decoded from `Schema/procedures/*.json`.
public struct Procedure: Sendable, Codable, Hashable {
    public var format: Int
    /// What the procedure governs; absent in the election catalogs written before there was another kind.
    public var kind: ProcedureKind?
    public var procedure: String
    public var version: Int
    public var title: LocalizedText
    public var source: String
    public var defaultRuleSet: String
    public var phases: [Phase]
    public var steps: [StepDefinition]
    /// The county plan's figures for choosing candidates; catalogs written before them use the seed plan's.
    public var plan: LocalPlan?
    /// A grading's figures (kind `grading` only): areas, grade bands, the cap on 好, the periods.
    public var grading: GradingPlan?

    /// What the procedure governs (an election when the catalog does not say).
    public var procedureKind: ProcedureKind { kind ?? .election }

    /// The plan figures this procedure uses.
    public var localPlan: LocalPlan { plan ?? .seed2018 }

    /// `2018-county@1`
    public var reference: String { "\(procedure)@\(version)" }

    public func step(_ number: Int) -> StepDefinition? {
        steps.first { $0.number == number }
    }

    public func phase(_ id: String) -> Phase? {
        phases.first { $0.id == id }
    }

    /// Decodes and checks a catalog. Every problem is reported, not only the first.
    public static func decode(_ text: String) throws(CatalogError) -> Procedure {
        let procedure: Procedure
        do {
            procedure = try JSONDecoder().decode(Procedure.self, from: Data(text.utf8))
        } catch {
            throw CatalogError(problems: ["JSON: \(describeDecodingError(error))"])
        }
        let problems = procedure.problems()
        guard problems.isEmpty else { throw CatalogError(problems: problems) }
        return procedure
    }

    /// Everything wrong with the catalog: numbering, phases, prerequisites, condition names, the step keys
    /// the program acts on (`StepKey`).
    public func problems() -> [String] {
        var problems: [String] = []
        if format != 1 { problems.append("format \(format) is not supported (expected 1)") }
        if version < 1 { problems.append("version must be 1 or more") }
        if RuleSet.builtIn[defaultRuleSet] == nil { problems.append("defaultRuleSet \(defaultRuleSet) is not a known rule set") }
        let numbers = steps.map(\.number)
        if numbers != Array(1...max(1, steps.count)) || steps.isEmpty {
            problems.append("steps must be numbered 1…\(steps.count) in order")
        }
        let phaseIDs = phases.map(\.id)
        if Set(phaseIDs).count != phaseIDs.count { problems.append("phase ids must be unique") }
        var lastPhaseIndex = 0
        for step in steps {
            let label = "step \(step.number)"
            if let index = phaseIDs.firstIndex(of: step.phase) {
                if index < lastPhaseIndex { problems.append("\(label): phase \(step.phase) comes before the previous step's phase") }
                lastPhaseIndex = index
            } else {
                problems.append("\(label): unknown phase \(step.phase)")
            }
            if step.roles.isEmpty { problems.append("\(label): no role may complete it") }
            for prerequisite in step.prerequisites where !(1..<step.number).contains(prerequisite) {
                problems.append("\(label): prerequisite \(prerequisite) must be an earlier step")
            }
            for name in step.conditions where !procedureKind.knowsCondition(name) {
                problems.append("\(label): unknown condition \(name)")
            }
            for approval in step.approvals where !approval.level.roles.contains(approval.approverRole) {
                problems.append("\(label): role \(approval.approverRole.rawValue) cannot approve at \(approval.level.rawValue) level")
            }
            if let skipRoles = step.skipRoles, skipRoles.isEmpty {
                problems.append("\(label): skipRoles is empty (omit it to forbid skipping)")
            }
            for name in step.skipConditions ?? [] where !procedureKind.knowsCondition(name) {
                problems.append("\(label): unknown skip condition \(name)")
            }
            if step.skipConditions != nil && step.skipRoles == nil { problems.append("\(label): skipConditions without skipRoles") }
            if let due = step.dueAfter {
                if !(1..<step.number).contains(due.step) { problems.append("\(label): dueAfter.step must be an earlier step") }
                if !(1...24).contains(due.months) { problems.append("\(label): dueAfter.months must be 1 to 24") }
            }
            for approval in step.approvals where (approval.order ?? 1) < 1 {
                problems.append("\(label): approval order must be 1 or more")
            }
        }
        switch (procedureKind, grading) {
        case (.grading, nil): problems.append("a grading catalog needs its figures (grading)")
        case (.grading, let plan?): problems += plan.problems()
        case (_, _?): problems.append("only a grading catalog has grading figures")
        case (_, nil): break
        }
        return problems + keyProblems()
    }

    /// The catalogs shipped in `Schema/procedures/`.
    public static let builtIn: [Procedure] = SchemaFiles.files(in: "procedures").map { file in
        do {
            return try Procedure.decode(file.text)
        } catch {
            preconditionFailure("Schema/\(file.path) is not a valid catalog: \(error)")
        }
    }

    /// The shipped catalogs of one kind.
    public static func builtIn(_ kind: ProcedureKind) -> [Procedure] { builtIn.filter { $0.procedureKind == kind } }

    /// Every phase of the shipped election catalogs, once each, in catalog order. Read from the catalogs' `phases` alone:
    /// `overview --phase`'s help lists them on every run of `overview`, and decoding every whole catalog for it was a tenth of
    /// a county board's time.
    public static let builtInPhases: [Phase] = {
        struct Phases: Decodable {
            var kind: ProcedureKind?
            var phases: [Phase]
        }
        var seen: Set<String> = []
        let decoder = JSONDecoder()
        return SchemaFiles.files(in: "procedures").compactMap { try? decoder.decode(Phases.self, from: Data($0.text.utf8)) }
            .filter { ($0.kind ?? .election) == .election }
            .flatMap(\.phases).filter { seen.insert($0.id).inserted }
    }()

    /// A phase named by its id (`candidates`) or its title in either language (`推选候选人`), as a user may type it.
    public static func builtInPhase(named name: String) -> Phase? {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        return builtInPhases.first { $0.id == wanted || $0.title.zh == wanted || $0.title.en.lowercased() == wanted.lowercased() }
    }

    /// The source text of a shipped catalog, as pinned into a database.
    public static func builtInText(procedure: String, version: Int) -> String? {
        SchemaFiles.text(at: "procedures/\(procedure).v\(version).json")
    }
}

/// A catalog that cannot be used, with every reason.
public struct CatalogError: Error, Sendable, Equatable {
    public var problems: [String]
}

func describeDecodingError(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case .keyNotFound(let key, let context): return "missing key \(key.stringValue) at \(path(context))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
        return "\(context.debugDescription) at \(path(context))"
    @unknown default: return "\(error)"
    }
}
