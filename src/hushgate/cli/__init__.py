"""The `hushgate` command line.

Each command group lives in its own module exposing
``register(subparsers) -> None``; the group sets ``func`` on its parser, and
``func(args) -> int`` is the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

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
    return int(func(args) or 0)
