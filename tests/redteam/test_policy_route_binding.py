"""A policy bound to the chat route governs chat in every dialect.

/v1/messages (Anthropic) and /v1/responses translate to the same chat
request; before, a binding on ``chat.completions`` did not apply to them,
so a client could pick the weaker default policy by switching SDK.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import yaml

from tests.conftest import upstream_config

NAME = "Maria Lopez"


def strict_chat_policy(tmp_path: Path) -> dict:
    doc = yaml.safe_load(Path("policies/default.yaml").read_text())
    doc["id"] = "strict-chat"
    for cls in doc["classes"]:
        cls.setdefault("actions", {})["PERSON"] = "block"
    path = tmp_path / "strict.yaml"
    path.write_text(yaml.safe_dump(doc))
    return {"bindings": [{"route": "chat.completions", "file": str(path)}]}


CALLS = {
    "chat": ("/v1/chat/completions", {"messages": [{"role": "user", "content": f"I am {NAME} from Boston."}]}),
    "anthropic_messages": ("/v1/messages", {"max_tokens": 8, "messages": [{"role": "user", "content": f"I am {NAME} from Boston."}]}),
    "responses": ("/v1/responses", {"input": f"I am {NAME} from Boston."}),
}


@pytest.mark.parametrize("dialect", list(CALLS))
def test_chat_route_binding_applies_to_every_chat_dialect(dialect, tmp_path, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream, policy=strict_chat_policy(tmp_path)))
    path, body = CALLS[dialect]
    response = httpx.post(url + path, json={"model": "gpt-test", **body})
    assert response.status_code == 403 and not mock.received


def test_binding_on_the_dialect_route_still_wins(tmp_path, gateway_factory, mock_openai):
    _, upstream = mock_openai
    policy = strict_chat_policy(tmp_path)
    policy["bindings"].append({"route": "anthropic.messages", "file": "policies/default.yaml"})
    url = gateway_factory(upstream_config(upstream, policy=policy))
    path, body = CALLS["anthropic_messages"]
    assert httpx.post(url + path, json={"model": "gpt-test", **body}).status_code == 200
