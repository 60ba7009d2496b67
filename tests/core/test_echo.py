"""The echo provider shows reviewers exactly what would have left the network."""

from __future__ import annotations

import httpx
import openai

NAME = "Maria Lopez"
PROMPT = f"Please call {NAME} about her results."


def test_echo_field_shows_the_pseudonymized_request_while_the_answer_is_restored(gateway_factory):
    url = gateway_factory(None)
    reply = openai.OpenAI(base_url=url + "/v1", api_key="x", max_retries=0).chat.completions.create(
        model="echo", messages=[{"role": "user", "content": PROMPT}]
    )
    left = reply.model_extra["hushgate_echo"]["messages"][0]["content"]
    assert NAME not in left and "<PERSON_1>" in left
    assert NAME in reply.choices[0].message.content  # restored for the client


def test_streamed_echo_carries_what_left_in_its_first_chunk(gateway_factory):
    url = gateway_factory(None)
    chunks = list(
        openai.OpenAI(base_url=url + "/v1", api_key="x", max_retries=0).chat.completions.create(
            model="echo", messages=[{"role": "user", "content": PROMPT}], stream=True
        )
    )
    left = chunks[0].model_extra["hushgate_echo"]["messages"][0]["content"]
    assert NAME not in left and "<PERSON_1>" in left


def test_completions_echo_shows_the_redacted_prompt(gateway_factory):
    url = gateway_factory(None)
    body = httpx.post(url + "/v1/completions", json={"model": "echo", "prompt": "SSN 536-22-8437"}).json()
    assert body["hushgate_echo"] == {"prompt": "SSN [REDACTED:US_SSN]"}
