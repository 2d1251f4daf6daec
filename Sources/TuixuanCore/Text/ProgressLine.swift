/// What a progress bar counts: rows or ballots, or the bytes of a file read as it goes.
public enum ProgressUnit: Sendable {
    case items
    case bytes
}

/// A progress bar for long work: `[########............]  40%  12,000/30,000  2,400/s  ETA 0:08`,
/// or for a file read as it goes `[####................]  20%  8.0/40.0 MB  9.5 MB/s  ETA 0:03`.
public func progressLine(done: Int, total: Int, elapsed: Double, width: Int = 20, unit: ProgressUnit = .items) -> String {
    let fraction = total > 0 ? min(1, max(0, Double(done) / Double(total))) : 0
    let filled = Int((fraction * Double(width)).rounded(.down))
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    let percent = String(Int((fraction * 100).rounded(.down)))
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let remaining = rate > 0 ? Double(total - done) / rate : nil
    let eta = remaining.map { clockTime(Int($0.rounded(.up))) } ?? "--:--"
    let amounts: String = switch unit {
    case .items: "\(grouped(done))/\(grouped(total))  \(grouped(Int(rate)))/s"
    case .bytes: "\(megabytes(done))/\(megabytes(total)) MB  \(megabytes(Int(rate))) MB/s"
    }
    return "\(bar) \(String(repeating: " ", count: max(0, 3 - percent.count)))\(percent)%  \(amounts)  ETA \(eta)"
}

/// 8_400_000 → "8.4" (megabytes, one decimal).
func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes + 50_000) / 100_000
    return "\(grouped(tenths / 10)).\(tenths % 10)"
}

/// 12345 → "12,345".
func grouped(_ value: Int) -> String {
    let digits = Array(String(abs(value)))
    var out: [Character] = []
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
        out.append(digit)
    }
    return (value < 0 ? "-" : "") + String(out)
}

/// 75 → "1:15"; 3725 → "1:02:05".
func clockTime(_ seconds: Int) -> String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60
    return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
}
