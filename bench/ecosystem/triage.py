"""Triage files and the comparison of a run's findings with them.

A triage file, triage/<codebase>.tsv, has one row per reported place:

    check <TAB> path <TAB> line <TAB> verdict <TAB> reason

`path` is relative to the code base's root, `verdict` is TRUE, FALSE or
DEBATABLE and `reason` a word of reasons.tsv. A row labels every finding of
its check at that line (a template reported once per instantiation is still
one place). Lines starting with '#' are comments.
"""

import collections
import os

VERDICTS = ("TRUE", "FALSE", "DEBATABLE")
Key = collections.namedtuple("Key", "check path line")


class TriageError(Exception):
    pass


def load_reasons(path):
    """The fixed vocabulary: reason -> (verdict, description)."""
    reasons = {}
    with open(path) as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3 or fields[1] not in VERDICTS:
                raise TriageError(f"{path}:{number}: expected reason, verdict, description")
            reasons[fields[0]] = (fields[1], fields[2])
    return reasons


def load_triage(path, reasons):
    """Key -> (verdict, reason); a missing file is an empty triage."""
    rows = {}
    if not os.path.exists(path):
        return rows
    with open(path) as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            where = f"{path}:{number}"
            if len(fields) != 5:
                raise TriageError(f"{where}: expected 5 tab-separated fields, got {len(fields)}")
            check, file, line_number, verdict, reason = fields
            if verdict not in VERDICTS:
                raise TriageError(f"{where}: verdict '{verdict}' is not one of {', '.join(VERDICTS)}")
            if reason not in reasons:
                raise TriageError(f"{where}: reason '{reason}' is not in the vocabulary")
            if reasons[reason][0] != verdict:
                raise TriageError(f"{where}: reason '{reason}' is a {reasons[reason][0]} reason")
            key = Key(check, file, int(line_number))
            if key in rows:
                raise TriageError(f"{where}: {check} at {file}:{line_number} is labelled twice")
            rows[key] = (verdict, reason)
    return rows


def finding_keys(report):
    """The Key of each finding of an async-lint JSON report, one per finding."""
    return [Key(f["check"], f["location"]["file"], f["location"]["line"])
            for f in report["findings"]]


class Tally:
    def __init__(self):
        self.counts = collections.Counter()

    def add(self, verdict):
        self.counts[verdict or "UNLABELLED"] += 1

    @property
    def findings(self):
        return sum(self.counts.values())

    def precision(self):
        labelled = self.counts["TRUE"] + self.counts["FALSE"]
        return None if labelled == 0 else self.counts["TRUE"] / labelled


class Comparison:
    """Findings of several code bases against their triage."""

    def __init__(self):
        self.by_check = collections.defaultdict(Tally)
        self.by_codebase = collections.defaultdict(Tally)
        self.by_reason = collections.Counter()
        self.total = Tally()
        self.unlabelled = []   # (codebase, Key)
        self.gone = []         # (codebase, Key, verdict, reason): labelled, not reported now

    def add(self, codebase, keys, triage):
        self.by_codebase[codebase]  # listed even without findings
        for key in keys:
            verdict, reason = triage.get(key, (None, None))
            self.by_check[key.check].add(verdict)
            self.by_codebase[codebase].add(verdict)
            self.total.add(verdict)
            if verdict:
                self.by_reason[(key.check, verdict, reason)] += 1
            else:
                self.unlabelled.append((codebase, key))
        reported = set(keys)
        for key, (verdict, reason) in sorted(triage.items()):
            if key not in reported:
                self.gone.append((codebase, key, verdict, reason))


def percent(value):
    return "–" if value is None else f"{100 * value:.0f}%"


def table(title, tallies):
    rows = [f"| {title} | findings | TRUE | FALSE | DEBATABLE | unlabelled | precision |",
            "|---|---|---|---|---|---|---|"]
    for name, tally in tallies:
        c = tally.counts
        rows.append(f"| {name} | {tally.findings} | {c['TRUE']} | {c['FALSE']} | {c['DEBATABLE']}"
                    f" | {c['UNLABELLED']} | {percent(tally.precision())} |")
    return "\n".join(rows)


def report(comparison, checks):
    """The comparison as Markdown: the two tables, then every unlabelled
    finding and every labelled place no longer reported."""
    by_check = [(check, comparison.by_check[check]) for check in checks]
    by_check.append(("**all**", comparison.total))
    by_codebase = sorted(comparison.by_codebase.items())
    out = [table("check", by_check), "", table("code base", by_codebase), ""]
    out.append(f"unlabelled findings: {len(comparison.unlabelled)}")
    for codebase, key in comparison.unlabelled:
        out.append(f"  unlabelled: {codebase} {key.check} {key.path}:{key.line}")
    out.append(f"labelled places no longer reported: {len(comparison.gone)}")
    for codebase, key, verdict, reason in comparison.gone:
        out.append(f"  gone {verdict}: {codebase} {key.check} {key.path}:{key.line} ({reason})")
    return "\n".join(out)
