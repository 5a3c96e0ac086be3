#!/usr/bin/env python3
"""drop_baseline_entry.py IN OUT CHECK: the baseline IN without its entries
for CHECK, written to OUT (those findings become new)."""
import json
import sys

with open(sys.argv[1]) as f:
    baseline = json.load(f)
baseline['findings'] = [e for e in baseline['findings'] if e['check'] != sys.argv[3]]
with open(sys.argv[2], 'w') as f:
    json.dump(baseline, f)
