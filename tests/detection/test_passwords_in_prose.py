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


@pytest.mark.parametrize(
    ("command", "password"),
    [
        ("redis-cli -h 10.0.4.17 -p 6379 -a 'sup3r-s3cret-r3dis' ping", "sup3r-s3cret-r3dis"),
        ("mysql -u root -pHunter2Secret! -h 192.168.1.50 patients_db", "Hunter2Secret!"),
        ("sshpass -p 'Winter2024!' ssh admin@10.0.0.5", "Winter2024!"),
    ],
)
def test_a_password_given_to_a_database_or_ssh_client_option_is_a_password(command: str, password: str) -> None:
    assert ("PASSWORD", password) in found(command), found(command)


@pytest.mark.parametrize("command", ["mysql -u root -p -h db.internal", "mysql -u root -p$MYSQL_PWD", "redis-cli -p 6379 ping"])
def test_a_client_asked_to_prompt_or_given_a_variable_has_no_password(command: str) -> None:
    assert ("PASSWORD" not in {e for e, _ in found(command)}), found(command)
