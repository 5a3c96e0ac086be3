#!/usr/bin/env python3
"""validate_sarif.py MULTITOOL FILE: validates FILE with Microsoft's SARIF
multitool (the SARIF rules and GitHub's ingestion rules) and fails, listing
them, on any error or warning. The multitool itself exits 0 either way."""
import json
import os
import subprocess
import sys
import tempfile

multitool, sarif = sys.argv[1], sys.argv[2]
env = dict(os.environ)
# .NET needs ICU unless told not to; a fresh machine may not have it.
env['DOTNET_SYSTEM_GLOBALIZATION_INVARIANT'] = '1'
with tempfile.TemporaryDirectory() as tmp:
    log = os.path.join(tmp, 'validation.sarif')
    run = subprocess.run(
        [multitool, 'validate', sarif, '--output', log, '--log', 'ForceOverwrite',
         '--level', 'Error;Warning', '--rule-kind', 'Sarif;Gh'],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if run.returncode != 0 or not os.path.exists(log):
        sys.stderr.write(run.stdout)
        sys.exit('validate_sarif: the multitool failed (exit code %d)' % run.returncode)
    with open(log) as f:
        validation = json.load(f)

problems = []
for result in validation['runs'][0].get('results', []):
    message = result.get('message', {})
    text = message.get('text') or ' '.join(message.get('arguments', []))
    problems.append('%s %s: %s' % (result.get('level', 'warning'),
                                   result.get('ruleId'), text))
for notification in validation['runs'][0].get('invocations', [{}])[0].get(
        'toolExecutionNotifications', []):
    problems.append('tool: %s' % notification.get('message', {}).get('text'))
for line in problems:
    print(line)
if problems:
    sys.exit('validate_sarif: %d problems in %s' % (len(problems), sarif))
print('validate_sarif: %s is valid' % os.path.basename(sarif))
