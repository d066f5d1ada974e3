"""Writes docs/laws.md, the law-review table, from resources/laws/*.json (`make laws-doc`)."""

from __future__ import annotations

from pathlib import Path

from app.core.law_review import law_review_markdown
from app.core.laws import load_laws

DOC = Path(__file__).resolve().parent.parent / "docs" / "laws.md"


def main() -> None:
    DOC.write_text(law_review_markdown(load_laws()), encoding="utf-8")
    print(f"Wrote {DOC}")


if __name__ == "__main__":
    main()
