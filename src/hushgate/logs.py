"""Content-free logging: structlog with an allowlist as the last processor.

Every log line passes ``keep_allowed_fields`` just before rendering, so a
field carrying a prompt, a header or an exception message is dropped even if
some code path adds it by mistake. Exceptions are reduced to their type name.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import IO, Any

import orjson
import structlog

ALLOWED_FIELDS = frozenset(
    {
        "event", "level", "timestamp", "request_id", "route", "method", "status", "latency_ms",
        "ttfb_ms", "model", "provider", "deployment", "bytes_in", "bytes_out", "attempts",
        "error_code", "error_type", "cache", "data_classes", "decision", "key_id", "team",
        "stream", "host", "port", "workers", "config", "providers", "models", "auth", "reason",
        "policy_id", "policy_version", "entity_count", "stage", "key_fingerprint", "chain",
    }
)  # fmt: skip

# Fields whose values are always short code-chosen tokens; anything longer is
# not what we meant to log.
_MAX_VALUE_CHARS = 200


def keep_allowed_fields(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    exc_info = event_dict.pop("exc_info", None)
    kept = {}
    for key, value in event_dict.items():
        if key not in ALLOWED_FIELDS:
            continue
        if isinstance(value, str) and len(value) > _MAX_VALUE_CHARS:
            value = value[:_MAX_VALUE_CHARS]
        kept[key] = value
    if exc_info:
        exc = exc_info[1] if isinstance(exc_info, tuple) else (exc_info if isinstance(exc_info, BaseException) else None)
        if exc is not None:
            kept["error_type"] = type(exc).__name__
    return kept


def _render(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> bytes:
    return orjson.dumps(event_dict, default=str)


def configure_logging(level: str = "info", stream: IO[bytes] | None = None) -> None:
    """One JSON line per event on stdout (or ``stream``)."""
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            keep_allowed_fields,
            _render,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.BytesLoggerFactory(stream or sys.stdout.buffer),
        cache_logger_on_first_use=False,
    )
    # Uvicorn's access log prints paths and peers, its error log tracebacks
    # whose messages could quote data: we log requests ourselves.
    logging.getLogger("uvicorn.access").disabled = True
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    logging.getLogger("aiohttp").setLevel(logging.CRITICAL)
    global _logger
    # Bound once per configuration: a lazy proxy re-binds on every call,
    # which was a third of the core's per-request CPU.
    _logger = structlog.get_logger("hushgate").bind()


_logger: structlog.typing.FilteringBoundLogger | None = None


def ensure_configured(level: str = "info") -> None:
    """Content-free logging unless someone configured it already.

    Every structlog logger in the process (cache, audit...) then renders
    through the allowlist, even in an app embedded without ``hushgate serve``.
    """
    if _logger is None:
        configure_logging(level)


def get_logger() -> structlog.typing.FilteringBoundLogger:
    """The gateway's logger under the current configuration.

    Never structlog's development default: it prints tracebacks with every
    frame's local variables (request text) when an app is embedded without
    ``hushgate serve``. Unconfigured means the content-free JSON lines.
    """
    if _logger is None:
        configure_logging()
    assert _logger is not None
    return _logger
