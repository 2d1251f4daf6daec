/// Text placed in HTML, escaped: the one escaping every HTML page of the program goes through
/// (ballot, count report, board). Escapes the five characters that can end text or an attribute.
func html(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        default: escaped.append(character)
        }
    }
    return escaped
}

/// A number, or nothing.
func cell(_ number: Int?) -> String { number.map(String.init) ?? "" }
