# ruff: noqa: UP031, UP032, ISC004  (generated-data helpers: printf-style templates kept for readability)
"""Hard-negative templates: PII-free prompts that look like they might hold PII.

Each template is ``fn(rng) -> str``.  None contains a person's data, an e-mail address,
a URL, an IP address or a credential; look-alike numbers are deliberately invalid
(Luhn, SSN rules, IBAN mod-97, ABA) or are non-personal identifiers (orders, SKUs,
tracking numbers, hashes, versions, public companies, historical figures).
"""

from __future__ import annotations

import datetime
import json

import h11_values as V
from h11_values import pick

TEMPLATES = []


def tpl(name, domain, category, n=3):
    def deco(fn):
        TEMPLATES.append((name, domain, category, n, fn))
        return fn

    return deco


def money(rng, lo=5, hi=900):
    return "%d.%02d" % (rng.randint(lo, hi), rng.randint(0, 99))


def ts(rng, year=2025):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (
        year,
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.randint(0, 23),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )


# --------------------------------------------------------------------------- commerce / ids


@tpl("neg_order_confirmation", "general", "order_ids", 3)
def neg_order_confirmation(rng):
    names = rng.sample(
        [
            "Stainless water bottle 750ml",
            "Trail socks 3-pack",
            "USB-C hub 7-in-1",
            "Ceramic pour-over set",
            "Bamboo cutting board",
            "LED desk lamp",
        ],
        rng.randint(2, 4),
    )
    lines, total = [], 0
    for nm in names:
        qty, cents = rng.randint(1, 3), rng.randint(800, 12000)
        total += qty * cents
        lines.append(
            "  %-28s x%d  $%d.%02d   SKU %s"
            % (nm, qty, cents // 100, cents % 100, V.sku(rng))
        )
    items = "\n".join(lines)
    return (
        "Rewrite this order confirmation so it's friendlier:\n\nOrder %s confirmed\nPlaced: %s\n%s\n"
        "Subtotal $%s | Shipping: standard (5–7 business days)\nCarrier reference %s\n"
        "Questions? Reply to this message from the order page."
        % (
            V.order_id(rng),
            ts(rng),
            items,
            "%d.%02d" % (total // 100, total % 100),
            V.ups_tracking(rng),
        )
    )


@tpl("neg_invoice_due", "finance", "invoice", 3)
def neg_invoice_due(rng):
    issued = V.rdate(rng, 2025, 2025)
    inv = "INV-%d-%s" % (issued.year, V.digits(rng, 5))
    return (
        "Draft a payment reminder for this vendor invoice (B2B, no personal data):\n\n"
        "Invoice %s\nIssued: %s   Due: %s (net 30)\nPO number: PO%s\nLine items: 40 h consulting @ $165.00\n"
        "Amount due: $%s\nRemit to: accounts receivable, %s"
        % (
            inv,
            issued.isoformat(),
            (issued + datetime.timedelta(days=30)).isoformat(),
            V.digits(rng, 7),
            "{:,}.00".format(40 * 165 + rng.randint(0, 900)),
            pick(
                rng,
                ["Larkspur Logistics", "Sable Peak Software", "Corvid Freight Lines"],
            ),
        )
    )


@tpl("neg_ticket_triage", "general", "ticket_ids", 3)
def neg_ticket_triage(rng):
    rows = "\n".join(
        "%s-%d | %-40s | %s | %s"
        % (
            pick(rng, ["PAY", "OPS", "INFRA", "WEB"]),
            rng.randint(100, 9999),
            pick(
                rng,
                [
                    "Checkout button misaligned on Safari",
                    "Nightly export job exceeds 2h",
                    "Upgrade base image to Debian 12",
                    "Flaky test in currency rounding",
                    "Add retry to webhook dispatcher",
                    "Dark mode contrast on settings page",
                ],
            ),
            pick(rng, ["P1", "P2", "P3"]),
            pick(rng, ["open", "in progress", "blocked"]),
        )
        for _ in range(rng.randint(4, 6))
    )
    return (
        "Group these tickets into themes for sprint planning:\n\n"
        + rows
        + "\n\nAlso INC%s is still open." % V.digits(rng, 7)
    )


@tpl("neg_luhn_invalid_refs", "finance", "luhn_invalid_numbers", 4)
def neg_luhn_invalid_refs(rng):
    refs = [V.luhn_invalid(rng, 16) for _ in range(3)]
    grouped = [" ".join(r[i : i + 4] for i in range(0, 16, 4)) for r in refs]
    return (
        "Our settlement file has these 16-digit batch references. The bank says they are NOT card numbers, "
        "they fail the Luhn check. Can you confirm and explain why a validator would reject them?\n\n"
        "batch_ref_1: %s\nbatch_ref_2: %s\nbatch_ref_3: %s\nsettled: $%s"
        % (grouped[0], refs[1], grouped[2], money(rng, 1000, 90000))
    )


@tpl("neg_masked_card", "finance", "masked_values", 3)
def neg_masked_card(rng):
    last4 = V.digits(rng, 4)
    return pick(
        rng,
        [
            "Why would a statement show my card as **** **** **** %s and the app as •••• %s? Are they the same card?"
            % (last4, last4),
            "Receipt: VISA ending in %s, auth code %s, amount $%s, terminal T-%s. Is the auth code something I should "
            "keep private?"
            % (last4, V.rs(rng, V.UP + V.DIG, 6), money(rng), V.digits(rng, 3)),
            "The dispute form asks for 'last 4 of card' (%s) and 'transaction ID' (%s). Which one does the merchant "
            "need?" % (last4, V.uuid4(rng)),
        ],
    )


@tpl("neg_sku_catalog", "general", "skus", 3)
def neg_sku_catalog(rng):
    rows = "\n".join(
        "%s,%s,%s,%s,%d"
        % (
            V.sku(rng),
            V.ean13(rng),
            pick(
                rng,
                [
                    "Hex bolt M8x40",
                    "Cable tie 200mm",
                    "Wall anchor 6mm",
                    "Hinge 75mm brass",
                    "Drawer slide 450mm",
                ],
            ),
            money(rng, 1, 40),
            rng.randint(0, 900),
        )
        for _ in range(rng.randint(4, 6))
    )
    return (
        "Find duplicate products in this catalog export (sku,ean,name,price,stock):\n\n"
        + rows
    )


@tpl("neg_isbn_books", "general", "isbn_ean", 3)
def neg_isbn_books(rng):
    books = [
        "Principles of Clinical Epidemiology",
        "A History of Double-Entry Bookkeeping",
        "Distributed Systems in Practice",
        "The Anatomy Coloring Workbook",
        "Field Guide to Lichens",
    ]
    rows = "\n".join(
        "- %s — ISBN %s (%d ed., %d pp.)"
        % (b, V.fmt_isbn(V.isbn13(rng)), rng.randint(1, 6), rng.randint(180, 900))
        for b in rng.sample(books, 3)
    )
    return "Format these as an APA reading list:\n\n" + rows


@tpl("neg_tracking_numbers", "general", "tracking_numbers", 3)
def neg_tracking_numbers(rng):
    return (
        "Which carriers do these tracking numbers belong to?\n\n1) %s\n2) %s\n3) %s\n4) PROG%s\n"
        "Shipped from warehouse DC-%d on %s."
        % (
            V.ups_tracking(rng),
            V.usps_tracking(rng),
            V.digits(rng, 12, True),
            V.digits(rng, 9),
            rng.randint(1, 9),
            "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        )
    )


@tpl("neg_shipping_manifest", "general", "container_numbers", 3)
def neg_shipping_manifest(rng):
    rows = "\n".join(
        "%s %s %s | %s | %d kg | seal %s"
        % (
            pick(rng, ["MSKU", "TGHU", "CMAU", "OOLU"]),
            V.digits(rng, 6),
            V.digits(rng, 1),
            pick(rng, ["40HC", "20GP", "45R1"]),
            rng.randint(4000, 26000),
            V.digits(rng, 7),
        )
        for _ in range(rng.randint(3, 5))
    )
    return (
        "Summarize total weight per container type from this manifest (vessel voyage %sW):\n\n%s"
        % (V.digits(rng, 3), rows)
    )


# --------------------------------------------------------------------------- engineering


@tpl("neg_release_notes", "general", "versions", 3)
def neg_release_notes(rng):
    v = V.semver(rng)
    return (
        "Turn these release notes into a tweet:\n\n## v%s — released %s\n- Bump OpenSSL to 3.%d.%d\n"
        "- Fix race in connection pool (#%d)\n- Drop support for Node %d\n- Build %s\n"
        % (
            v,
            "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
            rng.randint(0, 4),
            rng.randint(0, 15),
            rng.randint(1000, 9000),
            rng.randint(14, 18),
            V.git_sha(rng, 12),
        )
    )


@tpl("neg_system_log", "general", "logs_no_pii", 3)
def neg_system_log(rng):
    lines = []
    for _ in range(rng.randint(4, 7)):
        lines.append(
            "%s %s %s %s"
            % (
                ts(rng),
                pick(rng, ["INFO ", "WARN ", "ERROR", "DEBUG"]),
                pick(rng, ["scheduler", "billing-worker", "cache", "migrator", "gc"]),
                pick(
                    rng,
                    [
                        "job=reindex duration_ms=%d" % rng.randint(10, 90000),
                        "evicted %d keys" % rng.randint(1, 5000),
                        "retrying batch %s attempt=%d"
                        % (V.uuid4(rng), rng.randint(1, 5)),
                        "heap=%dMB pause=%dms"
                        % (rng.randint(200, 4000), rng.randint(1, 400)),
                        "applied migration 20250%d_add_index" % rng.randint(100, 999),
                        "queue depth %d" % rng.randint(0, 20000),
                    ],
                ),
            )
        )
    return "What's causing the slowdown in these logs?\n\n" + "\n".join(sorted(lines))


@tpl("neg_ci_build", "general", "hashes", 3)
def neg_ci_build(rng):
    return (
        "CI failed, what does this mean?\n\nRun #%d  commit %s  branch main\nStep 4/9: "
        "RUN pip install -r requirements.txt\n ---> Using cache\n ---> %s\n"
        "ERROR: Hashes are required in --require-hashes mode, but they are missing: --hash=sha256:%s\n"
        % (
            rng.randint(1000, 99999),
            V.git_sha(rng),
            V.git_sha(rng, 12),
            V.git_sha(rng, 64),
        )
    )


@tpl("neg_docker_digest", "general", "hashes", 2)
def neg_docker_digest(rng):
    return (
        "Pin these images by digest in our compose file:\n\npostgres:16.%d@sha256:%s\nredis:7.%d@sha256:%s\n"
        "nginx:1.27-alpine@sha256:%s"
        % (
            rng.randint(1, 4),
            V.git_sha(rng, 64),
            rng.randint(0, 4),
            V.git_sha(rng, 64),
            V.git_sha(rng, 64),
        )
    )


@tpl("neg_git_log", "general", "hashes", 2)
def neg_git_log(rng):
    msgs = [
        "fix: handle empty cart on checkout",
        "chore(deps): bump lodash",
        "feat: add CSV export",
        "refactor: split billing service",
        "docs: update install guide",
        "test: cover leap-year dates",
        "perf: cache tax tables",
    ]
    return "Write a changelog from these commits:\n\n" + "\n".join(
        "%s %s" % (V.git_sha(rng, 7), m) for m in rng.sample(msgs, 5)
    )


@tpl("neg_uuid_errors", "general", "uuids", 3)
def neg_uuid_errors(rng):
    return (
        'Error from the API: {"error": "not_found", "request_id": "%s", "resource": "invoice", '
        '"resource_id": "%s", "trace": "%s"}. Is the request ID something support needs?'
        % (V.uuid4(rng), V.uuid4(rng), V.git_sha(rng, 32))
    )


@tpl("neg_stack_trace", "general", "stack_traces", 3)
def neg_stack_trace(rng):
    return (
        'Explain this stack trace:\n\nTraceback (most recent call last):\n  File "/srv/app/billing/tasks.py", '
        "line %d, in reconcile\n    total = sum(l.amount for l in ledger.lines(batch_id))\n"
        '  File "/srv/app/billing/ledger.py", line %d, in lines\n    raise LedgerLocked(batch_id)\n'
        "billing.errors.LedgerLocked: batch %s locked since %s"
        % (rng.randint(20, 400), rng.randint(20, 400), V.uuid4(rng), ts(rng))
    )


@tpl("neg_http_log", "general", "http_logs_no_pii", 4)
def neg_http_log(rng):
    lines = []
    for _ in range(rng.randint(4, 6)):
        lines.append(
            '[%s] "%s %s HTTP/1.1" %d %d %dms upstream=%s'
            % (
                ts(rng),
                pick(rng, ["GET", "GET", "POST", "HEAD"]),
                pick(
                    rng,
                    [
                        "/healthz",
                        "/api/v2/catalog/items?page=%d" % rng.randint(1, 40),
                        "/static/app.%s.js" % V.git_sha(rng, 8),
                        "/api/v2/orders/%s/status" % V.digits(rng, 7),
                        "/metrics",
                        "/favicon.ico",
                    ],
                ),
                pick(rng, [200, 200, 200, 304, 404, 500, 502]),
                rng.randint(0, 90000),
                rng.randint(1, 3000),
                pick(rng, ["catalog-svc", "orders-svc", "cdn-edge"]),
            )
        )
    return (
        "Which endpoints are erroring and how often? (access log from the load balancer)\n\n"
        + "\n".join(lines)
    )


@tpl("neg_k8s_events", "general", "logs_no_pii", 3)
def neg_k8s_events(rng):
    pod = "api-%s-%s" % (
        V.rs(rng, V.HEX, 10),
        V.rs(rng, "bcdfghjklmnpqrstvwxz2456789", 5),
    )
    return (
        "kubectl get events output — why is the pod crash looping?\n\nLAST SEEN   TYPE      REASON      OBJECT\n"
        "%dm         Warning   BackOff     pod/%s\n%dm         Normal    Pulled      pod/%s  image sha256:%s\n"
        "%dm         Warning   OOMKilled   pod/%s  limit=512Mi"
        % (
            rng.randint(1, 9),
            pod,
            rng.randint(1, 9),
            pod,
            V.git_sha(rng, 64),
            rng.randint(1, 9),
            pod,
        )
    )


@tpl("neg_doc_placeholders", "general", "placeholders", 4)
def neg_doc_placeholders(rng):
    return pick(
        rng,
        [
            "In the README, replace `<YOUR_API_KEY>` with the key from the dashboard and set `PASSWORD=<choose one>`. "
            'Example: `export API_KEY="sk-..."`. Is this clear enough for beginners?',
            "Our form validation docs say: SSN format XXX-XX-XXXX, ZIP format NNNNN or NNNNN-NNNN, phone (NNN) NNN-NNNN. "
            "Write unit-test names for each rule.",
            "Template: Dear [PATIENT NAME], your appointment on [DATE] at [TIME] with [PROVIDER] is confirmed. "
            "Make this template sound warmer, keep the placeholders.",
            "The API reference lists `card_number` (string, 13–19 digits), `cvc` (string, 3–4 digits) and "
            "`exp_month` (integer). Generate an OpenAPI schema for these fields.",
            "Mail-merge fields: {{first_name}}, {{last_name}}, {{member_id}}, {{dob}}. Write a Jinja template for a "
            "benefits welcome letter using them.",
        ],
    )


@tpl("neg_config_placeholders", "general", "placeholders", 3)
def neg_config_placeholders(rng):
    return (
        "Review this Helm values file for best practices:\n\n```yaml\ndatabase:\n  host: postgres\n"
        "  user: app\n  passwordSecretRef:\n    name: db-credentials\n    key: password\nstripe:\n"
        "  apiKey: ${STRIPE_API_KEY}\naws:\n  accessKeyId: ${AWS_ACCESS_KEY_ID}\n  region: us-west-%d\n"
        "replicas: %d\nimage: registry.local/api:%s\n```"
        % (rng.randint(1, 2), rng.randint(2, 6), V.semver(rng))
    )


@tpl("neg_password_policy", "general", "security_policy", 3)
def neg_password_policy(rng):
    n = rng.randint(12, 16)
    return (
        "Rewrite our password policy in plain English: minimum length %d, at least one symbol, no reuse of the "
        "last %d passwords, rotation every %d days for service accounts only, MFA required for admin roles, "
        "lockout after %d failed attempts for %d minutes."
        % (
            n,
            rng.randint(3, 10),
            rng.choice([90, 180, 365]),
            rng.randint(5, 10),
            rng.choice([15, 30]),
        )
    )


@tpl("neg_hash_test_vectors", "general", "hashes", 2)
def neg_hash_test_vectors(rng):
    return pick(
        rng,
        [
            "Why does SHA-256 of the empty string equal e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 "
            "and of 'abc' ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad? Explain the padding step.",
            "MD5('') is d41d8cd98f00b204e9800998ecf8427e. Why shouldn't we use MD5 for file integrity anymore?",
        ],
    )


@tpl("neg_sql_schema", "healthcare", "schema_no_data", 3)
def neg_sql_schema(rng):
    return (
        "Suggest indexes for this schema (no data yet):\n\nCREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n"
        "  mrn VARCHAR(%d) UNIQUE NOT NULL,\n  last_name TEXT, first_name TEXT,\n  dob DATE,\n  ssn_hash BYTEA,\n"
        "  zip CHAR(5)\n);\nCREATE TABLE encounters (id BIGSERIAL, patient_id BIGINT REFERENCES patients, "
        "admit_ts TIMESTAMPTZ, discharge_ts TIMESTAMPTZ);" % rng.choice([12, 16, 20])
    )


@tpl("neg_hl7_spec", "healthcare", "interchange_no_data", 3)
def neg_hl7_spec(rng):
    return pick(
        rng,
        [
            "In HL7 v2.5, which PID fields carry identifiers? I count PID-3 (patient identifier list), PID-18 (account "
            "number), PID-19 (SSN) and PID-20 (driver's license). Is PID-2 still used? Empty example: "
            "PID|1||^^^HOSP^MR||^^^||||||^^^^^|||||||",
            "What does MSH|^~\\&|LAB|MAIN|EHR|MAIN|%s||ORU^R01|%s|P|2.5 tell the receiver? No patient segments yet."
            % (
                "2025%02d%02d%02d%02d"
                % (
                    rng.randint(1, 12),
                    rng.randint(1, 28),
                    rng.randint(0, 23),
                    rng.randint(0, 59),
                ),
                V.digits(rng, 8),
            ),
            "Explain the X12 837P loop structure: 2000A billing provider HL, 2000B subscriber HL, 2300 claim, 2400 "
            "service line. Which loop has DTP*472?",
        ],
    )


@tpl("neg_fhir_profile", "healthcare", "interchange_no_data", 3)
def neg_fhir_profile(rng):
    sd = {
        "resourceType": "StructureDefinition",
        "name": "ClinicPatient",
        "status": "draft",
        "type": "Patient",
        "differential": {
            "element": [
                {
                    "path": "Patient.identifier",
                    "min": 1,
                    "short": "Medical record number",
                },
                {"path": "Patient.birthDate", "min": 1},
                {
                    "path": "Patient.address.postalCode",
                    "max": "1",
                    "short": "5 or 9 digit ZIP",
                },
            ]
        },
        "version": V.semver(rng),
    }
    return "Is this profile differential valid?\n" + json.dumps(sd, indent=2)


# --------------------------------------------------------------------------- clinical reference


@tpl("neg_lab_reference", "healthcare", "lab_values", 3)
def neg_lab_reference(rng):
    rows = rng.sample(
        [
            ("Sodium", "135–145 mmol/L"),
            ("Potassium", "3.5–5.1 mmol/L"),
            ("Creatinine", "0.6–1.2 mg/dL"),
            ("HbA1c", "< 5.7 %"),
            ("TSH", "0.4–4.5 mIU/L"),
            ("Hemoglobin", "12.0–17.5 g/dL"),
            ("Platelets", "150–400 x10^9/L"),
            ("LDL-C", "< 100 mg/dL"),
            ("INR", "0.8–1.1"),
        ],
        5,
    )
    return (
        "Make a printable reference card from these adult reference ranges (no patient data):\n\n"
        + "\n".join("%s: %s" % r for r in rows)
    )


@tpl("neg_dosage_guide", "healthcare", "dosages", 3)
def neg_dosage_guide(rng):
    drug = pick(
        rng,
        [
            ("amoxicillin", "25–45 mg/kg/day divided q12h", "875 mg q12h"),
            (
                "acetaminophen",
                "10–15 mg/kg q4–6h, max 75 mg/kg/day",
                "650 mg q6h, max 3 g/day",
            ),
            ("ibuprofen", "5–10 mg/kg q6–8h", "400 mg q6h PRN"),
            ("metformin", "not applicable", "500 mg daily, titrate to 2,000 mg/day"),
            ("lisinopril", "not established < 6 years", "10 mg daily, range 20–40 mg"),
        ],
    )
    return (
        "Compare pediatric vs adult dosing for %s in a table. Pediatric: %s. Adult: %s. Add renal adjustment "
        "notes for CrCl < 30 mL/min." % drug
    )


@tpl("neg_icd_cpt_reference", "healthcare", "billing_codes", 3)
def neg_icd_cpt_reference(rng):
    pairs = rng.sample(
        [
            ("E11.65", "Type 2 diabetes with hyperglycemia"),
            ("I10", "Essential hypertension"),
            ("J44.1", "COPD with acute exacerbation"),
            ("M54.16", "Radiculopathy, lumbar region"),
            ("99214", "Office visit, established, moderate MDM"),
            ("93000", "ECG with interpretation"),
            ("83036", "Hemoglobin A1c"),
            ("Z00.00", "General adult exam without abnormal findings"),
        ],
        5,
    )
    return "Which of these codes are ICD-10-CM and which are CPT?\n\n" + "\n".join(
        "%s — %s" % p for p in pairs
    )


@tpl("neg_ndc_lot", "healthcare", "drug_codes", 3)
def neg_ndc_lot(rng):
    return (
        "Recall notice parsing: NDC %s, lot %s, expiry %s; NDC %s, lot %s. Which lots are in scope if the recall "
        "covers lots manufactured before %d?"
        % (
            V.ndc(rng),
            V.rs(rng, V.UP + V.DIG, 7),
            "%02d/%d" % (rng.randint(1, 12), rng.randint(2025, 2028)),
            V.ndc(rng),
            V.rs(rng, V.UP + V.DIG, 7),
            rng.randint(2023, 2025),
        )
    )


@tpl("neg_population_ages", "healthcare", "aggregate_statistics", 3)
def neg_population_ages(rng):
    return (
        "Describe this table for a board report:\n\nAge band | Enrollees | ED visits / 1,000\n18–34 | %s | %d\n"
        "35–49 | %s | %d\n50–64 | %s | %d\n65+ | %s | %d\nMedian age of enrollees: %d"
        % (
            "{:,}".format(rng.randint(5000, 40000)),
            rng.randint(100, 500),
            "{:,}".format(rng.randint(5000, 40000)),
            rng.randint(100, 500),
            "{:,}".format(rng.randint(5000, 40000)),
            rng.randint(100, 500),
            "{:,}".format(rng.randint(5000, 40000)),
            rng.randint(100, 700),
            rng.randint(38, 52),
        )
    )


@tpl("neg_clinical_guideline", "healthcare", "guidelines", 3)
def neg_clinical_guideline(rng):
    return pick(
        rng,
        [
            "Summarize: adults aged 45 to 75 should be screened for colorectal cancer; those 76 to 85 selectively. "
            "Colonoscopy every 10 years or FIT annually. What changed from the 50-year start age?",
            "Shingles vaccine: two doses for adults 50 and older, 2 to 6 months apart. Create a patient FAQ.",
            "For adults over 65, target BP < 130/80 if tolerated. Write a one-paragraph rationale for residents.",
            "Pediatric fever guidance: infants under 3 months with temp >= 38.0 C need urgent evaluation. Make a "
            "triage flowchart in text.",
        ],
    )


@tpl("neg_aggregate_claims", "healthcare", "aggregate_statistics", 3)
def neg_aggregate_claims(rng):
    rows = "\n".join(
        "2025-%02d,%d,%d,%s"
        % (m, rng.randint(800, 5000), rng.randint(10, 400), money(rng, 100000, 900000))
        for m in range(1, rng.randint(4, 7))
    )
    return "Plot denial rate by month (month,claims,denials,paid_usd):\n\n" + rows


@tpl("neg_lab_qc", "healthcare", "lab_values", 3)
def neg_lab_qc(rng):
    return (
        "Westgard check: QC lot %s level 2 glucose target %d mg/dL SD %.1f. Runs: %s. Any 1-3s or 2-2s "
        "violations? Analyzer serial not relevant."
        % (
            V.rs(rng, V.UP + V.DIG, 6),
            rng.randint(90, 300),
            rng.uniform(2, 6),
            ", ".join(str(rng.randint(85, 310)) for _ in range(8)),
        )
    )


@tpl("neg_device_spec", "healthcare", "product_specs", 3)
def neg_device_spec(rng):
    return (
        "Compare these infusion pump models for our purchasing committee: Model %s (firmware %s, 510(k) K%s), "
        "Model %s (firmware %s). Battery 8 h vs 6 h; drug library 5,000 entries."
        % (
            V.rs(rng, V.UP, 2) + "-" + V.digits(rng, 3),
            V.semver(rng),
            V.digits(rng, 6),
            V.rs(rng, V.UP, 3) + V.digits(rng, 2),
            V.semver(rng),
        )
    )


@tpl("neg_hospital_facts", "healthcare", "organizations", 3)
def neg_hospital_facts(rng):
    return (
        "Write an 'About us' blurb: Lakeshore Regional Medical Center, founded %d, %d licensed beds, Level II "
        "trauma center, %s annual ED visits, Magnet designation since %d, main campus on Harbor Avenue."
        % (
            rng.randint(1890, 1970),
            rng.randint(150, 600),
            "{:,}".format(rng.randint(30000, 90000)),
            rng.randint(2005, 2022),
        )
    )


# --------------------------------------------------------------------------- finance reference


@tpl("neg_public_company", "finance", "public_companies", 3)
def neg_public_company(rng):
    co = pick(
        rng,
        [
            ("Microsoft", "MSFT"),
            ("Johnson & Johnson", "JNJ"),
            ("UnitedHealth Group", "UNH"),
            ("JPMorgan Chase", "JPM"),
            ("Siemens Healthineers", "SHL"),
            ("Toyota Motor", "7203"),
        ],
    )
    eps = rng.uniform(0.5, 9)
    return (
        "Summarize this earnings snippet for a newsletter (figures are illustrative): %s (%s) reported quarterly "
        "revenue of $%.1f billion, up %.1f%% year over year; EPS $%.2f vs consensus $%.2f. Shares rose %.1f%% after "
        "hours. Guidance for fiscal %d was reaffirmed."
        % (
            co[0],
            co[1],
            rng.uniform(5, 90),
            rng.uniform(1, 18),
            eps,
            eps * rng.uniform(0.9, 1.05),
            rng.uniform(0.5, 7),
            rng.randint(2025, 2026),
        )
    )


@tpl("neg_revenue_table", "finance", "aggregate_statistics", 3)
def neg_revenue_table(rng):
    rows = "\n".join(
        "| %s | %s | %s | %.1f%% |"
        % (
            r,
            "{:,}".format(rng.randint(100, 9000) * 1000),
            "{:,}".format(rng.randint(100, 9000) * 1000),
            rng.uniform(-8, 25),
        )
        for r in ["Northeast", "Southeast", "Midwest", "West", "International"]
    )
    return (
        "Write 3 insights from this table:\n\n| Region | FY24 | FY25 | YoY |\n|---|---|---|---|\n"
        + rows
    )


@tpl("neg_routing_explainer", "finance", "checksum_education", 3)
def neg_routing_explainer(rng):
    bad = V.aba_invalid(rng)
    return (
        "Walk me through the ABA checksum (weights 3, 7, 1) using the made-up number %s and show why it fails "
        "validation." % bad
    )


@tpl("neg_iban_explainer", "finance", "checksum_education", 3)
def neg_iban_explainer(rng):
    bad = V.iban_invalid(rng, pick(rng, ["DE", "FR", "NL", "GB", "ES"]))
    return (
        "This IBAN from a test fixture, %s, is rejected by our validator. Show the mod-97 computation step by "
        "step so I can see that the check digits are wrong." % V.fmt_iban(bad)
    )


@tpl("neg_ssn_rules_doc", "finance", "checksum_education", 3)
def neg_ssn_rules_doc(rng):
    a, b = V.ssn_shaped_invalid(rng), V.ssn_shaped_invalid(rng)
    return (
        "Write a validator that rejects impossible SSNs. Test cases that must fail: %s and %s (reserved area), "
        "plus any group 00 or serial 0000. Which regex would you use?" % (a, b)
    )


@tpl("neg_fx_rates", "finance", "market_data", 2)
def neg_fx_rates(rng):
    return (
        "Convert these invoice totals to USD using the rates below:\nEUR/USD %.4f\nGBP/USD %.4f\nJPY/USD %.6f\n"
        "Totals: EUR %s, GBP %s, JPY %s"
        % (
            rng.uniform(1.02, 1.18),
            rng.uniform(1.2, 1.35),
            rng.uniform(0.006, 0.0075),
            money(rng, 1000, 50000),
            money(rng, 1000, 50000),
            "{:,}".format(rng.randint(100000, 9000000)),
        )
    )


@tpl("neg_loan_math", "finance", "numbers", 2)
def neg_loan_math(rng):
    return (
        "What is the monthly payment on a $%s mortgage at %.2f%% APR over %d years? Show the amortization formula "
        "and the first 3 rows of the schedule."
        % (
            "{:,}".format(rng.randint(150, 900) * 1000),
            rng.uniform(4, 8),
            rng.choice([15, 20, 30]),
        )
    )


@tpl("neg_pricing_plans", "general", "pricing", 2)
def neg_pricing_plans(rng):
    return (
        "Turn this into a pricing table: Starter $%d/mo (3 seats, 10k API calls), Team $%d/mo (15 seats, 250k calls),"
        " Enterprise custom (SSO, audit logs, 99.95%% SLA). Annual billing saves %d%%."
        % (rng.choice([9, 12, 19]), rng.choice([49, 79, 99]), rng.choice([15, 17, 20]))
    )


# --------------------------------------------------------------------------- history / news / names as nouns


@tpl("neg_history_medicine", "healthcare", "public_figures_history", 3)
def neg_history_medicine(rng):
    return pick(
        rng,
        [
            "Write a short timeline: Edward Jenner tested cowpox inoculation in 1796; John Snow mapped the Broad Street "
            "cholera outbreak in 1854; Alexander Fleming observed penicillin in 1928; Jonas Salk's polio vaccine was "
            "declared safe in 1955.",
            "Explain for a high-school class why Florence Nightingale's 1858 'rose diagram' changed hospital sanitation.",
            "Compare the contributions of Marie Curie (Nobel Prizes 1903 and 1911) and Rosalind Franklin (Photo 51, 1952).",
            "Summarize how Ignaz Semmelweis introduced handwashing at the Vienna General Hospital in 1847.",
        ],
    )


@tpl("neg_history_general", "general", "public_figures_history", 3)
def neg_history_general(rng):
    return pick(
        rng,
        [
            "Quiz me on this: Ada Lovelace published notes on the Analytical Engine in 1843; Alan Turing's 1936 paper "
            "defined computability; Grace Hopper's team built the first compiler in 1952.",
            "Why did Abraham Lincoln deliver the Gettysburg Address on November 19, 1863, and how long was it?",
            "Give three causes of the 1929 stock market crash and the role Charles Mitchell of National City Bank played.",
            "Summarize Nelson Mandela's release from prison in February 1990 in two sentences.",
        ],
    )


@tpl("neg_street_nouns", "general", "street_names_as_nouns", 4)
def neg_street_nouns(rng):
    return pick(
        rng,
        [
            "Explain why Wall Street reacted badly to the jobs report while Main Street businesses reported stronger sales.",
            "Is the Abbey Road album better than Rubber Soul? Give arguments for both.",
            "Write a product description for a board game inspired by Sesame Street for ages 3 and up.",
            "Downing Street said on Tuesday that the budget would be published in the autumn. Summarize the reaction.",
            "Our team nickname is 'Elm Street' because of the horror movie — suggest a logo idea.",
            "Compare Fleet Street journalism in the 1980s with modern digital newsrooms.",
            "The 'Park Avenue' and 'Boardwalk' squares in Monopoly are the most expensive. What's the expected return?",
        ],
    )


@tpl("neg_fiction_literature", "general", "fictional_characters", 3)
def neg_fiction_literature(rng):
    return pick(
        rng,
        [
            "In the stories, Sherlock Holmes lives at 221B Baker Street with Dr. Watson. How many stories mention the "
            "address?",
            "Write a book-club question set for Pride and Prejudice focusing on Elizabeth Bennet and Mr. Darcy.",
            "Summarize the plot of Moby-Dick from Ishmael's perspective in 5 bullets.",
            "Why does Jay Gatsby throw parties at his West Egg mansion? Answer for a 10th-grade essay.",
        ],
    )


@tpl("neg_coordinates", "general", "coordinates", 2)
def neg_coordinates(rng):
    pts = "\n".join(
        "%s,%.5f,%.5f,%d"
        % (
            pick(rng, ["station_A", "station_B", "buoy_7", "gauge_12", "tower_3"]),
            rng.uniform(25, 48),
            -rng.uniform(70, 122),
            rng.randint(0, 3000),
        )
        for _ in range(4)
    )
    return (
        "Compute pairwise distances (haversine) between these weather stations (id,lat,lon,elev_m):\n\n"
        + pts
    )


@tpl("neg_weather_report", "general", "numbers", 2)
def neg_weather_report(rng):
    wind = rng.randint(3, 25)
    return (
        "Turn this forecast into a radio script: high %d°F, low %d°F, winds %s at %d mph, gusts to %d, humidity %d%%, "
        "pressure %.2f inHg, UV index %d, sunrise 6:%02d AM."
        % (
            rng.randint(55, 98),
            rng.randint(30, 70),
            pick(rng, ["NW", "SSE", "E"]),
            wind,
            wind + rng.randint(5, 20),
            rng.randint(20, 95),
            rng.uniform(29.6, 30.4),
            rng.randint(1, 11),
            rng.randint(0, 59),
        )
    )


@tpl("neg_sports_stats", "general", "numbers", 2)
def neg_sports_stats(rng):
    shots = rng.randint(5, 25)
    return (
        "Write a match recap: final score %d–%d, possession %d%%, shots %d (on target %d), corners %d, attendance %s, "
        "kickoff 19:45 local."
        % (
            rng.randint(0, 4),
            rng.randint(0, 4),
            rng.randint(35, 65),
            shots,
            rng.randint(1, min(9, shots)),
            rng.randint(1, 12),
            "{:,}".format(rng.randint(8000, 80000)),
        )
    )


@tpl("neg_train_timetable", "general", "schedules", 2)
def neg_train_timetable(rng):
    rows = "\n".join(
        "%s  %02d:%02d  platform %d  %s"
        % (
            pick(rng, ["RE 4412", "ICE 578", "S7", "IC 2011", "RB 33"]),
            rng.randint(5, 23),
            rng.randint(0, 59),
            rng.randint(1, 14),
            pick(rng, ["on time", "+5", "+12", "cancelled"]),
        )
        for _ in range(5)
    )
    return "Which connection gets me there before 18:00?\n\n" + rows


@tpl("neg_recipe", "general", "quantities", 2)
def neg_recipe(rng):
    return (
        "Scale this recipe to %d servings: 250 g flour, 2 eggs, 180 ml milk, 1 tsp baking powder, 30 g butter, "
        "pinch of salt. Bake at %d°C for %d minutes."
        % (rng.choice([6, 8, 12]), rng.choice([180, 190, 200]), rng.randint(18, 35))
    )


@tpl("neg_math_homework", "general", "numbers", 2)
def neg_math_homework(rng):
    a, b = rng.randint(100, 999), rng.randint(10, 99)
    return (
        "Check my homework: %d x %d = %d? And is %s divisible by 7? Also simplify (%d/%d) + (%d/%d)."
        % (
            a,
            b,
            a * b + rng.choice([0, 0, 10]),
            V.digits(rng, 9, True),
            rng.randint(1, 9),
            rng.randint(2, 9),
            rng.randint(1, 9),
            rng.randint(2, 9),
        )
    )


@tpl("neg_chemistry_cas", "general", "identifiers", 3)
def neg_chemistry_cas(rng):
    return pick(
        rng,
        [
            "Make a safety table for: acetylsalicylic acid (CAS 50-78-2), acetone (CAS 67-64-1), sodium hydroxide "
            "(CAS 1310-73-2). Include GHS pictograms.",
            "Ethanol is CAS 64-17-5 and has a boiling point of 78.37 °C. Compare with isopropanol (CAS 67-63-0).",
            "Molar mass of caffeine C8H10N4O2 is 194.19 g/mol; compute the moles in a 95 mg cup of coffee.",
        ],
    )


@tpl("neg_age_policy", "general", "age_rules", 3)
def neg_age_policy(rng):
    return pick(
        rng,
        [
            "Our terms say users must be 13 or older, 16 in the EU. Write the age-gate copy for the signup page.",
            "Medicare eligibility generally starts at 65; explain the initial enrollment period of 7 months.",
            "Car rental companies often charge a young-driver fee under 25. Draft a FAQ answer.",
            "Children under 2 fly free on a lap; write the policy text for our booking page.",
        ],
    )


@tpl("neg_public_dates", "general", "dates_not_personal", 3)
def neg_public_dates(rng):
    return pick(
        rng,
        [
            "HIPAA was signed into law on August 21, 1996 and the Privacy Rule compliance date was April 14, 2003. "
            "Make a timeline slide.",
            "The Affordable Care Act was signed on March 23, 2010. What were the first provisions to take effect?",
            "PCI DSS v4.0 was published in March 2022 and v3.2.1 retired on March 31, 2024. What changed for MFA?",
            "Our office is closed on 2025-12-25 and 2026-01-01; payroll runs on the 15th and last business day.",
        ],
    )


@tpl("neg_hipaa_citations", "healthcare", "legal_text", 3)
def neg_hipaa_citations(rng):
    return pick(
        rng,
        [
            "Explain 45 CFR 164.514(b)(2) — the safe-harbor list of 18 identifiers — in plain English.",
            "What penalties does 42 U.S.C. 1320d-6 set for wrongful disclosure of individually identifiable health "
            "information?",
            "Compare 45 CFR 164.502(b) minimum necessary with 164.312(a)(1) access control.",
        ],
    )


@tpl("neg_cron_timestamps", "general", "timestamps", 2)
def neg_cron_timestamps(rng):
    return (
        "Explain these schedules: `%d %d * * 1-5`, `*/15 * * * *`, `0 3 1 * *`. The last run finished at %s "
        "(epoch %d)."
        % (
            rng.randint(0, 59),
            rng.randint(0, 23),
            ts(rng),
            1735000000 + rng.randint(0, 9000000),
        )
    )


@tpl("neg_api_docs_example", "general", "placeholders", 3)
def neg_api_docs_example(rng):
    return (
        "Improve this API doc example:\n\n```\nPOST /v1/charges\nAuthorization: Bearer <token>\n\n"
        '{"amount": %d, "currency": "usd", "source": "tok_visa", "description": "Order %s"}\n```\n'
        "Response 201 with `id`, `status`, `created` (unix seconds)."
        % (rng.randint(100, 9999), V.order_id(rng))
    )


# --------------------------------------------------------------------------- other languages


@tpl("neg_manual_de", "general", "product_docs", 3)
def neg_manual_de(rng):
    return (
        "Übersetze diese Bedienungsanleitung ins Englische: Artikelnummer %s, Firmware %s. Gerät vor der Reinigung "
        "vom Netz trennen. Filter alle %d Monate wechseln. Betriebstemperatur 5–%d °C."
        % (V.sku(rng), V.semver(rng), rng.choice([3, 6, 12]), rng.choice([35, 40]))
    )


@tpl("neg_release_ja", "general", "versions", 3)
def neg_release_ja(rng):
    return (
        "次のリリースノートを英訳してください。\nバージョン %s（%d年%d月%d日公開）\n・ログイン画面の表示速度を改善\n"
        "・ビルド番号 %s\n・既知の不具合 #%d を修正"
        % (
            V.semver(rng),
            rng.randint(2024, 2025),
            rng.randint(1, 12),
            rng.randint(1, 28),
            V.git_sha(rng, 10),
            rng.randint(100, 9999),
        )
    )


@tpl("neg_recipe_es", "general", "quantities", 2)
def neg_recipe_es(rng):
    return (
        "Traduce al inglés: Para la tortilla necesitas %d huevos, 500 g de patatas, 1 cebolla y 100 ml de aceite "
        "de oliva. Cocina a fuego medio %d minutos por lado."
        % (rng.choice([4, 5, 6]), rng.randint(3, 6))
    )


@tpl("neg_weather_fr", "general", "numbers", 2)
def neg_weather_fr(rng):
    return (
        "Traduis en anglais : Demain, ciel nuageux, %d °C l'après-midi, vent d'ouest à %d km/h, risque d'averses "
        "%d %%. Lever du soleil à 7 h %02d."
        % (
            rng.randint(8, 30),
            rng.randint(10, 60),
            rng.randint(10, 90),
            rng.randint(0, 59),
        )
    )


@tpl("neg_stocks_zh", "finance", "public_companies", 2)
def neg_stocks_zh(rng):
    return (
        "请用英文总结：今日上证指数收于 %d.%02d 点，上涨 %.2f%%；成交额 %d 亿元。银行板块领涨，"
        "医药板块回调。"
        % (
            rng.randint(2900, 3500),
            rng.randint(0, 99),
            rng.uniform(0.1, 2.5),
            rng.randint(3000, 9000),
        )
    )


@tpl("neg_pl_invoice", "finance", "invoice", 2)
def neg_pl_invoice(rng):
    return (
        "Przetłumacz: Faktura VAT nr FV/%d/%02d/%s, termin płatności %d dni, kwota netto %s zł, VAT 23%%. "
        "Dotyczy zamówienia %s."
        % (
            rng.randint(2024, 2025),
            rng.randint(1, 12),
            V.digits(rng, 4),
            rng.choice([14, 30]),
            money(rng, 100, 20000),
            V.order_id(rng),
        )
    )


@tpl("neg_ko_product", "general", "product_docs", 2)
def neg_ko_product(rng):
    return (
        "영어로 번역해 주세요: 모델명 %s, 정격 전압 220V, 소비 전력 %dW, 제조년월 %d년 %d월. 보증 기간은 구입일로부터 "
        "1년입니다."
        % (
            V.rs(rng, V.UP, 2) + "-" + V.digits(rng, 4),
            rng.randint(30, 2000),
            rng.randint(2023, 2025),
            rng.randint(1, 12),
        )
    )
