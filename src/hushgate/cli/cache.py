"""`hushgate cache rotate|purge|generate-key`: operate the response cache.

Rotation, step by step: add a new key to the ring and name it current
(``HUSHGATE_CACHE_KEYS`` / ``HUSHGATE_CACHE_CURRENT_KEY``), restart the
gateway, run ``hushgate cache rotate`` to re-encrypt the entries still under
older keys (or ``--drop`` them), then remove the old key from the ring.
"""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("cache", help="rotate keys of, or empty, the encrypted response cache")
    parser.add_argument("--config", metavar="FILE", help="YAML config with a cache: section")
    parser.add_argument("--backend", choices=("memory", "sqlite", "redis"), help="override cache.backend")
    parser.add_argument("--sqlite-path", metavar="FILE", help="override cache.sqlite_path")
    parser.add_argument("--redis-url", metavar="URL", help="override cache.redis_url")
    sub = parser.add_subparsers(dest="cache_command", metavar="ACTION", required=True)
    rotate = sub.add_parser("rotate", help="re-encrypt entries under older keys with the current key")
    rotate.add_argument("--drop", action="store_true", help="delete entries under older keys instead")
    rotate.set_defaults(func=_rotate)
    purge = sub.add_parser("purge", help="delete every cache entry in the backend")
    purge.add_argument("--yes", action="store_true", help="confirm: the entries cannot be recovered")
    purge.set_defaults(func=_purge)
    generate = sub.add_parser("generate-key", help="print a new random key as kid:base64 for the key ring")
    generate.add_argument("key_id", help="id for the new key, e.g. 2026-11")
    generate.set_defaults(func=_generate)


def _settings(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from hushgate.cache.settings import CacheSettings

    settings = CacheSettings()
    if args.config:
        from hushgate.config import load_settings

        settings = getattr(load_settings(args.config), "cache", None) or settings
    overrides = {"backend": args.backend, "sqlite_path": args.sqlite_path, "redis_url": args.redis_url}
    overrides = {k: v for k, v in overrides.items() if v is not None}
    return CacheSettings.model_validate({**settings.model_dump(), **overrides}) if overrides else settings


def _run(args: argparse.Namespace, action) -> int:  # type: ignore[no-untyped-def]
    import asyncio

    from pydantic import ValidationError

    from hushgate.cache import KeyRingError, ResponseCache
    from hushgate.cache.backends import BackendError
    from hushgate.config import ConfigError
    from hushgate.secrets import load_server_secret

    async def main(settings) -> int:  # type: ignore[no-untyped-def]
        # The server secret only derives cache *keys*; rotate/purge never compute one.
        cache = ResponseCache.from_settings(settings, load_server_secret(allow_ephemeral=True))
        try:
            return await action(cache)
        finally:
            await cache.aclose()

    try:
        settings = _settings(args)
        if settings.backend == "memory":
            print("hushgate cache: the memory backend lives inside the gateway process; nothing to do", file=sys.stderr)
            return 2
        return asyncio.run(main(settings))
    except (ConfigError, KeyRingError, BackendError, ValidationError) as exc:
        print(f"hushgate cache: {exc}", file=sys.stderr)
        return 2


def _rotate(args: argparse.Namespace) -> int:
    async def action(cache) -> int:  # type: ignore[no-untyped-def]
        report = await cache.rotate(drop=args.drop)
        print(
            f"rotated {cache.backend.name} cache to key {cache.keyring.current}: "
            f"{report.reencrypted} re-encrypted, {report.kept} already current, {report.dropped} dropped"
        )
        return 0

    return _run(args, action)


def _purge(args: argparse.Namespace) -> int:
    if not args.yes:
        print("hushgate cache purge: deletes every entry; pass --yes to confirm", file=sys.stderr)
        return 2

    async def action(cache) -> int:  # type: ignore[no-untyped-def]
        print(f"purged {await cache.purge()} entries from the {cache.backend.name} cache")
        return 0

    return _run(args, action)


def _generate(args: argparse.Namespace) -> int:
    import base64
    import os
    import re

    if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", args.key_id):
        print("hushgate cache generate-key: key id must match [A-Za-z0-9._-]{1,64}", file=sys.stderr)
        return 2
    print(f"{args.key_id}:{base64.b64encode(os.urandom(32)).decode()}")
    return 0
