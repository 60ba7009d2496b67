"""Anthropic's streaming event sequence <-> OpenAI chat.completion.chunk objects.

Both directions are small state machines fed one event (or chunk) at a time,
so text reaches the client as it arrives: nothing is collected until the end
of the stream, except the final stop reason and usage, which both formats send
last anyway.

Anthropic sends ``message_start``, then per content block
``content_block_start`` / ``content_block_delta``... / ``content_block_stop``
(text blocks with ``text_delta``, tool_use blocks with ``input_json_delta``),
then ``message_delta`` (stop reason, output usage) and ``message_stop``;
``ping`` may come at any time. OpenAI sends chunks whose ``delta`` carries
``content`` or ``tool_calls[index]`` pieces, a chunk with ``finish_reason``
and, when asked, a usage chunk with no choices.
"""

from __future__ import annotations

import time
from typing import Any

from hushgate.translate.anthropic import FINISH_REASONS, STOP_REASONS, usage_to_anthropic, usage_to_openai

Event = tuple[str, dict[str, Any]]


class MessageEventsToChunks:
    """Anthropic stream events -> OpenAI chunks (the outbound adapter's direction).

    ``feed`` returns the chunks one event produces (often one, sometimes none);
    ``finished`` turns true at ``message_stop``.
    """

    __slots__ = ("include_usage", "finished", "_base", "_tool_index", "_next_tool", "_usage")

    def __init__(self, *, include_usage: bool = False, created: int | None = None) -> None:
        self.include_usage = include_usage
        self.finished = False
        self._base: dict[str, Any] = {"id": "", "object": "chat.completion.chunk", "created": created or int(time.time()), "model": ""}
        self._tool_index: dict[int, int] = {}  # Anthropic block index -> OpenAI tool_calls index
        self._next_tool = 0
        self._usage: dict[str, Any] = {}

    def _chunk(self, delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
        return {**self._base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}

    def feed(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        kind = event.get("type")
        if kind == "content_block_delta":
            delta = event.get("delta") or {}
            dtype = delta.get("type")
            if dtype == "text_delta":
                return [self._chunk({"content": delta.get("text", "")})]
            if dtype == "input_json_delta":
                tool = self._tool_index.get(event.get("index", -1))
                if tool is None:
                    return []
                return [self._chunk({"tool_calls": [{"index": tool, "function": {"arguments": delta.get("partial_json", "")}}]})]
            return []  # thinking, signature and citation deltas have no chat field
        if kind == "content_block_start":
            block = event.get("content_block") or {}
            btype = block.get("type")
            if btype == "text":
                return [self._chunk({"content": block["text"]})] if block.get("text") else []
            if btype == "tool_use":
                tool = self._next_tool
                self._next_tool += 1
                self._tool_index[event.get("index", -1)] = tool
                call = {"index": tool, "id": block.get("id"), "type": "function", "function": {"name": block.get("name"), "arguments": ""}}
                return [self._chunk({"tool_calls": [call]})]
            return []
        if kind == "message_start":
            message = event.get("message") or {}
            self._base["id"] = message.get("id") or ""
            self._base["model"] = message.get("model") or ""
            self._usage.update(message.get("usage") or {})
            return [self._chunk({"role": "assistant", "content": ""})]
        if kind == "message_delta":
            self._usage.update({k: v for k, v in (event.get("usage") or {}).items() if v is not None})
            stop_reason = (event.get("delta") or {}).get("stop_reason")
            return [self._chunk({}, FINISH_REASONS.get(stop_reason or "", "stop"))]
        if kind == "message_stop":
            self.finished = True
            if self.include_usage:
                return [{**self._base, "choices": [], "usage": usage_to_openai(self._usage)}]
            return []
        return []  # ping, content_block_stop

    @property
    def usage(self) -> dict[str, Any]:
        return usage_to_openai(self._usage)


class ChunksToMessageEvents:
    """OpenAI chunks -> Anthropic stream events (the inbound /v1/messages direction).

    Keeps Anthropic's block bookkeeping: block indices count from 0 in the
    order blocks start, one block is open at a time, and each is closed with
    ``content_block_stop`` before the next starts.
    """

    __slots__ = ("_started", "_open", "_next_index", "_open_tool", "_tool_blocks", "_stop_reason", "_usage", "_id", "_model")

    def __init__(self, *, message_id: str = "", model: str = "") -> None:
        self._started = False
        self._open: int | None = None  # index of the open block
        self._open_tool: int | None = None  # OpenAI tool index of the open block, if it is a tool_use
        self._next_index = 0
        self._tool_blocks: dict[int, int] = {}  # OpenAI tool_calls index -> block index
        self._stop_reason: str | None = None
        self._usage: dict[str, Any] | None = None
        self._id = message_id
        self._model = model

    def _start(self, chunk: dict[str, Any], out: list[Event]) -> None:
        self._started = True
        self._id = chunk.get("id") or self._id
        self._model = chunk.get("model") or self._model
        message = {
            "id": self._id, "type": "message", "role": "assistant", "model": self._model, "content": [],
            "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 0, "output_tokens": 0},
        }  # fmt: skip
        out.append(("message_start", {"type": "message_start", "message": message}))

    def _close(self, out: list[Event]) -> None:
        if self._open is not None:
            out.append(("content_block_stop", {"type": "content_block_stop", "index": self._open}))
            self._open = None
            self._open_tool = None

    def _open_block(self, block: dict[str, Any], out: list[Event]) -> int:
        self._close(out)
        index = self._next_index
        self._next_index += 1
        self._open = index
        out.append(("content_block_start", {"type": "content_block_start", "index": index, "content_block": block}))
        return index

    def feed(self, chunk: dict[str, Any]) -> list[Event]:
        out: list[Event] = []
        if not self._started:
            self._start(chunk, out)
        usage = chunk.get("usage")
        if isinstance(usage, dict):
            self._usage = usage
        for choice in chunk.get("choices") or ():
            if choice.get("index", 0) != 0:
                continue  # Anthropic has one message per answer
            delta = choice.get("delta") or {}
            text = delta.get("content") or delta.get("refusal")
            if text:
                if self._open is None or self._open_tool is not None:
                    self._open_block({"type": "text", "text": ""}, out)
                out.append(("content_block_delta", {"type": "content_block_delta", "index": self._open, "delta": {"type": "text_delta", "text": text}}))
            for call in delta.get("tool_calls") or ():
                self._tool_delta(call, out)
            if choice.get("finish_reason"):
                self._stop_reason = choice["finish_reason"]
        return out

    def _tool_delta(self, call: dict[str, Any], out: list[Event]) -> None:
        tool = call.get("index", 0)
        function = call.get("function") or {}
        block = self._tool_blocks.get(tool)
        if block is None:
            block = self._open_block({"type": "tool_use", "id": call.get("id") or "", "name": function.get("name") or "", "input": {}}, out)
            self._open_tool = tool
            self._tool_blocks[tool] = block
        arguments = function.get("arguments")
        if arguments:
            delta = {"type": "input_json_delta", "partial_json": arguments}
            out.append(("content_block_delta", {"type": "content_block_delta", "index": block, "delta": delta}))

    def finish(self) -> list[Event]:
        """The closing events, once the chunks have ended normally."""
        out: list[Event] = []
        if not self._started:
            self._start({}, out)
        self._close(out)
        usage = usage_to_anthropic(self._usage) if self._usage else {"output_tokens": 0}
        delta = {"stop_reason": STOP_REASONS.get(self._stop_reason or "", "end_turn"), "stop_sequence": None}
        out.append(("message_delta", {"type": "message_delta", "delta": delta, "usage": usage}))
        out.append(("message_stop", {"type": "message_stop"}))
        return out
