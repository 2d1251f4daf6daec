import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Incumbents: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "incumbents", abstract: L("登记上届委员会成员及职务（用于判断现任人员继续提名）", "record the outgoing committee and posts (for incumbents continuing)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(name: .customLong("member"), help: ArgumentHelp(L("成员：姓名[:书记|副书记|委员]", "member: NAME[:secretary|deputy|member]"))) var members: [MemberPosts]

        func validate() throws {
            if let entry = members.first(where: { $0.posts.count != 1 }) {
                throw ValidationError(L("\(entry.member)：上届职务只能写一个", "\(entry.member): give one post in the outgoing committee"))
            }
        }

        func run(_ db: AppDatabase) throws {
            let entries = members.map { OutgoingMember($0.member, $0.posts.first!) }
            try db.setOutgoingCommittee(by: actor.resolved, election: target.election, members: entries)
            print(L("已登记上届委员会成员\(entries.count)名", "recorded \(entries.count) outgoing committee members"))
        }
    }
}
