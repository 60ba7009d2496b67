"""The routing: section of the config file."""

from __future__ import annotations

import pytest
import yaml

from hushgate.config import ConfigError, load_settings


def write(tmp_path, routing: dict) -> str:
    path = tmp_path / "hushgate.yaml"
    path.write_text(yaml.safe_dump({"routing": routing}))
    return str(path)


def test_defaults_follow_the_security_checklist(tmp_path):
    routing = load_settings(write(tmp_path, {})).routing
    assert routing.retry.max_retries == 2  # SEC-61: at most 2
    assert routing.retry.on_status == [429, 502, 503, 504]
    assert routing.retry.budget_ratio == 0.2 and routing.retry.budget_min_retries == 3
    assert routing.breaker.failure_threshold == 5 and routing.breaker.cooldown_s == 30  # SEC-62


def test_unknown_routing_key_is_refused_naming_its_path(tmp_path):
    with pytest.raises(ConfigError, match="routing.retry.max_retires"):
        load_settings(write(tmp_path, {"retry": {"max_retires": 1}}))


def test_out_of_range_value_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="routing.breaker.failure_threshold"):
        load_settings(write(tmp_path, {"breaker": {"failure_threshold": 0}}))


def test_environment_overrides_a_nested_knob(tmp_path, monkeypatch):
    monkeypatch.setenv("HUSHGATE_ROUTING__RETRY__MAX_RETRIES", "0")
    assert load_settings(write(tmp_path, {"retry": {"max_retries": 2}})).routing.retry.max_retries == 0
