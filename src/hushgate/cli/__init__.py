"""The `hushgate` command line.

Each command group lives in its own module exposing
``register(subparsers) -> None``; the group sets ``func`` on its parser, and
``func(args) -> int`` is the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

# One module per command group, imported lazily so `hushgate keys list` does
# not pay for loading the detection engine.
COMMAND_MODULES: tuple[str, ...] = (
    "serve",
    "keys",
    "audit",
    "cache",
    "detect",
    "policy",
)


_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hushgate", description="Zero-retention privacy gateway for LLM APIs.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"hushgate.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence, see internal_error
        return internal_error(args.command, exc)


def internal_error(command: str, exc: BaseException) -> int:
    """Report a bug without a traceback: an exception's message or a frame's
    source line may quote the input (a prompt, a key file), and that must not
    reach a terminal or a CI log. The type and the innermost hushgate frame
    are enough to file a bug. Exit status 70 (EX_SOFTWARE)."""
    where = ""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        path = Path(frame.filename).resolve()
        if path.is_relative_to(_PACKAGE_DIR):
            where = f" at {path.relative_to(_PACKAGE_DIR).as_posix()}:{frame.lineno} in {frame.name}"
            break
    print(f"hushgate {command}: internal error ({type(exc).__name__}{where}); please report it", file=sys.stderr)
    return 70
