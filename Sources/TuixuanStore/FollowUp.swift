import Foundation
import GRDB
import TuixuanCore

/// One person the township must talk with after the election (step 29), and the talk if recorded.
public struct CounsellingEntry: Sendable, Hashable, Codable {
    public var memberID: Int64
    public var name: String
    /// 离任: an outgoing member leaving the committee (his treatment as a departing cadre is settled in the talk).
    public var leavingCommittee: Bool
    public var talk: Talk?

    public struct Talk: Sendable, Hashable, Codable {
        public var talkedOn: CivilDate
        public var talkedBy: String
        public var note: String
        public var treatment: String?
    }
}

/// What the archive filing (step 30) checked and kept.
public struct ArchiveFiling: Sendable, Hashable, Codable {
    public var bundleSHA256: String
    public var headEvent: Int64
    public var signatures: Int
    public var filedOn: CivilDate
}

extension AppDatabase {
    /// 落选和不再继续提名的同志 (step 29): the outgoing members and the prospective candidates not elected to the
    /// committee, each with whether they leave the outgoing committee, by member.
    func peopleToCounsel(_ db: Database, election: ElectionRef) throws -> [(id: Int64, name: String, leavingCommittee: Bool)] {
        let elected = Set(try electedCommitteeMembers(db, election: election).map(\.memberID))
        return try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT m.id, m.name, EXISTS (SELECT 1 FROM outgoing_member o WHERE o.election_id = ? AND o.member_id = m.id) AS outgoing
            FROM member m WHERE m.id IN (SELECT member_id FROM outgoing_member WHERE election_id = ?
                                         UNION SELECT member_id FROM list_entry WHERE election_id = ? AND stage = 'prospective')
            ORDER BY m.id
            """), arguments: [election.id, election.id, election.id]).compactMap { row in
            let id: Int64 = row["id"]
            return elected.contains(id) ? nil : (id, row["name"], row["outgoing"])
        }
    }

    /// Records the township's talk with one person who lost or was not renominated (step 29). For an outgoing member
    /// leaving the committee the talk also says what was settled about his treatment (落实好符合条件的离任干部待遇).
    public func recordTalk(by operatorName: String?, election reference: String, member memberReference: String, on date: CivilDate,
                           talkedBy: String, note: String, treatment: String?) throws {
        try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .counselling, what: .talks)
            guard try isStepDone(db, election, .resultApproval) else { throw Refusal.talkBeforeResult(step: election.step(.resultApproval)) }
            guard hasVisibleText(talkedBy) else { throw Refusal.detailRequired(.talkedBy) }
            guard hasVisibleText(note) else { throw Refusal.detailRequired(.talkNote) }
            if let treatment, !hasVisibleText(treatment) { throw Refusal.detailRequired(.departingTreatment) }
            try checkDates([date])
            if let voted = try stepDate(db, election, .voting), date < voted {
                throw Refusal.dateBeforeItsGrounds(date: date, grounds: voted)
            }
            let member = try resolveMember(db, organizationID: election.organizationID, memberReference)
            guard let person = try peopleToCounsel(db, election: election).first(where: { $0.id == member.id }) else {
                throw Refusal.notToCounsel(member: member.name)
            }
            if person.leavingCommittee && treatment == nil { throw Refusal.detailRequired(.departingTreatment) }
            if !person.leavingCommittee && treatment != nil { throw Refusal.treatmentNotDue(member: member.name) }
            if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM counselling_talk WHERE election_id = ? AND member_id = ?"), arguments: [election.id, member.id]) == true {
                throw Refusal.talkAlreadyRecorded(member: member.name)
            }
            try db.execute(sql: """
                INSERT INTO counselling_talk (election_id, member_id, talked_on, talked_by, note, treatment, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, member.id, date.description, talkedBy, note, treatment, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "talk.recorded", detail: [
                "member": member.name, "on": date.description, "by": talkedBy, "note": note, "treatment": treatment ?? "",
            ])
        }
    }

    /// Everyone to talk with after the election, with the talk when recorded (empty until the result is approved).
    public func counselling(election reference: String) throws -> [CounsellingEntry] {
        try writer.read { db in
            let election = try resolveElection(db, reference)
            guard try isStepDone(db, election, .resultApproval) else { return [] }
            let talks = try talksByMember(db, election: election)
            return try peopleToCounsel(db, election: election).map { CounsellingEntry(memberID: $0.id, name: $0.name, leavingCommittee: $0.leavingCommittee, talk: talks[$0.id]) }
        }
    }

    private func talksByMember(_ db: Database, election: ElectionRef) throws -> [Int64: CounsellingEntry.Talk] {
        var talks: [Int64: CounsellingEntry.Talk] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM counselling_talk WHERE election_id = ?"), arguments: [election.id]) {
            talks[row["member_id"]] = CounsellingEntry.Talk(talkedOn: row.civilDate("talked_on")!, talkedBy: row["talked_by"], note: row["note"], treatment: row["treatment"])
        }
        return talks
    }

    /// 材料归档 (step 30): checks that `bundle` is this database's own export for the election, covering the steps the
    /// archive rests on, its chain and signatures sound against the trust list this database holds, and that everything
    /// else it carries is what this database holds now: the election's labels, the operators and keys, the chain up to
    /// the last event, and the printable `records` (rendered again by the caller, `expectedRecords`). Then files it.
    public func fileArchive(by operatorName: String?, election reference: String, bundle: ArchiveBundle, expectedRecords: [String: String],
                            on date: CivilDate) throws -> ArchiveFiling {
        let trust = try storedTrustList()
        let check = AppDatabase.verifyBundle(bundle, trust: trust)
        return try act { db in
            let (election, actor) = try electionAct(db, reference, by: operatorName, roles: [.township])
            try refuseAfter(db, election: election, step: .archive, what: .archive)
            try checkDates([date])
            let organization = try fetchOrganization(db, id: election.organizationID)
            guard bundle.election.id == election.id, bundle.election.organizationCode == organization.code else {
                throw Refusal.bundleOfAnotherElection(bundle: "#\(bundle.election.id) \(bundle.election.title) (\(bundle.election.organizationCode))")
            }
            // The chain it carries is this database's, event for event.
            let hashes = Dictionary(uniqueKeysWithValues: try Row.fetchAll(try db.cachedStatement(sql: "SELECT id, hash FROM event")).map { ($0["id"] as Int64, $0["hash"] as String?) })
            guard let head = bundle.events.last, bundle.events.allSatisfy({ hashes[$0.id] == $0.hash }) else {
                throw Refusal.bundleNotFromThisDatabase
            }
            guard check.isSound else { throw Refusal.bundleNotSound(problems: check.problems) }
            // It archives the steps the archive rests on: each closed, and its closing in the chain.
            let procedure = try loadProcedure(db, electionID: election.id)
            let closed = Set(bundle.events.filter { $0.electionID == election.id && ["step.completed", "step.skipped"].contains($0.kind) }.compactMap(\.step))
            let missing = procedure.step(.archive).prerequisites.filter { !closed.contains($0) }
            guard missing.isEmpty else { throw Refusal.bundleBeforeSteps(missing) }
            // Nothing else in the file may differ from what this database holds (the unkeyed digest proves nothing).
            var differing: [String] = []
            let held = try bundleLabels(db, election: election)
            if bundle.election != held.summary { differing.append("election") }
            if bundle.operators != held.operators { differing.append("operators") }
            if bundle.keys != held.keys { differing.append("keys") }
            if head.id != (try Int64.fetchOne(try db.cachedStatement(sql: "SELECT max(id) FROM event")) ?? 0) { differing.append("events") }
            for name in Set(bundle.records.keys).union(expectedRecords.keys).sorted() where bundle.records[name] != expectedRecords[name] {
                differing.append(name)
            }
            guard differing.isEmpty else { throw Refusal.bundleContentDiffers(parts: differing) }
            if let rested = try String.fetchOne(try db.cachedStatement(sql: "SELECT max(happened_on) FROM step_outcome WHERE election_id = ? AND step IN (\(procedure.step(.archive).prerequisites.map(String.init).joined(separator: ",")))"),
                                                arguments: [election.id]).flatMap({ CivilDate(parsing: $0) }), date < rested {
                throw Refusal.dateBeforeItsGrounds(date: date, grounds: rested)
            }
            // A later bundle replaces one filed earlier, while the step is open.
            try db.execute(sql: "DELETE FROM archive_filing WHERE election_id = ?", arguments: [election.id])
            try db.execute(sql: """
                INSERT INTO archive_filing (election_id, bundle_sha256, head_event, head_hash, signatures, filed_on, filed_by, filed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [election.id, bundle.bundleSHA256, head.id, head.hash, check.signaturesChecked, date.description, actor.id, timestamp])
            try appendEvent(db, by: actor, organizationID: election.organizationID, electionID: election.id, kind: "archive.filed", detail: [
                "sha256": bundle.bundleSHA256, "head_event": String(head.id), "signatures": String(check.signaturesChecked), "on": date.description,
            ])
            return ArchiveFiling(bundleSHA256: bundle.bundleSHA256, headEvent: head.id, signatures: check.signaturesChecked, filedOn: date)
        }
    }

    /// Steps 29 and 30's facts: who has no talk yet, whether a bundle is filed, and the dates the steps rest on.
    func loadFollowUpFacts(_ db: Database, election: ElectionRef, into facts: inout ElectionFacts) throws {
        if try isStepDone(db, election, .resultApproval) {
            let people = try peopleToCounsel(db, election: election)
            let talks = try talksByMember(db, election: election)
            facts.peopleToCounsel = people.map(\.name)
            facts.peopleNotCounselled = people.filter { talks[$0.id] == nil }.map(\.name)
            if let latest = people.compactMap({ talks[$0.id]?.talkedOn }).max() {
                facts.factDates[election.step(.counselling)] = FactDate(date: latest, what: LocalizedText(zh: "谈心谈话", en: "the talks"))
            }
        }
        if let filed = try String.fetchOne(try db.cachedStatement(sql: "SELECT filed_on FROM archive_filing WHERE election_id = ?"), arguments: [election.id]).flatMap({ CivilDate(parsing: $0) }) {
            facts.archiveFiled = true
            facts.factDates[election.step(.archive)] = FactDate(date: filed, what: LocalizedText(zh: "归档包登记", en: "the filing of the archive bundle"))
        }
    }
}
