"""Positive templates: realistic LLM prompts that contain PII/PHI/PCI/secrets.

Each template is ``fn(d, r, i) -> str``: ``d`` is a ``Doc`` (``d("TYPE", value)`` places a
labeled value and returns a placeholder), ``r`` the record's own ``random.Random``, ``i``
the record index.  Never compute offsets here.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import namedtuple
from pathlib import Path

_PREFIX = __name__[: __name__.rfind("h15_")]


def _sibling(name):
    full = _PREFIX + name
    if full not in sys.modules:
        spec = importlib.util.spec_from_file_location(full, Path(__file__).resolve().parent / (name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        sys.modules[full] = mod
        spec.loader.exec_module(mod)
    return sys.modules[full]


V = _sibling("h15_values")
jd = V.jd

Template = namedtuple("Template", "name domain kind count fn")
TEMPLATES: list = []


def tpl(name, domain, kind, count):
    def deco(fn):
        TEMPLATES.append(Template(name, domain, kind, count, fn))
        return fn
    return deco


def pick(r, seq):
    return r.choice(seq)


def choose(r, *thunks):
    """Pick one alternative lazily, so only the chosen text places its values."""
    return r.choice(thunks)()


def maybe_lower(r, s, p=0.3):
    return s.lower() if r.random() < p else s


MODELS = ["gpt-4o-mini", "gpt-4.1", "gpt-4o-2024-08-06", "o4-mini"]
CLAUDE = ["claude-3-5-sonnet-20241022", "claude-sonnet-4-20250514", "claude-3-haiku-20240307"]


def openai_body(r, messages, **extra):
    body = {"model": pick(r, MODELS), "messages": messages}
    if r.random() < 0.6:
        body["temperature"] = pick(r, [0, 0.2, 0.3, 0.7])
    body.update(extra)
    return jd(body, indent=pick(r, [None, 2]))


def role_lines(r, turns):
    style = r.randrange(3)
    out = []
    for role, text in turns:
        if style == 0:
            out.append("%s: %s" % (role.capitalize(), text))
        elif style == 1:
            out.append("### %s\n%s" % ("User" if role == "user" else role.capitalize(), text))
        else:
            out.append("[%s] %s" % (role.upper(), text))
    return "\n\n".join(out)


def chatml(turns, open_assistant=True):
    s = "".join("<|im_start|>%s\n%s<|im_end|>\n" % (role, text) for role, text in turns)
    return s + ("<|im_start|>assistant\n" if open_assistant else "")


def age_phrase(d, r, old=None):
    """'a 94-year-old' style phrase; ages over 89 are labeled, others are plain text."""
    if old is None:
        old = r.random() < 0.5
    a = V.old_age(r) if old else V.young_age(r)
    num = d("AGE", str(a)) if a > 89 else str(a)
    return pick(r, ["%s-year-old", "%s yo", "%s y/o", "%s year old"]) % num, a


def sig_block(d, r, p, title, org, domain=None, addr=True):
    lines = ["-- ", "%s%s" % (d("PERSON", p.full), (", " + title) if title else ""), org]
    if addr:
        a = V.address(r, 0.3)
        lines.append("%s %s" % (d("STREET_ADDRESS", "%s, %s" % (a.street, a.city_line)), d("US_ZIP_CODE", a.zip)))
    lines.append(pick(r, ["Tel: %s", "P %s", "Office: %s", "direct %s"]) % d("PHONE_NUMBER", V.phone(r)))
    if r.random() < 0.6:
        lines.append(pick(r, ["Fax: %s", "F %s"]) % d("PHONE_NUMBER", V.phone(r)))
    if domain and r.random() < 0.7:
        lines.append(d("EMAIL_ADDRESS", V.email_for(r, p, domain)))
    return "\n".join(lines)


# =============================================================================
# HEALTHCARE
# =============================================================================

@tpl("hc-intake-openai", "healthcare", "chat", 5)
def hc_intake_openai(d, r, i):
    clinic = pick(r, V.CLINICS)
    p, doc = V.person(r), V.person(r)
    drug, dose = pick(r, V.DRUGS)
    dob = V.dob(r)
    sys_msg = ("You are the after-hours intake assistant for %s. Extract the caller's identity, symptoms and "
               "callback details into the triage schema. Never give a diagnosis." % clinic)
    variants = [
        lambda: "hi this is %s, DOB %s. i was seen by dr %s last tuesday and the %s (%s) is making me really dizzy when i "
        "stand up. my chart # is %s. please have someone call me at %s or email %s" % (
            d("PERSON", p.full.lower()), d("DATE_TIME", V.us_date(r, dob)), d("PERSON", doc.last), drug, dose,
            d("MEDICAL_RECORD_NUMBER", V.mrn(r)), d("PHONE_NUMBER", V.phone(r)), d("EMAIL_ADDRESS", V.email_for(r, p))),
        lambda: "Hello, I'm writing for my husband %s (born %s). Since yesterday he has had chest tightness on and off. "
        "He takes %s. MRN %s. Best number: %s." % (
            d("PERSON", p.full), d("DATE_TIME", dob.fmt("long")), drug, d("MEDICAL_RECORD_NUMBER", V.mrn(r)),
            d("PHONE_NUMBER", V.phone(r))),
        lambda: "Name: %s\nDate of birth: %s\nPhone: %s\nSymptoms: fever 101.8F x2 days, productive cough, on %s %s\n"
        "PCP: Dr. %s\nPatient ID: %s" % (
            d("PERSON", p.full_mi), d("DATE_TIME", dob.fmt("us")), d("PHONE_NUMBER", V.phone(r)), drug, dose,
            d("PERSON", doc.full), d("MEDICAL_RECORD_NUMBER", V.mrn(r))),
    ]
    user = variants[i % 3]()
    msgs = [{"role": "system", "content": sys_msg}, {"role": "user", "content": user}]
    if r.random() < 0.5:
        msgs.append({"role": "assistant", "content": "Thanks. Are you having any shortness of breath right now?"})
        msgs.append({"role": "user", "content": choose(
            r, lambda: "no just tired", lambda: "a little when climbing stairs",
            lambda: (lambda a: "No. Also my address changed, it's %s, %s %s" % (
                d("STREET_ADDRESS", a.street), a.city_line, d("US_ZIP_CODE", a.zip)))(V.address(r)))})
    extra = {"response_format": {"type": "json_object"}} if r.random() < 0.4 else {}
    return openai_body(r, msgs, **extra)


@tpl("hc-portal-chatml", "healthcare", "chat", 5)
def hc_portal_chatml(d, r, i):
    p = V.person(r)
    plan = pick(r, V.INSURERS)
    turns = [("system", "You are %s's member-services assistant. Answer coverage questions only. Today is "
                        "a weekday." % plan)]
    if i % 3 != 1:
        agephr, age = age_phrase(d, r, old=i % 2 == 0)
    if i % 3 == 0:
        u = ("My mother %s is %s and just moved into assisted living. Her Medicare number is %s and her plan member "
             "ID is %s. Does the plan cover the facility's physical therapy, or only outpatient?" % (
                 d("PERSON", p.full), agephr, d("US_MBI", V.mbi(r)), d("HEALTH_PLAN_ID", V.health_plan_id(r))))
    elif i % 3 == 1:
        u = ("member id %s\nname %s\ndob %s\n\nwhy was my claim for the MRI denied?? i had prior auth from "
             "dr %s. call back %s" % (d("HEALTH_PLAN_ID", V.health_plan_id(r)), d("PERSON", p.upper),
                                      d("DATE_TIME", V.dob(r).fmt("us_short")), d("PERSON", V.person(r).last),
                                      d("PHONE_NUMBER", V.phone(r))))
    else:
        u = ("I'm calling on behalf of %s, %s, MBI %s. He needs a new wheelchair and the supplier says the "
             "order from his doctor expired. Can you check what is on file? Email is %s" % (
                 d("PERSON", p.full), agephr, d("US_MBI", V.mbi(r, dashed=True)),
                 d("EMAIL_ADDRESS", V.email_for(r))))
    turns.append(("user", u))
    return chatml(turns)


@tpl("hc-referral-email", "healthcare", "email", 5)
def hc_referral_email(d, r, i):
    pt, ref, spec = V.person(r), V.person(r), V.person(r)
    clinic, dom = pick(r, V.CLINICS), pick(r, V.COMPANY_DOMAINS[8:14])
    dob = V.dob(r, old=i % 3 == 0)
    agephr, _ = age_phrase(d, r, old=i % 3 == 0)
    visit = V.recent(r)
    home = V.address(r)
    hdr = ("From: %s\nTo: %s\nSubject: Referral - %s - cardiology consult\n\n" % (
        d("EMAIL_ADDRESS", V.email_for(r, ref, dom)), d("EMAIL_ADDRESS", "referrals@" + pick(r, V.COMPANY_DOMAINS[8:14])),
        d("PERSON", pt.last_first)))
    body = ("Dear Dr. %s,\n\nThank you for seeing %s, a %s %s (DOB %s, MRN %s), whom I evaluated on %s for "
            "exertional dyspnea and a new systolic murmur. Echo from 2019 showed mild AS. Current meds: %s %s, "
            "%s %s. %s lives with family at %s, %s; best contact %s.\n\nPlease let me know if you need the "
            "outside records faxed.\n\nKind regards,\n" % (
                d("PERSON", spec.last), d("PERSON", pt.full), agephr, pick(r, ["patient", "retired teacher", "veteran", "patient of mine"]),
                d("DATE_TIME", V.us_date(r, dob)), d("MEDICAL_RECORD_NUMBER", V.mrn(r)),
                d("DATE_TIME", V.us_date(r, visit)), *pick(r, V.DRUGS), *pick(r, V.DRUGS),
                pick(r, ["The patient", "Pt"]), d("STREET_ADDRESS", home.street + ", " + home.city_line),
                d("US_ZIP_CODE", home.zip), d("PHONE_NUMBER", V.phone(r))))
    sig = sig_block(d, r, ref, pick(r, ["MD", "DO", "FNP-C", "MD, FACP"]), clinic, dom)
    sig += "\nNPI %s" % d("US_NPI", V.npi(r))
    return hdr + body + sig


@tpl("hc-discharge-summary", "healthcare", "note", 5)
def hc_discharge_summary(d, r, i):
    pt, att, pcp = V.person(r), V.person(r), V.person(r)
    old = i % 2 == 0
    age = V.old_age(r) if old else V.young_age(r)
    adm = V.recent(r)
    dis = V.Date(adm.y, adm.m, min(adm.d + r.randint(2, 9), 28) if adm.d < 28 else 28)
    fmt = pick(r, ["us", "iso", "abbr"])
    agestr = d("AGE", str(age)) if age > 89 else str(age)
    labs = ", ".join(V.lab_value(r, l) for l in r.sample(V.LABS, 4))
    meds = "\n".join("- %s %s" % m for m in r.sample(V.DRUGS, 3))
    icd = r.sample(V.ICD10, 2)
    head = pick(r, ["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY"])
    name = d("PERSON", pt.last_first.upper() if r.random() < 0.5 else pt.full)
    return ("%s\n%s\nPatient: %s    MRN: %s    DOB: %s    Age/Sex: %s%s\nAdmitted: %s    Discharged: %s\n"
            "Attending: %s, MD (NPI %s)\n\nPrincipal dx: %s; secondary %s\n\nHospital course: Admitted via ED with "
            "%s. Treated with %s %s. Labs on discharge: %s. Ambulating with walker, tolerating diet.\n\n"
            "Discharge medications:\n%s\n\nFollow-up: PCP Dr. %s on %s, call %s to confirm. Home health PT "
            "ordered.\nCode status: %s\n" % (
                head, pick(r, V.CLINICS), name, d("MEDICAL_RECORD_NUMBER", V.mrn(r)),
                d("DATE_TIME", V.dob(r, old=old).fmt(fmt)), agestr, pick(r, ["F", "M"]),
                d("DATE_TIME", adm.fmt(fmt)), d("DATE_TIME", dis.fmt(fmt)), d("PERSON", att.full),
                d("US_NPI", V.npi(r)), icd[0], icd[1],
                pick(r, ["community-acquired pneumonia", "acute on chronic HFrEF exacerbation", "cellulitis of the "
                         "left lower leg", "a mechanical fall with L hip pain", "urosepsis"]),
                *pick(r, V.DRUGS), labs, meds, d("PERSON", pcp.last),
                d("DATE_TIME", V.recent(r).fmt(pick(r, ["us", "long"]))), d("PHONE_NUMBER", V.phone(r)),
                pick(r, ["Full code", "DNR/DNI", "DNR, OK to intubate"])))


@tpl("hc-hl7-adt", "healthcare", "structured", 5)
def hc_hl7_adt(d, r, i):
    pt, att, nok = V.person(r), V.person(r), V.person(r)
    a = V.address(r, 0.2)
    ts = "2024%02d%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    admit = V.recent(r)
    ev = pick(r, ["A01", "A04", "A08"])
    ph = V.phone(r, "plain")
    segs = [
        "MSH|^~\\&|EPICADT|STALDRIC|HUSHGW|ANALYTICS|%s||ADT^%s|MSG%s|P|2.5.1" % (ts, ev, V.digits(r, 6)),
        "EVN|%s|%s" % (ev, ts),
        "PID|1||%s^^^SAMC^MR||%s||%s|%s|||%s^^%s^%s^%s^USA||%s^PRN^PH||||||%s" % (
            d("MEDICAL_RECORD_NUMBER", V.mrn(r)), d("PERSON", pt.hl7), d("DATE_TIME", V.dob(r).fmt("hl7")),
            pick(r, "FM"), d("STREET_ADDRESS", a.street), a.town, a.state, d("US_ZIP_CODE", a.zip),
            d("PHONE_NUMBER", "(%s)%s-%s" % (ph[:3], ph[3:6], ph[6:])), d("US_SSN", V.ssn(r))),
        "NK1|1|%s|%s|||%s" % (d("PERSON", nok.hl7), pick(r, ["SPO", "DAU", "SON", "SIS"]),
                              d("PHONE_NUMBER", V.phone(r, "paren"))),
        "PV1|1|%s|4W^%d^%s|E|||%s^%s^%s^^^^MD|||MED||||1|||||%s||||||||||||||||||||||||%s" % (
            pick(r, "IE"), r.randint(401, 460), pick(r, "AB"), d("US_NPI", V.npi(r)),
            d("PERSON", "%s^%s" % (att.last.upper(), att.first.upper())), "", "V" + V.digits(r, 9),
            d("DATE_TIME", admit.fmt("hl7") + "%02d%02d" % (r.randint(0, 23), r.randint(0, 59)))),
        "IN1|1|%s|%s|%s||||||||||||||||||||||||||||||||||%s" % (
            pick(r, ["BCBS01", "KMH100", "MCR"]), "INS" + V.digits(r, 3), pick(r, V.INSURERS),
            d("HEALTH_PLAN_ID", V.health_plan_id(r))),
    ]
    intro = pick(r, ["Parse this HL7 message and return the patient demographics as JSON:\n\n",
                     "Why is our interface engine rejecting this ADT? Error says PID-11 malformed.\n```\n",
                     "Summarize the admission below for the bed board.\n\n"])
    sep = pick(r, ["\r\n", "\n"])
    body = sep.join(segs)
    if "```" in intro:
        body += "\n```"
    return intro + body


@tpl("hc-fhir-patient", "healthcare", "structured", 5)
def hc_fhir_patient(d, r, i):
    p = V.person(r)
    a = V.address(r, 0.3)
    gp = V.person(r)
    res = {
        "resourceType": "Patient",
        "id": V.uuid4(r),
        "identifier": [
            {"use": "usual", "type": {"text": "Medical Record Number"}, "system": "urn:oid:1.2.840.114350.1.13.861",
             "value": d("MEDICAL_RECORD_NUMBER", V.mrn(r))},
            {"type": {"text": "Medicare Beneficiary Identifier"}, "system": "urn:oid:2.16.840.1.113883.4.927",
             "value": d("US_MBI", V.mbi(r, dashed=False))},
        ],
        "name": [{"use": "official", "family": d("PERSON", p.last), "given": [d("PERSON", p.first)]}],
        "telecom": [{"system": "phone", "value": d("PHONE_NUMBER", V.phone(r)), "use": pick(r, ["home", "mobile"])},
                    {"system": "email", "value": d("EMAIL_ADDRESS", V.email_for(r, p))}],
        "gender": pick(r, ["female", "male"]),
        "birthDate": d("DATE_TIME", V.dob(r, old=True).fmt("iso")),
        "address": [{"line": [d("STREET_ADDRESS", a.street)], "city": a.town, "state": a.state,
                     "postalCode": d("US_ZIP_CODE", a.zip)}],
        "generalPractitioner": [{"display": "Dr. " + d("PERSON", gp.full)}],
    }
    inner = jd(res, indent=2 if i % 2 else None)
    if i % 2 == 0:
        # tool result in an OpenAI conversation: JSON inside a JSON string
        return openai_body(r, [
            {"role": "system", "content": "You reconcile patient demographics between two EHRs."},
            {"role": "user", "content": "Does this match what the clinic has on file?"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_" + V.alnum(r, 24), "type": "function",
                                                                 "function": {"name": "fhir_read", "arguments": jd({"resource": "Patient", "id": res["id"]})}}]},
            {"role": "tool", "tool_call_id": "call_" + V.alnum(r, 24), "content": inner}])
    return "Convert this FHIR Patient resource into a one-paragraph summary for the referral packet:\n\n" + inner


@tpl("hc-erx-tool-call", "healthcare", "structured", 5)
def hc_erx_tool_call(d, r, i):
    pt, pr = V.person(r), V.person(r)
    drug, dose = pick(r, V.DRUGS[:8] + [("oxycodone", "5 mg PO q6h PRN pain"), ("lorazepam", "0.5 mg PO qhs PRN"),
                                       ("hydrocodone-acetaminophen", "5-325 mg PO q6h PRN")])
    args = {"patient": {"name": d("PERSON", pt.full), "dob": d("DATE_TIME", V.dob(r).fmt("iso")),
                        "mrn": d("MEDICAL_RECORD_NUMBER", V.mrn(r))},
            "prescriber": {"name": d("PERSON", pr.full), "npi": d("US_NPI", V.npi(r)),
                           "dea": d("US_DEA", V.dea(r, pr.ascii_last))},
            "medication": drug, "sig": dose, "quantity": r.choice([14, 30, 60, 90]), "refills": r.randint(0, 3),
            "pharmacy_ncpdp": V.digits(r, 7)}
    resp = {"id": "chatcmpl-" + V.alnum(r, 29), "object": "chat.completion", "model": pick(r, MODELS),
            "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                "role": "assistant", "content": None, "tool_calls": [{
                    "id": "call_" + V.alnum(r, 24), "type": "function",
                    "function": {"name": "submit_eprescription", "arguments": jd(args)}}]}}]}
    lead = pick(r, ["", "Logged response from the e-Rx agent (req %s):\n" % V.uuid4(r),
                    "debug: model returned this, but the EPCS step failed. why?\n"])
    return lead + jd(resp, indent=pick(r, [None, 2]))


@tpl("hc-anthropic-scheduling", "healthcare", "structured", 5)
def hc_anthropic_scheduling(d, r, i):
    p = V.person(r)
    prov = V.person(r)
    appt = V.recent(r)
    slot = "%sT%02d:%s:00" % (appt.fmt("iso"), r.randint(8, 16), pick(r, ["00", "15", "30", "45"]))
    lookup = {"patient_name": d("PERSON", p.full), "phone": d("PHONE_NUMBER", V.phone(r, "e164")),
              "email": d("EMAIL_ADDRESS", V.email_for(r, p)), "member_id": d("HEALTH_PLAN_ID", V.health_plan_id(r)),
              "next_appointment": {"start": d("DATE_TIME", slot), "provider": "Dr. " + d("PERSON", prov.last),
                                   "location": pick(r, V.CLINICS)}}
    body = {"model": pick(r, CLAUDE), "max_tokens": 1024,
            "system": "You are a scheduling agent. Use tools; confirm changes with the patient.",
            "messages": [
                {"role": "user", "content": pick(r, ["can I move my appointment to the afternoon?",
                                                     "I need to reschedule, something came up at work",
                                                     "what time is my next visit"])},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_" + V.alnum(r, 24),
                                                   "name": "lookup_patient",
                                                   "input": {"phone": d("PHONE_NUMBER", V.phone(r, "e164"))}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_" + V.alnum(r, 24),
                                              "content": jd(lookup)}]}]}
    return jd(body, indent=pick(r, [None, 2]))


@tpl("hc-nurse-line-call", "healthcare", "transcript", 5)
def hc_nurse_line_call(d, r, i):
    caller, pt = V.person(r), V.person(r)
    agephr, age = age_phrase(d, r, old=i % 3 != 2)
    ts = [0]

    def t():
        ts[0] += r.randint(3, 19)
        return "[%02d:%02d]" % divmod(ts[0], 60)
    rel = pick(r, ["my dad", "my mother", "my grandmother", "my uncle"])
    lines = [
        "%s AGENT: Thank you for calling the nurse advice line, this call may be recorded. Who am I speaking with?" % t(),
        "%s CALLER: hi yes um this is %s, I'm calling about %s, %s. he's, she's %s" % (
            t(), d("PERSON", caller.full), rel, d("PERSON", pt.full), agephr),
        "%s AGENT: Okay. And can I get the patient's date of birth?" % t(),
        "%s CALLER: %s" % (t(), d("DATE_TIME", V.dob(r, old=age > 89).fmt(pick(r, ["long", "us_short"])))),
        "%s AGENT: And the member ID on the insurance card?" % t(),
        "%s CALLER: uh it's %s. or wait there's also the red white and blue card, that one says %s" % (
            t(), d("HEALTH_PLAN_ID", V.health_plan_id(r)), d("US_MBI", V.mbi(r, dashed=False))),
        "%s AGENT: Got it. What's going on today?" % t(),
        "%s CALLER: %s has been really confused since this morning and didn't eat breakfast, and the blood sugar "
        "machine said %d" % (t(), pick(r, ["she", "he"]), r.randint(48, 64)),
        "%s AGENT: I'm going to recommend the ED. What's a good callback number in case we get disconnected?" % t(),
        "%s CALLER: %s" % (t(), d("PHONE_NUMBER", V.endash(V.phone(r, "dash")) if i == 4 else V.phone(r, pick(r, ["dash", "plain"])))),
    ]
    return "\n".join(lines)


@tpl("hc-pharmacy-verify-call", "healthcare", "transcript", 5)
def hc_pharmacy_verify_call(d, r, i):
    pr, pt, tech = V.person(r), V.person(r), V.person(r)
    return ("Speaker 1: %s Pharmacy, this is %s.\n"
            "Speaker 2: Hi, this is Dr. %s's office calling to verify a controlled substance script for %s, date "
            "of birth %s.\n"
            "Speaker 1: Sure. Can you read me the prescriber's DEA number?\n"
            "Speaker 2: Yep, it's %s.\n"
            "Speaker 1: And NPI?\n"
            "Speaker 2: %s\n"
            "Speaker 1: Okay, that matches. The patient's phone on file is %s, is that still current?\n"
            "Speaker 2: Um, I think she changed it to %s.\n"
            "Speaker 1: Great, I'll update it. We'll have the %s ready after four.\n" % (
                pick(r, ["Cornerstone", "Main Street", "Valley Rx", "Harbor"]), d("PERSON", tech.first),
                d("PERSON", pr.last), d("PERSON", pt.full), d("DATE_TIME", V.dob(r).fmt("long")),
                d("US_DEA", V.dea(r, pr.ascii_last)), d("US_NPI", V.npi(r)), d("PHONE_NUMBER", V.phone(r)),
                d("PHONE_NUMBER", V.phone(r)), pick(r, ["oxycodone", "Adderall", "tramadol", "clonazepam"])))


@tpl("hc-intake-form-ocr", "healthcare", "form", 5)
def hc_intake_form_ocr(d, r, i):
    p, ec = V.person(r), V.person(r)
    a = V.address(r)
    st, dl = V.driver_license(r, a.state)
    ssn = V.ssn(r)
    if i == 3:
        ssn = V.nbhyph(ssn)
    lines = [
        pick(r, ["NEW PATIENT REGISTRATION", "Patient Information Form", "PATIENT DEMOGRAPHICS - PLEASE PRINT"]),
        "Name (Last, First, MI): %s %s" % (d("PERSON", p.last_first), p.middle),
        "Date of Birth: %s      Sex: [%s] M [%s] F" % (d("DATE_TIME", V.dob(r).fmt(pick(r, ["us", "dash_us"]))),
                                                     pick(r, "X "), pick(r, " X")),
        "SSN: %s" % d("US_SSN", ssn),
        "Street Address: %s" % d("STREET_ADDRESS", a.street),
        "City/State/Zip: %s, %s  %s" % (a.town, a.state, d("US_ZIP_CODE", a.zip)),
        "Home Ph: %s   Cell: %s" % (d("PHONE_NUMBER", V.phone(r, "paren")), d("PHONE_NUMBER", V.phone(r, "dash"))),
        "E-mail: %s" % d("EMAIL_ADDRESS", V.email_for(r, p)),
        "Driver's Lic # / State: %s / %s" % (d("US_DRIVER_LICENSE", dl), st),
        "Primary Ins: %s   Member ID: %s   Group #: %s" % (pick(r, V.INSURERS), d("HEALTH_PLAN_ID", V.health_plan_id(r)),
                                                        V.digits(r, 6)),
        "Emergency contact: %s (%s) %s" % (d("PERSON", ec.full), pick(r, ["spouse", "daughter", "friend", "son"]),
                                          d("PHONE_NUMBER", V.phone(r))),
        "Allergies: %s" % pick(r, ["NKDA", "PCN - hives", "sulfa, latex", "codeine (nausea)"]),
    ]
    text = "\n".join(lines)
    if r.random() < 0.5:
        text = text.replace(":", pick(r, [" :", ":", ";"]), 3)
    return pick(r, ["OCR output from scanned intake packet (page 1 of 3). Fill the registration JSON:\n\n",
                    "Extract fields from this form scan:\n", ""]) + text


@tpl("hc-es-nota-clinica", "healthcare", "note", 5)
def hc_es_nota_clinica(d, r, i):
    p = V.person(r, "hispanic")
    med = V.person(r)
    a = V.address(r)
    agephr_old = i % 2 == 0
    age = V.old_age(r) if agephr_old else V.young_age(r)
    agestr = d("AGE", str(age)) if age > 89 else str(age)
    return ("Resume esta nota en inglés para el médico de guardia:\n\n"
            "NOTA DE EVOLUCIÓN — %s\nPaciente: %s, %s años. Fecha de nacimiento: %s. N.º de historia clínica: %s.\n"
            "Domicilio: %s, %s. Teléfono de contacto (hija): %s.\n"
            "Acude el %s por disnea progresiva y edema en miembros inferiores. TA 158/92, FC 104, SatO2 91%%. "
            "Se inicia furosemida 40 mg IV. Valorado por la Dra. %s.\n" % (
                pick(r, V.CLINICS), d("PERSON", p.full), agestr, d("DATE_TIME", V.dob(r, agephr_old).fmt("slash_dmy")),
                d("MEDICAL_RECORD_NUMBER", V.mrn(r)), d("STREET_ADDRESS", a.street + ", " + a.city_line),
                d("US_ZIP_CODE", a.zip), d("PHONE_NUMBER", V.phone(r)),
                d("DATE_TIME", "%d de %s de %d" % (r.randint(1, 28), pick(r, ["enero", "marzo", "junio", "octubre"]),
                                                   r.randint(2023, 2025))),
                d("PERSON", med.full)))


@tpl("hc-ja-referral", "healthcare", "note", 5)
def hc_ja_referral(d, r, i):
    name = V.native_name(r, "ja")
    doc = V.native_name(r, "ja")
    dob = V.dob(r, old=i % 2 == 0)
    return ("以下の紹介状を英語に翻訳してください。\n\n診療情報提供書\n患者氏名：%s 様\n生年月日：%s\n"
            "カルテ番号：%s\n連絡先：%s\n\n%s 先生\n\n平素より大変お世話になっております。上記患者は%sより当院で2型糖尿病"
            "（E11.9）にて加療中ですが、HbA1c 9.2%%と血糖コントロール不良のため、精査加療をお願い申し上げます。\n"
            "現在の処方：メトホルミン 500mg 1日2回\n" % (
                d("PERSON", name), d("DATE_TIME", dob.fmt("ja")), d("MEDICAL_RECORD_NUMBER", V.digits(r, 8)),
                d("PHONE_NUMBER", V.intl_phone(r, "ja")), d("PERSON", doc), "2021年"))


@tpl("hc-de-arztbrief-email", "healthcare", "email", 5)
def hc_de_arztbrief_email(d, r, i):
    p = V.person(r, pick(r, ["anglo", "slavic", "irish_nordic"]))
    doc = V.person(r)
    return ("Betreff: Rückfrage Abrechnung – Patientin %s\n\nSehr geehrte Damen und Herren,\n\n"
            "für unsere Patientin %s (geb. %s, Versichertennummer %s) wurde die Rechnung vom letzten Quartal an die "
            "falsche Krankenkasse geschickt. Die Behandlung am %s erfolgte durch Dr. %s. Bitte erstatten Sie den "
            "Betrag auf das Konto der Patientin: IBAN %s, BIC %s.\n\nRückfragen gerne unter %s oder per Mail an %s.\n\n"
            "Mit freundlichen Grüßen\n%s\nPraxis am Nordhafen" % (
                d("PERSON", p.last), d("PERSON", p.full), d("DATE_TIME", V.dob(r).fmt("eu")),
                d("HEALTH_PLAN_ID", pick(r, "ABCDEFGHKLMNRSTWZ") + V.digits(r, 9)),
                d("DATE_TIME", V.recent(r).fmt("eu")), d("PERSON", doc.last),
                d("IBAN_CODE", V.iban(r, "DE")), d("SWIFT_CODE", V.swift(r, "DE")),
                d("PHONE_NUMBER", V.intl_phone(r, "de")), d("EMAIL_ADDRESS", V.email_for(r, doc, "praxis-nordhafen.de")),
                d("PERSON", V.person(r, "slavic").full)))


@tpl("hc-device-clinic-note", "healthcare", "note", 5)
def hc_device_clinic_note(d, r, i):
    p, ep = V.person(r), V.person(r)
    old = i != 4
    agephr, age = age_phrase(d, r, old=old)
    dev = pick(r, ["dual-chamber pacemaker", "ICD", "CRT-D", "leadless pacemaker"])
    return ("DEVICE CLINIC - REMOTE TRANSMISSION REVIEW\n%s, %s, DOB %s. %s implanted %s.\n"
            "Generator serial: %s. Home monitor (cellular) IMEI %s.\n"
            "Battery 7.9 yrs, RA/RV thresholds stable, 2 episodes AT/AF (longest 3 min), no VT. AP 34%% VP 8%%.\n"
            "Plan: no changes, next remote in 91 days. Notified daughter at %s. - %s, RN\n" % (
                d("PERSON", p.full), agephr, d("DATE_TIME", V.dob(r, old=age > 89).fmt("us")), dev,
                pick(r, ["2019", "in 2021", "3 years ago"]), d("DEVICE_ID", V.device_serial(r)),
                d("DEVICE_ID", V.imei(r)), d("PHONE_NUMBER", V.phone(r)), d("PERSON", ep.full)))


@tpl("hc-lab-export-csv", "healthcare", "structured", 5)
def hc_lab_export_csv(d, r, i):
    rows = ["mrn,patient_name,dob,collected,test,result,units,flag"]
    for _ in range(r.randint(3, 5)):
        p = V.person(r)
        lab = pick(r, V.LABS)
        val = V.lab_value(r, lab).split(" ")
        coll = V.recent(r)
        rows.append("%s,\"%s\",%s,%s %02d:%02d,%s,%s,%s,%s" % (
            d("MEDICAL_RECORD_NUMBER", V.mrn(r)), d("PERSON", p.last_first), d("DATE_TIME", V.dob(r).fmt("iso")),
            d("DATE_TIME", coll.fmt("iso")), r.randint(5, 22), r.randint(0, 59), lab[0], val[1], lab[1],
            pick(r, ["", "H", "L", ""])))
    return pick(r, ["Find any critical values in this export and draft a callback list:\n",
                    "which of these need a repeat draw?\n\n", "lab_results_%s.csv\n" % V.digits(r, 6)]) + "\n".join(rows)


@tpl("hc-billing-email", "healthcare", "email", 5)
def hc_billing_email(d, r, i):
    p, agent = V.person(r), V.person(r)
    dom = pick(r, V.COMPANY_DOMAINS[8:14])
    return ("From: %s\nTo: %s\nSubject: Re: Statement question - acct ending %s\n\nHi %s,\n\n"
            "I looked into the balance for your visit on %s. The claim (claim #%s) was billed to your secondary plan "
            "under member ID %s, but Medicare shows your MBI as %s, so the crossover never happened. I have "
            "resubmitted it; you can also view the updated statement at %s.\n\nIf you'd like to pay by phone, our line "
            "is %s.\n\nBest,\n%s\nPatient Financial Services\n%s" % (
                d("EMAIL_ADDRESS", "billing@" + dom), d("EMAIL_ADDRESS", V.email_for(r, p)), V.digits(r, 4),
                d("PERSON", p.first), d("DATE_TIME", V.recent(r).fmt("long")), V.digits(r, 11),
                d("HEALTH_PLAN_ID", V.health_plan_id(r)), d("US_MBI", V.mbi(r)), d("URL", V.url_for(r, dom, "portal")),
                d("PHONE_NUMBER", V.phone(r)), d("PERSON", agent.full), d("URL", "https://www." + dom)))


@tpl("hc-telehealth-log", "healthcare", "structured", 5)
def hc_telehealth_log(d, r, i):
    p = V.person(r)
    lines = []
    base = "2025-%02d-%02dT%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    ip = V.ipv4(r, private=False)
    em = V.email_for(r, p)
    tok = V.jwt(r, {"sub": "pt_" + V.digits(r, 7), "role": "patient"})
    lines.append(jd({"ts": base + ":01.113Z", "level": "info", "msg": "session.start", "user": d("EMAIL_ADDRESS", em),
                     "client_ip": d("IP_ADDRESS", ip), "device": {"imei": d("DEVICE_ID", V.imei(r)),
                                                                 "os": "Android 14"}}))
    lines.append(jd({"ts": base + ":02.480Z", "level": "debug", "msg": "auth.header",
                     "authorization": "Bearer " + d("JWT", tok)}))
    lines.append(jd({"ts": base + ":09.002Z", "level": "warn", "msg": "video.reconnect", "client_ip": d("IP_ADDRESS", ip),
                     "visit_id": V.uuid4(r), "provider": d("PERSON", V.person(r).full)}))
    lines.append(jd({"ts": base + ":44.871Z", "level": "error", "msg": "ehr.writeback.failed",
                     "patient_mrn": d("MEDICAL_RECORD_NUMBER", V.mrn(r)), "status": 502}))
    return pick(r, ["Here are the logs from the failed visit. What went wrong?\n\n", "triage these logs:\n",
                    ""]) + "\n".join(lines)


@tpl("hc-ehr-client-code", "healthcare", "code", 5)
def hc_ehr_client_code(d, r, i):
    host = V.url_for(r, pick(r, V.COMPANY_DOMAINS[8:14]), "api")
    p = V.person(r)
    if i % 2 == 0:
        return ("I'm getting 401 from the EHR sandbox, here's my client. What am I doing wrong?\n\n```python\nimport requests\n\n"
                "BASE_URL = \"%s\"\nCLIENT_ID = \"svc-intake-%s\"\nCLIENT_SECRET = \"%s\"\n\n\ndef get_patient(mrn):\n"
                "    tok = requests.post(BASE_URL + \"/oauth2/token\", data={\"grant_type\": \"client_credentials\",\n"
                "        \"client_id\": CLIENT_ID, \"client_secret\": CLIENT_SECRET}).json()[\"access_token\"]\n"
                "    return requests.get(f\"{BASE_URL}/Patient?identifier={mrn}\", headers={\"Authorization\": f\"Bearer {tok}\"})\n\n"
                "print(get_patient(\"%s\").json())  # %s\n```" % (
                    d("URL", host), V.hexs(r, 6), d("HIGH_ENTROPY_SECRET", pick(r, [V.hexs(r, 64), V.alnum(r, 40)])),
                    d("MEDICAL_RECORD_NUMBER", V.mrn(r)), d("PERSON", p.full)))
    key = V.private_key(r, "RSA PRIVATE KEY")
    return ("// backend-services auth for the FHIR bulk export (SMART)\nconst jwt = require('jsonwebtoken');\n"
            "const PRIVATE_KEY = `%s`;\nconst TOKEN_URL = '%s';\nconst OPENAI_API_KEY = '%s';\n"
            "// TODO remove: test patient %s DOB %s\n" % (
                d("PRIVATE_KEY", key), d("URL", host.rsplit("/", 1)[0] + "/oauth2/token"),
                d("API_KEY", V.api_key(r, "openai")), d("PERSON", p.full), d("DATE_TIME", V.dob(r).fmt("us"))))


@tpl("hc-handoff-chat", "healthcare", "chat", 5)
def hc_handoff_chat(d, r, i):
    pts = [V.person(r) for _ in range(r.randint(2, 3))]
    bits = []
    for j, p in enumerate(pts):
        agephr, age = age_phrase(d, r, old=(j == 0))
        bits.append("rm %d %s %s, %s, MRN %s — %s" % (
            r.randint(301, 340), pick(r, ["Mr.", "Mrs.", "Ms.", ""]) if r.random() < 0.5 else "",
            d("PERSON", p.last if r.random() < 0.5 else p.full), agephr, d("MEDICAL_RECORD_NUMBER", V.mrn(r)),
            pick(r, ["post-op day 2 hip, pain controlled, PT today", "CHF, net -1.2L, K 3.4 repleted",
                     "CAP on ceftriaxone, afebrile 24h", "fall risk, sitter at night, delirium improving",
                     "GI bleed, Hgb 7.6 -> 8.4 after 1u PRBC"])))
    bits = [b.replace("  ", " ") for b in bits]
    turns = [("user", "turn these into a clean SBAR handoff for night shift:\n" + "\n".join(bits)),
             ("assistant", "Sure - before I start, do you want one SBAR per patient or a combined table?"),
             ("user", choose(r, lambda: "one per patient. also charge nurse is %s, ext %d" % (
                 d("PERSON", V.person(r).first), r.randint(4000, 4999)),
                 lambda: "per patient pls", lambda: "table is fine"))]
    return role_lines(r, turns)


@tpl("hc-prior-auth-form", "healthcare", "form", 5)
def hc_prior_auth_form(d, r, i):
    p, pr = V.person(r), V.person(r)
    return ("PRIOR AUTHORIZATION REQUEST — %s\n"
            "Section A: Member\n  Member name: %s\n  DOB: %s\n  Member ID: %s\n  Medicare ID (MBI): %s\n"
            "Section B: Prescriber\n  Name: %s, MD\n  NPI: %s    DEA: %s\n  Phone: %s   Fax: %s\n"
            "Section C: Medication\n  Drug: %s   Qty: %d   Dx: %s\n  Previous therapies tried: %s\n"
            "Please draft the medical-necessity justification paragraph." % (
                pick(r, V.INSURERS), d("PERSON", p.full), d("DATE_TIME", V.dob(r, True).fmt("us")),
                d("HEALTH_PLAN_ID", V.health_plan_id(r)), d("US_MBI", V.mbi(r)), d("PERSON", pr.full),
                d("US_NPI", V.npi(r)), d("US_DEA", V.dea(r, pr.ascii_last)), d("PHONE_NUMBER", V.phone(r)),
                d("PHONE_NUMBER", V.phone(r)), pick(r, ["buprenorphine 8 mg SL film", "methylphenidate ER 36 mg",
                                                        "testosterone cypionate 200 mg/mL", "pregabalin 75 mg"]),
                r.choice([30, 60, 90]), pick(r, V.ICD10), pick(r, ["gabapentin, duloxetine", "atomoxetine",
                                                                   "none", "naltrexone"])))


@tpl("hc-ems-run-report", "healthcare", "note", 5)
def hc_ems_run_report(d, r, i):
    p = V.person(r)
    a = V.address(r)
    old = i % 2 == 1
    age = V.old_age(r) if old else V.young_age(r)
    return ("PCR #%s  Unit M%d\nDispatched: MVC, 2 vehicles. Pt %s, %s %s, DOB %s, restrained driver of vehicle VIN "
            "%s, airbag deployed. Found at %s %s. GCS 15, c/o neck pain, c-collar applied. BP 142/88 HR 96. "
            "Transported to %s. Pt's DL %s (%s) bagged with belongings.\nRewrite this as a concise narrative for the "
            "ePCR.\n" % (
                V.digits(r, 8), r.randint(10, 59), d("PERSON", p.upper), d("AGE", str(age)) if age > 89 else str(age),
                pick(r, ["F", "M", "yo F", "yo M"]), d("DATE_TIME", V.dob(r, old).fmt("us")), d("VEHICLE_ID", V.vin(r)),
                d("STREET_ADDRESS", a.street + ", " + a.city_line), d("US_ZIP_CODE", a.zip), pick(r, V.CLINICS),
                a.state, d("US_DRIVER_LICENSE", V.driver_license(r, a.state)[1])))


@tpl("hc-fr-courrier", "healthcare", "email", 4)
def hc_fr_courrier(d, r, i):
    p = V.person(r, pick(r, ["southern_eu", "arabic", "african"]))
    doc = V.person(r)
    return ("Objet : Compte rendu de consultation – %s\n\nChère Consœur, cher Confrère,\n\nJ'ai revu en consultation le "
            "%s Mme/M. %s, né(e) le %s, pour le suivi de son insuffisance rénale chronique (DFG 38). "
            "Je propose de majorer le furosémide à 40 mg/j. Vous pouvez me joindre au %s ou par courriel : %s.\n\n"
            "Bien confraternellement,\nDr %s" % (
                d("PERSON", p.last.upper()), d("DATE_TIME", V.recent(r).fmt("slash_dmy")), d("PERSON", p.full),
                d("DATE_TIME", V.dob(r).fmt("slash_dmy")), d("PHONE_NUMBER", V.intl_phone(r, "fr")),
                d("EMAIL_ADDRESS", V.email_for(r, doc, "chu-valdorne.fr")), d("PERSON", doc.full)))


@tpl("hc-zh-family-chat", "healthcare", "chat", 5)
def hc_zh_family_chat(d, r, i):
    name = V.native_name(r, "zh")
    age = V.old_age(r)
    return openai_body(r, [
        {"role": "system", "content": "你是一名医疗助理，请用简体中文回答。"},
        {"role": "user", "content": "我父亲%s今年%s岁了，住在养老院。最近总是夜里咳嗽，医生开了%s。他的病历号是%s，"
                                    "养老院护士的电话是%s。请问这个药和他正在吃的华法林有没有相互作用？" % (
                                        d("PERSON", name), d("AGE", str(age)), pick(r, ["阿奇霉素", "左氧氟沙星", "克拉霉素"]),
                                        d("MEDICAL_RECORD_NUMBER", V.mrn(r)), d("PHONE_NUMBER", V.intl_phone(r, "zh")))}])


@tpl("hc-sms-reminder-batch", "healthcare", "structured", 4)
def hc_sms_reminder_batch(d, r, i):
    items = []
    for _ in range(r.randint(2, 4)):
        p = V.person(r)
        items.append({"to": d("PHONE_NUMBER", V.phone(r, "e164")), "first_name": d("PERSON", p.first),
                      "appt": d("DATE_TIME", "%s %d:%s %s" % (V.recent(r).fmt("us"), r.randint(1, 11),
                                                              pick(r, ["00", "30", "15"]), pick(r, ["AM", "PM"]))),
                      "clinic": pick(r, V.CLINICS)})
    return ("Rewrite each reminder so it's friendly and under 160 chars. Keep the placeholders.\n"
            "Template: \"Hi {first_name}, reminder: {clinic} appt {appt}. Reply C to confirm.\"\n\n" + jd(items, indent=1))


@tpl("hc-ko-caregiver-email", "healthcare", "email", 4)
def hc_ko_caregiver_email(d, r, i):
    name = V.native_name(r, "ko")
    return ("제목: 어머니 진료 기록 요청\n\n안녕하세요,\n저는 %s 님의 딸입니다. 어머니는 올해 %s세이시고 생년월일은 %s입니다. "
            "지난달 %s 외래 진료 기록과 검사 결과지를 이메일(%s)로 보내주실 수 있을까요? 등록번호는 %s입니다.\n"
            "연락처: %s\n감사합니다." % (
                d("PERSON", name), d("AGE", str(V.old_age(r))), d("DATE_TIME", V.dob(r, True).fmt("iso")),
                pick(r, ["순환기내과", "신경과", "내분비내과"]), d("EMAIL_ADDRESS", "%s%d@%s" % (
                    pick(r, ["minji", "seoyeon", "hana", "jiwoo"]), r.randint(10, 99), pick(r, ["naver.com", "daum.net", "gmail.com"]))),
                d("MEDICAL_RECORD_NUMBER", V.digits(r, 8)), d("PHONE_NUMBER", V.intl_phone(r, "ko"))))


# =============================================================================
# FINANCE
# =============================================================================

@tpl("fin-dispute-chat", "finance", "chat", 5)
def fin_dispute_chat(d, r, i):
    p = V.person(r)
    pan = V.credit_card(r)
    card = V.card_fmt(r, pan)
    if i == 2:
        card = V.fullwidth(card)
    sys_m = "You are a card-services assistant for %s. Collect dispute details; never ask for a PIN." % pick(r, V.BANKS)[0]
    msgs = [{"role": "system", "content": sys_m},
            {"role": "user", "content": choose(r,
                lambda: "there's a charge for $%d.%02d from STEAMGAMES that I didn't make. card is %s exp %s cvv %s. "
                "I'm %s" % (r.randint(20, 400), r.randint(0, 99), d("CREDIT_CARD", card), V.expiry(r),
                            d("CARD_SECURITY_CODE", V.cvv(r, pan)), d("PERSON", p.full)),
                lambda: "Hi, %s here. My card %s was charged twice at a hotel. Security code on the back is %s if you need it. "
                "You can reach me at %s." % (d("PERSON", p.full), d("CREDIT_CARD", card),
                                            d("CARD_SECURITY_CODE", V.cvv(r, pan)), d("EMAIL_ADDRESS", V.email_for(r, p))),
            )},
            {"role": "assistant", "content": "I'm sorry about that. For your security, please don't share the full "
                                             "card number or CVV here. Can you confirm the billing ZIP code?"},
            {"role": "user", "content": choose(
                r, lambda: d("US_ZIP_CODE", V.address(r).zip), lambda: "zip is " + d("US_ZIP_CODE", V.address(r).zip),
                lambda: "%s, and my phone is %s" % (d("US_ZIP_CODE", V.address(r).zip), d("PHONE_NUMBER", V.phone(r))))}]
    return openai_body(r, msgs)


@tpl("fin-wire-email", "finance", "email", 5)
def fin_wire_email(d, r, i):
    sender, benef = V.person(r), V.person(r)
    cc = pick(r, ["GB", "DE", "FR", "NL", "CH", "ES", "IE", "BE"])
    dom = pick(r, V.COMPANY_DOMAINS[:8])
    bank = V.FOREIGN_BANKS[cc]
    intro = pick(r, ["Can you check this email for signs of payment fraud before I send the wire?\n\n",
                     "Draft a polite reply confirming receipt of these instructions:\n\n", ""])
    body = ("From: %s\nTo: %s\nSubject: %s\n\nHello %s,\n\nPlease use the following details for invoice INV-%s "
            "(EUR %d,%03d.00):\n\nBeneficiary: %s\nIBAN: %s\nBIC/SWIFT: %s\nBank: %s\n\n"
            "For USD payments use our US correspondent: %s, ABA %s, account %s.\n\n"
            "Regards,\n%s\n%s" % (
                d("EMAIL_ADDRESS", V.email_for(r, benef, dom)), d("EMAIL_ADDRESS", "ap@" + pick(r, V.COMPANY_DOMAINS)),
                pick(r, ["Updated bank details", "RE: payment instructions", "Wire info - URGENT"]),
                d("PERSON", sender.first), V.digits(r, 5), r.randint(2, 98), r.randint(0, 999),
                d("PERSON", benef.full), d("IBAN_CODE", V.iban(r, cc)), d("SWIFT_CODE", V.swift(r, cc)), bank,
                pick(r, V.BANKS)[0], d("US_ROUTING_NUMBER", V.routing(r)), d("US_BANK_ACCOUNT", V.bank_account(r)),
                d("PERSON", benef.full), d("PHONE_NUMBER", V.phone(r, "plus"))))
    return intro + body


@tpl("fin-direct-deposit-form", "finance", "form", 5)
def fin_direct_deposit_form(d, r, i):
    p = V.person(r)
    a = V.address(r)
    bank = pick(r, V.BANKS)[0]
    tin = d("US_ITIN", V.itin(r)) if i % 3 == 2 else d("US_SSN", V.ssn(r))
    layout = i % 2
    if layout == 0:
        return ("DIRECT DEPOSIT AUTHORIZATION\nEmployee Name: %s\nSSN/ITIN: %s\nHome Address: %s, %s %s\n"
                "Bank Name: %s\nRouting Number: %s\nAccount Number: %s   [x] Checking  [ ] Savings\n"
                "Deposit: 100%% of net pay\nEmployee signature: ____________\n\nCan you tell me if anything is "
                "missing before I upload this to payroll?" % (
                    d("PERSON", p.full), tin, d("STREET_ADDRESS", a.street), a.city_line, d("US_ZIP_CODE", a.zip),
                    bank, d("US_ROUTING_NUMBER", V.routing(r)), d("US_BANK_ACCOUNT", V.bank_account(r))))
    return ("| Field | Value |\n|---|---|\n| Name | %s |\n| Taxpayer ID | %s |\n| Street | %s |\n| City/State | %s |\n"
            "| ZIP | %s |\n| Bank | %s |\n| ABA | %s |\n| Acct # | %s |\n| Phone | %s |\n\nConvert to the ADP import "
            "format." % (d("PERSON", p.last_first), tin, d("STREET_ADDRESS", a.street), a.city_line,
                         d("US_ZIP_CODE", a.zip), bank, d("US_ROUTING_NUMBER", V.routing(r)),
                         d("US_BANK_ACCOUNT", V.bank_account(r)), d("PHONE_NUMBER", V.phone(r))))


@tpl("fin-tax-prep-chat", "finance", "chat", 5)
def fin_tax_prep_chat(d, r, i):
    p, spouse, kid = V.person(r), V.person(r), V.person(r)
    a = V.address(r)
    turns = [("user", "I'm filing jointly this year. My ITIN is %s and my wife %s has SSN %s. We have one "
                      "dependent, %s, born %s, SSN %s. Do we qualify for the child tax credit if I only have an ITIN?" % (
                          d("US_ITIN", V.itin(r, pick(r, ["-", "-", " "]))), d("PERSON", spouse.first),
                          d("US_SSN", V.ssn(r)), d("PERSON", kid.first + " " + p.last),
                          d("DATE_TIME", V.date(r, 2012, 2022).fmt("us")), d("US_SSN", V.ssn(r)))),
             ("assistant", "Thanks. Generally the child needs an SSN valid for employment, which you have. "
                           "What's your filing address so I can check state credits?"),
             ("user", "%s %s" % (d("STREET_ADDRESS", a.street + ", " + a.city_line), d("US_ZIP_CODE", a.zip)))]
    if i % 2:
        return role_lines(r, turns)
    return openai_body(r, [{"role": t, "content": c} for t, c in turns])


@tpl("fin-pos-debug-log", "finance", "structured", 5)
def fin_pos_debug_log(d, r, i):
    lines = []
    t = "2025-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(8, 21), r.randint(0, 59), r.randint(0, 59))
    term_ip = V.ipv4(r, private=True)
    for k in range(2):
        pan = V.credit_card(r, pick(r, ["visa", "mc", "disc"]))
        p = V.person(r)
        lines.append("%s.%03d DEBUG [pos-%d] host=%s MSR raw read: %s" % (
            t, r.randint(0, 999), r.randint(1, 9), d("IP_ADDRESS", term_ip),
            d("CARD_TRACK_DATA", V.track1(r, pan, p) if k == 0 else V.track2(r, pan))))
        lines.append("%s.%03d INFO  [pos-%d] auth req amt=%d.%02d pan=****%s stan=%s" % (
            t, r.randint(0, 999), r.randint(1, 9), r.randint(3, 250), r.randint(0, 99), pan[-4:], V.digits(r, 6)))
        lines.append("%s.%03d WARN  [pos-%d] host %s timeout after 30000ms, retrying" % (
            t, r.randint(0, 999), r.randint(1, 9), d("IP_ADDRESS", V.ipv4(r, private=False))))
    intro = pick(r, ["Our card reader keeps timing out. Here's the debug log, what's the issue?\n\n",
                     "summarize the errors:\n", "```\n"])
    return intro + "\n".join(lines) + ("\n```" if intro.startswith("```") else "")


@tpl("fin-charge-tool-call", "finance", "structured", 5)
def fin_charge_tool_call(d, r, i):
    p = V.person(r)
    pan = V.credit_card(r)
    a = V.address(r)
    args = {"customer_name": d("PERSON", p.full), "card_number": d("CREDIT_CARD", pan),
            "exp": V.expiry(r), "cvc": d("CARD_SECURITY_CODE", V.cvv(r, pan)), "billing_zip": d("US_ZIP_CODE", a.zip),
            "email": d("EMAIL_ADDRESS", V.email_for(r, p)), "amount_cents": r.randint(500, 90000), "currency": "usd"}
    if i % 2 == 0:
        msg = {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_" + V.alnum(r, 24), "type": "function",
             "function": {"name": "create_charge", "arguments": jd(args)}}]}
        return jd({"model": pick(r, MODELS), "messages": [
            {"role": "user", "content": "book the premium plan for me, use the card I gave you earlier"}, msg]},
            indent=pick(r, [None, 2]))
    return jd({"model": pick(r, CLAUDE), "max_tokens": 512, "messages": [
        {"role": "user", "content": "Please renew my subscription."},
        {"role": "assistant", "content": [{"type": "text", "text": "Processing the renewal now."},
                                          {"type": "tool_use", "id": "toolu_" + V.alnum(r, 24), "name": "charge_card",
                                           "input": args}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_x", "content":
            jd({"status": "declined", "reason": "incorrect_cvc", "retryable": True})}]}]})


@tpl("fin-loan-call-transcript", "finance", "transcript", 5)
def fin_loan_call_transcript(d, r, i):
    p, rep = V.person(r), V.person(r)
    a = V.address(r)
    st, dl = V.driver_license(r, a.state)
    ssn = V.ssn(r, pick(r, [" ", "-", ""]))
    if i == 0:
        ssn = V.zwj(ssn, r)
    taxid = d("US_ITIN", V.itin(r, " ")) if i % 3 == 1 else d("US_SSN", ssn)
    lines = [
        "Agent (%s): Thanks for calling %s lending, this is %s. Can I get your full name?" % (
            d("PERSON", rep.first), pick(r, V.BANKS)[0], d("PERSON", rep.first)),
        "Customer: Yeah it's %s." % d("PERSON", p.full),
        "Agent: And to verify, your social or tax ID number?",
        "Customer: %s" % taxid,
        "Agent: Date of birth?",
        "Customer: %s" % d("DATE_TIME", V.dob(r).fmt(pick(r, ["long", "us_short"]))),
        "Agent: Current address?",
        "Customer: %s, uh, %s" % (d("STREET_ADDRESS", a.street + " " + a.city_line), d("US_ZIP_CODE", a.zip)),
        "Agent: I'll also need your driver's license number for the ID check.",
        "Customer: okay it's %s, %s" % (d("US_DRIVER_LICENSE", dl), st),
        "Agent: Employer and annual income?",
        "Customer: %s, about %d thousand." % (pick(r, V.EMPLOYERS), r.randint(38, 180)),
    ]
    return ("Transcript (auto-generated, may contain errors). Summarize the application and list missing items.\n\n"
            + "\n".join(lines))


@tpl("fin-kyc-record", "finance", "structured", 5)
def fin_kyc_record(d, r, i):
    p = V.person(r)
    a = V.address(r)
    rec = {"applicant": {"first_name": d("PERSON", p.first), "last_name": d("PERSON", p.last),
                         "dob": d("DATE_TIME", V.dob(r).fmt("iso")), "ssn": d("US_SSN", V.ssn(r)),
                         "passport": {"number": d("US_PASSPORT", V.passport(r)), "country": "USA",
                                      "expires": "20%d-%02d-01" % (r.randint(27, 34), r.randint(1, 12))},
                         "phone": d("PHONE_NUMBER", V.phone(r, "e164")), "email": d("EMAIL_ADDRESS", V.email_for(r, p))},
           "address": {"line1": d("STREET_ADDRESS", a.street), "city": a.town, "state": a.state,
                       "zip": d("US_ZIP_CODE", a.zip)},
           "funding": {"routing": d("US_ROUTING_NUMBER", V.routing(r)), "account": d("US_BANK_ACCOUNT", V.bank_account(r))},
           "risk": {"pep": False, "sanctions_hit": False, "score": round(r.uniform(0.01, 0.4), 3)},
           "session_ip": d("IP_ADDRESS", V.ipv4(r, private=False))}
    return (pick(r, ["Review this KYC payload and list any fields that look inconsistent:\n",
                     "Generate an onboarding decision memo from:\n"]) + jd(rec, indent=2))


@tpl("fin-stripe-webhook-code", "finance", "code", 5)
def fin_stripe_webhook_code(d, r, i):
    p = V.person(r)
    return ("why does constructEvent throw 'No signatures found matching the expected signature'?\n\n```js\n"
            "const stripe = require('stripe')('%s');\nconst endpointSecret = '%s';\n\n"
            "app.post('/webhook', express.json(), (req, res) => {\n  const sig = req.headers['stripe-signature'];\n"
            "  let event;\n  try {\n    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);\n"
            "  } catch (err) {\n    console.log(err.message);\n    return res.status(400).send();\n  }\n"
            "  // test customer: %s <%s>\n  res.json({received: true});\n});\n```\nthe endpoint is %s" % (
                d("API_KEY", V.api_key(r, pick(r, ["stripe", "stripe_rk"]))),
                d("HIGH_ENTROPY_SECRET", "whsec_" + V.alnum(r, 32)), d("PERSON", p.full),
                d("EMAIL_ADDRESS", V.email_for(r, p)), d("URL", "https://%s%s/stripe/webhook" % (
                    pick(r, ["api.", "", "hooks."]), pick(r, V.COMPANY_DOMAINS[:8])))))


@tpl("fin-payroll-csv", "finance", "structured", 5)
def fin_payroll_csv(d, r, i):
    rows = ["emp_id;name;tax_id;routing;account;net_pay"]
    for k in range(r.randint(3, 5)):
        p = V.person(r)
        tid = d("US_ITIN", V.itin(r)) if (k + i) % 3 == 0 else d("US_SSN", V.ssn(r))
        rows.append("E%s;%s;%s;%s;%s;%d.%02d" % (V.digits(r, 5), d("PERSON", p.full), tid, d("US_ROUTING_NUMBER", V.routing(r)),
                                               d("US_BANK_ACCOUNT", V.bank_account(r)), r.randint(900, 6800), r.randint(0, 99)))
    return ("Payroll run %s failed validation on two rows. Find which rows and why:\n\n" % V.digits(r, 6) + "\n".join(rows))


@tpl("fin-pt-email-transferencia", "finance", "email", 5)
def fin_pt_email(d, r, i):
    p = V.person(r, pick(r, ["southern_eu", "hispanic", "african"]))
    return ("Assunto: Dados para transferência\n\nOlá,\n\nSegue os meus dados bancários para o reembolso:\n"
            "Titular: %s\nIBAN: %s\nBIC/SWIFT: %s\nTelemóvel: %s\nE-mail: %s\n\nObrigado,\n%s\n\n"
            "---\nTraduza para inglês e verifique se o IBAN tem o formato certo." % (
                d("PERSON", p.full), d("IBAN_CODE", V.iban(r, "PT")), d("SWIFT_CODE", V.swift(r, "PT")),
                d("PHONE_NUMBER", V.intl_phone(r, pick(r, ["pt", "br"]))), d("EMAIL_ADDRESS", V.email_for(r, p, "sapo.pt")),
                d("PERSON", p.first)))


@tpl("fin-ru-card-chat", "finance", "chat", 5)
def fin_ru_card_chat(d, r, i):
    name = V.native_name(r, "ru")
    pan = V.credit_card(r, pick(r, ["visa", "mc"]))
    return role_lines(r, [
        ("user", "Здравствуйте! Меня зовут %s. С моей карты %s списали деньги дважды. CVC %s, телефон %s. "
                 "Помогите составить жалобу в банк." % (d("PERSON", name), d("CREDIT_CARD", V.card_fmt(r, pan)),
                                                      d("CARD_SECURITY_CODE", V.cvv(r, pan)),
                                                      d("PHONE_NUMBER", V.intl_phone(r, "ru")))),
        ("assistant", "Конечно. Пожалуйста, не публикуйте CVC — он банку не нужен для жалобы.")])


@tpl("fin-auto-loan-note", "finance", "note", 5)
def fin_auto_loan_note(d, r, i):
    p = V.person(r)
    a = V.address(r)
    st, dl = V.driver_license(r, a.state)
    return ("Underwriter notes - app #%s\nApplicant: %s, DL %s %s, DOB %s\nCollateral: %d %s, VIN %s, %d mi\n"
            "Residence: %s %s (own, 6 yrs)\nIncome verified via paystubs (%s). DTI 31%%. LTV 92%%.\n"
            "Cell %s. Recommend approve w/ GAP.\n\nTurn this into a credit memo." % (
                V.digits(r, 7), d("PERSON", p.full), st, d("US_DRIVER_LICENSE", dl), d("DATE_TIME", V.dob(r).fmt("us")),
                r.randint(2017, 2024), pick(r, ["Honda CR-V EX", "Ford F-150 XLT", "Toyota Camry SE", "Tesla Model Y",
                                                "Kia Telluride S"]),
                d("VEHICLE_ID", V.vin(r)), r.randint(8000, 90000), d("STREET_ADDRESS", a.street + ", " + a.city_line),
                d("US_ZIP_CODE", a.zip), pick(r, V.EMPLOYERS), d("PHONE_NUMBER", V.phone(r))))


@tpl("fin-fraud-ticket", "finance", "note", 5)
def fin_fraud_ticket(d, r, i):
    p = V.person(r)
    pan = V.credit_card(r)
    card = V.card_fmt(r, pan, "dash")
    if i == 1:
        card = V.nbhyph(card)
    return ("FRAUD-%s | priority: high\nCustomer: %s (%s)\nSummary: ATO suspected. 3 logins from new device "
            "(IMEI %s) at IP %s then %s within 10 min. Card %s added to wallet, then $%d gift card purchase.\n"
            "Raw swipe from the merchant dispute file: %s\nActions: card blocked, customer called at %s.\n"
            "Ask: draft the SAR narrative." % (
                V.digits(r, 6), d("PERSON", p.full), d("EMAIL_ADDRESS", V.email_for(r, p)), d("DEVICE_ID", V.imei(r)),
                d("IP_ADDRESS", V.ipv4(r, False)), d("IP_ADDRESS", V.ipv4(r, False)), d("CREDIT_CARD", card),
                r.randint(200, 2000), d("CARD_TRACK_DATA", V.track2(r, V.credit_card(r))), d("PHONE_NUMBER", V.phone(r))))


@tpl("fin-ar-email-hawala", "finance", "email", 5)
def fin_ar_email(d, r, i):
    name = V.native_name(r, "ar")
    cc = pick(r, ["SA", "AE"])
    return ("الموضوع: بيانات التحويل البنكي\n\nالسلام عليكم،\nأرجو تحويل المبلغ إلى الحساب التالي:\nاسم المستفيد: %s\n"
            "رقم الآيبان: %s\nرمز السويفت: %s\nرقم الجوال: %s\n\nمع الشكر\n\n(ترجم هذا البريد إلى الإنجليزية)" % (
                d("PERSON", name), d("IBAN_CODE", V.iban(r, cc)), d("SWIFT_CODE", V.swift(r, cc)),
                d("PHONE_NUMBER", V.intl_phone(r, "ar"))))


@tpl("fin-it-bonifico-form", "finance", "form", 4)
def fin_it_bonifico_form(d, r, i):
    p = V.person(r, "southern_eu")
    return ("MODULO BONIFICO SEPA\nOrdinante: %s\nIBAN ordinante: %s\nBeneficiario: %s\nIBAN beneficiario: %s\n"
            "BIC: %s\nImporto: EUR %d,%02d\nCausale: saldo fattura n. %s\n\nControlla che i campi siano completi." % (
                d("PERSON", p.full), d("IBAN_CODE", V.iban(r, "IT")), d("PERSON", V.person(r).full),
                d("IBAN_CODE", V.iban(r, pick(r, ["IT", "FR", "DE", "AT"]))), d("SWIFT_CODE", V.swift(r, "IT")),
                r.randint(50, 9000), r.randint(0, 99), V.digits(r, 4)))


@tpl("fin-tr-el-transfer-chat", "finance", "chat", 4)
def fin_tr_el_chat(d, r, i):
    if i % 2 == 0:
        return chatml([("user", "Merhaba, %s adına kayıtlı hesabıma para gönderilecek. IBAN: %s, SWIFT: %s. "
                                "Bu bilgileri İngilizce bir e-postaya dönüştür." % (
                                    d("PERSON", "Zeynep " + pick(r, ["Yıldız", "Öztürk", "Aydın"])),
                                    d("IBAN_CODE", V.iban(r, "TR")), d("SWIFT_CODE", V.swift(r, "TR"))))])
    return chatml([("user", "Γεια σας, είμαι η %s. Ο λογαριασμός μου: IBAN %s, BIC %s, τηλέφωνο %s. "
                            "Γράψε μου ένα σύντομο email προς το λογιστήριο." % (
                                d("PERSON", V.native_name(r, "el")), d("IBAN_CODE", V.iban(r, "GR")),
                                d("SWIFT_CODE", V.swift(r, "GR")), d("PHONE_NUMBER", V.intl_phone(r, "el"))))])


# =============================================================================
# GENERAL
# =============================================================================

@tpl("gen-devops-debug-chat", "general", "chat", 5)
def gen_devops_debug_chat(d, r, i):
    ip = V.ipv4(r, private=True)
    user_msg = ("boto3 keeps saying InvalidClientTokenId. here is my config, pls help\n\n"
                "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = us-east-2\n\n"
                "and the db: host %s user app_rw password %s\n" % (
                    d("API_KEY", V.api_key(r, "aws")), d("HIGH_ENTROPY_SECRET", V.aws_secret(r)),
                    d("IP_ADDRESS", ip), d("PASSWORD", V.password(r))))
    if i % 3 == 1:
        user_msg = user_msg.rstrip("\n") + "\nhealth check %s returns 503 too" % d("URL", V.url_for(r, kind="api"))
    if i % 2:
        return role_lines(r, [("user", user_msg.strip())])
    return openai_body(r, [{"role": "system", "content": "You are a senior SRE. Be concise."},
                           {"role": "user", "content": user_msg}])


@tpl("gen-dotenv-file", "general", "code", 5)
def gen_dotenv_file(d, r, i):
    lines = ["# .env.production  (do not commit!)", "NODE_ENV=production",
             "OPENAI_API_KEY=%s" % d("API_KEY", V.api_key(r, "openai")),
             "ANTHROPIC_API_KEY=%s" % d("API_KEY", V.api_key(r, "anthropic")),
             "DATABASE_HOST=%s" % d("IP_ADDRESS", V.ipv4(r, True)),
             "DATABASE_USER=app", "DATABASE_PASSWORD=%s" % d("PASSWORD", V.password(r)),
             "JWT_SIGNING_SECRET=%s" % d("HIGH_ENTROPY_SECRET", V.generic_secret(r))]
    extra = [("SLACK_BOT_TOKEN", "slack"), ("GITHUB_TOKEN", "github"), ("SENDGRID_API_KEY", "sendgrid"),
             ("HF_TOKEN", "hf"), ("GOOGLE_MAPS_KEY", "google"), ("GITLAB_TOKEN", "gitlab")]
    for k, kind in r.sample(extra, 2):
        lines.append("%s=%s" % (k, d("API_KEY", V.api_key(r, kind))))
    lines.append("SENTRY_DSN=%s" % d("URL", "https://%s@o%s.ingest.sentry.io/%s" % (V.hexs(r, 32), V.digits(r, 6),
                                                                                    V.digits(r, 7))))
    if i % 3 == 0:
        lines.append('GITHUB_APP_PRIVATE_KEY="%s"' % d("PRIVATE_KEY", V.private_key(r, "RSA PRIVATE KEY"), esc=1))
    lines.append("LOG_LEVEL=info")
    r.shuffle(lines[1:])
    return pick(r, ["Convert this .env into a Kubernetes Secret manifest:\n\n", "which of these vars are unused by "
                    "a Next.js app?\n\n", "can you sort these alphabetically\n"]) + "\n".join(lines)


@tpl("gen-ssh-key-chat", "general", "chat", 5)
def gen_ssh_key_chat(d, r, i):
    key = V.private_key(r, pick(r, ["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"]))
    host = V.ipv4(r, False)
    msg = ("ssh keeps saying 'invalid format' for this key, I copied it from the vault. what's wrong?\n\n%s\n\n"
           "command: ssh -i deploy_key ubuntu@%s" % (d("PRIVATE_KEY", key), d("IP_ADDRESS", host)))
    if i % 3 == 0:
        return jd({"model": pick(r, CLAUDE), "max_tokens": 2048, "messages": [{"role": "user", "content": msg}]})
    if i % 3 == 1:
        return openai_body(r, [{"role": "user", "content": msg}])
    return "User: " + msg


@tpl("gen-k8s-secret-yaml", "general", "code", 5)
def gen_k8s_secret_yaml(d, r, i):
    key = V.private_key(r, "PRIVATE KEY")
    ind = "\n".join("    " + ln for ln in key.split("\n"))
    # the whole indented block is labeled from BEGIN to END; indentation lives inside the span
    return ("Why is my ingress still serving the default cert?\n\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n"
            "  name: shop-tls\n  namespace: prod\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    %s\n"
            "  db-password: \"%s\"\n  stripe-key: %s\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\n"
            "metadata:\n  name: shop\nspec:\n  tls:\n  - hosts: [shop.%s]\n    secretName: shop-tls\n```" % (
                d("PRIVATE_KEY", ind.strip()), d("PASSWORD", V.password(r)), d("API_KEY", V.api_key(r, "stripe")),
                pick(r, V.COMPANY_DOMAINS)))


@tpl("gen-hr-onboarding-email", "general", "email", 5)
def gen_hr_onboarding_email(d, r, i):
    p, hr = V.person(r), V.person(r)
    dom = pick(r, V.COMPANY_DOMAINS[:8])
    a = V.address(r)
    st, dl = V.driver_license(r, a.state)
    docline = (("US passport no. %s" % d("US_PASSPORT", V.passport(r))) if i % 2 == 0 else
               ("driver's license %s (%s)" % (d("US_DRIVER_LICENSE", dl), st)))
    return ("Please summarize this thread and tell me what's still missing for the I-9.\n\n"
            "From: %s\nTo: %s\nSubject: Onboarding docs\n\nHi %s,\n\nHere's my info for payroll and the background "
            "check:\nLegal name: %s\nDOB: %s\nSSN: %s\nAddress: %s %s\nPhone: %s\nFor List A/B I'll bring my %s.\n\n"
            "Thanks!\n%s\n\n> On Monday, %s wrote:\n> Welcome aboard! Your start date is the 3rd. Please send the "
            "items below." % (
                d("EMAIL_ADDRESS", V.email_for(r, p)), d("EMAIL_ADDRESS", V.email_for(r, hr, dom)), d("PERSON", hr.first),
                d("PERSON", p.full_mi), d("DATE_TIME", V.dob(r).fmt(pick(r, ["us", "long"]))), d("US_SSN", V.ssn(r)),
                d("STREET_ADDRESS", a.street + ", " + a.city_line), d("US_ZIP_CODE", a.zip), d("PHONE_NUMBER", V.phone(r)),
                docline, d("PERSON", p.first), d("PERSON", hr.full)))


@tpl("gen-travel-booking-chat", "general", "chat", 5)
def gen_travel_booking_chat(d, r, i):
    p, c = V.person(r), V.person(r)
    pan = V.credit_card(r)
    turns = [("system", "You are a travel booking agent with access to the book_flight tool."),
             ("user", "Book 2 seats LAX->JFK next Friday. Travelers: %s (passport %s, DOB %s) and %s (passport %s, "
                      "DOB %s)." % (d("PERSON", p.full), d("US_PASSPORT", V.passport(r)),
                                    d("DATE_TIME", V.dob(r).fmt("abbr")), d("PERSON", c.full),
                                    d("US_PASSPORT", V.passport(r)), d("DATE_TIME", V.dob(r).fmt("abbr")))),
             ("assistant", "Found a 7:05am nonstop for $412 each. How would you like to pay?"),
             ("user", pick(r, ["visa %s, exp %s, cvv %s, email receipt to %s",
                               "use card %s exp %s code %s. confirmation to %s"]) % (
                 d("CREDIT_CARD", V.card_fmt(r, pan)), V.expiry(r), d("CARD_SECURITY_CODE", V.cvv(r, pan)),
                 d("EMAIL_ADDRESS", V.email_for(r, p))))]
    if i % 2:
        return chatml(turns)
    return openai_body(r, [{"role": t, "content": c_} for t, c_ in turns])


@tpl("gen-it-helpdesk-ticket", "general", "note", 5)
def gen_it_helpdesk_ticket(d, r, i):
    p, tech = V.person(r), V.person(r)
    dom = pick(r, V.COMPANY_DOMAINS[:8])
    tok = V.jwt(r, {"sub": V.email_for(r, p, dom).split("@")[0], "scope": "mail.read files.readwrite"})
    return ("Ticket INC%s — VPN + Outlook not working\nRequester: %s <%s>\nLocation: remote, home IP %s\n"
            "Device: company iPhone 14, IMEI %s\nNotes (%s): user reset password yesterday, new one is %s (told them "
            "to change it). Token from the failing request:\nAuthorization: Bearer %s\n\nPlease suggest next "
            "troubleshooting steps." % (
                V.digits(r, 7), d("PERSON", p.full), d("EMAIL_ADDRESS", V.email_for(r, p, dom)),
                d("IP_ADDRESS", V.ipv4(r, False)), d("DEVICE_ID", V.imei(r)), d("PERSON", tech.first),
                d("PASSWORD", V.password(r)), d("JWT", tok)))


@tpl("gen-auth-service-log", "general", "structured", 5)
def gen_auth_service_log(d, r, i):
    lines = []
    for k in range(3):
        p = V.person(r)
        ip = V.ipv4(r, False)
        ts = "2025-0%d-1%dT0%d:%02d:%02d.%03dZ" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 59),
                                                  r.randint(0, 59), r.randint(0, 999))
        if k == 1:
            lines.append('%s WARN login_failed email=%s ip=%s attempts=%d' % (
                ts, d("EMAIL_ADDRESS", V.email_for(r, p)), d("IP_ADDRESS", ip), r.randint(3, 9)))
        else:
            lines.append('%s INFO token_issued sub=%s ip=%s ua="Mozilla/5.0" token=%s' % (
                ts, d("EMAIL_ADDRESS", V.email_for(r, p)), d("IP_ADDRESS", ip), d("JWT", V.jwt(r))))
    return pick(r, ["Is this a credential-stuffing pattern?\n", "Summarize:\n", ""]) + "\n".join(lines)


@tpl("gen-rental-application-ocr", "general", "form", 5)
def gen_rental_application_ocr(d, r, i):
    p = V.person(r)
    a = V.address(r)
    st, dl = V.driver_license(r, a.state)
    emp = pick(r, V.EMPLOYERS)
    return ("RENTAL APPLICATION  Unit applied for: 2B\nApplicant   %s\nDate of Birth   %s\nSocial Security No.   %s\n"
            "Driver License # %s   State %s\nCurrent Address   %s\n                  %s %s\nPhone  %s   Email  %s\n"
            "Employer  %s   Monthly income $%d\nVehicle: %s  VIN %s\nPets: %s\n\n-> OCR from the PDF; normalize into "
            "our tenant-screening JSON." % (
                d("PERSON", p.upper if r.random() < 0.5 else p.full), d("DATE_TIME", V.dob(r).fmt("us")),
                d("US_SSN", V.ssn(r)), d("US_DRIVER_LICENSE", dl), st, d("STREET_ADDRESS", a.street), a.city_line,
                d("US_ZIP_CODE", a.zip), d("PHONE_NUMBER", V.phone(r)), d("EMAIL_ADDRESS", V.email_for(r, p)), emp,
                r.randint(3000, 12000), pick(r, ["2018 Subaru Outback", "2021 Honda Civic", "2015 Ford Escape"]),
                d("VEHICLE_ID", V.vin(r)), pick(r, ["1 cat", "none", "dog (40 lb)"])))


@tpl("gen-voicemail-stt", "general", "transcript", 5)
def gen_voicemail_stt(d, r, i):
    p = V.person(r)
    a = V.address(r)
    return ("Voicemail transcription (confidence 0.82):\n\"Hi, um, this is %s calling about the estimate for the roof "
            "repair at %s. uh zip %s. You can call me back at %s, or email me at %s. I'm home after five. "
            "Thanks, bye.\"\n\nExtract name, callback, address and intent as JSON." % (
                d("PERSON", p.full.lower() if r.random() < 0.4 else p.full), d("STREET_ADDRESS", a.street.lower()),
                d("US_ZIP_CODE", a.zip), d("PHONE_NUMBER", V.phone(r, pick(r, ["dash", "plain", "dot"]))),
                d("EMAIL_ADDRESS", V.email_for(r, p))))


@tpl("gen-attendee-markdown", "general", "structured", 5)
def gen_attendee_markdown(d, r, i):
    rows = ["| Name | Email | Mobile | Company |", "|------|-------|--------|---------|"]
    for _ in range(r.randint(3, 5)):
        p = V.person(r)
        dom = pick(r, V.COMPANY_DOMAINS)
        rows.append("| %s | %s | %s | %s |" % (d("PERSON", p.full), d("EMAIL_ADDRESS", V.email_for(r, p, dom)),
                                              d("PHONE_NUMBER", V.phone(r)), pick(r, V.EMPLOYERS)))
    return ("Group these attendees by company and write a seating chart:\n\n" + "\n".join(rows))


@tpl("gen-ko-passport-chat", "general", "chat", 4)
def gen_ko_passport_chat(d, r, i):
    name = V.native_name(r, "ko")
    return role_lines(r, [("user", "미국 비자 인터뷰 예약을 도와주세요. 이름: %s, 미국 여권번호: %s, 생년월일: %s, "
                                   "연락처: %s, 이메일: %s" % (
                                       d("PERSON", name), d("US_PASSPORT", V.passport(r)),
                                       d("DATE_TIME", V.dob(r).fmt("iso")), d("PHONE_NUMBER", V.intl_phone(r, "ko")),
                                       d("EMAIL_ADDRESS", "%s%d@naver.com" % (pick(r, ["jh.kim", "sy.lee", "mj_park"]),
                                                                               r.randint(1, 999)))))])


@tpl("gen-hi-email", "general", "email", 4)
def gen_hi_email(d, r, i):
    name = V.native_name(r, "hi")
    pan = V.credit_card(r, "visa")
    return ("विषय: रिफंड अनुरोध\n\nनमस्ते,\nमेरा नाम %s है। मेरे कार्ड %s से गलत शुल्क काटा गया है। कृपया राशि वापस करें। "
            "मेरा मोबाइल नंबर %s और ईमेल %s है।\nधन्यवाद\n\n(Translate to English and classify the request.)" % (
                d("PERSON", name), d("CREDIT_CARD", V.card_fmt(r, pan)), d("PHONE_NUMBER", V.intl_phone(r, "hi")),
                d("EMAIL_ADDRESS", "%s.%s%d@gmail.com" % (pick(r, ["anita", "rajesh", "pooja", "vikas"]),
                                                           pick(r, ["sharma", "verma", "gupta"]), r.randint(1, 99)))))


@tpl("gen-nl-pl-chat", "general", "chat", 4)
def gen_nl_pl_chat(d, r, i):
    if i % 2 == 0:
        p = V.person(r, "irish_nordic")
        return role_lines(r, [("user", "Kun je deze gegevens in een nette mail zetten? Naam: %s, IBAN %s, telefoon %s, "
                                       "e-mail %s. Het gaat om de borg van het appartement." % (
                                           d("PERSON", p.full), d("IBAN_CODE", V.iban(r, "NL")),
                                           d("PHONE_NUMBER", V.intl_phone(r, "nl")), d("EMAIL_ADDRESS", V.email_for(r, p, "ziggo.nl"))))])
    p = V.person(r, "slavic")
    return role_lines(r, [("user", "Napisz proszę krótkie pismo do banku. Nazywam się %s, mój numer konta to %s, "
                                   "telefon %s. Chcę zamknąć rachunek." % (
                                       d("PERSON", p.full), d("IBAN_CODE", V.iban(r, "PL")),
                                       d("PHONE_NUMBER", V.intl_phone(r, "pl"))))])


@tpl("gen-test-fixture-code", "general", "code", 5)
def gen_test_fixture_code(d, r, i):
    users = []
    for _ in range(2):
        p = V.person(r)
        users.append("    {\"name\": \"%s\", \"email\": \"%s\", \"ssn\": \"%s\", \"phone\": \"%s\"}," % (
            d("PERSON", p.full), d("EMAIL_ADDRESS", V.email_for(r, p)), d("US_SSN", V.ssn(r)), d("PHONE_NUMBER", V.phone(r))))
    return ("Refactor this test to use pytest fixtures. (these came from a prod export, is that a problem?)\n\n"
            "```python\nUSERS = [\n%s\n]\n\n\ndef test_export_masks_ssn():\n    out = export(USERS)\n"
            "    assert \"***-**-\" in out[0][\"ssn\"]\n```" % "\n".join(users))


@tpl("gen-ci-workflow", "general", "code", 4)
def gen_ci_workflow(d, r, i):
    return ("my GitHub Action fails at the publish step, here's the workflow:\n\n```yaml\nname: release\non: [push]\n"
            "env:\n  NPM_TOKEN: %s\n  GH_TOKEN: %s\n  SLACK_WEBHOOK: %s\njobs:\n  publish:\n    runs-on: ubuntu-latest\n"
            "    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm publish\n```" % (
                d("API_KEY", V.api_key(r, "npm")), d("API_KEY", V.api_key(r, pick(r, ["github", "github_pat"]))),
                d("URL", "https://hooks.slack.com/services/T%s/B%s/%s" % (V.upper_alnum(r, 8), V.upper_alnum(r, 10),
                                                                           V.alnum(r, 24)))))


@tpl("gen-support-email-thread", "general", "email", 5)
def gen_support_email_thread(d, r, i):
    p, agent = V.person(r), V.person(r)
    dom = pick(r, V.COMPANY_DOMAINS[:8])
    a = V.address(r)
    return ("Classify the sentiment and draft a reply.\n\n---\nFrom: %s\nSent: %s\nTo: %s\n\nI STILL haven't "
            "received my replacement part. Order shipped to %s %s weeks ago. I've called %s three times. "
            "This is ridiculous. My account login is %s and the password is %s if that helps you look it up.\n"
            "%s\n%s\n---\n%s\nCustomer Care\n%s" % (
                d("EMAIL_ADDRESS", V.email_for(r, p)), "Tue 10:42 AM", d("EMAIL_ADDRESS", "support@" + dom),
                d("STREET_ADDRESS", a.street + ", " + a.city_line), d("US_ZIP_CODE", a.zip),
                d("PHONE_NUMBER", V.phone(r)), d("EMAIL_ADDRESS", V.email_for(r, p)), d("PASSWORD", V.password(r)),
                d("PERSON", p.full), pick(r, ["Sent from my iPhone", "--", ""]), d("PERSON", agent.first),
                d("URL", "https://" + dom + "/help")))


@tpl("gen-short-snippets", "general", "chat", 6)
def gen_short_snippets(d, r, i):
    p = V.person(r)
    return [
        lambda: "my ssn is %s can u check if its valid" % d("US_SSN", V.ssn(r)),
        lambda: "text me at %s when it's done" % d("PHONE_NUMBER", V.phone(r)),
        lambda: "the guest wifi pw is %s fyi" % d("PASSWORD", V.password(r)),
        lambda: "%s dob %s - find chart" % (d("PERSON", p.full), d("DATE_TIME", V.dob(r).fmt("us_short"))),
        lambda: "ip %s keeps hammering /login, block?" % d("IP_ADDRESS", V.ipv4(r, False)),
        lambda: "why is %s returning 401??" % d("API_KEY", V.api_key(r, pick(r, ["github", "gitlab", "npm"]))),
    ][i % 6]()


@tpl("hc-consult-thread-long", "healthcare", "chat", 4)
def hc_consult_thread_long(d, r, i):
    p, dtr, doc = V.person(r), V.person(r), V.person(r)
    a = V.address(r)
    age = V.old_age(r)
    meds = "\n".join("- %s %s" % m for m in r.sample(V.DRUGS, 6))
    labs = "; ".join(V.lab_value(r, l) for l in r.sample(V.LABS, 7))
    user1 = ("I'm the covering hospitalist. Help me write a geriatrics consult question.\n\n"
             "Pt: %s, %s yo, DOB %s, MRN %s. Lives alone at %s, %s; health care proxy %s %s.\n"
             "Admitted %s after an unwitnessed fall; CT head neg, L pubic ramus fx, non-op per ortho.\n"
             "PMH: HFpEF, AF on apixaban, CKD 3b, T2DM, OA, mild cognitive impairment, macular degeneration.\n"
             "Meds on admission:\n%s\nLabs today: %s.\n"
             "Overnight: hypoactive delirium, pulled IV, refused meals. PT says needs 2-person assist." % (
                 d("PERSON", p.full), d("AGE", str(age)), d("DATE_TIME", V.dob(r, True).fmt("us")),
                 d("MEDICAL_RECORD_NUMBER", V.mrn(r)), d("STREET_ADDRESS", a.street + ", " + a.city_line),
                 d("US_ZIP_CODE", a.zip), d("PERSON", dtr.full), d("PHONE_NUMBER", V.phone(r)),
                 d("DATE_TIME", V.recent(r).fmt("us")), meds, labs))
    asst = ("Here is a draft consult question:\n\n\"%s-year-old with HFpEF, AF on anticoagulation, CKD 3b and baseline "
            "MCI admitted after a fall with a non-operative pubic ramus fracture, now with hypoactive delirium and poor "
            "oral intake. Please assist with: (1) delirium evaluation and non-pharmacologic management; (2) medication "
            "review for deprescribing, including fall-risk-increasing drugs and renal dosing; (3) goals-of-care "
            "discussion with the health care proxy; (4) disposition planning given 2-person assist.\"\n\n"
            "Would you like me to add the anticoagulation risk/benefit question explicitly?" % d("AGE", str(age)))
    user2 = ("yes add it. also cc Dr. %s from cardiology and note the daughter prefers calls after 5pm. "
             "Patient's PCP is at %s." % (d("PERSON", doc.last), pick(r, V.CLINICS)))
    return openai_body(r, [{"role": "system", "content": "You are a clinical documentation assistant."},
                           {"role": "user", "content": user1}, {"role": "assistant", "content": asst},
                           {"role": "user", "content": user2}])
