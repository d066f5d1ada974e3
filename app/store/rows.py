"""Small helpers shared by the repositories."""

from __future__ import annotations

import json
from typing import Any


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text: str | None, default: Any) -> Any:
    if not text:
        return default
    return json.loads(text)


def inserted_id(cursor: Any) -> int:
    """The id of the row the INSERT just run on `cursor` made."""
    row_id = cursor.lastrowid
    if row_id is None:
        raise RuntimeError("the INSERT made no row")
    return int(row_id)
