"""A faster form of PySide6's per-import check, so the window's imports cost less at start-up.

Once PySide6 is imported it looks at every module imported after it, to know whether the module
may use `from __feature__ import ...`: it reads the module's source with `inspect.getsource` and
searches it for "PySide6" (shibokensupport.feature._mod_uses_pyside). inspect goes through
linecache (the file split into lines, kept in memory) for every module: about a sixth of a
millisecond each, some 20 ms over the ~150 modules the window imports before it first paints
(see napari/napari#8584). The replacement asks the same question of the same source, read as
bytes in one go; anything it cannot read is left to PySide6's own check. A PySide6 without
this hook is left as it is."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_offmap_fast_check"


def install() -> bool:
    """Replaces the check once; False when this PySide6 has no such hook (nothing changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True
    setattr(feature, "_mod_uses_pyside", _fast_check(original))  # noqa: B010
    return True


def _fast_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
