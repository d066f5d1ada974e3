"""The window's own strings: no command-line instructions (a window user has the window, not a
terminal) and counts through Qt's plural forms, never a literal "client(s)"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATING = {"tr", "translate", "_tr"}
COMMAND = re.compile(r"\boffmap\s+[a-z-]+|--[a-z]+[a-z-]* [A-Z]+\b")


def _calls() -> list[tuple[str, int, str, ast.Call]]:
    """(file, line, literal text, call) for every tr()/translate() call with literal text."""
    found = []
    for path in sorted((ROOT / "app" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in TRANSLATING:
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                     and isinstance(a.value, str)]
            # translate(context, text, ...): the text is the second literal
            text = texts[1] if name == "translate" and len(texts) > 1 else texts[0] \
                if texts else None
            if text:
                found.append((path.relative_to(ROOT).as_posix(), node.lineno, text, node))
    return found


def test_the_checker_sees_the_window_strings():
    assert len(_calls()) > 1000


def test_no_window_string_names_an_offmap_command():
    offenders = [f"{path}:{line}: {text!r}" for path, line, text, _call in _calls()
                 if COMMAND.search(text)]
    assert not offenders, "\n".join(offenders)


def _is_plural(name: str, text: str, call: ast.Call) -> bool:
    count_at = 3 if name == "translate" else 2  # tr(text, disambiguation, n)
    return "%n" in text and len(call.args) > count_at


def test_counts_use_plural_forms():
    offenders = []
    for path, line, text, call in _calls():
        if "(s)" not in text and "(es)" not in text:
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if not _is_plural(name, text, call):
            offenders.append(f"{path}:{line}: {text!r}")
    assert not offenders, "use tr('%n …(s)', '', n):\n" + "\n".join(offenders)
