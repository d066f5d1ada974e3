"""The Directory page's own companies (new, edit, edit my copy, delete), Settings > Backups'
list and the Ad-ID toolkit's guide, through the command line. Bad input exits 1 with one
`offmap: error:` line."""

from __future__ import annotations

from tests.cli_run import failed, ok_json, run


def test_own_companies_add_edit_delete(capsys, tmp_path):
    home = tmp_path / "home"
    added = ok_json(capsys, home, "directory", "add", "--name", "Acme Locate", "--kind",
                    "broker", "--email", "privacy@acme.example", "--alias", "Acme")
    assert (added["slug"], added["contacts"]["email"]) == ("acme-locate", "privacy@acme.example")
    assert added["aliases"] == ["Acme"]
    edited = ok_json(capsys, home, "directory", "edit", "acme-locate", "--webform",
                     "https://acme.example/privacy", "--email", "")
    assert edited["contacts"]["webform"] == "https://acme.example/privacy"
    assert edited["contacts"]["email"] is None and edited["aliases"] == ["Acme"]  # kept
    found = ok_json(capsys, home, "directory", "search", "Acme")
    assert [c["slug"] for c in found] == ["acme-locate"]

    assert "host network" in failed(capsys, home, "directory", "add", "--name", "Tiny Mobile",
                                    "--kind", "mvno")
    mvno = ok_json(capsys, home, "directory", "add", "--name", "Tiny Mobile", "--kind", "mvno",
                   "--host", "t-mobile")
    assert mvno["hosts"] == ["t-mobile"]
    assert "not a company in the directory" in failed(
        capsys, home, "directory", "edit", "tiny-mobile", "--host", "no-such-carrier")
    assert "e-mail address" in failed(capsys, home, "directory", "edit", "acme-locate",
                                      "--email", "not-an-address")

    copy = ok_json(capsys, home, "directory", "edit", "kochava", "--notes", "Asked by phone.")
    assert copy["slug"] == "kochava" and copy["notes"] == "Asked by phone."
    assert "cannot be deleted" in failed(capsys, home, "directory", "delete", "att")
    assert run(capsys, home, "directory", "delete", "acme-locate")[0] == 0
    assert ok_json(capsys, home, "directory", "search", "Acme Locate") == []


def test_backups_lists_the_kept_backups(capsys, tmp_path):
    from app.services.backup import run_daily_backup
    from app.store import open_store

    home = tmp_path / "home"
    assert ok_json(capsys, home, "backups") == []
    store = open_store(home)
    try:
        made = run_daily_backup(store)
    finally:
        store.close()
    [listed] = ok_json(capsys, home, "backups")
    assert (listed["path"], listed["kind"]) == (str(made), "auto") and listed["bytes"] > 0
    code, out, _err = run(capsys, home, "backups")
    assert code == 0 and "auto" in out and made.name in out


def test_ad_id_guide(capsys, tmp_path):
    home = tmp_path / "home"
    guide = ok_json(capsys, home, "guide", "ad-id")
    keys = [s["key"] for s in guide["sections"]]
    assert "android-find" in keys and all(s["sources"] for s in guide["sections"])
    assert "kochava" in guide["ad_id_only_companies"]
    code, out, _err = run(capsys, home, "guide", "ad-id")
    assert code == 0 and "Find the advertising ID on Android" in out and "--ad-id UUID" in out
    code, _out, err = run(capsys, home, "guide", "no-such-guide")
    assert code == 2 and "usage error" in err
