"""The model registry: deployments resolved from config, named once."""

from __future__ import annotations

import pytest

from hushgate.routing import Router
from tests.routing.builders import deployment, settings


def test_deployment_defaults_to_provider_slash_group_name():
    s = settings({"gpt-x": {"deployments": [{"provider": "mock"}]}})
    (d,) = Router(s, {}).registry.groups["gpt-x"].deployments
    assert (d.name, d.model, d.provider_type) == ("mock/gpt-x", "gpt-x", "openai_compatible")


def test_one_deployment_name_for_two_upstreams_is_refused():
    s = settings({"g": {"deployments": [deployment("a")]}, "h": {"deployments": [{**deployment("a"), "model": "other"}]}})
    with pytest.raises(ValueError, match="already names a different"):
        Router(s, {})


def test_one_deployment_may_serve_several_groups():
    s = settings({"g": {"deployments": [deployment("a")]}, "h": {"deployments": [deployment("a")], "fallbacks": ["g"]}})
    assert [d.name for d in Router(s, {}).registry.chains["h"][1].deployments] == ["a"]
