import Foundation
import TuixuanCore

/// The language of this run: `--lang en` (or `--lang=en`, or TUIXUAN_LANG=en) for English,
/// Simplified Chinese otherwise. Read once, before parsing, so help text is in it too.
let uiLanguage: Language = {
    let arguments = CommandLine.arguments
    if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count {
        return Language(rawValue: arguments[index + 1]) ?? .zh
    }
    if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }) {
        return Language(rawValue: String(inline.dropFirst("--lang=".count))) ?? .zh
    }
    return ProcessInfo.processInfo.environment["TUIXUAN_LANG"].flatMap(Language.init(rawValue:)) ?? .zh
}()

/// Picks the text for this run's language.
func L(_ zh: String, _ en: String) -> String { uiLanguage == .zh ? zh : en }

extension UserDescribable {
    var localized: String { describe(uiLanguage) }
}

extension LocalizedText {
    var localized: String { text(uiLanguage) }
}
