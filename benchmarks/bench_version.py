"""`offmap --version` against `python -c pass`, each a fresh process, interleaved rounds.
Target (issue 12; first bar / goal): <= 3x / 2x. Both run the same interpreter; the baseline
excludes everything OffMap does (site-packages are imported by both)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = int(os.environ.get("OFFMAP_BENCH_VERSION_ROUNDS", "15"))
TARGET = (3.0, 2.0)


def _command() -> list[str]:
    script = Path(sys.executable).with_name("offmap")  # the installed console script
    return [str(script), "--version"] if script.exists() else [sys.executable, "-m", "app",
                                                                "--version"]


def _time(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - started


def run(workdir: Path) -> dict:
    cases = {"offmap_version": _command(), "python_pass": [sys.executable, "-c", "pass"]}
    for args in cases.values():
        _time(args)  # warm the file cache and bytecode
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(ROUNDS):
        for name, args in cases.items():
            samples[name].append(_time(args))
    ms = {name: {"min": round(min(s) * 1000, 1), "median": round(statistics.median(s) * 1000, 1),
                 "max": round(max(s) * 1000, 1)} for name, s in samples.items()}
    ratio = statistics.median(samples["offmap_version"]) / statistics.median(
        samples["python_pass"])
    return {"rounds": ROUNDS, "command": " ".join(cases["offmap_version"]), "ms": ms,
            "ratio": round(ratio, 2),
            "targets": {"ratio": {"first_bar": TARGET[0], "goal": TARGET[1]}},
            "goal_met": ratio <= TARGET[1], "pass": ratio <= TARGET[0]}
