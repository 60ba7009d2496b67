"""Response stage: scan the answer for new identifiers, then restore pseudonyms.

Every text field the model returns goes through the same filters: message
content, refusal, tool-call arguments (JSON-escaped on restore), legacy
function_call arguments and completions text — whole responses and streams
alike. Streams are rewritten chunk by chunk: a filter holds back only what
it must (a partial placeholder; the output-scan window when the policy scans
output) and releases the rest at once, flushing into the chunk that carries
``finish_reason`` or, if the stream ends without one, a final chunk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from hushgate.canonical import ROUTE_EMBEDDINGS
from hushgate.errors import GatewayError, forbidden
from hushgate.pipeline import RequestContext
from hushgate.policy.outputscan import OutputBlocked, OutputScanner
from hushgate.policy.restore import Restorer, RestoreStats
from hushgate.policy.vault import Vault
from hushgate.providers.base import UpstreamResponse
from hushgate.sse import Chunk
from hushgate.stages.detect import POLICY_KEY


def _blocked() -> GatewayError:
    return forbidden("The response contained data the policy does not release.", code="policy_output_blocked")


class _Chain:
    """Output scanner (optional) then restorer, for one text field."""

    def __init__(self, filters: list[Any]) -> None:
        self.filters = filters

    def feed(self, text: str) -> str:
        for f in self.filters:
            text = f.feed(text)
        return text

    def flush(self) -> str:
        out = ""
        for f in self.filters:
            out = f.feed(out) + f.flush() if out else f.flush()
        return out


@dataclass(eq=False)
class _Plan:
    vault: Vault
    scan: str | None  # None: no output scanning; "allow" counts only (monitor)
    detect: Callable[[str], list[Any]] | None
    keep: Callable[[Any], bool] | None
    stats: RestoreStats = field(default_factory=RestoreStats)
    output_counts: Counter[str] = field(default_factory=Counter)

    def chain(self, *, json_string: bool) -> _Chain:
        filters: list[Any] = []
        if self.scan is not None and self.detect is not None and self.keep is not None:
            filters.append(OutputScanner(self.detect, self.keep, self.vault.was_seen, self.scan, self.output_counts))
        if self.vault.issued:
            filters.append(Restorer(self.vault, self.stats, json_string=json_string))
        return _Chain(filters)


class RestoreStage:
    # Keeps nothing beyond the request's own context: runs in the startup warm-up (hushgate.warmup).
    warmup_safe = True

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime  # PolicyRuntime: its detector scans output

    def _plan(self, ctx: RequestContext) -> _Plan | None:
        if ctx.route == ROUTE_EMBEDDINGS:
            return None
        vault = ctx.vault if isinstance(ctx.vault, Vault) else Vault()
        decision = ctx.decision
        scan = getattr(decision, "output_new_pii", "allow")
        if scan == "allow":
            scan = None
        elif getattr(decision, "mode", "enforce") == "monitor":
            scan = "allow"  # record what would have happened, change nothing
        if not vault.issued and scan is None:
            return None
        policy = ctx.extras.get(POLICY_KEY)
        keep = policy.keeps if policy is not None else (lambda f: True)
        return _Plan(vault, scan, self.runtime.detector.detect if scan else None, keep if scan else None)

    def _record(self, ctx: RequestContext, plan: _Plan) -> None:
        """Counts onto the decision (for audit); then drop the originals (SEC-18)."""
        decision = ctx.decision
        if decision is not None and hasattr(decision, "restored"):
            decision.restored = plan.stats.restored
            decision.rehydration_suppressed = plan.stats.suppressed
            decision.output_entity_counts = dict(plan.output_counts)
        # The answer is out: nothing needs the real values any more.
        plan.vault.clear()

    async def on_response(self, ctx: RequestContext, response: UpstreamResponse) -> None:
        plan = self._plan(ctx)
        if plan is None:
            return
        if plan.scan is None and not (response.payload.may_contain(b"<") or response.payload.may_contain(b"\\u003c")):
            return
        try:
            for choice in response.payload.data.get("choices") or ():
                if isinstance(choice, dict):
                    _rewrite_choice(choice, plan)
            _scan_extra_top_level(response.payload.data, plan)
        except OutputBlocked:
            self._record(ctx, plan)
            raise _blocked() from None
        self._record(ctx, plan)

    def on_stream(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        plan = self._plan(ctx)
        if plan is None:
            return chunks
        return _StreamRewriter(ctx, plan, self).run(chunks)


def _process(holder: dict[str, Any], key: str, plan: _Plan, *, json_string: bool = False) -> None:
    value = holder.get(key)
    if isinstance(value, str) and value:
        chain = plan.chain(json_string=json_string)
        holder[key] = chain.feed(value) + chain.flush()


# Answer fields with their own filters above; every other string the model
# returns goes through the output scanner too when the policy scans output.
_FILTERED_FIELDS = frozenset({"role", "content", "refusal", "tool_calls", "function_call"})


def _scans(plan: _Plan) -> bool:
    return plan.scan in ("redact", "block")


def _scan_strings(value: Any, plan: _Plan) -> None:
    """Every string inside ``value``, each scanned whole (fields no filter knows)."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in list(items):
        if isinstance(item, str):
            if item:
                chain = plan.chain(json_string=False)
                value[key] = chain.feed(item) + chain.flush()
        elif isinstance(item, (dict, list)):
            _scan_strings(item, plan)


def _scan_unfiltered(choice: dict[str, Any], holder: dict[str, Any], plan: _Plan) -> None:
    """Output scanning must see all model text: reasoning, audio transcripts,
    annotations, tool names. Logprobs repeat the text split into tokens, where
    no scanner can see an identifier whole: they are dropped instead."""
    if choice.get("logprobs") is not None:
        choice["logprobs"] = None
    for key, value in list(holder.items()):
        # Content as a list of parts (some providers answer so) has no filter either.
        if key in _FILTERED_FIELDS and not (key in ("content", "refusal") and isinstance(value, (dict, list))):
            continue
        if isinstance(value, str):
            _process(holder, key, plan)
        elif isinstance(value, (dict, list)):
            _scan_strings(value, plan)
    for call in holder.get("tool_calls") or ():
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            _process(function, "name", plan)


# Top-level answer fields that are protocol structure (ids, model, usage);
# anything else a provider adds (citations, extra text) is scanned too.
_ANSWER_STRUCTURE = frozenset({"id", "object", "created", "model", "system_fingerprint", "choices", "usage", "service_tier", "prompt_filter_results"})


def _scan_extra_top_level(data: dict[str, Any], plan: _Plan) -> None:
    if not _scans(plan):
        return
    for key, value in list(data.items()):
        if key in _ANSWER_STRUCTURE:
            continue
        if isinstance(value, str):
            _process(data, key, plan)
        elif isinstance(value, (dict, list)):
            _scan_strings(value, plan)


def _rewrite_choice(choice: dict[str, Any], plan: _Plan) -> None:
    _process(choice, "text", plan)  # completions
    message = choice.get("message")
    if not isinstance(message, dict):
        if _scans(plan) and choice.get("logprobs") is not None:
            choice["logprobs"] = None
        return
    _rewrite_message(choice, message, plan)


def _rewrite_message(choice: dict[str, Any], message: dict[str, Any], plan: _Plan) -> None:
    if _scans(plan):
        _scan_unfiltered(choice, message, plan)
    _process(message, "content", plan)
    _process(message, "refusal", plan)
    for call in message.get("tool_calls") or ():
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            _process(function, "arguments", plan, json_string=True)
    if isinstance(message.get("function_call"), dict):
        _process(message["function_call"], "arguments", plan, json_string=True)


class _StreamRewriter:
    def __init__(self, ctx: RequestContext, plan: _Plan, stage: RestoreStage) -> None:
        self.ctx = ctx
        self.plan = plan
        self.stage = stage
        # (choice index, field, tool-call index) -> filter chain
        self.chains: dict[tuple[int, str, int], _Chain] = {}
        self.last: dict[str, Any] | None = None

    def _chain(self, key: tuple[int, str, int]) -> _Chain:
        chain = self.chains.get(key)
        if chain is None:
            chain = self.chains[key] = self.plan.chain(json_string=key[1] in ("tool", "function"))
        return chain

    def _pending(self) -> bool:
        return any(getattr(f, "held", "") or getattr(f, "buf", "") for c in self.chains.values() for f in c.filters)

    def _needs_write(self, chunk: Chunk) -> bool:
        if self.plan.scan is not None or self._pending():
            return True
        return chunk.may_contain(b"<") or chunk.may_contain(b"\\u003c")

    async def run(self, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        try:
            async for chunk in chunks:
                if self._needs_write(chunk):
                    self._rewrite(chunk.data)
                else:
                    # No placeholder can start or finish here: read without
                    # re-serializing, but still feed the filters, whose URL
                    # context must see every byte of the answer.
                    self._rewrite(chunk.peek())
                yield chunk
            tail = self._flush_remaining()
            if tail is not None:
                yield tail
        except OutputBlocked:
            self.ctx.error_code = "policy_output_blocked"
            raise _blocked() from None
        finally:
            self.stage._record(self.ctx, self.plan)

    def _rewrite(self, data: dict[str, Any]) -> None:
        self.last = data
        _scan_extra_top_level(data, self.plan)
        for choice in data.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0)
            if isinstance(choice.get("text"), str):
                choice["text"] = self._chain((index, "text", 0)).feed(choice["text"])
            if isinstance(choice.get("message"), dict):
                # Some upstreams stream whole messages: filter them whole.
                _rewrite_message(choice, choice["message"], self.plan)
            delta = choice.get("delta")
            if isinstance(delta, dict) and _scans(self.plan):
                # Reasoning text streams like content: one filter chain per field.
                for key in [k for k, v in delta.items() if k not in _FILTERED_FIELDS and isinstance(v, str)]:
                    delta[key] = self._chain((index, key, 0)).feed(delta[key])
                _scan_unfiltered(choice, {k: v for k, v in delta.items() if not isinstance(v, str)}, self.plan)
            elif _scans(self.plan) and choice.get("logprobs") is not None:
                choice["logprobs"] = None
            if isinstance(delta, dict):
                for key in ("content", "refusal"):
                    if isinstance(delta.get(key), str):
                        delta[key] = self._chain((index, key, 0)).feed(delta[key])
                for call in delta.get("tool_calls") or ():
                    function = call.get("function") if isinstance(call, dict) else None
                    if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                        key = (index, "tool", call.get("index", 0))
                        function["arguments"] = self._chain(key).feed(function["arguments"])
                function_call = delta.get("function_call")
                if isinstance(function_call, dict) and isinstance(function_call.get("arguments"), str):
                    function_call["arguments"] = self._chain((index, "function", 0)).feed(function_call["arguments"])
            if choice.get("finish_reason"):
                self._flush_into(choice, index)

    def _flush_into(self, choice: dict[str, Any], index: int) -> bool:
        wrote = False
        for key in [k for k in self.chains if k[0] == index]:
            text = self.chains.pop(key).flush()
            if not text:
                continue
            wrote = True
            _, kind, tool_index = key
            if kind == "text":
                choice["text"] = (choice.get("text") or "") + text
                continue
            delta = choice.setdefault("delta", {})
            if kind not in ("function", "tool"):  # content, refusal, reasoning fields
                delta[kind] = (delta.get(kind) or "") + text
            elif kind == "function":
                function_call = delta.setdefault("function_call", {})
                function_call["arguments"] = (function_call.get("arguments") or "") + text
            else:
                calls = delta.setdefault("tool_calls", [])
                for call in calls:
                    if call.get("index", 0) == tool_index:
                        fn = call.setdefault("function", {})
                        fn["arguments"] = (fn.get("arguments") or "") + text
                        break
                else:
                    calls.append({"index": tool_index, "function": {"arguments": text}})
        return wrote

    def _flush_remaining(self) -> Chunk | None:
        if not self.chains or self.last is None:
            return None
        base = {k: self.last[k] for k in ("id", "object", "created", "model") if k in self.last}
        choices = []
        for index in sorted({k[0] for k in self.chains}):
            completions = any(k[1] == "text" for k in self.chains if k[0] == index)
            choice: dict[str, Any] = {"index": index, "finish_reason": None}
            if not completions:
                choice["delta"] = {}
            if self._flush_into(choice, index):
                choices.append(choice)
        return Chunk(data={**base, "choices": choices}) if choices else None
