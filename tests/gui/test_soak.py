"""Soak: the real window under the real application style survives thousands of repaints of
the largest table and hundreds of filter keystrokes without aborting and without losing
references to None (a binding or Python style override that drops one per call aborts
CPython 3.11 with `none_dealloc` once None's count reaches zero; 3.12+ make None immortal, so
there only the abort check bites)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Python's own bookkeeping may drop some references to None (caches, objects freed); a leak of
# one per call loses thousands here (PySide6 6.12 on 3.11 aborts this run with none_dealloc).
ALLOWED_DROP = 500


def run_soak(workdir: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    return subprocess.run([sys.executable, "-m", "tests.gui.soak_run", str(workdir), *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_window_survives_repaints_and_typing_without_losing_none(tmp_path):
    done = run_soak(tmp_path)
    assert done.returncode == 0, (
        f"soak run ended with {done.returncode} (negative: killed by a signal, -6 is an abort)\n"
        f"{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["repaints"] == 2000 and result["keystrokes"] >= 500
    drop = result["none_before"] - result["none_after"]
    assert drop <= ALLOWED_DROP, f"lost {drop} references to None: {result}"
