"""The running policy set: which policy applies to a principal, and atomic reload.

Selection uses only what the server established: the authenticated key id,
its team, and the route. Headers, ``metadata``, ``user`` and unknown body
fields are never consulted, so a client cannot pick a weaker policy.

Reload (SIGHUP or the admin endpoint) loads and validates *every* file first
and then swaps one reference: requests see either the old set or the new one,
never a mix. A broken file keeps the running set and logs which file and
line failed — never the file's content.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hushgate.logs import get_logger
from hushgate.policy.engine import CompiledPolicy
from hushgate.policy.loader import PolicyLoadError, default_policy_path, load_policy
from hushgate.policy.settings import PolicySettings


@dataclass(frozen=True, eq=False)
class PolicySet:
    default: CompiledPolicy
    by_key: dict[str, CompiledPolicy]
    by_team: dict[str, CompiledPolicy]
    by_route: dict[str, CompiledPolicy]

    def select(self, key_id: str | None, team: str | None, route: str) -> CompiledPolicy:
        if key_id is not None and key_id in self.by_key:
            return self.by_key[key_id]
        if team is not None and team in self.by_team:
            return self.by_team[team]
        return self.by_route.get(route, self.default)

    def score_floor(self) -> float:
        """The lowest minimum score any policy asks for: the detector's own threshold."""
        return min(p.score_floor for p in self.policies())

    def policies(self) -> list[CompiledPolicy]:
        seen: dict[int, CompiledPolicy] = {}
        for p in (self.default, *self.by_key.values(), *self.by_team.values(), *self.by_route.values()):
            seen.setdefault(id(p), p)
        return list(seen.values())


def build_policy_set(settings: PolicySettings, base_dir: Path | None = None) -> PolicySet:
    """Load every configured file; raises ``PolicyLoadError`` listing all problems."""
    cache: dict[Path, CompiledPolicy] = {}
    problems = []

    def load(path: Path) -> CompiledPolicy | None:
        if base_dir is not None and not path.is_absolute():
            path = base_dir / path
        if path not in cache:
            try:
                cache[path] = CompiledPolicy(load_policy(path))
            except PolicyLoadError as exc:
                problems.extend(exc.problems)
                return None
        return cache[path]

    default = load(settings.file or default_policy_path())
    by_key: dict[str, CompiledPolicy] = {}
    by_team: dict[str, CompiledPolicy] = {}
    by_route: dict[str, CompiledPolicy] = {}
    for b in settings.bindings:
        policy = load(b.file)
        if policy is None:
            continue
        if b.key_id is not None:
            by_key[b.key_id] = policy
        elif b.team is not None:
            by_team[b.team] = policy
        elif b.route is not None:
            by_route[b.route] = policy
    if problems or default is None:
        raise PolicyLoadError(problems)
    return PolicySet(default, by_key, by_team, by_route)


@dataclass(frozen=True)
class ReloadResult:
    ok: bool
    policies: list[dict[str, str]]
    errors: list[str]


class PolicyRuntime:
    """Holds the current ``PolicySet``; the policy stage reads ``current`` once per request."""

    def __init__(
        self,
        settings: PolicySettings,
        base_dir: Path | None = None,
        detector_factory: Callable[[float], Any] | None = None,
    ) -> None:
        self.settings = settings
        self.base_dir = base_dir
        self.current = build_policy_set(settings, base_dir)  # startup refuses a broken policy
        self._lock = threading.Lock()
        self._detector_factory = detector_factory or default_detector_factory
        self._floor = self.current.score_floor()
        self.detector = self._detector_factory(self._floor)

    def timeout_ms(self, policy: CompiledPolicy) -> float:
        # The lower budget wins: a policy may tighten the gateway's, never loosen it.
        configured = self.settings.detection_timeout_ms
        return min(configured, policy.timeout_ms) if policy.timeout_ms else configured

    def describe(self) -> list[dict[str, str]]:
        return [{"id": p.id, "version": p.version, "file_sha256": p.file_sha256, "mode": p.mode} for p in self.current.policies()]

    def reload(self) -> ReloadResult:
        log = get_logger()
        with self._lock:
            try:
                new = build_policy_set(self.settings, self.base_dir)
            except PolicyLoadError as exc:
                errors = [str(p) for p in exc.problems]
                # File, line and message only: policy problems never quote the file.
                log.error("policy_rejected", reason="; ".join(errors)[:200], policy_id=self.current.default.id)
                return ReloadResult(False, self.describe(), errors)
            except Exception as exc:  # noqa: BLE001 - a reload must never take the running policy down
                log.error("policy_rejected", reason="unexpected error while loading", error_type=type(exc).__name__)
                return ReloadResult(False, self.describe(), ["unexpected error while loading"])
            floor = new.score_floor()
            if floor != self._floor:
                # Built before the swap: a reload never leaves a half-made detector.
                detector = self._detector_factory(floor)
                self.detector, self._floor = detector, floor
            self.current = new
        for p in new.policies():
            log.info("policy_loaded", policy_id=p.id, policy_version=p.version)
        return ReloadResult(True, self.describe(), [])

    def log_startup(self) -> None:
        log = get_logger()
        for p in self.current.policies():
            log.info("policy_loaded", policy_id=p.id, policy_version=p.version)
            if p.mode == "monitor" or any(c.monitor for c in p.classes):
                log.warning("policy_monitor_mode", policy_id=p.id, reason="findings are recorded, not enforced")

    def status(self) -> dict[str, Any]:
        return {"policies": self.describe()}


def default_detector_factory(floor: float) -> Any:
    from hushgate.detection import DetectionConfig, Detector

    # The detector keeps everything any policy might want; each policy then
    # drops findings under its own minimum scores.
    return Detector(DetectionConfig(default_threshold=floor))
