import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TuixuanCore
import ZIPFoundation

/// Why a workbook cannot be read, in the user's words.
public struct WorkbookError: Error, Sendable, Equatable, UserDescribable {
    public enum Problem: Sendable, Equatable {
        /// An OLE compound file: the old binary .xls, or an .xlsx saved with a password (encrypted inside such a file).
        case legacyOrEncrypted
        /// Not a ZIP archive, or one without a workbook in it.
        case notAWorkbook
        case noSheets
        case sheetMissing(String, available: [String])
        /// A part that inflates past the bound (a ZIP bomb, or a sheet far beyond any roll).
        case tooLarge(part: String, limit: UInt64)
        case damaged(part: String)
        /// A formula that ends in an error value (#N/A, #REF! …): its cell, in the sheet.
        case formulaError(cell: String, value: String)
        /// A formula saved without the value it computes (a program that writes formulas without calculating them).
        case formulaWithoutValue(cell: String)
        /// A sheet whose rows, padded to its header, come to more cells than any table an importer reads.
        case tooManyCells(sheet: String, limit: Int)
    }

    public var problem: Problem

    public init(_ problem: Problem) { self.problem = problem }

    public func describe(_ language: Language) -> String {
        let zh = language == .zh
        switch problem {
        case .legacyOrEncrypted:
            return zh ? "这是旧版 Excel（.xls）文件，或设置了打开密码的工作簿：请在 Excel 中去掉密码，另存为“Excel 工作簿（.xlsx）”或 CSV 后再导入"
                : "this is an old Excel (.xls) file, or a workbook with a password: remove the password and save it as an Excel Workbook (.xlsx) or CSV, then import that"
        case .notAWorkbook:
            return zh ? "不是 Excel 工作簿（.xlsx），也不是可读的文件：请确认选对了文件" : "not an Excel workbook (.xlsx): check that this is the right file"
        case .noSheets:
            return zh ? "工作簿中没有工作表" : "the workbook has no sheets"
        case .sheetMissing(let name, let available):
            return zh ? "工作簿中没有名为“\(name)”的工作表；有：\(available.joined(separator: "、"))"
                : "the workbook has no sheet named \"\(name)\"; it has: \(available.joined(separator: ", "))"
        case .tooLarge(let part, let limit):
            return zh ? "工作簿中的 \(part) 解压后超过 \(limit / (1 << 20)) MB，不予读取（文件异常，或是“压缩炸弹”）"
                : "\(part) in the workbook inflates past \(limit / (1 << 20)) MB and is not read (a damaged file, or a ZIP bomb)"
        case .damaged(let part):
            return zh ? "工作簿已损坏（\(part) 无法读取）：请在 Excel 中打开后重新保存" : "the workbook is damaged (\(part) cannot be read): open it in Excel and save it again"
        case .formulaError(let cell, let value):
            return zh ? "\(cell) 的公式出错（\(value)）：请在 Excel 中改正后再导入" : "the formula in \(cell) gives an error (\(value)): correct it in Excel, then import"
        case .formulaWithoutValue(let cell):
            return zh ? "\(cell) 的公式没有计算结果（保存它的程序没有计算公式）：请在 Excel 或 WPS 中打开、保存后再导入"
                : "the formula in \(cell) was saved without its value (the program that saved it did not calculate): open and save it in Excel or WPS, then import"
        case .tooManyCells(let sheet, let limit):
            return zh ? "工作表“\(sheet)”的单元格（按表头的列数计）超过 \(limit / 10_000) 万个，不予读取：请只保留要导入的表格，删去远处的空列和多余内容"
                : "sheet \"\(sheet)\" holds more than \(limit) cells (counted to its header's width) and is not read: keep only the table to import, and delete far-off columns and stray content"
        }
    }
}

/// An .xlsx workbook, read the way the importers read a CSV file: the rows of one sheet as records of text fields.
///
/// Shared strings are held in memory (a roll repeats few: names are unique, but genders, categories and dates are not);
/// the sheet itself is inflated to a temporary file and parsed as a stream, so memory does not grow with its rows.
public struct Workbook {
    /// The sheets, in the workbook's order.
    public let sheetNames: [String]
    /// The sheet read when none is named: the first one not hidden.
    public let defaultSheet: String
    let archive: Archive
    /// The workbook's file, read again for each part (see `inflate`).
    let file: URL
    let sheetParts: [String: String]
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    let date1904: Bool
    let partLimit: UInt64

    /// The most any part may inflate to (a sheet of a million rows is far below it).
    public static let partLimit: UInt64 = 1 << 30
    /// The most a sheet's tail after its rows (its merges and settings) may take.
    static let mergesLimit: UInt64 = 16 << 20
    /// The most the shared strings may take (they are held in memory).
    public static let sharedStringsLimit: UInt64 = 256 << 20
    /// The most cells a sheet's rows may come to, padded to the header's width: a million-member roll of 30 columns.
    /// (A small file can hold a header out at column XFD and a million one-cell rows: 16 billion cells once padded.)
    public static let cellLimit = 30_000_000

    /// Whether the file is a ZIP archive (an .xlsx) or an OLE compound file (.xls, or an encrypted .xlsx), by its first bytes.
    public static func kind(ofFileAt path: String) -> Kind? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compound }
        return nil
    }

    public enum Kind: Sendable { case zip, compound }

    /// `partLimit` bounds what the sheet may inflate to (tests lower it).
    public init(path: String, partLimit: UInt64 = Workbook.partLimit) throws {
        self.partLimit = partLimit
        switch Workbook.kind(ofFileAt: path) {
        case .compound: throw WorkbookError(.legacyOrEncrypted)
        case .zip: break
        case nil: throw WorkbookError(.notAWorkbook)
        }
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read) else { throw WorkbookError(.notAWorkbook) }
        self.archive = archive
        file = URL(fileURLWithPath: path)
        guard let workbookXML = try Workbook.part(archive, file, "xl/workbook.xml", limit: 64 << 20) else { throw WorkbookError(.notAWorkbook) }
        let book = WorkbookParts()
        try book.parse(workbookXML, part: "xl/workbook.xml")
        let relations = RelationParts()
        if let rels = try Workbook.part(archive, file, "xl/_rels/workbook.xml.rels", limit: 16 << 20) { try relations.parse(rels, part: "xl/_rels/workbook.xml.rels") }
        guard !book.sheets.isEmpty else { throw WorkbookError(.noSheets) }
        var parts: [String: String] = [:]
        for sheet in book.sheets {
            guard let target = relations.targets[sheet.relation] else { continue }
            // Relative to xl/ (`worksheets/sheet1.xml`, `./…`, `../xl/…`), or absolute from the package root.
            var path: [Substring] = target.hasPrefix("/") ? [] : ["xl"]
            for component in target.split(separator: "/") {
                switch component {
                case ".": continue
                case "..": _ = path.popLast()
                default: path.append(component)
                }
            }
            parts[sheet.name] = path.joined(separator: "/")
        }
        sheetNames = book.sheets.map(\.name).filter { parts[$0] != nil }
        guard let first = sheetNames.first else { throw WorkbookError(.noSheets) }
        defaultSheet = sheetNames.first { !book.hidden.contains($0) } ?? first
        sheetParts = parts
        date1904 = book.date1904
        let strings = SharedStringParts()
        if let shared = try Workbook.part(archive, file, "xl/sharedStrings.xml", limit: Workbook.sharedStringsLimit) {
            try strings.parse(shared, part: "xl/sharedStrings.xml")
        }
        sharedStrings = strings.strings
        let styles = StyleParts()
        if let stylesXML = try Workbook.part(archive, file, "xl/styles.xml", limit: 64 << 20) { try styles.parse(stylesXML, part: "xl/styles.xml") }
        dateStyles = styles.dateStyles
    }

    /// A small part, whole (nil when the workbook has none).
    static func part(_ archive: Archive, _ file: URL, _ path: String, limit: UInt64) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            try Workbook.inflate(archive, entry, from: file, part: path) { chunk in
                data.append(chunk)
                if UInt64(data.count) > limit { throw WorkbookError(.tooLarge(part: path, limit: limit)) }
            }
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(.damaged(part: path))
        }
        // Foundation's XML parser on Linux traps on malformed UTF-8 in a name: the text is checked first.
        guard String(validating: data, as: UTF8.self) != nil else { throw WorkbookError(.damaged(part: path)) }
        return data
    }

    /// Streams the rows of `sheet` (the first when nil) to `body`: each row's cells as text from column A on (a shared
    /// or inline string as written; a number as its stored digits, never through a floating-point value; a date-formatted
    /// number as `yyyy-MM-dd`; a formula by its cached value), merged cells filled with their value, trailing empty cells
    /// dropped and empty rows skipped; the row's number is the record's line. Returns the sheet read.
    @discardableResult
    public func rows(sheet: String? = nil, _ body: (CSVRecord) throws -> Void) throws -> String {
        let name = sheet ?? defaultSheet
        guard let path = sheetParts[name] else { throw WorkbookError(.sheetMissing(name, available: sheetNames)) }
        guard let entry = archive[path] else { throw WorkbookError(.damaged(part: path)) }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-sheet-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: temporary) }
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil), let out = FileHandle(forWritingAtPath: temporary.path) else {
            throw WorkbookError(.damaged(part: path))
        }
        var written: UInt64 = 0
        var text = UTF8Check()
        do {
            try Workbook.inflate(archive, entry, from: file, part: path) { chunk in
                written += UInt64(chunk.count)
                if written > partLimit { throw WorkbookError(.tooLarge(part: path, limit: partLimit)) }
                guard text.add(chunk) else { throw WorkbookError(.damaged(part: path)) }
                try out.write(contentsOf: chunk)
            }
            guard text.finish() else { throw WorkbookError(.damaged(part: path)) }
            try out.close()
        } catch let error as WorkbookError {
            try? out.close()
            throw error
        } catch {
            try? out.close()
            throw WorkbookError(.damaged(part: path))
        }
        let merges = try Workbook.mergedRanges(in: temporary)
        return try withoutActuallyEscaping(body) { body in
            let reader = SheetParts(sheet: name, strings: sharedStrings, dateStyles: dateStyles, date1904: date1904, merges: merges, body: body)
            guard let stream = InputStream(url: temporary) else { throw WorkbookError(.damaged(part: path)) }
            let parser = XMLParser(stream: stream)
            parser.shouldProcessNamespaces = true
            parser.delegate = reader
            let parsed = parser.parse()
            if let error = reader.failure { throw error }
            // The parser reports success at the end of a stream cut off inside an element: only the sheet's own end
            // tag shows it is whole (a sheet cut in half must never import its first half).
            guard parsed, reader.closed else { throw WorkbookError(.damaged(part: path)) }
            return name
        }
    }

    /// One part's bytes, to `consumer`, checked against the part's CRC-32. A deflated part goes through ZIPFoundation's own
    /// inflater, but fed only the part's compressed bytes: on Linux ZIPFoundation's reader hands the inflater the file's
    /// bytes past the part and then empty chunks for ever when the stream does not end, so a damaged workbook hung the
    /// reader (found by the fuzz test); a provider that stops at the part's compressed size ends it as damage. The part's
    /// place comes from the entry ZIPFoundation parsed (its central directory offset and local header lengths, which the
    /// library keeps internal: read by reflection, never parsed by hand).
    static func inflate(_ archive: Archive, _ entry: Entry, from file: URL, part: String, _ consumer: (Data) throws -> Void) throws {
        guard entry.isCompressed else {
            _ = try archive.extract(entry, skipCRC32: false, consumer: consumer)
            return
        }
        func child(_ value: Any, _ label: String) -> Any? { Mirror(reflecting: value).children.first { $0.label == label }?.value }
        guard let directory = child(entry, "centralDirectoryStructure"),
              let offset = child(directory, "relativeOffsetOfLocalHeader") as? UInt32, offset != .max,
              let local = child(entry, "localFileHeader"),
              let nameLength = child(local, "fileNameLength") as? UInt16, let extraLength = child(local, "extraFieldLength") as? UInt16,
              let handle = try? FileHandle(forReadingFrom: file) else { throw WorkbookError(.damaged(part: part)) }
        defer { try? handle.close() }
        let start = UInt64(offset) + 30 + UInt64(nameLength) + UInt64(extraLength)
        let size = entry.compressedSize
        var checksum = CRC32(0)
        do {
            _ = try Data.decompress(size: Int64(size), bufferSize: 64 * 1024, skipCRC32: true, provider: { position, chunk in
                // Past the part's own bytes the stream has not ended: damage, never a read of what follows.
                guard position >= 0, UInt64(position) < size else { throw WorkbookError(.damaged(part: part)) }
                try handle.seek(toOffset: start + UInt64(position))
                var data = try handle.read(upToCount: Int(min(UInt64(chunk), size - UInt64(position)))) ?? Data()
                guard !data.isEmpty else { throw WorkbookError(.damaged(part: part)) }
                // The inflater is told a whole chunk is there, whatever the provider returns: the part's last chunk is
                // filled out with zeros, which a stream that has ended never reads and one that has not fails on.
                if data.count < chunk { data.append(Data(count: chunk - data.count)) }
                return data
            }, consumer: { data in
                checksum = data.crc32(checksum: checksum)
                try consumer(data)
            })
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(.damaged(part: part))
        }
        guard checksum == entry.checksum else { throw WorkbookError(.damaged(part: part)) }
    }

    /// The merged ranges, read from the sheet's end (they follow its rows), so rows can be filled as they stream past.
    static func mergedRanges(in file: URL) throws -> [MergedRange] {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return [] }
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        // `sheetData>` ends the rows, with or without a namespace prefix (`</x:sheetData>`); found by reading back from
        // the end a megabyte at a time, each window overlapping the last by the marker's length (linear, however far).
        let marker = Data("sheetData>".utf8)
        var offset = size, carry = Data(), found: UInt64?
        while offset > 0, found == nil {
            let step = min(offset, 1 << 20)
            offset -= step
            try handle.seek(toOffset: offset)
            let window = (try handle.read(upToCount: Int(step)) ?? Data()) + carry
            if let hit = window.range(of: marker, options: .backwards) { found = offset + UInt64(hit.upperBound - window.startIndex) }
            carry = window.prefix(marker.count)
        }
        guard let found else { return [] }
        // What follows the rows is a sheet's few settings and its merges: more than 16 MB of it is no sheet's.
        guard size - found <= Workbook.mergesLimit else { throw WorkbookError(.tooLarge(part: "mergeCells", limit: Workbook.mergesLimit)) }
        try handle.seek(toOffset: found)
        let tail = try handle.readToEnd() ?? Data()
        guard let start = tail.range(of: Data("mergeCells".utf8)), let end = tail.range(of: Data("mergeCells>".utf8), options: .backwards),
              start.lowerBound < end.upperBound else { return [] }
        let fragment = tail[start.lowerBound..<end.upperBound]
        return String(decoding: fragment, as: UTF8.self).components(separatedBy: "ref=\"").dropFirst().compactMap { piece in
            guard let close = piece.firstIndex(of: "\"") else { return nil }
            let corners = piece[..<close].split(separator: ":")
            guard corners.count == 2, let from = SpreadsheetCell.position(of: String(corners[0])),
                  let to = SpreadsheetCell.position(of: String(corners[1])) else { return nil }
            // Corners in either order; never wider than any table an importer reads.
            return MergedRange(firstColumn: min(from.column, to.column), firstRow: min(from.row, to.row),
                               lastColumn: min(max(from.column, to.column), SheetParts.widest - 1), lastRow: max(from.row, to.row))
        }.sorted { $0.firstRow < $1.firstRow }
    }
}

/// Checks that a stream of chunks is valid UTF-8, a sequence split between chunks included (Foundation's XML parser on
/// Linux traps on malformed UTF-8, so a damaged sheet must be refused before it is parsed).
struct UTF8Check {
    private var pending: [UInt8] = []

    mutating func add(_ chunk: Data) -> Bool {
        var bytes = pending + [UInt8](chunk)
        guard !bytes.isEmpty else { return true }
        // Hold back an incomplete sequence at the end for the next chunk.
        var cut = bytes.count
        for back in 1...min(3, bytes.count) {
            let byte = bytes[bytes.count - back]
            if byte & 0xC0 == 0x80 { continue }   // a continuation byte: look further back
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if length > back { cut = bytes.count - back }
            break
        }
        pending = Array(bytes[cut...])
        bytes.removeSubrange(cut...)
        return String(validating: bytes, as: UTF8.self) != nil
    }

    func finish() -> Bool { pending.isEmpty }
}

struct MergedRange: Sendable {
    var firstColumn: Int, firstRow: Int, lastColumn: Int, lastRow: Int
}

/// A SAX reader over one small part, parsed whole. (Each reader conforms to XMLParserDelegate itself: on Linux the
/// delegate's methods have default implementations, which a subclass's methods would not replace.)
class PartReader: NSObject {}

extension XMLParserDelegate where Self: PartReader {
    func parse(_ data: Data, part: String) throws {
        // Fed as a stream, in chunks: libxml2 given a whole part of more than about 10 MB on one line at once (the shared
        // strings of a 100,000-member roll) stops with an internal error, where the same part streamed reads fine.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        guard parser.parse() else { throw WorkbookError(.damaged(part: part)) }
    }
}

/// xl/workbook.xml: the sheets in order, and the date system.
final class WorkbookParts: PartReader, XMLParserDelegate {
    var sheets: [(name: String, relation: String)] = []
    var hidden: Set<String> = []
    var date1904 = false

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "sheet":
            if let name = attributes["name"], let relation = attributes["r:id"] ?? attributes.first(where: { $0.key.hasSuffix(":id") || $0.key == "id" })?.value {
                sheets.append((name, relation))
                if ["hidden", "veryHidden"].contains(attributes["state"] ?? "") { hidden.insert(name) }
            }
        case "workbookPr":
            date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        default: break
        }
    }
}

/// xl/_rels/workbook.xml.rels: where each sheet's part is.
final class RelationParts: PartReader, XMLParserDelegate {
    var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// xl/sharedStrings.xml: each string item's text (its runs joined; phonetic guides left out).
final class SharedStringParts: PartReader, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "si": current = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }
}

/// xl/styles.xml: which cell styles show a date.
final class StyleParts: PartReader, XMLParserDelegate {
    var dateStyles: Set<Int> = []
    private var formats: [Int: String] = [:]
    private var inCellFormats = false
    private var index = 0

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init) { formats[id] = attributes["formatCode"] }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
            if SpreadsheetCell.isDateFormat(id: id, code: formats[id]) { dateStyles.insert(index) }
            index += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "cellXfs" { inCellFormats = false }
    }
}

/// A worksheet's rows, as they stream past.
final class SheetParts: NSObject, XMLParserDelegate {
    let strings: [String]
    let dateStyles: Set<Int>
    let date1904: Bool
    let merges: [MergedRange]
    let body: (CSVRecord) throws -> Void
    let sheet: String
    var failure: Error?
    /// Whether the sheet's end tag was read: a stream cut off inside the sheet never shows it.
    var closed = false

    private var row = 0
    private var lastRow = 0
    private var cells: [Int: String] = [:]
    private var column = 0
    private var cellType = ""
    private var cellStyle = 0
    private var value = ""
    private var hasFormula = false
    private var hasValue = false
    private var inValue = false
    private var inInline = false
    private var inText = false
    private var phonetic = 0
    /// The top-left value of each merged range seen so far, to fill the range's other cells.
    private var mergedValues: [Int: String] = [:]
    private var nextMerge = 0
    private var widestSeen = 0
    private var activeMerges: [Int] = []

    init(sheet: String, strings: [String], dateStyles: Set<Int>, date1904: Bool, merges: [MergedRange], body: @escaping (CSVRecord) throws -> Void) {
        self.sheet = sheet
        self.strings = strings
        self.dateStyles = dateStyles
        self.date1904 = date1904
        self.merges = merges
        self.body = body
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "row":
            // Rows come in ascending order, within the sheet's bounds (Excel writes nothing else); anything else is damage.
            let number = attributes["r"].map { Int($0) ?? 0 } ?? (lastRow < SheetParts.tallest ? lastRow + 1 : 0)
            guard number > lastRow, number <= SheetParts.tallest else {
                failure = WorkbookError(.damaged(part: "row \(attributes["r"] ?? "")"))
                parser.abortParsing()
                return
            }
            row = number
            cells = [:]
            column = 0
        case "c":
            if let reference = attributes["r"], let position = SpreadsheetCell.position(of: reference) { column = position.column }
            // No wider than Excel's last column, whether placed by reference or by counting cells without one.
            guard column < SheetParts.widest else { return fail(parser, WorkbookError(.damaged(part: "\(sheet) row \(row)"))) }
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
            hasFormula = false
            hasValue = false
        case "f":
            hasFormula = true
        case "v":
            inValue = true
            hasValue = true
        case "is":
            inInline = true
        case "t" where inInline:
            inText = phonetic == 0
        case "rPh":
            phonetic += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inValue || inText else { return }
        value += string
        // Excel holds at most 32,767 characters in a cell; far more is no cell of a real sheet.
        if value.utf8.count > SheetParts.longestCell { fail(parser, WorkbookError(.damaged(part: "\(sheet)!\(reference)"))) }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    private var reference: String { SpreadsheetCell.letters(ofColumn: column) + String(row) }

    private func fail(_ parser: XMLParser, _ error: Error) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "worksheet": closed = true
        case "v": inValue = false
        case "t": inText = false
        case "is": inInline = false
        case "rPh": phonetic -= 1
        case "c":
            // A formula's cell is read by the value it last computed: an error value, or none at all, is no value.
            if cellType == "e" { return fail(parser, WorkbookError(.formulaError(cell: "\(sheet)!\(reference)", value: value))) }
            if hasFormula && !hasValue { return fail(parser, WorkbookError(.formulaWithoutValue(cell: "\(sheet)!\(reference)"))) }
            let text: String
            switch cellType {
            case "s":
                // A reference past the shared strings is damage, never an empty cell (all or nothing).
                guard let index = Int(value), index >= 0, index < strings.count else {
                    failure = WorkbookError(.damaged(part: "xl/sharedStrings.xml"))
                    parser.abortParsing()
                    return
                }
                text = strings[index]
            case "d":
                // An ISO 8601 date cell: its date.
                text = String(value.prefix(10))
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            case "inlineStr", "str": text = value
            default:
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                text = dateStyles.contains(cellStyle) ? (SpreadsheetCell.dateText(serial: trimmed, date1904: date1904) ?? trimmed)
                    : SpreadsheetCell.numberText(trimmed)
            }
            if !text.isEmpty { cells[column] = text }
            column += 1
        case "row":
            emit(parser)
        default: break
        }
    }

    /// The widest and tallest a sheet may be (Excel's own bounds: XFD, row 1,048,576).
    static let widest = 16_384
    static let tallest = 1_048_576
    /// How far a merged range fills beyond the cells a sheet has shown.
    static let mergeReach = 255
    /// 32,767 characters of up to 4 bytes.
    static let longestCell = 32_767 * 4

    private func emit(_ parser: XMLParser) {
        lastRow = row
        // A row with no cell of its own is empty, whatever ranges pass through it; and a range fills no wider than the
        // cells the sheet has shown (a merge to column XFD does not make every row 16,384 cells).
        guard let own = cells.keys.max() else { return }
        widestSeen = max(widestSeen, own)
        // Merged ranges: the top-left cell's value, in every cell of the range. Ranges are sorted by their first row and
        // kept only while the rows pass through them, so the cost is the ranges a row is in, not every range.
        while nextMerge < merges.count, merges[nextMerge].firstRow <= row {
            activeMerges.append(nextMerge)
            nextMerge += 1
        }
        activeMerges.removeAll { merges[$0].lastRow < row }
        for index in activeMerges {
            let range = merges[index]
            if row == range.firstRow { mergedValues[index] = cells[range.firstColumn] }
            guard let value = mergedValues[index] else { continue }
            // A title merged across the columns above the header fills them (so a title tells itself from a one-column
            // header), however few cells the sheet has shown yet; no range fills past the widest of those and 256 columns.
            let reach = max(widestSeen, SheetParts.mergeReach)
            guard range.firstColumn <= reach else { continue }
            for column in range.firstColumn...min(range.lastColumn, reach) where cells[column] == nil { cells[column] = value }
        }
        guard let last = cells.keys.max() else { return }
        let fields = (0...last).map { cells[$0] ?? "" }
        do {
            try body(CSVRecord(line: row, fields: fields))
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

}
