"""Generates a realistic clinic-sized store: 2,000 clients, 50,000 requests, 400,000 events.

Usage: python -m benchmarks.generate_store HOME [--clients N --requests N --events N]
Deterministic (seeded) so runs compare; written straight through the repositories' schema in one
transaction per table for speed. Request status columns are filled the way tracking caches them."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from app.store import open_store

COMPANIES = [
    "att", "verizon", "t-mobile", "cricket-wireless", "metro-by-t-mobile", "visible",
    "mint-mobile", "google-fi", "securus", "3cinteractive", "locationsmart", "zumigo",
    "venntel", "kochava", "x-mode-social", "inmarket", "mobilewalla", "cuebiq", "foursquare",
    "safegraph", "placer-ai", "google", "strava", "us-cellular",
]
STATES = ["CA", "CO", "CT", "VA", "TX", "OR", "NY", "FL", "WA", "NJ", "MN", "MD"]
TYPES = ["access", "delete", "opt-out", "limit", "cpni-opt-out"]
# The events after "sent" that lead to each status, in order (notes come on top of these).
STATUS_EVENTS = {
    "draft": [], "sent": [], "overdue": [],
    "acknowledged": ["acknowledged"],
    "extended": ["acknowledged", "extended"],
    "fulfilled": ["acknowledged", "fulfilled"],
    "denied": ["acknowledged", "denied"],
}
# Bumped whenever what generate() writes changes: a benchmark's cached store made by an older
# generator (see is_current) is rebuilt rather than measured.
GENERATOR_VERSION = 2
STAMP = "generator-version"
NOTE_SPAN_DAYS = 60  # notes fall within this many days of the letter being sent
FIRST = ["Ana", "Bea", "Carla", "Diego", "Elena", "Farid", "Grace", "Hugo", "Iris", "Jon"]
LAST = ["Díaz", "López", "Nguyen", "Smith", "Okafor", "Kim", "Rossi", "Haddad", "Silva", "Cohen"]


def generate(home: Path, clients: int = 2000, requests: int = 50000, events: int = 400000,
             seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    store = open_store(home)
    conn = store.conn
    start = date(2025, 1, 1)
    with store.transaction():
        conn.executemany(
            "INSERT INTO clients (id, name, emails, phones, state, country) VALUES (?,?,?,?,?,?)",
            (
                (i, f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                 json.dumps([f"client{i}@example.org"]),
                 json.dumps([f"+1415555{i % 10000:04d}"]), rng.choice(STATES), "US")
                for i in range(1, clients + 1)
            ),
        )
        conn.executemany(
            "INSERT INTO holdings (client_id, company, data) VALUES (?,?,?)",
            (
                (c, company, json.dumps(["precise-location"]))
                for c in range(1, clients + 1)
                for company in rng.sample(COMPANIES, 5)
            ),
        )
    with store.transaction():
        rows = []
        for i in range(1, requests + 1):
            sent = start + timedelta(days=rng.randrange(0, 680))
            status = rng.choices(
                ["sent", "acknowledged", "extended", "fulfilled", "denied", "overdue", "draft"],
                [20, 15, 5, 35, 10, 10, 5],
            )[0]
            due = sent + timedelta(days=45)
            rows.append((
                i, rng.randrange(1, clients + 1), rng.choice(COMPANIES), "us-ca",
                rng.choice(TYPES), f"OFM-{i:04X}-{rng.randrange(16**4):04X}",
                sent.isoformat(), status,
                None if status == "draft" else sent.isoformat(),
                None if status == "draft" else "email",
                None if status == "draft" else due.isoformat(),
                (sent + timedelta(days=90)).isoformat() if status == "extended" else None,
            ))
        conn.executemany(
            "INSERT INTO requests (id, client_id, company, law, type, reference, created_on,"
            " status, sent_on, via, due_on, extended_due_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    with store.transaction():
        conn.executemany("INSERT INTO events (request_id, kind, on_date, text) VALUES (?,?,?,?)",
                         _timelines(rows, events, rng))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    (home / STAMP).write_text(f"{GENERATOR_VERSION}\n", encoding="ascii")
    return {"clients": clients, "requests": requests, "events": events}


def is_current(home: Path) -> bool:
    """HOME holds a store written by this version of the generator."""
    try:
        return (home / STAMP).read_text(encoding="ascii").strip() == str(GENERATOR_VERSION)
    except OSError:
        return False


def _timelines(rows: list[tuple], events: int, rng: random.Random) -> Iterator[tuple]:
    """Events that agree with their request rows: a sent request's timeline opens with "sent"
    on its sent_on date, then the events its status implies in order (an extension before its
    deadline), then notes (about `events` in all); drafts have none. No event is dated after
    today, so none lies in the future of a fresh store."""
    today = date.today()
    sent_rows = [row for row in rows if row[8] is not None]  # sent_on
    required = sum(1 + len(STATUS_EVENTS[row[7]]) for row in sent_rows)
    notes = [0] * len(sent_rows)
    for _ in range(max(0, events - required)):
        notes[rng.randrange(len(sent_rows))] += 1
    for row, note_count in zip(sent_rows, notes, strict=True):
        request_id, status, sent = row[0], row[7], date.fromisoformat(row[8])
        latest = max(sent, min(today, sent + timedelta(days=NOTE_SPAN_DAYS)))
        yield (request_id, "sent", sent.isoformat(), "")
        on = sent
        for kind in STATUS_EVENTS[status]:  # each within two weeks of the last: well in time
            on = min(latest, on + timedelta(days=rng.randrange(1, 15)))
            yield (request_id, kind, on.isoformat(), "")
        for _ in range(note_count):
            day = sent + timedelta(days=rng.randrange(0, (latest - sent).days + 1))
            yield (request_id, "note", day.isoformat(), "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("home", type=Path)
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=50000)
    parser.add_argument("--events", type=int, default=400000)
    args = parser.parse_args(argv)
    if (args.home / "offmap.sqlite3").exists():
        print(f"{args.home} already has a store; choose an empty folder", file=sys.stderr)
        return 1
    print(json.dumps(generate(args.home, args.clients, args.requests, args.events)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
