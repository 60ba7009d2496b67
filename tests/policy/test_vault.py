"""The per-request vault: consistent placeholders, nothing resolvable that it did not issue."""

from __future__ import annotations

from hushgate.policy.vault import Vault


def test_same_value_same_placeholder() -> None:
    vault = Vault()
    assert vault.pseudonym("PERSON", "Jane Roe") == vault.pseudonym("PERSON", "jane  roe") == "<PERSON_1>"


def test_different_values_get_numbered_placeholders() -> None:
    vault = Vault()
    assert [vault.pseudonym("PERSON", n) for n in ("A B", "C D")] == ["<PERSON_1>", "<PERSON_2>"]


def test_placeholders_are_numbered_per_entity_type() -> None:
    vault = Vault()
    vault.pseudonym("PERSON", "A B")
    assert vault.pseudonym("EMAIL_ADDRESS", "a@b.c") == "<EMAIL_ADDRESS_1>"


def test_placeholder_text_the_client_sent_is_never_issued() -> None:
    vault = Vault.for_texts(["please keep <PERSON_1> and <PERSON_2> literally"])
    assert vault.pseudonym("PERSON", "Jane Roe") == "<PERSON_3>"
    assert vault.resolve("<PERSON_1>") is None


def test_only_issued_tokens_resolve() -> None:
    vault = Vault()
    vault.pseudonym("PERSON", "Jane Roe")
    assert vault.resolve("<PERSON_1>") == "Jane Roe"
    assert vault.resolve("<PERSON_2>") is None


def test_a_fresh_vault_resolves_nothing_from_another_request() -> None:
    first = Vault()
    token = first.pseudonym("PERSON", "Jane Roe")
    assert Vault().resolve(token) is None


def test_partial_means_a_proper_prefix_of_an_issued_token() -> None:
    vault = Vault()
    vault.pseudonym("PERSON", "Jane Roe")
    assert vault.is_partial("<PER") and vault.is_partial("<PERSON_1")
    assert not vault.is_partial("<PERSON_1>") and not vault.is_partial("<EMAIL")


def test_ten_thousand_guessed_tokens_resolve_nothing_but_what_was_issued() -> None:
    import random

    vault = Vault()
    issued = {vault.pseudonym("PERSON", "Jane Roe"), vault.pseudonym("EMAIL_ADDRESS", "j@r.example")}
    rng = random.Random(7)
    kinds = ["PERSON", "EMAIL_ADDRESS", "US_SSN", "PHONE_NUMBER"]
    guesses = {f"<{rng.choice(kinds)}_{rng.randint(0, 99999)}>" for _ in range(10_000)} - issued
    assert [g for g in guesses if vault.resolve(g) is not None] == []
