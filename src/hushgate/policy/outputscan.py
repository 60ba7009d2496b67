"""Output scanning: identifiers in the model's answer that the client did not send.

Runs on the answer *before* restoration (placeholders are not PII, restored
values were the client's own). Values the prompt contained under any action
are not reported. Per policy the rest is allowed, redacted or blocked.

Streams: text is released once it is at least ``WINDOW`` characters behind
the newest byte and not inside a finding, so an identifier split across
chunks is seen whole before any of it is emitted (SEC-13). This is the one
place streaming buffers more than a placeholder, and only when the policy
asks for output scanning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from hushgate.policy.actions import redact

WINDOW = 96


class OutputBlocked(Exception):
    """The answer carried an identifier the policy does not let through."""

    def __init__(self, entity_type: str) -> None:
        super().__init__(entity_type)
        self.entity_type = entity_type


class OutputScanner:
    def __init__(
        self,
        detect: Callable[[str], list[Any]],
        keep: Callable[[Any], bool],
        was_seen: Callable[[str], bool],
        action: str,
        counts: Counter[str],
    ) -> None:
        self.detect = detect
        self.keep = keep
        self.was_seen = was_seen
        self.action = action  # allow (count only: monitor) | redact | block
        self.counts = counts
        self.buf = ""

    def feed(self, text: str) -> str:
        self.buf += text
        if len(self.buf) < 2 * WINDOW:
            return ""
        return self._release(final=False)

    def flush(self) -> str:
        return self._release(final=True) if self.buf else ""

    def _release(self, *, final: bool) -> str:
        buf = self.buf
        findings = [f for f in self.detect(buf) if self.keep(f) and not self.was_seen(buf[f.start : f.end])]
        cut = len(buf) if final else len(buf) - WINDOW
        for f in findings:
            if f.start < cut < f.end:
                cut = f.start
        pieces: list[str] = []
        cursor = 0
        for f in sorted(findings, key=lambda f: f.start):
            if f.end > cut or f.start < cursor:
                continue
            self.counts[f.entity_type] += 1
            if self.action == "block":
                raise OutputBlocked(f.entity_type)
            if self.action == "redact":
                pieces.append(buf[cursor : f.start])
                pieces.append(redact(f.entity_type))
                cursor = f.end
        pieces.append(buf[cursor:cut])
        self.buf = buf[cut:]
        return "".join(pieces)
