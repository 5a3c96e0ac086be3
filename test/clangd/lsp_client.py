#!/usr/bin/env python3
"""A small LSP client that drives async-clangd over stdio for the lit tests.

It opens one file, waits for its diagnostics and prints them; then, on
request, the code actions for every diagnostic (with the file as each quick
fix leaves it), the quick fixes clangd sends inside the diagnostics when the
client accepts them there (--inline-fixes: `codeActionsInline`), the page
each diagnostic links to (--links: `codeDescription`), a completion and a
go-to-definition. Positions are printed 1-based as line:column so FileCheck
lines read like compiler output.

  lsp_client.py [--code-actions] [--inline-fixes] [--links]
                [--complete L:C] [--definition L:C] FILE -- SERVER [ARGS...]
"""

import argparse
import json
import os
import subprocess
import sys
import threading
import queue

TIMEOUT = 120  # seconds; clangd parses Boost.Asio on a shared machine


class Server:
    def __init__(self, command):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.next_id = 1
        self.messages = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b':')
                if name.lower() == b'content-length':
                    length = int(value)
            self.messages.put(json.loads(out.read(length)))

    def send(self, message):
        body = json.dumps(dict(jsonrpc='2.0', **message)).encode()
        self.proc.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send(dict(method=method, params=params))

    def wait_for(self, accept):
        """Returns the first message `accept` likes; answers server requests."""
        while True:
            message = self.messages.get(timeout=TIMEOUT)
            if message is None:
                sys.exit('lsp_client: the server exited')
            if 'method' in message and 'id' in message:
                self.send(dict(id=message['id'], result=None))
            elif accept(message):
                return message

    def request(self, method, params):
        id = self.next_id
        self.next_id += 1
        self.send(dict(id=id, method=method, params=params))
        reply = self.wait_for(lambda m: m.get('id') == id and 'method' not in m)
        if 'error' in reply:
            sys.exit('lsp_client: %s failed: %s' % (method, reply['error']))
        return reply['result']


def position(text):
    line, column = text.split(':')
    return dict(line=int(line) - 1, character=int(column) - 1)


def show_range(r):
    return '%d:%d-%d:%d' % (r['start']['line'] + 1, r['start']['character'] + 1,
                            r['end']['line'] + 1, r['end']['character'] + 1)


def offset(lines, pos):
    return sum(len(l) for l in lines[:pos['line']]) + pos['character']


def apply_edits(text, edits):
    lines = text.splitlines(keepends=True)
    # Back to front; inserts at one position end up in the order listed.
    order = sorted(enumerate(edits), reverse=True,
                   key=lambda ie: (offset(lines, ie[1]['range']['start']), ie[0]))
    for _, edit in order:
        start = offset(lines, edit['range']['start'])
        end = offset(lines, edit['range']['end'])
        text = text[:start] + edit['newText'] + text[end:]
    return text


def edits_of(action, uri):
    edit = action.get('edit', {})
    edits = list(edit.get('changes', {}).get(uri, []))
    for change in edit.get('documentChanges', []):
        if change.get('textDocument', {}).get('uri') == uri:
            edits += change['edits']
    return edits


def print_quick_fix(label, action, uri, text):
    print('%s: "%s" preferred=%s' % (
        label, action['title'], str(action.get('isPreferred', False)).lower()))
    edits = edits_of(action, uri)
    for e in edits:
        print('  edit %s %s' % (show_range(e['range']), json.dumps(e['newText'])))
    for line in apply_edits(text, edits).splitlines():
        print(('  fixed| ' + line).rstrip())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--code-actions', action='store_true')
    parser.add_argument('--inline-fixes', action='store_true')
    parser.add_argument('--links', action='store_true')
    parser.add_argument('--complete', metavar='L:C')
    parser.add_argument('--definition', metavar='L:C')
    parser.add_argument('file')
    parser.add_argument('server', nargs=argparse.REMAINDER)
    args = parser.parse_args()
    server_command = args.server[1:] if args.server[:1] == ['--'] else args.server

    path = os.path.abspath(args.file)
    uri = 'file://' + path
    with open(path) as f:
        text = f.read()

    server = Server(server_command)
    root = os.path.dirname(path)
    server.request('initialize', dict(
        processId=os.getpid(), rootUri='file://' + root,
        capabilities=dict(textDocument=dict(
            publishDiagnostics=dict(relatedInformation=True,
                                    codeActionsInline=args.inline_fixes),
            codeAction=dict(codeActionLiteralSupport=dict(
                codeActionKind=dict(valueSet=['quickfix', 'refactor']))),
            completion=dict(completionItem=dict(snippetSupport=False))))))
    server.notify('initialized', {})
    server.notify('textDocument/didOpen', dict(textDocument=dict(
        uri=uri, languageId='cpp', version=1, text=text)))

    published = server.wait_for(
        lambda m: m.get('method') == 'textDocument/publishDiagnostics'
        and m['params']['uri'] == uri)
    diagnostics = sorted(published['params']['diagnostics'], key=lambda d: (
        d['range']['start']['line'], d['range']['start']['character']))
    severities = {1: 'error', 2: 'warning', 3: 'info', 4: 'hint'}
    for d in diagnostics:
        print('diagnostic %s %s [%s] %s' % (
            show_range(d['range']), severities.get(d.get('severity'), '?'),
            d.get('code', ''), d['message'].splitlines()[0]))
        if args.links and 'codeDescription' in d:
            print('  link ' + d['codeDescription']['href'])
        for action in d.get('codeActions', []):
            print_quick_fix('inline fix', action, uri, text)
    print('diagnostics: %d' % len(diagnostics))

    if args.code_actions:
        for d in diagnostics:
            actions = server.request('textDocument/codeAction', dict(
                textDocument=dict(uri=uri), range=d['range'],
                context=dict(diagnostics=[d], only=['quickfix'])))
            for action in actions or []:
                if action.get('kind') != 'quickfix':
                    continue
                print_quick_fix('action for ' + show_range(d['range']),
                                action, uri, text)

    if args.complete:
        items = server.request('textDocument/completion', dict(
            textDocument=dict(uri=uri), position=position(args.complete)))
        items = items['items'] if isinstance(items, dict) else items
        for label in sorted(i.get('filterText', i['label']).strip() for i in items):
            print('completion ' + label)

    if args.definition:
        locations = server.request('textDocument/definition', dict(
            textDocument=dict(uri=uri), position=position(args.definition)))
        for l in locations or []:
            print('definition %s %s' % (os.path.basename(l['uri']),
                                        show_range(l['range'])))

    server.request('shutdown', None)
    server.notify('exit', None)
    server.proc.wait(timeout=TIMEOUT)
    return 0


if __name__ == '__main__':
    sys.exit(main())
