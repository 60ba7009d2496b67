"""Dates tied to a person: birth, admission, discharge, visit, death (HIPAA C).

A date alone is not PHI (release dates, log timestamps): every date pattern
scores below the default threshold and needs person context ("DOB",
"admitted", "born") or a date-of-birth-like JSON key to be reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from operator import attrgetter

from presidio_analyzer import Pattern

from hushgate.detection.findings import Candidate
from hushgate.detection.alternation import one_of
from hushgate.detection.recognizers.base import Recognizer
from hushgate.detection.recognizers.keyed import ANSWER_SEP, KeyedPattern

_MONTH = one_of("Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())
_MONTH_TAIL = r"(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember|\.)?"
_LOWER_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# An HL7 v2 / compact date or date-time: 19610704, 202511200830, 20251120083000-0500.
_HL7_TIMESTAMP = re.compile(
    r"(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[0-2][0-9][0-5][0-9](?:[0-5][0-9])?)?(?:[+\-][0-9]{4})?"
)
_TIME_OF_DAY = re.compile(r"[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:[ ]?(?:am|pm|AM|PM))?(?:Z|[+\-][0-9]{2}:?[0-9]{2})?\Z")
_NUMERIC = re.compile(r"([0-9]{1,4})[/.\-]([0-9]{1,2})[/.\-]([0-9]{2,4})")
# Month names in Spanish, French, German, Italian, Portuguese, Dutch and
# Tagalog, capitalised and not (Dutch and French write "3 april 2025"):
# "14 de marzo de 1952", "14 mars 1952", "14. März 1952", "Marso 14, 1952".
_FOREIGN_MONTHS = """
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
    januar jänner februar märz juni juli oktober dezember
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    janeiro fevereiro março marco maio junho julho setembro outubro dezembro
    januari februari maart mei augustus april august september november december
    pebrero marso hunyo hulyo setyembre oktubre nobyembre disyembre
    stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia października pazdziernika listopada grudnia
""".split()
_FOREIGN_MONTH = one_of(sorted({m for word in dict.fromkeys(_FOREIGN_MONTHS) for m in (word, word.capitalize())}, key=lambda w: (-len(w), w)))


_RANGE_BOUND_BEFORE = re.compile(
    r"(?:[<>]=?[ \t]*(?:date|timestamp)?[ \t]*'?|(?:between|and)[ \t]*(?:date|timestamp)?[ \t]*')\Z", re.I
)


class PersonDateRecognizer(Recognizer):
    ENTITY = "DATE_TIME"
    PATTERNS = (
        # Digit-led dates share one scan: 03/14/1962, 1962-03-14, 14 March 1962.
        # Each digit run is possessive ("{0,3}+"): giving a digit back would
        # leave it where only a separator, a letter or the end can follow,
        # so the match is the greedy one without the retries.
        Pattern(
            "digit_led",
            r"[0-9](?<![A-Za-z0-9][0-9])(?:(?P<n>[0-9]{0,3}+[/.\-][0-9]{1,2}+[/.\-][0-9]{2,4}+)|[0-9]?+(?:st|nd|rd|th)?[ \-](?:of[ ])?"
            + _MONTH + _MONTH_TAIL + r",?[ \-][0-9]{2,4}"
            + r"|[0-9]?+\.?[ ](?:de[ ])?" + _FOREIGN_MONTH + r"(?:[ ]de)?[ ](?:18|19|20)[0-9]{2})(?![0-9])",
            0.4,
        ),
        # Month-led dates: March 3, 2024 / Mar. 2024 / March 3rd (month and
        # day are a date element under Safe Harbor even without the year).
        # (The look-behind states what propose checks anyway, a month name
        # starting a word, so the engine can scan this with the other
        # upper-case-led patterns.)
        Pattern(
            "month_led",
            # (Claims and pharmacy systems print "FEB-13-1960".)
            r"(?<![A-Za-z0-9])" + _MONTH + _MONTH_TAIL + r"(?:(?P<d>[ ]{1,2}[0-9]{1,2}(?:st|nd|rd|th)?,?[ ]{1,2}[0-9]{4}|-[0-9]{1,2}-(?:18|19|20)[0-9]{2})"
            r"|[ ]{1,2}[0-9]{1,2}(?:st|nd|rd|th)?(?![0-9]|,?[ ]{1,2}[0-9])|,?[ ]{1,2}(?:of[ ])?(?:19|20)[0-9]{2})(?![0-9])",
            0.4,
        ),
        # Tagalog month-led dates: "Marso 14, 1952".
        Pattern("month_led_tl", r"(?<![A-Za-z0-9])(?:Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre)"
                r"[ ][0-9]{1,2},?[ ](?:18|19|20)[0-9]{2}(?![0-9])", 0.4),
        # Japanese, Chinese and Korean dates: "1988年10月9日", "1988년 10월 9일".
        # Anchored on the year sign (rare: one substring test in most texts);
        # ``propose`` takes the year before it.
        Pattern("cjk_date", r"[年년][ ]?[0-9]{1,2}[月월][ ]?[0-9]{1,2}[日일]", 0.4),
        # HL7 v2 date fields (PID-7 birth date, PV1-44 admit date, OBR-7 ...): |19550701|
        Pattern("hl7_date", r"\|(?P<v>(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))(?=[|\^\r\n]|$)", 0.8),
    )
    LOWER_PATTERNS = (
        # A birth date in any case after its keyword: "born in march 1959"
        # (the month-led scan only sees capitalised months).
        KeyedPattern(
            "keyed_month",
            "born|born in|born on|dob|date of birth|birthday",
            _LOWER_MONTH + r"(?:[ ]{1,2}[0-9]{1,2}(?:st|nd|rd|th)?)?,?[ ]{1,2}(?:18|19|20)[0-9]{2}",
            0.8,
            suffix=r"(?![0-9])",
        ),
        # Month and day after an admission or discharge word: "Admitted 10/3, d/c 10/7".
        KeyedPattern(
            "keyed_month_day",
            # "d/c'd 3/7", "f/u with cardiology 3/21", "progress note 3/14".
            "admitted|admission|discharged|discharge|d/c|d/c'd|dc'd|dos|seen|died|expired|deceased|"
            "f/u|follow up|follow-up|rtc|appt|progress note|clinic note|visit note",
            r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])",
            0.8,
            # "seen 3/4 of the patients" is a fraction.
            suffix=r"(?![/0-9]|\.[0-9]|[ ]of[ ])",
            sep=r"(?:[ ](?:on|in|with[ ][a-z]{3,20}|in[ ][a-z]{3,20}[ ]on))?[ ]{0,2}:?[ ]{1,3}",
        ),
        # A birth date printed in boxes on a claim form: "3. PATIENT'S BIRTH DATE  05 07 1944".
        KeyedPattern(
            "keyed_spaced",
            "dob|date of birth|birth date|birthdate",
            r"(?:0[1-9]|1[0-2])[ ](?:0[1-9]|[12][0-9]|3[01])[ ](?:18|19|20)[0-9]{2}",
            0.8,
            suffix=r"(?![0-9])",
        ),
        # A transcript's answer: "date of birth?\nCaller: june 4th 1987".
        KeyedPattern(
            "answer_month",
            "dob|date of birth|birth date|birthday",
            _LOWER_MONTH + r"(?:[ ]{1,2}[0-9]{1,2}(?:st|nd|rd|th)?)?,?[ ]{1,2}(?:18|19|20)[0-9]{2}",
            0.8,
            suffix=r"(?![0-9])",
            sep=ANSWER_SEP,
        ),
    )
    CONTEXT = (
        "dob", "d.o.b", "date of birth", "birth", "birthday", "birthdate", "born", "b.", "date_of_birth",
        "birth_date", "dateofbirth", "admitted", "admission", "admit", "admit date", "admission date",
        "discharged", "discharge", "discharge date", "date of service", "dos", "service date", "visit",
        "seen", "seen on", "appointment", "appt", "encounter", "surgery", "procedure", "died",
        "death", "deceased", "expired", "date of death", "dod", "passed away", "hospitalized",
        "presented", "delivered", "diagnosed", "treated", "injury", "accident", "vaccinated",
        "vaccination", "last visit", "follow-up", "followup", "follow up", "scheduled", "transferred",
        "date_of_service", "admission_date", "discharge_date", "admit_date", "visit_date",
        "last", "lab", "labs", "collected", "drawn", "resulted", "specimen", "hba1c", "a1c", "ldl",
        "tsh", "creatinine", "egfr", "inr", "mri", "ct", "x-ray", "imaging", "biopsy",
        "dob:", "exam", "exam date", "study date", "date of exam", "onset", "symptoms", "tested", "given", "administered", "immunized", "dose",
        # Not "collection" or "collect" alone: "pause collection for 30 days" is a debt's.
        "collect_on", "collected_on", "collection date", "specimen collection", "collection time", "screened", "examined",
        # Procedures and obstetric dates: "s/p appendectomy (2019-06-11)", "LMP 10/01/2025".
        "implanted", "implant", "implantation", "explanted", "date written", "pronounced", "s/p", "status post",
        "underwent", "operated", "colonoscopy", "endoscopy", "egd", "appendectomy", "cholecystectomy",
        "mastectomy", "hysterectomy", "angiogram", "angioplasty", "catheterization", "cabg", "stent",
        "echo", "echocardiogram", "ekg", "ecg", "ultrasound", "mammogram", "lmp", "edd", "menstrual",
        # Immunizations and pharmacy fills: "Tdap 05/11/2019", "booster 09/20/2024", "Rx written ..., filled ...".
        "vaccine", "vaccines", "immunization", "immunizations", "booster", "tdap", "flu shot",
        "rx written", "prescribed", "filled", "dispensed", "fill date", "date of loss", "date of accident",
        "blood work", "bloodwork", "blood drawn", "labs drawn",
        # Date of birth in other languages: German, French, Spanish, Italian, Portuguese, Dutch.
        "geburtsdatum", "geboren", "geb.", "date de naissance", "né le", "née le", "fecha de nacimiento",
        "data di nascita", "data de nascimento", "geboortedatum", "data urodzenia", "urodzona", "urodzony", "ur.",
        # Admission and discharge in other languages.
        "aufnahme", "aufnahmedatum", "entlassung", "entlassen", "fecha de ingreso", "ingreso", "ingresó",
        "fecha de alta", "dado de alta", "date d'admission", "hospitalisé", "hospitalisée",
        # Born and admitted in Spanish, Portuguese, French, Italian, German, Dutch, Tagalog.
        "nacida", "nacido", "nació", "nascida", "nascido", "née", "né", "nata", "nato", "geboren am", "geboren op",
        "admise", "admis", "aufgenommen", "opgenomen", "ricoverata", "ricoverato", "internada", "internado",
        "ingresada", "ingresado", "ipinanganak", "fecha de ingreso", "hospitalizada", "hospitalizado",
        # A visit or admission in Polish: "zgłosiła się na wizytę 16 lipca 2025".
        "wizytę", "wizyta", "wizyty", "przyjęta", "przyjęty", "hospitalizowana", "hospitalizowany",
        # Injuries and study enrolment: "I was injured on July 26, 2023", "enrolled 2024-05-15".
        "injured", "injured on", "enrolled", "enrolled on", "date enrolled", "enrollment date", "enrolment date",
        "consented", "randomized", "randomised",
        # Birth in Hindi, Vietnamese and Arabic.
        "जन्मदिन", "जन्म तिथि", "जन्मतिथि", "ngày sinh", "sinh ngày", "تاريخ الميلاد", "تاريخ الولادة",
        # Birth, visits, admission and discharge in Japanese, Chinese and Korean.
        "生年月日", "誕生日", "受診日", "入院日", "退院日", "入院", "退院", "出生日期", "出生", "就诊日期", "생년월일", "입원", "퇴원",
        # "nací el 11 de agosto de 1955"; a consultation's or an appointment's date;
        # a claim form's "DATE(S) OF SERVICE"; a German discharge letter's stay
        # ("vom 26.07.2023 bis 29.07.2023 in unserer stationären Behandlung").
        "nací", "naci", "consultation", "consulta", "cita", "fecha de la cita", "rendez-vous", "date(s) of service",
        "stationären", "stationäre", "stationärer",
        # The date of a visit or an admission on Spanish, Portuguese, Polish and Korean forms.
        "fecha de atención", "atención", "data do atendimento", "atendimento", "data przyjęcia", "przyjęcia", "진료일", "진료",
        # Vaccines in an immunization list: "- Hep A: 05/29/2022 (lot 1AYA61)".
        "hep a", "hep b", "hepatitis a", "hepatitis b", "mmr", "varicella", "dtap", "ipv", "hpv vaccine", "flu vaccine",
        "pneumococcal", "shingrix", "zoster", "covid-19 vaccine", "rsv vaccine", "influenza", "pcv20", "pcv15", "pcv13", "ppsv23",
        # Birth in Russian, Turkish and Greek.
        "дата рождения", "doğum tarihi", "ημερομηνία γέννησης",
    )
    NEGATIVE_CONTEXT = (
        "released", "release", "version", "updated", "published", "timestamp", "log", "build", "deadline", "invoice", "due", "expires", "expiry", "exp",
        # Documents' and accounts' own dates: "policy last reviewed on", "effective", "statement period", "charge-off date".
        "policy", "effective", "reviewed", "approved", "revised", "amended", "statement", "closing", "period", "charge-off", "shipped",
        # A parcel's arrival, a committee's review, a device's maintenance: "ETA 27 May 2025", "last PM 2024-07-30".
        "eta", "lab committee", "committee", "last pm", "maintenance", "calibration", "calibrated", "firmware",
        # Things are flagged expired, people are not: "lot HTA4DJG of the calibrator as expired on 2026-04-12"
        # (longer than "expired", these hide it from the context).
        "as expired", "marked expired", "flagged expired", "marked as expired", "flagged as expired",
        # A disease's season, not a patient's shot: "Influenza season peaked on 01/15/2024".
        "season", "peaked",
    )
    CONTEXT_BOOST = 0.45
    FIELD_NAMES = (
        "dob", "dateofbirth", "birthdate", "birthday", "admissiondate", "admitdate", "dischargedate",
        "dateofservice", "servicedate", "visitdate", "dateofdeath", "deathdate", "dod", "dos",
        "encounterdate", "appointmentdate", "patientdob", "datebirth", "collecton", "collectiondate",
        "collectedon", "specimendate", "testdate", "vaccinationdate", "administeredon", "procedurdate",
        "proceduredate", "surgerydate", "lastvisit", "enrolled", "enrolledon", "dateenrolled", "enrollmentdate",
        "enrolmentdate", "consentdate", "randomizationdate", "injurydate", "dateofinjury", "collectedat",
        # FHIR: Patient.deceasedDateTime, Condition.onsetDateTime.
        "deceaseddatetime", "deceaseddate", "onsetdatetime", "onsetdate",
        # A scheduling tool's booked or requested appointment: "requested_slot": "2025-12-21T12:00:00".
        "slot", "requestedslot", "appointmentslot", "bookedslot", "appointmenttime", "appointmentdatetime", "visittime", "visitdatetime",
        # Columns of lab, pharmacy and immunization exports: "collected", "date_written", "Date given".
        "collected", "datecollected", "datewritten", "datefilled", "filldate", "filled", "dispensed", "datedispensed",
        "dategiven", "dateadministered", "administereddate", "admindate", "administrationdate", "writtenon", "prescribedon",
        # HL7 v3 / C-CDA elements: <birthTime value="19811209"/>.
        "birthtime", "deceasedtime",
        # Appointment exports, unit census boards, FHIR MedicationRequest.authoredOn.
        "appt", "appttime", "apptdate", "appointment", "appointmenttime", "appointmentdatetime",
        "admitted", "admit", "discharged", "authoredon",
        # FHIR: Procedure.performedDateTime, Observation.effectiveDateTime, Immunization.occurrenceDateTime.
        "performeddatetime", "effectivedatetime", "occurrencedatetime",
    )
    FIELD_SCORE = 0.85

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        if pattern.name in ("hl7_date", "keyed_month", "keyed_spaced", "answer_month", "keyed_month_day"):
            yield self.candidate(*match.span("v"), pattern.score)
            return
        start, end = match.span()
        if pattern.name == "cjk_date":
            year = text[start - 4 : start]
            if len(year) == 4 and year.isdigit() and year[:2] in ("18", "19", "20") and not (start > 4 and text[start - 5].isdigit()):
                yield self.candidate(start - 4, end, pattern.score)
            return
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "./-"):
            return
        # A letter or digit right after; this includes the "T" of log
        # timestamps (2024-01-15T10:30:00Z), events rather than people.
        if end < len(text) and text[end].isalnum():
            return
        # A rate, not a date: "Variable APR 28.99%", "Mar 5%".
        if end < len(text) and (text[end] == "%" or (text[end] == "." and text[end + 1 : end + 2].isdigit())):
            return
        # A query's range bound: "WHERE visit_date >= DATE '2024-05-01'", "BETWEEN '...' AND '...'".
        if start and text[start - 1] in "' " and _RANGE_BOUND_BEFORE.search(text, max(0, start - 24), start):
            return
        score = pattern.score
        name = pattern.name
        if name == "digit_led":
            if match.group("n") is not None:
                if not _plausible_numeric(match.group()):
                    return
                score = 0.35
        elif name == "month_led" and match.group("d") is None:
            score = 0.3  # month and year, or month and day
        yield self.candidate(start, end, score)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        # A date with its time of day: "2024-06-14 14:06", "1957-07-13T08:30:00Z".
        clock = _TIME_OF_DAY.search(value)
        if clock is not None and clock.start() >= 6:
            value = value[: clock.start()]
        if _HL7_TIMESTAMP.fullmatch(value):
            return True
        if _NUMERIC.fullmatch(value):
            return _plausible_numeric(value)
        return any(c.isdigit() for c in value) and len(value) <= 40 and any(
            compiled.fullmatch(value) for compiled, _ in self.compiled
        )


# What joins the two ends of a date range: "vom 26.07.2023 bis 29.07.2023",
# "from 3/4/2024 to 3/9/2024", "du 2 mars au 5 mars 2024", "3/4/2024 - 3/9/2024".
_RANGE_JOIN = re.compile(r"[ ]{0,2}(?:-|–|—|to|through|thru|until|till|bis|au|al|a|à|tot|t/m)[ ]{0,2}")


def share_range_context(text: str, dates: list[Candidate]) -> None:
    """The two ends of a date range are dates of the same kind: where one
    end has person context ("... bis 29.07.2023 in unserer stationären
    Behandlung", German puts the verb last), the other has it too."""
    dates.sort(key=attrgetter("start"))
    for first, second in pairwise(dates):
        if 0 < second.start - first.end <= 12 and _RANGE_JOIN.fullmatch(text, first.end, second.start):
            first.score = second.score = max(first.score, second.score)


def _plausible_numeric(value: str) -> bool:
    match = _NUMERIC.fullmatch(value)
    if match is None:
        return False
    a, b, c = match.groups()
    # One kind of separator: the two characters between the numbers agree.
    separator = value[len(a)]
    if value[len(a) + 1 + len(b)] != separator:
        return False
    if len(a) == 4:  # ISO: YYYY-MM-DD
        return len(c) == 2 and 1 <= int(b) <= 12 and 1 <= int(c) <= 31 and 1880 <= int(a) <= 2100
    if len(a) > 2 or len(c) == 3:
        return False
    # Dotted 3-part numbers with a 2-digit tail are usually versions (1.2.10).
    if separator == "." and len(c) != 4:
        return False
    first, second = int(a), int(b)
    month_first = 1 <= first <= 12 and 1 <= second <= 31
    day_first = 1 <= second <= 12 and 1 <= first <= 31
    return month_first or day_first
