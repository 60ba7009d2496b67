"""Generate held-out detection set #2 (tests/detection_heldout2/prompts.jsonl).

    python tests/detection_heldout2/generate.py          # rewrite prompts.jsonl
    python tests/detection_heldout2/generate.py --check  # exit 1 if the committed file differs

Stdlib only, fixed seed, byte-for-byte reproducible.  Templates and value
generators are written from scratch for this set (see README.md for the
independence rules).  Record format is the scorer's
(tests/detection/scoring.py): {"id", "domain", "kind", "text", "spans"}, plus
"format" and "template" fields the scorer ignores.
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

HERE = Path(__file__).resolve().parent
OUT = HERE / "prompts.jsonl"
SEED = 20261124

# --------------------------------------------------------------------------------------
# labeled-text builder


class T:
    """A tagged leaf value: text that is gold PII of ``etype``."""

    __slots__ = ("value", "etype")

    def __init__(self, value: str, etype: str):
        self.value = value
        self.etype = etype


class Doc:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.n = 0

    def __call__(self, *pieces):
        for p in pieces:
            if isinstance(p, T):
                self.spans.append((self.n, self.n + len(p.value), p.etype))
                self._put(p.value)
            elif isinstance(p, tuple):
                self(T(p[0], p[1]))
            elif isinstance(p, Doc):
                off = self.n
                self.spans.extend((s + off, e + off, t) for s, e, t in p.spans)
                self._put(p.text)
            else:
                self._put(str(p))
        return self

    def _put(self, s: str):
        self.parts.append(s)
        self.n += len(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def jdump(obj, d: Doc, indent: int | None = 2, level: int = 0):
    """Serialize ``obj`` as JSON into ``d``; T leaves become labeled string values."""
    nl = "\n" + " " * (indent * (level + 1)) if indent else ""
    end = "\n" + " " * (indent * level) if indent else ""
    sep = "," if indent else ", "
    if isinstance(obj, T):
        s = json.dumps(obj.value, ensure_ascii=False)
        d('"', T(s[1:-1], obj.etype), '"')
    elif isinstance(obj, dict):
        if not obj:
            d("{}")
            return
        d("{")
        for i, (k, v) in enumerate(obj.items()):
            d(sep if i else "", nl, json.dumps(k, ensure_ascii=False), ": ")
            jdump(v, d, indent, level + 1)
        d(end, "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]")
            return
        d("[")
        for i, v in enumerate(obj):
            d(sep if i else "", nl)
            jdump(v, d, indent, level + 1)
        d(end, "]")
    else:
        d(json.dumps(obj, ensure_ascii=False))


def json_string_of(inner: Doc) -> Doc:
    """``inner`` embedded as a JSON string literal (with quotes), spans remapped."""
    out = Doc()
    pos = [0] * (len(inner.text) + 1)
    buf = ['"']
    n = 1
    for i, c in enumerate(inner.text):
        pos[i] = n
        e = json.dumps(c, ensure_ascii=False)[1:-1]
        buf.append(e)
        n += len(e)
    pos[len(inner.text)] = n
    buf.append('"')
    out._put("".join(buf))
    out.spans = [(pos[s], pos[e], t) for s, e, t in inner.spans]
    return out


# --------------------------------------------------------------------------------------
# value generators (all fake; checksums valid where the identifier has one)

FIRST = [
    "Alejandro", "Guadalupe", "Ximena", "Joaquín", "Marisol", "Rafael", "Itzel", "Esteban",
    "Wei", "Mei-Ling", "Hiroshi", "Priya", "Arjun", "Thuy", "Minh", "Ji-woo", "Seo-yeon",
    "Ananya", "Haruto", "Xiuying", "Rohan", "Chidi", "Ngozi", "Kwame", "Abena", "Oluwaseun",
    "Thandiwe", "Amadou", "Fatoumata", "Tendai", "Siobhan", "Bartholomew", "Ingrid", "Lukas",
    "Margit", "Piotr", "Élodie", "Giulia", "Yusuf", "Layla", "Omar", "Tyrone", "Brittany",
    "Dwayne", "Kaitlyn", "Eleanor", "Declan", "Astrid", "Matteo", "Saoirse", "Kofi", "Nadia",
    "April", "Grant", "Jordan", "Hope", "Mark", "Bill", "Will", "Rosa", "Dmitri", "Anneliese",
]
LAST = [
    "Hernández-Ruiz", "Okonkwo", "Nakamura", "Van der Berg", "O'Sullivan", "Nguyen", "Adeyemi",
    "Kowalczyk", "Castellanos", "Bhattacharya", "Zhou", "Mensah", "Ferreira", "Lindqvist",
    "Diallo", "Abernathy", "Thibodeaux", "Park", "Haddad", "Achterberg", "MacLeod",
    "Smith-Jones", "Villanueva", "Takahashi", "Oyelaran", "Srinivasan", "Chukwuemeka",
    "Delacroix", "Rossi", "Petrovic", "Gallagher", "Yamamoto", "Banerjee", "Osei", "Quispe",
    "Moreno-Vidal", "Fitzgerald", "Kim", "Tran", "Novak", "Achebe", "Eriksen", "Whitfield",
    "Mukherjee", "Dubois", "Schreiber", "Alvarez", "Nwosu", "Lindgren", "Reyes",
]
TITLES = ["Dr. ", "Ms. ", "Mr. ", "Mrs. ", "Mx. ", "Prof. ", ""]

US_PLACES = [
    ("Tucson", "AZ", "857"), ("Dayton", "OH", "454"), ("Spokane", "WA", "992"),
    ("Macon", "GA", "312"), ("Albany", "NY", "122"), ("Fresno", "CA", "937"),
    ("Lubbock", "TX", "794"), ("Duluth", "MN", "558"), ("Camden", "NJ", "081"),
    ("Provo", "UT", "846"), ("Biloxi", "MS", "395"), ("Lowell", "MA", "018"),
    ("Boise", "ID", "837"), ("Tulsa", "OK", "741"), ("Asheville", "NC", "288"),
]
STREET_NAMES = ["Alder", "Juniper", "Magnolia", "Cottonwood", "Harrison", "Lakeview", "Sycamore",
                "Old Mill", "Pinecrest", "Calle Ocho", "Rosewood", "Kenmore", "Wabash", "Bayou"]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Terrace"]
INTL_ADDR = [
    ("{n} Kingsley Road, Leeds LS6 {d}AB", "UK"),
    ("Flat {u}, {n} Cheltenham Crescent, Bristol BS6 {d}QE", "UK"),
    ("Lindenstraße {n}, 10969 Berlin", "DE"),
    ("{n} rue des Écoles, 75005 Paris", "FR"),
    ("Calle de Alcalá {n}, 28014 Madrid", "ES"),
    ("{n} Queen Street West, Toronto, ON M5H {d}N2", "CA"),
    ("Keizersgracht {n}, 1015 CJ Amsterdam", "NL"),
    ("{n} Wellington Parade, East Melbourne VIC 3002", "AU"),
]


class V:
    """Value generators bound to one RNG."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # -- people
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def name(self):
        return "%s %s" % (self.first(), self.last())

    def title(self):
        return self.pick(TITLES)

    # -- dates tied to people
    def ymd(self, y0=1935, y1=2012):
        return self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)

    MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]

    def date(self, y0=1935, y1=2012, style=None):
        y, m, d = self.ymd(y0, y1)
        style = style if style is not None else self.r.randrange(6)
        if style == 0:
            return "%02d/%02d/%d" % (m, d, y)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        if style == 2:
            return "%s %d, %d" % (self.MONTHS[m - 1], d, y)
        if style == 3:
            return "%d %s %d" % (d, self.MONTHS[m - 1][:3], y)
        if style == 4:
            return "%d/%d/%02d" % (m, d, y % 100)
        return "%02d.%02d.%d" % (d, m, y)

    def hl7date(self, y0=1935, y1=2012):
        return "%d%02d%02d" % self.ymd(y0, y1)

    def isodate(self, y0=1935, y1=2012):
        return "%d-%02d-%02d" % self.ymd(y0, y1)

    # -- addresses
    def street(self, unit=None):
        s = "%d %s%s %s" % (self.r.randint(2, 9899), self.pick(["", "", "N ", "S ", "E ", "W ", "NE "]),
                            self.pick(STREET_NAMES), self.pick(SUFFIXES))
        if unit or (unit is None and self.r.random() < 0.3):
            s += self.pick([" Apt %d%s" % (self.r.randint(1, 40), self.pick("ABCD")), " Unit %d" % self.r.randint(1, 300),
                            " #%d" % self.r.randint(100, 999), ", Suite %d" % self.r.randint(100, 950)])
        return s

    def place(self):
        city, st, z3 = self.pick(US_PLACES)
        return city, st, z3 + self.digits(2)

    def intl_address(self):
        tmpl, cc = self.pick(INTL_ADDR)
        return tmpl.format(n=self.r.randint(2, 240), u=self.r.randint(1, 9), d=self.r.randint(1, 9)), cc

    # -- contact
    def phone(self):
        area = "%d%d%d" % (self.r.randint(2, 9), self.r.randint(0, 8), self.r.randint(0, 9))
        if area[1:] == "11":
            area = area[0] + "21"
        exch = "%d%s" % (self.r.randint(2, 9), self.digits(2))
        line = self.digits(4)
        fmt = self.r.randrange(5)
        return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s"][fmt] % (area, exch, line)

    def intl_phone(self):
        return self.pick([
            "+44 20 7946 %s" % self.digits(4), "+44 7700 9%s" % self.digits(5),
            "+49 30 %s %s" % (self.digits(4), self.digits(4)), "+33 1 %s %s %s %s" % tuple(self.digits(2) for _ in range(4)),
            "+91 98%s %s" % (self.digits(3), self.digits(5)), "+52 55 %s %s" % (self.digits(4), self.digits(4)),
            "+81 3-%s-%s" % (self.digits(4), self.digits(4)), "+234 803 %s %s" % (self.digits(3), self.digits(4)),
            "+61 4%s %s %s" % (self.digits(2), self.digits(3), self.digits(3)),
        ])

    def email(self, first=None, last=None):
        first = first or self.first()
        last = last or self.last()
        clean = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if c in string.ascii_lowercase)
        local = self.pick(["%s.%s" % (clean(first), clean(last)), "%s%s" % (clean(first)[0], clean(last)),
                           "%s_%s%d" % (clean(first), clean(last)[:4], self.r.randint(1, 99))])
        dom = self.pick(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com",
                         "mercyvalleyhealth.org", "brightlakebank.com", "fastmail.fm"])
        return "%s@%s" % (local, dom)

    def ipv4(self):
        return "%d.%d.%d.%d" % (self.pick([73, 98, 174, 24, 67, 203, 81, 151]), self.r.randint(0, 255),
                                self.r.randint(0, 255), self.r.randint(1, 254))

    def ipv6(self):
        return "2001:db8:%x:%x::%x" % (self.r.randint(1, 0xffff), self.r.randint(1, 0xffff), self.r.randint(1, 0xffff))

    # -- government ids
    def ssn(self, sep="-"):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        g = self.r.randint(1, 99)
        s = self.r.randint(1, 9999)
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    def itin(self, sep="-"):
        g = self.pick(list(range(50, 66)) + list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100)))
        return "9%s%s%02d%s%s" % (self.digits(2), sep, g, sep, self.digits(4))

    def drivers_license(self):
        st, num = self.pick([
            ("California", lambda: self.pick("ABCDEFGHJKLMNPRSTUVWY") + self.digits(7)),
            ("New York", lambda: "%s %s %s" % (self.digits(3), self.digits(3), self.digits(3))),
            ("Texas", lambda: self.digits(8)),
            ("Florida", lambda: "%s%s-%s-%s-%s-%s" % (self.pick("BGHMRSTW"), self.digits(3), self.digits(3),
                                                    self.digits(2), self.digits(3), self.digits(1))),
            ("Illinois", lambda: "%s%s-%s-%s" % (self.pick("ABDGKMPRSW"), self.digits(3), self.digits(4), self.digits(4))),
            ("Washington", lambda: "WDL" + self.alnum(9, string.ascii_uppercase + string.digits)),
        ])
        return st, num()

    def passport(self):
        return self.pick([self.digits(9), self.pick("ACEFGHJK") + self.digits(8)])

    # -- health
    def npi(self):
        base = self.pick("12") + self.digits(8)
        return base + str(luhn_check_digit("80840" + base))

    def dea(self, last=None):
        first = self.pick("ABFGMPR")
        second = (last or self.last())[0].upper()
        if not second.isalpha() or second not in string.ascii_uppercase:
            second = "X"
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return first + second + "".join(map(str, d)) + str(chk)

    def mbi(self, dashed=None):
        letters = "ACDEFGHJKMNPQRTUVWXY"
        alnum = letters + string.digits
        c = [str(self.r.randint(1, 9)), self.pick(letters), self.pick(alnum), self.pick(string.digits),
             self.pick(letters), self.pick(alnum), self.pick(string.digits), self.pick(letters),
             self.pick(letters), self.pick(string.digits), self.pick(string.digits)]
        s = "".join(c)
        if dashed or (dashed is None and self.r.random() < 0.4):
            s = s[:4] + "-" + s[4:7] + "-" + s[7:]
        return s

    def mrn(self):
        return self.pick([self.digits(8), "MR" + self.digits(7), "%s-%s" % (self.digits(3), self.digits(5)),
                          "E" + self.digits(9), self.digits(10)])

    def member_id(self):
        return self.pick([self.alnum(3, string.ascii_uppercase) + self.digits(9),
                          "W" + self.digits(10), "%s%s-%s" % (self.alnum(2, string.ascii_uppercase), self.digits(6), self.digits(2)),
                          "ZGP" + self.digits(8) + self.pick(["01", "02"])])

    # -- finance
    def card(self, brand=None):
        brand = brand or self.pick(["visa", "mc", "mc2", "amex", "disc", "jcb", "diners"])
        prefix, length = {
            "visa": ("4" + self.digits(5), 16), "mc": ("5%d" % self.r.randint(1, 5) + self.digits(4), 16),
            "mc2": (str(self.r.randint(2221, 2720)) + self.digits(2), 16),
            "amex": (self.pick(["34", "37"]) + self.digits(4), 15), "disc": ("6011" + self.digits(2), 16),
            "jcb": (str(self.r.randint(3528, 3589)) + self.digits(2), 16),
            "diners": ("36" + self.digits(4), 14),
        }[brand]
        body = prefix + self.digits(length - len(prefix) - 1)
        num = body + str(luhn_check_digit(body))
        sep = self.pick([" ", "-", ""])
        if length == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        if length == 14:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def luhn_invalid16(self):
        body = self.pick("3456789") + self.digits(14)
        bad = (luhn_check_digit(body) + self.r.randint(1, 9)) % 10
        return body + str(bad)

    def aba(self):
        while True:
            pre = "%02d" % self.pick(list(range(1, 13)) + list(range(21, 33)))
            d = [int(c) for c in pre + self.digits(6)]
            for last in range(10):
                x = d + [last]
                if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                    return "".join(map(str, x))

    IBAN_LAYOUT = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11c2n", "ES": "4n4n1n1n10n", "NL": "4a10n",
                   "IT": "1a5n5n12c", "CH": "5n12c", "BE": "3n7n2n", "IE": "4a6n8n", "PT": "4n4n11n2n"}

    def iban(self, cc=None, spaced=None):
        cc = cc or self.pick(sorted(self.IBAN_LAYOUT))
        bban = ""
        lay = self.IBAN_LAYOUT[cc]
        i = 0
        while i < len(lay):
            j = i
            while lay[j].isdigit():
                j += 1
            n, kind = int(lay[i:j]), lay[j]
            alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
            bban += self.alnum(n, alpha)
            i = j + 1
        chk = 98 - iban_mod97(bban + cc + "00")
        s = "%s%02d%s" % (cc, chk, bban)
        if spaced or (spaced is None and self.r.random() < 0.5):
            s = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
        return s

    def swift(self):
        bank = self.alnum(4, string.ascii_uppercase)
        cc = self.pick(["US", "GB", "DE", "FR", "CH", "SG", "JP", "MX", "NG", "IN", "NL"])
        loc = self.alnum(2, string.ascii_uppercase + string.digits)
        return bank + cc + loc + self.pick(["", "", "XXX", self.alnum(3, string.ascii_uppercase + string.digits)])

    def bank_account(self):
        return self.digits(self.r.randint(8, 12))

    # -- secrets
    B62 = string.ascii_letters + string.digits
    B64URL = B62 + "-_"

    def openai_key(self):
        return self.pick(["sk-proj-" + self.alnum(48, self.B64URL) + "T3BlbkFJ" + self.alnum(48, self.B64URL),
                          "sk-" + self.alnum(20) + "T3BlbkFJ" + self.alnum(20)])

    def anthropic_key(self):
        return "sk-ant-api03-" + self.alnum(93, self.B64URL) + "AA"

    def aws_key_id(self):
        return "AKIA" + self.alnum(16, string.ascii_uppercase + "234567")

    def aws_secret(self):
        return self.alnum(40, self.B62 + "+/")

    def github_token(self):
        return self.pick(["ghp_", "gho_", "ghs_"]) + self.alnum(36)

    def slack_token(self):
        return self.pick(["xoxb-", "xoxp-"]) + self.digits(12) + "-" + self.digits(13) + "-" + self.alnum(24)

    def stripe_key(self):
        return self.pick(["sk_live_", "rk_live_"]) + self.alnum(24) + self.alnum(self.r.randint(0, 75))

    def google_key(self):
        return "AIza" + self.alnum(35, self.B64URL)

    def api_key(self):
        return self.pick([self.openai_key, self.anthropic_key, self.aws_key_id, self.github_token,
                          self.slack_token, self.stripe_key, self.google_key])()

    def jwt(self, name=None):
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        head = b({"alg": self.pick(["HS256", "RS256"]), "typ": "JWT"})
        body = b({"sub": self.digits(7), "iat": 1700000000 + self.r.randint(0, 40000000),
                  "scope": self.pick(["read", "claims:write", "admin"])})
        sig = self.alnum(43, self.B64URL)
        return "%s.%s.%s" % (head, body, sig)

    def pem(self):
        kind = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        nlines = self.r.randint(4, 9)
        b64 = string.ascii_letters + string.digits + "+/"
        lines = [self.alnum(64, b64) for _ in range(nlines)] + [self.alnum(self.r.randint(8, 60), b64) + "=="]
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)

    def password(self):
        w = self.pick(["Tanager", "quokka", "Marigold", "Bluefin", "zephyr", "Orchard", "Kestrel", "saffron"])
        return self.pick([
            "%s%d!%s" % (w, self.r.randint(10, 99), self.pick("#$%&*")),
            self.alnum(14, self.B62 + "!@#%^*"),
            "%s-%s-%d" % (w.lower(), self.pick(["river", "cobalt", "lantern", "pepper"]), self.r.randint(100, 999)),
            "%s@%d" % (w, self.r.randint(1990, 2024)),
        ])

    def hex_secret(self, n=32):
        return self.alnum(n, "0123456789abcdef")

    # -- vehicles
    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = list(self.pick(["1HG", "2T1", "3VW", "5YJ", "JN1", "WBA", "1FT", "KMH"]) + self.alnum(14, chars))
        v[8] = "0"
        v[9] = self.pick("LMNPRSTVWXY123456")  # model year
        v[8] = vin_check(v)
        return "".join(v)

    # -- negatives
    def uuid(self):
        h = self.hex_secret(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.pick("89ab"), h[17:20], h[20:32])

    def sha(self, n=40):
        return self.hex_secret(n)


def luhn_check_digit(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def iban_mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def vin_check(v) -> str:
    trans = {c: n for cs, n in (("AJ", 1), ("BKS", 2), ("CLT", 3), ("DMU", 4), ("ENV", 5), ("FW", 6),
                                ("GPX", 7), ("HY", 8), ("RZ", 9)) for c in cs}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(v, weights))
    r = total % 11
    return "X" if r == 10 else str(r)


# --------------------------------------------------------------------------------------
# shorthand tags

def P(s):
    return T(s, "PERSON")


def D_(s):
    return T(s, "DATE_TIME")


def PH(s):
    return T(s, "PHONE_NUMBER")


def EM(s):
    return T(s, "EMAIL_ADDRESS")


def ADDR(v: V, d: Doc, unit=None):
    """A US street line with city and state (STREET_ADDRESS) and a separate ZIP span."""
    city, st, z = v.place()
    d(T("%s, %s, %s" % (v.street(unit), city, st), "STREET_ADDRESS"), " ", T(z, "US_ZIP_CODE"))


POSITIVE = []  # (name, domain, format, fn(v) -> Doc)
NEGATIVE = []


def pos(domain, fmt):
    def deco(fn):
        POSITIVE.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


def neg(domain, fmt):
    def deco(fn):
        NEGATIVE.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


# ======================================================================================
# POSITIVE templates
# ======================================================================================

@pos("clinical", "note")
def discharge_summary(v):
    d = Doc()
    f, l = v.first(), v.last()
    doc_f, doc_l = v.first(), v.last()
    d("Please turn this into a patient-friendly discharge letter.\n\nDISCHARGE SUMMARY\nPatient: ", P("%s, %s" % (l.upper(), f.upper())),
      "   MRN: ", T(v.mrn(), "MEDICAL_RECORD_NUMBER"), "\nDOB: ", D_(v.date()), "\nAdmitted: ", D_(v.date(2023, 2025)),
      "   Discharged: ", D_(v.date(2023, 2025)), "\nAttending: Dr. ", P("%s %s" % (doc_f, doc_l)), ", MD (NPI ", T(v.npi(), "US_NPI"),
      ")\nDiagnosis: community-acquired pneumonia (J18.9), resolved. Home on amoxicillin-clavulanate 875 mg PO BID x 5 days.\n",
      "Follow-up with PCP in 1 week. Call ", PH(v.phone()), " with questions.")
    return d


@pos("clinical", "email")
def referral_letter(v):
    d = Doc()
    pf, pl = v.first(), v.last()
    rl = v.last()
    d("Subject: Referral - cardiology\n\nDear Dr. ", P(rl), ",\n\nI am referring my patient ", P("%s %s" % (pf, pl)),
      " (DOB ", D_(v.date()), ", MRN ", T(v.mrn(), "MEDICAL_RECORD_NUMBER"), ") for evaluation of exertional chest pain. ",
      "Resting ECG showed nonspecific ST changes; troponin negative x2. ", P(pf), " lives at ")
    ADDR(v, d)
    d(" and prefers calls to ", PH(v.phone()), ".\n\nKind regards,\n", P("%s %s" % (v.first(), v.last())), ", MD\nFax ", PH(v.phone()))
    return d


@pos("clinical", "markdown_table")
def lab_results_table(v):
    d = Doc()
    d("Summarize these labs for ", P(v.name()), " (MRN ", T(v.mrn(), "MEDICAL_RECORD_NUMBER"), "), collected ",
      D_(v.date(2024, 2025)), ":\n\n| Test | Result | Ref range | Flag |\n|---|---|---|---|\n")
    rows = [("Sodium", "138 mmol/L", "135-145", ""), ("Potassium", "5.6 mmol/L", "3.5-5.1", "H"),
            ("Creatinine", "1.42 mg/dL", "0.60-1.20", "H"), ("HbA1c", "7.9 %", "4.0-5.6", "H"),
            ("TSH", "2.14 mIU/L", "0.40-4.50", ""), ("WBC", "11.8 x10^3/uL", "4.0-11.0", "H")]
    for row in v.r.sample(rows, 4):
        d("| %s | %s | %s | %s |\n" % row)
    return d


@pos("clinical", "hl7")
def hl7_adt(v):
    d = Doc()
    city, st, z = v.place()
    d("Parse this HL7 message and tell me why the interface rejected it:\n\n",
      "MSH|^~\\&|EPIC|MERCYVALLEY|LAB|MVH|202503140922||ADT^A01|MSG%s|P|2.5.1\n" % v.digits(6),
      "PID|1||", T(v.digits(8), "MEDICAL_RECORD_NUMBER"), "^^^MVH^MR||", P("%s^%s^%s" % (v.last().upper(), v.first().upper(), v.pick("ABCDEJMRT"))),
      "||", D_(v.hl7date()), "|", v.pick(["F", "M", "U"]), "|||",
      T(v.street(False).upper(), "STREET_ADDRESS"), "^^", city.upper(), "^", st, "^", T(z, "US_ZIP_CODE"), "^USA||",
      PH(v.phone()), "|||||||", T(v.ssn(""), "US_SSN"), "\n",
      "PV1|1|I|4W^412^B|E|||", T(v.npi(), "US_NPI"), "^", P("%s^%s" % (v.last().upper(), v.first().upper())), "^^^^MD\n")
    return d


@pos("clinical", "fhir")
def fhir_patient(v):
    d = Doc()
    f, l = v.first(), v.last()
    city, st, z = v.place()
    obj = {
        "resourceType": "Patient",
        "id": v.uuid(),
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1", "value": T(v.ssn(), "US_SSN")},
                       {"type": {"coding": [{"code": "MR"}]}, "value": T(v.mrn(), "MEDICAL_RECORD_NUMBER")}],
        "name": [{"use": "official", "family": P(l), "given": [P(f)]}],
        "telecom": [{"system": "phone", "value": PH(v.phone())}, {"system": "email", "value": EM(v.email(f, l))}],
        "gender": v.pick(["female", "male", "other"]),
        "birthDate": D_(v.isodate()),
        "address": [{"line": [T(v.street(), "STREET_ADDRESS")], "city": city, "state": st, "postalCode": T(z, "US_ZIP_CODE")}],
    }
    d("Validate this FHIR R4 resource before we POST it:\n```json\n")
    jdump(obj, d)
    d("\n```")
    return d


@pos("clinical", "chat")
def pharmacy_chat(v):
    d = Doc()
    f, l = v.first(), v.last()
    d("user: I'm the pharmacist at Cedar Hollow Pharmacy. Can you check this refill? Patient ", P("%s %s" % (f, l)),
      ", born ", D_(v.date()), ", needs apixaban 5 mg BID, 60 tabs, NDC 0003-0894-21. Prescriber Dr. ", P(v.name()),
      ", DEA ")
    d(T(v.dea(), "US_DEA"), ", NPI ", T(v.npi(), "US_NPI"), ". Insurance member ID ", T(v.member_id(), "HEALTH_PLAN_ID"),
      ". Is there an interaction with her diltiazem 120 mg ER?")
    return d


@pos("clinical", "tool_call")
def prior_auth_tool_call(v):
    inner = Doc()
    f, l = v.first(), v.last()
    jdump({"patient_name": P("%s %s" % (f, l)), "date_of_birth": D_(v.isodate()), "medicare_mbi": T(v.mbi(dashed=False), "US_MBI"),
           "member_id": T(v.member_id(), "HEALTH_PLAN_ID"), "group_number": "GRP-%s" % v.digits(5),
           "requested_service": "CPT 72148 MRI lumbar spine w/o contrast", "icd10": ["M54.16", "M51.26"],
           "ordering_npi": T(v.npi(), "US_NPI")}, inner, indent=None)
    d = Doc()
    d('{"role": "assistant", "tool_calls": [{"id": "call_%s", "type": "function", "function": {"name": "submit_prior_auth", "arguments": ' % v.alnum(12))
    d(json_string_of(inner), "}}]}")
    return d


@pos("clinical", "transcript")
def telehealth_transcript(v):
    d = Doc()
    pf, pl = v.first(), v.last()
    nf = v.first()
    d("Clean up this visit transcript:\n\n[00:00:04] NURSE: Hi, this is ", P(nf), " from Lakeside Family Medicine. Can you confirm your full name and date of birth?\n",
      "[00:00:09] PATIENT: Sure, it's ", P("%s %s" % (pf, pl)), ", ", D_(v.date(style=2)), ".\n",
      "[00:00:15] NURSE: And the best callback number?\n[00:00:18] PATIENT: ", PH(v.phone()), ". My daughter ", P(v.first()),
      " might pick up.\n[00:00:24] NURSE: Thanks. Your A1c came back at 8.1, so Dr. ", P(v.last()), " wants to increase the metformin to 1000 mg twice daily.\n")
    return d


@pos("clinical", "csv")
def immunization_csv(v):
    d = Doc()
    d("Find duplicates in this immunization export:\n\nmrn,last_name,first_name,dob,vaccine,cvx,admin_date,lot\n")
    for _ in range(v.r.randint(3, 5)):
        d(T(v.mrn(), "MEDICAL_RECORD_NUMBER"), ",", P(v.last()), ",", P(v.first()), ",", D_(v.isodate()), ",",
          v.pick(["Tdap", "Influenza", "MMR", "HepB", "COVID-19"]), ",", v.pick(["115", "150", "03", "08", "213"]), ",",
          D_(v.isodate(2023, 2025)), ",", "%s%s" % (v.alnum(2, string.ascii_uppercase), v.digits(4)), "\n")
    return d


@pos("insurance", "note")
def claim_note(v):
    d = Doc()
    d("Draft an appeal for this denied claim.\nClaim #CLM-%s-%s  Subscriber: " % (v.digits(4), v.digits(6)), P(v.name()),
      "\nMember ID: ", T(v.member_id(), "HEALTH_PLAN_ID"), "  Group: %s\n" % v.digits(6), "Date of service: ", D_(v.date(2024, 2025)),
      "\nBilling provider NPI ", T(v.npi(), "US_NPI"), ", CPT 99214-25, 93000; ICD-10 I48.91. Denial code CO-97.\n",
      "Mail the appeal to the member at ")
    ADDR(v, d)
    d(".")
    return d


@pos("insurance", "json")
def eob_json(v):
    d = Doc()
    f, l = v.first(), v.last()
    obj = {"eob": {"statementDate": "2025-02-28", "patient": {"firstName": P(f), "lastName": P(l), "dob": D_(v.isodate())},
                   "subscriberId": T(v.member_id(), "HEALTH_PLAN_ID"), "mbi": T(v.mbi(), "US_MBI"),
                   "lines": [{"cpt": "80053", "billed": 84.0, "allowed": 14.49, "patientResponsibility": 2.9},
                             {"cpt": "36415", "billed": 18.0, "allowed": 3.0, "patientResponsibility": 0.0}],
                   "serviceDate": D_(v.isodate(2024, 2025))}}
    d("Explain this EOB in plain English:\n")
    jdump(obj, d)
    return d


@pos("insurance", "email")
def insurance_email(v):
    d = Doc()
    f, l = v.first(), v.last()
    e = v.email(f, l)
    d("From: ", P("%s %s" % (f, l)), " <", EM(e), ">\nTo: ", EM("claims@northstarmutual.com"), "\nSubject: Claim %s - windshield\n\n" % v.digits(9),
      "Hi, my car (VIN ", T(v.vin(), "VEHICLE_ID"), ") was hit by debris on I-40 yesterday. My driver's license is ")
    st, dl = v.drivers_license()
    d(st, " ", T(dl, "US_DRIVER_LICENSE"), ". You can reach me at ", PH(v.phone()), ".\n\nThanks,\n", P(f))
    return d


@pos("banking", "email")
def wire_instructions(v):
    d = Doc()
    d("Can you check these wire instructions for a typo before I send them to the client?\n\nBeneficiary: ", P(v.name()),
      "\nBeneficiary address: ")
    addr, _ = v.intl_address()
    d(T(addr, "STREET_ADDRESS"), "\nIBAN: ")
    d(T(v.iban(), "IBAN_CODE"), "\nSWIFT/BIC: ", T(v.swift(), "SWIFT_CODE"), "\nReference: INV-2025-%s\nAmount: EUR 14,250.00" % v.digits(4))
    return d


@pos("banking", "email")
def domestic_wire(v):
    d = Doc()
    d("Hi team,\n\nPlease set up an ACH for ", P(v.name()), ": routing ", T(v.aba(), "US_ROUTING_NUMBER"), ", checking account ",
      T(v.bank_account(), "US_BANK_ACCOUNT"), ". Her SSN for the W-9 is ", T(v.ssn(), "US_SSN"), ".\n\nThanks,\n", P(v.first()))
    return d


@pos("banking", "chat")
def card_dispute(v):
    d = Doc()
    card = v.card()
    d("user: I need to dispute a charge. Card number ", T(card, "CREDIT_CARD"), ", exp %02d/%02d, CVV " % (v.r.randint(1, 12), v.r.randint(26, 31)),
      T(v.digits(4 if card.replace(" ", "").replace("-", "").startswith(("34", "37")) else 3), "CARD_SECURITY_CODE"),
      ". The merchant charged me $%d.%02d twice on " % (v.r.randint(20, 900), v.r.randint(0, 99)), "March 3. Name on card is ",
      P(v.name()), ".")
    return d


@pos("banking", "json")
def kyc_payload(v):
    d = Doc()
    f, l = v.first(), v.last()
    city, st, z = v.place()
    obj = {"applicant": {"given_name": P(f), "family_name": P(l), "date_of_birth": D_(v.isodate()),
                         "tax_id": T(v.itin() if v.r.random() < 0.4 else v.ssn(), "US_SSN"),
                         "passport_number": T(v.passport(), "US_PASSPORT"), "passport_country": "USA",
                         "residential_address": {"line1": T(v.street(), "STREET_ADDRESS"), "city": city, "state": st, "zip": T(z, "US_ZIP_CODE")},
                         "phone": PH(v.phone()), "email": EM(v.email(f, l))},
           "risk_tier": "standard", "source_of_funds": "salary"}
    d("Our KYC vendor returned an error 422 for this payload, what field is wrong?\n")
    jdump(obj, d)
    for i, (s, e, t) in enumerate(d.spans):
        if t == "US_SSN" and d.text[s] == "9":
            d.spans[i] = (s, e, "US_ITIN")
    return d


@pos("banking", "markdown_table")
def loan_application(v):
    d = Doc()
    d("Format this loan application summary:\n\n| Field | Value |\n|---|---|\n| Applicant | ", P(v.name()), " |\n| Co-applicant | ",
      P(v.name()), " |\n| DOB | ", D_(v.date()), " |\n| SSN | ", T(v.ssn(), "US_SSN"), " |\n| Employer | Goldman Sachs |\n",
      "| Annual income | $142,000 |\n| Loan account | ", T(v.bank_account(), "US_BANK_ACCOUNT"), " |\n| Property | ")
    ADDR(v, d)
    d(" |\n")
    return d


@pos("banking", "csv")
def payments_csv(v):
    d = Doc()
    d("Reconcile these refunds:\n\ncustomer,card,amount,order\n")
    for _ in range(v.r.randint(3, 4)):
        d(P(v.name()), ",", T(v.card(), "CREDIT_CARD"), ",%d.%02d,ORD-%s\n" % (v.r.randint(5, 500), v.r.randint(0, 99), v.digits(7)))
    return d


@pos("banking", "log")
def pos_track_log(v):
    d = Doc()
    pan = v.card("visa").replace(" ", "").replace("-", "")
    track = ";%s=%02d%02d101%s?" % (pan, v.r.randint(26, 30), v.r.randint(1, 12), v.digits(9))
    d("Why does our POS terminal log look like this?\n2025-03-14T10:22:08Z DEBUG reader=ingenico-02 swipe raw=", T(track, "CARD_TRACK_DATA"),
      " status=DECLINED code=05")
    return d


@pos("hr", "email")
def hr_onboarding(v):
    d = Doc()
    f = v.first()
    d("Subject: New hire paperwork\n\nHi ", P(f), ",\n\nWelcome aboard! I have your I-9 documents on file: passport ", T(v.passport(), "US_PASSPORT"),
      " and SSN ", T(v.ssn(), "US_SSN"), ". Direct deposit goes to routing ", T(v.aba(), "US_ROUTING_NUMBER"), " / account ",
      T(v.bank_account(), "US_BANK_ACCOUNT"), ". Your start date is May 5.\n\nBest,\n", P(v.name()), "\nPeople Operations | ", PH(v.phone()))
    return d


@pos("hr", "csv")
def hr_roster_csv(v):
    d = Doc()
    d("Sort this roster by hire date:\n\nemployee_id,name,email,phone,dob,hire_date\n")
    for _ in range(v.r.randint(3, 5)):
        f, l = v.first(), v.last()
        d("E%s," % v.digits(5), P("%s %s" % (f, l)), ",", EM(v.email(f, l)), ",", PH(v.phone()), ",", D_(v.isodate(1960, 2003)),
          ",%s\n" % v.isodate(2015, 2025))
    return d


@pos("hr", "note")
def hr_investigation(v):
    d = Doc()
    d("Summarize for legal: On Tuesday, ", P(v.name()), " (warehouse, second shift) reported that ", P(v.name()),
      " made threatening remarks. Witness ", P(v.first()), " corroborated. Complainant's home address: ")
    ADDR(v, d)
    d(". Personal cell: ", PH(v.phone()), ".")
    return d


@pos("support", "chat")
def support_ticket_chat(v):
    d = Doc()
    f, l = v.first(), v.last()
    d("Ticket #%s\nCustomer: " % v.digits(6), P("%s %s" % (f, l)), "\nEmail: ", EM(v.email(f, l)),
      "\nMessage: I can't log in. I reset it twice, the new password is ", T(v.password(), "PASSWORD"),
      " and it still says invalid. I'm connecting from ", T(v.pick([v.ipv4(), v.ipv6()]), "IP_ADDRESS"), " if that helps.\n\nWrite a reply.")
    return d


@pos("support", "email")
def support_intl_email(v):
    d = Doc()
    f, l = v.first(), v.last()
    addr, _cc = v.intl_address()
    d("Translate to English and draft a reply:\n\nBonjour, je m'appelle ", P("%s %s" % (f, l)), ". Mon colis n'est jamais arrivé à ",
      T(addr, "STREET_ADDRESS"), ". Commande n° 4471-%s. Vous pouvez m'appeler au " % v.digits(5), PH(v.intl_phone()),
      ". Cordialement, ", P(f))
    return d


@pos("devops", "env")
def dotenv_file(v):
    d = Doc()
    d("Why won't docker compose pick up this .env?\n\nNODE_ENV=production\nPORT=8080\nOPENAI_API_KEY=", T(v.openai_key(), "API_KEY"),
      "\nAWS_ACCESS_KEY_ID=", T(v.aws_key_id(), "API_KEY"), "\nAWS_SECRET_ACCESS_KEY=", T(v.aws_secret(), "HIGH_ENTROPY_SECRET"),
      "\nAWS_REGION=us-west-2\nDATABASE_PASSWORD=", T(v.password(), "PASSWORD"), "\nLOG_LEVEL=debug\n")
    return d


@pos("devops", "yaml")
def k8s_secret(v):
    d = Doc()
    d("Is this manifest right?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-api\n  namespace: payments\ntype: Opaque\nstringData:\n",
      "  STRIPE_SECRET_KEY: ", T(v.stripe_key(), "API_KEY"), "\n  SLACK_BOT_TOKEN: ", T(v.slack_token(), "API_KEY"),
      "\n  POSTGRES_PASSWORD: ", T(v.password(), "PASSWORD"), "\n")
    return d


@pos("devops", "log")
def stack_trace(v):
    d = Doc()
    f, l = v.first(), v.last()
    d("Got this stack trace in prod, what's wrong?\n\n2025-03-14 09:22:31,118 ERROR [worker-3] request_id=%s\n" % v.uuid(),
      "Traceback (most recent call last):\n  File \"/app/billing/charge.py\", line 88, in charge\n    resp = client.charge(card=card, amount=amount)\n",
      "stripe.error.CardError: Your card was declined. (customer=", P("%s %s" % (f, l)), ", email=", EM(v.email(f, l)),
      ", card=", T(v.card("visa"), "CREDIT_CARD"), ")\n  remote_addr=", T(v.ipv4(), "IP_ADDRESS"), "\n")
    return d


@pos("devops", "code")
def code_with_keys(v):
    d = Doc()
    d("Refactor this to use environment variables:\n\n```python\nimport anthropic\nfrom github import Github\n\n",
      "client = anthropic.Anthropic(api_key=\"", T(v.anthropic_key(), "API_KEY"), "\")\ngh = Github(\"", T(v.github_token(), "API_KEY"),
      "\")\nMAPS_KEY = \"", T(v.google_key(), "API_KEY"), "\"\n\ndef summarize(repo):\n    return client.messages.create(model=\"claude-sonnet-4-5\", max_tokens=512,\n",
      "        messages=[{\"role\": \"user\", \"content\": repo.description}])\n```")
    return d


@pos("devops", "code")
def pem_in_code(v):
    d = Doc()
    d("This deploy script fails with 'invalid format'. Here is the key I pasted:\n\n", T(v.pem(), "PRIVATE_KEY"), "\n\nand the host is ",
      T(v.ipv4(), "IP_ADDRESS"), ". User is deploy.")
    return d


@pos("devops", "json")
def pem_in_json(v):
    d = Doc()
    obj = {"type": "service_account", "project_id": "claims-etl-prod", "private_key_id": v.hex_secret(40),
           "private_key": T(v.pem().replace("OPENSSH PRIVATE KEY", "PRIVATE KEY"), "PRIVATE_KEY"),
           "client_email": EM("etl-runner@claims-etl-prod.iam.gserviceaccount.com"), "token_uri": T("https://oauth2.googleapis.com/token", "URL")}
    d("Why does gcloud reject this credentials file?\n")
    jdump(obj, d)
    return d


@pos("devops", "log")
def jwt_access_log(v):
    d = Doc()
    d("Explain the 401s:\n\n", T(v.ipv4(), "IP_ADDRESS"), " - - [14/Mar/2025:09:22:31 +0000] \"GET /v2/members/me HTTP/1.1\" 401 87\n",
      "Authorization: Bearer ", T(v.jwt(), "JWT"), "\nX-Forwarded-For: ", T(v.ipv6(), "IP_ADDRESS"), "\n")
    return d


@pos("devops", "code")
def connection_string(v):
    d = Doc()
    pw = v.password().replace("@", "#").replace("/", "_").replace(":", "_")
    host = v.pick(["db-prod-1.internal", "pg.billing.svc", "mysql-replica-2"])
    d("Why does SQLAlchemy say 'could not translate host name'?\n\nengine = create_engine(\"")
    pre = "postgresql://svc_claims:"
    url_start = d.n
    d(pre, T(pw, "PASSWORD"), "@%s:5432/claims\")\n" % host)
    # the whole connection string is a URL
    d.spans.append((url_start, url_start + len(pre) + len(pw) + len("@%s:5432/claims" % host), "URL"))
    return d


@pos("general", "chat")
def general_chat_personal(v):
    d = Doc()
    f, l = v.first(), v.last()
    d("Help me write a thank-you note to my neighbour ", P("%s %s" % (f, l)), " at ")
    ADDR(v, d)
    d(" who watched my dog. Her number is ", PH(v.phone()), " if I want to text instead. My own email is ", EM(v.email()), ".")
    return d


@pos("general", "chat")
def general_chat_travel(v):
    d = Doc()
    d("I'm ", P(v.name()), ", flying to Lisbon next week. My passport number is ", T(v.passport(), "US_PASSPORT"),
      " and it expires soon, is that a problem? Also my Airbnb host is ", P(v.name()), ", phone ", PH(v.intl_phone()), ".")
    return d


@pos("general", "chat")
def general_chat_taxes(v):
    d = Doc()
    itin = v.itin()
    d("My spouse ", P(v.first()), " doesn't have an SSN yet, and uses ITIN ", T(itin, "US_ITIN"), ". Mine is ", T(v.ssn(), "US_SSN"),
      ". Can we file jointly? We got married on ", D_(v.date(2018, 2024, style=2)), ".")
    return d


@pos("support", "tool_call")
def support_tool_call_anthropic(v):
    d = Doc()
    f, l = v.first(), v.last()
    obj = {"type": "tool_use", "id": "toolu_%s" % v.alnum(20), "name": "update_customer",
           "input": {"customer_name": P("%s %s" % (f, l)), "email": EM(v.email(f, l)), "phone": PH(v.phone()),
                     "shipping_address": T(v.street(), "STREET_ADDRESS"), "postal_code": T(v.place()[2], "US_ZIP_CODE"),
                     "profile_url": T("https://portal.acmeoutdoors.com/customers/%s" % v.digits(7), "URL")}}
    jdump(obj, d, indent=None)
    return d


@pos("clinical", "json")
def clinical_webhook(v):
    d = Doc()
    obj = {"event": "lab.result.final", "received_at": "2025-03-14T09:22:31Z",
           "patient": {"mrn": T(v.mrn(), "MEDICAL_RECORD_NUMBER"), "name": P(v.name()), "dob": D_(v.isodate())},
           "result": {"loinc": "4548-4", "display": "Hemoglobin A1c", "value": 7.4, "unit": "%"},
           "callback": T("https://hooks.mercyvalleyhealth.org/lab/%s" % v.digits(6), "URL")}
    d(json.dumps({"role": "user"})[:-1] + ', "content": "')
    inner = Doc()
    jdump(obj, inner, indent=None)
    emb = json_string_of(inner)
    # strip the quotes of the embedded string (the content string already opened)
    off = d.n - 1
    d(emb.text[1:])
    d.spans.extend((s + off, e + off, t) for s, e, t in emb.spans)
    d("}")
    return d


@pos("support", "transcript")
def call_center_transcript(v):
    d = Doc()
    f, l = v.first(), v.last()
    d("Agent: Thank you for calling Brightlake Bank, who am I speaking with?\nCaller: ", P("%s %s" % (f, l)), ".\n",
      "Agent: For verification, the last four of your social and your date of birth?\nCaller: Last four 4417, birthday ", D_(v.date(style=2)), ".\n",
      "Agent: Thanks ", P(f), ". I see the card ending 0932. Which account is the transfer from?\nCaller: Savings, account number ",
      T(v.bank_account(), "US_BANK_ACCOUNT"), ".\n\nSummarize this call for the CRM.")
    return d


@pos("clinical", "note")
def intl_patient_note(v):
    d = Doc()
    addr, _cc = v.intl_address()
    d("Translate this intake note into Spanish: ", P(v.name()), ", 54, visiting from abroad, staying at ",
      T(addr, "STREET_ADDRESS"), ". Contact ", PH(v.intl_phone()), ". Seen in ED on ", D_(v.date(2025, 2025)),
      " for a fall; CT head negative. IBAN for reimbursement: ", T(v.iban(), "IBAN_CODE"), ".")
    return d


@pos("hr", "json")
def payroll_change_json(v):
    d = Doc()
    f, l = v.first(), v.last()
    obj = {"employee": {"first_name": P(f), "last_name": P(l), "ssn": T(v.ssn(""), "US_SSN")},
           "direct_deposit": {"routing_number": T(v.aba(), "US_ROUTING_NUMBER"), "account_number": T(v.bank_account(), "US_BANK_ACCOUNT"),
                              "account_type": "checking"}, "effective": "next pay period"}
    d("Generate a confirmation message from this payroll change:\n")
    jdump(obj, d)
    return d


@pos("devops", "log")
def webhook_debug_log(v):
    d = Doc()
    f, l = v.first(), v.last()
    d("level=info ts=2025-03-14T09:22:31.118Z msg=\"user signup\" user=", EM(v.email(f, l)), " name=\"", P("%s %s" % (f, l)),
      "\" ip=", T(v.ipv4(), "IP_ADDRESS"), " referrer=", T("https://www.google.com/search?q=hushgate", "URL"),
      "\nlevel=warn ts=2025-03-14T09:22:31.204Z msg=\"github token in payload\" token=", T(v.github_token(), "API_KEY"),
      "\n\nWhy did we log the token?")
    return d


@pos("general", "markdown_table")
def vehicle_table(v):
    d = Doc()
    d("Fleet lease return checklist:\n\n| Driver | VIN | Plate state | Return date |\n|---|---|---|---|\n")
    for _ in range(v.r.randint(2, 4)):
        d("| ", P(v.name()), " | ", T(v.vin(), "VEHICLE_ID"), " | %s | %s |\n" % (v.pick(["OH", "TX", "CA", "FL"]), v.isodate(2025, 2026)))
    d("\nWhich vehicles are overdue?")
    return d


# ======================================================================================
# HARD NEGATIVE templates (no PII at all)
# ======================================================================================

DRUGS = ["metformin 500 mg PO BID", "lisinopril 10 mg daily", "atorvastatin 40 mg qHS", "apixaban 5 mg BID",
         "levothyroxine 88 mcg daily", "sertraline 50 mg daily", "amoxicillin 875 mg q12h", "insulin glargine 22 units qHS",
         "prednisone 40 mg x5 days", "ondansetron 4 mg ODT q8h PRN"]
ICD10 = ["E11.9", "I10", "J45.909", "M54.5", "F41.1", "Z79.4", "N18.3", "K21.9", "E78.5", "I48.91", "J18.9"]
CPT = ["99213", "99214", "93000", "80053", "36415", "71046", "85025", "97110"]
NDC = ["0002-8215-01", "0078-0357-15", "0069-1530-68", "50090-3139-0", "0003-0894-21"]
LOINC = ["2345-7", "4548-4", "718-7", "2160-0", "6690-2", "2093-3"]
ORGS = ["Pfizer", "Kaiser Permanente", "Goldman Sachs", "Mount Sinai", "Johnson & Johnson", "Walker Street Dental",
        "Cleveland Clinic", "Wells Fargo", "Blue Cross Blue Shield", "Mayo Clinic", "Chase", "Cedars-Sinai", "Aetna"]


@neg("clinical", "note")
def neg_formulary(v):
    drugs = v.r.sample(DRUGS, 3)
    return Doc()("Compare these regimens for a formulary committee slide: %s; %s; %s. Cite ICD-10 %s and %s, and note that %s and %s "
                 "both cover them. Keep it under 120 words." % (drugs[0], drugs[1], drugs[2], v.pick(ICD10), v.pick(ICD10),
                                                               v.pick(ORGS), v.pick(ORGS)))


@neg("clinical", "markdown_table")
def neg_lab_reference(v):
    d = Doc()("Turn this reference-range table into a JSON schema:\n\n| LOINC | Analyte | Units | Range |\n|---|---|---|---|\n")
    for code, name, unit, rng in v.r.sample([("2345-7", "Glucose", "mg/dL", "70-99"), ("718-7", "Hemoglobin", "g/dL", "12.0-17.5"),
                                             ("2160-0", "Creatinine", "mg/dL", "0.60-1.20"), ("6690-2", "WBC", "10*3/uL", "4.0-11.0"),
                                             ("2093-3", "Cholesterol", "mg/dL", "125-200"), ("777-3", "Platelets", "10*3/uL", "150-450")], 4):
        d("| %s | %s | %s | %s |\n" % (code, name, unit, rng))
    return d


@neg("clinical", "chat")
def neg_coding_question(v):
    return Doc()("Which CPT goes with an established patient visit of moderate complexity, %s or %s? And is %s the right ICD-10 for "
                 "essential hypertension or should it be %s? Our billing team at %s says modifier 25 applies when %s is done the same day."
                 % (v.pick(CPT), v.pick(CPT), v.pick(ICD10), v.pick(ICD10), v.pick(ORGS), v.pick(CPT)))


@neg("clinical", "json")
def neg_ndc_catalog(v):
    d = Doc()
    items = [{"ndc": n, "sku": "SKU-%s" % v.digits(6), "description": v.pick(DRUGS), "package": "%d tablets" % v.pick([30, 90, 100]),
              "unit_price": round(v.r.uniform(0.05, 4.5), 2), "manufacturer": v.pick(["Pfizer", "Johnson & Johnson", "Teva", "Sandoz"])}
             for n in v.r.sample(NDC, 3)]
    d("Deduplicate this catalog export by NDC:\n")
    jdump({"catalog_version": "2025.03.1", "items": items}, d)
    return d


@neg("clinical", "hl7")
def neg_hl7_orm_spec(v):
    return Doc()("In an HL7 v2.5.1 ORU^R01, which field carries the observation identifier? I have OBX|1|NM|%s^Hemoglobin A1c^LN||%.1f|%%|4.0-5.6|H|||F "
                 "and OBX|2|NM|%s^Glucose^LN||%d|mg/dL|70-99|H|||F. The sending facility is %s." % (
                     "4548-4", v.r.uniform(5.5, 11), "2345-7", v.r.randint(60, 300), v.pick(["Mount Sinai", "Mayo Clinic", "Cleveland Clinic"])))


@neg("insurance", "csv")
def neg_claims_aggregate(v):
    d = Doc()("Chart denial rates by payer:\n\npayer,month,claims,denied,top_carc\n")
    for payer in v.r.sample(["Aetna", "Blue Cross Blue Shield", "Kaiser Permanente", "Humana", "Cigna", "UnitedHealthcare"], 4):
        d("%s,2025-%02d,%d,%d,CO-%d\n" % (payer, v.r.randint(1, 12), v.r.randint(800, 9000), v.r.randint(20, 700), v.pick([16, 45, 97, 197])))
    return d


@neg("insurance", "note")
def neg_policy_terms(v):
    return Doc()("Rewrite in plain language: 'Deductible of $%s applies per plan year. Out-of-network claims under group plan GRP-%s are "
                 "reimbursed at %d%% of the allowed amount. Grant of coverage is subject to prior authorization for CPT %s.'" % (
                     v.pick(["1,500", "3,000", "750"]), v.digits(5), v.pick([50, 60, 70]), v.pick(CPT)))


@neg("banking", "chat")
def neg_invalid_card_like(v):
    num = v.luhn_invalid16()
    grouped = " ".join(num[i:i + 4] for i in range(0, 16, 4))
    return Doc()("Our warehouse tracking number %s doesn't match the carrier format. Also order #%s shipped on March 3 with "
                 "invoice INV-%s for $%d.%02d. What format does the carrier expect?" % (
                     grouped, v.digits(9), v.digits(6), v.r.randint(10, 5000), v.r.randint(0, 99)))


@neg("banking", "note")
def neg_rates_memo(v):
    return Doc()("Summarize: %s raised its prime rate to %.2f%% on 2024-12-18. The 10-year Treasury closed at %.3f%%. Our %s desk expects "
                 "spreads to widen by %d bps; mark the position and bill the client monthly." % (
                     v.pick(["Chase", "Wells Fargo", "Goldman Sachs"]), v.r.uniform(7, 9), v.r.uniform(3.5, 5), v.pick(["rates", "credit"]),
                     v.r.randint(5, 40)))


@neg("banking", "json")
def neg_fx_quote(v):
    d = Doc()
    jdump({"quote_id": v.uuid(), "pair": v.pick(["EUR/USD", "GBP/USD", "USD/JPY"]), "bid": round(v.r.uniform(1.0, 1.4), 5),
           "ask": round(v.r.uniform(1.0, 1.4), 5), "valid_until": "2025-03-14T09:22:31Z", "reference": "FXQ-%s" % v.digits(10),
           "venue": v.pick(["EBS", "Refinitiv"])}, d)
    d("\n\nIs this spread reasonable?")
    return Doc()("Quote payload:\n", d)


@neg("banking", "chat")
def neg_placeholder_examples(v):
    return Doc()(v.pick([
        "In our form validation docs, the SSN field is described as 'nine digits in the form XXX-XX-XXXX, e.g. 123-45-6789'. Write a regex that accepts that shape.",
        "For the sandbox, use the test card 4242 4242 4242 4242 with any future expiry and any CVC. Why does the checkout page still say 'card declined' in test mode?",
        "The placeholder in our signup form says '000-00-0000' for the tax id field. Is there a better placeholder that doesn't look like a real number?",
        "Our QA team uses 4111 1111 1111 1111, the standard test Visa number, in every staging checkout. Write a Cypress test that fills it in.",
    ]))


@neg("hr", "note")
def neg_hr_policy(v):
    return Doc()("Edit this policy paragraph: 'Employees accrue %d hours of PTO per pay period. Requests for leave in April or May must be submitted "
                 "by March 15. Managers will grant or deny requests within %d business days. Employees who will be out should mark their "
                 "calendar. We hope this change brings more predictability.'" % (v.r.randint(4, 8), v.r.randint(2, 5)))


@neg("hr", "csv")
def neg_headcount(v):
    d = Doc()("Make a pivot table from this:\n\ndepartment,location,headcount,open_reqs,avg_tenure_yrs\n")
    for dep in v.r.sample(["Engineering", "Nursing", "Claims", "Finance", "Pharmacy", "Support"], 4):
        d("%s,%s,%d,%d,%.1f\n" % (dep, v.pick(["Austin", "Denver", "Columbus", "Remote"]), v.r.randint(5, 400), v.r.randint(0, 30), v.r.uniform(0.5, 9)))
    return d


@neg("support", "chat")
def neg_support_ticket(v):
    return Doc()("Ticket #%s: customer reports that SKU %s-%s (firmware v%d.%d.%d) reboots every %d minutes. Part number %s-%s-%s was "
                 "replaced under RMA-%s. Suggest next troubleshooting steps." % (
                     v.digits(6), v.alnum(3, string.ascii_uppercase), v.digits(4), v.r.randint(1, 4), v.r.randint(0, 20), v.r.randint(0, 99),
                     v.r.randint(3, 45), v.digits(3), v.digits(3), v.digits(4), v.digits(7)))


@neg("support", "email")
def neg_support_release(v):
    major, minor = v.r.randint(2, 9), v.r.randint(0, 30)
    return Doc()("Subject: Release notes %d.%d.0\n\nHi all,\n\nVersion %d.%d.0 ships on 2025-04-%02d. Highlights: faster sync (p95 down from %d ms to "
                 "%d ms), a new dark theme (#%s background, #%s accent) and fixes for tickets %d and %d. Will the mobile build follow the same "
                 "week? Mark it in the roadmap.\n\nThanks,\nThe Release Team" % (
                     major, minor, major, minor, v.r.randint(1, 28), v.r.randint(300, 900),
                     v.r.randint(50, 290), v.hex_secret(6), v.hex_secret(6), v.r.randint(1000, 9999), v.r.randint(1000, 9999)))


@neg("devops", "log")
def neg_app_log(v):
    d = Doc()("Why are these requests slow?\n\n")
    for _ in range(v.r.randint(3, 6)):
        d("2025-03-%02dT%02d:%02d:%02d.%03dZ %s request_id=%s route=/v1/chat/completions status=%d latency_ms=%d model=%s\n" % (
            v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59), v.r.randint(0, 999),
            v.pick(["INFO", "WARN"]), v.uuid(), v.pick([200, 200, 429, 503]), v.r.randint(20, 9000),
            v.pick(["gpt-4o-mini", "claude-3-5-haiku", "llama-3.1-70b"])))
    return d


@neg("devops", "env")
def neg_env_no_secrets(v):
    return Doc()("Which of these settings can I drop?\n\nNODE_ENV=production\nPORT=%d\nLOG_LEVEL=info\nPASSWORD_MIN_LENGTH=%d\n"
                 "PASSWORD_HASH_ROUNDS=%d\nSESSION_TTL_SECONDS=%d\nDATABASE_PASSWORD=${DATABASE_PASSWORD}\nAPI_KEY_HEADER=X-Api-Key\n"
                 "FEATURE_NEW_CHECKOUT=true\nAWS_REGION=%s\n" % (
                     v.pick([3000, 8080, 8443]), v.pick([12, 14, 16]), v.pick([10, 12]), v.pick([900, 3600, 86400]),
                     v.pick(["us-east-1", "eu-west-2", "ap-southeast-1"])))


@neg("devops", "yaml")
def neg_k8s_deployment(v):
    return Doc()("Why is this pod in CrashLoopBackOff?\n\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: claims-api\nspec:\n  replicas: %d\n"
                 "  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.local/claims-api@sha256:%s\n"
                 "          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: claims-db\n"
                 "                  key: password\n          resources:\n            limits:\n              memory: %dMi\n              cpu: \"%d00m\"\n" % (
                     v.r.randint(2, 6), v.sha(64), v.pick([256, 512, 1024]), v.r.randint(2, 9)))


@neg("devops", "code")
def neg_code_hashes(v):
    return Doc()("Review this:\n\n```python\nBUILD_SHA = \"%s\"\nCACHE_KEY = \"%s\"\nREQUEST_ID = \"%s\"\nDEFAULT_COLOR = \"#%s\"\n"
                 "def checksum(data: bytes) -> str:\n    return hashlib.sha256(data).hexdigest()\n\nassert checksum(b\"\") == \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"\n```" % (
                     v.sha(40), v.sha(32), v.uuid(), v.hex_secret(6)))


@neg("devops", "json")
def neg_ci_payload(v):
    d = Doc()
    jdump({"pipeline": "build-and-test", "run_id": int(v.digits(10)), "commit": v.sha(40), "branch": "release/%d.%d" % (v.r.randint(1, 5), v.r.randint(0, 20)),
           "started_at": "2025-03-14T09:22:31Z", "duration_s": v.r.randint(60, 3000), "artifacts": [{"name": "app-%d.%d.%d.tar.gz" % (
               v.r.randint(1, 5), v.r.randint(0, 20), v.r.randint(0, 9)), "sha256": v.sha(64)}], "status": "failed", "failed_step": "integration-tests"}, d)
    return Doc()("Why did this run fail?\n", d)


@neg("devops", "tool_call")
def neg_tool_call(v):
    inner = Doc()
    jdump({"sku": "SKU-%s" % v.digits(6), "warehouse": v.pick(["DFW-2", "ORD-1", "EWR-3"]), "quantity": v.r.randint(1, 500),
           "order_id": "ORD-%s" % v.digits(8), "ship_by": "2025-04-%02d" % v.r.randint(1, 28)}, inner, indent=None)
    d = Doc()('{"role": "assistant", "tool_calls": [{"id": "call_%s", "type": "function", "function": {"name": "reserve_inventory", "arguments": ' % v.alnum(12))
    d(json_string_of(inner), "}}]}")
    return d


@neg("general", "chat")
def neg_name_words(v):
    return Doc()(v.pick([
        "Will you help me plan a garden? April is rainy here, so I hope to grant the tulips some shelter and mark the beds before May.",
        "Bill the client for the extra hours, then grant read access to the new folder and mark the ticket as done. I hope that's all for today.",
        "We hiked along the Jordan River trail in April; the rose bushes were in bloom and the summer heat had not arrived yet.",
        "Can you explain the difference between a grant and a loan? My university said the grant will cover tuition but not housing.",
        "The bill passed the Senate in June. Analysts hope it will mark a turning point for rural hospitals.",
        "Write a haiku about dawn in Florence, with faith, hope and joy as themes.",
        "Our team lead said to mark the deprecated endpoints and bill usage to the platform cost center starting in August.",
    ]))


@neg("general", "chat")
def neg_places_coords(v):
    return Doc()("I'm planning a route from Mount Sinai to the Mayo Clinic campus with a stop at Walker Street Dental. Coordinates "
                 "%.4f, %.4f to %.4f, %.4f. The rental is $%d/day and the bridge toll is $%.2f. Which is shorter?" % (
                     v.r.uniform(25, 48), -v.r.uniform(70, 122), v.r.uniform(25, 48), -v.r.uniform(70, 122), v.r.randint(40, 120), v.r.uniform(2, 17)))


@neg("general", "markdown_table")
def neg_price_table(v):
    d = Doc()("Add a total row:\n\n| Item | Qty | Unit price |\n|---|---|---|\n")
    for item in v.r.sample(["Nitrile gloves (box)", "Syringe 3 mL", "Gauze 4x4", "Sharps container", "Alcohol prep pads"], 3):
        d("| %s | %d | $%d.%02d |\n" % (item, v.r.randint(1, 200), v.r.randint(0, 40), v.r.randint(0, 99)))
    return d


@neg("clinical", "transcript")
def neg_clinical_teaching(v):
    return Doc()("Transcript of a teaching rounds podcast: 'For type 2 diabetes, start %s and titrate. If eGFR falls below 30, stop it. "
                 "A1c goals are usually under 7 percent. For atrial fibrillation, %s is often preferred over warfarin; check CrCl first. "
                 "Code it as %s.' Make a study guide." % (DRUGS[0], DRUGS[3], v.pick(ICD10)))


@neg("insurance", "json")
def neg_benefit_plan(v):
    d = Doc()
    jdump({"plan_code": "PPO-%s" % v.digits(4), "plan_year": 2025, "carrier": v.pick(["Aetna", "Cigna", "Blue Cross Blue Shield"]),
           "deductible": {"individual": 1500, "family": 3000}, "coinsurance": 0.2,
           "covered_cpt": v.r.sample(CPT, 3), "excluded_icd10": v.r.sample(ICD10, 2)}, d)
    return Doc()("Summarize this plan design:\n", d)


@neg("banking", "csv")
def neg_ledger(v):
    d = Doc()("Flag anomalies:\n\ndate,invoice,vendor,amount,gl_code\n")
    for _ in range(v.r.randint(3, 5)):
        d("2025-%02d-%02d,INV-%s,%s,%d.%02d,%d-%03d\n" % (v.r.randint(1, 12), v.r.randint(1, 28), v.digits(6),
                                                          v.pick(["Pfizer", "Johnson & Johnson", "Staples", "McKesson", "Cardinal Health"]),
                                                          v.r.randint(100, 90000), v.r.randint(0, 99), v.r.randint(4000, 6999), v.r.randint(0, 999)))
    return d


@neg("devops", "log")
def neg_phone_shaped_refs(v):
    return Doc()("Parse these inventory lines:\nPART %s-%s-%s qty=%d bin=A%d\nLOT %s-%s-%s exp=2026-%02d\nBATCH %s.%s.%s temp=%.1fC\n"
                 "Which fields are part numbers?" % (
                     v.digits(3), v.digits(3), v.digits(4), v.r.randint(1, 90), v.r.randint(1, 40), v.digits(3), v.digits(3), v.digits(4),
                     v.r.randint(1, 12), v.digits(3), v.digits(3), v.digits(4), v.r.uniform(2, 8)))



# -- more positive templates

@pos("general", "chat")
def rental_car_chat(v):
    d = Doc()
    st, dl = v.drivers_license()
    plate = "%d%s%s" % (v.r.randint(1, 9), v.alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), v.digits(3))
    d("My mother, ", v.pick(["Mrs. ", "Ms. ", ""]), P(v.name()), ", rented a car in Orlando and got a toll violation. Her ", st,
      " driver's license number is ", T(dl, "US_DRIVER_LICENSE"), " and the rental's license plate was ", T(plate, "VEHICLE_ID"),
      ". Write a dispute letter to the toll authority. She was born ", D_(v.date(1938, 1960)), ", if they ask.")
    return d


@pos("banking", "csv")
def tax_prep_csv(v):
    d = Doc()
    d("Check these dependents for the 1040 before I e-file:\n\nname,relationship,tin,dob\n")
    for rel in v.r.sample(["self", "spouse", "son", "daughter", "parent"], 3):
        tin = v.itin() if v.r.random() < 0.35 else v.ssn()
        d(P(v.name()), ",%s," % rel, T(tin, "US_ITIN" if tin.startswith("9") else "US_SSN"), ",", D_(v.date(1940, 2020, style=0)), "\n")
    return d


@pos("support", "markdown_table")
def support_sessions_table(v):
    d = Doc()
    d("Which of these sessions look like account takeover?\n\n| User | Email | IP | Country |\n|---|---|---|---|\n")
    for _ in range(v.r.randint(3, 4)):
        f, l = v.first(), v.last()
        d("| ", P("%s %s" % (f, l)), " | ", EM(v.email(f, l)), " | ", T(v.pick([v.ipv4(), v.ipv6()]), "IP_ADDRESS"), " | %s |\n"
          % v.pick(["US", "NG", "BR", "VN", "DE", "RO"]))
    return d


@pos("clinical", "email")
def prior_auth_fax(v):
    d = Doc()
    d("Rewrite this as a polite follow-up:\n\nTo: Utilization Management, Aetna\nFax: ", PH(v.phone()), "\nRe: ", v.pick(["Mrs. ", "Mr. ", "Ms. "]),
      P(v.name()), ", Medicare MBI ", T(v.mbi(dashed=True), "US_MBI"), ", DOB ", D_(v.date(1935, 1958)),
      "\n\nWe submitted a prior authorization on Feb 3 for adalimumab 40 mg SC q2wk (ICD-10 L40.50). It has been 14 days without a decision. ",
      "Please call our office manager, ", P(v.name()), ", at ", PH(v.phone()), " ext. 214.\n\n", P(v.name()), ", DO\nNPI ", T(v.npi(), "US_NPI"))
    return d


@pos("devops", "chat")
def slack_incident_chat(v):
    d = Doc()
    a, b = v.first(), v.first()
    d("[9:14 AM] ", P(a), ": prod webhook is failing again, the bot token is ", T(v.slack_token(), "API_KEY"), "\n",
      "[9:15 AM] ", P(b), ": the db is at ", T(v.ipv4(), "IP_ADDRESS"), ", root password is ", T(v.password(), "PASSWORD"), " if you need it\n",
      "[9:16 AM] ", P(a), ": thx, also can someone rotate the Stripe key ", T(v.stripe_key(), "API_KEY"), "?\n\nSummarize this incident thread.")
    return d


@pos("insurance", "markdown_table")
def claims_worklist(v):
    d = Doc()
    d("Prioritize this worklist:\n\n| Member | Member ID | DOB | Claim | Status |\n|---|---|---|---|---|\n")
    for _ in range(v.r.randint(3, 4)):
        d("| ", P(v.name()), " | ", T(v.member_id(), "HEALTH_PLAN_ID"), " | ", D_(v.date(1940, 2015, style=0)),
          " | CLM-%s | %s |\n" % (v.digits(8), v.pick(["pended", "denied", "in review"])))
    return d



@pos("banking", "json")
def payment_intent_json(v):
    d = Doc()
    card = v.card(v.pick(["visa", "mc", "amex", "jcb", "disc"]))
    amex = card.replace(" ", "").replace("-", "").startswith(("34", "37"))
    jdump({"amount": v.r.randint(500, 90000), "currency": "usd", "description": "Order ORD-%s" % v.digits(7),
           "payment_method": {"card": {"number": T(card, "CREDIT_CARD"), "exp_month": v.r.randint(1, 12), "exp_year": v.r.randint(2026, 2031),
                                       "cvc": T(v.digits(4 if amex else 3), "CARD_SECURITY_CODE")},
                              "billing_details": {"name": P(v.name()), "phone": PH(v.phone())}}}, d, indent=None)
    return Doc()("Our checkout logs this request body before calling the processor. Is that PCI compliant?\n\n", d)


@pos("devops", "json")
def oauth_config_json(v):
    d = Doc()
    jdump({"issuer": T("https://auth.brightlakebank.com", "URL"), "client_id": "claims-portal", "client_secret": T(v.alnum(40, V.B64URL), "HIGH_ENTROPY_SECRET"),
           "maps_api_key": T(v.google_key(), "API_KEY"), "service_token": T(v.jwt(), "JWT"), "token_ttl_seconds": 3600}, d)
    return Doc()("Our login redirect loops forever with this config, any idea?\n", d)


@pos("banking", "chat")
def intl_wire_chat(v):
    d = Doc()
    d("I need to send money to my sister ", P(v.name()), " in Europe. Her bank gave me BIC ", T(v.swift(), "SWIFT_CODE"), " and IBAN ",
      T(v.iban(), "IBAN_CODE"), ". My own account at home is ", T(v.bank_account(), "US_BANK_ACCOUNT"), " (routing ", T(v.aba(), "US_ROUTING_NUMBER"),
      "). What fees should I expect and how long does it take?")
    return d


@pos("clinical", "note")
def controlled_rx_note(v):
    d = Doc()
    f, l = v.first(), v.last()
    d("Check this Schedule II prescription for completeness:\n\nRx: oxycodone 5 mg tab, #20, 1 tab PO q6h PRN pain, no refills\nPatient: ",
      P(v.name()), "   DOB: ", D_(v.date()), "\nAddress: ")
    ADDR(v, d)
    d("\nPrescriber: ", P("%s %s" % (f, l)), ", MD   DEA: ", T(v.dea(l), "US_DEA"), "   NPI: ", T(v.npi(), "US_NPI"), "\nDate written: ",
      D_(v.date(2025, 2025)), "\n")
    return d


# -- more hard negatives

@neg("clinical", "note")
def neg_eponyms(v):
    return Doc()(v.pick([
        "Differential for a 40-year-old with tremor: Parkinson's disease, essential tremor, Wilson disease, and Graves' disease. Order TSH and ceruloplasmin.",
        "Explain the difference between Crohn's disease and ulcerative colitis, and when a Whipple procedure is indicated for pancreatic cancer.",
        "Summarize the Glasgow Coma Scale, the Apgar score and the Wells criteria for DVT for a nursing student.",
        "Is Hashimoto's thyroiditis a risk factor for Hodgkin lymphoma? Also what is Bell's palsy's typical recovery time?",
        "Compare the Epley maneuver with the Dix-Hallpike test for BPPV, and list when a Babinski sign is pathological.",
        "Write patient education on Alzheimer's disease and Down syndrome, and mention the Heimlich maneuver for caregivers.",
    ]) + " Cite %s where relevant." % v.pick(ICD10))


@neg("banking", "chat")
def neg_person_named_orgs(v):
    firms = v.r.sample(["Charles Schwab", "Morgan Stanley", "Wells Fargo", "Edward Jones", "Raymond James", "JPMorgan Chase"], 3)
    args = tuple(firms) + (v.r.randint(50, 900), v.pick(["Charles Schwab", "Fidelity"]), v.pick(["Vanguard", "John Hancock", "T. Rowe Price"]))
    return Doc()("Compare the custody fees at %s, %s and %s for a $%dk portfolio, and tell me whether %s still charges for wires. "
                 "My employer's 401(k) is with %s." % args)


@neg("general", "email")
def neg_dates_no_person(v):
    return Doc()("Subject: Q%d planning\n\nTeam,\n\nThe vendor contract renews on %02d/%02d/2026 and the price increase of %d%% takes effect "
                 "January 1. The board meeting moved to October %d, 2025 at 10:00 ET; the audit window closes 2025-12-%02d. Will someone "
                 "grant the finance team access to the shared drive before then?\n\nThanks" % (
                     v.r.randint(1, 4), v.r.randint(1, 12), v.r.randint(1, 28), v.r.randint(2, 9), v.r.randint(1, 31), v.r.randint(1, 31)))


@neg("devops", "log")
def neg_build_versions(v):
    return Doc()("Which of these agents need upgrading?\n\nagent-%s os=Windows build=10.0.%d.%d agent=v%d.%d.%d python=3.%d.%d\n"
                 "agent-%s os=Ubuntu 22.04.%d kernel=5.15.0-%d-generic agent=v%d.%d.%d openssl=3.0.%d\n"
                 "image=ghcr-mirror/claims-api:%d.%d.%d-rc.%d digest=sha256:%s\n" % (
                     v.digits(3), v.r.randint(19041, 26100), v.r.randint(1000, 5000), v.r.randint(1, 3), v.r.randint(0, 40), v.r.randint(0, 9),
                     v.r.randint(8, 13), v.r.randint(0, 12), v.digits(3), v.r.randint(1, 5), v.r.randint(60, 130), v.r.randint(1, 3),
                     v.r.randint(0, 40), v.r.randint(0, 9), v.r.randint(2, 15), v.r.randint(1, 4), v.r.randint(0, 30), v.r.randint(0, 9),
                     v.r.randint(1, 5), v.sha(64)))


@neg("support", "json")
def neg_shipment_json(v):
    d = Doc()
    num = v.luhn_invalid16()
    jdump({"shipment": {"tracking_number": num, "carrier": v.pick(["UPS", "FedEx", "DHL"]), "order": "ORD-%s" % v.digits(8),
                        "weight_kg": round(v.r.uniform(0.2, 30), 1), "dims_cm": [v.r.randint(10, 80) for _ in range(3)],
                        "shipped_at": "2025-03-%02dT%02d:00:00Z" % (v.r.randint(1, 28), v.r.randint(0, 23)), "status": "in_transit"}}, d)
    return Doc()("Why does the carrier API reject this?\n", d)


@neg("clinical", "fhir")
def neg_fhir_medication(v):
    d = Doc()
    jdump({"resourceType": "Medication", "id": v.uuid(), "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.69",
                                                                              "code": v.pick(NDC), "display": v.pick(DRUGS)}]},
           "form": {"text": v.pick(["tablet", "capsule", "solution"])}, "batch": {"lotNumber": "%s%s" % (v.alnum(2, string.ascii_uppercase), v.digits(5)),
                                                                                   "expirationDate": "2027-%02d-01" % v.r.randint(1, 12)},
           "manufacturer": {"display": v.pick(["Pfizer", "Johnson & Johnson", "Merck"])}}, d)
    return Doc()("Is this Medication resource valid?\n", d)


@neg("general", "transcript")
def neg_earnings_call(v):
    return Doc()("Operator: Good morning, and welcome to the %s third-quarter %d earnings call. Revenue was $%.1f billion, up %d%% year over "
                 "year. Operator: Our next question comes from the line at Goldman Sachs. Analyst: Can you talk about pricing in April? "
                 "Management: We hope to mark a new high in Q4.\n\nSummarize the call." % (
                     v.pick(["Pfizer", "Johnson & Johnson", "UnitedHealth Group", "Kaiser Permanente"]), 2025, v.r.uniform(5, 90), v.r.randint(1, 14)))


# ======================================================================================

N_POSITIVE = 300
N_NEGATIVE = 200


def build() -> list[dict]:
    rng = random.Random(SEED)
    v = V(rng)
    plan = [("pos", POSITIVE[i % len(POSITIVE)]) for i in range(N_POSITIVE)]
    plan += [("neg", NEGATIVE[i % len(NEGATIVE)]) for i in range(N_NEGATIVE)]
    rng.shuffle(plan)
    seen: set[str] = set()
    records = []
    for i, (side, (name, domain, fmt, fn)) in enumerate(plan, 1):
        for _attempt in range(50):
            d = fn(v)
            if d.text not in seen:
                break
        else:  # a template with few variants: accept no duplicate, take another of its side
            alt = POSITIVE if side == "pos" else NEGATIVE
            while d.text in seen:
                name, domain, fmt, fn = rng.choice(alt)
                d = fn(v)
        seen.add(d.text)
        spans = sorted(set(d.spans))
        if side == "neg":
            assert not spans, name
        records.append({
            "id": "h2-%04d" % i,
            "domain": domain,
            "kind": "hard_negative" if side == "neg" else fmt,
            "format": fmt,
            "template": name,
            "text": d.text,
            "spans": [{"start": s, "end": e, "entity_type": t} for s, e, t in spans],
        })
    return records


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed prompts.jsonl differs")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    text = render(build())
    out = Path(args.out)
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else None
        if current != text:
            print("%s is out of date: run python %s" % (out, Path(__file__).name), file=sys.stderr)
            return 1
        print("%s is up to date" % out)
        return 0
    out.write_text(text, encoding="utf-8")
    print("wrote %d records to %s" % (text.count("\n"), out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
