"""The one narrow interface every upstream adapter implements.

Adapters speak their provider's wire format on the outside and the canonical
(OpenAI-shaped) format on the inside, like httpx transports do for HTTP: the
router hands them an ``UpstreamCall`` and gets back a whole response or a
stream of chunks. Errors come back as ``UpstreamError`` with a status and a
sanitized code only: an upstream's error *message* may quote the prompt, so it
never travels further.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hushgate.sse import Chunk, JsonPayload

if TYPE_CHECKING:
    from hushgate.config import ProviderConfig

# A machine code ("context_length_exceeded", "DeploymentNotFound", "429"):
# a word, or a short number. Four digits in a row could be part of an
# identifier an upstream echoed from the prompt, so such codes are dropped.
_SAFE_CODE = re.compile(r"^(?:[0-9]{1,3}|[A-Za-z][A-Za-z0-9_.\-]{0,63})$")
_DIGIT_RUN = re.compile(r"[0-9]{4}")


@dataclass(eq=False)
class UpstreamCall:
    route: str
    body: dict[str, Any]
    request_id: str
    model: str  # the model name the upstream knows
    deployment_name: str = ""
    # The deployment's output limit, for APIs that require one (Anthropic's max_tokens).
    max_output_tokens: int | None = None


@dataclass(eq=False)
class UpstreamResponse:
    status: int
    payload: JsonPayload
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(eq=False)
class UpstreamError(Exception):
    """An upstream exchange that failed before any byte reached the client.

    ``kind`` is ``http`` (the upstream answered with an error status),
    ``timeout``, ``connect`` (refused, reset, DNS) or ``protocol`` (an answer we
    can't read, a redirect we won't follow).
    """

    kind: str
    status: int | None = None
    code: str | None = None
    retry_after: float | None = None

    def __post_init__(self) -> None:
        super().__init__(f"upstream {self.kind} error" + (f" {self.status}" if self.status else ""))

    @property
    def retryable(self) -> bool:
        if self.kind in ("timeout", "connect"):
            return True
        return self.kind == "http" and self.status is not None and (self.status == 429 or self.status >= 500)


def safe_error_code(body: Any) -> str | None:
    """The provider's machine-readable error code, if it is a plain token."""
    if not isinstance(body, dict):
        return None
    error = body.get("error", body)
    if isinstance(error, dict):
        for key in ("code", "type", "status"):
            value = error.get(key)
            if isinstance(value, str) and _SAFE_CODE.match(value) and not _DIGIT_RUN.search(value):
                return value
    return None


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # HTTP-date form: rare from LLM APIs; fall back to backoff


class Provider(ABC):
    """One configured upstream: owns its connection pool and credentials."""

    def __init__(self, name: str, config: ProviderConfig) -> None:
        self.name = name
        self.config = config

    @property
    def kind(self) -> str:
        return self.config.type

    @abstractmethod
    async def send(self, call: UpstreamCall) -> UpstreamResponse:
        """A whole (non-streamed) response, or ``UpstreamError``."""

    @abstractmethod
    async def open_stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        """Start a stream; returns once the upstream accepted it.

        Raises ``UpstreamError`` before returning if the upstream refused, so
        the router can still fail over. Errors after that end the iterator
        with ``StreamInterrupted``.
        """

    async def start(self) -> None:  # noqa: B027 - optional hook
        """Open pools; called once at application startup."""

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Close pools; called once at application shutdown."""


class StreamInterrupted(Exception):
    """The upstream stream broke after it had started."""
