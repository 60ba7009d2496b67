"""Invented value pools, checksum-correct identifier generators and the ``Doc`` span helper.

Everything here is synthetic.  Names, streets, towns, employers, clinics, banks and
domains are invented combinations; identifiers are generated to be *format and
checksum valid* (so a detector cannot reject them on validation grounds) but are not
taken from any real person.

Only the Python standard library is used.
"""

from __future__ import annotations

import base64
import json
import re
import string
from dataclasses import dataclass

# ---------------------------------------------------------------------------
# Doc: place labeled values into a template, render text + exact spans
# ---------------------------------------------------------------------------

_OPEN = "\ue000"
_CLOSE = "\ue001"
_MARK = "\x01"  # json.dumps escapes it (\u0001), which tells us the escape depth
_IDX0 = 0xE100  # value index is encoded as one private-use character
_PH_RE = re.compile(_OPEN + r"([\ue100-\uf8ff])(.*?)" + _CLOSE, re.S)


def json_escape(s: str) -> str:
    """Escape ``s`` the way json.dumps(..., ensure_ascii=False) escapes a string body."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jd(obj, **kw) -> str:
    """json.dumps that keeps non-ASCII (and our private-use placeholders) as is."""
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)


class PlacementError(AssertionError):
    pass


class Doc:
    """``d = Doc(); d("PERSON", "Ana Ruiz")`` returns a placeholder for the template.

    The placeholder is made of private-use characters plus one control character;
    it survives json.dumps(..., ensure_ascii=False) any number of times (JSON inside
    JSON strings).  ``render`` detects how often each placeholder was JSON-escaped,
    escapes the value the same number of times, substitutes it and records the
    exact span.  Every created value must be placed exactly once.
    """

    def __init__(self):
        self._vals: list[tuple[str, str, int]] = []

    def __call__(self, entity_type: str, value, esc: int = 0) -> str:
        value = str(value)
        if not value or value != value.strip():
            raise PlacementError("value must be non-empty and unpadded: %r" % value)
        if any(c in value for c in (_OPEN, _CLOSE, _MARK)):
            raise PlacementError("nested placeholder in %r" % value)
        idx = len(self._vals)
        if idx > 0x1700:
            raise PlacementError("too many values")
        self._vals.append((entity_type, value, esc))
        return _OPEN + chr(_IDX0 + idx) + _MARK + _CLOSE

    # plain-text helper: the same value may be placed several times by calling d() again
    def render(self, raw: str):
        seen: dict[int, int] = {}
        out: list[str] = []
        spans: list[dict] = []
        pos = 0
        length = 0
        for m in _PH_RE.finditer(raw):
            chunk = raw[pos:m.start()]
            out.append(chunk)
            length += len(chunk)
            idx = ord(m.group(1)) - _IDX0
            if idx >= len(self._vals):
                raise PlacementError("unknown placeholder")
            seen[idx] = seen.get(idx, 0) + 1
            marker = m.group(2)
            depth, probe = 0, _MARK
            while probe != marker:
                probe = json_escape(probe)
                depth += 1
                if depth > 6:
                    raise PlacementError("placeholder was mangled: %r" % marker)
            etype, value, esc = self._vals[idx]
            for _ in range(depth + esc):
                value = json_escape(value)
            out.append(value)
            spans.append({"start": length, "end": length + len(value), "entity_type": etype})
            length += len(value)
            pos = m.end()
        out.append(raw[pos:])
        text = "".join(out)
        if any(c in text for c in (_OPEN, _CLOSE)) or any(0xE100 <= ord(c) <= 0xF8FF for c in text):
            raise PlacementError("stray placeholder characters in rendered text")
        for idx in range(len(self._vals)):
            n = seen.get(idx, 0)
            if n != 1:
                raise PlacementError("value %r placed %d times (must be exactly once)"
                                     % (self._vals[idx][:2], n))
        spans.sort(key=lambda s: (s["start"], s["end"]))
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                raise PlacementError("overlapping spans")
        return text, spans


# ---------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------

def luhn_check_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return number.isdigit() and luhn_check_digit(number[:-1]) == number[-1]


def aba_valid(r: str) -> bool:
    if len(r) != 9 or not r.isdigit():
        return False
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def dea_check_digit(six: str) -> str:
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21,
                "AT": 20, "PL": 28, "PT": 25, "IE": 22, "SE": 24, "NO": 15, "DK": 18, "FI": 18,
                "SA": 24, "AE": 23, "TR": 26, "GR": 27, "LU": 20, "CZ": 24}
# BBAN shapes: n = digit, a = upper letter, c = upper alnum
_BBAN = {"DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 10 + "c" * 11 + "nn", "ES": "n" * 20,
         "IT": "a" + "n" * 10 + "c" * 12, "NL": "aaaa" + "n" * 10, "BE": "n" * 12, "CH": "n" * 5 + "c" * 12,
         "AT": "n" * 16, "PL": "n" * 24, "PT": "n" * 21, "IE": "aaaa" + "n" * 14, "SE": "n" * 20,
         "NO": "n" * 11, "DK": "n" * 14, "FI": "n" * 14, "SA": "nn" + "c" * 18, "AE": "n" * 19,
         "TR": "n" * 5 + "0" + "c" * 16, "GR": "n" * 7 + "c" * 16, "LU": "nnn" + "c" * 13, "CZ": "n" * 20}


def _iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(iban: str) -> bool:
    iban = iban.replace(" ", "")
    if len(iban) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    return _iban_numeric(iban[4:] + iban[:4]) % 97 == 1


_VIN_TRANS = {**{str(i): i for i in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin: str) -> str:
    total = sum(_VIN_TRANS[c] * w for c, w in zip(vin, _VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


# ---------------------------------------------------------------------------
# Small random helpers
# ---------------------------------------------------------------------------

def digits(r, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def upper_alnum(r, n: int) -> str:
    return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def alnum(r, n: int) -> str:
    return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(n))


def hexs(r, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(r, n: int) -> bytes:
    return bytes(r.randrange(256) for _ in range(n))


FULLWIDTH = str.maketrans("0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")


def fullwidth(s: str) -> str:
    return s.translate(FULLWIDTH)


def nbhyph(s: str) -> str:
    """Obfuscate ASCII hyphens as U+2011 non-breaking hyphens."""
    return s.replace("-", "\u2011")


def endash(s: str) -> str:
    return s.replace("-", "\u2013")


def zwj(s: str, r) -> str:
    """Insert one zero-width joiner somewhere inside s (never at the edges)."""
    i = r.randrange(1, len(s))
    return s[:i] + "\u200d" + s[i:]


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

FIRST = {
    "anglo": ["Margaret", "Harold", "Eleanor", "Walter", "Doris", "Clifford", "Brianna", "Tyler", "Kayleigh",
              "Dustin", "Heather", "Garrett", "Vivian", "Leonard", "Shelby", "Colton", "Marjorie", "Russell"],
    "hispanic": ["Guadalupe", "Joaquín", "Ximena", "Rodrigo", "Marisol", "Alejandro", "Yesenia", "Esteban",
                 "Luz María", "Teodoro", "Araceli", "Fernando", "Itzel", "Rogelio"],
    "chinese": ["Wei", "Xiaoling", "Jianhua", "Meiying", "Zhiwei", "Yufei", "Guoqiang", "Lihua", "Haoran"],
    "indian": ["Priyanka", "Venkatesh", "Ananya", "Raghav", "Lakshmi", "Sanjeev", "Devika", "Arjun",
               "Meenakshi", "Harpreet"],
    "arabic": ["Yousef", "Layla", "Khalid", "Noura", "Tariq", "Samira", "Mahmoud", "Rania", "Omar", "Huda"],
    "african": ["Chukwuemeka", "Adaeze", "Oluwaseun", "Folake", "Kwame", "Ama", "Tendai", "Nomvula",
                "Abebe", "Tigist", "Babajide"],
    "vietnamese": ["Thuy", "Minh", "Phuong", "Quang", "Lan Anh", "Duc"],
    "korean": ["Ji-woo", "Seo-yeon", "Min-jun", "Hyun-woo", "Eun-ji"],
    "japanese": ["Haruto", "Yui", "Kenji", "Aiko", "Takeshi", "Emiko"],
    "slavic": ["Dmitri", "Oksana", "Bogdan", "Katarzyna", "Wojciech", "Svetlana", "Mirela", "Anatoly"],
    "southern_eu": ["Giuseppina", "Vittorio", "Konstantinos", "Eleni", "Caterina", "Stavros", "Rosaria"],
    "irish_nordic": ["Siobhán", "Declan", "Aoife", "Lars", "Ingrid", "Soren", "Niamh", "Astrid"],
    "other": ["Mahlet", "Farhan", "Anahera", "Kalani", "Bich", "Amaru", "Ayelet", "Mehmet", "Zeynep", "Nikhil"],
}
LAST = {
    "anglo": ["Whitfield", "Pruitt", "Hollister", "Kincaid", "Ashworth", "Dunleavy", "Marsh", "Thornbury",
              "Gaskill", "Ridley", "Penhallow", "Coburn", "Eberly", "Stroud", "Bramwell", "Fairbanks"],
    "hispanic": ["Villaseñor", "Arreola", "Quintanilla", "Echeverría", "Montalvo", "Barajas", "Ocampo",
                 "Saldívar", "Cisneros", "Zamudio", "Peña-Robles", "Landeros"],
    "chinese": ["Zhou", "Xu", "Tang", "Guo", "Liang", "Cheng", "Fang", "Hou"],
    "indian": ["Raghunathan", "Chatterjee", "Venkataraman", "Deshpande", "Sandhu", "Iyer", "Kulkarni",
               "Bhattacharya", "Gill"],
    "arabic": ["Al-Mansouri", "Haddad", "Khoury", "El-Amin", "Nasser", "Saleh", "Abboud", "Qureshi"],
    "african": ["Okonkwo", "Adeyemi", "Mensah", "Nwachukwu", "Moyo", "Tesfaye", "Balogun", "Osei", "Dlamini"],
    "vietnamese": ["Nguyen", "Tran", "Pham", "Huynh", "Vo"],
    "korean": ["Park", "Choi", "Jung", "Kang", "Yoon"],
    "japanese": ["Takahashi", "Watanabe", "Yamaguchi", "Nakamura", "Fujimoto"],
    "slavic": ["Kowalczyk", "Petrenko", "Zielinski", "Volkov", "Nowakowska", "Horvat", "Sokolov"],
    "southern_eu": ["Esposito", "Papadopoulos", "Ferraro", "Galanis", "Marchetti", "Konstantinou"],
    "irish_nordic": ["O'Sullivan", "Mac Giolla", "Lindqvist", "Halvorsen", "Ní Bhriain", "Sørensen"],
    "other": ["Haile", "Rahman", "Ngata", "Kahananui", "Quispe", "Ben-David", "Yıldız", "Öztürk"],
}
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"

# non-Latin-script names for non-English templates: (family, given) in native order rules
NATIVE_NAMES = {
    "ja": (["佐藤", "高橋", "渡辺", "山本", "中村", "小林", "加藤", "吉田"], ["美咲", "健一", "陽子", "大輔", "由美", "翔太", "恵子", "誠"]),
    "zh": (["王", "李", "张", "刘", "陈", "杨", "黄", "赵"], ["秀英", "建国", "丽娟", "志强", "海燕", "伟", "桂芳", "明"]),
    "ko": (["김", "이", "박", "최", "정", "강", "윤", "장"], ["민준", "서연", "지호", "수빈", "현우", "예은", "도윤", "하은"]),
    "ru": (["Иванова", "Кузнецов", "Смирнова", "Орлов", "Белова", "Григорьев", "Морозова", "Лебедев"],
           ["Анна", "Сергей", "Ольга", "Дмитрий", "Татьяна", "Алексей", "Наталья", "Павел"]),
    "ar": (["الحربي", "العتيبي", "الشمري", "القحطاني", "الزهراني", "الدوسري"], ["محمد", "فاطمة", "عبدالله", "نورة", "خالد", "سارة"]),
    "hi": (["शर्मा", "वर्मा", "गुप्ता", "मिश्रा", "यादव", "जोशी"], ["अनीता", "राजेश", "सुनीता", "विकास", "पूजा", "अमित"]),
    "el": (["Παπαδοπούλου", "Γεωργίου", "Νικολάου", "Οικονόμου", "Δημητρίου"], ["Μαρία", "Γιώργος", "Ελένη", "Νίκος", "Κατερίνα"]),
}


@dataclass
class Person:
    first: str
    last: str
    middle: str = ""

    @property
    def full(self) -> str:
        return "%s %s" % (self.first, self.last)

    @property
    def full_mi(self) -> str:
        return "%s %s. %s" % (self.first, self.middle, self.last) if self.middle else self.full

    @property
    def last_first(self) -> str:
        return "%s, %s" % (self.last, self.first)

    @property
    def upper(self) -> str:
        return self.full.upper()

    @property
    def hl7(self) -> str:
        return "%s^%s^%s" % (self.last.upper(), self.first.upper(), self.middle)

    @property
    def ascii_last(self) -> str:
        import unicodedata
        s = unicodedata.normalize("NFKD", self.last)
        return "".join(c for c in s if c.isascii() and c.isalpha())

    @property
    def ascii_first(self) -> str:
        import unicodedata
        s = unicodedata.normalize("NFKD", self.first)
        return "".join(c for c in s if c.isascii() and c.isalpha())


def person(r, culture: str | None = None) -> Person:
    c = culture or r.choice(sorted(FIRST))
    return Person(r.choice(FIRST[c]), r.choice(LAST[c]), r.choice(MIDDLE_INITIALS))


def native_name(r, lang: str) -> str:
    fam, giv = NATIVE_NAMES[lang]
    f, g = r.choice(fam), r.choice(giv)
    if lang in ("ja", "zh", "ko"):
        return f + g if lang != "ja" else f + " " + g
    return g + " " + f


def native_given(r, lang: str) -> str:
    return r.choice(NATIVE_NAMES[lang][1])


# ---------------------------------------------------------------------------
# Places and organisations (invented)
# ---------------------------------------------------------------------------

STREET_NAMES = ["Larkspur", "Old Mill", "Quarry Hill", "Tamarack", "Bellweather", "Sycamore Bend", "Harrow",
                "Chisholm", "Magnolia Park", "Rue Verte", "Pinecrest", "Ferncliff", "Indian Paintbrush",
                "Wexford", "Copperfield", "Alder Creek", "Saddleback", "Juniper Hollow", "Kestrel", "Brandywine",
                "Calle Sol", "Orchard View", "Marlowe", "Thistledown", "Gable", "Riverside", "Hickory Knoll",
                "Stonebridge", "Via Esperanza", "Winding Brook"]
STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct",
                 "Way", "Pl", "Ter", "Pkwy", "Cir"]
DIRECTIONALS = ["N", "S", "E", "W", "NE", "SW"]
UNITS = ["Apt 4B", "Apt. 12", "Unit 7", "#210", "Suite 300", "Apt 1R", "Unit C", "Apt 903", "Fl 2"]
# (town, state, zip prefix)
TOWNS = [("Brookhaven Falls", "GA", "303"), ("Millbrook", "NY", "125"), ("Cedar Hollow", "PA", "193"),
         ("Port Alder", "WA", "983"), ("Eastwick", "NJ", "080"), ("Sagebrush Flats", "NV", "894"),
         ("Los Robles", "CA", "913"), ("Granite Bay Shores", "CA", "956"), ("Maple Ferry", "OH", "441"),
         ("North Linden", "IL", "606"), ("Tupelo Springs", "MS", "388"), ("Red Mesa", "AZ", "852"),
         ("Harlow", "TX", "770"), ("San Anselmo Creek", "TX", "782"), ("Kittering", "MN", "551"),
         ("Bayard", "FL", "334"), ("Coral Terrace", "FL", "331"), ("Westmoor", "MA", "021"),
         ("Lowell Ridge", "MI", "482"), ("Fox Chapel Hills", "NC", "275"), ("Ashby", "VA", "223"),
         ("Pinehurst Landing", "SC", "294"), ("Blue Earth Crossing", "CO", "802"), ("Ketchum Valley", "OR", "972")]

EMPLOYERS = ["Halvorsen Freight Systems", "Bluewater Ceramics LLC", "Quillfeather Analytics", "Marrow & Pike Legal",
             "Tanager Solar Co.", "Northgate Plumbing Supply", "Greyfield Logistics", "Oakum Robotics",
             "Pemberton Dental Group", "Vantor Packaging Inc.", "Lumen Ridge Software", "Caravel Hospitality"]
CLINICS = ["Riverbend Family Medicine", "St. Aldric Medical Center", "Lakeshore Cardiology Associates",
           "Mesa Verde Community Health", "Northfield Geriatric Clinic", "Harborview Oncology Partners",
           "Willow Creek Pediatrics", "Summit Valley Orthopedics", "Eastbrook Behavioral Health",
           "Clearwater Renal Care", "Pinecrest Women's Health", "Granite State Pulmonary"]
INSURERS = ["Keystone Mutual Health", "Bluecrest Health Plan", "Evergreen Care Alliance", "Sunhaven Medicare Advantage",
            "Prairie Shield HMO", "Coastal Union Benefits"]
BANKS = [("Kestrel Federal Savings", "KFSB"), ("Ironbridge National Bank", "IRNB"), ("Lakemont Credit Union", "LKMT"),
         ("First Calder Trust", "FCAL"), ("Brightwater Bank", "BRWT"), ("Harbor & Vine Bank", "HVBK"),
         ("Tollgate Community Bank", "TGCB"), ("Meridian Plains Bank", "MRPL")]
FOREIGN_BANKS = {"DE": "Nordhafen Bank AG", "GB": "Ashcombe & Reyes plc", "FR": "Banque du Val d'Orne",
                 "ES": "Caja Rural del Tormes", "IT": "Banca Valle Brembana", "NL": "Zuiderzee Spaarbank",
                 "BE": "Banque Ardennaise", "CH": "Bank Seeland Nord", "AT": "Alpenbank Tirol", "PL": "Bank Wislany",
                 "PT": "Banco Atlântico do Minho", "IE": "Liffey Mercantile Bank", "SE": "Mälardalens Sparbank",
                 "NO": "Fjordkyst Sparebank", "DK": "Vesterhav Bank", "FI": "Saimaan Osuuspankki",
                 "SA": "Najd Commercial Bank", "AE": "Gulf Pearl Bank", "TR": "Kapadokya Bankası",
                 "GR": "Aegean Maritime Bank", "LU": "Banque de la Moselle", "CZ": "Vltava Banka"}
COMPANY_DOMAINS = ["halvorsenfreight.com", "bluewaterceramics.co", "quillfeather.io", "marrowpike.law",
                   "tanagersolar.com", "greyfield-logistics.net", "oakumrobotics.ai", "lumenridge.dev",
                   "riverbendfm.org", "staldric-med.org", "lakeshorecardio.com", "mesaverdechc.org",
                   "northfieldgeri.org", "harborviewonc.com", "kestrelfsb.com", "ironbridgebank.com",
                   "lakemontcu.org", "brightwater.bank", "keystonemutual.com", "bluecresthp.com"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "aol.com",
                "comcast.net", "fastmail.com"]


def street(r, unit_p: float = 0.35) -> str:
    num = str(r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 29999)]))
    parts = [num]
    if r.random() < 0.3:
        parts.append(r.choice(DIRECTIONALS))
    name = r.choice(STREET_NAMES)
    parts.append(name)
    if not name.startswith(("Calle", "Via", "Rue")):
        parts.append(r.choice(STREET_SUFFIX))
    s = " ".join(parts)
    if r.random() < unit_p:
        s += r.choice([", ", " "]) + r.choice(UNITS)
    return s


@dataclass
class Address:
    street: str
    town: str
    state: str
    zip: str

    @property
    def city_line(self) -> str:
        return "%s, %s" % (self.town, self.state)


def address(r, unit_p: float = 0.35) -> Address:
    town, st, z3 = r.choice(TOWNS)
    z = z3 + "%02d" % r.randint(1, 99)
    return Address(street(r, unit_p), town, st, z)


def zip4(r, z: str) -> str:
    return z + "-" + "%04d" % r.randint(1, 9999)


def email_for(r, p: Person | None = None, domain: str | None = None) -> str:
    dom = domain or r.choice(MAIL_DOMAINS)
    if p is None:
        p = person(r)
    f, l = p.ascii_first.lower() or "user", p.ascii_last.lower() or "mail"
    local = r.choice([f + "." + l, f[0] + l, f + l[:1] + str(r.randint(1, 99)), l + "." + f[0],
                      f + "_" + l + str(r.randint(60, 99)), f + "." + l + "+portal"])
    return local + "@" + dom


def phone(r, style: str | None = None) -> str:
    area = "%d%d%d" % (r.randint(2, 9), r.randint(0, 8), r.randint(0, 9))
    if area[1:] == "11":
        area = area[0] + "12"
    exch = "%d%02d" % (r.randint(2, 9), r.randint(0, 99))
    if exch[1:] == "11":
        exch = exch[0] + "21"
    line = "%04d" % r.randint(0, 9999)
    style = style or r.choice(["paren", "dash", "dot", "plus", "plain", "paren", "dash"])
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "plus": "+1 %s %s %s",
            "plain": "%s%s%s", "plus1": "+1-%s-%s-%s", "e164": "+1%s%s%s"}[style] % (area, exch, line)


INTL_PHONE = {
    "de": lambda r: "+49 %d %s" % (r.choice([30, 40, 89, 221, 69]), digits(r, 8)),
    "fr": lambda r: "+33 %d %s %s %s %s" % (r.choice([6, 7, 1]), digits(r, 2), digits(r, 2), digits(r, 2), digits(r, 2)),
    "es": lambda r: "+34 6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
    "it": lambda r: "+39 3%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
    "pt": lambda r: "+351 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
    "br": lambda r: "+55 11 9%s-%s" % (digits(r, 4), digits(r, 4)),
    "nl": lambda r: "+31 6 %s %s" % (digits(r, 4), digits(r, 4)),
    "pl": lambda r: "+48 %s %s %s" % ("5" + digits(r, 2), digits(r, 3), digits(r, 3)),
    "ja": lambda r: "090-%s-%s" % (digits(r, 4), digits(r, 4)),
    "zh": lambda r: "+86 13%s %s %s" % (digits(r, 1), digits(r, 4), digits(r, 4)),
    "ko": lambda r: "010-%s-%s" % (digits(r, 4), digits(r, 4)),
    "ru": lambda r: "+7 9%s %s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2)),
    "ar": lambda r: "+966 5%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
    "hi": lambda r: "+91 9%s %s" % (digits(r, 4), digits(r, 5)),
    "el": lambda r: "+30 69%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
}


def intl_phone(r, lang: str) -> str:
    return INTL_PHONE[lang](r)


def ipv4(r, private: bool | None = None) -> str:
    if private is None:
        private = r.random() < 0.35
    if private:
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    first = r.choice([23, 24, 38, 45, 50, 64, 66, 67, 68, 71, 73, 76, 98, 99, 104, 107, 108, 142, 162, 174, 184, 198, 203, 207])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r) -> str:
    return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff))


def url_for(r, domain: str | None = None, kind: str = "any") -> str:
    dom = domain or r.choice(COMPANY_DOMAINS)
    paths = {"portal": ["/portal/login", "/mychart/appointments", "/patient/records?view=summary",
                        "/billing/statements"],
             "any": ["/", "/contact", "/support/ticket/new", "/docs/api/v2", "/account/settings",
                     "/reset-password?token=expired", "/careers/apply"],
             "api": ["/v1/patients", "/api/v2/claims/submit", "/fhir/R4/Patient", "/v1/payments/charge",
                     "/hooks/inbound"]}
    host = r.choice(["www.", "", "portal.", "api."]) if kind != "api" else r.choice(["api.", "ehr-api.", "gw."])
    return "https://" + host + dom + r.choice(paths[kind])


# ---------------------------------------------------------------------------
# Dates and ages
# ---------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@dataclass
class Date:
    y: int
    m: int
    d: int

    def fmt(self, style: str) -> str:
        mon = MONTHS[self.m - 1]
        return {
            "us": "%02d/%02d/%04d" % (self.m, self.d, self.y),
            "us_short": "%d/%d/%04d" % (self.m, self.d, self.y),
            "us_yy": "%d/%d/%02d" % (self.m, self.d, self.y % 100),
            "iso": "%04d-%02d-%02d" % (self.y, self.m, self.d),
            "long": "%s %d, %d" % (mon, self.d, self.y),
            "abbr": "%s %d, %d" % (mon[:3], self.d, self.y),
            "dmy": "%d %s %d" % (self.d, mon[:3], self.y),
            "eu": "%02d.%02d.%04d" % (self.d, self.m, self.y),
            "hl7": "%04d%02d%02d" % (self.y, self.m, self.d),
            "dash_us": "%02d-%02d-%04d" % (self.m, self.d, self.y),
            "ja": "%d年%d月%d日" % (self.y, self.m, self.d),
            "slash_dmy": "%02d/%02d/%04d" % (self.d, self.m, self.y),
        }[style]


def date(r, y0: int, y1: int) -> Date:
    return Date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def dob(r, old: bool = False) -> Date:
    return date(r, 1919, 1934) if old else date(r, 1938, 2004)


def recent(r) -> Date:
    return date(r, 2023, 2025)


def us_date(r, d: Date) -> str:
    return d.fmt(r.choice(["us", "us_short", "iso", "long", "abbr", "dmy"]))


def old_age(r) -> int:
    return r.randint(90, 104)


def young_age(r) -> int:
    return r.randint(19, 88)


# ---------------------------------------------------------------------------
# Government / health identifiers
# ---------------------------------------------------------------------------

def ssn(r, sep: str = "-") -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    return "%03d%s%02d%s%04d" % (area, sep, r.randint(1, 99), sep, r.randint(1, 9999))


def itin(r, sep: str = "-") -> str:
    group = r.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
    return "9%02d%s%02d%s%04d" % (r.randint(0, 99), sep, group, sep, r.randint(0, 9999))


_MBI_L = "ACDEFGHJKMNPQRTUVWXY"
_MBI_AN = _MBI_L + "0123456789"


def mbi(r, dashed: bool | None = None) -> str:
    c = [str(r.randint(1, 9)), r.choice(_MBI_L), r.choice(_MBI_AN), str(r.randint(0, 9)), r.choice(_MBI_L),
         r.choice(_MBI_AN), str(r.randint(0, 9)), r.choice(_MBI_L), r.choice(_MBI_L), str(r.randint(0, 9)),
         str(r.randint(0, 9))]
    s = "".join(c)
    if dashed is None:
        dashed = r.random() < 0.4
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def npi(r) -> str:
    base = r.choice("12") + digits(r, 8)
    return base + luhn_check_digit("80840" + base)


def dea(r, surname: str) -> str:
    first = r.choice("ABFGMP")
    init = surname[:1].upper()
    if not ("A" <= init <= "Z"):
        init = "9"
    six = digits(r, 6)
    return first + init + six + dea_check_digit(six)


def mrn(r) -> str:
    return r.choice([
        lambda: digits(r, 8), lambda: "00" + digits(r, 7), lambda: "E" + digits(r, 7),
        lambda: "%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
        lambda: r.choice(["SAM", "RBF", "LKC", "MVH"]) + digits(r, 7), lambda: "MR" + digits(r, 6),
    ])()


def health_plan_id(r) -> str:
    return r.choice([
        lambda: "".join(r.choice("BCDFGHJKLMNPQRSTVWXYZ") for _ in range(3)) + digits(r, 9),
        lambda: "W" + digits(r, 9), lambda: "%s%s" % (r.choice(["KMH", "BCH", "ECA", "PSH"]), digits(r, 8)),
        lambda: digits(r, 9) + "-0" + str(r.randint(1, 4)), lambda: "M" + digits(r, 8) + r.choice("ABC"),
        lambda: "U" + digits(r, 10),
    ])()


def passport(r) -> str:
    return r.choice([digits(r, 9), "A" + digits(r, 8), r.choice("56") + digits(r, 8)])


_DL = {
    "CA": lambda r: r.choice("ABCDEFGHJKMNSTWY") + digits(r, 7),
    "NY": lambda r: digits(r, 9),
    "TX": lambda r: r.choice("0123") + digits(r, 7),
    "FL": lambda r: (lambda s: "%s-%s-%s-%s-%s" % (s[:4], s[4:7], s[7:9], s[9:12], s[12]))(
        r.choice("BGHKMPRSTW") + digits(r, 12)),
    "IL": lambda r: (lambda s: "%s-%s-%s" % (s[:4], s[4:8], s[8:]))(r.choice("BDGHKMPRSW") + digits(r, 11)),
    "WA": lambda r: "WDL" + upper_alnum(r, 9),
    "PA": lambda r: digits(r, 8),
    "MI": lambda r: r.choice("BDGHKMPRS") + digits(r, 12),
    "NJ": lambda r: r.choice("BDGHKMPRS") + digits(r, 14),
    "OH": lambda r: r.choice(["RS", "SB", "TK", "UL"]) + digits(r, 6),
    "MA": lambda r: "S" + digits(r, 8),
    "GA": lambda r: "0" + digits(r, 8),
    "AZ": lambda r: r.choice("ABDK") + digits(r, 8),
    "NC": lambda r: "0000" + digits(r, 8),
}


def driver_license(r, state: str | None = None):
    st = state if state in _DL else r.choice(sorted(_DL))
    return st, _DL[st](r)


def imei(r) -> str:
    tac = r.choice(["35", "86", "01", "35", "99"]) + digits(r, 6)
    body = tac + digits(r, 6)
    return body + luhn_check_digit(body)


def device_serial(r) -> str:
    return r.choice([
        lambda: "PJN" + digits(r, 6) + r.choice("HSGR"),  # pacemaker style
        lambda: "NG" + digits(r, 7) + r.choice("HK"),  # insulin pump style
        lambda: "RNH" + digits(r, 6),
        lambda: "BLC" + upper_alnum(r, 7),
        lambda: "SN-" + upper_alnum(r, 4) + "-" + digits(r, 6),
    ])()


_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin(r) -> str:
    wmi = r.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "KNA", "1C4", "4T1", "5NP", "JN8"])
    vds = "".join(r.choice(_VIN_CH) for _ in range(5))
    tail = r.choice(_VIN_YEAR) + r.choice(_VIN_CH) + digits(r, 6)
    partial = wmi + vds + "0" + tail
    return wmi + vds + vin_check_char(partial) + tail


# ---------------------------------------------------------------------------
# Financial identifiers
# ---------------------------------------------------------------------------

def credit_card(r, brand: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "disc65"])
    prefix, length = {"visa": ("4" + digits(r, 5), 16), "mc": ("5" + str(r.randint(1, 5)) + digits(r, 4), 16),
                      "mc2": (str(r.randint(2221, 2720)) + digits(r, 2), 16),
                      "amex": (r.choice(["34", "37"]) + digits(r, 4), 15),
                      "disc": ("6011" + digits(r, 2), 16), "disc65": ("65" + digits(r, 4), 16)}[brand]
    body = prefix + digits(r, length - 1 - len(prefix))
    return body + luhn_check_digit(body)


def card_fmt(r, pan: str, style: str | None = None) -> str:
    style = style or r.choice(["space", "dash", "plain", "space"])
    if style == "plain":
        return pan
    sep = " " if style == "space" else "-"
    if len(pan) == 15:
        return sep.join([pan[:4], pan[4:10], pan[10:]])
    return sep.join(pan[i:i + 4] for i in range(0, len(pan), 4))


def luhn_invalid_16(r) -> str:
    body = r.choice("3456") + digits(r, 14)
    good = luhn_check_digit(body)
    bad = str((int(good) + r.randint(1, 9)) % 10)
    return body + bad


def cvv(r, pan: str = "") -> str:
    return digits(r, 4) if pan[:2] in ("34", "37") else digits(r, 3)


def expiry(r) -> str:
    return "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31))


def track1(r, pan: str, p: Person) -> str:
    name = "%s/%s" % (p.ascii_last.upper()[:20], p.ascii_first.upper()[:12])
    return "%%B%s^%s^%02d%02d%s%s?" % (pan, name, r.randint(26, 30), r.randint(1, 12), r.choice(["101", "201", "121"]),
                                       digits(r, r.randint(10, 16)))


def track2(r, pan: str) -> str:
    return ";%s=%02d%02d%s%s?" % (pan, r.randint(26, 30), r.randint(1, 12), r.choice(["101", "201", "121"]),
                                  digits(r, r.randint(10, 13)))


def routing(r) -> str:
    while True:
        prefix = "%02d" % r.choice(list(range(1, 13)) + list(range(21, 33)))
        body = prefix + digits(r, 6)
        for c in "0123456789":
            if aba_valid(body + c):
                return body + c


def bank_account(r) -> str:
    return digits(r, r.choice([8, 9, 10, 10, 11, 12, 14]))


def iban(r, country: str | None = None, grouped: bool | None = None) -> str:
    cc = country or r.choice(sorted(IBAN_LENGTHS))
    bban = "".join(r.choice(string.digits) if t == "n" else r.choice(string.ascii_uppercase) if t == "a"
                   else r.choice(string.ascii_uppercase + string.digits) if t == "c" else t for t in _BBAN[cc])
    check = 98 - _iban_numeric(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, check, bban)
    assert len(s) == IBAN_LENGTHS[cc] and iban_valid(s)
    if grouped is None:
        grouped = r.random() < 0.55
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def swift(r, country: str = "US", bank4: str | None = None) -> str:
    b = bank4 or "".join(r.choice(string.ascii_uppercase) for _ in range(4))
    loc = r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase + string.digits)
    branch = r.choice(["", "", "XXX", upper_alnum(r, 3)])
    return b + country + loc + branch


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------

_URLSAFE = string.ascii_letters + string.digits + "-_"


def api_key(r, kind: str | None = None) -> str:
    kind = kind or r.choice(["openai", "anthropic", "aws", "github", "github_pat", "slack", "stripe", "stripe_rk",
                             "google", "gitlab", "hf", "sendgrid", "npm"])
    return {
        "openai": lambda: "sk-proj-" + "".join(r.choice(_URLSAFE) for _ in range(r.choice([48, 64, 92]))),
        "anthropic": lambda: "sk-ant-api03-" + "".join(r.choice(_URLSAFE) for _ in range(93)) + "AA",
        "aws": lambda: r.choice(["AKIA", "AKIA", "ASIA"]) + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16)),
        "github": lambda: "ghp_" + alnum(r, 36),
        "github_pat": lambda: "github_pat_11" + upper_alnum(r, 20) + "_" + alnum(r, 59),
        "slack": lambda: "xoxb-%s-%s-%s" % (digits(r, 12), digits(r, 13), alnum(r, 24)),
        "stripe": lambda: "sk_live_51" + alnum(r, 96),
        "stripe_rk": lambda: "rk_live_51" + alnum(r, 60),
        "google": lambda: "AIza" + "".join(r.choice(_URLSAFE) for _ in range(35)),
        "gitlab": lambda: "glpat-" + "".join(r.choice(_URLSAFE) for _ in range(20)),
        "hf": lambda: "hf_" + "".join(r.choice(string.ascii_letters) for _ in range(34)),
        "sendgrid": lambda: "SG." + "".join(r.choice(_URLSAFE) for _ in range(22)) + "." + "".join(
            r.choice(_URLSAFE) for _ in range(43)),
        "npm": lambda: "npm_" + alnum(r, 36),
    }[kind]()


API_KEY_PREFIXES = ("sk-proj-", "sk-ant-api03-", "AKIA", "ASIA", "ghp_", "github_pat_", "xoxb-", "sk_live_",
                    "rk_live_", "AIza", "glpat-", "hf_", "SG.", "npm_")


def aws_secret(r) -> str:
    return "".join(r.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))


def generic_secret(r) -> str:
    return r.choice([
        lambda: hexs(r, r.choice([32, 40, 64])),
        lambda: base64.b64encode(rbytes(r, r.choice([24, 32, 48]))).decode(),
        lambda: "whsec_" + alnum(r, 32),
        lambda: alnum(r, r.choice([32, 40])),
    ])()


def jwt(r, claims: dict | None = None) -> str:
    header = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < 0.3:
        header["kid"] = hexs(r, 8)
    now = r.randint(1_700_000_000, 1_760_000_000)
    payload = claims or {"sub": str(r.randint(10000, 99999999)), "iat": now, "exp": now + r.choice([900, 3600, 86400])}
    if "iat" not in payload:
        payload = {**payload, "iat": now, "exp": now + 3600}
    return "%s.%s.%s" % (b64u(json.dumps(header, separators=(",", ":")).encode()),
                         b64u(json.dumps(payload, separators=(",", ":")).encode()),
                         b64u(rbytes(r, 32 if header["alg"] == "HS256" else 64)))


def private_key(r, kind: str | None = None) -> str:
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nlines = {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 6}.get(kind, r.randint(7, 12))
    raw = base64.b64encode(rbytes(r, 48 * nlines)).decode()
    if kind == "OPENSSH PRIVATE KEY":
        raw = "b3BlbnNzaC1rZXktdjEAAAAA" + raw[24:]
    elif kind == "RSA PRIVATE KEY":
        raw = "MIIE" + raw[4:]
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    lines[-1] = lines[-1][:r.randint(20, 60)]
    if kind != "OPENSSH PRIVATE KEY":
        lines[-1] = lines[-1][:-2] + "=="
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


_PW_WORDS = ["Summer", "Bluebird", "Pancake", "Dolphin", "Tigers", "Harvest", "Kayak", "Mustang", "Orchid",
             "Snowfall", "Brisket", "Lighthouse", "Gizmo", "Falcon", "Cobalt", "Juniper"]


def password(r) -> str:
    return r.choice([
        lambda: r.choice(_PW_WORDS) + str(r.randint(1990, 2025)) + r.choice("!#$*?"),
        lambda: r.choice(_PW_WORDS).lower() + r.choice(["_", "-", "."]) + r.choice(_PW_WORDS).lower() + str(r.randint(1, 99)),
        lambda: "".join(r.choice(string.ascii_letters + string.digits + "!#$%^&*-_=+") for _ in range(r.randint(12, 20))),
        lambda: r.choice(_PW_WORDS)[:4] + "#" + digits(r, 4) + r.choice(_PW_WORDS)[-3:].upper(),
        lambda: "-".join(r.choice(["correct", "staple", "violet", "gravel", "nimbus", "tundra", "quartz", "maple",
                                   "otter", "ember"]) for _ in range(4)),
    ])()


# ---------------------------------------------------------------------------
# Non-PII look-alikes for hard negatives
# ---------------------------------------------------------------------------

def uuid4(r) -> str:
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def sha256(r) -> str:
    return hexs(r, 64)


def git_sha(r, n: int = 40) -> str:
    return hexs(r, n)


def version(r) -> str:
    return "%d.%d.%d" % (r.randint(0, 14), r.randint(0, 30), r.randint(0, 40))


ICD10 = ["E11.9", "I10", "J44.1", "N18.3", "I48.91", "E78.5", "M17.11", "F41.1", "K21.9", "J18.9", "I50.22",
         "E03.9", "G47.33", "M54.50", "R07.9", "Z79.4", "C50.911", "N39.0", "L03.115", "D64.9"]
CPT = ["99213", "99214", "93000", "80053", "85025", "71046", "36415", "99285", "93306", "G0439", "97110", "45378"]
DRUGS = [("metformin", "500 mg PO BID"), ("lisinopril", "10 mg PO daily"), ("apixaban", "5 mg PO BID"),
         ("atorvastatin", "40 mg PO nightly"), ("furosemide", "40 mg IV once"), ("levothyroxine", "75 mcg PO daily"),
         ("insulin glargine", "22 units SC at bedtime"), ("amoxicillin-clavulanate", "875 mg PO q12h"),
         ("ceftriaxone", "1 g IV q24h"), ("prednisone", "40 mg PO daily x5 days"), ("sertraline", "50 mg PO daily"),
         ("tamsulosin", "0.4 mg PO qhs"), ("enoxaparin", "40 mg SC daily"), ("ondansetron", "4 mg IV q6h PRN")]
LABS = [("Na", "mmol/L", 128, 146), ("K", "mmol/L", 3.1, 5.6), ("Cr", "mg/dL", 0.6, 2.9), ("BUN", "mg/dL", 7, 48),
        ("Hgb", "g/dL", 7.8, 15.9), ("WBC", "K/uL", 3.2, 18.4), ("Plt", "K/uL", 88, 420), ("HbA1c", "%", 5.1, 11.2),
        ("TSH", "mIU/L", 0.2, 8.9), ("INR", "", 0.9, 3.4), ("BNP", "pg/mL", 40, 2400), ("Lactate", "mmol/L", 0.6, 4.8),
        ("ALT", "U/L", 9, 140), ("Glucose", "mg/dL", 68, 389), ("eGFR", "mL/min/1.73m2", 18, 98)]


def lab_value(r, lab) -> str:
    name, unit, lo, hi = lab
    v = r.uniform(lo, hi)
    s = ("%.1f" % v) if isinstance(lo, float) or hi < 20 else str(int(v))
    return ("%s %s %s" % (name, s, unit)).strip()
