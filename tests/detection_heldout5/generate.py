#!/usr/bin/env python3
"""Deterministic generator for the held-out-5 detection evaluation set.

Writes ``prompts.jsonl`` next to this file.  Stdlib only; a single
``random.Random(SEED)`` is consumed in a fixed order.  Gold spans are recorded
while each text is assembled from plain strings and ``(ENTITY_TYPE, value)``
pieces (``value`` may itself be a list of pieces for nested labels), never by
searching the finished text.

    python generate.py            # (re)write prompts.jsonl
    python generate.py --check    # exit 1 if the committed file differs
    python generate.py --stats    # print composition counts
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 5_20250611
POS_USES = 4  # every positive template is instantiated 4 times
NEG_USES_4 = 27  # the first 27 negative templates 4 times, the rest 3 times
MIN_LEN, MAX_LEN = 200, 900
OUT = Path(__file__).resolve().parent / "prompts.jsonl"

# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------


def assemble(pieces):
    out: list[str] = []
    spans: list[dict] = []
    pos = 0

    def emit(p):
        nonlocal pos
        if isinstance(p, str):
            out.append(p)
            pos += len(p)
        elif isinstance(p, tuple):
            etype, val = p
            start = pos
            emit(val)
            if pos == start:
                raise ValueError("empty span for %s" % etype)
            spans.append({"start": start, "end": pos, "entity_type": etype})
        elif isinstance(p, list):
            for q in p:
                emit(q)
        else:
            raise TypeError(repr(p))

    emit(pieces)
    spans.sort(key=lambda s: (s["start"], -s["end"], s["entity_type"]))
    return "".join(out), spans


# ---------------------------------------------------------------------------
# value data
# ---------------------------------------------------------------------------

FIRST = [
    "Amara", "Tomasz", "Giulia", "João", "Mei-Lin", "Aarav", "Fatima", "Oluwaseun", "Siobhan",
    "Mateo", "Ingrid", "Kenji", "Leilani", "Dmitri", "Zainab", "Rafael", "Chiara", "Wojciech",
    "Anaïs", "Thandiwe", "Bartholomew", "Marisol", "Henrik", "Priyanka", "Declan", "Yusuf",
    "Rosalind", "Ngozi", "Lorenzo", "Agnieszka", "Hamid", "Soo-ah", "Esperanza", "Torben",
    "Imogen", "Kwame", "Valentina", "Dariusz", "Camille", "Ravi", "Eleanor", "Teodoro",
]
LAST = [
    "Okonkwo", "Kowalczyk", "Bianchi", "Ferreira da Silva", "Nakamura", "Patel", "Al-Hashimi",
    "O'Sullivan", "García-Márquez", "van der Berg", "de la Cruz", "Lindqvist", "Haddad", "Nowak",
    "Esposito", "Schneider", "Dubois", "Tanaka", "Adeyemi", "Castellanos", "Szymańska", "Kapoor",
    "MacLeod", "Abernathy", "Delacroix-Hart", "Yilmaz", "Petrov", "Ramírez", "Whitfield",
    "Oyelaran", "Brandão", "Wiśniewski", "Holloway", "Vasquez-Obi", "Di Stefano", "Achterberg",
    "Kim", "Mwangi", "Sørensen", "Quintero", "Baptiste", "Zielińska",
]
MIDDLE = "ABCDEFGHJKLMNPRSTW"
STREETS = ["Maple", "Alder", "Kensington", "Cypress Hollow", "Old Mill", "Juniper", "Harborview",
           "Magnolia", "Birchwood", "Lakeshore", "Sandpiper", "Quarry", "Orchard", "Wexford",
           "Cedar Ridge", "Tamarack", "Foxglove", "Pinecrest", "Riverbend", "Larkspur"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Terrace", "Street", "Avenue"]
UNITS = ["Apt 4B", "Unit 12", "#310", "Apt 7", "Suite 200", "Apt 2R", "Unit C"]
CITIES = [("Tucson", "AZ", "857"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"),
          ("Spokane", "WA", "992"), ("Madison", "WI", "537"), ("Boise", "ID", "837"),
          ("Raleigh", "NC", "276"), ("Albany", "NY", "122"), ("Savannah", "GA", "314"),
          ("Omaha", "NE", "681"), ("Tulsa", "OK", "741"), ("Newark", "NJ", "071"),
          ("Provo", "UT", "846"), ("Lowell", "MA", "018"), ("Billings", "MT", "591")]
AREA = ["212", "312", "415", "617", "702", "503", "305", "214", "404", "720", "619", "808",
        "907", "615", "512", "971", "248"]
MAILDOM = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com", "fastmail.com",
           "hey.com", "web.de", "libero.it", "wp.pl", "sapo.pt", "gmx.de", "orange.fr"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro"]
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]

ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TRANS = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
IBAN_SPEC = {  # country: list of (kind, count) for the BBAN, kind n=digit a=upper c=alnum
    "DE": [("n", 18)], "GB": [("a", 4), ("n", 14)], "FR": [("n", 23)],
    "IT": [("a", 1), ("n", 10), ("c", 12)], "ES": [("n", 20)], "PT": [("n", 21)],
    "PL": [("n", 24)], "NL": [("a", 4), ("n", 10)], "BE": [("n", 12)],
    "CH": [("n", 5), ("c", 12)], "AT": [("n", 16)], "IE": [("a", 4), ("n", 14)],
}


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class G:
    """Value factory; every method draws from the shared Random in call order."""

    def __init__(self, r: random.Random):
        self.r = r

    # generic
    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def nonluhn(self, n, first="123456789"):
        s = self.r.choice(first) + self.digits(n - 1)
        while luhn_ok(s):
            s = s[:-1] + str((int(s[-1]) + 1) % 10)
        return s

    # people
    def first(self):
        return self.pick(FIRST)

    def last(self, apostrophe=True):
        while True:
            x = self.pick(LAST)
            if apostrophe or "'" not in x:
                return x

    def render(self, first, last, style=None):
        style = style or self.pick(["fl", "fl", "fml", "LF", "FL", "lower", "init"])
        if style == "fl":
            return "%s %s" % (first, last)
        if style == "fml":
            return "%s %s. %s" % (first, self.pick(MIDDLE), last)
        if style == "LF":
            return "%s, %s" % (last, first)
        if style == "FL":
            return "%s %s" % (first.upper(), last.upper())
        if style == "lower":
            return "%s %s" % (first.lower(), last.lower())
        if style == "init":
            return "%s. %s" % (first[0], last)
        raise ValueError(style)

    def name(self, style=None, apostrophe=True):
        f, l = self.first(), self.last(apostrophe)
        return f, l, self.render(f, l, style)

    def email(self, first, last, dom=None):
        f = ascii_fold(first).lower().replace(" ", "").replace("'", "").replace("-", "")
        l = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        local = self.pick(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%s" % (f, l[:4], self.digits(2)),
                           "%s.%s" % (l, f[0])])
        return "%s@%s" % (local, dom or self.pick(MAILDOM))

    def phone(self):
        a = self.pick(AREA)
        e = str(self.r.randint(201, 989))
        while e[1:] == "11" or e == "555":
            e = str(self.r.randint(201, 989))
        n = self.digits(4)
        return self.pick(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s", "+1 (%s) %s-%s"]) % (a, e, n)

    def intl_phone(self, cc):
        if cc == "PT":
            return "+351 9%s%s %s %s" % (self.pick("1236"), self.digits(1), self.digits(3), self.digits(3))
        if cc == "IT":
            return "+39 3%s %s" % (self.digits(2), self.digits(7))
        if cc == "PL":
            return "+48 %s %s %s" % (self.pick(["501", "602", "693", "726", "881"]), self.digits(3), self.digits(3))
        if cc == "DE":
            return "+49 %s %s" % (self.pick(["30", "89", "40", "221", "151"]), self.digits(7))
        if cc == "FR":
            return "+33 6 %s %s %s %s" % tuple(self.digits(2) for _ in range(4))
        if cc == "ES":
            return "+34 6%s %s %s" % (self.digits(2), self.digits(3), self.digits(3))
        if cc == "GB":
            return "+44 7%s %s" % (self.digits(3), self.digits(6))
        raise ValueError(cc)

    # dates
    def dob(self, lo=1926, hi=2012):
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def recent(self):
        return dt.date(self.r.randint(2021, 2025), self.r.randint(1, 12), self.r.randint(1, 28))

    def fmt(self, d, style=None):
        style = style or self.pick(["us", "iso", "long", "dmy_dot", "dbY"])
        if style == "us":
            return "%02d/%02d/%d" % (d.month, d.day, d.year)
        if style == "iso":
            return d.isoformat()
        if style == "long":
            return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
        if style == "dmy_dot":
            return "%02d.%02d.%d" % (d.day, d.month, d.year)
        if style == "dbY":
            return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
        if style == "hl7":
            return "%04d%02d%02d" % (d.year, d.month, d.day)
        if style == "pt":
            return "%d de %s de %d" % (d.day, MONTHS_PT[d.month - 1], d.year)
        if style == "es":
            return "%d de %s de %d" % (d.day, MONTHS_ES[d.month - 1], d.year)
        if style == "it":
            return "%d %s %d" % (d.day, MONTHS_IT[d.month - 1], d.year)
        if style == "de":
            return "%d. %s %d" % (d.day, MONTHS_DE[d.month - 1], d.year)
        if style == "pl":
            return "%d %s %d" % (d.day, MONTHS_PL[d.month - 1], d.year)
        if style == "fr":
            return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
        if style == "dmy":
            return "%02d/%02d/%d" % (d.day, d.month, d.year)
        raise ValueError(style)

    def age(self):
        return str(self.r.randint(90, 106))

    def young_age(self):
        return str(self.r.randint(19, 84))

    # addresses
    def street(self, city=True):
        num = str(self.r.randint(3, 9899))
        d = self.pick(["", "", "N ", "S ", "E ", "W ", "NW "])
        line = "%s %s%s %s" % (num, d, self.pick(STREETS), self.pick(SUFFIX))
        if self.r.random() < 0.35:
            line += (", " if self.r.random() < 0.5 else " ") + self.pick(UNITS)
        c = self.pick(CITIES)
        if city:
            line += ", %s, %s" % (c[0], c[1])
        z = c[2] + self.digits(2)
        if self.r.random() < 0.2:
            z += "-" + self.digits(4)
        return line, z, c

    # government / health ids
    def ssn(self, dashed=True):
        area = self.r.randint(1, 899)
        while area == 666:
            area = self.r.randint(1, 899)
        s = "%03d%02d%04d" % (area, self.r.randint(1, 99), self.r.randint(1, 9999))
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:]) if dashed else s

    def itin(self):
        return "9%s-%02d-%s" % (self.digits(2), self.pick(ITIN_GROUPS), "%04d" % self.r.randint(1, 9999))

    def dl(self):
        k = self.pick(["CA", "NY", "FL", "IL", "TX", "WA", "NJ", "PA"])
        if k == "CA":
            v = self.pick(string.ascii_uppercase) + self.digits(7)
        elif k == "NY":
            v = self.digits(9)
        elif k == "FL":
            L = self.pick(string.ascii_uppercase)
            v = "%s%s-%s-%s-%s-%s" % (L, self.digits(3), self.digits(3), self.digits(2), self.digits(3), self.digits(1))
        elif k == "IL":
            v = "%s%s-%s-%s" % (self.pick(string.ascii_uppercase), self.digits(3), self.digits(4), self.digits(4))
        elif k == "TX" or k == "PA":
            v = self.pick("123456789") + self.digits(7)
        elif k == "WA":
            v = "WDL" + self.chars(UPPER_NUM, 9)
        else:
            v = self.pick(string.ascii_uppercase) + self.digits(14)
        return k, v

    def passport(self):
        return self.pick([self.pick("AC") + self.digits(8), self.pick("5") + self.digits(8)])

    def mrn(self):
        return self.pick([self.digits(8), "E" + self.digits(7), "MR" + self.digits(7), self.digits(3) + "-" + self.digits(4) + "-" + self.digits(2)])

    def npi(self):
        base = self.pick("12") + self.digits(8)
        full = luhn_complete("80840" + base)
        return full[5:]

    def dea(self, last):
        lead = self.pick("ABFGM")
        second = ascii_fold(last).replace(" ", "")[0].upper() if last else "9"
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return lead + second + "".join(map(str, d)) + str(chk)

    def mbi(self, dashed=False):
        a = MBI_ALPHA
        an = a + string.digits
        s = (self.pick("123456789") + self.pick(a) + self.pick(an) + self.pick(string.digits) + self.pick(a)
             + self.pick(an) + self.pick(string.digits) + self.pick(a) + self.pick(a)
             + self.pick(string.digits) + self.pick(string.digits))
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s

    def hpid(self):
        return self.pick([self.chars(string.ascii_uppercase, 3) + self.digits(9), "W" + self.digits(9),
                          "U" + self.digits(8) + "01", self.chars(string.ascii_uppercase, 2) + self.digits(10)])

    # payment
    def card(self, brand=None, sep=None):
        brand = brand or self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if brand == "visa":
            p, n = "4", 16
        elif brand == "mc":
            p, n = "5" + self.pick("12345"), 16
        elif brand == "mc2":
            p, n = str(self.r.randint(2221, 2720)), 16
        elif brand == "amex":
            p, n = self.pick(["34", "37"]), 15
        else:
            p, n = self.pick(["6011", "65", "644", "649"]), 16
        pan = luhn_complete(p + self.digits(n - len(p) - 1))
        sep = self.pick([" ", "-", ""]) if sep is None else sep
        if n == 15:
            shown = sep.join([pan[:4], pan[4:10], pan[10:]])
        else:
            shown = sep.join(pan[i:i + 4] for i in range(0, 16, 4))
        return brand, pan, shown

    def cvv(self, brand):
        return self.digits(4 if brand == "amex" else 3)

    def exp(self):
        return "%02d/%02d" % (self.r.randint(1, 12), self.r.randint(26, 31))

    def track1(self, pan, first, last):
        yymm = "%02d%02d" % (self.r.randint(26, 30), self.r.randint(1, 12))
        nm = ascii_fold("%s/%s" % (last.upper(), first.upper())).replace("'", "")
        return "%B" + pan + "^" + nm + "^" + yymm + self.pick(["101", "201"]) + self.digits(12) + "?"

    def track2(self, pan):
        yymm = "%02d%02d" % (self.r.randint(26, 30), self.r.randint(1, 12))
        return ";" + pan + "=" + yymm + self.pick(["101", "201"]) + self.digits(10) + "?"

    def iban(self, cc=None, grouped=None):
        cc = cc or self.pick(sorted(IBAN_SPEC))
        bban = ""
        for kind, n in IBAN_SPEC[cc]:
            alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": UPPER_NUM}[kind]
            bban += self.chars(alpha, n)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        chk = 98 - int(num) % 97
        iban = "%s%02d%s" % (cc, chk, bban)
        grouped = (self.r.random() < 0.5) if grouped is None else grouped
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban

    def aba(self):
        pre = self.pick(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                         "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32",
                         "61", "63", "65", "67", "71", "72"])
        d = [int(c) for c in pre + self.digits(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
        return "".join(map(str, d)) + str((-s) % 10)

    def acct(self):
        return self.pick("123456789") + self.digits(self.r.randint(7, 11))

    def swift(self, cc=None):
        cc = cc or self.pick(["DE", "PT", "IT", "PL", "GB", "FR", "ES", "US", "NL", "CH"])
        bank = self.pick(["NBRW", "KOLT", "FIDU", "ALPN", "BKRT", "CSTR", "MERI", "VALO", "HARB", "SOLV", "QRTZ"])
        loc = self.pick(["2L", "FF", "MM", "PW", "22", "3N", "LL", "PP"])
        br = self.pick(["", "", "XXX", "1A0", "MIL"])
        return bank + cc + loc + br

    # secrets
    def apikey(self, kind=None):
        kind = kind or self.pick(["openai", "anthropic", "aws", "github", "stripe", "slack", "google", "gitlab", "sendgrid", "hf"])
        if kind == "openai":
            return "sk-proj-" + self.chars(ALNUM, 48)
        if kind == "anthropic":
            return "sk-ant-api03-" + self.chars(B64URL, 86) + "AA"
        if kind == "aws":
            return "AKIA" + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        if kind == "github":
            return "ghp_" + self.chars(ALNUM, 36)
        if kind == "stripe":
            return self.pick(["sk_live_", "rk_live_"]) + self.chars(ALNUM, 24)
        if kind == "slack":
            return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.chars(ALNUM, 24))
        if kind == "google":
            return "AIza" + self.chars(B64URL, 35)
        if kind == "gitlab":
            return "glpat-" + self.chars(B64URL, 20)
        if kind == "sendgrid":
            return "SG." + self.chars(B64URL, 22) + "." + self.chars(B64URL, 43)
        if kind == "hf":
            return "hf_" + self.chars(string.ascii_letters, 34)
        raise ValueError(kind)

    def hes(self):
        k = self.r.randint(0, 3)
        if k == 0:
            return self.chars(HEX, 64)
        if k == 1:
            return self.chars(ALNUM, 40)
        if k == 2:
            return self.chars(ALNUM + "+/", 40)
        return self.chars(ALNUM, 32)

    def password(self, urlsafe=False):
        words = ["maple", "Kite", "orbit", "Saffron", "tundra", "Pixel", "harbor", "Quill", "ember", "Lotus", "granite", "Vesper"]
        k = self.r.randint(0, 2)
        if k == 0:
            pw = self.pick(words) + self.pick("-_.") + self.pick(words) + self.digits(2) + self.pick("!*~")
        elif k == 1:
            pw = self.chars(ALNUM, 10) + self.pick("!*~") + self.digits(1)
        else:
            pw = self.pick(words).capitalize() + self.digits(4) + self.pick("!*$#")
        if urlsafe:
            pw = pw.replace("$", "~").replace("#", "~")
        return pw

    def pem(self, escaped=False, indent=""):
        kind = self.pick(["EC ", "OPENSSH ", "", "RSA "])
        if kind == "EC ":
            body = ["MHcCAQEEI" + self.chars(B64, 55), self.chars(B64, 64), self.chars(B64, 40) + "=="]
        elif kind == "OPENSSH ":
            body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                    self.chars(B64, 70), self.chars(B64, 70), self.chars(B64, 36) + "="]
        elif kind == "":
            body = ["MC4CAQAwBQYDK2VwBCIEI" + self.chars(B64, 27)]
        else:
            body = ["MIIBOgIBAAJBA" + self.chars(B64, 51), self.chars(B64, 64), self.chars(B64, 64),
                    self.chars(B64, 64), self.chars(B64, 20) + "=="]
        lines = ["-----BEGIN %sPRIVATE KEY-----" % kind] + body + ["-----END %sPRIVATE KEY-----" % kind]
        sep = "\\n" if escaped else "\n" + indent
        return sep.join(lines)

    def jwt(self, sub=None):
        def b64(obj):
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
        alg = self.pick(["HS256", "RS256"])
        iat = 1700000000 + self.r.randint(0, 40000000)
        payload = {"sub": sub or ("usr_" + self.chars(ALNUM, 10)), "iat": iat, "exp": iat + 3600,
                   "scope": self.pick(["read", "claims:write", "portal"])}
        return b64({"alg": alg, "typ": "JWT"}) + "." + b64(payload) + "." + self.chars(B64URL, 43)

    # devices / vehicles / network
    def imei(self):
        return luhn_complete(self.pick(["35", "86", "01", "49"]) + self.digits(12))

    def serial(self):
        return self.pick([self.chars(UPPER_NUM, 12), "SN" + self.digits(9), "%s-%s-%s" % (self.chars(UPPER_NUM, 4), self.digits(5), self.chars(UPPER_NUM, 2)),
                          self.chars(string.ascii_uppercase, 3) + self.digits(8)])

    def mac(self):
        return ":".join(self.chars("0123456789ABCDEF", 2) for _ in range(6))

    def udi(self):
        body = "0" + self.digits(12)
        tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
        gtin = body + str((10 - tot % 10) % 10)
        exp = "%02d%02d%02d" % (self.r.randint(26, 30), self.r.randint(1, 12), self.r.randint(1, 28))
        return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, self.chars(UPPER_NUM, 6), self.chars(UPPER_NUM, 8))

    def vin(self):
        wmi = self.pick(["1HG", "WBA", "5YJ", "JTD", "3FA", "1FT", "WVW", "KNA", "2T1", "YV1"])
        body = wmi + self.chars(VIN_CHARS, 5) + "0" + self.pick("LMNPRSTV") + self.chars(VIN_CHARS, 1) + self.digits(6)
        s = sum(VIN_TRANS[c] * w for c, w in zip(body, VIN_W))
        c = s % 11
        return body[:8] + ("X" if c == 10 else str(c)) + body[9:]

    def ip4(self):
        first = self.pick([23, 34, 52, 66, 73, 81, 98, 104, 142, 151, 185, 188, 91, 45])
        return "%d.%d.%d.%d" % (first, self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))

    def ipriv(self):
        return self.pick(["10.%d.%d.%d" % (self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254)),
                          "192.168.%d.%d" % (self.r.randint(0, 255), self.r.randint(1, 254)),
                          "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(1, 254))])

    def ip6(self):
        return "2a02:%s:%s:%s::%s" % tuple(self.chars(HEX, 4).lstrip("0") or "0" for _ in range(4))

    def org(self):
        return self.pick(["northbridge-dental", "sunvale-health", "copperline-bank", "marrow-clinic", "harborpoint-vet",
                          "ledgerly", "tidewater-ins", "quillfield-law", "parcelnest", "brightpath-lending"])

    def url(self, path=None):
        return "https://%s.%s/%s" % (self.pick(["portal", "app", "my", "secure", "docs"]), self.org() + self.pick([".com", ".org", ".io", ".net"]),
                                    path or self.pick(["account/settings", "patients/intake", "claims/upload", "pay/" + self.chars(ALNUM, 8), "s/" + self.chars(ALNUM, 10)]))


# ---------------------------------------------------------------------------
# positive templates: each returns (domain, format, pieces)
# ---------------------------------------------------------------------------

PER, EML, PHN, URL, IP = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS"
ADDR, ZIP, DATE, AGE = "STREET_ADDRESS", "US_ZIP_CODE", "DATE_TIME", "AGE"
SSN, ITIN, DL, PASS = "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT"
MRN, NPI, DEA, MBI, HPID = "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI", "HEALTH_PLAN_ID"
CC, CVV, TRK, IBAN = "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE"
ABA, ACCT, SWIFT = "US_ROUTING_NUMBER", "US_BANK_ACCOUNT", "SWIFT_CODE"
KEY, PEM, JWT, PWD, HES = "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET"
DEV, VIN = "DEVICE_ID", "VEHICLE_ID"

POSITIVE = []


def pos(fn):
    POSITIVE.append(fn)
    return fn


@pos
def p_intake_chat(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    return "clinical", "chat", [
        "User: I'm a front-desk coordinator. Please turn this voicemail into a tidy intake note.\n"
        "\"Hi, this is ", (PER, n), ", calling about my mother ", (PER, g.render(g.first(), l, "fl")),
        ". She's ", (AGE, g.age()), " and fell last week. Her date of birth is ", (DATE, g.fmt(g.dob(1919, 1934))),
        ", medical record number ", (MRN, g.mrn()), ". She lives at ", (ADDR, st), " ", (ZIP, z),
        ". Call me back at ", (PHN, g.phone()), " any time after 3.\"\nKeep it under five bullet points."]


@pos
def p_hl7_adt(g):
    f, l, _ = g.name(apostrophe=False)
    df, dl_, _ = g.name(apostrophe=False)
    st, z, c = g.street(city=False)
    adm = g.recent()
    return "clinical", "hl7v2", [
        "Parse this ADT feed and tell me why the interface engine rejected it:\n"
        "MSH|^~\\&|EPICADT|SUNVALE|LABSYS|SUNVALE|20240311084512||ADT^A01|MSG", g.digits(6), "|P|2.5.1\r"
        "PID|1||", (MRN, g.mrn()), "^^^SUNVALE^MR||", (PER, "%s^%s^%s" % (ascii_fold(l).upper(), ascii_fold(f).upper(), g.pick(MIDDLE))),
        "||", (DATE, g.fmt(g.dob(), "hl7")), "|", g.pick("FM"), "|||", (ADDR, st), "^^", c[0], "^", c[1], "^", (ZIP, z),
        "||", (PHN, g.phone()), "\r"
        "PV1|1|I|4W^412^B|||||", (NPI, g.npi()), "^", (PER, "%s^%s" % (ascii_fold(dl_).upper(), ascii_fold(df).upper())),
        "^^^^MD||||||||||||||||||||||||||||||||", (DATE, "%s%02d%02d" % (g.fmt(adm, "hl7"), g.r.randint(0, 23), g.r.randint(0, 59))), "\r"]


@pos
def p_fhir_patient(g):
    f, l, _ = g.name()
    st, z, c = g.street(city=False)
    return "clinical", "fhir_json", [
        "Validate this FHIR Patient resource against US Core and list any missing must-support elements:\n"
        '{"resourceType":"Patient","identifier":[{"system":"', (URL, "https://fhir.%s.org/sid/mrn" % g.org()), '","value":"', (MRN, g.mrn()),
        '"}],"name":[{"family":"', (PER, l), '","given":["', (PER, f), '"]}],"telecom":[{"system":"phone","value":"', (PHN, g.phone()),
        '"},{"system":"email","value":"', (EML, g.email(f, l)), '"}],"gender":"', g.pick(["female", "male", "unknown"]),
        '","birthDate":"', (DATE, g.fmt(g.dob(), "iso")), '","address":[{"line":["', (ADDR, st), '"],"city":"', c[0],
        '","state":"', c[1], '","postalCode":"', (ZIP, z), '"}]}']


@pos
def p_dental_referral(g):
    f, l, n = g.name()
    dl_ = g.last()
    return "clinical", "letter", [
        "Draft a friendlier version of this dental referral letter:\n\nRe: ", (PER, n), "  DOB ", (DATE, g.fmt(g.dob(1950, 2015))),
        "\nDear Dr. ", (PER, dl_), ",\nWe are referring the above patient for evaluation of #", str(g.r.randint(1, 32)),
        " (suspected vertical root fracture). Periapical films attached. Insurance member ID ", (HPID, g.hpid()),
        ", group ", g.digits(6), ". The patient prefers contact by phone at ", (PHN, g.phone()), ".\n\nRegards,\n",
        (PER, g.render(g.first(), g.last(), "fl")), ", DDS  NPI ", (NPI, g.npi()), "\n", (EML, "referrals@%s.com" % g.org())]


@pos
def p_behavioral_notes(g):
    f, l, n = g.name()
    rel = g.first()
    return "clinical", "transcript", [
        "Summarize this behavioral-health session transcript into a SOAP note. Do not add diagnoses.\n"
        "[Therapist ", (PER, g.render(g.first(), g.last(), "fl")), ", session ", (DATE, g.fmt(g.recent(), "us")), "]\n"
        "T: How have things been since we last met, ", (PER, f), "?\n"
        "C: Honestly rough. My sister ", (PER, rel), " moved back in and we argue a lot. I'm ", g.young_age(), " and still feel like a kid around her.\n"
        "T: Did you try the grounding exercise?\n"
        "C: Twice. I also called the crisis line once. If you need to reach me, use my cell ", (PHN, g.phone()), ", not the house phone.\n"
        "T: Noted. Same time in two weeks?"]


@pos
def p_genetics_report(g):
    f, l, n = g.name()
    return "clinical", "markdown", [
        "Explain this genetics report to the patient in plain language (8th-grade reading level):\n\n"
        "| Field | Value |\n|---|---|\n| Patient | ", (PER, g.render(f, l, "LF")), " |\n| DOB | ", (DATE, g.fmt(g.dob(), "us")),
        " |\n| MRN | ", (MRN, g.mrn()), " |\n| Specimen collected | ", (DATE, g.fmt(g.recent(), "iso")),
        " |\n| Accession | GX-", g.digits(7), " |\n| Ordering provider | ", (PER, g.render(g.first(), g.last(), "fl")), ", MD (NPI ", (NPI, g.npi()),
        ") |\n\n**Result:** heterozygous ", g.pick(["BRCA2 c.5946delT", "MUTYH c.1187G>A", "CFTR F508del", "HFE C282Y"]),
        " — pathogenic. Cascade testing of first-degree relatives recommended."]


@pos
def p_telehealth_mbi(g):
    f, l, n = g.name(style="lower")
    return "clinical", "chat", [
        "[telehealth chat transcript — classify the request type]\n"
        "patient: hi im ", (PER, n), " and the video visit link isnt working\n"
        "agent: Sorry about that! Can you verify your Medicare number and date of birth?\n"
        "patient: medicare ", (MBI, g.mbi(dashed=g.r.random() < 0.4)), " born ", (DATE, g.fmt(g.dob(1930, 1958), "long")), "\n"
        "agent: Thanks. I'll resend the link to ", (EML, g.email(f.capitalize(), l)), " — is that still right?\n"
        "patient: yes. also my doctor is dr ", (PER, g.last()), " if that matters\n"
        "agent: Link sent. Visit is still today at 2:30 PM."]


@pos
def p_pharmacy_csv(g):
    rows = []
    for _ in range(3):
        f, l, _ = g.name()
        pl = g.last(False)
        rows += [(PER, "%s %s" % (f, l)), ",",
                 (DATE, g.fmt(g.dob(), "iso")), ",", g.digits(5), "-", g.digits(4), "-", g.digits(2), ",",
                 (DEA, g.dea(pl)), ",", (DATE, g.fmt(g.recent(), "iso")), ",", str(g.r.randint(10, 90)), "\n"]
    return "clinical", "csv", [
        "These controlled-substance fills were flagged by the PDMP check. Which rows look like early refills?\n"
        "patient,dob,ndc,prescriber_dea,date_written,qty\n", rows]


@pos
def p_pharmacy_toolcall(g):
    f, l, n = g.name(apostrophe=False)
    pf, pl, pn = g.name(apostrophe=False)
    return "clinical", "openai_tool_call", [
        "The assistant produced this tool call; explain what the pharmacy system will do with it.\n"
        '{"role":"assistant","tool_calls":[{"id":"call_', g.chars(ALNUM, 12), '","type":"function","function":{"name":"verify_prescription",'
        '"arguments":"{\\"patient_name\\":\\"', (PER, n), '\\",\\"dob\\":\\"', (DATE, g.fmt(g.dob(), "iso")),
        '\\",\\"prescriber\\":\\"', (PER, pn), '\\",\\"prescriber_dea\\":\\"', (DEA, g.dea(pl)), '\\",\\"prescriber_npi\\":\\"', (NPI, g.npi()),
        '\\",\\"written_date\\":\\"', (DATE, g.fmt(g.recent(), "iso")), '\\",\\"drug\\":\\"oxycodone 5 mg\\"}"}}]}']


@pos
def p_insurance_appeal_email(g):
    f, l, n = g.name()
    af = g.first()
    return "insurance", "email_thread", [
        "Rewrite my reply below so it sounds firmer but still polite.\n\n"
        "My reply:\nHi ", (PER, af), ", thanks for the update. The denial for date of service ", (DATE, g.fmt(g.recent(), "us")),
        " is wrong — the prior auth was approved. Please call me at ", (PHN, g.phone()), ".\n", (PER, n), "\n\n"
        "> On Tue, ", (PER, af), " <", (EML, "appeals@%s.com" % g.org()), "> wrote:\n"
        "> Claim CLM-", g.digits(9), " for member ", (HPID, g.hpid()), " (group ", g.digits(5), ") was denied as not medically necessary.\n"
        "> You may appeal within 180 days."]


@pos
def p_eligibility_xml(g):
    f, l, _ = g.name()
    return "insurance", "xml", [
        "Convert this eligibility request into a 270 EDI transaction:\n"
        "<EligibilityRequest>\n  <Payer id=\"", g.digits(5), "\">Tidewater Medicare Advantage</Payer>\n  <Subscriber>\n"
        "    <FirstName>", (PER, f), "</FirstName>\n    <LastName>", (PER, l), "</LastName>\n"
        "    <BirthDate>", (DATE, g.fmt(g.dob(1930, 1959), "iso")), "</BirthDate>\n    <MemberId>", (HPID, g.hpid()), "</MemberId>\n"
        "    <MBI>", (MBI, g.mbi()), "</MBI>\n  </Subscriber>\n  <ServiceTypeCode>30</ServiceTypeCode>\n"
        "  <DateOfService>", (DATE, g.fmt(g.recent(), "iso")), "</DateOfService>\n</EligibilityRequest>"]


@pos
def p_life_app_form(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    k, d = g.dl()
    return "insurance", "form", [
        "Check this life-insurance application for missing fields:\n\n"
        "APPLICANT NAME: ", (PER, g.render(f, l, "FL")), "\nSSN: ", (SSN, g.ssn()), "\nDate of birth: ", (DATE, g.fmt(g.dob(1925, 1934), "us")),
        "\nAge at application: ", (AGE, g.age()), "\nHome address: ", (ADDR, st), " ", (ZIP, z),
        "\nDriver's license (", k, "): ", (DL, d), "\nPhone: ", (PHN, g.phone()),
        "\nBeneficiary: ", (PER, g.render(g.first(), l, "fl")), " (", g.pick(["son", "daughter", "niece", "grandson"]), ")\nFace amount: $25,000  Plan: final expense"]


@pos
def p_wire_chat(g):
    f, l, n = g.name()
    cc = g.pick(["DE", "IT", "FR", "NL", "GB"])
    return "banking", "chat", [
        "Customer: I need to send EUR 4,800 to my landlord abroad. His details are:\n"
        "Name: ", (PER, g.render(g.first(), g.last(), "fl")), "\nIBAN: ", (IBAN, g.iban(cc)), "\nBIC: ", (SWIFT, g.swift(cc)),
        "\nMy own account is the checking one ending 4471. I'm ", (PER, n), ", you can text ", (PHN, g.phone()),
        " with the confirmation code.\nAssistant: Happy to help you prepare the wire. Before I do, please confirm the purpose of payment."]


@pos
def p_ach_json(g):
    f, l, n = g.name()
    return "banking", "json", [
        "Why does this ACH enrollment payload fail schema validation?\n"
        '{\n  "account_holder": "', (PER, n), '",\n  "email": "', (EML, g.email(f, l)), '",\n  "routing_number": "', (ABA, g.aba()),
        '",\n  "account_number": "', (ACCT, g.acct()), '",\n  "account_type": "savings",\n  "consent_ip": "', (IP, g.ip4()),
        '",\n  "consent_at": "2024-02-1', str(g.r.randint(0, 9)), 'T10:03:55Z",\n  "amount_cents": ', str(g.r.randint(1000, 90000)), "\n}"]


@pos
def p_transfer_pt(g):
    f, l, n = g.name()
    return "banking", "letter_pt", [
        "Traduz para inglês, mantendo o tom formal:\n\n"
        "Exmos. Senhores,\nVenho por este meio solicitar a transferência do saldo da minha conta para o IBAN ", (IBAN, g.iban("PT")),
        " (BIC/SWIFT ", (SWIFT, g.swift("PT")), "), titular ", (PER, n), ". Em caso de dúvida, contactem-me pelo telemóvel ",
        (PHN, g.intl_phone("PT")), " ou pelo e-mail ", (EML, g.email(f, l, "sapo.pt")), ".\nData de nascimento do titular: ",
        (DATE, g.fmt(g.dob(1940, 1999), "pt")), ".\n\nCom os melhores cumprimentos,\n", (PER, g.render(f, l, "fl"))]


@pos
def p_acats_email(g):
    f, l, n = g.name()
    return "brokerage", "email", [
        "Subject: ACATS transfer — please help me fill the form\n\n"
        "I'm moving my IRA from another broker. The form asks for the following and I want to make sure I have it right:\n"
        "- Account owner: ", (PER, n), "\n- SSN: ", (SSN, g.ssn()), "\n- Date of birth: ", (DATE, g.fmt(g.dob(1945, 1985))),
        "\n- Cash sweep goes to my bank: routing ", (ABA, g.aba()), ", account number ", (ACCT, g.acct()),
        "\n- Daytime phone: ", (PHN, g.phone()),
        "\nThe contra-firm DTC number is 0", g.digits(3), ". Is that the same as the routing number? Thanks, ", (PER, f)]


@pos
def p_beneficiary_table(g):
    rows = []
    for _ in range(2):
        f, l, n = g.name(style="fl")
        rows += ["| ", (PER, n), " | ", g.pick(["spouse", "child", "sibling", "grandchild"]), " | ", (DATE, g.fmt(g.dob(), "us")),
                 " | ", (SSN, g.ssn()), " | ", str(g.r.randint(2, 8) * 10), "% |\n"]
    return "wealth", "markdown", [
        "Do these beneficiary shares add up to 100%? If not, suggest a fix.\n\n"
        "| Beneficiary | Relationship | DOB | SSN | Share |\n|---|---|---|---|---|\n", rows,
        "\nAccount owner: ", (PER, g.render(g.first(), g.last(), "fl")), " (Roth IRA)."]


@pos
def p_mortgage_form(g):
    f, l, n = g.name()
    cf, cl, cn = g.name()
    st, z, _ = g.street()
    return "mortgage", "form", [
        "Uniform Residential Loan Application — summarize the borrower section for the underwriter.\n"
        "Borrower: ", (PER, n), "   SSN ", (SSN, g.ssn()), "   DOB ", (DATE, g.fmt(g.dob(1960, 1995), "us")),
        "\nCo-borrower: ", (PER, cn), "   ITIN ", (ITIN, g.itin()), "   DOB ", (DATE, g.fmt(g.dob(1960, 1995), "us")),
        "\nCurrent address: ", (ADDR, st), " ", (ZIP, z), " (", str(g.r.randint(2, 9)), " yrs, rent)\nEmail: ", (EML, g.email(f, l)),
        "  Cell: ", (PHN, g.phone()), "\nLoan amount requested: $", str(g.r.randint(180, 640)), ",000; 30-yr fixed"]


@pos
def p_lending_yaml(g):
    f, l, _ = g.name()
    st, z, c = g.street(city=False)
    return "lending", "yaml", [
        "Turn this applicant YAML into a one-paragraph credit memo:\n"
        "applicant:\n  first_name: ", (PER, f), "\n  last_name: ", (PER, l), "\n  dob: ", (DATE, g.fmt(g.dob(1955, 2000), "iso")),
        "\n  ssn: \"", (SSN, g.ssn()), "\"\n  address:\n    line1: ", (ADDR, st), "\n    city: ", c[0], "\n    state: ", c[1],
        "\n    zip: \"", (ZIP, z), "\"\n  employer: Brightpath Logistics\n  annual_income: ", str(g.r.randint(38, 190) * 1000),
        "\nrequest:\n  product: personal_loan\n  amount: ", str(g.r.randint(3, 40) * 500), "\n  fico_band: 700-739"]


@pos
def p_collections_summary(g):
    f, l, n = g.name()
    b, pan, shown = g.card()
    st, z, _ = g.street()
    return "collections", "call_summary", [
        "Call summary (auto-generated) — please proofread:\n"
        "Agent ", (PER, g.first()), " reached the account holder, ", (PER, n), ", at ", (PHN, g.phone()),
        ". Debtor disputed the balance on the card ending ", pan[-4:], " but agreed to a one-time payment of $", str(g.r.randint(50, 900)),
        " using a different card, ", (CC, shown), ", exp ", g.exp(), ", security code ", (CVV, g.cvv(b)),
        ". Mailing address confirmed as ", (ADDR, st), " ", (ZIP, z), ". Receipt to be e-mailed to ", (EML, g.email(f, l)), "."]


@pos
def p_collections_sql(g):
    vals = []
    for i in range(2):
        f, l, n = g.name(apostrophe=False)
        st, z, _ = g.street()
        vals += ["  (", str(g.r.randint(1000, 9999)), ", '", (PER, f), "', '", (PER, l), "', '", (SSN, g.ssn()), "', '",
                 (PHN, g.phone()), "', '", (ADDR, st), "', '", (ZIP, z), "')", ",\n" if i == 0 else ";\n"]
    return "collections", "sql", [
        "Is this INSERT safe to run on the staging database? It came from a vendor file.\n"
        "INSERT INTO debtor_accounts (placement_id, first_name, last_name, ssn, phone, street, zip) VALUES\n", vals]


@pos
def p_gateway_jsonlog(g):
    b, pan, shown = g.card(sep="")
    return "payments", "jsonl_log", [
        "These gateway debug logs ended up in our log aggregator. What should we scrub?\n"
        '{"ts":"2024-05-0', str(g.r.randint(1, 9)), 'T14:22:0', str(g.r.randint(0, 9)), 'Z","level":"debug","svc":"authorize","client_ip":"', (IP, g.ip4()),
        '","req":{"pan":"', (CC, pan), '","cvv":"', (CVV, g.cvv(b)), '","exp":"', g.exp().replace("/", ""), '","amount":', str(g.r.randint(100, 9000)), '}}\n'
        '{"ts":"2024-05-0', str(g.r.randint(1, 9)), 'T14:22:1', str(g.r.randint(0, 9)), 'Z","level":"info","svc":"authorize","result":"approved","auth_code":"',
        g.chars(UPPER_NUM, 6), '","upstream":"', (IP, g.ipriv()), '"}']


@pos
def p_pos_track(g):
    f, l, _ = g.name(apostrophe=False)
    b, pan, _ = g.card(brand=g.pick(["visa", "mc", "disc"]))
    b2, pan2, _ = g.card(brand=g.pick(["visa", "mc"]))
    return "payments", "log", [
        "Our POS terminal is logging raw swipes. Here's a sample, can you tell which field is which?\n"
        "[POS-17] 09:41:02 MSR read ok len=", str(g.r.randint(70, 79)), "\n[POS-17] 09:41:02 T1=", (TRK, ["%B", (CC, pan), g.track1(pan, f, l)[2 + len(pan):]]),
        "\n[POS-17] 09:41:02 T2=", (TRK, [";", (CC, pan2), g.track2(pan2)[1 + len(pan2):]]),
        "\n[POS-17] 09:41:03 sending to host 5 of 6, batch 0", g.digits(3), "\n[POS-17] 09:41:05 APPROVED"]


@pos
def p_graphql_card(g):
    f, l, n = g.name()
    b, pan, shown = g.card()
    st, z, _ = g.street()
    return "payments", "graphql", [
        "Our GraphQL mutation returns INVALID_ARGUMENT. Variables:\n"
        '{"input":{"cardholderName":"', (PER, n), '","number":"', (CC, shown), '","cvc":"', (CVV, g.cvv(b)),
        '","expMonth":', str(g.r.randint(1, 12)), ',"expYear":20', str(g.r.randint(26, 31)), ',"billingAddress":{"line1":"', (ADDR, st),
        '","postalCode":"', (ZIP, z), '"},"receiptEmail":"', (EML, g.email(f, l)), '"}}\nmutation AddPaymentMethod($input: PaymentMethodInput!) { addPaymentMethod(input: $input) { id last4 } }']


@pos
def p_payroll_csv(g):
    rows = []
    for _ in range(3):
        f, l, n = g.name(apostrophe=False)
        rows += [str(g.r.randint(10000, 99999)), ",", (PER, l), ",", (PER, f), ",", (SSN, g.ssn()), ",", (ABA, g.aba()), ",", (ACCT, g.acct()), ",", g.pick(["checking", "savings"]), "\n"]
    return "payroll", "csv", [
        "Reformat this payroll direct-deposit export into the bank's NACHA-ready column order (routing, account, name):\n"
        "emp_id,last_name,first_name,ssn,routing,account,type\n", rows]


@pos
def p_i9_email(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    k, d = g.dl()
    return "hr", "email", [
        "Hi HR team,\n\nFor my I-9 on Monday I'll bring my passport (number ", (PASS, g.passport()), "), but in case that isn't enough I also have my ",
        k, " driver license ", (DL, d), ". My legal name is ", (PER, n), ", born ", (DATE, g.fmt(g.dob(1970, 2004))),
        ". Please mail the welcome packet to ", (ADDR, st), " ", (ZIP, z), ".\n\nThanks!\n", (PER, f),
        "\n\n[Assistant: please extract the document list for List A/B/C]"]


@pos
def p_hr_ini(g):
    f, l, _ = g.name()
    return "hr", "ini", [
        "This INI was exported by our legacy HRIS. Convert it to JSON for the new system.\n"
        "[employee]\nfirst_name = ", (PER, f), "\nlast_name = ", (PER, l), "\nbirth_date = ", (DATE, g.fmt(g.dob(1960, 2003), "iso")),
        "\nwork_email = ", (EML, g.email(f, l, "%s.com" % g.org())), "\nmobile = ", (PHN, g.phone()),
        "\n\n[deposit]\nbank_routing = ", (ABA, g.aba()), "\nbank_account = ", (ACCT, g.acct()),
        "\nsplit_percent = 100\n\n[meta]\nexported = 2024-01-31\nschema = 3"]


@pos
def p_visa_form(g):
    f, l, _ = g.name()
    st, z, _ = g.street()
    return "immigration", "form", [
        "Help me double-check my DS-160 answers before I submit:\n"
        "Surnames: ", (PER, l.upper()), "\nGiven names: ", (PER, f.upper()), "\nDate of birth: ", (DATE, g.fmt(g.dob(1965, 2005), "dbY")),
        "\nCity of birth: ", g.pick(["Lagos", "Porto", "Kraków", "Napoli", "Cebu"]), "\nPassport number: ", (PASS, g.passport()),
        "\nUS point of contact: ", (PER, g.render(g.first(), g.last(), "fl")), ", ", (ADDR, st), " ", (ZIP, z),
        "\nPrimary phone: ", (PHN, g.phone()), "\nEmail: ", (EML, g.email(f, l))]


@pos
def p_travel_chat(g):
    f, l, n = g.name()
    f2 = g.first()
    b, pan, shown = g.card()
    return "travel", "chat", [
        "user: book the 7:10 flight to Lisbon for two — me ", (PER, n), " (passport ", (PASS, g.passport()), ", dob ",
        (DATE, g.fmt(g.dob(1950, 2000), "iso")), ") and my partner ", (PER, g.render(f2, g.last(), "fl")), " (passport ", (PASS, g.passport()),
        "). put it on ", (CC, shown), " and send the itinerary to ", (EML, g.email(f, l)), "\n"
        "assistant: I can't complete purchases directly, but here's a checklist for booking it yourself..."]


@pos
def p_legal_intake(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    return "legal", "transcript", [
        "Transcribed intake call — extract the conflict-check parties:\n"
        "Intake: Thanks for calling Quillfield Law. Your name?\nCaller: ", (PER, n), ". I want to sue my former landlord, ",
        (PER, g.render(g.first(), g.last(), "fl")), ", over my deposit.\nIntake: Best number to reach you?\nCaller: ", (PHN, g.phone()),
        ". And my address is ", (ADDR, st), " ", (ZIP, z), ".\nIntake: Anyone else on the lease?\nCaller: My roommate ", (PER, g.first()),
        ", but she moved out in March.\nIntake: Got it. An attorney will call you within two business days."]


@pos
def p_legal_es(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    return "legal", "letter_es", [
        "Resume esta carta en inglés para el abogado:\n\n"
        "Estimado licenciado:\nMe llamo ", (PER, n), " y nací el ", (DATE, g.fmt(g.dob(1955, 1999), "es")),
        ". Mi número de seguro social es ", (SSN, g.ssn()), ". Vivo en ", (ADDR, st), " ", (ZIP, z),
        ". Mi exempleador no me pagó las horas extra de los últimos seis meses. Puede llamarme al ", (PHN, g.phone()),
        " por las tardes.\nAtentamente,\n", (PER, g.render(f, l, "init"))]


@pos
def p_tenant_app(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    k, d = g.dl()
    return "real_estate", "email", [
        "Please score this rental application against our criteria (income 3x rent, no evictions):\n\n"
        "Applicant: ", (PER, n), "\nSSN: ", (SSN, g.ssn()), "\nDriver's license #: ", (DL, d), " (", k, ")\nPrevious address: ", (ADDR, st), " ", (ZIP, z),
        "\nPrevious landlord: ", (PER, g.render(g.first(), g.last(), "fl")), ", ", (PHN, g.phone()),
        "\nMonthly income: $", str(g.r.randint(4, 11)), ",", g.digits(3), "\nPets: one cat"]


@pos
def p_closing_wire(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    return "real_estate", "markdown", [
        "Is this closing wire instruction legit or a phishing attempt? It arrived from a new address.\n\n"
        "### Wire instructions — closing for ", (ADDR, st), " ", (ZIP, z), "\n\n| Item | Detail |\n|---|---|\n| Beneficiary | ", (PER, n),
        " |\n| Routing (ABA) | ", (ABA, g.aba()), " |\n| Account | ", (ACCT, g.acct()), " |\n| SWIFT | ", (SWIFT, g.swift("US")),
        " |\n| Questions | ", (EML, g.email(g.first(), g.last())), " |\n\nFunds must arrive 24h before closing."]


@pos
def p_vet_chat(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    pet = g.pick(["Biscuit", "Mochi", "Pepper", "Luna", "Captain", "Noodle"])
    return "veterinary", "chat", [
        "client: hi, ", pet, " (my ", g.pick(["beagle", "tabby", "cockatiel", "lab mix"]), ") needs his rabies booster. owner is me, ", (PER, n),
        ". new address: ", (ADDR, st), " ", (ZIP, z), "\nclient: phone ", (PHN, g.phone()), ", email ", (EML, g.email(f, l)),
        "\nreceptionist: Thanks! Dr. ", (PER, g.last()), " has an opening Thursday. Do you want the reminder by text?\nclient: yes please"]


@pos
def p_vet_csv(g):
    rows = []
    for _ in range(2):
        f, l, n = g.name()
        st, z, _ = g.street()
        rows += [g.pick(["Ziggy", "Olive", "Bruno", "Kiwi", "Sable"]), ",", g.pick(["canine", "feline", "equine"]), ",\"", (PER, g.render(f, l, "LF")),
                 "\",", (PHN, g.phone()), ",", (EML, g.email(f, l)), ",\"", (ADDR, st), "\",", (ZIP, z), "\n"]
    return "veterinary", "csv", [
        "Dedupe this vet-clinic appointment export by owner; keep the most complete row.\n"
        "pet,species,owner,owner_phone,owner_email,owner_address,owner_zip\n", rows]


@pos
def p_retail_chat(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    return "retail", "chat", [
        "Customer: My order #", g.digits(8), " says delivered but nothing arrived. Tracking 1Z", g.chars(UPPER_NUM, 16), ".\n"
        "Agent: I'm sorry! Could you confirm the name and shipping address?\nCustomer: ", (PER, n), ", ", (ADDR, st), " ", (ZIP, z),
        ". Phone on the order should be ", (PHN, g.phone()), ".\nAgent: Thank you. I've opened a claim and emailed ", (EML, g.email(f, l)),
        " with next steps.\nCustomer: ok thanks"]


@pos
def p_return_tooluse(g):
    f, l, n = g.name()
    st, z, c = g.street(city=False)
    return "retail", "anthropic_tool_use", [
        "Given this tool_use block, write the customer-facing confirmation message.\n"
        '{"type":"tool_use","id":"toolu_01', g.chars(ALNUM, 20), '","name":"create_return","input":{"order_id":"A-', g.digits(7),
        '","customer":{"name":"', (PER, n), '","email":"', (EML, g.email(f, l)), '","phone":"', (PHN, g.phone()),
        '"},"pickup_address":{"street":"', (ADDR, st), '","city":"', c[0], '","state":"', c[1], '","zip":"', (ZIP, z),
        '"},"reason":"wrong size","items":[{"sku":"TS-', g.digits(4), '-M","qty":1}]}}']


@pos
def p_devops_env(g):
    pw = g.password(urlsafe=True)
    return "devops", "dotenv", [
        "Why does docker compose say DATABASE_URL is malformed?\n"
        "# .env\nNODE_ENV=production\nPORT=8080\nDATABASE_URL=", (URL, ["postgresql://ledger_app:", (PWD, pw), "@", g.pick(["db-prod-3", "pg-main", "rds-ledger"]), ".internal.", g.org(), ".io:5432/ledger"]),
        "\nSTRIPE_SECRET_KEY=", (KEY, g.apikey("stripe")), "\nAWS_ACCESS_KEY_ID=", (KEY, g.apikey("aws")),
        "\nAWS_SECRET_ACCESS_KEY=", (HES, g.chars(ALNUM + "+/", 40)), "\nSESSION_SECRET=", (HES, g.hes()), "\nLOG_LEVEL=info"]


@pos
def p_k8s_yaml(g):
    return "devops", "yaml", [
        "Review this Helm values file for anything that shouldn't be committed:\n"
        "app:\n  replicas: 3\n  image: registry.local/ledger:4.", str(g.r.randint(1, 30)), ".", str(g.r.randint(0, 9)),
        "\nsecrets:\n  githubToken: ", (KEY, g.apikey("github")), "\n  dbPassword: \"", (PWD, g.password()), "\"\n  tlsKey: |\n    ",
        (PEM, g.pem(indent="    ")), "\nresources:\n  limits: {cpu: 500m, memory: 512Mi}"]


@pos
def p_auth_log(g):
    f, l, _ = g.name()
    return "devops", "log", [
        "Why is this request returning 401 even though the token looks valid?\n"
        "2024-06-1", str(g.r.randint(0, 9)), " 10:1", str(g.r.randint(0, 9)), ":44,201 INFO  gateway req=", g.chars(HEX, 12), " from ", (IP, g.ip4()), " user=", (EML, g.email(f, l)),
        "\n2024-06-1", str(g.r.randint(0, 9)), " 10:1", str(g.r.randint(0, 9)), ":44,203 DEBUG gateway Authorization: Bearer ", (JWT, g.jwt()),
        "\n2024-06-1", str(g.r.randint(0, 9)), " 10:1", str(g.r.randint(0, 9)), ":44,219 WARN  gateway upstream ", (IP, g.ipriv()), " rejected: token audience mismatch"]


@pos
def p_code_tokens(g):
    return "devops", "code", [
        "Refactor this script to read credentials from the environment instead:\n```python\nimport requests\nfrom slack_sdk import WebClient\n\n"
        "GITHUB_TOKEN = \"", (KEY, g.apikey(g.pick(["github", "gitlab"]))), "\"\nslack = WebClient(token=\"", (KEY, g.apikey("slack")),
        "\")\nDB_PASS = \"", (PWD, g.password()), "\"\n\ndef post_release(tag):\n    r = requests.get(\"", (URL, "https://api.github.com/repos/%s/ledger/releases/tags/" % g.org()),
        "\" + tag,\n                     headers={\"Authorization\": f\"token {GITHUB_TOKEN}\"})\n    slack.chat_postMessage(channel=\"#releases\", text=r.json()[\"name\"])\n```"]


@pos
def p_pem_chat(g):
    return "devops", "chat", [
        "I keep getting 'invalid format' when I ssh with this key. I generated it yesterday on my laptop:\n\n",
        (PEM, g.pem()), "\n\nThe server is ", (IP, g.ip4()), " and I'm using `ssh -i id_key deploy@host`. What's wrong?"]


@pos
def p_aws_ini(g):
    return "devops", "ini", [
        "Merge these two profiles into one ~/.aws/credentials file and tell me which is the default:\n"
        "[default]\naws_access_key_id = ", (KEY, g.apikey("aws")), "\naws_secret_access_key = ", (HES, g.chars(ALNUM + "+/", 40)),
        "\nregion = us-east-2\n\n[reporting]\naws_access_key_id = ", (KEY, g.apikey("aws")), "\naws_secret_access_key = ", (HES, g.chars(ALNUM + "+/", 40)),
        "\nregion = eu-west-1"]


@pos
def p_curl(g):
    return "devops", "shell", [
        "Convert these curl calls to Python httpx:\n"
        "curl -s -H \"Authorization: Bearer ", (JWT, g.jwt()), "\" ", (URL, "https://api.%s.io/v2/claims?status=open" % g.org()), "\n"
        "curl -s ", (URL, "https://api.anthropic.com/v1/messages"), " -H \"x-api-key: ", (KEY, g.apikey("anthropic")), "\" -H \"anthropic-version: 2023-06-01\" -d @body.json"]


@pos
def p_family_forward(g):
    f, l, n = g.name()
    mf = g.first()
    return "general", "email_thread", [
        "Can you make a checklist from my brother's email?\n\n---------- Forwarded message ---------\nFrom: ", (PER, g.render(g.first(), l, "fl")), " <", (EML, g.email(g.first(), l)), ">\n"
        "For Mom's Social Security survivor claim they'll ask for her SSN ", (SSN, g.ssn()), ", Dad's date of death (", (DATE, g.fmt(g.recent(), "long")),
        ") and her own birthday, ", (DATE, g.fmt(g.dob(1928, 1940), "long")), ". She's ", (AGE, g.age()), " now so please go with her, ", (PER, mf),
        ". Her phone is ", (PHN, g.phone()), "."]


@pos
def p_german_chat(g):
    f, l, n = g.name()
    return "general", "chat_de", [
        "Bitte formuliere eine kurze Nachricht an meine Bank auf Englisch.\n"
        "Ich heiße ", (PER, n), ", geboren am ", (DATE, g.fmt(g.dob(1950, 2000), "de")), ". Meine IBAN lautet ", (IBAN, g.iban("DE")),
        ". Die Rückbuchung vom letzten Monat fehlt noch. Erreichbar unter ", (PHN, g.intl_phone("DE")), " oder ", (EML, g.email(f, l, "web.de")), ". Danke!"]


@pos
def p_italian_report(g):
    f, l, n = g.name()
    return "clinical", "letter_it", [
        "Riassumi questo referto in inglese per il medico di famiglia:\n\n"
        "Paziente: ", (PER, n), ", età ", (AGE, g.age()), " anni, nata il ", (DATE, g.fmt(g.dob(1922, 1934), "it")),
        ".\nRicovero dal ", (DATE, g.fmt(g.recent(), "it")), " per scompenso cardiaco. Dimessa in buone condizioni.\nMedico: dott. ", (PER, g.render(g.first(), g.last(), "fl")),
        "\nContatti della figlia: ", (PHN, g.intl_phone("IT")), ", ", (EML, g.email(g.first(), l, "libero.it"))]


@pos
def p_polish_note(g):
    f, l, n = g.name()
    return "clinical", "chat_pl", [
        "Przetłumacz na angielski, proszę:\n"
        "Pacjentka ", (PER, n), ", data urodzenia ", (DATE, g.fmt(g.dob(1940, 1990), "pl")), ", zgłosiła się na wizytę ", (DATE, g.fmt(g.recent(), "pl")),
        " z bólem kolana. Kontakt: ", (PHN, g.intl_phone("PL")), ", ", (EML, g.email(f, l, "wp.pl")),
        ". Opłata za wizytę przelewem na konto ", (IBAN, g.iban("PL")), "."]


@pos
def p_french_discharge(g):
    f, l, n = g.name()
    return "clinical", "letter_fr", [
        "Traduis cette lettre de sortie en anglais :\n\n"
        "Madame ", (PER, n), ", âgée de ", (AGE, g.age()), " ans, a été hospitalisée du ", (DATE, g.fmt(g.recent(), "fr")), " au ",
        (DATE, g.fmt(g.recent(), "fr")), " pour pneumopathie. Médecin traitant : Dr ", (PER, g.last()),
        ". Joindre la famille au ", (PHN, g.intl_phone("FR")), ".\nCordialement,\n", (PER, g.render(g.first(), g.last(), "fl"))]


@pos
def p_implant_record(g):
    f, l, n = g.name()
    return "clinical", "form", [
        "Populate the implant registry form from this op note excerpt:\n"
        "Patient: ", (PER, n), "  MRN: ", (MRN, g.mrn()), "\nProcedure date: ", (DATE, g.fmt(g.recent(), "us")), "\nSurgeon: ", (PER, g.render(g.first(), g.last(), "fl")), ", MD\n"
        "Implant: ", g.pick(["dual-chamber pacemaker", "total knee femoral component", "cochlear implant"]), "\nUDI: ", (DEV, g.udi()),
        "\nLot/catalog on box: LOT ", g.chars(UPPER_NUM, 6), " / REF ", g.chars(UPPER_NUM, 8)]


@pos
def p_mdm_csv(g):
    rows = []
    for _ in range(3):
        f, l, n = g.name()
        rows += [(PER, n), ",", g.pick(["iPhone 14", "Pixel 8", "Galaxy S23", "iPad Air"]), ",", (DEV, g.imei()), ",", (DEV, g.serial()), ",", (DEV, g.mac()), ",", (IP, g.ipriv()), "\n"]
    return "devops", "csv", [
        "Which of these MDM-enrolled devices haven't checked in? Format the answer as a table.\n"
        "owner,model,imei,serial,wifi_mac,last_ip\n", rows]


@pos
def p_auto_claim(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    k, d = g.dl()
    return "insurance", "call_summary", [
        "Auto FNOL call summary — check it for missing info:\n"
        "Policyholder ", (PER, n), " reported a rear-end collision. Vehicle VIN ", (VIN, g.vin()), ". Driver license ", (DL, d),
        " (", k, "). Other driver: ", (PER, g.render(g.first(), g.last(), "fl")), ", phone ", (PHN, g.phone()),
        ". Policyholder's garaging address ", (ADDR, st), " ", (ZIP, z), ". Callback ", (PHN, g.phone()), "."]


@pos
def p_auto_loan_json(g):
    f, l, n = g.name()
    return "lending", "json", [
        "Map this dealer payload to our loan-origination schema:\n"
        '{"deal":{"vehicle":{"vin":"', (VIN, g.vin()), '","year":20', str(g.r.randint(15, 24)), ',"mileage":', str(g.r.randint(2000, 90000)),
        '},"buyer":{"name":"', (PER, n), '","ssn":"', (SSN, g.ssn()), '","dob":"', (DATE, g.fmt(g.dob(1960, 2004), "iso")),
        '","email":"', (EML, g.email(f, l)), '"},"amount_financed":', str(g.r.randint(9, 60) * 1000), ',"term_months":72}}']


@pos
def p_sql_result(g):
    rows = []
    for _ in range(3):
        f, l, n = g.name()
        rows += ["| ", (MRN, g.mrn()), " | ", (PER, g.render(f, l, "LF")), " | ", (DATE, g.fmt(g.dob(1930, 1958), "iso")), " | ", (MBI, g.mbi()), " |\n"]
    return "clinical", "sql_result", [
        "I ran this query; why are there duplicate MBIs?\n"
        "SELECT mrn, patient_name, dob, mbi FROM enrollment WHERE plan_year = 2024 LIMIT 3;\n"
        "| mrn | patient_name | dob | mbi |\n", rows]


@pos
def p_x12_271(g):
    f, l, _ = g.name(apostrophe=False)
    return "insurance", "x12", [
        "Explain each segment of this 271 response:\n"
        "ISA*00*          *00*          *ZZ*TIDEWATER      *ZZ*SUNVALE        *240301*1130*^*00501*0000", g.digits(5), "*0*P*:~\n"
        "NM1*IL*1*", (PER, ascii_fold(l).upper()), "*", (PER, ascii_fold(f).upper()), "****MI*", (HPID, g.hpid()), "~\n"
        "DMG*D8*", (DATE, g.fmt(g.dob(), "hl7")), "*", g.pick("FM"), "~\nDTP*472*D8*", (DATE, g.fmt(g.recent(), "hl7")), "~\n"
        "EB*1**30**GOLD PPO~\nEB*C*IND*30***23*1500~\nSE*", str(g.r.randint(8, 30)), "*0001~"]


@pos
def p_death_cert(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    return "general", "form", [
        "Fill in the funeral home's death-certificate worksheet from these notes:\n"
        "Decedent: ", (PER, n), "\nDate of birth: ", (DATE, g.fmt(g.dob(1917, 1934), "long")), "   Date of death: ", (DATE, g.fmt(g.recent(), "long")),
        "\nAge: ", (AGE, g.age()), "\nSSN: ", (SSN, g.ssn()), "\nResidence: ", (ADDR, st), " ", (ZIP, z),
        "\nInformant: ", (PER, g.render(g.first(), g.last(), "fl")), " (", g.pick(["daughter", "son", "nephew"]), "), ", (PHN, g.phone())]


@pos
def p_pain001(g):
    f, l, n = g.name()
    c1, c2 = g.pick(["DE", "FR", "IT", "ES"]), g.pick(["NL", "BE", "AT", "IE"])
    return "payments", "xml", [
        "Why does the bank reject this pain.001 with code FF01?\n"
        "<CdtTrfTxInf><PmtId><EndToEndId>E2E-", g.digits(10), "</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">", str(g.r.randint(100, 9000)), ".00</InstdAmt></Amt>\n"
        "<Dbtr><Nm>", (PER, n), "</Nm></Dbtr><DbtrAcct><Id><IBAN>", (IBAN, g.iban(c1, grouped=False)), "</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BIC>", (SWIFT, g.swift(c1)), "</BIC></FinInstnId></DbtrAgt>\n"
        "<Cdtr><Nm>", (PER, g.render(g.first(), g.last(), "fl")), "</Nm></Cdtr><CdtrAcct><Id><IBAN>", (IBAN, g.iban(c2, grouped=False)), "</IBAN></Id></CdtrAcct>\n"
        "<CdtrAgt><FinInstnId><BIC>", (SWIFT, g.swift(c2)), "</BIC></FinInstnId></CdtrAgt><ReqdExctnDt>2024-07-01</ReqdExctnDt></CdtTrfTxInf>"]


@pos
def p_mt103(g):
    f, l, n = g.name(apostrophe=False)
    cc = g.pick(["GB", "IE", "DE"])
    return "banking", "swift_mt", [
        "Decode this MT103 for me field by field:\n"
        "{4:\n:20:REF", g.digits(8), "\n:23B:CRED\n:32A:240", str(g.r.randint(1, 9)), "15USD", str(g.r.randint(1000, 90000)), ",00\n"
        ":50K:/", (ACCT, g.acct()), "\n", (PER, ascii_fold(n).upper()), "\n", (ADDR, g.street()[0].upper()), "\n:57A:", (SWIFT, g.swift(cc)), "\n:59:/", (IBAN, g.iban(cc, grouped=False)), "\n",
        (PER, ascii_fold(g.render(g.first(), g.last(), "fl")).upper()), "\n:71A:SHA\n-}"]


@pos
def p_deposit_toolcall(g):
    f, l, n = g.name(apostrophe=False)
    return "payroll", "openai_tool_call", [
        "Here's the function call the HR assistant emitted. Is the argument JSON valid?\n"
        '"function": {"name": "update_direct_deposit", "arguments": "{\\"employee\\": \\"', (PER, n), '\\", \\"work_email\\": \\"', (EML, g.email(f, l, "%s.com" % g.org())),
        '\\", \\"routing_number\\": \\"', (ABA, g.aba()), '\\", \\"account_number\\": \\"', (ACCT, g.acct()), '\\", \\"effective\\": \\"next_cycle\\"}"}']


@pos
def p_brokerage_transcript(g):
    f, l, n = g.name()
    return "brokerage", "transcript", [
        "Summarize this recorded call for the compliance log:\n"
        "REP (", (PER, g.first()), "): Thank you for calling Meridian Wealth. Who am I speaking with?\n"
        "CLIENT: ", (PER, n), ".\nREP: For verification, your date of birth and the last four of your Social?\n"
        "CLIENT: ", (DATE, g.fmt(g.dob(1940, 1975), "long")), ", and ", g.digits(4), ".\nREP: Thank you. And is ", (EML, g.email(f, l)), " still the best email?\n"
        "CLIENT: Yes. I want to sell half my position and wire it to my checking, routing ", (ABA, g.aba()), ".\nREP: Understood."]


@pos
def p_discharge_md(g):
    f, l, n = g.name()
    return "clinical", "markdown", [
        "Shorten this discharge summary for the patient portal:\n\n"
        "## Discharge summary\n**Patient:** ", (PER, n), " (", (AGE, g.age()), " y/o)  \n**MRN:** ", (MRN, g.mrn()),
        "  \n**Admitted:** ", (DATE, g.fmt(g.recent(), "us")), "  \n**Discharged:** ", (DATE, g.fmt(g.recent(), "us")),
        "  \n**Attending:** Dr. ", (PER, g.render(g.first(), g.last(), "fl")), "\n\nHip fracture s/p ORIF. PT daily. Follow-up in ortho clinic, call ", (PHN, g.phone()), " to schedule."]


@pos
def p_telehealth_json(g):
    f, l, n = g.name()
    return "clinical", "json", [
        "Classify each message in this telehealth chat export as clinical or administrative:\n"
        '{"session":"th-', g.digits(6), '","client":{"ip":"', (IP, g.pick([g.ip4(), g.ip6()])), '","device_imei":"', (DEV, g.imei()),
        '"},"messages":[{"from":"patient","text":"hi this is ', (PER, n), ', I can\'t hear the doctor"},'
        '{"from":"staff","text":"Try rejoining from the link we sent to ', (EML, g.email(f, l)), '"},'
        '{"from":"patient","text":"ok. my callback number is ', (PHN, g.phone()), '"}]}']


@pos
def p_notebook(g):
    return "devops", "code", [
        "This notebook cell errors with 401. What's wrong?\n```python\nimport openai, os\nopenai.api_key = \"", (KEY, g.apikey("openai")),
        "\"\nHF_TOKEN = \"", (KEY, g.apikey("hf")), "\"\nheaders = {\"Authorization\": \"Bearer ", (JWT, g.jwt()), "\"}\n"
        "resp = openai.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": \"hi\"}])\n```"]


@pos
def p_callback_summary(g):
    f, l, n = g.name()
    k, d = g.dl()
    return "general", "call_summary", [
        "Call summary generated by the assistant. Please check tone:\n\n"
        "• Caller: ", (PER, n), "\n• Reason: wants to update the driver's license on file after moving to ", k, "\n• New DL number: ", (DL, d),
        "\n• Best callback: ", (PHN, g.phone()), " (mornings)\n• Confirmation sent to: ", (EML, g.email(f, l)),
        "\n• Follow-up owner: ", (PER, g.render(g.first(), g.last(), "fl")), "\n• Sentiment: neutral"]


@pos
def p_uscis_letter(g):
    f, l, n = g.name()
    st, z, _ = g.street()
    return "immigration", "letter", [
        "Proofread this cover letter to USCIS:\n\n"
        "To whom it may concern,\nI, ", (PER, n), ", born ", (DATE, g.fmt(g.dob(1970, 2000), "long")), ", respectfully submit Form I-765. "
        "My passport number is ", (PASS, g.passport()), " and my IRS individual taxpayer identification number is ", (ITIN, g.itin()),
        ". Please send correspondence to ", (ADDR, st), " ", (ZIP, z), ".\n\nSincerely,\n", (PER, g.render(f, l, "fl"))]


@pos
def p_fraud_dispute(g):
    f, l, n = g.name()
    b, pan, shown = g.card()
    return "banking", "email", [
        "Subject: I did NOT make these charges\n\nHello,\nSomeone used my card ", (CC, shown), " (CVV ", (CVV, g.cvv(b)), ") last night. "
        "I got a login alert from IP ", (IP, g.ip4()), " which is not me. I'm ", (PER, n), " and my number is ", (PHN, g.phone()),
        ". Please freeze it.\n\n[Assistant: draft the dispute form answers from this email]"]


@pos
def p_lab_req_xml(g):
    f, l, n = g.name()
    return "clinical", "xml", [
        "Check this lab requisition XML against the XSD below (omitted):\n"
        "<LabOrder>\n  <Patient mrn=\"", (MRN, g.mrn()), "\">\n    <Name>", (PER, g.render(f, l, "LF")), "</Name>\n    <DOB>", (DATE, g.fmt(g.dob(), "iso")),
        "</DOB>\n    <PlanMemberId>", (HPID, g.hpid()), "</PlanMemberId>\n  </Patient>\n  <Collection date=\"", (DATE, g.fmt(g.recent(), "iso")),
        "\"/>\n  <Orderer npi=\"", (NPI, g.npi()), "\">", (PER, g.render(g.first(), g.last(), "fl")), "</Orderer>\n  <Test loinc=\"2345-7\">Glucose</Test>\n</LabOrder>"]


@pos
def p_sendgrid_yaml(g):
    return "devops", "yaml", [
        "GitHub Actions workflow leaks a secret in logs — which step?\n"
        "jobs:\n  notify:\n    runs-on: ubuntu-latest\n    env:\n      SENDGRID_API_KEY: ", (KEY, g.apikey("sendgrid")),
        "\n      GOOGLE_MAPS_KEY: ", (KEY, g.apikey("google")), "\n      WEBHOOK_SIGNING_SECRET: ", (HES, g.hes()),
        "\n    steps:\n      - run: echo \"sending to ops\" && ./notify.sh --verbose"]


@pos
def p_hes_json(g):
    return "devops", "json", [
        "Is it safe to paste this OAuth client config into our wiki?\n"
        '{"client_id":"ledger-web","client_secret":"', (HES, g.hes()), '","token_uri":"', (URL, "https://auth.%s.io/oauth2/token" % g.org()),
        '","redirect_uris":["', (URL, "https://app.%s.io/callback" % g.org()), '"],"signing_key":"', (HES, g.hes()), '"}']


@pos
def p_pharmacy_rx_chat(g):
    f, l, n = g.name()
    pl = g.last()
    return "clinical", "chat", [
        "Pharmacist: Can you help me word a callback to the prescriber's office?\n"
        "Context: Rx for ", (PER, n), " (DOB ", (DATE, g.fmt(g.dob(), "us")), ") written ", (DATE, g.fmt(g.recent(), "us")), " by Dr. ", (PER, pl),
        ", DEA ", (DEA, g.dea(pl)), ". Quantity exceeds plan limits. Office line ", (PHN, g.phone()), ", fax is ", (PHN, g.phone()), ".\nI want to ask for a 30-day supply instead of 90."]


@pos
def p_repair_intake(g):
    f, l, n = g.name()
    return "retail", "form", [
        "Warranty repair intake — does this qualify under the 2-year plan?\n"
        "Customer: ", (PER, n), "\nEmail: ", (EML, g.email(f, l)), "\nDevice: ", g.pick(["ThinkPad X1", "MacBook Air", "Surface Pro 9", "Galaxy Tab S9"]),
        "\nSerial number: ", (DEV, g.serial()), "\nPurchase: 2023-0", str(g.r.randint(1, 9)), "-1", str(g.r.randint(0, 9)), " (order ", g.digits(9), ")\n"
        "Issue: hinge cracked, screen flickers after firmware 2.", str(g.r.randint(10, 40)), ".1\nPhone: ", (PHN, g.phone())]


@pos
def p_dental_sms(g):
    f, l, n = g.name()
    return "clinical", "sms_log", [
        "Summarize this SMS thread with a dental patient:\n"
        "[", (PHN, g.phone()), "] hi its ", (PER, f), " ", (PER, l), ", can i move my cleaning?\n"
        "[Northbridge Dental] Hi ", (PER, f), "! We have Tue 9am or Thu 4pm.\n[", "patient", "] thu works. is my ", g.pick(["Delta", "Cigna", "MetLife"]),
        " id still ", (HPID, g.hpid()), "?\n[Northbridge Dental] Yes, on file. See you Thursday!"]


# ---------------------------------------------------------------------------
# hard-negative templates: only plain strings, no gold spans
# ---------------------------------------------------------------------------

NEGATIVE = []


def neg(fn):
    NEGATIVE.append(fn)
    return fn


def ts(g):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59))


def ver(g):
    return "%d.%d.%d" % (g.r.randint(0, 9), g.r.randint(0, 40), g.r.randint(0, 30))


def uuid_like(g):
    h = g.chars(HEX, 32)
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], "a" + h[17:20], h[20:])


@neg
def n_build_log(g):
    return "devops", "log", [
        "Why did this build get slower? Log excerpt:\n",
        "[", ts(g), "] Starting build #", str(g.r.randint(1000, 9999)), " on runner linux-x64-", str(g.r.randint(1, 40)), "\n",
        "[", ts(g), "] Resolving dependencies: setuptools ", ver(g), ", numpy ", ver(g), ", protobuf ", ver(g), "\n",
        "[", ts(g), "] Cache miss for key deps-", g.chars(HEX, 16), "\n",
        "[", ts(g), "] Compiled 1", g.digits(3), " modules in ", str(g.r.randint(40, 300)), ".", g.digits(1), "s\n",
        "[", ts(g), "] Artifact app-", ver(g), "+build.", str(g.r.randint(1000, 99999)), ".tar.gz (", str(g.r.randint(20, 300)), " MB) uploaded, sha1 ", g.chars(HEX, 40), "\n",
        "[", ts(g), "] Build finished with 0 errors, ", str(g.r.randint(1, 60)), " warnings"]


@neg
def n_order_status(g):
    return "retail", "chat", [
        "Customer: where is my order ", "W", g.digits(9), "? it said 2-day shipping\n",
        "Agent: Thanks for your patience! Your package left our ", g.pick(["Reno", "Memphis", "Allentown"]), " warehouse on ", g.pick(MONTHS_EN), " ", str(g.r.randint(1, 28)),
        " and is with the carrier under tracking number 1Z", g.chars(UPPER_NUM, 16), ". It was paid with the card ending in ", g.digits(4),
        " (shown as **** **** **** ", g.digits(4), ").\nCustomer: can you refund the shipping fee then?\nAgent: Done — a $", str(g.r.randint(5, 15)),
        ".99 credit will appear in 3-5 business days. Reference RF-", g.digits(6), "."]


@neg
def n_deid_case(g):
    return "clinical", "case_study", [
        "Write three board-style questions from this de-identified case:\n"
        "A woman in her ", g.pick(["late 60s", "early 70s", "mid 50s", "late 40s"]), " presents with ", str(g.r.randint(3, 10)), " days of fatigue and dark urine. "
        "Labs: Hb ", str(g.r.randint(7, 11)), ".", g.digits(1), " g/dL, LDH ", str(g.r.randint(400, 900)), " U/L, haptoglobin <10 mg/dL. "
        "She takes nitrofurantoin (NDC ", g.digits(5), "-", g.digits(3), "-", g.digits(2), ") for a UTI. ICD-10 D59.", g.digits(1), " was coded; CPT 8", g.digits(4),
        " billed for the smear. Patient identifiers have been removed per Safe Harbor; the case number in the teaching file is TF-", g.digits(5), "."]


@neg
def n_eponyms(g):
    return "clinical", "chat", [
        "Explain in simple words the difference between these conditions for a patient leaflet: ",
        ", ".join(g.r.sample(["Crohn's disease", "Hashimoto's thyroiditis", "Graves' disease", "Parkinson's disease", "Alzheimer's disease",
                             "Hodgkin lymphoma", "Bell's palsy", "Raynaud's phenomenon", "Addison's disease", "Cushing's syndrome", "Tourette syndrome"], 5)),
        ". Also mention what the ", g.pick(["Glasgow Coma Scale", "Apgar score", "Epley maneuver", "Heimlich maneuver"]),
        " is used for, and why the ", g.pick(["Whipple procedure", "Nissen fundoplication", "Ross procedure"]), " is named the way it is. Keep it under 300 words."]


@neg
def n_companies(g):
    names = g.r.sample(["Johnson & Johnson", "Wells Fargo", "Morgan Stanley", "Charles Schwab", "Eli Lilly", "Goldman Sachs", "Merck & Co.",
                        "Ford Motor", "Dell Technologies", "Abbott Laboratories", "Procter & Gamble", "Kellogg", "Hilton Worldwide", "Marriott International",
                        "Ralph Lauren", "Estée Lauder", "Harley-Davidson", "Boeing", "Walt Disney"], 5)
    rows = []
    for nm in names:
        rows.append("| %s | %d | $%d.%02d |\n" % (nm, g.r.randint(5, 400), g.r.randint(20, 600), g.r.randint(0, 99)))
    return "brokerage", "markdown", [
        "Rebalance this sample model portfolio to 60/40 and explain the sector tilt:\n\n| Holding | Shares | Price |\n|---|---|---|\n", "".join(rows),
        "\nBenchmark: S&P 500. Rebalance band: ±5%. No tax-lot info needed."]


@neg
def n_history(g):
    return "general", "essay", [
        "Edit this paragraph for my history-of-medicine class:\n",
        g.pick(["Florence Nightingale", "Mary Seacole", "Clara Barton"]), " changed nursing during the Crimean and American wars, while ",
        g.pick(["Joseph Lister", "Ignaz Semmelweis", "Louis Pasteur"]), " pushed antisepsis into surgery. Decades later, ",
        g.pick(["Marie Curie", "Alexander Fleming", "Wilhelm Röntgen"]), " opened whole new fields. Hippocrates would hardly recognize the hospital of ",
        str(g.r.randint(1880, 1930)), ", let alone ", str(g.r.randint(2000, 2024)), ". The oath attributed to him, however, is still recited at ", g.pick(["most", "many"]),
        " graduations. Please keep my thesis sentence but tighten the rest."]


@neg
def n_fiction(g):
    return "general", "chat", [
        "For our book club, compare how ", g.pick(["Elizabeth Bennet", "Jane Eyre", "Hermione Granger"]), " and ", g.pick(["Atticus Finch", "Sherlock Holmes", "Jay Gatsby"]),
        " handle moral dilemmas. Then suggest a third character, maybe ", g.pick(["Ebenezer Scrooge", "Captain Ahab", "Don Quixote", "Anna Karenina"]),
        ", and give a reading schedule of ", str(g.r.randint(20, 60)), " pages a week starting the first week of ", g.pick(MONTHS_EN),
        ". We meet at the library, room ", str(g.r.randint(100, 320)), ", on alternate Thursdays."]


@neg
def n_public_figures(g):
    return "general", "chat", [
        "Write a trivia quiz with ", str(g.r.randint(5, 12)), " questions about ", g.pick(["Serena Williams", "Lionel Messi", "Simone Biles", "Usain Bolt"]),
        " and ", g.pick(["Taylor Swift", "Yo-Yo Ma", "Beyoncé", "Lin-Manuel Miranda"]), ". Include one question about ", g.pick(["Neil Armstrong", "Ada Lovelace", "Nelson Mandela", "Frida Kahlo"]),
        " as a bonus. Difficulty: medium. Answers at the end, numbered. Avoid questions about anyone's family or health."]


@neg
def n_names_as_words(g):
    return "hr", "email", [
        "Please proofread:\n\nTeam — quick notes from today. We will ", g.pick(["grant", "Grant"]), " the extension for the ", g.pick(["April", "May", "June"]),
        " filing, but please bill the hours to the ", g.pick(["Faith & Community", "Hope Street", "Summer Camp"]), " project code, not overhead. ",
        "Mark the draft as final once legal signs off; a frank review is welcome. ", g.pick(["Dawn", "Rose Hall", "Art Studio"]),
        " sessions move to the east wing. Will anyone cover the ", g.pick(["Christmas Eve", "New Year"]), " shift? Reply by Friday.\n\n— People Ops"]


@neg
def n_place_names(g):
    cities = g.r.sample(["Washington", "Lincoln", "Jackson", "Austin", "Charlotte", "Madison", "São Paulo", "Santa Fe", "St. Louis", "Victoria", "Florence", "Eugene", "Marion"], 4)
    return "travel", "chat", [
        "Plan a 10-day road trip: start in ", cities[0], ", overnight in ", cities[1], " and ", cities[2], ", finish in ", cities[3],
        ". Flight ", g.pick(["UA", "DL", "AA", "WN"]), str(g.r.randint(100, 2999)), " lands at ", str(g.r.randint(10, 11)), ":", g.pick(["05", "40", "55"]),
        " a.m. Budget about $", str(g.r.randint(2, 6)), ",", g.digits(3), ". We like national parks, diners and minor-league baseball. No hostels."]


@neg
def n_code_vars(g):
    return "devops", "code", [
        "Add type hints and a docstring to this function:\n```python\ndef ", g.pick(["normalize_patient", "clean_member", "to_canonical", "prep_record", "map_intake_row"]), "(rec):\n"
        "    first_name = rec.get(\"first_name\", \"\").strip().title()\n    last_name = rec.get(\"last_name\", \"\").strip().title()\n"
        "    ssn = re.sub(r\"\\D\", \"\", rec.get(\"ssn\", \"\"))\n    if len(ssn) != 9:\n        raise ValueError(\"bad ssn\")\n"
        "    dob = datetime.strptime(rec[\"dob\"], \"%Y-%m-%d\").date()\n    email = rec.get(\"email\", \"\").lower()\n"
        "    return {\"name\": f\"{first_name} {last_name}\", \"ssn_last4\": ssn[-4:], \"dob\": dob, \"email\": email}\n```\nTarget Python ", g.pick(["3.10", "3.11", "3.12"]), "."]


@neg
def n_placeholders(g):
    return "general", "template", [
        "Turn this mail-merge template into Jinja2 syntax:\n\nDear <<FIRST_NAME>> <<LAST_NAME>>,\n"
        "Our records show your appointment on [APPT_DATE] with [PROVIDER]. Your member ID ", g.pick(["[REDACTED]", "XXXXXXXXX", "<MEMBER_ID>"]),
        " and SSN XXX-XX-", g.pick(["XXXX", "####"]), " are on file. If your address (", g.pick(["{{street}}", "[ADDRESS LINE 1]"]), ", {{city}}, {{state}} {{zip}}) has changed, call {{support_phone}}.\n"
        "Sincerely,\n{{sender_name}}\n\nTemplate id TPL-", g.digits(4), ", revision ", str(g.r.randint(2, 19)), "."]


@neg
def n_parts_csv(g):
    rows = []
    for _ in range(4):
        rows.append("%s-%s-%s,%s,LOT%s,%s-%02d,%d\n" % (g.chars(string.ascii_uppercase, 3), g.digits(4), g.chars(UPPER_NUM, 2), g.pick(["bearing", "gasket", "sensor", "bracket", "hinge"]),
                                                      g.digits(6), g.pick(["A", "B", "C"]), g.r.randint(1, 40), g.r.randint(0, 900)))
    return "retail", "csv", [
        "Which SKUs are below the reorder point of 50? Answer with a list.\n"
        "sku,description,lot,bin,on_hand\n", "".join(rows), "Last sync: ", ts(g)]


@neg
def n_checksum_fail(g):
    a = g.nonluhn(16, "4")
    return "payments", "chat", [
        "Our QA team says this test value \"", " ".join(a[i:i + 4] for i in range(0, 16, 4)), "\" is rejected by the payment form. "
        "It's made up. Is the form right to reject it? Also explain why the sample ", g.nonluhn(15, "3"), " fails, and what a BIN like ", g.digits(6),
        " tells you. We use the processor's sandbox, and none of these are real cards."]


@neg
def n_statement(g):
    lines = []
    for _ in range(4):
        lines.append("%s  %s  %-24s %8s\n" % ("2024-%02d-%02d" % (g.r.randint(1, 12), g.r.randint(1, 28)), "REF" + g.digits(9), g.pick(["POS GROCERY", "ACH PAYROLL CR", "ATM WITHDRAWAL", "ONLINE TRANSFER", "CARD FEE"]),
                                            "%d.%02d" % (g.r.randint(3, 4000), g.r.randint(0, 99))))
    return "banking", "statement", [
        "Categorize these statement lines (account ****", g.digits(4), ", statement period ", g.pick(MONTHS_EN), " 1–", str(g.r.randint(28, 31)), "):\n",
        "value date  reference     description              amount\n", "".join(lines), "Closing balance: ", str(g.r.randint(100, 9000)), ".", g.digits(2)]


@neg
def n_k8s_nosecret(g):
    return "devops", "yaml", [
        "Is this Deployment spec missing anything for production?\n"
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: claims-api\nspec:\n  replicas: ", str(g.r.randint(2, 6)),
        "\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.local/claims-api:", ver(g),
        "\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: claims-db, key: password}\n"
        "          resources:\n            limits: {cpu: ", str(g.r.randint(1, 4)), "00m, memory: ", str(g.r.randint(1, 8)), "Gi}"]


@neg
def n_ddl(g):
    return "devops", "sql", [
        "Suggest indexes for this schema; queries filter by mrn and dob:\n"
        "CREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  mrn VARCHAR(", str(g.r.randint(10, 20)), ") NOT NULL UNIQUE,\n  first_name TEXT,\n  last_name TEXT,\n"
        "  dob DATE,\n  ssn CHAR(11),\n  email CITEXT,\n  phone VARCHAR(20),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n"
        "CREATE TABLE encounters (id BIGSERIAL, patient_id BIGINT REFERENCES patients(id), admitted_at TIMESTAMPTZ, ", g.pick(["icd10 TEXT", "drg SMALLINT", "ward TEXT"]), ");"]


@neg
def n_hl7_deid(g):
    return "clinical", "hl7v2", [
        "This de-identified ORU message fails to parse. Why?\n"
        "MSH|^~\\&|LAB|SUNVALE|EHR|SUNVALE|2024", g.digits(4), "0915||ORU^R01|", g.digits(8), "|P|2.5.1\r"
        "PID|1||***REMOVED***||***^***||********|", g.pick("FMU"), "\r"
        "OBR|1||", g.digits(7), "|2345-7^GLUCOSE^LN\r"
        "OBX|1|NM|2345-7^GLUCOSE^LN||", str(g.r.randint(60, 250)), "|mg/dL|70-99|", g.pick(["H", "N"]), "|||F\r"
        "OBX|2|NM|2160-0^CREATININE^LN||", str(g.r.randint(0, 3)), ".", g.digits(1), "|mg/dL|0.6-1.3|N|||F"]


@neg
def n_fhir_obs(g):
    return "clinical", "fhir_json", [
        "Add a reference range to this Observation (patient reference intentionally stripped):\n"
        '{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"LOINC","code":"', g.pick(["4548-4", "2093-3", "718-7"]),
        '","display":"', g.pick(["Hemoglobin A1c", "Cholesterol", "Hemoglobin"]), '"}]},"valueQuantity":{"value":', str(g.r.randint(4, 200)), ".", g.digits(1),
        ',"unit":"', g.pick(["%", "mg/dL", "g/dL"]), '"},"interpretation":[{"text":"', g.pick(["high", "normal", "low"]), '"}],"meta":{"versionId":"', str(g.r.randint(1, 9)), '"}}']


@neg
def n_release_notes(g):
    return "devops", "markdown", [
        "Summarize these release notes for customers:\n\n## v", ver(g), " (", g.pick(MONTHS_EN), " ", str(g.r.randint(2023, 2025)), ")\n",
        "- Fixed crash when importing CSVs larger than ", str(g.r.randint(2, 9)), " GB (#", g.digits(4), ")\n",
        "- Bumped minimum Node to ", str(g.r.randint(18, 22)), ".x; dropped support for Windows Server 2012\n",
        "- New `--dry-run` flag for the migrate command (#", g.digits(4), ")\n",
        "- Performance: report rendering is ", str(g.r.randint(20, 70)), "% faster on build ", str(g.r.randint(4000, 9000)), "\n"]


@neg
def n_shipping(g):
    return "retail", "log", [
        "Explain this freight status feed to a non-expert:\n",
        "CONTAINER ", g.chars(string.ascii_uppercase, 4), g.digits(7), " | VESSEL ", g.pick(["MAERSK EMDEN", "MSC ALINA", "EVER GIVEN"]), " | VOY ", g.digits(3), "W\n",
        "  gate-in   ", ts(g), "  terminal ", g.pick(["APM", "LBCT", "TTI"]), "\n", "  loaded    ", ts(g), "  bay ", g.digits(2), "\n",
        "  ETA       ", ts(g), "  port of discharge ", g.pick(["Rotterdam", "Savannah", "Long Beach"]), "\n",
        "  PRO ", g.digits(10), "  weight ", str(g.r.randint(4000, 26000)), " kg  pallets ", str(g.r.randint(4, 22))]


@neg
def n_lab_qc(g):
    return "clinical", "report", [
        "Interpret this QC summary — should we release patient results?\n",
        "Analyzer: ", g.pick(["cobas c 503", "Alinity c", "AU5800"]), " (asset tag BIO-", g.digits(5), ")\n",
        "Control lot ", g.digits(5), ", catalog ", g.digits(8), ", expires ", "202", str(g.r.randint(5, 7)), "-", "%02d" % g.r.randint(1, 12), "\n",
        "Level 1 mean ", str(g.r.randint(80, 120)), ".", g.digits(1), " SD ", str(g.r.randint(1, 4)), ".", g.digits(1), " CV ", str(g.r.randint(1, 5)), ".", g.digits(1), "%\n",
        "Westgard: 1-2s warning on run ", str(g.r.randint(2, 9)), "; no 1-3s or 2-2s violations. Technologist initials on file."]


@neg
def n_meeting_notes(g):
    return "general", "notes", [
        "Turn these meeting notes into action items with owners (use roles, not names):\n",
        "Meeting ", g.pick(MONTHS_EN), " ", str(g.r.randint(1, 28)), ", ", str(g.r.randint(2023, 2025)), ", 10:00–10:45\n",
        "- The PM will circulate the Q", str(g.r.randint(1, 4)), " roadmap draft by next Tuesday.\n",
        "- The on-call SRE reported ", str(g.r.randint(2, 9)), " paging incidents; two were false alarms from the disk monitor.\n",
        "- Finance wants the vendor renewal decided before the fiscal year closes.\n- Next sync moved to the big conference room (", str(g.r.randint(2, 6)), "F)."]


@neg
def n_science(g):
    return "general", "chat", [
        "Check my physics homework answers:\n",
        "1) Avogadro's number is 6.02214076e23 per mole, so ", str(g.r.randint(2, 9)), " moles contain about ", str(g.r.randint(12, 54)), ".", g.digits(2), "e23 molecules.\n",
        "2) The speed of light is 299792458 m/s; a signal to a probe ", str(g.r.randint(2, 20)), ".", g.digits(1), " AU away takes about ", str(g.r.randint(16, 170)), " minutes.\n",
        "3) Planck's constant 6.62607015e-34 J·s; photon energy at ", str(g.r.randint(400, 700)), " nm?\n",
        "4) Boltzmann's constant 1.380649e-23 J/K. I think #3 is wrong."]


@neg
def n_sports(g):
    return "general", "chat", [
        "Write a 100-word recap: the ", g.pick(["Bulls", "Rockies", "Wild", "Sounders"]), " beat the ", g.pick(["Celtics", "Giants", "Kings", "Timbers"]), " ",
        str(g.r.randint(2, 120)), "-", str(g.r.randint(1, 110)), " on ", g.pick(MONTHS_EN), " ", str(g.r.randint(1, 28)), ". Attendance ", str(g.r.randint(12, 45)), ",", g.digits(3),
        ". Third straight win, moving them to ", str(g.r.randint(10, 40)), "-", str(g.r.randint(5, 30)),
        ". The rookie had a career high. Next game at home Saturday, tip-off 7:30 p.m. Mention the playoff picture."]


@neg
def n_recipe(g):
    return "general", "chat", [
        "Scale this recipe from 4 to ", str(g.r.randint(6, 12)), " servings and convert to grams:\n",
        "- 3 ", g.pick(["Granny Smith", "Honeycrisp"]), " apples\n- 2 cups flour\n- 1 tbsp ", g.pick(["Earl Grey", "Darjeeling"]), " tea leaves, ground\n",
        "- 1/2 cup ", g.pick(["Worcestershire", "Béarnaise"]), " (for the ", g.pick(["Beef Wellington", "Eggs Benedict", "Caesar salad"]), " served alongside)\n",
        "Bake at ", str(g.r.randint(170, 200)), "°C for ", str(g.r.randint(25, 55)), " minutes. My grandmother's version used a ", g.pick(["Bundt", "Pyrex", "Le Creuset"]), " dish."]


@neg
def n_git_log(g):
    lines = []
    for _ in range(4):
        lines.append("%s %s (%s) %s\n" % (g.chars(HEX, 7), g.pick(["fix:", "feat:", "chore(deps):", "refactor:"]),
                                         g.pick(["dependabot[bot]", "renovate[bot]", "release-bot"]), g.pick(["bump lodash to " + ver(g), "handle empty CSV rows", "retry on 503", "drop py3.8"])))
    return "devops", "log", [
        "Write a changelog from this git log (branch release/", ver(g), "):\n", "".join(lines), "Tag candidate: v", ver(g), "-rc.", str(g.r.randint(1, 5))]


@neg
def n_network_invalid(g):
    return "devops", "chat", [
        "Our firewall template has placeholders and two values the linter rejects. Which are invalid and why?\n",
        "allow tcp/443 from <OFFICE_CIDR>\nallow tcp/22 from x.x.x.x/32\ndeny all from 10.", str(g.r.randint(256, 399)), ".", str(g.r.randint(0, 255)), ".0/16\n",
        "allow udp/53 from 172.", str(g.r.randint(300, 999)), ".1.1\n", "# generated by fwgen ", ver(g), " on build ", str(g.r.randint(3000, 9999)), "\nPorts ", str(g.r.randint(1024, 9000)), "-", str(g.r.randint(9001, 65000)), " are ephemeral."]


@neg
def n_telemetry(g):
    out = []
    for _ in range(3):
        out.append('{"ts":"%s","route":"/v1/patients/{id}/visits","status":%d,"latency_ms":%d,"request_id":"%s","build":"%s"}\n'
                   % (ts(g), g.pick([200, 200, 404, 500, 429]), g.r.randint(3, 900), uuid_like(g), ver(g)))
    return "devops", "jsonl_log", ["Which route is driving the p99 latency regression?\n", "".join(out)]


@neg
def n_plan_summary(g):
    return "insurance", "markdown", [
        "Compare these two plan options for a family of four:\n\n| | Bronze HSA | Gold PPO |\n|---|---|---|\n",
        "| Deductible | $", str(g.r.randint(5, 8)), ",000 | $", str(g.r.randint(5, 15)), "00 |\n| OOP max | $", str(g.r.randint(12, 16)), ",000 | $", str(g.r.randint(6, 9)), ",500 |\n",
        "| PCP copay | after deductible | $", str(g.r.randint(15, 40)), " |\n| Group number | ", g.digits(6), " | ", g.digits(6), " |\n| Plan code | ", g.chars(UPPER_NUM, 5), " | ", g.chars(UPPER_NUM, 5), " |\n",
        "\nEmployer contributes $", str(g.r.randint(500, 1500)), "/yr to the HSA."]


@neg
def n_test_cards_doc(g):
    return "payments", "doc", [
        "Rewrite this internal doc section more clearly:\n",
        "Sandbox testing: never use real cards. The sandbox accepts any card ending in ", g.digits(4), " with any future expiry and any three-digit code. "
        "Masked values in logs look like ", g.digits(4), " **** **** ", g.digits(4), " or ", g.digits(6), "******", g.digits(4),
        ". The BIN table is refreshed every ", str(g.r.randint(2, 14)), " days. Decline reason codes 05, 51 and 54 map to DECLINED, INSUFFICIENT_FUNDS and EXPIRED."]


@neg
def n_pt_sales(g):
    return "retail", "report_pt", [
        "Resume este relatório em três frases:\n",
        "Vendas do mês de ", g.pick(MONTHS_PT), ": ", str(g.r.randint(1200, 9000)), " encomendas (número médio de artigos ", str(g.r.randint(1, 4)), ",", g.digits(1), "). "
        "A encomenda PT-", g.digits(8), " foi a maior, com ", str(g.r.randint(40, 200)), " unidades do artigo REF ", g.chars(UPPER_NUM, 6), ". "
        "Devoluções: ", str(g.r.randint(1, 9)), ",", g.digits(1), "%. O armazém de Braga fechou o inventário no dia ", str(g.r.randint(1, 28)), ". Meta para o próximo trimestre: +", str(g.r.randint(3, 15)), "%."]


@neg
def n_it_trains(g):
    return "travel", "chat_it", [
        "Traduci in inglese e suggerisci l'orario migliore:\n",
        "Frecciarossa ", str(g.r.randint(9500, 9699)), " da Milano Centrale alle ", str(g.r.randint(6, 9)), ":", g.pick(["05", "20", "35"]),
        ", arrivo a Napoli alle ", str(g.r.randint(10, 13)), ":", g.pick(["10", "40", "58"]), ", binario ", str(g.r.randint(1, 21)), ". In alternativa l'Italo ",
        str(g.r.randint(8900, 8999)), ". Hotel vicino a Piazza Garibaldi, a due passi da Via Toledo. Prezzo circa ", str(g.r.randint(39, 120)), " euro a persona."]


@neg
def n_pl_invoice(g):
    return "general", "chat_pl", [
        "Sprawdź, czy ta faktura jest poprawna:\n",
        "Faktura nr FV/", str(g.r.randint(2023, 2025)), "/", "%02d" % g.r.randint(1, 12), "/", str(g.r.randint(1, 400)), "\n",
        "Pozycja 1: usługi konsultingowe, ", str(g.r.randint(4, 80)), " h × ", str(g.r.randint(120, 400)), " zł netto\n",
        "Pozycja 2: licencja oprogramowania v", ver(g), ", 1 szt.\nVAT 23%. Termin płatności: ", str(g.r.randint(7, 30)), " dni. Zamówienie ZAM-", g.digits(6), "."]


@neg
def n_de_manual(g):
    return "retail", "manual_de", [
        "Übersetze diesen Abschnitt der Bedienungsanleitung ins Englische:\n",
        "Modell ", g.pick(["KX-", "TZ-", "HB-"]), g.digits(4), " (Artikelnummer ", g.digits(3), ".", g.digits(3), ".", g.digits(2), "). "
        "Firmware ", ver(g), " oder neuer installieren. Drücken Sie die Taste ", str(g.r.randint(2, 6)), " Sekunden lang, bis die LED blinkt. "
        "Betriebstemperatur ", str(g.r.randint(0, 5)), "–", str(g.r.randint(35, 45)), " °C, Leistungsaufnahme ", str(g.r.randint(4, 60)), " W. Garantie: 24 Monate ab Kaufdatum."]


@neg
def n_es_clinic(g):
    return "clinical", "chat_es", [
        "Traduce al inglés este aviso de la clínica:\n",
        "Horario: lunes a viernes de ", str(g.r.randint(7, 9)), ":00 a ", str(g.r.randint(17, 20)), ":00. Consulta general (CPT 992", g.digits(2), "): ", str(g.r.randint(40, 90)), " USD. "
        "Vacuna de la gripe disponible desde el ", str(g.r.randint(1, 28)), " de ", g.pick(MONTHS_ES), ". Traiga su tarjeta del seguro y una identificación. "
        "El estacionamiento está en el nivel ", str(g.r.randint(1, 4)), ". Citas en la recepción o en el quiosco."]


@neg
def n_fr_article(g):
    return "clinical", "article_fr", [
        "Résume cet abstract en anglais :\n",
        "Nous avons inclus ", str(g.r.randint(120, 900)), " patients atteints de la maladie de ", g.pick(["Parkinson", "Crohn", "Basedow", "Horton"]),
        " et ", str(g.r.randint(40, 300)), " témoins. Le syndrome de Gougerot-Sjögren était un critère d'exclusion. Les comparaisons ont utilisé le test de ",
        g.pick(["Wilcoxon", "Kruskal-Wallis", "Fisher"]), " et un modèle de Cox (p = 0,0", g.digits(2), "). Le score de ", g.pick(["Glasgow", "Apgar", "Charlson"]), " a été relevé à l'inclusion."]


@neg
def n_env_example(g):
    return "devops", "dotenv", [
        "Document each variable in this .env.example for our README:\n",
        "# copy to .env and fill in\nAPP_PORT=", str(g.r.randint(3000, 9000)), "\nDATABASE_HOST=localhost\nDATABASE_USER=<db-user>\nDATABASE_PASSWORD=${DATABASE_PASSWORD}\n",
        "PAYMENTS_API_KEY=<your-payments-key>\nSESSION_SECRET=\nFEATURE_FLAGS=beta_reports,", g.pick(["dark_mode", "csv_export", "audit_v2"]), "\nLOG_LEVEL=", g.pick(["info", "debug", "warn"]), "\nMAX_UPLOAD_MB=", str(g.r.randint(5, 50))]


@neg
def n_chem(g):
    return "general", "chat", [
        "Make a safety-data summary table for these chemicals: water (CAS 7732-18-5), ethanol (CAS 64-17-5), ",
        g.pick(["acetone (CAS 67-64-1)", "isopropanol (CAS 67-63-0)", "sodium hypochlorite (CAS 7681-52-9)"]), ". Include UN number (UN", g.pick(["1170", "1090", "1219", "1791"]),
        "), flash point, and storage class. Our stockroom has ", str(g.r.randint(3, 40)), " litres of each, shelf ", g.chars(string.ascii_uppercase, 1), str(g.r.randint(1, 9)), ". Reorder threshold ", str(g.r.randint(2, 9)), " L."]


@neg
def n_legal_citations(g):
    return "legal", "memo", [
        "Check the citation format in this memo:\n",
        "Under ", g.pick(["Marbury v. Madison", "Miranda v. Arizona", "Gideon v. Wainwright", "Palsgraf v. Long Island R.R. Co."]), " and 42 U.S.C. § 1320d-6, the ",
        "court's analysis turns on intent. See Case No. ", str(g.r.randint(20, 24)), "-cv-0", g.digits(4), ", Dkt. ", str(g.r.randint(12, 220)), " at ", str(g.r.randint(3, 40)),
        ". The hearing is set for ", g.pick(MONTHS_EN), " ", str(g.r.randint(1, 28)), ". Exhibit ", g.pick("ABCDE"), "-", str(g.r.randint(1, 30)), " is under seal."]


@neg
def n_vet_dosage(g):
    return "veterinary", "table", [
        "Double-check this dosing table for our clinic wall chart:\n",
        "| Breed example | Weight | Carprofen dose |\n|---|---|---|\n",
        "| ", g.pick(["Cavalier King Charles Spaniel", "Jack Russell Terrier", "Shih Tzu"]), " | ", str(g.r.randint(5, 9)), " kg | ", str(g.r.randint(10, 20)), " mg |\n",
        "| ", g.pick(["Doberman Pinscher", "Gordon Setter", "Saint Bernard"]), " | ", str(g.r.randint(30, 60)), " kg | ", str(g.r.randint(60, 120)), " mg |\n",
        "| ", g.pick(["Labrador Retriever", "Border Collie", "Weimaraner"]), " | ", str(g.r.randint(20, 35)), " kg | ", str(g.r.randint(40, 70)), " mg |\nUse 2.2 mg/kg twice daily; round to the nearest half tablet."]


@neg
def n_market_report(g):
    return "real_estate", "report", [
        "Summarize this market snapshot for a newsletter:\n",
        "Lincoln Park: median list $", str(g.r.randint(400, 900)), "K, ", str(g.r.randint(10, 60)), " days on market. MLS #", g.digits(8), " (", str(g.r.randint(1200, 4000)), " sq ft) sold ", str(g.r.randint(2, 9)), "% over ask.\n",
        g.pick(["Washington Heights", "Jefferson Park", "Kingsley Square"]), ": inventory up ", str(g.r.randint(3, 25)), "% YoY; mortgage rates near ", str(g.r.randint(5, 7)), ".", g.digits(2), "%. ",
        "New construction permits: ", str(g.r.randint(40, 400)), ". Condo HOA dues rose ", str(g.r.randint(2, 9)), "%."]


@neg
def n_citations(g):
    return "general", "bibliography", [
        "Format these references in APA 7:\n",
        "1) NEJM 2021; doi 10.1056/NEJMoa", g.digits(7), "; PMID ", g.digits(8), "\n",
        "2) ISBN 978-", str(g.r.randint(0, 1)), "-", g.digits(3), "-", g.digits(5), "-", g.digits(1), ", ", g.pick(["3rd", "5th", "7th"]), " edition, pp. ", str(g.r.randint(10, 300)), "-", str(g.r.randint(301, 600)), "\n",
        "3) WHO technical report series no. ", str(g.r.randint(900, 1050)), ", ", str(g.r.randint(2015, 2024)), "\n4) Lancet vol ", str(g.r.randint(380, 404)), ", issue ", str(g.r.randint(10000, 10450))]


@neg
def n_device_catalog(g):
    return "clinical", "table", [
        "Which of these infusion pumps need the firmware recall patch?\n",
        "| Model | Firmware | 510(k) | Catalog # | Units |\n|---|---|---|---|---|\n",
        "| ", g.pick(["Sapphire", "Plum 360", "Spectrum IQ"]), " | ", ver(g), " | K", g.digits(6), " | ", g.digits(5), "-", g.digits(2), " | ", str(g.r.randint(2, 80)), " |\n",
        "| ", g.pick(["Medley", "Alaris 8015", "Agilia"]), " | ", ver(g), " | K", g.digits(6), " | ", g.digits(5), "-", g.digits(2), " | ", str(g.r.randint(2, 80)), " |\n",
        "Recall notice Z-", g.digits(4), "-", str(g.r.randint(2023, 2025)), " applies to firmware below ", ver(g), "."]


@neg
def n_hashes(g):
    return "devops", "chat", [
        "The download checksum doesn't match. Published: sha256 ", g.chars(HEX, 64), "\nMine: sha256 ", g.chars(HEX, 64),
        "\nRelease ", ver(g), ", asset id ", uuid_like(g), ". I downloaded it twice through the corporate proxy. Could the proxy be rewriting the file? The size is ", str(g.r.randint(10, 90)), ",", g.digits(3), ",", g.digits(3), " bytes in both cases."]


@neg
def n_payroll_policy(g):
    return "payroll", "doc", [
        "Simplify this payroll policy paragraph:\n",
        "Pay dates fall on the ", g.pick(["15th and last business day", "every other Friday"]), ". Overtime is paid at 1.5x after 40 hours. "
        "The bill rate for contractors is reviewed each ", g.pick(["April", "October"]), ". A signing grant vests over ", str(g.r.randint(2, 4)), " years. "
        "Federal withholding follows the ", str(g.r.randint(2023, 2025)), " Publication 15-T tables; state tax follows the work location. Direct-deposit changes take one cycle."]


@neg
def n_collections_policy(g):
    return "collections", "doc", [
        "Turn this compliance guidance into a checklist for agents:\n",
        "Under Regulation F, no more than 7 call attempts within 7 consecutive days per debt. Calls only between 8 a.m. and 9 p.m. local time. "
        "Validation notices must go out within 5 days of first contact, and disputes pause collection for ", str(g.r.randint(30, 30)), " days. "
        "Placement batch B-", g.digits(5), " arrived ", g.pick(MONTHS_EN), " ", str(g.r.randint(1, 28)), " with ", str(g.r.randint(200, 4000)), " accounts. Never leave balance details on voicemail."]


@neg
def n_claim_lines(g):
    rows = []
    for _ in range(4):
        rows.append("CLM%s,%s,%s,%s-%s-%s,%d.%02d\n" % (g.digits(9), "99" + g.digits(3), g.pick(["E11.9", "I10", "J45.909", "M54.5", "Z00.00"]),
                                                    g.digits(5), g.digits(4), g.digits(2), g.r.randint(20, 900), g.r.randint(0, 99)))
    return "insurance", "csv", [
        "Which of these claim lines would fail a CPT/ICD consistency edit?\n", "claim_id,cpt,icd10,ndc,billed\n", "".join(rows)]


@neg
def n_rate_sheet(g):
    return "mortgage", "table", [
        "Explain this rate sheet to a first-time buyer:\n| Product | Rate | Points | Max LTV |\n|---|---|---|---|\n",
        "| 30-yr fixed | ", str(g.r.randint(5, 7)), ".", g.digits(3), "% | ", str(g.r.randint(0, 2)), ".", g.digits(3), " | 97% |\n",
        "| 15-yr fixed | ", str(g.r.randint(5, 6)), ".", g.digits(3), "% | ", str(g.r.randint(0, 2)), ".", g.digits(3), " | 95% |\n",
        "| 7/6 ARM | ", str(g.r.randint(5, 6)), ".", g.digits(3), "% | 0.", g.digits(3), " | 90% |\nLocks good for ", g.pick(["30", "45", "60"]), " days. Sheet ", g.digits(4), "-", g.pick(["A", "B"]), "."]


@neg
def n_immigration_general(g):
    return "immigration", "chat", [
        "What's the typical order of these filings, and which fees apply in ", str(g.r.randint(2024, 2025)), "? I-130, I-485, I-765 and I-131. "
        "My receipt notice number is IOE", g.digits(10), " — is that the same as a case number? Processing time at the ", g.pick(["Nebraska", "Texas", "Potomac"]),
        " Service Center shows ", str(g.r.randint(6, 30)), " months. I'm asking generally, not for legal advice, and I'd like a short timeline."]


@neg
def n_vet_policy(g):
    return "veterinary", "doc", [
        "Make this clinic policy friendlier:\n",
        "Appointments cancelled less than ", str(g.r.randint(12, 48)), " hours in advance incur a $", str(g.r.randint(25, 75)), " fee. Rabies certificates are issued on the day of vaccination. "
        "Boarding requires Bordetella within ", str(g.r.randint(6, 12)), " months. Microchip scans are free; registration is handled by the chip maker. Pharmacy refills take ", str(g.r.randint(1, 3)), " business days."]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------


def template_name(fn):
    return fn.__name__[2:]


def build_records():
    r = random.Random(SEED)
    g = G(r)
    jobs = [(fn, "positive") for fn in POSITIVE for _ in range(POS_USES)]
    for i, fn in enumerate(NEGATIVE):
        jobs += [(fn, "hard_negative")] * (4 if i < NEG_USES_4 else 3)
    r.shuffle(jobs)
    seen = set()
    records = []
    for n, (fn, kind) in enumerate(jobs, 1):
        for attempt in range(200):
            domain, fmt, pieces = fn(g)
            text, spans = assemble(pieces)
            if MIN_LEN <= len(text) <= MAX_LEN and text not in seen:
                break
        else:
            raise SystemExit("template %s cannot produce a valid text (last length %d)" % (fn.__name__, len(text)))
        if kind == "hard_negative" and spans:
            raise SystemExit("negative template %s produced spans" % fn.__name__)
        if kind == "positive" and not spans:
            raise SystemExit("positive template %s produced no spans" % fn.__name__)
        seen.add(text)
        records.append({"id": "h5-%04d" % n, "domain": domain, "kind": kind, "format": fmt,
                        "template": template_name(fn), "text": text, "spans": spans})
    return records


def render(records):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)


def stats(records):
    print("records: %d" % len(records))
    kinds = Counter(r["kind"] for r in records)
    for k in sorted(kinds):
        print("  kind %-14s %4d (%.1f%%)" % (k, kinds[k], 100.0 * kinds[k] / len(records)))
    tmpl = Counter((r["kind"], r["template"]) for r in records)
    print("templates: positive %d, hard_negative %d" % (len({t for k, t in tmpl if k == "positive"}),
                                                       len({t for k, t in tmpl if k == "hard_negative"})))
    print("by domain (records / positive / hard_negative):")
    doms = Counter(r["domain"] for r in records)
    for d in sorted(doms):
        p = sum(1 for r in records if r["domain"] == d and r["kind"] == "positive")
        print("  %-14s %4d %4d %4d" % (d, doms[d], p, doms[d] - p))
    print("by format:")
    fmts = Counter(r["format"] for r in records)
    for f in sorted(fmts):
        print("  %-20s %4d" % (f, fmts[f]))
    print("spans by entity type:")
    ents = Counter(s["entity_type"] for r in records for s in r["spans"])
    for e in sorted(ents):
        print("  %-22s %5d" % (e, ents[e]))
    print("  %-22s %5d" % ("total", sum(ents.values())))
    lens = sorted(len(r["text"]) for r in records)
    print("text length: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if prompts.jsonl differs from a fresh generation")
    ap.add_argument("--stats", action="store_true", help="print composition counts")
    args = ap.parse_args(argv)
    records = build_records()
    data = render(records)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != data:
            print("prompts.jsonl is stale or missing; run generate.py", file=sys.stderr)
            return 1
        print("prompts.jsonl is up to date (%d records)" % len(records))
    elif not args.stats:
        OUT.write_text(data, encoding="utf-8")
        print("wrote %s (%d records)" % (OUT, len(records)))
    if args.stats:
        stats(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
