"""Values and rows on a server store as the embedded store gives them: booleans and whole
numerics come back as int, dates and booleans go in as ISO text and 0/1, and a row reads by
position and by column name like sqlite3.Row."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import psycopg
from psycopg.adapt import Dumper, Loader
from psycopg.rows import RowMaker


class _BoolAsInt(Dumper):
    """True/False into an integer column, as SQLite stores them."""

    oid = psycopg.adapters.types["int8"].oid

    def dump(self, obj: Any) -> bytes:
        return b"1" if obj else b"0"


class _DateAsText(Dumper):
    """A date or datetime into a TEXT column, in the ISO form SQLite's adapters write."""

    oid = 0  # unknown: the server reads it as the column's type

    def dump(self, obj: Any) -> bytes:
        text = obj.isoformat(" ") if isinstance(obj, datetime) else obj.isoformat()
        return text.encode()


class _BoolLoader(Loader):
    def load(self, data: Any) -> int:
        return 1 if bytes(data) == b"t" else 0


class _NumericLoader(Loader):
    """sum() and count arithmetic come back as numeric: an int when whole, as in SQLite."""

    def load(self, data: Any) -> int | float:
        value = Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)


class Row:
    """A result row like sqlite3.Row: by position, by column name (any case), keys()."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = tuple(values)
        self._index = index

    def __getitem__(self, key: int | str | slice) -> Any:
        if isinstance(key, str):
            try:
                return self._values[self._index[key.lower()]]
            except KeyError:
                raise IndexError(f"No item with that key: {key}") from None
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Row):
            return self._values == other._values and self._index == other._index
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=False))!r})"


def row_factory(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    index = {column.name.lower(): i for i, column in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> Row:
        return Row(values, index)

    return make


def sqlite_values(raw: psycopg.Connection[Any]) -> None:
    """Makes `raw` take and give values as SQLite does."""
    adapters = raw.adapters
    adapters.register_dumper(bool, _BoolAsInt)
    adapters.register_dumper(date, _DateAsText)
    adapters.register_dumper(datetime, _DateAsText)
    adapters.register_loader("bool", _BoolLoader)
    adapters.register_loader("numeric", _NumericLoader)
