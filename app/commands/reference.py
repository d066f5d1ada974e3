"""docs/cli.md, the command-line reference: every command's `--help`, from the parser itself
(`make cli-doc` writes it; a test checks it is current)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

WIDTH = 100  # help is wrapped to the terminal's width; the reference uses a fixed one

INTRO = """# Command-line reference

Every `offmap` command with its options, as `offmap COMMAND --help` prints them. Without a
command, `offmap` opens the window. Exit status: `0` done, `1` the request could not be carried
out (one line on stderr starting `offmap: error:`), `2` usage error. Listing commands accept
`--json` and then print one JSON document.

This file is generated from the program (`make cli-doc`); do not edit it by hand.
"""


def commands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """(`offmap client add`, its parser) for the program and every command, depth first, in
    the order `--help` lists them."""
    yield parser.prog, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from commands(child)


@contextmanager
def _fixed_width() -> Iterator[None]:
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(WIDTH)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = before


def _anchor(name: str) -> str:
    return name.replace(" ", "-").lower()


def cli_reference_markdown(parser: argparse.ArgumentParser) -> str:
    with _fixed_width():
        entries = [(name, child.format_help().rstrip()) for name, child in commands(parser)]
    lines = [INTRO, "## Commands", ""]
    lines += [f"- [`{name}`](#{_anchor(name)})" for name, _help in entries]
    for name, text in entries:
        lines += ["", f"## {name}", "", "```text", text, "```"]
    return "\n".join(lines) + "\n"
