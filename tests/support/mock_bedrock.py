"""A mock Bedrock runtime: Converse and ConverseStream, with SigV4 checked.

Every request must carry a SigV4 ``Authorization`` header for service
``bedrock`` in the expected region; the mock recomputes the signature with
botocore from the test credentials and the exact bytes it received (raw
path, signed headers, body) and answers 403 like AWS when it doesn't match.
Streams are real ``application/vnd.amazon.eventstream`` frames (prelude,
typed headers, payload, CRC32s), encoded here.
"""

from __future__ import annotations

import asyncio
import binascii
import re
import struct
from collections.abc import AsyncIterator
from typing import Any

import orjson
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from tests.support.mock_openai import Received, Scripted

TEST_ACCESS_KEY = "AKIDEXAMPLETESTKEY01"
TEST_SECRET_KEY = "test-secret-access-key-0123456789"
TEST_SESSION_TOKEN = "test-session-token"
LEAKY_MESSAGE = "Malformed input request near 'SECRET-PROMPT-TEXT'."
_AUTH = re.compile(r"^AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$")


def encode_message(headers: dict[str, str], payload: bytes) -> bytes:
    """One event-stream frame: string-typed headers, big-endian lengths, CRC32s."""
    header_bytes = b""
    for name, value in headers.items():
        raw_name, raw_value = name.encode(), value.encode()
        header_bytes += struct.pack(">B", len(raw_name)) + raw_name + b"\x07" + struct.pack(">H", len(raw_value)) + raw_value
    total = 12 + len(header_bytes) + len(payload) + 4
    prelude = struct.pack(">II", total, len(header_bytes))
    prelude += struct.pack(">I", binascii.crc32(prelude))
    message = prelude + header_bytes + payload
    return message + struct.pack(">I", binascii.crc32(message))


def event(event_type: str, payload: dict[str, Any]) -> bytes:
    headers = {":event-type": event_type, ":content-type": "application/json", ":message-type": "event"}
    return encode_message(headers, orjson.dumps(payload))


def exception(kind: str) -> bytes:
    headers = {":exception-type": kind, ":content-type": "application/json", ":message-type": "exception"}
    return encode_message(headers, orjson.dumps({"message": LEAKY_MESSAGE}))


def converse_response(*content: dict[str, Any], stop_reason: str = "end_turn") -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": list(content) or [{"text": "Hello from Bedrock."}]}},
        "stopReason": stop_reason,
        "usage": {"inputTokens": 12, "outputTokens": 4, "totalTokens": 16},
        "metrics": {"latencyMs": 42},
    }


def stream_events(pieces: list[str], *, stop_reason: str = "end_turn") -> list[tuple[str, dict[str, Any]]]:
    events: list[tuple[str, dict[str, Any]]] = [("messageStart", {"role": "assistant"})]
    events += [("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": p}}) for p in pieces]
    events += [("contentBlockStop", {"contentBlockIndex": 0}), ("messageStop", {"stopReason": stop_reason})]
    events.append(("metadata", {"usage": {"inputTokens": 12, "outputTokens": len(pieces), "totalTokens": 12 + len(pieces)}, "metrics": {"latencyMs": 7}}))
    return events


def expected_signature(raw_path: str, headers: dict[str, str], body: bytes, region: str, signed: list[str]) -> str:
    """Recompute the SigV4 signature with botocore from what arrived."""
    url = f"http://{headers['host']}{raw_path}"
    request = AWSRequest(method="POST", url=url, data=body, headers={h: headers[h] for h in signed if h != "host"})
    request.context["timestamp"] = headers["x-amz-date"]
    signer = SigV4Auth(Credentials(TEST_ACCESS_KEY, TEST_SECRET_KEY, TEST_SESSION_TOKEN), "bedrock", region)
    return signer.signature(signer.string_to_sign(request, signer.canonical_request(request)), request)


class MockBedrock:
    def __init__(self, region: str = "us-east-1") -> None:
        self.region = region
        self.received: list[Received] = []
        self.raw_paths: list[str] = []
        self.script: list[Scripted] = []
        self.app = Starlette(routes=[Route("/model/{target:path}", self._handle, methods=["POST"])])

    def then(self, *answers: Scripted) -> MockBedrock:
        self.script.extend(answers)
        return self

    @property
    def last(self) -> Received:
        return self.received[-1]

    def _signature_problem(self, raw_path: str, headers: dict[str, str], body: bytes) -> str | None:
        match = _AUTH.match(headers.get("authorization", ""))
        if match is None:
            return "MissingAuthenticationTokenException"
        key, _date, region, service, signed, signature = match.groups()
        if key != TEST_ACCESS_KEY or region != self.region or service != "bedrock" or headers.get("x-amz-security-token") != TEST_SESSION_TOKEN:
            return "UnrecognizedClientException"
        if signature != expected_signature(raw_path, headers, body, region, signed.split(";")):
            return "InvalidSignatureException"
        return None

    async def _handle(self, request: Request) -> Response:
        raw = await request.body()
        headers = {k.lower(): v for k, v in request.headers.items()}
        raw_path = request.scope["raw_path"].decode()
        self.received.append(Received(request.url.path, headers, raw))
        self.raw_paths.append(raw_path)
        if (problem := self._signature_problem(raw_path, headers, raw)) is not None:
            return self._error(403, problem)
        # The model id may itself contain "/" once decoded (inference-profile ARNs).
        operation = request.path_params["target"].rsplit("/", 1)[-1]
        if operation not in ("converse", "converse-stream"):
            return self._error(404, "UnknownOperationException")
        answer = self.script.pop(0) if self.script else Scripted()
        if answer.delay_s:
            await asyncio.sleep(answer.delay_s)
        if answer.status != 200:
            return self._error(answer.status, answer.body or "InternalServerException", answer.headers)
        if operation == "converse-stream":
            frames = answer.chunks if answer.chunks is not None else [event(t, p) for t, p in stream_events(["Hello", " from", " Bedrock."])]
            return StreamingResponse(self._frames(frames, answer), media_type="application/vnd.amazon.eventstream")
        return Response(orjson.dumps(answer.body if answer.body is not None else converse_response()), 200, media_type="application/json")

    @staticmethod
    def _error(status: int, kind: str, headers: dict[str, str] | None = None) -> Response:
        # Bedrock's REST errors: the exception name in a header, a human message in the body.
        all_headers = {"x-amzn-ErrorType": f"{kind}:http://internal.amazon.com/coral/com.amazon.bedrock/", **(headers or {})}
        return Response(orjson.dumps({"message": LEAKY_MESSAGE}), status, headers=all_headers, media_type="application/json")

    @staticmethod
    async def _frames(frames: list[bytes], answer: Scripted) -> AsyncIterator[bytes]:
        for i, frame in enumerate(frames):
            if answer.truncate_after is not None and i >= answer.truncate_after:
                return
            if answer.chunk_delay_s:
                await asyncio.sleep(answer.chunk_delay_s)
            yield frame
