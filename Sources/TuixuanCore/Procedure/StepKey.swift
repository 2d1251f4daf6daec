/// The steps the program's own code acts on, by their stable `key` in the catalog
/// (`Schema/procedures/*.json`). Code never names a step by its number: a procedure version may
/// insert or renumber steps, and every version must still carry each of these keys exactly once
/// (`Procedure.problems()` refuses a catalog that lacks one). Numbers are for people: read them
/// from the catalog with `Procedure.number(of:)`.
public enum StepKey: String, Sendable, Codable, CaseIterable {
    /// 调查摸底 (seed step 1): the survey that assesses whether the organization is 软弱涣散.
    case survey
    /// 集中整顿 (seed step 2)
    case rectification
    /// 离任审计 (seed step 3): audits of the outgoing members; after it the outgoing committee is settled.
    case exitAudit = "exit_audit"
    /// 成立机构、制定方案 (seed step 5): the guidance group that chairs the term review is formed.
    case plan
    /// 任期目标考核 (seed step 7): each outgoing member's democratic evaluation.
    case termReview = "term_review"
    /// 党员选举登记 (seed step 10): registration and the expected attendance.
    case registration
    /// 确定推荐办法和职数 (seed step 11): the seats, and the county's approval of more than the previous term.
    case recommendationMethod = "recommendation_method"
    /// 党员和群众推荐 (seed step 12)
    case memberRecommendation = "member_recommendation"
    /// 乡镇党委推荐 (seed step 13)
    case townshipRecommendation = "township_recommendation"
    /// 资格联审 (seed step 15): after it the initial list is frozen.
    case jointVetting = "joint_vetting"
    /// 组织考察 (seed step 16): after it the inspection list is frozen.
    case inspection
    /// 确定候选人预备人选并公示 (seed step 17)
    case prospectiveCandidates = "prospective_candidates"
    /// 审批候选人预备人选 (seed step 18): after it the prospective list is frozen and the ballot exists.
    case listApproval = "list_approval"
    /// 签订纪律承诺 (seed step 19)
    case disciplinePledges = "discipline_pledges"
    /// 大会复会 (seed step 24): the election method and the congress officers.
    case congressResumes = "congress_resumes"
    /// 投票选举 (seed step 26)
    case voting
    /// 报批选举结果 (seed step 27)
    case resultApproval = "result_approval"
    /// 思想疏导 (seed step 29): talks with those who lost or were not renominated.
    case counselling
    /// 材料归档 (seed step 30): the archive bundle, checked and filed.
    case archive
}

extension Procedure {
    /// The step with this key. Every catalog that passed `problems()` has each `StepKey` once.
    public func step(_ key: StepKey) -> StepDefinition { actedOnStep(key.rawValue) }

    /// The step a key the code acts on names (an election's, a grading's, a rectification's): `problems()` admits no
    /// catalog of the kind without it.
    func actedOnStep(_ key: String) -> StepDefinition {
        guard let step = steps.first(where: { $0.key == key }) else {
            preconditionFailure("\(reference) has no step \(key): Procedure.problems() admits no such catalog")
        }
        return step
    }

    /// The number people know the step by, in this version.
    public func number(of key: StepKey) -> Int { step(key).number }

    /// The key the code knows a step by, if it acts on it.
    public func key(of number: Int) -> StepKey? {
        step(number).flatMap { StepKey(rawValue: $0.key) }
    }

    /// What the catalog lacks of the keys the code relies on, and keys used twice.
    func keyProblems() -> [String] {
        var problems: [String] = []
        let keys = steps.map(\.key)
        for key in Set(keys) where keys.filter({ $0 == key }).count > 1 {
            problems.append("step key \(key) is used by more than one step")
        }
        for key in procedureKind.actedOnKeys where !keys.contains(key) {
            problems.append("no step has the key \(key), which the program acts on")
        }
        return problems.sorted()
    }
}
