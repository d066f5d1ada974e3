"""The project's documentation stands on its own: no page points outside the repository (the
planning notes beside the checkout, ../shared, are not shipped), and every relative link in
README.md and docs/ leads to a file that exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Links written [text](target); targets that are web addresses or in-page anchors are skipped.
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
OUTSIDE = re.compile(r"(\.\./)+shared\b|/work/shared\b|\bshared/(DESIGN|CONTRACT)\.md")


def _pages() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _broken_links(page: Path, text: str) -> list[str]:
    broken = []
    for target in LINK.findall(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("#"):
            continue
        path = target.split("#", 1)[0]
        if path and not (page.parent / path).exists():
            broken.append(target)
    return broken


def test_docs_never_point_at_the_shared_notes():
    pointing = {page.relative_to(ROOT).as_posix(): match.group(0)
                for page in _pages()
                for match in [OUTSIDE.search(page.read_text(encoding="utf-8"))] if match}
    assert pointing == {}


def test_relative_links_lead_to_files_that_exist():
    broken = {page.relative_to(ROOT).as_posix(): links
              for page in _pages()
              if (links := _broken_links(page, page.read_text(encoding="utf-8")))}
    assert broken == {}


def test_the_checks_catch_a_bad_page(tmp_path):
    page = tmp_path / "page.md"
    text = "See [design](../shared/DESIGN.md) and [setup](clinic-setup.md#tls) and [web](https://x.org)."
    assert OUTSIDE.search(text) is not None
    assert _broken_links(page, text) == ["../shared/DESIGN.md", "clinic-setup.md#tls"]
    (tmp_path / "clinic-setup.md").write_text("", encoding="utf-8")
    assert _broken_links(page, text) == ["../shared/DESIGN.md"]
