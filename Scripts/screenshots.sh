#!/usr/bin/env bash
# Renders the printed outputs people look at into docs/images/, from the demo election: the committee ballot, the
# count report (both A4 PDFs made by weasyprint, as `--format pdf` makes them) and the county board (its HTML printed
# by headless chromium), each page turned into a PNG by pdftoppm. Run it after changing any of them, look at the
# PNGs, and commit them with the change.
#
# Usage: Scripts/screenshots.sh [--from DIR]   (DIR: a demo kept with Scripts/demo.sh --keep DIR; otherwise the demo runs)
# Needs: weasyprint fonts-noto-cjk poppler-utils chromium (apt-get install -y …)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
from=""
while [ $# -gt 0 ]; do
  case $1 in
    --from) from=$2; shift 2 ;;
    *) echo "usage: Scripts/screenshots.sh [--from DIR]" >&2; exit 64 ;;
  esac
done
for tool in weasyprint pdftoppm chromium; do
  command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y weasyprint poppler-utils chromium fonts-noto-cjk" >&2; exit 1; }
done
if [ -z "$from" ]; then
  from=$(mktemp -d)
  "$root/Scripts/demo.sh" --keep "$from" > "$from/demo.log" 2>&1 || { tail -20 "$from/demo.log"; exit 1; }
fi
# The newer of the release and debug builds (the demo builds release).
bin=$(ls -t "$root/.build/release/tuixuan" "$root/.build/debug/tuixuan" 2>/dev/null | head -1)
db="$from/demo.sqlite"
village=330521001001
county=330521
out="$root/docs/images"
work=$(mktemp -d)
mkdir -p "$out"

"$bin" candidates ballot --db "$db" -e $village --format pdf --out "$work/ballot.pdf"
"$bin" congress report --db "$db" -e $village --format pdf --out "$work/count-report.pdf"
"$bin" overview --db "$db" --org $county --format html > "$work/board.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/board.pdf" "file://$work/board.html" 2>/dev/null

for name in ballot count-report board; do
  pdftoppm -f 1 -l 1 -r 80 -png -singlefile "$work/$name.pdf" "$out/$name"
  echo "$out/$name.png"
done
cp "$work/ballot.pdf" "$out/ballot-sample.pdf"
