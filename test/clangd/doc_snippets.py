#!/usr/bin/env python3
"""Prints a fenced code block of a Markdown document, so tests run the exact
settings the docs give.

  doc_snippets.py DOC SECTION LANG [--index N] [--server PATH]

SECTION is the start of a heading's text (`### Emacs` -> `Emacs`); the block
is the N-th (from 0) ```LANG block under it, before the next heading of the
same or a higher level (indented blocks, in list items, lose their indent). --server replaces `/path/to/async-clangd` in it.
Exits 1 with a message when there is no such block.
"""

import argparse
import re
import sys

PLACEHOLDER = '/path/to/async-clangd'


def blocks_under(text, section, lang):
    level = None
    blocks = []
    lines = iter(text.splitlines(keepends=True))
    for line in lines:
        heading = re.match(r'(#+) (.*)', line)
        if heading:
            depth = len(heading.group(1))
            if level is not None and depth <= level:
                break
            if level is None and heading.group(2).startswith(section):
                level = depth
            continue
        fence = re.match(r'( *)```' + re.escape(lang) + r'\s*$', line)
        if level is not None and fence:
            # A block in a list item is indented: so is its text.
            indent = len(fence.group(1))
            block = []
            for body in lines:
                if body.strip() == '```':
                    break
                prefix = ' ' * indent
                block.append(body[indent:] if body.startswith(prefix)
                             else body.lstrip(' '))
            blocks.append(''.join(block))
    return blocks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('doc')
    parser.add_argument('section')
    parser.add_argument('lang')
    parser.add_argument('--index', type=int, default=0)
    parser.add_argument('--server')
    args = parser.parse_args()
    with open(args.doc) as f:
        blocks = blocks_under(f.read(), args.section, args.lang)
    if args.index >= len(blocks):
        sys.exit('doc_snippets: %s has no ```%s block #%d under "%s"' % (
            args.doc, args.lang, args.index, args.section))
    block = blocks[args.index]
    if args.server:
        if PLACEHOLDER not in block:
            sys.exit('doc_snippets: the block does not name %s' % PLACEHOLDER)
        block = block.replace(PLACEHOLDER, args.server)
    sys.stdout.write(block)
    return 0


if __name__ == '__main__':
    sys.exit(main())
