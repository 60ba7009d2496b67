"""Synthetic value generators and checksum validators for the held-out set 12.

Every value is invented: reserved example domains, private/documentation IP ranges,
fictional 555-01xx US phone numbers, and identifiers built to pass their checksums.
stdlib only; every generator takes the caller's random.Random.
"""

from __future__ import annotations

import base64
import json
import string

# ---------------------------------------------------------------- validators

def luhn_valid(digits: str) -> bool:
    if not digits.isdigit() or len(digits) < 2:
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


def luhn_check_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_valid(partial + c):
            return c
    raise AssertionError


def npi_valid(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and npi[0] in "12" and luhn_valid("80840" + npi)


def dea_check_digit(six: str) -> str:
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea_valid(dea: str) -> bool:
    return (len(dea) == 9 and dea[:2].isalpha() and dea[:2].isupper() and dea[2:].isdigit()
            and dea_check_digit(dea[2:8]) == dea[8])


def aba_valid(r: str) -> bool:
    if len(r) != 9 or not r.isdigit():
        return False
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


IBAN_LENGTHS = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "PT": 25, "TR": 26,
                "GB": 22, "BE": 16, "CH": 21, "AT": 20, "IE": 22, "SA": 24, "AE": 23}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(iban: str) -> bool:
    iban = iban.replace(" ", "")
    if len(iban) < 5 or iban[:2] not in IBAN_LENGTHS or len(iban) != IBAN_LENGTHS[iban[:2]]:
        return False
    if not iban.isalnum():
        return False
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # no S L O I B Z
MBI_ALNUM = MBI_ALPHA + "0123456789"


def mbi_valid(mbi: str) -> bool:
    m = mbi.replace("-", "")
    if len(m) != 11:
        return False
    spec = ["19", "A", "N", "D", "A", "N", "D", "A", "A", "D", "D"]
    for ch, s in zip(m, spec):
        if s == "19" and ch not in "123456789":
            return False
        if s == "A" and ch not in MBI_ALPHA:
            return False
        if s == "N" and ch not in MBI_ALNUM:
            return False
        if s == "D" and not ch.isdigit():
            return False
    return True


_VIN_TRANS = {**{str(i): i for i in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMNPR", [1, 2, 3, 4, 5, 7, 9])),
              **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin: str) -> str:
    total = sum(_VIN_TRANS[c] * w for c, w in zip(vin, _VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin_valid(vin: str) -> bool:
    return len(vin) == 17 and not set(vin) & set("IOQ") and vin_check_char(vin) == vin[8]


def ssn_valid(d: str) -> bool:
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def itin_valid(d: str) -> bool:
    return len(d) == 9 and d.isdigit() and d[0] == "9" and 70 <= int(d[3:5]) <= 88


# ---------------------------------------------------------------- pools

NAMES = {
    "anglo": (["Maren", "Caleb", "Tessa", "Wyatt", "Rosalind", "Dorian", "Hollis", "Briony", "Everett", "Lacey"],
              ["Thackeray", "Pennington", "Ashdown", "Colbourne", "Merriweather", "Stanhope", "Lockwood", "Fairbanks"]),
    "hispanic": (["Ximena", "Joaquín", "Itzel", "Rodrigo", "Maricruz", "Esteban", "Yesenia", "Nicolás"],
                 ["Villarreal", "Quintanilla", "Echeverría", "Santillán", "Arredondo", "Olivares", "Cifuentes"]),
    "german": (["Friederike", "Henrik", "Annelie", "Matthias", "Wiebke", "Jörg", "Liesel"],
               ["Brandstätter", "Kühnel", "Oberländer", "Wachsmuth", "Hößler", "Riedmüller"]),
    "french": (["Séverine", "Baptiste", "Ondine", "Gaëtan", "Clémence", "Thibault"],
               ["Desrosiers", "Lemaître", "Vasseur", "Beaulieu", "Marchetti-Roux", "Chauvin"]),
    "italian": (["Benedetta", "Lorenzo", "Ottavia", "Gianluca", "Carlotta"],
                ["Bellandi", "Sforzini", "Cavallaro", "Tedeschi", "Mancuso"]),
    "polish": (["Zofia", "Bartłomiej", "Agnieszka", "Wojciech", "Małgorzata"],
               ["Wiśniewska", "Zielonka", "Kaczmarek", "Grabowski", "Ostrowska"]),
    "dutch": (["Femke", "Joost", "Marijke", "Sander", "Lieke"],
              ["van der Meulen", "Hoekstra", "de Bruijn", "Verhoeven", "Timmermans"]),
    "turkish": (["Elif", "Mehmet", "Zeynep", "Burak", "Ayşegül"],
                ["Yılmazer", "Karataş", "Öztürkmen", "Demirci", "Aksoy"]),
    "vietnamese": (["Thảo", "Minh", "Lan", "Quang", "Hạnh"],
                   ["Nguyễn", "Trần", "Phạm", "Lê", "Võ"]),
    "japanese": (["Haruka", "Kenta", "Misaki", "Daisuke", "Ayane"],
                 ["Takahashi", "Morimoto", "Kobayashi", "Ishikawa", "Fujisawa"]),
    "korean": (["Jiwoo", "Minseo", "Hyunwoo", "Seoyeon", "Dohyun"],
               ["Baek", "Hwang", "Seo", "Jeon", "Ryu"]),
    "chinese": (["Xiaoling", "Jianhong", "Meirong", "Zhiwei", "Yuting"],
                ["Zhou", "Liang", "Xu", "Tang", "Guo"]),
    "arabic": (["Rania", "Tariq", "Layla", "Yousef", "Samira", "Khalid"],
               ["Al-Haddad", "Mansour", "El-Sayed", "Barakat", "Haddadin"]),
    "nigerian": (["Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Folake"],
                 ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwachukwu"]),
    "indian": (["Aarav", "Ishita", "Rohan", "Priyanka", "Venkatesh", "Kavya"],
               ["Raghunathan", "Bhattacharya", "Kulkarni", "Iyer", "Malhotra"]),
    "portuguese": (["Leonor", "Thiago", "Inês", "Gonçalo", "Luana"],
                   ["Figueiredo", "Carvalhais", "Magalhães", "Rebelo", "Sampaio"]),
    "greek": (["Eleni", "Stavros", "Despina", "Nikos"], ["Papadakis", "Karalis", "Vlachou", "Economou"]),
    "nordic": (["Sigrid", "Anders", "Linnea", "Torsten"], ["Lindqvist", "Håkansson", "Bergström", "Nyqvist"]),
}

NATIVE_NAMES = {
    "japanese": ["高橋 美咲", "森本 健太", "石川 彩音", "藤沢 大輔"],
    "korean": ["백지우", "황민서", "서현우", "전서연"],
    "chinese": ["周晓玲", "梁建宏", "徐美蓉", "唐志伟"],
    "arabic": ["رانيا الحداد", "طارق منصور", "ليلى السيد", "يوسف بركات"],
}

STREET_NAMES = ["Cobblestone", "Larkspur", "Wexford", "Juniper Hollow", "Calloway", "Birchmont", "Tamarind",
                "Ridgecrest", "Alder Glen", "Sable Point", "Quarry", "Harrowgate", "Linden Cove", "Pemberton",
                "Sycamore Bend", "Marigold", "Foxhollow", "Kestrel", "Brambleton", "Whitlock"]
STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Terrace", "Pkwy"]
TOWNS = [("Millbrook Falls", "OR", "973"), ("Cedar Hollow", "PA", "190"), ("Port Ashby", "ME", "040"),
         ("Larchmont Springs", "CO", "805"), ("Velden", "WI", "535"), ("North Quillan", "TX", "757"),
         ("Harbor Reach", "FL", "334"), ("Elkmoor", "MN", "559"), ("Granite Pass", "NV", "894"),
         ("Sawyer Bluff", "GA", "317"), ("Westhaven", "OH", "440"), ("Pinecrest Lake", "AZ", "856"),
         ("Brackett", "IL", "618"), ("Tolliver", "NC", "275"), ("Oriel Bay", "WA", "983")]
EMPLOYERS = ["Brightwater Logistics", "Tamsin Foods Co.", "Quillfeather Analytics", "Northgate Tooling",
             "Halcyon Dental Group", "Riverbend Credit Union", "Osprey Freight", "Mendel Biologics"]
CLINICS = ["Larkspur Family Medicine", "St. Odile Regional Hospital", "Cedar Hollow Cardiology",
           "Harbor Reach Oncology Associates", "Elkmoor Community Clinic", "Westhaven Orthopedics",
           "Pinecrest Renal Care", "Tolliver Women's Health"]
BANKS = ["Eastmarch Savings Bank", "Pellucid Trust", "Ravenmoor Bank AG", "Banco Costa Serena",
         "Kestrel Federal Credit Union", "Societe Bellerive", "Vistula Bank SA"]

EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "clinic.example.org",
                 "corp.example", "health.example.net", "bank.example", "inbox.test"]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def culture(rng):
    return pick(rng, sorted(NAMES))


def first_last(rng, cult=None):
    cult = cult or culture(rng)
    firsts, lasts = NAMES[cult]
    return pick(rng, firsts), pick(rng, lasts)


def full_name(rng, cult=None):
    f, l = first_last(rng, cult)
    return f + " " + l


def _ascii(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("ı", "i").replace("ø", "o").replace("'", "")


def email_for(rng, first, last):
    f, l = _ascii(first).lower(), _ascii(last).lower().replace(" ", "").replace("-", "")
    style = rng.randrange(5)
    local = [f + "." + l, f[0] + l, f + "_" + l + str(rng.randrange(10, 99)), l + "." + f[0], f + str(rng.randrange(1960, 2005))][style]
    return local + "@" + pick(rng, EMAIL_DOMAINS)


def role_email(rng):
    return pick(rng, ["billing", "referrals", "records", "support", "noreply", "payroll", "intake"]) + "@" + pick(rng, EMAIL_DOMAINS)


def us_phone(rng, style=None):
    area = pick(rng, ["212", "312", "415", "503", "617", "702", "808", "919", "971", "720", "406", "615"])
    last = "01%02d" % rng.randrange(0, 100)
    style = rng.randrange(6) if style is None else style
    return ["(%s) 555-%s", "%s-555-%s", "%s.555.%s", "+1 %s 555 %s", "+1-%s-555-%s", "1 (%s) 555-%s"][style] % (area, last)


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


INTL_PHONES = {
    "de": lambda r: "+49 %s %s" % (pick(r, ["30", "89", "221", "40"]), digits(r, 8)),
    "fr": lambda r: "+33 6 %s %s %s %s" % tuple(digits(r, 2) for _ in range(4)),
    "es": lambda r: "+34 6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
    "it": lambda r: "+39 34%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
    "pt": lambda r: "+351 91%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 3)),
    "br": lambda r: "+55 11 9%s-%s" % (digits(r, 4), digits(r, 4)),
    "pl": lambda r: "+48 60%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 3)),
    "nl": lambda r: "+31 6 %s" % digits(r, 8),
    "tr": lambda r: "+90 53%s %s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 2), digits(r, 2)),
    "vn": lambda r: "+84 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
    "jp": lambda r: "090-%s-%s" % (digits(r, 4), digits(r, 4)),
    "kr": lambda r: "010-%s-%s" % (digits(r, 4), digits(r, 4)),
    "cn": lambda r: "+86 13%s %s %s" % (digits(r, 1), digits(r, 4), digits(r, 4)),
    "ae": lambda r: "+971 50 %s %s" % (digits(r, 3), digits(r, 4)),
    "gb": lambda r: "+44 7700 900%s" % digits(r, 3),  # Ofcom drama range
}


def intl_phone(rng, cc):
    return INTL_PHONES[cc](rng)


def street(rng, unit=None):
    num = str(rng.randrange(12, 9890))
    s = "%s %s%s %s" % (num, pick(rng, ["", "", "", "N ", "S ", "W ", "E "]), pick(rng, STREET_NAMES), pick(rng, STREET_SUFFIX))
    if unit if unit is not None else rng.random() < 0.3:
        s += pick(rng, [", Apt ", " Apt ", ", Unit ", " #", ", Suite "]) + str(rng.randrange(1, 40)) + pick(rng, ["", "B", "C"])
    return s


def town(rng):
    return pick(rng, TOWNS)


def zip_for(rng, t):
    return t[2] + "%02d" % rng.randrange(1, 99)


def zip4(rng, t):
    return zip_for(rng, t) + "-" + digits(rng, 4)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ymd(rng, y0=1928, y1=2006):
    return rng.randrange(y0, y1), rng.randrange(1, 13), rng.randrange(1, 29)


def fmt_date(rng, d, style=None):
    y, m, dd = d
    style = rng.randrange(7) if style is None else style
    return ["%02d/%02d/%04d" % (m, dd, y), "%04d-%02d-%02d" % (y, m, dd), "%d %s %d" % (dd, MONTHS[m - 1][:3], y),
            "%s %d, %d" % (MONTHS[m - 1], dd, y), "%d/%d/%d" % (m, dd, y), "%02d-%s-%04d" % (dd, MONTHS[m - 1][:3].upper(), y),
            "%s %d %d" % (MONTHS[m - 1][:3], dd, y)][style]


def later(rng, d, lo=1, hi=14):
    """A date ``lo``..``hi`` days after ``d`` (for discharge after admission)."""
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=rng.randrange(lo, hi + 1))
    return x.year, x.month, x.day


def hl7_date(d):
    return "%04d%02d%02d" % d


def eu_date(d):
    return "%02d.%02d.%04d" % (d[2], d[1], d[0])


def iso(d):
    return "%04d-%02d-%02d" % d


def ssn(rng, sep="-"):
    while True:
        area = rng.randrange(1, 900)
        if area in (666,):
            continue
        d = "%03d%02d%04d" % (area, rng.randrange(1, 100), rng.randrange(1, 10000))
        if ssn_valid(d) and d != "078051120":
            return d[:3] + sep + d[3:5] + sep + d[5:]


def itin(rng, sep="-"):
    d = "9%02d%02d%04d" % (rng.randrange(0, 100), rng.randrange(70, 89), rng.randrange(1, 10000))
    return d[:3] + sep + d[3:5] + sep + d[5:]


def npi(rng):
    while True:
        base = pick(rng, "12") + digits(rng, 8)
        full = base + luhn_check_digit("80840" + base)
        if npi_valid(full):
            return full


def dea(rng, last_name):
    first = pick(rng, "ABFGM")
    second = _ascii(last_name)[0].upper()
    six = digits(rng, 6)
    return first + second + six + dea_check_digit(six)


def mbi(rng, dashed=False):
    spec = ["19", "A", "N", "D", "A", "N", "D", "A", "A", "D", "D"]
    out = []
    for s in spec:
        out.append(pick(rng, {"19": "123456789", "A": MBI_ALPHA, "N": MBI_ALNUM, "D": "0123456789"}[s]))
    m = "".join(out)
    return m[:4] + "-" + m[4:7] + "-" + m[7:] if dashed else m


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng):
    chars = [pick(rng, VIN_CHARS) for _ in range(17)]
    chars[0] = pick(rng, "12345JKLSWYZ")
    chars[9] = pick(rng, "LMNPRSTVWXY123456")  # model year
    chars[8] = "0"
    v = "".join(chars)
    v = v[:8] + vin_check_char(v) + v[9:]
    assert vin_valid(v)
    return v


def plate(rng):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return pick(rng, ["%s%s%s%s" % (rng.randrange(2, 9), "".join(pick(rng, L) for _ in range(3)), "", digits(rng, 3)),
                      "%s-%s" % ("".join(pick(rng, L) for _ in range(3)), digits(rng, 4)),
                      "%s %s" % ("".join(pick(rng, L) for _ in range(3)), digits(rng, 3))])


def aba(rng):
    while True:
        prefix = pick(rng, ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                            "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"])
        body = prefix + digits(rng, 6)
        for c in "0123456789":
            if aba_valid(body + c):
                return body + c


def bank_account(rng):
    return digits(rng, rng.randrange(8, 13)).lstrip("0").rjust(10, "4")


def _bban(rng, cc):
    n = IBAN_LENGTHS[cc] - 4
    if cc in ("GB", "IE"):
        return "".join(pick(rng, "ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4)) + digits(rng, n - 4)
    if cc == "NL":
        return "".join(pick(rng, "ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4)) + digits(rng, n - 4)
    if cc == "IT":
        return pick(rng, "ABCDEFGHJKLMNPRSTWXYZ") + digits(rng, n - 1)
    if cc == "TR":
        return digits(rng, 5) + "0" + digits(rng, n - 6)
    return digits(rng, n)


def iban(rng, cc=None, spaced=None):
    cc = cc or pick(rng, sorted(IBAN_LENGTHS))
    bban = _bban(rng, cc)
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = cc + "%02d" % check + bban
    assert iban_valid(s)
    if spaced if spaced is not None else rng.random() < 0.6:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def swift(rng, cc):
    bank = "".join(pick(rng, "ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(4))
    loc = pick(rng, string.ascii_uppercase) + pick(rng, "23456789ABCDEFGHJKLMNPRSTUVWXYZ")
    s = bank + cc + loc
    if rng.random() < 0.5:
        s += pick(rng, ["XXX", "001", "A1B", "2B0"])
    return s


def card(rng, brand=None, sep=None):
    brand = brand or pick(rng, ["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = "5" + pick(rng, "12345") + digits(rng, 13)
    elif brand == "mc2":
        body = str(rng.randrange(2221, 2721)) + digits(rng, 11)
    elif brand == "amex":
        body = pick(rng, ["34", "37"]) + digits(rng, 12)
    else:
        body = "6011" + digits(rng, 11)
    num = body + luhn_check_digit(body)
    sep = pick(rng, [" ", "-", ""]) if sep is None else sep
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def bad_card(rng):
    """16 digits starting with 4/5 that FAIL the Luhn check."""
    body = pick(rng, "45") + digits(rng, 14)
    good = luhn_check_digit(body)
    bad = str((int(good) + 1 + rng.randrange(8)) % 10)
    num = body + bad
    assert not luhn_valid(num)
    return num


def cvv(rng, n=3):
    return digits(rng, n)


def track1(rng, pan, first, last):
    return "%%B%s^%s/%s^%02d%02d%s%s?" % (pan, _ascii(last).upper().replace(" ", ""), _ascii(first).upper(),
                                         rng.randrange(26, 31), rng.randrange(1, 13), pick(rng, ["101", "201", "121"]),
                                         digits(rng, 13))


def track2(rng, pan):
    return ";%s=%02d%02d%s%s?" % (pan, rng.randrange(26, 31), rng.randrange(1, 13), pick(rng, ["101", "201"]), digits(rng, 10))


def drivers_license(rng):
    st = pick(rng, ["CA", "NY", "TX", "FL", "IL", "WA", "PA"])
    L = "ABCDEFGHJKLMNPRSTWXYZ"
    v = {"CA": lambda: pick(rng, L) + digits(rng, 7),
         "NY": lambda: "%s %s %s" % (digits(rng, 3), digits(rng, 3), digits(rng, 3)),
         "TX": lambda: digits(rng, 8),
         "FL": lambda: "%s%s-%s-%s-%s-%s" % (pick(rng, L), digits(rng, 3), digits(rng, 3), digits(rng, 2), digits(rng, 3), digits(rng, 1)),
         "IL": lambda: "%s%s-%s-%s" % (pick(rng, L), digits(rng, 3), digits(rng, 4), digits(rng, 4)),
         "WA": lambda: "WDL" + "".join(pick(rng, L + "0123456789") for _ in range(9)),
         "PA": lambda: "%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3))}[st]()
    return st, v


def passport(rng):
    return pick(rng, [digits(rng, 9), pick(rng, "ACEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)])


def mrn(rng):
    return pick(rng, [digits(rng, 8), "E" + digits(rng, 7), "MR-" + digits(rng, 6), digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 3),
                      "K" + digits(rng, 9)])


def plan_id(rng):
    L = "ABCDEFGHJKLMNPRSTWXYZ"
    return pick(rng, ["".join(pick(rng, L) for _ in range(3)) + digits(rng, 9), "W" + digits(rng, 9),
                      digits(rng, 3) + "-" + digits(rng, 4) + "-" + digits(rng, 2) + pick(rng, ["", "-01", "-02"]),
                      "".join(pick(rng, L) for _ in range(2)) + digits(rng, 7) + pick(rng, L)])


def imei(rng):
    body = pick(rng, ["35", "86", "01", "49"]) + digits(rng, 12)
    return body + luhn_check_digit(body)


def device_serial(rng):
    L = "ABCDEFGHJKLMNPRSTWXYZ"
    return pick(rng, ["".join(pick(rng, L) for _ in range(3)) + digits(rng, 6) + pick(rng, L) + pick(rng, L),
                      "SN" + digits(rng, 10), "%s-%s-%s" % ("".join(pick(rng, L) for _ in range(2)), digits(rng, 4), digits(rng, 5))])


def udi(rng):
    gtin = "0" + digits(rng, 12)
    gtin += str((10 - sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(gtin))) % 10) % 10)
    return "(01)%s(17)%02d%02d%02d(21)%s" % (gtin, rng.randrange(26, 31), rng.randrange(1, 13), rng.randrange(1, 29),
                                           "".join(pick(rng, "ABCDEFGHJKLMNPRSTWXYZ0123456789") for _ in range(8)))


B62 = string.ascii_letters + string.digits


def rand_chars(rng, alphabet, n):
    return "".join(pick(rng, alphabet) for _ in range(n))


def api_key(rng, kind=None):
    kind = kind or pick(rng, ["openai", "openai_proj", "anthropic", "aws", "github", "slack", "stripe", "google"])
    return {
        "openai": lambda: "sk-" + rand_chars(rng, B62, 48),
        "openai_proj": lambda: "sk-proj-" + rand_chars(rng, B62 + "_-", 56),
        "anthropic": lambda: "sk-ant-api03-" + rand_chars(rng, B62 + "_-", 93) + "AA",
        "aws": lambda: "AKIA" + rand_chars(rng, string.ascii_uppercase + "234567", 16),
        "github": lambda: "ghp_" + rand_chars(rng, B62, 36),
        "slack": lambda: "xoxb-%s-%s-%s" % (digits(rng, 12), digits(rng, 13), rand_chars(rng, B62, 24)),
        "stripe": lambda: "sk_live_" + rand_chars(rng, B62, 24),
        "google": lambda: "AIza" + rand_chars(rng, B62 + "_-", 35),
    }[kind]()


def aws_secret(rng):
    return rand_chars(rng, B62 + "/+", 40)


def hex_secret(rng, n=40):
    return rand_chars(rng, "0123456789abcdef", n)


def generic_secret(rng):
    return pick(rng, [lambda: "whsec_" + rand_chars(rng, B62, 32), lambda: hex_secret(rng, 64),
                      lambda: rand_chars(rng, B62, 40), lambda: "cs_" + rand_chars(rng, B62, 38),
                      lambda: base64.b64encode(bytes(rng.randrange(256) for _ in range(30))).decode()])()


def pem(rng, escaped=False):
    kind = pick(rng, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nlines = rng.randrange(3, 7)
    lines = [base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode() for _ in range(nlines)]
    lines[-1] = lines[-1][:rng.randrange(12, 60)].rstrip("=") + "="
    body = "\n".join(["-----BEGIN %s-----" % kind] + lines + ["-----END %s-----" % kind])
    return body.replace("\n", "\\n") if escaped else body


def _b64url(obj) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, sub=None):
    header = {"alg": pick(rng, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    payload = {"sub": sub or rand_chars(rng, string.digits, 8), "iat": 1700000000 + rng.randrange(10 ** 7),
               "scope": pick(rng, ["read", "patient/*.read", "payments:write", "admin"])}
    return _b64url(header) + "." + _b64url(payload) + "." + rand_chars(rng, B62 + "_-", 43)


def password(rng):
    words = ["Falcon", "mango", "Quartz", "river", "Tundra", "violet", "Cobalt", "ember", "Saffron", "delta"]
    return pick(rng, [lambda: pick(rng, words) + pick(rng, "!#$%&*?") + digits(rng, 4) + pick(rng, words).lower(),
                      lambda: rand_chars(rng, B62 + "!#%*", 14),
                      lambda: pick(rng, words) + "_" + pick(rng, words) + digits(rng, 2) + "!"])()


def ip4(rng):
    return pick(rng, [lambda: "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)),
                      lambda: "192.168.%d.%d" % (rng.randrange(256), rng.randrange(1, 255)),
                      lambda: "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(256), rng.randrange(1, 255)),
                      lambda: "192.0.2.%d" % rng.randrange(1, 255), lambda: "198.51.100.%d" % rng.randrange(1, 255),
                      lambda: "203.0.113.%d" % rng.randrange(1, 255)])()


def ip6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randrange(1, 0xffff), rng.randrange(1, 0xffff), rng.randrange(1, 0xffff))


def url(rng, path=None):
    host = pick(rng, ["portal.example.com", "app.example.org", "records.example.net", "pay.example.com",
                      "intranet.corp.example", "files.example.org", "telehealth.example.net"])
    path = path or pick(rng, ["/patients/%s" % digits(rng, 6), "/u/%s/profile" % rand_chars(rng, string.ascii_lowercase, 7),
                              "/share/%s" % rand_chars(rng, B62, 12), "/invoice/view?id=%s" % digits(rng, 7),
                              "/reset?token=%s" % rand_chars(rng, B62, 20)])
    return "https://" + host + path


def age_over_89(rng):
    return str(rng.randrange(90, 105))


def age_under(rng):
    return str(rng.randrange(19, 89))
