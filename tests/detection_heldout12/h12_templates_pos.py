"""Positive templates: realistic prompts carrying labeled PII/PHI/PCI/secrets.

A template returns ``(text_template, fills)``.  Placeholders are written «name»; a fill
is either a plain string (unlabeled) or a ``(value, ENTITY_TYPE)`` pair (labeled).
"""

from __future__ import annotations

import json
import re

import importlib.util as _ilu
from pathlib import Path as _Path

_spec = _ilu.spec_from_file_location("h12_values", _Path(__file__).resolve().parent / "h12_values.py")
V = _ilu.module_from_spec(_spec)
_spec.loader.exec_module(V)

pick = V.pick
TEMPLATES = []  # (name, domain, kind, count, fn)


def T(name, domain, kind, count):
    def deco(fn):
        TEMPLATES.append((name, domain, kind, count, fn))
        return fn
    return deco


_MARK = re.compile("«(\\w+)»")


def render(tpl, fills):
    out, spans, pos, n = [], [], 0, 0
    for m in _MARK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        n += len(lit)
        v = fills[m.group(1)]
        val, et = (v if isinstance(v, tuple) else (v, None))
        if et:
            assert val and val == val.strip(), (m.group(1), val)
            spans.append({"start": n, "end": n + len(val), "entity_type": et})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans


def P(v): return (v, "PERSON")
def E(v): return (v, "EMAIL_ADDRESS")
def PH(v): return (v, "PHONE_NUMBER")
def U(v): return (v, "URL")
def IP(v): return (v, "IP_ADDRESS")
def SA(v): return (v, "STREET_ADDRESS")
def Z(v): return (v, "US_ZIP_CODE")
def D(v): return (v, "DATE_TIME")
def AGE(v): return (v, "AGE")
def MRN(v): return (v, "MEDICAL_RECORD_NUMBER")
def HP(v): return (v, "HEALTH_PLAN_ID")


def _pt(rng, cult=None):
    f, l = V.first_last(rng, cult)
    return f, l


def _age(rng):
    """(age string, labeled?) - ages over 89 are labeled, others stay plain text."""
    if rng.random() < 0.5:
        return AGE(V.age_over_89(rng))
    return V.age_under(rng)


def _dob(rng, style=None):
    return D(V.fmt_date(rng, V.ymd(rng), style))


def _visit(rng, style=None):
    return D(V.fmt_date(rng, V.ymd(rng, 2022, 2026), style))


def _addr_line(rng):
    t = V.town(rng)
    return t, V.street(rng)


# ====================================================================== healthcare

@T("hc_chat_progress_note", "healthcare", "chat", 6)
def _(rng):
    f, l = _pt(rng)
    doc = V.full_name(rng)
    tpl = pick(rng, [
        "Can you turn this into a SOAP note? Pt «pt», DOB «dob», MRN «mrn». «age» y/o presenting with 3 days of productive cough, "
        "T 38.4, SpO2 93% RA. Started amoxicillin 875 mg BID. Seen «visit» by Dr. «doc». Callback number «ph».",
        "Summarize for handoff:\n«pt» (MRN: «mrn}), «age}yo, admitted «visit» for CHF exacerbation, BNP 1840. DOB «dob». "
        "Attending «doc». Daughter reachable at «ph».".replace("}", "»"),
        "rewrite in plain language for the patient portal message -> Hi «first», your results from your visit on «visit» are back. "
        "A1c is 7.9 so we will increase metformin to 1000 mg twice daily. — «doc», «clinic» (MRN «mrn», DOB «dob}, age «age})".replace("}", "»"),
    ])
    return tpl, {"pt": P(f + " " + l), "first": P(f), "dob": _dob(rng), "mrn": MRN(V.mrn(rng)), "age": _age(rng),
                 "visit": _visit(rng), "doc": P(doc), "ph": PH(V.us_phone(rng)), "clinic": pick(rng, V.CLINICS)}


@T("hc_discharge_summary", "healthcare", "note", 6)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    tpl = ("DISCHARGE SUMMARY — «clinic»\nPatient: «last», «first»    MRN: «mrn»    Age: «age»\n"
           "Admission date: «adm»    Discharge date: «dis»\nAttending: «doc», MD (NPI «npi»)\n"
           "Home address: «street», «town», «state» «zip»\n"
           "Hospital course: Admitted with community-acquired pneumonia, treated with ceftriaxone 1 g IV q24h and azithromycin 500 mg. "
           "WBC 14.2 -> 8.1. Discharged home with daughter «rel».\nFollow-up: PCP in 7 days, phone «ph».\n\n"
           "Please draft the patient instructions section from this.")
    tpl = tpl.replace("«street», «town», «state» «zip»", "«street» «zip»")
    adm = V.ymd(rng, 2023, 2026)
    return tpl, {"clinic": pick(rng, V.CLINICS), "last": P(l), "first": P(f), "mrn": MRN(V.mrn(rng)), "age": _age(rng),
                 "adm": D(V.fmt_date(rng, adm, 0)), "dis": D(V.fmt_date(rng, V.later(rng, adm), 0)), "doc": P(V.full_name(rng)),
                 "npi": (V.npi(rng), "US_NPI"),
                 "street": SA(st + ", " + t[0] + ", " + t[1]), "zip": Z(V.zip_for(rng, t)),
                 "rel": P(V.full_name(rng)), "ph": PH(V.us_phone(rng))}


@T("hc_referral_letter", "healthcare", "email", 5)
def _(rng):
    f, l = _pt(rng)
    dr = _pt(rng)
    me = _pt(rng)
    tpl = ("Subject: Referral — «pt»\n\nDear Dr. «drlast»,\n\nI am referring «pt» (DOB «dob») for evaluation of progressive dyspnea. "
           "Echo showed EF 35%. Medicare MBI: «mbi»; secondary plan member ID «plan». Current meds: lisinopril 10 mg daily, "
           "furosemide 40 mg daily.\n\nThe patient prefers contact at «ph» or «email».\n\nKind regards,\n«me»\n«clinic»\n"
           "NPI «npi» | Fax «fax» | «ref_email»\n\nCan you tighten this letter up?")
    return tpl, {"pt": P(f + " " + l), "drlast": P(dr[1]), "dob": _dob(rng), "mbi": (V.mbi(rng, rng.random() < 0.4), "US_MBI"),
                 "plan": HP(V.plan_id(rng)), "ph": PH(V.us_phone(rng)), "email": E(V.email_for(rng, f, l)),
                 "me": P(me[0] + " " + me[1]), "clinic": pick(rng, V.CLINICS), "npi": (V.npi(rng), "US_NPI"),
                 "fax": PH(V.us_phone(rng)), "ref_email": E(V.role_email(rng))}


@T("hc_lab_report", "healthcare", "note", 5)
def _(rng):
    f, l = _pt(rng)
    tpl = ("LAB REPORT\nName: «name»   Sex: «sex»   DOB: «dob»   MRN: «mrn»\nCollected: «coll»   Ordering: «doc» (NPI «npi»)\n"
           "-----------------------------------------\nSodium        138 mmol/L   (135-145)\nPotassium     5.6 mmol/L H (3.5-5.1)\n"
           "Creatinine    1.9 mg/dL  H (0.6-1.2)\neGFR          34 mL/min/1.73m2\n-----------------------------------------\n"
           "Explain these results in a short paragraph for the ordering physician.")
    name = pick(rng, [l.upper() + ", " + f.upper(), f + " " + l, l + ", " + f])
    return tpl, {"name": P(name), "sex": pick(rng, "MF"), "dob": _dob(rng), "mrn": MRN(V.mrn(rng)),
                 "coll": D(V.fmt_date(rng, V.ymd(rng, 2023, 2026), 1) + " 07:4%d" % rng.randrange(10)),
                 "doc": P(V.full_name(rng)), "npi": (V.npi(rng), "US_NPI")}


@T("hc_hl7_adt", "healthcare", "structured", 6)
def _(rng):
    f, l = _pt(rng, pick(rng, ["anglo", "hispanic", "nigerian", "indian", "vietnamese", "polish"]))
    t, st = _addr_line(rng)
    dr = _pt(rng)
    seg = pick(rng, ["\r", "\n", "\r\n"])
    tpl = seg.join([
        "MSH|^~\\&|EPICADT|STODILE|LABSYS|STODILE|2025031408%02d||ADT^A01|MSG%s|P|2.5.1" % (rng.randrange(60), V.digits(rng, 8)),
        "EVN|A01|2025031408%02d" % rng.randrange(60),
        "PID|1||«mrn»^^^STODILE^MR||«hl7name»||«dob»|«sex»|||«street»^^«city»^«state»^«zip»^USA||«ph»|||S||ACC%s|«ssn»" % V.digits(rng, 7),
        "PV1|1|I|4W^412^B|E|||«npi»^«dr»^^^^MD|||MED||||1|||«npi»^«dr»^^^^MD|IN||||||||||||||||||||||||||«adm»",
        "IN1|1|BCX01|%s|Blue Harbor Health Plan||||GRP%s||||||||«insured»|18|«dob»|||||||||||||||||«plan»" % (V.digits(rng, 5), V.digits(rng, 6)),
    ])
    tpl = pick(rng, ["Parse this HL7 message and tell me why the interface rejected it:\n", "Convert to FHIR R4:\n"]) + tpl
    y = V.ymd(rng)
    mid = pick(rng, ["", "^" + pick(rng, "ABCJKMRT")])
    return tpl, {"mrn": MRN(V.digits(rng, 8)), "hl7name": P(l.upper() + "^" + f.upper() + mid), "dob": D(V.hl7_date(y)),
                 "sex": pick(rng, "MF"), "street": SA(st), "city": t[0], "state": t[1], "zip": Z(V.zip_for(rng, t)),
                 "ph": PH(pick(rng, ["(%s)555-01%02d", "%s-555-01%02d"]) % (pick(rng, ["503", "212", "617", "919"]), rng.randrange(100))),
                 "ssn": (V.ssn(rng), "US_SSN"), "npi": (V.npi(rng), "US_NPI"), "dr": P(dr[1].upper() + "^" + dr[0].upper()),
                 "adm": D(V.hl7_date(V.ymd(rng, 2024, 2026)) + "0815"), "insured": P(l.upper() + "^" + f.upper()),
                 "plan": HP(V.plan_id(rng))}


@T("hc_fhir_patient", "healthcare", "structured", 6)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    tpl = ('Validate this FHIR Patient resource against US Core and list any problems:\n{\n  "resourceType": "Patient",\n'
           '  "id": "pt-%s",\n  "identifier": [\n    {"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.3.%d", "value": "«mrn»"},\n'
           '    {"type": {"coding": [{"code": "SS"}]}, "system": "urn:oid:2.16.840.1.113883.4.1", "value": "«ssn»"}\n  ],\n'
           '  "name": [{"use": "official", "family": "«family»", "given": ["«given»"]}],\n  "gender": "«gender»",\n'
           '  "birthDate": "«dob»",\n  "telecom": [{"system": "phone", "value": "«ph»", "use": "mobile"}, {"system": "email", "value": "«email»"}],\n'
           '  "address": [{"line": ["«street»"], "city": "«city»", "state": "«state»", "postalCode": "«zip»"}]%s\n}'
           % (V.digits(rng, 5), rng.randrange(100, 999), ""))
    extra = ""
    if rng.random() < 0.5:
        tpl = tpl[:-2] + ',\n  "deceasedDateTime": "«dod»"\n}'
        extra = "dod"
    fills = {"mrn": MRN(V.mrn(rng)), "ssn": (V.ssn(rng), "US_SSN"), "family": P(l), "given": P(f),
             "gender": pick(rng, ["female", "male"]), "dob": D(V.iso(V.ymd(rng))), "ph": PH(V.us_phone(rng)),
             "email": E(V.email_for(rng, f, l)), "street": SA(st), "city": t[0], "state": t[1], "zip": Z(V.zip_for(rng, t))}
    if extra:
        fills["dod"] = D(V.iso(V.ymd(rng, 2023, 2026)))
    return tpl, fills


@T("hc_x12_837", "healthcare", "structured", 5)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    pr = _pt(rng)
    tpl = ("why does the clearinghouse say loop 2010BA is invalid?\n"
           "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *250314*0912*^*00501*%s*0*P*:~\n"
           "GS*HC*SUBMITTER01*RECEIVER01*20250314*0912*1*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
           "NM1*85*2*%s*****XX*«bnpi»~\nNM1*IL*1*«ilast»*«ifirst»****MI*«plan»~\nN3*«street»~\nN4*«city»*«state»*«zip»~\n"
           "DMG*D8*«dob»*«sex»~\nCLM*%s*%d.00***11:B:1*Y*A*Y*Y~\nDTP*472*D8*«dos»~\nHI*ABK:E1165~\n"
           "NM1*82*1*«plast»*«pfirst»****XX*«rnpi»~\nSV1*HC:99214*%d.00*UN*1***1~\nSE*14*0001~")
    tpl = tpl % (V.digits(rng, 9), pick(rng, V.CLINICS).upper().replace("'", ""), "CLM" + V.digits(rng, 7), rng.randrange(120, 900),
                 rng.randrange(120, 400))
    return tpl, {"bnpi": (V.npi(rng), "US_NPI"), "ilast": P(V._ascii(l).upper()), "ifirst": P(V._ascii(f).upper()),
                 "plan": HP(V.plan_id(rng).replace("-", "")), "street": SA(V._ascii(st).upper()), "city": t[0].upper(), "state": t[1],
                 "zip": Z(V.zip_for(rng, t)), "dob": D(V.hl7_date(V.ymd(rng))), "sex": pick(rng, "MF"),
                 "dos": D(V.hl7_date(V.ymd(rng, 2024, 2026))), "plast": P(V._ascii(pr[1]).upper()),
                 "pfirst": P(V._ascii(pr[0]).upper()), "rnpi": (V.npi(rng), "US_NPI")}


@T("hc_ccda", "healthcare", "structured", 4)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    tpl = ('Extract the demographics from this C-CDA header into JSON:\n<recordTarget>\n  <patientRole>\n'
           '    <id extension="«mrn»" root="2.16.840.1.113883.19.5.%d"/>\n    <addr use="HP">\n'
           '      <streetAddressLine>«street»</streetAddressLine>\n      <city>«city»</city>\n      <state>«state»</state>\n'
           '      <postalCode>«zip»</postalCode>\n    </addr>\n    <telecom value="tel:«ph»" use="HP"/>\n'
           '    <telecom value="mailto:«email»"/>\n    <patient>\n      <name use="L"><given>«given»</given><family>«family»</family></name>\n'
           '      <administrativeGenderCode code="«sex»" codeSystem="2.16.840.1.113883.5.1"/>\n      <birthTime value="«dob»"/>\n'
           '    </patient>\n  </patientRole>\n</recordTarget>') % rng.randrange(10, 99)
    return tpl, {"mrn": MRN(V.mrn(rng)), "street": SA(st), "city": t[0], "state": t[1], "zip": Z(V.zip_for(rng, t)),
                 "ph": PH(V.us_phone(rng, 4)), "email": E(V.email_for(rng, f, l)), "given": P(f), "family": P(l),
                 "sex": pick(rng, "MF"), "dob": D(V.hl7_date(V.ymd(rng)))}


@T("hc_prescription", "healthcare", "note", 8)
def _(rng):
    f, l = _pt(rng)
    dl = _pt(rng)
    tpl = pick(rng, [
        "Check this controlled-substance Rx for completeness:\nPrescriber: «doc», DO   DEA «dea»   NPI «npi»\nPatient: «pt»   DOB «dob»\n"
        "Rx: oxycodone 5 mg tab, 1 tab PO q6h PRN pain, #20, no refills\nDate written: «dw»",
        "pharmacy fax -> «clinic}: Please verify DEA# «dea» for Dr. «doc} (NPI: «npi}). Patient «pt}, born «dob}, hydrocodone/APAP 5/325 #12. Written «dw}.".replace("}", "»"),
    ])
    return tpl, {"doc": P(dl[0] + " " + dl[1]), "dea": (V.dea(rng, dl[1]), "US_DEA"), "npi": (V.npi(rng), "US_NPI"),
                 "pt": P(f + " " + l), "dob": _dob(rng), "dw": _visit(rng), "clinic": pick(rng, V.CLINICS)}


@T("hc_nurse_line_transcript", "healthcare", "transcript", 5)
def _(rng):
    f, l = _pt(rng)
    y = V.ymd(rng)
    agent = _pt(rng)[0]
    tpl = ("[call transcript, nurse advice line]\nAgent: Thanks for calling, this is «agent». Who am I speaking with?\n"
           "Caller: Hi, it's «pt».\nAgent: And your date of birth?\nCaller: «spoken_dob».\nAgent: Member ID on the card?\n"
           "Caller: «plan».\nAgent: Best callback number?\nCaller: «ph».\nAgent: What's going on today?\n"
           "Caller: My mom, «mom», she's «momage», fell this morning and her hip hurts.\n---\nSummarize the call and assign a triage level.")
    return tpl, {"agent": P(agent), "pt": P(f + " " + l), "spoken_dob": D("%s %d, %d" % (V.MONTHS[y[1] - 1], y[2], y[0])),
                 "plan": HP(V.plan_id(rng)), "ph": PH(V.us_phone(rng)), "mom": P(V.first_last(rng)[0] + " " + l),
                 "momage": _age(rng)}


@T("hc_device", "healthcare", "note", 5)
def _(rng):
    f, l = _pt(rng)
    tpl = pick(rng, [
        "Device clinic note: «pt» (MRN «mrn») seen «visit». Dual-chamber pacemaker, serial number «sn», UDI «udi». Battery 8.2 yrs. "
        "Please write the remote-monitoring enrollment letter.",
        "Our CGM integration logged an error for patient «pt}: sensor serial «sn}, paired phone IMEI «imei}. Transmitter ID «sn2}. What does E-17 mean?".replace("}", "»"),
        "Insulin pump replacement request — patient «pt», DOB «dob», pump S/N «sn», UDI: «udi». Member ID «plan».",
    ])
    return tpl, {"pt": P(f + " " + l), "mrn": MRN(V.mrn(rng)), "visit": _visit(rng), "sn": ("PM" + V.digits(rng, 7) + "S", "DEVICE_ID"),
                 "udi": (V.udi(rng), "DEVICE_ID"), "imei": (V.imei(rng), "DEVICE_ID"), "sn2": (V.device_serial(rng), "DEVICE_ID"),
                 "dob": _dob(rng), "plan": HP(V.plan_id(rng))}


@T("hc_geriatric", "healthcare", "chat", 5)
def _(rng):
    f, l = _pt(rng)
    tpl = pick(rng, [
        "Write a condolence letter to the family of «pt», who passed away on «dod» at the age of «age». He was our patient since 1998.",
        "Hospice intake: «pt}, «age}-year-old female, DOB «dob}, lives with son «son} at «street}. Please summarize goals of care.".replace("}", "»"),
        "Is a «age} yo on apixaban 2.5 mg BID appropriate? Pt «pt}, MRN «mrn}, Cr 1.6, weight 52 kg.".replace("}", "»"),
    ])
    t, st = _addr_line(rng)
    return tpl, {"pt": P(f + " " + l), "dod": _visit(rng), "age": AGE(V.age_over_89(rng)), "dob": D(V.fmt_date(rng, V.ymd(rng, 1921, 1934))),
                 "son": P(V.first_last(rng)[0] + " " + l), "street": SA(st + ", " + t[0] + ", " + t[1]), "mrn": MRN(V.mrn(rng))}


@T("hc_intake_es", "healthcare", "form", 4)
def _(rng):
    f, l = _pt(rng, "hispanic")
    t, st = _addr_line(rng)
    tpl = ("Traduce al inglés este formulario de admisión:\nNombre del paciente: «pt»\nFecha de nacimiento: «dob»\n"
           "Dirección: «street»\nCódigo postal: «zip»\nTeléfono: «ph»\nNúmero de Seguro Social: «ssn»\n"
           "Aseguradora / número de afiliado: «plan»\nContacto de emergencia: «ec» (hermana)\nMotivo de consulta: dolor abdominal desde hace 2 días")
    return tpl, {"pt": P(f + " " + l), "dob": D("%02d/%02d/%04d" % (V.ymd(rng)[2], rng.randrange(1, 13), rng.randrange(1940, 2000))),
                 "street": SA(st + ", " + t[0] + ", " + t[1]), "zip": Z(V.zip_for(rng, t)), "ph": PH(V.us_phone(rng)),
                 "ssn": (V.ssn(rng), "US_SSN"), "plan": HP(V.plan_id(rng)), "ec": P(V.first_last(rng, "hispanic")[0] + " " + l)}


@T("hc_arztbrief_de", "healthcare", "form", 4)
def _(rng):
    f, l = _pt(rng, "german")
    dr = _pt(rng, "german")
    tpl = ("Bitte fasse diesen Arztbrief auf Englisch zusammen:\n\nSehr geehrte Frau Kollegin,\nwir berichten über «pt», "
           "geb. «dob», wohnhaft «addr», die sich vom «adm» bis «dis» in unserer stationären Behandlung befand. "
           "Versichertennummer: «kvnr». Telefon: «ph».\nDiagnosen: Vorhofflimmern (I48.0), arterielle Hypertonie.\n"
           "Medikation: Bisoprolol 2,5 mg 1-0-0, Apixaban 5 mg 1-0-1.\nMit freundlichen Grüßen\nDr. med. «dr»")
    adm = V.ymd(rng, 2024, 2026)
    return tpl, {"pt": P(f + " " + l), "dob": D(V.eu_date(V.ymd(rng))),
                 "addr": SA("%s %d, %s %s" % (pick(rng, ["Lindenstraße", "Am Mühlbach", "Kastanienweg", "Hohe Gasse"]), rng.randrange(1, 120),
                                                V.digits(rng, 5), pick(rng, ["Bamberg", "Lüneburg", "Tübingen", "Wetzlar"]))),
                 "adm": D(V.eu_date(adm)), "dis": D(V.eu_date(V.later(rng, adm, 2, 21))),
                 "kvnr": HP(pick(rng, "ABCDEFGHKLMNRSTZ") + V.digits(rng, 9)), "ph": PH(V.intl_phone(rng, "de")),
                 "dr": P(dr[0] + " " + dr[1])}


@T("hc_ja_monshin", "healthcare", "form", 4)
def _(rng):
    nm = pick(rng, V.NATIVE_NAMES["japanese"])
    y = V.ymd(rng)
    tpl = ("この問診票を英語の要約にしてください。\n氏名：«name»\n生年月日：«dob»\n電話番号：«ph»\n保険者番号・記号番号：«plan»\n"
           "カルテ番号：«mrn»\n主訴：3日前からの頭痛、発熱 38.2℃\nアレルギー：ペニシリン")
    return tpl, {"name": P(nm), "dob": D("%d年%d月%d日" % y), "ph": PH(V.intl_phone(rng, "jp")),
                 "plan": HP(V.digits(rng, 8)), "mrn": MRN(V.digits(rng, 7))}


@T("hc_ko_zh_forms", "healthcare", "form", 4)
def _(rng):
    which = pick(rng, ["ko", "zh"])
    if which == "ko":
        tpl = ("다음 환자 정보를 영어로 번역해 주세요:\n환자명: «name»\n생년월일: «dob»\n연락처: «ph»\n등록번호(MRN): «mrn»\n진료일: «visit»\n진단: 제2형 당뇨병")
        y = V.ymd(rng)
        v = V.ymd(rng, 2024, 2026)
        return tpl, {"name": P(pick(rng, V.NATIVE_NAMES["korean"])), "dob": D("%d년 %d월 %d일" % y), "ph": PH(V.intl_phone(rng, "kr")),
                     "mrn": MRN(V.digits(rng, 8)), "visit": D("%d.%02d.%02d" % v)}
    tpl = ("请把这份出院小结翻译成英文：\n患者姓名：«name»（英文名 «en»）\n出生日期：«dob»\n联系电话：«ph»\n住院号：«mrn»\n入院日期：«adm»\n"
           "出院诊断：社区获得性肺炎\n邮箱：«email»")
    f, l = V.first_last(rng, "chinese")
    return tpl, {"name": P(pick(rng, V.NATIVE_NAMES["chinese"])), "en": P(f + " " + l), "dob": D("%d年%d月%d日" % V.ymd(rng)),
                 "ph": PH(V.intl_phone(rng, "cn")), "mrn": MRN("ZY" + V.digits(rng, 8)), "adm": D(V.iso(V.ymd(rng, 2024, 2026))),
                 "email": E(V.email_for(rng, f, l))}


@T("hc_tool_call_lookup", "healthcare", "structured", 5)
def _(rng):
    f, l = _pt(rng)
    tpl = ('{"role": "assistant", "tool_calls": [{"id": "call_%s", "type": "function", "function": {"name": "lookup_patient", '
           '"arguments": "{\\"mrn\\": \\"«mrn»\\", \\"last_name\\": \\"«last»\\", \\"dob\\": \\"«dob»\\", \\"mbi\\": \\"«mbi»\\", '
           '\\"callback\\": \\"«ph»\\"}"}}]}\n{"role": "tool", "tool_call_id": "call_%s", "content": "{\\"found\\": true, '
           '\\"name\\": \\"«name»\\", \\"pcp\\": \\"«pcp»\\", \\"pcp_npi\\": \\"«npi»\\"}"}\nContinue the conversation.')
    cid = V.rand_chars(rng, V.B62, 12)
    return tpl % (cid, cid), {"mrn": MRN(V.mrn(rng)), "last": P(l), "dob": D(V.iso(V.ymd(rng))), "mbi": (V.mbi(rng), "US_MBI"),
                              "ph": PH(V.us_phone(rng, 1)), "name": P(f + " " + l), "pcp": P(V.full_name(rng)),
                              "npi": (V.npi(rng), "US_NPI")}


@T("hc_claim_appeal_email", "healthcare", "email", 4)
def _(rng):
    f, l = _pt(rng)
    me = _pt(rng)
    tpl = ("From: «from»\nTo: «to»\nSubject: Appeal for claim CLM-%s\n\nHello,\n\nI'm writing on behalf of my father, «pt» "
           "(member ID «plan», Medicare «mbi»), regarding the denial of his MRI on «dos». His policy number is «pol». "
           "Group number GRP-%s.\n\nThanks,\n«me»\n«ph»\n\n(please make this sound more formal)")
    tpl = tpl % (V.digits(rng, 8), V.digits(rng, 5))
    return tpl, {"from": E(V.email_for(rng, me[0], me[1])), "to": E("appeals@" + pick(rng, V.EMAIL_DOMAINS)), "pt": P(f + " " + me[1]),
                 "plan": HP(V.plan_id(rng)), "mbi": (V.mbi(rng, True), "US_MBI"), "dos": _visit(rng), "pol": HP("POL" + V.digits(rng, 9)),
                 "me": P(me[0] + " " + me[1]), "ph": PH(V.us_phone(rng))}


@T("hc_csv_census", "healthcare", "structured", 4)
def _(rng):
    lines = ["patient_name,dob,mrn,admit_date,unit,phone"]
    fills = {}
    tpl_rows = []
    for i in range(rng.randrange(3, 6)):
        f, l = _pt(rng)
        tpl_rows.append("«n%d»,«d%d»,«m%d»,«a%d»,%s,«p%d»" % (i, i, i, i, pick(rng, ["4W", "ICU", "5E", "TELE"]), i))
        fills.update({"n%d" % i: P(f + " " + l), "d%d" % i: D(V.iso(V.ymd(rng))), "m%d" % i: MRN(V.digits(rng, 8)),
                      "a%d" % i: D(V.iso(V.ymd(rng, 2025, 2026))), "p%d" % i: PH(V.us_phone(rng, 1))})
    tpl = "Here's tonight's census export, group the patients by unit:\n" + "\n".join(lines + tpl_rows)
    return tpl, fills


@T("hc_md_table_results", "healthcare", "structured", 3)
def _(rng):
    rows, fills = [], {}
    for i in range(3):
        f, l = _pt(rng)
        rows.append("| «n%d» | «m%d» | «v%d» | HbA1c | %.1f %% |" % (i, i, i, rng.uniform(5.2, 11.0)))
        fills.update({"n%d" % i: P(f + " " + l), "m%d" % i: MRN(V.mrn(rng)), "v%d" % i: _visit(rng, 1)})
    tpl = "Which of these need a follow-up call?\n\n| Patient | MRN | Visit | Test | Result |\n|---|---|---|---|---|\n" + "\n".join(rows)
    return tpl, fills


# ====================================================================== finance

@T("fin_wire_instructions", "finance", "email", 6)
def _(rng):
    cc = pick(rng, ["DE", "FR", "ES", "IT", "NL", "GB", "CH", "BE", "AT", "IE", "PT", "PL"])
    f, l = _pt(rng)
    tpl = pick(rng, [
        "Draft a confirmation email for this outgoing wire:\nBeneficiary: «ben»\nIBAN: «iban»\nBIC/SWIFT: «swift»\nAmount: EUR %d,%03d.00\n"
        "Reference: INV-%s\nRequested by «req» («email»)",
        "Hi team — please release the payment today.\nPay to «ben}\nIBAN «iban}\nSWIFT code «swift}\nBeneficiary phone «ph}\nThanks, «req}".replace("}", "»"),
    ])
    tpl = tpl % (rng.randrange(1, 90), rng.randrange(1000), V.digits(rng, 6)) if "%d" in tpl else tpl
    return tpl, {"ben": P(f + " " + l), "iban": (V.iban(rng, cc), "IBAN_CODE"), "swift": (V.swift(rng, cc), "SWIFT_CODE"),
                 "req": P(V.full_name(rng)), "email": E(V.email_for(rng, *V.first_last(rng))), "ph": PH(V.intl_phone(rng, "gb"))}


@T("fin_ach_setup", "finance", "chat", 6)
def _(rng):
    f, l = _pt(rng)
    tpl = pick(rng, [
        "set up direct deposit for me: routing number «aba», account number «acct», checking. Name on account «name».",
        "Employee «name} asked to change payroll deposit. New bank: routing «aba}, acct # «acct}. Old account ending 4471. SSN on file «ssn}. Write the HR ticket.".replace("}", "»"),
        '{"payee": {"name": "«name»", "ach": {"routing_number": "«aba»", "account_number": "«acct»", "type": "savings"}}, "memo": "rent refund"}\nWhy is this payload failing validation?',
    ])
    return tpl, {"aba": (V.aba(rng), "US_ROUTING_NUMBER"), "acct": (V.bank_account(rng), "US_BANK_ACCOUNT"), "name": P(f + " " + l),
                 "ssn": (V.ssn(rng), "US_SSN")}


@T("fin_bank_statement", "finance", "structured", 5)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    tpl = ("Categorize the transactions on this statement:\n%s — Statement period 03/01/2025 - 03/31/2025\n"
           "«name»\n«street»\n%s, %s «zip»\nAccount number: «acct»   Routing: «aba»\n\n"
           "Date,Description,Amount,Balance\n03/02,POS GROCERY OUTLET #221,-84.12,2310.44\n03/05,ACH PAYROLL %s,2150.00,4460.44\n"
           "03/09,ZELLE TO «zname»,-120.00,4340.44\n03/15,CHECK 1043,-950.00,3390.44\n03/28,INTEREST,0.41,3390.85")
    tpl = tpl % (pick(rng, V.BANKS), t[0], t[1], pick(rng, V.EMPLOYERS).upper())
    return tpl, {"name": P(f.upper() + " " + l.upper()), "street": SA(st.upper()), "zip": Z(V.zip4(rng, t)),
                 "acct": (V.bank_account(rng), "US_BANK_ACCOUNT"), "aba": (V.aba(rng), "US_ROUTING_NUMBER"),
                 "zname": P(V.full_name(rng).upper())}


@T("fin_card_support_chat", "finance", "transcript", 6)
def _(rng):
    f, l = _pt(rng)
    amex = rng.random() < 0.3
    tpl = ("Customer: hi my card keeps getting declined on your checkout\nAgent: Sorry about that! Can you confirm the card details?\n"
           "Customer: «card» exp %02d/%02d cvv «cvv», name «name»\nCustomer: billing zip is «zip»\nAgent: Thanks «first», checking now.\n"
           "---\nClassify the decline reason and write the agent's next reply.")
    t = V.town(rng)
    return tpl % (rng.randrange(1, 13), rng.randrange(26, 31)), {
        "card": (V.card(rng, "amex" if amex else None), "CREDIT_CARD"), "cvv": (V.cvv(rng, 4 if amex else 3), "CARD_SECURITY_CODE"),
        "name": P(f + " " + l), "zip": Z(V.zip_for(rng, t)), "first": P(f)}


@T("fin_checkout_json", "finance", "structured", 5)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    tpl = ('Our payment processor returned 402 for this request body, what\'s wrong?\n{"amount": %d, "currency": "usd", '
           '"source": {"number": "«card»", "exp_month": %d, "exp_year": 20%d, "cvc": "«cvv»", "name": "«name»"}, '
           '"billing_details": {"email": "«email»", "phone": "«ph»", "address": {"line1": "«street»", "city": "«city»", '
           '"state": "«state»", "postal_code": "«zip»"}}, "metadata": {"order_id": "ORD-%s", "client_ip": "«ip»"}}')
    tpl = tpl % (rng.randrange(500, 90000), rng.randrange(1, 13), rng.randrange(26, 31), V.digits(rng, 8))
    return tpl, {"card": (V.card(rng, sep=""), "CREDIT_CARD"), "cvv": (V.cvv(rng), "CARD_SECURITY_CODE"), "name": P(f + " " + l),
                 "email": E(V.email_for(rng, f, l)), "ph": PH(V.us_phone(rng, 4)), "street": SA(st), "city": t[0], "state": t[1],
                 "zip": Z(V.zip_for(rng, t)), "ip": IP(V.ip4(rng))}


@T("fin_pos_track_log", "finance", "code", 5)
def _(rng):
    f, l = _pt(rng)
    pan = V.card(rng, pick(rng, ["visa", "mc", "disc"]), "")
    tpl = ("Our POS terminal dumped this in the debug log, is the reader misconfigured?\n"
           "2025-02-11T14:%02d:07Z DEBUG swipe.read lane=3 raw_t1=«t1»\n2025-02-11T14:%02d:07Z DEBUG swipe.read lane=3 raw_t2=«t2»\n"
           "2025-02-11T14:%02d:08Z WARN  emv.fallback reason=CHIP_READ_ERROR")
    m = rng.randrange(10, 59)
    return tpl % (m, m, m), {"t1": (V.track1(rng, pan, f, l), "CARD_TRACK_DATA"), "t2": (V.track2(rng, pan), "CARD_TRACK_DATA")}


@T("fin_kyc_form", "finance", "form", 6)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    st_code, dl = V.drivers_license(rng)
    tpl = pick(rng, [
        "KYC onboarding — please flag anything missing:\nFull legal name: «name»\nDate of birth: «dob»\nSSN: «ssn»\n"
        "Residential address: «street»\nZIP: «zip»\nID type: Driver's license (%s) #«dl»\nPassport no.: «pp»\nMobile: «ph»\nEmail: «email»\nEmployer: %s",
        "| Field | Value |\n|---|---|\n| Applicant | «name» |\n| DOB | «dob» |\n| US passport number | «pp» |\n| Driver license (%s) | «dl» |\n"
        "| Home | «street» «zip» |\n| Phone | «ph» |\n| E-mail | «email» |\n| SSN | «ssn» |\n| Employer | %s |\nDoes this applicant pass CIP?",
    ])
    return tpl % (st_code, pick(rng, V.EMPLOYERS)), {
        "name": P(f + " " + l), "dob": _dob(rng), "ssn": (V.ssn(rng), "US_SSN"), "street": SA(st + ", " + t[0] + ", " + t[1]),
        "zip": Z(V.zip_for(rng, t)), "dl": (dl, "US_DRIVER_LICENSE"), "pp": (V.passport(rng), "US_PASSPORT"),
        "ph": PH(V.us_phone(rng)), "email": E(V.email_for(rng, f, l))}


@T("fin_itin_tax", "finance", "chat", 8)
def _(rng):
    f, l = _pt(rng, pick(rng, ["hispanic", "indian", "chinese", "vietnamese", "arabic", "nigerian"]))
    tpl = pick(rng, [
        "My ITIN is «itin» and my wife «spouse» has SSN «ssn». Can we file jointly? Our address is «street» «zip».",
        "Preparer notes: client «name», ITIN «itin}, dependent «dep} (SSN «ssn}). Refund to routing «aba} account «acct}. Draft the engagement letter.".replace("}", "»"),
    ])
    t, st = _addr_line(rng)
    return tpl, {"itin": (V.itin(rng), "US_ITIN"), "spouse": P(V.first_last(rng)[0] + " " + l), "ssn": (V.ssn(rng), "US_SSN"),
                 "street": SA(st + ", " + t[0] + ", " + t[1]), "zip": Z(V.zip_for(rng, t)), "name": P(f + " " + l),
                 "dep": P(V.first_last(rng)[0] + " " + l), "aba": (V.aba(rng), "US_ROUTING_NUMBER"),
                 "acct": (V.bank_account(rng), "US_BANK_ACCOUNT")}


@T("fin_iban_multilingual", "finance", "form", 8)
def _(rng):
    lang = pick(rng, ["fr", "it", "pt", "pl", "nl", "tr", "es", "de"])
    cc = {"fr": "FR", "it": "IT", "pt": "PT", "pl": "PL", "nl": "NL", "tr": "TR", "es": "ES", "de": "DE"}[lang]
    cult = {"fr": "french", "it": "italian", "pt": "portuguese", "pl": "polish", "nl": "dutch", "tr": "turkish", "es": "hispanic",
            "de": "german"}[lang]
    phc = {"fr": "fr", "it": "it", "pt": "pt", "pl": "pl", "nl": "nl", "tr": "tr", "es": "es", "de": "de"}[lang]
    tpl = {
        "fr": "Traduire en anglais : Virement à effectuer au nom de «name», IBAN «iban», BIC «swift». Téléphone du bénéficiaire : «ph». Courriel : «email».",
        "it": "Traduci: Bonifico a favore di «name», IBAN «iban», codice BIC «swift». Cellulare «ph», email «email».",
        "pt": "Traduza: Transferência para «name», IBAN «iban», SWIFT «swift». Telemóvel: «ph». E-mail: «email».",
        "pl": "Przetłumacz: Przelew dla «name}, numer rachunku IBAN «iban}, kod SWIFT «swift}. Telefon: «ph}, e-mail: «email}.".replace("}", "»"),
        "nl": "Vertaal: Overschrijving naar «name», IBAN «iban», BIC «swift». Telefoon «ph», e-mail «email».",
        "tr": "Çevir: Alıcı adı: «name», IBAN: «iban», SWIFT: «swift», Telefon: «ph», E-posta: «email».",
        "es": "Traduce: Transferencia a nombre de «name», IBAN «iban», BIC/SWIFT «swift». Móvil «ph», correo «email».",
        "de": "Übersetze: Überweisung an «name», IBAN «iban», BIC «swift», Telefon «ph», E-Mail «email».",
    }[lang]
    f, l = _pt(rng, cult)
    return tpl, {"name": P(f + " " + l), "iban": (V.iban(rng, cc), "IBAN_CODE"), "swift": (V.swift(rng, cc), "SWIFT_CODE"),
                 "ph": PH(V.intl_phone(rng, phc)), "email": E(V.email_for(rng, f, l))}


@T("fin_arabic_vietnamese", "finance", "form", 5)
def _(rng):
    if rng.random() < 0.5:
        f, l = _pt(rng, "arabic")
        tpl = ("ترجم هذا النموذج إلى الإنجليزية:\nالاسم: «native» («name»)\nرقم الآيبان: «iban»\nرمز السويفت: «swift»\nالهاتف: «ph»\nالبريد الإلكتروني: «email»")
        cc = pick(rng, ["SA", "AE"])
        return tpl, {"native": P(pick(rng, V.NATIVE_NAMES["arabic"])), "name": P(f + " " + l), "iban": (V.iban(rng, cc), "IBAN_CODE"),
                     "swift": (V.swift(rng, cc), "SWIFT_CODE"), "ph": PH(V.intl_phone(rng, "ae")), "email": E(V.email_for(rng, f, l))}
    f, l = _pt(rng, "vietnamese")
    t, st = _addr_line(rng)
    tpl = ("Dịch sang tiếng Anh giúp tôi:\nHọ và tên: «name»\nNgày sinh: «dob»\nSố điện thoại: «ph»\nĐịa chỉ tại Mỹ: «street» «zip»\n"
           "Số thẻ tín dụng: «card»\nSố tài khoản ngân hàng: «acct»")
    y = V.ymd(rng)
    return tpl, {"name": P(l + " " + pick(rng, ["Thị", "Văn", "Đức"]) + " " + f), "dob": D("%02d/%02d/%04d" % (y[2], y[1], y[0])),
                 "ph": PH(V.us_phone(rng)), "street": SA(st + ", " + t[0] + ", " + t[1]), "zip": Z(V.zip_for(rng, t)),
                 "card": (V.card(rng), "CREDIT_CARD"), "acct": (V.bank_account(rng), "US_BANK_ACCOUNT")}


@T("fin_fraud_call", "finance", "transcript", 5)
def _(rng):
    f, l = _pt(rng)
    tpl = ("Speaker 1 (Fraud dept): Am I speaking with «name»?\nSpeaker 2: Yes.\nSpeaker 1: For verification, last four of your social?\n"
           "Speaker 2: Actually here's the whole thing, «ssn».\nSpeaker 1: And the card in question?\nSpeaker 2: «card».\n"
           "Speaker 1: We saw a login from IP «ip» — was that you?\nSpeaker 2: No, I'm at «street» and never left town.\n"
           "---\nExtract the action items from this transcript.")
    t, st = _addr_line(rng)
    return tpl, {"name": P(f + " " + l), "ssn": (V.ssn(rng, pick(rng, ["-", " "])), "US_SSN"), "card": (V.card(rng, sep=" "), "CREDIT_CARD"),
                 "ip": IP(V.ip4(rng)), "street": SA(st)}


@T("fin_loan_application", "finance", "structured", 5)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    tpl = ('Score this loan application and explain:\n{\n  "applicant": {"first_name": "«first»", "last_name": "«last»", "dob": "«dob»", '
           '"ssn": "«ssn»", "age": %s},\n  "address": {"street": "«street»", "zip": "«zip»"},\n  "employment": {"employer": "%s", "annual_income": %d},\n'
           '  "vehicle": {"vin": "«vin»", "plate": "«plate»"},\n  "bank": {"routing": "«aba»", "account": "«acct»"}\n}')
    y = V.ymd(rng, 1950, 2000)
    return tpl % (2025 - y[0], pick(rng, V.EMPLOYERS), rng.randrange(30, 250) * 1000), {
        "first": P(f), "last": P(l), "dob": D(V.iso(y)), "ssn": (V.ssn(rng, ""), "US_SSN"), "street": SA(st), "zip": Z(V.zip_for(rng, t)),
        "vin": (V.vin(rng), "VEHICLE_ID"), "plate": (V.plate(rng), "VEHICLE_ID"), "aba": (V.aba(rng), "US_ROUTING_NUMBER"),
        "acct": (V.bank_account(rng), "US_BANK_ACCOUNT")}


@T("fin_obfuscated_chat", "finance", "chat", 5)
def _(rng):
    f, l = _pt(rng)
    s = V.ssn(rng)
    c = V.card(rng, pick(rng, ["visa", "mc"]), " ")
    ph = V.us_phone(rng, 1)
    ob_s = s.replace("-", pick(rng, ["\u2011", "\u2013"]))
    ob_c = c.replace(" ", pick(rng, [" \u200d", "\u200d "]), 2)
    fw = "".join(chr(0xFF10 + int(ch)) if ch.isdigit() else ch for ch in ph)
    tpl = pick(rng, [
        "pls update my profile: name «name», ss# «ssn», card «card», phone «ph»",
        "Copied from a scanned form (weird characters): Applicant «name} SSN «ssn} Card «card} Tel «ph} — clean it up".replace("}", "»"),
    ])
    return tpl, {"name": P(f + " " + l), "ssn": (ob_s, "US_SSN"), "card": (ob_c, "CREDIT_CARD"), "ph": PH(fw)}


@T("fin_insurance_vehicle", "finance", "email", 5)
def _(rng):
    f, l = _pt(rng)
    tpl = ("Subject: Auto claim — please summarize for the adjuster\n\nInsured: «name»\nPolicy holder DOB: «dob»\nVIN: «vin»\nPlate: «plate»\n"
           "Driver's license: «dl»\nOther driver: «other», plate «plate2»\nAccident date: %s (I-84 eastbound, mile 212)\nContact: «ph» / «email»")
    st_code, dl = V.drivers_license(rng)
    return tpl % V.fmt_date(rng, V.ymd(rng, 2025, 2026), 0), {
        "name": P(f + " " + l), "dob": _dob(rng), "vin": (V.vin(rng), "VEHICLE_ID"), "plate": (V.plate(rng), "VEHICLE_ID"),
        "dl": (dl, "US_DRIVER_LICENSE"), "other": P(V.full_name(rng)), "plate2": (V.plate(rng), "VEHICLE_ID"),
        "ph": PH(V.us_phone(rng)), "email": E(V.email_for(rng, f, l))}


# ====================================================================== general / engineering

@T("gen_env_file", "general", "code", 6)
def _(rng):
    kinds = rng.sample(["openai", "openai_proj", "anthropic", "aws", "github", "slack", "stripe", "google"], 3)
    tpl = ("Why does docker compose say the env file is invalid?\n```\n# .env.production\nNODE_ENV=production\nPORT=8080\n"
           "%s=«k0»\n%s=«k1»\n%s=«k2»\nDB_HOST=«dbhost»\nDB_USER=app_rw\nDB_PASSWORD=«pw»\nSESSION_SECRET=«sec»\nLOG_LEVEL=info\n```")
    names = {"openai": "OPENAI_API_KEY", "openai_proj": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "aws": "AWS_ACCESS_KEY_ID",
             "github": "GITHUB_TOKEN", "slack": "SLACK_BOT_TOKEN", "stripe": "STRIPE_SECRET_KEY", "google": "GOOGLE_MAPS_KEY"}
    return tpl % tuple(names[k] for k in kinds), {
        "k0": (V.api_key(rng, kinds[0]), "API_KEY"), "k1": (V.api_key(rng, kinds[1]), "API_KEY"), "k2": (V.api_key(rng, kinds[2]), "API_KEY"),
        "dbhost": IP(V.ip4(rng)), "pw": (V.password(rng), "PASSWORD"), "sec": (V.generic_secret(rng), "HIGH_ENTROPY_SECRET")}


@T("gen_python_aws", "general", "code", 5)
def _(rng):
    tpl = ("This script works locally but not in Lambda, help?\n```python\nimport boto3\n\ns3 = boto3.client(\n    \"s3\",\n"
           "    aws_access_key_id=\"«ak»\",\n    aws_secret_access_key=\"«sk»\",\n    region_name=\"us-west-2\",\n)\n"
           "s3.download_file(\"reports-bucket\", \"2025/q1.csv\", \"/tmp/q1.csv\")\n```")
    return tpl, {"ak": (V.api_key(rng, "aws"), "API_KEY"), "sk": (V.aws_secret(rng), "HIGH_ENTROPY_SECRET")}


@T("gen_curl_jwt", "general", "code", 8)
def _(rng):
    tpl = pick(rng, [
        "Getting 401 from this, is my token expired?\ncurl -X GET «url» \\\n  -H \"Authorization: Bearer «jwt»\" \\\n  -H \"Accept: application/json\"",
        "decode this JWT for me and tell me which claims are missing: «jwt»",
        "```js\nfetch(\"«url»\", { headers: { Authorization: `Bearer «jwt»`, \"X-Api-Key\": \"«key»\" } })\n```\nwhy is CORS failing?",
    ])
    return tpl, {"url": U(V.url(rng, "/api/v2/accounts/" + V.digits(rng, 6))), "jwt": (V.jwt(rng), "JWT"),
                 "key": (V.api_key(rng, pick(rng, ["google", "stripe", "openai"])), "API_KEY")}


@T("gen_pem_config", "general", "code", 8)
def _(rng):
    if rng.random() < 0.5:
        tpl = ('Our service account JSON fails to load, what is wrong with it?\n{\n  "type": "service_account",\n  "client_email": "«email»",\n'
               '  "private_key_id": "«kid»",\n  "private_key": "«pem»",\n  "token_uri": "«url»"\n}')
        return tpl, {"email": E("svc-ingest@" + pick(rng, ["corp.example", "example.com"])), "kid": (V.hex_secret(rng, 40), "HIGH_ENTROPY_SECRET"),
                     "pem": (V.pem(rng, True), "PRIVATE_KEY"), "url": U("https://oauth2.example.com/token")}
    tpl = "ssh keeps saying 'invalid format' for this key, I pasted it from my laptop to the bastion «ip}:\n«pem}\n".replace("}", "»")
    return tpl, {"ip": IP(V.ip4(rng)), "pem": (V.pem(rng), "PRIVATE_KEY")}


@T("gen_ci_log", "general", "code", 5)
def _(rng):
    tpl = ("CI job failed, here's the log tail:\n[2025-03-02 11:%02d:12] Cloning repository...\n[2025-03-02 11:%02d:14] + git remote set-url origin "
           "«url»\n[2025-03-02 11:%02d:14] + export GH_TOKEN=«gh»\n[2025-03-02 11:%02d:15] + npm config set //registry.example.org/:_authToken «npm»\n"
           "[2025-03-02 11:%02d:40] npm ERR! code E403\nWhat went wrong?")
    m = rng.randrange(10, 50)
    return tpl % (m, m, m, m, m + 1), {"url": U("https://git.example.com/platform/api.git"),
                                      "gh": (V.api_key(rng, "github"), "API_KEY"), "npm": (V.generic_secret(rng), "HIGH_ENTROPY_SECRET")}


@T("gen_support_ticket", "general", "email", 6)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    agent = _pt(rng)
    tpl = ("Ticket #%s — Priority: normal\nRequester: «name» <«email»>\n\nMy package (order %s, tracking 1Z%s) never arrived. "
           "I live at «street», zip «zip». You can text me at «ph».\n\n-- \n«agent»\nCustomer Care, %s\n«agentmail» | «aph»\n\n"
           "Write a reply apologizing and offering a reshipment.")
    return tpl % (V.digits(rng, 6), "A" + V.digits(rng, 9), V.rand_chars(rng, "0123456789ABCDEFGHJKLMNPRSTVWXY", 16), pick(rng, V.EMPLOYERS)), {
        "name": P(f + " " + l), "email": E(V.email_for(rng, f, l)), "street": SA(st + ", " + t[0] + ", " + t[1]),
        "zip": Z(V.zip_for(rng, t)), "ph": PH(V.us_phone(rng)), "agent": P(agent[0] + " " + agent[1]),
        "agentmail": E(V.email_for(rng, *agent)), "aph": PH(V.us_phone(rng))}


@T("gen_access_log", "general", "code", 5)
def _(rng):
    f, l = _pt(rng)
    lines, fills = [], {}
    for i in range(3):
        lines.append('«ip%d» - - [12/Mar/2025:09:1%d:0%d +0000] "POST /login HTTP/1.1" %s 512 "-" "Mozilla/5.0" user=«u%d»'
                     % (i, i, i, pick(rng, ["200", "401", "302"]), i))
        fills["ip%d" % i] = IP(V.ip4(rng) if rng.random() < 0.8 else V.ip6(rng))
        fills["u%d" % i] = E(V.email_for(rng, *V.first_last(rng)))
    tpl = "Is this a credential-stuffing pattern?\n" + "\n".join(lines)
    return tpl, fills


@T("gen_hr_email", "general", "email", 5)
def _(rng):
    f, l = _pt(rng)
    hr = _pt(rng)
    tpl = ("From: «hrmail»\nSubject: New hire paperwork — «name»\n\nHi payroll,\nPlease add «name» (start date %s). SSN «ssn», DOB «dob». "
           "Direct deposit: routing «aba», account «acct». Home: «street» «zip». Personal email «email».\n\nBest,\n«hr»\nPeople Ops | «hrph»\n\n"
           "Summarize what payroll still needs.")
    t, st = _addr_line(rng)
    return tpl % V.fmt_date(rng, V.ymd(rng, 2025, 2026), 3), {
        "hrmail": E(V.email_for(rng, *hr)), "name": P(f + " " + l), "ssn": (V.ssn(rng), "US_SSN"), "dob": _dob(rng),
        "aba": (V.aba(rng), "US_ROUTING_NUMBER"), "acct": (V.bank_account(rng), "US_BANK_ACCOUNT"),
        "street": SA(st + ", " + t[0] + ", " + t[1]), "zip": Z(V.zip_for(rng, t)), "email": E(V.email_for(rng, f, l)),
        "hr": P(hr[0] + " " + hr[1]), "hrph": PH(V.us_phone(rng))}


@T("gen_password_chat", "general", "chat", 6)
def _(rng):
    f, l = _pt(rng)
    tpl = pick(rng, [
        "I can't log into the VPN. Username «email», my password is «pw» — is it the special character?",
        "```yaml\ndatabase:\n  host: «ip»\n  user: reporting\n  password: «pw»\n```\nwhy can't my app connect?",
        '{"username": "«user»", "pwd": "«pw»", "remember": true}\nthe login API rejects this, why?',
        "hey «first», new wifi pass for the clinic is «pw» and the admin console is «url}".replace("}", "»"),
    ])
    return tpl, {"email": E(V.email_for(rng, f, l)), "pw": (V.password(rng), "PASSWORD"), "ip": IP(V.ip4(rng)),
                 "user": V._ascii(f).lower() + "." + V._ascii(l).lower().replace(" ", ""), "first": P(f), "url": U(V.url(rng, "/admin"))}


@T("gen_webhook_secret", "general", "code", 5)
def _(rng):
    tpl = pick(rng, [
        "```go\nconst signingSecret = \"«sec»\"\nconst slackToken = \"«slack»\"\n```\nrefactor this to read from env vars",
        "The webhook at «url» is failing signature checks. Shared secret: «sec». Here's the raw payload from «ip».",
        "terraform plan output leaked this: client_secret = \"«sec»\" and api_key = \"«key»\". How do I rotate them?",
    ])
    return tpl, {"sec": (V.generic_secret(rng), "HIGH_ENTROPY_SECRET"), "slack": (V.api_key(rng, "slack"), "API_KEY"),
                 "url": U(V.url(rng, "/hooks/" + V.rand_chars(rng, V.B62, 10))), "ip": IP(V.ip4(rng)),
                 "key": (V.api_key(rng, pick(rng, ["anthropic", "openai_proj", "google"])), "API_KEY")}


@T("gen_user_table", "general", "structured", 5)
def _(rng):
    rows, fills = [], {}
    for i in range(rng.randrange(3, 5)):
        f, l = _pt(rng)
        rows.append("| «n%d» | «e%d» | «p%d» | «i%d» | %s |" % (i, i, i, i, pick(rng, ["admin", "viewer", "editor"])))
        fills.update({"n%d" % i: P(f + " " + l), "e%d" % i: E(V.email_for(rng, f, l)), "p%d" % i: PH(V.us_phone(rng)),
                      "i%d" % i: IP(V.ip4(rng))})
    tpl = "Dedupe these users:\n\n| Name | Email | Phone | Last IP | Role |\n|------|-------|-------|---------|------|\n" + "\n".join(rows)
    return tpl, fills


@T("gen_travel_booking", "general", "chat", 5)
def _(rng):
    f, l = _pt(rng)
    tpl = pick(rng, [
        "Book the Lisbon trip for «name», passport number «pp», DOB «dob», frequent flyer FF%s. Pay with card «card», CVV «cvv».",
        "Fill in the visa form for me: surname «last}, given names «first}, date of birth «dob}, US passport no. «pp}, mobile «ph}.".replace("}", "»"),
    ])
    return tpl.replace("%s", V.digits(rng, 8)), {"name": P(f + " " + l), "pp": (V.passport(rng), "US_PASSPORT"), "dob": _dob(rng),
                                                 "card": (V.card(rng), "CREDIT_CARD"), "cvv": (V.cvv(rng), "CARD_SECURITY_CODE"),
                                                 "last": P(l), "first": P(f), "ph": PH(V.us_phone(rng))}


@T("gen_rental_application", "general", "form", 5)
def _(rng):
    f, l = _pt(rng)
    t, st = _addr_line(rng)
    st_code, dl = V.drivers_license(rng)
    tpl = ("Rental application — review for completeness\nApplicant: «name»\nCurrent address: «street»\nZIP «zip»\nLease start: %s\n"
           "Driver license #: «dl» (%s)\nVehicle: %s, plate «plate», VIN «vin»\nReference: «ref», «refph»\nAge of applicant: «age»")
    return tpl % (V.fmt_date(rng, V.ymd(rng, 2025, 2026), 0), st_code, pick(rng, ["2019 sedan", "2021 hatchback", "2016 pickup"])), {
        "name": P(f + " " + l), "street": SA(st + ", " + t[0] + ", " + t[1]), "zip": Z(V.zip_for(rng, t)), "dl": (dl, "US_DRIVER_LICENSE"),
        "plate": (V.plate(rng), "VEHICLE_ID"), "vin": (V.vin(rng), "VEHICLE_ID"), "ref": P(V.full_name(rng)),
        "refph": PH(V.us_phone(rng)), "age": V.age_under(rng)}


@T("gen_mdm_devices", "general", "structured", 5)
def _(rng):
    rows, fills = [], {}
    for i in range(3):
        f, l = _pt(rng)
        rows.append('{"owner": "«o%d»", "imei": "«im%d»", "serial": "«s%d»", "last_ip": "«ip%d»"}' % (i, i, i, i))
        fills.update({"o%d" % i: P(f + " " + l), "im%d" % i: (V.imei(rng), "DEVICE_ID"), "s%d" % i: (V.device_serial(rng), "DEVICE_ID"),
                      "ip%d" % i: IP(V.ip4(rng))})
    tpl = "Which of these MDM records are duplicates?\n[\n  " + ",\n  ".join(rows) + "\n]"
    return tpl, fills


@T("gen_email_signature_thread", "general", "email", 5)
def _(rng):
    a = _pt(rng)
    b = _pt(rng)
    tpl = ("> On %s, «b» <«bmail»> wrote:\n> Can you send me the vendor contract by Friday?\n\nSure, attached. Let me know if the link "
           "«url» doesn't work.\n\n«a»\nSenior Buyer, %s\nM: «aph»\nE: «amail»\n\nPlease rewrite my reply to be friendlier.")
    return tpl % (V.fmt_date(rng, V.ymd(rng, 2025, 2026), 3), pick(rng, V.EMPLOYERS)), {
        "b": P(b[0] + " " + b[1]), "bmail": E(V.email_for(rng, *b)), "url": U(V.url(rng)), "a": P(a[0] + " " + a[1]),
        "aph": PH(V.us_phone(rng) if rng.random() < 0.6 else V.intl_phone(rng, pick(rng, ["gb", "de", "fr", "nl"]))),
        "amail": E(V.email_for(rng, *a))}


@T("gen_slack_paste", "general", "transcript", 5)
def _(rng):
    a = _pt(rng)
    b = _pt(rng)
    tpl = ("Summarize this Slack thread:\n«a» [9:14 AM]: prod is down again, can someone check «ip»?\n«b» [9:16 AM]: on it. "
           "fwiw the stripe key in the runbook is «key», please rotate\n«a» [9:17 AM]: also the admin pw is still «pw» lol\n"
           "«b» [9:20 AM]: customer «cust» («cmail») is asking for a refund on card ending 4%s")
    c = _pt(rng)
    return tpl % V.digits(rng, 3), {"a": P(a[0]), "b": P(b[0] + " " + b[1]), "ip": IP(V.ip4(rng)), "key": (V.api_key(rng, "stripe"), "API_KEY"),
                                   "pw": (V.password(rng), "PASSWORD"), "cust": P(c[0] + " " + c[1]), "cmail": E(V.email_for(rng, *c))}


def build_positive(rng):
    out = []
    for name, domain, kind, count, fn in TEMPLATES:
        for i in range(count):
            tpl, fills = fn(rng)
            text, spans = render(tpl, fills)
            out.append({"id": "h12-%s-%02d" % (name, i), "domain": domain, "kind": kind, "text": text, "spans": spans})
    return out
