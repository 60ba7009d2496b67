"""Admin endpoints for the policy set: status and atomic reload.

Authenticated with the admin token (separate from client keys). Answers carry
policy ids, versions and ``file:line: message`` problems, never file content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from hushgate.errors import GatewayError

if TYPE_CHECKING:
    from hushgate.gateway import Gateway

_HEADERS = {"cache-control": "no-store"}


def _denied() -> Response:
    return GatewayError(401, "Admin token required.", "authentication_error", "invalid_admin_token").response(_HEADERS)


def policy_routes(gateway: Gateway) -> list[BaseRoute]:
    async def status(request: Request) -> Response:
        if not gateway.admin.check(request.headers):
            return _denied()
        return Response(orjson.dumps(gateway.policy.status()), media_type="application/json", headers=_HEADERS)

    async def reload(request: Request) -> Response:
        if not gateway.admin.check(request.headers):
            return _denied()
        result = gateway.policy.reload()
        body = {"reloaded": result.ok, "policies": result.policies, "errors": result.errors}
        return Response(orjson.dumps(body), 200 if result.ok else 422, media_type="application/json", headers=_HEADERS)

    return [
        Route("/admin/policy", status, methods=["GET"]),
        Route("/admin/policy/reload", reload, methods=["POST"]),
    ]
