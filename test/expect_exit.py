#!/usr/bin/env python3
"""expect_exit.py N cmd args...: run cmd, fail unless it exits with N."""
import subprocess
import sys

expected = int(sys.argv[1])
code = subprocess.call(sys.argv[2:])
if code != expected:
    sys.stderr.write('expect_exit: %s exited with %d, expected %d\n'
                     % (sys.argv[2], code, expected))
    sys.exit(1)
