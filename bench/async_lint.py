#!/usr/bin/env python3
"""Time async-lint over a project of many translation units.

Generates --units translation units over Boost.Asio with bench/gen_large_tu.py
(one seed per unit, --lines lines each) and a compile_commands.json into a
temporary directory, then times with a monotonic clock:

  (a) async-lint -p DIR -j J                      (one process, its thread pool)
  (b) run-clang-tidy-22 -j J -p DIR -load PLUGIN -checks=-*,async-*
                                                  (one clang-tidy per unit)
  (c) async-lint --cache C: cold (empty cache) and warm (unchanged tree)
  (d) async-lint --cache C after editing one unit: only that unit is analysed

(a) and (b) alternate, so slow drift of a shared machine hits both alike; the
minimum over --runs is the estimate (interference only ever adds time), and
the user+sys CPU time of each run (children and grandchildren) is printed as
a cross-check that depends less on other load. It is a benchmark, not a
test: it always exits 0.

    python3 bench/async_lint.py [--units 16] [--lines 300] [--runs 3] [-j 2]
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
FLAGS = ["-std=c++20"]


def resolve(path):
    for candidate in (path, os.path.join(REPO, path)):
        if os.path.exists(candidate):
            return os.path.abspath(candidate)
    return None


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


CPU = {}  # id(cmd list) -> user+sys seconds of each run


def timed(cmd):
    """Wall time of one run (its user+sys time, grandchildren included, goes
    to CPU); the output is discarded, the exit code kept."""
    c0 = children_cpu()
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True)
    elapsed = time.perf_counter() - t0
    CPU.setdefault(id(cmd), []).append(children_cpu() - c0)
    return elapsed, r.returncode, r.stderr


def generate(directory, units, lines):
    entries = []
    os.makedirs(os.path.join(directory, "src"))
    for i in range(units):
        path = os.path.join(directory, "src", f"unit{i:02d}.cpp")
        subprocess.run([sys.executable, os.path.join(HERE, "gen_large_tu.py"),
                        "--lines", str(lines), "--seed", str(1000 + i), "-o", path],
                       check=True)
        entries.append({"directory": directory, "file": path,
                        "arguments": ["clang++", *FLAGS, "-c", path]})
    with open(os.path.join(directory, "compile_commands.json"), "w",
              encoding="utf-8") as f:
        json.dump(entries, f, indent=1)
    return [e["file"] for e in entries]


def summary(times):
    return f"min {min(times):7.2f} s  median {statistics.median(times):7.2f} s  " \
           f"({', '.join(f'{t:.2f}' for t in times)})"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--async-lint", default="build/bin/async-lint")
    ap.add_argument("--plugin", default="build/lib/libAsyncLint.so")
    ap.add_argument("--run-clang-tidy", default="run-clang-tidy-22")
    ap.add_argument("--clang-tidy", default="clang-tidy-22")
    ap.add_argument("--units", type=int, default=16)
    ap.add_argument("--lines", type=int, default=300,
                    help="lines per generated unit (default 300)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--no-cache", action="store_true",
                    help="only (a) and (b)")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()

    lint = resolve(args.async_lint)
    plugin = resolve(args.plugin)
    rct = shutil.which(args.run_clang_tidy)
    tidy = shutil.which(args.clang_tidy)
    if not lint or not plugin:
        print("error: build async-lint and the plugin first (cmake --build build)")
        return 0
    if not rct or not tidy:
        print(f"error: {args.run_clang_tidy} or {args.clang_tidy} not found")
        return 0

    work = tempfile.mkdtemp(prefix="async-lint-bench-")
    try:
        files = generate(work, args.units, args.lines)
        cache = os.path.join(work, "cache")
        j = str(args.j)
        a = [lint, "-p", work, "-j", j, "--quiet"]
        b = [sys.executable, rct, "-j", j, "-p", work, "-clang-tidy-binary", tidy,
             "-load", plugin, "-checks=-*,async-*", "-quiet"]
        print(f"{args.units} units of ~{args.lines} lines over Boost.Asio in {work}, "
              f"-j {j}, {args.runs} runs each, {os.cpu_count()} CPUs")
        # Warm the page cache with the headers before anything is timed.
        subprocess.run([tidy, "-load", plugin, "-checks=-*,async-*", files[0], "--",
                        *FLAGS], capture_output=True)

        ta, tb = [], []
        for _ in range(args.runs):
            t, code, err = timed(a)
            if code not in (0, 1):
                print(f"error: async-lint exited with {code}: {err.strip()[:300]}")
                return 0
            ta.append(t)
            t, code, err = timed(b)
            tb.append(t)
        print(f"(a) async-lint -j {j}:        {summary(ta)}")
        print(f"    CPU (user+sys):         {summary(CPU[id(a)])}")
        print(f"(b) run-clang-tidy -j {j}:    {summary(tb)}")
        print(f"    CPU (user+sys):         {summary(CPU[id(b)])}")
        print(f"    (b)/(a) by min wall: {min(tb) / min(ta):.2f}x, "
              f"by median wall: {statistics.median(tb) / statistics.median(ta):.2f}x, "
              f"by min CPU: {min(CPU[id(b)]) / min(CPU[id(a)]):.2f}x")
        if args.no_cache:
            return 0

        cold, warm = [], []
        for _ in range(max(1, args.runs - 1)):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(timed(a + ["--cache", cache])[0])
        for _ in range(max(5, args.runs)):
            warm.append(timed(a + ["--cache", cache])[0])
        print(f"(c) --cache cold:           {summary(cold)}")
        print(f"    --cache warm:           {summary(warm)}")
        print(f"    cold/warm by min: {min(cold) / min(warm):.0f}x")

        with open(files[-1], "a", encoding="utf-8") as f:
            f.write("// edited\n")
        t, _, err = timed(a[:-1] + ["--cache", cache])
        line = next((l.strip() for l in err.splitlines() if "cache:" in l), "")
        print(f"(d) one unit edited:        {t:7.2f} s  ({line})")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
