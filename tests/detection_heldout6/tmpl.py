"""Template registry helpers shared by templates_pos.py and templates_neg.py."""

from collections import namedtuple

Template = namedtuple("Template", "name domain kind fmt fn")
MARK = "\u00a4"  # placeholder marker used by fill(); never appears in output


def E(etype, *parts):
    """A labeled piece; parts are strings or nested labeled pieces."""
    return (etype, list(parts))


def fill(fmt, *args):
    """Split fmt on the marker and interleave args (strings or labeled pieces)."""
    chunks = fmt.split(MARK)
    if len(chunks) != len(args) + 1:
        raise ValueError("placeholder count mismatch in %r" % fmt[:60])
    out = []
    for i, c in enumerate(chunks):
        if c:
            out.append(c)
        if i < len(args):
            a = args[i]
            if isinstance(a, list):
                out.extend(a)
            elif a != "":
                out.append(a)
    return out


def registry(kind_default):
    items = []

    def reg(domain, fmt, kind=None):
        def deco(fn):
            items.append(Template(fn.__name__, domain, kind or kind_default, fmt, fn))
            return fn
        return deco
    return items, reg
