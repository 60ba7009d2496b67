"""Invented value pools and checksum-correct identifier generators for held-out set 13.

Everything here is synthetic.  Names are common given names and surnames combined at
random; every street, town, employer, clinic, bank code and domain is invented.
Identifiers that carry a check digit are generated with a correct one.

Templates mark gold spans inline with ``L(entity_type, value)``; ``render`` strips the
markers and returns the clean text plus the span offsets (Python ``str`` indices), so no
offset is ever computed by hand.
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
import string
import unicodedata
from dataclasses import dataclass

# --------------------------------------------------------------------------------------
# span markers
# --------------------------------------------------------------------------------------

OPEN, SEP, CLOSE = "\ue000", "\ue001", "\ue002"

ENTITY_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS",
    "US_ZIP_CODE", "DATE_TIME", "AGE", "US_SSN", "US_ITIN", "US_DRIVER_LICENSE",
    "US_PASSPORT", "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI", "HEALTH_PLAN_ID",
    "DEVICE_ID", "VEHICLE_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA",
    "IBAN_CODE", "US_ROUTING_NUMBER", "US_BANK_ACCOUNT", "SWIFT_CODE", "API_KEY",
    "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET",
)


def L(etype: str, value) -> str:
    """Wrap ``value`` as a gold span of ``etype``."""
    if etype not in ENTITY_TYPES:
        raise ValueError(etype)
    value = str(value)
    if not value or value != value.strip() or any(c in value for c in (OPEN, SEP, CLOSE)):
        raise ValueError("bad span value %r" % value)
    return OPEN + etype + SEP + value + CLOSE


def render(marked: str):
    """Remove markers; return (text, spans) with spans as dicts sorted by start."""
    out, spans, pos, i = [], [], 0, 0
    while True:
        j = marked.find(OPEN, i)
        if j < 0:
            tail = marked[i:]
            if SEP in tail or CLOSE in tail:
                raise ValueError("stray marker")
            out.append(tail)
            break
        head = marked[i:j]
        if SEP in head or CLOSE in head:
            raise ValueError("stray marker")
        out.append(head)
        pos += len(head)
        k = marked.index(SEP, j)
        m = marked.index(CLOSE, k)
        etype, val = marked[j + 1:k], marked[k + 1:m]
        if OPEN in val or SEP in val:
            raise ValueError("nested marker")
        spans.append({"start": pos, "end": pos + len(val), "entity_type": etype})
        out.append(val)
        pos += len(val)
        i = m + 1
    return "".join(out), spans


def jdump(obj, indent=None, **kw) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent, **kw)


# --------------------------------------------------------------------------------------
# obfuscation (the gold span still covers the value's characters)
# --------------------------------------------------------------------------------------

FULLWIDTH = {ord(d): chr(0xFF10 + int(d)) for d in "0123456789"}


def nb_hyphen(s: str) -> str:
    return s.replace("-", "\u2011")


def en_dash(s: str) -> str:
    return s.replace("-", "\u2013")


def fullwidth(s: str) -> str:
    return s.translate(FULLWIDTH).replace("-", "\uff0d")


def zwj(s: str, rng, n=3) -> str:
    """Insert zero-width joiners between inner characters."""
    chars = list(s)
    slots = sorted(rng.sample(range(1, len(chars)), min(n, len(chars) - 1)), reverse=True)
    for p in slots:
        chars.insert(p, "\u200d")
    return "".join(chars)


# --------------------------------------------------------------------------------------
# names (>= 20 cultures; native script for ja, ko, zh, ar, ru, hi)
# --------------------------------------------------------------------------------------

# (roman, native) pairs
JA_FAMILY = [("Sato", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中"),
             ("Watanabe", "渡辺"), ("Ito", "伊藤"), ("Yamamoto", "山本"), ("Nakamura", "中村"),
             ("Kobayashi", "小林"), ("Kato", "加藤"), ("Yoshida", "吉田"), ("Matsumoto", "松本"),
             ("Inoue", "井上"), ("Kimura", "木村"), ("Shimizu", "清水"), ("Hayashi", "林")]
JA_GIVEN_F = [("Misaki", "美咲"), ("Yui", "結衣"), ("Sakura", "さくら"), ("Naoko", "直子"),
              ("Keiko", "恵子"), ("Yumi", "由美"), ("Haruka", "遥"), ("Chiyo", "千代")]
JA_GIVEN_M = [("Haruto", "陽翔"), ("Hiroto", "大翔"), ("Kenta", "健太"), ("Makoto", "誠"),
              ("Shota", "翔太"), ("Koji", "浩二"), ("Takeshi", "武"), ("Isamu", "勇")]
KO_FAMILY = [("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"),
             ("Kang", "강"), ("Cho", "조"), ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"),
             ("Han", "한"), ("Shin", "신")]
KO_GIVEN_F = [("Seo-yeon", "서연"), ("Ha-eun", "하은"), ("Su-bin", "수빈"), ("Ji-young", "지영"),
              ("Mi-kyung", "미경"), ("Eun-ji", "은지"), ("Soon-ja", "순자")]
KO_GIVEN_M = [("Min-jun", "민준"), ("Ji-hoon", "지훈"), ("Do-yoon", "도윤"), ("Hyun-woo", "현우"),
              ("Young-ho", "영호"), ("Sung-min", "성민"), ("Byung-chul", "병철")]
ZH_FAMILY = [("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"),
             ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"), ("Zhou", "周"), ("Wu", "吴"),
             ("Xu", "徐"), ("Sun", "孙"), ("Guo", "郭"), ("He", "何")]
ZH_GIVEN_F = [("Fang", "芳"), ("Xiuying", "秀英"), ("Lijuan", "丽娟"), ("Xiaoyan", "晓燕"),
              ("Yutong", "雨桐"), ("Meiling", "美玲"), ("Shufen", "淑芬")]
ZH_GIVEN_M = [("Wei", "伟"), ("Jianguo", "建国"), ("Zhiqiang", "志强"), ("Haoran", "浩然"),
              ("Junjie", "俊杰"), ("Guoqing", "国庆"), ("Mingyu", "明宇")]
AR_FAMILY = [("Al-Husseini", "الحسيني"), ("Al-Mansouri", "المنصوري"), ("Haddad", "حداد"),
             ("Khoury", "خوري"), ("Al-Otaibi", "العتيبي"), ("Al-Shammari", "الشمري"),
             ("Nassar", "نصار"), ("Saeed", "سعيد"), ("Al-Zahrani", "الزهراني"), ("Darwish", "درويش")]
AR_GIVEN_F = [("Fatima", "فاطمة"), ("Layla", "ليلى"), ("Maryam", "مريم"), ("Nour", "نور"),
              ("Huda", "هدى"), ("Rania", "رانيا"), ("Salma", "سلمى")]
AR_GIVEN_M = [("Mohammed", "محمد"), ("Ahmed", "أحمد"), ("Youssef", "يوسف"), ("Omar", "عمر"),
              ("Khaled", "خالد"), ("Tariq", "طارق"), ("Hassan", "حسن")]
RU_FAMILY = [("Ivanov", "Иванов"), ("Smirnov", "Смирнов"), ("Kuznetsov", "Кузнецов"),
             ("Popov", "Попов"), ("Sokolov", "Соколов"), ("Lebedev", "Лебедев"),
             ("Morozov", "Морозов"), ("Volkov", "Волков"), ("Novikov", "Новиков"),
             ("Belov", "Белов"), ("Orlov", "Орлов")]
RU_GIVEN_F = [("Olga", "Ольга"), ("Natalya", "Наталья"), ("Ekaterina", "Екатерина"),
              ("Anna", "Анна"), ("Tatiana", "Татьяна"), ("Galina", "Галина"), ("Irina", "Ирина")]
RU_GIVEN_M = [("Aleksei", "Алексей"), ("Dmitry", "Дмитрий"), ("Sergei", "Сергей"),
              ("Ivan", "Иван"), ("Mikhail", "Михаил"), ("Nikolai", "Николай"), ("Pavel", "Павел")]
HI_FAMILY = [("Sharma", "शर्मा"), ("Verma", "वर्मा"), ("Gupta", "गुप्ता"), ("Patel", "पटेल"),
             ("Singh", "सिंह"), ("Agarwal", "अग्रवाल"), ("Mehta", "मेहता"), ("Joshi", "जोशी"),
             ("Kumar", "कुमार"), ("Chaudhary", "चौधरी"), ("Iyer", "अय्यर")]
HI_GIVEN_F = [("Priya", "प्रिया"), ("Anita", "अनीता"), ("Sunita", "सुनीता"), ("Kavita", "कविता"),
              ("Deepika", "दीपिका"), ("Lakshmi", "लक्ष्मी"), ("Meera", "मीरा")]
HI_GIVEN_M = [("Rahul", "राहुल"), ("Vikram", "विक्रम"), ("Arjun", "अर्जुन"), ("Rohan", "रोहन"),
              ("Aditya", "आदित्य"), ("Suresh", "सुरेश"), ("Ramesh", "रमेश")]

NATIVE = {
    "ja": (JA_FAMILY, JA_GIVEN_F, JA_GIVEN_M),
    "ko": (KO_FAMILY, KO_GIVEN_F, KO_GIVEN_M),
    "zh": (ZH_FAMILY, ZH_GIVEN_F, ZH_GIVEN_M),
    "ar": (AR_FAMILY, AR_GIVEN_F, AR_GIVEN_M),
    "ru": (RU_FAMILY, RU_GIVEN_F, RU_GIVEN_M),
    "hi": (HI_FAMILY, HI_GIVEN_F, HI_GIVEN_M),
}

LATIN = {
    "us": (["Whitaker", "Pendleton", "Harrington", "Caldwell", "Brooks", "Sullivan", "Foster",
            "Jenkins", "Holloway", "Prescott", "Dunbar", "Mercer", "Ashford", "Lindqvist",
            "Tillman", "Greer"],
           ["Margaret", "Dorothy", "Brittany", "Kayla", "Eleanor", "Tamara", "Joan", "Shirley"],
           ["Harold", "Tyler", "Walter", "Dwayne", "Curtis", "Everett", "Glenn", "Russell"]),
    "es": (["García Morales", "Hernández", "Ruiz Castillo", "Jiménez", "Navarro", "Delgado",
            "Ortega Vidal", "Serrano", "Cabrera", "Fuentes"],
           ["María José", "Lucía", "Ximena", "Carmen", "Guadalupe", "Rocío", "Inés"],
           ["Alejandro", "José Luis", "Mateo", "Santiago", "Raúl", "Héctor", "Joaquín"]),
    "ie": (["O'Sullivan", "Byrne", "Gallagher", "Quinlan", "McCarthy", "O'Donoghue", "Kavanagh",
            "Brennan"],
           ["Siobhán", "Aoife", "Niamh", "Róisín", "Orla"],
           ["Cillian", "Declan", "Ciarán", "Pádraig", "Eoin"]),
    "ng": (["Okafor", "Adeyemi", "Chukwu", "Nwosu", "Balogun", "Eze", "Ogunleye", "Afolabi"],
           ["Ngozi", "Adaeze", "Folake", "Chiamaka", "Yetunde", "Ifeoma"],
           ["Chidi", "Oluwaseun", "Emeka", "Tunde", "Obinna", "Babajide"]),
    "vi": (["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"],
           ["Thị Lan", "Thu Trang", "Ngọc Anh", "Minh Thư", "Thanh Hương"],
           ["Văn Minh", "Quốc Bảo", "Đức Anh", "Hữu Phước", "Thành Long"]),
    "pl": (["Kowalski", "Wiśniewski", "Wójcik", "Zieliński", "Szymański", "Lewandowski",
            "Dąbrowski", "Kamiński"],
           ["Agnieszka", "Katarzyna", "Małgorzata", "Zofia", "Joanna"],
           ["Tomasz", "Piotr", "Krzysztof", "Grzegorz", "Łukasz"]),
    "de": (["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer",
            "Krüger", "Vogel"],
           ["Annika", "Sabine", "Jutta", "Henrike", "Ursula"],
           ["Jürgen", "Lukas", "Matthias", "Dieter", "Florian"]),
    "fr": (["Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier",
            "Marchand"],
           ["Élodie", "Camille", "Margaux", "Solène", "Geneviève"],
           ["Mathieu", "Thibault", "Rémi", "Gaëtan", "Benoît"]),
    "it": (["Russo", "Esposito", "Bianchi", "Romano", "Colombo", "Ferrara", "Galli", "Marchetti"],
           ["Giulia", "Francesca", "Chiara", "Rosaria", "Elisabetta"],
           ["Matteo", "Lorenzo", "Giuseppe", "Davide", "Salvatore"]),
    "br": (["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Carvalho", "Almeida", "Ribeiro"],
           ["Ana Beatriz", "Luíza", "Juliana", "Fernanda", "Conceição"],
           ["João", "Thiago", "Rafael", "Gustavo", "Sebastião"]),
    "nl": (["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "van Dijk", "Smit",
            "Mulder"],
           ["Sanne", "Femke", "Marieke", "Lotte", "Ineke"],
           ["Joris", "Bram", "Sander", "Wouter", "Henk"]),
    "gr": (["Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Vlachos", "Karagiannis"],
           ["Eleni", "Sofia", "Despina", "Katerina"],
           ["Dimitrios", "Nikos", "Giorgos", "Stavros"]),
    "tr": (["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"],
           ["Ayşe", "Elif", "Zeynep", "Gülşen"],
           ["Mehmet", "Emre", "Burak", "Oğuz"]),
    "et": (["Tesfaye", "Bekele", "Haile", "Girma", "Alemu", "Wolde"],
           ["Selam", "Meron", "Hiwot", "Tigist"],
           ["Dawit", "Yonas", "Abebe", "Henok"]),
    "ph": (["Reyes", "dela Cruz", "Bautista", "Villanueva", "Mendoza", "Aquino", "Manalo"],
           ["Maricel", "Rowena", "Lorna", "Jocelyn"],
           ["Jerome", "Rodel", "Arnel", "Jomar"]),
    "ke": (["Odhiambo", "Wanjiru", "Kamau", "Otieno", "Mutua", "Njoroge"],
           ["Achieng", "Njeri", "Wambui", "Akinyi"],
           ["Baraka", "Kipchoge", "Omondi", "Mwangi"]),
    "fi": (["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen"],
           ["Aino", "Sirpa", "Liisa"],
           ["Juha", "Matti", "Eero"]),
}

CULTURES = tuple(sorted(LATIN)) + tuple(sorted(NATIVE))
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"


@dataclass
class Person:
    given: str
    family: str
    culture: str
    sex: str
    middle: str = ""
    given_native: str = ""
    family_native: str = ""

    @property
    def full(self) -> str:
        return self.given + " " + self.family

    @property
    def full_mi(self) -> str:
        return "%s %s. %s" % (self.given, self.middle, self.family) if self.middle else self.full

    @property
    def last_first(self) -> str:
        return self.family + ", " + self.given

    @property
    def upper(self) -> str:
        return self.full.upper()

    @property
    def hl7(self) -> str:
        out = "%s^%s" % (self.family.upper(), self.given.upper())
        return out + "^" + self.middle if self.middle else out

    @property
    def native(self) -> str:
        """Name in its native script and native order (falls back to the roman form)."""
        if not self.family_native:
            return self.full
        if self.culture == "ja":
            return self.family_native + " " + self.given_native
        if self.culture in ("ko", "zh"):
            return self.family_native + self.given_native
        return self.given_native + " " + self.family_native

    @property
    def family_first(self) -> str:
        return self.family + " " + self.given

    @property
    def ascii_given(self) -> str:
        return ascii_fold(self.given)

    @property
    def ascii_family(self) -> str:
        return ascii_fold(self.family)

    @property
    def initial(self) -> str:
        return ascii_fold(self.family)[0].upper()


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def person(rng, culture: str | None = None, sex: str | None = None) -> Person:
    culture = culture or rng.choice(CULTURES)
    sex = sex or rng.choice("FM")
    middle = rng.choice(MIDDLE_INITIALS) if rng.random() < 0.6 else ""
    if culture in NATIVE:
        fam, gf, gm = NATIVE[culture]
        f = rng.choice(fam)
        g = rng.choice(gf if sex == "F" else gm)
        family, family_n = f
        if culture == "ru" and sex == "F":
            family, family_n = family + "a", family_n + "а"
        return Person(g[0], family, culture, sex, middle if culture in ("hi",) else "", g[1], family_n)
    fam, gf, gm = LATIN[culture]
    return Person(rng.choice(gf if sex == "F" else gm), fam_fix(rng.choice(fam), culture, sex),
                  culture, sex, middle if culture in ("us", "ie", "ng", "ph", "ke") else "")


def fam_fix(family: str, culture: str, sex: str) -> str:
    if culture == "pl" and sex == "F" and family.endswith("ski"):
        return family[:-1] + "a"
    return family


# --------------------------------------------------------------------------------------
# places, organizations (all invented)
# --------------------------------------------------------------------------------------

STREET_NAMES = ["Larkspur", "Quarrystone", "Wrenfield", "Tamsin", "Old Mill Pond", "Hollowbrook",
                "Calloway", "Birchcrest", "Fennimore", "Amberline", "Glenhaven", "Saltmarsh",
                "Copperbeech", "Juniper Hollow", "Pelican Crest", "Marlow Bend", "Thistledown",
                "Ravensworth", "Kingfisher", "Sorrel Gap", "Hazelwick", "Brambleton", "Oriel",
                "Cobblefield", "Winterhaven", "Lanyard", "Dovecote"]
STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Ln", "Lane", "Dr",
                 "Drive", "Ct", "Way", "Pkwy", "Ter", "Pl", "Trl", "Cir"]
UNITS = ["Apt 4B", "Apt. 12", "Unit 7", "#305", "Suite 210", "Apt 2F", "Unit C", "Apt 1107",
         "Lot 44", "Bldg 3 Apt 9"]

# invented towns with real state codes and a ZIP prefix plausible for that state
TOWNS = [("Dunmore Falls", "OH", "445"), ("Hollis Creek", "TX", "757"), ("Marrowfield", "PA", "170"),
         ("Kestrel Bay", "FL", "334"), ("Pellham Ridge", "GA", "305"), ("Ashbury Mills", "NC", "276"),
         ("Cedar Hollow", "TN", "371"), ("North Tamsworth", "MA", "017"), ("Briar Glen", "IL", "605"),
         ("Lowell Crossing", "MI", "484"), ("Sandpiper Point", "CA", "934"), ("East Varnum", "NY", "128"),
         ("Quillan", "AZ", "853"), ("Redfern Junction", "CO", "805"), ("Stillwater Bend", "MN", "553"),
         ("Harlow Springs", "OR", "973"), ("Fairbourne", "VA", "226"), ("Wexley", "WI", "537"),
         ("Glenmoor Heights", "NJ", "078"), ("Port Allard", "WA", "983")]

EMPLOYERS = ["Brightwater Logistics", "Copperleaf Analytics", "Halvorsen Tool & Die",
             "Northgate Mutual Insurance", "Sablewood Credit Union", "Tidemark Freight",
             "Quenby Software Labs", "Orrin Valley Foods", "Lanthorn Capital Partners",
             "Fernhill School District", "Bexley Precision Plastics", "Mistral Air Services"]

CLINICS = ["Marrowfield Family Health", "Kestrel Bay Cardiology Associates", "Hollis Creek Medical Center",
           "St. Anselm of the Pines Hospital", "Dunmore Falls Community Clinic",
           "Pellham Ridge Orthopedics", "Briar Glen Renal Care", "Cedar Hollow Women's Health",
           "Harlow Springs Pediatrics", "Quillan Valley Regional Hospital", "Stillwater Oncology Partners"]

PAYERS = ["Keystone Meridian Health Plan", "BlueHarbor PPO", "Sentinel Care Advantage",
          "Northwind Medicaid Managed Care", "Crestline Dental & Vision", "TrueNorth Senior Advantage"]

BANKS = ["Harbor Point Savings Bank", "First Lanyard National", "Coldwater Trust Company",
         "Sablewood Credit Union", "Verity Federal Bank", "Mainline Cooperative Bank"]

DOMAINS_ORG = ["brightwater-logistics.com", "copperleaf.io", "kestrelbayhealth.org", "marrowfieldfh.org",
               "northgatemutual.com", "sablewoodcu.org", "quenbylabs.dev", "hollis-creek-med.org",
               "lanthorncap.com", "tidemarkfreight.net", "qvrh.org", "stillwater-onc.com"]
DOMAINS_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com",
                "aol.com", "comcast.net", "gmx.de", "orange.fr", "naver.com", "qq.com", "yahoo.co.jp",
                "wp.pl", "libero.it", "uol.com.br"]


def zip5(rng, prefix: str) -> str:
    return prefix + "%02d" % rng.randint(1, 99)


def zip_plus4(rng, prefix: str) -> str:
    return zip5(rng, prefix) + "-%04d" % rng.randint(1, 9999)


@dataclass
class Address:
    street: str  # street line (number, directional, name, suffix, unit)
    city: str
    state: str
    zip: str

    @property
    def street_city_state(self) -> str:
        return "%s, %s, %s" % (self.street, self.city, self.state)


def address(rng, unit_p=0.3) -> Address:
    num = str(rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 19999)]))
    dirn = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "NE "])
    street = "%s %s%s %s" % (num, dirn, rng.choice(STREET_NAMES), rng.choice(STREET_SUFFIX))
    if rng.random() < unit_p:
        street += rng.choice([", ", " "]) + rng.choice(UNITS)
    city, st, pre = rng.choice(TOWNS)
    z = zip_plus4(rng, pre) if rng.random() < 0.15 else zip5(rng, pre)
    return Address(street, city, st, z)


FOREIGN_ADDR = {
    "de": lambda r: "%s %d, %05d %s" % (r.choice(["Lindenhofstraße", "Am Kiesgrund", "Birkenweg", "Mühlbachstr."]),
                                         r.randint(1, 140), r.randint(10000, 99999),
                                         r.choice(["Wiesenbach", "Oberhollern", "Kleinfelden"])),
    "fr": lambda r: "%d %s, %05d %s" % (r.randint(1, 120), r.choice(["rue des Tilleuls Dorés", "allée du Moulin-Bas",
                                                                       "chemin des Aubépines", "avenue Lucien-Ferrand"]),
                                         r.randint(10000, 95999), r.choice(["Saint-Aubin-des-Prés", "Valcourt-sur-Orne",
                                                                            "Montferrand-le-Haut"])),
    "es": lambda r: "%s %d, %s, %05d %s" % (r.choice(["Calle de los Almendros", "Avenida del Pinar Alto", "Calle Olivares"]),
                                             r.randint(1, 90), r.choice(["3º B", "1º izq.", "bajo A", "5º D"]),
                                             r.randint(10000, 52999), r.choice(["Valdelobos", "San Roque del Monte", "Torrevieja Alta"])),
    "it": lambda r: "%s %d, %05d %s (%s)" % (r.choice(["Via dei Gelsomini", "Viale delle Querce", "Via San Teodoro Vecchio"]),
                                              r.randint(1, 80), r.randint(10000, 98999),
                                              r.choice(["Castelrovo", "Montecalvo Basso", "Borgo Fiorano"]), r.choice(["BO", "TO", "PG", "MI"])),
    "br": lambda r: "%s, %d, apto %d, %05d-%03d %s - %s" % (r.choice(["Rua das Acácias", "Avenida Jequitibá", "Rua Frei Anselmo"]),
                                                              r.randint(10, 2400), r.randint(11, 154), r.randint(10000, 99999),
                                                              r.randint(0, 999), r.choice(["Vila Serena", "Jardim Aurora", "Morro Azul"]),
                                                              r.choice(["SP", "MG", "PR"])),
    "pl": lambda r: "ul. %s %d/%d, %02d-%03d %s" % (r.choice(["Jaśminowa", "Kasztanowa", "Żurawia", "Polna"]),
                                                   r.randint(1, 80), r.randint(1, 40), r.randint(0, 99), r.randint(0, 999),
                                                   r.choice(["Zielonka Dolna", "Borowiec", "Stare Sady"])),
    "nl": lambda r: "%s %d, %04d %s %s" % (r.choice(["Kastanjelaan", "Molenstraat", "Zuiderdiep", "Wilgenhof"]),
                                           r.randint(1, 220), r.randint(1000, 9999),
                                           "".join(r.choice("ABCEGHJKLNPRSTVXZ") for _ in range(2)),
                                           r.choice(["Veendijk", "Oosterhaven", "Lindeloo"])),
    "gb": lambda r: "%d %s, %s, %s%d %d%s" % (r.randint(1, 160), r.choice(["Hawthorn Close", "Mill Lane", "Priory Mews", "Tanners Row"]),
                                             r.choice(["Little Brampton", "Ashcombe", "Wenfield"]),
                                             r.choice(["KT", "LS", "BS", "NR", "CB"]), r.randint(1, 29), r.randint(1, 9),
                                             "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))),
    "ja": lambda r: "〒%03d-%04d %s%s%d丁目%d番%d号" % (r.randint(100, 999), r.randint(0, 9999),
                                                    r.choice(["神奈川県青葉台市", "埼玉県桜ヶ丘市", "千葉県潮見浜市", "東京都みどり野区"]),
                                                    r.choice(["若葉町", "本町", "緑が丘"]), r.randint(1, 5), r.randint(1, 30), r.randint(1, 20)),
    "ko": lambda r: "%s %s %d, %d동 %d호" % (r.choice(["경기도 한솔시", "충청남도 새봄시", "서울특별시 은빛구"]),
                                          r.choice(["새봄로", "푸른숲길", "한빛대로"]), r.randint(1, 300),
                                          r.randint(101, 120), r.randint(101, 2305)),
    "zh": lambda r: "%s%s%d号%d单元%d室" % (r.choice(["浙江省临溪市", "江苏省云港市", "四川省青川市"]),
                                        r.choice(["梧桐路", "新华街", "滨河大道"]), r.randint(1, 300),
                                        r.randint(1, 6), r.randint(101, 2602)),
}


# --------------------------------------------------------------------------------------
# contact values
# --------------------------------------------------------------------------------------

def us_phone(rng, style=None) -> str:
    area = rng.choice(["216", "330", "412", "512", "614", "713", "737", "804", "919", "252", "305",
                       "404", "470", "503", "608", "612", "720", "781", "856", "928", "971", "509"])
    exch = "%d%02d" % (rng.randint(2, 9), rng.randint(0, 99))
    line = "%04d" % rng.randint(0, 9999)
    style = style if style is not None else rng.randint(0, 6)
    return [f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"{area}.{exch}.{line}",
            f"+1 {area} {exch} {line}", f"1-{area}-{exch}-{line}", f"+1-{area}-{exch}-{line}",
            f"({area}){exch}-{line}"][style]


def intl_phone(rng, country) -> str:
    r = rng.randint
    return {
        "de": lambda: "+49 %d %d" % (r(30, 899), r(1000000, 99999999)),
        "fr": lambda: "+33 6 %02d %02d %02d %02d" % (r(0, 99), r(0, 99), r(0, 99), r(0, 99)),
        "es": lambda: "+34 6%02d %03d %03d" % (r(0, 99), r(0, 999), r(0, 999)),
        "it": lambda: "+39 3%02d %03d %04d" % (r(20, 99), r(0, 999), r(0, 9999)),
        "br": lambda: "+55 11 9%04d-%04d" % (r(0, 9999), r(0, 9999)),
        "pl": lambda: "+48 %03d %03d %03d" % (r(500, 899), r(0, 999), r(0, 999)),
        "nl": lambda: "+31 6 %08d" % r(10000000, 99999999),
        "gb": lambda: "+44 7%03d %06d" % (r(100, 999), r(0, 999999)),
        "ja": lambda: "090-%04d-%04d" % (r(1000, 9999), r(0, 9999)),
        "ko": lambda: "010-%04d-%04d" % (r(1000, 9999), r(0, 9999)),
        "zh": lambda: "+86 1%d%d %04d %04d" % (r(3, 9), r(0, 9), r(0, 9999), r(0, 9999)),
        "hi": lambda: "+91 9%04d %05d" % (r(0, 9999), r(0, 99999)),
        "ar": lambda: "+971 5%d %03d %04d" % (r(0, 8), r(0, 999), r(0, 9999)),
        "ru": lambda: "+7 9%02d %03d-%02d-%02d" % (r(0, 99), r(0, 999), r(0, 99), r(0, 99)),
        "mx": lambda: "+52 55 %04d %04d" % (r(1000, 9999), r(0, 9999)),
    }[country]()


def email_for(rng, p: Person, domain=None) -> str:
    g = ascii_fold(p.given).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "")
    domain = domain or rng.choice(DOMAINS_MAIL)
    local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}",
                        f"{g}_{f}", f"{g}.{f[0]}{rng.randint(60, 99)}"])
    return f"{local}@{domain}"


def ipv4(rng, private=None) -> str:
    private = rng.random() < 0.4 if private is None else private
    if private:
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))])
    first = rng.choice([23, 45, 66, 71, 73, 76, 98, 104, 107, 142, 173, 184, 203, 208])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))


def ipv6(rng) -> str:
    return "2600:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0x100, 0xffff),
                                  rng.randint(0x10, 0xffff), rng.randint(1, 0xffff))


def token(rng, n, alphabet=string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
           "नवंबर", "दिसंबर"],
}


def rdate(rng, y0, y1) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def dob_for_age(rng, age, ref: _dt.date) -> _dt.date:
    """A birth date such that the person is ``age`` on ``ref``."""
    lo = _dt.date(ref.year - age - 1, ref.month, min(ref.day, 28)).toordinal() + 1
    hi = _dt.date(ref.year - age, ref.month, min(ref.day, 28)).toordinal()
    return _dt.date.fromordinal(rng.randint(lo, hi))


def fdate(d: _dt.date, style: str) -> str:
    m = d.month
    return {
        "us": "%02d/%02d/%04d" % (m, d.day, d.year),
        "us_short": "%d/%d/%02d" % (m, d.day, d.year % 100),
        "iso": d.isoformat(),
        "long": "%s %d, %d" % (MONTHS["en"][m - 1], d.day, d.year),
        "abbr": "%d %s %d" % (d.day, MONTHS["en"][m - 1][:3], d.year),
        "abbr_us": "%s %d, %d" % (MONTHS["en"][m - 1][:3], d.day, d.year),
        "hl7": "%04d%02d%02d" % (d.year, m, d.day),
        "eu": "%02d.%02d.%04d" % (d.day, m, d.year),
        "eu_slash": "%02d/%02d/%04d" % (d.day, m, d.year),
        "dmy_dash": "%02d-%s-%04d" % (d.day, MONTHS["en"][m - 1][:3].upper(), d.year),
        "es": "%d de %s de %d" % (d.day, MONTHS["es"][m - 1], d.year),
        "pt": "%d de %s de %d" % (d.day, MONTHS["pt"][m - 1], d.year),
        "fr": "%d %s %d" % (d.day, MONTHS["fr"][m - 1], d.year),
        "de": "%d. %s %d" % (d.day, MONTHS["de"][m - 1], d.year),
        "it": "%d %s %d" % (d.day, MONTHS["it"][m - 1], d.year),
        "pl": "%d %s %d" % (d.day, MONTHS["pl"][m - 1], d.year),
        "nl": "%d %s %d" % (d.day, MONTHS["nl"][m - 1], d.year),
        "hi": "%d %s %d" % (d.day, MONTHS["hi"][m - 1], d.year),
        "ja": "%d年%d月%d日" % (d.year, m, d.day),
        "zh": "%d年%d月%d日" % (d.year, m, d.day),
        "ko": "%d년 %d월 %d일" % (d.year, m, d.day),
    }[style]


def rdate_fmt(rng, d, styles=("us", "iso", "long", "abbr", "us_short", "abbr_us")) -> str:
    return fdate(d, rng.choice(styles))


# --------------------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------------------

def luhn_check_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CARD_BRANDS = {
    "visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2300", "2720", "2499"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "65", "644", "649"], 16),
}


def card(rng, brand=None) -> tuple[str, str]:
    """(brand, digits)."""
    brand = brand or rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
    prefixes, length = CARD_BRANDS[brand]
    pre = rng.choice(prefixes)
    if brand == "mastercard" and len(pre) == 4:
        pre = str(rng.randint(2221, 2720))
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) - 1))
    return brand, body + luhn_check_digit(body)


def group_card(d: str, sep=" ") -> str:
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def luhn_invalid_16(rng, first=None) -> str:
    first = first or rng.choice("3456")
    body = first + "".join(str(rng.randint(0, 9)) for _ in range(14))
    good = luhn_check_digit(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    out = body + bad
    assert not luhn_valid(out)
    return out


def cvv(rng, brand) -> str:
    return "%04d" % rng.randint(0, 9999) if brand == "amex" else "%03d" % rng.randint(0, 999)


def track1(rng, pan, p: Person, exp_yymm) -> str:
    name = "%s/%s" % (ascii_fold(p.family).upper().replace(" ", ""), ascii_fold(p.given).upper().split(" ")[0])
    disc = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([10, 13, 16])))
    return "%%B%s^%s^%s%s%s?" % (pan, name[:26], exp_yymm, rng.choice(["101", "201", "221"]), disc)


def track2(rng, pan, exp_yymm) -> str:
    disc = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([8, 12, 13])))
    return ";%s=%s%s%s?" % (pan, exp_yymm, rng.choice(["101", "201", "221"]), disc)


def npi(rng) -> str:
    base = rng.choice("12") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return base + luhn_check_digit("80840" + base)


def dea_check_digit(six: str) -> str:
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea(rng, p: Person | None = None) -> str:
    first = rng.choice("ABFGM")
    second = p.initial if p else rng.choice(string.ascii_uppercase)
    six = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return first + second + six + dea_check_digit(six)


def aba_valid(n: str) -> bool:
    d = [int(c) for c in n]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def routing(rng) -> str:
    pre = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                      "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"])
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(6))
    d = [int(c) for c in body]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return body + str((10 - s % 10) % 10)


def bank_account(rng) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([8, 9, 10, 11, 12, 14, 17])))


def ssn(rng, sep="-") -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    return "%03d%s%02d%s%04d" % (area, sep, g, sep, s)


def ssn_valid(d: str) -> bool:
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def itin(rng, sep="-") -> str:
    return "9%02d%s%02d%s%04d" % (rng.randint(0, 99), sep, rng.choice(ITIN_GROUPS), sep, rng.randint(0, 9999))


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_ALNUM = MBI_ALPHA + "0123456789"


def mbi(rng, dashed=False) -> str:
    d = lambda: str(rng.randint(0, 9))
    a = lambda: rng.choice(MBI_ALPHA)
    an = lambda: rng.choice(MBI_ALNUM)
    s = str(rng.randint(1, 9)) + a() + an() + d() + a() + an() + d() + a() + a() + d() + d()
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def passport(rng) -> str:
    return rng.choice(["%09d" % rng.randint(100000000, 999999999),
                       rng.choice("ACEFHJKLMNPRSTUVWXYZ") + "%08d" % rng.randint(0, 99999999)])


def driver_license(rng, state=None):
    state = state or rng.choice(["CA", "NY", "TX", "FL", "IL", "PA", "OH", "WA", "GA", "MI", "NJ", "AZ"])
    r = rng.randint
    L_ = lambda: rng.choice(string.ascii_uppercase)
    num = {
        "CA": lambda: L_() + "%07d" % r(0, 9999999),
        "NY": lambda: "%03d %03d %03d" % (r(100, 999), r(0, 999), r(0, 999)),
        "TX": lambda: "%08d" % r(10000000, 49999999),
        "FL": lambda: "%s%03d-%03d-%02d-%03d-%d" % (L_(), r(0, 999), r(0, 999), r(0, 99), r(0, 999), r(0, 9)),
        "IL": lambda: "%s%03d-%04d-%04d" % (L_(), r(0, 999), r(0, 9999), r(0, 9999)),
        "PA": lambda: "%02d %03d %03d" % (r(10, 99), r(0, 999), r(0, 999)),
        "OH": lambda: "%s%s%06d" % (L_(), L_(), r(0, 999999)),
        "WA": lambda: "WDL" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
        "GA": lambda: "%09d" % r(10000000, 999999999),
        "MI": lambda: "%s %03d %03d %03d %03d" % (L_(), r(0, 999), r(0, 999), r(0, 999), r(0, 999)),
        "NJ": lambda: "%s%04d %05d %05d" % (L_(), r(0, 9999), r(0, 99999), r(0, 99999)),
        "AZ": lambda: L_() + "%08d" % r(0, 99999999),
    }[state]()
    return state, num


def mrn(rng) -> str:
    return rng.choice(["%08d" % rng.randint(100000, 99999999),
                       "E%07d" % rng.randint(0, 9999999),
                       "MR-%06d" % rng.randint(0, 999999),
                       "%d-%03d-%03d" % (rng.randint(10, 99), rng.randint(0, 999), rng.randint(0, 999)),
                       "KB%09d" % rng.randint(0, 999999999),
                       "%07d" % rng.randint(1000000, 9999999)])


def health_plan_id(rng) -> str:
    return rng.choice([
        "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "%09d" % rng.randint(0, 999999999),
        "W%09d" % rng.randint(0, 999999999),
        "MBR-%08d" % rng.randint(0, 99999999),
        "%010d-%02d" % (rng.randint(0, 9999999999), rng.randint(1, 4)),
        "ZGP%07d%s" % (rng.randint(0, 9999999), rng.choice("ABC")),
        "%s%08d" % (rng.choice(["H", "U", "K"]), rng.randint(0, 99999999)),
    ])


def vin_check_char(vin: str) -> str:
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(trans[c] * w for c, w in zip(vin, weights)) % 11
    return "X" if s == 10 else str(s)


VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng) -> str:
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JHM", "WBA", "KMH", "1G1", "4T1", "1C4", "5NP"])
    vds = "".join(rng.choice(VIN_ALPHA) for _ in range(5))
    year = rng.choice("CDEFGHJKLMNPRS")
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = "%06d" % rng.randint(0, 999999)
    v = wmi + vds + "0" + year + plant + serial
    return v[:8] + vin_check_char(v) + v[9:]


def plate(rng) -> str:
    r = rng.randint
    c = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    return rng.choice(["%d%s%03d" % (r(1, 9), c(3), r(0, 999)), "%s-%04d" % (c(3), r(0, 9999)),
                       "%s %s%d" % (c(3), r(10, 99), r(0, 9)), "%s%04d" % (c(2), r(0, 9999))])


def imei(rng) -> str:
    body = rng.choice(["35", "86", "01", "99"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_check_digit(body)


def gtin14(rng) -> str:
    body = "0" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def gtin_valid(g: str) -> bool:
    s = sum(int(c) * (3 if i % 2 == 1 else 1) for i, c in enumerate(reversed(g)))
    return len(g) == 14 and s % 10 == 0


def udi(rng) -> str:
    exp = rdate(rng, 2026, 2029)
    return "(01)%s(17)%02d%02d%02d(21)%s" % (gtin14(rng), exp.year % 100, exp.month, exp.day,
                                              token(rng, rng.randint(6, 10), string.ascii_uppercase + string.digits))


def device_serial(rng) -> str:
    c = lambda n: "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
    return rng.choice(["%s%06d%s" % (c(3), rng.randint(0, 999999), c(1)),
                       "%s-%05d-%s" % (c(2) + str(rng.randint(1, 9)), rng.randint(0, 99999), c(2)),
                       "SN%s%08d" % (c(2), rng.randint(0, 99999999))])


def mac(rng) -> str:
    return ":".join("%02X" % rng.randint(0, 255) for _ in range(6))


# IBAN ---------------------------------------------------------------------------------

IBAN_LENGTHS = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "PT": 25,
                "BE": 16, "CH": 21, "AT": 20, "IE": 22, "BR": 29, "SA": 24, "AE": 23, "TR": 26,
                "SE": 24, "NO": 15, "DK": 18, "FI": 18}


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _upper(rng, n):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _alnum(rng, n):
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _rib_key(bank, branch, account):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {10: 1, 11: 0}.get(v, v)


def bban(rng, cc) -> str:
    d, u, a = (lambda n: _digits(rng, n)), (lambda n: _upper(rng, n)), (lambda n: _alnum(rng, n))
    if cc == "FR":
        bank, branch, acct = d(5), d(5), d(11)
        return bank + branch + acct + _rib_key(bank, branch, acct)
    if cc == "ES":
        bank, branch, acct = d(4), d(4), d(10)
        return bank + branch + str(_es_dc("00" + bank + branch)) + str(_es_dc(acct)) + acct
    if cc == "BE":
        ten = d(10)
        k = int(ten) % 97 or 97
        return ten + "%02d" % k
    return {
        "DE": lambda: d(18), "GB": lambda: u(4) + d(14), "IT": lambda: u(1) + d(10) + a(12),
        "NL": lambda: u(4) + d(10), "PL": lambda: d(24), "PT": lambda: d(21), "CH": lambda: d(5) + a(12),
        "AT": lambda: d(16), "IE": lambda: u(4) + d(14), "BR": lambda: d(23) + u(1) + a(1),
        "SA": lambda: d(2) + a(18), "AE": lambda: d(19), "TR": lambda: d(5) + "0" + a(16),
        "SE": lambda: d(20), "NO": lambda: d(11), "DK": lambda: d(14), "FI": lambda: d(14),
    }[cc]()


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    return (len(s) == IBAN_LENGTHS.get(s[:2], -1) and s[2:4].isdigit()
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(rng, cc=None, grouped=None) -> str:
    cc = cc or rng.choice(sorted(IBAN_LENGTHS))
    b = bban(rng, cc)
    check = 98 - _iban_num(b + cc + "00") % 97
    out = "%s%02d%s" % (cc, check, b)
    assert iban_valid(out) and len(out) == IBAN_LENGTHS[cc], out
    grouped = rng.random() < 0.5 if grouped is None else grouped
    return " ".join(out[i:i + 4] for i in range(0, len(out), 4)) if grouped else out


BIC_BANKS = ["KBHL", "NRVA", "CTRW", "HPSB", "LANY", "VRTY", "MNCB", "SBWD", "QLMR", "ORIX", "FENB", "TIDM"]


def swift(rng, cc=None) -> str:
    cc = cc or rng.choice(["DE", "FR", "GB", "ES", "IT", "NL", "PL", "PT", "CH", "US", "JP", "KR", "CN", "IN", "AE", "BR"])
    loc = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789")
    branch = rng.choice(["", "", "XXX", _alnum(rng, 3)])
    return rng.choice(BIC_BANKS) + cc + loc + branch


# secrets ------------------------------------------------------------------------------

B62 = string.ascii_letters + string.digits
B64URL = B62 + "-_"


def api_key(rng, kind=None) -> str:
    kind = kind or rng.choice(["openai", "openai_proj", "anthropic", "aws", "github", "github_pat",
                               "slack", "stripe", "stripe_rk", "google", "gitlab", "hf", "sendgrid", "npm"])
    t = lambda n, a=B62: token(rng, n, a)
    return {
        "openai": lambda: "sk-" + t(20) + "T3BlbkFJ" + t(20),
        "openai_proj": lambda: "sk-proj-" + t(rng.randint(48, 74), B64URL) + t(1),
        "anthropic": lambda: "sk-ant-api03-" + t(93, B64URL) + "AA",
        "aws": lambda: rng.choice(["AKIA", "ASIA"]) + t(16, string.ascii_uppercase + "234567"),
        "github": lambda: "ghp_" + t(36),
        "github_pat": lambda: "github_pat_11" + t(20, string.ascii_uppercase + string.digits) + "_" + t(59),
        "slack": lambda: "xoxb-%d-%d-%s" % (rng.randint(10 ** 10, 10 ** 11), rng.randint(10 ** 12, 10 ** 13), t(24)),
        "stripe": lambda: "sk_live_" + t(rng.choice([24, 34, 99])),
        "stripe_rk": lambda: "rk_live_" + t(rng.choice([24, 34])),
        "google": lambda: "AIza" + t(35, B64URL),
        "gitlab": lambda: "glpat-" + t(20, B64URL),
        "hf": lambda: "hf_" + t(34, string.ascii_letters),
        "sendgrid": lambda: "SG." + t(22, B64URL) + "." + t(43, B64URL),
        "npm": lambda: "npm_" + t(36),
    }[kind]()


API_KEY_PREFIXES = ("sk-", "sk-proj-", "sk-ant-", "AKIA", "ASIA", "ghp_", "github_pat_", "xoxb-",
                    "sk_live_", "rk_live_", "AIza", "glpat-", "hf_", "SG.", "npm_")


def high_entropy_secret(rng, kind=None) -> str:
    kind = kind or rng.choice(["hex32", "hex64", "b64", "b62", "aws_secret"])
    if kind == "hex32":
        return token(rng, 32, "0123456789abcdef")
    if kind == "hex64":
        return token(rng, 64, "0123456789abcdef")
    if kind == "b64":
        raw = bytes(rng.randint(0, 255) for _ in range(rng.choice([24, 32, 48])))
        return base64.b64encode(raw).decode()
    if kind == "aws_secret":
        return token(rng, 40, B62 + "/+")
    return token(rng, rng.choice([32, 40, 48]))


PW_WORDS = ["Tulip", "Harbor", "Kestrel", "Marigold", "Falcon", "Saffron", "Granite", "Otter",
            "Juniper", "Maple", "Cobalt", "Pumpkin", "Willow", "Sparrow", "Biscuit", "Orchid"]


def password(rng) -> str:
    w1, w2 = rng.sample(PW_WORDS, 2)
    return rng.choice([
        "%s%s%d%s" % (w1, rng.choice("!#$%*"), rng.randint(10, 2024), rng.choice(["", "!", "?"])),
        "%s-%s-%d" % (w1.lower(), w2.lower(), rng.randint(1, 99)),
        token(rng, rng.randint(10, 14), B62 + "!#$%^*-_+"),
        "%s%s%s%d" % (w1[0].lower(), w2, rng.choice("!$.#"), rng.randint(100, 999)),
        "%s_%s_%s" % (w1, w2, rng.choice(["2019", "2022", "xx", "99", "#1"])),
        "%sP4ss%d%s" % (w1[:3], rng.randint(1, 9), rng.choice("!#%")),
    ])


def _b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, claims=None) -> str:
    alg = rng.choice(["HS256", "RS256", "ES256"])
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        header["kid"] = token(rng, 8, "0123456789abcdef")
    iat = rng.randint(1700000000, 1760000000)
    payload = {"sub": claims or token(rng, 12, "0123456789abcdef"), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
               rng.choice(["scope", "role", "aud"]): rng.choice(["claims.read", "admin", "portal", "api://gw"])}
    sig_len = {"HS256": 32, "RS256": 128, "ES256": 64}[alg]
    sig = bytes(rng.randint(0, 255) for _ in range(sig_len))
    return ".".join([_b64url(json.dumps(header, separators=(",", ":")).encode()),
                     _b64url(json.dumps(payload, separators=(",", ":")).encode()), _b64url(sig)])


PEM_KINDS = {
    "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA",
}


def private_key(rng, kind=None, lines=None, newline="\n", indent="") -> str:
    kind = kind or rng.choice(sorted(PEM_KINDS))
    lines = lines or rng.randint(4, 9)
    alphabet = string.ascii_letters + string.digits + "+/"
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    body = PEM_KINDS[kind] + token(rng, width * lines - len(PEM_KINDS[kind]) + rng.randint(5, 40), alphabet)
    chunks = [body[i:i + width] for i in range(0, len(body), width)]
    if kind != "OPENSSH PRIVATE KEY":
        chunks[-1] = chunks[-1] + "=" * (len(chunks[-1]) % 2)
    sep = newline + indent
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (kind, sep, sep.join(chunks), sep, kind)


# spoken forms (speech-to-text transcripts) --------------------------------------------

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(rng, digits: str, groups=None, oh=True, doubles=True) -> str:
    """'4125' -> 'four one two five'; groups e.g. (3, 2, 4) separate with commas."""
    def word(d):
        if d == "0" and oh and rng.random() < 0.5:
            return "oh"
        return DIGIT_WORDS[int(d)]

    def grp(s):
        out, i = [], 0
        while i < len(s):
            if doubles and i + 1 < len(s) and s[i] == s[i + 1] and (i + 2 >= len(s) or s[i + 2] != s[i]) \
                    and rng.random() < 0.6:
                out.append("double " + word(s[i]))
                i += 2
            else:
                out.append(word(s[i]))
                i += 1
        return " ".join(out)

    if not groups:
        return grp(digits)
    parts, i = [], 0
    for g in groups:
        parts.append(grp(digits[i:i + g]))
        i += g
    return ", ".join(parts)


def spelled(name: str) -> str:
    return "-".join(c.upper() for c in ascii_fold(name) if c.isalpha())


def pick(rng, seq):
    return rng.choice(seq)
