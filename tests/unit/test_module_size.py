"""No module under app/ is over 400 lines: a module that long does more than one job. The
generated Spanish message table is exempt."""

from __future__ import annotations

from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
LIMIT = 400
GENERATED = {"i18n_messages.py"}


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _over_limit() -> dict[str, int]:
    """Modules over the limit, by path under app/ ("services/sending.py")."""
    found = {}
    for path in sorted(APP.rglob("*.py")):
        if path.name in GENERATED:
            continue
        count = _lines(path)
        if count > LIMIT:
            found[path.relative_to(APP).as_posix()] = count
    return found


def test_no_module_is_over_400_lines():
    over = _over_limit()
    assert over == {}, f"split these modules (one job each, at most {LIMIT} lines): {over}"


def test_the_count_finds_a_long_module(tmp_path: Path):
    long_module = tmp_path / "long.py"
    long_module.write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    assert _lines(long_module) == LIMIT + 1
