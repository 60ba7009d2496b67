"""What a process still holds: the strings and bytes reachable from some
roots, for zero-retention tests (prompt text may live in memory only for
the life of its request)."""

from __future__ import annotations

import collections
import functools
import sys
import types
from collections.abc import Iterator


def modules(prefix: str = "hushgate") -> list[types.ModuleType]:
    """The imported modules of a package, as roots for ``reachable_values``."""
    return [m for name, m in list(sys.modules.items()) if name.startswith(prefix)]


def ours(cls: type) -> bool:
    module = cls.__dict__.get("__module__")
    return isinstance(module, str) and module.startswith("hushgate")


def reachable_values(*roots: object) -> Iterator[str | bytes]:
    """Every str and bytes reachable from `roots` through containers,
    Hushgate's module globals, and the attributes of Hushgate's own classes
    and objects. Third-party objects (HTTP clients, event-loop internals,
    Presidio's patterns) and modules are not entered."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, (str, bytes)):
            yield item
        elif isinstance(item, (bytearray, memoryview)):
            yield bytes(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset, collections.deque)):
            stack.extend(item)
        elif isinstance(item, types.MethodType):
            stack.append(item.__self__)
        elif isinstance(item, functools.partial):
            stack.extend((item.func, *item.args, *item.keywords.values()))
        elif isinstance(item, types.FunctionType):
            stack.extend(cell.cell_contents for cell in item.__closure__ or ())
        elif isinstance(item, types.ModuleType):
            if item.__name__.startswith("hushgate"):
                stack.extend(vars(item).values())
        elif isinstance(item, type):
            if ours(item):
                stack.extend(vars(item).values())
        elif ours(type(item)):
            if hasattr(item, "__dict__"):
                stack.extend(vars(item).values())
            for cls in type(item).__mro__:
                for slot in cls.__dict__.get("__slots__", ()):
                    if isinstance(slot, str) and hasattr(item, slot):
                        stack.append(getattr(item, slot))
