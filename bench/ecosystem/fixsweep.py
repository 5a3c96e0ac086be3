"""The fix-it sweep: does each fix-it leave code that compiles?

Each fix of a report (a finding's own fix, as `--fix` applies it, and each
note's fix, as `--fix-notes` adds it) is applied alone to copies of the files
it edits. The unit is then parsed again with its own compile command, the
fixed copies standing in for the originals through a clang VFS overlay, so the
code base itself is never written.
"""

import json
import os
import re
import subprocess
import tempfile

from prepare import first_error, parse_command


def apply_edits(text, edits):
    """`text` (bytes) with the byte-range edits applied, last first."""
    for edit in sorted(edits, key=lambda e: e["offset"], reverse=True):
        start = edit["offset"]
        text = text[:start] + edit["replacement"].encode() + text[start + edit["length"]:]
    return text


def fixes_of(report):
    """(kind, finding, edits): each finding's fix, then each note's fix."""
    for finding in report["findings"]:
        if finding.get("fix"):
            yield "fix", finding, finding["fix"]
        for note in finding.get("notes", []):
            if note.get("fix"):
                yield "note-fix", finding, note["fix"]


class Units:
    """The compile database of a code base, to find the unit to re-parse."""

    def __init__(self, database, root):
        with open(database) as f:
            self.entries = json.load(f)
        self.root = root
        self.by_file = {}
        for entry in self.entries:
            path = entry["file"]
            if not os.path.isabs(path):
                path = os.path.join(entry["directory"], path)
            self.by_file[os.path.normpath(path)] = entry

    def for_file(self, path):
        """The unit of a main file, or else the first unit that includes a
        file of that name."""
        if path in self.by_file:
            return self.by_file[path]
        include = re.compile(rb'#\s*include\s*[<"]([^>"]*/)?' + re.escape(os.path.basename(path).encode()) + rb'[>"]')
        for unit_path, entry in self.by_file.items():
            try:
                with open(unit_path, "rb") as f:
                    if include.search(f.read()):
                        return entry
            except OSError:
                continue
        return None


def check_fix(units, edits, scratch):
    """None when the unit compiles with the fix applied, else the first error."""
    by_file = {}
    for edit in edits:
        by_file.setdefault(os.path.normpath(os.path.join(units.root, edit["file"])), []).append(edit)
    overlay = {"version": 0, "case-sensitive": "true", "roots": []}
    originals = {}
    for index, (path, file_edits) in enumerate(sorted(by_file.items())):
        with open(path, "rb") as f:
            fixed = apply_edits(f.read(), file_edits)
        copy = os.path.join(scratch, f"{index}-{os.path.basename(path)}")
        with open(copy, "wb") as f:
            f.write(fixed)
        overlay["roots"].append({"type": "file", "name": path, "external-contents": copy})
        originals[copy] = path
    overlay_path = os.path.join(scratch, "overlay.yaml")
    with open(overlay_path, "w") as f:
        json.dump(overlay, f)
    unit = next((units.for_file(path) for path in sorted(by_file) if units.for_file(path)), None)
    if unit is None:
        return "no unit of the database includes the edited file"
    command = parse_command(unit)
    command[1:1] = ["-ivfsoverlay", overlay_path]
    r = subprocess.run(command, cwd=unit["directory"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    if r.returncode == 0:
        return None
    error = first_error(r.stderr)
    for copy, path in originals.items():   # name the file, not its fixed copy
        error = error.replace(copy, path)
    return error


def sweep(codebase, report, database, root):
    """[(kind, finding, error-or-None)] for every fix of the report."""
    units = Units(database, root)
    results, seen = [], set()
    with tempfile.TemporaryDirectory(prefix=f"fixsweep-{codebase}-") as scratch:
        for kind, finding, edits in fixes_of(report):
            identity = (kind, json.dumps(edits, sort_keys=True))
            if identity in seen:   # one template's fix, reported per instantiation
                continue
            seen.add(identity)
            results.append((kind, finding, check_fix(units, edits, scratch)))
    return results
