"""The part the Requests and Deadlines tables share: a windowed list of requests. The model
holds only the ordered ids of the rows that match (from an indexed query, which may run off the
GUI thread) and builds full rows a page at a time for the rows the view paints, so a store with
200,000 requests opens and filters as fast as one with twenty.

Where the ids and rows come from is a *source*: the page's store (through services) or, for
lists handed over whole (tests, small lists), `MemorySource`, which filters and sorts in Python
with the subclass's `search_key`, `accepts` and `sort_key`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from app.core.folding import fold
from app.gui.common.label_search import codes_by_word, codes_named
from app.gui.common.table_model import ColumnsTableModel
from app.services.text_search import search_words

log = logging.getLogger("app.gui.requests")
PAGE_ROWS = 200
CACHED_ROWS = 20 * PAGE_ROWS
# A long list opens from this many first rows (more than a screen) while the rest is read.
FIRST_ROWS = 2 * PAGE_ROWS


@dataclass
class QueryResult:
    ids: list[int]
    total: int
    counts: dict[str, int] = field(default_factory=dict)
    # A long list's first rows: `ids` holds the first of `size` ids and `rest` reads them all
    # (off the GUI thread, once the first rows are shown). None: `ids` is the whole list.
    size: int | None = None
    rest: Callable[[], list[int]] | None = None


class RowSource(Protocol):
    def query(self, query: dict[str, Any]) -> QueryResult:
        """The matching ids in order (may be slow: the page runs it off the GUI thread)."""

    def rows(self, ids: list[int]) -> list[Any]:
        """The rows of `ids`, in that order (one page: fast)."""


# Runs `work` (off the GUI thread when it can) and hands its result to `done` on the GUI thread.
Runner = Callable[[Callable[[], Any], Callable[[Any], None]], None]


class RequestRowsModel(ColumnsTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1
    RequestIdRole = Qt.ItemDataRole.UserRole + 2
    DEFAULT_SORT = (0, Qt.SortOrder.AscendingOrder)
    refreshed = Signal()  # new ids are in (after a filter, sort or reload)
    rest_read = Signal()  # a long list's rows past its first ones are in (shown blank until now)
    # Code -> English label of what the rows show translated (statuses, types): typing a label
    # as shown finds the rows with its code (see label_search).
    SEARCH_LABELS: dict[str, str] = {}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        column, order = self.DEFAULT_SORT
        self.query: dict[str, Any] = {"text": "", "codes": (), "word_codes": {},
                                      "sort_column": column,
                                      "descending": order == Qt.SortOrder.DescendingOrder}
        self.runner: Runner | None = None
        self._source: RowSource = MemorySource(self, [])
        self._result = QueryResult([], 0)
        self._size = 0  # rows in the list (more than len(ids) while a long list's rest is read)
        self._rest_asked: QueryResult | None = None
        self._cache: dict[int, Any] = {}
        self._generation = 0
        self.loading = False

    # -- for subclasses (MemorySource) -------------------------------------------------------
    def sort_key(self, column: int) -> Callable[[Any], Any]:
        raise NotImplementedError

    def search_key(self, row: Any) -> str:
        raise NotImplementedError

    def accepts(self, row: Any, query: dict[str, Any]) -> bool:
        """The subclass's own filters in `query` (the text filter is applied by the source)."""
        return True

    def memory_counts(self, rows: list[Any], query: dict[str, Any]) -> dict[str, int]:
        return {}

    # -- data in -------------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        """Shows exactly these rows (filtered and sorted in Python)."""
        self.set_source(MemorySource(self, rows))

    def set_source(self, source: RowSource) -> None:
        self._source = source
        self.refresh()

    def set_text(self, text: str) -> None:
        self.update_query(**self.text_changes(text))

    def text_changes(self, text: str) -> dict[str, Any]:
        """The query's text, the codes it names in the interface's language (`codes`: the whole
        text as one label) and the codes each of its words names (`word_codes`: every word of
        the text must match the row)."""
        return {"text": " ".join(text.split()).casefold(),
                "codes": codes_named(text, self.SEARCH_LABELS, self.tr),
                "word_codes": codes_by_word(text, self.SEARCH_LABELS, self.tr)}

    def update_query(self, **changes: Any) -> None:
        self.query.update(changes)
        self.refresh()

    def refresh(self) -> None:
        """Asks the source again; through `runner` when there is one. Results of a query
        overtaken by a newer one are dropped."""
        self._generation += 1
        generation, query, source = self._generation, dict(self.query), self._source

        def done(result: QueryResult) -> None:
            if generation == self._generation:
                self._apply(result)

        self.loading = True
        if self.runner is None or isinstance(source, MemorySource):
            done(source.query(query))
        else:
            self.runner(lambda: source.query(query), done)

    def _apply(self, result: QueryResult) -> None:
        if result.rest is not None and self.runner is None:  # nothing to wait for: all now
            result = QueryResult(result.rest(), result.total, result.counts)
        self.beginResetModel()
        self._result = result
        self._size = len(result.ids) if result.size is None else result.size
        self._cache = {}
        self.loading = False
        self.endResetModel()
        self.refreshed.emit()

    def _read_rest(self) -> None:
        """Starts reading all the ids of a list shown from its first rows (once the view asks
        for a row past them): read off the GUI thread, so the list stays responsive; dropped if
        the list changed (or was completed) meanwhile."""
        first = self._result
        if first.rest is None or self._rest_asked is first or self.runner is None:
            return
        self._rest_asked = first

        def done(ids: list[int]) -> None:
            if self._result is first:
                self._complete(ids)

        self.runner(first.rest, done)

    def _complete(self, ids: list[int]) -> None:
        first = self._result.ids
        whole = QueryResult(ids, self._result.total, self._result.counts)
        if len(ids) != self._size or ids[:len(first)] != first:  # the store changed meanwhile
            self._apply(whole)
            return
        self._result = whole
        if len(ids) > len(first):  # rows shown blank until now
            self.dataChanged.emit(self.index(len(first), 0),
                                  self.index(len(ids) - 1, self.columnCount() - 1))
        self.rest_read.emit()

    def complete_now(self) -> None:
        """Reads the rest of a list shown from its first rows on this thread at once (for
        what needs every id, such as finding a request's row)."""
        if self._result.rest is not None:
            self._complete(self._result.rest())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.update_query(sort_column=column, descending=order == Qt.SortOrder.DescendingOrder)

    # -- lookups -------------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        if row >= len(self._result.ids):  # past a long list's first rows: blank until read
            self._read_rest()
            return None
        request_id = self._result.ids[row]
        found = self._cache.get(request_id)
        if found is None:
            self._load_page(row)
            found = self._cache[request_id]
        return found

    def _load_page(self, row: int) -> None:
        if len(self._cache) >= CACHED_ROWS:
            self._cache = {}
        start = row - row % PAGE_ROWS
        ids = self._result.ids[start:start + PAGE_ROWS]
        try:
            rows = self._source.rows(ids)
        except Exception:  # never raise into Qt's painting (e.g. the store closed at exit)
            log.exception("rows %s.. not read", ids[:1])
            rows = []
        self._cache.update(zip(ids, rows, strict=False))
        for missing in set(ids) - self._cache.keys():  # deleted since the query: shown empty
            self._cache[missing] = None

    def forget_rows(self) -> None:
        """Drops the rows read so far (they are read again when shown)."""
        self._cache = {}

    def row_of(self, request_id: int) -> int:
        for _ in range(2):  # among the first rows, else among all of them
            try:
                return self._result.ids.index(request_id)
            except ValueError:
                if self._result.rest is None:
                    return -1
                self.complete_now()
        return -1

    def total(self) -> int:
        return self._result.total

    def counts(self) -> dict[str, int]:
        return dict(self._result.counts)

    def visible_ids(self) -> list[int]:
        self.complete_now()
        return list(self._result.ids)

    def row_count(self) -> int:
        return self._size

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex
                 = QModelIndex()) -> int:  # noqa: B008
        # Asked thousands of times while columns are sized: one call, not two.
        return 0 if parent.isValid() else self._size


class MemorySource:
    """Rows handed over whole, filtered and sorted in Python with the model's keys; the text is
    matched as the stores match it, accents and case ignored (app.core.folding)."""

    def __init__(self, model: RequestRowsModel, rows: list[Any]) -> None:
        self.model = model
        self._rows = {row.request.id: row for row in rows}
        self._keys = {row.request.id: fold(model.search_key(row)) for row in rows}

    def query(self, query: dict[str, Any]) -> QueryResult:
        words = search_words(query.get("text", ""))
        word_codes = query.get("word_codes", {})
        rows = [row for request_id, row in self._rows.items()
                if all(self._found(self._keys[request_id], word, word_codes.get(word, ()))
                       for word in words)
                and self.model.accepts(row, query)]
        rows.sort(key=self.model.sort_key(query["sort_column"]), reverse=query["descending"])
        return QueryResult([row.request.id for row in rows], len(self._rows),
                           self.model.memory_counts(list(self._rows.values()), query))

    @staticmethod
    def _found(key: str, word: str, codes: tuple[str, ...]) -> bool:
        return word in key or any(code in key for code in codes)

    def rows(self, ids: list[int]) -> list[Any]:
        return [self._rows[i] for i in ids]
