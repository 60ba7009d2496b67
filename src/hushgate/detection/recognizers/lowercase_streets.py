"""Street lines typed in lower case or said aloud: "i live at 1422 west elm
street, springfield il", "fourteen twenty two west elm street, apartment
six, springfield illinois".

Chat users and speech-to-text write addresses without capitals, where the
capitalised street pattern (``location``) cannot see them. They are found
from their street word (a keyword of the shared keyword pass: no scan of
their own), backwards to the house number in digits or words, then forwards
over a unit and a town with its state."""

from __future__ import annotations

import re

from hushgate.detection.number_words import DAY, HOUSE_NUMBER, ONES
from hushgate.detection.recognizers.us_states import LOWER_STATE_CODES, LOWER_STATE_NAMES

# Street words common enough in addresses and rare enough in prose to
# anchor on ("way", "place", "park", "run" are everyday words). Not "dr": it
# is a doctor more often.
STREET_WORDS = (
    "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|court|ct|terrace|parkway|pkwy|highway|hwy|circle|trail|crescent"
)
# Words that are never part of a street's name: "3 blocks down oak street",
# "twenty minutes up main street", "2 of the elm street units".
_NOT_A_NAME = (
    "the|a|an|and|or|of|at|in|on|to|for|from|by|with|down|up|off|past|near|my|your|our|his|her|their|its|this|that|"
    "is|are|was|were|be|mile|miles|km|mi|day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|"
    "min|mins|second|seconds|block|blocks|time|times|percent|mg|ml|kg|lb|lbs|feet|ft|foot|yards|meters|people|"
    "units|pages|steps|floors|doors|houses|stores|shops|cars"
)
_NAME_WORD = rf"(?!(?:{_NOT_A_NAME})[ ])(?:[a-z][a-z'\-]{{1,20}}|[0-9]{{1,3}}(?:st|nd|rd|th))"
# The house number, a direction and one to three name words, ending right before the street word.
_NUMBER_AND_NAME_BEFORE = re.compile(
    rf"(?<![a-z0-9'\-])(?P<number>[0-9]{{1,6}}[a-z]?|{HOUSE_NUMBER})[ ]"
    rf"(?P<direction>(?:north|south|east|west|n|s|e|w)\.?[ ])?(?P<name>(?:{_NAME_WORD}[ ]){{1,3}})\Z"
)
# "the clinic on twenty third street": a numbered street, not a house number.
_ORDINAL = re.compile(rf"(?:{DAY})[ ]")
_UNIT = rf"(?:,?[ ](?:apartment|apt|unit|suite|ste|number|#)\.?[ ]?#?(?:{ONES}|[0-9]{{1,5}}[a-z]?|[a-z](?![a-z])))?"
_TOWN_WORD = rf"(?!(?:{_NOT_A_NAME}|{LOWER_STATE_CODES})[ ,])[a-z][a-z'\-]{{2,20}}"
_UNIT_TOWN_STATE_AFTER = re.compile(
    rf"\.?{_UNIT}(?:,?[ ](?:{_TOWN_WORD}[ ]){{1,3}}?,?[ ]?(?:{LOWER_STATE_NAMES}|{LOWER_STATE_CODES})(?![a-z]))?"
)
# "2 main street locations": a word after the street word, and no unit or town.
_WORD_AFTER = re.compile(r"[ ][a-z]")


def lowercase_street(text: str, word_start: int, word_end: int) -> tuple[int, int, bool] | None:
    """The street line whose street word spans `word_start`-`word_end`, and
    whether it stands alone (False: a word follows it, "2 main street
    locations", and only context makes it an address)."""
    if word_start < 4 or text[word_start - 1] != " ":
        return None
    window_start = max(0, word_start - 80)
    before = _NUMBER_AND_NAME_BEFORE.search(text[window_start:word_start].lower())
    if before is None:
        return None
    if before.group("direction") is None and not before.group("number")[0].isdigit() and _ORDINAL.match(before.group("name")):
        return None
    start = window_start + before.start()
    lower_tail = text[word_end : word_end + 80].lower()
    after = _UNIT_TOWN_STATE_AFTER.match(lower_tail)
    end = word_end + (after.end() if after is not None else 0)
    alone = end > word_end + 1 or _WORD_AFTER.match(text, end) is None
    return start, end, alone
