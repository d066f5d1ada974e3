"""Validation and normalisation of a client's details."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

import phonenumbers

from app.core.errors import ValidationError
from app.core.model import Client

US_STATES = frozenset(
    (
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH"
        " NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP"
    ).split()
)
CANADIAN_PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
MAX_NAME = 200
MAX_ADDRESS = 1000
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_AD_ID = re.compile(r"^[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$")
# What iOS and Android report when ad tracking is limited or the ID was deleted: it finds no one.
_ZERO_AD_ID = "00000000-0000-0000-0000-000000000000"
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_ACCOUNT_NUMBER = 100
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@" + _LABEL + r"(?:\." + _LABEL + r")+$")


def _has_control(text: str, allow_newline: bool = False) -> bool:
    for ch in text:
        if allow_newline and ch in "\n":
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch != "\u200d":
            return True
    return False


def clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("A client needs a name.")
    if _has_control(name):
        raise ValidationError("The name must be a single line without control characters.")
    if len(name) > MAX_NAME:
        raise ValidationError(
            "The name is longer than {max_name} characters.",
            max_name=MAX_NAME)
    return name


def clean_email(email: str) -> str:
    email = (email or "").strip()
    if not _EMAIL.match(email) or len(email) > 254:
        raise ValidationError(
            "'{email}' is not an e-mail address (expected name@example.org).",
            email=email)
    return email


def clean_phone(phone: str, country: str = "") -> str:
    """Returns the number in E.164 form, e.g. +14155550100."""
    raw = (phone or "").strip()
    region = (country or "US").upper()
    try:
        number = phonenumbers.parse(raw, region if len(region) == 2 else "US")
    except phonenumbers.NumberParseException:
        raise ValidationError(
            "'{raw}' is not a phone number. Write it with its country code, e.g. +1 415 555 0100.",
            raw=raw) from None
    # "Possible" (right length for the region) rather than "valid": fictional 555-01xx numbers
    # and newly allocated ranges must be accepted, typos with missing digits must not.
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(
            "'{raw}' is not a valid phone number. Check the digits and the country code.",
            raw=raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def clean_country(country: str) -> str:
    country = (country or "").strip().upper()
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise ValidationError(
            "'{country}' is not a two-letter country code such as US, CA or DE.",
            country=country)
    return country


def clean_state(state: str, country: str) -> str:
    state = (state or "").strip().upper()
    if not state:
        return ""
    if country in ("", "US") and state not in US_STATES:
        raise ValidationError(
            "'{state}' is not a US state code such as CA, NY or TX.",
            state=state)
    if country == "CA" and state not in CANADIAN_PROVINCES:
        raise ValidationError(
            "'{state}' is not a Canadian province code such as QC or ON.",
            state=state)
    if not re.fullmatch(r"[A-Z0-9]{1,3}", state):
        raise ValidationError(
            "'{state}' is not a region code.",
            state=state)
    return state


def clean_address(address: str) -> str:
    address = (address or "").strip().replace("\r\n", "\n").replace("\r", "\n")
    if _has_control(address, allow_newline=True):
        raise ValidationError("The address contains control characters.")
    if len(address) > MAX_ADDRESS:
        raise ValidationError(
            "The address is longer than {max_address} characters.",
            max_address=MAX_ADDRESS)
    return address


def is_ad_id(text: str) -> bool:
    return bool(_AD_ID.match((text or "").strip()))


def clean_ad_id(ad_id: str) -> str:
    """An advertising ID (Android AAID or Apple IDFA) is a UUID: 8-4-4-4-12 hexadecimal digits."""
    text = (ad_id or "").strip()
    if not _AD_ID.match(text):
        raise ValidationError(
            "'{ad_id}' is not an advertising ID; it looks like "
            "38400000-8cf0-11bd-b23e-10b96e40000d (32 letters and digits in groups of "
            "8-4-4-4-12).",
            ad_id=text)
    if text == _ZERO_AD_ID:
        raise ValidationError(
            "the advertising ID 00000000-0000-0000-0000-000000000000 is what a phone shows when "
            "its ID is deleted or tracking is limited; it identifies no one. Leave it out.")
    return text


def clean_birth_date(value: str, today: date | None = None) -> str:
    """YYYY-MM-DD, a real date between 1900 and today; "" when not given."""
    text = (value or "").strip()
    if not text:
        return ""
    try:
        day = date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        day = None
    if day is None:
        raise ValidationError(
            "'{value}' is not a date of birth; write it as YYYY-MM-DD, e.g. 1980-04-23.",
            value=text)
    if day > (today or date.today()) or day.year < 1900:
        raise ValidationError(
            "the date of birth {value} is not plausible; check the year.",
            value=text)
    return text


def clean_account_numbers(numbers: dict[str, str]) -> dict[str, str]:
    """Company slug -> the client's account number there; empty numbers are dropped."""
    cleaned: dict[str, str] = {}
    for slug, number in (numbers or {}).items():
        slug = (slug or "").strip().lower()
        text = (number or "").strip()
        if not text:
            continue
        if not _SLUG.match(slug):
            raise ValidationError(
                "'{slug}' is not a company id; use the id `offmap directory search` shows, "
                "e.g. att.",
                slug=slug)
        if _has_control(text) or len(text) > MAX_ACCOUNT_NUMBER:
            raise ValidationError(
                "the account number for {slug} must be one line of at most {limit} characters.",
                slug=slug, limit=MAX_ACCOUNT_NUMBER)
        cleaned[slug] = text
    return cleaned


def validate_client(client: Client) -> Client:
    """Returns a normalised copy, or raises ValidationError naming the first bad field."""
    country = clean_country(client.country)
    state = clean_state(client.state, country)
    if state and not country:
        country = "US"
    return replace(
        client,
        name=clean_name(client.name),
        emails=_unique(clean_email(e) for e in client.emails if e.strip()),
        phones=_unique(clean_phone(p, country) for p in client.phones if p.strip()),
        address=clean_address(client.address),
        state=state,
        country=country,
        ad_ids=_unique_ignoring_case(clean_ad_id(a) for a in client.ad_ids if a.strip()),
        birth_date=clean_birth_date(client.birth_date),
        account_numbers=clean_account_numbers(client.account_numbers),
        notes=(client.notes or "").strip(),
    )


def _unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _unique_ignoring_case(items: Iterable[str]) -> list[str]:
    """Advertising IDs are hexadecimal: the same ID in upper and lower case is kept once."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.lower(), item)
    return list(seen.values())
