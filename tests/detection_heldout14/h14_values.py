"""Invented value pools and checksum-correct identifier generators for held-out set 14.

Everything here is made up: people, streets, towns, employers, clinics, banks, domains.
Identifiers carry valid check digits where the real identifier has one (Luhn cards and
IMEIs, NPI with the 80840 prefix, DEA, ABA routing, IBAN mod-97, VIN position 9) and
follow the published format rules otherwise (SSN, ITIN, MBI).

Also holds ``Doc``, the small helper templates use to place labeled values in a text:
``d("PERSON", "Ana Ruiz")`` returns a placeholder; ``d.render(text)`` swaps the
placeholders for the values and returns the text with exact span offsets.
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
import re
import string

# --------------------------------------------------------------------------- Doc

_PH = re.compile("\ue000(\\d+)\ue001")


class Doc:
    """Collects labeled values; placeholders are private-use characters that survive
    ``json.dumps(..., ensure_ascii=False)`` (also when nested) and str formatting."""

    def __init__(self):
        self.values: list[tuple[str, str]] = []

    def __call__(self, entity_type: str, surface: str) -> str:
        surface = str(surface)
        if not surface or surface != surface.strip():
            raise ValueError("labeled value must be non-empty and unpadded: %r" % surface)
        if "\ue000" in surface or "\ue001" in surface:
            raise ValueError("nested placeholder")
        self.values.append((entity_type, surface))
        return "\ue000%d\ue001" % (len(self.values) - 1)

    def render(self, text: str) -> tuple[str, list[dict]]:
        out: list[str] = []
        spans: list[dict] = []
        pos = 0
        length = 0
        used = set()
        for m in _PH.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            length += len(chunk)
            idx = int(m.group(1))
            etype, surface = self.values[idx]
            used.add(idx)
            spans.append({"start": length, "end": length + len(surface), "entity_type": etype})
            out.append(surface)
            length += len(surface)
            pos = m.end()
        out.append(text[pos:])
        final = "".join(out)
        unused = set(range(len(self.values))) - used
        if unused:
            raise ValueError("labeled values never placed: %r" % [self.values[i] for i in sorted(unused)])
        if "\ue000" in final or "\ue001" in final:
            raise ValueError("broken placeholder left in text")
        return final, spans


# --------------------------------------------------------------------------- people

# (given names, family names) per culture; Latin script unless noted.
CULTURES: dict[str, tuple[list[str], list[str]]] = {
    "us": (["Harlan", "Maren", "Della", "Corbin", "Tessa", "Wade", "Juniper", "Everett", "Lorna", "Quinn",
            "Brynn", "Dashiell", "Odette", "Russell", "Marguerite", "Calloway"],
           ["Whitcombe", "Pruitt", "Halloran", "Beckwith", "Stroud", "Ainsley", "Marlowe", "Vickers", "Dunmore",
            "Fairbairn", "Cottrell", "Lindqvist", "Ashdown", "Penhallow", "Garrity", "Wolcott"]),
    "hispanic": (["Ximena", "Rodrigo", "Itzel", "Joaquín", "Marisol", "Esteban", "Yesenia", "Bautista", "Nayeli",
                  "Gerardo"],
                 ["Quintanilla", "Barrientos", "Ocampo", "Villaseñor", "Echeverría", "Saldívar", "Arreola",
                  "Cienfuegos", "Montoya Ruiz", "Zavala"]),
    "french": (["Solène", "Baptiste", "Maëlle", "Gaspard", "Anouk", "Thibault", "Clémence", "Aurélien"],
               ["Vasseur", "Fontaine-Brissac", "Le Goff", "Delaunay", "Chevrier", "Boucheron", "Lemaître"]),
    "german": (["Friederike", "Jannik", "Mareike", "Torben", "Henrike", "Lennart", "Wiebke", "Ansgar"],
               ["Brandstätter", "Kühnel", "Ostermann", "Wendler", "Hülsmann", "Ziegenbalg", "Oberländer"]),
    "italian": (["Ludovica", "Tommaso", "Ginevra", "Raffaele", "Ilaria", "Corrado"],
                ["Bellandi", "Ferraresi", "Montanari", "Scapin", "Dall'Olio", "Guarnieri"]),
    "portuguese": (["Iara", "Thiago", "Leocádia", "Caetano", "Rafaela", "Joaquim"],
                   ["Albuquerque", "Figueiredo", "Nogueira", "Sampaio", "Carvalhal", "Assunção"]),
    "dutch": (["Femke", "Joris", "Sanne", "Thijs", "Maartje", "Ruben"],
              ["van der Heijden", "Brouwer", "Verhoeven", "Wijnands", "de Graaf", "Schuurmans"]),
    "polish": (["Zofia", "Bartosz", "Agnieszka", "Wojciech", "Małgorzata", "Kacper"],
               ["Wróbel", "Kaczmarek", "Zieliński", "Grabowski", "Pawlak", "Sobczak"]),
    "turkish": (["Elif", "Emre", "Zeynep", "Barış", "Ayşe", "Oğuz"],
                ["Yıldırım", "Çelik", "Aydoğan", "Karaca", "Öztürk", "Şahin"]),
    "vietnamese": (["Thu Hà", "Minh Khoa", "Bảo Ngọc", "Quốc Huy", "Thanh Tâm"],
                   ["Nguyễn", "Trần", "Phạm", "Lê", "Võ", "Đặng"]),
    "nigerian": (["Chiamaka", "Oluwaseun", "Ifeoma", "Babatunde", "Ngozi", "Emeka"],
                 ["Okonkwo", "Adeyemi", "Nwachukwu", "Balogun", "Eze", "Oyelaran"]),
    "indian": (["Ananya", "Vikram", "Priyanka", "Siddharth", "Meenakshi", "Rohan"],
               ["Kulkarni", "Raghunathan", "Deshpande", "Bhattacharya", "Iyer", "Chaudhary"]),
    "arabic": (["Layla", "Yousef", "Noor", "Karim", "Mariam", "Tariq"],
               ["Al-Harbi", "Haddad", "El-Sayed", "Mansour", "Al-Qasimi", "Nasrallah"]),
    "japanese": (["Hina", "Haruki", "Yui", "Sota", "Akane", "Daichi"],
                 ["Sasaki", "Nakamura", "Fujiwara", "Takeda", "Morimoto", "Ishikawa"]),
    "korean": (["Seo-yeon", "Ji-hoon", "Min-ji", "Dong-hyun", "Ha-eun", "Jae-won"],
               ["Park", "Choi", "Kang", "Yoon", "Jang", "Han"]),
    "chinese": (["Mingxuan", "Xiaoling", "Junjie", "Yutong", "Haoran", "Shuang"],
                ["Ouyang", "Zhao", "Liang", "Xu", "Guo", "Tang"]),
    "greek": (["Eleni", "Stavros", "Katerina", "Dimitris", "Ioanna"],
              ["Papadopoulou", "Karagiannis", "Antonopoulos", "Vlachou", "Stathakis"]),
    "hebrew": (["Noa", "Eitan", "Tamar", "Yoav", "Shira"],
               ["Ben-David", "Mizrahi", "Avraham", "Peretz", "Friedman"]),
    "thai": (["Somchai", "Malee", "Kittipong", "Pimchanok", "Anurak"],
             ["Wongsawat", "Srisuk", "Chaiyaporn", "Boonmee", "Rattanakul"]),
    "russian": (["Yevgenia", "Dmitri", "Anastasia", "Konstantin", "Irina"],
                ["Sokolova", "Belyaev", "Zhuravleva", "Morozov", "Kuznetsova"]),
    "irish": (["Siobhán", "Cathal", "Aoife", "Donnacha", "Niamh"],
              ["Ní Bhriain", "O'Shaughnessy", "McGillicuddy", "Ó Ceallaigh", "Fitzmaurice"]),
    "kenyan": (["Wanjiru", "Otieno", "Akinyi", "Kiprono", "Njeri"],
               ["Kamau", "Odhiambo", "Mutua", "Chebet", "Wekesa"]),
    "filipino": (["Maricel", "Jomar", "Divina", "Rodel", "Liezl"],
                 ["Dimaculangan", "Macaraeg", "Bautista-Lim", "Pangilinan", "Soriano"]),
    "persian": (["Shirin", "Dariush", "Parisa", "Kourosh"],
                ["Farahani", "Tehrani", "Moradi", "Khorasani"]),
}

# Native-script full names (display form) with their Latin rendering.
NATIVE_NAMES: dict[str, list[tuple[str, str]]] = {
    "japanese": [("佐々木 陽菜", "Hina Sasaki"), ("中村 春樹", "Haruki Nakamura"), ("藤原 結衣", "Yui Fujiwara"),
                 ("森本 大地", "Daichi Morimoto"), ("石川 茜", "Akane Ishikawa")],
    "korean": [("박서연", "Seo-yeon Park"), ("최지훈", "Ji-hoon Choi"), ("강민지", "Min-ji Kang"),
               ("윤동현", "Dong-hyun Yoon"), ("한하은", "Ha-eun Han")],
    "chinese": [("欧阳明轩", "Ouyang Mingxuan"), ("赵晓玲", "Zhao Xiaoling"), ("梁俊杰", "Liang Junjie"),
                ("许雨桐", "Xu Yutong"), ("郭浩然", "Guo Haoran")],
    "arabic": [("ليلى الحربي", "Layla Al-Harbi"), ("يوسف حداد", "Yousef Haddad"), ("نور السيد", "Noor El-Sayed"),
               ("كريم منصور", "Karim Mansour"), ("مريم القاسمي", "Mariam Al-Qasimi")],
    "hebrew": [("נועה בן־דוד", "Noa Ben-David"), ("איתן מזרחי", "Eitan Mizrahi"), ("תמר אברהם", "Tamar Avraham"),
               ("יואב פרץ", "Yoav Peretz")],
    "greek": [("Ελένη Παπαδοπούλου", "Eleni Papadopoulou"), ("Σταύρος Καραγιάννης", "Stavros Karagiannis"),
              ("Κατερίνα Βλάχου", "Katerina Vlachou"), ("Δημήτρης Αντωνόπουλος", "Dimitris Antonopoulos")],
    "thai": [("สมชาย วงศ์สวัสดิ์", "Somchai Wongsawat"), ("มาลี ศรีสุข", "Malee Srisuk"),
             ("กิตติพงษ์ ชัยพร", "Kittipong Chaiyaporn"), ("พิมพ์ชนก บุญมี", "Pimchanok Boonmee")],
    "indian": [("अनन्या कुलकर्णी", "Ananya Kulkarni"), ("विक्रम देशपांडे", "Vikram Deshpande"),
               ("प्रियंका चौधरी", "Priyanka Chaudhary"), ("रोहन अय्यर", "Rohan Iyer"),
               ("मीनाक्षी रघुनाथन", "Meenakshi Raghunathan")],
    "russian": [("Евгения Соколова", "Yevgenia Sokolova"), ("Дмитрий Беляев", "Dmitri Belyaev")],
}

FAMILY_FIRST = {"japanese", "korean", "chinese", "vietnamese"}


class Person:
    def __init__(self, given: str, family: str, middle: str, culture: str):
        self.given, self.family, self.middle, self.culture = given, family, middle, culture

    @property
    def full(self) -> str:
        if self.culture == "vietnamese":
            return "%s %s" % (self.family, self.given)
        return "%s %s" % (self.given, self.family)

    @property
    def with_middle(self) -> str:
        return "%s %s. %s" % (self.given, self.middle, self.family)

    @property
    def last_first(self) -> str:
        return "%s, %s" % (self.family, self.given)

    @property
    def upper(self) -> str:
        return self.full.upper()

    @property
    def hl7(self) -> str:
        return "%s^%s^%s" % (_ascii_upper(self.family), _ascii_upper(self.given), self.middle)

    @property
    def first(self) -> str:
        return self.given

    @property
    def initial_last(self) -> str:
        return "%s. %s" % (self.given[0], self.family)

    def email_local(self, rng) -> str:
        g, f = _slug(self.given), _slug(self.family)
        return rng.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, rng.randint(1, 99)),
                           "%s.%s%d" % (f, g[0], rng.randint(60, 99)), g + f[:3]])


_TRANSLIT = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýÿłśźżćńőűşğıİÇŞĞÖÜÄÉßæœđĐəŁ’'",
                          "aaaaaaceeeeiiiinoooooouuuuyylszzcnouSgiICSGOUAEsaodDeL  ")


def _slug(s: str) -> str:
    s = s.translate(_TRANSLIT)
    s = "".join(ch for ch in s.lower() if ch in string.ascii_lowercase)
    return s or "user"


def _ascii_upper(s: str) -> str:
    s = s.translate(_TRANSLIT).upper()
    return re.sub(r"[^A-Z\- ]", "", s).strip()


def person(rng, culture: str | None = None) -> Person:
    culture = culture or rng.choice(sorted(CULTURES))
    given, family = CULTURES[culture]
    return Person(rng.choice(given), rng.choice(family), rng.choice("ABCDEFGHJKLMNPRSTW"), culture)


def latin_person(rng) -> Person:
    """A person whose name renders fine in ASCII-ish Latin forms (HL7, X12)."""
    return person(rng, rng.choice(["us", "us", "us", "hispanic", "french", "german", "italian", "nigerian",
                                   "indian", "irish", "polish", "dutch", "kenyan", "filipino", "greek",
                                   "arabic", "korean", "japanese", "persian", "russian"]))


def native_name(rng, culture: str | None = None) -> tuple[str, str]:
    culture = culture or rng.choice(sorted(NATIVE_NAMES))
    return rng.choice(NATIVE_NAMES[culture])


# --------------------------------------------------------------------------- places, orgs

STREET_NAMES = ["Larkspur", "Quarry Ridge", "Tamarack", "Old Mill", "Sumac Hollow", "Bellweather", "Cinder Knoll",
                "Wrenfield", "Marrowstone", "Juniper Bend", "Copperleaf", "Halyard", "Thistledown", "Pemberly Glen",
                "Osprey Point", "Saddlehorn", "Fernhollow", "Kettle Creek", "Bramblewood", "Ironbark",
                "Vireo", "Gallowgate", "Sandpiper Cove", "Lanternlight", "Weatherby", "Tupelo Ridge",
                "Mossbank", "Driftwood Bay", "Hearthstone", "Calder"]
STREET_SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Ct", "Court", "Blvd", "Way", "Dr",
                   "Drive", "Terrace", "Pkwy", "Pl", "Circle", "Trail"]
UNITS = ["Apt 2B", "Apt. 14", "Unit 305", "Suite 210", "#4C", "Apt 7", "Unit B", "Ste 1100", "Fl 3"]
TOWNS = ["Millbrook Falls", "Port Verity", "East Harrowgate", "Wrenford", "Alder Crossing", "Lake Tillery",
         "North Quarryville", "Saltmarsh", "Bexley Heights", "Coldwater Springs", "Fennimore", "Larch Hollow",
         "Gilford Junction", "Pinecastle", "Sorrel Bay", "West Ashby", "Harwood Mills", "Redfern Valley"]
# state, ZIP prefixes
STATES = [("OR", ["970", "972", "974"]), ("TX", ["750", "773", "787", "799"]), ("CA", ["900", "921", "945", "956"]),
          ("NY", ["100", "112", "132", "146"]), ("IL", ["600", "606", "617"]), ("FL", ["322", "331", "336"]),
          ("OH", ["430", "441", "452"]), ("GA", ["300", "303", "317"]), ("WA", ["980", "981", "992"]),
          ("PA", ["151", "171", "191"]), ("MA", ["010", "021", "027"]), ("AZ", ["850", "857"]),
          ("MN", ["553", "558"]), ("CO", ["802", "805"]), ("NC", ["275", "282"]), ("MI", ["481", "495"]),
          ("NJ", ["070", "085"]), ("VT", ["054"]), ("NM", ["871"]), ("WI", ["532", "537"])]

EMPLOYERS = ["Kestrel Freight Systems", "Halcyon Biologics", "Tidewater Plumbing Supply", "Orrin & Vale Architects",
             "Northgate Logistics", "Bluefen Software", "Cardinal Ridge Schools", "Marrowstone Foods",
             "Quillon Data Labs", "Saltbox Hospitality Group", "Ferrous Works Ltd", "Lumenfield Solar"]
CLINICS = ["Brightwater Family Medicine", "Saint Ottilie Regional Medical Center", "Harrowgate Cardiology Associates",
           "Pinecastle Community Health", "Wrenford Orthopedic Institute", "Lake Tillery Women's Clinic",
           "Coldwater Springs Dialysis Center", "Bexley Heights Pediatrics", "Sorrel Bay Imaging",
           "Redfern Valley Hospice", "Fennimore Dental Arts", "Alder Crossing Veterinary Hospital"]
PHARMACIES = ["Larch Hollow Pharmacy", "CornerStone Rx #118", "Gilford Apothecary", "Harwood Mills Drug"]
BANKS = ["Tidewater Mutual Bank", "Northfork Community Credit Union", "Granite Ledger Bank", "Sorrel Bay Savings",
         "Harbor & Pine Trust", "Wrenford Federal Credit Union"]
INSURERS = ["Cascadia Health Plan", "Meridian Crest Insurance", "BluePeak Health", "Keystone Harbor Health",
            "Summit Arbor Medicare Advantage", "Lanternlight Dental PPO"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "fastmail.com", "hotmail.com"]
ORG_DOMAINS = ["brightwaterfm.org", "stottilie-rmc.org", "harrowgatecardio.com", "kestrelfreight.com",
               "tidewatermutual.com", "northforkcu.org", "granite-ledger.com", "quillonlabs.io", "bluefen.dev",
               "cascadiahp.com", "meridiancrest.com", "saltboxhg.com", "pinecastlehealth.org", "lumenfield.energy"]


def street_line(rng, unit: bool | None = None, upper=False) -> str:
    num = rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                      str(rng.randint(10000, 29999))])
    d = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "NE "])
    s = "%s %s%s %s" % (num, d, rng.choice(STREET_NAMES), rng.choice(STREET_SUFFIXES))
    if unit is None:
        unit = rng.random() < 0.3
    if unit:
        s += rng.choice([", ", " "]) + rng.choice(UNITS)
    return s.upper() if upper else s


def town_state_zip(rng) -> tuple[str, str, str]:
    state, prefixes = rng.choice(STATES)
    z = rng.choice(prefixes) + "%02d" % rng.randint(1, 99)
    return rng.choice(TOWNS), state, z


def zip_plus4(rng, z: str) -> str:
    return "%s-%04d" % (z, rng.randint(1, 9999))


FOREIGN_ADDRESSES = {
    "DE": lambda rng: "%s %d, %05d %s" % (rng.choice(["Kastanienweg", "Lindenhofstraße", "Am Krähenberg", "Mühlgasse"]),
                                          rng.randint(1, 120), rng.randint(10115, 99998),
                                          rng.choice(["Berlin", "Leipzig", "Kassel", "Freiburg im Breisgau"])),
    "FR": lambda rng: "%d %s, %05d %s" % (rng.randint(1, 80), rng.choice(["rue des Tanneurs", "allée des Tilleuls",
                                                                           "boulevard Vauban", "impasse du Moulin"]),
                                          rng.choice([69002, 31000, 44100, 67000, 13006]),
                                          rng.choice(["Lyon", "Toulouse", "Nantes", "Strasbourg", "Marseille"])),
    "ES": lambda rng: "Calle %s %d, %d.º %s, %05d %s" % (rng.choice(["de los Almendros", "Mayor", "del Pez Espada"]),
                                                       rng.randint(1, 90), rng.randint(1, 8), rng.choice("ABCD"),
                                                       rng.choice([28013, 46002, 41004, 29016]),
                                                       rng.choice(["Madrid", "Valencia", "Sevilla", "Málaga"])),
    "NL": lambda rng: "%s %d, %04d %s %s" % (rng.choice(["Prinsengracht", "Lindenlaan", "Spuistraat"]),
                                            rng.randint(2, 400), rng.randint(1011, 9999),
                                            rng.choice(["AB", "KL", "TZ", "RE"]),
                                            rng.choice(["Amsterdam", "Utrecht", "Haarlem"])),
    "IT": lambda rng: "Via %s %d, %05d %s" % (rng.choice(["dei Mille", "Garibaldi", "delle Rose", "San Vitale"]),
                                             rng.randint(1, 200), rng.choice([40126, 20121, 50122, 10128]),
                                             rng.choice(["Bologna", "Milano", "Firenze", "Torino"])),
    "PT": lambda rng: "Rua %s, %d, %04d-%03d %s" % (rng.choice(["das Flores", "do Almada", "de Santa Catarina"]),
                                                   rng.randint(1, 300), rng.randint(1000, 4999), rng.randint(1, 999),
                                                   rng.choice(["Lisboa", "Porto", "Coimbra"])),
    "BR": lambda rng: "Rua %s, %d, %s, %05d-%03d" % (rng.choice(["Harmonia", "Aspicuelta", "dos Pinheiros"]),
                                                    rng.randint(10, 999), rng.choice(["São Paulo - SP", "Curitiba - PR"]),
                                                    rng.randint(1000, 99999), rng.randint(0, 999)),
    "PL": lambda rng: "ul. %s %d/%d, %02d-%03d %s" % (rng.choice(["Lipowa", "Ogrodowa", "Kwiatowa"]),
                                                     rng.randint(1, 99), rng.randint(1, 40), rng.randint(0, 99),
                                                     rng.randint(0, 999), rng.choice(["Kraków", "Gdańsk", "Poznań"])),
    "GB": lambda rng: "%d %s, %s %s" % (rng.randint(1, 140), rng.choice(["Thornbury Road", "Pelham Crescent",
                                                                         "Kingfisher Mews"]),
                                        rng.choice(["Bristol", "Leeds", "London"]),
                                        rng.choice(["BS6 7QJ", "LS6 2AB", "N16 8TR", "SE22 9HX"])),
    "TR": lambda rng: "%s Mah. %s Sok. No: %d D: %d, %d %s" % (
        rng.choice(["Moda", "Caferağa", "Kuzguncuk"]), rng.choice(["Yeldeğirmeni", "Nail Bey", "Güneşli Bahçe"]),
        rng.randint(1, 80), rng.randint(1, 20), rng.choice([34710, 34674, 6680]), rng.choice(["Kadıköy/İstanbul",
                                                                                            "Üsküdar/İstanbul"])),
    "JP": lambda rng: "〒%03d-%04d %s" % (rng.randint(100, 999), rng.randint(0, 9999),
                                        rng.choice(["東京都世田谷区桜丘3丁目12-7", "大阪府大阪市北区天満2-4-18",
                                                    "京都府京都市左京区岡崎東天王町41"])),
    "KR": lambda rng: "%s %d" % (rng.choice(["서울특별시 마포구 월드컵로", "부산광역시 해운대구 달맞이길",
                                             "경기도 성남시 분당구 정자일로"]), rng.randint(1, 300)),
    "CN": lambda rng: "%s%d号%d室" % (rng.choice(["上海市徐汇区衡山路", "北京市朝阳区望京西路", "广州市天河区体育东路"]),
                                   rng.randint(1, 200), rng.randint(101, 2405)),
    "VN": lambda rng: "Số %d đường %s, %s" % (rng.randint(1, 300), rng.choice(["Nguyễn Trãi", "Lê Lợi", "Hai Bà Trưng"]),
                                             rng.choice(["Quận 1, TP. Hồ Chí Minh", "Quận Hoàn Kiếm, Hà Nội"])),
    "IN": lambda rng: "Flat %d, %s, %s - %06d" % (rng.randint(101, 904), rng.choice(["Gulmohar Apartments, Baner Road",
                                                                                    "Shanti Niwas, 4th Cross"]),
                                                rng.choice(["Pune", "Bengaluru"]), rng.randint(411001, 560099)),
    "SA": lambda rng: "%d %s, %s %05d" % (rng.randint(1000, 9999), rng.choice(["King Fahd Road", "Al Olaya St"]),
                                         "Riyadh", rng.randint(11000, 14999)),
}


def foreign_address(rng, country: str | None = None) -> str:
    country = country or rng.choice(sorted(FOREIGN_ADDRESSES))
    return FOREIGN_ADDRESSES[country](rng)


# --------------------------------------------------------------------------- contact

def email(rng, p: Person | None = None, domain: str | None = None) -> str:
    local = p.email_local(rng) if p else rng.choice(["billing", "frontdesk", "support", "records", "noreply-portal",
                                                    "claims.intake", "hr-onboarding", "payments"])
    return "%s@%s" % (local, domain or rng.choice(MAIL_DOMAINS + ORG_DOMAINS))


def us_phone(rng, style: str | None = None) -> str:
    area = rng.choice(["503", "971", "512", "737", "415", "628", "718", "917", "312", "773", "305", "786", "614",
                       "404", "206", "215", "617", "480", "612", "303", "919", "313", "201", "802", "505", "414"])
    ex = "%d%02d" % (rng.randint(2, 9), rng.randint(0, 99))
    if ex[1:] == "11":
        ex = ex[0] + "12"
    line = "%04d" % rng.randint(0, 9999)
    style = style or rng.choice(["paren", "dash", "dot", "plus", "plusdash", "paren", "dash", "bare"])
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "plus": "+1 %s %s %s",
            "plusdash": "+1-%s-%s-%s", "bare": "%s%s%s"}[style] % (area, ex, line)


INTL_PHONES = {
    "GB": lambda r: "+44 20 %04d %04d" % (r.randint(3000, 8999), r.randint(0, 9999)),
    "DE": lambda r: "+49 30 %d %d" % (r.randint(200, 999), r.randint(1000, 99999)),
    "FR": lambda r: "+33 6 %02d %02d %02d %02d" % tuple(r.randint(10, 99) for _ in range(4)),
    "ES": lambda r: "+34 6%02d %02d %02d %02d" % tuple(r.randint(10, 99) for _ in range(4)),
    "IT": lambda r: "+39 3%02d %03d %04d" % (r.randint(20, 99), r.randint(100, 999), r.randint(0, 9999)),
    "NL": lambda r: "+31 6 %08d" % r.randint(10000000, 99999999),
    "PT": lambda r: "+351 9%d%d %03d %03d" % (r.randint(1, 6), r.randint(0, 9), r.randint(0, 999), r.randint(0, 999)),
    "BR": lambda r: "+55 11 9%04d-%04d" % (r.randint(1000, 9999), r.randint(0, 9999)),
    "PL": lambda r: "+48 %03d %03d %03d" % (r.randint(500, 799), r.randint(0, 999), r.randint(0, 999)),
    "TR": lambda r: "+90 5%02d %03d %02d %02d" % (r.randint(30, 59), r.randint(100, 999), r.randint(0, 99),
                                                  r.randint(0, 99)),
    "JP": lambda r: "090-%04d-%04d" % (r.randint(1000, 9999), r.randint(0, 9999)),
    "KR": lambda r: "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999)),
    "CN": lambda r: "+86 13%d %04d %04d" % (r.randint(0, 9), r.randint(0, 9999), r.randint(0, 9999)),
    "VN": lambda r: "+84 9%02d %03d %03d" % (r.randint(0, 99), r.randint(0, 999), r.randint(0, 999)),
    "IN": lambda r: "+91 9%04d %05d" % (r.randint(0, 9999), r.randint(0, 99999)),
    "SA": lambda r: "+966 5%d %03d %04d" % (r.randint(0, 9), r.randint(0, 999), r.randint(0, 9999)),
    "IL": lambda r: "+972 5%d-%03d-%04d" % (r.randint(0, 8), r.randint(0, 999), r.randint(0, 9999)),
    "GR": lambda r: "+30 69%d %03d %04d" % (r.randint(0, 9), r.randint(0, 999), r.randint(0, 9999)),
    "TH": lambda r: "+66 8%d %03d %04d" % (r.randint(0, 9), r.randint(0, 999), r.randint(0, 9999)),
    "MX": lambda r: "+52 55 %04d %04d" % (r.randint(1000, 9999), r.randint(0, 9999)),
}


def intl_phone(rng, country: str | None = None) -> str:
    return INTL_PHONES[country or rng.choice(sorted(INTL_PHONES))](rng)


def ipv4(rng, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.4
    if private:
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])
    first = rng.choice([23, 45, 64, 71, 73, 98, 104, 142, 151, 174, 185, 203, 68, 96, 107, 216])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng) -> str:
    return "2001:db8:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff))


def url(rng, path_hint: str = "") -> str:
    host = rng.choice(["portal.", "my.", "app.", "secure.", "", "files."]) + rng.choice(ORG_DOMAINS)
    path = path_hint or rng.choice(["/patients/%d/records" % rng.randint(10000, 99999),
                                    "/account/verify?ref=%06x" % rng.randint(0, 0xffffff),
                                    "/share/%s" % rand_token(rng, 10, ALNUM), "/onboarding/step-2",
                                    "/statements/%d" % rng.randint(1000, 9999), "/u/%s" % rand_token(rng, 8, LOWER_DIG)])
    return "https://" + host + path


# --------------------------------------------------------------------------- dates / ages

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TODAY = _dt.date(2025, 3, 18)  # fixed "now" for age arithmetic


def rand_date(rng, y0: int, y1: int) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def dob_for_age(rng, age: int) -> _dt.date:
    """A birth date such that the person is exactly ``age`` on TODAY."""
    while True:
        d = rand_date(rng, TODAY.year - age - 1, TODAY.year - age)
        a = TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))
        if a == age:
            return d


def recent_date(rng) -> _dt.date:
    """A date in the two years before TODAY (visits, collections, services)."""
    return _dt.date.fromordinal(rng.randint(TODAY.toordinal() - 730, TODAY.toordinal() - 1))


def ordinal(n: int) -> str:
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d: _dt.date, style: str) -> str:
    m = MONTHS[d.month - 1]
    return {
        "us": "%02d/%02d/%04d" % (d.month, d.day, d.year),
        "us_short": "%d/%d/%02d" % (d.month, d.day, d.year % 100),
        "iso": d.isoformat(),
        "eu": "%02d.%02d.%04d" % (d.day, d.month, d.year),
        "eu_slash": "%02d/%02d/%04d" % (d.day, d.month, d.year),
        "long": "%s %d, %d" % (m, d.day, d.year),
        "long_ord": "%s %s, %d" % (m, ordinal(d.day), d.year),
        "dmy": "%d %s %d" % (d.day, m[:3], d.year),
        "dmy_long": "%d %s %d" % (d.day, m, d.year),
        "mdy_abbr": "%s %d %d" % (m[:3], d.day, d.year),
        "hl7": "%04d%02d%02d" % (d.year, d.month, d.day),
        "x12": "%04d%02d%02d" % (d.year, d.month, d.day),
        "upper": "%02d-%s-%04d" % (d.day, m[:3].upper(), d.year),
        "ja": "%d年%d月%d日" % (d.year, d.month, d.day),
        "ko": "%d년 %d월 %d일" % (d.year, d.month, d.day),
        "zh": "%d年%d月%d日" % (d.year, d.month, d.day),
    }[style]


def any_date_style(rng) -> str:
    return rng.choice(["us", "us", "iso", "long", "long_ord", "dmy", "mdy_abbr", "us_short", "upper"])


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if not rest else " " + number_words(rest))
    raise ValueError(n)


def spoken_year(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + _ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return number_words(hi) + " hundred"
    return number_words(hi) + " " + (("oh " + _ONES[lo]) if lo < 10 else number_words(lo))


def spoken_date(d: _dt.date, rng) -> str:
    day = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
           "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
           "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth",
           "thirtieth", "thirty first"][d.day - 1]
    m = MONTHS[d.month - 1].lower()
    if rng.random() < 0.5:
        return "%s %s %s" % (m, day, spoken_year(d.year))
    return "the %s of %s %s" % (day, m, spoken_year(d.year))


_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(s: str, rng, groups: list[int] | None = None) -> str:
    """Digits read aloud, e.g. 'four one two, five five, six seven eight nine'.
    Letters are read as capitals ('E', 'G'); 'oh' for zero and 'double' for repeats now and then."""
    chars = [c for c in s if c.isalnum()]
    out_groups = []
    idx = 0
    for g in (groups or [len(chars)]):
        part = chars[idx:idx + g]
        idx += g
        words = []
        j = 0
        while j < len(part):
            c = part[j]
            if c.isdigit():
                if j + 1 < len(part) and part[j + 1] == c and rng.random() < 0.5:
                    words.append("double " + _DIGIT_WORDS[int(c)])
                    j += 2
                    continue
                words.append("oh" if c == "0" and rng.random() < 0.4 else _DIGIT_WORDS[int(c)])
            else:
                words.append(c.upper())
            j += 1
        out_groups.append(" ".join(words))
    return ", ".join(out_groups)


# --------------------------------------------------------------------------- checksums

def luhn_valid(digits: str) -> bool:
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


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_valid(partial + c):
            return partial + c
    raise AssertionError


def luhn_break(digits: str) -> str:
    """Same number with the last digit changed so that the Luhn check fails."""
    last = int(digits[-1])
    for k in range(1, 10):
        cand = digits[:-1] + str((last + k) % 10)
        if not luhn_valid(cand):
            return cand
    raise AssertionError


def rand_digits(rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# cards --------------------------------------------------------------------

def card_number(rng, brand: str | None = None) -> tuple[str, str]:
    """(brand, digits) with a correct prefix, length and Luhn digit."""
    brand = brand or rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
    if brand == "visa":
        body = "4" + rand_digits(rng, 14)
    elif brand == "mastercard":
        if rng.random() < 0.7:
            body = "5" + str(rng.randint(1, 5)) + rand_digits(rng, 13)
        else:
            body = str(rng.randint(2221, 2720)) + rand_digits(rng, 11)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + rand_digits(rng, 12)
    else:
        pre = rng.choice(["6011", "65" + rand_digits(rng, 2), str(rng.randint(644, 649)) + rand_digits(rng, 1)])
        body = pre + rand_digits(rng, 15 - len(pre))
    return brand, luhn_complete(body)


def group_card(digits: str, sep: str = " ") -> str:
    if len(digits) == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


def card_printed(rng, brand: str | None = None) -> tuple[str, str]:
    brand, d = card_number(rng, brand)
    style = rng.choice(["space", "space", "dash", "plain"])
    return brand, {"space": group_card(d, " "), "dash": group_card(d, "-"), "plain": d}[style]


def cvv(rng, brand: str) -> str:
    return rand_digits(rng, 4 if brand == "amex" else 3)


def card_expiry(rng) -> str:
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))


def track1(rng, p: Person, pan: str | None = None) -> str:
    pan = pan or card_number(rng, rng.choice(["visa", "mastercard"]))[1]
    name = "%s/%s" % (_ascii_upper(p.family).replace(" ", ""), _ascii_upper(p.given).replace(" ", ""))
    return "%%B%s^%s^%02d%02d%s%s?" % (pan, name, rng.randint(26, 30), rng.randint(1, 12),
                                       rng.choice(["101", "201", "221"]), rand_digits(rng, rng.choice([10, 13, 16])))


def track2(rng, pan: str | None = None) -> str:
    pan = pan or card_number(rng, rng.choice(["visa", "mastercard", "discover"]))[1]
    return ";%s=%02d%02d%s%s?" % (pan, rng.randint(26, 30), rng.randint(1, 12), rng.choice(["101", "201", "121"]),
                                  rand_digits(rng, rng.choice([8, 12, 13])))


# US government / health ids ------------------------------------------------

def ssn(rng, sep: str = "-") -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return "%03d%s%02d%s%04d" % (area, sep, rng.randint(1, 99), sep, rng.randint(1, 9999))


ITIN_GROUPS = list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def itin(rng, sep: str = "-") -> str:
    return "9%02d%s%02d%s%04d" % (rng.randint(0, 99), sep, rng.choice(ITIN_GROUPS), sep, rng.randint(0, 9999))


def npi(rng) -> str:
    base = rng.choice("12") + rand_digits(rng, 8)
    return luhn_complete("80840" + base)[5:]


def dea_check_digit(six: str) -> str:
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea(rng, surname: str = "") -> str:
    first = rng.choice("ABFGMP")
    letter = _ascii_upper(surname)[:1] if surname else ""
    if not letter or not letter.isalpha():
        letter = rng.choice(string.ascii_uppercase)
    six = rand_digits(rng, 6)
    return first + letter + six + dea_check_digit(six)


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng, dashed: bool | None = None) -> str:
    al = MBI_LETTERS + string.digits
    s = (rng.choice("123456789") + rng.choice(MBI_LETTERS) + rng.choice(al) + rng.choice(string.digits)
         + rng.choice(MBI_LETTERS) + rng.choice(al) + rng.choice(string.digits) + rng.choice(MBI_LETTERS)
         + rng.choice(MBI_LETTERS) + rng.choice(string.digits) + rng.choice(string.digits))
    if dashed is None:
        dashed = rng.random() < 0.35
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def aba_check(eight: str) -> str:
    d = [int(c) for c in eight]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return str((10 - s % 10) % 10)


def aba_valid(nine: str) -> bool:
    if not (len(nine) == 9 and nine.isdigit()):
        return False
    d = [int(c) for c in nine]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def routing(rng) -> str:
    pre = "%02d" % rng.choice(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)))
    eight = pre + rand_digits(rng, 6)
    return eight + aba_check(eight)


def bank_account(rng) -> str:
    return rng.choice(["", "00", "1"]) + rand_digits(rng, rng.choice([8, 9, 10, 11, 12]))


def mrn(rng) -> str:
    return rng.choice(["%08d" % rng.randint(100000, 99999999), "E%07d" % rng.randint(0, 9999999),
                       "%d" % rng.randint(1000000, 9999999), "MR%06d" % rng.randint(0, 999999),
                       "%03d-%02d-%02d" % (rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99)),
                       "A%d" % rng.randint(10000000, 99999999)])


def health_plan_id(rng) -> str:
    pre = "".join(rng.choice("ABCDEFGHJKMNPRSTUVWXYZ") for _ in range(3))
    return rng.choice([pre + rand_digits(rng, 9), "W" + rand_digits(rng, 9), rand_digits(rng, 9) + "01",
                       pre + " " + rand_digits(rng, 4) + " " + rand_digits(rng, 5),
                       "%s%s-%s" % (rng.choice("JKHM"), rand_digits(rng, 8), rand_digits(rng, 2)),
                       "MCD" + rand_digits(rng, 8)])


def driver_license(rng, state: str | None = None) -> tuple[str, str]:
    state = state or rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "OH", "MI", "NJ", "GA", "MA", "AZ", "CO"])
    L = lambda: rng.choice(string.ascii_uppercase)  # noqa: E731
    fmt = {
        "CA": lambda: L() + rand_digits(rng, 7),
        "NY": lambda: rng.choice([rand_digits(rng, 9), "%s %s %s" % (rand_digits(rng, 3), rand_digits(rng, 3),
                                                                    rand_digits(rng, 3))]),
        "TX": lambda: rand_digits(rng, 8),
        "FL": lambda: "%s%s-%s-%s-%s-%s" % (L(), rand_digits(rng, 3), rand_digits(rng, 3), rand_digits(rng, 2),
                                            rand_digits(rng, 3), rand_digits(rng, 1)),
        "IL": lambda: "%s%s-%s-%s" % (L(), rand_digits(rng, 3), rand_digits(rng, 4), rand_digits(rng, 4)),
        "WA": lambda: "WDL" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
        "PA": lambda: rand_digits(rng, 8),
        "OH": lambda: L() + L() + rand_digits(rng, 6),
        "MI": lambda: "%s %s %s %s %s" % (L(), rand_digits(rng, 3), rand_digits(rng, 3), rand_digits(rng, 3),
                                          rand_digits(rng, 3)),
        "NJ": lambda: "%s%s %s %s" % (L(), rand_digits(rng, 4), rand_digits(rng, 5), rand_digits(rng, 5)),
        "GA": lambda: rand_digits(rng, 9),
        "MA": lambda: "S" + rand_digits(rng, 8),
        "AZ": lambda: L() + rand_digits(rng, 8),
        "CO": lambda: "%s-%s-%s" % (rand_digits(rng, 2), rand_digits(rng, 3), rand_digits(rng, 4)),
    }[state]
    return state, fmt()


def passport(rng) -> str:
    return rng.choice([rand_digits(rng, 9), rng.choice("ACEFHJKLMNX") + rand_digits(rng, 8)])


def device_id(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["imei", "pacer", "pump", "cgm", "mac", "udi", "hearing"])
    if kind == "imei":
        return luhn_complete(rng.choice(["35", "86", "01", "99"]) + rand_digits(rng, 12))
    if kind == "pacer":
        return rng.choice(["PJN", "RNJ", "BLR", "CVT"]) + rand_digits(rng, 6) + rng.choice("SHGK")
    if kind == "pump":
        return "SN%s-%s-%s" % (rand_digits(rng, 4), rand_digits(rng, 4), rand_digits(rng, 2))
    if kind == "cgm":
        return "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + rand_digits(rng, 4)
    if kind == "mac":
        return ":".join("%02X" % rng.randint(0, 255) for _ in range(6))
    if kind == "udi":
        return "(01)%s(21)%s" % (rand_digits(rng, 14), "".join(rng.choice(string.ascii_uppercase + string.digits)
                                                                for _ in range(8)))
    return "HA-%s-%s" % (rand_digits(rng, 5), "".join(rng.choice(string.ascii_uppercase) for _ in range(2)))


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
            "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin: str) -> str:
    s = sum(_VIN_VAL[c] * w for c, w in zip(vin, _VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


def vin(rng) -> str:
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "JTD", "WBA", "5YJ", "KMH", "1C4", "4T1", "JN1", "WVW", "1GC"])
    vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    year = rng.choice("HJKLMNPRS")
    rest = rng.choice(VIN_CHARS[:-10]) + rand_digits(rng, 6)
    partial = wmi + vds + "0" + year + rest
    return partial[:8] + vin_check_char(partial) + partial[9:]


def license_plate(rng) -> str:
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    return rng.choice(["%d%s%03d" % (rng.randint(1, 9), L(3), rng.randint(0, 999)), "%s-%04d" % (L(3), rng.randint(0, 9999)),
                       "%s %s" % (L(3), rand_digits(rng, 3)), "%s%s" % (rand_digits(rng, 3), L(3))])


# IBAN / SWIFT ---------------------------------------------------------------

IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28,
                "PT": 25, "IE": 22, "TR": 26, "SA": 24, "AE": 23, "NO": 15, "SE": 24, "DK": 18, "GR": 27, "FI": 18,
                "LU": 20}


def _bban(rng, cc: str) -> str:
    up = lambda n: "".join(rng.choice(string.ascii_uppercase) for _ in range(n))  # noqa: E731
    n = IBAN_LENGTHS[cc] - 4
    if cc in ("GB", "IE"):
        return up(4) + rand_digits(rng, 14)
    if cc == "NL":
        return up(4) + rand_digits(rng, 10)
    if cc == "IT":
        return up(1) + rand_digits(rng, 22)
    if cc == "TR":
        return rand_digits(rng, 5) + "0" + rand_digits(rng, 16)
    return rand_digits(rng, n)


def _iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return _iban_numeric(s[4:] + s[:4]) % 97 == 1


def iban(rng, cc: str | None = None, grouped: bool | None = None) -> str:
    cc = cc or rng.choice(sorted(IBAN_LENGTHS))
    bban = _bban(rng, cc)
    check = 98 - _iban_numeric(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, check, bban)
    assert iban_valid(s) and len(s) == IBAN_LENGTHS[cc]
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def swift(rng, cc: str | None = None) -> str:
    bank = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWY") for _ in range(4))
    cc = cc or rng.choice(["US", "DE", "GB", "FR", "NL", "CH", "SG", "JP", "ES", "IT", "PL", "TR", "SA", "AE", "BR"])
    loc = rng.choice(["33", "2X", "22", "FF", "MM", "PP", "3N", "2L"])
    return bank + cc + loc + (rng.choice(["XXX", "", "", "%03d" % rng.randint(100, 999)]))


# --------------------------------------------------------------------------- secrets

ALNUM = string.ascii_letters + string.digits
UPPER_DIG = string.ascii_uppercase + string.digits
LOWER_DIG = string.ascii_lowercase + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


def rand_token(rng, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


API_KEY_PREFIXES = ("sk-proj-", "sk-ant-api03-", "sk-", "AKIA", "ASIA", "ghp_", "github_pat_", "xoxb-", "xoxp-",
                    "sk_live_", "rk_live_", "AIza", "glpat-", "hf_", "SG.", "pk_live_", "npm_")


def api_key(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["openai", "anthropic", "aws", "github", "ghpat", "slack", "stripe", "stripe_rk",
                               "google", "gitlab", "hf", "sendgrid", "npm"])
    if kind == "openai":
        return "sk-proj-" + rand_token(rng, 48, B64URL).strip("-_") + rand_token(rng, 4, ALNUM)
    if kind == "openai_legacy":
        return "sk-" + rand_token(rng, 48)
    if kind == "anthropic":
        return "sk-ant-api03-" + rand_token(rng, 86, B64URL) + "AA"
    if kind == "aws":
        return rng.choice(["AKIA", "AKIA", "ASIA"]) + rand_token(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "github":
        return "ghp_" + rand_token(rng, 36)
    if kind == "ghpat":
        return "github_pat_11" + rand_token(rng, 20, UPPER_DIG) + "_" + rand_token(rng, 59)
    if kind == "slack":
        return "xoxb-%s-%s-%s" % (rand_digits(rng, 12), rand_digits(rng, 13), rand_token(rng, 24))
    if kind == "stripe":
        return "sk_live_" + rand_token(rng, 24)
    if kind == "stripe_rk":
        return "rk_live_" + rand_token(rng, 24)
    if kind == "google":
        return "AIza" + rand_token(rng, 35, B64URL)
    if kind == "gitlab":
        return "glpat-" + rand_token(rng, 20, B64URL)
    if kind == "hf":
        return "hf_" + rand_token(rng, 34)
    if kind == "sendgrid":
        return "SG." + rand_token(rng, 22, B64URL) + "." + rand_token(rng, 43, B64URL)
    if kind == "npm":
        return "npm_" + rand_token(rng, 36)
    raise ValueError(kind)


def aws_secret(rng) -> str:
    return rand_token(rng, 40, B64)


def high_entropy_secret(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["hex64", "hex32", "b64", "b64url", "aws", "alnum"])
    if kind == "hex64":
        return rand_token(rng, 64, HEX)
    if kind == "hex32":
        return rand_token(rng, 32, HEX)
    if kind == "b64":
        return rand_token(rng, 43, B64) + "="
    if kind == "b64url":
        return rand_token(rng, 43, B64URL).strip("-_") + "Q"
    if kind == "aws":
        return aws_secret(rng)
    return rand_token(rng, 40)


_PW_WORDS = ["Maple", "harbor", "Falcon", "tulip", "Quartz", "otter", "Saffron", "ember", "Juniper", "cobalt",
             "Marigold", "pebble", "Thunder", "violet", "Cedar", "lantern"]


def password(rng) -> str:
    style = rng.choice(["word", "word", "random", "phrase", "leet"])
    if style == "word":
        return "%s%s%d%s" % (rng.choice(_PW_WORDS), rng.choice(_PW_WORDS).lower(), rng.randint(1, 9999),
                             rng.choice("!#$%&*?"))
    if style == "random":
        return rand_token(rng, rng.randint(12, 18), ALNUM + "!#$%^&*")
    if style == "phrase":
        return "-".join(rng.choice(_PW_WORDS).lower() for _ in range(3)) + "-%d" % rng.randint(10, 99)
    w = rng.choice(_PW_WORDS).translate(str.maketrans("aeiosAEIOS", "4310$43105"))
    return w + rng.choice(["@", "#", "!"]) + rand_digits(rng, 4)


def _b64url(obj) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(rng, sub: str | None = None) -> str:
    alg = rng.choice(["HS256", "HS256", "RS256", "ES256"])
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        header["kid"] = rand_token(rng, 8, LOWER_DIG)
    iat = 1700000000 + rng.randint(0, 40000000)
    payload = {"sub": sub or "usr_" + rand_token(rng, 10, LOWER_DIG), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
               "scope": rng.choice(["claims:read", "patients:write", "payments", "openid profile"])}
    sig_len = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
    return "%s.%s.%s" % (_b64url(header), _b64url(payload), rand_token(rng, sig_len, B64URL))


def private_key(rng, kind: str | None = None, lines: int | None = None) -> str:
    kind = kind or rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = lines or rng.randint(3, 7)
    if kind == "OPENSSH PRIVATE KEY":
        first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    elif kind == "RSA PRIVATE KEY":
        first = "MIIEpAIBAAKCAQEA" + rand_token(rng, 48, B64)
    elif kind == "EC PRIVATE KEY":
        first = "MHcCAQEEI" + rand_token(rng, 55, B64)
    else:
        first = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rand_token(rng, 32, B64)
    body = [first[:64]] + [rand_token(rng, 64, B64) for _ in range(lines - 1)]
    body.append(rand_token(rng, rng.randint(8, 40), B64) + rng.choice(["", "=", "=="]))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(body), kind)


# --------------------------------------------------------------------------- OCR noise

def ocr_noise(rng, text: str, rate: float = 0.08) -> str:
    """Sprinkle OCR confusions over unlabeled text: O->0, l->1, rn->m, dropped spaces."""
    out = []
    for word in re.split(r"(\s+)", text):
        if word.strip() and "\ue000" not in word and rng.random() < rate:
            word = rng.choice([
                lambda w: w.replace("O", "0").replace("o", "0", 1),
                lambda w: w.replace("l", "1", 1),
                lambda w: w.replace("rn", "m"),
                lambda w: w.replace("e", "c", 1),
                lambda w: w + "·",
            ])(word)
        out.append(word)
    return "".join(out)
