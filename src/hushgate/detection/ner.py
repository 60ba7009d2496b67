"""Optional spaCy NER for PERSON spans.

Only an installed pipeline package named in the config is loaded
(``spacy.load`` of a package name never downloads); a missing package is a
configuration error, not a silent fallback, so a deployment that believes it
has NER really has it.
"""

from __future__ import annotations

from typing import Any

from hushgate.detection.findings import Candidate

# spaCy labels that mean a person; other labels (GPE, ORG, DATE) are left to
# the pattern recognizers, which are more precise for our entity set.
PERSON_LABELS = frozenset({"PERSON", "PER"})


class SpacyPersonRecognizer:
    name = "SpacyPersonRecognizer"

    def __init__(self, nlp: Any, score: float = 0.75) -> None:
        self._nlp = nlp
        self._score = score

    @classmethod
    def from_package(cls, package: str) -> SpacyPersonRecognizer:
        import spacy
        import spacy.util

        if not spacy.util.is_package(package):
            raise RuntimeError(f"spaCy model package {package!r} is not installed (models are never downloaded)")
        # Only the NER component is needed; skipping the parser/lemmatizer
        # keeps the per-request cost down.
        nlp = spacy.load(package, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])
        return cls(nlp)

    def candidates(self, text: str) -> list[Candidate]:
        doc = self._nlp(text)
        return [
            Candidate("PERSON", ent.start_char, ent.end_char, self._score, self.name)
            for ent in doc.ents
            if ent.label_ in PERSON_LABELS
        ]
