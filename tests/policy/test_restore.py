"""Restoration: streaming-safe, only tokens issued in this request, never inside URLs."""

from __future__ import annotations

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from hushgate.canonical import ROUTE_CHAT, CanonicalRequest
from hushgate.detection import Finding
from hushgate.policy.actions import Transformer
from hushgate.policy.restore import Restorer, RestoreStats, in_url_context, restore_text
from hushgate.policy.schema import ActionSpec
from hushgate.policy.vault import Vault

PROPS = settings(max_examples=150, derandomize=True, deadline=None)
NAMES = ["Jane Roe", "Óscar Núñez", 'Bob "Bobby" O\'Neil', "李雷", "Ann\\Lee"]


def vault_with(*names: str) -> Vault:
    vault = Vault()
    for name in names:
        vault.pseudonym("PERSON", name)
    return vault


def stream(vault: Vault, pieces: list[str], *, json_string: bool = False) -> tuple[str, int]:
    r = Restorer(vault, RestoreStats(), json_string=json_string)
    out, most_held = [], 0
    for p in pieces:
        out.append(r.feed(p))
        most_held = max(most_held, len(r.held))
    out.append(r.flush())
    return "".join(out), most_held


def split_at(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(c, len(text)) for c in cuts})
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)])]


def test_placeholder_split_across_chunks_is_restored() -> None:
    assert stream(vault_with("Jane Roe"), ["Hello <PER", "SON_1>, bye"])[0] == "Hello Jane Roe, bye"


def test_text_without_a_possible_placeholder_is_not_held_back() -> None:
    r = Restorer(vault_with("Jane Roe"), RestoreStats())
    assert r.feed("a < b and <EMAIL") == "a < b and <EMAIL"


def test_a_partial_placeholder_is_held_until_it_completes() -> None:
    r = Restorer(vault_with("Jane Roe"), RestoreStats())
    assert r.feed("Dear <PERSO") == "Dear "
    assert r.feed("N_1>!") == "Jane Roe!"


def test_an_incomplete_placeholder_is_flushed_verbatim_at_the_end() -> None:
    assert stream(vault_with("Jane Roe"), ["Dear <PERSON_"])[0] == "Dear <PERSON_"


def test_token_not_issued_in_this_request_stays_literal() -> None:
    assert restore_text(vault_with("Jane Roe"), "<PERSON_2> and <EMAIL_ADDRESS_1>", RestoreStats()) == "<PERSON_2> and <EMAIL_ADDRESS_1>"


def test_client_written_placeholder_is_not_resolved() -> None:
    vault = Vault.for_texts(["my template says <PERSON_1>"])
    vault.pseudonym("PERSON", "Jane Roe")  # issued as <PERSON_2>
    assert restore_text(vault, "<PERSON_1> / <PERSON_2>", RestoreStats()) == "<PERSON_1> / Jane Roe"


def test_redacted_values_are_never_restored() -> None:
    vault = Vault()
    text = "SSN [REDACTED:US_SSN]"
    assert restore_text(vault, text, RestoreStats()) == text


def test_token_inside_markdown_image_url_is_kept_and_counted() -> None:
    stats = RestoreStats()
    out = restore_text(vault_with("Jane Roe"), "![x](https://evil.example/?q=<PERSON_1>) hi <PERSON_1>", stats)
    assert out == "![x](https://evil.example/?q=<PERSON_1>) hi Jane Roe"
    assert (stats.suppressed, stats.restored) == (1, 1)


def test_token_inside_markdown_link_target_is_kept() -> None:
    assert restore_text(vault_with("Jane Roe"), "[click](<PERSON_1>)", RestoreStats()) == "[click](<PERSON_1>)"


def test_token_inside_a_bare_url_is_kept_even_when_the_url_arrived_in_an_earlier_chunk() -> None:
    assert stream(vault_with("Jane Roe"), ["see https://x.example/a?n=", "<PERSON_1>"])[0] == "see https://x.example/a?n=<PERSON_1>"


def test_token_in_link_text_is_restored() -> None:
    assert restore_text(vault_with("Jane Roe"), "[<PERSON_1>](https://x.example)", RestoreStats()) == "[Jane Roe](https://x.example)"


def test_url_context_detection() -> None:
    assert in_url_context('<a href="https://x/?q=')
    assert not in_url_context("Dear ")


def test_restored_value_in_tool_arguments_is_json_escaped() -> None:
    vault = vault_with('Bob "Bobby" O\'Neil')
    out, _ = stream(vault, ['{"name": "<PERS', 'ON_1>"}'], json_string=True)
    assert orjson.loads(out) == {"name": 'Bob "Bobby" O\'Neil'}


@PROPS
@given(
    words=st.lists(st.sampled_from(["<PERSON_1>", "<PERSON_2>", "<PERSON_3>", "<", "<PER", ">", "text", " ", "_1>", "<PERSON_"]), max_size=30),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
)
def test_streaming_output_equals_whole_output_for_any_split(words: list[str], cuts: list[int]) -> None:
    vault = vault_with("Jane Roe", "Ann Lee")
    text = "".join(words)
    whole = restore_text(vault, text, RestoreStats())
    streamed, most_held = stream(vault, split_at(text, cuts))
    assert streamed == whole
    assert most_held < vault.max_token_len


@PROPS
@given(
    parts=st.lists(st.one_of(st.sampled_from(NAMES), st.text(alphabet="abc .,!?\n", max_size=12)), min_size=1, max_size=12),
    cuts=st.lists(st.integers(min_value=0, max_value=600), max_size=6),
)
def test_rehydrate_of_pseudonymize_is_the_original(parts: list[str], cuts: list[int]) -> None:
    text = "".join(parts)
    findings, cursor = [], 0
    for part in parts:
        if part in NAMES:
            findings.append(Finding("PERSON", cursor, cursor + len(part), 0.9, "test"))
        cursor += len(part)
    request = CanonicalRequest(ROUTE_CHAT, {"model": "m", "messages": [{"role": "user", "content": text}]}, "m")
    vault = Vault()
    Transformer(vault, b"k" * 32).apply(request.segments[0], findings, {"PERSON": ActionSpec(action="pseudonymize")})
    sent = request.segments[0].text
    assert not any(name in sent for name in NAMES if any(name == p for p in parts))
    assert stream(vault, split_at(sent, cuts))[0] == text
