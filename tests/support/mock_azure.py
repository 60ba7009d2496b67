"""A mock Azure OpenAI resource: per-deployment URLs, api-version, api-key, content filters.

Answers follow Azure's documented shapes: chat completions and chunks carry
``prompt_filter_results`` / ``content_filter_results``; a filtered prompt is a
400 whose ``error.code`` is ``content_filter`` with an ``innererror``; a
missing ``api-version`` or unknown deployment is refused as Azure does.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from tests.support.mock_openai import MockOpenAI, Received, Scripted, chat_chunks, chat_completion, embeddings_body

SAFE_FILTER = {
    "hate": {"filtered": False, "severity": "safe"},
    "self_harm": {"filtered": False, "severity": "safe"},
    "sexual": {"filtered": False, "severity": "safe"},
    "violence": {"filtered": False, "severity": "safe"},
}
# Marker text in upstream error messages: tests assert it never reaches a client.
LEAKY_MESSAGE = "The prompt 'SECRET-PROMPT-TEXT' triggered Azure OpenAI's content management policy."


def azure_chat_completion(content: str = "Hello from Azure.", **kwargs: Any) -> dict[str, Any]:
    body = chat_completion(content, **kwargs)
    body["prompt_filter_results"] = [{"prompt_index": 0, "content_filter_results": SAFE_FILTER}]
    body["choices"][0]["content_filter_results"] = SAFE_FILTER
    return body


def azure_chunks(pieces: list[str]) -> list[dict[str, Any]]:
    # Azure opens a stream with a choice-less chunk carrying the prompt filter verdict.
    first = {"id": "", "object": "", "created": 0, "model": "", "choices": [],
             "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": SAFE_FILTER}]}  # fmt: skip
    out = chat_chunks(pieces)
    for chunk in out[1:-1]:
        chunk["choices"][0]["content_filter_results"] = SAFE_FILTER
    return [first, *out]


def content_filter_error() -> dict[str, Any]:
    return {
        "error": {
            "message": LEAKY_MESSAGE,
            "type": None,
            "param": "prompt",
            "code": "content_filter",
            "status": 400,
            "innererror": {
                "code": "ResponsibleAIPolicyViolation",
                "content_filter_result": {**SAFE_FILTER, "violence": {"filtered": True, "severity": "high"}},
            },
        }
    }


class MockAzure(MockOpenAI):
    def __init__(self, deployments: tuple[str, ...] = ("gpt-4o-prod",)) -> None:
        super().__init__()
        self.deployments = set(deployments)
        self.queries: list[dict[str, str]] = []
        path = "/openai/deployments/{deployment}"
        self.app.router.routes[:] = [
            Route(f"{path}/chat/completions", self._azure, methods=["POST"]),
            Route(f"{path}/completions", self._azure, methods=["POST"]),
            Route(f"{path}/embeddings", self._azure, methods=["POST"]),
            Route("/openai/v1/chat/completions", self._azure_v1, methods=["POST"]),
        ]

    async def _azure_v1(self, request: Request) -> Response:
        # The versionless v1 API: no api-version, the deployment is the body's model.
        raw = await request.body()
        return await self._answer(request, raw, orjson.loads(raw).get("model"), versioned=False)

    async def _azure(self, request: Request) -> Response:
        return await self._answer(request, await request.body(), request.path_params["deployment"], versioned=True)

    async def _answer(self, request: Request, raw: bytes, deployment: str | None, *, versioned: bool) -> Response:
        self.received.append(Received(request.url.path, {k.lower(): v for k, v in request.headers.items()}, raw))
        self.queries.append(dict(request.query_params))
        if versioned and "api-version" not in request.query_params:
            return self._error(404, {"error": {"code": "404", "message": "Resource not found"}})
        if request.headers.get("api-key") is None:
            return self._error(401, {"statusCode": 401, "message": "Access denied due to missing subscription key."})
        if deployment not in self.deployments:
            return self._error(404, {"error": {"code": "DeploymentNotFound", "message": "The API deployment for this resource does not exist."}})
        answer = self.script.pop(0) if self.script else Scripted()
        if answer.status != 200 or answer.raw_body is not None:
            raw_body = answer.raw_body if answer.raw_body is not None else orjson.dumps(answer.body or {})
            return Response(raw_body, answer.status, headers=answer.headers, media_type="application/json")
        if orjson.loads(raw).get("stream"):
            chunks = answer.chunks if answer.chunks is not None else azure_chunks(["Hello", " from", " Azure."])
            return StreamingResponse(self._sse(request, chunks, answer), media_type="text/event-stream")
        if answer.body is not None:
            payload = answer.body
        elif request.url.path.endswith("/embeddings"):
            inputs = orjson.loads(raw).get("input")
            payload = embeddings_body(1 if isinstance(inputs, str) else len(inputs))
        else:
            payload = azure_chat_completion()
        return Response(orjson.dumps(payload), 200, media_type="application/json")

    @staticmethod
    def _error(status: int, body: dict[str, Any]) -> Response:
        return Response(orjson.dumps(body), status, media_type="application/json")
