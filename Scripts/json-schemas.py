#!/usr/bin/env python3
"""Writes docs/json/<command>.schema.json: the JSON Schema of each read command's --json output, inferred from the
outputs on a database that exercises them (the demo's, by default). Run it after changing an output, read the diff,
and commit it with the change: the schemas are the contract scripts rely on, and JSONShapeTests validates the
program's real output against them.

    python3 Scripts/json-schemas.py [--bin .build/debug/tuixuan] [--db DEMO.sqlite] [--samples DIR]

Acts (a roll imported, a recommendation round entered, a province generated) and reads the demo's database does not
reach cannot be run again on it: their samples come from JSONSchemaTests, which writes each output it checks to
DIR/<name>.json when run with TUIXUAN_RECORD_JSON_SAMPLES=DIR (`--samples DIR` then infers their schemas).

Records are strict: every key required, no other key allowed. A scalar may be null (a value not known yet is null,
never a missing key). An object whose keys are data (names, codes, stages) rather than fields is a map: its values
are checked, its keys are not."""
import argparse, json, os, subprocess, sys

# Fields that name one case of several: a one-key object whose key is the case (`{"further_round": {…}}`), the
# case's details under it (the congress's next step).
UNIONS = {"next", "congress_next"}
# Fields whose value is a map from data keys (stage, post, department…) to values.
MAPS = {"lists", "list_problems", "compositions", "decisions", "by_stage", "counts", "votes", "answers", "departments", "posts_by_member", "initial", "final"}

COMMANDS = {
    "status": ["status", "-e", "{election}", "--json"],
    "board": ["status", "--org", "{county}", "--json"],
    "overview": ["overview", "--org", "{county}", "--json"],
    "registration-show": ["registration", "show", "-e", "{election}", "--json"],
    "org-list": ["org", "list", "--json"],
    "election-list": ["election", "list", "--json"],
    "member-list": ["member", "list", "--org", "{village}", "--json"],
    "operator-list": ["operator", "list", "--json"],
    "outgoing-show": ["outgoing", "show", "-e", "{election}", "--json"],
    "step-records": ["step", "records", "-e", "{election}", "--json"],
    "events": ["events", "-e", "{election}", "--json"],
    "audit-verify": ["audit", "verify", "--json"],
    "audit-head": ["audit", "head", "--json"],
    "key-list": ["key", "list", "--json"],
    "congress-report": ["congress", "report", "-e", "{election}", "--json"],
    "congress-quorum": ["congress", "quorum", "-e", "{election}", "--json"],
    "congress-next": ["congress", "next", "-e", "{election}", "--json"],
    "round-show": ["round", "show", "-e", "{election}", "--json"],
    "round-count": ["round", "count", "-e", "{election}", "--entry", "A", "--json"],
    "round-reconcile": ["round", "reconcile", "-e", "{election}", "--json"],
    "candidates-show": ["candidates", "show", "-e", "{election}", "--json"],
    "vetting-show": ["candidates", "vetting", "show", "-e", "{election}", "--json"],
    "publicity-list": ["candidates", "publicity", "list", "-e", "{election}", "--json"],
    "step-show": ["step", "show", "10", "-e", "{election}", "--json"],
    "procedure-list": ["procedure", "list", "--json"],
    "procedure-show": ["procedure", "show", "2018-county", "--json"],
    "result-talks": ["result", "talks", "-e", "{election}", "--json"],
    "situation-list": ["situation", "list", "-e", "{election}", "--json"],
    "grading-status": ["grading", "status", "--org", "330521001002", "--year", "2026", "--json"],
    "calendar-show": ["calendar", "show", "--year", "2026", "--json"],
    "grading-summary": ["grading", "summary", "--org", "{county}", "--year", "2026", "--json"],
    "rectification-status": ["rectification", "status", "--org", "330521001002", "--year", "2026", "--json"],
    "rectification-ledger": ["rectification", "ledger", "--org", "{county}", "--json"],
    "version": ["version", "--json"],
    "doctor": ["doctor", "--json"],
}


# The commands whose samples JSONSchemaTests records (see --samples).
SAMPLED_TITLES = {
    "member-import": "member import", "member-import-county": "member import (a county-wide roll, --org a county or township)", "recommend-round": "candidates recommend ballots|tally", "guidance-list": "election guidance list",
    "candidates-ballot": "candidates ballot", "completion-show": "candidates complete show", "archive-list": "archive list",
    "archive-verify": "archive verify", "dev-generate": "dev generate",
}


def kind(value):
    if value is None: return "null"
    if isinstance(value, bool): return "boolean"
    if isinstance(value, int): return "integer"
    if isinstance(value, float): return "number"
    if isinstance(value, str): return "string"
    if isinstance(value, list): return "array"
    return "object"


def infer(samples, name="", top=True):
    """One schema for every sample of the same place in the output."""
    kinds = {kind(s) for s in samples}
    present = [s for s in samples if s is not None]
    if not present:
        return {}
    if kinds - {"null"} == {"object"}:
        objects = [s for s in present]
        if name in UNIONS and all(len(o) == 1 for o in objects):
            return {"type": ["object", "null"], "minProperties": 1, "maxProperties": 1,
                    "additionalProperties": {"type": ["object", "array", "null"]}}
        if name in MAPS:
            return {"type": ["object", "null"], "additionalProperties": infer([v for o in objects for v in o.values()], top=False)}
        keys = sorted({k for o in objects for k in o})
        # A record inside another may be null (not known yet); the output itself is always there.
        return {"type": "object" if top else ["object", "null"],
                "properties": {k: infer([o.get(k) for o in objects if k in o], k, top=False) for k in keys},
                "required": keys, "additionalProperties": False}
    if kinds - {"null"} == {"array"}:
        items = [i for a in present for i in a]
        return {"type": ["array", "null"] if "null" in kinds else "array", **({"items": infer(items, name, top=False)} if items else {})}
    scalar = sorted(kinds - {"null"})
    if scalar == ["integer", "number"]: scalar = ["number"]
    return {"type": scalar + ["null"]}


def main():
    parser = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--bin", default=os.path.join(root, ".build/debug/tuixuan"))
    parser.add_argument("--db")
    parser.add_argument("--samples", help="a folder of <name>.json files, each an array of outputs of one command")
    parser.add_argument("--election", default="330521001001")
    parser.add_argument("--village", default="330521001001")
    parser.add_argument("--county", default="330521")
    args = parser.parse_args()
    out = os.path.join(root, "docs/json")
    os.makedirs(out, exist_ok=True)
    if args.samples:
        for file in sorted(os.listdir(args.samples)):
            if not file.endswith(".json"): continue
            name = file[:-len(".json")]
            with open(os.path.join(args.samples, file)) as f:
                samples = json.load(f)
            write(out, name, SAMPLED_TITLES.get(name, name), infer(samples))
    if not args.db:
        return
    for name, command in COMMANDS.items():
        argv = [a.format(election=args.election, village=args.village, county=args.county) for a in command]
        result = subprocess.run([args.bin, "--db", args.db] + argv, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"{name}: {' '.join(argv)} exited {result.returncode}: {result.stderr}")
        write(out, name, " ".join(command[:-1]).split(" -")[0].split(" {")[0],
              infer([json.loads(result.stdout)], "next" if name == "congress-next" else ""))


def write(out, name, title, inferred):
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "tuixuan " + title, **inferred}
    with open(os.path.join(out, name + ".schema.json"), "w") as f:
        json.dump(schema, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print(name)


if __name__ == "__main__":
    main()
