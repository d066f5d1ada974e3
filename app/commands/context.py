"""What every command handler gets: the resolved home and a lazily opened store."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.store import Store, open_store


@dataclass
class CliContext:
    home: Path
    _store: Store | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        if self._store is None:
            from app.services import blob_import, work_folders

            self._store = open_store(self.home)
            work_folders.sweep_home(self.home)   # a killed import's decrypted copy goes now
            # An old home's plain attachment files move into the encrypted store at first open.
            message = blob_import.notice(blob_import.import_if_needed(self._store))
            if message:
                print(f"offmap: note: {message}", file=sys.stderr)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def print_json(value: Any) -> None:
    # One write: json.dump writes each token separately, 1.7 s of a 2,600-row deadline listing.
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    """A plain aligned table for humans; scripts use --json."""
    if not rows:
        return
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=False)]
    for line in [headers, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=False)).rstrip())


def shared_group(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
                 help_text: str, metavar: str = "ACTION") -> argparse._SubParsersAction[
                     argparse.ArgumentParser]:
    """The actions of command `name`, created on first use, so several modules can add actions
    to one command (`request`, `export`, `import`) whichever registers first."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text)
        actions = parser.add_subparsers(dest="action", metavar=metavar, required=True)
        parser._offmap_actions = actions  # type: ignore[attr-defined]
    return parser._offmap_actions  # type: ignore[attr-defined]
