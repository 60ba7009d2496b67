"""Financial identifiers: card numbers and card data, IBAN, ABA routing,
bank accounts, SWIFT/BIC (HIPAA J; PCI DSS 3.3/3.4)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from hushgate.detection.checksums import IBAN_LENGTHS, aba_routing_valid, card_valid, iban_valid
from hushgate.detection.findings import Candidate
from hushgate.detection.names import first_names, surnames
from hushgate.detection.recognizers.base import Recognizer, bounded, digits_only
from hushgate.detection.recognizers.government import NINE_DIGITS
from hushgate.detection.recognizers.keyed import ANSWER_ID_SEP, ANSWER_SEP, KeyedPattern

_GROUP = re.compile(r"[0-9]+")
_BIC_VALUE = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")


class CreditCardRecognizer(Recognizer):
    ENTITY = "CREDIT_CARD"
    # A digit run start, then 11-18 more digits each after at most two
    # spaces/dashes. Tried at every number, so first the cheap necessary
    # condition "the next 11 characters are all digits, spaces or dashes",
    # and the separators are possessive (a digit must follow them anyway).
    PATTERNS = (Pattern("pan", r"[0-9](?<![A-Za-z0-9][0-9])(?=[0-9 \-]{11})(?:[ \-]{0,2}+[0-9]){11,18}", 0.9),)
    CONTEXT = ("card", "credit card", "debit card", "visa", "mastercard", "amex", "discover", "pan", "cc", "card number")
    # Barcodes and batch references share the digits and pass Luhn one time in ten.
    NEGATIVE_CONTEXT = ("ean", "upc", "gtin", "isbn", "barcode", "batch", "batch ref")
    FIELD_NAMES = ("cardnumber", "creditcard", "creditcardnumber", "pan", "ccnumber", "cc", "card")
    # 12- and 13-digit card numbers (some Maestro, old Visa) are rare, and
    # an EAN-13 or a reference number often has that length: below the
    # threshold with a barcode or batch word before it, reported otherwise.
    SHORT_PAN_SCORE = 0.6

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        if start > 0 and (text[start - 1].isalnum() or (text[start - 1] in "-." and start > 1 and text[start - 2].isdigit())):
            return
        if end < len(text) and text[end].isalnum():
            return
        # The greedy match may have swallowed a following group ("... 1111 12");
        # try the longest run of whole digit groups that is a valid card.
        groups = _GROUP.findall(text, start, end)
        # Cards are printed in fours from the left (4-4-4-4, Amex 4-6-5): "396-7707591-0196049"
        # is an order number, "+49 457 20254616" a phone number.
        if (len(groups) > 1 and len(groups[0]) != 4) or text[start - 1 : start] == "+":
            return
        digits = "".join(groups)
        for count in range(len(groups), 0, -1):
            if len(digits) < 12:
                return
            if card_valid(digits):
                last = list(_GROUP.finditer(text, start, end))[count - 1]
                yield self.candidate(start, last.end(), pattern.score if len(digits) >= 14 else self.SHORT_PAN_SCORE)
                return
            digits = digits[: -len(groups[count - 1])]

    def validate_result(self, pattern_text: str) -> bool | None:
        return card_valid(digits_only(pattern_text))


class CardSecurityCodeRecognizer(Recognizer):
    ENTITY = "CARD_SECURITY_CODE"
    LOWER_PATTERNS = (
        KeyedPattern(
            "keyed",
            "cvv|cvv2|cvc|cvc2|cid|csc|cvn|security code|card verification value|card verification code|card code|verification code|"
            # Spanish, French, German, Italian, Portuguese.
            "código de seguridad|cryptogramme|code de sécurité|kartenprüfnummer|prüfziffer|codice di sicurezza|código de segurança|"
            # Japanese, Chinese, Korean.
            "セキュリティコード|安全码|보안코드|보안 코드",
            r"[0-9]{3,4}",
            0.85,
            suffix=r"(?![0-9])",
        ),
        # A transcript's answer: "And the three digits on the back?\nCustomer: 147."
        KeyedPattern(
            "answer",
            "cvv|cvc|security code|digits on the back|three digits on the back|code on the back",
            r"[0-9]{3,4}",
            0.85,
            suffix=r"(?![0-9])",
            sep=ANSWER_SEP,
        ),
    )
    CONTEXT = ("cvv", "cvc", "security code", "code on the back", "digits on the back", "three digits on the back")
    FIELD_NAMES = ("cvv", "cvc", "cvv2", "cvc2", "securitycode", "cardsecuritycode", "csc")

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return value.isdigit() and 3 <= len(value) <= 4


class CardTrackDataRecognizer(Recognizer):
    ENTITY = "CARD_TRACK_DATA"
    PATTERNS = (
        Pattern("track1", r"%[Bb][0-9]{12,19}\^[^\^\n]{2,26}\^[0-9]{4}[^?\n]{0,100}\?", 0.95),
        Pattern("track2", r";[0-9]{12,19}=[0-9]{4}[0-9]{0,40}\?", 0.95),
    )
    CHECK_BOUNDARIES = False


# Country length -> the first that many alphanumerics of an IBAN match.
_IBAN_HEADS = {length: re.compile(rf"(?:[ \-]?[A-Za-z0-9]){{{length}}}") for length in set(IBAN_LENGTHS.values())}


class IbanRecognizer(Recognizer):
    ENTITY = "IBAN_CODE"
    PATTERNS = (Pattern("iban", r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z][0-9]{2}(?:[ \-]?[A-Za-z0-9]){10,32}", 0.9),)
    CONTEXT = ("iban", "account", "bank", "transfer", "wire", "sepa")
    FIELD_NAMES = ("iban", "ibancode", "bankaccount", "accountiban")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        if start > 0 and text[start - 1].isalnum():
            return
        expected = IBAN_LENGTHS.get(text[start : start + 2])
        if expected is None:
            return
        # Exactly `expected` alphanumerics from the start (the match has at
        # most one space or dash before each).
        head = _IBAN_HEADS[expected].match(text, start, end)
        if head is None:
            return
        position = head.end()
        if position < len(text) and text[position].isalnum():
            return
        if not iban_valid(text[start:position]):
            return
        yield self.candidate(start, position, pattern.score)

    def validate_result(self, pattern_text: str) -> bool | None:
        return iban_valid(pattern_text)


class UsRoutingNumberRecognizer(Recognizer):
    ENTITY = "US_ROUTING_NUMBER"
    # One in ten random 9-digit strings passes the checksum: context decides.
    # Shares the SSN scan (same regex); separators are rejected below.
    PATTERNS = (Pattern("nine_digits", NINE_DIGITS, 0.35),)
    CONTEXT = (
        "routing", "routing number", "aba", "rtn", "transit", "routing no", "bank routing", "routing_number", "routingnumber", "ach",
        "fedwire", "wire", "direct deposit",
        # Spanish: "ruta 073445252", "número de ruta".
        "ruta", "número de ruta", "numero de ruta",
    )
    NEGATIVE_CONTEXT = ("ssn", "social security", "order", "invoice", "tracking", "zip")
    FIELD_NAMES = ("routingnumber", "routing", "aba", "abanumber", "rtn", "bankrouting")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        # Recognizer.propose for this one pattern (no "v" group), inlined:
        # it runs on every nine-digit number.
        start, end = match.span()
        if not bounded(text, start, end):
            return
        value = match.group()
        if value.isdigit() and aba_routing_valid(value):
            yield self.candidate(start, end, pattern.score)

    def validate_result(self, pattern_text: str) -> bool | None:
        return pattern_text.isdigit() and aba_routing_valid(pattern_text)


class UsBankAccountRecognizer(Recognizer):
    ENTITY = "US_BANK_ACCOUNT"
    LOWER_PATTERNS = (
        KeyedPattern(
            "keyed",
            "account|acct|a/c|checking|savings|bank account|checking account|savings account|"
            "deposit account|account_number|acct_no|beneficiary account|loan|loan account|mortgage|dda|"
            "chk|chkg|sav|svgs|"
            # Spanish, French, German, Italian, Portuguese.
            "cuenta|número de cuenta|cuenta bancaria|compte|numéro de compte|kontonummer|konto|conto|numero di conto|conta|número da conta|"
            # Vietnamese, Arabic, Korean, Japanese (an ordinary or current account), Chinese.
            "số tài khoản|số tài khoản ngân hàng|رقم الحساب|계좌번호|계좌|口座番号|普通|当座|账号|帐号|帳號",
            # Dashed, or in groups of three or four digits ("0001 2345 6789").
            r"(?:[0-9]{3,4}(?:[ ][0-9]{3,4}){2,4}|[0-9][0-9\-]{2,19}[0-9])",
            0.8,
            suffix=r"(?![0-9])",
        ),
        KeyedPattern(
            "answer", "account number|account|acct number|checking account|savings account", r"[0-9][0-9\-]{3,19}[0-9]",
            0.8, suffix=r"(?![0-9])", sep=ANSWER_ID_SEP,
        ),
    )
    CONTEXT = ("account", "acct", "bank", "checking", "savings", "deposit")
    # "GL account: 65656" is a ledger's: as longer keywords they hide "account" from the keyed pattern.
    NEGATIVE_CONTEXT = ("order", "invoice", "ticket", "tracking", "gl account", "ledger account", "expense account", "general ledger")
    FIELD_NAMES = ("accountnumber", "bankaccount", "bankaccountnumber", "acctnumber", "acctno", "checkingaccount", "savingsaccount")

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = digits_only(pattern_text)
        return 5 <= len(digits) <= 17 and len(set(digits)) > 1

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return all(c.isdigit() or c == "-" for c in value) and self.validate_result(value) is True


# ISO 3166 codes that appear in BICs (IBAN countries plus the big non-IBAN ones).
_BIC_COUNTRIES = frozenset(IBAN_LENGTHS) | frozenset(
    "US CA MX JP CN HK SG AU NZ IN KR TW TH MY ID PH VN ZA NG KE AR CL CO PE UY VE ZW MA DZ".split()
)


_BIC_LABEL_BEFORE = re.compile(r"(?i:swift|bic|السويفت)[^\n]{0,16}\Z")


class SwiftCodeRecognizer(Recognizer):
    ENTITY = "SWIFT_CODE"
    PATTERNS = (Pattern("bic", r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{3}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])", 0.35),)
    CONTEXT = ("swift", "bic", "swift code", "bic code", "swift/bic", "bank", "wire", "beneficiary bank", "sort code", "السويفت")
    # Shop codes have the same shape: "Promo code WIISPSV0".
    # X12 interchange ids after their "ZZ" qualifier: "ISA*00*...*ZZ*SUBMITTER01".
    NEGATIVE_CONTEXT = (
        "promo", "promo code", "coupon", "coupon code", "voucher", "discount code", "gift code", "referral code", "zz",
        # A card terminal's or merchant's id on a receipt: "TERM ID JUGFSD2C".
        "term id", "terminal", "terminal id", "tid", "merchant id", "mid",
    )
    FIELD_NAMES = ("swift", "bic", "swiftcode", "biccode", "swiftbic")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        if not bounded(text, start, end):
            return
        value = text[start:end]
        if value[4:6] not in _BIC_COUNTRIES:
            return
        # "GS*HC*SUBMITTER01*...": an X12 element between its separators, not a BIC.
        if text[start - 1 : start] == "*" and text[end : end + 1] == "*":
            return
        # "WOJCIECH KACZMAREK" on a bank statement: a name in capitals has
        # the shape too. Only a label right before it makes it a BIC.
        if value.isalpha() and _BIC_LABEL_BEFORE.search(text, max(0, start - 24), start) is None:
            lower = value.lower()
            if lower in first_names() or lower in surnames():
                return
        # A digit in the location/branch part is typical of real BICs and
        # absent from shouted English words ("HOSPITAL").
        score = pattern.score + (0.2 if any(c.isdigit() for c in value[6:]) else 0.0)
        yield self.candidate(start, end, score)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return _BIC_VALUE.fullmatch(value) is not None and value[4:6] in _BIC_COUNTRIES
