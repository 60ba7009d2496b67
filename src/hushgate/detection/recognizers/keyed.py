"""Shared pieces of keyword-led patterns ("MRN: 12345", "password = ...").

These patterns run on the lower-cased text, start with the keyword (a literal
alternation, so the regex engine skips ahead to candidate keywords in C) and
capture the value in the group ``v``.
"""

from __future__ import annotations

# Between a keyword and its value: an optional qualifier ("number", "no.",
# "#", "id"), JSON/YAML punctuation and an optional "is"/":"/"=".
SEP = (
    r"(?:[ _\-]?(?:number|num|nbr|no\.|no|id|#))?"
    r"[\"'\]]{0,2}[ \t]{0,3}(?:[:=#]|is[ \t]|was[ \t]|-[ \t])?[ \t\"'#]{0,4}"
)


def keyed(keywords: str, value: str) -> str:
    """Regex for `keyword SEP value`; `keywords` is an alternation body."""
    return f"(?:{keywords})(?![a-z0-9]){SEP}(?P<v>{value})"
