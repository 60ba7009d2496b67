"""The Safe Harbor ``generalize`` action (SEC-09): ZIP3 and year only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hushgate.policy.actions import RESTRICTED_ZIP3, generalize

NOW = 2026
PROPS = settings(max_examples=200, derandomize=True, deadline=None)


def test_there_are_seventeen_restricted_zip3_areas() -> None:
    assert len(RESTRICTED_ZIP3) == 17


@pytest.mark.parametrize("prefix", [f"{i:03d}" for i in range(1000)])
def test_every_zip3_prefix_keeps_three_digits_or_becomes_000(prefix: str) -> None:
    out = generalize("US_ZIP_CODE", f"{prefix}42", now_year=NOW)
    assert out == ("000**" if prefix in RESTRICTED_ZIP3 else f"{prefix}**")


def test_zip_plus_four_keeps_only_the_zip3() -> None:
    assert generalize("US_ZIP_CODE", "02139-4307", now_year=NOW) == "021**"


@PROPS
@given(
    year=st.integers(min_value=1850, max_value=2099),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    fmt=st.sampled_from(["{m:02d}/{d:02d}/{y}", "{y}-{m:02d}-{d:02d}", "{d} March {y}", "March {d}, {y}", "{m}/{d}/{y}"]),
)
def test_a_date_keeps_only_its_year_unless_it_implies_an_age_over_89(year: int, month: int, day: int, fmt: str) -> None:
    out = generalize("DATE_TIME", fmt.format(y=year, m=month, d=day), now_year=NOW)
    assert out == (f"{NOW - 90} or earlier" if year <= NOW - 90 else str(year))


def test_a_date_without_a_four_digit_year_is_redacted() -> None:
    assert generalize("DATE_TIME", "3/14/24", now_year=NOW) == "[REDACTED:DATE_TIME]"


def test_a_range_of_years_is_redacted_rather_than_guessed() -> None:
    assert generalize("DATE_TIME", "1999-2001", now_year=NOW) == "[REDACTED:DATE_TIME]"


def test_other_entities_are_redacted() -> None:
    assert generalize("PERSON", "Jane Roe", now_year=NOW) == "[REDACTED:PERSON]"


def test_generalize_on_an_unsupported_entity_is_a_lint_warning(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from hushgate.cli import main
    from tests.policy.conftest import BASIC

    path = tmp_path / "p.yaml"
    path.write_text(BASIC.replace("US_SSN: redact", "US_SSN: generalize"))
    main(["policy", "lint", str(path)])
    assert "generalize applies to AGE, DATE_TIME, US_ZIP_CODE; US_SSN would be redacted" in capsys.readouterr().out


def test_an_age_over_89_generalizes_to_the_safe_harbor_category() -> None:
    assert generalize("AGE", "94") == "90+"
