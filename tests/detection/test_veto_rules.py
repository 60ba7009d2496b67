"""Veto rules for look-alikes of names, phones and passwords (README, "Overlap
and veto rules"). Each rule has cases where it must fire (the look-alike is not
reported), and cases where the real entity next to it must still be found.
Examples are synthetic and written for these tests."""

from __future__ import annotations

import pytest

from helpers import found

# --- PERSON: a capitalised run followed by an organisation word ----------------

ORG_WORD_NEGATIVE = [
    # Named instruments: an eponym followed by "Scale", "Score", "Criteria"...
    "Apply the Hamilton Depression Rating Scale and Glasgow Coma Scale.",
    "Wells Score was 4 and the Apgar Score 9.",
    # Plan acronyms in capitals are not an ALL-CAPS name.
    "Ins: BCBS IL member plan, HMO PPO options",
    "Send the invoice to Harper Lindqvist Consulting before Friday.",
    "The grant covers staff at Rosalind Vega Foundation and two partner sites.",
    "Escalate it to Marcus Whitfield Logistics, Inc. today.",
    "Route the file to the Dorothy Kemp Program office.",
    "Customer Care - Ember Outfitters",
    "Quarterly figures for Pemberton Holdings LLC look flat.",
    "Compare wait times at Clara Benton Hospital and the county clinic.",
]

# --- PERSON: well-known eponymous organisations --------------------------------

EPONYMOUS_NEGATIVE = [
    "Our custodians are Morgan Stanley and Charles Schwab.",
    "Vendors (Eli Lilly, Bristol-Myers Squibb) sent new rebate terms.",
    "Correspondent bank: JPMorgan Chase, New York",
    "Benchmark the cardiac program against Johns Hopkins and Cedars Sinai.",
    "Wire the fee through Wells Fargo as usual.",
    "She works at Johnson Controls in Milwaukee.",
    "The Kaplan Meier curve shows median survival of 14 months.",
    # Theorems, doctrines, curves and places named after people.
    "Chapter 3: Jordan Curve Theorem, then the Monroe Doctrine.",
    "Trip ideas: Victoria Falls, Jackson Hole and Moab.",
    # Diseases and tests named after two people.
    "Rule out Epstein Barr virus and Guillain Barre syndrome; ECG showed Wolff Parkinson White.",
    # Places that read as a first name and a surname.
    "We opened an office in São Paulo last year.",
    "Flights to San Jose and Santa Clara were cancelled.",
]

PERSON_STILL_FOUND = [
    # An imperative verb that is also a surname does not start the name.
    ("Read Maria Lopez's chart before rounds", "Maria Lopez"),
    # A title names a person even if the words are also a firm's name.
    ("Referred by Dr. Morgan Stanley-Hughes for a consult", "Morgan Stanley-Hughes"),
    # A place's words inside a name do not make it a place.
    ("Patient: Maria Santana, seen by Dr. Jose Santa", "Maria Santana"),
    ("Seen by Dr. Charles Schwab today", "Charles Schwab"),
    # A person next to an organisation is still a person.
    ("patient Maria Gonzalez works at Acme Health", "Maria Gonzalez"),
    ("Contact Priya Raman, Lindqvist Consulting, about the renewal", "Priya Raman"),
    # Only organisation words right after the run count, not a name earlier in the sentence.
    ("Dear Grant Wells, the Program office approved it", "Grant Wells"),
    # Sign-offs are not names; the name under them is.
    ("Thanks for waiting.\n\nWarmly,\nMaria\nSupport team", "Maria"),
]

# --- PERSON: historical and fictional figures, eponyms, team sign-offs ----------

FIGURE_NEGATIVE = [
    # Present-day public figures, in bare prose.
    "Summarize Greta Thunberg's speech and Keanu Reeves' latest film.",
    "Write a quiz about Roger Federer and Rafael Nadal.",
    "Summarize Ada Lovelace's notes on the Analytical Engine.",
    "Compare Louis Pasteur and Edward Jenner on vaccination.",
    "Why does Jay Gatsby throw parties every weekend?",
    "Write a sonnet in the voice of Wolfgang Amadeus Mozart.",
    "Who painted it, Leonardo da Vinci or Rembrandt van Rijn?",
    "Quote Martin Luther King on justice.",  # "King" ends the run; its start is the figure
    "Explain Ulysses S. Grant's strategy at Vicksburg.",
]

EPONYM_NEGATIVE = [
    "Patient with suspected Addison's disease; check a cortisol.",
    "Consider Graves' disease; Murphy's sign was negative.",
    "Family history of Lou Gehrig's disease.",
    "Use the Hamilton rating scale; the patient is not depressed.",
    "Gleason score 7 on the biopsy; the patient asked about it.",
]

PLACE_NEGATIVE = [
    "The Kennedy Center and Lincoln Memorial are near the National Mall.",
    "Meet at the Tate Museum, then the Franklin Library.",
    "Stay at Bright Angel Lodge, then drive to Desert View.",
]

# One half of a pair known to the gazetteer, the other an everyday English word.
WORD_PAIR_NEGATIVE = [
    "## Improved Search\nResults now load faster.",
    "Victoria Secret and other brands had sales this weekend.",
    "What does the Minimum Necessary standard require?",
]

GREETING_NEGATIVE = [
    "Hello World! This is a sample app built with Flask.",
    "Dear Hiring Manager,\nI am applying for the analyst role.",
    "Dear Valued Customer,\nyour statement is ready.",
]

# A product table's name column names products ("sku,name,qty,price").
PRODUCT_TABLE_NEGATIVE = [
    "sku,name,qty,price\nKX-4410,Harbor Blue Mug,12,8.99\nKX-4411,Forest Green Mug,4,8.99",
    "| SKU | Name | Price |\n|---|---|---|\n| A-1 | Rosa Garden Shears | 19.99 |",
    '{"sku": "KX-4411", "name": "Forest Green Mug", "price": 8.99}',
    '{"items": [{"product_id": "P-1", "name": "Grace Hopper Poster", "qty": 2}]}',
]

TEAM_SIGN_OFF_NEGATIVE = [
    "Dear team,\nThe roadmap is attached.\n\nBest,\nPlatform Engineering",
    "Thanks,\nRevenue Operations",
]

FIGURE_OR_EPONYM_PERSON_FOUND = [
    # Context decides: after a person keyword or a title, the same words are a person.
    ("Patient: Abraham Lincoln, DOB 02/12/1961", "Abraham Lincoln"),
    ("Dear Ada Lovelace,\nyour claim was approved.", "Ada Lovelace"),
    ("Seen by Dr. Louis Pasteur in clinic", "Louis Pasteur"),
    ("Patient: Tom Hanks, DOB 07/09/1956", "Tom Hanks"),
    # A name shared by a great many people is not on the figures list.
    ("Draft a lease for Thomas Jefferson and his roommate.", "Thomas Jefferson"),
    # A possessive before an everyday noun is a person's.
    ("Maria Lopez's test results are back.", "Maria Lopez"),
    ("Patient Addison's mother called.", "Addison"),
    ("Maria Lopez index finger injury, patient seen today", "Maria Lopez"),  # a body part, not an instrument
    ("Best,\nPriya Raman", "Priya Raman"),
    # A people table with a name column is still read.
    ("id,name,dob\n1,Forest Green,1980-01-02", "Forest Green"),
    ('{"customer": {"name": "Maria Lopez"}, "items": [{"sku": "A1", "qty": 1}]}', "Maria Lopez"),
]


@pytest.mark.parametrize(
    "text",
    FIGURE_NEGATIVE + EPONYM_NEGATIVE + PLACE_NEGATIVE + GREETING_NEGATIVE + PRODUCT_TABLE_NEGATIVE + TEAM_SIGN_OFF_NEGATIVE + WORD_PAIR_NEGATIVE,
)
def test_figures_eponyms_and_teams_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(("text", "expected"), FIGURE_OR_EPONYM_PERSON_FOUND)
def test_persons_with_figure_names_or_possessives_are_found(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text)


# --- PERSON: radiology/exam vocabulary in ALL CAPS ------------------------------

EXAM_NEGATIVE = [
    "EXAM: CT ABDOMEN PELVIS W/ CONTRAST\nIndication: pain",
    "EXAM: XR KNEE BILATERAL\nFindings: no fracture",
    "Study: US THYROID COMPLETE",
]

# --- PHONE_NUMBER: catalogue-number context -------------------------------------

CATALOGUE_NEGATIVE = [
    "Part no. 312-555-0188 replaces the old valve.",
    "P/N 415-262-7730 is back-ordered.",
    "SKU 646-210-4417 ships in cases of 12.",
    "Model 718-903-2264 has a new firmware.",
    "Item no. 929-333-4410 was discontinued.",
    "Serial no. 303-778-5512 failed the test.",
    "Catalog 212-640-9981, page 4.",
]

PHONE_STILL_FOUND = [
    ("Call the parts desk at 312-555-0188 before noon.", "312-555-0188"),
    ("Model questions? Phone our line: 415-262-7730.", "415-262-7730"),
    ("reach me at (646) 210-4417", "(646) 210-4417"),
]

# --- PASSWORD: code that fetches a secret ----------------------------------------

CODE_REFERENCE_NEGATIVE = [
    'DB_PASSWORD = os.environ["DB_PASSWORD"]',
    "password=$(cat /run/secrets/db)",
    "DB_PASSWORD=${DB_PASSWORD:?must be set}",
    "password: !vault |",
    "Password: !Ref DbPassword",
    "password = settings.DB_PASSWORD",
    "password = process.env.ADMIN_PASS;",
    "pwd = settings['database']['pwd']",
    "const password = import.meta.env.VITE_PW",
    'secret = config.vault["app"]',
    "DB_PASSWORD = get_password()\n",
    "password = vault.read('db/creds')\n",
    "DB_PASSWORD = os.environ['DB_PASSWORD']\n",
]

# Values that stand in for a secret in templates and examples.
PLACEHOLDER_NEGATIVE = [
    "DATABASE_PASSWORD=changeme",
    "ADMIN_PASSWORD=CHANGE_ME",
    "DB_PASSWORD=your_db_password_here",
    "password: your-password",
    "SECRET_KEY=replace-me",
    "password = \"<password>\"",
    "password: placeholder",
]

PASSWORD_STILL_FOUND = [
    ("password=Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("password: hunter2[x]", "hunter2[x]"),  # a bracket without a quoted key is not a subscript
    ("my password is envoy.Blue7", "envoy.Blue7"),
    ("password: !Qaz2wsx", "!Qaz2wsx"),  # a leading "!" without a YAML tag's form
    ("password=yourmove42", "yourmove42"),  # "your" without a separator is a word of the secret
    ("password: change-me-not-7Q", "change-me-not-7Q"),
]


# --- Negative context: the nearest context word decides -----------------------

NEAREST_WORD_AGAINST = [
    ("Member ID: 123456789", "US_SSN"),
    ("SSN on file; member 123456789", "US_SSN"),
    ("Order 415-555-0142 shipped", "PHONE_NUMBER"),
]

NEAREST_WORD_FOR = [
    ("Member SSN: 123456789", ("US_SSN", "123456789")),
    ("member ssn 123456789", ("US_SSN", "123456789")),
    ("Order #55, call 415-555-0142", ("PHONE_NUMBER", "415-555-0142")),
    ("Invoice questions: phone 415-555-0142", ("PHONE_NUMBER", "415-555-0142")),
]

@pytest.mark.parametrize("text", ORG_WORD_NEGATIVE + EPONYMOUS_NEGATIVE + EXAM_NEGATIVE)
def test_organisations_and_headings_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(("text", "expected"), PERSON_STILL_FOUND)
def test_persons_next_to_organisations_are_found(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text)


@pytest.mark.parametrize("text", CATALOGUE_NEGATIVE)
def test_phone_shaped_catalogue_numbers_are_not_phones(text: str) -> None:
    assert "PHONE_NUMBER" not in {e for e, _ in found(text)}


@pytest.mark.parametrize(("text", "expected"), PHONE_STILL_FOUND)
def test_phones_near_catalogue_words_are_found(text: str, expected: str) -> None:
    assert ("PHONE_NUMBER", expected) in found(text)


@pytest.mark.parametrize("text", CODE_REFERENCE_NEGATIVE)
def test_secret_lookups_in_code_are_not_passwords(text: str) -> None:
    assert "PASSWORD" not in {e for e, _ in found(text)}


@pytest.mark.parametrize("text", PLACEHOLDER_NEGATIVE)
def test_placeholder_values_are_not_passwords(text: str) -> None:
    assert "PASSWORD" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(("text", "expected"), PASSWORD_STILL_FOUND)
def test_passwords_are_still_found(text: str, expected: str) -> None:
    assert ("PASSWORD", expected) in found(text)


# --- PERSON: first names that are also words, right after a person keyword -------

AMBIGUOUS_FIRST_FOUND = [
    ("Patient: Will Harrington DOB: 1980-02-11", "Will Harrington"),
    ("Beneficiary name: May Lindgren\nIBAN: on file", "May Lindgren"),
    ("Caller: Rose Tuilagi, asking about the refund", "Rose Tuilagi"),
    ("Dear April,\n\nThanks for your patience.", "April"),
    ("claimant Priya Raman, policy on file", "Priya Raman"),  # "claimant" is a person keyword
]

AMBIGUOUS_FIRST_NEGATIVE = [
    "Patient: Will return tomorrow for the dressing change.",  # a verb, no surname follows
    "Subject: May Newsletter draft",  # a weak keyword and no surname
    "Contact: May 2024 schedule",
    "name: Bill Payment portal",  # Payment is not a surname
    "Will Harper be there? (no person keyword before it)",
    "Dear Customer,\n\nYour statement is ready.",
]


@pytest.mark.parametrize(("text", "expected"), AMBIGUOUS_FIRST_FOUND)
def test_ambiguous_first_names_after_person_keywords(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text)


@pytest.mark.parametrize("text", AMBIGUOUS_FIRST_NEGATIVE)
def test_words_that_are_first_names_stay_words(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geburtsdatum: 17.08.1972\nBitte bestätigen.", "17.08.1972"),
        ("Fecha de nacimiento: 03/11/1990", "03/11/1990"),
        ("date de naissance 1985-06-02", "1985-06-02"),
    ],
)
def test_birth_date_keywords_in_other_languages(text: str, expected: str) -> None:
    assert ("DATE_TIME", expected) in found(text)


def test_ambiguous_first_name_needs_a_known_surname() -> None:
    # The surname is what turns the word into a name; an unknown one is not enough.
    assert "PERSON" not in {e for e, _ in found("Patient: Will Zqxwv today")}


# --- PERSON: a lone word under a sign-off -----------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Your refund is on its way.\n\nWarmly,\nConnor\nCustomer Care", "Connor"),  # a Census surname only
    ("Thanks,\nMaria", "Maria"),
])
def test_lone_sign_off_name_known_to_the_gazetteer(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text)


@pytest.mark.parametrize("text", [
    "Best,\nAcme\n",  # unknown word: a company
    "Thanks,\nSupport\n",
    "Cheers,\nHOLMES\n",  # ALL CAPS alone says nothing
    "Warmly,\nConnor Logistics\n",  # an organisation word follows
])
def test_lone_sign_off_word_not_a_name(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(("text", "entity"), NEAREST_WORD_AGAINST)
def test_negative_context_nearest_to_a_value_counts_against_it(text: str, entity: str) -> None:
    assert entity not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(("text", "expected"), NEAREST_WORD_FOR)
def test_own_context_word_nearer_than_a_negative_one_wins(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


# --- PERSON: "A." and "I." are initials, not the article and the pronoun ------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reviewed by: Dr. A. Nguyen, MD", "A. Nguyen"),
        ("seen by Dr. I. Kowalski today", "I. Kowalski"),
        ("Signed, A. Nguyen", "A. Nguyen"),
    ],
)
def test_initials_that_are_also_words_stay_in_a_name(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text)


@pytest.mark.parametrize("text", ["Plan A. Then we go home.", "Grade A. Please confirm.", "I. Then the pump failed."])
def test_a_letter_and_a_dot_alone_is_not_a_name(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


# --- PERSON: particles inside names ---------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call Mrs. Van der Merwe at 082 555 0142", "Van der Merwe"),
        ("Dear Mr. Van den Berg,", "Van den Berg"),
        ("met with Maria De los Santos today", "Maria De los Santos"),
        ("patient Ana de las Casas", "Ana de las Casas"),
    ],
)
def test_particles_stay_inside_a_name(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient Nguyễn Thị Hương reports dizziness.", "Nguyễn Thị Hương"),
        ("Dear Mr. Dvořák,", "Dvořák"),
        ("referral for Ștefan Popescu", "Ștefan Popescu"),
    ],
)
def test_names_with_letters_beyond_latin_1_are_whole(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


# --- PASSWORD: credentials in HTTP headers and on command lines -------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l", "YWxhZGRpbjpvcGVuc2VzYW1l"),
        ("curl -u alice:Pa55word https://api.internal/v1", "Pa55word"),
        ("curl --user=bob:s3cr3tZ https://api.internal", "s3cr3tZ"),
    ],
)
def test_credentials_in_headers_and_command_lines_are_passwords(text: str, expected: str) -> None:
    assert ("PASSWORD", expected) in found(text), found(text)


@pytest.mark.parametrize("text", ["Basic Metabolic Panel ordered today", "Basic dGVzdA== is not a pair", "the follow-up -u flag: see docs"])
def test_basic_words_and_base64_without_a_colon_are_not_passwords(text: str) -> None:
    assert "PASSWORD" not in {e for e, _ in found(text)}, found(text)


# --- PERSON: schema words and form values are not names --------------------------

@pytest.mark.parametrize(
    "text",
    [
        "CREATE TABLE patients (id SERIAL PRIMARY KEY, mrn TEXT);",
        "ALTER TABLE members ADD COLUMN ssn VARCHAR(11) UNIQUE;",
        "employee: Full Time",
        "guarantor: Self",
        "Relationship to patient: Spouse",
    ],
)
def test_schema_words_and_form_values_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guarantor: Self\nSubscriber: Dana Whitfield", "Dana Whitfield"),
        ("Patient: Alter, Renee", "Alter, Renee"),
        ("Francis Scott Key wrote it.", "Francis Scott Key"),
    ],
)
def test_names_next_to_form_values_are_found(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Account (see section 4) 2024 changes were applied.",
        "Member ID (optional) - leave blank",
        "MRN (redacted) 2 visits in 2023",
        "Passport (expired) in 2019 was renewed in 2020",
        "password (min 12 chars) required",
        "Case number 2023-CV-0042 was filed in county court.",  # a case id, not a chart
        "account 2024 2025 budget review",  # two years, not digit groups of an account
    ],
)
def test_bracketed_notes_after_a_keyword_do_not_make_values_of_prose(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beneficiary Acct 4402198765",
        "Recipient Routing 021000021",
        "Customer Acct 99887766",
        "Beneficiary Address 12 Main St",
        "Sender Ref 8812",
        "Cardholder Exp 12/27",
        "Driver Lic: D1234567",
        "Beneficiary BIC CHASUS33",
    ],
)
def test_form_labels_after_a_role_word_are_not_persons(text: str) -> None:
    # "Beneficiary" leads a name ("Beneficiary Jane Roe"); an abbreviated
    # field label after it does not.
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Beneficiary Maria Lopez, acct 4402198765", "Maria Lopez"), ("Customer Dana Ref", "Dana")],
)
def test_names_before_form_labels_are_found(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


# --- PERSON: lower-case names after a role word -----------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("customer juan perez called about his card", "juan perez"),
        ("patient maria gonzalez, 54, presents with chest pain", "maria gonzalez"),
        ("spouse linda miller will attend", "linda miller"),
    ],
)
def test_lower_case_name_after_a_role_word(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "patient reports chest pain since monday",
        "patient john reports pain",  # one known word is not enough in lower case
        "the patient will follow up",
        "patient grace period expired",
        "client ray tracing is slow",  # a first name that is an everyday word
        "our customer chase account was closed",
        "sent to maria gonzalez yesterday",  # a weak keyword carries no lower-case name
    ],
)
def test_lower_case_prose_after_a_role_word_is_not_a_name(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


# --- PERSON: the gazetteer is ASCII, names are not ---------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("José Hernández was admitted yesterday", "José Hernández"),
        ("Zoë Müller was admitted yesterday", "Zoë Müller"),
        ("José called about the bill", "José"),
        ("patient josé hernández presents with fever", "josé hernández"),
    ],
)
def test_accented_names_are_looked_up_without_accents(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


# --- PERSON: names after "to", "for", "from"... come from the capitalised scan ------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please send the report to Maria Lopez by Friday.", "Maria Lopez"),
        ("From: Maria Lopez <mlopez@example.com>", "Maria Lopez"),
        ("Prepared for James Whitfield and Ana Souza", "Ana Souza"),
    ],
)
def test_names_after_common_prepositions_are_found(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


def test_initial_and_surname_of_an_eponymous_firm_is_not_a_person() -> None:
    assert "PERSON" not in {e for e, _ in found("Our 401k is with T. Rowe Price.")}


# --- PERSON: person-to-person payments in statement lines ---------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/12  ZELLE TO OKSANA KAYA     -120.00", "OKSANA KAYA"),
        ("10/12  ZELLE TO ZEYNEP DE VRIES     -120.00", "ZEYNEP DE VRIES"),
    ],
)
def test_payee_of_a_person_to_person_payment_is_a_person(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    ["10/15  ZELLE TO ACME PLUMBING LLC   -300.00", "10/15  ZELLE TO TARGET   -30.00", "10/16  PAYPAL TO NETFLIX.COM   -15.99"],
)
def test_shops_paid_by_person_to_person_apps_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


# --- PERSON: a first name that is also a word, where only a name can stand ------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From: Will Harper <will_h@mail.example>", "Will Harper"),
        ("Best,\nWill Harper\nSenior Recruiter", "Will Harper"),
        ("Best,\nMay Castellanos", "May Castellanos"),
    ],
)
def test_word_first_names_under_a_sign_off_or_before_an_email(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize("text", ["Thanks,\nThe Team", "Regards,\nCustomer Service", "From: Support Team <support@example.com>"])
def test_sign_off_teams_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


# --- PERSON: particles inside "Last, First" and lower-case names ------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EXAM: US ABDOMEN COMPLETE\nPATIENT: DE VRIES, ANOUK\nMRN: 00113362", "DE VRIES, ANOUK"),
        ("Pt is a 39yo male named jan van der berg born 26-Aug-1951", "jan van der berg"),
    ],
)
def test_particles_do_not_count_as_name_words(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


# --- PERSON: given names beyond the US Census list -----------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngozi Eze called about her claim yesterday.", "Ngozi Eze"),
        ("Zeynep Kaya and Tomasz Nowak joined the call.", "Tomasz Nowak"),
        ("hello, this is declan, password reset not working", "declan"),
        ("my mom connor fitzgerald got a letter from cms.", "connor fitzgerald"),
        # Cyrillic given names, romanized as they are usually written.
        ("customer oksana kaya called twice", "oksana kaya"),
        ("I met Dmytro Kovalchuk at the clinic.", "Dmytro Kovalchuk"),
        ("Cc: Yuliya Petrenko", "Yuliya Petrenko"),
        # Korean given names romanized, in both spellings; Japanese and Chinese ones.
        ("customer jiwoo kaya called twice", "jiwoo kaya"),
        ("customer hyunwoo kaya called", "hyunwoo kaya"),
        ("customer haruka kaya called", "haruka kaya"),
    ],
)
def test_given_names_of_other_origins_are_known(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


def test_everyday_words_of_other_languages_are_not_given_names() -> None:
    # "Sie" is a given name in some lists and the German "you" everywhere.
    assert "PERSON" not in {e for e, _ in found("bitte überweisen Sie den Betrag auf mein Konto")}


# --- PERSON: coded and placeholder HL7/FHIR values, places, dishes, pets --------

@pytest.mark.parametrize(
    "text",
    [
        "OBX|1|NM|2345-7^GLUCOSE^LN||105|mg/dL|70-99|H|||F",
        "AL1|1|DA|70618^PENICILLIN^RXNORM|SV|HIVES",
        "PID|1||REDACTED^^^HOSP^MR||PATIENT^TEST^^^^^L||",
        "PID|1||XXXXXXX^^^MRN||DEIDENTIFIED^PATIENT||",
        '{"code": {"coding": [{"system": "http://loinc.org", "code": "2339-0", "display": "Glucose Bld-mCnc"}]}}',
        "Frecciarossa from Roma Termini to Milano Centrale, then the TGV from Paris Gare du Nord.",
        "Serve the Victoria sponge with Earl Grey tea.",
        "Write a product description for the Stanley Quencher tumbler.",
        "Compare the Ozempic Pen with the Humira Pen for patient education materials.",
        "The Hamilton Beach blender and the Ronald McDonald House gala.",
        "Archduke Franz Ferdinand was assassinated in Sarajevo.",
        "Warren Buffett's Berkshire Hathaway rose 2 %.",
        "Weekend hike: Mount Rainier, then the Golden Gate Bridge.",
        "The gala is in the Grace Kelly Ballroom.",
        "Order a Ben & Jerry's pint and a Dr Pepper.",
        "We listened to Simon & Garfunkel on the drive.",
        "Programs will Chase new donors this spring, says the client.",
        "Santa Claus and Smokey Bear visit the school.",
        "Virat Kohli ne century maari aur Jasprit Bumrah ki bowling kamaal thi.",
        "Reading list: Norwegian Wood by Haruki Murakami, Klara and the Sun by Kazuo Ishiguro.",
        "Compare Diego Rivera and Gustav Klimt.",
        "Catalog: Michael Kors tote, Paul Mitchell shampoo, Steve Madden boots.",
        "L'Institut Pasteur est à Paris.",
        "Day 3: Taj Mahal, then Machu Picchu.",
        "Patient: Rocky (canine, 8y). Owner reports vomiting.",
        "Patient: Bella, 6yo FS Labrador, presented limping.",
    ],
)
def test_codes_placeholders_places_dishes_and_pets_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PID|1||448812^^^MRN||KING^MARY^L||19610314|F", "KING^MARY^L"),
        ('{"performer": [{"reference": "Practitioner/7", "display": "Adam Careful"}]}', "Adam Careful"),
        ("Patient: Maria Lopez (42F) presented with cough.", "Maria Lopez"),
        ("Patient: Anna Kowalski, 3 yo daughter of the caller", "Anna Kowalski"),
        ("Seen by Dr. Pepper in clinic 4 today", "Pepper"),
        ("Heather Smith & Co. invoices", "Heather Smith"),
    ],
)
def test_persons_in_hl7_fhir_and_notes_are_still_found(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The policy was last reviewed on 2024-11-02 and approved on 2024-11-15.",
        "Statement period: 03/01/2025 - 03/31/2025",
    ],
)
def test_documents_own_dates_are_not_person_dates(text: str) -> None:
    assert "DATE_TIME" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    "text",
    [
        "[build] step 4/9 cache key: 7c9e6679a8f1d2b34c5e6f7a8b9c0d1e2f3a4b5c",
        "partition key = 7c9e6679a8f1d2b34c5e6f7a8b9c0d1e",
        "public key: 7c9e6679a8f1d2b34c5e6f7a8b9c0d1e2f3a4b5c",
    ],
)
def test_keys_that_are_not_credentials_are_not_secrets(text: str) -> None:
    assert found(text) == [], found(text)


def test_a_bare_key_with_a_high_entropy_value_is_still_a_secret() -> None:
    assert ("HIGH_ENTROPY_SECRET", "7c9e6679a8f1d2b34c5e6f7a8b9c0d1e2f3a4b5c") in found("key: 7c9e6679a8f1d2b34c5e6f7a8b9c0d1e2f3a4b5c")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my coworker Priya keeps missing standups", "Priya"),
        ("our neighbour Tom Baker fed the cat", "Tom Baker"),
        ("Attendees: Hyun-woo Kim, Fatima Zahra Benali", "Hyun-woo Kim"),
        ("Attendees: Hyun-woo Kim, Fatima Zahra Benali", "Fatima Zahra Benali"),
    ],
)
def test_names_after_role_words_and_in_lists(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize("text", ["My roommate Netflix password expired.", "Find a tutor Math help site near me."])
def test_a_lone_unknown_word_after_a_role_word_is_not_a_name(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


def test_public_figures_list_is_lower_case_full_names_without_duplicates() -> None:
    import re
    from importlib import resources

    lines = resources.files("hushgate.data.names").joinpath("public_figures.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines))
    assert all(re.fullmatch(r"[a-z][a-z'\-]*(?: [a-z][a-z'\-]*)+", line) for line in lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paciente: Sra. María Fernanda López, nacida el 14 de marzo de 1952", "María Fernanda López"),
        ("Paciente: Sr. João Pedro Almeida, internado em 03/04/2025", "João Pedro Almeida"),
        ("Patientin Frau Anneliese Krüger, geboren am 14. März 1952", "Anneliese Krüger"),
        ("Patiënt mevrouw Sanne de Vries, opgenomen op 3 april 2025", "Sanne de Vries"),
        ("Mareez: Shri Rajesh Kumar Verma, phone +91 98765 43210", "Rajesh Kumar Verma"),
    ],
)
def test_names_after_patient_words_and_forms_of_address_in_other_languages(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Isko English mein translate karo.",                       # a language, not a surname
        "Hotel vicino a Piazza Garibaldi; then Lake Louise.",      # a place's lead word
        "| Border Collie | 33 kg |\n| Saint Bernard | 57 kg |",   # dog breeds
        "Levi's 501 jeans and Macy's gift cards",                  # brands in the possessive
        "Explain why the Ross procedure is named the way it is.",  # an operation named after its inventor
        "Dr. Martens boots, size 9",                               # a brand before its product
        "visitors often miss. Avoid the word 'iconic'.",            # 'miss' the verb
        "Weekly Status Report: Quarterly Budget",                  # everyday words in a heading
    ],
)
def test_languages_places_breeds_brands_and_headings_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    "text",
    [
        "[12:01:02Z] Cache miss for key deps-8dc6f9ae17592c3b",
        'CACHE_KEY = "f737a34e87002edf19a860f8b0af2a5c"',
        "build cache: key=linux-node-v18-0f2e4c6a8b1d3f5e7a9c1b3d5f7e9a1c",
    ],
)
def test_a_cache_key_is_not_a_secret(text: str) -> None:
    assert found(text) == [], found(text)


def test_a_debt_collection_pause_does_not_tie_a_date_to_a_person() -> None:
    text = "Disputes pause collection for 30 days. Placement batch B-78391 arrived August 3 with 1403 accounts."
    assert "DATE_TIME" not in {e for e, _ in found(text)}, found(text)


def test_a_single_token_under_an_address_key_is_not_a_street() -> None:
    text = '{"wallet_address": "0x52908400098527886E0F7030069857D2E4169EE7", "server_address": "db-7.internal:5432"}'
    assert "STREET_ADDRESS" not in {e for e, _ in found(text)}, found(text)


def test_a_street_line_under_an_address_key_is_still_a_street() -> None:
    assert ("STREET_ADDRESS", "Flat 3, 44 Queens Rd") in found('{"home_address": "Flat 3, 44 Queens Rd"}')


# --- Look-alikes read from their neighbours --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Works in sandbox but prod returns invalid_client. Logs:\n[INFO] token refresh",
        "PV1-3 Assigned Patient Location (PL)\nPID-3 Patient Identifier List (CX)",
        "Customer: Oh, sure, it's the card ending 4417.",
        "Sehr geehrte Frau Kollegin,\n\nmit kollegialen Grüßen\nChefarzt Innere Medizin",
        "W-2 from Copperline Fabrication, 1099-NEC from Maren Tide Seafoods.",
        "I need to dispute a charge from SQ *LUNA COFFEE.",
        "紹介状\n患者氏名: ",
    ],
)
def test_words_that_only_look_like_names_are_not_persons(text: str) -> None:
    assert [value for entity, value in found(text) if entity == "PERSON"] == [], found(text)


def test_an_interjection_word_that_is_also_a_surname_still_names_with_a_given_name() -> None:
    assert ("PERSON", "Oh Min-ji") in found("Customer: Oh Min-ji called about the bill.")


@pytest.mark.parametrize(
    "text",
    [
        "SKU UBT-32525-GRN  EAN 4372538326454",
        "- batch ref 5852-4040-0697 (settled)",
        "PINE & BARREL TAPROOM\nTERM ID JUGFSD2C",
        "order #389257  UPS 1Z9M3LE86NJFHWPEWV  ETA 27 May 2025  delivered",
        "Last reviewed by the lab committee on 19 Jul 2023.",
        "SN-free inventory: model LVP-2000  fw 11.4.35  last PM 2024-07-30",
    ],
)
def test_barcodes_terminal_ids_and_document_dates_are_not_reported(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Card 4222222222222 on file, exp 09/27.", ("CREDIT_CARD", "4222222222222")),
        ("Ref 4111 1111 1111 1111 was declined.", ("CREDIT_CARD", "4111 1111 1111 1111")),
    ],
)
def test_short_card_numbers_with_card_context_and_full_length_ones_are_still_cards(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "GS*HC*SUBMITTER01*RECEIVER01*20250314*1022*1*X*005010X222A1~",
        "PO number: PO5715959",
        "환자 접수 정보를 정리해 주세요",
        "Insurance: Blue Heron Benefits",
    ],
)
def test_x12_elements_purchase_orders_korean_phrases_and_benefit_firms_are_not_reported(text: str) -> None:
    assert found(text) == [], found(text)


def test_a_coverage_class_value_is_not_a_member_id_but_its_identifier_is() -> None:
    text = '{"resourceType": "Coverage", "identifier": [{"value": "XKJ345859200"}], "class": [{"type": {"text": "group"}, "value": "G-38513"}]}'
    assert found(text) == [("HEALTH_PLAN_ID", "XKJ345859200")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Date of birth: 08/20/1987   Country of birth: Jordan", None),
        ("Nationality: Georgia", None),
        ("Patient: Jordan", "Jordan"),
    ],
)
def test_a_given_name_after_a_place_label_is_the_place(text: str, person: str | None) -> None:
    assert [v for e, v in found(text) if e == "PERSON"] == ([person] if person else []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "pharmacy fax -> Cedar Hollow Cardiology: Please verify the refill",  # a practice named for its specialty
        "DISCHARGE SUMMARY — Tolliver Women's Health\n",  # "Women" is no name
        "-- \nCustomer Care, Mendel Biologics\n",
        "Patient Carlotta Bellandi, hydrocodone/APAP 5/325 #12. Written Jun 26 2022.",  # a month before its day
        "Our analyzer flags lot HTA4DJG of the calibrator as expired on 2026-04-12.",  # things are flagged expired
    ],
)
def test_practices_firms_months_and_expired_lots_are_not_persons_or_person_dates(text: str) -> None:
    assert [(e, v) for e, v in found(text) if e in ("PERSON", "DATE_TIME") and v != "Carlotta Bellandi"] == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attending: Mehmet Aksoy, Cardiology", ("PERSON", "Mehmet Aksoy")),  # after a comma only a legal form makes a firm
        ("Patient June Lee, seen June 5.", ("PERSON", "June Lee")),
        ("the patient expired on 2026-04-12.", ("DATE_TIME", "2026-04-12")),
    ],
)
def test_signatures_with_a_specialty_names_that_are_months_and_deaths_are_still_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


def test_a_name_in_capitals_on_a_bank_statement_is_not_a_bic() -> None:
    text = "Kessler Bank AG — Statement\nWOJCIECH KACZMAREK\n6703 LARKSPUR ST\nPort Ashby, ME 04041-8510"
    assert ("PERSON", "WOJCIECH KACZMAREK") in found(text) and "SWIFT_CODE" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(("text", "bic"), [("SWIFT: CAROLINE", "CAROLINE"), ("bank wire to BNPAFRPP today", "BNPAFRPP")])
def test_a_labelled_bic_that_spells_a_name_and_real_bics_are_still_bics(text: str, bic: str) -> None:
    assert ("SWIFT_CODE", bic) in found(text), found(text)


def test_a_dog_breed_is_not_a_given_name_and_surname() -> None:
    # "Shih" and "Tzu" are both romanized Chinese given names.
    assert found("Which is calmer, a Shih Tzu or a Beagle?") == []


@pytest.mark.parametrize(
    "text",
    [
        '{"resourceType": "StructureDefinition", "name": "ClinicPatient", "status": "draft"}',  # an identifier
        "REMOTE MONITORING TRANSMISSION\nPatient: X",  # a heading in capitals, everyday words only
        "Device: ICD  Model MMT-780\nPatient: X",  # a run in two writings
        "DISCHARGE SUMMARY — Mesa Ridge General Hospital\nPatient: X",  # a firm word one word on
        "Cedar Brook Family Medicine\n",
    ],
)
def test_identifiers_headings_mixed_runs_and_hospitals_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"name": "MaryBeth McDonald"}', "MaryBeth McDonald"),
        ("Dear DeShawn,", "DeShawn"),
        ("Patient: GARCIA MARIA", "GARCIA MARIA"),
        ("Patient Maria Lopez General appearance: well", "Maria Lopez"),
    ],
)
def test_camel_case_names_names_in_capitals_and_names_before_a_section_word_are_persons(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "To: Kestrel Bay Cardiology Associates Nurse Line <nurseline@x.com>",  # a phone line, not a person after "Nurse"
        "Her chart number at Cedar Hollow Women's Health is on file.",
        "To: Briar Glen Renal Care",
    ],
)
def test_nurse_lines_and_clinics_named_for_their_care_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


def test_a_zip_plus_four_after_its_state_is_a_zip_not_a_phone() -> None:
    hits = found("Glenmoor Heights, NJ 07869-6206\nTel (216) 264-6035")
    assert ("US_ZIP_CODE", "07869-6206") in hits and ("PHONE_NUMBER", "07869-6206") not in hits, hits


@pytest.mark.parametrize(
    "text",
    [
        "- 396-7707591-0196049",  # an order number: cards are printed in fours from the left
        "Bei Rückfragen: +49 457 20254616",  # after "+", a phone number
        "Make a pocket card of these reference ranges:\nHemoglobin (adult F): 12.0–15.5 g/dL",
        "DEATH PRONOUNCEMENT\n",  # capitals of words the gazetteer does not know
        "DIRECT DEPOSIT AUTHORIZATION — Bexley Precision Plastics\n",
        "Generator: ICD, model Aurel DR",
        "Guten Tag, mein Vater",
        "JWT_SECRET=change-this-in-production",
        'client_secret_ref = "vault:secret/data/gateway#client_secret"',
        "password = var.db_password",
    ],
)
def test_order_numbers_lab_names_headings_firms_models_greetings_and_secret_references_are_not_reported(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitte höflicher:\n\nHallo Esperanza,\nwir", ("PERSON", "Esperanza")),
        ("Bonjour Élodie ! Je", ("PERSON", "Élodie")),
        ("Bonjour Madame Moreau,\nJe", ("PERSON", "Moreau")),
        ("PV1|1|I|3N^406^B||||2961960194^PHAM^HOAI THUONG^^^^^DO|||MED", ("PERSON", "PHAM^HOAI THUONG")),
        ("password: change-me-not-7Q", ("PASSWORD", "change-me-not-7Q")),
        ("주소: 경기도 한솔시 푸른숲길 252, 104동 1840호. 전화 010-7371-7568", ("STREET_ADDRESS", "경기도 한솔시 푸른숲길 252, 104동 1840호")),
        ("新地址：浙江省临溪市滨河大道160号5单元1496室。电话 +86 130 3817 6408", ("STREET_ADDRESS", "浙江省临溪市滨河大道160号5单元1496室")),
    ],
)
def test_names_after_greetings_in_other_languages_hl7_given_names_passwords_and_cjk_addresses_to_the_sentence_end(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)
