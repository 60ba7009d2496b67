"""The allowlist is a hard wall: generated policies x requests x routing outcomes.

For every generated policy, request (entities, declared class, model, stream)
and set of failing deployments (retries, failover, fallback chains), every
request that reaches a (recording) upstream went to a deployment allowed for
*every* class the request carries. The oracle below is written independently
of the engine: it knows which entities each canned snippet contains and
matches grants itself.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hushgate.app import create_app
from hushgate.config import Settings
from hushgate.detection import DetectionConfig, Detector
from hushgate.providers.base import UpstreamCall, UpstreamError, UpstreamResponse
from hushgate.providers.echo import EchoProvider
from hushgate.sse import Chunk
from tests.conftest import TEST_SECRET

DEPLOYMENTS = {  # name: (group, provider, tags)
    "d1": ("alpha", "p1", []),
    "d2": ("alpha", "p2", ["baa"]),
    "d3": ("beta", "p3", ["in_vpc"]),
    "d4": ("beta", "p1", ["baa", "in_vpc"]),
    "d5": ("gamma", "p2", []),
    "d6": ("gamma", "p3", ["pci"]),
}
FALLBACKS = {"alpha": ["beta"], "beta": [], "gamma": ["alpha"]}
SNIPPETS = {  # text: the entity types it certainly contains
    "Please call Maria Whitaker tomorrow.": {"PERSON"},
    "Mail maria.whitaker@example.org today.": {"EMAIL_ADDRESS"},
    "Her SSN is 219-09-9999.": {"US_SSN"},
    "Charge card 4111 1111 1111 1111.": {"CREDIT_CARD"},
    "Patient MRN: 84736291 was seen.": {"MEDICAL_RECORD_NUMBER"},
    "What is the weather like?": set(),
}
ENTITIES = ["PERSON", "EMAIL_ADDRESS", "US_SSN", "CREDIT_CARD", "MEDICAL_RECORD_NUMBER"]
CLASSES = ["PUBLIC", "LOW", "MID", "HIGH"]
_DETECTOR = Detector(DetectionConfig(default_threshold=0.4))


class RecordingProvider(EchoProvider):
    def __init__(self, name: str, config: Any, failing: set[str], log: list[str]) -> None:
        super().__init__(name, config)
        self.failing = failing
        self.log = log

    def _arrive(self, call: UpstreamCall) -> None:
        self.log.append(call.deployment_name)
        if call.deployment_name in self.failing:
            raise UpstreamError("http", status=503)

    async def send(self, call: UpstreamCall) -> UpstreamResponse:
        self._arrive(call)
        return await super().send(call)

    async def open_stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        self._arrive(call)
        return await super().open_stream(call)


grants = st.one_of(
    st.just({"any": True}),
    st.just({"any": True}),  # twice: more requests get through, so more deliveries are checked
    st.builds(lambda p: {"providers": p}, st.lists(st.sampled_from(["p1", "p2", "p3"]), min_size=1, max_size=2, unique=True)),
    st.builds(lambda t: {"tags": t}, st.lists(st.sampled_from(["baa", "in_vpc", "pci"]), min_size=1, max_size=2, unique=True)),
    st.builds(lambda d: {"deployments": d}, st.lists(st.sampled_from(sorted(DEPLOYMENTS)), min_size=1, max_size=3, unique=True)),
    st.builds(lambda m: {"models": m}, st.lists(st.sampled_from(["alpha", "beta", "gamma"]), min_size=1, max_size=2, unique=True)),
)


@st.composite
def policies(draw: st.DrawFn) -> dict[str, Any]:
    owner = {e: draw(st.sampled_from(CLASSES)) for e in ENTITIES}
    classes = []
    for name in CLASSES:
        actions = {e: draw(st.sampled_from(["allow", "redact", "pseudonymize", "hash", "mask"])) for e in ENTITIES}
        rule: dict[str, Any] = {
            "name": name,
            "entities": [e for e in ENTITIES if owner[e] == name],
            "actions": actions,
            "allow": draw(st.lists(grants, max_size=3)),
        }
        if draw(st.booleans()):
            rule.update(on_model_denied="reroute", reroute_to=draw(st.sampled_from(["alpha", "beta", "gamma"])))
        classes.append(rule)
    return {"version": 1, "id": "generated", "detection": {"min_score": 0.4}, "classes": classes}


def matches(grant: dict[str, Any], name: str) -> bool:
    group, provider, tags = DEPLOYMENTS[name]
    if grant.get("any"):
        return True
    return (
        provider in grant.get("providers", [provider])
        and group in grant.get("models", [group])
        and name in grant.get("deployments", [name])
        and set(grant.get("tags", [])) <= set(tags)
    )


def settings_for(policy_path: Path) -> Settings:
    return Settings(
        server={"auth": {"mode": "disabled"}},
        providers={p: {"type": "echo"} for p in ("p1", "p2", "p3")},
        models={
            g: {"deployments": [{"name": n, "provider": p, "tags": t} for n, (gg, p, t) in DEPLOYMENTS.items() if gg == g],
                "fallbacks": FALLBACKS[g]}
            for g in FALLBACKS
        },  # fmt: skip
        routing={"retry": {"max_retries": 1, "backoff_base_s": 0.001, "backoff_max_s": 0.002}},
        policy={"file": policy_path},
        audit={"enabled": False},  # this test is about the wall; the audit suite covers records
    )


async def send(app: Any, body: dict[str, Any], headers: dict[str, str]) -> int:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        if body.get("stream"):
            async with c.stream("POST", "/v1/chat/completions", json=body, headers=headers) as r:
                async for _ in r.aiter_bytes():
                    pass
                return r.status_code
        return (await c.post("/v1/chat/completions", json=body, headers=headers)).status_code


@pytest.fixture(autouse=True)
def _shared_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hushgate.policy.reload.default_detector_factory", lambda floor: _DETECTOR)


@settings(max_examples=100, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    policy=policies(),
    snippets=st.lists(st.sampled_from(sorted(SNIPPETS)), min_size=1, max_size=3, unique=True),
    declared=st.one_of(st.none(), st.sampled_from(CLASSES)),
    model=st.sampled_from(["alpha", "beta", "gamma"]),
    failing=st.sets(st.sampled_from(sorted(DEPLOYMENTS)), max_size=3),
    stream=st.booleans(),
)
def test_no_request_reaches_a_deployment_outside_its_classes_allowlists(
    policy: dict[str, Any], snippets: list[str], declared: str | None, model: str, failing: set[str], stream: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "policy.yaml"
        path.write_text(yaml.safe_dump(policy))
        app = create_app(settings_for(path), secret=TEST_SECRET)
    gateway = app.state.gateway
    arrived: list[str] = []
    for name in list(gateway.providers):
        gateway.providers[name] = RecordingProvider(name, gateway.settings.providers[name], failing, arrived)
    body = {"model": model, "messages": [{"role": "user", "content": " ".join(snippets)}], "stream": stream}
    headers = {"x-hushgate-data-class": declared} if declared else {}
    status = asyncio.run(send(app, body, headers))

    event(f"status {status}, {'delivered' if arrived else 'nothing sent'}")
    owner = {e: c["name"] for c in policy["classes"] for e in c["entities"]}
    present = {"PUBLIC", *(owner[e] for s in snippets for e in SNIPPETS[s]), *([declared] if declared else [])}
    allowlists = {c["name"]: c["allow"] for c in policy["classes"]}
    for name in arrived:
        for cls in present:
            assert any(matches(g, name) for g in allowlists[cls]), f"{name} reached with {cls} data"
    if status == 200 and not stream:
        assert arrived and arrived[-1] not in failing
