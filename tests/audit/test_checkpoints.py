"""RFC 6962 tree hashing and checkpoint signatures."""

from __future__ import annotations

import pytest

from hushgate.audit.chain import Chain
from hushgate.audit.checkpoints import MerkleFrontier, check_checkpoint
from hushgate.audit.records import parse_line, utc_now
from hushgate.audit.signing import AuditSigner, KeyRegistry

# RFC 6962 reference inputs and roots (certificate-transparency merkle tree tests).
RFC6962_LEAVES = [b"", b"\x00", b"\x10", b"\x20\x21", b"\x30\x31", b"\x40\x41\x42\x43",
                  bytes(range(0x50, 0x58)), bytes(range(0x60, 0x70))]
RFC6962_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


@pytest.mark.parametrize("size", range(1, 9))
def test_tree_root_matches_rfc6962_vector(size: int) -> None:
    tree = MerkleFrontier()
    for leaf in RFC6962_LEAVES[:size]:
        tree.append(leaf)
    assert tree.root().hex() == RFC6962_ROOTS[size - 1]


def test_empty_tree_root_is_hash_of_nothing() -> None:
    assert MerkleFrontier().root().hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_frontier_restored_from_a_checkpoint_continues_the_same_tree() -> None:
    full = MerkleFrontier()
    for leaf in RFC6962_LEAVES[:5]:
        full.append(leaf)
    resumed = MerkleFrontier.restore(full.size, [n.hex() for n in full.nodes])
    for leaf in RFC6962_LEAVES[5:]:
        full.append(leaf)
        resumed.append(leaf)
    assert resumed.root().hex() == RFC6962_ROOTS[7]


def _checkpoint(signer: AuditSigner) -> dict:
    chain = Chain("cp-1-abcdef", signer)
    chain.append({"event_type": "audit.start"}, utc_now())
    return parse_line(chain.checkpoint("count", utc_now())[0])


def test_checkpoint_verifies_under_its_registered_key(signer: AuditSigner) -> None:
    registry = KeyRegistry()
    registry.add(signer)
    assert check_checkpoint(_checkpoint(signer), registry) is None


def test_checkpoint_signed_by_an_unregistered_key_is_rejected(signer: AuditSigner) -> None:
    registry = KeyRegistry()
    registry.add(signer)
    problem = check_checkpoint(_checkpoint(AuditSigner.generate()), registry)
    assert problem and "unknown key" in problem


def test_checkpoint_with_an_altered_root_is_rejected(signer: AuditSigner) -> None:
    registry = KeyRegistry()
    registry.add(signer)
    record = _checkpoint(signer)
    record["root"] = "00" * 32
    record["frontier"] = ["00" * 32]
    assert "signature does not verify" in (check_checkpoint(record, registry) or "")
