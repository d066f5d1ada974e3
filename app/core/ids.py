"""The id of a record read from the store: records are dataclasses whose `id` is None until they
are saved, and a use case working on a saved record needs it as an int."""

from __future__ import annotations

from typing import Protocol


class _Record(Protocol):
    @property
    def id(self) -> int | None: ...


def saved_id(record: _Record) -> int:
    """`record.id`; ValueError for a record that was never saved (a programming error)."""
    if record.id is None:
        raise ValueError(f"this {type(record).__name__} has not been saved yet")
    return record.id
