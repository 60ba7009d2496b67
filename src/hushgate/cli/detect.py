"""`hushgate detect`: run the detection engine over text, for reviewers and tools.

    hushgate detect notes.txt            # findings, matched text masked
    hushgate detect --redact < notes.txt # the text with findings replaced by [TYPE]
    hushgate detect --jsonl < in.jsonl   # {"text": ...} per line ->
                                         # {"findings": [{"entity_type","start","end","score"}]}

The --jsonl interface is stable: tools depend on it. An input line that is not
a JSON object with a string "text" yields {"error": "invalid_input"} on its
line (so outputs stay aligned with inputs) and exit status 1. A line the
detector fails on (a bug) yields {"error": "internal_error"}, never empty
findings, and exit status 70.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("detect", help="find PII/PHI/PCI/secrets in text (masked output)")
    parser.add_argument("file", nargs="?", help="text file to scan (default: standard input)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--jsonl", action="store_true", help='read {"text": ...} JSON lines on stdin, write findings per line')
    mode.add_argument("--redact", action="store_true", help="print the text with each finding replaced by [ENTITY_TYPE]")
    parser.add_argument("--entities", metavar="A,B", help="only report these entity types")
    parser.add_argument("--threshold", type=float, metavar="SCORE", help="minimum score for every entity")
    parser.add_argument("--spacy-model", metavar="PACKAGE", help="installed spaCy pipeline for extra PERSON spans")
    parser.set_defaults(func=run)


def mask(value: str) -> str:
    """Hide every letter and digit; keep separators so reviewers see the shape."""
    return "".join("*" if c.isalnum() else c for c in value).replace("\n", "\\n")


def run(args: argparse.Namespace) -> int:
    from hushgate.detection import DetectionConfig, Detector

    settings: dict[str, object] = {}
    if args.entities:
        settings["enabled_entities"] = frozenset(e.strip() for e in args.entities.split(",") if e.strip())
    if args.threshold is not None:
        settings["default_threshold"] = args.threshold
    if args.spacy_model:
        settings["spacy_model"] = args.spacy_model
    try:
        detector = Detector(DetectionConfig(**settings))
    except (ValueError, RuntimeError) as exc:
        print(f"hushgate detect: {exc}", file=sys.stderr)
        return 2
    if args.jsonl:
        return _run_jsonl(detector, sys.stdin, sys.stdout)
    try:
        if args.file:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
        else:
            text = sys.stdin.read()
    except (OSError, UnicodeDecodeError) as exc:
        # The message names the file, never its content.
        print(f"hushgate detect: cannot read input: {type(exc).__name__}", file=sys.stderr)
        return 2
    findings = detector.detect(text)
    if args.redact:
        sys.stdout.write(_redacted(text, findings))
        return 0
    for finding in findings:
        print(
            f"{finding.start:>7}-{finding.end:<7} {finding.entity_type:<22} {finding.score:4.2f}  "
            f"{mask(text[finding.start:finding.end])}  ({finding.recognizer})"
        )
    print(f"{len(findings)} finding(s)", file=sys.stderr)
    return 0


def _redacted(text: str, findings: list) -> str:  # type: ignore[type-arg]
    pieces: list[str] = []
    position = 0
    for finding in findings:
        pieces.append(text[position : finding.start])
        pieces.append(f"[{finding.entity_type}]")
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)


def _run_jsonl(detector, source: IO[str], sink: IO[str]) -> int:  # type: ignore[no-untyped-def]
    import orjson

    status = 0
    for line in source:
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
            text = record["text"]
            field_name = record.get("field_name")
            if not isinstance(text, str) or not (field_name is None or isinstance(field_name, str)):
                raise TypeError
        except (orjson.JSONDecodeError, TypeError, KeyError, AttributeError):
            sink.write('{"error":"invalid_input"}\n')
            status = max(status, 1)
            continue
        try:
            findings = detector.detect(text, field_name=field_name)
        except Exception as exc:  # noqa: BLE001 - keep the output aligned; a bug is not "no findings"
            from hushgate.cli import internal_error

            sink.write('{"error":"internal_error"}\n')
            status = internal_error("detect", exc)
            continue
        out = {
            "findings": [
                {"entity_type": f.entity_type, "start": f.start, "end": f.end, "score": f.score} for f in findings
            ]
        }
        sink.write(orjson.dumps(out).decode() + "\n")
    sink.flush()
    return status
