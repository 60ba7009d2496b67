"""Positive templates: each returns a list of pieces (str or (ENTITY_TYPE, value|pieces))."""
from __future__ import annotations

import unicodedata

POSITIVE = []


def pos(domain, fmt):
    def deco(fn):
        POSITIVE.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


def _ascii(name):
    name = name.replace("Ł", "L").replace("ł", "l").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if c.isascii())


def E(t, x):
    return (t, x)


# ---------------------------------------------------------------- healthcare
@pos("healthcare", "hl7")
def hl7_adt(v):
    f, l = v.first(), v.last()
    st, city, state = v.street(with_city=False)
    return ["Can you explain why this ADT^A01 is rejected by the interface engine?\n",
            "MSH|^~\\&|EPIC|NBH|RHAPSODY|NBH|202405140832||ADT^A01|MSG", v.digits(6), "|P|2.5.1\n",
            "PID|1||", E("MEDICAL_RECORD_NUMBER", v.mrn()), "^^^NBH^MR||", E("PERSON", l.upper() + "^" + f.upper() + "^" + v.pick("ABCDJKMR")),
            "||", E("DATE_TIME", v.dob(6)), "|", v.pick("MF"), "|||", E("STREET_ADDRESS", st), "^^", city, "^", state, "^",
            E("US_ZIP_CODE", v.zip()), "||", E("PHONE_NUMBER", v.phone(0)), "|||||||", E("US_SSN", v.ssn("-")), "\n",
            "PV1|1|I|4W^412^A|||||||MED||||||||V", v.digits(7), "|||||||||||||||||||||||||", E("DATE_TIME", v.recent(6)), "0915\n"]


@pos("healthcare", "free_text")
def clinical_note_elderly(v):
    f, l = v.first(), v.last()
    dob, age = v.old_dob_and_age(v.pick([0, 1]))
    return ["Summarize this note for the handoff: Pt ", E("PERSON", f + " " + l), " (MRN ", E("MEDICAL_RECORD_NUMBER", v.mrn()),
            "), DOB ", E("DATE_TIME", dob), ", is a ", E("AGE", age), "-year-old admitted on ", E("DATE_TIME", v.recent(1)),
            " after a mechanical fall at home. Hx of AFib on apixaban, CKD stage 3b. Daughter ", E("PERSON", v.first()),
            " is the health-care proxy and can be reached at ", E("PHONE_NUMBER", v.phone()),
            ". Attending: Dr. ", E("PERSON", v.last()), ". Plan: CT head negative, PT/OT eval, hold anticoagulation 24h."]


@pos("healthcare", "email")
def discharge_email(v):
    f1, l1 = v.first(), v.last()
    f2, l2 = v.first(), v.last()
    pf, pl = v.first(), v.last()
    return ["From: ", E("EMAIL_ADDRESS", v.email_for(f1, l1, True)), "\nTo: ", E("EMAIL_ADDRESS", v.email_for(f2, l2, True)),
            "\nSubject: discharge follow-up\n\nHi ", E("PERSON", f2), ",\n\nYour patient ", E("PERSON", pf + " " + pl),
            " (MRN ", E("MEDICAL_RECORD_NUMBER", v.mrn()), ") was discharged on ", E("DATE_TIME", v.recent(2)),
            " with a new Eliquis script. She was admitted ", E("DATE_TIME", v.recent(2)),
            " for a COPD exacerbation. Please see her within 7 days; her cell is ", E("PHONE_NUMBER", v.phone()),
            ".\n\nThanks,\n", E("PERSON", f1 + " " + l1), ", RN\nCare Transitions\n\nCan you turn this into a patient-friendly summary?"]


@pos("healthcare", "json")
def fhir_patient(v):
    f, l = v.first(), v.last()
    st, city, state = v.street(with_city=False, unit=v.r.random() < 0.5)
    return ['Validate this FHIR resource against US Core:\n{"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "type": {"text": "MRN"}, "value": "',
            E("MEDICAL_RECORD_NUMBER", v.mrn()), '"}], "name": [{"family": "', E("PERSON", l), '", "given": ["', E("PERSON", f),
            '"]}], "telecom": [{"system": "phone", "value": "', E("PHONE_NUMBER", v.phone(1)), '"}, {"system": "email", "value": "',
            E("EMAIL_ADDRESS", v.email_for(f, l)), '"}], "birthDate": "', E("DATE_TIME", v.dob(0)), '", "address": [{"line": ["',
            E("STREET_ADDRESS", st), '"], "city": "', city, '", "state": "', state, '", "postalCode": "', E("US_ZIP_CODE", v.zip()), '"}]}']


@pos("healthcare", "form")
def prescription_form(v):
    dl = v.last()
    pf, pl = v.first(), v.last()
    return ["Transcribe this scanned Rx into our intake fields:\nPrescriber: ", E("PERSON", v.first() + " " + dl), ", MD\nNPI: ",
            E("US_NPI", v.npi()), "    DEA #: ", E("US_DEA", v.dea(dl[0])), "\nPatient: ", E("PERSON", pf + " " + pl),
            "    DOB: ", E("DATE_TIME", v.dob(1)), "\nDate written: ", E("DATE_TIME", v.recent(1)),
            "\nRx: oxycodone/APAP 5/325 mg, 1 tab PO q6h PRN pain, #20, no refills\nPatient phone: ", E("PHONE_NUMBER", v.phone(0))]


@pos("pharmacy", "chat")
def pharmacy_chat(v):
    f, l = v.first(), v.last()
    return ["[customer] hi, I'm ", E("PERSON", f + " " + l), " and my refill of lisinopril still says pending. dob is ",
            E("DATE_TIME", v.dob(1)), "\n[agent] Thanks! I see it was last filled on ", E("DATE_TIME", v.recent(4)),
            ". Is ", E("PHONE_NUMBER", v.phone(2)), " still the best number?\n[customer] yes. also can you email the receipt to ",
            E("EMAIL_ADDRESS", v.email_for(f, l)), "\n[agent] Done.\n\nDraft a polite closing message for the agent."]


@pos("healthcare", "csv")
def medicare_claims_csv(v):
    rows = ["Find duplicate claims in this extract:\nbeneficiary,mbi,dob,dos,rendering_npi,hcpcs,billed\n"]
    for _ in range(3):
        rows += [E("PERSON", v.last() + ", " + v.first()), ",", E("US_MBI", v.mbi()), ",", E("DATE_TIME", v.dob(1)), ",",
                 E("DATE_TIME", v.recent(1)), ",", E("US_NPI", v.npi()), ",", v.pick(["99214", "G0439", "93000", "J1100"]),
                 ",", str(v.num(80, 450)), ".00\n"]
    return rows


@pos("insurance", "json")
def eligibility_json(v):
    f, l = v.first(), v.last()
    return ['Why does this 270/271 response say inactive? {"subscriber": {"firstName": "', E("PERSON", f), '", "lastName": "',
            E("PERSON", l), '", "memberId": "', E("HEALTH_PLAN_ID", v.member_id()), '", "dateOfBirth": "', E("DATE_TIME", v.dob(0)),
            '", "groupNumber": "GRP-', v.digits(6), '"}, "payer": "Blue Meridian PPO", "coverage": {"status": "inactive", "planBegin": "2024-01-01"}}']


@pos("healthcare", "transcript")
def lab_call_transcript(v):
    f, l = v.first(), v.last()
    dob, age = v.old_dob_and_age(1)
    return ["Transcript (lab callback line):\nTech ", E("PERSON", v.first()), ": Calling with a critical potassium for ", E("PERSON", f + " " + l),
            ", medical record number ", E("MEDICAL_RECORD_NUMBER", v.mrn()), ".\nNurse: Can you confirm date of birth?\nTech: ",
            E("DATE_TIME", dob), ", she's ", E("AGE", age), ". Specimen collected ", E("DATE_TIME", v.recent(1)),
            ", K 6.4.\nNurse: Read back: K 6.4. Thanks.\n\nExtract the critical-value fields as JSON."]


@pos("healthcare", "csv")
def device_inventory_csv(v):
    rows = ["Biomed asked to reconcile pump inventory. Which rows are missing a last-PM date?\nasset_tag,model,udi,serial,mac,ip\n"]
    for _ in range(3):
        rows += ["BME-", v.digits(5), ",Alaris 8015,", E("DEVICE_ID", v.udi()), ",", E("DEVICE_ID", v.serial()), ",",
                 E("DEVICE_ID", v.mac()), ",", E("IP_ADDRESS", v.ipv4_private()), "\n"]
    return rows


@pos("healthcare", "transcript")
def nurse_line_call(v):
    pf = v.first()
    return ["Nurse advice line call, please classify urgency.\nCaller: This is ", E("PERSON", v.first() + " " + v.last()),
            ", I'm calling about my grandmother ", E("PERSON", pf + " " + v.last()), ". She's ", E("AGE", v.age()),
            " and has been confused since this morning.\nNurse: Any fever?\nCaller: 38.4. You can call me back at ",
            E("PHONE_NUMBER", v.phone()), " or my brother ", E("PERSON", v.first()), " at ", E("PHONE_NUMBER", v.phone()), "."]


@pos("healthcare", "free_text")
def nota_clinica_es(v):
    return ["Traduce al inglés esta nota: Paciente ", E("PERSON", v.first() + " " + v.last() + " " + v.last()),
            ", n.º de historia clínica ", E("MEDICAL_RECORD_NUMBER", v.mrn()), ", fecha de nacimiento ", E("DATE_TIME", v.dob(7)),
            ", ", E("AGE", v.age()), " años. Ingresa el ", E("DATE_TIME", v.recent(7)),
            " por neumonía adquirida en la comunidad. Contacto: su hijo ", E("PERSON", v.first()), ", teléfono ",
            E("PHONE_NUMBER", v.intl_phone("ES")), ". Alergia a penicilina."]


@pos("healthcare", "form")
def hospice_record(v):
    st, _, _ = v.street(with_city=True)
    return ["Complete the missing fields in this hospice discharge record:\nDecedent: ", E("PERSON", v.last().upper() + ", " + v.first().upper()),
            "\nAge: ", E("AGE", v.age()), "\nDate of death: ", E("DATE_TIME", v.recent(0)), "\nResidence: ", E("STREET_ADDRESS", st), " ",
            E("US_ZIP_CODE", v.zip()), "\nInformant: ", E("PERSON", v.first() + " " + v.last()), " (son), ", E("PHONE_NUMBER", v.phone(1)),
            "\nCause: end-stage heart failure"]


@pos("healthcare", "chat")
def telehealth_chat(v):
    f, l = v.first(), v.last()
    return ["User: Hi, I have a video visit today but the link says my info doesn't match. Name ", E("PERSON", f + " " + l),
            ", born ", E("DATE_TIME", v.dob(2)), ", member ID ", E("HEALTH_PLAN_ID", v.member_id()), ", email ", E("EMAIL_ADDRESS", v.email_for(f, l)),
            ".\nAssistant: Let me check that for you.\n\nWrite the assistant's next reply explaining how to re-verify identity."]


@pos("healthcare", "email")
def referral_letter(v):
    dl = v.last()
    return ["Proofread this referral:\n\nDear Dr. ", E("PERSON", v.last()), ",\n\nI am referring ", E("PERSON", v.first() + " " + v.last()),
            " (DOB ", E("DATE_TIME", v.dob(1)), ") for evaluation of progressive dysphagia. Last seen in clinic ", E("DATE_TIME", v.recent(2)),
            ". Best phone: ", E("PHONE_NUMBER", v.phone()), ".\n\nSincerely,\n", E("PERSON", v.first() + " " + dl), ", DO\nNPI ", E("US_NPI", v.npi()),
            "\nFax ", E("PHONE_NUMBER", v.phone(1))]


@pos("healthcare", "markdown")
def research_table(v):
    rows = ["Is this table safe to share with the CRO? If not, tell me what to remove.\n\n| Name | MRN | DOB | Age | Enrolled |\n|---|---|---|---|---|\n"]
    for _ in range(3):
        dob, age = v.old_dob_and_age(0)
        rows += ["| ", E("PERSON", v.first() + " " + v.last()), " | ", E("MEDICAL_RECORD_NUMBER", v.mrn()), " | ", E("DATE_TIME", dob),
                 " | ", E("AGE", age), " | ", E("DATE_TIME", v.recent(0)), " |\n"]
    return rows


@pos("healthcare", "transcript")
def medicare_call(v):
    f, l = v.first(), v.last()
    return ["Call summary needed.\nAgent ", E("PERSON", v.first()), ": Thank you for calling Medicare Advantage support. Your Medicare number, please?\nMember: It's ",
            E("US_MBI", v.mbi(True)), ".\nAgent: And your name and date of birth?\nMember: ", E("PERSON", f + " " + l), ", ", E("DATE_TIME", v.dob(2)),
            ".\nAgent: I see a claim from your ", E("DATE_TIME", v.recent(2)), " cardiology visit. Callback number?\nMember: ",
            E("PHONE_NUMBER", v.phone()), "."]


@pos("dental", "form")
def dental_claim(v):
    return ["Check this ADA claim form for errors:\n3. Subscriber name: ", E("PERSON", v.first() + " " + v.last()), "\n15. Subscriber ID: ",
            E("HEALTH_PLAN_ID", v.member_id()), "\n13. DOB: ", E("DATE_TIME", v.dob(1)), "\n24. Procedure date: ", E("DATE_TIME", v.recent(1)),
            "  D2740 crown porcelain, tooth 30\n49. Billing NPI: ", E("US_NPI", v.npi()), "\n54. Treating dentist NPI: ", E("US_NPI", v.npi()),
            "\nGroup plan #: ", v.digits(6)]


@pos("pharmacy", "csv")
def dea_audit_csv(v):
    rows = ["Flag prescribers whose DEA registration looks malformed:\nprescriber,npi,dea,last_rx_written\n"]
    for _ in range(3):
        l = v.last()
        rows += [E("PERSON", v.first() + " " + l), ",", E("US_NPI", v.npi()), ",", E("US_DEA", v.dea(l[0])), ",",
                 E("DATE_TIME", v.recent(0)), "\n"]
    return rows


@pos("healthcare", "email")
def japanese_patient_email(v):
    return ["次のメールを英語に翻訳してください。\n\n", E("PERSON", v.cjk()), "様\n\n", E("DATE_TIME", v.recent(0)),
            "の外来受診の結果をお知らせします。カルテ番号 ", E("MEDICAL_RECORD_NUMBER", v.mrn()),
            "。ご不明な点は ", E("PHONE_NUMBER", v.intl_phone("JP")), " までご連絡ください。次回の予約変更はオンラインでも受け付けております。お大事になさってください。\n\n担当医 ", E("PERSON", v.cjk()),
            "\n\nPlease keep the polite tone and explain any Japanese medical terms in a short glossary at the end."]


@pos("healthcare", "xml")
def ccda_snippet(v):
    f, l = v.first(), v.last()
    st, city, state = v.street(with_city=False)
    return ["Parse the patient header of this C-CDA:\n<patientRole><id extension=\"", E("MEDICAL_RECORD_NUMBER", v.mrn()),
            "\" root=\"2.16.840.1.113883.19.5\"/><addr><streetAddressLine>", E("STREET_ADDRESS", st), "</streetAddressLine><city>", city,
            "</city><state>", state, "</state><postalCode>", E("US_ZIP_CODE", v.zip(True)), "</postalCode></addr><telecom value=\"tel:",
            E("PHONE_NUMBER", v.phone(4)), "\"/><patient><name><given>", E("PERSON", f), "</given><family>", E("PERSON", l),
            "</family></name><birthTime value=\"", E("DATE_TIME", v.dob(6)), "\"/></patient></patientRole>"]


# ---------------------------------------------------------------- payments / banking
@pos("payments", "json")
def gateway_log(v):
    disp, pan, brand = v.card(sep="")
    return ["Our checkout returns 402; here's the request body we logged. What's wrong?\n{\"amount\": ", str(v.num(1000, 90000)),
            ", \"currency\": \"usd\", \"source\": {\"number\": \"", E("CREDIT_CARD", disp), "\", \"exp\": \"", v.expiry(), "\", \"cvc\": \"",
            E("CARD_SECURITY_CODE", v.cvv(brand)), "\", \"name\": \"", E("PERSON", v.first() + " " + v.last()), "\"}, \"client_ip\": \"",
            E("IP_ADDRESS", v.ipv4_public()), "\", \"order_id\": \"ord_", v.digits(8), "\"}"]


@pos("payments", "log")
def pos_track2_log(v):
    pan, rest = v.track2()
    return ["Terminal keeps declining swipes. Debug output from the MSR reader:\n2024-06-02T14:11:07Z DEBUG msr: raw=",
            E("CARD_TRACK_DATA", [";", E("CREDIT_CARD", pan), rest]), "\n2024-06-02T14:11:07Z WARN  host: response 05 do not honor\n",
            "2024-06-02T14:11:09Z INFO  terminal: lane=3 store=0412\nIs the track format valid?"]


@pos("payments", "log")
def pos_track1_log(v):
    disp, pan, brand = v.card(v.pick(["visa", "mc"]), sep="")
    f, l = _ascii(v.first()).upper(), _ascii(v.last()).upper().replace(" ", "").replace("'", "")
    return ["Why does our parser split this track 1 wrong?\ntrack1=",
            E("CARD_TRACK_DATA", ["%B", E("CREDIT_CARD", pan), "^", E("PERSON", l + "/" + f), "^",
                                  "%02d%02d" % (v.num(25, 29), v.num(1, 12)), "101", v.digits(11), "?"]),
            "\nparsed: name_len=", str(len(l) + len(f) + 1), " svc=101\nExpected the name field to end at the second caret. We use the vendor SDK 3.2 on Android 13."]


@pos("payments", "chat")
def dispute_chat(v):
    f, l = v.first(), v.last()
    disp, pan, brand = v.card()
    return ["Customer: I want to dispute a charge from yesterday, my card is ", E("CREDIT_CARD", disp), " and the security code is ",
            E("CARD_SECURITY_CODE", v.cvv(brand)), ". Name on card ", E("PERSON", f + " " + l), ". Send confirmation to ",
            E("EMAIL_ADDRESS", v.email_for(f, l)), "\nBot: I'm sorry about that.\n\nRewrite the bot reply so it tells the customer never to share the full card number in chat."]


@pos("banking", "email")
def wire_request(v):
    cc = v.pick(["DE", "GB", "FR", "NL", "CH"])
    f, l = v.first(), v.last()
    return ["Please check this wire instruction before I send it to treasury:\n\nBeneficiary: ", E("PERSON", f + " " + l),
            "\nIBAN: ", E("IBAN_CODE", v.iban(cc)), "\nSWIFT/BIC: ", E("SWIFT_CODE", v.bic(cc)), "\nAmount: EUR 48,250.00, value date 2024-07-15",
            "\nReference: INV-2024-", v.digits(4), "\n\nRequested by ", E("PERSON", v.first() + " " + v.last()), " (",
            E("EMAIL_ADDRESS", v.email_for(v.first(), v.last(), True)), ")"]


@pos("hr", "form")
def direct_deposit_form(v):
    f, l = v.first(), v.last()
    return ["Fill in the payroll system from this direct deposit form:\nEmployee name: ", E("PERSON", f + " " + l), "\nSSN: ",
            E("US_SSN", v.ssn()), "\nBank: Granite State Credit Union\nRouting number: ", E("US_ROUTING_NUMBER", v.routing()),
            "\nAccount number: ", E("US_BANK_ACCOUNT", v.account()), "\nAccount type: checking\nEffective with the payroll run of 2024-03-01"]


@pos("banking", "email")
def sepa_de(v):
    return ["Bitte formuliere diese Nachricht höflicher:\n\nHallo ", E("PERSON", v.first()), ",\nüberweis mir bitte die Kaution bis Freitag. Meine Bankverbindung: ",
            E("PERSON", v.first() + " " + v.last()), ", IBAN ", E("IBAN_CODE", v.iban("DE")), ", BIC ", E("SWIFT_CODE", v.bic("DE")),
            ". Bei Fragen ruf an: ", E("PHONE_NUMBER", v.intl_phone("DE")), "\nGruß"]


@pos("banking", "email")
def virement_fr(v):
    return ["Peux-tu résumer ce courriel ?\n\nBonjour, suite à notre échange, voici le RIB pour le virement du loyer : titulaire ",
            E("PERSON", v.first() + " " + v.last()), ", IBAN ", E("IBAN_CODE", v.iban("FR")), ", BIC ", E("SWIFT_CODE", v.bic("FR")),
            ". Mon portable : ", E("PHONE_NUMBER", v.intl_phone("FR")), ". Cordialement, ", E("PERSON", v.first())]


@pos("lending", "json")
def loan_application(v):
    f, l = v.first(), v.last()
    st, _, _ = v.street(with_city=True, unit=True)
    return ['Score this application against our policy: {"applicant": {"first_name": "', E("PERSON", f), '", "last_name": "', E("PERSON", l),
            '", "ssn": "', E("US_SSN", v.ssn(v.pick(["-", ""]))), '", "dob": "', E("DATE_TIME", v.dob(0)), '", "address": "', E("STREET_ADDRESS", st),
            '", "zip": "', E("US_ZIP_CODE", v.zip()), '", "phone": "', E("PHONE_NUMBER", v.phone(1)), '", "email": "', E("EMAIL_ADDRESS", v.email_for(f, l)),
            '"}, "requested_amount": 18500, "term_months": 60, "annual_income": ', str(v.num(40, 160)), '000}']


@pos("tax", "chat")
def itin_chat(v):
    l = v.last()
    st, _, _ = v.street(with_city=True)
    return ["User: I'm filing jointly with my husband ", E("PERSON", v.first() + " " + l), ". He doesn't have an SSN, his ITIN is ",
            E("US_ITIN", v.itin()), " and mine is ", E("US_ITIN", v.itin(v.pick(["-", " "]))), ". We moved to ", E("STREET_ADDRESS", st), " ",
            E("US_ZIP_CODE", v.zip()), " in May. Do we qualify for the child tax credit?\nAssistant:"]


@pos("payments", "csv")
def vendor_payout_csv(v):
    rows = ["Convert this payout list to a NACHA file layout:\npayee,email,routing,account,amount\n"]
    for _ in range(3):
        f, l = v.first(), v.last()
        rows += [E("PERSON", f + " " + l), ",", E("EMAIL_ADDRESS", v.email_for(f, l)), ",", E("US_ROUTING_NUMBER", v.routing()), ",",
                 E("US_BANK_ACCOUNT", v.account()), ",", str(v.num(100, 4000)), ".00\n"]
    return rows


@pos("payments", "ticket")
def chargeback_ticket(v):
    disp, pan, brand = v.card(v.pick(["amex", "disc", "jcb", "mc2"]))
    return ["Ticket #CB-", v.digits(6), " (priority: high)\nReported by: ", E("PERSON", v.first() + " " + v.last()),
            "\nCustomer pasted: card ", E("CREDIT_CARD", disp), " exp ", v.expiry(), " CVV ", E("CARD_SECURITY_CODE", v.cvv(brand)),
            "\nAmount: $", str(v.num(20, 900)), ".", v.digits(2), " - merchant BRIGHTWAVE*DIGITAL\nPlease draft the chargeback reason narrative (code 13.1)."]


@pos("banking", "transcript")
def bank_call(v):
    f, l = v.first(), v.last()
    return ["QA review this call:\nAgent (", E("PERSON", v.first()), "): Thanks for calling Ridgeline CU. Who am I speaking with?\nCaller: ",
            E("PERSON", f + " " + l), ".\nAgent: Can you verify your date of birth and the account number?\nCaller: ", E("DATE_TIME", v.dob(2)),
            ", and the account is ", E("US_BANK_ACCOUNT", v.account()), ".\nAgent: Thank you. I see the debit card ending in ", v.digits(4),
            " was locked. I'll unlock it now."]


@pos("banking", "xml")
def pain001(v):
    cc = v.pick(["ES", "IT", "BE", "AT", "PL", "IE"])
    return ["Why does the bank reject this pain.001 payment?\n<CdtTrfTxInf><PmtId><EndToEndId>E2E", v.digits(10),
            "</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">1250.00</InstdAmt></Amt><CdtrAgt><FinInstnId><BICFI>",
            E("SWIFT_CODE", v.bic(cc)), "</BICFI></FinInstnId></CdtrAgt><Cdtr><Nm>", E("PERSON", v.first() + " " + v.last()),
            "</Nm></Cdtr><CdtrAcct><Id><IBAN>", E("IBAN_CODE", v.iban(cc, False)), "</IBAN></Id></CdtrAcct></CdtTrfTxInf>"]


@pos("payments", "sql")
def sql_inserts(v):
    rows = ["Rewrite these inserts to use parameterized queries:\n"]
    for _ in range(2):
        f, l = v.first(), v.last()
        disp, pan, brand = v.card(sep="")
        rows += ["INSERT INTO customers (full_name, email, phone, card_pan) VALUES ('", E("PERSON", (f + " " + l).replace("'", "''")),
                 "', '", E("EMAIL_ADDRESS", v.email_for(f, l)), "', '", E("PHONE_NUMBER", v.phone(1)), "', '", E("CREDIT_CARD", disp), "');\n"]
    return rows


# ---------------------------------------------------------------- engineering / secrets
@pos("engineering", "config")
def dotenv_file(v):
    pw = v.password()
    return ["My app can't connect in staging. Here's the .env:\n\nDATABASE_URL=",
            E("URL", ["postgres://app_rw:", E("PASSWORD", pw), "@db-staging.corvidsoft.dev:5432/orders"]),
            "\nSTRIPE_SECRET_KEY=", E("API_KEY", v.api_key("stripe")), "\nAWS_ACCESS_KEY_ID=", E("API_KEY", v.api_key("aws")),
            "\nAWS_SECRET_ACCESS_KEY=", E("HIGH_ENTROPY_SECRET", v.secret(1)), "\nLOG_LEVEL=debug\n"]


@pos("engineering", "code")
def python_hardcoded(v):
    return ["Refactor this to read from the environment:\n\n```python\nimport requests\nGITHUB_TOKEN = \"", E("API_KEY", v.api_key("ghp")),
            "\"\nSLACK_BOT = \"", E("API_KEY", v.api_key("slack")), "\"\n\ndef notify(msg):\n    requests.post(\"",
            E("URL", "https://slack.com/api/chat.postMessage"), "\", headers={\"Authorization\": f\"Bearer {SLACK_BOT}\"}, json={\"text\": msg})\n```"]


@pos("engineering", "log")
def api_log_jwt(v):
    return ["Why is this request 401? Log:\n2024-05-21 09:14:55,112 INFO  gateway  request_id=", v.uuid(), " src=", E("IP_ADDRESS", v.ipv4_public()),
            " path=/v2/claims\n2024-05-21 09:14:55,113 DEBUG auth  header Authorization: Bearer ", E("JWT", v.jwt()),
            "\n2024-05-21 09:14:55,114 WARN  auth  token expired"]


@pos("engineering", "yaml")
def k8s_secret(v):
    return ["Is this Secret manifest correct? kubectl apply fails.\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-api\ntype: Opaque\nstringData:\n  DB_PASSWORD: \"",
            E("PASSWORD", v.password()), "\"\n  SENDGRID_API_KEY: \"", E("API_KEY", v.api_key("sendgrid")), "\"\n  WEBHOOK_SIGNING_SECRET: \"",
            E("HIGH_ENTROPY_SECRET", v.secret(2)), "\"\n"]


@pos("engineering", "chat")
def ssh_key_chat(v):
    return ["user: ssh says 'invalid format' for my deploy key, I pasted it into the CI variable like this:\n\n", E("PRIVATE_KEY", v.pem(v.pick(["OPENSSH", "EC"]))),
            "\n\nthe server is ", E("IP_ADDRESS", v.ipv4_public()), ". what am I doing wrong?"]


@pos("engineering", "yaml")
def docker_compose(v):
    pw = v.password()
    return ["Why can't the worker reach redis?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ", E("PASSWORD", pw),
            "\n  worker:\n    environment:\n      REDIS_URL: ", E("URL", ["redis://default:", E("PASSWORD", v.password()), "@cache:6379/0"]),
            "\n      DB_URL: ", E("URL", ["postgresql://worker:", E("PASSWORD", pw), "@db:5432/jobs"]), "\n"]


@pos("engineering", "shell")
def curl_openai(v):
    return ["This curl works locally but not from our VPC, any idea?\n\ncurl ", E("URL", "https://api.openai.com/v1/chat/completions"),
            " \\\n  -H \"Authorization: Bearer ", E("API_KEY", v.api_key(v.pick(["openai", "anthropic"]))), "\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"model\": \"gpt-4o-mini\", \"messages\": []}'\n\nEgress IP is ",
            E("IP_ADDRESS", v.ipv4_public()), "."]


@pos("engineering", "config")
def tfvars(v):
    return ["Terraform plan says the service principal is invalid:\n\ntenant_id     = \"", v.uuid(), "\"\nclient_id     = \"", v.uuid(),
            "\"\nclient_secret = \"", E("HIGH_ENTROPY_SECRET", v.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~._-", 40)),
            "\"\nadmin_password = \"", E("PASSWORD", v.password()), "\"\nlocation      = \"eastus2\"\n"]


@pos("engineering", "log")
def nginx_access(v):
    rows = ["Which client is hammering the login endpoint?\n"]
    for _ in range(3):
        ip = v.pick([v.ipv4_public(), v.ipv6()])
        rows += [E("IP_ADDRESS", ip), " - - [12/Jun/2024:10:", "%02d:%02d" % (v.num(0, 59), v.num(0, 59)), " +0000] \"POST /api/login HTTP/1.1\" 401 63 \"",
                 E("URL", "https://portal.harbormed.net/login?next=/dashboard"), "\" \"Mozilla/5.0\"\n"]
    return rows


@pos("engineering", "config")
def ci_tokens(v):
    return ["Our pipeline prints this at startup, should I rotate anything?\n\n[ci] CI_REGISTRY_PASSWORD=", E("API_KEY", v.api_key("gitlab")),
            "\n[ci] NPM_TOKEN=", E("API_KEY", v.api_key("npm")), "\n[ci] HF_TOKEN=", E("API_KEY", v.api_key("hf")),
            "\n[ci] SENTRY_DSN=", E("URL", "https://" + v.sha(32) + "@o" + v.digits(6) + ".ingest.sentry.io/" + v.digits(7)), "\n"]


@pos("engineering", "chat")
def jwt_debug_chat(v):
    name = v.first() + " " + v.last()
    return ["Can you decode this token and tell me why the `name` claim is wrong? It should be ", E("PERSON", name), ".\n\n",
            E("JWT", v.jwt(v.full())), "\n\nIt comes from our auth service at ", E("URL", "https://auth.vantapay.io/oauth/token"), "."]


@pos("engineering", "json")
def webhook_config(v):
    return ['Review this webhook config for security issues:\n{"endpoint": "', E("URL", "https://hooks.meridianlogistics.com/v1/inbound"),
            '", "signing_secret": "', E("HIGH_ENTROPY_SECRET", v.secret(0)), '", "maps_key": "', E("API_KEY", v.api_key("google")),
            '", "retry": 5, "alert_email": "', E("EMAIL_ADDRESS", v.shared_mailbox()), '"}']


@pos("engineering", "json")
def service_account_json(v):
    return ['Load this service-account JSON in Go; the parser says bad key:\n{"type": "service_account", "project_id": "claims-prod-', v.digits(4),
            '", "private_key_id": "', v.sha(40), '", "private_key": "', E("PRIVATE_KEY", v.pem("PRIVATE", escaped=True)),
            '", "client_email": "', E("EMAIL_ADDRESS", "claims-etl@claims-prod.iam.gserviceaccount.com"), '"}']


@pos("it", "ticket")
def helpdesk_ticket(v):
    f, l = v.first(), v.last()
    return ["Summarize this ticket:\nRequester: ", E("PERSON", f + " " + l), " <", E("EMAIL_ADDRESS", v.email_for(f, l, True)), ">\nAsset: Dell Latitude 7440, serial ",
            E("DEVICE_ID", v.serial()), "\nIssue: VPN drops every 10 min, client IP ", E("IP_ADDRESS", v.ipv4_private()),
            "\nTech note: reset AD password, temporary password set to ", E("PASSWORD", v.password()), " (user must change at next logon)."]


@pos("it", "chat")
def wifi_vpn_chat(v):
    return ["[#it-help] guest wifi is down again. the router admin is at ", E("IP_ADDRESS", v.ipv4_private()), ", user admin, password ",
            E("PASSWORD", v.password()), ". VPN concentrator ", E("IP_ADDRESS", v.ipv6()), " also looks unhappy.\nCan you write a runbook step list from this?"]


# ---------------------------------------------------------------- HR / legal / travel / auto / telecom
@pos("hr", "form")
def onboarding_form(v):
    f, l = v.first(), v.last()
    st, _, _ = v.street(with_city=True, unit=v.r.random() < 0.5)
    state, dl = v.dl()
    return ["Check this I-9 / onboarding packet for missing items:\nLegal name: ", E("PERSON", f + " " + l), "\nDate of birth: ", E("DATE_TIME", v.dob(1)),
            "\nSSN: ", E("US_SSN", v.ssn()), "\nHome address: ", E("STREET_ADDRESS", st), " ", E("US_ZIP_CODE", v.zip()), "\nMobile: ",
            E("PHONE_NUMBER", v.phone()), "\nPersonal email: ", E("EMAIL_ADDRESS", v.email_for(f, l)), "\nDriver's license (", state, "): ",
            E("US_DRIVER_LICENSE", dl), "\nStart date: 2024-08-19"]


@pos("hr", "email")
def background_check(v):
    f, l = v.first(), v.last()
    state, dl = v.dl()
    return ["Draft a reply confirming receipt.\n\n", "Hi team, please run the standard background check for ", E("PERSON", f + " " + l),
            ". DOB ", E("DATE_TIME", v.dob(2)), ", ", state, " driver license number ", E("US_DRIVER_LICENSE", dl), ", US passport no. ",
            E("US_PASSPORT", v.passport()), ". Candidate consent form attached.\n- ", E("PERSON", v.first()), ", Talent Acquisition"]


@pos("travel", "chat")
def travel_booking(v):
    f, l = v.first(), v.last()
    return ["Traveler: I need to add my passport to the Lisbon booking. Passport number ", E("US_PASSPORT", v.passport()), ", name exactly as ",
            E("PERSON", (l + "/" + f).upper()), ", born ", E("DATE_TIME", v.dob(3)), ". Text me at ", E("PHONE_NUMBER", v.phone()),
            " or email ", E("EMAIL_ADDRESS", v.email_for(f, l)), ".\nAgent: Sure.\n\nWhat else does the agent need for APIS?"]


@pos("insurance", "form")
def auto_claim(v):
    st, _, _ = v.street(with_city=True)
    state, dl = v.dl()
    return ["Summarize this FNOL for the adjuster:\nInsured: ", E("PERSON", v.first() + " " + v.last()), "\nVehicle VIN: ", E("VEHICLE_ID", v.vin()),
            "\nDriver license: ", E("US_DRIVER_LICENSE", dl), " (", state, ")\nGaraging address: ", E("STREET_ADDRESS", st), ", ",
            E("US_ZIP_CODE", v.zip()), "\nContact: ", E("PHONE_NUMBER", v.phone()), "\nLoss: rear-ended at a red light, bumper and trunk damage."]


@pos("automotive", "csv")
def dealer_csv(v):
    rows = ["Dedupe these buyers:\nbuyer,email,vin,model\n"]
    for _ in range(3):
        f, l = v.first(), v.last()
        rows += [E("PERSON", f + " " + l), ",", E("EMAIL_ADDRESS", v.email_for(f, l)), ",", E("VEHICLE_ID", v.vin()), ",",
                 v.pick(["Camry LE", "F-150 XLT", "Model Y", "CR-V EX", "Outback"]), "\n"]
    return rows


@pos("automotive", "json")
def telematics_json(v):
    return ['Explain this telematics payload: {"vin": "', E("VEHICLE_ID", v.vin()), '", "modem_imei": "', E("DEVICE_ID", v.imei()),
            '", "driver": "', E("PERSON", v.first() + " " + v.last()), '", "odometer_km": ', str(v.num(1000, 200000)),
            ', "ts": "2024-04-02T08:00:00Z", "gw_ip": "', E("IP_ADDRESS", v.ipv4_public()), '", "fw": "4.12.7"}']


@pos("telecom", "chat")
def telecom_chat(v):
    f, l = v.first(), v.last()
    st, _, _ = v.street(with_city=True, unit=True)
    return ["Customer: my new phone won't activate. IMEI ", E("DEVICE_ID", v.imei()), ". Account holder ", E("PERSON", f + " " + l),
            ", service address ", E("STREET_ADDRESS", st), " ", E("US_ZIP_CODE", v.zip()), ", number ", E("PHONE_NUMBER", v.phone()),
            ".\nAgent: Checking the device lock.\n\nSuggest next troubleshooting steps."]


@pos("it", "csv")
def mdm_inventory(v):
    rows = ["Which of these devices haven't checked in? (last_seen older than 30d)\nuser,email,serial,imei,wifi_mac,last_seen\n"]
    for _ in range(3):
        f, l = v.first(), v.last()
        rows += [E("PERSON", f + " " + l), ",", E("EMAIL_ADDRESS", v.email_for(f, l, True)), ",", E("DEVICE_ID", v.serial()), ",",
                 E("DEVICE_ID", v.imei()), ",", E("DEVICE_ID", v.mac()), ",2024-0", str(v.num(1, 6)), "-1", str(v.num(0, 9)), "\n"]
    return rows


@pos("legal", "email")
def legal_intake(v):
    f, l = v.first(), v.last()
    st, _, _ = v.street(with_city=True)
    return ["Create a conflict-check entry from this intake email:\n\nFrom: ", E("EMAIL_ADDRESS", v.email_for(f, l)), "\n\nHello, my name is ",
            E("PERSON", f + " " + l), ". I was injured on ", E("DATE_TIME", v.recent(2)), " and need representation. My SSN is ",
            E("US_SSN", v.ssn()), " for the medical lien paperwork. I live at ", E("STREET_ADDRESS", st), " ", E("US_ZIP_CODE", v.zip()),
            " and my phone is ", E("PHONE_NUMBER", v.phone()), ".\n"]


@pos("support", "email")
def support_de(v):
    f, l = v.first(), v.last()
    return ["Beantworte diese Kundenanfrage auf Deutsch:\n\nSehr geehrte Damen und Herren,\nmeine Bestellung ist nicht angekommen. Lieferadresse: ",
            E("PERSON", f + " " + l), ", ", E("STREET_ADDRESS", "Lindenstraße %d, 10115 Berlin" % v.num(1, 120)), ". Sie erreichen mich unter ", E("PHONE_NUMBER", v.intl_phone("DE")),
            " oder ", E("EMAIL_ADDRESS", v.email_for(f, l)), ".\nMit freundlichen Grüßen\n", E("PERSON", f + " " + l)]


@pos("support", "email")
def support_pt(v):
    f, l = v.first(), v.last()
    return ["Resuma este e-mail em inglês:\n\nOlá, sou ", E("PERSON", f + " " + l), " e não consigo acessar minha conta desde ontem. Meu celular é ",
            E("PHONE_NUMBER", v.intl_phone("BR")), " e o e-mail cadastrado é ", E("EMAIL_ADDRESS", v.email_for(f, l)),
            ". Já tentei redefinir a senha três vezes. Obrigado!"]


@pos("corporate", "transcript")
def meeting_transcript(v):
    a, b, c = v.full(), v.full(), v.first()
    return ["Write action items from this call transcript:\n[00:00:04] ", E("PERSON", a), ": OK, let's start. ", E("PERSON", c),
            ", can you send the vendor list?\n[00:00:11] ", E("PERSON", b), ": Yes, I'll email it from ", E("EMAIL_ADDRESS", v.shared_mailbox()),
            " today. If anyone needs me I'm on ", E("PHONE_NUMBER", v.phone()), ".\n[00:00:25] ", E("PERSON", a), ": Great, thanks."]


@pos("real_estate", "form")
def rental_application(v):
    f, l = v.first(), v.last()
    st, _, _ = v.street(with_city=True, unit=True)
    return ["Screen this rental application:\nApplicant: ", E("PERSON", l + ", " + f), "\nDOB: ", E("DATE_TIME", v.dob(1)), "\nSSN/ITIN: ",
            E("US_ITIN", v.itin()), "\nCurrent address: ", E("STREET_ADDRESS", st), " ", E("US_ZIP_CODE", v.zip(True)), "\nPhone: ",
            E("PHONE_NUMBER", v.phone(2)), "\nEmergency contact: ", E("PERSON", v.first() + " " + v.last()), ", ", E("PHONE_NUMBER", v.phone(0)),
            "\nMonthly income: $", str(v.num(3, 9)), ",", v.digits(3)]


@pos("automotive", "email")
def recall_letter(v):
    st, _, _ = v.street(with_city=True)
    f, l = v.first(), v.last()
    return ["Shorten this recall notice:\n\n", E("PERSON", f + " " + l), "\n", E("STREET_ADDRESS", st), " ", E("US_ZIP_CODE", v.zip()),
            "\n\nDear ", E("PERSON", f), ",\nYour vehicle with VIN ", E("VEHICLE_ID", v.vin()),
            " is subject to safety recall 24V-", v.digits(3), ". The fuel pump may fail. Please contact your dealer to schedule a free repair."]


@pos("education", "json")
def student_record(v):
    f, l = v.first(), v.last()
    return ['Map this SIS export to our schema: {"student": {"legal_first": "', E("PERSON", f), '", "legal_last": "', E("PERSON", l),
            '", "birth_date": "', E("DATE_TIME", v.dob(0)), '", "guardian": "', E("PERSON", v.first() + " " + l), '", "guardian_phone": "',
            E("PHONE_NUMBER", v.phone(1)), '", "guardian_email": "', E("EMAIL_ADDRESS", v.email_for(v.first(), l)), '", "grade": 11}}']


@pos("insurance", "email")
def life_insurance_beneficiary(v):
    f, l = v.first(), v.last()
    return ["Summarize for the claims file:\n\nPolicyholder ", E("PERSON", f + " " + l), " passed away on ", E("DATE_TIME", v.recent(3)),
            " at age ", E("AGE", v.age()), ". The beneficiary, ", E("PERSON", v.first() + " " + l), ", SSN ", E("US_SSN", v.ssn()),
            ", asked that the payout go to routing ", E("US_ROUTING_NUMBER", v.routing()), ", account ", E("US_BANK_ACCOUNT", v.account()), "."]


@pos("healthcare", "chat")
def caregiver_chat_hi(v):
    return ["user: मेरे दादाजी ", E("PERSON", v.first() + " " + v.last()), " की उम्र ", E("AGE", v.age()),
            " साल है। उनका जन्मदिन ", E("DATE_TIME", v.dob(7)), " है। डॉक्टर ने कहा कि ", E("DATE_TIME", v.recent(7)),
            " को फॉलो-अप करें। मेरा नंबर ", E("PHONE_NUMBER", v.intl_phone("IN")), " है। कृपया बताइए कि हमें क्या तैयारी करनी चाहिए।\nassistant: Please translate and advise."]


@pos("payments", "chat")
def card_update_chat(v):
    f, l = v.first(), v.last()
    disp, pan, brand = v.card(v.pick(["visa", "mc", "amex", "diners"]))
    st, _, _ = v.street(with_city=True)
    return ["Subscriber: Please update my billing card to ", E("CREDIT_CARD", disp), ", CVC ", E("CARD_SECURITY_CODE", v.cvv(brand)),
            ", billing address ", E("STREET_ADDRESS", st), " ", E("US_ZIP_CODE", v.zip()), ". Thanks, ", E("PERSON", f),
            "\n\nClassify this message and say which fields our agent must never read back."]


@pos("banking", "csv")
def iban_batch_csv(v):
    rows = ["Validate the IBANs in this supplier file:\nsupplier_contact,iban,bic\n"]
    for _ in range(3):
        cc = v.pick(["DE", "GB", "NL", "FR", "CH", "BE"])
        rows += [E("PERSON", v.first() + " " + v.last()), ",", E("IBAN_CODE", v.iban(cc, False)), ",", E("SWIFT_CODE", v.bic(cc)), "\n"]
    return rows
