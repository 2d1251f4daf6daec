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

    public static func create(operatorName: String, passphrase: String) throws -> Created {
        guard passphrase.count >= 8 else { throw Refusal.passphraseTooShort(minimum: 8) }
        let key = Curve25519.Signing.PrivateKey()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255) }
        var file = KeyFile(operatorName: operatorName, publicKey: key.publicKey.rawRepresentation.base64EncodedString(),
                           salt: Data(salt).base64EncodedString(), rounds: 1 << 15, blockSize: 8, parallelism: 1, sealed: "")
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

extension AppDatabase {
    /// Registers the signer's public key for their operator (once: a key is never silently replaced).
    /// The registration is itself signed with the new key.
    public func registerKey(publicKey: String, operatorName: String) throws {
        try act { db in
            let actor = try fetchOperator(db, named: operatorName)
            guard let raw = Data(base64Encoded: publicKey), (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
                throw Refusal.publicKeyInvalid
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM operator_key WHERE operator_id = ?", arguments: [actor.id]) == true {
                throw Refusal.keyAlreadyRegistered(actor.name)
            }
            try db.execute(sql: "INSERT INTO operator_key (operator_id, public_key, registered_at) VALUES (?, ?, ?)", arguments: [actor.id, publicKey, timestamp])
            try appendEvent(db, by: actor, organizationID: actor.organizationID, kind: "key.registered", detail: ["public_key": publicKey])
        }
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
        // A key given for the act must be the actor's own: someone else's key file is refused, not quietly left unused.
        if let signer, let actor, signer.operatorName != actor.name {
            throw Refusal.keyOfAnotherOperator(keyHolder: signer.operatorName, operator: actor.name)
        }
        guard let actor, let row = try Row.fetchOne(db, sql: "SELECT id, public_key FROM operator_key WHERE operator_id = ?", arguments: [actor.id]) else {
            if try signingAnchored(db) { throw Refusal.keyRequired(actor?.name ?? "") }
            return nil
        }
        guard let signer, signer.operatorName == actor.name else { throw Refusal.signatureRequired(actor.name) }
        guard signer.publicKey == row["public_key"] else { throw Refusal.keyMismatch(actor.name) }
        let signature = try signer.key.signature(for: Data(hash.utf8))
        return (row["id"], signature.base64EncodedString())
    }
}

extension AppDatabase {
    /// Whether a county reviewer has registered a key: from then on every act is signed.
    func signingAnchored(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM operator_key k JOIN operator o ON o.id = k.operator_id WHERE o.role IN (SELECT value FROM json_each(?)))
            """, arguments: [jsonArray(Role.countyReviewers.map(\.rawValue))])!
    }
}

/// Checks an Ed25519 signature over an event hash.
func isValidSignature(_ signature: String, hash: String, publicKey: String) -> Bool {
    guard let raw = Data(base64Encoded: publicKey), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
          let signatureData = Data(base64Encoded: signature) else { return false }
    return key.isValidSignature(signatureData, for: Data(hash.utf8))
}
