"""Writes docs/cli.md, the command-line reference, from the parser's --help (`make cli-doc`)."""

from __future__ import annotations

from pathlib import Path

from app.cli import build_parser
from app.commands.reference import cli_reference_markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def main() -> None:
    DOC.write_text(cli_reference_markdown(build_parser()), encoding="utf-8")
    print(f"Wrote {DOC}")


if __name__ == "__main__":
    main()
