"""Hard-negative templates for the held-out-9 corpus.

Each template is ``fn(g) -> str`` registered with ``@template(name, domain, fmt)``.
The texts are PII-free prompts of the kind real gateway traffic carries, chosen
because they contain look-alikes: identifier-shaped numbers that fail their
checksums, schema/field names without values, placeholders, hashes, UUIDs,
eponyms and place names that are also given names, ages under 90, log
timestamps, codes (ICD-10, CPT, NDC, CAS, FIPS), and so on.
"""

from __future__ import annotations

import base64
import hashlib
import json

from h9_values import Gen, luhn_valid

TEMPLATES: list = []


def template(name: str, domain: str, fmt: str):
    def deco(fn):
        TEMPLATES.append((name, domain, fmt, fn))
        return fn
    return deco


def isbn13(g: Gen) -> str:
    """A valid ISBN-13 (its own mod-10 weights 1/3) that is NOT Luhn-valid."""
    while True:
        body = "978" + g.digits(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        d = body + str((10 - s % 10) % 10)
        if not luhn_valid(d):
            return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:7], d[7:12], d[12])


def ean13(g: Gen) -> str:
    while True:
        body = g.pick(("400", "501", "690", "761", "871")) + g.digits(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        d = body + str((10 - s % 10) % 10)
        if not luhn_valid(d):
            return d


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# ---------------------------------------------------------------- healthcare

@template("neg_clinical_vignette", "healthcare", "chat")
def _(g: Gen):
    age = g.r.randint(19, 86)
    sex, pron = g.pick((("woman", "She"), ("man", "He")))
    a1c = g.r.randint(68, 112) / 10
    egfr = g.r.randint(22, 88)
    return ("USMLE-style question, explain each option:\n\nA %d-year-old %s with type 2 diabetes presents for "
            "follow-up. HbA1c is %.1f%%, eGFR %d mL/min/1.73m², BMI %d. %s is on metformin 1000 mg BID. "
            "Which agent is most appropriate to add?\n(A) glipizide (B) empagliflozin (C) pioglitazone "
            "(D) sitagliptin (E) insulin glargine") % (age, sex, a1c, egfr, g.r.randint(24, 41), pron)


@template("neg_icd_cpt_coding", "healthcare", "chat")
def _(g: Gen):
    em = g.pick(("99213", "99214", "99215"))
    return ("Coding question: an established patient visit for type 2 diabetes with diabetic CKD stage 3b "
            "(E11.22 + N18.32) and hypertension (I12.9). 32 minutes total time, moderate MDM. Should this be "
            "%s or %s? And can I add G2211 for the longitudinal care add-on?" % (em, "99215" if em != "99215" else "99214"))


@template("neg_drug_dosing_table", "healthcare", "markdown")
def _(g: Gen):
    wt = g.r.randint(8, 40)
    return ("Double-check this pediatric dosing table for a %d kg child (amoxicillin high-dose):\n\n"
            "| Drug | Dose | Frequency | Max/day | NDC |\n|---|---|---|---|---|\n"
            "| Amoxicillin 400 mg/5 mL | 45 mg/kg | q12h | 4000 mg | %s-%s-%s |\n"
            "| Ibuprofen 100 mg/5 mL | 10 mg/kg | q6-8h | 40 mg/kg | %s-%s-%s |\n"
            "| Acetaminophen 160 mg/5 mL | 15 mg/kg | q4-6h | 75 mg/kg | %s-%s-%s |") % (
        wt, g.digits(5), g.digits(3), g.digits(2), g.digits(5), g.digits(4), g.digits(1), g.digits(5),
        g.digits(3), g.digits(2))


@template("neg_hl7_spec_question", "healthcare", "chat")
def _(g: Gen):
    return g.pick((
        "In HL7 v2.5.1, what's the difference between PID-2, PID-3 and PID-4? Our vendor puts the MRN in PID-2 "
        "and our engine expects it in PID-3 with identifier type code MR. Also, is PV1-44 the admit date/time "
        "and PV1-45 the discharge date/time?",
        "For an ADT^A08, which segments are required vs optional? We send MSH, EVN, PID, PD1, PV1 and sometimes "
        "IN1/IN2. The receiver complains when IN1-36 (policy number) is empty. Is that a conformance issue?",
        "How should we escape a pipe character inside an OBX-5 text value in HL7 v2? Is it \\F\\ and does the "
        "MSH-2 encoding characters field change that?",
    ))


@template("neg_fhir_questionnaire", "healthcare", "fhir")
def _(g: Gen):
    items = [("dob", "Date of birth", "date"), ("ssn", "Social Security Number", "string"),
             ("mrn", "Medical record number", "string"), ("phone", "Mobile phone", "string"),
             ("email", "Email address", "string"), ("ins", "Insurance member ID", "string"),
             ("allergy", "Known drug allergies", "text")]
    chosen = g.r.sample(items, 5)
    q = {"resourceType": "Questionnaire", "status": "draft", "title": "New patient intake",
         "item": [{"linkId": k, "text": t, "type": ty, "required": g.chance(0.6)} for k, t, ty in chosen]}
    return "Is this Questionnaire valid R4? I want the SSN item to be optional and masked in the UI.\n" + json.dumps(q, indent=2)


@template("neg_eponym_diseases", "healthcare", "chat")
def _(g: Gen):
    a, b = g.r.sample(["Crohn's disease and ulcerative colitis", "Hashimoto's thyroiditis and Graves' disease",
                       "Parkinson's disease and Lewy body dementia", "Guillain-Barré syndrome and CIDP",
                       "Addison's disease and Cushing's syndrome", "Hodgkin and non-Hodgkin lymphoma",
                       "Kawasaki disease and MIS-C"], 2)
    return ("For a nursing study guide: give me a two-column comparison of %s, then of %s. "
            "Include typical age of onset, key labs, and first-line treatment." % (a, b))


@template("neg_lab_reference_ranges", "healthcare", "csv")
def _(g: Gen):
    return ("Convert these reference ranges to SI units and add a column for critical values:\n\n"
            "analyte,loinc,unit,low,high\n"
            "Glucose,2345-7,mg/dL,70,99\n"
            "Potassium,2823-3,mmol/L,3.5,5.1\n"
            "Creatinine,2160-0,mg/dL,0.%d,1.%d\n"
            "Hemoglobin,718-7,g/dL,12.0,15.5\n"
            "TSH,3016-3,mIU/L,0.4,4.%d\n") % (g.r.randint(5, 7), g.r.randint(1, 3), g.r.randint(0, 5))


@template("neg_sql_ddl_patients", "healthcare", "sql")
def _(g: Gen):
    return ("Suggest indexes and a row-level security policy for this table. Most queries filter by mrn or by "
            "(last_name, date_of_birth).\n\n"
            "CREATE TABLE patients (\n"
            "  id            BIGSERIAL PRIMARY KEY,\n"
            "  mrn           VARCHAR(%d) NOT NULL UNIQUE,\n"
            "  first_name    TEXT NOT NULL,\n"
            "  last_name     TEXT NOT NULL,\n"
            "  date_of_birth DATE NOT NULL,\n"
            "  ssn_encrypted BYTEA,\n"
            "  phone         VARCHAR(20),\n"
            "  email         CITEXT,\n"
            "  zip           CHAR(5),\n"
            "  created_at    TIMESTAMPTZ DEFAULT now()\n"
            ");") % g.pick((10, 12, 16))


# ---------------------------------------------------------------- finance

@template("neg_payment_json_schema", "finance", "json")
def _(g: Gen):
    schema = {"title": "CardPayment", "type": "object",
              "required": ["card_number", "exp_month", "exp_year", "cvc", "postal_code"],
              "properties": {"card_number": {"type": "string", "pattern": "^[0-9]{13,19}$"},
                             "exp_month": {"type": "integer", "minimum": 1, "maximum": 12},
                             "exp_year": {"type": "integer", "minimum": 2024},
                             "cvc": {"type": "string", "pattern": "^[0-9]{3,4}$"},
                             "postal_code": {"type": "string", "maxLength": 10},
                             "amount_cents": {"type": "integer", "minimum": g.pick((50, 100))}}}
    return json.dumps({"instruction": g.pick(("Generate TypeScript types and a zod validator for this schema.",
                                              "Write a pydantic v2 model equivalent to this schema.",
                                              "Which fields would you tokenize before logging requests that match this schema?",
                                              "Add an optional 3-D Secure block to this schema.")),
                       "schema": schema}, indent=2)


@template("neg_masked_statement", "finance", "chat")
def _(g: Gen):
    amt = "%d.%02d" % (g.r.randint(9, 400), g.r.randint(0, 99))
    return ("There's a $%s charge on my card ending in %s from \"SQ *BLUE HERON CAFE\" that I don't recognize. "
            "My statement only shows the last four digits and a reference like %s. How do I find out what it was "
            "before I dispute it?" % (amt, g.digits(4), g.nonluhn_digits(16, "7")))


@template("neg_iban_explainer", "finance", "chat")
def _(g: Gen):
    c = g.pick((("German", "DE", 22, "8-digit Bankleitzahl and a 10-digit account number"),
                ("Dutch", "NL", 18, "4-letter bank code and a 10-digit account number"),
                ("French", "FR", 27, "5-digit bank code, 5-digit branch code, 11-character account and 2-digit RIB key")))
    return ("How is a %s IBAN structured? I know it starts with %s, then two check digits, then the BBAN, "
            "%d characters in total — the BBAN is a %s. Walk me through the mod-97 check step by step "
            "with a made-up example, and explain how the BIC relates to it." % c)


@template("neg_mt103_field_guide", "finance", "free_text")
def _(g: Gen):
    return ("Write a one-page cheat sheet for %s on MT103 fields: :20: sender's reference, "
            ":23B: bank operation code, :32A: value date/currency/amount, :50K: ordering customer, :52A: ordering "
            "institution, :57A: account with institution, :59: beneficiary, :70: remittance info, :71A: charges "
            "(OUR/SHA/BEN). Mention the ISO 20022 pacs.008 equivalents and keep it under %d words." % (
                g.pick(("new payment ops staff", "our treasury interns", "the support team", "auditors")),
                g.pick((300, 400, 500))))


@template("neg_invoice_reconciliation", "finance", "csv")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(4, 6)):
        rows.append("INV-%s,2024-0%d-%02d,%d.%02d,%s,%s" % (
            g.digits(6), g.r.randint(1, 5), g.r.randint(1, 28), g.r.randint(100, 9000), g.r.randint(0, 99),
            g.pick(("paid", "open", "partial", "void")), g.pick(("NET30", "NET45", "DUE_ON_RECEIPT"))))
    return ("Reconcile these invoices against the bank feed totals of $%s and tell me which ones are probably "
            "duplicates:\n\ninvoice_no,invoice_date,amount,status,terms\n%s" % (
                "{:,}".format(g.r.randint(8000, 40000)), "\n".join(rows)))


@template("neg_earnings_ratios", "finance", "chat")
def _(g: Gen):
    rev = g.r.randint(1200, 9800)
    eps = g.r.randint(80, 650)
    return ("Q%d revenue was $%s million, up %d%% YoY; operating margin %d.%d%%; diluted EPS $%d.%02d vs consensus "
            "$%d.%02d; share count 1,%03d,%03d,%03d. Compute the trailing P/E at a $%d share price and comment on "
            "whether the beat was driven by margin or volume." % (
                g.r.randint(1, 4), "{:,}".format(rev), g.r.randint(2, 30), g.r.randint(8, 35), g.r.randint(0, 9),
                eps // 100, eps % 100, (eps - 7) // 100, (eps - 7) % 100, g.r.randint(0, 999),
                g.r.randint(0, 999), g.r.randint(0, 999), g.r.randint(20, 400)))


@template("neg_routing_number_question", "finance", "chat")
def _(g: Gen):
    return g.pick((
        "Why does an ABA routing number have exactly nine digits, and what do the first four (the Federal "
        "Reserve routing symbol) mean? Explain the 3-7-1 weighted checksum and why a typo in one digit is "
        "always caught but a swap of two digits sometimes isn't.",
        "Our ACH upload fails validation with 'invalid RDFI routing number' on %d of %d entries. Without "
        "looking at the actual values, what are the usual causes — leading zeros dropped by Excel, check digit, "
        "or the wrong field in the NACHA entry detail record?" % (g.r.randint(2, 40), g.r.randint(200, 3000)),
        "Explain the NACHA file layout: file header (1), batch header (5), entry detail (6), addenda (7), "
        "batch control (8), file control (9). Which record carries the receiver's account number and how long "
        "is each record? Answer for a %s." % g.pick(("new developer", "finance analyst", "QA tester")),
    ))


# ---------------------------------------------------------------- insurance

@template("neg_insurance_terms_es", "insurance", "free_text")
def _(g: Gen):
    ded = g.pick((500, 1000, 1500, 2500))
    return ("Explícame con un ejemplo sencillo la diferencia entre deducible, copago y coaseguro. Mi plan tiene "
            "un deducible de $%d, copago de $%d para consultas y coaseguro del %d%% después del deducible. "
            "Si una resonancia cuesta $1.800, ¿cuánto pago yo?" % (ded, g.pick((20, 25, 40)), g.pick((10, 20, 30))))


@template("neg_pharmacy_benefit_codes", "insurance", "chat")
def _(g: Gen):
    return ("What do BIN, PCN and Group mean on a pharmacy benefit card? Our test card says BIN %s, PCN %s, "
            "Group RX%s and the claim is rejecting with NCPDP reject code 65 (patient not covered). Which of "
            "these usually causes that?" % (g.digits(6), g.pick(("ADV", "9999", "MEDDPRIME", "CN")), g.digits(4)))


@template("neg_claims_kpis", "insurance", "markdown")
def _(g: Gen):
    rows = "\n".join("| %s | %d | %d.%d%% | %d |" % (m, g.r.randint(800, 4000), g.r.randint(2, 14), g.r.randint(0, 9),
                                                     g.r.randint(5, 40)) for m in ("Jan", "Feb", "Mar", "Apr", "May"))
    return ("Write a short narrative for the board on this claims dashboard; point out the trend in denials.\n\n"
            "| Month | Claims received | Denial rate | Avg days to pay |\n|---|---|---|---|\n" + rows)


# ---------------------------------------------------------------- HR / legal

@template("neg_pto_policy", "hr", "free_text")
def _(g: Gen):
    return ("Rewrite this PTO policy to be clearer: New employees complete a %d-day introductory period before "
            "PTO accrues. Full-time staff accrue %d.%02d hours per biweekly pay period (%d days/year), rising to "
            "%d days after 5 years. Carryover is capped at %d hours. Unused PTO is paid out at separation where "
            "state law requires." % (g.pick((60, 90)), g.r.randint(3, 6), g.r.randint(0, 99),
                                     g.pick((15, 18, 20)), g.pick((22, 25)), g.pick((40, 80, 120))))


@template("neg_job_posting", "hr", "markdown")
def _(g: Gen):
    lo = g.r.randint(90, 150)
    return ("Make this job post more inclusive:\n\n## Senior Data Engineer (Remote, US)\n**Salary:** $%d,000–$%d,000 "
            "+ equity\n**Requirements:** 5+ years Python/SQL, Spark, Airflow; HIPAA experience a plus.\n**Benefits:** "
            "401(k) with %d%% match, 20 days PTO, $%d learning stipend.\n**Location:** anywhere in the Eastern or "
            "Central time zones." % (lo, lo + g.r.randint(20, 60), g.pick((4, 5, 6)), g.pick((1000, 1500, 2000))))


@template("neg_contract_placeholders", "legal", "free_text")
def _(g: Gen):
    return g.pick((
        "Fill-in guide for paralegals — explain what goes in each blank:\n\nThis Services Agreement is entered "
        "into as of [EFFECTIVE DATE] between [CLIENT LEGAL NAME], a [STATE] [ENTITY TYPE] with its principal "
        "office at [ADDRESS] (\"Client\"), and [VENDOR NAME] (\"Vendor\"). Notices shall be sent to [NOTICE "
        "EMAIL]. Client's Tax ID: [EIN].",
        "Summarize the key risks in this indemnification clause for a non-lawyer: \"Vendor shall defend, "
        "indemnify and hold harmless Client from any third-party claim arising from Vendor's breach of its "
        "data-protection obligations, subject to the limitation of liability in Section %d.\"" % g.r.randint(8, 14),
        "Is this clause enforceable in California? \"Employee agrees not to solicit any customer of the Company "
        "for a period of 24 months following the Separation Date, within a 50-mile radius of any Company office.\"",
    ))


@template("neg_bankruptcy_statutes", "legal", "chat")
def _(g: Gen):
    return ("Explain the difference between Chapter 7 and Chapter 13 for a consumer with $%s in unsecured debt. "
            "Cite 11 U.S.C. § 707(b) (means test) and § 1322, and explain the %d-day credit counseling "
            "requirement in § 109(h)." % ("{:,}".format(g.r.randint(20, 120) * 1000), 180))


@template("neg_court_docket_format", "legal", "chat")
def _(g: Gen):
    return ("Our document system stores docket numbers like %d:%02d-cv-%05d-%s and older ones as %02d-%d. Write a "
            "regex that normalizes both to the CM/ECF format, and tell me whether the judge initials suffix is "
            "part of the official number." % (g.r.randint(1, 4), g.r.randint(18, 24), g.r.randint(100, 99999),
                                             g.pick(("JLR", "ABJ", "MKV")), g.r.randint(90, 99), g.r.randint(1000, 9999)))


# ---------------------------------------------------------------- support / retail / telecom

@template("neg_support_macro", "support", "chat")
def _(g: Gen):
    return ("Rewrite this support macro so it sounds warmer and shorter:\n\n\"Hi {{ticket.requester.first_name}}, "
            "thanks for contacting us about order {{ticket.order_id}}. We have issued a refund of "
            "{{refund.amount}} to your original payment method; allow %d-%d business days. Reference: "
            "{{ticket.id}}.\"" % (g.pick((3, 5)), g.pick((7, 10))))


@template("neg_support_sla_metrics", "support", "markdown")
def _(g: Gen):
    rows = "\n".join("| %s | %d | %d min | %d%% |" % (q, g.r.randint(200, 3000), g.r.randint(2, 90), g.r.randint(78, 97))
                     for q in ("Billing", "Technical", "Returns", "Account access"))
    return ("Which queue is missing SLA? Target first response is 30 minutes, CSAT target 90%.\n\n"
            "| Queue | Tickets | Median first response | CSAT |\n|---|---|---|---|\n" + rows)


@template("neg_order_tracking", "retail", "chat")
def _(g: Gen):
    o = g.nonluhn_digits(17, "1")
    return ("My order %s-%s-%s still says 'label created' and the UPS tracking 1Z%s%s hasn't updated "
            "in 4 days. The item was a %s. Is it lost? What should I say to the seller?" % (
                o[:3], o[3:10], o[10:], g.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 5) + g.pick("ABCDEFGHJKXY"),
                g.digits(10), g.pick(("blender", "pair of boots", "monitor arm", "car seat"))))


@template("neg_product_catalog_csv", "retail", "csv")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(4, 6)):
        rows.append("%s,%s,%s,%d.%02d,%d" % (
            g.pick(("HB", "KT", "OD", "GR")) + "-" + g.digits(4) + "-" + g.pick(("BLK", "WHT", "OLV", "S", "M")),
            ean13(g), g.pick(("Trail mug 12oz", "Wool beanie", "Chef knife 8in", "Camp stove", "Yoga mat")),
            g.r.randint(5, 180), g.r.randint(0, 99), g.r.randint(0, 500)))
    return ("Find duplicate EANs and products with zero stock, then suggest reorder quantities:\n\n"
            "sku,ean13,title,price,stock\n" + "\n".join(rows))


@template("neg_return_policy", "retail", "free_text")
def _(g: Gen):
    return ("Summarize our return policy for the chatbot knowledge base in five bullets: Items may be returned "
            "within %d days of delivery. Final-sale items (marked FS) can't be returned. Orders over $%d ship free; "
            "return shipping is $%d.95 unless the item is defective. Refunds post within %d business days." % (
                g.pick((30, 60, 90)), g.pick((49, 75, 99)), g.pick((5, 6, 7)), g.pick((5, 7, 10))))


@template("neg_telecom_imei_howto", "telecom", "chat")
def _(g: Gen):
    return ("How do I find my phone's IMEI to check if it's unlocked? I read you can dial *#06# or look in "
            "Settings > General > About. Does a dual-SIM phone have two IMEIs, and is the EID for eSIM the same "
            "thing? Our plan is %d GB for $%d/month." % (g.pick((15, 30, 50)), g.pick((35, 45, 60))))


@template("neg_telecom_outage_log", "telecom", "log")
def _(g: Gen):
    lines = []
    day = g.r.randint(1, 12)
    for i in range(g.r.randint(4, 6)):
        lines.append("2024-06-%02dT%02d:%02d:%02dZ cell_site=%s-%04d sector=%d prb_util=%d%% rrc_fail=%d" % (
            day, 2 * i + g.r.randint(0, 1), g.r.randint(0, 59), g.r.randint(0, 59),
            g.pick(("DAL", "ATL", "SEA", "PHX")), g.r.randint(1, 9999), g.r.randint(1, 3), g.r.randint(20, 99),
            g.r.randint(0, 300)))
    return "Is this a capacity problem or a hardware fault?\n\n" + "\n".join(lines)


# ---------------------------------------------------------------- engineering

@template("neg_ssn_regex_code", "engineering", "code")
def _(g: Gen):
    return g.pick((
        "Review this validator — does it reject area 000, 666 and 900-999 correctly?\n\n```python\nimport re\n"
        "SSN_RE = re.compile(r\"^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$\")\n\ndef is_ssn(s: str) -> bool:\n"
        "    return bool(SSN_RE.match(s.strip()))\n```",
        "Write a JavaScript function that masks everything but the last four digits of a card number typed into "
        "an input, keeping the spaces the user typed. Input and output should look like `#### #### #### 1234`.",
        "Implement the Luhn check in Go without converting the string to an int. Include table tests with one "
        "valid and one invalid 16-digit value — just use obviously fake ones.",
    ))


@template("neg_git_log", "engineering", "log")
def _(g: Gen):
    lines = []
    for msg in g.r.sample(["fix(auth): refresh token before expiry", "chore(deps): bump orjson to 3.10.5",
                           "feat(redact): add ITIN recognizer", "docs: clarify retention settings",
                           "test: flaky websocket reconnect", "perf: cache compiled regexes",
                           "Merge pull request #%d from feature/streaming" % g.r.randint(100, 4999)], 5):
        lines.append("%s %s" % (g.hex_id(40), msg))
    return "Write release notes for v%d.%d.0 from this git log --oneline (full hashes):\n\n%s" % (
        g.r.randint(1, 3), g.r.randint(0, 20), "\n".join(lines))


@template("neg_docker_digest", "engineering", "chat")
def _(g: Gen):
    h = sha("image-%s" % g.digits(6))
    return ("Our deploy pins the image by digest: registry.internal/platform/gateway@sha256:%s — but the pod "
            "still runs the old build. Does imagePullPolicy matter when a digest is used? The tag was 2.%d.%d." % (
                h, g.r.randint(0, 19), g.r.randint(0, 9)))


@template("neg_k8s_secret_refs", "engineering", "yaml")
def _(g: Gen):
    return ("Why does this pod go into CreateContainerConfigError?\n\napiVersion: apps/v1\nkind: Deployment\n"
            "metadata:\n  name: claims-worker\nspec:\n  replicas: %d\n  template:\n    spec:\n      containers:\n"
            "        - name: worker\n          image: claims-worker:1.%d.%d\n          env:\n"
            "            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n"
            "                  name: claims-db\n                  key: password\n"
            "            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef:\n"
            "                  name: llm-keys\n                  key: openai\n"
            "          resources:\n            limits: { cpu: \"%dm\", memory: \"%dMi\" }") % (
        g.r.randint(1, 6), g.r.randint(0, 30), g.r.randint(0, 9), g.pick((250, 500, 1000)), g.pick((256, 512, 1024)))


@template("neg_env_placeholders", "engineering", "env")
def _(g: Gen):
    return ("Here's our .env.example for the README. Is it clear which values people must fill in?\n\n"
            "OPENAI_API_KEY=<your-openai-key>\nANTHROPIC_API_KEY=<your-anthropic-key>\n"
            "DATABASE_URL=${DATABASE_URL}\nDB_PASSWORD=\nJWT_SIGNING_SECRET=  # generate with: openssl rand -hex 32\n"
            "SESSION_TTL_SECONDS=%d\nMAX_UPLOAD_MB=%d\nLOG_LEVEL=info" % (g.pick((1800, 3600, 86400)), g.pick((10, 25, 50))))


@template("neg_trace_log_uuids", "engineering", "log")
def _(g: Gen):
    lines = []
    for _ in range(g.r.randint(3, 5)):
        lines.append('{"ts":"2024-06-%02dT%02d:%02d:%02d.%03dZ","level":"%s","request_id":"%s","trace_id":"%s",'
                     '"span_id":"%s","route":"/v1/%s","status":%d,"latency_ms":%d}' % (
                         g.r.randint(1, 13), g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59),
                         g.r.randint(0, 999), g.pick(("info", "warn", "error")), g.uuid(), g.hex_id(32), g.hex_id(16),
                         g.pick(("chat/completions", "embeddings", "messages")), g.pick((200, 200, 429, 500, 504)),
                         g.r.randint(40, 30000)))
    return "Which of these requests hit the upstream timeout? Explain the pattern.\n\n" + "\n".join(lines)


@template("neg_epoch_conversion", "engineering", "chat")
def _(g: Gen):
    ms = g.nonluhn_digits(13, "17")
    return ("new Date(%s) shows a different day in Safari than in our Python service, which does "
            "datetime.fromtimestamp(%s / 1000). Which one is wrong and how do I make both use UTC?" % (ms, ms))


@template("neg_sha256_compare", "engineering", "chat")
def _(g: Gen):
    f = g.pick(("gateway-2.%d.%d-linux-amd64.tar.gz", "model-weights-v%d.%d.safetensors", "installer-%d.%d.pkg"))
    f = f % (g.r.randint(0, 9), g.r.randint(0, 9))
    a = sha(f)
    b = a if g.chance(0.5) else sha(f + "x")
    return "Do these two SHA-256 checksums for %s match? Published: %s  Downloaded: %s" % (f, a, b)


@template("neg_base64_config", "engineering", "chat")
def _(g: Gen):
    cfg = {"theme": g.pick(("dark", "light")), "fontSize": g.r.randint(11, 18), "autosave": True,
           "language": g.pick(("en-US", "de-DE", "pt-BR"))}
    blob = base64.b64encode(json.dumps(cfg, separators=(",", ":")).encode()).decode()
    return "This value is stored in localStorage under 'prefs'. Decode it and tell me what settings it holds: %s" % blob


@template("neg_error_codes", "engineering", "chat")
def _(g: Gen):
    return g.pick((
        "Windows Update fails with 0x80070005 and the event log shows HRESULT -2147024891 on build 22631.%d. "
        "Is that an ACL problem?" % g.r.randint(1000, 3999),
        "Our gRPC client gets StatusCode.UNAVAILABLE (14) roughly every %d requests, and the Envoy sidecar "
        "logs upstream_reset_before_response_started{connection_termination}. Where do I start?" % g.r.randint(200, 5000),
        "Postgres error 23505 on insert, SQLSTATE 40P01 on the retry. What's the difference and how do I "
        "handle deadlocks in a retry loop?",
    ))


@template("neg_llm_request_body", "engineering", "json")
def _(g: Gen):
    body = {"model": g.pick(("gpt-4o-mini", "claude-3-5-haiku-latest", "llama-3.1-70b-instruct")),
            "temperature": g.pick((0, 0.2, 0.7)), "max_tokens": g.pick((256, 1024, 4096)),
            "seed": int(g.digits(9)) or 7,
            "messages": [{"role": "system", "content": "You are a terse SQL assistant."},
                         {"role": "user", "content": g.pick((
                             "Rewrite SELECT * FROM orders WHERE created_at > now() - interval '30 days' to use the index on created_at.",
                             "Explain what a covering index is, with a Postgres example.",
                             "Why would COUNT(DISTINCT user_id) be slow on a 200M row table?"))}]}
    return json.dumps(body, indent=2)


@template("neg_ci_pipeline_yaml", "engineering", "yaml")
def _(g: Gen):
    return ("Why does this job not see the secret on pull requests from forks?\n\nname: publish\non: [push, pull_request]\n"
            "jobs:\n  release:\n    runs-on: ubuntu-%d.04\n    steps:\n      - uses: actions/checkout@v4\n"
            "      - uses: actions/setup-node@v4\n        with: { node-version: %d }\n"
            "      - run: npm ci && npm test\n      - run: npm publish\n        env:\n"
            "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}" % (g.pick((22, 24)), g.pick((18, 20, 22))))


@template("neg_sql_age_buckets", "engineering", "sql")
def _(g: Gen):
    return ("Optimize this report query; it scans the whole encounters table.\n\n"
            "SELECT CASE WHEN age_years < 18 THEN '0-17'\n            WHEN age_years < 65 THEN '18-64'\n"
            "            WHEN age_years < 90 THEN '65-89'\n            ELSE '90+' END AS age_band,\n"
            "       COUNT(*) AS visits\n  FROM encounters\n WHERE visit_date >= DATE '2024-0%d-01'\n"
            " GROUP BY 1\n ORDER BY 1;" % g.r.randint(1, 5))


@template("neg_network_cidr_question", "engineering", "chat")
def _(g: Gen):
    return ("How many usable hosts are in a /%d, and how would you split a /16 into subnets for %d availability "
            "zones with room to grow? Explain without using real addresses, just the prefix math." % (
                g.pick((22, 23, 26, 27)), g.pick((3, 4, 6))))


# ---------------------------------------------------------------- education

@template("neg_isbn_checks", "education", "chat")
def _(g: Gen):
    isbns = [isbn13(g) for _ in range(3)]
    return ("Our library import rejected some records. Which of these ISBN-13s have a correct check digit? "
            "%s, %s, %s. Show the weighted-sum calculation for the first one." % tuple(isbns))


@template("neg_grading_rubric", "education", "markdown")
def _(g: Gen):
    return ("Turn this rubric into student-facing language:\n\n| Criterion | Excellent (%d-100) | Proficient (80-%d) | "
            "Developing (<80) |\n|---|---|---|---|\n| Thesis | clear, arguable | present | missing |\n"
            "| Evidence | 3+ sources, cited | 2 sources | uncited |\n| Mechanics | ≤2 errors | ≤5 errors | "
            "frequent errors |\n\nClass average last term was %d.%d." % (
                g.pick((90, 92, 94)), g.pick((89, 91, 93)), g.r.randint(71, 93), g.r.randint(0, 9)))


@template("neg_algorithms_eponyms", "education", "chat")
def _(g: Gen):
    a, b = g.r.sample(["Dijkstra's algorithm and Bellman-Ford", "Kruskal's and Prim's algorithms",
                       "the Fourier and Laplace transforms", "Bayes' theorem and the law of total probability",
                       "Euler's method and Runge-Kutta", "Huffman coding and Lempel-Ziv"], 2)
    return "Explain the difference between %s, then between %s, with a small worked example for each." % (a, b)


@template("neg_luhn_lesson", "education", "chat")
def _(g: Gen):
    return ("I'm teaching check digits to 9th graders. Explain the Luhn algorithm step by step using the classic "
            "textbook payload 7992739871 (we compute the 11th, check digit, together), then show why doubling every second digit "
            "catches single-digit typos. Keep it under %d words." % g.pick((250, 300, 400)))


# ---------------------------------------------------------------- travel

@template("neg_itinerary_places", "travel", "chat")
def _(g: Gen):
    a = g.pick(("Jordan", "Georgia (the country)", "Victoria, BC", "Florence", "Charlotte", "Austin", "Lourdes",
                "Santiago", "Sydney", "Chelsea in London"))
    b = g.pick(("Petra", "Tbilisi", "Lisbon", "Savannah", "Adelaide", "Madison", "Valencia"))
    return ("Plan a 5-day trip: 3 days in %s and 2 in %s in late October. Budget around $%d excluding flights. "
            "I'd like one food tour and one day hike under 15 km." % (a, b, g.r.randint(8, 25) * 100))


@template("neg_flight_ops_csv", "travel", "csv")
def _(g: Gen):
    rows = []
    for _ in range(g.r.randint(4, 6)):
        rows.append("%s%d,%s,%s,%02d:%02d,%d,%s" % (
            g.pick(("UA", "DL", "AA", "LH", "BA", "AF")), g.r.randint(10, 2999), g.pick(("ORD", "ATL", "DEN", "FRA")),
            g.pick(("LHR", "CDG", "SFO", "JFK", "MUC")), g.r.randint(5, 23), g.pick((0, 15, 30, 45)),
            g.r.randint(0, 180), g.pick(("B12", "C7", "A3", "Z44", "E19"))))
    return ("Which flights are likely to cause misconnects at the hub (delay > 45 min)?\n\n"
            "flight,origin,dest,sched_dep,delay_min,gate\n" + "\n".join(rows))


@template("neg_weather_api_response", "travel", "json")
def _(g: Gen):
    city = g.pick((("Reykjavik", 64.1466, -21.9426), ("Lisbon", 38.7223, -9.1393), ("Kyoto", 35.0116, 135.7681),
                   ("Cusco", -13.5320, -71.9675)))
    daily = []
    for d in range(20, 24):
        lo = g.r.randint(-2, 14)
        daily.append({"date": "2024-10-%02d" % d, "t_min": lo, "t_max": lo + g.r.randint(3, 11),
                      "precip_mm": round(g.r.random() * 12, 1)})
    body = {"question": g.pick(("Should I pack rain gear?", "Which day is best for a long walk?",
                                "Summarize this forecast in one sentence.")),
            "tool_result": {"location": {"name": city[0], "lat": city[1], "lon": city[2]}, "daily": daily}}
    return json.dumps(body)


# ---------------------------------------------------------------- public sector

@template("neg_census_fips_csv", "public_sector", "csv")
def _(g: Gen):
    rows = []
    for name in g.r.sample(["Adams", "Franklin", "Jefferson", "Madison", "Washington", "Lincoln", "Clay"], 4):
        rows.append("%s County,%s,%d,%d" % (name, g.pick(("17", "39", "55", "19", "08")) + g.digits(3),
                                            g.r.randint(4000, 900000), g.r.randint(38000, 120000)))
    return ("Rank these counties by median household income and flag any with population under 10,000:\n\n"
            "county,fips,population,median_household_income\n" + "\n".join(rows))


@template("neg_council_notice", "public_sector", "free_text")
def _(g: Gen):
    return ("Summarize for the city newsletter: The City Council will hold a public hearing on Ordinance "
            "2024-%03d regarding rezoning of parcels %02d-%02d-%03d-%03d and %02d-%02d-%03d-%03d from R-1 to MU-2. "
            "Written comments are accepted through the end of the month. The staff report is available at the "
            "City Clerk's office, Room %d." % (
                g.r.randint(1, 250), g.r.randint(10, 40), g.r.randint(10, 40), g.r.randint(100, 499), g.r.randint(1, 99),
                g.r.randint(10, 40), g.r.randint(10, 40), g.r.randint(100, 499), g.r.randint(1, 99), g.r.randint(100, 350)))


@template("neg_grant_budget", "public_sector", "markdown")
def _(g: Gen):
    return ("Check the arithmetic in this grant budget:\n\n| Line | Year 1 | Year 2 | Total |\n|---|---|---|---|\n"
            "| Personnel | $%s | $%s | $%s |\n| Fringe (%d%%) | $%s | $%s | $%s |\n| Travel | $%s | $%s | $%s |\n\n"
            "CFDA %d.%03d, award period 36 months." % tuple(
                ["{:,}".format(g.r.randint(10, 300) * 1000) for _ in range(3)] + [g.pick((28, 31, 33))]
                + ["{:,}".format(g.r.randint(5, 90) * 1000) for _ in range(3)]
                + ["{:,}".format(g.r.randint(1, 20) * 1000) for _ in range(3)]
                + [g.r.randint(10, 97), g.r.randint(1, 999)]))


# ---------------------------------------------------------------- real estate / misc

@template("neg_listing_description", "real_estate", "free_text")
def _(g: Gen):
    return ("Write an MLS description under 120 words: %d bed, %d bath, %s sq ft craftsman built in 19%02d, "
            "detached garage, new roof %d, HOA $%d/month, walking distance to the farmers market and the "
            "light-rail stop. MLS# %s." % (g.r.randint(2, 5), g.r.randint(1, 4), "{:,}".format(g.r.randint(900, 3800)),
                                           g.r.randint(10, 60), g.r.randint(2018, 2023), g.r.randint(0, 450),
                                           g.digits(8)))


@template("neg_german_excel_question", "support", "free_text")
def _(g: Gen):
    return ("Wie kann ich in Excel eine Spalte mit Datumswerten im Format TT.MM.JJJJ richtig sortieren? Die "
            "Werte wurden aus einer CSV importiert und werden als Text erkannt. Ich habe ungefähr %s Zeilen." %
            "{:,}".format(g.r.randint(2, 90) * 1000).replace(",", "."))


@template("neg_chemistry_cas", "education", "chat")
def _(g: Gen):
    chems = g.r.sample([("ethanol", "64-17-5"), ("water", "7732-18-5"), ("acetone", "67-64-1"),
                        ("sodium chloride", "7647-14-5"), ("caffeine", "58-08-2"), ("glucose", "50-99-7")], 3)
    return ("Build a safety-data table for the lab: %s. Include molar mass, flash point and the GHS pictograms." %
            ", ".join("%s (CAS %s)" % c for c in chems))


@template("neg_stats_homework", "education", "chat")
def _(g: Gen):
    n = g.r.randint(40, 400)
    return ("Stats homework: a sample of %d adults aged 65-89 had a mean systolic BP of %d mmHg (SD %d). Build a "
            "95%% confidence interval and interpret it. Then tell me if n is large enough to use the z "
            "distribution." % (n, g.r.randint(118, 150), g.r.randint(9, 22)))


# ---------------------------------------------------------------- more formats

@template("neg_email_office_move", "hr", "email")
def _(g: Gen):
    return ("Make this announcement friendlier and shorter:\n\nFrom: Facilities Team\nTo: All Staff — %s office\n"
            "Subject: Floor %d move this weekend\n\nHi all,\nOn Saturday the %s team moves from floor %d to floor %d. "
            "Please pack your desk in the blue crates by 3 pm Friday and label them with your new desk number "
            "(e.g. %d-%s%02d). Badge access to the new floor starts Monday at 7:00. Parking level P%d is closed "
            "for the weekend.\n\nThanks,\nFacilities" % (
                g.pick(("Denver", "Austin", "Raleigh", "Columbus")), g.r.randint(2, 9),
                g.pick(("Finance", "Claims", "Platform", "Customer Success")), g.r.randint(2, 5), g.r.randint(6, 12),
                g.r.randint(6, 12), g.pick("ABCD"), g.r.randint(1, 40), g.r.randint(1, 3)))


@template("neg_email_vendor_quote", "retail", "email")
def _(g: Gen):
    lines = "\n".join("- %s x %d @ $%d.%02d" % (g.pick(("Ergonomic chair, mesh", "27in monitor", "USB-C dock",
                                                         "Standing desk frame", "Headset, ANC")),
                                                 g.r.randint(5, 80), g.r.randint(40, 700), g.r.randint(0, 99))
                      for _ in range(3))
    return ("Compare this quote against last year's pricing and draft a counter-offer:\n\nSubject: Quote Q-%s "
            "(valid %d days)\n\n%s\nShipping: FOB destination, net %d. PO required before order entry." % (
                g.digits(5), g.pick((30, 45, 60)), lines, g.pick((30, 45))))


@template("neg_blank_intake_form", "healthcare", "form")
def _(g: Gen):
    return g.pick((
        "Convert this paper intake form into an accessible web form (labels, input types, validation):\n\n"
        "Patient name: ______________________   Date of birth: __/__/____\n"
        "Social Security No.: ___-__-____      Phone: (___) ___-____\n"
        "Insurance member ID: ______________   Group #: ________\n"
        "Emergency contact: _________________  Relationship: ________\n"
        "Allergies: [ ] none  [ ] penicillin  [ ] latex  [ ] other: ________",
        "Which of these intake fields are required under HIPAA and which can we drop to minimize data?\n\n"
        "1. Full legal name\n2. Preferred name\n3. Date of birth\n4. SSN (optional)\n5. Home address\n"
        "6. Email\n7. Mobile phone\n8. Employer\n9. Insurance member ID and group number\n10. Pharmacy",
        "Translate the field labels of our intake form into Spanish, keeping them short: Patient name / Date of "
        "birth / Sex assigned at birth / Preferred language / Primary care provider / Insurance carrier / "
        "Member ID / Reason for visit / Current medications / Signature / Date",
    ))


@template("neg_tool_call_forecast", "travel", "tool_call")
def _(g: Gen):
    args = {"city": g.pick(("Denver", "Lisbon", "Kyoto", "Reykjavik", "Cusco", "Savannah")),
            "days": g.r.randint(2, 10), "units": g.pick(("metric", "imperial"))}
    return json.dumps({"role": "assistant", "tool_calls": [{"id": "call_" + g.chars("abcdefghijklmnopqrstuvwxyz", 8),
                                                            "type": "function", "function": {
                                                                "name": "get_forecast", "arguments": json.dumps(args)}}]})


@template("neg_tool_call_sql", "engineering", "tool_call")
def _(g: Gen):
    q = g.pick((
        "SELECT date_trunc('week', created_at) AS wk, count(*) FROM tickets WHERE status = 'closed' GROUP BY 1 ORDER BY 1",
        "SELECT plan, avg(seats) FROM subscriptions WHERE renewed_at >= now() - interval '90 days' GROUP BY plan",
        "SELECT region, sum(amount_cents)/100.0 AS revenue FROM invoices WHERE issued_on BETWEEN '2024-04-01' AND '2024-06-30' GROUP BY region",
    ))
    return json.dumps({"type": "tool_use", "id": "toolu_" + g.chars("abcdefghijklmnopqrstuvwxyz", 10),
                       "name": "run_readonly_sql", "input": {"query": q, "timeout_s": g.pick((10, 30, 60)),
                                                             "warehouse": g.pick(("analytics", "reporting"))}})


@template("neg_earnings_call_transcript", "finance", "transcript")
def _(g: Gen):
    return ("Pull out forward-looking statements from this earnings call excerpt:\n\n"
            "Operator: Our next question comes from the line at a large bank. Please go ahead.\n"
            "Analyst: Thanks. Can you unpack the gross margin guide of %d to %d percent for Q%d?\n"
            "CFO: Sure. About %d basis points is freight normalization, and the rest is mix. We expect opex to "
            "stay roughly flat sequentially at $%d million.\n"
            "CEO: And on capital return, the board authorized an additional $%d million buyback." % (
                g.r.randint(38, 44), g.r.randint(45, 48), g.r.randint(1, 4), g.pick((50, 80, 120)),
                g.r.randint(150, 900), g.pick((250, 500, 750))))


@template("neg_standup_transcript", "engineering", "transcript")
def _(g: Gen):
    return ("Summarize blockers from this standup transcript:\n\n[09:30] PM: Quick round, please.\n"
            "[09:31] Backend: Finished the retry middleware; p95 on /v1/messages dropped from %d ms to %d ms. "
            "Blocked on the staging DB migration.\n[09:32] Frontend: Still fighting the Safari date-picker bug.\n"
            "[09:33] SRE: Rotated the staging certs; the alert threshold moved to %d%% CPU.\n[09:34] PM: Thanks." % (
                g.r.randint(900, 3000), g.r.randint(200, 800), g.pick((70, 80, 85))))


@template("neg_log4j_xml", "engineering", "xml")
def _(g: Gen):
    return ("Why are DEBUG lines still showing up in production with this config?\n\n"
            "<Configuration status=\"WARN\" monitorInterval=\"%d\">\n  <Appenders>\n"
            "    <RollingFile name=\"app\" fileName=\"logs/app.log\" filePattern=\"logs/app-%%d{yyyy-MM-dd}-%%i.log.gz\">\n"
            "      <PatternLayout pattern=\"%%d{ISO8601} %%-5p [%%t] %%c{1} - %%m%%n\"/>\n"
            "      <Policies><SizeBasedTriggeringPolicy size=\"%d MB\"/></Policies>\n    </RollingFile>\n  </Appenders>\n"
            "  <Loggers>\n    <Logger name=\"com.acme.billing\" level=\"debug\" additivity=\"false\"/>\n"
            "    <Root level=\"%s\"><AppenderRef ref=\"app\"/></Root>\n  </Loggers>\n</Configuration>" % (
                g.pick((30, 60, 300)), g.pick((50, 100, 250)), g.pick(("info", "warn"))))


@template("neg_hl7_ack", "healthcare", "hl7")
def _(g: Gen):
    ctl = g.digits(8)
    err = g.pick((("AE", "101", "Required field missing", "PID^1^3"),
                  ("AR", "207", "Application internal error", "MSH^1^9"),
                  ("AE", "102", "Data type error", "OBX^1^5")))
    return ("Our lab interface got this ACK back. What does it mean and what should we fix?\n\n"
            "MSH|^~\\&|EHR|MAINHOSP|LIS|MAINHOSP|202406%02d%02d%02d%02d||ACK^R01^ACK|ACK%s|P|2.5.1\n"
            "MSA|%s|MSG%s\n"
            "ERR||%s|%s^%s^HL70357|E" % (g.r.randint(1, 13), g.r.randint(0, 23), g.r.randint(0, 59),
                                           g.r.randint(0, 59), g.digits(8), err[0], ctl, err[3], err[1], err[2]))


@template("neg_expense_form", "finance", "form")
def _(g: Gen):
    return ("Does this expense report violate our policy (meals max $%d/day, hotel max $%d/night)?\n\n"
            "Cost center: %d-%s\nGL account: %d\nTrip: customer workshop, %d nights\n"
            "Hotel: $%d.%02d/night\nMeals: $%d.%02d, $%d.%02d, $%d.%02d\nRideshare: $%d.%02d\nReceipts attached: %s" % (
                g.pick((60, 75, 90)), g.pick((180, 220, 250)), g.r.randint(100, 999), g.pick(("OPS", "ENG", "SLS")),
                g.r.randint(60000, 69999), g.r.randint(1, 4), g.r.randint(120, 320), g.r.randint(0, 99),
                g.r.randint(12, 90), g.r.randint(0, 99), g.r.randint(12, 90), g.r.randint(0, 99),
                g.r.randint(12, 90), g.r.randint(0, 99), g.r.randint(9, 80), g.r.randint(0, 99), g.pick(("yes", "partial"))))


# ---------------------------------------------------------------- long-form

@template("neg_code_review_diff", "engineering", "code")
def _(g: Gen):
    n = g.r.randint(3, 12)
    return ("Review this diff for correctness and security. The goal is to mask identifiers before logging.\n\n"
            "```diff\n--- a/app/logging_utils.py\n+++ b/app/logging_utils.py\n@@ -1,18 +1,31 @@\n import re\n"
            "-SENSITIVE_KEYS = {\"password\", \"token\"}\n+SENSITIVE_KEYS = {\"password\", \"token\", \"ssn\", \"card_number\", "
            "\"cvv\", \"api_key\", \"authorization\"}\n+CARD_RE = re.compile(r\"\\b(?:\\d[ -]?){13,19}\\b\")\n"
            "+EMAIL_RE = re.compile(r\"[^\\s@]+(?=@)\")\n \n def scrub(record: dict, depth: int = 0) -> dict:\n"
            "-    return {k: (\"***\" if k in SENSITIVE_KEYS else v) for k, v in record.items()}\n"
            "+    if depth > %d:\n+        return {\"_truncated\": True}\n+    out = {}\n+    for k, v in record.items():\n"
            "+        if k.lower() in SENSITIVE_KEYS:\n+            out[k] = \"***\"\n+        elif isinstance(v, dict):\n"
            "+            out[k] = scrub(v, depth + 1)\n+        elif isinstance(v, str):\n"
            "+            v = CARD_RE.sub(lambda m: \"*\" * (len(m.group()) - 4) + m.group()[-4:], v)\n"
            "+            out[k] = EMAIL_RE.sub(\"***\", v)\n+        else:\n+            out[k] = v\n+    return out\n"
            "```\n\nSpecific questions: (1) does CARD_RE have catastrophic backtracking on long digit strings, "
            "(2) should keys be matched case-insensitively everywhere, (3) is depth %d a sensible limit, and "
            "(4) what would you add to the test suite? Our p99 log volume is about %d k lines per minute." % (
                n, n, g.r.randint(20, 400)))


@template("neg_policy_long", "insurance", "free_text")
def _(g: Gen):
    oop = g.pick((4500, 6000, 7500, 9100))
    return ("Rewrite this plan summary at a 6th-grade reading level and keep every number:\n\n"
            "Your plan year starts January 1. Before the plan pays for most services, you pay the deductible: "
            "$%d for one person or $%d for a family. Preventive care (annual physical, screenings, vaccines) is "
            "covered at 100%% and does not count toward the deductible. After the deductible, you pay %d%% "
            "coinsurance for in-network care until you reach the out-of-pocket maximum of $%d per person. "
            "Office visits have a $%d copay for primary care and $%d for specialists, and these copays apply "
            "before the deductible. Generic drugs cost $%d for a 30-day supply; preferred brand drugs cost $%d. "
            "Emergency room visits cost $%d after the deductible, waived if you are admitted. Out-of-network "
            "care is not covered except in an emergency. Prior authorization is required for advanced imaging "
            "(MRI, CT, PET), inpatient stays, and specialty drugs. If a claim is denied you can appeal within "
            "180 days; urgent appeals are decided within 72 hours. Members aged 65 and older should compare "
            "this plan with Medicare options during open enrollment." % (
                g.pick((1500, 2000, 3000)), g.pick((3000, 4000, 6000)), g.pick((20, 30)), oop,
                g.pick((25, 30, 40)), g.pick((50, 60, 75)), g.pick((5, 10, 15)), g.pick((35, 45, 60)),
                g.pick((250, 350, 500))))
