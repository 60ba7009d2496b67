"""Numbers written as words, as speech-to-text writes them: the vocabulary
shared by the spoken-identifier stage (``spoken``) and the street lines
said aloud ("fourteen twenty two west elm street"). Regex fragments and
word lists only, for the lower-cased text."""

from __future__ import annotations

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
ONES = "one|two|three|four|five|six|seven|eight|nine"
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
ORDINAL_ONES = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
# A day of the month said aloud: "third", "seventeenth", "twenty-first".
DAY = (
    rf"(?:{ORDINAL_ONES}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    rf"nineteenth|twentieth|twenty[ -](?:{ORDINAL_ONES})|thirtieth|thirty[ -]first)"
)
TWO_DIGITS = rf"(?:oh[ ](?:{ONES})|{TEENS}|(?:{TENS})(?:[ -](?:{ONES}))?)"
YEAR = (
    rf"(?:(?:eighteen|nineteen|twenty)[ ](?:{TWO_DIGITS}|hundred)"
    rf"|two[ ]thousand(?:[ ]and)?(?:[ ](?:{ONES}|{TEENS}|(?:{TENS})(?:[ -](?:{ONES}))?))?)"
)
# A house number said aloud: "fourteen twenty two", "four oh five", "twelve
# hundred", "one two three four". Two words at least, or one teen or tens
# word: "one main street" is more often prose than an address.
_NUMBER_WORD = rf"(?:{ONES}|zero|oh|{TEENS}|{TENS}|hundred|thousand)"
HOUSE_NUMBER = rf"(?:{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD}){{1,5}}|{TEENS}|{TENS})"
