"""The values a letter prints: request titles, data-kind wording, dates in US or international
style, the page size of a country, and any user or directory value made single-line plain text
(no CR/LF or control characters) before a template sees it."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

MONTHS = ("January February March April May June July August September October November "
          "December").split()
LETTER_SIZE_COUNTRIES = frozenset({"", "US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT"})
DATA_KIND_LABELS = {
    "precise-location": "precise location data (GPS, Wi-Fi and other device location)",
    "cell-site": "cell-site location information (the towers and sectors my phone used)",
    "call-records": "call detail records, including where calls were made or received",
    "cpni": "customer proprietary network information (CPNI), including the location of use "
            "of the service",
    "ad-id": "location data linked to my mobile advertising ID",
    "call-recordings": "recordings of my calls",
}
# Outside the US "CPNI" (47 U.S.C. 222) means nothing: the same records in plain words.
NON_US_DATA_KIND_LABELS = {
    "cpni": "information about my use of your telecommunications service, including where and "
            "when it was used",
}
CARRIER_DEFAULT_DATA = ("precise-location", "cell-site", "call-records", "cpni")
OTHER_DEFAULT_DATA = ("precise-location",)
_SPACE_RUN = re.compile(r" {2,}")
# Where a law file gives no defined term for the data (or its term would read wrongly: CPNI).
DEFAULT_DATA_WORD = "personal information"
# "Sensitive personal information" is a term of its own (the CCPA's limit right): never swapped.
_GENERAL_DATA_TERM = re.compile(r"(?<!sensitive )personal information")
TYPE_TITLES = {
    "access": "Request to access personal information",
    "delete": "Request to delete personal information",
    "correct": "Request to correct personal information",
    "opt-out": "Request to opt out of the sale and sharing of personal information",
    "limit": "Request to limit the use of sensitive personal information",
    "withdraw-consent": "Withdrawal of consent to the processing of my location data",
    "cpni-opt-out": "CPNI opt-out: withdrawal of approval to use or disclose my CPNI",
    "reminder": "Reminder of an unanswered request",
    "appeal": "Appeal of the response to my request",
    "complaint": "Complaint about an unanswered or refused request",
}


def data_word(law: Any) -> str:
    """The law's defined term for the data it protects ("personal data" for the GDPR and most
    US state laws, "personal information" for the CCPA, PIPEDA and Quebec, "records" for the
    Privacy Act), read from its `data_word`; "personal information" where it has none."""
    entry = law.get("data_word") if isinstance(law, dict) else None
    word = entry.get("word") if isinstance(entry, dict) else None
    return str(word) if word else DEFAULT_DATA_WORD


def in_words(text: Any, word: str) -> str:
    """`text` with the general "personal information" put as `word` ("personal data")."""
    return _GENERAL_DATA_TERM.sub(word, "" if text is None else str(text))


def in_law_words(text: Any, law: Any) -> str:
    """`text` with the general "personal information" put in the law's own term (a request
    title written for every law, e.g. "Request to access personal information")."""
    return in_words(text, data_word(law))


def one_line(value: Any) -> str:
    """A value as one line of plain text: CR/LF/tabs become spaces, control and format
    characters (bidi overrides, NUL ...) are dropped, runs of spaces collapse."""
    text = "" if value is None else str(value)
    if text.isprintable():  # no "Other" or separator character but the space: nothing to drop
        return _SPACE_RUN.sub(" ", text).strip() if "  " in text else text.strip()
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in "\r\n\t\v\f\u2028\u2029\x85":
            kept.append(" ")
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn") and ch != "\u200d":
            continue
        else:
            kept.append(ch)
    return _SPACE_RUN.sub(" ", "".join(kept)).strip()


def lines_of(value: Any) -> list[str]:
    """A multi-line value (an address) as a list of clean single lines."""
    text = "" if value is None else str(value)
    parts = re.split(r"\r\n|\r|\n|\u2028|\u2029|\x85", text)
    return [line for line in (one_line(p) for p in parts) if line]


def format_date(day: date | None, style: str = "us") -> str:
    if day is None:
        return ""
    if style == "us":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def page_size_for(country: str) -> str:
    """US Letter for North America (and an unknown country), A4 elsewhere (EU, UK ...)."""
    return "Letter" if (country or "").upper() in LETTER_SIZE_COUNTRIES else "A4"


def safe_value(value: Any) -> Any:
    """Deep copy of directory/law data with every string made single-line."""
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, dict):
        return {str(k): safe_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):  # the tuple form is faster than list | tuple
        return [safe_value(v) for v in value]
    return value
