"""`offmap directory stats` and the Directory page's coverage figures."""

from __future__ import annotations

from app.core.coverage import Coverage, coverage
from app.services import directory
from app.store import Store


def directory_coverage(store: Store) -> Coverage:
    """Coverage of the effective directory (bundled or updated, with the user's companies)."""
    return coverage(directory.directory_index(store).values())
