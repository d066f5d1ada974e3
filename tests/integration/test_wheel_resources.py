"""The built wheel carries resources/ (as app/resources) and the installed code finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.integration
def test_installed_wheel_finds_its_resources(tmp_path: Path):
    wheel_dir = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheel_dir), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next(wheel_dir.glob("offmap-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "app/resources/README.md" in names
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    code = (
        "import app, app.paths;"
        "print(app.__file__); print(app.paths.resources_dir())"
    )
    env = dict(os.environ, PYTHONPATH=str(target))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path, env=env)
    module_file, resources = out.stdout.split()
    assert module_file.startswith(str(target)), "the test must import the unpacked wheel"
    assert resources == str(target / "app" / "resources")
    shipped = {p.relative_to(ROOT / "resources").as_posix()
               for p in (ROOT / "resources").rglob("*") if p.is_file()}
    in_wheel = {n.removeprefix("app/resources/") for n in names if n.startswith("app/resources/")}
    assert shipped <= in_wheel, f"missing from the wheel: {sorted(shipped - in_wheel)}"
