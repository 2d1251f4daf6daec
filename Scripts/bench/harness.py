#!/usr/bin/env python3
"""Tuixuan's benchmarks against SQLite itself (run by Scripts/bench.sh).

Every measurement runs a whole command as a child process, several times, and reports the median
wall time and the largest peak resident memory (from wait4's rusage of that child alone). Each
heavy path is paired with a baseline measured in the same run on the same files: the sqlite3
shell doing the nearest plain-SQLite equivalent, or the floor program (Foundation + GRDB opening
the file and running one query). Results go to stdout and to docs/benchmarks.md.
"""
import argparse, datetime, os, platform, shutil, statistics, subprocess, sys, tempfile, time

def run(argv, env=None, stdin=None):
    """Runs argv; returns (seconds, peak RSS in MB). Fails loudly on a non-zero exit."""
    started = time.perf_counter()
    # Standard error goes to a file, not a pipe: a command that warns a lot would otherwise fill the pipe and wait forever.
    with open(os.devnull, "w") as null, tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(argv, stdout=null, stderr=errors, env=env, stdin=stdin)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"benchmark command failed ({code}): {' '.join(argv)}\n{err}")
    return elapsed, usage.ru_maxrss / 1024.0

def sql(db, query):
    return subprocess.run(["sqlite3", db, query], check=True, capture_output=True, text=True).stdout.strip()

class Bench:
    def __init__(self, args):
        self.args, self.rows = args, []

    def measure(self, name, runs, make_argv, env=None, setup=None):
        times, peaks = [], []
        for i in range(runs):
            if setup: setup(i)
            seconds, peak = run(make_argv(i), env=env)
            times.append(seconds); peaks.append(peak)
        result = {"name": name, "median": statistics.median(times), "min": min(times), "max": max(times), "peak": max(peaks), "runs": runs}
        print(f"  {name}: median {fmt(result['median'])}, peak {result['peak']:.0f} MB ({runs} runs)", flush=True)
        return result

    def row(self, what, ours, baseline, target):
        ratio = ours["median"] / baseline["median"] if baseline else None
        self.rows.append((what, ours, baseline, ratio, target))

def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--counties", type=int, default=100)
    parser.add_argument("--ballots", type=int, default=1_000_000)
    parser.add_argument("--roll", type=int, default=100_000)
    parser.add_argument("--heavy-runs", type=int, default=3)
    parser.add_argument("--light-runs", type=int, default=15)
    args = parser.parse_args()
    b, tx, work = Bench(args), args.bin, args.work
    env = dict(os.environ, TUIXUAN_LANG="en")
    db = os.path.join(work, "province.sqlite")
    total_started = time.perf_counter()

    print(f"generating a province: {args.counties} counties x 20 townships x 15 villages", flush=True)
    gen = b.measure("dev generate", 1, lambda i: [tx, "dev", "generate", "--db", db, "--counties", str(args.counties), "--as-of", "2026-11-22"], env)
    counts = sql(db, "SELECT (SELECT count(*) FROM election), (SELECT count(*) FROM member), (SELECT count(*) FROM ballot_entry), "
                     "(SELECT count(*) FROM counted_ballot), (SELECT count(*) FROM event)").split("|")
    size_mb = os.path.getsize(db) / 1e6
    open_rounds = sql(db, "SELECT election_id FROM voting_round WHERE state = 'open' ORDER BY election_id").split()
    county = sql(db, "SELECT code FROM organization WHERE level = 'county' ORDER BY id LIMIT 1 OFFSET " + str(args.counties // 2))
    election = sql(db, f"SELECT max(e.id) FROM election e JOIN organization o ON o.id = e.organization_id WHERE o.code LIKE '{county}%'")
    township = sql(db, f"SELECT code FROM organization WHERE level = 'township' AND code LIKE '{county}%' ORDER BY code LIMIT 1")

    # 1. A counting sheet of N ballots, imported as one teller's entry and tallied, against sqlite3 .import + GROUP BY.
    #    Each run enters a different round in session, with its own sheet (the baseline imports the same sheet).
    rounds = open_rounds[:args.heavy_runs]
    if len(rounds) < args.heavy_runs:
        sys.exit(f"only {len(rounds)} rounds in session: generate more counties")
    print(f"ballots: {args.ballots:,} per sheet", flush=True)
    sheets, tallies = [], []
    for i, e in enumerate(rounds):
        sheets.append(os.path.join(work, f"sheet-{i}.csv"))
        run([tx, "dev", "sheet", "--db", db, "-e", e, "--count", str(args.ballots), "--seed", str(i + 1), "--out", sheets[-1]], env)
        header = open(sheets[-1], encoding="utf-8").readline().strip().split(",")
        candidates = header[1:header.index("另选他人1姓名")]
        tallies.append(" UNION ALL ".join(f"SELECT '{c}', \"{c}\", count(*) FROM sheet GROUP BY \"{c}\"" for c in candidates))
    tellers = lambda e: sql(db, f"SELECT name FROM operator WHERE role = 'teller' AND organization_id = "
                                f"(SELECT t.parent_id FROM election e JOIN organization v ON v.id = e.organization_id "
                                f"JOIN organization t ON t.id = v.parent_id WHERE e.id = {e}) ORDER BY id").split()
    base_db = os.path.join(work, "baseline.sqlite")
    def fresh_baseline(_):
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(base_db + suffix): os.remove(base_db + suffix)
    base_import = b.measure("sqlite3 .import + GROUP BY", args.heavy_runs,
                            lambda i: ["sqlite3", base_db, ".mode csv", f".import {sheets[i]} sheet", tallies[i]], setup=fresh_baseline)
    enter = b.measure("round enter --file (entry A)", args.heavy_runs,
                      lambda i: [tx, "round", "enter", "--db", db, "-e", rounds[i], "--entry", "A", "--file", sheets[i], "--operator", tellers(rounds[i])[0]], env)
    count = b.measure("round count --entry A", args.heavy_runs,
                      lambda i: [tx, "round", "count", "--db", db, "-e", rounds[i], "--entry", "A", "--json"], env)
    combined = {"median": enter["median"] + count["median"], "peak": max(enter["peak"], count["peak"]), "runs": args.heavy_runs}
    b.row(f"ballot sheet import + tally ({args.ballots:,} ballots)", combined, base_import, "≤ 2×")
    second = b.measure("round enter --file (entry B)", 1,
                       lambda i: [tx, "round", "enter", "--db", db, "-e", rounds[0], "--entry", "B", "--file", sheets[0], "--operator", tellers(rounds[0])[1]], env)
    reconcile = b.measure("round reconcile (align both entries)", 1, lambda i: [tx, "round", "reconcile", "--db", db, "-e", rounds[0], "--json"], env)
    both = {"median": second["median"] + reconcile["median"], "peak": max(second["peak"], reconcile["peak"]), "runs": 1}
    b.row(f"second entry + aligning both entries ({args.ballots:,} each)", both, base_import, "—")

    # 2. A member roll of N rows into a new village, against sqlite3 .import of the same file. ID numbers
    #    are unique across the database, so each run imports its own roll (a region code the generator never uses).
    print(f"member roll: {args.roll:,} rows", flush=True)
    rolls = []
    for i in range(args.heavy_runs):
        rolls.append(os.path.join(work, f"roll-{i}.csv"))
        run([tx, "dev", "roll", "--count", str(args.roll), "--region", f"4403{i:02d}", "--seed", str(100 + i), "--congress-date", "2026-12-20",
             "--out", rolls[-1]], env)
    reviewer = sql(db, f"SELECT name FROM operator WHERE role = 'county' AND organization_id = (SELECT id FROM organization WHERE code = '{county}')")
    villages = []
    def new_village(i):
        code = f"{township}9{i:02d}"
        run([tx, "org", "add", "--db", db, "--code", code, "--name", f"基准村{i}", "--level", "village", "--parent", township,
             "--previous-size", "5", "--operator", reviewer], env)
        villages.append(code)
    base_roll = b.measure("sqlite3 .import (roll)", args.heavy_runs, lambda i: ["sqlite3", base_db, ".mode csv", f".import {rolls[i]} roll"], setup=fresh_baseline)
    members = b.measure("member import", args.heavy_runs,
                        lambda i: [tx, "member", "import", rolls[i], "--db", db, "--org", villages[-1], "--operator", reviewer], env, setup=new_village)
    b.row(f"member roll import ({args.roll:,} rows)", members, base_roll, "≤ 3×")

    # 2b. The same size of roll as an Excel workbook (written by the program's own writer), against the CSV path above:
    #     the sheet streams through the XML parser (only the shared strings are held), so time and memory stay near CSV's.
    books = []
    for i in range(args.heavy_runs):
        books.append(os.path.join(work, f"roll-{i}.xlsx"))
        run([tx, "dev", "roll", "--count", str(args.roll), "--region", f"4404{i:02d}", "--seed", str(200 + i), "--congress-date", "2026-12-20",
             "--out", books[-1]], env)
    excel = b.measure("member import (.xlsx)", args.heavy_runs,
                      lambda i: [tx, "member", "import", books[i], "--db", db, "--org", villages[-1], "--operator", reviewer], env,
                      setup=lambda i: new_village(i + args.heavy_runs))
    b.row(f"member roll import from .xlsx ({args.roll:,} rows), against the CSV import", excel, members, "≤ 2×")

    # 3. Reads at province size, and the cost of starting one command.
    print("reads at province size", flush=True)
    floor = b.measure("floor: Swift + GRDB, open + one query", args.light_runs, lambda i: [args.floor, db, election])
    select1 = b.measure("sqlite3 DB 'select 1'", args.light_runs, lambda i: ["sqlite3", db, "select 1"])
    status = b.measure("tuixuan status (one election)", args.light_runs, lambda i: [tx, "status", "--db", db, "-e", election, "--json"], env)
    overview = b.measure("tuixuan overview (one county)", args.light_runs, lambda i: [tx, "overview", "--db", db, "--org", county, "--json"], env)
    overview_t = b.measure("tuixuan overview (one township)", args.light_runs, lambda i: [tx, "overview", "--db", db, "--org", township, "--json"], env)
    live = b.measure("tuixuan overview --live (one county, recomputed)", 1, lambda i: [tx, "overview", "--db", db, "--org", county, "--json", "--live"], env)
    b.row("one CLI command: status of one election", status, floor, "≤ 1.5× floor")
    b.row("county overview (one query, kept board)", overview, floor, "< 50 ms")
    b.row("township overview", overview_t, floor, "< 50 ms")
    b.row("county overview recomputed from the facts (--live)", live, floor, "—")
    b.row("sqlite3 shell start + select 1", select1, floor, "—")
    total = time.perf_counter() - total_started

    # The report.
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0] if shutil.which("swift") else "?"
    sqlite_version = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    lines = [
        "| what | tuixuan (median) | peak memory | baseline (median) | baseline peak | ratio | target |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for what, ours, base, ratio, target in b.rows:
        lines.append(f"| {what} | {fmt(ours['median'])} | {ours['peak']:.0f} MB | {fmt(base['median']) if base else '—'} | "
                     f"{base['peak']:.0f} MB | {ratio:.2f}× | {target} |" if base else f"| {what} | {fmt(ours['median'])} | {ours['peak']:.0f} MB | — | — | — | {target} |")
    details = [f"| {r['name']} | {fmt(r['median'])} | {fmt(r['min'])} | {fmt(r['max'])} | {r['peak']:.0f} MB | {r['runs']} |"
               for r in (gen, base_import, enter, count, second, reconcile, base_roll, members, excel, floor, select1, status, overview, overview_t, live)]
    table = "\n".join(lines)
    print("\n" + table + "\n")
    report = f"""## Latest run

{datetime.date.today().isoformat()}, `Scripts/bench.sh{' ' + ' '.join(sys.argv[sys.argv.index('--counties'):]) if '--counties' in sys.argv else ''}`, whole run {total / 60:.1f} min.

Machine: {cpu}, {os.cpu_count()} cores, {mem:,} MB memory; {platform.system()} {platform.release()}; {swift}; SQLite {sqlite_version}.
Release build. The baselines ran in the same run, on the same files, alternating with nothing else of ours.

Data: {int(counts[0]):,} elections, {int(counts[1]):,} members, {int(counts[2]):,} entered and {int(counts[3]):,} counted ballots,
{int(counts[4]):,} audit events; the file is {size_mb:,.0f} MB. County measured: {county} (300 elections), township {township}.

{table}

Every command, medians over the runs (a ratio divides our median by the baseline's):

| command | median | fastest | slowest | peak memory | runs |
|---|---:|---:|---:|---:|---:|
""" + "\n".join(details) + "\n"
    start_marker, end_marker = "<!-- bench:start -->", "<!-- bench:end -->"
    text = open(args.out, encoding="utf-8").read() if os.path.exists(args.out) else f"# Benchmarks\n\n{start_marker}\n{end_marker}\n"
    if start_marker not in text:
        text += f"\n{start_marker}\n{end_marker}\n"
    before, rest = text.split(start_marker, 1)
    after = rest.split(end_marker, 1)[1]
    open(args.out, "w", encoding="utf-8").write(before + start_marker + "\n" + report + end_marker + after)
    print(f"written to {args.out}")

if __name__ == "__main__":
    main()
