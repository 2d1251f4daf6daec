import GRDB
import TuixuanCore

// The domain's enums are stored as their raw strings (CHECK constraints in Schema/migrations list
// the same values); read models use the enums, never the strings.
extension RoundKind: DatabaseValueConvertible {}
extension RoundState: DatabaseValueConvertible {}
extension VotingBody: DatabaseValueConvertible {}
extension EntrySide: DatabaseValueConvertible {}
extension OfficerDuty: DatabaseValueConvertible {}
extension RuleSet.ThresholdRule.Base: DatabaseValueConvertible {}
extension RuleSet.QuorumRule.Comparison: DatabaseValueConvertible {}
extension ListStage: DatabaseValueConvertible {}
extension Role: DatabaseValueConvertible {}
extension AttendanceIntention: DatabaseValueConvertible {}
extension NoticeChannel: DatabaseValueConvertible {}
