"""The single permit decision, and the router asking it before every attempt."""

from __future__ import annotations

import pytest

from hushgate.errors import GatewayError
from hushgate.routing import Router
from hushgate.routing.allowlist import is_permitted
from tests.routing.builders import context, deployment, settings


def router() -> Router:
    s = settings({"g": {"deployments": [deployment("a"), deployment("b")], "fallbacks": ["h"]}, "h": {"deployments": [deployment("c")]}})
    return Router(s, {})  # no providers: any attempt to send would fail the test


def test_no_permit_decision_denies_every_deployment():
    # ctx.permits unset means the policy stage did not run: fail closed.
    with pytest.raises(GatewayError) as info:
        router().candidates(context("g", permits=None))
    assert info.value.status == 403


def test_permit_all_decision_keeps_group_then_fallback_order():
    assert [d.name for d in router().candidates(context("g"))] == ["a", "b", "c"]


def test_predicate_that_raises_denies():
    ctx = context("g")
    ctx.permits = lambda d: 1 / 0
    assert not is_permitted(ctx, router().candidates(context("g"))[0])


def test_predicate_returning_truthy_non_bool_denies():
    ctx = context("g")
    ctx.permits = lambda d: d.tags or "yes"  # a set or string is not a yes
    assert not is_permitted(ctx, router().candidates(context("g"))[0])


def test_denied_deployments_are_skipped_including_fallback_groups():
    ctx = context("g")
    ctx.permits = lambda d: d.name == "b"
    assert [d.name for d in router().candidates(ctx)] == ["b"]
    assert ("a", "not_permitted") in ctx.extras["routing"] and ("c", "not_permitted") in ctx.extras["routing"]


def test_nothing_permitted_is_a_403_before_any_attempt():
    ctx = context("g")
    ctx.permits = lambda d: False
    with pytest.raises(GatewayError) as info:
        router().candidates(ctx)
    assert info.value.status == 403 and ctx.attempts == 0


async def test_permission_revoked_after_planning_is_never_sent():
    asked: dict[str, int] = {}

    def once(d) -> bool:  # yes when planning, no at the moment of sending
        asked[d.name] = asked.get(d.name, 0) + 1
        return asked[d.name] == 1

    ctx = context("g")
    ctx.permits = once
    with pytest.raises(GatewayError) as info:
        await router().send(ctx)
    assert info.value.status == 403
    assert ctx.attempts == 0
    assert asked == {"a": 2, "b": 2, "c": 2}
