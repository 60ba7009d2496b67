"""Identifiers said aloud in speech-to-text transcripts (detection/spoken.py).
Synthetic transcripts written for these tests."""

from __future__ import annotations

import pytest

from helpers import found

INTAKE = (
    "[00:01:08] spk_0: social security number\n"
    "[00:01:11] spk_1: four zero double six four zero six two three\n"
    "[00:01:14] spk_0: best phone number\n"
    "[00:01:20] spk_1: six one four, double eight four, four five nine eight\n"
    "[00:01:24] spk_0: and the zip code\n"
    "[00:01:26] spk_1: two two six three one\n"
    "[00:01:30] spk_0: and your date of birth\n"
    "[00:01:33] spk_1: march seventeenth nineteen thirty eight\n"
)


@pytest.mark.parametrize(
    ("entity", "said"),
    [
        ("US_SSN", "four zero double six four zero six two three"),
        ("PHONE_NUMBER", "six one four, double eight four, four five nine eight"),
        ("US_ZIP_CODE", "two two six three one"),
        ("DATE_TIME", "march seventeenth nineteen thirty eight"),
    ],
)
def test_a_spoken_identifier_after_the_agents_question_is_found(entity: str, said: str) -> None:
    assert (entity, said) in found(INTAKE), found(INTAKE)


def test_spoken_digits_without_context_are_not_reported() -> None:
    # Nine digits could be an SSN, a routing number or an order: the question decides.
    assert found("spk_1: four zero double six four zero six two three") == []


@pytest.mark.parametrize(
    "text",
    [
        "one two three four, here we go",  # counting, not an identifier
        "I have two three year old kids and one on the way",
        "the march twentieth meeting moved",  # a month and a day, no year
        "Plan A - B - C",  # letters, but nothing is spelled
    ],
)
def test_number_words_and_letters_in_prose_are_not_identifiers(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AGENT: Can you spell the last name for me?\nCALLER: B-R-E-N-N-A-N.", "B-R-E-N-N-A-N"),
        ("spk_1: yeah it's joris visser last name is v i s s e r", "v i s s e r"),
    ],
)
def test_a_name_spelled_out_after_a_spelling_or_name_word_is_a_person(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text), found(text)


def test_an_mbi_read_character_by_character_is_an_mbi() -> None:
    text = "AGENT: And the Medicare number on the card?\nCALLER: 1 R T 1 - R F 5 - A F 0 6.\nAGENT: Spell your name?"
    assert ("US_MBI", "1 R T 1 - R F 5 - A F 0 6") in found(text), found(text)


def test_spoken_spans_map_back_to_the_original_text() -> None:
    # A zero-width joiner and a full-width colon before the run shift the normalized view.
    text = "social\u200d security number\uff1a four zero double six four zero six two three"
    assert ("US_SSN", "four zero double six four zero six two three") in found(text), found(text)


def test_spoken_digits_grouped_by_the_word_dash_are_one_identifier() -> None:
    text = "Agent: his social security number?\nCaller: three one two dash four five dash six seven eight nine"
    assert ("US_SSN", "three one two dash four five dash six seven eight nine") in found(text), found(text)


def test_an_email_address_said_aloud_after_the_agent_asks_for_it_is_an_email() -> None:
    text = "[00:00:03] AGENT: can you confirm your email address\n[00:00:06] CUSTOMER: sure it's d dot okafor at mailbox dot com"
    assert ("EMAIL_ADDRESS", "d dot okafor at mailbox dot com") in found(text), found(text)


@pytest.mark.parametrize("text", ["take a look at example dot com for the pricing", "we met at acme dot com's office"])
def test_words_around_at_and_dot_com_without_email_context_are_prose(text: str) -> None:
    assert found(text) == [], found(text)


def test_a_letter_spelled_with_as_in_joins_the_characters_read_after_it() -> None:
    text = "Speaker 1: Okay and what's the member ID on the card?\nSpeaker 2: It's W as in William, 8 4 4, 2 7 1, 9 9 0."
    assert found(text) == [("HEALTH_PLAN_ID", "W as in William, 8 4 4, 2 7 1, 9 9 0")], found(text)


def test_as_in_after_a_word_is_not_spelling() -> None:
    assert found("we dosed it as in the last visit, a b c") == []


def test_a_spoken_day_and_month_without_a_year_is_a_date_with_person_context() -> None:
    text = "Caller: my husband passed away on october ninth"
    assert ("DATE_TIME", "october ninth") in found(text), found(text)


def test_may_before_an_ordinal_is_a_verb_not_a_month() -> None:
    assert found("the patient may first try ice and rest") == []


def test_a_spoken_zip_right_after_its_state_is_a_zip_without_other_context() -> None:
    text = "spk_1: it's in springfield illinois six two seven oh four"
    assert ("US_ZIP_CODE", "six two seven oh four") in found(text), found(text)


def test_a_street_line_said_aloud_is_an_address_with_its_unit_town_and_state() -> None:
    text = "Caller: uh fourteen twenty two west elm street, apartment six, springfield illinois six two seven oh four"
    assert found(text) == [
        ("STREET_ADDRESS", "fourteen twenty two west elm street, apartment six, springfield illinois"),
        ("US_ZIP_CODE", "six two seven oh four"),
    ], found(text)


def test_a_security_code_said_after_three_digits_on_the_back_is_found() -> None:
    text = "Rep: and the three digits on the back\nMember: seven three two"
    assert found(text) == [("CARD_SECURITY_CODE", "seven three two")], found(text)


def test_an_mbi_said_as_digit_words_and_letters_is_an_mbi() -> None:
    text = "spk_0: may i have your medicare number\nspk_1: sure it's one e g four t e five m k seven three"
    assert ("US_MBI", "one e g four t e five m k seven three") in found(text), found(text)


def test_a_birth_date_said_day_first_is_a_date() -> None:
    text = "Pharmacist: can I get the patient's date of birth?\nCustomer: uh yeah it's the fourth of july two thousand and nine"
    assert ("DATE_TIME", "fourth of july two thousand and nine") in found(text), found(text)


def test_the_day_of_a_holiday_without_person_context_is_not_a_date() -> None:
    assert found("we close on the fourth of july") == []


def test_number_words_in_a_spoken_email_local_part_belong_to_the_address() -> None:
    text = "Agent: and the email on the account?\nCaller: it's jsmith seventy two at gmail dot com"
    assert ("EMAIL_ADDRESS", "jsmith seventy two at gmail dot com") in found(text), found(text)


def test_a_spoken_street_whose_name_ends_like_an_ordinal_is_still_a_street() -> None:
    text = "Operator: what's the address of your emergency\nCaller: two nine zero five pinecrest road, it's my neighbor"
    assert ("STREET_ADDRESS", "two nine zero five pinecrest road") in found(text), found(text)


def test_a_license_read_with_a_spelling_aid_and_digit_words_is_one_value() -> None:
    text = "Agent: and your driver's license number?\nCaller: it's d as in david, one two three, four five six seven"
    assert ("US_DRIVER_LICENSE", "d as in david, one two three, four five six seven") in found(text), found(text)
