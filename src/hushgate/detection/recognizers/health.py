"""Health identifiers: MRN, NPI, DEA, Medicare MBI, health plan ids (HIPAA H, I, K)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from hushgate.detection.checksums import dea_valid, mbi_valid, npi_valid
from hushgate.detection.findings import Candidate
from hushgate.detection.recognizers.base import Recognizer, bounded
from hushgate.detection.recognizers.keyed import ANSWER_ID_SEP, KeyedPattern

# An identifier value after a keyword: letters/digits with inner dashes, at
# least one digit (checked in validate_result).
_ID_VALUE = r"(?=[a-z\-]{0,20}[0-9])[a-z0-9][a-z0-9\-]{2,19}[a-z0-9]"


def _id_like(value: str, min_digits: int = 3) -> bool:
    return sum(c.isdigit() for c in value) >= min_digits and not value.endswith("-")


class MedicalRecordNumberRecognizer(Recognizer):
    ENTITY = "MEDICAL_RECORD_NUMBER"
    LOWER_PATTERNS = (
        KeyedPattern(
            "keyed",
            "mrn|medical record|medical records|med rec|med. rec.|medical rec|mr|chart|patient id|"
            "patient number|patient no|pt id|patientid|record number|record no|hospital number|"
            "hospital id|encounter|accession|unit number|emr|ehr|emr id|mrn/id|"
            # Spanish, German, French, Italian.
            "historia clínica|número de historia|expediente|registro clínico|krankenaktennummer|"
            "patientennummer|numéro de dossier|dossier patient|cartella clinica|numero di cartella|"
            # Japanese, Chinese and Korean chart numbers ("カルテ番号 0673725", "病历号", "환자번호").
            "カルテ番号|診察券番号|患者番号|病歴番号|病历号|病案号|住院号|病歷號|환자번호|등록번호|차트번호",
            _ID_VALUE,
            0.85,
        ),
        # Encounter and account numbers of hospital systems: "FIN 900123456"
        # (Cerner), "CSN", "HAR" (Epic), "Visit #V00012345", "Hospital No.
        # H0099231": six digits or more, so "fin 2025" or "visit 2 weeks" are not.
        KeyedPattern("encounter", "fin|csn|har|hospital no|hospital|visit", r"[a-z]?[0-9]{6,12}", 0.8, suffix=r"(?![a-z0-9\-])"),
        # FHIR: {"type": {"text": "MRN"}, "value": "00207704"}
        KeyedPattern("fhir", "mrn|medical record number", _ID_VALUE, 0.85, sep=r'"\}?,[ ]{0,2}"value":[ ]{0,2}"'),
    )
    PATTERNS = (
        # HL7 v2 PID-3 (patient identifier list): PID|1||00102327^^^MERCY^MR||
        Pattern("hl7_pid3", r"PID\|[0-9]{0,4}\|[^|\n]{0,40}\|(?P<v>[A-Za-z0-9\-]{3,20})(?=[\^|])", 0.85),
    )
    CONTEXT = ("mrn", "medical record", "med rec", "chart", "patient id", "record", "emr", "ehr")
    FIELD_NAMES = ("mrn", "medicalrecordnumber", "medicalrecord", "patientid", "chartnumber", "recordnumber", "mrnumber", "patientmrn")

    def __init__(self, site_patterns: tuple[str, ...] = ()) -> None:
        super().__init__()
        # Site formats from config: they count on their own, more with context.
        self.compiled = self.compiled + tuple(
            (re.compile(regex), Pattern(f"site_{i}", regex, 0.6)) for i, regex in enumerate(site_patterns)
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return _id_like(pattern_text)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return 3 <= len(value) <= 24 and all(c.isalnum() or c in "-/" for c in value) and _id_like(value)


class UsNpiRecognizer(Recognizer):
    ENTITY = "US_NPI"
    PATTERNS = (Pattern("npi", r"[12](?<![A-Za-z0-9][12])[0-9]{9}(?![0-9])", 0.4),)
    CONTEXT = ("npi", "national provider", "national provider identifier", "provider", "prescriber", "physician", "provider id", "rendering", "billing provider")
    NEGATIVE_CONTEXT = ("phone", "tel", "call", "fax", "order", "invoice", "account", "acct", "tracking")
    FIELD_NAMES = ("npi", "providernpi", "npinumber", "prescribernpi", "renderingnpi", "billingnpi")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        if not npi_valid(text[start:end]) or (start > 0 and text[start - 1].isalnum()):
            return
        # HL7 XCN (provider id ^ FAMILY ^ GIVEN) is how NPIs travel in messages.
        hl7_provider = end < len(text) and text[end] == "^" and start > 0 and text[start - 1] in "|~^"
        yield self.candidate(start, end, 0.8 if hl7_provider else pattern.score)

    def validate_result(self, pattern_text: str) -> bool | None:
        return npi_valid(pattern_text)

    def value_ok(self, value: str) -> bool:
        return npi_valid(value.strip())


class UsDeaRecognizer(Recognizer):
    ENTITY = "US_DEA"
    # Upper case as printed on prescriptions; the look-behind after the first
    # letter rejects positions inside words before the rest is tried.
    PATTERNS = (Pattern("dea", r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z9][0-9]{7}", 0.75),)
    CONTEXT = ("dea", "dea number", "dea #", "registration", "prescriber", "controlled")
    # A purchase order's number passes the check digit one time in ten: "PO number: PO5715959".
    NEGATIVE_CONTEXT = ("po", "po number", "purchase order", "order")
    FIELD_NAMES = ("dea", "deanumber", "prescriberdea")

    def validate_result(self, pattern_text: str) -> bool | None:
        return dea_valid(pattern_text)


class UsMbiRecognizer(Recognizer):
    ENTITY = "US_MBI"
    PATTERNS = (
        Pattern("mbi", r"[1-9](?<![A-Za-z0-9][1-9])[A-Za-z][A-Za-z0-9][0-9][A-Za-z][A-Za-z0-9][0-9][A-Za-z]{2}[0-9]{2}", 0.8),
        Pattern("mbi_dashed", r"[1-9](?<![A-Za-z0-9][1-9])[A-Za-z][A-Za-z0-9][0-9]-[A-Za-z][A-Za-z0-9][0-9]-[A-Za-z]{2}[0-9]{2}", 0.85),
    )
    CONTEXT = ("mbi", "medicare", "beneficiary", "medicare beneficiary identifier", "medicare id", "medicare number")
    FIELD_NAMES = ("mbi", "medicareid", "medicarenumber", "medicarebeneficiaryidentifier")

    def validate_result(self, pattern_text: str) -> bool | None:
        # Lower-case MBIs are rare in real documents; demand the printed form
        # unless context says otherwise (handled by score, not here).
        return mbi_valid(pattern_text) and not pattern_text.islower()


class HealthPlanIdRecognizer(Recognizer):
    ENTITY = "HEALTH_PLAN_ID"
    LOWER_PATTERNS = (
        KeyedPattern(
            "keyed",
            "member|membership|subscriber|policy|insurance|insurance member|health plan|plan member|"
            "medicaid|medicaid id|beneficiary|enrollee|policyholder|insured id|insurance id|"
            "plan id|member_id|subscriber_id|policy holder|hicn|health insurance|ins id|cardholder id|rx id|"
            # The insurer's own name before "id": "BCBS ID: XOF123456789", "Humana ID H1234-5678-901".
            "bcbs id|bcbs|anthem id|aetna id|cigna id|humana id|uhc id|kaiser id|tricare id|medicare id|"
            # Spanish, German, French.
            "miembro id|número de afiliado|afiliado|número de afiliada|afiliada|número de póliza|póliza|versichertennummer|numéro d'adhérent|"
            # Spanish, French, Italian, Dutch, Polish membership and policy numbers.
            "número de afiliación|afiliación|numéro d'assuré|numéro d'assurée|tessera sanitaria|polisnummer|verzekeringsnummer|numer ubezpieczenia|"
            # French "N° d'adhérent mutuelle", Portuguese "carteirinha do convênio", Japanese "被保険者番号".
            "n° d'adhérent|n° d'adhérent mutuelle|adhérent mutuelle|carteirinha|carteirinha do convênio|convênio|被保険者番号|被保険者証番号|"
            # The insured's own "symbol and number" on a Japanese insurance card.
            "記号番号|記号・番号|保険証番号|"
            # German statutory insurance; TRICARE's DoD benefits number; the card itself.
            "krankenkasse|mitgliedsnummer|krankenversicherungsnummer|versichertennr|dod id|dod benefits number|dbn|"
            "insurance card|insurance card id|member card",
            _ID_VALUE,
            0.8,
        ),
        KeyedPattern("answer", "member id|member number|subscriber id|policy number|insurance id", _ID_VALUE, 0.8, sep=ANSWER_ID_SEP),
    )
    CONTEXT = ("member", "subscriber", "insurance", "policy", "plan", "medicaid", "payer", "insurer", "coverage")
    FIELD_NAMES = (
        "memberid", "membernumber", "subscriberid", "subscribernumber", "policynumber", "policyid",
        "insuranceid", "healthplanid", "planmemberid", "medicaidid", "beneficiaryid",
    )

    # Member and policy ids carry at least five digits; "plan id 4481",
    # "policy 12-44 of the handbook" and "plan ID PRO-2024-ANNUAL" do not.
    MIN_DIGITS = 5

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span("v")
        if start < 0 or not bounded(text, start, end) or not _id_like(text[start:end], self.MIN_DIGITS):
            return
        if _DOCUMENT_NUMBER.fullmatch(text, start, end) or _HIOS_PLAN_ID.fullmatch(text, start, end):
            return
        yield self.candidate(start, end, pattern.score)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return (
            4 <= len(value) <= 24
            and all(c.isalnum() or c == "-" for c in value)
            and _id_like(value, self.MIN_DIGITS)
            and _HIOS_PLAN_ID.fullmatch(value) is None
        )


# "policy 2025-014", "policy HR-2025-014": a year and a sequence number
# number a document (a handbook policy, a plan document), not a member.
_DOCUMENT_NUMBER = re.compile(r"(?:[A-Za-z]{1,6}-)?(?:19|20)[0-9]{2}-[0-9]{1,4}")
# A marketplace plan's HIOS id (5-digit issuer, state, 7 digits, variant):
# it names the insurance product every member of the plan shares.
_HIOS_PLAN_ID = re.compile(r"[0-9]{5}[A-Z]{2}[0-9]{7}(?:-?[0-9]{2})?")
