import CoreFoundation
import Foundation

/// The text encodings a roll exported from Excel in China arrives in.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case gb18030 = "gb18030"
}

/// A file's bytes could not be read as text in the encodings we accept.
public struct TextDecodingError: Error, Sendable, Equatable, UserDescribable {
    public var tried: [TextEncoding]
    /// Byte offset of the first byte that is not valid UTF-8 (when UTF-8 was tried).
    public var firstInvalidUTF8Offset: Int?

    public init(tried: [TextEncoding], firstInvalidUTF8Offset: Int?) {
        self.tried = tried
        self.firstInvalidUTF8Offset = firstInvalidUTF8Offset
    }

    public func describe(_ language: Language) -> String {
        let names = tried.map(\.rawValue).joined(separator: language == .zh ? "、" : ", ")
        let offset = firstInvalidUTF8Offset.map { language == .zh ? "（第\($0 + 1)个字节起不是有效的UTF-8）" : " (byte \($0 + 1) is not valid UTF-8)" } ?? ""
        return language == .zh
            ? "文件不是可识别的文本编码（已尝试：\(names)）\(offset)。请在Excel中另存为“CSV UTF-8”后重试。"
            : "the file is not text in a recognized encoding (tried: \(names))\(offset). Save it from Excel as \"CSV UTF-8\" and try again."
    }
}

/// Decodes a CSV file's bytes: UTF-8 with or without a byte-order mark, or GB18030 (what Excel
/// in China writes for "CSV (逗号分隔)"). With `encoding` nil, UTF-8 is tried first, since valid
/// UTF-8 Chinese text is almost never also meaningful GB18030.
public func decodeText(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws(TextDecodingError) -> (text: String, encoding: TextEncoding) {
    let candidates = encoding.map { [$0] } ?? [.utf8, .gb18030]
    var invalidOffset: Int?
    for candidate in candidates {
        switch candidate {
        case .utf8:
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
            invalidOffset = firstInvalidUTF8(in: Array(body)).map { $0 + (bytes.count - body.count) }
        case .gb18030:
            let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(0x0632))
            if let text = String(data: Data(bytes), encoding: gb18030) { return (text, .gb18030) }
        }
    }
    throw TextDecodingError(tried: candidates, firstInvalidUTF8Offset: invalidOffset)
}

public func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    var offset = 0
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var position = 0
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
            position += UTF8.width(scalar)
            offset = position
        case .emptyInput:
            return nil
        case .error:
            return offset
        }
    }
}

/// A byte stream cut into pieces that each end at a line end, so every piece decodes on its own:
/// in UTF-8 and in GB18030 the byte 0x0A is only ever a line feed, never part of a character.
public struct LinePieces: Sendable {
    private var carry: [UInt8] = []

    public init() {}

    /// The bytes up to and including the chunk's last line feed (with what was carried from before),
    /// or nil when the chunk ends no line; the rest is carried to the next chunk.
    public mutating func add(_ chunk: [UInt8]) -> [UInt8]? {
        guard let last = chunk.lastIndex(of: 0x0A) else {
            carry += chunk
            return nil
        }
        let piece = carry + chunk[...last]
        carry = Array(chunk[(last + 1)...])
        return piece
    }

    /// What is left at the end of the stream (the last line, if it has no line feed).
    public mutating func rest() -> [UInt8] {
        defer { carry = [] }
        return carry
    }
}

/// One piece of a file (see `LinePieces`) as text in `encoding`, or nil when it is not valid in it.
public func decodePiece(_ bytes: [UInt8], as encoding: TextEncoding) -> String? {
    switch encoding {
    case .utf8:
        return String(validating: bytes, as: UTF8.self)
    case .gb18030:
        let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(0x0632))
        return bytes.isEmpty ? "" : String(data: Data(bytes), encoding: gb18030)
    }
}
