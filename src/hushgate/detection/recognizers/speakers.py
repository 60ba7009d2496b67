"""Who speaks in a chat export or a call transcript.

A speaker label is a name where it is not a role, a team or an everyday
word: "[09:12] Faadumo:" and "Lorenzo [9:14 AM]:" name people; "[10:01]
System:", "Backend [9:15 AM]:" and "Yonas Wolde (IT):"'s "(IT)" do not.
``PersonRecognizer`` anchors its speaker patterns on the stamp or the
bracket and asks these helpers what stands before it.
"""

from __future__ import annotations

import re

from hushgate.detection.names import common_words
from hushgate.detection.recognizers.name_forms import WORD, name_tokens, name_word
from hushgate.detection.recognizers.person_words import HEADER_LABELS

# A chat stamp's "AM"/"PM": "[9:14 AM]".
AM_PM = r"(?:[ ]?[AaPp]\.?[Mm]\.?)?"
# The end of a message: of the text, of a line, or of a JSON string ("\\n", '"').
MESSAGE_END = re.compile(r"[ .!]*(?:\Z|\r?\n|\\n|\\?\")")
# Who speaks in a chat export when it is not a person's name.
CHAT_ROLES = frozenset(
    "bot chatbot assistant ai user system agent support admin moderator operator host guest me you customer "
    "caller nurse doctor patient rep team staff server client console "
    # Teams reporting in a standup: "[09:31] Backend: p95 is 120 ms".
    "backend frontend devops infra sre mobile web design product data security platform engineering qa ops".split()
) | HEADER_LABELS
_LINE_START = re.compile(rf"{WORD}(?:[ ]{WORD}){{0,2}}")
# Between the speaker and a bracket anchor: the team ("Yonas Wolde (IT):").
_TEAM = re.compile(r"[ ]\([A-Za-z][A-Za-z .&/\-]{0,20}")


def is_speaker(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a person rather than a role, team or word."""
    return all(
        name_word(t) and not t.upper and t.lower not in CHAT_ROLES and t.lower not in common_words()
        for t in name_tokens(text, start, end)
    )


def speaker_starting_line(text: str, anchor: int, team: bool) -> tuple[int, int] | None:
    """The speaker's name that starts the line and runs up to `anchor` (a
    stamp: "Lorenzo [9:14 AM]:"), or up to its team in brackets (`team`:
    "Yonas Wolde (IT):"); None if that is not a person's name."""
    line_start = text.rfind("\n", 0, anchor) + 1
    speaker = _LINE_START.match(text, line_start, anchor)
    if speaker is None:
        return None
    if team:
        if _TEAM.fullmatch(text, speaker.end(), anchor) is None:
            return None
    elif speaker.end() != anchor:
        return None
    return speaker.span() if is_speaker(text, *speaker.span()) else None
