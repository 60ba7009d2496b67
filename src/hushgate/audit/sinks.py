"""Where audit lines go: JSONL files and stdout, fed by one writer thread.

The event loop never touches a file: :class:`AuditWriter` owns a thread that
drains a queue, writes whole batches with ``os.write`` and fsyncs per policy
(``every``: before the waiting caller resumes, one fsync per batch, i.e. group
commit; ``batched``: at most ``interval`` after the write). A failed write keeps
the lines queued, marks the writer unhealthy and retries; a sink truncates its
file back to the last complete line first, so retries never leave torn lines.
"""

from __future__ import annotations

import asyncio
import collections
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from .files import file_name


class AuditWriteError(RuntimeError):
    """The audit record is not durable.

    ``queued`` tells whether it still waits in memory (written once the sink
    recovers) or was refused outright (the buffer is full; the gap is counted
    and logged as an ``audit.gap`` event on recovery).
    """

    def __init__(self, message: str, *, queued: bool) -> None:
        super().__init__(message)
        self.queued = queued


class Sink(Protocol):
    def write(self, index: int, data: bytes) -> None: ...
    def sync(self) -> None: ...
    def recover(self) -> None: ...
    def close(self) -> None: ...


class JsonlFileSink:
    """``audit-<chain>.<index>.jsonl`` files in one directory, owner-only."""

    def __init__(self, directory: Path, chain_id: str) -> None:
        self.directory = directory
        self.chain_id = chain_id
        self._fd: int | None = None
        self._index = -1
        self._good = 0  # bytes of complete lines in the current file

    def path(self, index: int) -> Path:
        return self.directory / file_name(self.chain_id, index)

    def write(self, index: int, data: bytes) -> None:
        if index != self._index or self._fd is None:
            self._open(index)
        assert self._fd is not None
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        self._good += len(data)

    def _open(self, index: int) -> None:
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._fd = os.open(self.path(index), os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
        self._index = index
        self._good = os.fstat(self._fd).st_size

    def sync(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)

    def recover(self) -> None:
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, self._good)
            except OSError:
                os.close(self._fd)
                self._fd = None

    def close(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None


class StreamSink:
    """Lines to a binary stream (stdout by default) for container log collectors."""

    def __init__(self, stream: BinaryIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stdout.buffer

    def write(self, index: int, data: bytes) -> None:
        self.stream.write(data)

    def sync(self) -> None:
        self.stream.flush()

    def recover(self) -> None:
        return None

    def close(self) -> None:
        self.stream.flush()


@dataclass
class _Item:
    number: int
    index: int
    line: bytes
    waiter: tuple[asyncio.AbstractEventLoop, asyncio.Future[None]] | None


class AuditWriter:
    """A dedicated thread that writes queued lines to every sink in order."""

    def __init__(
        self,
        sinks: list[Sink],
        *,
        fsync_every: bool,
        interval: float,
        max_pending: int,
        retry_interval: float = 0.5,
        on_state: Callable[[bool, str | None], None] | None = None,
    ) -> None:
        self.sinks = sinks
        self.fsync_every = fsync_every
        self.interval = interval
        self.max_pending = max_pending
        self.retry_interval = retry_interval
        self.on_state = on_state
        self._pending: collections.deque[_Item] = collections.deque()
        self._done = [0] * len(sinks)  # last item number each sink holds
        self._number = 0
        self._cond = threading.Condition()
        self._stopping = False
        self._failed: str | None = None
        self._dirty = False
        self._last_sync = time.monotonic()
        self._thread = threading.Thread(target=self._run, name="hushgate-audit-writer", daemon=True)

    @property
    def failed(self) -> str | None:
        return self._failed

    def has_room(self) -> bool:
        return len(self._pending) < self.max_pending

    def start(self) -> None:
        self._thread.start()

    def submit(self, index: int, line: bytes, waiter: asyncio.Future[None] | None = None) -> None:
        with self._cond:
            self._number += 1
            entry = (waiter.get_loop(), waiter) if waiter is not None else None
            self._pending.append(_Item(self._number, index, line, entry))
            self._cond.notify()

    def stop(self, timeout: float = 10.0) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify()
        self._thread.join(timeout)
        for sink in self.sinks:
            try:
                sink.close()
            except OSError:
                pass

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._stopping:
                    timeout = None
                    if self._dirty:
                        timeout = max(0.0, self._last_sync + self.interval - time.monotonic())
                        if timeout == 0.0:
                            break
                    self._cond.wait(timeout)
                batch = list(self._pending)
                stopping = self._stopping
            if batch or self._dirty:
                if not self._flush(batch):
                    if stopping and self._failed:
                        return  # give up: the lines are lost, the log was told
                    time.sleep(self.retry_interval)
                    continue
            if stopping and not self._pending:
                return

    def _flush(self, batch: list[_Item]) -> bool:
        try:
            if self._failed:
                for sink in self.sinks:
                    sink.recover()
            for i, sink in enumerate(self.sinks):
                run: list[_Item] = []
                for item in batch:
                    if item.number <= self._done[i]:
                        continue
                    if run and item.index != run[0].index:
                        self._write_run(i, sink, run)
                        run = []
                    run.append(item)
                if run:
                    self._write_run(i, sink, run)
            self._dirty = True
            now = time.monotonic()
            if self.fsync_every or now - self._last_sync >= self.interval:
                for sink in self.sinks:
                    sink.sync()
                self._dirty = False
                self._last_sync = now
        except OSError as exc:
            reason = f"{type(exc).__name__}: {os.strerror(exc.errno) if exc.errno else exc}"
            first = self._failed is None
            self._failed = reason
            self._resolve(batch, AuditWriteError(f"audit sink failed ({reason})", queued=True))
            if first and self.on_state:
                self.on_state(False, reason)
            return False
        with self._cond:
            for _ in batch:
                self._pending.popleft()
        self._resolve(batch, None)
        if self._failed is not None:
            self._failed = None
            if self.on_state:
                self.on_state(True, None)
        return True

    def _write_run(self, i: int, sink: Sink, run: list[_Item]) -> None:
        sink.write(run[0].index, b"".join(item.line for item in run))
        self._done[i] = run[-1].number

    @staticmethod
    def _resolve(batch: list[_Item], error: Exception | None) -> None:
        for item in batch:
            if item.waiter is None:
                continue
            loop, future = item.waiter
            item.waiter = None  # a later retry writes the line; nobody waits for it
            loop.call_soon_threadsafe(_settle, future, error)


def _settle(future: asyncio.Future[None], error: Exception | None) -> None:
    if future.done():
        return
    if error is None:
        future.set_result(None)
    else:
        future.set_exception(error)
