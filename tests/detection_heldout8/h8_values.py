"""Value generators for the heldout8 corpus (stdlib only, all randomness via one rng)."""
from __future__ import annotations

import base64
import json
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
HEX = "0123456789abcdef"

FIRST = [
    "Margaret", "Tomasz", "Aaliyah", "Wei", "Priya", "Oluwaseun", "Santiago", "Ingrid", "Hiroshi", "Fatima",
    "Dmitri", "Siobhan", "Kwame", "Mei-Ling", "Rafael", "Zoë", "Łukasz", "Anh", "Bongani", "Chiara",
    "José", "Niamh", "Arjun", "Yusuf", "Astrid", "Thandiwe", "Matteo", "Soo-jin", "Gabriel", "Leilani",
    "Björn", "Ananya", "Mohammed", "Camille", "Tariq", "Eleanor", "Ngozi", "Diego", "Svetlana", "Kenji",
    "Marisol", "Declan", "Amara", "Hamza", "Renée", "Joaquín", "Ayesha", "Pieter", "Malak", "Dolores",
]
LAST = [
    "Okafor", "Nguyen", "Kowalczyk", "Fitzgerald", "Ramírez", "Tanaka", "Haddad", "Lindqvist", "Chaudhry", "Mbeki",
    "O'Sullivan", "Castellanos", "Wójcik", "Yamamoto", "Adeyemi", "Delacroix", "Petrov", "Gallagher", "Kim", "Hernández",
    "Van der Berg", "Abernathy", "Nakamura", "Rossi", "Achterberg", "Banerjee", "Oyelaran", "Szabó", "Moreau", "Al-Masri",
    "Whitfield", "Papadopoulos", "Ivanova", "Kapoor", "Dubois", "Mendoza", "Schäfer", "Chen", "Boateng", "McAllister",
    "Sørensen", "Trujillo", "Iwu", "Harrington", "Quispe", "Jovanović", "Thibodeaux", "Eriksen", "Pham", "Sandoval",
]
CJK_NAMES = ["山田 太郎", "佐藤 花子", "王 伟", "李 娜", "김 민준", "鈴木 一郎", "陈 静", "박 서연"]
STREETS = ["Maple", "Cedar Ridge", "Old Mill", "Lakeview", "Willow Bend", "Harborview", "Juniper", "Sycamore",
           "Prairie Wind", "Cobblestone", "Magnolia", "Red Fox", "Quarry", "Briarwood", "Orchard Hill", "Kestrel"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Terrace", "Street", "Avenue", "Drive"]
CITIES = [("Springfield", "IL"), ("Tacoma", "WA"), ("Macon", "GA"), ("Bozeman", "MT"), ("Lowell", "MA"),
          ("Tempe", "AZ"), ("Duluth", "MN"), ("Greenville", "SC"), ("Boise", "ID"), ("Akron", "OH"),
          ("Fresno", "CA"), ("Albany", "NY"), ("Round Rock", "TX"), ("Eugene", "OR"), ("Provo", "UT")]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "fastmail.com", "hotmail.com"]
ORG_DOMAINS = ["stlukes-health.org", "northbay-clinic.com", "granitebank.com", "ridgelinecu.org", "vantapay.io",
               "meridianlogistics.com", "corvidsoft.dev", "bluefernlaw.com", "harbormed.net", "atlasfleet.co"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PASSWORDS_BASE = ["Tr0ub4dor", "Sunflower", "Kangaroo", "BlueHeron", "Winter", "Falcon", "Marigold", "Zephyr",
                  "Quokka", "Lighthouse", "Pistachio", "Nebula"]


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
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


class V:
    """Value factory; every method draws from the shared rng in call order."""

    def __init__(self, rng):
        self.r = rng

    # --- basic helpers
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def digits(self, n):
        return "".join(self.r.choice(DIG) for _ in range(n))

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    # --- people
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full(self):
        return self.first() + " " + self.last()

    def cjk(self):
        return self.pick(CJK_NAMES)

    def email_for(self, first, last, org=False):
        f = first.lower().replace("ë", "e").replace("ł", "l").replace("é", "e").replace("í", "i")
        l = last.lower().replace("'", "").replace(" ", "").replace("í", "i").replace("á", "a")
        f = "".join(c for c in f if c.isascii() and (c.isalnum()))
        l = "".join(c for c in l if c.isascii() and (c.isalnum() or c == "-"))
        dom = self.pick(ORG_DOMAINS) if org else self.pick(MAIL_DOMAINS)
        style = self.r.randrange(4)
        user = [f + "." + l, f[0] + l, f + "_" + l + str(self.num(1, 99)), l + "." + f[0]][style]
        return user + "@" + dom

    def shared_mailbox(self):
        return self.pick(["billing", "records", "hr-ops", "payroll", "intake", "support", "ap"]) + "@" + self.pick(ORG_DOMAINS)

    def phone(self, style=None):
        a = str(self.num(2, 9)) + self.digits(2)
        e = str(self.num(2, 9)) + self.digits(2)
        n = self.digits(4)
        style = self.r.randrange(5) if style is None else style
        return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s"][style] % (a, e, n)

    def intl_phone(self, cc):
        if cc == "DE":
            return "+49 30 " + self.digits(4) + " " + self.digits(4)
        if cc == "FR":
            return "+33 6 " + " ".join(self.digits(2) for _ in range(4))
        if cc == "ES":
            return "+34 6" + self.digits(2) + " " + self.digits(3) + " " + self.digits(3)
        if cc == "JP":
            return "+81 90-" + self.digits(4) + "-" + self.digits(4)
        if cc == "BR":
            return "+55 11 9" + self.digits(4) + "-" + self.digits(4)
        if cc == "UK":
            return "+44 7700 " + self.digits(6)
        return "+91 98" + self.digits(3) + " " + self.digits(5)

    def street(self, with_city=True, unit=False):
        s = "%d %s%s %s" % (self.num(12, 9870), self.pick(["", "N ", "S ", "E ", "W "]), self.pick(STREETS), self.pick(SUFFIX))
        if unit:
            s += self.pick([", Apt ", " Unit ", ", Suite "]) + str(self.num(1, 40)) + self.pick(["", "B", "C"])
        city, st = self.pick(CITIES)
        if with_city:
            s += ", %s, %s" % (city, st)
        return s, city, st

    def zip(self, plus4=False):
        z = "%05d" % self.num(1001, 99950)
        return z + ("-" + self.digits(4) if plus4 else "")

    # --- dates / ages
    def ymd(self, y0, y1):
        y = self.num(y0, y1)
        m = self.num(1, 12)
        d = self.num(1, 28)
        return y, m, d

    def date(self, y0, y1, fmt=None):
        y, m, d = self.ymd(y0, y1)
        fmt = self.r.randrange(5) if fmt is None else fmt
        if fmt == 0:
            return "%04d-%02d-%02d" % (y, m, d)
        if fmt == 1:
            return "%02d/%02d/%04d" % (m, d, y)
        if fmt == 2:
            return "%s %d, %d" % (MONTHS[m - 1], d, y)
        if fmt == 3:
            return "%d %s %d" % (d, MONTHS[m - 1], y)
        if fmt == 4:
            return "%s %d, %d" % (MONTHS[m - 1][:3], d, y)
        if fmt == 5:
            return "%02d.%02d.%04d" % (d, m, y)
        if fmt == 6:
            return "%04d%02d%02d" % (y, m, d)
        if fmt == 7:
            return "%02d/%02d/%04d" % (d, m, y)
        if fmt == 8:
            return "%04d-%02d-%02d %02d:%02d" % (y, m, d, self.num(0, 23), self.num(0, 59))
        raise ValueError(fmt)

    def dob(self, fmt=None):
        return self.date(1931, 2004, fmt)

    def old_dob_and_age(self, fmt=None):
        age = self.num(90, 104)
        y, m, d = 2024 - age - 1, self.num(1, 12), self.num(1, 28)
        fmt = 0 if fmt is None else fmt
        s = {0: "%04d-%02d-%02d" % (y, m, d), 1: "%02d/%02d/%04d" % (m, d, y),
             5: "%02d.%02d.%04d" % (d, m, y)}[fmt]
        return s, str(age)

    def age(self):
        return str(self.num(90, 108))

    def young_age(self):
        return str(self.num(19, 86))

    def recent(self, fmt=None):
        return self.date(2022, 2024, fmt)

    # --- government ids
    def ssn(self, sep="-"):
        while True:
            a = self.num(1, 899)
            if a != 666:
                break
        g, s = self.num(1, 99), self.num(1, 9999)
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    def itin(self, sep="-"):
        g = self.pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        return "9%02d%s%02d%s%04d" % (self.num(0, 99), sep, g, sep, self.num(1, 9999))

    def dl(self, state=None):
        state = state or self.pick(["CA", "FL", "NY", "TX", "IL", "WA"])
        if state == "CA":
            return state, self.pick(UP) + self.digits(7)
        if state == "FL":
            return state, self.pick(UP) + self.digits(3) + "-" + self.digits(3) + "-" + self.digits(2) + "-" + self.digits(3) + "-0"
        if state == "NY":
            return state, self.digits(3) + " " + self.digits(3) + " " + self.digits(3)
        if state == "TX":
            return state, self.digits(8)
        if state == "IL":
            return state, self.pick(UP) + self.digits(3) + "-" + self.digits(4) + "-" + self.digits(4)
        return state, "WDL" + self.chars(UP + DIG, 9)

    def passport(self):
        return self.pick(UP[:8]) + self.digits(8) if self.r.random() < 0.5 else str(self.num(1, 9)) + self.digits(8)

    def mrn(self):
        return self.pick(["", "", "E", "MR", "00"]) + self.digits(self.num(7, 8))

    def npi(self):
        base = str(self.num(1, 2)) + self.digits(8)
        return luhn_complete("80840" + base)[5:]

    def dea(self, last_initial):
        first = self.pick(list("ABFGM"))
        d = [self.num(0, 9) for _ in range(6)]
        chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
        return first + last_initial.upper() + "".join(map(str, d)) + str(chk)

    def mbi(self, dashed=False):
        A = "ACDEFGHJKMNPQRTUVWXY"
        AN = A + DIG
        s = (str(self.num(1, 9)) + self.pick(A) + self.pick(AN) + self.pick(DIG) + self.pick(A) + self.pick(AN)
             + self.pick(DIG) + self.pick(A) + self.pick(A) + self.pick(DIG) + self.pick(DIG))
        return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s

    def member_id(self):
        return self.pick(["XEH", "W", "ZGP", "MBR", "JQU", "U"]) + self.digits(self.num(8, 10))

    # --- payment
    def card(self, brand=None, sep=None):
        brand = brand or self.pick(["visa", "mc", "mc2", "amex", "disc", "jcb", "diners", "visa"])
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = str(self.num(51, 55)), 16
        elif brand == "mc2":
            pre, n = str(self.num(2221, 2720)), 16
        elif brand == "amex":
            pre, n = self.pick(["34", "37"]), 15
        elif brand == "disc":
            pre, n = self.pick(["6011", "65", str(self.num(644, 649))]), 16
        elif brand == "jcb":
            pre, n = str(self.num(3528, 3589)), 16
        else:
            pre, n = "36", 14
        pan = luhn_complete(pre + self.digits(n - len(pre) - 1))
        sep = self.pick([" ", "-", ""]) if sep is None else sep
        if n == 16:
            groups = [pan[0:4], pan[4:8], pan[8:12], pan[12:]]
        elif n == 15:
            groups = [pan[0:4], pan[4:10], pan[10:]]
        else:
            groups = [pan[0:4], pan[4:10], pan[10:]]
        return sep.join(groups), pan, brand

    def cvv(self, brand="visa"):
        return self.digits(4 if brand == "amex" else 3)

    def expiry(self):
        return "%02d/%02d" % (self.num(1, 12), self.num(25, 30))

    def iban(self, cc=None, spaced=None):
        cc = cc or self.pick(["DE", "GB", "FR", "ES", "IT", "NL", "CH", "BE", "AT", "PL", "IE"])
        d = self.digits
        bban = {
            "DE": lambda: d(18),
            "GB": lambda: self.chars(UP, 4) + d(14),
            "IE": lambda: self.chars(UP, 4) + d(14),
            "FR": lambda: d(10) + self.chars(UP + DIG, 11) + d(2),
            "ES": lambda: d(20),
            "IT": lambda: self.pick(UP) + d(10) + self.chars(UP + DIG, 12),
            "NL": lambda: self.chars(UP, 4) + d(10),
            "CH": lambda: d(5) + self.chars(UP + DIG, 12),
            "BE": lambda: d(12),
            "AT": lambda: d(16),
            "PL": lambda: d(24),
        }[cc]()
        conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(conv) % 97
        iban = cc + "%02d" % chk + bban
        spaced = self.r.random() < 0.6 if spaced is None else spaced
        if spaced:
            iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def bic(self, cc):
        s = self.chars(UP, 4) + cc + self.pick(UP) + self.pick(UP + DIG)
        return s + (self.chars(UP + DIG, 3) if self.r.random() < 0.4 else "")

    def routing(self):
        while True:
            pre = "%02d" % self.pick(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)))
            body = pre + self.digits(6)
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            s = sum(int(c) * w[i] for i, c in enumerate(body))
            chk = (10 - s % 10) % 10
            return body + str(chk)

    def account(self):
        return self.digits(self.num(8, 12))

    def track2(self):
        disp, pan, brand = self.card(self.pick(["visa", "mc", "disc"]), sep="")
        return pan, "=" + "%02d%02d" % (self.num(25, 29), self.num(1, 12)) + "101" + self.digits(12) + "?"

    # --- secrets
    def api_key(self, kind=None):
        kind = kind or self.pick(["stripe", "aws", "ghp", "slack", "google", "openai", "gitlab", "sendgrid", "hf", "npm", "anthropic"])
        c = self.chars
        return {
            "stripe": lambda: "sk_live_" + c(ALNUM, 24),
            "aws": lambda: "AKIA" + c(UP + "234567", 16),
            "ghp": lambda: "ghp_" + c(ALNUM, 36),
            "slack": lambda: "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + c(ALNUM, 24),
            "google": lambda: "AIza" + c(ALNUM + "-_", 35),
            "openai": lambda: "sk-proj-" + c(ALNUM + "-_", 48),
            "gitlab": lambda: "glpat-" + c(ALNUM + "-_", 20),
            "sendgrid": lambda: "SG." + c(ALNUM + "-_", 22) + "." + c(ALNUM + "-_", 43),
            "hf": lambda: "hf_" + c(ALNUM, 34),
            "npm": lambda: "npm_" + c(ALNUM, 36),
            "anthropic": lambda: "sk-ant-api03-" + c(ALNUM + "-_", 60),
        }[kind]()

    def secret(self, style=None):
        style = self.r.randrange(3) if style is None else style
        if style == 0:
            return self.chars(HEX, 40)
        if style == 1:
            return self.chars(ALNUM + "+/", 40)
        return self.chars(ALNUM + "-_", 32)

    def password(self):
        return self.pick(PASSWORDS_BASE) + self.pick(["!", "#", "$", "@", "%", "&"]) + self.digits(self.num(2, 4)) + self.pick(["", "x", "Q", "!"])

    def jwt(self, name=None):
        hdr = {"alg": self.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        body = {"sub": self.digits(7), "iat": 1700000000 + self.num(0, 9999999), "scope": self.pick(["read", "admin", "patient/*.read"])}
        if name:
            body["name"] = name
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc(hdr) + "." + enc(body) + "." + self.chars(B64URL, 43)

    def pem(self, kind=None, escaped=False):
        kind = kind or self.pick(["EC", "OPENSSH", "PRIVATE"])
        label = {"EC": "EC PRIVATE KEY", "OPENSSH": "OPENSSH PRIVATE KEY", "PRIVATE": "PRIVATE KEY"}[kind]
        nl = "\\n" if escaped else "\n"
        nlines = {"EC": 3, "OPENSSH": 5, "PRIVATE": 4}[kind]
        lines = [self.chars(B64, 64) for _ in range(nlines - 1)] + [self.chars(B64, self.num(8, 40)) + "=="]
        return "-----BEGIN " + label + "-----" + nl + nl.join(lines) + nl + "-----END " + label + "-----"

    # --- network / devices / vehicles
    def ipv4_public(self):
        while True:
            a = self.num(23, 223)
            if a not in (127, 10, 100, 169, 172, 192):
                return "%d.%d.%d.%d" % (a, self.num(0, 255), self.num(0, 255), self.num(1, 254))

    def ipv4_private(self):
        k = self.r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (self.num(0, 255), self.num(0, 255), self.num(1, 254))
        if k == 1:
            return "192.168.%d.%d" % (self.num(0, 255), self.num(1, 254))
        return "172.%d.%d.%d" % (self.num(16, 31), self.num(0, 255), self.num(1, 254))

    def ipv6(self):
        return "2001:db8:%x:%x::%x" % (self.num(1, 65535), self.num(1, 65535), self.num(1, 65535)) if self.r.random() < 0.5 else \
            "2600:1f18:%x:%x:%x:%x:%x:%x" % tuple(self.num(1, 65535) for _ in range(6))

    def mac(self):
        return ":".join("%02X" % self.num(0, 255) for _ in range(6))

    def imei(self):
        return luhn_complete(self.pick(["35", "86", "01", "99"]) + self.digits(12))

    def serial(self):
        return self.pick(["SN", "C02", "FVFG", "PF", "5CG", "R58"]) + self.chars(UP + DIG, self.num(7, 9))

    def udi(self):
        g = "0" + self.digits(12)
        w = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(g)))
        gtin = g + str((10 - w % 10) % 10)
        return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (gtin, self.num(25, 29), self.num(1, 12), self.num(1, 28),
                                                      self.chars(UP + DIG, 6), self.chars(UP + DIG, 8))

    def vin(self):
        allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        years = "LMNPRS"
        s = list(self.pick(["1", "2", "3", "5", "J", "K", "W"]) + self.chars(allowed, 7) + "0" + self.pick(years) + self.chars(allowed, 7))
        vals = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
                "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        rem = sum(vals[c] * w[i] for i, c in enumerate(s)) % 11
        s[8] = "X" if rem == 10 else str(rem)
        return "".join(s)

    # --- non-PII look-alikes (for hard negatives)
    def non_luhn_digits(self, n):
        while True:
            s = str(self.num(1, 9)) + self.digits(n - 1)
            if not luhn_ok(s):
                return s

    def sha(self, n=40):
        return self.chars(HEX, n)

    def uuid(self):
        h = self.chars(HEX, 32)
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])
