"""Builds a smaller ICU data library for the Linux bundle: the same data package Qt ships, with
only what an English or Spanish window can use.

PySide6's Qt links libicudata (30 MiB: every locale, legacy converters, dictionaries for Thai or
Chinese word breaks). OffMap's window is English or Spanish, and it decodes text with Python, not
with ICU converters. ICU's own tools cut its data package (`icupkg -r`) and turn it back into the
library Qt loads (`genccode`, then the C compiler); Debian's `icu-devtools` provides both. Kept:
every non-locale item (normalisation, break rules, time zones, supplemental data, collation base
data), and the locale items of root, English and Spanish in every tree (names, currencies, units,
collation...). Removed: other locales, converters (*.cnv), word-break dictionaries, transliterators.

    python packaging/icu_trim.py SRC_LIBICUDATA OUT_LIBICUDATA
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("en", "es")
# A locale item: a language code with optional script/region/variant parts (not "pool", "root"
# or a camel-case table such as supplementalData).
LOCALE_ITEM = re.compile(r"(?:[^/]+/)?([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res")
# Each tree's index of installed locales: named like a locale ("res" + "_index") but kept.
INDEX_ITEM = "res_index.res"
DROPPED_TREES = ("translit/",)
DROPPED_SUFFIXES = (".cnv", ".dict")
TOOLS = ("icupkg", "genccode", "cc")


class IcuTrimError(RuntimeError):
    pass


def tools_missing() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The exported data symbol (icudtNN_dat), its file offset and size."""
    out = subprocess.run(["readelf", "-Ws", "--dyn-syms", str(library)], capture_output=True,
                         text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 8 and re.fullmatch(r"icudt\d+_dat", parts[7]) and parts[3] == "OBJECT":
            address, size = int(parts[1], 16), int(parts[2], 0)
            return parts[7], _file_offset(library, address), size
    raise IcuTrimError(f"{library} exports no icudtNN_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    out = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True,
                         check=True).stdout
    for line in out.splitlines():
        match = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match:
            start, offset, size = (int(g, 16) for g in match.groups())
            if start <= address < start + size:
                return address - start + offset
    raise IcuTrimError(f"no section of {library} holds address {address:#x}")


def dropped(item: str) -> bool:
    if item.startswith(DROPPED_TREES) or item.endswith(DROPPED_SUFFIXES):
        return True
    if item.rsplit("/", 1)[-1] == INDEX_ITEM:
        return False
    match = LOCALE_ITEM.fullmatch(item)
    return bool(match) and match.group(1) not in KEEP_LANGUAGES


def _check_dependencies(work: Path, package: Path, removed: set[str]) -> None:
    """A kept item may lose only a word-break dictionary (ICU then breaks without it); any other
    kept item pointing at a removed one would fail at run time, so the build stops."""
    trial = work / "trial" / package.name
    trial.parent.mkdir()
    shutil.copy(package, trial)
    result = subprocess.run(["icupkg", "-r", str(work / "remove.txt"), str(trial)],
                            capture_output=True, text=True)
    broken = []
    for match in re.finditer(r"Item (\S+) depends on missing item (\S+)", result.stderr):
        item, needed = match.groups()
        if item not in removed and not needed.endswith(".dict"):
            broken.append(f"{item} -> {needed}")
    if broken:
        raise IcuTrimError("kept ICU items need removed ones: " + ", ".join(broken[:10]))


def soname(library: Path) -> str:
    out = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True,
                         check=True).stdout
    match = re.search(r"Library soname: \[([^\]]+)\]", out)
    if not match:
        raise IcuTrimError(f"{library} has no soname")
    return match.group(1)


def trim(source: Path, target: Path) -> tuple[int, int]:
    """Writes the trimmed library to target; returns (items kept, items removed)."""
    missing = tools_missing()
    if missing:
        raise IcuTrimError("missing tools: " + ", ".join(missing) + " (Debian: icu-devtools, gcc)")
    symbol, offset, size = data_symbol(source)
    entry = symbol.removesuffix("_dat")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = work / f"{entry}l.dat"
        with source.open("rb") as handle:
            handle.seek(offset)
            package.write_bytes(handle.read(size))
        items = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True,
                               check=True).stdout.split()
        removed = [item for item in items if dropped(item)]
        (work / "remove.txt").write_text("\n".join(removed) + "\n")
        _check_dependencies(work, package, set(removed))
        subprocess.run(["icupkg", "--ignore-deps", "-r", str(work / "remove.txt"), str(package)],
                       check=True, capture_output=True)
        # Assembly, not C: genccode's C output ignores the entry-point name (-e).
        subprocess.run(["genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(package)],
                       check=True, capture_output=True)
        sources = list(work.glob("*.S"))
        if len(sources) != 1:
            raise IcuTrimError(f"genccode wrote {len(sources)} assembly files")
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-s", f"-Wl,-soname,{soname(source)}",
                        "-o", str(target), str(sources[0])], check=True, capture_output=True)
    return len(items) - len(removed), len(removed)


if __name__ == "__main__":
    kept, gone = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"kept {kept} ICU data items, removed {gone}")
