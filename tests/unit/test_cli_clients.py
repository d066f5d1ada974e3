from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors and --version
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"offmap {__version__}")


def test_python_dash_m_app_matches_offmap(tmp_path: Path):
    out = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == f"offmap {__version__}"


def test_add_list_show_with_home_option(capsys, tmp_path: Path):
    home = str(tmp_path / "demo-home")
    code, out, _ = run(capsys, "--home", home, "client", "add", "--name", "Ana Díaz",
                       "--state", "CA", "--phone", "+1 415 555 0100", "--json")
    assert code == 0
    client_id = json.loads(out)["id"]
    code, out, _ = run(capsys, "--home", home, "client", "list", "--json")
    clients = json.loads(out)
    assert code == 0
    assert [(c["id"], c["name"], c["state"], c["country"]) for c in clients] == [
        (client_id, "Ana Díaz", "CA", "US")
    ]
    code, out, _ = run(capsys, "--home", home, "client", "show", str(client_id), "--json")
    assert json.loads(out)["phones"] == ["+14155550100"]
    code, out, _ = run(capsys, "--home", home, "client", "show", str(client_id))
    assert "Ana Díaz" in out and "+1 415-555-0100" in out


def test_offmap_home_environment_variable(capsys, home: Path):
    code, out, _ = run(capsys, "client", "add", "--name", "Env Home")
    assert code == 0 and out.strip().isdigit()
    assert (home / "offmap.sqlite3").exists()


def test_bad_phone_exits_1_and_writes_nothing(capsys, home: Path):
    code, out, err = run(capsys, "client", "add", "--name", "X", "--phone", "12")
    assert code == 1 and out == ""
    assert err.startswith("offmap: error: ") and err.count("\n") == 1
    assert "phone number" in err
    _, out, _ = run(capsys, "client", "list", "--json")
    assert json.loads(out) == []


def test_unknown_client_exits_1(capsys, home: Path):
    code, _, err = run(capsys, "client", "show", "42")
    assert code == 1
    assert err == (
        "offmap: error: there is no client with id 42; 'offmap client list' shows the ids.\n"
    )


def test_unwritable_home_exits_1(capsys, tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = run(capsys, "--home", str(blocker / "home"), "client", "list")
    assert code == 1
    assert err.startswith("offmap: error: cannot use the data folder")


def test_usage_error_exits_2(capsys, home: Path):
    code, _, err = run(capsys, "client", "add")
    assert code == 2
    assert "--name" in err


@pytest.mark.parametrize("argv", [["client", "show", "abc"], ["nonsense"]])
def test_other_usage_errors(capsys, home: Path, argv):
    assert run(capsys, *argv)[0] == 2


def test_text_listing_for_humans(capsys, home: Path):
    _, out, _ = run(capsys, "client", "list")
    assert "No clients yet" in out
    run(capsys, "client", "add", "--name", "Bea", "--state", "NY")
    _, out, _ = run(capsys, "client", "list")
    assert "Bea" in out and "NY" in out
    _, out, _ = run(capsys, "client", "list", "--search", "bea zz%")
    assert "No client matches" in out and "No clients yet" not in out
