# ruff: noqa: UP031, UP032  (generated-data helpers: printf-style templates kept for readability)
"""Positive templates: realistic prompts that carry labeled PII/PHI/PCI/secrets.

Each template is ``fn(rng) -> segments``; registration records its name, domain, kind and
how many instances the generator draws.
"""

from __future__ import annotations

import datetime
import functools

import h11_values as V
from h11_values import (
    E,
    S,
    cat,
    chance,
    comp,
    fill,
    hl7_msh,
    hl7_seg,
    jdump,
    join,
    pick,
    x12_seg,
    xesc,
)

TEMPLATES = []


def tpl(name, domain, kind, n=3):
    def deco(fn):
        TEMPLATES.append((name, domain, kind, n, fn))
        return fn

    return deco


_T = functools.partial
PER, EM, PH, URL, IP = (
    _T(E, t) for t in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS")
)
ADDR, ZIP, DT, AGE = (
    _T(E, t) for t in ("STREET_ADDRESS", "US_ZIP_CODE", "DATE_TIME", "AGE")
)
SSN, ITIN, DL, PP = (
    _T(E, t) for t in ("US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT")
)
MRN, NPI, DEA, MBI, HPID = (
    _T(E, t)
    for t in ("MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI", "HEALTH_PLAN_ID")
)
DEV, VEH = _T(E, "DEVICE_ID"), _T(E, "VEHICLE_ID")
CC, CVV, TRK = (
    _T(E, "CREDIT_CARD"),
    _T(E, "CARD_SECURITY_CODE"),
    _T(E, "CARD_TRACK_DATA"),
)
IBAN, ABA, ACCT, BIC = (
    _T(E, t)
    for t in ("IBAN_CODE", "US_ROUTING_NUMBER", "US_BANK_ACCOUNT", "SWIFT_CODE")
)
KEY, PEM, JWT, PW, SEC = (
    _T(E, t)
    for t in ("API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET")
)


def ds(rng, d, style=None):
    return DT(V.fdate(d, style or V.dstyle(rng)))


def phone(rng, style=None):
    return PH(V.phone_us(rng, style))


def email(rng, p, domain=None):
    return EM(V.email_for(rng, p, domain))


HC_DOMAINS = [
    "cedarbrook-health.example",
    "mesa-ridge-clinic.example",
    "lakeshore-med.example.net",
    "tidewater-ortho.example",
    "riverside-peds.example",
    "summitvalley-cardio.example.org",
]
FIN_DOMAINS = [
    "northwind-cu.example",
    "bluepine-bank.example",
    "harborpoint.example.org",
    "kestrel-payments.example",
    "granitebay.example.net",
    "copperline.example.com",
]
GEN_DOMAINS = [
    "quillfield.example.com",
    "sablepeak.example",
    "larkspur-logistics.example.net",
    "corvid.example.org",
    "brightline.example.com",
    "moonrise-lab.example",
]
ORG_DOMAINS = HC_DOMAINS + FIN_DOMAINS + GEN_DOMAINS
HOSPITALS = [
    "Lakeshore Regional Medical Center",
    "Saint Brendan Community Hospital",
    "Prairie Wind Health",
    "Summit Valley Heart Institute",
    "Mesa Ridge General Hospital",
]
CLINICS = [
    "Cedar Brook Family Medicine",
    "Mesa Ridge Internal Medicine",
    "Lakeshore Regional Medical Center",
    "Tidewater Orthopedics",
    "Riverside Pediatrics",
    "Summit Valley Cardiology",
    "Prairie Wind Health",
    "Northgate Behavioral Health",
    "Saint Brendan Community Hospital",
    "Copper Canyon Urgent Care",
    "Bayfront Oncology Associates",
    "Greenfield Endocrinology",
]
PAYERS = [
    "Meridian Crest Health Plan",
    "Blue Heron Benefits",
    "Keystone Mutual Health",
    "Pinnacle Care HMO",
    "Evergreen Shield PPO",
    "Sunrise Medicaid Partners",
]
BANKS = [
    "Northwind Credit Union",
    "Blue Pine Bank",
    "Granite Bay Savings",
    "Harborline Trust",
    "Quillfield Federal",
    "Copperline Bank N.A.",
]
EMPLOYERS = [
    "Larkspur Logistics",
    "Ferrous Fabrication LLC",
    "Oakmont Senior Living",
    "Brightline Analytics",
    "Tern & Tide Seafood Co.",
    "Halverson Tool & Die",
    "Juniper Street Bakery",
    "Sable Peak Software",
    "Corvid Freight Lines",
    "Moonrise Dental Lab",
]

PROBLEMS = [
    (
        "type 2 diabetes with hyperglycemia",
        "HbA1c 9.1%, fasting glucose 212 mg/dL",
        "increase metformin ER to 1000 mg BID, start empagliflozin 10 mg daily",
    ),
    (
        "community-acquired pneumonia",
        "CXR with RLL consolidation, WBC 14.2",
        "ceftriaxone 1 g IV q24h plus azithromycin 500 mg daily",
    ),
    (
        "acute on chronic HFrEF",
        "BNP 1,480 pg/mL, 2+ pitting edema to mid-shin",
        "furosemide 40 mg IV BID, daily weights, 2 g sodium diet",
    ),
    (
        "acute gout flare, left first MTP",
        "uric acid 9.4 mg/dL",
        "colchicine 1.2 mg then 0.6 mg in 1 h",
    ),
    (
        "COPD exacerbation",
        "SpO2 89% on room air, diffuse expiratory wheeze",
        "prednisone 40 mg x5 days, ipratropium-albuterol nebs q4h",
    ),
    (
        "cellulitis of the right lower leg",
        "erythema 12 x 8 cm, afebrile, no fluctuance",
        "cephalexin 500 mg QID x7 days, elevate leg",
    ),
    (
        "new-onset atrial fibrillation",
        "HR 132 irregularly irregular, TSH 1.8",
        "metoprolol tartrate 25 mg BID, apixaban 5 mg BID",
    ),
    (
        "iron deficiency anemia",
        "Hgb 9.2 g/dL, ferritin 6 ng/mL",
        "ferrous sulfate 325 mg every other day, GI referral for endoscopy",
    ),
    (
        "uncomplicated cystitis",
        "UA nitrite positive, leukocyte esterase 2+",
        "nitrofurantoin 100 mg BID x5 days",
    ),
    (
        "major depressive disorder, moderate",
        "PHQ-9 score 17, denies SI",
        "start sertraline 50 mg daily, refer for CBT",
    ),
    (
        "uncontrolled hypertension",
        "BP 158/96, repeat 152/94",
        "add amlodipine 5 mg daily, home BP log for 2 weeks",
    ),
    (
        "mild persistent asthma",
        "peak flow 78% of predicted",
        "budesonide-formoterol 160/4.5 two puffs BID",
    ),
    (
        "CKD stage 3b",
        "eGFR 38 mL/min/1.73m2, K 5.1",
        "stop ibuprofen, nephrology referral",
    ),
    (
        "s/p laparoscopic cholecystectomy, POD 2",
        "incisions clean/dry/intact, tolerating regular diet",
        "discharge home, acetaminophen 650 mg q6h PRN",
    ),
    (
        "lumbar radiculopathy L5",
        "positive straight-leg raise on the left",
        "PT referral, gabapentin 300 mg qHS",
    ),
]


def problem(rng):
    return pick(rng, PROBLEMS)


def clinician(rng):
    return V.person(rng, V.US_CULTURES + ["german", "french", "nordic", "italian"])


def lower_first(s):
    return s[0].lower() + s[1:]


# ===========================================================================
# Healthcare
# ===========================================================================


@tpl("hc_chat_summarize_note", "healthcare", "chat", 3)
def hc_chat_summarize_note(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b, v = V.dob(rng, 25, 90), V.visit(rng)
    dx, obj, plan = problem(rng)
    name = pick(rng, [p.full, p.lf, p.upper_lf, p.fm()])
    intro = pick(
        rng,
        [
            "Can you rewrite this as a plain-language summary for the patient? Keep it under 150 words.",
            "Summarize for the handoff, bullet points please:",
            "Turn this into an after-visit summary at a 6th grade reading level.",
            "Draft a short note to the PCP based on this:",
        ],
    )
    return fill(
        "⟦intro⟧\n\n⟦name⟧, ⟦age⟧ y/o, DOB ⟦dob⟧, MRN ⟦mrn⟧, seen ⟦v⟧ for ⟦dx⟧. ⟦obj⟧. "
        "Plan: ⟦plan⟧. Return precautions reviewed. Seen with Dr. ⟦doc⟧.",
        intro=intro,
        name=PER(name),
        age=AGE(V.age_on(b, v)),
        dob=ds(rng, b),
        mrn=MRN(V.mrn(rng)),
        v=ds(rng, v),
        dx=dx,
        obj=obj,
        plan=plan,
        doc=PER(doc.last if chance(rng, 0.5) else doc.full),
    )


@tpl("hc_soap_note", "healthcare", "document", 2)
def hc_soap_note(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b, v = V.dob(rng, 18, 88), V.visit(rng)
    dx, obj, plan = problem(rng)
    a = V.age_on(b, v)
    return fill(
        "Please check this note for missing elements before I sign it.\n\n"
        "PATIENT: ⟦name⟧    DOB: ⟦dob⟧    MRN: ⟦mrn⟧\nDOS: ⟦v⟧    Clinic: ⟦clinic⟧\n"
        "Provider: ⟦doc⟧, MD  (NPI ⟦npi⟧)\n\n"
        "S: ⟦age⟧-year-old presents for follow-up of ⟦dx⟧. Reports adherence; lives with spouse.\n"
        "O: T 37.1  HR 84  BP 136/82  RR 16. ⟦obj⟧.\n"
        "A: ⟦dxa⟧.\nP: ⟦plan⟧. RTC 4 weeks. Best callback ⟦ph⟧ (cell).\n",
        name=PER(p.upper_lf),
        dob=ds(rng, b, "us"),
        mrn=MRN(V.mrn(rng)),
        v=ds(rng, v, "us"),
        clinic=pick(rng, CLINICS),
        doc=PER(doc.full),
        npi=NPI(V.npi(rng)),
        age=AGE(a),
        dx=dx,
        obj=obj,
        dxa=dx[0].upper() + dx[1:],
        plan=plan,
        ph=phone(rng),
    )


@tpl("hc_discharge_summary", "healthcare", "document", 3)
def hc_discharge_summary(rng):
    p, att, fu, kin = V.us_person(rng), clinician(rng), clinician(rng), V.us_person(rng)
    b = V.dob(rng, 30, 92)
    adm = V.visit(rng)
    dis = adm + datetime.timedelta(days=rng.randint(1, 12))
    fud = dis + datetime.timedelta(days=rng.randint(5, 21))
    dx, obj, plan = pick(rng, PROBLEMS[:13])
    a = V.us_addr(rng)
    st = pick(rng, ["long", "us", "abbr"])
    return fill(
        "DISCHARGE SUMMARY — ⟦hosp⟧\n"
        "Patient: ⟦name⟧   MRN: ⟦mrn⟧   Age: ⟦age⟧\n"
        "Admission date: ⟦adm⟧     Discharge date: ⟦dis⟧\n"
        "Attending: ⟦att⟧, DO\n\n"
        "Principal diagnosis: ⟦dx⟧\nHospital course: ⟦obj⟧. Treated with ⟦plan⟧.\n\n"
        "Disposition: home with services. Address on file: ⟦addr⟧.\n"
        "Emergency contact: ⟦kin⟧ (⟦rel⟧) ⟦kph⟧\n"
        "Follow-up: Dr. ⟦fu⟧ on ⟦fud⟧ at ⟦t⟧.\n\n"
        "Rewrite the hospital course section so it reads better, same facts.",
        hosp=pick(rng, HOSPITALS),
        name=PER(p.fm()),
        mrn=MRN(V.mrn(rng)),
        age=AGE(V.age_on(b, adm)),
        adm=ds(rng, adm, st),
        dis=ds(rng, dis, st),
        att=PER(att.full),
        dx=dx,
        obj=obj,
        plan=plan,
        addr=ADDR(a.line()),
        kin=PER(kin.full),
        rel=pick(rng, ["daughter", "son", "spouse", "niece", "friend"]),
        kph=phone(rng),
        fu=PER(fu.last),
        fud=DT(V.fdate(fud, st)),
        t=pick(rng, ["9:40 AM", "1:15 PM", "10:00 AM", "3:30 PM"]),
    )


@tpl("hc_referral_letter", "healthcare", "email", 3)
def hc_referral_letter(rng):
    p, doc, spec = V.us_person(rng), clinician(rng), clinician(rng)
    b = V.dob(rng, 20, 85)
    a = V.us_addr(rng)
    dom = pick(rng, HC_DOMAINS)
    dx, obj, plan = problem(rng)
    return fill(
        "Subject: Referral — ⟦pname⟧\n\nDear Dr. ⟦spec⟧,\n\n"
        "I am referring ⟦pname2⟧ (DOB ⟦dob⟧) for evaluation of ⟦dx⟧. ⟦obj⟧. "
        "Current plan has been ⟦plan⟧ without adequate response.\n\n"
        "Patient contact: ⟦street⟧\n⟦cityst⟧ ⟦zip⟧\nPhone ⟦ph⟧\n"
        "Insurance: ⟦payer⟧, member ID ⟦mid⟧\n\n"
        "Kind regards,\n⟦doc⟧, MD\n⟦clinic⟧\nNPI ⟦npi⟧ | Fax ⟦fax⟧ | ⟦mail⟧\n\n"
        "---\nCan you make this referral more concise and flag anything a specialist office would ask for?",
        pname=PER(p.full),
        spec=PER(spec.last),
        pname2=PER(p.first if chance(rng, 0.3) else p.full),
        dob=ds(rng, b),
        dx=dx,
        obj=obj,
        plan=plan,
        street=ADDR(a.street),
        cityst="%s, %s" % (a.city, a.state),
        zip=ZIP(a.zip),
        ph=phone(rng),
        payer=pick(rng, PAYERS),
        mid=HPID(V.member_id(rng)),
        doc=PER(doc.full),
        clinic=pick(rng, CLINICS),
        npi=NPI(V.npi(rng)),
        fax=phone(rng, 1),
        mail=EM(V.email_for(rng, doc, dom)),
    )


@tpl("hc_lab_report", "healthcare", "document", 2)
def hc_lab_report(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b, col = V.dob(rng, 18, 90), V.visit(rng)
    rows = pick(
        rng,
        [
            [
                ("Sodium", "138", "mmol/L", "135-145", ""),
                ("Potassium", "5.6", "mmol/L", "3.5-5.1", "H"),
                ("Creatinine", "1.9", "mg/dL", "0.6-1.2", "H"),
                ("BUN", "41", "mg/dL", "7-20", "H"),
            ],
            [
                ("WBC", "3.1", "K/uL", "4.0-11.0", "L"),
                ("Hemoglobin", "10.4", "g/dL", "12.0-16.0", "L"),
                ("Platelets", "98", "K/uL", "150-400", "L"),
                ("MCV", "102", "fL", "80-100", "H"),
            ],
            [
                ("TSH", "7.82", "uIU/mL", "0.40-4.50", "H"),
                ("Free T4", "0.71", "ng/dL", "0.80-1.80", "L"),
            ],
            [
                ("LDL-C", "171", "mg/dL", "<100", "H"),
                ("HDL-C", "38", "mg/dL", ">40", "L"),
                ("Triglycerides", "246", "mg/dL", "<150", "H"),
            ],
        ],
    )
    table = "\n".join("%-14s %7s %-8s %-10s %s" % r for r in rows)
    return fill(
        "LABORATORY REPORT            Accession: ⟦acc⟧\n"
        "Patient: ⟦name⟧      Sex: ⟦sex⟧   DOB: ⟦dob⟧\nMRN: ⟦mrn⟧\n"
        "Collected: ⟦col⟧   Received: same day\nOrdering: ⟦doc⟧ (NPI ⟦npi⟧)\n\n"
        "TEST           RESULT  UNITS    REF RANGE  FLAG\n⟦table⟧\n\n"
        "Explain these results in plain language and suggest questions the patient could ask.",
        acc="%s%s-%s"
        % (pick(rng, ["CH", "HM", "LB"]), V.digits(rng, 2), V.digits(rng, 6)),
        name=PER(p.upper_lf),
        sex=pick(rng, "FM"),
        dob=ds(rng, b, "us"),
        mrn=MRN(V.mrn(rng)),
        col=DT("%s %s" % (V.fdate(col, "us"), V.hhmm(rng))),
        doc=PER(doc.lf),
        npi=NPI(V.npi(rng)),
        table=table,
    )


def xcn(id_entity, p, authority):
    """HL7 XCN: 1 ID, 2-4 family^given^middle (one PERSON span), 5-8 empty, 9 assigning authority."""
    return comp(
        id_entity, PER(p.hl7()), *([] if p.middle else [""]), "", "", "", "", authority
    )


def _pid(rng, p, b, a, mrn, with_ssn=True, with_dl=False, phone_v=None):
    fields = {
        1: "1",
        3: comp(MRN(mrn), "", "", pick(rng, ["LRMC", "CBFM", "SBCH", "MRIM"]), "MR"),
        5: PER(p.hl7()),
        7: DT(V.fdate(b, "hl7")),
        8: pick(rng, "FMU"),
        11: comp(
            ADDR(a.street.upper()), "", a.city.upper(), a.state, ZIP(a.zip), "USA"
        ),
        13: phone_v
        if phone_v is not None
        else PH(V.phone_us(rng, pick(rng, [0, 1, 5]))),
        15: pick(rng, ["ENG", "SPA", "VIE", "KOR"]),
        16: pick(rng, "SMDW"),
    }
    if with_ssn:
        fields[19] = SSN(V.ssn(rng, pick(rng, ["-", ""])))
    if with_dl:
        st, num = V.dl(rng, a.state)
        fields[20] = comp(DL(num), st)
    return hl7_seg("PID", fields)


@tpl("hc_hl7_adt", "healthcare", "interchange", 4)
def hc_hl7_adt(rng):
    p, kin, att = V.us_person(rng), V.us_person(rng), clinician(rng)
    b = V.dob(rng, 1, 90)
    adm = V.visit(rng)
    a = V.us_addr(rng, 0.2)
    ts = "%s%02d%02d00" % (V.fdate(adm, "hl7"), rng.randint(0, 23), rng.randint(0, 59))
    admit = "%s%02d%02d" % (V.fdate(adm, "hl7"), rng.randint(0, 23), rng.randint(0, 59))
    ev = pick(rng, ["A01", "A04", "A08"])
    rel = pick(rng, ["SPO^Spouse", "CHD^Child", "PAR^Parent"])
    lines = [
        hl7_msh(
            "EPICADT",
            pick(rng, ["LRMC", "SBCH"]),
            "HUSHBRIDGE",
            "ANALYTICS",
            ts,
            "ADT^%s^ADT_A01" % ev,
            "MSG%s" % V.digits(rng, 8),
            "2.5",
        ),
        hl7_seg("EVN", {1: ev, 2: ts}),
        _pid(
            rng,
            p,
            b,
            a,
            V.mrn(rng),
            with_ssn=chance(rng, 0.8),
            with_dl=chance(rng, 0.5),
        ),
        hl7_seg("NK1", {1: "1", 2: PER(kin.hl7()), 3: rel, 5: PH(V.phone_us(rng, 0))}),
        hl7_seg(
            "PV1",
            {
                1: "1",
                2: pick(rng, "IEO"),
                3: "%s^%d^%s"
                % (
                    pick(rng, ["4W", "ICU", "MED2"]),
                    rng.randint(400, 460),
                    pick(rng, "AB"),
                ),
                4: pick(rng, ["E", "U", "R"]),
                7: xcn(NPI(V.npi(rng)), att, "NPI"),
                10: pick(rng, ["MED", "CAR", "SUR"]),
                19: "V" + V.digits(rng, 8),
                44: DT(admit),
            },
        ),
    ]
    if chance(rng, 0.7):
        ins = p if chance(rng, 0.5) else kin
        ib = b if ins is p else V.dob(rng, 25, 80)
        lines.append(
            hl7_seg(
                "IN1",
                {
                    1: "1",
                    2: pick(rng, ["PPO01", "HMO22", "MCD"]),
                    3: V.digits(rng, 5),
                    4: pick(rng, PAYERS).upper(),
                    8: "GRP" + V.digits(rng, 5),
                    16: PER(ins.hl7()),
                    17: "SEL" if ins is p else rel.split("^")[0],
                    18: DT(V.fdate(ib, "hl7")),
                    36: HPID(V.member_id(rng).replace(" ", "")),
                },
            )
        )
    ask = pick(
        rng,
        [
            "Parse this ADT message and tell me which fields are PHI:",
            "Our interface engine rejects this message. What is wrong with it?",
            "Convert this HL7 to a FHIR Patient + Encounter:",
        ],
    )
    return cat(ask, "\n\n", join("\n", lines))


@tpl("hc_hl7_oru", "healthcare", "interchange", 3)
def hc_hl7_oru(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b, col = V.dob(rng, 5, 90), V.visit(rng)
    a = V.us_addr(rng, 0.1)
    colts = "%s%02d%02d" % (V.fdate(col, "hl7"), rng.randint(6, 18), rng.randint(0, 59))
    doc_npi = V.npi(rng)
    obx = pick(
        rng,
        [
            [
                ("2345-7", "Glucose", "248", "mg/dL", "70-99", "H"),
                ("2160-0", "Creatinine", "1.1", "mg/dL", "0.6-1.3", "N"),
            ],
            [
                ("718-7", "Hemoglobin", "8.7", "g/dL", "12-16", "L"),
                ("787-2", "MCV", "71", "fL", "80-100", "L"),
            ],
            [("4548-4", "Hemoglobin A1c", "10.2", "%", "4.0-5.6", "H")],
        ],
    )
    lines = [
        hl7_msh(
            "LABSYS",
            "CLINLAB",
            "EHR",
            pick(rng, ["CBFM", "MRIM"]),
            colts + "05",
            "ORU^R01^ORU_R01",
            V.digits(rng, 10),
            "2.5.1",
        ),
        _pid(rng, p, b, a, V.mrn(rng), with_ssn=chance(rng, 0.4)),
        hl7_seg(
            "ORC",
            {1: "RE", 2: "PL" + V.digits(rng, 7), 12: xcn(NPI(doc_npi), doc, "NPI")},
        ),
        hl7_seg(
            "OBR",
            {
                1: "1",
                2: "PL" + V.digits(rng, 7),
                3: "FL" + V.digits(rng, 8),
                4: pick(rng, ["80053^CMP^CPT", "85025^CBC^CPT", "83036^HBA1C^CPT"]),
                7: DT(colts),
                16: xcn(NPI(doc_npi), doc, "NPI"),
                25: "F",
            },
        ),
    ]
    for i, (loinc, nm, val, unit, rr, flag) in enumerate(obx, 1):
        lines.append(
            hl7_seg(
                "OBX",
                {
                    1: str(i),
                    2: "NM",
                    3: "%s^%s^LN" % (loinc, nm),
                    5: val,
                    6: unit,
                    7: rr,
                    8: flag,
                    11: "F",
                },
            )
        )
    return cat(
        pick(
            rng,
            [
                "Write a patient-friendly explanation of this result message:\n\n",
                "Extract the results into a JSON array (code, value, unit, flag):\n\n",
            ],
        ),
        join("\n", lines),
    )


@tpl("hc_hl7_rde_controlled", "healthcare", "interchange", 3)
def hc_hl7_rde_controlled(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b = V.dob(rng, 18, 80)
    a = V.us_addr(rng, 0.2)
    v = V.visit(rng)
    drug = pick(
        rng,
        [
            "OXYCODONE 5 MG TAB",
            "HYDROCODONE-APAP 5-325 MG TAB",
            "LORAZEPAM 0.5 MG TAB",
            "METHYLPHENIDATE ER 18 MG TAB",
            "TRAMADOL 50 MG TAB",
        ],
    )
    ts = V.fdate(v, "hl7") + "%02d%02d" % (rng.randint(8, 20), rng.randint(0, 59))
    lines = [
        hl7_msh(
            "CPOE",
            "SBCH",
            "PHARM",
            "SBCH_RX",
            ts,
            "RDE^O11^RDE_O11",
            V.digits(rng, 9),
            "2.5",
        ),
        _pid(rng, p, b, a, V.mrn(rng), with_ssn=False),
        hl7_seg(
            "ORC",
            {
                1: "NW",
                2: "RX" + V.digits(rng, 7),
                12: xcn(DEA(V.dea(rng, doc.last)), doc, "DEA"),
            },
        ),
        hl7_seg(
            "RXE",
            {
                1: "^Q6H^^^^PRN",
                2: "%s^%s^NDC" % (V.ndc(rng), drug),
                3: "1",
                5: "TAB",
                10: str(rng.choice([12, 20, 30])),
                11: "TAB",
                12: "0",
            },
        ),
    ]
    return cat(
        "The pharmacy system flags the prescriber on this order as invalid. Can you check ORC-12?\n\n",
        join("\n", lines),
    )


@tpl("hc_fhir_patient", "healthcare", "interchange", 3)
def hc_fhir_patient(rng):
    p = V.us_person(rng)
    b = V.dob(rng, 0, 95)
    a = V.us_addr(rng, 0.25)
    given = [PER(p.first)] + ([PER(p.middle)] if p.middle else [])
    ids = [
        {
            "use": "usual",
            "type": {"text": "MRN"},
            "system": "urn:oid:2.16.840.1.113883.3.7204.1.1",
            "value": MRN(V.mrn(rng)),
        }
    ]
    if chance(rng, 0.6):
        ids.append(
            {
                "type": {"text": "SSN"},
                "system": "urn:oid:2.16.840.1.113883.4.1",
                "value": SSN(V.ssn(rng)),
            }
        )
    if chance(rng, 0.4):
        _st, num = V.dl(rng, a.state)
        ids.append(
            {
                "type": {"text": "Driver's license"},
                "system": "urn:oid:2.16.840.1.113883.4.3.%d" % rng.randint(1, 56),
                "value": DL(num),
            }
        )
    telecom = [
        {
            "system": "phone",
            "value": PH(V.phone_us(rng)),
            "use": pick(rng, ["home", "mobile"]),
        }
    ]
    if chance(rng, 0.7):
        telecom.append({"system": "email", "value": email(rng, p)})
    res = {
        "resourceType": "Patient",
        "id": V.uuid4(rng),
        "identifier": ids,
        "name": [{"use": "official", "family": PER(p.last), "given": given}],
        "telecom": telecom,
        "gender": pick(rng, ["female", "male", "other", "unknown"]),
        "birthDate": DT(V.fdate(b, "iso")),
        "address": [
            {
                "use": "home",
                "line": [ADDR(a.street)],
                "city": a.city,
                "state": a.state,
                "postalCode": ZIP(a.zip),
            }
        ],
    }
    if chance(rng, 0.3):
        res["deceasedDateTime"] = DT(
            V.fdate(V.visit(rng), "iso") + "T%s:00-05:00" % V.hhmm(rng)
        )
    return cat(
        pick(
            rng,
            [
                "Validate this FHIR R4 Patient against US Core and list problems:\n",
                "Map this Patient resource to our flat CSV schema (mrn,last,first,dob,zip):\n",
            ],
        ),
        jdump(res, indent=2),
    )


@tpl("hc_fhir_coverage", "healthcare", "interchange", 3)
def hc_fhir_coverage(rng):
    p = V.us_person(rng)
    b = V.dob(rng, 65, 95)
    medicare = chance(rng, 0.6)
    sub_id = MBI(V.mbi(rng, False)) if medicare else HPID(V.member_id(rng))
    res = {
        "resourceType": "Coverage",
        "status": "active",
        "identifier": [
            {
                "system": "urn:oid:2.16.840.1.113883.4.927"
                if medicare
                else "urn:oid:1.3.6.1.4.1.38.7",
                "value": sub_id,
            }
        ],
        "subscriberId": sub_id,
        "beneficiary": {"reference": "Patient/" + V.uuid4(rng), "display": PER(p.full)},
        "relationship": {"coding": [{"code": "self"}]},
        "period": {"start": "2025-01-01"},
        "payor": [
            {"display": "CMS Medicare Part B" if medicare else pick(rng, PAYERS)}
        ],
        "class": [
            {
                "type": {"text": "group"},
                "value": "G-%s" % V.digits(rng, 5),
                "name": "Employer group",
            }
        ],
    }
    patient = {
        "resourceType": "Patient",
        "name": [{"text": PER(p.full)}],
        "birthDate": DT(V.fdate(b, "iso")),
    }
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": patient}, {"resource": res}],
    }
    return cat(
        "Eligibility check is failing with 'subscriber not found'. Bundle we send:\n```json\n",
        jdump(bundle, indent=pick(rng, [1, 2])),
        "\n```",
    )


@tpl("hc_fhir_medrequest", "healthcare", "interchange", 2)
def hc_fhir_medrequest(rng):
    p, doc = V.us_person(rng), clinician(rng)
    v = V.visit(rng)
    res = {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {
            "text": pick(
                rng,
                [
                    "buprenorphine-naloxone 8-2 mg film",
                    "alprazolam 0.25 mg tablet",
                    "dextroamphetamine-amphetamine 10 mg tablet",
                ],
            )
        },
        "subject": {"display": PER(p.full)},
        "authoredOn": DT(V.fdate(v, "iso")),
        "requester": {
            "display": PER(doc.full),
            "identifier": [
                {"system": "urn:oid:2.16.840.1.113883.4.6", "value": NPI(V.npi(rng))},
                {
                    "system": "urn:oid:2.16.840.1.113883.4.814",
                    "value": DEA(V.dea(rng, doc.last)),
                },
            ],
        },
        "dosageInstruction": [{"text": "1 daily"}],
    }
    return cat(
        "Why does the e-prescribing gateway reject this MedicationRequest for a controlled substance?\n",
        jdump(res, indent=2),
    )


@tpl("hc_x12_837p", "healthcare", "interchange", 3)
def hc_x12_837p(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b, svc = V.dob(rng, 2, 88), V.visit(rng)
    a = V.us_addr(rng, 0.0)
    ctl = V.digits(rng, 9)
    segs = [
        x12_seg(
            "ISA",
            "00",
            " " * 10,
            "00",
            " " * 10,
            "ZZ",
            "SUBMITTER01    ",
            "ZZ",
            "RECEIVER01     ",
            "250314",
            "1022",
            "^",
            "00501",
            ctl,
            "0",
            "P",
            ":",
        ),
        x12_seg(
            "GS",
            "HC",
            "SUBMITTER01",
            "RECEIVER01",
            "20250314",
            "1022",
            "1",
            "X",
            "005010X222A1",
        ),
        x12_seg("ST", "837", "0001", "005010X222A1"),
        x12_seg(
            "NM1",
            "85",
            "2",
            pick(rng, CLINICS).upper(),
            "",
            "",
            "",
            "",
            "XX",
            NPI(V.npi(rng)),
        ),
        x12_seg(
            "NM1",
            "IL",
            "1",
            PER(V.ascii_fold(p.last).upper()),
            PER(V.ascii_fold(p.first).upper()),
            "",
            "",
            "",
            "MI",
            HPID(V.member_id(rng).replace(" ", "")),
        ),
        x12_seg("N3", ADDR(a.street.upper())),
        x12_seg("N4", a.city.upper(), a.state, ZIP(a.zip.replace("-", ""))),
        x12_seg("DMG", "D8", DT(V.fdate(b, "hl7")), pick(rng, "FM")),
        x12_seg(
            "CLM",
            "PCN" + V.digits(rng, 7),
            "%d.00" % rng.randint(90, 900),
            "",
            "",
            "11:B:1",
            "Y",
            "A",
            "Y",
            "Y",
        ),
        x12_seg("HI", "ABK:%s" % pick(rng, ["E1165", "I10", "J449", "M545"])),
        x12_seg(
            "NM1",
            "82",
            "1",
            PER(V.ascii_fold(doc.last).upper()),
            PER(V.ascii_fold(doc.first).upper()),
            "",
            "",
            "",
            "XX",
            NPI(V.npi(rng)),
        ),
        x12_seg("LX", "1"),
        x12_seg(
            "SV1",
            "HC:%s" % pick(rng, ["99214", "99213", "93000"]),
            "%d" % rng.randint(90, 300),
            "UN",
            "1",
            "",
            "",
            "1",
        ),
        x12_seg("DTP", "472", "D8", DT(V.fdate(svc, "hl7"))),
        x12_seg("SE", "13", "0001"),
    ]
    return cat(
        "The clearinghouse returned a 999 reject for this 837P. Find the segment that is wrong:\n\n",
        join("\n", segs),
    )


@tpl("hc_x12_271", "healthcare", "interchange", 3)
def hc_x12_271(rng):
    p = V.us_person(rng)
    b = V.dob(rng, 66, 94)
    m = V.mbi(rng, False)
    segs = [
        x12_seg("ST", "271", "0001", "005010X279A1"),
        x12_seg("BHT", "0022", "11", "TRN" + V.digits(rng, 6), "20250402", "0915"),
        x12_seg("NM1", "PR", "2", "CMS", "", "", "", "", "PI", "CMS"),
        x12_seg(
            "NM1",
            "IL",
            "1",
            PER(V.ascii_fold(p.last).upper()),
            PER(V.ascii_fold(p.first).upper()),
            p.middle,
            "",
            "",
            "MI",
            MBI(m),
        ),
        x12_seg("DMG", "D8", DT(V.fdate(b, "hl7"))),
        x12_seg("EB", "1", "IND", "30", "MB", "Medicare Part B"),
        x12_seg("SE", "7", "0001"),
    ]
    return cat(
        "Is this beneficiary active for Part B? Response from the eligibility API:\n",
        join("", segs),
    )


@tpl("hc_ccda_header", "healthcare", "interchange", 3)
def hc_ccda_header(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b = V.dob(rng, 1, 90)
    a = V.us_addr(rng, 0.2)
    phn = V.phone_us(rng, 4)
    xml = fill(
        '<recordTarget>\n  <patientRole>\n    <id root="2.16.840.1.113883.19.5.99999.2" extension="⟦mrn⟧"/>\n'
        '    <id root="2.16.840.1.113883.4.1" extension="⟦ssn⟧"/>\n'
        '    <addr use="HP">\n      <streetAddressLine>⟦street⟧</streetAddressLine>\n'
        "      <city>⟦city⟧</city><state>⟦st⟧</state><postalCode>⟦zip⟧</postalCode>\n    </addr>\n"
        '    <telecom value="tel:⟦ph⟧" use="MC"/>\n    <telecom value="mailto:⟦mail⟧"/>\n'
        '    <patient>\n      <name use="L"><given>⟦given⟧</given><family>⟦family⟧</family></name>\n'
        '      <administrativeGenderCode code="⟦sex⟧" codeSystem="2.16.840.1.113883.5.1"/>\n'
        '      <birthTime value="⟦dob⟧"/>\n    </patient>\n  </patientRole>\n</recordTarget>\n'
        '<author>\n  <time value="⟦authored⟧"/>\n  <assignedAuthor>\n'
        '    <id root="2.16.840.1.113883.4.6" extension="⟦npi⟧"/>\n'
        "    <assignedPerson><name><prefix>Dr.</prefix><given>⟦dgiven⟧</given><family>⟦dfamily⟧</family>"
        "</name></assignedPerson>\n  </assignedAuthor>\n</author>",
        mrn=MRN(V.mrn(rng)),
        ssn=SSN(V.ssn(rng)),
        street=xesc([ADDR(a.street)]),
        city=a.city,
        st=a.state,
        zip=ZIP(a.zip),
        ph=PH(phn),
        mail=EM(V.email_for(rng, p)),
        given=xesc([PER(p.first)]),
        family=xesc([PER(p.last)]),
        sex=pick(rng, "FM"),
        dob=DT(V.fdate(b, "hl7")),
        authored=V.fdate(V.visit(rng), "hl7") + "1200-0500",
        npi=NPI(V.npi(rng)),
        dgiven=xesc([PER(doc.first)]),
        dfamily=xesc([PER(doc.last)]),
    )
    return cat(
        "Here's the header of a CCD we received. Which parts must be removed for a de-identified export?\n\n",
        xml,
    )


@tpl("hc_medicare_chat", "healthcare", "chat", 4)
def hc_medicare_chat(rng):
    p = V.us_person(rng)
    b = V.dob(rng, 66, 90)
    a = V.age_on(b, V.visit(rng))
    m = V.mbi(rng)
    return pick(
        rng,
        [
            fill(
                "hi, I'm helping my mom ⟦name⟧ pick a Part D plan. She is ⟦age⟧, born ⟦dob⟧, her Medicare number is "
                "⟦mbi⟧. She takes Eliquis and atorvastatin. Which plan tiers should we compare?",
                name=PER(p.full),
                age=AGE(a),
                dob=ds(rng, b),
                mbi=MBI(m),
            ),
            fill(
                "My new red white and blue card says Medicare Number ⟦mbi⟧. The pharmacy keeps typing my old number. "
                "Name on card: ⟦name⟧. What do I tell them?",
                mbi=MBI(m),
                name=PER("%s %s" % (p.first.upper(), p.last.upper())),
            ),
            fill(
                "Draft a letter to 1-800-MEDICARE disputing a denied claim for ⟦name⟧ (MBI ⟦mbi⟧, DOB ⟦dob⟧) for the "
                "wheelchair delivered on ⟦dos⟧.",
                name=PER(p.full),
                mbi=MBI(m),
                dob=ds(rng, b),
                dos=ds(rng, V.visit(rng)),
            ),
        ],
    )


@tpl("hc_rx_controlled_pad", "healthcare", "document", 3)
def hc_rx_controlled_pad(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b, v = V.dob(rng, 18, 85), V.visit(rng)
    a = V.us_addr(rng, 0.3)
    drug = pick(
        rng,
        [
            "Oxycodone 5 mg tab, #20 (twenty), 1 tab PO q6h PRN severe pain",
            "Lorazepam 0.5 mg tab, #10 (ten), 1 tab PO qHS PRN",
            "Methylphenidate 10 mg tab, #60 (sixty), 1 tab PO BID",
            "Pregabalin 75 mg cap, #60 (sixty), 1 cap PO BID",
        ],
    )
    return fill(
        "OCR of a paper script, please check it's complete for a CII/CIV fill:\n\n"
        "⟦clinic⟧\n⟦doc⟧, MD   DEA# ⟦dea⟧   NPI ⟦npi⟧\n----------------------------------\n"
        "Name: ⟦pname⟧        Date: ⟦date⟧\nAddress: ⟦addr⟧\nDOB: ⟦dob⟧\n\nRx: ⟦drug⟧\n"
        "Refills: 0        Signature: ________",
        clinic=pick(rng, CLINICS),
        doc=PER(doc.full),
        dea=DEA(V.dea(rng, doc.last)),
        npi=NPI(V.npi(rng)),
        pname=PER(p.full),
        date=ds(rng, v, "us"),
        addr=ADDR(a.line()),
        dob=ds(rng, b, "us"),
        drug=drug,
    )


@tpl("hc_device_transmission", "healthcare", "document", 3)
def hc_device_transmission(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b, v = V.dob(rng, 45, 92), V.visit(rng)
    dev = pick(
        rng,
        [
            ("dual-chamber pacemaker", "pacer"),
            ("ICD", "pacer"),
            ("insulin pump", "pump"),
            ("CGM receiver", "cgm"),
        ],
    )
    return fill(
        "REMOTE MONITORING TRANSMISSION\nPatient: ⟦name⟧  DOB ⟦dob⟧  MRN ⟦mrn⟧\n"
        "Device: ⟦devname⟧  Model ⟦model⟧  Serial ⟦serial⟧\nUDI: ⟦udi⟧\n"
        "Transmission received: ⟦tx⟧\nBattery: ⟦batt⟧   Events: ⟦ev⟧\nReviewed by: ⟦doc⟧, NP\n\n"
        "Summarize for the device clinic note. Note whether follow-up is needed before the next scheduled "
        "check on ⟦next⟧.",
        name=PER(p.full),
        dob=ds(rng, b, "us"),
        mrn=MRN(V.mrn(rng)),
        devname=dev[0],
        model=pick(rng, ["XT-4410", "A2DR01", "MMT-780", "G7-RX"]),
        serial=DEV(V.device_serial(rng, dev[1])),
        udi=DEV(V.udi(rng)),
        tx=DT("%s %s" % (V.fdate(v, "us"), V.hhmm(rng))),
        batt=pick(rng, ["8.5 years", "RRT not reached", "71%"]),
        ev=pick(
            rng,
            [
                "2 AT/AF episodes, longest 14 min",
                "none",
                "3 high-glucose alerts overnight",
            ],
        ),
        doc=PER(doc.full),
        next=ds(rng, V.rdate(rng, 2025, 2025), "us"),
    )


@tpl("hc_nurse_line_call", "healthcare", "conversation", 3)
def hc_nurse_line_call(rng):
    p, nurse = V.us_person(rng), V.us_person(rng)
    b = V.dob(rng, 20, 85)
    a = V.us_addr(rng, 0.3)
    m = V.member_id(rng)
    dob_spoken = V.fdate(b, pick(rng, ["long", "us"]))
    return fill(
        "[Call transcript, auto-generated]\n"
        "AGENT (⟦nurse⟧): Thank you for calling the nurse advice line, this is ⟦nurse2⟧. Who am I speaking with?\n"
        "CALLER: Hi, it's ⟦name⟧.\n"
        "AGENT: Can you verify your date of birth?\n"
        "CALLER: ⟦dob⟧.\n"
        "AGENT: And the member ID on your card?\n"
        "CALLER: ⟦mid⟧.\n"
        "AGENT: Thanks. What's going on today?\n"
        "CALLER: I've had a fever of 101 since last night and my right ear hurts. I'm ⟦age⟧ if that matters.\n"
        "AGENT: Best number to reach you if we get disconnected?\n"
        "CALLER: ⟦ph⟧. I'm at home, ⟦addr⟧.\n"
        "AGENT: Okay, I'm going to recommend an urgent care visit today...\n\n"
        "Task: write the triage documentation (SBAR) from this transcript.",
        nurse=PER(nurse.full),
        nurse2=PER(nurse.first),
        name=PER(p.full),
        dob=DT(dob_spoken),
        mid=HPID(m),
        age=AGE(V.age_on(b, V.visit(rng))),
        ph=phone(rng),
        addr=ADDR(a.line()),
    )


@tpl("hc_prior_auth_toolcall", "healthcare", "structured", 3)
def hc_prior_auth_toolcall(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b = V.dob(rng, 18, 80)
    args = {
        "patient": {
            "last_name": PER(p.last),
            "first_name": PER(p.first),
            "dob": DT(V.fdate(b, "iso")),
            "member_id": HPID(V.member_id(rng).replace(" ", "")),
        },
        "prescriber": {
            "name": PER(doc.full),
            "npi": NPI(V.npi(rng)),
            "phone": PH(V.phone_us(rng, 1)),
        },
        "medication": pick(
            rng,
            [
                "adalimumab 40 mg/0.4 mL pen",
                "semaglutide 1 mg/dose pen",
                "dupilumab 300 mg syringe",
            ],
        ),
        "diagnosis_codes": [pick(rng, ["L40.0", "E11.65", "L20.9"])],
        "urgent": chance(rng, 0.3),
    }
    call = {
        "id": "call_" + V.rs(rng, V.ALNUM, 24),
        "type": "function",
        "function": {"name": "submit_prior_authorization", "arguments": S(jdump(args))},
    }
    msgs = [
        {"role": "user", "content": "Submit the PA for the patient we just discussed."},
        {"role": "assistant", "content": None, "tool_calls": [call]},
    ]
    return cat(
        "Replay of the agent transcript that failed; why did the tool return 422?\n",
        jdump({"model": "gpt-4o", "messages": msgs}, indent=2),
    )


@tpl("hc_portal_message", "healthcare", "email", 3)
def hc_portal_message(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b = V.dob(rng, 20, 80)
    v = V.rdate(rng, 2025, 2025)
    dom = pick(rng, HC_DOMAINS)
    return fill(
        "From: ⟦pmail⟧\nTo: ⟦cmail⟧\nSubject: question about my results\n\n"
        "Hello Dr. ⟦doc⟧,\n\nThis is ⟦name⟧ (date of birth ⟦dob⟧). I saw my cholesterol came back high "
        "on the portal. Should I stop the fish oil? Also I need to move my appointment on ⟦appt⟧ — I can "
        "do any afternoon. My cell changed, it's now ⟦ph⟧.\n\nThank you,\n⟦first⟧\n\n"
        "[Draft a reply for the physician to review; don't give dosing advice.]",
        pmail=email(rng, p),
        cmail=EM("messages@" + dom),
        doc=PER(doc.last),
        name=PER(p.full),
        dob=ds(rng, b),
        appt=ds(rng, v, pick(rng, ["long", "us"])),
        ph=phone(rng),
        first=PER(p.first),
    )


@tpl("hc_radiology_report", "healthcare", "document", 2)
def hc_radiology_report(rng):
    p, ref, rad = V.us_person(rng), clinician(rng), clinician(rng)
    b, v = V.dob(rng, 20, 90), V.visit(rng)
    exam = pick(
        rng,
        [
            (
                "CT ABDOMEN/PELVIS W CONTRAST",
                "4 mm nonobstructing left renal calculus. No hydronephrosis.",
            ),
            (
                "MRI LUMBAR SPINE W/O CONTRAST",
                "L4-5 broad-based disc bulge with moderate left foraminal narrowing.",
            ),
            (
                "CHEST X-RAY 2 VIEWS",
                "Patchy right lower lobe opacity, likely pneumonia.",
            ),
            ("US THYROID", "1.6 cm TI-RADS 4 nodule in the right lobe."),
        ],
    )
    return fill(
        "⟦exam⟧\nPatient: ⟦name⟧   MRN: ⟦mrn⟧   DOB: ⟦dob⟧ (⟦age⟧Y)\nExam date: ⟦ed⟧\n"
        "Referring: ⟦ref⟧, MD\n\nIMPRESSION: ⟦imp⟧\n\nElectronically signed by ⟦rad⟧, MD\n\n"
        "Q: what follow-up imaging interval do guidelines recommend for this finding?",
        exam=exam[0],
        name=PER(p.upper_lf),
        mrn=MRN(V.mrn(rng)),
        dob=ds(rng, b, "us"),
        age=AGE(V.age_on(b, v)),
        ed=DT("%s %s" % (V.fdate(v, "us"), V.hhmm(rng))),
        ref=PER(ref.full),
        imp=exam[1],
        rad=PER(rad.full),
    )


@tpl("hc_appointments_csv", "healthcare", "structured", 3)
def hc_appointments_csv(rng):
    rows = ["patient_name,dob,phone,appt_time,provider,reason"]
    out = [
        cat("Dedupe this export and tell me who is double-booked:\n\n", rows[0], "\n")
    ]
    docs = [clinician(rng) for _ in range(2)]
    day = V.rdate(rng, 2025, 2025)
    for _ in range(rng.randint(3, 6)):
        p = V.us_person(rng)
        b = V.dob(rng, 1, 90)
        d = pick(rng, docs)
        out.append(
            fill(
                '"⟦n⟧",⟦b⟧,⟦ph⟧,⟦t⟧,⟦d⟧,⟦r⟧\n',
                n=PER(p.lf),
                b=DT(V.fdate(b, "iso")),
                ph=PH(V.phone_us(rng, 1)),
                t=DT("%sT%s" % (V.fdate(day, "iso"), V.hhmm(rng))),
                d=PER(d.last),
                r=pick(
                    rng, ["annual", "f/u HTN", "sick visit", "med check", "new patient"]
                ),
            )
        )
    return cat(*out)


@tpl("hc_census_markdown", "healthcare", "structured", 3)
def hc_census_markdown(rng):
    out = [
        cat(
            "Sort this unit census by length of stay and draft the charge-nurse handoff:\n\n",
            "| Rm | Patient | Age | MRN | Admitted | Attending | Notes |\n|---|---|---|---|---|---|---|\n",
        )
    ]
    for _ in range(rng.randint(3, 5)):
        p, att = V.us_person(rng), clinician(rng)
        adm = V.visit(rng)
        out.append(
            fill(
                "| ⟦rm⟧ | ⟦n⟧ | ⟦a⟧ | ⟦m⟧ | ⟦ad⟧ | ⟦att⟧ | ⟦note⟧ |\n",
                rm=str(rng.randint(401, 460)),
                n=PER(p.fm()),
                a=AGE(rng.randint(19, 97)),
                m=MRN(V.mrn(rng)),
                ad=DT(V.fdate(adm, pick(rng, ["us_short", "iso"]))),
                att=PER(att.last),
                note=pick(
                    rng,
                    [
                        "fall risk",
                        "NPO after MN",
                        "on heparin gtt",
                        "DC planning",
                        "isolation: C diff",
                        "sitter",
                    ],
                ),
            )
        )
    return cat(*out)


@tpl("hc_immunization_record", "healthcare", "document", 2)
def hc_immunization_record(rng):
    p, parent = V.us_person(rng), V.us_person(rng)
    parent.last = p.last
    b = V.dob(rng, 4, 12)
    shots = []
    for vac in rng.sample(
        ["DTaP", "IPV", "MMR", "Varicella", "Hep B", "Hep A", "Influenza", "Tdap"], 3
    ):
        shots.append(
            fill(
                "  - ⟦v⟧: ⟦d⟧ (lot ⟦lot⟧)\n",
                v=vac,
                d=DT(V.fdate(V.rdate(rng, b.year + 1, 2024), "us")),
                lot=V.rs(rng, V.UP + V.DIG, 6),
            )
        )
    return cat(
        fill(
            "School form help: does this immunization record meet kindergarten requirements in our state?\n\n"
            "Child: ⟦c⟧   DOB: ⟦b⟧   Age: ⟦a⟧ years\nParent/guardian: ⟦par⟧, ⟦ph⟧\nDoses given:\n",
            c=PER(p.full),
            b=ds(rng, b, "us"),
            a=AGE(V.age_on(b, V.visit(rng))),
            par=PER(parent.full),
            ph=phone(rng),
        ),
        *shots,
    )


@tpl("hc_hospice_note", "healthcare", "document", 2)
def hc_hospice_note(rng):
    p, rn, fam = V.us_person(rng), V.us_person(rng), V.us_person(rng)
    b = V.dob(rng, 60, 98)
    d = V.visit(rng)
    return fill(
        "Hospice RN note — ⟦p⟧ (MRN ⟦m⟧), age ⟦a⟧.\nTime of death: ⟦tod⟧, pronounced by ⟦rn⟧, RN. "
        "Family present: ⟦fam⟧ (daughter). Funeral home notified. DOB ⟦dob⟧.\n\n"
        "Please turn this into the bereavement-team referral and the physician notification text.",
        p=PER(p.full),
        m=MRN(V.mrn(rng)),
        a=AGE(V.age_on(b, d)),
        tod=DT("%s %s" % (V.fdate(d, "long"), pick(rng, ["04:12", "22:47", "13:05"]))),
        rn=PER(rn.full),
        fam=PER(fam.first + " " + p.last),
        dob=ds(rng, b, "us"),
    )


@tpl("hc_triage_es", "healthcare", "multilingual", 3)
def hc_triage_es(rng):
    p = V.person(rng, ["hispanic"])
    b, v = V.dob(rng, 18, 80), V.visit(rng)
    a = V.us_addr(rng, 0.4)
    return fill(
        "Traduce al inglés esta nota de triaje, por favor:\n\n"
        "Paciente: ⟦n⟧\nFecha de nacimiento: ⟦b⟧   Edad: ⟦a⟧ años\n"
        "Domicilio: ⟦addr⟧\nTeléfono: ⟦ph⟧\nN.º de expediente: ⟦m⟧\n"
        "Fecha de atención: ⟦v⟧\nMotivo: dolor torácico opresivo de 2 horas de evolución, irradiado al brazo "
        "izquierdo. Antecedentes: diabetes tipo 2, tabaquismo.\nAcompañante: ⟦acomp⟧ (familiar), tel. ⟦ph2⟧",
        n=PER(p.full),
        b=DT(V.fdate(b, "dmy")),
        a=AGE(V.age_on(b, v)),
        addr=ADDR(a.line()),
        ph=phone(rng),
        m=MRN(V.mrn(rng)),
        v=DT(V.fdate(v, "dmy")),
        acomp=PER(
            pick(rng, V.NAMES["hispanic"][0]) + " " + pick(rng, V.NAMES["hispanic"][1])
        ),
        ph2=phone(rng),
    )


@tpl("hc_arztbrief_de", "healthcare", "multilingual", 2)
def hc_arztbrief_de(rng):
    p, doc, hp = (
        V.person(rng, ["german"]),
        V.person(rng, ["german"]),
        V.person(rng, ["german", "turkish", "polish"]),
    )
    b = V.dob(rng, 25, 88)
    adm = V.visit(rng)
    dis = adm + datetime.timedelta(days=rng.randint(2, 15))
    return fill(
        "Bitte fasse diesen Entlassbrief auf Deutsch in 5 Stichpunkten zusammen.\n\n"
        "Sehr geehrte Kolleginnen und Kollegen, z. Hd. Dr. ⟦hp⟧,\n\nwir berichten über ⟦n⟧, geb. ⟦b⟧, "
        "wohnhaft ⟦addr⟧, in unserer stationären Behandlung vom ⟦adm⟧ bis ⟦dis⟧.\n"
        "Diagnosen: Pneumonie rechts basal, Diabetes mellitus Typ 2.\n"
        "Versichertennummer: ⟦kvnr⟧   Tel. ⟦ph⟧\n\nMit freundlichen kollegialen Grüßen\n"
        "Dr. med. ⟦doc⟧\nKlinik für Innere Medizin",
        hp=PER(hp.last),
        n=PER(p.full),
        b=DT(V.fdate(b, "eu")),
        addr=ADDR(V.intl_addr(rng, "DE")),
        adm=DT(V.fdate(adm, "eu")),
        dis=DT(V.fdate(dis, "eu")),
        kvnr=HPID(V.rs(rng, V.UP, 1) + V.digits(rng, 9)),
        ph=PH(V.phone_intl(rng, "DE")),
        doc=PER(doc.full),
    )


@tpl("hc_consultation_fr", "healthcare", "multilingual", 2)
def hc_consultation_fr(rng):
    p, doc = (
        V.person(rng, ["french", "west_african", "arabic"]),
        V.person(rng, ["french"]),
    )
    b, v = V.dob(rng, 18, 85), V.visit(rng)
    return fill(
        "Compte rendu de consultation — traduis-le en anglais pour le dossier américain.\n\n"
        "Patient : ⟦n⟧, né(e) le ⟦b⟧ (⟦a⟧ ans)\nAdresse : ⟦addr⟧\nTél. : ⟦ph⟧ — courriel : ⟦mail⟧\n"
        "Date de consultation : ⟦v⟧\nN° d'adhérent mutuelle : ⟦mut⟧\n\n"
        "Motif : lombalgies chroniques. Examen : Lasègue négatif. Conduite à tenir : kinésithérapie.\n"
        "Dr ⟦doc⟧",
        n=PER(p.full),
        b=DT(V.fdate(b, "dmy")),
        a=AGE(V.age_on(b, v)),
        addr=ADDR(V.intl_addr(rng, "FR")),
        ph=PH(V.phone_intl(rng, "FR")),
        mail=email(rng, p),
        v=DT(V.fdate(v, "dmy")),
        mut=HPID(V.digits(rng, 10, True)),
        doc=PER(doc.full),
    )


@tpl("hc_referral_ja", "healthcare", "multilingual", 2)
def hc_referral_ja(rng):
    last, first = V.native(rng, "ja")
    dlast, dfirst = V.native(rng, "ja")
    b, v = V.dob(rng, 20, 90), V.visit(rng)
    return fill(
        "以下の診療情報提供書を英語に翻訳してください。\n\n診療情報提供書\n"
        "患者氏名：⟦n⟧ 様（⟦a⟧歳）\n生年月日：⟦b⟧\n住所：⟦addr⟧\n電話：⟦ph⟧\n"
        "被保険者番号：⟦ins⟧\n受診日：⟦v⟧\n傷病名：2型糖尿病、高血圧症\n"
        "紹介元医師：⟦doc⟧\nPlease keep the drug names in English.",
        n=PER("%s %s" % (last, first)),
        a=AGE(V.age_on(b, v)),
        b=DT(V.fdate(b, "cjk")),
        addr=ADDR(V.intl_addr(rng, "JA")),
        ph=PH(V.phone_intl(rng, "JA")),
        ins=HPID(V.digits(rng, 8, True)),
        v=DT(V.fdate(v, "cjk")),
        doc=PER(dlast + dfirst),
    )


@tpl("hc_intake_ko", "healthcare", "multilingual", 2)
def hc_intake_ko(rng):
    last, first = V.native(rng, "ko")
    b = V.dob(rng, 20, 80)
    v = V.visit(rng)
    return fill(
        "환자 접수 정보를 영어 EHR 양식으로 옮겨 주세요.\n\n이름: ⟦n⟧\n생년월일: ⟦b⟧ (만 ⟦a⟧세)\n"
        "연락처: ⟦ph⟧\n주소: ⟦addr⟧\n진료일: ⟦v⟧\n주증상: 3일 전부터 기침, 발열\n"
        "보호자: ⟦g⟧ (배우자)",
        n=PER(last + first),
        b=DT(V.fdate(b, "ko")),
        a=AGE(V.age_on(b, v)),
        ph=PH(V.phone_intl(rng, "KO")),
        addr=ADDR(V.intl_addr(rng, "KO")),
        v=DT(V.fdate(v, "ko")),
        g=PER("".join(V.native(rng, "ko"))),
    )


@tpl("hc_record_zh", "healthcare", "multilingual", 2)
def hc_record_zh(rng):
    last, first, rom = V.native_person(rng, "zh")
    b, v = V.dob(rng, 20, 85), V.visit(rng)
    return fill(
        "Please summarize this outpatient record in English:\n\n门诊病历\n姓名：⟦n⟧（⟦rom⟧）\n"
        "出生日期：⟦b⟧  年龄：⟦a⟧岁\n手机：⟦ph⟧\n住址：⟦addr⟧\n就诊日期：⟦v⟧\n病历号：⟦m⟧\n"
        "主诉：反复上腹痛2周。诊断：慢性胃炎。处理：奥美拉唑 20 mg 每日一次。",
        n=PER(last + first),
        rom=PER(rom.full),
        b=DT(V.fdate(b, "cjk")),
        a=AGE(V.age_on(b, v)),
        ph=PH(V.phone_intl(rng, "ZH")),
        addr=ADDR(V.intl_addr(rng, "ZH")),
        v=DT(V.fdate(v, "cjk")),
        m=MRN("MZ" + V.digits(rng, 8)),
    )


@tpl("hc_ficha_pt", "healthcare", "multilingual", 2)
def hc_ficha_pt(rng):
    p = V.person(rng, ["lusophone"])
    b, v = V.dob(rng, 18, 85), V.visit(rng)
    return fill(
        "Traduza esta ficha de atendimento para o inglês:\n\nNome: ⟦n⟧\nData de nascimento: ⟦b⟧\n"
        "Endereço: ⟦addr⟧\nCelular: ⟦ph⟧\nCarteirinha do convênio: ⟦c⟧\nData do atendimento: ⟦v⟧\n"
        "Queixa: cefaleia há 5 dias, sem febre.",
        n=PER(p.full),
        b=DT(V.fdate(b, "dmy")),
        addr=ADDR(V.intl_addr(rng, "BR")),
        ph=PH(V.phone_intl(rng, "BR")),
        c=HPID(
            V.digits(rng, 4)
            + " "
            + V.digits(rng, 4)
            + " "
            + V.digits(rng, 4)
            + " "
            + V.digits(rng, 4)
        ),
        v=DT(V.fdate(v, "dmy")),
    )


@tpl("hc_dimissione_it", "healthcare", "multilingual", 2)
def hc_dimissione_it(rng):
    p, doc = V.person(rng, ["italian"]), V.person(rng, ["italian"])
    b = V.dob(rng, 30, 90)
    adm = V.visit(rng)
    return fill(
        "Riassumi questa lettera di dimissione in inglese per un collega negli Stati Uniti.\n\n"
        "Gentile Collega,\ndimettiamo in data odierna il/la paziente ⟦n⟧ (data di nascita ⟦b⟧), residente in "
        "⟦addr⟧, ricoverato/a il ⟦adm⟧ per scompenso cardiaco. Recapito: ⟦ph⟧.\nCordiali saluti,\n"
        "⟦doc⟧\nU.O. Medicina Interna",
        n=PER(p.full),
        b=DT(V.fdate(b, "dmy")),
        addr=ADDR(V.intl_addr(rng, "IT")),
        adm=DT(V.fdate(adm, "dmy")),
        ph=PH(V.phone_intl(rng, "IT")),
        doc=PER(doc.full),
    )


@tpl("hc_karta_pl", "healthcare", "multilingual", 2)
def hc_karta_pl(rng):
    p = V.person(rng, ["polish"])
    b, v = V.dob(rng, 18, 85), V.visit(rng)
    return fill(
        "Przetłumacz na angielski:\n\nKARTA INFORMACYJNA\nPacjent: ⟦n⟧\nData urodzenia: ⟦b⟧ (wiek ⟦a⟧)\n"
        "Adres: ⟦addr⟧\nTelefon: ⟦ph⟧\nData przyjęcia: ⟦v⟧\nRozpoznanie: zapalenie wyrostka robaczkowego.",
        n=PER(p.full),
        b=DT(V.fdate(b, "eu")),
        a=AGE(V.age_on(b, v)),
        addr=ADDR(V.intl_addr(rng, "PL")),
        ph=PH(V.phone_intl(rng, "PL")),
        v=DT(V.fdate(v, "eu")),
    )


@tpl("hc_verwijsbrief_nl", "healthcare", "multilingual", 2)
def hc_verwijsbrief_nl(rng):
    p, doc = V.person(rng, ["dutch"]), V.person(rng, ["dutch"])
    b = V.dob(rng, 18, 85)
    return fill(
        "Kun je deze verwijsbrief inkorten?\n\nGeachte collega,\nGraag verwijs ik ⟦n⟧, geboren ⟦b⟧, "
        "⟦addr⟧, tel. ⟦ph⟧, naar uw poli dermatologie i.v.m. een verdachte naevus.\n"
        "Met vriendelijke groet,\n⟦doc⟧, huisarts",
        n=PER(p.full),
        b=DT(V.fdate(b, "dmy").replace("/", "-")),
        addr=ADDR(V.intl_addr(rng, "NL")),
        ph=PH(V.phone_intl(rng, "NL")),
        doc=PER(doc.full),
    )


@tpl("hc_adverse_event_json", "healthcare", "structured", 2)
def hc_adverse_event_json(rng):
    p, inv = V.us_person(rng), clinician(rng)
    b = V.dob(rng, 30, 75)
    onset = V.visit(rng)
    payload = {
        "study": "HX-%s-301" % V.digits(rng, 3),
        "site": "Site %s" % V.digits(rng, 3),
        "subject": {
            "subject_id": "S%s-%s" % (V.digits(rng, 3), V.digits(rng, 4)),
            "initials": p.first[0] + p.last[0],
            "name": PER(p.full),
            "dob": DT(V.fdate(b, "iso")),
            "age": AGE(V.age_on(b, onset), raw=True),
            "mrn": MRN(V.mrn(rng)),
        },
        "event": {
            "term": pick(
                rng, ["elevated ALT", "grade 2 rash", "syncope", "neutropenia"]
            ),
            "onset_date": DT(V.fdate(onset, "iso")),
            "serious": chance(rng, 0.4),
        },
        "reporter": {
            "name": PER(inv.full),
            "email": email(rng, inv, pick(rng, HC_DOMAINS)),
        },
    }
    return cat(
        "Check this SAE payload against our schema: subject.name must not be sent to the sponsor, right?\n",
        jdump(payload, indent=2),
    )


@tpl("hc_home_health_visit", "healthcare", "document", 2)
def hc_home_health_visit(rng):
    p, rn = V.us_person(rng), V.us_person(rng)
    b, v = V.dob(rng, 65, 98), V.visit(rng)
    a = V.us_addr(rng, 0.4)
    ti_h, ti_m = rng.randint(8, 16), rng.choice([0, 15, 30, 45])
    return fill(
        "Home health skilled nursing visit\nVisit date: ⟦v⟧  Time in ⟦ti⟧ / out ⟦to⟧\n"
        "Patient: ⟦n⟧, ⟦a⟧ yo, lives alone at ⟦addr⟧. Gate code 4417#.\n"
        "Vitals stable; wound on L heel 2.1 x 1.4 cm, granulating. Dressing changed.\n"
        "Caregiver (neighbor) ⟦cg⟧ ⟦cph⟧.\nRN: ⟦rn⟧\n\nIs this documentation enough to support homebound status?",
        v=ds(rng, v, "us"),
        ti="%02d:%02d" % (ti_h, ti_m),
        to="%02d:%02d" % (ti_h + 1, (ti_m + 10) % 60),
        n=PER(p.full),
        a=AGE(V.age_on(b, v)),
        addr=ADDR(a.line()),
        cg=PER(V.us_person(rng).full),
        cph=phone(rng),
        rn=PER(rn.full),
    )


@tpl("hc_behavioral_intake", "healthcare", "document", 2)
def hc_behavioral_intake(rng):
    p, ec = V.us_person(rng), V.us_person(rng)
    b = V.dob(rng, 14, 70)
    v = V.visit(rng)
    return fill(
        "CONFIDENTIAL — Behavioral health intake\nClient: ⟦n⟧  Pronouns: they/them  DOB: ⟦b⟧  Age: ⟦a⟧\n"
        "Intake date: ⟦v⟧\nEmergency contact: ⟦ec⟧ ⟦ecph⟧\nEmail for telehealth links: ⟦mail⟧\n"
        "Presenting concern: panic attacks 3x/week, insomnia. Prior hospitalization age 19.\n"
        "Insurance ID: ⟦ins⟧\n\nDraft a treatment plan with SMART goals.",
        n=PER(p.full),
        b=ds(rng, b, "us"),
        a=AGE(V.age_on(b, v)),
        v=ds(rng, v, "us"),
        ec=PER(ec.full),
        ecph=phone(rng),
        mail=email(rng, p),
        ins=HPID(V.member_id(rng)),
    )


@tpl("hc_workers_comp", "healthcare", "document", 2)
def hc_workers_comp(rng):
    p = V.us_person(rng)
    b = V.dob(rng, 20, 64)
    inj = V.visit(rng)
    a = V.us_addr(rng, 0.2)
    return fill(
        "First Report of Injury — please check for missing fields\n"
        "Employee: ⟦n⟧    SSN: ⟦ssn⟧    DOB: ⟦b⟧\nHome: ⟦street⟧\n          ⟦city⟧, ⟦st⟧\n"
        "ZIP: ⟦zip⟧\nEmployer: ⟦emp⟧\nDate of injury: ⟦inj⟧\n"
        "Description: lifted a 60 lb crate, felt pop in lower back. Seen at urgent care same day.",
        n=PER(p.full),
        ssn=SSN(V.ssn(rng)),
        b=ds(rng, b, "us"),
        street=ADDR(a.street),
        city=a.city,
        st=a.state,
        zip=ZIP(a.zip),
        emp=pick(rng, EMPLOYERS),
        inj=ds(rng, inj, "us"),
    )


@tpl("hc_or_schedule", "healthcare", "structured", 2)
def hc_or_schedule(rng):
    day = V.rdate(rng, 2025, 2025)
    out = [cat("Reformat tomorrow's OR board as a table grouped by surgeon:\n\n")]
    for i in range(rng.randint(3, 5)):
        p, s = V.us_person(rng), clinician(rng)
        b = V.dob(rng, 18, 88)
        out.append(
            fill(
                "OR ⟦room⟧ ⟦t⟧ — ⟦p⟧ (⟦a⟧) MRN ⟦m⟧ — ⟦proc⟧ — Dr. ⟦s⟧\n",
                room=str(rng.randint(1, 12)),
                t=DT("%s %s" % (V.fdate(day, "us"), V.hhmm(rng))),
                p=PER(p.lf),
                a=AGE(V.age_on(b, day)),
                m=MRN(V.mrn(rng)),
                s=PER(s.last),
                proc=pick(
                    rng,
                    [
                        "lap chole",
                        "TKA right",
                        "ORIF distal radius",
                        "cysto/stent",
                        "hernia repair",
                    ],
                ),
            )
        )
    return cat(*out)


@tpl("hc_pediatric_chat", "healthcare", "chat", 3)
def hc_pediatric_chat(rng):
    kid, parent = V.us_person(rng), V.us_person(rng)
    age = rng.randint(1, 11)
    return pick(
        rng,
        [
            fill(
                "my son ⟦k⟧ is ⟦a⟧ and has had a 102.5 fever for 3 days, his pediatrician Dr. ⟦d⟧ is closed. "
                "should we go to the ER? we're near ⟦addr⟧",
                k=PER(kid.first),
                a=AGE(age),
                d=PER(clinician(rng).last),
                addr=ADDR(V.us_addr(rng, 0).line()),
            ),
            fill(
                "Write a school nurse note: ⟦k⟧ (age ⟦a⟧, DOB ⟦b⟧) may carry an albuterol inhaler. Parent: ⟦p⟧, "
                "cell ⟦ph⟧.",
                k=PER(kid.full),
                a=AGE(age),
                b=ds(rng, V.dob(rng, age, age)),
                p=PER(parent.full),
                ph=phone(rng),
            ),
        ],
    )


@tpl("hc_pdmp_query", "healthcare", "structured", 3)
def hc_pdmp_query(rng):
    p, doc = V.us_person(rng), clinician(rng)
    b = V.dob(rng, 18, 80)
    a = V.us_addr(rng, 0.1)
    q = {
        "requestor": {
            "name": PER(doc.full),
            "dea": DEA(V.dea(rng, doc.last)),
            "npi": NPI(V.npi(rng)),
        },
        "patient": {
            "firstName": PER(p.first),
            "lastName": PER(p.last),
            "birthDate": DT(V.fdate(b, "iso")),
            "address": {
                "street": ADDR(a.street),
                "city": a.city,
                "state": a.state,
                "zip": ZIP(a.zip),
            },
        },
        "dateRange": {"from": "2024-06-01", "to": "2025-06-01"},
    }
    return cat(
        "PMP gateway returns 'requestor not authorized'. Request body:\n",
        jdump(q, indent=4),
    )


@tpl("hc_ehr_audit_log", "healthcare", "code", 3)
def hc_ehr_audit_log(rng):
    lines = []
    users = [V.us_person(rng) for _ in range(2)]
    dom = pick(rng, HC_DOMAINS)
    for _ in range(rng.randint(3, 5)):
        u = pick(rng, users)
        lines.append(
            fill(
                "2025-0⟦m⟧-⟦d⟧T⟦t⟧Z audit user=⟦u⟧ src=⟦ip⟧ action=⟦act⟧ patient_mrn=⟦mrn⟧ result=ok\n",
                m=str(rng.randint(1, 9)),
                d="%02d" % rng.randint(1, 28),
                t=V.hhmm(rng) + ":%02d" % rng.randint(0, 59),
                u=EM(V.email_for(rng, u, dom)),
                ip=IP(V.ipv4(rng, pick(rng, ["10", "172"]))),
                act=pick(rng, ["CHART_OPEN", "NOTE_VIEW", "RESULT_VIEW", "PRINT"]),
                mrn=MRN(V.mrn(rng)),
            )
        )
    return cat(
        "Does this audit trail show any access pattern that looks like snooping? Explain.\n```\n",
        *lines,
        "```",
    )


@tpl("hc_dental_claim", "healthcare", "document", 2)
def hc_dental_claim(rng):
    p, dds = V.us_person(rng), clinician(rng)
    b, svc = V.dob(rng, 10, 80), V.visit(rng)
    a = V.us_addr(rng, 0.2)
    return fill(
        "ADA 2019 claim form (transcribed)\n4. Insurance company: ⟦payer⟧\n"
        "12. Policyholder: ⟦n⟧, ⟦addr⟧\n13. DOB: ⟦b⟧   15. Subscriber ID: ⟦sid⟧\n"
        "24. Procedure date: ⟦svc⟧   D2740 crown porcelain #19   $1,240.00\n"
        "49. Billing dentist NPI: ⟦npi⟧   53. Treating dentist: ⟦dds⟧, DDS\n\n"
        "Which boxes are commonly rejected for a crown claim?",
        payer=pick(rng, PAYERS),
        n=PER(p.full),
        addr=ADDR(a.line()),
        b=ds(rng, b, "us"),
        sid=HPID(V.member_id(rng)),
        svc=ds(rng, svc, "us"),
        npi=NPI(V.npi(rng)),
        dds=PER(dds.full),
    )


@tpl("hc_pharmacy_chat", "healthcare", "conversation", 2)
def hc_pharmacy_chat(rng):
    p, rph = V.us_person(rng), V.us_person(rng)
    b = V.dob(rng, 30, 85)
    return fill(
        "Summarize this pharmacy chat for the prescriber:\n\n"
        "[09:14] ⟦rph⟧ (PharmD): Hi, is this ⟦p⟧?\n[09:15] Customer: yes\n"
        "[09:15] ⟦rph2⟧: For verification, your date of birth and ZIP?\n"
        "[09:16] Customer: ⟦b⟧, ⟦zip⟧\n"
        "[09:17] ⟦rph2⟧: Your warfarin refill is ready but the INR from ⟦inr⟧ was 3.8. Did the clinic call you?\n"
        "[09:18] Customer: no. my new number is ⟦ph⟧ btw",
        rph=PER(rph.full),
        p=PER(p.full),
        rph2=PER(rph.first),
        b=ds(rng, b, "us"),
        zip=ZIP(V.us_addr(rng).zip[:5]),
        inr=ds(rng, V.visit(rng), pick(rng, ["us_short", "long"])),
        ph=phone(rng),
    )


@tpl("hc_ehr_sql_fixture", "healthcare", "code", 2)
def hc_ehr_sql_fixture(rng):
    rows = []
    for i in range(rng.randint(2, 4)):
        p = V.us_person(rng)
        a = V.us_addr(rng, 0.0)
        rows.append(
            fill(
                "  (⟦i⟧, '⟦m⟧', '⟦l⟧', '⟦f⟧', '⟦b⟧', '⟦s⟧', '⟦z⟧')",
                i=str(1000 + i),
                m=MRN(V.mrn(rng)),
                l=PER(p.last.replace("'", "''")),
                f=PER(p.first),
                b=DT(V.fdate(V.dob(rng), "iso")),
                s=SSN(V.ssn(rng)),
                z=ZIP(a.zip[:5]),
            )
        )
    return cat(
        "These rows ended up in our staging seed file from a prod copy. Rewrite them with fake values "
        "and keep the types:\n\nINSERT INTO patients (id, mrn, last_name, first_name, dob, ssn, zip) VALUES\n",
        join(",\n", rows),
        ";",
    )


# ===========================================================================
# Finance
# ===========================================================================


def _card_parts(rng, brand=None):
    num = V.card(rng, brand)
    return num, V.fmt_card(rng, num), V.cvv(rng, num), V.expiry(rng)


@tpl("fin_dispute_chat", "finance", "chat", 3)
def fin_dispute_chat(rng):
    p = V.us_person(rng)
    _num, shown, cv, exp = _card_parts(rng)
    a = V.us_addr(rng, 0.2)
    return pick(
        rng,
        [
            fill(
                "I got charged twice by an airline ($612.40 each). Card ⟦c⟧ exp ⟦e⟧ cvv ⟦v⟧. Can you write the "
                "dispute letter for me? I'm ⟦n⟧, billing address ⟦a⟧.",
                c=CC(shown),
                e=exp,
                v=CVV(cv),
                n=PER(p.full),
                a=ADDR(a.line()),
            ),
            fill(
                "write a polite email to my bank: my card number is ⟦c⟧ and there's a charge from a merchant I don't "
                "recognize on the 14th. the security code on the back is ⟦v⟧ if they need it. sign it ⟦n⟧",
                c=CC(shown),
                v=CVV(cv),
                n=PER(p.first),
            ),
            fill(
                "Help me fill the chargeback form.\nCardholder: ⟦n⟧\nCard: ⟦c⟧  Exp: ⟦e⟧  CVC: ⟦v⟧\n"
                "Phone: ⟦ph⟧\nReason: merchandise not received (order ⟦o⟧)",
                n=PER(p.upper_lf),
                c=CC(shown),
                e=exp,
                v=CVV(cv),
                ph=phone(rng),
                o=V.order_id(rng),
            ),
        ],
    )


@tpl("fin_wire_instructions", "finance", "document", 4)
def fin_wire_instructions(rng):
    p = V.person(rng)
    cc = pick(
        rng, ["DE", "GB", "FR", "ES", "IT", "NL", "PL", "PT", "BE", "AT", "CH", "IE"]
    )
    ib = V.iban(rng, cc)
    addr_cc = cc if cc in V.INTL_ADDR else "GB"
    return fill(
        "Please double-check these wire instructions before I send $⟦amt⟧ for the apartment deposit:\n\n"
        "Beneficiary name: ⟦n⟧\nBeneficiary address: ⟦addr⟧\nBank: ⟦bank⟧\n"
        "IBAN: ⟦iban⟧\nSWIFT/BIC: ⟦bic⟧\nReference: ⟦ref⟧\n\n"
        "Is the IBAN length right for ⟦cc⟧? The landlord's phone is ⟦ph⟧.",
        amt="{:,}".format(rng.randint(8, 60) * 100),
        n=PER(p.full),
        addr=ADDR(V.intl_addr(rng, addr_cc)),
        bank=pick(
            rng,
            [
                "Banca Valmora",
                "Kestrel Handelsbank",
                "Orbis Caixa",
                "Helvetic Ridge AG",
                "Tarn & Weald Bank",
            ],
        ),
        iban=IBAN(V.fmt_iban(ib, chance(rng, 0.6))),
        bic=BIC(V.swift(rng, cc)),
        ref="DEP-%s" % V.digits(rng, 5),
        cc=cc,
        ph=PH(V.phone_intl(rng, addr_cc if addr_cc in V.PHONE_INTL else "GB")),
    )


@tpl("fin_direct_deposit", "finance", "document", 3)
def fin_direct_deposit(rng):
    p = V.us_person(rng)
    a = V.us_addr(rng, 0.3)
    return fill(
        "Direct Deposit Authorization (please verify the routing number format)\n"
        "Employee name: ⟦n⟧\nSSN: ⟦ssn⟧\nAddress: ⟦addr⟧\nBank name: ⟦bank⟧\n"
        "Routing (ABA): ⟦aba⟧\nAccount number: ⟦acct⟧   [x] Checking  [ ] Savings\n"
        "Deposit: 100% of net pay",
        n=PER(p.full),
        ssn=SSN(V.ssn(rng)),
        addr=ADDR(a.line()),
        bank=pick(rng, BANKS),
        aba=ABA(V.aba(rng)),
        acct=ACCT(V.bank_account(rng)),
    )


@tpl("fin_bank_statement", "finance", "document", 2)
def fin_bank_statement(rng):
    p = V.us_person(rng)
    a = V.us_addr(rng, 0.3)
    acct = V.bank_account(rng)
    txns = []
    bal = rng.randint(1500, 9000)
    for _ in range(rng.randint(4, 7)):
        amt = round(rng.uniform(4, 480), 2)
        bal -= amt
        txns.append(
            "%s  %-34s %9.2f  %10.2f"
            % (
                "03/%02d" % rng.randint(1, 28),
                pick(
                    rng,
                    [
                        "POS GROCERY OUTLET #2231",
                        "ACH UTILITY CO-OP",
                        "CARD PURCHASE COFFEE ROASTERS",
                        "ATM WITHDRAWAL 0419",
                        "ONLINE TRANSFER TO SAVINGS",
                        "PHARMACY #1187",
                        "STREAMING SVC MONTHLY",
                    ],
                ),
                -amt,
                bal,
            )
        )
    return fill(
        "⟦bank⟧ — Statement period 03/01/2025 – 03/31/2025\n⟦n⟧\n⟦street⟧\n⟦cityst⟧ ⟦zip⟧\n"
        "Checking account ⟦acct⟧   Routing ⟦aba⟧\n\nDATE   DESCRIPTION                          AMOUNT     BALANCE\n"
        "⟦tx⟧\n\nCategorize my spending and tell me where I can cut back.",
        bank=pick(rng, BANKS),
        n=PER(p.full.upper()),
        street=ADDR(a.street.upper()),
        cityst="%s %s" % (a.city.upper(), a.state),
        zip=ZIP(a.zip),
        acct=ACCT(acct),
        aba=ABA(V.aba(rng)),
        tx="\n".join(txns),
    )


@tpl("fin_kyc_form", "finance", "structured", 3)
def fin_kyc_form(rng):
    p = V.us_person(rng)
    b = V.dob(rng, 18, 80)
    a = V.us_addr(rng, 0.3)
    use_itin = chance(rng, 0.3)
    st, dln = V.dl(rng, a.state)
    doc = pick(rng, ["passport", "dl"])
    form = {
        "applicant": {
            "full_name": PER(p.full),
            "date_of_birth": DT(V.fdate(b, "iso")),
            ("itin" if use_itin else "ssn"): (
                ITIN(V.itin(rng)) if use_itin else SSN(V.ssn(rng))
            ),
            "email": email(rng, p),
            "phone": PH(V.phone_us(rng, 4)),
            "residential_address": {
                "line1": ADDR(a.street),
                "city": a.city,
                "state": a.state,
                "postal_code": ZIP(a.zip),
            },
            "occupation": pick(
                rng, ["nurse", "welder", "software engineer", "teacher", "retired"]
            ),
            "employer": pick(rng, EMPLOYERS),
        },
        "id_document": (
            {
                "type": "US_PASSPORT",
                "number": PP(V.passport(rng)),
                "expires": "2031-08-19",
            }
            if doc == "passport"
            else {
                "type": "DRIVERS_LICENSE",
                "state": st,
                "number": DL(dln),
                "expires": "2029-02-28",
            }
        ),
        "source_of_funds": pick(rng, ["salary", "inheritance", "sale of property"]),
        "pep": False,
    }
    return cat(
        pick(
            rng,
            [
                "Run a KYC completeness check on this onboarding payload:\n",
                "Which fields here would fail CIP requirements?\n",
            ],
        ),
        jdump(form, indent=2),
    )


@tpl("fin_pos_swipe_log", "finance", "code", 4)
def fin_pos_swipe_log(rng):
    p = V.us_person(rng)
    num = V.card(rng, pick(rng, ["visa", "mc", "disc"]))
    exp = "%02d%02d" % (rng.randint(26, 30), rng.randint(1, 12))
    t = V.track2(rng, num, exp) if chance(rng, 0.5) else V.track1(rng, num, p, exp)
    term = V.ipv4(rng, "192")
    return fill(
        "Our POS integration is logging raw swipe data — is this a PCI problem and how do we fix the logger?\n\n"
        "```\n2025-04-11 14:02:51.118 DEBUG msr.reader port=COM3 bytes=⟦nb⟧\n"
        "2025-04-11 14:02:51.120 DEBUG msr.reader raw=⟦trk⟧\n"
        "2025-04-11 14:02:51.344 INFO  auth.client terminal=⟦ip⟧ lane=4 amount=38.17 resp=00\n```",
        nb=str(len(t)),
        trk=TRK(t),
        ip=IP(term),
    )


@tpl("fin_magstripe_ticket", "finance", "email", 3)
def fin_magstripe_ticket(rng):
    p, agent = V.us_person(rng), V.us_person(rng)
    num = V.card(rng, "visa")
    exp = "%02d%02d" % (rng.randint(26, 30), rng.randint(1, 12))
    return fill(
        "Ticket #⟦tk⟧ — card reader returns garbage\n\nFrom: ⟦mail⟧\n\nHi ⟦agent⟧, our reader at the "
        "front desk shows this when I swipe my own card as a test:\n\n⟦t1⟧\n⟦t2⟧\n\n"
        "Is the reader misconfigured? — ⟦n⟧, ⟦shop⟧",
        tk=V.digits(rng, 6, True),
        mail=email(rng, p),
        agent=PER(agent.first),
        t1=TRK(V.track1(rng, num, p, exp)),
        t2=TRK(V.track2(rng, num, exp)),
        n=PER(p.full),
        shop=pick(rng, EMPLOYERS),
    )


@tpl("fin_payment_toolcall", "finance", "structured", 3)
def fin_payment_toolcall(rng):
    p = V.us_person(rng)
    num, _shown, cv, exp = _card_parts(rng)
    a = V.us_addr(rng, 0.2)
    args = {
        "amount_cents": rng.randint(500, 90000),
        "currency": "usd",
        "card": {
            "number": CC(num),
            "exp_month": int(exp[:2]),
            "exp_year": 2000 + int(exp[3:]),
            "cvc": CVV(cv),
            "name": PER(p.full),
        },
        "billing_address": {
            "line1": ADDR(a.street),
            "city": a.city,
            "state": a.state,
            "postal_code": ZIP(a.zip),
        },
        "receipt_email": email(rng, p),
        "metadata": {"order": V.order_id(rng)},
    }
    fmt = rng.randrange(2)
    if fmt == 0:
        block = {
            "type": "tool_use",
            "id": "toolu_" + V.rs(rng, V.ALNUM, 24),
            "name": "charge_card",
            "input": args,
        }
        return cat(
            "The model produced this tool call. Our gateway must never see raw PANs from the LLM — "
            "how do we prevent it?\n",
            jdump(block, indent=2),
        )
    call = {"name": "charge_card", "arguments": S(jdump(args, compact=True))}
    return cat(
        "Function call from the assistant (arguments is a JSON string):\n",
        jdump(call, indent=2),
        "\nWhy did the processor return card_declined?",
    )


@tpl("fin_loan_application", "finance", "document", 2)
def fin_loan_application(rng):
    p, co = V.us_person(rng), V.us_person(rng)
    b = V.dob(rng, 22, 70)
    a, prev = V.us_addr(rng, 0.3), V.us_addr(rng, 0.3)
    return fill(
        "UNIFORM RESIDENTIAL LOAN APPLICATION (excerpt)\nBorrower: ⟦n⟧   DOB ⟦b⟧   SSN ⟦ssn⟧\n"
        "Current address: ⟦addr⟧ (2 yrs, rent $1,850)\nFormer address: ⟦prev⟧\n"
        "Cell: ⟦ph⟧   Email: ⟦mail⟧\nEmployer: ⟦emp⟧, base $⟦inc⟧/yr\n"
        "Co-borrower: ⟦co⟧   SSN ⟦ssn2⟧\nAssets: checking at ⟦bank⟧ acct ⟦acct⟧, routing ⟦aba⟧\n\n"
        "Compute front-end and back-end DTI if total monthly debts are $⟦debt⟧.",
        n=PER(p.full),
        b=ds(rng, b, "us"),
        ssn=SSN(V.ssn(rng)),
        addr=ADDR(a.line()),
        prev=ADDR(prev.line()),
        ph=phone(rng),
        mail=email(rng, p),
        emp=pick(rng, EMPLOYERS),
        inc="{:,}".format(rng.randint(45, 180) * 1000),
        co=PER(co.full),
        ssn2=SSN(V.ssn(rng)),
        bank=pick(rng, BANKS),
        acct=ACCT(V.bank_account(rng)),
        aba=ABA(V.aba(rng)),
        debt="{:,}".format(rng.randint(300, 2400)),
    )


@tpl("fin_tax_prep_chat", "finance", "chat", 4)
def fin_tax_prep_chat(rng):
    p = V.person(
        rng, ["hispanic", "indian", "chinese", "west_african", "vietnamese", "filipino"]
    )
    sp = V.person(rng, [p.culture])
    kids = [V.person(rng, [p.culture]) for _ in range(rng.randint(1, 2))]
    kid_txt = join(
        "; ",
        [
            fill(
                "⟦k⟧, age ⟦a⟧", k=PER(k.first + " " + p.last), a=AGE(rng.randint(1, 16))
            )
            for k in kids
        ],
    )
    return fill(
        "We're filing jointly for the first time. I have an SSN (⟦ssn⟧) but my spouse ⟦sp⟧ only has an "
        "ITIN: ⟦itin⟧. Our kids: ⟦kids⟧. Can we claim the child tax credit? My name is ⟦n⟧.",
        ssn=SSN(V.ssn(rng)),
        sp=PER(sp.first + " " + p.last),
        itin=ITIN(V.itin(rng)),
        kids=kid_txt,
        n=PER(p.full),
    )


@tpl("fin_itin_w7_review", "finance", "document", 3)
def fin_itin_w7_review(rng):
    p = V.person(rng, ["lusophone", "hispanic", "polish", "korean", "arabic", "slavic"])
    b = V.dob(rng, 20, 70)
    a = V.us_addr(rng, 0.3)
    return fill(
        "Review this W-7 renewal worksheet for errors:\n\n1a First name: ⟦f⟧   Last name: ⟦l⟧\n"
        "2 Mailing address: ⟦addr⟧\n4 Date of birth: ⟦b⟧   Country of birth: ⟦ctry⟧\n"
        "6f Previously issued ITIN: ⟦itin⟧\nPhone: ⟦ph⟧\nReason: b) nonresident alien filing a return",
        f=PER(p.first),
        l=PER(p.last),
        addr=ADDR(a.line()),
        b=ds(rng, b, "us"),
        ctry=pick(rng, ["Brazil", "Mexico", "Poland", "Korea", "Jordan", "Ukraine"]),
        itin=ITIN(V.itin(rng)),
        ph=phone(rng),
    )


@tpl("fin_payouts_csv", "finance", "structured", 2)
def fin_payouts_csv(rng):
    out = [
        cat(
            "Validate the IBANs and BICs in this payout batch before we upload it:\n\n",
            "payee,iban,bic,amount_eur,memo\n",
        )
    ]
    for _ in range(rng.randint(3, 5)):
        p = V.person(
            rng,
            [
                "german",
                "french",
                "italian",
                "dutch",
                "polish",
                "lusophone",
                "nordic",
                "irish",
                "greek",
            ],
        )
        cc = pick(rng, ["DE", "FR", "IT", "NL", "PL", "PT", "BE", "AT", "IE", "ES"])
        out.append(
            fill(
                "⟦n⟧,⟦i⟧,⟦b⟧,⟦amt⟧,INV-⟦inv⟧\n",
                n=PER(p.full),
                i=IBAN(V.iban(rng, cc)),
                b=BIC(V.swift(rng, cc, False)),
                amt="%d.%02d" % (rng.randint(50, 4000), rng.randint(0, 99)),
                inv=V.digits(rng, 5),
            )
        )
    return cat(*out)


@tpl("fin_sepa_mandate_de", "finance", "multilingual", 2)
def fin_sepa_mandate_de(rng):
    p = V.person(rng, ["german", "turkish", "polish"])
    return fill(
        "Ist dieses SEPA-Lastschriftmandat vollständig?\n\nGläubiger-ID: DE98ZZZ09999999999\n"
        "Mandatsreferenz: M-⟦ref⟧\nKontoinhaber: ⟦n⟧\nAnschrift: ⟦addr⟧\nIBAN: ⟦iban⟧\nBIC: ⟦bic⟧\n"
        "Telefon: ⟦ph⟧\nE-Mail: ⟦mail⟧\nOrt, Datum: Leipzig, 03.02.2025   Unterschrift: ________",
        ref=V.digits(rng, 8),
        n=PER(p.full),
        addr=ADDR(V.intl_addr(rng, "DE")),
        iban=IBAN(V.fmt_iban(V.iban(rng, "DE"))),
        bic=BIC(V.swift(rng, "DE")),
        ph=PH(V.phone_intl(rng, "DE")),
        mail=email(rng, p),
    )


@tpl("fin_transferencia_es", "finance", "multilingual", 2)
def fin_transferencia_es(rng):
    p = V.person(rng, ["hispanic"])
    return fill(
        "¿Puedes redactar un correo al banco para confirmar esta transferencia?\n\nTitular: ⟦n⟧\n"
        "IBAN: ⟦iban⟧\nBIC: ⟦bic⟧\nDirección: ⟦addr⟧\nMóvil: ⟦ph⟧\nImporte: 2.350,00 €",
        n=PER(p.full),
        iban=IBAN(V.fmt_iban(V.iban(rng, "ES"))),
        bic=BIC(V.swift(rng, "ES")),
        addr=ADDR(V.intl_addr(rng, "ES")),
        ph=PH(V.phone_intl(rng, "ES")),
    )


@tpl("fin_rib_fr", "finance", "multilingual", 2)
def fin_rib_fr(rng):
    p = V.person(rng, ["french", "west_african", "arabic"])
    return fill(
        "Voici mon RIB, peux-tu vérifier que l'IBAN est valide ?\n\nTitulaire du compte : ⟦n⟧\n"
        "Domiciliation : Agence Lyon Part-Dieu\nIBAN : ⟦iban⟧\nBIC : ⟦bic⟧\nAdresse : ⟦addr⟧",
        n=PER(p.full.upper()),
        iban=IBAN(V.fmt_iban(V.iban(rng, "FR"))),
        bic=BIC(V.swift(rng, "FR")),
        addr=ADDR(V.intl_addr(rng, "FR")),
    )


@tpl("fin_fraud_call", "finance", "conversation", 3)
def fin_fraud_call(rng):
    p, agent = V.us_person(rng), V.us_person(rng)
    b = V.dob(rng, 22, 85)
    _num, shown, cv, _exp = _card_parts(rng, pick(rng, ["visa", "mc", "mc2", "disc"]))
    spoken = " ".join(shown.replace("-", " ").split())
    return fill(
        "Call recording transcript (fraud line). Identify every PCI-sensitive utterance that should "
        "have been paused:\n\n"
        "Agent ⟦a⟧: Fraud department, my name is ⟦a2⟧. Can I have your full name?\n"
        "Customer: ⟦n⟧.\nAgent: Date of birth?\nCustomer: ⟦b⟧.\n"
        "Agent: Which card are you calling about?\nCustomer: The one ending 4… actually let me read it, ⟦c⟧.\n"
        "Agent: And the three digits on the back?\nCustomer: ⟦v⟧.\n"
        "Agent: Thank you. I see two declined attempts from an online electronics store…\n"
        "Customer: Also my email is ⟦mail⟧ if you send the affidavit.",
        a=PER(agent.full),
        a2=PER(agent.first),
        n=PER(p.full),
        b=DT(V.fdate(b, "long")),
        c=CC(spoken),
        v=CVV(cv),
        mail=email(rng, p),
    )


@tpl("fin_auto_loan", "finance", "document", 3)
def fin_auto_loan(rng):
    p = V.us_person(rng)
    a = V.us_addr(rng, 0.2)
    st, dln = V.dl(rng, a.state)
    return fill(
        "Retail installment contract — summarize the key terms for the buyer.\n\n"
        "Buyer: ⟦n⟧, ⟦addr⟧\nDriver license: ⟦dl⟧ (⟦st⟧)\nVehicle: 2022 ⟦make⟧, VIN ⟦vin⟧, plate ⟦plate⟧\n"
        "Amount financed: $⟦amt⟧  APR 7.49%  72 months\nAuto-debit from acct ⟦acct⟧, routing ⟦aba⟧",
        n=PER(p.full),
        addr=ADDR(a.line()),
        dl=DL(dln),
        st=st,
        make=pick(
            rng,
            ["Honda CR-V EX", "Ford F-150 XLT", "Toyota RAV4 LE", "Hyundai Tucson SEL"],
        ),
        vin=VEH(V.vin(rng)),
        plate=VEH(V.plate(rng)),
        amt="{:,}".format(rng.randint(14, 52) * 1000),
        acct=ACCT(V.bank_account(rng)),
        aba=ABA(V.aba(rng)),
    )


@tpl("fin_payroll_csv", "finance", "structured", 3)
def fin_payroll_csv(rng):
    out = [
        cat(
            "Our payroll import fails on some rows. Find the bad ones:\n\n",
            "emp_id,name,ssn,routing,account,net_pay\n",
        )
    ]
    for _ in range(rng.randint(3, 5)):
        p = V.us_person(rng)
        out.append(
            fill(
                'E⟦id⟧,"⟦n⟧",⟦s⟧,⟦r⟧,⟦a⟧,⟦pay⟧\n',
                id=V.digits(rng, 5),
                n=PER(p.lf),
                s=SSN(V.ssn(rng)) if chance(rng, 0.85) else ITIN(V.itin(rng)),
                r=ABA(V.aba(rng)),
                a=ACCT(V.bank_account(rng)),
                pay="%d.%02d" % (rng.randint(900, 4800), rng.randint(0, 99)),
            )
        )
    return cat(*out)


@tpl("fin_remittance_zh", "finance", "multilingual", 2)
def fin_remittance_zh(rng):
    last, first, rom = V.native_person(rng, "zh")
    return fill(
        "帮我检查一下这份汇款信息（英文回复即可）：\n收款人：⟦n⟧ (⟦rom⟧)\n收款银行：Harborline Trust, London branch\n"
        "SWIFT：⟦bic⟧\n账号 / IBAN：⟦iban⟧\n手机：⟦ph⟧\n用途：family support",
        n=PER(last + first),
        rom=PER(rom.full.upper()),
        bic=BIC(V.swift(rng, "GB")),
        iban=IBAN(V.iban(rng, "GB")),
        ph=PH(V.phone_intl(rng, "ZH")),
    )


@tpl("fin_przelew_pl", "finance", "multilingual", 2)
def fin_przelew_pl(rng):
    p = V.person(rng, ["polish"])
    return fill(
        "Sprawdź, czy dane do przelewu są poprawne:\nOdbiorca: ⟦n⟧\nAdres: ⟦addr⟧\n"
        "Numer rachunku: ⟦iban⟧\nBIC: ⟦bic⟧\nTytuł: czynsz za marzec",
        n=PER(p.full),
        addr=ADDR(V.intl_addr(rng, "PL")),
        iban=IBAN(V.fmt_iban(V.iban(rng, "PL"))),
        bic=BIC(V.swift(rng, "PL")),
    )


@tpl("fin_bonifico_it", "finance", "multilingual", 2)
def fin_bonifico_it(rng):
    p = V.person(rng, ["italian"])
    return fill(
        "Mi scrivi una mail per chiedere conferma del bonifico?\nIntestatario: ⟦n⟧\nIBAN: ⟦iban⟧\n"
        "BIC/SWIFT: ⟦bic⟧\nCellulare: ⟦ph⟧",
        n=PER(p.full),
        iban=IBAN(V.iban(rng, "IT")),
        bic=BIC(V.swift(rng, "IT")),
        ph=PH(V.phone_intl(rng, "IT")),
    )


@tpl("fin_transfer_pt", "finance", "multilingual", 2)
def fin_transfer_pt(rng):
    p = V.person(rng, ["lusophone"])
    return fill(
        "Confirma se este IBAN português está certo, por favor.\nNome: ⟦n⟧\nMorada: ⟦addr⟧\nIBAN: ⟦iban⟧\n"
        "BIC: ⟦bic⟧\nTelemóvel: ⟦ph⟧",
        n=PER(p.full),
        addr=ADDR(V.intl_addr(rng, "PT")),
        iban=IBAN(V.fmt_iban(V.iban(rng, "PT"))),
        bic=BIC(V.swift(rng, "PT")),
        ph=PH(V.phone_intl(rng, "PT")),
    )


@tpl("fin_betaling_nl", "finance", "multilingual", 2)
def fin_betaling_nl(rng):
    p = V.person(rng, ["dutch"])
    return fill(
        "Kun je een betalingsherinnering opstellen? Gegevens:\nNaam: ⟦n⟧\nAdres: ⟦addr⟧\n"
        "Rekening: ⟦iban⟧ (⟦bic⟧)\nMobiel: ⟦ph⟧",
        n=PER(p.full),
        addr=ADDR(V.intl_addr(rng, "NL")),
        iban=IBAN(V.fmt_iban(V.iban(rng, "NL"))),
        bic=BIC(V.swift(rng, "NL")),
        ph=PH(V.phone_intl(rng, "NL")),
    )


@tpl("fin_stripe_webhook", "finance", "structured", 3)
def fin_stripe_webhook(rng):
    p = V.us_person(rng)
    a = V.us_addr(rng, 0.2)
    ev = {
        "id": "evt_" + V.rs(rng, V.ALNUM, 24),
        "type": "charge.succeeded",
        "livemode": True,
        "data": {
            "object": {
                "id": "ch_" + V.rs(rng, V.ALNUM, 24),
                "amount": rng.randint(500, 50000),
                "billing_details": {
                    "name": PER(p.full),
                    "email": email(rng, p),
                    "phone": PH(V.phone_us(rng, 4)),
                    "address": {
                        "line1": ADDR(a.street),
                        "city": a.city,
                        "state": a.state,
                        "postal_code": ZIP(a.zip),
                    },
                },
                "payment_method_details": {
                    "card": {
                        "brand": "visa",
                        "last4": V.digits(rng, 4),
                        "exp_month": rng.randint(1, 12),
                        "exp_year": 2028,
                    }
                },
                "metadata": {"client_ip": IP(V.ipv4(rng))},
            }
        },
    }
    secret = V.webhook_secret(rng)
    return cat(
        fill(
            "Webhook signature verification fails. Endpoint secret is ⟦s⟧. Payload:\n",
            s=SEC(secret),
        ),
        jdump(ev, indent=2),
    )


@tpl("fin_fraud_signals_log", "finance", "code", 3)
def fin_fraud_signals_log(rng):
    p = V.us_person(rng)
    num = V.card(rng)
    lines = [
        fill(
            '{"ts":"2025-05-0⟦d⟧T0⟦h⟧:12:44Z","event":"risk.score","email":"⟦m⟧","ip":"⟦ip⟧",'
            '"device_imei":"⟦imei⟧","pan":"⟦pan⟧","score":0.91,"decision":"review"}\n',
            d=str(rng.randint(1, 9)),
            h=str(rng.randint(0, 9)),
            m=email(rng, p),
            ip=IP(V.ipv4(rng)),
            imei=DEV(V.imei(rng)),
            pan=CC(num),
        ),
        fill(
            '{"ts":"2025-05-0⟦d⟧T0⟦h⟧:12:45Z","event":"3ds.challenge","ip":"⟦ip⟧","result":"failed"}\n',
            d=str(rng.randint(1, 9)),
            h=str(rng.randint(0, 9)),
            ip=IP(V.ipv6(rng)),
        ),
    ]
    return cat(
        "Explain why this transaction went to manual review, based on the risk log:\n",
        *lines,
    )


@tpl("fin_crypto_kyc", "finance", "structured", 2)
def fin_crypto_kyc(rng):
    p = V.us_person(rng)
    b = V.dob(rng, 18, 70)
    body = {
        "user": {
            "legal_name": PER(p.full),
            "dob": DT(V.fdate(b, "us")),
            "passport_number": PP(V.passport(rng)),
            "selfie_url": URL(
                "https://kyc-uploads.example.net/selfies/%s.jpg" % V.uuid4(rng)
            ),
            "signup_ip": IP(V.ipv4(rng, pick(rng, ["doc1", "doc2", "doc3"]))),
        },
        "tier": 2,
    }
    return cat(
        "The KYC vendor webhook returned this; is the passport MRZ check step missing?\n",
        jdump(body, indent=2),
    )


@tpl("fin_mortgage_email", "finance", "email", 3)
def fin_mortgage_email(rng):
    p, lo = V.us_person(rng), V.us_person(rng)
    dom = pick(rng, FIN_DOMAINS)
    a = V.us_addr(rng, 0.0)
    return fill(
        "Please make this email sound more professional:\n\n"
        "hey ⟦first⟧ — got your docs. still need last 2 bank stmts for acct ⟦acct⟧ and a copy of your DL. "
        "appraisal for ⟦addr⟧ is set for ⟦appr⟧. rate lock expires friday.\n\n"
        "⟦lo⟧\nSenior Loan Officer, ⟦bank⟧\n⟦lomail⟧ | direct ⟦ph⟧\n⟦url⟧",
        first=PER(p.first),
        acct=ACCT(V.bank_account(rng)),
        addr=ADDR(a.line()),
        appr=pick(rng, ["tuesday", "next week", "the 14th"]),
        lo=PER(lo.full),
        bank=pick(rng, BANKS),
        lomail=EM(V.email_for(rng, lo, dom)),
        ph=phone(rng, 2),
        url=URL("https://%s/apply?lo=%s" % (dom, lo.slug()[1])),
    )


@tpl("fin_acat_transfer", "finance", "document", 2)
def fin_acat_transfer(rng):
    p = V.us_person(rng)
    a = V.us_addr(rng, 0.2)
    return fill(
        "Transfer Initiation Form (TIF) — please check for anything missing.\nAccount owner: ⟦n⟧\n"
        "SSN/TIN: ⟦ssn⟧\nAddress: ⟦addr⟧\nDelivering firm account #: ⟦acct1⟧\nReceiving account #: ⟦acct2⟧\n"
        "Transfer type: full, in kind",
        n=PER(p.full),
        ssn=SSN(V.ssn(rng, "")),
        addr=ADDR(a.line()),
        acct1=ACCT(V.bank_account(rng)),
        acct2=ACCT(V.bank_account(rng)),
    )


@tpl("fin_check_micr", "finance", "document", 2)
def fin_check_micr(rng):
    p = V.us_person(rng)
    a = V.us_addr(rng, 0.2)
    r, acct = V.aba(rng), V.bank_account(rng)
    return fill(
        "I OCR'd a voided check for direct deposit setup. Which number is routing and which is account?\n\n"
        "⟦n⟧\n⟦street⟧\n⟦cityst⟧ ⟦zip⟧                        1042\n"
        "PAY TO THE ORDER OF ______ VOID VOID VOID\n⟦bank⟧\n\n"
        "⑆⟦r⟧⑆ ⟦acct⟧⑈ 1042",
        n=PER(p.full.upper()),
        street=ADDR(a.street.upper()),
        cityst="%s, %s" % (a.city.upper(), a.state),
        zip=ZIP(a.zip),
        bank=pick(rng, BANKS),
        r=ABA(r),
        acct=ACCT(acct),
    )


@tpl("fin_card_ja", "finance", "multilingual", 2)
def fin_card_ja(rng):
    last, first, rom = V.native_person(rng, "ja")
    _num, shown, cv, exp = _card_parts(rng, pick(rng, ["visa", "mc"]))
    return fill(
        "次のお問い合わせに英語で返信文を作ってください。\n\nお名前：⟦n⟧（⟦rom⟧）\nメール：⟦mail⟧\n"
        "電話：⟦ph⟧\nカード番号：⟦c⟧　有効期限：⟦e⟧　セキュリティコード：⟦v⟧\n"
        "内容：海外の通販サイトで二重請求されました。",
        n=PER(last + " " + first),
        rom=PER(rom.full),
        mail=email(rng, rom),
        ph=PH(V.phone_intl(rng, "JA")),
        c=CC(shown),
        e=exp,
        v=CVV(cv),
    )


@tpl("fin_card_vault_migration", "finance", "code", 3)
def fin_card_vault_migration(rng):
    rows = []
    for _ in range(rng.randint(2, 3)):
        p = V.us_person(rng)
        num = V.card(rng)
        rows.append(
            fill(
                '    {"holder": "⟦n⟧", "pan": "⟦c⟧", "cvv": "⟦v⟧", "zip": "⟦z⟧"},\n',
                n=PER(p.full),
                c=CC(num),
                v=CVV(V.cvv(rng, num)),
                z=ZIP(V.us_addr(rng).zip[:5]),
            )
        )
    return cat(
        "Refactor this migration script to use the tokenization API instead of storing PANs:\n\n```python\n"
        "LEGACY_CARDS = [\n",
        *rows,
        "]\n\nfor c in LEGACY_CARDS:\n    vault.store(c)\n```",
    )


# ===========================================================================
# General (engineering, HR, travel, support, ...)
# ===========================================================================


@tpl("gen_python_openai", "general", "code", 2)
def gen_python_openai(rng):
    key = V.openai_key(rng)
    return fill(
        "Why does this throw 'model not found'?\n\n```python\nimport openai\n\n"
        'client = openai.OpenAI(api_key="⟦k⟧")\n'
        'resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", '
        '"content": prompt}])\nprint(resp.choices[0].message.content)\n```',
        k=KEY(key),
    )


@tpl("gen_dotenv", "general", "code", 3)
def gen_dotenv(rng):
    lines = [
        fill(
            "DATABASE_URL=postgres://app_rw:⟦pw⟧@db-primary.internal:5432/orders\n",
            pw=PW(V.password(rng)),
        )
    ]
    opts = [
        lambda: fill(
            "AWS_ACCESS_KEY_ID=⟦a⟧\nAWS_SECRET_ACCESS_KEY=⟦s⟧\n",
            a=KEY(V.aws_key_id(rng)),
            s=SEC(V.aws_secret(rng)),
        ),
        lambda: fill("STRIPE_SECRET_KEY=⟦k⟧\n", k=KEY(V.stripe_key(rng))),
        lambda: fill("SESSION_SECRET=⟦s⟧\n", s=SEC(V.hex_secret(rng))),
        lambda: fill("SENDGRID_API_KEY=⟦s⟧\n", s=SEC(V.sendgrid_key(rng))),
        lambda: fill("ANTHROPIC_API_KEY=⟦k⟧\n", k=KEY(V.anthropic_key(rng))),
        lambda: fill("GOOGLE_MAPS_KEY=⟦k⟧\n", k=KEY(V.google_key(rng))),
        lambda: fill("ADMIN_PASSWORD=⟦p⟧\n", p=PW(V.password(rng))),
    ]
    for i in rng.sample(range(len(opts)), rng.randint(2, 4)):
        lines.append(opts[i]())
    lines.append("LOG_LEVEL=info\nPORT=8080\n")
    return cat(
        pick(
            rng,
            [
                "My docker container can't read these env vars. Here's my .env:\n\n",
                "Convert this .env to a Kubernetes ConfigMap/Secret split:\n\n",
            ],
        ),
        *lines,
    )


@tpl("gen_yaml_slack", "general", "code", 3)
def gen_yaml_slack(rng):
    return fill(
        "The alert bot stopped posting. config.yaml:\n\n```yaml\nalerting:\n  slack:\n    token: ⟦t⟧\n"
        '    channel: "#oncall-payments"\n  webhook: ⟦hook⟧\n  smtp:\n    host: smtp.mail.example\n'
        '    user: ⟦user⟧\n    password: "⟦pw⟧"\n```',
        t=KEY(V.slack_token(rng)),
        hook=URL(
            "https://hooks.example.com/services/T%s/B%s/%s"
            % (
                V.rs(rng, V.UP + V.DIG, 8),
                V.rs(rng, V.UP + V.DIG, 10),
                V.rs(rng, V.ALNUM, 24),
            )
        ),
        user=EM("alerts@" + pick(rng, GEN_DOMAINS)),
        pw=PW(V.password(rng)),
    )


@tpl("gen_gha_workflow", "general", "code", 2)
def gen_gha_workflow(rng):
    return fill(
        "Workflow fails at the push step with 403:\n\n```yaml\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
        "    env:\n      GH_TOKEN: ⟦t⟧\n      NPM_TOKEN: ⟦npm⟧\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - run: npm publish\n```",
        t=KEY(V.github_token(rng)),
        npm=SEC("npm_" + V.rs(rng, V.ALNUM, 36)),
    )


@tpl("gen_curl_jwt", "general", "code", 4)
def gen_curl_jwt(rng):
    host = pick(
        rng,
        [
            "api.example.com",
            "fhir.cedarbrook-health.example",
            "gateway.example.net",
            "payments.kestrel-payments.example",
        ],
    )
    tok = V.jwt(rng)
    path = pick(
        rng,
        [
            "/v2/patients/search?family=%s",
            "/v1/accounts/%s/balance",
            "/r4/Patient?name=%s",
        ],
    )
    p = V.us_person(rng)
    arg = p.slug()[1] if "%s" in path else ""
    return fill(
        "Getting 401 on this call, token was just issued:\n\n```\ncurl -s ⟦url⟧ \\\n"
        '  -H "Authorization: Bearer ⟦jwt⟧" \\\n  -H "Accept: application/json"\n```',
        url=URL("https://%s%s" % (host, path % arg)),
        jwt=JWT(tok),
    )


@tpl("gen_terraform_aws", "general", "code", 3)
def gen_terraform_aws(rng):
    return fill(
        "terraform plan says 'InvalidClientTokenId'. provider block:\n\n```hcl\nprovider \"aws\" {\n"
        '  region     = "us-east-2"\n  access_key = "⟦a⟧"\n  secret_key = "⟦s⟧"\n}\n\n'
        'resource "aws_db_instance" "main" {\n  username = "dbadmin"\n  password = "⟦pw⟧"\n}\n```',
        a=KEY(V.aws_key_id(rng)),
        s=SEC(V.aws_secret(rng)),
        pw=PW(V.password(rng)),
    )


@tpl("gen_compose_pw", "general", "code", 2)
def gen_compose_pw(rng):
    return fill(
        "Postgres keeps restarting in compose. File:\n\n```yaml\nservices:\n  db:\n    image: postgres:16\n"
        "    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ⟦pw⟧\n"
        "  api:\n    build: .\n    environment:\n      JWT_SIGNING_KEY: ⟦sec⟧\n      REDIS_URL: "
        "redis://:⟦rpw⟧@cache:6379/0\n```",
        pw=PW(V.password(rng)),
        sec=SEC(V.b64_secret(rng, 44)),
        rpw=PW(V.password(rng)),
    )


@tpl("gen_auth_log", "general", "code", 3)
def gen_auth_log(rng):
    users = [V.person(rng) for _ in range(2)]
    lines = []
    for _ in range(rng.randint(3, 5)):
        u = pick(rng, users)
        kind = rng.randrange(3)
        ts = "2025-06-%02d %02d:%02d:%02d" % (
            rng.randint(1, 28),
            rng.randint(0, 23),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )
        if kind == 0:
            lines.append(
                fill(
                    "⟦ts⟧ WARN  login failed for ⟦m⟧ from ⟦ip⟧ (attempt ⟦n⟧)\n",
                    ts=ts,
                    m=email(rng, u),
                    ip=IP(V.ipv4(rng)),
                    n=str(rng.randint(1, 6)),
                )
            )
        elif kind == 1:
            lines.append(
                fill(
                    "⟦ts⟧ INFO  session issued user=⟦m⟧ token=⟦j⟧\n",
                    ts=ts,
                    m=email(rng, u),
                    j=JWT(V.jwt(rng)),
                )
            )
        else:
            lines.append(
                fill(
                    '⟦ts⟧ DEBUG request body={"username": "⟦m⟧", "password": "⟦pw⟧"}\n',
                    ts=ts,
                    m=email(rng, u),
                    pw=PW(V.password(rng)),
                )
            )
    return cat(
        "Summarize what happened in these auth logs and suggest what we should stop logging:\n\n",
        *lines,
    )


@tpl("gen_ssh_key_help", "general", "chat", 4)
def gen_ssh_key_help(rng):
    kind = pick(
        rng, ["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"]
    )
    ip = V.ipv4(rng, pick(rng, ["10", "172", "doc3"]))
    return pick(
        rng,
        [
            fill(
                "ssh says 'invalid format' for this key, what's wrong with it?\n\n⟦k⟧\n\nI'm running "
                "`ssh -i deploy.pem ubuntu@⟦ip⟧`",
                k=PEM(V.pem(rng, kind)),
                ip=IP(ip),
            ),
            fill(
                "Is this key encrypted? Our deploy script to ⟦ip⟧ prompts for a passphrase.\n```\n⟦k⟧\n```",
                ip=IP(ip),
                k=PEM(V.pem(rng, kind)),
            ),
        ],
    )


@tpl("gen_secret_manager_json", "general", "structured", 3)
def gen_secret_manager_json(rng):
    body = {
        "name": "prod/sftp-partner",
        "version": rng.randint(2, 9),
        "secret": {
            "host": "sftp.partner.example",
            "username": "svc_upload",
            "private_key": PEM(
                V.pem(
                    rng,
                    pick(rng, ["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"]),
                    rng.randint(4, 7),
                )
            ),
            "passphrase": PW(V.password(rng)),
        },
    }
    return cat(
        "We exported this from the secrets manager to debug the SFTP job; why is the key rejected?\n",
        jdump(body, indent=2),
    )


@tpl("gen_support_ticket", "general", "email", 3)
def gen_support_ticket(rng):
    p, agent = V.person(rng), V.us_person(rng)
    a = V.us_addr(rng, 0.4)
    return fill(
        "Classify this ticket (billing / shipping / account) and draft a reply:\n\n"
        "From: ⟦n⟧ <⟦m⟧>\nSubject: wrong address on my order ⟦o⟧\n\n"
        "Hi ⟦ag⟧, the package shipped to my old place. Please send it to ⟦addr⟧ instead. "
        "You can text me at ⟦ph⟧.\nThanks, ⟦f⟧",
        n=PER(p.full),
        m=email(rng, p),
        o=V.order_id(rng),
        ag=PER(agent.first),
        addr=ADDR(a.line()),
        ph=phone(rng),
        f=PER(p.first),
    )


@tpl("gen_hr_onboarding", "general", "document", 3)
def gen_hr_onboarding(rng):
    p, ec = V.us_person(rng), V.us_person(rng)
    b = V.dob(rng, 19, 65)
    a = V.us_addr(rng, 0.3)
    st, dln = V.dl(rng, a.state)
    use_itin = chance(rng, 0.2)
    return fill(
        "New hire packet — check for missing I-9/W-4 info.\nLegal name: ⟦n⟧\nDate of birth: ⟦b⟧\n"
        "⟦tinlabel⟧: ⟦tin⟧\nHome address: ⟦addr⟧\nPersonal email: ⟦m⟧\nMobile: ⟦ph⟧\n"
        "List B document: ⟦st⟧ driver's license ⟦dl⟧\nStart date: 2025-07-07\n"
        "Emergency contact: ⟦ec⟧, ⟦ecph⟧",
        n=PER(p.full),
        b=ds(rng, b, "us"),
        tinlabel="ITIN" if use_itin else "SSN",
        tin=ITIN(V.itin(rng)) if use_itin else SSN(V.ssn(rng)),
        addr=ADDR(a.line()),
        m=email(rng, p),
        ph=phone(rng),
        st=st,
        dl=DL(dln),
        ec=PER(ec.full),
        ecph=phone(rng),
    )


@tpl("gen_travel_booking", "general", "structured", 3)
def gen_travel_booking(rng):
    pax = [V.person(rng) for _ in range(rng.randint(1, 2))]
    lst = []
    for p in pax:
        b = V.dob(rng, 2, 80)
        lst.append(
            {
                "title": pick(rng, ["MR", "MS", "MX"]),
                "given_name": PER(V.ascii_fold(p.first).upper()),
                "surname": PER(V.ascii_fold(p.last).upper()),
                "dob": DT(V.fdate(b, "iso")),
                "document": {
                    "type": "P",
                    "issuing_country": "USA",
                    "number": PP(V.passport(rng)),
                    "expiry": "2032-%02d-%02d"
                    % (rng.randint(1, 12), rng.randint(1, 28)),
                },
            }
        )
    body = {
        "pnr": V.rs(rng, V.UP, 6),
        "contact": {"email": email(rng, pax[0]), "phone": PH(V.phone_us(rng, 3))},
        "passengers": lst,
        "segments": [
            {
                "flight": "XX%d" % rng.randint(100, 999),
                "dep": "SEA",
                "arr": "KEF",
                "date": "2025-09-%02d" % rng.randint(1, 28),
            }
        ],
    }
    return cat(
        "The airline API rejects APIS data for this booking. What's malformed?\n",
        jdump(body, indent=2),
    )


@tpl("gen_email_thread", "general", "email", 3)
def gen_email_thread(rng):
    a, b_, c = V.person(rng), V.person(rng), V.person(rng)
    dom = pick(rng, GEN_DOMAINS)
    return fill(
        "Summarize this thread in 3 bullets:\n\n"
        "On Tue, ⟦bn⟧ <⟦bm⟧> wrote:\n> Looping in ⟦cn⟧ who owns the vendor contract.\n> ⟦bf⟧\n\n"
        "From: ⟦an⟧\nSent: Wednesday 9:12 AM\nTo: ⟦bm2⟧; ⟦cm⟧\n\n"
        "Thanks ⟦bf2⟧. ⟦cf⟧, can we get the renewal signed before the 30th? Call me on ⟦ph⟧ if easier.\n\n"
        "--\n⟦an2⟧ | Director of Operations\n⟦am⟧ | m. ⟦ph2⟧",
        bn=PER(b_.full),
        bm=EM(V.email_for(rng, b_, dom)),
        cn=PER(c.full),
        bf=PER(b_.first),
        an=PER(a.full),
        bm2=EM(V.email_for(rng, b_, dom)),
        cm=EM(V.email_for(rng, c, dom)),
        bf2=PER(b_.first),
        cf=PER(c.first),
        ph=phone(rng),
        an2=PER(a.full),
        am=EM(V.email_for(rng, a, dom)),
        ph2=phone(rng),
    )


@tpl("gen_slack_paste", "general", "conversation", 3)
def gen_slack_paste(rng):
    a, b_ = V.person(rng), V.person(rng)
    cust = V.us_person(rng)
    return fill(
        "Pasting from #support-escalations, can you write the incident summary?\n\n"
        "⟦a⟧  10:02 AM\ncustomer ⟦c⟧ says she was charged after cancelling. acct email ⟦cm⟧\n"
        "⟦b⟧  10:04 AM\nI see it. her card on file ends 8812, refund is pending. she also gave me her phone "
        "⟦ph⟧ for a callback\n⟦a2⟧  10:05 AM\nok I'll call. @⟦b2⟧ can you check why the cancel webhook failed?",
        a=PER(a.full),
        c=PER(cust.full),
        cm=email(rng, cust),
        b=PER(b_.full),
        ph=phone(rng),
        a2=PER(a.full),
        b2=PER(b_.first.lower()),
    )


@tpl("gen_crm_json", "general", "structured", 2)
def gen_crm_json(rng):
    contacts = []
    for _ in range(rng.randint(2, 3)):
        p = V.person(rng)
        a = V.us_addr(rng, 0.2)
        contacts.append(
            {
                "id": "cont_%s" % V.digits(rng, 6),
                "first_name": PER(p.first),
                "last_name": PER(p.last),
                "email": email(rng, p),
                "mobile": PH(V.phone_us(rng, 1)),
                "mailing_street": ADDR(a.street),
                "mailing_city": a.city,
                "mailing_zip": ZIP(a.zip),
                "lifecycle": pick(rng, ["lead", "customer", "churned"]),
            }
        )
    return cat(
        "Write a personalized win-back email for each churned contact:\n",
        jdump({"contacts": contacts}, indent=pick(rng, [None, 2])),
    )


@tpl("gen_users_markdown", "general", "structured", 2)
def gen_users_markdown(rng):
    rows = []
    for _ in range(rng.randint(3, 5)):
        p = V.person(rng)
        rows.append(
            fill(
                "| ⟦n⟧ | ⟦m⟧ | ⟦ip⟧ | ⟦role⟧ |\n",
                n=PER(p.full),
                m=email(rng, p),
                ip=IP(V.ipv4(rng)),
                role=pick(rng, ["admin", "viewer", "billing", "owner"]),
            )
        )
    return cat(
        "Which of these users should lose admin? Last-login IPs included.\n\n| Name | Email | Last IP | Role |\n"
        "|------|-------|---------|------|\n",
        *rows,
    )


@tpl("gen_cover_letter_chat", "general", "chat", 2)
def gen_cover_letter_chat(rng):
    p = V.person(rng)
    a = V.us_addr(rng, 0.3)
    return fill(
        "Polish my cover letter header and first paragraph:\n\n⟦n⟧\n⟦street⟧, ⟦city⟧, ⟦st⟧ ⟦zip⟧\n⟦ph⟧ · ⟦m⟧ · "
        "⟦url⟧\n\nDear Hiring Manager, I am excited to apply for the Data Analyst role at ⟦emp⟧...",
        n=PER(p.full),
        street=ADDR(a.street),
        city=a.city,
        st=a.state,
        zip=ZIP(a.zip),
        ph=phone(rng),
        m=email(rng, p),
        url=URL("https://portfolio.example.org/%s-%s" % p.slug()),
        emp=pick(rng, EMPLOYERS),
    )


@tpl("gen_rental_application", "general", "document", 3)
def gen_rental_application(rng):
    p = V.us_person(rng)
    b = V.dob(rng, 21, 70)
    a, prev = V.us_addr(rng, 0.4), V.us_addr(rng, 0.3)
    st, dln = V.dl(rng, a.state)
    return fill(
        "Rental application — is anything here I shouldn't share with a landlord over email?\n\n"
        "Applicant: ⟦n⟧\nDOB: ⟦b⟧\nSSN: ⟦ssn⟧\nDriver's license #: ⟦dl⟧ (⟦st⟧)\n"
        "Current address: ⟦addr⟧\nPrevious address: ⟦prev⟧\nEmployer: ⟦emp⟧ — monthly income $⟦inc⟧\n"
        "Vehicle: plate ⟦plate⟧\nPhone: ⟦ph⟧",
        n=PER(p.full),
        b=ds(rng, b, "us"),
        ssn=SSN(V.ssn(rng)),
        dl=DL(dln),
        st=st,
        addr=ADDR(a.line()),
        prev=ADDR(prev.line()),
        emp=pick(rng, EMPLOYERS),
        inc="{:,}".format(rng.randint(28, 120) * 100),
        plate=VEH(V.plate(rng)),
        ph=phone(rng),
    )


@tpl("gen_vehicle_registration", "general", "document", 3)
def gen_vehicle_registration(rng):
    p = V.us_person(rng)
    a = V.us_addr(rng, 0.2)
    return fill(
        "Extract the fields from this registration card into JSON:\n\nSTATE OF ⟦state⟧ — VEHICLE REGISTRATION\n"
        "PLATE: ⟦plate⟧    EXPIRES: 11/2026\nVIN: ⟦vin⟧\nYEAR/MAKE: ⟦ym⟧\nOWNER: ⟦n⟧\n"
        "ADDRESS: ⟦street⟧\n⟦city⟧ ⟦st⟧\nZIP ⟦zip⟧",
        state=V.STATE_NAMES[a.state].upper(),
        plate=VEH(V.plate(rng)),
        vin=VEH(V.vin(rng)),
        ym=pick(rng, ["2019 SUBARU", "2021 TOYOTA", "2017 FORD", "2023 KIA"]),
        n=PER(p.upper_lf.replace(",", "")),
        street=ADDR(a.street.upper()),
        city=a.city.upper(),
        st=a.state,
        zip=ZIP(a.zip),
    )


@tpl("gen_it_helpdesk", "general", "conversation", 3)
def gen_it_helpdesk(rng):
    u, tech = V.person(rng), V.us_person(rng)
    dom = pick(rng, GEN_DOMAINS)
    return fill(
        "Turn this chat into a knowledge-base article (remove anything sensitive):\n\n"
        "⟦tech⟧ (IT): Hi ⟦uf⟧, what's the serial on the laptop?\n⟦u⟧: it says ⟦serial⟧\n"
        "⟦tech2⟧ (IT): thanks. I reset your password to a temp one: ⟦pw⟧ — change it at first login.\n"
        "⟦u2⟧: ok. my phone for MFA is ⟦ph⟧ and my work email is ⟦m⟧\n"
        "⟦tech2⟧ (IT): VPN should assign you ⟦ip⟧ now.",
        tech=PER(tech.full),
        uf=PER(u.first),
        u=PER(u.full),
        serial=DEV(V.device_serial(rng, "laptop")),
        tech2=PER(tech.first),
        pw=PW(V.password(rng)),
        u2=PER(u.first),
        ph=phone(rng),
        m=EM(V.email_for(rng, u, dom)),
        ip=IP(V.ipv4(rng, "10")),
    )


@tpl("gen_crash_report", "general", "structured", 3)
def gen_crash_report(rng):
    p = V.person(rng)
    body = {
        "app": "com.example.fitpal",
        "version": V.semver(rng),
        "os": "Android 14",
        "device": {
            "model": pick(rng, ["Pixel 8", "SM-S918B", "moto g 5G"]),
            "imei": DEV(V.imei(rng)),
            "serial": DEV(V.rs(rng, V.UP + V.DIG, 11)),
        },
        "user": {
            "email": email(rng, p),
            "display_name": PER(p.full),
            "last_ip": IP(V.ipv4(rng)),
        },
        "exception": "java.lang.NullPointerException at WorkoutSync.kt:118",
    }
    return cat(
        "Group this crash with similar ones and tell me the root cause:\n",
        jdump(body, indent=2),
    )


@tpl("gen_k8s_secret", "general", "code", 3)
def gen_k8s_secret(rng):
    return fill(
        "kubectl apply fails with 'illegal base64 data'. Manifest:\n\n```yaml\napiVersion: v1\nkind: Secret\n"
        "metadata:\n  name: billing-api\ntype: Opaque\ndata:\n  DB_PASSWORD: ⟦a⟧\n  HMAC_KEY: ⟦b⟧\n"
        "stringData:\n  STRIPE_KEY: ⟦k⟧\n```",
        a=SEC(V.b64_secret(rng, 24)),
        b=SEC(V.b64_secret(rng, 44)),
        k=KEY(V.stripe_key(rng)),
    )


@tpl("gen_notebook_anthropic", "general", "code", 3)
def gen_notebook_anthropic(rng):
    return fill(
        "In [3]:\n```python\nimport anthropic\nclient = anthropic.Anthropic(api_key='⟦k⟧')\n"
        "msg = client.messages.create(model='claude-3-5-sonnet-latest', max_tokens=512, "
        "messages=[{'role': 'user', 'content': text}])\n```\nAuthenticationError: invalid x-api-key — "
        "is the key format wrong?",
        k=KEY(V.anthropic_key(rng)),
    )


@tpl("gen_js_maps_key", "general", "code", 3)
def gen_js_maps_key(rng):
    return fill(
        'The map renders gray tiles. Snippet:\n\n```html\n<script src="⟦src⟧" async></script>\n'
        '<script>\n  const FALLBACK_KEY = "⟦k2⟧";\n</script>\n```',
        src=URL(
            "https://maps.example.com/api/js?key=%s&callback=initMap"
            % V.rs(rng, V.ALNUM, 12)
        ),
        k2=KEY(V.google_key(rng)),
    )


@tpl("gen_agent_send_email", "general", "structured", 3)
def gen_agent_send_email(rng):
    p, me = V.person(rng), V.person(rng)
    a = V.us_addr(rng, 0.3)
    body = fill(
        "Hi ⟦f⟧,\nYour replacement card ships to ⟦addr⟧. Call ⟦ph⟧ with questions.\n— ⟦me⟧",
        f=PER(p.first),
        addr=ADDR(a.line()),
        ph=phone(rng),
        me=PER(me.first),
    )
    args = {
        "to": [email(rng, p)],
        "cc": [EM("support@" + pick(rng, FIN_DOMAINS))],
        "subject": "Your request",
        "body": S(body),
    }
    step = {
        "step": rng.randint(2, 9),
        "tool": "gmail.send",
        "tool_input": S(jdump(args)),
        "status": "error",
        "error": "RecipientRejected",
    }
    return cat(
        "Debug this agent trace step; the tool_input is a JSON string:\n",
        jdump(step, indent=2),
    )


@tpl("gen_pasted_chat", "general", "conversation", 3)
def gen_pasted_chat(rng):
    p = V.person(rng)
    b = V.dob(rng, 18, 70)
    a = V.us_addr(rng, 0.2)
    return fill(
        "Continue this conversation as the assistant:\n\n"
        "User: I need to renew my passport, I'm ⟦n⟧.\nAssistant: Sure — is your current passport undamaged "
        "and issued when you were 16 or older?\nUser: yes, number ⟦pp⟧, issued 2016. DOB ⟦b⟧.\n"
        "Assistant: Then you can likely use Form DS-82 by mail.\n"
        "User: great, mail it where? I live at ⟦addr⟧. Oh and my email is ⟦m⟧.",
        n=PER(p.full),
        pp=PP(V.passport(rng)),
        b=ds(rng, b),
        addr=ADDR(a.line()),
        m=email(rng, p),
    )


@tpl("gen_school_form", "general", "document", 2)
def gen_school_form(rng):
    kid, par = V.us_person(rng), V.us_person(rng)
    par.last = kid.last
    b = V.dob(rng, 6, 15)
    ref = V.visit(rng)
    a = V.us_addr(rng, 0.2)
    return fill(
        "Translate this enrollment form into Spanish for the family:\n\nStudent: ⟦k⟧   Grade: ⟦g⟧   "
        "Age: ⟦age⟧\nDate of birth: ⟦b⟧\nParent/guardian: ⟦p⟧\nHome address: ⟦addr⟧\n"
        "Phone: ⟦ph⟧   Email: ⟦m⟧\nAllergies: peanuts (EpiPen in office)",
        k=PER(kid.full),
        g=str(max(1, V.age_on(b, ref) - 6)) if V.age_on(b, ref) > 6 else "K",
        age=AGE(V.age_on(b, ref)),
        b=ds(rng, b, "us"),
        p=PER(par.full),
        addr=ADDR(a.line()),
        ph=phone(rng),
        m=email(rng, par),
    )


@tpl("gen_delivery_ko", "general", "multilingual", 2)
def gen_delivery_ko(rng):
    last, first, rom = V.native_person(rng, "ko")
    return fill(
        "배송 정보가 맞는지 확인하고 영어로 정리해 주세요.\n받는 분: ⟦n⟧ (⟦rom⟧)\n주소: ⟦addr⟧\n"
        "연락처: ⟦ph⟧\n이메일: ⟦m⟧\n요청사항: 문 앞에 놓아 주세요",
        n=PER(last + first),
        rom=PER(rom.full),
        addr=ADDR(V.intl_addr(rng, "KO")),
        ph=PH(V.phone_intl(rng, "KO")),
        m=email(rng, rom),
    )


@tpl("gen_bewerbung_de", "general", "multilingual", 2)
def gen_bewerbung_de(rng):
    p = V.person(rng, ["german", "turkish", "greek", "slavic"])
    b = V.dob(rng, 20, 55)
    return fill(
        "Bitte verbessere meinen Lebenslauf-Kopf:\n\n⟦n⟧\n⟦addr⟧\nTel.: ⟦ph⟧\nE-Mail: ⟦m⟧\n"
        "Geburtsdatum: ⟦b⟧\n\nBerufserfahrung: 2019–heute Projektleiterin bei ⟦emp⟧",
        n=PER(p.full),
        addr=ADDR(V.intl_addr(rng, "DE")),
        ph=PH(V.phone_intl(rng, "DE")),
        m=email(rng, p),
        b=DT(V.fdate(b, "eu")),
        emp=pick(rng, EMPLOYERS),
    )


@tpl("gen_support_ja_mixed", "general", "multilingual", 2)
def gen_support_ja_mixed(rng):
    last, first, rom = V.native_person(rng, "ja")
    return fill(
        "Customer wrote in Japanese + English; reply in both:\n\n"
        "お世話になっております。⟦n⟧です。I moved, 新しい住所は ⟦addr⟧ です。"
        "Please update my account (⟦m⟧). 電話番号：⟦ph⟧",
        n=PER(last + first),
        addr=ADDR(V.intl_addr(rng, "JA")),
        m=email(rng, rom),
        ph=PH(V.phone_intl(rng, "JA")),
    )


@tpl("gen_hr_zh_en", "general", "multilingual", 2)
def gen_hr_zh_en(rng):
    last, first, rom = V.native_person(rng, "zh")
    rom = V.Person(
        pick(
            rng,
            ["Kevin", "Grace", "Vincent", "Iris", "Eric", "Cindy", "Jason", "Vivian"],
        ),
        rom.last,
        "chinese",
    )
    b = V.dob(rng, 22, 55)
    a = V.us_addr(rng, 0.3)
    return fill(
        "Translate to English for the HR file:\n员工姓名：⟦n⟧ (English name: ⟦rom⟧)\n出生日期：⟦b⟧\n"
        "社会安全号码 (SSN)：⟦ssn⟧\n美国地址：⟦addr⟧\n手机：⟦ph⟧",
        n=PER(last + first),
        rom=PER(rom.full),
        b=DT(V.fdate(b, "cjk")),
        ssn=SSN(V.ssn(rng)),
        addr=ADDR(a.line()),
        ph=phone(rng),
    )


@tpl("gen_obf_ssn_nbhyphen", "general", "chat", 2)
def gen_obf_ssn_nbhyphen(rng):
    """SSN written with U+2011 non-breaking hyphens (copied from a PDF)."""
    p = V.us_person(rng)
    s = V.ssn(rng).replace("-", "\u2011")
    return pick(
        rng,
        [
            fill(
                "my ss# is ⟦s⟧ lol don't tell anyone. can you check if my W-2 looks right? name ⟦n⟧",
                s=SSN(s),
                n=PER(p.full),
            ),
            fill(
                "Copying from the benefits PDF: ⟦n⟧ — SSN ⟦s⟧ — enrolled in the dental PPO. Why is the dependent "
                "tab empty?",
                n=PER(p.full),
                s=SSN(s),
            ),
        ],
    )


@tpl("gen_obf_card_fullwidth", "general", "chat", 2)
def gen_obf_card_fullwidth(rng):
    """Card number typed with full-width digits on a Japanese IME."""
    p = V.us_person(rng)
    num = V.card(rng, "visa")
    full = "".join(chr(0xFF10 + int(c)) for c in num)
    full = " ".join(full[i : i + 4] for i in range(0, 16, 4))
    return fill(
        "カード番号は ⟦c⟧ です。CVV ⟦v⟧. Please book the hotel under ⟦n⟧.",
        c=CC(full),
        v=CVV(V.cvv(rng, num)),
        n=PER(p.full),
    )


@tpl("gen_obf_contact_dashes", "general", "chat", 1)
def gen_obf_contact_dashes(rng):
    """Phone with en dashes and an e-mail with a zero-width joiner before the @."""
    p = V.us_person(rng)
    ph = V.phone_us(rng, 1).replace("-", "\u2013")
    m = V.email_for(rng, p).replace("@", "\u200d@")
    return fill(
        "contact: ⟦ph⟧ / ⟦m⟧ — ⟦n⟧ (pls don't scrape)",
        ph=PH(ph),
        m=EM(m),
        n=PER(p.full),
    )


@tpl("gen_obf_zero_width_ssn", "general", "chat", 1)
def gen_obf_zero_width_ssn(rng):
    """SSN digits separated by zero-width spaces."""
    p = V.us_person(rng)
    zw = "\u200b".join(V.ssn(rng, ""))
    return fill(
        "Employee ⟦n⟧ SSN ⟦s⟧ (copied from the PDF, may have weird characters)",
        n=PER(p.full),
        s=SSN(zw),
    )


@tpl("gen_telematics", "general", "structured", 3)
def gen_telematics(rng):
    p = V.us_person(rng)
    st, dln = V.dl(rng)
    evt = {
        "fleet": "FL-%s" % V.digits(rng, 4),
        "vehicle": {
            "vin": VEH(V.vin(rng)),
            "plate": VEH(V.plate(rng)),
            "unit": "TRK-%d" % rng.randint(10, 99),
        },
        "driver": {"name": PER(p.full), "license": {"state": st, "number": DL(dln)}},
        "gateway": {"imei": DEV(V.imei(rng)), "ip": IP(V.ipv4(rng, "10"))},
        "event": "harsh_braking",
        "speed_mph": rng.randint(40, 70),
        "lat": round(41.2 + rng.random(), 4),
        "lon": round(-96.0 - rng.random(), 4),
    }
    return cat("Write the coaching message for the driver in this event:\n", jdump(evt))


@tpl("gen_passport_chat", "general", "chat", 3)
def gen_passport_chat(rng):
    p = V.person(rng)
    b = V.dob(rng, 18, 75)
    return pick(
        rng,
        [
            fill(
                "Fill this visa form for me: surname ⟦l⟧, given names ⟦f⟧, born ⟦b⟧, US passport no. ⟦pp⟧, "
                "phone ⟦ph⟧.",
                l=PER(p.last),
                f=PER(p.first),
                b=ds(rng, b),
                pp=PP(V.passport(rng)),
                ph=phone(rng),
            ),
            fill(
                "ESTA asks for my passport number — is it just ⟦pp⟧, the number printed top right? (I'm ⟦n⟧, ⟦a⟧ years "
                "old, first trip abroad)",
                pp=PP(V.passport(rng)),
                n=PER(p.full),
                a=AGE(V.age_on(b, V.visit(rng))),
            ),
        ],
    )


@tpl("gen_wifi_router_config", "general", "code", 2)
def gen_wifi_router_config(rng):
    return fill(
        "Explain this router backup config:\n\n```\nhostname edge-gw-⟦n⟧\ninterface wan0\n  ip address ⟦ip⟧/24\n"
        "  gateway ⟦gw⟧\nwireless\n  ssid OfficeNet-5G\n  wpa2-psk ⟦pw⟧\nadmin\n  user admin\n"
        "  password ⟦apw⟧\nsnmp community ⟦snmp⟧ ro\n```",
        n=str(rng.randint(1, 9)),
        ip=IP(V.ipv4(rng, "doc3")),
        gw=IP(V.ipv4(rng, "doc3")),
        pw=PW(V.password(rng)),
        apw=PW(V.password(rng)),
        snmp=SEC(V.rs(rng, V.ALNUM, 20)),
    )


@tpl("gen_jwt_decode_chat", "general", "chat", 3)
def gen_jwt_decode_chat(rng):
    p = V.person(rng)
    tok = V.jwt(
        rng,
        {
            "sub": V.email_for(rng, p),
            "name": p.full,
            "iat": 1740000000 + rng.randint(0, 9000000),
        },
    )
    return fill("decode this token and tell me when it expires: ⟦j⟧", j=JWT(tok))


# ===========================================================================
# Additional coverage: Medicare rosters, EMV fallback, signing keys
# ===========================================================================


@tpl("hc_ma_enrollment_roster", "healthcare", "structured", 3)
def hc_ma_enrollment_roster(rng):
    out = [
        cat(
            "Reconcile this Medicare Advantage enrollment roster against CMS MARx; flag rows whose MBI format "
            "looks wrong:\n\n",
            pick(
                rng,
                [
                    "mbi;last_name;first_name;birth_date;effective\n",
                    "MBI\tLAST\tFIRST\tDOB\tEFFECTIVE\n",
                ],
            ),
        )
    ]
    sep = ";" if "mbi;" in out[0][-1][0] else "\t"
    for _ in range(rng.randint(2, 4)):
        p = V.us_person(rng)
        b = V.dob(rng, 65, 95)
        out.append(
            join(
                sep,
                [
                    MBI(V.mbi(rng, False)),
                    PER(p.last.upper()),
                    PER(p.first.upper()),
                    DT(V.fdate(b, pick(rng, ["iso", "us"]))),
                    "2025-%02d-01" % rng.randint(1, 12),
                ],
            )
            + [("\n", None)]
        )
    return cat(*out)


@tpl("fin_emv_fallback_log", "finance", "structured", 3)
def fin_emv_fallback_log(rng):
    p = V.us_person(rng)
    num = V.card(rng, pick(rng, ["visa", "mc", "mc2"]))
    exp = "%02d%02d" % (rng.randint(26, 30), rng.randint(1, 12))
    t2 = V.track2(rng, num, exp)
    ev = {
        "terminal_id": "T%s" % V.digits(rng, 7),
        "entry_mode": "fallback_swipe",
        "chip_error": "6985",
        "track2_equivalent": TRK(t2),
        "cardholder_name": PER(
            "%s/%s" % (V.ascii_fold(p.last).upper(), V.ascii_fold(p.first).upper())
        ),
        "amount": money_str(rng),
        "stan": V.digits(rng, 6),
        "host": IP(V.ipv4(rng, "172")),
    }
    return cat(
        "Why are so many transactions falling back to magstripe at lane 2? One event from the terminal "
        "journal:\n",
        jdump(ev, indent=2),
    )


def money_str(rng):
    return "%d.%02d" % (rng.randint(3, 400), rng.randint(0, 99))


@tpl("gen_jwt_signing_env", "general", "code", 3)
def gen_jwt_signing_env(rng):
    kind = pick(rng, ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])
    key = V.pem(rng, kind, rng.randint(4, 8)).replace("\n", "\\n")
    return fill(
        "Our auth service can't parse the signing key from the environment. .env.production:\n\n"
        'JWT_ISSUER=auth.internal\nJWT_PRIVATE_KEY="⟦k⟧"\nJWT_KID=⟦kid⟧\nCOOKIE_SECRET=⟦c⟧\n\n'
        "Do I need to replace the \\n sequences?",
        k=PEM(key),
        kid=V.rs(rng, V.HEX, 16),
        c=SEC(V.hex_secret(rng, 48)),
    )


@tpl("gen_tls_key_paste", "general", "conversation", 2)
def gen_tls_key_paste(rng):
    host = pick(rng, ["shop.example.com", "intranet.example.org", "status.example.net"])
    return fill(
        "User: nginx fails with 'key values mismatch' for ⟦url⟧. Here's the key file:\n⟦k⟧\n"
        "Assistant: Please don't paste private keys — rotate it now. Which certificate file did you pair it with?\n"
        "User: the one from the CA bundle, server is ⟦ip⟧",
        url=URL("https://" + host),
        k=PEM(V.pem(rng, pick(rng, ["PRIVATE KEY", "RSA PRIVATE KEY"]))),
        ip=IP(V.ipv4(rng, pick(rng, ["doc1", "doc2", "10"]))),
    )
