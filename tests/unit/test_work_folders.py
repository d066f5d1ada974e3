"""Work folders of interrupted case imports and restores are removed at the next open or the
next run of the operation, never while another process still uses them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import work_folders
from app.services.work_folders import IMPORT_PREFIX, OWNER_FILE, sweep_abandoned, work_folder


def _left_behind(parent: Path, name: str = ".import-killed", *, owner: bool = True) -> Path:
    folder = parent / name
    folder.mkdir(mode=0o700)
    (folder / "case.zip").write_bytes(b"decrypted case contents")
    if owner:
        (folder / OWNER_FILE).write_text("999999", encoding="ascii")
    return folder


def test_a_folder_whose_owner_is_gone_is_removed(tmp_path):
    folder = _left_behind(tmp_path)
    assert sweep_abandoned(tmp_path, IMPORT_PREFIX) == 1
    assert not folder.exists()


def test_a_folder_in_use_by_another_process_stays(tmp_path):
    folder = _left_behind(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, sys, time\n"
         f"f = open({str(folder / OWNER_FILE)!r})\n"
         "fcntl.flock(f.fileno(), fcntl.LOCK_EX)\n"
         "print('locked', flush=True)\n"
         "time.sleep(30)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert sweep_abandoned(tmp_path, IMPORT_PREFIX) == 0
        assert (folder / "case.zip").exists()
    finally:
        holder.kill()
        holder.wait()
    assert sweep_abandoned(tmp_path, IMPORT_PREFIX) == 1


def test_a_folder_being_created_is_left_alone_until_it_is_old(tmp_path):
    folder = _left_behind(tmp_path, owner=False)
    assert sweep_abandoned(tmp_path, IMPORT_PREFIX) == 0
    old = time.time() - 3600
    os.utime(folder, (old, old))
    assert sweep_abandoned(tmp_path, IMPORT_PREFIX) == 1


def test_the_running_operation_keeps_its_own_folder_and_removes_it_after(tmp_path):
    with work_folder(tmp_path, IMPORT_PREFIX) as work:
        assert sweep_abandoned(tmp_path, IMPORT_PREFIX) == 0
        assert work.is_dir() and oct(work.stat().st_mode & 0o777) == "0o700"
    assert not work.exists()


def test_other_names_and_symlinks_are_never_touched(tmp_path):
    keep = tmp_path / "import-not-ours"
    keep.mkdir()
    target = tmp_path / "elsewhere"
    target.mkdir()
    (tmp_path / ".import-link").symlink_to(target)
    assert sweep_abandoned(tmp_path, IMPORT_PREFIX) == 0
    assert keep.exists() and target.exists()


def test_opening_the_home_from_the_command_line_sweeps(tmp_path):
    home = tmp_path / "home"
    subprocess.run([sys.executable, "-m", "app", "--home", str(home), "client", "list"],
                   check=True, capture_output=True, timeout=120)
    imported = _left_behind(home)
    restored = _left_behind(home / "backups", ".restore-killed")
    done = subprocess.run([sys.executable, "-m", "app", "--home", str(home), "client", "list"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not imported.exists() and not restored.exists()


@pytest.mark.parametrize("prefix", [work_folders.IMPORT_PREFIX, work_folders.RESTORE_PREFIX])
def test_a_new_work_folder_sweeps_its_kind_first(tmp_path, prefix):
    folder = _left_behind(tmp_path, prefix + "old")
    with work_folder(tmp_path, prefix):
        assert not folder.exists()
