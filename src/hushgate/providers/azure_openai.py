"""Azure OpenAI: OpenAI's wire format behind per-deployment URLs.

The body and the stream are OpenAI's (Azure adds ``content_filter_results``
and ``prompt_filter_results``, which pass through so clients can see why an
answer was filtered). What differs: the URL names the Azure *deployment*
(the deployment's upstream ``model``) and carries ``api-version``; the key
goes in an ``api-key`` header (``options.api_version: v1`` selects the
versionless ``/openai/v1/`` API, where the deployment is the body's model); error bodies nest the reason under
``error.code`` (``content_filter``, ``DeploymentNotFound``, "429"...) with an
``innererror`` whose filter details quote nothing we keep.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import quote

import aiohttp
import orjson

from hushgate.canonical import ROUTE_CHAT, ROUTE_COMPLETIONS, ROUTE_EMBEDDINGS
from hushgate.config import ProviderConfig
from hushgate.http import raise_for_upstream_status, upstream_request
from hushgate.providers.base import UpstreamCall, UpstreamError, UpstreamResponse
from hushgate.providers.openai_compatible import OpenAICompatibleProvider, error_code_of
from hushgate.sse import Chunk, JsonPayload

DEFAULT_API_VERSION = "2024-10-21"  # the current GA data-plane version
ROUTE_PATHS = {ROUTE_CHAT: "/chat/completions", ROUTE_COMPLETIONS: "/completions", ROUTE_EMBEDDINGS: "/embeddings"}


class AzureOpenAIProvider(OpenAICompatibleProvider):
    def __init__(self, name: str, config: ProviderConfig) -> None:
        if not config.base_url:
            raise ValueError(f"providers.{name}.base_url: Azure OpenAI needs the resource endpoint (https://RESOURCE.openai.azure.com)")
        super().__init__(name, config)
        api_version = config.options.get("api_version", DEFAULT_API_VERSION)
        if not isinstance(api_version, str) or not api_version:
            raise ValueError(f"providers.{name}.options.api_version: must be a non-empty string")
        self.api_version = api_version
        if self.base_url.endswith("/openai"):
            self.base_url = self.base_url[: -len("/openai")]

    def credential_headers(self, key: str) -> dict[str, str]:
        return {"api-key": key}

    def deployment_url(self, call: UpstreamCall) -> str:
        if self.api_version == "v1":
            # The v1 API drops api-version; the deployment travels as the body's model.
            return f"{self.base_url}/openai/v1{ROUTE_PATHS[call.route]}"
        deployment = quote(call.model, safe="")
        version = quote(self.api_version, safe="")
        return f"{self.base_url}/openai/deployments/{deployment}{ROUTE_PATHS[call.route]}?api-version={version}"

    async def send(self, call: UpstreamCall) -> UpstreamResponse:
        body = orjson.dumps(call.body)
        async with upstream_request(self.session, self.deployment_url(call), body, self._headers) as response:
            # error.code is Azure's reason (content_filter, DeploymentNotFound, "429"); the
            # message and innererror, which can describe the prompt, are dropped.
            await raise_for_upstream_status(response, error_code_of)
            try:
                raw = await response.read()
            except aiohttp.ClientError:
                raise UpstreamError("connect") from None
        if not raw.lstrip().startswith(b"{"):
            raise UpstreamError("protocol", response.status, "not_json")
        return UpstreamResponse(response.status, JsonPayload(raw))

    async def open_stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        body = orjson.dumps(call.body)
        context = upstream_request(self.session, self.deployment_url(call), body, self._stream_headers)
        response = await context.__aenter__()
        try:
            await raise_for_upstream_status(response, error_code_of)
            if "text/event-stream" not in response.headers.get("content-type", ""):
                raise UpstreamError("protocol", response.status, "not_event_stream")
        except BaseException as exc:
            await context.__aexit__(type(exc), exc, exc.__traceback__)
            raise
        return self._chunks(context, response)
