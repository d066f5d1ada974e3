"""The one way OffMap reads JSON that a file or a server handed it: size and nesting limits, and
every failure a ValidationError naming what was read (never a RecursionError traceback).

Python's parser recurses once per nesting level, so a few kilobytes of `[[[[...` raise
RecursionError there, or later in whatever walks the result (the JSON Schema validator). The
parse runs under a catch for that; the depth of what was parsed is then measured without
recursion and refused above `max_depth`, far deeper than any of OffMap's own formats go.
"""

from __future__ import annotations

import json
from typing import Any

from app.core.errors import ValidationError
from app.core.text import Text

MAX_DEPTH = 64
MAX_BYTES = 64 * 1024 * 1024


class JsonRefused(ValidationError):
    """Outside JSON that OffMap will not use; `reason` is the message without its full stop,
    for callers that name it inside a sentence of their own."""

    def __init__(self, template: str, **values: Any) -> None:
        self.reason = Text(template, **values)
        super().__init__("{reason}.", reason=self.reason)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def depth(value: Any) -> int:
    """How deeply lists and objects nest in `value` (a scalar is 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        level += 1
        deepest = max(deepest, level)
        stack.extend((child, level) for child in children)
    return deepest


def loads(data: bytes | str, what: str, *, max_bytes: int = MAX_BYTES,
          max_depth: int = MAX_DEPTH) -> Any:
    """Parses `data` (UTF-8, a BOM allowed); raises JsonRefused (a ValidationError) naming
    `what` ("the directory file", "its case.json", ...) when it is too large, not UTF-8, not
    JSON, or nested more than `max_depth` levels deep."""
    if len(data) > max_bytes:
        raise JsonRefused(
            "{what} is larger than {max_mb} MB, far larger than it should be; it was not read",
            what=what, max_mb=max(1, max_bytes // (1024 * 1024)))
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise JsonRefused(
                "{what} is not valid JSON: it is not UTF-8 text (unexpected byte at "
                "position {start})",
                what=what, start=exc.start) from None
    try:
        value = json.loads(data, parse_constant=_no_constants)
    except RecursionError:
        raise JsonRefused(
            "{what} is nested more than {max_depth} levels deep; it was not read",
            what=what, max_depth=max_depth) from None
    except json.JSONDecodeError as exc:
        raise JsonRefused(
            "{what} is not valid JSON (line {lineno}, column {colno}); it may be damaged or "
            "cut short",
            what=what, lineno=exc.lineno, colno=exc.colno) from None
    except ValueError as exc:  # NaN / Infinity
        raise JsonRefused("{what} is not valid JSON ({error})", what=what,
                              error=str(exc)[:100]) from None
    if depth(value) > max_depth:
        raise JsonRefused(
            "{what} is nested more than {max_depth} levels deep; it was not read",
            what=what, max_depth=max_depth)
    return value
