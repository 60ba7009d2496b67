"""Value generators for the held-out set 6 (stdlib only, all randomness from the passed rng)."""

import base64
import datetime
import json
import unicodedata

FIRST = ["Aaliyah", "Mateo", "Priya", "Oluwaseun", "Mei-Ling", "Dmitri", "Siobhan", "Tomasz",
         "Fatima", "Hiroshi", "Camila", "Kwame", "Ingrid", "Rahul", "Thandiwe", "Joaquín", "Anh",
         "Leilani", "Bogdan", "Yusuf", "Marisol", "Declan", "Ngozi", "Sven", "Kenji", "Zoë",
         "Ravi", "Esperanza", "Emeka", "Hana", "Luca", "Maribel", "Jae-won", "Aditi", "Colm",
         "Folasade", "Pieter", "Rosalind", "Tavita", "Amara", "Bjorn", "Carmen", "Dilnoza", "Elif",
         "Gaurav", "Imani", "Jomar", "Katarzyna", "Lakshmi", "Marguerite", "Nikhil", "Odette",
         "Paolo", "Quynh", "Reza", "Saoirse", "Teodora", "Umar", "Valentina", "Wanjiru", "Ximena",
         "Yara", "Zainab", "Beatriz", "Corentin", "Dagny", "Efua", "Florin", "Gulnara", "Harold",
         "Brenda", "Curtis", "Delphine", "Everett", "Gwendolyn", "Lorraine", "Mordecai", "Nadia"]
LAST = ["Okonkwo", "Nakamura", "Fernández", "O'Callaghan", "van der Berg", "Kowalczyk", "Haddad",
        "Patel", "Nguyen", "Mbeki", "Lindqvist", "de la Cruz", "Ruiz-Tagle", "Al-Masri",
        "Chaudhry", "Villanueva", "Brennan", "Abernathy", "Szabo", "Delacroix", "Ivanova",
        "Mwangi", "Takahashi", "Oyelaran", "Castellanos", "Dubois", "Hoffmann", "Janssen", "Reyes",
        "Bautista", "Sharma", "Iyer", "Kim", "Park", "Lopez-Herrera", "MacLeod", "Petrović",
        "Ferreira", "Yilmaz", "Osei", "Adeyemi", "Gallagher", "Kaur", "Rasmussen", "Moreau",
        "Schultz", "Verhoeven", "Dela Paz", "Santos", "Goldberg", "Halvorsen", "Achterberg",
        "Quispe", "Tran", "Whitcombe", "Esposito", "Baptiste", "Nwachukwu", "Sorensen",
        "Marchetti", "Koval", "Ishikawa", "Farouk", "Lindgren", "Pemberton", "Ashworth"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]

CITIES = [("Columbus", "OH"), ("Tucson", "AZ"), ("Albany", "NY"), ("Fresno", "CA"),
          ("Raleigh", "NC"), ("Boise", "ID"), ("Duluth", "MN"), ("Macon", "GA"),
          ("Spokane", "WA"), ("Lubbock", "TX"), ("Dayton", "OH"), ("Erie", "PA"),
          ("Tacoma", "WA"), ("Provo", "UT"), ("Savannah", "GA"), ("Lansing", "MI"),
          ("Tulsa", "OK"), ("Reno", "NV"), ("Worcester", "MA"), ("Camden", "NJ")]
STREETS = ["Maple", "Juniper", "Harbor View", "Calle Ocho", "Old Mill", "Prairie Wind",
           "Bramblewood", "Kestrel", "Sycamore", "Lakeshore", "Quarry", "Tamarack", "Orchard",
           "Copperfield", "Riverbend", "Ashgrove", "Magnolia", "Pinecrest", "Willowbrook"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Street", "Avenue", "Pl", "Terrace"]

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPERNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum())


# ---------------------------------------------------------------- people
def person(rng, plain=False):
    while True:
        f, l = rng.choice(FIRST), rng.choice(LAST)
        if not plain or ("'" not in l and " " not in f):
            return f, l


def render_name(f, l, style):
    if style == "title":
        return "%s %s" % (f, l)
    if style == "caps":
        return ("%s %s" % (f, l)).upper()
    if style == "lastfirst":
        return "%s, %s" % (l, f)
    if style == "lower":
        return ("%s %s" % (f, l)).lower()
    if style == "initial":
        return "%s. %s" % (f[0], l)
    if style == "lastcaps":
        return "%s, %s" % (l.upper(), f)
    raise ValueError(style)


def name(rng, styles=("title",)):
    f, l = person(rng)
    return render_name(f, l, rng.choice(styles))


def email(rng, f, l, domains=("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me")):
    a, b = ascii_fold(f), ascii_fold(l)
    k = rng.randint(0, 3)
    local = ["%s.%s" % (a, b), "%s%s" % (a[0], b), "%s_%s%d" % (a, b, rng.randint(1, 99)),
             "%s%s%d" % (a, b[:3], rng.randint(1, 99))][k]
    return "%s@%s" % (local, rng.choice(domains))


def mailbox(rng, box, domain):
    return "%s@%s" % (box, domain)


def phone(rng, style=None):
    area = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 8), rng.randint(0, 9))
    ex = "%d%s" % (rng.randint(2, 9), digits(rng, 2))
    ln = digits(rng, 4)
    style = style or rng.choice(["paren", "dash", "dot", "plus1", "plain10"])
    if style == "paren":
        return "(%s) %s-%s" % (area, ex, ln)
    if style == "dash":
        return "%s-%s-%s" % (area, ex, ln)
    if style == "dot":
        return "%s.%s.%s" % (area, ex, ln)
    if style == "plus1":
        return "+1 %s %s %s" % (area, ex, ln)
    if style == "plain10":
        return "%s%s%s" % (area, ex, ln)
    if style == "e164":
        return "+1%s%s%s" % (area, ex, ln)
    raise ValueError(style)


def intl_phone(rng, cc):
    if cc == "IN":
        return "+91 %d%s %s" % (rng.randint(7, 9), digits(rng, 4), digits(rng, 5))
    if cc == "PH":
        return "+63 9%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 4))
    if cc == "FR":
        return "+33 6 %s %s %s %s" % tuple(digits(rng, 2) for _ in range(4))
    if cc == "DE":
        return "+49 30 %s" % digits(rng, 7)
    if cc == "NL":
        return "+31 6 %s" % digits(rng, 8)
    if cc == "ES":
        return "+34 6%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3))
    if cc == "GB":
        return "+44 20 7%s %s" % (digits(rng, 3), digits(rng, 4))
    raise ValueError(cc)


# ---------------------------------------------------------------- places
def street(rng, with_city=True, unit=None):
    num = str(rng.randint(12, 9899))
    d = rng.choice(["", "", "N ", "S ", "E ", "W "])
    s = "%s %s%s %s" % (num, d, rng.choice(STREETS), rng.choice(SUFFIX))
    if unit is None:
        unit = rng.random() < 0.3
    if unit:
        s += rng.choice([", Apt %d" % rng.randint(1, 40), " Unit %d%s" % (rng.randint(1, 9), rng.choice("ABCD")),
                         ", Suite %d" % rng.randint(100, 450)])
    city, st = rng.choice(CITIES)
    if with_city:
        return s + ", %s, %s" % (city, st)
    return s


def city(rng):
    return rng.choice(CITIES)


def zipc(rng, plus4=None):
    z = "%05d" % rng.randint(1001, 99899)
    if plus4 is None:
        plus4 = rng.random() < 0.25
    return z + ("-%04d" % rng.randint(1, 9999) if plus4 else "")


# ---------------------------------------------------------------- dates
def date(rng, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def fdate(d, style):
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmy":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "hl7":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if style == "eu":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "dmyslash":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MONTHS_ES[d.month - 1], d.year)
    if style == "fr":
        return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    if style == "de":
        return "%d. %s %d" % (d.day, MONTHS_DE[d.month - 1], d.year)
    if style == "nl":
        return "%d %s %d" % (d.day, MONTHS_NL[d.month - 1], d.year)
    raise ValueError(style)


def dob(rng, style=None, y0=1931, y1=2004):
    return fdate(date(rng, y0, y1), style or rng.choice(["us", "iso", "long", "dmy"]))


def recent(rng, style=None):
    return fdate(date(rng, 2023, 2025), style or rng.choice(["us", "iso", "long"]))


def age(rng):
    return str(rng.randint(90, 104))


# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return c
    raise AssertionError


def luhn_bad(rng, n):
    """n random digits that are NOT Luhn-valid (for hard negatives)."""
    s = str(rng.randint(1, 9)) + digits(rng, n - 1)
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def card(rng, brand=None, sep=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners"])
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif brand == "mc2":
        pre, n = str(rng.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16
    elif brand == "jcb":
        pre, n = str(rng.randint(3528, 3589)), 16
    else:
        pre, n = "36", 14
    body = pre + digits(rng, n - 1 - len(pre))
    pan = body + luhn_digit(body)
    if sep is None:
        sep = rng.choice(["", " ", "-", " "])
    if not sep:
        return pan
    if n == 15:
        return sep.join([pan[:4], pan[4:10], pan[10:]])
    if n == 14:
        return sep.join([pan[:4], pan[4:10], pan[10:]])
    return sep.join(pan[i:i + 4] for i in range(0, n, 4))


def cvv(rng, pan=""):
    return digits(rng, 4 if pan.replace(" ", "").replace("-", "")[:2] in ("34", "37") else 3)


def ssn(rng, sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%s%02d%s%04d" % (a, sep, rng.randint(1, 99), sep, rng.randint(1, 9999))


def itin(rng, sep="-"):
    g = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%02d%s%02d%s%04d" % (rng.randint(0, 99), sep, g, sep, rng.randint(1, 9999))


def npi(rng):
    base = rng.choice("12") + digits(rng, 8)
    return base + luhn_digit("80840" + base)


def dea(rng, last):
    first = rng.choice("ABFGMPR")
    init = ascii_fold(last)[0].upper()
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + init + "".join(map(str, d)) + str(chk)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng, dashed=False):
    an = MBI_A + "0123456789"
    s = (str(rng.randint(1, 9)) + rng.choice(MBI_A) + rng.choice(an) + str(rng.randint(0, 9)) +
         rng.choice(MBI_A) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_A) +
         rng.choice(MBI_A) + digits(rng, 2))
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def aba(rng):
    pre = rng.choice(["%02d" % x for x in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))] + ["80"])
    d = [int(c) for c in pre + digits(rng, 6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return "".join(map(str, d)) + str((-s) % 10)


def bank_acct(rng):
    return str(rng.randint(1, 9)) + digits(rng, rng.randint(7, 11))


IBAN_SPEC = {  # country: (length, bban builder kind)
    "DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16, "CH": 21, "IE": 22, "AT": 20,
}


def iban(rng, cc, spaced=None):
    n = IBAN_SPEC[cc]
    if cc in ("GB", "IE"):
        bban = rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + digits(rng, n - 8)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(rng, 10)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, n - 5)
    else:
        bban = digits(rng, n - 4)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = cc + "%02d" % chk + bban
    if spaced is None:
        spaced = rng.random() < 0.5
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def swift(rng, cc):
    bank = rng.choice(["NWBK", "DEUT", "BNPA", "INGB", "RABO", "BBVA", "HDFC", "BOPI", "CITI", "COBA",
                       "SOGE", "ABNA", "CAIX", "ICIC", "MBTC", "BARC", "AIBK"])
    loc = rng.choice(["2L", "FF", "PP", "2A", "33", "MM", "MX", "BB"])
    return bank + cc + loc + rng.choice(["", "", "XXX", rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 3)])


def mrn(rng):
    return rng.choice(["%08d" % rng.randint(100000, 99999999), "E%07d" % rng.randint(0, 9999999),
                       "MR%06d" % rng.randint(0, 999999), "%s-%s" % (digits(rng, 3), digits(rng, 5))])


def plan_id(rng):
    return rng.choice([rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + digits(rng, 9),
                       "W" + digits(rng, 9), "%s%s" % (rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), digits(rng, 10)),
                       "%s-%s-%s" % (rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), digits(rng, 4), digits(rng, 4))])


def passport(rng):
    return rng.choice([str(rng.randint(1, 9)) + digits(rng, 8),
                       rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)])


def dl(rng):
    kind = rng.choice(["ca", "ny", "tx", "fl", "il", "wa"])
    if kind == "ca":
        return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 7)
    if kind == "ny":
        return "%s %s %s" % (digits(rng, 3), digits(rng, 3), digits(rng, 3))
    if kind == "tx":
        return str(rng.randint(1, 4)) + digits(rng, 7)
    if kind == "fl":
        return "%s%s-%s-%s-%s-%s" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(rng, 3), digits(rng, 3),
                                     digits(rng, 2), digits(rng, 3), digits(rng, 1))
    if kind == "il":
        return "%s%s-%s-%s" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(rng, 3), digits(rng, 4), digits(rng, 4))
    return "WDL" + rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 9)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng):
    wmi = rng.choice(["1HG", "1FT", "WBA", "JTD", "5YJ", "3VW", "1GC", "2T1", "KMH", "4T1", "1C4", "WDD"])
    s = wmi + rs(rng, VIN_CH, 5) + "0" + rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + rs(rng, VIN_CH, 1) + digits(rng, 6)
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(s, VIN_W))
    chk = tot % 11
    return s[:8] + ("X" if chk == 10 else str(chk)) + s[9:]


def imei(rng):
    body = rng.choice(["35", "86", "01", "99"]) + digits(rng, 12)
    return body + luhn_digit(body)


def gtin_check(body13):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body13)))
    return str((10 - tot % 10) % 10)


def udi(rng):
    body = "0" + digits(rng, 12)
    g = body + gtin_check(body)
    exp = date(rng, 2026, 2029)
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (g, exp.year % 100, exp.month, exp.day,
                                                   rs(rng, UPPERNUM, 6), rs(rng, UPPERNUM, 8))


def serial(rng):
    return rng.choice([rs(rng, UPPERNUM, 12), "SN" + rs(rng, UPPERNUM, 9), "PF" + rs(rng, UPPERNUM, 6),
                       "%s-%s" % (rs(rng, UPPERNUM, 4), rs(rng, UPPERNUM, 6))])


def mac(rng):
    return ":".join(rs(rng, "0123456789ABCDEF", 2) for _ in range(6))


def ipv4_public(rng):
    while True:
        a = rng.randint(11, 223)
        if a not in (127, 169, 172, 192, 100):
            return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv4_private(rng):
    k = rng.randint(0, 2)
    if k == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    return "2600:%s:%s:%s::%s" % tuple(rs(rng, HEX, 4).lstrip("0") or "1" for _ in range(4))


def ip(rng):
    return rng.choice([ipv4_public, ipv4_public, ipv4_private, ipv6])(rng)


# ---------------------------------------------------------------- secrets
def api_key(rng, kind=None):
    kind = kind or rng.choice(["openai", "stripe", "github", "aws", "slack", "gitlab", "google", "sendgrid", "hf", "anthropic"])
    if kind == "openai":
        return "sk-proj-" + rs(rng, ALNUM + "_-", 48)
    if kind == "stripe":
        return "sk_live_" + rs(rng, ALNUM, 32)
    if kind == "github":
        return "ghp_" + rs(rng, ALNUM, 36)
    if kind == "aws":
        return "AKIA" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == "slack":
        return "xoxb-%s-%s-%s" % (digits(rng, 12), digits(rng, 13), rs(rng, ALNUM, 24))
    if kind == "gitlab":
        return "glpat-" + rs(rng, ALNUM + "_-", 20)
    if kind == "google":
        return "AIza" + rs(rng, ALNUM + "_-", 35)
    if kind == "sendgrid":
        return "SG." + rs(rng, ALNUM + "_-", 22) + "." + rs(rng, ALNUM + "_-", 43)
    if kind == "hf":
        return "hf_" + rs(rng, ALNUM, 34)
    if kind == "anthropic":
        return "sk-ant-api03-" + rs(rng, ALNUM + "_-", 40) + "AA"
    raise ValueError(kind)


def secret(rng, n=None):
    n = n or rng.randint(32, 40)
    while True:
        s = rs(rng, ALNUM, n)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def aws_secret(rng):
    return rs(rng, ALNUM + "+/", 40)


WORDS = ["Sunflower", "marigold", "Kestrel", "bluebird", "Tamarind", "orchid", "Falcon", "paprika",
         "Juniper", "lantern", "Mango", "cobalt", "Sequoia", "harbor"]


def password(rng):
    return rng.choice([
        "%s%s%d%s" % (rng.choice(WORDS), rng.choice("#!$@%&*"), rng.randint(10, 9999), rng.choice(["", "!", "?"])),
        "%s_%s%d" % (rng.choice(WORDS).lower(), rng.choice(WORDS), rng.randint(1, 99)),
        rs(rng, ALNUM + "!#$%^*", rng.randint(10, 16)),
        "%s%d%s%s" % (rng.choice(WORDS), rng.randint(1970, 2024), rng.choice("#!$"), rng.choice(WORDS).lower()),
    ])


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng, sub=None):
    head = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    iat = rng.randint(1700000000, 1760000000)
    pl = {"sub": sub or ("usr_" + rs(rng, ALNUM, 10)), "iat": iat, "exp": iat + 3600,
          "scope": rng.choice(["read", "claims:write", "payments", "admin"])}
    body = b64url(json.dumps(pl, separators=(",", ":")).encode())
    sig = b64url(bytes(rng.randrange(256) for _ in range(32)))
    return "%s.%s.%s" % (head, body, sig)


def pem(rng, nl="\n", kind=None):
    kind = kind or rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    raw = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randint(180, 260)))).decode()
    raw = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
           "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU"}[kind] + raw
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return nl.join(["-----BEGIN %s-----" % kind] + lines + ["-----END %s-----" % kind])


def track1(rng, f, l):
    pan = card(rng, rng.choice(["visa", "mc", "disc"]), sep="")
    nm = "%s/%s" % (ascii_fold(l).upper()[:18], ascii_fold(f).upper())
    tail = "%02d%02d101%s" % (rng.randint(26, 30), rng.randint(1, 12), digits(rng, 13))
    return pan, nm, tail


def track2_tail(rng):
    return "%02d%02d101%s" % (rng.randint(26, 30), rng.randint(1, 12), digits(rng, 11))


def luhn_bad_hyph(rng):
    return luhn_bad(rng, 16)
