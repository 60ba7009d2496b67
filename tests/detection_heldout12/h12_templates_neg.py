"""Hard negatives: PII-free prompts that look like they might hold PII.

Each template returns plain text (no spans).  Look-alike numbers are built to FAIL
their checksums (Luhn-invalid 16-digit references, etc.); no e-mail, URL or IPv4
address appears anywhere; names are public figures in a news/history context.
"""

from __future__ import annotations

import importlib.util as _ilu
from pathlib import Path as _Path

_spec = _ilu.spec_from_file_location("h12_values_neg", _Path(__file__).resolve().parent / "h12_values.py")
V = _ilu.module_from_spec(_spec)
_spec.loader.exec_module(V)

pick = V.pick
NEG_TEMPLATES = []  # (name, domain, category, count, fn)


def N(name, domain, category, count):
    def deco(fn):
        NEG_TEMPLATES.append((name, domain, category, count, fn))
        return fn
    return deco


def _d(rng, n):
    return V.digits(rng, n)


def _alnum(rng, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return V.rand_chars(rng, alpha, n)


@N("neg_order_confirmation", "general", "order/tracking ids", 5)
def _(rng):
    return ("Rewrite this order confirmation to be shorter:\nOrder #%s-%s placed. Items: 2 x USB-C hub (SKU HB-%s-BLK), 1 x desk lamp (SKU LMP-%s). "
            "Subtotal $%d.%02d, shipping $6.99. Tracking: 1Z%s (UPS Ground), est. delivery in 3-5 business days. Return window 30 days."
            % (_d(rng, 3), _d(rng, 7), _d(rng, 4), _alnum(rng, 6), rng.randrange(20, 400), rng.randrange(100), _alnum(rng, 16)))


@N("neg_invoice", "finance", "invoice/PO numbers and due dates", 5)
def _(rng):
    return ("Check the math on this invoice:\nInvoice INV-%s   PO %s   Due date: %s\nLine 1: Consulting, 12.5 h @ $180.00 = $2,250.00\n"
            "Line 2: Travel (mileage 212 mi @ 0.67) = $142.04\nTax (8.25%%) = $197.34\nTotal due: $2,589.38\nTerms: Net 30, late fee 1.5%%/month."
            % (_d(rng, 6), "45" + _d(rng, 8), V.fmt_date(rng, V.ymd(rng, 2025, 2026), 1)))


@N("neg_luhn_invalid_reference", "finance", "Luhn-invalid 16-digit numbers", 6)
def _(rng):
    b = V.bad_card(rng)
    g = " ".join(b[i:i + 4] for i in range(0, 16, 4))
    return pick(rng, [
        "Our payment form accepted the reference %s even though it fails the Luhn check. Which validation step are we missing?" % g,
        "The batch file has a 16-digit settlement reference %s in column F; it is not a card number (checksum fails). How should I store it?" % b,
        "QA note: test value %s must be rejected by the card field because its check digit is wrong. Write the unit test description." % g,
    ])


@N("neg_changelog", "general", "version strings and release dates", 5)
def _(rng):
    a, b, c = rng.randrange(1, 9), rng.randrange(0, 30), rng.randrange(0, 20)
    return ("Turn this into release notes:\n## v%d.%d.%d — released %s\n- Fixed race in cache warmup (#%d)\n- Bumped openssl to 3.0.%d\n"
            "- Build %s, commit %s\n## v%d.%d.%d — released %s\n- Dropped Python 3.8 support"
            % (a, b, c, V.fmt_date(rng, V.ymd(rng, 2024, 2026), 1), rng.randrange(1000, 9999), rng.randrange(8, 16),
               _d(rng, 5), V.hex_secret(rng, 12), a, b, max(c - 1, 0), V.fmt_date(rng, V.ymd(rng, 2023, 2024), 3)))


@N("neg_build_hashes", "general", "build hashes / digests / UUIDs", 5)
def _(rng):
    import uuid
    u = uuid.UUID(int=rng.getrandbits(128), version=4)
    return ("Why is the deploy pinned to an old image?\nimage: registry.internal/api@sha256:%s\nbuild_id: %s\ngit_sha: %s\n"
            "request_id: %s\ndeployed_at: 2025-0%d-1%dT0%d:22:10Z" % (V.hex_secret(rng, 64), _d(rng, 8), V.hex_secret(rng, 40), u,
                                                                    rng.randrange(1, 9), rng.randrange(10), rng.randrange(10)))


@N("neg_http_log", "general", "HTTP logs without personal data", 5)
def _(rng):
    lines = []
    for i in range(4):
        lines.append('[2025-03-1%dT10:%02d:%02dZ] "%s /api/v1/%s HTTP/1.1" %s %d %dms req=%s' % (
            rng.randrange(10), rng.randrange(60), rng.randrange(60), pick(rng, ["GET", "POST", "PUT"]),
            pick(rng, ["health", "catalog/items", "metrics", "orders/summary", "status"]), pick(rng, ["200", "204", "500", "503"]),
            rng.randrange(100, 9000), rng.randrange(3, 900), _alnum(rng, 10, "abcdef0123456789")))
    return "Why are we getting 5xx here?\n" + "\n".join(lines)


@N("neg_lab_reference", "healthcare", "lab values / reference ranges", 5)
def _(rng):
    return ("Explain these reference ranges to a nursing student:\nHemoglobin %.1f g/dL (ref 12.0-15.5)\nPlatelets %d x10^3/uL (ref 150-400)\n"
            "INR %.1f (ref 0.8-1.2)\nTSH %.2f mIU/L (ref 0.4-4.0)\nLDL %d mg/dL (goal < 100)" % (
                rng.uniform(8, 17), rng.randrange(90, 480), rng.uniform(0.8, 3.5), rng.uniform(0.1, 9.0), rng.randrange(60, 210)))


@N("neg_dosing", "healthcare", "dosages", 5)
def _(rng):
    drug = pick(rng, ["vancomycin", "enoxaparin", "metformin", "levothyroxine", "amoxicillin-clavulanate", "gabapentin"])
    return ("What is the usual adult dose range of %s, and how is it adjusted when CrCl is below %d mL/min? "
            "Our formulary lists %d mg tablets and a %d mg/%d mL suspension (NDC-style code %s-%s-%s)." % (
                drug, rng.choice([30, 50, 60]), rng.choice([250, 500, 850, 1000]), rng.choice([125, 250, 400]), rng.choice([5, 10]),
                _d(rng, 5), _d(rng, 4), _d(rng, 2)))


@N("neg_icd_cpt", "healthcare", "ICD-10/CPT codes", 5)
def _(rng):
    return ("Which CPT code fits better for a %d-minute established patient visit, 99213 or 99214? Diagnoses: %s, %s. "
            "Modifier 25 applies? Claim form box 24E pointer A-B." % (rng.randrange(15, 45), pick(rng, ["E11.65", "I10", "J45.40", "M54.50"]),
                                                                    pick(rng, ["Z79.4", "E78.5", "F41.1", "N18.3"])))


@N("neg_public_company_news", "finance", "public companies", 5)
def _(rng):
    co = pick(rng, ["Microsoft", "Toyota", "Nestlé", "Samsung Electronics", "Siemens", "Pfizer", "Shell"])
    return ("Summarize: %s reported quarterly revenue of $%d.%d billion, up %d%% year over year, and raised its full-year guidance. "
            "Shares rose %.1f%% in pre-market trading on the Nasdaq. The company will hold its investor day in %s."
            % (co, rng.randrange(10, 90), rng.randrange(10), rng.randrange(2, 20), rng.uniform(0.5, 8), pick(rng, V.MONTHS)))


@N("neg_history_figures", "general", "public figures in history/news", 5)
def _(rng):
    return pick(rng, [
        "Write a short quiz about Marie Curie, who won Nobel Prizes in 1903 and 1911, and about Louis Pasteur's rabies vaccine of 1885.",
        "Explain why Abraham Lincoln issued the Emancipation Proclamation on January 1, 1863, in three bullet points.",
        "Compare the leadership styles of Queen Elizabeth I and Catherine the Great for a high school essay.",
        "What did Florence Nightingale change about hospital sanitation during the Crimean War (1853-1856)?",
        "Summarize Nelson Mandela's 1964 Rivonia Trial speech in plain English.",
        "Give me a timeline of Ada Lovelace's work with Charles Babbage on the Analytical Engine.",
        "Explain Hippocrates' four humors theory and why Galen kept it alive for centuries.",
    ])


@N("neg_street_nouns", "general", "street names as ordinary nouns", 5)
def _(rng):
    return pick(rng, [
        "Is Wall Street overreacting to the latest jobs report, or is Main Street finally feeling the slowdown?",
        "Write a tagline for a Main Street small-business grant program in a town of about 8,000 people.",
        "Why is Abbey Road so famous among music fans, and is the crossing still in use?",
        "Explain the difference between Fleet Street journalism and Madison Avenue advertising culture.",
        "Broadway ticket sales were up 12% this season; what drove the recovery?",
        "Describe the history of Route 66 and the towns that grew along it.",
    ])


@N("neg_sku_isbn", "general", "SKUs / ISBN / EAN", 5)
def _(rng):
    isbn12 = "978" + _d(rng, 9)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(isbn12)) % 10) % 10
    return ("Format this catalog entry: title 'Field Guide to Coastal Birds', ISBN %s-%s-%s-%s-%d, EAN %s, SKU BK-%s-%s, "
            "weight 0.%d kg, list price $%d.99." % (isbn12[:3], isbn12[3], isbn12[4:8], isbn12[8:], chk, "40" + _d(rng, 11), _alnum(rng, 4),
                                                   _d(rng, 3), rng.randrange(2, 9), rng.randrange(9, 60)))


@N("neg_coordinates", "general", "coordinates", 4)
def _(rng):
    return ("Plot these survey points and tell me the bounding box: (%.5f, %.5f), (%.5f, %.5f), (%.5f, %.5f). Elevation %d m, datum WGS84."
            % tuple([rng.uniform(-60, 60), rng.uniform(-170, 170)] * 3 + [rng.randrange(2, 3000)]))


@N("neg_doc_placeholders", "general", "documentation placeholders", 5)
def _(rng):
    return pick(rng, [
        "In our README, the setup step says: export OPENAI_API_KEY=<your-key-here>. Rewrite it so beginners understand where to get one.",
        "Docs example: password: ${DB_PASSWORD} and token: ${GITHUB_TOKEN}. Should we use placeholders like this or angle brackets?",
        "Our form shows the hint 'SSN format: XXX-XX-XXXX' and 'Phone: (XXX) XXX-XXXX'. Suggest clearer placeholder text.",
        "For the API reference, what's a good placeholder for an account number? We currently write ACCOUNT_NUMBER and ROUTING_NUMBER.",
        "Explain what the fields mean in this sample config: api_key: \"REPLACE_ME\", secret: \"changeme\", region: \"eu-west-1\".",
        "The IBAN structure for Germany is DEkk bbbb bbbb cccc cccc cc, where k is the check digit and b the bank code. Explain the rest.",
    ])


@N("neg_regex_schema", "general", "schemas and regexes without values", 5)
def _(rng):
    return pick(rng, [
        "Review this table definition: CREATE TABLE patients (id BIGSERIAL, mrn TEXT NOT NULL, dob DATE, ssn_hash BYTEA, email_verified BOOLEAN);",
        "Is the regex ^\\d{3}-\\d{2}-\\d{4}$ enough to validate SSNs, or do I need to exclude area 000 and 666?",
        "Write a JSON Schema where card_number is a 13-19 digit string and cvv is 3-4 digits; no example values please.",
        "What's the difference between the NPI and DEA check-digit algorithms? Explain with the formulas only.",
        "In our Pydantic model, should date_of_birth be a date or str? The field is optional and defaults to None.",
    ])


@N("neg_timestamps_cron", "general", "timestamps and schedules", 4)
def _(rng):
    return ("Translate this schedule into plain English: cron '%d %d * * 1-5', next runs 2025-04-0%dT0%d:%02d:00Z and 2025-04-0%dT0%d:%02d:00Z; "
            "retention 90 days; last backup took 00:%02d:%02d." % (rng.randrange(60), rng.randrange(24), rng.randrange(1, 5), rng.randrange(10),
                                                                 rng.randrange(60), rng.randrange(5, 9), rng.randrange(10), rng.randrange(60),
                                                                 rng.randrange(60), rng.randrange(60)))


@N("neg_aggregate_stats", "healthcare", "aggregate statistics", 5)
def _(rng):
    return ("Write an abstract from these results: %d,%03d patients enrolled across %d sites; mean age %.1f years (SD %.1f); "
            "%d%% female; HbA1c fell by %.2f points at 26 weeks (95%% CI %.2f to %.2f, p=0.0%d)."
            % (rng.randrange(1, 9), rng.randrange(1000), rng.randrange(5, 60), rng.uniform(45, 72), rng.uniform(6, 14),
               rng.randrange(35, 65), rng.uniform(0.3, 1.4), rng.uniform(0.1, 0.3), rng.uniform(0.4, 1.6), rng.randrange(1, 5)))


@N("neg_flight_info", "general", "flight / gate / seat", 4)
def _(rng):
    return ("Make this travel update sound friendlier: Flight %s%d departs %s at %02d:%02d from gate %s%d, seat %d%s, "
            "baggage claim carousel %d, confirmation code %s." % (pick(rng, ["LH", "UA", "TK", "AF"]), rng.randrange(100, 9999),
                                                                 pick(rng, ["FRA", "IST", "CDG", "ORD"]), rng.randrange(24), rng.randrange(60),
                                                                 pick(rng, "ABCDE"), rng.randrange(1, 60), rng.randrange(1, 40),
                                                                 pick(rng, "ABCDEF"), rng.randrange(1, 12), _alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ")))


@N("neg_finance_math", "finance", "rates and amounts", 5)
def _(rng):
    return ("If I put $%d,%03d into an account at %.2f%% APY compounded monthly and add $%d every month, how much will I have after %d years? "
            "Also, what does the routing table in our network diagram have to do with bank routing? (just curious)"
            % (rng.randrange(1, 90), rng.randrange(1000), rng.uniform(1, 6), rng.randrange(50, 900), rng.randrange(2, 30)))


@N("neg_ticket_ids", "general", "ticket / case numbers", 5)
def _(rng):
    return ("Summarize these Jira tickets: PLAT-%d (flaky test in checkout), PLAT-%d (upgrade node to 20.%d.%d), SEC-%d (rotate expired certs, "
            "owner: platform team). Case number %s from the vendor is still open. Sprint %d ends %s."
            % (rng.randrange(100, 9999), rng.randrange(100, 9999), rng.randrange(1, 20), rng.randrange(0, 9), rng.randrange(10, 999),
               "CS" + _d(rng, 9), rng.randrange(10, 80), pick(rng, ["Friday", "Thursday", "next Tuesday"])))


@N("neg_lab_equipment", "healthcare", "model numbers / lot numbers", 4)
def _(rng):
    return ("Our analyzer (model %s-%d, firmware %d.%d.%d) flags lot %s of the calibrator as expired on %s. Reagent catalog #%s. "
            "What does QC rule 1-3s mean?" % (pick(rng, ["CX", "AU", "DXC"]), rng.randrange(100, 9000), rng.randrange(1, 9), rng.randrange(10),
                                              rng.randrange(10), _alnum(rng, 7), V.fmt_date(rng, V.ymd(rng, 2025, 2027), 1), _d(rng, 6)))


@N("neg_group_claim_numbers", "healthcare", "claim / group numbers", 4)
def _(rng):
    return ("Explain the difference between a claim number (e.g., %s) and a group number (e.g., GRP-%s) on an explanation of benefits. "
            "Our EOB template also shows place of service 11 and revenue code 0450." % ("CLM" + _d(rng, 10), _d(rng, 5)))


@N("neg_recipe_weather", "general", "everyday numbers", 4)
def _(rng):
    return pick(rng, [
        "Scale this recipe to 12 servings: 250 g flour, 3 eggs, 180 ml milk, bake at 190 C for 25 min.",
        "Tomorrow: high 31 C, low 19 C, wind 14 km/h from the NW, UV index 8, humidity 62%. Write a weather blurb.",
        "Final score 3-2 after extra time; attendance 61,204; possession 54% vs 46%. Write a match report.",
        "My marathon splits were 4:52, 4:55, 5:01 and 5:10 per km. What pacing advice would you give?",
    ])


@N("neg_geo_landmarks", "general", "public places", 4)
def _(rng):
    return pick(rng, [
        "Plan a walking tour from the Louvre to the Eiffel Tower with a lunch stop near Rue Cler.",
        "What are the opening hours of the British Museum on Great Russell Street, and is entry free?",
        "Describe the architecture of the Chrysler Building on Lexington Avenue.",
        "Recommend a route through Golden Gate Park that passes the de Young Museum.",
    ])


@N("neg_tracking_numbers", "general", "tracking numbers", 4)
def _(rng):
    return ("Which carrier uses these formats? USPS %s %s %s %s %s %s, FedEx %s, DHL %s. None of them are arriving on time."
            % ("9400", _d(rng, 4), _d(rng, 4), _d(rng, 4), _d(rng, 4), _d(rng, 2), _d(rng, 12), _d(rng, 10)))


@N("neg_model_serial_public", "general", "product model numbers", 4)
def _(rng):
    return ("Compare the specs: Router AX-%d (Wi-Fi 6, 4x4 MIMO) vs. AX-%d; firmware 3.%d.%d; part no. %s-%s. Which is better for a small office?"
            % (rng.randrange(1000, 9999), rng.randrange(1000, 9999), rng.randrange(10), rng.randrange(100), _alnum(rng, 3), _d(rng, 5)))


@N("neg_stock_tickers", "finance", "tickers / fund codes", 4)
def _(rng):
    return ("Build a 60/40 portfolio with VTI, BND and VXUS; the fund's CUSIP-like code %s and ISIN-style prefix US are just for labeling. "
            "Expense ratios 0.03%%, 0.03%%, 0.07%%." % _alnum(rng, 9))


@N("neg_multilingual_generic", "general", "non-English texts without PII", 5)
def _(rng):
    return pick(rng, [
        "Traduce: La reunión del comité se celebrará el martes a las 10:00 en la sala 3B; el orden del día incluye el presupuesto de 2026.",
        "Übersetze: Die Lieferung mit der Bestellnummer 4471-AB wird voraussichtlich in KW 17 eintreffen.",
        "Traduire : Le rapport trimestriel indique une hausse de 4,2 % du chiffre d'affaires dans la région Sud.",
        "次の文を英語に翻訳してください：会議は来週の水曜日、午後3時から第2会議室で行います。",
        "다음 문장을 번역해 주세요: 신제품 출시는 3분기로 연기되었습니다.",
        "请翻译：本季度订单量同比增长12%，库存周转天数为38天。",
        "ترجم: سيتم إغلاق المكتب يوم الجمعة بسبب العطلة الرسمية.",
        "Dịch giúp: Chương trình khuyến mãi kéo dài đến hết tháng 5, giảm 20% cho tất cả sản phẩm.",
        "Çevir: Toplantı gündeminde bütçe planlaması ve yeni ofis taşınması var.",
        "Przetłumacz: Zamówienie nr 2025/03/118 zostało wysłane kurierem w piątek.",
    ])


@N("neg_clinical_education", "healthcare", "clinical education without patients", 5)
def _(rng):
    return pick(rng, [
        "Create flashcards on the CHA2DS2-VASc score components and what score warrants anticoagulation.",
        "Explain the difference between type 1 and type 2 diabetes for a patient education handout (no patient details).",
        "What are the Ottawa ankle rules? Make a one-page summary for the ED.",
        "Write a template discharge instruction for uncomplicated appendectomy; leave name and date fields blank.",
        "List the HIPAA Safe Harbor identifiers and explain why ages over 89 are grouped together.",
        "Summarize the Wells criteria for DVT in a table.",
    ])


@N("neg_hl7_structure", "healthcare", "standards structure without values", 4)
def _(rng):
    return pick(rng, [
        "In HL7 v2, which PID field holds the patient identifier list, and which component of PID-5 is the given name?",
        "Explain the X12 837P loop structure: 2000A, 2010AA, 2000B, 2010BA, 2300, 2400. No real data needed.",
        "What does a FHIR Bundle of type 'transaction' need in each entry.request? Show the fields with empty values.",
        "In C-CDA, where does the recordTarget element sit and what child elements does patientRole allow?",
    ])


@N("neg_code_no_secrets", "general", "code without secrets", 4)
def _(rng):
    return pick(rng, [
        "```python\nimport os\napi_key = os.environ[\"OPENAI_API_KEY\"]\nclient = make_client(api_key=api_key, timeout=30)\n```\nIs this safe?",
        "```yaml\nspring:\n  datasource:\n    password: ${DB_PASSWORD}\n    username: ${DB_USER}\n```\nhow do I inject these in k8s?",
        "```js\nconst token = await getTokenFromVault('payments/stripe');\n```\nHow should I cache this token?",
        "```go\nkey, err := kms.Decrypt(ctx, encryptedKey)\nif err != nil { return err }\n```\nWhat's a better error message?",
        "```bash\naws configure --profile staging   # prompts for keys, do not paste them here\n```\nWhat does --profile do?",
    ])


@N("neg_short_ages", "healthcare", "young ages in clinical context", 5)
def _(rng):
    return ("Is a %d-year-old with BMI %.1f and BP %d/%d a candidate for statin therapy? LDL %d mg/dL, no diabetes, non-smoker."
            % (rng.randrange(30, 89), rng.uniform(21, 38), rng.randrange(110, 165), rng.randrange(65, 100), rng.randrange(90, 220)))


@N("neg_bank_product", "finance", "bank products without accounts", 4)
def _(rng):
    return pick(rng, [
        "Compare a high-yield savings account at 4.3% APY with a 12-month CD at 4.8%; I have about $15,000 to park.",
        "What is the difference between an ABA routing number and a SWIFT/BIC code, conceptually?",
        "Explain how SEPA instant transfers work and their EUR 100,000 limit.",
        "How long does a domestic wire usually take compared to ACH same-day?",
    ])


@N("neg_sensor_telemetry", "general", "telemetry readings", 4)
def _(rng):
    return ("Detect anomalies: sensor TEMP-%02d readings %s; battery %d%%; sampled every %d s; gateway firmware 2.%d.%d."
            % (rng.randrange(1, 99), ", ".join("%.2f" % rng.uniform(18, 30) for _ in range(6)), rng.randrange(5, 100),
               rng.randrange(5, 60), rng.randrange(10), rng.randrange(10)))


@N("neg_math_long_numbers", "general", "long numbers in math", 4)
def _(rng):
    while True:
        n = _d(rng, 18)
        if n[0] != "0":
            break
    return ("Is %s divisible by 7? Also factor %d and convert %d to hexadecimal." % (n, rng.randrange(10 ** 5, 10 ** 6),
                                                                                   rng.randrange(10 ** 6, 10 ** 8)))


@N("neg_fictional_generic", "general", "role placeholders", 4)
def _(rng):
    return pick(rng, [
        "Write a customer-service script where the agent verifies identity without reading out any personal data.",
        "Draft a privacy notice explaining that we collect name, email and phone number for account creation.",
        "Write a short story about a lighthouse keeper and a stray cat; no real names please.",
        "Create a role-play between 'the patient' and 'the nurse' about medication adherence.",
    ])
