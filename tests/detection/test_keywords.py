"""The keyword pass: one scan finds every context keyword at word boundaries."""

from __future__ import annotations

import json
import random
from pathlib import Path

from hushgate.detection import Detector
from hushgate.detection.keywords import KeywordScanner
from hushgate.detection.normalize import ascii_lower

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
