"""docs/cli.md is the command-line reference generated from the parser (`make cli-doc`): it
must match what `--help` prints, list every command, and every action must be runnable."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.cli import build_parser
from app.commands.reference import cli_reference_markdown, commands

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "cli.md"


def test_cli_md_is_current():
    assert DOC.read_text(encoding="utf-8") == cli_reference_markdown(build_parser()), \
        "docs/cli.md is out of date: run `make cli-doc` and commit it"


def test_reference_lists_every_command_with_its_options():
    text = cli_reference_markdown(build_parser())
    names = [name for name, _parser in commands(build_parser())]
    assert names[0] == "offmap" and len(names) == len(set(names))
    for name in ("offmap holding suggest", "offmap clinic set", "offmap request draft-all",
                 "offmap export letters", "offmap send-all", "offmap bulk opt-out",
                 "offmap settings set"):
        assert f"\n## {name}\n" in text and f"(#{name.replace(' ', '-')})" in text
    assert "--phone-service SLUG" in text and "--allow-unverified" in text


def test_width_does_not_depend_on_the_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    narrow_terminal = cli_reference_markdown(build_parser())
    assert os.environ["COLUMNS"] == "40"  # restored
    monkeypatch.setenv("COLUMNS", "200")
    assert narrow_terminal == cli_reference_markdown(build_parser())


def test_every_leaf_command_has_a_handler():
    for name, parser in commands(build_parser()):
        has_actions = any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)
        if name != "offmap" and not has_actions:
            assert callable(parser.get_default("func")), f"{name} has no handler"


def test_readme_points_to_the_reference():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/cli.md" in readme
    for command in ("holding suggest", "clinic", "request draft-all", "export letters",
                    "send-all", "bulk opt-out", "settings"):
        assert f"`{command}" in readme, command
