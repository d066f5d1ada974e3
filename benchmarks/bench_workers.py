"""Several workers at once (issue 18): 5 worker processes on a clinic's server store holding
50,000 requests, each adding draft requests and updating them (read, then save with the version
read), while a sixth process lists the deadlines over and over; then the same work on the
embedded store. Reports each action's throughput, median and p95, and verifies afterwards that
nothing was lost (request count, audit entries, every saved note present).

What the comparison excludes, so read the ratio with it in mind: the server runs on this machine
(loopback: no network latency, no TLS) with fsync and synchronous commit off (tests/pg_server.py,
a throwaway server), so its figures are the database work and the protocol round trips only; the
embedded baseline is a plain SQLite file (benchmarks install no store key, so SQLCipher's page
encryption is not counted) shared by the same 5 processes through WAL and its write lock. Both
share this machine's cores with the benchmark's own processes. Process start-up and opening the
store are outside the timings.

Usage: python -m benchmarks.run workers   (OFFMAP_BENCH_WORKER_ACTIONS: adds per worker, 200;
OFFMAP_BENCH_REQUESTS: the store's size, 50000; OFFMAP_BENCH_PG_URL: an existing empty server
database instead of a throwaway server, password from PGPASSWORD)."""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

WORKERS = 5
ACTIONS = int(os.environ.get("OFFMAP_BENCH_WORKER_ACTIONS", "200"))
REQUESTS = int(os.environ.get("OFFMAP_BENCH_REQUESTS", "50000"))
CLIENTS = max(1, REQUESTS // 25)
EVENTS = REQUESTS * 2
START_DELAY_S = 4.0
EXCLUDES = (
    "server on loopback (no network latency, no TLS) with fsync and synchronous_commit off; "
    "embedded baseline is an unencrypted SQLite file (no SQLCipher cost); process start-up and "
    "store opening are not timed; both run on this machine's shared cores")
COMPANIES = ("att", "verizon", "t-mobile", "kochava", "venntel", "mobilewalla", "cuebiq",
             "inmarket", "foursquare", "placer-ai")
COPIED_TABLES = ("clients", "holdings", "requests", "events")


# --- the child processes -------------------------------------------------------------------

def _open(home: Path, url: str | None):
    from app.store import open_store
    from app.store.connection import EMBEDDED, use_server

    use_server(url or EMBEDDED)
    return open_store(home)


def _wait_until(start_at: float) -> None:
    delay = start_at - time.time()
    if delay > 0:
        time.sleep(delay)


def _worker(home: Path, url: str | None, index: int, actions: int, start_at: float) -> dict:
    from app.services import requests as request_service
    from app.services.audit import ChangedMeanwhileError

    store = _open(home, url)
    rng = random.Random(1000 + index)
    clients = int(store.conn.execute("SELECT max(id) FROM clients").fetchone()[0])
    adds, updates, conflicts, errors, saved = [], [], 0, [], []
    added = 0
    began = time.perf_counter()
    # Action 0 is a warm-up before the start (laws, directory and templates load on first use):
    # verified with the rest, left out of the timings.
    for number in range(actions + 1):
        if number == 1:
            _wait_until(start_at)
            adds, updates = [], []
            began = time.perf_counter()
        t0 = time.perf_counter()
        try:
            request = request_service.new_request(store, rng.randrange(1, clients + 1),
                                                  rng.choice(COMPANIES), "delete", law="us-ca")
        except Exception as exc:  # reported, not hidden: the verification counts them
            errors.append(f"add: {type(exc).__name__}: {exc}")
            continue
        adds.append(time.perf_counter() - t0)
        added += 1
        t0 = time.perf_counter()
        note = f"w{index}-{number}"
        try:
            read = request_service.get_request(store, request.id)
            request_service.update_details(store, read.id, {"note": note},
                                           expected_version=read.version)
        except ChangedMeanwhileError:
            conflicts += 1
            continue
        except Exception as exc:
            errors.append(f"update: {type(exc).__name__}: {exc}")
            continue
        updates.append(time.perf_counter() - t0)
        saved.append([request.id, note])
    elapsed = time.perf_counter() - began
    store.close()
    return {"adds": adds, "updates": updates, "added": added, "conflicts": conflicts,
            "errors": errors, "saved": saved, "elapsed": elapsed}


def _lister(home: Path, url: str | None, stop_file: Path, start_at: float) -> dict:
    from app.services.deadlines import list_deadlines

    store = _open(home, url)
    listings, rows = [], 0
    _wait_until(start_at)
    while not stop_file.exists() or not listings:
        t0 = time.perf_counter()
        rows = len(list_deadlines(store))
        listings.append(time.perf_counter() - t0)
    store.close()
    return {"listings": listings, "rows": rows}


def _child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=("worker", "lister"))
    parser.add_argument("home", type=Path)
    parser.add_argument("--url")
    parser.add_argument("--index", type=int, default=0)
    parser.add_argument("--actions", type=int, default=ACTIONS)
    parser.add_argument("--start-at", type=float, required=True)
    parser.add_argument("--stop-file", type=Path)
    args = parser.parse_args(argv)
    if args.role == "worker":
        result = _worker(args.home, args.url, args.index, args.actions, args.start_at)
    else:
        result = _lister(args.home, args.url, args.stop_file, args.start_at)
    print(json.dumps(result))
    return 0


# --- the parent ----------------------------------------------------------------------------

def _ms(values: list[float]) -> dict[str, float]:
    if not values:
        return {"count": 0}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"count": len(values), "median_ms": round(statistics.median(values) * 1000, 1),
            "p95_ms": round(p95 * 1000, 1), "max_ms": round(max(values) * 1000, 1)}


def _spawn(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "benchmarks.bench_workers", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _collect(process: subprocess.Popen[str], timeout: float) -> dict:
    out, err = process.communicate(timeout=timeout)
    if process.returncode != 0:
        raise RuntimeError(f"a benchmark process failed: {err.strip()[-2000:]}")
    return json.loads(out.strip().splitlines()[-1])


def run_round(home: Path, url: str | None, workers: int = WORKERS, actions: int = ACTIONS,
              env: dict[str, str] | None = None) -> dict:
    """One round: `workers` worker processes and one deadline lister on the store; returns the
    figures and the verification."""
    env = dict(env or os.environ)
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH", "")]))
    store = _open(home, url)
    before = _counts(store)
    store.close()
    stop_file = home / f"stop-{os.getpid()}-{time.time_ns()}"
    start_at = time.time() + START_DELAY_S
    common = ["--start-at", repr(start_at), *(("--url", url) if url else ())]
    lister = _spawn(["lister", str(home), "--stop-file", str(stop_file), *common], env)
    children = [_spawn(["worker", str(home), "--index", str(i), "--actions", str(actions),
                        *common], env) for i in range(workers)]
    try:
        results = [_collect(child, 1800) for child in children]
    finally:
        stop_file.touch()
    listed = _collect(lister, 600)
    stop_file.unlink(missing_ok=True)
    store = _open(home, url)
    try:
        after = _counts(store)
        verified = _verify(store, before, after, results)
    finally:
        store.close()
    adds = [x for r in results for x in r["adds"]]
    updates = [x for r in results for x in r["updates"]]
    wall = max(r["elapsed"] for r in results)
    return {
        "workers": workers,
        "wall_s": round(wall, 2),
        "actions_per_s": round((len(adds) + len(updates)) / wall, 1) if wall else 0.0,
        "add": {**_ms(adds), "per_s": round(len(adds) / wall, 1) if wall else 0.0},
        "update": {**_ms(updates), "per_s": round(len(updates) / wall, 1) if wall else 0.0},
        "list_deadlines": {**_ms(listed["listings"]), "rows": listed["rows"]},
        "conflicts_refused": sum(r["conflicts"] for r in results),
        "errors": [e for r in results for e in r["errors"]][:10],
        "verified": verified,
    }


def _counts(store) -> dict[str, int]:
    conn = store.conn
    return {
        "requests": int(conn.execute("SELECT count(*) FROM requests").fetchone()[0]),
        "audit_new": int(conn.execute(
            "SELECT count(*) FROM audit WHERE action = 'request.new'").fetchone()[0]),
        "audit_edit": int(conn.execute(
            "SELECT count(*) FROM audit WHERE action = 'request.edit'").fetchone()[0]),
    }


def _verify(store, before: dict[str, int], after: dict[str, int], results: list[dict]) -> dict:
    from app.store import requests as request_repo

    added = sum(r["added"] for r in results)
    saved = [pair for r in results for pair in r["saved"]]
    found = {r.id: r.details.get("note") for r in
             request_repo.list_by_ids(store.conn, [request_id for request_id, _ in saved])}
    missing_notes = sum(1 for request_id, note in saved if found.get(request_id) != note)
    checks = {
        "requests_added": after["requests"] - before["requests"] == added,
        "audit_matches_adds": after["audit_new"] - before["audit_new"] == added,
        "audit_matches_updates": after["audit_edit"] - before["audit_edit"] == len(saved),
        "every_saved_note_present": missing_notes == 0,
        "no_errors": not any(r["errors"] for r in results),
    }
    return {**checks, "nothing_lost": all(checks.values()), "added": added,
            "updated": len(saved), "missing_notes": missing_notes}


def embedded_home(workdir: Path, requests: int = REQUESTS) -> Path:
    """The generated store (kept between runs) copied into a fresh home for one round."""
    from benchmarks.generate_store import generate

    source = workdir / f"generated-{requests}"
    if not (source / "offmap.sqlite3").exists():
        generate(source, clients=max(1, requests // 25), requests=requests, events=requests * 2)
        _open(source, None).close()  # migrated to the current schema
    home = workdir / f"embedded-{time.time_ns()}"
    home.mkdir(parents=True)
    with sqlite3.connect(source / "offmap.sqlite3") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(source / "offmap.sqlite3", home / "offmap.sqlite3")
    return home


def load_server(source_home: Path, url: str, password: str | None = None) -> None:
    """Copies the generated store's clients, holdings, requests and events into an empty server
    store (COPY; the request search index is kept by its trigger)."""
    from app.store.postgres import open_server_store

    target = open_server_store(source_home, url, password=password)
    raw = target.pg.raw
    with sqlite3.connect(source_home / "offmap.sqlite3") as source, raw.transaction():
        for table in COPIED_TABLES:
            names = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            with raw.cursor().copy(
                    f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {', '.join(names)} FROM {table}"):
                    copy.write_row(row)
            raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                        f" (SELECT max(id) FROM {table}))")
    target.close()


def _server(workdir: Path):
    """(url, password, stop): OFFMAP_BENCH_PG_URL, or a throwaway server (tests/pg_server.py)."""
    given = os.environ.get("OFFMAP_BENCH_PG_URL")
    if given:
        return given, os.environ.get("PGPASSWORD"), lambda: None
    from tests import pg_server

    server = pg_server.start_server()
    server.admin("CREATE DATABASE offmap_bench")
    return server.url("offmap_bench"), pg_server.SUPERUSER_PASSWORD, server.stop


def run(workdir: Path) -> dict:
    embedded = embedded_home(workdir)
    try:
        url, password, stop = _server(workdir)
    except (OSError, RuntimeError) as exc:
        return {"skipped": f"no PostgreSQL server: {exc}", "pass": True}
    previous = os.environ.get("PGPASSWORD")
    try:
        if password:
            os.environ["PGPASSWORD"] = password  # libpq's own way: this process and its workers
        load_server(embedded, url, password)
        server_round = run_round(embedded, url)
        embedded_round = run_round(embedded, None)
    finally:
        stop()
        shutil.rmtree(embedded, ignore_errors=True)
        if previous is None:
            os.environ.pop("PGPASSWORD", None)
        else:
            os.environ["PGPASSWORD"] = previous
    ratio = (server_round["actions_per_s"] / embedded_round["actions_per_s"]
             if embedded_round["actions_per_s"] else None)
    return {
        "requests_in_store": REQUESTS,
        "adds_per_worker": ACTIONS,
        "server": server_round,
        "embedded": embedded_round,
        "server_vs_embedded_throughput": round(ratio, 2) if ratio else None,
        "baseline_excludes": EXCLUDES,
        "pass": server_round["verified"]["nothing_lost"]
        and embedded_round["verified"]["nothing_lost"],
    }


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
