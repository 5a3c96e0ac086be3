#!/usr/bin/env python3
"""Runs one async-* check over a test file and verifies its output.

In the spirit of clang-tidy's own check_clang_tidy.py:

  check_async_tidy.py [options] <source> <check-name> <temp-file> [-- <clang args>]

The source's CHECK-MESSAGES / CHECK-NOTES / CHECK-FIXES lines (with an optional
suffix chosen by -check-suffix) are the expectations:
- CHECK-MESSAGES: FileCheck over clang-tidy's output; any other warning or
  error fails the test.
- CHECK-NOTES: the same, and any other note fails the test too.
- CHECK-FIXES: FileCheck with --match-full-lines over the fixed file (leading
  and trailing whitespace is not compared). Without
  CHECK-FIXES the fixed file must equal the input: no fix was applied.
Without CHECK-MESSAGES or CHECK-NOTES, clang-tidy must report nothing.
"""

import argparse
import os
import re
import subprocess
import sys


def run(args, **kwargs):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kwargs)


def filecheck(filecheck_bin, input_text, source, prefixes, extra):
    result = subprocess.run(
        [filecheck_bin, source, '--check-prefixes=' + ','.join(prefixes),
         '--dump-input=fail'] + extra,
        input=input_text, text=True, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT)
    if result.returncode != 0:
        sys.exit('FileCheck %s failed:\n%s' % (','.join(prefixes), result.stdout))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--clang-tidy', required=True)
    parser.add_argument('--plugin', required=True)
    parser.add_argument('--filecheck', required=True)
    parser.add_argument('--inputs', required=True, help='mock library headers')
    parser.add_argument('-check-suffix', '-check-suffixes', default='')
    parser.add_argument('-config', default=None)
    parser.add_argument('-fix-notes', action='store_true',
                        help='apply the fix-its attached to notes too')
    parser.add_argument('-expect-clang-tidy-error', action='store_true')
    parser.add_argument('-std', default='c++20')
    parser.add_argument('source')
    parser.add_argument('check_name')
    parser.add_argument('temp_file')
    argv = sys.argv[1:]
    clang_args = []
    if '--' in argv:
        clang_args = argv[argv.index('--') + 1:]
        argv = argv[:argv.index('--')]
    args = parser.parse_args(argv)

    suffixes = [s for s in args.check_suffix.split(',') if s]
    def prefixes(kind):
        return [kind + '-' + s for s in suffixes] if suffixes else [kind]

    with open(args.source, encoding='utf-8') as f:
        source_text = f.read()
    def has(kind):
        return any(re.search(r'\b%s:' % re.escape(p), source_text) for p in prefixes(kind))
    has_messages, has_notes, has_fixes = has('CHECK-MESSAGES'), has('CHECK-NOTES'), has('CHECK-FIXES')
    if has_messages and has_notes:
        sys.exit('use CHECK-MESSAGES or CHECK-NOTES, not both')

    # Keep line numbers; drop the expectations so they cannot match themselves.
    cleaned = re.sub(r'// *CHECK-[A-Z0-9\-]*:[^\r\n]*', '//', source_text)
    temp_file = args.temp_file
    if not temp_file.endswith('.cpp'):
        temp_file += '.cpp'
    os.makedirs(os.path.dirname(os.path.abspath(temp_file)), exist_ok=True)
    with open(temp_file, 'w', encoding='utf-8') as f:
        f.write(cleaned)

    command = [args.clang_tidy, '-load', args.plugin, temp_file,
               '--fix-notes' if args.fix_notes else '--fix',
               '--checks=-*,' + args.check_name]
    if args.config:
        command.append('--config=' + args.config)
    command += ['--', '-std=' + args.std, '-isystem', args.inputs] + clang_args
    result = run(command)
    # clang-tidy's notes about applying fixes are not the check's notes.
    output = '\n'.join(line for line in result.stdout.splitlines()
                       if 'note: FIX-IT applied suggested code changes' not in line)
    print('Running: ' + ' '.join(command))
    print(output)
    if result.returncode != 0 and not args.expect_clang_tidy_error:
        sys.exit('clang-tidy failed (exit %d)' % result.returncode)
    if args.expect_clang_tidy_error and result.returncode == 0:
        sys.exit('clang-tidy was expected to fail')
    if 'Stack dump' in output or 'PLEASE submit a bug report' in output:
        sys.exit('clang-tidy crashed')

    if has_messages:
        filecheck(args.filecheck, output, args.source, prefixes('CHECK-MESSAGES'),
                  ['--implicit-check-not={{warning|error}}:'])
    elif has_notes:
        filecheck(args.filecheck, output, args.source, prefixes('CHECK-NOTES'),
                  ['--implicit-check-not={{note|warning|error}}:'])
    else:
        unexpected = [line for line in output.splitlines()
                      if re.search(r': (warning|error|note): ', line)]
        if unexpected:
            sys.exit('expected no diagnostics, got:\n' + '\n'.join(unexpected))

    with open(temp_file, encoding='utf-8') as f:
        fixed = f.read()
    if has_fixes:
        filecheck(args.filecheck, fixed, args.source, prefixes('CHECK-FIXES'),
                  ['--match-full-lines'])
    elif fixed != cleaned:
        sys.exit('a fix was applied, but the test has no CHECK-FIXES')


if __name__ == '__main__':
    main()
