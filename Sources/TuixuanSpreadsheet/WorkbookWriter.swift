import Foundation
import TuixuanCore
import ZIPFoundation

/// One cell to write.
public enum WorkbookCell: Sendable, Equatable {
    case empty
    /// No value, but a cell of a table: bordered, and formatted as its column (what is typed in keeps the column's kind).
    case blank(WorkbookColumnStyle)
    /// Text, kept as text (an ID number or a phone number with a leading zero stays exact).
    case text(String)
    /// A number, as its digits.
    case number(String)
    /// A date, shown as yyyy-mm-dd (stored as Excel's day serial).
    case date(CivilDate)
    /// A formula with the value it last computed.
    case formula(String, cached: String)
}

/// How a whole column is formatted, so that what a person types into an empty cell keeps its kind: an ID number
/// typed into a text column stays 18 exact digits instead of becoming 4.4E+17, a date typed into a date column shows as one.
public enum WorkbookColumnStyle: Sendable, Equatable {
    case general, text, date
}

/// One sheet to write: its rows, merged ranges (`A1:B1`), column widths in characters and column formats.
public struct WorkbookSheet: Sendable {
    public var name: String
    public var rows: [[WorkbookCell]]
    public var merges: [String]
    public var widths: [Int]
    /// Each column's format (missing ones are general).
    public var columnStyles: [WorkbookColumnStyle]
    /// Whether the first row stays in view when scrolling.
    public var freezeHeader: Bool

    public init(name: String, rows: [[WorkbookCell]], merges: [String] = [], widths: [Int] = [], columnStyles: [WorkbookColumnStyle] = [],
                freezeHeader: Bool = true) {
        self.name = name
        self.rows = rows
        self.merges = merges
        self.widths = widths
        self.columnStyles = columnStyles
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
            // Printed, a sheet fits the page's width (landscape when it is wide), however many pages long.
            xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
            if sheet.freezeHeader {
                xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
            }
            let columnCount = max(sheet.widths.count, sheet.columnStyles.count)
            if columnCount > 0 {
                xml += "<cols>" + (0..<columnCount).map { column -> String in
                    let width = column < sheet.widths.count ? sheet.widths[column] : 10
                    let style = column < sheet.columnStyles.count ? styleIndex(sheet.columnStyles[column]) : 0
                    return #"<col min="\#(column + 1)" max="\#(column + 1)" width="\#(width)" customWidth="1"\#(style == 0 ? "" : #" style="\#(style)""#)/>"#
                }.joined() + "</cols>"
            }
            xml += "<sheetData>"
            for (rowIndex, row) in sheet.rows.enumerated() {
                xml += #"<row r="\#(rowIndex + 1)">"#
                for (columnIndex, cell) in row.enumerated() {
                    let reference = SpreadsheetCell.letters(ofColumn: columnIndex) + String(rowIndex + 1)
                    let header = rowIndex == 0 && sheet.freezeHeader
                    switch cell {
                    case .empty: continue
                    case .blank(let style):
                        let bordered = switch style {
                        case .general: Style.borderedNumber
                        case .date: Style.borderedDate
                        case .text: Style.borderedText
                        }
                        xml += #"<c r="\#(reference)" s="\#(bordered)"/>"#
                    case .text(let text): xml += #"<c r="\#(reference)" t="s" s="\#(header ? Style.header : Style.borderedText)"><v>\#(shared(text))</v></c>"#
                    case .number(let digits): xml += #"<c r="\#(reference)" s="\#(Style.borderedNumber)"><v>\#(escape(digits))</v></c>"#
                    case .date(let date): xml += #"<c r="\#(reference)" s="\#(Style.borderedDate)"><v>\#(serial(of: date))</v></c>"#
                    case .formula(let formula, let cached):
                        xml += #"<c r="\#(reference)" s="\#(Style.borderedNumber)"><f>\#(escape(formula))</f><v>\#(escape(cached))</v></c>"#
                    }
                }
                xml += "</row>"
            }
            xml += "</sheetData>"
            if !sheet.merges.isEmpty {
                xml += #"<mergeCells count="\#(sheet.merges.count)">"# + sheet.merges.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
            }
            let wide = max(columnCount, sheet.rows.first?.count ?? 0) > 8
            xml += #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
                + #"<pageSetup paperSize="9" orientation="\#(wide ? "landscape" : "portrait")" fitToWidth="1" fitToHeight="0"/>"#
            xml += "</worksheet>"
            sheetXML.append(xml)
        }
        let sheetEntries = sheets.indices.map { #"<sheet name="\#(escape(sheets[$0].name))" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
        // The header row is printed again at the top of every page.
        let printTitles = sheets.indices.filter { sheets[$0].freezeHeader }.map { index -> String in
            let quoted = "'" + sheets[index].name.replacingOccurrences(of: "'", with: "''") + "'"
            return #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">\#(escape(quoted))!$1:$1</definedName>"#
        }.joined()
        let definedNames = printTitles.isEmpty ? "" : "<definedNames>\(printTitles)</definedNames>"
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
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\#(sheetEntries)</sheets>\#(definedNames)</workbook>"#),
            ("xl/_rels/workbook.xml.rels", workbookRelations),
            ("xl/styles.xml", stylesXML),
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

    /// The cell formats in styles.xml, by index. Columns carry 0–2 (so a typed cell takes the column's kind); written
    /// cells carry a thin border, the header row bold on grey, centred.
    enum Style {
        static let general = 0, date = 1, text = 2, header = 3, borderedNumber = 4, borderedDate = 5, borderedText = 6
    }

    static let stylesXML = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>"#
        + #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        + #"<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="7">"#
        + #"<xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#
        + #"<xf numFmtId="0" borderId="1" xfId="0" applyBorder="1"/><xf numFmtId="164" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>"#
        + #"<xf numFmtId="49" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>"#
        + "</cellXfs></styleSheet>"

    /// The cell format index of a column's style.
    static func styleIndex(_ style: WorkbookColumnStyle) -> Int {
        switch style {
        case .general: Style.general
        case .date: Style.date
        case .text: Style.text
        }
    }

    /// Excel's day serial of a date (1900 date system; from March 1900 on, one ahead for the 29 February 1900 it counts).
    static func serial(of date: CivilDate) -> Int {
        let days = CivilDate(year: 1900, month: 1, day: 1)!.days(until: date)
        return days < 59 ? days + 1 : days + 2
    }

    /// Text as XML character data: markup characters escaped, and control characters XML 1.0 cannot carry left out.
    static func escape(_ text: String) -> String {
        // XML 1.0 carries tab, newline, carriage return and U+0020 up, except the non-characters U+FFFE and U+FFFF.
        func carried(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF) || scalar == "\t" || scalar == "\n" || scalar == "\r"
        }
        let text = text.unicodeScalars.allSatisfy(carried) ? text : String(String.UnicodeScalarView(text.unicodeScalars.filter(carried)))
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
