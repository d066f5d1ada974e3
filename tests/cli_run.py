"""Running `offmap` in-process for tests: the exit status, stdout and stderr of one command."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli import main


def run(capsys, home: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--home", str(home), *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def ok_json(capsys, home: Path, *argv: str):
    code, out, err = run(capsys, home, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def failed(capsys, home: Path, *argv: str) -> str:
    """The one `offmap: error:` line of a command that could not be carried out (exit 1)."""
    code, _out, err = run(capsys, home, *argv)
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 1 and lines[0].startswith("offmap: error: "), (code, err)
    return lines[0]
