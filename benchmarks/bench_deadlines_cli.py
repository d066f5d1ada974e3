"""`offmap deadlines --json` (and the table without --json) at clinic scale: the open requests
of the 50,000- and 200,000-request stores (about half of them open), each run a fresh process
writing to /dev/null, rounds interleaved (command, table, baseline; 50k then 200k).

Baseline, measured in the same run: a fresh Python opening the same store through
app.store.open_store, selecting the same open requests (the same columns, joined with their
client, in the same order) and printing them with json.dumps(rows, ensure_ascii=False,
indent=2). What the baseline excludes, and the command pays for: the command line itself
(argument parsing, the command's imports), the overdue check that updates cached statuses
(mark_overdue; nothing to update once a day's first run has), the directory read for company
names, and the deadline rules per row (deadline in force, days left, overdue against late_after,
category, confirm-by and follow-up dates, a status re-derived where the cache is stale).

Targets: `pass` when each command's median is at most RATIO_BAR times its baseline's, at 50k
and at 200k; `goal_met` at RATIO_GOAL, and at 50k (about 25,000 open requests) the JSON
listing's median within JSON_50K_S (wall time, so a busy machine can miss it: cpu_s, the
processes' own CPU seconds, is reported beside each wall time)."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = int(os.environ.get("OFFMAP_BENCH_ROUNDS", "7"))
JSON_50K_S = 2.0
RATIO_BAR, RATIO_GOAL = 3.0, 2.0

_BASELINE = """
import json, sys
from pathlib import Path
from app.services.deadlines import _COLUMNS, _DEADLINE_SQL, OPEN_STATUSES
from app.store import open_store
store = open_store(Path(sys.argv[1]))
marks = ",".join("?" * len(OPEN_STATUSES))
rows = store.conn.execute(
    f"SELECT {_COLUMNS} FROM requests r JOIN clients c ON c.id = r.client_id"
    f" WHERE r.status IN ({marks}) ORDER BY {_DEADLINE_SQL} IS NULL, {_DEADLINE_SQL}, r.id",
    OPEN_STATUSES)
sys.stdout.write(json.dumps([dict(row) for row in rows], ensure_ascii=False, indent=2) + "\\n")
store.close()
"""


def _homes(workdir: Path) -> dict[str, Path]:
    """The page benchmark's generated stores (one set of stores for both benchmarks)."""
    from benchmarks.bench_pages import SIZES, _store

    return {size: _store(workdir.parent / "pages", size) for size in SIZES}


def _cpu_of_children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with open(os.devnull, "w", encoding="utf-8") as sink:
        cpu, started = _cpu_of_children(), time.perf_counter()
        subprocess.run(argv, stdout=sink, stderr=subprocess.PIPE, env=env, check=True,
                       timeout=600)
        return time.perf_counter() - started, _cpu_of_children() - cpu


def _commands(home: Path) -> dict[str, list[str]]:
    offmap = [sys.executable, "-m", "app", "--home", str(home), "deadlines"]
    return {"json": [*offmap, "--json"], "table": offmap,
            "baseline": [sys.executable, "-c", _BASELINE, str(home)]}


def _open_rows(home: Path) -> int:
    done = subprocess.run([sys.executable, "-m", "app", "--home", str(home), "deadlines",
                           "--json"], capture_output=True, text=True, check=True, timeout=600,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return len(json.loads(done.stdout))


def _spread(values: list[float]) -> dict[str, float]:
    return {"min": round(min(values), 3), "median": round(statistics.median(values), 3),
            "max": round(max(values), 3)}


def run(workdir: Path) -> dict:
    homes = _homes(workdir)
    rows = {size: _open_rows(home) for size, home in homes.items()}  # also the day's first run
    kinds = ("json", "table", "baseline")
    samples: dict[tuple[str, str], list[float]] = {(s, k): [] for s in homes for k in kinds}
    cpu: dict[tuple[str, str], list[float]] = {(s, k): [] for s in homes for k in kinds}
    for _ in range(ROUNDS):
        for size, home in homes.items():
            for kind, argv in _commands(home).items():
                wall, used = _timed(argv)
                samples[(size, kind)].append(wall)
                cpu[(size, kind)].append(used)
    result: dict = {"rounds": ROUNDS, "unit": "s", "targets": {
        "json_50k_median_s": JSON_50K_S,
        "ratio_to_baseline": {"first_bar": RATIO_BAR, "goal": RATIO_GOAL}}}
    passed = True
    for size in homes:
        base = statistics.median(samples[(size, "baseline")])
        entry: dict = {"open_rows": rows[size],
                       "baseline_s": _spread(samples[(size, "baseline")]),
                       "baseline_cpu_s": _spread(cpu[(size, "baseline")])}
        for kind in ("json", "table"):
            median = statistics.median(samples[(size, kind)])
            entry[f"{kind}_s"] = _spread(samples[(size, kind)])
            entry[f"{kind}_cpu_s"] = _spread(cpu[(size, kind)])
            entry[f"{kind}_ratio"] = round(median / base, 2)
            entry[f"{kind}_rows_per_s"] = round(rows[size] / median)
        worst = max(entry["json_ratio"], entry["table_ratio"])
        entry["pass"] = worst <= RATIO_BAR
        entry["goal_met"] = worst <= RATIO_GOAL and (
            size != "50k" or entry["json_s"]["median"] <= JSON_50K_S)
        passed = passed and entry["pass"]
        result[size] = entry
    result["pass"] = passed
    return result
