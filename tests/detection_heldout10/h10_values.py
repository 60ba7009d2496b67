"""Value generators, validators and name/place pools for held-out set 10.

Standard library only.  Every generator takes the caller's ``random.Random`` so the whole
set is driven by one seeded generator.  Every value is synthetic: e-mail and URL hosts use
reserved example domains, IPs come from private or documentation ranges, and checksummed
identifiers are generated to be valid (or deliberately invalid, for hard negatives).

Gold spans are written inline with private-use markers (``m(TYPE, value)``) and resolved
into ``(text, spans)`` by ``finalize`` after all formatting (JSON encoding, nesting, CSV
quoting) has been applied, so offsets are always computed on the final text.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import re
import string
import unicodedata

# --------------------------------------------------------------------------------------
# Entity types used by this set.  Only type names that appear verbatim in the three files
# this set was allowed to read are used (see README.md).
# --------------------------------------------------------------------------------------
ENTITY_TYPES = (
    "PERSON",
    "STREET_ADDRESS",
    "US_ZIP_CODE",
    "DATE_TIME",
    "URL",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "US_SSN",
    "US_ITIN",
    "US_NPI",
    "US_DEA",
    "US_MBI",
    "US_ROUTING_NUMBER",
    "IBAN_CODE",
    "SWIFT_CODE",
    "VEHICLE_ID",
    "JWT",
    "PRIVATE_KEY",
    "API_KEY",
    "PASSWORD",
    "HIGH_ENTROPY_SECRET",
)

# --------------------------------------------------------------------------------------
# Inline span markers
# --------------------------------------------------------------------------------------
OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"


def m(etype: str, value: str) -> str:
    """Wrap ``value`` as a gold span of ``etype``."""
    if etype not in ENTITY_TYPES:
        raise ValueError("unknown entity type %r" % etype)
    if not value or value != value.strip():
        raise ValueError("span value must be non-empty and stripped: %r" % value)
    if any(c in value for c in (OPEN, MID, CLOSE)):
        raise ValueError("nested span markers in %r" % value)
    return OPEN + etype + MID + value + CLOSE


def jdump(obj, indent=None, ascii_escape=False, separators=None) -> str:
    """json.dumps that keeps span markers intact (also with ensure_ascii=True)."""
    s = json.dumps(obj, ensure_ascii=ascii_escape, indent=indent, separators=separators)
    if ascii_escape:
        s = s.replace("\\ue000", OPEN).replace("\\ue001", MID).replace("\\ue002", CLOSE)
    return s


def finalize(marked: str):
    """Resolve markers into (text, spans)."""
    out = []
    spans = []
    pos = 0
    i = 0
    n = len(marked)
    while i < n:
        j = marked.find(OPEN, i)
        if j < 0:
            out.append(marked[i:])
            pos += n - i
            break
        out.append(marked[i:j])
        pos += j - i
        k = marked.index(MID, j)
        etype = marked[j + 1:k]
        e = marked.index(CLOSE, k)
        value = marked[k + 1:e]
        if OPEN in value:
            raise ValueError("nested marker")
        out.append(value)
        spans.append({"start": pos, "end": pos + len(value), "entity_type": etype})
        pos += len(value)
        i = e + 1
    text = "".join(out)
    for c in (OPEN, MID, CLOSE):
        if c in text:
            raise ValueError("stray marker in text")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    return text, spans


# --------------------------------------------------------------------------------------
# Normalisation (undo the obfuscations the templates apply) and small helpers
# --------------------------------------------------------------------------------------
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"


def norm(s: str) -> str:
    s = re.sub(r"\\u([0-9a-fA-F]{4})", lambda mm: chr(int(mm.group(1), 16)), s)
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[" + ZERO_WIDTH + "]", "", s)
    return re.sub("[" + DASHES + "]", "-", s)


def digits_only(s: str) -> str:
    return re.sub(r"\D", "", norm(s))


def rdigits(rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def ralnum(rng, n: int, alphabet=string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def nbhy(s: str) -> str:
    """ASCII hyphens -> U+2011 non-breaking hyphens."""
    return s.replace("-", "\u2011")


def endash(s: str) -> str:
    return s.replace("-", "\u2013")


def zwj(rng, s: str, count: int = 2, ch: str = "\u200d") -> str:
    """Insert zero-width characters at interior positions."""
    chars = list(s)
    positions = sorted(rng.sample(range(1, len(chars)), min(count, len(chars) - 1)), reverse=True)
    for p in positions:
        chars.insert(p, ch)
    return "".join(chars)


def fullwidth(s: str) -> str:
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() and c.isascii() else c for c in s)


# --------------------------------------------------------------------------------------
# Checksums
# --------------------------------------------------------------------------------------
def luhn_valid(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if not d:
        return False
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in string.digits:
        if luhn_valid(partial + c):
            return partial + c
    raise AssertionError


def luhn_break(number: str) -> str:
    """Change the last digit so the number fails Luhn."""
    last = int(number[-1])
    for k in range(1, 10):
        cand = number[:-1] + str((last + k) % 10)
        if not luhn_valid(cand):
            return cand
    raise AssertionError


# ---- payment cards -------------------------------------------------------------------
def card(rng, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "discover"])
    if brand == "visa":
        prefix, n = "4", 16
    elif brand == "mc":
        prefix, n = str(rng.randint(51, 55)), 16
    elif brand == "mc2":
        prefix, n = str(rng.randint(2221, 2720)), 16
    elif brand == "amex":
        prefix, n = rng.choice(["34", "37"]), 15
    elif brand == "discover":
        prefix, n = rng.choice(["6011", "65" + rdigits(rng, 2)]), 16
    else:
        raise ValueError(brand)
    return luhn_complete(prefix + rdigits(rng, n - 1 - len(prefix)))


def fmt_card(num: str, sep: str = " ") -> str:
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def card_valid(s: str) -> bool:
    d = digits_only(s)
    if not luhn_valid(d):
        return False
    if d[:2] in ("34", "37"):
        return len(d) == 15
    return len(d) == 16 and (d[0] in "456" or 2221 <= int(d[:4]) <= 2720)


def card_lookalike_invalid(rng) -> str:
    """16 digits starting 3-6 that fail Luhn."""
    n = rng.choice("3456") + rdigits(rng, 15)
    return n if not luhn_valid(n) else luhn_break(n)


def expiry(rng) -> str:
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))


# ---- SSN / ITIN ----------------------------------------------------------------------
def ssn(rng, sep: str = "-") -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return "%03d%s%02d%s%04d" % (area, sep, rng.randint(1, 99), sep, rng.randint(1, 9999))


def ssn_valid(s: str) -> bool:
    d = digits_only(s)
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def itin(rng, sep: str = "-") -> str:
    return "9%02d%s%02d%s%04d" % (rng.randint(0, 99), sep, rng.randint(70, 88), sep, rng.randint(1, 9999))


def itin_valid(s: str) -> bool:
    d = digits_only(s)
    return len(d) == 9 and d[0] == "9" and 70 <= int(d[3:5]) <= 88 and d[5:] != "0000"


# ---- NPI / DEA / MBI ---------------------------------------------------------------------
def npi(rng) -> str:
    body = rng.choice("12") + rdigits(rng, 8)
    return luhn_complete("80840" + body)[5:]


def npi_valid(s: str) -> bool:
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn_valid("80840" + s)


def npi_invalid(rng) -> str:
    good = npi(rng)
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


def dea_check_digit(six: str) -> str:
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea(rng, last_name: str) -> str:
    first = rng.choice("ABFGM")
    initial = ascii_fold(last_name)[0].upper()
    six = rdigits(rng, 6)
    return first + initial + six + dea_check_digit(six)


def dea_valid(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z9]\d{7}", s)) and dea_check_digit(s[2:8]) == s[8]


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # no S L O I B Z
MBI_ALNUM = MBI_LETTERS + string.digits
MBI_RE = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                    r"[AC-HJKMNP-RT-Y]{2}\d\d")


def mbi(rng, dashed: bool = False) -> str:
    c = [
        rng.choice("123456789"), rng.choice(MBI_LETTERS), rng.choice(MBI_ALNUM), rng.choice(string.digits),
        rng.choice(MBI_LETTERS), rng.choice(MBI_ALNUM), rng.choice(string.digits),
        rng.choice(MBI_LETTERS), rng.choice(MBI_LETTERS), rng.choice(string.digits), rng.choice(string.digits),
    ]
    s = "".join(c)
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def mbi_valid(s: str) -> bool:
    return bool(MBI_RE.fullmatch(norm(s).replace("-", "")))


# ---- ABA routing ---------------------------------------------------------------------
def aba_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    if not (0 <= int(s[:2]) <= 12 or 21 <= int(s[:2]) <= 32 or 61 <= int(s[:2]) <= 72 or int(s[:2]) == 80):
        return False
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba(rng) -> str:
    prefix = "%02d" % rng.choice(list(range(1, 13)) + list(range(21, 33)))
    body = prefix + rdigits(rng, 6)
    d = [int(c) for c in body]
    partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return body + str((10 - partial % 10) % 10)


def aba_invalid(rng) -> str:
    good = aba(rng)
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


# ---- IBAN ----------------------------------------------------------------------------
IBAN_LENGTHS = {
    "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "PT": 25, "GB": 22, "CH": 21,
    "BE": 16, "AT": 20, "IE": 22, "LU": 20, "SE": 24, "NO": 15, "DK": 18, "FI": 18,
}


def _mod97(s: str) -> int:
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_valid(s: str) -> bool:
    s = norm(s).replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    return _mod97(s[4:] + s[:4]) == 1


def _es_dc(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return str({11: 0, 10: 1}.get(r, r))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(s: str) -> str:
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def _bban(rng, cc: str) -> str:
    U = string.ascii_uppercase
    if cc == "DE":
        return rdigits(rng, 18)
    if cc == "FR":
        bank, branch, acct = rdigits(rng, 5), rdigits(rng, 5), rdigits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + "%02d" % key
    if cc == "ES":
        bank, branch, acct = rdigits(rng, 4), rdigits(rng, 4), rdigits(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    if cc == "IT":
        rest = rdigits(rng, 5) + rdigits(rng, 5) + rdigits(rng, 12)
        return _it_cin(rest) + rest
    if cc == "NL":
        return "".join(rng.choice(U) for _ in range(4)) + rdigits(rng, 10)
    if cc == "PL":
        return rdigits(rng, 24)
    if cc == "PT":
        core = rdigits(rng, 19)
        return core + "%02d" % (98 - int(core + "00") % 97)
    if cc in ("GB", "IE"):
        return "".join(rng.choice(U) for _ in range(4)) + rdigits(rng, 14)
    if cc == "CH":
        return rdigits(rng, 17)
    if cc == "BE":
        ten = rdigits(rng, 10)
        chk = int(ten) % 97 or 97
        return ten + "%02d" % chk
    if cc == "AT":
        return rdigits(rng, 16)
    if cc == "LU":
        return rdigits(rng, 3) + ralnum(rng, 13, string.ascii_uppercase + string.digits)
    if cc == "SE":
        return rdigits(rng, 20)
    if cc == "NO":
        return rdigits(rng, 11)
    if cc in ("DK", "FI"):
        return rdigits(rng, 14)
    raise ValueError(cc)


def iban(rng, cc: str, grouped: bool = True) -> str:
    bban = _bban(rng, cc)
    chk = 98 - _mod97(bban + cc + "00")
    s = cc + "%02d" % chk + bban
    assert iban_valid(s), s
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_invalid(rng, cc: str, grouped: bool = False) -> str:
    """Right country length and shape, wrong mod-97 check digits."""
    good = iban(rng, cc, grouped=False)
    chk = int(good[2:4])
    k = rng.randint(1, 60)
    while True:
        bad = good[:2] + "%02d" % ((chk + k) % 100) + good[4:]
        if not iban_valid(bad):
            break
        k += 1
    if grouped:
        return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))
    return bad


# ---- SWIFT / BIC ---------------------------------------------------------------------
SWIFT_RE = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")


def swift(rng, cc: str, branch: bool | None = None) -> str:
    U = string.ascii_uppercase
    bank = "".join(rng.choice(U) for _ in range(4))
    loc = rng.choice(U) + rng.choice(U + "123456789")
    if branch is None:
        branch = rng.random() < 0.5
    tail = rng.choice(["XXX", "".join(rng.choice(U + string.digits) for _ in range(3))]) if branch else ""
    return bank + cc + loc + tail


# ---- VIN -----------------------------------------------------------------------------
_VIN_TRANS = {**{str(i): i for i in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check_char(v: str) -> str:
    r = sum(_VIN_TRANS[c] * w for c, w in zip(v, _VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin(rng) -> str:
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WVW", "WBA", "1C4", "4T1", "JN1", "5NP"])
    vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    year = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = rdigits(rng, 6)
    base = wmi + vds + "0" + year + plant + serial
    return base[:8] + vin_check_char(base) + base[9:]


def vin_valid(v: str) -> bool:
    return len(v) == 17 and not set(v) & set("IOQ") and all(c in VIN_CHARS for c in v) and vin_check_char(v) == v[8]


# --------------------------------------------------------------------------------------
# Secrets
# --------------------------------------------------------------------------------------
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng, email: str | None = None) -> str:
    alg = rng.choice(["HS256", "RS256", "ES256", "HS512"])
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and rng.random() < 0.6:
        header["kid"] = ralnum(rng, 10, string.ascii_lowercase + string.digits)
    iat = 1700000000 + rng.randint(0, 60000000)
    payload = {"sub": rdigits(rng, 8) if rng.random() < 0.5 else "usr_" + ralnum(rng, 12),
               "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
    if rng.random() < 0.5:
        payload["scope"] = rng.choice(["read:claims", "patients.read patients.write", "payments:write", "openid profile"])
    sig_len = {"HS256": 43, "RS256": 342, "ES256": 86, "HS512": 86}[alg]
    sig = ralnum(rng, sig_len, B64URL)
    return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                     b64url(json.dumps(payload, separators=(",", ":")).encode()), sig])


def jwt_valid(s: str) -> bool:
    parts = s.split(".")
    if len(parts) != 3:
        return False
    try:
        head = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except Exception:
        return False
    return isinstance(head, dict) and "alg" in head


API_PREFIXES = ("sk-", "sk-proj-", "sk-ant-", "AKIA", "ASIA", "ghp_", "github_pat_", "xoxb-", "sk_live_",
                "rk_live_", "AIza")


def api_key(rng, kind: str) -> str:
    A = string.ascii_letters + string.digits
    if kind == "openai":
        return "sk-" + ralnum(rng, 48, A)
    if kind == "openai_proj":
        return "sk-proj-" + ralnum(rng, rng.choice([56, 74, 92]), A + "-_")
    if kind == "anthropic":
        return "sk-ant-api03-" + ralnum(rng, 93, A + "-_") + "AA"
    if kind == "aws_id":
        return "AKIA" + ralnum(rng, 16, string.ascii_uppercase + "234567")
    if kind == "aws_sts":
        return "ASIA" + ralnum(rng, 16, string.ascii_uppercase + "234567")
    if kind == "aws_secret":
        return ralnum(rng, 40, A + "/+")
    if kind == "github":
        return "ghp_" + ralnum(rng, 36, A)
    if kind == "github_pat":
        return "github_pat_11" + ralnum(rng, 20, string.ascii_uppercase + string.digits) + "_" + ralnum(rng, 59, A)
    if kind == "slack":
        return "xoxb-%s-%s-%s" % (rdigits(rng, 12), rdigits(rng, 13), ralnum(rng, 24, A))
    if kind == "stripe":
        return "sk_live_" + ralnum(rng, rng.choice([24, 99]), A)
    if kind == "stripe_rk":
        return "rk_live_" + ralnum(rng, 99, A)
    if kind == "google":
        return "AIza" + ralnum(rng, 35, A + "-_")
    raise ValueError(kind)


def api_key_valid(s: str) -> bool:
    return s.startswith(API_PREFIXES) or bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", s))


def high_entropy(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["hex64", "hex32", "b64_44", "b64url_43", "mixed"])
    if kind == "hex64":
        return ralnum(rng, 64, "0123456789abcdef")
    if kind == "hex32":
        return ralnum(rng, 32, "0123456789abcdef")
    if kind == "b64_44":
        return ralnum(rng, 43, B64) + "="
    if kind == "b64url_43":
        return ralnum(rng, 43, B64URL)
    return ralnum(rng, 48, string.ascii_letters + string.digits)


_PW_WORDS = ["Kestrel", "harbor", "Mango", "quartz", "Tundra", "violet", "Saffron", "ember", "Lantern",
             "otter", "Juniper", "cobalt", "Marigold", "falcon", "Pistachio", "drizzle", "Nebula", "walnut",
             "Tamarind", "glacier", "Bramble", "sorbet", "Zephyr", "pebble"]
_PW_SYMS = "!#$%&*?@^~+=_"


def password(rng) -> str:
    style = rng.randint(0, 4)
    w1, w2 = rng.sample(_PW_WORDS, 2)
    if style == 0:
        return w1 + rng.choice(_PW_SYMS) + w2.capitalize() + rdigits(rng, rng.randint(2, 4))
    if style == 1:
        leet = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
        return w1.lower().translate(leet).capitalize() + rdigits(rng, 2) + rng.choice(_PW_SYMS)
    if style == 2:
        return ralnum(rng, rng.randint(12, 18), string.ascii_letters + string.digits + "!#%&*+=?^_~")
    if style == 3:
        return "%s-%s-%s%d" % (w1.lower(), w2.lower(), rng.choice(_PW_WORDS).lower(), rng.randint(1, 99))
    return w1 + str(rng.randint(1960, 2012)) + rng.choice(_PW_SYMS)


def private_key(rng, kind: str | None = None, escaped: bool = False) -> str:
    kind = kind or rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    head = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
            "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"}[kind]
    nlines = {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": rng.randint(5, 7)}.get(kind, rng.randint(6, 10))
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    body = head + ralnum(rng, width * nlines - len(head) - rng.randint(0, 30), B64)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    if kind != "OPENSSH PRIVATE KEY":
        lines[-1] = lines[-1] + "=" * ((4 - len(lines[-1]) % 4) % 4)
    nl = "\\n" if escaped else "\n"
    return nl.join(["-----BEGIN %s-----" % kind] + lines + ["-----END %s-----" % kind])


PEM_RE = re.compile(r"-----BEGIN ([A-Z ]+)-----\n.*\n-----END \1-----", re.S)


def private_key_valid(s: str) -> bool:
    s = s.replace("\\\\n", "\n").replace("\\n", "\n")
    return bool(PEM_RE.fullmatch(s))


# --------------------------------------------------------------------------------------
# Network: e-mail, URL, IP
# --------------------------------------------------------------------------------------
RESERVED_HOST_SUFFIXES = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid")


def host_is_reserved(host: str) -> bool:
    host = host.lower().rstrip(".")
    for suffix in RESERVED_HOST_SUFFIXES:
        if suffix.startswith("."):
            if host.endswith(suffix):
                return True
        elif host == suffix or host.endswith("." + suffix):
            return True
    return False


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and c.isascii())


def email_local(rng, given: str, family: str) -> str:
    g = re.sub(r"[^a-z]", "", ascii_fold(given).lower()) or "x"
    f = re.sub(r"[^a-z]", "", ascii_fold(family).lower()) or "y"
    style = rng.randint(0, 6)
    if style == 0:
        return "%s.%s" % (g, f)
    if style == 1:
        return "%s%s" % (g[0], f)
    if style == 2:
        return "%s_%s%d" % (g, f, rng.randint(1, 99))
    if style == 3:
        return "%s.%s+%s" % (g, f, rng.choice(["portal", "billing", "rx", "tax", "claims"]))
    if style == 4:
        return "%s%s%d" % (f, g[0], rng.randint(60, 99))
    if style == 5:
        return "%s-%s" % (g, f[:4])
    return "%s.%s" % (g[0], f)


PERSONAL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "inbox.example",
                    "post.example", "webmail.test"]


def email_for(rng, p, domain: str | None = None) -> str:
    return "%s@%s" % (email_local(rng, p.given, p.family), domain or rng.choice(PERSONAL_DOMAINS))


def ipv4(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["10", "172", "192", "doc1", "doc2", "doc3"])
    if kind == "10":
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if kind == "172":
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    if kind == "192":
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    if kind == "doc1":
        return "192.0.2.%d" % rng.randint(1, 254)
    if kind == "doc2":
        return "198.51.100.%d" % rng.randint(1, 254)
    return "203.0.113.%d" % rng.randint(1, 254)


_DOC_NETS = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
                                                "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]


def ip_is_synthetic(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return any(a in n for n in _DOC_NETS)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(s).lower()).strip("-")


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
             "outubro", "novembro", "dezembro"]
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
             "ottobre", "novembre", "dicembre"]


def rdate(rng, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def dob(rng) -> dt.date:
    return rdate(rng, 1934, 2008)


def dob_senior(rng) -> dt.date:
    """Birth date of a Medicare-age beneficiary."""
    return rdate(rng, 1934, 1959)


def recent(rng) -> dt.date:
    return rdate(rng, 2023, 2025)


def fdate(d: dt.date, style: str) -> str:
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "us_loose":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dots":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "eu":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmy_text":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "abbr":
        return "%s-%02d-%d" % (MONTHS[d.month - 1][:3].upper(), d.day, d.year)
    if style == "dash_us":
        return "%02d-%02d-%04d" % (d.month, d.day, d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MONTHS_ES[d.month - 1], d.year)
    if style == "de":
        return "%d. %s %d" % (d.day, MONTHS_DE[d.month - 1], d.year)
    if style == "fr":
        return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    if style == "pt":
        return "%d de %s de %d" % (d.day, MONTHS_PT[d.month - 1], d.year)
    if style == "it":
        return "%d %s %d" % (d.day, MONTHS_IT[d.month - 1], d.year)
    if style == "ja":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    raise ValueError(style)


DATE_STYLES_US = ["us", "us", "us_loose", "iso", "long", "dmy_text", "us_short", "abbr", "dash_us"]


def fdate_any(rng, d: dt.date) -> str:
    return fdate(d, rng.choice(DATE_STYLES_US))


def ftime(rng) -> str:
    return "%02d:%02d" % (rng.randint(0, 23), rng.choice(range(0, 60, 1)))


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------
class Person:
    __slots__ = ("given", "family", "middle", "culture")

    def __init__(self, given, family, middle, culture):
        self.given, self.family, self.middle, self.culture = given, family, middle, culture

    @property
    def full(self) -> str:
        return "%s %s" % (self.given, self.family)

    @property
    def last_first(self) -> str:
        return "%s, %s" % (self.family, self.given)

    @property
    def upper(self) -> str:
        return self.full.upper()

    def hl7(self) -> str:
        parts = [self.family.upper(), self.given.upper()]
        if self.middle:
            parts.append(self.middle[0].upper())
        return "^".join(parts)

    @property
    def initial_last(self) -> str:
        return "%s. %s" % (self.given[0], self.family)


NAMES = {
    "igbo_yoruba": (["Chidinma", "Oluwaseun", "Ifeoma", "Babatunde", "Nkechi", "Adebayo", "Folasade", "Chukwudi",
                     "Temitope", "Obiageli", "Kelechi", "Yetunde"],
                    ["Nwachukwu", "Adeyemi", "Okonkwo-Bassey", "Afolabi", "Ezeudu", "Olabode", "Ogunleye",
                     "Anyanwu", "Onyekachi", "Balogun", "Uzoma", "Fashola-Pereira"]),
    "vietnamese": (["Ngoc Anh", "Minh Khoa", "Thu Trang", "Quoc Bao", "Lan Phuong", "Duc Huy", "Hoai Thuong"],
                   ["Pham", "Tran", "Vo", "Huynh", "Dang", "Luong", "Trinh"]),
    "polish": (["Zofia", "Bartosz", "Agnieszka", "Jędrzej", "Małgorzata", "Wojciech", "Halina", "Przemysław"],
               ["Wróblewska", "Kaczmarczyk", "Szymańska", "Zieliński", "Grabowska", "Pietrzak", "Łukasiewicz",
                "Sobczyk"]),
    "indian": (["Ananya", "Vikram", "Lakshmi", "Harpreet", "Ishaan", "Divya", "Karthik", "Meenakshi", "Rohan",
                "Swati"],
               ["Raghunathan", "Chaudhary", "Venkataraman", "Sandhu", "Mehrotra", "Kulkarni", "Iyengar",
                "Bhattacharjee", "Deshpande", "Gill"]),
    "japanese": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Mio", "Kaito", "Hinata"],
                 ["Sakamoto", "Matsudaira", "Kurokawa", "Funabashi", "Ishiguro", "Nagasawa", "Uchida", "Hoshino"]),
    "mexican": (["Ximena", "Rodrigo", "Maite", "Joaquín", "Guadalupe", "Emiliano", "Itzel", "Citlali"],
                ["Castañeda Ruiz", "Villaseñor", "Echeverría", "Barrientos", "de la Garza", "Olvera", "Zúñiga",
                 "Tlapale"]),
    "irish": (["Siobhán", "Cathal", "Niamh", "Oisín", "Aoife", "Donncha", "Clodagh"],
              ["Mac Giolla Phádraig", "Ó Briain", "Doherty-Kavanagh", "O'Riordan", "McGeough", "Ní Fhloinn",
               "Tierney"]),
    "arabic": (["Layla", "Yousef", "Rania", "Omar", "Nour", "Tariq", "Salma", "Khalil"],
               ["Al-Haddad", "Nasrallah", "Khoury", "Bensaïd", "El-Masri", "Qureshi", "Abu-Ghazaleh", "Haddadin"]),
    "korean": (["Seo-yeon", "Min-jun", "Ha-eun", "Ji-ho", "Soo-ah", "Dong-hyun"],
               ["Baek", "Hwang", "Jeon", "Gwon", "Seong", "Yoo"]),
    "filipino": (["Maricel", "Jomar", "Rowena", "Dindo", "Lourdes", "Angelito"],
                 ["Dimaculangan", "Bautista", "Lacsamana", "Dizon", "Magsaysay-Reyes", "Pangilinan"]),
    "somali": (["Hodan", "Mahad", "Sagal", "Abdiwali", "Faadumo", "Guled"],
               ["Warsame", "Jama", "Dualeh", "Abdullahi", "Hersi", "Mohamud"]),
    "brazilian": (["Thaís", "Caio", "Luana", "Vinícius", "Rafaela", "Otávio"],
                  ["Figueiredo", "Albuquerque", "Bittencourt", "Nogueira da Costa", "Sampaio", "Magalhães"]),
    "finnish": (["Aino", "Eero", "Kerttu", "Veikko", "Sanni"],
                ["Kettunen", "Väisänen", "Hämäläinen", "Rantanen", "Lehtinen"]),
    "greek": (["Eleni", "Kostas", "Despina", "Giorgos", "Vasiliki"],
              ["Papadimitriou", "Theodorakopoulos", "Kyriakidou", "Antonopoulos", "Mavridis"]),
    "turkish": (["Elif", "Emre", "Zeynep", "Burak", "Ayşe", "Oğuz"],
                ["Yıldırım", "Karabulut", "Öztürk", "Çelik", "Aydoğan", "Şahin"]),
    "ghanaian": (["Akosua", "Kwabena", "Efua", "Yaw", "Abena", "Kofi"],
                 ["Owusu-Ansah", "Mensah-Bonsu", "Asante", "Boateng", "Amoako", "Ofori-Atta"]),
    "chinese": (["Wen-Hsuan", "Jiayi", "Zihan", "Haoran", "Yuting", "Mingzhe"],
                ["Lin", "Xu", "Zhao", "Guo", "Fang", "Tsai"]),
    "dutch": (["Femke", "Joost", "Sanne", "Maarten", "Lieke", "Thijs"],
              ["van der Heijden", "Verbeek", "de Wit", "Schouten", "van Dijk-Brouwer", "Kuipers"]),
    "german": (["Lena", "Friedemann", "Hannelore", "Jörg", "Mareike", "Till"],
               ["Hoffmeister", "Krüger", "Weißenborn", "Schönfeld", "Brandstätter", "Kühnel"]),
    "french": (["Margaux", "Théo", "Solène", "Gaëtan", "Clémence", "Baptiste"],
               ["Lefebvre-Duval", "Garnier", "Rousseau-Marchal", "Thibault", "Delacroix-Benoît", "Ménard"]),
    "italian": (["Chiara", "Lorenzo", "Benedetta", "Gianmarco", "Ilaria", "Matteo"],
                ["Bonaventura", "Scarpellini", "Del Vecchio", "Fumagalli", "Lo Presti", "Giordano"]),
    "american": (["Dakota", "Brandon", "Tamika", "Garrett", "Shelby", "Marcus", "Kaylee", "Dwayne", "Brooke",
                  "Trent", "LaToya", "Wyatt", "Courtney", "Jolene"],
                 ["Reyes-Whitfield", "Kowalczyk", "Holloway", "Lindqvist", "Pruitt", "Abernathy", "Vasquez",
                  "McAllister", "Threadgill", "Hutchins", "Brannigan", "Okafor", "Delgado", "Summerall"]),
}
MIDDLES = ["Anne", "James", "Marie", "Lee", "Rose", "Ray", "Grace", "Tomás", "Kay", "Dean", ""]

_CULTURES = list(NAMES)


def person(rng, culture: str | None = None) -> Person:
    c = culture or rng.choice(_CULTURES)
    given_pool, family_pool = NAMES[c]
    return Person(rng.choice(given_pool), rng.choice(family_pool), rng.choice(MIDDLES), c)


def people(rng, n: int, culture: str | None = None):
    seen = set()
    out = []
    while len(out) < n:
        p = person(rng, culture)
        if p.full not in seen:
            seen.add(p.full)
            out.append(p)
    return out


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------
STREETS = ["Quarry Ridge Rd", "Tamarack Hollow Ln", "Bellweather Ct", "Ostrander Ave", "Kingfisher Bend",
           "Larkspur Terrace", "Old Mill Pond Rd", "Sweetgum Way", "Harrowgate Dr", "Cobblestone Fork Rd",
           "Pewter Lake Blvd", "Wicklow Commons", "Sassafras St", "Granger Bluff Pkwy", "Thistledown Cir",
           "Marrowbone Pike", "Copperhead Trl", "Sorrel Meadow Ln", "Iron Gate Rd", "Vireo Ct",
           "Halcyon Ave", "Driftwood Landing", "Buckthorn Pl", "Saltmarsh Rd", "Persimmon Grove Dr",
           "Ferncliff Ave", "Whitcomb St", "Lantana Loop", "Ravensworth Rd", "Mockingbird Rise"]
DIRECTIONALS = ["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "]
UNITS = ["", "", "", ", Apt 4B", " Apt 12", ", Unit 3", " #207", ", Ste 110", ", Apt. 2R", " Unit C"]
TOWNS = [("Fenwick Bay", "OR", "974"), ("Cedar Hollow", "PA", "173"), ("Marisol Springs", "NM", "870"),
         ("Port Alden", "ME", "046"), ("Briar Glen", "OH", "457"), ("Tillman Crossing", "TX", "766"),
         ("Hollins Ferry", "MD", "216"), ("Juniper Flats", "AZ", "856"), ("Okemah Ridge", "OK", "748"),
         ("Silverlake Junction", "MN", "566"), ("Waverly Pines", "GA", "315"), ("New Bexley", "NJ", "083"),
         ("Ashford Mills", "NC", "273"), ("Kettle Landing", "WA", "991"), ("Greywater", "MI", "497"),
         ("Lomita Heights", "CA", "935"), ("Pell City Station", "AL", "351"), ("Dunmore Lake", "WI", "549"),
         ("Red Bank Hollow", "KY", "417"), ("Saguache Bend", "CO", "811")]


class Address:
    __slots__ = ("street", "city", "state", "zip")

    def __init__(self, street, city, state, zipc):
        self.street, self.city, self.state, self.zip = street, city, state, zipc


def us_address(rng, zip4: bool | None = None) -> Address:
    num = str(rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 19999)]))
    street = "%s %s%s%s" % (num, rng.choice(DIRECTIONALS), rng.choice(STREETS), rng.choice(UNITS))
    city, state, z3 = rng.choice(TOWNS)
    z = z3 + rdigits(rng, 2)
    if zip4 is None:
        zip4 = rng.random() < 0.2
    if zip4:
        z += "-" + rdigits(rng, 4)
    return Address(street, city, state, z)


FOREIGN_ADDR = {
    "DE": ["Am Kieselgrund {n}, {pc} Leipzig", "Holunderstieg {n}, {pc} Hamburg", "Weidenhofstraße {n}, {pc} Köln"],
    "ES": ["Calle de los Almendros {n}, 3º B, {pc} Madrid", "Carrer del Teixidor {n}, {pc} Barcelona",
           "Avenida de las Acacias {n}, {pc} Sevilla"],
    "FR": ["{n} rue des Glycines, {pc} Lyon", "{n} allée du Vieux Lavoir, {pc} Nantes",
           "{n} impasse des Tanneurs, {pc} Toulouse"],
    "IT": ["Via dei Tessitori {n}, {pc} Firenze", "Viale delle Mimose {n}, {pc} Bologna",
           "Vicolo del Fornaio {n}, {pc} Torino"],
    "PT": ["Rua das Amendoeiras {n}, {pc} Porto", "Travessa do Moleiro {n}, 2.º Esq., {pc} Lisboa"],
    "PL": ["ul. Jaśminowa {n}/4, {pc} Kraków", "ul. Pszczelarska {n}, {pc} Poznań"],
    "NL": ["Zwanenbloemstraat {n}, {pc} Utrecht", "Korenmolenweg {n}, {pc} Leiden"],
}


def foreign_address(rng, cc: str) -> str:
    tmpl = rng.choice(FOREIGN_ADDR[cc])
    n = str(rng.randint(2, 140))
    if cc == "DE" or cc == "ES" or cc == "FR" or cc == "IT":
        pc = "%05d" % rng.randint(1001, 98999)
    elif cc == "PT":
        pc = "%04d-%03d" % (rng.randint(1000, 4999), rng.randint(1, 999))
    elif cc == "PL":
        pc = "%02d-%03d" % (rng.randint(10, 99), rng.randint(0, 999))
    else:
        pc = "%04d %s%s" % (rng.randint(1000, 9999), rng.choice("ABCDEFGHJKLMNPRSTVWXZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXZ"))
    return tmpl.format(n=n, pc=pc)


# --------------------------------------------------------------------------------------
# Organisations (all fictional) -- never labeled
# --------------------------------------------------------------------------------------
HOSPITALS = ["St. Brigid Regional Medical Center", "Mercy Lakes Community Hospital", "Ridgeview Orthopedic Associates",
             "Tallgrass Family Medicine", "Harbor Point Cancer Institute", "Okemah Valley Health",
             "Bluff City Pediatrics", "Lantern Hill Behavioral Health", "Cedar Hollow Cardiology Group",
             "Sweetwater Dialysis Partners"]
INSURERS = ["Bluestem Health Plan", "Keystone Mutual Health", "Harborlight Medicare Advantage", "Prairie Oak Dental",
            "Northfork Benefit Administrators", "Sunfield Care Alliance"]
BANKS = ["Ironbridge Savings Bank", "Crescent Valley Credit Union", "Tidewater Federal Savings",
         "Granite Shoals National Bank", "Lakemont Community Bank", "Cinder Rock Trust Co."]
FOREIGN_BANKS = {"DE": "Rheinufer Volksbank eG", "ES": "Banco Marítimo del Sur", "FR": "Crédit Vallée de la Loire",
                 "IT": "Banca Popolare dei Colli", "PT": "Caixa Agrícola do Douro", "PL": "Bank Spółdzielczy Wisłoka",
                 "NL": "Polderland Bank N.V.", "GB": "Ferrymead Building Society", "CH": "Seetal Privatbank AG",
                 "BE": "Banque de la Meuse", "AT": "Alpenland Sparkasse", "IE": "Shannonside Credit Union",
                 "LU": "Banque Mosellane", "SE": "Vättern Sparbank", "NO": "Fjordkysten Sparebank",
                 "DK": "Limfjord Andelskasse", "FI": "Saimaan Osuuspankki"}
EMPLOYERS = ["Brightwater Logistics", "Halvorsen & Pike LLP", "Quillfeather Analytics", "Maren Tide Seafoods",
             "Copperline Fabrication", "Tesserak Robotics", "Oakhaven School District", "Pinecrest Home Health",
             "Vantablue Media", "Juniper Flats Water Authority", "Glasswing Software", "Redfern Grain Cooperative"]
PRODUCTS = ["Aurelia Pay", "CareBridge", "LedgerLoom", "Stethos", "Clearwell Claims", "NimbusDesk"]
