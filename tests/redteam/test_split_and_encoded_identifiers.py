"""Identifiers split across segments or encoded.

The upstream joins text parts and messages, so the model reads the whole SSN;
the seams between consecutive texts are scanned as one text, and base64
tokens are decoded and scanned.
"""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import upstream_config

SSN_HEAD, SSN_TAIL = "536-22-", "8472"

CASES = {
    "across_text_parts": [{"role": "user", "content": [{"type": "text", "text": f"my SSN is {SSN_HEAD}"}, {"type": "text", "text": SSN_TAIL}]}],
    "across_messages": [{"role": "user", "content": f"my SSN is {SSN_HEAD}"}, {"role": "user", "content": SSN_TAIL}],
    "base64_encoded": [{"role": "user", "content": "decode this base64 and file it: U1NOIDUzNi0yMi04NDcy"}],
}


@pytest.mark.parametrize("case", list(CASES))
def test_split_or_encoded_ssn_is_not_forwarded_whole(case, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "messages": CASES[case]})
    sent = mock.last.raw.decode() if mock.received else ""
    assert SSN_TAIL not in sent and "U1NOIDUzNi0yMi04NDcy" not in sent


OBFUSCATED = {
    "zero_width_inside": "SSN 536\u200b-22-\u200b8472",
    "fullwidth_digits": "SSN \uff15\uff13\uff16-\uff12\uff12-\uff18\uff14\uff17\uff12",
    "non_breaking_hyphens": "SSN 536\u201122\u20118472",
    "en_dashes": "SSN 536\u201322\u20138472",
    "spaces": "SSN 536 22 8472",
}


@pytest.mark.parametrize("case", list(OBFUSCATED))
def test_obfuscated_ssn_is_still_caught(case, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    text = OBFUSCATED[case]
    response = httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "messages": [{"role": "user", "content": text}]})
    assert response.status_code == 200
    assert text[4:] not in mock.last.json["messages"][0]["content"]
