"""The words the PERSON recognizer reads around a name: forms of address,
the keywords and role words a name follows, sign-offs, form labels, and the
words that make a "name" something else's. Lists only; the rules that use
them are in ``person.py``."""

from __future__ import annotations

TITLES = frozenset(
    "mr mrs ms miss mx dr doctor prof sir madam rev fr sra srta mme mlle herr frau "
    # Spanish, Portuguese, French, Italian, Dutch, Hindi and Tagalog forms of address.
    "señor señora senor senora senhor senhora monsieur madame mademoiselle signor signora dott mevrouw meneer mevr dhr shri smt gng ginoo herrn".split()
)
SUFFIXES = frozenset("jr sr ii iii iv md phd rn np pa dds".split())
# Person-to-person payments in statement lines ("ZELLE TO OKSANA KAYA"): the
# payee is a person when named with two words or more (one word is a shop).
PAYMENT_PHRASES = ("zelle to", "zelle from", "venmo to", "venmo from", "cash app to", "cash app from", "paypal to", "paypal from")
PAYMENT_KEYWORDS = frozenset(PAYMENT_PHRASES)
# Role words that also lead product and game text ("boss Level 3", "my
# roommate Netflix password"): a lone word after them is a name only when
# the gazetteer knows it ("my coworker Priya").
LONE_NEEDS_KNOWN = frozenset(
    "coworker co-worker roommate housemate flatmate neighbor neighbour boss supervisor teammate classmate "
    "boyfriend girlfriend nephew niece grandson granddaughter grandma grandpa stepmother stepfather "
    "stepson stepdaughter mother-in-law father-in-law ex-wife ex-husband nanny babysitter tutor "
    "dentist lawyer attorney accountant realtor pharmacist kid kiddo toddler teen teenager grandkid grandchild "
    # Kin in Spanish, French, German, Italian and Portuguese ("Contacto: su hijo Declan").
    "hijo hija esposo esposa madre padre hermano hermana abuelo abuela nieto nieta "
    "fils fille épouse mère père frère sœur soeur sohn tochter ehemann ehefrau mutter vater bruder schwester "
    "figlio figlia marito moglie fratello sorella filho filha marido mãe irmão irmã".split()
    # Payment instructions name a firm as often as a person: "Pay to Acme", "payable to Priya Nair".
    + ["pay to", "payable to", "pay to the order of"]
)
# Kin, after whom a lone lower-case first name is a name: "my son tyler's inhaler".
KIN_WORDS = frozenset(
    "son daughter wife husband mother father mom dad brother sister grandson granddaughter grandmother grandfather "
    "grandma grandpa nephew niece aunt uncle cousin partner spouse fiance fiancee boyfriend girlfriend".split()
)
# Sign-offs in French, Spanish, German, Italian, Portuguese and Dutch.
FOREIGN_SIGN_OFFS = (
    "cordialement", "bien à vous", "merci", "saludos", "un saludo", "atentamente", "gracias", "mit freundlichen grüßen",
    "viele grüße", "beste grüße", "liebe grüße", "gruß", "danke", "cordiali saluti", "distinti saluti", "grazie",
    "atenciosamente", "obrigado", "obrigada", "met vriendelijke groet", "groeten",
)
# Words after which capitalised words are a person (checked on the lower-cased text).
STRONG_KEYWORDS = (
    "dear|hi|hello|hey|hallo|hola|bonjour|ciao|salut|guten tag|buongiorno|buenos días|buenas tardes|olá|name|full name|patient name|patient|pt|first name|last name|given name|"
    "firstname|lastname|givenname|familyname|fullname|"
    "surname|surnames|given names|family names|first names|last names|legal name|full legal name|named|called|regards|sincerely|signed|attn|attention|emergency contact|next of kin|son|"
    "daughter|wife|husband|mother|father|mom|dad|spouse|brother|sister|guardian|parent|grandmother|"
    "grandfather|aunt|uncle|cousin|caregiver|partner|fiance|fiancee|fiancé|fiancée|friend|colleague|"
    + "|".join(sorted(LONE_NEEDS_KNOWN)) + "|"
    "client|customer|employee|cardholder|name on card|account holder|applicant|tenant|insured|"
    "subscriber|beneficiary|resident|caller|referred by|referring|attending|physician|nurse|surgeon|"
    "therapist|pcp|prescriber|ordering|ordering physician|ordering provider|proband|decedent|deceased|reporter|recipient|borrower|borrowers|"
    "co-borrower|policyholder|driver|other driver|payee|payer|sender|employee name|member|user|registered owner|"
    "candidate|student|requester|requested by|assigned to|contact|owner|landlord|buyer|seller|"
    "witness|victim|suspect|defendant|plaintiff|claimant|agent|rep|seen by|met with|spoke with|spoke to|"
    "note for|letter for|reminder for|referral for|referral -|review -|registration|cc|"
    "see|i am|i'm|my name is|this is|thanks|thank you|mr|mrs|ms|miss|mx|dr|doctor|prof|rev|"
    # "patient" in Spanish, French, German, Italian, Dutch, Tagalog, Hindi; forms of address.
    "paciente|patiente|patientin|paziente|patiënt|pasyente|mareez|pacjent|pacjentka|señor|señora|senhor|senhora|monsieur|"
    "signor|signora|mevrouw|meneer|shri|smt|"
    # Name labels and roles of forms in Italian, French, Polish; who signed or pronounced.
    "cognome e nome|nome e cognome|cognome|titulaire du compte|titulaire|odbiorca|nadawca|imię i nazwisko|họ và tên|họ tên|"
    "personal reference|character reference|pronounced by|signed by|witnessed by|" + "|".join(PAYMENT_PHRASES) + "|" + "|".join(FOREIGN_SIGN_OFFS)
)
# Not "to", "for", "and", "with", "from", "by": after them only a gazetteer
# pair would count, which the capitalised-sequence scan finds at the same
# score; as keywords they were a third of all keyword hits (findings on the
# 1,558 oracle inputs were identical without them but for "T. Rowe").
# Keywords too common to carry a lone unknown capitalised word on their own.
GREETINGS = frozenset(("hi", "hey", "hello", "hallo", "hola", "bonjour", "ciao", "salut", "guten tag", "buongiorno", "buenos días", "buenas tardes", "olá"))
WEAK_KEYWORDS = frozenset(
    "cc see this is i am i'm user member contact agent rep owner".split()
    + list(GREETINGS)
    + ["this is", "i am", "i'm", "thanks", "thank you"]
)
# Form labels that say the next word is a name part, whatever its case.
NAME_LABELS = frozenset(
    (
        "surname", "surnames", "first name", "first names", "last name", "last names", "given name", "given names",
        "family name", "family names", "firstname", "lastname", "givenname", "familyname",
    )
)
# Phrases after which a lower-case name is still a name ("my name is maria lee").
LOWERCASE_NAMING = frozenset({"my name is", "name", "i am", "i'm", "this is", "called", "named"})
SIGN_OFFS = frozenset({"regards", "sincerely", "signed", "thanks", "thank you", *FOREIGN_SIGN_OFFS})
# The sign-offs above a sender's name on its own line.
SIGN_OFF_KEYWORDS = "|".join(
    (
        "thanks", "thank you", "regards", "best regards", "kind regards", "warm regards", "warmly", "sincerely",
        "best", "best wishes", "cheers", "respectfully", "cordially", *FOREIGN_SIGN_OFFS,
    )
)



# Words before "name" that make it a thing's name: "Business name:", "bank_name".
THINGS_NAMED = frozenset(
    "business company entity organization organisation org bank product brand store shop pharmacy facility "
    "hospital clinic practice employer vendor merchant file project app service host device drug plan team".split()
)


# E-mail header labels in other languages that are also given names or particles ("Von:", "An:", "De:").
HEADER_LABELS = frozenset({"von", "an", "de", "para", "cc", "bcc"})
