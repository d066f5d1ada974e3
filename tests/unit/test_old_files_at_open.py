"""The first command on an old home moves its plain attachment and reply files into the
encrypted store, and says on stderr which files it had to leave."""

from __future__ import annotations

import pytest

from app.cli import main
from tests.unit.test_blobs_at_rest import _files_holding_the_canary, _old_home


@pytest.fixture
def store_backend() -> str:
    """Files in the data home: the embedded store."""
    return "sqlite"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_any_command_moves_an_old_homes_files_into_the_store(store, capsys):
    _attachment, _reply, paths = _old_home(store)
    home = store.home
    store.close()
    code, _out, err = _run(capsys, "--home", str(home), "client", "list", "--json")
    assert code == 0 and "could not be moved" not in err
    assert not any(p.exists() for p in paths)
    assert _files_holding_the_canary(home) == []


def test_a_file_that_stays_is_named_on_stderr(store, capsys):
    _attachment, _reply, paths = _old_home(store)
    paths[0].write_bytes(b"bit rot")   # no longer matches the checksum that names it
    home = store.home
    store.close()
    code, out, err = _run(capsys, "--home", str(home), "client", "list", "--json")
    assert code == 0 and out.strip().startswith("[")   # the command itself still works
    assert err.startswith("offmap: note: 1 file(s) of the data folder could not be moved")
    assert str(paths[0]) in err and "does not match the checksum" in err
    assert paths[0].exists() and not paths[1].exists()
