import TuixuanCore

/// The aligned entries of a round and the scrutineers' decisions so far, keyed by place ("A12/B12").
public struct Reconciliation: Sendable {
    public var places: [AlignedPlace]
    public var decisions: [String: BallotEntry?]
}

/// An operator's registered public key.
public struct RegisteredKey: Sendable, Codable {
    public var operatorName: String
    public var role: Role
    public var publicKey: String
    public var registeredAt: String
}

/// The committee ballot ready to print: its design, how many ballots the tellers' template numbers
/// (the expected attendance) and the congress date.
public struct PrintableBallot: Sendable {
    public var design: BallotDesign
    public var expectedAttendance: Int
    public var congressDate: CivilDate
}

/// A catalog this database knows, registered or built in.
public struct CatalogEntry: Sendable {
    public var procedure: Procedure
    public var sha256: String
    public var registered: Bool
}

/// A member of the guidance group sent to the village (驻村指导组).
public struct GuidanceMember: Sendable, Codable {
    public var name: String
    public var position: String
}

/// The county's review of an approved result (县委组织部审核).
public struct ResultReview: Sendable, Codable {
    public enum Outcome: String, Sendable, Codable {
        case reviewed, returned
    }

    public var outcome: Outcome
    public var reason: String
    public var reviewedBy: String
}
