"""benchmarks/pages_child.py as bench_pages runs it (a fresh process per page): what it reports
for the Clients start page, whose search waits for a pause over 2,000 clients, and for the
Directory, which filters on each key. Figures are only checked for shape, never for speed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.gui.clients.clients_page import INSTANT_ROWS
from benchmarks.pages_child import TYPED

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> str:
    """A fresh process, as the benchmark runs them (the store's key in the same key ring)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout.strip().splitlines()[-1]


def _child(page: str, home: Path) -> dict:
    return json.loads(_run("benchmarks.pages_child", page, str(home)))


def test_clients_and_directory_report_opening_typing_and_results(home):
    clients = INSTANT_ROWS + 1  # one more than the page filters at once for
    _run("benchmarks.generate_store", str(home), "--clients", str(clients), "--requests", "60",
         "--events", "120")
    keys = {page: 2 * sum(len(word) for word in TYPED[page]) for page in TYPED}

    start_page = _child("clients", home)
    assert start_page["rows"] == clients and start_page["opened_at_start"]
    assert not start_page["filters_on_each_key"]
    assert 0 < start_page["show_call_ms"] <= start_page["first_open_ms"]
    assert len(start_page["keystroke_ms"]) == keys["clients"]
    assert len(start_page["results_ms"]) == 2 * len(TYPED["clients"])  # typed, then deleted

    directory = _child("directory", home)
    assert directory["rows"] > 100 and not directory["opened_at_start"]
    assert directory["filters_on_each_key"]
    assert len(directory["keystroke_ms"]) == keys["directory"]
    assert directory["results_ms"] == directory["keystroke_ms"]  # the key is the filter
    assert all(ms > 0 for ms in directory["repaint_ms"]) and len(directory["repaint_ms"]) == 40
