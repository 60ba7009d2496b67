"""Amazon Bedrock Converse / ConverseStream, SigV4-signed with botocore.

botocore (the ``bedrock`` extra) does the two things that must not be
hand-rolled: SigV4 signing (service ``bedrock``, the configured region) and
decoding the ``application/vnd.amazon.eventstream`` binary framing with its
CRC checks. Requests still go out over the gateway's aiohttp pool.

Credentials come from environment variables whose *names* the config gives
(``options.access_key_id_env`` etc., defaulting to the standard AWS ones);
they are read once at startup and never appear in YAML.
Errors: Bedrock names the failure in the ``x-amzn-ErrorType`` header
(``ThrottlingException:http://...``) or the body's ``__type``; only that
token survives, never the ``message``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import aiohttp
import orjson
import yarl

from hushgate.canonical import ROUTE_CHAT
from hushgate.config import ProviderConfig
from hushgate.errors import bad_request
from hushgate.http import raise_for_upstream_status
from hushgate.providers.base import (
    StreamInterrupted,
    UpstreamCall,
    UpstreamResponse,
    safe_error_code,
)
from hushgate.providers.pooled import PooledProvider
from hushgate.sse import Chunk, JsonPayload
from hushgate.translate import TranslationError
from hushgate.translate.bedrock import (
    ConverseStream,
    chat_to_converse,
    converse_to_chat,
)

EVENT_STREAM = "application/vnd.amazon.eventstream"
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SAFE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
CREDENTIAL_OPTIONS = {
    "access_key_id_env": "AWS_ACCESS_KEY_ID",
    "secret_access_key_env": "AWS_SECRET_ACCESS_KEY",
    "session_token_env": "AWS_SESSION_TOKEN",
}


def bedrock_error_code(headers: Any, raw: bytes) -> str | None:
    """The exception name from ``x-amzn-ErrorType`` or ``__type``, e.g. ``ValidationException``."""
    candidates = [headers.get("x-amzn-errortype", "")]
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("__type"), str):
        candidates.append(body["__type"])
    for value in candidates:
        # "ValidationException:http://internal.amazon.com/..." or "com.amazon...#ValidationException"
        token = value.split(":", 1)[0].rsplit("#", 1)[-1]
        if _SAFE.match(token):
            return token
    return safe_error_code(body)


def _env_name(name: str, option: str, value: Any) -> str:
    if not isinstance(value, str) or not _ENV_NAME.fullmatch(value) or value.startswith(("AKIA", "ASIA")):
        raise ValueError(f"providers.{name}.options.{option}: must be the NAME of an environment variable")
    return value


async def check_status(response: aiohttp.ClientResponse) -> None:
    # Bedrock names the error in a header (x-amzn-errortype) as often as in the body.
    await raise_for_upstream_status(response, lambda raw: bedrock_error_code(response.headers, raw))


class BedrockProvider(PooledProvider):
    def __init__(self, name: str, config: ProviderConfig) -> None:
        super().__init__(name, config)
        try:
            from botocore.auth import SigV4Auth
            from botocore.credentials import Credentials
        except ImportError:  # pragma: no cover - depends on the install
            raise ValueError("the bedrock provider needs botocore: pip install 'hushgate[bedrock]'") from None
        region = config.options.get("region")
        if not isinstance(region, str) or not region:
            raise ValueError(f"providers.{name}.options.region: the AWS region is required (e.g. us-east-1)")
        env = {opt: _env_name(name, opt, config.options.get(opt, default)) for opt, default in CREDENTIAL_OPTIONS.items()}
        access_key, secret_key = os.environ.get(env["access_key_id_env"]), os.environ.get(env["secret_access_key_env"])
        if not access_key or not secret_key:
            raise ValueError(f"environment variables {env['access_key_id_env']} and {env['secret_access_key_env']} must be set")
        # botocore.auth logs each canonical request, session token included, at DEBUG.
        logging.getLogger("botocore").setLevel(max(logging.getLogger("botocore").level, logging.INFO))
        credentials = Credentials(access_key, secret_key, os.environ.get(env["session_token_env"]) or None)
        self._signer = SigV4Auth(credentials, "bedrock", region)
        self.region = region
        self.endpoint = (config.base_url or f"https://bedrock-runtime.{region}.amazonaws.com").rstrip("/")
        self._headers = {"content-type": "application/json", **config.headers}

    def _body(self, call: UpstreamCall) -> bytes:
        if call.route != ROUTE_CHAT:
            raise bad_request("Bedrock deployments serve chat completions only.", code="unsupported_route")
        try:
            return orjson.dumps(chat_to_converse(call.body))
        except TranslationError as exc:
            raise bad_request(exc.message, param=exc.param, code="unsupported_for_provider") from None

    def _signed(self, call: UpstreamCall, operation: str, body: bytes, accept: str) -> tuple[yarl.URL, dict[str, str]]:
        from botocore.awsrequest import AWSRequest

        # Model ids may be ARNs ("arn:aws:bedrock:...:inference-profile/x"): percent-encode
        # every reserved character, as the AWS SDKs do, and send the path exactly so.
        url = f"{self.endpoint}/model/{quote(call.model, safe='')}/{operation}"
        request = AWSRequest(method="POST", url=url, data=body, headers={**self._headers, "accept": accept})
        self._signer.add_auth(request)
        return yarl.URL(url, encoded=True), dict(request.headers.items())

    async def send(self, call: UpstreamCall) -> UpstreamResponse:
        body = self._body(call)
        url, headers = self._signed(call, "converse", body, "application/json")
        status, data = await self.post_for_json(url, body, headers, check_status)
        return UpstreamResponse(status, JsonPayload(data=converse_to_chat(data, call.model, call.request_id)))

    async def open_stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        body = self._body(call)
        url, headers = self._signed(call, "converse-stream", body, EVENT_STREAM)
        context, response = await self.open_response(url, body, headers, check_status, EVENT_STREAM)
        include_usage = bool((call.body.get("stream_options") or {}).get("include_usage"))
        return self._chunks(context, response, ConverseStream(call.model, call.request_id, include_usage))

    async def _chunks(self, context: object, response: aiohttp.ClientResponse, stream: ConverseStream) -> AsyncIterator[Chunk]:
        from botocore.eventstream import EventStreamBuffer, ParserError

        buffer = EventStreamBuffer()
        try:
            async for data in response.content.iter_any():
                buffer.add_data(data)
                for message in buffer:
                    headers = message.headers
                    if headers.get(":message-type") != "event":
                        # An exception frame (throttlingException, modelStreamErrorException...).
                        raise StreamInterrupted("upstream sent an exception event")
                    try:
                        payload = orjson.loads(message.payload)
                    except orjson.JSONDecodeError:
                        raise StreamInterrupted("upstream sent an unreadable event") from None
                    for chunk in stream.feed(str(headers.get(":event-type", "")), payload if isinstance(payload, dict) else {}):
                        yield Chunk(data=chunk)
            if not stream.finished:
                raise StreamInterrupted("upstream stream ended early")
        except ParserError:
            # A CRC mismatch or a frame that lies about its length.
            raise StreamInterrupted("upstream sent a corrupt frame") from None
        except (aiohttp.ClientError, TimeoutError, OSError):
            raise StreamInterrupted("upstream connection failed") from None
        finally:
            await context.__aexit__(None, None, None)  # type: ignore[attr-defined]
