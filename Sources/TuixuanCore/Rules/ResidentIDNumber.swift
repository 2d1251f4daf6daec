/// 公民身份号码 (GB 11643-1999): 17 digits and a check character (0–9 or X).
public struct ResidentIDNumber: Sendable, Hashable {
    public let text: String

    public enum Problem: Sendable, Hashable {
        case wrongLength, notDigits, badBirthDate, badChecksum(expected: Character)
    }

    /// Validates the form and the check character (GB 11643-1999 §7, ISO 7064 MOD 11-2).
    public static func validate(_ raw: String) -> Result<ResidentIDNumber, ProblemBox> {
        let text = raw.uppercased()
        let characters = Array(text)
        guard characters.count == 18 else { return .failure(ProblemBox(.wrongLength)) }
        guard characters[0..<17].allSatisfy(\.isASCIIDigit), characters[17].isASCIIDigit || characters[17] == "X" else {
            return .failure(ProblemBox(.notDigits))
        }
        guard ResidentIDNumber.birthDate(of: characters) != nil else { return .failure(ProblemBox(.badBirthDate)) }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(characters[0..<17], weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        let expected = Array("10X98765432")[sum % 11]
        guard characters[17] == expected else { return .failure(ProblemBox(.badChecksum(expected: expected))) }
        return .success(ResidentIDNumber(text: text))
    }

    /// The birth date encoded in digits 7–14.
    public var birthDate: CivilDate { ResidentIDNumber.birthDate(of: Array(text))! }

    /// The gender encoded in digit 17: odd for men, even for women.
    public var gender: Gender { Int(String(Array(text)[16]))! % 2 == 1 ? .male : .female }

    static func birthDate(of characters: [Character]) -> CivilDate? {
        CivilDate(parsing: String(characters[6..<14]))
    }

    /// `Result` needs an `Error`; this carries the problem.
    public struct ProblemBox: Error, Sendable, Hashable {
        public let problem: Problem
        init(_ problem: Problem) { self.problem = problem }
    }
}
