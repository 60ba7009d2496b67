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
    processors = (
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        keep_allowed_fields,  # always the last step before rendering
        _render,
    )
    min_level = logging.getLevelName(level.upper())
    structlog.configure(
        processors=list(processors),
        wrapper_class=structlog.make_filtering_bound_logger(min_level),
        logger_factory=structlog.BytesLoggerFactory(stream or sys.stdout.buffer),
        cache_logger_on_first_use=False,
    )
    # Uvicorn's access log prints paths and peers, its error log tracebacks
    # whose messages could quote data: we log requests ourselves.
    logging.getLogger("uvicorn.access").disabled = True
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    logging.getLogger("aiohttp").setLevel(logging.CRITICAL)
    global _logger, _access
    # Bound once per configuration: a lazy proxy re-binds on every call,
    # which was a third of the core's per-request CPU.
    _logger = structlog.get_logger("hushgate").bind()
    _access = _access_writer(processors, _logger._logger) if _logger.is_enabled_for(logging.INFO) else None


def _access_writer(processors: tuple[Any, ...], sink: Any) -> Any:
    """The per-request "request" line: the configured processor chain, called directly.

    What ``get_logger().info("request", **fields)`` does, without structlog's
    per-call dispatch (context copy, keyword packing): the same processors in
    the same order, so the allowlist is still the last step before rendering,
    and the same sink.
    """

    def access(fields: dict[str, Any]) -> None:
        fields["event"] = "request"
        event: Any = fields
        for processor in processors:
            event = processor(sink, "info", event)
        sink.msg(event)

    return access


_logger: structlog.typing.FilteringBoundLogger | None = None
_access: Any = None


def access_writer() -> Any:
    """The access-line writer (takes the fields dict), or None when info lines are filtered out."""
    if _logger is None:
        configure_logging()
    return _access


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
