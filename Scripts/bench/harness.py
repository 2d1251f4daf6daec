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

def roll_into_schema(db, roll, organization):
    """The sqlite3 shell alone putting a roll's rows into the member table: its constraints, indexes and audit trigger, none
    of our checks, matching or event. `organization` is an SQL expression over the imported row r (a code, or r.组织代码).
    Rolled back, so the province stays as it was: the commit's write to the log is not in this figure."""
    insert = f"""INSERT INTO member (organization_id, name, gender, birth_date, id_number, education, joined_date, status, discipline,
      probation_start, probation_end, away, phone, created_at, updated_at)
    SELECT (SELECT id FROM organization WHERE code = {organization}), r.姓名, CASE r.性别 WHEN '男' THEN 'male' WHEN '女' THEN 'female' END,
      r.出生日期, NULLIF(r.身份证号, ''),
      CASE r.文化程度 WHEN '研究生' THEN 'postgraduate' WHEN '大学本科' THEN 'bachelor' WHEN '大专' THEN 'associate'
        WHEN '中专' THEN 'secondary_vocational' WHEN '高中' THEN 'high_school' WHEN '初中' THEN 'junior_high' WHEN '小学' THEN 'primary' END,
      r.入党日期, CASE r.党员类别 WHEN '正式' THEN 'full' WHEN '预备' THEN 'probationary' END,
      CASE r.处分情况 WHEN '无' THEN 'none' WHEN '留党察看' THEN 'probation' WHEN '留置' THEN 'detained' ELSE 'arrested' END,
      NULLIF(r.留党察看开始日期, ''), NULLIF(r.留党察看截止日期, ''), CASE r.流动党员 WHEN '是' THEN 1 ELSE 0 END, NULLIF(r.联系电话, ''),
      strftime('%Y-%m-%dT%H:%M:%SZ'), strftime('%Y-%m-%dT%H:%M:%SZ')
    FROM temp.r r"""
    # (The same connection settings as the program's import: foreign keys on, statement journals in memory, a 16 MB cache.)
    return ["sqlite3", "-bail", db, ".mode csv", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16384",
            "BEGIN IMMEDIATE", f".import --schema temp {roll} r", insert, "ROLLBACK"]

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

def svg_curve(title, unit, points, path):
    """A small log-log chart of seconds against size: ours and the baseline, with a dashed line of linear growth from our
    smallest point. A curve steeper than the dashed line is super-linear at a glance. No scripts, no external files."""
    import math
    width, height, left, right, top, bottom = 420, 240, 58, 34, 28, 40
    xs = [p[0] for p in points]
    ys = [v for p in points for v in p[1:] if v]
    x0, x1 = math.log10(min(xs)), math.log10(max(xs))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys) * 1.0001))
    if y1 == y0: y1 += 1
    X = lambda x: left + (math.log10(x) - x0) / ((x1 - x0) or 1) * (width - left - right)
    Y = lambda y: top + (y1 - math.log10(y)) / (y1 - y0) * (height - top - bottom)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="16" font-size="12" font-weight="bold">{title}</text>']
    for e in range(y0, y1 + 1):
        y = Y(10 ** e)
        label = fmt(10 ** e).replace(".0 ms", " ms").replace(".00 s", " s")
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/><text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    for x in xs:
        out.append(f'<text x="{X(x):.1f}" y="{height - bottom + 14}" text-anchor="middle">{x:,}</text>')
    out.append(f'<text x="{(left + width - right) / 2:.0f}" y="{height - 8}" text-anchor="middle">{unit}</text>')
    series = [("tuixuan", 1, "#c0392b"), ("baseline", 2, "#2c3e50")]
    for name, column, colour in series:
        pts = [(X(p[0]), Y(p[column])) for p in points if p[column]]
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in pts)}"/>')
        out += [f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{colour}"/>' for a, b in pts]
    first = points[0]
    linear = [(X(p[0]), Y(first[1] * p[0] / first[0])) for p in points]
    out.append(f'<polyline fill="none" stroke="#c0392b" stroke-dasharray="4 3" stroke-width="1" points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in linear)}"/>')
    legend_y = top + 8
    for i, (name, _, colour) in enumerate(series + [("linear from the smallest", 0, "#c0392b")]):
        y = legend_y + i * 14
        dash = ' stroke-dasharray="4 3"' if i == 2 else ""
        out.append(f'<line x1="{left + 8}" x2="{left + 28}" y1="{y}" y2="{y}" stroke="{colour}" stroke-width="2"{dash}/><text x="{left + 32}" y="{y + 4}">{name}</text>')
    out.append("</svg>")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--counties", type=int, default=100)
    parser.add_argument("--ballots", type=int, default=1_000_000)
    parser.add_argument("--roll", type=int, default=100_000)
    parser.add_argument("--ballot-sizes", default="10000,100000", help="smaller sheets for the cost curve (the largest is --ballots)")
    parser.add_argument("--roll-sizes", default="5000,50000,500000", help="rolls for the cost curve")
    parser.add_argument("--county-roll", type=int, default=50000, help="members of a county-wide roll over the measured county's villages")
    parser.add_argument("--images", default=None, help="where the SVG cost curves go (default: docs/images beside --out)")
    parser.add_argument("--heavy-runs", type=int, default=3)
    parser.add_argument("--light-runs", type=int, default=15)
    args = parser.parse_args()
    b, tx, work = Bench(args), args.bin, args.work
    env = dict(os.environ, TUIXUAN_LANG="en")
    db = os.path.join(work, "province.sqlite")
    total_started = time.perf_counter()

    print(f"generating a province: {args.counties} counties x 20 townships x 15 villages", flush=True)
    gen = b.measure("dev generate", 1, lambda i: [tx, "dev", "generate", "--db", db, "--counties", str(args.counties), "--as-of", "2026-11-22"], env)
    # A file just written is measured once the kernel has written it back (otherwise the first runs compete with that).
    os.sync()
    counts = sql(db, "SELECT (SELECT count(*) FROM election), (SELECT count(*) FROM member), (SELECT count(*) FROM ballot_entry), "
                     "(SELECT count(*) FROM counted_ballot), (SELECT count(*) FROM event)").split("|")
    size_mb = os.path.getsize(db) / 1e6
    open_rounds = sql(db, "SELECT election_id FROM voting_round WHERE state = 'open' ORDER BY election_id").split()
    county = sql(db, "SELECT code FROM organization WHERE level = 'county' ORDER BY id LIMIT 1 OFFSET " + str(args.counties // 2))
    election = sql(db, f"SELECT max(e.id) FROM election e JOIN organization o ON o.id = e.organization_id WHERE o.code LIKE '{county}%'")
    township = sql(db, f"SELECT code FROM organization WHERE level = 'township' AND code LIKE '{county}%' ORDER BY code LIMIT 1")

    # 1. A counting sheet of N ballots, imported as one teller's entry and tallied, against sqlite3 .import + GROUP BY.
    #    Each run enters a different round in session, with its own sheet (the baseline imports the same sheet).
    ballot_sizes = [int(s) for s in args.ballot_sizes.split(",") if s] + [args.ballots]
    rounds = open_rounds[:args.heavy_runs]
    curve_rounds = open_rounds[args.heavy_runs:args.heavy_runs + len(ballot_sizes) - 1]
    if len(rounds) < args.heavy_runs or len(curve_rounds) < len(ballot_sizes) - 1:
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
    # The cost curve: the same path at smaller sizes, one run each, against the baseline at the same size.
    ballot_curve = []
    for size, e in zip(ballot_sizes[:-1], curve_rounds):
        sheet = os.path.join(work, f"curve-sheet-{size}.csv")
        run([tx, "dev", "sheet", "--db", db, "-e", e, "--count", str(size), "--seed", "7", "--out", sheet], env)
        header = open(sheet, encoding="utf-8").readline().strip().split(",")
        tally = " UNION ALL ".join(f"SELECT '{c}', \"{c}\", count(*) FROM sheet GROUP BY \"{c}\"" for c in header[1:header.index("另选他人1姓名")])
        base = b.measure(f"sqlite3 .import + GROUP BY ({size:,})", 1, lambda i: ["sqlite3", base_db, ".mode csv", f".import {sheet} sheet", tally], setup=fresh_baseline)
        ours_enter = b.measure(f"round enter --file ({size:,})", 1, lambda i: [tx, "round", "enter", "--db", db, "-e", e, "--entry", "A", "--file", sheet, "--operator", tellers(e)[0]], env)
        ours_count = b.measure(f"round count ({size:,})", 1, lambda i: [tx, "round", "count", "--db", db, "-e", e, "--entry", "A", "--json"], env)
        ballot_curve.append((size, ours_enter["median"] + ours_count["median"], base["median"]))
    ballot_curve.append((args.ballots, combined["median"], base_import["median"]))

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
    # (Before the import: the rows it will add are not there yet, so their ID numbers are still free.)
    new_village(99)
    schema_roll = b.measure("sqlite3 INSERT into member, same rows (rolled back)", args.heavy_runs,
                            lambda i: roll_into_schema(db, rolls[i], f"'{villages[-1]}'"))
    members = b.measure("member import", args.heavy_runs,
                        lambda i: [tx, "member", "import", rolls[i], "--db", db, "--org", villages[-1], "--operator", reviewer], env, setup=new_village)
    b.row(f"member roll import ({args.roll:,} rows)", members, base_roll, "≤ 3×")
    b.row(f"member roll import ({args.roll:,} rows), against sqlite3 putting the same rows into the member table", members, schema_roll, "—")
    roll_curve = []
    for n, size in enumerate(int(s) for s in args.roll_sizes.split(",") if s):
        roll = os.path.join(work, f"curve-roll-{size}.csv")
        run([tx, "dev", "roll", "--count", str(size), "--region", f"4405{n:02d}", "--seed", str(300 + n), "--congress-date", "2026-12-20", "--out", roll], env)
        base = b.measure(f"sqlite3 .import (roll {size:,})", 1, lambda i: ["sqlite3", base_db, ".mode csv", f".import {roll} roll"], setup=fresh_baseline)
        ours = b.measure(f"member import ({size:,})", 1, lambda i: [tx, "member", "import", roll, "--db", db, "--org", villages[-1], "--operator", reviewer], env,
                         setup=lambda i: new_village(50 + n))
        roll_curve.append((size, ours["median"], base["median"]))

    # 2a. A county-wide roll: the members of every village of the measured county in one file (an organization code column),
    #     imported all or nothing, against sqlite3 .import of the same file.
    # (Another county than the one the reads measure, so its villages' rolls stay the generated size.)
    roll_county = sql(db, "SELECT code FROM organization WHERE level = 'county' ORDER BY id LIMIT 1 OFFSET " + str((args.counties // 2 + 1) % args.counties))
    roll_reviewer = sql(db, f"SELECT name FROM operator WHERE role = 'county' AND organization_id = (SELECT id FROM organization WHERE code = '{roll_county}')")
    county_villages = sql(db, f"SELECT code FROM organization WHERE level IN ('village', 'community') AND code LIKE '{roll_county}%' ORDER BY code").split()
    county_rolls = []
    for i in range(args.heavy_runs):
        county_rolls.append(os.path.join(work, f"county-roll-{i}.csv"))
        run([tx, "dev", "roll", "--count", str(args.county_roll), "--region", f"4406{i:02d}", "--seed", str(400 + i), "--congress-date", "2026-12-20",
             "--org-codes", ",".join(county_villages), "--out", county_rolls[-1]], env)
    print(f"county-wide roll: {args.county_roll:,} members over {len(county_villages)} villages", flush=True)
    base_county = b.measure("sqlite3 .import (county roll)", args.heavy_runs, lambda i: ["sqlite3", base_db, ".mode csv", f".import {county_rolls[i]} roll"], setup=fresh_baseline)
    schema_county = b.measure("sqlite3 INSERT into member, same county rows (rolled back)", args.heavy_runs,
                              lambda i: roll_into_schema(db, county_rolls[i], "r.组织代码"))
    county_import = b.measure("member import (county-wide)", args.heavy_runs,
                              lambda i: [tx, "member", "import", county_rolls[i], "--db", db, "--org", roll_county, "--operator", roll_reviewer], env)
    b.row(f"county-wide roll import ({args.county_roll:,} members, {len(county_villages)} villages)", county_import, base_county, "≤ 3×")
    b.row("county-wide roll import, against sqlite3 putting the same rows into the member table", county_import, schema_county, "—")

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

    # 4. audit verify of one county's database (its own file: 300 elections), against the floor.
    county_db = os.path.join(work, "county.sqlite")
    run([tx, "dev", "generate", "--db", county_db, "--counties", "1", "--as-of", "2026-11-22"], env)
    # (Without this, verify's first runs met the kernel writing the new file back: 1.1-1.3 s against 0.77 s once written.)
    os.sync()
    verify = b.measure("tuixuan audit verify (one county's file)", 3, lambda i: [tx, "audit", "verify", "--db", county_db], env)
    b.row("audit verify of a county's file (300 elections)", verify, floor, "< 1 s")
    total = time.perf_counter() - total_started

    # The cost curves, one small chart per heavy path.
    images = args.images or os.path.join(os.path.dirname(os.path.abspath(args.out)), "images")
    os.makedirs(images, exist_ok=True)
    svg_curve("ballot sheet entered + tallied", "ballots", ballot_curve, os.path.join(images, "bench-ballots.svg"))
    svg_curve("member roll imported", "members", roll_curve, os.path.join(images, "bench-roll.svg"))
    curve_lines = ["| path | size | tuixuan | baseline | ratio | per 1,000 (tuixuan) |", "|---|---:|---:|---:|---:|---:|"]
    for path, points in (("ballot sheet entered + tallied", ballot_curve), ("member roll imported", roll_curve)):
        for size, ours, base in points:
            curve_lines.append(f"| {path} | {size:,} | {fmt(ours)} | {fmt(base)} | {ours / base:.2f}× | {fmt(ours / size * 1000)} |")
    curves = "\n".join(curve_lines)

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
               for r in (gen, base_import, enter, count, second, reconcile, base_roll, members, excel, base_county, county_import, floor, select1, status,
                         overview, overview_t, live, verify)]
    table = "\n".join(lines)
    print("\n" + table + "\n")
    report = f"""## Latest run

{datetime.date.today().isoformat()}, `Scripts/bench.sh{' ' + ' '.join(sys.argv[sys.argv.index('--counties'):]) if '--counties' in sys.argv else ''}`, whole run {total / 60:.1f} min.

Machine: {cpu}, {os.cpu_count()} cores, {mem:,} MB memory; {platform.system()} {platform.release()}; {swift}; SQLite {sqlite_version}.
Release build. The baselines ran in the same run, on the same files, alternating with nothing else of ours.

Data: {int(counts[0]):,} elections, {int(counts[1]):,} members, {int(counts[2]):,} entered and {int(counts[3]):,} counted ballots,
{int(counts[4]):,} audit events; the file is {size_mb:,.0f} MB. County measured: {county} (300 elections), township {township}.

{table}

Cost curves (one run per size; the largest ballot size is the median above). A flat last column is linear cost:

{curves}

![ballot sheet: seconds against ballots, log-log](images/bench-ballots.svg) ![member roll: seconds against members, log-log](images/bench-roll.svg)

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
