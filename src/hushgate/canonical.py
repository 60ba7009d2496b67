"""The canonical request: one model every policy stage reads and rewrites.

Inbound wire formats (OpenAI chat/completions/embeddings, Anthropic
Messages, OpenAI Responses) are translated at the edge into an OpenAI-shaped
body. ``CanonicalRequest.segments`` addresses every piece of client text in
it — message content and text parts, names, tool-call arguments (each JSON
string value separately, so the arguments stay valid JSON after a rewrite),
tool results, tool descriptions, completions prompts, embeddings input — so
the detection and policy stages never need to know which SDK sent it.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

ROUTE_CHAT = "chat.completions"
ROUTE_COMPLETIONS = "completions"
ROUTE_EMBEDDINGS = "embeddings"

# Content part types whose payload is not text we can scan. They pass through
# as data (the gateway never fetches URLs), except the text they carry (a
# remote image's URL, a text file's contents), which is scanned; anything
# else is refused, because an unknown part might carry text we would forward
# unscanned (fail closed).
NON_TEXT_PART_TYPES = frozenset({"image_url", "input_audio", "file", "image"})
TEXT_PART_TYPES = frozenset({"text", "refusal"})


class UnsupportedContent(ValueError):
    """A request shape the extractor can't scan; the caller must refuse it."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.param = param


@dataclass(eq=False, slots=True)
class _JsonDocument:
    """A JSON document embedded in a string field (tool-call arguments)."""

    holder: dict[str, Any]
    key: str
    value: Any
    dirty: bool = False

    def commit(self) -> None:
        if self.dirty:
            self.holder[self.key] = orjson.dumps(self.value).decode()
            self.dirty = False


@dataclass(eq=False, slots=True)
class _DataUrlText:
    """The text inside a ``data:text/...;base64,`` file part, re-encoded on commit."""

    holder: dict[str, Any]
    key: str
    header: str  # "data:text/plain;base64,"
    value: list[str]  # one decoded string; a list so a TextSegment can address it
    dirty: bool = False

    def commit(self) -> None:
        if self.dirty:
            self.holder[self.key] = self.header + base64.b64encode(self.value[0].encode()).decode("ascii")
            self.dirty = False


@dataclass(frozen=True, slots=True)
class Identifier:
    """A forwarded string that is structure: an id, a tool name, an object key."""

    path: tuple[str | int, ...]
    text: str

    @property
    def param(self) -> str:
        return _param(self.path)


@dataclass(eq=False, slots=True)
class TextSegment:
    """One string of client text, with a handle to write it back.

    ``path`` says where it lives (keys and indices only, never content), for
    error messages and audit. ``field_name`` is the JSON key when the text is a
    string value inside tool-call arguments: detectors use it as context.
    """

    kind: str
    path: tuple[str | int, ...]
    text: str
    container: Any = field(repr=False)
    key: Any = field(repr=False)
    field_name: str | None = None
    document: _JsonDocument | _DataUrlText | None = field(default=None, repr=False)

    def replace(self, new_text: str) -> None:
        if new_text == self.text:
            return
        self.container[self.key] = new_text
        self.text = new_text
        if self.document is not None:
            self.document.dirty = True


@dataclass(eq=False)
class CanonicalRequest:
    route: str
    body: dict[str, Any]
    model: str
    stream: bool = False
    _segments: list[TextSegment] | None = field(default=None, repr=False)
    _documents: list[_JsonDocument | _DataUrlText] = field(default_factory=list, repr=False)
    _identifiers: list[Identifier] = field(default_factory=list, repr=False)

    @property
    def segments(self) -> list[TextSegment]:
        if self._segments is None:
            self._segments = self._extract()
        return self._segments

    @property
    def identifiers(self) -> list[Identifier]:
        """Forwarded strings that are structure, not text: ids, tool names,
        object keys. They cannot be rewritten (a renamed key or tool breaks
        the request), so the detection stage checks them and the policy
        stage refuses a request whose structure carries data. Only strings
        that could hold an identifier are listed (see ``_PLAIN_NAME``)."""
        self.segments
        return self._identifiers

    def non_text_parts(self) -> list[str]:
        """Paths of content parts the detectors cannot read (images, audio, files)."""
        found = []
        for i, message in enumerate(self.body.get("messages") or ()):
            content = message.get("content") if isinstance(message, dict) else None
            if isinstance(content, list):
                for k, part in enumerate(content):
                    if isinstance(part, dict) and part.get("type") in NON_TEXT_PART_TYPES:
                        found.append(_param(("messages", i, "content", k)))
        return found

    def commit(self) -> None:
        """Re-serialize embedded JSON documents whose values were rewritten."""
        for document in self._documents:
            document.commit()

    def to_json(self) -> bytes:
        self.commit()
        return orjson.dumps(self.body)

    def _extract(self) -> list[TextSegment]:
        segments = list(self._known())
        # Fail closed on fields the extractor has no rule for: every other
        # string in the body (stop sequences, `prediction`, `metadata`
        # values, legacy `functions`, tool names, file names, fields added
        # by a newer API version...) is scanned too, because it is forwarded.
        covered = {(id(s.container), s.key) for s in segments}
        covered.update((id(d.holder), d.key) for d in self._documents)
        _residual_strings(segments, self.body, (), covered, self._identifiers, top=True)
        return segments

    def _known(self) -> Iterator[TextSegment]:
        body = self.body
        if self.route == ROUTE_CHAT:
            yield from self._chat_segments(body)
        elif self.route == ROUTE_COMPLETIONS:
            yield from _string_or_list(body, "prompt", "prompt", ("prompt",))
            if isinstance(body.get("suffix"), str):
                yield TextSegment("prompt", ("suffix",), body["suffix"], body, "suffix")
        elif self.route == ROUTE_EMBEDDINGS:
            yield from _string_or_list(body, "input", "embedding_input", ("input",))
        if isinstance(body.get("user"), str) and body["user"]:
            yield TextSegment("user", ("user",), body["user"], body, "user")

    def _chat_segments(self, body: dict[str, Any]) -> Iterator[TextSegment]:
        for i, message in enumerate(body.get("messages") or ()):
            kind = _ROLE_KINDS.get(message.get("role"), "message")
            content = message.get("content")
            if isinstance(content, str):  # the common case, without the generator below
                yield TextSegment(kind, ("messages", i, "content"), content, message, "content")
            else:
                yield from _content_segments(message, kind, ("messages", i), self._documents)
            if isinstance(message.get("name"), str):
                yield TextSegment("name", ("messages", i, "name"), message["name"], message, "name")
            if isinstance(message.get("refusal"), str):
                yield TextSegment("message", ("messages", i, "refusal"), message["refusal"], message, "refusal")
            for j, call in enumerate(message.get("tool_calls") or ()):
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict):
                    yield from self._arguments(function, ("messages", i, "tool_calls", j, "function", "arguments"))
            if isinstance(message.get("function_call"), dict):
                yield from self._arguments(message["function_call"], ("messages", i, "function_call", "arguments"))
        for i, tool in enumerate(body.get("tools") or ()):
            function = tool.get("function") if isinstance(tool, dict) else None
            if isinstance(function, dict):
                if isinstance(function.get("description"), str):
                    path = ("tools", i, "function", "description")
                    yield TextSegment("tool_description", path, function["description"], function, "description")
                yield from _schema_strings(function.get("parameters"), ("tools", i, "function", "parameters"))
        response_format = body.get("response_format")
        json_schema = response_format.get("json_schema") if isinstance(response_format, dict) else None
        if isinstance(json_schema, dict):
            if isinstance(json_schema.get("description"), str):
                path = ("response_format", "json_schema", "description")
                yield TextSegment("tool_description", path, json_schema["description"], json_schema, "description")
            yield from _schema_strings(json_schema.get("schema"), ("response_format", "json_schema", "schema"))

    def _arguments(self, holder: dict[str, Any], path: tuple[str | int, ...]) -> Iterator[TextSegment]:
        raw = holder.get("arguments")
        if not isinstance(raw, str):
            return
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            # Not JSON (models do emit broken arguments): scan it as one string.
            yield TextSegment("tool_arguments", path, raw, holder, "arguments")
            return
        if not isinstance(value, (dict, list)):
            yield TextSegment("tool_arguments", path, raw, holder, "arguments")
            return
        document = _JsonDocument(holder, "arguments", value)
        self._documents.append(document)
        yield from _json_strings(value, path, document, None, self._identifiers)


_ROLE_KINDS = {"system": "system", "developer": "system", "tool": "tool_result", "function": "tool_result"}


def _content_segments(
    message: dict[str, Any], kind: str, path: tuple[str | int, ...], documents: list[_JsonDocument | _DataUrlText]
) -> Iterator[TextSegment]:
    content = message.get("content")
    if isinstance(content, str):
        yield TextSegment(kind, (*path, "content"), content, message, "content")
    elif isinstance(content, list):
        for k, part in enumerate(content):
            part_path = (*path, "content", k)
            if not isinstance(part, dict):
                raise UnsupportedContent("Each content part must be an object.", _param(part_path))
            part_type = part.get("type")
            if part_type in TEXT_PART_TYPES:
                text_key = "text" if part_type == "text" else "refusal"
                if isinstance(part.get(text_key), str):
                    yield TextSegment(kind, (*part_path, text_key), part[text_key], part, text_key)
            elif part_type in NON_TEXT_PART_TYPES:
                yield from _readable_payload(part, part_type, part_path, documents)
            else:
                raise UnsupportedContent("Unsupported content part type.", _param((*part_path, "type")))


# Media types of file parts whose bytes are text: decoded and scanned like a message.
_TEXT_MEDIA = re.compile(r"data:(text/[\w.+-]+|application/(?:json|xml|x-yaml|yaml|csv|x-ndjson|[\w.+-]+\+(?:json|xml)))(;[^,;]*)*;base64,")


def _readable_payload(
    part: dict[str, Any], part_type: str, path: tuple[str | int, ...], documents: list[_JsonDocument | _DataUrlText]
) -> Iterator[TextSegment]:
    """The text hiding in a non-text part: a remote image's URL (its query can
    name a patient) and the contents of a text file. Binary data stays data."""
    holder = part.get(part_type)
    if not isinstance(holder, dict):
        return
    if part_type in ("image_url", "image"):
        url = holder.get("url")
        if isinstance(url, str) and url and not url.startswith("data:"):
            yield TextSegment("image_url", (*path, part_type, "url"), url, holder, "url")
    elif part_type == "file":
        data = holder.get("file_data")
        header = _TEXT_MEDIA.match(data) if isinstance(data, str) else None
        if header is None:
            return
        try:
            text = base64.b64decode(data[header.end() :], validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return  # not the text it claims to be: stays opaque data
        document = _DataUrlText(holder, "file_data", header.group(0), [text])
        documents.append(document)
        yield TextSegment("file_text", (*path, "file", "file_data"), text, document.value, 0, document=document)


def _string_or_list(body: dict[str, Any], key: str, kind: str, path: tuple[str | int, ...]) -> Iterator[TextSegment]:
    value = body.get(key)
    if isinstance(value, str):
        yield TextSegment(kind, path, value, body, key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                yield TextSegment(kind, (*path, i), item, value, i)


def _json_strings(
    value: Any,
    path: tuple[str | int, ...],
    document: _JsonDocument,
    field_name: str | None,
    identifiers: list[Identifier],
) -> Iterator[TextSegment]:
    if isinstance(value, dict):
        for k, v in value.items():
            if not _PLAIN_NAME.match(k):
                identifiers.append(Identifier((*path, k), k))
            if isinstance(v, str):
                yield TextSegment("tool_arguments", (*path, k), v, value, k, field_name=k, document=document)
            elif isinstance(v, (dict, list)):
                yield from _json_strings(v, (*path, k), document, k, identifiers)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, str):
                yield TextSegment("tool_arguments", (*path, i), v, value, i, field_name=field_name, document=document)
            elif isinstance(v, (dict, list)):
                yield from _json_strings(v, (*path, i), document, field_name, identifiers)


# JSON Schema keywords whose values are free text a client may fill with
# data (a description quoting a patient, an example value, an enum of names).
# Everything else in a schema is structure and must stay untouched.
_SCHEMA_TEXT_KEYS = frozenset({"description", "title", "default", "const", "examples", "enum", "$comment"})


def _schema_strings(schema: Any, path: tuple[str | int, ...]) -> Iterator[TextSegment]:
    if isinstance(schema, list):
        for i, item in enumerate(schema):
            yield from _schema_strings(item, (*path, i))
        return
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        if key in _SCHEMA_TEXT_KEYS:
            if isinstance(value, str):
                yield TextSegment("tool_schema", (*path, key), value, schema, key)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, str):
                        yield TextSegment("tool_schema", (*path, key, i), item, value, i)
        elif key == "properties" and isinstance(value, dict):
            # Property names are structure (the model's output keys), not text.
            for name, sub in value.items():
                yield from _schema_strings(sub, (*path, key, name))
        elif isinstance(value, (dict, list)):
            yield from _schema_strings(value, (*path, key))


# orjson serializes at most 254 levels; real requests stay far below this.
MAX_DEPTH = 128

# Strings that are protocol structure, not client text: never scanned.
_STRUCTURAL_TOP_KEYS = frozenset({"model"})
# Ids and tool names pair calls with results and definitions (rewriting one
# side breaks the pairing); they stay structure, as before.
_STRUCTURAL_KEYS = frozenset({"id", "tool_call_id", "call_id"})
# `type` and `role` values are enums ("function", "input_text"): skipped only
# when they look like one, so they cannot carry free text unscanned.
_ENUM_KEYS = frozenset({"role", "type"})
_ENUM_VALUE = re.compile(r"[a-z][a-z0-9_.]{0,63}\Z")
# A key, id or name made only of letters and ``_ . - $`` cannot hold a
# number-shaped identifier, an email, a URL or a spaced name: nothing to
# check. Everything else (digits, spaces, ``@``, ``:``) is checked.
_PLAIN_NAME = re.compile(r"[A-Za-z_$][A-Za-z_.$\-]{0,63}\Z")
_TOOL_HOLDERS = frozenset({"function", "function_call", "custom", "tool", "mcp_call", "tool_use"})
# Binary payloads of non-text content parts (base64 data, data: URLs): data
# the gateway passes through, as NON_TEXT_PART_TYPES says, not text.
_BINARY_PAYLOADS = {"image_url": "url", "input_audio": "data", "file": "file_data", "image": "url"}


def _residual_strings(
    out: list[TextSegment],
    value: Any,
    path: tuple[str | int, ...],
    covered: set[tuple[int, Any]],
    identifiers: list[Identifier],
    *,
    top: bool = False,
    skip: str | None = None,
    field_name: str | None = None,
) -> None:
    """Append every string under ``value`` that no rule covered, depth first.

    Plain recursion into ``out`` rather than nested generators: this walk
    runs on every request (issue 2).
    """
    # field_name: the nearest JSON key, context for detectors ({"ssn": "536228472"}).
    if len(path) > MAX_DEPTH:
        # Deeper than any real request, and deeper than the body can be re-serialized.
        raise UnsupportedContent("The request body is nested too deeply.", _param(path[:MAX_DEPTH]))
    if isinstance(value, dict):
        holder = id(value)
        for k, v in value.items():
            if not _PLAIN_NAME.match(k):
                identifiers.append(Identifier((*path, k), k))
            if isinstance(v, str):
                if not v or (holder, k) in covered or k == skip or (top and k in _STRUCTURAL_TOP_KEYS):
                    continue
                if k in _ENUM_KEYS and _ENUM_VALUE.match(v):
                    continue
                if k in _STRUCTURAL_KEYS or (
                    k == "name" and ((path and path[-1] in _TOOL_HOLDERS) or value.get("type") in _TOOL_HOLDERS)
                ):
                    if not _PLAIN_NAME.match(v):
                        identifiers.append(Identifier((*path, k), v))
                    continue
                out.append(TextSegment("other", (*path, k), v, value, k, field_name=k if isinstance(k, str) else None))
            elif isinstance(v, (dict, list)):
                in_part = len(path) == 4 and path[0] == "messages" and path[2] == "content"  # messages[i].content[k]
                payload = _BINARY_PAYLOADS.get(k) if in_part and value.get("type") == k else None
                _residual_strings(
                    out, v, (*path, k), covered, identifiers, skip=payload, field_name=k if isinstance(k, str) else None
                )
    elif isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, str):
                if v and (id(value), i) not in covered:
                    out.append(TextSegment("other", (*path, i), v, value, i, field_name=field_name))
            elif isinstance(v, (dict, list)):
                _residual_strings(out, v, (*path, i), covered, identifiers, field_name=field_name)


def _param(path: tuple[str | int, ...]) -> str:
    """``messages[0].content[1]`` for error messages. Keys that are not plain
    names (``{"536-22-8472": ...}``) print as ``*``: a key may be client data
    and the error body must not echo it."""
    out = ""
    for p in path:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            name = p if _PLAIN_NAME.match(p) else "*"
            out += f".{name}" if out else name
    return out
