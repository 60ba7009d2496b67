"""Requests in flight per deployment, against its ``max_concurrent`` cap (SEC-62).

A full deployment is skipped like an open breaker: the request fails over
instead of queueing behind it. A streamed request holds its slot until the
stream ends, since that is when the upstream is done with it.

Counts are per process.
"""

from __future__ import annotations

from hushgate.routing.registry import ResolvedDeployment


class InFlight:
    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def try_acquire(self, deployment: ResolvedDeployment) -> bool:
        count = self._counts.get(deployment.name, 0)
        if deployment.max_concurrent is not None and count >= deployment.max_concurrent:
            return False
        self._counts[deployment.name] = count + 1
        return True

    def release(self, deployment: ResolvedDeployment) -> None:
        count = self._counts.get(deployment.name, 0)
        if count <= 1:
            self._counts.pop(deployment.name, None)
        else:
            self._counts[deployment.name] = count - 1

    def count(self, deployment: str) -> int:
        return self._counts.get(deployment, 0)
