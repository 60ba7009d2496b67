# ruff: noqa: UP031, SIM905  (generated-data helpers: printf-style templates kept for readability)
"""Synthetic value generators, checksum helpers and the span-tracking text builder.

Stdlib only.  Every generator takes the generator's single ``random.Random`` as its
first argument; nothing here keeps global random state.
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
import re
import unicodedata

ENTITY_TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "URL",
    "IP_ADDRESS",
    "STREET_ADDRESS",
    "US_ZIP_CODE",
    "DATE_TIME",
    "AGE",
    "US_SSN",
    "US_ITIN",
    "US_DRIVER_LICENSE",
    "US_PASSPORT",
    "MEDICAL_RECORD_NUMBER",
    "US_NPI",
    "US_DEA",
    "US_MBI",
    "HEALTH_PLAN_ID",
    "DEVICE_ID",
    "VEHICLE_ID",
    "CREDIT_CARD",
    "CARD_SECURITY_CODE",
    "CARD_TRACK_DATA",
    "IBAN_CODE",
    "US_ROUTING_NUMBER",
    "US_BANK_ACCOUNT",
    "SWIFT_CODE",
    "API_KEY",
    "PRIVATE_KEY",
    "JWT",
    "PASSWORD",
    "HIGH_ENTROPY_SECRET",
)

# ---------------------------------------------------------------------------
# Span-tracking builder
# ---------------------------------------------------------------------------


class E:
    """An entity value.  ``raw`` marks a JSON number (emitted without quotes)."""

    __slots__ = ("etype", "raw", "value")

    def __init__(self, etype, value, raw=False):
        if etype not in ENTITY_TYPES:
            raise ValueError("unknown entity type %r" % etype)
        value = str(value)
        if not value or value != value.strip():
            raise ValueError("entity value must be non-empty and stripped: %r" % value)
        self.etype, self.value, self.raw = etype, value, raw


class S:
    """A JSON string built from segments (so entities inside it keep their spans)."""

    __slots__ = ("segs",)

    def __init__(self, segs):
        self.segs = to_segs(segs)


_PH = re.compile("\u27e6(\\w+)\u27e7")  # ⟦name⟧


def to_segs(v):
    if isinstance(v, E):
        return [(v.value, v.etype)]
    if isinstance(v, str):
        return [(v, None)] if v else []
    if isinstance(v, (int, float)):
        return [(str(v), None)]
    if isinstance(v, list):
        out = []
        for item in v:
            if isinstance(item, tuple):
                out.append(item)
            else:
                out.extend(to_segs(item))
        return out
    raise TypeError("cannot turn %r into segments" % (v,))


def fill(template, **kw):
    """Replace ``⟦name⟧`` placeholders with plain strings, E values or segment lists."""
    out, pos = [], 0
    for m in _PH.finditer(template):
        if m.start() > pos:
            out.append((template[pos : m.start()], None))
        out.extend(to_segs(kw[m.group(1)]))
        pos = m.end()
    if pos < len(template):
        out.append((template[pos:], None))
    return out


def cat(*parts):
    out = []
    for p in parts:
        out.extend(to_segs(p))
    return out


def join(sep, parts):
    out = []
    for i, p in enumerate(parts):
        if i:
            out.extend(to_segs(sep))
        out.extend(to_segs(p))
    return out


def map_text(segs, fn):
    """Apply a character-local transform (escaping) to every piece."""
    return [(fn(t), e) for t, e in to_segs(segs)]


def _json_piece(t):
    return json.dumps(t, ensure_ascii=False)[1:-1]


def jesc(segs):
    return map_text(segs, _json_piece)


def xesc(segs):
    return map_text(
        segs,
        lambda t: (
            t.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace('"', "&quot;")
        ),
    )


def jdump(obj, indent=None, level=0, compact=False):
    """json.dumps-like serializer that keeps entity spans (E leaves, S strings)."""
    item_sep, key_sep = (",", ":") if compact else (", ", ": ")
    if indent is not None:
        item_sep = ","
    if isinstance(obj, E):
        if obj.raw:
            return [(obj.value, obj.etype)]
        return [('"', None), (_json_piece(obj.value), obj.etype), ('"', None)]
    if isinstance(obj, S):
        return [('"', None)] + jesc(obj.segs) + [('"', None)]
    if isinstance(obj, str):
        return [(json.dumps(obj, ensure_ascii=False), None)]
    if obj is None or isinstance(obj, (bool, int, float)):
        return [(json.dumps(obj), None)]
    if isinstance(obj, (dict, list)):
        is_dict = isinstance(obj, dict)
        items = list(obj.items()) if is_dict else list(obj)
        if not items:
            return [("{}" if is_dict else "[]", None)]
        open_, close = ("{", "}") if is_dict else ("[", "]")
        out = [(open_, None)]
        for i, item in enumerate(items):
            if i:
                out.append((item_sep, None))
            if indent is not None:
                out.append(("\n" + " " * (indent * (level + 1)), None))
            if is_dict:
                k, v = item
                out.append((json.dumps(k, ensure_ascii=False) + key_sep, None))
                out.extend(jdump(v, indent, level + 1, compact))
            else:
                out.extend(jdump(item, indent, level + 1, compact))
        if indent is not None:
            out.append(("\n" + " " * (indent * level), None))
        out.append((close, None))
        return out
    raise TypeError(obj)


def render(segs):
    """Segments -> (text, spans).  Adjacent plain pieces merge; entities never do."""
    text_parts, spans, pos = [], [], 0
    for t, et in to_segs(segs):
        if not t:
            continue
        if et is not None:
            if t != t.strip():
                raise ValueError("entity piece has surrounding whitespace: %r" % t)
            spans.append({"start": pos, "end": pos + len(t), "entity_type": et})
        text_parts.append(t)
        pos += len(t)
    return "".join(text_parts), spans


# ---------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------


def luhn_valid(digits):
    digits = str(digits)
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(partial):
    for c in "0123456789":
        if luhn_valid(partial + c):
            return c
    raise AssertionError


def npi_valid(npi):
    return (
        len(npi) == 10
        and npi.isdigit()
        and npi[0] in "12"
        and luhn_valid("80840" + npi)
    )


def dea_check_digit(six):
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def aba_valid(r):
    if len(r) != 9 or not r.isdigit():
        return False
    d = [int(c) for c in r]
    return (
        3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    ) % 10 == 0


IBAN_LENGTHS = {
    "DE": 22,
    "GB": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "PL": 28,
    "PT": 25,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "IE": 22,
}


def _iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_valid(iban):
    iban = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    return int(_iban_numeric(iban[4:] + iban[:4])) % 97 == 1


def iban_from_bban(country, bban):
    check = 98 - int(_iban_numeric(bban + country + "00")) % 97
    return "%s%02d%s" % (country, check, bban)


_VIN_TRANS = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
    )
)
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin):
    total = 0
    for ch, w in zip(vin, _VIN_WEIGHTS):
        total += (int(ch) if ch.isdigit() else _VIN_TRANS[ch]) * w
    r = total % 11
    return "X" if r == 10 else str(r)


def gs1_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def ssn_valid(d):
    return (
        len(d) == 9
        and d.isdigit()
        and d[:3] not in ("000", "666")
        and d[0] != "9"
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # A-Z minus B, I, L, O, S, Z
MBI_RE = re.compile(
    r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
    r"[AC-HJKMNP-RT-Y]{2}\d\d"
)

# ---------------------------------------------------------------------------
# Small random helpers
# ---------------------------------------------------------------------------

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LOW + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n, first_nonzero=False):
    s = rs(rng, DIG, n)
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

NAMES = {
    "anglo": (
        "Harriet Calvin Delia Everett Imogen Rowan Tessa Wendell Corinne Desmond Fletcher Greer "
        "Hollis Lorna Merritt Nolan Opal Prescott Roslyn Sterling Thea Vaughn Willa Bernadette "
        "Clifford Marjorie Russell Lydia".split(),
        "Ashcombe Brightwater Calloway Dunmore Eversley Garrow Kimbrough Langley Merriweather "
        "Northcott Pembroke Radcliffe Stallworth Thackeray Underhill Vickery Whitlock Yardley "
        "Pritchard Oakes Featherstone Hollingsworth Bramwell Tillman".split(),
    ),
    "hispanic": (
        "Ximena Joaquín Valentina Esteban Guadalupe Rodrigo Itzel Maricruz Alejandro Pilar "
        "Teodoro Araceli Renata Marisol Fermín Yesenia".split(),
        "Villaseñor Quintanilla Arredondo Bustamante Cárdenas Echeverría Galindo Ibarra "
        "Montoya Navarrete Olivares Saldívar Zepeda Urquidi Carrasco Benavides".split(),
    ),
    "german": (
        "Annegret Friedrich Henrike Jannik Liesel Mathis Rosemarie Till Wiebke Ottilie "
        "Lennart Gesine".split(),
        "Achterberg Brandtner Dörfler Eichhorn Grünewald Hartwig Kießling Lindemann "
        "Oberholzer Pfeiffer Rauschenbach Weißmüller".split(),
    ),
    "french": (
        "Apolline Baptiste Clémence Gaspard Hortense Lucien Maëlle Odile Thibault Solène "
        "Aurélien Ghislaine".split(),
        "Beaulieu Chevallier Fontaine Vasseur Morvan Guillot Lemaire Perrin Texier "
        "Bourgeois Marchand Laforge".split(),
    ),
    "italian": (
        "Ginevra Lorenzo Benedetta Tommaso Ludovica Salvatore Carmela Matteo Ornella "
        "Raffaele".split(),
        "Abbiati Bonfanti Caruso D'Alessandro Esposito Ferraresi Gentile Locatelli Mancuso "
        "Pellegrini Zanetti".split(),
    ),
    "lusophone": (
        "Thiago Luana Gonçalo Inês Rafaela Joaquim Leandro Iara Caetano Benedita".split(),
        "Albuquerque Bragança Carvalho Figueiredo Magalhães Nogueira Quaresma Sampaio "
        "Vasconcelos Teixeira".split(),
    ),
    "polish": (
        "Agnieszka Bartłomiej Grażyna Jędrzej Małgorzata Przemysław Zofia Wojciech Halina "
        "Radosław".split(),
        "Nowak Kowalczyk Wójcik Mazur Krawczyk Pawlak Dudek Sikora Baran Szczepaniak".split(),
    ),
    "dutch": (
        "Femke Joris Marieke Sjoerd Anouk Bram Lieke Thijs Geertje Maarten".split(),
        "van den Broek|de Wit|Bakker|Visser|Smit|van Dijk|Mulder|Hoekstra|van Leeuwen|Brouwer".split(
            "|"
        ),
    ),
    "japanese": (
        "Haruto Yui Sota Aoi Ren Mio Kenji Naoko Takumi Sakura Hiroshi Emiko".split(),
        "Takahashi Watanabe Yamaguchi Matsumoto Inoue Kobayashi Nakamura Fujiwara "
        "Ishikawa Morita".split(),
    ),
    "korean": (
        "Ji-woo Min-jun Seo-yeon Do-hyun Ha-eun Ye-jin Jae-won Soo-ah Hyun-woo Eun-ji".split(),
        "Park Kim Choi Jung Kang Yoon Lim Han Seo Baek".split(),
    ),
    "chinese": (
        "Liang Mei-ling Haoran Xiaoyu Jiahui Zhiwei Yifan Qing Shufen Guowei".split(),
        "Xu Chen Liu Zhou Sun Gao He Luo Tang Feng".split(),
    ),
    "indian": (
        "Aarav Priyanka Raghav Sneha Vikram Lakshmi Arjun Deepika Karthik Ananya Meenakshi "
        "Rohan".split(),
        "Venkataraman Chatterjee Iyer Kulkarni Banerjee Reddy Mehta Subramanian Deshpande "
        "Agarwal Pillai".split(),
    ),
    "west_african": (
        "Chidinma Oluwaseun Adaeze Babatunde Ngozi Emeka Folake Chukwuemeka Yetunde "
        "Kwame Ama Kofi".split(),
        "Okonkwo Adeyemi Nwosu Balogun Eze Oyelaran Mensah Asante Okafor Boateng".split(),
    ),
    "arabic": (
        "Yousef Layla Omar Nour Khalid Amira Tariq Salma Hamza Rania".split(),
        "Al-Masri Haddad Khoury Nasser Farouk El-Amin Saleh Abboud Hamdan Mansour".split(),
    ),
    "vietnamese": (
        "Minh Thao Quang Huong Bao Linh Khoa Anh".split(),
        "Tran Pham Le Vo Dang Bui Hoang Nguyen".split(),
    ),
    "turkish": (
        "Elif Emre Zeynep Burak Aylin Mert Derya Kerem".split(),
        "Yılmaz Demirci Kaya Öztürk Aydın Şahin Çelik Korkmaz".split(),
    ),
    "slavic": (
        "Anastasia Dmitri Oksana Yaroslav Svetlana Bohdan Irina Taras".split(),
        "Kovalenko Shevchuk Bondarenko Tkachenko Melnyk Savchenko Hrytsenko".split(),
    ),
    "filipino": (
        "Maricel Jericho Lourdes Arnel Ligaya Paolo Rosario Dindo".split(),
        [
            "Dimaculangan",
            "Bautista",
            "Macaraeg",
            "Villanueva",
            "Pangilinan",
            "Dela Cruz",
            "Tolentino",
        ],
    ),
    "ethiopian": (
        "Selam Abebe Tigist Dawit Hirut Yonas Meseret".split(),
        "Tesfaye Bekele Haile Girma Alemu Mekonnen Wolde".split(),
    ),
    "irish": (
        "Siobhán Cormac Aoife Ciarán Niamh Oisín Róisín".split(),
        "O'Sullivan|Mac Giolla|Ó Briain|Kavanagh|Fitzgerald|Nolan|Ó Dálaigh".split("|"),
    ),
    "nordic": (
        "Ingrid Torbjørn Sigrid Anders Liv Eskil Solveig".split(),
        "Halvorsen Lindqvist Sørensen Bergström Aasen Nyberg Holmgren".split(),
    ),
    "greek": (
        "Eleni Dimitrios Kalliopi Stavros Despina Nikos".split(),
        "Karras Vlachos Georgiou Antoniou Mavridis Kostopoulos".split(),
    ),
    "persian": (
        "Shirin Kourosh Parisa Arash Roya Babak".split(),
        "Tehrani Hosseini Rahimi Farahani Jafari Moradi".split(),
    ),
    "pacific": (
        "Keoni Leilani Kainoa Malia Sione Losana".split(),
        "Kahananui Akana Fonoti Tupou Kealoha Vainikolo".split(),
    ),
    "hebrew": (
        "Noa Eitan Tamar Yael Avishai Shira".split(),
        "Ben-David Katzir Mizrahi Abramov Peretz Shaked".split(),
    ),
}
CULTURES = list(NAMES)
US_CULTURES = (
    ["anglo"] * 6
    + ["hispanic"] * 3
    + [
        "west_african",
        "indian",
        "chinese",
        "korean",
        "vietnamese",
        "filipino",
        "arabic",
        "slavic",
        "irish",
        "hebrew",
        "pacific",
        "ethiopian",
        "persian",
        "greek",
        "italian",
        "japanese",
    ]
)

NATIVE = {  # (family, given, romanized "Given Family")
    "ja": [
        ("佐藤", "健一", "Kenichi Sato"),
        ("高橋", "美咲", "Misaki Takahashi"),
        ("渡辺", "翔太", "Shota Watanabe"),
        ("山本", "陽菜", "Hina Yamamoto"),
        ("中村", "大輔", "Daisuke Nakamura"),
        ("小林", "由美", "Yumi Kobayashi"),
        ("加藤", "直樹", "Naoki Kato"),
        ("吉田", "真央", "Mao Yoshida"),
        ("松田", "恵子", "Keiko Matsuda"),
        ("石井", "拓海", "Takumi Ishii"),
    ],
    "ko": [
        ("김", "민준", "Min-jun Kim"),
        ("이", "서연", "Seo-yeon Lee"),
        ("박", "지훈", "Ji-hoon Park"),
        ("최", "유진", "Yu-jin Choi"),
        ("정", "하은", "Ha-eun Jung"),
        ("강", "도현", "Do-hyun Kang"),
        ("윤", "서아", "Seo-a Yoon"),
        ("임", "재원", "Jae-won Lim"),
        ("한", "예린", "Ye-rin Han"),
        ("송", "우진", "Woo-jin Song"),
    ],
    "zh": [
        ("王", "建国", "Jianguo Wang"),
        ("李", "晓梅", "Xiaomei Li"),
        ("张", "志远", "Zhiyuan Zhang"),
        ("刘", "芳芳", "Fangfang Liu"),
        ("陈", "志强", "Zhiqiang Chen"),
        ("杨", "雪", "Xue Yang"),
        ("黄", "丽娟", "Lijuan Huang"),
        ("赵", "磊", "Lei Zhao"),
        ("周", "婉清", "Wanqing Zhou"),
        ("吴", "俊杰", "Junjie Wu"),
    ],
}


def ascii_fold(s):
    s = (
        s.replace("ø", "o")
        .replace("Ø", "O")
        .replace("ß", "ss")
        .replace("ł", "l")
        .replace("Ł", "L")
    )
    s = s.replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Person:
    def __init__(self, first, last, culture, middle=""):
        self.first, self.last, self.culture, self.middle = first, last, culture, middle

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)

    def fm(self):
        return (
            "%s %s. %s" % (self.first, self.middle, self.last)
            if self.middle
            else self.full
        )

    @property
    def lf(self):
        return "%s, %s" % (self.last, self.first)

    @property
    def upper_lf(self):
        return "%s, %s" % (self.last.upper(), self.first.upper())

    def hl7(self):
        s = "%s^%s" % (ascii_fold(self.last).upper(), ascii_fold(self.first).upper())
        return s + ("^" + self.middle if self.middle else "")

    def slug(self):
        return re.sub(r"[^a-z]", "", ascii_fold(self.first).lower()), re.sub(
            r"[^a-z]", "", ascii_fold(self.last).lower()
        )


def person(rng, cultures=None):
    c = pick(rng, cultures or CULTURES)
    firsts, lasts = NAMES[c]
    return Person(
        pick(rng, firsts),
        pick(rng, lasts),
        c,
        pick(rng, "ABCDEFGHJKLMNPRSTW") if chance(rng, 0.35) else "",
    )


def us_person(rng):
    return person(rng, US_CULTURES)


def people(rng, n, cultures=None):
    out, seen = [], []
    while len(out) < n:
        p = person(rng, cultures)
        if p.last in seen or p.first in [q.first for q in out]:
            continue
        seen.append(p.last)
        out.append(p)
    return out


def native(rng, lang):
    """(family, given) in native script; see native_person for the romanized Person too."""
    return pick(rng, NATIVE[lang])[:2]


def native_person(rng, lang):
    fam, given, rom = pick(rng, NATIVE[lang])
    first, last = rom.split(" ")
    return (
        fam,
        given,
        Person(first, last, {"ja": "japanese", "ko": "korean", "zh": "chinese"}[lang]),
    )


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------

STREET_NAMES = (
    "Juniper Hollow|Cartwright|Ashgrove|Bramblewood|Kestrel Ridge|Quarry|Tamarack|Wexford|"
    "Larkspur|Old Mill|Canterbury|Sawgrass|Pelham|Heron Bay|Stonecrest|Millbrook|Wisteria|"
    "Fenwick|Orchard Hill|Copperfield|Redwater|Bellhaven|Thornbury|Sycamore Bend|Vireo|"
    "Harrowgate|Glenmoor|Pinecastle|Lantern Hill|Marigold|Foxtail|Saddlebrook|Windward|"
    "Cobblestone|Hawthorn Glen"
).split("|")
STREET_SUFFIX = "St Ave Rd Dr Ln Ct Blvd Way Pl Ter Pkwy Cir Trl Street Avenue Road Drive Lane".split()
UNITS = (
    ["Apt %s" % x for x in ("4B", "12", "3C", "210", "7F", "1A", "502")]
    + ["Unit %s" % x for x in ("6", "14B", "301")]
    + ["#%s" % x for x in ("305", "2R", "18")]
    + ["Suite 210", "Ste 1400"]
)
TOWNS = [
    ("Tacoma", "WA", "984"),
    ("Boise", "ID", "837"),
    ("Dayton", "OH", "454"),
    ("Albuquerque", "NM", "871"),
    ("Savannah", "GA", "314"),
    ("Fresno", "CA", "937"),
    ("Lubbock", "TX", "794"),
    ("Des Moines", "IA", "503"),
    ("Burlington", "VT", "054"),
    ("Spokane", "WA", "992"),
    ("Chattanooga", "TN", "374"),
    ("Lancaster", "PA", "176"),
    ("Eugene", "OR", "974"),
    ("Madison", "WI", "537"),
    ("Rochester", "MN", "559"),
    ("Asheville", "NC", "288"),
    ("Tulsa", "OK", "741"),
    ("Reno", "NV", "895"),
    ("Bangor", "ME", "044"),
    ("Billings", "MT", "591"),
    ("Omaha", "NE", "681"),
    ("Provo", "UT", "846"),
    ("Wichita", "KS", "672"),
    ("Mobile", "AL", "366"),
    ("Baton Rouge", "LA", "708"),
    ("Columbia", "SC", "292"),
    ("Worcester", "MA", "016"),
    ("Fort Collins", "CO", "805"),
    ("Ann Arbor", "MI", "481"),
    ("Tallahassee", "FL", "323"),
    ("Flagstaff", "AZ", "860"),
    ("Yonkers", "NY", "107"),
    ("Joliet", "IL", "604"),
    ("Stamford", "CT", "069"),
    ("Paterson", "NJ", "075"),
]
AREA_CODES = (
    "206 208 937 505 912 559 806 515 802 509 423 717 541 608 507 828 918 775 207 406 402 "
    "801 316 251 225 803 508 970 734 850 928 914 815 203 973 312 617 404"
).split()
STATE_NAMES = {
    "WA": "Washington",
    "ID": "Idaho",
    "OH": "Ohio",
    "NM": "New Mexico",
    "GA": "Georgia",
    "CA": "California",
    "TX": "Texas",
    "IA": "Iowa",
    "VT": "Vermont",
    "TN": "Tennessee",
    "PA": "Pennsylvania",
    "OR": "Oregon",
    "WI": "Wisconsin",
    "MN": "Minnesota",
    "NC": "North Carolina",
    "OK": "Oklahoma",
    "NV": "Nevada",
    "ME": "Maine",
    "MT": "Montana",
    "NE": "Nebraska",
    "UT": "Utah",
    "KS": "Kansas",
    "AL": "Alabama",
    "LA": "Louisiana",
    "SC": "South Carolina",
    "MA": "Massachusetts",
    "CO": "Colorado",
    "MI": "Michigan",
    "FL": "Florida",
    "AZ": "Arizona",
    "NY": "New York",
    "IL": "Illinois",
    "CT": "Connecticut",
    "NJ": "New Jersey",
}


class Addr:
    def __init__(self, street, city, state, zip_):
        self.street, self.city, self.state, self.zip = street, city, state, zip_

    def line(self, with_zip=True):
        s = "%s, %s, %s" % (self.street, self.city, self.state)
        return s + (" " + self.zip if with_zip else "")


def street(rng, unit_p=0.3):
    num = str(
        rng.choice(
            [
                rng.randint(2, 99),
                rng.randint(100, 999),
                rng.randint(1000, 9899),
                rng.randint(10000, 24999),
            ]
        )
    )
    d = pick(rng, ["", "", "", "", "N ", "S ", "E ", "W ", "NE "])
    s = "%s %s%s %s" % (num, d, pick(rng, STREET_NAMES), pick(rng, STREET_SUFFIX))
    if chance(rng, unit_p):
        s += pick(rng, [" ", ", "]) + pick(rng, UNITS)
    return s


def us_addr(rng, unit_p=0.3):
    city, st, zp = pick(rng, TOWNS)
    z = zp + digits(rng, 2)
    if z.endswith("00"):
        z = z[:-1] + "7"
    if chance(rng, 0.15):
        z += "-" + digits(rng, 4, True)
    return Addr(street(rng, unit_p), city, st, z)


def addr_line(a, rng=None, style=0):
    """Street + city/state/ZIP written together: one STREET_ADDRESS span."""
    return E("STREET_ADDRESS", a.line())


def addr_split(a):
    """Street span, plain city/state, separate ZIP span."""
    return [
        E("STREET_ADDRESS", a.street),
        ", %s, %s " % (a.city, a.state),
        E("US_ZIP_CODE", a.zip),
    ]


def _de(r):
    plz, city = pick(
        r,
        [
            ("10969", "Berlin"),
            ("04109", "Leipzig"),
            ("28195", "Bremen"),
            ("34117", "Kassel"),
            ("79098", "Freiburg im Breisgau"),
            ("48143", "Münster"),
        ],
    )
    return "%s %d, %s %s" % (
        pick(
            r,
            [
                "Lindenstraße",
                "Am Mühlbach",
                "Kastanienallee",
                "Gartenweg",
                "Schillerring",
                "Auf der Heide",
            ],
        ),
        r.randint(1, 140),
        plz,
        city,
    )


def _fr(r):
    cp, city = pick(
        r,
        [
            ("69002", "Lyon"),
            ("31000", "Toulouse"),
            ("44100", "Nantes"),
            ("67000", "Strasbourg"),
            ("13006", "Marseille"),
        ],
    )
    return "%d %s, %s %s" % (
        r.randint(1, 90),
        pick(
            r,
            [
                "rue des Tanneurs",
                "avenue Jean-Jaurès",
                "impasse des Lilas",
                "chemin du Moulin",
                "boulevard Carnot",
            ],
        ),
        cp,
        city,
    )


def _es(r):
    cp, city = pick(
        r,
        [
            ("41003", "Sevilla"),
            ("28005", "Madrid"),
            ("46001", "Valencia"),
            ("29012", "Málaga"),
        ],
    )
    return "Calle %s %d, %dº %s, %s %s" % (
        pick(
            r, ["de la Amargura", "del Pez", "Mayor", "de Toledo", "de los Almendros"]
        ),
        r.randint(1, 80),
        r.randint(1, 8),
        pick(r, "ABCD"),
        cp,
        city,
    )


def _it(r):
    cap, city = pick(
        r,
        [
            ("40121", "Bologna"),
            ("20121", "Milano"),
            ("10123", "Torino"),
            ("50122", "Firenze"),
        ],
    )
    return "Via %s %d, %s %s" % (
        pick(r, ["dei Mille", "Garibaldi", "delle Rose", "San Vitale", "Roma"]),
        r.randint(1, 120),
        cap,
        city,
    )


def _pt(r):
    cp, city = pick(r, [("4050", "Porto"), ("1200", "Lisboa"), ("3000", "Coimbra")])
    return "Rua %s %d, %s-%s %s" % (
        pick(r, ["das Flores", "de Santa Catarina", "do Almada", "da Boavista"]),
        r.randint(1, 300),
        cp,
        digits(r, 3),
        city,
    )


def _pl(r):
    kod, city = pick(
        r,
        [
            ("61-821", "Poznań"),
            ("00-950", "Warszawa"),
            ("30-059", "Kraków"),
            ("80-180", "Gdańsk"),
        ],
    )
    return "ul. %s %d/%d, %s %s" % (
        pick(r, ["Ogrodowa", "Kwiatowa", "Lipowa", "Słoneczna"]),
        r.randint(1, 60),
        r.randint(1, 30),
        kod,
        city,
    )


def _nl(r):
    pc, city = pick(
        r,
        [
            ("3521", "Utrecht"),
            ("9711", "Groningen"),
            ("2011", "Haarlem"),
            ("5611", "Eindhoven"),
        ],
    )
    return "%s %d, %s %s %s" % (
        pick(r, ["Lindelaan", "Beukenstraat", "Kerkweg", "Vondelkade"]),
        r.randint(1, 200),
        pc,
        rs(r, "ABCEGHJKLMNPRSTVWXZ", 2),
        city,
    )


def _gb(r):
    return "%d %s, %s %d%s" % (
        r.randint(1, 120),
        pick(r, ["Kestrel Mews", "Abbotsford Road", "Priory Close", "Tanners Lane"]),
        pick(r, ["Harrogate HG1", "Norwich NR2", "Exeter EX4", "Bath BA1"]),
        r.randint(1, 9),
        rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2),
    )


def _br(r):
    bairro, city, uf, cep = pick(
        r,
        [
            ("Consolação", "São Paulo", "SP", "01304"),
            ("Pinheiros", "São Paulo", "SP", "05422"),
            ("Moinhos de Vento", "Porto Alegre", "RS", "90570"),
        ],
    )
    return "Rua %s, %d, apto %d - %s, %s - %s, %s-%s" % (
        pick(r, ["Augusta", "dos Pinheiros", "Haddock Lobo", "Padre Chagas"]),
        r.randint(10, 2000),
        r.randint(11, 190),
        bairro,
        city,
        uf,
        cep,
        digits(r, 3),
    )


def _ja(r):
    ward, town = pick(
        r,
        [
            ("東京都世田谷区", "桜新町"),
            ("大阪府大阪市北区", "中之島"),
            ("神奈川県横浜市青葉区", "美しが丘"),
            ("福岡県福岡市中央区", "大名"),
        ],
    )
    return "%s%s%d丁目%d-%d" % (
        ward,
        town,
        r.randint(1, 5),
        r.randint(1, 30),
        r.randint(1, 20),
    )


def _ko(r):
    gu, road = pick(
        r,
        [
            ("서울특별시 마포구", "월드컵북로"),
            ("부산광역시 해운대구", "해운대로"),
            ("서울특별시 송파구", "올림픽로"),
        ],
    )
    return "%s %s%d길 %d" % (gu, road, r.randint(1, 40), r.randint(1, 99))


def _zh(r):
    dist, road = pick(
        r,
        [
            ("上海市徐汇区", "漕溪北路"),
            ("北京市朝阳区", "建国路"),
            ("广州市天河区", "天河北路"),
        ],
    )
    return "%s%s %d 号 %d 室" % (dist, road, r.randint(1, 400), r.randint(101, 2408))


INTL_ADDR = {
    "DE": _de,
    "FR": _fr,
    "ES": _es,
    "IT": _it,
    "PT": _pt,
    "PL": _pl,
    "NL": _nl,
    "GB": _gb,
    "BR": _br,
    "JA": _ja,
    "KO": _ko,
    "ZH": _zh,
}


def intl_addr(rng, cc):
    return INTL_ADDR[cc](rng)


# ---------------------------------------------------------------------------
# Contact
# ---------------------------------------------------------------------------

EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "inbox.example",
    "post.example.com",
]


def phone_us(rng, style=None, area=None):
    """Fictional NANP number in the 555-0100..555-0199 range."""
    a = area or pick(rng, AREA_CODES)
    x = "%02d" % rng.randint(0, 99)
    style = rng.randrange(8) if style is None else style
    fmt = (
        "(%s) 555-01%s",
        "%s-555-01%s",
        "%s.555.01%s",
        "+1 %s 555 01%s",
        "+1-%s-555-01%s",
        "%s55501%s",
        "1 (%s) 555-01%s",
        "+1 (%s) 555-01%s",
    )[style]
    return fmt % (a, x)


PHONE_INTL = {
    "GB": lambda r: pick(
        r,
        [
            "+44 20 7946 0%03d" % r.randint(0, 999),
            "07700 900%03d" % r.randint(0, 999),
            "+44 7700 900%03d" % r.randint(0, 999),
        ],
    ),
    "DE": lambda r: (
        "+49 %s %s" % (pick(r, ["30", "341", "421", "561", "761"]), digits(r, 7, True))
    ),
    "FR": lambda r: (
        "+33 %d %s %s %s %s"
        % (r.choice([6, 7]), digits(r, 2), digits(r, 2), digits(r, 2), digits(r, 2))
    ),
    "ES": lambda r: "+34 6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
    "IT": lambda r: "+39 3%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
    "PT": lambda r: (
        "+351 9%s%s %s %s"
        % (r.choice("1236"), digits(r, 1), digits(r, 3), digits(r, 3))
    ),
    "PL": lambda r: (
        "+48 %s %s %s"
        % (r.choice(["512", "601", "783", "698"]), digits(r, 3), digits(r, 3))
    ),
    "NL": lambda r: "+31 6 %s" % digits(r, 8, True),
    "JA": lambda r: pick(
        r,
        [
            "090-%s-%s" % (digits(r, 4), digits(r, 4)),
            "03-%s-%s" % (digits(r, 4, True), digits(r, 4)),
        ],
    ),
    "KO": lambda r: "010-%s-%s" % (digits(r, 4, True), digits(r, 4)),
    "ZH": lambda r: (
        "+86 1%s %s %s"
        % (r.choice(["38", "39", "58", "86"]), digits(r, 4), digits(r, 4))
    ),
    "BR": lambda r: (
        "+55 %s 9%s-%s" % (r.choice(["11", "51", "21"]), digits(r, 4), digits(r, 4))
    ),
    "AU": lambda r: pick(
        r,
        [
            "0491 570 156",
            "0491 570 157",
            "0491 570 158",
            "0491 570 159",
            "0491 570 110",
        ],
    ),
}


def phone_intl(rng, cc):
    return PHONE_INTL[cc](rng)


def email_for(rng, p, domain=None):
    f, l = p.slug()
    dom = domain or pick(rng, EMAIL_DOMAINS)
    local = pick(
        rng,
        [
            "%s.%s" % (f, l),
            "%s%s" % (f[0], l),
            "%s_%s%d" % (f, l, rng.randint(1, 99)),
            "%s.%s%d" % (f, l[0], rng.randint(70, 99)),
            "%s%s" % (f, l[:3]),
            l + "." + f[0],
        ],
    )
    return "%s@%s" % (local, dom)


def ipv4(rng, kind=None):
    kind = kind or pick(rng, ["10", "172", "192", "doc1", "doc2", "doc3"])
    if kind == "10":
        return "10.%d.%d.%d" % (
            rng.randint(0, 255),
            rng.randint(0, 255),
            rng.randint(1, 254),
        )
    if kind == "172":
        return "172.%d.%d.%d" % (
            rng.randint(16, 31),
            rng.randint(0, 255),
            rng.randint(1, 254),
        )
    if kind == "192":
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    return {"doc1": "192.0.2.%d", "doc2": "198.51.100.%d", "doc3": "203.0.113.%d"}[
        kind
    ] % rng.randint(1, 254)


def ipv6(rng):
    return "2001:db8:%x:%x::%x" % (
        rng.randint(1, 0xFFFF),
        rng.randint(0, 0xFFFF),
        rng.randint(1, 0xFFFF),
    )


# ---------------------------------------------------------------------------
# Dates and ages
# ---------------------------------------------------------------------------

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def rdate(rng, y0, y1):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def dob(rng, age_lo=1, age_hi=92, ref=_dt.date(2025, 6, 1)):
    return rdate(rng, ref.year - age_hi, ref.year - age_lo)


def visit(rng):
    return rdate(rng, 2024, 2025)


def age_on(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def fdate(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmy_long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "abbr":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "cjk":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "ko":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    raise ValueError(style)


def dstyle(rng):
    return pick(rng, ["us", "us", "iso", "long", "abbr", "us_short", "dmy_long"])


def hhmm(rng):
    return "%02d:%02d" % (
        rng.randint(7, 17),
        rng.choice([0, 10, 15, 20, 30, 40, 45, 50]),
    )


# ---------------------------------------------------------------------------
# Government / health identifiers
# ---------------------------------------------------------------------------


def ssn(rng, sep="-"):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        d = "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))
        if ssn_valid(d) and d not in ("078051120", "123456789", "219099999"):
            return sep.join([d[:3], d[3:5], d[5:]])


def itin(rng, sep="-"):
    d = "9%02d%02d%04d" % (
        rng.randint(0, 99),
        rng.randint(70, 88),
        rng.randint(1, 9999),
    )
    return sep.join([d[:3], d[3:5], d[5:]])


def npi(rng):
    body = rng.choice("12") + digits(rng, 8)
    return body + luhn_check_digit("80840" + body)


DEA_FIRST = "ABCFGM"


def dea(rng, surname):
    letter2 = ascii_fold(surname)[0].upper()
    six = digits(rng, 6)
    return pick(rng, DEA_FIRST) + letter2 + six + dea_check_digit(six)


def mbi(rng, dashed=None):
    A, AN = MBI_ALPHA, MBI_ALPHA + DIG
    s = (
        rng.choice("123456789")
        + rng.choice(A)
        + rng.choice(AN)
        + rng.choice(DIG)
        + rng.choice(A)
        + rng.choice(AN)
        + rng.choice(DIG)
        + rng.choice(A)
        + rng.choice(A)
        + rng.choice(DIG)
        + rng.choice(DIG)
    )
    if dashed is None:
        dashed = chance(rng, 0.5)
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def mrn(rng):
    return pick(
        rng,
        [
            digits(rng, 8),
            "E" + digits(rng, 7, True),
            "%s-%s-%s" % (digits(rng, 4), digits(rng, 2), digits(rng, 2)),
            "HSP" + digits(rng, 8),
            "PT" + digits(rng, 8),
            rs(rng, "KMRZ", 1) + digits(rng, 7),
            digits(rng, 3) + "-" + digits(rng, 5),
        ],
    )


def member_id(rng):
    return pick(
        rng,
        [
            rs(rng, "XYZWHJK", 3) + digits(rng, 9),
            "W" + digits(rng, 9, True),
            rs(rng, "BCGHKMPQRSTUVX", 3) + digits(rng, 9),
            "%s%s-%s" % (rs(rng, UP, 1), digits(rng, 8), digits(rng, 2)),
            "%s %s %s" % (rs(rng, "XQH", 3), digits(rng, 3, True), digits(rng, 4)),
            digits(rng, 11, True),
            "%s%s" % (rs(rng, "HMUJ", 2), digits(rng, 10)),
        ],
    )


DL_FORMATS = {
    "CA": lambda r: rs(r, UP, 1) + digits(r, 7),
    "NY": lambda r: digits(r, 9, True),
    "TX": lambda r: digits(r, 8, True),
    "FL": lambda r: (
        "%s%s-%s-%s-%s-%s"
        % (
            rs(r, UP, 1),
            digits(r, 3),
            digits(r, 3),
            digits(r, 2),
            digits(r, 3),
            digits(r, 1),
        )
    ),
    "IL": lambda r: (
        "%s%s-%s-%s" % (rs(r, UP, 1), digits(r, 3), digits(r, 4), digits(r, 4))
    ),
    "WA": lambda r: "WDL" + rs(r, "ABCDEFGHJKLMNPQRSTVWXYZ23456789", 9),
    "PA": lambda r: digits(r, 8, True),
    "OH": lambda r: rs(r, UP, 2) + digits(r, 6),
    "MI": lambda r: (
        "%s %s %s %s %s"
        % (rs(r, UP, 1), digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3))
    ),
    "NJ": lambda r: (
        "%s%s %s %s" % (rs(r, UP, 1), digits(r, 4), digits(r, 5), digits(r, 5))
    ),
    "GA": lambda r: digits(r, 9, True),
    "CO": lambda r: "%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
}


def dl(rng, state=None):
    st = state if state in DL_FORMATS else pick(rng, list(DL_FORMATS))
    return st, DL_FORMATS[st](rng)


def passport(rng):
    return pick(
        rng,
        [digits(rng, 9, True), rs(rng, "ABCEFGHJKLMNPRSTUVWXYZ", 1) + digits(rng, 8)],
    )


# ---------------------------------------------------------------------------
# Payments and banking
# ---------------------------------------------------------------------------


def card(rng, brand=None):
    brand = brand or pick(rng, ["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = "5" + rng.choice("12345") + digits(rng, 13)
    elif brand == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = rng.choice(["6011", "6550", "6521"]) + digits(rng, 11)
    num = body + luhn_check_digit(body)
    if num in ("4111111111111111", "4242424242424242", "5555555555554444"):
        return card(rng, brand)
    return num


def fmt_card(rng, num, style=None):
    style = rng.randrange(4) if style is None else style
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i : i + 4] for i in range(0, 16, 4)]
    return [" ".join(g), "-".join(g), num, " ".join(g)][style]


def cvv(rng, num):
    return digits(rng, 4 if len(num) == 15 else 3)


def expiry(rng):
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))


def track1(rng, num, p, exp_yymm):
    name = "%s/%s" % (
        ascii_fold(p.last).upper().replace(" ", ""),
        ascii_fold(p.first).upper().replace("-", ""),
    )
    return "%%B%s^%s^%s%s%s?" % (
        num,
        name[:26],
        exp_yymm,
        pick(rng, ["101", "201", "121"]),
        digits(rng, 16),
    )


def track2(rng, num, exp_yymm):
    return ";%s=%s%s%s?" % (
        num,
        exp_yymm,
        pick(rng, ["101", "201", "121"]),
        digits(rng, 13),
    )


def aba(rng):
    prefix = "%02d" % rng.choice(list(range(1, 13)) + list(range(21, 33)))
    while True:
        body = prefix + digits(rng, 6)
        for c in DIG:
            if aba_valid(body + c):
                r = body + c
                if r not in ("021000021", "011000015", "121000358", "026009593"):
                    return r
                break


def bank_account(rng):
    return digits(rng, rng.choice([8, 9, 10, 10, 11, 12]), True)


def _fr_rib_key(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return "0" if d == 11 else ("1" if d == 10 else str(d))


def _be_check(ten):
    r = int(ten) % 97
    return "%02d" % (97 if r == 0 else r)


def bban(rng, cc):
    if cc == "DE":
        return digits(rng, 8, True) + digits(rng, 10)
    if cc == "GB":
        return rs(rng, "ABCDEFGHJKLMNPRSTUWXYZ", 4) + digits(rng, 6) + digits(rng, 8)
    if cc == "IE":
        return rs(rng, "ABCDEFGHJKLMNPRSTUWXYZ", 4) + digits(rng, 6) + digits(rng, 8)
    if cc == "FR":
        b, g, a = digits(rng, 5, True), digits(rng, 5), digits(rng, 11)
        return b + g + a + _fr_rib_key(b, g, a)
    if cc == "ES":
        b, o, a = digits(rng, 4, True), digits(rng, 4), digits(rng, 10)
        return b + o + _es_dc("00" + b + o) + _es_dc(a) + a
    if cc == "IT":
        return rs(rng, UP, 1) + digits(rng, 5, True) + digits(rng, 5) + digits(rng, 12)
    if cc == "NL":
        return rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 4) + digits(rng, 10)
    if cc == "PL":
        return digits(rng, 8, True) + digits(rng, 16)
    if cc == "PT":
        return (
            "00"
            + digits(rng, 2, True)
            + digits(rng, 4)
            + digits(rng, 11)
            + digits(rng, 2)
        )
    if cc == "BE":
        ten = digits(rng, 10, True)
        return ten + _be_check(ten)
    if cc == "AT":
        return digits(rng, 5, True) + digits(rng, 11)
    if cc == "CH":
        return digits(rng, 5) + rs(rng, UP + DIG, 12)
    raise ValueError(cc)


def iban(rng, cc=None):
    cc = cc or pick(rng, list(IBAN_LENGTHS))
    v = iban_from_bban(cc, bban(rng, cc))
    assert len(v) == IBAN_LENGTHS[cc] and iban_valid(v)
    return v


def fmt_iban(v, spaced=True):
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4)) if spaced else v


BANK_WORDS = [
    "NRTH",
    "HLVB",
    "KSTR",
    "BRVA",
    "MQLA",
    "TRVN",
    "CDRB",
    "VLMR",
    "ORBK",
    "PLMC",
    "HRBR",
    "SNDK",
    "QWLB",
    "ZEPH",
]


def swift(rng, cc, branch=None):
    loc = rng.choice("23456789ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice(
        "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    )
    code = pick(rng, BANK_WORDS) + cc + loc
    if branch is None:
        branch = chance(rng, 0.5)
    if branch:
        code += pick(rng, ["XXX", rs(rng, UP, 1) + digits(rng, 2), rs(rng, UP, 3)])
    return code


# ---------------------------------------------------------------------------
# Vehicles and devices
# ---------------------------------------------------------------------------

WMIS = [
    "1HG",
    "1FT",
    "2T1",
    "3VW",
    "5YJ",
    "JHM",
    "KMH",
    "WBA",
    "WVW",
    "1G1",
    "4T1",
    "JN1",
    "5N1",
    "YV1",
    "SAL",
    "1C4",
    "3FA",
    "KNA",
]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng):
    v = (
        pick(rng, WMIS)
        + rs(rng, VIN_CHARS, 5)
        + "0"
        + rng.choice("JKLMNPRS")
        + rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 1)
        + digits(rng, 6)
    )
    v = v[:8] + vin_check_char(v) + v[9:]
    assert len(v) == 17 and vin_check_char(v) == v[8]
    return v


def plate(rng):
    return pick(
        rng,
        [
            "%d%s%s"
            % (
                rng.randint(4, 9),
                rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3),
                digits(rng, 3),
            ),
            "%s-%s" % (rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), digits(rng, 4)),
            "%s %s" % (rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), digits(rng, 4)),
            "%s%s%s"
            % (digits(rng, 3), rs(rng, "BCDFGHJKLMNPRSTVWXZ", 3), digits(rng, 1)),
        ],
    )


def imei(rng):
    body = rng.choice(["35", "86", "01", "99"]) + digits(rng, 12)
    return body + luhn_check_digit(body)


def device_serial(rng, kind=None):
    kind = kind or pick(rng, ["laptop", "pump", "pacer", "cgm", "generic"])
    if kind == "laptop":
        return pick(
            rng,
            [
                "C02" + rs(rng, "ABCDEFGHJKLMNPQRSTVWXYZ0123456789", 9),
                "PF" + rs(rng, UP + DIG, 6),
                "5CG" + digits(rng, 4) + rs(rng, UP, 3),
            ],
        )
    if kind == "pump":
        return "NG" + digits(rng, 7) + rs(rng, "HK", 1)
    if kind == "pacer":
        return (
            rs(rng, "PRJ", 2) + rs(rng, "NKT", 1) + digits(rng, 6) + rs(rng, "HGS", 1)
        )
    if kind == "cgm":
        return "SM" + rs(rng, UP + DIG, 8)
    return "%s-%s-%s" % (
        rs(rng, UP, 2) + digits(rng, 1),
        digits(rng, 5),
        rs(rng, UP, 2),
    )


def udi(rng):
    gtin_body = (
        "0" + rng.choice(["0884521", "0613994", "0763000", "0850012"]) + digits(rng, 5)
    )
    gtin = gtin_body + gs1_check_digit(gtin_body)
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (
        gtin,
        rng.randint(26, 30),
        rng.randint(1, 12),
        rng.randint(1, 28),
        rs(rng, UP + DIG, 6),
        rs(rng, UP + DIG, 8),
    )


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------


def openai_key(rng):
    if chance(rng, 0.5):
        return (
            "sk-proj-"
            + rs(rng, ALNUM + "-_", 74)
            + "T3BlbkFJ"
            + rs(rng, ALNUM + "-_", 74)
        )
    return "sk-" + rs(rng, ALNUM, 20) + "T3BlbkFJ" + rs(rng, ALNUM, 20)


def anthropic_key(rng):
    return "sk-ant-api03-" + rs(rng, ALNUM + "-_", 93) + "AA"


def aws_key_id(rng):
    return "AKIA" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(rng):
    return rs(rng, ALNUM + "/+", 40)


def github_token(rng):
    if chance(rng, 0.7):
        return "ghp_" + rs(rng, ALNUM, 36)
    return "github_pat_11" + rs(rng, UP + DIG, 20) + "_" + rs(rng, ALNUM, 59)


def slack_token(rng):
    return "%s-%s-%s-%s" % (
        pick(rng, ["xoxb", "xoxb", "xoxp"]),
        digits(rng, 12, True),
        digits(rng, 13, True),
        rs(rng, ALNUM, 24),
    )


def stripe_key(rng):
    return pick(rng, ["sk_live_", "sk_live_", "rk_live_"]) + rs(
        rng, ALNUM, rng.choice([24, 99])
    )


def google_key(rng):
    return "AIza" + rs(rng, ALNUM + "-_", 35)


def api_key(rng, provider=None):
    provider = provider or pick(
        rng, ["openai", "anthropic", "aws", "github", "slack", "stripe", "google"]
    )
    return provider, {
        "openai": openai_key,
        "anthropic": anthropic_key,
        "aws": aws_key_id,
        "github": github_token,
        "slack": slack_token,
        "stripe": stripe_key,
        "google": google_key,
    }[provider](rng)


PEM_LEAD = {
    "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAE",
}


def pem(rng, kind=None, lines=None):
    """A PEM-shaped block with random base64 body (not a usable key)."""
    kind = kind or pick(rng, list(PEM_LEAD))
    n = lines or rng.randint(5, 12)
    body = []
    for i in range(n):
        width = 64 if i < n - 1 else rng.randint(12, 60)
        line = rs(rng, ALNUM + "+/", width)
        if i == 0:
            line = (PEM_LEAD[kind] + line)[:64]
        body.append(line)
    pad = "" if kind == "OPENSSH PRIVATE KEY" else "=="
    return "-----BEGIN %s-----\n%s%s\n-----END %s-----" % (
        kind,
        "\n".join(body),
        pad,
        kind,
    )


def _b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng, claims=None):
    header = {"alg": pick(rng, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if header["alg"] != "HS256" and chance(rng, 0.5):
        header["kid"] = rs(rng, HEX, 16)
    claims = claims or {
        "sub": "usr_" + rs(rng, ALNUM, 12),
        "iat": 1735000000 + rng.randint(0, 9000000),
        "scope": pick(
            rng, ["read:claims", "patient/*.read", "payments:write", "admin"]
        ),
    }
    claims = dict(claims)
    claims["exp"] = claims.get("iat", 1736000000) + 3600
    sig_len = {"HS256": 43, "RS256": 342, "ES256": 86}[header["alg"]]
    return "%s.%s.%s" % (
        _b64u(json.dumps(header, separators=(",", ":")).encode()),
        _b64u(json.dumps(claims, separators=(",", ":")).encode()),
        rs(rng, B64URL, sig_len),
    )


PW_WORDS = [
    "Marigold",
    "tromBone",
    "Quasar",
    "lanternFish",
    "Halcyon",
    "copperKettle",
    "Nimbus",
    "Wombat",
    "saffron",
    "Tundra",
    "Pelican",
    "mosaic",
    "Zephyr",
    "Juniper",
    "obsidian",
    "Falcon",
]


def password(rng):
    k = rng.randrange(5)
    if k == 0:
        return "%s%s%d" % (
            pick(rng, PW_WORDS),
            pick(rng, "!#$%&*?@"),
            rng.randint(10, 9999),
        )
    if k == 1:
        return rs(rng, ALNUM + "!#$%^*", rng.randint(12, 18))
    if k == 2:
        return "%s-%s-%s-%d" % tuple(
            [pick(rng, PW_WORDS).lower() for _ in range(3)] + [rng.randint(1, 99)]
        )
    if k == 3:
        return "%s%d%s%s" % (
            pick(rng, PW_WORDS),
            rng.randint(1, 99),
            pick(rng, "!.#_"),
            pick(rng, PW_WORDS)[:4],
        )
    return rs(rng, UP, 1) + rs(rng, LOW, 5) + "_" + digits(rng, 4) + pick(rng, "!$")


def hex_secret(rng, n=64):
    return rs(rng, HEX, n)


def b64_secret(rng, n=44):
    s = rs(rng, ALNUM + "+/", n - 1)
    return s + "="


def webhook_secret(rng):
    return "whsec_" + rs(rng, ALNUM, 32)


def sendgrid_key(rng):
    return "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43)


# ---------------------------------------------------------------------------
# Hard-negative look-alikes (all deliberately invalid or non-personal)
# ---------------------------------------------------------------------------


def luhn_invalid(rng, length=16, prefix=None):
    prefix = prefix if prefix is not None else rng.choice(["4", "5", "6", "3"])
    body = prefix + digits(rng, length - 1 - len(prefix))
    good = luhn_check_digit(body)
    bad = rng.choice([c for c in DIG if c != good])
    return body + bad


def ssn_shaped_invalid(rng):
    area = rng.choice(["000", "666", "9%02d" % rng.randint(0, 99)])
    if area.startswith("9"):
        grp = rng.choice(
            ["%02d" % rng.randint(0, 49), "%02d" % rng.randint(66, 69), "89", "93"]
        )
    else:
        grp = "%02d" % rng.randint(1, 99)
    return "%s-%s-%04d" % (area, grp, rng.randint(1, 9999))


def aba_invalid(rng):
    body = "%02d" % rng.choice(list(range(1, 13))) + digits(rng, 6)
    for c in DIG:
        if not aba_valid(body + c):
            return body + c
    raise AssertionError


def iban_invalid(rng, cc=None):
    v = iban(rng, cc)
    wrong = (int(v[2:4]) + rng.randint(1, 90)) % 97
    wrong = max(wrong, 2)
    out = v[:2] + "%02d" % wrong + v[4:]
    return out if not iban_valid(out) else iban_invalid(rng, cc)


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def git_sha(rng, n=40):
    return rs(rng, HEX, n)


def semver(rng):
    return "%d.%d.%d" % (rng.randint(0, 14), rng.randint(0, 40), rng.randint(0, 30))


def isbn13(rng):
    body = rng.choice(["978", "979"]) + digits(rng, 9)
    return body + gs1_check_digit(body)


def fmt_isbn(v):
    return "%s-%s-%s-%s-%s" % (v[:3], v[3], v[4:8], v[8:12], v[12])


def ean13(rng):
    body = rng.choice(["40", "50", "76", "87", "80"]) + digits(rng, 10)
    return body + gs1_check_digit(body)


def ups_tracking(rng):
    return "1Z" + rs(rng, UP + DIG, 6) + digits(rng, 10)


def usps_tracking(rng):
    d = "9400" + digits(rng, 18)
    return " ".join(d[i : i + 4] for i in range(0, 22, 4))


def order_id(rng):
    return pick(
        rng,
        [
            "ORD-%s-%s" % (digits(rng, 4), rs(rng, UP + DIG, 5)),
            "#%s" % digits(rng, 7, True),
            "SO%s" % digits(rng, 8),
            "%s-%s-%s" % (digits(rng, 3), digits(rng, 7), digits(rng, 7)),
        ],
    )


def sku(rng):
    return "%s-%s-%s" % (rs(rng, UP, 3), digits(rng, 4), rs(rng, UP + DIG, 2))


def ndc(rng):
    return "%s-%s-%s" % (digits(rng, 5), digits(rng, 3), digits(rng, 2))


# ---------------------------------------------------------------------------
# Interchange helpers (HL7 v2 / X12) that keep spans
# ---------------------------------------------------------------------------


def comp(*parts):
    """HL7 components joined with ^ (trailing empty components dropped)."""
    parts = list(parts)
    while parts and (parts[-1] == "" or parts[-1] is None):
        parts.pop()
    return join("^", ["" if p is None else p for p in parts])


def hl7_seg(name, fields):
    """Segment ``name`` with ``fields`` {position: value}; positions are HL7 v2 field numbers."""
    out = [(name, None)]
    for i in range(1, max(fields) + 1):
        out.append(("|", None))
        out.extend(to_segs(fields.get(i, "")))
    return out


def hl7_msh(
    sending_app, sending_fac, recv_app, recv_fac, ts, msg_type, ctrl_id, version="2.5"
):
    """MSH: MSH-1 is the field separator itself and MSH-2 the encoding characters."""
    fields = {
        3: sending_app,
        4: sending_fac,
        5: recv_app,
        6: recv_fac,
        7: ts,
        9: msg_type,
        10: ctrl_id,
        11: "P",
        12: version,
    }
    out = [("MSH|^~\\&", None)]
    for i in range(3, 13):
        out.append(("|", None))
        out.extend(to_segs(fields.get(i, "")))
    return out


def x12_seg(*elements):
    return join("*", list(elements)) + [("~", None)]
