"""Cold start to the first painted main window, as a ratio to a bare PySide6 window measured in
the same run, on an empty store and on the clinic-sized store; plus peak memory ratios.
Targets (issue 12; first bar / goal): time ratio <= 2.0 / 1.5 on both stores (the clinic store
has 50,000 requests), memory ratio <= 2.0. The baseline is a bare QMainWindow with a label in a
fresh process: it excludes OffMap's imports, store, migrations and pages."""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = int(os.environ.get("OFFMAP_BENCH_ROUNDS", "7"))
TARGET_TIME_RATIO = 2.0
GOAL_TIME_RATIO = 1.5
TARGET_MEMORY_RATIO = 2.0


def _one(args: list[str]) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup_child", *args],
        capture_output=True, text=True, check=True, env=env, timeout=120,
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    if data["painted"] is None:
        raise RuntimeError(f"window never painted: {args}")
    return data["painted"] - started, int(data["peak_kb"])


def _precompile() -> None:
    """An installed OffMap (wheel or bundle) starts from compiled bytecode, as PySide6 does in
    the baseline; a checkout run with PYTHONDONTWRITEBYTECODE would compile every module on
    every start and measure the compiler instead."""
    import app

    compileall.compile_dir(Path(app.__file__).parent, quiet=1)
    compileall.compile_dir(Path(__file__).parent, quiet=1, maxlevels=0)


def run(workdir: Path) -> dict:
    from benchmarks.generate_store import generate

    _precompile()

    empty_home = workdir / "empty-home"
    clinic_home = workdir / "clinic-home"
    if not (clinic_home / "offmap.sqlite3").exists():
        generate(clinic_home)
    cases = {"bare": ["bare"], "empty": ["app", str(empty_home)],
             "clinic": ["app", str(clinic_home)]}
    for args in cases.values():  # warm the OS file cache so every case starts alike
        _one(args)
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in cases}
    for _ in range(ROUNDS):  # interleaved so drift in machine load hits every case alike
        for name, args in cases.items():
            samples[name].append(_one(args))
    median_time = {n: statistics.median(t for t, _ in s) for n, s in samples.items()}
    median_mem = {n: statistics.median(m for _, m in s) for n, s in samples.items()}
    result: dict = {"rounds": ROUNDS, "seconds": median_time, "peak_kb": median_mem}
    for name in ("empty", "clinic"):
        time_ratio = median_time[name] / median_time["bare"]
        mem_ratio = median_mem[name] / median_mem["bare"]
        result[f"{name}_time_ratio"] = round(time_ratio, 3)
        result[f"{name}_memory_ratio"] = round(mem_ratio, 3)
    result["seconds_spread"] = {n: {"min": round(min(t for t, _ in s), 3),
                                    "median": round(median_time[n], 3),
                                    "max": round(max(t for t, _ in s), 3)}
                                for n, s in samples.items()}
    result["targets"] = {"time_ratio": {"first_bar": TARGET_TIME_RATIO, "goal": GOAL_TIME_RATIO},
                         "memory_ratio": TARGET_MEMORY_RATIO}
    result["goal_met"] = all(result[f"{n}_time_ratio"] <= GOAL_TIME_RATIO
                             for n in ("empty", "clinic"))
    result["pass"] = all(
        result[f"{n}_time_ratio"] <= TARGET_TIME_RATIO
        and result[f"{n}_memory_ratio"] <= TARGET_MEMORY_RATIO
        for n in ("empty", "clinic")
    )
    return result
