"""`hushgate serve`: run the gateway under uvicorn."""

from __future__ import annotations

import argparse
import os
import sys

CONFIG_ENV = "HUSHGATE_CONFIG_FILE"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="run the gateway")
    parser.add_argument("--config", metavar="FILE", help="YAML config (default: embedded echo quickstart)")
    parser.add_argument("--host", help="bind address (default from config: 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default from config: 8787)")
    parser.add_argument("--workers", type=int, help="worker processes (default from config: 1)")
    parser.set_defaults(func=run)


def app_factory():  # type: ignore[no-untyped-def]
    """Entry point for uvicorn workers: config path from the environment."""
    from hushgate.app import create_app
    from hushgate.config import load_settings
    from hushgate.logs import configure_logging

    settings = load_settings(os.environ.get(CONFIG_ENV) or None)
    configure_logging(settings.server.log_level)
    return create_app(settings)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from hushgate.config import ConfigError, load_settings
    from hushgate.gateway import Gateway
    from hushgate.secrets import SecretError

    try:
        settings = load_settings(args.config)
        Gateway.build(settings)  # fail fast here, not inside a worker
    except (ConfigError, SecretError, ValueError) as exc:
        print(f"hushgate: {exc}", file=sys.stderr)
        return 2
    host = args.host or settings.server.host
    port = args.port if args.port is not None else settings.server.port
    workers = args.workers or settings.server.workers
    if args.config:
        os.environ[CONFIG_ENV] = os.path.abspath(args.config)
    else:
        os.environ.pop(CONFIG_ENV, None)
    where = f"http://{host}:{port}"
    if settings.is_echo_only:
        print(
            f"hushgate: serving the built-in echo provider on {where} ({settings.source}); "
            "replies show what would leave the network, nothing does.",
            file=sys.stderr,
        )
    else:
        print(f"hushgate: serving on {where} with config {settings.source}", file=sys.stderr)
    uvicorn.run(
        "hushgate.cli.serve:app_factory",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        loop="auto",
        http="auto",
        access_log=False,
        log_level="warning",
        server_header=False,
        date_header=False,
        proxy_headers=bool(settings.server.trusted_proxies),
        forwarded_allow_ips=",".join(settings.server.trusted_proxies) or None,
    )
    return 0
