"""Passwords in other languages' forms and in chat prose; paths and prose
after the word "password" are not passwords. Synthetic examples written for
these tests."""

from __future__ import annotations

import pytest

from helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("お名前: 山口 ひなた\nパスワード: falcon*Nebula354\n", "falcon*Nebula354"),
        ("Contraseña: Tr0ub4dor&3", "Tr0ub4dor&3"),
        ("Passwort: Kiefer#2024wald", "Kiefer#2024wald"),
        ("temp password they gave me was kestrel-mango-tamarind6 but it expired", "kestrel-mango-tamarind6"),
        ("network OPS-5G, password ~fJw^Br2okSL9A^oSX\n[09:15] Ana: thx", "~fJw^Br2okSL9A^oSX"),
        ("also the admin pw is still mango%9185delta lol", "mango%9185delta"),
        ("new wifi pass for the clinic is tYxy1hs%VQtjFT and the console", "tYxy1hs%VQtjFT"),
    ],
)
def test_passwords_in_foreign_forms_and_chat_prose(text: str, expected: str) -> None:
    assert ("PASSWORD", expected) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the password reset email was sent",
        "the password policy was updated",
        "password ~/.pgpass is used by psql",
        "the password is still required",  # an adverb after "is" is not the value
    ],
)
def test_prose_and_paths_after_password_are_not_passwords(text: str) -> None:
    assert [v for e, v in found(text) if e == "PASSWORD"] == [], found(text)
