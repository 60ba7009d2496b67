"""Each recognizer on valid values, invalid values and look-alikes.

Every case is one behaviour: `positive` says the value must be reported as the
entity (with exactly that span), `negative` that it must not be reported as
that entity at all.
"""

from __future__ import annotations

import pytest

from helpers import found

POSITIVE = [
    # (entity, text, expected span text)
    ("EMAIL_ADDRESS", "write to maria.gonzalez+clinic@example-health.org today", "maria.gonzalez+clinic@example-health.org"),
    ("URL", "see https://portal.example.com/patients/8812?tab=labs.", "https://portal.example.com/patients/8812?tab=labs"),
    ("URL", "visit www.example.org/records for details", "www.example.org/records"),
    ("IP_ADDRESS", "login from 192.168.10.42 failed", "192.168.10.42"),
    ("IP_ADDRESS", "DATABASE_HOST=203.0.113.35", "203.0.113.35"),
    ("IP_ADDRESS", "client 2001:db8:85a3::8a2e:370:7334 connected", "2001:db8:85a3::8a2e:370:7334"),
    ("PHONE_NUMBER", "call me at (617) 555-0142 tomorrow", "(617) 555-0142"),
    ("PHONE_NUMBER", "office +44 20 7946 0958", "+44 20 7946 0958"),
    ("PHONE_NUMBER", "Phone: 2125550123", "2125550123"),
    # National numbers with a trunk "0" and no country code (UK, DE, FR, AU).
    ("PHONE_NUMBER", "call me on 020 7946 0958 after lunch", "020 7946 0958"),
    ("PHONE_NUMBER", "Ring 0113 496 0000 after 5pm", "0113 496 0000"),
    ("PHONE_NUMBER", "Tel. 030 12345678 (Berlin office)", "030 12345678"),
    ("PHONE_NUMBER", "Téléphone : 06 12 34 56 78", "06 12 34 56 78"),
    ("PHONE_NUMBER", "Mobile: 0412 345 678", "0412 345 678"),
    ("US_SSN", "SSN 123-45-6789 on file", "123-45-6789"),
    ("US_SSN", "social security number: 123456789", "123456789"),
    ("US_SSN", "ssn 123 45 6789", "123 45 6789"),
    ("US_ITIN", "ITIN 912-70-1234", "912-70-1234"),
    ("US_DRIVER_LICENSE", "Driver's license: D1234567", "D1234567"),
    # The issuing state between keyword and number is not part of the number.
    ("US_DRIVER_LICENSE", "My driver's license is New York 033 741 398.", "033 741 398"),
    ("US_DRIVER_LICENSE", "DL (TX) 12345678 expires 2027", "12345678"),
    ("US_PASSPORT", "passport number 533380006", "533380006"),
    ("MEDICAL_RECORD_NUMBER", "MRN: 00482913", "00482913"),
    ("MEDICAL_RECORD_NUMBER", "medical record # A-229183", "A-229183"),
    ("US_NPI", "NPI 1234567893", "1234567893"),
    ("US_DEA", "DEA number AB1234563", "AB1234563"),
    ("US_MBI", "Medicare MBI 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("US_MBI", "beneficiary 1EG4TE5MK73", "1EG4TE5MK73"),
    ("HEALTH_PLAN_ID", "member ID: XGH448812093", "XGH448812093"),
    ("HEALTH_PLAN_ID", "policy number 2021-88421377 on the card", "2021-88421377"),
    # Surnames of other origins (data/names/surnames_world.txt) back a pair with an unknown given name.
    ("PERSON", "Rahul and Sunita Deshpande are co-borrowers.", "Sunita Deshpande"),
    # A double-barrelled surname with one known half.
    ("PERSON", "Oluwaseun Adebayo-Smith emailed twice.", "Oluwaseun Adebayo-Smith"),
    # Initials before a known surname.
    ("PERSON", "R. J. Okonkwo signed the consent.", "R. J. Okonkwo"),
    ("PERSON", "A. Kowalczyk was seen in clinic.", "A. Kowalczyk"),
    # "Last, First" outside a keyword: in capitals alone, in Title case with person context.
    ("PERSON", "GONZALEZ, MARIA T was discharged.", "GONZALEZ, MARIA T"),
    # Driver's licenses: Florida's five groups, a UK licence's 16 characters, OLN and CDL keywords, "Lic. No.".
    ("US_DRIVER_LICENSE", "Florida DL W425-123-45-678-0", "W425-123-45-678-0"),
    ("US_DRIVER_LICENSE", "Please verify her driving licence MORGA753116SM9IJ", "MORGA753116SM9IJ"),
    ("US_DRIVER_LICENSE", "OLN: 12345678", "12345678"),
    ("US_DRIVER_LICENSE", "CDL: 9876543210", "9876543210"),
    ("US_DRIVER_LICENSE", "Driver's Lic. No.: 123 456 789", "123 456 789"),
    # A demand deposit account after its abbreviation; routing numbers after wire and direct-deposit words.
    ("US_BANK_ACCOUNT", "RTN 121000358 / DDA 9912834477", "9912834477"),
    ("US_ROUTING_NUMBER", "Please update my direct deposit to 026009593 / 1234009876", "026009593"),
    ("US_ROUTING_NUMBER", "Fedwire 021000021", "021000021"),
    # A query string's "+" is a space.
    ("PERSON", "GET /search?name=Priscilla+Oyelaran&dob=1990-01-01 HTTP/1.1", "Priscilla+Oyelaran"),
    # Hospital systems' encounter and account numbers; passports in other languages.
    ("MEDICAL_RECORD_NUMBER", "FIN 900123456 (encounter)", "900123456"),
    ("MEDICAL_RECORD_NUMBER", "Visit #V00012345", "V00012345"),
    ("MEDICAL_RECORD_NUMBER", "Hospital No. H0099231", "H0099231"),
    ("US_PASSPORT", "Pasaporte: G12345678", "G12345678"),
    # A transcript's answer to a name question written without its "?".
    ("PERSON", "AGENT: can I get the name on the account\nCUSTOMER: yeah its farouk haddad", "farouk haddad"),
    # A number with its country code and a possible length there is a line, even in a fictional range.
    ("PHONE_NUMBER", "call me on +44 7700 900123 after 6", "+44 7700 900123"),
    # Spanish and Mexican street types, abbreviated.
    ("STREET_ADDRESS", "Dirección: Av. Insurgentes Sur 1602, Col. Roma", "Av. Insurgentes Sur 1602"),
    ("STREET_ADDRESS", "Calzada de Tlalpan 2456, Coyoacán", "Calzada de Tlalpan 2456"),
    ("PERSON", "Okafor, Chinedu Emeka, the patient, called", "Okafor, Chinedu Emeka"),  # a year-led id with a long sequence
    ("CREDIT_CARD", "card 4111 1111 1111 1111 exp 12/27", "4111 1111 1111 1111"),
    ("CREDIT_CARD", "amex 3782-822463-10005", "3782-822463-10005"),
    ("CREDIT_CARD", "pan=5555555555554444", "5555555555554444"),
    ("CARD_SECURITY_CODE", "CVV: 123", "123"),
    ("CARD_TRACK_DATA", "swipe %B4111111111111111^DOE/JOHN^2712101000000000?", "%B4111111111111111^DOE/JOHN^2712101000000000?"),
    ("IBAN_CODE", "IBAN GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
    ("IBAN_CODE", "to DE89370400440532013000 please", "DE89370400440532013000"),
    ("US_ROUTING_NUMBER", "routing number 021000021", "021000021"),
    ("US_BANK_ACCOUNT", "checking account 000123456789", "000123456789"),
    # A bracketed note between keyword and value.
    ("US_BANK_ACCOUNT", "bank account (checking) 2233445566 was debited twice", "2233445566"),
    ("US_BANK_ACCOUNT", "savings account (joint) #4455667788", "4455667788"),
    ("US_BANK_ACCOUNT", "Primary Account: 0001 2345 6789", "0001 2345 6789"),
    ("US_BANK_ACCOUNT", "03/04 ONLINE TRANSFER TO SAV 7788990011 REF #IB0XYZ", "7788990011"),
    ("MEDICAL_RECORD_NUMBER", "MRN (Epic): 00123456", "00123456"),
    ("MEDICAL_RECORD_NUMBER", "Registro clínico 00492813", "00492813"),
    ("MEDICAL_RECORD_NUMBER", "Krankenaktennummer 4492813", "4492813"),
    ("MEDICAL_RECORD_NUMBER", "Numéro de dossier 0049281", "0049281"),
    ("HEALTH_PLAN_ID", "Member ID (primary): W123456789", "W123456789"),
    ("HEALTH_PLAN_ID", "BCBS ID: XOF123456789", "XOF123456789"),
    # A transcript's answer, after its opening words.
    ("US_PASSPORT", "passport number on file?\nCustomer: yes it's 522334455", "522334455"),
    ("US_DRIVER_LICENSE", "Agent: Can I get your driver's license number?\nCaller: sure, it's D1234567", "D1234567"),
    ("US_BANK_ACCOUNT", "Agent: And the account number?\nCustomer: yeah it's 4402198765", "4402198765"),
    ("HEALTH_PLAN_ID", "[00:01:12] Agent: member ID on the card?\n[00:01:15] Caller: it is W123456789", "W123456789"),
    ("US_PASSPORT", "Travel document number: X12345678", "X12345678"),
    ("US_PASSPORT", "PP# 484912345", "484912345"),
    ("HEALTH_PLAN_ID", "Humana ID H1234-5678-901", "H1234-5678-901"),
    ("HEALTH_PLAN_ID", "Ins ID# W2233445566", "W2233445566"),
    ("HEALTH_PLAN_ID", "Miembro ID: 0044556677 (seguro)", "0044556677"),
    ("US_PASSPORT", "Passport (US): 123456789", "123456789"),
    ("US_DRIVER_LICENSE", "Please verify his license (PA) 12 345 678", "12 345 678"),
    ("SWIFT_CODE", "SWIFT/BIC: DEUTDEFF", "DEUTDEFF"),
    ("SWIFT_CODE", "wire via CHASUS33XXX", "CHASUS33XXX"),
    ("API_KEY", "OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXyZ0", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXyZ0"),
    ("API_KEY", "aws AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    ("API_KEY", "token ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"),
    ("API_KEY", "slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp"),
    ("API_KEY", "stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("API_KEY", "maps AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW", "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"),
    ("API_KEY", "claude sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"),
    ("JWT", "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"),
    ("PASSWORD", "db password = Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("PASSWORD", "postgres://app:s3cretPass@db.internal:5432/app", "s3cretPass"),
    # A raw "@" in the password: the host follows the last one.
    ("PASSWORD", "DATABASE_URL=postgres://admin:S3cr3tP@ss@db.internal:5432/app", "S3cr3tP@ss"),
    ("HIGH_ENTROPY_SECRET", "webhook secret: 9f8e7d6c5b4a39281716a5b4c3d2e1f0ab12", "9f8e7d6c5b4a39281716a5b4c3d2e1f0ab12"),
    ("STREET_ADDRESS", "she lives at 42 Elm Street, Springfield, IL 62704", "42 Elm Street, Springfield, IL"),
    ("STREET_ADDRESS", "ship to 1600 N Pennsylvania Ave Apt 4B", "1600 N Pennsylvania Ave Apt 4B"),
    # European layouts: type first, number first in lower case, type as a suffix.
    ("STREET_ADDRESS", "arrivé à Calle de Alcalá 122, 28014 Madrid", "Calle de Alcalá 122, 28014 Madrid"),
    # The town that ends the sentence after the street's comma is part of the address (layout.towns_after_streets).
    ("STREET_ADDRESS", "Moro em Rua Augusta 274, Lisboa.", "Rua Augusta 274, Lisboa"),
    ("STREET_ADDRESS", "J'habite au 12 rue de la Paix, 75002 Paris.", "12 rue de la Paix, 75002 Paris"),
    ("STREET_ADDRESS", "J'habite au 12 rue Lepic et puis", "12 rue Lepic"),
    ("STREET_ADDRESS", "Meine Anschrift: Friedrichstraße 47, 70174 Stuttgart.", "Friedrichstraße 47, 70174 Stuttgart"),
    ("STREET_ADDRESS", "Goethestraße 5, 60313 Frankfurt am Main. Tel.", "Goethestraße 5, 60313 Frankfurt am Main"),
    ("STREET_ADDRESS", "Hauptstr. 5, 10115 Berlin am 5. Mai", "Hauptstr. 5, 10115 Berlin"),
    ("STREET_ADDRESS", "Address: Keizersgracht 123, Amsterdam", "Keizersgracht 123, Amsterdam"),
    # A UK postcode after the town ends the address line (before a state reading of "CO").
    ("STREET_ADDRESS", "moved to 18 Kings Road, Cardiff CF10 4JW, new mobile", "18 Kings Road, Cardiff CF10 4JW"),
    ("STREET_ADDRESS", "12 High Street, Colchester CO4 3SQ", "12 High Street, Colchester CO4 3SQ"),
    ("US_ZIP_CODE", "Springfield, IL 62704", "62704"),
    ("US_ZIP_CODE", "zip code: 02139", "02139"),
    ("DATE_TIME", "DOB: 03/14/1962", "03/14/1962"),
    ("DATE_TIME", "admitted on March 3, 2024 for chest pain", "March 3, 2024"),
    ("DATE_TIME", "Vaccines: Tdap 05/11/2019; COVID booster 09/20/2024", "09/20/2024"),
    ("DATE_TIME", "Rx written 03/10/2025, filled 03/11/2025", "03/11/2025"),
    ("DATE_TIME", "Date of loss: 11/20/2024 (water damage claim)", "11/20/2024"),
    # Month names of other languages, with their birth and admission words.
    ("DATE_TIME", "Paciente nacida el 14 de marzo de 1952", "14 de marzo de 1952"),
    ("DATE_TIME", "Patiente née le 14 mars 1952", "14 mars 1952"),
    ("DATE_TIME", "Patientin, geboren am 14. März 1952", "14. März 1952"),
    ("DATE_TIME", "Patiënt, opgenomen op 3 april 2025", "3 april 2025"),
    ("DATE_TIME", "Paziente nata il 14 marzo 1952", "14 marzo 1952"),
    ("DATE_TIME", "Pasyente, ipinanganak noong Marso 14, 1952", "Marso 14, 1952"),
    # A birth month in lower case after its keyword.
    ("DATE_TIME", "user: Bill Okonjo, born in june 1947. medicare number", "june 1947"),
    # A transcript's answer to the question that names the value.
    ("US_ZIP_CODE", "Agent: Perfect, and the billing zip?\nCustomer: 01630\nSummarize", "01630"),
    ("PERSON", "Agent: can I get your full name?\nCaller: yeah it's jennifer okafor\nAgent: thanks", "jennifer okafor"),
    ("DATE_TIME", "Agent: and your date of birth?\nCaller: june 4th 1987\nAgent: thanks", "june 4th 1987"),
    ("HEALTH_PLAN_ID", "AGENT: And the member ID on the card?\n[00:00:25] CALLER: 44192418617A\n", "44192418617A"),
    # Month and day are a date element under Safe Harbor without the year.
    ("DATE_TIME", "Visit on Monday, March 3rd", "March 3rd"),
    ("DATE_TIME", "Seen in clinic May 12 for follow-up", "May 12"),
    ("PERSON", "Patient Maria Gonzalez was seen today", "Maria Gonzalez"),
    ("PERSON", "Dr. Okafor reviewed the chart", "Okafor"),
    ("PERSON", "Dear Thomas, thanks for the update", "Thomas"),
    ("PERSON", "my name is sarah connor", "sarah connor"),
    ("PERSON", "On Jan 5th 2023 John O'Malley wired the funds", "John O'Malley"),
    ("PERSON", "Pt Jane Q. Doe, 54F, seen in clinic today", "Jane Q. Doe"),
    ("PERSON", "Subject: Q3 review\n\nMatteo,\n\nAttaching my notes", "Matteo"),
    ("PERSON", "Patient: GARCIA, ROSA  DOB: 07/21/1948", "GARCIA, ROSA"),
    ("PERSON", "PID|1||00102327^^^MERCY^MR||GONZALEZ^TYLER^J||19550701|M", "GONZALEZ^TYLER^J"),
    ("PERSON", "Kind regards,\nJosé Kowalski", "José Kowalski"),
    ("PERSON", '{"contact": "Kwame Kaya", "email": "kk@example.com"}', "Kwame Kaya"),
    ("PERSON", "Lastname: Ferreira  Firstname: Joao  DOB: 07.08.1975", "Ferreira"),
    ("PASSWORD", "the db user is svc_report with pw Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("PERSON", "help me write a note to my landlord mr thompson, my unit is 4B", "thompson"),
    ("PERSON", "Nursing note: pt (Huang, Wei) resting comfortably", "Huang, Wei"),
    ("PERSON", "Exam date: 10/01/2026\nOrdering: ALVAREZ, JOSE MD", "ALVAREZ, JOSE MD"),
    ("DATE_TIME", "EMS brought him in. Admitted 10/3, d/c 10/7.", "10/7"),
    ("DATE_TIME", "Patient: LOPEZ, MARIA\nMRN: 00231877\nExam date: 10/01/2026", "10/01/2026"),
    ("US_ZIP_CODE", "Seattle WA 98101", "98101"),
    ("DATE_TIME", "PID|1||123^^^LAB^MR||DOE^JANE||19680318|F", "19680318"),
    ("MEDICAL_RECORD_NUMBER", 'identifier: [{"type": {"text": "MRN"}, "value": "00207704"}]', "00207704"),
    ("VEHICLE_ID", "VIN 1HGCM82633A004352", "1HGCM82633A004352"),
    ("PRIVATE_KEY", "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----",
     "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----"),
]

NEGATIVE = [
    # (entity, text): look-alikes and invalid values
    ("US_SSN", "SSN 000-12-3456"),  # area 000
    ("US_SSN", "SSN 666-12-3456"),  # area 666
    ("US_SSN", "SSN 123-00-4567"),  # group 00
    ("US_SSN", "SSN 123-45-0000"),  # serial 0000
    ("US_SSN", "order 123456789 shipped"),  # bare nine digits without context
    ("US_SSN", "call 555-123-4567"),  # phone shape
    ("US_ITIN", "ITIN 912-40-1234"),  # group outside ITIN ranges
    ("CREDIT_CARD", "card 4111 1111 1111 1112"),  # Luhn fails
    ("CREDIT_CARD", "invoice 1234567812345678"),  # Luhn fails
    ("CREDIT_CARD", "ref 9999999999999995"),  # Luhn ok, no card brand
    ("IBAN_CODE", "GB82 WEST 1234 5698 7654 33"),  # mod-97 fails
    ("IBAN_CODE", "DE89 3704 0044 0532 0130"),  # too short for DE
    ("US_ROUTING_NUMBER", "routing 021000022"),  # checksum fails
    ("US_NPI", "NPI 1234567890"),  # Luhn with 80840 fails
    ("US_DEA", "DEA AB1234567"),  # check digit fails
    ("US_MBI", "MBI 1SG4-TE5-MK73"),  # S is not allowed
    ("EMAIL_ADDRESS", "use the @decorator syntax"),
    ("URL", "the file is named report.final.pdf"),
    ("IP_ADDRESS", "upgrade to 1.2.3.4.5"),  # dotted version, five parts
    ("IP_ADDRESS", "address 999.1.1.1"),  # octet out of range
    ("IP_ADDRESS", "meeting at 10:30:00"),  # timestamp, not IPv6
    ("IP_ADDRESS", "Requires-Dist: foo>=1.2.0.0"),  # a version pin
    ("US_DRIVER_LICENSE", "License: Apache-2.0"),
    ("PHONE_NUMBER", "released 2024-01-15"),
    ("PHONE_NUMBER", "order 1234567890 shipped"),  # bare digits, negative context
    ("PHONE_NUMBER", "Order 0123 4567 890 shipped"),  # a trunk "0" does not outweigh "order"
    ("PHONE_NUMBER", "Meeting on 01.02.2024 at 10:30"),  # date-shaped groups
    ("PHONE_NUMBER", "doses 0.5 0.25 0.125 mg tapering"),  # a lone "0" is not a trunk prefix
    ("PHONE_NUMBER", "weights: 0.12 0.34 0.56 0.78"),
    ("PHONE_NUMBER", "values 0 12 24 36 48 hours"),
    ("PHONE_NUMBER", "the note reads 030 1234 5 678"),  # valid in some region, not as written there
    ("PHONE_NUMBER", "BATCH 024.663.4381 temp=5.5C"),
    ("US_DRIVER_LICENSE", "License plate 7ABC123 was read at the gate"),  # a word is not a number
    ("DATE_TIME", "v2.4.1 was released on 2024-01-15"),  # no person context
    ("DATE_TIME", "The release ships March 3 with version 2.1"),
    ("DATE_TIME", "log: 2024-01-15T10:30:00Z request served"),
    ("API_KEY", "the sk- prefix marks secret keys"),
    ("JWT", "eyJhbGciOi is how a JWT header starts"),
    ("PASSWORD", "password: required"),
    ("PASSWORD", "password=${DB_PASSWORD}"),
    ("HIGH_ENTROPY_SECRET", "token: aaaaaaaaaaaaaaaaaaaaaaaa"),
    ("SWIFT_CODE", "the HOSPITAL wing"),
    ("PERSON", "Please Review the Attached Report"),
    ("PERSON", "The patient has hypertension"),
    ("STREET_ADDRESS", "take 25 mg daily"),
    ("US_ZIP_CODE", "How many zip files?\nAnswer: 12345 files"),  # the question is not about a ZIP code
    ("DATE_TIME", "born in may"),
    ("STREET_ADDRESS", "Send it via email 2 times"),  # "via" in prose is not a street type
    ("STREET_ADDRESS", "call str.strip() 5 times on the value"),
    ("STREET_ADDRESS", "the rue de la Paix is lovely"),  # no house number
    ("US_ZIP_CODE", "we shipped 12345 units"),
    ("VEHICLE_ID", "hash 1HGCM82633A004353"),  # VIN check digit fails
    ("MEDICAL_RECORD_NUMBER", "mr smith arrived"),
    ("PERSON", "she lives at 2 Cherry Hill Dr, Portland"),  # a street, not a person
    ("PASSWORD", "the pw reset link expired"),  # no ":" after the abbreviation: the value needs a digit or symbol
    ("PASSWORD", "pwd /home/user"),  # the shell command's output
    ("PERSON", "Q: what is the file name?\nA: report final"),  # an answer the gazetteer does not back
    ("DATE_TIME", "we have seen 3/4 of the patients already"),  # a fraction after an admission word
    ("HEALTH_PLAN_ID", "Your subscription plan ID is PRO-2024-ANNUAL"),  # member ids carry five digits or more
    ("HEALTH_PLAN_ID", "see coverage policy 12-44 of the handbook"),
    ("PERSON", "Spring sale at J. Crew this week"),
    ("PERSON", "Jordan, Chad and Georgia are countries"),  # Title-case "Last, First" needs person context  # initials and a surname that are a firm
    ("PERSON", "My 401(k) is with T. Rowe Price."),
    ("MEDICAL_RECORD_NUMBER", "a fin de mes 2025"),  # encounter numbers carry six digits or more
    ("MEDICAL_RECORD_NUMBER", "Visit 20 patients before noon"),
    ("HEALTH_PLAN_ID", "HR policy 2025-014 covers remote work"),  # a year and a sequence number a document
    ("HEALTH_PLAN_ID", "see policy HR-2025-014 section 3"),
    ("HEALTH_PLAN_ID", "Silver CSR plan ID 12345CA0010001 vs Bronze"),  # a marketplace plan's HIOS id names the product
    ("PERSON", "Member ID: 18521849279A\n741 Martin Luther King Jr Ave, Apt 11C, Tucson, AZ 85798"),  # the suffix comes words later
    ("PERSON", "Sincerely,\nAcme Logistics"),  # a company sign-off
    ("PERSON", "Subject: outage\n\nTeam,\n\nthe database is down"),
    ("PERSON", "SELECT id FROM orders GROUP BY id HAVING SUM(total) > 5"),
    ("PERSON", '{"city": "Paris", "units": "metric"}'),
    ("US_ZIP_CODE", "the fox (ID 48213) jumped"),  # an id, not Idaho
    ("PHONE_NUMBER", "Firmware build 825.786.3348 bricked the router"),
    ("DATE_TIME", "Her lease started 28 Apr 2026"),  # a date, but not a clinical event
    ("PASSWORD", "username, password = userinfo.partition(':')"),  # code
]


@pytest.mark.parametrize(("entity", "text", "expected"), POSITIVE, ids=[f"{e}-{i}" for i, (e, _, _) in enumerate(POSITIVE)])
def test_detects_valid_value(entity: str, text: str, expected: str) -> None:
    assert (entity, expected) in found(text)


@pytest.mark.parametrize(("entity", "text"), NEGATIVE, ids=[f"{e}-{i}" for i, (e, _) in enumerate(NEGATIVE)])
def test_ignores_invalid_or_lookalike_value(entity: str, text: str) -> None:
    assert entity not in {e for e, _ in found(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Implanted 01/22/2025 (dual-chamber pacemaker).",
        "s/p appendectomy (2019-06-11), no complications.",
        "Colonoscopy 2023-04-18 normal.",
        "LMP: 10/01/2025, EDD 07/08/2026",
        "Date written: 11/02/2025  Rx: lisinopril 10 mg",
        "Pronounced dead 2 Nov 2025 at 0342.",
        "Aufnahmedatum: 12.03.2025, entlassen am 19.03.2025",
        "Fecha de ingreso: 12/03/2025",
    ],
)
def test_procedure_obstetric_and_foreign_admission_dates_have_context(text: str) -> None:
    assert any(entity == "DATE_TIME" for entity, _ in found(text)), found(text)


# Synthetic tokens in each provider's documented shape (random characters).
PROVIDER_TOKENS = [
    "shpat_" + "4283fe0c9b1d7a6e5f3c2b1a09876543",
    "dop_v1_" + "b77e9" * 12 + "abcd",
    "sq0atp-" + "IINYNq8kW2xZ0pLmN3vB7c",
    "key-" + "81220e08a7c94b1f9d3e2a6b5c4d7e8f",
    "PMAK-" + "8386d07a1b2c3d4e5f6a7b8c" + "-" + "0123456789abcdef0123456789abcdef01",
    "lin_api_" + "km2uQ8xZr4Lp0VwN7sTb3YcH6dFj9GhKa1Ee5Rt2",
    "gsk_" + "vMG1qxvvP0aZ9sLkQ2wErTyUiOpAsDfGhJkLzXcVbNm1234567",
    "r8_" + "KI7hD5rgYpQ2wE3rT4yU5iO6pA7sD8fG9hJkL",
    "pplx-" + "gB69yZIq0W1e2R3t4Y5u6I7o8P9aAsSdDfFgGhHjJkKlLzZx",
    "xai-" + "EQwqlInt" * 10,
    "ntn_" + "llXjj03uQ8xZr4Lp0VwN7sTb3YcH6dFj9GhKa1Ee5R",
    "sbp_" + "782ed8ee0123456789abcdef0123456789abcdef",
    "dapi" + "da8712b50123456789abcdef01234567",
    "hvs." + "OgrV6f9i" * 12,
    "NRAK-" + "SGBHA8S0123456789ABCDEFGHIJ",
    "glsa_" + "hP6yynJq0W1e2R3t4Y5u6I7o8P9aAsSd" + "_" + "0a1b2c3d",
    "figd_" + "FVpO9Psq0W1e2R3t4Y5u6I7o8P9aAsSdDfFgGhHjJ",
]


@pytest.mark.parametrize("token", PROVIDER_TOKENS)
def test_provider_tokens_are_api_keys(token: str) -> None:
    assert ("API_KEY", token) in found(f"export TOKEN={token} # rotate")


@pytest.mark.parametrize("text", ["the key-value store is fast", "see the dapi docs", "use the gsk_ prefix for Groq keys", "lin_api_ keys expire"])
def test_provider_prefixes_alone_are_not_keys(text: str) -> None:
    assert "API_KEY" not in {e for e, _ in found(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the router admin is at 192.168.1.1, user admin, password Zephyr%639! VPN is down", "Zephyr%639"),
        ("Tech note: reset AD password, temporary password set to Lighthouse!7549Q (user must change it)", "Lighthouse!7549Q"),
        ("wifi passcode is now Tr0ub4dor&3 for the guest network", "Tr0ub4dor&3"),
    ],
)
def test_a_password_said_in_prose_is_found(text: str, expected: str) -> None:
    assert ("PASSWORD", expected) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "password policy v2 requires 12 characters",
        "turn on password 2FA for admins",
        "the password reset link expired",
        "INFO mailer queued template=reset_password to=<ana.ruiz@mail.example> msg_id=1",
    ],
)
def test_prose_about_passwords_is_not_a_password(text: str) -> None:
    assert "PASSWORD" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, my name is Ana Ruiz. I was injured on July 26, 2023 and need representation.", "July 26, 2023"),
        ("| Name | MRN | DOB | Enrolled |\n|---|---|---|---|\n| Ana Ruiz | E3618709 | 1950-06-13 | 2024-05-15 |\n", "2024-05-15"),
        ("उनका जन्मदिन 06/06/1950 है।", "06/06/1950"),
    ],
)
def test_injury_enrolment_and_hindi_birthday_dates_are_person_dates(text: str, expected: str) -> None:
    assert ("DATE_TIME", expected) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("n.º de historia clínica MR02878676, fecha de nacimiento 20/06/1932, 92 años. Ingresa hoy.", "92"),
        ("मेरे दादाजी की उम्र 91 साल है।", "91"),
    ],
)
def test_ages_in_spanish_and_hindi_with_birth_or_age_words(text: str, expected: str) -> None:
    assert ("AGE", expected) in found(text), found(text)


def test_years_ago_in_spanish_is_not_an_age() -> None:
    assert "AGE" not in {e for e, _ in found("hace 93 años se fundó la empresa")}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Variable APR 28.99% applies after the promo period.", "DATE_TIME"),
        ("Artikelnummer 285.575.07, Menge 467 Stück.", "STREET_ADDRESS"),
        ("Which plan is better for streaming? Promo code WIISPSV0 gives 20% off.", "SWIFT_CODE"),
        ("JWT_SECRET=<generate with openssl rand -hex 32>", "PASSWORD"),
    ],
)
def test_rates_german_quantities_promo_codes_and_instructions_are_not_identifiers(text: str, entity: str) -> None:
    assert entity not in {e for e, _ in found(text)}, found(text)


def test_a_password_that_starts_with_a_bracket_and_has_digits_is_still_a_password() -> None:
    assert ("PASSWORD", "<R3al!pass9") in found("DB_PASSWORD=<R3al!pass9")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mi madre tiene 92 años y fue hospitalizada el 06/12/2023.", ("AGE", "92")),
        ("Mi madre tiene 92 años y fue hospitalizada el 06/12/2023.", ("DATE_TIME", "06/12/2023")),
        ("Su número de afiliada es XFE795583711, gracias.", ("HEALTH_PLAN_ID", "XFE795583711")),
        ("con la tarjeta 5383 7360 4218 0161, código de seguridad 782.", ("CARD_SECURITY_CODE", "782")),
        ("Pasaporte estadounidense G74846149, móvil +34 621 804 021.", ("US_PASSPORT", "G74846149")),
    ],
)
def test_spanish_ages_admissions_member_numbers_security_codes_and_passports(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agent: What's the number on the account?\nCustomer: (558) 733-2251.", ("PHONE_NUMBER", "(558) 733-2251")),
        # A country code is written as only a phone number is: it outweighs "reference".
        ("Reference: Ottavia Tedeschi, +1 503 555 0174\n", ("PHONE_NUMBER", "+1 503 555 0174")),
        ("Agent: And the IMEI of the handset you want to unlock?\nCustomer: 86-431253-056048-5.", ("DEVICE_ID", "86-431253-056048-5")),
        ("Pueden depositar el reembolso en la cuenta 47626574, ruta 073445252.", ("US_BANK_ACCOUNT", "47626574")),
        ("Pueden depositar el reembolso en la cuenta 47626574, ruta 073445252.", ("US_ROUTING_NUMBER", "073445252")),
        ("Most recent passport book number: H73536355\n", ("US_PASSPORT", "H73536355")),
    ],
)
def test_answers_area_code_phones_spanish_accounts_and_passport_books(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My passport (E40548553) expired in 2019, can I still renew by mail?", ("US_PASSPORT", "E40548553")),
        ("Dati: nato il 13 agosto 1949, passaporto USA n. 287676111, arrivo il 12 luglio.", ("US_PASSPORT", "287676111")),
        ("the new hire brought a US passport, number 755557666, and a PA license", ("US_PASSPORT", "755557666")),
        ("titulaire du passeport américain n° F74835665, atteste sur l'honneur", ("US_PASSPORT", "F74835665")),
        ("**Name:** Nadia Rutherford  \n**License #:** 06361768 (TX, Class D)  \n", ("US_DRIVER_LICENSE", "06361768")),
        ("Can I get your driver's license number?\nCALLER: It's a MI license, J 567 352 389 887.\n", ("US_DRIVER_LICENSE", "J 567 352 389 887")),
        ('{"name": "Ana Ruiz", "passport": {"number": "737908237", "country": "USA"}}', ("US_PASSPORT", "737908237")),
        ('{"driver_license": {"number": "TK300458", "state": "OH"}}', ("US_DRIVER_LICENSE", "TK300458")),
        ('{"license": {"state": "NY", "number": "954 473 757"}, "violations": 0}', ("US_DRIVER_LICENSE", "954 473 757")),
    ],
)
def test_passports_and_licenses_in_brackets_bold_labels_other_languages_answers_and_nested_json(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("SELECT count(*) FROM encounters WHERE visit_date >= DATE '2024-05-01' AND visit_date < DATE '2024-06-01'", "DATE_TIME"),
        ("ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER01", "SWIFT_CODE"),
        ("Cost center: 528-ENG\nGL account: 65656", "US_BANK_ACCOUNT"),
        ('I keep getting "invalid credentials" but I KNOW my password is right', "PASSWORD"),
        ('{"license": {"name": "MIT", "id": "MIT-2024"}}', "US_DRIVER_LICENSE"),
    ],
)
def test_query_bounds_interchange_ids_ledger_accounts_and_prose_are_not_identifiers(text: str, entity: str) -> None:
    assert entity not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lab,collected_at,k\n\"Ulloa, Yusuf\",2024-06-14 14:06,6.3\n", ("DATE_TIME", "2024-06-14 14:06")),
        ('{"resourceType": "Patient", "deceasedDateTime": "2024-05-13"}', ("DATE_TIME", "2024-05-13")),
        ("1. Decedent's legal name: Ronan L Rasmussen\n4. Age at last birthday: 91    5. Date of birth: 08/14/1933", ("AGE", "91")),
        ("{1:F01CFYBIE9JAXXX2343178846}{2:I103CCNYNL28XXXXN}{4:\n:20:REF99\n-}", ("SWIFT_CODE", "CFYBIE9J")),
        ("{1:F01CFYBIE9JAXXX2343178846}{2:I103CCNYNL28XXXXN}{4:\n:20:REF99\n-}", ("SWIFT_CODE", "CCNYNL28")),
        ("PID|1||00925107^^^RIVERVIEW^MR||VAN HOUTEN^AYESHA^E||19470103|M", ("PERSON", "VAN HOUTEN^AYESHA^E")),
    ],
)
def test_timed_dates_fhir_death_dates_form_ages_swift_headers_and_spaced_hl7_surnames(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Họ và tên: Phạm Đức Thảo\nNgày sinh: 26/01/1980\n", ("PERSON", "Phạm Đức Thảo")),
        ("Họ và tên: Phạm Đức Thảo\nNgày sinh: 26/01/1980\n", ("DATE_TIME", "26/01/1980")),
        ("Số tài khoản ngân hàng: 65685972388", ("US_BANK_ACCOUNT", "65685972388")),
        ("الاسم: ليلى السيد\nرمز السويفت: BCHOSAYH\n", ("PERSON", "ليلى السيد")),
        ("الاسم: ليلى السيد\nرمز السويفت: BCHOSAYH\n", ("SWIFT_CODE", "BCHOSAYH")),
        ("تاريخ الميلاد: 12/03/1980\nرقم الحساب: 4263662028", ("DATE_TIME", "12/03/1980")),
        ("تاريخ الميلاد: 12/03/1980\nرقم الحساب: 4263662028", ("US_BANK_ACCOUNT", "4263662028")),
        ("다음 환자 정보를 영어로 번역해 주세요:\n환자명: 전서연\n", ("PERSON", "전서연")),
        ("氏名：石川 彩音\n保険者番号・記号番号：19445693\n", ("HEALTH_PLAN_ID", "19445693")),
    ],
)
def test_vietnamese_arabic_korean_and_japanese_form_labels(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transmitter ID NP-8910-71140. What does E-17 mean?", ("DEVICE_ID", "NP-8910-71140")),
        ("please release the payment today.\nPay to Priyanka Raghunathan\nIBAN PL84", ("PERSON", "Priyanka Raghunathan")),
        ("Cheque payable to Tomasz Wiśniewski.", ("PERSON", "Tomasz Wiśniewski")),
    ],
)
def test_transmitter_ids_and_payees(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", ["Pay to Netflix", "Pay to the order of Acme Corp"])
def test_a_payee_the_gazetteer_does_not_know_alone_is_not_a_person(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5. PATIENT'S ADDRESS (No., Street)  766 W MOCKINGBIRD RISE, APT 4B\n", ("STREET_ADDRESS", "766 W MOCKINGBIRD RISE, APT 4B")),
        ("billing address 29 Mockingbird Rise Unit C", ("STREET_ADDRESS", "29 Mockingbird Rise Unit C")),
        ('{"requested_slot": "2025-12-21T12:00:00", "reason": "refill"}', ("DATE_TIME", "2025-12-21T12:00:00")),
    ],
)
def test_rise_streets_and_requested_appointment_slots(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the MAC on the sticker is e9:23:ae:f3:0e:e6.", ("DEVICE_ID", "e9:23:ae:f3:0e:e6")),
        ("Mordecai Petrović\n133 Quarry Way, Worcester, MA\n22070\nPhone: (736) 859-6849", ("US_ZIP_CODE", "22070")),
    ],
)
def test_a_mac_ending_a_sentence_and_a_zip_on_the_line_below_its_state(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


def test_a_five_digit_number_below_a_word_like_state_code_is_not_a_zip() -> None:
    assert found("Badge ID\n48213") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon père a 96 ans et a besoin d'un rendez-vous", ("AGE", "96")),
        ("Mijn oma is 99 jaar. Polisnummer W515069654, telefoon", ("AGE", "99")),
        ("Mijn oma is 99 jaar. Polisnummer W515069654, telefoon", ("HEALTH_PLAN_ID", "W515069654")),
        ("Mia nonna ha 96 anni. Tessera sanitaria H62961831, cellulare", ("HEALTH_PLAN_ID", "H62961831")),
        ("Su número de afiliación es MBR-85488306.", ("HEALTH_PLAN_ID", "MBR-85488306")),
        ("Numéro d'assuré MBR-99274961. Mon", ("HEALTH_PLAN_ID", "MBR-99274961")),
        ("Bed 24: Kamau, Achieng, 90 F, MRN KB628574197.", ("AGE", "90")),
        ("- 19 DOROTHY PRESCOTT (99y) — fall risk", ("AGE", "99y")),
        ("Last name = Müller\nFirst name = Jürgen", ("PERSON", "Müller")),
        ("ORC|RE|2534587|||||||||2843242316^ASHFORD^JOAN\nOBR|1|6123952", ("PERSON", "ASHFORD^JOAN")),
    ],
)
def test_ages_and_member_numbers_in_other_languages_form_equals_and_an_hl7_name_ending_its_segment(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, I had blood work on May 13, 2024 and the portal says", ("DATE_TIME", "May 13, 2024")),
        ('{"rx": {"written_on": "2025-11-01"}}', ("DATE_TIME", "2025-11-01")),
    ],
)
def test_blood_work_dates_and_a_prescriptions_written_on_date(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("진료일: 2025년 5월 19일\n담당의: 조하은", ("PERSON", "조하은")),
        ("主治医师：何伟", ("PERSON", "何伟")),
        ("【外来記録】\n患者氏名：渡辺 浩二（68歳）", ("PERSON", "渡辺 浩二")),
        ("名義：佐藤 浩二\n銀行：みなと信用金庫", ("PERSON", "佐藤 浩二")),
        ("예금주: 김민준\n계좌번호: 275-338-059921", ("PERSON", "김민준")),
        ("持卡人：赵雨桐\n卡号", ("PERSON", "赵雨桐")),
        ("مرحباً، أنا حسن خوري، تاريخ الميلاد 1931-04-01.", ("PERSON", "حسن خوري")),
        ("Пишу по поводу мамы, дата рождения 16.08.1927, ей 96.", ("DATE_TIME", "16.08.1927")),
        ("Influenza (quadrivalent)   03/26/2024   lot 5P4KMT", ("DATE_TIME", "03/26/2024")),
        ('{"dob": "1940-12-02", "slot": "2025-04-22T12:30:00"}', ("DATE_TIME", "2025-04-22T12:30:00")),
        ("The title says registered owner BARAKA MUTUA, plate YE5044.", ("PERSON", "BARAKA MUTUA")),
        ("[00:00:40] spk_0: okay can i get your full name please\n[00:00:48] spk_1: yeah it's joris visser", ("PERSON", "joris visser")),
    ],
)
def test_cjk_arabic_and_russian_labels_vaccine_rows_booked_slots_owners_and_answers_to_a_speaker_label(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TERM-22 host=172.30.114.72:9100 AUTH", ("IP_ADDRESS", "172.30.114.72")),
        ("Agent: The three or four digit code on the back?\nCustomer: seven three nine.\nAgent:", ("CARD_SECURITY_CODE", "seven three nine")),
        ("  exp              10/29\n  cvc              117\n", ("CARD_SECURITY_CODE", "117")),
        ("KAYLA TILLMAN\n14959 QUARRYSTONE PL\nDUNMORE FALLS OH 44573\n:52A:LANYUSEX", ("US_ZIP_CODE", "44573")),
        ("Hi, I reset my password to wPumpkin$699 but the app", ("PASSWORD", "wPumpkin$699")),
        ('    command: ["redis-server", "--requirepass", "granite-tulip-18"]', ("PASSWORD", "granite-tulip-18")),
        ("名義：佐藤 浩二\n銀行：みなと信用金庫 本店営業部\n普通 1882063\n連絡先", ("US_BANK_ACCOUNT", "1882063")),
        ("계좌번호: 275-338-059921 (한빛은행)", ("US_BANK_ACCOUNT", "275-338-059921")),
        ("Endereço: Rua Frei Anselmo, 2400, apto 146, 69673-675 Jardim Aurora - MG. Carteirinha", ("STREET_ADDRESS", "Rua Frei Anselmo, 2400, apto 146, 69673-675 Jardim Aurora - MG")),
        ("Mon adresse : 119 allée du Moulin-Bas, 23845 Montferrand-le-Haut. Numéro", ("STREET_ADDRESS", "119 allée du Moulin-Bas, 23845 Montferrand-le-Haut")),
    ],
)
def test_ports_spoken_security_codes_aligned_forms_capital_towns_passwords_cjk_accounts_and_postal_towns(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", ["version 1.2.3.4:5.6", "ID 48213", "one two three, go", "the password to the portal"])
def test_versions_ids_counting_and_prose_stay_unreported(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("お名前: 山口 ひなた\nメール", ("PERSON", "山口 ひなた")),
        ("【外来記録】\n患者氏名：渡辺 さくら（68歳）", ("PERSON", "渡辺 さくら")),
        ("患者 佐藤 さくらさんの件", ("PERSON", "佐藤")),  # the honorific's kana end the name short
    ],
)
def test_japanese_given_names_in_kana_after_a_label(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Licencia de conducir: 12345678", "12345678"),
        ("Führerschein-Nr.: B072RRE2I55", "B072RRE2I55"),
        ("numéro de permis de conduire 12AB34567", "12AB34567"),
    ],
)
def test_a_drivers_license_after_its_label_in_another_language_is_found(text: str, number: str) -> None:
    assert ("US_DRIVER_LICENSE", number) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "member_id"),
    [("Mitgliedsnummer der Krankenkasse: A123456789", "A123456789"), ("Tricare DoD ID 1234567890", "1234567890")],
)
def test_a_german_statutory_insurance_or_tricare_member_number_is_a_health_plan_id(text: str, member_id: str) -> None:
    assert ("HEALTH_PLAN_ID", member_id) in found(text), found(text)
