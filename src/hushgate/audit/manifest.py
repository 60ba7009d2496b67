"""Signed deletion manifests: what a retention run removed, provably (SEC-43).

Before ``prune`` deletes anything it writes ``prune-manifest-<time>.json`` next
to the log (a dry run prints it instead): each file's name, size, SHA-256,
chain and seq range, the cutoff, and an Ed25519 signature by the audit signing
key over ``b"hushgate-prune-v1\\0" || canonical JSON of the manifest without
its signature``. A reviewer can then tell deliberate retention from deletion.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .files import AuditFile, last_record, read_lines
from .records import canonical_json, utc_now
from .signing import AuditSigner, KeyRegistry

MANIFEST_PREFIX = b"hushgate-prune-v1\0"


class RemovedFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    bytes: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    chain: str
    first_seq: int | None
    last_seq: int | None


class PruneManifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    v: int = 1
    created: str
    cutoff: str
    dry_run: bool
    files: list[RemovedFile]
    key_id: str | None = None
    signature: str | None = None

    def signed_bytes(self) -> bytes:
        return MANIFEST_PREFIX + canonical_json(self.model_dump(exclude={"signature"}))

    def sign(self, signer: AuditSigner) -> None:
        self.key_id = signer.key_id
        self.signature = base64.b64encode(signer.sign(self.signed_bytes())).decode()

    def check(self, registry: KeyRegistry) -> str | None:
        """None when validly signed; otherwise why not."""
        if self.signature is None:
            return "manifest is not signed"
        return registry.verify(self.key_id, self.signature, self.signed_bytes())


def describe(path: Path, chain: str) -> RemovedFile:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    first = next((line.record for line in read_lines([AuditFile(path, chain, 0)])), None)
    last = last_record(path)
    return RemovedFile(
        name=path.name, bytes=path.stat().st_size, sha256=digest.hexdigest(), chain=chain,
        first_seq=first.get("seq") if first else None, last_seq=last.get("seq") if last else None,
    )


def build_manifest(files: list[tuple[Path, str]], cutoff: str, dry_run: bool, signer: AuditSigner | None) -> PruneManifest:
    manifest = PruneManifest(created=utc_now(), cutoff=cutoff, dry_run=dry_run, files=[describe(p, c) for p, c in files])
    if signer is not None:
        manifest.sign(signer)
    return manifest
