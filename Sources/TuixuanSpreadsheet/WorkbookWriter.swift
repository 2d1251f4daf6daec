import Foundation
import TuixuanCore
import ZIPFoundation

/// One cell to write.
public enum WorkbookCell: Sendable, Equatable {
    case empty
    /// Text, kept as text (an ID number or a phone number with a leading zero stays exact).
    case text(String)
    /// A number, as its digits.
    case number(String)
    /// A date, shown as yyyy-mm-dd (stored as Excel's day serial).
    case date(CivilDate)
    /// A formula with the value it last computed.
    case formula(String, cached: String)
}

/// One sheet to write: its rows, merged ranges (`A1:B1`), and column widths in characters.
public struct WorkbookSheet: Sendable {
    public var name: String
    public var rows: [[WorkbookCell]]
    public var merges: [String]
    public var widths: [Int]
    /// Whether the first row stays in view when scrolling.
    public var freezeHeader: Bool

    public init(name: String, rows: [[WorkbookCell]], merges: [String] = [], widths: [Int] = [], freezeHeader: Bool = true) {
        self.name = name
        self.rows = rows
        self.merges = merges
        self.widths = widths
        self.freezeHeader = freezeHeader
    }
}

/// Writes an .xlsx workbook: the parts Excel needs, strings shared, dates styled as dates.
public enum WorkbookWriter {
    public static func write(_ sheets: [WorkbookSheet], to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        var strings: [String] = []
        var stringIndex: [String: Int] = [:]
        func shared(_ text: String) -> Int {
            if let index = stringIndex[text] { return index }
            strings.append(text)
            stringIndex[text] = strings.count - 1
            return strings.count - 1
        }
        var sheetXML: [String] = []
        for sheet in sheets {
            var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            if sheet.freezeHeader {
                xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
            }
            if !sheet.widths.isEmpty {
                xml += "<cols>" + sheet.widths.enumerated().map { #"<col min="\#($0.offset + 1)" max="\#($0.offset + 1)" width="\#($0.element)" customWidth="1"/>"# }.joined() + "</cols>"
            }
            xml += "<sheetData>"
            for (rowIndex, row) in sheet.rows.enumerated() {
                xml += #"<row r="\#(rowIndex + 1)">"#
                for (columnIndex, cell) in row.enumerated() {
                    let reference = SpreadsheetCell.letters(ofColumn: columnIndex) + String(rowIndex + 1)
                    switch cell {
                    case .empty: continue
                    case .text(let text): xml += #"<c r="\#(reference)" t="s" s="2"><v>\#(shared(text))</v></c>"#
                    case .number(let digits): xml += #"<c r="\#(reference)"><v>\#(escape(digits))</v></c>"#
                    case .date(let date): xml += #"<c r="\#(reference)" s="1"><v>\#(serial(of: date))</v></c>"#
                    case .formula(let formula, let cached):
                        xml += #"<c r="\#(reference)"><f>\#(escape(formula))</f><v>\#(escape(cached))</v></c>"#
                    }
                }
                xml += "</row>"
            }
            xml += "</sheetData>"
            if !sheet.merges.isEmpty {
                xml += #"<mergeCells count="\#(sheet.merges.count)">"# + sheet.merges.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
            }
            xml += "</worksheet>"
            sheetXML.append(xml)
        }
        let sheetEntries = sheets.indices.map { #"<sheet name="\#(escape(sheets[$0].name))" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
        let sheetTypes: String = sheets.indices.map { #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"# }.joined()
        let contentTypes: String = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + sheetTypes
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#
        let sheetRelations: String = sheets.indices.map { #"<Relationship Id="rId\#($0 + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }.joined()
        let workbookRelations: String = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheetRelations
            + #"<Relationship Id="rId\#(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId\#(sheets.count + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\#(sheetEntries)</sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", workbookRelations),
            // Styles: 0 general, 1 a date (yyyy-mm-dd), 2 text (@).
            ("xl/styles.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"#),
        ]
        for (index, xml) in sheetXML.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", xml)) }
        var allParts = parts
        allParts.append(("xl/sharedStrings.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(strings.count)" uniqueCount="\#(strings.count)">"#
            + strings.map { #"<si><t xml:space="preserve">\#(escape($0))</t></si>"# }.joined() + "</sst>"))
        for (path, text) in allParts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// Excel's day serial of a date (1900 date system; from March 1900 on, one ahead for the 29 February 1900 it counts).
    static func serial(of date: CivilDate) -> Int {
        let days = CivilDate(year: 1900, month: 1, day: 1)!.days(until: date)
        return days < 59 ? days + 1 : days + 2
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
