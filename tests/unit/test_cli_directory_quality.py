"""`offmap directory show` says what a record's quality means, with the day it was read or
reviewed: "unverified" next to a date no longer reads as "verified on" that date."""

from __future__ import annotations

import json

import pytest

from app.cli import main


@pytest.mark.parametrize("quality", ["verified", "secondary", "unverified"])
def test_show_explains_the_quality_and_its_day(home, capsys, quality):
    assert main(["--home", str(home), "directory", "search", "--json"]) == 0
    companies = [c for c in json.loads(capsys.readouterr().out) if c["quality"] == quality]
    if not companies:
        pytest.skip(f"the bundled directory has no {quality} record")
    company = companies[0]
    assert main(["--home", str(home), "directory", "show", company["slug"]]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines()
                if line.strip().startswith("Quality:"))
    assert line.strip().startswith(f"Quality: {quality}: ")
    assert (company["verified_on"] or "never") in line
    assert ("own page" in line) == (quality == "verified")
    assert "last verified" not in line
