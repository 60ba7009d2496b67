"""The per-request pseudonym vault: placeholder <-> original value, memory only.

One vault per request, dropped with the request context: nothing is shared
across requests or tenants, so a placeholder from another conversation (or a
guessed one) resolves to nothing (SEC-16/SEC-18).

Placeholders are short (``<PERSON_1>``) because models copy short tokens
faithfully and reason about "the same patient" through them. They carry no
random component; instead, placeholder-shaped text the client itself sent is
*reserved* before any token is issued, so a token the client wrote is never
issued, and so never resolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*)_([0-9]{1,6})>")


def _normalize(value: str) -> str:
    # "John  Smith" and "john smith" are the same person to the model.
    return " ".join(value.split()).casefold()


@dataclass(eq=False)
class Vault:
    reserved: frozenset[str] = frozenset()
    _by_value: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    _by_token: dict[str, str] = field(default_factory=dict, repr=False)
    _counters: dict[str, int] = field(default_factory=dict, repr=False)
    # Normalized values the prompt contained (any action): output scanning
    # reports only identifiers the client did not send.
    _seen: set[str] = field(default_factory=set, repr=False)
    _prefixes: frozenset[str] | None = field(default=None, repr=False)

    @classmethod
    def for_texts(cls, texts: Iterable[str]) -> Vault:
        reserved = {m.group(0) for text in texts if "<" in text for m in PLACEHOLDER.finditer(text)}
        return cls(frozenset(reserved))

    def pseudonym(self, entity_type: str, value: str) -> str:
        key = (entity_type, _normalize(value))
        token = self._by_value.get(key)
        if token is None:
            n = self._counters.get(entity_type, 0)
            while True:
                n += 1
                token = f"<{entity_type}_{n}>"
                if token not in self.reserved:
                    break
            self._counters[entity_type] = n
            self._by_value[key] = token
            self._by_token[token] = value
            self._prefixes = None
        return token

    def resolve(self, token: str) -> str | None:
        return self._by_token.get(token)

    def saw(self, value: str) -> None:
        self._seen.add(_normalize(value))

    def was_seen(self, value: str) -> bool:
        return _normalize(value) in self._seen

    @property
    def issued(self) -> int:
        return len(self._by_token)

    @property
    def max_token_len(self) -> int:
        return max((len(t) for t in self._by_token), default=0)

    def is_partial(self, text: str) -> bool:
        """True if ``text`` is a proper prefix of an issued token (may still complete)."""
        if self._prefixes is None:
            self._prefixes = frozenset(t[:k] for t in self._by_token for k in range(1, len(t)))
        return text in self._prefixes

    def clear(self) -> None:
        self._by_value.clear()
        self._by_token.clear()
        self._seen.clear()
        self._prefixes = None
