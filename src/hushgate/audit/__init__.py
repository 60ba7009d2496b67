"""Tamper-evident, content-free audit log.

Public API for the pipeline (everything else is internal)::

    audit = AuditLog.from_settings(settings.audit)   # AuditSettings
    await audit.start()                              # in the app lifespan
    ...
    audit.check_before_forward(ctx.data_classes)     # before any upstream call;
                                                     # raises AuditUnavailable (503)
    digest = audit.digest(redacted_request_bytes)    # HMAC-SHA256, audit-digest key
    written = await audit.record(AuditEvent(...))    # one per request, blocked ones too
    response.headers["x-hushgate-receipt"] = audit.receipt(written, event)
    # streams: audit.receipt(None, event) at decision time, record() at the end
    ...
    await audit.aclose()                             # writes the sealing checkpoint

``audit.healthy`` tells whether records reach the sinks. ``record`` raises
AuditWriteError when a record is not durable (``queued`` says whether it will
still be written after recovery). Also: ``record_nowait`` (no fsync wait, for
sync callers), ``digester()`` (incremental HMAC for streams), ``flush()``.
Admin export: ``hushgate.audit.http.routes``. Gateway wiring:
``hushgate.stages.audit`` (AuditGate, AuditResponse, AuditFinalizer).

Files: one chain per writer process, ``audit-<instance>-<pid>-<rand>.<n>.jsonl``;
each rotated file opens with a signed checkpoint; a clean shutdown seals the
chain with one. Tools: ``hushgate audit verify|export|prune|verify-receipt|keygen``.

File format, hashing and checkpoints: see ``records``, ``checkpoints`` and
``verify`` module docs; the JSON schema ships as
``hushgate/schemas/audit-record.schema.json``.
"""

from __future__ import annotations

from .chain import WrittenRecord
from .log import AuditLog, AuditUnavailable
from .records import AuditEvent
from .settings import AuditSettings
from .sinks import AuditWriteError

__all__ = ["AuditEvent", "AuditLog", "AuditSettings", "AuditUnavailable", "AuditWriteError", "WrittenRecord"]
