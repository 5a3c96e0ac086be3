"""shard_cover.py REPORT.json...: checks that the shards' reports together
cover every unit exactly once: each unit of test/async-lint/Inputs/cache has
a finding in its main file (src/*), so a unit shows up in a report iff that
report's shard analysed it. Prints the units per shard."""
import json
import sys

seen = []
analysed = 0
for index, path in enumerate(sys.argv[1:], 1):
    with open(path, encoding='utf-8') as f:
        report = json.load(f)
    units = sorted({x['location']['file'] for x in report['findings']
                    if x['location']['file'].startswith('src/')})
    analysed += report['summary']['filesAnalysed']
    print('shard %d: %s' % (index, ' '.join(units)))
    seen += units
print('units: %d analysed, %d distinct, %d reported' %
      (analysed, len(set(seen)), len(seen)))
