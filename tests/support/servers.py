"""Run ASGI apps under a real uvicorn server on a free loopback port.

Each server runs in its own thread with its own event loop, so tests talk to
it over real TCP exactly as a client or upstream would.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # a thread may not install them
        pass


@contextmanager
def serve(app: Any, *, port: int | None = None, **config: Any) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1; yields its base URL ``http://127.0.0.1:PORT``."""
    port = port or free_port()
    server = _Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical", access_log=False, lifespan="on", **config)
    )
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
