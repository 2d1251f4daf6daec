import Crypto

/// SHA-256 (swift-crypto), as lowercase hex.
enum SHA256Digest {
    static func hex(of bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    static func hex(of text: String) -> String { hex(of: Array(text.utf8)) }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}

/// The digest of a range of the change log: every entry's sequence number, table, operation, key and
/// row image, in order, each field ended by the unit separator and each entry by the record separator.
struct ChangeLogHasher {
    private var hasher = SHA256()

    mutating func add(seq: Int64, table: String, op: String, key: String, image: String?) {
        var entry = "\(seq)\u{1F}\(table)\u{1F}\(op)\u{1F}\(key)\u{1F}\(image ?? "")\u{1E}"
        entry.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    var hex: String { SHA256Digest.hex(hasher.finalize()) }
}
