"""Stock Presidio, for comparison only (benchmarks and the quality report).

"Stock" means Presidio's own predefined recognizers run by its own
``AnalyzerEngine``, pattern-based ones only: the NER ``SpacyRecognizer`` is
removed and the NLP engine is a blank spaCy English pipeline (a tokenizer,
no model), so nothing is downloaded. Presidio's e-mail recognizer calls
``tldextract.extract``, whose default extractor fetches the public suffix
list; its module reference is pointed at an extractor that uses the bundled
snapshot only (``suffix_list_urls=()``), keeping the comparison offline.

Hushgate itself never uses this module on the request path.
"""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

from hushgate.detection.findings import Finding

# Presidio entity names -> Hushgate's vocabulary, where one corresponds.
ENTITY_MAP: dict[str, str] = {
    "US_BANK_NUMBER": "US_BANK_ACCOUNT",
    "ABA_ROUTING_NUMBER": "US_ROUTING_NUMBER",
}

_engine: Any = None
_lock = threading.Lock()


def stock_presidio_engine() -> Any:
    """A pattern-only Presidio ``AnalyzerEngine`` built offline (cached)."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = _build()
    return _engine


def _build() -> Any:
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer import predefined_recognizers as pr
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = SimpleNamespace(extract=offline)  # type: ignore[attr-defined]

    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank_en"}])
    nlp_engine.nlp = {"en": spacy.blank("en")}
    # The recognizers Presidio's default English registry loads, minus the
    # NER one. Instantiated directly: Presidio's YAML loader resolves classes
    # by name, and Hushgate's recognizers reuse some of those names.
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer_class in (
        pr.CreditCardRecognizer, pr.UsBankRecognizer, pr.UsLicenseRecognizer, pr.UsItinRecognizer,
        pr.UsPassportRecognizer, pr.UsSsnRecognizer, pr.NhsRecognizer, pr.CryptoRecognizer,
        pr.DateRecognizer, pr.EmailRecognizer, pr.IbanRecognizer, pr.IpRecognizer,
        pr.MedicalLicenseRecognizer, pr.MacAddressRecognizer, pr.UuidRecognizer, pr.PhoneRecognizer,
        pr.UrlRecognizer,
    ):
        registry.add_recognizer(recognizer_class())
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def stock_presidio_detect(text: str) -> list[Finding]:
    """Presidio's findings in Hushgate's ``Finding`` shape (overlaps kept, as Presidio returns them)."""
    results = stock_presidio_engine().analyze(text=text, language="en")
    findings = [
        Finding(ENTITY_MAP.get(r.entity_type, r.entity_type), r.start, r.end, float(r.score), r.recognition_metadata.get("recognizer_name", "presidio") if r.recognition_metadata else "presidio")
        for r in results
        if r.end > r.start
    ]
    findings.sort(key=lambda f: (f.start, f.end))
    return findings
