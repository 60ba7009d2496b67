"""How the engine scans: the recognizers' patterns compiled into as few
passes over the text as possible.

Recognizers declare Presidio ``Pattern`` regexes (the declarative source).
Scanning each one on its own costs one pass of CPython's regex engine per
pattern, ~7 ns per character even when nothing matches: 50 passes over 4 KB
were a third of a millisecond before any candidate was looked at. This module
compiles them differently, without changing what they match:

* **Fused families.** Patterns that start with the same kind of token (a
  digit run: SSN, ITIN, ABA, ZIP, card, NPI, MBI, IPv4, dates, house numbers,
  VIN; an upper-case token: IBAN, BIC, DEA, VIN, month names) are joined into
  one regex per family. It stops only where a token of that kind starts (the
  family's gate, a character class plus a look-behind, so the regex engine
  skips to candidates in C) and tries every member there as a look-ahead,
  recording which ones match in empty marker groups; positions where none
  matches are not reported at all. A family only takes a pattern whose regex
  source starts with one of the family's declared gates (``FAMILIES``), i.e.
  whose possible start positions are a subset of the family's: any other
  pattern keeps its own scan, so a recognizer change can make the engine
  slower, never wrong.
* **Exact hand-off.** For each hint the member pattern is re-run anchored
  (``pattern.match(text, pos)``) on the full text, and a hint inside that
  pattern's previous match is skipped, which is exactly the sequence of
  matches ``finditer`` would have produced. The recognizer's ``propose``
  gets that real match object: validation runs on candidates only.
* **Literal-led patterns** (``sk-ant-``, ``://``, ``-----BEGIN``, ``eyJ``,
  ``@``...) keep their own scan, but only when their leading literal (or one
  of the literals of a leading alternation) occurs in the text at all: one
  C-level substring test instead of setting up a scan.

``tests/detection/test_fused_engine.py`` checks the result against the
pattern-by-pattern scan (``tests/detection/reference_engine.py``) on both
corpora, the benchmark prompts and adversarial inputs.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_SRE = sre_parse  # constants live on the parser module in 3.11+
_LITERAL = _SRE.LITERAL
_BRANCH = _SRE.BRANCH
_SUBPATTERN = _SRE.SUBPATTERN
_IN = _SRE.IN

# A family: its gate (one character class, so the regex engine skips ahead in
# C, then a look-behind that keeps only token starts) and the pattern
# prefixes whose start positions are a subset of the gate's. A pattern that
# starts with the token-start look-behind itself and then only with
# characters of the gate's class is a member too (``_starts_like_gate``).
FAMILIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "digit_run",
        # A digit that does not continue a word or number.
        r"[0-9](?<![A-Za-z0-9][0-9])",
        (
            r"[0-9](?<![A-Za-z0-9][0-9])",
            r"[12](?<![A-Za-z0-9][12])",
            r"[1-9](?<![A-Za-z0-9][1-9])",
            r"[A-HJ-NPR-Z0-9](?<![A-Za-z0-9][A-HJ-NPR-Z0-9])",
        ),
    ),
    (
        "upper_token",
        # An ASCII capital that does not continue a word or number.
        r"[A-Z](?<![A-Za-z0-9][A-Z])",
        (
            r"[A-Z](?<![A-Za-z0-9][A-Z])",
            r"[A-HJ-NPR-Z0-9](?<![A-Za-z0-9][A-HJ-NPR-Z0-9])",
        ),
    ),
)

_NAMED_GROUP = re.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")
# Constructs that would change meaning once the pattern's groups are renamed.
_UNFUSABLE = re.compile(r"\(\?P=|\(\?\(|\\[1-9]")


def _fusable_body(compiled: re.Pattern[str]) -> str | None:
    """The pattern with its named groups made non-capturing, if that leaves
    no capturing group at all (the family regex must have only its markers)."""
    if compiled.flags & ~re.UNICODE or _UNFUSABLE.search(compiled.pattern):
        return None
    body = _NAMED_GROUP.sub("(?:", compiled.pattern)
    try:
        if re.compile(body).groups:
            return None
    except re.error:
        return None
    return body


@dataclass(frozen=True)
class Member:
    """One pattern of a fused family, and who consumes its matches."""

    compiled: re.Pattern[str]
    users: tuple[tuple[Any, Any], ...]  # (Pattern, Recognizer)
    marker: int  # group number of its marker in the family regex


@dataclass(frozen=True)
class Family:
    name: str
    regex: re.Pattern[str]
    members: tuple[Member, ...]
    # (marker group number, member) pairs, for the engine's loop.
    markers: tuple[tuple[int, Member], ...]
    # Longest text a member can match (plus look-around slack): a hint at
    # position p only depends on text[p : p + reach].
    reach: int


@dataclass(frozen=True)
class LiteralScan:
    compiled: re.Pattern[str]
    users: tuple[tuple[Any, Any], ...]
    # The scan can only match where one of these occurs; None: always scan.
    literals: tuple[str, ...] | None


def _leading_literals(regex: str, flags: int) -> tuple[str, ...] | None:
    """Literal strings one of which every match starts with, if the parsed
    pattern begins with literals (or an alternation of literal-led branches)."""
    if flags & re.IGNORECASE:
        return None
    try:
        data = list(sre_parse.parse(regex, flags).data)
    except re.error:
        return None

    def prefix(items: Sequence[tuple[Any, Any]]) -> tuple[str, ...] | None:
        chars: list[str] = []
        for op, av in items:
            if op is _LITERAL:
                chars.append(chr(av))
                continue
            if not chars:
                if op is _BRANCH:
                    out: list[str] = []
                    for branch in av[1]:
                        sub = prefix(list(branch.data) if hasattr(branch, "data") else list(branch))
                        if sub is None:
                            return None
                        out.extend(sub)
                    return tuple(out)
                if op is _SUBPATTERN:
                    if av[1] & re.IGNORECASE:  # (?i:...)
                        return None
                    return prefix(list(av[-1].data))
                if op is _IN and 0 < len(av) <= 4 and all(o is _LITERAL for o, _ in av):
                    # "[<(]": one of a few characters.
                    return tuple(chr(c) for _, c in av)
            break
        return ("".join(chars),) if chars else None

    return prefix(data)


def _without_extensions(literals: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The literals minus those that extend another one ("Best regards"
    after "Best"): every occurrence of the longer one is an occurrence of
    the shorter, so it adds no start position, only one more search."""
    if literals is None:
        return None
    return tuple(dict.fromkeys(w for w in literals if not any(w != v and w.startswith(v) for v in literals)))


def _first_codes(items: Sequence[tuple[Any, Any]]) -> frozenset[int] | None:
    """The characters (codes) every match of parsed `items` starts with,
    looking through leading look-behinds; None when not simply known."""
    for op, av in items:
        if op is _SRE.ASSERT_NOT or op is _SRE.ASSERT:
            if av[0] == -1:  # a look-behind consumes nothing
                continue
            return None
        if op is _LITERAL:
            return frozenset((av,))
        if op is _IN:
            codes: set[int] = set()
            for item_op, item in av:
                if item_op is _LITERAL:
                    codes.add(item)
                elif item_op is _SRE.RANGE:
                    codes.update(range(item[0], item[1] + 1))
                else:  # negated sets, categories
                    return None
            return frozenset(codes)
        if op is _BRANCH:
            union: set[int] = set()
            for branch in av[1]:
                sub = _first_codes(list(branch.data))
                if sub is None:
                    return None
                union |= sub
            return frozenset(union)
        if op is _SUBPATTERN and not av[1] & re.IGNORECASE:
            return _first_codes(list(av[-1].data))
        return None
    return None


_TOKEN_START_BEHIND = "(?<![A-Za-z0-9])"


def _starts_like_gate(source: str, flags: int, gate: str) -> bool:
    """Whether every match of `source` starts at a position the family's
    `gate` stops at: the pattern opens with the gate's look-behind (no letter
    or digit before) and can only start with a character of the gate's class.
    Lets a pattern join a family without being written gate-first, e.g. month
    names as a word list."""
    if flags & re.IGNORECASE or not source.startswith(_TOKEN_START_BEHIND):
        return False
    try:
        codes = _first_codes(list(sre_parse.parse(source, flags).data))
        gate_codes = _first_codes(list(sre_parse.parse(gate).data))
    except re.error:
        return False
    return codes is not None and gate_codes is not None and codes <= gate_codes


def _max_width(regex: str, flags: int) -> int:
    low, high = sre_parse.parse(regex, flags).getwidth()
    return high


# A token-start prefix: one character class, and a look-behind saying the
# character before it is not a letter or digit.
_TOKEN_START = re.compile(r"(\[[^\]]+\])\(\?<!\[A-Za-z0-9\]\1\)")


def _after_gate(body: str, gate: str) -> str | None:
    """What is left of member `body` to try from the character after the
    family's gate, when both start with a token-start prefix (the gate has
    already checked the character before): the rest, preceded by a check of
    the member's own first character if it differs from the gate's. None if
    the member does not start that way or is a top-level alternation."""
    gate_start = _TOKEN_START.match(gate)
    start = _TOKEN_START.match(body)
    if gate_start is None or start is None or gate_start.end() != len(gate):
        return None
    rest = body[start.end() :]
    try:
        data = sre_parse.parse(body).data
        re.compile(rest)
    except re.error:
        return None
    if not data or data[0][0] is not _IN or len(data) < 2 or data[1][0] is not _SRE.ASSERT_NOT:
        return None
    if start.group(1) == gate_start.group(1):
        return rest
    return f"(?<={start.group(1)}){rest}"


def plan(scans: Sequence[tuple[re.Pattern[str], tuple[tuple[Any, Any], ...]]]) -> tuple[tuple[Family, ...], tuple[LiteralScan, ...]]:
    """Split (compiled regex, users) scans into fused families and the rest."""
    grouped: dict[str, list[tuple[re.Pattern[str], tuple[tuple[Any, Any], ...]]]] = {name: [] for name, _, _ in FAMILIES}
    rest: list[LiteralScan] = []
    for compiled, users in scans:
        source = compiled.pattern
        joined = False
        if _fusable_body(compiled) is not None:
            for name, gate, prefixes in FAMILIES:
                member = source.startswith(prefixes) or _starts_like_gate(source, compiled.flags, gate)
                if member and _max_width(source, compiled.flags) < 4096:
                    grouped[name].append((compiled, users))
                    joined = True
        if not joined:
            rest.append(LiteralScan(compiled, users, _without_extensions(_leading_literals(source, compiled.flags))))
    families = []
    for name, gate, _ in FAMILIES:
        members = grouped[name]
        if not members:
            continue
        parts = []
        for index, (compiled, _) in enumerate(members):
            # The markers are the family regex's only groups, numbered like the members.
            body = _fusable_body(compiled)
            # At the gate's position + 1: "the member matches from the gate's
            # first character" (a look-behind of width one around a look-ahead).
            tail = _after_gate(body, gate)
            if tail is not None:
                # The member starts with the gate itself, which the family
                # regex has just matched: only the rest is left to try, from
                # the next character.
                parts.append(f"(?:(?={tail})(?P<_m{index}>)|)")
            else:
                parts.append(f"(?:(?<=(?={body}).)(?P<_m{index}>)|)")
        # Report a position only if some member matched there.
        at_least_one = "".join(f"(?(_m{index})|" for index in range(len(members))) + "(?!)" + ")" * len(members)
        regex = re.compile(gate + "".join(parts) + at_least_one)
        if regex.groups != len(members):
            raise AssertionError(f"family {name}: unexpected capturing groups")
        reach = max(_max_width(c.pattern, c.flags) for c, _ in members) + 256
        fused = tuple(Member(c, u, regex.groupindex[f"_m{i}"]) for i, (c, u) in enumerate(members))
        families.append(Family(name, regex, fused, tuple((m.marker, m) for m in fused), reach))
    return tuple(families), tuple(rest)
