#!/usr/bin/env python3
"""sarif_summary.py FILE: the result count, then one line per result
(rule, file, line), sorted. Fails unless FILE is JSON with SARIF's version."""
import json
import sys

with open(sys.argv[1]) as f:
    sarif = json.load(f)
assert sarif['version'] == '2.1.0', sarif['version']
results = sarif['runs'][0]['results']
print('results: %d' % len(results))
lines = []
for result in results:
    location = result['locations'][0]['physicalLocation']
    lines.append('%s %s:%d' % (result['ruleId'], location['artifactLocation']['uri'],
                               location['region']['startLine']))
print('\n'.join(sorted(lines)))
