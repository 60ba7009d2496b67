"""SQLite file: the embedded default for a cache that survives restarts.

One connection, used from one dedicated thread so the event loop never
blocks on disk. WAL lets several gateway workers share the file. Values are
sealed envelopes; ``secure_delete`` overwrites freed pages so even ciphertext
of deleted entries does not linger, and temp tables stay in memory.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, TypeVar

from hushgate.cache.backends.base import BackendError, CacheBackend

T = TypeVar("T")
_SWEEP_EVERY = 512  # writes between deletions of expired rows
_PAGE = 256

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cache_entries (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL,
    expires_at REAL NOT NULL
) WITHOUT ROWID
"""


class SQLiteBackend(CacheBackend):
    name = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hushgate-cache-sqlite")
        self._conn: sqlite3.Connection | None = None
        self._writes = 0
        self._executor.submit(self._open).result()

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Create owner-only before SQLite opens it (umask could otherwise leave it world-readable).
        os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        for pragma in (
            "journal_mode=WAL",
            "synchronous=NORMAL",
            "secure_delete=ON",
            "temp_store=MEMORY",
            "busy_timeout=5000",
        ):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute(_SCHEMA)
        self._conn = conn

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)
        except sqlite3.Error as exc:
            raise BackendError(f"sqlite: {type(exc).__name__}") from None

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise BackendError("sqlite: backend is closed")
        return self._conn

    def _get(self, key: str) -> bytes | None:
        row = self._db.execute(
            "SELECT value FROM cache_entries WHERE key = ? AND expires_at > ?", (key, time.time())
        ).fetchone()
        return None if row is None else bytes(row[0])

    def _set(self, key: str, value: bytes, ttl_seconds: float) -> None:
        now = time.time()
        db = self._db
        db.execute("INSERT OR REPLACE INTO cache_entries VALUES (?, ?, ?)", (key, value, now + ttl_seconds))
        self._writes += 1
        if self._writes % _SWEEP_EVERY == 0:
            db.execute("DELETE FROM cache_entries WHERE expires_at <= ?", (now,))

    def _delete(self, key: str) -> None:
        self._db.execute("DELETE FROM cache_entries WHERE key = ?", (key,))

    def _page(self, after: str) -> list[tuple[str, bytes]]:
        rows = self._db.execute(
            "SELECT key, value FROM cache_entries WHERE key > ? AND expires_at > ? ORDER BY key LIMIT ?",
            (after, time.time(), _PAGE),
        ).fetchall()
        return [(k, bytes(v)) for k, v in rows]

    def _clear(self) -> int:
        db = self._db
        count = db.execute("DELETE FROM cache_entries").rowcount
        # Fold the WAL back into the (securely deleted) main file.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return count

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    async def get(self, key: str) -> bytes | None:
        return await self._run(self._get, key)

    async def set(self, key: str, value: bytes, ttl_seconds: float) -> None:
        await self._run(self._set, key, value, ttl_seconds)

    async def delete(self, key: str) -> None:
        await self._run(self._delete, key)

    async def items(self) -> AsyncIterator[tuple[str, bytes]]:
        after = ""
        while page := await self._run(self._page, after):
            for item in page:
                yield item
            after = page[-1][0]

    async def clear(self) -> int:
        return await self._run(self._clear)

    async def aclose(self) -> None:
        if self._conn is not None:
            await self._run(self._close)
        self._executor.shutdown(wait=True)
