"""Admin HTTP export for SIEM pull: ``GET /admin/audit/export``.

Protected by an admin token distinct from client API keys, sent as
``Authorization: Bearer <token>`` and checked by the caller-supplied
``admin_token_check`` (see :func:`hmac_token_check`: constant-time comparison
of HMAC digests, the token itself is never stored). Query parameters are
validated against fixed patterns and only ever compared as values, never
interpreted (there is no query language to inject into). Each export is
itself audited (``audit.export``) when an AuditLog is given.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path

from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .export import ExportFilter, parse_time, stream_export
from .files import AuditPathError
from .log import AuditLog
from .sinks import AuditWriteError
from .records import AuditEvent
from .signing import REGISTRY_NAME, KeyRegistry, SigningKeyError

_VALUE = re.compile(r"^[A-Za-z0-9_.:/@+-]{1,64}$")
_TIME = re.compile(r"^[0-9T:.+\-Zz ]{4,40}$")
_PARAMS = {"since", "until", "key", "decision", "class", "format"}
EXPORT_PATH = "/admin/audit/export"


def hmac_token_check(key: bytes, expected_digest_hex: str) -> Callable[[str], bool]:
    """A check comparing HMAC-SHA256(key, token) with a stored digest in constant time."""
    expected = bytes.fromhex(expected_digest_hex)

    def check(token: str) -> bool:
        return hmac.compare_digest(hmac.new(key, token.encode(), hashlib.sha256).digest(), expected)

    return check


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def routes(
    audit_dir: Path,
    admin_token_check: Callable[[str], bool],
    audit: AuditLog | None = None,
    key_registry: Path | None = None,
) -> list[Route]:
    registry_path = key_registry or audit_dir / REGISTRY_NAME

    async def export(request: Request) -> Response:
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        client = request.client.host if request.client else None
        if scheme.lower() != "bearer" or not token or not admin_token_check(token.strip()):
            if audit is not None:  # invalid access attempts to audit logs are themselves audited
                _audit(audit, AuditEvent(event_type="auth.failure", route=EXPORT_PATH, status=401, client_address=client))
            return _error(401, "unauthorized", "admin token required")
        params = request.query_params
        unknown = set(params.keys()) - _PARAMS
        if unknown:
            return _error(400, "invalid_parameter", f"unknown parameter {sorted(unknown)[0][:32]!r}")
        fmt = params.get("format", "jsonl")
        if fmt not in ("jsonl", "csv"):
            return _error(400, "invalid_parameter", "format must be jsonl or csv")
        try:
            flt = ExportFilter(
                since=_time(params.get("since")),
                until=_time(params.get("until")),
                key_id=_value(params.get("key"), "key"),
                decision=_value(params.get("decision"), "decision"),
                data_class=_value(params.get("class"), "class"),
            )
        except ValueError as exc:
            return _error(400, "invalid_parameter", str(exc))
        try:
            registry = KeyRegistry.load(registry_path)
        except SigningKeyError:
            return _error(503, "registry_unavailable", "audit key registry is unavailable")
        paths = [audit_dir]
        try:
            stream = stream_export(paths, flt, registry, fmt)  # type: ignore[arg-type]
            first = await run_in_threadpool(next, stream, b"")
        except AuditPathError:
            return _error(404, "no_audit_files", "no audit files to export")
        if audit is not None:
            _audit(audit, AuditEvent(event_type="audit.export", route=EXPORT_PATH, status=200, client_address=client))

        async def body() -> AsyncIterator[bytes]:
            yield first
            async for chunk in iterate_in_threadpool(stream):
                yield chunk

        media = "application/x-ndjson" if fmt == "jsonl" else "text/csv; charset=utf-8"
        return StreamingResponse(body(), media_type=media, headers={"cache-control": "no-store"})

    return [Route(EXPORT_PATH, export, methods=["GET"])]


def _audit(audit: AuditLog, event: AuditEvent) -> None:
    try:
        audit.record_nowait(event)
    except AuditWriteError:
        pass  # the sink failure is already alerted; an export is not a regulated request


def _value(raw: str | None, name: str) -> str | None:
    if raw is None:
        return None
    if not _VALUE.match(raw):
        raise ValueError(f"{name} has characters outside [A-Za-z0-9_.:/@+-] or is too long")
    return raw


def _time(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    if not _TIME.match(raw):
        raise ValueError("since/until must be RFC 3339 times or dates")
    try:
        return parse_time(raw)
    except ValueError:
        raise ValueError("since/until must be RFC 3339 times or dates") from None
