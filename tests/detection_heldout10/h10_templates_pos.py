"""Positive templates for held-out set 10: realistic prompts that carry labeled PII/PHI/PCI.

Each template is a function ``f(rng) -> marked_text`` registered with ``@tpl(domain, kind, count)``.
Gold spans are written inline with ``V.m(TYPE, value)`` (helpers below) and resolved by the
generator; JSON payloads are built with ``V.jdump`` so offsets follow the escaped text.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _load(name):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().with_name(name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


V = _load("h10_values")
m = V.m
jdump = V.jdump

REGISTRY = []


def tpl(domain, kind, count):
    def deco(fn):
        REGISTRY.append((fn.__name__, domain, kind, count, fn))
        return fn
    return deco


# ---- span helpers ------------------------------------------------------------------------
def P(s): return m("PERSON", s)
def A(s): return m("STREET_ADDRESS", s)
def Z(s): return m("US_ZIP_CODE", s)
def D(s): return m("DATE_TIME", s)
def E(s): return m("EMAIL_ADDRESS", s)
def U(s): return m("URL", s)
def IP(s): return m("IP_ADDRESS", s)
def CC(s): return m("CREDIT_CARD", s)
def SSN(s): return m("US_SSN", s)
def ITIN(s): return m("US_ITIN", s)
def NPI(s): return m("US_NPI", s)
def DEA(s): return m("US_DEA", s)
def MBI(s): return m("US_MBI", s)
def ABA(s): return m("US_ROUTING_NUMBER", s)
def IBAN(s): return m("IBAN_CODE", s)
def BIC(s): return m("SWIFT_CODE", s)
def VIN(s): return m("VEHICLE_ID", s)
def JWT(s): return m("JWT", s)
def PEM(s): return m("PRIVATE_KEY", s)
def KEY(s): return m("API_KEY", s)
def PW(s): return m("PASSWORD", s)
def SEC(s): return m("HIGH_ENTROPY_SECRET", s)


def addr_line(rng, a, with_zip=True):
    """'street, City, ST 12345' with the street+city+state span and a separate ZIP span."""
    sep = rng.choice([", ", " ", ", "])
    text = A("%s%s%s, %s" % (a.street, sep, a.city, a.state))
    return text + (" " + Z(a.zip) if with_zip else "")


def addr_block(a):
    """Street line, then 'City, ST ZIP' on its own line (city/state not labeled)."""
    return "%s\n%s, %s %s" % (A(a.street), a.city, a.state, Z(a.zip))


def ssn_fmt(rng, s):
    style = rng.random()
    if style < 0.7:
        return s
    if style < 0.85:
        return s.replace("-", " ")
    return s.replace("-", "")


LABS = [("Hemoglobin A1c", "%.1f", (5.2, 11.8), "%", "4.0-5.6"), ("Glucose, fasting", "%d", (70, 260), "mg/dL", "70-99"),
        ("Creatinine", "%.2f", (0.6, 3.4), "mg/dL", "0.57-1.00"), ("eGFR", "%d", (18, 110), "mL/min/1.73m2", ">59"),
        ("Potassium", "%.1f", (3.1, 5.9), "mmol/L", "3.5-5.2"), ("Sodium", "%d", (128, 146), "mmol/L", "134-144"),
        ("TSH", "%.2f", (0.2, 9.5), "uIU/mL", "0.450-4.500"), ("LDL-C", "%d", (55, 210), "mg/dL", "0-99"),
        ("Hemoglobin", "%.1f", (8.1, 16.9), "g/dL", "11.1-15.9"), ("WBC", "%.1f", (2.9, 17.5), "x10E3/uL", "3.4-10.8"),
        ("Platelets", "%d", (88, 460), "x10E3/uL", "150-450"), ("ALT", "%d", (9, 140), "IU/L", "0-32"),
        ("INR", "%.1f", (0.9, 4.2), "", "0.9-1.2"), ("BNP", "%d", (12, 1900), "pg/mL", "0-100"),
        ("Troponin I, hs", "%d", (2, 310), "ng/L", "<17")]

MEDS = ["metformin 1000 mg PO BID", "lisinopril 20 mg PO daily", "atorvastatin 40 mg PO qHS",
        "apixaban 5 mg PO BID", "levothyroxine 88 mcg PO daily", "furosemide 40 mg PO daily",
        "sertraline 100 mg PO daily", "insulin glargine 22 units SC qHS", "amlodipine 10 mg PO daily",
        "tamsulosin 0.4 mg PO daily", "montelukast 10 mg PO qHS", "gabapentin 300 mg PO TID",
        "empagliflozin 10 mg PO daily", "carvedilol 12.5 mg PO BID", "pantoprazole 40 mg PO daily"]

DX = [("type 2 diabetes mellitus with hyperglycemia", "E11.65"), ("essential hypertension", "I10"),
      ("heart failure with reduced ejection fraction", "I50.22"), ("community-acquired pneumonia", "J18.9"),
      ("COPD with acute exacerbation", "J44.1"), ("acute kidney injury", "N17.9"), ("cellulitis of left lower limb", "L03.116"),
      ("atrial fibrillation", "I48.91"), ("major depressive disorder, recurrent, moderate", "F33.1"),
      ("hypothyroidism", "E03.9"), ("osteoarthritis of right knee", "M17.11"), ("iron deficiency anemia", "D50.9")]


def lab_rows(rng, k):
    rows = []
    for name, fmt, (lo, hi), unit, ref in rng.sample(LABS, k):
        val = fmt % (rng.uniform(lo, hi) if "." in fmt else rng.randint(int(lo), int(hi)))
        rows.append((name, val, unit, ref))
    return rows


def clin_suffix(rng):
    return rng.choice(["MD", "DO", "NP", "PA-C", "MD, FACP", "DNP, APRN", "MD PhD"])


# ======================================================================================
# HEALTHCARE
# ======================================================================================
@tpl("healthcare", "chat", 4)
def hc_portal_plain_language(rng):
    p, c = V.person(rng), V.person(rng)
    d, v = V.dob(rng), V.recent(rng)
    rows = lab_rows(rng, 2)
    med = rng.choice(MEDS)
    opener = rng.choice([
        "Can you rewrite this visit summary in plain language for the patient portal? Keep it under 150 words and 6th-grade reading level.",
        "rewrite for pt portal pls, friendly tone, no jargon:",
        "Turn the note below into a short after-visit summary the patient can read. Don't add anything that isn't in the note.",
        "You are a patient-education assistant. Summarize for the patient:",
    ])
    lines = [opener, "",
             "Patient: %s | DOB %s" % (P(p.full), D(V.fdate_any(rng, d))),
             "Seen %s by %s, %s at %s" % (D(V.fdate_any(rng, v)), P(c.full), clin_suffix(rng), rng.choice(V.HOSPITALS)),
             "%s %s %s (ref %s), %s %s %s. BP %d/%d." % (rows[0][0], rows[0][1], rows[0][2], rows[0][3], rows[1][0], rows[1][1],
                                                         rows[1][2], rng.randint(104, 168), rng.randint(60, 102)),
             "Plan: start %s, recheck labs in %d weeks, return visit in %d months." % (med, rng.choice([4, 6, 8, 12]), rng.choice([2, 3, 6]))]
    return "\n".join(lines)


@tpl("healthcare", "document", 4)
def hc_soap_note(rng):
    p, c = V.person(rng), V.person(rng)
    d, v = V.dob(rng), V.recent(rng)
    dx, code = rng.choice(DX)
    rows = lab_rows(rng, 3)
    hdr = rng.choice([
        "PATIENT: %s    DOB: %s    DOS: %s" % (P(p.last_first.upper()), D(V.fdate(d, "us")), D(V.fdate(v, "us"))),
        "Name: %s\nDate of birth: %s\nVisit date: %s" % (P(p.full), D(V.fdate(d, "long")), D(V.fdate(v, "long"))),
        "Pt %s (DOB %s), f/u visit %s" % (P(p.full), D(V.fdate(d, "us_short")), D(V.fdate(v, "us_short"))),
    ])
    npi = V.npi(rng)
    return ("Please check this SOAP note for missing billing elements and suggest the E/M level.\n\n"
            "%s\n\n"
            "S: %d y/o presents for follow-up of %s. Reports %s. Denies chest pain, SOB at rest.\n"
            "O: T %.1f F, HR %d, BP %d/%d, SpO2 %d%% RA. %s %s %s; %s %s %s; %s %s %s.\n"
            "A: %s (%s).\n"
            "P: continue %s; add %s. RTC %d wks.\n\n"
            "Electronically signed: %s, %s  NPI %s") % (
        hdr, v.year - d.year - ((v.month, v.day) < (d.month, d.day)), dx, rng.choice(["fatigue x2 wks", "improved energy", "intermittent dizziness", "poor sleep"]),
        rng.uniform(97.1, 100.9), rng.randint(58, 112), rng.randint(102, 170), rng.randint(58, 100), rng.randint(89, 100),
        rows[0][0], rows[0][1], rows[0][2], rows[1][0], rows[1][1], rows[1][2], rows[2][0], rows[2][1], rows[2][2],
        dx, code, rng.choice(MEDS), rng.choice(MEDS), rng.choice([2, 4, 6, 12]), P(c.full), clin_suffix(rng), NPI(npi))


@tpl("healthcare", "document", 4)
def hc_discharge_summary(rng):
    p, att, pcp = V.people(rng, 3)
    d = V.dob(rng)
    adm = V.recent(rng)
    import datetime as _dt
    dis = adm + _dt.timedelta(days=rng.randint(2, 11))
    fu = dis + _dt.timedelta(days=rng.randint(5, 14))
    a = V.us_address(rng)
    dx, code = rng.choice(DX)
    style = rng.choice(["iso", "us", "dmy_text"])
    return ("Summarize this discharge summary into a handoff for the home-health agency (bullets, meds first).\n\n"
            "DISCHARGE SUMMARY — %s\n"
            "Patient: %s   DOB: %s\n"
            "Admitted: %s %s   Discharged: %s\n"
            "Attending: %s, %s    PCP: %s\n"
            "Principal diagnosis: %s (%s)\n"
            "Hospital course: admitted via ED with %s; treated with IV %s, transitioned to PO on day %d.\n"
            "Discharge meds: %s; %s; %s.\n"
            "Disposition: home with home health. Home address: %s\n"
            "Follow-up: PCP appointment %s at 10:40.\n") % (
        rng.choice(V.HOSPITALS).upper(), P(p.full), D(V.fdate(d, style)), D(V.fdate(adm, style)),
        rng.choice(["via ED", "(direct admit)", "from clinic"]), D(V.fdate(dis, style)),
        P(att.full), clin_suffix(rng), P("%s" % pcp.full), dx, code,
        rng.choice(["hypoxia", "fever and rigors", "volume overload", "a lactate of 3.4"]),
        rng.choice(["ceftriaxone", "furosemide", "piperacillin-tazobactam", "vancomycin"]), rng.randint(2, 5),
        rng.choice(MEDS), rng.choice(MEDS), rng.choice(MEDS), addr_line(rng, a), D(V.fdate(fu, style)))


@tpl("healthcare", "document", 4)
def hc_referral_letter(rng):
    p, ref, to = V.people(rng, 3)
    d = V.dob(rng)
    a = V.us_address(rng)
    hosp = rng.choice(V.HOSPITALS)
    mail = "referrals@%s.example.org" % V.slug(hosp).split("-")[0]
    dx, code = rng.choice(DX)
    sal = rng.choice(["Dear Dr. %s," % P(to.family), "Dear %s," % P(to.given), "Dear colleague (attn. Dr. %s)," % P(to.full)])
    return ("Polish this referral letter, make it more concise but keep all clinical facts:\n\n"
            "%s\n\n"
            "I am referring %s (DOB %s) of\n%s\n"
            "for evaluation of %s (%s). Symptoms began roughly %d months ago; recent %s. "
            "Current meds include %s. Please send your consult note to %s or fax it to our office.\n\n"
            "Kind regards,\n%s, %s\nNPI %s\n%s") % (
        sal, P(p.full), D(V.fdate_any(rng, d)), addr_block(a), dx, code, rng.randint(2, 14),
        rng.choice(["echo showed EF 35%", "MRI of the knee showed a complex meniscal tear", "TSH 7.9", "Hgb 8.9 with low ferritin"]),
        rng.choice(MEDS), E(mail), P(ref.full), clin_suffix(rng), NPI(V.npi(rng)), hosp)


@tpl("healthcare", "document", 3)
def hc_lab_report(rng):
    p, c = V.people(rng, 2)
    d, v = V.dob(rng), V.recent(rng)
    t1, t2 = "%02d:%02d" % (rng.randint(6, 10), rng.randint(0, 59)), "%02d:%02d" % (rng.randint(11, 16), rng.randint(0, 59))
    rows = lab_rows(rng, rng.randint(4, 6))
    body = "\n".join("%-20s %-8s %-3s %-14s %s" % (n, val, rng.choice(["", "H", "L", ""]), ref, unit) for n, val, unit, ref in rows)
    return ("Explain these results to me like I'm not a doctor, which ones should I worry about?\n\n"
            "%s — CLINICAL LABORATORY\n"
            "Patient: %s     DOB: %s     Sex: %s\n"
            "Collected: %s   Reported: %s\n"
            "Ordering provider: %s, %s (NPI %s)\n\n"
            "TEST                 RESULT   FLG REF RANGE      UNITS\n%s\n") % (
        rng.choice(V.HOSPITALS).upper(), P(p.last_first.upper()), D(V.fdate(d, "us")), rng.choice("FM"),
        D("%s %s" % (V.fdate(v, "iso"), t1)), D("%s %s" % (V.fdate(v, "iso"), t2)), P(c.full), clin_suffix(rng),
        NPI(V.npi(rng)), body)


@tpl("healthcare", "structured", 4)
def hc_hl7_adt(rng):
    p, att, nk = V.people(rng, 3)
    if rng.random() < 0.6:
        nk.family = p.family
    d, adm = V.dob_senior(rng), V.recent(rng)
    a = V.us_address(rng, zip4=False)
    ss = V.ssn(rng)
    ts = V.fdate(adm, "hl7") + "%02d%02d" % (rng.randint(0, 23), rng.randint(0, 59))
    msh = V.fdate(adm, "hl7") + "%02d%02d%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    segs = [
        "MSH|^~\\&|ADT1|%s|RHAPSODY|BLUESTEM|%s||ADT^A01^ADT_A01|MSG%s|P|2.5.1" % (
            rng.choice(["MLCH", "SBRMC", "OVH", "HPCI"]), msh, V.rdigits(rng, 6)),
        "PID|1||%s^^^CMS^MC~%s^^^SSA^SS||%s||%s|%s|||%s^^%s^%s^%s^US||||||||%s" % (
            MBI(V.mbi(rng)), SSN(ss), P(p.hl7()), D(V.fdate(d, "hl7")), rng.choice("FMU"),
            A(a.street), a.city, a.state, Z(a.zip), SSN(ss.replace("-", ""))),
        "NK1|1|%s|%s" % (P(nk.hl7()), rng.choice(["SPO^Spouse", "DAU^Daughter", "SON^Son", "SIS^Sister"])),
        "PV1|1|I|%s^%d^%s||||%s^%s^^^^^%s|||MED||||1|||||||||||||||||||||||||%s" % (
            rng.choice(["4W", "ICU", "3N", "TELE"]), rng.randint(301, 460), rng.choice("AB"),
            NPI(V.npi(rng)), P("%s^%s" % (att.family.upper(), att.given.upper())), rng.choice(["MD", "DO"]), D(ts)),
        "DG1|1||%s^%s^I10" % tuple(reversed(rng.choice(DX))),
    ]
    sep = rng.choice(["\n", "\r\n", "\n"])
    intro = rng.choice(["Parse this ADT message and give me JSON with patient demographics:\n\n",
                        "Why is our interface engine rejecting this A01? error says PID-11 invalid\n",
                        "Map every PID field below to our Patient table columns.\n```hl7\n"])
    return intro + sep.join(segs) + ("\n```" if intro.endswith("```hl7\n") else "")


@tpl("healthcare", "structured", 4)
def hc_hl7_oru(rng):
    p, o = V.people(rng, 2)
    d, v = V.dob(rng), V.recent(rng)
    a = V.us_address(rng, zip4=False)
    obs = V.fdate(v, "hl7") + "%02d%02d" % (rng.randint(5, 11), rng.randint(0, 59))
    rows = lab_rows(rng, 3)
    obx = "\n".join("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F" % (
        i + 1, V.rdigits(rng, 4) + "-" + str(rng.randint(0, 9)), n, val, unit, ref, rng.choice(["N", "H", "L"]))
        for i, (n, val, unit, ref) in enumerate(rows))
    return ("Convert the following ORU^R01 to a FHIR DiagnosticReport + Observations bundle.\n\n"
            "MSH|^~\\&|LAB|REFLAB|EHR|TGFM|%s%02d%02d||ORU^R01|%s|P|2.5.1\n"
            "PID|1||%s^^^SSA^SS||%s^^^^||%s|%s|||%s^^%s^%s^%s\n"
            "OBR|1|%s|%s|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||%s|||||||||%s^%s^%s\n%s") % (
        V.fdate(v, "hl7"), rng.randint(12, 20), rng.randint(0, 59), V.rdigits(rng, 8),
        SSN(V.ssn(rng)), P(p.hl7()), D(V.fdate(d, "hl7")), rng.choice("FM"), A(a.street), a.city, a.state, Z(a.zip),
        "ORD" + V.rdigits(rng, 6), "FIL" + V.rdigits(rng, 6), D(obs), NPI(V.npi(rng)), P(o.family.upper() + "^" + o.given.upper()),
        rng.choice(["MD", "NP"]), obx)


@tpl("healthcare", "structured", 4)
def hc_fhir_patient(rng):
    p, gp = V.people(rng, 2)
    d = V.dob(rng)
    a = V.us_address(rng)
    ids = [{"system": "urn:oid:2.16.840.1.113883.4.1", "value": SSN(V.ssn(rng))}]
    if rng.random() < 0.6:
        ids.append({"system": "urn:oid:2.16.840.1.113883.4.927", "value": MBI(V.mbi(rng))})
    res = {
        "resourceType": "Patient",
        "id": "pat-" + V.ralnum(rng, 8, "abcdef0123456789"),
        "identifier": ids,
        "name": [{"use": "official", "family": P(p.family), "given": [P(p.given)]}],
        "birthDate": D(V.fdate(d, "iso")),
        "gender": rng.choice(["female", "male", "other"]),
        "address": [{"use": "home", "line": [A(a.street)], "city": a.city, "state": a.state, "postalCode": Z(a.zip)}],
        "telecom": [{"system": "email", "value": E(V.email_for(rng, p))}],
        "generalPractitioner": [{"reference": "Practitioner/" + V.rdigits(rng, 5), "display": "Dr. " + P(gp.full)}],
    }
    ask = rng.choice(["Validate this FHIR R4 Patient against US Core and list the problems:",
                      "Map this Patient resource to our CSV import format (last,first,dob,zip,email):",
                      "Why does the server return 422 for this payload?"])
    return ask + "\n\n" + jdump(res, indent=rng.choice([2, 2, 4, None]))


@tpl("healthcare", "structured", 4)
def hc_tool_call_scheduler(rng):
    p = V.person(rng)
    d, v = V.dob_senior(rng), V.recent(rng)
    args = {"patient_name": P(p.full), "date_of_birth": D(V.fdate(d, "iso")), "medicare_mbi": MBI(V.mbi(rng)),
            "requested_slot": D("%sT%02d:%s:00" % (V.fdate(v, "iso"), rng.randint(8, 16), rng.choice(["00", "15", "30", "45"]))),
            "reason": rng.choice(["annual wellness visit", "diabetic eye exam", "post-op check", "med refill"]),
            "notify_email": E(V.email_for(rng, p))}
    conv = {"model": rng.choice(["gpt-4o-mini", "claude-3-5-sonnet", "internal-llm-v2"]),
            "messages": [
                {"role": "system", "content": "You schedule appointments for %s." % rng.choice(V.HOSPITALS)},
                {"role": "user", "content": "book me for my wellness visit, info is on file"},
                {"role": "assistant", "content": None, "tool_calls": [{
                    "id": "call_" + V.ralnum(rng, 20), "type": "function",
                    "function": {"name": "book_appointment", "arguments": jdump(args)}}]},
                {"role": "tool", "tool_call_id": "call_x", "content": jdump({"status": "confirmed", "confirmation": "APT-" + V.rdigits(rng, 7)})},
            ]}
    return "Debug why the assistant repeats the booking after the tool result. Full request body:\n" + jdump(conv, indent=2)


@tpl("healthcare", "structured", 4)
def hc_x12_837(rng):
    p, r = V.people(rng, 2)
    d, v = V.dob_senior(rng), V.recent(rng)
    a = V.us_address(rng, zip4=False)
    ctl = V.rdigits(rng, 9)
    segs = [
        "ISA*00*          *00*          *ZZ*TGFM01         *ZZ*MEDICARE       *%s*%02d%02d*^*00501*%s*0*P*:" % (
            V.fdate(v, "hl7")[2:], rng.randint(0, 23), rng.randint(0, 59), ctl),
        "GS*HC*TGFM01*MEDICARE*%s*%02d%02d*%d*X*005010X222A1" % (V.fdate(v, "hl7"), rng.randint(0, 23), rng.randint(0, 59), rng.randint(1, 999)),
        "ST*837*0001*005010X222A1",
        "NM1*85*2*%s*****XX*%s" % (rng.choice(V.HOSPITALS).upper(), NPI(V.npi(rng))),
        "NM1*IL*1*%s*%s****MI*%s" % (P(p.family.upper()), P(p.given.upper()), MBI(V.mbi(rng))),
        "N3*%s" % A(a.street.upper()),
        "N4*%s*%s*%s" % (a.city.upper(), a.state, Z(a.zip)),
        "DMG*D8*%s*%s" % (D(V.fdate(d, "hl7")), rng.choice("FM")),
        "CLM*%s*%d.00***11:B:1*Y*A*Y*Y" % ("PCN" + V.rdigits(rng, 8), rng.randint(90, 480)),
        "HI*ABK:%s" % rng.choice(DX)[1].replace(".", ""),
        "NM1*82*1*%s*%s****XX*%s" % (P(r.family.upper()), P(r.given.upper()), NPI(V.npi(rng))),
        "LX*1",
        "SV1*HC:%s*%d*UN*1***1" % (rng.choice(["99214", "99213", "G0439", "99397"]), rng.randint(90, 300)),
        "DTP*472*D8*%s" % D(V.fdate(v, "hl7")),
        "SE*14*0001",
    ]
    return ("Our clearinghouse rejected this 837P with 'subscriber demographic mismatch'. What's wrong?\n\n"
            + "~\n".join(segs) + "~")


@tpl("healthcare", "structured", 3)
def hc_x12_270(rng):
    p = V.person(rng)
    d, v = V.dob_senior(rng), V.recent(rng)
    segs = ["ST*270*0001*005010X279A1", "BHT*0022*13*%s*%s*%02d%02d" % ("ELG" + V.rdigits(rng, 6), V.fdate(v, "hl7"), rng.randint(7, 18), rng.randint(0, 59)),
            "HL*1**20*1", "NM1*PR*2*%s*****PI*%s" % (rng.choice(V.INSURERS).upper(), V.rdigits(rng, 5)),
            "HL*2*1*21*1", "NM1*1P*1*%s*%s****XX*%s" % tuple([P(x) for x in (lambda c: (c.family.upper(), c.given.upper()))(V.person(rng))] + [NPI(V.npi(rng))]),
            "HL*3*2*22*0", "TRN*1*%s*9%s" % (V.rdigits(rng, 10), V.rdigits(rng, 9)),
            "NM1*IL*1*%s*%s****MI*%s" % (P(p.family.upper()), P(p.given.upper()), MBI(V.mbi(rng))),
            "DMG*D8*%s" % D(V.fdate(d, "hl7")), "DTP*291*D8*%s" % D(V.fdate(v, "hl7")), "EQ*30", "SE*13*0001"]
    return "Generate the matching 271 response for an active Part B beneficiary:\n" + "~".join(segs) + "~"


@tpl("healthcare", "structured", 4)
def hc_ccda(rng):
    p, au = V.people(rng, 2)
    d, v = V.dob(rng), V.recent(rng)
    a = V.us_address(rng)
    return ("Extract the demographics from this C-CDA header as YAML.\n\n"
            "<recordTarget>\n  <patientRole>\n"
            "    <id root=\"2.16.840.1.113883.4.1\" extension=\"%s\"/>\n"
            "    <addr use=\"HP\">\n      <streetAddressLine>%s</streetAddressLine>\n      <city>%s</city>\n"
            "      <state>%s</state>\n      <postalCode>%s</postalCode>\n    </addr>\n"
            "    <telecom use=\"HP\" value=\"mailto:%s\"/>\n"
            "    <patient>\n      <name use=\"L\"><given>%s</given><family>%s</family></name>\n"
            "      <administrativeGenderCode code=\"%s\" codeSystem=\"2.16.840.1.113883.5.1\"/>\n"
            "      <birthTime value=\"%s\"/>\n    </patient>\n  </patientRole>\n</recordTarget>\n"
            "<author>\n  <time value=\"%s%02d%02d\"/>\n  <assignedAuthor>\n"
            "    <id root=\"2.16.840.1.113883.4.6\" extension=\"%s\"/>\n"
            "    <assignedPerson><name><prefix>Dr.</prefix><given>%s</given><family>%s</family></name></assignedPerson>\n"
            "  </assignedAuthor>\n</author>\n"
            "<componentOf><encompassingEncounter><effectiveTime value=\"%s\"/></encompassingEncounter></componentOf>") % (
        SSN(V.ssn(rng)), A(a.street), a.city, a.state, Z(a.zip), E(V.email_for(rng, p)), P(p.given), P(p.family),
        rng.choice("FM"), D(V.fdate(d, "hl7")), V.fdate(v, "hl7"), rng.randint(8, 17), rng.randint(0, 59), NPI(V.npi(rng)),
        P(au.given), P(au.family), D(V.fdate(v, "hl7")))


CONTROLLED = ["oxycodone 5 mg tablet", "hydrocodone/APAP 5-325 mg tablet", "lorazepam 0.5 mg tablet",
              "methylphenidate ER 36 mg tablet", "buprenorphine/naloxone 8-2 mg film", "tramadol 50 mg tablet",
              "alprazolam 0.25 mg tablet", "lisdexamfetamine 30 mg capsule"]


@tpl("healthcare", "document", 4)
def hc_erx_controlled(rng):
    pr, pt = V.people(rng, 2)
    d = V.dob(rng)
    a = V.us_address(rng)
    drug = rng.choice(CONTROLLED)
    return ("Check this EPCS prescription for PDMP reporting issues before I transmit it.\n\n"
            "Prescriber: %s, %s\nDEA: %s   NPI: %s\n%s\n\n"
            "Patient: %s\nDOB: %s\nAddress: %s\n\n"
            "Rx: %s\nSig: 1 tab PO q%dh PRN pain, max %d/day\nDisp: #%d (%s) tablets   Refills: 0\n"
            "Days supply: %d   Diagnosis: %s") % (
        P(pr.full), rng.choice(["MD", "DO", "NP", "DDS"]), DEA(V.dea(rng, pr.family)), NPI(V.npi(rng)), rng.choice(V.HOSPITALS),
        P(pt.full), D(V.fdate_any(rng, d)), addr_line(rng, a), drug, rng.choice([4, 6, 8, 12]), rng.choice([2, 3, 4]),
        rng.choice([10, 12, 20, 30]), rng.choice(["ten", "twelve", "twenty", "thirty"]), rng.choice([3, 5, 7, 30]),
        rng.choice(DX)[1])


@tpl("healthcare", "structured", 4)
def hc_prior_auth(rng):
    p, r = V.people(rng, 2)
    d, v = V.dob(rng), V.recent(rng)
    import datetime as _dt
    body = {"request_type": "prior_authorization", "payer": rng.choice(V.INSURERS),
            "member": {"first_name": P(p.given), "last_name": P(p.family), "dob": D(V.fdate(d, "iso")),
                       "mbi": MBI(V.mbi(rng, dashed=rng.random() < 0.4)), "group_number": "GRP-" + V.rdigits(rng, 6)},
            "requesting_provider": {"name": P(r.full), "npi": NPI(V.npi(rng)), "dea": DEA(V.dea(rng, r.family))},
            "service": {"cpt": rng.choice(["72148", "97110", "J0135", "E0601"]), "icd10": [rng.choice(DX)[1]],
                        "start_date": D(V.fdate(v, "iso")), "end_date": D(V.fdate(v + _dt.timedelta(days=90), "iso")),
                        "units": rng.randint(1, 24)},
            "clinical_notes": "Failed %d weeks of conservative therapy." % rng.randint(4, 12)}
    return rng.choice(["Write the medical-necessity justification for this PA request:\n",
                       "Fill in anything missing from this prior auth payload then return valid JSON only:\n"]) + jdump(body, indent=2)


@tpl("healthcare", "chat", 4)
def hc_nurse_line_transcript(rng):
    caller, pt, rn = V.people(rng, 3)
    pt.family = caller.family
    d = V.dob(rng)
    a = V.us_address(rng)
    spoken_date = "%s %d, %d" % (V.MONTHS[d.month - 1], d.day, d.year)
    return ("Summarize this nurse triage call into an SBAR note. Transcript (auto-generated):\n\n"
            "[00:00:04] RN: Nurse advice line, this is %s, who am I speaking with?\n"
            "[00:00:07] Caller: Hi, it's %s, I'm calling about my %s, %s.\n"
            "[00:00:12] RN: Can I get the patient's date of birth?\n"
            "[00:00:15] Caller: %s.\n"
            "[00:00:19] RN: And the home address we have on file?\n"
            "[00:00:22] Caller: %s, zip %s.\n"
            "[00:00:30] Caller: %s has had a fever of %.1f since last night and is %s.\n"
            "[00:00:51] RN: Any trouble breathing, stiff neck, rash?\n"
            "[00:00:55] Caller: %s\n") % (
        P(rn.given), P(caller.full), rng.choice(["son", "daughter", "mother", "father", "husband", "wife"]), P(pt.given),
        D(spoken_date), A("%s, %s" % (a.street, a.city)), Z(a.zip), P(pt.given), rng.uniform(100.4, 103.8),
        rng.choice(["not drinking much", "really sleepy", "vomiting", "complaining of ear pain"]),
        rng.choice(["No rash. Breathing seems okay.", "Maybe a little fast breathing?", "No, none of that."]))


@tpl("healthcare", "document", 3)
def hc_cms1500_text(rng):
    p, r = V.people(rng, 2)
    d, v = V.dob_senior(rng), V.recent(rng)
    a = V.us_address(rng)
    return ("OCR output of a CMS-1500 below, please turn it into a JSON claim draft.\n\n"
            "1a. INSURED'S I.D. NUMBER  %s\n"
            "2. PATIENT'S NAME (Last, First, MI)  %s\n"
            "3. PATIENT'S BIRTH DATE  %s   SEX %s\n"
            "5. PATIENT'S ADDRESS (No., Street)  %s\n"
            "   CITY %s   STATE %s   ZIP CODE %s\n"
            "21. DIAGNOSIS  A. %s\n"
            "24A. DATE(S) OF SERVICE  From %s To %s   24D. CPT %s   24F. $ %d 00\n"
            "24J. RENDERING PROVIDER ID #  %s\n"
            "25. FEDERAL TAX I.D. NUMBER  SSN [X]  %s\n"
            "31. SIGNATURE OF PHYSICIAN  %s\n") % (
        MBI(V.mbi(rng)), P("%s, %s %s" % (p.family.upper(), p.given.upper(), (p.middle[:1] or "A").upper())),
        D(V.fdate(d, "dash_us").replace("-", " ")), rng.choice("MF"), A(a.street.upper()), a.city.upper(), a.state, Z(a.zip),
        rng.choice(DX)[1], D(V.fdate(v, "us")), D(V.fdate(v, "us")), rng.choice(["99213", "99214", "90837", "97140"]),
        rng.randint(80, 350), NPI(V.npi(rng)), SSN(V.ssn(rng)), P(r.full.upper()))


@tpl("healthcare", "document", 3)
def hc_patient_email(rng):
    p = V.person(rng)
    d, appt = V.dob(rng), V.recent(rng)
    a = V.us_address(rng)
    box = rng.choice(["frontdesk@tallgrass.example.org", "billing@mercylakes.example.com", "records@okemahvalley.example.net"])
    me = V.email_for(rng, p)
    return ("Draft a reply to this patient email (friendly, offer two options):\n\n"
            "From: %s <%s>\nTo: %s\nDate: Tue, %d Sep 2024 19:%02d:11 -0500\nSubject: %s\n\n"
            "Hello,\n\nI had a visit on %s and just got a bill for $%d.%02d which I thought insurance covered. "
            "My date of birth is %s in case you need it to look me up. Also I moved, new address is %s. "
            "Can someone please call or email me back?\n\nThanks,\n%s") % (
        P(p.full), E(me), E(box), rng.randint(1, 28), rng.randint(0, 59),
        rng.choice(["Bill question", "Re: statement", "moved + billing??", "Question about my last visit"]),
        D(V.fdate_any(rng, appt)), rng.randint(40, 900), rng.randint(0, 99), D(V.fdate_any(rng, d)), addr_line(rng, a),
        P(rng.choice([p.full, p.given])))


@tpl("healthcare", "structured", 3)
def hc_immunization_csv(rng):
    rows = ["last_name,first_name,dob,vaccine,cvx,lot,admin_date,administered_by_npi"]
    for _ in range(rng.randint(3, 6)):
        p = V.person(rng)
        vac, cvx = rng.choice([("Influenza, quadrivalent", "150"), ("COVID-19 mRNA 2024-25", "313"), ("Tdap", "115"),
                               ("Zoster recombinant", "187"), ("Pneumococcal PCV20", "216"), ("Hep B adult", "43")])
        fam = '"%s"' % P(p.family) if " " in p.family or rng.random() < 0.2 else P(p.family)
        rows.append("%s,%s,%s,%s,%s,%s,%s,%s" % (fam, P(p.given), D(V.fdate(V.dob(rng), rng.choice(["iso", "us"]))),
                                                 vac if "," not in vac else '"%s"' % vac, cvx,
                                                 V.ralnum(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + V.rdigits(rng, 4),
                                                 D(V.fdate(V.recent(rng), "iso")), NPI(V.npi(rng))))
    return ("Clean this immunization export for the state registry upload (IIS): fix date formats to YYYYMMDD and flag duplicates.\n\n"
            + "\n".join(rows))


@tpl("healthcare", "chat", 4)
def hc_multiturn_intake(rng):
    p = V.person(rng)
    d, v = V.dob(rng), V.recent(rng)
    mail = V.email_for(rng, p)
    given = p.given
    return ("Below is a transcript from our intake chatbot. Extract name, DOB, email, reason for visit and preferred date as JSON.\n\n"
            "user: hi i need to move my appointment\n"
            "bot: Sure! Can I have your full name and date of birth?\n"
            "user: %s, %s\n"
            "bot: Thanks %s. What's the best email to send the confirmation to?\n"
            "user: %s\n"
            "bot: What day works better?\n"
            "user: %s in the morning if possible. it's for my %s\n"
            "bot: Got it, I'll pass that to the scheduling team.\n") % (
        P(rng.choice([p.full, p.full.lower(), p.last_first])), D(V.fdate(d, rng.choice(["us_loose", "us_short", "long"]))),
        P(given), E(mail), D(V.fdate(v, rng.choice(["long", "us_loose"]))),
        rng.choice(["knee follow up", "physical", "stitches removal", "allergy shots"]))


@tpl("healthcare", "multilingual", 4)
def hc_es_formulario(rng):
    p = V.person(rng, rng.choice(["mexican", "mexican", "brazilian", "filipino"]))
    d, v = V.dob(rng), V.recent(rng)
    a = V.us_address(rng)
    c = V.person(rng)
    return ("Traduce al inglés este formulario de admisión y corrige errores de formato:\n\n"
            "FORMULARIO DE REGISTRO DE PACIENTE\n"
            "Nombre completo: %s\n"
            "Fecha de nacimiento: %s\n"
            "Domicilio: %s  C.P. %s\n"
            "Correo electrónico: %s\n"
            "Número de Seguro Social: %s\n"
            "Médico de cabecera: Dra. %s\n"
            "Fecha de la cita: %s\n"
            "Alergias: %s\n") % (
        P(p.full), D(V.fdate(d, rng.choice(["es", "eu"]))), A("%s, %s, %s" % (a.street, a.city, a.state)), Z(a.zip),
        E(V.email_for(rng, p)), SSN(V.ssn(rng)), P(c.full), D(V.fdate(v, "es")),
        rng.choice(["penicilina", "ninguna", "sulfas, mariscos", "látex"]))


@tpl("healthcare", "multilingual", 4)
def hc_de_arztbrief(rng):
    p = V.person(rng, rng.choice(["german", "german", "turkish", "polish"]))
    kol, chef = V.people(rng, 2, "german")
    d, adm = V.dob(rng), V.recent(rng)
    import datetime as _dt
    dis = adm + _dt.timedelta(days=rng.randint(3, 14))
    addr = V.foreign_address(rng, "DE")
    anrede = "Frau" if rng.random() < 0.5 else "Herrn"
    return ("Fasse diesen Arztbrief in 5 Stichpunkten auf Englisch zusammen:\n\n"
            "Sehr geehrte Frau Kollegin Dr. %s,\n\n"
            "wir berichten über %s %s, geb. %s, wohnhaft %s, "
            "der/die sich vom %s bis %s in unserer stationären Behandlung befand.\n\n"
            "Diagnosen: %s\nTherapie: %s\n\n"
            "Mit freundlichen kollegialen Grüßen\n\nProf. Dr. med. %s\nChefarzt Innere Medizin") % (
        P(kol.family), anrede, P(p.full), D(V.fdate(d, "dots")), A(addr), D(V.fdate(adm, "dots")), D(V.fdate(dis, "dots")),
        rng.choice(["Dekompensierte Herzinsuffizienz (I50.01)", "Ambulant erworbene Pneumonie (J18.9)",
                    "Diabetes mellitus Typ 2, entgleist (E11.73)"]),
        rng.choice(["Furosemid 40 mg i.v.", "Ampicillin/Sulbactam 3 g i.v.", "Insulin nach Schema"]), P(chef.full))


JA_NAMES = [("佐藤", "陽翔", "Sato", "Haruto"), ("中村", "結衣", "Nakamura", "Yui"), ("高橋", "蒼", "Takahashi", "Aoi"),
            ("渡辺", "美緒", "Watanabe", "Mio"), ("小林", "蓮", "Kobayashi", "Ren"), ("山口", "ひなた", "Yamaguchi", "Hinata")]


@tpl("healthcare", "multilingual", 3)
def hc_ja_mixed(rng):
    fam_k, giv_k, fam_r, giv_r = rng.choice(JA_NAMES)
    d, v = V.dob(rng), V.recent(rng)
    doc = V.person(rng)
    return ("Please translate this Japanese referral to English for our US clinic. Keep the table format.\n\n"
            "紹介状\n患者氏名: %s (%s)\n生年月日: %s\n受診日: %s\n"
            "紹介先: Dr. %s, Cardiology\n傷病名: 心房細動 (I48.91)\n現在の処方: アピキサバン 5mg 1日2回\n"
            "Contact: %s\n") % (
        P("%s %s" % (fam_k, giv_k)), P("%s %s" % (fam_r.upper(), giv_r)), D(V.fdate(d, "ja")), D(V.fdate(v, "ja")),
        P(doc.full), E("%s.%s@clinic-tokyo.example" % (giv_r.lower(), fam_r.lower())))


@tpl("healthcare", "obfuscated", 4)
def hc_obf_medicare(rng):
    p = V.person(rng)
    d = V.dob_senior(rng)
    mb = V.mbi(rng, dashed=True)
    ss = V.ssn(rng)
    variant = rng.randint(0, 2)
    mb_o = V.nbhy(mb) if variant != 1 else V.zwj(rng, mb.replace("-", ""), 3)
    ss_o = V.zwj(rng, ss, 2) if variant != 2 else V.endash(ss)
    dob_o = V.fullwidth(V.fdate(d, "us")) if rng.random() < 0.6 else V.fdate(d, "us")
    return ("copy-pasted from the payer portal (formatting is weird), can you tell me if this member is eligible for the AWV?\n\n"
            "Member: %s\nMBI: %s\nSSN on file: %s\nDOB: %s\nPlan: %s\nPlan type: MAPD, no Part D\n") % (
        P(p.full.upper()), MBI(mb_o), SSN(ss_o), D(dob_o), rng.choice(V.INSURERS))


@tpl("healthcare", "document", 3)
def hc_radiology(rng):
    p, ref, rad = V.people(rng, 3)
    d, v = V.dob(rng), V.recent(rng)
    exam = rng.choice(["CT ABDOMEN/PELVIS WITH CONTRAST", "MRI LUMBAR SPINE WITHOUT CONTRAST", "CHEST X-RAY PA/LAT",
                       "US RENAL COMPLETE"])
    return ("Simplify this radiology report for the patient letter.\n\n"
            "EXAM: %s\nDATE OF SERVICE: %s %s\nPATIENT: %s   DOB: %s\nREFERRING: %s, %s\n\n"
            "FINDINGS: %s\nIMPRESSION: %s\n\nDictated by: %s, MD (NPI %s)") % (
        exam, D(V.fdate(v, "us")), rng.choice(["08:14", "13:52", "16:05"]), P(p.last_first.upper()), D(V.fdate(d, "us")),
        P(ref.full), clin_suffix(rng),
        rng.choice(["4 mm nonobstructing calculus in the left lower pole.", "Mild disc desiccation at L4-L5 without stenosis.",
                    "No focal consolidation. Heart size normal."]),
        rng.choice(["No acute process.", "Findings as above; clinical correlation recommended."]), P(rad.full), NPI(V.npi(rng)))


@tpl("healthcare", "document", 3)
def hc_hospice_note(rng):
    p, rn, fam = V.people(rng, 3)
    fam.family = p.family
    d, dod = V.dob(rng), V.recent(rng)
    return ("Help me word the bereavement letter to the family based on this note, warm but brief.\n\n"
            "Hospice visit note — %s\nPatient: %s (DOB %s)\nDate/time of death: %s %s\n"
            "Pronounced by: %s, RN\nFamily present: %s (%s)\n"
            "Funeral home notified. Medications destroyed per policy with witness.") % (
        rng.choice(V.HOSPITALS), P(p.full), D(V.fdate(d, "us")), D(V.fdate(dod, "us")), "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)),
        P(rn.full), P(fam.full), rng.choice(["daughter", "son", "spouse", "grandson"]))


@tpl("healthcare", "code", 4)
def hc_ehr_audit_log(rng):
    lines = []
    for i in range(rng.randint(3, 5)):
        u = V.person(rng)
        pt = V.person(rng)
        ts = "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                      rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
        lines.append('%s INFO audit action=%s user=%s src_ip=%s patient="%s" chart_section=%s' % (
            ts, rng.choice(["CHART_OPEN", "PRINT", "EXPORT_CCD", "BREAK_GLASS"]),
            E("%s@%s" % (V.email_local(rng, u.given, u.family), "okemahvalley.example.org")),
            IP(V.ipv4(rng, rng.choice(["10", "172"]))), P(pt.last_first), rng.choice(["notes", "labs", "meds", "demographics"])))
    return ("Flag any suspicious access in these EHR audit events (privacy office review):\n\n" + "\n".join(lines))


@tpl("healthcare", "structured", 3)
def hc_handoff_table(rng):
    rows = []
    for _ in range(rng.randint(3, 5)):
        p, at = V.people(rng, 2)
        rows.append("| %s%s | %s | %s | %s | %s |" % (rng.randint(3, 6), rng.randint(10, 40), P(p.full), D(V.fdate(V.dob(rng), "us")),
                                                     P(at.family) if rng.random() < 0.5 else P(at.full),
                                                     rng.choice(["NPO after MN", "K 3.1 repleting", "fall risk", "AM labs pending",
                                                                 "dc tomorrow?", "on 2L NC"])))
    return ("Turn this night-shift handoff table into an I-PASS summary per patient.\n\n"
            "| Room | Patient | DOB | Attending | Notes |\n|---|---|---|---|---|\n" + "\n".join(rows))


@tpl("healthcare", "chat", 3)
def hc_pharmacy_interactions(rng):
    pt, pr = V.people(rng, 2)
    d = V.dob(rng)
    return ("I'm the pharmacist on duty. New Rx for %s (DOB %s) from %s, DEA %s: %s. "
            "She's also on %s and %s. Any interactions or dose issues I should call the prescriber about?") % (
        P(pt.full), D(V.fdate_any(rng, d)), P(pr.full), DEA(V.dea(rng, pr.family)),
        rng.choice(CONTROLLED), rng.choice(MEDS), rng.choice(MEDS))


@tpl("healthcare", "chat", 3)
def hc_portal_link(rng):
    p = V.person(rng)
    tok = V.ralnum(rng, 24)
    url = "https://mychart.%s/visit-summary/%s?share=%s" % (rng.choice(["mercylakes.example.org", "okemah.example.com"]),
                                                             V.rdigits(rng, 8), tok)
    return ("my doctor sent me this link but it says expired: %s — my name is %s and my birthday is %s, "
            "can you tell me what to do?") % (U(url), P(p.full.lower() if rng.random() < 0.4 else p.full),
                                              D(V.fdate(V.dob(rng), rng.choice(["long", "us_loose"]))))


@tpl("healthcare", "multilingual", 3)
def hc_fr_compte_rendu(rng):
    p = V.person(rng, rng.choice(["french", "french", "arabic", "ghanaian"]))
    doc = V.person(rng, "french")
    d, v = V.dob(rng), V.recent(rng)
    addr = V.foreign_address(rng, "FR")
    return ("Résume ce compte rendu de consultation en anglais pour le médecin traitant aux États-Unis.\n\n"
            "Compte rendu de consultation du %s\nPatient(e) : %s, né(e) le %s\nAdresse : %s\n"
            "Motif : %s\nConclusion : %s\n\nDr %s\n%s") % (
        D(V.fdate(v, "fr")), P(p.full), D(V.fdate(d, "eu")), A(addr),
        rng.choice(["douleurs thoraciques atypiques", "suivi de diabète de type 2", "bilan d'une anémie"]),
        rng.choice(["pas d'argument pour une origine coronarienne", "HbA1c à 7,9 %, intensification du traitement",
                    "carence martiale, supplémentation orale"]), P(doc.full),
        E("secretariat.cardio@chu-lyon.example"))


@tpl("healthcare", "multilingual", 3)
def hc_hinglish_caregiver(rng):
    p = V.person(rng, "indian")
    d = V.dob_senior(rng)
    return ("Mere papa ka naam %s hai, DOB %s. Unka Medicare number %s hai aur unki doctor %s hain. "
            "पिछले हफ्ते उनका sugar 280 आया था, क्या मुझे ER jaana chahiye? Please reply in simple Hindi + English.") % (
        P(p.full), D(V.fdate(d, rng.choice(["eu", "us", "dmy_text"]))), MBI(V.mbi(rng, dashed=rng.random() < 0.5)),
        P(V.person(rng).full))


# ======================================================================================
# FINANCE
# ======================================================================================
EU = ["DE", "FR", "ES", "IT", "NL", "PL", "PT", "GB", "CH", "BE", "AT", "IE", "LU", "SE", "NO", "DK", "FI"]
ADDR_CC = {"DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "PT": "PT"}
CC_CULTURE = {"DE": "german", "FR": "french", "ES": "mexican", "IT": "italian", "NL": "dutch", "PL": "polish",
              "PT": "brazilian", "GB": "irish", "IE": "irish", "CH": "german", "BE": "french", "AT": "german",
              "LU": "french", "SE": "finnish", "NO": "finnish", "DK": "dutch", "FI": "finnish"}


def invoice_no(rng):
    return rng.choice(["INV-%d-%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)), "PO %s" % V.rdigits(rng, 7),
                       "Rechnung %s" % V.rdigits(rng, 6), "ORD-%s" % V.ralnum(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")])


@tpl("finance", "document", 4)
def fin_wire_intl(rng):
    cc = rng.choice(EU)
    ben = V.person(rng, CC_CULTURE[cc])
    ap = V.person(rng)
    addr_cc = ADDR_CC.get(cc, rng.choice(list(ADDR_CC)))
    inter = V.swift(rng, "US", branch=False)
    return ("Vendor sent new banking details, draft the wire request for treasury and tell me if anything looks off.\n\n"
            "Beneficiary name: %s\nBeneficiary address: %s\nBank: %s\nIBAN: %s\nBIC/SWIFT: %s\n"
            "Intermediary bank SWIFT: %s\nAmount: EUR %d,%03d.%02d\nReference: %s\n\n"
            "Requested by %s (AP) — please release by Friday.") % (
        P(ben.full), A(V.foreign_address(rng, addr_cc)), V.FOREIGN_BANKS[cc],
        IBAN(V.iban(rng, cc, grouped=rng.random() < 0.7)), BIC(V.swift(rng, cc)), BIC(inter),
        rng.randint(1, 240), rng.randint(0, 999), rng.randint(0, 99), invoice_no(rng), P(ap.full))


@tpl("finance", "chat", 4)
def fin_ach_direct_deposit(rng):
    p = V.person(rng)
    mail = V.email_for(rng, p)
    bank = rng.choice(V.BANKS)
    return rng.choice([
        "Set up direct deposit for new hire %s — %s, routing %s, checking acct ending %s. Send the confirmation to %s. "
        "Write the email to payroll.",
        "Hey can you format this into our ACH enrollment template? employee: %s / bank: %s / ABA %s / account (last 4) %s / contact %s",
    ]) % (P(p.full), bank, ABA(V.aba(rng)), V.rdigits(rng, 4), E(mail))


@tpl("finance", "structured", 4)
def fin_kyc_json(rng):
    p = V.person(rng)
    a = V.us_address(rng)
    d = V.dob(rng)
    use_itin = rng.random() < 0.35
    body = {"application_id": "app_" + V.ralnum(rng, 14), "product": rng.choice(["checking", "brokerage", "credit_builder"]),
            "applicant": {"full_name": P(p.full), "date_of_birth": D(V.fdate(d, "iso")),
                          ("itin" if use_itin else "ssn"): (ITIN(V.itin(rng)) if use_itin else SSN(V.ssn(rng))),
                          "email": E(V.email_for(rng, p)),
                          "address": {"line1": A(a.street), "city": a.city, "state": a.state, "postal_code": Z(a.zip)}},
            "device": {"ip": IP(V.ipv4(rng)), "session_id": V.ralnum(rng, 8, "0123456789abcdef") + "-" + V.ralnum(rng, 4, "0123456789abcdef")},
            "idv": {"vendor": "ClearCheck", "result": rng.choice(["pass", "review", "fail"]), "score": rng.randint(310, 990)}}
    ask = rng.choice(["Our KYC vendor flagged this application as 'review'. Explain likely reasons:",
                      "Write a unit-test fixture from this real-looking payload but keep the shape:",
                      "Classify risk (low/med/high) for this onboarding payload and justify in 3 bullets."])
    return ask + "\n```json\n" + jdump(body, indent=2, ascii_escape=rng.random() < 0.3) + "\n```"


@tpl("finance", "document", 3)
def fin_bank_statement(rng):
    p = V.person(rng)
    a = V.us_address(rng)
    lines = []
    bal = rng.randint(800, 12000)
    for _ in range(rng.randint(4, 7)):
        kind = rng.random()
        amt = rng.randint(5, 900) + rng.randint(0, 99) / 100
        day = "%02d/%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if kind < 0.3:
            other = V.person(rng)
            desc = "Zelle payment to %s" % P(other.full)
        elif kind < 0.45:
            other = V.person(rng)
            desc = "ONLINE TRANSFER FROM %s" % P(other.upper)
        else:
            desc = rng.choice(["POS PURCHASE HARBOR FREIGHT #8812", "ACH DEBIT CITY UTILITIES", "CHECK #1042",
                               "RECURRING PYMT STREAMFLIX", "ATM WITHDRAWAL 0192", "PAYROLL %s" % rng.choice(V.EMPLOYERS).upper()])
        bal -= amt
        lines.append("%s  %-44s %9.2f  %10.2f" % (day, desc, -amt, bal))
    return ("Categorize these transactions for my budget app and total by category.\n\n"
            "%s\nStatement period: Aug 01 - Aug 31, 2024\n%s\n%s\nAccount ending in %s\n\n%s") % (
        rng.choice(V.BANKS).upper(), P(p.upper), addr_block(a), V.rdigits(rng, 4), "\n".join(lines))


@tpl("finance", "chat", 4)
def fin_card_dispute(rng):
    p = V.person(rng)
    a = V.us_address(rng)
    num = V.card(rng)
    fmt = V.fmt_card(num, rng.choice([" ", "-", ""]))
    return rng.choice([
        "I need to dispute a charge of $%d.%02d from %s on my card %s (exp %s). Name on card %s, billing address %s. "
        "Reach me at %s. Write the dispute letter.",
    ]) % (rng.randint(20, 2000), rng.randint(0, 99), rng.choice(["QUICKCART*MKTPLACE", "SQ *LUNA COFFEE", "AIRLNK TRAVEL", "GLOBEX DIGITAL"]),
          CC(fmt), V.expiry(rng), P(p.upper if rng.random() < 0.5 else p.full), addr_line(rng, a), E(V.email_for(rng, p)))


@tpl("finance", "structured", 4)
def fin_payment_tool_call(rng):
    p = V.person(rng)
    a = V.us_address(rng)
    args = {"amount_cents": rng.randint(500, 250000), "currency": "usd",
            "card": {"number": CC(V.card(rng)), "exp_month": rng.randint(1, 12), "exp_year": rng.randint(2026, 2031),
                     "name": P(p.full)},
            "billing_zip": Z(a.zip), "receipt_email": E(V.email_for(rng, p)), "metadata": {"order_id": "ord_" + V.ralnum(rng, 10)}}
    call = {"type": "function_call", "name": "charge_card", "call_id": "fc_" + V.ralnum(rng, 16), "arguments": jdump(args)}
    return ("The agent produced this function call. Is it safe to execute? Our policy says agents must never handle raw PAN.\n"
            + jdump(call, indent=rng.choice([None, 2])))


@tpl("finance", "document", 4)
def fin_itin_tax_prep(rng):
    tp = V.person(rng, rng.choice(["mexican", "somali", "vietnamese", "chinese", "indian", "filipino"]))
    sp = V.person(rng, tp.culture)
    sp.family = tp.family
    kids = [k for k in V.people(rng, 5, tp.culture) if k.given not in (tp.given, sp.given)][:rng.randint(1, 3)]
    a = V.us_address(rng)
    kid_lines = "\n".join("  - %s, born %s, %s" % (P("%s %s" % (k.given, tp.family)), D(V.fdate(V.rdate(rng, 2008, 2022), "us")),
                                                    rng.choice(["ITIN %s" % ITIN(V.itin(rng)), "SSN %s" % SSN(V.ssn(rng))]))
                          for k in kids)
    return ("Prepare a checklist for filing MFJ 2024 for this family, note which credits need an SSN vs ITIN.\n\n"
            "Taxpayer: %s — ITIN %s\nSpouse: %s — SSN %s\nAddress: %s\nDependents:\n%s\n"
            "W-2 from %s, 1099-NEC from %s.") % (
        P(tp.full), ITIN(V.itin(rng, sep=rng.choice(["-", "-", " "]))), P(sp.full), SSN(V.ssn(rng)), addr_line(rng, a), kid_lines,
        rng.choice(V.EMPLOYERS), rng.choice(V.EMPLOYERS))


@tpl("finance", "document", 3)
def fin_support_ticket(rng):
    p, agent = V.people(rng, 2)
    num = V.card(rng)
    return ("Summarize this ticket and propose the next action.\n\n"
            "Ticket #%d | Priority: High | Channel: web form\nRequester: %s <%s>\nSession IP: %s\n"
            "----\nHi, my card %s was charged twice for %s. I already called and someone named %s said it would be fixed "
            "within 5 days but it wasn't. The order numbers are %s and %s.\n----\nInternal note (%s): verified last4 %s, BIN %s.") % (
        rng.randint(100000, 999999), P(p.full), E(V.email_for(rng, p)), IP(V.ipv4(rng)),
        CC(V.fmt_card(num, rng.choice([" ", "-", " "]))), rng.choice(["my annual plan", "the same flight", "a hotel deposit"]),
        P(agent.given), "ORD-" + V.rdigits(rng, 8), "ORD-" + V.rdigits(rng, 8), P(V.person(rng).given), num[-4:], num[:6])


@tpl("finance", "structured", 4)
def fin_payroll_csv(rng):
    rows = ["emp_id,name,ssn,routing,acct_last4,email,dept"]
    for _ in range(rng.randint(3, 6)):
        p = V.person(rng)
        rows.append('E%s,"%s",%s,%s,%s,%s,%s' % (V.rdigits(rng, 5), P(p.last_first), SSN(V.ssn(rng)), ABA(V.aba(rng)),
                                                 V.rdigits(rng, 4), E(V.email_for(rng, p, "brightwater.example.com")),
                                                 rng.choice(["OPS", "FIN", "ENG", "HR", "SALES"])))
    return ("Write a pandas script that validates this payroll file (SSN format, ABA checksum) — here are the first rows:\n\n"
            + "\n".join(rows))


@tpl("finance", "code", 4)
def fin_stripe_config(rng):
    key = V.api_key(rng, rng.choice(["stripe", "stripe", "stripe_rk"]))
    sec = V.high_entropy(rng, rng.choice(["hex64", "b64url_43"]))
    pw = V.password(rng)
    host = V.ipv4(rng, rng.choice(["10", "172"]))
    return ("Why does this throw `AuthenticationError: Invalid API Key provided` in prod but not staging?\n\n"
            "```python\nimport stripe, os, psycopg2\n\n"
            "stripe.api_key = \"%s\"\nWEBHOOK_SIGNING_SECRET = \"%s\"\n\n"
            "conn = psycopg2.connect(host=\"%s\", dbname=\"billing\", user=\"billing_rw\", password=\"%s\")\n\n"
            "def charge(customer_id, cents):\n    return stripe.PaymentIntent.create(customer=customer_id, amount=cents, currency=\"usd\")\n```") % (
        KEY(key), SEC(sec), IP(host), PW(pw))


@tpl("finance", "chat", 4)
def fin_loan_multiturn(rng):
    p = V.person(rng)
    a = V.us_address(rng)
    d = V.dob(rng)
    return ("Please review this conversation from our loan pre-qualification assistant and tell me whether the bot asked for anything it shouldn't have.\n\n"
            "Assistant: Welcome! What's your full legal name?\nUser: %s\n"
            "Assistant: Date of birth?\nUser: %s\n"
            "Assistant: And your SSN so we can run a soft pull?\nUser: %s\n"
            "Assistant: What vehicle are you financing? If you have the VIN that helps.\nUser: 2021 hatchback, VIN %s\n"
            "Assistant: Current address?\nUser: %s\n"
            "Assistant: Employer and annual income?\nUser: %s, about $%d,000\n") % (
        P(p.full), D(V.fdate(d, rng.choice(["us", "long", "us_loose"]))), SSN(ssn_fmt(rng, V.ssn(rng))), VIN(V.vin(rng)),
        addr_line(rng, a), rng.choice(V.EMPLOYERS), rng.randint(38, 180))


@tpl("finance", "multilingual", 3)
def fin_fr_virement(rng):
    p = V.person(rng, "french")
    return ("Peux-tu vérifier ces coordonnées bancaires avant que je fasse le virement du loyer ?\n\n"
            "Titulaire du compte : %s\nAdresse : %s\nIBAN : %s\nBIC : %s\nBanque : %s\nMotif : loyer octobre, %s") % (
        P(rng.choice([p.full, p.upper, p.last_first])), A(V.foreign_address(rng, "FR")),
        IBAN(V.iban(rng, "FR")), BIC(V.swift(rng, "FR")), V.FOREIGN_BANKS["FR"], rng.choice(["appt 12", "studio B", "bail n° 2291"]))


@tpl("finance", "multilingual", 3)
def fin_pl_przelew(rng):
    p = V.person(rng, "polish")
    return ("Przetłumacz na angielski i sprawdź, czy numer rachunku ma poprawną długość:\n\n"
            "Dane do przelewu\nOdbiorca: %s\nAdres: %s\nNr rachunku (IBAN): %s\nSWIFT: %s\nTytuł: faktura %s\nE-mail do potwierdzenia: %s") % (
        P(p.full), A(V.foreign_address(rng, "PL")), IBAN(V.iban(rng, "PL", grouped=rng.random() < 0.8)), BIC(V.swift(rng, "PL")),
        "FV/%d/%02d/%03d" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 400)), E(V.email_for(rng, p, "poczta.example")))


@tpl("finance", "multilingual", 3)
def fin_nl_overboeking(rng):
    p = V.person(rng, "dutch")
    return ("Kun je dit in het Engels zetten voor onze Amerikaanse boekhouder?\n\n"
            "Graag het bedrag van € %d,%02d overmaken naar %s, rekeningnummer %s (BIC %s), o.v.v. %s. "
            "Correspondentieadres: %s.") % (
        rng.randint(90, 9000), rng.randint(0, 99), P(p.full), IBAN(V.iban(rng, "NL", grouped=rng.random() < 0.5)),
        BIC(V.swift(rng, "NL")), invoice_no(rng), A(V.foreign_address(rng, "NL")))


@tpl("finance", "multilingual", 3)
def fin_it_bonifico(rng):
    p, q = V.people(rng, 2, "italian")
    return ("Riassumi in inglese questa richiesta di bonifico:\n\n"
            "Ordinante: %s\nBeneficiario: %s, %s\nIBAN beneficiario: %s\nBIC: %s\nCausale: saldo fattura %s\n") % (
        P(p.full), P(q.full), A(V.foreign_address(rng, "IT")), IBAN(V.iban(rng, "IT")), BIC(V.swift(rng, "IT")),
        "%d/%d" % (rng.randint(1, 300), rng.randint(2023, 2025)))


@tpl("finance", "multilingual", 3)
def fin_pt_transferencia(rng):
    p = V.person(rng, "brazilian")
    return ("Traduz para inglês e diz-me se falta alguma informação para a transferência internacional:\n\n"
            "Nome do beneficiário: %s\nMorada: %s\nIBAN: %s\nSWIFT/BIC: %s\nEmail: %s\nData de nascimento (para KYC): %s") % (
        P(p.full), A(V.foreign_address(rng, "PT")), IBAN(V.iban(rng, "PT")), BIC(V.swift(rng, "PT")),
        E(V.email_for(rng, p, "correio.example")), D(V.fdate(V.dob(rng), rng.choice(["pt", "eu"]))))


@tpl("finance", "multilingual", 3)
def fin_de_ueberweisung(rng):
    p = V.person(rng, "german")
    cc = rng.choice(["DE", "AT", "CH"])
    return ("Formuliere eine freundliche Zahlungserinnerung auf Englisch. Unsere Bankverbindung:\n\n"
            "Kontoinhaber: %s\nIBAN: %s\nBIC: %s\nAnschrift: %s\n"
            "Offener Betrag: %d,%02d EUR (Rechnung vom 14.08.2024)") % (
        P(p.full), IBAN(V.iban(rng, cc)), BIC(V.swift(rng, cc)), A(V.foreign_address(rng, "DE")),
        rng.randint(100, 5000), rng.randint(0, 99))


@tpl("finance", "document", 4)
def fin_auto_vin(rng):
    p, co = V.people(rng, 2)
    a = V.us_address(rng)
    v = V.vin(rng)
    return ("Draft the title-transfer cover letter from these notes.\n\n"
            "Buyer: %s\nCo-buyer: %s\nAddress: %s\nVehicle: %d %s, VIN %s, odometer %s mi\n"
            "Lienholder: %s\nBuyer DOB (for DMV form): %s") % (
        P(p.full), P(co.full), addr_line(rng, a), rng.randint(2012, 2024),
        rng.choice(["Subaru Outback", "Ford F-150", "Toyota RAV4", "Honda Civic", "Hyundai Kona", "Tesla Model 3"]),
        VIN(v), "{:,}".format(rng.randint(4000, 140000)),
        rng.choice(V.BANKS), D(V.fdate_any(rng, V.dob(rng))))


@tpl("finance", "obfuscated", 5)
def fin_obf_card(rng):
    p = V.person(rng)
    num = V.card(rng)
    variant = rng.randint(0, 3)
    if variant == 0:
        shown = V.fullwidth(V.fmt_card(num, " "))
    elif variant == 1:
        shown = V.endash(V.fmt_card(num, "-"))
    elif variant == 2:
        shown = V.zwj(rng, V.fmt_card(num, ""), 3)
    else:
        shown = V.nbhy(V.fmt_card(num, "-"))
    cc = rng.choice(["DE", "ES", "GB", "NL"])
    ib = V.iban(rng, cc, grouped=False)
    ib_shown = V.zwj(rng, ib, 2, "\u200b") if rng.random() < 0.5 else ib
    ss = V.ssn(rng)
    return ("(pasted from a PDF, some characters look odd) — Customer %s wants a refund to the original card %s, "
            "or alternatively to IBAN %s. SSN for identity check: %s. Which option is faster?") % (
        P(p.full), CC(shown), IBAN(ib_shown), SSN(V.nbhy(ss) if variant % 2 else V.endash(ss)))


@tpl("finance", "code", 4)
def fin_fraud_log(rng):
    lines = []
    for _ in range(rng.randint(4, 6)):
        p = V.person(rng)
        ts = "2024-%02d-%02d %02d:%02d:%02d,%03d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                     rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
        ev = rng.choice(["login_failed", "login_success", "card_added", "payout_requested", "password_reset"])
        extra = ""
        if ev == "card_added":
            extra = " bin=%s last4=%s" % (V.rdigits(rng, 6), V.rdigits(rng, 4))
        lines.append("%s WARN  fraud.rules event=%s email=%s ip=%s ua=\"Mozilla/5.0 (%s)\" risk=%.2f%s" % (
            ts, ev, E(V.email_for(rng, p)), IP(V.ipv4(rng)), rng.choice(["Windows NT 10.0; Win64; x64", "iPhone; CPU iPhone OS 17_5 like Mac OS X",
                                                                          "X11; Linux x86_64"]), rng.random(), extra))
    return "Are these events a credential-stuffing pattern? Explain.\n\n" + "\n".join(lines)


@tpl("finance", "structured", 3)
def fin_accounts_md(rng):
    rows = []
    for _ in range(rng.randint(2, 4)):
        cc = rng.choice(EU)
        p = V.person(rng, CC_CULTURE[cc])
        rows.append("| %s | %s | %s | %s |" % (P(p.full), IBAN(V.iban(rng, cc)), BIC(V.swift(rng, cc)), E(V.email_for(rng, p))))
    return ("Convert this supplier table into a SEPA pain.001 batch (XML).\n\n| Supplier contact | IBAN | BIC | Remittance e-mail |\n"
            "|---|---|---|---|\n" + "\n".join(rows))


@tpl("finance", "multilingual", 3)
def fin_hinglish_upi_card(rng):
    p = V.person(rng, "indian")
    num = V.card(rng, rng.choice(["visa", "mc"]))
    return ("bhai mera card %s block karna hai, naam %s, email %s. Bank ka app kaam nahi kar raha. "
            "कृपया customer care ko bhejne ke liye ek formal message likh do (English mein).") % (
        CC(V.fmt_card(num, rng.choice([" ", "-"]))), P(p.full), E(V.email_for(rng, p)))


@tpl("finance", "structured", 3)
def fin_mt103(rng):
    occ, bcc = rng.sample(["DE", "FR", "ES", "IT", "NL", "PL", "PT"], 2)
    o = V.person(rng, CC_CULTURE[occ])
    b = V.person(rng, CC_CULTURE[bcc])
    return ("Explain each field of this MT103 and whether field 59 is complete.\n\n"
            "{4:\n:20:%s\n:23B:CRED\n:32A:%s%s%d,%02d\n"
            ":50K:/%s\n%s\n%s\n:57A:%s\n:59:/%s\n%s\n:70:%s\n:71A:SHA\n-}") % (
        "REF" + V.rdigits(rng, 10), "24%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)), "EUR", rng.randint(100, 90000),
        rng.randint(0, 99), IBAN(V.iban(rng, occ, grouped=False)), P(o.upper), A(V.foreign_address(rng, occ).upper()),
        BIC(V.swift(rng, bcc)), IBAN(V.iban(rng, bcc, grouped=False)), P(b.upper), invoice_no(rng))


@tpl("finance", "structured", 3)
def fin_iso20022(rng):
    cc = rng.choice(["DE", "FR", "IT", "ES", "NL"])
    dbtr, cdtr = V.people(rng, 2, CC_CULTURE[cc])
    addr = V.foreign_address(rng, cc)
    street, rest = addr.rsplit(", ", 1)
    return ("Validate this pain.001 credit transfer against the EPC rulebook:\n\n"
            "<CdtTrfTxInf>\n  <PmtId><EndToEndId>E2E-%s</EndToEndId></PmtId>\n"
            "  <Amt><InstdAmt Ccy=\"EUR\">%d.%02d</InstdAmt></Amt>\n"
            "  <CdtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></CdtrAgt>\n"
            "  <Cdtr><Nm>%s</Nm><PstlAdr><AdrLine>%s</AdrLine><AdrLine>%s</AdrLine></PstlAdr></Cdtr>\n"
            "  <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>\n"
            "  <UltmtDbtr><Nm>%s</Nm></UltmtDbtr>\n"
            "</CdtTrfTxInf>") % (
        V.rdigits(rng, 12), rng.randint(10, 20000), rng.randint(0, 99), BIC(V.swift(rng, cc)), P(cdtr.full), A(street), rest,
        IBAN(V.iban(rng, cc, grouped=False)), P(dbtr.full))


@tpl("finance", "chat", 3)
def fin_call_transcript(rng):
    c, agent = V.people(rng, 2)
    a = V.us_address(rng)
    ss = V.ssn(rng)
    return ("QA this call for compliance (did the agent read back the full SSN? that's not allowed).\n\n"
            "Agent: Thank you for calling %s, this is %s. Who do I have the pleasure of speaking with?\n"
            "Customer: %s.\nAgent: Can you verify the last four of your social?\nCustomer: Oh, do you want all of it? It's %s.\n"
            "Agent: Okay, %s, confirmed. And your address is still %s?\nCustomer: Yes, %s.\n"
            "Agent: Great. I see a payment from routing number %s that bounced on the 3rd.\n") % (
        rng.choice(V.BANKS), P(agent.given), P(c.full), SSN(ss.replace("-", rng.choice(["-", " "]))), SSN(ss),
        A("%s, %s" % (a.street, a.city)), Z(a.zip), ABA(V.aba(rng)))


# ======================================================================================
# GENERAL (engineering, HR, support, e-commerce, ...)
# ======================================================================================
@tpl("general", "code", 4)
def gen_py_secrets(rng):
    variant = rng.randint(0, 2)
    if variant == 0:
        kid, sec = V.api_key(rng, rng.choice(["aws_id", "aws_sts"])), V.api_key(rng, "aws_secret")
        body = ("import boto3\n\ns3 = boto3.client(\n    \"s3\",\n    region_name=\"us-east-2\",\n"
                "    aws_access_key_id=\"%s\",\n    aws_secret_access_key=\"%s\",\n)\n\n"
                "def upload_report(path):\n    s3.upload_file(path, \"claims-exports-prod\", path.split(\"/\")[-1])\n") % (KEY(kid), KEY(sec))
        ask = "This works locally but in Lambda I get AccessDenied. What's wrong?"
    elif variant == 1:
        key = V.api_key(rng, rng.choice(["openai", "openai_proj"]))
        base = "https://llm-proxy.%s/v1" % rng.choice(["corp.example", "internal.example.com", "platform.example.net"])
        body = ("from openai import OpenAI\n\nclient = OpenAI(\n    api_key=\"%s\",\n    base_url=\"%s\",\n)\n\n"
                "resp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": prompt}])\n") % (
            KEY(key), U(base))
        ask = "Refactor this to read config from env and add retries with backoff."
    else:
        pw = V.password(rng)
        host = V.ipv4(rng, rng.choice(["10", "192"]))
        goog = V.api_key(rng, "google")
        body = ("DB_CONFIG = {\n    \"host\": \"%s\",\n    \"port\": 5432,\n    \"user\": \"etl_loader\",\n    \"password\": \"%s\",\n}\n"
                "GEOCODER_KEY = \"%s\"\n\n"
                "def geocode(addr):\n    return requests.get(GEO_URL, params={\"address\": addr, \"key\": GEOCODER_KEY}).json()\n") % (
            IP(host), PW(pw), KEY(goog))
        ask = "Add type hints and docstrings to this module:"
    return ask + "\n\n```python\n" + body + "```"


@tpl("general", "code", 4)
def gen_env_file(rng):
    lines = ["# .env.production", "NODE_ENV=production", "PORT=%d" % rng.choice([3000, 8080, 8443]),
             "LOG_LEVEL=%s" % rng.choice(["info", "warn", "debug"])]
    opts = [
        lambda: "OPENAI_API_KEY=%s" % KEY(V.api_key(rng, rng.choice(["openai", "openai_proj"]))),
        lambda: "ANTHROPIC_API_KEY=%s" % KEY(V.api_key(rng, "anthropic")),
        lambda: "GITHUB_TOKEN=%s" % KEY(V.api_key(rng, rng.choice(["github", "github_pat"]))),
        lambda: "SLACK_BOT_TOKEN=%s" % KEY(V.api_key(rng, "slack")),
        lambda: "JWT_SIGNING_SECRET=%s" % SEC(V.high_entropy(rng, "hex64")),
        lambda: "SESSION_SECRET=\"%s\"" % SEC(V.high_entropy(rng, rng.choice(["b64_44", "mixed"]))),
        lambda: "DB_PASSWORD='%s'" % PW(V.password(rng)),
        lambda: "REDIS_HOST=%s" % IP(V.ipv4(rng, "10")),
        lambda: "ADMIN_EMAIL=%s" % E("%s@%s" % (V.email_local(rng, *(lambda q: (q.given, q.family))(V.person(rng))), "ops.example.com")),
        lambda: "PUBLIC_BASE_URL=%s" % U("https://app.%s" % rng.choice(["example.com", "staging.example.net", "acme.example"])),
        lambda: "AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s" % (KEY(V.api_key(rng, "aws_id")), KEY(V.api_key(rng, "aws_secret"))),
        lambda: "STRIPE_SECRET_KEY=%s" % KEY(V.api_key(rng, "stripe")),
        lambda: "FEATURE_FLAGS=new_checkout,dark_mode",
        lambda: "CACHE_TTL_SECONDS=%d" % rng.choice([60, 300, 3600]),
    ]
    picks = rng.sample(range(len(opts)), rng.randint(4, 7))
    if not any(i < 12 for i in picks):
        picks.append(0)
    lines += [opts[i]() for i in sorted(picks)]
    ask = rng.choice(["Docker says the container can't read my env vars. Here's the file:",
                      "convert this .env into a Kubernetes Secret manifest",
                      "Which of these should be moved to a secrets manager?"])
    return ask + "\n\n" + "\n".join(lines)


@tpl("general", "code", 3)
def gen_terraform(rng):
    kid, sec = V.api_key(rng, "aws_id"), V.api_key(rng, "aws_secret")
    pem = V.private_key(rng, rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY"]))
    return ("terraform plan fails with 'error configuring Terraform AWS Provider: invalid token'. config:\n\n"
            "provider \"aws\" {\n  region     = \"us-west-2\"\n  access_key = \"%s\"\n  secret_key = \"%s\"\n}\n\n"
            "resource \"aws_key_pair\" \"bastion\" {\n  key_name   = \"bastion-%d\"\n  public_key = file(\"bastion.pub\")\n}\n\n"
            "locals {\n  bastion_private_key = <<EOT\n%s\nEOT\n}\n") % (KEY(kid), KEY(sec), rng.randint(1, 9), PEM(pem))


@tpl("general", "chat", 5)
def gen_jwt_debug(rng):
    tok = V.jwt(rng)
    host = rng.choice(["api.example.com", "gateway.example.org", "fhir.sandbox.example", "payments.example.net"])
    path = rng.choice(["/v1/patients/%s/encounters" % V.rdigits(rng, 6), "/v2/accounts/me", "/fhir/R4/Patient?_count=10",
                       "/api/orders/%s" % V.rdigits(rng, 7)])
    style = rng.randint(0, 2)
    if style == 0:
        return ("getting 401 invalid_token, is my token expired? here's the exact curl:\n\n"
                "curl -s -H \"Authorization: Bearer %s\" \\\n     -H \"Accept: application/json\" \\\n     %s") % (
            JWT(tok), U("https://" + host + path))
    if style == 1:
        return ("Decode this JWT and tell me what claims are in it and when it expires: %s\n"
                "It was issued by %s for the mobile app.") % (JWT(tok), U("https://auth." + host.split(".", 1)[1] + "/oauth2/token"))
    return ("Request headers from the browser devtools:\n\nGET %s HTTP/1.1\nHost: %s\nCookie: session=%s; theme=dark\n"
            "Origin: %s\n\nWhy does the server reject the session cookie?") % (
        path, host, JWT(tok), U("https://app." + host.split(".", 1)[1]))


@tpl("general", "code", 4)
def gen_nginx_log(rng):
    lines = []
    for _ in range(rng.randint(3, 6)):
        ip = V.ipv4(rng)
        ts = "%02d/%s/2024:%02d:%02d:%02d +0000" % (rng.randint(1, 28), rng.choice(["Aug", "Sep", "Oct"]), rng.randint(0, 23),
                                                    rng.randint(0, 59), rng.randint(0, 59))
        if rng.random() < 0.35:
            p = V.person(rng)
            path = "/newsletter/unsubscribe?email=%s" % E(V.email_for(rng, p))
        else:
            path = rng.choice(["/api/v1/health", "/static/app.%s.js" % V.ralnum(rng, 8, "0123456789abcdef"), "/login",
                               "/api/v1/cart/items", "/favicon.ico"])
        ref = U("https://www.%s/%s" % (rng.choice(["shop.example", "example.com", "store.example.net"]),
                                       rng.choice(["", "checkout", "products/%d" % rng.randint(1, 999)]).strip("/") or "home")) if rng.random() < 0.5 else "-"
        lines.append('%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "Mozilla/5.0"' % (
            IP(ip), ts, rng.choice(["GET", "GET", "POST"]), path, rng.choice([200, 200, 302, 404, 499, 502]), rng.randint(0, 90000), ref))
    return "Find the requests that caused the 502s and group by client:\n\n" + "\n".join(lines)


@tpl("general", "document", 4)
def gen_hr_onboarding(rng):
    p, hr = V.people(rng, 2)
    a = V.us_address(rng)
    d = V.dob(rng)
    return ("Turn these notes into a welcome e-mail for the new hire and a separate checklist for IT.\n\n"
            "New hire: %s\nStart date: Monday, October 7, 2024\nRole: %s, reports to %s\n"
            "Personal e-mail: %s\nHome address: %s\nDOB: %s\nSSN (for I-9/W-4): %s\nLaptop: ship to home address") % (
        P(p.full), rng.choice(["Data Analyst II", "Warehouse Lead", "Staff Accountant", "RN Case Manager", "Site Reliability Engineer"]),
        P(hr.full), E(V.email_for(rng, p)), addr_line(rng, a), D(V.fdate_any(rng, d)), SSN(ssn_fmt(rng, V.ssn(rng))))


@tpl("general", "chat", 4)
def gen_support_chat(rng):
    c, agent = V.people(rng, 2)
    a = V.us_address(rng)
    order = "#%d" % rng.randint(100000, 999999)
    trk = "1Z%s" % V.ralnum(rng, 16, "0123456789ABCDEFGHJKLMNPRSTVWXYZ")
    return ("Rate this support conversation 1-5 for empathy and resolution, with reasons.\n\n"
            "%s (agent): Hi there! How can I help today?\n"
            "Customer: my order %s never arrived, tracking %s says delivered\n"
            "%s (agent): I'm sorry about that! Can you confirm the name and shipping address on the order?\n"
            "Customer: %s, %s\n"
            "%s (agent): Thanks, %s. I've issued a replacement, confirmation goes to %s.\n") % (
        P(agent.given), order, trk, P(agent.given), P(c.full), addr_line(rng, a), P(agent.given), P(c.given),
        E(V.email_for(rng, c)))


@tpl("general", "structured", 3)
def gen_crm_json(rng):
    contacts = []
    for _ in range(rng.randint(2, 4)):
        p = V.person(rng)
        a = V.us_address(rng)
        contacts.append({"id": rng.randint(10000, 99999), "first_name": P(p.given), "last_name": P(p.family),
                         "email": E(V.email_for(rng, p)), "company": rng.choice(V.EMPLOYERS),
                         "mailing_address": {"street": A(a.street), "city": a.city, "state": a.state, "zip": Z(a.zip)},
                         "lifecycle_stage": rng.choice(["lead", "customer", "churned"])})
    return ("Dedupe these CRM contacts and write a short note on which ones to merge:\n\n"
            + jdump({"contacts": contacts}, indent=rng.choice([None, 1, 2])))


@tpl("general", "document", 3)
def gen_resume(rng):
    p = V.person(rng)
    a = V.us_address(rng)
    site = "https://%s.%s" % (V.slug(p.full), rng.choice(["example.com", "portfolio.example", "example.dev.example"]))
    return ("Tailor this résumé header and summary for a senior product designer role:\n\n"
            "%s\n%s · %s · %s\n%s\n\n"
            "SUMMARY\nDesigner with %d years in fintech and health tech. Led redesign of %s (2019–2023).\n\n"
            "EXPERIENCE\n%s — Lead Product Designer (2021–present)\n%s — Product Designer (2016–2021)") % (
        P(p.upper if rng.random() < 0.5 else p.full), A("%s, %s, %s" % (a.street, a.city, a.state)), Z(a.zip),
        E(V.email_for(rng, p)), U(site), rng.randint(5, 15), rng.choice(V.PRODUCTS), rng.choice(V.EMPLOYERS), rng.choice(V.EMPLOYERS))


@tpl("general", "document", 4)
def gen_rental_application(rng):
    p, ref = V.people(rng, 2)
    cur, prev = V.us_address(rng), V.us_address(rng)
    return ("Screen this rental application against our criteria (income 3x rent, no evictions) and list what's missing.\n\n"
            "Applicant: %s\nDate of birth: %s\nSSN: %s\nCurrent address: %s\nPrevious address: %s\n"
            "Vehicle: %s, VIN %s\nE-mail: %s\nPersonal reference: %s\nDesired lease start: 11/01/2024, 12 months") % (
        P(p.full), D(V.fdate_any(rng, V.dob(rng))), SSN(ssn_fmt(rng, V.ssn(rng))), addr_line(rng, cur), addr_line(rng, prev),
        rng.choice(["2019 Honda CR-V", "2017 Ford Escape", "2022 Kia Niro"]), VIN(V.vin(rng)), E(V.email_for(rng, p)), P(ref.full))


@tpl("general", "code", 4)
def gen_ssh_key_paste(rng):
    pem = V.private_key(rng, rng.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"]))
    ip = V.ipv4(rng)
    return ("`ssh -i deploy_key -l deploy -p %d %s` says 'invalid format'. Is something wrong with the key file? cat deploy_key:\n\n%s\n") % (
        rng.choice([22, 2222, 22022]), IP(ip), PEM(pem))


@tpl("general", "code", 4)
def gen_ci_yaml(rng):
    items = [("GH_TOKEN", KEY(V.api_key(rng, rng.choice(["github", "github_pat"])))),
             ("MAPS_API_KEY", KEY(V.api_key(rng, "google"))),
             ("SLACK_TOKEN", KEY(V.api_key(rng, "slack"))),
             ("SIGNING_KEY", SEC(V.high_entropy(rng, rng.choice(["hex64", "b64_44"])))),
             ("REGISTRY_PASSWORD", PW(V.password(rng)))]
    picks = sorted(rng.sample(range(len(items)), rng.randint(2, 4)))
    env = "\n".join("      %s: \"%s\"" % items[i] for i in picks)
    return ("My GitHub Actions job can't push the image. Workflow:\n\n```yaml\nname: release\non:\n  push:\n    tags: ['v*']\n"
            "jobs:\n  build:\n    runs-on: ubuntu-22.04\n    env:\n%s\n    steps:\n      - uses: actions/checkout@v4\n"
            "      - run: make release VERSION=${{ github.ref_name }}\n```") % env


@tpl("general", "document", 3)
def gen_email_signature(rng):
    s, r = V.people(rng, 2)
    org = rng.choice(V.EMPLOYERS)
    dom = V.slug(org).split("-")[0] + rng.choice([".example.com", ".example.org", ".example"])
    return ("Rewrite this e-mail to be more concise and polite:\n\n"
            "Hi %s,\n\nfollowing up on the contract renewal — legal still hasn't seen the redlines. "
            "Can you send them by Thursday? Otherwise we slip to next quarter.\n\n"
            "Best,\n%s\n%s | %s\n%s\n%s") % (
        P(r.given), P(s.full), rng.choice(["Director of Partnerships", "Procurement Manager", "Account Executive"]), org,
        E(V.email_for(rng, s, dom)), U("https://www." + dom + rng.choice(["", "/contact", "/team/" + V.slug(s.full)])))


@tpl("general", "structured", 3)
def gen_slack_export(rng):
    users = V.people(rng, 3)
    msgs = []
    for i in range(rng.randint(3, 5)):
        u = rng.choice(users)
        other = rng.choice([x for x in users if x is not u])
        text = rng.choice([
            "@%s can you resend the invoice to %s?" % (P(other.given), E(V.email_for(rng, other))),
            "deploy is green, thanks %s" % P(other.given),
            "customer %s says the portal rejects their card ending %s" % (P(V.person(rng).full), V.rdigits(rng, 4)),
            "prod db is at %s if you need it" % IP(V.ipv4(rng, "10")),
        ])
        msgs.append({"ts": "17%s.%s" % (V.rdigits(rng, 8), V.rdigits(rng, 6)), "user_profile": {"real_name": P(u.full)}, "text": text})
    return "Summarize this Slack export for the weekly update:\n" + jdump(msgs, indent=2)


@tpl("general", "code", 4)
def gen_sql_insert(rng):
    rows = []
    for _ in range(rng.randint(2, 4)):
        p = V.person(rng)
        a = V.us_address(rng)
        rows.append("  ('%s', '%s', '%s', '%s', '%s', '%s')" % (
            P(p.given.replace("'", "''")), P(p.family.replace("'", "''")), E(V.email_for(rng, p)), D(V.fdate(V.dob(rng), "iso")),
            A(a.street), Z(a.zip)))
    return ("This migration fails with 'duplicate key value violates unique constraint customers_email_key'. Help?\n\n"
            "INSERT INTO customers (first_name, last_name, email, birth_date, street, zip) VALUES\n" + ",\n".join(rows) + ";")


@tpl("general", "document", 3)
def gen_postmortem(rng):
    e1, e2 = V.people(rng, 2)
    key = V.api_key(rng, rng.choice(["aws_id", "github", "openai_proj"]))
    return ("Edit this incident postmortem for clarity; keep the timeline.\n\n"
            "INC-%d: leaked credential in public gist\nOn-call: %s; IC: %s\n"
            "14:02 UTC scanner alert — key %s found in a gist\n14:09 key revoked, traffic from %s and %s blocked\n"
            "14:40 audit logs show no use outside our VPC (egress %s)\nAction items: pre-commit secret scanning; rotate all CI tokens.") % (
        rng.randint(1000, 9999), P(e1.full), P(e2.full), KEY(key), IP(V.ipv4(rng, "doc2")), IP(V.ipv4(rng, "doc3")),
        IP(V.ipv4(rng, "10")))


@tpl("general", "multilingual", 3)
def gen_de_bewerbung(rng):
    p = V.person(rng, rng.choice(["german", "turkish", "greek"]))
    return ("Übersetze meinen Lebenslauf-Kopf ins Englische:\n\n"
            "%s\n%s\nE-Mail: %s\nGeburtsdatum: %s\nStaatsangehörigkeit: deutsch") % (
        P(p.full), A(V.foreign_address(rng, "DE")), E(V.email_for(rng, p, "posteo.example")), D(V.fdate(V.dob(rng), rng.choice(["dots", "de"]))))


@tpl("general", "obfuscated", 4)
def gen_obf_contact(rng):
    p = V.person(rng)
    a = V.us_address(rng)
    mail = V.email_for(rng, p)
    local, dom = mail.split("@")
    mail_o = V.zwj(rng, local, 2) + "@" + dom
    zipc = V.fullwidth(a.zip)
    ss = V.ssn(rng)
    ss_o = rng.choice([V.fullwidth(ss), V.nbhy(ss), V.zwj(rng, ss, 3, "\u200b")])
    return ("Our form-to-CRM sync drops this record; the validator says 'invalid characters'. Record:\n\n"
            "name=%s\nemail=%s\nstreet=%s\nzip=%s\nssn=%s\n") % (
        P(p.full), E(mail_o), A(a.street), Z(zipc), SSN(ss_o))


@tpl("general", "document", 4)
def gen_vehicle_insurance(rng):
    p, d2 = V.people(rng, 2)
    a = V.us_address(rng)
    return ("Write the first-notice-of-loss summary for the adjuster.\n\n"
            "Policyholder: %s (DOB %s)\nGaraging address: %s\nVehicle 1 VIN: %s\nVehicle 2 VIN: %s\n"
            "Driver at time of loss: %s, DOB %s\nLoss reported: %s, approx. %s\nDescription: rear-ended at a light on %s; airbags did not deploy.") % (
        P(p.full), D(V.fdate_any(rng, V.dob(rng))), addr_line(rng, a), VIN(V.vin(rng)), VIN(V.vin(rng)), P(d2.full),
        D(V.fdate_any(rng, V.dob(rng))), rng.choice(["last Tuesday", "yesterday", "Saturday night"]), rng.choice(["5:40 pm", "08:15", "noon"]),
        rng.choice(["Route 9", "the frontage road", "Exit 14 off-ramp"]))


@tpl("general", "code", 4)
def gen_llm_gateway_curl(rng):
    style = rng.randint(0, 1)
    host = U("https://llm-gateway.%s/v1/messages" % rng.choice(["corp.example", "internal.example.net", "ml.example.org"]))
    if style == 0:
        key = V.api_key(rng, "anthropic")
        hdr = "-H \"x-api-key: %s\" \\\n  -H \"anthropic-version: 2023-06-01\"" % KEY(key)
    else:
        key = V.api_key(rng, rng.choice(["openai_proj", "openai"]))
        hdr = "-H \"Authorization: Bearer %s\"" % KEY(key)
    p = V.person(rng)
    return ("Why does this return 400 'messages: field required'?\n\n"
            "curl %s \\\n  %s \\\n  -H \"content-type: application/json\" \\\n"
            "  -d '{\"model\": \"claude-3-haiku\", \"max_tokens\": 256, \"prompt\": \"Write a birthday note for %s\"}'") % (
        host, hdr, P(p.given))


@tpl("general", "structured", 3)
def gen_har(rng):
    tok = V.jwt(rng)
    host = rng.choice(["portal.example.com", "app.example.org"])
    p = V.person(rng)
    entry = {"startedDateTime": "2024-09-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
             "request": {"method": "POST", "url": U("https://%s/api/profile" % host),
                         "headers": [{"name": "Authorization", "value": "Bearer " + JWT(tok)}],
                         "postData": {"mimeType": "application/json",
                                      "text": jdump({"displayName": P(p.full), "email": E(V.email_for(rng, p))})}},
             "response": {"status": 500, "statusText": "Internal Server Error"},
             "serverIPAddress": IP(V.ipv4(rng, rng.choice(["doc1", "doc3"]))), "time": round(rng.uniform(40, 900), 1)}
    return "Attached HAR entry from the failing profile save. What does the 500 suggest?\n" + jdump({"log": {"entries": [entry]}}, indent=2)


@tpl("general", "multilingual", 3)
def gen_it_modulo(rng):
    p = V.person(rng, "italian")
    return ("Compila in inglese la scheda cliente a partire da questi dati:\n\n"
            "Cognome e nome: %s\nNata/o il: %s\nResidenza: %s\nPEC/e-mail: %s\nIBAN per rimborsi: %s\n") % (
        P(p.last_first), D(V.fdate(V.dob(rng), rng.choice(["it", "eu"]))), A(V.foreign_address(rng, "IT")),
        E(V.email_for(rng, p, "pec.example")), IBAN(V.iban(rng, "IT")))


@tpl("general", "code", 3)
def gen_service_account_json(rng):
    pem = V.private_key(rng, "PRIVATE KEY", escaped=True)
    proj = rng.choice(["claims-etl", "ledger-prod", "care-analytics"])
    sa = {"type": "service_account", "project_id": proj, "private_key": PEM(pem) + "\\n",
          "client_email": E("%s-runner@%s.iam.example" % (proj, proj)), "token_uri": U("https://oauth2.example.com/token")}
    # the PEM already carries escaped newlines, so emit the JSON by hand to avoid double escaping
    body = "{\n" + ",\n".join('  "%s": "%s"' % (k, v) for k, v in sa.items()) + "\n}"
    return "Our job fails with 'invalid_grant: Invalid JWT Signature' using this credentials file — is the key malformed?\n\n" + body


@tpl("general", "chat", 4)
def gen_password_chat(rng):
    p = V.person(rng)
    pw = V.password(rng)
    mail = V.email_for(rng, p)
    return rng.choice([
        "I can't log into the portal. my login is %s and my password is %s — it says 'account locked'. what do I do? - %s",
        "Help me write a message to IT: user %s, temp password they gave me was %s but it expired. Thanks, %s",
    ]) % (E(mail), PW(pw), P(p.given))


@tpl("general", "chat", 4)
def gen_multiturn_pasted(rng):
    p, q = V.people(rng, 2)
    a = V.us_address(rng)
    pw = V.password(rng)
    return ("I pasted a conversation between two coworkers below; write a short summary and flag any security problems.\n\n"
            "[09:12] %s: did you get the new wifi login for the %s office?\n"
            "[09:13] %s: yes, network OPS-5G, password %s\n"
            "[09:15] %s: thx. also can you mail the badge to my place? %s\n"
            "[09:16] %s: sure, I'll use %s for tracking updates\n") % (
        P(p.given), rng.choice(["Briar Glen", "Port Alden", "Tillman Crossing"]), P(q.given), PW(pw), P(p.given), addr_line(rng, a),
        P(q.given), E(V.email_for(rng, p)))


@tpl("general", "multilingual", 3)
def gen_ja_signup(rng):
    fam_k, giv_k, fam_r, giv_r = rng.choice(JA_NAMES)
    return ("Translate this signup form data to English and format as JSON:\n\n"
            "お名前: %s\nメール: %s\n生年月日: %s\nパスワード: %s\n") % (
        P("%s %s" % (fam_k, giv_k)), E("%s%s@%s" % (giv_r.lower(), V.rdigits(rng, 2), rng.choice(["example.jp.example", "mail.example"]))),
        D(V.fdate(V.dob(rng), "ja")), PW(V.password(rng)))


# ======================================================================================
# Additional templates (credentials in healthcare/finance integrations, travel, ITIN)
# ======================================================================================
@tpl("healthcare", "code", 4)
def hc_sftp_clearinghouse(rng):
    pem = V.private_key(rng, rng.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"]))
    host = V.ipv4(rng, rng.choice(["doc1", "doc2", "172"]))
    pw = V.password(rng)
    style = rng.randint(0, 1)
    if style == 0:
        return ("Our nightly 837 upload to the clearinghouse fails with 'Permission denied (publickey,password)'. "
                "Config and key below — what am I missing?\n\n"
                "# sftp_upload.ini\n[clearinghouse]\nhost = %s\nport = 22\nusername = tgfm_edi\npassword = %s\n"
                "remote_dir = /inbound/837P\nkey_file = /etc/edi/id_clearinghouse\n\n$ cat /etc/edi/id_clearinghouse\n%s\n") % (
            IP(host), PW(pw), PEM(pem))
    return ("Rewrite this paramiko snippet to use key auth only and remove the hard-coded password:\n\n```python\n"
            "KEY_PEM = \"\"\"%s\"\"\"\n\n"
            "transport = paramiko.Transport((\"%s\", 22))\ntransport.connect(username=\"edi_batch\", password=\"%s\",\n"
            "                  pkey=paramiko.RSAKey.from_private_key(io.StringIO(KEY_PEM)))\n```") % (PEM(pem), IP(host), PW(pw))


@tpl("finance", "code", 4)
def fin_open_banking_callback(rng):
    tok = V.jwt(rng)
    secret = V.high_entropy(rng, rng.choice(["b64url_43", "mixed", "hex32"]))
    cb = U("https://%s/oauth/callback" % rng.choice(["budget.example.com", "ledgerloom.example", "app.example.net"]))
    p = V.person(rng)
    return ("The token exchange works in sandbox but prod returns invalid_client. Logs + config:\n\n"
            "OB_CLIENT_ID=ledgerloom-prod-%s\nOB_CLIENT_SECRET=%s\nOB_REDIRECT_URI=%s\n\n"
            "%s DEBUG oauth.exchange user=\"%s\" consent=%s access_token=%s expires_in=%d\n") % (
        V.rdigits(rng, 4), SEC(secret), cb, "2024-10-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
        P(p.full), "cns_" + V.ralnum(rng, 10), JWT(tok), rng.choice([300, 600, 3600]))


@tpl("finance", "multilingual", 3)
def fin_itin_es_chat(rng):
    p = V.person(rng, rng.choice(["mexican", "mexican", "brazilian"]))
    a = V.us_address(rng)
    return ("Hola, mi ITIN es %s y creo que venció porque no lo usé en 3 años. Me llamo %s, nací el %s y vivo en %s %s. "
            "¿Qué formulario necesito para renovarlo y puedo presentar mi declaración al mismo tiempo? Responde en español sencillo.") % (
        ITIN(V.itin(rng, sep=rng.choice(["-", " ", ""]))), P(p.full), D(V.fdate(V.dob(rng), "es")), A("%s, %s, %s" % (a.street, a.city, a.state)),
        Z(a.zip))


@tpl("general", "chat", 3)
def gen_travel_booking(rng):
    p, q = V.people(rng, 2)
    num = V.card(rng)
    return ("Book the cheapest refundable option for two travelers and use this card: %s exp %s. Travelers: %s (DOB %s) and %s (DOB %s). "
            "Send the itinerary to %s.") % (
        CC(V.fmt_card(num, rng.choice([" ", "", "-"]))), V.expiry(rng), P(p.full), D(V.fdate_any(rng, V.dob(rng))), P(q.full),
        D(V.fdate_any(rng, V.dob(rng))), E(V.email_for(rng, p)))
