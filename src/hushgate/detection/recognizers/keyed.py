"""Keyword-led patterns ("MRN: 12345", "password = ...").

They run on the lower-cased text. The engine does not scan the whole text
with them: one shared keyword pass (``hushgate.detection.keywords``) finds
where their keywords are, and the pattern is only tried, anchored, at those
positions. The value is captured in the group ``v``.
"""

from __future__ import annotations


from presidio_analyzer import Pattern

from hushgate.detection.alternation import one_of

# Between a keyword and its value: an optional qualifier ("number", "no.",
# "#", "id"; also after an abbreviating dot: "Lic. No."), a bracketed note on
# the keyword ("MRN (Epic):", "account (checking)", "Passport (US):"),
# JSON/YAML punctuation and an optional "is"/":"/"=" (Spanish "es", French
# "est", German "ist": "Su número de afiliada es XFE795583711"); markdown
# bold ("**License #:** 06361768"), a value in brackets ("passport
# (E40548553)"), "n°"/"n." ("passeport n° F74835665"), German "Nr." and ", number".
SEP = (
    r"(?:(?:\.?[ _\-]?|,[ ])(?:number|num|nbr|no\.|no|id|#|n\.|n°|nº|nr\.|nr|nummer))?"
    r"(?:[ ]?\([a-z][a-z0-9 /.,\-]{0,23}\))?"
    # Aligned forms pad the label: "cvc              117".
    r"[\"'\]*]{0,2}(?:[ \t]{0,3}(?:[:=#]|is[ \t]|was[ \t]|es[ \t]|est[ \t]|ist[ \t]|-[ \t])?[ \t\"'#*(]{0,4}|[ ]{5,24}(?=[^ ]))"
)


# A question and the next speaker's answer in a transcript: "billing zip?\n
# Customer: 01630", "member ID on the card?\n[00:00:25] CALLER: 44192418617A".
# Between keyword and "?" only words that keep the question about the value
# ("How many zip files?" is not asking for a ZIP code).
ANSWER_SEP = (
    r"(?:[ ](?:code|number|no\.?|id|please|again|on file|on (?:the|your) (?:card|file|account))){0,2}"
    r"[ ]?\??[ \t]*\r?\n(?:\[[0-9:]{4,8}\][ \t]*)?[a-z][a-z0-9_ .]{0,20}:[ \t]*"
)
# ... and the answer's opening words before an identifier: "yes it's 522334455", "sure, that's A1234567".
ANSWER_ID_SEP = ANSWER_SEP + r"(?:(?:yeah|yes|yep|sure|ok|okay|um|uh)[,.]?[ ]{1,2})?(?:(?:it's|its|it is|that's|that is|my \w+ is)[ ]{1,2})?"


def variants(phrase: str) -> list[str]:
    """'api_key' style phrases in their usual spellings: api_key, api key, api-key, apikey."""
    if "_" not in phrase:
        return [phrase]
    return [phrase.replace("_", sep) for sep in ("_", " ", "-", "")]


class KeyedPattern(Pattern):
    """A Presidio ``Pattern`` whose regex is ``keyword SEP value``; it also
    records its literal keywords so the engine can anchor it at them."""

    def __init__(self, name: str, keywords: str, value: str, score: float, suffix: str = "", sep: str = SEP) -> None:
        words: list[str] = []
        for phrase in keywords.split("|"):
            words.extend(variants(phrase.strip()))
        self.keywords: tuple[str, ...] = tuple(dict.fromkeys(w for w in words if w))
        # Longest first, so "patient name" is tried before "patient".
        longest_first = sorted(self.keywords, key=len, reverse=True)
        super().__init__(name, f"{one_of(longest_first)}(?![a-z0-9]){sep}(?P<v>{value}){suffix}", score)
