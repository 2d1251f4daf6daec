import Foundation
import GRDB
import TuixuanCore

extension AppDatabase {
    // MARK: 来源渠道 and other posts

    /// Records where a member of a roll comes from and what else they hold (第五篇 三 "拓宽来源渠道"; 四 "一肩挑"、团支部书记、
    /// 妇联主席), replacing what was recorded before. Whoever keeps the roll may record it.
    public func recordProfile(by operatorName: String?, organizationCode: String, member reference: String, profile: MemberProfile) throws {
        try act { db in
            let organization = try fetchOrganization(db, code: organizationCode)
            let actor = try authorize(db, operatorName, organizationID: organization.id, roles: [.county, .township, .village])
            let member = try resolveMember(db, organizationID: organization.id, reference)
            let now = timestamp
            try db.execute(sql: "DELETE FROM member_attribute WHERE member_id = ?", arguments: [member.id!])
            let rows = Background.allCases.filter(profile.backgrounds.contains).map { ("background", $0.rawValue) }
                + OtherPost.allCases.filter(profile.posts.contains).map { ("post", $0.rawValue) }
            for (kind, code) in rows {
                try db.execute(sql: "INSERT INTO member_attribute (member_id, kind, code, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [member.id!, kind, code, actor.id, now])
            }
            try appendEvent(db, by: actor, organizationID: organization.id, kind: "member.profile",
                            detail: ["member": member.name, "backgrounds": rows.filter { $0.0 == "background" }.map(\.1).joined(separator: ","),
                                     "posts": rows.filter { $0.0 == "post" }.map(\.1).joined(separator: ",")])
        }
    }

    /// The profiles recorded for an organization's members, by member id (members without one are absent).
    func fetchProfiles(_ db: Database, organizationID: Int64) throws -> [Int64: MemberProfile] {
        var profiles: [Int64: MemberProfile] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT a.member_id, a.kind, a.code FROM member_attribute a JOIN member m ON m.id = a.member_id WHERE m.organization_id = ?
            """, arguments: [organizationID]) {
            let id: Int64 = row["member_id"]
            let code: String = row["code"]
            if row["kind"] == "background", let background = Background(rawValue: code) {
                profiles[id, default: MemberProfile()].backgrounds.insert(background)
            } else if let post = OtherPost(rawValue: code) {
                profiles[id, default: MemberProfile()].posts.insert(post)
            }
        }
        return profiles
    }

    /// 班子结构 of each list of an election, and of the committee once elected (key `elected`).
    func compositions(_ db: Database, election: ElectionRef, lists: [ListStage: [Int64: Set<Post>]], plan: LocalPlan) throws -> [String: Composition] {
        let members = Dictionary(uniqueKeysWithValues: try fetchMembers(db, organizationID: election.organizationID).map { ($0.id!, $0) })
        let profiles = try fetchProfiles(db, organizationID: election.organizationID)
        var holders: [OtherPost: [String]] = [:]
        for (id, profile) in profiles.sorted(by: { $0.key < $1.key }) {
            for post in profile.posts { holders[post, default: []].append(members[id]?.name ?? "") }
        }
        func people(_ entries: [(Int64, Bool)]) -> [CompositionPerson] {
            entries.compactMap { id, secretary in
                members[id].map {
                    CompositionPerson(name: $0.name, gender: $0.gender, age: $0.birthDate.age(on: election.congressDate),
                                      profile: profiles[id] ?? MemberProfile(), secretary: secretary)
                }
            }.sorted { $0.name < $1.name }
        }
        var result: [String: Composition] = [:]
        for (stage, entries) in lists where !entries.isEmpty {
            result[stage.rawValue] = composition(of: people(entries.map { ($0.key, $0.value.contains(.secretary)) }), youthAge: plan.youthAgeBelow, rollHolders: holders)
        }
        let elected = try electedCommitteeMembers(db, election: election)
        if !elected.isEmpty {
            let secretary = Set(try postVotes(db, electionID: election.id)[.secretary]?.compactMap(\.elected) ?? [])
            result["elected"] = composition(of: people(elected.map { ($0.memberID, secretary.contains($0.name)) }), youthAge: plan.youthAgeBelow, rollHolders: holders)
        }
        return result
    }
}
