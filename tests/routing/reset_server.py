"""An upstream that accepts a connection, reads the request, then resets it (TCP RST).

The fault a crashing upstream or a middlebox produces: the connection was
established, so this is not "connection refused", but no response ever comes.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ResetServer:
    def __init__(self) -> None:
        self.connections = 0
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.1)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.settimeout(1)
            try:
                conn.recv(65536)  # the request headers (and likely the body)
            except OSError:
                pass
            # Linger on, timeout 0: close() sends RST instead of FIN.
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()


@contextmanager
def reset_server() -> Iterator[ResetServer]:
    server = ResetServer()
    server._thread.start()
    try:
        yield server
    finally:
        server._stop.set()
        server._thread.join(timeout=5)
        server._sock.close()
