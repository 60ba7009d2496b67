"""Restoration stays linear in the answer: HTML-heavy output holds many "<".

Each "<" that did not start a placeholder used to slice and hash the whole
rest of the text (quadratic: a 240 KB answer took ~1.5 s of event loop).
Counted, not timed: the partial-token check must only see short tails.
"""

from __future__ import annotations

from hushgate.policy.restore import RestoreStats, restore_text
from hushgate.policy.vault import Vault


class CountingVault(Vault):
    checked_chars = 0

    def is_partial(self, text: str) -> bool:
        CountingVault.checked_chars += len(text)
        return super().is_partial(text)


def test_partial_placeholder_checks_see_only_short_tails():
    vault = CountingVault()
    vault.pseudonym("PERSON", "Maria Lopez")
    text = "<a " * 20_000 + "<PERSON_1>"
    assert restore_text(vault, text, RestoreStats()).endswith("Maria Lopez")
    assert CountingVault.checked_chars <= 20 * len(vault.pseudonym("PERSON", "Maria Lopez"))


def test_url_context_check_sees_a_bounded_tail(monkeypatch):
    from hushgate.policy import restore

    seen: list[int] = []
    real = restore.in_url_context

    def counting(before: str) -> bool:
        seen.append(len(before))
        return real(before)

    monkeypatch.setattr(restore, "in_url_context", counting)
    vault = Vault()
    vault.pseudonym("PERSON", "Maria Lopez")
    out = restore_text(vault, "hi <PERSON_1> " * 2_000, RestoreStats())
    assert out.count("Maria Lopez") == 2_000
    assert max(seen) <= restore._TAIL_CHARS
