# lit configuration for async-lint's tests.
import glob
import os
import shlex
import shutil
import subprocess

import lit.formats

config.name = 'async-lint'
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = ['.cpp', '.test']
config.excludes = ['Inputs', 'CMakeLists.txt', 'check_async_tidy.py',
                   'expect_exit.py', 'lsp_client.py', 'validate_sarif.py']
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.async_lint_obj_root, 'test')

config.environment['PATH'] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get('PATH', os.environ['PATH'])])

src = config.async_lint_src_root
inputs = os.path.join(src, 'test', 'Inputs')
clangxx = os.path.join(config.llvm_tools_dir, 'clang++')

# Standalone asio only enables coroutines under clang with libc++; with
# libstdc++ they must be switched on.
asio_flags = '-DASIO_HAS_CO_AWAIT=1 -DASIO_HAS_STD_COROUTINE=1'
qt_include = '/usr/include/x86_64-linux-gnu/qt6'
qcoro_flags = ' '.join('-isystem ' + d for d in [
    '/usr/include/qcoro6', '/usr/include/qcoro6/qcoro', '/usr/include/qcoro6/QCoro',
    qt_include, qt_include + '/QtCore', qt_include + '/QtNetwork']) + ' -fPIC'

check_tidy = ' '.join(shlex.quote(p) for p in [
    config.python, os.path.join(src, 'test', 'check_async_tidy.py'),
    '--clang-tidy=' + config.clang_tidy, '--plugin=' + config.plugin,
    '--filecheck=' + os.path.join(config.llvm_tools_dir, 'FileCheck'),
    '--inputs=' + inputs])

config.substitutions += [
    ('%check_async_tidy', check_tidy),
    ('%clang_tidy', config.clang_tidy),
    ('%plugin', config.plugin),
    ('%inputs', inputs),
    ('%llvm_major', config.llvm_version_major),
    ('%clang_syntax', '%s -std=c++20 -fsyntax-only -Wall -I %s' % (clangxx, inputs)),
    ('%clangxx', clangxx),
    ('%asio_flags', asio_flags),
    ('%qcoro_flags', qcoro_flags),
    ('%python', config.python),
    ('%ecosystem', shlex.quote(os.path.join(src, 'bench', 'ecosystem', 'ecosystem.py'))),
    ('%async_lint', config.async_lint),
    ('%expect_exit', '%s %s' % (shlex.quote(config.python),
                                shlex.quote(os.path.join(src, 'test', 'expect_exit.py')))),
    ('%async_clangd', config.async_clangd),
    ('%lsp_client', '%s %s' % (shlex.quote(config.python), shlex.quote(
        os.path.join(src, 'test', 'clangd', 'lsp_client.py')))),
    # A code block of docs/editors.md: the editor tests use the docs' settings.
    ('%editor_settings', '%s %s %s' % (shlex.quote(config.python), shlex.quote(
        os.path.join(src, 'test', 'clangd', 'doc_snippets.py')), shlex.quote(
        os.path.join(src, 'docs', 'editors.md')))),
]

# The LLVM the build is against (19 or 22), for the few differences a test
# must know about: REQUIRES: llvm-22, UNSUPPORTED: llvm-19.
config.available_features.add('llvm-' + config.llvm_version_major)

# async-clangd is optional (ASYNC_LINT_BUILD_CLANGD); nvim and Emacs with
# eglot (Debian: emacs-nox, elpa-eglot) drive real editors.
if config.async_clangd and os.path.exists(config.async_clangd):
    config.available_features.add('async-clangd')
# Microsoft's SARIF multitool, installed into the build directory by
# scripts/install-sarif-multitool.sh (scripts/test.sh always runs it).
multitools = glob.glob(os.path.join(
    config.async_lint_obj_root, 'tools', 'node_modules', '@microsoft',
    'sarif-multitool-*', 'Sarif.Multitool'))
if multitools:
    config.available_features.add('sarif-multitool')
    config.substitutions.append(('%validate_sarif', '%s %s %s' % (
        shlex.quote(config.python),
        shlex.quote(os.path.join(src, 'test', 'validate_sarif.py')),
        shlex.quote(multitools[0]))))
if shutil.which('nvim'):
    config.available_features.add('nvim')
if shutil.which('emacs') and subprocess.run(
        ['emacs', '--batch', '--no-init-file', '--eval', "(require 'eglot)"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
    config.available_features.add('emacs-eglot')

# The build directory: the install and package tests install from it.
config.substitutions.append(('%obj_root', config.async_lint_obj_root))
# The Debian package: cpack needs dpkg-deb, dpkg-shlibdeps (dpkg-dev) and file.
if all(shutil.which(t) for t in ['dpkg-deb', 'dpkg-shlibdeps', 'file']):
    config.available_features.add('cpack-deb')
# Tests that change the machine (dpkg -i) run only as root in CI.
if os.environ.get('CI') == 'true' and os.geteuid() == 0:
    config.available_features.add('ci-root')
# The pre-commit hook's test runs async-lint by name, as the hook does.
if shutil.which('pre-commit') and shutil.which('git'):
    config.available_features.add('pre-commit')
config.substitutions.append(('%path_with_async_lint', os.pathsep.join(
    [os.path.dirname(config.async_lint), config.environment['PATH']])))
# The Bazel aspect's test drives Debian's Bazel (bazel-bootstrap).
if shutil.which('bazel'):
    config.available_features.add('bazel')
