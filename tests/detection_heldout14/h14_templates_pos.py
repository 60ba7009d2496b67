"""Templates for records that contain PII/PHI/PCI (held-out set 14).

Each template is ``f(rng, d, i) -> text`` where every labeled value goes through
``d(ENTITY_TYPE, surface)``; ``Doc.render`` turns the placeholders into exact spans.
Registered with ``@T(name, domain, kind, n)``; ``n`` records are drawn per template.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import textwrap
from datetime import timedelta as _td
from pathlib import Path


def _sibling(name):
    prefix = __name__[: -len("h14_templates_pos")] if __name__.endswith("h14_templates_pos") else "heldout14_"
    modname = prefix + name
    if modname not in sys.modules:
        spec = importlib.util.spec_from_file_location(modname, Path(__file__).with_name(name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        sys.modules[modname] = mod
        spec.loader.exec_module(mod)
    return sys.modules[modname]


V = _sibling("h14_values")

TEMPLATES: list[tuple[str, str, str, int, object]] = []


def T(name, domain, kind, n):
    def deco(f):
        TEMPLATES.append((name, domain, kind, n, f))
        return f
    return deco


# --------------------------------------------------------------------------- helpers

def N(d, p, form="full"):
    return d("PERSON", getattr(p, form))


def D(d, date, style):
    return d("DATE_TIME", V.fmt_date(date, style))


def us_address(d, rng, layout=None, upper=False, unit=None, zip4=None, indent=""):
    town, st, z = V.town_state_zip(rng)
    line = V.street_line(rng, unit=unit, upper=upper)
    if upper:
        town = town.upper()
    if zip4 is None:
        zip4 = rng.random() < 0.15
    zz = V.zip_plus4(rng, z) if zip4 else z
    layout = layout or rng.choice(["one", "one_nocomma", "two"])
    if layout == "one":
        return "%s %s" % (d("STREET_ADDRESS", "%s, %s, %s" % (line, town, st)), d("US_ZIP_CODE", zz))
    if layout == "one_nocomma":
        return "%s %s" % (d("STREET_ADDRESS", "%s, %s %s" % (line, town, st)), d("US_ZIP_CODE", zz))
    return "%s\n%s%s, %s %s" % (d("STREET_ADDRESS", line), indent, town, st, d("US_ZIP_CODE", zz))


def addr_parts(rng, upper=False, unit=None):
    town, st, z = V.town_state_zip(rng)
    line = V.street_line(rng, unit=unit, upper=upper)
    return line, (town.upper() if upper else town), st, z


def phone(d, rng, style=None):
    return d("PHONE_NUMBER", V.us_phone(rng, style))


def em(d, rng, p=None, domain=None):
    return d("EMAIL_ADDRESS", V.email(rng, p, domain))


def chat_render(rng, msgs, style=None, model=None):
    """msgs: [(role, content)]; content may hold placeholders."""
    style = style or rng.choice(["json", "plain", "plain", "md", "chatml"])
    if style == "json":
        body = {"model": model or rng.choice(["gpt-4o-mini", "claude-3-5-sonnet", "gpt-4.1", "llama-3.1-70b"]),
                "messages": [{"role": r, "content": c} for r, c in msgs]}
        if rng.random() < 0.5:
            body["temperature"] = rng.choice([0, 0.2, 0.7])
        return json.dumps(body, ensure_ascii=False, indent=rng.choice([None, 2]))
    if style == "md":
        return "\n\n".join("### %s\n%s" % (r, c) for r, c in msgs)
    if style == "chatml":
        return "\n".join("<|im_start|>%s\n%s<|im_end|>" % (r, c) for r, c in msgs)
    return "\n\n".join("%s: %s" % (r.capitalize(), c) for r, c in msgs)


def wrap_prompt(rng, body, asks):
    ask = rng.choice(asks)
    r = rng.random()
    if r < 0.4:
        return ask + "\n\n" + body
    if r < 0.7:
        return body + "\n\n" + ask
    return ask + "\n```\n" + body + "\n```"


def hl7_ts(date, rng):
    return "%s%02d%02d" % (V.fmt_date(date, "hl7"), rng.randint(0, 23), rng.randint(0, 59))


HUMAN_CLINICS = [c for c in V.CLINICS if "Veterinary" not in c and "Dental" not in c]
DENTAL_CLINICS = ["Fennimore Dental Arts", "Lanternlight Family Dentistry", "Sorrel Bay Smiles"]


def maybe(rng, p, fn):
    """Call ``fn`` (which may place labeled values) with probability p."""
    return fn() if rng.random() < p else ""


def pick(rng, fns):
    """Choose one of several lazily built alternatives (so unused ones place no labels)."""
    return rng.choice(fns)()


def old_age(rng):
    return rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])


# =========================================================================== HEALTHCARE

@T("hl7-adt", "healthcare", "structured", 4)
def hl7_adt(rng, d, i):
    p = V.latin_person(rng)
    doc = V.latin_person(rng)
    kin = V.person(rng, p.culture)
    dob = V.rand_date(rng, 1931, 2004)
    admit = V.recent_date(rng)
    line, town, st, z = addr_parts(rng, upper=True, unit=False)
    ev = rng.choice(["A01", "A04", "A08", "A03"])
    sep = rng.choice(["\n", "\n", "\r\n"])
    segs = [
        "MSH|^~\\&|EPIC|STOTTILIE|RHAPSODY|HIE|%s||ADT^%s|MSG%06d|P|2.5.1" % (hl7_ts(V.TODAY, rng), ev,
                                                                             rng.randint(0, 999999)),
        "EVN|%s|%s" % (ev, hl7_ts(V.TODAY, rng)),
        "PID|1||%s^^^STOTTILIE^MR||%s||%s|%s|||%s^^%s^%s^%s^USA||%s|||%s|||%s" % (
            d("MEDICAL_RECORD_NUMBER", V.mrn(rng).replace("-", "")), d("PERSON", p.hl7),
            D(d, dob, "hl7"), rng.choice("MFU"), d("STREET_ADDRESS", line), town, st, d("US_ZIP_CODE", z),
            d("PHONE_NUMBER", V.us_phone(rng, rng.choice(["paren", "dash"]))), rng.choice("SMWD"),
            d("US_SSN", V.ssn(rng, rng.choice(["-", ""])))),
    ]
    if rng.random() < 0.7:
        segs.append("NK1|1|%s|%s||%s" % (d("PERSON", kin.hl7), rng.choice(["SPO", "DAU", "SON", "BRO"]),
                                         d("PHONE_NUMBER", V.us_phone(rng, "paren"))))
    segs.append("PV1|1|%s|%s^%d^%s||||%s^%s^^^^MD|||%s||||||||V%07d|||||||||||||||||||||||||%s" % (
        rng.choice("IOE"), rng.choice(["4W", "ICU", "ED", "3N"]), rng.randint(100, 499), rng.choice("AB"),
        d("US_NPI", V.npi(rng)), d("PERSON", "%s^%s" % (V._ascii_upper(doc.family), V._ascii_upper(doc.given))),
        rng.choice(["MED", "CAR", "ORT", "SUR"]), rng.randint(0, 9999999), d("DATE_TIME", hl7_ts(admit, rng))))
    if rng.random() < 0.6:
        segs.append("DG1|1||%s^%s^I10" % rng.choice([("I48.91", "ATRIAL FIBRILLATION"), ("J18.9", "PNEUMONIA"),
                                                      ("N39.0", "UTI"), ("S72.001A", "FX FEMUR NECK")]))
    if rng.random() < 0.7:
        segs.append("IN1|1|%s|%d|%s|||||||||||%s|18|%s|||||||||||||||||||||%s" % (
            rng.choice(["PPO01", "MCR", "HMO22"]), rng.randint(10000, 99999), rng.choice(V.INSURERS).upper(),
            d("PERSON", p.hl7), D(d, dob, "hl7"), d("HEALTH_PLAN_ID", V.health_plan_id(rng).replace(" ", ""))))
    msg = sep.join(segs)
    return wrap_prompt(rng, msg, ["Parse this HL7 ADT message and return the patient demographics as JSON.",
                                  "Why is our interface engine rejecting this message? It came in overnight.",
                                  "Convert to a FHIR Patient + Encounter bundle:",
                                  "Translate this ADT feed message into plain English for the bed board team."])


@T("hl7-oru", "healthcare", "structured", 4)
def hl7_oru(rng, d, i):
    p = V.latin_person(rng)
    doc = V.latin_person(rng)
    dob = V.rand_date(rng, 1935, 2010)
    coll = V.recent_date(rng)
    tests = rng.sample([("2345-7", "Glucose", "mg/dL", "70-99", rng.randint(60, 240)),
                        ("2160-0", "Creatinine", "mg/dL", "0.57-1.00", round(rng.uniform(0.5, 2.4), 2)),
                        ("718-7", "Hemoglobin", "g/dL", "11.6-15.0", round(rng.uniform(8, 16), 1)),
                        ("2823-3", "Potassium", "mmol/L", "3.5-5.2", round(rng.uniform(3, 6), 1)),
                        ("4548-4", "Hemoglobin A1c", "%", "4.0-5.6", round(rng.uniform(5, 11), 1))],
                       rng.randint(2, 4))
    obx = "\n".join("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F" % (k + 1, c, n, v, u, rr, "H" if k == 0 else "")
                    for k, (c, n, u, rr, v) in enumerate(tests))
    msg = ("MSH|^~\\&|SUNQUEST|BWFM_LAB|EPIC|BWFM|%s||ORU^R01|%d|P|2.3\n"
           "PID|1||%s||%s||%s|%s\n"
           "ORC|RE||%d\n"
           "OBR|1||%d|CMP^PANEL|||%s|||||||%s||%s^%s\n%s") % (
        hl7_ts(V.TODAY, rng), rng.randint(10 ** 6, 10 ** 7), d("MEDICAL_RECORD_NUMBER", V.mrn(rng).replace("-", "")),
        d("PERSON", p.hl7), D(d, dob, "hl7"), rng.choice("MF"), rng.randint(10 ** 6, 10 ** 7),
        rng.randint(10 ** 6, 10 ** 7), d("DATE_TIME", hl7_ts(coll, rng)), D(d, coll, "hl7"),
        d("US_NPI", V.npi(rng)), d("PERSON", "%s^%s" % (V._ascii_upper(doc.family), V._ascii_upper(doc.given))), obx)
    return wrap_prompt(rng, msg, ["Flag any abnormal results in this ORU and draft a note to the ordering doctor.",
                                  "Extract the lab values into a table (test, value, unit, flag).",
                                  "Is OBR-7 or OBR-14 the right field for specimen collection time here?"])


def fhir_name(d, p, rng):
    n = {"use": "official", "family": d("PERSON", p.family), "given": [d("PERSON", p.given)]}
    if rng.random() < 0.4:  # a middle name (never a lone initial: one-letter spans are not useful gold)
        n["given"].append(d("PERSON", rng.choice([g for g in V.CULTURES[p.culture][0] if g != p.given])))
    return n


@T("fhir-patient", "healthcare", "structured", 4)
def fhir_patient(rng, d, i):
    p = V.person(rng)
    dob = V.rand_date(rng, 1930, 2015)
    line, town, st, z = addr_parts(rng)
    res = {"resourceType": "Patient", "id": "pat-%d" % rng.randint(1000, 99999),
           "identifier": [{"use": "usual", "type": {"text": "MRN"},
                           "system": rng.choice(["urn:oid:2.16.840.1.113883.3.4421.1", "urn:mrn:brightwater"]),
                           "value": d("MEDICAL_RECORD_NUMBER", V.mrn(rng))}],
           "name": [fhir_name(d, p, rng)],
           "telecom": [{"system": "phone", "value": phone(d, rng), "use": rng.choice(["home", "mobile"])}],
           "gender": rng.choice(["female", "male", "other"]),
           "birthDate": D(d, dob, "iso"),
           "address": [{"use": "home", "line": [d("STREET_ADDRESS", line)], "city": town, "state": st,
                        "postalCode": d("US_ZIP_CODE", z)}]}
    if rng.random() < 0.5:
        res["identifier"].append({"system": "urn:oid:2.16.840.1.113883.4.1", "value": d("US_SSN", V.ssn(rng))})
    if rng.random() < 0.6:
        res["telecom"].append({"system": "email", "value": em(d, rng, p)})
    if rng.random() < 0.3:
        res["deceasedDateTime"] = D(d, V.recent_date(rng), "iso")
    if rng.random() < 0.4:
        gp = V.latin_person(rng)
        res["generalPractitioner"] = [{"reference": "Practitioner/%d" % rng.randint(100, 999),
                                       "display": "Dr. " + N(d, gp)}]
    body = json.dumps(res, ensure_ascii=False, indent=rng.choice([None, 2]))
    return wrap_prompt(rng, body, ["Validate this FHIR R4 Patient resource and list any problems.",
                                   "Map this to our legacy CSV columns (last,first,dob,zip,phone).",
                                   "Write a one-paragraph summary of this patient record for the care coordinator."])


@T("fhir-coverage", "healthcare", "structured", 3)
def fhir_coverage(rng, d, i):
    p = V.latin_person(rng)
    dob = V.rand_date(rng, 1932, 1959)
    medicare = rng.random() < 0.6
    ident = d("US_MBI", V.mbi(rng, dashed=False)) if medicare else d("HEALTH_PLAN_ID", V.health_plan_id(rng))
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "p1", "name": [fhir_name(d, p, rng)],
                      "birthDate": D(d, dob, "iso")}},
        {"resource": {"resourceType": "Coverage", "status": "active",
                      "subscriberId": ident,
                      "beneficiary": {"reference": "Patient/p1"},
                      "relationship": {"coding": [{"code": "self"}]},
                      "period": {"start": "2025-01-01"},
                      "payor": [{"display": "CMS Medicare Part B" if medicare else rng.choice(V.INSURERS)}],
                      "class": [{"type": {"text": "group"}, "value": "GRP-%d" % rng.randint(1000, 9999)}]}}]}
    body = json.dumps(bundle, ensure_ascii=False, indent=2)
    return rng.choice(["Eligibility bot input below. Tell me if this coverage is Medicare and which ID goes in the "
                       "claim's 1a box.\n", "Check this bundle:\n"]) + body


@T("telehealth-stt", "healthcare", "transcript", 4)
def telehealth_stt(rng, d, i):
    p = V.person(rng, rng.choice(["us", "hispanic", "nigerian", "indian", "irish", "filipino"]))
    agent = V.person(rng, "us")
    doc = V.latin_person(rng)
    dob = V.rand_date(rng, 1940, 2001)
    appt = V.recent_date(rng)
    digits = V.us_phone(rng, "bare")
    t = [0]

    def ts():
        t[0] += rng.randint(2, 9)
        return "[%02d:%02d:%02d]" % (t[0] // 3600, (t[0] // 60) % 60, t[0] % 60)

    lines = [
        "%s agent: thank you for calling brightwater virtual care my name is %s how can i help you today" % (
            ts(), d("PERSON", agent.given.lower())),
        "%s caller: hi um yeah this is %s i had a video visit with doctor %s on %s and the link never worked" % (
            ts(), d("PERSON", p.full.lower()), d("PERSON", doc.family.lower()), d("DATE_TIME", V.spoken_date(appt, rng))),
        "%s agent: i'm sorry about that let me pull you up can you verify your date of birth" % ts(),
        "%s caller: %s" % (ts(), d("DATE_TIME", V.spoken_date(dob, rng))),
        "%s agent: and the best callback number" % ts(),
        "%s caller: it's %s" % (ts(), d("PHONE_NUMBER", V.spoken_digits(digits, rng, [3, 3, 4]))),
    ]
    if rng.random() < 0.6:
        lines += ["%s agent: i also need the medicare number on your red white and blue card" % ts(),
                  "%s caller: okay it's %s" % (ts(), d("US_MBI", V.spoken_digits(V.mbi(rng, dashed=False), rng,
                                                                                     [4, 3, 4])))]
    if rng.random() < 0.5:
        lines += ["%s agent: and an email for the new link" % ts(),
                  "%s caller: %s" % (ts(), em(d, rng, p, "gmail.com"))]
    lines.append("%s agent: great you're rebooked for %s at %s i'll send it right over" % (
        ts(), d("DATE_TIME", V.spoken_date(V.recent_date(rng), rng)), rng.choice(["ten thirty", "two fifteen",
                                                                                   "nine a m"])))
    head = rng.choice(["Summarize this call transcript (auto-generated, may contain errors) and list follow-ups:",
                       "ASR output from queue 4. Extract caller intent and entities:",
                       "Clean up the punctuation in this transcript, keep the content:"])
    return head + "\n\n" + "\n".join(lines)


@T("pharmacy-refill", "healthcare", "chat", 4)
def pharmacy_refill(rng, d, i):
    p = V.person(rng)
    dob = V.rand_date(rng, 1938, 2002)
    pharm = rng.choice(V.PHARMACIES)
    drug = rng.choice(["lisinopril 20 mg", "atorvastatin 40mg", "levothyroxine 75 mcg", "sertraline 50 mg",
                       "metformin ER 500 mg", "albuterol HFA inhaler"])
    user1 = pick(rng, [
        lambda: "hi, I need a refill on my %s. name is %s, dob %s" % (drug, N(d, p), D(d, dob, any_style(rng))),
        lambda: "Refill request please — %s, born %s. Rx for %s ran out yesterday" % (N(d, p, "last_first"),
                                                                              D(d, dob, "long"), drug),
        lambda: "Hola! can u refill %s for my mom %s (DOB %s)? I'm her daughter %s" % (
            drug, N(d, p), D(d, dob, "us"), N(d, V.person(rng, p.culture), "first")),
    ])
    msgs = [("system", "You are the refill assistant for %s. Collect name, date of birth and a callback number, then "
                       "confirm the medication. Never give dosing advice." % pharm), ("user", user1)]
    msgs.append(("assistant", "Thanks! I found the prescription for %s. What's the best number to text when it's "
                              "ready?" % drug))
    u2 = "%s%s" % (rng.choice(["text me at ", "my cell is ", "", "call "]), phone(d, rng))
    if rng.random() < 0.5:
        u2 += rng.choice([" or email ", ". backup email: "]) + em(d, rng, p)
    if rng.random() < 0.4:
        doc = V.latin_person(rng)
        u2 += ". Dr. %s prescribed it, her office is %s" % (N(d, doc, "family"), phone(d, rng))
    msgs.append(("user", u2))
    return chat_render(rng, msgs)


def any_style(rng):
    return V.any_date_style(rng)


@T("erx-script", "healthcare", "structured", 4)
def erx_script(rng, d, i):
    doc = V.latin_person(rng)
    p = V.latin_person(rng)
    dob = V.rand_date(rng, 1935, 2010)
    written = V.recent_date(rng)
    clinic_line, ctown, cst, cz = addr_parts(rng, unit=True)
    pline, ptown, pst, pz = addr_parts(rng)
    drug = rng.choice([("oxycodone-acetaminophen 5-325 mg tablet", "II"), ("alprazolam 0.5 mg tablet", "IV"),
                       ("tramadol 50 mg tablet", "IV"), ("methylphenidate ER 36 mg", "II"),
                       ("pregabalin 75 mg capsule", "V")])
    if rng.random() < 0.5:
        x = ("<NewRx>\n  <Prescriber>\n    <Identification><NPI>%s</NPI><DEANumber>%s</DEANumber></Identification>\n"
             "    <Name><LastName>%s</LastName><FirstName>%s</FirstName></Name>\n"
             "    <Address><AddressLine1>%s</AddressLine1><City>%s</City><StateProvince>%s</StateProvince>"
             "<PostalCode>%s</PostalCode></Address>\n"
             "    <CommunicationNumbers><PrimaryTelephone><Number>%s</Number></PrimaryTelephone></CommunicationNumbers>\n"
             "  </Prescriber>\n  <Patient>\n    <Name><LastName>%s</LastName><FirstName>%s</FirstName></Name>\n"
             "    <DateOfBirth><Date>%s</Date></DateOfBirth>\n"
             "    <Address><AddressLine1>%s</AddressLine1><City>%s</City><StateProvince>%s</StateProvince>"
             "<PostalCode>%s</PostalCode></Address>\n  </Patient>\n"
             "  <MedicationPrescribed><DrugDescription>%s</DrugDescription><DEASchedule>C%s</DEASchedule>"
             "<Quantity>%d</Quantity><WrittenDate><Date>%s</Date></WrittenDate></MedicationPrescribed>\n</NewRx>") % (
            d("US_NPI", V.npi(rng)), d("US_DEA", V.dea(rng, doc.family)), d("PERSON", doc.family),
            d("PERSON", doc.given), d("STREET_ADDRESS", clinic_line), ctown, cst, d("US_ZIP_CODE", cz),
            d("PHONE_NUMBER", V.us_phone(rng, "bare")), d("PERSON", p.family), d("PERSON", p.given),
            D(d, dob, "iso"), d("STREET_ADDRESS", pline), ptown, pst, d("US_ZIP_CODE", pz), drug[0], drug[1],
            rng.choice([10, 20, 30, 60]), D(d, written, "iso"))
        ask = "This NCPDP SCRIPT NewRx failed schema validation at the pharmacy. What's wrong with it?"
    else:
        x = ("E-PRESCRIPTION (controlled substance, EPCS)\n"
             "Prescriber: %s, MD   NPI: %s   DEA: %s\n"
             "Practice: %s, %s   Tel %s\n"
             "Patient: %s   DOB: %s\n"
             "Address: %s\n"
             "Rx: %s  Schedule %s  Qty #%d  Refills: 0\n"
             "Date written: %s") % (
            N(d, doc), d("US_NPI", V.npi(rng)), d("US_DEA", V.dea(rng, doc.family)), rng.choice(HUMAN_CLINICS),
            us_address(d, rng, "one"), phone(d, rng), N(d, p, "last_first"), D(d, dob, "us"),
            us_address(d, rng, rng.choice(["one", "one_nocomma"])), drug[0], drug[1], rng.choice([12, 20, 30]),
            D(d, written, "us"))
        ask = rng.choice(["Does this EPCS script meet the state PDMP requirements? Check the DEA number format too.",
                          "Rewrite as a pharmacist verification note."])
    return ask + "\n\n" + x


@T("radiology-report", "healthcare", "note", 4)
def radiology_report(rng, d, i):
    p = V.latin_person(rng)
    ref = V.latin_person(rng)
    rad = V.latin_person(rng)
    age = old_age(rng) if rng.random() < 0.7 else rng.randint(45, 89)
    dob = V.dob_for_age(rng, age)
    exam = V.recent_date(rng)
    A = (lambda: d("AGE", str(age))) if age > 89 else (lambda: str(age))
    sex = rng.choice(["female", "male"])
    study, hist, find, imp = rng.choice([
        ("CT HEAD WITHOUT CONTRAST", "fall at home, on apixaban", "No acute intracranial hemorrhage. Chronic small "
         "vessel ischemic changes. Age-appropriate volume loss.", "No acute intracranial abnormality."),
        ("XR PELVIS AND LEFT HIP, 2 VIEWS", "left hip pain after ground-level fall", "Displaced subcapital fracture "
         "of the left femoral neck. Diffuse osteopenia.", "Acute left femoral neck fracture."),
        ("CT CHEST WITH CONTRAST", "dyspnea, rule out PE", "No filling defect in the pulmonary arteries. Small "
         "bilateral pleural effusions. Cardiomegaly.", "No pulmonary embolism. Small effusions."),
    ])
    head = "%s — %s\n" % (rng.choice(HUMAN_CLINICS).upper(), study)
    ident = pick(rng, [
        lambda: "Patient: %s    MRN: %s    DOB: %s    Age: %s\n" % (N(d, p, "last_first"), d("MEDICAL_RECORD_NUMBER",
                                                            V.mrn(rng)), D(d, dob, "us"), A()),
        lambda: "NAME: %s\nMRN %s | DOB %s (%s y)\n" % (N(d, p, "upper"), d("MEDICAL_RECORD_NUMBER", V.mrn(rng)),
                                               D(d, dob, "upper"), A()),
    ])
    body = ("Exam date: %s\nReferring: Dr. %s (NPI %s)\n\nCLINICAL HISTORY: %s-year-old %s, %s.\n\n"
            "COMPARISON: None.\n\nFINDINGS: %s\n\nIMPRESSION: %s\n\nDictated by: %s, MD") % (
        D(d, exam, rng.choice(["us", "long"])), N(d, ref), d("US_NPI", V.npi(rng)), A(), sex, hist, find, imp, N(d, rad))
    ask = rng.choice(["Rewrite this radiology report in patient-friendly language (6th grade reading level).",
                      "Extract: exam, key finding, follow-up recommendation.",
                      "Turn this into an HL7 ORU OBX text block."])
    return ask + "\n\n" + head + ident + body


@T("discharge-summary", "healthcare", "note", 3)
def discharge_summary(rng, d, i):
    p = V.latin_person(rng)
    age = old_age(rng)
    dob = V.dob_for_age(rng, age)
    import datetime as _dt
    adm = V.recent_date(rng) - _dt.timedelta(days=30)
    dis = adm + _dt.timedelta(days=rng.randint(2, 9))
    fu = dis + _dt.timedelta(days=rng.randint(5, 14))
    pcp = V.latin_person(rng)
    att = V.latin_person(rng)
    kid = V.person(rng, p.culture)
    style = rng.choice(["us", "long", "dmy"])
    sexw, pron, hon = rng.choice([("woman", "She", rng.choice(["Ms.", "Mrs.", ""])), ("man", "He", rng.choice(["Mr.", ""]))])
    course = rng.choice([("acute on chronic diastolic heart failure", "Diuresed 4 L with IV furosemide."),
                         ("community-acquired pneumonia", "Treated with ceftriaxone then oral cefpodoxime."),
                         ("urosepsis and delirium", "E. coli bacteremia cleared on ceftriaxone; delirium resolved."),
                         ("a mechanical fall with left wrist fracture",
                          "Orthopedics placed a splint; nonoperative management.")])
    txt = ("DISCHARGE SUMMARY\n\n"
           "Patient name: %s\nMRN: %s\nDate of birth: %s (age %s)\n"
           "Admission date: %s\nDischarge date: %s\nAttending: %s, MD\nPCP: Dr. %s\n\n"
           "HOSPITAL COURSE\n%s is a %s-year-old %s admitted with %s. %s %s was seen by physical therapy "
           "and is ambulating with a walker. Renal function returned to baseline (Cr 1.1).\n\n"
           "DISCHARGE MEDICATIONS\n- furosemide 20 mg PO daily\n- metoprolol succinate 25 mg PO daily\n"
           "- acetaminophen 650 mg q6h PRN pain (max 3 g/day)\n\n"
           "FOLLOW-UP\nPCP visit on %s. Labs (BMP) in one week.\n"
           "Contact: %s (%s) %s — primary caregiver.\n\n"
           "Condition at discharge: stable. Code status: DNR/DNI per discussion with patient and family.") % (
        N(d, p), d("MEDICAL_RECORD_NUMBER", V.mrn(rng)), D(d, dob, style), d("AGE", str(age)), D(d, adm, style),
        D(d, dis, style), N(d, att), N(d, pcp, "family"), (hon + " " if hon else "") + N(d, p, "family"), d("AGE", str(age)), sexw,
        course[0], course[1],
        pron,
        d("DATE_TIME", V.fmt_date(fu, style) + rng.choice([" at 10:30 AM", " 2:15 pm", ""])),
        N(d, kid), rng.choice(["daughter", "son", "niece"]), phone(d, rng))
    return rng.choice(["Summarize for the SNF handoff, keep meds and follow-up exact:\n\n",
                       "Please proofread this discharge summary before I sign it.\n\n", ""]) + txt


@T("lab-results-email", "healthcare", "email", 3)
def lab_results_email(rng, d, i):
    p = V.person(rng)
    nurse = V.person(rng, "us")
    coll = V.recent_date(rng)
    dom = rng.choice(["brightwaterfm.org", "pinecastlehealth.org"])
    pe = em(d, rng, p)
    quoted = ""
    if rng.random() < 0.6:
        quoted = ("\n\n> On %s, %s <%s> wrote:\n> Hi, I got a notification that my results from %s are in but the "
                  "portal shows an error. Can you send them?\n> Thanks, %s") % (
            rng.choice(["Mon, Mar 3, 2025 at 9:14 AM", "Feb 11, 2025, 16:02", "Tue, Jan 14, 2025 at 8:01 PM"]),
            N(d, p), em(d, rng, p), D(d, coll, "long"), N(d, p, "first"))
    txt = ("From: %s\nTo: %s\nSubject: Re: your lab results\n\n"
           "Hi %s,\n\nYour blood work collected on %s is back. Your TSH is 6.8 (reference 0.4-4.5), slightly high; "
           "Dr. %s would like to repeat it in 6 weeks with a free T4. Everything else, including the CBC and "
           "metabolic panel, was within normal limits.\n\nYou can schedule the repeat draw at %s or reply here.\n\n"
           "%s, RN\n%s\nMRN on file: %s | Direct: %s%s") % (
        em(d, rng, nurse, dom), pe, N(d, p, "first"), D(d, coll, rng.choice(["us", "long"])),
        N(d, V.latin_person(rng), "family"), d("URL", "https://portal.%s/schedule/lab" % dom), N(d, nurse),
        rng.choice(HUMAN_CLINICS), d("MEDICAL_RECORD_NUMBER", V.mrn(rng)), phone(d, rng), quoted)
    return rng.choice(["Draft a friendlier version of this email:\n\n", "Translate this email to Spanish:\n\n", ""]) + txt


@T("eob-ocr", "healthcare", "form", 4)
def eob_ocr(rng, d, i):
    p = V.latin_person(rng)
    prov = V.latin_person(rng)
    dos = V.recent_date(rng)
    ins = rng.choice(V.INSURERS).upper()
    line, town, st, z = addr_parts(rng, upper=True)
    rows = []
    for _ in range(rng.randint(1, 3)):
        code = rng.choice(["99214", "99213", "80053", "85025", "93000", "71046"])
        billed = rng.randint(40, 400)
        allowed = round(billed * rng.uniform(0.4, 0.8), 2)
        rows.append("%s      $%d.00    $%.2f    $%.2f    $%.2f" % (code, billed, allowed, allowed * 0.8, allowed * 0.2))
    raw = ("%s                 EXPLANATION OF BENEFITS\nTHIS IS NOT A BILL\n\n"
           "Member: %s            Member ID: %s\n%s\n%s %s %s\n\n"
           "Claim #: %d   Received: 03/02/2025   Processed: 03/09/2025\n"
           "Patient: %s    Provider: %s, DO    NPI %s\nDate(s) of Service: %s - %s\n\n"
           "Service   Billed     Allowed    Plan Paid   You Owe\n%s\n\n"
           "Questions? Call Member Services at %s (TTY 711)") % (
        ins, d("PERSON", p.upper), d("HEALTH_PLAN_ID", V.health_plan_id(rng)), d("STREET_ADDRESS", line), town, st,
        d("US_ZIP_CODE", z), rng.randint(10 ** 11, 10 ** 12), N(d, p), d("PERSON", prov.upper),
        d("US_NPI", V.npi(rng)), D(d, dos, "us"), D(d, dos, "us"), "\n".join(rows), phone(d, rng, "dash"))
    noisy = V.ocr_noise(rng, raw, 0.1)
    if rng.random() < 0.5:  # broken line wrap from the scanner
        noisy = noisy.replace("EXPLANATION OF", "EXPLANA-\nTION OF").replace("Member Services", "Member\nServices")
    return rng.choice(["OCR text from a scanned EOB, can you tell me what I owe and why?\n\n",
                       "Extract claim lines into JSON:\n", "[scan_0412.pdf → text]\n"]) + noisy


@T("cms1500", "healthcare", "form", 3)
def cms1500(rng, d, i):
    p = V.latin_person(rng)
    doc = V.latin_person(rng)
    dob = V.rand_date(rng, 1930, 1958)
    dos = V.recent_date(rng)
    line, town, st, z = addr_parts(rng, upper=True)
    cline, ctown, cst, cz = addr_parts(rng, upper=True, unit=True)
    txt = ("HEALTH INSURANCE CLAIM FORM (CMS-1500 02/12)\n"
           "1. [X] Medicare\n1a. INSURED'S I.D. NUMBER: %s\n"
           "2. PATIENT'S NAME (Last, First, MI): %s\n"
           "3. PATIENT'S BIRTH DATE: %s   SEX: %s\n"
           "5. PATIENT'S ADDRESS: %s\n   CITY: %s  STATE: %s  ZIP CODE: %s  TELEPHONE: %s\n"
           "11. INSURED'S POLICY GROUP OR FECA NUMBER: NONE\n"
           "21. DIAGNOSIS: A. %s  B. %s\n"
           "24A. DATES OF SERVICE FROM: %s TO: %s   24D. CPT: %s   24F. $ CHARGES: %d 00   24J. RENDERING NPI: %s\n"
           "25. FEDERAL TAX I.D. NUMBER (EIN): %02d-%07d\n"
           "31. SIGNATURE OF PHYSICIAN: %s MD\n"
           "33. BILLING PROVIDER INFO & PH #: %s  %s\n   %s\n   %s %s\n   33a. NPI %s") % (
        d("US_MBI", V.mbi(rng)), d("PERSON", "%s, %s, %s" % (p.family.upper(), p.given.upper(), p.middle)),
        d("DATE_TIME", "%02d %02d %04d" % (dob.month, dob.day, dob.year)), rng.choice("MF"),
        d("STREET_ADDRESS", line), town, st, d("US_ZIP_CODE", z), d("PHONE_NUMBER", V.us_phone(rng, "paren")),
        rng.choice(["I10", "E11.9", "M17.11"]), rng.choice(["E78.5", "Z79.4", "R26.81"]),
        d("DATE_TIME", "%02d %02d %02d" % (dos.month, dos.day, dos.year % 100)),
        d("DATE_TIME", "%02d %02d %02d" % (dos.month, dos.day, dos.year % 100)),
        rng.choice(["99214", "99397", "G0439"]), rng.randint(90, 350), d("US_NPI", V.npi(rng)),
        rng.randint(10, 99), rng.randint(0, 9999999), d("PERSON", doc.upper), rng.choice(HUMAN_CLINICS).upper(),
        d("PHONE_NUMBER", V.us_phone(rng, "paren")), d("STREET_ADDRESS", cline), ctown + ",", cst + " " + d(
            "US_ZIP_CODE", V.zip_plus4(rng, cz)), d("US_NPI", V.npi(rng)))
    return rng.choice(["The clearinghouse rejected this claim with 'invalid subscriber ID'. Check field 1a please.\n\n",
                       "Convert this 1500 form into an 837P outline.\n\n"]) + txt


@T("dental-chart", "healthcare", "note", 3)
def dental_chart(rng, d, i):
    p = V.person(rng)
    dds = V.latin_person(rng)
    hyg = V.person(rng, "us")
    dob = V.rand_date(rng, 1950, 2015)
    visit = V.recent_date(rng)
    nxt = visit + _td(days=rng.choice([14, 21, 180, 183]))
    narrative = rng.choice([
        "CC: sensitivity #14 to cold x2 wks. BWX x2 taken. Recurrent decay #14 MO under existing amalgam; "
        "#30 watch (incipient). Perio: generalized 2-3 mm, BOP localized lower anteriors.\n"
        "Tx today: prophy (D1110), fl varnish (D1206). Tx plan: #14 MO composite (D2392).",
        "Emergency visit: swelling LR quadrant, #30 percussion +, PA shows periapical radiolucency. Dx: symptomatic "
        "apical periodontitis #30. Tx: pulpectomy (D3221), amoxicillin 500 mg TID x7d. Plan: RCT #30 (D3330) + crown.",
        "Recall exam (D0120), 4BWX (D0274). Pt reports night grinding; wear facets #6-#11. Fabricate occlusal guard "
        "(D9944). SRP UR quad (D4342) due to 5 mm pockets #2-#4.",
    ])
    txt = ("%s — Clinical note\nPt: %s   DOB %s   Ins: %s, subscriber ID %s\nDate of visit: %s\n"
           "Provider: %s, DDS (NPI %s)   Hygienist: %s, RDH\n\n" + narrative + "\n"
           "Next appt: %s.%s") % (
        rng.choice(DENTAL_CLINICS), N(d, p), D(d, dob, "us"), rng.choice(V.INSURERS),
        d("HEALTH_PLAN_ID", V.health_plan_id(rng)), D(d, visit, "us"), N(d, dds), d("US_NPI", V.npi(rng)),
        N(d, hyg), d("DATE_TIME", V.fmt_date(nxt, "long") + rng.choice([" 8:00 AM", " at 3:40pm", ""])),
        maybe(rng, 0.6, lambda: " Reminder texts go to " + phone(d, rng) + "."))
    return rng.choice(["Write the insurance narrative for the procedures in this note:\n\n",
                       "Summarize for the patient's follow-up letter:\n\n", "Code-check this dental note:\n"]) + txt


@T("vet-record", "healthcare", "note", 3)
def vet_record(rng, d, i):
    owner = V.person(rng)
    dvm = V.latin_person(rng)
    pet, species = rng.choice([("Biscuit", "canine, 9 y MN Beagle"), ("Mochi", "feline, 14 y FS DSH"),
                               ("Captain Waffles", "canine, 3 y M Corgi"), ("Pickles", "feline, 11 y MN"),
                               ("Duchess", "canine, 12 y FS Labrador")])
    soap = rng.choice([
        "S: %s not eating well x3 days, one episode vomiting. O: T 102.9F, HR 140, mild cranial abdominal pain.\n"
        "A: r/o pancreatitis; cPL pending.\nP: maropitant 1 mg/kg SQ, buprenorphine 0.02 mg/kg (CIII) dispensed x3 days.",
        "S: %s limping on the left hind since the dog park. O: drawer sign positive L stifle, no crepitus.\n"
        "A: suspect CCL tear.\nP: carprofen 2.2 mg/kg BID, tramadol 4 mg/kg TID (CIV) x5 d, ortho consult for TPLO.",
        "S: %s seizure x2 this morning, ~1 min each. O: post-ictal on arrival, neuro otherwise WNL.\n"
        "A: idiopathic epilepsy vs structural.\nP: phenobarbital 2.5 mg/kg BID (CIV), bloodwork, recheck 2 wks.",
    ])
    txt = ("%s\nPatient: %s (%s)   Visit: %s\nOwner: %s   Tel: %s\nAddress: %s%s\n\n" + soap +
           "\nDVM: %s, DEA %s\n") % (
        rng.choice(V.CLINICS[-1:] + ["Harwood Mills Animal Clinic"]), pet, species,
        V.fmt_date(V.recent_date(rng), "us"), N(d, owner, rng.choice(["full", "last_first"])), phone(d, rng),
        us_address(d, rng, "one"), maybe(rng, 0.6, lambda: "\nEmail: " + em(d, rng, owner)), pet, N(d, dvm),
        d("US_DEA", V.dea(rng, dvm.family)))
    return rng.choice(["Write discharge instructions for the owner based on this record:\n\n",
                       "Is the controlled-drug dose right for this patient?\n\n"]) + txt


@T("cgm-device-log", "healthcare", "structured", 3)
def cgm_device_log(rng, d, i):
    serial = V.device_id(rng, rng.choice(["cgm", "pump"]))
    ip = V.ipv4(rng, private=False)
    lines = []
    base = rng.randint(0, 50)
    lines.append(json.dumps({"ts": "2025-03-%02dT%02d:%02d:11Z" % (rng.randint(1, 28), rng.randint(0, 23), base),
                             "event": "upload.begin", "device_serial": d("DEVICE_ID", serial),
                             "patient_mrn": d("MEDICAL_RECORD_NUMBER", V.mrn(rng)),
                             "client_ip": d("IP_ADDRESS", ip), "app": "GlucoLink/4.12.0"}, ensure_ascii=False))
    for k in range(rng.randint(2, 4)):
        lines.append(json.dumps({"ts": "2025-03-14T0%d:%02d:00Z" % (k, rng.randint(0, 59)), "event": "egv",
                                 "mg_dl": rng.randint(55, 260), "trend": rng.choice(["flat", "up", "down_fast"])}))
    user = V.person(rng)
    lines.append(json.dumps({"ts": "2025-03-14T04:10:02Z", "event": "upload.end", "records": rng.randint(100, 400),
                             "account": em(d, rng, user), "device_serial": d("DEVICE_ID", serial)},
                            ensure_ascii=False))
    return rng.choice(["Our ingest job logs. Why did this upload produce a hypoglycemia alert storm?\n\n",
                       "Here are the logs from the pump uploader, find the error:\n"]) + "\n".join(lines)


@T("pacemaker-check", "healthcare", "note", 3)
def pacemaker_check(rng, d, i):
    p = V.latin_person(rng)
    age = old_age(rng) if rng.random() < 0.6 else rng.randint(70, 89)
    dob = V.dob_for_age(rng, age)
    ep = V.latin_person(rng)
    txt = ("REMOTE DEVICE INTERROGATION\nPatient: %s  DOB: %s  Age: %s\n"
           "Device: dual-chamber pacemaker, model W1DR01   Serial #: %s\n"
           "RA lead 5076-52 SN %s   RV lead 5076-58 SN %s\nTransmission date: %s\n\n"
           "Battery: 7.9 years remaining. RA pacing 12%%, RV pacing 3%%. Impedances stable (RA 513 ohm, RV 608 ohm).\n"
           "Episodes: 2 AHRE, longest 00:04:12, max rate 188 bpm.\nReviewed by %s, MD, FHRS.") % (
        N(d, p, rng.choice(["full", "last_first"])), D(d, dob, "us"), d("AGE", str(age)) if age > 89 else str(age),
        d("DEVICE_ID", V.device_id(rng, "pacer")), d("DEVICE_ID", V.device_id(rng, "pacer")),
        d("DEVICE_ID", V.device_id(rng, "pacer")), D(d, V.recent_date(rng), "long"), N(d, ep))
    return rng.choice(["Should we start anticoagulation based on this? Summarize the device report first.\n\n",
                       "Make a short note for the patient's PCP:\n\n"]) + txt


@T("medicare-call", "healthcare", "transcript", 3)
def medicare_call(rng, d, i):
    p = V.person(rng, rng.choice(["us", "kenyan", "polish", "hispanic"]))
    agent = V.person(rng, "us")
    age = old_age(rng)
    dob = V.dob_for_age(rng, age)
    line, town, st, z = addr_parts(rng)
    spelled = "-".join(V._ascii_upper(p.family).replace(" ", ""))
    m = V.mbi(rng, dashed=False)
    txt = ("Agent (%s): Summit Arbor Medicare Advantage, this call may be recorded. Who am I speaking with?\n"
           "Caller: This is %s. I'm calling for my father, %s.\n"
           "Agent: Can you spell the last name?\n"
           "Caller: %s.\n"
           "Agent: Thank you. His Medicare number?\n"
           "Caller: %s. %s\n"
           "Agent: And date of birth?\n"
           "Caller: %s. He's %s, still sharp as a tack.\n"
           "Agent: Address on file is %s, zip %s — is that current?\n"
           "Caller: Yes.\n"
           "Agent: Okay, the denied claim from %s was for the walker; I'll reopen it.") % (
        d("PERSON", agent.given), N(d, V.person(rng, p.culture), "full"), N(d, p), d("PERSON", spelled),
        d("US_MBI", m if rng.random() < 0.5 else V.spoken_digits(m, rng, [4, 3, 4])),
        rng.choice(["", "I read it off the card.", "Sorry, the card is faded."]),
        d("DATE_TIME", V.spoken_date(dob, rng) if rng.random() < 0.5 else V.fmt_date(dob, "long")),
        d("AGE", V.number_words(age) if rng.random() < 0.5 else str(age)), d("STREET_ADDRESS", line),
        d("US_ZIP_CODE", V.spoken_digits(z, rng) if rng.random() < 0.5 else z),
        D(d, V.recent_date(rng), "long"))
    return rng.choice(["QA review: did the agent verify identity correctly?\n\n", "Summarize call:\n\n"]) + txt


@T("prior-auth-fax", "healthcare", "form", 3)
def prior_auth_fax(rng, d, i):
    p = V.latin_person(rng)
    doc = V.latin_person(rng)
    staff = V.person(rng, "us")
    dob = V.rand_date(rng, 1950, 2010)
    raw = ("FAX  ***  %s  ***  PAGE 1/3\nTO: %s Pharmacy Prior Authorization   FAX: %s\n"
           "FROM: %s   PHONE: %s   FAX: %s\nCONTACT: %s\n\n"
           "PRIOR AUTHORIZATION REQUEST - SPECIALTY MEDICATION\nMember name: %s\nMember ID: %s\nDOB: %s\n"
           "Medication: adalimumab 40 mg/0.4 mL pen, every other week\nDiagnosis: L40.50 psoriatic arthritis, "
           "M06.9\nPrevious therapies: methotrexate 15 mg weekly (failed, transaminitis), sulfasalazine\n"
           "Prescriber: %s, MD   NPI: %s\nPrescriber signature: ______________ Date: 03/11/2025") % (
        "2025-03-11 14:02", rng.choice(V.INSURERS), phone(d, rng, "dash"), rng.choice(HUMAN_CLINICS),
        phone(d, rng, "paren"), phone(d, rng, "paren"), N(d, staff), N(d, p, "upper"),
        d("HEALTH_PLAN_ID", V.health_plan_id(rng)), D(d, dob, "us"), N(d, doc), d("US_NPI", V.npi(rng)))
    return "OCR of incoming fax, pls draft the letter of medical necessity:\n\n" + V.ocr_noise(rng, raw, 0.08)


@T("patient-portal-chat", "healthcare", "chat", 4)
def patient_portal_chat(rng, d, i):
    p = V.person(rng)
    clinic = rng.choice(HUMAN_CLINICS)
    dob = V.rand_date(rng, 1945, 2005)
    msgs = [("system", "You are a triage assistant for %s. If symptoms suggest an emergency, tell the patient to "
                       "call 911. Do not diagnose." % clinic),
            ("user", pick(rng, [
                lambda: "Hi my name is %s and I've had chest tightness since this morning when I climb stairs. "
                "DOB %s if you need it." % (N(d, p), D(d, dob, rng.choice(["us", "iso"]))),
                lambda: "hello, %s here (MRN %s). my ankle is still swollen 10 days after the sprain, is that normal?" % (
                    N(d, p, "first"), d("MEDICAL_RECORD_NUMBER", V.mrn(rng))),
                lambda: "I'm writing for my grandmother %s, she is %s and has been confused since yesterday." % (
                    N(d, p), d("AGE", str(old_age(rng)))),
            ])),
            ("assistant", "Thank you for reaching out. A few questions so I can route this correctly: how severe is "
                          "it on a scale of 1-10, and do you have shortness of breath, fever, or new weakness?"),
            ("user", pick(rng, [
                lambda: "like a 4. no fever. you can reach me at %s or %s" % (phone(d, rng), em(d, rng, p)),
                lambda: "maybe 6/10. Her address is %s if someone needs to come out." % us_address(d, rng, "one"),
                lambda: "no fever. Please have the nurse call %s. Also my appointment on %s — should I keep it?" % (
                    phone(d, rng), d("DATE_TIME", V.fmt_date(V.recent_date(rng), "long") + " at 9:45")),
            ]))]
    return chat_render(rng, msgs)


@T("trial-screening-csv", "healthcare", "structured", 3)
def trial_screening_csv(rng, d, i):
    sep = rng.choice([",", ";", "\t"])
    head = sep.join(["screen_id", "last_name", "first_name", "dob", "mrn", "phone", "zip", "egfr", "eligible"])
    rows = [head]
    for k in range(rng.randint(3, 6)):
        p = V.latin_person(rng)
        rows.append(sep.join(["SCR-%03d" % (k + 1), d("PERSON", p.family), d("PERSON", p.given),
                              D(d, V.rand_date(rng, 1940, 1990), "iso"), d("MEDICAL_RECORD_NUMBER", V.mrn(rng)),
                              d("PHONE_NUMBER", V.us_phone(rng, "dash")), d("US_ZIP_CODE", V.town_state_zip(rng)[2]),
                              str(rng.randint(18, 95)), rng.choice(["Y", "N", "pending"])]))
    return rng.choice(["Which of these screened subjects meet eGFR >= 30? Return screen_id only.\n\n",
                       "Dedupe this screening log and fix the date formats:\n"]) + "\n".join(rows)


@T("immunization-school", "healthcare", "form", 3)
def immunization_school(rng, d, i):
    kid = V.person(rng)
    par = V.person(rng, kid.culture)
    par.family = kid.family
    dob = V.rand_date(rng, 2012, 2020)
    import datetime as _dt
    doses = []
    for vac, offs in [("DTaP", [60, 120, 180, 450, 1500]), ("MMR", [365, 1500]), ("Varicella", [380, 1500]),
                      ("Hep B", [0, 30, 180])]:
        ds = ", ".join(D(d, dob + _dt.timedelta(days=o + rng.randint(0, 20)), "us") for o in offs[:rng.randint(1, len(offs))])
        doses.append("%-10s %s" % (vac, ds))
    nurse = V.latin_person(rng)
    txt = ("CERTIFICATE OF IMMUNIZATION — School Entry\nStudent: %s    DOB: %s    Grade: %s\n"
           "Parent/Guardian: %s    Phone: %s\nHome address: %s\n\nVaccine    Dates given\n%s\n\n"
           "Verified by: %s, RN   %s") % (
        N(d, kid, rng.choice(["full", "last_first"])), D(d, dob, "us"), rng.choice(["K", "1", "6", "7"]), N(d, par),
        phone(d, rng), us_address(d, rng, "one"), "\n".join(doses), N(d, nurse), rng.choice(HUMAN_CLINICS))
    return rng.choice(["Is this student missing anything for 7th grade entry under our state rules?\n\n",
                       "Convert to the state registry CSV format.\n\n"]) + txt


@T("hospice-note", "healthcare", "note", 3)
def hospice_note(rng, d, i):
    p = V.latin_person(rng)
    age = old_age(rng)
    dau = V.person(rng, p.culture)
    doc = V.latin_person(rng)
    visit = V.recent_date(rng)
    death = rng.random() < 0.4
    txt = ("Redfern Valley Hospice — RN visit note\nPatient: %s, %s y/o, DOB %s\nVisit: %s\n\n"
           + rng.choice(["Pt resting in bed, RR 22 with periods of apnea up to 15 s, mottling to bilateral knees. ",
                         "Pt more withdrawn, taking sips only, grimaces with repositioning; PPS 20%%. ",
                         "Pt alert in recliner, ate half a yogurt, pain 3/10 after scheduled dose. "]) +
           "Family at bedside; daughter %s (%s) is primary contact. Comfort kit in home: morphine 20 mg/mL oral solution "
           "0.25 mL q1h PRN dyspnea, lorazepam 0.5 mg q4h PRN, ordered by Dr. %s (DEA %s).\n%s") % (
        N(d, p), d("AGE", str(age)), D(d, V.dob_for_age(rng, age), "us"), D(d, visit, "long"), N(d, dau),
        phone(d, rng), N(d, doc, "family"), d("US_DEA", V.dea(rng, doc.family)),
        ("Time of death %s, pronounced by RN. Funeral home notified." % d(
            "DATE_TIME", V.fmt_date(visit, "us") + " %02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))))
        if death else "Plan: continue comfort measures, chaplain visit tomorrow.")
    return rng.choice(["Clean up this note for the chart:\n\n", "Write a condolence/bereavement follow-up plan:\n\n",
                       ""]) + txt


@T("portal-email-thread", "healthcare", "email", 3)
def portal_email_thread(rng, d, i):
    p = V.person(rng)
    rn = V.person(rng, "us")
    dob = V.rand_date(rng, 1950, 2000)
    dom = rng.choice(["harrowgatecardio.com", "stottilie-rmc.org"])
    txt = ("Subject: RE: RE: metoprolol and dizziness\n\n"
           "%s,\nThanks for the update. Please hold tonight's dose and check your BP before bed. If it's under "
           "95 or you feel faint, call the after-hours line %s.\n\n%s, RN | %s\n%s\n\n"
           "-----Original Message-----\nFrom: %s\nSent: Thursday, March 13, 2025 7:42 PM\nTo: %s\n"
           "Subject: RE: metoprolol and dizziness\n\n"
           "My readings today were 98/60 and 102/64. Still dizzy when I stand. My DOB is %s and chart number "
           "%s in case you need it.\n%s\n%s") % (
        N(d, p, "first"), phone(d, rng), N(d, rn), rng.choice(HUMAN_CLINICS), em(d, rng, rn, dom), em(d, rng, p),
        em(d, rng, None, dom), D(d, dob, "us"), d("MEDICAL_RECORD_NUMBER", V.mrn(rng)), N(d, p),
        maybe(rng, 0.6, lambda: "Sent from my phone " + phone(d, rng)))
    return rng.choice(["Summarize the thread and tell me if escalation is needed.\n\n", ""]) + txt


@T("x12-837", "healthcare", "structured", 3)
def x12_837(rng, d, i):
    p = V.latin_person(rng)
    doc = V.latin_person(rng)
    contact = V.person(rng, "us")
    dob = V.rand_date(rng, 1940, 2012)
    dos = V.recent_date(rng)
    line, town, st, z = addr_parts(rng, upper=True)
    cline, ctown, cst, cz = addr_parts(rng, upper=True)
    segs = [
        "ISA*00*          *00*          *ZZ*BWFM0042       *ZZ*CLEARHOUSE01   *250314*0832*^*00501*%09d*0*P*:" %
        rng.randint(0, 10 ** 8),
        "GS*HC*BWFM0042*CLEARHOUSE01*20250314*0832*1*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*%d*20250314*0832*CH" % rng.randint(1000, 9999),
        "NM1*41*2*BRIGHTWATER FAMILY MEDICINE*****46*TGJ23",
        "PER*IC*%s*TE*%s" % (d("PERSON", contact.upper), d("PHONE_NUMBER", V.us_phone(rng, "bare"))),
        "NM1*85*2*BRIGHTWATER FAMILY MEDICINE*****XX*%s" % d("US_NPI", V.npi(rng)),
        "N3*%s" % d("STREET_ADDRESS", cline),
        "N4*%s*%s*%s" % (ctown, cst, d("US_ZIP_CODE", cz + "%04d" % rng.randint(1, 9999))),
        "SBR*P*18*******CI",
        "NM1*IL*1*%s*%s*%s***MI*%s" % (d("PERSON", V._ascii_upper(p.family)), d("PERSON", V._ascii_upper(p.given)),
                                       p.middle, d("HEALTH_PLAN_ID", V.health_plan_id(rng).replace(" ", ""))),
        "N3*%s" % d("STREET_ADDRESS", line),
        "N4*%s*%s*%s" % (town, st, d("US_ZIP_CODE", z)),
        "DMG*D8*%s*%s" % (D(d, dob, "x12"), rng.choice("MF")),
        "CLM*%d*%d***11:B:1*Y*A*Y*Y" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(80, 600)),
        "HI*ABK:%s" % rng.choice(["I10", "E119", "J069"]),
        "LX*1",
        "SV1*HC:%s*%d*UN*1***1" % (rng.choice(["99213", "99214"]), rng.randint(80, 300)),
        "DTP*472*D8*%s" % D(d, dos, "x12"),
        "NM1*82*1*%s*%s****XX*%s" % (d("PERSON", V._ascii_upper(doc.family)), d("PERSON", V._ascii_upper(doc.given)),
                                     d("US_NPI", V.npi(rng))),
        "SE*21*0001", "GE*1*1", "IEA*1*%09d" % rng.randint(0, 10 ** 8)]
    term = rng.choice(["~\n", "~"])
    return rng.choice(["Our 837P got a 999 rejection on loop 2010BA. What's wrong?\n\n",
                       "Explain each segment of this claim file:\n"]) + term.join(segs) + "~"


@T("x12-eligibility", "healthcare", "structured", 2)
def x12_eligibility(rng, d, i):
    p = V.latin_person(rng)
    dob = V.rand_date(rng, 1930, 1960)
    medicare = rng.random() < 0.5
    mid = d("US_MBI", V.mbi(rng, dashed=False)) if medicare else d("HEALTH_PLAN_ID",
                                                                   V.health_plan_id(rng).replace(" ", ""))
    segs = ["ST*271*0001*005010X279A1", "BHT*0022*11*%d*20250314*1010" % rng.randint(10 ** 6, 10 ** 7),
            "HL*1**20*1", "NM1*PR*2*%s*****PI*%d" % ("CMS" if medicare else rng.choice(V.INSURERS).upper(),
                                                      rng.randint(10000, 99999)),
            "HL*2*1*21*1", "NM1*1P*2*PINECASTLE COMMUNITY HEALTH*****XX*%s" % d("US_NPI", V.npi(rng)),
            "HL*3*2*22*0", "NM1*IL*1*%s*%s****MI*%s" % (d("PERSON", V._ascii_upper(p.family)),
                                                       d("PERSON", V._ascii_upper(p.given)), mid),
            "DMG*D8*%s" % D(d, dob, "x12"), "DTP*291*D8*%s" % D(d, V.recent_date(rng), "x12"),
            "EB*1*IND*30**MEDICARE PART B" if medicare else "EB*1*FAM*30*PR*GOLD PPO",
            "EB*C*IND*30***23*257", "SE*13*0001"]
    return "Parse this 271 and tell me if the patient is active and their remaining deductible:\n" + "~".join(segs) + "~"


@T("ehr-tool-call", "healthcare", "structured", 4)
def ehr_tool_call(rng, d, i):
    p = V.latin_person(rng)
    dob = V.rand_date(rng, 1935, 2010)
    args = {"patient_name": N(d, p), "dob": D(d, dob, "iso"), "mrn": d("MEDICAL_RECORD_NUMBER", V.mrn(rng))}
    if rng.random() < 0.4:
        args["callback_phone"] = phone(d, rng, "dash")
    resp = {"id": "chatcmpl-%s" % V.rand_token(rng, 12), "object": "chat.completion", "choices": [{
        "index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": None, "tool_calls": [{
            "id": "call_%s" % V.rand_token(rng, 10), "type": "function",
            "function": {"name": rng.choice(["lookup_patient", "get_recent_labs", "schedule_followup"]),
                         "arguments": json.dumps(args, ensure_ascii=False)}}]}}]}
    out = json.dumps(resp, ensure_ascii=False, indent=rng.choice([None, 2]))
    if rng.random() < 0.5:
        doc = V.latin_person(rng)
        result = {"role": "tool", "tool_call_id": "call_x", "content": json.dumps({
            "found": True, "pcp": N(d, doc), "pcp_npi": d("US_NPI", V.npi(rng)),
            "next_appt": d("DATE_TIME", V.fmt_date(V.recent_date(rng), "iso") + "T%02d:%02d:00" % (
                rng.randint(8, 16), rng.choice([0, 15, 30, 45])))}, ensure_ascii=False)}
        out += "\n\nTool result message we send back:\n" + json.dumps(result, ensure_ascii=False)
    return rng.choice(["The model's tool call below has the wrong date format for our API — why?\n\n",
                       "Debug: our agent loop hangs after this response.\n"]) + out


@T("patients-sql", "healthcare", "code", 3)
def patients_sql(rng, d, i):
    rows = []
    for _ in range(rng.randint(2, 4)):
        p = V.latin_person(rng)
        rows.append("  ('%s', '%s', '%s', '%s', '%s', '%s')" % (
            d("PERSON", p.family.replace("'", "''")),
            d("PERSON", p.given), D(d, V.rand_date(rng, 1930, 2010), "iso"), d("US_SSN", V.ssn(rng)),
            em(d, rng, p), d("PHONE_NUMBER", V.us_phone(rng, "dash"))))
    sql = ("INSERT INTO patients (last_name, first_name, dob, ssn, email, phone)\nVALUES\n%s;\n\n"
           "SELECT p.mrn, p.last_name, v.visit_date\nFROM patients p JOIN visits v ON v.patient_id = p.id\n"
           "WHERE p.ssn = '%s';") % (",\n".join(rows), d("US_SSN", V.ssn(rng)))
    return rng.choice(["Why does this migration seed fail with a unique constraint error?\n\n```sql\n",
                       "Optimize the SELECT below (postgres 15):\n```sql\n"]) + sql + "\n```"


@T("ehr-access-log", "healthcare", "code", 3)
def ehr_access_log(rng, d, i):
    dom = "stottilie-rmc.org"
    lines = []
    for k in range(rng.randint(3, 5)):
        u = V.person(rng, "us")
        ip = V.ipv4(rng)
        if rng.random() < 0.5:
            lines.append('%s - - [14/Mar/2025:0%d:%02d:%02d +0000] "GET /api/v2/patients/mrn/%s/summary HTTP/1.1" '
                         '200 %d "%s" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"' % (
                             d("IP_ADDRESS", ip), k, rng.randint(0, 59), rng.randint(0, 59),
                             d("MEDICAL_RECORD_NUMBER", V.mrn(rng).replace("-", "")), rng.randint(800, 9000),
                             d("URL", "https://ehr.%s/search?dept=%s" % (dom, rng.choice(["cardio", "ed", "onc"])))))
        else:
            pt = V.latin_person(rng)
            lines.append("2025-03-14T0%d:%02d:%02d.%03dZ AUDIT user=%s src=%s action=%s patient=\"%s\" mrn=%s" % (
                k, rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999), em(d, rng, u, dom),
                d("IP_ADDRESS", ip), rng.choice(["VIEW_CHART", "PRINT", "EXPORT_CCD"]), d("PERSON", pt.last_first),
                d("MEDICAL_RECORD_NUMBER", V.mrn(rng))))
    return rng.choice(["Privacy office asked: any sign of snooping in these EHR audit lines?\n\n",
                       "Write a Splunk query that would catch the pattern in these logs:\n"]) + "\n".join(lines)


@T("nursing-home-intake", "healthcare", "form", 3)
def nursing_home_intake(rng, d, i):
    p = V.latin_person(rng)
    age = old_age(rng)
    poa = V.person(rng)
    txt = ("RESIDENT ADMISSION FACE SHEET\nResident: %s\nDOB: %s   Age: %s   Sex: %s\n"
           "Medicare MBI: %s   Secondary: %s ID %s\nSSN: %s\nPrior address: %s\n"
           "Health care POA: %s (%s)   Phone: %s   Email: %s\nAttending: Dr. %s\nAdmit date: %s\n"
           "Allergies: penicillin (rash), sulfa\nDiet: mechanical soft, thin liquids\nCode status: DNR") % (
        N(d, p, rng.choice(["last_first", "full"])), D(d, V.dob_for_age(rng, age), "us"), d("AGE", str(age)),
        rng.choice("FM"), d("US_MBI", V.mbi(rng)), rng.choice(V.INSURERS), d("HEALTH_PLAN_ID", V.health_plan_id(rng)),
        d("US_SSN", V.ssn(rng)), us_address(d, rng, "one"), N(d, poa), rng.choice(["son", "daughter", "nephew"]),
        phone(d, rng), em(d, rng, poa), N(d, V.latin_person(rng), "family"), D(d, V.recent_date(rng), "us"))
    return rng.choice(["Create a care plan outline from this face sheet.\n\n", ""]) + txt


# --------------------------------------------------------------------------- healthcare, other languages

@T("es-cita-medica", "healthcare", "chat", 3)
def es_cita(rng, d, i):
    p = V.person(rng, "hispanic")
    dob = V.rand_date(rng, 1950, 2005)
    msgs = [("system", "Eres el asistente de citas de la Clínica Pinecastle. Responde en español."),
            ("user", "Hola, quiero cambiar mi cita del %s. Soy %s, nací el %s. Mi número de afiliado es %s." % (
                d("DATE_TIME", "%d de %s" % (rng.randint(1, 28), rng.choice(["marzo", "abril", "mayo"]))), N(d, p),
                D(d, dob, "eu_slash"), d("HEALTH_PLAN_ID", V.health_plan_id(rng)))),
            ("assistant", "Con gusto. ¿Qué día le viene mejor y a qué teléfono le confirmamos?"),
            ("user", "El jueves por la tarde. Mi celular es %s%s" % (
                phone(d, rng) if rng.random() < 0.6 else d("PHONE_NUMBER", V.intl_phone(rng, "MX")),
                maybe(rng, 0.5, lambda: " y vivo en " + us_address(d, rng, "one"))))]
    return chat_render(rng, msgs)


FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fr_date(dt):
    return "%s %s %d" % ("1er" if dt.day == 1 else str(dt.day), FR_MONTHS[dt.month - 1], dt.year)


@T("fr-lettre-liaison", "healthcare", "note", 3)
def fr_lettre(rng, d, i):
    p = V.person(rng, "french")
    age = old_age(rng) if rng.random() < 0.6 else rng.randint(60, 89)
    doc = V.person(rng, "french")
    txt = ("Lettre de liaison — Service de gériatrie\n\nCher confrère,\n\nJ'ai vu en consultation le %s "
           "%s %s, né(e) le %s (%s ans), demeurant %s, tél. %s.\n"
           + rng.choice(["Motif : chutes répétées. Bilan : hypotension orthostatique, MMSE 22/30. Arrêt de "
                         "l'amlodipine, kinésithérapie à domicile.",
                         "Motif : troubles de la mémoire récents. Bilan : MoCA 19/30, IRM sans lésion aiguë. "
                         "Orientation vers la consultation mémoire.",
                         "Motif : perte de poids de 6 kg en 3 mois. Bilan : albumine 31 g/L. Compléments oraux, "
                         "réévaluation dans un mois."]) +
           "\nConfraternellement,\nDr %s") % (
        d("DATE_TIME", fr_date(V.recent_date(rng))), rng.choice(["M.", "Mme"]), N(d, p),
        D(d, V.dob_for_age(rng, age), "eu_slash"),
        d("AGE", str(age)) if age > 89 else str(age), d("STREET_ADDRESS", V.foreign_address(rng, "FR")),
        d("PHONE_NUMBER", V.intl_phone(rng, "FR")), N(d, doc))
    return rng.choice(["Résume cette lettre en trois points :\n\n", "Translate to English:\n\n"]) + txt


@T("de-arztbrief", "healthcare", "note", 3)
def de_arztbrief(rng, d, i):
    p = V.person(rng, "german")
    doc = V.person(rng, "german")
    import datetime as _dt
    a = V.recent_date(rng)
    b = a + _dt.timedelta(days=rng.randint(3, 12))
    kv = rng.choice("ABCDEFGHKLMNR") + V.rand_digits(rng, 9)
    txt = ("Sehr geehrte Frau Kollegin %s,\n\nwir berichten über Ihre Patientin %s, geb. %s, wohnhaft %s, "
           "die sich vom %s bis %s in unserer stationären Behandlung befand. Versichertennummer: %s.\n\n"
           + rng.choice(["Diagnosen: Pneumonie rechts basal (J18.1), Diabetes mellitus Typ 2 (E11.9).\n"
                         "Therapie: Ampicillin/Sulbactam i.v. für 5 Tage, anschließend oral.\n\n",
                         "Diagnosen: Dekompensierte Herzinsuffizienz (I50.01), Vorhofflimmern (I48.1).\n"
                         "Therapie: Furosemid i.v., Umstellung auf Apixaban 5 mg 1-0-1.\n\n",
                         "Diagnosen: Schenkelhalsfraktur links (S72.00), Osteoporose (M81.0).\n"
                         "Therapie: Duokopfprothese, Mobilisation unter Vollbelastung.\n\n"]) +
           "Rückfragen gern unter %s.\nMit freundlichen Grüßen\n%s, Oberärztin") % (
        N(d, doc, "family"), N(d, p), D(d, V.rand_date(rng, 1935, 1970), "eu"),
        d("STREET_ADDRESS", V.foreign_address(rng, "DE")), D(d, a, "eu"), D(d, b, "eu"), d("HEALTH_PLAN_ID", kv),
        d("PHONE_NUMBER", V.intl_phone(rng, "DE")), N(d, V.person(rng, "german")))
    return rng.choice(["Bitte kürze diesen Arztbrief auf das Wesentliche:\n\n", "Summarize in English:\n\n"]) + txt


@T("ja-monshin", "healthcare", "form", 3)
def ja_monshin(rng, d, i):
    native, _latin = V.native_name(rng, "japanese")
    txt = ("【問診票】\n氏名：%s\n生年月日：%s\n電話番号：%s\n住所：%s\n保険者番号：%08d　記号・番号：%s\n"
           "受診日：%s\n症状：三日前から咳と微熱（37.6℃）。\n既往歴：高血圧（アムロジピン 5mg 内服中）") % (
        d("PERSON", native), D(d, V.rand_date(rng, 1940, 2000), "ja"), d("PHONE_NUMBER", V.intl_phone(rng, "JP")),
        d("STREET_ADDRESS", V.foreign_address(rng, "JP")), rng.randint(10 ** 7, 10 ** 8 - 1),
        d("HEALTH_PLAN_ID", "%d・%d" % (rng.randint(100, 9999), rng.randint(10, 999))),
        D(d, V.recent_date(rng), "ja"))
    return rng.choice(["以下の問診票を英語に翻訳してください。\n\n", "この問診内容から紹介状の下書きを作成して。\n\n"]) + txt


@T("zh-bingli", "healthcare", "note", 2)
def zh_bingli(rng, d, i):
    native, _ = V.native_name(rng, "chinese")
    age = old_age(rng)
    txt = ("病历摘要\n患者：%s，性别：%s，年龄：%s岁，出生日期：%s\n病历号：%s\n联系电话：%s\n住址：%s\n"
           "入院日期：%s\n主诉：反复胸闷气短三年，加重一周。\n诊断：慢性心力衰竭（NYHA III级），心房颤动。") % (
        d("PERSON", native), rng.choice(["男", "女"]), d("AGE", str(age)), D(d, V.dob_for_age(rng, age), "zh"),
        d("MEDICAL_RECORD_NUMBER", V.mrn(rng)), d("PHONE_NUMBER", V.intl_phone(rng, "CN")),
        d("STREET_ADDRESS", V.foreign_address(rng, "CN")), D(d, V.recent_date(rng), "zh"))
    return rng.choice(["请把这份病历摘要翻译成英文。\n\n", "请根据以下病历写一份出院小结：\n\n"]) + txt


@T("hi-appointment", "healthcare", "chat", 2)
def hi_appointment(rng, d, i):
    native, _ = V.native_name(rng, "indian")
    msgs = [("user", "नमस्ते, मेरा नाम %s है। मेरी जन्म तिथि %s है। मुझे डॉ. %s के साथ %s को अपॉइंटमेंट चाहिए। "
                     "मेरा फ़ोन नंबर %s है और ईमेल %s है।" % (
                         d("PERSON", native), D(d, V.rand_date(rng, 1960, 2000), "eu_slash"),
                         d("PERSON", rng.choice(["मेहता", "राव", "सिन्हा"])),
                         D(d, V.recent_date(rng), "eu_slash"), d("PHONE_NUMBER", V.intl_phone(rng, "IN")),
                         em(d, rng, V.person(rng, "indian")))),
            ("assistant", "धन्यवाद! मैं उपलब्ध समय देख रहा हूँ।")]
    return chat_render(rng, msgs, rng.choice(["json", "plain"]))


@T("vi-kham-benh", "healthcare", "chat", 2)
def vi_kham(rng, d, i):
    p = V.person(rng, "vietnamese")
    msgs = [("user", "Chào bác sĩ, tôi là %s, sinh ngày %s. Con tôi bị sốt 39 độ từ hôm qua. Số điện thoại của tôi "
                     "là %s, địa chỉ %s." % (N(d, p), D(d, V.rand_date(rng, 1975, 2000), "eu_slash"),
                                              d("PHONE_NUMBER", V.intl_phone(rng, "VN")),
                                              d("STREET_ADDRESS", V.foreign_address(rng, "VN")))),
            ("assistant", "Chào chị, cháu bao nhiêu tuổi và có co giật hay phát ban không?")]
    return chat_render(rng, msgs)


@T("tr-hasta-eposta", "healthcare", "email", 2)
def tr_hasta(rng, d, i):
    p = V.person(rng, "turkish")
    doc = V.person(rng, "turkish")
    txt = ("Konu: Tahlil sonuçları\n\nSayın Dr. %s,\n\n%s tarihinde alınan kan tahlillerimin sonuçlarını "
           "paylaşabilir misiniz? Hasta: %s, doğum tarihi %s. Bana %s numaralı telefondan veya %s adresinden "
           "ulaşabilirsiniz.\n\nAdres: %s\n\nSaygılarımla,\n%s") % (
        N(d, doc, "family"), D(d, V.recent_date(rng), "eu"), N(d, p), D(d, V.rand_date(rng, 1950, 2000), "eu"),
        d("PHONE_NUMBER", V.intl_phone(rng, "TR")), em(d, rng, p), d("STREET_ADDRESS", V.foreign_address(rng, "TR")),
        N(d, p))
    return "Bu e-postaya kibar bir yanıt yaz:\n\n" + txt


@T("ar-patient-file", "healthcare", "note", 2)
def ar_patient(rng, d, i):
    native, _ = V.native_name(rng, "arabic")
    age = old_age(rng)
    txt = ("ملف المريض\nالاسم: %s\nالعمر: %s سنة\nتاريخ الميلاد: %s\nرقم الملف الطبي: %s\nالهاتف: %s\n"
           "العنوان: %s\nتاريخ الدخول: %s\nالتشخيص: قصور القلب الاحتقاني") % (
        d("PERSON", native), d("AGE", str(age)), D(d, V.dob_for_age(rng, age), "iso"),
        d("MEDICAL_RECORD_NUMBER", V.mrn(rng)), d("PHONE_NUMBER", V.intl_phone(rng, "SA")),
        d("STREET_ADDRESS", V.foreign_address(rng, "SA")), D(d, V.recent_date(rng), "iso"))
    return rng.choice(["ترجم الملف التالي إلى الإنجليزية:\n\n", "Translate this patient file to English:\n\n"]) + txt


# =========================================================================== FINANCE

def obfuscate_digits(rng, s, how=None):
    """Return an obfuscated rendering of a grouped number (labeled over the obfuscated characters)."""
    how = how or rng.choice(["nbhyphen", "endash", "zwj", "fullwidth"])
    if how == "nbhyphen":
        return s.replace(" ", "\u2011").replace("-", "\u2011")
    if how == "endash":
        return s.replace(" ", "\u2013").replace("-", "\u2013")
    if how == "zwj":
        out = []
        for k, ch in enumerate(s.replace(" ", "")):
            out.append(ch)
            if k % 4 == 3:
                out.append("\u200d")
        return "".join(out).rstrip("\u200d")
    return "".join(chr(ord(c) - 48 + 0xFF10) if c.isdigit() else c for c in s)


@T("wire-email", "finance", "email", 4)
def wire_email(rng, d, i):
    sender = V.person(rng)
    ap = V.person(rng, "us")
    ben = V.person(rng, rng.choice(["german", "french", "dutch", "italian", "portuguese", "polish", "irish", "greek"]))
    cc = {"german": "DE", "french": "FR", "dutch": "NL", "italian": "IT", "portuguese": "PT", "polish": "PL",
          "irish": "IE", "greek": "GR"}[ben.culture]
    addr_cc = cc if cc in V.FOREIGN_ADDRESSES else "GB"
    dom = rng.choice(V.ORG_DOMAINS)
    inv = "INV-2025-%04d" % rng.randint(1, 9999)
    domestic = rng.random() < 0.35
    if domestic:
        details = ("Beneficiary: %s\nBeneficiary address: %s\nBank: %s\nABA/Routing: %s\nAccount #: %s\n"
                   "Reference: %s") % (N(d, ben), us_address(d, rng, "one"), rng.choice(V.BANKS),
                                       d("US_ROUTING_NUMBER", V.routing(rng)), d("US_BANK_ACCOUNT", V.bank_account(rng)),
                                       inv)
    else:
        details = ("Beneficiary: %s\nAddress: %s\nIBAN: %s\nBIC/SWIFT: %s%s\nReference: %s") % (
            N(d, ben), d("STREET_ADDRESS", V.foreign_address(rng, addr_cc)), d("IBAN_CODE", V.iban(rng, cc)),
            d("SWIFT_CODE", V.swift(rng, cc)),
            maybe(rng, 0.5, lambda: "\nIntermediary (USD): SWIFT %s, ABA %s" % (d("SWIFT_CODE", V.swift(rng, "US")),
                                                                        d("US_ROUTING_NUMBER", V.routing(rng)))), inv)
    body = ("From: %s <%s>\nTo: %s\nSubject: %s\n\nHi %s,\n\n%s\n\n%s\n\nAmount: %s\n\nThanks,\n%s\n%s\n%s") % (
        N(d, sender), em(d, rng, sender, dom), em(d, rng, ap, rng.choice(V.ORG_DOMAINS)),
        rng.choice(["Updated bank details for %s" % inv, "URGENT: change of wire instructions", "Re: March payment"]),
        N(d, ap, "first"),
        rng.choice(["Please note our bank details have changed. Use the account below for all future payments; "
                    "the old one is closed.", "As discussed on the phone, here are the wire details for the "
                    "consultant invoice.", "Payment instructions for the settlement are below."]),
        details, rng.choice(["EUR 18,400.00", "USD 42,750.00", "EUR 3,120.50", "USD 7,900.00"]), N(d, sender),
        rng.choice(["Controller", "Accounts Receivable", "Managing Partner"]), phone(d, rng))
    return rng.choice(["Is this email a likely business email compromise attempt? Explain the red flags.\n\n",
                       "Fill our vendor-master change form from this email:\n\n", ""]) + body


@T("ach-authorization", "finance", "form", 3)
def ach_authorization(rng, d, i):
    p = V.person(rng)
    raw = ("AUTHORIZATION AGREEMENT FOR DIRECT PAYMENTS (ACH DEBITS)\n\n"
           "I authorize %s to initiate debit entries to my account indicated below.\n\n"
           "Name: %s\nAddress: %s\nPhone: %s   Email: %s\n"
           "Bank name: %s\nRouting number: %s\nAccount number: %s   [ ] Checking  [x] Savings\n"
           "Amount: $%d.00 monthly on the %s\nSignature: /s/ %s") % (
        rng.choice(V.EMPLOYERS + ["Lake Tillery Women's Clinic"]), N(d, p),
        us_address(d, rng, rng.choice(["one", "one_nocomma"])), phone(d, rng), em(d, rng, p),
        rng.choice(V.BANKS), d("US_ROUTING_NUMBER", V.routing(rng)), d("US_BANK_ACCOUNT", V.bank_account(rng)),
        rng.randint(25, 900), V.ordinal(rng.randint(1, 28)), N(d, p))
    if rng.random() < 0.5:
        raw = V.ocr_noise(rng, raw, 0.07)
        return "Scanned form, OCR below. Enter into the billing system and confirm the routing number:\n\n" + raw
    return rng.choice(["Check this ACH form for missing fields:\n\n", ""]) + raw


@T("loan-application", "finance", "form", 4)
def loan_application(rng, d, i):
    p = V.person(rng)
    co = V.person(rng)
    st, dl = V.driver_license(rng)
    txt = ("PERSONAL LOAN APPLICATION — %s\n\nApplicant\n  Full legal name: %s\n  Date of birth: %s\n"
           "  SSN: %s\n  Driver's license: %s (%s)\n  Mobile: %s\n  Email: %s\n  Home address: %s\n"
           "  Years at address: %d   Own/Rent: %s\n\nEmployment\n  Employer: %s\n  Title: %s\n  Gross monthly "
           "income: $%s\n\n") % (
        rng.choice(V.BANKS), N(d, p), D(d, V.rand_date(rng, 1955, 2002), "us"),
        d("US_SSN", V.ssn(rng, rng.choice(["-", "-", " "]))), d("US_DRIVER_LICENSE", dl), st, phone(d, rng),
        em(d, rng, p), us_address(d, rng, rng.choice(["one", "two"]), indent="                "), rng.randint(1, 20),
        rng.choice(["Own", "Rent"]), rng.choice(V.EMPLOYERS), rng.choice(["Dispatcher", "RN", "Analyst", "Chef"]),
        "{:,}".format(rng.randint(2800, 14000)))
    if rng.random() < 0.6:
        txt += ("Co-applicant\n  Name: %s\n  Taxpayer ID (ITIN): %s\n  Date of birth: %s\n  Phone: %s\n\n") % (
            N(d, co), d("US_ITIN", V.itin(rng)), D(d, V.rand_date(rng, 1960, 2002), "us"), phone(d, rng))
    txt += "Disbursement account: routing %s, acct %s\nLoan amount requested: $%s for %s" % (
        d("US_ROUTING_NUMBER", V.routing(rng)), d("US_BANK_ACCOUNT", V.bank_account(rng)),
        "{:,}".format(rng.randint(3, 60) * 1000), rng.choice(["debt consolidation", "home repairs", "medical bills"]))
    return rng.choice(["Underwriting assistant: compute DTI and list missing documents.\n\n",
                       "Turn this application into the JSON schema our LOS expects.\n\n", ""]) + txt


@T("mortgage-ocr", "finance", "form", 3)
def mortgage_ocr(rng, d, i):
    p = V.person(rng)
    co = V.person(rng)
    line, town, st, z = addr_parts(rng, upper=True)
    raw = ("Uniform Residential Loan Application\nSection 1: Borrower Information\n"
           "1a. Personal Information\nName (First, Middle, Last, Suffix)  %s\n"
           "Social Security Number  %s        Date of Birth (mm/dd/yyyy)  %s\n"
           "Citizenship  [X] U.S. Citizen  [ ] Permanent Resident Alien\n"
           "Co-Borrower  %s   ITIN  %s\n"
           "Current Address  Street %s\nCity %s  State %s  ZIP %s\n"
           "Contact Information  Cell Phone %s   Email %s\n"
           "1b. Current Employment  Employer or Business Name %s   Phone %s\n"
           "Gross Monthly Income  Base $%s  Overtime $%d") % (
        d("PERSON", p.with_middle.upper()), d("US_SSN", V.ssn(rng)), D(d, V.rand_date(rng, 1958, 2000), "us"),
        N(d, co, "upper"), d("US_ITIN", V.itin(rng)), d("STREET_ADDRESS", line), town, st, d("US_ZIP_CODE", z),
        phone(d, rng), em(d, rng, p), rng.choice(V.EMPLOYERS).upper(), phone(d, rng), "{:,}".format(rng.randint(4, 15) * 1000),
        rng.randint(0, 900))
    noisy = V.ocr_noise(rng, raw, 0.12)
    if rng.random() < 0.6:
        noisy = noisy.replace("Social Security Number", "Social Secu-\nrity Number").replace("Citizenship", "Citizen-\nship")
    return rng.choice(["The OCR of page 1 of the 1003 is below — extract borrower fields into JSON.\n\n",
                       "Check this application page for inconsistencies:\n\n"]) + noisy


@T("kyc-json", "finance", "structured", 4)
def kyc_json(rng, d, i):
    culture = ["thai", "greek", "hebrew", "russian", "japanese", "korean", "arabic", "indian"][i % 8]
    native, latin = V.native_name(rng, culture)
    given, family = latin.split(" ", 1) if culture not in ("chinese",) else latin.split(" ", 1)[::-1]
    line, town, st, z = addr_parts(rng, unit=True)
    st2, dl = V.driver_license(rng)
    app = {"applicant": {"first_name": d("PERSON", given), "last_name": d("PERSON", family),
                         "name_native_script": d("PERSON", native),
                         "date_of_birth": D(d, V.rand_date(rng, 1960, 2004), "iso"),
                         "tax_id": {"type": "SSN", "value": d("US_SSN", V.ssn(rng))} if rng.random() < 0.6 else
                         {"type": "ITIN", "value": d("US_ITIN", V.itin(rng))},
                         "documents": [{"type": "passport", "number": d("US_PASSPORT", V.passport(rng)), "country": "USA",
                                        "expiry": "20%02d-%02d-%02d" % (rng.randint(27, 34), rng.randint(1, 12),
                                                                        rng.randint(1, 28))}],
                         "address": {"line1": d("STREET_ADDRESS", line), "city": town, "state": st,
                                     "postal_code": d("US_ZIP_CODE", z)},
                         "email": em(d, rng, V.Person(given, family, "A", "us")),
                         "phone": d("PHONE_NUMBER", V.us_phone(rng, "plus"))},
           "session": {"ip_address": d("IP_ADDRESS", V.ipv4(rng, private=False)),
                       "device_id": d("DEVICE_ID", V.device_id(rng, "imei")), "user_agent": "okhttp/4.12.0"},
           "checks": ["sanctions", "pep", "document"]}
    if rng.random() < 0.5:
        app["applicant"]["documents"].append({"type": "drivers_license", "number": d("US_DRIVER_LICENSE", dl),
                                              "state": st2})
    body = json.dumps(app, ensure_ascii=False, indent=rng.choice([None, 2]))
    return rng.choice(["Our KYC vendor returned 'name mismatch' for this payload. Can transliteration explain it?\n\n",
                       "Write a pydantic model for this request:\n", "Review this onboarding payload:\n"]) + body


@T("w2-form", "finance", "form", 3)
def w2_form(rng, d, i):
    p = V.person(rng)
    eline, etown, est, ez = addr_parts(rng, unit=True)
    wages = rng.randint(28000, 180000)
    txt = ("Form W-2 Wage and Tax Statement 2024\n"
           "a Employee's social security number: %s\n"
           "b Employer identification number (EIN): %02d-%07d\n"
           "c Employer's name, address, and ZIP code: %s\n  %s\n  %s, %s %s\n"
           "e Employee's first name and initial / Last name: %s %s / %s\n"
           "f Employee's address and ZIP code: %s\n"
           "1 Wages, tips, other compensation: %s.00   2 Federal income tax withheld: %s.00\n"
           "3 Social security wages: %s.00   4 Social security tax withheld: %.2f\n"
           "5 Medicare wages and tips: %s.00   6 Medicare tax withheld: %.2f\n"
           "15 State: %s   16 State wages: %s.00") % (
        d("US_SSN", V.ssn(rng)), rng.randint(10, 99), rng.randint(0, 9999999), rng.choice(V.EMPLOYERS),
        d("STREET_ADDRESS", eline), etown, est, d("US_ZIP_CODE", ez), d("PERSON", p.given), p.middle,
        d("PERSON", p.family), us_address(d, rng, rng.choice(["one", "one_nocomma"])), "{:,}".format(wages),
        "{:,}".format(int(wages * 0.12)), "{:,}".format(wages), wages * 0.062, "{:,}".format(wages), wages * 0.0145,
        est, "{:,}".format(wages))
    return rng.choice(["Help me fill in my 1040 lines 1a and 25a from this W-2:\n\n",
                       "Does box 4 look right given box 3?\n\n"]) + txt


@T("1099-form", "finance", "form", 3)
def form_1099(rng, d, i):
    p = V.person(rng)
    tin = d("US_SSN", V.ssn(rng)) if rng.random() < 0.5 else d("US_ITIN", V.itin(rng))
    t99 = V.town_state_zip(rng)
    txt = ("%s — Form 1099-INT (2024)\nPAYER'S TIN: %02d-%07d\nRECIPIENT'S TIN: %s\nRECIPIENT'S name: %s\n"
           "Street address (including apt. no.): %s\nCity or town, state, and ZIP: %s\n"
           "Account number (see instructions): %s\n1 Interest income: $%d.%02d\n4 Federal income tax withheld: $0.00") % (
        rng.choice(V.BANKS).upper(), rng.randint(10, 99), rng.randint(0, 9999999), tin, N(d, p, "upper"),
        d("STREET_ADDRESS", V.street_line(rng, unit=True, upper=True)),
        "%s, %s %s" % (t99[0].upper(), t99[1], d("US_ZIP_CODE", t99[2])),
        d("US_BANK_ACCOUNT", V.bank_account(rng)), rng.randint(12, 4000), rng.randint(0, 99))
    return rng.choice(["Is this interest taxable in my state? 1099 below:\n\n", "Extract to our tax-prep JSON:\n\n"]) + txt


@T("card-dispute-chat", "finance", "chat", 4)
def card_dispute_chat(rng, d, i):
    p = V.person(rng)
    brand, grouped = V.card_printed(rng)
    shown = obfuscate_digits(rng, grouped, ["nbhyphen", "zwj", "fullwidth", "endash"][i % 4])
    msgs = [("system", "You are %s's virtual assistant. Never ask for full card numbers or CVV." % rng.choice(V.BANKS)),
            ("user", pick(rng, [
                lambda: "I see a charge of $%d.%02d at a hotel I never visited. My card is %s exp %s cvv %s" % (
                    rng.randint(90, 900), rng.randint(0, 99), d("CREDIT_CARD", shown), V.card_expiry(rng),
                    d("CARD_SECURITY_CODE", V.cvv(rng, brand))),
                lambda: "hi this is %s, need to dispute two transactions on card %s (security code %s). billing zip %s" % (
                    N(d, p), d("CREDIT_CARD", shown), d("CARD_SECURITY_CODE", V.cvv(rng, brand)),
                    d("US_ZIP_CODE", V.town_state_zip(rng)[2])),
            ])),
            ("assistant", "For your security, please don't share your full card number or security code here. "
                          "I've flagged this conversation. Can you confirm the last four digits and the merchant?"),
            ("user", "ending %s, merchant was 'HTL*SALTBOX RESORT'. you can email me at %s%s" % (
                V.rand_digits(rng, 4), em(d, rng, p), maybe(rng, 0.5, lambda: " or call " + phone(d, rng))))]
    return chat_render(rng, msgs)


@T("pos-terminal-log", "finance", "code", 4)
def pos_terminal_log(rng, d, i):
    lines = []
    term = "T%04d" % rng.randint(1, 9999)
    host = V.ipv4(rng, private=True)
    for k in range(rng.randint(3, 5)):
        ts = "2025-03-14 1%d:%02d:%02d.%03d" % (rng.randint(0, 9), rng.randint(0, 59), rng.randint(0, 59),
                                                 rng.randint(0, 999))
        r = rng.random()
        if r < 0.45:
            p = V.latin_person(rng)
            trk = V.track1(rng, p) if rng.random() < 0.5 else V.track2(rng)
            lines.append("%s DEBUG [%s] MSR raw read len=%d data=%s" % (ts, term, len(trk), d("CARD_TRACK_DATA", trk)))
        elif r < 0.7:
            _b, pan = V.card_number(rng)
            lines.append("%s INFO  [%s] AUTH req pan=%s****%s amt=%d.%02d -> %s:8443" % (
                ts, term, pan[:6], pan[-4:], rng.randint(1, 300), rng.randint(0, 99), d("IP_ADDRESS", host)))
        else:
            lines.append("%s WARN  [%s] EMV fallback to swipe, track2=%s" % (ts, term, d("CARD_TRACK_DATA", V.track2(rng))))
    return rng.choice(["PCI audit found these lines in our POS logs. What's the exposure and how do we fix logging?\n\n",
                       "Parse these terminal logs and count fallback swipes:\n"]) + "\n".join(lines)


@T("payments-code", "finance", "code", 3)
def payments_code(rng, d, i):
    p = V.person(rng, rng.choice(["us", "hispanic", "irish"]))
    brand, num = V.card_number(rng)
    if rng.random() < 0.5:
        code = ('import stripe\n\nstripe.api_key = "%s"\n\n'
                'def charge_member():\n    pm = stripe.PaymentMethod.create(type="card", card={\n'
                '        "number": "%s", "exp_month": %d, "exp_year": 20%d, "cvc": "%s"})\n'
                '    return stripe.PaymentIntent.create(amount=%d, currency="usd", payment_method=pm.id,\n'
                '        receipt_email="%s", description="Dues for %s", confirm=True)\n') % (
            d("API_KEY", V.api_key(rng, rng.choice(["stripe", "stripe_rk"]))), d("CREDIT_CARD", num),
            rng.randint(1, 12), rng.randint(26, 31), d("CARD_SECURITY_CODE", V.cvv(rng, brand)),
            rng.randint(500, 50000), em(d, rng, p), N(d, p))
        lang = "python"
    else:
        code = ("const fixture = {\n  customer: { name: '%s', email: '%s', phone: '%s' },\n"
                "  card: { pan: '%s', cvv: '%s', exp: '%s' },\n  billing: { line1: '%s', postal: '%s' },\n};\n\n"
                "const client = new Gateway({ apiKey: process.env.GW_KEY, baseUrl: '%s' });\n"
                "await client.authorize(fixture);\n") % (
            N(d, p), em(d, rng, p), d("PHONE_NUMBER", V.us_phone(rng, "dash")), d("CREDIT_CARD", V.group_card(num)),
            d("CARD_SECURITY_CODE", V.cvv(rng, brand)), V.card_expiry(rng), d("STREET_ADDRESS", V.street_line(rng)),
            d("US_ZIP_CODE", V.town_state_zip(rng)[2]), d("URL", "https://api.%s/v1" % rng.choice(V.ORG_DOMAINS)))
        lang = "js"
    return rng.choice(["Code review please — anything wrong here?\n\n```%s\n" % lang,
                       "This test fails with 'card_declined', why?\n```%s\n" % lang]) + code + "```"


@T("fraud-call", "finance", "transcript", 3)
def fraud_call(rng, d, i):
    p = V.person(rng, rng.choice(["us", "hispanic", "nigerian", "filipino"]))
    brand, num = V.card_number(rng, rng.choice(["visa", "mastercard", "discover"]))
    z = V.town_state_zip(rng)[2]
    dob = V.rand_date(rng, 1950, 2000)
    lines = ["AGENT: fraud prevention this is %s may i have your name" % d("PERSON", V.person(rng, "us").given.lower()),
             "CUSTOMER: %s" % d("PERSON", p.full.lower()),
             "AGENT: thank you and the card number you're calling about",
             "CUSTOMER: %s" % d("CREDIT_CARD", V.spoken_digits(num, rng, [4, 4, 4, 4])),
             "AGENT: and the date of birth on the account",
             "CUSTOMER: %s" % d("DATE_TIME", V.spoken_date(dob, rng)),
             "AGENT: and the billing zip code",
             "CUSTOMER: %s" % d("US_ZIP_CODE", V.spoken_digits(z, rng))]
    if rng.random() < 0.6:
        lines += ["AGENT: to verify a card-not-present transaction i'll need the three digit code on the back",
                  "CUSTOMER: uh %s" % d("CARD_SECURITY_CODE", V.spoken_digits(V.cvv(rng, brand), rng))]
    lines.append("AGENT: okay i see the declined charge at an electronics store for eight hundred forty nine dollars "
                 "i'm going to block the card and ship a new one")
    return rng.choice(["Speech-to-text output from the fraud line. Redact nothing, just summarize the outcome:\n\n",
                       "Score this call against our verification script:\n\n"]) + "\n".join(lines)


@T("bank-support-email", "finance", "email", 3)
def bank_support_email(rng, d, i):
    p = V.person(rng)
    agent = V.person(rng, "us")
    dom = rng.choice(["tidewatermutual.com", "northforkcu.org", "granite-ledger.com"])
    txt = ("From: %s\nTo: %s\nSubject: Re: direct deposit not received\n\n"
           "Dear %s,\n\nThank you for your patience. I checked account ending %s and don't see the payroll credit "
           "yet. Could you confirm the numbers your employer has on file?\n\nKind regards,\n%s\nMember Support | %s\n"
           "%s\n\n> From: %s\n> Sent: Friday, March 14, 2025 08:03\n> \n> Hi, my paycheck didn't arrive. My employer "
           "says they sent it to routing %s, account %s. My phone is %s.\n> -- %s") % (
        em(d, rng, None, dom), em(d, rng, p), N(d, p, rng.choice(["full", "first"])), V.rand_digits(rng, 4),
        N(d, agent), rng.choice(V.BANKS), phone(d, rng), em(d, rng, p), d("US_ROUTING_NUMBER", V.routing(rng)),
        d("US_BANK_ACCOUNT", V.bank_account(rng)), phone(d, rng), N(d, p, "first"))
    return rng.choice(["Write a reply for the agent. Keep it short.\n\n", ""]) + txt


@T("auto-loan", "finance", "form", 3)
def auto_loan(rng, d, i):
    p = V.person(rng)
    st, dl = V.driver_license(rng)
    txt = ("RETAIL INSTALLMENT CONTRACT — WORKSHEET\nBuyer: %s   DOB: %s   SSN: %s\nDL #: %s  State: %s\n"
           "Address: %s\nCell: %s\n\nVehicle: 2022 %s   VIN: %s   Odometer: %s mi\n"
           "Trade-in: %s   Payoff: $%s\nAmount financed: $%s   APR: %.2f%%   Term: %d mo") % (
        N(d, p, rng.choice(["full", "upper"])), D(d, V.rand_date(rng, 1960, 2003), "us"), d("US_SSN", V.ssn(rng)),
        d("US_DRIVER_LICENSE", dl), st, us_address(d, rng, "one"), phone(d, rng),
        rng.choice(["Honda CR-V EX", "Toyota RAV4 XLE", "Ford F-150 XLT", "Hyundai Tucson SEL"]),
        d("VEHICLE_ID", V.vin(rng)), "{:,}".format(rng.randint(8000, 60000)),
        ("VIN " + d("VEHICLE_ID", V.vin(rng))) if rng.random() < 0.6 else "none",
        "{:,}".format(rng.randint(0, 9000)), "{:,}".format(rng.randint(12000, 45000)), rng.uniform(4, 14),
        rng.choice([48, 60, 72]))
    return rng.choice(["Check the math and flag compliance issues:\n\n", "Summarize this deal for the F&I manager:\n\n"]) + txt


def attorney(d, rng):
    a = V.person(rng)
    return " Claimant's attorney: %s, %s." % (N(d, a), em(d, rng, a, "orrinvale-law.com"))


@T("auto-claim", "finance", "note", 3)
def auto_claim(rng, d, i):
    ins = V.person(rng)
    other = V.person(rng)
    st, dl = V.driver_license(rng)
    st2, dl2 = V.driver_license(rng)
    txt = ("Adjuster notes — claim %s-%07d\nInsured: %s, DL %s (%s), ph %s\nInsured vehicle: VIN %s, plate %s\n"
           "Claimant: %s, DL %s (%s), ph %s, plate %s\n\n"
           "Rear-end collision at signal on Route 9. Insured states claimant stopped short. Claimant reports neck "
           "pain, seen at urgent care. Photos show bumper damage to both vehicles. Liability 100%% insured pending "
           "recorded statement.%s") % (
        rng.choice(["AU", "PA", "CL"]), rng.randint(0, 9999999), N(d, ins), d("US_DRIVER_LICENSE", dl), st,
        phone(d, rng), d("VEHICLE_ID", V.vin(rng)), d("VEHICLE_ID", V.license_plate(rng)), N(d, other),
        d("US_DRIVER_LICENSE", dl2), st2, phone(d, rng), d("VEHICLE_ID", V.license_plate(rng)),
        maybe(rng, 0.5, lambda: attorney(d, rng)))
    return rng.choice(["Draft the coverage position letter from these notes:\n\n", "Summarize:\n\n"]) + txt


@T("sepa-payroll-csv", "finance", "structured", 3)
def sepa_payroll_csv(rng, d, i):
    rows = ["name;iban;bic;amount_eur;reference"]
    for _ in range(rng.randint(3, 6)):
        cult = rng.choice(["german", "french", "dutch", "italian", "polish", "portuguese", "greek", "turkish"])
        p = V.person(rng, cult)
        cc = {"german": "DE", "french": "FR", "dutch": "NL", "italian": "IT", "polish": "PL", "portuguese": "PT",
              "greek": "GR", "turkish": "DE"}[cult]
        rows.append("%s;%s;%s;%d.%02d;SAL 2025-03" % (N(d, p), d("IBAN_CODE", V.iban(rng, cc, grouped=False)),
                                                     d("SWIFT_CODE", V.swift(rng, cc)), rng.randint(1800, 6400),
                                                     rng.randint(0, 99)))
    return rng.choice(["Convert this payroll CSV into a SEPA pain.001 XML file.\n\n",
                       "Validate the IBANs and BICs in this batch:\n"]) + "\n".join(rows)


@T("customer-table-md", "finance", "structured", 2)
def customer_table_md(rng, d, i):
    rows = ["| Customer | Email | Phone | Card | Since |", "|---|---|---|---|---|"]
    for _ in range(rng.randint(3, 5)):
        p = V.person(rng)
        rows.append("| %s | %s | %s | •••• %s | %d |" % (N(d, p), em(d, rng, p), phone(d, rng), V.rand_digits(rng, 4),
                                                       rng.randint(2009, 2024)))
    return "Which customers should get the loyalty offer? Those before 2015.\n\n" + "\n".join(rows)


@T("tax-prep-chat", "finance", "chat", 3)
def tax_prep_chat(rng, d, i):
    p = V.person(rng, rng.choice(["hispanic", "filipino", "vietnamese", "indian", "nigerian"]))
    sp = V.person(rng, p.culture)
    kids = [V.person(rng, p.culture) for _ in range(rng.randint(1, 2))]
    kid_txt = "; ".join("%s born %s" % (N(d, k, "first"), D(d, V.rand_date(rng, 2010, 2022), "us")) for k in kids)
    msgs = [("system", "You are a tax-preparation assistant. Ask clarifying questions."),
            ("user", "Filing jointly this year. Me: %s, SSN %s. My wife %s doesn't have an SSN yet, her ITIN is %s. "
                     "Kids: %s. Can we claim the child tax credit for both?" % (
                         N(d, p), d("US_SSN", obfuscate_digits(rng, V.ssn(rng), ["endash", "nbhyphen", "fullwidth"][i % 3])),
                         N(d, sp, "first"), d("US_ITIN", V.itin(rng)), kid_txt)),
            ("assistant", "Yes, if each child has a valid SSN and meets the age and residency tests. Do the children "
                          "have SSNs?"),
            ("user", "yes. and put the refund in checking, routing %s account %s" % (
                d("US_ROUTING_NUMBER", V.routing(rng)), d("US_BANK_ACCOUNT", V.bank_account(rng))))]
    return chat_render(rng, msgs)


@T("brokerage-onboarding", "finance", "form", 3)
def brokerage_onboarding(rng, d, i):
    p = V.person(rng)
    tc = V.person(rng)
    txt = ("New Account Form — Individual Brokerage\n"
           "Name: %s\nDate of birth: %s\nSSN/TIN: %s\nCitizenship: USA   Passport no.: %s\n"
           "Residential address: %s\nEmployer: %s   Occupation: %s\nAnnual income: $%s   Net worth: $%s\n"
           "Trusted contact: %s, %s\nFunding: ACH from %s, ABA %s, account %s\nE-delivery email: %s") % (
        N(d, p), D(d, V.rand_date(rng, 1950, 2003), rng.choice(["us", "iso"])), d("US_SSN", V.ssn(rng)),
        d("US_PASSPORT", V.passport(rng)), us_address(d, rng, "one"), rng.choice(V.EMPLOYERS),
        rng.choice(["engineer", "physician", "teacher", "retired"]), "{:,}".format(rng.randint(40, 900) * 1000),
        "{:,}".format(rng.randint(50, 5000) * 1000), N(d, tc), phone(d, rng), rng.choice(V.BANKS),
        d("US_ROUTING_NUMBER", V.routing(rng)), d("US_BANK_ACCOUNT", V.bank_account(rng)), em(d, rng, p))
    return rng.choice(["Check suitability fields and flag anything missing:\n\n", ""]) + txt


@T("fin-tool-call", "finance", "structured", 3)
def fin_tool_call(rng, d, i):
    ben = V.person(rng)
    cbrand, cnum = V.card_number(rng)
    if rng.random() < 0.5:
        args = {"from_account": d("US_BANK_ACCOUNT", V.bank_account(rng)), "to_iban": d("IBAN_CODE", V.iban(rng, grouped=False)),
                "bic": d("SWIFT_CODE", V.swift(rng)), "beneficiary_name": N(d, ben),
                "amount": {"value": "%d.00" % rng.randint(100, 90000), "currency": "EUR"}, "memo": "Invoice 2025-118"}
        fn = "initiate_wire"
    else:
        args = {"customer": {"name": N(d, ben), "email": em(d, rng, ben)},
                "card": {"number": d("CREDIT_CARD", cnum), "cvc": d("CARD_SECURITY_CODE", V.cvv(rng, cbrand))},
                "amount_cents": rng.randint(500, 100000)}
        fn = "charge_card"
    msg = {"role": "assistant", "tool_calls": [{"type": "function", "id": "toolu_%s" % V.rand_token(rng, 12),
                                                "function": {"name": fn, "arguments": json.dumps(args, ensure_ascii=False)}}]}
    return rng.choice(["Our guardrail should have blocked this tool call. Why didn't the schema validator catch it?\n\n",
                       "Log entry from the agent:\n"]) + json.dumps(msg, ensure_ascii=False, indent=rng.choice([None, 2]))


def _pad(d, etype, value, width):
    return d(etype, value) + " " * (width - len(value))


@T("nacha-file", "finance", "structured", 2)
def nacha_file(rng, d, i):
    dest = V.routing(rng)
    recs = ["101 %s %s2503140832A094101%-23s%-23s%8s" % (d("US_ROUTING_NUMBER", dest), "1" + V.rand_digits(rng, 9),
                                                         "TIDEWATER MUTUAL BANK", "KESTREL FREIGHT SYSTEMS", ""),
            "5220KESTREL FREIGHT                    1%s PPDPAYROLL         2503142503140001%s0000001" % (
                V.rand_digits(rng, 9), dest[:8])]
    for k in range(rng.randint(2, 4)):
        p = V.latin_person(rng)
        name = ("%s %s" % (V._ascii_upper(p.given), V._ascii_upper(p.family)))[:22].strip()
        acct = V.bank_account(rng)
        recs.append("622%s%s%010d%-15s%s  0%s%07d" % (
            d("US_ROUTING_NUMBER", V.routing(rng)), _pad(d, "US_BANK_ACCOUNT", acct, 17), rng.randint(50000, 600000),
            "EMP%05d" % rng.randint(0, 99999), _pad(d, "PERSON", name, 22), dest[:8], k + 1))
    recs.append("822000000%d" % (len(recs) - 2) + "0" * 20)
    recs.append("9000001000001" + "0" * 20)
    return "Our bank rejected this NACHA file (bad entry hash?). Walk me through the records:\n\n" + "\n".join(recs)


# --------------------------------------------------------------------------- finance, other languages

@T("pt-transferencia", "finance", "email", 2)
def pt_transferencia(rng, d, i):
    p = V.person(rng, "portuguese")
    txt = ("Olá,\n\nSegue os dados para a transferência da renda de março:\nTitular: %s\nIBAN: %s\nBIC: %s\n"
           "Morada: %s\nTelemóvel: %s\n\nObrigado,\n%s") % (
        N(d, p), d("IBAN_CODE", V.iban(rng, "PT")), d("SWIFT_CODE", V.swift(rng, "PT")),
        d("STREET_ADDRESS", V.foreign_address(rng, "PT")), d("PHONE_NUMBER", V.intl_phone(rng, "PT")), N(d, p, "first"))
    return rng.choice(["Verifica se o IBAN está correto:\n\n", "Translate to English:\n\n"]) + txt


@T("pl-przelew", "finance", "email", 2)
def pl_przelew(rng, d, i):
    p = V.person(rng, "polish")
    txt = ("Dzień dobry,\nproszę o przelew zaliczki na poniższe dane:\nOdbiorca: %s\nAdres: %s\n"
           "Nr rachunku (IBAN): %s\nKod SWIFT: %s\nTel.: %s\nTytuł: faktura FV/03/2025/118\n\nPozdrawiam\n%s") % (
        N(d, p), d("STREET_ADDRESS", V.foreign_address(rng, "PL")), d("IBAN_CODE", V.iban(rng, "PL")),
        d("SWIFT_CODE", V.swift(rng, "PL")), d("PHONE_NUMBER", V.intl_phone(rng, "PL")), N(d, p))
    return "Przetłumacz na angielski i sprawdź, czy to nie phishing:\n\n" + txt


@T("nl-betaling", "finance", "chat", 2)
def nl_betaling(rng, d, i):
    p = V.person(rng, "dutch")
    msgs = [("user", "Kun je een betaalverzoek opstellen? €%d naar %s, IBAN %s, onder vermelding van factuur "
                     "2025-%03d. Haar e-mail is %s." % (rng.randint(40, 900), N(d, p), d("IBAN_CODE", V.iban(rng, "NL")),
                                                      rng.randint(1, 999), em(d, rng, p))),
            ("assistant", "Natuurlijk, hier is een concept:")]
    return chat_render(rng, msgs)


@T("it-bonifico", "finance", "form", 2)
def it_bonifico(rng, d, i):
    p = V.person(rng, "italian")
    txt = ("DISPOSIZIONE DI BONIFICO\nOrdinante: %s\nBeneficiario: %s\nIndirizzo beneficiario: %s\nIBAN: %s\n"
           "BIC: %s\nImporto: € %d,00\nCausale: saldo fattura n. 42/2025") % (
        N(d, V.person(rng, "italian")), N(d, p), d("STREET_ADDRESS", V.foreign_address(rng, "IT")),
        d("IBAN_CODE", V.iban(rng, "IT")), d("SWIFT_CODE", V.swift(rng, "IT")), rng.randint(100, 20000))
    return rng.choice(["Controlla questo modulo:\n\n", "Compila la versione XML SEPA:\n\n"]) + txt


@T("ko-card-order", "finance", "chat", 2)
def ko_card_order(rng, d, i):
    native, _ = V.native_name(rng, "korean")
    brand, grouped = V.card_printed(rng, rng.choice(["visa", "mastercard"]))
    msgs = [("user", "해외 직구 결제가 자꾸 실패해요. 카드번호 %s, 유효기간 %s, CVC %s, 명의자 %s입니다. "
                     "배송지는 %s, 연락처 %s예요." % (d("CREDIT_CARD", grouped), V.card_expiry(rng),
                                                d("CARD_SECURITY_CODE", V.cvv(rng, brand)), d("PERSON", native),
                                                d("STREET_ADDRESS", V.foreign_address(rng, "KR")),
                                                d("PHONE_NUMBER", V.intl_phone(rng, "KR")))),
            ("assistant", "카드 정보는 채팅에 공유하지 않는 것이 안전합니다. 결제 실패 메시지를 알려주시겠어요?")]
    return chat_render(rng, msgs)


@T("ar-transfer", "finance", "email", 2)
def ar_transfer(rng, d, i):
    native, _ = V.native_name(rng, "arabic")
    txt = ("السلام عليكم،\nيرجى تحويل المبلغ المتفق عليه إلى الحساب التالي:\nاسم المستفيد: %s\nرقم الآيبان: %s\n"
           "رمز السويفت: %s\nرقم الجوال: %s\nمع الشكر") % (
        d("PERSON", native), d("IBAN_CODE", V.iban(rng, rng.choice(["SA", "AE"]))), d("SWIFT_CODE", V.swift(rng, "SA")),
        d("PHONE_NUMBER", V.intl_phone(rng, "SA")))
    return rng.choice(["ترجم هذه الرسالة إلى الإنجليزية:\n\n", "Is this a legitimate payment request?\n\n"]) + txt


@T("tr-havale", "finance", "chat", 2)
def tr_havale(rng, d, i):
    p = V.person(rng, "turkish")
    msgs = [("user", "Kiracıma havale bilgilerini nasıl yazarım? Alıcı: %s, IBAN: %s, telefon %s." % (
        N(d, p), d("IBAN_CODE", V.iban(rng, "TR")), d("PHONE_NUMBER", V.intl_phone(rng, "TR"))))]
    return chat_render(rng, msgs, rng.choice(["json", "plain"]))


@T("de-ueberweisung", "finance", "email", 2)
def de_ueberweisung(rng, d, i):
    p = V.person(rng, "german")
    txt = ("Hallo %s,\n\nbitte überweise die Kaution an:\nEmpfänger: %s\nIBAN: %s\nBIC: %s\n"
           "Verwendungszweck: Kaution Whg. 3 OG links\n\nMeine Anschrift für die Quittung: %s\n\nViele Grüße\n%s\n%s") % (
        N(d, V.person(rng, "german"), "first"), N(d, p), d("IBAN_CODE", V.iban(rng, "DE")), d("SWIFT_CODE", V.swift(rng, "DE")),
        d("STREET_ADDRESS", V.foreign_address(rng, "DE")), N(d, p), d("PHONE_NUMBER", V.intl_phone(rng, "DE")))
    return rng.choice(["Schreib eine höfliche Antwort:\n\n", ""]) + txt


# =========================================================================== GENERAL

@T("hr-onboarding", "general", "form", 4)
def hr_onboarding(rng, d, i):
    p = V.person(rng)
    ec = V.person(rng)
    employer = rng.choice(V.EMPLOYERS)
    if rng.random() < 0.5:
        st, dl = V.driver_license(rng)
        docs = "I-9 List B: Driver's license, state %s, no. %s; List C: Social Security card" % (st, d("US_DRIVER_LICENSE", dl))
    else:
        docs = "I-9 List A: U.S. Passport no. %s, expires %02d/20%d" % (d("US_PASSPORT", V.passport(rng)),
                                                                        rng.randint(1, 12), rng.randint(27, 35))
    if rng.random() < 0.5:
        txt = ("NEW HIRE ONBOARDING — %s\nLegal name: %s\nPreferred first name: %s\nSSN: %s\nDate of birth: %s\n"
               "Home address: %s\nPersonal email: %s\nMobile: %s\nEmergency contact: %s (%s) %s\n%s\n"
               "Direct deposit: %s — routing %s, account %s (100%%)\nStart date: 2025-04-07   Laptop tag: QL-%04d") % (
            employer, N(d, p), d("PERSON", p.given), d("US_SSN", V.ssn(rng)), D(d, V.rand_date(rng, 1965, 2004), "us"),
            us_address(d, rng, rng.choice(["one", "one_nocomma"])), em(d, rng, p), phone(d, rng), N(d, ec),
            rng.choice(["spouse", "mother", "brother", "partner"]), phone(d, rng), docs, rng.choice(V.BANKS),
            d("US_ROUTING_NUMBER", V.routing(rng)), d("US_BANK_ACCOUNT", V.bank_account(rng)), rng.randint(0, 9999))
        return rng.choice(["Check this onboarding record for missing I-9 info:\n\n", ""]) + txt
    line, town, st, z = addr_parts(rng)
    payload = {"event": "worker.hired", "tenant": employer, "worker": {
        "legal_name": {"first": d("PERSON", p.given), "last": d("PERSON", p.family)},
        "national_id": {"type": "SSN", "value": d("US_SSN", V.ssn(rng))},
        "birth_date": D(d, V.rand_date(rng, 1965, 2004), "iso"),
        "home_address": {"street": d("STREET_ADDRESS", line), "city": town, "region": st, "postal": d("US_ZIP_CODE", z)},
        "contact": {"email": em(d, rng, p), "phone": d("PHONE_NUMBER", V.us_phone(rng, "plusdash"))},
        "emergency_contact": {"name": N(d, ec), "phone": phone(d, rng)},
        "payroll": {"routing": d("US_ROUTING_NUMBER", V.routing(rng)), "account": d("US_BANK_ACCOUNT", V.bank_account(rng))}},
        "hire_date": "2025-04-07"}
    return ("Webhook body from the HRIS. Our Lambda says 'KeyError: emergency_contact.relationship'. "
            "Suggest a fix.\n\n" + json.dumps(payload, ensure_ascii=False, indent=2) + "\n\nAlso: " + docs)


@T("travel-booking", "general", "email", 4)
def travel_booking(rng, d, i):
    pax = [V.person(rng) for _ in range(rng.randint(1, 3))]
    contact = pax[0]
    lines = []
    for k, p in enumerate(pax):
        nm = "%s/%s" % (V._ascii_upper(p.family).replace(" ", ""), V._ascii_upper(p.given).replace(" ", "").replace("-", ""))
        dob = V.rand_date(rng, 1940, 2018)
        lines.append("%d. %s %s  DOB %s  Passport %s (USA)" % (
            k + 1, d("PERSON", nm), rng.choice(["MR", "MS", "MRS", "MSTR"]),
            d("DATE_TIME", "%02d%s%d" % (dob.day, V.MONTHS[dob.month - 1][:3].upper(), dob.year)),
            d("US_PASSPORT", V.passport(rng))))
    txt = ("Subject: Your booking is confirmed — PNR %s\n\nDear %s,\n\nThank you for booking with Saltbox Travel.\n\n"
           "PASSENGERS\n%s\n\nITINERARY\n%s %d  %s → %s  dep 14MAY 10:40  arr 15MAY 14:05  seat %d%s\n\n"
           "Contact on file: %s / %s\nPaid: Visa ending %s — USD %d.%02d\nManage booking: %s") % (
        V.rand_token(rng, 6, V.UPPER_DIG), N(d, contact, rng.choice(["full", "first"])), "\n".join(lines),
        rng.choice(["UA", "NH", "LH", "AF", "TK"]), rng.randint(10, 2999), rng.choice(["SFO", "ORD", "JFK", "SEA"]),
        rng.choice(["NRT", "FRA", "CDG", "IST", "ICN"]), rng.randint(10, 45), rng.choice("ABCDEF"), em(d, rng, contact),
        phone(d, rng), V.rand_digits(rng, 4), rng.randint(400, 5000), rng.randint(0, 99),
        d("URL", "https://trips.saltboxhg.com/manage/%s" % V.rand_token(rng, 12, V.LOWER_DIG)))
    return rng.choice(["Make a packing + visa checklist for this trip:\n\n", "Extract the APIS data as CSV:\n\n",
                       ""]) + txt


@T("legal-intake", "general", "note", 3)
def legal_intake(rng, d, i):
    c = V.person(rng)
    opp = V.person(rng)
    wit = V.person(rng)
    txt = ("CLIENT INTAKE — Orrin & Vale LLP (employment)\nClient: %s   DOB %s   SSN %s\nAddress: %s\nPhone %s   "
           "Email %s\nAdverse party: %s (former supervisor), %s\n\nFacts: Client reports she was terminated two days "
           + rng.choice(["after filing an internal complaint about unpaid overtime. Witness %s (coworker, %s) heard the "
                         "supervisor say 'she's done after this.' Client has texts and pay stubs.\nConflicts check: "
                         "cleared.\nSOL note: FLSA 2 years / 3 if willful.",
                         "after requesting FMLA leave for a parent's surgery. Witness %s (HR generalist, %s) saw the "
                         "termination memo dated before the leave request was denied.\nConflicts check: pending.\n"
                         "SOL note: FMLA 2 years / 3 if willful.",
                         "after reporting a safety violation to OSHA. Witness %s (forklift operator, %s) was present "
                         "at the meeting.\nConflicts check: cleared.\nSOL note: OSHA 11(c) complaint within 30 days."])
           ) % (
        N(d, c), D(d, V.rand_date(rng, 1960, 2000), "us"), d("US_SSN", V.ssn(rng)), us_address(d, rng, "one"),
        phone(d, rng), em(d, rng, c), N(d, opp), rng.choice(V.EMPLOYERS), N(d, wit), phone(d, rng))
    return rng.choice(["Draft an engagement letter based on this intake:\n\n",
                       "List the claims and evidence we should preserve:\n\n"]) + txt


@T("school-record", "general", "form", 3)
def school_record(rng, d, i):
    kid = V.person(rng)
    g1 = V.person(rng, kid.culture)
    g2 = V.person(rng)
    couns = V.person(rng, "us")
    txt = ("STUDENT REGISTRATION — Cardinal Ridge Schools\nStudent: %s   DOB: %s   Grade: %d\n"
           "Guardian 1: %s   Cell: %s   Email: %s\nGuardian 2: %s   Cell: %s\nHome address: %s\n"
           "Previous school: Wrenford Middle   Counselor: %s\nHome language: %s   Lunch: free/reduced applied") % (
        N(d, kid), D(d, V.rand_date(rng, 2008, 2019), "us"), rng.randint(1, 12), N(d, g1), phone(d, rng),
        em(d, rng, g1), N(d, g2), phone(d, rng), us_address(d, rng, "one"), N(d, couns, "initial_last"),
        rng.choice(["Spanish", "Vietnamese", "English", "Somali", "Arabic"]))
    return rng.choice(["Write a welcome email to the guardians:\n\n", "Validate this record:\n\n"]) + txt


@T("real-estate-listing", "general", "note", 3)
def real_estate_listing(rng, d, i):
    agent = V.person(rng)
    seller = V.person(rng)
    beds = rng.randint(2, 5)
    txt = ("Draft an MLS description (max 900 chars) from my notes:\n\n"
           "- %s  (MLS# %d)\n- %d bd / %d ba, %s sqft, built %d, new roof 2021\n- list $%s\n"
           "- estate sale, seller is the executor %s; showings via listing agent only\n"
           "- agent: %s, %s, %s\n- virtual tour: %s\n- open house Sat 1-4pm") % (
        us_address(d, rng, "one"), rng.randint(10 ** 7, 10 ** 8), beds, rng.randint(1, 4),
        "{:,}".format(rng.randint(900, 4200)), rng.randint(1925, 2018), "{:,}".format(rng.randint(180, 1400) * 1000),
        N(d, seller), N(d, agent), phone(d, rng), em(d, rng, agent, rng.choice(V.ORG_DOMAINS)),
        d("URL", "https://tours.%s/%s" % (rng.choice(V.ORG_DOMAINS), V.rand_token(rng, 8, V.LOWER_DIG))))
    return txt


@T("rental-car", "general", "form", 3)
def rental_car(rng, d, i):
    p = V.person(rng)
    st, dl = V.driver_license(rng)
    brand, card = V.card_printed(rng)
    txt = ("RENTAL AGREEMENT #RA-%07d\nRenter: %s   DOB: %s\nLicense: %s %s exp 2028\nAddress: %s\n"
           "Phone: %s   Email: %s\nVehicle: 2024 Kia Sorento, plate %s, VIN %s, fuel 8/8, odo %s\n"
           "Payment: %s %s exp %s CVV %s\nAdditional driver: %s") % (
        rng.randint(0, 9999999), N(d, p), D(d, V.rand_date(rng, 1950, 2001), "us"), st, d("US_DRIVER_LICENSE", dl),
        us_address(d, rng, "one"), phone(d, rng), em(d, rng, p), d("VEHICLE_ID", V.license_plate(rng)),
        d("VEHICLE_ID", V.vin(rng)), "{:,}".format(rng.randint(2000, 40000)), brand.upper(), d("CREDIT_CARD", card),
        V.card_expiry(rng), d("CARD_SECURITY_CODE", V.cvv(rng, brand)),
        N(d, V.person(rng)) if rng.random() < 0.5 else "none")
    return rng.choice(["Our counter staff keep typing CVV into the notes. Rewrite this form template to be PCI-safe; "
                       "example record:\n\n", "Summarize the rental for the return desk:\n\n"]) + txt


@T("saas-support-thread", "general", "email", 3)
def saas_support_thread(rng, d, i):
    u = V.person(rng)
    ag = V.person(rng, "us")
    key = V.api_key(rng, rng.choice(["openai", "sendgrid", "google", "hf"]))
    txt = ("From: %s\nTo: %s\nSubject: Re: 401 errors since yesterday\n\nHi %s,\n\nThanks for the details. Please "
           "rotate the key you pasted below right away — it is now in our ticket history. Requests from %s are "
           "failing because that key was revoked on the 12th.\n\n%s\nSupport Engineer\n\n"
           "On Thu, %s wrote:\n> our integration broke. key is %s\n> we call %s from %s\n"
           "> if you need to log in to check, the admin login is %s / %s\n") % (
        em(d, rng, None, "bluefen.dev"), em(d, rng, u), N(d, u, "first"), d("IP_ADDRESS", V.ipv4(rng, False)),
        N(d, ag), N(d, u), d("API_KEY", key), d("URL", "https://api.bluefen.dev/v2/messages"),
        d("IP_ADDRESS", V.ipv4(rng, False)), em(d, rng, u), d("PASSWORD", V.password(rng)))
    return rng.choice(["Summarize this ticket and the next step:\n\n", ""]) + txt


@T("dev-debug-chat", "general", "chat", 4)
def dev_debug_chat(rng, d, i):
    kind = rng.choice(["db", "jwt", "ssh", "aws"])
    if kind == "db":
        pw = V.password(rng)
        code = ('import psycopg\nconn = psycopg.connect(host="%s", dbname="claims", user="etl_svc",\n'
                '                       password="%s", sslmode="require")\n') % (
            d("IP_ADDRESS", V.ipv4(rng, True)), d("PASSWORD", pw))
        q = "this keeps timing out from the lambda, why?"
    elif kind == "jwt":
        code = ("curl -s %s \\\n  -H 'Authorization: Bearer %s'\n# -> 403 {\"error\":\"insufficient_scope\"}" % (
            d("URL", "https://api.%s/v1/claims?status=open" % rng.choice(V.ORG_DOMAINS)), d("JWT", V.jwt(rng))))
        q = "why 403? the token should have claims:read"
    elif kind == "ssh":
        code = "ansible_ssh_private_key: |\n%s" % textwrap.indent(d("PRIVATE_KEY", V.private_key(rng, "OPENSSH PRIVATE KEY")), "  ")
        q = "ansible says 'invalid format' for this key. what's wrong?"
    else:
        code = ("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = us-west-2" % (
            d("API_KEY", V.api_key(rng, "aws")), d("HIGH_ENTROPY_SECRET", V.aws_secret(rng))))
        q = "boto3 says SignatureDoesNotMatch with these creds, any idea?"
    msgs = [("system", "You are a senior DevOps engineer. Be concise."), ("user", q + "\n\n" + code),
            ("assistant", rng.choice(["First: the credential you pasted is now exposed — rotate it. Then check "
                                      "clock skew and the region.", "Check the indentation and line endings first."])),
            ("user", rng.choice(["ok rotated. still failing", "it's a test env, don't worry about it", "done, thanks"]))]
    return chat_render(rng, msgs, rng.choice(["plain", "md", "chatml"]))


@T("source-code-creds", "general", "code", 4)
def source_code_creds(rng, d, i):
    r = rng.random()
    if r < 0.3:
        code = ('package main\n\nconst (\n\tdbUser     = "reporting"\n\tdbPassword = "%s"\n\tslackToken = "%s"\n'
                '\twebhookURL = "%s"\n)\n\nfunc notify(msg string) error {\n\treturn slack.Post(webhookURL, slackToken, msg)\n}\n') % (
            d("PASSWORD", V.password(rng)), d("API_KEY", V.api_key(rng, "slack")),
            d("URL", "https://hooks.%s/services/%s" % (rng.choice(V.ORG_DOMAINS), V.rand_token(rng, 12))))
        lang = "go"
    elif r < 0.6:
        code = ('from anthropic import Anthropic\nimport jwt\n\nclient = Anthropic(api_key="%s")\n'
                'SIGNING_SECRET = "%s"\n\ndef make_token(user_id):\n'
                '    return jwt.encode({"sub": user_id}, SIGNING_SECRET, algorithm="HS256")\n') % (
            d("API_KEY", V.api_key(rng, "anthropic")), d("HIGH_ENTROPY_SECRET", V.high_entropy_secret(rng, "hex64")))
        lang = "python"
    elif r < 0.8:
        code = ('public class GcpConfig {\n    static final String API_KEY = "%s";\n'
                '    static final String SERVICE_ACCOUNT_KEY = "%s";\n}\n') % (
            d("API_KEY", V.api_key(rng, "google")), d("PRIVATE_KEY", V.private_key(rng, "PRIVATE KEY", 3).replace("\n", "\\n")))
        lang = "java"
    else:
        code = ('// deploy.js\nconst token = "%s"; // TODO move to secrets\nawait fetch("%s", {\n'
                '  headers: { Authorization: `token ${token}` },\n});\n') % (
            d("API_KEY", V.api_key(rng, rng.choice(["github", "ghpat", "gitlab", "npm"]))),
            d("URL", "https://git.%s/api/v4/projects/%d/deploy" % (rng.choice(V.ORG_DOMAINS), rng.randint(1, 999))))
        lang = "js"
    return rng.choice(["Refactor this to read secrets from the environment:\n\n```%s\n" % lang,
                       "Add unit tests for this file:\n```%s\n" % lang,
                       "gitleaks flagged this file in PR #%d — false positive?\n```%s\n" % (rng.randint(10, 900), lang)]) + code + "```"


@T("env-file", "general", "code", 4)
def env_file(rng, d, i):
    lines = ["# .env.production — DO NOT COMMIT", "NODE_ENV=production",
             "DATABASE_URL=postgresql://app:%s@localhost:5432/app" % d("PASSWORD", V.password(rng)),
             "REDIS_PASSWORD=%s" % d("PASSWORD", V.password(rng)),
             "JWT_SECRET=%s" % d("HIGH_ENTROPY_SECRET", V.high_entropy_secret(rng, rng.choice(["hex64", "b64", "alnum"]))),
             "OPENAI_API_KEY=%s" % d("API_KEY", V.api_key(rng, rng.choice(["openai", "openai_legacy"]))),
             "STRIPE_SECRET_KEY=%s" % d("API_KEY", V.api_key(rng, "stripe"))]
    if rng.random() < 0.5:
        lines.append("AWS_ACCESS_KEY_ID=%s" % d("API_KEY", V.api_key(rng, "aws")))
        lines.append("AWS_SECRET_ACCESS_KEY=%s" % d("HIGH_ENTROPY_SECRET", V.aws_secret(rng)))
    if rng.random() < 0.4:
        lines.append('APNS_KEY="%s"' % d("PRIVATE_KEY", V.private_key(rng, "PRIVATE KEY", 2).replace("\n", "\\n")))
    lines += ["ADMIN_EMAIL=%s" % em(d, rng, V.person(rng, "us"), rng.choice(V.ORG_DOMAINS)),
              "PUBLIC_BASE_URL=%s" % d("URL", "https://app.%s" % rng.choice(V.ORG_DOMAINS)), "LOG_LEVEL=info"]
    head = lines[:2]
    rest = lines[2:]
    rng.shuffle(rest)
    return rng.choice(["Convert this .env into a Kubernetes Secret manifest:\n\n",
                       "Why does dotenv not parse the multiline value here?\n\n", "Clean up and document this env file:\n"]) + "\n".join(head + rest)


@T("k8s-yaml", "general", "code", 3)
def k8s_yaml(rng, d, i):
    key = V.private_key(rng, rng.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY"]), rng.randint(3, 5))
    y = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: claims-api\n  namespace: prod\ntype: Opaque\nstringData:\n"
         "  DB_PASSWORD: \"%s\"\n  SENDGRID_API_KEY: %s\n  SESSION_SECRET: %s\n  tls.key: |\n%s\n"
         "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: claims-api\nspec:\n  replicas: 3\n") % (
        d("PASSWORD", V.password(rng)), d("API_KEY", V.api_key(rng, "sendgrid")),
        d("HIGH_ENTROPY_SECRET", V.high_entropy_secret(rng, rng.choice(["hex32", "b64url"]))),
        "    " + d("PRIVATE_KEY", key.replace("\n", "\n    ")))
    return rng.choice(["kubectl apply fails with 'error converting YAML to JSON'. Fix it:\n\n```yaml\n",
                       "Rewrite this to use SealedSecrets:\n```yaml\n"]) + y + "```"


@T("ci-log-leak", "general", "code", 3)
def ci_log_leak(rng, d, i):
    t0 = rng.randint(0, 50)
    ln = lambda k, s: "2025-03-14T09:%02d:%02d.%07dZ %s" % (t0 + k // 60, k % 60, rng.randint(0, 9999999), s)  # noqa: E731
    lines = [ln(1, "##[group]Run ./scripts/deploy.sh"), ln(2, "+ export GITHUB_TOKEN=%s" % d("API_KEY", V.api_key(rng, "github"))),
             ln(3, "+ curl -sf -H 'Authorization: Bearer %s' %s" % (d("JWT", V.jwt(rng)),
                                                                    d("URL", "https://deploy.%s/hooks/release" % rng.choice(V.ORG_DOMAINS)))),
             ln(5, "Connecting to %s:22 ..." % d("IP_ADDRESS", V.ipv4(rng, False))),
             ln(6, "Warning: Permanently added '%s' (ED25519) to the list of known hosts." % d("IP_ADDRESS", V.ipv4(rng, False))),
             ln(9, "npm notice Publishing to registry with token %s" % d("API_KEY", V.api_key(rng, "npm"))),
             ln(12, "Build 7f3c2a1 finished in 3m12s"), ln(13, "##[endgroup]")]
    if rng.random() < 0.5:
        lines.insert(4, ln(4, "+ echo $DEPLOY_PASSWORD  # debug -> %s" % d("PASSWORD", V.password(rng))))
    return rng.choice(["Secrets leaked in this CI log? List them and the rotation steps:\n\n",
                       "Why did the deploy step fail?\n\n"]) + "\n".join(lines)


@T("nginx-access-log", "general", "code", 3)
def nginx_access_log(rng, d, i):
    lines = []
    for k in range(rng.randint(3, 5)):
        ip = d("IP_ADDRESS", V.ipv4(rng, False) if rng.random() < 0.8 else V.ipv6(rng))
        if rng.random() < 0.4:
            req = "GET /export/download?token=%s HTTP/2.0" % d("JWT", V.jwt(rng))
        else:
            req = rng.choice(["GET /static/app.9f2c1.js HTTP/2.0", "POST /api/login HTTP/2.0", "GET /health HTTP/1.1"])
        ref = d("URL", "https://www.%s/%s" % (rng.choice(V.ORG_DOMAINS), rng.choice(["", "pricing", "login"]))) \
            if rng.random() < 0.5 else "-"
        lines.append('%s - - [14/Mar/2025:1%d:%02d:%02d +0000] "%s" %d %d "%s" "Mozilla/5.0"' % (
            ip, rng.randint(0, 9), rng.randint(0, 59), rng.randint(0, 59), req, rng.choice([200, 200, 302, 401, 404]),
            rng.randint(200, 90000), ref))
    return rng.choice(["Any suspicious activity here?\n\n", "Write a GoAccess config for this format:\n"]) + "\n".join(lines)


@T("slack-export-json", "general", "structured", 3)
def slack_export_json(rng, d, i):
    msgs = []
    people = [V.person(rng) for _ in range(3)]
    for k in range(rng.randint(3, 5)):
        p = people[k % 3]
        text = pick(rng, [
            lambda: "can someone cover my shift friday? text me %s" % phone(d, rng),
            lambda: "new vendor contact is %s, cc me pls" % em(d, rng, V.person(rng)),
            lambda: "lunch order is in, thanks %s!" % N(d, people[(k + 1) % 3], "first"),
            lambda: "pushed the fix, deploy at 3",
            lambda: "the client's new address is %s" % us_address(d, rng, "one"),
        ])
        msgs.append({"type": "message", "user": "U0%s" % V.rand_token(rng, 8, V.UPPER_DIG),
                     "user_profile": {"real_name": N(d, p)}, "text": text, "ts": "17419%05d.%06d" % (
                         rng.randint(0, 99999), rng.randint(0, 999999))})
    return "Summarize this Slack export for the weekly digest:\n\n" + json.dumps(msgs, ensure_ascii=False, indent=1)


@T("crm-tool-call", "general", "structured", 3)
def crm_tool_call(rng, d, i):
    culture = ["thai", "greek", "korean", "hebrew", "indian", "japanese"][i % 6]
    native, latin = V.native_name(rng, culture)
    p = V.Person(latin.split(" ", 1)[0], latin.split(" ", 1)[1], "A", "us")
    args = {"name": d("PERSON", native), "name_latin": d("PERSON", latin), "email": em(d, rng, p),
            "phone": d("PHONE_NUMBER", V.intl_phone(rng)), "company": rng.choice(V.EMPLOYERS),
            "notes": "met at the Lisbon expo, wants a demo next month"}
    call = {"type": "tool_use", "id": "toolu_%s" % V.rand_token(rng, 20), "name": "crm_create_contact",
            "input": {"payload": json.dumps(args, ensure_ascii=False)}}
    return rng.choice(["The CRM rejected this tool call with 'payload must be an object'. How should the model "
                       "format it?\n\n", "Tool call from the sales agent:\n"]) + json.dumps(call, ensure_ascii=False)


@T("security-incident", "general", "note", 3)
def security_incident(rng, d, i):
    victim = V.person(rng)
    txt = ("INC-%d — credential stuffing against SSO\nTimeline (UTC): 02:14 spike in failed logins from %s and %s; "
           "02:31 successful login for %s (%s) from %s; 02:40 MFA push fatigue accepted.\n"
           "Attacker used password %s (reused from a 2021 breach).\nSession token observed: %s\n"
           "Contained 03:05: session revoked, password reset, AWS key %s disabled.\n"
           "Owner: %s, on-call %s.") % (
        rng.randint(1000, 9999), d("IP_ADDRESS", V.ipv4(rng, False)), d("IP_ADDRESS", V.ipv4(rng, False)),
        N(d, victim), em(d, rng, victim, rng.choice(V.ORG_DOMAINS)), d("IP_ADDRESS", V.ipv4(rng, False)),
        d("PASSWORD", V.password(rng)), d("JWT", V.jwt(rng)), d("API_KEY", V.api_key(rng, "aws")),
        N(d, V.person(rng, "us")), phone(d, rng))
    return rng.choice(["Write the executive summary for this incident:\n\n", "Map this incident to MITRE ATT&CK:\n\n"]) + txt


@T("obituary-request", "general", "note", 3)
def obituary_request(rng, d, i):
    p = V.person(rng)
    age = old_age(rng)
    dob = V.dob_for_age(rng, age)
    import datetime as _dt
    dod = V.TODAY - _dt.timedelta(days=rng.randint(1, 20))
    kids = [V.person(rng, p.culture) for _ in range(rng.randint(1, 3))]
    rel, pron = rng.choice([("grandmother", "She"), ("grandfather", "He"), ("great-aunt", "She"), ("uncle", "He")])
    txt = ("Please write a warm obituary (%d words) for my %s.\n\nName: %%s\nBorn: %%s in %%s\nDied: %%s, age %%s\n"
           "Survived by: %%s\n%s %s\n" % (rng.choice([150, 250, 300]), rel, pron, rng.choice([
               "taught piano for 40 years and never missed a Sunday crossword.",
               "ran the hardware store on the corner for five decades and fixed every neighbor's bike for free.",
               "served as a Navy nurse, then kept bees and the best tomato garden on the block.",
               "emigrated with two suitcases, learned English at night school and never missed a grandchild's game."])) +
           "Service at Harwood Mills Chapel, %s, Saturday at 11. In lieu of flowers, donations to the Redfern Valley "
           "Hospice.") % (
        N(d, p), D(d, dob, "long"), rng.choice(["Sorrel Bay", "Kraków", "Manila", "Guadalajara", "Cork", "Nairobi"]),
        D(d, dod, "long"), d("AGE", str(age)), ", ".join(N(d, k) for k in kids), us_address(d, rng, "one"))
    return txt


@T("event-signup-csv", "general", "structured", 3)
def event_signup_csv(rng, d, i):
    rows = ["first_name,last_name,email,phone,dietary,tshirt"]
    for _ in range(rng.randint(3, 6)):
        p = V.person(rng)
        rows.append("%s,%s,%s,%s,%s,%s" % (d("PERSON", p.given), d("PERSON", p.family), em(d, rng, p),
                                           d("PHONE_NUMBER", V.us_phone(rng, rng.choice(["dash", "dot", "plus"]))),
                                           rng.choice(["none", "vegan", "halal", "gluten-free"]), rng.choice("SMLX")))
    return rng.choice(["Make name badges (First Last) from this CSV:\n\n", "Count t-shirt sizes:\n"]) + "\n".join(rows)


@T("sql-crm", "general", "code", 2)
def sql_crm(rng, d, i):
    p = V.person(rng)
    q = ("UPDATE customers\n   SET email = '%s', phone = '%s', mailing_address = '%s'\n WHERE customer_id = %d;\n"
         "-- requested by %s via ticket CS-%d") % (
        em(d, rng, p), d("PHONE_NUMBER", V.us_phone(rng, "dash")), d("STREET_ADDRESS", V.street_line(rng, unit=True)),
        rng.randint(1000, 999999), N(d, V.person(rng, "us")), rng.randint(1000, 99999))
    return "Is this safe to run in prod without a transaction?\n```sql\n" + q + "\n```"


# --------------------------------------------------------------------------- general, other languages

@T("ja-hotel", "general", "email", 2)
def ja_hotel(rng, d, i):
    native, latin = V.native_name(rng, "japanese")
    guest = V.person(rng, "us")
    txt = ("件名：ご予約確認（予約番号 %d）\n\n%s 様\n\nこの度はご予約ありがとうございます。\n"
           "宿泊者：%s 様（同行者：%s 様）\nチェックイン：5月14日　チェックアウト：5月17日\n"
           "ご連絡先：%s ／ %s\n外国籍のお客様：旅券番号 %s（アメリカ合衆国）\n") % (
        rng.randint(10 ** 6, 10 ** 7), d("PERSON", native), d("PERSON", native), N(d, guest), em(d, rng, guest),
        d("PHONE_NUMBER", V.intl_phone(rng, "JP")), d("US_PASSPORT", V.passport(rng)))
    return rng.choice(["このメールを英語に翻訳してください。\n\n", "Summarize this booking email in English:\n\n"]) + txt


@T("es-rrhh", "general", "form", 3)
def es_rrhh(rng, d, i):
    p = V.person(rng, "hispanic")
    txt = ("FORMULARIO DE INGRESO — Recursos Humanos\nNombre completo: %s\nFecha de nacimiento: %s\n"
           "Número de Seguro Social: %s\nDirección: %s\nTeléfono: %s\nCorreo: %s\nContacto de emergencia: %s, %s\n"
           "Cuenta para depósito directo: ruta %s, cuenta %s") % (
        N(d, p), D(d, V.rand_date(rng, 1965, 2004), "eu_slash"), d("US_SSN", V.ssn(rng)), us_address(d, rng, "one"),
        phone(d, rng), em(d, rng, p), N(d, V.person(rng, "hispanic")), phone(d, rng),
        d("US_ROUTING_NUMBER", V.routing(rng)), d("US_BANK_ACCOUNT", V.bank_account(rng)))
    return rng.choice(["Traduce este formulario al inglés para el sistema de nómina:\n\n", "Check this form:\n\n"]) + txt


@T("fr-location", "general", "email", 2)
def fr_location(rng, d, i):
    p = V.person(rng, "french")
    txt = ("Bonjour,\n\nJe suis intéressée par l'appartement rue Vauban. Voici mon dossier : %s, %s, tél. %s, "
           "adresse actuelle %s. Pour le dépôt de garantie, mon IBAN est %s.\n\nCordialement,\n%s") % (
        N(d, p), em(d, rng, p), d("PHONE_NUMBER", V.intl_phone(rng, "FR")), d("STREET_ADDRESS", V.foreign_address(rng, "FR")),
        d("IBAN_CODE", V.iban(rng, "FR")), N(d, p))
    return rng.choice(["Rédige une réponse polie :\n\n", "Translate to English:\n\n"]) + txt


@T("zh-delivery", "general", "chat", 2)
def zh_delivery(rng, d, i):
    native, _ = V.native_name(rng, "chinese")
    msgs = [("user", "帮我把这个收货信息整理成表格：收件人 %s，电话 %s，地址 %s，邮箱 %s。" % (
        d("PERSON", native), d("PHONE_NUMBER", V.intl_phone(rng, "CN")), d("STREET_ADDRESS", V.foreign_address(rng, "CN")),
        em(d, rng, V.person(rng, "chinese"), "qq.com"))),
            ("assistant", "好的，整理如下：")]
    return chat_render(rng, msgs)


# =========================================================================== extra coverage (keys, DEA, tracks, JWT)

@T("mtls-gateway-config", "finance", "code", 3)
def mtls_gateway_config(rng, d, i):
    key = V.private_key(rng, rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY"]), rng.randint(3, 6))
    y = ("# acquirer gateway — prod\nacquirer:\n  endpoint: %s\n  merchant_id: \"4452%06d\"\n  api_key: %s\n"
         "  portal_user: ops-payments\n  portal_password: \"%s\"\n  mtls:\n    cert_file: /etc/gw/client.crt\n"
         "    key: |\n%s\nretry:\n  max_attempts: 3\n  backoff_ms: 250\n") % (
        d("URL", "https://gw.%s/v3/authorize" % rng.choice(["granite-ledger.com", "tidewatermutual.com"])),
        rng.randint(0, 999999), d("API_KEY", V.api_key(rng, rng.choice(["stripe", "stripe_rk"]))),
        d("PASSWORD", V.password(rng)), "      " + d("PRIVATE_KEY", key.replace("\n", "\n      ")))
    return rng.choice(["Our TLS handshake to the acquirer fails with 'bad certificate'. Config below:\n\n```yaml\n",
                       "Port this config to Helm values with external secrets:\n```yaml\n"]) + y + "```"


@T("key-paste-chat", "general", "chat", 3)
def key_paste_chat(rng, d, i):
    kind = rng.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])
    msgs = [("user", rng.choice(["is this key RSA or ed25519? git push keeps saying permission denied",
                                 "convert this to PKCS#8 please", "my deploy key got corrupted I think, can you check?"])
             + "\n\n" + d("PRIVATE_KEY", V.private_key(rng, kind))),
            ("assistant", "Please treat that key as compromised now that it has been shared; generate a new pair with "
                          "ssh-keygen -t ed25519 and replace the deploy key."),
            ("user", "ok, the server is %s if that matters" % d("IP_ADDRESS", V.ipv4(rng, False)))]
    return chat_render(rng, msgs, rng.choice(["plain", "md", "chatml"]))


@T("pdmp-report", "healthcare", "structured", 3)
def pdmp_report(rng, d, i):
    p = V.latin_person(rng)
    fills = []
    for _ in range(rng.randint(2, 3)):
        doc = V.latin_person(rng)
        wd = V.recent_date(rng)
        fills.append({"drug": rng.choice(["oxycodone HCl 10 mg", "hydrocodone-APAP 5-325", "alprazolam 1 mg",
                                          "buprenorphine-naloxone 8-2 mg"]),
                      "qty": rng.choice([30, 60, 90]), "days_supply": rng.choice([7, 15, 30]),
                      "written_date": D(d, wd, "iso"), "filled_date": D(d, wd + _td(days=rng.randint(0, 4)), "iso"),
                      "prescriber": {"name": N(d, doc), "dea": d("US_DEA", V.dea(rng, doc.family)),
                                     "npi": d("US_NPI", V.npi(rng))},
                      "pharmacy": rng.choice(V.PHARMACIES)})
    rep = {"patient": {"name": N(d, p, "last_first"), "dob": D(d, V.rand_date(rng, 1950, 2003), "iso"),
                       "zip": d("US_ZIP_CODE", V.town_state_zip(rng)[2])},
           "mme_daily": rng.randint(20, 140), "fills": fills}
    return rng.choice(["PDMP query result below. Calculate overlap days and flag multiple-prescriber risk.\n\n",
                       "Summarize for the pain clinic huddle:\n"]) + json.dumps(rep, ensure_ascii=False, indent=2)


@T("skimmer-forensics", "finance", "note", 3)
def skimmer_forensics(rng, d, i):
    lines = []
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.5:
            lines.append("  " + d("CARD_TRACK_DATA", V.track1(rng, V.latin_person(rng))))
        else:
            lines.append("  " + d("CARD_TRACK_DATA", V.track2(rng)))
    _b, pan = V.card_number(rng)
    txt = ("Forensic note — skimmer recovered from pump #%d, %s Gas & Go\nThe overlay's flash chip held %d records; "
           "sample below (raw, as dumped):\n%s\nOne card was also written on the back of a receipt: %s.\n"
           "Chip exfiltrated over Bluetooth to a device with MAC %s.\nAction: notify issuers via the compromise "
           "portal, preserve device, chain of custody form #%d.") % (
        rng.randint(1, 12), rng.choice(V.TOWNS), rng.randint(40, 900), "\n".join(lines), d("CREDIT_CARD", V.group_card(pan)),
        d("DEVICE_ID", V.device_id(rng, "mac")), rng.randint(100, 999))
    return rng.choice(["Write the issuer notification from this note:\n\n", "Summarize the exposure:\n\n"]) + txt


@T("smart-on-fhir", "healthcare", "code", 3)
def smart_on_fhir(rng, d, i):
    base = "https://fhir.%s/r4" % rng.choice(["stottilie-rmc.org", "pinecastlehealth.org"])
    resp = {"access_token": d("JWT", V.jwt(rng)), "token_type": "Bearer", "expires_in": 3600,
            "scope": "launch/patient patient/*.read", "patient": "%d" % rng.randint(10 ** 5, 10 ** 7)}
    code = ('import requests\n\nFHIR_BASE = "%s"\nTOKEN_URL = "%s"\nCLIENT_ID = "sof-cardiology-app"\n'
            'CLIENT_SECRET = "%s"\n\n'
            'r = requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": code},\n'
            '                  auth=(CLIENT_ID, CLIENT_SECRET))\n# response:\n# %s\n'
            'pt = requests.get(FHIR_BASE + "/Patient/" + r.json()["patient"], headers=hdrs).json()\n') % (
        d("URL", base), d("URL", base + "/auth/token"),
        d("HIGH_ENTROPY_SECRET", V.high_entropy_secret(rng, rng.choice(["b64url", "hex32"]))),
        json.dumps(resp, ensure_ascii=False))
    return rng.choice(["Our SMART launch returns 401 on the Patient read. What's wrong?\n\n```python\n",
                       "Add PKCE to this flow:\n```python\n"]) + code + "```"


@T("utility-start-call", "general", "transcript", 3)
def utility_start_call(rng, d, i):
    p = V.person(rng, rng.choice(["us", "hispanic", "kenyan", "vietnamese", "polish"]))
    line, town, st, z = addr_parts(rng)
    rep = V.person(rng, "us")
    ssn = V.ssn(rng, "")
    lines = ["Speaker 1 (%s): Thanks for calling Lumenfield Energy, I can help you start service. Your name?" % d(
                 "PERSON", rep.given),
             "Speaker 2: %s." % N(d, p),
             "Speaker 1: And the service address?",
             "Speaker 2: %s %s." % (d("STREET_ADDRESS", "%s, %s, %s" % (line, town, st)),
                                        d("US_ZIP_CODE", z if rng.random() < 0.5 else V.spoken_digits(z, rng))),
             "Speaker 1: For the credit check I'll need your social security number, or we can take a deposit.",
             "Speaker 2: Fine, it's %s." % d("US_SSN", V.spoken_digits(ssn, rng, [3, 2, 4]) if rng.random() < 0.6
                                             else "%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:])),
             "Speaker 1: And a phone number for outage texts?",
             "Speaker 2: %s." % d("PHONE_NUMBER", V.spoken_digits(V.us_phone(rng, "bare"), rng, [3, 3, 4])),
             "Speaker 1: You're all set; service starts Monday."]
    return rng.choice(["Transcribed with Whisper. Fill the start-service form fields from it:\n\n",
                       "Redaction QA sample — summarize the call:\n\n"]) + "\n".join(lines)
