"""Property tests (Hypothesis) for everything OffMap reads from outside and the files it writes
(issue 16, item 10): registry CSVs, case files, directory files and replies never give a
traceback or a partial write, only a result or one clear error; .ics and CSV exports read back
to what was stored. Example counts are kept small so the suite stays fast."""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.core import cppa
from app.core import directory as core_directory
from app.core.errors import OffMapError, ValidationError
from app.core.model import Client, Company
from app.core.reply_mail import parse_mail
from app.services import calendar_export, case_files, registry_import, tracking
from app.services import clients as client_service
from app.services import directory as directory_service
from app.services.requests import new_request
from app.store import open_store

FAST = settings(max_examples=30, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=12, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20)


@contextlib.contextmanager
def _store() -> Iterator:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "home")
        try:
            yield store
        finally:
            store.close()


def _companies(store) -> list[tuple]:
    return store.conn.execute("SELECT slug, record, origin FROM companies ORDER BY slug") \
        .fetchall()


# ------------------------------------------------------------------ registry CSV
CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
_BUNDLED_NAMES = sorted(c["name"] for c in json.loads(
    core_directory.bundled_directory_path().read_text(encoding="utf-8"))["companies"])
# Rows often name a bundled company, with an address of their own: they must never land on it.
NAME_CELL = st.one_of(CELL, st.sampled_from(_BUNDLED_NAMES))
ADDRESS_CELL = st.one_of(CELL, st.just("hijack@evil.example"))
ROWS = st.lists(st.tuples(NAME_CELL, ADDRESS_CELL, CELL).map(list), max_size=6)
HEADERS = st.sampled_from([
    ["Data Broker Name", "Email Address", "Website URL"],
    ["Data broker name:", "Data broker primary website:", "Data broker email address:"],
    ["Name", "Email"],
])


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


@FAST
@given(st.binary(max_size=400))
def test_registry_parser_takes_any_bytes(data):
    try:
        parsed = cppa.parse_registry(data)
    except ValidationError:
        return
    assert all(entry.name for entry in parsed.entries)


@SLOW
@given(HEADERS, ROWS)
def test_registry_import_is_all_or_nothing_and_never_touches_bundled_contacts(header, rows):
    with _store() as store, tempfile.TemporaryDirectory() as folder:
        bundled = {c.slug: dict(c.contacts)
                   for c in directory_service.bundled_companies(store.home)}
        before = _companies(store)
        path = Path(folder) / "registry.csv"
        path.write_bytes(_csv_bytes(header, rows))
        try:
            registry_import.import_registry(store, path)
        except OffMapError:
            assert _companies(store) == before
        index = directory_service.directory_index(store)
        assert {slug: dict(index[slug].contacts) for slug in bundled} == bundled


# ------------------------------------------------------------------ directory files
@FAST
@given(JSON)
def test_directory_parser_takes_any_json(value):
    try:
        companies = core_directory.parse_document(json.dumps(value).encode())
    except ValidationError:
        return
    assert all(isinstance(c, Company) for c in companies)


_BUNDLED = json.loads(core_directory.bundled_directory_path().read_text(encoding="utf-8"))


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])  # each example validates ~100 records
@given(st.integers(0, len(_BUNDLED["companies"]) - 1),
       st.sampled_from(["slug", "name", "kind", "hosts", "contacts", "successor", "quality",
                        "sources", "channels", "withdrawn", "verified_on", "extra-key"]),
       JSON)
def test_directory_parser_takes_any_damaged_record(number, key, value):
    document = copy.deepcopy(_BUNDLED)
    document["companies"][number][key] = value
    with contextlib.suppress(ValidationError):
        core_directory.parse_document(json.dumps(document).encode())


@FAST
@given(st.integers(1, 5000))
def test_deep_nesting_is_a_clean_error(depth):
    data = b"[" * depth + b"]" * depth
    with contextlib.suppress(ValidationError):
        core_directory.parse_document(data)


# ------------------------------------------------------------------ case files
_CASE_KEYS = {
    "requests": ["reference", "law", "type", "status", "company", "sent_on", "due_on", "via",
                 "parent_id", "id", "details"],
    "events": ["kind", "on", "request_id", "text", "data"],
    "holdings": ["company", "data", "evidence"],
}


@contextlib.contextmanager
def _case_source() -> Iterator[tuple[Path, dict]]:
    with _store() as store, tempfile.TemporaryDirectory() as folder:
        client = client_service.add_client(store, Client(name="Prop Case", state="CA"))
        request = new_request(store, client.id, "kochava", "delete")
        tracking.mark_sent(store, request.id, "2026-09-01", "email")
        tracking.log_event(store, request.id, "acknowledged", "2026-09-03", "ok")
        out = Path(folder) / "case.zip"
        case_files.export_case(store, client.id, out)
        with zipfile.ZipFile(out) as archive:
            entries = {name: archive.read(name) for name in archive.namelist()}
        yield Path(folder), entries


@SLOW
@given(st.sampled_from(sorted(_CASE_KEYS)), st.data(), JSON)
def test_case_import_takes_any_damaged_record(section, data, value):
    key = data.draw(st.sampled_from(_CASE_KEYS[section]))
    with _case_source() as (folder, entries), _store() as target:
        doc = json.loads(entries["case.json"])
        assume(doc[section])
        doc[section][0][key] = value
        path = folder / "damaged.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for name, content in {**entries, "case.json": json.dumps(doc).encode()}.items():
                archive.writestr(name, content)
        try:
            case_files.import_case(target, path)
        except OffMapError:
            assert target.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 0
            assert target.conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
        assert not list(target.home.glob(".import-*"))


@FAST
@given(st.binary(max_size=300))
def test_case_json_parser_takes_any_bytes(data):
    from app.core.case_file import CaseFileError, parse_case_json

    with contextlib.suppress(CaseFileError):
        parse_case_json(data)


# ------------------------------------------------------------------ replies
HEADER_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@FAST
@given(st.binary(max_size=400))
def test_reply_parser_takes_any_bytes(data):
    with contextlib.suppress(ValidationError):
        parse_mail(data, "reply.eml")


@FAST
@given(HEADER_TEXT, HEADER_TEXT, HEADER_TEXT, st.text(max_size=200))
def test_reply_parser_takes_any_headers(sender, subject, references, body):
    raw = (f"From: {sender}\r\nTo: me@example.org\r\nSubject: {subject}\r\n"
           f"References: {references}\r\nDate: Thu, 03 Dec 2026 10:00:00 +0000\r\n\r\n{body}")
    try:
        mail = parse_mail(raw.encode("utf-8", "surrogateescape"), "reply.eml")
    except ValidationError:
        return
    assert "\n" not in mail.subject and "\r" not in mail.subject


# ------------------------------------------------------------------ export round trips
NAMES = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp")),
                min_size=1, max_size=60).map(str.strip).filter(bool)


@SLOW
@given(NAMES)
def test_csv_export_reads_back_what_was_stored(name):
    with _store() as store:
        try:
            client = client_service.add_client(store, Client(name=name, state="CA"))
        except ValidationError:
            assume(False)
        request = new_request(store, client.id, "kochava", "delete")
        text, count = calendar_export.build_csv(store)
        rows = list(csv.DictReader(io.StringIO(text)))
        assert count == 1 and len(rows) == 1
        stored = client_service.get_client(store, client.id).name
        cell = rows[0]["client_name"]
        assert cell == (("'" + stored) if stored[0] in "=+-@" else stored)
        assert rows[0]["reference"] == request.reference


@SLOW
@given(NAMES)
def test_ics_export_reads_back_what_was_stored(name):
    from icalendar import Calendar

    with _store() as store:
        try:
            company = directory_service.save_user_company(
                store, Company(slug="", name=name, kind="broker"))
        except ValidationError:
            assume(False)
        client = client_service.add_client(store, Client(name="Ics Client", state="CA"))
        request = new_request(store, client.id, company.slug, "delete")
        tracking.mark_sent(store, request.id, "2026-09-01", "email")
        calendar = Calendar.from_ical(calendar_export.build_ics(store))
        [event] = list(calendar.walk("VEVENT"))
        summary = str(event.get("summary"))
        assert summary.startswith(f"{company.name}: ")
        assert summary.endswith(f"({request.reference})")
        assert str(event.get("uid")) == f"{request.reference}-deadline@offmap"
