"""Upstream failures as the client sees them (codes only, never upstream text)."""

from __future__ import annotations

from hushgate.errors import GatewayError, upstream_timeout, upstream_unavailable
from hushgate.providers.base import UpstreamError


def gateway_error_for(exc: UpstreamError) -> GatewayError:
    if exc.kind == "timeout":
        return upstream_timeout()
    if exc.kind == "http" and exc.status is not None and 400 <= exc.status < 500:
        code = exc.code or "upstream_rejected"
        err = GatewayError(
            exc.status,
            f"The upstream provider rejected the request (status {exc.status}, code {code}).",
            "rate_limit_error" if exc.status == 429 else "invalid_request_error",
            code,
        )
        if exc.retry_after is not None:
            err.headers["retry-after"] = str(int(exc.retry_after + 0.999))
        return err
    if exc.kind == "http":
        return upstream_unavailable(f"The upstream provider failed (status {exc.status}).")
    return upstream_unavailable()
