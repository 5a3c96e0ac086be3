#!/usr/bin/env python3
"""Measure what the async-* checks cost on top of clang-tidy's parse.

Generates a large coroutine-heavy translation unit (bench/gen_large_tu.py) into a
temporary directory and times, with a monotonic clock over repeated runs (after one
warm-up run each):

  (a) clang-tidy-22 -checks=-*,readability-else-after-return large_tu.cpp -- -std=c++20
      (parse + Sema + one trivially cheap built-in check: the baseline)
  (b) the same with -load PLUGIN -checks=-*,readability-else-after-return,async-*

and prints min and median of each, the overhead (b-a)/a, and a per-check table from
the minimum of --profile-runs runs of (b) with --enable-check-profile. It is a benchmark, not a test: it always
exits 0.

    python3 bench/run.py --plugin build/lib/libAsyncLint.so [--runs 7] [--lines 6000]
"""

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
BASE_CHECK = "readability-else-after-return"
BUDGET_TOTAL = 3.0  # percent of (a), all async-* checks together
BUDGET_EACH = 1.0   # percent of (a), per check
STD_FLAGS = ["-std=c++20"]


def fail(msg):
    print(f"error: {msg}")
    sys.exit(0)


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def resolve_plugin(path):
    for candidate in (path, os.path.join(REPO, path)):
        if os.path.isfile(candidate):
            return os.path.abspath(candidate)
    return None


def list_async_checks(tidy, plugin, cwd):
    """Checks the plugin registers, or None if it does not load / registers none."""
    r = subprocess.run([tidy, "-load", plugin, "-checks=-*,async-*", "--list-checks"],
                       cwd=cwd, capture_output=True, text=True)
    checks = [ln.strip() for ln in r.stdout.splitlines() if ln.strip().startswith("async-")]
    if r.returncode != 0 or not checks:
        detail = " ".join((r.stderr or r.stdout).split())[:200]
        return None, detail
    return checks, ""


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_once(cmd, cwd, cpu_times=None):
    """Wall time of one run (monotonic clock); appends the child's user+sys time to cpu_times."""
    c0 = children_cpu()
    t0 = time.perf_counter()  # CLOCK_MONOTONIC on Linux
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    if cpu_times is not None:
        cpu_times.append(children_cpu() - c0)
    if r.returncode != 0:
        last = (r.stderr.strip().splitlines() or ["(no output)"])[-1]
        fail(f"'{' '.join(cmd[:4])} ...' exited with {r.returncode}: {last}")
    return elapsed


def profile_once(cmd, cwd, prof_dir):
    """Per-check wall and user+sys seconds from one --enable-check-profile run of cmd."""
    subprocess.run(cmd[:1] + ["--enable-check-profile", f"--store-check-profile={prof_dir}"] + cmd[1:],
                   cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall, cpu = {}, {}
    for name in sorted(os.listdir(prof_dir)) if os.path.isdir(prof_dir) else []:
        with open(os.path.join(prof_dir, name), encoding="utf-8") as f:
            for key, val in json.load(f).get("profile", {}).items():
                if not key.startswith("time.clang-tidy."):
                    continue
                check, _, kind = key[len("time.clang-tidy."):].rpartition(".")
                if kind == "wall":
                    wall[check] = wall.get(check, 0.0) + val
                elif kind in ("user", "sys"):
                    cpu[check] = cpu.get(check, 0.0) + val
    return wall, cpu


def fmt_s(x):
    return f"{x:8.3f} s"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plugin", default="build/lib/libAsyncLint.so",
                    help="path to libAsyncLint.so (default build/lib/libAsyncLint.so)")
    ap.add_argument("--runs", type=int, default=7, help="timed runs per configuration (default 7)")
    ap.add_argument("--profile-runs", type=int, default=3,
                    help="--enable-check-profile runs; each check's minimum is shown (default 3)")
    ap.add_argument("--lines", type=int, default=6000, help="size of the generated TU (default 6000)")
    ap.add_argument("--seed", type=int, default=20240521, help="generator seed (default 20240521)")
    ap.add_argument("--clang-tidy", default="clang-tidy-22", help="clang-tidy binary (default clang-tidy-22)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory and print its path")
    args = ap.parse_args()
    runs = max(1, args.runs)

    tidy = shutil.which(args.clang_tidy)
    if not tidy:
        fail(f"{args.clang_tidy} not found in PATH (apt-get install clang-tidy-22, or pass --clang-tidy)")

    plugin = resolve_plugin(args.plugin)
    plugin_error = None
    if plugin is None:
        plugin_error = f"plugin not found: {args.plugin} (build it first; measuring (a) only)"

    tmp = tempfile.mkdtemp(prefix="async-lint-bench-")
    try:
        tu = os.path.join(tmp, "large_tu.cpp")
        subprocess.run([sys.executable, os.path.join(HERE, "gen_large_tu.py"), "--lines", str(args.lines),
                        "--seed", str(args.seed), "-o", tu], check=True)
        with open(tu, encoding="utf-8") as f:
            n_lines = sum(1 for _ in f)
        # Same flags as the command lines below, for reproducing a run with -p / run-clang-tidy.
        with open(os.path.join(tmp, "compile_commands.json"), "w", encoding="utf-8") as f:
            json.dump([{"directory": tmp, "file": tu,
                        "arguments": ["clang++-22", *STD_FLAGS, "-c", tu, "-o", tu + ".o"]}], f, indent=2)

        checks = None
        if plugin and not plugin_error:
            checks, detail = list_async_checks(tidy, plugin, tmp)
            if checks is None:
                plugin_error = f"{plugin} did not load or registers no async-* checks: {detail}"

        version = subprocess.run([tidy, "--version"], capture_output=True, text=True).stdout
        version = next((ln.strip() for ln in version.splitlines() if "version" in ln), "unknown")
        print(f"clang-tidy : {tidy} ({version})")
        print(f"machine    : {cpu_model()}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}")
        print(f"TU         : {n_lines} generated lines over Boost.Asio (seed {args.seed}), {tu}")
        print(f"plugin     : {plugin if not plugin_error else '-'}"
              + (f" ({len(checks)} checks: {', '.join(checks)})" if checks else ""))
        print(f"runs       : {runs} timed + 1 warm-up per configuration, interleaved a/b")
        if plugin_error:
            print(f"error: {plugin_error}")
        print()

        cmd_a = [tidy, f"-checks=-*,{BASE_CHECK}", tu, "--", *STD_FLAGS]
        cmd_b = None
        if not plugin_error:
            cmd_b = [tidy, "-load", plugin, f"-checks=-*,{BASE_CHECK},async-*", tu, "--", *STD_FLAGS]

        # Warm-up (page cache, dynamic loader), then interleave so drift hits both equally.
        run_once(cmd_a, tmp)
        if cmd_b:
            run_once(cmd_b, tmp)
        times_a, times_b, cpu_a, cpu_b = [], [], [], []
        for k in range(runs):
            times_a.append(run_once(cmd_a, tmp, cpu_a))
            if cmd_b:
                times_b.append(run_once(cmd_b, tmp, cpu_b))
            print(f"  run {k + 1}/{runs}: (a) {times_a[-1]:.3f} s" +
                  (f"  (b) {times_b[-1]:.3f} s" if cmd_b else ""), flush=True)
        print()

        min_a, med_a = min(times_a), statistics.median(times_a)
        print(f"{'':42} {'min':>10} {'median':>10}")
        print(f"{'(a) parse + ' + BASE_CHECK:42} {fmt_s(min_a)} {fmt_s(med_a)}")
        if not cmd_b:
            print(f"{'(b) + async-*':42} {'n/a':>10} {'n/a':>10}   ({plugin_error})")
            print(f"{'(a) user+sys CPU time':42} {fmt_s(min(cpu_a))} {fmt_s(statistics.median(cpu_a))}")
            return
        min_b, med_b = min(times_b), statistics.median(times_b)
        print(f"{'(b) (a) + async-*':42} {fmt_s(min_b)} {fmt_s(med_b)}")
        ov_min = (min_b - min_a) / min_a * 100.0
        ov_med = (med_b - med_a) / med_a * 100.0
        verdict = lambda ov: "within budget" if ov <= BUDGET_TOTAL else "OVER budget"
        print(f"{'overhead (b-a)/a':42} {ov_min:9.2f}% {ov_med:9.2f}%   "
              f"budget <= {BUDGET_TOTAL:.0f}%: min {verdict(ov_min)}, median {verdict(ov_med)}")
        # CPU time is less sensitive to a busy machine than wall time; shown as a cross-check.
        cmin_a, cmed_a = min(cpu_a), statistics.median(cpu_a)
        cmin_b, cmed_b = min(cpu_b), statistics.median(cpu_b)
        print(f"{'(a) user+sys CPU time':42} {fmt_s(cmin_a)} {fmt_s(cmed_a)}")
        print(f"{'(b) user+sys CPU time':42} {fmt_s(cmin_b)} {fmt_s(cmed_b)}")
        print(f"{'CPU-time overhead (b-a)/a':42} {(cmin_b - cmin_a) / cmin_a * 100.0:9.2f}% "
              f"{(cmed_b - cmed_a) / cmed_a * 100.0:9.2f}%")
        spread = (max(times_a) - min_a) / min_a * 100.0
        if spread > 2 * BUDGET_TOTAL:
            print(f"note: (a) varied by {spread:.0f}% between runs - the machine is noisy; rerun with more "
                  f"--runs on a quiet machine, and trust the per-check profile below more than (b-a)")
        print()

        # Per-check profile: the minimum per check over --profile-runs runs of
        # (b), since load only ever adds time (one run swung 5x on a busy VM).
        wall, cpu = {}, {}
        for run in range(args.profile_runs):
            run_wall, run_cpu = profile_once(cmd_b, tmp, os.path.join(tmp, f"profile{run}"))
            for check, t in run_wall.items():
                wall[check] = min(wall.get(check, t), t)
            for check, t in run_cpu.items():
                cpu[check] = min(cpu.get(check, t), t)
        if not wall:
            print("error: --enable-check-profile produced no profile data")
            return
        rows = sorted(set(checks) | {c for c in wall if c.startswith("async-")})
        print(f"per-check wall time (min of {args.profile_runs} --enable-check-profile runs of (b)); share = time / min (a) = {min_a:.3f} s")
        print(f"  {'check':40} {'wall':>10} {'user+sys':>10} {'share':>8}   budget (share of wall)")
        total = total_cpu = 0.0
        for c in rows:
            t, u = wall.get(c, 0.0), cpu.get(c, 0.0)
            total += t
            total_cpu += u
            share = t / min_a * 100.0
            ok = "ok" if share <= BUDGET_EACH else "OVER"
            print(f"  {c:40} {t * 1000:8.2f}ms {u * 1000:8.2f}ms {share:7.3f}%   <= {BUDGET_EACH:.0f}% {ok}")
        share = total / min_a * 100.0
        ok = "ok" if share <= BUDGET_TOTAL else "OVER"
        print(f"  {'all async-* together':40} {total * 1000:8.2f}ms {total_cpu * 1000:8.2f}ms "
              f"{share:7.3f}%   <= {BUDGET_TOTAL:.0f}% {ok}")
        if BASE_CHECK in wall:
            t, u = wall[BASE_CHECK], cpu.get(BASE_CHECK, 0.0)
            print(f"  {BASE_CHECK + ' (reference)':40} {t * 1000:8.2f}ms {u * 1000:8.2f}ms {t / min_a * 100.0:7.3f}%")
    finally:
        if args.keep:
            print(f"\nkept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        print("interrupted")
    except Exception as e:  # a benchmark: report, never fail the caller
        print(f"error: {type(e).__name__}: {e}")
    sys.exit(0)
