"""The window's actions through the command line (issue 20, CLI parity): "Add my phone service"
and "Apps on my phone" (`holding suggest`), the clinic profile and agent mode (`clinic`, `export
authorization`), batch drafting (`request draft-all`), batch export (`export letters`), bulk
opt-outs (`bulk opt-out`) and preferences (`settings`). Each goes through `app.cli.main` and the
same service function the window calls; bad input exits 1 with one `offmap: error:` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import failed, ok_json, run

REGISTRY = Path(__file__).resolve().parents[1] / "fixtures" / "cppa" / "registry-2025.csv"


@pytest.fixture
def client(capsys, tmp_path: Path) -> tuple[Path, int]:
    home = tmp_path / "home"
    created = ok_json(capsys, home, "client", "add", "--name", "Ana Lopez", "--state", "CA",
                      "--email", "ana@example.org")
    return home, created["id"]


# ------------------------------------------------------------------ holding suggest
def test_phone_service_suggestions_are_shown_then_accepted(capsys, client):
    home, client_id = client
    shown = ok_json(capsys, home, "holding", "suggest", "--client", str(client_id),
                    "--phone-service", "mint-mobile")
    by_slug = {p["slug"]: p for p in shown["proposals"]}
    assert by_slug["mint-mobile"]["role"] == "service" and by_slug["t-mobile"]["role"] == "host"
    assert all(p["reason"] for p in shown["proposals"]) and shown["holdings"] == []
    assert ok_json(capsys, home, "holding", "list", "--client", str(client_id)) == []

    accepted = ok_json(capsys, home, "holding", "suggest", "--client", str(client_id),
                       "--phone-service", "mint-mobile", "--skip", "zumigo", "--accept")
    recorded = {h["company"] for h in accepted["holdings"]}
    assert recorded == set(by_slug) - {"zumigo"}
    listed = ok_json(capsys, home, "holding", "list", "--client", str(client_id))
    assert {h["company"] for h in listed} == recorded


def test_app_suggestions_and_human_output(capsys, client):
    home, client_id = client
    code, out, err = run(capsys, home, "holding", "suggest", "--client", str(client_id),
                         "--app", "life360")
    assert code == 0, err
    assert "life360" in out and "Nothing recorded yet" in out


def test_suggest_bad_input(capsys, client):
    home, client_id = client
    line = failed(capsys, home, "holding", "suggest", "--client", str(client_id),
                  "--phone-service", "life360")
    assert "not a phone carrier or MVNO" in line
    line = failed(capsys, home, "holding", "suggest", "--client", str(client_id),
                  "--phone-service", "mint-mobile", "--skip", "nobody", "--accept")
    assert "--skip nobody" in line
    assert ok_json(capsys, home, "holding", "list", "--client", str(client_id)) == []
    assert "no client with id 99" in failed(capsys, home, "holding", "suggest", "--client",
                                            "99", "--phone-service", "mint-mobile")


# ------------------------------------------------------------------ clinic
def test_clinic_profile_and_agent_mode(capsys, client, tmp_path):
    home, client_id = client
    assert ok_json(capsys, home, "clinic", "show")["mode"] == "client"
    line = failed(capsys, home, "clinic", "set", "--mode", "agent")
    assert "fill in the clinic's name" in line
    assert ok_json(capsys, home, "clinic", "show")["mode"] == "client"  # nothing half-saved

    saved = ok_json(capsys, home, "clinic", "set", "--name", "Bay Area Privacy Clinic",
                    "--staff", "Jo Doe", "--address", "1 Main St", "--address", "Oakland, CA",
                    "--email", "privacy@clinic.example.org", "--mode", "agent")
    assert saved["agent"] and saved["address_lines"] == ["1 Main St", "Oakland, CA"]
    kept = ok_json(capsys, home, "clinic", "set", "--phone", "+1 510 555 0100")
    assert kept["name"] == "Bay Area Privacy Clinic" and kept["phone"] == "+1 510 555 0100"

    # Agent mode reaches the letters: the same service the window's letters use.
    request = ok_json(capsys, home, "request", "new", "--client", str(client_id), "--company",
                      "kochava", "--type", "delete")
    letter = tmp_path / "letter.txt"
    code, _out, err = run(capsys, home, "letter", str(request["id"]), "--format", "txt",
                          "--out", str(letter))
    assert code == 0, err
    assert "authorized agent" in letter.read_text() and "Jo Doe" in letter.read_text()

    form = tmp_path / "authorization.pdf"
    written = ok_json(capsys, home, "export", "authorization", "--client", str(client_id),
                      "--out", str(form))
    assert written["bytes"] > 1000 and form.read_bytes().startswith(b"%PDF-")


# ------------------------------------------------------------------ draft-all and export
def _holdings(capsys, home: Path, client_id: int) -> None:
    ok_json(capsys, home, "holding", "suggest", "--client", str(client_id), "--phone-service",
            "mint-mobile", "--accept")


def test_draft_all_plans_then_drafts(capsys, client):
    home, client_id = client
    _holdings(capsys, home, client_id)
    plan = ok_json(capsys, home, "request", "draft-all", "--client", str(client_id),
                   "--type", "delete", "--type", "cpni-opt-out", "--dry-run")
    rows = {(r["company"], r["type"]): r for r in plan["plan"]}
    assert rows[("t-mobile", "cpni-opt-out")]["law"] == "us-cpni"
    refused = rows[("locationsmart", "cpni-opt-out")]
    assert not refused["ready"] and "CCPA/CPRA" in refused["reason"]
    assert plan["created"] == [] and ok_json(capsys, home, "request", "list") == []

    done = ok_json(capsys, home, "request", "draft-all", "--client", str(client_id),
                   "--type", "delete", "--type", "cpni-opt-out")
    ready = [r for r in done["plan"] if r["ready"]]
    assert len(done["created"]) == len(ready) > 0
    listed = ok_json(capsys, home, "request", "list", "--client", str(client_id))
    assert sorted((r["company"], r["type"], r["law"]) for r in listed) == \
        sorted((r["company"], r["type"], r["law"]) for r in ready)


def test_draft_all_bad_input(capsys, client):
    home, client_id = client
    assert "no holdings yet" in failed(capsys, home, "request", "draft-all", "--client",
                                       str(client_id))
    assert "not a law OffMap knows" in failed(capsys, home, "request", "draft-all", "--client",
                                              str(client_id), "--company", "kochava", "--law",
                                              "us-zz")
    assert ok_json(capsys, home, "request", "list") == []


def test_export_letters_writes_each_format(capsys, client, tmp_path):
    home, client_id = client
    _holdings(capsys, home, client_id)
    ok_json(capsys, home, "request", "draft-all", "--client", str(client_id))
    folder = tmp_path / "letters"
    folder.mkdir()
    result = ok_json(capsys, home, "export", "letters", "--client", str(client_id),
                     "--format", "txt", "--format", "html", "--out", str(folder))
    requests = ok_json(capsys, home, "request", "list", "--client", str(client_id))
    assert result["requests"] == len(requests)
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(f).name
                                                              for f in result["files"])
    assert len(result["files"]) == 2 * len(requests)
    first = requests[0]
    text = (folder / f"{first['reference']}-{first['company']}-delete.txt").read_text()
    assert first["reference"] in text and "Ana Lopez" in text

    missing = tmp_path / "nowhere"
    assert "does not exist" in failed(capsys, home, "export", "letters", "--client",
                                      str(client_id), "--out", str(missing))
    assert "no request matches" in failed(capsys, home, "export", "letters", "--client",
                                          str(client_id), "--status", "sent", "--out",
                                          str(folder))


# ------------------------------------------------------------------ bulk opt-outs
def test_bulk_opt_outs(capsys, client):
    home, client_id = client
    other = ok_json(capsys, home, "client", "add", "--name", "Ben Ruiz", "--state", "VA")["id"]
    ok_json(capsys, home, "directory", "import-cppa", str(REGISTRY))
    plan = ok_json(capsys, home, "bulk", "opt-out", "--all-clients", "--dry-run")
    brokers = [b["slug"] for b in plan["brokers"]]
    assert "acme-geodata-inc" in brokers and plan["clients"] == [client_id, other]
    assert len(plan["new"]) == 2 * len(brokers)
    assert ok_json(capsys, home, "request", "list") == []

    summary = ok_json(capsys, home, "bulk", "opt-out", "--client", str(client_id))
    assert summary["created"] == len(brokers) and summary["sent"] == 0
    made = ok_json(capsys, home, "request", "list", "--client", str(client_id))
    assert {(r["type"], r["law"], r["status"]) for r in made} == {("opt-out", "us-ca", "draft")}
    again = ok_json(capsys, home, "bulk", "opt-out", "--client", str(client_id))
    assert again["created"] == 0 and len(again["skipped"]) == len(brokers)
    assert "no client with id 404" in failed(capsys, home, "bulk", "opt-out", "--client",
                                             "404")


# ------------------------------------------------------------------ send-all (no server)
def test_send_all_dry_run_and_without_account(capsys, client):
    home, client_id = client
    request = ok_json(capsys, home, "request", "new", "--client", str(client_id),
                      "--company", "kochava", "--type", "delete")
    listed = ok_json(capsys, home, "send-all", "--client", str(client_id), "--dry-run")
    assert [r["id"] for r in listed] == [request["id"]]
    assert "no mail account" in failed(capsys, home, "send-all", "--client", str(client_id))
    assert ok_json(capsys, home, "request", "show", str(request["id"]))["status"] == "draft"
    other = ok_json(capsys, home, "client", "add", "--name", "Ben Ruiz", "--state", "VA")["id"]
    assert "no draft to send" in failed(capsys, home, "send-all", "--client", str(other))


# ------------------------------------------------------------------ settings
def test_settings_list_get_set(capsys, tmp_path):
    home = tmp_path / "home"
    listed = {s["name"]: s for s in ok_json(capsys, home, "settings", "list")}
    assert listed["language"]["value"] == "system" and "es" in listed["language"]["choices"]
    assert ok_json(capsys, home, "settings", "set", "language", "es")["value"] == "es"
    code, out, _err = run(capsys, home, "settings", "get", "language")
    assert code == 0 and out.strip() == "es"
    assert "use one of: system, en, es" in failed(capsys, home, "settings", "set", "language",
                                                 "fr")
    assert "https" in failed(capsys, home, "settings", "set", "directory-url",
                             "http://example.org/d.json")
    assert "no setting called 'colour'" in failed(capsys, home, "settings", "get", "colour")
    assert ok_json(capsys, home, "settings", "get", "language")["value"] == "es"
    url = "https://example.org/directory.json"
    assert ok_json(capsys, home, "settings", "set", "directory-url", url)["value"] == url


def test_settings_language_is_the_window_language(tmp_path):
    """The declared language values are the window's, and both read the same stored key."""
    from app.gui.common import i18n
    from app.services import preferences
    from app.store import open_store

    assert preferences.INTERFACE_LANGUAGES == i18n.CHOICES
    store = open_store(tmp_path / "home")
    try:
        preferences.set_setting(store, "language", "es")
        assert i18n.preferred_language(store) == "es"
    finally:
        store.close()
