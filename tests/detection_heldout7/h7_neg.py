"""Hard-negative templates: look PII-like, contain no PII under the heldout7 conventions."""

from __future__ import annotations

from h7_values import luhn_ok

NEGATIVE = []


def neg(domain, fmt):
    def deco(fn):
        NEGATIVE.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


def non_luhn(v, n):
    s = v.digits(n, True)
    while luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


@neg("healthcare", "chat")
def n_eponym_diseases(v):
    a = v.num(58, 86)
    return ("Explain to a caregiver the difference between Parkinson's disease, Lewy body dementia and Alzheimer's "
            "disease. Her father is %d and was just started on carbidopa/levodopa 25/100 three times daily. Also, is "
            "Huntington's inherited, and what is a Babinski sign? Keep it under %d words and avoid jargon like "
            "'Cheyne-Stokes breathing' unless explained." % (a, v.pick([250, 300, 400])))


@neg("education", "chat")
def n_history_essay(v):
    return ("Outline a %d-paragraph essay on how Abraham Lincoln, Frederick Douglass and Harriet Tubman each shaped the "
            "abolition movement. Mention the Emancipation Proclamation (January 1, 1863), the Gettysburg Address, and "
            "Douglass's 1852 speech 'What to the Slave Is the Fourth of July?'. My teacher, the %s, wants MLA citations."
            % (v.num(4, 7), v.pick(["history department head", "AP instructor", "substitute"])))


@neg("general", "chat")
def n_fiction_summary(v):
    return ("Compare the detectives Sherlock Holmes and Hercule Poirot, then contrast Elizabeth Bennet with Jane Eyre as "
            "narrators. Dr. Watson lives at 221B Baker Street in the stories; is that a real place? Keep it to %d bullet "
            "points and mention %s." % (v.num(5, 9), v.pick(["Agatha Christie", "Arthur Conan Doyle", "Charlotte Bronte"])))


@neg("finance", "chat")
def n_company_names(v):
    return ("Compare Q%d margins for Johnson & Johnson, Wells Fargo, Morgan Stanley and Charles Schwab. Revenue figures "
            "in billions: %d.%d, %d.%d, %d.%d and %d.%d. Also explain why Goldman Sachs and JPMorgan Chase report "
            "trading revenue separately. No investment advice, just a neutral table."
            % (v.num(1, 4), v.num(10, 99), v.num(0, 9), v.num(10, 99), v.num(0, 9), v.num(10, 99), v.num(0, 9),
               v.num(2, 9), v.num(0, 9)))


@neg("retail", "chat")
def n_masked_card(v):
    return ("A shopper says their card ending in %s was charged twice for order #%s (shown as **** **** **** %s, exp "
            "%02d/%d). Refund window is 30 days and the amount was $%d.%02d. Draft a reply explaining that the second "
            "charge is a pending authorization that will drop off in 3-5 business days."
            % (v.digits(4), non_luhn(v, 10), v.digits(4), v.num(1, 12), v.num(26, 31), v.num(10, 400), v.num(0, 99)))


@neg("retail", "email")
def n_order_tracking(v):
    return ("Subject: Where is my package?\n\nOrder no. %s, tracking 1Z%s, second parcel %s. The carrier page says "
            "'label created' since Tuesday. Return authorization RMA-%s was also issued. Can you write a firm but polite "
            "follow-up to the merchant asking for a refund or reshipment?"
            % (non_luhn(v, 16), v.chars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16), non_luhn(v, 22), v.digits(6)))


@neg("healthcare", "chat")
def n_coding_question(v):
    return ("Coding question: for a follow-up visit with type 2 diabetes (E11.%d) and hypertension (I10), is CPT 9921%d "
            "appropriate, or 99215? We also used HCPCS G%s and NDC %s-%s-%s for the insulin. Claim group number G%s, "
            "batch %s. What documentation supports the higher level?"
            % (v.num(0, 9), v.num(3, 4), v.digits(4), v.digits(5), v.digits(4), v.digits(2), v.digits(6), v.digits(8)))


@neg("healthcare", "notice")
def n_device_recall(v):
    return ("Summarize this field safety notice for the OR staff: Infusion pump model VP-%d, catalog REF %s, lot numbers "
            "L%s through L%s, software %d.%d.%d. Affected units may alarm late on occlusion. Part number %s-%s replaces "
            "the door latch. No patient injuries have been reported." % (v.num(100, 900), v.digits(6), v.digits(6),
                                                                           v.digits(6), v.num(2, 9), v.num(0, 20),
                                                                           v.num(0, 99), v.digits(4), v.digits(3)))


@neg("it", "log")
def n_app_logs(v):
    lines = []
    for _ in range(4):
        lines.append("2025-0%d-%02dT%02d:%02d:%02d.%03dZ %s req=%s-%s-4%s-%s-%s latency_ms=%d status=%d path=/api/v1/%s"
                     % (v.num(1, 9), v.num(1, 28), v.num(0, 23), v.num(0, 59), v.num(0, 59), v.num(0, 999),
                        v.pick(["INFO", "WARN", "ERROR"]), v.chars("0123456789abcdef", 8), v.chars("0123456789abcdef", 4),
                        v.chars("0123456789abcdef", 3), v.chars("0123456789abcdef", 4), v.chars("0123456789abcdef", 12),
                        v.num(3, 2000), v.pick([200, 201, 404, 429, 503]), v.pick(["quotes", "orders", "health", "search"])))
    return "Why are we getting intermittent 503s?\n\n" + "\n".join(lines)


@neg("it", "code")
def n_git_hashes(v):
    msgs = ["fix: retry on 429", "chore: bump deps", "feat: add pagination", "refactor: split parser", "docs: update changelog"]
    lines = ["%s %s" % (v.chars("0123456789abcdef", 40), v.pick(msgs)) for _ in range(4)]
    return "Write release notes from these commits (ignore chores):\n\n" + "\n".join(lines) + "\n\nTag: v%d.%d.%d" % (
        v.num(1, 9), v.num(0, 30), v.num(0, 30))


@neg("it", "chat")
def n_docker_digest(v):
    return ("Our deployment pinned image registry.acme/checkout@sha256:%s but staging runs tag %d.%d.%d-alpine with digest "
            "sha256:%s. Which one is newer, and how do I make Kubernetes pull by digest? The node pool runs containerd "
            "1.7.%d." % (v.chars("0123456789abcdef", 64), v.num(1, 9), v.num(0, 30), v.num(0, 30),
                        v.chars("0123456789abcdef", 64), v.num(1, 25)))


@neg("it", "config")
def n_env_placeholders(v):
    return ("Is this .env.example good practice?\n\nDATABASE_HOST=localhost\nDATABASE_PASSWORD=${DATABASE_PASSWORD}\n"
            "STRIPE_KEY=<your-stripe-key-here>\nJWT_SECRET=\nSMTP_PASS=${SMTP_PASS:?missing}\nMAX_POOL=%d\n"
            "FEATURE_FLAGS=search,checkout_v%d\n\nAnd in code we read os.environ[\"%s\"]." % (
                v.num(5, 50), v.num(2, 4), v.pick(["STRIPE_KEY", "JWT_SECRET", "SMTP_PASS"])))


@neg("it", "yaml")
def n_k8s_secretref(v):
    return ("Review this deployment snippet:\n\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n"
            "        name: %s-db\n        key: password\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n"
            "        name: %s-api\n        key: token\nresources:\n  limits:\n    memory: %dMi\n    cpu: %dm"
            % (v.pick(["billing", "claims", "search"]), v.pick(["billing", "claims", "search"]), v.num(256, 2048),
               v.num(100, 900)))


@neg("it", "code")
def n_cache_keys(v):
    return ("Why is the cache hit rate low? Sample keys:\nsession:v%d:%s\nquote:%s:%s\nrate-limit:tenant-%d:%s\n"
            "Each key has TTL %d s and the eviction policy is allkeys-lru." % (
                v.num(1, 3), v.chars("0123456789abcdef", 32), v.chars("0123456789abcdef", 8), v.chars("0123456789abcdef", 16),
                v.num(10, 999), v.chars("0123456789abcdef", 24), v.num(30, 3600)))


@neg("healthcare", "note")
def n_ages_under_90(v):
    return ("Help me write a geriatric clinic newsletter blurb: our oldest volunteer is %d, most patients are between "
            "%d and %d years old, and we now dispense a 90-day supply of maintenance drugs. Falls dropped %d%% after "
            "the balance class started. Mention the 6-minute walk test and the Timed Up and Go test." % (
                v.num(80, 89), v.num(65, 70), v.num(80, 89), v.num(10, 40)))


@neg("finance", "statement")
def n_statement_period(v):
    return ("Categorize these transactions for budgeting (statement period 0%d/01/2025 - 0%d/28/2025, account ending %s):"
            "\n0%d/03 GROCERY OUTLET -%d.%02d\n0%d/07 CITY WATER UTIL -%d.%02d\n0%d/15 PAYROLL DEPOSIT +%d.00\n"
            "0%d/21 STREAMING SVC -15.99" % (v.num(1, 9), v.num(1, 9), v.digits(4), v.num(1, 9), v.num(20, 200),
                                             v.num(0, 99), v.num(1, 9), v.num(20, 120), v.num(0, 99), v.num(1, 9),
                                             v.num(1500, 4000), v.num(1, 9)))


@neg("general", "notes")
def n_meeting_notes(v):
    return ("Turn these notes into action items: Sprint %d review moved to March %d. Release %d.%d ships April %d. "
            "The PM wants the onboarding flow redesigned; QA lead flagged %d open bugs; design owes mockups by Friday. "
            "Next retro is on the %dth. Budget line 7-%s approved." % (
                v.num(20, 60), v.num(3, 27), v.num(2, 9), v.num(0, 12), v.num(1, 28), v.num(3, 40), v.num(4, 28), v.digits(3)))


@neg("insurance", "chat")
def n_policy_effective(v):
    return ("Compare these two plans for our small business: Gold PPO %d (effective 01/01/2026, deductible $%d, group "
            "number %s) and Silver HMO %d (effective 07/01/2025, deductible $%d). Employer contribution is %d%%. Which "
            "has better out-of-network coverage?" % (v.num(500, 3000), v.num(500, 3000), non_luhn(v, 8), v.num(1000, 6000),
                                                    v.num(1000, 6000), v.num(50, 90)))


@neg("general", "chat")
def n_sports_recap(v):
    return ("Write a short recap: LeBron James scored %d points, Stephen Curry hit %d threes, and Serena Williams was "
            "in the crowd. Lionel Messi's club also won %d-%d. Use a playful tone for our office newsletter, %d words max."
            % (v.num(20, 45), v.num(3, 11), v.num(1, 4), v.num(0, 1), v.pick([120, 150, 200])))


@neg("legal", "chat")
def n_case_law(v):
    return ("Summarize the holdings of Brown v. Board of Education, 347 U.S. 483 (1954), Miranda v. Arizona, 384 U.S. "
            "436 (1966), and Marbury v. Madison, 5 U.S. 137 (1803), in %d sentences each. Also cite 42 U.S.C. section "
            "1983 and explain qualified immunity for a %s audience." % (v.num(2, 4), v.pick(["high school", "paralegal",
                                                                                            "general"])))


@neg("education", "chat")
def n_science_eponyms(v):
    return ("Explain Bayes' theorem, Newton's second law, the Fourier transform and Avogadro's number (6.022e23) to a "
            "first-year student. Then give %d practice problems using Ohm's law and the Doppler effect, and a hint "
            "about Bernoulli's principle. Difficulty level %d of 5." % (v.num(3, 6), v.num(1, 5)))


@neg("general", "chat")
def n_places_named(v):
    return ("Plan a %d-day trip: land at JFK, visit the Lincoln Memorial and the Smithsonian, tour Johns Hopkins "
            "Hospital's museum, then drive to Lake Champlain. Flight %s%d leaves gate B%d at 7:%02d. Budget is $%d. "
            "Prefer trains where possible." % (v.num(3, 7), v.pick(["UA", "DL", "AA", "B6"]), v.num(100, 2999),
                                              v.num(1, 40), v.num(0, 59), v.num(800, 4000)))


@neg("education", "chat")
def n_math_homework(v):
    a, b = v.num(3, 19), v.num(2, 50)
    return ("Check my homework: solve %dx + %d = %d, then factor x^2 - %d. The product of the first three primes after "
            "%d is %d? Also, is %s divisible by 7? Show steps." % (a, b, a * v.num(2, 9) + b, v.pick([16, 25, 49, 81]),
                                                                v.num(10, 40), v.num(1000, 99999), non_luhn(v, 16)))


@neg("it", "chat")
def n_version_numbers(v):
    return ("We're upgrading from build %d.%d.%d.%d to %d.%d.%d.%d, and Python 3.%d.%d to 3.12.%d. Node is 20.%d.%d. "
            "Which breaking changes should I look for? The changelog mentions API level %d." % (
                v.num(2019, 2025), v.num(1, 12), v.num(0, 9), v.num(1000, 9999), v.num(2019, 2025), v.num(1, 12),
                v.num(0, 9), v.num(1000, 9999), v.num(8, 11), v.num(0, 15), v.num(0, 9), v.num(0, 19), v.num(0, 9),
                v.num(21, 35)))


@neg("general", "chat")
def n_spanish_recipe(v):
    return ("¿Puedes adaptar esta receta para %d personas? Tortilla de patatas: %d huevos, %d g de patatas, una cebolla, "
            "aceite de oliva y sal. Cocinar a fuego medio %d minutos y dar la vuelta con un plato. Mi abuela decía que "
            "el secreto es la paciencia." % (v.num(4, 12), v.num(4, 8), v.num(400, 900), v.num(10, 20)))


@neg("legal", "chat")
def n_german_gdpr(v):
    return ("Erkläre mir bitte in einfachen Worten, was Artikel %d DSGVO für ein kleines Unternehmen mit %d Mitarbeitenden "
            "bedeutet. Müssen wir ein Verzeichnis von Verarbeitungstätigkeiten führen? Und ab wann braucht man einen "
            "Datenschutzbeauftragten? Bitte ohne Rechtsberatung, nur Überblick." % (v.pick([6, 13, 15, 30, 32]),
                                                                                   v.num(8, 240)))


@neg("government", "chat")
def n_ssn_format_explainer(v):
    return ("How are US Social Security numbers structured? I know the format is AAA-GG-SSSS and that the area number "
            "used to be geographic before %d. Why can't the group be 00, and why was 666 excluded? Explain randomization "
            "without using any real numbers, in about %d words, for a %s." % (v.pick([2011]), v.num(12, 30) * 10,
                                                                     v.pick(["payroll clerk", "new HR hire",
                                                                             "high school civics class",
                                                                             "bank teller"])))


@neg("general", "memo")
def n_allcaps_headings(v):
    return ("Reformat this memo so the headings are title case:\n\nQUARTERLY OVERVIEW\nBENEFITS SCHEDULE\n"
            "COMPLIANCE DOCUMENTS\nTRANSFER INSTRUCTIONS\n\nHeadcount grew %d%%, attrition fell to %d%%, and the new "
            "TRAINING PORTAL launches in Q%d. All REGIONAL MANAGERS must attend." % (v.num(2, 19), v.num(3, 14), v.num(1, 4)))


@neg("it", "code")
def n_css_colors(v):
    return (".btn-primary {\n  background: #%s;\n  border: 1px solid #%s;\n  box-shadow: 0 %dpx %dpx rgba(0,0,0,.%d);\n}\n"
            ".logo { background-image: url(data:image/png;base64,iVBORw0KGgo%s); }\n\nWhy does the button look blurry "
            "on retina screens?" % (v.chars("0123456789abcdef", 6), v.chars("0123456789abcdef", 6), v.num(1, 4),
                                    v.num(2, 12), v.num(1, 4), v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 24)))


@neg("education", "chat")
def n_chemistry_cas(v):
    return ("For my lab report, list hazards for water (CAS 7732-18-5), ethanol (CAS 64-17-5) and sodium chloride "
            "(CAS 7647-14-5). Molar masses: 18.015, 46.07, 58.44 g/mol. We used %d mL at %d degrees C for %d minutes. "
            "Format as a table with GHS pictograms." % (v.num(10, 250), v.num(20, 80), v.num(5, 45)))


@neg("healthcare", "chat")
def n_hl7_spec(v):
    return ("In HL7 v2.%d, which PID fields carry the patient identifier list, name, date of birth and address? I "
            "remember PID-3 is the identifier list and PID-5 the name, with components separated by ^ and repetitions by "
            "~. How does that map to FHIR Patient.identifier and Patient.name? No real data, just the mapping."
            % v.num(3, 8))


@neg("retail", "table")
def n_product_skus(v):
    rows = "\n".join("| SKU-%s | UPC %s | part %s-%s | $%d.99 |" % (v.digits(6), v.digits(12, True), v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3),
                                                              v.digits(4), v.num(5, 300)) for _ in range(3))
    return "Clean up this product table and sort by price:\n\n| SKU | UPC | Part | Price |\n|---|---|---|---|\n" + rows


@neg("general", "template")
def n_mail_merge(v):
    return ("Improve this mail-merge template:\n\nDear {{first_name}} {{last_name}},\n\nYour account {{account_number}} "
            "will renew on {{renewal_date}}. If your address ({{street}}, {{city}}, {{zip}}) has changed, update it in "
            "the app. Questions? Reply to this message.\n\nRegards,\n{{sender_name}}\n\nKeep it under %d words." % v.num(90, 150))


@neg("healthcare", "vignette")
def n_case_vignette(v):
    return ("Create USMLE-style questions from this vignette: A %d-year-old man presents with crushing chest pain "
            "radiating to the left arm for %d minutes. BP %d/%d, HR %d. ECG shows ST elevation in leads II, III and aVF. "
            "Troponin is %d.%d ng/mL. What is the most likely occluded artery?" % (
                v.num(45, 79), v.num(20, 90), v.num(90, 170), v.num(50, 100), v.num(60, 130), v.num(0, 9), v.num(1, 9)))


@neg("general", "chat")
def n_scripture(v):
    return ("For a wedding reading, compare John 3:16, 1 Corinthians 13:4-7 and Ruth 1:16. Which fits a couple who met "
            "in a choir? Also suggest %d hymns and whether Psalm %d works for the recessional. Ceremony is about %d "
            "minutes." % (v.num(2, 5), v.pick([23, 100, 121, 150]), v.num(20, 60)))


@neg("general", "chat")
def n_directions(v):
    return ("Rewrite these directions to the community center more clearly: from the highway take exit %d, turn left on "
            "Martin Luther King Jr. Blvd, pass the Roosevelt High School stadium, right on Cesar Chavez Avenue, and the "
            "parking lot is behind the Kennedy Library branch. Allow %d minutes." % (v.num(3, 60), v.num(10, 40)))


@neg("finance", "chat")
def n_routing_explainer(v):
    return ("How does the ABA routing number checksum work? I read it uses weights 3, 7 and 1 repeated across the nine "
            "digits and the sum must be a multiple of 10. Write a Python function that validates one, plus %d unit tests "
            "using obviously fake inputs like all zeros. Explain why the first two digits map to Federal Reserve districts."
            % v.num(3, 8))


@neg("it", "docs")
def n_api_docs(v):
    return ("Turn this into OpenAPI YAML:\nPOST /v%d/customers/{customer_id}/cards - attaches a card token; header "
            "Authorization: Bearer <token>; returns 201 with card_id, brand, last4, exp_month, exp_year. Rate limit %d "
            "req/min. Errors: 402 card_declined, 409 duplicate." % (v.num(1, 3), v.num(60, 600)))


@neg("finance", "chat")
def n_isin_cusip(v):
    return ("Explain the difference between an ISIN like US%s and a CUSIP like %s, and why the ISIN ends in a check "
            "digit. Our fund holds %d bonds with coupon %d.%d%% maturing 20%d. Also what does the ticker BRK.B mean?"
            % (v.digits(10), v.chars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 9), v.num(3, 40), v.num(1, 7), v.num(0, 9),
               v.num(28, 55)))


@neg("retail", "chat")
def n_shipping_container(v):
    return ("Track our import: container MSKU%s on vessel %s, voyage %dW, bill of lading %s, IMO %s, port of discharge "
            "Long Beach, ETA in %d days. The forwarder says customs hold code %s. What paperwork do we need?"
            % (v.digits(7), v.pick(["Maersk Essen", "Ever Given", "MSC Oscar", "CMA CGM Marco Polo"]), v.num(100, 999),
               v.chars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 12), v.digits(7), v.num(3, 30), v.pick(["7H", "1A", "9B"])))


@neg("it", "log")
def n_stack_trace(v):
    return ("Explain this crash:\n\nTraceback (most recent call last):\n  File \"/srv/app/billing/invoice.py\", line %d, in render\n"
            "    total = sum(l.amount for l in lines)\nTypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n"
            "Segfault at 0x%s ip 0x%s in libpq.so.5.%d\nworker pid %d exited with code %d" % (
                v.num(20, 900), v.chars("0123456789abcdef", 12), v.chars("0123456789abcdef", 12), v.num(10, 16),
                v.num(1000, 60000), v.pick([1, 134, 139])))


@neg("legal", "template")
def n_contract_template(v):
    return ("Review this contract template clause: 'This Agreement is entered into by [CLIENT NAME], residing at "
            "[ADDRESS], and the Company. Confidential Information under 45 CFR 164.514 shall be de-identified. Term: %d "
            "months. Governing law: the State of %s.' Is the de-identification reference correct?"
            % (v.num(6, 36), v.pick(["Delaware", "New York", "Texas", "Oregon"])))


@neg("hr", "policy")
def n_hr_policy(v):
    return ("Summarize our PTO policy for the handbook: employees accrue %d.%d hours per pay period, carryover capped "
            "at %d hours, 401(k) match is %d%% after a %d-day waiting period, and parental leave is %d weeks. The "
            "policy was updated on 01/15/2025 and applies to grade levels L3-L7." % (
                v.num(3, 6), v.num(0, 9), v.num(40, 120), v.num(3, 6), v.num(30, 90), v.num(6, 16)))


@neg("support", "chat")
def n_error_codes(v):
    return ("Customers keep hitting error E-%d-%s during checkout on app version %d.%d.%d (build %d). The status page "
            "shows incident INC%s resolved. Knowledge base article KB%s suggests clearing cache. Write a macro reply the "
            "support agents can paste." % (v.num(100, 999), v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3), v.num(3, 9), v.num(0, 20),
                                           v.num(0, 20), v.num(1000, 99999), v.digits(7), v.digits(6)))
