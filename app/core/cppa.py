"""Reading the California data broker registry CSV (CPPA), in both of its header styles.

Historical file: "Data Broker Name", "Website URL", "Email Address", "Date Added", "How a consumer
may opt out of sale or submit requests under the CCPA". Current (2025-2026) files: "Data broker
name:", "Doing Business As (DBA), if applicable:", "Data broker primary website:", contact e-mail
and phone, a long "...website that contains details on how consumers can exercise their CA Consumer
Privacy Act rights..." column, yes/no columns such as "Data broker collects consumers' precise
geolocation", and request statistics per request type.

Columns are found by meaning, not exact wording, because the wording shifts between years. The
header may sit below preamble lines; a BOM may lead; rows end in CRLF; several websites may share
one cell; e-mails may be written "privacy [at] example.com". Hostile input is refused row by row
(formulas, huge cells, control characters) or as a whole (not text, no name column): nothing here
writes anything, so a caller can import all-or-nothing.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app.core.cppa_cells import (
    MAX_WEBSITES,
    clean_email,
    clean_phone,
    domain_of,
    first_url,
    has_control,
    is_formula,
    number,
    split_websites,
    yes_no,
)
from app.core.errors import ValidationError

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_CELL = 2000
MAX_NAME = 200
MAX_ROWS = 20000
HEADER_SEARCH_ROWS = 25

# csv refuses fields over 128 KiB by raising mid-file; allow large ones so that a huge cell
# becomes one skipped row with a reason instead of an aborted import.
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))

REQUEST_KINDS = {
    "delete": ("delete", "deletion"),
    "know": ("know", "access"),
    "correct": ("correct",),
    "opt-out": ("opt out", "opt-out", "optout", "sale", "share", "sharing"),
    "limit": ("limit",),
}
METRICS = (
    ("mean_days", ("mean",)),
    ("median_days", ("median",)),
    ("complied_in_part", ("in part", "partial")),
    ("complied_in_whole", ("in whole", "whole", "complied", "fully")),
    ("denied", ("denied", "denial")),
    ("received", ("received",)),
)


@dataclass
class RegistryEntry:
    """One broker as the registry lists it (already cleaned)."""

    line: int
    name: str
    dba: str | None = None
    websites: list[str] = field(default_factory=list)
    email: str | None = None
    phone: str | None = None
    postal: str | None = None
    rights_url: str | None = None
    precise_geolocation: bool | None = None
    date_added: str | None = None
    flags: dict[str, bool] = field(default_factory=dict)
    statistics: dict[str, dict[str, float]] = field(default_factory=dict)


@dataclass
class Problem:
    line: int
    reason: str


@dataclass
class RegistryFile:
    style: str  # "historical" or "current"
    entries: list[RegistryEntry]
    problems: list[Problem]
    columns: dict[str, Any]


# ------------------------------------------------------------------ decoding
def decode(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(
            "the file is larger than {max_file_bytes} MB; the registry CSV is far smaller. Check "
            "that you picked the right file.",
            max_file_bytes=MAX_FILE_BYTES // (1024 * 1024))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                "the file is not UTF-8 text (unexpected byte at position {start}). Download the "
                "registry CSV again, or save it as 'CSV UTF-8' and import that.",
                start=exc.start) from exc
    if "\x00" in text:
        raise ValidationError("the file contains binary data; it is not a CSV file.")
    return text


# ------------------------------------------------------------------ headers
def normalise_header(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = re.sub(r"\[optional\]|\(optional\)", " ", text)
    text = text.replace("’", "'").replace("e-mail", "email")
    return " ".join(re.sub(r"[^a-z0-9']+", " ", text).split())


def _classify(header: str) -> tuple[str, Any] | None:
    """(field, detail) for a header, judged by its meaning."""
    h = normalise_header(header)
    if not h:
        return None
    metric = _metric(h)
    if metric:
        return ("statistic", metric)
    if "geolocation" in h:
        return ("precise_geolocation", None)
    if "doing business as" in h or re.search(r"\bdba\b", h):
        return ("dba", None)
    if "date added" in h or h.startswith("date registered") or h == "date":
        return ("date_added", None)
    if "email" in h:
        return ("email", None)
    if "phone" in h or "telephone" in h:
        return ("phone", None)
    rights_words = ("right", "opt out", "submit request", "exercise", "privacy", "how a consumer")
    if any(w in h for w in rights_words) and ("website" in h or "url" in h or "link" in h
                                            or "how a consumer" in h or "opt out" in h):
        return ("rights", None)
    if "website" in h or h in ("url", "web site", "website url"):
        return ("website", None)
    if "address" in h:
        return ("postal", None)
    if ("name" in h and "broker" in h) or h in ("name", "company name", "business name"):
        return ("name", None)
    if h.startswith(("data broker collects", "collects", "does the data broker", "is the data")):
        return ("flag", h)
    return None


def _metric(h: str) -> tuple[str, str] | None:
    if not any(w in h for w in ("request", "days")):
        return None
    kind = next((k for k, words in REQUEST_KINDS.items() if any(w in h for w in words)), None)
    if kind is None:
        return None
    metric = next((m for m, words in METRICS if any(w in h for w in words)), None)
    if metric is None:
        return None
    if metric in ("mean_days", "median_days") and "day" not in h:
        return None
    return (kind, metric)


def map_columns(row: list[str]) -> dict[str, Any]:
    """Which column holds what; {} when the row does not look like a header."""
    columns: dict[str, Any] = {"statistics": {}, "flags": {}}
    for index, cell in enumerate(row):
        found = _classify(cell)
        if found is None:
            continue
        name, detail = found
        if name == "statistic":
            columns["statistics"].setdefault(detail, index)
        elif name == "flag":
            columns["flags"].setdefault(_flag_key(detail), index)
        else:
            columns.setdefault(name, index)
    if "name" not in columns or not ({"website", "email"} & set(columns)):
        return {}
    return columns


def _flag_key(h: str) -> str:
    """'data broker collects consumers' reproductive health care data' -> 'collects-reproductive-
    health-care-data'."""
    h = re.sub(r"^(does the data broker|is the data broker|data broker)\s+", "", h.replace("'", ""))
    words = [w for w in h.split() if w not in ("consumers", "consumer", "the")]
    return "-".join(words[:6])


def style_of(columns: dict[str, Any]) -> str:
    modern = "dba" in columns or "precise_geolocation" in columns or columns["statistics"]
    return "current" if modern else "historical"


# ------------------------------------------------------------------ rows
def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index]


def _row_problem(row: list[str], used: list[int]) -> str | None:
    for index in used:
        cell = _cell(row, index)
        if len(cell) > MAX_CELL:
            return f"a cell is longer than {MAX_CELL:,} characters"
        if is_formula(cell):
            return ("a cell holds a spreadsheet formula (for example =HYPERLINK), which is "
                    "never imported")
        if has_control(cell):
            return "a cell holds control characters"
    return None


def _entry(row: list[str], columns: dict[str, Any], line: int) -> RegistryEntry | Problem:
    used = [i for k, i in columns.items() if isinstance(i, int)]
    used += list(columns["statistics"].values()) + list(columns["flags"].values())
    problem = _row_problem(row, used)
    if problem:
        return Problem(line, problem)
    name = " ".join(_cell(row, columns.get("name")).split())
    if not name:
        return Problem(line, "the data broker name is empty")
    if len(name) > MAX_NAME:
        return Problem(line, f"the name is longer than {MAX_NAME} characters")
    dba = " ".join(_cell(row, columns.get("dba")).split()) or None
    if dba and (dba.lower() in ("n/a", "na", "none", "-") or len(dba) > MAX_NAME):
        dba = None
    rights_cell = _cell(row, columns.get("rights"))
    entry = RegistryEntry(
        line=line, name=name, dba=dba,
        websites=split_websites(_cell(row, columns.get("website"))),
        email=clean_email(_cell(row, columns.get("email"))),
        phone=clean_phone(_cell(row, columns.get("phone"))),
        postal=(_cell(row, columns.get("postal")).strip() or None),
        rights_url=first_url(rights_cell),
        precise_geolocation=yes_no(_cell(row, columns.get("precise_geolocation")))
        if "precise_geolocation" in columns else None,
        date_added=(_cell(row, columns.get("date_added")).strip() or None),
    )
    for key, index in columns["flags"].items():
        value = yes_no(_cell(row, index))
        if value is not None:
            entry.flags[key] = value
    for (kind, metric), index in columns["statistics"].items():
        count = number(_cell(row, index))
        if count is not None:
            entry.statistics.setdefault(kind, {})[metric] = count
    return entry


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        raise ValidationError(
            "the CSV cannot be read near line {line_num}: {error}. The file may be damaged; "
            "download it again.",
            line_num=reader.line_num, error=exc) from exc


def _merge(old: RegistryEntry, new: RegistryEntry) -> RegistryEntry:
    """The same broker twice in one file (several years): the later row wins, websites add up."""
    domains = {domain_of(w) for w in new.websites}
    websites = new.websites + [w for w in old.websites if domain_of(w) not in domains]
    for attr in ("dba", "email", "phone", "postal", "rights_url", "date_added"):
        if getattr(new, attr) is None:
            setattr(new, attr, getattr(old, attr))
    if new.precise_geolocation is None:
        new.precise_geolocation = old.precise_geolocation
    new.flags = {**old.flags, **new.flags}
    new.statistics = {**old.statistics, **new.statistics}
    new.websites = websites[:MAX_WEBSITES]
    return new


def entry_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^0-9a-z]+", " ", text)
    text = re.sub(r"\b(inc|llc|l l c|ltd|corp|corporation|co|company|incorporated|limited)\b",
                  " ", text)
    return " ".join(text.split())


def parse_registry(data: bytes) -> RegistryFile:
    """Parses a registry CSV; raises ValidationError when the file as a whole is unusable."""
    text = decode(data)
    rows = _rows(text)
    columns: dict[str, Any] = {}
    for preamble, (_line, row) in enumerate(rows, start=1):
        columns = map_columns(row)
        if columns or preamble >= HEADER_SEARCH_ROWS:
            break
    if not columns:
        raise ValidationError(
            "no header row with a data broker name and a website or e-mail column was found in "
            "the first {header_search_rows} lines. Is this the California data broker registry "
            "CSV (cppa.ca.gov)?",
            header_search_rows=HEADER_SEARCH_ROWS)
    found: dict[str, RegistryEntry] = {}
    problems: list[Problem] = []
    count = 0
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        count += 1
        if count > MAX_ROWS:
            raise ValidationError(
                "the file has more than {max_rows:,} rows; the registry lists far fewer brokers.",
                max_rows=MAX_ROWS)
        result = _entry(row, columns, line)
        if isinstance(result, Problem):
            problems.append(result)
            continue
        key = entry_key(result.name) or result.name.lower()
        found[key] = _merge(found[key], result) if key in found else result
    return RegistryFile(style_of(columns), list(found.values()), problems, columns)
