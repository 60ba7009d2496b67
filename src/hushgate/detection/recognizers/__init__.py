"""The recognizer set of the detection engine."""

from __future__ import annotations

from hushgate.detection.recognizers.age import AgeRecognizer
from hushgate.detection.recognizers.base import Recognizer
from hushgate.detection.recognizers.contact import (
    TRUNK_PREFIX_REGIONS,
    EmailRecognizer,
    IpAddressRecognizer,
    PhoneRecognizer,
    UrlRecognizer,
)
from hushgate.detection.recognizers.dates import PersonDateRecognizer
from hushgate.detection.recognizers.finance import (
    CardSecurityCodeRecognizer,
    CardTrackDataRecognizer,
    CreditCardRecognizer,
    IbanRecognizer,
    SwiftCodeRecognizer,
    UsBankAccountRecognizer,
    UsRoutingNumberRecognizer,
)
from hushgate.detection.recognizers.government import (
    UsDriverLicenseRecognizer,
    UsItinRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)
from hushgate.detection.recognizers.health import (
    HealthPlanIdRecognizer,
    MedicalRecordNumberRecognizer,
    UsDeaRecognizer,
    UsMbiRecognizer,
    UsNpiRecognizer,
)
from hushgate.detection.recognizers.location import StreetAddressRecognizer, UsZipCodeRecognizer
from hushgate.detection.recognizers.person import PersonRecognizer
from hushgate.detection.recognizers.secrets import (
    ApiKeyRecognizer,
    HighEntropySecretRecognizer,
    JwtRecognizer,
    PasswordRecognizer,
    PrivateKeyRecognizer,
)
from hushgate.detection.recognizers.device import DeviceIdRecognizer
from hushgate.detection.recognizers.vehicle import VehicleIdRecognizer

__all__ = ["Recognizer", "default_recognizers"]


def default_recognizers(mrn_patterns: tuple[str, ...] = (), phone_regions: tuple[str, ...] = TRUNK_PREFIX_REGIONS) -> list[Recognizer]:
    return [
        EmailRecognizer(),
        UrlRecognizer(),
        IpAddressRecognizer(),
        PhoneRecognizer(phone_regions),
        UsSsnRecognizer(),
        UsItinRecognizer(),
        UsDriverLicenseRecognizer(),
        UsPassportRecognizer(),
        MedicalRecordNumberRecognizer(mrn_patterns),
        UsNpiRecognizer(),
        UsDeaRecognizer(),
        UsMbiRecognizer(),
        HealthPlanIdRecognizer(),
        CreditCardRecognizer(),
        CardSecurityCodeRecognizer(),
        CardTrackDataRecognizer(),
        IbanRecognizer(),
        UsRoutingNumberRecognizer(),
        UsBankAccountRecognizer(),
        SwiftCodeRecognizer(),
        ApiKeyRecognizer(),
        PrivateKeyRecognizer(),
        JwtRecognizer(),
        PasswordRecognizer(),
        HighEntropySecretRecognizer(),
        StreetAddressRecognizer(),
        UsZipCodeRecognizer(),
        PersonDateRecognizer(),
        PersonRecognizer(),
        VehicleIdRecognizer(),
        DeviceIdRecognizer(),
        AgeRecognizer(),
    ]
