"""Positive templates for held-out set 13: every record contains labeled PII/PHI/PCI.

Each template is a function ``f(rng, i)`` returning a marked string (see ``h13_values.L``)
or a ``(kind, marked)`` / ``(domain, kind, marked)`` tuple when a record deviates from the
template's default.  ``bind(values_module)`` must be called before use; it injects the
value helpers into this module's namespace.
"""

from __future__ import annotations

TEMPLATES = []  # (name, domain, kind, count, fn)


def tpl(name, domain, kind, count):
    def deco(fn):
        TEMPLATES.append((name, domain, kind, count, fn))
        return fn
    return deco


def bind(values_module):
    g = globals()
    for k in dir(values_module):
        if not k.startswith("__"):
            g.setdefault(k, getattr(values_module, k))
    g["V"] = values_module


# ----------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------

def nm(p, form="full"):
    return L("PERSON", getattr(p, form))


def ph(rng, style=None):
    return L("PHONE_NUMBER", us_phone(rng, style))


def em(rng, p, domain=None):
    return L("EMAIL_ADDRESS", email_for(rng, p, domain))


def dt(rng, d, styles=("us", "iso", "long", "abbr", "us_short", "abbr_us")):
    return L("DATE_TIME", fdate(d, rng.choice(styles)))


def ag(age):
    return L("AGE", age) if age > 89 else str(age)


def addr_inline(a, comma=True):
    return L("STREET_ADDRESS", a.street_city_state) + (" " if comma else "  ") + L("US_ZIP_CODE", a.zip)


def addr_two(a):
    return L("STREET_ADDRESS", a.street) + "\n" + "%s, %s " % (a.city, a.state) + L("US_ZIP_CODE", a.zip)


def addr_any(rng, a):
    return addr_inline(a) if rng.random() < 0.6 else addr_two(a)


def visit_and_age(rng, old_p=0.5, young=(19, 89)):
    visit = rdate(rng, 2024, 2025)
    age = rng.randint(90, 104) if rng.random() < old_p else rng.randint(*young)
    return visit, age, dob_for_age(rng, age, visit)


def chat(rng, turns, style=None):
    style = rng.randint(0, 4) if style is None else style
    out = []
    for role, text in turns:
        if style == 0:
            out.append("%s: %s" % ("User" if role == "u" else "Assistant", text))
        elif style == 1:
            out.append("### %s\n%s" % ("user" if role == "u" else "assistant", text))
        elif style == 2:
            out.append("<|%s|>\n%s" % ("user" if role == "u" else "assistant", text))
        elif style == 3:
            out.append("[%s] %s" % ("USER" if role == "u" else "AI", text))
        else:
            out.append("%s %s" % (">>" if role == "u" else "<<", text))
    return "\n\n".join(out) if style in (1, 2) else "\n".join(out)


def hl7_phone(rng):
    return "(%s)%d%02d-%04d" % (rng.choice(["614", "330", "412", "713", "919"]), rng.randint(2, 9),
                                rng.randint(0, 99), rng.randint(0, 9999))


def hl7_ts(d, rng):
    return "%s%02d%02d" % (fdate(d, "hl7"), rng.randint(0, 23), rng.randint(0, 59))


def clinician(rng):
    return person(rng, rng.choice(["us", "hi", "ng", "ie", "ko", "es", "de", "gr", "et"]))


# ========================================================================================
# HEALTHCARE
# ========================================================================================

@tpl("hc-chat-caregiver", "healthcare", "chat", 5)
def hc_chat_caregiver(rng, i):
    p = person(rng)
    visit, age, dob = visit_and_age(rng, 0.65, (70, 89))
    f = p.sex == "F"
    rel = rng.choice(["grandmother", "mom", "great-aunt", "neighbor"] if f else ["grandpa", "father", "uncle", "neighbor"])
    he, his = ("she", "her") if f else ("he", "his")
    dobs = dt(rng, dob)
    q = rng.choice([
        f"I'm helping my {rel} {nm(p)} sort out {his} meds. {he.capitalize()}'s {ag(age)} (DOB {dobs}) and the cardiologist "
        f"just added apixaban 2.5 mg BID on top of aspirin 81 mg. Is that combination safe at {his} age?",
        f"my {rel} is {ag(age)} years old, name {nm(p)}, born {dobs}. the nursing home says {his} eGFR is 28. "
        f"which of {his} meds need renal dosing? list: metformin 500mg bid, gabapentin 300 tid, lisinopril 10",
        f"Can you draft a short letter to the pharmacy for {nm(p)} (date of birth {dobs}, age {ag(age)})? "
        f"The refill for levothyroxine 50 mcg was denied and my {rel} only has 3 tablets left.",
    ])
    if rng.random() < 0.5:
        q += f" {his.capitalize()} chart number at {rng.choice(CLINICS)} is {L('MEDICAL_RECORD_NUMBER', mrn(rng))} if that helps."
    a = rng.choice([
        "I can help with that. Before anything else, please confirm the current kidney function and weight.",
        "Happy to draft that. I'll keep it brief and factual.",
        "Short answer: that combination raises bleeding risk; it should be reviewed by the prescriber.",
    ])
    turns = [("u", q), ("a", a)]
    if rng.random() < 0.6:
        turns.append(("u", rng.choice([
            f"ok. the pharmacy number is {ph(rng)}, can you put that at the bottom",
            f"Thanks. {his.capitalize()} next appointment is {dt(rng, rdate(rng, 2025, 2025), ('long', 'us'))} with Dr. {nm(clinician(rng), 'family')}.",
            f"also sign it from me, {nm(person(rng))}, {em(rng, person(rng))}",
        ])))
    return chat(rng, turns)


_SOAP = [
    ("worsening dyspnea on exertion x2 weeks", "O: BP 148/86, HR 92, RR 20, SpO2 93% RA. Bibasilar crackles. 2+ pitting edema.",
     "A/P: Likely HFpEF exacerbation. Furosemide 40 mg PO daily, BMP in 1 week. Return precautions given."),
    ("dizziness when standing", "O: BP 118/70 sitting, 96/60 standing. HR 78 -> 104. Cr 1.3 mg/dL.",
     "A/P: Orthostatic hypotension, likely volume depletion + tamsulosin. Hold tamsulosin, encourage fluids."),
    ("left hip pain after a fall at home", "O: Tender over L greater trochanter, no shortening/rotation. X-ray: no fracture.",
     "A/P: Contusion. Acetaminophen 650 mg q6h PRN (max 3 g/day). Tramadol 50 mg q8h PRN x5 days. PT referral."),
    ("follow-up of type 2 diabetes", "O: BP 134/82. A1c 8.4% (ref 4.0-5.6). Monofilament intact. eGFR 61.",
     "A/P: Uncontrolled T2DM. Add empagliflozin 10 mg daily, continue metformin 1000 mg BID. Recheck A1c in 3 months."),
    ("productive cough and low-grade fever x4 days", "O: T 37.9 C, RR 22, SpO2 94% RA. Crackles R base. CXR: RLL infiltrate.",
     "A/P: CAP, CURB-65 of 2. Amoxicillin-clavulanate 875/125 mg BID + azithromycin x5 days. Return if worse."),
]


@tpl("hc-soap", "healthcare", "note", 5)
def hc_soap(rng, i):
    p = person(rng)
    doc = clinician(rng)
    visit, age, dob = visit_and_age(rng, 0.45)
    sex = "female" if p.sex == "F" else "male"
    head_style = rng.randint(0, 2)
    if head_style == 0:
        head = (f"PATIENT: {nm(p, 'last_first')}    DOB: {dt(rng, dob, ('us',))}    MRN: {L('MEDICAL_RECORD_NUMBER', mrn(rng))}\n"
                f"DATE OF SERVICE: {dt(rng, visit, ('us',))}\nPROVIDER: {nm(doc)}, MD  NPI {L('US_NPI', npi(rng))}\n")
    elif head_style == 1:
        head = (f"{nm(p, 'upper')} | {L('MEDICAL_RECORD_NUMBER', mrn(rng))} | DOB {dt(rng, dob, ('iso', 'abbr'))} | "
                f"seen {dt(rng, visit, ('iso', 'abbr'))}\n")
    else:
        head = f"Visit note — {nm(p)} (MRN {L('MEDICAL_RECORD_NUMBER', mrn(rng))}), {dt(rng, visit, ('long',))}\n"
    cc, o, a = rng.choice(_SOAP)
    s = f"S: {ag(age)}-year-old {sex} with {cc}. "
    s += rng.choice(["Denies chest pain. ", "Lives alone; daughter checks in daily. ", "Reports poor appetite. ", ""])
    if rng.random() < 0.4:
        s += f"Accompanied by son {nm(person(rng, p.culture, 'M'), 'given')}. "
    tail = ""
    if head_style != 0:
        tail = f"\n-- {nm(doc)}, {rng.choice(['MD', 'DO', 'NP'])}" + (f" (NPI {L('US_NPI', npi(rng))})" if rng.random() < 0.7 else "")
    if rng.random() < 0.5:
        tail += f"\nControlled-substance Rx under DEA {L('US_DEA', dea(rng, doc))}."
    prefix = rng.choice(["", "Summarize this note for the patient in plain language:\n\n",
                         "Extract problems and meds as JSON:\n", "Rewrite the A/P as bullet points.\n\n"])
    return prefix + head + "\n".join([s, o, a]) + tail


@tpl("hc-discharge", "healthcare", "note", 5)
def hc_discharge(rng, i):
    p = person(rng)
    doc = clinician(rng)
    adm, age, dob = visit_and_age(rng, 0.5)
    dis = V._dt.date.fromordinal(adm.toordinal() + rng.randint(2, 12))
    fu = V._dt.date.fromordinal(dis.toordinal() + rng.randint(5, 20))
    a = address(rng)
    st = ("us", "long", "iso")
    lines = [
        "DISCHARGE SUMMARY",
        f"Name: {nm(p, 'last_first')}          MRN: {L('MEDICAL_RECORD_NUMBER', mrn(rng))}",
        f"DOB: {dt(rng, dob, st)}   Age: {ag(age)}   Sex: {p.sex}",
        f"Admitted: {dt(rng, adm, st)}    Discharged: {dt(rng, dis, st)}",
        f"Attending: {nm(doc)}, MD (NPI {L('US_NPI', npi(rng))})",
        "",
        "Principal diagnosis: " + rng.choice(["Community-acquired pneumonia (J18.9)", "NSTEMI (I21.4)",
                                               "Acute on chronic HFrEF (I50.23)", "Cellulitis of right leg (L03.115)"]),
        "Hospital course: " + rng.choice([
            "Treated with ceftriaxone 1 g IV q24h and azithromycin 500 mg x3 days; transitioned to oral therapy on day 4.",
            "Diuresed 6.2 L with IV furosemide; weight 81.4 -> 75.2 kg. Echo EF 30-35%.",
            "Heparin drip 48h, cath showed 80% LAD stenosis, DES placed. Started ticagrelor 90 mg BID.",
        ]),
        "",
        "Discharge to: " + rng.choice(["home with daughter", "home with VNA services", "skilled nursing facility"]),
    ]
    if rng.random() < 0.7:
        lines.append("Address on file: " + addr_inline(a))
        lines.append("Contact: " + ph(rng) + rng.choice(["", " (cell)", " — daughter " + nm(person(rng, p.culture, "F"), "given")]))
    if rng.random() < 0.5:
        lines.append(f"Discharge Rx: oxycodone 5 mg PO q6h PRN severe pain, #12, no refills — {nm(doc, 'family')}, DEA {L('US_DEA', dea(rng, doc))}")
    lines.append(f"Follow-up: {rng.choice(CLINICS)} on {dt(rng, fu, ('long', 'us'))} at {rng.randint(8, 11)}:{rng.choice(['00', '15', '30', '45'])} AM.")
    if rng.random() < 0.5:
        lines.append(f"Insurance: {rng.choice(PAYERS)}, member ID {L('HEALTH_PLAN_ID', health_plan_id(rng))}, group 00{rng.randint(1000, 9999)}")
    pre = rng.choice(["", "Please turn this into discharge instructions at a 6th-grade reading level.\n\n",
                      "Check this discharge summary for missing elements (TJC requirements):\n"])
    return pre + "\n".join(lines)


@tpl("hc-referral-letter", "healthcare", "email", 5)
def hc_referral_letter(rng, i):
    p = person(rng)
    ref_to = clinician(rng)
    ref_from = clinician(rng)
    visit, age, dob = visit_and_age(rng, 0.3)
    clinic = rng.choice(CLINICS)
    dom = rng.choice(DOMAINS_ORG)
    ca = address(rng)
    body = [
        f"To: {em(rng, ref_to, dom)}",
        f"From: {em(rng, ref_from, rng.choice(DOMAINS_ORG))}",
        "Subject: Referral — " + rng.choice(["cardiology consult", "nephrology evaluation", "memory clinic", "wound care"]),
        "",
        f"Dear Dr. {nm(ref_to, 'family')},",
        "",
        f"I am referring {nm(p)} (DOB {dt(rng, dob, ('us', 'long'))}) for evaluation of "
        + rng.choice(["progressive CKD stage 3b with eGFR decline from 48 to 36 over 9 months.",
                      "new-onset atrial fibrillation, CHA2DS2-VASc 5, currently rate controlled on metoprolol 25 mg BID.",
                      "a non-healing venous ulcer of the left medial malleolus, 3.1 x 2.4 cm, present for 14 weeks.",
                      "short-term memory loss over 18 months; MoCA 21/30 on our last visit."]),
        f"Last seen here on {dt(rng, visit, ('long', 'us'))}. "
        + rng.choice(["Records and labs attached.", "Medication list attached.", "Imaging is on the shared PACS."]),
        f"The patient can be reached at {ph(rng)}" + (f" or via email at {em(rng, p)}." if rng.random() < 0.5 else "."),
    ]
    if rng.random() < 0.6:
        body.append(f"Member ID {L('HEALTH_PLAN_ID', health_plan_id(rng))} ({rng.choice(PAYERS)}); prior auth not required per payer.")
    body += ["", "Kind regards,", "", f"{nm(ref_from)}, MD", clinic,
             L("STREET_ADDRESS", ca.street_city_state) + " " + L("US_ZIP_CODE", ca.zip),
             f"Tel {ph(rng)} | Fax {ph(rng)}", f"NPI {L('US_NPI', npi(rng))}"]
    return "\n".join(body)


@tpl("hc-handoff", "healthcare", "note", 5)
def hc_handoff(rng, i):
    unit = rng.choice(["4 West", "MICU", "Ortho 6", "Tele 3B"])
    out = [rng.choice([f"Night shift handoff — {unit}", f"SBAR handoff {unit} (0700)", f"{unit} bedside report"])]
    for bed in rng.sample(range(1, 30), rng.randint(2, 4)):
        p = person(rng)
        age = rng.choice([rng.randint(90, 101), rng.randint(40, 88)])
        fam = person(rng, p.culture)
        rel = rng.choice(["daughter", "sister", "niece"] if fam.sex == "F" else ["son", "brother", "nephew"])
        style = rng.randint(0, 2)
        if style == 0:
            out.append(f"Bed {bed}: {nm(p, 'last_first')}, {ag(age)} {p.sex}, MRN {L('MEDICAL_RECORD_NUMBER', mrn(rng))}. "
                       + rng.choice(["S/p R hip ORIF POD2, pain controlled on oxycodone 5 mg q4h PRN.",
                                     "CHF, net -1.2 L, K 3.3 repleted.", "Delirium overnight, sitter at bedside.",
                                     "DKA resolving, insulin gtt off at 0300, AG closed."]))
        elif style == 1:
            out.append(f"- {bed} {nm(p, 'upper')} ({ag(age)}y) — fall risk, " + rng.choice(["NPO after MN", "on 2L NC", "foley placed 2/3"])
                       + f"; {rel} {nm(fam)} {ph(rng)} wants a call after rounds")
        else:
            out.append(f"Rm {bed}: {nm(p)} age {ag(age)}. Code status DNR/DNI. Family contact {nm(fam, 'given')} @ {ph(rng)}.")
    out.append(rng.choice(["Charge RN: " + nm(person(rng)), "Questions -> pager 4471", "Reported to " + nm(person(rng, 'us'), 'given')]))
    return "\n".join(out)


def _pid(rng, p, dob, a, m, ssn_=True):
    ssn_part = L("US_SSN", ssn(rng)) if ssn_ else ""
    return (f"PID|1||{L('MEDICAL_RECORD_NUMBER', m)}^^^QVRH^MR||{L('PERSON', p.hl7)}||{L('DATE_TIME', fdate(dob, 'hl7'))}|{p.sex}|||"
            f"{L('STREET_ADDRESS', a.street.upper())}^^{a.city.upper()}^{a.state}^{L('US_ZIP_CODE', a.zip)}^USA||"
            f"{L('PHONE_NUMBER', hl7_phone(rng))}|||{rng.choice(['M', 'S', 'W'])}||{rng.randint(10 ** 7, 10 ** 8)}|{ssn_part}")


@tpl("hc-hl7-adt", "healthcare", "structured", 5)
def hc_hl7_adt(rng, i):
    p = person(rng, rng.choice(["us", "es", "ng", "vi", "pl", "ie", "ph", "ke", "de", "fr"]))
    adm, age, dob = visit_and_age(rng, 0.3)
    a = address(rng, 0.1)
    doc = clinician(rng)
    ev = rng.choice(["A01", "A04", "A08"])
    msh_ts = hl7_ts(adm, rng) + "%02d" % rng.randint(0, 59)
    segs = [
        f"MSH|^~\\&|EPICADT|QVRH|LABSYS|QVRH|{msh_ts}||ADT^{ev}|MSG{rng.randint(10000, 99999)}|P|2.5.1",
        f"EVN|{ev}|{msh_ts}",
        _pid(rng, p, dob, a, mrn(rng), rng.random() < 0.7),
    ]
    if rng.random() < 0.7:
        k = person(rng, p.culture)
        segs.append(f"NK1|1|{L('PERSON', k.hl7)}|{rng.choice(['DAU', 'SON', 'SPO', 'BRO'])}||{L('PHONE_NUMBER', hl7_phone(rng))}")
    segs.append(f"PV1|1|I|4W^{rng.randint(401, 440)}^B^QVRH||||{L('US_NPI', npi(rng))}^{L('PERSON', doc.hl7)}^^^DR|||MED||||1|||"
                f"{L('US_NPI', npi(rng))}^{L('PERSON', clinician(rng).hl7)}^^^DR|IN||{rng.choice(['MCR', 'COM', 'MCD'])}|||||||||||||||||||||||||"
                f"{L('DATE_TIME', hl7_ts(adm, rng))}")
    if rng.random() < 0.6:
        segs.append(f"IN1|1|{rng.choice(['MCR01', 'BH220', 'KMH5'])}|{rng.randint(100, 999)}|{rng.choice(PAYERS).upper()}|||||"
                    f"GRP{rng.randint(1000, 9999)}||||||{L('PERSON', p.hl7)}|SEL|||||||||||||||||||{L('HEALTH_PLAN_ID', health_plan_id(rng))}")
    sep = rng.choice(["\n", "\r", "\n"])
    pre = rng.choice(["", "Parse this HL7 message and list the patient demographics:\n", "why does our interface reject this?\n\n"])
    return pre + sep.join(segs)


@tpl("hc-hl7-oru", "healthcare", "structured", 4)
def hc_hl7_oru(rng, i):
    p = person(rng)
    coll, age, dob = visit_and_age(rng, 0.25)
    a = address(rng, 0.0)
    doc = clinician(rng)
    ts = hl7_ts(coll, rng)
    doc_npi = npi(rng)
    obx = rng.choice([
        ["OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F", "OBX|2|NM|2160-0^Creatinine^LN||1.41|mg/dL|0.57-1.00|H|||F",
         "OBX|3|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.1|N|||F"],
        ["OBX|1|NM|718-7^Hemoglobin^LN||9.2|g/dL|12.0-15.5|L|||F", "OBX|2|NM|777-3^Platelets^LN||412|10*3/uL|150-400|H|||F"],
        ["OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.9|%|4.0-5.6|H|||F"],
    ])
    segs = [f"MSH|^~\\&|LIS|QVRH|EHR|QVRH|{hl7_ts(V._dt.date.fromordinal(coll.toordinal() + 1), rng)}30||ORU^R01|L{rng.randint(100000, 999999)}|P|2.5.1",
            _pid(rng, p, dob, a, mrn(rng), False),
            f"ORC|RE|{rng.randint(10 ** 6, 10 ** 7)}|||||||||{L('US_NPI', doc_npi)}^{L('PERSON', doc.hl7)}",
            f"OBR|1|{rng.randint(10 ** 6, 10 ** 7)}||80053^CMP^CPT|||{L('DATE_TIME', ts)}|||||||||{L('US_NPI', doc_npi)}^{L('PERSON', doc.hl7)}"]
    segs += obx
    return rng.choice(["", "Explain these results to the patient:\n", "Flag abnormal values:\n"]) + "\n".join(segs)


@tpl("hc-fhir-patient", "healthcare", "structured", 4)
def hc_fhir_patient(rng, i):
    p = person(rng)
    _, age, dob = visit_and_age(rng, 0.3)
    a = address(rng, 0.2)
    res = {
        "resourceType": "Patient",
        "id": token(rng, 8, "abcdef0123456789"),
        "identifier": [{"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.3.4421.1",
                        "value": L("MEDICAL_RECORD_NUMBER", mrn(rng))}],
        "name": [{"use": "official", "family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
        "telecom": [{"system": "phone", "value": ph(rng), "use": rng.choice(["home", "mobile"])}],
        "gender": "female" if p.sex == "F" else "male",
        "birthDate": L("DATE_TIME", dob.isoformat()),
        "address": [{"use": "home", "line": [L("STREET_ADDRESS", a.street)], "city": a.city, "state": a.state,
                     "postalCode": L("US_ZIP_CODE", a.zip)}],
    }
    if rng.random() < 0.5:
        res["identifier"].append({"system": "urn:oid:2.16.840.1.113883.4.1", "value": L("US_SSN", ssn(rng))})
    if rng.random() < 0.5:
        res["telecom"].append({"system": "email", "value": em(rng, p)})
    if rng.random() < 0.3:
        res["deceasedDateTime"] = L("DATE_TIME", rdate(rng, 2023, 2025).isoformat() + "T%02d:%02d:00-05:00" % (rng.randint(0, 23), rng.randint(0, 59)))
    if rng.random() < 0.6:
        c = person(rng, p.culture)
        res["contact"] = [{"relationship": [{"text": rng.choice(["daughter", "son", "spouse", "niece"])}],
                           "name": {"text": L("PERSON", c.full)}, "telecom": [{"system": "phone", "value": ph(rng)}]}]
    if rng.random() < 0.5:
        d = clinician(rng)
        res["generalPractitioner"] = [{"reference": "Practitioner/" + str(rng.randint(100, 9999)), "display": "Dr. " + L("PERSON", d.full)}]
    pre = rng.choice(["", "Validate this FHIR resource:\n", "Map to our CSV export format:\n```json\n"])
    return pre + jdump(res, indent=rng.choice([2, None])) + ("\n```" if pre.endswith("json\n") else "")


@tpl("hc-fhir-coverage", "healthcare", "structured", 4)
def hc_fhir_coverage(rng, i):
    p = person(rng)
    start, age, dob = visit_and_age(rng, 0.5)
    doc = clinician(rng)
    m = mbi(rng, rng.random() < 0.3)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Coverage", "status": "active",
                      "subscriberId": L("HEALTH_PLAN_ID", health_plan_id(rng)),
                      "beneficiary": {"display": L("PERSON", p.full)},
                      "identifier": [{"system": L("URL", "http://hl7.org/fhir/sid/us-mbi"), "value": L("US_MBI", m)}],
                      "payor": [{"display": rng.choice(PAYERS)}],
                      "class": [{"type": {"text": "group"}, "value": "G%d" % rng.randint(10000, 99999)}]}},
        {"resource": {"resourceType": "Practitioner",
                      "identifier": [{"system": L("URL", "http://hl7.org/fhir/sid/us-npi"), "value": L("US_NPI", npi(rng))}],
                      "name": [{"family": L("PERSON", doc.family), "given": [L("PERSON", doc.given)], "prefix": ["Dr."]}]}},
        {"resource": {"resourceType": "Encounter", "status": "finished", "class": {"code": "AMB"},
                      "period": {"start": L("DATE_TIME", start.isoformat() + "T%02d:%02d:00Z" % (rng.randint(13, 22), rng.choice([0, 15, 30, 45])))}}},
    ]}
    if rng.random() < 0.5:
        bundle["entry"][0]["resource"]["beneficiary"]["extension"] = [{"url": "birthDate", "valueDate": L("DATE_TIME", dob.isoformat())}]
    return rng.choice(["", "Does this coverage look valid for a Medicare Advantage claim?\n"]) + jdump(bundle, indent=rng.choice([1, 2]))


def _x12_name(p):
    out = "%s*%s" % (ascii_fold(p.family).upper(), ascii_fold(p.given).upper())
    return out + ("*" + p.middle if p.middle else "")


@tpl("hc-x12-837", "healthcare", "structured", 4)
def hc_x12_837(rng, i):
    p = person(rng, rng.choice(["us", "es", "ie", "ng", "pl", "de"]))
    dos, age, dob = visit_and_age(rng, 0.3)
    a = address(rng, 0.0)
    doc = clinician(rng)
    clinic = rng.choice(CLINICS).upper()
    ca = address(rng, 0.0)
    made = V._dt.date.fromordinal(dos.toordinal() + rng.randint(1, 20))
    segs = [
        "ISA*00*          *00*          *ZZ*QVRHSUB        *ZZ*CLEARHSE01     *%s*1130*^*00501*0000%05d*0*P*:" % (
            fdate(made, "hl7")[2:], rng.randint(0, 99999)),
        "GS*HC*QVRHSUB*CLEARHSE01*%s*1130*%d*X*005010X222A1" % (fdate(made, "hl7"), rng.randint(1, 9999)),
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*%d*%s*1130*CH" % (rng.randint(10 ** 5, 10 ** 6), fdate(made, "hl7")),
        f"NM1*85*2*{clinic}*****XX*{L('US_NPI', npi(rng))}",
        f"N3*{L('STREET_ADDRESS', ca.street.upper())}",
        f"N4*{ca.city.upper()}*{ca.state}*{L('US_ZIP_CODE', ca.zip.replace('-', ''))}",
        "REF*EI*%d" % rng.randint(10 ** 8, 10 ** 9 - 1),
        "HL*2*1*22*0",
        "SBR*P*18*GRP%d******CI" % rng.randint(1000, 99999),
        f"NM1*IL*1*{L('PERSON', _x12_name(p))}***MI*{L('HEALTH_PLAN_ID', health_plan_id(rng).replace('-', ''))}",
        f"N3*{L('STREET_ADDRESS', a.street.upper())}",
        f"N4*{a.city.upper()}*{a.state}*{L('US_ZIP_CODE', a.zip.replace('-', ''))}",
        f"DMG*D8*{L('DATE_TIME', fdate(dob, 'hl7'))}*{p.sex}",
        "CLM*%s*%d.00***11:B:1*Y*A*Y*Y" % (token(rng, 10, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), rng.randint(90, 900)),
        "HI*ABK:%s" % rng.choice(["E119", "I10", "J449", "M1711", "N184"]),
        f"NM1*82*1*{L('PERSON', _x12_name(doc))}****XX*{L('US_NPI', npi(rng))}",
        "LX*1",
        "SV1*HC:%s*%d.00*UN*1***1" % (rng.choice(["99214", "99213", "93000", "36415"]), rng.randint(40, 400)),
        f"DTP*472*D8*{L('DATE_TIME', fdate(dos, 'hl7'))}",
        "SE*21*0001",
    ]
    sep = rng.choice(["~\n", "~"])
    return rng.choice(["", "Our clearinghouse returned a 999 reject for this 837P, what's wrong?\n"]) + sep.join(segs) + "~"


@tpl("hc-x12-270", "healthcare", "structured", 3)
def hc_x12_270(rng, i):
    p = person(rng)
    dos, age, dob = visit_and_age(rng, 0.5)
    doc = clinician(rng)
    member = L("US_MBI", mbi(rng)) if rng.random() < 0.6 else L("HEALTH_PLAN_ID", health_plan_id(rng).replace("-", ""))
    segs = [
        "ST*270*%04d*005010X279A1" % rng.randint(1, 9999),
        "BHT*0022*13*%d*%s*0930" % (rng.randint(10 ** 6, 10 ** 7), fdate(V._dt.date.fromordinal(dos.toordinal() - rng.randint(1, 9)), "hl7")),
        "HL*1**20*1", "NM1*PR*2*%s*****PI*%05d" % (rng.choice(PAYERS).upper(), rng.randint(0, 99999)),
        "HL*2*1*21*1", f"NM1*1P*1*{L('PERSON', _x12_name(doc))}****XX*{L('US_NPI', npi(rng))}",
        "HL*3*2*22*0", "TRN*1*%d*9%09d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(0, 10 ** 9 - 1)),
        f"NM1*IL*1*{L('PERSON', _x12_name(p))}****MI*{member}",
        f"DMG*D8*{L('DATE_TIME', fdate(dob, 'hl7'))}",
        f"DTP*291*D8*{L('DATE_TIME', fdate(dos, 'hl7'))}",
        "EQ*30", "SE*13*0001",
    ]
    return "\n".join(s + "~" for s in segs)


@tpl("hc-ccda", "healthcare", "structured", 4)
def hc_ccda(rng, i):
    p = person(rng)
    adm, age, dob = visit_and_age(rng, 0.4)
    a = address(rng, 0.2)
    doc = clinician(rng)
    tel = us_phone(rng, 5)
    parts = [
        '<recordTarget>', '  <patientRole>',
        f'    <id root="2.16.840.1.113883.19.5.99999.2" extension="{L("MEDICAL_RECORD_NUMBER", mrn(rng))}"/>',
    ]
    if rng.random() < 0.5:
        parts.append(f'    <id root="2.16.840.1.113883.4.1" extension="{L("US_SSN", ssn(rng))}"/>')
    parts += [
        '    <addr use="HP">',
        f'      <streetAddressLine>{L("STREET_ADDRESS", a.street)}</streetAddressLine>',
        f'      <city>{a.city}</city><state>{a.state}</state><postalCode>{L("US_ZIP_CODE", a.zip)}</postalCode>',
        '      <country>US</country>', '    </addr>',
        f'    <telecom value="tel:{L("PHONE_NUMBER", tel)}" use="HP"/>',
    ]
    if rng.random() < 0.5:
        parts.append(f'    <telecom value="mailto:{em(rng, p)}"/>')
    parts += [
        '    <patient>',
        f'      <name use="L"><given>{L("PERSON", p.given)}</given><family>{L("PERSON", p.family)}</family></name>',
        f'      <administrativeGenderCode code="{p.sex}" codeSystem="2.16.840.1.113883.5.1"/>',
        f'      <birthTime value="{L("DATE_TIME", fdate(dob, "hl7"))}"/>',
        '    </patient>', '  </patientRole>', '</recordTarget>',
        '<author>', '  <time value="%s"/>' % fdate(rdate(rng, 2025, 2025), "hl7"),
        '  <assignedAuthor>',
        f'    <id root="2.16.840.1.113883.4.6" extension="{L("US_NPI", npi(rng))}"/>',
        f'    <assignedPerson><name><prefix>Dr.</prefix><given>{L("PERSON", doc.given)}</given><family>{L("PERSON", doc.family)}</family></name></assignedPerson>',
        '  </assignedAuthor>', '</author>',
        '<componentOf><encompassingEncounter>',
        f'  <effectiveTime><low value="{L("DATE_TIME", hl7_ts(adm, rng))}"/></effectiveTime>',
        '</encompassingEncounter></componentOf>',
    ]
    return rng.choice(["", "Extract the demographics from this C-CDA header:\n", "Convert to FHIR Patient:\n"]) + "\n".join(parts)


@tpl("hc-erx", "healthcare", "form", 5)
def hc_erx(rng, i):
    p = person(rng)
    doc = person(rng, rng.choice(["us", "ie", "gr", "de", "es", "ng"]))
    written, age, dob = visit_and_age(rng, 0.3)
    a = address(rng, 0.3)
    drug = rng.choice(["oxycodone/APAP 5/325 mg, 1 tab PO q6h PRN pain, #20, RF 0",
                       "lorazepam 0.5 mg PO qHS PRN insomnia, #15",
                       "hydrocodone/APAP 10/325 mg q8h PRN, #12, no refills",
                       "methylphenidate ER 18 mg PO qAM, #30",
                       "tramadol 50 mg PO q8h PRN, #21"])
    style = i % 3
    if style == 0:
        return "\n".join([
            "PRESCRIPTION (EPCS)",
            f"Prescriber: {nm(doc)}, MD",
            f"NPI: {L('US_NPI', npi(rng))}    DEA: {L('US_DEA', dea(rng, doc))}",
            f"Patient: {nm(p)}    DOB: {dt(rng, dob, ('us',))}",
            "Address: " + addr_inline(a),
            f"Rx: {drug}",
            f"Date written: {dt(rng, written, ('us',))}",
        ])
    if style == 1:
        return (f"pharmacist here — got a fax for {nm(p, 'last_first')} dob {dt(rng, dob, ('us_short', 'us'))}, "
                f"{drug}, signed by {nm(doc)} DEA# {L('US_DEA', dea(rng, doc))} NPI {L('US_NPI', npi(rng))}, "
                f"dated {dt(rng, written, ('us_short', 'abbr_us'))}. The DEA prefix doesn't match what I expect for an MD. "
                f"Is this a red flag? Callback number on the fax is {ph(rng)}.")
    return jdump({"rx": {"drug": drug, "written_on": L("DATE_TIME", written.isoformat())},
                  "patient": {"name": L("PERSON", p.full), "dob": L("DATE_TIME", dob.isoformat()),
                              "zip": L("US_ZIP_CODE", a.zip)},
                  "prescriber": {"name": L("PERSON", doc.full), "npi": L("US_NPI", npi(rng)), "dea": L("US_DEA", dea(rng, doc))}},
                 indent=2)


@tpl("hc-medicare-call", "healthcare", "transcript", 4)
def hc_medicare_call(rng, i):
    p = person(rng, rng.choice(["us", "ie", "es", "it", "pl", "ph"]))
    _, age, dob = visit_and_age(rng, 0.5, (66, 89))
    a = address(rng, 0.1)
    m = mbi(rng)
    spoken_mbi = " ".join(m[:4]) + " - " + " ".join(m[4:7]) + " - " + " ".join(m[7:])
    agent = person(rng, "us")
    lines = [
        f"AGENT: Thank you for calling {rng.choice(PAYERS)}, this is {nm(agent, 'given')}. Who am I speaking with?",
        f"CALLER: Hi, this is {nm(p)}. " + rng.choice(["I'm calling about a bill I got.", "My new card never arrived.",
                                                     f"I'm calling for my mother, she's {ag(age)}."]),
        "AGENT: I can help. Can you spell the last name for me?",
        f"CALLER: {L('PERSON', spelled(p.family))}.",
        "AGENT: And the Medicare number on the red white and blue card?",
        f"CALLER: {L('US_MBI', spoken_mbi)}.",
        f"AGENT: Thank you. Date of birth?",
        f"CALLER: {dt(rng, dob, ('long',))}.",
        "AGENT: And the address we have on file?",
        f"CALLER: {addr_inline(a)}.",
    ]
    if rng.random() < 0.5:
        lines += ["AGENT: Is there a good callback number?", f"CALLER: Yes, {ph(rng)}."]
    lines.append("AGENT: Perfect, I've verified the account. " + rng.choice(["I'll reissue the card today.", "Let me pull up that claim."]))
    return rng.choice(["", "Summarize this call for the CRM note:\n\n", "QA-score this call (HIPAA verification steps):\n"]) + "\n".join(lines)


@tpl("hc-stt-intake", "healthcare", "transcript", 5)
def hc_stt_intake(rng, i):
    p = person(rng)
    _, age, dob = visit_and_age(rng, 0.4)
    a = address(rng, 0.0)
    s = ssn(rng, "")
    phone = "%s%d%02d%04d" % (rng.choice(["614", "330", "412"]), rng.randint(2, 9), rng.randint(0, 99), rng.randint(0, 9999))
    spoken_dob = "%s %s %s" % (MONTHS["en"][dob.month - 1].lower(), _ordinal(dob.day), _year_words(dob.year))
    clock = [rng.randint(0, 40)]

    def t():
        clock[0] += rng.randint(2, 9)
        return "[00:%02d:%02d]" % (clock[0] // 60, clock[0] % 60)
    lines = [
        f"{t()} spk_0: okay can i get your full name please",
        f"{t()} spk_1: yeah it's {L('PERSON', p.full.lower())} last name is {L('PERSON', ' '.join(ascii_fold(p.family).lower().replace(' ', '')))}",
        f"{t()} spk_0: and your date of birth",
        f"{t()} spk_1: {L('DATE_TIME', spoken_dob)}",
        f"{t()} spk_0: social security number",
        f"{t()} spk_1: {L('US_SSN', spoken_digits(rng, s, (3, 2, 4) if rng.random() < 0.6 else None))}",
        f"{t()} spk_0: best phone number",
        f"{t()} spk_1: {L('PHONE_NUMBER', spoken_digits(rng, phone, (3, 3, 4)))}",
    ]
    if rng.random() < 0.6:
        lines += [f"{t()} spk_0: and the zip code", f"{t()} spk_1: {L('US_ZIP_CODE', spoken_digits(rng, a.zip[:5], None, doubles=False))}"]
    if age > 89 and rng.random() < 0.8:
        lines += [f"{t()} spk_0: so that makes you", f"{t()} spk_1: {L('AGE', age)} in {MONTHS['en'][dob.month - 1].lower()}"]
    lines.append(f"{t()} spk_0: " + rng.choice(["great and what brings you in today", "thank you i've got you checked in"]))
    return rng.choice(["Clean up this speech-to-text transcript into an intake form:\n", "", "Fill the registration JSON from this audio transcript:\n"]) + "\n".join(lines)


_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def _ordinal(d):
    if d <= 20:
        return _ORD[d - 1]
    if d == 30:
        return "thirtieth"
    return {2: "twenty", 3: "thirty"}[d // 10] + " " + _ORD[d % 10 - 1]


def _two(n):
    if n < 10:
        return "oh " + DIGIT_WORDS[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + ("" if n % 10 == 0 else " " + DIGIT_WORDS[n % 10])


def _year_words(y):
    return "nineteen " + _two(y % 100) if y < 2000 else "two thousand " + DIGIT_WORDS[y % 10]


@tpl("hc-portal-fwd", "healthcare", "email", 4)
def hc_portal_fwd(rng, i):
    p = person(rng)
    nurse = person(rng, "us")
    visit, age, dob = visit_and_age(rng, 0.2)
    dom = rng.choice(DOMAINS_ORG)
    url = "https://portal.%s/mychart/messages/%d" % (dom, rng.randint(10 ** 6, 10 ** 7))
    hdr_date = "%s, %d %s %d %02d:%02d" % (rng.choice(["Mon", "Tue", "Wed", "Thu"]), rng.randint(1, 28),
                                          rng.choice(["Jan", "Feb", "Mar", "Apr"]), 2025, rng.randint(8, 17), rng.randint(0, 59))
    out = [
        rng.choice(["Can you help me write a reply to this?", "Triage this message: urgent or routine?", "FYI, see below"]),
        "",
        "---------- Forwarded message ---------",
        f"From: {nm(p)} <{em(rng, p)}>",
        f"Date: {hdr_date}",
        f"Subject: {rng.choice(['question about my results', 'Refill', 'side effects??', 'appointment'])}",
        f"To: {rng.choice(CLINICS)} Nurse Line <{L('EMAIL_ADDRESS', 'nurseline@' + dom)}>",
        "",
        rng.choice([
            f"Hello, I had blood work on {dt(rng, visit, ('long', 'us'))} and the portal says my potassium is 5.6. Should I be worried?",
            f"Hi - since starting the new pill I've had ankle swelling. My DOB is {dt(rng, dob, ('us',))} in case you need it.",
            f"I need to move my appointment on {dt(rng, visit, ('long', 'abbr_us'))}. I can't drive anymore, I'm {ag(age)}.",
        ]),
        "",
        f"Thanks, {nm(p, 'given')}",
        f"{ph(rng)}",
        "",
        f"View in portal: {L('URL', url)}",
        "",
        "--",
        f"{nm(nurse)}, RN | Care Coordination",
        f"Direct: {ph(rng)}",
    ]
    return "\n".join(out)


@tpl("hc-device-implant", "healthcare", "note", 5)
def hc_device_implant(rng, i):
    p = person(rng)
    day, age, dob = visit_and_age(rng, 0.5)
    doc = clinician(rng)
    style = rng.randint(0, 1)
    gen = rng.choice(["dual-chamber pacemaker", "ICD", "CRT-D", "insertable cardiac monitor"])
    lines = [
        f"DEVICE IMPLANT RECORD — {nm(p, 'last_first')} (MRN {L('MEDICAL_RECORD_NUMBER', mrn(rng))}), age {ag(age)}",
        f"Procedure date: {dt(rng, day, ('us', 'long'))}. Operator: Dr. {nm(doc)} (NPI {L('US_NPI', npi(rng))})",
        f"Generator: {gen}, model {rng.choice(['VX-220', 'Aurel DR', 'Kinetra 3', 'LNQ11'])}, serial {L('DEVICE_ID', device_serial(rng))}",
    ]
    if gen != "insertable cardiac monitor":
        lines.append(f"RA lead SN {L('DEVICE_ID', device_serial(rng))}; RV lead SN {L('DEVICE_ID', device_serial(rng))}")
    lines.append(f"UDI: {L('DEVICE_ID', udi(rng))}")
    if style == 0:
        lines.append(f"Home monitor paired, cellular adapter IMEI {L('DEVICE_ID', imei(rng))}")
    else:
        lines.append(f"Remote monitoring app installed on patient phone (IMEI {L('DEVICE_ID', imei(rng))}); MRI conditional: no")
    if gen != "insertable cardiac monitor":
        lines.append("Thresholds: RA 0.75 V @ 0.4 ms, RV 0.5 V @ 0.4 ms; impedance 520/610 ohms.")
    else:
        lines.append("R-wave 0.42 mV; auto-detect AF, pause > 3 s, brady < 40 bpm enabled.")
    pre = rng.choice(["", "Write the registry submission from this:\n", "Is this MRI-safe? Record below.\n"])
    return pre + "\n".join(lines)


@tpl("hc-lab-csv", "healthcare", "structured", 3)
def hc_lab_csv(rng, i):
    rows = ["mrn,last_name,first_name,dob,collected,test,result,units,ref_range,flag"]
    tests = [("HGB", "g/dL", 12.0, 15.5), ("K", "mmol/L", 3.5, 5.1), ("TSH", "mIU/L", 0.4, 4.0),
             ("A1C", "%", 4.0, 5.6), ("CREAT", "mg/dL", 0.57, 1.00)]
    for _ in range(rng.randint(3, 6)):
        p = person(rng)
        coll, age, dob = visit_and_age(rng, 0.2)
        name, unit, lo, hi = rng.choice(tests)
        val = round(rng.uniform(lo * 0.6, hi * 1.6), 2 if hi < 2 else 1)
        t = (name, unit, "%s-%s" % (lo, hi))
        flag = "H" if val > hi else "L" if val < lo else ""
        rows.append(",".join([L("MEDICAL_RECORD_NUMBER", mrn(rng)), L("PERSON", p.family), L("PERSON", p.given),
                              L("DATE_TIME", dob.isoformat()), L("DATE_TIME", coll.isoformat() + " %02d:%02d" % (rng.randint(6, 18), rng.randint(0, 59))),
                              t[0], str(val), t[1], t[2], flag]))
    # names with commas get quoted in real exports; ours contain none
    return rng.choice(["Which of these need a critical-value callback?\n", "", "Pivot by test:\n"]) + "\n".join(rows)


@tpl("hc-census-md", "healthcare", "structured", 4)
def hc_census_md(rng, i):
    rows = ["| Room | Patient | Age | MRN | Attending | Notes |", "|---|---|---|---|---|---|"]
    for _ in range(rng.randint(3, 6)):
        p = person(rng)
        age = rng.choice([rng.randint(90, 103), rng.randint(55, 89), rng.randint(20, 54)])
        doc = clinician(rng)
        rows.append("| %s | %s | %s | %s | Dr. %s | %s |" % (
            "%d%s" % (rng.randint(301, 650), rng.choice("AB")), L("PERSON", p.last_first), ag(age),
            L("MEDICAL_RECORD_NUMBER", mrn(rng)), L("PERSON", doc.family),
            rng.choice(["CHF", "PNA, on 2L", "post-op day 1", "AKI, Cr 2.1", "fall, r/o fx", "pending SNF"])))
    return rng.choice(["Sort this census by acuity:\n\n", "", "Make a rounding list from this table\n"]) + "\n".join(rows)


@tpl("hc-intake-form", "healthcare", "form", 4)
def hc_intake_form(rng, i):
    p = person(rng)
    _, age, dob = visit_and_age(rng, 0.3)
    a = address(rng, 0.35)
    ec = person(rng, p.culture)
    st, dl = driver_license(rng)
    fields = [
        ("Last name", L("PERSON", p.family)), ("First name", L("PERSON", p.given)),
        ("Date of birth", dt(rng, dob, ("us", "iso"))),
        ("SSN", L("US_SSN", ssn(rng))),
        ("Street address", L("STREET_ADDRESS", a.street)),
        ("City", a.city), ("State", a.state), ("ZIP", L("US_ZIP_CODE", a.zip)),
        ("Home phone", ph(rng)), ("Email", em(rng, p)),
        ("Driver's license", "%s %s" % (st, L("US_DRIVER_LICENSE", dl))),
        ("Primary insurance", rng.choice(PAYERS)),
        ("Member ID", L("HEALTH_PLAN_ID", health_plan_id(rng))),
        ("Emergency contact", "%s (%s) %s" % (L("PERSON", ec.full), rng.choice(["spouse", "sister", "son"]), ph(rng))),
    ]
    if rng.random() < 0.5:
        fields.append(("Medicare MBI", L("US_MBI", mbi(rng, True))))
    if rng.random() < 0.3:
        fields = [f for f in fields if f[0] != "SSN"]
    sep = rng.choice([": ", ":\t", " = ", ": "])
    body = "\n".join(k + sep + v for k, v in fields)
    return rng.choice(["NEW PATIENT REGISTRATION\n", "OCR output of the intake form, please check for errors:\n",
                       "Fill FHIR Patient from:\n"]) + body


@tpl("hc-prior-auth", "healthcare", "form", 4)
def hc_prior_auth(rng, i):
    p = person(rng)
    dos, age, dob = visit_and_age(rng, 0.4)
    doc = person(rng, rng.choice(["us", "ie", "ng", "gr"]))
    drug = rng.choice(["buprenorphine/naloxone 8/2 mg film", "oxycodone ER 10 mg", "dextroamphetamine 10 mg",
                       "lisdexamfetamine 30 mg", "adalimumab 40 mg/0.4 mL pen"])
    controlled = "adalimumab" not in drug and "semaglutide" not in drug
    oc = person(rng, "us")
    lines = [
        "PRIOR AUTHORIZATION REQUEST — FAX",
        f"To: {rng.choice(PAYERS)} Pharmacy PA  Fax {ph(rng)}",
        f"Member: {nm(p)}   DOB {dt(rng, dob, ('us',))}",
        ("Member ID: " + L("HEALTH_PLAN_ID", health_plan_id(rng))) if rng.random() < 0.6 else ("MBI: " + L("US_MBI", mbi(rng))),
        f"Prescriber: {nm(doc)}, MD   NPI {L('US_NPI', npi(rng))}" + (f"   DEA {L('US_DEA', dea(rng, doc))}" if controlled else ""),
        f"Office contact: {nm(oc)} {ph(rng)} / {em(rng, oc, rng.choice(DOMAINS_ORG))}",
        f"Medication: {drug}",
        "Diagnosis: " + rng.choice(["F11.20", "M05.79", "F90.2", "E11.65", "G89.4"]),
        "Clinical: " + rng.choice(["failed two formulary alternatives over 12 weeks", "stable on therapy x 2 years, new plan",
                                   "A1c 9.1% despite metformin 2000 mg/day"]),
    ]
    return "\n".join(lines)


_ML_HC = {
    "es": ("Hola, escribo por mi abuela {name}, tiene {age} años (nacida el {dob}). Vive en {addr}. "
           "Su número de afiliación es {plan}. ¿Me pueden llamar al {phone}? Gracias.", "es"),
    "fr": ("Bonjour, je suis {name}, née le {dob}. Mon adresse : {addr}. Numéro d'assuré {plan}. "
           "Mon père a {age} ans et a besoin d'un rendez-vous. Tél. {phone}", "fr"),
    "de": ("Guten Tag, mein Vater {name} (geb. {dob}, {age} Jahre) wohnt in der {addr}. "
           "Versichertennummer: {plan}. Bitte rufen Sie mich unter {phone} zurück.", "de"),
    "pt": ("Olá! Minha mãe {name}, nascida em {dob}, tem {age} anos. Endereço: {addr}. "
           "Carteirinha do plano {plan}. Telefone {phone}.", "pt"),
    "it": ("Buongiorno, sono {name}, nata il {dob}. Abito in {addr}. Mia nonna ha {age} anni. "
           "Tessera sanitaria {plan}, cellulare {phone}.", "it"),
    "pl": ("Dzień dobry, piszę w imieniu babci {name} (ur. {dob}, lat {age}). Adres: {addr}. "
           "Numer ubezpieczenia {plan}. Proszę o kontakt: {phone}.", "pl"),
    "nl": ("Goedemiddag, ik ben {name}, geboren op {dob}. Mijn adres is {addr}. Mijn oma is {age} jaar. "
           "Polisnummer {plan}, telefoon {phone}.", "nl"),
}
_ML_CULT = {"es": "es", "fr": "fr", "de": "de", "pt": "br", "it": "it", "pl": "pl", "nl": "nl"}


@tpl("hc-multilingual", "healthcare", "chat", 7)
def hc_multilingual(rng, i):
    lang = sorted(_ML_HC)[i % len(_ML_HC)]
    fmt, dstyle = _ML_HC[lang]
    p = person(rng, _ML_CULT[lang], {"de": "M", "nl": None}.get(lang, "F"))
    visit = rdate(rng, 2024, 2025)
    age = rng.randint(90, 101) if rng.random() < 0.8 else rng.randint(60, 89)
    dob = dob_for_age(rng, age, visit)
    country = {"pt": "br"}.get(lang, lang)
    msg = fmt.format(name=nm(p), age=ag(age), dob=dt(rng, dob, (dstyle, "eu")),
                     addr=L("STREET_ADDRESS", FOREIGN_ADDR[country](rng)),
                     plan=L("HEALTH_PLAN_ID", health_plan_id(rng)), phone=L("PHONE_NUMBER", intl_phone(rng, country)))
    ask = rng.choice(["Translate to English and draft a reply.", "Classify intent and extract entities.",
                      "Respond in the same language, politely."])
    return chat(rng, [("u", ask + "\n\n" + msg)])


@tpl("hc-cjk-note", "healthcare", "note", 6)
def hc_cjk_note(rng, i):
    lang = ["ja", "ko", "zh"][i % 3]
    p = person(rng, lang)
    visit, age, dob = visit_and_age(rng, 0.6)
    doc = person(rng, lang)
    m = L("MEDICAL_RECORD_NUMBER", mrn(rng))
    phone = L("PHONE_NUMBER", intl_phone(rng, lang))
    addr = L("STREET_ADDRESS", FOREIGN_ADDR[lang](rng))
    if lang == "ja":
        body = (f"【外来記録】\n患者氏名：{L('PERSON', p.native)}（{ag(age)}歳）\nカルテ番号：{m}\n生年月日：{dt(rng, dob, ('ja',))}\n"
                f"住所：{addr}\n電話：{phone}\n受診日：{dt(rng, visit, ('ja',))}\n主訴：数日前からの息切れ。下腿浮腫あり。\n"
                f"担当医：{L('PERSON', doc.native)}")
    elif lang == "ko":
        body = (f"[진료 기록]\n환자명: {L('PERSON', p.native)} ({ag(age)}세)\n등록번호: {m}\n생년월일: {dt(rng, dob, ('ko',))}\n"
                f"주소: {addr}\n연락처: {phone}\n진료일: {dt(rng, visit, ('ko',))}\n주호소: 어지럼증, 식욕 저하.\n담당의: {L('PERSON', doc.native)}")
    else:
        body = (f"门诊病历\n姓名：{L('PERSON', p.native)}  年龄：{ag(age)}岁\n病历号：{m}\n出生日期：{dt(rng, dob, ('zh',))}\n"
                f"住址：{addr}\n电话：{phone}\n就诊日期：{dt(rng, visit, ('zh', 'iso'))}\n主诉：咳嗽三天，伴发热。\n主治医师：{L('PERSON', doc.native)}")
    return rng.choice(["Translate this note into English:\n", "", "Summarize:\n",
                       {"ja": "要約してください:\n", "ko": "요약해 주세요:\n", "zh": "请总结以下病历：\n"}[lang]]) + body


@tpl("hc-native-script-chat", "healthcare", "chat", 5)
def hc_native_script_chat(rng, i):
    lang = ["hi", "ar", "ru", "hi", "ar", "ru"][i % 6]
    p = person(rng, lang, "F" if lang in ("hi", "ru") else None)
    visit, age, dob = visit_and_age(rng, 0.5)
    phone = L("PHONE_NUMBER", intl_phone(rng, lang))
    if lang == "hi":
        msg = (f"नमस्ते डॉक्टर, मेरी दादी {L('PERSON', p.native)} की उम्र {ag(age)} साल है। उनकी जन्मतिथि {dt(rng, dob, ('hi', 'eu_slash'))} है। "
               f"कल से उन्हें बुखार है। कृपया {phone} पर संपर्क करें।")
    elif lang == "ar":
        msg = (f"مرحباً، أنا {L('PERSON', p.native)}، تاريخ الميلاد {dt(rng, dob, ('eu_slash', 'iso'))}. "
               f"والدي عمره {ag(age)} سنة ويحتاج إلى موعد. رقم الهاتف {phone}.")
    else:
        msg = (f"Здравствуйте! Пишу по поводу мамы, {L('PERSON', p.native)}, дата рождения {dt(rng, dob, ('eu',))}, ей {ag(age)}. "
               f"Телефон для связи {phone}.")
    if rng.random() < 0.5:
        msg += f"\n(romanized on chart: {nm(p)}, MRN {L('MEDICAL_RECORD_NUMBER', mrn(rng))})"
    return chat(rng, [("u", rng.choice(["Translate and triage:", "Reply in the patient's language:", "Extract name, DOB, phone:"]) + "\n" + msg)])


@tpl("hc-tool-call", "healthcare", "structured", 5)
def hc_tool_call(rng, i):
    p = person(rng)
    appt, age, dob = visit_and_age(rng, 0.2)
    fn = rng.choice(["schedule_appointment", "lookup_patient", "send_lab_results", "verify_eligibility"])
    args = {"patient_name": L("PERSON", p.full), "dob": L("DATE_TIME", dob.isoformat())}
    if fn == "schedule_appointment":
        args["slot"] = L("DATE_TIME", appt.isoformat() + "T%02d:%s:00" % (rng.randint(8, 16), rng.choice(["00", "30"])))
        args["phone"] = ph(rng, 1)
    elif fn == "lookup_patient":
        args["mrn"] = L("MEDICAL_RECORD_NUMBER", mrn(rng))
    elif fn == "send_lab_results":
        args["email"] = em(rng, p)
        args["mrn"] = L("MEDICAL_RECORD_NUMBER", mrn(rng))
    else:
        args["member_id"] = L("HEALTH_PLAN_ID", health_plan_id(rng))
        args["provider_npi"] = L("US_NPI", npi(rng))
    inner = jdump(args)
    style = rng.randint(0, 1)
    if style == 0:
        msg = {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_" + token(rng, 24), "type": "function", "function": {"name": fn, "arguments": inner}}]}
    else:
        msg = {"type": "tool_use", "id": "toolu_" + token(rng, 24), "name": fn, "input_json": inner}
    return jdump({"messages": [{"role": "user", "content": "please handle this"}, msg]}, indent=rng.choice([None, 2]))


@tpl("hc-app-log", "healthcare", "code", 4)
def hc_app_log(rng, i):
    out = []
    base = rng.randint(0, 50000)
    for k in range(rng.randint(4, 7)):
        ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 9), rng.randint(1, 28), (base // 3600 + k) % 24,
                                                     rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
        p = person(rng)
        kind = rng.randint(0, 4)
        if kind == 0:
            out.append(f"{ts} INFO  fhir-sync upsert Patient/{rng.randint(1000, 99999)} family=\"{L('PERSON', p.family)}\" mrn={L('MEDICAL_RECORD_NUMBER', mrn(rng))}")
        elif kind == 1:
            out.append(f"{ts} WARN  auth   failed login user={em(rng, p, rng.choice(DOMAINS_ORG))} src={L('IP_ADDRESS', ipv4(rng))} attempts=3")
        elif kind == 2:
            out.append(f"{ts} DEBUG notify sms to={ph(rng, 5)} template=appt_reminder_v3 latency_ms={rng.randint(20, 900)}")
        elif kind == 3:
            out.append(f"{ts} ERROR hl7-in  PID-7 format error for {L('PERSON', p.hl7)}: value='{L('DATE_TIME', rdate(rng, 1925, 1990).isoformat())}' expected YYYYMMDD")
        else:
            out.append(f"{ts} INFO  http   GET /api/v2/appointments?status=booked 200 {rng.randint(3, 400)}ms req_id={token(rng, 12, 'abcdef0123456789')}")
    out.sort()
    return rng.choice(["why are we getting these errors?\n```\n", "Summarize incidents:\n```\n", "```log\n"]) + "\n".join(out) + "\n```"


@tpl("hc-death-note", "healthcare", "note", 3)
def hc_death_note(rng, i):
    p = person(rng)
    day, age, dob = visit_and_age(rng, 0.9)
    doc = clinician(rng)
    nok = person(rng, p.culture)
    return "\n".join([
        rng.choice(["DEATH PRONOUNCEMENT NOTE", "Pronouncement of death"]),
        f"Patient: {nm(p)}, {ag(age)}-year-old {'woman' if p.sex == 'F' else 'man'}, MRN {L('MEDICAL_RECORD_NUMBER', mrn(rng))}",
        f"Called to bedside by RN for absent respirations. No pulse, no heart sounds x60 s, pupils fixed.",
        f"Time of death: {L('DATE_TIME', fdate(day, rng.choice(['us', 'long'])) + ' %02d:%02d' % (rng.randint(0, 23), rng.randint(0, 59)))}",
        f"DOB: {dt(rng, dob, ('us',))}",
        f"Family notified: {rng.choice(['daughter', 'son', 'grandson'])} {nm(nok)} at {ph(rng)}. Autopsy declined.",
        f"{nm(doc)}, MD",
    ])


@tpl("hc-immunization", "healthcare", "form", 4)
def hc_immunization(rng, i):
    p = person(rng)
    _, age, dob = visit_and_age(rng, 0.2)
    rows = []
    for vac in rng.sample(["Tdap", "Influenza (quadrivalent)", "COVID-19 mRNA", "PCV20", "Shingrix dose 1", "Hep B #2"], 3):
        rows.append("%-26s %s   lot %s   %s" % (vac, L("DATE_TIME", fdate(rdate(rng, 2019, 2025), rng.choice(["us", "iso"]))),
                                              token(rng, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), L("PERSON", person(rng, "us").full) + ", RN"))
    return "\n".join([
        rng.choice(["IMMUNIZATION RECORD", "Vaccine history (state registry export)"]),
        f"Name: {nm(p, 'last_first')}    DOB: {dt(rng, dob, ('us',))}",
        f"Chart #: {L('MEDICAL_RECORD_NUMBER', mrn(rng))}   Source: state IIS query",
        "-" * 60,
    ] + rows + ["", rng.choice(["Which boosters are due?", "Is this complete for school entry?", "Format for travel clinic."])])


@tpl("hc-sql", "healthcare", "code", 3)
def hc_sql(rng, i):
    p = person(rng, rng.choice(["us", "es", "vi", "ng"]))
    _, age, dob = visit_and_age(rng, 0.2)
    a = address(rng, 0.0)
    return "\n".join([
        "-- backfill from paper chart, ticket DATA-%d" % rng.randint(100, 999),
        "INSERT INTO patients (mrn, last_name, first_name, dob, ssn, street, zip, phone)",
        f"VALUES ('{L('MEDICAL_RECORD_NUMBER', mrn(rng))}', '{L('PERSON', p.family)}', '{L('PERSON', p.given)}', '{L('DATE_TIME', dob.isoformat())}',",
        f"        '{L('US_SSN', ssn(rng))}', '{L('STREET_ADDRESS', a.street)}', '{L('US_ZIP_CODE', a.zip)}', '{ph(rng, 1)}');",
        "",
        f"SELECT encounter_id, admit_ts FROM encounters WHERE patient_ssn = '{L('US_SSN', ssn(rng))}' ORDER BY admit_ts DESC;",
        rng.choice(["-- why does this return nothing?", "-- is this query injection-safe?", ""]),
    ])


@tpl("hc-billing-email", "healthcare", "email", 4)
def hc_billing_email(rng, i):
    p = person(rng)
    _, age, dob = visit_and_age(rng, 0.2)
    brand, c = card(rng)
    a = address(rng, 0.2)
    last4 = str(rng.randint(1000, 9999))
    lines = [
        f"Subject: statement #{rng.randint(10 ** 5, 10 ** 6)} - payment",
        "",
        f"Hi billing team,",
        f"I got a statement dated 03/{rng.randint(10, 28)}/2025 for my husband {nm(person(rng, p.culture, 'M'))} (DOB {dt(rng, dob, ('us',))}).",
        f"The card ending {last4} on file expired, please use this one instead: {L('CREDIT_CARD', group_card(c, rng.choice([' ', '-', ''])))} "
        f"exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)}, CVV {L('CARD_SECURITY_CODE', cvv(rng, brand))}.",
        f"Billing address is {addr_inline(a)}.",
        f"Insurance member ID {L('HEALTH_PLAN_ID', health_plan_id(rng))} should have covered most of it though?",
        "",
        f"{nm(p)}",
        ph(rng),
    ]
    return "\n".join(lines)


# ========================================================================================
# FINANCE
# ========================================================================================

def card_value(rng, digits, obf_p=0.2):
    v = group_card(digits, rng.choice([" ", "-", "", " "]))
    r = rng.random()
    if r < obf_p / 3:
        v = nb_hyphen(group_card(digits, "-"))
    elif r < 2 * obf_p / 3:
        v = zwj(v, rng)
    elif r < obf_p:
        v = fullwidth(v)
    return v


@tpl("fin-chat-dispute", "finance", "chat", 5)
def fin_chat_dispute(rng, i):
    p = person(rng)
    brand, c = card(rng)
    exp = "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))
    q = rng.choice([
        f"There's a charge of $412.77 from 'TDMK*FREIGHT' I never made. Card is {L('CREDIT_CARD', card_value(rng, c))}, exp {exp}, "
        f"CVV {L('CARD_SECURITY_CODE', cvv(rng, brand))}. Name on card {nm(p, 'upper')}. Can you write the dispute letter?",
        f"help me fill out this chargeback form. cardholder: {nm(p)} / card {L('CREDIT_CARD', card_value(rng, c))} / "
        f"security code {L('CARD_SECURITY_CODE', cvv(rng, brand))} / txn id 8831-{rng.randint(100000, 999999)} / amount 89.00 EUR",
        f"My {brand} {L('CREDIT_CARD', card_value(rng, c))} got declined at checkout three times. "
        f"Order #{rng.randint(10 ** 6, 10 ** 7)}. Is it the billing ZIP? I entered {L('US_ZIP_CODE', zip5(rng, rng.choice(TOWNS)[2]))}.",
    ])
    turns = [("u", q), ("a", rng.choice(["I can draft that. Note: please don't share full card numbers in chat.",
                                         "Here's a draft dispute letter:", "Common causes are AVS mismatch and velocity limits."]))]
    if rng.random() < 0.5:
        turns.append(("u", rng.choice([f"reach me at {em(rng, p)} or {ph(rng)}",
                                       f"the bank said call back from {ph(rng)}, ref DSP{rng.randint(10 ** 5, 10 ** 6)}"])))
    if rng.random() < 0.3:
        pan = c
        turns.append(("u", f"oh and the terminal log showed {L('CARD_TRACK_DATA', track2(rng, pan, '%02d%02d' % (rng.randint(26, 31), rng.randint(1, 12))))} is that bad"))
    return chat(rng, turns)


@tpl("fin-call-card", "finance", "transcript", 5)
def fin_call_card(rng, i):
    p = person(rng, rng.choice(["us", "es", "ie", "ng", "pl", "vi", "it"]))
    brand, c = card(rng)
    _, age, dob = visit_and_age(rng, 0.2)
    a = address(rng, 0.0)
    groups = (4, 6, 5) if len(c) == 15 else (4, 4, 4, 4)
    spoken = spoken_digits(rng, c, groups) if rng.random() < 0.7 else " ".join(c[k:k + 4] for k in range(0, len(c), 4))
    sc = cvv(rng, brand)
    agent = person(rng, "us")
    lines = [
        f"Agent ({nm(agent, 'given')}): Thanks for calling {rng.choice(BANKS)} card services. May I have your name?",
        f"Customer: {nm(p)}.",
        f"Agent: Could you spell the last name?",
        f"Customer: Sure, {L('PERSON', spelled(p.family))}.",
        "Agent: And the card number, please.",
        f"Customer: {L('CREDIT_CARD', spoken)}.",
        "Agent: The three or four digit code on the back?",
        f"Customer: {L('CARD_SECURITY_CODE', spoken_digits(rng, sc, None, doubles=False))}.",
        "Agent: Date of birth for verification?",
        f"Customer: {dt(rng, dob, ('long', 'us'))}.",
    ]
    if rng.random() < 0.6:
        lines += ["Agent: Billing zip?", f"Customer: {L('US_ZIP_CODE', a.zip[:5])}."]
    lines.append("Agent: " + rng.choice(["You're verified. I see two pending charges.", "Thank you, I've placed a temporary hold."]))
    return rng.choice(["", "Redact nothing, just summarize:\n", "Score agent compliance (PCI DSS 3.3):\n"]) + "\n".join(lines)


@tpl("fin-wire-email", "finance", "email", 4)
def fin_wire_email(rng, i):
    cc = rng.choice(["DE", "FR", "GB", "ES", "IT", "NL", "PL", "PT", "CH", "BE", "IE", "AT"])
    ben = person(rng, {"DE": "de", "FR": "fr", "GB": "us", "ES": "es", "IT": "it", "NL": "nl", "PL": "pl", "PT": "br",
                       "CH": "de", "BE": "fr", "IE": "ie", "AT": "de"}[cc])
    sender = person(rng, "us")
    addr_cc = {"DE": "de", "FR": "fr", "GB": "gb", "ES": "es", "IT": "it", "NL": "nl", "PL": "pl", "PT": "br",
               "CH": "de", "BE": "fr", "IE": "gb", "AT": "de"}[cc]
    lines = [
        f"From: {nm(sender)} <{em(rng, sender, rng.choice(DOMAINS_ORG))}>",
        f"Subject: {rng.choice(['Updated wire instructions', 'RE: invoice 2291 payment', 'Beneficiary details'])}",
        "",
        rng.choice(["Please process the following international wire today:", "Hi AP, new banking details below.",
                    "Can you double-check these before I release the payment?"]),
        "",
        f"Beneficiary: {nm(ben)}",
        f"Beneficiary address: {L('STREET_ADDRESS', FOREIGN_ADDR[addr_cc](rng))}",
        f"IBAN: {L('IBAN_CODE', iban(rng, cc))}",
        f"BIC/SWIFT: {L('SWIFT_CODE', swift(rng, cc))}",
        f"Amount: EUR {rng.randint(1000, 90000):,}.00   Ref: INV-{rng.randint(1000, 9999)}",
    ]
    if rng.random() < 0.5:
        lines += ["", "Debit from our operating account:",
                  f"ABA {L('US_ROUTING_NUMBER', routing(rng))}  Acct {L('US_BANK_ACCOUNT', bank_account(rng))}"]
    lines += ["", "Thanks,", nm(sender, "given"), ph(rng)]
    return "\n".join(lines)


@tpl("fin-direct-deposit", "finance", "form", 4)
def fin_direct_deposit(rng, i):
    p = person(rng)
    a = address(rng, 0.3)
    tin = L("US_SSN", ssn(rng)) if rng.random() < 0.7 else L("US_ITIN", itin(rng))
    style = rng.randint(0, 2)
    if style == 0:
        return "\n".join([
            f"DIRECT DEPOSIT AUTHORIZATION — {rng.choice(EMPLOYERS)}",
            f"Employee name: {nm(p)}",
            f"SSN/ITIN: {tin}",
            f"Home address: {addr_inline(a)}",
            f"Bank: {rng.choice(BANKS)}",
            f"Routing number: {L('US_ROUTING_NUMBER', routing(rng))}",
            f"Account number: {L('US_BANK_ACCOUNT', bank_account(rng))}",
            f"Account type: {rng.choice(['Checking', 'Savings'])}   Deposit: 100%",
        ])
    if style == 1:
        return (f"hey can you check my direct deposit form before I send it to HR? name {nm(p)}, "
                f"routing {L('US_ROUTING_NUMBER', routing(rng))}, checking acct {L('US_BANK_ACCOUNT', bank_account(rng))}, "
                f"my tax id is {tin}. I moved to {addr_inline(a)} last month too")
    return jdump({"employee": {"name": L("PERSON", p.full), "tin": tin},
                  "deposit": [{"routing": L("US_ROUTING_NUMBER", routing(rng)), "account": L("US_BANK_ACCOUNT", bank_account(rng)),
                               "type": "checking", "percent": 70},
                              {"routing": L("US_ROUTING_NUMBER", routing(rng)), "account": L("US_BANK_ACCOUNT", bank_account(rng)),
                               "type": "savings", "percent": 30}]}, indent=2)


@tpl("fin-kyc-json", "finance", "structured", 4)
def fin_kyc_json(rng, i):
    p = person(rng)
    _, age, dob = visit_and_age(rng, 0.1)
    a = address(rng, 0.3)
    st, dl = driver_license(rng)
    doc = {
        "applicant": {"first_name": L("PERSON", p.given), "last_name": L("PERSON", p.family),
                      "date_of_birth": L("DATE_TIME", dob.isoformat()),
                      "tax_id": L("US_SSN", ssn(rng)) if rng.random() < 0.6 else L("US_ITIN", itin(rng)),
                      "email": em(rng, p), "phone": ph(rng, 5)},
        "address": {"line1": L("STREET_ADDRESS", a.street), "city": a.city, "state": a.state, "postal_code": L("US_ZIP_CODE", a.zip)},
        "documents": [{"type": "drivers_license", "issuing_state": st, "number": L("US_DRIVER_LICENSE", dl)}],
        "session": {"ip": L("IP_ADDRESS", ipv4(rng, False)), "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"},
    }
    if rng.random() < 0.6:
        doc["documents"].append({"type": "passport", "country": "USA", "number": L("US_PASSPORT", passport(rng)),
                                 "expires": "20%02d-%02d-%02d" % (rng.randint(27, 34), rng.randint(1, 12), rng.randint(1, 28))})
    if rng.random() < 0.4:
        doc["session"]["device_id"] = L("DEVICE_ID", imei(rng))
    pre = rng.choice(["POST /v1/kyc/verify\n", "Why did this KYC check fail? payload:\n", ""])
    return pre + jdump(doc, indent=rng.choice([2, None]))


@tpl("fin-tax-email", "finance", "email", 4)
def fin_tax_email(rng, i):
    p = person(rng, rng.choice(["es", "vi", "hi", "ng", "ph", "ko", "zh", "ar", "et"]))
    sp = person(rng, p.culture)
    kids = []
    for _ in range(rng.randint(1, 3)):
        k = person(rng, p.culture)
        k.family = p.family
        kids.append(k)
    lines = [
        f"Hi {L('PERSON', rng.choice(['Denise', 'Marcus', 'Priyanka', 'Tom']))},",
        "",
        "Here is the info for our 2024 return:",
        f"- Me: {nm(p)}, ITIN {L('US_ITIN', itin(rng))}",
        f"- Spouse: {nm(sp)}, " + (f"SSN {L('US_SSN', ssn(rng))}" if rng.random() < 0.6 else f"ITIN {L('US_ITIN', itin(rng))}"),
    ]
    for k in kids:
        lines.append(f"- Dependent: {nm(k)}, born {dt(rng, rdate(rng, 2008, 2022), ('us', 'long'))}, ITIN {L('US_ITIN', itin(rng))}")
    lines += [
        f"Refund by direct deposit: routing {L('US_ROUTING_NUMBER', routing(rng))}, account {L('US_BANK_ACCOUNT', bank_account(rng))}",
        "W-2 from " + rng.choice(EMPLOYERS) + " attached, plus 1099-INT.",
        "",
        "Thanks!",
        nm(p, "given"),
    ]
    return "\n".join(lines)


@tpl("fin-pos-log", "finance", "code", 4)
def fin_pos_log(rng, i):
    out = []
    for k in range(rng.randint(3, 5)):
        ts = "2025-02-%02d %02d:%02d:%02d" % (rng.randint(1, 28), rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59))
        brand, c = card(rng, rng.choice(["visa", "mastercard", "discover"]))
        p = person(rng)
        exp = "%02d%02d" % (rng.randint(26, 30), rng.randint(1, 12))
        kind = rng.randint(0, 2)
        if kind == 0:
            out.append(f"[{ts}] TERM-{rng.randint(10, 99)} MSR raw_t1={L('CARD_TRACK_DATA', track1(rng, c, p, exp))}")
        elif kind == 1:
            out.append(f"[{ts}] TERM-{rng.randint(10, 99)} MSR raw_t2={L('CARD_TRACK_DATA', track2(rng, c, exp))}")
        else:
            out.append(f"[{ts}] TERM-{rng.randint(10, 99)} host={L('IP_ADDRESS', ipv4(rng, True))}:{rng.choice([443, 8443, 9100])} "
                       f"AUTH amt=%d.%02d resp=05 stan=%06d" % (rng.randint(1, 300), rng.randint(0, 99), rng.randint(0, 999999)))
    if not any("raw_t" in x for x in out):
        brand, c = card(rng, "visa")
        out.append(f"[2025-02-11 10:02:44] TERM-07 MSR raw_t2={L('CARD_TRACK_DATA', track2(rng, c, '2811'))}")
    return rng.choice(["Our POS vendor sent these logs. Is this a PCI problem?\n", "```\n", "parse these swipe events:\n"]) + "\n".join(out) + rng.choice(["", "\n```"])


@tpl("fin-payment-code", "finance", "code", 5)
def fin_payment_code(rng, i):
    p = person(rng)
    brand, c = card(rng)
    key = api_key(rng, rng.choice(["stripe", "stripe_rk"]))
    wh = high_entropy_secret(rng, rng.choice(["hex64", "b62", "b64"]))
    lang = rng.randint(0, 1)
    if lang == 0:
        code = "\n".join([
            "import requests",
            "",
            f'API_KEY = "{L("API_KEY", key)}"',
            f'WEBHOOK_SECRET = "{L("HIGH_ENTROPY_SECRET", wh)}"',
            "",
            "def charge():",
            "    payload = {",
            f'        "card[number]": "{L("CREDIT_CARD", c)}",',
            f'        "card[cvc]": "{L("CARD_SECURITY_CODE", cvv(rng, brand))}",',
            f'        "card[exp_month]": {rng.randint(1, 12)}, "card[exp_year]": 20{rng.randint(26, 31)},',
            f'        "receipt_email": "{em(rng, p)}",',
            "    }",
            f'    return requests.post("{L("URL", "https://api.paygate-sandbox.quenbylabs.dev/v1/charges")}", data=payload, auth=(API_KEY, ""))',
        ])
    else:
        code = "\n".join([
            "// checkout.test.js — TODO move secrets to vault",
            f"const client = new PayClient({{ apiKey: '{L('API_KEY', key)}' }});",
            f"const signingSecret = '{L('HIGH_ENTROPY_SECRET', wh)}';",
            "test('charges a card', async () => {",
            "  const res = await client.charges.create({",
            f"    card: {{ number: '{L('CREDIT_CARD', group_card(c, ' '))}', cvc: '{L('CARD_SECURITY_CODE', cvv(rng, brand))}', exp: '0{rng.randint(1, 9)}/{rng.randint(26, 31)}' }},",
            f"    customer: {{ name: '{L('PERSON', p.full)}', email: '{em(rng, p)}' }},",
            "    amount: 1999,",
            "  });",
            "  expect(res.status).toBe('succeeded');",
            "});",
        ])
    return rng.choice(["Review this code:\n```\n", "Why does this return 402?\n```\n", "```\n"]) + code + "\n```"


@tpl("fin-txn-csv", "finance", "structured", 3)
def fin_txn_csv(rng, i):
    sep = rng.choice([",", ";", "\t"])
    rows = [sep.join(["date", "payee", "iban", "bic", "amount", "currency", "reference"])]
    for _ in range(rng.randint(3, 5)):
        cc = rng.choice(["DE", "FR", "NL", "ES", "IT", "BE", "AT", "PT", "FI", "IE"])
        p = person(rng, {"DE": "de", "FR": "fr", "NL": "nl", "ES": "es", "IT": "it", "BE": "fr", "AT": "de",
                         "PT": "br", "FI": "fi", "IE": "ie"}[cc])
        rows.append(sep.join(["2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), L("PERSON", p.full),
                              L("IBAN_CODE", iban(rng, cc, False)), L("SWIFT_CODE", swift(rng, cc)),
                              "%d.%02d" % (rng.randint(10, 9000), rng.randint(0, 99)), "EUR",
                              "RF%02d%s" % (rng.randint(10, 99), token(rng, 8, "0123456789"))]))
    return rng.choice(["Reconcile this SEPA batch export:\n", "Find duplicate payees:\n", ""]) + "\n".join(rows)


@tpl("fin-mt103", "finance", "structured", 4)
def fin_mt103(rng, i):
    cc = rng.choice(["DE", "FR", "GB", "NL", "IT", "ES", "CH", "AE", "TR", "SA"])
    ordp = person(rng, "us")
    ben = person(rng, {"DE": "de", "FR": "fr", "GB": "us", "NL": "nl", "IT": "it", "ES": "es", "CH": "de",
                       "AE": "ar", "TR": "tr", "SA": "ar"}[cc])
    oa = address(rng, 0.0)
    lines = [
        ":20:%s" % token(rng, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
        ":23B:CRED",
        ":32A:%02d%02d%02dUSD%d,%02d" % (rng.randint(24, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1000, 250000), rng.randint(0, 99)),
        f":50K:/{L('US_BANK_ACCOUNT', bank_account(rng))}",
        L("PERSON", ascii_fold(ordp.full).upper()),
        L("STREET_ADDRESS", ascii_fold(oa.street).upper()),
        f"{oa.city.upper()} {oa.state} {L('US_ZIP_CODE', oa.zip[:5])}",
        f":52A:{L('SWIFT_CODE', swift(rng, 'US'))}",
        f":57A:{L('SWIFT_CODE', swift(rng, cc))}",
        f":59:/{L('IBAN_CODE', iban(rng, cc, False))}",
        L("PERSON", ascii_fold(ben.full).upper()),
        ":70:INV %d FEES" % rng.randint(1000, 9999),
        ":71A:" + rng.choice(["SHA", "OUR", "BEN"]),
    ]
    return rng.choice(["Validate this MT103 block 4:\n", "Convert to pacs.008 XML:\n", ""]) + "\n".join(lines)


@tpl("fin-auto-loan", "finance", "email", 4)
def fin_auto_loan(rng, i):
    p = person(rng)
    a = address(rng, 0.2)
    st, dl = driver_license(rng)
    v = vin(rng)
    style = rng.randint(0, 1)
    if style == 0:
        return "\n".join([
            f"Subject: Auto refinance application — {nm(p)}",
            "",
            f"Applicant: {nm(p)}   SSN: {L('US_SSN', ssn(rng))}",
            f"Address: {addr_inline(a)}",
            f"Driver license: {L('US_DRIVER_LICENSE', dl)} ({st})",
            f"Vehicle: 20{rng.randint(16, 24)} {rng.choice(['Honda Accord', 'Ford F-150', 'Toyota Camry', 'Tesla Model 3', 'Hyundai Sonata'])}",
            f"VIN: {L('VEHICLE_ID', v)}   Plate: {L('VEHICLE_ID', plate(rng))} ({a.state})",
            f"Payoff lender: {rng.choice(BANKS)}, loan acct {L('US_BANK_ACCOUNT', bank_account(rng))}",
            f"Phone: {ph(rng)}",
        ])
    return (f"I'm buying a used car and the seller sent the VIN {L('VEHICLE_ID', v)}. "
            f"The title says registered owner {nm(p, 'upper')}, plate {L('VEHICLE_ID', plate(rng))}. "
            f"Can you tell me the model year from the VIN and what to check before I wire the money? "
            f"Seller's number is {ph(rng)}.")


_ML_FIN = {
    "de": ("DE", "de", "de", "Sehr geehrte Damen und Herren,\nbitte überweisen Sie den Betrag an {name}, {addr}.\n"
           "IBAN: {iban}\nBIC: {bic}\nBei Rückfragen: {phone}\nMit freundlichen Grüßen"),
    "fr": ("FR", "fr", "fr", "Bonjour,\nvoici mon RIB pour le remboursement : titulaire {name}, {addr}.\nIBAN {iban} — BIC {bic}.\n"
           "Vous pouvez me joindre au {phone}.\nCordialement"),
    "es": ("ES", "es", "es", "Hola, os paso los datos para la transferencia:\nTitular: {name}\nDirección: {addr}\nIBAN: {iban}\n"
           "SWIFT: {bic}\nMóvil: {phone}"),
    "it": ("IT", "it", "it", "Gentile cliente, il beneficiario {name} ({addr}) ha comunicato le nuove coordinate:\n"
           "IBAN {iban}, BIC {bic}. Recapito telefonico {phone}."),
    "pl": ("PL", "pl", "pl", "Dzień dobry, proszę o przelew na konto: {iban} (BIC {bic}), odbiorca {name}, {addr}. Tel. {phone}"),
    "nl": ("NL", "nl", "nl", "Beste,\nGraag het bedrag overmaken naar {name}, {addr}, rekening {iban} (BIC {bic}).\n"
           "Bel gerust: {phone}\nGroet"),
    "pt": ("PT", "br", "br", "Olá, segue os dados para a transferência internacional: favorecido {name}, endereço {addr}, "
           "IBAN {iban}, SWIFT {bic}. WhatsApp {phone}."),
}


@tpl("fin-multilingual", "finance", "email", 7)
def fin_multilingual(rng, i):
    lang = sorted(_ML_FIN)[i % len(_ML_FIN)]
    cc, cult, actry, fmt = _ML_FIN[lang]
    p = person(rng, cult)
    msg = fmt.format(name=nm(p), addr=L("STREET_ADDRESS", FOREIGN_ADDR[actry](rng)), iban=L("IBAN_CODE", iban(rng, cc)),
                     bic=L("SWIFT_CODE", swift(rng, cc)), phone=L("PHONE_NUMBER", intl_phone(rng, {"pt": "br"}.get(lang, lang))))
    return rng.choice(["Translate this and check the IBAN format:\n\n", "Is this a payment-redirection scam?\n\n", ""]) + msg


@tpl("fin-cjk", "finance", "chat", 5)
def fin_cjk(rng, i):
    lang = ["ja", "ko", "zh", "ja", "ko"][i % 5]
    p = person(rng, lang)
    brand, c = card(rng, rng.choice(["visa", "mastercard"]))
    phone = L("PHONE_NUMBER", intl_phone(rng, lang))
    if lang == "ja":
        acct = "%07d" % rng.randint(0, 9999999)
        msg = (f"振込先を確認してください。\n名義：{L('PERSON', p.native)}\n銀行：みなと信用金庫 本店営業部\n普通 {L('US_BANK_ACCOUNT', acct)}\n"
               f"連絡先：{phone}\nカード番号 {L('CREDIT_CARD', card_value(rng, c, 0.5))}（セキュリティコード {L('CARD_SECURITY_CODE', cvv(rng, brand))}）で支払いも可能です。")
    elif lang == "ko":
        acct = "%03d-%03d-%06d" % (rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999999))
        msg = (f"송금 정보입니다.\n예금주: {L('PERSON', p.native)}\n계좌번호: {L('US_BANK_ACCOUNT', acct)} (한빛은행)\n"
               f"휴대폰: {phone}\n카드번호 {L('CREDIT_CARD', card_value(rng, c, 0.3))}, CVC {L('CARD_SECURITY_CODE', cvv(rng, brand))}")
    else:
        msg = (f"请帮我核对以下付款信息：\n持卡人：{L('PERSON', p.native)}\n卡号：{L('CREDIT_CARD', card_value(rng, c, 0.3))}\n"
               f"安全码：{L('CARD_SECURITY_CODE', cvv(rng, brand))}\n手机：{phone}\n收款行 SWIFT：{L('SWIFT_CODE', swift(rng, 'CN'))}")
    return chat(rng, [("u", msg), ("a", rng.choice([{"ja": "確認します。", "ko": "확인했습니다.", "zh": "好的，我来核对。"}[lang], "Let me check."]))])


@tpl("fin-support-ticket", "finance", "email", 5)
def fin_support_ticket(rng, i):
    p = person(rng)
    agent = person(rng, "us")
    pw = password(rng)
    ip = ipv4(rng, False)
    _, age, dob = visit_and_age(rng, 0.1)
    body = rng.choice([
        f"I'm locked out of online banking. My username is {em(rng, p)} and my password is {L('PASSWORD', pw)} — "
        f"I know it's right because it worked yesterday from home ({L('IP_ADDRESS', ip)}).",
        f"Hi, I reset my password to {L('PASSWORD', pw)} but the app still says invalid credentials. "
        f"Account holder {nm(p)}, DOB {dt(rng, dob, ('us',))}. Please call me at {ph(rng)}.",
        f"Can't log in. tried pwd: {L('PASSWORD', pw)} and also the old one {L('PASSWORD', password(rng))}. "
        f"It's {nm(p, 'given')} from the Harbor Point branch, cell {ph(rng)}",
    ])
    return "\n".join([
        f"Ticket #{rng.randint(100000, 999999)}  Priority: P3  Queue: Digital Banking",
        f"Requester: {nm(p)} <{em(rng, p)}>",
        f"Assigned: {nm(agent)}",
        "",
        body,
        "",
        rng.choice(["Draft a response that does not repeat sensitive data.", "What should the agent do next?", "Classify: fraud / lockout / other"]),
    ])


@tpl("fin-sql", "finance", "code", 3)
def fin_sql(rng, i):
    p = person(rng)
    brand, c = card(rng)
    return "\n".join([
        "-- reproduce bug FIN-%d: duplicate customers" % rng.randint(1000, 9999),
        "SELECT c.id, c.full_name, a.account_no",
        "FROM customers c JOIN accounts a ON a.customer_id = c.id",
        f"WHERE c.ssn = '{L('US_SSN', ssn(rng))}'",
        f"   OR a.account_no = '{L('US_BANK_ACCOUNT', bank_account(rng))}'",
        f"   OR c.full_name ILIKE '%{L('PERSON', p.family)}%';",
        "",
        f"UPDATE cards SET pan = '{L('CREDIT_CARD', c)}', cvv = '{L('CARD_SECURITY_CODE', cvv(rng, brand))}' WHERE id = {rng.randint(1, 99999)};",
        rng.choice(["-- is storing cvv like this allowed?", "-- optimize", ""]),
    ])


@tpl("fin-fraud-event", "finance", "structured", 4)
def fin_fraud_event(rng, i):
    p = person(rng)
    a = address(rng, 0.1)
    brand, c = card(rng)
    ev = {
        "event": "card_not_present_risk", "score": round(rng.uniform(0.6, 0.99), 3),
        "ts": "2025-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 9), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
        "customer": {"name": L("PERSON", p.full), "email": em(rng, p), "phone": ph(rng, 5)},
        "billing": {"street": L("STREET_ADDRESS", a.street), "zip": L("US_ZIP_CODE", a.zip)},
        "network": {"ip": L("IP_ADDRESS", ipv4(rng, False)), "ipv6": L("IP_ADDRESS", ipv6(rng))},
        "device": {"id": L("DEVICE_ID", rng.choice([imei(rng), device_serial(rng), mac(rng)])), "os": "Android 14"},
        "card": {"bin": c[:6], "last4": c[-4:]} if rng.random() < 0.5 else {"pan": L("CREDIT_CARD", c)},
    }
    return rng.choice(["Explain why this was flagged:\n", "", "Write a SAR narrative from:\n"]) + jdump(ev, indent=2)


@tpl("fin-loan-app", "finance", "form", 4)
def fin_loan_app(rng, i):
    p = person(rng)
    co = person(rng, p.culture)
    _, age, dob = visit_and_age(rng, 0.05)
    a = address(rng, 0.2)
    prev = address(rng, 0.2)
    rows = [
        ("Borrower", nm(p)), ("Borrower DOB", dt(rng, dob, ("us",))), ("Borrower SSN", L("US_SSN", ssn(rng))),
        ("Co-borrower", nm(co)), ("Co-borrower SSN", L("US_SSN", ssn(rng)) if rng.random() < 0.5 else L("US_ITIN", itin(rng))),
        ("Current address", addr_inline(a)), ("Previous address", addr_inline(prev)),
        ("Employer", rng.choice(EMPLOYERS)), ("Years employed", str(rng.randint(1, 20))),
        ("Gross monthly income", "$%d,%03d" % (rng.randint(3, 19), rng.randint(0, 999))),
        ("Checking (for autopay)", "routing %s / acct %s" % (L("US_ROUTING_NUMBER", routing(rng)), L("US_BANK_ACCOUNT", bank_account(rng)))),
        ("Cell", ph(rng)), ("Email", em(rng, p)),
    ]
    if rng.random() < 0.5:
        rows.append(("Passport (ID verification)", L("US_PASSPORT", passport(rng))))
    if rng.random() < 0.3:
        return "| Field | Value |\n|---|---|\n" + "\n".join("| %s | %s |" % r for r in rows)
    return "UNIFORM RESIDENTIAL LOAN APPLICATION (summary)\n" + "\n".join("%s: %s" % r for r in rows)


@tpl("fin-card-form", "finance", "form", 4)
def fin_card_form(rng, i):
    p = person(rng)
    brand, c = card(rng)
    a = address(rng, 0.0)
    fields = {"cardholder_name": L("PERSON", p.full), "card_number": L("CREDIT_CARD", card_value(rng, c, 0.3)),
              "exp": "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)), "cvc": L("CARD_SECURITY_CODE", cvv(rng, brand)),
              "billing_zip": L("US_ZIP_CODE", a.zip[:5]), "save_card": rng.choice(["true", "false"])}
    style = rng.randint(0, 2)
    if style == 0:
        return "form submission (urlencoded, decoded):\n" + "&".join("%s=%s" % kv for kv in fields.items())
    if style == 1:
        return "Checkout form values:\n" + "\n".join("  %-16s %s" % kv for kv in fields.items())
    return "debug dump of req.body:\n" + jdump(fields, indent=2)


# ========================================================================================
# GENERAL
# ========================================================================================

@tpl("gen-dotenv", "general", "code", 4)
def gen_dotenv(rng, i):
    admin = person(rng, "us")
    dbpw = password(rng)
    lines = [
        "# .env.production — do not commit",
        "NODE_ENV=production",
        "PORT=%d" % rng.choice([3000, 8080, 8000]),
        "LOG_LEVEL=" + rng.choice(["info", "warn"]),
        f"OPENAI_API_KEY={L('API_KEY', api_key(rng, rng.choice(['openai', 'openai_proj'])))}",
        f"DATABASE_URL=postgresql://app_rw:{L('PASSWORD', dbpw)}@{L('IP_ADDRESS', ipv4(rng, True))}:5432/claims",
        f"JWT_SIGNING_SECRET={L('HIGH_ENTROPY_SECRET', high_entropy_secret(rng, rng.choice(['hex64', 'b64'])))}",
        f"ADMIN_EMAIL={em(rng, admin, rng.choice(DOMAINS_ORG))}",
    ]
    extra = [
        f"SMTP_PASSWORD={L('PASSWORD', password(rng))}",
        f"AWS_ACCESS_KEY_ID={L('API_KEY', api_key(rng, 'aws'))}\nAWS_SECRET_ACCESS_KEY={L('HIGH_ENTROPY_SECRET', high_entropy_secret(rng, 'aws_secret'))}",
        f"SLACK_BOT_TOKEN={L('API_KEY', api_key(rng, 'slack'))}",
        f"SENDGRID_API_KEY={L('API_KEY', api_key(rng, 'sendgrid'))}",
        f"PUBLIC_BASE_URL={L('URL', 'https://app.' + rng.choice(DOMAINS_ORG))}",
        "FEATURE_FLAGS=beta_export,fast_path",
        f"SERVICE_TOKEN={L('JWT', jwt(rng))}",
    ]
    body = lines[1:] + rng.sample(extra, rng.randint(2, 4))
    rng.shuffle(body)
    lines = lines[:1] + body
    return rng.choice(["my app can't connect to the db, here's my .env:\n", "Convert this .env to a k8s Secret manifest:\n", ""]) + "\n".join(lines)


@tpl("gen-yaml-config", "general", "code", 4)
def gen_yaml_config(rng, i):
    style = i % 3
    if style < 2:
        pk = private_key(rng, rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"]), rng.randint(3, 6), "\n", "    ")
        return "\n".join([
            "apiVersion: v1", "kind: Secret", "metadata:", f"  name: {rng.choice(['claims-api', 'gateway', 'billing-worker'])}-secrets",
            "type: Opaque", "stringData:",
            f"  DB_PASSWORD: \"{L('PASSWORD', password(rng))}\"",
            f"  GITHUB_TOKEN: {L('API_KEY', api_key(rng, rng.choice(['github', 'github_pat'])))}",
            f"  tls.key: |", "    " + L("PRIVATE_KEY", pk),
        ])
    return "\n".join([
        "services:", "  api:", "    image: registry.local/claims-api:4.12.0", "    environment:",
        f"      - DB_HOST={L('IP_ADDRESS', ipv4(rng, True))}",
        f"      - DB_PASSWORD={L('PASSWORD', password(rng))}",
        f"      - ANTHROPIC_API_KEY={L('API_KEY', api_key(rng, 'anthropic'))}",
        f"      - COOKIE_SECRET={L('HIGH_ENTROPY_SECRET', high_entropy_secret(rng, 'b62'))}",
        "    ports:", "      - \"8080:8080\"",
        "  redis:", "    image: redis:7.2-alpine",
        f"    command: [\"redis-server\", \"--requirepass\", \"{L('PASSWORD', password(rng))}\"]",
    ])


@tpl("gen-ci-log", "general", "code", 5)
def gen_ci_log(rng, i):
    sha = token(rng, 40, "0123456789abcdef")
    t0 = rng.randint(0, 3000)
    day = rng.randint(1, 28)

    def ts(k):
        s = t0 + k * 7 + rng.randint(0, 6)
        return "2025-03-%02dT%02d:%02d:%02d.%07dZ" % (day, 10 + s // 3600 % 10, s // 60 % 60, s % 60, rng.randint(0, 9999999))
    lines = [
        f"{ts(0)} ##[group]Run actions/checkout@v4",
        f"{ts(1)} HEAD is now at {sha[:7]} fix: retry on 503",
        f"{ts(2)} ##[endgroup]",
        f"{ts(3)} ##[group]Run ./scripts/deploy.sh",
    ]
    leak = rng.sample(["gh", "aws", "npm", "jwt", "ip", "hf", "gitlab"], 3)
    for k, what in enumerate(leak):
        if what == "gh":
            lines.append(f"{ts(4 + k)} + echo {L('API_KEY', api_key(rng, 'github'))} | gh auth login --with-token")
        elif what == "aws":
            lines.append(f"{ts(4 + k)} + export AWS_ACCESS_KEY_ID={L('API_KEY', api_key(rng, 'aws'))}")
            lines.append(f"{ts(4 + k)} + export AWS_SECRET_ACCESS_KEY={L('HIGH_ENTROPY_SECRET', high_entropy_secret(rng, 'aws_secret'))}")
        elif what == "npm":
            lines.append(f"{ts(4 + k)} + echo //registry.npmjs.org/:_authToken={L('API_KEY', api_key(rng, 'npm'))} > ~/.npmrc")
        elif what == "jwt":
            lines.append(f"{ts(4 + k)} DEBUG using bearer {L('JWT', jwt(rng))}")
        elif what == "ip":
            lines.append(f"{ts(4 + k)} Connecting to deploy target {L('IP_ADDRESS', ipv4(rng, False))}:22 as deploy")
        elif what == "hf":
            lines.append(f"{ts(4 + k)} + huggingface-cli login --token {L('API_KEY', api_key(rng, 'hf'))}")
        else:
            lines.append(f"{ts(4 + k)} + curl --header \"PRIVATE-TOKEN: {L('API_KEY', api_key(rng, 'gitlab'))}\" $CI_API_V4_URL/projects")
    lines += [f"{ts(9)} Deployed build {sha} in 41.2s", f"{ts(10)} ##[endgroup]", f"{ts(11)} Cleaning up orphan processes"]
    txt = "\n".join(lines)
    return rng.choice(["Why did my deploy job print secrets? log:\n", "Summarize this CI log:\n", ""]) + txt


@tpl("gen-access-log", "general", "structured", 4)
def gen_access_log(rng, i):
    out = []
    for _ in range(rng.randint(3, 5)):
        ip = L("IP_ADDRESS", ipv4(rng, False) if rng.random() < 0.8 else ipv6(rng))
        t = "[%02d/Mar/2025:%02d:%02d:%02d +0000]" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        kind = rng.randint(0, 2)
        ref = L("URL", "https://%s/%s" % (rng.choice(["app." + rng.choice(DOMAINS_ORG), "portal." + rng.choice(DOMAINS_ORG)]),
                                           rng.choice(["login", "account/settings", "billing", "dashboard?tab=claims"])))
        if kind == 0:
            p = person(rng)
            out.append(f'{ip} - - {t} "GET /api/v1/users/lookup?email={em(rng, p)} HTTP/1.1" 200 {rng.randint(200, 5000)} "{ref}" "Mozilla/5.0"')
        elif kind == 1:
            out.append(f'{ip} - - {t} "POST /oauth/token HTTP/2.0" 401 {rng.randint(50, 400)} "-" "okhttp/4.12.0" auth="Bearer {L("JWT", jwt(rng))}"')
        else:
            out.append(f'{ip} - - {t} "GET /static/app.{token(rng, 8, "0123456789abcdef")}.js HTTP/1.1" 304 0 "{ref}" "Mozilla/5.0"')
    if not any("Bearer" in o for o in out):
        out.append(f'{L("IP_ADDRESS", ipv4(rng, False))} - - [02/Mar/2025:11:04:19 +0000] "GET /api/v1/me HTTP/1.1" 200 812 "-" "curl/8.5.0" auth="Bearer {L("JWT", jwt(rng))}"')
    return rng.choice(["Any signs of credential stuffing in these logs?\n", "", "Parse into JSON lines:\n"]) + "\n".join(out)


@tpl("gen-code-secrets", "general", "code", 5)
def gen_code_secrets(rng, i):
    lang = i % 4
    host = L("IP_ADDRESS", ipv4(rng, True))
    if lang == 0:
        pk = private_key(rng, "RSA PRIVATE KEY", rng.randint(3, 5), "\\n")
        code = "\n".join([
            "import paramiko, io",
            f'HOST = "{host}"',
            f'KEY = "{L("PRIVATE_KEY", pk)}"',
            "client = paramiko.SSHClient()",
            "client.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
            f'client.connect(HOST, username="etl", pkey=paramiko.RSAKey.from_private_key(io.StringIO(KEY)))',
        ])
    elif lang == 1:
        code = "\n".join([
            "package main", "", "const (",
            f'\tdbDSN    = "sqlserver://sa:{L("PASSWORD", password(rng))}@{host}:1433?database=ledger"',
            f'\tmapsKey  = "{L("API_KEY", api_key(rng, "google"))}"',
            f'\thmacKey  = "{L("HIGH_ENTROPY_SECRET", high_entropy_secret(rng, "hex32"))}"', ")",
        ])
    elif lang == 2:
        code = "\n".join([
            "public class MailConfig {",
            f'    static final String SMTP_HOST = "{host}";',
            f'    static final String SMTP_USER = "{em(rng, person(rng, "us"), rng.choice(DOMAINS_ORG))}";',
            f'    static final String SMTP_PASS = "{L("PASSWORD", password(rng))}";',
            f'    static final String SENDGRID = "{L("API_KEY", api_key(rng, "sendgrid"))}";',
            "}",
        ])
    else:
        pk = private_key(rng, "OPENSSH PRIVATE KEY", rng.randint(3, 5))
        code = "\n".join([
            "#!/usr/bin/env bash", "set -euo pipefail",
            "cat > ~/.ssh/id_deploy <<'EOF'", L("PRIVATE_KEY", pk), "EOF",
            "chmod 600 ~/.ssh/id_deploy",
            f"export OPENAI_API_KEY={L('API_KEY', api_key(rng, 'openai'))}",
            f"ssh -i ~/.ssh/id_deploy ops@{host} 'systemctl restart gateway'",
        ])
    return rng.choice(["Refactor this to read secrets from env:\n```\n", "Code review please:\n```\n", "```\n"]) + code + "\n```"


@tpl("gen-hr-email", "general", "email", 5)
def gen_hr_email(rng, i):
    hire = person(rng)
    hr = person(rng, "us")
    mgr = person(rng)
    _, age, dob = visit_and_age(rng, 0.0)
    a = address(rng, 0.3)
    ec = person(rng, hire.culture)
    dom = rng.choice(DOMAINS_ORG)
    lines = [
        rng.choice(["Can you turn this into an onboarding checklist?", "Please extract fields for Workday.", "fyi"]),
        "",
        "-----Original Message-----",
        f"From: {nm(hr)} <{em(rng, hr, dom)}>",
        f"Sent: {rng.choice(['Monday', 'Tuesday', 'Thursday'])}, March {rng.randint(2, 27)}, 2025 9:14 AM",
        f"To: {nm(mgr)} <{em(rng, mgr, dom)}>",
        "Subject: New hire paperwork",
        "",
        f"Hi {nm(mgr, 'given')},",
        f"{nm(hire)} starts on the 14th. Details from the I-9/W-4:",
        f"  DOB: {dt(rng, dob, ('us', 'long'))}",
        f"  SSN: {L('US_SSN', ssn(rng))}",
        f"  Home: {addr_inline(a)}",
        f"  Personal email: {em(rng, hire)}",
        f"  Mobile: {ph(rng)}",
        f"  Direct deposit: {rng.choice(BANKS)}, RTN {L('US_ROUTING_NUMBER', routing(rng))}, acct {L('US_BANK_ACCOUNT', bank_account(rng))}",
        f"  Emergency contact: {nm(ec)}, {ph(rng)}",
    ]
    if rng.random() < 0.4:
        st, dl = driver_license(rng)
        lines.append(f"  I-9 List B: {st} driver's license {L('US_DRIVER_LICENSE', dl)}")
    lines += ["", "Thanks,", nm(hr, "given"), f"{nm(hr)} | People Operations | {rng.choice(EMPLOYERS)}", f"o: {ph(rng)}"]
    return "\n".join(lines)


@tpl("gen-travel-chat", "general", "chat", 5)
def gen_travel_chat(rng, i):
    p = person(rng)
    _, age, dob = visit_and_age(rng, 0.05)
    pp = passport(rng)
    q = rng.choice([
        f"Book me on the 7:40 flight. Name exactly as on passport: {nm(p, 'upper')}, passport {L('US_PASSPORT', pp)}, "
        f"DOB {dt(rng, dob, ('abbr', 'us'))}, expires 2031. Seat aisle.",
        f"I need to fill the ESTA-style form for my trip. Passport no. {L('US_PASSPORT', pp)}, born {dt(rng, dob, ('long',))}, "
        f"full name {nm(p)}. What do I put for 'national identifier'?",
        f"my passport number is {L('US_PASSPORT', pp)} and the airline site says invalid. it's a US passport card? name {nm(p)}",
    ])
    turns = [("u", q), ("a", rng.choice(["Sure — I'll need a contact number and email for the booking.",
                                         "US passport book numbers are 9 characters; the card starts with C.",
                                         "I can't submit forms, but here's how to fill it in."]))]
    turns.append(("u", rng.choice([f"{ph(rng)} and {em(rng, p)}", f"email is {em(rng, p)}", f"cell {ph(rng)}"])))
    if rng.random() < 0.4:
        c = person(rng, p.culture)
        turns.append(("u", f"also add my companion {nm(c)}, passport {L('US_PASSPORT', passport(rng))}"))
    return chat(rng, turns)


@tpl("gen-dmv-form", "general", "form", 4)
def gen_dmv_form(rng, i):
    p = person(rng)
    _, age, dob = visit_and_age(rng, 0.05)
    a = address(rng, 0.2)
    st, dl = driver_license(rng, a.state if a.state in ("CA", "NY", "TX", "FL", "IL", "PA", "OH", "WA", "GA", "MI", "NJ", "AZ") else None)
    rows = [("Owner", nm(p, rng.choice(["last_first", "upper"]))), ("Date of birth", dt(rng, dob, ("us",))),
            ("DL/ID number", L("US_DRIVER_LICENSE", dl)), ("Residence address", L("STREET_ADDRESS", a.street)),
            ("City/State/ZIP", "%s, %s %s" % (a.city, a.state, L("US_ZIP_CODE", a.zip))),
            ("VIN", L("VEHICLE_ID", vin(rng))), ("Plate", L("VEHICLE_ID", plate(rng))),
            ("Make/Model/Year", rng.choice(["SUBARU OUTBACK 2019", "CHEVROLET SILVERADO 2021", "KIA SOUL 2017"])),
            ("Odometer", "%d,%03d" % (rng.randint(10, 180), rng.randint(0, 999)))]
    return (rng.choice(["VEHICLE REGISTRATION RENEWAL — " + a.state, "Title transfer worksheet"]) + "\n"
            + "\n".join("%-18s %s" % r for r in rows) + "\n" + rng.choice(["", "What fees apply for a late renewal?"]))


@tpl("gen-jwt-debug", "general", "chat", 4)
def gen_jwt_debug(rng, i):
    tok = jwt(rng)
    host = "https://api.%s/v2/%s" % (rng.choice(DOMAINS_ORG), rng.choice(["claims", "members/search", "export"]))
    key = api_key(rng, rng.choice(["openai_proj", "google", "stripe", "anthropic"]))
    q = rng.choice([
        f"why 401?\n\ncurl -H 'Authorization: Bearer {L('JWT', tok)}' {L('URL', host)}",
        f"Decode this token and tell me when it expires: {L('JWT', tok)}",
        f"Token works in Postman but not in my script:\nheaders = {{'Authorization': 'Bearer {L('JWT', tok)}', 'x-api-key': '{L('API_KEY', key)}'}}\nrequests.get('{L('URL', host)}', headers=headers)",
    ])
    return chat(rng, [("u", q), ("a", "The header says alg " + rng.choice(["HS256", "RS256"]) + "; let's look at the claims.")])


@tpl("gen-ssh-key-chat", "general", "chat", 5)
def gen_ssh_key_chat(rng, i):
    kind = rng.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    pk = private_key(rng, kind, rng.randint(4, 8))
    user = rng.choice(["ubuntu", "ec2-user", "deploy", "admin"])
    ip = ipv4(rng, False)
    q = rng.choice([
        f"ssh says 'invalid format' for my key, what's wrong with it?\n\n{L('PRIVATE_KEY', pk)}\n\ncommand: ssh -i key.pem {user}@{L('IP_ADDRESS', ip)}",
        f"Convert this key to PuTTY format:\n{L('PRIVATE_KEY', pk)}",
        f"I'm connecting to {L('IP_ADDRESS', ip)} and getting 'Permission denied (publickey)'. Here is the key I use:\n```\n{L('PRIVATE_KEY', pk)}\n```",
    ])
    return chat(rng, [("u", q), ("a", "Please rotate that key — it has now been exposed. Then check the file permissions (chmod 600).")])


@tpl("gen-rental-app", "general", "email", 4)
def gen_rental_app(rng, i):
    p = person(rng)
    ll = person(rng, "us")
    a = address(rng, 0.5)
    st, dl = driver_license(rng)
    return "\n".join([
        "Subject: Rental application - unit %d%s" % (rng.randint(1, 6), rng.choice("ABCD")),
        "",
        f"Hello, I'd like to apply for the 2-bedroom. My details:",
        f"Name: {nm(p)}",
        f"Current address: {addr_inline(a)}",
        f"SSN for the credit check: {L('US_SSN', ssn(rng))}",
        f"Driver's license: {L('US_DRIVER_LICENSE', dl)} ({st})",
        f"Employer: {rng.choice(EMPLOYERS)}, 4 years, $%d/yr" % rng.randint(48, 140) + "k",
        f"Current landlord: {nm(ll)}, {ph(rng)}",
        f"Move-in: June 1. Lease start can be flexible.",
        "",
        f"Best, {nm(p, 'given')}",
        f"{ph(rng)} | {em(rng, p)}",
    ])


@tpl("gen-it-ticket", "general", "note", 5)
def gen_it_ticket(rng, i):
    p = person(rng)
    tech = person(rng, "us")
    tmp = password(rng)
    lines = [
        f"INC{rng.randint(10 ** 6, 10 ** 7)} — {rng.choice(['Laptop not joining Wi-Fi', 'MFA reset', 'Phone enrollment failed', 'VPN drops'])}",
        f"Caller: {nm(p)} ({em(rng, p, rng.choice(DOMAINS_ORG))}), ext {rng.randint(1000, 9999)}",
        f"Asset tag: LT-{rng.randint(10000, 99999)}   Wi-Fi MAC {L('DEVICE_ID', mac(rng))}",
    ]
    if rng.random() < 0.7:
        lines.append(f"Mobile device IMEI {L('DEVICE_ID', imei(rng))} (Intune enrollment)")
    lines += [
        f"Last seen from {L('IP_ADDRESS', ipv4(rng))} on VPN pool.",
        f"Reset AD password; temporary password given over phone: {L('PASSWORD', tmp)} (must change at next logon).",
        f"Tech: {nm(tech, rng.choice(['full', 'given']))}",
    ]
    return rng.choice(["Summarize for the weekly report:\n", "", "Is anything in this ticket a security issue?\n"]) + "\n".join(lines)


_ML_GEN = {
    "de": ("Hallo! Ich bin {name}. Meine neue Adresse: {addr}. Handy: {phone}, Mail: {email}. Kannst du die Einladung anpassen?", "de", "de"),
    "fr": ("Salut, c'est {name}. Nouvelle adresse : {addr}. Portable {phone}, e-mail {email}. Tu peux mettre à jour le fichier ?", "fr", "fr"),
    "es": ("Hola, soy {name}. Mi dirección: {addr}. Celular {phone}, correo {email}. ¿Puedes actualizar mis datos?", "es", "es"),
    "it": ("Ciao, sono {name}. Indirizzo: {addr}. Cell. {phone}, email {email}. Puoi aggiornare l'elenco?", "it", "it"),
    "pl": ("Cześć, tu {name}. Mój adres: {addr}. Telefon {phone}, e-mail {email}. Zaktualizuj proszę listę.", "pl", "pl"),
    "nl": ("Hoi, met {name}. Mijn adres: {addr}. Mobiel {phone}, e-mail {email}. Kun je de lijst bijwerken?", "nl", "nl"),
    "pt": ("Oi, aqui é {name}. Endereço: {addr}. Celular {phone}, e-mail {email}. Pode atualizar a planilha?", "br", "br"),
    "ja": ("お世話になっております。{name}です。住所が変わりました：{addr}。電話 {phone}、メール {email} です。名簿の更新をお願いします。", "ja", "ja"),
    "ko": ("안녕하세요, {name}입니다. 주소: {addr}. 전화 {phone}, 이메일 {email}. 명단 수정 부탁드립니다.", "ko", "ko"),
    "zh": ("你好，我是{name}。新地址：{addr}。电话 {phone}，邮箱 {email}。请帮我更新通讯录。", "zh", "zh"),
    "hi": ("नमस्ते, मैं {name} हूँ। मेरा फ़ोन {phone} और ईमेल {email} है। पता: {addr}", "hi", None),
}


@tpl("gen-multilingual", "general", "chat", 8)
def gen_multilingual(rng, i):
    lang = sorted(_ML_GEN)[(i * 3) % len(_ML_GEN)]
    fmt, cult, actry = _ML_GEN[lang]
    p = person(rng, cult)
    name = p.native if cult in NATIVE else p.full
    pc = {"br": "br"}.get(cult, cult)
    addr = L("STREET_ADDRESS", FOREIGN_ADDR[actry](rng)) if actry else addr_inline(address(rng))
    msg = fmt.format(name=L("PERSON", name), addr=addr, phone=L("PHONE_NUMBER", intl_phone(rng, pc)), email=em(rng, p))
    return chat(rng, [("u", rng.choice(["Translate:", "Extract contact fields as JSON:", "Reply in English:"]) + "\n" + msg)])


@tpl("gen-contacts-csv", "general", "structured", 4)
def gen_contacts_csv(rng, i):
    rows = ["first_name,last_name,email,phone,street,city,state,zip"]
    for _ in range(rng.randint(3, 6)):
        p = person(rng, rng.choice(["us", "es", "ie", "ng", "vi", "ph", "it", "pl", "ke", "et", "tr", "gr"]))
        a = address(rng, 0.0)
        rows.append(",".join([L("PERSON", p.given), L("PERSON", p.family), em(rng, p), ph(rng, rng.choice([1, 2, 0])),
                              L("STREET_ADDRESS", a.street), a.city, a.state, L("US_ZIP_CODE", a.zip)]))
    return rng.choice(["Dedupe this contact export:\n", "Which rows have invalid phone numbers?\n", ""]) + "\n".join(rows)


@tpl("gen-tool-email", "general", "structured", 4)
def gen_tool_email(rng, i):
    to = person(rng)
    me = person(rng, "us")
    args = {"to": [em(rng, to)], "cc": [em(rng, person(rng), rng.choice(DOMAINS_ORG))],
            "subject": rng.choice(["Contract", "Your account", "Following up"]),
            "body": f"Hi {L('PERSON', to.given)},\n\nAs discussed, please call me at {ph(rng)}.\n\nBest,\n{L('PERSON', me.full)}",
            "attachments": [L("URL", "https://files.%s/s/%s" % (rng.choice(DOMAINS_ORG), token(rng, 16)))]}
    call = {"type": "function_call", "name": "send_email", "call_id": "fc_" + token(rng, 20), "arguments": jdump(args)}
    return jdump({"output": [call]}, indent=rng.choice([None, 2]))


@tpl("gen-curl", "general", "code", 4)
def gen_curl(rng, i):
    host = L("URL", "https://%s/api/%s" % (rng.choice(["gw." + d for d in DOMAINS_ORG]), rng.choice(["v1/reports", "v3/search", "v2/upload"])))
    style = i % 3
    if style == 0:
        cmd = f"curl -s -X POST {host} \\\n  -H \"Authorization: Bearer {L('API_KEY', api_key(rng, rng.choice(['openai_proj', 'anthropic', 'hf'])))}\" \\\n  -H 'Content-Type: application/json' -d @body.json"
    elif style == 1:
        q = L("URL", "https://%s/api/v1/reports?from=2025-01-01&format=csv" % rng.choice(["gw." + d for d in DOMAINS_ORG]))
        cmd = f"curl -u svc_reporting:{L('PASSWORD', password(rng))} '{q}'"
    else:
        cmd = f"curl {host} -H \"Cookie: session={L('JWT', jwt(rng))}\" --resolve {rng.choice(['gw', 'api'])}.internal:443:{L('IP_ADDRESS', ipv4(rng, True))}"
    return rng.choice(["This works locally but not in prod:\n", "Convert to Python requests:\n", ""]) + cmd


@tpl("gen-callcenter", "general", "transcript", 4)
def gen_callcenter(rng, i):
    p = person(rng, rng.choice(["us", "es", "ng", "vi", "ph", "ie", "ke", "tr"]))
    _, age, dob = visit_and_age(rng, 0.1, (24, 80))
    a = address(rng, 0.4)
    s = ssn(rng, "")
    agent = person(rng, "us")
    style = i % 2
    if style == 0:
        lines = [
            f"[{rng.choice(['Utility', 'Telecom', 'Insurance'])} support call — auto transcript]",
            f"Rep: You've reached customer care, my name is {nm(agent, 'given')}. Can I get the account holder's name?",
            f"Customer: It's {nm(p)}.",
            f"Rep: For verification, the last four of the social... actually our system needs the full number for a new service.",
            f"Customer: Okay, {L('US_SSN', ' '.join(s[:3]) + '  ' + ' '.join(s[3:5]) + '  ' + ' '.join(s[5:]))}.",
            f"Rep: And the service address?",
            f"Customer: {addr_inline(a)}.",
            f"Rep: Best number to reach you?",
            f"Customer: {ph(rng)}, or email {em(rng, p)}.",
            "Rep: Great, the technician window is Thursday between 8 and 12.",
        ]
    else:
        lines = [
            "caller: hi um i need to update my address",
            f"agent: sure whats the name on the account",
            f"caller: {L('PERSON', p.full.lower())}",
            "agent: and date of birth",
            f"caller: {dt(rng, dob, ('us', 'long'))}",
            "agent: whats the new address",
            f"caller: {L('STREET_ADDRESS', (a.street + ' ' + a.city + ' ' + a.state).lower().replace(',', ''))} zip {L('US_ZIP_CODE', spoken_digits(rng, a.zip[:5], None, doubles=False))}",
            f"agent: and is {ph(rng)} still good",
            "caller: yes",
        ]
    return rng.choice(["Summarize this call:\n", "", "Extract the customer's updated details:\n"]) + "\n".join(lines)


@tpl("mix-one-liner", "general", "chat", 6)
def mix_one_liner(rng, i):
    p = person(rng)
    brand, c = card(rng)
    opts = [
        ("finance", f"is it safe to text my card {L('CREDIT_CARD', group_card(c, ' '))} to my landlord?"),
        ("general", f"my ssn is {L('US_SSN', ssn(rng))}, what can someone do with it?"),
        ("healthcare", f"MBI {L('US_MBI', mbi(rng, True))} keeps getting rejected on the portal, why?"),
        ("general", f"password {L('PASSWORD', password(rng))} strong enough?"),
        ("healthcare", f"pt {nm(p)} dob {dt(rng, rdate(rng, 1930, 1990), ('us_short',))} allergic to PCN? yes/no"),
        ("finance", f"wire to {L('IBAN_CODE', iban(rng, rng.choice(['DE', 'NL', 'BE'])))} bounced — typo?"),
        ("general", f"ping {L('IP_ADDRESS', ipv4(rng, False))} times out from here"),
        ("finance", f"routing {L('US_ROUTING_NUMBER', routing(rng))} — which bank is this?"),
    ]
    d, text = opts[(i * 5) % len(opts)]
    return d, "chat", text


@tpl("gen-auto-claim", "general", "email", 3)
def gen_auto_claim(rng, i):
    p = person(rng)
    st, dl = driver_license(rng)
    return "\n".join([
        f"Claim intake — policy AP-{rng.randint(10 ** 6, 10 ** 7)}",
        f"Insured driver: {nm(p)}, license {L('US_DRIVER_LICENSE', dl)} ({st})",
        f"Vehicle: VIN {L('VEHICLE_ID', vin(rng))}, tag {L('VEHICLE_ID', plate(rng))}",
        f"Other party plate: {L('VEHICLE_ID', plate(rng))}",
        f"Contact: {ph(rng)} / {em(rng, p)}",
        "Damage: rear bumper, tailgate. Photos uploaded.",
        rng.choice(["Draft the first notice of loss.", "Estimate likely repair cost range.", ""]),
    ])
