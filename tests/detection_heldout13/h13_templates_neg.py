"""Hard-negative templates for held-out set 13: texts that look identifier-rich but hold no PII.

Every function ``f(rng, i)`` returns plain text (no span markers).  Lookalikes are built so
that they are *not* valid identifiers: 16-digit numbers fail Luhn, SSN-shaped catalog
numbers use area 9xx with a non-ITIN group, dotted version strings have a component above
255, and no text contains an e-mail address, a URL or an IPv4 address.  Historical and
public figures in general prose, eponyms, product names, place names and company names
are deliberately present and not PII.
"""

from __future__ import annotations

TEMPLATES = []  # (name, domain, kind, count, fn); kind is always "hard_negative"


def tpl(name, domain, count):
    def deco(fn):
        TEMPLATES.append((name, domain, "hard_negative", count, fn))
        return fn
    return deco


def bind(values_module):
    g = globals()
    for k in dir(values_module):
        if not k.startswith("__"):
            g.setdefault(k, getattr(values_module, k))
    g["V"] = values_module


def nth(i, items):
    """Pick item i (cyclically) so that records of one template differ."""
    return items[i % len(items)]


def hexs(rng, n):
    return token(rng, n, "0123456789abcdef")


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def iso_ts(rng, year=2025):
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                 rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))


def not_ssn(rng):
    """SSN-shaped but invalid as SSN (area 9xx) and as ITIN (group outside ITIN ranges)."""
    return "9%02d-%02d-%04d" % (rng.randint(0, 99), rng.choice([0, 1, 7, 12, 23, 34, 41, 49, 66, 69, 89, 93]), rng.randint(0, 9999))


def bad16(rng, sep=""):
    d = luhn_invalid_16(rng)
    return sep.join(d[k:k + 4] for k in range(0, 16, 4)) if sep else d


def big_version(rng):
    return "%d.%d.%d.%d" % (rng.randint(1, 30), rng.randint(0, 9), rng.randint(1000, 29999), rng.randint(256, 9999))


# ----------------------------------------------------------------------------------------

@tpl("neg-order-status", "general", 5)
def neg_order_status(rng, i):
    order = "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999))
    ups = "1Z%s%s" % (token(rng, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "%010d" % rng.randint(0, 9999999999))
    return nth(i, [
        f"Where is my order {order}? Tracking shows {ups} stuck in 'Label created' since Tuesday. It was supposed to arrive by March 14.",
        f"Order {order}: 2x USB-C hub (SKU HB-7710-GRY), 1x laptop stand. Shipped via ground, tracking {ups}. Can I still change the delivery window?",
        f"Summarize the status of these orders for the weekly ops sync:\n- {order} delivered\n- {order[:-3]}{rng.randint(100, 999)} returned, RMA R{rng.randint(10 ** 5, 10 ** 6)}\n- PO-{rng.randint(1000, 9999)} backordered until 2025-06-02",
    ])


@tpl("neg-invoice", "finance", 5)
def neg_invoice(rng, i):
    inv = "INV-%d-%05d" % (rng.randint(2023, 2025), rng.randint(0, 99999))
    po = "PO%08d" % rng.randint(0, 99999999)
    amt = rng.randint(1200, 98000)
    return "\n".join([
        rng.choice(["Please check this invoice against the PO and flag discrepancies.", "Draft a polite payment reminder.",
                    "Extract line items to CSV."]),
        "",
        f"Invoice {inv}   Date: 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}   Terms: Net 30",
        f"Bill to: Accounts Payable, Tidemark Freight   PO: {po}",
        f"Line 1  Pallet wrap 18in x 1500ft  qty 40  @ 21.50  = 860.00",
        f"Line 2  Forklift service (4.5 h)         @ 135.00 = 607.50",
        f"Line 3  Freight surcharge                          = {amt % 900}.00",
        f"Subtotal {amt:,}.00   Tax 7.25%   Total due {int(amt * 1.0725):,}.{rng.randint(0, 99):02d}",
        f"Remit reference: {inv}/{rng.randint(100, 999)}",
    ])


@tpl("neg-luhn-invalid", "finance", 6)
def neg_luhn_invalid(rng, i):
    n1, n2 = bad16(rng, rng.choice(["", " ", "-"])), bad16(rng)
    return [
        f"Our validator accepted {n1} as a card number. Shouldn't the Luhn check reject it? Here's the function:\n"
        f"def luhn(s):\n    total = 0\n    for i, ch in enumerate(reversed(s)):\n        d = int(ch) * (2 if i % 2 else 1)\n        total += d - 9 if d > 9 else d\n    return total % 10 == 0",
        f"Batch settlement reference {n1} failed reconciliation against ledger batch {n2}. Both are internal batch ids, not PANs.",
        f"Gift card serials in this lot: {n1}, {n2}. The POS rejects them with 'invalid check digit' — expected, they're pre-activation serials.",
        f"unit test:\n    assert not is_valid_pan(\"{n1}\")\n    assert not is_valid_pan(\"{n2}\")  # transposed digits",
        f"Loyalty member number format is 16 digits with no check digit, e.g. {n1}. Why does our PCI scanner keep flagging them?",
        f"The fraud rule fires on any 16-digit token, like the shipment container sequence {n1} in the EDI file. Can we require a Luhn pass first?",
    ][i % 6]


@tpl("neg-versions", "general", 4)
def neg_versions(rng, i):
    return nth(i, [
        "pip freeze output:\nnumpy==1.26.4\npandas==2.2.1\nscikit-learn==1.4.1.post1\ntorch==2.2.2+cu121\nfastapi==0.110.0\nuvicorn==0.29.0\n"
        "Which of these have known CVEs?",
        f"We're on Windows build {big_version(rng)}, Chrome {rng.randint(118, 126)}.0.{rng.randint(6000, 6500)}.{rng.randint(100, 300)}, "
        f"and the agent is 7.{rng.randint(0, 9)}.{rng.randint(1000, 4000)}. After the update the plugin crashes.",
        f"Release notes 4.{rng.randint(2, 9)}.0 (2025-02-18): bumped openssl to 3.0.13, dropped Python 3.8, "
        f"fixed regression from 4.1.{rng.randint(2, 9)}-rc.2+build.{rng.randint(100, 999)}.",
        f"package.json has \"react\": \"^18.2.0\", \"typescript\": \"~5.3.3\", \"vite\": \"5.1.6\". Upgrade path to React 19?",
        f"Firmware v{rng.randint(2, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 99)} build {rng.randint(20240101, 20251231)} on the infusion pump fleet; "
        f"vendor advisory recommends {rng.randint(6, 9)}.0.{rng.randint(0, 9)}.",
    ])


@tpl("neg-log-timestamps", "general", 4)
def neg_log_timestamps(rng, i):
    lines = []
    for _ in range(rng.randint(4, 7)):
        lines.append("%s %s %s %s" % (iso_ts(rng), rng.choice(["INFO ", "WARN ", "ERROR", "DEBUG"]),
                                       rng.choice(["scheduler", "billing-worker", "hl7-router", "cache"]),
                                       rng.choice([f"job batch_close finished in {rng.randint(20, 9000)}ms",
                                                   f"retrying after 503 (attempt {rng.randint(1, 5)}/5)",
                                                   f"queue depth={rng.randint(0, 20000)} lag_s={rng.randint(0, 300)}",
                                                   f"evicted {rng.randint(1, 999)} keys, hit ratio 0.{rng.randint(50, 99)}",
                                                   "cron 0 */6 * * * triggered"])))
    return nth(i, ["Why is the worker slow? Logs:\n", "```\n", "Find the first error:\n"]) + "\n".join(lines)


@tpl("neg-git-hashes", "general", 4)
def neg_git_hashes(rng, i):
    return "\n".join([
        rng.choice(["git log --oneline", "Which commit introduced the bug?", "Squash these:"]),
        *["%s %s" % (hexs(rng, 7), rng.choice(["fix: null check in parser", "feat: add retry budget", "chore: bump deps",
                                                "refactor(api): split handlers", "docs: update runbook"])) for _ in range(4)],
        f"image digest sha256:{hexs(rng, 64)}",
        f"full sha {hexs(rng, 40)} tagged v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
    ])


@tpl("neg-sku", "finance", 4)
def neg_sku(rng, i):
    rows = ["sku,description,qty,unit_cost,bin"]
    for _ in range(rng.randint(4, 7)):
        rows.append("%s-%04d-%s,%s,%d,%.2f,%s%02d-%s" % (rng.choice(["HB", "GLV", "SYR", "TAPE", "CBL"]), rng.randint(0, 9999),
                                                        rng.choice(["BLK", "M", "L", "10ML", "GRY"]),
                                                        rng.choice(["nitrile glove box", "luer-lock syringe", "USB-C cable 2m",
                                                                    "packing tape", "hub 7-port"]),
                                                        rng.randint(1, 900), rng.uniform(0.5, 90), rng.choice("ABCD"),
                                                        rng.randint(1, 40), rng.choice(["L", "R"])))
    return nth(i, ["Which SKUs are below reorder point (qty < 50)?\n", "Total inventory value?\n"]) + "\n".join(rows)


@tpl("neg-ticket-ids", "general", 4)
def neg_ticket_ids(rng, i):
    return nth(i, [
        f"Link PLAT-{rng.randint(100, 9999)} and PLAT-{rng.randint(100, 9999)} as duplicates; both are the 502 on /health after deploy.",
        f"INC{rng.randint(10 ** 6, 10 ** 7)} (P2) resolved by CHG{rng.randint(10 ** 6, 10 ** 7)}. Root cause: expired intermediate cert. Problem record PRB{rng.randint(10 ** 5, 10 ** 6)}.",
        f"Sprint 42 scope: CLAIMS-{rng.randint(100, 999)}, CLAIMS-{rng.randint(100, 999)}, BILL-{rng.randint(10, 99)}. Story points total {rng.randint(20, 60)}.",
        f"Zendesk #{rng.randint(10 ** 5, 10 ** 6)} escalated to tier 2; SLA breach at 14:00 UTC. Macro used: 'refund-policy-v3'.",
    ])


@tpl("neg-lab-ranges", "healthcare", 5)
def neg_lab_ranges(rng, i):
    ranges = ["Hemoglobin (adult F): 12.0–15.5 g/dL", "Hemoglobin (adult M): 13.5–17.5 g/dL", "Potassium: 3.5–5.1 mmol/L",
              "Sodium: 135–145 mmol/L", "TSH: 0.4–4.0 mIU/L", "HbA1c: 4.0–5.6 % (prediabetes 5.7–6.4 %)",
              "Creatinine: 0.57–1.00 mg/dL (F), 0.76–1.27 mg/dL (M)", "Platelets: 150–400 x10^3/uL",
              "INR (on warfarin, AF): 2.0–3.0", "LDL-C goal after ACS: < 55 mg/dL", "Troponin I hs: < 14 ng/L (99th pct)"]
    return nth(i, ["Make a pocket card of these reference ranges:\n", "Which of these differ by sex?\n", ""]) + "\n".join(rng.sample(ranges, rng.randint(4, 7)))


@tpl("neg-dosages", "healthcare", 5)
def neg_dosages(rng, i):
    return nth(i, [
        "Metformin: start 500 mg PO once daily with evening meal; titrate by 500 mg weekly to 1000 mg BID. Hold if eGFR < 30 mL/min/1.73m2.",
        "Amoxicillin-clavulanate 875/125 mg PO q12h x 7 days; pediatric 45 mg/kg/day divided q12h (max 2 g/dose).",
        "Apixaban 5 mg BID; reduce to 2.5 mg BID if 2 of 3: age >= 80, weight <= 60 kg, Cr >= 1.5 mg/dL.",
        "Enoxaparin 1 mg/kg SC q12h for treatment; 40 mg SC daily for prophylaxis; CrCl < 30: 30 mg daily.",
        "Vancomycin trough target 15–20 mcg/mL historically; AUC/MIC 400–600 now preferred. Loading dose 20–35 mg/kg.",
        "Insulin sliding scale: BG 151–200: 2 units; 201–250: 4 units; 251–300: 6 units; >350: call provider.",
    ])


@tpl("neg-eponyms", "healthcare", 4)
def neg_eponyms(rng, i):
    return nth(i, [
        "Differentiate Crohn's disease from ulcerative colitis on colonoscopy, and explain when a Whipple procedure is indicated for pancreatic head lesions.",
        "Explain the Glasgow Coma Scale, the Apgar score and the Ranson criteria in one table.",
        "Patient education: Parkinson's disease vs. essential tremor; mention the role of levodopa and DBS.",
        "What is the difference between Hodgkin lymphoma and non-Hodgkin lymphoma? Include Reed-Sternberg cells.",
        "Review: Cushing syndrome vs. Addison disease; Graves disease vs. Hashimoto thyroiditis. Keep it under 200 words.",
        "When is a Foley catheter preferred over a Swan-Ganz catheter? (trick question for our nursing quiz)",
        "Bell's palsy, Guillain-Barré syndrome and Lyme disease can all cause facial weakness; outline the workup.",
    ])


@tpl("neg-product-names", "general", 4)
def neg_product_names(rng, i):
    return nth(i, [
        "Write product copy for the Margot lounge chair, the Hudson bookcase and the Ellis pendant lamp (brass, 40 cm).",
        "Our Jenkins pipeline fails at the Sonar stage; the Alexa skill build and the Siri shortcut export both pass.",
        "Compare the Vivienne wrap dress and the Harper blazer for the spring catalog; SKUs VV-220 and HP-118.",
        "The Matilda stroller recall affects lot numbers 2311 through 2318 only. Draft the customer notice.",
        "Rank these coffee blends: Sumatra Mandheling, Ethiopia Yirgacheffe, the 'Old Tom' house roast, and 'Lady Grey' tea.",
    ])


@tpl("neg-place-names", "general", 4)
def neg_place_names(rng, i):
    return nth(i, [
        "Plan a 5-day road trip: Charlotte to Asheville, then Knoxville, Nashville and back through Jackson. Budget $1,800.",
        "Compare cost of living in Austin, Madison, Eugene and Lincoln for a remote nurse on a $92k salary.",
        "Our regional offices: Victoria (BC), Florence (Italy), Sydney and Santa Barbara. Which time zones overlap 9-5 ET?",
        "Paris, Texas vs Paris, France: write a fun trivia paragraph for the newsletter.",
        "Shipping lanes from Savannah and Charleston to Rotterdam: typical transit 12–16 days.",
    ])


@tpl("neg-company-surnames", "finance", 5)
def neg_company_surnames(rng, i):
    return nth(i, [
        "Summarize Q3: Morgan Stanley and Goldman Sachs beat on trading revenue; Wells Fargo's asset cap remains; Charles Schwab saw net new assets of $88B.",
        "Compare audit fees charged by Ernst & Young, Deloitte and KPMG to mid-cap banks in FY2024.",
        "Draft an RFP to Hartwell & Quince Advisors and Pembroke Whitley LLP for the treasury management review.",
        "Johnson & Johnson, Procter & Gamble and Colgate-Palmolive dividend yields: build a comparison table.",
        "Explain the Dow Jones Industrial Average methodology and why Merrill Lynch was acquired in 2008.",
        "Fannie Mae and Freddie Mac guarantee fees went up 15 bps; what does that do to a 30-year fixed at 6.875%?",
    ])


@tpl("neg-historical", "general", 5)
def neg_historical(rng, i):
    return nth(i, [
        "Write a short history of nursing statistics: Florence Nightingale's polar area diagrams (1858) and how William Farr influenced her.",
        "Explain how John Snow traced the 1854 Broad Street cholera outbreak and why it matters for modern epidemiology.",
        "Compare the contributions of Ada Lovelace, Alan Turing and Grace Hopper to computing in 150 words.",
        "Luca Pacioli described double-entry bookkeeping in 1494. How did that shape modern accounting and the work of Adam Smith?",
        "Ignaz Semmelweis and Joseph Lister: hand hygiene and antisepsis. A two-paragraph summary for new hires.",
        "Marie Curie won Nobel prizes in 1903 and 1911; Edward Jenner tested smallpox vaccination in 1796. Make a timeline.",
        "Keynes vs. Hayek on stimulus: summarize the debate for a finance book club.",
    ])


@tpl("neg-code-identifiers", "general", 4)
def neg_code_identifiers(rng, i):
    return nth(i, [
        "def mask_ssn(ssn: str) -> str:\n    return '***-**-' + ssn[-4:]\n\nclass PatientRecord:\n    first_name: str\n    last_name: str\n    date_of_birth: date\n    mrn: str\n",
        "const validateCard = (cardNumber, cvv, expiry) => luhn(cardNumber) && /^\\d{3,4}$/.test(cvv) && !isExpired(expiry);\nexport default validateCard;",
        "SELECT patient_id, COUNT(*) AS visits FROM encounters GROUP BY patient_id HAVING COUNT(*) > 3;",
        "@dataclass\nclass BankAccount:\n    routing_number: str\n    account_number: str\n    iban: Optional[str] = None\n    swift_bic: Optional[str] = None\n\n    def is_domestic(self) -> bool:\n        return self.iban is None",
        "if (user.passwordHash == null || user.apiKey.isBlank()) {\n    throw new IllegalStateException(\"credentials missing\");\n}",
        "type Claim struct {\n\tMemberID   string `json:\"member_id\"`\n\tNPI        string `json:\"npi\"`\n\tServiceDOS time.Time\n}",
    ])


@tpl("neg-uuid-logs", "general", 4)
def neg_uuid_logs(rng, i):
    lines = []
    for _ in range(rng.randint(3, 6)):
        lines.append("%s trace_id=%s span_id=%s request_id=%s status=%d dur=%dms" % (
            iso_ts(rng), hexs(rng, 32), hexs(rng, 16), uuid4(rng), rng.choice([200, 201, 404, 500]), rng.randint(2, 3000)))
    return nth(i, ["Correlate these spans:\n", "", "Which request is slowest?\n"]) + "\n".join(lines)


@tpl("neg-icd-cpt", "healthcare", 5)
def neg_icd_cpt(rng, i):
    return nth(i, [
        "Which ICD-10 codes pair with CPT 99214 for a diabetic follow-up: E11.9, E11.65, Z79.4? Any modifier -25 issues with 36415?",
        "Map these to HCC categories: I50.23, N18.4, J44.1, F32.A, E66.01.",
        "Denial CO-16 on claims with CPT 93000 and HCPCS G0439. Remark code N290. What's missing?",
        "DRG 291 vs 292 vs 293 (heart failure with/without CC/MCC): explain the weights for our CDI team.",
        "Is Z00.00 or Z00.01 correct when the annual exam finds new hypertension (I10)?",
    ])


@tpl("neg-aggregate-stats", "healthcare", 4)
def neg_aggregate_stats(rng, i):
    n = rng.randint(800, 9000)
    return nth(i, [
        f"Of {n:,} patients aged 65–89 in the cohort, 23.4% had an HbA1c above 8%. Readmission at 30 days was 14.1% (95% CI 12.8–15.5).",
        f"Write the results paragraph: median age 71 (IQR 64–78), 52% female, n={n}. Primary endpoint HR 0.82, p=0.013.",
        f"Q1 census: {n} admissions, ALOS 4.6 days, case mix index 1.71, HCAHPS top-box 72%.",
        f"Fall rate dropped from 3.9 to 2.7 per 1,000 patient-days after the hourly rounding pilot ({n} patient-days).",
    ])


@tpl("neg-schema-placeholders", "general", 4)
def neg_schema_placeholders(rng, i):
    return nth(i, [
        "CREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  mrn VARCHAR(12) NOT NULL,\n  ssn CHAR(11),\n  dob DATE,\n  email TEXT,\n  phone VARCHAR(20)\n);",
        "Template: Dear {{patient_first_name}}, your appointment on {{appt_date}} with {{provider_name}} is confirmed. Reply STOP to opt out.",
        "Mask format examples for the spec: SSN XXX-XX-XXXX, card **** **** **** 1234, phone (XXX) XXX-XXXX, email <redacted>.",
        "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"iban\": {\"type\": \"string\", \"pattern\": \"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$\"},\n    \"bic\": {\"type\": \"string\", \"minLength\": 8, \"maxLength\": 11}\n  }\n}",
        "Fill in: Name: ____________  DOB: __/__/____  Member ID: ____________  Signature: ____________",
    ])


@tpl("neg-redacted-note", "healthcare", 4)
def neg_redacted_note(rng, i):
    return nth(i, [
        "[PATIENT] is a [AGE]-year-old [SEX] seen on [DATE] for follow-up of CHF. BP 132/78. Plan: continue furosemide 40 mg daily. -- [PROVIDER]",
        f"Patient paid with card ending {rng.randint(1000, 9999)}; SSN on file ends in {rng.randint(1000, 9999)}. All other identifiers removed per policy.",
        "De-identified extract: subject_id S-0042, visit 3, week 12. Adverse event: grade 2 nausea, resolved. No dose change.",
        "Pt <NAME> <MRN> admitted from ED. Hx: COPD, AF on apixaban. Plan: nebs, steroids, O2 to 88-92%.",
    ])


def _isin(rng):
    body = "US" + token(rng, 9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
        total += d // 10 + d % 10
    return body + str((10 - total % 10) % 10)


@tpl("neg-market-data", "finance", 4)
def neg_market_data(rng, i):
    return nth(i, [
        f"Bond {_isin(rng)} (CUSIP-style id) trades at 98.42, YTM 5.13%, duration 6.2. Compare with {_isin(rng)}.",
        "Tickers: MSFT +1.2%, JPM -0.4%, UNH -2.8% after guidance cut; 10Y at 4.31%, DXY 104.6. Write the morning note.",
        f"Fund share class {_isin(rng)}: expense ratio 0.09%, AUM $4.1B, tracking difference 3 bps.",
        "Price the 3x6 FRA given SOFR futures at 94.87 and 95.02; notional 25mm.",
    ])


@tpl("neg-hl7-ack", "healthcare", 4)
def neg_hl7_ack(rng, i):
    ts = "2025%02d%02d%02d%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    return nth(i, [
        f"MSH|^~\\&|LABSYS|QVRH|EPICADT|QVRH|{ts}||ACK^A01|ACK{rng.randint(10000, 99999)}|P|2.5.1\nMSA|AA|MSG{rng.randint(10000, 99999)}\n\nWhat does AA vs AE mean?",
        f"MSH|^~\\&|CATALOG|QVRH|LIS|QVRH|{ts}||MFN^M08|MF{rng.randint(1000, 9999)}|P|2.5.1\nMFI|OMA|LAB|UPD|||NE\nMFE|MAD|{rng.randint(100, 999)}||2345-7^Glucose^LN\nOM1|1|2345-7^Glucose^LN|||Y|||||mg/dL",
        f"MSH|^~\\&|ROUTER|QVRH|EHR|QVRH|{ts}||ACK|ACK{rng.randint(10000, 99999)}|P|2.5.1\nMSA|AE|MSG{rng.randint(10000, 99999)}|Segment PID missing required field 5\nERR|^^^101&Required field missing&HL70357",
    ])


@tpl("neg-fhir-definitions", "healthcare", 4)
def neg_fhir_definitions(rng, i):
    import json as _json
    res = nth(i, [
        {"resourceType": "Medication", "id": "med-%d" % rng.randint(100, 999),
         "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.88", "code": str(rng.randint(100000, 999999)), "display": "apixaban 5 MG Oral Tablet"}]},
         "form": {"text": "tablet"}, "batch": {"lotNumber": "L%05d" % rng.randint(0, 99999), "expirationDate": "2027-%02d" % rng.randint(1, 12)}},
        {"resourceType": "ValueSet", "id": "vs-diabetes", "status": "active", "name": "DiabetesCodes",
         "compose": {"include": [{"system": "urn:oid:2.16.840.1.113883.6.90", "concept": [{"code": "E11.9"}, {"code": "E11.65"}]}]}},
        {"resourceType": "ObservationDefinition", "id": "od-k", "code": {"text": "Potassium"},
         "qualifiedInterval": [{"range": {"low": {"value": 3.5, "unit": "mmol/L"}, "high": {"value": 5.1, "unit": "mmol/L"}}}]},
    ])
    return nth(i, ["Validate this resource:\n", ""]) + _json.dumps(res, indent=2)


@tpl("neg-x12-999", "healthcare", 3)
def neg_x12_999(rng, i):
    d = "2503%02d" % rng.randint(1, 28)
    return "~\n".join([
        "ISA*00*          *00*          *ZZ*CLEARHSE01     *ZZ*QVRHSUB        *%s*0915*^*00501*0000%05d*0*P*:" % (d, rng.randint(0, 99999)),
        "GS*FA*CLEARHSE01*QVRHSUB*20%s*0915*%d*X*005010X231A1" % (d, rng.randint(1, 999)),
        "ST*999*0001*005010X231A1", "AK1*HC*%d*005010X222A1" % rng.randint(1, 999),
        "AK2*837*%04d*005010X222A1" % rng.randint(1, 9999), "IK3*NM1*%d*2010BA*8" % rng.randint(5, 40),
        "IK4*9*67*1", "IK5*R*5", "AK9*R*1*1*0", "SE*9*0001", "GE*1*%d" % rng.randint(1, 999),
        "IEA*1*0000%05d" % rng.randint(0, 99999),
    ]) + "~\nWhat does IK4*9*67 mean here?"


@tpl("neg-inventory-csv", "healthcare", 4)
def neg_inventory_csv(rng, i):
    rows = ["item,lot,expiry,on_hand,par,location"]
    for _ in range(rng.randint(4, 6)):
        rows.append("%s,%s,2026-%02d-%02d,%d,%d,%s" % (
            rng.choice(["Ceftriaxone 1 g vial", "Heparin 5000 u/mL", "Saline flush 10 mL", "Foley kit 16Fr", "IV start kit"]),
            token(rng, 7, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 300),
            rng.randint(20, 200), rng.choice(["Pyxis 4W", "Central supply", "OR core", "ED med room"])))
    return nth(i, ["Which items expire first and are under par?\n", ""]) + "\n".join(rows)


@tpl("neg-math", "general", 4)
def neg_math(rng, i):
    a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
    return nth(i, [
        f"Compute {a} x {b} step by step, then check the result with casting out nines.",
        "List the first 40 digits of pi and the first 30 digits of e, grouped in fives.",
        f"Is {rng.randint(10 ** 8, 10 ** 9) * 2} divisible by 7? Show the test.",
        f"Solve: 3x + 7 = {rng.randint(20, 400)}; then compute the compound interest on $12,500 at 4.2% for 7 years.",
    ])


@tpl("neg-config-placeholders", "general", 4)
def neg_config_placeholders(rng, i):
    return nth(i, [
        "database:\n  host: ${DB_HOST}\n  port: 5432\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}\nredis:\n  url: ${REDIS_URL}\n  ttl_seconds: 900",
        "# .env.example\nOPENAI_API_KEY=<your-key-here>\nSTRIPE_SECRET_KEY=\nJWT_SECRET=change-this-in-production\nLOG_LEVEL=debug\nPORT=8080",
        "[server]\nworkers = 4\ntimeout = 30\nmax_body = \"10MB\"\n\n[auth]\nprovider = \"oidc\"\nclient_secret_ref = \"vault:secret/data/gateway#client_secret\"",
        "terraform:\n  variable \"db_password\" { sensitive = true }\n  resource \"aws_db_instance\" \"main\" { password = var.db_password }",
        "helm install gw ./chart --set image.tag=2.14.1 --set secrets.existingSecret=gw-creds --set replicaCount=3",
    ])


@tpl("neg-sports-weather", "general", 3)
def neg_sports_weather(rng, i):
    return nth(i, [
        "Recap: the Harbor City Gulls won 3-1; attendance 41,233; next game Saturday 7:05 PM at Riverside Park.",
        "Forecast: high 78F, low 61F, humidity 64%, wind SW 12 mph, UV index 8. Pollen: oak high.",
        "Marathon splits: 5K 21:04, 10K 42:11, half 1:29:55, finish 3:02:47. What pace do I need for sub-3?",
    ])


@tpl("neg-recipe", "general", 3)
def neg_recipe(rng, i):
    return nth(i, [
        "Scale this recipe to 12 servings: 250 g flour, 2 eggs, 180 ml milk, 1 tsp baking powder, bake 180 C for 22 min.",
        "Convert 350 F, 1.5 cups, 8 oz and 2 tbsp to metric for the cafeteria menu.",
        "Low-sodium swaps for a cardiac diet: under 2,000 mg sodium/day, 3 meals + 2 snacks.",
    ])


@tpl("neg-bank-education", "finance", 4)
def neg_bank_education(rng, i):
    return nth(i, [
        "Explain IBAN structure: country code (2 letters), check digits (2), then the BBAN. A German IBAN is 22 characters: DEkk bbbb bbbb cccc cccc cc.",
        "How is the ABA routing number checksum computed? Explain the 3-7-1 weights with a worked example using symbols, not a real number.",
        "What's the difference between a BIC with 8 vs 11 characters? (4 bank + 2 country + 2 location + optional 3 branch.)",
        "ACH vs wire vs RTP: settlement times, cutoffs and typical fees for a small business.",
        "Why do card numbers use the Luhn algorithm and what does the BIN (first 6-8 digits) tell an issuer?",
    ])


@tpl("neg-guideline", "healthcare", 5)
def neg_guideline(rng, i):
    return nth(i, [
        "Colorectal cancer screening: adults aged 45 to 75; colonoscopy every 10 years or FIT annually. Individualize for ages 76–85.",
        "Sepsis bundle: lactate within 1 hour, blood cultures before antibiotics, 30 mL/kg crystalloid for hypotension or lactate >= 4.",
        "Pneumococcal: PCV20 once for adults 65+, or PCV15 followed by PPSV23 at least 1 year later.",
        "Hypertension stage 1: 130–139/80–89; stage 2: >= 140/90. Recheck within 1 month if starting two agents.",
        "Pediatric fever: infants under 28 days with T >= 38.0 C need full sepsis workup.",
        "Falls screening for adults 65 and older: Timed Up and Go > 12 s indicates risk.",
    ])


@tpl("neg-part-numbers", "general", 3)
def neg_part_numbers(rng, i):
    return nth(i, [
        f"Replacement parts: M8x1.25 flange bolt (qty 12), 4k7 resistor, bearing 6204-2RS, catalog no. {not_ssn(rng)}.",
        f"The supplier's catalog numbers look like {not_ssn(rng)} and {not_ssn(rng)}; our ERP rejects them as 'possible SSN'. Fix the regex?",
        "Torque specs: 25 Nm for M8, 49 Nm for M10; thread pitch gauge 0.35–6.0 mm.",
    ])


@tpl("neg-finance-report", "finance", 4)
def neg_finance_report(rng, i):
    return nth(i, [
        "Q4 FY2024: revenue $412.7M (+8% YoY), net interest margin 3.12%, efficiency ratio 58.4%, CET1 11.9%. Draft the investor summary.",
        "Budget variance: opex $2.41M vs plan $2.28M (+5.7%); headcount 148 vs 152; capex deferred to Q3.",
        "Loan book: CRE 34%, C&I 28%, consumer 22%, mortgage 16%; NCO ratio 0.41%; ACL/loans 1.38%.",
        "Compute IRR for cash flows -1,000,000; 220,000; 260,000; 310,000; 340,000; 390,000.",
    ])


@tpl("neg-shipping", "general", 4)
def neg_shipping(rng, i):
    usps = "9400 %04d %04d %04d %04d %02d" % (rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99))
    fedex = "%012d" % rng.randint(10 ** 11, 10 ** 12 - 1)
    return nth(i, [
        f"USPS tracking {usps} shows 'In transit, arriving late'. Should I file a missing mail request?",
        f"FedEx {fedex} and DHL {rng.randint(10 ** 9, 10 ** 10 - 1)} both delayed by weather at the Memphis hub.",
        f"Container MSKU{rng.randint(10 ** 6, 10 ** 7)}, B/L {rng.choice(['MAEU', 'HLCU'])}{rng.randint(10 ** 8, 10 ** 9)}, vessel ETA 2025-05-{rng.randint(10, 28)}.",
        f"Return label for RMA {rng.randint(10 ** 5, 10 ** 6)}: UPS 1Z{token(rng, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{rng.randint(10 ** 9, 10 ** 10 - 1)}",
    ])


@tpl("neg-device-catalog", "healthcare", 3)
def neg_device_catalog(rng, i):
    return nth(i, [
        "Compare pacemaker lead models: 5076-52 cm vs 4076-58 cm (MRI conditional), and the 3830 SelectSecure for HIS bundle pacing.",
        "Which CGM systems are approved for hospital use? List sensor wear days (10, 14, 15) and warm-up times.",
        "Infusion pump drug library update v24.3: heparin max 2,500 units/h, insulin 0.1–20 units/h, propofol soft limit 80 mcg/kg/min.",
    ])


@tpl("neg-build-numbers", "general", 3)
def neg_build_numbers(rng, i):
    return nth(i, [
        f"After KB update to build {big_version(rng)} the EHR client crashes; rollback to {big_version(rng)} works.",
        "OIDs in our C-CDA: 2.16.840.1.113883.6.1 (LOINC), 2.16.840.1.113883.6.96 (SNOMED), 2.16.840.1.113883.6.88 (RxNorm). Are these right?",
        f"Android build {token(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}.{rng.randint(230000, 250000)}.{rng.randint(1, 30):03d}, kernel 5.15.{rng.randint(100, 199)}, app versionCode {rng.randint(10 ** 5, 10 ** 6)}.",
    ])


_NEG_ML = [
    ("healthcare", "La clínica abre de lunes a viernes de 8:00 a 17:00. Para vacunas contra la gripe no se necesita cita. Traiga la lista de medicamentos."),
    ("healthcare", "Le cabinet sera fermé du 12 au 18 août. En cas d'urgence, appelez le 15. Les résultats d'analyse sont disponibles sous 48 h."),
    ("general", "Bitte übersetzen: Die Sprechstunde findet dienstags von 14 bis 16 Uhr statt. Parkplätze sind hinter dem Gebäude."),
    ("healthcare", "外来の受付時間は平日8時30分から11時までです。初診の方は紹介状をお持ちください。"),
    ("general", "이번 주 회의는 목요일 오후 3시에 3층 회의실에서 진행됩니다. 자료는 공유 드라이브에 있습니다."),
    ("healthcare", "请空腹采血，采血前8小时内不要进食。检查结果一般在两个工作日内出来。"),
    ("general", "कृपया इस वाक्य का अनुवाद करें: बैठक सोमवार को सुबह 10 बजे होगी और रिपोर्ट शुक्रवार तक जमा करनी है।"),
    ("finance", "Przelewy SEPA są księgowane w ciągu jednego dnia roboczego. Opłata za przelew ekspresowy wynosi 10 zł."),
    ("finance", "De rente op spaarrekeningen stijgt per 1 juli naar 2,1%. Voor deposito's van 5 jaar geldt 2,8%."),
    ("general", "Traduza: o prazo para envio dos relatórios trimestrais é o dia 15 do mês seguinte ao fechamento."),
    ("finance", "Il tasso BCE resta al 4%; l'Euribor a 3 mesi è al 3,9%. Riassumi l'impatto sui mutui variabili."),
]


@tpl("neg-multilingual", "general", 6)
def neg_multilingual(rng, i):
    dom, txt = _NEG_ML[i]
    return dom, "hard_negative", txt


@tpl("neg-multilingual-b", "healthcare", 5)
def neg_multilingual_b(rng, i):
    dom, txt = _NEG_ML[6 + i]
    return dom, "hard_negative", txt


@tpl("neg-finance-chat", "finance", 4)
def neg_finance_chat(rng, i):
    return nth(i, [
        "User: what's the difference between a Roth IRA and a traditional IRA?\nAssistant: Contributions to a Roth are after-tax; withdrawals in retirement are tax-free.",
        "User: how many days does an ACH return have for R10?\nAssistant: Consumer unauthorized returns (R10) can be returned within 60 days of settlement.",
        "User: is a 1099-INT required for $9 of interest?\nAssistant: Banks generally issue 1099-INT for $10 or more.",
        "User: explain Rule 72(t) in two sentences.\nAssistant: It allows penalty-free early IRA withdrawals via substantially equal periodic payments.",
    ])


@tpl("neg-sql-analytics", "finance", 4)
def neg_sql_analytics(rng, i):
    return nth(i, [
        "SELECT date_trunc('month', posted_at) AS m, SUM(amount) FROM ledger_entries WHERE posted_at >= '2025-01-01' GROUP BY 1 ORDER BY 1;",
        "WITH daily AS (SELECT account_id, SUM(amount) s FROM txns GROUP BY account_id, txn_date)\nSELECT PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY s) FROM daily;",
        "EXPLAIN ANALYZE SELECT * FROM claims WHERE status = 'DENIED' AND denial_code IN ('CO-16','CO-197') LIMIT 500;",
        "CREATE INDEX CONCURRENTLY idx_txn_account_date ON txns (account_id, txn_date DESC);",
    ])


@tpl("neg-medical-chat", "healthcare", 4)
def neg_medical_chat(rng, i):
    return nth(i, [
        "User: what's a normal resting heart rate for someone in their 70s?\nAssistant: Typically 60–100 bpm; well-conditioned adults may be lower.",
        "User: can I take ibuprofen with lisinopril?\nAssistant: Occasional use is usually OK, but NSAIDs can blunt the effect and affect kidneys.",
        "User: how long after a tetanus shot can I get the flu vaccine?\nAssistant: They can be given on the same day.",
        "User: what does 'eGFR 58' mean?\nAssistant: It suggests mildly to moderately reduced kidney function (CKD stage 3a) if persistent for 3 months.",
    ])


@tpl("neg-sec-scan", "general", 3)
def neg_sec_scan(rng, i):
    return nth(i, [
        "gitleaks report: 0 leaks found in 1,204 commits (rules: aws-access-token, generic-api-key, private-key). Scan time 4.2s.",
        f"Trivy: CVE-2024-{rng.randint(1000, 49999)} (HIGH) in libxml2 2.9.14; fixed in 2.11.7. CVE-2023-{rng.randint(1000, 49999)} (MEDIUM) in zlib.",
        "Rotate all service credentials quarterly; store them in the vault under secret/prod/<service>; never paste keys into chat tools.",
    ])
