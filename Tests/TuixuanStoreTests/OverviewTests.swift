import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

@Suite("The county overview")
struct OverviewTests {
    @Test("phases, blockers, overdue steps and results awaiting review match a straightforward recomputation")
    func matchesRecomputation() throws {
        let fixture = try Fixture()
        let db = fixture.db
        try db.addOrganization(by: "县审核", code: "V3", name: "向阳村", level: .village, parentCode: "T", previousCommitteeSize: 3)
        var elections: [String: String] = [:]
        for code in ["V1", "V2", "V3"] {
            elections[code] = String(try db.startElection(by: "县审核", organizationCode: code, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!))
        }
        try db.seed { conn in
            for (code, last) in [("V1", 10), ("V3", 27)] {
                for step in 1...last {
                    try conn.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                                     arguments: [Int(elections[code]!)!, step])
                }
            }
            try conn.execute(sql: "INSERT INTO approval (election_id, subject, step, level, operator_id, approved_at) VALUES (?, 'result', 27, 'township', 2, 'now')",
                             arguments: [Int(elections["V3"]!)!])
        }
        let today = Fixture.day   // 2026-10-20
        try db.setDueDate(by: "乡指导", township: "T", step: 11, due: CivilDate(year: 2026, month: 10, day: 10)!)
        try db.setDueDate(by: "乡指导", township: "T", step: 30, due: CivilDate(year: 2026, month: 10, day: 1)!)
        try db.setDueDate(by: "乡指导", township: "T", step: 28, due: today)           // due today: not yet overdue
        try db.setDueDate(by: "外乡指导", township: "T2", step: 1, due: CivilDate(year: 2026, month: 10, day: 19)!)
        #expect(throws: Refusal.outOfScope(operatorName: "外乡指导", organization: "城关镇")) { try db.setDueDate(by: "外乡指导", township: "T", step: 2, due: today) }

        let board = try db.overview(under: "C")
        #expect(board.map(\.summary.organizationCode) == ["V1", "V2", "V3"])

        // The straightforward recomputation, from the rows themselves.
        let procedure = try db.status(election: String(board[0].summary.id)).procedure
        let rows = try db.writer.read { conn in
            try Row.fetchAll(conn, sql: "SELECT election_id, step FROM step_outcome")
        }
        let done = Dictionary(grouping: rows, by: { $0["election_id"] as Int64 }).mapValues { Set($0.map { $0["step"] as Int }) }
        let dueRows = try db.writer.read { conn in try Row.fetchAll(conn, sql: "SELECT o.code, d.step, d.due_on FROM step_due d JOIN organization o ON o.id = d.township_id") }
        for item in board {
            let id = item.summary.id
            let doneSteps = done[id] ?? []
            let firstOpen = procedure.steps.first { !doneSteps.contains($0.number) }
            #expect(item.line.phase == firstOpen?.phase)
            #expect(item.line.done == doneSteps.count)
            let township = item.summary.organizationCode == "V2" ? "T2" : "T"
            let expectedOverdue = dueRows.filter { $0["code"] == township }.compactMap { row -> Int? in
                let step: Int = row["step"]
                return !doneSteps.contains(step) && CivilDate(parsing: row["due_on"])! < today ? step : nil
            }.sorted()
            #expect(item.overdue.map(\.step) == expectedOverdue, "\(item.summary.organizationCode)")
            // Every open step with unmet conditions or approvals is listed as blocked, and only those.
            let engine = ProcedureEngine(procedure: procedure)
            let facts = try db.writer.read { conn in try db.loadFacts(conn, electionID: id) }
            let expectedBlocked = procedure.steps.filter { step in
                !doneSteps.contains(step.number) && step.prerequisites.allSatisfy(doneSteps.contains)
                    && engine.blockersToComplete(step.number, role: step.roles[0], records: Set(step.records), facts).contains {
                        if case .conditionUnmet = $0 { true } else if case .approvalMissing = $0 { true } else if case .approvalStale = $0 { true } else { false }
                    }
            }.map(\.number)
            #expect(item.line.blocked.map(\.step) == expectedBlocked, "\(item.summary.organizationCode)")
        }
        let phases = Dictionary(grouping: board, by: { $0.line.phase ?? "done" }).mapValues(\.count)
        #expect(phases == ["candidates": 1, "preparation": 1, "follow_up": 1])
        #expect(board.map(\.line.awaitingReview) == [false, false, true])
        #expect(board.map { $0.overdue.map(\.step) } == [[11, 30], [1], [30]])
        // The kept board is the live one.
        #expect(try db.overview(under: "C", live: true).map(\.line) == board.map(\.line))
    }

    @Test("a kept line a date can change (publicity not yet over) is used only on its day; the next day the board recomputes it")
    func dateSensitiveLine() throws {
        let fixture = try Fixture(roll: CandidacyStepsTests.roll)
        let election = try fixture.startElection()
        try fixture.db.seed { db in
            for step in 1...16 {
                try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                               arguments: [Int(election)!, step])
            }
            try db.execute(sql: "INSERT INTO seat_plan (election_id, committee, secretary, deputy_secretary, set_by, set_at) VALUES (?, 3, 1, 0, 1, 'now')", arguments: [Int(election)!])
        }
        try fixture.seedListChain(election, [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", [])])
        try fixture.weekAgo().setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", [])])
        // Publicity 2026-10-16 … 2026-10-20: today (the 20th) it has not ended.
        _ = try fixture.db.startPublicity(by: "村书记", election: election, start: CivilDate(year: 2026, month: 10, day: 16)!, days: 5, place: "公开栏")
        try fixture.db.completeStep(by: "村书记", election: election, step: 17, happenedOn: Fixture.day, records: [
            StepRecordInput(kind: .minutes, dated: Fixture.day, summary: "公示")])
        func publicityBlocks(_ board: [BoardEntry]) -> Bool {
            board[0].line.blocked.contains { $0.step == 18 && $0.reasons.contains { $0.zh.contains("公示") } }
        }
        let today = try fixture.db.overview(under: "V1")
        #expect(publicityBlocks(today))
        let kept = try fixture.db.writer.read { db in try Row.fetchOne(db, sql: "SELECT computed_on, date_sensitive FROM election_board WHERE election_id = ?", arguments: [Int(election)!])! }
        #expect(kept["computed_on"] == "2026-10-20" && kept["date_sensitive"] == true)
        // The next day, with no act in between: the kept line is not used, and the board shows publicity over.
        let tomorrow = try AppDatabase(writer: fixture.db.writer, keyring: .test, clock: { Fixture.now.addingTimeInterval(86_400) })
        let board = try tomorrow.overview(under: "V1")
        #expect(!publicityBlocks(board))
        #expect(board.map(\.line) == (try tomorrow.overview(under: "V1", live: true)).map(\.line))
        #expect(board.map(\.line) != today.map(\.line))
    }
}
