"""Cache stores behind one interface: memory (LRU), SQLite file, Redis."""

from hushgate.cache.backends.base import BackendError, CacheBackend
from hushgate.cache.backends.memory import MemoryBackend
from hushgate.cache.backends.sqlite import SQLiteBackend

__all__ = ["BackendError", "CacheBackend", "MemoryBackend", "SQLiteBackend"]
