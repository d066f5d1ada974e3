"""Exports for calendars and spreadsheets: an .ics with one all-day event per open deadline
(with alarms three days before and on the morning of the day), and a CSV of requests.
Files are written whole or not at all. Calendar entries name the company, the request type
and the reference, never the client (calendars are often synced to other services)."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from app import __version__
from app.core.errors import OffMapError, ValidationError
from app.services.deadlines import DeadlineRow, company_names, list_deadlines
from app.services.requests import list_requests
from app.store import Store
from app.store import clients as client_repo

ALARMS = (timedelta(days=-3), timedelta(hours=9))
CSV_COLUMNS = (
    "id", "reference", "client_id", "client_name", "company", "company_name", "law", "type",
    "status", "created_on", "sent_on", "via", "due_on", "extended_due_on", "parent_id",
)
_TYPE_WORDS = {
    "access": "access request", "delete": "deletion request", "correct": "correction request",
    "opt-out": "opt-out", "limit": "limit request", "withdraw-consent": "consent withdrawal",
    "cpni-opt-out": "CPNI opt-out", "reminder": "reminder", "appeal": "appeal",
    "complaint": "complaint",
}


def write_atomically(path: Path | str, content: bytes) -> Path:
    """Writes `content` to `path` through a temporary file in the same folder, so a failure
    (full disk, no permission) leaves any existing file as it was and no partial file."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            "the folder {folder} does not exist; create it or choose another.",
            folder=folder)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as exc:
        raise OffMapError(
            "cannot write in {folder}: {error}; choose another place.",
            folder=folder, error=exc.strerror or exc) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise OffMapError(
            "could not write {target}: {error}; nothing was written.",
            target=target, error=exc.strerror or exc) from exc
    return target


def _summary(row: DeadlineRow) -> str:
    kind = _TYPE_WORDS.get(row.request.type, row.request.type)
    return f"{row.company_name}: {kind} answer due ({row.request.reference})"


def _description(row: DeadlineRow) -> str:
    request = row.request
    lines = [
        f"Reference: {request.reference}",
        f"Law: {request.law}",
        f"Sent: {request.sent_on or '-'} by {request.via or '-'}",
        f"Due: {request.due_on or '-'}",
    ]
    if request.extended_due_on:
        lines.append(f"Extended to: {request.extended_due_on}")
    lines.append(f"Status: {row.status}")
    lines.append("If no answer arrives, draft a follow-up in OffMap "
                 f"(offmap followup {request.id} --kind reminder).")
    return "\n".join(lines)


def _event(row: DeadlineRow, deadline: date, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{row.request.reference}-deadline@offmap")
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline)
    event.add("dtend", deadline + timedelta(days=1))
    event.add("summary", _summary(row))
    event.add("description", _description(row))
    event.add("categories", ["OffMap"])
    event.add("transp", "TRANSPARENT")
    for trigger in ALARMS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _summary(row))
        alarm.add("trigger", trigger)
        event.add_component(alarm)
    return event


def build_ics(store: Store, client_id: int | None = None, as_of: date | None = None) -> bytes:
    """An iCalendar document with one event per open request that has a deadline."""
    calendar = Calendar()
    calendar.add("prodid", f"-//OffMap//OffMap {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "OffMap deadlines")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for row in list_deadlines(store, client_id, as_of):
        if row.deadline is not None:
            calendar.add_component(_event(row, row.deadline, stamp))
    ical: bytes = calendar.to_ical()
    return ical


def export_ics(store: Store, out: Path | str, client_id: int | None = None) -> int:
    """Writes the .ics; returns how many deadlines it holds."""
    content = build_ics(store, client_id)
    write_atomically(out, content)
    return content.count(b"BEGIN:VEVENT")


def _cell(value: object) -> str:
    """A spreadsheet cell that cannot start a formula (=, +, -, @ would run in Excel)."""
    text = "" if value is None else str(value)
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def build_csv(store: Store, client_id: int | None = None) -> tuple[str, int]:
    """The CSV text and how many requests it lists."""
    names = company_names(store)
    clients = {c.id: c.name for c in client_repo.list_all(store.conn, "", True)}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    requests = list_requests(store, client_id=client_id)
    for request in requests:
        values = {
            **request.to_json(),
            "client_name": clients.get(request.client_id, ""),
            "company_name": names.get(request.company, request.company),
        }
        writer.writerow([_cell(values.get(column)) for column in CSV_COLUMNS])
    return buffer.getvalue(), len(requests)


def export_csv(store: Store, out: Path | str, client_id: int | None = None) -> int:
    """Writes the CSV (UTF-8 with a byte-order mark, so Excel reads accents); returns the
    number of requests."""
    text, count = build_csv(store, client_id)
    write_atomically(out, b"\xef\xbb\xbf" + text.encode("utf-8"))
    return count
