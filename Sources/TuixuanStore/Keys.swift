import Crypto
import CryptoExtras
import Foundation
import GRDB
import TuixuanCore

/// An operator's signing key, sealed in a file with their passphrase (the database never holds it).
///
/// The private key is encrypted with ChaCha20-Poly1305 under a key derived from the passphrase by
/// scrypt (N = 2^15, r = 8, p = 1: about 32 MiB and a tenth of a second per unlock).
public struct KeyFile: Codable, Sendable {
    public var format = "tuixuan-key/v1"
    public var operatorName: String
    public var publicKey: String
    public var salt: String
    public var rounds: Int
    public var blockSize: Int
    public var parallelism: Int
    public var sealed: String

    /// Creates a new key pair for `operatorName`, sealed with `passphrase`.
    /// A new key: the sealed file to keep, and the unlocked key to sign the registration with.
    public struct Created: Sendable {
        public var file: KeyFile
        public var key: Curve25519.Signing.PrivateKey
    }

    /// `costLog2` is scrypt's N as a power of two: 15 for every real key; tests make cheaper keys (the file records its cost).
    public static func create(operatorName: String, passphrase: String, costLog2: Int = 15) throws -> Created {
        guard passphrase.count >= 8 else { throw Refusal.passphraseTooShort(minimum: 8) }
        let key = Curve25519.Signing.PrivateKey()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255) }
        var file = KeyFile(operatorName: operatorName, publicKey: key.publicKey.rawRepresentation.base64EncodedString(),
                           salt: Data(salt).base64EncodedString(), rounds: 1 << min(max(costLog2, 10), 20), blockSize: 8, parallelism: 1, sealed: "")
        let box = try ChaChaPoly.seal(key.rawRepresentation, using: try file.derivedKey(passphrase))
        file.sealed = box.combined.base64EncodedString()
        return Created(file: file, key: key)
    }

    /// Opens the key with the passphrase; a wrong passphrase (or an altered file) is refused.
    public func unlock(passphrase: String) throws -> Curve25519.Signing.PrivateKey {
        guard format == "tuixuan-key/v1", let sealedData = Data(base64Encoded: sealed) else {
            throw Refusal.keyFileInvalid
        }
        do {
            let raw = try ChaChaPoly.open(try ChaChaPoly.SealedBox(combined: sealedData), using: try derivedKey(passphrase))
            let key = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
            guard key.publicKey.rawRepresentation.base64EncodedString() == publicKey else { throw Refusal.keyLocked }
            return key
        } catch {
            throw Refusal.keyLocked
        }
    }

    func derivedKey(_ passphrase: String) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(from: Array(passphrase.utf8), salt: Data(base64Encoded: salt) ?? Data(), outputByteCount: 32,
                                 rounds: rounds, blockSize: blockSize, parallelism: parallelism)
    }
}

/// What signs events for the operator using the program: their name and their unlocked key.
public struct EventSigner: Sendable {
    public var operatorName: String
    public var key: Curve25519.Signing.PrivateKey

    public init(operatorName: String, key: Curve25519.Signing.PrivateKey) {
        self.operatorName = operatorName
        self.key = key
    }

    var publicKey: String { key.publicKey.rawRepresentation.base64EncodedString() }
}

/// The unlocked keys the program may sign with. On the command line it holds the one key given with `--key`; tools and
/// tests that act for several operators hold a key for each.
public struct Keyring: Sendable {
    private let lookup: @Sendable (String) -> EventSigner?
    /// Whose key this is, when it holds one operator's key only: another operator acting with it is named, not ignored.
    let holder: String?

    /// No key: nothing can be signed (reads, and files written before signing began).
    public static let empty = Keyring(lookup: { _ in nil }, holder: nil)

    /// One operator's unlocked key.
    public init(_ signer: EventSigner?) {
        holder = signer?.operatorName
        lookup = { name in signer?.operatorName == name ? signer : nil }
    }

    /// A key for each operator `lookup` knows.
    public init(lookup: @escaping @Sendable (String) -> EventSigner?) {
        self.init(lookup: lookup, holder: nil)
    }

    private init(lookup: @escaping @Sendable (String) -> EventSigner?, holder: String?) {
        self.lookup = lookup
        self.holder = holder
    }

    func signer(for operatorName: String) -> EventSigner? { lookup(operatorName) }
}

/// A public key as the database stores it (base64 of the raw Ed25519 key), checked.
func checkedPublicKey(_ publicKey: String) throws -> String {
    guard let raw = Data(base64Encoded: publicKey), (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
        throw Refusal.publicKeyInvalid
    }
    return publicKey
}

/// A key to register for a new holder: well formed, and nobody's yet (one key acting as two operators would let one
/// person sign as both).
func checkedNewKey(_ db: Database, _ publicKey: String) throws -> String {
    _ = try checkedPublicKey(publicKey)
    if let holder = try String.fetchOne(db, sql: "SELECT o.name FROM operator_key k JOIN operator o ON o.id = k.operator_id WHERE k.public_key = ?",
                                        arguments: [publicKey]) {
        throw Refusal.keyInUse(holder)
    }
    return publicKey
}

extension AppDatabase {
    /// Registers a public key for an operator who has none (once: a key is never silently replaced).
    ///
    /// Keys come with the operator: `initialize` registers the first reviewer's, `addOperator` each new operator's, both in
    /// the act that creates them. This act is for an operator who has no key yet — one from a file written before signing
    /// began. The key is registered by a superior who could have added that operator (`by`), signing with their own key,
    /// so every key traces back through signed acts to the county's first one. Only in a file where signing has not
    /// begun (no county reviewer has a key) may an operator register their own, signing the registration with it.
    public func registerKey(by actorName: String?, for operatorName: String, publicKey: String) throws {
        try act { db in
            let owner = try fetchOperator(db, named: operatorName)
            _ = try checkedNewKey(db, publicKey)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM operator_key WHERE operator_id = ?", arguments: [owner.id]) == true {
                throw Refusal.keyAlreadyRegistered(owner.name)
            }
            let actor: Operator
            if actorName == operatorName {
                // Self-registration starts signing in an older file; once it has begun, a key registered by its own holder
                // would vouch for itself (a row slipped into the file, then its "owner" registering a key).
                guard try !signingAnchored(db) else { throw Refusal.keyNeedsSuperior(owner.name) }
                actor = owner
            } else {
                actor = try authorizeRegistration(db, by: actorName, role: owner.role, organizationID: owner.organizationID)
            }
            try db.execute(sql: "INSERT INTO operator_key (operator_id, public_key, registered_at) VALUES (?, ?, ?)", arguments: [owner.id, publicKey, timestamp])
            try appendEvent(db, by: actor, organizationID: owner.organizationID, kind: "key.registered",
                            detail: ["public_key": publicKey, "operator": owner.name])
        }
    }

    /// The superior who may register an operator of `role` in `organizationID` (and their key): a county reviewer anyone in
    /// the county, a township operator the village operators, tellers and scrutineers under it.
    func authorizeRegistration(_ db: Database, by actorName: String?, role: Role, organizationID: Int64) throws -> Operator {
        let actor = try authorize(db, actorName, organizationID: organizationID, roles: [.county, .township])
        if actor.role == .township && !Role.registeredByTownship.contains(role) {
            throw Refusal.townshipMayNotRegister(role)
        }
        return actor
    }

    public func keys() throws -> [RegisteredKey] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT o.name, o.role, k.public_key, k.registered_at FROM operator_key k JOIN operator o ON o.id = k.operator_id ORDER BY o.name
                """).map { RegisteredKey(operatorName: $0["name"], role: $0["role"], publicKey: $0["public_key"], registeredAt: $0["registered_at"]) }
        }
    }

    /// The key id and signature for an event by `actor`, or none when the actor has no registered key.
    /// An operator with a key must sign: acting without the unlocked key is refused. Once a county reviewer has registered
    /// a key (the anchor the trust list starts from), every act is signed: an operator without a key, or no operator at all,
    /// is refused (trust issue 12: an unsigned event appended to a signed chain could say anything).
    func signature(_ db: Database, actor: Operator?, hash: String) throws -> (keyID: Int64, signature: String)? {
        let signer = actor.flatMap { keyring.signer(for: $0.name) }
        // A key given for the act must be the actor's own: someone else's key file is refused, not quietly left unused.
        if signer == nil, let holder = keyring.holder, let actor {
            throw Refusal.keyOfAnotherOperator(keyHolder: holder, operator: actor.name)
        }
        guard let actor, let row = try Row.fetchOne(db, sql: "SELECT id, public_key FROM operator_key WHERE operator_id = ?", arguments: [actor.id]) else {
            if try signingAnchored(db) { throw Refusal.keyRequired(actor?.name ?? "") }
            return nil
        }
        guard let signer else { throw Refusal.signatureRequired(actor.name) }
        guard signer.publicKey == row["public_key"] else { throw Refusal.keyMismatch(actor.name) }
        let signature = try signer.key.signature(for: Data(hash.utf8))
        return (row["id"], signature.base64EncodedString())
    }
}

extension AppDatabase {
    /// Whether a county reviewer has registered a key: from then on every act is signed.
    func signingAnchored(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM operator_key k JOIN operator o ON o.id = k.operator_id WHERE o.role IN (SELECT value FROM json_each(?)))
            """), arguments: [jsonArray(Role.countyReviewers.map(\.rawValue))])!
    }
}

/// Checks an Ed25519 signature over an event hash.
func isValidSignature(_ signature: String, hash: String, publicKey: String) -> Bool {
    guard let raw = Data(base64Encoded: publicKey), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
          let signatureData = Data(base64Encoded: signature) else { return false }
    return key.isValidSignature(signatureData, for: Data(hash.utf8))
}
