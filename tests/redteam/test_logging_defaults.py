"""An embedded app (no ``hushgate serve``) still logs no request text."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from hushgate.logs import get_logger
def handler():
    prompt = 'canary-SSN-536-22-8472'
    try:
        raise ValueError('boom')
    except ValueError as exc:
        get_logger().error('unhandled_error', request_id='r1', exc_info=exc)
handler()
"""


def test_unconfigured_logger_prints_no_traceback_locals():
    # A fresh interpreter: nothing has configured logging yet.
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, timeout=60, check=True)
    out = done.stdout + done.stderr
    assert b"canary-SSN" not in out
    assert b'"error_type":"ValueError"' in out
