import TuixuanCore

/// Why the store refused an act. Nothing was written when one of these is thrown.
public enum StoreError: Error, Sendable, Equatable, UserDescribable {
    /// No `--operator` given (nor TUIXUAN_OPERATOR).
    case operatorRequired
    case operatorUnknown(String)
    case organizationUnknown(String)
    case electionUnknown(String)
    case memberUnknown(String)
    case memberAmbiguous(String, candidates: [String])
    /// The operator's area does not include this organization.
    case outOfScope(operatorName: String, organization: String)
    /// The operator's role may not do this at all.
    case roleNotAllowed(Role, allowed: [Role])
    /// The engine refused a step act: every reason.
    case refused(step: Int, title: LocalizedText, blockers: [Blocker])
    case stepUnknown(Int, count: Int)
    case importRejected(ImportRejected)
    /// A rule of the domain says no; the text says which and why.
    case invalid(LocalizedText)
    /// The file holds changes no event records: someone wrote to it outside the program.
    case unrecordedChanges
    /// The operator has a registered key, but it was not unlocked for this command.
    case signatureRequired(String)
    /// The unlocked key is not the operator's registered key.
    case keyMismatch(String)
    /// The key file would not open: wrong passphrase, or the file was altered.
    case keyLocked

    public func describe(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .operatorRequired:
            return zh ? "请用 --operator 指明操作人员（或设置环境变量 TUIXUAN_OPERATOR）"
                : "name the operator with --operator (or set TUIXUAN_OPERATOR)"
        case .operatorUnknown(let name):
            return zh ? "没有名为“\(name)”的操作人员（tuixuan operator list 可查看）" : "no operator named \"\(name)\" (see tuixuan operator list)"
        case .organizationUnknown(let code):
            return zh ? "没有代码为“\(code)”的组织（tuixuan org list 可查看）" : "no organization with code \"\(code)\" (see tuixuan org list)"
        case .electionUnknown(let reference):
            return zh ? "找不到换届选举“\(reference)”（可用选举编号或村、社区代码；tuixuan election list 可查看）"
                : "no election \"\(reference)\" (give an election number or a village/community code; see tuixuan election list)"
        case .memberUnknown(let reference):
            return zh ? "名册中没有党员“\(reference)”" : "no member \"\(reference)\" on the roll"
        case .memberAmbiguous(let reference, let candidates):
            return zh ? "“\(reference)”对应多名党员：\(candidates.joined(separator: "；"))。请改用身份证号或党员编号（#编号）"
                : "\"\(reference)\" matches several members: \(candidates.joined(separator: "; ")). Use the ID number or the member number (#N)"
        case .outOfScope(let name, let organization):
            return zh ? "操作人员“\(name)”无权办理“\(organization)”的事项（不在其管辖范围内）"
                : "operator \"\(name)\" may not act for \(organization) (outside their area)"
        case .roleNotAllowed(let role, let allowed):
            let names = allowed.map { $0.describe(language) }.joined(separator: zh ? "、" : ", ")
            return zh ? "角色「\(role.describe(.zh))」无权办理此事项（须由\(names)办理）" : "the role \"\(role.describe(.en))\" may not do this (only: \(names))"
        case .refused(let step, let title, let blockers):
            let head = zh ? "步骤 \(step)「\(title.zh)」不能办理：" : "step \(step) \"\(title.en)\" cannot proceed:"
            return ([head] + blockers.map { "  - " + $0.describe(language) }).joined(separator: "\n")
        case .stepUnknown(let step, let count):
            return zh ? "没有第\(step)步（本程序共\(count)步）" : "there is no step \(step) (the procedure has \(count))"
        case .importRejected(let rejection):
            return rejection.describe(language)
        case .invalid(let text):
            return text.text(language)
        case .signatureRequired(let name):
            return zh ? "\(name)已登记签名密钥，办理事项须用本人密钥签名：请用 --key 指定密钥文件（或设置 TUIXUAN_KEY）"
                : "\(name) has a registered signing key: sign with it (--key FILE, or TUIXUAN_KEY)"
        case .keyMismatch(let name):
            return zh ? "所用密钥不是\(name)登记的密钥" : "the key used is not the one registered for \(name)"
        case .keyLocked:
            return zh ? "密钥文件无法打开：口令错误，或文件已被改动" : "the key file does not open: wrong passphrase, or the file was altered"
        case .unrecordedChanges:
            return zh ? "数据库中有未记入任何事件的改动（可能在程序之外被修改），已停止办理。请先运行 tuixuan audit verify 查明"
                : "the database holds changes no event records (perhaps made outside the program); nothing more is done until `tuixuan audit verify` has been examined"
        }
    }
}
