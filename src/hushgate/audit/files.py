"""Audit file names and reading them back, line by line, in chain order.

One writer process owns one chain and writes ``audit-<chain>.<index>.jsonl``
files (index increases on rotation), so workers never share a file and lines
never interleave.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .records import parse_line

_NAME = re.compile(r"^audit-(?P<chain>[A-Za-z0-9_.-]+)\.(?P<index>\d{6})\.jsonl$")


def file_name(chain_id: str, index: int) -> str:
    return f"audit-{chain_id}.{index:06d}.jsonl"


@dataclass(frozen=True)
class AuditFile:
    path: Path
    chain: str
    index: int


class AuditPathError(ValueError):
    """A path given to a tool is missing or holds no audit files."""


def discover(paths: Iterable[Path]) -> dict[str, list[AuditFile]]:
    """Audit files under ``paths`` (directories or files), grouped by chain, in order."""
    found: dict[str, list[AuditFile]] = {}
    for path in paths:
        if path.is_dir():
            candidates = sorted(p for p in path.iterdir() if p.is_file() and _NAME.match(p.name))
        elif path.is_file():
            candidates = [path]
        else:
            raise AuditPathError(f"{path}: no such file or directory")
        for candidate in candidates:
            match = _NAME.match(candidate.name)
            if match is None:
                raise AuditPathError(f"{candidate}: not an audit file name (audit-<chain>.<index>.jsonl)")
            entry = AuditFile(candidate, match["chain"], int(match["index"]))
            found.setdefault(entry.chain, []).append(entry)
    if not found:
        raise AuditPathError("no audit files found in " + ", ".join(str(p) for p in paths))
    return {chain: sorted(set(files), key=lambda f: f.index) for chain, files in sorted(found.items())}


@dataclass(frozen=True)
class Line:
    file: AuditFile
    lineno: int
    record: dict[str, Any] | None
    error: str | None = None
    partial: bool = False

    @property
    def location(self) -> str:
        return f"{self.file.path.name}:{self.lineno}"


def read_lines(files: Iterable[AuditFile]) -> Iterator[Line]:
    """Every line of ``files`` in order, parsed; constant memory."""
    for audit_file in files:
        with open(audit_file.path, "rb") as handle:
            for lineno, raw in enumerate(handle, start=1):
                partial = not raw.endswith(b"\n")
                if not raw.strip():
                    yield Line(audit_file, lineno, None, "empty line", partial)
                    continue
                try:
                    yield Line(audit_file, lineno, parse_line(raw), None, partial)
                except ValueError:
                    yield Line(audit_file, lineno, None, "not a JSON object", partial)


def last_record(path: Path) -> dict[str, Any] | None:
    """The last complete record of a file, read from its end."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        end = handle.tell()
        block = b""
        pos = end
        while pos > 0:
            step = min(65536, pos)
            pos -= step
            handle.seek(pos)
            block = handle.read(step) + block
            lines = block.split(b"\n")
            complete = [ln for ln in lines[1:-1] if ln.strip()] if pos > 0 else [ln for ln in lines[:-1] if ln.strip()]
            if complete:
                try:
                    return parse_line(complete[-1])
                except ValueError:
                    return None
    return None
