"""How scanplan compiles patterns: what it fuses, what it leaves alone."""

from __future__ import annotations

import re

from hushgate.detection import DetectionConfig, Detector
from hushgate.detection.scanplan import _leading_literals, _without_extensions, plan


def _names(scans) -> set[str]:
    return {users[0][0].name for scan in scans for users in [scan.users]}


def test_digit_and_upper_case_led_patterns_share_one_pass_per_family() -> None:
    families, rest = Detector()._families, Detector()._literal_scans
    members = {f.name: {m.users[0][0].name for m in f.members} for f in families}
    assert {"nine_digits", "pan", "zip", "street", "ipv4", "npi", "digit_led"} <= members["digit_run"]
    assert {"iban", "bic", "dea", "month_led"} <= members["upper_token"]
    # Patterns whose starts are not token starts keep a scan of their own.
    assert {"phone_candidate", "capitalised_sequence", "email_domain"} <= _names(rest)


def test_a_pattern_without_a_declared_gate_is_not_fused() -> None:
    # A site MRN format is arbitrary: scanned on its own, and still found.
    detector = Detector(DetectionConfig(mrn_patterns=(r"[0-9]{2}-[0-9]{6}",)))
    fused = {m.compiled.pattern for f in detector._families for m in f.members}
    assert r"[0-9]{2}-[0-9]{6}" not in fused
    text = "chart 12-345678 reviewed"
    assert ("MEDICAL_RECORD_NUMBER", "12-345678") in [(f.entity_type, text[f.start : f.end]) for f in detector.detect(text)]


def test_family_regexes_have_only_their_marker_groups() -> None:
    for family in Detector()._families:
        assert family.regex.groups == len(family.members)


def test_plan_keeps_patterns_with_capturing_groups_or_backreferences_apart() -> None:
    users = ((object(), object()),)
    scans = [
        (re.compile(r"[0-9](?<![A-Za-z0-9][0-9])([0-9])"), users),
        (re.compile(r"[0-9](?<![A-Za-z0-9][0-9])(?P<a>x)(?P=a)"), users),
        (re.compile(r"[0-9](?<![A-Za-z0-9][0-9])[0-9]{3}", re.IGNORECASE), users),
        (re.compile(r"[0-9](?<![A-Za-z0-9][0-9])(?P<v>[0-9]{3})"), users),
    ]
    families, rest = plan(scans)
    assert [m.compiled.pattern for f in families for m in f.members] == [scans[3][0].pattern]
    assert len(rest) == 3


def test_literal_scans_search_only_literals_that_extend_no_other() -> None:
    # Every "Best regards" starts with "Best": searching both finds no new start.
    assert _without_extensions(("Best", "Best regards", "Thanks", "Thank you", "Best")) == ("Best", "Thanks", "Thank you")
    assert _without_extensions(None) is None


def test_leading_literals() -> None:
    assert _leading_literals(r"sk-ant-(?:api)[0-9]{2}", 0) == ("sk-ant-api",)
    assert _leading_literals(r"(?:Thanks|Regards),?\n", 0) == ("Thanks", "Regards")
    assert _leading_literals(r"[<(][a-z]+@", 0) == ("<", "(")
    assert _leading_literals(r"(?P<v>PID\|)x", 0) == ("PID|",)
    # Nothing certain to start every match: always scanned.
    for regex, flags in ((r"(?:x|)abc", 0), (r"a*b", 0), (r"(?<!x)abc", 0), (r"(?i:abc)", 0), (r"abc", re.IGNORECASE), (r"[0-9]+", 0)):
        assert _leading_literals(regex, flags) is None


def test_a_pattern_opening_with_the_token_start_look_behind_joins_by_its_first_characters() -> None:
    from hushgate.detection.scanplan import _starts_like_gate

    upper = r"[A-Z](?<![A-Za-z0-9][A-Z])"
    assert _starts_like_gate(r"(?<![A-Za-z0-9])(?:J(?:an|un)|F(?:eb))[ ][0-9]", 0, upper)
    assert _starts_like_gate(r"(?<![A-Za-z0-9])[ADFJ-OS]x", 0, upper)
    # A lower-case or optional start, a look-ahead, no look-behind, IGNORECASE: not provably a gate position.
    for regex, flags in (
        (r"(?<![A-Za-z0-9])(?:Jan|jan)", 0),
        (r"(?<![A-Za-z0-9])(?:Jan|)x", 0),
        (r"(?<![A-Za-z0-9])(?=J)Jan", 0),
        (r"(?:Jan|Feb)", 0),
        (r"(?<![A-Za-z0-9])Jan", re.IGNORECASE),
        (r"(?<![A-Za-z0-9])[^a-z]", 0),
    ):
        assert not _starts_like_gate(regex, flags, upper), regex


def test_no_scan_anchored_at_several_literals_is_anchored_at_a_lone_letter() -> None:
    # Several literals are tried, anchored, at each of their occurrences from
    # Python: a lone letter ("m" of "(?:mysql|mariadb)") occurs everywhere.
    anchored = [scan.literals for scan in Detector()._literal_scans if scan.literals is not None and len(scan.literals) > 1]
    assert anchored
    assert [literals for literals in anchored if any(len(literal) == 1 and literal.isalpha() and literal.isascii() for literal in literals)] == []
