"""Optional spaCy NER plumbing, tested with a pipeline built in the test
(blank English + an EntityRuler); no model is downloaded."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from hushgate.detection import DetectionConfig, Detector  # noqa: E402
from hushgate.detection.ner import SpacyPersonRecognizer  # noqa: E402


def tiny_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Zyx Qwerty"}, {"label": "ORG", "pattern": "Acme"}])
    return nlp


def test_person_entities_become_candidates() -> None:
    text = "ask Zyx Qwerty at Acme"
    spans = [(c.entity_type, text[c.start : c.end]) for c in SpacyPersonRecognizer(tiny_pipeline()).candidates(text)]
    assert spans == [("PERSON", "Zyx Qwerty")]


def test_detector_merges_ner_person_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SpacyPersonRecognizer, "from_package", classmethod(lambda cls, package: cls(tiny_pipeline())))
    detector = Detector(DetectionConfig(spacy_model="tiny_test_pipeline"))
    text = "forward this to zyx: Zyx Qwerty"
    assert ("PERSON", "Zyx Qwerty") in [(f.entity_type, text[f.start : f.end]) for f in detector.detect(text)]


def test_missing_model_package_is_a_configuration_error() -> None:
    with pytest.raises(RuntimeError, match="not installed"):
        Detector(DetectionConfig(spacy_model="hushgate_no_such_model_package"))
