"""Value generators for the heldout7 corpus (stdlib only, all randomness from one rng)."""

from __future__ import annotations

import base64
import datetime as _dt
import json
import unicodedata

FIRST = ["Aaliyah", "Bogdan", "Chiamaka", "Dmitri", "Eun-ji", "Fatima", "Giulia", "Hiroshi",
         "Ifeoma", "Javier", "Kwame", "Lakshmi", "Mateo", "Oluwaseun", "Priya", "Quentin",
         "Rahul", "Siobhan", "Tomasz", "Valentina", "Wei", "Xochitl", "Yusuf", "Zanele",
         "Anneliese", "Björn", "Chloé", "Dariusz", "Émilie", "Farhan", "Grace", "Hamza",
         "Ingrid", "José", "Keanu", "Leilani", "Mei-Ling", "Nikolai", "Oksana", "Pedro",
         "Rania", "Sven", "Thandiwe", "Ulrike", "Vikram", "Wanjiru", "Yerlan", "Zoltán",
         "Marisol", "Declan", "Ayesha", "Luca", "Noor", "Tobias", "Imani", "Kenji", "Rosalind",
         "Arjun", "Beatriz", "Colm", "Dagny", "Esperanza", "Finnegan", "Hoang", "Jasmine"]
LAST = ["Okonkwo", "Nakamura", "Fernández", "Kowalczyk", "Haddad", "Nguyen", "O'Sullivan",
        "van der Berg", "Al-Sayed", "Papadopoulos", "Ivanova", "Abernathy", "Castellanos",
        "Eriksson", "Gallagher", "Hashemi", "Iyer", "Jankowski", "Kaur", "Lindqvist", "Moreau",
        "Nwosu", "Oyelaran", "Petrov", "Quispe", "Rahman", "Schmidt", "Tanaka", "Udeh", "Varga",
        "Whitfield", "Xiong", "Yamamoto", "Zielinski", "Achterberg", "Boateng", "Chaudhry",
        "Dlamini", "Esposito", "Gomes", "Holloway", "Ibáñez", "Johansson", "Kapoor", "Lefebvre",
        "McAllister", "Okafor", "Pereira", "Rosales", "Szabo", "Thorsen", "Villanueva", "Wójcik",
        "Yilmaz", "Zhou", "Brennan-Lowe", "Castillo Ruiz", "Demir", "Fairweather", "Grünewald"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"
STREETS = ["Marigold", "Old Mill", "Cedar Hollow", "Juniper", "Kestrel", "Harbor View", "Willow Bend",
           "Quarry", "Larkspur", "Pinecrest", "Sycamore", "Foxglove", "Brookside", "Tamarack",
           "Heron Ridge", "Alder", "Cobblestone", "Saddleback", "Winterberry", "Orchard Hill"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Blvd",
          "Way", "Pl", "Terrace", "Pkwy"]
CITIES = [("Dayton", "OH"), ("Boise", "ID"), ("Tacoma", "WA"), ("Fresno", "CA"), ("Albany", "NY"),
          ("Lubbock", "TX"), ("Macon", "GA"), ("Provo", "UT"), ("Duluth", "MN"), ("Mesa", "AZ"),
          ("Tulsa", "OK"), ("Erie", "PA"), ("Lowell", "MA"), ("Peoria", "IL"), ("Yonkers", "NY"),
          ("Sarasota", "FL"), ("Trenton", "NJ"), ("Bend", "OR"), ("Racine", "WI"), ("Wichita", "KS")]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com",
                "fastmail.com", "aol.com"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"

IBAN_SPEC = {  # country: (total length, bban layout: 'a' letter, 'n' digit)
    "DE": (22, "n" * 18), "GB": (22, "aaaa" + "n" * 14), "FR": (27, "n" * 23),
    "ES": (24, "n" * 20), "IT": (27, "a" + "n" * 22), "NL": (18, "aaaa" + "n" * 10),
    "CH": (21, "n" * 17), "BE": (16, "n" * 12), "AT": (20, "n" * 16), "PL": (28, "n" * 24),
    "IE": (22, "aaaa" + "n" * 14), "PT": (25, "n" * 21), "SE": (24, "n" * 20),
    "NO": (15, "n" * 11), "DK": (18, "n" * 14),
}


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


def luhn_check_digit(payload: str) -> str:
    for c in "0123456789":
        if luhn_ok(payload + c):
            return c
    raise AssertionError


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


class V:
    def __init__(self, rng):
        self.r = rng

    # ---- basics ----
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randrange(1, 10)) + s[1:]
        return s

    def chars(self, alphabet, n):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def chance(self, p):
        return self.r.random() < p

    # ---- people ----
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def name(self, style=None):
        f, l = self.first(), self.last()
        style = style if style is not None else self.pick(["fl", "fl", "fml", "lf", "caps"])
        if style == "fl":
            return f + " " + l
        if style == "fml":
            return f + " " + self.pick(MIDDLE) + ". " + l
        if style == "lf":
            return l + ", " + f
        if style == "caps":
            return (f + " " + l).upper()
        return f + " " + l

    def email(self, first=None, last=None, domain=None):
        f = ascii_fold(first or self.first())
        l = ascii_fold(last or self.last())
        local = self.pick([f + "." + l, f[0] + l, f + "_" + l + str(self.num(1, 99)), l + "." + f[0],
                           f + l[:3] + str(self.num(10, 989))])
        return local + "@" + (domain or self.pick(MAIL_DOMAINS))

    def phone(self, style=None):
        a = str(self.num(2, 9)) + self.digits(2)
        if a[1:] == "11":
            a = a[0] + "42"
        e = str(self.num(2, 9)) + self.digits(2)
        n = self.digits(4)
        style = style if style is not None else self.num(0, 4)
        return ["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s", "+1-%s-%s-%s"][style] % (a, e, n)

    def intl_phone(self, cc):
        if cc == "FR":
            return "+33 6 %s %s %s %s" % (self.digits(2), self.digits(2), self.digits(2), self.digits(2))
        if cc == "DE":
            return "+49 %s %s" % (self.pick(["151", "160", "171", "30"]), self.digits(7))
        if cc == "ES":
            return "+34 6%s %s %s" % (self.digits(2), self.digits(3), self.digits(3))
        if cc == "PT":
            return "+351 9%s %s %s" % (self.digits(2), self.digits(3), self.digits(3))
        return "+44 7%s %s" % (self.digits(3), self.digits(6))

    # ---- places ----
    def street(self, with_city=False):
        s = "%d %s%s %s" % (self.num(12, 9899), self.pick(["", "", "N ", "S ", "E ", "W "]),
                            self.pick(STREETS), self.pick(SUFFIX))
        if self.chance(0.3):
            s += self.pick([", Apt ", " Unit ", ", Apt. ", " #"]) + str(self.num(1, 40)) + self.pick(["", "B", "C"])
        if with_city:
            c, st = self.pick(CITIES)
            s += ", %s, %s" % (c, st)
        return s

    def city(self):
        return self.pick(CITIES)

    def zip(self):
        z = "%05d" % self.num(1001, 99950)
        if self.chance(0.25):
            z += "-" + self.digits(4)
        return z

    # ---- dates ----
    def date(self, y0, y1):
        d0 = _dt.date(y0, 1, 1).toordinal()
        d1 = _dt.date(y1, 12, 31).toordinal()
        return _dt.date.fromordinal(self.num(d0, d1))

    def fmt_date(self, d, style=None):
        style = style if style is not None else self.pick(["us", "iso", "long", "dmy", "us"])
        if style == "us":
            return "%02d/%02d/%d" % (d.month, d.day, d.year)
        if style == "iso":
            return d.isoformat()
        if style == "long":
            return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
        if style == "dmy":
            return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
        if style == "hl7":
            return "%04d%02d%02d" % (d.year, d.month, d.day)
        if style == "de":
            return "%02d.%02d.%d" % (d.day, d.month, d.year)
        if style == "eu":
            return "%02d/%02d/%d" % (d.day, d.month, d.year)
        raise ValueError(style)

    def dob(self, style=None, old=False):
        return self.fmt_date(self.date(1906, 1933) if old else self.date(1938, 2006), style)

    def recent(self, style=None):
        return self.fmt_date(self.date(2022, 2025), style)

    def age(self):
        return str(self.num(90, 108))

    # ---- government / tax ----
    def ssn(self, sep="-"):
        area = self.num(1, 899)
        while area == 666:
            area = self.num(1, 899)
        return "%03d%s%02d%s%04d" % (area, sep, self.num(1, 99), sep, self.num(1, 9999))

    def itin(self, sep="-"):
        group = self.pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
        return "9%s%s%02d%s%s" % (self.digits(2), sep, group, sep, self.digits(4))

    def dl(self):
        kind = self.num(0, 4)
        if kind == 0:  # CA style
            return self.pick(UPPER) + self.digits(7)
        if kind == 1:  # FL style
            return "%s%s-%s-%s-%s-%s" % (self.pick(UPPER), self.digits(3), self.digits(3), self.digits(2),
                                         self.digits(3), self.digits(1))
        if kind == 2:  # TX style
            return self.digits(8, True)
        if kind == 3:  # IL style
            return "%s%s-%s-%s" % (self.pick(UPPER), self.digits(3), self.digits(4), self.digits(4))
        return "%s %s %s" % (self.digits(3, True), self.digits(3), self.digits(3))  # NY style

    def passport(self):
        return self.digits(9, True) if self.chance(0.5) else self.pick(UPPER) + self.digits(8)

    # ---- health ----
    def mrn(self):
        return self.pick(["", "", "E", "MR", "H"]) + self.digits(self.num(7, 9), True)

    def npi(self):
        base = self.pick("12") + self.digits(8)
        return base + luhn_check_digit("80840" + base)

    def dea(self, last_name=None):
        initial = ascii_fold(last_name or self.last())[0].upper()
        d = [self.r.randrange(10) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return self.pick("ABFGM") + initial + "".join(map(str, d)) + str(chk)

    def mbi(self, dashes=None):
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        s = (str(self.num(1, 9)) + self.pick(al) + self.pick(an) + str(self.num(0, 9)) + self.pick(al)
             + self.pick(an) + str(self.num(0, 9)) + self.pick(al) + self.pick(al) + self.digits(2))
        dashes = self.chance(0.4) if dashes is None else dashes
        return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashes else s

    def member_id(self):
        return self.pick([self.chars(UPPER, 3) + self.digits(9), "W" + self.digits(9),
                          self.chars(UPPER, 2) + self.digits(7) + "-0" + str(self.num(1, 4)),
                          "M" + self.digits(8) + self.chars(UPPER, 2)])

    # ---- finance ----
    def card(self, brand=None):
        brand = brand or self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = str(self.num(51, 55)), 16
        elif brand == "mc2":
            pre, n = str(self.num(2221, 2720)), 16
        elif brand == "amex":
            pre, n = self.pick(["34", "37"]), 15
        else:
            pre, n = self.pick(["6011", "65" + self.digits(2)]), 16
        body = pre + self.digits(n - 1 - len(pre))
        return body + luhn_check_digit(body)

    def fmt_card(self, pan, style=None):
        style = style if style is not None else self.num(0, 2)
        if style == 0:
            return pan
        sep = " " if style == 1 else "-"
        if len(pan) == 15:
            return pan[:4] + sep + pan[4:10] + sep + pan[10:]
        return sep.join(pan[i:i + 4] for i in range(0, len(pan), 4))

    def cvv(self, pan=""):
        return self.digits(4 if len(pan) == 15 else 3)

    def expiry(self):
        return "%02d/%02d" % (self.num(1, 12), self.num(26, 31))

    def track2(self, pan):
        return ";%s=%02d%02d%s%s?" % (pan, self.num(26, 31), self.num(1, 12), self.pick(["101", "201", "121"]),
                                      self.digits(self.num(10, 13)))

    def routing(self):
        d = [int(c) for c in "%02d" % self.pick(list(range(1, 13)) + list(range(21, 33)))] + \
            [self.r.randrange(10) for _ in range(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        d.append((-s) % 10)
        return "".join(map(str, d))

    def account(self):
        return self.digits(self.num(8, 12), True)

    def iban(self, cc=None, spaced=None):
        cc = cc or self.pick(sorted(IBAN_SPEC))
        length, layout = IBAN_SPEC[cc]
        bban = "".join(self.pick(UPPER) if t == "a" else str(self.r.randrange(10)) for t in layout)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        iban = cc + "%02d" % chk + bban
        assert len(iban) == length
        spaced = self.chance(0.5) if spaced is None else spaced
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if spaced else iban

    def swift(self, cc=None):
        bank = self.pick(["HGTB", "CRVL", "NORD", "PLMX", "VRTA", "KSTL", "BQMR", "ALZN", "TRVB", "EQNX"])
        cc = cc or self.pick(["US", "DE", "GB", "FR", "CH", "NL", "SG", "ES", "IT", "PT"])
        s = bank + cc + self.pick(["33", "FF", "2L", "22", "MM", "3X"])
        if self.chance(0.4):
            s += self.pick(["XXX", "NYC", "100", "LDN", "B12"])
        return s

    # ---- devices / vehicles ----
    def imei(self, fmt=None):
        body = self.pick(["35", "86", "49", "01", "35"]) + self.digits(12)
        im = body + luhn_check_digit(body)
        fmt = self.chance(0.3) if fmt is None else fmt
        return "%s-%s-%s-%s" % (im[:2], im[2:8], im[8:14], im[14]) if fmt else im

    def gtin14(self):
        body = "0" + self.digits(12)
        total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
        return body + str((10 - total % 10) % 10)

    def udi(self):
        exp = self.date(2026, 2030)
        return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (self.gtin14(), exp.year % 100, exp.month, exp.day,
                                                       self.chars(UPNUM, 6), self.chars(UPNUM, 8))

    def serial(self):
        return self.pick(["SN", "", "C02", "PF", "R5"]) + self.chars(UPNUM, self.num(8, 11))

    def mac(self):
        sep = self.pick([":", "-"])
        return sep.join(self.chars("0123456789ABCDEF", 2) for _ in range(6))

    def vin(self):
        allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                                   4, 5, 6, 7, 8, 9])}
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        s = list(self.pick(["1HG", "2T1", "3FA", "5YJ", "JN1", "WBA", "1FT", "KMH"]) + self.chars(allowed, 5) + "0"
                 + self.pick("ABCDEFGHJKLMNPRSTVWXY123456789") + self.chars(allowed, 1) + self.digits(6))
        total = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(s))
        s[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(s)

    # ---- network ----
    def ipv4(self, kind=None):
        kind = kind or self.pick(["pub", "pub", "priv10", "priv192", "priv172"])
        if kind == "pub":
            a = self.pick([23, 34, 45, 52, 64, 73, 81, 98, 104, 146, 151, 185, 203, 212])
            return "%d.%d.%d.%d" % (a, self.num(0, 255), self.num(0, 255), self.num(1, 254))
        if kind == "priv10":
            return "10.%d.%d.%d" % (self.num(0, 255), self.num(0, 255), self.num(1, 254))
        if kind == "priv192":
            return "192.168.%d.%d" % (self.num(0, 255), self.num(1, 254))
        return "172.%d.%d.%d" % (self.num(16, 31), self.num(0, 255), self.num(1, 254))

    def ipv6(self):
        if self.chance(0.5):
            return "2001:db8:%x:%x::%x" % (self.num(1, 65535), self.num(1, 65535), self.num(1, 65535))
        return "2a02:%x:%x:%x:%x:%x:%x:%x" % tuple(self.num(1, 65535) for _ in range(7))

    def ip(self):
        return self.ipv6() if self.chance(0.2) else self.ipv4()

    # ---- secrets ----
    def password(self):
        w = self.pick(["Sunflower", "Bluejay", "Tangerine", "Kilimanjaro", "Moonbeam", "Riverstone",
                       "Cactus", "Falcon", "Velvet", "Harbor", "Copper", "Glacier"])
        return self.pick([w + self.digits(self.num(2, 4)) + self.pick("!#$%&*?@"),
                          self.pick("!#$%&*?@") + w.lower()[:5] + self.digits(2) + self.chars(UPPER, 2),
                          self.chars(ALNUM, 6) + self.pick("!#$%&*") + self.chars(ALNUM, 5),
                          w[:4] + "_" + self.digits(4) + "_" + self.chars(ALNUM, 3)])

    def api_key(self, kind=None):
        kind = kind or self.pick(["stripe", "github", "aws", "slack", "google", "gitlab", "openai", "sendgrid",
                                  "hf", "npm"])
        if kind == "stripe":
            return self.pick(["sk_live_", "rk_live_"]) + self.chars(ALNUM, 24)
        if kind == "github":
            return "ghp_" + self.chars(ALNUM, 36)
        if kind == "aws":
            return "AKIA" + self.chars(UPNUM, 16)
        if kind == "slack":
            return "xoxb-%s-%s-%s" % (self.digits(11, True), self.digits(12, True), self.chars(ALNUM, 24))
        if kind == "google":
            return "AIza" + self.chars(ALNUM + "-_", 35)
        if kind == "gitlab":
            return "glpat-" + self.chars(ALNUM + "-_", 20)
        if kind == "openai":
            return "sk-proj-" + self.chars(ALNUM + "-_", 40)
        if kind == "sendgrid":
            return "SG." + self.chars(ALNUM + "-_", 22) + "." + self.chars(ALNUM + "-_", 43)
        if kind == "hf":
            return "hf_" + self.chars(ALNUM, 34)
        return "npm_" + self.chars(ALNUM, 36)

    def secret(self):
        return self.pick([self.chars(HEX, 40), self.chars(ALNUM, 32), self.chars(ALNUM + "+/", 40),
                          self.chars(HEX, 64)[:48]])

    def jwt(self, sub=None):
        hdr = {"alg": self.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        iat = 1700000000 + self.num(0, 60000000)
        body = {"sub": sub or ("usr_" + self.chars(ALNUM, 10)), "iat": iat, "exp": iat + 3600,
                "scope": self.pick(["read", "claims:write", "admin", "portal"])}

        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc(hdr) + "." + enc(body) + "." + self.chars(B64URL, 43)

    def pem(self, nl="\n", lines=None):
        kind = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        n = lines or self.num(3, 5)
        body = [("MIIEow" if kind == "RSA PRIVATE KEY" else "MHcCAQ") + self.chars(B64, 58)] + \
               [self.chars(B64, 64) for _ in range(n - 1)] + [self.chars(B64, self.num(12, 40)) + "=="]
        return ("-----BEGIN %s-----" % kind + nl + nl.join(body) + nl + "-----END %s-----" % kind)

    # ---- misc ----
    def url(self, host=None):
        host = host or self.pick(["portal.lakeshorehealth.org", "app.northwindmutual.com", "files.brightpathhr.io",
                                  "my.cedarcreditunion.com", "support.voltacart.com", "intranet.okafor-legal.net",
                                  "docs.internal.acmecloud.dev", "status.tellurian-bank.eu"])
        path = self.pick(["/patients/", "/claims/view?id=", "/share/", "/u/", "/tickets/", "/reset?token="])
        return "https://" + host + path + self.chars(ALNUM, self.num(8, 16))
