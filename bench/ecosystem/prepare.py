"""Set-up of the ecosystem benchmark: pinned sources, packages, compile databases.

For each code base of codebases.json: extract the pinned revision from a local
clone into WORK/<name>/src, install the Debian packages it needs, configure it
(CMake, or a list of files with fixed flags), generate what its build would
generate before compiling (Qt's moc), and write WORK/<name>/compile_commands.json
with the units the benchmark lints. Then parse every unit with clang and say
how many parse.
"""

import concurrent.futures
import fnmatch
import glob
import json
import os
import shlex
import shutil
import subprocess
import sys


HERE = os.path.dirname(os.path.abspath(__file__))


def log(message):
    print(message, flush=True)


def find_clone(clones, codebase):
    """A clone of the code base under `clones`: a work tree, a bare git
    directory, or the git directory of a fetched mirror (`<dir>/repo`)."""
    for name in codebase["clone_names"]:
        for candidate in (os.path.join(clones, name), os.path.join(clones, name, "repo")):
            if os.path.isdir(candidate) and git_ok(candidate, "rev-parse", "--git-dir"):
                return candidate
    return None


def git_ok(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0


def extract(clone, revision, destination):
    """Write the tree of `revision` into `destination`, once per revision.
    Blobs the clone lacks (a snapshot may leave out its largest files) and
    submodules are skipped and named."""
    stamp = os.path.join(destination, ".ecosystem-revision")
    if os.path.exists(stamp) and open(stamp).read() == revision:
        return []
    if os.path.exists(destination):
        shutil.rmtree(destination)
    os.makedirs(destination)
    listing = subprocess.run(["git", "-C", clone, "ls-tree", "-r", "-z", "--full-tree", revision],
                             stdout=subprocess.PIPE, check=True).stdout
    entries = []
    for record in listing.split(b"\0"):
        if record:
            meta, path = record.split(b"\t", 1)
            mode, kind, sha = meta.split()
            entries.append((mode, kind, sha, os.fsdecode(path)))
    skipped = [path for _, kind, _, path in entries if kind != b"blob"]
    blobs = [e for e in entries if e[1] == b"blob"]
    batch = subprocess.run(["git", "-C", clone, "cat-file", "--batch"],
                           input=b"".join(sha + b"\n" for _, _, sha, _ in blobs),
                           stdout=subprocess.PIPE, check=True).stdout
    position = 0
    for mode, _, sha, path in blobs:
        end = batch.index(b"\n", position)
        header = batch[position:end].split()
        position = end + 1
        if header[-1] == b"missing":
            skipped.append(path)
            continue
        size = int(header[2])
        content = batch[position:position + size]
        position += size + 1
        target = os.path.join(destination, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if mode == b"120000":
            os.symlink(os.fsdecode(content), target)
        else:
            with open(target, "wb") as f:
                f.write(content)
            if mode == b"100755":
                os.chmod(target, 0o755)
    with open(stamp, "w") as f:
        f.write(revision)
    return skipped


def install_packages(packages):
    missing = [p for p in packages if not package_installed(p)]
    if not missing:
        return
    log(f"installing {' '.join(missing)}")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env, stdout=subprocess.DEVNULL)


def package_installed(package):
    r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return "install ok installed" in r.stdout


def cmake_database(src, build_root, spec, compiler):
    """Configure each CMake project of `spec` and return their merged entries."""
    entries = []
    for index, configure in enumerate(spec["configure"]):
        build = os.path.join(build_root, f"cmake-{index}")
        # Configured every time: the arguments may have changed, and a
        # configured tree re-configures in seconds.
        command = ["cmake", "-S", os.path.join(src, configure["source"]), "-B", build,
                   "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Debug",
                   f"-DCMAKE_CXX_COMPILER={compiler}",
                   f"-DCMAKE_C_COMPILER={compiler.replace('clang++', 'clang')}",
                   "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
                   *(arg.replace("@BENCH@", HERE) for arg in configure["args"])]
        r = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"cmake failed for {configure['source']}:\n{r.stdout[-3000:]}")
        if spec.get("generate") == "autogen":
            generate_autogen(build)
        if spec.get("build_outputs"):
            subprocess.run(["ninja", "-C", build, *spec["build_outputs"]],
                           stdout=subprocess.DEVNULL, check=True)
        with open(os.path.join(build, "compile_commands.json")) as f:
            entries.extend(json.load(f))
    return entries


def generate_autogen(build):
    """Run CMake's autogen step (moc, uic) of every target directly, so that
    the units that include generated files parse without building the
    targets those steps depend on."""
    for info in sorted(glob.glob(os.path.join(build, "**", "AutogenInfo.json"), recursive=True)):
        r = subprocess.run(["cmake", "-E", "cmake_autogen", info, "Debug"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"autogen failed for {info}:\n{r.stdout[-2000:]}")


def files_database(src, spec, compiler):
    """One entry per source matched by the spec's globs, with its fixed flags;
    relative include paths are taken from the source root."""
    files = sorted({path for pattern in spec["sources"]
                    for path in glob.glob(os.path.join(src, pattern), recursive=True)})
    return [{"directory": src, "file": path,
             "arguments": [compiler, *spec["flags"], "-c", path]} for path in files]


def adjust_flags(entry, drop, add):
    """Remove flags clang 22 no longer accepts and add the ones it needs to
    accept the code (recorded per code base, with why)."""
    if not drop and not add:
        return
    args = entry.pop("arguments", None) or shlex.split(entry.pop("command"))
    args = [arg for arg in args if arg not in drop]
    entry["arguments"] = args[:1] + add + args[1:]


def relative_unit(entry, src):
    path = entry["file"]
    if not os.path.isabs(path):
        path = os.path.join(entry["directory"], path)
    return os.path.relpath(os.path.normpath(path), src)


def select_units(entries, src, codebase):
    """Units of the project itself: C++ sources under `src`, not generated,
    not left out; one entry per file."""
    chosen, seen, left_out = [], set(), {}
    for entry in entries:
        unit = relative_unit(entry, src)
        if unit.startswith("..") or unit in seen or not unit.endswith((".cpp", ".cc", ".cxx")):
            continue
        reason = next((why for pattern, why in codebase["leave_out"].items()
                       if fnmatch.fnmatch(unit, pattern)), None)
        if reason:
            left_out[unit] = reason
            continue
        seen.add(unit)
        chosen.append(entry)
    return chosen, left_out


def parse_command(entry):
    """The entry's command as a syntax-only parse."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    out, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
        elif arg in ("-c", "-MD", "-MMD") or arg.startswith("-o"):
            continue
        else:
            out.append(arg)
    return out + ["-fsyntax-only", "-Wno-everything"]


def parses(entry):
    r = subprocess.run(parse_command(entry), cwd=entry["directory"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    return None if r.returncode == 0 else first_error(r.stderr)


def first_error(stderr):
    """The first error line of clang's output."""
    return next((line for line in stderr.splitlines() if ": error: " in line), stderr[:200])


def prepare(codebase, clones, work, compiler, jobs, parse_check):
    """Set up one code base; returns (units, parsed)."""
    name = codebase["name"]
    clone = find_clone(clones, codebase)
    if clone is None:
        raise RuntimeError(f"no clone of {name} under {clones} (looked for "
                           f"{', '.join(codebase['clone_names'])})")
    root = os.path.join(work, name)
    src = os.path.join(root, "src")
    for path in extract(clone, codebase["revision"], src):
        log(f"{name}: not in the clone, skipped: {path}")
    install_packages(codebase["packages"])
    spec = codebase["database"]
    try:
        if spec["kind"] == "cmake":
            entries = cmake_database(src, os.path.join(root, "build"), spec, compiler)
        else:
            entries = files_database(src, spec, compiler)
    except subprocess.CalledProcessError as e:
        raise RuntimeError(str(e))
    units, left_out = select_units(entries, src, codebase)
    for entry in units:
        adjust_flags(entry, spec.get("drop_flags", []), spec.get("add_flags", []))
    with open(os.path.join(root, "compile_commands.json"), "w") as f:
        json.dump(units, f, indent=1)
    for unit, why in sorted(left_out.items()):
        log(f"{name}: left out {unit}: {why}")
    failures = {}
    if parse_check:
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            for entry, error in zip(units, pool.map(parses, units)):
                if error:
                    failures[relative_unit(entry, src)] = error
        for unit, error in sorted(failures.items()):
            log(f"{name}: does not parse: {unit}: {error}")
        log(f"{name}: {len(units) - len(failures)} of {len(units)} units parse with {compiler}"
            f" ({len(left_out)} left out)")
    else:
        log(f"{name}: {len(units)} units ({len(left_out)} left out), parse check skipped")
    return len(units), len(units) - len(failures)
