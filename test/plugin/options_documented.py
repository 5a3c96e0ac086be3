#!/usr/bin/env python3
"""Prints each option of clang-tidy's --dump-config (read from stdin) that
the "Every option" index of docs/library-knowledge.md (argv[1]) lacks, or
names with the wrong checks; prints "all N options documented" otherwise."""

import re
import sys

dumped = {}
for check, option in re.findall(r'^  (async-[a-z-]+)\.([A-Za-z]+):',
                                sys.stdin.read(), re.M):
    dumped.setdefault(option, set()).add(check[len('async-'):])

index = open(sys.argv[1]).read().split('\n## Every option\n', 1)[-1]
documented = {}
for option, checks in re.findall(r'^\| `([A-Za-z]+)` \| ([a-z, -]+) \|$',
                                 index, re.M):
    documented[option] = {c.strip() for c in checks.split(',')}

problems = [option for option in sorted(dumped)
            if documented.get(option) != dumped[option]]
for option in problems:
    print('undocumented or wrong readers: %s (read by %s)' %
          (option, ', '.join(sorted(dumped[option]))))
if not problems:
    print('all %d options documented' % len(dumped))
