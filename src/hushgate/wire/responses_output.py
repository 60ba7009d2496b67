"""Canonical chat completions (whole or streamed) as Responses API output.

A chat choice becomes output items: a ``message`` item with an
``output_text`` part for the text, one ``function_call`` item per tool call
(its ``call_id`` is the chat tool-call id, unchanged). A stream becomes the
Responses event sequence, each event framed with ``event:`` and numbered
with ``sequence_number`` as the SDK expects.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from hushgate.errors import GatewayError

# finish_reason -> incomplete_details.reason; anything else completes normally.
INCOMPLETE_REASONS = {"length": "max_output_tokens", "content_filter": "content_filter"}


@dataclass
class ResponseEcho:
    """Request settings the response object reports back (no client text)."""

    tools: list[Any] = field(default_factory=list)
    tool_choice: Any = "auto"
    temperature: float | None = None
    top_p: float | None = None
    max_output_tokens: int | None = None
    parallel_tool_calls: bool = True
    text: Any = field(default_factory=lambda: {"format": {"type": "text"}})


def usage_of(chat_usage: Any) -> dict[str, Any] | None:
    if not isinstance(chat_usage, dict):
        return None
    prompt = int(chat_usage.get("prompt_tokens") or 0)
    completion = int(chat_usage.get("completion_tokens") or 0)
    cached = (chat_usage.get("prompt_tokens_details") or {}).get("cached_tokens") or 0
    reasoning = (chat_usage.get("completion_tokens_details") or {}).get("reasoning_tokens") or 0
    return {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": cached, "cache_write_tokens": 0},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": reasoning},
        "total_tokens": int(chat_usage.get("total_tokens") or prompt + completion),
    }


def _shell(response_id: str, echo: ResponseEcho, model: str, created_at: int, status: str) -> dict[str, Any]:
    return {
        "id": response_id,
        "object": "response",
        "created_at": created_at,
        "status": status,
        "model": model,
        "output": [],
        "usage": None,
        "error": None,
        "incomplete_details": None,
        # Not echoed: the canonical copy may be redacted, and the client has its own.
        "instructions": None,
        "metadata": {},
        "parallel_tool_calls": echo.parallel_tool_calls,
        "tool_choice": echo.tool_choice,
        "tools": echo.tools,
        "temperature": echo.temperature,
        "top_p": echo.top_p,
        "max_output_tokens": echo.max_output_tokens,
        "previous_response_id": None,
        "store": False,
        "text": echo.text,
        "truncation": "disabled",
    }


def _finish(response: dict[str, Any], finish_reason: Any) -> None:
    reason = INCOMPLETE_REASONS.get(finish_reason) if isinstance(finish_reason, str) else None
    response["status"] = "incomplete" if reason else "completed"
    response["incomplete_details"] = {"reason": reason} if reason else None


def _part(kind: str, text: str) -> dict[str, Any]:
    if kind == "refusal":
        return {"type": "refusal", "refusal": text}
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def _message_item(item_id: str, text: str, refusal: str | None, status: str) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if text:
        content.append(_part("output_text", text))
    if refusal:
        content.append(_part("refusal", refusal))
    return {"type": "message", "id": item_id, "status": status, "role": "assistant", "content": content}


def _call_item(item_id: str, call_id: str, name: str, arguments: str, status: str) -> dict[str, Any]:
    return {"type": "function_call", "id": item_id, "call_id": call_id, "name": name, "arguments": arguments, "status": status}


def response_object(response_id: str, echo: ResponseEcho, chat: dict[str, Any]) -> dict[str, Any]:
    """A whole ``response`` object from a ``chat.completion``."""
    suffix = response_id.removeprefix("resp_")
    response = _shell(response_id, echo, str(chat.get("model") or ""), int(chat.get("created") or time.time()), "completed")
    choice = (chat.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    content, refusal = message.get("content"), message.get("refusal")
    if content or refusal:
        response["output"].append(_message_item(f"msg_{suffix}", content or "", refusal, "completed"))
    for i, call in enumerate(message.get("tool_calls") or ()):
        function = call.get("function") or {}
        response["output"].append(
            _call_item(f"fc_{suffix}_{i}", call.get("id", ""), function.get("name", ""), function.get("arguments", ""), "completed")
        )
    _finish(response, choice.get("finish_reason"))
    response["usage"] = usage_of(chat.get("usage"))
    return response


@dataclass
class _OpenCall:
    output_index: int
    item_id: str
    call_id: str
    name: str
    arguments: list[str] = field(default_factory=list)


class StreamTranslator:
    """Chat chunks in, Responses SSE frames out; one instance per request."""

    def __init__(self, response_id: str, echo: ResponseEcho, model: str) -> None:
        self.response = _shell(response_id, echo, model, int(time.time()), "in_progress")
        self._suffix = response_id.removeprefix("resp_")
        self._sequence = 0
        self._text: list[str] | None = None  # the open message item's text
        self._text_index = -1
        self._text_kind = "output_text"  # or "refusal"
        self._calls: dict[int, _OpenCall] = {}  # by chat tool-call index
        self._finish_reason: Any = None

    def _event(self, kind: str, **fields: Any) -> bytes:
        payload = orjson.dumps({"type": kind, "sequence_number": self._sequence, **fields})
        self._sequence += 1
        return b"event: " + kind.encode() + b"\ndata: " + payload + b"\n\n"

    def start(self) -> Iterator[bytes]:
        yield self._event("response.created", response=self.response)
        yield self._event("response.in_progress", response=self.response)

    def feed(self, chunk: dict[str, Any]) -> Iterator[bytes]:
        if chunk.get("model"):
            self.response["model"] = chunk["model"]
        if chunk.get("usage"):
            self.response["usage"] = usage_of(chunk["usage"])
        for choice in chunk.get("choices") or ():
            if choice.get("index", 0) != 0:
                continue  # the Responses API has no n > 1
            delta = choice.get("delta") or {}
            if delta.get("content"):
                yield from self._text_delta(delta["content"], "output_text")
            if delta.get("refusal"):
                yield from self._text_delta(delta["refusal"], "refusal")
            for call in delta.get("tool_calls") or ():
                yield from self._call_delta(call)
            if choice.get("finish_reason"):
                self._finish_reason = choice["finish_reason"]

    def finish(self) -> Iterator[bytes]:
        yield from self._close_all()
        _finish(self.response, self._finish_reason)
        kind = "response.completed" if self.response["status"] == "completed" else "response.incomplete"
        yield self._event(kind, response=self.response)

    def fail(self, error: GatewayError) -> bytes:
        """The sequenced ``error`` event for a stream that broke after it started."""
        return self._event("error", code=error.code, message=error.message, param=None)

    def _item_added(self, item: dict[str, Any]) -> bytes:
        self.response["output"].append(item)
        return self._event("response.output_item.added", output_index=len(self.response["output"]) - 1, item=item)

    def _text_delta(self, delta: str, kind: str) -> Iterator[bytes]:
        if self._text is not None and kind != self._text_kind:
            yield from self._close_text()
        if self._text is None:
            yield from self._close_calls()
            item = _message_item(f"msg_{self._suffix}_{len(self.response['output'])}", "", None, "in_progress")
            yield self._item_added(item)
            self._text, self._text_index, self._text_kind = [], len(self.response["output"]) - 1, kind
            part = _part(kind, "")
            yield self._event("response.content_part.added", item_id=item["id"], output_index=self._text_index, content_index=0, part=part)
        self._text.append(delta)
        common = {"item_id": self.response["output"][self._text_index]["id"], "output_index": self._text_index, "content_index": 0}
        if kind == "refusal":
            yield self._event("response.refusal.delta", **common, delta=delta)
        else:
            yield self._event("response.output_text.delta", **common, delta=delta, logprobs=[])

    def _call_delta(self, call: dict[str, Any]) -> Iterator[bytes]:
        index = call.get("index", 0)
        function = call.get("function") or {}
        open_call = self._calls.get(index)
        if open_call is None:
            yield from self._close_text()
            item_id = f"fc_{self._suffix}_{len(self.response['output'])}"
            open_call = _OpenCall(len(self.response["output"]), item_id, call.get("id") or "", function.get("name") or "")
            self._calls[index] = open_call
            yield self._item_added(_call_item(item_id, open_call.call_id, open_call.name, "", "in_progress"))
        arguments = function.get("arguments")
        if arguments:
            open_call.arguments.append(arguments)
            yield self._event("response.function_call_arguments.delta", item_id=open_call.item_id, output_index=open_call.output_index, delta=arguments)

    def _close_text(self) -> Iterator[bytes]:
        if self._text is None:
            return
        text, index, refusal = "".join(self._text), self._text_index, self._text_kind == "refusal"
        item = _message_item(self.response["output"][index]["id"], "" if refusal else text, text if refusal else None, "completed")
        self.response["output"][index] = item
        self._text = None
        common = {"item_id": item["id"], "output_index": index, "content_index": 0}
        if refusal:
            yield self._event("response.refusal.done", **common, refusal=text)
        else:
            yield self._event("response.output_text.done", **common, text=text, logprobs=[])
        yield self._event("response.content_part.done", **common, part=item["content"][0])
        yield self._event("response.output_item.done", output_index=index, item=item)

    def _close_calls(self) -> Iterator[bytes]:
        for open_call in self._calls.values():
            arguments = "".join(open_call.arguments)
            item = _call_item(open_call.item_id, open_call.call_id, open_call.name, arguments, "completed")
            self.response["output"][open_call.output_index] = item
            yield self._event(
                "response.function_call_arguments.done",
                item_id=open_call.item_id, output_index=open_call.output_index, name=open_call.name, arguments=arguments,
            )  # fmt: skip
            yield self._event("response.output_item.done", output_index=open_call.output_index, item=item)
        self._calls = {}

    def _close_all(self) -> Iterator[bytes]:
        yield from self._close_text()
        yield from self._close_calls()
