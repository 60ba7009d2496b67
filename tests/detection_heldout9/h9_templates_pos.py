"""Positive (labeled) templates for the held-out-9 corpus.

Each template is a function ``fn(g) -> pieces`` registered with ``@template(name,
domain, fmt)``.  A piece is a plain string or an ``(ENTITY_TYPE, value)`` tuple;
``h9_values.fill`` builds pieces from ``{{TYPE:key}}`` slots.  Gold spans are taken
from the piece boundaries by ``h9_values.assemble`` — never by searching the text.
"""

from __future__ import annotations

import datetime

from h9_values import REF_DATE, Gen, age_on, fill, fmt_date

TEMPLATES: list = []


def template(name: str, domain: str, fmt: str):
    def deco(fn):
        TEMPLATES.append((name, domain, fmt, fn))
        return fn
    return deco


def street_city(g: Gen, unit=None, plus4=False):
    """('482 Oak St, Springfield, IL', zip) — city/state on the same line belong to the street span."""
    st, city, state, z = g.address(plus4=plus4, unit=unit)
    return "%s, %s, %s" % (st, city, state), z


FOREIGN_ADDR = {
    "DE": "Lindenstraße {n}, 10969 Berlin", "GB": "{n} Kingfisher Road, Leeds LS6 2QT",
    "FR": "{n} rue des Tanneurs, 69002 Lyon", "ES": "Calle de Alcalá {n}, 28014 Madrid",
    "IT": "Via dei Mille {n}, 00185 Roma", "NL": "Prinsengracht {n}, 1015 DV Amsterdam",
    "IE": "{n} Harcourt Street, Dublin 2", "PT": "Rua Augusta {n}, 1100-053 Lisboa",
    "CH": "Bahnhofstrasse {n}, 8001 Zürich", "PL": "ul. Marszałkowska {n}, 00-624 Warszawa",
    "SE": "Götgatan {n}, 116 21 Stockholm",
}


def foreign_address(g: Gen, country: str) -> str:
    """A non-US street line with postcode and city; labeled as one STREET_ADDRESS span."""
    return FOREIGN_ADDR[country].replace("{n}", str(g.r.randint(2, 240)))


def age_or_plain(g: Gen, dob=None):
    """Half the time an age >= 90 (labeled), otherwise a younger age (plain text)."""
    if g.chance(0.5):
        a = g.old_age()
        return ("AGE", str(a)), g.dob_for_age(a)
    a = g.young_age()
    return str(a), g.dob_for_age(a)


# =====================================================================
# healthcare
# =====================================================================

@template("hc_discharge_chat", "healthcare", "chat")
def _(g: Gen):
    pt, doc, rel = g.person(), g.person(), g.first()
    age_piece, dob = age_or_plain(g)
    adm = g.recent(40) - datetime.timedelta(days=10)
    dis = adm + datetime.timedelta(days=g.r.randint(2, 9))
    s = g.pick(("us", "long", "iso"))
    dx = g.pick(("community-acquired pneumonia (J18.9)", "NSTEMI, s/p PCI to LAD",
                 "acute on chronic HFrEF exacerbation", "hip fracture s/p ORIF (S72.001A)",
                 "C. difficile colitis"))
    return fill("""Can you rewrite this discharge summary in plain language for the family? Keep it under 200 words and avoid jargon.

DISCHARGE SUMMARY — {{unit}}
Patient: {{PERSON:pt}}    MRN: {{MEDICAL_RECORD_NUMBER:mrn}}
DOB: {{DATE_TIME:dob}} (age {{age}})
Admitted: {{DATE_TIME:adm}}    Discharged: {{DATE_TIME:dis}}
Attending: {{PERSON:doc}}, MD (NPI {{US_NPI:npi}})
Principal dx: {{dx}}. Renal function stable, creatinine 1.4. Ambulating with walker.
Disposition: home with services. Daughter {{PERSON:rel}} ({{PHONE_NUMBER:ph}}) will manage meds and drive to follow-up in 7-10 days.""",
                unit=g.pick(("4 West Medicine", "Cardiology Step-Down", "Orthopedics 6N", "Hospitalist Service")),
                pt=" ".join(pt), mrn=g.mrn(), dob=fmt_date(dob, s), age=[age_piece],
                adm=fmt_date(adm, s), dis=fmt_date(dis, s), doc=" ".join(doc), npi=g.npi(), dx=dx,
                rel=rel, ph=g.phone())


@template("hc_hl7_adt", "healthcare", "hl7")
def _(g: Gen):
    first, last = g.person()
    dfirst, dlast = g.person()
    st, city, state, z = g.address(unit=False)
    dob = g.dob(20, 95)
    adm = g.recent(10)
    ts = adm.strftime("%Y%m%d") + "%02d%02d" % (g.r.randint(0, 23), g.r.randint(0, 59))
    msgts = "20240614%02d%02d%02d" % (g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59))
    fac = g.pick(("STMARYS", "RIVERVIEW", "MERCYGEN", "LAKESIDE"))
    pv1 = ["PV1", "1", "I", g.pick(("4W^412^01", "ICU^08^A", "5E^518^02")), "E", "", "",
           "{{US_NPI:npi}}^{{PERSON:doc}}^^^^MD", "", "", "MED"] + [""] * 33 + ["{{DATE_TIME:admts}}"]
    ask = g.pick(("Parse this ADT^A01 and give me admit date, attending and the patient's age as a JSON object.",
                  "Why is our interface engine rejecting this message? It says PID-7 is invalid.",
                  "Convert this HL7 v2 message into a FHIR Patient + Encounter bundle."))
    return fill(ask + """

MSH|^~\\&|ADT1|{{fac}}|HIS|{{fac}}|{{msgts}}||ADT^A01^ADT_A01|MSG{{ctl}}|P|2.5.1
EVN|A01|{{msgts}}
PID|1||{{MEDICAL_RECORD_NUMBER:mrn}}^^^{{fac}}^MR||{{PERSON:name}}||{{DATE_TIME:dob}}|{{sex}}|||{{STREET_ADDRESS:street}}^^{{city}}^{{state}}^{{US_ZIP_CODE:zip}}^USA||{{PHONE_NUMBER:ph}}||||||{{US_SSN:ssn}}
""" + "|".join(pv1) + """
DG1|1||{{dg}}^^I10|||A""",
                fac=fac, msgts=msgts, ctl=g.digits(8), mrn=g.mrn(),
                name="%s^%s^%s" % (last.upper(), first.upper(), g.pick("ABCDEJKLMR")),
                dob=dob.strftime("%Y%m%d"), sex=g.pick("MF"), street=st.upper(), city=city.upper(),
                state=state, zip=z, ph=g.phone(g.pick(("paren", "dash"))), ssn=g.ssn(g.pick(("-", ""))),
                npi=g.npi(), doc="%s^%s" % (dlast.upper(), dfirst.upper()), admts=ts,
                dg=g.pick(("I50.9^Heart failure, unspecified", "J44.1^COPD with acute exacerbation",
                           "N39.0^Urinary tract infection", "A41.9^Sepsis, unspecified organism")))


@template("hc_fhir_patient", "healthcare", "fhir")
def _(g: Gen):
    first, last = g.person()
    st, city, state, z = g.address(unit=g.chance(0.4))
    dob = g.dob(1, 95)
    lead = g.pick(("Validate this FHIR R4 Patient resource against US Core and list what's missing:",
                   "Our EHR export produced this. Can you map it to our flat CSV layout (name, dob, phone, zip)?",
                   "Why does the server return 422 for this resource?"))
    deceased = ""
    extra = {}
    if g.chance(0.3):
        deceased = ',\n  "deceasedDateTime": "{{DATE_TIME:dod}}"'
        extra["dod"] = g.recent(200).isoformat()
    return fill(lead + """
{
  "resourceType": "Patient",
  "identifier": [{
    "type": {"coding": [{"system": "{{URL:sys}}", "code": "MR"}]},
    "system": "urn:oid:2.16.840.1.113883.3.{{oid}}",
    "value": "{{MEDICAL_RECORD_NUMBER:mrn}}"
  }],
  "name": [{"use": "official", "family": "{{PERSON:family}}", "given": ["{{PERSON:given}}"]}],
  "telecom": [
    {"system": "phone", "value": "{{PHONE_NUMBER:ph}}", "use": "mobile"},
    {"system": "email", "value": "{{EMAIL_ADDRESS:em}}"}
  ],
  "gender": "{{sex}}",
  "birthDate": "{{DATE_TIME:dob}}",
  "address": [{"line": ["{{STREET_ADDRESS:st}}"], "city": "{{city}}", "state": "{{state}}", "postalCode": "{{US_ZIP_CODE:zip}}"}]""" + deceased + """
}""", sys="http://terminology.hl7.org/CodeSystem/v2-0203", oid=g.digits(4), mrn=g.mrn(), family=last,
                given=first, ph=g.phone(g.pick(("dash", "paren", "e164"))), em=g.email(first, last),
                sex=g.pick(("female", "male", "other")), dob=dob.isoformat(), st=st, city=city, state=state,
                zip=z, **extra)


@template("hc_prior_auth_email", "healthcare", "email")
def _(g: Gen):
    pt, doc, coord = g.person(), g.person(), g.person()
    dob = g.dob(25, 80)
    drug = g.pick(("adalimumab 40 mg/0.4 mL", "semaglutide 1 mg weekly", "apixaban 5 mg BID",
                   "rimegepant 75 mg ODT", "dupilumab 300 mg"))
    dom = g.pick(("lakeside-clinic.example", "riverbend-health.example.org", "oakfamilymed.example.com"))
    return fill("""Please tighten up this prior-auth appeal email and make it more persuasive:

From: {{EMAIL_ADDRESS:from}}
To: {{EMAIL_ADDRESS:to}}
Subject: Appeal — PA denial for {{drug}}, member {{HEALTH_PLAN_ID:mid}}

To the utilization review team,

We are appealing the denial for our patient {{PERSON:pt}} (DOB {{DATE_TIME:dob}}, Member ID {{HEALTH_PLAN_ID:mid2}}). The patient has failed two formulary alternatives over 14 months, documented in the attached notes. Prescriber: {{PERSON:doc}}, NPI {{US_NPI:npi}}. Please call our office at {{PHONE_NUMBER:ph}} or fax {{PHONE_NUMBER:fax}} with questions.

Thank you,
{{PERSON:coord}}
Prior Authorization Coordinator""",
                **{"from": g.email(coord[0], coord[1], dom)}, to=g.pick(("appeals", "um-review", "pa-intake")) + "@payer-appeals.example.com",
                drug=drug, mid=(m := g.health_plan_id()), mid2=m, pt=" ".join(pt), dob=fmt_date(dob, "us"),
                doc=" ".join(doc), npi=g.npi(), ph=g.phone(), fax=g.phone(), coord=" ".join(coord))


@template("hc_erx_tool_call", "healthcare", "tool_call")
def _(g: Gen):
    first, last = g.person()
    dfirst, dlast = g.person()
    dob = g.dob(18, 85)
    drug = g.pick(("oxycodone 5 mg tablet", "lorazepam 0.5 mg tablet", "methylphenidate ER 36 mg",
                   "tramadol 50 mg tablet", "buprenorphine-naloxone 8-2 mg film"))
    args = ('{\\"patient\\": {\\"first_name\\": \\"{{PERSON:first}}\\", \\"last_name\\": \\"{{PERSON:last}}\\", '
            '\\"dob\\": \\"{{DATE_TIME:dob}}\\", \\"mrn\\": \\"{{MEDICAL_RECORD_NUMBER:mrn}}\\"}, '
            '\\"prescriber\\": {\\"name\\": \\"{{PERSON:doc}}\\", \\"npi\\": \\"{{US_NPI:npi}}\\", \\"dea\\": \\"{{US_DEA:dea}}\\"}, '
            '\\"medication\\": \\"{{drug}}\\", \\"quantity\\": {{qty}}, \\"refills\\": 0, \\"pharmacy_ncpdp\\": \\"{{ncpdp}}\\"}')
    return fill('{"role": "assistant", "content": null, "tool_calls": [{"id": "call_{{cid}}", "type": "function", '
                '"function": {"name": "send_eprescription", "arguments": "' + args + '"}}]}',
                cid=g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24),
                first=first, last=last, dob=dob.isoformat(), mrn=g.mrn(), doc=dfirst + " " + dlast, npi=g.npi(),
                dea=g.dea(dlast), drug=drug, qty=g.pick((10, 14, 20, 28, 30)), ncpdp=g.digits(7))


@template("hc_medicare_form", "healthcare", "form")
def _(g: Gen):
    first, last = g.person()
    a = g.old_age() if g.chance(0.5) else g.r.randint(66, 88)
    dob = g.dob_for_age(a)
    line, z = street_city(g)
    age_piece = ("AGE", str(a)) if a >= 90 else str(a)
    return fill("""I'm helping my {{rel}} with her Medicare Advantage enrollment. Here's what I've filled in so far — which fields still need attention?

Beneficiary name: {{PERSON:name}}
Medicare Number (MBI): {{US_MBI:mbi}}
Date of birth: {{DATE_TIME:dob}}    Age: {{age}}
Permanent residence: {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}
Phone: {{PHONE_NUMBER:ph}}
Email (optional): {{EMAIL_ADDRESS:em}}
Primary care provider: {{PERSON:pcp}}
Plan: {{plan}}""", rel=g.pick(("mother", "grandmother", "aunt")), name=first + " " + last,
                mbi=g.mbi(dashed=g.chance(0.4)), dob=fmt_date(dob, "us"), age=[age_piece], line=line, zip=z,
                ph=g.phone(), em=g.email(first, last), pcp=" ".join(g.person()),
                plan=g.pick(("HMO-POS Silver", "PPO Value Rx", "Dual Special Needs (D-SNP)")))


@template("hc_lab_csv", "healthcare", "csv")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        first, last = g.person()
        dob = g.dob(20, 90)
        col = g.recent(5)
        rows += fill('"{{PERSON:name}}",{{MEDICAL_RECORD_NUMBER:mrn}},{{DATE_TIME:dob}},{{DATE_TIME:col}},K,{{val}},mmol/L\n',
                     name="%s, %s" % (last, first), mrn=g.digits(8), dob=dob.isoformat(),
                     col="%s %02d:%02d" % (col.isoformat(), g.r.randint(4, 22), g.r.randint(0, 59)),
                     val="%.1f" % (g.r.randint(28, 68) / 10))
    return fill("""Flag any critical potassium values (<3.0 or >6.0) in this lab export and draft a page to the covering resident for each one.

patient_name,mrn,dob,collected_at,analyte,result,units
{{rows}}""", rows=rows)


@template("hc_nurse_line_transcript", "healthcare", "transcript")
def _(g: Gen):
    nurse = g.first()
    pt = g.person()
    a = g.old_age()
    dob = g.dob_for_age(a)
    caller = g.first()
    return fill("""Summarize this nurse-line call for the chart (SOAP format):

[00:00:03] Agent: Thanks for calling the nurse advice line, this is {{PERSON:nurse}}. Who am I speaking with?
[00:00:07] Caller: Hi, I'm {{PERSON:caller}}, calling about my grandmother, {{PERSON:pt}}.
[00:00:12] Agent: Can you confirm her date of birth?
[00:00:15] Caller: {{DATE_TIME:dob}}. She's {{AGE:age}} and she's been really dizzy since this morning.
[00:00:24] Agent: Any falls, chest pain, new weakness on one side?
[00:00:29] Caller: No fall. She did skip breakfast, and she takes metoprolol.
[00:00:41] Agent: OK. What's the best callback number?
[00:00:44] Caller: My cell, {{PHONE_NUMBER:ph}}.
[00:00:49] Agent: I'm going to recommend she be seen in urgent care today.""",
                nurse=nurse, caller=caller, pt=" ".join(pt), dob=fmt_date(dob, g.pick(("long", "us"))),
                age=a, ph=g.phone(g.pick(("dash", "dot", "paren"))))


@template("hc_device_sync_log", "healthcare", "log")
def _(g: Gen):
    t = "2024-06-%02dT%02d:%02d:" % (g.r.randint(1, 13), g.r.randint(0, 23), g.r.randint(0, 59))
    secs = iter(sorted(g.r.sample(range(60), 5)))
    sec = lambda: "%02dZ" % next(secs)
    return fill("""Our CGM sync job keeps failing for one patient. What does this log tell you?

{{t1}} INFO  sync.start device_serial={{DEVICE_ID:ser}} model={{model}} fw=4.2.{{fw}} patient_mrn={{MEDICAL_RECORD_NUMBER:mrn}}
{{t2}} INFO  ble.handshake ok rssi=-71 phone_imei={{DEVICE_ID:imei}}
{{t3}} WARN  upload.retry attempt=3 client_ip={{IP_ADDRESS:ip}} status=503 backoff_ms=4000
{{t4}} ERROR upload.failed reason=TLS_HANDSHAKE_TIMEOUT endpoint={{URL:url}}
{{t5}} INFO  sync.end readings_buffered=288""",
                t1=t + sec(), t2=t + sec(), t3=t + sec(), t4=t + sec(), t5=t + sec(),
                ser=g.device_serial(), model=g.pick(("G7-RX", "Libre3-R", "TSlim-X2", "Omni-Pod5")), fw=g.digits(1),
                mrn=g.mrn(), imei=g.imei(), ip=g.ipv4(), url=g.url("ingest.devicecloud.example.com", "/v2/readings"))


@template("hc_death_certificate", "healthcare", "form")
def _(g: Gen):
    first, last = g.person()
    a = g.old_age()
    dob = g.dob_for_age(a)
    dod = g.recent(30)
    line, z = street_city(g, unit=False)
    inf = g.person()
    return fill("""Check this draft death certificate worksheet for inconsistencies before we file it:

1. Decedent's legal name: {{PERSON:name}}
2. Sex: {{sex}}    3. Social Security Number: {{US_SSN:ssn}}
4. Age at last birthday: {{AGE:age}}    5. Date of birth: {{DATE_TIME:dob}}
6. Date of death: {{DATE_TIME:dod}}    Time: {{tod}}
7. Residence: {{STREET_ADDRESS:line}}    ZIP: {{US_ZIP_CODE:zip}}
8. Informant: {{PERSON:inf}} ({{relation}}), phone {{PHONE_NUMBER:ph}}
9. Immediate cause: {{cause}}
10. Certifier: {{PERSON:cert}}, MD""",
                name="%s %s %s" % (first, g.pick("ABCDEJLMRT"), last), sex=g.pick(("F", "M")), ssn=g.ssn(),
                age=a, dob=fmt_date(dob, "us"), dod=fmt_date(dod, "us"),
                tod="%02d:%02d" % (g.r.randint(0, 23), g.r.randint(0, 59)), line=line, zip=z,
                inf=" ".join(inf), relation=g.pick(("son", "daughter", "niece", "grandson")), ph=g.phone(),
                cause=g.pick(("aspiration pneumonia", "congestive heart failure", "sepsis due to UTI")),
                cert=" ".join(g.person()))


@template("hc_es_cita_chat", "healthcare", "chat")
def _(g: Gen):
    first, last = g.person()
    dob = g.dob(25, 80)
    return fill("""Hola, necesito que me ayudes a escribir un mensaje para la clínica para cambiar mi cita del jueves. Mis datos: me llamo {{PERSON:name}}, fecha de nacimiento {{DATE_TIME:dob}}, número de afiliado {{HEALTH_PLAN_ID:mid}}. Pueden llamarme al {{PHONE_NUMBER:ph}} o escribirme a {{EMAIL_ADDRESS:em}}. Prefiero por la tarde, después de las 4. Gracias!""",
                name=first + " " + last, dob=fmt_date(dob, g.pick(("es", "eu"))), mid=g.health_plan_id(),
                ph=g.phone(g.pick(("paren", "dash"))), em=g.email(first, last))


@template("hc_referral_letter", "healthcare", "email")
def _(g: Gen):
    pt, doc1, doc2 = g.person(), g.person(), g.person()
    dob = g.dob(30, 88)
    visit = g.recent(20)
    return fill("""Make this referral letter more concise (max 120 words) but keep all identifiers:

Dear Dr. {{PERSON:to}},

I am referring {{PERSON:pt}} (DOB {{DATE_TIME:dob}}, MRN {{MEDICAL_RECORD_NUMBER:mrn}}) for evaluation of {{reason}}. I saw {{pron}} in clinic on {{DATE_TIME:visit}}; labs and the echo report are available at {{URL:url}}. {{Pron}} can be reached at {{PHONE_NUMBER:ph}}.

Best regards,
{{PERSON:frm}}, MD
NPI {{US_NPI:npi}} | {{EMAIL_ADDRESS:em}}""",
                to=doc2[1], pt=" ".join(pt), dob=fmt_date(dob, "us"), mrn=g.mrn(),
                reason=g.pick(("new-onset atrial fibrillation", "refractory migraine", "a thyroid nodule (TI-RADS 4)",
                               "suspected obstructive sleep apnea")),
                pron=(p := g.pick(("her", "him", "them"))), Pron={"her": "She", "him": "He", "them": "They"}[p],
                visit=fmt_date(visit, "long"), url=g.url("portal.riverbend-health.example.org"),
                ph=g.phone(), frm=" ".join(doc1), npi=g.npi(), em=g.email(doc1[0], doc1[1], "riverbend-health.example.org"))


@template("hc_sql_update", "healthcare", "sql")
def _(g: Gen):
    first, last = g.person()
    return fill("""This update fails with "duplicate key value violates unique constraint patients_email_key". Why, and how do I fix it safely?

UPDATE patients
   SET phone = '{{PHONE_NUMBER:ph}}',
       email = '{{EMAIL_ADDRESS:em}}',
       updated_at = now()
 WHERE mrn = '{{MEDICAL_RECORD_NUMBER:mrn}}'
   AND last_name = '{{PERSON:last}}'
   AND date_of_birth = DATE '{{DATE_TIME:dob}}';""",
                ph=g.phone(g.pick(("dash", "e164"))), em=g.email(first, last), mrn=g.mrn(), last=last.replace("'", "''"),
                dob=g.dob(20, 85).isoformat())


@template("hc_x12_270", "healthcare", "edi")
def _(g: Gen):
    first, last = g.person()
    dob = g.dob(1, 85)
    dos = g.recent(3, 10)
    n = g.digits(9)
    return fill("""Clearinghouse keeps rejecting this 270 eligibility request with AAA*72 (invalid member ID). Can you spot the problem?

ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYERX         *240614*1015*^*00501*{{n}}*0*P*:~
GS*HS*SUBMITTER01*PAYERX*20240614*1015*1*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*{{ref}}*20240614*1015~
HL*1**20*1~
NM1*PR*2*{{payer}}*****PI*{{payerid}}~
HL*2*1*21*1~
NM1*1P*2*{{clinic}}*****XX*{{US_NPI:npi}}~
HL*3*2*22*0~
TRN*1*{{trace}}*9{{etin}}~
NM1*IL*1*{{PERSON:last}}*{{PERSON:first}}****MI*{{HEALTH_PLAN_ID:mid}}~
DMG*D8*{{DATE_TIME:dob}}*{{sex}}~
DTP*291*D8*{{DATE_TIME:dos}}~
EQ*30~
SE*13*0001~
GE*1*1~
IEA*1*{{n}}~""",
                n=n, ref=g.digits(10), payer=g.pick(("BLUEPLAINS", "UNIFIEDCARE", "MERIDIANHP")), payerid=g.digits(5),
                clinic=g.pick(("LAKESIDE FAMILY MEDICINE", "OAK RIDGE PEDIATRICS", "NORTHSIDE ORTHO")),
                npi=g.npi(), trace=g.digits(7), etin=g.digits(9), last=last.upper(), first=first.upper(),
                mid=g.health_plan_id(), dob=dob.strftime("%Y%m%d"), sex=g.pick("MF"), dos=dos.strftime("%Y%m%d"))


@template("hc_pharmacy_fax", "healthcare", "free_text")
def _(g: Gen):
    pt, doc = g.person(), g.person()
    dob = g.dob(18, 85)
    line, z = street_city(g)
    return fill("""OCR'd this pharmacy fax, please clean it up into a structured list:

RX CLARIFICATION REQUEST  pg 1/1
TO: {{PERSON:doc}} MD   DEA# {{US_DEA:dea}}   NPI {{US_NPI:npi}}
FAX {{PHONE_NUMBER:fax}}
PATIENT: {{PERSON:pt}}   DOB {{DATE_TIME:dob}}
ADDR: {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}
PH: {{PHONE_NUMBER:ph}}
Rx: {{drug}} — sig unclear ("1 tab po q4-6h prn"), qty {{qty}}. Please confirm max daily dose.
Pharmacist: {{PERSON:rph}}, RPh""",
                doc=" ".join(doc).upper(), dea=g.dea(doc[1]), npi=g.npi(), fax=g.phone(g.pick(("dash", "paren"))),
                pt=" ".join(pt).upper(), dob=fmt_date(dob, "us"), line=line.upper(), zip=z, ph=g.phone("dash"),
                drug=g.pick(("HYDROCODONE/APAP 5/325", "ALPRAZOLAM 0.25MG", "OXYCODONE 10MG")),
                qty=g.pick((12, 20, 30)), rph=" ".join(g.person()))


@template("hc_immunization_md", "healthcare", "markdown")
def _(g: Gen):
    first, last = g.person()
    dob = g.dob(4, 16)
    rows = []
    dates = sorted(g.date_between(dob + datetime.timedelta(days=60), REF_DATE) for _ in range(4))
    for vac, d in zip(g.r.sample(["DTaP #4", "IPV #3", "MMR #1", "Varicella #2", "HepA #2", "Tdap", "HPV #1",
                                  "MenACWY #1", "Influenza 2023-24"], 4), dates):
        rows += fill("| {{vac}} | {{DATE_TIME:d}} | {{lot}} |\n", vac=vac, d=fmt_date(d, "us"),
                     lot=g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + g.digits(4))
    return fill("""Is this child caught up for school entry in {{state}}? Here is the record from the state registry:

**Student:** {{PERSON:name}}  
**DOB:** {{DATE_TIME:dob}}  
**Parent/guardian:** {{PERSON:par}}, {{PHONE_NUMBER:ph}}

| Vaccine | Date given | Lot |
|---|---|---|
{{rows}}""", state=g.pick(("Ohio", "Oregon", "Virginia", "Iowa")), name=first + " " + last,
                dob=fmt_date(dob, "us"), par=g.first() + " " + last, ph=g.phone(), rows=rows)


# =====================================================================
# finance
# =====================================================================

@template("fin_wire_email", "finance", "email")
def _(g: Gen):
    ben = g.person()
    me = g.person()
    country = g.pick(("DE", "GB", "FR", "ES", "IT", "NL", "IE", "PT"))
    addr = foreign_address(g, country)
    return fill("""Can you turn this into a polite but firm email to our bank's wire desk? The payment is urgent.

Notes:
- amount EUR {{amt}}, invoice {{inv}}
- beneficiary: {{PERSON:ben}}, {{STREET_ADDRESS:addr}}
- IBAN {{IBAN_CODE:iban}}
- BIC/SWIFT {{SWIFT_CODE:bic}}
- debit our account no. {{US_BANK_ACCOUNT:acct}} (routing {{US_ROUTING_NUMBER:aba}})
- my direct line {{PHONE_NUMBER:ph}}, sign as {{PERSON:me}}""",
                amt="{:,}.00".format(g.r.randint(1200, 48000)), inv="INV-" + g.digits(5), ben=" ".join(ben),
                addr=addr, iban=g.iban(country), bic=g.swift(country), acct=g.bank_account(), aba=g.routing(),
                ph=g.phone(), me=" ".join(me))


@template("fin_ach_form", "finance", "form")
def _(g: Gen):
    first, last = g.person()
    return fill("""Convert this direct deposit authorization into JSON for our payroll import:

DIRECT DEPOSIT AUTHORIZATION
Employee name: {{PERSON:name}}
Bank name: {{bank}}
Routing number (ABA): {{US_ROUTING_NUMBER:aba}}
Account number: {{US_BANK_ACCOUNT:acct}}
Account type: {{atype}}
Deposit: {{split}}
Employee signature: {{PERSON:sig}}      Date: 06/{{dd}}/2024""",
                name=first + " " + last, bank=g.pick(("First Prairie Credit Union", "Harborline Bank",
                                                      "Summit Federal Savings", "Cascade Community Bank")),
                aba=g.routing(), acct=g.bank_account(), atype=g.pick(("Checking", "Savings")),
                split=g.pick(("100% of net pay", "$500 per pay period, remainder to primary", "80% of net")),
                sig=first + " " + last, dd="%02d" % g.r.randint(1, 13))


@template("fin_card_dispute_chat", "finance", "chat")
def _(g: Gen):
    brand, pan = g.card()
    return fill("""I was charged twice for the same order at {{URL:site}} — {{amt}} on both the 3rd and the 4th. My card is {{CREDIT_CARD:pan}}, exp {{exp}}, CVV {{CARD_SECURITY_CODE:cvv}}. Can you write a dispute letter I can send to my bank? My name is {{PERSON:name}}, billing ZIP {{US_ZIP_CODE:zip}}.""",
                site=g.url(g.pick(("shop.example.com", "store.fabrikam.example", "tickets.example.net")), ""),
                amt="$" + str(g.r.randint(20, 900)) + ".%02d" % g.r.randint(0, 99), pan=pan, exp=g.expiry(),
                cvv=g.cvv(brand), name=" ".join(g.person()), zip=g.city()[2] + g.digits(2))


@template("fin_checkout_json", "retail", "json")
def _(g: Gen):
    first, last = g.person()
    brand, pan = g.card(fmt="plain")
    st, city, state, z = g.address()
    body = fill("""{
  "amount": {{amt}},
  "currency": "usd",
  "payment_method": {
    "type": "card",
    "card": {"number": "{{CREDIT_CARD:pan}}", "exp_month": {{em}}, "exp_year": {{ey}}, "cvc": "{{CARD_SECURITY_CODE:cvc}}"},
    "billing_details": {
      "name": "{{PERSON:name}}",
      "email": "{{EMAIL_ADDRESS:email}}",
      "phone": "{{PHONE_NUMBER:ph}}",
      "address": {"line1": "{{STREET_ADDRESS:line1}}", "city": "{{city}}", "state": "{{state}}", "postal_code": "{{US_ZIP_CODE:zip}}", "country": "US"}
    }
  },
  "metadata": {"order_id": "{{oid}}", "client_ip": "{{IP_ADDRESS:ip}}"}
}""", amt=g.r.randint(500, 99999), pan=pan, em=g.r.randint(1, 12), ey=g.r.randint(2025, 2030),
               cvc=g.cvv(brand), name=first + " " + last, email=g.email(first, last), ph=g.phone("e164"),
               line1=st, city=city, state=state, zip=z, oid="ord_" + g.digits(8), ip=g.ipv4())
    return body


@template("fin_pos_terminal_log", "finance", "log")
def _(g: Gen):
    first, last = g.person()
    tr = g.track1(first, last) if g.chance(0.5) else g.track2()
    return fill("""Security flagged this POS debug log. Explain what's wrong and what PCI DSS requirement it breaks:

2024-06-13 18:22:41.337 [TERM-{{term}}] DEBUG emv.fallback msr_swipe=1
2024-06-13 18:22:41.339 [TERM-{{term}}] DEBUG raw_track={{CARD_TRACK_DATA:tr}}
2024-06-13 18:22:41.512 [TERM-{{term}}] INFO  auth.request host={{IP_ADDRESS:ip}}:{{port}} amount=4875 mcc=5812
2024-06-13 18:22:42.090 [TERM-{{term}}] INFO  auth.response code=00 approval={{appr}}""",
                term=g.digits(4), tr=tr, ip=g.ipv4(), port=g.pick(("8443", "9001", "443")), appr=g.chars("0123456789ABCDEF", 6))


@template("fin_w9_form", "finance", "form")
def _(g: Gen):
    first, last = g.person()
    line, z = street_city(g)
    if g.chance(0.5):
        tin = ("US_SSN", g.ssn())
        label = "Social security number"
    else:
        tin = ("US_ITIN", g.itin())
        label = "Taxpayer identification number (ITIN)"
    return fill("""A contractor sent this W-9 info by email. Does anything look wrong before I enter it in QuickBooks?

Name (as shown on your income tax return): {{PERSON:name}}
Business name: {{biz}}
Federal tax classification: Individual/sole proprietor
Address: {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}
{{label}}: {{tin}}
Signature: {{PERSON:sig}}""",
                name=first + " " + last, biz=g.pick(("Bluebird Design Studio", "", "Ridgeline Handyman LLC",
                                                     "Northstar Translations")) or "(none)",
                line=line, zip=z, label=label, tin=[tin], sig=first + " " + last)


@template("fin_itin_chat", "finance", "chat")
def _(g: Gen):
    return fill("""I don't have an SSN yet, only an ITIN ({{US_ITIN:itin}}). My wife just got her SSN, it's {{US_SSN:ssn}}. Can we file jointly this year and claim our son? Also my employer put my ITIN on the W-2 — is that a problem? My name is {{PERSON:name}} if you need it for the letter.""",
                itin=g.itin(g.pick(("-", " "))), ssn=g.ssn(), name=" ".join(g.person()))


@template("fin_sepa_xml", "finance", "xml")
def _(g: Gen):
    d, c = g.person(), g.person()
    c1, c2 = g.pick(("DE", "NL", "FR", "BE", "AT")), g.pick(("ES", "IT", "FI", "PT", "LU"))
    return fill("""Our bank rejects this pain.001 with "RJCT AC01". Which element is wrong?

<CstmrCdtTrfInitn>
  <GrpHdr><MsgId>MSG-{{mid}}</MsgId><CreDtTm>2024-06-14T09:12:00</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>
  <PmtInf>
    <PmtMtd>TRF</PmtMtd>
    <Dbtr><Nm>{{PERSON:dname}}</Nm></Dbtr>
    <DbtrAcct><Id><IBAN>{{IBAN_CODE:diban}}</IBAN></Id></DbtrAcct>
    <DbtrAgt><FinInstnId><BICFI>{{SWIFT_CODE:dbic}}</BICFI></FinInstnId></DbtrAgt>
    <CdtTrfTxInf>
      <Amt><InstdAmt Ccy="EUR">{{amt}}</InstdAmt></Amt>
      <CdtrAgt><FinInstnId><BICFI>{{SWIFT_CODE:cbic}}</BICFI></FinInstnId></CdtrAgt>
      <Cdtr><Nm>{{PERSON:cname}}</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>{{IBAN_CODE:ciban}}</IBAN></Id></CdtrAcct>
      <RmtInf><Ustrd>Rent {{month}}</Ustrd></RmtInf>
    </CdtTrfTxInf>
  </PmtInf>
</CstmrCdtTrfInitn>""",
                mid=g.digits(8), dname=" ".join(d), diban=g.iban(c1, False), dbic=g.swift(c1),
                amt="%d.%02d" % (g.r.randint(300, 2500), g.r.randint(0, 99)), cbic=g.swift(c2), cname=" ".join(c),
                ciban=g.iban(c2, False), month=g.pick(("June 2024", "Q3", "2024-06")))


@template("fin_mt103", "finance", "swift_mt")
def _(g: Gen):
    o, b = g.person(), g.person()
    oc, bc = g.pick(("GB", "IE", "CH")), g.pick(("DE", "FR", "NL", "PL", "SE"))
    return fill("""Explain each field of this MT103 to a junior analyst, and tell me whether field 71A makes sense here.

{1:F01{{SWIFT_CODE:snd}}AXXX{{sess}}}{2:I103{{SWIFT_CODE:rcv}}XXXXN}{4:
:20:REF{{ref}}
:23B:CRED
:32A:240614EUR{{amt}}
:50K:/{{IBAN_CODE:oiban}}
{{PERSON:oname}}
{{STREET_ADDRESS:oline}}
:52A:{{SWIFT_CODE:obic}}
:57A:{{SWIFT_CODE:bbic}}
:59:/{{IBAN_CODE:biban}}
{{PERSON:bname}}
:70:INVOICE {{inv}}
:71A:SHA
-}""",
                snd=g.swift(oc, False), rcv=g.swift(bc, False), sess=g.digits(10), ref=g.digits(10),
                amt="%d,%02d" % (g.r.randint(1000, 90000), g.r.randint(0, 99)), oiban=g.iban(oc, False),
                oname=" ".join(o).upper(), oline=foreign_address(g, oc).upper(), obic=g.swift(oc, True), bbic=g.swift(bc),
                biban=g.iban(bc, False), bname=" ".join(b).upper(), inv=g.digits(6))


@template("fin_de_ueberweisung", "finance", "free_text")
def _(g: Gen):
    first, last = g.person()
    return fill("""Kannst du mir eine kurze, höfliche E-Mail an meinen Vermieter schreiben? Die Kaution soll bitte auf mein neues Konto zurücküberwiesen werden: Kontoinhaber {{PERSON:name}}, IBAN {{IBAN_CODE:iban}}, BIC {{SWIFT_CODE:bic}}. Ich bin unter {{PHONE_NUMBER:ph}} erreichbar. Die Wohnungsübergabe war am {{date}}, alles ohne Mängel.""",
                name=first + " " + last, iban=g.iban("DE", True), bic=g.swift("DE"), ph=g.phone_intl("DE"),
                date=g.pick(("30. April", "31. Mai", "15. März")))


@template("fin_fraud_alert_email", "finance", "email")
def _(g: Gen):
    first, last = g.person()
    return fill("""Draft a reply to this customer. Be empathetic, explain next steps, don't promise a refund date.

---
From: {{EMAIL_ADDRESS:em}}
Subject: someone logged into my account!!

Hi, I got an alert that someone signed in from {{IP_ADDRESS:ip}} at 3am, that is NOT me. I only use my phone (IMEI {{DEVICE_ID:imei}}) and my laptop. There's also a transfer of $2,400 to account {{US_BANK_ACCOUNT:acct}} that I never made. Please freeze everything. You can call me at {{PHONE_NUMBER:ph}}.
{{PERSON:sig}}""",
                em=g.email(first, last), ip=g.ipv4(g.pick(("doc1", "doc2", "doc3"))), imei=g.imei(),
                acct=g.bank_account(), ph=g.phone(), sig=first + " " + last)


@template("fin_mortgage_table", "finance", "markdown")
def _(g: Gen):
    rows = []
    for role in ("Primary", "Co-borrower")[: g.r.randint(1, 2)]:
        first, last = g.person()
        dob = g.dob(24, 70)
        rows += fill("| {{role}} | {{PERSON:name}} | {{US_SSN:ssn}} | {{DATE_TIME:dob}} | {{PHONE_NUMBER:ph}} | {{EMAIL_ADDRESS:em}} |\n",
                     role=role, name=first + " " + last, ssn=g.ssn(), dob=fmt_date(dob, "us"), ph=g.phone(),
                     em=g.email(first, last))
    line, z = street_city(g, unit=False)
    return fill("""Summarize this loan file for underwriting and list missing documents.

| Role | Name | SSN | DOB | Phone | Email |
|---|---|---|---|---|---|
{{rows}}
Subject property: {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}  
Loan amount: ${{amt}} — 30-yr fixed — LTV {{ltv}}%  
Asset statement: checking acct #{{US_BANK_ACCOUNT:acct}}, routing {{US_ROUTING_NUMBER:aba}}""",
                rows=rows, line=line, zip=z, amt="{:,}".format(g.r.randint(150, 900) * 1000),
                ltv=g.r.randint(60, 95), acct=g.bank_account(), aba=g.routing())


# =====================================================================
# insurance
# =====================================================================

@template("ins_fnol_transcript", "insurance", "transcript")
def _(g: Gen):
    agent, me, other = g.first(), g.person(), g.person()
    state, dl = g.driver_license()
    st, city, sta, z = g.address(unit=False)
    return fill("""Turn this first-notice-of-loss call into a claim intake record (JSON):

AGENT: Claims, this is {{PERSON:agent}}. Is anyone injured?
CALLER: No, thank God. This is {{PERSON:me}}, I was rear-ended on {{loc}}.
AGENT: Sorry to hear that. Can I get your driver's license number?
CALLER: It's a {{state}} license, {{US_DRIVER_LICENSE:dl}}.
AGENT: And the VIN of your vehicle? It's on the insurance card.
CALLER: {{VEHICLE_ID:vin}}.
AGENT: Do you have the other driver's information?
CALLER: Her name is {{PERSON:other}}, phone {{PHONE_NUMBER:oph}}. She said she's with {{carrier}}.
AGENT: And where should the adjuster reach you?
CALLER: {{PHONE_NUMBER:ph}}, or at home, {{STREET_ADDRESS:home}} {{US_ZIP_CODE:zip}}.""",
                agent=agent, me=" ".join(me), loc=g.pick(("Route 9 near the mall", "the I-35 frontage road",
                                                           "Main and 3rd", "the Kroger parking lot")),
                state=state, dl=dl, vin=g.vin(), other=" ".join(other), oph=g.phone(),
                carrier=g.pick(("Lakeshore Mutual", "Pinecrest Insurance", "Allied Prairie")), ph=g.phone(),
                home="%s, %s, %s" % (st, city, sta), zip=z)


@template("ins_auto_quote_json", "insurance", "json")
def _(g: Gen):
    first, last = g.person()
    st, city, state, z = g.address(unit=False)
    lstate, dl = g.driver_license()
    return fill("""{
  "quote_request": {
    "effective_date": "2024-07-01",
    "drivers": [
      {"first_name": "{{PERSON:first}}", "last_name": "{{PERSON:last}}", "dob": "{{DATE_TIME:dob}}",
       "license": {"state": "{{lstate}}", "number": "{{US_DRIVER_LICENSE:dl}}"}, "violations": 0}
    ],
    "vehicles": [{"year": {{yr}}, "make": "{{make}}", "vin": "{{VEHICLE_ID:vin}}", "annual_miles": {{miles}}}],
    "garaging_address": {"street": "{{STREET_ADDRESS:st}}", "city": "{{city}}", "state": "{{state}}", "zip": "{{US_ZIP_CODE:zip}}"},
    "contact": {"email": "{{EMAIL_ADDRESS:em}}", "phone": "{{PHONE_NUMBER:ph}}"}
  }
}""", first=first, last=last, dob=g.dob(17, 80).isoformat(), lstate=lstate, dl=dl, yr=g.r.randint(2012, 2024),
                make=g.pick(("Honda", "Toyota", "Ford", "Subaru", "Hyundai", "Tesla")), vin=g.vin(),
                miles=g.r.randint(4, 20) * 1000, st=st, city=city, state=state, zip=z, em=g.email(first, last),
                ph=g.phone("dash"))


@template("ins_dental_claim", "insurance", "form")
def _(g: Gen):
    sub = g.person()
    pt = g.first()
    dos = g.recent(30)
    return fill("""Which CDT codes on this dental claim are likely to be downgraded? Claim form excerpt:

SUBSCRIBER: {{PERSON:sub}}    Subscriber ID: {{HEALTH_PLAN_ID:sid}}    Group #: {{grp}}
PATIENT: {{PERSON:pt}} {{PERSON:ptlast}} (dependent child)    DOB: {{DATE_TIME:dob}}
BILLING DENTIST: {{PERSON:dds}}, DDS    NPI: {{US_NPI:npi}}    TIN: on file
Date of service: {{DATE_TIME:dos}}
  D0120 periodic oral evaluation
  D1120 prophylaxis - child
  D1351 sealant, per tooth x4
  D2391 resin composite, one surface, posterior (#30)""",
                sub=" ".join(sub), sid=g.health_plan_id(), grp=g.digits(6), pt=pt, ptlast=sub[1],
                dob=fmt_date(g.dob(6, 15), "us"), dds=" ".join(g.person()), npi=g.npi(), dos=fmt_date(dos, "us"))


@template("ins_life_claim_email", "insurance", "email")
def _(g: Gen):
    dec, ben = g.person(), g.person()
    a = g.old_age()
    dod = g.recent(60)
    return fill("""Please rewrite this so it sounds professional — I'm sending it to the life insurance company.

hello, my father {{PERSON:dec}} passed away on {{DATE_TIME:dod}} at age {{AGE:age}}. his policy number is {{pol}}. i am the beneficiary ({{PERSON:ben}}). please send the payout by direct deposit to my checking account {{US_BANK_ACCOUNT:acct}}, routing number {{US_ROUTING_NUMBER:aba}}. i have the death certificate. my email is {{EMAIL_ADDRESS:em}}. thanks""",
                dec=" ".join(dec), dod=fmt_date(dod, g.pick(("long", "us"))), age=a, pol="LP-" + g.digits(8),
                ben=" ".join(ben), acct=g.bank_account(), aba=g.routing(), em=g.email(ben[0], ben[1]))


# =====================================================================
# HR
# =====================================================================

@template("hr_onboarding_yaml", "hr", "yaml")
def _(g: Gen):
    first, last = g.person()
    st, city, state, z = g.address()
    return fill("""# new hire record exported from the ATS — can you convert this to the Workday EIB column layout?
employee:
  legal_name: "{{PERSON:name}}"
  preferred_name: {{PERSON:pref}}
  date_of_birth: {{DATE_TIME:dob}}
  ssn: "{{US_SSN:ssn}}"
  personal_email: {{EMAIL_ADDRESS:em}}
  mobile: "{{PHONE_NUMBER:ph}}"
  home_address:
    street: {{STREET_ADDRESS:st}}
    city: {{city}}
    state: {{state}}
    zip: "{{US_ZIP_CODE:zip}}"
  start_date: 2024-07-{{sd}}
  direct_deposit:
    routing_number: "{{US_ROUTING_NUMBER:aba}}"
    account_number: "{{US_BANK_ACCOUNT:acct}}"
    account_type: {{atype}}""",
                name=first + " " + last, pref=first, dob=g.dob(20, 64).isoformat(), ssn=g.ssn(),
                em=g.email(first, last), ph=g.phone(), st=st, city=city, state=state, zip=z,
                sd="%02d" % g.r.randint(1, 28), aba=g.routing(), acct=g.bank_account(),
                atype=g.pick(("checking", "savings")))


@template("hr_i9_chat", "hr", "chat")
def _(g: Gen):
    lstate, dl = g.driver_license()
    return fill("""For the I-9, the new hire ({{PERSON:name}}) brought a US passport, number {{US_PASSPORT:pp}}, and also a {{lstate}} driver's license {{US_DRIVER_LICENSE:dl}}. Do I record both in Section 2 or just the passport? The passport expires next March — does that matter?""",
                name=" ".join(g.person()), pp=g.passport(), lstate=lstate, dl=dl)


@template("hr_background_check_json", "hr", "json")
def _(g: Gen):
    first, last = g.person()
    lstate, dl = g.driver_license()
    st1, c1, s1, z1 = g.address()
    st2, c2, s2, z2 = g.address()
    return fill("""{
  "package": "standard_plus_mvr",
  "candidate": {
    "first_name": "{{PERSON:first}}",
    "middle_name": "{{PERSON:mid}}",
    "last_name": "{{PERSON:last}}",
    "dob": "{{DATE_TIME:dob}}",
    "ssn": "{{US_SSN:ssn}}",
    "email": "{{EMAIL_ADDRESS:em}}",
    "phone": "{{PHONE_NUMBER:ph}}",
    "driver_license": {"number": "{{US_DRIVER_LICENSE:dl}}", "state": "{{lstate}}"},
    "address_history": [
      {"street": "{{STREET_ADDRESS:st1}}", "city": "{{c1}}", "state": "{{s1}}", "zip": "{{US_ZIP_CODE:z1}}", "from": "2021-03"},
      {"street": "{{STREET_ADDRESS:st2}}", "city": "{{c2}}", "state": "{{s2}}", "zip": "{{US_ZIP_CODE:z2}}", "from": "2016-08"}
    ]
  },
  "callback_url": "{{URL:cb}}"
}""", first=first, mid=g.first(), last=last, dob=g.dob(21, 60).isoformat(), ssn=g.ssn(), em=g.email(first, last),
                ph=g.phone("e164"), dl=dl, lstate=lstate, st1=st1, c1=c1, s1=s1, z1=z1, st2=st2, c2=c2, s2=s2, z2=z2,
                cb=g.url("hooks.talentdesk.example.com", "/bgc/" + g.hex_id(12)))


@template("hr_roster_csv", "hr", "csv")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(4, 6)):
        first, last = g.person()
        rows += fill("{{eid}},{{PERSON:first}},{{PERSON:last}},{{EMAIL_ADDRESS:em}},{{PHONE_NUMBER:ph}},{{dept}},{{mgr}}\n",
                     eid="E" + g.digits(5), first=first, last=last,
                     em=g.email(first, last, "northwind.example"), ph=g.phone("dash"),
                     dept=g.pick(("Finance", "Engineering", "Support", "Sales", "Legal", "Facilities")),
                     mgr="E" + g.digits(5))
    return fill("""Group these employees by department and write a welcome email to each team lead. CSV:

employee_id,first_name,last_name,work_email,mobile,department,manager_id
{{rows}}""", rows=rows)


@template("hr_exit_email", "hr", "email")
def _(g: Gen):
    emp, hrp = g.person(), g.person()
    line, z = street_city(g)
    return fill("""Fix the tone of this offboarding email; it reads too cold.

Hi {{PERSON:emp}},

Your last day is confirmed as Friday. Your final paycheck, including 36 hours of unused PTO, will be deposited to the account ending in {{last4}}. Please return your laptop (asset tag {{tag}}) using the prepaid box we'll mail to {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}. After today we'll contact you only at {{EMAIL_ADDRESS:em}} or {{PHONE_NUMBER:ph}}.

{{PERSON:hr}}
People Operations""",
                emp=emp[0], last4=g.digits(4), tag="NW-" + g.digits(5), line=line, zip=z,
                em=g.email(emp[0], emp[1]), ph=g.phone(), hr=" ".join(hrp))


# =====================================================================
# legal
# =====================================================================

@template("legal_affidavit", "legal", "free_text")
def _(g: Gen):
    first, last = g.person()
    dob = g.dob(25, 80)
    line, z = street_city(g, unit=False)
    lstate, dl = g.driver_license()
    return fill("""Proofread this affidavit paragraph and flag anything a court clerk would reject:

I, {{PERSON:name}}, born {{DATE_TIME:dob}}, residing at {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}, being first duly sworn, state as follows: I am over eighteen years of age and competent to testify. My identity was verified by the notary using my {{lstate}} driver license number {{US_DRIVER_LICENSE:dl}}. On the evening in question I personally served the summons on {{PERSON:served}} at the front door of the residence.""",
                name=first + " " + last, dob=fmt_date(dob, "long"), line=line, zip=z, lstate=lstate, dl=dl,
                served=" ".join(g.person()))


@template("legal_subpoena_return_md", "legal", "markdown")
def _(g: Gen):
    first, last = g.person()
    rows = []
    for _ in range(g.r.randint(2, 4)):
        ts = "2024-05-%02d %02d:%02d UTC" % (g.r.randint(1, 31), g.r.randint(0, 23), g.r.randint(0, 59))
        ip = g.ipv4(g.pick(("doc1", "doc2", "doc3"))) if g.chance(0.7) else g.ipv6()
        rows += fill("| {{ts}} | {{IP_ADDRESS:ip}} | {{DEVICE_ID:dev}} |\n", ts=ts, ip=ip,
                     dev=g.pick((g.imei(), g.mac())))
    return fill("""Summarize this subpoena return for the associate; which login came from an unusual device?

### Subscriber information
- Name: {{PERSON:name}}
- Account email: {{EMAIL_ADDRESS:em}}
- Recovery phone: {{PHONE_NUMBER:ph}}

### Login records
| Timestamp | IP address | Device identifier |
|---|---|---|
{{rows}}""", name=first + " " + last, em=g.email(first, last), ph=g.phone("intl"), rows=rows)


@template("legal_fr_attestation", "legal", "free_text")
def _(g: Gen):
    first, last = g.person()
    dob = g.dob(25, 80)
    return fill("""Peux-tu traduire cette attestation en anglais, en gardant la mise en forme ?

Je soussigné(e) {{PERSON:name}}, né(e) le {{DATE_TIME:dob}}, demeurant {{STREET_ADDRESS:addr}}, titulaire du passeport américain n° {{US_PASSPORT:pp}}, atteste sur l'honneur héberger à titre gratuit {{PERSON:guest}} depuis le 1er mars. Contact : {{PHONE_NUMBER:ph}}, {{EMAIL_ADDRESS:em}}.
Fait pour servir et valoir ce que de droit.""",
                name=first + " " + last, dob=fmt_date(dob, "fr"),
                addr="%d rue %s, %s" % (g.r.randint(2, 180), g.pick(("des Lilas", "Victor Hugo", "de la République",
                                                                      "Pasteur")), g.pick(("75011 Paris", "69003 Lyon", "33000 Bordeaux"))),
                pp=g.passport(), guest=" ".join(g.person()), ph=g.phone_intl("FR"), em=g.email(first, last))


@template("legal_intake_tool_call", "legal", "tool_call")
def _(g: Gen):
    first, last = g.person()
    opp = g.person()
    return fill('{"type": "tool_use", "id": "toolu_{{tid}}", "name": "create_matter", "input": {"client": {"name": "{{PERSON:name}}", '
                '"email": "{{EMAIL_ADDRESS:em}}", "phone": "{{PHONE_NUMBER:ph}}", "dob": "{{DATE_TIME:dob}}"}, '
                '"matter_type": "{{mt}}", "adverse_party": "{{PERSON:opp}}", "conflict_check": true, '
                '"notes": "Client SSN {{US_SSN:ssn}} needed for the bankruptcy petition; uploaded via {{URL:url}}"}}',
                tid=g.chars("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789", 24), name=first + " " + last,
                em=g.email(first, last), ph=g.phone(), dob=g.dob(25, 75).isoformat(),
                mt=g.pick(("chapter_7", "chapter_13")), opp=" ".join(opp), ssn=g.ssn(),
                url=g.url("intake.lawfirm.example.com", "/upload/" + g.hex_id(10)))


# =====================================================================
# support / retail / telecom
# =====================================================================

@template("sup_login_chat", "support", "chat")
def _(g: Gen):
    first, last = g.person()
    return fill("""User: hey your app keeps saying "invalid credentials" but I KNOW my password is right. email is {{EMAIL_ADDRESS:em}} and password is {{PASSWORD:pw}} — can you just check what's wrong with my account? I've tried resetting twice.""",
                em=g.email(first, last), pw=g.password())


@template("sup_ticket_json", "support", "json")
def _(g: Gen):
    first, last = g.person()
    st, city, state, z = g.address()
    return fill("""{
  "ticket": {
    "subject": "Replacement phone never arrived",
    "priority": "high",
    "requester": {"name": "{{PERSON:name}}", "email": "{{EMAIL_ADDRESS:em}}", "phone": "{{PHONE_NUMBER:ph}}"},
    "custom_fields": {"device_imei": "{{DEVICE_ID:imei}}", "order_number": "{{ord}}", "shipping_zip": "{{US_ZIP_CODE:zip}}"},
    "comment": {"body": "Ship to {{STREET_ADDRESS:line}}, not the old address. Tracking shows delivered but nothing here."}
  },
  "instructions": "Classify urgency and suggest a macro."
}""", name=first + " " + last, em=g.email(first, last), ph=g.phone("e164"), imei=g.imei(), ord=g.digits(9),
                zip=z, line="%s, %s, %s" % (st, city, state))


@template("sup_card_call_transcript", "support", "transcript")
def _(g: Gen):
    brand, pan = g.card(fmt="space")
    first, last = g.person()
    st, city, state, z = g.address(unit=False)
    return fill("""Redact nothing, just rate the agent's compliance with our call script (1-5) and explain:

Agent ({{PERSON:agent}}): Thank you for calling, how can I help?
Customer: I need to update the card on my subscription.
Agent: Sure. Can you read me the card number?
Customer: {{CREDIT_CARD:pan}}.
Agent: Expiration and the security code on the back?
Customer: {{exp}}, and the code is {{CARD_SECURITY_CODE:cvv}}.
Agent: And the billing address?
Customer: {{STREET_ADDRESS:st}}, {{US_ZIP_CODE:zip}}.
Agent: Name on the card?
Customer: {{PERSON:name}}.""",
                agent=g.first(), pan=pan, exp=g.expiry(), cvv=g.cvv(brand), st="%s, %s, %s" % (st, city, state),
                zip=z, name=first + " " + last)


@template("sup_pt_chat", "support", "chat")
def _(g: Gen):
    first, last = g.person()
    return fill("""Olá! Meu pedido chegou com defeito e preciso abrir uma troca. Meu nome é {{PERSON:name}}, e-mail {{EMAIL_ADDRESS:em}}, telefone {{PHONE_NUMBER:ph}}. O número de série do fone é {{DEVICE_ID:ser}}. Pode me ajudar a escrever a reclamação para a loja?""",
                name=first + " " + last, em=g.email(first, last), ph=g.phone_intl("BR"), ser=g.device_serial())


@template("retail_order_chat", "retail", "chat")
def _(g: Gen):
    first, last = g.person()
    line, z = street_city(g)
    return fill("""System: You are the support assistant for an online store.
User: Hi, I ordered a standing desk last week (order #{{ord}}) and it's going to my old place. Can you change the shipping address to {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}? Name on the order is {{PERSON:name}}, phone {{PHONE_NUMBER:ph}}.""",
                ord=g.digits(7), line=line, zip=z, name=first + " " + last, ph=g.phone())


@template("tel_port_form", "telecom", "form")
def _(g: Gen):
    first, last = g.person()
    line, z = street_city(g)
    return fill("""Port-in request keeps failing with "6P: account info mismatch". Here's what the customer entered — what's likely wrong?

Number to port: {{PHONE_NUMBER:num}}
Account holder: {{PERSON:name}}
Account type: postpaid, {{lines}} lines
Account PIN / passcode: {{PASSWORD:pin}}
Service address: {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}
Device IMEI: {{DEVICE_ID:imei}}
Contact email: {{EMAIL_ADDRESS:em}}""",
                num=g.phone(g.pick(("dash", "paren"))), name=first + " " + last, lines=g.r.randint(1, 4), pin=g.pin(),
                line=line, zip=z, imei=g.imei(), em=g.email(first, last))


@template("sup_obfuscated_chat", "support", "chat")
def _(g: Gen):
    """User deliberately mangles separators (non-breaking hyphen, en dash, zero-width joiner, full-width digits)."""
    ssn = g.ssn()
    mode = g.pick(("nbh", "endash", "zwj"))
    if mode == "nbh":
        ssn_o = ssn.replace("-", "\u2011")
    elif mode == "endash":
        ssn_o = ssn.replace("-", "\u2013")
    else:
        ssn_o = ssn.replace("-", "\u200d")
    ph = g.phone("dash")
    ph_o = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in ph)
    return fill("""lol your filter won't catch this: my social is {{US_SSN:ssn}} and my number is {{PHONE_NUMBER:ph}}. Now fill in the rental application for {{PERSON:name}} using those.""",
                ssn=ssn_o, ph=ph_o, name=" ".join(g.person()))


# =====================================================================
# engineering
# =====================================================================

@template("eng_dotenv", "engineering", "env")
def _(g: Gen):
    return fill("""Why does my app say "OPENAI_API_KEY is not set" even though I have this .env in the project root?

# .env
NODE_ENV=production
OPENAI_API_KEY={{API_KEY:oai}}
STRIPE_SECRET_KEY={{API_KEY:stripe}}
SESSION_SECRET={{HIGH_ENTROPY_SECRET:sess}}
DATABASE_URL=postgres://app:{{PASSWORD:pw}}@db:5432/orders
REDIS_HOST={{IP_ADDRESS:redis}}
LOG_LEVEL=info""",
                oai=g.api_key(g.pick(("openai", "openai_legacy"))), stripe=g.api_key("stripe"),
                sess=g.generic_secret(g.pick(("hex64", "alnum40", "b64"))), pw=g.password().replace("@", "A"),
                redis=g.ipv4("private10"))


@template("eng_k8s_secret", "engineering", "yaml")
def _(g: Gen):
    return fill("""kubectl apply fails with "illegal base64 data at input byte 0". What's wrong with this manifest?

apiVersion: v1
kind: Secret
metadata:
  name: billing-api
  namespace: payments
type: Opaque
data:
  DB_PASSWORD: {{PASSWORD:pw}}
  ANTHROPIC_API_KEY: {{API_KEY:ant}}
  WEBHOOK_SIGNING_SECRET: {{API_KEY:wh}}
  UPSTREAM_HOST: {{IP_ADDRESS:ip}}""",
                pw=g.password().replace("#", "!"), ant=g.api_key("anthropic"), wh=g.api_key("stripe_webhook"),
                ip=g.ipv4("private172"))


@template("eng_python_client", "engineering", "code")
def _(g: Gen):
    kind = g.pick(("openai", "anthropic"))
    if kind == "openai":
        setup = 'from openai import OpenAI\nclient = OpenAI(api_key="{{API_KEY:key}}")'
        call = 'resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])'
        key = g.api_key("openai")
    else:
        setup = 'import anthropic\nclient = anthropic.Anthropic(api_key="{{API_KEY:key}}")'
        call = 'resp = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=512, messages=[{"role": "user", "content": prompt}])'
        key = g.api_key("anthropic")
    return fill("""This script hangs after the first request. Any idea why?

```python
import os, time
""" + setup + """
HOOK = "{{URL:hook}}"

def ask(prompt):
    """ + call + """
    return resp

for p in open("prompts.txt"):
    print(ask(p))
    time.sleep(0)
```""", key=key, hook=g.url("alerts.example.net", "/notify/" + g.hex_id(8)))


@template("eng_api_log_jwt", "engineering", "log")
def _(g: Gen):
    first, last = g.person()
    return fill("""Why are these requests getting 401 after ~1 hour? Log excerpt:

{"ts":"2024-06-13T22:04:11.912Z","level":"info","msg":"request","method":"GET","path":"/v1/claims","remote_addr":"{{IP_ADDRESS:ip}}","user":"{{EMAIL_ADDRESS:em}}","headers":{"authorization":"Bearer {{JWT:jwt}}"},"status":200,"dur_ms":41}
{"ts":"2024-06-13T23:04:12.003Z","level":"warn","msg":"token expired","remote_addr":"{{IP_ADDRESS:ip2}}","status":401}""",
                ip=(ip := g.ipv4()), em=g.email(first, last), jwt=g.jwt(), ip2=ip)


@template("eng_ssh_key_chat", "engineering", "chat")
def _(g: Gen):
    return fill("""ssh keeps saying "Load key "id_deploy": invalid format" when I use this key. I copied it out of our password manager. Is the formatting broken?

{{PRIVATE_KEY:key}}

Command: ssh -i id_deploy deploy@{{IP_ADDRESS:ip}}""",
                key=g.private_key(g.pick(("OPENSSH", "EC", "RSA"))), ip=g.ipv4())


@template("eng_terraform_aws", "engineering", "code")
def _(g: Gen):
    return fill("""terraform plan errors with "InvalidClientTokenId". Config:

provider "aws" {
  region     = "us-east-2"
  access_key = "{{API_KEY:ak}}"
  secret_key = "{{HIGH_ENTROPY_SECRET:sk}}"
}

resource "aws_db_instance" "reports" {
  engine              = "postgres"
  instance_class      = "db.t3.medium"
  username            = "reports_admin"
  password            = "{{PASSWORD:pw}}"
  skip_final_snapshot = true
}""", ak=g.api_key("aws"), sk=g.aws_secret(), pw=g.password())


@template("eng_aws_credentials_ini", "engineering", "ini")
def _(g: Gen):
    return fill("""aws s3 ls works with the default profile but not with --profile analytics. Here's ~/.aws/credentials:

[default]
aws_access_key_id = {{API_KEY:ak1}}
aws_secret_access_key = {{HIGH_ENTROPY_SECRET:sk1}}

[analytics]
aws_access_key_id = {{API_KEY:ak2}}
aws_secret_access_key = {{HIGH_ENTROPY_SECRET:sk2}}
region = eu-west-1""", ak1=g.api_key("aws"), sk1=g.aws_secret(), ak2=g.api_key("aws"), sk2=g.aws_secret())


@template("eng_gha_workflow", "engineering", "yaml")
def _(g: Gen):
    return fill("""My workflow can't push the image. I hard-coded the token for now just to test:

name: release
on: { push: { tags: ["v*"] } }
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: {{API_KEY:gh}}
      NPM_TOKEN: {{API_KEY:npm}}
    steps:
      - uses: actions/checkout@v4
      - run: echo "$GH_TOKEN" | docker login ghcr.io -u ci-bot --password-stdin
      - run: npm publish""", gh=g.api_key(g.pick(("github", "github_pat"))), npm=g.api_key("npm"))


@template("eng_slack_tool_call", "engineering", "tool_call")
def _(g: Gen):
    first, last = g.person()
    return fill('{"tool_calls": [{"type": "function", "function": {"name": "http_request", "arguments": '
                '"{\\"method\\": \\"POST\\", \\"url\\": \\"{{URL:url}}\\", \\"headers\\": {\\"Authorization\\": \\"Bearer {{API_KEY:tok}}\\"}, '
                '\\"json\\": {\\"channel\\": \\"C0{{ch}}\\", \\"text\\": \\"On-call handoff: {{PERSON:name}} ({{PHONE_NUMBER:ph}}) has the pager tonight.\\"}}"}}]}',
                url="https://slack.com/api/chat.postMessage", tok=g.api_key("slack"), ch=g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8),
                name=first + " " + last, ph=g.phone())


@template("eng_jwt_debug_chat", "engineering", "chat")
def _(g: Gen):
    return fill("""Can you decode this JWT and tell me why our gateway says the signature is invalid? We sign with the secret {{HIGH_ENTROPY_SECRET:sec}}.

{{JWT:jwt}}""", sec=g.generic_secret(g.pick(("hex32", "alnum40", "b64"))), jwt=g.jwt())


@template("eng_nginx_access_log", "engineering", "log")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(3, 4)):
        first, last = g.person()
        ip = g.ipv4(g.pick(("doc1", "doc2", "doc3")))
        path = g.pick(("/account/reset?email=", "/api/v2/users/lookup?email=", "/unsubscribe?e="))
        rows += fill('{{IP_ADDRESS:ip}} - - [13/Jun/2024:{{hh}}:{{mm}}:{{ss}} +0000] "GET {{path}}{{EMAIL_ADDRESS:em}} HTTP/1.1" {{st}} {{sz}} "-" "Mozilla/5.0"\n',
                     ip=ip, hh="%02d" % g.r.randint(0, 23), mm="%02d" % g.r.randint(0, 59),
                     ss="%02d" % g.r.randint(0, 59), path=path, em=g.email(first, last),
                     st=g.pick(("200", "404", "429")), sz=g.r.randint(200, 9000))
    return fill("""Is this a credential-stuffing pattern or just a buggy client? Access log:

{{rows}}""", rows=rows)


@template("eng_sql_seed", "engineering", "sql")
def _(g: Gen):
    rows = []
    n = g.r.randint(2, 3)
    for i in range(n):
        first, last = g.person()
        rows += fill("  ('{{PERSON:name}}', '{{EMAIL_ADDRESS:em}}', '{{PHONE_NUMBER:ph}}', '$2b$12${{hash}}', '{{IP_ADDRESS:ip}}')" + (",\n" if i < n - 1 else ";\n"),
                     name=(first + " " + last).replace("'", "''"), em=g.email(first, last), ph=g.phone("e164"),
                     hash=g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./", 53), ip=g.ipv4())
    return fill("""This seed script fails on Postgres 16 with "column signup_ip is of type inet". Fix it:

INSERT INTO users (full_name, email, phone, password_hash, signup_ip) VALUES
{{rows}}""", rows=rows)


@template("eng_mdm_device_json", "engineering", "json")
def _(g: Gen):
    first, last = g.person()
    return fill("""{
  "event": "device.enrolled",
  "device": {
    "platform": "{{plat}}",
    "os_version": "{{osv}}",
    "serial_number": "{{DEVICE_ID:ser}}",
    "imei": "{{DEVICE_ID:imei}}",
    "wifi_mac": "{{DEVICE_ID:mac}}",
    "last_ip": "{{IP_ADDRESS:ip}}"
  },
  "assigned_user": {"name": "{{PERSON:name}}", "email": "{{EMAIL_ADDRESS:em}}"},
  "compliance": {"passcode_set": true, "encrypted": true}
}""", plat=g.pick(("iOS", "Android")), osv=g.pick(("17.5.1", "14", "17.4", "13")), ser=g.device_serial(),
                imei=g.imei(), mac=g.mac(), ip=g.ipv4(), name=first + " " + last,
                em=g.email(first, last, "corp.example.com"))


@template("eng_gcp_sa_json", "engineering", "json")
def _(g: Gen):
    proj = g.pick(("claims-etl", "ml-sandbox", "prod-analytics", "support-bot")) + "-" + g.digits(6)
    return fill("""{
  "type": "service_account",
  "project_id": "{{proj}}",
  "private_key": "{{PRIVATE_KEY:key}}\\n",
  "client_email": "{{EMAIL_ADDRESS:em}}",
  "auth_uri": "{{URL:auth}}",
  "token_uri": "{{URL:tok}}"
}""", proj=proj, key=g.private_key("PKCS8", nl="\\n"),
                em="etl-runner@%s.iam.gserviceaccount.example.com" % proj,
                auth="https://accounts.google.com/o/oauth2/auth", tok="https://oauth2.googleapis.com/token")


@template("eng_helpdesk_vpn_chat", "engineering", "chat")
def _(g: Gen):
    first = g.first()
    return fill("""{{PERSON:name}} from accounting can't connect to the VPN. Her laptop MAC is {{DEVICE_ID:mac}}, it gets {{IP_ADDRESS:ip}} from DHCP but the tunnel drops. Her AD password was reset to {{PASSWORD:pw}} this morning — could that be related? Give me troubleshooting steps.""",
                name=first, mac=g.mac(g.pick((":", "-"))), ip=g.ipv4("private192"), pw=g.password())


@template("eng_docker_compose", "engineering", "yaml")
def _(g: Gen):
    return fill("""docker compose up: the api container can't reach postgres. What's wrong?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {{PASSWORD:pw}}
  api:
    build: .
    environment:
      DB_HOST: {{IP_ADDRESS:ip}}
      HF_TOKEN: {{API_KEY:hf}}
      GOOGLE_MAPS_KEY: {{API_KEY:gm}}
    ports: ["8080:8080"]""", pw=g.password().replace("#", "!").replace("%", "!"), ip=g.ipv4("private172"),
                hf=g.api_key("hf"), gm=g.api_key("google"))


@template("eng_curl_sendgrid", "engineering", "code")
def _(g: Gen):
    first, last = g.person()
    return fill("""Convert this curl to Python requests:

curl --request POST \\
  --url {{URL:url}} \\
  --header 'Authorization: Bearer {{API_KEY:key}}' \\
  --header 'Content-Type: application/json' \\
  --data '{"personalizations":[{"to":[{"email":"{{EMAIL_ADDRESS:to}}","name":"{{PERSON:name}}"}]}],"from":{"email":"{{EMAIL_ADDRESS:frm}}"},"subject":"Your statement is ready","content":[{"type":"text/plain","value":"Hi!"}]}'""",
                url="https://api.sendgrid.example.com/v3/mail/send", key=g.api_key("sendgrid"),
                to=g.email(first, last), name=first + " " + last, frm=g.role_email("billing.example.com"))


# =====================================================================
# education
# =====================================================================

@template("edu_transcript_email", "education", "email")
def _(g: Gen):
    first, last = g.person()
    dob = g.dob(19, 45)
    line, z = street_city(g)
    return fill("""Rewrite this to the registrar more formally:

hi — i need an official transcript sent to my grad program. name {{PERSON:name}} (maiden name {{PERSON:maiden}}), dob {{DATE_TIME:dob}}, attended 2015-2019. last 4 of ssn {{last4}}. mail it to {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}} or email a pdf to {{EMAIL_ADDRESS:em}}. thanks!!""",
                name=first + " " + last, maiden=g.last(), dob=fmt_date(dob, "us_short"), last4=g.digits(4),
                line=line, zip=z, em=g.email(first, last))


@template("edu_fafsa_chat", "education", "chat")
def _(g: Gen):
    p1, kid = g.person(), g.first()
    return fill("""Filling out the FAFSA for my kid, {{PERSON:kid}}. My SSN is {{US_SSN:ssn1}}, the other parent only has an ITIN, {{US_ITIN:itin}}. Our bank account is checking {{US_BANK_ACCOUNT:acct}} — do I need to report the balance as an asset? And does the ITIN go in the SSN field? I'm {{PERSON:me}}.""",
                kid=kid, ssn1=g.ssn(), itin=g.itin(), acct=g.bank_account(), me=" ".join(p1))


@template("edu_iep_notes", "education", "free_text")
def _(g: Gen):
    first, last = g.person()
    dob = g.dob(7, 14)
    return fill("""Help me turn these IEP meeting notes into a parent-friendly summary:

Student: {{PERSON:name}}, grade {{gr}}, DOB {{DATE_TIME:dob}}. Present: parent {{PERSON:par}} ({{PHONE_NUMBER:ph}}), case manager {{PERSON:cm}}, SLP. Reading fluency 62 wcpm (goal 90). Accommodations: extended time 1.5x, preferential seating, text-to-speech. Parent email for the draft: {{EMAIL_ADDRESS:em}}. Next review in 12 weeks.""",
                name=first + " " + last, gr=g.r.randint(2, 8), dob=fmt_date(dob, "us"), par=g.first() + " " + last,
                ph=g.phone(), cm=" ".join(g.person()), em=g.email(g.first(), last))


@template("edu_roster_md", "education", "markdown")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        first, last = g.person()
        rows += fill("| {{PERSON:name}} | {{EMAIL_ADDRESS:em}} | {{sec}} | {{score}} |\n",
                     name=last + ", " + first, em=g.email(first, last, "students.university.example"),
                     sec=g.pick(("A01", "A02", "B01")), score=g.r.randint(55, 99))
    return fill("""Write short, encouraging feedback emails for students below 70. Gradebook export:

| Student | Email | Section | Midterm |
|---|---|---|---|
{{rows}}""", rows=rows)


# =====================================================================
# travel
# =====================================================================

@template("travel_booking_json", "travel", "json")
def _(g: Gen):
    first, last = g.person()
    brand, pan = g.card(fmt="plain")
    return fill("""{
  "action": "create_booking",
  "flight": {"carrier": "{{cx}}", "number": "{{fn}}", "date": "2024-0{{m}}-{{d}}"},
  "passenger": {
    "given_name": "{{PERSON:first}}",
    "surname": "{{PERSON:last}}",
    "date_of_birth": "{{DATE_TIME:dob}}",
    "passport": {"number": "{{US_PASSPORT:pp}}", "country": "USA", "expiry": "2031-02-28"},
    "phone": "{{PHONE_NUMBER:ph}}",
    "email": "{{EMAIL_ADDRESS:em}}"
  },
  "payment": {"card_number": "{{CREDIT_CARD:pan}}", "cvv": "{{CARD_SECURITY_CODE:cvv}}", "holder": "{{PERSON:holder}}"}
}""", cx=g.pick(("UA", "DL", "AA", "AS", "B6")), fn=g.r.randint(100, 2999), m=g.r.randint(7, 9),
                d="%02d" % g.r.randint(1, 28), first=first, last=last, dob=g.dob(18, 80).isoformat(), pp=g.passport(),
                ph=g.phone("e164"), em=g.email(first, last), pan=pan,
                cvv=g.cvv(brand), holder=(first + " " + last).upper())


@template("travel_visa_form", "travel", "form")
def _(g: Gen):
    first, last = g.person()
    line, z = street_city(g)
    return fill("""I'm applying for a Schengen visa — translate these answers into French for the consulate form:

Surname: {{PERSON:last}}
Given names: {{PERSON:first}}
Date of birth: {{DATE_TIME:dob}}
Passport number: {{US_PASSPORT:pp}}
Home address: {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}
Telephone: {{PHONE_NUMBER:ph}}
Email: {{EMAIL_ADDRESS:em}}
Purpose of travel: tourism, 12 days, arriving Paris""",
                last=last.upper(), first=first.upper(), dob=fmt_date(g.dob(18, 80), g.pick(("dmy_dash", "eu"))),
                pp=g.passport(), line=line, zip=z, ph=g.phone("intl"), em=g.email(first, last))


@template("travel_it_chat", "travel", "chat")
def _(g: Gen):
    first, last = g.person()
    return fill("""Ciao! Puoi scrivere una email all'hotel per confermare la prenotazione? Dati: {{PERSON:name}}, nato il {{DATE_TIME:dob}}, passaporto USA n. {{US_PASSPORT:pp}}, arrivo il 12 luglio, due notti. Telefono {{PHONE_NUMBER:ph}}. Grazie mille!""",
                name=first + " " + last, dob=fmt_date(g.dob(20, 75), "it"), pp=g.passport(), ph=g.phone_intl("IT"))


@template("travel_rental_email", "travel", "email")
def _(g: Gen):
    first, last = g.person()
    lstate, dl = g.driver_license()
    return fill("""Summarize this rental-car damage email in three bullets:

From: {{EMAIL_ADDRESS:frm}}
To: {{EMAIL_ADDRESS:to}}

Dear {{PERSON:name}},
Our inspection of the vehicle you returned (VIN {{VEHICLE_ID:vin}}) found a cracked rear bumper. Per the rental agreement signed with {{lstate}} driver license {{US_DRIVER_LICENSE:dl}}, the estimate of $640 will be charged to the card ending {{last4}} unless you dispute within 10 days at {{URL:url}}.
Damage Recovery Unit""",
                frm=g.role_email("rentals.example.com"), to=g.email(first, last), name=first,
                vin=g.vin(), lstate=lstate, dl=dl, last4=g.digits(4), url=g.url("rentals.example.com", "/claims/" + g.digits(7)))


# =====================================================================
# public sector
# =====================================================================

@template("gov_benefits_xml", "public_sector", "xml")
def _(g: Gen):
    first, last = g.person()
    st, city, state, z = g.address()
    return fill("""Map this benefits application XML to our case-management JSON schema:

<BenefitApplication program="SNAP" county="{{county}}">
  <Applicant>
    <GivenName>{{PERSON:first}}</GivenName>
    <FamilyName>{{PERSON:last}}</FamilyName>
    <BirthDate>{{DATE_TIME:dob}}</BirthDate>
    <SSN>{{US_SSN:ssn}}</SSN>
    <Phone>{{PHONE_NUMBER:ph}}</Phone>
    <Address><Line1>{{STREET_ADDRESS:st}}</Line1><City>{{city}}</City><State>{{state}}</State><Zip>{{US_ZIP_CODE:zip}}</Zip></Address>
  </Applicant>
  <Household size="{{hh}}"/>
  <Income monthly="{{inc}}" source="wages"/>
</BenefitApplication>""",
                county=g.pick(("Franklin", "Dane", "Wake", "Pima", "Travis")), first=first, last=last,
                dob=g.dob(18, 88).isoformat(), ssn=g.ssn(g.pick(("", "-"))), ph=g.phone("dash"), st=st, city=city,
                state=state, zip=z, hh=g.r.randint(1, 6), inc=g.r.randint(800, 3200))


@template("gov_dmv_record_md", "public_sector", "markdown")
def _(g: Gen):
    first, last = g.person()
    lstate, dl = g.driver_license()
    line, z = street_city(g, unit=False)
    return fill("""Explain in plain English what this DMV record means for reinstating the license:

**Name:** {{PERSON:name}}  
**License #:** {{US_DRIVER_LICENSE:dl}} ({{lstate}}, Class D)  
**DOB:** {{DATE_TIME:dob}}  
**Address:** {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}  
**Registered vehicle VIN:** {{VEHICLE_ID:vin}}  

| Event | Points |
|---|---|
| Speeding 15-20 over | 4 |
| Failure to maintain insurance | suspension |""",
                name=first + " " + last, dl=dl, lstate=lstate, dob=fmt_date(g.dob(17, 80), "us"), line=line, zip=z,
                vin=g.vin())


@template("gov_foia_redaction", "public_sector", "free_text")
def _(g: Gen):
    comp, off = g.person(), g.person()
    return fill("""We're responding to a public records request. Which parts of this complaint must be redacted under our state's privacy exemption?

Complaint #{{cn}} received from {{PERSON:comp}}, {{PHONE_NUMBER:ph}}, {{EMAIL_ADDRESS:em}}. Complainant states that Officer {{PERSON:off}} (badge {{badge}}) ran the plate on her car and then contacted her personally. The vehicle VIN is {{VEHICLE_ID:vin}}. She provided her driver's license number {{US_DRIVER_LICENSE:dl}} for verification.""",
                cn=g.digits(5), comp=" ".join(comp), ph=g.phone(), em=g.email(comp[0], comp[1]), off=" ".join(off),
                badge=g.digits(4), vin=g.vin(), dl=g.driver_license()[1])


@template("gov_police_report", "public_sector", "free_text")
def _(g: Gen):
    v, w = g.person(), g.person()
    a = g.old_age()
    line, z = street_city(g, unit=False)
    return fill("""Draft a neutral press summary of this incident (no names):

Earlier this week, officers responded to {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}} for a welfare check. The resident, {{PERSON:v}}, age {{AGE:age}}, reported that a man claiming to be from the water department took cash and her debit card. Neighbor {{PERSON:w}} ({{PHONE_NUMBER:ph}}) saw a white pickup, VIN later traced as {{VEHICLE_ID:vin}}. Victim's date of birth {{DATE_TIME:dob}} confirmed by ID.""",
                line=line, zip=z, v=" ".join(v), age=a, w=" ".join(w), ph=g.phone(), vin=g.vin(),
                dob=fmt_date(g.dob_for_age(a), "us"))


@template("gov_passport_renewal_chat", "public_sector", "chat")
def _(g: Gen):
    first, last = g.person()
    return fill("""My passport ({{US_PASSPORT:pp}}) expired in 2019, can I still renew by mail with the DS-82? My name changed when I married — old name {{PERSON:old}}, new name {{PERSON:new}}. Born {{DATE_TIME:dob}}.""",
                pp=g.passport(), old=first + " " + g.last(), new=first + " " + last, dob=fmt_date(g.dob(25, 80), "long"))


# =====================================================================
# real estate / misc
# =====================================================================

@template("re_rental_application_json", "real_estate", "json")
def _(g: Gen):
    first, last = g.person()
    st, city, state, z = g.address()
    return fill("""{
  "messages": [
    {"role": "system", "content": "You screen rental applications. Return approve/deny/review with reasons."},
    {"role": "user", "content": "Applicant: {{PERSON:name}}, SSN {{US_SSN:ssn}}, DOB {{DATE_TIME:dob}}. Current address {{STREET_ADDRESS:addr}} {{US_ZIP_CODE:zip}}. Employer phone {{PHONE_NUMBER:eph}}. Monthly income $5,200, rent $1,650. Bank: checking account {{US_BANK_ACCOUNT:acct}}, routing {{US_ROUTING_NUMBER:aba}}."}
  ],
  "model": "gpt-4o",
  "temperature": 0
}""", name=first + " " + last, ssn=g.ssn(), dob=fmt_date(g.dob(21, 70), "us"), addr="%s, %s, %s" % (st, city, state),
                zip=z, eph=g.phone(), acct=g.bank_account(), aba=g.routing())


@template("ins_claims_api_tool_call", "insurance", "tool_call")
def _(g: Gen):
    first, last = g.person()
    return fill('{"name": "lookup_member", "arguments": {"member_id": "{{HEALTH_PLAN_ID:mid}}", "mbi": "{{US_MBI:mbi}}", '
                '"last_name": "{{PERSON:last}}", "dob": "{{DATE_TIME:dob}}", "rendering_npi": "{{US_NPI:npi}}", '
                '"date_of_service": "{{DATE_TIME:dos}}"}}',
                mid=g.health_plan_id(), mbi=g.mbi(), last=last, dob=g.dob(65, 95).isoformat(), npi=g.npi(),
                dos=g.recent(30).isoformat())


@template("hc_pharmacy_csv", "healthcare", "csv")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(3, 4)):
        first, last = g.person()
        doc = g.last()
        rows += fill("{{rx}},{{PERSON:pt}},{{DATE_TIME:dob}},{{drug}},{{US_DEA:dea}},{{US_NPI:npi}},{{DATE_TIME:filled}}\n",
                     rx=g.digits(7), pt=first + " " + last, dob=g.dob(20, 85).isoformat(),
                     drug=g.pick(("oxycodone 10mg", "alprazolam 1mg", "zolpidem 10mg", "hydrocodone/apap 10/325",
                                  "lisdexamfetamine 30mg")),
                     dea=g.dea(doc), npi=g.npi(), filled=g.recent(30).isoformat())
    return fill("""PDMP audit: which prescribers in this controlled-substance fill log have more than one fill for the same patient within 30 days?

rx_number,patient,patient_dob,drug,prescriber_dea,prescriber_npi,fill_date
{{rows}}""", rows=rows)


@template("hc_mbi_verification_chat", "healthcare", "chat")
def _(g: Gen):
    a = g.old_age()
    return fill("""Front desk question: the patient's red-white-blue card shows Medicare number {{US_MBI:mbi}} but the eligibility check returns "subscriber not found". She is {{AGE:age}} years old, name {{PERSON:name}}, born {{DATE_TIME:dob}}. Could it be a typo in the MBI, or do we bill her Medicare Advantage plan instead (member ID {{HEALTH_PLAN_ID:mid}})?""",
                mbi=g.mbi(dashed=g.chance(0.5)), age=a, name=" ".join(g.person()),
                dob=fmt_date(g.dob_for_age(a), "us"), mid=g.health_plan_id())


# =====================================================================
# additional templates (rarer entity types)
# =====================================================================

@template("fin_msr_parse_code", "finance", "code")
def _(g: Gen):
    first, last = g.person()
    if g.chance(0.5):
        t = g.track1(first, last)
        var = "TRACK1"
    else:
        t = g.track2()
        var = "TRACK2"
    return fill("""My regex for parsing magstripe swipes misses the expiry. Test input is a real swipe from the lab reader:

```python
import re
""" + var + """ = "{{CARD_TRACK_DATA:t}}"
T1 = re.compile(r"^%B(\\d{12,19})\\^([^^]*)\\^(\\d{4})(\\d{3})")
T2 = re.compile(r"^;(\\d{12,19})=(\\d{4})(\\d{3})")
m = (T1 if """ + var + """.startswith("%") else T2).match(""" + var + """)
print(m.groups() if m else "no match")
```""", t=t)


@template("hc_ed_triage_note", "healthcare", "free_text")
def _(g: Gen):
    first, last = g.person()
    a = g.old_age() if g.chance(0.7) else g.r.randint(70, 89)
    arr = g.recent(3)
    age_piece = ("AGE", str(a)) if a >= 90 else str(a)
    return fill("""Expand this triage shorthand into a full sentence note:

{{age}} yo {{sex}} BIBA from {{fac}} {{DATE_TIME:arr}} 0340, found on floor, +head strike, on apixaban. GCS 14, BP 168/92, HR 58. Pt: {{PERSON:name}}, MRN {{MEDICAL_RECORD_NUMBER:mrn}}. HCP/daughter {{PERSON:hcp}} {{PHONE_NUMBER:ph}}. CT head ordered, ESI 2.""",
                age=[age_piece], sex=g.pick(("F", "M")), fac=g.pick(("Maple Court ALF", "Riverside SNF", "home")),
                arr=fmt_date(arr, g.pick(("us_short", "us"))), name=first + " " + last, mrn=g.mrn(),
                hcp=g.first() + " " + last, ph=g.phone())


@template("fin_tax_prep_csv", "finance", "csv")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        first, last = g.person()
        if g.chance(0.45):
            tin = ("US_ITIN", g.itin())
            kind = "ITIN"
        else:
            tin = ("US_SSN", g.ssn())
            kind = "SSN"
        rows += fill("{{PERSON:name}},{{kind}},{{tin}},{{DATE_TIME:dob}},{{status}},{{deps}}\n",
                     name=first + " " + last, kind=kind, tin=[tin], dob=g.dob(19, 80).isoformat(),
                     status=g.pick(("single", "MFJ", "HOH", "MFS")), deps=g.r.randint(0, 4))
    return fill("""Which of these clients can claim the Child Tax Credit given their taxpayer ID type? Explain per row.

client_name,tin_type,tin,dob,filing_status,dependents
{{rows}}""", rows=rows)


@template("hc_medicare_claims_csv", "healthcare", "csv")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(3, 4)):
        first, last = g.person()
        rows += fill("{{US_MBI:mbi}},{{PERSON:last}},{{PERSON:first}},{{DATE_TIME:dos}},{{cpt}},{{US_NPI:npi}},{{status}}\n",
                     mbi=g.mbi(), last=last.upper(), first=first.upper(), dos=fmt_date(g.recent(60), "us"),
                     cpt=g.pick(("99214", "G0439", "99397", "93000", "36415")), npi=g.npi(),
                     status=g.pick(("denied CO-16", "paid", "denied CO-97", "pending")))
    return fill("""Group these Medicare denials by reason code and tell me what to fix before resubmitting:

mbi,last_name,first_name,dos,cpt,rendering_npi,status
{{rows}}""", rows=rows)


@template("eng_tls_secret_yaml", "engineering", "yaml")
def _(g: Gen):
    key = g.private_key(g.pick(("EC", "PKCS8", "RSA")))
    indented = key.replace("\n", "\n    ")
    return fill("""Ingress still serves the default cert. Is the indentation in this TLS secret wrong?

apiVersion: v1
kind: Secret
metadata:
  name: portal-tls
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUQ{{crt}}
    -----END CERTIFICATE-----
  tls.key: |
    {{PRIVATE_KEY:key}}""", crt=g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 44), key=indented)


@template("retail_chargeback_csv", "retail", "csv")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(3, 4)):
        brand, pan = g.card(g.pick(("visa", "mastercard", "amex", "discover")), "plain")
        first, last = g.person()
        rows += fill("{{cb}},{{CREDIT_CARD:pan}},{{PERSON:name}},{{amt}},{{reason}},{{EMAIL_ADDRESS:em}}\n",
                     cb="CB" + g.digits(6), pan=pan, name=first + " " + last,
                     amt="%d.%02d" % (g.r.randint(15, 900), g.r.randint(0, 99)),
                     reason=g.pick(("10.4 fraud card-absent", "13.1 merchandise not received", "4853 not as described")),
                     em=g.email(first, last))
    return fill("""Our processor sent this chargeback export with FULL card numbers (yes, I know). Summarize the reasons and which ones we can fight:

case_id,card_number,cardholder,amount,reason_code,customer_email
{{rows}}""", rows=rows)


@template("eng_har_cookie_jwt", "engineering", "json")
def _(g: Gen):
    first, last = g.person()
    return fill("""{
  "log": {
    "entries": [{
      "serverIPAddress": "{{IP_ADDRESS:ip}}",
      "request": {
        "method": "POST",
        "url": "{{URL:url}}",
        "headers": [
          {"name": "Cookie", "value": "session={{JWT:jwt}}; theme=dark"},
          {"name": "X-Api-Key", "value": "{{API_KEY:key}}"}
        ],
        "postData": {"text": "{\\"email\\":\\"{{EMAIL_ADDRESS:em}}\\",\\"remember\\":true}"}
      },
      "response": {"status": 403, "statusText": "Forbidden"}
    }]
  },
  "question": "Why does this request get 403 in Chrome but not in curl?"
}""", ip=g.ipv4(), url=g.url("app.northwind.example", "/api/session/refresh"), jwt=g.jwt(),
                key=g.api_key(g.pick(("google", "gitlab", "openai"))), em=g.email(first, last))


@template("hc_family_email_age", "healthcare", "email")
def _(g: Gen):
    dad = g.person()
    me = g.first()
    a = g.old_age()
    return fill("""Help me write a short email to my dad's cardiologist:

Hi Dr. {{PERSON:doc}}, my father {{PERSON:dad}} is {{AGE:age}} and since the pacemaker check on {{DATE_TIME:visit}} he gets winded walking to the mailbox. The device serial on his card is {{DEVICE_ID:ser}}. Should we come in sooner than the 6-month follow-up? You can reach me at {{PHONE_NUMBER:ph}}. Thanks, {{PERSON:me}}""",
                doc=g.last(), dad=" ".join(dad), age=a,
                visit=fmt_date(g.recent(60), g.pick(("long", "us"))), ser=g.device_serial(), ph=g.phone(), me=me)


@template("sup_amex_check_chat", "support", "chat")
def _(g: Gen):
    brand, pan = g.card(g.pick(("amex", "jcb", "diners", "mastercard")))
    return fill("""is this card number even valid? {{CREDIT_CARD:pan}} security code {{CARD_SECURITY_CODE:cvv}}. checkout keeps saying "card declined" and I'm about to lose the booking""",
                pan=pan, cvv=g.cvv(brand))


# =====================================================================
# long-form prompts
# =====================================================================

@template("sup_multiturn_chat", "support", "chat")
def _(g: Gen):
    first, last = g.person()
    line, z = street_city(g)
    dob = g.dob(22, 80)
    agent = g.first()
    return fill("""Below is a support chat that went badly. Rewrite the agent's turns so they follow our verification policy (never ask for a full card number or password in chat), keep the customer's turns unchanged, and then list what the agent did wrong.

Customer: hi, my subscription renewed even though I cancelled in March
Agent ({{PERSON:agent}}): I'm sorry about that! Can you give me the email on the account?
Customer: {{EMAIL_ADDRESS:em}}
Agent ({{PERSON:agent2}}): Thanks. For verification, what's your date of birth and the phone number on file?
Customer: {{DATE_TIME:dob}}, and {{PHONE_NUMBER:ph}}
Agent ({{PERSON:agent3}}): Great. I see the renewal for ${{amt}}. To process a refund I'll need the full card number and your account password.
Customer: ugh ok. card is {{CREDIT_CARD:pan}} and the password is {{PASSWORD:pw}}
Agent ({{PERSON:agent4}}): Got it. I've issued the refund. Is your billing address still {{STREET_ADDRESS:line}} {{US_ZIP_CODE:zip}}?
Customer: yes. and please make sure you don't renew it again, I already told you in March.
Agent ({{PERSON:agent5}}): Absolutely, I've turned off auto-renew. You'll get a confirmation email within 24 hours. Anything else?
Customer: no. this was way harder than it needed to be.""",
                agent=agent, agent2=agent, agent3=agent, agent4=agent, agent5=agent, em=g.email(first, last),
                dob=fmt_date(dob, "us"), ph=g.phone(), amt="%d.99" % g.r.randint(9, 199),
                pan=g.card(g.pick(("visa", "mastercard", "discover")), g.pick(("space", "plain")))[1],
                pw=g.password(), line=line, zip=z)


@template("hc_progress_note_long", "healthcare", "free_text")
def _(g: Gen):
    first, last = g.person()
    a = g.old_age() if g.chance(0.6) else g.r.randint(74, 89)
    dob = g.dob_for_age(a)
    adm = g.recent(20) - datetime.timedelta(days=6)
    age_piece = ("AGE", str(a)) if a >= 90 else str(a)
    return fill("""Please turn this hospitalist progress note into a concise handoff (I-PASS format) for the night team:

PROGRESS NOTE — Hospital day {{hd}}
Patient: {{PERSON:name}}   MRN {{MEDICAL_RECORD_NUMBER:mrn}}   DOB {{DATE_TIME:dob}}   Age {{age}}
Admitted {{DATE_TIME:adm}} from {{src}} with acute hypoxic respiratory failure secondary to RSV pneumonia, complicated by AKI on CKD 3b and delirium.

S: Overnight, pt pulled at nasal cannula twice; required 0.5 mg haloperidol x1. This morning more alert, oriented to self and place. Poor PO intake. Son {{PERSON:son}} at bedside, asking about goals of care; he is the health care proxy and can be reached at {{PHONE_NUMBER:ph}}.

O: T 37.4, HR 88, BP 132/70, RR 20, SpO2 93% on 2 L. Crackles R base. Mild edema. Cr 2.1 (baseline 1.6, peak 2.8). Na 133. WBC 9.8. CXR: improving RLL opacity.

A/P:
1. RSV pneumonia / hypoxia — wean O2 to goal SpO2 ≥ 90%; incentive spirometry; no antibiotics.
2. AKI on CKD — improving with fluids; hold lisinopril; renally dose meds; BMP in AM.
3. Delirium — non-pharm measures, sleep hygiene, avoid benzodiazepines; haloperidol 0.25 mg prn severe agitation only.
4. Goals of care — family meeting tomorrow 2 pm with palliative care; code status currently DNR/DNI (confirmed with pt and proxy).
5. Dispo — likely SNF; PT/OT following. Case manager {{PERSON:cm}} (pager {{pager}}).

{{PERSON:md}}, MD — Hospital Medicine""",
                hd=g.r.randint(3, 8), name=first + " " + last, mrn=g.mrn(), dob=fmt_date(dob, "us"), age=[age_piece],
                adm=fmt_date(adm, "us"), src=g.pick(("home", "an assisted-living facility", "the ED")),
                son=g.first() + " " + last, ph=g.phone(), cm=" ".join(g.person()), pager=g.digits(4),
                md=" ".join(g.person()))
