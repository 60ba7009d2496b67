"""Synthetic value generators for the detection corpus (stdlib only).

Every generator takes ``(rng, ctx, key)`` and returns either a string or a list
of ``(text, label_or_None)`` segments (for composite values such as an address
line followed by a ZIP code).  ``ctx`` is a per-record dict, ``key`` ties
several placeholders of one record to the same underlying value (one person's
first name, last name and e-mail address, for example).

All identifiers are synthetic but *valid*: checksums (Luhn, NPI, DEA, ABA,
IBAN mod-97, VIN) are computed, formats follow the issuing authority's rules.
Names are hand-written, from many origins; domains are example.* only.
"""

from __future__ import annotations

import base64
import json
import string

# ---------------------------------------------------------------------------
# Hand-written name lists (fictional combinations; many origins)
# ---------------------------------------------------------------------------

FIRST_NAMES = [
    "Amara", "Chidi", "Ngozi", "Oluwaseun", "Kwame", "Abena", "Aisha", "Fatima",
    "Omar", "Yusuf", "Layla", "Hassan", "Priya", "Arjun", "Ananya", "Rohan",
    "Deepika", "Vikram", "Mei", "Wei", "Xiaoling", "Hiroshi", "Yuki", "Haruto",
    "Sakura", "Min-jun", "Seo-yeon", "Ji-ho", "Thanh", "Linh", "Minh", "Maria",
    "José", "Alejandro", "Camila", "Valentina", "Diego", "Lucía", "Mateo",
    "Sofía", "João", "Beatriz", "Giulia", "Luca", "Francesca", "Matteo", "Sven",
    "Ingrid", "Lars", "Astrid", "Freya", "Niamh", "Siobhan", "Ciaran", "Aoife",
    "Dmitri", "Olga", "Anastasia", "Katarzyna", "Piotr", "Zofia", "Ahmet",
    "Elif", "Mehmet", "Zeynep", "Tamar", "Eitan", "Noa", "Rahul", "Sunita",
    "Emeka", "Chioma", "Tendai", "Thandiwe", "Sipho", "Kofi", "Michael",
    "Jennifer", "David", "Sarah", "Robert", "Emily", "Christopher", "Ashley",
    "Daniel", "Megan", "Andrew", "Rachel", "Joshua", "Hannah", "Tyler",
    "Brianna", "Kevin", "Patricia", "Gregory", "Dolores", "Harold", "Eleanor",
    "Walter", "Margaret", "Ruth", "Leonard", "Marisol", "Esperanza", "Tomasz",
    "Agnieszka", "Bjorn", "Keanu", "Leilani", "Nalani", "Rajesh", "Lakshmi",
]

LAST_NAMES = [
    "Okafor", "Adeyemi", "Mensah", "Owusu", "Nwosu", "Abubakar", "Haddad",
    "Al-Sayed", "Khalil", "Rahman", "Hussain", "Patel", "Sharma", "Iyer",
    "Reddy", "Chatterjee", "Gupta", "Chen", "Wang", "Zhang", "Liu", "Tanaka",
    "Sato", "Nakamura", "Kim", "Park", "Choi", "Nguyen", "Tran", "Pham",
    "Garcia", "Rodriguez", "Hernández", "Lopez", "Martínez", "Gonzalez",
    "Silva", "Santos", "Oliveira", "Rossi", "Bianchi", "Esposito", "Romano",
    "Andersson", "Johansson", "Lindqvist", "Nielsen", "Hansen", "O'Brien",
    "Murphy", "Kelly", "Byrne", "McCarthy", "Ivanov", "Petrov", "Smirnova",
    "Kowalski", "Nowak", "Wiśniewska", "Yılmaz", "Demir", "Kaya", "Cohen",
    "Levi", "Friedman", "Mizrahi", "Müller", "Schmidt", "Schneider", "Fischer",
    "Weber", "Dubois", "Moreau", "Laurent", "Lefebvre", "Smith", "Johnson",
    "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Thompson", "Harris", "Clark", "Robinson", "Walker", "Wright", "Torres",
    "Mitchell", "Roberts", "Campbell", "Parker", "Evans", "Edwards", "Collins",
    "Stewart", "Morris", "Rogers", "Richardson", "Ramirez", "García-López",
    "van der Berg", "De Souza", "Kahananui", "Whitehorse", "Balogun",
    "Castellanos", "Oyelaran", "Szymański", "Kristiansen", "Mahlangu",
]

MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"

STREETS = [
    "Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Jefferson",
    "Highland", "Sunset", "Lakeview", "Mill Creek", "Hawthorne", "Magnolia",
    "Peachtree", "Juniper", "Willow Bend", "Riverside", "Chestnut", "Sycamore",
    "Martin Luther King Jr", "Cherry Hill", "Prospect", "Harbor View",
    "Old Mill", "Briarwood", "Aspen Ridge", "Dogwood", "Pinecrest", "3rd",
    "42nd", "Fairview", "Quail Run", "Orchard", "Stonebridge",
]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive",
            "Ln", "Lane", "Ct", "Way", "Pl", "Terrace", "Pkwy", "Cir"]
DIRECTIONALS = ["N", "S", "E", "W", "NE", "SW"]
UNITS = ["Apt 4B", "Apt. 1102", "Unit 12", "Suite 300", "#7", "Apt 2R", "Unit C",
         "Apt 17"]

CITIES = [
    ("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
    ("Tacoma", "WA", "984"), ("Fresno", "CA", "937"), ("Boise", "ID", "837"),
    ("Dayton", "OH", "454"), ("Savannah", "GA", "314"), ("Albany", "NY", "122"),
    ("Tucson", "AZ", "857"), ("Omaha", "NE", "681"), ("Raleigh", "NC", "276"),
    ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Madison", "WI", "537"),
    ("Baton Rouge", "LA", "708"), ("Worcester", "MA", "016"), ("Reno", "NV", "895"),
    ("Newark", "NJ", "071"), ("Pittsburgh", "PA", "152"), ("Ann Arbor", "MI", "481"),
    ("Santa Fe", "NM", "875"),
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

AREA_CODES = ["212", "312", "415", "617", "206", "713", "404", "303", "503",
              "612", "214", "202", "305", "702", "919", "614", "517", "808"]

EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com",
                 "clinic.example.org", "bank.example.com", "corp.example.net"]

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
B64URL = string.ascii_letters + string.digits + "-_"


# ---------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------

def luhn_check_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return len(digits) > 1 and luhn_check_digit("".join(digits[:-1])) == digits[-1]


def dea_check_digit(six: str) -> str:
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def aba_check_digit(eight: str) -> str:
    d = [int(c) for c in eight]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return str((-s) % 10)


def aba_valid(nine: str) -> bool:
    d = [int(c) for c in nine]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return "%02d" % (98 - int(numeric) % 97)


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_TRANSLIT = dict(zip("ABCDEFGH", range(1, 9)))
_VIN_TRANSLIT.update(dict(zip("JKLMN", range(1, 6))))
_VIN_TRANSLIT.update({"P": 7, "R": 9})
_VIN_TRANSLIT.update(dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin17: str) -> str:
    total = 0
    for ch, w in zip(vin17, _VIN_WEIGHTS):
        v = int(ch) if ch.isdigit() else _VIN_TRANSLIT[ch]
        total += v * w
    r = total % 11
    return "X" if r == 10 else str(r)


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chars(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _person(rng, ctx, key):
    slot = "person:" + (key or "_anon_%d" % len(ctx))
    if key is None or slot not in ctx:
        p = {
            "first": rng.choice(FIRST_NAMES),
            "last": rng.choice(LAST_NAMES),
            "mi": rng.choice(MIDDLE_INITIALS),
        }
        if key is None:
            return p
        ctx[slot] = p
    return ctx[slot]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# ---------------------------------------------------------------------------
# PERSON
# ---------------------------------------------------------------------------

def g_full(rng, ctx, key):
    p = _person(rng, ctx, key)
    return "%s %s" % (p["first"], p["last"])


def g_first(rng, ctx, key):
    return _person(rng, ctx, key)["first"]


def g_last(rng, ctx, key):
    return _person(rng, ctx, key)["last"]


def g_fml(rng, ctx, key):
    p = _person(rng, ctx, key)
    return "%s %s. %s" % (p["first"], p["mi"], p["last"])


def g_lastfirst(rng, ctx, key):
    p = _person(rng, ctx, key)
    return "%s, %s" % (p["last"], p["first"])


def g_upper(rng, ctx, key):
    p = _person(rng, ctx, key)
    return ("%s %s" % (p["first"], p["last"])).upper()


def g_hl7name(rng, ctx, key):
    p = _person(rng, ctx, key)
    return "%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["mi"])


def _ascii_slug(s: str) -> str:
    table = str.maketrans("áéíóúñçãüöäšśńıłźżćęąÁÉÍÓÚÜÖÄŠŚ", "aeiouncauoassniłzzceaAEIOUUOASS")
    s = s.translate(table).replace("ł", "l")
    return "".join(c for c in s.lower() if c.isalnum())


def g_pemail(rng, ctx, key):
    p = _person(rng, ctx, key)
    first, last = _ascii_slug(p["first"]), _ascii_slug(p["last"])
    style = rng.randrange(4)
    local = [first + "." + last, first[0] + last, first + "_" + last + _digits(rng, 2),
             last + "." + first[0] + "+" + rng.choice(["billing", "portal", "rx"])][style]
    return local + "@" + rng.choice(EMAIL_DOMAINS)


def g_email(rng, ctx, key):
    return g_pemail(rng, {}, None)


# ---------------------------------------------------------------------------
# Government ids
# ---------------------------------------------------------------------------

def _ssn_parts(rng):
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    return "%03d" % area, "%02d" % rng.randrange(1, 100), "%04d" % rng.randrange(1, 10000)


def g_ssn(rng, ctx, key):
    a, g, s = _ssn_parts(rng)
    sep = rng.choice(["-", "-", "-", " "])
    return a + sep + g + sep + s


def g_ssn_dash(rng, ctx, key):
    a, g, s = _ssn_parts(rng)
    return "%s-%s-%s" % (a, g, s)


def g_ssn_bare(rng, ctx, key):
    return "".join(_ssn_parts(rng))


def g_ssn_nbhyphen(rng, ctx, key):  # U+2011 non-breaking hyphen
    return "\u2011".join(_ssn_parts(rng))


def g_ssn_endash(rng, ctx, key):  # U+2013 en dash
    return "\u2013".join(_ssn_parts(rng))


def g_ssn_zwj(rng, ctx, key):  # zero-width joiners between every digit group char
    a, g, s = _ssn_parts(rng)
    raw = a + "-" + g + "-" + s
    return "\u200d".join(raw[i:i + 2] for i in range(0, len(raw), 2))


def g_ssn_fullwidth(rng, ctx, key):
    raw = "-".join(_ssn_parts(rng))
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in raw)


def g_itin(rng, ctx, key):
    return "9%02d-%d-%04d" % (rng.randrange(0, 100), rng.randrange(70, 89), rng.randrange(0, 10000))


def g_passport(rng, ctx, key):
    if rng.random() < 0.5:
        return rng.choice("ACEHKNPRSX") + _digits(rng, 8)
    return str(rng.randrange(1, 10)) + _digits(rng, 8)


def g_dl(rng, ctx, key):
    style = rng.randrange(5)
    if style == 0:  # CA
        return rng.choice(string.ascii_uppercase) + _digits(rng, 7)
    if style == 1:  # NY
        return "%s %s %s" % (_digits(rng, 3), _digits(rng, 3), _digits(rng, 3))
    if style == 2:  # TX
        return _digits(rng, 8)
    if style == 3:  # FL
        return "%s%s-%s-%s-%s-%s" % (rng.choice(string.ascii_uppercase), _digits(rng, 3),
                                     _digits(rng, 3), _digits(rng, 2), _digits(rng, 3), _digits(rng, 1))
    return rng.choice(string.ascii_uppercase) + _digits(rng, 11)  # IL


def g_vin(rng, ctx, key):
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JHM", "WBA", "KNA", "1G1", "4T1"])
    vds = _chars(rng, VIN_CHARS, 5)
    year = rng.choice("LMNPRSTVWXY123456789")
    plant = _chars(rng, VIN_CHARS, 1)
    serial = _digits(rng, 6)
    vin = wmi + vds + "0" + year + plant + serial
    return vin[:8] + vin_check_char(vin) + vin[9:]


# ---------------------------------------------------------------------------
# Health
# ---------------------------------------------------------------------------

def g_npi(rng, ctx, key):
    payload = rng.choice("12") + _digits(rng, 8)
    return payload + luhn_check_digit("80840" + payload)


def g_dea(rng, ctx, key):
    last = _person(rng, ctx, key)["last"] if key else rng.choice(LAST_NAMES)
    second = _ascii_slug(last)[0].upper()
    six = _digits(rng, 6)
    return rng.choice("ABFGM") + second + six + dea_check_digit(six)


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"
_MBI_AN = _MBI_A + string.digits


def g_mbi(rng, ctx, key):
    s = (rng.choice("123456789") + rng.choice(_MBI_A) + rng.choice(_MBI_AN) + rng.choice(string.digits)
         + rng.choice(_MBI_A) + rng.choice(_MBI_AN) + rng.choice(string.digits)
         + rng.choice(_MBI_A) + rng.choice(_MBI_A) + rng.choice(string.digits) + rng.choice(string.digits))
    if rng.random() < 0.3:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def g_mrn8(rng, ctx, key):
    return "00" + _digits(rng, 6)


def g_mrn7(rng, ctx, key):
    return str(rng.randrange(1, 10)) + _digits(rng, 6)


def g_mrn_alpha(rng, ctx, key):
    return rng.choice("ABEHKMT") + _digits(rng, 7)


def g_mrn(rng, ctx, key):
    return rng.choice([g_mrn8, g_mrn7, g_mrn_alpha])(rng, ctx, key)


def g_member(rng, ctx, key):
    style = rng.randrange(4)
    if style == 0:
        return _chars(rng, string.ascii_uppercase, 3) + _digits(rng, 9)
    if style == 1:
        return "W" + _digits(rng, 9)
    if style == 2:
        return _chars(rng, string.ascii_uppercase, 3) + _digits(rng, 8) + "-0" + str(rng.randrange(1, 4))
    return "M" + _digits(rng, 10)


# ---------------------------------------------------------------------------
# Finance
# ---------------------------------------------------------------------------

def _card_digits(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        prefix, length = "4", 16
    elif brand == "mc":
        prefix, length = str(rng.randrange(51, 56)), 16
    elif brand == "mc2":
        prefix, length = str(rng.randrange(2221, 2721)), 16
    elif brand == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    else:
        prefix, length = rng.choice(["6011", "65", str(rng.randrange(644, 650))]), 16
    payload = prefix + _digits(rng, length - 1 - len(prefix))
    return payload + luhn_check_digit(payload)


def _format_card(num, sep):
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def g_card(rng, ctx, key):
    num = _card_digits(rng)
    if key:
        ctx["card:" + key] = num
    return _format_card(num, rng.choice([" ", "-", ""]))


def g_card_amex(rng, ctx, key):
    return _format_card(_card_digits(rng, "amex"), rng.choice([" ", "-"]))


def g_card_compact(rng, ctx, key):
    return _card_digits(rng)


def g_card_zwj(rng, ctx, key):
    num = _card_digits(rng, "visa")
    return "\u200d".join(num[i:i + 4] for i in range(0, 16, 4))


def g_card_fullwidth(rng, ctx, key):
    num = _format_card(_card_digits(rng, "mc"), " ")
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in num)


def g_last4(rng, ctx, key):
    return _digits(rng, 4)


def g_cvv(rng, ctx, key):
    return _digits(rng, 3)


def g_cvv4(rng, ctx, key):
    return _digits(rng, 4)


_IBAN_SPECS = {
    "DE": lambda r: _digits(r, 18),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _digits(r, 14),
    "FR": lambda r: _digits(r, 23),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + _digits(r, 10),
    "ES": lambda r: _digits(r, 20),
    "IT": lambda r: r.choice("ABCDEFX") + _digits(r, 10) + _chars(r, string.digits + "ABCX", 12),
    "BE": lambda r: _digits(r, 12),
    "CH": lambda r: _digits(r, 17),
    "AT": lambda r: _digits(r, 16),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _digits(r, 14),
}
IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16,
                "CH": 21, "AT": 20, "IE": 22}


def g_iban(rng, ctx, key):
    country = rng.choice(sorted(_IBAN_SPECS))
    bban = _IBAN_SPECS[country](rng)
    iban = country + iban_check(country, bban) + bban
    assert len(iban) == IBAN_LENGTHS[country]
    if rng.random() < 0.55:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def g_routing(rng, ctx, key):
    first2 = rng.choice(["%02d" % n for n in list(range(1, 13)) + list(range(21, 33))
                         + list(range(61, 73))] + ["80"])
    eight = first2 + _digits(rng, 6)
    return eight + aba_check_digit(eight)


_SWIFT_BANKS = [("CHAS", "US"), ("BOFA", "US"), ("DEUT", "DE"), ("BNPA", "FR"),
                ("HSBC", "GB"), ("NWBK", "GB"), ("INGB", "NL"), ("UBSW", "CH"),
                ("CITI", "US"), ("RABO", "NL"), ("COBA", "DE"), ("SOGE", "FR"),
                ("BSCH", "ES"), ("UNCR", "IT"), ("AIBK", "IE"), ("KRED", "BE")]


def g_swift(rng, ctx, key):
    bank, cc = rng.choice(_SWIFT_BANKS)
    loc = rng.choice(["33", "FF", "2L", "22", "MM", "2A", "3N", "MX"])
    code = bank + cc + loc
    if rng.random() < 0.4:
        code += rng.choice(["XXX", "500", "NYC", "B01"])
    return code


def g_account(rng, ctx, key):
    return _digits(rng, rng.choice([8, 9, 10, 10, 12, 14, 17]))


# ---------------------------------------------------------------------------
# Contact / network
# ---------------------------------------------------------------------------

def _us_phone_parts(rng):
    area = rng.choice(AREA_CODES)
    if rng.random() < 0.4:
        return area, "555", "01%02d" % rng.randrange(0, 100)
    while True:
        exch = str(rng.randrange(2, 10)) + _digits(rng, 2)
        if exch[1:] != "11" and exch != "555":
            break
    return area, exch, _digits(rng, 4)


def g_phone(rng, ctx, key):
    a, e, l = _us_phone_parts(rng)
    style = rng.randrange(6)
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
            "1 (%s) %s-%s"][style] % (a, e, l)


def g_phone_intl(rng, ctx, key):
    style = rng.randrange(5)
    if style == 0:
        return "+44 20 7946 0%s" % _digits(rng, 3)
    if style == 1:
        return "+44 %s %s" % (rng.choice(["7400", "7456", "7823", "7912"]), _digits(rng, 6))
    if style == 2:
        return "+49 30 %s" % (str(rng.randrange(2, 10)) + _digits(rng, 7))
    if style == 3:
        return "+49 151 %s" % _digits(rng, 8)
    return "+33 %d %s %s %s %s" % (rng.choice([1, 6]), _digits(rng, 2), _digits(rng, 2),
                                    _digits(rng, 2), _digits(rng, 2))


def g_phone_any(rng, ctx, key):
    return g_phone_intl(rng, ctx, key) if rng.random() < 0.3 else g_phone(rng, ctx, key)


def g_url(rng, ctx, key):
    host = rng.choice(["portal.example.com", "www.example.org", "records.example.net",
                       "example.com", "app.example.org", "files.example.com"])
    path = rng.choice(["/patients/%s/records" % _digits(rng, 5),
                       "/claims?id=%s" % _digits(rng, 7),
                       "/u/%s/profile" % _chars(rng, string.ascii_lowercase, 6),
                       "/share/%s" % _chars(rng, ALNUM, 12),
                       "/statements/%s.pdf" % _digits(rng, 6),
                       "/reset?token=%s" % _chars(rng, ALNUM, 16)])
    return rng.choice(["https://", "https://", "http://"]) + host + path


def g_ipv4(rng, ctx, key):
    style = rng.randrange(5)
    if style == 0:
        return "203.0.113.%d" % rng.randrange(1, 255)
    if style == 1:
        return "198.51.100.%d" % rng.randrange(1, 255)
    if style == 2:
        return "10.%d.%d.%d" % (rng.randrange(0, 256), rng.randrange(0, 256), rng.randrange(1, 255))
    if style == 3:
        return "192.168.%d.%d" % (rng.randrange(0, 256), rng.randrange(1, 255))
    return "%d.%d.%d.%d" % (rng.randrange(11, 224), rng.randrange(0, 256), rng.randrange(0, 256),
                            rng.randrange(1, 255))


def g_ipv6(rng, ctx, key):
    h = lambda: "%x" % rng.randrange(1, 0x10000)
    style = rng.randrange(3)
    if style == 0:
        return "2001:db8:%s:%s::%s" % (h(), h(), h())
    if style == 1:
        return "2001:0db8:%s:%s:%s:%s:%s:%s" % tuple("%04x" % rng.randrange(0, 0x10000) for _ in range(6))
    return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())


def g_ip(rng, ctx, key):
    return g_ipv6(rng, ctx, key) if rng.random() < 0.3 else g_ipv4(rng, ctx, key)


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------

def _street(rng, upper=False):
    num = str(rng.choice([rng.randrange(1, 100), rng.randrange(100, 1000), rng.randrange(1000, 20000)]))
    parts = [num]
    if rng.random() < 0.2:
        parts.append(rng.choice(DIRECTIONALS))
    parts.append(rng.choice(STREETS))
    parts.append(rng.choice(SUFFIXES))
    s = " ".join(parts)
    return s.upper() if upper else s


def _city(rng, ctx, key):
    slot = "city:" + (key or "")
    if key and slot in ctx:
        return ctx[slot]
    c = rng.choice(CITIES)
    if key:
        ctx[slot] = c
    return c


def _zip_for(rng, prefix):
    z = prefix + _digits(rng, 2)
    if rng.random() < 0.2:
        z += "-" + _digits(rng, 4)
    return z


def g_street(rng, ctx, key):
    """Street line only (number, name, suffix, optional unit)."""
    s = _street(rng)
    if rng.random() < 0.3:
        s += rng.choice([", ", " "]) + rng.choice(UNITS)
    return s


def g_street_upper(rng, ctx, key):
    return _street(rng, upper=True)


def g_addr_full(rng, ctx, key):
    """'12 Oak St, Apt 4B, Austin, TX 78701' -> STREET_ADDRESS + ' ' + US_ZIP_CODE."""
    city, st, pre = _city(rng, ctx, key)
    line = g_street(rng, ctx, None) + ", " + city + ", " + st
    return [(line, "STREET_ADDRESS"), (" ", None), (_zip_for(rng, pre), "US_ZIP_CODE")]


def g_addr_twoline(rng, ctx, key):
    """Street line, newline, 'City, ST ZIP' (city/state on their own line: unlabeled)."""
    city, st, pre = _city(rng, ctx, key)
    return [(g_street(rng, ctx, None), "STREET_ADDRESS"), ("\n%s, %s " % (city, st), None),
            (_zip_for(rng, pre), "US_ZIP_CODE")]


def g_hl7_addr(rng, ctx, key):
    city, st, pre = _city(rng, ctx, key)
    return [(_street(rng, upper=True), "STREET_ADDRESS"), ("^^%s^%s^" % (city.upper(), st), None),
            (_zip_for(rng, pre)[:5], "US_ZIP_CODE")]


def g_city(rng, ctx, key):
    return _city(rng, ctx, key)[0]


def g_state(rng, ctx, key):
    return _city(rng, ctx, key)[1]


def g_zip(rng, ctx, key):
    return _zip_for(rng, _city(rng, ctx, key)[2])


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

def _date(rng, lo, hi):
    return rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29)


def _fmt_date(rng, y, m, d, style=None):
    style = rng.randrange(6) if style is None else style
    if style == 0:
        return "%02d/%02d/%04d" % (m, d, y)
    if style == 1:
        return "%04d-%02d-%02d" % (y, m, d)
    if style == 2:
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if style == 3:
        return "%d %s %d" % (d, MONTHS[m - 1][:3], y)
    if style == 4:
        return "%d/%d/%04d" % (m, d, y)
    return "%s %d, %d" % (MONTHS[m - 1][:3] + ".", d, y) if m != 5 else "May %d, %d" % (d, y)


def g_dob(rng, ctx, key):
    y, m, d = _date(rng, 1931, 2006)
    return _fmt_date(rng, y, m, d)


def g_dob_iso(rng, ctx, key):
    y, m, d = _date(rng, 1931, 2006)
    return _fmt_date(rng, y, m, d, 1)


def g_dob_us(rng, ctx, key):
    y, m, d = _date(rng, 1931, 2006)
    return _fmt_date(rng, y, m, d, 0)


def g_dob_hl7(rng, ctx, key):
    y, m, d = _date(rng, 1931, 2006)
    return "%04d%02d%02d" % (y, m, d)


def g_vdate(rng, ctx, key):
    y, m, d = _date(rng, 2023, 2025)
    return _fmt_date(rng, y, m, d)


def g_vdate_iso(rng, ctx, key):
    y, m, d = _date(rng, 2023, 2025)
    return _fmt_date(rng, y, m, d, 1)


def g_vdate_us(rng, ctx, key):
    y, m, d = _date(rng, 2023, 2025)
    return _fmt_date(rng, y, m, d, 0)


def g_vdate_hl7(rng, ctx, key):
    y, m, d = _date(rng, 2023, 2025)
    return "%04d%02d%02d" % (y, m, d)


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------

def g_key_openai(rng, ctx, key):
    return "sk-" + _chars(rng, ALNUM, 48)


def g_key_openai_proj(rng, ctx, key):
    return "sk-proj-" + _chars(rng, B64URL, 74) + "T3BlbkFJ" + _chars(rng, B64URL, 74)


def g_key_anthropic(rng, ctx, key):
    return "sk-ant-api03-" + _chars(rng, B64URL, 93) + "AA"


def g_key_aws(rng, ctx, key):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + _chars(rng, string.ascii_uppercase + "234567", 16)


def g_aws_secret(rng, ctx, key):
    return _chars(rng, ALNUM + "/+", 40)


def g_key_github(rng, ctx, key):
    if rng.random() < 0.6:
        return "ghp_" + _chars(rng, ALNUM, 36)
    return "github_pat_11" + _chars(rng, UPPER_ALNUM, 20) + "_" + _chars(rng, ALNUM, 59)


def g_key_slack(rng, ctx, key):
    return "xoxb-%s-%s-%s" % (_digits(rng, 12), _digits(rng, 13), _chars(rng, ALNUM, 24))


def g_key_stripe(rng, ctx, key):
    return rng.choice(["sk_live_", "rk_live_"]) + _chars(rng, ALNUM, rng.choice([24, 34, 99]))


def g_key_google(rng, ctx, key):
    return "AIza" + _chars(rng, ALNUM + "-_", 35)


def g_apikey(rng, ctx, key):
    return rng.choice([g_key_openai, g_key_openai_proj, g_key_anthropic, g_key_aws, g_key_github,
                       g_key_slack, g_key_stripe, g_key_google])(rng, ctx, key)


def _pem(rng, nl):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(48 * rng.randrange(4, 9)))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return nl.join(["-----BEGIN %s-----" % kind] + lines + ["-----END %s-----" % kind])


def g_pem(rng, ctx, key):
    return _pem(rng, "\n")


def g_pem_json(rng, ctx, key):
    """PEM block as it appears inside a JSON string literal (escaped newlines)."""
    return _pem(rng, "\\n")


def g_jwt(rng, ctx, key):
    header = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
    payload = {"sub": _digits(rng, 8), "iat": 1700000000 + rng.randrange(10 ** 7),
               "scope": rng.choice(["read", "claims:write", "admin"])}
    sig = bytes(rng.randrange(256) for _ in range(32))
    return ".".join([_b64url(json.dumps(header, separators=(",", ":")).encode()),
                     _b64url(json.dumps(payload, separators=(",", ":")).encode()), _b64url(sig)])


_PW_WORDS = ["Summer", "Falcon", "Maple", "Orchid", "Tiger", "Winter", "Harbor", "Cobalt",
             "Velvet", "Quartz", "Pepper", "Nimbus"]


def g_password(rng, ctx, key):
    style = rng.randrange(3)
    if style == 0:
        return rng.choice(_PW_WORDS) + _digits(rng, rng.choice([2, 4])) + rng.choice("!@#$%*")
    if style == 1:
        return _chars(rng, ALNUM + "!@#$%^*-_", rng.randrange(12, 20))
    return "-".join(rng.choice(_PW_WORDS).lower() for _ in range(3)) + _digits(rng, 1)


# ---------------------------------------------------------------------------
# Unlabeled fillers (hard-negative material)
# ---------------------------------------------------------------------------

def f_order(rng, ctx, key):
    return rng.choice(["ORD-%d-%s" % (rng.randrange(2022, 2026), _digits(rng, 6)),
                       "#%s" % _digits(rng, 7), "SO%s" % _digits(rng, 8)])


def f_invoice(rng, ctx, key):
    return rng.choice(["INV-%s" % _digits(rng, 8), "INV/%d/%s" % (rng.randrange(2023, 2026), _digits(rng, 5)),
                       "A-%s-%s" % (_digits(rng, 4), _digits(rng, 3))])


def f_tracking(rng, ctx, key):
    style = rng.randrange(3)
    if style == 0:
        return "1Z" + _chars(rng, UPPER_ALNUM, 6) + _digits(rng, 10)
    if style == 1:
        return "9400 1%s %s %s %s %s" % (_digits(rng, 3), _digits(rng, 4), _digits(rng, 4),
                                         _digits(rng, 4), _digits(rng, 2))
    return "TBA" + _digits(rng, 12)


def f_luhn_bad16(rng, ctx, key):
    while True:
        num = rng.choice("3456") + _digits(rng, 15)
        if not luhn_valid(num):
            break
    return _format_card(num, rng.choice([" ", "-", ""]))


def f_version(rng, ctx, key):
    return rng.choice(["%d.%d.%d" % (rng.randrange(0, 20), rng.randrange(0, 40), rng.randrange(0, 200)),
                       "v10.0.%d" % rng.randrange(17000, 23000),
                       "%d.%d.%d.%d" % (rng.randrange(1, 30), rng.randrange(0, 10), rng.randrange(1000, 9999),
                                        rng.randrange(256, 4000))])


def f_ts(rng, ctx, key):
    y, m, d = _date(rng, 2024, 2025)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, rng.randrange(24), rng.randrange(60),
                                                   rng.randrange(60), rng.randrange(1000))


def f_logdate(rng, ctx, key):
    y, m, d = _date(rng, 2024, 2025)
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, rng.randrange(24), rng.randrange(60), rng.randrange(60))


def f_date(rng, ctx, key):
    y, m, d = _date(rng, 2023, 2026)
    return _fmt_date(rng, y, m, d)


def f_hl7ts(rng, ctx, key):
    y, m, d = _date(rng, 2024, 2025)
    return "%04d%02d%02d%02d%02d%02d" % (y, m, d, rng.randrange(24), rng.randrange(60), rng.randrange(60))


def f_sha(rng, ctx, key):
    return _chars(rng, "0123456789abcdef", 40)


def f_shortsha(rng, ctx, key):
    return _chars(rng, "0123456789abcdef", 7)


def f_uuid(rng, ctx, key):
    h = _chars(rng, "0123456789abcdef", 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def f_hex8(rng, ctx, key):
    return _chars(rng, "0123456789abcdef", 8)


def f_icd(rng, ctx, key):
    return rng.choice(["E11.9", "I10", "J45.909", "M54.5", "Z79.4", "E78.5", "N18.3", "F41.1",
                       "K21.9", "I48.91", "J18.9", "R07.9", "E03.9", "G43.909"])


def f_cpt(rng, ctx, key):
    return rng.choice(["99213", "99214", "93000", "80053", "85025", "71046", "36415", "99285",
                       "90686", "83036"])


def f_dose(rng, ctx, key):
    return rng.choice(["metformin 500 mg PO BID", "lisinopril 10 mg daily", "atorvastatin 40 mg qHS",
                       "amoxicillin 875 mg q12h x 10 days", "insulin glargine 18 units SC qHS",
                       "apixaban 5 mg BID", "furosemide 40 mg IV once", "ondansetron 4 mg ODT q8h PRN"])


def f_lab(rng, ctx, key):
    return rng.choice(["HbA1c %.1f%%" % (5 + rng.random() * 5), "K %.1f mmol/L" % (3 + rng.random() * 2),
                       "creatinine %.2f mg/dL" % (0.6 + rng.random()), "WBC %.1f x10^9/L" % (4 + rng.random() * 8),
                       "LDL %d mg/dL" % rng.randrange(60, 190), "TSH %.2f mIU/L" % (0.3 + rng.random() * 5)])


def f_room(rng, ctx, key):
    return rng.choice(["Room %d" % rng.randrange(100, 5000), "Bed %d%s" % (rng.randrange(1, 40), rng.choice("AB")),
                       "4W-%d" % rng.randrange(10, 60)])


def f_price(rng, ctx, key):
    return "$%s.%02d" % ("{:,}".format(rng.randrange(1, 25000)), rng.randrange(100))


def f_pct(rng, ctx, key):
    return "%.1f%%" % (rng.random() * 100)


def f_isbn(rng, ctx, key):
    core = "978" + str(rng.randrange(0, 2)) + _digits(rng, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    check = str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (core[:3], core[3], core[4:7], core[7:12], check)


def f_sku(rng, ctx, key):
    return "SKU-%s-%s-%s" % (_digits(rng, 5), rng.choice(["BLK", "WHT", "NVY", "RED"]),
                             rng.choice(["S", "M", "L", "XL"]))


def f_partno(rng, ctx, key):
    """A catalogue number in the 3-3-4 layout of a US phone number."""
    a, e, l = _us_phone_parts(rng)
    return "%s-%s-%s" % (a, e, l)


def f_color(rng, ctx, key):
    return "#" + _chars(rng, "0123456789abcdef", rng.choice([3, 6]))


def f_dims(rng, ctx, key):
    return rng.choice(["%dx%d" % (rng.choice([1920, 2560, 3840, 1280]), rng.choice([1080, 1440, 2160, 720])),
                       "%d x %d x %d in" % (rng.randrange(4, 30), rng.randrange(4, 30), rng.randrange(2, 20))])


def f_bad_ssn(rng, ctx, key):
    style = rng.randrange(4)
    if style == 0:
        return "000-%02d-%04d" % (rng.randrange(1, 100), rng.randrange(1, 10000))
    if style == 1:
        return "666-%02d-%04d" % (rng.randrange(1, 100), rng.randrange(1, 10000))
    if style == 2:  # 9xx area with a group outside every ITIN range
        return "9%02d-%02d-%04d" % (rng.randrange(0, 100), rng.randrange(10, 50), rng.randrange(1, 10000))
    return "%03d-00-%04d" % (rng.randrange(1, 600), rng.randrange(1, 10000))


def f_bad_routing(rng, ctx, key):
    while True:
        n = "0" + str(rng.randrange(1, 10)) + _digits(rng, 7)
        if not aba_valid(n):
            return n


def f_num(rng, ctx, key):
    return str(rng.randrange(2, 500))


def f_bignum(rng, ctx, key):
    return "{:,}".format(rng.randrange(10000, 99999999))


def f_ticket(rng, ctx, key):
    return rng.choice(["INC%s" % _digits(rng, 7), "JIRA-%d" % rng.randrange(100, 9999),
                       "CASE-%s" % _digits(rng, 6)])


def f_statename(rng, ctx, key):
    return rng.choice(["Texas", "Ohio", "California", "New York", "Florida", "Georgia", "Oregon",
                       "Minnesota", "Arizona", "Vermont"])


def f_hospital(rng, ctx, key):
    return rng.choice(["Mercy General Hospital", "St. Luke's Medical Center", "Lakeside Regional Clinic",
                       "Riverside Children's Hospital", "Northwest Heart Institute",
                       "Valley Oncology Partners"])


def f_drug(rng, ctx, key):
    return rng.choice(["metformin", "lisinopril", "atorvastatin", "semaglutide", "apixaban",
                       "levothyroxine", "sertraline", "albuterol", "gabapentin", "amlodipine"])


def f_company(rng, ctx, key):
    return rng.choice(["Acme Logistics", "Globex Health", "Initech Payments", "Umbrella Pharma",
                       "Northwind Traders", "Contoso Bank", "Fabrikam Insurance"])


def f_phonever(rng, ctx, key):
    return "%d.%d.%s" % (rng.randrange(200, 999), rng.randrange(100, 999), _digits(rng, 4))


def f_mdollars(rng, ctx, key):
    return "%d.%d" % (rng.randrange(1, 400), rng.randrange(0, 10))


_GEN_FUNCS = [(name[2:], fn) for name, fn in list(globals().items())
              if name.startswith(("g_", "f_")) and callable(fn)]
GENERATORS = dict(_GEN_FUNCS)
assert len(GENERATORS) == len(_GEN_FUNCS), "generator name collision between g_* and f_*"

DEFAULT_GEN = {
    "PERSON": "full", "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "URL": "url",
    "IP_ADDRESS": "ip", "STREET_ADDRESS": "street", "US_ZIP_CODE": "zip", "DATE_TIME": "dob",
    "US_SSN": "ssn", "US_ITIN": "itin", "US_PASSPORT": "passport", "US_DRIVER_LICENSE": "dl",
    "MEDICAL_RECORD_NUMBER": "mrn", "US_NPI": "npi", "US_DEA": "dea", "US_MBI": "mbi",
    "HEALTH_PLAN_ID": "member", "CREDIT_CARD": "card", "CARD_SECURITY_CODE": "cvv",
    "IBAN_CODE": "iban", "US_ROUTING_NUMBER": "routing", "US_BANK_ACCOUNT": "account",
    "SWIFT_CODE": "swift", "API_KEY": "apikey", "PRIVATE_KEY": "pem", "JWT": "jwt",
    "PASSWORD": "password", "VEHICLE_ID": "vin",
}
