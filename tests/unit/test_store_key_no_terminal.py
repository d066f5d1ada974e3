"""Without a secure keyring and without a terminal, `offmap` says how to give the store
passphrase (--store-passphrase-stdin) instead of only that none was given; the real CLI in a
child process, its stdin not a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _offmap(home: Path, *argv: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *argv],
                          input=stdin if stdin is not None else None,
                          stdin=None if stdin is not None else subprocess.DEVNULL,
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


@pytest.mark.parametrize("argv", [("client", "list"), ("store", "status")])
def test_no_keyring_and_no_terminal_names_the_stdin_option(tmp_path, argv):
    home = tmp_path / "home"
    done = _offmap(home, *argv)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("offmap: error: ")
    assert "--store-passphrase-stdin" in lines[0]
    assert "no terminal" in lines[0]
    assert not (home / "offmap.sqlite3").exists()   # nothing made without a key


def test_the_named_option_then_works(tmp_path):
    home = tmp_path / "home"
    made = _offmap(home, "--store-passphrase-stdin", "client", "add", "--name", "Ada Example",
                   "--state", "CA", "--country", "US", stdin="a long passphrase here\n")
    assert made.returncode == 0, made.stderr
    listed = _offmap(home, "--store-passphrase-stdin", "client", "list",
                     stdin="a long passphrase here\n")
    assert listed.returncode == 0 and "Ada Example" in listed.stdout
    refused = _offmap(home, "client", "list")
    assert refused.returncode == 1 and "--store-passphrase-stdin" in refused.stderr
