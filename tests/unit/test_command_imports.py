"""Commands import only what they use: `offmap --version` and `offmap client list` load no Qt,
no Jinja2, no render layer and no HTTP library (each costs start-up time on every command)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.__main__ import asks_only_version

HEAVY = ("PySide6", "jinja2", "app.render", "requests")


def _imported(args: list[str], home: Path) -> tuple[subprocess.CompletedProcess, set[str]]:
    env = dict(os.environ, OFFMAP_HOME=str(home))
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "app", *args], env=env,
                          capture_output=True, text=True, timeout=60)
    modules = {line.split("|")[-1].strip() for line in done.stderr.splitlines()
               if line.startswith("import time:")}
    return done, modules


def _heavy(modules: set[str]) -> set[str]:
    return {m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)}


@pytest.mark.parametrize("args", [["--version"], ["--home", "HOME", "--version"],
                                  ["client", "list"], ["client", "list", "--json"]])
def test_light_commands_load_nothing_heavy(tmp_path, args):
    args = [str(tmp_path) if a == "HOME" else a for a in args]
    done, modules = _imported(args, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "app" in modules
    assert not _heavy(modules), sorted(_heavy(modules))


def test_version_is_printed_without_the_command_line(tmp_path):
    done, modules = _imported(["--version"], tmp_path)
    assert done.stdout == f"offmap {__version__}\n"
    assert "app.cli" not in modules and "argparse" not in modules


def test_the_heavy_check_can_fail(tmp_path):
    _, modules = _imported(["client", "list"], tmp_path)
    assert _heavy(modules | {"PySide6.QtCore"}) == {"PySide6.QtCore"}


def test_only_version_before_a_command_is_answered_early():
    assert asks_only_version(["--version"])
    assert asks_only_version(["--home", "x", "--version"])
    assert asks_only_version(["--home=x", "--version"])
    assert not asks_only_version([])
    assert not asks_only_version(["client", "list", "--version"])
    assert not asks_only_version(["--help", "--version"])
