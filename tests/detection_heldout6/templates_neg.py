"""Hard-negative templates: no gold spans. They must stay free of real PII by construction."""

import values as V
from tmpl import registry

NEGATIVE, reg = registry("hard_negative")


def ri(r, a, b):
    return r.randint(a, b)


def pick(r, *xs):
    return r.choice(xs)


# ------------------------------------------------------------------ de-identified / redacted
@reg("hospital", "clinical_note")
def neg_deid_discharge(r):
    return ("Rewrite this de-identified discharge summary for a teaching file:\n\n[PATIENT] is a %d-year-old %s with "
            "a history of %s admitted on [DATE] for %s. MRN [REDACTED]. Treated with %s; creatinine peaked at %.1f. "
            "Discharged on [DATE] to [FACILITY] under the care of [ATTENDING]. Follow up with [PCP] in %d weeks. "
            "ICD-10: %s." % (ri(r, 24, 84), pick(r, "man", "woman"), pick(r, "CKD stage 3", "COPD", "type 2 diabetes", "atrial fibrillation"),
                              pick(r, "cellulitis", "CHF exacerbation", "pyelonephritis", "GI bleed"),
                              pick(r, "IV cefazolin", "IV furosemide", "pantoprazole drip", "ceftriaxone"), r.uniform(1.1, 3.4), ri(r, 1, 4),
                              pick(r, "L03.115", "I50.23", "N10", "K92.2")))


@reg("support_ecommerce", "chat")
def neg_redacted_support(r):
    return ("Summarize this redacted support transcript for QA scoring:\n\nCustomer: [NAME REDACTED]\nAgent: I can see the "
            "order #%d placed with the card ending in %s (shown as **** **** **** %s). For verification, the SSN on file "
            "shows as XXX-XX-%s and the phone as (***) ***-%s.\nCustomer: yes that's me\nAgent: refund of $%d.%02d issued "
            "to the original payment method; allow %d-%d business days." % (ri(r, 10000000, 99999999), V.digits(r, 4), V.digits(r, 4),
                                                                             V.digits(r, 4), V.digits(r, 4), ri(r, 5, 400), ri(r, 0, 99), 3, ri(r, 5, 10)))


@reg("hospital", "hl7v2")
def neg_hl7_deid(r):
    return ("Is this scrubbed HL7 still valid 2.5.1?\n\nMSH|^~\\&|LAB|SITE%02d|DEID|RESEARCH|2025%02d%02d0930||ORU^R01|%s|P|2.5.1\r"
            "PID|1||[MRN]^^^SITE^MR||[REDACTED]^[REDACTED]||[DOB]|%s\r"
            "OBR|1|||%s^%s^LN|||[COLLECTED]\r"
            "OBX|1|NM|%s^%s^LN||%.1f|%s|%s|N|||F" % (ri(r, 1, 40), ri(r, 1, 12), ri(r, 1, 28), V.rs(r, V.UPPERNUM, 10), pick(r, "F", "M"),
                                                     pick(r, "24323-8", "57021-8", "4548-4"), pick(r, "CMP", "CBC", "HbA1c"),
                                                     pick(r, "2345-7", "718-7", "2160-0"), pick(r, "Glucose", "Hemoglobin", "Creatinine"),
                                                     r.uniform(0.6, 14.0), pick(r, "mg/dL", "g/dL"), pick(r, "70-99", "12.0-15.5", "0.6-1.2")))


@reg("insurance_claims", "json")
def neg_template_placeholders(r):
    return ("Fill in this EOB notification template so it reads naturally; keep the merge fields:\n\n"
            "Dear {{member.first_name}} {{member.last_name}},\nYour claim {{claim.id}} for services on {{claim.service_date}} "
            "was processed on %s. Member ID: {{member.id}}. Amount you may owe: {{patient_responsibility}}. Questions? "
            "Call the number on the back of your card. Template version %d.%d, locale %s." %
            (pick(r, "<date>", "${processed_date}", "[[PROCESS_DATE]]"), ri(r, 1, 9), ri(r, 0, 20), pick(r, "en-US", "es-US")))


@reg("payroll", "json")
def neg_synthetic_fixture(r):
    return ("Is this test fixture realistic enough for our payroll demo? {\"employee\": {\"name\": \"<FULL_NAME>\", "
            "\"ssn\": \"***-**-****\", \"email\": \"<redacted-email>\", \"bank\": {\"routing\": \"<ROUTING>\", "
            "\"account\": \"****%s\"}, \"gross\": %d.00, \"pay_period\": \"%s\", \"employee_number\": \"E%05d\"}}"
            % (V.digits(r, 4), ri(r, 1200, 9000), pick(r, "2025-05-01/2025-05-15", "2025-06-16/2025-06-30", "biweekly-14"), ri(r, 1, 99999)))


# ------------------------------------------------------------------ look-alikes
@reg("cards_disputes", "chat")
def neg_luhn_fail(r):
    bad = V.luhn_bad(r, 16)
    return ("Why does our checkout reject this number as invalid? The tester typed %s %s %s %s with expiry 0%d/2%d. "
            "I think the Luhn check is wrong in our JS. Also the refund reference %s and the 16-digit gift card "
            "%s both fail validation, which is expected for gift cards." % (bad[:4], bad[4:8], bad[8:12], bad[12:], ri(r, 1, 9), ri(r, 6, 9),
                                                                              V.luhn_bad(r, 14), V.luhn_bad(r, 16)))


@reg("retail_banking", "chat")
def neg_routing_fail(r):
    while True:
        x = V.digits(r, 9)
        d = [int(c) for c in x]
        if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10:
            break
    return ("Our ACH form accepted %s as a routing number but the bank says it is invalid. Can you explain the ABA "
            "checksum weights 3-7-1 and show why this one fails? Please write a Python function that validates it; "
            "the form field is called routing_no and allows %d characters." % (x, ri(r, 9, 12)))


@reg("it_devops", "log")
def neg_release_notes(r):
    maj, mi = ri(r, 2, 14), ri(r, 0, 30)
    return ("Turn these release notes into a customer-facing changelog:\n\nv%d.%d.%d (build %d) released %s\n"
            "- Fixed crash when exporting reports larger than %d MB\n- Upgraded OpenSSL to 3.%d.%d\n"
            "- Deprecated API v1 endpoints (removal planned for %d.0)\nv%d.%d.0 (build %d)\n- Dark mode" %
            (maj, mi, ri(r, 1, 9), ri(r, 1000, 99999), V.recent(r, "iso"), ri(r, 50, 500), ri(r, 0, 4), ri(r, 0, 15),
             maj + 1, maj, mi, ri(r, 1000, 99999)))


@reg("it_devops", "log")
def neg_app_log(r):
    lines = []
    for _ in range(4):
        lines.append("2025-%02d-%02dT%02d:%02d:%02d.%03dZ %s req=%s-%s-%s latency_ms=%d host=api-gw-%d" %
                     (ri(r, 1, 12), ri(r, 1, 28), ri(r, 0, 23), ri(r, 0, 59), ri(r, 0, 59), ri(r, 0, 999),
                      pick(r, "INFO", "WARN", "ERROR"), V.rs(r, V.HEX, 8), V.rs(r, V.HEX, 4), V.rs(r, V.HEX, 12),
                      ri(r, 3, 4000), ri(r, 1, 9)))
    return "Find the slow requests in this log:\n" + "\n".join(lines) + "\nCommit %s deployed just before." % V.rs(r, V.HEX, 40)


@reg("logistics", "csv")
def neg_tracking_ids(r):
    rows = []
    for _ in range(4):
        rows.append("1Z%s%s,%s,%s,%d.%d lb" % (V.rs(r, V.UPPERNUM, 5) + V.rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 1), V.digits(r, 10), V.digits(r, 12),
                                               pick(r, "IN_TRANSIT", "DELIVERED", "EXCEPTION"), ri(r, 1, 70), ri(r, 0, 9)))
    return ("Which shipments are stuck? carrier export:\ntracking,fedex_ref,status,weight\n" + "\n".join(rows) +
            "\nWarehouse dock %d, wave %s." % (ri(r, 1, 30), V.rs(r, V.UPPERNUM, 4)))


@reg("logistics", "spreadsheet")
def neg_sku_parts(r):
    rows = []
    for _ in range(4):
        rows.append("%s-%s-%s\t%s\t%d\t$%d.%02d" % (V.rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), V.digits(r, 4), V.rs(r, V.UPPERNUM, 2),
                                                   pick(r, "hex bolt M8", "gasket kit", "pump impeller", "relay 24V", "filter cartridge"),
                                                   ri(r, 0, 900), ri(r, 1, 400), ri(r, 0, 99)))
    return ("Reorder anything below 50 units:\nPart#\tDescription\tOn hand\tUnit cost\n" + "\n".join(rows) +
            "\nLot %s, catalog page %d." % (V.rs(r, V.UPPERNUM, 7), ri(r, 1, 300)))


@reg("hospitality", "chat")
def neg_masked_card_expiry(r):
    return ("Guest asked why the card on the folio shows as %s **** **** %s, exp %02d/%02d. Explain our PCI masking "
            "policy in plain words, and why the authorization hold of $%d drops off after %d days. Folio %s, confirmation %s." %
            (pick(r, "4***", "5***", "3***"), V.digits(r, 4), ri(r, 1, 12), ri(r, 26, 31), ri(r, 50, 500), ri(r, 3, 10),
             V.rs(r, V.UPPERNUM, 8), V.digits(r, 10)))


@reg("it_devops", "yaml")
def neg_config_placeholders(r):
    return ("Why does helm complain about this values file?\n\ndatabase:\n  host: ${DB_HOST}\n  port: %d\n  user: app\n"
            "  password: ${DB_PASSWORD}\napi:\n  key: <your-api-key-here>\n  timeout_s: %d\nsigning:\n  private_key_path: "
            "/etc/keys/%s.pem\nreplicas: %d\nimage: registry.local/app:%d.%d.%d\n" %
            (pick(r, 5432, 3306, 1433), ri(r, 5, 60), pick(r, "signer", "jwt", "tls"), ri(r, 1, 8), ri(r, 1, 9), ri(r, 0, 20), ri(r, 0, 9)))


@reg("it_devops", "code")
def neg_pii_variable_code(r):
    fn = pick(r, "mask_ssn", "normalize_phone", "validate_email", "redact_dob")
    return ("Add type hints and a docstring:\n\n```python\ndef %s(value, keep=%d):\n    ssn = value.strip()\n"
            "    email_domain = None\n    patient_name = ''\n    if len(ssn) < keep:\n        return ssn\n"
            "    return '*' * (len(ssn) - keep) + ssn[-keep:]\n\n# used by intake_form.py line %d\nMAX_PHONE_LEN = %d\n```"
            % (fn, ri(r, 2, 4), ri(r, 10, 400), ri(r, 10, 20)))


@reg("it_devops", "sql")
def neg_sql_schema(r):
    return ("Review this schema for HIPAA-sensitive columns:\n\nCREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n"
            "  mrn VARCHAR(%d) NOT NULL,\n  first_name TEXT,\n  last_name TEXT,\n  dob DATE,\n  ssn CHAR(11),\n"
            "  email CITEXT UNIQUE,\n  phone VARCHAR(%d),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n"
            "CREATE INDEX idx_patients_%s ON patients(%s);" % (ri(r, 10, 20), ri(r, 15, 20), pick(r, "mrn", "dob", "last"),
                                                              pick(r, "mrn", "dob", "last_name")))


@reg("it_devops", "json")
def neg_openapi_example(r):
    return ("Generate a description for this OpenAPI property list: {\"Patient\": {\"type\": \"object\", \"properties\": "
            "{\"given\": {\"type\": \"string\", \"maxLength\": %d}, \"family\": {\"type\": \"string\"}, \"birthDate\": "
            "{\"type\": \"string\", \"format\": \"date\", \"example\": \"YYYY-MM-DD\"}, \"email\": {\"type\": \"string\", "
            "\"format\": \"email\"}, \"ssn\": {\"type\": \"string\", \"pattern\": \"^\\\\d{3}-\\\\d{2}-\\\\d{4}$\"}}, "
            "\"required\": [\"%s\"]}}" % (ri(r, 30, 120), pick(r, "family", "given", "birthDate")))


# ------------------------------------------------------------------ people who are not private persons
@reg("education", "chat")
def neg_historical_essay(r):
    a = pick(r, ("Abraham Lincoln", "1809", "the Emancipation Proclamation"), ("Florence Nightingale", "1820", "modern nursing"),
             ("Marie Curie", "1867", "radioactivity research"), ("Frederick Douglass", "1818", "the abolitionist press"))
    return ("Grade this 8th-grade essay paragraph (out of %d):\n\n%s was born in %s and is remembered for %s. Historians "
            "like to say that without %s the %s century would look very different. My grandmother visited a museum about "
            "this in %d and said it was the best trip of her life." % (ri(r, 10, 20), a[0], a[1], a[2], a[0].split()[-1],
                                                                      pick(r, "nineteenth", "twentieth"), ri(r, 1970, 2015)))


@reg("writing_help", "chat")
def neg_book_list(r):
    books = [("Toni Morrison", "Beloved"), ("Gabriel García Márquez", "One Hundred Years of Solitude"),
             ("Chimamanda Ngozi Adichie", "Half of a Yellow Sun"), ("Haruki Murakami", "Norwegian Wood"),
             ("Jane Austen", "Persuasion"), ("Kazuo Ishiguro", "The Remains of the Day"), ("Leo Tolstoy", "Anna Karenina"),
             ("Zadie Smith", "White Teeth")]
    sel = r.sample(books, 3)
    return ("Write a short blurb for each book on our library's summer reading list (%d words max each):\n" % ri(r, 40, 90) +
            "\n".join("- %s by %s" % (t, a) for a, t in sel) + "\nKeep the tone friendly for readers aged %d and up." % ri(r, 14, 18))


@reg("hospital", "chat")
def neg_eponym_diseases(r):
    eps = r.sample(["Parkinson's disease", "Hodgkin lymphoma", "Crohn's disease", "Alzheimer's disease", "Graves' disease",
                    "Cushing syndrome", "Guillain-Barré syndrome", "Hashimoto's thyroiditis", "Bell's palsy", "Raynaud phenomenon"], 4)
    return ("Make flashcards for these eponymous conditions: %s. For each, give the classic presentation, first-line "
            "test, and one board pearl. Also explain the Glasgow Coma Scale and the Apgar score in one line each. "
            "Limit: %d cards." % (", ".join(eps), ri(r, 8, 30)))


@reg("education", "chat")
def neg_physics_eponyms(r):
    return ("Explain to a %s student the difference between Ohm's law and Kirchhoff's laws, then convert %d degrees "
            "Fahrenheit to kelvin and express %d newtons over %d square meters in pascals. Mention why the Doppler effect "
            "and the Coriolis force are named the way they are. Bonus: what is a Faraday cage?" %
            (pick(r, "ninth-grade", "first-year", "community college"), ri(r, 30, 110), ri(r, 10, 900), ri(r, 2, 9)))


@reg("accounting", "chat")
def neg_companies_people_names(r):
    cos = r.sample(["Johnson & Johnson", "Ford Motor Company", "Dell Technologies", "Merck", "Wells Fargo", "Charles Schwab",
                    "Goldman Sachs", "Hewlett Packard Enterprise", "Ferrari", "Procter & Gamble", "Tiffany & Co.", "Boeing"], 4)
    return ("Compare the dividend history of %s over the last %d years for a client newsletter. Do not make buy/sell "
            "recommendations; mention that past performance does not guarantee future results. Q%d figures only." %
            (", ".join(cos), ri(r, 3, 15), ri(r, 1, 4)))


@reg("hospitality", "chat")
def neg_landmarks_itinerary(r):
    stops = r.sample(["Washington Square Park", "Lake Louise", "Mount Rushmore", "St. Augustine", "Lincoln Memorial",
                      "Jefferson City", "Victoria Harbour", "Columbus Circle", "San Francisco de Asís church", "Fort Lauderdale",
                      "Mount Vernon", "Hudson River Park"], 4)
    return ("Plan a %d-day itinerary visiting %s. Budget about $%d per day, prefer trains, and include one rainy-day "
            "museum option per stop. Check-in is after 3 pm and checkout by 11." % (ri(r, 3, 9), ", ".join(stops), ri(r, 120, 450)))


@reg("writing_help", "chat")
def neg_names_as_words(r):
    return ("Proofread: \"%s garden tips: plant the rose bushes where they get %d hours of sun, keep the ivy off the "
            "brick, and don't let the sage bolt. The hedge will need a trim, but honestly we could just mark the "
            "spot and grant it another season. Carnations, lily of the valley and violet are the %s-friendly picks. "
            "Amber and hazel leaves look great in %s.\"" % (pick(r, "April", "June", "May"), ri(r, 4, 8), pick(r, "shade", "bee", "deer"),
                                                           pick(r, "autumn", "October", "fall wreaths")))


@reg("writing_help", "chat")
def neg_sports_news(r):
    g = pick(r, ("Serena Williams", "Wimbledon"), ("LeBron James", "the NBA Finals"), ("Lionel Messi", "the Copa América"),
             ("Simone Biles", "the Olympics"), ("Shohei Ohtani", "the World Series"))
    return ("Shorten this sports recap to two sentences: In a performance fans will talk about for years, %s dominated "
            "%s, finishing with %d points of influence according to the broadcast's made-up metric. Commentators "
            "compared the run to the %d season, and the stadium crowd of %d,%03d stayed until the final whistle." %
            (g[0], g[1], ri(r, 20, 60), ri(r, 1990, 2020), ri(r, 18, 90), ri(r, 0, 999)))


@reg("hospitality", "chat")
def neg_recipe(r):
    return ("Scale this recipe from %d to %d servings:\n- %d g flour\n- %d ml milk\n- 2 eggs\n- %d g butter, melted\n"
            "Bake at %d°F (%d°C) for %d-%d minutes. Beef Wellington and eggs Benedict are on the brunch menu too; Caesar "
            "salad on the side." % (ri(r, 2, 6), ri(r, 8, 24), ri(r, 150, 500), ri(r, 100, 400), ri(r, 20, 120), pick(r, 350, 375, 400),
                                    pick(r, 175, 190, 205), ri(r, 15, 25), ri(r, 26, 45)))


@reg("pharmacy_benefit", "markdown_table")
def neg_dosing_table(r):
    drug = pick(r, "amoxicillin", "acetaminophen", "ibuprofen", "cephalexin")
    rows = "\n".join("| %d-%d kg | %d mg | q%dh |" % (w, w + 4, ri(r, 80, 500), pick(r, 6, 8, 12)) for w in (ri(r, 5, 9), ri(r, 10, 14), ri(r, 15, 19)))
    return ("Double-check this pediatric %s dosing table against %d mg/kg/day:\n\n| Weight | Dose | Interval |\n|---|---|---|\n%s\n"
            "Max daily dose %d mg. NDC %s-%s-%s. Formulary tier %d." % (drug, ri(r, 20, 90), rows, ri(r, 1000, 4000),
                                                                        V.digits(r, 5), V.digits(r, 4), V.digits(r, 2), ri(r, 1, 4)))


@reg("insurance_claims", "letter")
def neg_policy_doc(r):
    return ("Summarize this coverage policy for providers:\n\nMedical Policy %s-%03d: %s\nEffective date: %s. Last reviewed: %s.\n"
            "Coverage: considered medically necessary when criteria A-C are met. Prior authorization required for "
            "members enrolled in plan group %s. Applies to CPT %d and HCPCS %s%04d." %
            (pick(r, "MP", "CP", "RX"), ri(r, 1, 999), pick(r, "Continuous Glucose Monitors", "Bariatric Surgery", "Sleep Studies", "Genetic Testing"),
             V.recent(r, "long"), V.recent(r, "us"), V.digits(r, 6), ri(r, 10000, 99999), pick(r, "E", "A", "J"), ri(r, 0, 9999)))


@reg("lab_radiology", "markdown_table")
def neg_reference_ranges(r):
    return ("Format this as a patient handout:\n\n| Test | Reference range | Units |\n|---|---|---|\n| Hemoglobin | %.1f-%.1f | g/dL |\n"
            "| Platelets | %d-%d | 10^3/uL |\n| TSH | 0.4-%.1f | mIU/L |\n| LDL | <%d | mg/dL |\nRanges valid for analyzer firmware %d.%d. "
            "Reviewed by the lab director (see SOP %s)." % (r.uniform(11, 13), r.uniform(15, 17.5), ri(r, 130, 160), ri(r, 380, 450),
                                                           r.uniform(4, 5), pick(r, 100, 130), ri(r, 2, 9), ri(r, 0, 40), V.rs(r, V.UPPERNUM, 6)))


@reg("retail_banking", "letter")
def neg_statement(r):
    return ("Explain these fees to me like I'm new to banking:\n\nStatement period %s to %s\nAccount ending ****%s\n"
            "Beginning balance $%d.%02d\nMonthly maintenance fee $%d.00\nOverdraft fee $%d.00 (waived)\nInterest paid $0.%02d\n"
            "Ending balance $%d.%02d" % (pick(r, "05/01/2025", "06/01/2025", "07/01/2025"), pick(r, "05/31/2025", "06/30/2025", "07/31/2025"),
                                         V.digits(r, 4), ri(r, 100, 9000), ri(r, 0, 99), ri(r, 5, 15), ri(r, 25, 39), ri(r, 1, 99),
                                         ri(r, 100, 9000), ri(r, 0, 99)))


@reg("hr_recruiting", "meeting_notes")
def neg_meeting_roles(r):
    return ("Clean up these meeting notes:\n\n%s planning sync — attendees: recruiting lead, HRBP, two hiring managers.\n"
            "- Open reqs: %d (eng), %d (ops)\n- Offer acceptance rate %d%%\n- Next sync %s at %d:00\n- Action: the "
            "recruiting lead to refresh the job ladder doc; finance to confirm band %s." %
            (pick(r, "Q3", "Q4", "H2"), ri(r, 2, 20), ri(r, 1, 10), ri(r, 60, 95), pick(r, "Monday", "Wednesday", "Friday"),
             ri(r, 9, 16), pick(r, "L4", "L5", "M2")))


@reg("it_devops", "log")
def neg_stack_trace(r):
    return ("What's causing this?\n\nTraceback (most recent call last):\n  File \"/srv/app/%s.py\", line %d, in handle\n"
            "    resp = client.post(endpoint, json=payload, timeout=%d)\n  File \"/usr/lib/python3.%d/site-packages/httpx/_client.py\", "
            "line %d, in post\nhttpx.ReadTimeout: timed out\nworker pid=%d build=%s" %
            (pick(r, "claims_sync", "eligibility", "ledger_export"), ri(r, 20, 900), ri(r, 5, 60), ri(r, 9, 12), ri(r, 100, 2000),
             ri(r, 1000, 65000), V.rs(r, V.HEX, 12)))


@reg("education", "letter")
def neg_math_eponyms(r):
    return ("Write a study guide intro: This unit covers the Pythagorean theorem, Fermat's little theorem, Gaussian "
            "elimination, Bayes' rule, and Euler's identity. Students should be able to apply the Chinese remainder "
            "theorem to systems with moduli up to %d, and compute a %dx%d determinant by Laplace expansion. Unit %d, "
            "week %d of the syllabus." % (ri(r, 20, 100), ri(r, 3, 4), ri(r, 3, 4), ri(r, 1, 12), ri(r, 1, 15)))


@reg("writing_help", "chat")
def neg_art_history(r):
    w = pick(r, ("the Mona Lisa", "Leonardo da Vinci"), ("The Starry Night", "Vincent van Gogh"), ("Guernica", "Pablo Picasso"),
             ("The Persistence of Memory", "Salvador Dalí"), ("Girl with a Pearl Earring", "Johannes Vermeer"))
    return ("Write a %d-word museum label for %s by %s. Mention the medium, the approximate year it was painted, and "
            "one detail visitors often miss. Avoid the word 'iconic'. The gallery room is %d and the label printer "
            "uses template %s." % (ri(r, 60, 150), w[0], w[1], ri(r, 1, 40), V.rs(r, V.UPPERNUM, 5)))


@reg("accounting", "letter")
def neg_eponym_laws(r):
    return ("Summarize compliance obligations under %s and %s for a mid-size %s. Note the effective dates of the %s "
            "amendments, and explain the Gramm-Leach-Bliley safeguards rule in %d bullet points." %
            (pick(r, "Sarbanes-Oxley", "Dodd-Frank"), pick(r, "HIPAA", "the Fair Credit Reporting Act", "the Bank Secrecy Act"),
             pick(r, "bank", "hospital group", "credit union", "fintech"), pick(r, "2019", "2021", "2023", "2024"), ri(r, 3, 7)))


@reg("nonprofit", "letter")
def neg_grant_report(r):
    return ("Tighten this grant report paragraph: In FY%d our food pantry served %d,%03d households across %d counties. "
            "Volunteer hours rose %d%% after we partnered with the Carnegie library branch and the Rockefeller-funded "
            "community center. The board approved the %d-%d strategic plan at its annual meeting." %
            (ri(r, 22, 25), ri(r, 1, 40), ri(r, 0, 999), ri(r, 2, 12), ri(r, 5, 60), 2025, ri(r, 2027, 2030)))


@reg("support_utilities", "chat")
def neg_outage_notice(r):
    return ("Make this outage notice clearer: Planned maintenance on feeder %s-%d will interrupt service between "
            "%d:00 and %d:00 on %s. About %d customers in the %s district are affected. Meter firmware will update to "
            "v%d.%d.%d automatically. Reference work order WO-%s." %
            (V.rs(r, "ABCDEFGHJK", 2), ri(r, 10, 99), ri(r, 6, 10), ri(r, 12, 17), pick(r, "Saturday", "Sunday", "Tuesday"),
             ri(r, 200, 9000), pick(r, "Riverside", "Old Town", "Eastgate", "Hillcrest"), ri(r, 1, 5), ri(r, 0, 20), ri(r, 0, 99), V.digits(r, 7)))


@reg("support_telecom", "chat")
def neg_plan_comparison(r):
    return ("Compare these two phone plans for a family of %d: Plan A $%d/mo, %d GB hotspot, 5G UW; Plan B $%d/mo, "
            "unlimited hotspot at 3G speeds after %d GB. Device payments run %d months at 0%% APR. Which one is better "
            "for heavy streaming? Promo code %s expires end of month." %
            (ri(r, 2, 6), ri(r, 60, 140), ri(r, 10, 60), ri(r, 60, 140), ri(r, 20, 100), pick(r, 24, 36), V.rs(r, V.UPPERNUM, 8)))


@reg("logistics", "log")
def neg_epoch_cron(r):
    return ("Why did the nightly job run twice?\ncron: %d %d * * * /opt/etl/run.sh --batch %s\nlast_run_epoch=%d\n"
            "next_run_epoch=%d\nduration_s=%d exit=%d artifact sha256=%s" %
            (ri(r, 0, 59), ri(r, 0, 5), V.digits(r, 8), ri(r, 1700000000, 1760000000), ri(r, 1760000000, 1790000000),
             ri(r, 30, 9000), pick(r, 0, 1, 137), V.rs(r, V.HEX, 64)))


@reg("support_ecommerce", "csv")
def neg_product_catalog(r):
    rows = []
    for _ in range(4):
        rows.append("%s,%s,%s,%d.%02d" % (V.luhn_bad(r, 13), V.rs(r, V.UPPERNUM, 10),
                                          pick(r, "Stanley tumbler 30oz", "Levi's 501 jeans", "Dyson V8 filter", "Hamilton Beach kettle",
                                               "Dr. Martens boots", "Ben & Jerry's pint"), ri(r, 3, 400), ri(r, 0, 99)))
    return "Fix the price formatting in this catalog export:\nean,asin,title,price\n" + "\n".join(rows)


# ------------------------------------------------------------------ non-English hard negatives
@reg("hospitality", "chat", "hard_negative")
def neg_es_recipe_policy(r):
    return ("Traduce al inglés: La política de cancelación entra en vigor el %d de %s de 2025. Las reservas hechas "
            "antes de esa fecha mantienen la tarifa flexible. El restaurante ofrece tortilla de patatas, gazpacho y "
            "crema catalana; la mesa %d se reserva para grupos de más de %d personas." %
            (ri(r, 1, 28), pick(r, "marzo", "abril", "junio", "octubre"), ri(r, 1, 30), ri(r, 6, 12)))


@reg("hospital", "chat")
def neg_fr_pasteur(r):
    return ("Corrige ce paragraphe : L'Institut Pasteur a été fondé en %d. Louis Pasteur a mis au point le vaccin "
            "contre la rage, et la maladie d'Alzheimer porte le nom du psychiatre Alois Alzheimer. Le service compte "
            "%d lits et le protocole %s est appliqué depuis la version %d.%d." %
            (1887 + ri(r, 0, 1), ri(r, 10, 80), V.rs(r, V.UPPERNUM, 5), ri(r, 1, 9), ri(r, 0, 9)))


@reg("it_devops", "form")
def neg_de_manual(r):
    return ("Übersetze bitte ins Englische: Bedienungsanleitung Modell %s-%d. Firmware-Version %d.%d.%d. Vor dem "
            "Öffnen des Gehäuses Netzstecker ziehen. Betriebstemperatur %d bis %d °C. Ersatzteilnummer %s. "
            "Gültig ab Produktionswoche %d/2025." % (V.rs(r, "ABCDEFGHJK", 2), ri(r, 100, 999), ri(r, 1, 9), ri(r, 0, 20), ri(r, 0, 99),
                                                    ri(r, 0, 10), ri(r, 35, 45), V.rs(r, V.UPPERNUM, 9), ri(r, 1, 52)))


@reg("logistics", "chat")
def neg_nl_traffic(r):
    return ("Vat dit verkeersbericht samen: Op de A%d richting %s staat een file van %d kilometer door een ongeval bij "
            "knooppunt %s. De Willem-Alexandertunnel is van %d.00 tot %d.00 uur dicht voor onderhoud. Rijkswaterstaat "
            "verwacht dat de weg om %d.30 uur weer vrij is." % (ri(r, 1, 30), pick(r, "Utrecht", "Amsterdam", "Den Haag"), ri(r, 2, 15),
                                                            pick(r, "Oudenrijn", "Prins Clausplein", "Ring Zuid"), ri(r, 20, 23), ri(r, 4, 6), ri(r, 7, 10)))


@reg("writing_help", "chat")
def neg_hinglish_cricket(r):
    return ("Isko English mein translate karo: kal ke match mein Sachin Tendulkar ki tarah %s ne shandaar %d run banaye, "
            "aur Wankhede stadium mein %d hazaar log the. Next match %s ko hai, ticket ka price %d rupaye se shuru." %
            (pick(r, "Virat Kohli", "Rohit Sharma", "Shubman Gill"), ri(r, 50, 180), ri(r, 20, 33), pick(r, "Sunday", "Friday"), ri(r, 500, 3000)))


@reg("hospitality", "chat")
def neg_tagalog_recipe(r):
    return ("Paki-translate sa English: Para sa adobo, kailangan ng %d kilo ng manok, %d kutsarang toyo, %d kutsarang "
            "suka, bawang at dahon ng laurel. Pakuluan ng %d minuto. Puwede ring gawing adobong pusit tuwing Biyernes Santo. "
            "Serves %d." % (ri(r, 1, 3), ri(r, 3, 8), ri(r, 2, 6), ri(r, 25, 50), ri(r, 4, 10)))


@reg("ambulatory", "form")
def neg_blank_intake_form(r):
    return ("Make this intake form accessible (labels, tab order):\n\nPatient name: ____________\nDate of birth: __/__/____\n"
            "Phone: (___) ___-____\nEmail: __________\nInsurance member ID: __________\nPreferred language: [ ] English [ ] "
            "Español [ ] Other\nForm %s rev %d, page %d of %d" % (V.rs(r, V.UPPERNUM, 4), ri(r, 1, 12), 1, ri(r, 2, 5)))


@reg("home_health", "chat")
def neg_home_safety(r):
    return ("Turn this into a home-safety checklist for seniors: remove throw rugs, add grab bars near the toilet, "
            "use night lights, keep a list of medications on the fridge, and ask the pharmacist about %s. For clients "
            "in their %ds with %s, schedule a PT evaluation within %d days. Reference: CMS OASIS-E item %s." %
            (pick(r, "drug interactions", "fall-risk medications", "pill organizers"), pick(r, 60, 70, 80),
             pick(r, "osteoporosis", "neuropathy", "low vision"), ri(r, 3, 14), pick(r, "J1800", "GG0170", "M1033")))
