"""Hand-written templates for records that contain PII/PHI/PCI/secrets.

Placeholder grammar: ``[[LABEL:gen#key]]``
  LABEL  entity type of the gold span, ``-`` for unlabeled filler text, ``*`` for
         a composite generator that labels its own segments (address + ZIP).
  gen    generator in values.GENERATORS (default: values.DEFAULT_GEN[LABEL]).
  key    ties placeholders of one record to one value (one person, one city).
``[[LABEL=literal]]`` labels a fixed piece of text (a shared mailbox, an API host).
Every person name, date tied to a person, identifier, secret and URL in these
texts is a placeholder: literal text carries no PII.
"""

T = []


def t(tid, domain, kind, text, n=4):
    T.append((tid, domain, kind, text, n))


# ----------------------------------------------------------------- healthcare
t("hc-soap", "healthcare", "clinical_note",
  "Summarize this SOAP note for the referral letter.\n\n"
  "S: [[PERSON#p]] (DOB [[DATE_TIME:dob]]) presents with 3 days of productive cough and fever to 101.8F. "
  "Denies chest pain. Hx of [[-:icd]] on [[-:dose]].\n"
  "O: T 38.6, HR 104, SpO2 93% RA. Crackles RLL. [[-:lab]].\n"
  "A: Community-acquired pneumonia.\n"
  "P: Start amoxicillin-clavulanate, recheck in 48h. Pt reachable at [[PHONE_NUMBER]].\n"
  "Seen [[DATE_TIME:vdate]] by [[PERSON#d]], NPI [[US_NPI]].")

t("hc-discharge", "healthcare", "clinical_note",
  "DISCHARGE SUMMARY\nPatient: [[PERSON:lastfirst#p]]    MRN: [[MEDICAL_RECORD_NUMBER:mrn8]]\n"
  "Admission date: [[DATE_TIME:vdate]]    Discharge date: [[DATE_TIME:vdate]]\n"
  "Attending: [[PERSON:full#d]], MD\n"
  "Principal diagnosis: NSTEMI ([[-:icd]]). Cath showed 80% LAD stenosis, DES placed.\n"
  "Discharge meds: [[-:dose]]; aspirin 81 mg daily.\n"
  "Follow-up with cardiology in 2 weeks. Home address on file: [[*:addr_full]].\n"
  "Please rewrite this in plain language for the patient.")

t("hc-priorauth", "healthcare", "chat",
  "Draft a prior authorization letter to the payer for [[PERSON#p]], member ID [[HEALTH_PLAN_ID]], "
  "born [[DATE_TIME:dob]]. Requesting semaglutide 1 mg weekly for [[-:icd]] after failure of metformin "
  "and [[-:drug]]. Prescriber: [[PERSON#d]], NPI [[US_NPI]], DEA [[US_DEA:dea#d]]. "
  "Last [[-:lab]] on [[DATE_TIME:vdate]].")

t("hc-refill-chat", "healthcare", "chat",
  "hi, I need a refill on my [[-:drug]], the pharmacy said the script expired. "
  "my name is [[PERSON#p]] and my date of birth is [[DATE_TIME:dob]]. "
  "you can call me at [[PHONE_NUMBER]] if there's a problem. thanks!")

t("hc-refill-agent", "healthcare", "chat",
  "Pharmacy agent notes: caller [[PERSON#p]] verified with DOB [[DATE_TIME:dob]] and last 4 of SSN. "
  "Requests 90-day supply of [[-:dose]]. Insurance: subscriber ID [[HEALTH_PLAN_ID]]. "
  "Ship to [[*:addr_full]]. Write a short confirmation text message for them.")

t("hc-claim-json", "healthcare", "json",
  '{"claim_id": "CLM-[[-:num]]-[[-:hex8]]", "patient": {"name": "[[PERSON#p]]", "dob": "[[DATE_TIME:dob_iso]]", '
  '"member_id": "[[HEALTH_PLAN_ID]]", "mbi": "[[US_MBI]]"}, "provider": {"npi": "[[US_NPI]]", '
  '"name": "[[PERSON#d]]"}, "service_date": "[[DATE_TIME:vdate_iso]]", "lines": [{"cpt": "[[-:cpt]]", '
  '"icd10": "[[-:icd]]", "charge": 182.5}], "task": "check this claim for missing fields"}')

t("hc-tool-lookup", "healthcare", "tool_args",
  '{"name": "lookup_patient", "arguments": {"patient_name": "[[PERSON#p]]", "mrn": "[[MEDICAL_RECORD_NUMBER]]", '
  '"date_of_birth": "[[DATE_TIME:dob_iso]]"}}')

t("hc-tool-schedule", "healthcare", "tool_args",
  '{"tool": "schedule_appointment", "args": {"first_name": "[[PERSON:first#p]]", "last_name": "[[PERSON:last#p]]", '
  '"phone": "[[PHONE_NUMBER]]", "email": "[[EMAIL_ADDRESS:pemail#p]]", "visit_date": "[[DATE_TIME:vdate_iso]]", '
  '"clinic": "cardiology", "slot": "09:30"}}')

t("hc-tool-rx", "healthcare", "tool_args",
  '{"function": {"name": "send_erx", "arguments": "{\\"prescriber_npi\\": \\"[[US_NPI]]\\", '
  '\\"prescriber_dea\\": \\"[[US_DEA]]\\", \\"patient\\": \\"[[PERSON#p]]\\", \\"patient_dob\\": '
  '\\"[[DATE_TIME:dob_us]]\\", \\"drug\\": \\"oxycodone 5 mg\\", \\"qty\\": 20}"}}')

t("hc-fhir-patient", "healthcare", "hl7_fhir",
  '{"resourceType": "Patient", "id": "pat-[[-:hex8]]", "identifier": [{"type": {"text": "MRN"}, '
  '"value": "[[MEDICAL_RECORD_NUMBER:mrn8]]"}, {"type": {"text": "SSN"}, "value": "[[US_SSN:ssn_dash]]"}], '
  '"name": [{"family": "[[PERSON:last#p]]", "given": ["[[PERSON:first#p]]"]}], "telecom": [{"system": "phone", '
  '"value": "[[PHONE_NUMBER]]"}, {"system": "email", "value": "[[EMAIL_ADDRESS:pemail#p]]"}], '
  '"gender": "female", "birthDate": "[[DATE_TIME:dob_iso]]", "address": [{"line": ["[[STREET_ADDRESS:street]]"], '
  '"city": "[[-:city#c]]", "state": "[[-:state#c]]", "postalCode": "[[US_ZIP_CODE:zip#c]]"}]}')

t("hc-fhir-coverage", "healthcare", "hl7_fhir",
  '{"resourceType": "Coverage", "status": "active", "subscriberId": "[[HEALTH_PLAN_ID]]", '
  '"beneficiary": {"display": "[[PERSON#p]]"}, "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.927", '
  '"value": "[[US_MBI]]"}], "period": {"start": "[[-:date]]"}, "payor": [{"display": "Medicare Part B"}]}')

t("hc-hl7-adt", "healthcare", "hl7_fhir",
  "Parse this ADT message and tell me which fields are missing:\n"
  "MSH|^~\\&|EPIC|MERCY|LAB|MERCY|[[-:hl7ts]]||ADT^A01|MSG[[-:num]]|P|2.5.1\n"
  "PID|1||[[MEDICAL_RECORD_NUMBER:mrn8]]^^^MERCY^MR||[[PERSON:hl7name#p]]||[[DATE_TIME:dob_hl7]]|M|||"
  "[[*:hl7_addr]]||[[PHONE_NUMBER]]|||||[[US_SSN:ssn_dash]]\n"
  "PV1|1|I|4W^412^B|||[[US_NPI]]^[[PERSON:hl7name#d]]^^^DR|||||||||||||||||||||||||||||||||||[[DATE_TIME:vdate_hl7]]")

t("hc-hl7-oru", "healthcare", "hl7_fhir",
  "PID|1||[[MEDICAL_RECORD_NUMBER:mrn7]]^^^LAB^MR||[[PERSON:hl7name#p]]||[[DATE_TIME:dob_hl7]]|F\n"
  "OBR|1|||[[-:cpt]]^CMP|||[[DATE_TIME:vdate_hl7]]\n"
  "OBX|1|NM|2345-7^GLUCOSE||[[-:num]]|mg/dL|70-99|H\n"
  "Explain the abnormal result in one sentence.")

t("hc-referral-email", "healthcare", "email",
  "From: [[EMAIL_ADDRESS:pemail#d]]\nTo: [[EMAIL_ADDRESS=referrals@clinic.example.org]]\nSubject: Referral - [[PERSON#p]]\n\n"
  "Hi team,\nPlease see [[PERSON#p]] (MRN [[MEDICAL_RECORD_NUMBER:mrn7]], DOB [[DATE_TIME:dob_us]]) for "
  "evaluation of [[-:icd]]. Best number is [[PHONE_NUMBER]]. Records: [[URL]]\n\nThanks,\n[[PERSON#d]]")

t("hc-mbi-chat", "healthcare", "chat",
  "My mom [[PERSON#p]] just got her new Medicare card, the number is [[US_MBI]]. She was born "
  "[[DATE_TIME:dob]]. Can you explain what Part B covers for her knee replacement?")

t("hc-portal-ticket", "healthcare", "support_ticket",
  "Ticket [[-:ticket]] | Patient portal login issue\nReporter: [[PERSON#p]] <[[EMAIL_ADDRESS:pemail#p]]>\n"
  "User cannot reset password. MR#[[MEDICAL_RECORD_NUMBER:mrn_alpha]] linked to two accounts. Last login "
  "from [[IP_ADDRESS]]. Please draft a reply.")

t("hc-death-cert", "healthcare", "clinical_note",
  "Complete the cause-of-death narrative: decedent [[PERSON#p]], date of birth [[DATE_TIME:dob]], date of "
  "death [[DATE_TIME:vdate]], SSN [[US_SSN]]. Immediate cause: septic shock; underlying: [[-:icd]].")

t("hc-ed-triage", "healthcare", "clinical_note",
  "ED triage [[-:room]]: [[PERSON:upper#p]], DOB [[DATE_TIME:dob_us]], arrived by EMS. Chief complaint chest pain "
  "x2h, 7/10. EKG [[-:cpt]] done. Emergency contact: [[PERSON#e]] [[PHONE_NUMBER:phone_any]]. "
  "Insurance member # [[HEALTH_PLAN_ID]].")

t("hc-psych-note", "healthcare", "clinical_note",
  "Progress note for [[PERSON#p]] (MRN: [[MEDICAL_RECORD_NUMBER:mrn8]]). Seen [[DATE_TIME:vdate]]. "
  "Reports improved sleep on [[-:dose]]. PHQ-9 down from 18 to 11. Lives at [[STREET_ADDRESS:street]] with "
  "partner. Rewrite as a one-paragraph summary.")

t("hc-lab-tool", "healthcare", "tool_args",
  '{"name": "order_labs", "arguments": {"patient_id": "[[MEDICAL_RECORD_NUMBER:mrn7]]", "ordering_npi": "[[US_NPI]]", '
  '"panel": ["[[-:cpt]]", "[[-:cpt]]"], "collect_on": "[[DATE_TIME:vdate_iso]]", "notes": "fasting"}}')

t("hc-dea-verify", "healthcare", "chat",
  "Can you verify this controlled substance prescription looks complete? Prescriber [[PERSON#d]], DEA "
  "[[US_DEA:dea#d]], NPI [[US_NPI]]. Patient [[PERSON#p]], [[*:addr_full]]. Rx: oxycodone 5 mg #20.")

t("hc-obf-ssn", "healthcare", "chat",
  "Update the chart for [[PERSON#p]]: SSN [[US_SSN:ssn_nbhyphen]] (was typed wrong last time), DOB "
  "[[DATE_TIME:dob_us]].", n=3)

t("hc-obf-ssn2", "healthcare", "clinical_note",
  "Registration: [[PERSON#p]], social security no. [[US_SSN:ssn_endash]], member ID [[HEALTH_PLAN_ID]].", n=3)

t("hc-dental", "healthcare", "chat",
  "Write a recall reminder for [[PERSON:first#p]] [[PERSON:last#p]] whose last cleaning was "
  "[[DATE_TIME:vdate]]. Send to [[EMAIL_ADDRESS:pemail#p]] or text [[PHONE_NUMBER]].")

t("hc-genetic", "healthcare", "clinical_note",
  "Genetic counseling: proband [[PERSON#p]] (DOB [[DATE_TIME:dob]]), BRCA2 c.5946delT detected. Sister "
  "[[PERSON#s]] tested negative on [[DATE_TIME:vdate]]. MRN [[MEDICAL_RECORD_NUMBER:mrn7]].")

t("hc-intl", "healthcare", "email",
  "Dear [[PERSON#d]],\n\nI am writing about my father, [[PERSON#p]], who was admitted on [[DATE_TIME:vdate]] "
  "while travelling. Please call me on [[PHONE_NUMBER:phone_intl]] or write to [[EMAIL_ADDRESS:pemail#s]].\n\n"
  "Kind regards,\n[[PERSON#s]]")

# -------------------------------------------------------------------- finance
t("fi-card-dispute", "finance", "support_ticket",
  "Ticket [[-:ticket]] - card dispute\nCustomer: [[PERSON#p]]\nCard: [[CREDIT_CARD]]  exp 08/27  CVV [[CARD_SECURITY_CODE]]\n"
  "Disputed charge [[-:price]] from [[-:company]] on order [[-:order]]. Customer says it was never delivered. "
  "Draft a chargeback reason.")

t("fi-card-chat", "finance", "chat",
  "I got charged twice for the same thing. my card is [[CREDIT_CARD]] and the security code is "
  "[[CARD_SECURITY_CODE]], can you tell me which merchant to contact? the charge was [[-:price]].")

t("fi-amex-chat", "finance", "chat",
  "Why was my Amex [[CREDIT_CARD:card_amex]] declined at checkout? CVC [[CARD_SECURITY_CODE:cvv4]]. "
  "Billing zip is [[US_ZIP_CODE]].")

t("fi-wire", "finance", "email",
  "Subject: Urgent wire transfer\n\nHi [[PERSON:first#a]],\n\nPlease wire [[-:price]] to our supplier today.\n"
  "Beneficiary: [[PERSON#b]]\nIBAN: [[IBAN_CODE]]\nSWIFT/BIC: [[SWIFT_CODE]]\nReference: [[-:invoice]]\n\n"
  "Thanks,\n[[PERSON#c]]\n\nCan you check if this email looks like a BEC scam?")

t("fi-wire-us", "finance", "chat",
  "Help me fill in the domestic wire form: recipient [[PERSON#p]], routing number [[US_ROUTING_NUMBER]], "
  "account number [[US_BANK_ACCOUNT]], amount [[-:price]], memo [[-:invoice]].")

t("fi-ach-json", "finance", "json",
  '{"payee": {"name": "[[PERSON#p]]", "routing_number": "[[US_ROUTING_NUMBER]]", "account_number": '
  '"[[US_BANK_ACCOUNT]]", "account_type": "checking"}, "amount_cents": [[-:num]]00, "batch": "[[-:uuid]]", '
  '"instruction": "validate this ACH entry"}')

t("fi-sepa-tool", "finance", "tool_args",
  '{"name": "create_sepa_transfer", "arguments": {"creditor_name": "[[PERSON#p]]", "creditor_iban": "[[IBAN_CODE]]", '
  '"creditor_bic": "[[SWIFT_CODE]]", "amount": "[[-:mdollars]]", "currency": "EUR", "remittance": "[[-:invoice]]"}}')

t("fi-loan-app", "finance", "json",
  '{"application_id": "[[-:uuid]]", "applicant": {"full_name": "[[PERSON#p]]", "ssn": "[[US_SSN:ssn_dash]]", '
  '"dob": "[[DATE_TIME:dob_us]]", "email": "[[EMAIL_ADDRESS:pemail#p]]", "phone": "[[PHONE_NUMBER]]", '
  '"address": "[[*:addr_full]]"}, "employer": "[[-:company]]", "annual_income": [[-:num]]000, '
  '"requested_amount": 25000, "task": "summarize the risk factors"}')

t("fi-kyc", "finance", "support_ticket",
  "KYC review queue item [[-:ticket]]\nName: [[PERSON#p]]\nDate of birth: [[DATE_TIME:dob]]\n"
  "Passport no: [[US_PASSPORT]]\nDriver's license: [[US_DRIVER_LICENSE]] ([[-:statename]])\n"
  "Residential address: [[*:addr_twoline]]\nFlag: name partial match on sanctions list. "
  "Write the analyst note.")

t("fi-itin", "finance", "chat",
  "I'm filing taxes with an ITIN, mine is [[US_ITIN]]. My spouse [[PERSON#s]] has SSN [[US_SSN]]. "
  "Can we file jointly?")

t("fi-tax-form", "finance", "json",
  '{"form": "W-9", "name": "[[PERSON#p]]", "tin_type": "SSN", "tin": "[[US_SSN:ssn_bare]]", '
  '"address": "[[STREET_ADDRESS:street]]", "city": "[[-:city#c]]", "state": "[[-:state#c]]", "zip": "[[US_ZIP_CODE:zip#c]]", '
  '"signature_date": "[[-:date]]"}')

t("fi-obf-card", "finance", "chat",
  "pls check if this card number is valid: [[CREDIT_CARD:card_zwj]] (copied from the PDF)", n=3)

t("fi-obf-card2", "finance", "support_ticket",
  "Customer pasted card [[CREDIT_CARD:card_fullwidth]] from their phone; SSN on file [[US_SSN:ssn_fullwidth]]. "
  "Please redact and summarize.", n=3)

t("fi-obf-ssn", "finance", "chat",
  "For the credit check my SSN is [[US_SSN:ssn_zwj]] and I live at [[*:addr_full]].", n=3)

t("fi-auto-loan", "finance", "email",
  "Subject: Auto loan payoff\n\nHello,\nI'd like the payoff quote for my loan on the 2019 Civic, VIN "
  "[[VEHICLE_ID]]. Account number [[US_BANK_ACCOUNT]]. Borrower: [[PERSON#p]], phone [[PHONE_NUMBER]].\n\nThanks")

t("fi-insurance-claim", "finance", "support_ticket",
  "Claim [[-:ticket]]: rear-end collision. Policyholder [[PERSON#p]], vehicle identification number "
  "[[VEHICLE_ID]], driver license [[US_DRIVER_LICENSE]]. Other driver: [[PERSON#q]], "
  "[[PHONE_NUMBER]]. Estimate [[-:price]]. Summarize liability.")

t("fi-stmt-question", "finance", "chat",
  "On my statement for account ending [[-:last4]] there's a transfer to IBAN [[IBAN_CODE]] I don't "
  "recognize, [[-:price]] on [[-:date]]. What should I do?")

t("fi-hr-payroll", "finance", "email",
  "To: [[EMAIL_ADDRESS=payroll@corp.example.net]]\nFrom: [[EMAIL_ADDRESS:pemail#p]]\nSubject: Direct deposit change\n\n"
  "Hi, please switch my direct deposit to routing [[US_ROUTING_NUMBER]], account [[US_BANK_ACCOUNT]] "
  "starting next cycle. Employee: [[PERSON#p]], ID E[[-:num]].\n\nThanks!")

t("fi-crypto-support", "finance", "support_ticket",
  "User [[PERSON#p]] ([[EMAIL_ADDRESS:pemail#p]]) locked out after 2FA reset. Last IPs: [[IP_ADDRESS:ipv4]], "
  "[[IP_ADDRESS:ipv6]]. Verified with DOB [[DATE_TIME:dob]] and card ending [[-:last4]]. Draft response.")

t("fi-tool-payment", "finance", "tool_args",
  '{"name": "charge_card", "arguments": {"cardholder": "[[PERSON#p]]", "pan": "[[CREDIT_CARD:card_compact]]", '
  '"cvc": "[[CARD_SECURITY_CODE]]", "exp_month": 11, "exp_year": 2028, "amount": [[-:num]], "order_ref": "[[-:order]]"}}')

t("fi-mortgage", "finance", "chat",
  "Rewrite this as a formal letter: Borrowers [[PERSON#p]] and [[PERSON#q]] request escrow analysis for "
  "the property at [[*:addr_full]], loan #[[US_BANK_ACCOUNT:account]] (the loan account number).")

t("fi-intl-customer", "finance", "email",
  "Dear [[PERSON#p]],\n\nThank you for your call from [[PHONE_NUMBER:phone_intl]]. We have updated your payout "
  "account to [[IBAN_CODE]] (BIC [[SWIFT_CODE]]).\n\nRegards,\nClient Services")

# -------------------------------------------------------------------- general
t("ge-hr-email", "general", "email",
  "From: [[EMAIL_ADDRESS:pemail#h]]\nTo: [[EMAIL_ADDRESS:pemail#p]]\nSubject: Offer letter\n\n"
  "Dear [[PERSON#p]],\n\nWe are pleased to offer you the Senior Analyst role starting [[-:date]]. Please send "
  "your SSN ([[US_SSN]] on your application looks mistyped) and a void check.\n\nBest,\n[[PERSON#h]]")

t("ge-hr-bg", "general", "chat",
  "Summarize this background check: [[PERSON#p]], born [[DATE_TIME:dob]], prior addresses [[STREET_ADDRESS:street]] "
  "and [[*:addr_full]], passport [[US_PASSPORT]]. No records found.")

t("ge-code-openai", "general", "code",
  "Why does this throw a 401?\n\n```python\nfrom openai import OpenAI\nclient = OpenAI(api_key=\"[[API_KEY:key_openai]]\")\n"
  "resp = client.chat.completions.create(model=\"gpt-4o\", messages=[{\"role\": \"user\", \"content\": \"hi\"}])\n```")

t("ge-code-openai-proj", "general", "code",
  "export OPENAI_API_KEY=[[API_KEY:key_openai_proj]]\npython -m app.worker --concurrency [[-:num]]\n\n"
  "the worker still says no key found, what am I missing?")

t("ge-code-anthropic", "general", "code",
  "curl [[URL=https://api.anthropic.com/v1/messages]] -H \"x-api-key: [[API_KEY:key_anthropic]]\" "
  "-H \"anthropic-version: 2023-06-01\" -d @body.json\n\nReturns 400, can you see why?")

t("ge-env-file", "general", "code",
  "Here is my .env, the app can't reach the DB:\n\nDATABASE_HOST=[[IP_ADDRESS:ipv4]]\nDATABASE_USER=app\n"
  "DATABASE_PASSWORD=[[PASSWORD]]\nAWS_ACCESS_KEY_ID=[[API_KEY:key_aws]]\n"
  "AWS_SECRET_ACCESS_KEY=[[API_KEY:aws_secret]]\nLOG_LEVEL=debug")

t("ge-github-actions", "general", "code",
  "My GitHub Action fails at checkout:\n\n```yaml\nenv:\n  GH_TOKEN: [[API_KEY:key_github]]\n  NODE_VERSION: 20\n"
  "steps:\n  - uses: actions/checkout@v4\n```")

t("ge-slack-bot", "general", "code",
  "const app = new App({ token: \"[[API_KEY:key_slack]]\", signingSecret: process.env.SIGNING });\n"
  "// bot never responds to mentions, why?")

t("ge-stripe", "general", "code",
  "import stripe\nstripe.api_key = \"[[API_KEY:key_stripe]]\"\nstripe.Charge.create(amount=[[-:num]]00, currency=\"usd\")\n"
  "# convert this to PaymentIntents")

t("ge-google", "general", "code",
  "const loader = new Loader({ apiKey: \"[[API_KEY:key_google]]\", version: \"weekly\" });\n"
  "loader.load().then(initMap); // map shows 'for development purposes only', fix?")

t("ge-pem", "general", "code",
  "I get 'invalid format' when loading this key with paramiko:\n\n[[PRIVATE_KEY:pem]]\n\nwhat's wrong?", n=5)

t("ge-pem-json", "general", "json",
  '{"type": "service_account", "project_id": "demo-[[-:num]]", "private_key_id": "[[-:sha]]", '
  '"private_key": "[[PRIVATE_KEY:pem_json]]\\n", "client_email": "[[EMAIL_ADDRESS]]"}', n=3)

t("ge-jwt-log", "general", "code",
  "[[-:ts]] INFO request from [[IP_ADDRESS]] Authorization: Bearer [[JWT]]\n"
  "[[-:ts]] WARN token expired for user [[EMAIL_ADDRESS]]\nWhy is the token rejected?")

t("ge-jwt-chat", "general", "chat",
  "decode this jwt for me and tell me what the claims mean: [[JWT]]")

t("ge-password-chat", "general", "chat",
  "I keep forgetting, my password is [[PASSWORD]] for the work laptop, can you suggest a mnemonic for it?")

t("ge-password-json", "general", "tool_args",
  '{"name": "create_user", "arguments": {"username": "[[-:hex8]]", "email": "[[EMAIL_ADDRESS:pemail#p]]", '
  '"pwd": "[[PASSWORD]]", "display_name": "[[PERSON#p]]"}}')

t("ge-docker-compose", "general", "code",
  "services:\n  db:\n    image: postgres:[[-:version]]\n    environment:\n      POSTGRES_USER: admin\n"
  "      POSTGRES_PASSWORD: [[PASSWORD]]\n    ports:\n      - \"5432:5432\"\nwhy does the healthcheck fail?")

t("ge-nginx-log", "general", "code",
  "Find the attacker in these logs:\n"
  "[[IP_ADDRESS:ipv4]] - - [[[-:logdate]]] \"POST /login HTTP/1.1\" 401 512\n"
  "[[IP_ADDRESS:ipv4]] - - [[[-:logdate]]] \"POST /login HTTP/1.1\" 401 512\n"
  "[[IP_ADDRESS:ipv6]] - - [[[-:logdate]]] \"GET /admin HTTP/1.1\" 403 128")

t("ge-support-ticket", "general", "support_ticket",
  "Ticket [[-:ticket]]\nFrom: [[PERSON#p]] <[[EMAIL_ADDRESS:pemail#p]]>\nPhone: [[PHONE_NUMBER:phone_any]]\n"
  "Order [[-:order]] arrived damaged (box [[-:dims]]). Please send a replacement to [[*:addr_full]].")

t("ge-shipping-tool", "general", "tool_args",
  '{"name": "create_shipment", "arguments": {"recipient": "[[PERSON#p]]", "street": "[[STREET_ADDRESS:street]]", '
  '"city": "[[-:city#c]]", "state": "[[-:state#c]]", "zip": "[[US_ZIP_CODE:zip#c]]", "phone": "[[PHONE_NUMBER]]", '
  '"weight_lb": [[-:num]], "sku": "[[-:sku]]"}}')

t("ge-rental", "general", "email",
  "Hi [[PERSON:first#p]],\n\nConfirming your rental car pickup. Driver's license [[US_DRIVER_LICENSE]] is on "
  "file; the vehicle assigned is VIN [[VEHICLE_ID]]. Call [[PHONE_NUMBER]] with questions.\n\n[[PERSON#a]]")

t("ge-travel", "general", "chat",
  "Fill out the visa form for me: name [[PERSON:upper#p]], passport number [[US_PASSPORT]], date of birth "
  "[[DATE_TIME:dob]], email [[EMAIL_ADDRESS:pemail#p]], phone [[PHONE_NUMBER:phone_intl]].")

t("ge-crm-json", "general", "json",
  '[{"contact": "[[PERSON#p]]", "email": "[[EMAIL_ADDRESS:pemail#p]]", "phone": "[[PHONE_NUMBER]]", '
  '"last_order": "[[-:order]]"}, {"contact": "[[PERSON#q]]", "email": "[[EMAIL_ADDRESS:pemail#q]]", '
  '"phone": "[[PHONE_NUMBER:phone_intl]]", "last_order": "[[-:order]]"}]')

t("ge-tenant", "general", "chat",
  "Write a polite late-rent reminder to my tenant [[PERSON#p]] at [[*:addr_full]]. Her lease started "
  "[[-:date]]. Mention she can pay via the portal [[URL]].")

t("ge-reset-link", "general", "email",
  "Hi [[PERSON:first#p]], click [[URL]] to reset your password. This request came from IP [[IP_ADDRESS]]. "
  "If it wasn't you, reply to [[EMAIL_ADDRESS]].")

t("ge-meeting", "general", "chat",
  "Turn these notes into action items: [[PERSON#a]] to send the deck to [[EMAIL_ADDRESS:pemail#b]]; "
  "[[PERSON#b]] to call the vendor at [[PHONE_NUMBER]]; follow up in [[-:num]] days on [[-:ticket]].")

t("ge-k8s-secret", "general", "code",
  "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-creds\nstringData:\n  password: \"[[PASSWORD]]\"\n"
  "  openai_key: \"[[API_KEY:key_openai]]\"\n# is stringData stored base64 encoded?")

t("ge-sql-dump", "general", "code",
  "INSERT INTO customers (name, email, ssn, card) VALUES ('[[PERSON#p]]', '[[EMAIL_ADDRESS:pemail#p]]', "
  "'[[US_SSN:ssn_dash]]', '[[CREDIT_CARD]]');\n-- rewrite as a parameterized query")

t("ge-py-config", "general", "code",
  "SETTINGS = {\n    \"db\": {\"host\": \"[[IP_ADDRESS:ipv4]]\", \"password\": \"[[PASSWORD]]\"},\n"
  "    \"sentry\": \"[[URL]]\",\n    \"admin_email\": \"[[EMAIL_ADDRESS]]\",\n    \"retries\": [[-:num]],\n}\n"
  "refactor this into pydantic-settings")

t("ge-bare-ssn-context", "general", "chat",
  "The form field SSN has [[US_SSN:ssn_bare]] with no dashes, will the validator accept it?")

t("ge-alumni", "general", "chat",
  "Write a short bio: [[PERSON:fml#p]] grew up at [[STREET_ADDRESS:street]], studied at State University, "
  "and now runs [[-:company]]. Contact: [[EMAIL_ADDRESS:pemail#p]].")

# ---------------------------------------------------- positives with distractors
t("mx-order-card", "finance", "support_ticket",
  "Order [[-:order]] (invoice [[-:invoice]], tracking [[-:tracking]]) was charged to [[CREDIT_CARD]]. "
  "Our test card [[-:luhn_bad16]] failed validation as expected. Refund [[-:price]] to the customer "
  "[[PERSON#p]].")

t("mx-clinic-distractors", "healthcare", "clinical_note",
  "[[-:room]]: [[PERSON#p]], MRN [[MEDICAL_RECORD_NUMBER:mrn8]]. CPT [[-:cpt]], ICD [[-:icd]]. "
  "[[-:dose]]. [[-:lab]]. Next visit [[DATE_TIME:vdate]]. Version of the order set: [[-:version]].")

t("mx-deploy-log", "general", "code",
  "[[-:logdate]] deploy [[-:shortsha]] release [[-:version]] by [[EMAIL_ADDRESS]] from [[IP_ADDRESS]]\n"
  "[[-:logdate]] request_id=[[-:uuid]] status=200 latency=[[-:num]]ms")

# ------------------------------------------------------------ extra coverage
t("fi-itin-letter", "finance", "chat",
  "The IRS letter says my ITIN [[US_ITIN]] expires at the end of the year. I'm [[PERSON#p]], what form renews it?")

t("fi-itin-tool", "finance", "tool_args",
  '{"name": "prepare_return", "arguments": {"taxpayer": "[[PERSON#p]]", "itin": "[[US_ITIN]]", '
  '"dependent_itin": "[[US_ITIN]]", "filing_status": "head_of_household", "tax_year": 2024}}')

t("ge-jwt-curl", "general", "code",
  "curl -s [[URL=https://api.example.com/v1/me]] -H 'Authorization: Bearer [[JWT]]' | jq .\n# 403, is the scope wrong?")

t("ge-jwt-json", "general", "json",
  '{"access_token": "[[JWT]]", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "[[JWT]]", '
  '"question": "why does refresh fail?"}')

t("ge-pem-yaml", "general", "code",
  "Helm values for the ingress:\n\ntls:\n  cert: cert.pem\n  key: |\n[[PRIVATE_KEY:pem]]\n\nthe pod says 'no PEM data found'.", n=3)

t("hc-portal-link", "healthcare", "email",
  "Hello [[PERSON:first#p]],\nYour lab results from [[DATE_TIME:vdate]] are ready. View them at [[URL]] "
  "or call [[PHONE_NUMBER]].\n[[-:hospital]] Patient Services")

t("fi-swift-chat", "finance", "chat",
  "My landlord abroad sent IBAN [[IBAN_CODE]] and BIC [[SWIFT_CODE]]. Does the BIC match the IBAN country?")

t("hc-mbi-tool", "healthcare", "tool_args",
  '{"name": "check_eligibility", "arguments": {"mbi": "[[US_MBI]]", "first_name": "[[PERSON:first#p]]", '
  '"last_name": "[[PERSON:last#p]]", "dob": "[[DATE_TIME:dob_iso]]", "service_type": "30"}}')

t("hc-pharmacy-json", "healthcare", "json",
  '{"rx_number": "RX[[-:num]][[-:num]]", "drug": "[[-:dose]]", "prescriber": {"name": "[[PERSON#d]]", '
  '"dea": "[[US_DEA:dea#d]]", "npi": "[[US_NPI]]"}, "patient": {"name": "[[PERSON#p]]", "dob": "[[DATE_TIME:dob_us]]"}}')

t("fi-routing-check", "finance", "chat",
  "Is [[US_ROUTING_NUMBER]] the right routing number for my credit union? My checking account number is "
  "[[US_BANK_ACCOUNT]] and the direct deposit keeps bouncing.")

t("hc-immunization", "healthcare", "clinical_note",
  "Immunization record\nName: [[PERSON#p]]\nDOB: [[DATE_TIME:dob]]\nTdap given [[DATE_TIME:vdate]], lot [[-:hex8]]; "
  "influenza (CPT [[-:cpt]]) given [[DATE_TIME:vdate]].\nFormat this as a school form.")

t("hc-home-health", "healthcare", "support_ticket",
  "Home health intake [[-:ticket]]\nPatient: [[PERSON#p]]\nAddress:\n[[*:addr_twoline]]\nPhone: [[PHONE_NUMBER]]\n"
  "Medicare MBI: [[US_MBI]]\nOrders: wound care 3x/week, [[-:dose]].")

t("ge-firewall", "general", "code",
  "iptables -A INPUT -s [[IP_ADDRESS:ipv4]] -j DROP\nip6tables -A INPUT -s [[IP_ADDRESS:ipv6]] -j DROP\n"
  "Will these rules survive a reboot on Ubuntu [[-:version]]?")

t("ge-keys-mixed", "general", "code",
  "# config/secrets.toml (please review)\n[anthropic]\napi_key = \"[[API_KEY:key_anthropic]]\"\n[google]\n"
  "maps_key = \"[[API_KEY:key_google]]\"\n[slack]\nbot_token = \"[[API_KEY:key_slack]]\"\n[github]\n"
  "token = \"[[API_KEY:key_github]]\"\n")

t("hc-insurance-ocr", "healthcare", "chat",
  "OCR of the front of my insurance card, what plan is this?\nMEMBER: [[PERSON:upper#p]]\nMEMBER ID: [[HEALTH_PLAN_ID]]\n"
  "GROUP NO: [[-:num]]77\nRxBIN 610014  RxPCN CTRXMEM\nPCP copay $25 / Specialist $50")

t("fi-card-email", "finance", "email",
  "Subject: booking deposit\n\nHi,\nPlease charge the deposit to my Visa [[CREDIT_CARD]], expiry 04/28, "
  "security code [[CARD_SECURITY_CODE]]. Name on card: [[PERSON:upper#p]].\n\n[[PERSON#p]]")

t("hc-mrn-colon", "healthcare", "chat",
  "Patient [[PERSON#p]] MRN: [[MEDICAL_RECORD_NUMBER:mrn8]] was admitted [[DATE_TIME:vdate]]; what's the usual "
  "length of stay for [[-:icd]]?")

t("ge-password-phrase", "general", "chat",
  "set up the wifi for grandma, the network is HomeNet-5G and the password is [[PASSWORD]]. write the steps in big letters.")

# ------------------------------------------------- wire-format request bodies
t("ge-openai-body", "general", "json",
  '{"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "You are a helpful HR assistant."}, '
  '{"role": "user", "content": "Write a reference letter for [[PERSON#p]], who worked here until [[-:date]]. '
  'Her personal email is [[EMAIL_ADDRESS:pemail#p]]."}], "temperature": 0.3}')

t("hc-openai-body", "healthcare", "json",
  '{"model": "gpt-4o", "messages": [{"role": "user", "content": "Patient [[PERSON#p]], DOB [[DATE_TIME:dob_us]], '
  'MRN [[MEDICAL_RECORD_NUMBER:mrn7]]: summarize the attached note."}, {"role": "assistant", "content": "Sure, please paste it."}, '
  '{"role": "user", "content": "Admitted [[DATE_TIME:vdate]] with [[-:icd]]; discharged home on [[-:dose]]."}]}')

t("fi-anthropic-tooluse", "finance", "tool_args",
  '{"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_[[-:hex8]]", "name": "verify_account", '
  '"input": {"holder": "[[PERSON#p]]", "routing": "[[US_ROUTING_NUMBER]]", "account_number": "[[US_BANK_ACCOUNT]]"}}]}')

t("ge-embeddings", "general", "json",
  '{"model": "text-embedding-3-small", "input": ["[[PERSON#p]] called about order [[-:order]]", '
  '"callback number [[PHONE_NUMBER]]", "ship to [[*:addr_full]]"]}')

t("fi-fraud-sms", "finance", "chat",
  "Is this text a scam? 'Alert: card ending [[-:last4]] used for [[-:price]]. If not you, call [[PHONE_NUMBER]] or "
  "visit [[URL]]' I never gave anyone my number.")

t("hc-hp-note", "healthcare", "clinical_note",
  "H&P\nName: [[PERSON:lastfirst#p]]  DOB: [[DATE_TIME:dob_us]]  MRN: [[MEDICAL_RECORD_NUMBER:mrn8]]\n"
  "Admit: [[DATE_TIME:vdate_us]]  PCP: [[PERSON#d]] (NPI [[US_NPI]])\n"
  "HPI: 67 y/o with [[-:icd]] and [[-:icd]] presenting with dyspnea. [[-:lab]]; [[-:lab]].\n"
  "Social: lives with daughter [[PERSON#s]] ([[PHONE_NUMBER]]) at [[*:addr_full]]. Medicare [[US_MBI]].\n"
  "Plan: diuresis, [[-:dose]], telemetry [[-:room]].\nCondense to a 3-line handoff.")

t("ge-support-transcript", "general", "support_ticket",
  "Chat transcript [[-:ticket]]\nAgent: Thanks for contacting us, can I get your name and email?\n"
  "Customer: [[PERSON#p]], [[EMAIL_ADDRESS:pemail#p]]\nAgent: And the last order number?\nCustomer: [[-:order]]\n"
  "Customer: also my new address is [[*:addr_full]]\nSummarize for the CRM.")

t("ge-perf-review", "general", "email",
  "Subject: Q3 review - [[PERSON#p]]\n\n[[PERSON:first#m]],\n\nAttaching my notes on [[PERSON#p]] before the calibration "
  "meeting. Strong quarter, shipped [[-:num]] features; needs to improve docs. Her start date was [[-:date]].\n\n"
  "- [[PERSON#w]] ([[EMAIL_ADDRESS:pemail#w]])")

# ------------------------------------------- key/value pairs outside JSON
t("hc-sql-lookup", "healthcare", "code",
  "Why is this query slow on 40M rows?\n\nSELECT e.encounter_id, e.admit_ts\nFROM encounters e JOIN patients p ON p.id = e.patient_id\n"
  "WHERE p.last_name = '[[PERSON:last#p]]' AND p.first_name = '[[PERSON:first#p]]' AND p.birth_date = '[[DATE_TIME:dob_iso]]';", 3)

t("hc-python-fixture", "healthcare", "code",
  "Fix the failing test:\n\n```python\ndef test_merge_duplicates():\n    a = Patient(given_name=\"[[PERSON:first#p]]\", family_name=\"[[PERSON:last#p]]\", "
  "mrn=\"[[MEDICAL_RECORD_NUMBER:mrn8]]\")\n    b = Patient(given_name='[[PERSON:first#p]]', family_name='[[PERSON:last#p]]', ssn='[[US_SSN:ssn_bare]]')\n"
  "    assert merge(a, b).mrn == a.mrn\n```", 3)

t("hc-yaml-fixture", "healthcare", "code",
  "Convert this test fixture to JSON:\n\npatient:\n  first_name: [[PERSON:first#p]]\n  last_name: [[PERSON:last#p]]\n"
  "  dob: [[DATE_TIME:dob_iso]]\n  phone: [[PHONE_NUMBER]]\n  city: [[-:city]]\nencounter:\n  type: outpatient\n  units: 3\n", 3)

t("ge-dotenv-leak", "general", "code",
  "Our staging container crashes on boot. Here is the env file:\n\nNODE_ENV=staging\nADMIN_EMAIL=[[EMAIL_ADDRESS:pemail#p]]\n"
  "ADMIN_NAME=[[PERSON#p]]\nSESSION_SECRET=[[PASSWORD:password]]\nPORT=8080\n", 3)

t("fi-query-string", "finance", "code",
  "This request returns 404, what's wrong with the URL?\n\nGET /v2/customers/search?first_name=[[PERSON:first#p]]&last_name=[[PERSON:last#p]]&limit=5 HTTP/1.1\n"
  "Host: api.internal", 3)

t("hc-fhir-xml", "healthcare", "hl7_fhir",
  "Validate this FHIR resource:\n\n<Patient>\n  <name>\n    <family value=\"[[PERSON:last#p]]\"/>\n"
  "    <given value=\"[[PERSON:first#p]]\"/>\n  </name>\n  <birthDate value=\"[[DATE_TIME:dob_iso]]\"/>\n</Patient>", 3)

t("fi-xml-export", "finance", "code",
  "Write an XSLT that flattens this export:\n\n<customer><firstName>[[PERSON:first#p]]</firstName><lastName>[[PERSON:last#p]]</lastName>"
  "<email>[[EMAIL_ADDRESS:pemail#p]]</email><tier>gold</tier></customer>", 3)
