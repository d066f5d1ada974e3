"""Runs the benchmarks and writes their results as JSON under benchmarks/results/.

Each benchmark is a module benchmarks/bench_<name>.py with `run(workdir: Path) -> dict`; results
are ratios against a baseline measured in the same run (never absolute timings), with a `pass`
key saying whether the module's targets were met. Usage:
    python -m benchmarks.run [NAME ...] [--workdir DIR]
The work folder (generated stores) is kept in benchmarks/.cache so later runs reuse it."""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default all: {available()})")
    parser.add_argument("--workdir", type=Path, default=HERE / ".cache")
    args = parser.parse_args(argv)
    names = args.names or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; available: {available()}")
    args.workdir.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "benchmarks": {},
    }
    failed = []
    for name in names:
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"benchmarks.bench_{name}")
        workdir = args.workdir / name
        workdir.mkdir(exist_ok=True)
        outcome = module.run(workdir)
        results["benchmarks"][name] = outcome
        print(json.dumps(outcome, indent=2), flush=True)
        if not outcome.get("pass", True):
            failed.append(name)
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = out_dir / f"results-{stamp}.json"
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (out_dir / "latest.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results written to {path}")
    if failed:
        print(f"targets missed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
