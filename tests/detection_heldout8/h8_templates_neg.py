"""Hard-negative templates: look like PII but are not PII under the corpus conventions."""
from __future__ import annotations

NEGATIVE = []


def neg(domain, fmt):
    def deco(fn):
        NEGATIVE.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


HIST = [("Abraham Lincoln", "Andrew Johnson"), ("Winston Churchill", "Clement Attlee"), ("Angela Merkel", "Olaf Scholz"),
        ("Nelson Mandela", "Thabo Mbeki"), ("Theodore Roosevelt", "William Howard Taft"), ("Indira Gandhi", "Morarji Desai")]
EPONYMS = ["Parkinson's disease", "Alzheimer's disease", "Hodgkin lymphoma", "Crohn's disease", "Guillain-Barré syndrome",
           "Hashimoto's thyroiditis", "Bell's palsy", "Cushing's syndrome", "Addison's disease", "Tourette syndrome"]
COMPANIES = ["Johnson & Johnson", "Eli Lilly", "Wells Fargo", "Morgan Stanley", "Goldman Sachs", "Ford Motor Company",
             "Dell Technologies", "Charles Schwab", "Bristol Myers Squibb", "Hewlett Packard Enterprise", "Abbott Laboratories", "McKinsey"]
FICTION = [("Sherlock Holmes", "John Watson"), ("Elizabeth Bennet", "Fitzwilliam Darcy"), ("Atticus Finch", "Scout Finch"),
           ("Hermione Granger", "Ron Weasley"), ("Jay Gatsby", "Daisy Buchanan"), ("Don Quijote", "Sancho Panza")]
ATHLETES = ["Serena Williams", "Lionel Messi", "Shohei Ohtani", "Simone Biles", "LeBron James", "Novak Djokovic", "Megan Rapinoe"]
SCIENCE = ["Bayes' theorem", "the Fourier transform", "Newton's method", "a Turing machine", "the Nash equilibrium",
           "Dijkstra's algorithm", "the Kaplan-Meier estimator", "the Fisher exact test", "the Gauss-Seidel method", "Huffman coding"]


def _ver(v):
    return "%d.%d.%d" % (v.num(1, 9), v.num(0, 30), v.num(0, 40))


@neg("education", "free_text")
def history_compare(v):
    a, b = v.pick(HIST)
    return ("Write a 300-word essay comparing the leadership styles of %s and %s during periods of national crisis. "
            "Focus on how each handled opposition within their own party, cite at least two primary sources, and end with a "
            "paragraph on what modern managers can learn. Keep the tone neutral and avoid anachronisms." % (a, b))


@neg("healthcare", "free_text")
def eponym_diseases(v):
    a, b = v.pick(EPONYMS), v.pick(EPONYMS)
    return ("For a patient-education leaflet, explain the difference between %s and %s in plain language at a 6th-grade "
            "reading level. Include typical first symptoms, how a diagnosis is usually confirmed, and when to seek urgent care. "
            "Do not include dosing advice." % (a, b))


@neg("finance", "free_text")
def company_names(v):
    a, b, c = v.pick(COMPANIES), v.pick(COMPANIES), v.pick(COMPANIES)
    return ("Summarize the Q%d earnings commentary for %s, %s and %s. Revenue grew %d.%d%% year over year for the first, "
            "while the others guided lower. Which of them mentioned AI capex, and how did analysts react? Present the answer "
            "as three bullet points per company." % (v.num(1, 4), a, b, c, v.num(1, 19), v.num(0, 9)))


@neg("education", "free_text")
def fiction_chars(v):
    a, b = v.pick(FICTION)
    return ("In the novel, how does the relationship between %s and %s change over the course of the story? I'm writing a "
            "book report for a class and need three turning points with chapter references, plus one quote for each. "
            "Please don't write the report for me, just outline it." % (a, b))


@neg("sports", "free_text")
def athlete_stats(v):
    a = v.pick(ATHLETES)
    return ("Give me a short profile of %s for a trivia night: career highlights, number of major titles, and one "
            "surprising fact. The quiz is on %s, so the facts should be current as of last season. Format as a "
            "numbered list of five items." % (a, v.pick(["Thursday", "Friday", "Saturday"])))


@neg("engineering", "free_text")
def algorithms(v):
    return ("Explain %s and %s to a junior developer, with a small Python example for the second one. Mention time complexity "
            "and a common pitfall when implementing it from scratch. The example must run on Python %d.%d without third-party "
            "packages." % (v.pick(SCIENCE), v.pick(SCIENCE), 3, v.num(9, 12)))


@neg("payments", "chat")
def masked_cards(v):
    return ("Customer: I see two charges on my card ending in %s, one for $%d.%02d and one pending. The statement shows "
            "**** **** **** %s and the app shows •••• %s, are those the same card?\nAgent: Yes, both refer to the same card.\n\n"
            "Rewrite the agent reply to be more helpful." % (v.digits(4), v.num(5, 300), v.num(0, 99), v.digits(4), v.digits(4)))


@neg("ecommerce", "free_text")
def order_numbers(v):
    return ("Our order export has ids like ORD-%s and %s, and the warehouse expects 16-digit numbers. Write a Python "
            "function that normalizes both formats, strips the prefix, and zero-pads to 16 digits. Include doctests for "
            "the two examples." % (v.non_luhn_digits(16), v.non_luhn_digits(14)))


@neg("logistics", "free_text")
def tracking_numbers(v):
    return ("Where is my package? Tracking %s shows 'label created' since Monday and a second shipment %s shows "
            "'in transit'. The carrier's bot is useless. Draft a short complaint message with both numbers, requesting a "
            "trace and a refund of the express fee." % ("1Z" + v.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 16), v.non_luhn_digits(15)))


@neg("engineering", "markdown")
def release_notes(v):
    return ("Turn these into customer-facing release notes:\n- v%s (released 2024-%02d-%02d): fix memory leak in export worker\n"
            "- v%s: new SSO settings page, commit %s\n- build %s: deprecate legacy /v1/reports endpoint\n"
            "Keep it under 120 words." % (_ver(v), v.num(1, 12), v.num(1, 28), _ver(v), v.sha(12), v.non_luhn_digits(10)))


@neg("healthcare", "free_text")
def medical_codes(v):
    return ("Which of these codes belong on the same claim line? ICD-10 E11.%d, I10, Z79.4; CPT %s, %s; HCPCS J1815; "
            "NDC %s-%s-%s; LOINC 4548-4. Also explain why modifier 25 may be needed for the E/M visit." %
            (v.num(0, 9), v.pick(["99213", "99214", "99203"]), v.pick(["83036", "82947", "80053"]), v.digits(5), v.digits(4), v.digits(1)))


@neg("healthcare", "free_text")
def vignette_young(v):
    return ("Board-style question: A %s-year-old woman presents with fatigue, weight gain and cold intolerance. TSH is "
            "%d.%d mIU/L, free T4 low. She takes no medications. What is the most likely diagnosis and first-line treatment? "
            "Give four distractor options and explain why each is wrong." % (v.young_age(), v.num(8, 25), v.num(0, 9)))


@neg("manufacturing", "csv")
def lot_catalog(v):
    rows = "Which lots expire first?\ncatalog_no,lot,part_no,qty,expiry\n"
    for _ in range(4):
        rows += "CAT-%s,LOT%s,PN-%s-%s,%d,20%d-%02d\n" % (v.digits(6), v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7), v.digits(4),
                                                         v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 2), v.num(1, 500), v.num(25, 28), v.num(1, 12))
    return rows


@neg("engineering", "config")
def placeholder_creds(v):
    return ("Is this a safe way to template secrets?\n\nDB_PASSWORD=${DB_PASSWORD}\nSTRIPE_KEY=<your-stripe-secret-key>\n"
            "API_TOKEN={{ vault \"secret/data/app\" \"token\" }}\nJWT_SIGNING_KEY=changeme\npassword: REDACTED\n"
            "session_secret: \"********\"\nWe deploy %d services with %s.\n" % (v.num(3, 40), v.pick(["Helm", "Ansible", "Kustomize", "Nomad", "ArgoCD"])))


@neg("engineering", "code")
def validation_regex(v):
    return ("Review this validator:\n\n```python\nimport re\nSSN_RE = re.compile(r\"^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$\")\n"
            "CARD_RE = re.compile(r\"^\\d{13,19}$\")\n\ndef luhn(num: str) -> bool:\n    total = 0\n    for i, ch in enumerate(reversed(num)):\n"
            "        d = int(ch) * (2 if i %% 2 else 1)\n        total += d - 9 if d > 9 else d\n    return total %% 10 == 0\n```\n"
            "Does it reject area %s correctly, and is it fast enough for %d rows?" % (v.pick(["000", "666", "900"]), v.num(2, 90) * 1000))


@neg("engineering", "sql")
def ddl_schema(v):
    return ("Suggest column-level encryption for this schema:\n\nCREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  mrn VARCHAR(12) NOT NULL,\n"
            "  ssn CHAR(11),\n  first_name TEXT, last_name TEXT,\n  date_of_birth DATE,\n  email CITEXT,\n  card_pan VARCHAR(19),\n"
            "  password_hash TEXT NOT NULL\n);\nWe are on Postgres %d." % v.num(13, 17))


@neg("engineering", "log")
def app_log_no_pii(v):
    lines = "Why do these jobs keep retrying?\n"
    for _ in range(4):
        lines += "2024-0%d-%02dT%02d:%02d:%02d.%03dZ WARN worker[%d] job=%s attempt=%d err=\"deadline exceeded after %dms\"\n" % (
            v.num(1, 9), v.num(1, 28), v.num(0, 23), v.num(0, 59), v.num(0, 59), v.num(0, 999), v.num(1, 16), v.uuid(), v.num(1, 5), v.num(500, 30000))
    return lines


@neg("engineering", "free_text")
def hashes(v):
    return ("The artifact checksum doesn't match. Expected sha256 %s but got %s. Git commit %s built it. Cache key "
            "%s. What could cause a non-reproducible build here?" % (v.sha(64), v.sha(64), v.sha(40), "deps-" + v.sha(16)))


@neg("finance", "free_text")
def statement_periods(v):
    return ("Reconcile: statement period 2024-%02d-01 to 2024-%02d-28, value date 2024-%02d-15, transaction date 2024-%02d-12. "
            "The FX rate was %d.%04d EUR/USD and the fee was %d bps. Why would the value date differ from the booking date by two "
            "business days?" % (v.num(1, 6), v.num(1, 6), v.num(1, 6), v.num(1, 6), 1, v.num(500, 1200), v.num(5, 40)))


@neg("finance", "free_text")
def isin_cusip(v):
    return ("Explain the difference between an ISIN like US0378331005, a CUSIP like 037833100, and a SEDOL like 2046251, and "
            "how the check digits are calculated for each. Which one would a European custodian expect in an MT540? "
            "Provide a small table with %d example rows." % v.num(3, 12))


@neg("corporate", "email")
def all_caps_memo(v):
    return ("Rewrite more calmly:\n\nATTENTION ALL STAFF. MANDATORY TRAINING on %s. PRIORITY COMPLIANCE ITEM. "
            "EVERYONE MUST COMPLETE the SECURITY module before FRIDAY. NO EXCEPTIONS. Reply CONFIRMED to the HELPDESK "
            "queue. Reference HRPOLICY section %d." % (v.pick(["MONDAY", "TUESDAY", "THURSDAY"]), v.num(2, 19)))


@neg("legal", "free_text")
def case_law(v):
    return ("Summarize the holdings of %s and %s, and explain how they are cited in modern search-and-seizure motions. "
            "Include the year of each decision and the vote split. Keep it under %d words." %
            (v.pick([("Miranda v. Arizona", "Terry v. Ohio"), ("Mapp v. Ohio", "Katz v. United States"), ("Gideon v. Wainwright", "Riley v. California")]) + (v.num(150, 400),)))


@neg("travel", "free_text")
def places_named(v):
    return ("Plan a two-day itinerary: Washington, D.C., then the Jefferson Memorial, the Lincoln Memorial, and a day trip to "
            "Mount Vernon. We arrive at Ronald Reagan airport on flight %s%d and leave from Dulles. Budget about $%d per day." %
            (v.pick(["UA", "DL", "AA"]), v.num(100, 2999), v.num(150, 400)))


@neg("engineering", "code")
def uuid_request_ids(v):
    return ("Why does this return 404?\n\nGET /api/v2/orders/%s?include=items\nX-Request-Id: %s\nX-Correlation-Id: %s\n"
            "Response: {\"error\": \"not_found\", \"trace\": \"%s\"}" % (v.uuid(), v.uuid(), v.uuid(), v.sha(32)))


@neg("math", "free_text")
def big_numbers(v):
    n = v.non_luhn_digits(17)
    return ("Is %s prime? If not, find its smallest prime factor and explain the method. Also compute %d! modulo %d "
            "and show the steps. This is for a number theory homework set, so please explain rather than just answer." % (n, v.num(10, 30), v.num(97, 997)))


@neg("logistics", "free_text")
def container_numbers(v):
    return ("Container %s%s%s shipped on vessel MSC %s, bill of lading %s. The customs broker says the HS code %d.%02d is wrong "
            "for ceramic tiles. What is the right heading and what documents should accompany the entry?" %
            (v.pick(["MSCU", "MAEU", "CMAU"]), v.digits(6), v.digits(1), v.pick(["AURORA", "GULSUN", "OSCAR"]), "MEDU" + v.digits(7), v.num(6900, 6999), v.num(0, 99)))


@neg("engineering", "code")
def hex_addresses(v):
    return ("Segfault backtrace, what's the likely cause?\n#0  0x%s in memcpy ()\n#1  0x%s in parse_frame (buf=0x%s, len=%d)\n"
            "#2  0x%s in main ()\nCompiled with gcc %d and -O2." % (v.sha(12), v.sha(12), v.sha(12), v.num(16, 4096), v.sha(12), v.num(9, 14)))


@neg("healthcare", "free_text")
def policy_dates(v):
    return ("Our group plan's policy effective date is 2025-01-01 and open enrollment runs 2024-11-01 to 2024-12-15. "
            "Group number %s, plan code %s. Write an announcement for employees explaining the dates and where to find the plan "
            "comparison, without listing any personal details." % (v.digits(6), v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + v.digits(3)))


@neg("engineering", "yaml")
def k8s_no_secrets(v):
    return ("Why does this deployment never become ready?\n\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: claims-api\nspec:\n"
            "  replicas: %d\n  template:\n    spec:\n      containers:\n      - name: api\n        image: registry.internal/claims-api@sha256:%s\n"
            "        envFrom:\n        - secretRef:\n            name: claims-api-secrets\n        readinessProbe:\n          httpGet: {path: /healthz, port: 8080}\n"
            % (v.num(2, 6), v.sha(64)))


@neg("healthcare", "free_text")
def lab_ranges(v):
    return ("Create a table of adult reference ranges: sodium 135-145 mmol/L, potassium 3.5-5.1 mmol/L, creatinine "
            "0.6-1.2 mg/dL, HbA1c below 5.7%%, platelet count 150-450 x10^9/L. Add a column flagging which values a "
            "%s-year-old on diuretics should have checked monthly." % v.young_age())


@neg("corporate", "free_text")
def meeting_dates(v):
    return ("Reschedule the Q%d planning meeting from 2024-%02d-%02d to the following Tuesday, move the architecture review to "
            "room %d-%s, and remind the team that the release freeze starts 2024-%02d-01. Write the calendar invite text; "
            "no attendee list needed." % (v.num(1, 4), v.num(1, 12), v.num(1, 28), v.num(2, 14), v.pick("ABC"), v.num(1, 12)))


@neg("finance", "free_text")
def swift_lookalikes(v):
    return ("In our payments glossary, define MT103, MT202COV, pacs.008 and camt.053. Also explain what the fields 32A, 50K, "
            "59 and 71A mean in a customer transfer, and why the UETR must be unique. Keep each definition under %d words." % v.num(15, 40))


@neg("automotive", "free_text")
def car_models(v):
    return ("Compare the %s, Ford Mustang Mach-E and Tesla Model Y for a family of five: cargo volume, range on a cold day, "
            "and DC fast-charging speed. The dealer quoted stock number %s and trim code %s. Which one is the best value?" %
            (v.pick(["Kia EV9", "Hyundai Ioniq 5", "Chevrolet Equinox EV"]), "STK" + v.digits(6), v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + v.digits(2)))


@neg("telecom", "free_text")
def firmware_versions(v):
    return ("The router firmware went from %s to %s, build %s, and since then the 5 GHz radio drops every hour. Model "
            "RT-AX%d, hardware rev %s. What logs should I collect before contacting support, and is a rollback safe?" % (_ver(v), _ver(v), v.non_luhn_digits(8), v.num(50, 99), v.pick("ABCD")))


@neg("hr", "free_text")
def hr_policy(v):
    return ("Draft a policy paragraph: employees may carry over up to %d days of PTO, the plan year starts January 1, and "
            "requests must be submitted %d business days in advance. Employees over %d with 10+ years of service get two extra "
            "days. Use inclusive language." % (v.num(3, 10), v.num(5, 15), v.num(50, 60)))


@neg("art", "free_text")
def artists(v):
    return ("Write museum label text (60 words each) for a painting by %s and one by %s, focusing on technique and "
            "historical context. The exhibition opens in spring, and labels must fit on a 10 x 15 cm card." %
            (v.pick(["Frida Kahlo", "Vincent van Gogh", "Claude Monet", "Hokusai"]), v.pick(["Rembrandt", "Georgia O'Keeffe", "Amrita Sher-Gil", "Caravaggio"])))


@neg("support", "email")
def german_product(v):
    return ("Übersetze ins Englische: Guten Tag, das Gerät (Modell XR-%d, Firmware %s) startet nach dem Update nicht mehr. "
            "Die Bestellnummer lautet %s. Ich habe bereits einen Werksreset versucht. Bitte um Rückmeldung, ob ein Austausch "
            "möglich ist. Vielen Dank!" % (v.num(100, 900), _ver(v), v.non_luhn_digits(11)))


@neg("support", "email")
def spanish_cervantes(v):
    return ("Corrige la gramática: El club de lectura se reunirá el jueves para hablar de Cervantes y de Gabriel García Márquez. "
            "Cada participante debe traer el capítulo %d leído y una pregunta. La biblioteca Miguel de Cervantes cierra a las %d. "
            "¡Los esperamos!" % (v.num(2, 20), v.num(19, 21)))


@neg("engineering", "free_text")
def oid_versions(v):
    return ("Our SNMP poller reads OID 1.3.6.1.2.1.%d.%d.%d and the MIB version is %s. Why would the counter wrap every few "
            "hours on a 10G link, and should we switch to the 64-bit HC counters? Include the relevant OIDs." % (v.num(1, 31), v.num(1, 20), v.num(1, 20), _ver(v)))


@neg("healthcare", "free_text")
def drug_dosing(v):
    return ("Compare metformin %d mg twice daily with empagliflozin %d mg daily in terms of eGFR thresholds, sick-day rules "
            "and common adverse effects. Cite the ADA Standards of Care section numbers if you know them." % (v.pick([500, 850, 1000]), v.pick([10, 25])))


@neg("education", "free_text")
def eponymous_scales(v):
    return ("For a nursing quiz, write five questions about the Glasgow Coma Scale, the Apgar score, the Braden scale and the "
            "Wells criteria. Use case stems with scores like GCS %d and Apgar %d, and provide answers with rationales." % (v.num(3, 15), v.num(1, 10)))


@neg("payments", "free_text")
def invalid_pan_test(v):
    return ("Our form rejects %s as a card number. I think it's because it fails the checksum. Write a JavaScript function "
            "that explains to the user which digit is probably mistyped, without storing the number anywhere." % v.non_luhn_digits(16))


@neg("engineering", "markdown")
def api_docs_placeholders(v):
    return ("Improve this README section:\n\n## Authentication\nSend `Authorization: Bearer <ACCESS_TOKEN>` with every request. Tokens "
            "expire after %d minutes. Never commit your key; use `export API_KEY=...` in your shell instead. Rate limit: %d requests per minute."
            % (v.num(15, 120), v.num(60, 600)))


@neg("science", "free_text")
def physics_constants(v):
    return ("Using c = 299792458 m/s, h = 6.62607015e-34 J s and k_B = 1.380649e-23 J/K, compute the peak wavelength of a "
            "black body at %d K with Wien's law and compare it with the Planck spectrum. Show units at each step." % v.num(3000, 9000))
