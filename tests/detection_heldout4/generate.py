"""Generate held-out detection set #4 (prompts.jsonl next to this file).

    python tests/detection_heldout4/generate.py           # rewrite prompts.jsonl
    python tests/detection_heldout4/generate.py --check   # exit 1 if the committed file differs
    python tests/detection_heldout4/generate.py --stats   # print composition counts

Stdlib only.  One ``random.Random(SEED)`` is consumed in a fixed order (templates run in
definition order, then the record list is shuffled once), so the output is byte-for-byte
reproducible.  Gold spans are recorded while each text is assembled: a template appends
plain strings and ``(ENTITY_TYPE, value)`` pieces to a ``Doc``; a piece's value may itself
be a list of pieces (nested spans, e.g. a PAN inside track data).  Nothing is ever found
by searching the finished text.
"""

from __future__ import annotations

import base64
import collections
import datetime
import json
import random
import string
import sys
import unicodedata
from pathlib import Path

SEED = 4_0417_2026
HERE = Path(__file__).resolve().parent
OUT = HERE / "prompts.jsonl"
R = random.Random(SEED)


# =============================================================================== Doc

class Doc:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []

    def __call__(self, *parts) -> "Doc":
        for p in parts:
            if isinstance(p, str):
                self.buf.append(p)
                self.n += len(p)
            else:
                etype, val = p
                start = self.n
                if isinstance(val, str):
                    self.buf.append(val)
                    self.n += len(val)
                else:
                    self(*val)
                self.spans.append((start, self.n, etype))
        return self

    def text(self) -> str:
        return "".join(self.buf)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p: float) -> bool:
    return R.random() < p


def digits(n: int) -> str:
    return "".join(str(R.randrange(10)) for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits

# =============================================================================== names

GIVEN = {
    "anglo": ["Margaret", "Harold", "Brittany", "Colin", "Dorothy", "Wesley", "Tamsin", "Garrett", "Evelyn",
              "Clifford", "Rosalind", "Desmond"],
    "hispanic": ["Guadalupe", "Rodrigo", "Ximena", "Esteban", "Marisol", "Joaquín", "Itzel", "Alejandro",
                 "Araceli", "Fernando", "Yesenia", "María José"],
    "west_african": ["Chukwuemeka", "Adaeze", "Oluwaseun", "Kwabena", "Abena", "Folasade", "Ngozi", "Babajide",
                     "Yaw", "Efua", "Temitope", "Ikechukwu"],
    "south_asian": ["Priyanka", "Venkatesh", "Ananya", "Harpreet", "Siddharth", "Lakshmi", "Rohan", "Meenakshi",
                    "Arjun", "Farhana", "Devendra", "Kavya"],
    "east_asian": ["Hiroshi", "Mei-Ling", "Jae-won", "Yuki", "Xiaoming", "Seo-yeon", "Takumi", "Haruka", "Jian",
                   "Min-jun", "Aiko", "Wei"],
    "slavic": ["Dmitri", "Katarzyna", "Bogdan", "Svetlana", "Miroslav", "Zuzana", "Agnieszka", "Yaroslav",
               "Milena", "Tomasz", "Ludmila", "Radek"],
    "arabic": ["Khalid", "Layla", "Yousef", "Noor", "Tariq", "Samira", "Hamza", "Rania", "Omar", "Dalia", "Bilal",
               "Huda"],
    "turkish": ["Emre", "Elif", "Burak", "Zeynep", "Serkan", "Aylin", "Mehmet", "Ebru", "Oğuz", "Gülşen", "Kerem",
                "Derya"],
    "german": ["Jürgen", "Annelie", "Wolfgang", "Friederike", "Matthias", "Sabine", "Lukas", "Heike", "Dieter",
               "Ulrike", "Torsten", "Birgit"],
    "french": ["Amélie", "Thibault", "Céline", "Grégoire", "Margaux", "Jérôme", "Solène", "Baptiste", "Élodie",
               "Lucien", "Maëlle", "Rémi"],
    "vietnamese": ["Mai", "Huong", "Duc", "Thanh", "Linh", "Quang", "Phuong", "Tuan", "Ngoc", "Bao", "Khanh",
                   "Hoa"],
    "filipino": ["Rosalinda", "Jericho", "Maricel", "Rommel", "Cherry Ann", "Jomar", "Luzviminda", "Arnel",
                 "Divina", "Ferdinand", "Lorna", "Rey"],
    "anglo2": ["Shelby", "Tucker", "Hollis", "Marjorie", "Beverly", "Dwayne", "Lorraine", "Russell", "Ainsley",
               "Gordon", "Noreen", "Travis"],
}
SURNAME = {
    "anglo": ["Whitfield", "Pemberton", "Ashcroft", "Holloway", "Crandall", "Kettering", "Blackwood", "Dunmore",
              "Fairbanks", "Lockhart", "Thornbury", "O'Sullivan"],
    "hispanic": ["Villanueva", "Quintero", "Ordóñez", "Saldaña", "Zamora", "Bermúdez", "Treviño", "Alcántara",
                 "Montoya", "García Lozano", "Espinoza", "Cárdenas"],
    "west_african": ["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Eze", "Oyelaran", "Nwachukwu", "Asante",
                     "Ogunleye", "Owusu", "Danjuma", "Akinola"],
    "south_asian": ["Raghunathan", "Chatterjee", "Sandhu", "Iyer", "Deshpande", "Venkataraman", "Bhattacharya",
                    "Kulkarni", "Rahman", "Nair", "Malhotra", "Subramanian"],
    "east_asian": ["Takahashi", "Zhang", "Park", "Yamamoto", "Liu", "Choi", "Nakamura", "Huang", "Kwon", "Matsuda",
                   "Chen", "Hayashi"],
    "slavic": ["Kowalczyk", "Petrenko", "Novák", "Wiśniewska", "Sokolov", "Dvořák", "Horvat", "Zielinski",
               "Kuznetsova", "Bondarenko", "Jovanović", "Marczak"],
    "arabic": ["Al-Rashid", "Haddad", "Mansour", "El-Sayed", "Khoury", "Nasser", "Saleh", "Abdelrahman", "Bakr",
               "Farouk", "Al-Amin", "Qasim"],
    "turkish": ["Yılmaz", "Öztürk", "Demir", "Çelik", "Aydın", "Şahin", "Arslan", "Doğan", "Kılıç", "Koç",
                "Erdem", "Polat"],
    "german": ["Schäfer", "Hoffmann", "Becker", "von Ahlen", "Krüger", "Weißmann", "Brandt", "Lehmann", "Vogel",
               "Schröder", "Engel", "Hartmann"],
    "french": ["Lefebvre", "Dubois", "Moreau", "Girard", "Fontaine", "Chevalier", "Lambert", "Bonnet",
               "de Villiers", "Mercier", "Gauthier", "Leclerc"],
    "vietnamese": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly"],
    "filipino": ["Dela Cruz", "Bautista", "Macaraeg", "Villareal", "Soriano", "Pangilinan", "Manalo", "Ocampo",
                 "Dimaculangan", "Salonga", "Mendoza", "Tolentino"],
    "anglo2": ["Gallagher", "Prewitt", "Haskins", "McAllister", "Rutledge", "Stanhope", "Whitlock", "Burkhardt",
               "Caldwell", "Hendricks", "Yardley", "Brennan"],
}
ORIGINS = list(GIVEN)


def person(origin: str | None = None) -> dict:
    o = origin or pick(ORIGINS)
    so = o if chance(0.85) else pick(ORIGINS)
    return {"g": pick(GIVEN[o]), "s": pick(SURNAME[so]), "m": pick("ABCDEFGHJKLMNPRSTW")}


def nm(p: dict, style: str = "full") -> str:
    g, s, m = p["g"], p["s"], p["m"]
    return {
        "full": f"{g} {s}",
        "mid": f"{g} {m}. {s}",
        "lf": f"{s}, {g}",
        "caps": f"{g} {s}".upper(),
        "caps_lf": f"{s.upper()}, {g.upper()}",
        "lower": f"{g} {s}".lower(),
        "init": f"{g[0]}. {s}",
        "first": g,
        "last": s,
        "caps_last": s.upper(),
    }[style]


def any_style(p: dict) -> str:
    return nm(p, pick(["full", "full", "full", "mid", "lf", "caps", "init", "lower"]))


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    return "".join(c for c in fold(s).lower() if c.isalnum())


MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "aol.com",
                "comcast.net", "att.net", "fastmail.com"]
ORG_DOMAINS = ["mercyvalleyhealth.org", "brightwater-clinic.com", "northlakeortho.com", "keystonemutual.com",
               "harborlinecu.org", "pinecrestbank.com", "tallgrasspay.io", "lumenfreight.com", "orchardhr.com",
               "copperleaf.dev", "quillstack.io", "riverbendpeds.org", "sagebrushins.com", "atlasridge.co"]


def email(p: dict, domain: str | None = None) -> str:
    g, s = slug(p["g"]), slug(p["s"])
    local = pick([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{R.randrange(10, 99)}", f"{s}.{g}", f"{g}_{s}",
                  f"{g}{R.randrange(1950, 2005)}"])
    return f"{local}@{domain or pick(MAIL_DOMAINS)}"


def work_email(p: dict, domain: str) -> str:
    return f"{slug(p['g'])}.{slug(p['s'])}@{domain}"


# =============================================================================== dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def rdate(y0: int, y1: int) -> datetime.date:
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def dob(y0: int = 1931, y1: int = 2004) -> datetime.date:
    return rdate(y0, y1)


def recent(y0: int = 2023, y1: int = 2025) -> datetime.date:
    return rdate(y0, y1)


def fd(d: datetime.date, style: str = "us") -> str:
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us1": f"{d.month}/{d.day}/{d.year}",
        "iso": d.isoformat(),
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "abbr": f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
        "uk": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "dmy": f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
        "de": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "de_long": f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
        "es_long": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
        "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


def any_date(d: datetime.date) -> str:
    return fd(d, pick(["us", "us", "us1", "iso", "long", "abbr", "dmy"]))


def age_at(born: datetime.date, when: datetime.date) -> int:
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


# =============================================================================== contact, location

AREA_CODES = ["205", "213", "248", "267", "303", "312", "347", "404", "412", "425", "469", "502", "512", "571",
              "602", "614", "615", "702", "704", "713", "720", "757", "773", "803", "808", "813", "818", "860",
              "907", "916", "919", "929", "971", "984"]


def nanp() -> tuple[str, str, str]:
    area = pick(AREA_CODES)
    while True:
        ex = str(R.randint(2, 9)) + digits(2)
        if ex[1:] != "11" and ex != "555":
            break
    return area, ex, digits(4)


def phone(style: str | None = None) -> str:
    a, e, x = nanp()
    style = style or pick(["paren", "dash", "dash", "dot", "plus", "plus_dash", "one"])
    return {
        "paren": f"({a}) {e}-{x}",
        "dash": f"{a}-{e}-{x}",
        "dot": f"{a}.{e}.{x}",
        "plus": f"+1 {a} {e} {x}",
        "plus_dash": f"+1-{a}-{e}-{x}",
        "one": f"1-{a}-{e}-{x}",
        "e164": f"+1{a}{e}{x}",
        "bare": f"{a}{e}{x}",
    }[style]


def intl_phone(cc: str | None = None) -> str:
    cc = cc or pick(["GB", "DE", "IN", "NG", "PH", "FR", "MX", "TR"])
    return {
        "GB": lambda: f"+44 7{digits(3)} {digits(6)}",
        "DE": lambda: f"+49 15{R.randint(1, 7)} {digits(8)}",
        "IN": lambda: f"+91 {R.randint(7, 9)}{digits(4)} {digits(5)}",
        "NG": lambda: f"+234 80{R.choice('3689')} {digits(3)} {digits(4)}",
        "PH": lambda: f"+63 9{digits(2)} {digits(3)} {digits(4)}",
        "FR": lambda: f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        "MX": lambda: f"+52 55 {digits(4)} {digits(4)}",
        "TR": lambda: f"+90 5{digits(2)} {digits(3)} {digits(2)} {digits(2)}",
    }[cc]()


CITIES = [("Tulsa", "OK", "741"), ("Fresno", "CA", "937"), ("Dayton", "OH", "454"), ("Spokane", "WA", "992"),
          ("Albany", "NY", "122"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"), ("Lubbock", "TX", "794"),
          ("Madison", "WI", "537"), ("Reno", "NV", "895"), ("Knoxville", "TN", "379"), ("Worcester", "MA", "016"),
          ("Des Moines", "IA", "503"), ("Tucson", "AZ", "857"), ("Baton Rouge", "LA", "708"),
          ("Providence", "RI", "029"), ("Omaha", "NE", "681"), ("Richmond", "VA", "232"),
          ("Anchorage", "AK", "995"), ("Paterson", "NJ", "075"), ("Durham", "NC", "277"), ("Eugene", "OR", "974"),
          ("Lansing", "MI", "489"), ("Hialeah", "FL", "330"), ("Santa Fe", "NM", "875"), ("Burlington", "VT", "054")]
STREETS = ["Juniper", "Wexford", "Old Mill", "Cottonwood", "Harbor View", "Sycamore", "Magnolia", "Ridgeline",
           "Prospect", "Kingsbury", "Tamarack", "Bluebonnet", "Chisholm Trail", "Lakeshore", "Cedar Hollow", "Osage",
           "Birchwood", "Alameda", "Quail Run", "Foxglove", "Sandstone", "Mockingbird", "Pawnee", "Larkspur"]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Ct", "Way", "Pl",
            "Terrace", "Pkwy", "Cir"]


def street() -> str:
    num = str(R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)]))
    dirn = pick(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
    s = f"{num} {dirn}{pick(STREETS)} {pick(SUFFIXES)}"
    if chance(0.3):
        s += pick([f" Apt {R.randint(1, 30)}{pick('ABCD')}", f" Unit {R.randint(2, 420)}", f" #{R.randint(100, 999)}",
                   f", Apt. {R.randint(1, 9)}", f" Ste {R.randint(1, 9)}00"])
    return s


def city() -> tuple[str, str, str]:
    c, st, z3 = pick(CITIES)
    z = z3 + digits(2)
    if z.endswith("00"):
        z = z3 + "14"
    if chance(0.15):
        z += "-" + digits(4)
    return c, st, z


# =============================================================================== government / health ids

def ssn(style: str = "dash") -> str:
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    group, serial = R.randint(1, 99), R.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "bare": f"{a}{g}{s}"}[style]


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def itin(style: str = "dash") -> str:
    a, g, s = f"9{digits(2)}", f"{pick(ITIN_GROUPS):02d}", digits(4)
    return f"{a}-{g}-{s}" if style == "dash" else f"{a}{g}{s}"


def driver_license(state: str | None = None) -> tuple[str, str]:
    state = state or pick(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "NJ", "OH", "AZ", "MI", "GA"])
    L = string.ascii_uppercase
    v = {
        "CA": lambda: pick(L) + digits(7),
        "NY": lambda: digits(3) + " " + digits(3) + " " + digits(3),
        "TX": lambda: digits(8),
        "FL": lambda: f"{pick(L)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}",
        "IL": lambda: f"{pick(L)}{digits(3)}-{digits(4)}-{digits(4)}",
        "WA": lambda: "WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ23456789"),
        "PA": lambda: digits(2) + " " + digits(3) + " " + digits(3),
        "NJ": lambda: pick(L) + digits(4) + " " + digits(5) + " " + digits(5),
        "OH": lambda: pick(L) + pick(L) + digits(6),
        "AZ": lambda: pick("ABDY") + digits(8),
        "MI": lambda: f"{pick(L)} {digits(3)} {digits(3)} {digits(3)} {digits(3)}",
        "GA": lambda: "0" + digits(8),
    }[state]()
    return state, v


def us_passport() -> str:
    return pick("ACEHJKLMNPRSTUVWXZ") + digits(8) if chance(0.5) else str(R.randint(1, 9)) + digits(8)


def mrn() -> str:
    return pick([lambda: digits(8), lambda: "E" + digits(7), lambda: f"{digits(3)}-{digits(2)}-{digits(2)}",
                 lambda: "MV" + digits(7), lambda: digits(7), lambda: f"{digits(2)}{digits(6)}"])()


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_check_digit(num[:-1]) == num[-1]


def npi() -> str:
    body = pick("12") + digits(8)
    return body + luhn_check_digit("80840" + body)


def dea(surname: str) -> str:
    initial = fold(surname.replace("de ", "").replace("von ", "").replace("Al-", "").replace("El-", ""))[0].upper()
    d = [R.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pick("ABFGM") + initial + "".join(map(str, d)) + str(chk)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes: bool = False) -> str:
    an = MBI_ALPHA + string.digits
    c = [str(R.randint(1, 9)), pick(MBI_ALPHA), pick(an), str(R.randrange(10)), pick(MBI_ALPHA), pick(an),
         str(R.randrange(10)), pick(MBI_ALPHA), pick(MBI_ALPHA), str(R.randrange(10)), str(R.randrange(10))]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def member_id() -> str:
    return pick([lambda: pick(["XEH", "YRK", "JQW", "ZGP", "UHC"]) + digits(9),
                 lambda: "W" + digits(9), lambda: f"{digits(3)}{pick(string.ascii_uppercase)}{digits(5)}",
                 lambda: "M" + digits(8) + "01", lambda: pick(["KMA", "HPN", "CGX"]) + digits(8) + pick(["", "-02"]),
                 lambda: digits(11)])()


# =============================================================================== finance

CARD_BRANDS = ["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners", "unionpay", "visa19"]


def card(brand: str | None = None) -> tuple[str, str]:
    brand = brand or pick(CARD_BRANDS)
    prefix, length = {
        "visa": (lambda: "4" + digits(5), 16),
        "visa19": (lambda: "4" + digits(5), 19),
        "mc": (lambda: str(R.randint(51, 55)) + digits(4), 16),
        "mc2": (lambda: str(R.randint(2221, 2720)) + digits(2), 16),
        "amex": (lambda: pick(["34", "37"]) + digits(4), 15),
        "discover": (lambda: pick(["6011", "65" + digits(2), str(R.randint(644, 649)) + digits(1)]) + digits(2), 16),
        "jcb": (lambda: str(R.randint(3528, 3589)) + digits(2), 16),
        "diners": (lambda: "36" + digits(4), 14),
        "unionpay": (lambda: "62" + pick(["2", "4", "5", "8"]) + digits(3), 16),
    }[brand]
    body = prefix()
    body += digits(length - 1 - len(body))
    pan = body + luhn_check_digit(body)
    return brand, pan


def card_fmt(brand: str, pan: str, style: str | None = None) -> str:
    style = style or pick(["space", "space", "dash", "bare"])
    if style == "bare":
        return pan
    sep = " " if style == "space" else "-"
    if brand == "amex":
        groups = [pan[:4], pan[4:10], pan[10:]]
    elif brand == "diners":
        groups = [pan[:4], pan[4:10], pan[10:]]
    else:
        groups = [pan[i:i + 4] for i in range(0, len(pan), 4)]
    return sep.join(groups)


def cvv(brand: str) -> str:
    return digits(4) if brand == "amex" else f"{R.randint(100, 999)}"


def expiry() -> tuple[int, int]:
    return R.randint(1, 12), R.randint(26, 31)


def track2(pan: str) -> list:
    m, y = expiry()
    return [";", ("CREDIT_CARD", pan), f"={y:02d}{m:02d}{pick(['101', '201', '121'])}{digits(R.randint(8, 13))}?"]


def track1(pan: str, p: dict) -> list:
    m, y = expiry()
    holder = f"{fold(p['s']).upper()}/{fold(p['g']).upper()}"
    return ["%B", ("CREDIT_CARD", pan), "^", ("PERSON", holder),
            f"^{y:02d}{m:02d}{pick(['101', '201'])}{digits(R.randint(10, 16))}?"]


def aba() -> str:
    first = R.choice(list(range(1, 13)) + list(range(21, 33)))
    d = [int(c) for c in f"{first:02d}" + digits(6)]
    partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - partial % 10) % 10)


def bank_account() -> str:
    return pick([lambda: digits(10), lambda: digits(12), lambda: digits(9), lambda: digits(8),
                 lambda: digits(4) + digits(7), lambda: "00" + digits(9)])()


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - num % 97:02d}"


def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_dc(bank: str, branch: str, account: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(s: str) -> str:
        v = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        return "0" if v == 11 else "1" if v == 10 else str(v)
    return one("00" + bank + branch) + one(account)


def _nl_account() -> str:
    while True:
        a = digits(10)
        if sum(int(c) * (10 - i) for i, c in enumerate(a)) % 11 == 0 and a[0] != "0":
            return a


def _pl_sort() -> str:
    s = digits(7)
    w = [3, 9, 7, 1, 3, 9, 7]
    return s + str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)


IBAN_COUNTRIES = ["DE", "GB", "FR", "ES", "NL", "BE", "CH", "AT", "PL", "IE", "LU", "AE", "TR", "SA"]


def iban(country: str | None = None, grouped: bool | None = None) -> tuple[str, str]:
    c = country or pick(IBAN_COUNTRIES)
    if c == "DE":
        bban = digits(8) + digits(10)
    elif c == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif c == "FR":
        bank, branch, acct = digits(5), digits(5), digits(11)
        bban = bank + branch + acct + _rib_key(bank, branch, acct)
    elif c == "ES":
        bank, branch, acct = digits(4), digits(4), digits(10)
        bban = bank + branch + _es_dc(bank, branch, acct) + acct
    elif c == "NL":
        bban = pick(["RABO", "INGB", "ABNA", "SNSB", "TRIO"]) + _nl_account()
    elif c == "BE":
        first = digits(10)
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    elif c == "CH":
        bban = digits(5) + digits(12)
    elif c == "AT":
        bban = digits(5) + digits(11)
    elif c == "PL":
        bban = _pl_sort() + digits(16)
    elif c == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS"]) + digits(6) + digits(8)
    elif c == "LU":
        bban = digits(3) + digits(13)
    elif c == "AE":
        bban = digits(3) + digits(16)
    elif c == "TR":
        bban = digits(5) + "0" + digits(16)
    elif c == "SA":
        bban = digits(2) + digits(18)
    else:
        raise ValueError(c)
    s = c + iban_check(c, bban) + bban
    if grouped is None:
        grouped = chance(0.6)
    return c, " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


BIC_BANKS = ["HLBK", "MRVA", "KSPR", "NORD", "BRGX", "TALV", "QUIN", "CORV", "VELB", "LUMA", "FJRD", "OSKB"]


def bic(country: str, branch: bool | None = None) -> str:
    loc = pick("ABCDEFGHJKLMNPRSTUVWXYZ23456789") + pick("ABCDEFGHJKLMNPRSTUVWXYZ23456789")
    b = pick(BIC_BANKS) + country + loc
    if branch if branch is not None else chance(0.4):
        b += pick(["XXX", "100", "FRA", "LDN", "MAD", "B22"])
    return b


def us_bic() -> str:
    return pick(["BOFA", "CHAS", "WFBI", "CITI", "PNCC", "USBK", "TRUI"]) + "US" + pick(["3N", "33", "6S", "4M", "6L"])


# =============================================================================== network, secrets

def ipv4(public: bool = True) -> str:
    if not public:
        return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])
    while True:
        a = R.randint(11, 223)
        if a not in (10, 127, 169, 172, 192, 100):
            return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6() -> str:
    return f"2a02:{R.randint(0x1000, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(1, 0xfff):x}::{R.randint(1, 0xffff):x}"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def rbytes(n: int) -> bytes:
    return bytes(R.randrange(256) for _ in range(n))


def jwt(sub_email: str | None = None) -> str:
    alg = pick(["HS256", "RS256", "ES256"])
    head = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        head["kid"] = alnum(10, HEX)
    iat = R.randint(1_700_000_000, 1_760_000_000)
    body = {"sub": str(R.randint(10_000, 9_999_999)), "iat": iat, "exp": iat + pick([900, 3600, 86400]),
            "scope": pick(["claims:read", "openid profile", "payments:write", "member.read"])}
    if sub_email:
        body["email"] = sub_email
    sig = rbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    enc = lambda o: b64url(json.dumps(o, separators=(",", ":")).encode())
    return f"{enc(head)}.{enc(body)}.{b64url(sig)}"


def _b64lines(raw: bytes, width: int) -> list[str]:
    s = base64.b64encode(raw).decode()
    return [s[i:i + width] for i in range(0, len(s), width)]


def pem(kind: str | None = None) -> tuple[str, list[str], str]:
    kind = kind or pick(["ec", "pkcs8", "rsa", "openssh"])
    if kind == "ec":
        raw = (b"\x30\x77\x02\x01\x01\x04\x20" + rbytes(32) +
               b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rbytes(64))
        return "EC PRIVATE KEY", _b64lines(raw, 64), kind
    if kind == "pkcs8":
        raw = b"\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20" + rbytes(32)
        return "PRIVATE KEY", _b64lines(raw, 64), kind
    if kind == "rsa":
        raw = b"\x30\x82\x02\x5c\x02\x01\x00\x02\x81\x81\x00" + rbytes(593)
        return "RSA PRIVATE KEY", _b64lines(raw, 64), kind
    raw = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00"
           b"\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32) + rbytes(250))
    return "OPENSSH PRIVATE KEY", _b64lines(raw, 70), kind


def pem_text(sep: str = "\n", indent: str = "") -> str:
    label, lines, _ = pem()
    inner = sep.join(indent + ln for ln in lines)
    return f"-----BEGIN {label}-----{sep}{inner}{sep}{indent}-----END {label}-----"


URLSAFE = string.ascii_letters + string.digits + "_-"
B62 = string.ascii_letters + string.digits


def api_key(kind: str | None = None) -> str:
    kind = kind or pick(["openai", "anthropic", "aws", "github", "github_pat", "gitlab", "slack", "stripe",
                         "stripe_rk", "google", "sendgrid", "npm", "hf", "twilio", "digitalocean", "shopify",
                         "mailgun", "pypi", "linear", "square"])
    return {
        "openai": lambda: pick(["sk-proj-", "sk-svcacct-"]) + alnum(64, URLSAFE) + "T3BlbkFJ" + alnum(64, URLSAFE),
        "openai_legacy": lambda: "sk-" + alnum(20, B62) + "T3BlbkFJ" + alnum(20, B62),
        "anthropic": lambda: "sk-ant-api03-" + alnum(93, URLSAFE) + "AA",
        "aws": lambda: pick(["AKIA", "ASIA"]) + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        "github": lambda: pick(["ghp_", "gho_", "ghs_"]) + alnum(36, B62),
        "github_pat": lambda: "github_pat_11" + alnum(20, UPPER_DIGITS) + "_" + alnum(59, B62),
        "gitlab": lambda: "glpat-" + alnum(20, URLSAFE),
        "slack": lambda: pick(["xoxb-", "xoxp-"]) + digits(12) + "-" + digits(13) + "-" + alnum(24, B62),
        "stripe": lambda: "sk_live_51" + alnum(97, B62),
        "stripe_rk": lambda: "rk_live_51" + alnum(97, B62),
        "google": lambda: "AIza" + alnum(35, URLSAFE),
        "sendgrid": lambda: "SG." + alnum(22, URLSAFE) + "." + alnum(43, URLSAFE),
        "npm": lambda: "npm_" + alnum(36, B62),
        "hf": lambda: "hf_" + alnum(34, string.ascii_letters),
        "twilio": lambda: "SK" + alnum(32, HEX),
        "digitalocean": lambda: "dop_v1_" + alnum(64, HEX),
        "shopify": lambda: "shpat_" + alnum(32, HEX),
        "mailgun": lambda: "key-" + alnum(32, HEX),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmcCJD" + alnum(60, URLSAFE),
        "linear": lambda: "lin_api_" + alnum(40, B62),
        "square": lambda: "EAAA" + alnum(60, URLSAFE),
    }[kind]()


def aws_secret() -> str:
    return alnum(40, B62 + "+/")


def hi_secret() -> str:
    return pick([lambda: alnum(32, HEX), lambda: alnum(64, HEX), lambda: alnum(40, B62),
                 lambda: base64.b64encode(rbytes(32)).decode().rstrip("=").replace("+", "x").replace("/", "Q")])()


WORDS = ["Marigold", "Quartz", "Tundra", "Falcon", "Ember", "Harbor", "Juniper", "Cobalt", "Pylon", "Meadow",
         "Saffron", "Orbit", "Granite", "Willow", "Nimbus", "Lantern"]


def password() -> str:
    return pick([
        lambda: pick(WORDS) + pick("!#$%&*@?") + digits(4),
        lambda: alnum(12, string.ascii_letters + string.digits + "!@#%^*"),
        lambda: f"{pick(WORDS).lower()}-{pick(WORDS)}-{R.randint(10, 99)}",
        lambda: alnum(3, string.ascii_uppercase) + digits(2) + pick("!$%") + alnum(5, string.ascii_lowercase) + digits(1),
        lambda: alnum(16, B62),
    ])()


# =============================================================================== vehicle, device, age

VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1HG", "1FT", "5YJ", "WBA", "JTD", "3VW", "KMH", "2T1", "1C4", "JN8", "WVW", "4T1", "5FN", "1GC", "YV1"]


def vin() -> str:
    while True:
        v = list(pick(WMIS) + alnum(5, VIN_CH) + "0" + pick("GHJKLMNPRS") + pick(VIN_CH) + digits(6))
        total = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(v, VIN_W))
        v[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(v)


def plate(state: str | None = None) -> str:
    return pick([lambda: f"{R.randint(1, 9)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(3)}",
                 lambda: f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{digits(4)}",
                 lambda: f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(3)}",
                 lambda: f"{digits(3)} {alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"])()


def gtin14() -> str:
    body = pick(["0", "1"]) + "0" + digits(11)
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def udi() -> str:
    exp = rdate(2026, 2030)
    s = f"(01){gtin14()}(17){exp.year % 100:02d}{exp.month:02d}{exp.day:02d}(10){alnum(R.randint(5, 8), UPPER_DIGITS)}"
    if chance(0.7):
        s += f"(21){alnum(R.randint(6, 10), UPPER_DIGITS)}"
    return s


def imei() -> str:
    body = pick(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_check_digit(body)


def serial() -> str:
    return pick([lambda: alnum(3, string.ascii_uppercase) + digits(7),
                 lambda: f"{alnum(2, string.ascii_uppercase)}{digits(4)}-{alnum(4, UPPER_DIGITS)}",
                 lambda: "SN" + digits(9), lambda: alnum(12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                 lambda: f"{digits(4)}{alnum(2, string.ascii_uppercase)}{digits(5)}"])()


def mac() -> str:
    sep = pick([":", "-"])
    first = R.randrange(256) & 0xFC
    return sep.join([f"{first:02X}"] + [f"{R.randrange(256):02X}" for _ in range(5)])


NINETY_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
                "ninety-seven", "ninety-eight", "ninety-nine"]


# =============================================================================== templates: registry

TEMPLATES: list[tuple[str, str, str, object]] = []


def tpl(domain: str, fmt: str):
    def deco(fn):
        TEMPLATES.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


def E(etype):
    return lambda v: (etype, v)


PER, DT, EM, PH, ST, ZIP = (E("PERSON"), E("DATE_TIME"), E("EMAIL_ADDRESS"), E("PHONE_NUMBER"),
                            E("STREET_ADDRESS"), E("US_ZIP_CODE"))
SSN, ITIN, DL, PP = E("US_SSN"), E("US_ITIN"), E("US_DRIVER_LICENSE"), E("US_PASSPORT")
MRN, NPI, DEA, MBI, HPID = (E("MEDICAL_RECORD_NUMBER"), E("US_NPI"), E("US_DEA"), E("US_MBI"),
                            E("HEALTH_PLAN_ID"))
CC, CVV, TRK, IBAN, ABA, ACCT, BIC = (E("CREDIT_CARD"), E("CARD_SECURITY_CODE"), E("CARD_TRACK_DATA"),
                                      E("IBAN_CODE"), E("US_ROUTING_NUMBER"), E("US_BANK_ACCOUNT"),
                                      E("SWIFT_CODE"))
IP, URL, KEY, PK, JWT, PWD, HES = (E("IP_ADDRESS"), E("URL"), E("API_KEY"), E("PRIVATE_KEY"), E("JWT"),
                                   E("PASSWORD"), E("HIGH_ENTROPY_SECRET"))
VEH, DEV, AGE = E("VEHICLE_ID"), E("DEVICE_ID"), E("AGE")


def addr_line(d: Doc, sep: str = ", ") -> None:
    """street, City, ST ZIP on one line: STREET_ADDRESS covers street + city + state, ZIP separate."""
    c, st, z = city()
    d(ST(f"{street()}{sep}{c}, {st}"), " ", ZIP(z))


def opt_age(n: int, shape: str) -> list:
    num = AGE(str(n)) if n >= 90 else str(n)
    return {"yo": [num, "-year-old"], "yo2": [num, " y/o"], "age": ["age ", num], "aged": ["aged ", num],
            "yrs": [num, " years old"], "compact": [num, "yo"]}[shape]


# =============================================================================== positive templates: clinical

CLINICS = ["Mercy Valley Family Medicine", "Brightwater Internal Medicine", "Northlake Orthopedics",
           "Riverbend Pediatrics", "Saguaro Cardiology Associates", "Cedar Hollow Geriatrics"]
COMPLAINTS = ["worsening dyspnea on exertion", "left knee pain after a fall", "poorly controlled type 2 diabetes",
              "recurrent UTIs", "new-onset atrial fibrillation", "follow-up of hypertension",
              "persistent cough for 3 weeks", "low back pain radiating to the right leg"]


@tpl("clinical", "note")
def p_soap_followup(d):
    pt, doc = person(), person()
    born = dob(1928, 1990)
    visit = recent()
    age = age_at(born, visit)
    d(pick(["Rewrite this SOAP note as a plain-language after-visit summary for the patient.\n\n",
            "Tighten up this note, keep every fact:\n\n", "Can you check this note for missing ROS items?\n\n"]))
    d("Patient: ", PER(nm(pt, pick(["full", "mid", "lf"]))), "   MRN: ", MRN(mrn()), "   DOB: ", DT(fd(born, pick(["us", "iso", "dmy"]))), "\n")
    d("Visit: ", DT(fd(visit, "us")), "   Provider: ", PER(nm(doc, "full")), ", MD (NPI ", NPI(npi()), ")\n\n")
    d("S: ", *opt_age(age, pick(["yo", "yo2", "compact"])), f" {pick(['M', 'F', 'female', 'male'])} here for {pick(COMPLAINTS)}. ")
    d(f"Reports adherence to meds, denies chest pain. Daughter {pick(['present', 'on speakerphone'])}.\n")
    d(f"O: BP {R.randint(104, 168)}/{R.randint(60, 98)}, HR {R.randint(54, 110)}, SpO2 {R.randint(90, 99)}% RA, "
      f"A1c {R.randint(55, 98) / 10:.1f}%.\n")
    d(f"A/P: continue current regimen, recheck BMP in {R.randint(2, 6)} weeks, return in {R.randint(1, 6)} months.")


@tpl("clinical", "note")
def p_discharge_summary(d):
    pt, att, pcp = person(), person(), person()
    adm = recent()
    dis = adm + datetime.timedelta(days=R.randint(1, 9))
    d("Summarize this discharge summary in 5 bullets for the PCP.\n\n",
      "DISCHARGE SUMMARY\n", "Name: ", PER(nm(pt, pick(["caps_lf", "caps", "full"]))), "\n",
      "Medical Record #: ", MRN(mrn()), "\n", "Admitted: ", DT(fd(adm, "us")), "   Discharged: ", DT(fd(dis, "us")), "\n",
      "Attending: Dr. ", PER(nm(att, "full")), "\n",
      f"Principal diagnosis: {pick(['community-acquired pneumonia', 'NSTEMI', 'cellulitis of the left leg', 'DKA', 'CHF exacerbation'])}.\n",
      f"Hospital course: treated with {pick(['IV ceftriaxone then oral cefpodoxime', 'heparin drip and cardiology consult', 'IV fluids and insulin infusion', 'diuresis with IV furosemide'])}; "
      "improved and ambulating at discharge.\n",
      "Follow-up: PCP ", PER(nm(pcp, "init")), " within 7 days; call ", PH(phone()), " with questions.")


@tpl("clinical", "chat")
def p_nursing_handoff_chat(d):
    pt = person()
    born = dob(1926, 1934)
    today = recent(2024, 2025)
    age = age_at(born, today)
    rm = f"{R.randint(2, 7)}{R.randint(10, 40)}"
    d(f"quick handoff for rm {rm} so I can paste into the shift report, make it sbar format pls: ",
      PER(nm(pt, "lower")), ", ", *opt_age(age, pick(["yo", "compact", "yo2"])), " ", pick(["f", "m"]), ", dob ",
      DT(fd(born, pick(["us1", "us"]))), f", admitted for {pick(['hip fx', 'delirium', 'uti', 'syncope'])}, ",
      f"a&o x{R.randint(1, 3)}, fall risk, last norco {R.randint(1, 12)}:{pick(['00', '15', '30', '45'])}, "
      f"foley out at {R.randint(6, 11)}am. son ", PER(nm(person(), "first").lower()), " is poa, his cell ",
      PH(phone(pick(["dash", "dot"]))), ".")


@tpl("clinical", "hl7")
def p_hl7_adt(d):
    pt, att = person(), person()
    born = dob()
    c, st, z = city()
    adm = recent()
    ts = f"{adm.year}{adm.month:02d}{adm.day:02d}{R.randint(0, 23):02d}{pick(['05', '22', '40'])}"
    d(pick(["Parse this ADT^A01 and give me the patient demographics as JSON:\n",
            "Why is our interface engine rejecting this message?\n"]))
    d(f"MSH|^~\\&|EPIC|{pick(['MVH', 'BWH', 'NLO'])}|LAB|LABSYS|{ts}||ADT^A01|MSG{digits(8)}|P|2.5.1\r")
    d(f"EVN|A01|{ts}\r")
    d("PID|1||", MRN(digits(8)), "^^^MVH^MR||", PER(f"{fold(pt['s']).upper()}^{fold(pt['g']).upper()}^{pt['m']}"),
      "||", DT(fd(born, "hl7")), f"|{pick('MF')}|||", ST(street().upper()), f"^^{c.upper()}^{st}^", ZIP(z[:5]),
      "^USA||^PRN^PH^^^", PH(nanp_join()), "||||||", SSN(ssn("bare")), "\r")
    d(f"PV1|1|I|{pick(['4W', 'ICU', 'MS3'])}^{R.randint(401, 499)}^A|||", "|", NPI(npi()), "^",
      PER(f"{fold(att['s']).upper()}^{fold(att['g']).upper()}"), "^^^^^MD" + "|" * 37,
      DT(ts[:8]), "\r")


def nanp_join() -> str:
    a, e, x = nanp()
    return f"{a}{e}{x}"


@tpl("clinical", "fhir")
def p_fhir_patient(d):
    pt = person()
    born = dob()
    c, st, z = city()
    d(pick(["Validate this FHIR R4 Patient resource against US Core and list problems:\n",
            "Convert this FHIR Patient into a CSV row (name, dob, phone, zip):\n"]))
    d('{\n  "resourceType": "Patient",\n  "id": "', alnum(16, HEX), '",\n',
      '  "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.', digits(3), '", "type": {"text": "MRN"}, "value": "',
      MRN(mrn()), '"}],\n',
      '  "name": [{"use": "official", "family": "', PER(pt["s"]), '", "given": ["', PER(pt["g"]), '"]}],\n',
      '  "gender": "', pick(["female", "male"]), '",\n  "birthDate": "', DT(fd(born, "iso")), '",\n',
      '  "telecom": [{"system": "phone", "value": "', PH(phone(pick(["paren", "dash"]))), '", "use": "mobile"},\n',
      '              {"system": "email", "value": "', EM(email(pt)), '"}],\n',
      '  "address": [{"line": ["', ST(street()), '"], "city": "', c, '", "state": "', st, '", "postalCode": "',
      ZIP(z), '"}]\n}')


@tpl("clinical", "form")
def p_eprescription(d):
    pt, md = person(), person()
    born = dob(1940, 2000)
    written = recent()
    drug = pick(["oxycodone 5 mg tab, #20, 1 q6h prn", "lorazepam 0.5 mg, #30, 1 qhs prn",
                 "methylphenidate ER 36 mg, #30, 1 qAM", "tramadol 50 mg, #28, 1 q8h prn",
                 "buprenorphine/naloxone 8-2 mg film, #14"])
    d("The pharmacy says this e-Rx failed the EPCS check. Anything wrong with the prescriber block?\n\n",
      "PRESCRIBER: ", PER(nm(md, pick(["full", "caps"]))), ", MD\n", "DEA: ", DEA(dea(md["s"])), "    NPI: ", NPI(npi()), "\n",
      "PATIENT: ", PER(nm(pt, pick(["caps_lf", "lf", "full"]))), "    DOB: ", DT(fd(born, "us")), "\n",
      "Rx: ", drug, "\n", "Date written: ", DT(fd(written, "us")), "    Refills: 0\n",
      "Patient phone: ", PH(phone()))


@tpl("clinical", "letter")
def p_referral_letter(d):
    pt, spec, me = person(), person(), person()
    born = dob()
    seen = recent()
    d("Polish this referral letter, keep it under 200 words:\n\n",
      "Dear Dr. ", PER(nm(spec, "last")), ",\n\n", "I am referring ", PER(nm(pt, "full")), " (DOB ", DT(fd(born, "long")),
      ", MRN ", MRN(mrn()), f") whom I saw on ", DT(fd(seen, "long")),
      f" for {pick(['a suspicious pigmented lesion on the back', 'refractory migraines', 'an incidental 2.1 cm thyroid nodule', 'microscopic hematuria'])}. "
      "Relevant history and recent labs are attached. The patient can be reached at ", PH(phone()),
      pick([". ", ", mornings preferred. "]), "Please fax your consult note to our office.\n\nKind regards,\n",
      PER(nm(me, "full")), ", MD\n", CLINICS[R.randrange(len(CLINICS))])


@tpl("clinical", "json")
def p_lab_result_json(d):
    pt, md = person(), person()
    coll = recent()
    d("Flag abnormal values in this lab payload and draft a short message to the patient:\n",
      '{"patient": {"name": "', PER(nm(pt, "full")), '", "mrn": "', MRN(mrn()), '", "dob": "', DT(fd(dob(), "iso")), '"},\n',
      ' "ordering_provider": {"name": "', PER(nm(md, "full")), '", "npi": "', NPI(npi()), '"},\n',
      ' "collected": "', DT(fd(coll, "iso")), f'T{R.randint(6, 11):02d}:{R.randint(0, 59):02d}:00",\n',
      f' "results": [{{"test": "TSH", "value": {R.randint(3, 90) / 10}, "unit": "mIU/L", "ref": "0.4-4.0"}},\n',
      f'             {{"test": "Free T4", "value": {R.randint(5, 25) / 10}, "unit": "ng/dL", "ref": "0.8-1.8"}},\n',
      f'             {{"test": "LDL-C", "value": {R.randint(60, 210)}, "unit": "mg/dL", "ref": "<100"}}]}}')


@tpl("clinical", "note")
def p_implant_record(d):
    pt, surg = person(), person()
    op = recent()
    dev = pick(["dual-chamber pacemaker", "total knee femoral component", "cochlear implant receiver",
                "insulin pump", "spinal cord stimulator"])
    d("Extract the implant details into our device registry format (patient, date, device, UDI, serial):\n\n",
      "Operative note — ", PER(nm(pt, pick(["full", "lf"]))), ", MRN ", MRN(mrn()), "\n",
      "Procedure date: ", DT(fd(op, pick(["us", "long"]))), "   Surgeon: ", PER(nm(surg, "init")), "\n",
      f"Implanted {dev}. Label scanned: UDI ", DEV(udi()), "\n",
      "Generator serial ", DEV(serial()), f"; leads tested, impedance {R.randint(400, 900)} ohms. No complications.")


@tpl("clinical", "tool_call")
def p_radiology_tool_call(d):
    pt = person()
    born = dob()
    exam = recent()
    d('Here is the tool call our agent produced; is the arguments string valid JSON?\n',
      '{"id": "call_', alnum(24, B62), '", "type": "function", "function": {"name": "schedule_imaging", "arguments": ',
      '"{\\"patient_name\\": \\"', PER(nm(pt, "full")), '\\", \\"mrn\\": \\"', MRN(mrn()), '\\", \\"dob\\": \\"',
      DT(fd(born, "iso")), '\\", \\"exam\\": \\"', pick(["MRI lumbar spine w/o contrast", "CT chest PE protocol",
                                                          "US renal complete", "DEXA"]),
      '\\", \\"requested_date\\": \\"', DT(fd(exam, "iso")), '\\", \\"callback\\": \\"', PH(phone("dash")), '\\"}"}}')


@tpl("clinical", "note")
def p_hospice_death_note(d):
    pt, dtr = person(), person()
    born = dob(1921, 1933)
    died = recent(2024, 2025)
    age = age_at(born, died)
    words = chance(0.3) and 90 <= age <= 99
    agep = [AGE(NINETY_WORDS[age - 90]), "-year-old"] if words else opt_age(age, pick(["yo", "aged", "yrs"]))
    d("Draft a condolence letter to the family based on this hospice note.\n\n",
      "Hospice RN visit — pronouncement. ", PER(nm(pt, "full")), ", ", *agep,
      f", born ", DT(fd(born, pick(["long", "us"]))), ", died peacefully at home on ", DT(fd(died, pick(["long", "us"]))),
      f" at {R.randint(1, 11)}:{R.randint(10, 59)} {pick(['am', 'pm'])}. Family at bedside. {pick(['Next of kin', 'Health care proxy', 'Eldest grandchild'])} ",
      PER(nm(dtr, pick(["full", "first"]))), " (", PH(phone()), ") notified funeral home.")


@tpl("clinical", "transcript")
def p_nurse_line_transcript(d):
    caller = person()
    born = dob(1950, 2015)
    d("Summarize this nurse-line call and pull out a callback number:\n\n",
      "RN: Nurse advice line, this is ", PER(nm(person(), "first")), ". Who am I speaking with?\n",
      "Caller: Hi, it's ", PER(nm(caller, "full")), ". I'm calling about my ", pick(["son", "daughter", "husband", "mother"]), ".\n",
      "RN: And the patient's name and date of birth?\n", "Caller: ", PER(nm(person(), "full")), ", ",
      DT(fd(born, pick(["long", "us1"]))), ".\n",
      f"RN: What's going on today?\nCaller: {pick(['Fever of 103 since last night', 'He cut his hand on a can lid', 'She has hives after starting amoxicillin', 'Vomiting since this morning'])}.\n",
      "RN: Best number if we get disconnected?\nCaller: ", PH(phone(pick(["dash", "paren"]))), ". We're at ")
    addr_line(d)
    d(".")


@tpl("clinical", "csv")
def p_pharmacy_fill_csv(d):
    d("Find the rows where the prescriber DEA doesn't match the prescriber name initial:\n",
      "fill_date,patient,patient_dob,mrn,drug,qty,prescriber,prescriber_dea\n")
    for _ in range(R.randint(3, 4)):
        pt, md = person(), person()
        d(f"{fd(recent(), 'iso')},", PER(nm(pt, "full")), ",",
          DT(fd(dob(), "iso")), ",", MRN(mrn()), f",{pick(['hydrocodone-apap 5-325', 'alprazolam 0.25', 'zolpidem 10', 'pregabalin 75'])},"
          f"{pick(['30', '60', '14', '90'])},", PER(nm(md, "full")), ",", DEA(dea(md["s"])), "\n")


@tpl("clinical", "markdown_table")
def p_snf_roster(d):
    d("Which residents are due for an annual wellness visit? Table from our SNF census:\n\n",
      "| Resident | Age | Medicare MBI | Room | Last AWV |\n|---|---|---|---|---|\n")
    for _ in range(R.randint(3, 5)):
        age = R.choice([R.randint(72, 89), R.randint(90, 104)])
        agecell = AGE(str(age)) if age >= 90 else str(age)
        d("| ", PER(nm(person(), pick(["lf", "full"]))), " | ", agecell, " | ", MBI(mbi(chance(0.3))),
          f" | {R.randint(101, 240)}{pick('AB')} | {pick(['2023-11', '2024-02', '2024-07', 'none on file'])} |\n")


@tpl("clinical", "chat")
def p_cgm_support_chat(d):
    pt = person()
    d(pick(["I'm a diabetes educator. Help me write a reply to this patient message:\n\n", "Reply to this portal message politely:\n\n"]),
      '"Hi, my sensor keeps failing after 3 days. Receiver serial ', DEV(serial()), ", transmitter serial ", DEV(serial()),
      ". My name is ", PER(nm(pt, "full")), ", date of birth ", DT(fd(dob(1960, 2010), "us")),
      ". You can email me at ", EM(email(pt)), ' if you need photos."')


@tpl("clinical", "email")
def p_trial_visit_email(d):
    pt, crc = person(), person()
    d("Make this study coordinator e-mail warmer and shorter.\n\n",
      "To: ", EM(email(pt)), "\nSubject: Week 12 visit reminder\n\n", "Hi ", PER(nm(pt, "first")), ",\n\n",
      f"This is a reminder of your study visit on {pick(['Tuesday', 'Thursday', 'Friday'])} at {R.randint(8, 11)}:30. ",
      "Please bring your medication diary. Our records show your date of birth as ", DT(fd(dob(), "long")),
      "; let us know if that's wrong. Parking validation is at the front desk.\n\nThanks,\n", PER(nm(crc, "full")),
      "\nClinical Research Coordinator | ", PH(phone()), " | ", EM(work_email(crc, pick(ORG_DOMAINS))))


@tpl("clinical", "note")
def p_spanish_er_note(d):
    pt = person("hispanic")
    born = dob(1945, 2000)
    d("Traduce al inglés esta nota de urgencias:\n\n",
      "Paciente: ", PER(nm(pt, "full")), ", fecha de nacimiento ", DT(fd(born, "es_long")), ", expediente ", MRN(mrn()),
      f". Acude por dolor abdominal de {R.randint(6, 48)} horas. Vive en ", ST(f"{street()}, {pick(CITIES)[0]}"),
      f". Contacto: su esposo ", PER(nm(person("hispanic"), "full")), ", tel. ", PH(phone("paren")), ".")


# =============================================================================== positive templates: insurance

PAYERS = ["Keystone Mutual Health", "Sagebrush Insurance Co.", "Tallgrass Health Plan", "Beacon Point Dental",
          "Harborline Benefits"]


@tpl("insurance", "statement")
def p_eob_text(d):
    mem, prov = person(), person()
    dos = recent()
    c, st, z = city()
    billed = R.randint(180, 4200)
    d("Explain this EOB to me like I'm not an insurance person. Why do I owe anything?\n\n",
      f"{pick(PAYERS).upper()} — EXPLANATION OF BENEFITS (THIS IS NOT A BILL)\n",
      PER(nm(mem, "caps")), "\n", ST(f"{street().upper()}, {c.upper()}, {st}"), " ", ZIP(z), "\n",
      "Member ID: ", HPID(member_id()), f"   Group: {digits(6)}   Claim #: {digits(4)}{alnum(4, UPPER_DIGITS)}{digits(5)}\n",
      "Patient: ", PER(nm(mem, "full")), "   Date of service: ", DT(fd(dos, "us")), "\n",
      "Provider: ", PER(nm(prov, "full")), ", DO  (NPI ", NPI(npi()), ")\n",
      f"Billed ${billed:,}.00  Allowed ${billed * 6 // 10:,}.00  Plan paid ${billed * 4 // 10:,}.00  "
      f"You owe ${billed * 2 // 10:,}.00 (CARC 1 — deductible)")


@tpl("insurance", "json")
def p_claim_837_json(d):
    sub, prov = person(), person()
    d("Map this claim JSON to 837P loops and tell me which required fields are missing:\n",
      '{\n  "claim_id": "CLM-', digits(9), '",\n  "subscriber": {\n    "first_name": "', PER(sub["g"]),
      '",\n    "last_name": "', PER(sub["s"]), '",\n    "member_id": "', HPID(member_id()), '",\n    "dob": "',
      DT(fd(dob(), "iso")), '",\n    "ssn": "', SSN(ssn("dash")), '"\n  },\n',
      '  "billing_provider": {"name": "', PER(nm(prov, "full")), '", "npi": "', NPI(npi()), '", "taxonomy": "207Q00000X"},\n',
      f'  "lines": [{{"cpt": "99214", "icd10": ["E11.65", "I10"], "charge": {R.randint(120, 260)}.00, "service_date": "',
      DT(fd(recent(), "iso")), '"}]\n}')


@tpl("insurance", "email")
def p_prior_auth_email(d):
    pt, md, coord = person(), person(), person()
    d("Rewrite this prior-authorization request so it is more persuasive:\n\n",
      "From: ", EM(work_email(coord, pick(ORG_DOMAINS))), "\nTo: ", EM("priorauth@" + pick(["keystonemutual.com", "sagebrushins.com"])), "\n",
      f"Subject: PA request — {pick(['adalimumab', 'Ozempic', 'MRI brain', 'tirzepatide', 'dupilumab'])}\n\n",
      "Patient ", PER(nm(pt, "full")), " (member ID ", HPID(member_id()), ", DOB ", DT(fd(dob(), "us")), ") has failed "
      f"{pick(['methotrexate and sulfasalazine', 'metformin and a GLP-1 step', 'conservative therapy for 8 weeks'])}. "
      "Ordering physician: ", PER(nm(md, "full")), ", NPI ", NPI(npi()), ". Please call ", PH(phone()), " for peer-to-peer.\n\n",
      PER(nm(coord, "first")))


@tpl("insurance", "transcript")
def p_medicare_call(d):
    ben, agent = person(), person()
    born = dob(1924, 1934)
    call = recent(2024, 2025)
    age = age_at(born, call)
    d("Summarize this Medicare Advantage call and list follow-ups:\n\n",
      "Agent: Thanks for calling, this is ", PER(nm(agent, "first")), ". Can I have the member's name?\n",
      "Caller: It's for my father, ", PER(nm(ben, "full")), ". He's ", AGE(str(age)), " now, so I help with his calls.\n",
      "Agent: And his Medicare number?\nCaller: ", MBI(mbi(chance(0.5))), ".\n",
      "Agent: Date of birth?\nCaller: ", DT(fd(born, pick(["long", "us1"]))), ".\n",
      "Agent: Thank you. Is the address still ")
    addr_line(d)
    d("?\nCaller: Yes. He needs a new walker and the podiatrist keeps billing him.")


@tpl("insurance", "form")
def p_auto_fnol(d):
    ins, other = person(), person()
    state, lic = driver_license()
    d("Turn this first-notice-of-loss into a claim narrative:\n\n",
      "FIRST NOTICE OF LOSS — AUTO\nInsured: ", PER(nm(ins, pick(["full", "caps"]))), "\n",
      "Policy: ", f"PA-{digits(8)}\n", f"Driver license ({state}): ", DL(lic), "\n", "Phone: ", PH(phone()), "\n",
      "Vehicle VIN: ", VEH(vin()), f"   Plate: ", VEH(plate()), "\n",
      f"Loss: rear-ended at a light on {pick(['I-35', 'Route 9', 'Broad St', 'the Lakeshore exit'])}; airbags did not deploy.\n",
      "Other driver: ", PER(nm(other, "full")), ", plate ", VEH(plate()), ", carrier unknown.")


@tpl("insurance", "form")
def p_life_beneficiary(d):
    ins = person()
    d("Check this beneficiary designation for errors before I submit it:\n\n",
      "Insured: ", PER(nm(ins, "full")), "   SSN: ", SSN(ssn(pick(["dash", "space"]))), "   DOB: ", DT(fd(dob(1950, 1990), "us")), "\n",
      "Primary beneficiaries:\n")
    for share in (pick([50, 60, 70]),):
        b1, b2 = person(), person()
        d("  1. ", PER(nm(b1, "full")), f" (spouse) — {share}% — DOB ", DT(fd(dob(1950, 1995), "us")), "\n",
          "  2. ", PER(nm(b2, "full")), f" (child) — {100 - share}% — DOB ", DT(fd(dob(2000, 2015), "us")), "\n")
    d("Contingent: estate")


@tpl("insurance", "tool_call")
def p_anthropic_eligibility_tool(d):
    m = person()
    d("Our Claude integration returned this block; write the Python that executes it:\n",
      '{"type": "tool_use", "id": "toolu_01', alnum(22, B62), '", "name": "check_eligibility", "input": {',
      '"member_first": "', PER(m["g"]), '", "member_last": "', PER(m["s"]), '", "member_id": "', HPID(member_id()),
      '", "date_of_birth": "', DT(fd(dob(), "iso")), '", "service_type": "', pick(["30", "47", "98", "MH"]),
      '", "provider_npi": "', NPI(npi()), '"}}')


@tpl("insurance", "csv")
def p_dental_roster_csv(d):
    d("Dedupe this dental enrollment file (same person listed twice?):\n",
      "subscriber_id,last_name,first_name,dob,relationship,zip\n")
    rows = []
    for _ in range(R.randint(3, 4)):
        p = person()
        rows.append((member_id(), p, dob(), pick(["self", "spouse", "child"]), city()[2][:5]))
    for sid, p, b, rel, z in rows:
        d(HPID(sid), ",", PER(p["s"]), ",", PER(p["g"]), ",", DT(fd(b, "us")), f",{rel},", ZIP(z), "\n")


@tpl("insurance", "letter")
def p_appeal_letter(d):
    me, doc = person(), person()
    d("Help me strengthen this appeal letter:\n\n", PER(nm(me, "full")), "\n")
    addr_line(d)
    d("\n", EM(email(me)), "\n\nRe: Appeal of denied claim, member ID ", HPID(member_id()), "\n\n",
      "To whom it may concern,\n\nI am appealing the denial of my ", pick(["sleep study", "physical therapy", "CGM supplies"]),
      " on ", DT(fd(recent(), "long")), ". Dr. ", PER(nm(doc, "last")),
      " documented medical necessity. I have attached the notes.\n\nSincerely,\n", PER(nm(me, "full")))


# =============================================================================== positive templates: banking

@tpl("banking", "email")
def p_intl_wire_email(d):
    ben, me = person(), person()
    c, ib = iban()
    d("Proofread this wire instruction before I send it to treasury:\n\n",
      "Hi team,\n\nPlease release the invoice payment to our supplier contact ", PER(nm(ben, "full")), ":\n",
      "  IBAN: ", IBAN(ib), "\n  BIC/SWIFT: ", BIC(bic(c)), "\n",
      f"  Amount: EUR {R.randint(2, 90)},{R.randint(100, 999)}.00\n  Reference: INV-{digits(6)}\n\n",
      "Call me on ", PH(phone()), " if the bank asks for anything else.\n\n", PER(nm(me, "first")))


@tpl("banking", "chat")
def p_ach_setup_chat(d):
    me = person()
    d(pick(["Is this enough info for my landlord to set up ACH? ", "Does this look right for direct debit? "]),
      "Name on account: ", PER(nm(me, pick(["full", "lower"]))), ", routing ", ABA(aba()), ", checking account ",
      ACCT(bank_account()), f", bank is {pick(['Pinecrest Bank', 'Harborline Credit Union', 'First Prairie', 'a local credit union'])}.",
      pick(["", " Rent is due on the 1st.", " thx"]))


@tpl("banking", "json")
def p_kyc_payload(d):
    p = person()
    c, st, z = city()
    state, lic = driver_license()
    d("Write pydantic models for this KYC payload:\n",
      '{\n  "applicant": {\n    "legal_name": "', PER(nm(p, "full")), '",\n    "date_of_birth": "', DT(fd(dob(1950, 2004), "iso")),
      '",\n    "ssn": "', SSN(ssn(pick(["dash", "bare"]))), '",\n    "email": "', EM(email(p)), '",\n    "mobile": "',
      PH(phone("e164")), '"\n  },\n  "documents": [\n    {"type": "passport", "country": "USA", "number": "', PP(us_passport()),
      '"},\n    {"type": "drivers_license", "state": "', state, '", "number": "', DL(lic), '"}\n  ],\n',
      '  "residential_address": {"line1": "', ST(street()), '", "city": "', c, '", "state": "', st, '", "zip": "', ZIP(z),
      '"},\n  "ip_at_signup": "', IP(ipv4()), '"\n}')


@tpl("banking", "statement")
def p_checking_statement(d):
    holder = person()
    c, st, z = city()
    d("Categorize these transactions for my budget spreadsheet:\n\n", "HARBORLINE CREDIT UNION\n",
      PER(nm(holder, "caps")), "\n", ST(f"{street().upper()}"), "\n", f"{c.upper()}, {st} ", ZIP(z), "\n",
      "Checking account ", ACCT(bank_account()), "   Statement period 03/01–03/31\n\n")
    for _ in range(R.randint(3, 5)):
        kind = R.randrange(4)
        day = f"03/{R.randint(1, 28):02d}"
        if kind == 0:
            d(f"{day}  ZELLE TO ", PER(nm(person(), "caps")), f"   -{R.randint(20, 400)}.00\n")
        elif kind == 1:
            d(f"{day}  ZELLE FROM ", PER(nm(person(), "caps")), f"   +{R.randint(20, 400)}.00\n")
        elif kind == 2:
            d(f"{day}  POS {pick(['KROGER #412', 'SHELL OIL 5741', 'TARGET T-1893', 'CVS/PHARMACY 8834'])}   -{R.randint(5, 180)}.{R.randint(10, 99)}\n")
        else:
            d(f"{day}  ACH PAYROLL {pick(['ORCHARD HR', 'LUMEN FREIGHT', 'CITY OF ' + c.upper()])}   +{R.randint(900, 4200)}.{R.randint(10, 99)}\n")


@tpl("banking", "form")
def p_loan_application(d):
    a, co = person(), person()
    d("Summarize this loan application and list any red flags:\n\n",
      "Applicant: ", PER(nm(a, "full")), "\nSSN: ", SSN(ssn()), "    DOB: ", DT(fd(dob(1960, 2000), "us")), "\n",
      "Co-applicant: ", PER(nm(co, "full")), "\nITIN: ", ITIN(itin()), "    DOB: ", DT(fd(dob(1960, 2000), "us")), "\n",
      "Home address: ")
    addr_line(d)
    d("\n", "Phone: ", PH(phone()), f"\nEmployer: {pick(['Lumen Freight', 'Copperleaf Dev', 'County School District', 'self-employed (landscaping)'])}"
      f"   Annual income: ${R.randint(38, 160)},000\n", f"Requested: ${R.randint(8, 45)},000 auto refinance, 60 months")


@tpl("banking", "csv")
def p_sepa_payout_csv(d):
    d("Convert this CSV into a pain.001 XML batch:\n", "payee_name,iban,bic,amount_eur,remittance\n")
    for _ in range(R.randint(3, 4)):
        c = pick(["DE", "FR", "ES", "NL", "BE", "AT", "IE", "LU"])
        p = person(pick(["german", "french", "hispanic", "anglo", "turkish", "slavic"]))
        _, ib = iban(c, grouped=False)
        d(PER(nm(p, "full")), ",", IBAN(ib), ",", BIC(bic(c)), f",{R.randint(100, 9000)}.{R.randint(10, 99)},Honorar {pick(['Q1', 'Q2', 'März', 'April'])}\n")


@tpl("banking", "transcript")
def p_fraud_dispute_call(d):
    cust = person()
    brand, pan = card()
    d("Summarize this fraud call into a case note (no speculation):\n\n",
      "Agent: Fraud department, can you verify your full name?\nCustomer: ", PER(nm(cust, "full")), ".\n",
      "Agent: And the card number you're calling about?\nCustomer: ", CC(card_fmt(brand, pan, "space")), ".\n",
      "Agent: Date of birth for verification?\nCustomer: ", DT(fd(dob(), pick(["long", "us1"]))), ".\n",
      f"Agent: I see {R.randint(2, 5)} charges from {pick(['an online electronics store', 'a rideshare in Lisbon', 'a gaming site'])} you don't recognize?\n",
      "Customer: Right. Also can you move my savings to checking ", ACCT(bank_account()), "?")


@tpl("banking", "email")
def p_itin_tax_email(d):
    cl, dep, prep = person(), person(), person()
    d("Reply to this tax client in Spanish, confirm what we still need:\n\n",
      "Hola, soy ", PER(nm(cl, "full")), ". Mi ITIN es ", ITIN(itin()), " y el de mi esposa ",
      PER(nm(person(), "first")), " es ", ITIN(itin(pick(["dash", "bare"]))), ". Nuestro hijo ", PER(nm(dep, "first")),
      " nació el ", DT(fd(dob(2012, 2022), "es_long")), " y tiene SSN ", SSN(ssn()), ". Pueden depositar el reembolso en la cuenta ",
      ACCT(bank_account()), ", ruta ", ABA(aba()), ".\nGracias, ", PER(nm(cl, "first")))


@tpl("banking", "swift_mt")
def p_mt103(d):
    ordering, ben = person(), person()
    c, ib = iban(grouped=False)
    d("Decode this MT103 field by field for a junior analyst:\n",
      "{1:F01", BIC(us_bic()), f"AXXX{digits(10)}}}{{2:O103{digits(10)}}}\n",
      f":20:{alnum(12, UPPER_DIGITS)}\n:23B:CRED\n:32A:{recent().strftime('%y%m%d')}EUR{R.randint(1000, 90000)},00\n",
      ":50K:/", ACCT(bank_account()), "\n", PER(nm(ordering, "caps")), "\n", ST(street().upper()), "\n",
      f"{pick(CITIES)[0].upper()} US\n", ":57A:", BIC(bic(c)), "\n", ":59:/", IBAN(ib), "\n", PER(nm(ben, "caps")), "\n",
      f":70:INVOICE {digits(5)}\n:71A:SHA")


# =============================================================================== positive templates: payments

@tpl("payments", "log")
def p_gateway_debug_log(d):
    brand, pan = card()
    p = person()
    ts = f"2025-{R.randint(1, 9):02d}-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z"
    d("Our payment gateway logs are leaking stuff. Which lines are PCI problems?\n\n",
      f"{ts} INFO  authorize request_id={alnum(8, HEX)}-{alnum(4, HEX)} merchant=TALLGRASS-{digits(4)}\n",
      f"{ts} DEBUG payload card.number=", CC(pan), " card.cvv=", CVV(cvv(brand)), f" card.exp={R.randint(1, 12):02d}/{R.randint(26, 30)}\n",
      f"{ts} DEBUG billing.email=", EM(email(p)), " client_ip=", IP(ipv4()), "\n",
      f"{ts} WARN  avs_result=N cvv_result=M amount={R.randint(10, 900)}.{R.randint(10, 99)} currency=USD\n",
      f"{ts} INFO  response code={pick(['05', '51', '00', '14'])} latency_ms={R.randint(80, 900)}")


@tpl("payments", "json")
def p_checkout_json(d):
    p = person()
    brand, pan = card()
    c, st, z = city()
    d("Why does the API return 422 for this checkout body?\n",
      '{\n  "amount": ', str(R.randint(500, 90000)), ',\n  "currency": "usd",\n  "payment_method": {\n    "card": {\n',
      '      "number": "', CC(card_fmt(brand, pan, pick(["bare", "space"]))), '",\n      "exp_month": ', str(R.randint(1, 12)),
      ',\n      "exp_year": ', str(R.randint(2026, 2031)), ',\n      "cvc": "', CVV(cvv(brand)), '"\n    },\n',
      '    "billing_details": {\n      "name": "', PER(nm(p, "full")), '",\n      "email": "', EM(email(p)), '",\n',
      '      "address": {"line1": "', ST(street()), '", "city": "', c, '", "state": "', st, '", "postal_code": "', ZIP(z), '"}\n',
      '    }\n  }\n}')


@tpl("payments", "log")
def p_pos_track_log(d):
    brand, pan = card(pick(["visa", "mc", "discover"]))
    lane = R.randint(1, 12)
    d("The POS vendor sent us this swipe log. Is this a PCI violation and what should we tell them?\n\n",
      f"[lane{lane:02d}] MSR read ok, len={R.randint(36, 40)}\n", f"[lane{lane:02d}] raw: ", TRK(track2(pan)), "\n",
      f"[lane{lane:02d}] host=", IP(ipv4(False)), f" tid={digits(8)} auth={alnum(6, UPPER_DIGITS)}\n",
      f"[lane{lane:02d}] emv fallback=true reason=chip_read_error")


@tpl("payments", "chat")
def p_track1_chat(d):
    p = person()
    brand, pan = card(pick(["visa", "mc", "amex"]))
    d(pick(["my card reader outputs this when i swipe, how do i parse out the name and expiry in js? ",
            "Can you write a regex that splits this magstripe string into fields? "]),
      TRK(track1(pan, p)), pick(["", " (test swipe at the register)"]))


@tpl("payments", "csv")
def p_chargeback_csv(d):
    d("Group these chargebacks by reason code and flag repeat customers:\n",
      "case_id,cardholder,card_number,amount,reason,order_ip\n")
    for _ in range(R.randint(3, 4)):
        brand, pan = card()
        d(f"CB{digits(7)},", PER(nm(person(), pick(["full", "caps"]))), ",", CC(pan),
          f",{R.randint(12, 700)}.{R.randint(10, 99)},{pick(['10.4', '13.1', '4837', '13.3', '4853'])},", IP(ipv4()), "\n")


@tpl("payments", "code")
def p_stripe_script(d):
    p = person()
    d("Refactor this into a function with error handling:\n\n```python\nimport stripe\n\n",
      'stripe.api_key = "', KEY(api_key(pick(["stripe", "stripe_rk"]))), '"\n\n',
      "customer = stripe.Customer.create(\n", '    name="', PER(nm(p, "full")), '",\n    email="', EM(email(p)), '",\n',
      '    phone="', PH(phone("e164")), '",\n)\n', "print(customer.id)\n```")


@tpl("payments", "tool_call")
def p_refund_tool_call(d):
    p = person()
    brand, pan = card()
    d("The model emitted this. Should our middleware have blocked it?\n",
      '{"role": "assistant", "tool_calls": [{"id": "call_', alnum(24, B62), '", "type": "function", "function": {"name": "issue_refund", ',
      '"arguments": "{\\"customer_name\\": \\"', PER(nm(p, "full")), '\\", \\"customer_email\\": \\"', EM(email(p)),
      '\\", \\"card_number\\": \\"', CC(pan), f'\\", \\"amount_cents\\": {R.randint(500, 50000)}, \\"reason\\": \\"duplicate\\"}}"}}}}]}}')


@tpl("payments", "email")
def p_card_by_email(d):
    p = person()
    brand, pan = card()
    d("A customer e-mailed their card details. Draft a reply that tells them not to do that and that we deleted it.\n\n",
      "Customer e-mail:\n\"Hi, please charge the balance to my ", pick(["Visa", "card", "Amex", "Mastercard"]), " ",
      CC(card_fmt(brand, pan)), ", exp ", f"{R.randint(1, 12):02d}/{R.randint(26, 30)}, security code ", CVV(cvv(brand)),
      ". Billing zip ", ZIP(city()[2][:5]), ". Thanks, ", PER(nm(p, "full")), " ", PH(phone()), "\"")


# =============================================================================== positive templates: hr

@tpl("hr", "email")
def p_new_hire_email(d):
    nh, hr = person(), person()
    d("Summarize this new-hire e-mail into our HRIS fields:\n\n", "From: ", EM(email(nh)), "\nTo: ",
      EM("onboarding@orchardhr.com"), "\n\nHello ", PER(nm(hr, "first")), ",\n\nHere is what you asked for. Legal name ",
      PER(nm(nh, "mid")), ", SSN ", SSN(ssn()), ", born ", DT(fd(dob(1975, 2003), "long")), ". Home address is ")
    addr_line(d)
    d(". For direct deposit: routing ", ABA(aba()), ", account ", ACCT(bank_account()), ".\n\nBest,\n", PER(nm(nh, "first")))


@tpl("hr", "form")
def p_i9_section1(d):
    e = person()
    state, lic = driver_license()
    d("Review this I-9 Section 1/2 transcription for mistakes:\n\n",
      "Last name: ", PER(nm(e, "caps_last")), "   First name: ", PER(e["g"].upper()), f"   MI: {e['m']}\n",
      "Address: ")
    addr_line(d)
    d("\nDate of birth: ", DT(fd(dob(1970, 2005), "us")), "   SSN: ", SSN(ssn()), "\nEmail: ", EM(email(e)),
      "   Phone: ", PH(phone()), "\n", "List A: U.S. Passport no. ", PP(us_passport()), "\n",
      f"List B/C (if no List A): driver's license {state} ", DL(lic))


@tpl("hr", "csv")
def p_payroll_export(d):
    d("Find employees with missing deposit info in this payroll export:\n",
      "emp_id,name,ssn,routing,account,pay_rate\n")
    for _ in range(R.randint(3, 4)):
        p = person()
        name = nm(p, pick(["lf", "full"]))
        cell = f'"{name}"' if "," in name else name
        d(f"E{digits(5)},", cell[:1] if cell.startswith('"') else "", PER(name), '"' if cell.startswith('"') else "", ",",
          SSN(ssn(pick(["dash", "bare"]))), ",", ABA(aba()), ",", ACCT(bank_account()), f",{R.randint(18, 95)}.{R.randint(0, 99):02d}\n")


@tpl("hr", "json")
def p_background_check(d):
    c = person()
    state, lic = driver_license()
    d("Write a summary of this background-check result for the hiring manager (no raw identifiers):\n",
      '{"candidate": {"name": "', PER(nm(c, "full")), '", "dob": "', DT(fd(dob(1970, 2003), "iso")), '", "ssn_last4": "', digits(4),
      '", "ssn": "', SSN(ssn()), '",\n  "license": {"state": "', state, '", "number": "', DL(lic), '"},\n',
      '  "address_history": ["', ST(f"{street()}, {pick(CITIES)[0]}, {pick(CITIES)[1]}"), ' ', ZIP(city()[2][:5]), '"]},\n',
      ' "mvr": {"violations": ', str(R.randint(0, 3)), ', "status": "', pick(["clear", "consider"]), '"},\n',
      ' "criminal": {"records": 0}}')


@tpl("hr", "chat")
def p_manager_chat(d):
    mgr, emp = person(), person()
    d(pick(["Help me write a PIP conversation outline. Context: ", "How do I phrase this feedback kindly? "]),
      "I manage ", PER(nm(emp, pick(["full", "first"]))), f" on the {pick(['claims', 'billing', 'platform', 'front desk'])} team. ",
      f"{pick(['She', 'He', 'They'])} missed {R.randint(3, 9)} deadlines this quarter. HR contact is ", PER(nm(mgr, "full")),
      " (", EM(work_email(mgr, "orchardhr.com")), ", ext. ", str(R.randint(2000, 7999)), ").")


@tpl("hr", "yaml")
def p_benefits_enrollment_yaml(d):
    e, sp = person(), person()
    d("Lint this benefits enrollment YAML and tell me what's wrong with the dependents section:\n\n```yaml\n",
      "employee:\n  name: ", PER(nm(e, "full")), "\n  ssn: \"", SSN(ssn()), "\"\n  dob: ", DT(fd(dob(1965, 1998), "iso")),
      "\n  medical_plan: PPO-2500\n  member_id: ", HPID(member_id()), "\ndependents:\n",
      "  - name: ", PER(nm(sp, "full")), "\n    relation: spouse\n    dob: ", DT(fd(dob(1965, 1998), "iso")), "\n",
      "  - name: ", PER(nm(person(), "full")), "\n    relation: child\n    dob: ", DT(fd(dob(2008, 2023), "iso")), "\n```")


@tpl("hr", "markdown_table")
def p_corp_card_table(d):
    d("Which cardholders exceeded the $2,500 limit? Reformat as a memo.\n\n",
      "| Employee | Corporate card | Month spend | Dept |\n|---|---|---|---|\n")
    for _ in range(R.randint(3, 4)):
        brand, pan = card(pick(["visa", "mc", "amex", "mc2"]))
        d("| ", PER(nm(person(), pick(["full", "init"]))), " | ", CC(card_fmt(brand, pan, "space")),
          f" | ${R.randint(300, 6000):,} | {pick(['Sales', 'Ops', 'IT', 'Clinical'])} |\n")


@tpl("hr", "letter")
def p_reference_letter(d):
    cand, me = person(), person()
    d("Make this reference letter sound more professional:\n\n", "To the hiring committee,\n\n",
      "I supervised ", PER(nm(cand, "full")), f" for {R.randint(2, 7)} years at {pick(['Lumen Freight', 'Brightwater Clinic', 'Quillstack'])}. ",
      pick(["She", "He"]), " was dependable and great with customers. Feel free to call me at ", PH(phone()), " or e-mail ",
      EM(email(me)), ".\n\nRegards,\n", PER(nm(me, "full")))


# =============================================================================== positive templates: support

@tpl("support", "chat")
def p_address_change_chat(d):
    c = person()
    d("Classify the intent of this chat and extract the new address:\n\n",
      "customer: hi i moved, can you update my address\nagent: Sure! Can I get your name and the email on the account?\n",
      "customer: ", PER(nm(c, pick(["lower", "full"]))), ", ", EM(email(c)), "\n", "customer: new address is ")
    addr_line(d)
    d("\nagent: Thanks. And a good phone number?\ncustomer: ", PH(phone(pick(["bare", "dot", "dash"]))))


@tpl("support", "json")
def p_helpdesk_ticket_json(d):
    r = person()
    d("Route this ticket to the right queue and suggest a first reply:\n",
      '{"ticket": {"id": ', str(R.randint(100000, 999999)), ', "subject": "Phone stuck on activation",\n',
      ' "requester": {"name": "', PER(nm(r, "full")), '", "email": "', EM(email(r)), '"},\n',
      ' "device": {"model": "', pick(["Pixel 8", "Galaxy A54", "iPhone 14", "moto g 5G"]), '", "imei": "', DEV(imei()), '"},\n',
      ' "meta": {"ip": "', IP(pick([ipv4(), ipv6()])), '", "channel": "web"},\n',
      ' "body": "Activation fails after I ported my number ', PH(phone("dash")), '."}}')


@tpl("support", "transcript")
def p_repair_call(d):
    c, ag = person(), person()
    d("Write the repair ticket from this call:\n\n", "Agent (", PER(nm(ag, "first")), "): Thanks for holding. Name on the account?\n",
      "Customer: ", PER(nm(c, "full")), ".\nAgent: And the IMEI? Dial star-pound-zero-six-pound.\nCustomer: It says ",
      DEV(imei()), ".\nAgent: Got it. Where should we ship the box?\nCustomer: ")
    addr_line(d)
    d(".\nAgent: And a callback number?\nCustomer: ", PH(phone()), ".")


@tpl("support", "email")
def p_account_recovery(d):
    c = person()
    d("Is this enough to verify identity per our policy? Reply yes/no with reasons.\n\n",
      "Subject: Locked out of my account\n\nI can't log in. My username was ", slug(c["g"]) + str(R.randint(1, 99)),
      ". To prove it's me: full name ", PER(nm(c, "full")), ", date of birth ", DT(fd(dob(), pick(["long", "us"]))),
      ", the last four of my card are ", digits(4), ", and my passport number is ", PP(us_passport()),
      ". Old email was ", EM(email(c)), ", new one is ", EM(email(c)), ".")


@tpl("support", "tool_call")
def p_anthropic_ticket_update(d):
    c = person()
    d("Explain what this tool_use block will do:\n",
      '{"role": "assistant", "content": [{"type": "text", "text": "I will update the contact details."}, ',
      '{"type": "tool_use", "id": "toolu_01', alnum(22, B62), '", "name": "update_contact", "input": {"ticket_id": ',
      str(R.randint(40000, 99999)), ', "full_name": "', PER(nm(c, "full")), '", "phone": "', PH(phone("plus")),
      '", "email": "', EM(email(c)), '", "mailing_address": "')
    addr_line(d)
    d('"}}]}')


@tpl("support", "chat")
def p_car_rental_chat(d):
    c = person()
    state, lic = driver_license()
    d("Draft the agent's next message in this rental damage chat:\n\n",
      "Customer: I returned the car and got charged for a scratch that was already there.\n",
      "Agent: I'm sorry! Please confirm the renter's name and driver's license number.\n",
      "Customer: ", PER(nm(c, "full")), f", license {state} ", DL(lic), ". The car was plate ", VEH(plate()),
      ", VIN on the contract ", VEH(vin()), ". I have photos from pickup.")


@tpl("support", "log")
def p_auth_service_log(d):
    u = person()
    ip = ipv4()
    d("Is this a credential-stuffing attack or a user mistake?\n\n")
    for _ in range(R.randint(2, 3)):
        d(f"2025-0{R.randint(1, 9)}-{R.randint(10, 28)} {R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)} auth WARN login_failed user=",
          EM(email(u)), " src=", IP(ip), " reason=bad_password\n")
    d(f"2025-0{R.randint(1, 9)}-{R.randint(10, 28)} {R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)} auth INFO password_reset user=",
      EM(email(u)), " src=", IP(ipv4()), " temp_password=", PWD(password()), "\n")


@tpl("support", "chat")
def p_delivery_issue(d):
    c = person()
    d(pick(["Write a reply to this customer: ", "Summarize for the carrier claim: "]),
      "\"my package says delivered but it isn't here. order ", f"#{digits(7)}", ". name ", PER(nm(c, pick(["full", "lower"]))),
      ", address ")
    addr_line(d)
    d(". please call me ", PH(phone()), " before 5\"")


# =============================================================================== positive templates: devops

DBNAMES = ["claims", "ehr_prod", "payments", "hrisdb", "support", "ledger"]
HOSTS = ["db-prod-1.internal", "pg.copperleaf.dev", "mysql-a.quillstack.io", "10-replica.atlasridge.co",
         "warehouse.lumenfreight.com"]


@tpl("devops", "env")
def p_dotenv(d):
    pw = password()
    d(pick(["Why does my app say DATABASE_URL is malformed? Here's my .env:\n\n", "Convert this .env to a Kubernetes Secret manifest:\n\n"]),
      f"NODE_ENV=production\nPORT={pick(['3000', '8080', '5000'])}\n",
      "DATABASE_URL=", URL(["postgresql://app_user:", PWD(pw), f"@{pick(HOSTS)}:5432/{pick(DBNAMES)}"]), "\n",
      "OPENAI_API_KEY=", KEY(api_key("openai")), "\n", "SENDGRID_API_KEY=", KEY(api_key("sendgrid")), "\n",
      "WEBHOOK_SIGNING_SECRET=", HES(hi_secret()), "\n", "LOG_LEVEL=info")


@tpl("devops", "yaml")
def p_k8s_secret(d):
    d("Is it OK to commit this? If not, how do I move it to sealed-secrets?\n\n```yaml\napiVersion: v1\nkind: Secret\n",
      f"metadata:\n  name: {pick(['billing-api', 'ehr-sync', 'claims-worker'])}-secrets\n  namespace: {pick(['prod', 'payments', 'default'])}\ntype: Opaque\nstringData:\n",
      "  DB_PASSWORD: \"", PWD(password()), "\"\n  GITHUB_TOKEN: ", KEY(api_key(pick(["github", "github_pat"]))), "\n",
      "  SLACK_BOT_TOKEN: ", KEY(api_key("slack")), "\n  SESSION_SECRET: ", HES(hi_secret()), "\n```")


@tpl("devops", "chat")
def p_ssh_key_chat(d):
    d(pick(["ssh keeps saying 'invalid format' for this key, what's wrong with it?\n\n",
            "Can you tell what type of key this is and how to convert it to PuTTY format?\n\n"]),
      PK(pem_text()), "\n\n", pick(["I'm connecting to ", "Host is "]), IP(ipv4()), pick([" as ubuntu.", " on port 2222."]))


@tpl("devops", "code")
def p_terraform_vars(d):
    d("Why does terraform plan fail with InvalidClientTokenId?\n\n```hcl\n# terraform.tfvars\nregion = \"us-east-2\"\n",
      "aws_access_key = \"", KEY(api_key("aws")), "\"\n", "aws_secret_key = \"", HES(aws_secret()), "\"\n",
      f"instance_type = \"{pick(['t3.medium', 'm6i.large', 'c7g.xlarge'])}\"\n", "admin_cidr = \"", IP(ipv4()), "/32\"\n```")


@tpl("devops", "log")
def p_nginx_access(d):
    d("Which client is hammering the API? Also anything sensitive in here?\n\n")
    host = pick(["api.tallgrasspay.io", "portal.mercyvalleyhealth.org", "app.copperleaf.dev"])
    for _ in range(R.randint(2, 3)):
        u = person()
        d(IP(ipv4()), f' - - [{R.randint(10, 28)}/Mar/2025:{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)} +0000] "GET ',
          f'/v1/users/lookup?email=', EM(email(u)), f' HTTP/1.1" 200 {R.randint(200, 3000)} "-" "python-requests/2.31"\n')
    d(IP(ipv4()), f' - - [{R.randint(10, 28)}/Mar/2025:{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)} +0000] "POST /v1/claims HTTP/1.1" 401 0 "',
      URL(f"https://{host}/login"), '" "Mozilla/5.0"')


@tpl("devops", "code")
def p_curl_bearer(d):
    host = pick(["api.keystonemutual.com", "fhir.brightwater-clinic.com", "api.pinecrestbank.com", "gw.tallgrasspay.io"])
    path = pick(["/v2/members/search", "/r4/Patient", "/v1/accounts", "/v1/payouts"])
    d("This curl works but my axios call returns 401. Same token:\n\n",
      "curl -s -X GET \\\n  '", URL(f"https://{host}{path}"), "' \\\n  -H 'Authorization: Bearer ", JWT(jwt()), "' \\\n",
      "  -H 'Accept: application/json'")


@tpl("devops", "code")
def p_python_llm_keys(d):
    d("Add retries and streaming to this script:\n\n```python\nimport anthropic, openai\n\n",
      'claude = anthropic.Anthropic(api_key="', KEY(api_key("anthropic")), '")\n',
      'gpt = openai.OpenAI(api_key="', KEY(api_key(pick(["openai", "openai_legacy"]))), '")\n',
      'HF_TOKEN = "', KEY(api_key("hf")), '"\n\n',
      "def ask(q):\n    return claude.messages.create(model=\"claude-sonnet-4\", max_tokens=512,\n"
      "                                  messages=[{\"role\": \"user\", \"content\": q}])\n```")


@tpl("devops", "yaml")
def p_ci_workflow(d):
    d("Our GitHub Actions workflow leaks secrets in logs. Fix it:\n\n```yaml\nname: release\non: [push]\njobs:\n  publish:\n",
      "    runs-on: ubuntu-latest\n    env:\n", "      NPM_TOKEN: ", KEY(api_key("npm")), "\n",
      "      PYPI_TOKEN: ", KEY(api_key("pypi")), "\n", "      SLACK_WEBHOOK: ",
      URL(f"https://hooks.slack.com/services/T{alnum(8, UPPER_DIGITS)}/B{alnum(10, UPPER_DIGITS)}/{alnum(24, B62)}"), "\n",
      "    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n```")


@tpl("devops", "yaml")
def p_docker_compose(d):
    pw = password()
    d("Why can't the api container reach postgres?\n\n```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n",
      "      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ", PWD(pw), "\n  api:\n    build: .\n    environment:\n",
      "      DATABASE_URL: ", URL(["postgres://app:", PWD(pw), f"@db:5432/{pick(DBNAMES)}"]), "\n",
      "      MAPBOX_TOKEN: ", KEY(api_key(pick(["google", "mailgun", "shopify", "digitalocean"]))), "\n",
      "    ports:\n      - \"8080:8080\"\n```")


@tpl("devops", "log")
def p_app_error_log(d):
    u = person()
    d("Write a root-cause summary for this stack trace. Also tell me what we should scrub from logs.\n\n",
      f"ERROR {pick(['enrollment-svc', 'claims-api', 'kyc-worker'])} ValidationError: field 'ssn' failed check for record ",
      "{'name': '", PER(nm(u, "full")), "', 'ssn': '", SSN(ssn()), "', 'dob': '", DT(fd(dob(), "iso")), "', 'phone': '",
      PH(phone("dash")), "'}\n", "Traceback (most recent call last):\n",
      f'  File "/srv/app/validators.py", line {R.randint(40, 300)}, in check_ssn\n    raise ValidationError(msg)\n',
      f"request_id={alnum(8, HEX)} client=", IP(ipv4()))


@tpl("devops", "json")
def p_gcp_service_account(d):
    proj = pick(["claims-etl", "ehr-bridge", "payout-prod", "hr-analytics"]) + "-" + digits(6)
    sa = f"{pick(['etl-runner', 'bq-loader', 'deployer'])}@{proj}.iam.gserviceaccount.com"
    d("Why does google.auth say 'Could not deserialize key data'?\n",
      '{\n  "type": "service_account",\n  "project_id": "', proj, '",\n  "private_key_id": "', alnum(40, HEX), '",\n',
      '  "private_key": "', PK(pem_text("\\n")), '\\n",\n  "client_email": "', EM(sa), '",\n',
      '  "client_id": "', digits(21), '",\n  "token_uri": "', URL("https://oauth2.googleapis.com/token"), '"\n}')


@tpl("devops", "ini")
def p_ansible_inventory(d):
    d("Convert this inventory to YAML format and move secrets to vault:\n\n", "[webservers]\n")
    for i in range(R.randint(2, 3)):
        d(f"web{i + 1} ansible_host=", IP(ipv4(chance(0.5))), " ansible_user=deploy\n")
    d("\n[dbservers]\ndb1 ansible_host=", IP(ipv4(False)), "\n\n[all:vars]\nansible_become_password=", PWD(password()),
      "\nnewrelic_license_key=", HES(alnum(40, HEX)), "\n")


# =============================================================================== positive templates: general and extra

@tpl("general", "email")
def p_family_email_draft(d):
    me, sis, mom = person(), person(), person()
    d("Fix the tone of this e-mail to my sister, it sounds too bossy:\n\n", PER(nm(sis, "first")), " —\n\n",
      "Mom's new place is ")
    addr_line(d)
    d(". Her landline is ", PH(phone()), ". I put her date of birth (", DT(fd(dob(1938, 1955), "us")),
      ") on the pharmacy account so you can pick up refills. Her Medicare number is ", MBI(mbi(True)),
      " if they ask.\n\n", PER(nm(me, "first")))


@tpl("general", "chat")
def p_travel_passport_chat(d):
    a, b = person(), person()
    d(pick(["fill in this visa form for me using these details: ", "can you format these for the airline's APIS form: "]),
      "traveler 1 ", PER(nm(a, pick(["full", "caps"]))), ", born ", DT(fd(dob(1960, 2005), pick(["uk", "long", "dmy"]))),
      ", US passport ", PP(us_passport()), "; traveler 2 ", PER(nm(b, pick(["full", "caps"]))), ", born ",
      DT(fd(dob(1960, 2015), pick(["uk", "long", "dmy"]))), ", passport ", PP(us_passport()), f". flying {pick(['JFK-IST', 'SFO-NRT', 'IAH-LOS', 'ORD-DEL'])} in {pick(MONTHS)}.")


@tpl("general", "chat")
def p_tax_prep_chat(d):
    me, sp = person(), person()
    d("I'm doing our taxes with software. Which box does each of these go in?\n",
      "- me: ", PER(nm(me, "full")), ", SSN ", SSN(ssn()), "\n- spouse: ", PER(nm(sp, "full")), ", ITIN ", ITIN(itin()), "\n",
      "- kid: ", PER(nm(person(), "first")), ", SSN ", SSN(ssn(pick(["dash", "space"]))), ", born ", DT(fd(dob(2010, 2023), "us")), "\n",
      "- refund to acct ", ACCT(bank_account()), " / routing ", ABA(aba()))


@tpl("general", "csv")
def p_rsvp_csv(d):
    d("Make mailing labels from this RSVP sheet:\n", "name,email,phone,street,zip,guests\n")
    for _ in range(R.randint(3, 4)):
        p = person()
        c, st, z = city()
        d(PER(nm(p, "full")), ",", EM(email(p)), ",", PH(phone(pick(["dash", "paren", "dot"]))), ",", ST(street().replace(",", "")), ",",
          ZIP(z), f",{R.randint(1, 4)}\n")


@tpl("general", "letter")
def p_bill_of_sale(d):
    seller, buyer = person(), person()
    s_state, s_lic = driver_license()
    d("Check this private-party bill of sale for anything missing:\n\n", "BILL OF SALE — MOTOR VEHICLE\n\n",
      "Seller: ", PER(nm(seller, "full")), f", driver license {s_state} ", DL(s_lic), "\nBuyer: ", PER(nm(buyer, "full")),
      ", ")
    addr_line(d)
    d(f"\nVehicle: {R.randint(2009, 2022)} {pick(['Honda Civic', 'Ford F-150', 'Toyota RAV4', 'Subaru Outback'])}, VIN ", VEH(vin()),
      f", odometer {R.randint(20, 190)},{R.randint(100, 999)} mi\n", f"Price: ${R.randint(3, 28)},{pick(['000', '500', '250'])}   Sold as-is.")


@tpl("general", "sql")
def p_sql_insert(d):
    d("Why does this insert fail with 'value too long for type character(9)'?\n\n```sql\n",
      "INSERT INTO customers (first_name, last_name, ssn, dob, email, phone) VALUES\n")
    n = R.randint(2, 3)
    for i in range(n):
        p = person()
        while "'" in p["g"] + p["s"]:
            p = person()
        d("  ('", PER(p["g"]), "', '", PER(p["s"]), "', '", SSN(ssn(pick(["dash", "bare"]))), "', '", DT(fd(dob(), "iso")), "', '",
          EM(email(p)), "', '", PH(phone("dash")), "')", ",\n" if i < n - 1 else ";\n")
    d("```")


@tpl("payments", "email")
def p_skimmer_report(d):
    mgr = person()
    d("Turn this store manager's e-mail into an incident report for the acquirer:\n\n",
      f"We found a skimmer on pump {R.randint(1, 12)}. The tech pulled these two reads off it before we bagged it:\n")
    for _ in range(2):
        brand, pan = card(pick(["visa", "mc", "discover"]))
        if chance(0.5):
            d("  ", TRK(track1(pan, person())), "\n")
        else:
            d("  ", TRK(track2(pan)), "\n")
    d("Police report filed. Call me at ", PH(phone()), ".\n", PER(nm(mgr, "full")), ", store manager")


@tpl("clinical", "markdown_table")
def p_infusion_pump_inventory(d):
    d("Which pumps are overdue for biomed PM? Inventory export:\n\n",
      "| Asset tag | Serial | MAC | IP | Last PM | Assigned patient |\n|---|---|---|---|---|---|\n")
    for _ in range(R.randint(3, 4)):
        assigned = chance(0.6)
        d(f"| BMD-{digits(5)} | ", DEV(serial()), " | ", DEV(mac()), " | ", IP(ipv4(False)),
          f" | {pick(['2024-01', '2024-06', '2023-10', '2025-02'])} | ")
        if assigned:
            d(PER(nm(person(), "lf")))
        else:
            d("—")
        d(" |\n")


@tpl("banking", "note")
def p_branch_visit_note(d):
    c = person()
    d("Rewrite this teller note as a formal account memo:\n\n",
      "cust ", PER(nm(c, "lower")), " came in re: lost debit card. verified w/ DL ", DL(driver_license()[1]),
      " and DOB ", DT(fd(dob(), "us1")), ". closed card, issued temp. moved $", str(R.randint(200, 4000)),
      " from savings to checking acct ", ACCT(bank_account()), ". cust asked for wire info: our ABA ", ABA(aba()),
      ", SWIFT ", BIC(us_bic()), ". new mobile on file ", PH(phone()), ".")


@tpl("hr", "note")
def p_german_hr_note(d):
    e = person(pick(["german", "turkish", "slavic"]))
    _, ib = iban("DE")
    d("Übersetze diese Personalnotiz ins Englische:\n\n", "Mitarbeiterin ", PER(nm(e, "full")), ", geboren am ",
      DT(fd(dob(1965, 2000), pick(["de", "de_long"]))), ", neue Bankverbindung: IBAN ", IBAN(ib), ", BIC ", BIC(bic("DE")),
      ". Telefon ", PH(intl_phone("DE")), ". Bitte ab nächstem Monat berücksichtigen.")


@tpl("support", "chat")
def p_intl_customer_chat(d):
    c = person(pick(["west_african", "south_asian", "filipino", "turkish"]))
    d("Reply to this customer and confirm the callback:\n\n", "Hello, I am ", PER(nm(c, "full")),
      ". My US number doesn't work abroad, please call me on ", PH(intl_phone(pick(["NG", "IN", "PH", "TR", "GB"]))),
      " or WhatsApp. Email ", EM(email(c)), ". My account login is from ", IP(ipv4()), " now because I'm travelling.")


@tpl("devops", "chat")
def p_jwt_debug_chat(d):
    d(pick(["Decode this token and tell me why the gateway says it's expired: ",
            "what claims are in this jwt? the mobile app sends it on every request: "]),
      JWT(jwt()), pick(["", " (copied from the Authorization header)"]),
      pick(["", " — server clock is UTC, app is on device time."]))


@tpl("support", "json")
def p_har_entry(d):
    u = person()
    host = pick(["portal.harborlinecu.org", "members.keystonemutual.com", "app.orchardhr.com"])
    d("The user attached this HAR entry; why does the request 403?\n",
      '{"request": {"method": "GET", "url": "', URL(f"https://{host}/api/profile?email={slug(u['g'])}"), '",\n',
      ' "headers": [{"name": "Authorization", "value": "Bearer ', JWT(jwt()), '"},\n',
      '             {"name": "X-Forwarded-For", "value": "', IP(ipv4()), '"}]},\n',
      ' "response": {"status": 403, "statusText": "Forbidden"}}')


@tpl("devops", "yaml")
def p_tls_secret_yaml(d):
    label, lines, _ = pem(pick(["ec", "pkcs8", "rsa"]))
    ind = "    "
    block = f"-----BEGIN {label}-----\n" + "\n".join(ind + ln for ln in lines) + f"\n{ind}-----END {label}-----"
    d("cert-manager ignores my manually created TLS secret. What's wrong?\n\n```yaml\napiVersion: v1\nkind: Secret\n",
      f"metadata:\n  name: {pick(['portal', 'api', 'fhir'])}-tls\ntype: kubernetes.io/tls\nstringData:\n",
      "  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIB", alnum(60, B62), "\n    -----END CERTIFICATE-----\n",
      "  tls.key: |\n    ", PK(block), "\n```")


# =============================================================================== hard negatives

NEG_TEMPLATES: list[tuple[str, str, str, object]] = []


def neg(domain: str, fmt: str):
    def deco(fn):
        NEG_TEMPLATES.append((fn.__name__, domain, fmt, fn))
        return fn
    return deco


def luhn_bad(n: int, first: str = "") -> str:
    """An n-digit number that fails the Luhn check (so it is never a card)."""
    body = first + digits(n - 1 - len(first))
    good = luhn_check_digit(body)
    return body + str((int(good) + R.randint(1, 9)) % 10)


def hexs(n: int) -> str:
    return alnum(n, HEX)


def uuid4() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def semver() -> str:
    return f"{R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 30)}"


# ----------------------------------------------------------------------------- clinical

@neg("clinical", "markdown_table")
def n_lab_reference_table(d):
    rows = [("Sodium", "2951-2", "mmol/L", "136-145"), ("Potassium", "2823-3", "mmol/L", "3.5-5.1"),
            ("Creatinine", "2160-0", "mg/dL", "0.6-1.3"), ("Hemoglobin A1c", "4548-4", "%", "4.0-5.6"),
            ("TSH", "3016-3", "mIU/L", "0.4-4.0"), ("Ferritin", "2276-4", "ng/mL", "24-336"),
            ("ALT", "1742-6", "U/L", "7-56"), ("Magnesium", "19123-9", "mg/dL", "1.7-2.2")]
    R.shuffle(rows)
    d(pick(["Which of these results are out of range? ", "Explain these lab values in plain language: "]),
      "\n\n| Test | LOINC | Result | Units | Reference |\n|---|---|---|---|---|\n")
    for name, loinc, unit, ref in rows[:R.randint(4, 6)]:
        lo, hi = (float(x) for x in ref.split("-"))
        val = round(R.uniform(lo * 0.7, hi * 1.4), 1)
        d(f"| {name} | {loinc} | {val} | {unit} | {ref} |\n")
    d(pick(["", "\nNo patient info attached, this is from a teaching case."]))


@neg("clinical", "chat")
def n_formulary_ndc(d):
    drugs = [("atorvastatin 40 mg", "0093-5058-98"), ("lisinopril 10 mg", "68180-0514-01"),
             ("metformin ER 500 mg", "0378-7185-01"), ("sertraline 50 mg", "16729-0214-01"),
             ("levothyroxine 75 mcg", "0378-1807-01"), ("amlodipine 5 mg", "59762-1530-1")]
    a, b = R.sample(drugs, 2)
    d(f"Our PBM switched {a[0]} (NDC {a[1]}) to a different labeler. Is {b[0]} (NDC {b[1]}) on tier 1 usually? ",
      f"Members get a 90-day supply for ${R.randint(0, 15)} via mail order, {R.randint(2, 4)} refills. Lot {alnum(2, string.ascii_uppercase)}{digits(5)}, "
      f"exp {R.randint(1, 12):02d}/{R.randint(2026, 2028)}.")


@neg("clinical", "chat")
def n_eponym_question(d):
    pairs = [("Hashimoto's thyroiditis", "Graves' disease"), ("Crohn's disease", "ulcerative colitis"),
             ("Parkinson's disease", "Lewy body dementia"), ("Bell's palsy", "a stroke"),
             ("Cushing's syndrome", "Addison's disease"), ("Guillain-Barré syndrome", "myasthenia gravis"),
             ("Kawasaki disease", "scarlet fever"), ("Sjögren's syndrome", "lupus")]
    a, b = pick(pairs)
    d(f"For a {pick(['nursing school', 'patient education', 'CME'])} handout: how do you tell {a} from {b}? ",
      f"Include the {pick(['Babinski sign', 'Murphy sign', 'Trousseau sign', 'Romberg test', 'McBurney point'])} only if relevant, ",
      f"and keep it under {R.randint(150, 400)} words at a {R.randint(6, 9)}th-grade reading level.")


@neg("clinical", "chat")
def n_icd_cpt_coding(d):
    dx = pick(["E11.9", "I48.91", "J44.1", "M54.16", "N39.0", "F41.1", "K21.9", "Z00.00"])
    cpt = pick(["99213", "99395", "93000", "36415", "81003", "G0439", "99497"])
    d(f"Coding question: can I bill {cpt} with modifier -25 on the same day as {pick(['99214', '20610', '11102'])} ",
      f"when the diagnosis is {dx}? Payer is {pick(['Medicare', 'a commercial PPO', 'Medicaid managed care'])}, place of service {pick(['11', '22', '02'])}. ",
      f"The claim came back with CARC {pick(['97', '16', '50', '4'])} and RARC {pick(['M15', 'N130', 'MA130'])}.")


@neg("clinical", "note")
def n_deid_case(d):
    decade = pick(["40s", "50s", "60s", "70s", "30s"])
    d("Teaching case, fully de-identified — generate 3 board-style questions from it.\n\n",
      f"A {pick(['woman', 'man'])} in {pick(['her', 'his'])} {decade} presents with {pick(COMPLAINTS)}. ",
      f"Vitals: T {R.randint(975, 1024) / 10}F, BP {R.randint(100, 170)}/{R.randint(60, 100)}, HR {R.randint(55, 125)}, RR {R.randint(12, 28)}. ",
      f"Labs: WBC {R.randint(40, 190) / 10}, Hgb {R.randint(90, 160) / 10}, Cr {R.randint(6, 30) / 10}, lactate {R.randint(8, 45) / 10}. ",
      f"Started on {pick(['piperacillin-tazobactam', 'vancomycin', 'IV fluids 30 mL/kg', 'apixaban 5 mg BID'])}. Symptoms improved by hospital day {R.randint(2, 5)}.")


@neg("clinical", "hl7")
def n_hl7_oru_no_pid(d):
    ts = f"2025{R.randint(1, 12):02d}{R.randint(10, 28)}{R.randint(10, 23)}{R.randint(10, 59)}"
    d("Our parser chokes on the OBX segments of this result. What's wrong with the structure?\n",
      f"MSH|^~\\&|LIS|CORE_LAB|EHR|MAIN|{ts}||ORU^R01|{alnum(10, UPPER_DIGITS)}|P|2.5.1\r",
      f"OBR|1||{digits(8)}|24323-8^Comprehensive metabolic panel^LN\r",
      f"OBX|1|NM|2345-7^Glucose^LN||{R.randint(70, 240)}|mg/dL|70-99|{pick(['H', 'N'])}|||F\r",
      f"OBX|2|NM|2160-0^Creatinine^LN||{R.randint(5, 25) / 10}|mg/dL|0.6-1.3|N|||F\r",
      f"OBX|3|ST|2951-2^Sodium^LN||{R.randint(128, 149)}|mmol/L|136-145||||F\r")


@neg("clinical", "fhir")
def n_fhir_medication(d):
    med = pick([("860975", "metformin 500 MG Oral Tablet"), ("197361", "amlodipine 5 MG Oral Tablet"),
                ("314076", "lisinopril 10 MG Oral Tablet"), ("617314", "atorvastatin 10 MG Oral Tablet")])
    d("Is this FHIR Medication resource valid? Add the missing form coding.\n",
      '{"resourceType": "Medication", "id": "med-', hexs(8), '", "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.88", ',
      f'"code": "{med[0]}", "display": "{med[1]}"}}]}}, "status": "active", "batch": {{"lotNumber": "{alnum(7, UPPER_DIGITS)}", ',
      f'"expirationDate": "{R.randint(2026, 2029)}-{R.randint(1, 12):02d}"}}}}')


@neg("clinical", "email")
def n_device_recall(d):
    d("Summarize this recall notice for our nurse managers:\n\n",
      f"URGENT: MEDICAL DEVICE CORRECTION — {pick(['infusion set', 'pulse oximeter probe', 'enteral feeding pump', 'blood glucose test strips'])}\n",
      f"Catalog numbers: {alnum(3, string.ascii_uppercase)}-{digits(4)}, {alnum(3, string.ascii_uppercase)}-{digits(4)}\n",
      f"Lot numbers: {digits(2)}{alnum(1, string.ascii_uppercase)}{digits(4)} through {digits(2)}{alnum(1, string.ascii_uppercase)}{digits(4)}\n",
      f"Distribution dates: {pick(MONTHS)} {R.randint(2023, 2024)} to {pick(MONTHS)} 2025\n",
      f"Issue: {pick(['occlusion alarm may not sound', 'readings may be falsely high above 40 C', 'connector can crack under torque'])}. "
      f"Quarantine affected units and complete the response form within {R.randint(10, 30)} days. Class {pick(['I', 'II'])} recall.")


@neg("clinical", "chat")
def n_dosing_calc(d):
    wt = R.randint(8, 40)
    d(f"Double-check my math: amoxicillin {pick([45, 80, 90])} mg/kg/day divided BID for a {wt} kg child, suspension "
      f"{pick(['250 mg/5 mL', '400 mg/5 mL'])}. How many mL per dose and how many bottles of {pick([100, 150])} mL for "
      f"{pick([7, 10])} days? Pharmacy is open until {R.randint(6, 10)} pm.")


# ----------------------------------------------------------------------------- insurance

@neg("insurance", "markdown_table")
def n_plan_comparison(d):
    st = pick(["TX", "OH", "GA", "AZ", "PA"])
    d("Which plan is cheaper for someone with two specialist visits a month?\n\n",
      "| Plan | HIOS plan ID | Deductible | Specialist copay | OOP max | Premium |\n|---|---|---|---|---|---|\n")
    for tier in R.sample(["Bronze", "Silver", "Gold", "Platinum"], 3):
        d(f"| {tier} {pick(['HMO', 'EPO', 'PPO'])} | {digits(5)}{st}{digits(7)} | ${R.randint(5, 90) * 100:,} | ${R.randint(2, 12) * 10} | "
          f"${R.randint(30, 95) * 100:,} | ${R.randint(280, 820)}/mo |\n")


@neg("insurance", "chat")
def n_carc_codes(d):
    codes = R.sample([("CO-45", "charge exceeds fee schedule"), ("PR-1", "deductible"), ("PR-2", "coinsurance"),
                      ("CO-197", "precertification absent"), ("CO-16", "missing information"), ("OA-23", "prior payer adjudication"),
                      ("CO-29", "timely filing")], 3)
    d("Explain these remittance adjustments to our front-desk staff in one sentence each: ",
      "; ".join(f"{c} ({t})" for c, t in codes), f". Batch {digits(6)} had {R.randint(12, 400)} lines, ",
      f"{R.randint(1, 40)} denied. Group number {digits(6)} is the employer group.")


@neg("insurance", "csv")
def n_rate_table_ages(d):
    d("Fit a curve to these premium factors by age band and tell me if 80-84 looks off:\n", "age_band,factor,members\n")
    for band in ["0-14", "15-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-79", "80-84", "85+"]:
        d(f"{band},{R.randint(50, 400) / 100:.2f},{R.randint(120, 9000)}\n")


@neg("insurance", "note")
def n_policy_wording(d):
    d("Rewrite this policy clause in plain English:\n\n",
      f"Section {R.randint(2, 9)}.{R.randint(1, 12)} Exclusions. The Company shall not be liable for loss caused by ",
      f"{pick(['flood, surface water or mudflow', 'wear and tear, rust or corrosion', 'intentional acts of any insured'])}, ",
      f"except as provided under Endorsement {alnum(2, string.ascii_uppercase)}-{digits(3)}. Benefits are payable for up to ",
      f"{R.randint(30, 365)} days per confinement, subject to the {R.randint(30, 90)}-day elimination period.")


@neg("insurance", "json")
def n_claims_dashboard_json(d):
    d("Turn this claims dashboard JSON into a two-line summary for leadership:\n",
      json.dumps({"period": f"2025-Q{R.randint(1, 4)}", "claims_received": R.randint(3000, 90000),
                  "auto_adjudicated_pct": round(R.uniform(60, 92), 1), "median_days_to_pay": R.randint(4, 30),
                  "top_denials": [{"carc": pick(["16", "50", "97", "197"]), "count": R.randint(40, 900)},
                                  {"carc": pick(["45", "18", "29", "96"]), "count": R.randint(40, 900)}],
                  "pended": R.randint(20, 700)}, indent=1))


# ----------------------------------------------------------------------------- banking

@neg("banking", "chat")
def n_routing_faq(d):
    d(f"Write a help-center article: 'Where do I find my routing and account numbers?' Mention that routing numbers are "
      f"nine digits, account numbers vary from {pick([6, 8])} to 17 digits, that our app shows the account as ****{digits(4)} "
      f"style masking, and that wires over ${R.randint(5, 50)},000 need a callback. Keep it under {R.randint(200, 350)} words.")


@neg("banking", "statement")
def n_masked_statement(d):
    d("Reconcile these against my budget (I already masked everything):\n\n",
      f"Account ending {digits(4)}  |  Card ending {digits(4)}\n")
    for _ in range(R.randint(4, 6)):
        d(f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}  {pick(['GROCERY OUTLET', 'SPOTIFY USA', 'CITY WATER UTIL', 'TRANSFER TO SAVINGS ****' + digits(4), 'AMAZON MKTPLACE', 'ATM WITHDRAWAL #' + digits(4)])}"
          f"   -{R.randint(3, 400)}.{R.randint(10, 99)}\n")


@neg("banking", "markdown_table")
def n_rate_sheet(d):
    d("Turn this rate sheet into a customer-facing paragraph:\n\n| Product | Term | APY | Minimum |\n|---|---|---|---|\n")
    for prod, term in [("Share certificate", "12 mo"), ("Share certificate", "24 mo"), ("Money market", "—"), ("High-yield savings", "—")]:
        d(f"| {prod} | {term} | {R.randint(150, 520) / 100:.2f}% | ${pick(['500', '1,000', '2,500', '25,000'])} |\n")


@neg("banking", "code")
def n_amortization_code(d):
    d(f"Why does this return a negative balance in month {R.randint(300, 360)}?\n\n```python\n",
      "def schedule(principal, annual_rate, months):\n    r = annual_rate / 12\n",
      "    pmt = principal * r / (1 - (1 + r) ** -months)\n    bal = principal\n    for m in range(1, months + 1):\n",
      "        interest = round(bal * r, 2)\n        bal -= round(pmt - interest, 2)\n        yield m, pmt, interest, bal\n\n",
      f"for row in schedule({R.randint(150, 900) * 1000}, {R.randint(300, 800) / 10000}, 360):\n    print(row)\n```")


@neg("banking", "chat")
def n_iso20022_fields(d):
    d(f"In a pacs.008 message, what's the difference between <Dbtr>, <DbtrAcct> and <DbtrAgt>? And where does the BIC go vs "
      f"the IBAN? Our core banking vendor (release {semver()}) maps <InstrId> to a {R.randint(16, 35)}-char field and truncates.")


# ----------------------------------------------------------------------------- payments

@neg("payments", "chat")
def n_giftcard_tracking(d):
    d(f"Customer says their gift card {luhn_bad(16, '60')} shows $0. They also sent tracking number "
      f"{pick(['1Z' + alnum(16, UPPER_DIGITS), luhn_bad(22, '9400')])} and order #{digits(8)}. "
      "Draft a reply explaining gift card balances can take 24 hours to update.")


@neg("payments", "json")
def n_webhook_event(d):
    d("Which handler should process this webhook? Our code only listens for succeeded events.\n",
      json.dumps({"id": "evt_" + alnum(24, B62), "type": pick(["charge.refunded", "payout.paid", "invoice.finalized", "charge.dispute.created"]),
                  "created": R.randint(1_700_000_000, 1_760_000_000),
                  "data": {"object": {"id": pick(["ch_", "po_", "in_", "dp_"]) + alnum(24, B62), "amount": R.randint(100, 90000),
                                      "currency": pick(["usd", "eur", "gbp"]), "status": pick(["succeeded", "pending", "paid"]),
                                      "card": {"brand": pick(["visa", "amex", "mastercard"]), "last4": digits(4),
                                               "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2030)}}},
                  "livemode": chance(0.5)}, indent=2))


@neg("payments", "log")
def n_decline_log(d):
    d("Explain the spike in declines:\n\n")
    for _ in range(R.randint(4, 6)):
        d(f"2025-{R.randint(1, 12):02d}-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z auth "
          f"pan={pick(['4', '5', '3', '6'])}{digits(5)}******{digits(4)} resp={pick(['05', '51', '54', '61', '91', '00'])} "
          f"mcc={pick(['5411', '5812', '4121', '5999'])} amt={R.randint(1, 500)}.{R.randint(10, 99)} trace={hexs(12)}\n")


@neg("payments", "chat")
def n_pci_question(d):
    d(f"We're a level {R.randint(2, 4)} merchant using hosted fields. Do we need SAQ A or SAQ A-EP under PCI DSS v4.0.1? "
      f"Our checkout page loads {R.randint(3, 14)} third-party scripts, and requirement 6.4.3 says we need an inventory. "
      "Also, is storing the last four digits and the BIN considered cardholder data?")


@neg("payments", "csv")
def n_settlement_csv(d):
    d("Which batch is unbalanced?\n", "batch_id,settle_date,count,gross,fees,net\n")
    for _ in range(R.randint(3, 5)):
        g = R.randint(1000, 90000)
        f = round(g * R.uniform(0.018, 0.031), 2)
        n = round(g - f + (R.choice([0, 0, 0, 12.5])), 2)
        d(f"B{digits(9)},2025-{R.randint(1, 12):02d}-{R.randint(10, 28)},{R.randint(20, 900)},{g}.00,{f:.2f},{n:.2f}\n")


# ----------------------------------------------------------------------------- hr

@neg("hr", "note")
def n_pto_policy(d):
    d("Simplify this policy paragraph:\n\n",
      f"Employees accrue {R.randint(10, 25) / 10:.1f} hours of PTO per pay period, up to a cap of {R.randint(120, 240)} hours. "
      f"We will grant additional floating holidays in {pick(['April', 'June', 'May', 'August'])} for staff who "
      f"{pick(['roll', 'carry'])} over unused time. Good faith requests made at least {R.randint(2, 4)} weeks in advance will be honored. "
      f"The 401(k) match is {R.randint(3, 6)}% after {R.randint(60, 180)} days of service.")


@neg("hr", "email")
def n_job_posting(d):
    d("Make this job posting more inclusive:\n\n",
      f"{pick(['Senior Claims Analyst', 'Patient Access Representative', 'Site Reliability Engineer', 'Payroll Specialist'])} "
      f"(req {pick(['R', 'JR'])}-{digits(5)})\nSalary band: ${R.randint(45, 110)},000–${R.randint(111, 180)},000. ",
      f"Must have {R.randint(2, 8)}+ years of experience, {pick(['Epic certification', 'Kubernetes', 'ADP Workforce Now', 'ICD-10'])} preferred. "
      "Hybrid, 3 days in office. Rockstars and ninjas encouraged to apply.")


@neg("hr", "csv")
def n_headcount_csv(d):
    d("Chart headcount vs. open reqs by department:\n", "department,headcount,open_reqs,attrition_pct\n")
    for dep in R.sample(["Nursing", "Revenue Cycle", "IT", "Pharmacy", "Customer Support", "Finance", "Legal"], 5):
        d(f"{dep},{R.randint(8, 600)},{R.randint(0, 40)},{R.randint(10, 290) / 10}\n")


@neg("hr", "markdown_table")
def n_interview_rubric(d):
    d("Add a 'red flags' column to this rubric:\n\n| Competency | Weight | 1 | 3 | 5 |\n|---|---|---|---|---|\n")
    for comp in R.sample(["Communication", "Ownership", "Technical depth", "Customer empathy", "Collaboration", "Judgment"], 4):
        d(f"| {comp} | {R.randint(10, 30)}% | vague | relevant examples | clear, measurable impact |\n")


# ----------------------------------------------------------------------------- support

@neg("support", "chat")
def n_order_tracking(d):
    d(f"Customer asks where order #{digits(3)}-{digits(7)}-{digits(7)} is. Items: SKU {alnum(3, string.ascii_uppercase)}-{digits(5)} "
      f"(qty {R.randint(1, 4)}), SKU {alnum(3, string.ascii_uppercase)}-{digits(5)}. Carrier shows 'label created' since "
      f"{pick(['Monday', 'Tuesday', 'last week'])}. Warehouse {pick(['DFW7', 'ONT8', 'BWI2'])}. Draft an apology with a {R.randint(10, 25)}% coupon.")


@neg("support", "chat")
def n_macro_placeholders(d):
    d("Improve this support macro; keep the placeholders exactly as they are:\n\n",
      "Hi {{ticket.requester.first_name}},\n\nThanks for reaching out about order {{order.number}}. ",
      f"I've issued a refund of {{{{refund.amount}}}} to your card ending in {{{{payment.last4}}}}; it should appear in {R.randint(3, 10)} business days.\n\n",
      "{{agent.signature}}")


@neg("support", "chat")
def n_firmware_troubleshoot(d):
    d(f"User's router (model {alnum(2, string.ascii_uppercase)}-{digits(4)}{pick(['AX', 'AC', ''])}, hardware rev {R.randint(1, 4)}.{R.randint(0, 9)}) "
      f"drops Wi-Fi after updating to firmware {semver()}. Their laptop runs Windows build 10.0.{R.randint(19041, 26100)}.{R.randint(1000, 5000)}. "
      f"Channel {pick([36, 44, 149, 157])}, 80 MHz width. Suggest troubleshooting steps.")


@neg("support", "chat")
def n_part_numbers(d):
    d(f"The customer needs replacement part no. {digits(3)}-{digits(3)}-{digits(4)} (filter housing) and gasket "
      f"{digits(3)}-{digits(4)}. Our catalog lists model {alnum(4, UPPER_DIGITS)}-{digits(3)} as compatible. "
      f"Warranty is {pick([1, 2, 5])} years from purchase. Write a reply.")


@neg("support", "markdown_table")
def n_sla_report(d):
    d("Write a weekly summary from this SLA table:\n\n| Queue | Tickets | First response (median) | Breaches |\n|---|---|---|---|\n")
    for q in R.sample(["Billing", "Login", "Shipping", "Returns", "Enterprise"], 4):
        d(f"| {q} | {R.randint(40, 2000)} | {R.randint(2, 240)} min | {R.randint(0, 30)} |\n")


# ----------------------------------------------------------------------------- devops

@neg("devops", "env")
def n_env_example(d):
    d("Generate a README section documenting each variable in this .env.example:\n\n",
      f"APP_PORT={pick(['3000', '8080', '8000'])}\nDATABASE_HOST=localhost\nDATABASE_PASSWORD={pick(['changeme', '<your-db-password>', ''])}\n",
      f"OPENAI_API_KEY={pick(['your-openai-key-here', 'REPLACE_ME', '<set in vault>'])}\n",
      f"STRIPE_SECRET_KEY={pick(['', 'xxxxxxxx', 'set-me'])}\nPASSWORD_MIN_LENGTH={R.randint(8, 16)}\n",
      f"SESSION_TTL_SECONDS={pick([900, 3600, 86400])}\nFEATURE_FLAGS=beta_checkout,{pick(['new_nav', 'dark_mode', 'fast_claims'])}\n")


@neg("devops", "yaml")
def n_k8s_secretref(d):
    svc = pick(["claims-api", "ehr-sync", "payout-worker", "hr-portal"])
    d("Why does this pod crash with CreateContainerConfigError?\n\n```yaml\napiVersion: apps/v1\nkind: Deployment\n",
      f"metadata:\n  name: {svc}\nspec:\n  replicas: {R.randint(2, 6)}\n  template:\n    spec:\n      containers:\n",
      f"        - name: {svc}\n          image: registry.local/{svc}:{semver()}\n          env:\n",
      "            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n",
      f"                  name: {svc}-db\n                  key: password\n",
      "            - name: API_TOKEN\n              valueFrom:\n                secretKeyRef:\n",
      f"                  name: {svc}-tokens\n                  key: upstream-token\n```")


@neg("devops", "log")
def n_ci_log(d):
    d("Why did this pipeline go red?\n\n")
    sha = hexs(40)
    d(f"[{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}] Checking out {sha[:12]} (refs/heads/{pick(['main', 'release/2025.3', 'fix/flaky-test'])})\n",
      f"[{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}] Using node {R.randint(18, 22)}.{R.randint(0, 15)}.{R.randint(0, 9)}, pnpm {semver()}\n",
      f"[{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}] Tests: {R.randint(400, 3000)} passed, {R.randint(1, 6)} failed, duration {R.randint(60, 900)}s\n",
      f"[{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}] FAIL src/billing/proration.test.ts > rounds to cents (expected 10.01, got 10.00)\n",
      f"[{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}] cache key: node-modules-{hexs(16)}\n")


@neg("devops", "code")
def n_environ_code(d):
    d("Is this a safe way to load secrets?\n\n```python\nimport os\nfrom functools import lru_cache\n\n@lru_cache\ndef settings():\n",
      "    return {\n        'openai_key': os.environ['OPENAI_API_KEY'],\n",
      "        'db_password': os.getenv('DB_PASSWORD'),\n",
      f"        'vault_path': 'secret/data/{pick(['claims', 'payments', 'ehr'])}/prod',\n",
      f"        'timeout': int(os.getenv('HTTP_TIMEOUT', '{R.randint(5, 60)}')),\n    }}\n```")


@neg("devops", "code")
def n_terraform_refs(d):
    d("Refactor this to use a module:\n\n```hcl\nresource \"aws_db_instance\" \"main\" {\n",
      f"  identifier        = \"{pick(['claims', 'ledger', 'hris'])}-prod\"\n  engine_version    = \"{R.randint(13, 16)}.{R.randint(1, 9)}\"\n",
      f"  instance_class    = \"db.{pick(['r6g', 'm6i', 't4g'])}.{pick(['large', 'xlarge', 'medium'])}\"\n",
      "  username          = var.db_username\n  password          = data.aws_secretsmanager_secret_version.db.secret_string\n",
      "  vpc_security_group_ids = [aws_security_group.db.id]\n",
      f"  backup_retention_period = {R.randint(7, 35)}\n}}\n```")


@neg("devops", "chat")
def n_promql(d):
    d(f"Write a PromQL alert that fires when p99 latency of http_request_duration_seconds exceeds {R.randint(2, 9) * 100}ms "
      f"for {R.randint(5, 15)} minutes on job=\"{pick(['claims-api', 'gateway', 'fhir-proxy'])}\", excluding the /healthz route. "
      f"Our scrape interval is {pick([15, 30, 60])}s and retention is {pick([15, 30, 90])}d.")


@neg("devops", "markdown_table")
def n_image_digests(d):
    d("Which of these images are behind the latest patch release?\n\n| Service | Image tag | Digest |\n|---|---|---|\n")
    for svc in R.sample(["gateway", "claims-api", "fhir-proxy", "ledger", "notifier"], 3):
        d(f"| {svc} | {semver()}-alpine | sha256:{hexs(64)} |\n")


@neg("devops", "note")
def n_postmortem(d):
    d("Tighten this postmortem summary:\n\n",
      f"Incident {R.randint(100, 999)}: between {R.randint(1, 11)}:{R.randint(10, 59)} and {R.randint(1, 11)}:{R.randint(10, 59)} UTC the "
      f"{pick(['claims', 'payments', 'scheduling'])} API returned 503s for {R.randint(3, 40)}% of requests. The on-call engineer "
      f"rolled back deploy {hexs(7)} after the connection pool (max {pick([20, 50, 100])}) was exhausted. The incident commander "
      "paged the database team. No data was lost. Action items: add pool saturation alert, load-test before Friday deploys.")


@neg("devops", "chat")
def n_regex_ssn(d):
    d(pick(["Write a Python regex that matches US SSNs in the form ddd-dd-dddd but rejects area 000, 666 and 900-999, ",
            "Why doesn't ^\\d{3}-\\d{2}-\\d{4}$ reject invalid SSNs like ones with group 00? Improve it, "]),
      f"and add {R.randint(4, 8)} pytest cases using obviously fake placeholders like XXX-XX-XXXX.")


@neg("devops", "sql")
def n_sql_schema(d):
    d("Add column-level encryption to the sensitive columns of this schema:\n\n```sql\nCREATE TABLE patients (\n",
      "  id BIGSERIAL PRIMARY KEY,\n  mrn VARCHAR(12) NOT NULL UNIQUE,\n  first_name TEXT,\n  last_name TEXT,\n",
      "  dob DATE,\n  ssn CHAR(11),\n  email CITEXT,\n",
      f"  created_at TIMESTAMPTZ DEFAULT now()\n);\nCREATE INDEX idx_patients_last ON patients (last_name);\n-- table has ~{R.randint(2, 90)}M rows\n```")


# ----------------------------------------------------------------------------- general

@neg("general", "chat")
def n_history(d):
    topics = [("Abraham Lincoln", "the Gettysburg Address"), ("Marie Curie", "her two Nobel prizes"),
              ("Florence Nightingale", "hospital sanitation"), ("Alexander Fleming", "penicillin"),
              ("Ibn Sina", "the Canon of Medicine"), ("Harriet Tubman", "the Underground Railroad"),
              ("Hippocrates", "the oath"), ("Ada Lovelace", "the Analytical Engine"), ("Edward Jenner", "smallpox vaccination")]
    a, b = R.sample(topics, 2)
    d(f"For a {pick(['5th-grade', 'high school', 'hospital lobby'])} exhibit, write {R.randint(2, 4)} short paragraphs about "
      f"{a[0]} and {a[1]}, then compare with {b[0]} and {b[1]}.")


@neg("general", "chat")
def n_fiction(d):
    chars = ["Elizabeth Bennet", "Atticus Finch", "Sherlock Holmes", "Hermione Granger", "Jay Gatsby", "Captain Ahab",
             "Frodo Baggins", "Jane Eyre", "Don Quixote", "Scarlett O'Hara"]
    a, b = R.sample(chars, 2)
    d(f"Write a {R.randint(200, 500)}-word dialogue where {a} meets {b} at a {pick(['train station', 'dinner party', 'bookshop'])}. "
      f"Keep both in character.")


@neg("general", "chat")
def n_companies(d):
    cos = [("Johnson & Johnson", "JNJ"), ("Eli Lilly", "LLY"), ("Charles Schwab", "SCHW"), ("Morgan Stanley", "MS"),
           ("Ford Motor", "F"), ("Dell Technologies", "DELL"), ("Procter & Gamble", "PG"), ("Goldman Sachs", "GS"),
           ("Walgreens Boots Alliance", "WBA"), ("Abbott Laboratories", "ABT"), ("Merck", "MRK")]
    a, b = R.sample(cos, 2)
    d(f"Compare {a[0]} ({a[1]}) and {b[0]} ({b[1]}) on dividend yield and P/E as of their last 10-K. "
      f"Assume a ${R.randint(5, 100)},000 position, {R.randint(3, 20)}-year horizon.")


@neg("general", "chat")
def n_travel_places(d):
    d(f"Plan a {R.randint(3, 9)}-day trip: {pick(['Jackson, Wyoming', 'Victoria, BC', 'Santa Fe', 'Savannah', 'Charlotte'])} then "
      f"{pick(['Lincoln, Nebraska', 'Madison', 'Austin', 'Columbus', 'St. Augustine'])}. Flights {pick(['UA', 'DL', 'AA', 'WN'])}{R.randint(100, 2999)} "
      f"departs {R.randint(6, 11)}:{pick(['05', '20', '45'])} am, returns on a {pick(['Sunday', 'Monday'])}. Budget ${R.randint(1, 6)},{R.randint(100, 999)}.")


@neg("general", "chat")
def n_big_numbers(d):
    n = luhn_bad(R.randint(13, 16), str(R.randint(1, 9)))
    d(f"Is {n} prime? If not, factor it and show the method. Also what's {R.randint(10 ** 6, 10 ** 7)} mod {R.randint(90, 997)}?")


@neg("general", "email")
def n_meeting_schedule(d):
    d("Make this meeting invite clearer:\n\n",
      f"Quarterly planning moved to {pick(['Tue', 'Wed', 'Thu'])} {R.randint(1, 12)}/{R.randint(1, 28)}, {R.randint(9, 11)}:00–{R.randint(12, 16)}:00 in room {pick(['4B', '12-210', 'Sequoia'])}. "
      f"Agenda: Q{R.randint(1, 4)} OKRs, budget ({R.randint(2, 9)}% cut scenario), vendor renewals due {pick(MONTHS)} {R.randint(1, 28)}. "
      "Dial-in details in the calendar hold. Lunch provided.")


@neg("general", "note")
def n_names_as_words(d):
    d("Fix the grammar in this paragraph:\n\n",
      f"We will grant the {pick(['summer', 'spring', 'autumn'])} interns access in {pick(['June', 'April', 'May'])}. Mark the "
      f"boxes that apply, then bill the {pick(['north', 'west', 'central'])} office. Have faith in the process; the baker on "
      f"{pick(['Main', 'Market', 'Mill'])} Street will cater as usual. Rob the backlog of its excuses and chase the "
      f"{R.randint(3, 12)} open items by {pick(['Friday', 'Monday'])}.")


@neg("general", "chat")
def n_recipe(d):
    d(f"Scale this recipe from {R.randint(2, 6)} to {R.randint(8, 24)} servings and convert to grams: {R.randint(1, 3)} cups flour, "
      f"{R.randint(1, 4)} tbsp sugar, {pick(['1/2', '3/4', '1'])} tsp salt, {R.randint(1, 3)} eggs, {R.randint(100, 300)} ml milk. "
      f"Oven at {pick([350, 375, 400, 425])}F for {R.randint(20, 45)} minutes.")


@neg("general", "chat")
def n_sports_stats(d):
    d(f"Write a short recap: home team won {R.randint(90, 130)}-{R.randint(80, 120)}, shot {R.randint(40, 55)}% from the field, "
      f"{R.randint(10, 20)} of {R.randint(25, 45)} from three, {R.randint(5, 20)} turnovers. Attendance {R.randint(12, 21)},{R.randint(100, 999)}. "
      f"Season record now {R.randint(10, 50)}-{R.randint(10, 40)}.")


# =============================================================================== assembly

def uses(i: int) -> int:
    return 3 + i % 2  # 3 or 4 records per template, alternating in definition order


def build() -> list[dict]:
    records = []
    for group in (TEMPLATES, NEG_TEMPLATES):
        for i, (name, domain, fmt, fn) in enumerate(group):
            seen = set()
            made = 0
            while made < uses(i):
                d = Doc()
                fn(d)
                text = d.text()
                if text in seen:
                    continue
                seen.add(text)
                spans = [{"start": s, "end": e, "entity_type": t} for s, e, t in sorted(d.spans, key=lambda x: (x[0], x[1]))]
                negative = group is NEG_TEMPLATES
                if negative and spans:
                    raise AssertionError("hard negative %s produced spans" % name)
                if not negative and not spans:
                    raise AssertionError("positive %s produced no spans" % name)
                records.append({"domain": domain, "kind": "hard_negative" if negative else fmt, "format": fmt,
                                "template": name, "text": text, "spans": spans})
                made += 1
    R.shuffle(records)
    out = []
    for n, rec in enumerate(records, 1):
        out.append({"id": "h4-%04d" % n, **rec})
    return out


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(records: list[dict]) -> str:
    pos = [r for r in records if r["kind"] != "hard_negative"]
    negs = [r for r in records if r["kind"] == "hard_negative"]
    lines = [f"records {len(records)}  labeled {len(pos)}  hard negatives {len(negs)} ({100 * len(negs) / len(records):.1f}%)",
             f"templates: positive {len({r['template'] for r in pos})}  negative {len({r['template'] for r in negs})}"]
    dom_p = collections.Counter(r["domain"] for r in pos)
    dom_n = collections.Counter(r["domain"] for r in negs)
    lines.append("domains (labeled / hard negative):")
    for dom in sorted(set(dom_p) | set(dom_n), key=lambda k: (-(dom_p[k] + dom_n[k]), k)):
        lines.append(f"  {dom:10s} {dom_p[dom]:4d} {dom_n[dom]:4d}")
    kinds = collections.Counter(r["kind"] for r in records)
    lines.append("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
    nf = collections.Counter(r["format"] for r in negs)
    lines.append("hard negatives by format: " + ", ".join(f"{k} {v}" for k, v in sorted(nf.items(), key=lambda kv: (-kv[1], kv[0]))))
    ents = collections.Counter(s["entity_type"] for r in records for s in r["spans"])
    lines.append(f"gold spans {sum(ents.values())}: " + ", ".join(f"{k} {v}" for k, v in sorted(ents.items(), key=lambda kv: (-kv[1], kv[0]))))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    records = build()
    data = render(records)
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != data:
            print("prompts.jsonl differs from generate.py output; run generate.py", file=sys.stderr)
            return 1
        print("prompts.jsonl is up to date (%d records)" % len(records))
        return 0
    if "--stats" in argv:
        print(stats(records))
        return 0
    OUT.write_text(data, encoding="utf-8")
    print("wrote %s (%d records)" % (OUT, len(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
