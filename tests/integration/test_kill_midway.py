"""A 3,000-request case import or a restore killed with SIGKILL at several moments (issue 16,
item 9): the store opens afterwards, passes SQLite's integrity check, and holds all or none of
what was being written. The command runs in a real subprocess; the kill points are found by
watching for the work to start (its temporary folder, the write-ahead log growing) and then
waiting a little longer each time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.core.model import Client
from app.core.references import make_reference
from app.services import backup, case_files
from app.services import clients as client_service
from app.services.requests import new_request
from app.store import open_store
from tests.store_key import raw_connect

pytestmark = [pytest.mark.integration,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]
REQUESTS = 3000
# Kill points: fractions of the time from the work's start to the command's end (measured on a
# run left to finish), and "as soon as the write-ahead log grows".
FRACTIONS = (0.1, 0.5, 0.75, 0.9, 0.97)
WAL = "wal"
POINTS = (*FRACTIONS, WAL)


def _big_case(store, folder: Path) -> Path:
    """A case file with REQUESTS requests (one exported, then repeated with new references)."""
    client = client_service.add_client(store, Client(name="Bulk Case", state="CA"))
    new_request(store, client.id, "kochava", "delete")
    small = folder / "small.zip"
    case_files.export_case(store, client.id, small)
    with zipfile.ZipFile(small) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    doc = json.loads(entries["case.json"])
    template = doc["requests"][0]
    doc["requests"] = [{**template, "id": n, "reference": make_reference()}
                       for n in range(1, REQUESTS + 1)]
    doc["events"] = []
    big = folder / "big.zip"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**entries, "case.json": json.dumps(doc).encode()}.items():
            archive.writestr(name, data)
    return big


def _counts(home: Path) -> tuple[int, int]:
    """(clients, requests) after checking that the store opens and is intact."""
    store = open_store(home)
    try:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (store.conn.execute("SELECT count(*) FROM clients").fetchone()[0],
                store.conn.execute("SELECT count(*) FROM requests").fetchone()[0])
    finally:
        store.close()


def _watch(home: Path, process: subprocess.Popen, marker: str | None) -> float:
    """Waits until the work started (its temporary folder appears, or with marker None the
    write-ahead log grows); the time it took."""
    wal = home / "offmap.sqlite3-wal"
    baseline = wal.stat().st_size if wal.exists() else 0
    started = time.monotonic()
    while process.poll() is None and time.monotonic() - started < 60:
        if marker is not None and any(home.rglob(marker)):
            break
        if marker is None and wal.exists() and wal.stat().st_size > baseline + 4096:
            break
        time.sleep(0.0005)
    return time.monotonic() - started


def _start(home: Path, args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app", "--home", str(home), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def _work_time(home: Path, args: list[str], marker: str) -> float:
    """Seconds from the work's start to the end of a run left to finish."""
    process = _start(home, args)
    _watch(home, process, marker)
    started = time.monotonic()
    assert process.wait(120) == 0
    return time.monotonic() - started


def _run_and_kill(home: Path, args: list[str], marker: str, point, work: float) -> bool:
    """Runs `offmap --home HOME ARGS` and SIGKILLs it at `point`; True when the kill landed
    before the command finished."""
    process = _start(home, args)
    if point == WAL:
        _watch(home, process, None)
    else:
        _watch(home, process, marker)
        time.sleep(point * work)
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    process.wait(30)
    return killed


@pytest.fixture(scope="module")
def big_case(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    store = open_store(folder / "source-home")
    try:
        return _big_case(store, folder)
    finally:
        store.close()


def _home_with_one_client(home: Path, name: str) -> Path:
    store = open_store(home)
    client_service.add_client(store, Client(name=name, state="CA"))
    store.close()
    return home


@pytest.fixture(scope="module")
def import_time(tmp_path_factory, big_case) -> float:
    home = _home_with_one_client(tmp_path_factory.mktemp("calibrate") / "home", "Calibrate")
    return _work_time(home, ["import", "case", str(big_case)], ".import-*")


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_case_import_leaves_all_or_nothing(tmp_path, big_case, import_time, point):
    home = _home_with_one_client(tmp_path / "home", "Already Here")
    killed = _run_and_kill(home, ["import", "case", str(big_case)], ".import-*", point,
                           import_time)
    clients, requests = _counts(home)
    assert (clients, requests) in ((1, 0), (2, REQUESTS)), (killed, clients, requests)
    # Whatever happened, importing again now works (or says it is already there).
    done = subprocess.run([sys.executable, "-m", "app", "--home", str(home), "import", "case",
                           str(big_case)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 or "already in this OffMap" in done.stderr
    assert _counts(home) == (2, REQUESTS)


@pytest.fixture(scope="module")
def big_backup(tmp_path_factory, big_case) -> Path:
    folder = tmp_path_factory.mktemp("backup")
    store = open_store(folder / "home")
    try:
        case_files.import_case(store, big_case)
        out = folder / "big.sqlite3"
        backup.backup_store(store, out)
        return out
    finally:
        store.close()


@pytest.fixture(scope="module")
def restore_time(tmp_path_factory, big_backup) -> float:
    home = _home_with_one_client(tmp_path_factory.mktemp("calibrate") / "home", "Calibrate")
    return _work_time(home, ["restore", str(big_backup)], ".restore-*")


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_restore_leaves_the_old_or_the_new_store(tmp_path, big_backup, restore_time,
                                                           point):
    home = _home_with_one_client(tmp_path / "home", "Before Restore")
    killed = _run_and_kill(home, ["restore", str(big_backup)], ".restore-*", point,
                           restore_time)
    assert _counts(home) in ((1, 0), (1, REQUESTS)), killed
    if _counts(home) == (1, 0):  # the old store: a restore now still works
        assert backup.restore_backup(home, big_backup)
        assert _counts(home) == (1, REQUESTS)
    # The connection SQLite uses for its check sees no leftover hot journal either.
    conn = raw_connect(home / "offmap.sqlite3")
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
