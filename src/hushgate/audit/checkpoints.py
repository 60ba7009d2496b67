"""Signed checkpoints: an RFC 6962 Merkle tree head over a chain's entry hashes.

Leaves are the raw 32-byte entry hashes in seq order; leaf hash
``SHA-256(0x00 || d)``, node hash ``SHA-256(0x01 || left || right)`` (RFC 6962
section 2.1). A checkpoint at seq ``n`` covers leaves ``0..n-1`` (tree_size ==
seq) and signs a C2SP-style note::

    hushgate-audit/<chain>
    <tree_size>
    <base64 root>
    head <prev_hash>
    time <ts>
    reason <reason>

The checkpoint also stores the tree's frontier (the roots of its perfect
subtrees, left to right, O(log n) hashes). The frontier folds to the signed
root, so it needs no signature of its own; it lets a verifier continue the tree
from a checkpoint after older files were pruned.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .signing import AuditSigner, KeyRegistry

CHECKPOINT_REASONS = frozenset({"count", "interval", "rotate", "shutdown"})


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


@dataclass
class MerkleFrontier:
    """An append-only RFC 6962 tree kept as its perfect-subtree roots."""

    size: int = 0
    nodes: list[bytes] = field(default_factory=list)

    def append(self, data: bytes) -> None:
        digest = leaf_hash(data)
        n = self.size
        while n & 1:
            digest = node_hash(self.nodes.pop(), digest)
            n >>= 1
        self.nodes.append(digest)
        self.size += 1

    def root(self) -> bytes:
        if not self.nodes:
            return hashlib.sha256(b"").digest()
        acc = self.nodes[-1]
        for node in reversed(self.nodes[:-1]):
            acc = node_hash(node, acc)
        return acc

    @classmethod
    def restore(cls, size: int, nodes_hex: list[str]) -> MerkleFrontier:
        """Rebuild from a checkpoint; ValueError when the shape does not fit ``size``."""
        nodes = [bytes.fromhex(h) for h in nodes_hex]
        if len(nodes) != bin(size).count("1") or any(len(n) != 32 for n in nodes):
            raise ValueError("frontier does not match tree size")
        return cls(size, nodes)


def note_body(chain: str, tree_size: int, root: bytes, head: str, ts: str, reason: str) -> bytes:
    return (
        f"hushgate-audit/{chain}\n{tree_size}\n{base64.b64encode(root).decode()}\n"
        f"head {head}\ntime {ts}\nreason {reason}\n"
    ).encode()


def checkpoint_fields(
    chain: str, seq: int, ts: str, reason: str, head: str, tree: MerkleFrontier, signer: AuditSigner
) -> dict[str, Any]:
    """The body of a checkpoint record at ``seq`` (prev_hash / entry_hash added by the chain)."""
    root = tree.root()
    signature = signer.sign(note_body(chain, tree.size, root, head, ts, reason))
    return {
        "kind": "checkpoint",
        "reason": reason,
        "tree_size": tree.size,
        "root": root.hex(),
        "frontier": [n.hex() for n in tree.nodes],
        "key_id": signer.key_id,
        "signature": base64.b64encode(signature).decode(),
    }


def check_checkpoint(record: Mapping[str, Any], registry: KeyRegistry) -> str | None:
    """None when the checkpoint is self-consistent and validly signed; otherwise why not."""
    try:
        chain, seq, ts = record["chain"], record["seq"], record["ts"]
        size, reason, head = record["tree_size"], record["reason"], record["prev_hash"]
        root = bytes.fromhex(record["root"])
        tree = MerkleFrontier.restore(size, record["frontier"])
    except (KeyError, TypeError, ValueError):
        return "checkpoint fields are missing or malformed"
    if size != seq:
        return f"checkpoint tree size {size} does not match its seq {seq}"
    if tree.root() != root:
        return "checkpoint frontier does not fold to its root"
    body = note_body(str(chain), size, root, str(head), str(ts), str(reason))
    return registry.verify(record.get("key_id"), record.get("signature"), body)
