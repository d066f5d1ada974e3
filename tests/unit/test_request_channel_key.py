"""CONTRACT.md: request JSON carries `channel` (email, webform, post, phone, portal): how the
request was sent, null while it is a draft."""

from __future__ import annotations

import json

import pytest

from app.cli import main


def _json(capsys, *args: str):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("via", ["email", "webform", "post", "phone"])
def test_request_json_names_the_channel(tmp_path, capsys, via):
    home = ["--home", str(tmp_path / "home")]
    client = _json(capsys, *home, "client", "add", "--name", "Channel Test", "--state", "CA",
                   "--country", "US", "--json")
    request = _json(capsys, *home, "request", "new", "--client", str(client["id"]), "--company",
                    "t-mobile", "--type", "delete", "--json")
    draft = _json(capsys, *home, "request", "show", str(request["id"]), "--json")
    assert draft["channel"] is None
    assert main([*home, "request", "mark-sent", str(request["id"]), "--on", "2026-11-02",
                 "--via", via]) == 0
    capsys.readouterr()
    sent = _json(capsys, *home, "request", "show", str(request["id"]), "--json")
    assert sent["channel"] == via
    listed = _json(capsys, *home, "request", "list", "--json")
    assert [row["channel"] for row in listed] == [via]
