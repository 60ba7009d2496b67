"""Client opt-outs: a request can always refuse to be cached."""

from __future__ import annotations

from collections.abc import Mapping

# Request: "bypass" skips the cache. Response: hit | miss | bypass.
CACHE_HEADER = "x-hushgate-cache"


def should_bypass(headers: Mapping[str, str]) -> bool:
    """True for ``Cache-Control: no-store`` or ``x-hushgate-cache: bypass``: neither read nor write.

    ``headers`` may be any mapping; names are matched case-insensitively
    (Starlette's ``Headers`` already is, a plain dict may not be).
    """
    cache_control = bypass = ""
    for name, value in headers.items():
        lowered = name.lower()
        if lowered == "cache-control":
            cache_control += "," + value
        elif lowered == CACHE_HEADER:
            bypass = value
    if bypass.strip().lower() == "bypass":
        return True
    directives = {d.split("=", 1)[0].strip().lower() for d in cache_control.split(",")}
    return "no-store" in directives
