"""Soak: the real window under the real application style survives thousands of repaints of
the largest tables (Requests; Deadlines with its group dividers) and hundreds of filter
keystrokes without aborting and without losing references to None (a binding or Python style
override that drops one per call aborts CPython 3.11 with `none_dealloc` once None's count
reaches zero; 3.12+ make None immortal, so there only the abort check bites)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# None's count moves with the objects alive (caches filling, rows read and freed): identical runs
# differed by up to ~400 over a whole run, most of it in the first repaints and keystrokes. So
# the run warms up first, then samples None's count (after a garbage collection) at the end of
# each of two halves of the repaints and of the keystrokes. A binding that drops a reference per
# call loses one per widget drawn: tens of thousands per half here (PySide6 6.12 with CPython
# 3.11 aborts the run with none_dealloc long before the end). The test fails on a steady loss
# (both halves fall by more than STEADY_DROP) or on any half that falls by more than ONE_DROP.
STEADY_DROP = 150
ONE_DROP = 1500


def run_soak(workdir: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    return subprocess.run([sys.executable, "-m", "tests.gui.soak_run", str(workdir), *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("page", ["requests", "deadlines"])
def test_window_survives_repaints_and_typing_without_losing_none(tmp_path, page):
    done = run_soak(tmp_path, "--page", page)
    assert done.returncode == 0, (
        f"soak run ended with {done.returncode} (negative: killed by a signal, -6 is an abort)\n"
        f"{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["repaints"] == 2000 and result["keystrokes"] >= 500
    if page == "deadlines":  # the group dividers were on screen for many of the repaints
        assert result["dividers"] >= 2 and result["divider_repaints"] >= 500, result
    for kind in ("repaint_samples", "typing_samples", "chart_samples"):
        assert not losing_none(result[kind]), f"references to None lost: {result}"


def losing_none(samples: list[int]) -> bool:
    """True when None's count falls steadily, or sharply once, across the sampled halves."""
    drops = [earlier - later for earlier, later in pairwise(samples)]
    return all(d > STEADY_DROP for d in drops) or any(d > ONE_DROP for d in drops)


def test_the_rule_tells_a_leak_from_noise():
    assert not losing_none([9000, 8700, 8950])  # one-off changes either way
    assert not losing_none([9000, 9100, 8900])
    assert losing_none([9000, 8800, 8600])  # a small steady loss
    assert losing_none([60000, 30000, 30010])  # a sharp loss in one half
