"""Wire-format translation between provider dialects and the canonical (OpenAI chat) shape.

Pure functions and small state machines over plain dicts: no I/O, no pipeline
types, so the inbound wire formats and the outbound adapters share them and a
benchmark can time them alone.
"""

from __future__ import annotations


class TranslationError(ValueError):
    """A body that has no faithful translation; ``param`` names the field.

    Messages are written by the translator and never quote a value, so they
    are safe to show the client.
    """

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


__all__ = ["TranslationError"]
