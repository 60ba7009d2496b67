"""One hash chain: assigns seq, links prev_hash, grows the Merkle tree.

Pure and synchronous (no I/O): the log feeds it events and ships the lines it
returns to the writer thread; tests and tools use it to build logs directly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from .checkpoints import MerkleFrontier, checkpoint_fields
from .records import HASH_PREFIX, RECORD_VERSION, ZERO_HASH, canonical_json
from .signing import AuditSigner


@dataclass(frozen=True)
class WrittenRecord:
    """Where a record sits in its chain: enough to find and prove it later."""

    id: str
    seq: int
    entry_hash: str


def record_id(chain_id: str, seq: int) -> str:
    return f"{chain_id}:{seq}"


class Chain:
    def __init__(self, chain_id: str, signer: AuditSigner) -> None:
        self.chain_id = chain_id
        self.signer = signer
        self.next_seq = 0
        self.head = ZERO_HASH
        self.tree = MerkleFrontier()
        self.since_checkpoint = 0

    def append(self, body: dict[str, Any], ts: str, kind: str = "event") -> tuple[bytes, WrittenRecord]:
        """Seal ``body`` as the next record; returns its JSONL line and position."""
        seq = self.next_seq
        rid = record_id(self.chain_id, seq)
        record = {"kind": kind, **body, "v": RECORD_VERSION, "chain": self.chain_id, "seq": seq, "id": rid, "ts": ts}
        record["prev_hash"] = self.head
        canonical = canonical_json(record)
        digest = hashlib.sha256(HASH_PREFIX + bytes.fromhex(self.head) + canonical).digest()
        entry_hash = digest.hex()
        # The stored line need not be canonical (verifiers re-canonicalise), so
        # appending the hash avoids serialising the record twice.
        line = canonical[:-1] + b',"entry_hash":"' + entry_hash.encode() + b'"}\n'
        self.tree.append(digest)
        self.head = entry_hash
        self.next_seq = seq + 1
        self.since_checkpoint = 0 if kind == "checkpoint" else self.since_checkpoint + 1
        return line, WrittenRecord(rid, seq, entry_hash)

    def checkpoint(self, reason: str, ts: str) -> tuple[bytes, WrittenRecord]:
        body = checkpoint_fields(self.chain_id, self.next_seq, ts, reason, self.head, self.tree, self.signer)
        del body["kind"]
        return self.append(body, ts, kind="checkpoint")
