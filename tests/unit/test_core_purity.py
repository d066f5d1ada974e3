"""app/core stays free of Qt, the store, the network and the keyring (DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import app.core

FORBIDDEN = ("PySide6", "app.store", "app.gui", "app.services", "requests", "keyring", "app.net",
             "app.secrets")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_nothing_forbidden():
    core = Path(app.core.__file__).parent
    offenders = {}
    for path in sorted(core.glob("*.py")):
        bad = {n for n in _imports(path) for f in FORBIDDEN if n == f or n.startswith(f + ".")}
        if bad:
            offenders[path.name] = sorted(bad)
    assert offenders == {}


def test_checker_catches_a_forbidden_import(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport keyring\n")
    assert {"PySide6.QtCore", "keyring"} <= _imports(sample)
