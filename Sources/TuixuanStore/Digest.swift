import Crypto

/// SHA-256 (swift-crypto), as lowercase hex.
enum SHA256Digest {
    static func hex(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }

    static func hex(of text: String) -> String { hex(of: Array(text.utf8)) }
}
