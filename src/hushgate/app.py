"""The HTTP surface: OpenAI-compatible routes in front of the pipeline.

No Starlette middleware on the request path (BaseHTTPMiddleware alone costs
more than the whole pipeline): request ids, logging and error mapping live in
``_handle``, which every proxy route goes through.
"""

from __future__ import annotations

import gc
import itertools
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from hushgate.auth import Principal, presented_key
from hushgate.canonical import ROUTE_CHAT, ROUTE_COMPLETIONS, ROUTE_EMBEDDINGS, UnsupportedContent
from hushgate.config import Settings
from hushgate.errors import GatewayError, bad_request, internal_error, model_not_found, not_found, payload_too_large, unauthorized
from hushgate.gateway import Gateway
from hushgate.logs import access_writer, ensure_configured, get_logger
from hushgate.pipeline import RequestContext
from hushgate.providers.base import StreamInterrupted
from hushgate.secrets import ServerSecret
from hushgate.sse import Chunk
from hushgate.stages.audit import record_rejected
from hushgate.streaming import EventStreamResponse
from hushgate.wire.anthropic import AnthropicWire
from hushgate.wire.base import WireFormat
from hushgate.wire.openai import ROUTING_OVERRIDE_HEADERS, OpenAIWire
from hushgate.wire.responses import ResponsesWire

# Model output must not be kept by shared caches or CDNs (SEC-07).
PRIVATE_HEADERS = {"cache-control": "no-store", "vary": "Authorization"}
SSE_HEADERS = {**PRIVATE_HEADERS, "x-accel-buffering": "no"}


# Request ids: a random per-process prefix and a counter. Unique across
# workers and restarts without a getrandom() syscall per request.
_REQUEST_ID_PREFIX = "req_" + secrets.token_hex(6)
_request_counter = itertools.count(1)


def new_request_id() -> str:
    return f"{_REQUEST_ID_PREFIX}{next(_request_counter):012x}"


async def read_body(request: Request, limit: int, declared: str | None) -> bytes:
    """The body, refused past ``limit``; ``declared`` is the Content-Length header."""
    if declared is not None:
        try:
            if int(declared) > limit:
                raise payload_too_large(limit)
        except ValueError:
            raise bad_request("Invalid Content-Length header.", code="invalid_header") from None
    # The ASGI messages themselves, as Request.stream() reads them, without
    # its async generator: most bodies arrive in one message.
    receive = request.receive
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        kind = message["type"]
        if kind == "http.request":
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise payload_too_large(limit)
            if not message.get("more_body", False):
                if not chunks:
                    return chunk
                chunks.append(chunk)
                return b"".join(chunks)
            chunks.append(chunk)
        elif kind == "http.disconnect":
            raise ClientDisconnect()


def parse_json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise bad_request("We could not parse the JSON body of your request.", code="invalid_json") from None
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.", code="invalid_json")
    return body


def authenticate(gateway: Gateway, headers: Mapping[str, str]) -> Principal | None:
    """The caller's principal from its credential headers; 401 without a valid key."""
    if gateway.keys is None:
        return None
    presented = presented_key(headers)
    principal = gateway.keys.authenticate(presented) if presented else None
    if principal is None:
        raise unauthorized()
    return principal


_ROUTING_OVERRIDE_RAW = frozenset(name.encode("latin-1") for name in ROUTING_OVERRIDE_HEADERS)


def edge_checks(gateway: Gateway, request: Request) -> tuple[Principal | None, str | None]:
    """Authentication, routing-override headers and content type, in that order, in one pass over the headers.

    Reads the values ``request.headers.get`` would return (the first of each
    name) without a lookup per header (issue 2).
    Returns the principal and the declared Content-Length.
    """
    authorization = api_key = content_type = declared = forbidden = None
    for name, value in request.scope["headers"]:
        if name == b"authorization":
            if authorization is None:
                authorization = value
        elif name == b"content-type":
            if content_type is None:
                content_type = value
        elif name == b"content-length":
            if declared is None:
                declared = value
        elif name == b"x-api-key":
            if api_key is None:
                api_key = value
        elif forbidden is None and name in _ROUTING_OVERRIDE_RAW:
            forbidden = name
    credentials: dict[str, str] = {}
    if authorization is not None:
        credentials["authorization"] = authorization.decode("latin-1")
    if api_key is not None:
        credentials["x-api-key"] = api_key.decode("latin-1")
    principal = authenticate(gateway, credentials)
    if forbidden is not None:
        raise bad_request("Clients cannot choose the upstream.", param=forbidden.decode("latin-1"), code="forbidden_header")
    if content_type is None or b"application/json" not in content_type.lower():
        raise GatewayError(415, "Content-Type must be application/json.", code="unsupported_media_type")
    return principal, None if declared is None else declared.decode("latin-1")


def served_by_headers(ctx: RequestContext) -> dict[str, str]:
    headers = {"x-request-id": ctx.request_id, **ctx.response_headers}
    if ctx.deployment is not None:
        headers["x-hushgate-provider"] = ctx.deployment.provider
        headers["x-hushgate-model"] = ctx.deployment.model
        headers["x-hushgate-deployment"] = ctx.deployment.name
        headers["x-hushgate-attempts"] = str(ctx.attempts)
    return headers


# The same headers, encoded once, for responses built from raw header lists.
_PRIVATE_RAW = tuple((k.encode("latin-1"), v.encode("latin-1")) for k, v in PRIVATE_HEADERS.items())
_SSE_RAW = tuple((k.encode("latin-1"), v.encode("latin-1")) for k, v in SSE_HEADERS.items())
# Names the raw path sets itself; a stage header with one of them takes the dict path.
_OWN_HEADER_NAMES = frozenset(
    {*SSE_HEADERS, "x-request-id", "x-hushgate-provider", "x-hushgate-model", "x-hushgate-deployment",
     "x-hushgate-attempts", "content-length", "content-type"}
)  # fmt: skip


def served_by_raw(ctx: RequestContext, base: tuple[tuple[bytes, bytes], ...]) -> list[tuple[bytes, bytes]] | None:
    """``base`` + ``served_by_headers(ctx)`` as an encoded header list, or None to use the dict path.

    The same headers as the dict path, built without per-request encoding of
    what is fixed per deployment (issue 2).
    """
    extra = ctx.response_headers
    if extra and not _OWN_HEADER_NAMES.isdisjoint(extra):
        return None
    raw = [*base, (b"x-request-id", ctx.request_id.encode("latin-1"))]
    deployment = ctx.deployment
    if deployment is not None:
        if deployment.served_by is None:
            return None
        raw.extend(deployment.served_by)
        raw.append((b"x-hushgate-attempts", b"%d" % ctx.attempts))
    for name, value in extra.items():
        raw.append((name.lower().encode("latin-1"), value.encode("latin-1")))
    return raw


class RawHeadersResponse(Response):
    """A Response whose header list is already encoded (content-length and -type included)."""

    def __init__(self, content: bytes, status_code: int, raw_headers: list[tuple[bytes, bytes]], media_type: str) -> None:
        self.status_code = status_code
        self.media_type = media_type
        self.background = None
        self.body = content
        self.raw_headers = raw_headers


def log_request(ctx: RequestContext | None, request_id: str, route: str, status: int, error_code: str | None, started: float) -> None:
    write = access_writer()
    if write is None:  # info lines filtered out: nothing to build
        return
    fields: dict[str, Any] = {
        "request_id": request_id,
        "route": route,
        "status": status,
        "latency_ms": round((time.perf_counter() - started) * 1000, 3),
    }
    if error_code:
        fields["error_code"] = error_code
    if ctx is not None:
        fields.update(model=ctx.model[:64], stream=ctx.request.stream, attempts=ctx.attempts,
                      bytes_in=ctx.request_bytes, bytes_out=ctx.response_bytes)  # fmt: skip
        if ctx.principal is not None:
            fields["key_id"] = ctx.principal.key_id
        if ctx.deployment is not None:
            fields.update(provider=ctx.deployment.provider, deployment=ctx.deployment.name)
        if ctx.first_byte_at is not None:
            fields["ttfb_ms"] = round((ctx.first_byte_at - ctx.received_at) * 1000, 3)
        if ctx.cache_status:
            fields["cache"] = ctx.cache_status
        if ctx.data_classes:
            fields["data_classes"] = ctx.data_classes
    write(fields)


class ProxyEndpoint:
    """POST handler for one inbound route: edge checks, pipeline, upstream, reply.

    The wire format translates the client's dialect in and out; everything in
    between is the same for every SDK.
    """

    def __init__(self, wire: WireFormat) -> None:
        self.wire = wire
        self.route = wire.name

    async def __call__(self, request: Request) -> Response:
        gateway: Gateway = request.app.state.gateway
        started = time.perf_counter()
        request_id = new_request_id()
        ctx: RequestContext | None = None
        try:
            principal, declared = edge_checks(gateway, request)
            raw = await read_body(request, gateway.settings.server.max_body_bytes, declared)
            ctx = self._context(gateway, request, request_id, principal, raw)
            await gateway.pipeline.run_request(ctx)
            if ctx.request.stream:
                return await self._stream(gateway, ctx, started)
            return await self._complete(gateway, ctx, started)
        except GatewayError as exc:
            return await self._fail(gateway, ctx, exc, request_id, started)
        except ClientDisconnect:
            return await self._fail(gateway, ctx, GatewayError(499, "Client closed the request.", code="client_closed"), request_id, started)
        except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback to the client
            get_logger().error("unhandled_error", request_id=request_id, route=self.route, exc_info=exc)
            return await self._fail(gateway, ctx, internal_error(), request_id, started)

    def _context(self, gateway: Gateway, request: Request, request_id: str, principal: Principal | None, raw: bytes) -> RequestContext:
        """Parse, validate and extract: the request's context, or the error that refuses it."""
        try:
            canonical = self.wire.parse(parse_json_object(raw), request.headers)
            if not gateway.router.has_model(canonical.model):
                raise model_not_found(canonical.model)
            ctx = RequestContext(
                request_id=request_id,
                route=self.route,
                client_address=client[0] if (client := request.scope.get("client")) else "",
                headers=request.headers,
                request=canonical,
                principal=principal,
            )
            ctx.request_bytes = len(raw)
            _ = ctx.request.segments  # extraction refuses unscannable shapes before anything runs
        except UnsupportedContent as exc:
            raise bad_request(str(exc), param=exc.param, code="unsupported_content") from None
        return ctx

    async def _complete(self, gateway: Gateway, ctx: RequestContext, started: float) -> Response:
        if ctx.short_circuit is not None:
            response = ctx.short_circuit  # type: ignore[assignment]
        else:
            response = await gateway.router.send(ctx)
        ctx.first_byte_at = time.perf_counter()
        await gateway.pipeline.run_response(ctx, response)  # type: ignore[arg-type]
        body = self.wire.response_body(ctx, response.payload)  # type: ignore[union-attr]
        ctx.status = 200
        ctx.response_bytes = len(body)
        await gateway.pipeline.finalize(ctx)
        log_request(ctx, ctx.request_id, self.route, 200, None, started)
        raw = served_by_raw(ctx, _PRIVATE_RAW)
        if raw is None:
            return Response(body, 200, headers={**PRIVATE_HEADERS, **served_by_headers(ctx)}, media_type="application/json")
        raw.append((b"content-length", b"%d" % len(body)))
        raw.append((b"content-type", b"application/json"))
        return RawHeadersResponse(body, 200, raw, "application/json")

    async def _stream(self, gateway: Gateway, ctx: RequestContext, started: float) -> Response:
        if ctx.short_circuit is not None:
            upstream = ctx.short_circuit
        else:
            upstream = await gateway.router.open_stream(ctx)
        chunks = gateway.pipeline.wrap_stream(ctx, upstream)  # type: ignore[arg-type]
        ctx.status = 200
        events = self._events(gateway, ctx, chunks, upstream, started)
        raw = served_by_raw(ctx, _SSE_RAW)
        if raw is None:
            return EventStreamResponse(events, 200, headers={**SSE_HEADERS, **served_by_headers(ctx)})
        response = EventStreamResponse(events, 200)
        raw.extend(response.raw_headers)  # content-type, as Starlette spells it
        response.raw_headers = raw
        return response

    async def _events(
        self, gateway: Gateway, ctx: RequestContext, chunks: AsyncIterator[Chunk], upstream: AsyncIterator[Chunk], started: float
    ) -> AsyncIterator[bytes]:
        frames = self.wire.stream_frames(ctx, chunks)
        try:
            async for frame in frames:
                if ctx.first_byte_at is None:
                    ctx.first_byte_at = time.perf_counter()
                ctx.response_bytes += len(frame)
                yield frame
        except StreamInterrupted:
            ctx.error_code = "upstream_stream_interrupted"
            error = GatewayError(502, "The upstream stream was interrupted.", "upstream_error", ctx.error_code)
            yield self.wire.stream_error_frame(error)
        except GatewayError as exc:
            ctx.error_code = exc.code
            yield self.wire.stream_error_frame(exc)
        finally:
            # Closing our end cancels the upstream request (client went away
            # or the stream ended): no half-read connection goes back to a pool.
            for iterator in (frames, chunks, upstream):
                aclose = getattr(iterator, "aclose", None)
                if aclose is not None:
                    await aclose()
            if ctx.first_byte_at is None and ctx.error_code is None:
                ctx.error_code = "client_closed"
            try:
                await gateway.pipeline.finalize(ctx)
            except Exception as exc:  # noqa: BLE001 - the stream is over; nothing left to refuse
                get_logger().error("finalizer_error", request_id=ctx.request_id, exc_info=exc)
            log_request(ctx, ctx.request_id, self.route, 200, ctx.error_code, started)

    async def _fail(self, gateway: Gateway, ctx: RequestContext | None, exc: GatewayError, request_id: str, started: float) -> Response:
        if ctx is not None:
            ctx.status = exc.status
            ctx.error_code = exc.code
            try:
                await gateway.pipeline.finalize(ctx)
            except Exception as fin_exc:  # noqa: BLE001
                get_logger().error("finalizer_error", request_id=request_id, exc_info=fin_exc)
        else:  # refused before a context existed (bad key, bad JSON, unknown model): still one audit record
            await record_rejected(gateway.audit, request_id, self.route, exc.status, exc.code)
        headers = {**PRIVATE_HEADERS, "x-request-id": request_id}
        if ctx is not None:
            headers.update(ctx.response_headers)
        log_request(ctx, request_id, self.route, exc.status, exc.code, started)
        return self.wire.error_response(exc, headers)


async def list_models(request: Request) -> Response:
    """Model groups with what each deployment can do, costs, where it runs and its tags.

    Behind the same API key as the proxy routes: deployment names, regions
    and tags describe the operator's setup, not something for anonymous callers.
    """
    gateway: Gateway = request.app.state.gateway
    authenticate(gateway, request.headers)
    router = gateway.router
    data = []
    for name, group in router.registry.groups.items():
        data.append(
            {
                "id": name,
                "object": "model",
                "created": 0,
                "owned_by": "hushgate",
                "strategy": group.strategy,
                "fallbacks": list(group.fallbacks),
                "deployments": [
                    {
                        "name": d.name,
                        "provider": d.provider_type,
                        "tags": sorted(d.tags),
                        "region": d.region,
                        "capabilities": d.capabilities.model_dump(),
                        "input_price_per_mtok": d.input_price_per_mtok,
                        "output_price_per_mtok": d.output_price_per_mtok,
                        "weight": d.weight,
                        "max_concurrent": d.max_concurrent,
                        "circuit": router.breakers.state(d.name),
                    }
                    for d in group.deployments
                ],
            }
        )
    return Response(orjson.dumps({"object": "list", "data": data}), media_type="application/json", headers=PRIVATE_HEADERS)


async def healthz(request: Request) -> Response:
    # Constant body: no config, versions or keys to an unauthenticated caller.
    return Response(b'{"status":"ok"}', media_type="application/json")


async def readyz(request: Request) -> Response:
    ready = getattr(request.app.state, "ready", False)
    return Response(b'{"status":"ready"}' if ready else b'{"status":"starting"}', 200 if ready else 503, media_type="application/json")


def _guarded(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except GatewayError as exc:
            return exc.response(PRIVATE_HEADERS)

    return endpoint


async def http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        error = GatewayError(405, "Method not allowed for this route.", code="method_not_allowed")
    elif exc.status_code == 404:
        error = not_found("Unknown route.", code="unknown_url")
    else:
        error = GatewayError(exc.status_code, "Request failed.", code="http_error")
    return error.response(dict(exc.headers or {}))


async def server_error(request: Request, exc: Exception) -> Response:
    get_logger().error("unhandled_error", exc_info=exc)
    return internal_error().response()


class GatewayApp(Starlette):
    """Starlette, with the proxy routes dispatched straight to their endpoint.

    Their handler already does what Starlette's layers would (every error
    becomes a response in our shape, nothing raises HTTPException), so a
    POST to one of those exact paths skips the middleware stack and the
    route scan, a measurable share of the core's per-request CPU (issue 2).
    Everything else (other paths and methods, a root_path, added
    middleware) goes through Starlette as before.
    """

    def __init__(self, *args: Any, direct_routes: dict[str, Callable[[Request], Awaitable[Response]]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.direct_routes = direct_routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and not scope.get("root_path") and not self.user_middleware:
            endpoint = self.direct_routes.get(scope["path"])
            if endpoint is not None:
                scope["app"] = self
                await _serve_direct(endpoint, scope, receive, send)
                return
        await super().__call__(scope, receive, send)


async def _serve_direct(endpoint: Callable[[Request], Awaitable[Response]], scope: Scope, receive: Receive, send: Send) -> None:
    """What Starlette's ServerErrorMiddleware + request_response would do for this endpoint."""
    request = Request(scope, receive, send)
    try:
        response = await endpoint(request)
    except Exception as exc:
        # Not reached in practice (the endpoint maps every error itself);
        # kept so a bug still answers in our error shape, as Starlette would.
        fallback = await (http_exception if isinstance(exc, HTTPException) else server_error)(request, exc)
        await fallback(scope, receive, send)
        if isinstance(exc, HTTPException):
            return
        raise
    try:
        await response(scope, receive, send)
    except Exception as exc:
        # A response sends its start message first: the client already has
        # a status line, so like Starlette we only log and let the server
        # close the connection.
        await server_error(request, exc)
        raise


def routes(extra: list[BaseRoute] | None = None) -> list[BaseRoute]:
    return [
        # Starlette calls bound methods as request handlers (instances as ASGI apps).
        Route("/v1/chat/completions", ProxyEndpoint(OpenAIWire(ROUTE_CHAT)).__call__, methods=["POST"]),
        Route("/v1/completions", ProxyEndpoint(OpenAIWire(ROUTE_COMPLETIONS)).__call__, methods=["POST"]),
        Route("/v1/embeddings", ProxyEndpoint(OpenAIWire(ROUTE_EMBEDDINGS)).__call__, methods=["POST"]),
        Route("/v1/responses", ProxyEndpoint(ResponsesWire()).__call__, methods=["POST"]),
        Route("/v1/messages", ProxyEndpoint(AnthropicWire()).__call__, methods=["POST"]),
        Route("/v1/models", _guarded(list_models), methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        *(extra or []),
    ]


def create_app(settings: Settings, *, secret: ServerSecret | None = None) -> Starlette:
    ensure_configured(settings.server.log_level)
    gateway = Gateway.build(settings, secret)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await gateway.start()
        if settings.server.warmup:
            # Before ready, and before uvicorn opens its socket (lifespan startup comes first).
            from hushgate.warmup import warm_up

            app.state.warmup = await warm_up(gateway, [endpoint.__self__ for endpoint in direct.values()])
            gc.collect()
            gc.freeze()  # what the warm-up built is long-lived too (see Gateway.start)
        app.state.ready = True
        try:
            yield
        finally:
            app.state.ready = False
            await gateway.aclose()

    all_routes = routes(gateway.extra_routes())
    direct = {
        route.path: route.endpoint
        for route in all_routes
        if isinstance(route, Route) and route.methods == {"POST"} and isinstance(getattr(route.endpoint, "__self__", None), ProxyEndpoint)
    }
    app = GatewayApp(
        routes=all_routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_exception, Exception: server_error},
        direct_routes=direct,
    )
    app.state.gateway = gateway
    app.state.ready = False
    app.state.warmup = None  # the warm-up's content-free summary once it ran (counts, ms)
    return app
