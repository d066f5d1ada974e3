"""The bundle's ICU data, cut to English and Spanish (packaging/icu_trim.py), still gives Qt what
the window uses: Spanish and English collation, time-zone names, locale data; and drops the rest."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("icu_trim", ROOT / "packaging" / "icu_trim.py")
icu_trim = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icu_trim)

CHECK = r"""
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["zapato", "árbol", "Ñandú", "nube", "ola", "Élite", "avión"]
print(sorted(words, key=QCollator(QLocale("es_ES")).sortKey))
print(sorted(words, key=QCollator(QLocale("en_US")).sortKey))
zone = QTimeZone(b"America/Los_Angeles")
print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                       QLocale("es_ES")))
print(QLocale("es_MX").toUpper("ñandú"))
"""


@pytest.fixture(scope="module")
def pyside_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent


def _missing_tools() -> list[str]:
    return [*icu_trim.tools_missing(), *([] if shutil.which("readelf") else ["readelf"])]


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory, pyside_dir: Path) -> Path:
    if _missing_tools():
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {_missing_tools()} (.ci/run: icu-devtools)")
        pytest.skip(f"missing {_missing_tools()}")
    source = next((pyside_dir / "Qt" / "lib").glob("libicudata.so.*"))
    target = tmp_path_factory.mktemp("icu") / source.name
    kept, removed = icu_trim.trim(source, target)
    assert kept > 500 and removed > 2000
    return target


def test_trimmed_library_is_small_and_keeps_the_entry_point(trimmed: Path, pyside_dir: Path):
    source = next((pyside_dir / "Qt" / "lib").glob("libicudata.so.*"))
    assert trimmed.stat().st_size < source.stat().st_size / 4
    assert icu_trim.data_symbol(trimmed)[0] == icu_trim.data_symbol(source)[0]
    assert icu_trim.soname(trimmed) == icu_trim.soname(source)


def test_only_other_languages_converters_and_dictionaries_are_dropped():
    assert icu_trim.dropped("fr.res") and icu_trim.dropped("coll/zh_Hant.res")
    assert icu_trim.dropped("coll/de_.res") and icu_trim.dropped("ibm-943_P15A-2003.cnv")
    assert icu_trim.dropped("brkitr/cjdict.dict") and icu_trim.dropped("translit/root.res")
    for kept in ("es.res", "es_419.res", "en_GB.res", "coll/es.res", "root.res", "pool.res",
                 "zone/pool.res", "zoneinfo64.res", "supplementalData.res", "metaZones.res",
                 "coll/ucadata.icu", "brkitr/word.brk", "nfkc.nrm", "res_index.res"):
        assert not icu_trim.dropped(kept), kept


def test_qt_works_the_same_with_the_trimmed_data(trimmed: Path, pyside_dir: Path, tmp_path: Path):
    """Qt with the trimmed library (a copy of PySide6 with it swapped in) prints what it prints
    with the full one."""
    copy = tmp_path / "site"
    copy.mkdir()
    shutil.copytree(pyside_dir, copy / "PySide6", copy_function=os.link)
    import shiboken6

    shutil.copytree(Path(shiboken6.__file__).parent, copy / "shiboken6", copy_function=os.link)
    swapped = copy / "PySide6" / "Qt" / "lib" / trimmed.name
    swapped.unlink()
    shutil.copy(trimmed, swapped)

    def run(path: str | None) -> str:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if path:
            env["PYTHONPATH"] = path
        done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                              env=env, timeout=120, check=True)
        return done.stdout

    full, cut = run(None), run(str(copy))
    assert cut == full
    lines = cut.splitlines()
    assert lines[0].index("Élite") < lines[0].index("nube") < lines[0].index("Ñandú")
    assert "Pacífico" in lines[2] and lines[3] == "ÑANDÚ"
