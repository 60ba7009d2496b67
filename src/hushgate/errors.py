"""Errors in OpenAI's wire shape.

Every failure the gateway reports becomes a ``GatewayError``: a closed set of
fields (message, type, param, code) with a message the gateway wrote itself.
Nothing from the request body or an upstream error body is ever copied into
it, so an error can't echo a prompt back (CWE-209).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import orjson
from starlette.responses import Response


@dataclass(eq=False)
class GatewayError(Exception):
    status: int
    message: str
    type: str = "invalid_request_error"
    code: str | None = None
    param: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def body(self) -> bytes:
        return orjson.dumps(
            {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}
        )

    def response(self, extra_headers: dict[str, str] | None = None) -> Response:
        headers = {**self.headers, **(extra_headers or {})}
        return Response(self.body(), status_code=self.status, media_type="application/json", headers=headers)


def bad_request(message: str, *, param: str | None = None, code: str | None = "invalid_request") -> GatewayError:
    return GatewayError(400, message, "invalid_request_error", code, param)


def unauthorized(message: str = "Invalid or missing API key.") -> GatewayError:
    return GatewayError(401, message, "authentication_error", "invalid_api_key")


def forbidden(message: str, *, code: str = "policy_denied") -> GatewayError:
    return GatewayError(403, message, "permission_error", code)


def not_found(message: str, *, code: str = "not_found", param: str | None = None) -> GatewayError:
    return GatewayError(404, message, "invalid_request_error", code, param)


def model_not_found(model: str) -> GatewayError:
    # The name is not repeated: a client-controlled string stays out of responses.
    del model
    return GatewayError(
        404, "The requested model does not exist or you do not have access to it.", code="model_not_found", param="model"
    )


def payload_too_large(limit: int) -> GatewayError:
    return GatewayError(413, f"Request body exceeds the limit of {limit} bytes.", code="request_too_large")


def upstream_timeout() -> GatewayError:
    return GatewayError(504, "The upstream provider timed out.", "upstream_error", "upstream_timeout")


def upstream_unavailable(detail: str = "The upstream provider could not be reached.") -> GatewayError:
    return GatewayError(502, detail, "upstream_error", "upstream_unavailable")


def internal_error() -> GatewayError:
    return GatewayError(500, "Internal gateway error.", "server_error", "internal_error")


def service_unavailable(message: str, *, code: str) -> GatewayError:
    return GatewayError(503, message, "server_error", code)
