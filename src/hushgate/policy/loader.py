"""Read a policy file: YAML -> validated model, line numbers, content version.

The version is the SHA-256 of the canonical content (the validated model with
defaults filled in, as sorted-key JSON), so a comment or whitespace edit keeps
the version and any change of meaning changes it. The file's own SHA-256 is
kept beside it for reviewers who compare files byte for byte.

Line numbers come from PyYAML's composed node tree, so ``lint`` can say
``file:line: message``. Duplicate keys, which YAML would silently resolve
(last one wins, i.e. a rule silently disappears), are errors.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import yaml
from pydantic import ValidationError

from hushgate.policy.schema import PolicyFile

YamlPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    source: str
    line: int
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.severity}: {self.message}"


class PolicyLoadError(Exception):
    """A policy file that cannot be used; ``problems`` say where and why (never values)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True, eq=False)
class LoadedPolicy:
    model: PolicyFile
    source: str
    version: str  # sha256 of the canonical content
    file_sha256: str
    lines: dict[YamlPath, int] = field(default_factory=dict, repr=False)

    def line(self, path: YamlPath) -> int:
        """Line of ``path``, or of its closest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1


def canonical_version(model: PolicyFile) -> str:
    canonical = orjson.dumps(model.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(canonical).hexdigest()


def _line_map(node: yaml.Node | None, source: str) -> tuple[dict[YamlPath, int], list[Problem]]:
    lines: dict[YamlPath, int] = {}
    problems: list[Problem] = []

    def walk(n: yaml.Node, path: YamlPath) -> None:
        lines.setdefault(path, n.start_mark.line + 1)
        if isinstance(n, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in n.value:
                key = str(key_node.value)
                if key in seen:
                    where = ".".join(str(p) for p in (*path, key))
                    problems.append(Problem(source, key_node.start_mark.line + 1, f"duplicate key {where}: YAML would keep only the last one"))
                seen.add(key)
                lines[(*path, key)] = key_node.start_mark.line + 1
                walk(value_node, (*path, key))
        elif isinstance(n, yaml.SequenceNode):
            for i, item in enumerate(n.value):
                lines[(*path, i)] = item.start_mark.line + 1
                walk(item, (*path, i))

    if node is not None:
        walk(node, ())
    return lines, problems


def _structural(data: dict[str, Any], source: str, lines: dict[YamlPath, int]) -> list[Problem]:
    """Cross-class checks that pydantic would report without a location."""
    problems: list[Problem] = []
    classes = data.get("classes")
    if not isinstance(classes, list):
        return problems
    class_at: dict[str, int] = {}
    owner: dict[str, str] = {}
    for i, c in enumerate(classes):
        if not isinstance(c, dict):
            continue
        name = c.get("name")
        if isinstance(name, str):
            if name in class_at:
                problems.append(Problem(source, lines.get(("classes", i, "name"), 1), f"class {name} is defined twice"))
            class_at[name] = i
        for j, entity in enumerate(c.get("entities") or []):
            if not isinstance(entity, str):
                continue
            if entity in owner:
                line = lines.get(("classes", i, "entities", j), 1)
                problems.append(Problem(source, line, f"entity {entity} is mapped to both {owner[entity]} and {name}"))
            else:
                owner[entity] = str(name)
    return problems


def _locate(loc: tuple[Any, ...], lines: dict[YamlPath, int]) -> int:
    path: YamlPath = tuple(p for p in loc if isinstance(p, (str, int)))
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return 1


def parse_policy(text: str | bytes, source: str) -> LoadedPolicy:
    raw = text.encode() if isinstance(text, str) else text
    try:
        node = yaml.compose(raw.decode("utf-8"), Loader=yaml.SafeLoader)
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyLoadError([Problem(source, 1, "not UTF-8 text")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "parse error"
        raise PolicyLoadError([Problem(source, mark.line + 1 if mark else 1, f"not valid YAML: {problem}")]) from None
    lines, problems = _line_map(node, source)
    if not isinstance(data, dict):
        raise PolicyLoadError([Problem(source, 1, "a policy file is a mapping with version: 1")])
    problems += _structural(data, source, lines)
    try:
        model = PolicyFile.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            if not err["loc"] and problems:
                continue  # the same cross-class problem, already reported with its line
            # pydantic's message only: never the offending input value.
            loc = ".".join(str(p) for p in err["loc"] if not str(p).startswith("function-")) or "(root)"
            problems.append(Problem(source, _locate(err["loc"], lines), f"{loc}: {err['msg']}"))
        raise PolicyLoadError(problems) from None
    if problems:
        raise PolicyLoadError(problems)
    return LoadedPolicy(model, source, canonical_version(model), hashlib.sha256(raw).hexdigest(), lines)


def load_policy(path: str | Path) -> LoadedPolicy:
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PolicyLoadError([Problem(source, 1, f"cannot read policy file: {exc.strerror}")]) from None
    return parse_policy(raw, source)


def shipped_policies_dir() -> Path:
    """The repository's ``policies/`` directory (the package is installed editable).

    ``HUSHGATE_POLICIES_DIR`` overrides it for wheel installs and containers,
    which copy ``policies/`` next to the config (see policies/README.md).
    """
    import os

    override = os.environ.get("HUSHGATE_POLICIES_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / "policies"


def default_policy_path() -> Path:
    return shipped_policies_dir() / "default.yaml"
