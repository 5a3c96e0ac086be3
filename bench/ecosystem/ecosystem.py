#!/usr/bin/env python3
"""async-lint over real code bases, every finding triaged.

    ecosystem.py setup --clones DIR [--work DIR] [--only NAME,...] [--no-parse-check]
    ecosystem.py run [--work DIR] [--results DIR] [--only NAME,...] [--fix-sweep] [--strict] [--async-lint PATH]
    ecosystem.py compare [--strict] [--triage-dir DIR] REPORT...

`setup` extracts each pinned revision of codebases.json from a clone under
--clones, installs the Debian packages it needs, writes its compile database
and says how many units parse. `run` lints every code base with async-lint
(--cache), compares the findings with triage/<name>.tsv and prints precision
per check and per code base, every unlabelled finding and every labelled place
no longer reported; with --fix-sweep it also re-parses the code with each
fix-it applied. `compare` does the comparison alone on saved JSON reports
(named <codebase>.json), which is what CI tests. See README.md beside this.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import triage  # noqa: E402

CHECKS = [
    "async-blocking-call-in-coroutine", "async-await-in-loop", "async-sequential-awaits",
    "async-discarded-task", "async-unowned-task", "async-all-or-nothing-wait",
    "async-unbounded-fan-out", "async-busy-wait",
]


def load_codebases(path, only):
    with open(path) as f:
        codebases = json.load(f)["codebases"]
    if only:
        wanted = set(only.split(","))
        unknown = wanted - {c["name"] for c in codebases}
        if unknown:
            sys.exit(f"ecosystem: error: unknown code base {', '.join(sorted(unknown))}")
        codebases = [c for c in codebases if c["name"] in wanted]
    return codebases


def cmd_setup(args):
    import prepare
    compiler = f"/usr/lib/llvm-{args.llvm}/bin/clang++"
    prepare.install_packages([f"clang-{args.llvm}", "cmake", "ninja-build", "git"])
    total = parsed = 0
    failed = []
    for codebase in load_codebases(args.codebases, args.only):
        try:
            units, ok = prepare.prepare(codebase, args.clones, args.work, compiler,
                                        args.jobs, not args.no_parse_check)
        except RuntimeError as e:
            print(f"{codebase['name']}: error: {e}", file=sys.stderr)
            failed.append(codebase["name"])
            continue
        total, parsed = total + units, parsed + ok
    print(f"setup: {parsed} of {total} units parse"
          + (f"; not set up: {', '.join(failed)}" if failed else ""))
    return 1 if failed or (parsed != total and not args.no_parse_check) else 0


def lint(codebase, args):
    """Runs async-lint on one code base; returns its JSON report."""
    root = os.path.join(args.work, codebase["name"])
    os.makedirs(args.results, exist_ok=True)
    report = os.path.join(args.results, f"{codebase['name']}.json")
    command = [args.async_lint, "-p", root, "--root", os.path.join(root, "src"),
               "--format", "json", "--output", report, "--quiet",
               "--cache", os.path.join(args.results, "cache"), f"-j{args.jobs}"]
    r = subprocess.run(command, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 1, 3):
        sys.exit(f"ecosystem: error: async-lint failed on {codebase['name']} "
                 f"(exit {r.returncode}):\n{r.stderr}")
    with open(report) as f:
        return json.load(f)


def compare(reports, triage_dir):
    """reports: [(codebase, report)] -> (Comparison, text)."""
    reasons = triage.load_reasons(os.path.join(HERE, "reasons.tsv"))
    comparison = triage.Comparison()
    failed = []
    for name, report in reports:
        rows = triage.load_triage(os.path.join(triage_dir, f"{name}.tsv"), reasons)
        comparison.add(name, triage.finding_keys(report), rows)
        failed += [f"  failed unit: {name} {u['file']}: {u['error']}"
                   for u in report["summary"]["filesFailed"]]
    text = triage.report(comparison, CHECKS)
    units = sum(r["summary"]["filesAnalysed"] for _, r in reports)
    head = f"units analysed: {units}, failed: {len(failed)}"
    return comparison, "\n".join([head, *failed, "", text])


def cmd_run(args):
    reports = []
    for codebase in load_codebases(args.codebases, args.only):
        print(f"linting {codebase['name']}", file=sys.stderr, flush=True)
        reports.append((codebase["name"], lint(codebase, args)))
    comparison = show_comparison(reports, args.triage_dir)
    if comparison is None:
        return 2
    if args.fix_sweep:
        print()
        print(fix_sweep(reports, args))
    return 1 if args.strict and not clean(comparison) else 0


def fix_sweep(reports, args):
    import fixsweep
    lines, counts = [], {"fix": [0, 0], "note-fix": [0, 0]}
    for name, report in reports:
        root = os.path.join(args.work, name)
        for kind, finding, error in fixsweep.sweep(name, report, os.path.join(root, "compile_commands.json"),
                                                   os.path.join(root, "src")):
            counts[kind][0] += 1
            if error:
                counts[kind][1] += 1
                where = finding["location"]
                lines.append(f"  does not compile ({kind}): {name} {finding['check']} "
                             f"{where['file']}:{where['line']}: {error}")
    head = (f"fix-it sweep: {counts['fix'][0]} fixes (--fix), {counts['fix'][1]} break compilation; "
            f"{counts['note-fix'][0]} note fixes (--fix-notes), {counts['note-fix'][1]} break compilation")
    return "\n".join([head, *lines])


def cmd_compare(args):
    reports = []
    for path in args.reports:
        with open(path) as f:
            reports.append((os.path.splitext(os.path.basename(path))[0], json.load(f)))
    comparison = show_comparison(reports, args.triage_dir)
    if comparison is None:
        return 2
    return 1 if args.strict and not clean(comparison) else 0


def show_comparison(reports, triage_dir):
    """Prints the comparison; returns it, or None when a triage file is bad."""
    try:
        comparison, text = compare(reports, triage_dir)
    except triage.TriageError as e:
        print(f"ecosystem: error: {e}", file=sys.stderr)
        return None
    print(text)
    return comparison


def clean(comparison):
    """Every finding labelled, and no true positive lost."""
    return not comparison.unlabelled and not any(
        verdict == "TRUE" for _, _, verdict, _ in comparison.gone)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    default_work = os.path.join(REPO, "build", "ecosystem")
    default_codebases = os.path.join(HERE, "codebases.json")

    setup = sub.add_parser("setup", help="extract, install, configure, parse-check")
    setup.add_argument("--clones", required=True, help="directory holding a clone of each code base")
    setup.add_argument("--work", default=default_work)
    setup.add_argument("--only", help="comma-separated code base names")
    setup.add_argument("--codebases", default=default_codebases,
                       help="the list of code bases (default: codebases.json beside this script)")
    setup.add_argument("--llvm", default=os.environ.get("ASYNC_LINT_LLVM_VERSION", "22"))
    setup.add_argument("-j", "--jobs", type=int, default=os.cpu_count())
    setup.add_argument("--no-parse-check", action="store_true")
    setup.set_defaults(func=cmd_setup)

    run = sub.add_parser("run", help="lint, compare with the triage, optionally sweep fix-its")
    run.add_argument("--work", default=default_work)
    run.add_argument("--only")
    run.add_argument("--codebases", default=default_codebases,
                       help="the list of code bases (default: codebases.json beside this script)")
    run.add_argument("--results", help="where the reports (<codebase>.json) and the cache go"
                     " (default: WORK/results)")
    run.add_argument("--async-lint", default=os.path.join(REPO, "build", "bin", "async-lint"))
    run.add_argument("--triage-dir", default=os.path.join(HERE, "triage"))
    run.add_argument("-j", "--jobs", type=int, default=os.cpu_count())
    run.add_argument("--fix-sweep", action="store_true", help="re-parse with each fix-it applied")
    run.add_argument("--strict", action="store_true",
                     help="exit 1 on unlabelled findings or lost true positives")
    run.set_defaults(func=cmd_run)

    comp = sub.add_parser("compare", help="compare saved JSON reports with the triage")
    comp.add_argument("--triage-dir", default=os.path.join(HERE, "triage"))
    comp.add_argument("reports", nargs="+", help="async-lint JSON reports named <codebase>.json")
    comp.add_argument("--strict", action="store_true",
                      help="exit 1 on unlabelled findings or lost true positives")
    comp.set_defaults(func=cmd_compare)

    args = parser.parse_args()
    if getattr(args, "work", None):
        args.work = os.path.abspath(args.work)
    if getattr(args, "results", False) is None:
        args.results = os.path.join(args.work, "results")
    sys.exit(args.func(args))


if __name__ == "__main__":
    main()
