"""`hushgate keys create|list|revoke`: manage client API keys."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("keys", help="manage client API keys (stored as keyed digests)")
    parser.add_argument("--config", metavar="FILE", help="YAML config naming the keys file")
    parser.add_argument("--keys-file", metavar="FILE", help="keys file (overrides the config)")
    sub = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="create a key and print it once")
    create.add_argument("--name", required=True)
    create.add_argument("--team")
    create.set_defaults(func=_create)
    listing = sub.add_parser("list", help="list keys (ids and names, never secrets)")
    listing.set_defaults(func=_list)
    revoke = sub.add_parser("revoke", help="revoke a key by id")
    revoke.add_argument("key_id")
    revoke.set_defaults(func=_revoke)


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from hushgate.auth import KeyStore
    from hushgate.config import load_settings
    from hushgate.secrets import load_server_secret

    path = Path(args.keys_file) if args.keys_file else load_settings(args.config).server.auth.keys_file
    return KeyStore(path, load_server_secret())


def _guard(func):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace) -> int:
        from hushgate.auth import KeyStoreError
        from hushgate.config import ConfigError
        from hushgate.secrets import SecretError

        try:
            return func(args)
        except (KeyStoreError, ConfigError, SecretError) as exc:
            print(f"hushgate keys: {exc}", file=sys.stderr)
            return 2

    return run


@_guard
def _create(args: argparse.Namespace) -> int:
    plaintext, stored = _store(args).create(args.name, args.team)
    print(plaintext)
    print(f"created {stored.id} ({stored.name}); the key is shown only this once", file=sys.stderr)
    return 0


@_guard
def _list(args: argparse.Namespace) -> int:
    for key in _store(args).list():
        status = f"revoked {key.revoked}" if key.revoked else "active"
        print(f"{key.id}\t{key.name}\t{key.team or '-'}\t{key.created}\t{status}")
    return 0


@_guard
def _revoke(args: argparse.Namespace) -> int:
    stored = _store(args).revoke(args.key_id)
    print(f"revoked {stored.id}")
    return 0
