"""AuditLog: the one object the gateway holds to write its audit trail."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import secrets as _random
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import structlog

from ..secrets import AUDIT_DIGEST, ServerSecret, load_server_secret
from .chain import Chain, WrittenRecord
from .receipts import issue_receipt
from .records import AuditEvent, event_fields, utc_now
from .settings import AuditSettings
from .signing import REGISTRY_NAME, AuditSigner, SigningKeyError, load_signer, publish_public_key
from .sinks import AuditWriteError, AuditWriter, JsonlFileSink, Sink, StreamSink

_log = structlog.get_logger("hushgate.audit")


class AuditUnavailable(AuditWriteError):
    """Refuse the request (503): its data class requires audit and the sink cannot write."""

    status_code = 503
    code = "audit_unavailable"

    def __init__(self, message: str) -> None:
        super().__init__(message, queued=False)


class AuditLog:
    def __init__(
        self,
        settings: AuditSettings,
        secret: ServerSecret,
        signer: AuditSigner,
        *,
        sinks: Callable[[str], list[Sink]] | None = None,
        on_alert: Callable[[str, Mapping[str, object]], None] | None = None,
    ) -> None:
        self.settings = settings
        self.signer = signer
        self.chain = self._new_chain()
        self._digest_key = secret.derive(AUDIT_DIGEST)
        self._sinks = sinks
        self._on_alert = on_alert
        self._lock = threading.Lock()
        self._writer: AuditWriter | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._index = 0
        self._file_bytes = 0
        self._file_opened = time.monotonic()
        self._last_checkpoint = time.monotonic()
        self._dropped = 0
        self._closed = False

    def _new_chain(self) -> Chain:
        # One chain per writer process: pid plus a random suffix, so a reused
        # pid or a gateway built before uvicorn forks never shares a file.
        return Chain(f"{self.settings.instance}-{os.getpid()}-{_random.token_hex(3)}", self.signer)

    @classmethod
    def from_settings(
        cls,
        settings: AuditSettings,
        *,
        secret: ServerSecret | None = None,
        signer: AuditSigner | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> AuditLog:
        """Build from config; raises SigningKeyError / SecretError when keys are missing."""
        if secret is None:
            secret = load_server_secret(environ=dict(environ) if environ is not None else None)
        if signer is None:
            signer = load_signer(key_file=settings.signing_key_file, env_var=settings.signing_key_env, environ=environ)
        if signer is None:
            if not settings.allow_ephemeral_signing_key:
                raise SigningKeyError(
                    f"no audit signing key: set {settings.signing_key_env} or its _FILE variant"
                    " (create one with `hushgate audit keygen`)"
                )
            signer = AuditSigner.generate()
        return cls(settings, secret, signer)

    @property
    def registry_path(self) -> Path | None:
        s = self.settings
        return s.key_registry or (s.directory / REGISTRY_NAME if s.directory else None)

    # -- lifecycle -----------------------------------------------------------------

    async def start(self) -> None:
        """Open sinks, publish the public key, write the chain's ``audit.start`` record."""
        s = self.settings
        self._loop = asyncio.get_running_loop()
        self.chain = self._new_chain()  # named in the process that writes it
        if self._sinks is not None:
            sinks = self._sinks(self.chain.chain_id)  # tests inject faulty sinks here
        else:
            sinks = []
            if s.directory is not None:
                sinks.append(JsonlFileSink(s.directory, self.chain.chain_id))
            if s.stdout:
                sinks.append(StreamSink())
        if self.registry_path is not None:
            try:
                await asyncio.to_thread(publish_public_key, self.registry_path, self.signer)
            except OSError as exc:
                raise AuditWriteError(f"cannot publish the audit public key: {exc.strerror}", queued=False) from None
        self._writer = AuditWriter(
            sinks,
            fsync_every=s.fsync == "every",
            interval=s.fsync_interval_ms / 1000,
            max_pending=s.max_pending_records,
            retry_interval=s.retry_interval_ms / 1000,
            on_state=self._state_changed,
        )
        self._writer.start()
        # Wait for the first line whatever the fsync policy: an unwritable sink
        # fails the startup instead of the first regulated request.
        written = self._loop.create_future()
        try:
            self.record_nowait(AuditEvent(event_type="audit.start"), written)
            await written
        except AuditWriteError:
            self._closed = True
            await asyncio.to_thread(self._writer.stop, 1.0)
            raise
        self._ticker = asyncio.create_task(self._tick(), name="hushgate-audit-ticker")

    async def aclose(self) -> None:
        """Write ``audit.stop`` and a shutdown checkpoint (sealing the chain), then flush."""
        if self._writer is None or self._closed:
            return
        if self._ticker is not None:
            self._ticker.cancel()
        try:
            await self.record(AuditEvent(event_type="audit.stop"))
        except AuditWriteError:
            pass
        with self._lock:
            self._closed = True
            self._emit_checkpoint("shutdown")
        await asyncio.to_thread(self._writer.stop)

    # -- health and the fail-closed check -------------------------------------------

    @property
    def healthy(self) -> bool:
        """True when records reach the sinks (not failed, buffer not full)."""
        w = self._writer
        return w is not None and not self._closed and w.failed is None and w.has_room()

    def can_write(self) -> bool:
        return self.healthy

    def admits(self, data_classes: Iterable[str], *, required: bool = False) -> bool:
        """May a request of these classes be forwarded upstream right now?

        ``required``: the policy marks this request as requiring audit, on top
        of the classes listed in ``require_audit_for_classes``.
        """
        if self.healthy:
            return True
        must = required or bool(set(self.settings.require_audit_for_classes).intersection(data_classes))
        if must or self.settings.on_failure_for_other_classes == "refuse":
            return False
        w = self._writer
        return w is not None and not self._closed and w.has_room()

    def check_before_forward(self, data_classes: Iterable[str], *, required: bool = False) -> None:
        """Call before any upstream call; raises AuditUnavailable (503) to fail closed."""
        if not self.admits(data_classes, required=required):
            raise AuditUnavailable("the audit log cannot write; requests of this class are refused")

    # -- writing -----------------------------------------------------------------

    def digest(self, data: bytes) -> str:
        """HMAC-SHA256 (audit-digest key from the server secret) of ``data``, hex."""
        return hmac.new(self._digest_key, data, hashlib.sha256).hexdigest()

    def digester(self) -> hmac.HMAC:
        """An incremental :meth:`digest` (``update`` per chunk, then ``hexdigest``) for streams."""
        return hmac.new(self._digest_key, digestmod=hashlib.sha256)

    async def record(self, event: AuditEvent) -> WrittenRecord:
        """Append one record. With ``fsync: every`` returns once it is on disk.

        Raises AuditWriteError when the record is not durable (see its ``queued``).
        """
        waiter = self._loop.create_future() if self._loop and self.settings.fsync == "every" else None
        written = self.record_nowait(event, waiter)
        if waiter is not None:
            await waiter
        return written

    def record_nowait(self, event: AuditEvent, waiter: asyncio.Future[None] | None = None) -> WrittenRecord:
        """Append without waiting for fsync (for sync callers and finalizers)."""
        body = event_fields(event)
        with self._lock:
            writer = self._writer
            if writer is None or self._closed:
                raise AuditWriteError("the audit log is not running", queued=False)
            if not writer.has_room():
                self._dropped += 1
                raise AuditWriteError("audit buffer is full; record refused", queued=False)
            self._maybe_rotate()
            line, written = self.chain.append(body, utc_now())
            self._submit(line, waiter)
            if self.chain.since_checkpoint >= self.settings.checkpoint_every_records:
                self._emit_checkpoint("count")
        return written

    async def flush(self) -> None:
        """Wait until everything recorded so far has been written (not necessarily fsynced)."""
        if self._writer is None or self._loop is None:
            return
        barrier = self._loop.create_future()
        self._writer.submit(self._index, b"", barrier)
        await barrier

    def receipt(self, written: WrittenRecord | None, event: AuditEvent) -> str:
        """The signed ``x-hushgate-receipt`` value; ``written=None`` for a stream's decision-time receipt."""
        return issue_receipt(self.signer, written, event)

    # -- internals (all under self._lock) --------------------------------------------

    def _submit(self, line: bytes, waiter: asyncio.Future[None] | None = None) -> None:
        assert self._writer is not None
        self._writer.submit(self._index, line, waiter)
        self._file_bytes += len(line)

    def _emit_checkpoint(self, reason: str) -> None:
        line, _ = self.chain.checkpoint(reason, utc_now())
        self._submit(line)
        self._last_checkpoint = time.monotonic()

    def _maybe_rotate(self) -> None:
        s = self.settings
        too_big = self._file_bytes >= s.rotate_bytes
        too_old = time.monotonic() - self._file_opened >= s.rotate_seconds
        if self.chain.next_seq and (too_big or too_old):
            # Each new file opens with a signed checkpoint: the anchor that lets
            # the chain verify once the files before it are pruned.
            self._index += 1
            self._file_bytes = 0
            self._file_opened = time.monotonic()
            self._emit_checkpoint("rotate")

    async def _tick(self) -> None:
        s = self.settings
        period = min(1.0, s.checkpoint_every_seconds / 2, s.rotate_seconds / 2)
        while True:
            await asyncio.sleep(period)
            with self._lock:
                if self._closed:
                    return
                now = time.monotonic()
                if self.chain.since_checkpoint and now - self._last_checkpoint >= s.checkpoint_every_seconds:
                    self._emit_checkpoint("interval")
                if self._file_bytes and now - self._file_opened >= s.rotate_seconds:
                    self._maybe_rotate()

    def _state_changed(self, ok: bool, reason: str | None) -> None:
        # Called on the writer thread.
        if ok:
            _log.warning("audit_sink_recovered")
        else:
            _log.error("audit_sink_failed", reason=reason)
        if self._on_alert is not None:
            self._on_alert("audit_sink_recovered" if ok else "audit_sink_failed", {"reason": reason})
        if ok and self._loop is not None:
            self._loop.call_soon_threadsafe(self._write_gap_marker)

    def _write_gap_marker(self) -> None:
        # Written after every outage, so the log itself shows when it was
        # degraded; ``dropped`` counts records refused because the buffer was full.
        with self._lock:
            dropped, self._dropped = self._dropped, 0
        try:
            self.record_nowait(AuditEvent(event_type="audit.gap", dropped=dropped))
        except AuditWriteError:
            with self._lock:
                self._dropped += dropped
