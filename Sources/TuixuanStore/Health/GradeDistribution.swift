import GRDB
import TuixuanCore

/// 等级分布: how the organizations under a county or a township were graded in a year, per 党(工)委 and in all, with the
/// 20% check (第一篇 四、2 "原则上评为“好”等级的党组织一般不能超过20%"): what a reviewer looks at across hundreds of villages.
public struct GradeDistribution: Sendable, Codable {
    public struct Line: Sendable, Codable {
        public var code: String
        public var name: String
        /// The villages and communities under it: what the cap is a share of.
        public var organizations: Int
        /// Gradings opened for the year, and those with a grade of the year.
        public var opened: Int
        public var graded: Int
        /// Initial grades (the township's), by grade code (`good`, `fairly_good`, `average`, `poor`): the cap applies to them.
        public var initial: [String: Int]
        /// Grades of the year (after objections; the year-end re-grading's once done).
        public var final: [String: Int]
        /// The most 好 the cap allows among the initial grades.
        public var goodAllowed: Int
        /// Whether the initial 好 exceed it.
        public var goodAboveCap: Bool
    }

    public var year: Int
    public var organization: String
    public var townships: [Line]
    public var total: Line
}

extension AppDatabase {
    /// The latest year graded under a county or township, if any grading exists there (nil quickly when none exists at all).
    public func latestGradingYear(under code: String) throws -> Int? {
        try writer.read { db in
            guard try Int.fetchOne(try db.cachedStatement(sql: "SELECT max(year) FROM procedure_case WHERE kind = 'grading'")) != nil else { return nil }
            let root = try fetchOrganization(db, code: code)
            guard root.level == .county || root.level == .township else { return nil }
            return try Int.fetchOne(try db.cachedStatement(sql: """
                WITH RECURSIVE down(id) AS (SELECT ? UNION ALL SELECT o.id FROM organization o JOIN down ON o.parent_id = down.id)
                SELECT max(year) FROM procedure_case WHERE kind = 'grading' AND organization_id IN (SELECT id FROM down)
                """), arguments: [root.id])
        }
    }

    /// The grade distribution of `year` under the county or township `code`.
    public func gradeDistribution(under code: String, year: Int) throws -> GradeDistribution {
        try writer.read { db in
            let root = try fetchOrganization(db, code: code)
            let townships: [Organization]
            switch root.level {
            case .county: townships = try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM organization WHERE parent_id = ? AND level = 'township' ORDER BY code"),
                                                       arguments: [root.id]).map(organization(from:))
            case .township: townships = [root]
            default: throw Refusal.notGraded(organization: root.name)
            }
            let plan = try chooseCatalog(db, key: "grading", version: nil, kind: .grading).0.grading!
            var lines: [GradeDistribution.Line] = []
            for township in townships {
                let villages = try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM organization WHERE parent_id = ? AND level IN ('village', 'community') ORDER BY code"),
                                                arguments: [township.id]).map(organization(from:))
                var line = GradeDistribution.Line(code: township.code, name: township.name, organizations: villages.count, opened: 0, graded: 0,
                                                  initial: [:], final: [:], goodAllowed: 0, goodAboveCap: false)
                for village in villages {
                    guard let grading = try? resolveGrading(db, village.code, year) else { continue }
                    line.opened += 1
                    let facts = try loadGradingFacts(db, grading)
                    if let initial = facts.grades[.initial]?.grade { line.initial[initial.rawValue, default: 0] += 1 }
                    if let grade = yearGrade(grading, facts) {
                        line.graded += 1
                        line.final[grade.rawValue, default: 0] += 1
                    }
                }
                let good = line.initial[OrganizationGrade.good.rawValue] ?? 0
                line.goodAllowed = villages.count * plan.goodCapPercent / 100
                line.goodAboveCap = goodShareExceeded(good: good, graded: villages.count, plan: plan, yearEnd: false) != nil
                lines.append(line)
            }
            var total = GradeDistribution.Line(code: root.code, name: root.name, organizations: lines.map(\.organizations).reduce(0, +),
                                               opened: lines.map(\.opened).reduce(0, +), graded: lines.map(\.graded).reduce(0, +),
                                               initial: [:], final: [:], goodAllowed: lines.map(\.goodAllowed).reduce(0, +),
                                               goodAboveCap: lines.contains(where: \.goodAboveCap))
            for line in lines {
                total.initial.merge(line.initial, uniquingKeysWith: +)
                total.final.merge(line.final, uniquingKeysWith: +)
            }
            return GradeDistribution(year: year, organization: root.code, townships: lines, total: total)
        }
    }
}
