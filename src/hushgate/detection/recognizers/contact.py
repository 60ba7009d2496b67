"""Contact identifiers: e-mail, URL, IP address, phone number (HIPAA D-F, N, O)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import phonenumbers
from presidio_analyzer import Pattern

from hushgate.detection.findings import Candidate
from hushgate.detection.recognizers.base import Recognizer

# The local part before an "@": searched for in the 64 characters before it.
# Possessive: a start inside an earlier word fails at its end at once instead
# of backing off one character at a time (a shorter run cannot reach \Z).
_EMAIL_LOCAL_TAIL = re.compile(r"[A-Za-z0-9._%+'\-]{1,64}+\Z")
_USERINFO_BREAK = re.compile(r"[\s/]")


class EmailRecognizer(Recognizer):
    ENTITY = "EMAIL_ADDRESS"
    # Anchored on "@" (rare in prose) and expanded backwards for the local
    # part, instead of a pattern that would start at every letter.
    PATTERNS = (
        Pattern(
            "email_domain",
            r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9\-])",
            0.9,
        ),
    )
    CONTEXT = ("email", "e-mail", "mail", "contact")
    FIELD_NAMES = ("email", "emailaddress", "mail", "contactemail", "patientemail")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        at, end = match.span()
        local = _EMAIL_LOCAL_TAIL.search(text, max(0, at - 64), at)
        if local is None:
            return
        start = local.start()
        while start < at and text[start] in ".'-":
            start += 1
        if start == at or (start > 0 and text[start - 1].isalnum()):
            return
        # user:password@host inside a connection string is a credential, not a
        # mailbox: "://" before the "@" with no space or "/" in between.
        scheme_end = text.rfind("://", max(0, at - 200), at)
        if scheme_end >= 0 and not _USERINFO_BREAK.search(text, scheme_end + 3, at):
            return
        yield self.candidate(start, end, pattern.score)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        at = value.find("@")
        return 0 < at < len(value) - 3 and " " not in value and "." in value[at:]


_SCHEME_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9+]{1,12}\Z")
_SCHEMES = frozenset(
    "http https ftp ftps sftp ssh postgres postgresql mysql mariadb mongodb mongodb+srv redis rediss "
    "amqp amqps ldap ldaps s3 ws wss git file smb".split()
)
_URL_TRAILING = ".,;:!?'\")]}>*"


class UrlRecognizer(Recognizer):
    ENTITY = "URL"
    PATTERNS = (
        # Anchored on "://" (a literal the regex engine finds with a fast
        # substring search); the scheme is read backwards in propose.
        Pattern("url_scheme", r"://[^\s<>\"'`{}|\\^\[\]]{1,2048}", 0.85),
        # Connection strings put raw passwords in the userinfo, "^" and "*"
        # included, although RFC 3986 would have them percent-encoded.
        Pattern("url_userinfo", r"://[^\s/@<>\"'`]{1,256}@[^\s<>\"'`{}|\\^\[\]]{1,2048}", 0.85),
        Pattern("url_www", r"www\.[A-Za-z0-9\-]{1,63}\.[^\s<>\"'`{}|\\^\[\]]{2,2048}", 0.8),
    )
    CONTEXT = ("url", "link", "website", "portal", "site")
    FIELD_NAMES = ("url", "link", "website", "homepage", "profileurl")
    CHECK_BOUNDARIES = False

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        score = pattern.score
        if pattern.name in ("url_scheme", "url_userinfo"):
            scheme = _SCHEME_BEFORE.search(text, max(0, start - 16), start)
            if scheme is None or scheme.group().lower() not in _SCHEMES:
                return
            start = scheme.start()
            if scheme.group().lower() not in ("http", "https"):
                score = 0.8
        if start > 0 and text[start - 1].isalnum():
            return
        # Sentence punctuation after a link is not part of it; a closing
        # bracket is, when the link opened one (wiki-style URLs).
        while end > start and text[end - 1] in _URL_TRAILING:
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        if end - start < 10:
            return
        yield self.candidate(start, end, score)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return value.lower().startswith(("http://", "https://", "www.")) and " " not in value


_HEX = frozenset("0123456789abcdefABCDEF")
_VERSION_OPERATORS = frozenset({"==", ">=", "<=", "~=", "!="})


# A colon and what may follow it in an IPv6 address. Also declared by the
# device recognizer (MAC addresses): identical regexes are scanned once and
# each match handed to every recognizer that declares it.
COLON_RUN = r":[0-9A-Fa-f:.]{2,45}(?:/[0-9]{1,3})?"


_PORT = re.compile(r":[0-9]{1,5}(?![0-9.:A-Za-z])")


class IpAddressRecognizer(Recognizer):
    ENTITY = "IP_ADDRESS"
    PATTERNS = (
        Pattern("ipv4", r"[0-9](?<![A-Za-z0-9][0-9])[0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?:/[0-9]{1,2})?", 0.75),
        # Candidate IPv6 text (hex, colons, an embedded v4 tail); the real
        # check is the ipaddress module.
        # Anchored on a colon (rare in prose, unlike hex letters) and extended
        # back over the first group in propose.
        Pattern("ipv6", COLON_RUN, 0.8),
    )
    CONTEXT = ("ip", "ip address", "ipv4", "ipv6", "address", "host", "client", "server", "from", "source ip")
    NEGATIVE_CONTEXT = ("version", "v", "ver", "release", "build", "oid")
    FIELD_NAMES = ("ip", "ipaddress", "clientip", "remoteaddr", "sourceip", "srcip", "dstip")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        if pattern.name == "ipv6":
            if start > 0 and text[start - 1] == ":":
                return  # inside an address already consumed from its first colon
            lead = start
            while lead > 0 and start - lead < 4 and text[lead - 1] in _HEX:
                lead -= 1
            start = lead
            while end > start and text[end - 1] in ".:" and not text[start:end].endswith("::"):
                end -= 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".:"):
            return
        if end < len(text) and (text[end].isalnum() or (text[end] in ".:" and end + 1 < len(text) and text[end + 1].isalnum())):
            # "host=172.30.114.72:9100": an IPv4 address and its port.
            if not (pattern.name == "ipv4" and _PORT.match(text, end)):
                return
        value = text[start:end]
        # Dependency pins (">=1.2.0.0", "==3.7.4.1") are versions.
        if pattern.name == "ipv4" and start > 0 and (text[start - 1] in "<>~^" or text[max(0, start - 2) : start] in _VERSION_OPERATORS):
            return
        if pattern.name == "ipv4":
            # The pattern leaves four runs of 1-3 ASCII digits (and a prefix
            # length): ipaddress accepts exactly those without a leading zero
            # and up to 255, which is checked here without its parser.
            if not all(octet == "0" or (octet[0] != "0" and int(octet) <= 255) for octet in value.split("/", 1)[0].split(".")):
                return
        elif not self._valid(value, True):
            return
        yield self.candidate(start, end, pattern.score)

    @staticmethod
    def _valid(value: str, v6: bool) -> bool:
        address = value.split("/", 1)[0]
        try:
            if v6:
                colons = address.count(":")
                if colons < 2:
                    return False
                # Without "::", an IPv4 tail or a scope, an address is eight
                # groups: reject other counts (clock times, "10:49:21")
                # without raising and catching ipaddress's ValueError.
                if colons != 7 and "::" not in address and "." not in address and "%" not in address:
                    return False
                ipaddress.IPv6Address(address)
            else:
                ipaddress.IPv4Address(address)
        except ValueError:
            return False
        return True

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return self._valid(value, ":" in value)


_NANP_SHAPE = re.compile(r"(?:\+?1[ .\-]?)?(?:\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[ .\-])[0-9]{3}[ .\-][0-9]{4}")
_PHONE_SEPARATORS = frozenset(" .-()/+")
_AREA_CODE_LAYOUT = re.compile(r"(?:\+?1[ ]?)?\([2-9][0-9]{2}\)[ ]?[0-9]{3}[ .\-][0-9]{4}")
_DIGIT_GROUPS = re.compile(r"[0-9]+")
# Digit-group layouts of numbers written without a country code: NANP
# (10 or 1+10 digits, grouped 3-3-4) and compact national forms.
_NATIONAL_GROUPINGS = frozenset({(10,), (11,), (3, 3, 4), (1, 3, 3, 4), (3, 7), (1, 10), (3, 4, 4), (4, 3, 4), (5, 6), (2, 4, 4), (3, 3, 3, 3)})
# A value whose digit groups have one of those layouts (whatever separates
# them): one regex test that rejects most digit runs without a country code
# before they are split into groups.
_NATIONAL_LAYOUT = re.compile(
    "[^0-9]*(?:" + "|".join("[^0-9]+".join(f"[0-9]{{{n}}}" for n in layout) for layout in sorted(_NATIONAL_GROUPINGS)) + ")[^0-9]*"
)


# Regions whose numbers are written with a national trunk prefix "0" and no
# country code ("020 7946 0018", "030 12345678", "06 12 34 56 78"): such a
# number is never a NANP number, and is tried against these in order.
TRUNK_PREFIX_REGIONS = ("GB", "IE", "DE", "FR", "NL", "BE", "AT", "CH", "IT", "AU", "NZ", "IN", "ZA")
# "01.02.2024", "2024-01-15 10" and the like: date-shaped digit groups.
_DATE_GROUPS = frozenset({(2, 2, 4), (4, 2, 2), (2, 2, 2), (2, 2, 4, 2, 2), (4, 2, 2, 2, 2)})


_ZIP_PLUS_4 = re.compile(r"[0-9]{5}-[0-9]{4}")
_STATE_CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2}[ ]\Z")


class PhoneRecognizer(Recognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = (Pattern("phone_candidate", r"[+(0-9][0-9 .\-()/]{6,22}[0-9]", 0.75),)
    CONTEXT = (
        "phone", "telephone", "tel", "cell", "mobile", "call", "fax", "contact", "reach",
        "text", "ph", "phone number", "cell phone", "home phone", "work phone", "callback",
    )
    NEGATIVE_CONTEXT = (
        "build", "version", "firmware", "release", "v", "ver", "patch",
        "order", "invoice", "tracking", "ticket", "confirmation", "ref", "reference",
        "account", "acct", "routing", "npi", "mrn", "ssn", "member id", "policy", "claim",
        # Catalogue numbers are often phone-shaped ("Part no. 887-313-0162", "Model 404-975-0428").
        "part", "part no", "part number", "p/n", "pn", "sku", "model", "model no", "item",
        "item no", "catalog", "catalogue", "cat no", "serial", "serial no", "s/n", "lot", "mfr",
        "upc", "isbn", "stock no", "batch", "bin",
        # Driver's license numbers are digit groups too ("New York 033 741 398").
        "license", "licence", "driver's license", "dl",
    )
    FIELD_NAMES = ("phone", "phonenumber", "telephone", "tel", "mobile", "cell", "fax", "contactphone", "homephone", "workphone")
    # Bare digit runs are too often order numbers or ids: they need context.
    BARE_SCORE = 0.4
    # A national number valid in one of ``regions`` and grouped the way that
    # region writes it ("020 7946 0958", "06 12 34 56 78"): reported alone,
    # but a negative context word ("order", "ref") outweighs it. Valid with
    # another grouping (phonenumbers accepts most digit runs for DE or IT):
    # only with context.
    TRUNK_SCORE = 0.55
    AREA_CODE_SCORE = 0.9

    def __init__(self, regions: tuple[str, ...] = TRUNK_PREFIX_REGIONS) -> None:
        super().__init__()
        # phonenumbers compiles its metadata patterns through ``re``'s cache,
        # which the recognizers' own patterns have already filled (512
        # entries, first in first out): numbers from many regions made it
        # recompile on every call, 5x the median cost of a short prompt
        # (benchmarks/bench_detection.py, "intl phones"). Its own cache holds
        # only metadata patterns, never a number.
        phonenumbers.enable_pattern_cache()
        self.regions = regions
        self._trunk_regions = tuple(_TrunkRegion.of(region) for region in regions)

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        value = text[start:end]
        # An opening parenthesis without its partner belongs to the prose.
        if value[0] == "(" and ")" not in value:
            start += 1
            value = value[1:]
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-./"):
            return
        if end < len(text) and (text[end].isalnum() or (text[end] in "-/." and end + 1 < len(text) and text[end + 1].isdigit())):
            return
        groups = _DIGIT_GROUPS.findall(value)
        digits = sum(map(len, groups))
        if digits < 7 or digits > 15:
            return
        if _trunk_prefixed(value):
            # "Glenmoor Heights, NJ 07869-6206": a ZIP+4 after its state, not a national number.
            if _ZIP_PLUS_4.fullmatch(value) and _STATE_CODE_BEFORE.search(text, max(0, start - 4), start):
                return
            score = self._national_score(value, groups)
            if score:
                yield self.candidate(start, end, score)
            return
        if not self._plausible(value, groups):
            return
        yield self.candidate(start, end, self._layout_score(value, pattern.score))

    def _layout_score(self, value: str, score: float) -> float:
        """Bare digit runs need context; "(558) 733-2251" and "+1 503 555 0174"
        are written as only a phone number is, and outweigh a nearby
        "account" or "reference"."""
        if value.isdigit():
            return self.BARE_SCORE
        return self.AREA_CODE_SCORE if value[0] == "+" or _AREA_CODE_LAYOUT.fullmatch(value) else score

    def propose_many(self, text: str, matches: Iterable[re.Match[str]], pattern: Pattern, out: list[Candidate]) -> None:
        # ``propose`` inlined for the one hot scan (every digit run with
        # separators): most matches fail the boundary or layout checks.
        length = len(text)
        findall = _DIGIT_GROUPS.findall
        plausible = self._plausible
        national_layout = _NATIONAL_LAYOUT.fullmatch
        for match in matches:
            start, end = match.span()
            value = match.group()
            if value[0] == "(" and ")" not in value:
                start += 1
                value = value[1:]
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-./"):
                continue
            if end < length and (text[end].isalnum() or (text[end] in "-/." and end + 1 < length and text[end + 1].isdigit())):
                continue
            if _trunk_prefixed(value):
                # Rare (a "0" after a blank): the slow path.
                out.extend(self.propose(text, match, pattern))
                continue
            # _plausible's first test for a number without a country code.
            if value[0] != "+" and national_layout(value) is None:
                continue
            groups = findall(value)
            digits = sum(map(len, groups))
            if digits < 7 or digits > 15:
                continue
            if not plausible(value, groups):
                continue
            out.append(self.candidate(start, end, self._layout_score(value, pattern.score)))

    def _plausible(self, value: str, groups: list[str] | None = None) -> bool:
        # Dates (2024-01-15, 01/15/2024) and SSN-shaped runs are not phones.
        if value.count("/") >= 2:
            return False
        if value[0] != "+":
            if groups is None:
                groups = _DIGIT_GROUPS.findall(value)
            if _trunk_prefixed(value):
                return self._national_score(value, groups) > 0
            if tuple(map(len, groups)) not in _NATIONAL_GROUPINGS:
                return False
            digits = "".join(groups)
            if len(digits) == 11 and digits[0] == "1":
                digits = digits[1:]
            if len(digits) == 10:
                # NANP without a country code: NXX area code and NXX exchange
                # (phonenumbers would say the same, at ~50x the cost).
                return digits[0] in "23456789" and digits[3] in "23456789" and digits[1:3] != "11"
            if not (len(digits) == 12 and digits.startswith("11")):
                # Without a "+" or the "011" of an international call (a trunk
                # "0" took the branch above), phonenumbers reads a NANP number:
                # ten digits after the country code "1" and the trunk "1". An
                # IPv4 address or part number ("192.168.168.213",
                # "2345-678-9012") is not worth ~30 µs of parsing.
                return False
        # A +1 number in the usual US layout: phonenumbers would accept it
        # either as a valid number or, failing that, by the layout check at
        # the end; and it never rejects that layout as unparseable
        # (tests/detection/test_validators.py). The answer is True without
        # the ~18 µs of parsing.
        if _NANP_SHAPE.fullmatch(value) is not None:
            return True
        try:
            parsed = phonenumbers.parse(value, "US")
        except phonenumbers.NumberParseException:
            return False
        if phonenumbers.is_valid_number(parsed):
            return True
        # Fictional 555 numbers in the usual US layout still identify a line,
        # and so does a number written with its country code in plain digit
        # groups that has a possible length there (Ofcom's drama range
        # "+44 7700 900123").
        return _NANP_SHAPE.fullmatch(value) is not None or (
            _INTERNATIONAL_GROUPS.fullmatch(value) is not None and phonenumbers.is_possible_number(parsed)
        )

    def _national_score(self, value: str, groups: list[str]) -> float:
        """The score of a number with a trunk prefix: 0 unless valid in one of
        ``regions``; full when grouped as that region formats it."""
        layout = tuple(map(len, groups))
        # Bare runs ("028748326" is an ABA routing number as often as not)
        # and dates are not worth parsing for 13 regions. The trunk "0"
        # belongs to an area code: "0.5 0.25", "0 12 24" are not numbers.
        if len(layout) == 1 or layout in _DATE_GROUPS or value.count("/") >= 2 or len(groups[0]) < 2 or not 9 <= sum(layout) <= 12:
            return 0.0
        digits = "".join(groups)
        score = 0.0
        for region in self._trunk_regions:
            number = region.number(digits)
            if number is not None and phonenumbers.is_valid_number(number):
                national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
                if layout == tuple(map(len, _DIGIT_GROUPS.findall(national))):
                    return self.TRUNK_SCORE
                score = self.BARE_SCORE
        return score

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return 7 <= sum(c.isdigit() for c in value) <= 15 and all(c.isdigit() or c in _PHONE_SEPARATORS or c == "x" for c in value) and self._plausible(value)


@dataclass(frozen=True)
class _TrunkRegion:
    """What ``phonenumbers.parse(value, region)`` does to a number written
    with the region's trunk "0", without parsing: ~5 µs a region instead of
    ~20 (a prompt of numbers valid nowhere costs 13 regions each).
    ``tests/detection/test_validators.py`` holds it to parse's answers."""

    country_code: int
    # Italy has no trunk prefix: the "0" is part of the number.
    keeps_zero: bool
    lengths: frozenset[int]
    general: re.Pattern[str]

    @classmethod
    def of(cls, region: str) -> _TrunkRegion:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        return cls(
            phonenumbers.country_code_for_region(region),
            metadata.national_prefix is None,
            frozenset(metadata.general_desc.possible_length),
            re.compile(metadata.general_desc.national_number_pattern),
        )

    def number(self, digits: str) -> phonenumbers.PhoneNumber | None:
        """`digits` (with their trunk "0") as this region's number, or None
        when no number of the region has that length and shape."""
        national = digits if self.keeps_zero else digits[1:]
        if len(national) not in self.lengths or self.general.fullmatch(national) is None:
            return None
        return phonenumbers.PhoneNumber(
            country_code=self.country_code, national_number=int(national), italian_leading_zero=True if self.keeps_zero else None
        )


# "+44 7700 900123", "+49-30-901820": a country code, then two to four digit groups.
_INTERNATIONAL_GROUPS = re.compile(r"\+[1-9][0-9]{0,2}(?:[ .\-][0-9]{2,6}){2,4}")


def _trunk_prefixed(value: str) -> bool:
    """Starts with a national trunk prefix: "0" but not the "00" of an
    international call ("020 7946 0018", "(0)30 1234567")."""
    digits = value.lstrip("(")
    return digits[:1] == "0" and digits[1:2] != "0"
