"""What a request needs from a deployment, and which deployments can give it.

Token counts are estimated as characters / 4 over the client text the
pipeline already extracted (OpenAI's rule of thumb for English). It is an
estimate: it keeps obviously oversized prompts away from small context
windows; the upstream stays the judge of the exact count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hushgate.canonical import ROUTE_CHAT, ROUTE_EMBEDDINGS, CanonicalRequest
from hushgate.routing.registry import ResolvedDeployment

_IMAGE_PARTS = frozenset({"image_url", "image"})
CHARS_PER_TOKEN = 4

# Reason codes, also used in ctx.extras["routing"] and in the 400 message.
MISSING_TOOLS = "tools"
MISSING_VISION = "vision"
MISSING_JSON_SCHEMA = "json_schema"
MISSING_STREAMING = "streaming"
MISSING_EMBEDDINGS = "embeddings"
OVER_CONTEXT_WINDOW = "context_window"
OVER_MAX_OUTPUT = "max_output_tokens"

_EXPLAIN = {
    MISSING_TOOLS: "tool calling",
    MISSING_VISION: "image input",
    MISSING_JSON_SCHEMA: "json_schema response format",
    MISSING_STREAMING: "streaming",
    MISSING_EMBEDDINGS: "embeddings",
    OVER_CONTEXT_WINDOW: "a context window large enough for this request",
    OVER_MAX_OUTPUT: "the requested max output tokens",
}


@dataclass(slots=True)  # built per request: a frozen dataclass's __init__ costs several times more
class Needs:
    tools: bool = False
    vision: bool = False
    json_schema: bool = False
    streaming: bool = False
    embeddings: bool = False
    prompt_tokens: int = 0
    output_tokens: int | None = None  # the client's max_tokens, if it set one


def _has_images(body: dict[str, Any]) -> bool:
    for message in body.get("messages") or ():
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and part.get("type") in _IMAGE_PARTS:
                    return True
    return False


def needs_of(request: CanonicalRequest) -> Needs:
    body = request.body
    chars = sum([len(segment.text) for segment in request.segments])
    output = body.get("max_completion_tokens") or body.get("max_tokens")
    response_format = body.get("response_format")
    return Needs(
        tools=bool(body.get("tools") or body.get("functions")),
        vision=request.route == ROUTE_CHAT and _has_images(body),
        json_schema=isinstance(response_format, dict) and response_format.get("type") == "json_schema",
        streaming=request.stream,
        embeddings=request.route == ROUTE_EMBEDDINGS,
        prompt_tokens=chars // CHARS_PER_TOKEN,
        output_tokens=output if isinstance(output, int) and output > 0 else None,
    )


def unmet(deployment: ResolvedDeployment, needs: Needs) -> str | None:
    """The first thing ``deployment`` lacks for this request, or None if it can serve it."""
    caps = deployment.capabilities
    if needs.embeddings and caps.embeddings is False:
        return MISSING_EMBEDDINGS
    if needs.tools and not caps.tools:
        return MISSING_TOOLS
    if needs.vision and not caps.vision:
        return MISSING_VISION
    if needs.json_schema and not caps.json_schema:
        return MISSING_JSON_SCHEMA
    if needs.streaming and not caps.streaming:
        return MISSING_STREAMING
    if needs.output_tokens is not None and needs.output_tokens > caps.max_output_tokens:
        return OVER_MAX_OUTPUT
    if needs.prompt_tokens + (needs.output_tokens or 0) > caps.context_window:
        return OVER_CONTEXT_WINDOW
    return None


def explain(missing: set[str]) -> str:
    """A 400 message naming what no deployment offered (no request content)."""
    wanted = ", ".join(_EXPLAIN[m] for m in sorted(missing))
    return f"No deployment of this model supports what the request needs: {wanted}."
