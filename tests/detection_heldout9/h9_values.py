"""Value generators and validators for the held-out-9 detection corpus.

Standard library only.  Every generator takes its randomness from the single
``random.Random`` owned by ``generate.py`` (passed in through ``Gen``), so the
corpus is reproducible byte for byte.  The validators are used by the generator
(to build values) and by ``test_heldout9_integrity.py`` (to re-check the gold).
"""

from __future__ import annotations

import base64
import datetime
import ipaddress
import json
import re
import string
import unicodedata

ENTITY_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS",
    "US_ZIP_CODE", "DATE_TIME", "AGE", "US_SSN", "US_ITIN", "US_DRIVER_LICENSE",
    "US_PASSPORT", "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI", "HEALTH_PLAN_ID",
    "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE", "US_ROUTING_NUMBER",
    "US_BANK_ACCOUNT", "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD",
    "HIGH_ENTROPY_SECRET", "DEVICE_ID", "VEHICLE_ID",
)

# "Today" for the corpus: ages and dates are computed against this fixed day,
# never against the clock, so regeneration is stable.
REF_DATE = datetime.date(2024, 6, 14)

# ---------------------------------------------------------------------------
# normalisation and validators
# ---------------------------------------------------------------------------

_ZERO_WIDTH = "[\u200b\u200c\u200d\u2060\ufeff]"
_DASHES = "[\u2010\u2011\u2012\u2013\u2014\u2212]"


def normalize(s: str) -> str:
    """NFKC, drop zero-width characters, unify dashes (undo the obfuscations used)."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(_ZERO_WIDTH, "", s)
    return re.sub(_DASHES, "-", s)


def only_digits(s: str) -> str:
    return re.sub(r"\D", "", normalize(s))


def luhn_valid(d: str) -> bool:
    if not d or not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    """Append the single check digit that makes ``partial`` Luhn-valid."""
    for c in "0123456789":
        if luhn_valid(partial + c):
            return partial + c
    raise AssertionError("unreachable")


def card_brand(d: str) -> str | None:
    """Brand of a PAN by IIN range and length (None when no brand fits)."""
    n = len(d)
    if d[:2] in ("34", "37"):
        return "amex" if n == 15 else None
    if d[:1] == "4":
        return "visa" if n in (13, 16, 19) else None
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return "mastercard" if n == 16 else None
    if d.startswith("6011") or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return "discover" if 16 <= n <= 19 else None
    if 3528 <= int(d[:4]) <= 3589:
        return "jcb" if 16 <= n <= 19 else None
    if d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305:
        return "diners" if n == 14 else None
    return None


def card_valid(d: str) -> bool:
    return d.isdigit() and card_brand(d) is not None and luhn_valid(d)


def ssn_valid(d: str) -> bool:
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


# IRS ITIN middle digits: 50-65, 70-88, 90-92, 94-99.
ITIN_GROUPS = frozenset(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))


def itin_valid(d: str) -> bool:
    return len(d) == 9 and d.isdigit() and d[0] == "9" and int(d[3:5]) in ITIN_GROUPS


def npi_valid(d: str) -> bool:
    return len(d) == 10 and d.isdigit() and d[0] in "12" and luhn_valid("80840" + d)


DEA_FIRST = "ABCDEFGHJKLMPRSTUX"


def dea_check_digit(six: str) -> str:
    a = int(six[0]) + int(six[2]) + int(six[4])
    b = int(six[1]) + int(six[3]) + int(six[5])
    return str((a + 2 * b) % 10)


def dea_valid(v: str) -> bool:
    return (re.fullmatch(r"[A-Z][A-Z9]\d{7}", v) is not None and v[0] in DEA_FIRST
            and dea_check_digit(v[2:8]) == v[8])


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # no S, L, O, I, B, Z
_A = "[" + MBI_ALPHA + "]"
_AN = "[" + MBI_ALPHA + "0-9]"
MBI_RE = re.compile("[1-9]" + _A + _AN + r"\d" + _A + _AN + r"\d" + _A + _A + r"\d\d")


def mbi_valid(v: str) -> bool:
    return MBI_RE.fullmatch(v.replace("-", "")) is not None


ABA_PREFIXES = tuple(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)) + [80])


def aba_valid(d: str) -> bool:
    if len(d) != 9 or not d.isdigit() or int(d[:2]) not in ABA_PREFIXES:
        return False
    n = [int(c) for c in d]
    return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0


# country: (total length, BBAN layout). n = digit, a = upper letter, c = alnum.
IBAN_SPECS = {
    "DE": (22, "8n10n"), "GB": (22, "4a6n8n"), "FR": (27, "5n5n11n2n"), "ES": (24, "4n4n2n10n"),
    "IT": (27, "1a5n5n12n"), "NL": (18, "4a10n"), "BE": (16, "3n7n2n"), "CH": (21, "5n12n"),
    "AT": (20, "5n11n"), "IE": (22, "4a6n8n"), "PL": (28, "8n16n"), "SE": (24, "3n16n1n"),
    "PT": (25, "4n4n11n2n"), "NO": (15, "4n6n1n"), "DK": (18, "4n9n1n"), "FI": (18, "3n11n"),
    "LU": (20, "3n13n"), "CZ": (24, "4n6n10n"),
}
IBAN_LENGTHS = {k: v[0] for k, v in IBAN_SPECS.items()}


def _iban_numeric(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_valid(v: str) -> bool:
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    if IBAN_LENGTHS.get(v[:2]) != len(v):
        return False
    return _iban_numeric(v[4:] + v[:4]) % 97 == 1


SWIFT_RE = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?")

_VIN_MAP = {**{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
            "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_char(v: str) -> str:
    total = sum(_VIN_MAP[ch] * w for ch, w in zip(v, _VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin_valid(v: str) -> bool:
    return (len(v) == 17 and re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v) is not None
            and vin_check_char(v) == v[8])


def imei_valid(d: str) -> bool:
    return len(d) == 15 and luhn_valid(d)


MAC_RE = re.compile(r"[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}")

SYNTHETIC_EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "example", "test")
SYNTHETIC_NETS = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "192.0.2.0/24", "198.51.100.0/24",
    "203.0.113.0/24", "2001:db8::/32", "fd00::/8"))
# Real public hosts that legitimately appear in prompts (API endpoints, standards).
PUBLIC_URL_HOSTS = ("api.openai.com", "api.anthropic.com", "accounts.google.com",
                    "oauth2.googleapis.com", "www.googleapis.com", "terminology.hl7.org",
                    "hl7.org", "api.stripe.com", "hooks.slack.com", "github.com", "slack.com")


def synthetic_domain(host: str) -> bool:
    host = host.lower()
    return any(host == d or host.endswith("." + d) for d in SYNTHETIC_EMAIL_DOMAINS)


def synthetic_ip(v: str) -> bool:
    try:
        ip = ipaddress.ip_address(v)
    except ValueError:
        return False
    return any(ip.version == n.version and ip in n for n in SYNTHETIC_NETS)


def jwt_valid(v: str) -> bool:
    parts = v.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        head = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        body = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return False
    return isinstance(head, dict) and "alg" in head and isinstance(body, dict)


PEM_RE = re.compile(r"-----BEGIN ((?:RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY)-----\n"
                    r"(?:[A-Za-z0-9+/=]+\n)+-----END \1-----")

API_KEY_PREFIXES = ("sk-proj-", "sk-ant-api03-", "sk-", "AKIA", "ASIA", "ghp_", "gho_", "github_pat_",
                    "xoxb-", "xoxp-", "sk_live_", "rk_live_", "whsec_", "AIza", "glpat-", "hf_",
                    "SG.", "npm_", "dop_v1_", "pypi-")

# ---------------------------------------------------------------------------
# synthetic name and place pools
# ---------------------------------------------------------------------------

FIRST_NAMES = (
    "Amara", "Tobias", "Priya", "Mateo", "Ingrid", "Kwame", "Sofia", "Declan", "Mei", "Rafael",
    "Yusuf", "Harriet", "Anika", "Lucas", "Nadia", "Elliot", "Fatima", "Jonas", "Chiara", "Darnell",
    "Leilani", "Oskar", "Rosalind", "Hiroshi", "Camila", "Bogdan", "Esperanza", "Theo", "Aaliyah",
    "Gideon", "Marisol", "Finnegan", "Zainab", "Henrik", "Beatriz", "Malik", "Ottilie", "Sanjay",
    "Greta", "Emeka", "Valentina", "Ronan", "Ximena", "Kofi", "Margarethe", "Dmitri", "Lucia",
    "Winston", "Imani", "Caspian", "Noor", "Agnes", "Thaddeus", "Yara", "Benedikt", "Soledad",
    "Arjun", "Colette", "Ezekiel", "Minji", "Cormac", "Adaeze", "Lorenzo", "Saoirse", "Wendell",
    "Tamsin", "Ignacio", "Freya", "Hollis", "Dagny", "Mustafa", "Eleanor", "Quentin", "Paloma",
    "Jasper", "Ayesha", "Florian", "Renata", "Cyrus", "Odalys", "Silas", "Hana", "Evander",
    "Marguerite", "Tariq", "Linnea", "Augustin", "Pilar", "Kenji", "Bettina", "Rohan", "Delphine",
)
LAST_NAMES = (
    "Okafor", "Lindqvist", "Raman", "Delgado", "Whitcombe", "Nakamura", "Brennan", "Haddad",
    "Kowalczyk", "Achterberg", "Fairweather", "Mensah", "Castellanos", "Thorne", "Iyer", "Abernathy",
    "Oyelaran", "Sørensen", "Müller", "Ibáñez", "O'Donnell", "Nguyen", "Takahashi", "Petrov",
    "Adeyemi", "Fitzgerald", "Moreau", "Szabo", "Quispe", "Balogun", "Halvorsen", "Castillo",
    "Ebrahimi", "Lambert", "Novak", "Oduya", "Pereira", "Rasmussen", "Sandoval", "Tanaka",
    "Underwood", "Villanueva", "Wojcik", "Yamamoto", "Zielinski", "Ashworth", "Bellamy",
    "Carrington", "Dunmore", "Ellery", "Fontaine", "Galbraith", "Hollister", "Ishikawa", "Jaramillo",
    "Kerrigan", "Lachance", "Marchetti", "Nwosu", "Ostrowski", "Prendergast", "Quintero",
    "Rutherford", "Sauvage", "Trevino", "Umeh", "Whitlock", "Xiong", "Yilmaz", "Zapata",
    "Blackwood", "Chaudhry", "Drummond", "Esposito", "Farouk", "Gutierrez", "Hargreaves", "Ivanova",
    "Jankowski", "Kapoor", "Lindgren", "Mahmoud", "Nakashima", "Osei", "Ruiz", "Sato", "Tran",
    "Ulloa", "Varga", "Wainwright", "de la Cruz", "Van Houten",
)
# (city, state, ZIP3 prefix) — real city/state pairs with a matching ZIP3 region.
CITIES = (
    ("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
    ("Portland", "OR", "972"), ("Madison", "WI", "537"), ("Raleigh", "NC", "276"),
    ("Tucson", "AZ", "857"), ("Albany", "NY", "122"), ("Boise", "ID", "837"), ("Tampa", "FL", "336"),
    ("Denver", "CO", "802"), ("Richmond", "VA", "232"), ("Omaha", "NE", "681"),
    ("Sacramento", "CA", "958"), ("Burlington", "VT", "054"), ("Providence", "RI", "029"),
    ("Des Moines", "IA", "503"), ("Fresno", "CA", "937"), ("Lexington", "KY", "405"),
    ("Spokane", "WA", "992"), ("Savannah", "GA", "314"), ("Duluth", "MN", "558"),
    ("Worcester", "MA", "016"), ("Knoxville", "TN", "379"), ("Albuquerque", "NM", "871"),
)
STREET_NAMES = ("Maple", "Oak", "Cedar", "Willow", "Linden", "Harbor", "Juniper", "Sycamore", "Prospect",
                "Hawthorne", "Magnolia", "Ridgeview", "Mill", "Chestnut", "Lakeshore", "Orchard",
                "Bramble", "Quarry", "Meadowlark", "Ashford", "Kingfisher", "Clover", "Summit", "Birch")
STREET_SUFFIXES = ("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Terrace", "Street",
                   "Avenue", "Road", "Drive", "Lane")
UNITS = ("Apt 3B", "Apt 12", "Unit 7", "#204", "Suite 310", "Apt 5C", "Unit 2F", "#9")

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre")
MONTHS_IT = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre")
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember")

B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def _b64url(obj) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


class Gen:
    """All value generators; ``r`` is the corpus-wide ``random.Random``."""

    def __init__(self, rng):
        self.r = rng

    # -- primitives ---------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def nonluhn_digits(self, n: int, first: str = "") -> str:
        """Random digit string of length n that is NOT Luhn-valid (for hard negatives)."""
        d = first + self.digits(n - len(first))
        if luhn_valid(d):
            d = d[:-1] + str((int(d[-1]) + 1) % 10)
        return d

    # -- people -------------------------------------------------------------
    def first(self) -> str:
        return self.pick(FIRST_NAMES)

    def last(self) -> str:
        return self.pick(LAST_NAMES)

    def person(self) -> tuple[str, str]:
        return self.first(), self.last()

    def email(self, first: str | None = None, last: str | None = None, domain: str | None = None) -> str:
        first = first or self.first()
        last = last or self.last()
        f = _ascii(first).lower()
        l = _ascii(last).lower().replace(" ", "").replace("'", "")
        local = self.pick((f + "." + l, f[0] + l, f + "_" + l + self.digits(2), l + "." + f[0],
                           f + l[0] + self.digits(3), f + "." + l))
        domain = domain or self.pick(("example.com", "example.org", "example.net", "mail.example.com",
                                      "northwind.example", "contoso.example", "fabrikam.example",
                                      "inbox.example.net", "post.example.org"))
        return local + "@" + domain

    def role_email(self, domain: str) -> str:
        return self.pick(("billing", "support", "frontdesk", "claims", "hr", "payroll", "records",
                          "noreply", "referrals", "it-help")) + "@" + domain

    # -- contact ------------------------------------------------------------
    def phone(self, style: str | None = None) -> str:
        area = self.pick(("212", "312", "415", "617", "503", "512", "608", "919", "520", "303", "804",
                          "402", "916", "802", "401", "515", "559", "859", "509", "912", "218", "508"))
        line = "01" + self.digits(2)
        style = style or self.pick(("paren", "dash", "dot", "intl", "intl_dash", "paren"))
        if style == "paren":
            return "(%s) 555-%s" % (area, line)
        if style == "dash":
            return "%s-555-%s" % (area, line)
        if style == "dot":
            return "%s.555.%s" % (area, line)
        if style == "intl":
            return "+1 %s 555 %s" % (area, line)
        if style == "intl_dash":
            return "+1-%s-555-%s" % (area, line)
        if style == "plain":
            return "%s555%s" % (area, line)
        if style == "e164":
            return "+1%s555%s" % (area, line)
        raise ValueError(style)

    def phone_intl(self, country: str) -> str:
        if country == "GB":
            return self.pick(("+44 20 7946 0%s" % self.digits(3), "+44 7700 900%s" % self.digits(3),
                              "020 7946 0%s" % self.digits(3)))
        if country == "AU":
            return "+61 491 570 %s" % self.pick(("006", "156", "157", "158", "159", "110", "313", "737"))
        if country == "BR":
            return "+55 11 9%s-%s" % (self.digits(4), self.digits(4))
        if country == "DE":
            return "+49 30 %s %s" % (self.digits(4), self.digits(4))
        if country == "FR":
            return "+33 1 %s %s %s %s" % tuple(self.digits(2) for _ in range(4))
        if country == "IT":
            return "+39 06 %s %s" % (self.digits(4), self.digits(4))
        if country == "ES":
            return "+34 91 %s %s %s" % (self.digits(3), self.digits(2), self.digits(2))
        raise ValueError(country)

    def street(self, unit: bool | None = None) -> str:
        num = str(self.r.randint(12, 9899))
        d = self.pick(("", "", "", "N ", "S ", "E ", "W "))
        s = "%s %s%s %s" % (num, d, self.pick(STREET_NAMES), self.pick(STREET_SUFFIXES))
        if unit is None:
            unit = self.chance(0.3)
        if unit:
            s += " " + self.pick(UNITS)
        return s

    def city(self):
        return self.pick(CITIES)

    def zip_for(self, city_row, plus4: bool = False) -> str:
        z = city_row[2] + self.digits(2)
        if plus4:
            z += "-" + self.digits(4)
        return z

    def address(self, plus4: bool = False, unit: bool | None = None):
        """(street line, city, state, zip)."""
        c = self.city()
        return self.street(unit), c[0], c[1], self.zip_for(c, plus4)

    # -- dates and ages -----------------------------------------------------
    def date_between(self, start: datetime.date, end: datetime.date) -> datetime.date:
        return start + datetime.timedelta(days=self.r.randint(0, (end - start).days))

    def dob(self, min_age: int = 18, max_age: int = 88) -> datetime.date:
        latest = REF_DATE.replace(year=REF_DATE.year - min_age) - datetime.timedelta(days=1)
        earliest = REF_DATE.replace(year=REF_DATE.year - max_age - 1) + datetime.timedelta(days=1)
        return self.date_between(earliest, latest)

    def dob_for_age(self, age: int) -> datetime.date:
        return self.dob(age, age)

    def recent(self, days_back: int = 120, days_fwd: int = 0) -> datetime.date:
        return self.date_between(REF_DATE - datetime.timedelta(days=days_back),
                                 REF_DATE + datetime.timedelta(days=days_fwd))

    def old_age(self) -> int:
        return self.r.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104))

    def young_age(self) -> int:
        return self.r.randint(19, 88)

    # -- government / tax ids ----------------------------------------------
    def ssn(self, sep: str = "-") -> str:
        while True:
            area = self.r.randint(1, 899)
            if area != 666:
                break
        d = "%03d%02d%04d" % (area, self.r.randint(1, 99), self.r.randint(1, 9999))
        return d[:3] + sep + d[3:5] + sep + d[5:]

    def itin(self, sep: str = "-") -> str:
        g = self.pick(sorted(ITIN_GROUPS))
        d = "9%s%02d%04d" % (self.digits(2), g, self.r.randint(1, 9999))
        return d[:3] + sep + d[3:5] + sep + d[5:]

    def driver_license(self, state: str | None = None) -> tuple[str, str]:
        """(state, number) in that state's layout."""
        state = state or self.pick(("CA", "NY", "FL", "TX", "IL", "WA", "PA", "MI", "OH", "NJ"))
        L = self.pick(string.ascii_uppercase)
        if state == "CA":
            v = L + self.digits(7)
        elif state == "NY":
            v = self.pick((self.digits(9), "%s %s %s" % (self.digits(3), self.digits(3), self.digits(3))))
        elif state == "FL":
            v = "%s%s-%s-%s-%s-%s" % (L, self.digits(3), self.digits(3), self.digits(2), self.digits(3),
                                      self.digits(1))
        elif state == "TX":
            v = self.digits(8)
        elif state == "IL":
            v = "%s%s-%s-%s" % (L, self.digits(3), self.digits(4), self.digits(4))
        elif state == "WA":
            v = "WDL" + self.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 9)
        elif state == "PA":
            v = "%s %s %s" % (self.digits(2), self.digits(3), self.digits(3))
        elif state == "MI":
            v = "%s %s %s %s %s" % (L, self.digits(3), self.digits(3), self.digits(3), self.digits(3))
        elif state == "OH":
            v = self.pick(string.ascii_uppercase) + self.pick(string.ascii_uppercase) + self.digits(6)
        elif state == "NJ":
            v = L + self.digits(14)
        else:
            raise ValueError(state)
        return state, v

    def passport(self) -> str:
        return self.pick((self.pick("ACEFHJ") + self.digits(8), str(self.r.randint(1, 9)) + self.digits(8)))

    # -- healthcare ids -------------------------------------------------------
    def mrn(self) -> str:
        return self.pick((self.digits(8), "00" + self.digits(6), "E" + self.digits(7), self.digits(7),
                          "MR" + self.digits(6), "%s-%s" % (self.digits(3), self.digits(4))))

    def npi(self) -> str:
        base = self.pick("12") + self.digits(8)
        return luhn_complete("80840" + base)[5:]

    def dea(self, last_name: str | None = None) -> str:
        first = self.pick("ABFGM")
        initial = _ascii(last_name or self.last())[0].upper() if self.chance(0.85) else "9"
        six = self.digits(6)
        return first + initial + six + dea_check_digit(six)

    def mbi(self, dashed: bool = False) -> str:
        A = MBI_ALPHA
        AN = MBI_ALPHA + "0123456789"
        v = (self.pick("123456789") + self.pick(A) + self.pick(AN) + self.digits(1) + self.pick(A)
             + self.pick(AN) + self.digits(1) + self.pick(A) + self.pick(A) + self.digits(2))
        return v[:4] + "-" + v[4:7] + "-" + v[7:] if dashed else v

    def health_plan_id(self) -> str:
        return self.pick((
            self.chars(string.ascii_uppercase, 3) + self.digits(9),
            "W" + self.digits(9),
            "ZG" + self.pick(string.ascii_uppercase) + self.digits(8) + "01",
            self.digits(9) + "-01",
            "M" + self.digits(8),
            self.chars(string.ascii_uppercase, 2) + self.digits(7) + "-00",
        ))

    # -- payment --------------------------------------------------------------
    def card(self, brand: str | None = None, fmt: str | None = None) -> tuple[str, str]:
        """(brand, formatted PAN)."""
        brand = brand or self.pick(("visa", "visa", "mastercard", "mastercard", "amex", "discover",
                                    "jcb", "diners"))
        if brand == "visa":
            d = luhn_complete("4" + self.digits(14))
        elif brand == "mastercard":
            if self.chance(0.3):
                d = luhn_complete(str(self.r.randint(2221, 2720)) + self.digits(11))
            else:
                d = luhn_complete("5" + self.pick("12345") + self.digits(13))
        elif brand == "amex":
            d = luhn_complete(self.pick(("34", "37")) + self.digits(12))
        elif brand == "discover":
            d = luhn_complete(self.pick(("6011", "6550", "6442", "6011")) + self.digits(11))
        elif brand == "jcb":
            d = luhn_complete(str(self.r.randint(3528, 3589)) + self.digits(11))
        elif brand == "diners":
            d = luhn_complete("36" + self.digits(11))
        else:
            raise ValueError(brand)
        assert card_valid(d), d
        fmt = fmt or self.pick(("space", "space", "dash", "plain"))
        return brand, format_pan(d, fmt)

    def cvv(self, brand: str) -> str:
        return self.digits(4) if brand == "amex" else self.digits(3)

    def expiry(self) -> str:
        return "%02d/%02d" % (self.r.randint(1, 12), self.r.randint(25, 30))

    def track1(self, first: str, last: str) -> str:
        _, pan = self.card(self.pick(("visa", "mastercard")), "plain")
        yymm = "%02d%02d" % (self.r.randint(25, 29), self.r.randint(1, 12))
        name = ("%s/%s" % (_ascii(last), _ascii(first))).upper().replace(" ", "")
        return "%%B%s^%s^%s%s%s?" % (pan, name, yymm, self.pick(("101", "201", "121")),
                                       self.digits(self.r.randint(10, 16)))

    def track2(self) -> str:
        _, pan = self.card(self.pick(("visa", "mastercard", "discover")), "plain")
        yymm = "%02d%02d" % (self.r.randint(25, 29), self.r.randint(1, 12))
        return ";%s=%s%s%s?" % (pan, yymm, self.pick(("101", "201", "221")), self.digits(self.r.randint(8, 13)))

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        country = country or self.pick(tuple(IBAN_SPECS))
        length, layout = IBAN_SPECS[country]
        bban = ""
        for n, kind in re.findall(r"(\d+)([nac])", layout):
            n = int(n)
            if kind == "n":
                bban += self.digits(n)
            elif kind == "a":
                bban += self.chars(string.ascii_uppercase, n)
            else:
                bban += self.chars(UPPER_ALNUM, n)
        check = 98 - _iban_numeric(bban + country + "00") % 97
        v = "%s%02d%s" % (country, check, bban)
        assert len(v) == length and iban_valid(v), v
        if grouped is None:
            grouped = self.chance(0.6)
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v

    def routing(self) -> str:
        while True:
            d = "%02d" % self.pick(ABA_PREFIXES) + self.digits(6)
            for c in "0123456789":
                if aba_valid(d + c):
                    return d + c

    def bank_account(self) -> str:
        return self.digits(self.pick((8, 9, 10, 10, 11, 12, 14)))

    def swift(self, country: str | None = None, branch: bool | None = None) -> str:
        country = country or self.pick(("DE", "GB", "FR", "ES", "IT", "NL", "CH", "US", "JP", "SG", "IE"))
        bank = self.chars("ABCDEFGHIJKLMNPRSTUVWXYZ", 4)
        loc = self.pick("ABCDEFGHJKLMNPRSTUVWXYZ23456789") + self.pick("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
        if branch is None:
            branch = self.chance(0.4)
        v = bank + country + loc + (self.pick(("XXX", self.chars(UPPER_ALNUM, 3))) if branch else "")
        assert SWIFT_RE.fullmatch(v), v
        return v

    # -- secrets --------------------------------------------------------------
    def api_key(self, kind: str | None = None) -> str:
        kind = kind or self.pick(("openai", "anthropic", "aws", "github", "github_pat", "slack", "stripe",
                                  "google", "gitlab", "hf", "sendgrid", "npm"))
        c = self.chars
        if kind == "openai":
            return "sk-proj-" + c(ALNUM + "-_", 64) + "T3BlbkFJ" + c(ALNUM + "-_", 20)
        if kind == "openai_legacy":
            return "sk-" + c(ALNUM, 20) + "T3BlbkFJ" + c(ALNUM, 20)
        if kind == "anthropic":
            return "sk-ant-api03-" + c(ALNUM + "-_", 93) + "AA"
        if kind == "aws":
            return "AKIA" + c("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        if kind == "github":
            return "ghp_" + c(ALNUM, 36)
        if kind == "github_pat":
            return "github_pat_11" + c(UPPER_ALNUM, 20) + "_" + c(ALNUM, 59)
        if kind == "slack":
            return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), c(ALNUM, 24))
        if kind == "stripe":
            return self.pick(("sk_live_", "rk_live_")) + c(ALNUM, 24) + (c(ALNUM, 75) if self.chance(0.5) else "")
        if kind == "stripe_webhook":
            return "whsec_" + c(ALNUM, 32)
        if kind == "google":
            return "AIza" + c(ALNUM + "-_", 35)
        if kind == "gitlab":
            return "glpat-" + c(ALNUM + "-_", 20)
        if kind == "hf":
            return "hf_" + c(string.ascii_letters, 34)
        if kind == "sendgrid":
            return "SG." + c(ALNUM + "-_", 22) + "." + c(ALNUM + "-_", 43)
        if kind == "npm":
            return "npm_" + c(ALNUM, 36)
        raise ValueError(kind)

    def aws_secret(self) -> str:
        return self.chars(ALNUM + "/+", 40)

    def generic_secret(self, kind: str | None = None) -> str:
        kind = kind or self.pick(("hex64", "hex32", "b64", "alnum40", "django"))
        if kind == "hex64":
            return self.chars(HEX, 64)
        if kind == "hex32":
            return self.chars(HEX, 32)
        if kind == "b64":
            return self.chars(B64, 43) + "="
        if kind == "alnum40":
            return self.chars(ALNUM, 40)
        if kind == "django":
            return "django-insecure-" + self.chars(string.ascii_lowercase + string.digits + "!^&*(-_=+)", 50)
        if kind == "aws":
            return self.aws_secret()
        raise ValueError(kind)

    def jwt(self, sub: str | None = None) -> str:
        alg = self.pick(("HS256", "RS256", "ES256"))
        head = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            head["kid"] = self.chars(ALNUM, 10)
        iat = 1718000000 + self.r.randint(0, 400000)
        body = {"sub": sub or ("usr_" + self.chars(ALNUM, 12)), "iat": iat, "exp": iat + 3600,
                "scope": self.pick(("read:records", "openid profile", "claims:write", "admin"))}
        sig_len = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
        return _b64url(head) + "." + _b64url(body) + "." + self.chars(B64URL, sig_len)

    def private_key(self, kind: str | None = None, nl: str = "\n") -> str:
        kind = kind or self.pick(("EC", "OPENSSH", "PKCS8", "RSA"))
        if kind == "EC":
            label, lead, lines = "EC PRIVATE KEY", "MHcCAQEEI", 3
        elif kind == "OPENSSH":
            label, lead, lines = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 5
        elif kind == "PKCS8":
            label, lead, lines = "PRIVATE KEY", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 3
        else:
            label, lead, lines = "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 6
        width = 70 if kind == "OPENSSH" else 64
        body = lead + self.chars(B64, width * lines - len(lead) - self.r.randint(8, 30))
        rows = [body[i:i + width] for i in range(0, len(body), width)]
        return nl.join(["-----BEGIN %s-----" % label] + rows + ["-----END %s-----" % label])

    def password(self) -> str:
        w1 = self.pick(("Maple", "Harbor", "Falcon", "Copper", "Tundra", "Velvet", "Orchid", "Granite",
                        "Saffron", "Juniper", "Cobalt", "Lantern", "Meadow", "Quartz"))
        w2 = self.pick(("river", "moon", "stack", "brick", "otter", "piano", "cloud", "ember", "fjord"))
        sym = self.pick("!#$%&*?")
        return self.pick((
            w1 + sym + w2.capitalize() + self.digits(2),
            w1.lower() + "-" + w2 + "-" + self.digits(3),
            self.chars(ALNUM, 6) + sym + self.chars(ALNUM, 6),
            w1 + self.digits(4) + sym,
            "P@ss" + w2 + self.digits(3) + sym,
            w2.capitalize() + "_" + w1 + "_" + self.digits(2) + sym,
        ))

    def pin(self) -> str:
        return self.digits(self.pick((4, 6)))

    # -- devices and vehicles -------------------------------------------------
    def imei(self) -> str:
        tac = self.pick(("35", "86", "01", "35", "49")) + self.digits(6)
        return luhn_complete(tac + self.digits(6))

    def mac(self, sep: str = ":") -> str:
        octets = [self.r.randint(0, 255) for _ in range(6)]
        octets[0] &= 0xFC  # unicast, globally administered shape
        return sep.join("%02X" % o for o in octets)

    def device_serial(self) -> str:
        return self.pick((
            "PMP" + self.digits(7) + self.pick("HKLM"),
            "C02" + self.chars("ABCDEFGHJKLMNPQRTVWXY0123456789", 9),
            "R5" + self.chars("ABCDEFGHJKLMNPQRTVWXY0123456789", 9),
            "SN" + self.digits(4) + "-" + self.chars("ABCDEFGHJKLMNPQRTVWXY0123456789", 6),
            "F" + self.chars("ABCDEFGHJKLMNPQRTVWXY0123456789", 11),
        ))

    def android_id(self) -> str:
        return self.chars(HEX, 16)

    def vin(self) -> str:
        wmi = self.pick(("1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "KMH", "1C4", "4T1", "1G1", "JN1",
                         "WVW", "5NP", "2HG"))
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        vds = self.chars(al, 5)
        year = self.pick("GHJKLMNPRS")
        plant = self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1)
        serial = self.digits(6)
        partial = wmi + vds + "0" + year + plant + serial
        chk = vin_check_char(partial)
        v = wmi + vds + chk + year + plant + serial
        assert vin_valid(v), v
        return v

    # -- network ----------------------------------------------------------------
    def ipv4(self, kind: str | None = None) -> str:
        kind = kind or self.pick(("private10", "private192", "private172", "doc1", "doc2", "doc3"))
        r = self.r.randint
        if kind == "private10":
            return "10.%d.%d.%d" % (r(0, 255), r(0, 255), r(1, 254))
        if kind == "private192":
            return "192.168.%d.%d" % (r(0, 255), r(1, 254))
        if kind == "private172":
            return "172.%d.%d.%d" % (r(16, 31), r(0, 255), r(1, 254))
        if kind == "doc1":
            return "192.0.2.%d" % r(1, 254)
        if kind == "doc2":
            return "198.51.100.%d" % r(1, 254)
        if kind == "doc3":
            return "203.0.113.%d" % r(1, 254)
        raise ValueError(kind)

    def ipv6(self) -> str:
        return "2001:db8:%x:%x::%x" % (self.r.randint(1, 0xFFFF), self.r.randint(0, 0xFFFF),
                                       self.r.randint(1, 0xFFFF))

    def url(self, host: str | None = None, path: str | None = None) -> str:
        host = host or self.pick(("portal.example.com", "myhealth.example.org", "files.example.net",
                                  "intranet.example.com", "docs.example.org", "pay.example.com",
                                  "share.contoso.example", "app.northwind.example"))
        path = path if path is not None else self.pick((
            "/patients/%s/chart" % self.digits(6), "/s/%s" % self.chars(ALNUM, 10),
            "/invoices/%s" % self.digits(7), "/reset?token=%s" % self.chars(HEX, 12),
            "/u/%s/profile" % self.chars(string.ascii_lowercase, 7), "/forms/intake",
            "/docs/%s.pdf" % self.chars(string.ascii_lowercase, 8)))
        return "https://" + host + path

    def hex_id(self, n: int) -> str:
        return self.chars(HEX, n)

    def uuid(self) -> str:
        h = self.chars(HEX, 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.pick("89ab"), h[17:20], h[20:32])


def format_pan(d: str, fmt: str) -> str:
    if fmt == "plain":
        return d
    sep = " " if fmt == "space" else "-"
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    elif len(d) == 14:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(groups)


def _ascii(s: str) -> str:
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_date(d: datetime.date, style: str) -> str:
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == "abbr":
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "de":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "de_long":
        return "%d. %s %d" % (d.day, MONTHS_DE[d.month - 1], d.year)
    if style == "eu":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MONTHS_ES[d.month - 1], d.year)
    if style == "fr":
        return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    if style == "it":
        return "%d %s %d" % (d.day, MONTHS_IT[d.month - 1], d.year)
    if style == "dmy_dash":
        return "%02d-%s-%d" % (d.day, MONTHS_EN[d.month - 1][:3].upper(), d.year)
    raise ValueError(style)


def age_on(dob: datetime.date, day: datetime.date = REF_DATE) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# assembling a text from pieces
# ---------------------------------------------------------------------------

_SLOT = re.compile(r"\{\{(?:([A-Z_]+):)?(\w+)\}\}")


def fill(template: str, **kw) -> list:
    """Turn ``"Name: {{PERSON:pt}}, ward {{ward}}"`` into pieces.

    ``{{TYPE:key}}`` becomes a labeled piece ``(TYPE, kw[key])``; ``{{key}}`` inserts
    ``kw[key]`` as plain text (or splices it when it is itself a list of pieces).
    """
    out: list = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            out.append(template[pos:m.start()])
        etype, key = m.group(1), m.group(2)
        val = kw[key]
        if etype:
            if etype not in ENTITY_TYPES:
                raise ValueError("unknown entity type %r in template" % etype)
            out.append((etype, str(val)))
        elif isinstance(val, list):
            out.extend(val)
        else:
            out.append(str(val))
        pos = m.end()
    if pos < len(template):
        out.append(template[pos:])
    return out


def assemble(pieces) -> tuple[str, list]:
    """Concatenate pieces; spans are recorded from the piece boundaries."""
    text: list[str] = []
    spans: list[dict] = []
    pos = 0
    for p in pieces:
        if isinstance(p, str):
            text.append(p)
            pos += len(p)
            continue
        etype, value = p
        if etype not in ENTITY_TYPES:
            raise ValueError(etype)
        if not value or value != value.strip():
            raise ValueError("bad gold value %r" % (value,))
        spans.append({"start": pos, "end": pos + len(value), "entity_type": etype})
        text.append(value)
        pos += len(value)
    return "".join(text), spans
