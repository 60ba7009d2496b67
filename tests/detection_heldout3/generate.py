#!/usr/bin/env python3
"""Generate held-out detection set #3 (tests/detection_heldout3/prompts.jsonl).

    python tests/detection_heldout3/generate.py          # rewrite prompts.jsonl
    python tests/detection_heldout3/generate.py --check  # exit 1 if the committed file differs

Stdlib only, one ``random.Random(SEED)`` consumed in a fixed order, so the output is
byte-for-byte reproducible.  Gold spans are recorded while the text is assembled
(``Doc``), never found by searching the finished text.  See README.md.
"""

from __future__ import annotations

import base64
import json
import random
import string
import sys
import unicodedata
from pathlib import Path

SEED = 20261125
N_POSITIVE = 290
N_NEGATIVE = 174
OUT = Path(__file__).resolve().parent / "prompts.jsonl"

R = random.Random(SEED)


# =============================================================================== text assembly

class Doc:
    """Concatenate text pieces; tuples ``(ENTITY_TYPE, value)`` become gold spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []

    def __call__(self, *parts) -> "Doc":
        for p in parts:
            if isinstance(p, str):
                self.parts.append(p)
                self.n += len(p)
            else:
                etype, value = p
                assert value and value == value.strip(), (etype, value)
                self.spans.append((self.n, self.n + len(value), etype))
                self.parts.append(value)
                self.n += len(value)
        return self

    def mark(self) -> int:
        return self.n

    def close(self, start: int, etype: str) -> None:
        self.spans.append((start, self.n, etype))

    @property
    def text(self) -> str:
        return "".join(self.parts)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p: float) -> bool:
    return R.random() < p


def digits(n: int) -> str:
    return "".join(str(R.randrange(10)) for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


UPPER_DIG = string.ascii_uppercase + string.digits
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# =============================================================================== people

FIRST = {
    "anglo": [("Emily", "f"), ("Hannah", "f"), ("Brittany", "f"), ("Courtney", "f"), ("Tyler", "m"), ("Dustin", "m"),
              ("Wyatt", "m"), ("Garrett", "m"), ("Shelby", "f"), ("Colleen", "f"), ("Trevor", "m"), ("Heather", "f"),
              ("Bradley", "m"), ("Lorraine", "f"), ("Dwayne", "m"), ("Mildred", "f"), ("Harold", "m"), ("Eunice", "f")],
    "hispanic": [("Guadalupe", "f"), ("Ximena", "f"), ("Alejandro", "m"), ("Jesús", "m"), ("Maricela", "f"),
                 ("Rodrigo", "m"), ("Yesenia", "f"), ("Esteban", "m"), ("Itzel", "f"), ("Joaquín", "m"),
                 ("Marisol", "f"), ("Héctor", "m"), ("María José", "f"), ("Juan Carlos", "m")],
    "west_african": [("Chinonso", "m"), ("Oluwaseun", "m"), ("Adaeze", "f"), ("Kwabena", "m"), ("Ama", "f"),
                     ("Folake", "f"), ("Emeka", "m"), ("Ngozi", "f"), ("Abdoulaye", "m"), ("Fatoumata", "f"),
                     ("Yaw", "m"), ("Chiamaka", "f")],
    "south_asian": [("Priyanka", "f"), ("Venkatesh", "m"), ("Harpreet", "f"), ("Arjun", "m"), ("Lakshmi", "f"),
                    ("Siddharth", "m"), ("Nusrat", "f"), ("Imran", "m"), ("Kavya", "f"), ("Rajesh", "m"),
                    ("Deepika", "f"), ("Tanvir", "m")],
    "east_asian": [("Wei", "m"), ("Xiaoling", "f"), ("Hiroshi", "m"), ("Yuki", "f"), ("Min-jun", "m"),
                   ("Seo-yeon", "f"), ("Jianhua", "m"), ("Meiling", "f"), ("Takeshi", "m"), ("Haruka", "f"),
                   ("Ji-woo", "f"), ("Zhiqiang", "m")],
    "slavic": [("Oksana", "f"), ("Dmitri", "m"), ("Katarzyna", "f"), ("Miroslav", "m"), ("Yelena", "f"),
               ("Bogdan", "m"), ("Svetlana", "f"), ("Tomasz", "m"), ("Zuzana", "f"), ("Aleksandr", "m")],
    "arabic": [("Fatima", "f"), ("Youssef", "m"), ("Layla", "f"), ("Omar", "m"), ("Mariam", "f"), ("Khalid", "m"),
               ("Nour", "f"), ("Tariq", "m"), ("Rania", "f"), ("Hamza", "m")],
    "turkish": [("Emre", "m"), ("Zeynep", "f"), ("Burak", "m"), ("Elif", "f"), ("Mehmet", "m"), ("Ayşe", "f"),
                ("Cem", "m"), ("Selin", "f")],
    "german": [("Jürgen", "m"), ("Annika", "f"), ("Lukas", "m"), ("Friederike", "f"), ("Matthias", "m"),
               ("Henrike", "f")],
    "french": [("Amélie", "f"), ("Thibault", "m"), ("Clémence", "f"), ("Étienne", "m"), ("Solène", "f"),
               ("Gaëtan", "m")],
    "sea": [("Maricel", "f"), ("Rommel", "m"), ("Thanh", "m"), ("Ngoc", "f"), ("Duc", "m"), ("Lien", "f")],
}
LAST = {
    "anglo": ["Whitfield", "Pruitt", "Hargrove", "McAllister", "Dunleavy", "Ashcroft", "Blevins", "Cartwright",
              "O'Donnell", "Fairbanks", "Pennington", "Sutherland", "Tillman", "Kincaid"],
    "hispanic": ["Ramírez", "Castañeda", "de la Cruz", "Villarreal", "Ochoa", "Barrientos", "Zamora-Ríos",
                 "Quintanilla", "Espinoza", "Olivares", "Fernández Ruiz", "Del Valle"],
    "west_african": ["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Nwachukwu", "Diallo", "Traoré", "Owusu-Ansah", "Eze",
                     "Adebayo", "Asante", "Okafor"],
    "south_asian": ["Raghunathan", "Chaudhary", "Venkataraman", "Siddiqui", "Banerjee", "Gill", "Iyer", "Malhotra",
                    "Chowdhury", "Reddy", "Patel-Shah"],
    "east_asian": ["Zhang", "Nakamura", "Park", "Huang", "Tanaka", "Choi", "Watanabe", "Liu", "Yamamoto", "Chen",
                   "Ishikawa"],
    "slavic": ["Kowalczyk", "Petrenko", "Wiśniewski", "Dvořák", "Volkova", "Novak", "Shevchenko", "Zielińska",
               "Kuznetsov", "Horvat"],
    "arabic": ["Al-Mansour", "Haddad", "El-Sayed", "Nasser", "bin Rashid", "Khoury", "Abdel-Rahman", "Saleh"],
    "turkish": ["Yılmaz", "Öztürk", "Çelik", "Demir", "Kaya", "Aydın", "Şahin"],
    "german": ["Müller", "Schäfer", "von Bredow", "Hoffmann", "Weiß", "Brandt"],
    "french": ["Lefèvre", "Dubois", "de Villiers", "Moreau", "Rousseau", "Girard"],
    "sea": ["Macaraeg", "Nguyen", "Tran", "Pham", "Bautista", "Dela Cruz"],
}
ORIGINS = list(FIRST)


class Person:
    def __init__(self, origin: str | None = None) -> None:
        self.origin = origin or pick(ORIGINS)
        self.first, self.sex = pick(FIRST[self.origin])
        self.last = pick(LAST[self.origin]) if chance(0.85) else pick(LAST[pick(ORIGINS)])
        self.mi = pick("ABCDEFGHJKLMNPRSTW")

    @property
    def full(self) -> str:
        return "%s %s" % (self.first, self.last)

    def style(self, how: str) -> str:
        if how == "title":
            return self.full
        if how == "mi":
            return "%s %s. %s" % (self.first, self.mi, self.last)
        if how == "caps":
            return self.full.upper()
        if how == "lower":
            return self.full.lower()
        if how == "lf":
            return "%s, %s" % (self.last, self.first)
        if how == "LF":
            return ("%s, %s" % (self.last, self.first)).upper()
        if how == "hl7":
            return "%s^%s^%s" % (ascii_fold(self.last).upper(), ascii_fold(self.first).upper(), self.mi)
        raise ValueError(how)

    def any_style(self) -> str:
        return self.style(pick(["title", "title", "mi", "caps", "lf"]))

    def email(self, domain: str | None = None) -> str:
        f = ascii_fold(self.first).lower().replace(" ", "").replace("'", "")
        l = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
        local = pick([f + "." + l, f[0] + l, f + "_" + l + digits(2), l + "." + f, f + l[0] + digits(3), f + "." + l[:4]])
        return local + "@" + (domain or pick(FREEMAIL + CORP_DOMAINS))


FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "aol.com", "gmx.de",
            "orange.fr", "yahoo.com.mx"]
CORP_DOMAINS = ["northwindhealth.org", "bluemesa-clinic.com", "cascadiacu.org", "larkspur-ins.com", "vantagepay.io",
                "tidewaterlogistics.com", "quillandoak.co", "brightpathhr.com", "saguarohealth.net", "meridianfcu.org"]


# =============================================================================== dates, ages

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def ymd(lo: int, hi: int) -> tuple[int, int, int]:
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def fdate(t: tuple[int, int, int], how: str | None = None) -> str:
    y, m, d = t
    how = how or pick(["us", "us", "iso", "long", "short", "dmy_mon", "us2"])
    if how == "us":
        return "%02d/%02d/%d" % (m, d, y)
    if how == "us2":
        return "%d/%d/%02d" % (m, d, y % 100)
    if how == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if how == "long":
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if how == "short":
        return "%s %d, %d" % (MONTHS[m - 1][:3], d, y)
    if how == "dmy_mon":
        return "%02d-%s-%d" % (d, MONTHS[m - 1][:3].upper(), y)
    if how == "hl7":
        return "%d%02d%02d" % (y, m, d)
    if how == "de":
        return "%02d.%02d.%d" % (d, m, y)
    if how == "eu":
        return "%02d/%02d/%d" % (d, m, y)
    if how == "es_long":
        return "%d de %s de %d" % (d, MONTHS_ES[m - 1], y)
    if how == "fr_long":
        return "%d %s %d" % (d, MONTHS_FR[m - 1], y)
    if how == "de_long":
        return "%d. %s %d" % (d, MONTHS_DE[m - 1], y)
    raise ValueError(how)


def dob(old: bool = False) -> tuple[int, int, int]:
    return ymd(1925, 1935) if old else ymd(1942, 2004)


def visit() -> tuple[int, int, int]:
    return ymd(2023, 2025)


NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}


def old_age() -> int:
    return R.randint(90, 103)


# =============================================================================== contact, location

BAD_AREA = {"211", "311", "411", "511", "611", "711", "811", "911"}


def nanp_parts() -> tuple[str, str, str]:
    while True:
        a = str(R.randint(2, 9)) + str(R.randint(0, 8)) + str(R.randint(0, 9))
        if a not in BAD_AREA:
            break
    while True:
        e = str(R.randint(2, 9)) + digits(2)
        if e[1:] != "11":
            break
    return a, e, digits(4)


def phone(how: str | None = None) -> str:
    a, e, n = nanp_parts()
    how = how or pick(["paren", "dash", "dot", "plus", "plusdash", "paren", "dash"])
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "plus": "+1 %s %s %s",
            "plusdash": "+1-%s-%s-%s", "compact": "%s%s%s", "e164": "+1%s%s%s"}[how] % (a, e, n)


def intl_phone(cc: str) -> str:
    if cc == "DE":
        return "+49 %s %s" % (pick(["30", "89", "40", "221", "69"]), digits(R.randint(7, 8)))
    if cc == "FR":
        return "+33 %d %s %s %s %s" % (R.choice([1, 6, 7]), digits(2), digits(2), digits(2), digits(2))
    if cc == "ES":
        return "+34 6%s %s %s" % (digits(2), digits(3), digits(3))
    if cc == "MX":
        return "+52 55 %s %s" % (digits(4), digits(4))
    if cc == "UK":
        return "+44 7%s %s" % (digits(3), digits(6))
    if cc == "NG":
        return "+234 80%d %s %s" % (R.randint(2, 9), digits(3), digits(4))
    if cc == "IN":
        return "+91 9%s %s" % (digits(4), digits(5))
    raise ValueError(cc)


CITIES = [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Spokane", "WA", "992"),
          ("Albuquerque", "NM", "871"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Boise", "ID", "837"),
          ("Knoxville", "TN", "379"), ("Lubbock", "TX", "794"), ("Des Moines", "IA", "503"), ("Worcester", "MA", "016"),
          ("Paterson", "NJ", "075"), ("Yonkers", "NY", "107"), ("Savannah", "GA", "314"), ("Omaha", "NE", "681"),
          ("Tacoma", "WA", "984"), ("Hialeah", "FL", "330"), ("Brownsville", "TX", "785"), ("Dearborn", "MI", "481"),
          ("Minneapolis", "MN", "554"), ("Providence", "RI", "029"), ("Stamford", "CT", "069"),
          ("Baton Rouge", "LA", "708"), ("Aurora", "CO", "800"), ("Reno", "NV", "895")]
STREETS = ["Juniper", "Sycamore", "Willow Creek", "Bramblewood", "Ridgecrest", "Lakeview", "Harbor", "Old Mill",
           "Cottonwood", "Magnolia", "Chestnut", "Fairview", "Kingsbury", "Pinehurst", "Linden", "Mesquite", "Alder",
           "Quail Run", "Summit", "Prairie", "Canal", "Beacon", "Saddlebrook", "Tamarack", "Elmwood", "Copper Hill"]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Ct", "Way", "Pl", "Ter",
            "Pkwy", "Cir"]
UNITS = ["Apt 4B", "Apt. 12", "Unit 307", "#5", "Ste 210", "Apt 2F", "Unit B", "Suite 1400"]


class Addr:
    def __init__(self) -> None:
        self.num = str(R.randint(2, 9899))
        self.dir = pick(["", "", "", "N ", "S ", "E ", "W ", "NE "])
        self.street = "%s%s %s" % (self.dir, pick(STREETS), pick(SUFFIXES))
        self.unit = pick(UNITS) if chance(0.35) else ""
        self.city, self.state, zp = pick(CITIES)
        self.zip = zp + digits(2) + ("-" + digits(4) if chance(0.15) else "")

    @property
    def line1(self) -> str:
        return "%s %s%s" % (self.num, self.street, (" " + self.unit) if self.unit else "")

    @property
    def with_city(self) -> str:
        return "%s, %s, %s" % (self.line1, self.city, self.state)

    @property
    def zip5(self) -> str:
        return self.zip[:5]


def intl_addr(cc: str) -> str:
    """Whole street line including postcode and city (labeled as one STREET_ADDRESS span)."""
    if cc == "DE":
        return "%s %d, %s %s" % (pick(["Schillerstraße", "Am Kirchberg", "Lindenallee", "Bahnhofstraße", "Goethestr.",
                                      "Hauptstraße"]), R.randint(1, 140),
                                pick(["80336", "10997", "50667", "60311", "70173"]),
                                pick(["München", "Berlin", "Köln", "Frankfurt am Main", "Stuttgart"]))
    if cc == "ES":
        return "%s %d, %dº %s, %s %s" % (pick(["Calle de Toledo", "Avenida de la Constitución", "Calle Mayor",
                                               "Carrer de Sants", "Paseo de Gracia"]), R.randint(1, 220), R.randint(1, 8),
                                        pick("ABCD"), pick(["28005", "41001", "08014", "46002"]),
                                        pick(["Madrid", "Sevilla", "Barcelona", "Valencia"]))
    if cc == "FR":
        return "%d %s, %s %s" % (R.randint(1, 180), pick(["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire",
                                                         "rue de la République", "impasse des Tilleuls"]),
                                pick(["69003", "75011", "13006", "31000", "33800"]),
                                pick(["Lyon", "Paris", "Marseille", "Toulouse", "Bordeaux"]))
    if cc == "MX":
        return "Av. %s %d, Col. %s, %s Ciudad de México" % (pick(["Insurgentes Sur", "Revolución", "Universidad"]),
                                                           R.randint(100, 3000), pick(["Del Valle", "Roma Norte",
                                                                                       "Narvarte"]),
                                                           pick(["03100", "06700", "03020"]))
    raise ValueError(cc)


def ipv4() -> str:
    first = pick([23, 34, 45, 52, 63, 73, 81, 98, 104, 151, 185, 203, 66, 71, 96])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv4_private() -> str:
    return pick(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                 "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 254)),
                 "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))])


def ipv6() -> str:
    return "2600:%s:%s:%s::%s" % (alnum(4, "0123456789abcdef"), alnum(4, "0123456789abcdef"),
                                   alnum(3, "0123456789abcdef"), alnum(2, "0123456789abcdef"))


# =============================================================================== checksummed identifiers

def luhn_digit(payload: str) -> str:
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(brand: str | None = None) -> tuple[str, str]:
    brand = brand or pick(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners", "unionpay", "visa19"])
    if brand == "visa":
        p = "4" + digits(14)
    elif brand == "visa19":
        p = "4" + digits(17)
    elif brand == "mc":
        p = "5" + str(R.randint(1, 5)) + digits(13)
    elif brand == "mc2":
        p = str(R.randint(2221, 2720)) + digits(11)
    elif brand == "amex":
        p = pick(["34", "37"]) + digits(12)
    elif brand == "disc":
        p = pick(["6011", "6445", "6500"]) + digits(11)
    elif brand == "jcb":
        p = str(R.randint(3528, 3589)) + digits(11)
    elif brand == "diners":
        p = "36" + digits(11)
    else:
        p = "62" + digits(13)
    return brand, p + luhn_digit(p)


def fmt_card(num: str, sep: str | None = None) -> str:
    sep = pick([" ", " ", "-", ""]) if sep is None else sep
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(g)


def cvv(num: str) -> str:
    return digits(4) if len(num) == 15 else digits(3)


def bad_luhn16() -> str:
    p = digits(15)
    return p + str((int(luhn_digit(p)) + R.randint(1, 9)) % 10)


def npi() -> str:
    p = str(R.randint(1, 2)) + digits(8)
    return p + luhn_digit("80840" + p)


def dea(last: str | None = None) -> str:
    init = ascii_fold(last)[0].upper() if last else pick("ABCDGHKLMPRSTW")
    if not init.isalpha():
        init = "X"
    d = [R.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pick("ABFGM") + init + "".join(map(str, d)) + str(c)


def aba() -> str:
    p = "%02d" % pick(list(range(1, 13)) + list(range(21, 33))) + digits(6)
    x = [int(c) for c in p]
    s = 3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5]
    return p + str((10 - s % 10) % 10)


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16, "AT": 20, "PL": 28, "PT": 25,
            "IE": 22, "CH": 21}


def iban(cc: str | None = None, grouped: bool | None = None) -> str:
    cc = cc or pick(list(IBAN_LEN))
    L = string.ascii_uppercase
    if cc in ("GB", "IE"):
        bban = alnum(4, L) + digits(14)
    elif cc == "NL":
        bban = alnum(4, L) + digits(10)
    elif cc == "IT":
        bban = alnum(1, L) + digits(22)
    elif cc == "FR":
        bank, branch, acct = digits(5), digits(5), digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + "%02d" % key
    else:
        bban = digits(IBAN_LEN[cc] - 4)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    s = cc + "%02d" % (98 - int(num) % 97) + bban
    assert len(s) == IBAN_LEN[cc]
    if grouped is None:
        grouped = chance(0.6)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def bic(cc: str) -> str:
    return alnum(4, string.ascii_uppercase) + cc + alnum(2, string.ascii_uppercase + "23456789") + (
        alnum(3, UPPER_DIG) if chance(0.4) else "")


def ssn(sep: str = "-") -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = "%03d%s%02d%s%04d" % (a, sep, R.randint(1, 99), sep, R.randint(1, 9999))
    return s


def itin(sep: str = "-") -> str:
    g = pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%02d%s%02d%s%04d" % (R.randint(0, 99), sep, g, sep, R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed: bool | None = None) -> str:
    an = MBI_L + string.digits
    s = (str(R.randint(1, 9)) + pick(MBI_L) + pick(an) + digits(1) + pick(MBI_L) + pick(an) + digits(1)
         + pick(MBI_L) + pick(MBI_L) + digits(2))
    if dashed if dashed is not None else chance(0.4):
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin() -> str:
    v = list(pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JHM", "WBA", "KM8", "1C4", "4T1", "5FN", "WVW"])
             + alnum(5, VIN_CH) + "0" + pick("GHJKLMNPRS") + alnum(1, VIN_CH) + digits(6))
    rem = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if rem == 10 else str(rem)
    return "".join(v)


def plate() -> str:
    return pick([str(R.randint(1, 9)) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3),
                 alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(4), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)])


def imei() -> str:
    p = pick(["35", "86", "01", "35"]) + digits(12)
    return p + luhn_digit(p)


def gtin14() -> str:
    p = pick(["0", "1"]) + pick(["0088", "0061", "0038", "0040"]) + digits(8)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(p)))
    return p + str((10 - s % 10) % 10)


def udi() -> str:
    s = "(01)" + gtin14() + "(17)%02d%02d%02d" % (R.randint(26, 30), R.randint(1, 12), R.randint(1, 28))
    s += "(10)" + alnum(R.randint(5, 8), UPPER_DIG)
    if chance(0.7):
        s += "(21)" + alnum(R.randint(6, 10), UPPER_DIG)
    return s


def dev_serial() -> str:
    return pick([alnum(3, string.ascii_uppercase) + digits(6) + pick("HSR"), "RNB" + digits(7),
                 digits(2) + alnum(1, string.ascii_uppercase) + digits(7), "SN" + digits(9)])


def mrn() -> str:
    return pick([digits(8), "E" + digits(7), digits(3) + "-" + digits(3) + "-" + digits(3), "M" + digits(8),
                 digits(10), "H" + digits(6)])


def member_id() -> str:
    return pick([alnum(3, string.ascii_uppercase) + digits(9), "W" + digits(9) + "01", digits(9) + "A",
                 "U" + digits(8) + "-01", "MCD" + digits(8), alnum(3, string.ascii_uppercase) + "H" + digits(8)])


def drivers_license() -> tuple[str, str]:
    st = pick(["CA", "TX", "FL", "NY", "IL", "WA", "PA", "NJ", "OH", "AZ"])
    if st == "CA":
        v = alnum(1, string.ascii_uppercase) + digits(7)
    elif st in ("TX", "PA"):
        v = digits(8)
    elif st == "FL":
        v = "%s%s-%s-%s-%s-%s" % (alnum(1, string.ascii_uppercase), digits(3), digits(3), digits(2), digits(3), digits(1))
    elif st == "NY":
        v = digits(3) + " " + digits(3) + " " + digits(3)
    elif st == "IL":
        v = "%s%s-%s-%s" % (alnum(1, string.ascii_uppercase), digits(3), digits(4), digits(4))
    elif st == "WA":
        v = "WDL" + alnum(9, UPPER_DIG)
    elif st == "NJ":
        v = alnum(1, string.ascii_uppercase) + digits(14)
    elif st == "OH":
        v = alnum(2, string.ascii_uppercase) + digits(6)
    else:
        v = alnum(1, string.ascii_uppercase) + digits(8)
    return st, v


def passport() -> str:
    return pick([digits(9), alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8)])


def bank_account() -> str:
    return digits(R.randint(8, 12))


# =============================================================================== secrets

def api_key(kind: str | None = None) -> tuple[str, str]:
    kind = kind or pick(["openai", "openai_proj", "anthropic", "aws", "github", "github_pat", "slack", "stripe",
                         "google", "sendgrid", "hf", "gitlab", "stripe_rk"])
    if kind == "openai":
        v = "sk-" + alnum(20) + "T3BlbkFJ" + alnum(20)
    elif kind == "openai_proj":
        v = "sk-proj-" + alnum(64, B64URL) + "T3BlbkFJ" + alnum(64, B64URL)
    elif kind == "anthropic":
        v = "sk-ant-api03-" + alnum(93, B64URL) + "AA"
    elif kind == "aws":
        v = pick(["AKIA", "ASIA"]) + alnum(16, string.ascii_uppercase + "234567")
    elif kind == "github":
        v = pick(["ghp_", "gho_", "ghs_"]) + alnum(36)
    elif kind == "github_pat":
        v = "github_pat_" + alnum(22, UPPER_DIG) + "_" + alnum(59)
    elif kind == "slack":
        v = pick(["xoxb-", "xoxp-"]) + digits(12) + "-" + digits(13) + "-" + alnum(24)
    elif kind == "stripe":
        v = "sk_live_" + alnum(R.randint(24, 99))
    elif kind == "stripe_rk":
        v = "rk_live_" + alnum(R.randint(24, 99))
    elif kind == "google":
        v = "AIza" + alnum(35, B64URL)
    elif kind == "sendgrid":
        v = "SG." + alnum(22, B64URL) + "." + alnum(43, B64URL)
    elif kind == "hf":
        v = "hf_" + alnum(34, string.ascii_letters)
    else:
        v = "glpat-" + alnum(20, B64URL)
    return kind, v


def aws_secret() -> str:
    return alnum(40, B64)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(sub: str | None = None) -> str:
    alg = pick(["HS256", "RS256", "ES256"])
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    payload = {"sub": sub or digits(7), "iat": 1760000000 + R.randint(0, 9999999)}
    payload["exp"] = payload["iat"] + pick([900, 3600, 86400])
    if chance(0.5):
        payload["scope"] = pick(["read:claims", "payments:write", "openid profile", "admin"])
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = alnum({"HS256": 43, "RS256": 342, "ES256": 86}[alg], B64URL)
    return head + "." + body + "." + sig


def pem(kind: str | None = None, escaped: bool = False) -> str:
    kind = kind or pick(["RSA", "OPENSSH", "EC", "PKCS8"])
    label = {"RSA": "RSA PRIVATE KEY", "OPENSSH": "OPENSSH PRIVATE KEY", "EC": "EC PRIVATE KEY",
             "PKCS8": "PRIVATE KEY"}[kind]
    start = {"RSA": "MIIEpAIBAAKCAQEA", "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
             "EC": "MHcCAQEEI", "PKCS8": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"}[kind]
    n_lines = {"RSA": R.randint(8, 14), "OPENSSH": R.randint(5, 9), "EC": 2, "PKCS8": R.randint(8, 14)}[kind]
    body = start + alnum(64 * n_lines - len(start), B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[-1] = lines[-1][:R.randint(20, 60)] + pick(["==", "=", ""])
    nl = "\\n" if escaped else "\n"
    return nl.join(["-----BEGIN %s-----" % label] + lines + ["-----END %s-----" % label])


WORDS = ["Summer", "Falcon", "Maple", "Chicago", "Tigers", "Bluebird", "Rocket", "Winter", "Panther", "Cobalt",
         "Lucky", "Mango", "Harbor", "Nimbus", "Saturn"]


def password() -> str:
    return pick([pick(WORDS) + str(R.randint(1, 2025)) + pick("!@#$%*?"),
                 alnum(R.randint(12, 18), string.ascii_letters + string.digits + "!#%^*-_"),
                 pick(WORDS).lower() + pick(["_", ".", "-"]) + pick(WORDS).lower() + digits(2),
                 pick(WORDS)[0] + alnum(3, string.ascii_lowercase) + "#" + digits(4) + pick(WORDS)[:2].lower()])


# =============================================================================== templates

POSITIVE: list = []
NEGATIVE: list = []


def pos(domain: str, fmt: str):
    def deco(fn):
        POSITIVE.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


def neg(domain: str, fmt: str):
    def deco(fn):
        NEGATIVE.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


P = "PERSON"
DT = "DATE_TIME"

DOCTORS_ORG = ["Lakeshore Internal Medicine", "Mesa Verde Cardiology", "Riverbend Family Practice",
               "St. Brendan's Regional", "Northgate Ortho Associates", "Pinecrest Geriatrics"]


# ----------------------------------------------------------------------------- clinical

@pos("clinical", "note")
def p_soap_note(d: Doc):
    pt, doc = Person(), Person()
    old = chance(0.4)
    age = old_age() if old else R.randint(24, 84)
    d("Please tidy this SOAP note into proper English, keep all facts:\n\n")
    d("Pt: ", (P, pt.style(pick(["title", "caps", "lf"]))), "   MRN ", ("MEDICAL_RECORD_NUMBER", mrn()),
      "   DOB ", (DT, fdate(dob(old))), "\n")
    d("DOS: ", (DT, fdate(visit())), "\n")
    d("S: ")
    if old:
        d(("AGE", str(age)), pick(["yo ", " y/o ", "-year-old "]))
    else:
        d(str(age), pick(["yo ", " y/o "]))
    d(pick(["c/o worsening SOB x3d, 2 pillow orthopnea", "here for f/u HTN, reports dizziness on standing",
            "L knee pain after fall at home, no LOC", "cough productive of yellow sputum, subj fevers"]), "\n")
    d("O: BP ", str(R.randint(102, 168)), "/", str(R.randint(58, 98)), " HR ", str(R.randint(58, 112)),
      " SpO2 ", str(R.randint(89, 99)), "% RA. ", pick(["Bibasilar crackles.", "No edema.", "Mild effusion L knee."]), "\n")
    d("A: ", pick(["CHF exacerbation", "orthostatic hypotension", "contusion vs. meniscal tear", "CAP"]), "\n")
    d("P: ", pick(["furosemide 40 mg IV, daily weights", "hold lisinopril, BMP in 1 wk", "XR L knee, RICE",
                   "amoxicillin 1 g TID x5d"]), ". F/u w/ PCP.\n")
    d("— ", (P, doc.style(pick(["title", "mi"]))), pick([", MD", ", DO", ", NP", ""]), " (NPI ", ("US_NPI", npi()), ")")


@pos("clinical", "note")
def p_discharge_summary(d: Doc):
    pt, att, pcp = Person(), Person(), Person()
    a = visit()
    dis = (a[0], a[1], min(28, a[2] + R.randint(1, 5)))
    how = pick(["us", "long", "iso"])
    d("DISCHARGE SUMMARY\n")
    d("Patient Name: ", (P, pt.style(pick(["LF", "lf", "caps"]))), "\n")
    d("Medical Record #: ", ("MEDICAL_RECORD_NUMBER", mrn()), "\n")
    d("Date of Birth: ", (DT, fdate(dob(), how)), "\n")
    d("Admission Date: ", (DT, fdate(a, how)), "    Discharge Date: ", (DT, fdate(dis, how)), "\n")
    d("Attending: Dr. ", (P, att.style("title")), "\n\n")
    d("Hospital course: admitted with ", pick(["DKA", "sepsis secondary to UTI", "NSTEMI", "acute pancreatitis"]),
      ". Treated per protocol; improved. Discharged home with ", pick(["daughter", "son", "spouse", "home health"]), ".\n")
    d("Follow-up: PCP ", (P, pcp.style("title")), " within 7 days, office ", ("PHONE_NUMBER", phone()), ".\n")
    d("Home address on file: ", ("STREET_ADDRESS", Addr().with_city), "\n")
    d("\nCan you write the patient-friendly version of this at a 6th grade reading level?")


@pos("clinical", "note")
def p_nursing_handoff(d: Doc):
    pt, kin, rn = Person(), Person(), Person()
    age = old_age()
    d(pick(["handoff notes from night shift, pls turn into SBAR:", "SBAR pls, going off shift:"]), "\n")
    d("rm ", str(R.randint(200, 699)), pick(["A", "B", ""]), " - ", (P, pt.style(pick(["lower", "title", "lf"]))), ", ",
      ("AGE", str(age)), pick(["F", "M", "yoF", "yoM"]), ", hx afib on apixaban, ",
      pick(["fall risk, bed alarm on", "NPO after midnight for EGD", "new confusion since 0200"]), "\n")
    d("mrn ", ("MEDICAL_RECORD_NUMBER", mrn()), " admitted ", (DT, fdate(visit(), pick(["us", "us2"]))), "\n")
    d("family: ", pick(["daughter", "niece"] if kin.sex == "f" else ["son", "grandson"]), " ", (P, kin.style(pick(["title", "lower"]))),
      " wants a call if anything changes ", ("PHONE_NUMBER", phone()), "\n")
    d("pain 3/10, last dose oxy 0400. foley d/c'd. -", (P, rn.first.lower() if chance(0.5) else rn.first), " RN")


@pos("clinical", "email")
def p_referral_letter(d: Doc):
    spec, pt, ref = Person(), Person(), Person()
    d("Subject: Referral - ", (P, pt.style("title")), "\n\n")
    d("Dear Dr. ", (P, spec.last), ",\n\n")
    d("I am referring my patient ", (P, pt.style(pick(["title", "mi"]))), " (DOB ", (DT, fdate(dob())), ", Medicare MBI ",
      ("US_MBI", mbi()), ") for evaluation of ", pick(["refractory GERD", "a thyroid nodule", "CKD stage 3b",
                                                         "new-onset seizures"]), ".\n")
    d("Relevant records are attached. Please fax your consult note to ", ("PHONE_NUMBER", phone()),
      " or call my nurse line at ", ("PHONE_NUMBER", phone()), ".\n\n")
    d("Sincerely,\n", (P, ref.style("title")), ", MD\n", pick(DOCTORS_ORG), "\nNPI ", ("US_NPI", npi()), "\n\n")
    d("---\nmake this letter sound more urgent but still polite")


@pos("clinical", "hl7")
def p_hl7_adt(d: Doc):
    pt, att = Person(), Person()
    a = Addr()
    ts = "%d%02d%02d%02d%02d" % (*visit(), R.randint(0, 23), R.randint(0, 59))
    d("what does this ADT^A01 mean, is PV1 wrong?\n\n")
    d("MSH|^~\\&|EPIC|", pick(["RBMC", "STB", "LKSH"]), "|HL7RCV|ADT|", "2025%02d%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)),
      "||ADT^A01|MSG", digits(8), "|P|2.5.1\r\n")
    d("PID|1||", ("MEDICAL_RECORD_NUMBER", mrn().replace("-", "")), "^^^", pick(["RBMC", "STB"]), "^MR||",
      (P, pt.style("hl7")), "||", (DT, fdate(dob(chance(0.3)), "hl7")), "|", pick(["F", "M"]), "|||",
      ("STREET_ADDRESS", a.line1.upper()), "^^", a.city.upper(), "^", a.state, "^", ("US_ZIP_CODE", a.zip5),
      "||^PRN^PH^^1^", ("PHONE_NUMBER", phone("compact")), "||||||", ("US_SSN", ssn("")), "\r\n")
    d("PV1|1|I|4W^412^B||||", ("US_NPI", npi()), "^", (P, att.style("hl7")), "^^^^MD||||||||||||", digits(9), "|||||||||||||||||||||||||",
      (DT, ts), "\r\n")


@pos("clinical", "fhir")
def p_fhir_patient(d: Doc):
    pt = Person()
    a = Addr()
    d("Why does the FHIR validator reject this Patient? ```json\n")
    d('{\n  "resourceType": "Patient",\n  "id": "', digits(6), '",\n')
    d('  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.', digits(4), '", "type": {"text": "MRN"}, "value": "',
      ("MEDICAL_RECORD_NUMBER", mrn()), '"}],\n')
    d('  "name": [{"use": "official", "family": "', (P, pt.last), '", "given": ["', (P, pt.first), '"]}],\n')
    d('  "telecom": [{"system": "phone", "value": "', ("PHONE_NUMBER", phone()), '"}, {"system": "email", "value": "',
      ("EMAIL_ADDRESS", pt.email()), '"}],\n')
    d('  "birthDate": "', (DT, fdate(dob(), "iso")), '",\n')
    d('  "address": [{"line": ["', ("STREET_ADDRESS", a.line1), '"], "city": "', a.city, '", "state": "', a.state,
      '", "postalCode": "', ("US_ZIP_CODE", a.zip), '"}]\n}\n```')


@pos("clinical", "chat")
def p_rx_check_chat(d: Doc):
    pt, doc = Person(), Person()
    d(pick(["pharmacist here.", "hi, tech at a retail pharmacy."]), " got a script for ",
      pick(["oxycodone 10mg #90", "alprazolam 1mg #60", "Adderall 20mg #30", "hydrocodone/APAP 5/325 #40"]),
      " for ", (P, pt.style(pick(["title", "lower"]))), " dob ", (DT, fdate(dob(), pick(["us", "us2"]))),
      ". prescriber is dr ", (P, doc.last if chance(0.5) else doc.full), ", DEA ", ("US_DEA", dea(doc.last)), " NPI ",
      ("US_NPI", npi()), ". does the DEA number format look legit? the handwriting is bad and i want to verify before filling")


@pos("clinical", "note")
def p_device_implant(d: Doc):
    pt, doc = Person(), Person()
    d("Implant record — please convert to a table for the device registry.\n")
    d("Patient: ", (P, pt.style(pick(["title", "LF"]))), " | MRN: ", ("MEDICAL_RECORD_NUMBER", mrn()), "\n")
    d("Procedure date: ", (DT, fdate(visit())), "\n")
    d("Device: ", pick(["dual-chamber pacemaker", "ICD", "insulin pump", "cochlear implant processor",
                        "spinal cord stimulator"]), "\n")
    d("UDI: ", ("DEVICE_ID", udi()), "\n")
    d("Serial No.: ", ("DEVICE_ID", dev_serial()), "\n")
    d("Implanting physician: ", (P, doc.style("title")), ", MD")


@pos("clinical", "chat")
def p_grandparent_chat(d: Doc):
    gp = Person()
    age = old_age()
    words = chance(0.3)
    d(pick(["ok so", "hey", "quick q -", "hi"]), " my ", pick(["grandma", "nana", "great-aunt", "grandpa", "abuelita"]),
      " ", (P, pick([gp.first.lower(), gp.first, gp.full.lower()])))
    if words:
        d(" is a ", ("AGE", NUM_WORDS[min(age, 99)]), "-year-old ")
    else:
        d(" is ", ("AGE", str(age)), pick([" yrs old ", " and ", " y/o "]))
    d(pick(["and shes been really confused since the uti", "n keeps forgetting her meds",
            "and her ankles r super swollen", "and the nursing home wants to start her on seroquel"]),
      ". ", pick(["is that normal at that age??", "what should i ask the dr", "should we go to er"]),
      " she lives at ", ("STREET_ADDRESS", Addr().with_city), " if that matters for which er")


@pos("clinical", "csv")
def p_lab_csv(d: Doc):
    d("Flag anything critical in these results:\n\n")
    d("patient_name,mrn,dob,collected,test,result,units\n")
    for _ in range(R.randint(3, 5)):
        p = Person()
        d('"', (P, p.style("lf")), '",', ("MEDICAL_RECORD_NUMBER", mrn()), ",", (DT, fdate(dob(), "iso")), ",",
          (DT, fdate(visit(), "iso")), ",")
        t = pick([("K", "%.1f" % R.uniform(2.8, 6.4), "mmol/L"), ("Na", str(R.randint(122, 151)), "mmol/L"),
                  ("Hgb", "%.1f" % R.uniform(6.1, 15.9), "g/dL"), ("Trop I", "%.2f" % R.uniform(0, 2.5), "ng/mL")])
        d(t[0], ",", t[1], ",", t[2], "\n")


@pos("clinical", "note")
def p_hospice_note(d: Doc):
    pt, kin = Person(), Person()
    age = old_age()
    d("Help me write a condolence letter based on this:\n")
    d("Hospice death note. ", (P, pt.style(pick(["title", "mi"]))), ", ", ("AGE", str(age)),
      pick(["-year-old", " year old", "yo"]), ", pronounced at ", "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)),
      " on ", (DT, fdate(visit(), pick(["long", "us"]))), ". DOB ", (DT, fdate(dob(True))), ". Family at bedside.\n")
    d("Next of kin: ", (P, kin.style("title")), " (", pick(["daughter", "wife"] if kin.sex == "f" else ["son", "nephew"]), "), ",
      ("PHONE_NUMBER", phone()), ", ", ("EMAIL_ADDRESS", kin.email()), "\n")


@pos("clinical", "note")
def p_spanish_clinical(d: Doc):
    pt, doc = Person("hispanic"), Person("hispanic")
    d("Traduce al inglés esta nota de urgencias por favor:\n\n")
    d("Paciente: ", (P, pt.style(pick(["title", "caps"]))), "\n")
    d("Fecha de nacimiento: ", (DT, fdate(dob(), pick(["eu", "es_long"]))), "\n")
    d("Fecha de ingreso: ", (DT, fdate(visit(), "eu")), "\n")
    d("N.º de historia clínica: ", ("MEDICAL_RECORD_NUMBER", mrn()), "\n")
    d("Domicilio: ", ("STREET_ADDRESS", intl_addr(pick(["ES", "MX"]))), "\n")
    d("Teléfono: ", ("PHONE_NUMBER", intl_phone(pick(["ES", "MX"]))), "\n")
    d("Motivo de consulta: dolor torácico opresivo de 2 horas de evolución. ECG sin elevación del ST.\n")
    d("Médico: ", "Dra. " if doc.sex == "f" else "Dr. ", (P, doc.style("title")))


@pos("clinical", "email")
def p_german_referral(d: Doc):
    pt, doc, rec = Person("german"), Person(pick(["german", "turkish", "slavic"])), Person("german")
    old = chance(0.5)
    d("Kannst du diese Überweisung ins Englische übersetzen?\n\n")
    d("Sehr geehrte Frau Dr. " if rec.sex == "f" else "Sehr geehrter Herr Dr. ", (P, rec.last), ",\n\n")
    d("wir überweisen ", "Frau" if pt.sex == "f" else "Herrn", " ", (P, pt.style("title")), ", geb. ",
      (DT, fdate(dob(old), pick(["de", "de_long"]))))
    if old:
        d(" (", ("AGE", str(R.randint(90, 96))), " Jahre)")
    d(", wohnhaft ", ("STREET_ADDRESS", intl_addr("DE")), ", Tel. ", ("PHONE_NUMBER", intl_phone("DE")),
      ", zur Abklärung einer ", pick(["Herzinsuffizienz", "Anämie", "Demenz"]), ".\n")
    d("Aufnahme bei uns am ", (DT, fdate(visit(), "de")), ".\n\nMit freundlichen Grüßen\n", (P, doc.style("title")))


@pos("clinical", "tool_call")
def p_radiology_toolcall(d: Doc):
    pt = Person()
    q = '\\"'
    d('{"role": "assistant", "content": null, "tool_calls": [{"id": "call_', alnum(24), '", "type": "function", ',
      '"function": {"name": "schedule_imaging", "arguments": "{', q, 'patient_name', q, ': ', q, (P, pt.full), q, ', ',
      q, 'mrn', q, ': ', q, ("MEDICAL_RECORD_NUMBER", mrn()), q, ', ', q, 'dob', q, ': ', q,
      (DT, fdate(dob(), "iso")), q, ', ', q, 'modality', q, ': ', q, pick(["CT", "MRI", "US"]), q, ', ',
      q, 'ordering_npi', q, ': ', q, ("US_NPI", npi()), q, ', ', q, 'callback', q, ': ', q,
      ("PHONE_NUMBER", phone("dash")), q, '}"}}]}\n\n')
    d("^ the model produced this tool call, why is the arguments field a string and not an object?")


@pos("clinical", "log")
def p_telehealth_log(d: Doc):
    pt = Person()
    sid = alnum(10, string.ascii_lowercase + string.digits)
    d("our video visits keep dropping, here's the log:\n")
    base = "2025-%02d-%02dT%02d:" % (R.randint(1, 12), R.randint(1, 28), R.randint(8, 18))
    d(base, "01:07Z INFO session.create id=", sid, " patient=", ("EMAIL_ADDRESS", pt.email()), " ip=", ("IP_ADDRESS", ipv4()), "\n")
    d(base, "01:09Z INFO join url=", ("URL", "https://visit.%s/room/%s?pt=%s" % (pick(CORP_DOMAINS), sid, alnum(12))),
      "\n")
    d(base, "03:44Z WARN ice.failed peer=", ("IP_ADDRESS", pick([ipv4(), ipv6()])), " retry=3\n")
    d(base, "03:45Z ERROR session.drop id=", sid, " reason=TURN_TIMEOUT\n")


@pos("clinical", "markdown_table")
def p_immunization_md(d: Doc):
    d("Convert this to a CSV for the state registry upload:\n\n| Name | DOB | Vaccine | Date given | Lot |\n|---|---|---|---|---|\n")
    for _ in range(R.randint(3, 5)):
        p = Person()
        d("| ", (P, p.style(pick(["title", "lf"]))), " | ", (DT, fdate(dob(), "us")), " | ",
          pick(["Tdap", "MMR", "Flu 2025-26", "COVID-19 2025-26", "HepB #2"]), " | ", (DT, fdate(visit(), "us")), " | ",
          alnum(2, string.ascii_uppercase) + digits(4), " |\n")


@pos("clinical", "chat")
def p_ed_triage_chat(d: Doc):
    pt = Person()
    age = old_age()
    d("triage nurse. summarize for the attending: ", (P, pt.style("caps")), " ", ("AGE", str(age)),
      pick(["yo", " y.o.", "-yr-old"]), " brought in by ems from ", pick(["assisted living", "home"]), ", ",
      pick(["gcs 13", "hypotensive 82/50", "hip deformity after fall"]), ". dnr on file. ",
      "pcp fax ", ("PHONE_NUMBER", phone()), ". pt ssn on the ems sheet is ", ("US_SSN", ssn()), " - do we need that in the note?")


# ----------------------------------------------------------------------------- insurance

@pos("insurance", "statement")
def p_eob(d: Doc):
    m, prov = Person(), Person()
    d("Explain this EOB to me like I'm 12, why do I owe money?\n\n")
    d("EXPLANATION OF BENEFITS — THIS IS NOT A BILL\n")
    d("Member: ", (P, m.style(pick(["caps", "title"]))), "     Member ID: ", ("HEALTH_PLAN_ID", member_id()),
      "     Group: ", digits(6), "\n")
    d("Claim #: ", digits(12), "   Provider: ", (P, prov.style("title")), ", ", pick(["MD", "DPM", "DC"]), "\n")
    d("Service date: ", (DT, fdate(visit(), "us")), "\n")
    amt = R.randint(180, 2400)
    d("Billed $", "%d.00" % amt, "  Allowed $", "%d.00" % (amt * 6 // 10), "  Plan paid $", "%d.00" % (amt * 4 // 10),
      "  You owe $", "%d.00" % (amt * 2 // 10), "\n")
    d("CPT 99214, 36415. Remark code N130.")


@pos("insurance", "json")
def p_claim_json(d: Doc):
    sub = Person()
    a = Addr()
    d("Validate this claim payload against our schema, which fields are missing?\n")
    d('{"claim": {"subscriber": {"first_name": "', (P, sub.first), '", "last_name": "', (P, sub.last),
      '", "member_id": "', ("HEALTH_PLAN_ID", member_id()), '", "dob": "', (DT, fdate(dob(), "iso")),
      '", "address": {"line1": "', ("STREET_ADDRESS", a.line1), '", "city": "', a.city, '", "state": "', a.state,
      '", "zip": "', ("US_ZIP_CODE", a.zip5), '"}}, "service_lines": [{"cpt": "', pick(["97110", "99213", "73721"]),
      '", "dos": "', (DT, fdate(visit(), "iso")), '", "charge": ', str(R.randint(90, 900)),
      '}], "rendering_npi": "', ("US_NPI", npi()), '"}}')


@pos("insurance", "email")
def p_prior_auth_email(d: Doc):
    m, rn, doc = Person(), Person(), Person()
    d("From: ", (P, rn.full), " <", ("EMAIL_ADDRESS", rn.email(pick(CORP_DOMAINS))), ">\n")
    d("To: ", ("EMAIL_ADDRESS", "priorauth@" + pick(["larkspur-ins.com", "cobaltmutual.com"])), "\n")
    d("Subject: PA request ", pick(["MRI lumbar", "Humira", "CGM supplies"]), "\n\n")
    d("Hello, requesting prior authorization for member ", (P, m.style("title")), ", ID ",
      ("HEALTH_PLAN_ID", member_id()), ", DOB ", (DT, fdate(dob())), ". Ordering provider Dr. ",
      (P, doc.style("title")), " (NPI ", ("US_NPI", npi()), "). Clinicals attached. Fax determination to ",
      ("PHONE_NUMBER", phone()), ".\n\nThanks,\n", (P, rn.first), "\n\n")
    d("-- can you draft a follow up since they haven't answered in 5 business days")


@pos("insurance", "transcript")
def p_medicare_call(d: Doc):
    c, ag = Person(), Person()
    a = Addr()
    old = chance(0.4)
    d("Summarize this call for the case notes:\n\n")
    d("AGENT: Thank you for calling, this is ", (P, ag.first), ". Can I have the member's name?\n")
    d("CALLER: Yes, ", (P, c.style("title")), ". I'm calling for myself.\n")
    d("AGENT: And your Medicare number off the red white and blue card?\n")
    d("CALLER: ", ("US_MBI", mbi()), "\n")
    d("AGENT: Date of birth?\n")
    d("CALLER: ", (DT, fdate(dob(True) if old else ymd(1938, 1959), "long")))
    if old:
        d(". I'm ", ("AGE", str(R.randint(90, 97))), " now, so bear with me.\n")
    else:
        d(".\n")
    d("AGENT: And the address we should mail the new card to?\n")
    d("CALLER: ", ("STREET_ADDRESS", a.with_city), " ", ("US_ZIP_CODE", a.zip5), ".\n")
    d("AGENT: Got it. Your replacement card will arrive in 10 to 14 days.")


@pos("insurance", "form")
def p_auto_claim_form(d: Doc):
    ph = Person()
    st, dl = drivers_license()
    d("fix the grammar in this FNOL form before I submit:\n\n")
    d("Policyholder name: ", (P, ph.style(pick(["title", "caps"]))), "\n")
    d("Phone: ", ("PHONE_NUMBER", phone()), "\n")
    d("Driver's license (", st, "): ", ("US_DRIVER_LICENSE", dl), "\n")
    d("Vehicle VIN: ", ("VEHICLE_ID", vin()), "\n")
    d("License plate: ", ("VEHICLE_ID", plate()), "\n")
    d("Policy #: ", alnum(2, string.ascii_uppercase) + "-" + digits(8), "\n")
    d("Description: me and other car was both turning left and he hit my passanger side, nobody hurt, his insurance "
      "is ", pick(["GEICO", "Progressive", "State Farm"]), ".")


@pos("insurance", "form")
def p_life_beneficiary(d: Doc):
    ins, ben = Person(), Person()
    d("Is this beneficiary change form filled in correctly?\n\n")
    d("INSURED: ", (P, ins.style("LF")), "   SSN: ", ("US_SSN", ssn()), "   DOB: ", (DT, fdate(dob(True), "us")),
      "   AGE: ", ("AGE", str(old_age())), "\n")
    d("PRIMARY BENEFICIARY: ", (P, ben.style("LF")), "   Relationship: ", pick(["Daughter", "Granddaughter"] if ben.sex == "f" else ["Son", "Grandson"]),
      "   SSN: ", ("US_SSN", ssn()), "   Share: 100%\n")
    d("Policy number: LF", digits(9), "\n")


@pos("insurance", "csv")
def p_member_roster_csv(d: Doc):
    d("dedupe this member file, some people are in there twice:\n\nlast_name,first_name,member_id,dob,zip\n")
    ps = [Person() for _ in range(R.randint(3, 5))]
    ps.append(ps[0])
    for p in ps:
        d((P, p.last), ",", (P, p.first), ",", ("HEALTH_PLAN_ID", member_id()), ",", (DT, fdate(dob(), "us")), ",",
          ("US_ZIP_CODE", pick(CITIES)[2] + digits(2)), "\n")


@pos("insurance", "email")
def p_french_insurance(d: Doc):
    c, ag = Person("french"), Person("french")
    d("Traduis ce courriel en anglais stp :\n\n")
    d("Bonjour Madame " if c.sex == "f" else "Bonjour Monsieur ", (P, c.last), ",\n\n")
    d("Suite à votre sinistre du ", fdate(visit(), "fr_long"), ", nous procéderons au remboursement sur le compte IBAN ",
      ("IBAN_CODE", iban("FR")), " (BIC ", ("SWIFT_CODE", bic("FR")), ").\n")
    d("Votre adresse enregistrée : ", ("STREET_ADDRESS", intl_addr("FR")), ".\n")
    d("Pour toute question : ", ("PHONE_NUMBER", intl_phone("FR")), ".\n\nCordialement,\n", (P, ag.style("title")),
      "\nService Indemnisation")


@pos("insurance", "tool_call")
def p_anthropic_member_lookup(d: Doc):
    m = Person()
    d('{"role": "assistant", "content": [{"type": "text", "text": "Let me look that member up."}, {"type": "tool_use", ',
      '"id": "toolu_01', alnum(22), '", "name": "lookup_member", "input": {"member_name": "', (P, m.full),
      '", "member_id": "', ("HEALTH_PLAN_ID", member_id()), '", "date_of_birth": "', (DT, fdate(dob(), "iso")),
      '", "mbi": "', ("US_MBI", mbi(False)), '"}}]}\n\nwhy does my handler crash on this block')


# ----------------------------------------------------------------------------- banking

@pos("banking", "email")
def p_wire_request(d: Doc):
    cl, rm = Person(), Person()
    cc = pick(["DE", "GB", "ES", "NL", "IT", "PL", "CH"])
    d("Re: wire instructions\n\nHi ", (P, rm.first), ",\n\nPlease wire EUR ", "{:,}".format(R.randint(2, 90) * 1000),
      " to my account abroad:\n")
    d("Beneficiary: ", (P, cl.style(pick(["title", "caps"]))), "\n")
    d("IBAN: ", ("IBAN_CODE", iban(cc)), "\n")
    d("SWIFT/BIC: ", ("SWIFT_CODE", bic(cc if cc != "GB" else "GB")), "\n")
    d("Debit from checking ", ("US_BANK_ACCOUNT", bank_account()), ".\n\nThanks,\n", (P, cl.first), "\n\n")
    d("(is this enough info for an international wire or do they need more?)")


@pos("banking", "chat")
def p_ach_chat(d: Doc):
    p = Person()
    d(pick(["setting up autopay for my mortgage", "my employer needs direct deposit info",
            "filling a tax refund direct deposit"]), ". routing ", ("US_ROUTING_NUMBER", aba()), " account ",
      ("US_BANK_ACCOUNT", bank_account()), " - name on account ", (P, p.style(pick(["lower", "title"]))),
      ". which one is checking vs routing on the check, i always mix them up lol")


@pos("banking", "statement")
def p_bank_statement(d: Doc):
    h = Person()
    a = Addr()
    d("Categorize these transactions for my budget:\n\n")
    d((P, h.style("caps")), "\n", ("STREET_ADDRESS", a.line1.upper()), "\n", a.city.upper(), " ", a.state, " ",
      ("US_ZIP_CODE", a.zip5), "\n")
    d("Account number: ", ("US_BANK_ACCOUNT", bank_account()), "   Statement period 10/01/2025 - 10/31/2025\n\n")
    for _ in range(R.randint(3, 5)):
        day = "10/%02d" % R.randint(1, 31)
        k = R.randrange(4)
        if k == 0:
            d(day, "  ZELLE TO ", (P, Person().style("caps")), "  -", "%d.00" % R.randint(20, 400), "\n")
        elif k == 1:
            d(day, "  ZELLE FROM ", (P, Person().style("caps")), "  +", "%d.00" % R.randint(20, 400), "\n")
        elif k == 2:
            d(day, "  ", pick(["KROGER #0412", "SHELL OIL 5744", "NETFLIX.COM", "CVS/PHARMACY 08812"]), "  -",
              "%.2f" % R.uniform(5, 150), "\n")
        else:
            d(day, "  VENMO PAYMENT ", digits(10), "  -", "%.2f" % R.uniform(5, 90), "\n")


@pos("banking", "json")
def p_loan_application(d: Doc):
    ap = Person()
    a = Addr()
    d("POST /v2/applications\n")
    d('{\n  "applicant": {\n    "full_name": "', (P, ap.full), '",\n    "ssn": "', ("US_SSN", ssn()), '",\n')
    d('    "date_of_birth": "', (DT, fdate(dob(), "iso")), '",\n    "email": "', ("EMAIL_ADDRESS", ap.email()), '",\n')
    d('    "mobile": "', ("PHONE_NUMBER", phone("e164")), '",\n    "residence": {"street": "', ("STREET_ADDRESS", a.line1),
      '", "city": "', a.city, '", "state": "', a.state, '", "zip": "', ("US_ZIP_CODE", a.zip5), '"}\n  },\n')
    d('  "employer": "', pick(["Tidewater Logistics", "Kroger", "Banner Health", "self"]), '",\n  "annual_income": ',
      str(R.randint(32, 240) * 1000), ',\n  "loan_amount": ', str(R.randint(5, 60) * 1000), '\n}\n')
    d("this returns 422 'invalid applicant' - what's wrong with the body?")


@pos("banking", "sql")
def p_sql_customers(d: Doc):
    d("Is this migration safe to run on prod?\n\nINSERT INTO customers (id, full_name, email, ssn, birth_date, phone) VALUES\n")
    n = R.randint(2, 4)
    for i in range(n):
        c = Person()
        d("  (", str(R.randint(1000, 99999)), ", '", (P, c.full.replace("'", "''")), "', '", ("EMAIL_ADDRESS", c.email()),
          "', '", ("US_SSN", ssn()), "', '", (DT, fdate(dob(), "iso")), "', '", ("PHONE_NUMBER", phone("dash")), "')",
          ",\n" if i < n - 1 else ";\n")


@pos("banking", "yaml")
def p_kyc_yaml(d: Doc):
    c = Person()
    st, dl = drivers_license()
    d("kyc_case:\n  case_ref: KYC-", digits(6), "\n  customer:\n    name: ", (P, c.style("title")), "\n")
    d("    dob: ", (DT, fdate(dob(), "iso")), "\n")
    if chance(0.5):
        d("    itin: ", ("US_ITIN", itin()), "\n")
    else:
        d("    ssn: ", ("US_SSN", ssn()), "\n")
    d("    passport_number: ", ("US_PASSPORT", passport()), "\n    drivers_license:\n      state: ", st,
      "\n      number: ", ("US_DRIVER_LICENSE", dl), "\n  status: pending_review\n\n")
    d("write a python function that loads this and checks every required field is present")


@pos("banking", "chat")
def p_german_sepa_chat(d: Doc):
    e, s = Person(pick(["german", "turkish", "slavic"])), Person("german")
    d("Formuliere bitte eine höfliche Zahlungserinnerung. Daten: Empfänger ", (P, e.style("title")), ", IBAN ",
      ("IBAN_CODE", iban(pick(["DE", "AT"]))), ", BIC ", ("SWIFT_CODE", bic(pick(["DE", "AT"]))),
      ", Betrag ", str(R.randint(40, 900)), ",00 €, Rechnung Nr. ", digits(5), ". Absender: ", (P, s.style("title")))


@pos("banking", "transcript")
def p_fraud_dispute_call(d: Doc):
    c, ag = Person(), Person()
    brand, num = card()
    d("Turn this transcript into a dispute form:\n\n")
    d("[00:00:04] Agent (", (P, ag.first), "): Fraud department, how can I help?\n")
    d("[00:00:09] Customer: Hi, this is ", (P, c.style(pick(["title", "lower"]))),
      ", there are three charges I didn't make.\n")
    d("[00:00:21] Agent: I'm sorry to hear that. Can you read me the full card number?\n")
    d("[00:00:26] Customer: ", ("CREDIT_CARD", fmt_card(num, " ")), ".\n")
    d("[00:00:40] Agent: And the security code on the back?\n")
    d("[00:00:44] Customer: ", ("CARD_SECURITY_CODE", cvv(num)), ".\n")
    d("[00:00:51] Agent: And a callback number?\n")
    d("[00:00:55] Customer: ", ("PHONE_NUMBER", phone()), ".\n")
    d("[00:01:30] Agent: I've blocked the card; a new one ships in 5-7 business days.")


@pos("banking", "chat")
def p_tax_prep_chat(d: Doc):
    me, sp, kid = Person(), Person(), Person()
    kid.last = me.last
    d("doing taxes for my family, is it ok that my spouse ", (P, sp.first), " uses an ITIN? mine is ", ("US_SSN", ssn()),
      ", theirs is ", ("US_ITIN", itin()), " and our kid ", (P, kid.first + " " + kid.last), " (born ",
      (DT, fdate(ymd(2012, 2022), "us")), ") has ssn ", ("US_SSN", ssn()), ". can we file jointly?")


@pos("banking", "ini")
def p_payroll_ini(d: Doc):
    d("; payroll export config - why does the bank reject the file?\n[company]\nname = Brightpath Staffing\nach_id = ",
      digits(10), "\n\n")
    for _ in range(R.randint(2, 3)):
        e = Person()
        d("[employee.", str(R.randint(100, 999)), "]\nname = ", (P, e.full), "\nrouting = ", ("US_ROUTING_NUMBER", aba()),
          "\naccount = ", ("US_BANK_ACCOUNT", bank_account()), "\ntype = ", pick(["checking", "savings"]), "\n\n")


# ----------------------------------------------------------------------------- payments

@pos("payments", "code")
def p_stripe_python(d: Doc):
    c = Person()
    d("why does this throw AuthenticationError?\n\n```python\nimport stripe\n\nstripe.api_key = \"",
      ("API_KEY", api_key(pick(["stripe", "stripe_rk"]))[1]), "\"\n\n")
    d("customer = stripe.Customer.create(\n    email=\"", ("EMAIL_ADDRESS", c.email()), "\",\n    name=\"", (P, c.full),
      "\",\n    phone=\"", ("PHONE_NUMBER", phone("e164")), "\",\n)\nprint(customer.id)\n```")


@pos("payments", "log")
def p_payment_log(d: Doc):
    c = Person()
    brand, num = card()
    d("found this in our gateway logs, is this a PCI problem?\n\n")
    t = "2025-11-%02d %02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))
    d(t, ":12.481 DEBUG charge.request merchant=M", digits(6), " pan=", ("CREDIT_CARD", num), " exp=",
      "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), " cvv=", ("CARD_SECURITY_CODE", cvv(num)), "\n")
    d(t, ":12.502 DEBUG charge.request billing_email=", ("EMAIL_ADDRESS", c.email()), " client_ip=", ("IP_ADDRESS", ipv4()),
      "\n")
    d(t, ":13.017 INFO charge.response status=declined code=05 txn=", alnum(16, string.ascii_lowercase + string.digits), "\n")


@pos("payments", "json")
def p_checkout_json(d: Doc):
    c = Person()
    a = Addr()
    brand, num = card()
    d('Debug this checkout request, the processor says AVS mismatch:\n{\n  "amount": ', str(R.randint(500, 99999)),
      ',\n  "currency": "usd",\n  "payment_method": {\n    "card": {\n      "number": "', ("CREDIT_CARD", num),
      '",\n      "exp_month": ', str(R.randint(1, 12)), ',\n      "exp_year": ', str(R.randint(2026, 2031)),
      ',\n      "cvc": "', ("CARD_SECURITY_CODE", cvv(num)), '"\n    },\n    "billing_details": {\n      "name": "',
      (P, c.full), '",\n      "address": {"line1": "', ("STREET_ADDRESS", a.line1), '", "postal_code": "',
      ("US_ZIP_CODE", a.zip5), '", "country": "US"}\n    }\n  }\n}')


@pos("payments", "csv")
def p_chargeback_csv(d: Doc):
    d("Summarize chargeback reasons from this export:\n\ncase_id,cardholder,card_number,email,amount,reason\n")
    for _ in range(R.randint(3, 5)):
        c = Person()
        _, num = card()
        d("CB", digits(7), ",", (P, c.style(pick(["caps", "title"]))), ",", ("CREDIT_CARD", fmt_card(num, pick(["", "-"]))),
          ",", ("EMAIL_ADDRESS", c.email()), ",", "%.2f" % R.uniform(10, 900), ",",
          pick(["fraud", "not_received", "duplicate", "product_unacceptable"]), "\n")


@pos("payments", "tool_call")
def p_refund_toolcall(d: Doc):
    c = Person()
    _, num = card()
    q = '\\"'
    d('tool_calls[0].function.arguments = "{', q, 'customer_email', q, ': ', q, ("EMAIL_ADDRESS", c.email()), q, ', ',
      q, 'cardholder', q, ': ', q, (P, c.full), q, ', ', q, 'card_number', q, ': ', q, ("CREDIT_CARD", num), q, ', ',
      q, 'amount_cents', q, ': ', str(R.randint(100, 50000)), ', ', q, 'reason', q, ': ', q, 'duplicate', q, '}"\n\n')
    d("should my refund tool ever accept the full card number like this? how do i stop the model from passing it")


@pos("payments", "chat")
def p_virtual_terminal_chat(d: Doc):
    c = Person()
    _, num = card(pick(["amex", "visa", "mc", "disc"]))
    d("pls reformat for the virtual terminal, customer read it over the phone: ", (P, c.style("lower")), " card ",
      ("CREDIT_CARD", fmt_card(num, pick([" ", ""]))), " exp ", "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)),
      " cvv ", ("CARD_SECURITY_CODE", cvv(num)), " zip ", ("US_ZIP_CODE", pick(CITIES)[2] + digits(2)),
      " amount 249.00")


@pos("payments", "markdown_table")
def p_payout_md(d: Doc):
    d("Check these contractor payouts for typos before I send them:\n\n| Contractor | Email | IBAN | BIC | Amount |\n|---|---|---|---|---|\n")
    for _ in range(R.randint(2, 4)):
        c = Person()
        cc = pick(["DE", "FR", "ES", "NL", "PT", "IE", "BE"])
        d("| ", (P, c.full), " | ", ("EMAIL_ADDRESS", c.email()), " | ", ("IBAN_CODE", iban(cc, False)), " | ",
          ("SWIFT_CODE", bic(cc)), " | €", str(R.randint(300, 5000)), " |\n")


# ----------------------------------------------------------------------------- hr

@pos("hr", "email")
def p_offer_letter(d: Doc):
    cand, mgr = Person(), Person()
    a = Addr()
    d("Proofread this offer letter:\n\n", (P, cand.style("title")), "\n", ("STREET_ADDRESS", a.line1), "\n",
      a.city, ", ", a.state, " ", ("US_ZIP_CODE", a.zip), "\n\n")
    d("Dear ", (P, cand.first), ",\n\nWe are pleased to offer you the position of ",
      pick(["Senior Data Analyst", "Registered Nurse II", "Payroll Specialist", "Site Reliability Engineer"]),
      " at a starting salary of $", "{:,}".format(R.randint(55, 190) * 1000), ". Your start date is ",
      fdate(ymd(2026, 2026), "long"), ".\n\nPlease reply to ", ("EMAIL_ADDRESS", mgr.email(pick(CORP_DOMAINS))),
      " or call ", ("PHONE_NUMBER", phone()), ".\n\nBest regards,\n", (P, mgr.style("title")), "\nTalent Acquisition")


@pos("hr", "csv")
def p_employee_csv(d: Doc):
    d("write a pandas script that splits this roster by department:\n\nemp_id,name,dept,work_email,cell,ssn,dob\n")
    for _ in range(R.randint(3, 5)):
        e = Person()
        d(str(R.randint(10000, 99999)), ",\"", (P, e.style("lf")), "\",", pick(["Finance", "Ops", "Eng", "Nursing"]),
          ",", ("EMAIL_ADDRESS", e.email(pick(CORP_DOMAINS))), ",", ("PHONE_NUMBER", phone("dash")), ",",
          ("US_SSN", ssn()), ",", (DT, fdate(dob(), "us")), "\n")


@pos("hr", "form")
def p_i9_form(d: Doc):
    e = Person()
    a = Addr()
    st, dl = drivers_license()
    d("Section 1 + 2 of the I-9, can you check nothing is missing?\n\n")
    d("Last Name: ", (P, e.last), "   First Name: ", (P, e.first), "   MI: ", e.mi, "\n")
    d("Address: ", ("STREET_ADDRESS", a.with_city), "   ZIP: ", ("US_ZIP_CODE", a.zip5), "\n")
    d("Date of Birth: ", (DT, fdate(dob(), "us")), "   U.S. Social Security Number: ", ("US_SSN", ssn()), "\n")
    d("Employee's Email: ", ("EMAIL_ADDRESS", e.email()), "\n")
    d("List A: U.S. Passport  Document Number: ", ("US_PASSPORT", passport()), "\n" if chance(0.5) else "\n")
    d("List B: Driver's License (", st, ")  Number: ", ("US_DRIVER_LICENSE", dl), "\n")


@pos("hr", "json")
def p_background_check(d: Doc):
    c = Person()
    st, dl = drivers_license()
    a1, a2 = Addr(), Addr()
    d("map this vendor response into our candidate model\n\n")
    d('{"candidate": {"name": {"first": "', (P, c.first), '", "last": "', (P, c.last), '"}, "dob": "',
      (DT, fdate(dob(), "iso")), '", "license": {"state": "', st, '", "number": "', ("US_DRIVER_LICENSE", dl),
      '"}, "address_history": [{"street": "', ("STREET_ADDRESS", a1.line1), '", "zip": "', ("US_ZIP_CODE", a1.zip5),
      '", "years": 3}, {"street": "', ("STREET_ADDRESS", a2.line1), '", "zip": "', ("US_ZIP_CODE", a2.zip5),
      '", "years": 2}]}, "status": "clear", "report_id": "', alnum(12, UPPER_DIG), '"}')


@pos("hr", "chat")
def p_hr_chat_lower(d: Doc):
    me, mgr, cow = Person(), Person(), Person()
    d(pick(["can u help me write", "help me word", "need a msg to"]), " a msg to my manager ",
      (P, mgr.first.lower()), " saying im out ", pick(["fri", "next week", "tmrw"]), " for ",
      pick(["my moms surgery", "jury duty", "a dr appt"]), ". ", (P, cow.style("lower")),
      " is covering my shifts, their cell is ", ("PHONE_NUMBER", phone(pick(["dash", "compact", "dot"]))),
      ". sign it from me, ", (P, me.style(pick(["lower", "title"]))))


@pos("hr", "email")
def p_reference_check(d: Doc):
    ref, cand, rec = Person(), Person(), Person()
    d("Hi ", (P, rec.first), ",\n\nFor ", (P, cand.style("title")), "'s reference you can reach me, ",
      (P, ref.style("title")), ", at ", ("PHONE_NUMBER", phone()), " or ", ("EMAIL_ADDRESS", ref.email()),
      ". I supervised ", pick(["him", "her", "them"]), " for four years at ",
      pick(["Mesa Verde Cardiology", "Cascadia Credit Union", "Tidewater Logistics"]), ".\n\n",
      pick(["Cheers", "Best", "Regards"]), ",\n", (P, ref.first), "\n\n---\nsummarize the tone of this reference")


@pos("hr", "yaml")
def p_onboarding_yaml(d: Doc):
    e = Person()
    d("# onboarding ticket generated by the HRIS, our bot fails to parse it\nemployee:\n  legal_name: \"",
      (P, e.full), "\"\n  preferred_name: ", (P, e.first), "\n  personal_email: ", ("EMAIL_ADDRESS", e.email()),
      "\n  home_phone: \"", ("PHONE_NUMBER", phone()), "\"\n  tax_id: \"",
      ("US_ITIN", itin()) if chance(0.4) else ("US_SSN", ssn()), "\"\n  birth_date: ", (DT, fdate(dob(), "iso")),
      "\n  laptop:\n    model: ThinkPad T14\n    asset_tag: AT-", digits(5), "\nstart_date: 2026-01-12\n")


# ----------------------------------------------------------------------------- support

@pos("support", "email")
def p_support_thread(d: Doc):
    c, ag = Person(), Person()
    a = Addr()
    d("Write a reply to this customer, apologetic tone:\n\n")
    d("On ", pick(["Mon", "Tue", "Wed"]), ", Nov ", str(R.randint(3, 27)), ", 2025, ", (P, c.full), " <",
      ("EMAIL_ADDRESS", c.email()), "> wrote:\n")
    d("> Order #", digits(8), " never arrived. Tracking says delivered but nothing at ", ("STREET_ADDRESS", a.with_city),
      " ", ("US_ZIP_CODE", a.zip5), ". Call me at ", ("PHONE_NUMBER", phone()), ".\n>\n")
    d("> On Fri, ", (P, ag.first), " from Support wrote:\n>> Thanks for reaching out! Could you confirm the delivery address?\n")


@pos("support", "transcript")
def p_callcenter(d: Doc):
    c, ag = Person(), Person()
    a = Addr()
    d("QA this call - did the agent follow the verification script?\n\n")
    d(pick(["Rep", "Agent"]), ": thanks for calling, my name is ", (P, ag.first), ". who am i speaking with?\n")
    d("Caller: ", (P, c.style(pick(["title", "lower"]))), "\n")
    d("Rep: can you verify your date of birth?\nCaller: ", (DT, fdate(dob(), pick(["long", "us"]))), "\n")
    d("Rep: and the last four of your social?\nCaller: ", digits(4), "\n")
    d("Rep: and the email on the account?\nCaller: ", ("EMAIL_ADDRESS", c.email()), "\n")
    d("Rep: perfect. i'm updating the address to ", ("STREET_ADDRESS", a.with_city), ", ", ("US_ZIP_CODE", a.zip5), ".\n")


@pos("support", "json")
def p_zendesk_json(d: Doc):
    c = Person()
    d("Extract the customer intent from this webhook:\n")
    d('{"ticket": {"id": ', digits(7), ', "subject": "', pick(["Can't log in", "Double charged", "Cancel my plan"]),
      '", "requester": {"name": "', (P, c.full), '", "email": "', ("EMAIL_ADDRESS", c.email()), '", "phone": "',
      ("PHONE_NUMBER", phone()), '"}, "via": {"channel": "web", "source": {"ip_address": "', ("IP_ADDRESS", ipv4()),
      '"}}, "description": "', pick(["I got charged twice this month.", "The app says my password is wrong.",
                                       "Please cancel before renewal."]), '", "priority": "normal"}}')


@pos("support", "chat")
def p_password_reset_chat(d: Doc):
    u = Person()
    d(pick(["i cant log in", "locked out again", "ugh login broken"]), ". my login is ", ("EMAIL_ADDRESS", u.email()),
      " and the password i set yesterday was ", ("PASSWORD", password()), " - ", pick(["it says invalid", "it keeps looping"]),
      ". can you tell me if the password meets the usual complexity rules?")


@pos("support", "chat")
def p_delivery_chat(d: Doc):
    c = Person()
    a = Addr()
    d("help me write a complaint to the courier. " if chance(0.5) else "draft a msg to the delivery co: ",
      "package for ", (P, c.style(pick(["lower", "title"]))), " was left at the wrong house, should be ",
      ("STREET_ADDRESS", a.with_city.lower() if chance(0.4) else a.with_city), " ", ("US_ZIP_CODE", a.zip5),
      ", my number is ", ("PHONE_NUMBER", phone()), ". tracking 1Z", alnum(16, UPPER_DIG))


@pos("support", "transcript")
def p_telecom_imei(d: Doc):
    c, ag = Person(), Person()
    d("Customer chat log — summarize and list next steps:\n\n")
    d((P, ag.first), " (agent): Hi! Which device is having trouble?\n")
    d((P, c.first), ": my phone was stolen, can you blacklist it? IMEI ", ("DEVICE_ID", imei()), "\n")
    d((P, ag.first), " (agent): I can. What's the number on the account?\n")
    d((P, c.first), ": ", ("PHONE_NUMBER", phone()), ", account holder is ", (P, c.full), "\n")
    d((P, ag.first), " (agent): Done, the device is blocked.")


@pos("support", "markdown_table")
def p_escalation_md(d: Doc):
    d("Rank these escalations by urgency:\n\n| Customer | Contact | Issue |\n|---|---|---|\n")
    for _ in range(R.randint(3, 4)):
        c = Person()
        contact = ("EMAIL_ADDRESS", c.email()) if chance(0.5) else ("PHONE_NUMBER", phone())
        d("| ", (P, c.style(pick(["title", "lf"]))), " | ", contact, " | ",
          pick(["refund pending 30 days", "account locked", "wrong item shipped", "threatening chargeback"]), " |\n")


# ----------------------------------------------------------------------------- devops

@pos("devops", "env")
def p_env_file(d: Doc):
    d("which of these should go in a secrets manager?\n\n```\nNODE_ENV=production\nPORT=8080\n")
    user, pw, host = pick(["app", "svc_api", "postgres"]), password().replace("@", "").replace(":", "").replace("/", ""), "db-%s.internal" % alnum(4, string.ascii_lowercase)
    d("DATABASE_URL=")
    s = d.mark()
    d("postgresql://", user, ":", ("PASSWORD", pw), "@", host, ":5432/", pick(["orders", "claims", "core"]))
    d.close(s, "URL")
    d("\nOPENAI_API_KEY=", ("API_KEY", api_key(pick(["openai", "openai_proj"]))[1]), "\n")
    d("AWS_ACCESS_KEY_ID=", ("API_KEY", api_key("aws")[1]), "\nAWS_SECRET_ACCESS_KEY=", ("API_KEY", aws_secret()), "\n")
    d("SLACK_BOT_TOKEN=", ("API_KEY", api_key("slack")[1]), "\nLOG_LEVEL=info\n```")


@pos("devops", "yaml")
def p_k8s_secret(d: Doc):
    d("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", pick(["payments-api", "claims-worker", "chatbot"]),
      "-secrets\ntype: Opaque\nstringData:\n  ANTHROPIC_API_KEY: \"", ("API_KEY", api_key("anthropic")[1]), "\"\n")
    d("  DB_PASSWORD: \"", ("PASSWORD", password()), "\"\n  SENDGRID_KEY: ", ("API_KEY", api_key("sendgrid")[1]), "\n---\n")
    d("# kubectl apply says 'invalid type for io.k8s.api.core.v1.Secret.stringData', why?")


@pos("devops", "log")
def p_nginx_log(d: Doc):
    d("find the suspicious requests in this access log:\n\n")
    for _ in range(R.randint(3, 5)):
        k = R.randrange(3)
        ip = ipv4()
        ts = "[%02d/Nov/2025:%02d:%02d:%02d +0000]" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        if k == 0:
            d(("IP_ADDRESS", ip), " - - ", ts, ' "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31"\n')
        elif k == 1:
            p = Person()
            d(("IP_ADDRESS", ip), " - - ", ts, ' "GET /api/v1/users?email=', ("EMAIL_ADDRESS", p.email()),
              ' HTTP/1.1" 200 912 "', ("URL", "https://app.%s/settings" % pick(CORP_DOMAINS)), '" "Mozilla/5.0"\n')
        else:
            d(("IP_ADDRESS", ip), " - - ", ts, ' "POST /login HTTP/1.1" 401 64 "-" "curl/8.4.0"\n')


@pos("devops", "code")
def p_python_requests(d: Doc):
    u = Person()
    host = "https://api.%s" % pick(["vantagepay.io", "larkspur-ins.com", "saguarohealth.net"])
    d("this 401s, what am I doing wrong?\n\n```python\nimport requests\n\nTOKEN = \"", ("JWT", jwt()), "\"\n")
    d("resp = requests.get(\"", ("URL", host + "/v1/members/" + digits(6)), "\",\n")
    d("                    headers={\"Authorization\": f\"Bearer {TOKEN}\", \"X-User\": \"", ("EMAIL_ADDRESS", u.email()),
      "\"})\nprint(resp.status_code)\n```")


@pos("devops", "code")
def p_js_config(d: Doc):
    d("refactor to use env vars:\n\n```js\nexport const config = {\n  mapsApiKey: '", ("API_KEY", api_key("google")[1]),
      "',\n  githubToken: '", ("API_KEY", api_key(pick(["github", "github_pat"]))[1]), "',\n  sentryDsn: '")
    d(("URL", "https://%s@o%s.ingest.sentry.io/%s" % (alnum(32, "0123456789abcdef"), digits(6), digits(7))))
    d("',\n  retries: 3,\n};\n```")


@pos("devops", "chat")
def p_ssh_key_chat(d: Doc):
    host = ipv4()
    d(pick(["ssh keeps saying 'invalid format' with this key, what's wrong?", "why does paramiko reject this key"]),
      "\n\n", ("PRIVATE_KEY", pem(pick(["RSA", "OPENSSH", "EC"]))), "\n\ni'm connecting with `ssh -i key.pem ubuntu@",
      ("IP_ADDRESS", host), "`")


@pos("devops", "ini")
def p_ini_config(d: Doc):
    d("convert this to TOML please\n\n[database]\nhost = ", ("IP_ADDRESS", ipv4_private()), "\nport = 3306\nuser = ",
      pick(["reporting", "etl", "admin"]), "\npassword = ", ("PASSWORD", password()), "\n\n[smtp]\nhost = smtp.",
      pick(CORP_DOMAINS), "\nuser = ", ("EMAIL_ADDRESS", "noreply@" + pick(CORP_DOMAINS)), "\npass = ",
      ("PASSWORD", password()), "\n")


@pos("devops", "yaml")
def p_github_actions(d: Doc):
    u = Person()
    d("name: release\non: [push]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n")
    d("      - run: git config user.email \"", ("EMAIL_ADDRESS", u.email()), "\" && git config user.name \"", (P, u.full),
      "\"\n      - run: npm publish\n        env:\n          GH_TOKEN: ", ("API_KEY", api_key("github")[1]),
      "\n          HF_TOKEN: ", ("API_KEY", api_key("hf")[1]), "\n\nthe publish step fails with 403, ideas?")


@pos("devops", "tool_call")
def p_send_email_toolcall(d: Doc):
    a, b = Person(), Person()
    d('{"type": "tool_use", "id": "toolu_', alnum(24), '", "name": "send_email", "input": {"to": ["',
      ("EMAIL_ADDRESS", a.email()), '", "', ("EMAIL_ADDRESS", b.email()), '"], "subject": "Rotated credentials", ',
      '"body": "Hi ', (P, a.first), ', the new deploy key is ', ("API_KEY", api_key(pick(["gitlab", "github", "openai"]))[1]),
      ' - please update the runner. Thanks, ', (P, b.first), '"}}\n\nshould an agent be allowed to send this?')


@pos("devops", "sql")
def p_sql_users(d: Doc):
    d("-- legacy table still stores plaintext passwords, help me write a migration to bcrypt\n")
    n = R.randint(2, 3)
    for _ in range(n):
        u = Person()
        d("INSERT INTO app_users (username, email, password, last_login_ip) VALUES ('",
          ascii_fold(u.first).lower().replace(" ", "") + digits(2), "', '", ("EMAIL_ADDRESS", u.email()), "', '",
          ("PASSWORD", password().replace("'", "")), "', '", ("IP_ADDRESS", ipv4()), "');\n")


@pos("devops", "chat")
def p_jwt_debug(d: Doc):
    u = Person()
    d("decode this jwt and tell me why it's expired? it's for ", ("EMAIL_ADDRESS", u.email()), "\n\n", ("JWT", jwt()),
      "\n\nserver clock is UTC")


@pos("devops", "json")
def p_gcp_sa(d: Doc):
    d("is it safe to commit this?\n{\n  \"type\": \"service_account\",\n  \"project_id\": \"", pick(["claims-etl", "hg-prod"]),
      "-", digits(6), "\",\n  \"private_key\": \"", ("PRIVATE_KEY", pem("PKCS8", escaped=True)),
      "\\n\",\n  \"client_email\": \"", ("EMAIL_ADDRESS", "etl-runner@claims-etl.iam.gserviceaccount.com"),
      "\",\n  \"token_uri\": \"", ("URL", "https://oauth2.googleapis.com/token"), "\"\n}")


# ----------------------------------------------------------------------------- general

@pos("general", "chat")
def p_travel_chat(d: Doc):
    p = Person()
    d("filling out the ", pick(["ESTA", "Schengen visa", "Indian e-visa", "DS-160"]), " form for ",
      pick(["my dad", "my wife", "myself"]), ": ", (P, p.style(pick(["title", "caps", "lower"]))), ", born ",
      (DT, fdate(dob(), pick(["long", "us", "iso"]))), ", US passport ", ("US_PASSPORT", passport()),
      ", mobile ", ("PHONE_NUMBER", pick([phone(), intl_phone(pick(["UK", "IN", "NG"]))])),
      ". what goes in 'place of issue' if it was renewed by mail?")


@pos("general", "form")
def p_rental_application(d: Doc):
    ap, ll = Person(), Person()
    a = Addr()
    st, dl = drivers_license()
    d("My rental application, pasted from the PDF. Is there anything a landlord shouldn't ask for?\n\n")
    d("Applicant: ", (P, ap.style("title")), "\nSSN: ", ("US_SSN", ssn()), "\nDriver License #: ", ("US_DRIVER_LICENSE", dl),
      " (", st, ")\nCurrent address: ", ("STREET_ADDRESS", a.with_city), " ", ("US_ZIP_CODE", a.zip), "\n")
    d("Current landlord: ", (P, ll.style("title")), "  Phone: ", ("PHONE_NUMBER", phone()), "\n")
    d("Vehicle: ", pick(["2019 Honda Civic", "2021 Toyota RAV4", "2016 Ford F-150"]), "  Plate: ", ("VEHICLE_ID", plate()), "\n")


@pos("general", "email")
def p_car_sale(d: Doc):
    b, s = Person(), Person()
    a = Addr()
    d("write a bill of sale from this email:\n\n")
    d("Hi ", (P, b.first), ", confirming you're buying my ", pick(["2018 Subaru Outback", "2020 Kia Soul", "2015 Ram 1500"]),
      ", VIN ", ("VEHICLE_ID", vin()), ", for $", "{:,}".format(R.randint(6, 30) * 500), ". Please bring a cashier's check to ",
      ("STREET_ADDRESS", a.with_city), " ", ("US_ZIP_CODE", a.zip5), " on Saturday. - ", (P, s.full), " ",
      ("PHONE_NUMBER", phone()))


@pos("general", "csv")
def p_guest_list_csv(d: Doc):
    d("make address labels from this:\n\nname,street,city,state,zip,email\n")
    for _ in range(R.randint(3, 5)):
        g = Person()
        a = Addr()
        d((P, g.full), ",", ("STREET_ADDRESS", a.line1), ",", a.city, ",", a.state, ",", ("US_ZIP_CODE", a.zip5), ",",
          ("EMAIL_ADDRESS", g.email()), "\n")


@pos("general", "chat")
def p_french_chat(d: Doc):
    p = Person("french")
    d("Peux-tu m'aider à écrire une lettre de résiliation ? Je m'appelle ", (P, p.style(pick(["title", "lower"]))),
      ", j'habite ", ("STREET_ADDRESS", intl_addr("FR")), ", mon numéro : ", ("PHONE_NUMBER", intl_phone("FR")),
      ", et mon courriel ", ("EMAIL_ADDRESS", p.email(pick(["orange.fr", "gmail.com", "free.fr"]))), ".")


@pos("general", "chat")
def p_wifi_iot_chat(d: Doc):
    p = Person()
    d("my smart glucose meter won't pair. serial number ", ("DEVICE_ID", dev_serial()), ", phone IMEI ",
      ("DEVICE_ID", imei()), ", router at ", ("IP_ADDRESS", ipv4_private()), ". account is under ",
      (P, p.style(pick(["title", "lower"]))), ". what do i try next")


@pos("clinical", "json")
def p_cgm_device_json(d: Doc):
    pt = Person()
    old = chance(0.5)
    d("Map this device-cloud payload to FHIR Device + Observation:\n")
    d('{"device": {"udi": "', ("DEVICE_ID", udi()), '", "serial": "', ("DEVICE_ID", dev_serial()), '"}, "patient": {"name": "',
      (P, pt.full), '", "mrn": "', ("MEDICAL_RECORD_NUMBER", mrn()), '"')
    if old:
        d(', "age": ', ("AGE", str(old_age())))
    else:
        d(', "age": ', str(R.randint(18, 88)))
    d('}, "readings": [{"t": "2025-11-0', str(R.randint(1, 9)), 'T07:15:00Z", "mg_dl": ', str(R.randint(60, 310)), '}]}')


@pos("insurance", "chat")
def p_dental_claim_chat(d: Doc):
    p, dds = Person(), Person()
    d("dentist billed my insurance wrong. member id ", ("HEALTH_PLAN_ID", member_id()), ", patient is my son ",
      (P, p.first.lower() if chance(0.5) else p.first), ", seen on ", (DT, fdate(visit(), pick(["long", "us"]))),
      " by dr ", (P, dds.last), ". they coded D2392 but it was D2391. how do i ask them to resubmit?")


@pos("banking", "markdown_table")
def p_loan_book_md(d: Doc):
    d("| Borrower | Loan acct | Routing | DOB | Balance |\n|---|---|---|---|---|\n")
    for _ in range(R.randint(2, 4)):
        b = Person()
        d("| ", (P, b.style("title")), " | ", ("US_BANK_ACCOUNT", bank_account()), " | ", ("US_ROUTING_NUMBER", aba()),
          " | ", (DT, fdate(dob(), "iso")), " | $", "{:,}".format(R.randint(2000, 400000)), " |\n")
    d("\nwhich borrowers are over $100k? answer as a bullet list")


@pos("clinical", "email")
def p_patient_portal_msg(d: Doc):
    pt, doc = Person(), Person()
    d("Portal message from patient, help me draft a reply:\n\n")
    d("From: ", (P, pt.style("title")), " (MRN ", ("MEDICAL_RECORD_NUMBER", mrn()), ")\nTo: Dr. ", (P, doc.last), "\n\n")
    d(pick(["hi doc", "Hi there", "hello"]), " - since my appointment on ", (DT, fdate(visit(), pick(["long", "us2"]))),
      " the rash got worse. photos are here ", ("URL", "https://photos.%s/s/%s" % (pick(["icloud-share.net", "drive-links.io"]), alnum(14))),
      ". can i get the cream refilled? pharmacy fax is ", ("PHONE_NUMBER", phone()), ". thx, ", (P, pt.first))


@pos("clinical", "form")
def p_controlled_rx_form(d: Doc):
    pt, doc = Person(), Person()
    a = Addr()
    d("Our e-prescribing system rejected this CII script. Which field is invalid?\n\n")
    d("PRESCRIBER: ", (P, doc.style(pick(["title", "LF"]))), pick([", MD", ", DO", ", NP", ""]), "\n")
    d("DEA #: ", ("US_DEA", dea(doc.last)), "    NPI: ", ("US_NPI", npi()), "\n")
    d("PATIENT: ", (P, pt.style(pick(["title", "LF", "caps"]))), "    DOB: ", (DT, fdate(dob(), "us")), "\n")
    d("ADDRESS: ", ("STREET_ADDRESS", a.with_city), " ", ("US_ZIP_CODE", a.zip5), "\n")
    d("Rx: ", pick(["Oxycodone HCl 5 mg tab, #28, 1 tab PO q6h prn pain", "Methylphenidate ER 36 mg, #30, 1 PO qAM",
                    "Morphine sulfate ER 15 mg, #60, 1 PO q12h"]), "\nDate written: ", (DT, fdate(visit(), "us")), "\n")


@pos("clinical", "csv")
def p_prescriber_roster_csv(d: Doc):
    d("We are onboarding these prescribers to the formulary tool. Check for duplicate NPIs:\n\n")
    d("prescriber,specialty,npi,dea,state_license\n")
    for _ in range(R.randint(3, 5)):
        doc = Person()
        d('"', (P, doc.style("lf")), '",', pick(["Family Medicine", "Psychiatry", "Pain Management", "Dentistry"]), ",",
          ("US_NPI", npi()), ",", ("US_DEA", dea(doc.last)), ",", pick(["TX", "OH", "AZ", "GA"]), "-", digits(6), "\n")


@pos("devops", "code")
def p_oauth_curl(d: Doc):
    u = Person()
    host = "https://auth.%s" % pick(["northwindhealth.org", "vantagepay.io", "cascadiacu.org"])
    d("why does the second call say invalid_token?\n\n$ curl -s -X POST ", ("URL", host + "/oauth/token"),
      " -d grant_type=password -d username=", ("EMAIL_ADDRESS", u.email()), " -d password=", ("PASSWORD", password()), "\n")
    d('{"access_token": "', ("JWT", jwt()), '", "id_token": "', ("JWT", jwt()), '", "token_type": "Bearer", "expires_in": 3600}\n')
    d("$ curl -H \"Authorization: Bearer $TOKEN\" ", ("URL", host + "/v1/me"), "\n")
    d('{"error": "invalid_token"}')


@pos("devops", "yaml")
def p_ansible_vars(d: Doc):
    d("# group_vars/prod.yml — ansible-lint complains about this file, why?\ndeploy_user: ", pick(["deploy", "ubuntu", "ops"]),
      "\nbastion_host: ", ("IP_ADDRESS", ipv4()), "\ndeploy_private_key: |\n")
    key = pem(pick(["OPENSSH", "RSA"]))
    lines = key.split("\n")
    s = None
    for i, line in enumerate(lines):
        d("  ")
        if i == 0:
            s = d.mark()
        d(line)
        if i == len(lines) - 1:
            d.close(s, "PRIVATE_KEY")
        d("\n")
    d("vault_password: ", ("PASSWORD", password()), "\n")


@pos("banking", "letter")
def p_itin_letter(d: Doc):
    p = Person(pick(["hispanic", "south_asian", "east_asian", "west_african", "arabic"]))
    a = Addr()
    d("I got this letter from the IRS, what does it mean? Do I still need my ITIN?\n\n")
    d("Department of the Treasury\nInternal Revenue Service\n\n", (P, p.style("caps")), "\n",
      ("STREET_ADDRESS", a.line1.upper()), "\n", a.city.upper(), " ", a.state, " ", ("US_ZIP_CODE", a.zip), "\n\n")
    d("Taxpayer identification number: ", ("US_ITIN", itin(pick(["-", " "]) if chance(0.8) else "")), "\n")
    d("Date of birth: ", (DT, fdate(dob(), "us")), "\n\n")
    d("Your ITIN will expire on December 31 unless it is used on a federal tax return. To renew, file Form W-7.")


@pos("insurance", "csv")
def p_ma_roster_csv(d: Doc):
    d("Medicare Advantage outreach list. Sort by age, oldest first, and draft a call script:\n\n")
    d("beneficiary,mbi,dob,age,phone\n")
    for _ in range(R.randint(3, 5)):
        b = Person()
        old = chance(0.4)
        y, m, dd = dob(True) if old else ymd(1936, 1959)
        d('"', (P, b.style(pick(["lf", "LF"]))), '",', ("US_MBI", mbi()), ",", (DT, fdate((y, m, dd), "us")), ",")
        age = 2025 - y
        d(("AGE", str(age)) if age >= 90 else str(age), ",", ("PHONE_NUMBER", phone("dash")), "\n")


@pos("general", "form")
def p_passport_renewal(d: Doc):
    p = Person()
    d("Check my DS-82 answers before I mail it:\n\n")
    d("1. Name: ", (P, p.style(pick(["caps", "title"]))), "\n2. Date of birth: ", (DT, fdate(dob(), "us")), "\n")
    d("3. Place of birth: ", pick(["Ohio", "Manila, Philippines", "Lagos, Nigeria", "Texas"]), "\n")
    d("4. Email: ", ("EMAIL_ADDRESS", p.email()), "\n5. Phone: ", ("PHONE_NUMBER", phone()), "\n")
    d("6. Most recent passport number: ", ("US_PASSPORT", passport()), "   Issue date: ", fdate(ymd(2014, 2016), "us"), "\n")


FULLWIDTH = {c: chr(0xFF10 + int(c)) for c in "0123456789"}


@pos("support", "chat")
def p_obfuscated_chat(d: Doc):
    """Values typed with look-alike characters (U+2011/U+2013 hyphens, zero-width spaces, full-width digits)."""
    p = Person()
    _, num = card(pick(["visa", "mc", "disc"]))
    hy = pick(["\u2011", "\u2013"])
    d(pick(["the form keeps rejecting my info so i pasted it from my notes app:", "copying from my phone, sorry for the formatting:"]),
      " name ", (P, p.style(pick(["lower", "title"]))), ", ssn ", ("US_SSN", ssn(hy)), ", card ",
      ("CREDIT_CARD", "\u200b".join(num[i:i + 4] for i in range(0, 16, 4))), ", phone ",
      ("PHONE_NUMBER", "".join(FULLWIDTH.get(c, c) for c in phone("dash"))),
      ". ", pick(["why does it say invalid characters?", "can you clean this up so it pastes right?"]))


# =============================================================================== hard negatives

@neg("support", "chat")
def n_order_status(d: Doc):
    d("my order ", pick(["#", "no. ", ""]), digits(8), " still says processing after ", str(R.randint(3, 12)),
      " days. tracking number ", bad_luhn16(), " doesnt work on the carrier site. ",
      pick(["is this normal?", "should i cancel?", "whats a polite way to ask for a refund"]))


@neg("banking", "email")
def n_invoice_email(d: Doc):
    d("Please summarize: Invoice INV-", digits(6), " dated ", fdate(ymd(2025, 2025), "long"), " for $",
      "{:,}.{:02d}".format(R.randint(200, 50000), R.randint(0, 99)), " is due net-30. PO ", digits(7),
      ". Remit to Accounts Receivable, ", pick(["Morgan Stanley", "Ernst & Young", "Procter & Gamble", "Eli Lilly"]),
      " vendor portal. Late fee 1.5% per month.")


@neg("devops", "markdown_table")
def n_release_notes(d: Doc):
    d("Turn into a changelog:\n\n| Version | Released | Notes |\n|---|---|---|\n")
    for _ in range(R.randint(3, 5)):
        d("| v", str(R.randint(1, 9)), ".", str(R.randint(0, 30)), ".", str(R.randint(0, 19)), " | ",
          fdate(ymd(2023, 2025), "iso"), " | ", pick(["fix memory leak in parser", "add retry backoff",
                                                    "drop Python 3.8", "bump openssl to 3.0.15"]), " |\n")


@neg("devops", "log")
def n_ci_log(d: Doc):
    d("why did this build fail?\n\n")
    for step in ("checkout", "install", "test", "upload"):
        d("2025-%02d-%02dT%02d:%02d:%02d.%03dZ [%s] " % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                         R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), step))
        d(pick(["commit ", "sha=", "ref "]), alnum(40, "0123456789abcdef"), " ",
          pick(["ok", "cache miss", "exit code 1", "took 41.2s"]), "\n")


@neg("devops", "yaml")
def n_k8s_secretref(d: Doc):
    d("is it fine to reference secrets like this?\n\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n",
      "        name: ", pick(["pg-creds", "mysql-auth"]), "\n        key: password\n  - name: OPENAI_API_KEY\n",
      "    valueFrom:\n      secretKeyRef:\n        name: llm-keys\n        key: openai\n  - name: PORT\n    value: \"",
      str(pick([8080, 3000, 9090])), "\"\n")


@neg("devops", "code")
def n_env_lookup_code(d: Doc):
    d("```python\nimport os\n\napi_key = os.environ[\"", pick(["ANTHROPIC_API_KEY", "OPENAI_API_KEY", "STRIPE_SECRET_KEY"]),
      "\"]\ndb_password = os.getenv(\"DB_PASSWORD\", \"\")\nif not api_key:\n    raise RuntimeError(\"missing key\")\n```\n",
      pick(["is there a cleaner way?", "how do I make this fail fast in tests?"]))


@neg("clinical", "note")
def n_lab_ranges(d: Doc):
    d("Reference ranges for our lab handbook, please format as a table: sodium 135-145 mmol/L, potassium 3.5-5.1 mmol/L, ",
      "creatinine 0.6-", "%.1f" % R.uniform(1.1, 1.3), " mg/dL, HbA1c < 5.7%, TSH 0.4-4.0 mIU/L, LDL < ",
      str(pick([100, 70, 130])), " mg/dL. Critical K above ", "%.1f" % R.uniform(6.0, 6.5), ".")


@neg("clinical", "chat")
def n_drug_dose(d: Doc):
    d("what's the max daily dose of ", pick(["acetaminophen", "ibuprofen", "gabapentin", "metformin"]),
      " for an adult with CrCl ", str(R.randint(25, 60)), " mL/min? our bottle is NDC ", digits(5), "-", digits(4), "-",
      digits(2), ", ", str(pick([500, 600, 300, 850])), " mg tablets, lot ", alnum(2, string.ascii_uppercase), digits(5))


@neg("insurance", "chat")
def n_icd_cpt(d: Doc):
    d("which is correct for a ", str(R.randint(20, 88)), "-year-old with type 2 diabetes and neuropathy: ",
      pick(["E11.40 or E11.42", "E11.9 plus G62.9"]), "? and is CPT ", pick(["99214", "99204", "99396"]),
      " with modifier 25 ok if we also did ", pick(["20610", "11721", "93000"]), "?")


@neg("clinical", "csv")
def n_loinc_csv(d: Doc):
    d("loinc_code,component,units\n")
    for code, comp, u in [("2345-7", "Glucose", "mg/dL"), ("2160-0", "Creatinine", "mg/dL"), ("718-7", "Hemoglobin", "g/dL"),
                          ("2951-2", "Sodium", "mmol/L"), ("4548-4", "Hemoglobin A1c", "%")][:R.randint(3, 5)]:
        d(code, ",", comp, ",", u, "\n")
    d("\n", pick(["write a SQL CREATE TABLE for this and a lookup query by code", "turn this into a python dict",
                   "are these LOINC codes current?", "add the LOINC long common names"]))


@neg("payments", "csv")
def n_sku_inventory(d: Doc):
    d("sku,description,qty,unit_price\n")
    for _ in range(R.randint(3, 6)):
        d(alnum(3, string.ascii_uppercase), "-", digits(4), "-", alnum(2, UPPER_DIG), ",",
          pick(["nitrile gloves M", "USB-C cable 2m", "thermal paper roll", "gauze 4x4"]), ",", str(R.randint(0, 500)),
          ",", "%.2f" % R.uniform(0.5, 90), "\n")
    d("\nwhich items are below reorder point 50?")


@neg("clinical", "note")
def n_recall_notice(d: Doc):
    d("Summarize this recall for our nurses: The manufacturer is recalling ", pick(["infusion pump tubing sets",
                                                                                  "blood glucose test strips",
                                                                                  "surgical staplers"]),
      ", catalog number ", digits(6), ", lots ", alnum(1, string.ascii_uppercase) + digits(6), " and ",
      alnum(1, string.ascii_uppercase) + digits(6), ", distributed between ", fdate(ymd(2024, 2024), "long"), " and ",
      fdate(ymd(2025, 2025), "long"), ". Stop use and quarantine affected stock.")


@neg("clinical", "chat")
def n_eponym_diseases(d: Doc):
    d("explain the difference between ", pick(["Parkinson's disease", "Hodgkin lymphoma", "Alzheimer's disease",
                                               "Graves' disease", "Hashimoto's thyroiditis"]), " and ",
      pick(["Lewy body dementia", "non-Hodgkin lymphoma", "Huntington's disease", "Addison's disease",
            "Cushing's syndrome"]), " in plain language. also what is a ", pick(["Babinski sign", "Murphy's sign",
                                                                                "Glasgow Coma Scale", "Kernig sign"]), "?")


@neg("general", "chat")
def n_historical_figures(d: Doc):
    d(pick(["write a short essay comparing", "give me 3 fun facts about", "who had more influence,"]), " ",
      pick(["Abraham Lincoln", "Florence Nightingale", "Marie Curie", "Napoleon Bonaparte", "Ada Lovelace"]), " and ",
      pick(["Winston Churchill", "Louis Pasteur", "Queen Victoria", "Alan Turing", "Cleopatra"]),
      pick(["?", " for a 7th grade class.", ", with sources."]))


@neg("general", "chat")
def n_fictional(d: Doc):
    d("in ", pick(["Pride and Prejudice", "The Great Gatsby", "Harry Potter", "Don Quixote"]), ", why does ",
      pick(["Elizabeth Bennet", "Jay Gatsby", "Hermione Granger", "Sancho Panza"]), " ",
      pick(["distrust Mr. Darcy at first", "throw those parties", "help Harry so much", "stay loyal"]),
      "? answer in ", str(R.randint(2, 5)), " paragraphs")


@neg("clinical", "note")
def n_young_ages(d: Doc):
    a = R.randint(19, 89)
    d("Guideline summary: screening colonoscopy from age 45; a ", str(a), "-year-old with no risk factors needs ",
      pick(["repeat in 10 years", "no further screening"]), ". Infants aged 90 days or less with fever need a full ",
      "workup. Refill ", pick(["a 90-day supply", "90 tablets"]), " of statin. Music from the early 90s in the waiting room is fine.")


@neg("support", "log")
def n_uuid_bug(d: Doc):
    u = lambda: "%s-%s-4%s-%s%s-%s" % (alnum(8, "0123456789abcdef"), alnum(4, "0123456789abcdef"), alnum(3, "0123456789abcdef"),
                                       pick("89ab"), alnum(3, "0123456789abcdef"), alnum(12, "0123456789abcdef"))
    d("bug report: request_id=", u(), " trace_id=", u(), " returned 500 from /v2/reports after ", str(R.randint(200, 9000)),
      "ms; retry with idempotency key ", u(), " succeeded. what should we log next time?")


@neg("devops", "chat")
def n_localhost_ports(d: Doc):
    d("my docker compose has the api on localhost:", str(R.randint(3000, 9999)), " and postgres on localhost:5432 but the ",
      "container can't reach it. i tried host.docker.internal and network_mode host. compose version ",
      "%d.%d.%d" % (R.randint(2, 2), R.randint(20, 30), R.randint(0, 9)))


@neg("banking", "chat")
def n_public_companies(d: Doc):
    d("compare savings rates at ", pick(["Wells Fargo", "Charles Schwab", "Goldman Sachs (Marcus)", "Ally Bank"]), " and ",
      pick(["Capital One", "Morgan Stanley", "Edward Jones", "Fidelity"]), ". I live near ",
      pick(["Dallas", "Chicago", "Boston", "Phoenix"]), ", does a branch matter? current APY ", "%.2f%%" % R.uniform(0.5, 4.5))


@neg("payments", "chat")
def n_gift_card_invalid(d: Doc):
    n = bad_luhn16()
    d("the store gift card ", " ".join(n[i:i + 4] for i in (0, 4, 8, 12)), " with PIN on the back says 'invalid' at checkout. ",
      "balance should be $", str(R.randint(10, 200)), ". is it expired?")


@neg("banking", "sql")
def n_sql_ddl(d: Doc):
    d("review this schema:\n\nCREATE TABLE ", pick(["customers", "members", "patients", "applicants"]), " (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n",
      "  ssn CHAR(", pick(["9", "11"]), "),\n  email VARCHAR(", str(pick([120, 254, 320])), ") UNIQUE,\n  dob DATE,\n  card_last4 CHAR(4),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n",
      "CREATE INDEX ix_customers_email ON customers(email);\nshould ssn be encrypted at the column level?")


@neg("devops", "markdown_table")
def n_rate_limits(d: Doc):
    d("| Tier | Requests/min | Tokens/min |\n|---|---|---|\n")
    for t in ("Free", "Tier 1", "Tier 2", "Tier 3")[:R.randint(3, 4)]:
        d("| ", t, " | ", "{:,}".format(R.randint(3, 5000)), " | ", "{:,}".format(R.randint(10, 2000) * 1000), " |\n")
    d("\nhow many parallel workers can I run on tier 2?")


@neg("devops", "env")
def n_env_placeholders(d: Doc):
    d("# .env.example — copy to .env and fill in\nOPENAI_API_KEY=your-api-key-here\nDB_PASSWORD=changeme\nJWT_SECRET=<generate with openssl rand -hex 32>\n",
      "PASSWORD_MIN_LENGTH=", str(pick([12, 14, 16])), "\nAPI_KEY_HEADER=X-Api-Key\nPORT=", str(R.randint(3000, 9000)),
      "\n\nis it ok to commit this file?")


@neg("clinical", "hl7")
def n_hl7_spec(d: Doc):
    d("In HL7 v2.5.1, PID-3 is the patient identifier list, PID-5 the patient name (XPN), PID-7 date/time of birth and ",
      "PID-19 the SSN. Our interface engine maps PV1-", str(pick([3, 7, 44])), " wrong. Segment example with no data: ",
      "PID|1||^^^", pick(["HOSP", "RBMC"]), "^MR||^^||||||||. Which component separator should I expect?")


@neg("clinical", "fhir")
def n_fhir_valueset(d: Doc):
    d('{"resourceType": "ValueSet", "id": "', pick(["bp-codes", "vitals"]), '", "status": "active", "compose": {"include": [',
      '{"system": "http-loinc-placeholder", "concept": [{"code": "8480-6", "display": "Systolic blood pressure"}, ',
      '{"code": "8462-4", "display": "Diastolic blood pressure"}]}]}, "version": "', str(R.randint(1, 5)), '.0.',
      str(R.randint(0, 9)), '"}\n\nwhy is system not a valid URI here?')


@neg("banking", "chat")
def n_bank_faq(d: Doc):
    d("rewrite this FAQ answer to be friendlier: 'Your routing number is printed at the bottom left of your checks. Wire ",
      "cutoff is ", pick(["4:00 PM ET", "3:30 PM CT"]), ". Overdraft fee $", str(R.randint(25, 36)), ". Variable APR ",
      "%.2f%%" % R.uniform(18, 29.99), ". Never share your PIN or one-time passcode.'")


@neg("payments", "log")
def n_gateway_decline_log(d: Doc):
    for _ in range(R.randint(3, 4)):
        d("2025-11-%02dT%02d:%02d:%02dZ txn=%s card=****%s brand=%s result=%s\n" % (
            R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), alnum(14, UPPER_DIG), digits(4),
            pick(["visa", "mc", "amex"]), pick(["approved", "declined:51", "declined:05", "3ds_challenge"])))
    d("what's the decline rate here and what does 51 mean?")


@neg("hr", "note")
def n_hr_policy(d: Doc):
    d("Simplify this policy: New hires complete a ", str(pick([60, 90])), "-day probation. PTO accrues at ",
      "%.2f" % R.uniform(1.5, 2.5), " hours per pay period, capped at ", str(pick([160, 200, 240])),
      " hours. Employees aged 50 and over may make catch-up 401(k) contributions. Open enrollment runs Nov 1-15.")


@neg("support", "email")
def n_macro_placeholders(d: Doc):
    d("Hi {{customer.first_name}},\n\nThanks for contacting us about order {{order.number}}. Your refund of ",
      "{{refund.amount}} will post in ", str(R.randint(3, 10)), " business days.\n\nBest,\n{{agent.name}}\n\n",
      "-- make this macro shorter")


@neg("devops", "note")
def n_postmortem(d: Doc):
    d("Postmortem draft, tighten it: At ", "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), " UTC error rate on ",
      pick(["checkout-api", "claims-ingest", "auth-gateway"]), " rose to ", "%.1f%%" % R.uniform(2, 40), " after deploy ",
      alnum(7, "0123456789abcdef"), ". p99 latency ", str(R.randint(800, 9000)), "ms. Rolled back in ", str(R.randint(4, 50)),
      " minutes. Root cause: connection pool size ", str(pick([10, 20, 50])), " too small for node count.")


@neg("devops", "code")
def n_dockerfile_digest(d: Doc):
    d("FROM python:3.", str(R.randint(10, 13)), "-slim@sha256:", alnum(64, "0123456789abcdef"), "\nWORKDIR /app\n",
      "COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nEXPOSE ", str(pick([8000, 8080])),
      "\nCMD [\"gunicorn\", \"-w\", \"4\", \"app:app\"]\n\nwhy is my image 1.2GB?")


@neg("general", "chat")
def n_part_numbers(d: Doc):
    d("the replacement filter is part no. ", digits(3), "-", digits(3), "-", digits(4), ", and the manual says model ",
      alnum(2, string.ascii_uppercase), "-", digits(4), " rev ", alnum(1, "ABCDE"), ". catalog page ", str(R.randint(10, 300)),
      ". which one do i order for a ", str(R.randint(2012, 2023)), " furnace?")


@neg("general", "chat")
def n_coordinates_colors(d: Doc):
    d("convert ", "%.4f" % R.uniform(25, 48), "° N, ", "%.4f" % R.uniform(70, 122), "° W to UTM, and pick a color ",
      "palette around #", alnum(6, "0123456789ABCDEF"), " and #", alnum(6, "0123456789ABCDEF"), " for the map legend")


@neg("clinical", "note")
def n_guideline_ages(d: Doc):
    d("Summarize: Adults ", str(pick([65, 60, 50])), " and older should get the ", pick(["RSV", "shingles", "pneumococcal"]),
      " vaccine. Patients aged ", str(R.randint(18, 40)), " to ", str(R.randint(50, 75)), " with BMI over 30 qualify. ",
      "A 72-year-old on warfarin needs INR every 4 weeks.")


@neg("insurance", "markdown_table")
def n_plan_compare(d: Doc):
    d("| Plan | Deductible | Copay PCP | OOP max |\n|---|---|---|---|\n")
    for nm in ("Bronze HSA", "Silver PPO", "Gold HMO")[:R.randint(2, 3)]:
        d("| ", nm, " ", str(R.randint(1000, 9000)), " | $", "{:,}".format(R.randint(500, 7500)), " | $",
          str(R.randint(0, 60)), " | $", "{:,}".format(R.randint(3000, 9200)), " |\n")
    d("\nwhich is best for someone with two specialist visits a month?")


@neg("devops", "code")
def n_git_diff(d: Doc):
    d("```diff\n-  timeout: ", str(R.randint(5, 30)), "s\n+  timeout: ", str(R.randint(31, 90)), "s\n   retries: 3\n",
      "-  image: registry/api:", "%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)), "\n",
      "+  image: registry/api:", "%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)), "\n```\nwrite a commit message")


@neg("payments", "json")
def n_webhook_no_pii(d: Doc):
    d('{"id": "evt_', alnum(24), '", "type": "invoice.paid", "created": ', str(1760000000 + R.randint(0, 9999999)),
      ', "data": {"object": {"id": "in_', alnum(24), '", "amount_paid": ', str(R.randint(100, 99999)),
      ', "currency": "usd", "status": "paid"}}}\n\nhow do I verify this webhook is genuine?')


@neg("general", "note")
def n_german_business(d: Doc):
    d("Übersetze bitte: Die Lieferung mit der Auftragsnummer ", digits(7), " verzögert sich um ", str(R.randint(2, 14)),
      " Tage. Das neue Liefertermin ist der ", fdate(ymd(2026, 2026), "de"), ". Artikelnummer ", digits(3), ".", digits(3),
      ".", digits(2), ", Menge ", str(R.randint(5, 500)), " Stück.")


@neg("clinical", "note")
def n_spanish_leaflet(d: Doc):
    d("Resume este prospecto: ", pick(["Ibuprofeno", "Paracetamol", "Omeprazol"]), " ", str(pick([400, 600, 20, 500])),
      " mg, comprimidos. Adultos y adolescentes mayores de 12 años: 1 comprimido cada 8 horas. No superar ",
      str(R.randint(3, 4)), " comprimidos al día. Lote ", alnum(2, string.ascii_uppercase), digits(4), ", caducidad ",
      "%02d/%d" % (R.randint(1, 12), R.randint(2026, 2029)), ".")


@neg("general", "chat")
def n_business_dates(d: Doc):
    d("our Q", str(R.randint(1, 4)), " board deck is due ", fdate(ymd(2026, 2026), "long"), " and the product launch is ",
      fdate(ymd(2026, 2026), "short"), ". the company was founded in the early 90s. make a timeline slide")


@neg("devops", "log")
def n_prom_metrics(d: Doc):
    for m in ("http_requests_total", "process_resident_memory_bytes", "db_pool_in_use"):
        d(m, '{service="', pick(["api", "worker"]), '",code="', str(pick([200, 500])), '"} ', str(R.randint(0, 10 ** 7)), "\n")
    d("write an alert rule for when the pool is exhausted")


@neg("devops", "yaml")
def n_cron_durations(d: Doc):
    d("schedule:\n  - cron: \"", str(R.randint(0, 59)), " ", str(R.randint(0, 23)), " * * ", pick(["1-5", "*", "0"]),
      "\"\nretention: P", str(R.randint(7, 90)), "D\ntimeout: PT", str(R.randint(5, 60)), "M\nbackoff_seconds: [1, 2, 4, 8]\n",
      "\nwhat does this schedule mean in plain english?")


@neg("banking", "statement")
def n_masked_summary(d: Doc):
    d("Statement summary — Checking ****", digits(4), "\nOpening balance $", "{:,}.{:02d}".format(R.randint(100, 9000), R.randint(0, 99)),
      "\nDeposits $", "{:,}.{:02d}".format(R.randint(1000, 9000), R.randint(0, 99)), "\nWithdrawals $",
      "{:,}.{:02d}".format(R.randint(1000, 9000), R.randint(0, 99)), "\nFees $0.00\n\nwhy is the closing balance lower than I expected?")


@neg("devops", "chat")
def n_regex_help(d: Doc):
    d("need a regex that matches US SSNs like ddd-dd-dddd but not 000 or 666 area numbers, and another for ",
      pick(["16-digit card numbers with optional spaces", "emails", "IBANs", "NANP phone numbers"]), ". ",
      pick(["python flavor please", "needs to work in postgres", "javascript, no lookbehind"]))


@neg("hr", "csv")
def n_headcount_csv(d: Doc):
    d("dept,headcount,open_reqs,avg_tenure_years\n")
    for dep in ("Nursing", "Billing", "IT", "Facilities")[:R.randint(3, 4)]:
        d(dep, ",", str(R.randint(3, 400)), ",", str(R.randint(0, 30)), ",", "%.1f" % R.uniform(0.5, 12), "\n")
    d("\nplot this as a bar chart")


@neg("general", "chat")
def n_names_as_words(d: Doc):
    d("I ", pick(["will", "hope to"]), " get the ", pick(["grant", "bill"]), " paid by ", pick(["April", "June"]),
      ", but faith in the budget is low. ", pick(["Mark", "Flag"]), " the items we can defer and list the ",
      pick(["spring", "summer"]), " projects to drop. the ", pick(["baker", "carpenter"]), " quoted $", str(R.randint(400, 9000)))


@neg("insurance", "email")
def n_claim_status_no_person(d: Doc):
    d("Subject: Claim batch status\n\nBatch ", digits(6), " (", str(R.randint(20, 400)), " claims) was received ",
      fdate(ymd(2025, 2025), "us"), ". ", str(R.randint(1, 19)), " rejected with CARC 16 / RARC MA130. Group number ",
      digits(6), ". Please resubmit via the clearinghouse.\n\n-- draft a reply asking which claims")


@neg("clinical", "note")
def n_pediatric_doses(d: Doc):
    w = R.randint(8, 40)
    d("check my math: amoxicillin 45 mg/kg/day divided BID for a ", str(w), " kg child = ", str(45 * w // 2),
      " mg per dose. suspension 400 mg/5 mL, so ", "%.1f" % (45 * w / 2 / 80), " mL per dose. the child is ",
      str(R.randint(2, 11)), " years old.")


@neg("devops", "ini")
def n_ini_no_secret(d: Doc):
    d("[server]\nworkers = ", str(R.randint(2, 16)), "\nport = ", str(R.randint(8000, 9000)),
      "\n\n[auth]\npassword_min_length = 12\nlockout_after = 5\ntoken_ttl_minutes = ", str(pick([15, 30, 60])),
      "\n\nwhat does lockout_after mean?")


# =============================================================================== build

def build() -> list[dict]:
    global R
    R = random.Random(SEED)
    items = []
    for i in range(N_POSITIVE):
        items.append((True, POSITIVE[i % len(POSITIVE)]))
    for i in range(N_NEGATIVE):
        items.append((False, NEGATIVE[i % len(NEGATIVE)]))
    R.shuffle(items)
    seen: set[str] = set()
    recs = []
    for is_pos, (name, domain, fmt, fn) in items:
        for _attempt in range(50):
            d = Doc()
            fn(d)
            if d.text not in seen:
                break
        else:
            raise RuntimeError("template %s keeps repeating itself" % name)
        seen.add(d.text)
        spans = sorted(d.spans, key=lambda s: (s[0], s[1], s[2]))
        if is_pos:
            assert spans, name
        else:
            assert not spans, name
        recs.append({
            "id": "h3-%04d" % (len(recs) + 1),
            "domain": domain,
            "kind": fmt if is_pos else "hard_negative",
            "format": fmt,
            "template": name,
            "text": d.text,
            "spans": [{"start": a, "end": b, "entity_type": t} for a, b, t in spans],
        })
    return recs


def render(recs: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def stats(recs: list[dict]) -> str:
    by_type: dict[str, int] = {}
    by_dom: dict[str, list[int]] = {}
    by_fmt: dict[str, int] = {}
    for r in recs:
        row = by_dom.setdefault(r["domain"], [0, 0])
        row[r["kind"] == "hard_negative"] += 1
        by_fmt[r["format"]] = by_fmt.get(r["format"], 0) + 1
        for s in r["spans"]:
            by_type[s["entity_type"]] = by_type.get(s["entity_type"], 0) + 1
    neg_n = sum(1 for r in recs if r["kind"] == "hard_negative")
    out = ["records %d, labeled %d, hard negatives %d (%.1f%%), gold spans %d, templates %d positive + %d negative"
           % (len(recs), len(recs) - neg_n, neg_n, 100 * neg_n / len(recs), sum(by_type.values()), len(POSITIVE),
              len(NEGATIVE))]
    out.append("domain: " + ", ".join("%s %d/%d" % (k, v[0], v[1]) for k, v in sorted(by_dom.items(), key=lambda kv: (-sum(kv[1]), kv[0]))))
    out.append("format: " + ", ".join("%s %d" % kv for kv in sorted(by_fmt.items(), key=lambda kv: (-kv[1], kv[0]))))
    out.append("spans: " + ", ".join("%s %d" % kv for kv in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))))
    return "\n".join(out)


def main(argv: list[str]) -> int:
    recs = build()
    text = render(recs)
    if "--stats" in argv:
        print(stats(recs))
        return 0
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("%s is out of date: run python %s" % (OUT, Path(__file__).name))
            return 1
        print("ok: %d records" % len(recs))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print("wrote %d records to %s" % (len(recs), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
