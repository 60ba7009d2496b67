"""Positive templates: each returns a list of pieces (plain str, or (TYPE, str | pieces))."""

from __future__ import annotations

POSITIVE = []


def pos(domain, fmt):
    def deco(fn):
        POSITIVE.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


def P(t, v):
    return (t, v)


def addr(v, with_city=None):
    wc = v.chance(0.5) if with_city is None else with_city
    return P("STREET_ADDRESS", v.street(with_city=wc))


# ------------------------------------------------------------------ healthcare
@pos("healthcare", "chat")
def hc_discharge_chat(v):
    f, l = v.first(), v.last()
    return ["Can you turn this into a plain-language discharge summary for the family?\n\nPatient: ",
            P("PERSON", f + " " + l), ", ", P("AGE", v.age()), " y/o, MRN ", P("MEDICAL_RECORD_NUMBER", v.mrn()),
            "\nAdmitted ", P("DATE_TIME", v.recent()), " with community-acquired pneumonia, discharged ",
            P("DATE_TIME", v.recent()), ". Attending: Dr. ", P("PERSON", v.last()),
            ". Follow-up with PCP in 7 days; daughter ", P("PERSON", v.first()), " can be reached at ",
            P("PHONE_NUMBER", v.phone()), ". Continue amoxicillin 500 mg TID x5 days."]


@pos("healthcare", "hl7")
def hc_hl7_adt(v):
    f, l = v.first().upper(), v.last().upper()
    c, st = v.city()
    af, al = v.first().upper(), v.last().upper()
    return ["Parse this ADT message and list the patient demographics:\n",
            "MSH|^~\\&|EPIC|LKSH|RCV|LKSH|20240611%02d%02d%02d" % (v.num(0, 23), v.num(0, 59), v.num(0, 59)), "||ADT^A01|MSG", v.digits(6), "|P|2.5\r",
            "PID|1||", P("MEDICAL_RECORD_NUMBER", v.mrn()), "^^^LKSH^MR||", P("PERSON", l + "^" + f + "^" + v.pick("ABCDJM")),
            "||", P("DATE_TIME", v.dob("hl7")), "|", v.pick("FM"), "|||", P("STREET_ADDRESS", v.street()), "^^", c, "^",
            st, "^", P("US_ZIP_CODE", v.zip()), "||", P("PHONE_NUMBER", v.phone(1)), "\r",
            "PV1|1|I|4W^412^B||||", P("US_NPI", v.npi()), "^", P("PERSON", al + "^" + af), "|||MED||||||||",
            "|V", v.digits(7), "|||||||||||||||||||||||||", P("DATE_TIME", v.fmt_date(v.date(2023, 2025), "hl7") + "%02d%02d" % (v.num(0, 23), v.num(0, 59)))]


@pos("healthcare", "fhir")
def hc_fhir_patient(v):
    f, l = v.first(), v.last()
    return ['Validate this FHIR resource before I POST it:\n{"resourceType": "Patient", "identifier": [{"system": '
            '"urn:oid:2.16.840.1.113883.3.7418", "type": {"text": "MRN"}, "value": "',
            P("MEDICAL_RECORD_NUMBER", v.mrn()), '"}], "name": [{"family": "', P("PERSON", l), '", "given": ["',
            P("PERSON", f), '"]}], "birthDate": "', P("DATE_TIME", v.dob("iso")), '", "telecom": [{"system": "phone", '
            '"value": "', P("PHONE_NUMBER", v.phone()), '"}, {"system": "email", "value": "', P("EMAIL_ADDRESS", v.email(f, l)),
            '"}], "address": [{"line": ["', P("STREET_ADDRESS", v.street()), '"], "city": "', v.city()[0],
            '", "postalCode": "', P("US_ZIP_CODE", v.zip()), '"}]}']


@pos("healthcare", "email")
def hc_rx_email(v):
    pl = v.last()
    return ["Subject: Rx clarification\n\nHi pharmacy team,\n\nThis is Dr. ", P("PERSON", v.first() + " " + pl),
            " (NPI ", P("US_NPI", v.npi()), ", DEA ", P("US_DEA", v.dea(pl)), "). The oxycodone script for ",
            P("PERSON", v.name("fl")), ", DOB ", P("DATE_TIME", v.dob()), ", written ", P("DATE_TIME", v.recent()),
            ", should read 5 mg q6h PRN, #20, no refills. Please call my office at ", P("PHONE_NUMBER", v.phone()),
            " if anything else is unclear.\n\nThanks,\n", P("PERSON", v.first()), " (nurse, on behalf of the doctor)"]


@pos("healthcare", "form")
def hc_medicare_form(v):
    c, st = v.city()
    return ["Fill in the missing fields of this Medicare enrollment worksheet and tell me what is wrong:\n\n",
            "Beneficiary name: ", P("PERSON", v.name("caps")), "\nMedicare number (MBI): ", P("US_MBI", v.mbi()),
            "\nDate of birth: ", P("DATE_TIME", v.dob("us", old=True)), "    Age: ", P("AGE", v.age()),
            "\nMailing address: ", P("STREET_ADDRESS", v.street()), "\nCity/State: ", c, ", ", st, "   ZIP: ",
            P("US_ZIP_CODE", v.zip()), "\nPhone: ", P("PHONE_NUMBER", v.phone()), "\nPart B effective: 07/01/2025"]


@pos("healthcare", "table")
def hc_lab_table(v):
    rows = []
    for _ in range(3):
        rows += ["| ", P("PERSON", v.name("lf")), " | ", P("MEDICAL_RECORD_NUMBER", v.mrn()), " | ",
                 P("DATE_TIME", v.recent("us")), " | ", v.pick(["HbA1c", "TSH", "LDL", "eGFR"]), " | ",
                 str(v.num(3, 180)), "." + str(v.num(0, 9)), " |\n"]
    return ["Flag any critical values in this lab extract and draft a note to the ordering physician, Dr. ",
            P("PERSON", v.name("fl")), ":\n\n| Patient | MRN | Collected | Test | Result |\n|---|---|---|---|---|\n"] + rows


@pos("healthcare", "log")
def hc_device_implant_log(v):
    return ["Implant registry export — please check it for missing fields:\n",
            "2025-02-", str(v.num(10, 28)), "T09:", str(v.num(10, 59)), ":02Z INFO registry.record patient_mrn=",
            P("MEDICAL_RECORD_NUMBER", v.mrn()), " patient=\"", P("PERSON", v.name("fl")), "\" procedure_date=",
            P("DATE_TIME", v.recent("iso")), " udi=", P("DEVICE_ID", v.udi()), " surgeon=\"", P("PERSON", v.name("fl")),
            "\" serial=", P("DEVICE_ID", v.serial()), " lot=L", v.digits(6), " status=IMPLANTED\n",
            "2025-02-", str(v.num(10, 28)), "T09:", str(v.num(10, 59)), ":07Z WARN registry.validate missing field=explant_reason"]


@pos("healthcare", "transcript")
def hc_nurse_line_transcript(v):
    f, l = v.first(), v.last()
    return ["Summarize this nurse-line call for the chart:\n\nNURSE: Nurse line, this is ", P("PERSON", v.first()),
            ". Who am I speaking with?\nCALLER: This is ", P("PERSON", f + " " + l), ", I'm calling about my grandmother, ",
            P("PERSON", v.first() + " " + l), ". She's ", P("AGE", v.age()),
            " and fell this morning.\nNURSE: Can I have her date of birth?\nCALLER: ", P("DATE_TIME", v.dob("long", old=True)),
            ".\nNURSE: And her insurance member ID?\nCALLER: ", P("HEALTH_PLAN_ID", v.member_id()),
            ".\nNURSE: Best callback number?\nCALLER: ", P("PHONE_NUMBER", v.phone()), ".\nNURSE: Okay, I'm recommending urgent care today."]


@pos("healthcare", "letter")
def hc_referral_letter(v):
    return ["Please tighten this referral letter:\n\nDear Dr. ", P("PERSON", v.last()), ",\n\nI am referring ",
            P("PERSON", v.name("fml")), " (DOB ", P("DATE_TIME", v.dob("long")), ") for evaluation of recurrent syncope. ",
            "Insurance: BlueRidge Health PPO, member ID ", P("HEALTH_PLAN_ID", v.member_id()), ". The patient lives at ",
            addr(v, True), " ", P("US_ZIP_CODE", v.zip()), ". Records will be faxed from ", P("PHONE_NUMBER", v.phone()),
            ".\n\nSincerely,\n", P("PERSON", v.name("fl")), ", MD\nNPI ", P("US_NPI", v.npi())]


@pos("healthcare", "chat")
def hc_spanish_chat(v):
    f, l = v.first(), v.last()
    return ["Necesito ayuda para escribir una carta al seguro. Mi madre, ", P("PERSON", f + " " + l), ", tiene ",
            P("AGE", v.age()), " años y fue hospitalizada el ", P("DATE_TIME", v.recent("eu")),
            ". Su número de afiliada es ", P("HEALTH_PLAN_ID", v.member_id()), " y nació el ",
            P("DATE_TIME", v.dob("eu", old=True)), ". Pueden llamarme al ", P("PHONE_NUMBER", v.phone()),
            " o escribirme a ", P("EMAIL_ADDRESS", v.email()), ". Quiero pedir que cubran la rehabilitación."]


@pos("healthcare", "tool_call")
def hc_claim_tool_call(v):
    f, l = v.first(), v.last()
    return ['Tool call -> submit_professional_claim\n{"claim_ref": "CLM-', v.digits(8), '", "member_id": "',
            P("HEALTH_PLAN_ID", v.member_id()), '", "patient": {"first_name": "', P("PERSON", f), '", "last_name": "',
            P("PERSON", l), '", "dob": "', P("DATE_TIME", v.dob("iso")), '"}, "mbi": "', P("US_MBI", v.mbi(False)),
            '", "service_date": "', P("DATE_TIME", v.recent("iso")), '", "rendering_npi": "', P("US_NPI", v.npi()),
            '", "lines": [{"cpt": "99214", "icd10": ["I10", "E11.9"], "charge": 185.00}]}']


@pos("healthcare", "form")
def hc_death_record(v):
    return ["Proofread this death-certificate worksheet before it goes to the county:\n\nDecedent: ",
            P("PERSON", v.name("fml")), "\nDate of birth: ", P("DATE_TIME", v.dob("us", old=True)), "\nDate of death: ",
            P("DATE_TIME", v.recent("us")), "\nAge at death: ", P("AGE", v.age()), "\nResidence: ", addr(v, True), " ",
            P("US_ZIP_CODE", v.zip()), "\nInformant: ", P("PERSON", v.name("fl")), " (son), phone ",
            P("PHONE_NUMBER", v.phone()), "\nCertifier: ", P("PERSON", v.name("fl")), ", DO"]


@pos("healthcare", "form")
def hc_dental_intake(v):
    f, l = v.first(), v.last()
    return ["Turn this dental intake into a clean JSON object:\n\nLast name: ", P("PERSON", l), "\nFirst name: ",
            P("PERSON", f), "\nDOB: ", P("DATE_TIME", v.dob("us")), "\nSSN: ", P("US_SSN", v.ssn()),
            "\nCell: ", P("PHONE_NUMBER", v.phone()), "\nEmail: ", P("EMAIL_ADDRESS", v.email(f, l)),
            "\nDental plan subscriber ID: ", P("HEALTH_PLAN_ID", v.member_id()), "\nLast cleaning: about a year ago"]


@pos("healthcare", "json")
def hc_telehealth_json(v):
    f, l = v.first(), v.last()
    return ['Why is our telehealth webhook rejecting this payload?\n{"event": "visit.completed", "received_at": '
            '"2025-03-0', str(v.num(1, 9)), 'T14:22:09Z", "patient_email": "', P("EMAIL_ADDRESS", v.email(f, l)),
            '", "patient_name": "', P("PERSON", f + " " + l), '", "visit_date": "', P("DATE_TIME", v.recent("iso")),
            '", "client_ip": "', P("IP_ADDRESS", v.ip()), '", "clinician": "', P("PERSON", v.name("fl")),
            '", "join_url": "', P("URL", v.url("visit.lakeshorehealth.org")), '", "duration_min": ', str(v.num(8, 40)), "}"]


@pos("healthcare", "json")
def hc_pdmp_query(v):
    pl = v.last()
    return ['Prescription monitoring lookup request, check the schema:\n{"prescriber": {"name": "',
            P("PERSON", v.first() + " " + pl), '", "dea": "', P("US_DEA", v.dea(pl)), '", "npi": "', P("US_NPI", v.npi()),
            '"}, "patient": {"name": "', P("PERSON", v.name("fl")), '", "dob": "', P("DATE_TIME", v.dob("iso")),
            '"}, "fill_date": "', P("DATE_TIME", v.recent("iso")), '", "drug": "hydrocodone/APAP 5/325", "qty": ',
            str(v.num(10, 60)), "}"]


@pos("healthcare", "email")
def hc_remote_monitor_email(v):
    return ["Draft a reply to the device clinic:\n\n> Patient ", P("PERSON", v.name("fl")), " (DOB ",
            P("DATE_TIME", v.dob("long", old=True)), ", age ", P("AGE", v.age()), ") has not transmitted since ",
            "last month. Pacemaker serial ", P("DEVICE_ID", v.serial()), ", bedside monitor IMEI ",
            P("DEVICE_ID", v.imei()), ". Please ask the family to call ", P("PHONE_NUMBER", v.phone()),
            " or email ", P("EMAIL_ADDRESS", v.email(domain="lakeshorehealth.org")), ".\n\nKeep it short and kind."]


# ------------------------------------------------------------------ insurance
@pos("insurance", "email")
def ins_auto_claim_email(v):
    f, l = v.first(), v.last()
    return ["Hi, I need to open a claim. My name is ", P("PERSON", f + " " + l), " and someone backed into my car in a "
            "parking lot. VIN ", P("VEHICLE_ID", v.vin()), ", my driver's license is ", P("US_DRIVER_LICENSE", v.dl()),
            ". I live at ", addr(v, True), " ", P("US_ZIP_CODE", v.zip()), ". Best number: ", P("PHONE_NUMBER", v.phone()),
            ", or email ", P("EMAIL_ADDRESS", v.email(f, l)), ". Can you help me word this for the adjuster?"]


@pos("insurance", "form")
def ins_auto_policy_form(v):
    return ["Extract the driver and vehicle into a table:\n\nDRIVER 1\nName: ", P("PERSON", v.name("lf")),
            "\nDate of birth: ", P("DATE_TIME", v.dob("us")), "\nLicense #: ", P("US_DRIVER_LICENSE", v.dl()),
            "  State: ", v.city()[1], "\nVEHICLE 1\nYear/Make: 2019 Subaru Outback\nVIN: ", P("VEHICLE_ID", v.vin()),
            "\nGaraging address: ", P("STREET_ADDRESS", v.street()), "\nZIP: ", P("US_ZIP_CODE", v.zip()),
            "\nAnnual mileage: ", str(v.num(6, 18)), ",000"]


@pos("insurance", "letter")
def ins_life_claim(v):
    return ["Help me write a cover letter for a life insurance claim. My father ", P("PERSON", v.name("fl")),
            " passed away on ", P("DATE_TIME", v.recent("long")), " at age ", P("AGE", v.age()),
            ". I am the beneficiary, ", P("PERSON", v.name("fl")), ". Please pay by direct deposit: routing number ",
            P("US_ROUTING_NUMBER", v.routing()), ", checking account ", P("US_BANK_ACCOUNT", v.account()),
            ". My phone is ", P("PHONE_NUMBER", v.phone()), "."]


# ------------------------------------------------------------------ finance
@pos("finance", "email")
def fin_wire_email(v):
    cc = v.pick(["DE", "FR", "NL", "IT", "ES", "CH"])
    return ["Subject: Outgoing wire – please review before release\n\nHi treasury,\n\nPlease send EUR ",
            str(v.num(2, 90)), ",", v.digits(3), ".00 to ", P("PERSON", v.name("fl")), ", IBAN ",
            P("IBAN_CODE", v.iban(cc)), ", BIC ", P("SWIFT_CODE", v.swift(cc)), ", value date 2025-04-",
            str(v.num(10, 28)), ". Reference: invoice INV-", v.digits(5), ". Questions to me at ",
            P("PHONE_NUMBER", v.phone()), ".\n\nRegards,\n", P("PERSON", v.name("fl"))]


@pos("finance", "tool_call")
def fin_ach_tool_call(v):
    f, l = v.first(), v.last()
    return ['Assistant tool call: create_ach_payee({"payee_name": "', P("PERSON", f + " " + l),
            '", "routing_number": "', P("US_ROUTING_NUMBER", v.routing()), '", "account_number": "',
            P("US_BANK_ACCOUNT", v.account()), '", "account_type": "', v.pick(["checking", "savings"]),
            '", "notify_email": "', P("EMAIL_ADDRESS", v.email(f, l)), '", "amount_usd": ', str(v.num(50, 4000)),
            ', "memo": "rent refund"})\nDid I format the arguments correctly?']


@pos("finance", "chat")
def fin_card_dispute_chat(v):
    pan = v.card()
    return ["I was charged twice at a hotel and want to dispute it. Card number ", P("CREDIT_CARD", v.fmt_card(pan)),
            ", expires ", v.expiry(), ", CVV ", P("CARD_SECURITY_CODE", v.cvv(pan)), ". Name on card ",
            P("PERSON", v.name("caps")), ". Billing ZIP ", P("US_ZIP_CODE", v.zip()), ". You can text me at ",
            P("PHONE_NUMBER", v.phone()), ". Can you write the dispute message for me?"]


@pos("finance", "log")
def fin_pos_log(v):
    pan = v.card(v.pick(["visa", "mc", "disc"]))
    pan2 = v.card("visa")
    return ["Our POS terminal logs raw swipes, which I think is a PCI problem. Sample:\n",
            "2025-01-", str(v.num(10, 28)), " 18:04:", str(v.num(10, 59)), " term=T", v.digits(4), " src=",
            P("IP_ADDRESS", v.ipv4("priv192")), " swipe=", P("CARD_TRACK_DATA", [";", P("CREDIT_CARD", pan),
                                                                                  v.track2(pan)[1 + len(pan):]]),
            " amt=", str(v.num(3, 90)), ".", v.digits(2), "\n2025-01-", str(v.num(10, 28)), " 18:06:", str(v.num(10, 59)),
            " term=T", v.digits(4), " src=", P("IP_ADDRESS", v.ipv4("priv10")), " swipe=",
            P("CARD_TRACK_DATA", [";", P("CREDIT_CARD", pan2), v.track2(pan2)[1 + len(pan2):]]),
            " amt=", str(v.num(3, 90)), ".", v.digits(2), "\nHow should we mask these?"]


@pos("finance", "form")
def fin_w9(v):
    itin = v.chance(0.5)
    return ["Check this W-9 for errors:\n\n1 Name: ", P("PERSON", v.name("fml")), "\n2 Business name: (blank)\n",
            "5 Address: ", P("STREET_ADDRESS", v.street()), "\n6 City, state, ZIP: ", v.city()[0], ", ", v.city()[1], " ",
            P("US_ZIP_CODE", v.zip()), "\nPart I Taxpayer Identification Number\n",
            "ITIN: " if itin else "Social security number: ",
            P("US_ITIN", v.itin()) if itin else P("US_SSN", v.ssn()), "\nSignature date: 03/14/2025"]


@pos("finance", "email")
def fin_german_transfer(v):
    return ["Bitte formuliere diese E-Mail höflicher:\n\nHallo ", P("PERSON", v.first()), ",\n\nüberweise die Kaution "
            "bitte bis Freitag auf mein Konto. Kontoinhaber: ", P("PERSON", v.name("fl")), ", IBAN: ",
            P("IBAN_CODE", v.iban("DE")), ", BIC: ", P("SWIFT_CODE", v.swift("DE")), ". Bei Fragen erreichst du mich unter ",
            P("PHONE_NUMBER", v.intl_phone("DE")), ".\n\nGruß\n", P("PERSON", v.first())]


@pos("finance", "csv")
def fin_payout_csv(v):
    rows = []
    for _ in range(3):
        cc = v.pick(["GB", "IE", "NL", "BE", "AT", "PL"])
        f, l = v.first(), v.last()
        rows += [P("PERSON", f + " " + l), ",", P("EMAIL_ADDRESS", v.email(f, l)), ",", P("IBAN_CODE", v.iban(cc, False)),
                 ",", P("SWIFT_CODE", v.swift(cc)), ",", str(v.num(100, 9000)), ".00\n"]
    return ["Convert this contractor payout CSV to the bank's pain.001 XML:\n\nname,email,iban,bic,amount\n"] + rows


@pos("finance", "form")
def fin_loan_application(v):
    f, l = v.first(), v.last()
    return ["Summarize the risk factors in this loan application:\n\nApplicant: ", P("PERSON", f + " " + l),
            "\nDOB: ", P("DATE_TIME", v.dob("us")), "\nSSN: ", P("US_SSN", v.ssn()), "\nHome address: ", addr(v, True), " ",
            P("US_ZIP_CODE", v.zip()), "\nPhone: ", P("PHONE_NUMBER", v.phone()), "\nEmail: ", P("EMAIL_ADDRESS", v.email(f, l)),
            "\nEmployer: Ridgeview Logistics, 4 years\nGross income: $", str(v.num(38, 160)), ",000\nRequested: $",
            str(v.num(5, 40)), ",000 personal loan"]


@pos("finance", "letter")
def fin_itin_letter(v):
    return ["Rewrite this letter to the IRS so it is clearer:\n\n", P("PERSON", v.name("fl")), "\n", addr(v, True), " ",
            P("US_ZIP_CODE", v.zip()), "\n\nRe: ITIN ", P("US_ITIN", v.itin()), "\n\nTo whom it may concern, I received "
            "notice CP", v.digits(3), " about my 2023 return. My spouse's ITIN is ", P("US_ITIN", v.itin()),
            " and was entered wrong on line 2. Please contact me at ", P("PHONE_NUMBER", v.phone()), "."]


@pos("finance", "swift")
def fin_mt103(v):
    cc = v.pick(["GB", "DE", "FR", "CH"])
    return ["Explain each field of this MT103:\n{4:\n:20:REF", v.digits(8),
            "\n:23B:CRED\n:32A:250312USD", str(v.num(1, 90)), ",", v.digits(3), ",00\n:50K:/", P("US_BANK_ACCOUNT", v.account()),
            "\n", P("PERSON", v.name("caps")), "\n", P("STREET_ADDRESS", v.street(True).upper()), "\n:57A:",
            P("SWIFT_CODE", v.swift(cc)), "\n:59:/", P("IBAN_CODE", v.iban(cc, False)), "\n", P("PERSON", v.name("caps")),
            "\n:71A:SHA\n-}"]


@pos("finance", "chat")
def fin_portuguese_chat(v):
    return ["Podes traduzir para inglês? \"Olá, sou a ", P("PERSON", v.name("fl")), ". Para o reembolso, usem o IBAN ",
            P("IBAN_CODE", v.iban("PT")), " (BIC ", P("SWIFT_CODE", v.swift("PT")), "). O meu telemóvel é ",
            P("PHONE_NUMBER", v.intl_phone("PT")), " e o email ", P("EMAIL_ADDRESS", v.email()),
            ". Obrigada pela ajuda com o processo.\""]


# ------------------------------------------------------------------ HR
@pos("hr", "email")
def hr_onboarding_email(v):
    f, l = v.first(), v.last()
    return ["Hi HR,\n\nHere is the info you asked for to finish my onboarding:\n- Legal name: ", P("PERSON", f + " " + l),
            "\n- Personal email: ", P("EMAIL_ADDRESS", v.email(f, l)), "\n- Mobile: ", P("PHONE_NUMBER", v.phone()),
            "\n- SSN: ", P("US_SSN", v.ssn()), "\n- Date of birth: ", P("DATE_TIME", v.dob("long")), "\n- Home: ",
            addr(v, True), " ", P("US_ZIP_CODE", v.zip()), "\n- Emergency contact: ", P("PERSON", v.name("fl")), ", ",
            P("PHONE_NUMBER", v.phone()), "\n\nThanks,\n", P("PERSON", f)]


@pos("hr", "form")
def hr_i9_form(v):
    f, l = v.first(), v.last()
    return ["Does this I-9 section 2 look complete?\n\nEmployee last name: ", P("PERSON", l), "\nFirst name: ",
            P("PERSON", f), "\nDate of birth: ", P("DATE_TIME", v.dob("us")), "\nList A document: U.S. Passport\n",
            "Document number: ", P("US_PASSPORT", v.passport()), "\nExpiration: 08/2031\nList B (backup): "
            "driver's license ", P("US_DRIVER_LICENSE", v.dl()), "\nReviewed by: ", P("PERSON", v.name("fl")),
            ", HR Generalist"]


@pos("hr", "json")
def hr_payroll_json(v):
    f, l = v.first(), v.last()
    return ['Workday import failed on this row, what is wrong?\n{"worker": {"legal_first_name": "', P("PERSON", f),
            '", "legal_last_name": "', P("PERSON", l), '", "ssn": "', P("US_SSN", v.ssn("")), '"}, "direct_deposit": '
            '{"bank_routing": "', P("US_ROUTING_NUMBER", v.routing()), '", "bank_account": "',
            P("US_BANK_ACCOUNT", v.account()), '", "split_pct": 100}, "work_email": "',
            P("EMAIL_ADDRESS", v.email(f, l, "brightpathhr.io")), '", "pay_group": "BW-', v.digits(2), '"}']


@pos("hr", "letter")
def hr_reference_letter(v):
    cand = v.name("fl")
    return ["Polish this reference letter:\n\nTo the hiring committee,\n\nI supervised ", P("PERSON", cand),
            " for three years at our Tacoma warehouse. ", P("PERSON", cand.split()[0]), " was reliable, trained new staff and "
            "never missed a safety audit. I recommend them without reservation. Feel free to reach me at ",
            P("PHONE_NUMBER", v.phone()), " or ", P("EMAIL_ADDRESS", v.email()), ".\n\nBest,\n", P("PERSON", v.name("fl")),
            "\nOperations Manager"]


@pos("hr", "email")
def hr_german_sick_note(v):
    return ["Übersetze ins Englische: \"Sehr geehrte Frau ", P("PERSON", v.last()), ", anbei meine Krankmeldung. "
            "Ich war am ", P("DATE_TIME", v.recent("de")), " bei Dr. ", P("PERSON", v.last()),
            " in Behandlung. Meine Personalnummer kennen Sie; privat bin ich unter ", P("PHONE_NUMBER", v.intl_phone("DE")),
            " oder ", P("EMAIL_ADDRESS", v.email()), " erreichbar. Mit freundlichen Grüßen, ", P("PERSON", v.name("fl")), "\""]


# ------------------------------------------------------------------ customer support
@pos("support", "chat")
def cs_address_change(v):
    f, l = v.first(), v.last()
    return ["Customer: hi, I moved and need to update my account. Name is ", P("PERSON", f + " " + l),
            ". Old address ", addr(v, True), " ", P("US_ZIP_CODE", v.zip()), ", new address ", addr(v, True), " ",
            P("US_ZIP_CODE", v.zip()), ". Phone stays ", P("PHONE_NUMBER", v.phone()), ", email ",
            P("EMAIL_ADDRESS", v.email(f, l)), ".\nAgent: Thanks! Let me update that.\n\nPlease draft the agent's confirmation."]


@pos("support", "json")
def cs_ticket_json(v):
    f, l = v.first(), v.last()
    return ['Classify this support ticket and suggest a reply:\n{"ticket": "T-', v.digits(6), '", "from": "',
            P("EMAIL_ADDRESS", v.email(f, l)), '", "name": "', P("PERSON", f + " " + l), '", "callback": "',
            P("PHONE_NUMBER", v.phone()), '", "last_login_ip": "', P("IP_ADDRESS", v.ip()), '", "device_imei": "',
            P("DEVICE_ID", v.imei(False)), '", "body": "My phone was stolen, please block the line."}']


@pos("support", "email")
def cs_french_email(v):
    return ["Réponds poliment à ce client en français :\n\n\"Bonjour, je m'appelle ", P("PERSON", v.name("fl")),
            ". Mon colis n'est jamais arrivé. Vous pouvez me joindre au ", P("PHONE_NUMBER", v.intl_phone("FR")),
            " ou par courriel à ", P("EMAIL_ADDRESS", v.email()), ". Pour le remboursement, voici mon IBAN : ",
            P("IBAN_CODE", v.iban("FR")), ". Merci d'avance.\""]


@pos("support", "transcript")
def cs_telecom_transcript(v):
    return ["Summarize this call:\n\nAgent: Thanks for calling, who do I have?\nCustomer: ", P("PERSON", v.name("fl")),
            ".\nAgent: What's the number on the account?\nCustomer: ", P("PHONE_NUMBER", v.phone()),
            ".\nAgent: And the IMEI of the handset you want to unlock?\nCustomer: ", P("DEVICE_ID", v.imei()),
            ".\nAgent: Got it. I'll email the unlock code to ", P("EMAIL_ADDRESS", v.email()),
            ".\nCustomer: Great, thanks."]


@pos("support", "chat")
def cs_retail_checkout(v):
    pan = v.card()
    f, l = v.first(), v.last()
    return ["My checkout keeps failing and I'm frustrated. I typed card ", P("CREDIT_CARD", v.fmt_card(pan)),
            " exp ", v.expiry(), " security code ", P("CARD_SECURITY_CODE", v.cvv(pan)), ", name ", P("PERSON", f + " " + l),
            ", shipping to ", addr(v, True), " ", P("US_ZIP_CODE", v.zip()), ". Receipt should go to ",
            P("EMAIL_ADDRESS", v.email(f, l)), ". Why would it be declined?"]


# ------------------------------------------------------------------ IT / devops
@pos("it", "config")
def it_env_file(v):
    return ["Why can't my app connect? Here's my .env:\n\nNODE_ENV=production\nDATABASE_URL=",
            P("URL", ["postgresql://app_rw:", P("PASSWORD", v.password()), "@pg-primary.internal:5432/claims"]),
            "\nSTRIPE_SECRET_KEY=", P("API_KEY", v.api_key("stripe")), "\nSESSION_SECRET=", P("HIGH_ENTROPY_SECRET", v.secret()),
            "\nSENTRY_DSN=", P("URL", "https://" + v.chars("0123456789abcdef", 32) + "@o" + v.digits(6) + ".ingest.sentry.io/" + v.digits(7)),
            "\nLOG_LEVEL=info"]


@pos("it", "yaml")
def it_k8s_secret(v):
    return ["Is this Kubernetes manifest safe to commit?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-api\n"
            "type: Opaque\nstringData:\n  DB_PASSWORD: \"", P("PASSWORD", v.password()), "\"\n  SENDGRID_API_KEY: \"",
            P("API_KEY", v.api_key("sendgrid")), "\"\n  tls.key: |\n    ",
            P("PRIVATE_KEY", v.pem(nl="\n    ", lines=3))]


@pos("it", "log")
def it_nginx_log(v):
    lines = []
    for _ in range(3):
        lines += [P("IP_ADDRESS", v.ip()), " - - [12/Mar/2025:10:", str(v.num(10, 59)), ":", str(v.num(10, 59)),
                  " +0000] \"GET /api/v2/orders HTTP/1.1\" ", v.pick(["200", "401", "403", "500"]), " ", str(v.num(200, 9000)),
                  " \"", P("URL", v.url("shop.voltacart.com")), "\" \"Mozilla/5.0\"\n"]
    return ["Which client is hammering us? Access log excerpt:\n\n"] + lines


@pos("it", "code")
def it_python_aws(v):
    return ["Refactor this to use boto3 sessions properly:\n\n```python\nimport boto3\n\ns3 = boto3.client(\n    \"s3\",\n"
            "    aws_access_key_id=\"", P("API_KEY", v.api_key("aws")), "\",\n    aws_secret_access_key=\"",
            P("HIGH_ENTROPY_SECRET", v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40)),
            "\",\n)\nSMTP_USER = \"", P("EMAIL_ADDRESS", v.email(domain="acmecloud.dev")), "\"\nSMTP_PASS = \"",
            P("PASSWORD", v.password()), "\"\n```"]


@pos("it", "chat")
def it_ssh_key_help(v):
    return ["ssh keeps saying 'invalid format' for this key when I connect to ", P("IP_ADDRESS", v.ipv4("pub")),
            " as deploy. What's wrong with it?\n\n", P("PRIVATE_KEY", v.pem())]


@pos("it", "http")
def it_jwt_debug(v):
    return ["Getting 401 from our gateway. Request:\n\nGET ", P("URL", v.url("api.northwindmutual.com")),
            "\nAuthorization: Bearer ", P("JWT", v.jwt()), "\nX-Forwarded-For: ", P("IP_ADDRESS", v.ip()),
            "\n\nIs the token expired?"]


@pos("it", "yaml")
def it_github_actions(v):
    return ["Clean up this workflow; the tokens should come from secrets:\n\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
            "    env:\n      GH_TOKEN: ", P("API_KEY", v.api_key("github")), "\n      SLACK_BOT_TOKEN: ",
            P("API_KEY", v.api_key("slack")), "\n      WEBHOOK_SIGNING_SECRET: ", P("HIGH_ENTROPY_SECRET", v.secret()),
            "\n    steps:\n      - run: ./release.sh --notify ", P("URL", v.url("hooks.acmecloud.dev"))]


@pos("it", "csv")
def it_device_inventory(v):
    rows = []
    for _ in range(3):
        rows += ["LT-", v.digits(5), ",", P("PERSON", v.name("fl")), ",", P("DEVICE_ID", v.serial()), ",",
                 P("DEVICE_ID", v.mac()), ",", P("IP_ADDRESS", v.ipv4("priv10")), "\n"]
    return ["Find duplicate MACs in this laptop inventory:\n\nasset_tag,assigned_to,serial_number,mac_address,last_ip\n"] + rows


@pos("it", "chat")
def it_incident_slack(v):
    return ["Write a post-incident summary from this Slack thread:\n\n[09:14] ", P("PERSON", v.first()),
            ": seeing auth failures from ", P("IP_ADDRESS", v.ipv6()), "\n[09:16] ", P("PERSON", v.first()),
            ": someone pasted the prod key in #general: ", P("API_KEY", v.api_key(v.pick(["openai", "gitlab", "hf"]))),
            "\n[09:20] ", P("PERSON", v.first()), ": rotated. Paging ", P("EMAIL_ADDRESS", v.email(domain="acmecloud.dev")),
            " for the audit.\n[09:31] all clear"]


@pos("it", "code")
def it_curl_command(v):
    f, l = v.first(), v.last()
    return ["Convert this curl to Python requests:\n\ncurl -X POST ", P("URL", v.url("api.voltacart.com")),
            " \\\n  -H \"Authorization: Bearer ", P("API_KEY", v.api_key(v.pick(["openai", "stripe", "npm"]))), "\" \\\n"
            "  -H \"Content-Type: application/json\" \\\n  -d '{\"customer\": \"", P("PERSON", f + " " + l),
            "\", \"email\": \"", P("EMAIL_ADDRESS", v.email(f, l)), "\", \"session\": \"", P("JWT", v.jwt()), "\"}'"]


@pos("it", "yaml")
def it_docker_compose(v):
    return ["Why does redis refuse connections in this compose file?\n\nservices:\n  db:\n    image: postgres:16\n"
            "    environment:\n      POSTGRES_PASSWORD: ", P("PASSWORD", v.password()), "\n  worker:\n    environment:\n"
            "      REDIS_URL: ", P("URL", ["redis://default:", P("PASSWORD", v.password()), "@cache.internal:6379/0"]),
            "\n      SIGNING_KEY: ", P("HIGH_ENTROPY_SECRET", v.secret()), "\n      ALERT_EMAIL: ",
            P("EMAIL_ADDRESS", v.email(domain="acmecloud.dev"))]


@pos("it", "tool_call")
def it_mdm_tool_call(v):
    return ['Function call: mdm.wipe_device({"owner": "', P("PERSON", v.name("fl")), '", "owner_email": "',
            P("EMAIL_ADDRESS", v.email(domain="brightpathhr.io")), '", "imei": "', P("DEVICE_ID", v.imei(False)),
            '", "serial_number": "', P("DEVICE_ID", v.serial()), '", "wifi_mac": "', P("DEVICE_ID", v.mac()),
            '", "reason": "reported lost"})\nExplain what this call will do.']


@pos("it", "sql")
def it_sql_dump(v):
    rows = []
    for i in range(2):
        f, l = v.first(), v.last()
        rows += ["INSERT INTO customers (first_name, last_name, email, ssn, dob) VALUES ('", P("PERSON", f), "', '",
                 P("PERSON", l.replace("'", "''")), "', '", P("EMAIL_ADDRESS", v.email(f, l)), "', '", P("US_SSN", v.ssn()),
                 "', '", P("DATE_TIME", v.dob("iso")), "');\n"]
    return ["Rewrite these inserts as a single multi-row INSERT:\n\n"] + rows


@pos("it", "config")
def it_jwt_config(v):
    return ["Our staging config leaked into a ticket. Which values must be rotated?\n\n[auth]\nissuer = ",
            P("URL", "https://login.tellurian-bank.eu/oauth2"), "\nservice_token = ", P("JWT", v.jwt()),
            "\nclient_secret = ", P("HIGH_ENTROPY_SECRET", v.secret()), "\nadmin_password = ", P("PASSWORD", v.password()),
            "\nsyslog_host = ", P("IP_ADDRESS", v.ipv4("priv172"))]


# ------------------------------------------------------------------ legal
@pos("legal", "letter")
def legal_demand_letter(v):
    return ["Tighten this demand letter:\n\nRe: Our client ", P("PERSON", v.name("fl")), ", ", addr(v, True), " ",
            P("US_ZIP_CODE", v.zip()), "\n\nYour insured, ", P("PERSON", v.name("fl")), " (driver's license ",
            P("US_DRIVER_LICENSE", v.dl()), "), rear-ended our client's vehicle (VIN ", P("VEHICLE_ID", v.vin()),
            "). Our client was treated in the ER on ", P("DATE_TIME", v.recent("long")),
            ". We demand policy limits within 30 days.\n\n", P("PERSON", v.name("fl")), ", Esq."]


@pos("legal", "transcript")
def legal_deposition(v):
    return ["Summarize this deposition excerpt:\n\nQ. Please state your full name for the record.\nA. ",
            P("PERSON", v.name("fml")), ".\nQ. And your date of birth?\nA. ", P("DATE_TIME", v.dob("long")),
            ".\nQ. Where do you currently reside?\nA. ", addr(v, True), ", ", P("US_ZIP_CODE", v.zip()),
            ".\nQ. Who was with you that night?\nA. My roommate, ", P("PERSON", v.name("fl")), ".\nQ. Can we reach them?\nA. "
            "Their cell is ", P("PHONE_NUMBER", v.phone()), "."]


@pos("legal", "memo")
def legal_estate_memo(v):
    return ["Draft a probate checklist from these notes:\n\nDecedent ", P("PERSON", v.name("fl")), " died ",
            P("DATE_TIME", v.recent("us")), ", age ", P("AGE", v.age()), ". Heirs: ", P("PERSON", v.name("fl")), " and ",
            P("PERSON", v.name("fl")), ". Estate checking account ", P("US_BANK_ACCOUNT", v.account()), " (routing ",
            P("US_ROUTING_NUMBER", v.routing()), "). Decedent SSN ", P("US_SSN", v.ssn()),
            " must go on the final 1040. House at ", addr(v, True), " ", P("US_ZIP_CODE", v.zip()), " to be appraised."]


# ------------------------------------------------------------------ education
@pos("education", "form")
def edu_student_record(v):
    f, l = v.first(), v.last()
    return ["Make a welcome letter from this enrollment form:\n\nStudent: ", P("PERSON", f + " " + l), "\nDate of birth: ",
            P("DATE_TIME", v.dob("us")), "\nGrade: ", str(v.num(1, 12)), "\nParent/guardian: ", P("PERSON", v.first() + " " + l),
            "\nGuardian email: ", P("EMAIL_ADDRESS", v.email(None, l)), "\nGuardian phone: ", P("PHONE_NUMBER", v.phone()),
            "\nHome address: ", addr(v, True), " ", P("US_ZIP_CODE", v.zip())]


@pos("education", "chat")
def edu_financial_aid(v):
    return ["I'm filling out the FAFSA for my son ", P("PERSON", v.name("fl")), ". His SSN is ", P("US_SSN", v.ssn()),
            " and I only have an ITIN, ", P("US_ITIN", v.itin()), ". Our address is ", addr(v, True), " ",
            P("US_ZIP_CODE", v.zip()), ". The school contact is ", P("EMAIL_ADDRESS", v.email(domain="finaid.mesa-cc.edu")),
            ". Which parent fields do I leave blank?"]


@pos("education", "email")
def edu_portal_reset(v):
    f, l = v.first(), v.last()
    return ["Student wrote to the help desk, write a reply:\n\n\"Hi, I'm ", P("PERSON", f + " " + l),
            ". I can't log in to the portal. I tried resetting at ", P("URL", v.url("my.mesa-cc.edu")),
            " but the link expired. My temporary password was ", P("PASSWORD", v.password()),
            ". Please send the new link to ", P("EMAIL_ADDRESS", v.email(f, l)), " or text ", P("PHONE_NUMBER", v.phone()), ".\""]


# ------------------------------------------------------------------ government
@pos("government", "form")
def gov_passport_renewal(v):
    f, l = v.first(), v.last()
    return ["Check my DS-82 answers:\n\nLast name: ", P("PERSON", l), "\nFirst and middle: ", P("PERSON", f), "\nDate of birth: ",
            P("DATE_TIME", v.dob("us")), "\nMost recent passport book number: ", P("US_PASSPORT", v.passport()),
            "\nMailing address: ", P("STREET_ADDRESS", v.street()), "\nZIP: ", P("US_ZIP_CODE", v.zip()), "\nPhone: ",
            P("PHONE_NUMBER", v.phone()), "\nEmail: ", P("EMAIL_ADDRESS", v.email(f, l))]


@pos("government", "email")
def gov_dmv_email(v):
    return ["Make this DMV email more formal:\n\nhey, I sold my truck and want the title transferred. VIN ",
            P("VEHICLE_ID", v.vin()), ". Buyer is ", P("PERSON", v.name("fl")), ", his DL # ", P("US_DRIVER_LICENSE", v.dl()),
            ". My license number is ", P("US_DRIVER_LICENSE", v.dl()), " and I'm at ", addr(v, True), " ",
            P("US_ZIP_CODE", v.zip()), ". thanks, ", P("PERSON", v.name("fl"))]


@pos("government", "letter")
def gov_ssa_letter(v):
    return ["Explain this Social Security letter in simple words for my grandfather:\n\nBeneficiary: ",
            P("PERSON", v.name("caps")), "\nSSN: ", P("US_SSN", v.ssn()), "\nMedicare ID: ", P("US_MBI", v.mbi()),
            "\nDate of birth: ", P("DATE_TIME", v.dob("long", old=True)), "\n\nBecause you are ", P("AGE", v.age()),
            ", your benefit is not reduced by earnings. Your monthly payment will be $", str(v.num(900, 3200)),
            ".00 starting next month."]


@pos("government", "form")
def gov_benefits_form(v):
    f, l = v.first(), v.last()
    return ["Translate the field labels into Spanish, keep the values:\n\nApplicant: ", P("PERSON", f + " " + l),
            "\nSSN: ", P("US_SSN", v.ssn()), "\nHousehold member: ", P("PERSON", v.first() + " " + l), ", ITIN ",
            P("US_ITIN", v.itin()), "\nAddress: ", addr(v, True), " ", P("US_ZIP_CODE", v.zip()), "\nPhone: ",
            P("PHONE_NUMBER", v.phone())]


# ------------------------------------------------------------------ retail
@pos("retail", "json")
def retail_order_debug(v):
    pan = v.card()
    f, l = v.first(), v.last()
    return ['Our payment plugin logged this on error, is that a problem?\n{"order": "SO-', v.digits(7), '", "ship_to": {'
            '"name": "', P("PERSON", f + " " + l), '", "line1": "', P("STREET_ADDRESS", v.street()), '", "zip": "',
            P("US_ZIP_CODE", v.zip()), '", "phone": "', P("PHONE_NUMBER", v.phone()), '"}, "card": {"number": "',
            P("CREDIT_CARD", pan), '", "cvc": "', P("CARD_SECURITY_CODE", v.cvv(pan)), '", "exp": "', v.expiry(),
            '"}, "client_ip": "', P("IP_ADDRESS", v.ip()), '"}']


@pos("retail", "log")
def retail_chargeback_log(v):
    pan = v.card("mc")
    return ["Support escalated a chargeback, summarize for finance:\n\ncase_ref=CB", v.digits(6), " store=", v.digits(3),
            " cashier_note=\"customer ", P("PERSON", v.name("fl")), " disputes charge\" raw_track=",
            P("CARD_TRACK_DATA", [";", P("CREDIT_CARD", pan), v.track2(pan)[1 + len(pan):]]), " reader_ip=",
            P("IP_ADDRESS", v.ipv4("priv192")), " contact=", P("EMAIL_ADDRESS", v.email()),
            "\nAlso, should the raw track be in the log at all?"]


@pos("retail", "chat")
def retail_loyalty_chat(v):
    f, l = v.first(), v.last()
    return ["Write a friendly response to this loyalty member:\n\n\"Hello! I'm ", P("PERSON", f + " " + l),
            ", member since 2019. My birthday is ", P("DATE_TIME", v.dob("long")), " and I didn't get the birthday coupon. "
            "Please send it to ", P("EMAIL_ADDRESS", v.email(f, l)), ". My phone on file is ", P("PHONE_NUMBER", v.phone()),
            " and my address is ", addr(v, True), " ", P("US_ZIP_CODE", v.zip()), ".\""]


# ------------------------------------------------------------------ general
@pos("general", "chat")
def gen_birthday_card(v):
    g = v.first()
    return ["Help me write a card for my great-grandmother ", P("PERSON", g + " " + v.last()), ". She turns ",
            P("AGE", v.age()), " on the 14th — she was born ", P("DATE_TIME", v.dob("long", old=True)),
            " and still lives at ", addr(v, True), ". The whole family (", P("PERSON", v.first()), ", ",
            P("PERSON", v.first()), " and I) will visit. Make it warm and mention her garden."]


@pos("general", "email")
def gen_polish_email(v):
    return ["Please fix the grammar:\n\nhi ", P("PERSON", v.first()), ", its ", P("PERSON", v.name("fl")),
            " from the book club. i moved so my new adress is ", addr(v, True), " ", P("US_ZIP_CODE", v.zip()),
            " and my number is ", P("PHONE_NUMBER", v.phone()), ". can u pass this to ", P("PERSON", v.name("fl")),
            " too, her email is ", P("EMAIL_ADDRESS", v.email()), ". see u thursday"]


@pos("general", "chat")
def gen_wifi_share(v):
    return ["Write a short house-sitter note: the wifi password is ", P("PASSWORD", v.password()),
            ", the alarm code is on the fridge, vet is Dr. ", P("PERSON", v.last()), " at ", P("PHONE_NUMBER", v.phone()),
            ", and my neighbor ", P("PERSON", v.name("fl")), " (", P("PHONE_NUMBER", v.phone()),
            ") has a spare key. We're back Sunday."]


@pos("insurance", "json")
def ins_eligibility_json(v):
    f, l = v.first(), v.last()
    return ['Parse this 271 eligibility response into plain English:\n{"subscriber": {"member_id": "',
            P("HEALTH_PLAN_ID", v.member_id()), '", "first": "', P("PERSON", f), '", "last": "', P("PERSON", l),
            '", "dob": "', P("DATE_TIME", v.dob("iso")), '"}, "plan": "Gold PPO 1500", "group": "GRP-', v.digits(5),
            '", "mbi_crosswalk": "', P("US_MBI", v.mbi(False)), '", "coverage_status": "active"}']
