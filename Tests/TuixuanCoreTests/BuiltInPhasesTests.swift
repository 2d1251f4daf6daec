import Foundation
import Testing
@testable import TuixuanCore

@Suite("Phases read from the catalogs alone")
struct BuiltInPhasesTests {
    @Test("the phases read alone are those of the decoded election catalogs, once each, in order")
    func sameAsWholeCatalogs() {
        var seen: Set<String> = []
        let whole = Procedure.builtIn(.election).flatMap(\.phases).filter { seen.insert($0.id).inserted }
        #expect(!whole.isEmpty)
        #expect(Procedure.builtInPhases == whole)
    }
}
