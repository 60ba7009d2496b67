"""The keyword pass: one scan finds every context keyword at word boundaries."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from hushgate.detection import Detector
from hushgate.detection.alternation import one_of
from hushgate.detection.keywords import KeywordScanner
from hushgate.detection.normalize import ascii_lower
from hushgate.detection.recognizers.keyed import KeyedPattern

ROOT = Path(__file__).resolve().parents[2]
_SCANNER: KeywordScanner = Detector()._keywords


def _lookbehind_hits(scanner: KeywordScanner, lower: str) -> list[tuple[int, str]]:
    """The definition: every keyword not preceded or followed by [a-z0-9]."""
    return [(m.start(), m.group()) for m in scanner._regex.finditer(lower)]


def _texts() -> list[str]:
    texts = []
    for path in (ROOT / "tests" / "detection" / "corpus" / "prompts.jsonl", ROOT / "tests" / "detection_heldout" / "prompts.jsonl"):
        with open(path, encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts


def test_the_detectors_keyword_set_is_scanned_gated() -> None:
    # One keyword that starts with a letter outside a-z ("âge") once turned
    # the gate off for every text; now only texts containing it lose it.
    assert _SCANNER._gated is not None
    assert "âge" in _SCANNER._ungated_words


def test_a_keyword_that_starts_outside_a_z_is_found_after_one_ending_in_punctuation() -> None:
    # "dr." consumes the "." a gated scan would need before "âge".
    for lower in ("dr.âge: 93 ans", "âge 93", "patient, âge: 93", "dob:âge"):
        assert list(_SCANNER.scan(lower).hits()) == _lookbehind_hits(_SCANNER, lower), lower


def test_gated_scan_finds_the_lookbehind_hits_on_both_corpora() -> None:
    for text in _texts():
        lower = ascii_lower(text)
        assert list(_SCANNER.scan(lower).hits()) == _lookbehind_hits(_SCANNER, lower)


def test_gated_scan_finds_the_lookbehind_hits_on_keywords_glued_together() -> None:
    # Keywords back to back, at the start, at the end, after punctuation and
    # inside words: where a scan that consumes the character before a hit
    # could lose or invent one.
    rng = random.Random(11)
    words = sorted(_SCANNER.words)
    glue = ["", " ", "  ", ".", ":", "-", "_", "#", "x", "1", "\n", "é"]
    for _ in range(3000):
        parts = [rng.choice(words) if rng.random() < 0.7 else rng.choice(["ab", "9", "zz", "de"]) for _ in range(rng.randint(1, 6))]
        lower = "".join(p + rng.choice(glue) for p in parts)
        assert list(_SCANNER.scan(lower).hits()) == _lookbehind_hits(_SCANNER, lower), lower



def _defined_hits(words: frozenset[str], lower: str) -> list[tuple[int, str]]:
    """Left to right: at a word start, the longest keyword that also ends at a
    word boundary; the next hit starts after it."""
    hits = []
    position = 0
    while position < len(lower):
        if position == 0 or not (lower[position - 1].isascii() and lower[position - 1].isalnum()):
            ending = [
                w for w in words
                if lower.startswith(w, position)
                and not (position + len(w) < len(lower) and lower[position + len(w)].isascii() and lower[position + len(w)].isalnum())
            ]
            if ending:
                word = max(ending, key=len)
                hits.append((position, word))
                position += len(word)
                continue
        position += 1
    return hits


def test_scan_finds_the_longest_keyword_at_each_word_start() -> None:
    rng = random.Random(13)
    words = sorted(_SCANNER.words)
    nested = [w for w in words if any(v != w and v.startswith(w) for v in words)]
    for _ in range(1500):
        parts = [rng.choice(nested if rng.random() < 0.5 else words) for _ in range(rng.randint(1, 5))]
        lower = "".join(p + rng.choice(["", " ", ": ", "x", "-", " of birth", " name"]) for p in parts)
        assert list(_SCANNER.scan(lower).hits()) == _defined_hits(_SCANNER.words, lower), lower

def test_a_keyword_at_the_start_of_the_text_is_found() -> None:
    assert list(_SCANNER.scan("patient dob 1990").hits())[0] == (0, "patient")


def test_stepped_scan_matches_the_one_pass_scan() -> None:
    lower = ascii_lower(" ".join(_texts()[:200]))
    steps = _SCANNER.scan_steps(lower, 512)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            stepped = done.value
            break
    assert list(stepped.hits()) == list(_SCANNER.scan(lower).hits())


def _flat_keyed_regex(pattern: KeyedPattern) -> re.Pattern[str]:
    """The keyed pattern as first written: its keywords as one flat
    alternation, longest first, in front of the same separator and value."""
    longest_first = sorted(pattern.keywords, key=len, reverse=True)
    trie, flat = one_of(longest_first), "(?:" + "|".join(re.escape(w) for w in longest_first) + ")"
    assert pattern.regex.startswith(trie)
    return re.compile(flat + pattern.regex[len(trie) :])


def test_keyed_patterns_match_what_their_flat_keyword_alternation_matches() -> None:
    # Anchored at every position where a keyword could start, on both corpora
    # and on keywords glued to separators and values: same span, same value.
    keyed = [
        (compiled, _flat_keyed_regex(pattern))
        for recognizer in Detector().recognizers
        for compiled, pattern in recognizer.compiled_lower
        if isinstance(pattern, KeyedPattern)
    ]
    assert keyed
    rng = random.Random(5)
    words = sorted(_SCANNER.words)
    tails = [" ", ": ", " is ", "=", " number ", "-", "\"", ", "]
    values = ["maria lee", "Maria Lee", "12345678", "sk-live-abc123", "o'brien", "x", ""]
    glued = ["".join(rng.choice(words) + rng.choice(tails) + rng.choice(values) + " " for _ in range(4)) for _ in range(1500)]
    for text in _texts() + glued:
        lower = ascii_lower(text)
        for start in range(len(lower)):
            for trie_form, flat_form in keyed:
                ours, theirs = trie_form.match(lower, start), flat_form.match(lower, start)
                assert (ours and (ours.span(), ours.span("v"))) == (theirs and (theirs.span(), theirs.span("v"))), (lower, start)


def test_last_before_is_the_nearest_hit_ending_in_the_window() -> None:
    lower = "order 1 was shipped; member ssn: 123456789"
    index = _SCANNER.scan(lower)
    value = lower.index("123")
    member, ssn = index.last_before(frozenset({"member"}), value, 24), index.last_before(frozenset({"ssn"}), value, 24)
    assert 0 <= member < ssn
    assert index.last_before(frozenset({"order"}), value, 24) == -1  # ends 24+ characters before
    assert index.last_before(frozenset({"order"}), value, 40) >= 0


def _score(text: str, entity: str) -> float:
    from helpers import findings

    return next(f.score for f in findings(text) if f.entity_type == entity)


def test_a_qualified_context_word_counts_like_the_word() -> None:
    # The keyword pass reports "member id" there, not "member".
    assert _score("member id 88412", "HEALTH_PLAN_ID") == _score("member 88412", "HEALTH_PLAN_ID")
    assert _score("acct no 99812", "US_BANK_ACCOUNT") == _score("acct 99812", "US_BANK_ACCOUNT")


def test_only_qualifiers_phrases_and_own_triggers_extend_a_context_word() -> None:
    from hushgate.detection.engine import _with_qualified

    keywords = frozenset(
        {"member", "member id", "member_number", "mr.", "driver", "driver's license", "account holder", "born on", "dob:", "birth date", "policy holder"}
    )
    own = frozenset({"birth date"})
    assert _with_qualified(("member", "mr", "driver", "account", "born", "dob", "birth", "policy"), keywords, own) == {
        "member", "member id", "member_number", "mr", "mr.", "driver", "account", "born", "born on", "dob", "dob:", "birth", "birth date", "policy",
    }


def test_a_context_word_in_a_phrase_counts_like_the_word() -> None:
    # "born on" leads the date recognizer's own keyed pattern, so the pass reports it, not "born".
    assert _score("He was born on the 4th of July, 1961.", "DATE_TIME") >= 0.8
