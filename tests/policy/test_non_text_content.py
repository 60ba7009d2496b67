"""A policy may refuse content the detectors cannot read: images, audio, files."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import upstream_config

IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg=="}}
TEXT = {"type": "text", "text": "What does this scan show?"}


def start(gateway_factory, mock_openai, policy: str | None) -> str:
    config = upstream_config(mock_openai[1])
    config["models"]["gpt-test"]["deployments"][0]["capabilities"] = {"vision": True}
    if policy:
        config["policy"] = {"file": f"policies/{policy}.yaml"}
    return gateway_factory(config)


@pytest.mark.parametrize("policy", ["hipaa-safe-harbor", "strict"])
def test_policy_that_blocks_non_text_content_refuses_an_image(gateway_factory, mock_openai, policy):
    url = start(gateway_factory, mock_openai, policy)
    response = httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "messages": [{"role": "user", "content": [TEXT, IMAGE]}]})
    assert response.status_code == 403
    assert "non_text_content" in response.json()["error"]["message"]
    assert mock_openai[0].received == []


def test_the_same_policy_lets_text_only_requests_through(gateway_factory, mock_openai):
    url = start(gateway_factory, mock_openai, "hipaa-safe-harbor")
    response = httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "messages": [{"role": "user", "content": [TEXT]}]})
    assert response.status_code == 200


def test_default_policy_passes_images_through_as_data(gateway_factory, mock_openai):
    url = start(gateway_factory, mock_openai, None)
    response = httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "messages": [{"role": "user", "content": [TEXT, IMAGE]}]})
    assert response.status_code == 200
    assert mock_openai[0].last.json["messages"][0]["content"][1] == IMAGE


def test_diff_names_relaxing_it_as_looser(tmp_path, capsys):
    from hushgate.cli import main

    relaxed = tmp_path / "relaxed.yaml"
    relaxed.write_text(open("policies/strict.yaml").read().replace("non_text_content: block", "non_text_content: allow"))
    main(["policy", "diff", "policies/strict.yaml", str(relaxed)])
    out = capsys.readouterr().out
    assert "images, audio and files: block -> allow" in out
    assert out.index("images, audio and files") > out.lower().index("through")  # listed among what the new one lets through
