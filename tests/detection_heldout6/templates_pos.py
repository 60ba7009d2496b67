"""Positive templates (each returns a list of pieces; see tmpl.fill / tmpl.E)."""

import values as V
from tmpl import E, fill, registry

POSITIVE, reg = registry("positive")


def P(x): return E("PERSON", x)
def EM(x): return E("EMAIL_ADDRESS", x)
def PH(x): return E("PHONE_NUMBER", x)
def U(*x): return E("URL", *x)
def IP(x): return E("IP_ADDRESS", x)
def SA(x): return E("STREET_ADDRESS", x)
def Z(x): return E("US_ZIP_CODE", x)
def D(x): return E("DATE_TIME", x)
def AG(x): return E("AGE", x)
def SSN(x): return E("US_SSN", x)
def ITIN(x): return E("US_ITIN", x)
def DL(x): return E("US_DRIVER_LICENSE", x)
def PP(x): return E("US_PASSPORT", x)
def MRN(x): return E("MEDICAL_RECORD_NUMBER", x)
def NPI(x): return E("US_NPI", x)
def DEA(x): return E("US_DEA", x)
def MBI(x): return E("US_MBI", x)
def HP(x): return E("HEALTH_PLAN_ID", x)
def CC(x): return E("CREDIT_CARD", x)
def CVV(x): return E("CARD_SECURITY_CODE", x)
def TRK(*x): return E("CARD_TRACK_DATA", *x)
def IBAN(x): return E("IBAN_CODE", x)
def ABA(x): return E("US_ROUTING_NUMBER", x)
def ACCT(x): return E("US_BANK_ACCOUNT", x)
def SW(x): return E("SWIFT_CODE", x)
def KEY(x): return E("API_KEY", x)
def PK(x): return E("PRIVATE_KEY", x)
def JWT(x): return E("JWT", x)
def PW(x): return E("PASSWORD", x)
def HES(x): return E("HIGH_ENTROPY_SECRET", x)
def DEV(x): return E("DEVICE_ID", x)
def VIN(x): return E("VEHICLE_ID", x)


def ppl(r, plain=False):
    return V.person(r, plain)


# ------------------------------------------------------------------ hospital
@reg("hospital", "chat")
def hosp_discharge_chat(r):
    f, l = ppl(r)
    df, dl_ = ppl(r)
    a = V.date(r, 2024, 2025)
    return fill("User: Please turn this into a plain-language discharge summary for the family.\n\n"
                "Pt: ¤, ¤ y/o F, MRN ¤. Admitted ¤ with CAP, treated w/ ceftriaxone + azithro, "
                "O2 weaned to RA. Discharged ¤ to daughter's home. F/u with Dr. ¤ in 7-10 days; "
                "call ¤ with questions. Hold lisinopril until BMP rechecked.\n\nAssistant: Sure — here is a draft.",
                P(V.render_name(f, l, r.choice(["title", "caps", "lastfirst"]))), AG(V.age(r)), MRN(V.mrn(r)),
                D(V.fdate(a, "us")), D(V.fdate(a.fromordinal(a.toordinal() + r.randint(3, 9)), "us")),
                P(dl_), PH(V.phone(r)))


@reg("hospital", "hl7v2")
def hosp_hl7_adt(r):
    f, l = ppl(r, True)
    df, dl_ = ppl(r, True)
    c, st = V.city(r)
    return fill("Can you tell me why this ADT^A01 is failing validation in our interface engine?\n\n"
                "MSH|^~\\&|EPIC|MERCYVALLEY|CLOVERLEAF|MV|202506110842||ADT^A01|MSG%05d|P|2.5\r"
                "PID|1||¤^^^MV^MR||¤||¤|F|||¤^^%s^%s^¤^USA||¤|||||V%s|¤\r"
                "PV1|1|I|4W^412^A|E|||¤^¤^^^^MD|||MED||||7|||||%s\r"
                "Segment PV1-44 admit time looks wrong to me." % (r.randint(1, 99999), c, st, V.digits(r, 9), V.digits(r, 8)),
                MRN(V.mrn(r)), P("%s^%s^%s" % (l.upper(), f.upper(), r.choice("ABCDEJKLMR"))),
                D(V.fdate(V.date(r, 1931, 1990), "hl7")), SA(V.street(r, with_city=False, unit=False).upper()),
                Z(V.zipc(r, False)), PH(V.phone(r, "paren")), SSN(V.ssn(r, r.choice(["-", ""]))),
                NPI(V.npi(r)), P("%s^%s" % (dl_.upper(), df.upper())))


@reg("hospital", "meeting_notes")
def hosp_incident_notes(r):
    staff = [ppl(r) for _ in range(3)]
    f, l = ppl(r)
    return fill("Summarize these safety huddle notes into an incident report (keep it factual):\n\n"
                "Attendees: ¤ (charge RN), ¤ (risk mgmt), Dr. ¤\n"
                "- Patient ¤, MRN ¤, age ¤, fall on 5 North during night shift, procedure ¤ "
                "(hip hemiarthroplasty) went ahead as scheduled.\n"
                "- Bed alarm was off; sitter request pending since Monday.\n"
                "- Family (son, ¤, ¤) notified by phone.\n"
                "- Action: re-educate on alarm checks; next huddle %s." % r.choice(["Tuesday", "Thursday 0700", "next week"]),
                P("%s %s" % staff[0]), P("%s %s" % staff[1]), P(staff[2][1]), P(V.render_name(f, l, "title")),
                MRN(V.mrn(r)), AG(V.age(r)), D(V.recent(r)),
                P("%s %s" % (V.person(r)[0], l)), PH(V.phone(r)))


@reg("hospital", "json_tool_call")
def hosp_bedboard_tool(r):
    f, l = ppl(r, True)
    return fill('{"type": "tool_use", "id": "toolu_%s", "name": "update_bed_assignment", "input": '
                '{"patient": {"first_name": "¤", "last_name": "¤", "mrn": "¤", "dob": "¤"}, '
                '"unit": "ICU-2", "bed": "%d", "attending_npi": "¤", "attending": "¤", '
                '"admit_date": "¤", "notify": "¤"}}' % (V.rs(r, V.ALNUM, 12), r.randint(1, 24)),
                P(f), P(l), MRN(V.mrn(r)), D(V.dob(r, "iso")), NPI(V.npi(r)), P(V.name(r)),
                D(V.recent(r, "iso")), EM(V.mailbox(r, r.choice(["icu2.charge", "bedboard", "house.supervisor"]), "mercyvalley.org")))


# ------------------------------------------------------------------ ambulatory
@reg("ambulatory", "fhir")
def amb_fhir_patient(r):
    f, l = ppl(r)
    return fill('Map this FHIR Patient to our intake schema, please:\n{"resourceType": "Patient", '
                '"identifier": [{"system": "urn:oid:1.2.840.114350", "type": {"text": "MRN"}, "value": "¤"}, '
                '{"system": "urn:oid:2.16.840.1.113883.4.927", "type": {"text": "MBI"}, "value": "¤"}], '
                '"name": [{"family": "¤", "given": ["¤"]}], "birthDate": "¤", '
                '"telecom": [{"system": "phone", "value": "¤"}, {"system": "email", "value": "¤"}], '
                '"address": [{"line": ["¤"], "city": "%s", "postalCode": "¤"}]}' % V.city(r)[0],
                MRN(V.mrn(r)), MBI(V.mbi(r)), P(l), P(f), D(V.dob(r, "iso", 1935, 1958)),
                PH(V.phone(r)), EM(V.email(r, f, l)), SA(V.street(r, with_city=False)), Z(V.zipc(r)))


@reg("ambulatory", "letter")
def amb_referral_letter(r):
    f, l = ppl(r)
    df, dl_ = ppl(r)
    return fill("Tighten this referral letter, keep it under 150 words:\n\n"
                "Dear Dr. ¤,\nI am referring ¤ (DOB ¤), a ¤-year-old woman with worsening aortic stenosis, "
                "last seen in our clinic on ¤. She lives at ¤ ¤ with her niece. Please contact the "
                "office at ¤ (fax ¤).\nSincerely,\n¤, MD  NPI ¤",
                P(dl_), P(V.render_name(f, l, "title")), D(V.dob(r, "us", 1923, 1934)), AG(V.age(r)),
                D(V.recent(r, "long")), SA(V.street(r)), Z(V.zipc(r)), PH(V.phone(r, "dash")), PH(V.phone(r, "dash")),
                P(V.name(r)), NPI(V.npi(r)))


@reg("ambulatory", "portal_message")
def amb_portal_msg(r):
    f, l = ppl(r)
    return fill("Draft a kind reply to this patient portal message.\n\nFrom: ¤ <¤>\nSubject: my dad's visit\n"
                "Hi, my father ¤ is ¤ and had his visit with Dr. ¤ on ¤. He is confused about the new "
                "metoprolol dose. You can reach me at ¤. The visit summary link ¤ won't open on my phone.",
                P("%s %s" % (V.person(r)[0], l)), EM(V.email(r, "x" + l, l)), P(V.render_name(f, l, "title")),
                AG(V.age(r)), P(V.person(r)[1]), D(V.recent(r, "us")), PH(V.phone(r)),
                U("https://mychart.lakeviewclinics.org/visit/%s" % V.rs(r, V.ALNUM, 10)))


@reg("ambulatory", "csv")
def amb_schedule_csv(r):
    rows = []
    for _ in range(3):
        f, l = ppl(r, True)
        rows += fill("¤,¤,¤,¤,%s,%s\n" % (r.choice(["09:00", "09:20", "10:40", "13:15"]), r.choice(["new", "f/u", "annual"])),
                     P(l), P(f), D(V.dob(r, "us")), PH(V.phone(r, "dash")))
    return fill("Which of these patients are overdue for a recall? Clinic schedule export:\n"
                "last_name,first_name,dob,phone,slot,visit_type\n¤\nAppointment date for all rows is ¤.",
                rows, D(V.recent(r, "iso")))


# ------------------------------------------------------------------ home health
@reg("home_health", "transcript")
def hh_visit_transcript(r):
    f, l = ppl(r)
    nf, nl = ppl(r)
    return fill("Transcribe and clean up this voice note from a home visit:\n\n"
                "ok this is ¤, RN, visit for ¤ at ¤, ¤, on ¤. she's ¤, sharp as ever. Medicare number "
                "¤. wound on left heel healing, no drainage. daughter ¤ asked for a callback at ¤ "
                "about the shower chair. next visit Thursday.",
                P("%s %s" % (nf, nl)), P(V.render_name(f, l, "lower")), SA(V.street(r).lower()), Z(V.zipc(r)),
                D(V.recent(r, "long")), AG(V.age(r)), MBI(V.mbi(r, r.random() < 0.5)), P(V.person(r)[0]), PH(V.phone(r, "dot")))


@reg("home_health", "markdown_table")
def hh_med_log(r):
    f, l = ppl(r)
    pf, pl = ppl(r)
    return fill("Check this home-health medication log for interactions:\n\n"
                "Patient: ¤ | MBI: ¤ | DOB: ¤\n\n"
                "| Drug | Dose | Prescriber | DEA | NPI | Written |\n|---|---|---|---|---|---|\n"
                "| oxycodone | 5 mg q6h prn | ¤ | ¤ | ¤ | ¤ |\n"
                "| warfarin | 3 mg daily | ¤ | — | ¤ | ¤ |\n",
                P(V.render_name(f, l, "lastfirst")), MBI(V.mbi(r)), D(V.dob(r, "us", 1930, 1950)),
                P(pl), DEA(V.dea(r, pl)), NPI(V.npi(r)), D(V.recent(r, "us")),
                P(V.render_name(pf, pl, "initial")), NPI(V.npi(r)), D(V.recent(r, "us")))


@reg("home_health", "email")
def hh_intake_email(r):
    f, l = ppl(r)
    cf, cl = ppl(r)
    return fill("Subject: New SOC referral\nFrom: ¤\nTo: ¤\n\nHi team,\nNew start of care for ¤, DOB ¤, "
                "¤ ¤. Medicare MBI ¤. Caregiver is her grandson ¤ (¤). Prefers afternoon visits.\n"
                "Thanks,\n¤\n\nCan you turn this into a checklist for the intake nurse?",
                EM(V.email(r, cf, cl, ("sunrisehomehealth.com",))), EM(V.mailbox(r, "intake", "sunrisehomehealth.com")),
                P(V.render_name(f, l, "title")), D(V.dob(r)), SA(V.street(r)), Z(V.zipc(r)), MBI(V.mbi(r, True)),
                P(V.name(r)), PH(V.phone(r)), P(cf))


# ------------------------------------------------------------------ lab / radiology
@reg("lab_radiology", "tsv")
def lab_manifest_tsv(r):
    rows = []
    for _ in range(3):
        f, l = ppl(r, True)
        rows += fill("¤\t¤\t¤\t¤\t%s\n" % r.choice(["CBC", "CMP", "HbA1c", "TSH", "Lipid"]),
                     MRN(V.mrn(r)), P(V.render_name(f, l, "lastcaps")), D(V.dob(r, "us")), D(V.recent(r, "us")))
    return fill("Why is the courier manifest rejecting rows? Specimen manifest:\nMRN\tPatient\tDOB\tCollected\tTest\n¤"
                "Analyzer serial ¤ flagged QC at 06:10.", rows, DEV(V.serial(r)))


@reg("lab_radiology", "openai_tool_args")
def rad_order_args(r):
    f, l = ppl(r, True)
    return fill('{"tool_calls": [{"type": "function", "function": {"name": "create_imaging_order", '
                '"arguments": "{\\"patient_name\\": \\"¤\\", \\"dob\\": \\"¤\\", \\"mrn\\": \\"¤\\", '
                '\\"modality\\": \\"MRI\\", \\"body_part\\": \\"lumbar spine\\", \\"ordering_npi\\": \\"¤\\", '
                '\\"scheduled_for\\": \\"¤\\", \\"callback\\": \\"¤\\"}"}}]}',
                P(V.render_name(f, l, "title")), D(V.dob(r, "iso")), MRN(V.mrn(r)), NPI(V.npi(r)),
                D(V.recent(r, "iso")), PH(V.phone(r, "e164")))


@reg("lab_radiology", "form")
def rad_implant_record(r):
    f, l = ppl(r)
    sf, sl = ppl(r)
    return fill("Fill the implant registry form from this op note excerpt:\n\n"
                "Patient: ¤   MRN: ¤\nProcedure date: ¤\nSurgeon: ¤\nImplant UDI: ¤\n"
                "Second component UDI: ¤\nCatalog no. %s, lot printed on box.\n"
                "Post-op CT read by Dr. ¤." % ("%s-%d" % (V.rs(r, "ABCDEFGHJK", 3), r.randint(100, 999))),
                P(V.render_name(f, l, "caps")), MRN(V.mrn(r)), D(V.recent(r)), P("%s %s" % (sf, sl)),
                DEV(V.udi(r)), DEV(V.udi(r)), P(V.person(r)[1]))


@reg("lab_radiology", "email")
def lab_critical_email(r):
    f, l = ppl(r)
    return fill("From: ¤\nTo: ¤\nSubject: critical value callback\n\n"
                "Potassium 6.8 on ¤ (MRN ¤), specimen collected ¤. Called Dr. ¤ at ¤, read-back done. "
                "Please document in the LIS.\n\n-- please rewrite as a formal critical-value note",
                EM(V.mailbox(r, "core.lab", "northridgelabs.com")), EM(V.email(r, *ppl(r), domains=("northridgehealth.org",))),
                P(V.render_name(f, l, "lastfirst")), MRN(V.mrn(r)), D(V.recent(r)), P(V.person(r)[1]), PH(V.phone(r)))


# ------------------------------------------------------------------ pharmacy benefit
@reg("pharmacy_benefit", "form")
def pbm_prior_auth(r):
    f, l = ppl(r)
    pf, pl = ppl(r)
    return fill("Help me complete this prior authorization narrative.\n\nMember: ¤\nMember ID: ¤\nDOB: ¤\n"
                "Prescriber: Dr. ¤ ¤  NPI ¤  DEA ¤\nPhone ¤  Fax ¤\nDrug: tirzepatide 5 mg weekly\n"
                "Rx written: ¤\nTried metformin and semaglutide without adequate response.",
                P(V.render_name(f, l, "title")), HP(V.plan_id(r)), D(V.dob(r)), P(pf), P(pl), NPI(V.npi(r)),
                DEA(V.dea(r, pl)), PH(V.phone(r)), PH(V.phone(r)), D(V.recent(r)))


@reg("pharmacy_benefit", "csv")
def pbm_claims_csv(r):
    rows = []
    for _ in range(2):
        f, l = ppl(r, True)
        pf, pl = ppl(r, True)
        rows += fill("¤,¤,¤,¤,¤,¤,%s,%d\n" % (V.digits(r, 11), r.choice([30, 90])),
                     HP(V.plan_id(r)), P(f), P(l), D(V.dob(r, "iso")), NPI(V.npi(r)), DEA(V.dea(r, pl)))
    return fill("These pharmacy claims rejected with code 75. Any pattern?\n"
                "member_id,first,last,dob,prescriber_npi,prescriber_dea,ndc,days_supply\n¤Batch %s." % V.digits(r, 6), rows)


@reg("pharmacy_benefit", "chat")
def pbm_member_chat(r):
    f, l = ppl(r)
    return fill("Customer: hi, I'm ¤, member id ¤. my mail-order refill for my mom ¤ (she's ¤) never came. "
                "her DOB is ¤ and the address on file should be ¤, ¤. email me at ¤\n"
                "Agent notes: please draft the apology and reship confirmation.",
                P(V.name(r, ("title", "lower"))), HP(V.plan_id(r)), P(V.render_name(f, l, "title")), AG(V.age(r)),
                D(V.dob(r, "us", 1925, 1935)), SA(V.street(r)), Z(V.zipc(r)), EM(V.email(r, f, l)))


# ------------------------------------------------------------------ insurance claims
@reg("insurance_claims", "x12")
def ins_x12_837(r):
    f, l = ppl(r, True)
    c, st = V.city(r)
    return fill("Explain each segment of this 837P snippet to a new biller:\n"
                "NM1*IL*1*¤*¤****MI*¤~\nN3*¤~\nN4*%s*%s*¤~\nDMG*D8*¤*F~\nREF*SY*¤~\n"
                "NM1*85*2*RIVERSIDE FAMILY MED*****XX*¤~\nCLM*%s*185.00***11:B:1*Y*A*Y*Y~\n"
                "DTP*472*D8*¤~\nHI*ABK:E119~" % (c.upper(), st, V.rs(r, V.UPPERNUM, 10)),
                P(l.upper()), P(f.upper()), HP(V.plan_id(r)), SA(V.street(r, with_city=False).upper()), Z(V.zipc(r, False)),
                D(V.dob(r, "hl7")), SSN(V.ssn(r, "")), NPI(V.npi(r)), D(V.fdate(V.date(r, 2024, 2025), "hl7")))


@reg("insurance_claims", "letter")
def ins_appeal_letter(r):
    f, l = ppl(r)
    return fill("Proofread my appeal letter:\n\n¤\n¤ ¤\n\nRe: Member ID ¤, Medicare MBI ¤, date of service ¤\n\n"
                "To the Appeals Unit: I am writing to appeal the denial of my ambulance transport claim. "
                "My cardiologist, Dr. ¤, documented that it was medically necessary. You can reach me at ¤.\n\n"
                "Sincerely,\n¤",
                P(V.render_name(f, l, "title")), SA(V.street(r)), Z(V.zipc(r)), HP(V.plan_id(r)), MBI(V.mbi(r)),
                D(V.recent(r, "long")), P(V.name(r)), PH(V.phone(r)), P(V.render_name(f, l, "title")))


@reg("insurance_claims", "json")
def ins_claim_json(r):
    f, l = ppl(r)
    return fill('Validate this claim payload against our schema:\n{"claim": {"subscriber": {"first_name": "¤", '
                '"last_name": "¤", "member_id": "¤", "dob": "¤"}, "rendering_provider": {"npi": "¤", "name": "¤"}, '
                '"service_date": "¤", "dx": ["M54.50"], "cpt": ["97110"], "billed": 240.0, '
                '"service_address": "¤", "service_zip": "¤"}}',
                P(f), P(l), HP(V.plan_id(r)), D(V.dob(r, "iso")), NPI(V.npi(r)), P(V.name(r)),
                D(V.recent(r, "iso")), SA(V.street(r)), Z(V.zipc(r)))


# ------------------------------------------------------------------ retail banking
@reg("retail_banking", "chat")
def bank_ach_chat(r):
    f, l = ppl(r)
    return fill("User: my paycheck didn't land. I'm ¤, checking account ¤, routing number ¤. "
                "Phone on file is ¤ and I live at ¤ ¤. can you write a message to the branch asking them to trace the ACH?\n"
                "Assistant: Of course. Here's a message you could send:",
                P(V.render_name(f, l, r.choice(["title", "lower"]))), ACCT(V.bank_acct(r)), ABA(V.aba(r)),
                PH(V.phone(r)), SA(V.street(r)), Z(V.zipc(r)))


@reg("retail_banking", "email")
def bank_wire_email(r):
    f, l = ppl(r)
    cc = r.choice(["DE", "GB", "FR", "ES", "NL", "IT", "IE", "AT", "BE", "CH"])
    return fill("From: ¤\nTo: ¤\nSubject: outgoing wire — please verify\n\n"
                "Please send EUR 14,200 to beneficiary ¤, ¤ ¤.\nIBAN: ¤\nBIC/SWIFT: ¤\n"
                "Debit my account ¤ (routing ¤). Call me at ¤ if anything is unclear.\n¤\n\n"
                "(Assistant: summarize the risks of this wire request.)",
                EM(V.email(r, *ppl(r))), EM(V.mailbox(r, "wires", "firstharborbank.com")), P(V.name(r)),
                SA(V.street(r)), Z(V.zipc(r)), IBAN(V.iban(r, cc)), SW(V.swift(r, cc)), ACCT(V.bank_acct(r)), ABA(V.aba(r)),
                PH(V.phone(r)), P(V.render_name(f, l, "title")))


@reg("retail_banking", "log_jsonl")
def bank_fraud_log(r):
    f, l = ppl(r)
    return fill('Triage these login events for account takeover:\n'
                '{"ts": "2025-06-0%dT03:12:44Z", "event": "login", "email": "¤", "ip": "¤", "device_imei": "¤"}\n'
                '{"ts": "2025-06-0%dT03:14:02Z", "event": "payee_add", "payee": "¤", "acct": "¤", "routing": "¤", "ip": "¤"}\n'
                '{"ts": "2025-06-0%dT03:14:09Z", "event": "session", "bearer": "¤"}' % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 9)),
                EM(V.email(r, f, l)), IP(V.ipv4_public(r)), DEV(V.imei(r)), P(V.name(r)), ACCT(V.bank_acct(r)),
                ABA(V.aba(r)), IP(V.ip(r)), JWT(V.jwt(r)))


# ------------------------------------------------------------------ cards / disputes
@reg("cards_disputes", "chat")
def card_dispute_chat(r):
    f, l = ppl(r)
    pan = V.card(r)
    return fill("Customer: I want to dispute a $389 charge from a hotel I never stayed at. card number ¤, cvv ¤, "
                "name on card ¤. email ¤ phone ¤.\nAgent: Thanks — please draft the dispute summary for the back office.",
                CC(pan), CVV(V.cvv(r, pan)), P(V.render_name(f, l, r.choice(["caps", "title"]))), EM(V.email(r, f, l)), PH(V.phone(r)))


@reg("cards_disputes", "log")
def card_pos_track(r):
    f, l = ppl(r)
    pan, nm, tail = V.track1(r, f, l)
    pan2 = V.card(r, "visa", sep="")
    return fill("Our POS debug log is leaking swipe data. Which lines need to be scrubbed?\n"
                "2025-05-14 18:22:07 INFO  term=POS-07 host=¤ swipe ok\n"
                "2025-05-14 18:22:07 DEBUG raw_t1=¤\n"
                "2025-05-14 18:24:51 DEBUG raw_t2=¤\n"
                "2025-05-14 18:24:52 INFO  auth approved code=%s" % V.rs(r, V.UPPERNUM, 6),
                IP(V.ipv4_private(r)), TRK("%B", CC(pan), "^", P(nm), "^" + tail + "?"),
                TRK(";", CC(pan2), "=" + V.track2_tail(r) + "?"))


@reg("cards_disputes", "anthropic_tool_use")
def card_tool_use(r):
    f, l = ppl(r)
    pan = V.card(r, sep="")
    return fill('{"type": "tool_use", "id": "toolu_%s", "name": "charge_card", "input": {"amount_cents": %d, '
                '"card": {"number": "¤", "cvc": "¤", "exp_month": %d, "exp_year": 20%d, "name": "¤", '
                '"billing_zip": "¤"}, "receipt_email": "¤"}}' % (V.rs(r, V.ALNUM, 14), r.randint(500, 90000), r.randint(1, 12), r.randint(26, 31)),
                CC(pan), CVV(V.cvv(r, pan)), P(V.render_name(f, l, "title")), Z(V.zipc(r, False)), EM(V.email(r, f, l)))


@reg("cards_disputes", "email")
def card_chargeback_thread(r):
    f, l = ppl(r)
    return fill("Summarize this chargeback thread for the merchant:\n\n> On Tue, ¤ wrote:\n> The cardholder ¤ says "
                "card ¤ was charged twice on order 114-%s-%s.\n\nReply from ¤:\nWe refunded one charge; the "
                "customer can call us at ¤." % (V.digits(r, 7), V.digits(r, 7)),
                EM(V.mailbox(r, "disputes", "coastalcard.com")), P(V.render_name(f, l, "title")), CC(V.card(r)),
                EM(V.email(r, *ppl(r), domains=("brightwares.shop",))), PH(V.phone(r)))


# ------------------------------------------------------------------ small-business lending
@reg("smb_lending", "form")
def smb_application(r):
    f, l = ppl(r)
    return fill("Check this loan application for missing fields:\n\nBusiness: %s Bakery LLC\nOwner: ¤\n"
                "Owner SSN: ¤\nOwner DOB: ¤\nHome address: ¤ ¤\nEmail: ¤   Mobile: ¤\n"
                "Operating account: ¤   ABA: ¤\nRequested: $85,000 equipment loan" % r.choice(["Sweet Crumb", "Golden Loaf", "Flour Power"]),
                P(V.render_name(f, l, "title")), SSN(V.ssn(r)), D(V.dob(r)), SA(V.street(r)), Z(V.zipc(r)),
                EM(V.email(r, f, l)), PH(V.phone(r)), ACCT(V.bank_acct(r)), ABA(V.aba(r)))


@reg("smb_lending", "yaml")
def smb_guarantors_yaml(r):
    g = [ppl(r) for _ in range(2)]
    return fill("Convert this to a table for the credit memo:\n\nguarantors:\n"
                "  - name: ¤\n    itin: \"¤\"\n    drivers_license: ¤\n    ownership_pct: 60\n"
                "  - name: ¤\n    ssn: \"¤\"\n    drivers_license: ¤\n    ownership_pct: 40\n"
                "collateral: 2019 box truck, VIN ¤\n",
                P(V.render_name(*g[0], style="title")), ITIN(V.itin(r)), DL(V.dl(r)),
                P(V.render_name(*g[1], style="title")), SSN(V.ssn(r)), DL(V.dl(r)), VIN(V.vin(r)))


# ------------------------------------------------------------------ accounting
@reg("accounting", "csv")
def acct_vendor_master(r):
    f, l = ppl(r, True)
    f2, l2 = ppl(r, True)
    cc = r.choice(["DE", "NL", "GB", "FR", "ES"])
    return fill("Dedupe this vendor master extract:\nvendor,contact,email,phone,routing,account,iban,swift\n"
                "Acme Packaging,¤,¤,¤,¤,¤,,\nLumen Glas BV,¤,¤,¤,,,¤,¤\n"
                "Acme Packaging Inc,¤,¤,¤,¤,¤,,\n",
                P("%s %s" % (f, l)), EM(V.email(r, f, l, ("acmepack.com",))), PH(V.phone(r, "dash")), ABA(V.aba(r)),
                ACCT(V.bank_acct(r)), P("%s %s" % (f2, l2)), EM(V.email(r, f2, l2, ("lumenglas.eu",))),
                PH(V.intl_phone(r, r.choice(["NL", "DE"]))), IBAN(V.iban(r, cc, False)), SW(V.swift(r, cc)),
                P("%s %s" % (f, l)), EM(V.mailbox(r, "ap", "acmepack.com")), PH(V.phone(r, "dash")), ABA(V.aba(r)), ACCT(V.bank_acct(r)))


@reg("accounting", "sql")
def acct_payee_sql(r):
    f, l = ppl(r, True)
    f2, l2 = ppl(r, True)
    return fill("Is this migration safe to run twice?\n\nINSERT INTO payees (first_name, last_name, email, routing_no, account_no)\n"
                "VALUES ('¤', '¤', '¤', '¤', '¤'),\n       ('¤', '¤', '¤', '¤', '¤')\n"
                "ON CONFLICT (email) DO NOTHING;",
                P(f), P(l), EM(V.email(r, f, l)), ABA(V.aba(r)), ACCT(V.bank_acct(r)),
                P(f2), P(l2), EM(V.email(r, f2, l2)), ABA(V.aba(r)), ACCT(V.bank_acct(r)))


@reg("accounting", "spreadsheet")
def acct_reimb_sheet(r):
    rows = []
    for _ in range(3):
        f, l = ppl(r)
        rows += fill("¤\t¤\t$%d.%02d\t%s\n" % (r.randint(20, 900), r.randint(0, 99), r.choice(["mileage", "meals", "travel"])),
                     P(V.render_name(f, l, "lastfirst")), EM(V.email(r, f, l, ("brightline-cpa.com",))))
    return fill("Pasted from Excel — total by category and flag anything over policy:\nEmployee\tEmail\tAmount\tCategory\n¤"
                "Approver: ¤", rows, P(V.name(r)))


# ------------------------------------------------------------------ tax prep
@reg("tax_prep", "chat")
def tax_family_chat(r):
    f, l = ppl(r)
    sf = V.person(r)[0]
    kf = V.person(r)[0]
    return fill("User: doing my 1040 with my spouse. me: ¤, SSN ¤. spouse ¤ uses ITIN ¤. our son ¤ was born ¤. "
                "we moved to ¤ ¤ in June. which filing status gets us the bigger refund?",
                P(V.render_name(f, l, "title")), SSN(V.ssn(r)), P("%s %s" % (sf, l)), ITIN(V.itin(r)),
                P(kf), D(V.dob(r, "long", 2012, 2022)), SA(V.street(r)), Z(V.zipc(r)))


@reg("tax_prep", "form")
def tax_w9_form(r):
    f, l = ppl(r)
    use_itin = r.random() < 0.5
    tin = ITIN(V.itin(r)) if use_itin else SSN(V.ssn(r))
    return fill("Review this W-9 text I typed for a client before I upload it:\n\n"
                "1 Name: ¤\n2 Business name: %s Consulting\n5 Address: ¤\n6 City, state, ZIP: %s, %s ¤\n"
                "Part I Taxpayer Identification Number: ¤\nSignature: ¤\n" % (r.choice(["Blue Heron", "Northgate", "Clearwater"]), V.city(r)[0], V.city(r)[1]),
                P(V.render_name(f, l, "title")), SA(V.street(r, with_city=False)), Z(V.zipc(r)), tin, P(V.render_name(f, l, "title")))


@reg("tax_prep", "csv")
def tax_import_csv(r):
    rows = []
    for _ in range(3):
        f, l = ppl(r, True)
        rows += fill("¤,¤,¤,%d,%s\n" % (r.randint(8000, 95000), r.choice(["1099-NEC", "W-2", "1099-MISC"])),
                     P(l), P(f), (ITIN(V.itin(r, "")) if r.random() < 0.5 else SSN(V.ssn(r, ""))))
    return fill("Our tax software import fails on line 3 of this CSV and the error just says 'invalid TIN format'. "
                "What is wrong, and should ITINs be stored differently from SSNs?\nlast,first,tin,amount,form\n¤", rows)


# ------------------------------------------------------------------ payroll
@reg("payroll", "tsv")
def payroll_dd_tsv(r):
    rows = []
    for _ in range(3):
        f, l = ppl(r)
        rows += fill("¤\t¤\t¤\t¤\t¤\t%s\n" % r.choice(["checking", "savings"]),
                     P(f), P(l), SSN(V.ssn(r)), ABA(V.aba(r)), ACCT(V.bank_acct(r)))
    return fill("Convert these direct-deposit changes to the NACHA prenote format:\nfirst\tlast\tssn\trouting\taccount\ttype\n¤", rows)


@reg("payroll", "email")
def payroll_bank_change(r):
    f, l = ppl(r)
    return fill("Is this email a phishing attempt? Be specific.\n\nFrom: ¤\nTo: ¤\n\nHi, this is ¤ from the warehouse. "
                "Please switch my direct deposit to routing ¤, account ¤ before Friday's run. "
                "My employee SSN ends in %s. Call me on ¤ if needed." % V.digits(r, 4),
                EM(V.email(r, f, l, ("gmail.com", "outlook.com"))), EM(V.mailbox(r, "payroll", "ridgeviewlogistics.com")),
                P(V.render_name(f, l, "title")), ABA(V.aba(r)), ACCT(V.bank_acct(r)), PH(V.phone(r)))


@reg("payroll", "spreadsheet")
def payroll_new_hires(r):
    rows = []
    for _ in range(2):
        f, l = ppl(r)
        rows += fill("¤ | ¤ | ¤ | ¤ | ¤\n", P(V.render_name(f, l, "caps")), D(V.dob(r, "us")), SSN(V.ssn(r)), SA(V.street(r)), Z(V.zipc(r)))
    return fill("Set up these new hires in payroll; which state tax forms do they need?\nNAME | DOB | SSN | ADDRESS | ZIP\n¤", rows)


# ------------------------------------------------------------------ HR / recruiting
@reg("hr_recruiting", "chat")
def hr_candidate_summary(r):
    f, l = ppl(r)
    return fill("Summarize this candidate for the hiring manager, no more than five bullets:\n\n¤\n¤ · ¤ · ¤\n¤ ¤\n"
                "Senior data engineer, 9 yrs. H-1B transfer needed; passport no. ¤.\nPortfolio: ¤",
                P(V.render_name(f, l, "caps")), EM(V.email(r, f, l)), PH(V.phone(r)),
                U("https://www.linkedin.com/in/%s-%s-%s" % (V.ascii_fold(f), V.ascii_fold(l), V.rs(r, V.HEX, 6))),
                SA(V.street(r)), Z(V.zipc(r)), PP(V.passport(r)), U("https://%s%s.dev" % (V.ascii_fold(f), V.ascii_fold(l))))


@reg("hr_recruiting", "markdown_table")
def hr_i9_table(r):
    rows = []
    for _ in range(2):
        f, l = ppl(r)
        rows += fill("| ¤ | ¤ | ¤ | ¤ | ¤ |\n", P(V.render_name(f, l, "title")), D(V.dob(r, "iso")), SSN(V.ssn(r)),
                     PP(V.passport(r)), DL(V.dl(r)))
    return fill("Which I-9 documents are still missing for these hires?\n\n| Name | DOB | SSN | US passport | Driver's license |\n"
                "|---|---|---|---|---|\n¤", rows)


@reg("hr_recruiting", "letter")
def hr_background_letter(r):
    f, l = ppl(r)
    return fill("Rewrite this adverse-action pre-notice in friendlier language:\n\nDear ¤,\n"
                "We received the background report for ¤ (date of birth ¤, driver license ¤, SSN ¤, "
                "¤ ¤). The report lists a 2016 violation. You may dispute it by calling ¤.\n\nRegards,\n¤, HR",
                P(f), P(V.render_name(f, l, "caps")), D(V.dob(r)), DL(V.dl(r)), SSN(V.ssn(r)), SA(V.street(r)), Z(V.zipc(r)),
                PH(V.phone(r)), P(V.name(r)))


# ------------------------------------------------------------------ customer support
@reg("support_telecom", "transcript")
def tel_imei_transcript(r):
    f, l = ppl(r)
    return fill("Summarize this call for the ticket:\n\nAgent: Thanks for calling, who am I speaking with?\n"
                "Caller: ¤. My number is ¤.\nAgent: And the phone's IMEI?\nCaller: ¤, it's on the box.\n"
                "Agent: Service address?\nCaller: ¤, ¤.\nAgent: I've blocked the IMEI and emailed ¤ a confirmation.",
                P(V.render_name(f, l, "title")), PH(V.phone(r)), DEV(V.imei(r)), SA(V.street(r)), Z(V.zipc(r)), EM(V.email(r, f, l)))


@reg("support_utilities", "letter")
def util_shutoff_letter(r):
    f, l = ppl(r)
    return fill("Write a medical-certificate request for a utility shutoff protection:\n\n"
                "Account holder: ¤\nService address: ¤ ¤\nHousehold member on oxygen: ¤, age ¤, DOB ¤\n"
                "Physician: Dr. ¤, phone ¤\nContact email: ¤",
                P(V.render_name(f, l, "title")), SA(V.street(r)), Z(V.zipc(r)), P("%s %s" % (V.person(r)[0], l)),
                AG(V.age(r)), D(V.dob(r, "us", 1922, 1935)), P(V.name(r)), PH(V.phone(r)), EM(V.email(r, f, l)))


@reg("support_ecommerce", "chat")
def ecom_address_chat(r):
    f, l = ppl(r)
    return fill("Customer: hi my order #%d was delivered to the wrong place. I'm ¤, it should go to ¤, ¤. "
                "my card ending %s was charged $%d.%02d. reach me at ¤ or ¤\nBot: draft the reply with reship options" %
                (r.randint(1000000, 9999999), V.digits(r, 4), r.randint(10, 300), r.randint(0, 99)),
                P(V.render_name(f, l, r.choice(["lower", "title"]))), SA(V.street(r)), Z(V.zipc(r)), PH(V.phone(r)), EM(V.email(r, f, l)))


@reg("support_telecom", "json")
def tel_port_json(r):
    f, l = ppl(r)
    return fill('Why did this number-port request fail? {"port_request": {"subscriber": {"first_name": "¤", "last_name": "¤"}, '
                '"number": "¤", "billing_address": {"street": "¤", "zip": "¤"}, "device": {"imei": "¤"}, '
                '"port_reason": "%s", "contact_email": "¤"}}' % r.choice(["switching carrier", "moving", "business line"]),
                P(f), P(l), PH(V.phone(r, "e164")), SA(V.street(r, with_city=False)), Z(V.zipc(r)), DEV(V.imei(r)), EM(V.email(r, f, l)))


# ------------------------------------------------------------------ IT / devops
@reg("it_devops", "env")
def dev_env_file(r):
    u = V.rs(r, "abcdefghijklmnopqrstuvwxyz", 6)
    return fill("Why does docker compose ignore this .env? \n\nNODE_ENV=production\n"
                "DATABASE_URL=¤\nSTRIPE_SECRET_KEY=¤\nOPENAI_API_KEY=¤\nSESSION_SECRET=¤\n"
                "SMTP_FROM=¤\nSSO_SIGNING_KEY=\"¤\"\n",
                U("postgres://%s_svc:" % u, PW(V.password(r)), "@db-%d.prod.internal:5432/%s" % (r.randint(1, 9), u)),
                KEY(V.api_key(r, "stripe")), KEY(V.api_key(r, "openai")), HES(V.secret(r)),
                EM(V.mailbox(r, "no-reply", "%s.io" % u)), PK(V.pem(r, "\\n", "EC PRIVATE KEY")))


@reg("it_devops", "code")
def dev_hardcoded_keys(r):
    return fill("Review this script; what should I change before pushing?\n\n```python\nimport boto3\n\n"
                "# TODO move to vault\nAWS_ACCESS_KEY_ID = \"¤\"\nAWS_SECRET_ACCESS_KEY = \"¤\"\n"
                "GITHUB_TOKEN = \"¤\"\n\ns3 = boto3.client(\"s3\", aws_access_key_id=AWS_ACCESS_KEY_ID,\n"
                "                  aws_secret_access_key=AWS_SECRET_ACCESS_KEY)\n```",
                KEY(V.api_key(r, "aws")), HES(V.aws_secret(r)), KEY(V.api_key(r, r.choice(["github", "gitlab"]))))


@reg("it_devops", "yaml")
def dev_k8s_secret(r):
    return fill("Lint this manifest:\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: sftp-creds\ntype: Opaque\n"
                "stringData:\n  username: batchsvc\n  password: \"¤\"\n  id_rsa: |\n¤\n",
                PW(V.password(r)), PK(V.pem(r, "\n", r.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"]))))


@reg("it_devops", "chat")
def it_helpdesk_chat(r):
    f, l = ppl(r)
    return fill("User: hi it's ¤ in accounts payable. my laptop (serial ¤) won't join wifi since the update. "
                "my password is ¤ if you need to log in. IP shows ¤ and the MAC on the sticker is ¤.\n"
                "Assistant: Let's troubleshoot step by step.",
                P(V.render_name(f, l, r.choice(["title", "lower"]))), DEV(V.serial(r)), PW(V.password(r)),
                IP(V.ip(r)), DEV(V.mac(r)))


@reg("it_devops", "csv")
def it_inventory_csv(r):
    rows = []
    for _ in range(3):
        f, l = ppl(r, True)
        rows += fill("%s,¤,¤,¤,¤\n" % ("LT-%s" % V.digits(r, 4)), DEV(V.serial(r)), DEV(V.mac(r)), IP(V.ipv4_private(r)), P("%s %s" % (f, l)))
    return fill("Find duplicate MACs in this device inventory:\nasset_tag,serial,mac,ip,assigned_to\n¤", rows)


@reg("it_devops", "log_jsonl")
def it_api_gateway_log(r):
    f, l = ppl(r)
    return fill('Why are these requests 401ing?\n{"level":"warn","ts":"2025-04-22T10:01:%02dZ","client_ip":"¤","user":"¤",'
                '"auth":"Bearer ¤","path":"/v2/claims"}\n{"level":"warn","ts":"2025-04-22T10:01:%02dZ","client_ip":"¤",'
                '"upstream":"¤","status":401}' % (r.randint(0, 59), r.randint(0, 59)),
                IP(V.ip(r)), EM(V.email(r, f, l, ("northwind-health.com",))), JWT(V.jwt(r)), IP(V.ip(r)),
                U("https://api.%s.com/v2/claims" % r.choice(["clearinghouse-x", "payerlink", "claimsbridge"])))


@reg("it_devops", "openai_tool_args")
def it_ticket_args(r):
    f, l = ppl(r, True)
    return fill('{"role": "assistant", "tool_calls": [{"function": {"name": "create_ticket", "arguments": '
                '"{\\"requester\\": \\"¤\\", \\"email\\": \\"¤\\", \\"phone\\": \\"¤\\", \\"summary\\": '
                '\\"Rotate leaked key ¤ found in public repo\\", \\"webhook_secret\\": \\"¤\\"}"}}]}',
                P(V.render_name(f, l, "title")), EM(V.email(r, f, l, ("corp.example-co.com",))), PH(V.phone(r)),
                KEY(V.api_key(r, r.choice(["sendgrid", "slack", "google", "hf", "anthropic"]))), HES(V.secret(r)))


@reg("it_devops", "sql")
def dev_user_sql(r):
    f, l = ppl(r, True)
    f2, l2 = ppl(r, True)
    return fill("This query returns plaintext temp passwords, how do I fix the reset flow?\n\n"
                "select email, temp_password, last_login_ip from users where reset_pending;\n"
                "email                     | temp_password | last_login_ip\n¤ | ¤ | ¤\n¤ | ¤ | ¤\n",
                EM(V.email(r, f, l)), PW(V.password(r)), IP(V.ip(r)), EM(V.email(r, f2, l2)), PW(V.password(r)), IP(V.ip(r)))


# ------------------------------------------------------------------ education
@reg("education", "form")
def edu_enrollment_form(r):
    f, l = ppl(r)
    pf = V.person(r)[0]
    return fill("Check this enrollment form for errors:\n\nStudent: ¤\nDate of birth: ¤\nParent/guardian: ¤\n"
                "Guardian phone: ¤\nGuardian email: ¤\nHome address: ¤\nZIP: ¤\nGrade entering: %d" % r.randint(1, 11),
                P(V.render_name(f, l, "lastfirst")), D(V.dob(r, "us", 2009, 2019)), P("%s %s" % (pf, l)),
                PH(V.phone(r)), EM(V.email(r, pf, l)), SA(V.street(r)), Z(V.zipc(r)))


@reg("education", "email")
def edu_finaid_email(r):
    f, l = ppl(r)
    return fill("From: ¤\nTo: ¤\nSubject: FAFSA verification\n\nHello, my daughter ¤ (student ID %s, DOB ¤) was "
                "selected for verification. Her SSN is ¤. What else do you need? — ¤\n\nPlease draft a reply listing the documents." % V.digits(r, 7),
                EM(V.email(r, V.person(r)[0], l)), EM(V.mailbox(r, "finaid", "valleystate.edu")), P(V.render_name(f, l, "title")),
                D(V.dob(r, "us", 2004, 2008)), SSN(V.ssn(r)), P("%s %s" % (V.person(r)[0], l)))


# ------------------------------------------------------------------ nonprofit
@reg("nonprofit", "csv")
def np_donor_csv(r):
    rows = []
    for _ in range(2):
        f, l = ppl(r, True)
        rows += fill("¤,¤,¤,¤,¤,¤,%d\n" % r.randint(25, 5000), P(f), P(l), EM(V.email(r, f, l)), PH(V.phone(r, "dash")),
                     SA(V.street(r)), Z(V.zipc(r)))
    f, l = ppl(r, True)
    return fill("Segment these donors for the spring appeal:\nfirst,last,email,phone,address,zip,lifetime_usd\n¤"
                "Monthly ACH donor ¤: routing ¤ account ¤", rows, P("%s %s" % (f, l)), ABA(V.aba(r)), ACCT(V.bank_acct(r)))


@reg("nonprofit", "letter")
def np_tribute_letter(r):
    f, l = ppl(r)
    return fill("Polish this donor thank-you note:\n\nDear ¤,\nThank you for your gift in honor of your mother, ¤, who "
                "turned ¤ this spring. Your generosity will fund meals for seniors in ¤, ¤.\nWarmly,\n¤\n"
                "Development Office · ¤",
                P(V.render_name(*ppl(r), style="title")), P(V.render_name(f, l, "title")), AG(V.age(r)), SA(V.street(r)), Z(V.zipc(r)),
                P(V.name(r)), PH(V.phone(r)))


# ------------------------------------------------------------------ logistics
@reg("logistics", "form")
def log_driver_record(r):
    f, l = ppl(r)
    return fill("Summarize this driver qualification file for the safety audit:\n\nDriver: ¤\nCDL number: ¤ (class A)\n"
                "DOB: ¤\nAssigned tractor VIN: ¤\nTrailer VIN: ¤\nCell: ¤\nMedical card exp: %s" % V.recent(r, "us"),
                P(V.render_name(f, l, "lastcaps")), DL(V.dl(r)), D(V.dob(r)), VIN(V.vin(r)), VIN(V.vin(r)), PH(V.phone(r)))


@reg("logistics", "json")
def log_telematics_json(r):
    f, l = ppl(r)
    return fill('Explain the anomaly in this telematics payload:\n{"vehicle": {"vin": "¤", "unit": "TRK-%d"}, '
                '"gateway": {"imei": "¤", "ip": "¤", "api_secret": "¤"}, "driver": "¤", '
                '"events": [{"t": "2025-03-02T04:11Z", "type": "harsh_brake", "speed_mph": %d}]}' % (r.randint(100, 999), r.randint(40, 70)),
                VIN(V.vin(r)), DEV(V.imei(r)), IP(V.ip(r)), HES(V.secret(r)), P(V.render_name(f, l, "title")))


# ------------------------------------------------------------------ hospitality
@reg("hospitality", "xml_soap")
def hosp_res_soap(r):
    f, l = ppl(r)
    pan = V.card(r, sep="")
    return fill("Our PMS rejects this OTA reservation; find the problem.\n<soap:Envelope><soap:Body><OTA_HotelResNotifRQ>"
                "<Customer><PersonName><GivenName>¤</GivenName><Surname>¤</Surname></PersonName>"
                "<Telephone PhoneNumber=\"¤\"/><Email>¤</Email><Document DocType=\"passport\" DocID=\"¤\"/></Customer>"
                "<PaymentCard CardNumber=\"¤\" SeriesCode=\"¤\" ExpireDate=\"%02d%02d\"/>"
                "</OTA_HotelResNotifRQ></soap:Body></soap:Envelope>" % (r.randint(1, 12), r.randint(26, 30)),
                P(f), P(l), PH(V.phone(r, "e164")), EM(V.email(r, f, l)), PP(V.passport(r)), CC(pan), CVV(V.cvv(r, pan)))


@reg("hospitality", "email")
def hosp_guest_complaint(r):
    f, l = ppl(r)
    return fill("Reply to this guest complaint, apologetic but brief:\n\nFrom: ¤\nI'm ¤, stayed in room %d. The front desk "
                "photocopied my passport (¤) and left it on the counter! Call me at ¤. The swipe terminal also printed ¤ on my receipt." % r.randint(101, 940),
                EM(V.email(r, f, l)), P(V.render_name(f, l, "title")), PP(V.passport(r)), PH(V.phone(r)),
                TRK(";", CC(V.card(r, "mc", sep="")), "=" + V.track2_tail(r) + "?"))


@reg("hospitality", "form")
def hosp_car_rental(r):
    f, l = ppl(r)
    return fill("Fill the damage report from this rental agreement:\n\nRenter: ¤\nDriver license: ¤\nAddress: ¤ ¤\n"
                "Phone: ¤\nVehicle VIN: ¤\nCard on file: ¤\nAdditional driver: ¤",
                P(V.render_name(f, l, "title")), DL(V.dl(r)), SA(V.street(r)), Z(V.zipc(r)), PH(V.phone(r)), VIN(V.vin(r)),
                CC(V.card(r)), P(V.name(r)))


# ------------------------------------------------------------------ writing help
@reg("writing_help", "chat")
def write_eulogy(r):
    f, l = ppl(r)
    return fill("Help me write a short eulogy for my grandmother ¤. She was born ¤ and passed away ¤ at ¤. "
                "She raised six kids on ¤ and never missed a Sunday dinner. My uncle ¤ will read it.",
                P(V.render_name(f, l, "title")), D(V.dob(r, "long", 1920, 1933)), D(V.recent(r, "long")), AG(V.age(r)),
                SA(V.street(r, with_city=False, unit=False)), P(V.name(r)))


@reg("writing_help", "letter")
def write_cover_letter(r):
    f, l = ppl(r)
    return fill("Make my cover letter header look professional:\n\n¤\n¤, ¤\n¤ | ¤ | ¤\n\nDear Hiring Manager,\n"
                "I am excited to apply for the Operations Analyst role...",
                P(V.render_name(f, l, "title")), SA(V.street(r)), Z(V.zipc(r)), PH(V.phone(r)), EM(V.email(r, f, l)),
                U("https://%s-%s.github.io" % (V.ascii_fold(f), V.ascii_fold(l))))


@reg("writing_help", "letter")
def write_court_letter(r):
    f, l = ppl(r)
    return fill("Proofread my letter to the small claims clerk:\n\n¤\n¤\n¤\nPhone: ¤\n\nRe: my former landlord ¤\n"
                "I, ¤, born ¤, request a continuance because I was hospitalized from ¤ to ¤.",
                P(V.render_name(f, l, "title")), SA(V.street(r)), Z(V.zipc(r)), PH(V.phone(r)), P(V.name(r)),
                P(V.render_name(f, l, "title")), D(V.dob(r, "long")), D(V.recent(r, "us")), D(V.recent(r, "us")))


# ------------------------------------------------------------------ non-English
@reg("ambulatory", "clinical_note", "multilingual")
def es_clinic_note(r):
    f, l = ppl(r)
    return fill("Traduce al inglés esta nota, por favor:\n\nPaciente: ¤, ¤ años, fecha de nacimiento ¤. Acude el ¤ "
                "acompañada de su hija ¤. Domicilio: ¤, ¤. Teléfono: ¤. Refiere disnea de esfuerzo.",
                P(V.render_name(f, l, "title")), AG(V.age(r)), D(V.dob(r, "es", 1921, 1934)), D(V.recent(r, "es")),
                P(V.person(r)[0]), SA(V.street(r)), Z(V.zipc(r)), PH(V.phone(r)))


@reg("retail_banking", "email", "multilingual")
def fr_bank_email(r):
    f, l = ppl(r)
    return fill("Objet : changement de coordonnées bancaires\n\nBonjour, je suis ¤. Merci de verser mon salaire sur "
                "mon nouveau compte : IBAN ¤, BIC ¤. Je suis joignable au ¤ ou par courriel à ¤. Cordialement, ¤\n\n"
                "Peux-tu vérifier si ce message ressemble à une fraude ?",
                P(V.render_name(f, l, "title")), IBAN(V.iban(r, "FR")), SW(V.swift(r, "FR")), PH(V.intl_phone(r, "FR")),
                EM(V.email(r, f, l, ("orange.fr", "free.fr"))), P(f))


@reg("hr_recruiting", "form", "multilingual")
def de_personalakte(r):
    f, l = ppl(r)
    return fill("Bitte fasse die Personalakte zusammen:\n\nName: ¤\nGeburtsdatum: ¤\nIBAN: ¤\nBIC: ¤\nTelefon: ¤\n"
                "E-Mail: ¤\nEintritt: %s, Abteilung Logistik" % V.recent(r, "iso"),
                P(V.render_name(f, l, "lastfirst")), D(V.dob(r, "de")), IBAN(V.iban(r, r.choice(["DE", "AT"]))), SW(V.swift(r, "DE")),
                PH(V.intl_phone(r, "DE")), EM(V.email(r, f, l, ("web.de", "gmx.de"))))


@reg("insurance_claims", "chat", "multilingual")
def nl_insurance_chat(r):
    f, l = ppl(r)
    return fill("Klant: goedemiddag, mijn naam is ¤, geboortedatum ¤. De vergoeding voor de fysiotherapie van ¤ is "
                "nog niet betaald. Mijn IBAN is ¤, telefoon ¤, e-mail ¤.\nMedewerker: schrijf een korte bevestiging.",
                P(V.render_name(f, l, "title")), D(V.dob(r, "nl")), D(V.recent(r, "nl")), IBAN(V.iban(r, "NL")),
                PH(V.intl_phone(r, "NL")), EM(V.email(r, f, l, ("ziggo.nl", "kpnmail.nl"))))


@reg("cards_disputes", "chat", "multilingual")
def hinglish_card_chat(r):
    f, l = ppl(r)
    pan = V.card(r)
    return fill("Customer: bhai mera card block karna hai, kal raat se unknown transactions aa rahe hain. card number ¤ hai, "
                "naam ¤. mera number ¤ hai aur email ¤. jaldi karo please\nAgent: draft a calm reply in Hinglish.",
                CC(pan), P(V.render_name(f, l, "caps")), PH(V.intl_phone(r, "IN")), EM(V.email(r, f, l)))


@reg("retail_banking", "chat", "multilingual")
def tagalog_remit_chat(r):
    f, l = ppl(r)
    return fill("User: Pakitulungan po ako magpadala ng pera sa nanay ko na si ¤. Account number niya ¤, bank SWIFT ¤. "
                "Ang number niya ay ¤. Ako si ¤, email ko ¤.\nAssistant: Narito ang checklist:",
                P(V.render_name(f, l, "title")), ACCT(V.bank_acct(r)), SW(V.swift(r, "PH")), PH(V.intl_phone(r, "PH")),
                P(V.name(r)), EM(V.email(r, *ppl(r))))


@reg("hospital", "clinical_note", "multilingual")
def fr_hospital_note(r):
    f, l = ppl(r)
    return fill("Résume ce compte rendu en anglais :\n\nPatiente ¤, née le ¤, âgée de ¤ ans, IPP ¤, hospitalisée le ¤ "
                "pour chute. Médecin traitant : Dr ¤. Personne de confiance : ¤, ¤.",
                P(V.render_name(f, l, "lastcaps")), D(V.dob(r, "fr", 1920, 1934)), AG(V.age(r)), MRN(V.mrn(r)),
                D(V.recent(r, "fr")), P(V.person(r)[1]), P(V.name(r)), PH(V.intl_phone(r, "FR")))


@reg("hospitality", "email", "multilingual")
def es_hotel_booking(r):
    f, l = ppl(r)
    pan = V.card(r)
    return fill("Asunto: reserva para el puente\n\nHola, soy ¤. Quiero garantizar la reserva con la tarjeta ¤, código de "
                "seguridad ¤. Pasaporte estadounidense ¤. Mi móvil: ¤. Gracias.\n\n(Redacta una respuesta en español.)",
                P(V.render_name(f, l, "title")), CC(pan), CVV(V.cvv(r, pan)), PP(V.passport(r)), PH(V.intl_phone(r, "ES")))
