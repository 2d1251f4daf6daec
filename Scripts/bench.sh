#!/usr/bin/env bash
# Benchmarks against SQLite itself, on a generated province (see docs/benchmarks.md).
#
#   Scripts/bench.sh            the full run: 100 counties (30,000 elections), 1,000,000-ballot sheets,
#                               100,000-member rolls; about 10 minutes on 2 cores after the build
#   Scripts/bench.sh --quick    a small run (5 counties, 50,000 ballots, 10,000 members) to check the suite works
#
# Prints a table of medians, peak memory and ratios to the baselines, and writes it into
# docs/benchmarks.md (between the bench markers). Needs sqlite3 and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

scale=(--counties 100 --ballots 1000000 --roll 100000)
out="$root/docs/benchmarks.md"
if [[ "${1:-}" == "--quick" ]]; then
  scale=(--counties 5 --ballots 50000 --ballot-sizes 5000,20000 --roll 10000 --roll-sizes 1000,5000,20000 --county-roll 5000 --light-runs 7 --images "${TMPDIR:-/tmp}/tuixuan-bench-images")
  out="${TMPDIR:-/tmp}/tuixuan-bench-quick.md"
fi

for tool in sqlite3 python3; do
  command -v "$tool" >/dev/null || { echo "bench.sh: $tool is needed (apt-get install -y $tool)" >&2; exit 1; }
done

swift build -c release --product tuixuan
swift build -c release --product tuixuan-floor
bin="$(swift build -c release --show-bin-path)"

work="$(mktemp -d "${TMPDIR:-/tmp}/tuixuan-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$root/Scripts/bench/harness.py" --bin "$bin/tuixuan" --floor "$bin/tuixuan-floor" --work "$work" --out "$out" "${scale[@]}"
