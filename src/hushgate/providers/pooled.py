"""Base for adapters that speak HTTP: one pooled aiohttp session per upstream.

Owns the session's life (opened at startup, closed at shutdown) and reads
the upstream key from the environment variable the config names, so each
adapter only says where its key goes and how its wire format looks.
"""

from __future__ import annotations

import os

import aiohttp

from hushgate.config import ProviderConfig
from hushgate.http import new_session
from hushgate.providers.base import Provider


class PooledProvider(Provider):
    def __init__(self, name: str, config: ProviderConfig) -> None:
        super().__init__(name, config)
        self._session: aiohttp.ClientSession | None = None

    def api_key(self, config: ProviderConfig | None = None) -> str | None:
        """The upstream key, read once at startup: it lives in the process, not the config."""
        env = (config or self.config).api_key_env
        if not env:
            return None
        key = os.environ.get(env)
        if not key:
            raise ValueError(f"environment variable {env} (api_key_env) is not set")
        return key

    async def start(self) -> None:
        if self._session is None:
            self._session = new_session(self.config.timeouts, self.config.max_connections)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise RuntimeError("provider not started")
        return self._session
