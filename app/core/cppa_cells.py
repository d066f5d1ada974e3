"""Cleaning one cell of the California data broker registry CSV: formulas are refused, e-mails
written "privacy [at] example.com" are repaired, and URLs, phones, yes/no and numbers are read
leniently (None when a cell holds nothing usable)."""

from __future__ import annotations

import re
import unicodedata

MAX_WEBSITES = 10


_FORMULA_START = re.compile(r"^[=@\t\r]|^[+\-](?=[^\d\s(.])")
_CONTROL = {"Cc", "Cf", "Zl", "Zp"}


def is_formula(cell: str) -> bool:
    """Spreadsheet formula or DDE payload (=HYPERLINK(...), @SUM, -cmd|...): never imported.
    A phone number like '+1 800 555 0100' or '-' as an empty marker is not a formula."""
    text = cell.lstrip(" ")
    return bool(text) and bool(_FORMULA_START.match(text))


def has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in _CONTROL for ch in text if ch not in "\n")


_EMAIL = re.compile(r"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
_AT = re.compile(r"\s*[\[(\{<]\s*(at|@)\s*[\])\}>]\s*|\s+at\s+(?=[\w\-]+\s*(\.|[\[(]\s*dot))",
                 re.IGNORECASE)
_DOT = re.compile(r"\s*[\[(\{<]\s*(dot|\.)\s*[\])\}>]\s*", re.IGNORECASE)


def clean_email(cell: str) -> str | None:
    """'privacy [at] example [dot] com' -> 'privacy@example.com'; None when not an address."""
    text = _DOT.sub(".", _AT.sub("@", cell.strip())).strip().strip("<>").strip()
    text = re.sub(r"^mailto:", "", text, flags=re.IGNORECASE)
    first = re.split(r"[;,\s]+", text)[0] if text else ""
    return first.lower() if _EMAIL.match(first) and len(first) <= 254 else None


_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,}$")


def clean_url(cell: str) -> str | None:
    text = cell.strip().strip("<>").strip()
    if not text or " " in text:
        return None
    if not re.match(r"^https?://", text, flags=re.IGNORECASE):
        text = "https://" + text
    match = re.match(r"^(https?)://([^/?#:]+)(:\d+)?([/?#].*)?$", text, flags=re.IGNORECASE)
    if not match or not _HOST.match(match.group(2).lower()):
        return None
    return f"{match.group(1).lower()}://{match.group(2).lower()}{match.group(3) or ''}" \
           f"{match.group(4) or ''}"


def split_websites(cell: str) -> list[str]:
    urls: list[str] = []
    for part in re.split(r"[;,|\s]+", cell or ""):
        url = clean_url(part)
        if url and url not in urls:
            urls.append(url)
    return urls[:MAX_WEBSITES]


def first_url(cell: str) -> str | None:
    match = re.search(r"(https?://[^\s<>\"';,]+|www\.[^\s<>\"';,]+)", cell or "", re.IGNORECASE)
    return clean_url(match.group(1).rstrip(").")) if match else None


def clean_phone(cell: str) -> str | None:
    text = " ".join(cell.split())
    return text if 7 <= sum(ch.isdigit() for ch in text) <= 20 and len(text) <= 40 else None


def yes_no(cell: str) -> bool | None:
    text = cell.strip().lower().rstrip(".")
    if text in ("yes", "y", "true", "x", "1", "si", "sí"):
        return True
    if text in ("no", "n", "false", "0", "none"):
        return False
    return None


def number(cell: str) -> float | None:
    text = cell.strip().replace(",", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def domain_of(url: str) -> str:
    host = re.sub(r"^https?://", "", url.lower()).split("/")[0].split(":")[0]
    return host[4:] if host.startswith("www.") else host
