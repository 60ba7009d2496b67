"""Retention: remove whole old audit files so that what remains still verifies.

Only a prefix of each chain's files goes, never a chain's newest file, and
only when the next remaining file opens with a signed ``rotate`` checkpoint:
the verifier continues the Merkle tree from that checkpoint (its frontier)
and reports the chain as "anchored at seq N". A file is old when its last
record is older than the cutoff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .export import parse_time
from .files import AuditFile, discover, last_record, read_lines
from .manifest import PruneManifest, build_manifest
from .signing import AuditSigner

_DURATION = re.compile(r"^(\d+)([smhdw])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> timedelta:
    """``90d``, ``12h``, ``30m``, ``45s``, ``2w``."""
    match = _DURATION.match(text.strip())
    if match is None:
        raise ValueError(f"invalid duration {text!r}: use a number and one of s, m, h, d, w (e.g. 90d)")
    return timedelta(**{_UNITS[match[2]]: int(match[1])})


@dataclass
class PrunePlan:
    cutoff: datetime
    remove: list[Path] = field(default_factory=list)
    chains: dict[Path, str] = field(default_factory=dict)
    kept_because: dict[str, str] = field(default_factory=dict)


def _opens_with_checkpoint(path: Path) -> bool:
    for line in read_lines([AuditFile(path, "", 0)]):
        return line.record is not None and line.record.get("kind") == "checkpoint"
    return False


def plan_prune(paths: list[Path], older_than: timedelta, now: datetime | None = None) -> PrunePlan:
    cutoff = (now or datetime.now(timezone.utc)) - older_than
    plan = PrunePlan(cutoff)
    for chain, files in discover(paths).items():
        for current, following in zip(files, files[1:]):
            last = last_record(current.path)
            try:
                old = last is not None and parse_time(str(last.get("ts"))) < cutoff
            except ValueError:
                old = False
            if not old:
                break
            if following.index != current.index + 1 or not _opens_with_checkpoint(following.path):
                plan.kept_because[chain] = f"{following.path.name} does not open with a signed checkpoint"
                break
            plan.remove.append(current.path)
            plan.chains[current.path] = chain
    return plan


def manifest_for(plan: PrunePlan, dry_run: bool, signer: AuditSigner | None) -> PruneManifest:
    cutoff = plan.cutoff.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return build_manifest([(p, plan.chains[p]) for p in plan.remove], cutoff, dry_run, signer)


def apply_prune(plan: PrunePlan, manifest: PruneManifest | None = None) -> Path | None:
    """Write the manifest (when given) next to the first removed file, then delete."""
    written = None
    if manifest is not None and plan.remove:
        stamp = manifest.created.replace(":", "").replace("-", "").replace(".", "")
        written = plan.remove[0].parent / f"prune-manifest-{stamp}.json"
        written.write_text(manifest.model_dump_json(indent=2) + "\n")
    for path in plan.remove:
        path.unlink()
    return written
