"""`hushgate policy lint|test|explain|diff`: policy review from the command line."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("policy", help="lint, test, explain and diff policy files")
    sub = parser.add_subparsers(dest="policy_command", metavar="ACTION", required=True)

    lint = sub.add_parser("lint", help="schema and semantic checks, as file:line: message")
    lint.add_argument("files", nargs="+", metavar="FILE")
    lint.add_argument("--config", metavar="FILE", help="gateway config: check provider, model and tag names against it")
    lint.add_argument("--strict", action="store_true", help="warnings fail too")
    lint.set_defaults(func=_lint)

    test = sub.add_parser("test", help="run a reviewer-written case file against a policy")
    test.add_argument("file", metavar="FILE")
    test.add_argument("cases", metavar="CASES.yaml")
    test.add_argument("--config", metavar="FILE", help="use this gateway config's deployments instead of the case file's")
    test.add_argument("-v", "--verbose", action="store_true", help="explain every case, not only failures")
    test.set_defaults(func=_test)

    explain = sub.add_parser("explain", help="dry run: findings, class, rules, decision, what would be sent")
    explain.add_argument("file", metavar="FILE")
    explain.add_argument("--model", required=True)
    explain.add_argument("--text", help="the prompt (default: read stdin)")
    explain.add_argument("--class", dest="declared", metavar="CLASS", help="as if the client declared this class")
    explain.add_argument("--config", metavar="FILE", help="gateway config with the deployments (default: embedded echo)")
    explain.set_defaults(func=_explain)

    diff = sub.add_parser("diff", help="in words: what NEW lets through that OLD blocked, and the reverse")
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("--config", metavar="FILE", help="compare allowlists deployment by deployment")
    diff.set_defaults(func=_diff)


def _load(path: str):  # type: ignore[no-untyped-def]
    from hushgate.policy.engine import CompiledPolicy
    from hushgate.policy.loader import load_policy

    return CompiledPolicy(load_policy(path))


def _detector(policy):  # type: ignore[no-untyped-def]
    from hushgate.policy.reload import default_detector_factory

    return default_detector_factory(policy.score_floor)


def _guard(func):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace) -> int:
        from hushgate.config import ConfigError
        from hushgate.policy.loader import PolicyLoadError

        try:
            return func(args)
        except PolicyLoadError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            return 1
        except (ConfigError, OSError, ValueError) as exc:
            print(f"hushgate policy: {exc}", file=sys.stderr)
            return 2

    return run


@_guard
def _lint(args: argparse.Namespace) -> int:
    from hushgate.policy.fleet import Fleet
    from hushgate.policy.lint import lint_file

    fleet = Fleet.from_config(args.config) if args.config else None
    failed = False
    counts = {"error": 0, "warning": 0}
    for path in args.files:
        for problem in lint_file(path, fleet):
            print(problem)
            counts[problem.severity] = counts.get(problem.severity, 0) + 1
            failed |= problem.severity == "error" or args.strict
    # A reviewer running it by hand should see that it ran, even when clean.
    print(f"{len(args.files)} file(s) checked: {counts['error']} error(s), {counts['warning']} warning(s)", file=sys.stderr)
    return 1 if failed else 0


@_guard
def _test(args: argparse.Namespace) -> int:
    from hushgate.policy.cases import load_cases, run_cases
    from hushgate.policy.explain import render
    from hushgate.policy.fleet import Fleet

    policy = _load(args.file)
    cases = load_cases(args.cases)
    fleet = Fleet.from_config(args.config) if args.config else None
    results = run_cases(policy, _detector(policy), cases, fleet)
    for r in results:
        print(f"{'PASS' if r.ok else 'FAIL'}  {r.case.name}")
        for failure in r.failures:
            print(f"      {failure}")
        if args.verbose or not r.ok:
            print("      " + render(r.explanation, r.case.text).replace("\n", "\n      "))
    failed = sum(not r.ok for r in results)
    print(f"{len(results) - failed} passed, {failed} failed ({policy.id} {policy.version[:12]})")
    return 1 if failed else 0


@_guard
def _explain(args: argparse.Namespace) -> int:
    from hushgate.policy.explain import explain_text, render
    from hushgate.policy.fleet import Fleet

    policy = _load(args.file)
    text = args.text if args.text is not None else sys.stdin.read()
    fleet = Fleet.from_config(args.config)
    e = explain_text(policy, _detector(policy), text, model=args.model, fleet=fleet.groups, declared=args.declared)
    print(render(e, text))
    return 0


@_guard
def _diff(args: argparse.Namespace) -> int:
    from hushgate.detection.findings import ENTITY_TYPES
    from hushgate.policy.diff import diff_policies
    from hushgate.policy.fleet import Fleet

    old, new = _load(args.old), _load(args.new)
    fleet = Fleet.from_config(args.config) if args.config else None
    print(diff_policies(old, new, ENTITY_TYPES, fleet).render())
    return 0
