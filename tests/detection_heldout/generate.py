"""Generate the HELD-OUT detection evaluation set: tests/detection_heldout/prompts.jsonl.

    python tests/detection_heldout/generate.py            # (re)write prompts.jsonl
    python tests/detection_heldout/generate.py --check    # exit 1 if the committed file differs
    python tests/detection_heldout/generate.py --out X    # write somewhere else

Why this exists: the main corpus (tests/detection/corpus/) is being used to tune the
engine, so it no longer measures generalization.  This set was written from fresh
templates WITHOUT reading the engine's source or the main corpus templates; only the
scorer (tests/detection/scoring.py) and the labeling conventions in
tests/detection/corpus/README.md were consulted, so the labels follow the same rules.
Do not tune the engine against this file; if you do, write a new held-out set.

Stdlib only, fixed seed: output is byte-for-byte reproducible.

Labeling decisions beyond the shared README (all applied consistently):

* Connection strings (``postgres://user:PASS@host/db``) are URIs: the whole string
  is labeled URL (the README labels URLs wherever they occur) and the password inside
  it is labeled PASSWORD as a nested span (a separate, block-worthy credential).  A
  host IP inside the URI is not labeled separately.
* UK addresses: the street line with the city is one STREET_ADDRESS span and the
  postcode is a second STREET_ADDRESS span (it is not a US ZIP).  German addresses
  ("Hauptstraße 12, 10115 Berlin") are one STREET_ADDRESS span.
* "born in march 1962": the span is "march 1962".
* A credential's value only is labeled (``KEY=VALUE`` -> VALUE).  A GCP
  ``private_key_id`` (a public key fingerprint, useless without the key) is not a
  credential and is not labeled; the PEM ``private_key`` next to it is.
* Hard negatives (kind ``hard_negative``) have no spans and contain no PII: no
  names (words like April/Will/Bill/Grant appear as ordinary words, organisations
  and hospitals are not persons), no emails, URLs or IP addresses, no person-tied
  dates, and every number that looks like an identifier fails its checksum or
  has non-identifier context (order/tracking ids, SKUs, versions, hashes, codes).
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
import unicodedata
from pathlib import Path

SEED = 20251124
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "prompts.jsonl"

# --------------------------------------------------------------------------------------
# Checksums (also imported by the test module to re-verify every gold identifier)
# --------------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def ssn_ok(s: str) -> bool:
    d = "".join(ch for ch in s if ch.isdigit())
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def itin_ok(s: str) -> bool:
    d = "".join(ch for ch in s if ch.isdigit())
    if len(d) != 9 or d[0] != "9":
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def npi_ok(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok("80840" + s)


def dea_ok(s: str) -> bool:
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def aba_ok(s: str) -> bool:
    if len(s) != 9 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


_VIN_VAL = {**{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin: str) -> str:
    r = sum(_VIN_VAL[c] * w for c, w in zip(vin, _VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(s: str) -> bool:
    return len(s) == 17 and not set("IOQ") & set(s) and vin_check_char(s) == s[8]


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # no S L O I B Z
MBI_ALNUM = MBI_ALPHA + "0123456789"


def mbi_ok(s: str) -> bool:
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    kinds = "CAXNAXNAANN"  # C 1-9, A alpha, X alnum, N digit
    for ch, k in zip(s, kinds):
        if k == "C" and ch not in "123456789":
            return False
        if k == "A" and ch not in MBI_ALPHA:
            return False
        if k == "X" and ch not in MBI_ALNUM:
            return False
        if k == "N" and not ch.isdigit():
            return False
    return True


# --------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------

R = random.Random(SEED)

NAMES = [
    ("Wei", "Zhang"), ("Xiaoming", "Li"), ("Priya", "Raghunathan"), ("Arjun", "Mehta"),
    ("Fatima", "Al-Sayed"), ("Omar", "Haddad"), ("Chukwuemeka", "Okafor"), ("Adaeze", "Nwosu"),
    ("Lan", "Nguyen"), ("Minh", "Tran"), ("Ji-hoon", "Park"), ("Seo-yeon", "Kim"),
    ("Haruto", "Tanaka"), ("Yuki", "Sato"), ("María José", "García"), ("Alejandro", "Fernández"),
    ("Krzysztof", "Wiśniewski"), ("Agnieszka", "Kowalczyk"), ("Siobhán", "O'Connell"),
    ("Declan", "McCarthy"), ("Jan", "van der Berg"), ("Anouk", "de Vries"), ("Emre", "Yılmaz"),
    ("Elif", "Demir"), ("Dmitri", "Volkov"), ("Anastasia", "Ivanova"), ("Kalani", "Kahananui"),
    ("Aroha", "Ngata"), ("Thandiwe", "Dlamini"), ("Kwame", "Mensah"), ("Ingrid", "Johansson"),
    ("Lars", "Eriksen"), ("Giulia", "Rossi"), ("Matteo", "Bianchi"), ("Zeynep", "Kaya"),
    ("Hamid", "Rahimi"), ("Leilani", "Akana"), ("Tomasz", "Nowak"), ("Björn", "Lindqvist"),
    ("Aisha", "Bello"), ("Santiago", "Ramírez"), ("Camila", "Rojas"), ("Rahul", "Iyer"),
    ("Deepika", "Venkataraman"), ("Nadia", "Benali"), ("Youssef", "El Amrani"), ("Mei-Ling", "Chen"),
    ("Hiroshi", "Watanabe"), ("Olumide", "Adeyemi"), ("Margaret", "Sullivan"), ("Dwayne", "Jackson"),
    ("Brittany", "Kowalski"), ("Ethan", "Goldberg"), ("Rebecca", "Nakamura-Hill"), ("Gregory", "Pham"),
    ("Patricia", "Delacroix"), ("Hannah", "Schmidt"), ("Jürgen", "Müller"), ("Sophie", "Dubois"),
    ("Connor", "Fitzgerald"), ("Tevita", "Fifita"), ("Oksana", "Shevchenko"), ("Rosa", "Quispe"),
    ("Ahmad", "Karimi"), ("Bongani", "Nkosi"), ("Sunita", "Thapa"), ("Ngozi", "Eze"),
]
# First names that are also ordinary words; used for real persons here, as words in hard negatives.
WORD_NAMES = [("Will", "Harper"), ("April", "Lindgren"), ("Bill", "Okonjo"), ("Grant", "Whitfield"),
              ("May", "Castellanos"), ("Hope", "Abernathy"), ("Mark", "Brennan"), ("Rose", "Tuilagi")]

CITIES = [("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Sacramento", "CA", "958"),
          ("Tacoma", "WA", "984"), ("Albuquerque", "NM", "871"), ("Savannah", "GA", "314"),
          ("Des Moines", "IA", "503"), ("Honolulu", "HI", "968"), ("Brooklyn", "NY", "112"),
          ("Boise", "ID", "837"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"),
          ("Dearborn", "MI", "481"), ("Worcester", "MA", "016"), ("Fresno", "CA", "937")]
STREETS = ["Oak", "Maple", "Cedar Hollow", "Martin Luther King Jr", "Alvarado", "Kamehameha",
           "Peachtree", "Lincoln", "Juniper Ridge", "Willow Creek", "Elm", "Ridgeview", "Sandpiper",
           "Harbor View", "Quail Run", "Chestnut", "Magnolia", "Pueblo Vista", "Bayshore", "Orchard"]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pkwy", "Pl"]
UNITS = ["Apt 4B", "Unit 12", "#305", "Apt. 2", "Suite 210", "Apt 11C"]
UK_STREETS = ["Abbey Road", "Kings Road", "Deansgate", "Princes Street", "Bold Street",
              "Corporation Street", "High Street", "Mill Lane", "Victoria Road", "Church Lane"]
UK_CITIES = [("London", ["SW1A", "NW1", "E14", "SE15", "N7", "W2"]), ("Manchester", ["M1", "M4", "M20"]),
             ("Edinburgh", ["EH1", "EH3"]), ("Liverpool", ["L1", "L8"]), ("Birmingham", ["B1", "B15"]),
             ("Leeds", ["LS1", "LS6"]), ("Bristol", ["BS1", "BS8"]), ("Cardiff", ["CF10", "CF24"])]
DE_ADDR = [("Hauptstraße", "10115", "Berlin"), ("Schillerstraße", "80336", "München"),
           ("Bahnhofstraße", "50667", "Köln"), ("Goethestraße", "60313", "Frankfurt am Main"),
           ("Lindenallee", "20259", "Hamburg"), ("Friedrichstraße", "70174", "Stuttgart")]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "fastmail.com",
                 "web.de", "hotmail.fr", "brightwaterhealth.org", "northwind-logistics.com", "kestrel.io",
                 "mail.ru", "rediffmail.com", "gmx.net"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def pick(seq):
    return seq[R.randrange(len(seq))]


def digits(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def person(word_name_chance: float = 0.12):
    if R.random() < word_name_chance:
        return pick(WORD_NAMES)
    return pick(NAMES)


def email_for(first: str, last: str) -> str:
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = pick([f + "." + l, f[0] + l, f + l + digits(2), f + "_" + l[0], l + "." + f, f + digits(4)])
    return local + "@" + pick(EMAIL_DOMAINS)


def us_phone() -> str:
    area = pick(["312", "415", "617", "206", "512", "720", "404", "305", "602", "808", "919", "313",
                 "503", "614", "916"])
    while True:
        ex = str(R.randint(2, 9)) + digits(2)
        if ex[1:] != "11" and ex != "555":
            break
    line = digits(4)
    return pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s", "+1 (%s) %s-%s"]) % (
        area, ex, line)


def intl_phone() -> str:
    return pick([
        lambda: "+44 20 7946 0%s" % digits(3),
        lambda: "0%s %s" % (pick(["7400", "7534", "7722", "7812", "7958"]), digits(6)),
        lambda: "+44 %s %s" % (pick(["7415", "7766", "7850", "7903", "7984"]), digits(6)),
        lambda: "+49 30 %s %s" % (digits(4), digits(4)),
        lambda: "+49 151 %s %s" % (digits(4), digits(4)),
        lambda: "+33 6 %s%s %s %s %s" % (pick("0124568"), digits(1), digits(2), digits(2), digits(2)),
        lambda: "+91 98%s %s" % (digits(3), digits(5)),
        lambda: "+81 3-%d%s-%s" % (R.randint(1, 9), digits(3), digits(4)),
        lambda: "+55 11 9%s-%s" % (digits(4), digits(4)),
        lambda: "+61 412 %s %s" % (digits(3), digits(3)),
        lambda: "+234 803 %s %s" % (digits(3), digits(4)),
        lambda: "+52 55 %s %s" % (digits(4), digits(4)),
    ])()


def street_line(with_city: bool = True):
    num = str(R.randint(3, 9899))
    parts = [num]
    if R.random() < 0.2:
        parts.append(pick(["N", "S", "E", "W", "NE", "SW"]))
    parts.append(pick(STREETS))
    parts.append(pick(SUFFIXES))
    line = " ".join(parts)
    if R.random() < 0.35:
        line += pick([", ", " "]) + pick(UNITS)
    city, st, zp = pick(CITIES)
    zipc = zp + digits(2)
    if R.random() < 0.2:
        zipc += "-" + digits(4)
    if with_city:
        return line + ", " + city + ", " + st, zipc, (city, st)
    return line, zipc, (city, st)


def uk_address():
    city, outs = pick(UK_CITIES)
    line = "%d %s, %s" % (R.randint(1, 240), pick(UK_STREETS), city)
    pc = pick(outs) + " " + str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice(
        "ABDEFGHJLNPQRSTUWXYZ")
    return line, pc


def de_address():
    st, plz, city = pick(DE_ADDR)
    return "%s %d, %s %s" % (st, R.randint(1, 120), plz, city)


def fmt_date(y: int, m: int, d: int, style: str | None = None) -> str:
    style = style or pick(["us", "us_short", "iso", "dmy_long", "mdy_long", "dot", "dmy_abbr", "us_dash"])
    mon = MONTHS[m - 1]
    return {
        "us": "%02d/%02d/%04d" % (m, d, y),
        "us_short": "%d/%d/%02d" % (m, d, y % 100),
        "iso": "%04d-%02d-%02d" % (y, m, d),
        "dmy_long": "%d %s %d" % (d, mon, y),
        "mdy_long": "%s %d, %d" % (mon, d, y),
        "dot": "%02d.%02d.%04d" % (d, m, y),
        "dmy_abbr": "%02d-%s-%04d" % (d, mon[:3], y),
        "us_dash": "%02d-%02d-%04d" % (m, d, y),
    }[style]


def dob(style: str | None = None) -> str:
    return fmt_date(R.randint(1931, 2004), R.randint(1, 12), R.randint(1, 28), style)


def recent_date(style: str | None = None) -> str:
    return fmt_date(R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28), style)


def ssn(sep: str | None = None) -> str:
    while True:
        area = "%03d" % R.randint(1, 899)
        grp = "%02d" % R.randint(1, 99)
        ser = "%04d" % R.randint(1, 9999)
        s = area + grp + ser
        if ssn_ok(s) and area != "666" and s not in ("078051120", "219099999"):
            break
    sep = sep if sep is not None else pick(["-", "-", "-", " ", ""])
    return area + sep + grp + sep + ser


def itin() -> str:
    grp = pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%s-%02d-%s" % (digits(2), grp, "%04d" % R.randint(1, 9999))


CARD_PREFIXES = [  # (prefix, length, grouping)
    ("4", 16, (4, 4, 4, 4)), ("45717360", 16, (4, 4, 4, 4)), ("42761800", 16, (4, 4, 4, 4)),
    ("51", 16, (4, 4, 4, 4)), ("55", 16, (4, 4, 4, 4)), ("2221", 16, (4, 4, 4, 4)),
    ("2720", 16, (4, 4, 4, 4)), ("222300", 16, (4, 4, 4, 4)), ("34", 15, (4, 6, 5)), ("37", 15, (4, 6, 5)),
    ("6011", 16, (4, 4, 4, 4)), ("65", 16, (4, 4, 4, 4)), ("3528", 16, (4, 4, 4, 4)),
    ("3589", 16, (4, 4, 4, 4)), ("62", 19, (4, 4, 4, 4, 3)), ("62270800", 16, (4, 4, 4, 4)),
    ("36", 14, (4, 6, 4)), ("40001234", 16, (4, 4, 4, 4)), ("53996100", 16, (4, 4, 4, 4)),
]


def card():
    prefix, length, groups = pick(CARD_PREFIXES)
    num = luhn_complete(prefix + digits(length - len(prefix) - 1))
    sep = pick([" ", "-", "", " "])
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out), length == 15


def npi() -> str:
    while True:
        base = pick("12") + digits(8)
        for c in "0123456789":
            if npi_ok(base + c):
                return base + c


def dea(last: str) -> str:
    first = pick("ABFGMPRX")
    second = ascii_fold(last).upper().replace(" ", "")[0]
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def mbi(dashed: bool | None = None) -> str:
    s = (R.choice("123456789") + R.choice(MBI_ALPHA) + R.choice(MBI_ALNUM) + digits(1) + R.choice(MBI_ALPHA)
         + R.choice(MBI_ALNUM) + digits(1) + R.choice(MBI_ALPHA) + R.choice(MBI_ALPHA) + digits(2))
    if dashed if dashed is not None else R.random() < 0.3:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def aba() -> str:
    while True:
        first2 = "%02d" % pick(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)))
        base = first2 + digits(6)
        d = [int(c) for c in base]
        partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        s = base + str((-partial) % 10)
        if aba_ok(s):
            return s


def bank_account() -> str:
    return digits(R.randint(8, 12)).lstrip("0") or "1" + digits(9)


def iban(country: str | None = None, spaced: bool | None = None) -> str:
    country = country or pick(["DE", "DE", "GB", "AT", "CH"])
    if country == "DE":
        bban = digits(8) + digits(10)
    elif country == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif country == "AT":
        bban = digits(5) + digits(11)
    else:
        bban = digits(5) + digits(12)
    rearr = bban + country + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in rearr)) % 97
    s = country + "%02d" % chk + bban
    assert iban_ok(s)
    if spaced if spaced is not None else R.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


SWIFTS = ["DEUTDEFF", "COBADEFFXXX", "BARCGB22", "CHASUS33", "BOFAUS3N", "HSBCHKHH", "BNPAFRPP",
          "UBSWCHZH80A", "NWBKGB2L", "INGBNL2A", "RABONL2U", "GENODEF1M04", "SBININBB", "CITIUS33"]

VIN_WMI = ["1HG", "1FT", "5YJ", "WBA", "JTD", "3VW", "KMH", "1C4", "2T1", "WVW", "JN1", "4T1"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin() -> str:
    s = pick(VIN_WMI) + "".join(R.choice(VIN_CHARS) for _ in range(5)) + "0" + R.choice(
        "ABCDEFGHJKLMNPRSTVWXY123456789") + R.choice(VIN_CHARS) + digits(6)
    s = s[:8] + vin_check_char(s) + s[9:]
    assert vin_ok(s)
    return s


def dl() -> tuple[str, str]:
    return pick([
        lambda: ("CA", R.choice(string.ascii_uppercase) + digits(7)),
        lambda: ("TX", digits(8)),
        lambda: ("NY", digits(9)),
        lambda: ("FL", "%s%s-%s-%s-%s-%s" % (R.choice(string.ascii_uppercase), digits(3), digits(3),
                                            digits(2), digits(3), digits(1))),
        lambda: ("IL", "%s%s-%s-%s" % (R.choice(string.ascii_uppercase), digits(3), digits(4), digits(4))),
        lambda: ("WA", "WDL" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9))),
        lambda: ("PA", digits(2) + " " + digits(3) + " " + digits(3)),
    ])()


def passport() -> str:
    return pick([lambda: digits(9), lambda: R.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(8)])()


def mrn() -> str:
    return pick([lambda: digits(7), lambda: "00" + digits(6), lambda: "E" + digits(8),
                 lambda: "%s-%s-%s" % (digits(2), digits(2), digits(4)), lambda: "MRN" + digits(7)])()


def health_plan_id() -> str:
    return pick([lambda: R.choice("WXYZ") + digits(9), lambda: "".join(R.choice(string.ascii_uppercase)
                                                                        for _ in range(3)) + digits(9),
                 lambda: digits(11) + R.choice("AB"), lambda: "U" + digits(8) + "01"])()


def password() -> str:
    sym = "!$^*-_+=."
    return pick([
        lambda: pick(["Summer", "Tigers", "Blue", "Coffee", "Gandalf", "Monkey", "Sunset", "Kitten"])
        + str(R.randint(1, 2025)) + R.choice(sym),
        lambda: alnum(R.randint(12, 18), string.ascii_letters + string.digits + sym),
        lambda: pick(["correct", "purple", "river", "staple"]) + R.choice("-_.") + pick(
            ["horse", "monkey", "lamp", "battery"]) + R.choice("-_.") + digits(2),
        lambda: "P" + alnum(3, string.ascii_lowercase) + R.choice(sym) + digits(4) + alnum(3, string.ascii_uppercase),
    ])()


def api_key() -> str:
    return pick([
        lambda: "sk-proj-" + alnum(48),
        lambda: "sk-" + alnum(48),
        lambda: "ghp_" + alnum(36),
        lambda: "github_pat_" + alnum(22) + "_" + alnum(59),
        lambda: "AKIA" + alnum(16, string.ascii_uppercase + string.digits),
        lambda: "xoxb-" + digits(12) + "-" + digits(13) + "-" + alnum(24),
        lambda: "sk_live_" + alnum(24),
        lambda: "rk_live_" + alnum(24),
        lambda: "AIza" + alnum(35, string.ascii_letters + string.digits + "-_"),
        lambda: "sk-ant-api03-" + alnum(86, string.ascii_letters + string.digits + "-_") + "AA",
        lambda: "SG." + alnum(22, string.ascii_letters + string.digits + "-_") + "." + alnum(
            43, string.ascii_letters + string.digits + "-_"),
        lambda: "glpat-" + alnum(20, string.ascii_letters + string.digits + "-_"),
        lambda: "hf_" + alnum(34),
    ])()


def entropy_secret() -> str:
    return pick([
        lambda: alnum(40, string.ascii_letters + string.digits + "+/"),
        lambda: alnum(50, string.ascii_letters + string.digits + "!@#%^&*(-_=+)"),
        lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(),
    ])()


def aws_secret() -> str:
    return alnum(40, string.ascii_letters + string.digits + "+/")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt() -> str:
    header = b64url(json.dumps({"alg": pick(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64url(json.dumps({"sub": digits(8), "iat": 1700000000 + R.randint(0, 40000000),
                                 "scope": pick(["read", "read write", "admin"])},
                                separators=(",", ":")).encode())
    sig = b64url(bytes(R.randrange(256) for _ in range(32)))
    return header + "." + payload + "." + sig


def pem(newline: str = "\n") -> str:
    kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(bytes(R.randrange(256) for _ in range(R.randint(5, 9) * 48))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return newline.join(["-----BEGIN %s-----" % kind] + lines + ["-----END %s-----" % kind])


def public_ip() -> str:
    while True:
        a = R.choice([24, 38, 50, 67, 73, 81, 91, 98, 104, 134, 152, 172, 185, 193, 203, 212, 217])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def any_ip() -> str:
    if R.random() < 0.12:
        return "2600:1700:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(1, 0xff), R.randint(1, 0xfff))
    if R.random() < 0.2:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return public_ip()


def url() -> str:
    return pick([
        lambda: "https://portal.brightwaterhealth.org/patients/%s/chart" % digits(6),
        lambda: "https://drive.google.com/file/d/%s/view" % alnum(33),
        lambda: "http://intranet.northwind.local/wiki/Onboarding_%s" % digits(3),
        lambda: "www.kestrel-support.com/tickets/%s" % digits(5),
        lambda: "https://calendly.com/%s/30min" % alnum(8, string.ascii_lowercase),
        lambda: "https://github.com/%s/infra/pull/%d" % (alnum(7, string.ascii_lowercase), R.randint(10, 999)),
        lambda: "https://docs.google.com/spreadsheets/d/%s/edit#gid=0" % alnum(44),
        lambda: "https://www.linkedin.com/in/%s-%s" % (alnum(6, string.ascii_lowercase), digits(4)),
    ])()


# --------------------------------------------------------------------------------------
# Template machinery: a template returns a list of parts; str = literal text,
# (value, ENTITY) = a labeled span.  Offsets are computed, never typed by hand.
# --------------------------------------------------------------------------------------


URL_OPEN, URL_CLOSE = object(), object()  # bracket a stretch of parts as one URL span (nesting allowed)


def build(parts):
    text, spans = [], []
    pos = 0
    opened = []
    for p in parts:
        if p is URL_OPEN:
            opened.append(pos)
            continue
        if p is URL_CLOSE:
            spans.append({"start": opened.pop(), "end": pos, "entity_type": "URL"})
            continue
        if isinstance(p, tuple):
            value, etype = p
            assert value == value.strip() and value, (value, etype)
            spans.append({"start": pos, "end": pos + len(value), "entity_type": etype})
            text.append(value)
            pos += len(value)
        else:
            text.append(p)
            pos += len(p)
    assert not opened
    spans.sort(key=lambda sp: (sp["start"], sp["end"]))
    return "".join(text), spans


P = "PERSON"


def name_parts(first, last, sep=" "):
    return [(first + sep + last, P)]


# ---------------------------- positive templates ---------------------------------------


def t_chat_pt_named():
    f, l = person()
    age = R.randint(19, 94)
    full = (f + " " + l).lower() if R.random() < 0.6 else f + " " + l
    return "clinical", "chat_messy", [
        pick(["pt is a ", "Pt is a ", "so pt is a ", "quick q - pt is a "]), "%dyo %s named " % (age, pick(["m", "f", "male", "F"])),
        (full, P), pick([" dob ", ", DOB: ", " born "]), (dob(), "DATE_TIME"),
        pick([" came in w/ chest pain x2d, trop neg. ", " here for f/u of CHF, on lasix 40mg. ",
              " w/ hx of afib on eliquis 5 mg bid. "]),
        pick(["daughter ", "wife ", "son ", "husband "]), (pick(NAMES)[0].lower() if R.random() < 0.5 else pick(NAMES)[0], P),
        " wants a call back at ", (us_phone(), "PHONE_NUMBER"),
        pick([". can u draft a d/c summary?", " - summarize for handoff pls", ". what else shld i order?"]),
    ]


def t_chat_support_login():
    f, l = person()
    name = pick([f + " " + l, (f + " " + l).lower(), f.lower()])
    return "support", "chat_messy", [
        pick(["hi my name is ", "hello, this is ", "hey its "]), (name, P),
        pick([" and i cant login to my acount", " - locked out again!!", ", pasword reset not working"]),
        ", email is ", (email_for(f, l), "EMAIL_ADDRESS"),
        pick([" and my last order was #A-%s" % digits(5), " order 11%s-%s" % (digits(5), digits(7)), ""]),
        ". can u reset it? my phone ", (us_phone(), "PHONE_NUMBER"), pick([" thx", "", " ty!!"]),
    ]


def t_chat_bank_mess():
    f, l = person()
    return "banking", "chat_messy", [
        (f + " " + l, P), pick([" here - ", " again. ", ": "]),
        "bank said my transfer to acct ", (bank_account(), "US_BANK_ACCOUNT"), " routing ", (aba(), "US_ROUTING_NUMBER"),
        pick([" bounced?? ", " got returned R03?? "]), "they want my ssn to verify, its ", (ssn("-"), "US_SSN"),
        pick([". is it safe to give that over chat", " - pls write a complaint letter"]),
    ]


def t_transcript_card():
    f, l = person()
    c, amex = card()
    cvv = digits(4 if amex else 3)
    return "payments", "transcript", [
        "Agent: Thanks for calling Lumen Outfitters, who am I speaking with?\n",
        "Customer: ", (f + " " + l, P), "\n",
        "Agent: Hi ", (f, P), ", how would you like to pay for order ", "SO-%s?\n" % digits(6),
        "Customer: card. it's ", (c, "CREDIT_CARD"), pick([" exp 09/27", " expires 11/28", ", exp. 03/29"]),
        pick([" cvv ", " and the security code is ", ", cvc "]), (cvv, "CARD_SECURITY_CODE"), "\n",
        "Agent: Perfect, and the billing zip?\n",
        "Customer: ", (pick(CITIES)[2] + digits(2), "US_ZIP_CODE"), "\n",
        "Summarize this call for the CRM.",
    ]


def t_transcript_member():
    f, l = person()
    f2, l2 = person()
    return "insurance", "transcript", [
        "[00:00:04] AGENT: Member services, can I have the member's full name and date of birth?\n",
        "[00:00:11] CALLER: yeah it's for my ", pick(["mother", "father", "son", "wife"]), ", ", (f + " " + l, P),
        ", born ", (dob(), "DATE_TIME"), "\n",
        "[00:00:19] AGENT: And the member ID on the card?\n",
        "[00:00:25] CALLER: ", (health_plan_id(), "HEALTH_PLAN_ID"), "\n",
        "[00:00:31] AGENT: Thank you. And your name?\n",
        "[00:00:33] CALLER: ", (f2 + " " + l2, P), ", I'm on the HIPAA release.\n",
        "Write a call summary in 3 bullets.",
    ]


def t_transcript_medicare():
    f, l = person()
    y = R.randint(1940, 1960)
    born = pick(["born in %s %d" % (MONTHS[R.randint(0, 11)].lower(), y), "born %s" % dob()])
    span = born[len("born in "):] if born.startswith("born in ") else born[len("born "):]
    return "insurance", "transcript", [
        "user: i need help filling out a part D appeal\n",
        "assistant: Sure. Whose appeal is it, and what's their Medicare number (MBI)?\n",
        "user: ", (f.lower() + " " + l.lower() if R.random() < 0.5 else f + " " + l, P), ", ",
        born[:len(born) - len(span)], (span, "DATE_TIME"), ". medicare number ", (mbi(), "US_MBI"), "\n",
        "user: the plan denied ", pick(["Ozempic 1 mg", "Eliquis 5 mg", "Xarelto 20 mg"]),
        " as non-formulary\nassistant: ",
    ]


def t_md_table_hr():
    rows = []
    parts = ["Can you check this onboarding table for missing fields?\n\n",
             "| Name | Email | Phone | SSN | Start |\n|---|---|---|---|---|\n"]
    for _ in range(R.randint(2, 4)):
        f, l = person()
        parts += ["| ", (f + " " + l, P), " | ", (email_for(f, l), "EMAIL_ADDRESS"), " | ",
                  (pick([us_phone(), intl_phone()]), "PHONE_NUMBER"), " | ", (ssn("-"), "US_SSN"),
                  " | %s |\n" % recent_date("iso")]
        rows.append(f)
    return "hr", "markdown_table", parts


def t_md_table_clinic():
    parts = ["Census for 4 West, sort by LOS:\n\n| Bed | Patient | MRN | DOB | Dx |\n|:--|:--|:--|:--|:--|\n"]
    for _ in range(R.randint(3, 4)):
        f, l = person()
        parts += ["| 4W-%02d | " % R.randint(1, 32), (l.upper() + ", " + f.upper() if R.random() < 0.5 else f + " " + l, P),
                  " | ", (mrn(), "MEDICAL_RECORD_NUMBER"), " | ", (dob(pick(["us", "iso"])), "DATE_TIME"),
                  " | %s |\n" % pick(["I50.9 CHF", "J18.9 PNA", "N17.9 AKI", "A41.9 sepsis", "K85.90 pancreatitis"])]
    return "clinical", "markdown_table", parts


def t_csv_payments():
    parts = ["fix the encoding in this export and dedupe by email:\n",
             "customer_name,email,card_number,cvv,billing_zip,amount\n"]
    for _ in range(R.randint(2, 4)):
        f, l = person()
        c, amex = card()
        c = c.replace(" ", "")
        parts += [(f + " " + l, P), ",", (email_for(f, l), "EMAIL_ADDRESS"), ",", (c, "CREDIT_CARD"), ",",
                  (digits(4 if amex else 3), "CARD_SECURITY_CODE"), ",", (pick(CITIES)[2] + digits(2), "US_ZIP_CODE"),
                  ",%d.%02d\n" % (R.randint(5, 900), R.randint(0, 99))]
    return "payments", "csv", parts


def t_csv_hr_ids():
    parts = ["Import these into Workday; flag any bad rows.\n",
             "last_name,first_name,dob,tax_id,dl_state,dl_number,passport_no\n"]
    for _ in range(R.randint(2, 3)):
        f, l = person()
        st, d = dl()
        tid = (ssn("-"), "US_SSN") if R.random() < 0.5 else (itin(), "US_ITIN")
        parts += [(l, P), ",", (f, P), ",", (dob(pick(["us", "iso"])), "DATE_TIME"), ",", tid, ",%s," % st,
                  (d, "US_DRIVER_LICENSE"), ",", (passport(), "US_PASSPORT"), "\n"]
    return "hr", "csv", parts


def t_yaml_config():
    f, l = person(0)
    return "devops", "yaml", [
        "why does this config fail to load?\n```yaml\nservice:\n  name: billing-worker\n  replicas: 3\n",
        "database:\n  host: ", (any_ip(), "IP_ADDRESS"), "\n  port: 5432\n  user: billing_rw\n  password: ",
        (password(), "PASSWORD"), "\nstripe:\n  secret_key: ", ("sk_live_" + alnum(24), "API_KEY"),
        "\nalerts:\n  oncall_email: ", (email_for(f, l), "EMAIL_ADDRESS"),
        "\n  webhook: ", (url(), "URL"), "\n```",
    ]


def t_json_fhir():
    f, l = person()
    line, zipc, (city, st) = street_line(with_city=False)
    return "clinical", "json", [
        'Validate this FHIR Patient against US Core:\n{"resourceType": "Patient", "identifier": [{"system": '
        '"urn:oid:2.16.840.1.113883.3.72", "type": {"text": "MRN"}, "value": "', (mrn(), "MEDICAL_RECORD_NUMBER"),
        '"}], "name": [{"family": "', (l, P), '", "given": ["', (f, P), '"]}], "gender": "',
        pick(["female", "male"]), '", "birthDate": "', (dob("iso"), "DATE_TIME"),
        '", "telecom": [{"system": "phone", "value": "', (us_phone(), "PHONE_NUMBER"),
        '"}], "address": [{"line": ["', (line, "STREET_ADDRESS"), '"], "city": "%s", "state": "%s", "postalCode": "' % (city, st),
        (zipc, "US_ZIP_CODE"), '"}]}',
    ]


def t_json_payment():
    f, l = person()
    c, amex = card()
    return "payments", "json", [
        "POST /v1/charges returned 402, here's the body I sent:\n{\n  \"amount\": %d,\n  \"currency\": \"usd\",\n" % R.randint(500, 90000),
        "  \"source\": {\"number\": \"", (c.replace(" ", ""), "CREDIT_CARD"), "\", \"exp_month\": %d, \"exp_year\": %d, \"cvc\": \"" % (
            R.randint(1, 12), R.randint(2026, 2031)),
        (digits(4 if amex else 3), "CARD_SECURITY_CODE"), "\", \"name\": \"", (f + " " + l, P), "\"},\n",
        "  \"receipt_email\": \"", (email_for(f, l), "EMAIL_ADDRESS"), "\",\n  \"metadata\": {\"order_id\": \"ord_%s\"}\n}" % alnum(14),
    ]


def t_json_service_account():
    proj = pick(["acme-prod-4412", "lumen-data", "kestrel-ml-221"])
    return "devops", "json", [
        "the loader says invalid grant, here's the key file:\n{\n  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n" % proj,
        "  \"private_key_id\": \"%s\",\n  \"private_key\": \"" % alnum(40, "0123456789abcdef"),
        (pem("\\n"), "PRIVATE_KEY"), "\\n\",\n  \"client_email\": \"",
        ("etl-runner@%s.iam.gserviceaccount.com" % proj, "EMAIL_ADDRESS"), "\"\n}",
    ]


def t_email_thread():
    f1, l1 = person()
    f2, l2 = person()
    e1, e2 = email_for(f1, l1), email_for(f2, l2)
    ph = pick([us_phone(), intl_phone()])
    return "hr", "email_thread", [
        "Turn this thread into a polite decline:\n\nFrom: ", (f2 + " " + l2, P), " <", (e2, "EMAIL_ADDRESS"), ">\n",
        "Sent: %s, %s 9:41 AM\nTo: " % (pick(["Tuesday", "Friday"]), recent_date("mdy_long")),
        (e1, "EMAIL_ADDRESS"), "\nSubject: RE: Offer - Staff Engineer\n\n",
        "Hi ", (f1, P), ",\n\nThanks for the quick turnaround. We can move the start date but not the base.\n\n",
        "Best,\n", (f2 + " " + l2, P), "\nSenior Recruiter | Northwind Logistics\n", (ph, "PHONE_NUMBER"), " | ",
        ("https://careers.northwind-logistics.com", "URL"), "\n\n",
        "> On %s, " % recent_date("mdy_long"), (f1 + " " + l1, P), " <", (e1, "EMAIL_ADDRESS"), "> wrote:\n",
        "> Hi ", (f2, P), ", could we push the start by two weeks? Also the relocation form asks for my\n",
        "> home address: ", (street_line()[0], "STREET_ADDRESS"), "\n>\n> Sent from my iPhone",
    ]


def t_soap():
    f, l = person()
    df, dl_ = person(0.05)
    age = R.randint(22, 88)
    return "clinical", "soap_note", [
        "Rewrite as a patient-friendly letter:\n\nS: %d y/o %s " % (age, pick(["F", "M"])), (f + " " + l, P),
        " (DOB ", (dob(), "DATE_TIME"), ") presents for DM f/u. Reports polyuria, no hypoglycemia.\n",
        "O: BP %d/%d, HR %d, BMI %.1f. A1c %.1f%% (prior %.1f%%). LDL %d mg/dL.\n" % (
            R.randint(110, 165), R.randint(65, 99), R.randint(58, 104), R.uniform(21, 41), R.uniform(6.1, 10.9),
            R.uniform(6.1, 10.9), R.randint(60, 190)),
        "A: E11.65 T2DM w/ hyperglycemia; I10 HTN.\n",
        "P: Increase metformin ER to 1000 mg BID, start empagliflozin 10 mg daily. RTC 3 mo.\n",
        "Seen on ", (recent_date(), "DATE_TIME"), " by ", (df + " " + dl_, P), ", MD (NPI ", (npi(), "US_NPI"), "). MRN ",
        (mrn(), "MEDICAL_RECORD_NUMBER"), ".",
    ]


def t_radiology():
    f, l = person()
    df, dl_ = person(0.05)
    return "clinical", "radiology", [
        "Simplify this report for the patient:\n\nEXAM: %s\n" % pick(
            ["CT CHEST WITHOUT CONTRAST", "MRI LUMBAR SPINE W/O", "XR CHEST 2 VIEWS", "US ABDOMEN COMPLETE"]),
        "PATIENT: ", (l.upper() + ", " + f.upper(), P), "\nMRN: ", (mrn(), "MEDICAL_RECORD_NUMBER"),
        "   ACC#: RAD%s\nDOB: " % digits(8), (dob("us"), "DATE_TIME"), "\nDATE OF SERVICE: ", (recent_date("us"), "DATE_TIME"),
        "\nREFERRING: ", (df + " " + dl_, P), ", MD\n",
        "FINDINGS: A %d mm ground-glass nodule in the RUL (series 3, image 71). No effusion. "
        "Heart size normal. Degenerative changes T8-T11.\n" % R.randint(3, 9),
        "IMPRESSION: Indeterminate %d mm nodule; recommend follow-up CT in 6-12 months per Fleischner 2017.\n" % R.randint(3, 9),
        "CPT 71250. ICD-10 R91.1.",
    ]


def t_eob():
    f, l = person()
    f2, l2 = person()
    line, zipc, _ = street_line()
    return "insurance", "eob", [
        "Explain this EOB in plain English:\n\nEXPLANATION OF BENEFITS - THIS IS NOT A BILL\n",
        "Member: ", (f + " " + l, P), "    Member ID: ", (health_plan_id(), "HEALTH_PLAN_ID"), "    Group: GRP-%s\n" % digits(5),
        (line, "STREET_ADDRESS"), " ", (zipc, "US_ZIP_CODE"), "\n",
        "Patient: ", (f2 + " " + l, P), "    DOB: ", (dob("us"), "DATE_TIME"), "\n",
        "Provider: Lakeside Orthopedics PC    NPI: ", (npi(), "US_NPI"), "\n",
        "Claim #: %s-%s    Date of service: " % (R.randint(2023, 2025), digits(9)), (recent_date("us"), "DATE_TIME"), "\n",
        "CPT 99214  billed $%d.00  allowed $%d.%02d  plan paid $%d.%02d  you owe $%d.%02d (coinsurance 20%%)\n" % (
            R.randint(180, 400), R.randint(90, 170), R.randint(0, 99), R.randint(60, 130), R.randint(0, 99),
            R.randint(10, 60), R.randint(0, 99)),
        "CARC 45, RARC N130.",
    ]


def t_bank_statement():
    f, l = person()
    line, zipc, (city, st) = street_line(with_city=False)
    acct = bank_account()
    return "banking", "bank_statement", [
        "Categorize these transactions:\n\nFIRST HARBOR CREDIT UNION   Statement period %s - %s\n" % (
            "10/01/2025", "10/31/2025"),
        (f.upper() + " " + l.upper(), P), "\n", (line, "STREET_ADDRESS"), "\n%s, %s " % (city.upper(), st),
        (zipc, "US_ZIP_CODE"), "\nAccount number: ", (acct, "US_BANK_ACCOUNT"), "   Routing: ", (aba(), "US_ROUTING_NUMBER"), "\n\n",
        "10/03  POS PURCHASE TRADER JOES #552        -64.18\n",
        "10/07  ACH CREDIT PAYROLL ACME CORP       +2,841.09\n",
        "10/12  ZELLE TO ", (pick(NAMES)[0].upper() + " " + pick(NAMES)[1].upper(), P), "     -120.00\n",
        "10/19  CHECK #1042                         -950.00\n",
        "10/28  INTEREST PAID                          +0.41\n",
    ]


def t_wire():
    f, l = person()
    cur = pick(["EUR", "GBP", "CHF"])
    country = {"EUR": pick(["DE", "AT"]), "GBP": "GB", "CHF": "CH"}[cur]
    addr = (de_address(), "STREET_ADDRESS") if country in ("DE", "AT") else None
    parts = [
        "Draft a payment confirmation email for this wire:\n\nWIRE INSTRUCTIONS (%s)\n" % cur,
        "Beneficiary name: ", (f + " " + l, P), "\n",
        "IBAN: ", (iban(country), "IBAN_CODE"), "\nBIC/SWIFT: ", (pick(SWIFTS), "SWIFT_CODE"), "\n",
    ]
    if addr:
        parts += ["Beneficiary address: ", addr, "\n"]
    elif country == "GB":
        a, pc = uk_address()
        parts += ["Beneficiary address: ", (a, "STREET_ADDRESS"), " ", (pc, "STREET_ADDRESS"), "\n"]
    if R.random() < 0.5:
        parts += ["Intermediary bank: JPMorgan Chase, New York, SWIFT ", ("CHASUS33", "SWIFT_CODE"), "\n"]
    parts += [
              "Amount: %s %d,%03d.00   Reference: INV-%s-%s\n" % (cur, R.randint(1, 90), R.randint(0, 999),
                                                                  R.randint(2024, 2025), digits(4)),
              "Originator account: ", (bank_account(), "US_BANK_ACCOUNT"), " (ABA ", (aba(), "US_ROUTING_NUMBER"), ")"]
    return "banking", "wire", parts


def t_chargeback():
    f, l = person()
    c, _ = card()
    return "payments", "chargeback", [
        "Write our representment letter for this dispute.\n\nCase CB-%s  Reason code 10.4 (Other Fraud - Card Absent)\n" % digits(7),
        "Cardholder: ", (f + " " + l, P), "\nCard: ", (c, "CREDIT_CARD"), "\n",
        "Transaction: %s  $%d.%02d  ARN 7%s\n" % ("2025-%02d-%02d" % (R.randint(1, 10), R.randint(1, 28)),
                                                R.randint(40, 2000), R.randint(0, 99), digits(22)),
        "Checkout email: ", (email_for(f, l), "EMAIL_ADDRESS"), "   IP at checkout: ", (public_ip(), "IP_ADDRESS"), "\n",
        "Ship to: ", (street_line()[0], "STREET_ADDRESS"), "  tracking 1Z%s%s\n" % (alnum(6, string.ascii_uppercase + string.digits), digits(10)),
        "AVS: Y, CVV2: M, 3DS: not attempted.",
    ]


def t_support_macro():
    f, l = person()
    line, zipc, _ = street_line()
    agent = pick(NAMES)[0]
    return "support", "support_macro", [
        "Polish this macro before I send it:\n\n", pick(["Hi ", "Hello ", "Dear "]), (f, P), ",\n\n",
        "Thanks for reaching out! I've updated the shipping address on order #%s to:\n" % digits(8),
        (line, "STREET_ADDRESS"), " ", (zipc, "US_ZIP_CODE"), "\n\n",
        "We'll also text shipping updates to ", (us_phone(), "PHONE_NUMBER"), ". Your replacement (SKU ",
        "HX-%s-%s) ships within 2 business days.\n\n" % (digits(4), pick(["BLK", "WHT", "L"])),
        "Track it here: ", ("https://track.lumenoutfitters.com/o/%s" % alnum(10), "URL"), "\n\n",
        "Warmly,\n", (agent, P), "\nCustomer Care - Lumen Outfitters",
    ]


def t_logs():
    parts = ["what's going on here? lots of failed logins\n```\n"]
    for _ in range(R.randint(3, 5)):
        f, l = person(0.02)
        ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23),
                                                       R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        style = R.randint(0, 2)
        if style == 0:
            parts += [ts + " WARN auth.login failed user=", (email_for(f, l), "EMAIL_ADDRESS"), " ip=",
                      (any_ip(), "IP_ADDRESS"), " attempts=%d req_id=%s\n" % (R.randint(1, 9), alnum(12, "0123456789abcdef"))]
        elif style == 1:
            parts += [(public_ip(), "IP_ADDRESS"), " - - [%02d/Nov/2025:%02d:%02d:%02d +0000] \"POST /api/v2/session HTTP/1.1\" 401 %d \"-\" \"Mozilla/5.0\"\n" % (
                R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(80, 900))]
        else:
            parts += [ts + " INFO mailer queued template=reset_password to=<", (email_for(f, l), "EMAIL_ADDRESS"),
                      "> msg_id=%s\n" % alnum(16, "0123456789abcdef")]
    parts.append("```")
    return "devops", "log", parts


def t_code_connstr():
    pw = password()
    host = any_ip()
    if ":" in host:
        host = public_ip()
    return "devops", "code", [
        "refactor this to use env vars:\n```python\nimport psycopg2, stripe\n\n",
        "DATABASE_URL = \"", URL_OPEN, "%s://%s:" % (pick(["postgres", "postgresql", "mysql"]), pick(["svc_app", "admin", "etl", "root"])),
        (pw, "PASSWORD"), "@%s:%d/%s" % (host, pick([5432, 3306, 6432]), pick(["prod", "orders", "analytics"])), URL_CLOSE, "\"\n",
        "stripe.api_key = \"", (pick(["sk_live_", "rk_live_"]) + alnum(24), "API_KEY"), "\"\n",
        "conn = psycopg2.connect(DATABASE_URL)\n```",
    ]


def t_code_redis_mongo():
    pw = password()
    return "devops", "code", [
        "this throws AUTH failed, why?\n```js\nconst client = new MongoClient(\"", URL_OPEN, "mongodb+srv://reporting:",
        (pw, "PASSWORD"), "@cluster0.%s.mongodb.net/?retryWrites=true" % alnum(5, string.ascii_lowercase + string.digits),
        URL_CLOSE, "\");\nconst redis = createClient({ url: '", URL_OPEN, "redis://default:", (password(), "PASSWORD"),
        "@%s:6379" % public_ip(), URL_CLOSE, "' });\n",
        "const gh = new Octokit({ auth: '", ("ghp_" + alnum(36), "API_KEY"), "' });\n",
        "fetch(API, { headers: { Authorization: 'Bearer ", (jwt(), "JWT"), "' } });\n```",
    ]


def t_dotenv():
    f, l = person(0)
    return "devops", "dotenv", [
        "which of these should be rotated? .env from the old droplet:\n```\nNODE_ENV=production\nPORT=8080\n",
        "OPENAI_API_KEY=", ("sk-proj-" + alnum(48), "API_KEY"), "\n",
        "AWS_ACCESS_KEY_ID=", ("AKIA" + alnum(16, string.ascii_uppercase + string.digits), "API_KEY"), "\n",
        "AWS_SECRET_ACCESS_KEY=", (aws_secret(), "HIGH_ENTROPY_SECRET"), "\n",
        "SESSION_SECRET=", (entropy_secret(), "HIGH_ENTROPY_SECRET"), "\n",
        "DB_PASSWORD=", (password(), "PASSWORD"), "\n",
        "ADMIN_EMAIL=", (email_for(f, l), "EMAIL_ADDRESS"), "\n",
        "SENTRY_DSN_TIMEOUT_MS=3000\nFEATURE_FLAGS=checkout_v2,new_nav\n```",
    ]


def t_chat_jwt():
    return "devops", "chat_messy", [
        pick(["hey can u help debug", "ugh", "quick one"]), " - my jwt is ", (jwt(), "JWT"),
        pick([" and it keeps 401ing on /me", " and the api says token expired but iat looks fine??",
              ", decode it and tell me whats wrong"]),
    ]


def t_chat_key_paste():
    return "devops", "chat_messy", [
        pick(["heres the deploy key, pls add it to the CI secrets:\n", "is this key RSA or ed25519?\n",
              "Can you convert this to PKCS8?\n"]), (pem(), "PRIVATE_KEY"),
        pick(["\nthx", "", "\n(from the bastion box)"]),
    ]


def t_chat_api_key():
    v = R.randint(0, 2)
    if v == 0:
        return "devops", "chat_messy", ["why is this returning 403: curl -H 'Authorization: Bearer ", (api_key(), "API_KEY"),
                                        "' ", ("https://api.kestrel.io/v1/jobs", "URL")]
    return "devops", "chat_messy", [
        pick(["my key ", "Using api key "]), (api_key(), "API_KEY"),
        pick([" stopped working after rotation", " - is it leaked if I pasted it in slack?"]),
    ]


def t_intl_chat():
    f, l = person()
    a, pc = uk_address()
    return "banking", "chat_messy", [
        pick(["Hiya, ", "hello - ", ""]), (f + " " + l, P), " here. I've moved to ", (a, "STREET_ADDRESS"), " ", (pc, "STREET_ADDRESS"),
        ", new mobile is ", (intl_phone(), "PHONE_NUMBER"), ". Please pay my refund into ",
        (iban(pick(["GB", "DE"])), "IBAN_CODE"), pick([" not the old account", ", cheers", ". Ta!"]),
    ]


def t_intl_email():
    f, l = person()
    de = de_address()
    return "banking", "email_thread", [
        "Translate to English:\n\nVon: ", (f + " " + l, P), " <", (email_for(f, l), "EMAIL_ADDRESS"), ">\n",
        "Betreff: Rückerstattung\n\nSehr geehrte Damen und Herren,\nbitte überweisen Sie den Betrag auf mein Konto ",
        (iban("DE"), "IBAN_CODE"), " (BIC ", (pick(["COBADEFFXXX", "DEUTDEFF", "GENODEF1M04"]), "SWIFT_CODE"), ").\n",
        "Meine Anschrift: ", (de, "STREET_ADDRESS"), ". Tel. ", (pick(["+49 30 ", "+49 89 ", "030 "]) + digits(4) + " " + digits(4), "PHONE_NUMBER"),
        "\nGeburtsdatum: ", (dob("dot"), "DATE_TIME"), "\n\nMit freundlichen Grüßen\n", (f + " " + l, P),
    ]


def t_word_names():
    f, l = pick(WORD_NAMES)
    f2, l2 = pick(WORD_NAMES)
    return "support", "chat_messy", [
        pick(["", "so "]), (f + " " + l, P), pick([" called again about the refund. ", " emailed twice today. "]),
        pick(["", "Then "]), (f2, P), pick([" from billing says ", " in accounts said "]),
        "the grant of store credit was approved for order %s. Will you reply to " % ("B-" + digits(6)),
        (email_for(f, l), "EMAIL_ADDRESS"), "?",
    ]


def t_name_sentence_start():
    f, l = person()
    return "clinical", "chat_messy", [
        (l, P), pick([" called the nurse line at 2am. ", " no-showed again. ", " is refusing the MRI. "]),
        (f, P), pick([" says ", " said "]), pick(["the pain is 8/10 since ", "symptoms started "]),
        (recent_date(pick(["mdy_long", "dmy_long", "us"])), "DATE_TIME"),
        ". DOB ", (dob(), "DATE_TIME"), ", MRN ", (mrn(), "MEDICAL_RECORD_NUMBER"), pick([". triage?", ". draft a note", ""]),
    ]


def t_rx():
    f, l = person()
    df, dl_ = person(0.05)
    return "clinical", "soap_note", [
        "Check this e-Rx for errors:\nPatient: ", (f + " " + l, P), "  DOB: ", (dob(), "DATE_TIME"), "\n",
        "Rx: ", pick(["oxycodone 5 mg tab, 1 PO q6h PRN, #20, RF 0", "lisinopril 10 mg, 1 PO daily, #90, RF 3",
                      "alprazolam 0.25 mg, 1 PO TID PRN, #30, RF 0"]), "\n",
        "Prescriber: ", (df + " " + dl_, P), ", DO  DEA ", (dea(dl_), "US_DEA"), "  NPI ", (npi(), "US_NPI"), "\n",
        "Pharmacy: Walgreens #%05d  NCPDP %s" % (R.randint(1, 19999), digits(7)),
    ]


def t_vehicle_claim():
    f, l = person()
    st, d = dl()
    return "insurance", "chat_messy", [
        "Summarize for the adjuster: claimant ", (f + " " + l, P), ", policy AUT-%s-%s, " % (digits(4), digits(3)),
        pick(["VIN ", "vin: ", "vehicle VIN "]), (vin(), "VEHICLE_ID"), ", %s driver license " % st, (d, "US_DRIVER_LICENSE"),
        ". Rear-ended at a light, est. repair $%d,%03d. Reach them at " % (R.randint(1, 9), R.randint(0, 999)),
        (us_phone(), "PHONE_NUMBER") if R.random() < 0.5 else (email_for(f, l), "EMAIL_ADDRESS"), ".",
    ]


def t_vehicle_fleet():
    parts = ["Fleet list for the renewal quote (csv):\nunit,year,make_model,vin,garaging_zip\n"]
    for i in range(R.randint(2, 4)):
        parts += ["T-%03d,%d,%s," % (R.randint(1, 400), R.randint(2015, 2025), pick(["Ford F-150", "Toyota Tacoma", "Ram 2500", "Honda Civic"])),
                  (vin(), "VEHICLE_ID"), ",", (pick(CITIES)[2] + digits(2), "US_ZIP_CODE"), "\n"]
    return "insurance", "csv", parts


def t_passport_travel():
    f, l = person()
    return "hr", "email_thread", [
        "From: travel desk\nTo: ", (email_for(f, l), "EMAIL_ADDRESS"), "\n\nHi ", (f, P),
        ", to book the Lisbon offsite we need your passport number and DOB exactly as printed.\n\n",
        "> passport ", (passport(), "US_PASSPORT"), ", dob ", (dob(pick(["dmy_abbr", "iso", "dmy_long"])), "DATE_TIME"),
        ", ", pick(["SSN ", "ssn: "]), (ssn(pick(["-", ""])), "US_SSN"), " if you need it for the visa\n> - ", (f, P),
    ]


def t_itin_tax():
    f, l = person()
    return "banking", "chat_messy", [
        pick(["my ITIN is ", "ITIN: ", "i have an itin not ssn - "]), (itin(), "US_ITIN"),
        pick([", name on it is ", " under "]), (f + " " + l, P),
        pick([". can I open a roth with that?", ". bank rejected the W-9, why?"]),
    ]


def t_npi_lookup():
    df, dl_ = person(0.05)
    parts = ["Credentialing roster, verify each NPI and DEA:\n"]
    for _ in range(R.randint(2, 3)):
        df, dl_ = person(0.05)
        parts += ["- ", (df + " " + dl_, P), pick([", MD", ", NP", ", PA-C", ""]), ": NPI ", (npi(), "US_NPI"), ", DEA ",
                  (dea(dl_), "US_DEA"), ", taxonomy 207R00000X\n"]
    return "clinical", "markdown_table", parts


def t_url_share():
    f, l = person()
    return "support", "chat_messy", [
        "can u summarize the doc at ", (url(), "URL"), " and send it to ", (email_for(f, l), "EMAIL_ADDRESS"),
        pick([" by eod", "? thx", " before the standup"]),
    ]


def t_ip_firewall():
    return "devops", "chat_messy", [
        "block ", (public_ip(), "IP_ADDRESS"), " and ", (public_ip(), "IP_ADDRESS"),
        " in the WAF, they hammered /login %d times; leave the office egress " % R.randint(300, 9000),
        (public_ip(), "IP_ADDRESS"), " alone",
    ]


def t_mbi_card():
    f, l = person()
    line, zipc, _ = street_line()
    return "insurance", "chat_messy", [
        pick(["my dad ", "mom "]), (f.lower() + " " + l.lower(), P), pick([" got a letter from cms", " lost his medicare card"]),
        ". mbi is ", (mbi(), "US_MBI"), ", he lives at ", (line, "STREET_ADDRESS"), " ", (zipc, "US_ZIP_CODE"),
        ", born ", (dob(pick(["us", "mdy_long"])), "DATE_TIME"), ". what do we do?",
    ]


def t_medicare_eob():
    f, l = person()
    return "insurance", "eob", [
        "Why was this denied?\n\nMEDICARE SUMMARY NOTICE\nName: ", (f.upper() + " " + l.upper(), P),
        "\nMedicare Number: ", (mbi(), "US_MBI"), "\nDate of birth: ", (dob("mdy_long"), "DATE_TIME"), "\n",
        "Dates of service: ", (recent_date("us"), "DATE_TIME"), "  Provider NPI ", (npi(), "US_NPI"),
        "  HCPCS E0601 CPAP  Amount Medicare paid $0.00  Notes: A, C (MAC denial CO-50)",
    ]


def t_ssh_help():
    f, l = person(0)
    return "devops", "chat_messy", [
        pick(["ssh keeps saying invalid format for this key, ", "Permission denied (publickey) with "]),
        pick(["user ", "login "]), (email_for(f, l), "EMAIL_ADDRESS"), " on ", (public_ip(), "IP_ADDRESS"), ":\n",
        (pem(), "PRIVATE_KEY"), "\nwhat's wrong with it?",
    ]


def t_jwt_transcript():
    return "devops", "transcript", [
        "User: the gateway rejects my token\nAssistant: Paste the token (redact if production).\nUser: ",
        (jwt(), "JWT"), "\nUser: also tried the refresh one ", (jwt(), "JWT"), "\nAssistant:",
    ]


def t_itin_chat():
    f, l = person()
    return "banking", "chat_messy", [
        pick(["hola, ", "", "hi - "]), "my spouse ", (f.lower() + " " + l.lower(), P), " uses ITIN ", (itin(), "US_ITIN"),
        " and i have ", pick(["SSN ", "ssn "]), (ssn(), "US_SSN"), pick([". can we file jointly?", ", which goes first on the 1040?"]),
    ]


POSITIVE = [
    (t_chat_pt_named, 7), (t_chat_support_login, 6), (t_chat_bank_mess, 6), (t_transcript_card, 7),
    (t_transcript_member, 6), (t_transcript_medicare, 6), (t_md_table_hr, 5), (t_md_table_clinic, 5),
    (t_csv_payments, 5), (t_csv_hr_ids, 5), (t_yaml_config, 5), (t_json_fhir, 5), (t_json_payment, 5),
    (t_json_service_account, 4), (t_email_thread, 6), (t_soap, 6), (t_radiology, 6), (t_eob, 6),
    (t_bank_statement, 5), (t_wire, 7), (t_chargeback, 6), (t_support_macro, 6), (t_logs, 5),
    (t_code_connstr, 5), (t_code_redis_mongo, 3), (t_dotenv, 5), (t_chat_jwt, 7), (t_chat_key_paste, 6),
    (t_chat_api_key, 6), (t_intl_chat, 7), (t_intl_email, 6), (t_word_names, 5), (t_name_sentence_start, 5),
    (t_rx, 6), (t_vehicle_claim, 5), (t_vehicle_fleet, 4), (t_passport_travel, 5), (t_itin_tax, 5),
    (t_npi_lookup, 4), (t_url_share, 6), (t_ip_firewall, 3), (t_mbi_card, 5),
    (t_medicare_eob, 6), (t_ssh_help, 5), (t_jwt_transcript, 4), (t_itin_chat, 5),
]


# ---------------------------- hard negatives -------------------------------------------
# No PII at all.  Every identifier-shaped number here is something else.


def luhn_invalid(n: int) -> str:
    while True:
        s = str(R.randint(1, 9)) + digits(n - 1)
        if not luhn_ok(s):
            return s


def hexs(n: int) -> str:
    return alnum(n, "0123456789abcdef")


def uuid4() -> str:
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def n_orders():
    return [
        "Where is order #%s-%s-%s? Carrier says UPS 1Z%s%s, last scan %s in Louisville. " % (
            R.randint(100, 999), digits(7), digits(7), alnum(6, string.ascii_uppercase + string.digits), digits(10),
            pick(["Tuesday", "yesterday", "this morning"])),
        pick(["Can you draft a polite follow-up to the carrier?", "Summarize the delay options.",
              "Write a status update for the customer."]),
    ]


def n_luhn_invalid():
    n = luhn_invalid(16)
    g = pick([" ", "-", ""])
    shown = g.join(n[i:i + 4] for i in range(0, 16, 4))
    return [pick(["Batch reference ", "Settlement file id ", "Reconciliation ref "]), shown,
            pick([" failed to import at step 3; the ledger total is off by $%d.%02d." % (R.randint(1, 999), R.randint(0, 99)),
                  " appears twice in the export. Which rows should we keep?"])]


def n_versions_hashes():
    return ["Bumped requests %d.%d.%d -> %d.%d.%d and urllib3 to %d.%d.%d; commit %s, image digest sha256:%s. " % (
        2, R.randint(20, 31), R.randint(0, 9), 2, R.randint(32, 33), R.randint(0, 5), 2, R.randint(0, 3), R.randint(0, 9),
        hexs(40), hexs(64)),
        "Build %d.%d.%d.%d passed on Windows %s. Write the changelog entry." % (
            R.randint(6, 10), R.randint(0, 4), R.randint(17000, 26000), R.randint(300, 9999), pick(["10", "11", "Server 2022"]))]


def n_uuids():
    return ["Job %s failed, retry %s succeeded; trace id %s, span %s. Tenant %s. " % (
        uuid4(), uuid4(), hexs(32), hexs(16), uuid4()),
        "Is this a race in the scheduler?"]


def n_codes():
    return ["Coding question: %s with CPT %s and %s, LOINC %s result %.1f. " % (
        pick(["E11.65", "I10", "J45.909", "M54.50", "F41.1", "Z79.4"]), pick(["99214", "99396", "83036", "93000"]),
        pick(["G0439", "36415", "80053"]), pick(["4548-4", "2345-7", "2093-3", "718-7"]), R.uniform(5.5, 11.0)),
        "Is modifier 25 needed if the annual wellness visit is billed the same day?"]


def n_doses_labs():
    return ["Start metoprolol succinate %d mg PO daily, titrate q2wk to HR < %d. " % (pick([25, 50]), R.randint(60, 75)),
            "Labs: K %.1f mmol/L, Na %d, Cr %.2f mg/dL, eGFR %d, INR %.1f, Hgb %.1f g/dL, plt %d K/uL. " % (
                R.uniform(3.2, 5.4), R.randint(128, 146), R.uniform(0.6, 2.4), R.randint(25, 110), R.uniform(0.9, 3.5),
                R.uniform(7.5, 15.5), R.randint(90, 450)),
            pick(["Any interactions with apixaban 5 mg BID?", "Is the potassium a concern with spironolactone 25 mg?"])]


def n_log_timestamps():
    lines = []
    for _ in range(R.randint(3, 5)):
        lines.append("2025-%02d-%02dT%02d:%02d:%02d.%03dZ %s %s pid=%d %s" % (
            R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999),
            pick(["INFO", "WARN", "ERROR"]), pick(["worker.pool", "http.server", "db.migrate", "cache.lru"]),
            R.randint(1000, 65000), pick(["pool exhausted conns=50 wait_ms=%d" % R.randint(100, 9000),
                                          "GET /healthz 200 %dms" % R.randint(1, 90),
                                          "evicted %d keys shard=%d" % (R.randint(10, 9000), R.randint(0, 15)),
                                          "migration 0042_add_index applied in %.2fs" % R.uniform(0.1, 9)])))
    return ["```\n" + "\n".join(lines) + "\n```\nWhy are the waits spiking?"]


def n_prices():
    return ["Quote comparison: Plan A $%d,%03d.%02d/yr, Plan B EUR %d.%03d,00, Plan C GBP %d,%03d. " % (
        R.randint(1, 40), R.randint(0, 999), R.randint(0, 99), R.randint(1, 40), R.randint(0, 999), R.randint(1, 40), R.randint(0, 999)),
        "Add 8.25%% tax and a $%d.00 setup fee; which is cheapest over 3 years?" % R.randint(50, 900)]


def n_part_numbers():
    a = "%d%s-%s-%s" % (R.randint(2, 9), digits(2), digits(3), digits(4))
    return ["Replacement gasket P/N %s fits models XR-%d and XR-%d; the kit is SKU %s-%s. " % (
        a, R.randint(100, 900), R.randint(100, 900), alnum(3, string.ascii_uppercase), digits(5)),
        "Part no. %s%s-%s-%s was superseded. Draft the service bulletin." % (R.randint(2, 9), digits(2), digits(3), digits(4))]


def n_word_names():
    return [pick(["Will the April billing run include the grant disbursement? ",
                  "We will grant read access in April once the bill is paid. "]),
            pick(["Bill the remaining hours to the Grant Program cost center. ", "The bill of materials will change in May. "]),
            pick(["Mark the invoice as paid; the price rose %d%% and we hope to sue the vendor if it rises again." % R.randint(2, 19),
                  "Be frank: will the Hope Street depot close, or will Chase Bank take the lease?"])]


def n_orgs():
    return ["Compare the sepsis bundles at %s, %s and %s. " % tuple(R.sample(
        ["Mayo Clinic", "Cleveland Clinic", "Mass General Brigham", "Cedars-Sinai", "Johns Hopkins Hospital",
         "St. Jude Children's Research Hospital", "Mount Sinai", "Kaiser Permanente", "Brigham and Women's"], 3)),
        "Also note the pharma partners (%s, %s) and banks (%s)." % (
            pick(["Johnson & Johnson", "Eli Lilly", "Merck"]), pick(["Pfizer", "AbbVie", "Bristol Myers Squibb"]),
            pick(["Wells Fargo", "Morgan Stanley", "Goldman Sachs", "Charles Schwab"]))]


def n_clinical_no_pii():
    return ["%d y/o %s with T2DM and CKD stage 3a, A1c %.1f%%, on metformin %d mg BID. " % (
        R.randint(40, 85), pick(["woman", "man"]), R.uniform(6.5, 10.5), pick([500, 1000])),
        "Per KDIGO 2022, should we add an SGLT2 inhibitor? Dose-adjust for eGFR %d?" % R.randint(30, 59)]


def n_code_no_secret():
    return ["```python\nimport os\nDB_PASSWORD = os.environ[\"DB_PASSWORD\"]\napi_key = secrets_client.get(\"stripe/api_key\")\n"
            "token = request.headers.get(\"Authorization\", \"\").removeprefix(\"Bearer \")\n"
            "MAX_RETRIES = %d\nTIMEOUT_S = %.1f\n```\nIs reading the secret at import time a problem?" % (
                R.randint(2, 9), R.uniform(1, 30))]


def n_env_placeholders():
    return ["Template .env for the README:\n```\nOPENAI_API_KEY=<your-key-here>\nDB_PASSWORD=${DB_PASSWORD}\n"
            "SESSION_SECRET=\nSTRIPE_KEY=sk_test_xxx\nPORT=%d\nLOG_LEVEL=%s\n```\nAnything missing?" % (
                pick([3000, 8000, 8080]), pick(["info", "debug"]))]


def n_non_person_dates():
    return ["Release %d.%d ships %s; the Q%d invoice is dated %s and the lease starts %s. " % (
        R.randint(1, 9), R.randint(0, 20), recent_date(), R.randint(1, 4), recent_date("dmy_long"), recent_date("mdy_long")),
        "Build a timeline for the board deck."]


def n_sku_table():
    rows = "\n".join("| %s-%s | %d | $%d.%02d | %s |" % (alnum(3, string.ascii_uppercase), digits(5), R.randint(0, 900),
                                                       R.randint(1, 300), R.randint(0, 99), pick(["Reno DC", "Memphis DC", "Ontario DC"]))
                     for _ in range(R.randint(3, 5)))
    return ["| SKU | On hand | Unit cost | Warehouse |\n|---|---|---|---|\n" + rows + "\nWhich SKUs need reordering?"]


def n_lab_csv():
    rows = "\n".join("%s,%s,%s,%s" % r for r in R.sample([
        ("4548-4", "Hemoglobin A1c", "4.0-5.6", "%"), ("2345-7", "Glucose", "70-99", "mg/dL"),
        ("2160-0", "Creatinine", "0.57-1.00", "mg/dL"), ("718-7", "Hemoglobin", "11.1-15.9", "g/dL"),
        ("2823-3", "Potassium", "3.5-5.2", "mmol/L"), ("3016-3", "TSH", "0.450-4.500", "uIU/mL")], 4))
    return ["loinc,name,ref_range,unit\n" + rows + "\nConvert to a FHIR ValueSet."]


def n_yaml_no_secret():
    return ["```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\nspec:\n  replicas: %d\n"
            "  template:\n    spec:\n      containers:\n        - name: app\n          image: registry/checkout@sha256:%s\n"
            "          envFrom:\n            - secretRef:\n                name: checkout-secrets\n```\nWhy is the rollout stuck?" % (
                R.randint(2, 12), hexs(64))]


def n_tracking_numbers():
    return ["USPS %s %s %s %s %s %s, FedEx %s, DHL %s. " % (
        "94" + digits(2), digits(4), digits(4), digits(4), digits(4), digits(2), digits(12), digits(10)),
        "Which of these are delayed more than 5 days?"]


def n_bank_generic():
    return ["Our fee schedule: outgoing domestic wire $%d, international $%d, ACH return R0%d fee $%d. " % (
        R.randint(15, 35), R.randint(35, 65), R.randint(1, 9), R.randint(5, 30)),
        "The ABA lookup tool and SWIFT gpi tracker were down on the 3rd. Summarize for the ops newsletter."]


def n_phone_shaped_misc():
    return ["Model %s-%s-%s ships in case packs of %d; ISBN 978-%d-%s-%s-%d. " % (
        R.randint(200, 999), digits(3), digits(4), R.randint(6, 48), R.randint(0, 1), digits(3), digits(5), R.randint(0, 9)),
        "Patent US %d,%03d,%03d B2 covers it. Draft the spec sheet." % (R.randint(9, 11), R.randint(0, 999), R.randint(0, 999))]


NEGATIVE = [
    (n_orders, 6), (n_luhn_invalid, 8), (n_versions_hashes, 5), (n_uuids, 4), (n_codes, 5), (n_doses_labs, 5),
    (n_log_timestamps, 5), (n_prices, 4), (n_part_numbers, 5), (n_word_names, 8), (n_orgs, 6),
    (n_clinical_no_pii, 4), (n_code_no_secret, 3), (n_env_placeholders, 3), (n_non_person_dates, 4),
    (n_sku_table, 4), (n_lab_csv, 3), (n_yaml_no_secret, 3), (n_tracking_numbers, 4), (n_bank_generic, 4),
    (n_phone_shaped_misc, 4),
]
NEG_DOMAIN = {
    n_orders: "support", n_luhn_invalid: "payments", n_versions_hashes: "devops", n_uuids: "devops",
    n_codes: "clinical", n_doses_labs: "clinical", n_log_timestamps: "devops", n_prices: "payments",
    n_part_numbers: "support", n_word_names: "support", n_orgs: "clinical", n_clinical_no_pii: "clinical",
    n_code_no_secret: "devops", n_env_placeholders: "devops", n_non_person_dates: "hr", n_sku_table: "support",
    n_lab_csv: "clinical", n_yaml_no_secret: "devops", n_tracking_numbers: "support", n_bank_generic: "banking",
    n_phone_shaped_misc: "support",
}


# --------------------------------------------------------------------------------------


def generate() -> list[dict]:
    R.seed(SEED)
    recs = []
    for fn, n in POSITIVE:
        for _ in range(n):
            domain, kind, parts = fn()
            text, spans = build(parts)
            recs.append({"domain": domain, "kind": kind, "text": text, "spans": spans, "_t": fn.__name__})
    for fn, n in NEGATIVE:
        for _ in range(n):
            text, spans = build(fn())
            recs.append({"domain": NEG_DOMAIN[fn], "kind": "hard_negative", "text": text, "spans": [], "_t": fn.__name__})
    R.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "ho-%04d-%s" % (i, r["_t"]), "domain": r["domain"], "kind": r["kind"],
                    "text": r["text"], "spans": r["spans"]})
    return out


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--check", action="store_true", help="verify the committed file instead of writing")
    args = ap.parse_args(argv)
    data = render(generate())
    if args.check:
        current = Path(args.out).read_text(encoding="utf-8") if Path(args.out).exists() else ""
        if current != data:
            print("%s is stale: rerun generate.py" % args.out, file=sys.stderr)
            return 1
        return 0
    Path(args.out).write_text(data, encoding="utf-8")
    print("wrote %d records to %s" % (data.count("\n"), args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
