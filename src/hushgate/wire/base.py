"""What an inbound wire format provides to the shared proxy endpoint.

The pipeline only ever sees the canonical (OpenAI-shaped) request and
response; a wire format translates the client's dialect in and out. OpenAI's
chat/completions/embeddings, Anthropic Messages and OpenAI Responses are
implementations.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from starlette.responses import Response

from hushgate.canonical import CanonicalRequest
from hushgate.errors import GatewayError
from hushgate.sse import Chunk, JsonPayload

if TYPE_CHECKING:
    from hushgate.pipeline import RequestContext


class WireFormat(Protocol):
    #: name for logs and audit, e.g. "chat.completions" or "anthropic.messages"
    name: str

    def parse(self, body: dict[str, Any], headers: Mapping[str, str]) -> CanonicalRequest:
        """Validate the client's body and translate it; raise GatewayError (400) on bad input."""

    def response_body(self, ctx: RequestContext, payload: JsonPayload) -> bytes:
        """The client's response body from the canonical response."""

    def stream_frames(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[bytes]:
        """SSE frames for the client, terminal frame included."""

    def stream_error_frame(self, error: GatewayError) -> bytes:
        """The frame that tells the client a started stream failed."""

    def error_response(self, error: GatewayError, headers: dict[str, str]) -> Response:
        """A complete error response in the client's dialect."""
