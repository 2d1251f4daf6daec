import CoreFoundation
import Foundation
import Testing
@testable import TuixuanCore

/// Generated malformed input for every importer, from a fixed seed and within a time bound:
/// no crash, and every rejection says where (line ≥ 1) and why.
@Suite("Fuzzing the importers")
struct FuzzTests {
    static let validRoll = """
        姓名,性别,出生日期,身份证号,文化程度,入党日期,党员类别,处分情况,留党察看开始日期,留党察看截止日期,流动党员,联系电话
        王建国,男,1968-04-12,33052119680412001X,高中,1992-07-01,正式,无,,,否,13800000000
        李秀英,女,1980-03-05,,大学本科,2005-06-30,正式,,,,是,
        "赵,刚",男,1970-01-01,,初中,1995-01-01,正式,留党察看,2026-06-01,2027-06-01,否,

        """
    static let validSheet = "票序,甲,乙,丙,另选他人1姓名,另选他人1,另选他人2姓名,另选他人2,空白票,废票\n1,○,×,,,,,,,\n2,,,,,,,,是,\n3,○,○,×,王五,○,,,,\n"
    static let validOrgs = "代码,名称,层级,上级代码,上届委员会职数\nT1,城关镇,乡镇,C1,\nV1,红旗村,村,T1,3\n"

    /// One malformed variant of `text`, chosen by the generator.
    static func mutate(_ text: String, _ random: inout SeededGenerator) -> [UInt8] {
        var bytes = Array(text.utf8)
        let injections: [String] = ["\"", "\"\"", "\n", "\r\n", ",", "'; DROP TABLE member; --", "\u{0}", "\u{3000}", "○×", "\u{FEFF}",
                                    String(repeating: "长", count: 20_000), "2024-02-30", "-1", "99999999999999999999", "　"]
        switch Int.random(in: 0..<8, using: &random) {
        case 0:   // flip bytes
            for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
        case 1:   // inject a nasty string
            let position = Int.random(in: 0...bytes.count, using: &random)
            bytes.insert(contentsOf: Array(injections.randomElement(using: &random)!.utf8), at: position)
        case 2:   // truncate anywhere, mid-character included
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
        case 3:   // GB18030, then cut mid-character
            let gb = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(0x0632))
            let encoded = [UInt8](text.data(using: gb) ?? Data())
            bytes = Array(encoded.prefix(max(0, encoded.count - Int.random(in: 0...3, using: &random))))
        case 4:   // drop or duplicate a header column
            var lines = text.components(separatedBy: "\n")
            var header = lines[0].components(separatedBy: ",")
            let index = Int.random(in: 0..<header.count, using: &random)
            if Bool.random(using: &random) { header.remove(at: index) } else { header.insert(header[index], at: index) }
            lines[0] = header.joined(separator: ",")
            bytes = Array(lines.joined(separator: "\n").utf8)
        case 5:   // a huge field
            let position = Int.random(in: 0...bytes.count, using: &random)
            bytes.insert(contentsOf: Array(String(repeating: "x", count: Int.random(in: 1_000...200_000, using: &random)).utf8), at: position)
        case 6:   // random garbage
            bytes = (0..<Int.random(in: 0...500, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        default:  // several injections at once
            for _ in 0..<Int.random(in: 2...6, using: &random) {
                bytes.insert(contentsOf: Array(injections.randomElement(using: &random)!.utf8), at: Int.random(in: 0...bytes.count, using: &random))
            }
        }
        return bytes
    }

    /// Feeds mutants to `importer` until `cases` are done or `seconds` pass.
    func fuzz(_ source: String, seed: UInt64, cases: Int = 1500, seconds: Double = 8, importer: ([CSVRecord]) throws -> Void) -> (accepted: Int, rejected: Int) {
        var random = SeededGenerator(seed: seed)
        let deadline = Date().addingTimeInterval(seconds)
        var accepted = 0, rejected = 0
        for _ in 0..<cases where Date() < deadline {
            let bytes = Self.mutate(source, &random)
            do {
                let (text, _) = try decodeText(bytes)
                try importer(try parseCSV(text))
                accepted += 1
            } catch let error as ImportRejected {
                rejected += 1
                #expect(!error.issues.isEmpty && error.issues.allSatisfy { $0.line >= 1 && !$0.reason.zh.isEmpty && !$0.reason.en.isEmpty })
            } catch let error as CSVSyntaxError {
                rejected += 1
                #expect(error.line >= 1 && error.column >= 1)
            } catch is TextDecodingError {
                rejected += 1
            } catch {
                Issue.record("unexpected error: \(error)")
            }
        }
        return (accepted, rejected)
    }

    @Test("member rolls")
    func memberRolls() {
        let today = CivilDate(year: 2026, month: 11, day: 21)!
        let result = fuzz(Self.validRoll, seed: 1) { records in
            let roll = try parseMemberRoll(records, today: today)
            for (_, member) in roll.members {
                #expect(!member.name.isEmpty && member.name.count <= 50 && !member.name.contains("\n"))
                #expect(member.birthDate <= today && member.joinedDate <= today)
            }
        }
        #expect(result.rejected > 100)
    }

    @Test("organization lists")
    func organizationLists() {
        let result = fuzz(Self.validOrgs, seed: 2) { records in
            for row in try parseOrganizationList(records) { #expect(isValidOrganizationCode(row.code)) }
        }
        #expect(result.rejected > 100)
    }

    @Test("counting sheets")
    func countingSheets() {
        let result = fuzz(Self.validSheet, seed: 3) { records in
            for ballot in try parseBallotSheet(records, candidates: ["甲", "乙", "丙"], writeInSlots: 2) {
                #expect(ballot.marks.count == 3 && ballot.writeIns.count <= 2)
                _ = scrutinize(ballot, candidates: ["甲", "乙", "丙"], seats: 2)
            }
        }
        #expect(result.rejected > 100)
    }

    @Test("recommendation ballots")
    func recommendationBallots() {
        _ = fuzz("推荐人选1,推荐人选2\n王建国,李秀英\n空白票,\n", seed: 4) { records in
            let ballots = records.dropFirst().map { RecommendationBallot(line: $0.line, names: $0.fields.enumerated().map { ("推荐人选\($0.offset + 1)", $0.element) }) }
            let tally = tallyRecommendations(ballots, maxNames: 3) { $0 == "王建国" ? .counts(memberID: 1) : .notOnRoll }
            #expect(tally.ballots == ballots.count)
            #expect(tally.rejected.allSatisfy { $0.line >= 1 })
        }
    }
}
