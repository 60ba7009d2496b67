"""`hushgate audit`: verify, export, prune, verify-receipt, keygen.

Exit status: 0 verified / done, 1 tampering or invalid receipt, 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_TAMPERED, EXIT_USAGE = 0, 1, 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="verify, export and prune the audit log")
    parser.set_defaults(func=lambda args: (parser.print_help(sys.stderr), EXIT_USAGE)[1])
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION")

    keys_help = "public-key registry (default: audit-keys.json next to the log; use an independent copy for real assurance)"

    verify = sub.add_parser("verify", help="check every chain, checkpoint and signature")
    verify.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="audit directory or files")
    verify.add_argument("--keys", type=Path, help=keys_help)
    verify.add_argument("--witness", type=Path, help="JSONL file of checkpoint lines kept elsewhere (e.g. from the stdout sink)")
    verify.add_argument("--require-sealed", action="store_true", help="fail chains that do not end with a shutdown checkpoint")
    verify.set_defaults(func=_verify)

    export = sub.add_parser("export", help="stream matching records as JSONL or CSV")
    export.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    export.add_argument("--since", help="RFC 3339 time or date (inclusive)")
    export.add_argument("--until", help="RFC 3339 time or date (exclusive)")
    export.add_argument("--key", help="API key id")
    export.add_argument("--decision")
    export.add_argument("--class", dest="data_class", metavar="CLASS")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    export.add_argument("--keys", type=Path, help=keys_help)
    export.set_defaults(func=_export)

    prune = sub.add_parser("prune", help="remove old files; the rest stays verifiable")
    prune.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    prune.add_argument("--older-than", required=True, help="age such as 90d, 12h, 2w")
    prune.add_argument("--dry-run", action="store_true")
    prune.set_defaults(func=_prune)

    receipt = sub.add_parser("verify-receipt", help="check a x-hushgate-receipt token and find its record")
    receipt.add_argument("token")
    receipt.add_argument("--log", type=Path, action="append", help="audit directory or files (default: $HUSHGATE_AUDIT_DIR or ./audit)")
    receipt.add_argument("--keys", type=Path, help=keys_help)
    receipt.set_defaults(func=_verify_receipt)

    keygen = sub.add_parser("keygen", help="create an Ed25519 signing key and publish its public key")
    keygen.add_argument("--out", type=Path, required=True, help="private key file to create (PEM, mode 0600)")
    keygen.add_argument("--registry", type=Path, help="registry to add the public key to (e.g. audit/audit-keys.json)")
    keygen.set_defaults(func=_keygen)


def _fail(command: str, message: str) -> int:
    print(f"hushgate audit {command}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _registry(command: str, keys: Path | None, paths: list[Path]) -> Any:
    from hushgate.audit.files import AuditPathError
    from hushgate.audit.signing import REGISTRY_NAME, KeyRegistry

    for path in paths:
        if not path.exists():
            raise AuditPathError(f"{path}: no such file or directory")
    if keys is None:
        first = paths[0]
        keys = (first if first.is_dir() else first.parent) / REGISTRY_NAME
        print(f"note: using key registry {keys} from the log directory (not independent of the log)", file=sys.stderr)
    return KeyRegistry.load(keys)


def _verify(args: argparse.Namespace) -> int:
    from hushgate.audit.files import AuditPathError
    from hushgate.audit.records import parse_line
    from hushgate.audit.signing import SigningKeyError
    from hushgate.audit.verify import format_reports, verify_paths

    try:
        registry = _registry("verify", args.keys, args.paths)
        witness = []
        if args.witness is not None:
            with open(args.witness, "rb") as handle:
                for raw in handle:
                    try:
                        witness.append(parse_line(raw))
                    except ValueError:
                        continue
        reports = verify_paths(args.paths, registry, witness, args.require_sealed)
    except (AuditPathError, SigningKeyError) as exc:
        return _fail("verify", str(exc))
    except OSError as exc:
        return _fail("verify", f"{exc.filename}: {exc.strerror}")
    print(format_reports(reports))
    return EXIT_OK if all(r.ok for r in reports) else EXIT_TAMPERED


def _export(args: argparse.Namespace) -> int:
    from hushgate.audit.export import ExportFilter, ExportSummary, parse_time, stream_export
    from hushgate.audit.files import AuditPathError
    from hushgate.audit.signing import SigningKeyError

    try:
        flt = ExportFilter(
            since=parse_time(args.since) if args.since else None,
            until=parse_time(args.until) if args.until else None,
            key_id=args.key, decision=args.decision, data_class=args.data_class,
        )
    except ValueError:
        return _fail("export", "--since/--until must be RFC 3339 times or dates")
    summary = ExportSummary()
    try:
        registry = _registry("export", args.keys, args.paths)
        out = open(args.output, "wb") if args.output else sys.stdout.buffer
        try:
            for chunk in stream_export(args.paths, flt, registry, args.format, summary):
                out.write(chunk)
        finally:
            if args.output:
                out.close()
            else:
                out.flush()
    except (AuditPathError, SigningKeyError) as exc:
        return _fail("export", str(exc))
    except OSError as exc:
        return _fail("export", f"{exc.filename or 'output'}: {exc.strerror}")
    status = "verified" if summary.verified else "TAMPERED chains: " + ", ".join(summary.tampered or [])
    print(f"exported {summary.records} record(s) from {summary.chains} chain(s); {status}", file=sys.stderr)
    return EXIT_OK if summary.verified else EXIT_TAMPERED


def _prune(args: argparse.Namespace) -> int:
    from hushgate.audit.files import AuditPathError
    from hushgate.audit.prune import apply_prune, manifest_for, parse_duration, plan_prune
    from hushgate.audit.signing import SigningKeyError, load_signer

    try:
        age = parse_duration(args.older_than)
        signer = load_signer()
        plan = plan_prune(args.paths, age)
        manifest = manifest_for(plan, args.dry_run, signer)
    except (ValueError, AuditPathError, SigningKeyError) as exc:
        return _fail("prune", str(exc))
    except OSError as exc:
        return _fail("prune", f"{exc.filename}: {exc.strerror}")
    if signer is None:
        print("warning: no audit signing key (HUSHGATE_AUDIT_SIGNING_KEY[_FILE]): the deletion manifest is unsigned", file=sys.stderr)
    for path in plan.remove:
        print(f"{'would remove' if args.dry_run else 'removing'} {path}")
    for chain, why in plan.kept_because.items():
        print(f"kept older files of chain {chain}: {why}")
    if args.dry_run:
        print(manifest.model_dump_json(indent=2))
    else:
        try:
            written = apply_prune(plan, manifest)
        except OSError as exc:
            return _fail("prune", f"{exc.filename}: {exc.strerror}")
        if written is not None:
            print(f"deletion manifest written to {written}")
    print(f"{len(plan.remove)} file(s) {'to remove' if args.dry_run else 'removed'}")
    return EXIT_OK


def _verify_receipt(args: argparse.Namespace) -> int:
    from hushgate.audit.files import AuditPathError
    from hushgate.audit.receipts import ReceiptError, verify_receipt
    from hushgate.audit.signing import SigningKeyError

    logs = args.log or [Path(os.environ.get("HUSHGATE_AUDIT_DIR", "audit"))]
    try:
        registry = _registry("verify-receipt", args.keys, logs)
        check = verify_receipt(args.token, registry, logs)
    except ReceiptError as exc:
        print(f"receipt INVALID: {exc}")
        return EXIT_TAMPERED
    except (AuditPathError, SigningKeyError) as exc:
        return _fail("verify-receipt", str(exc))
    p = check.payload
    print(f"receipt for {p.get('record') or 'request ' + str(p.get('request_id'))} ({p.get('stage')}), signed by key {p.get('key_id')}")
    if check.found_at:
        print(f"record found at {check.found_at}")
    for problem in check.problems:
        print(f"  problem: {problem}")
    print("result: " + ("OK" if check.ok else "INVALID"))
    return EXIT_OK if check.ok else EXIT_TAMPERED


def _keygen(args: argparse.Namespace) -> int:
    from hushgate.audit.signing import AuditSigner, SigningKeyError, publish_public_key

    signer = AuditSigner.generate()
    try:
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _fail("keygen", f"{args.out} exists; refusing to overwrite a signing key")
    except OSError as exc:
        return _fail("keygen", f"{args.out}: {exc.strerror}")
    with os.fdopen(fd, "wb") as handle:
        handle.write(signer.private_pem())
    if args.registry is not None:
        try:
            publish_public_key(args.registry, signer)
        except (OSError, SigningKeyError) as exc:
            return _fail("keygen", f"key written but not published: {exc}")
    print(f"created audit signing key {signer.key_id} in {args.out}")
    if args.registry is not None:
        print(f"published public key {signer.key_id} to {args.registry}")
    print("set HUSHGATE_AUDIT_SIGNING_KEY_FILE to the key file; keep old keys in the registry after rotation")
    return EXIT_OK
