"""Writes packaging/python3-deps.json, the Flatpak module that installs OffMap's Python
dependencies without network access during the build (`make flatpak-sources`).

Each locked package of requirements/app.lock becomes a `file` source (PyPI URL + sha256) in the
style of flatpak-pip-generator, using a wheel for the runtime's CPython on each architecture.
PySide6 and shiboken6 come from the io.qt.PySide.BaseApp instead. Every sha256 must be one of the
hashes in the lock file, so the Flatpak installs exactly what the lock pinned.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "app.lock"
DEV_LOCK = ROOT / "requirements" / "dev.lock"
# OffMap itself is built from source inside the sandbox with these (taken from the dev lock).
BUILD_TOOLS = ("setuptools", "wheel")
OUT = ROOT / "packaging" / "python3-deps.json"
# The KDE runtime's Python (org.kde.Platform 6.9 is built on freedesktop 24.08: CPython 3.12).
RUNTIME_PYTHON = (3, 12)
ARCHES = ("x86_64", "aarch64")
FROM_BASEAPP = {"pyside6-essentials", "pyside6", "shiboken6"}

_REQUIREMENT = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")
_HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})")


def locked_packages(text: str) -> dict[str, tuple[str, str | None, set[str]]]:
    """name -> (version, environment marker or None, allowed sha256 hashes) for the runtime's
    Python on Linux (a universal lock may pin one package twice under different markers)."""
    packages: dict[str, tuple[str, str | None, set[str]]] = {}
    current: set[str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _REQUIREMENT.match(stripped)
        if match:
            current = set()
            if applies_on_linux(match.group(3)):
                packages[canonicalize_name(match.group(1))] = (match.group(2), match.group(3),
                                                               current)
        if current is not None:
            current.update(_HASH.findall(stripped))
    return packages


def applies_on_linux(marker: str | None) -> bool:
    if not marker:
        return True
    from packaging.markers import Marker

    environment = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                   "python_version": "%d.%d" % RUNTIME_PYTHON,
                   "python_full_version": "%d.%d.0" % RUNTIME_PYTHON,
                   "platform_machine": "x86_64", "implementation_name": "cpython",
                   "platform_python_implementation": "CPython"}
    return Marker(marker).evaluate(environment)


def supported_tags(arch: str) -> list[Tag]:
    platforms = [f"manylinux_2_{minor}_{arch}" for minor in range(39, 16, -1)]
    platforms += [f"manylinux2014_{arch}"]
    return [*cpython_tags(RUNTIME_PYTHON, platforms=platforms),
            *compatible_tags(RUNTIME_PYTHON, "cp312", platforms)]


def pick(files: list[dict], arch: str) -> dict | None:
    """The most specific wheel for this architecture, else the sdist."""
    ranking = {tag: rank for rank, tag in enumerate(supported_tags(arch))}
    best: tuple[int, dict] | None = None
    for item in files:
        if item["packagetype"] != "bdist_wheel":
            continue
        _, _, _, tags = parse_wheel_filename(item["filename"])
        ranks = [ranking[tag] for tag in tags if tag in ranking]
        if ranks and (best is None or min(ranks) < best[0]):
            best = (min(ranks), item)
    if best is not None:
        return best[1]
    return next((item for item in files if item["packagetype"] == "sdist"), None)


def locked_files(name: str, hashes: set[str]) -> list[dict]:
    """The package's files on PyPI (PEP 691 JSON index) whose sha256 the lock pinned."""
    request = urllib.request.Request(f"https://pypi.org/simple/{name}/",
                                     headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        index = json.load(response)
    return [{"filename": item["filename"], "url": item["url"],
             "digests": {"sha256": item["hashes"]["sha256"]},
             "packagetype": "bdist_wheel" if item["filename"].endswith(".whl") else "sdist"}
            for item in index["files"] if item["hashes"].get("sha256") in hashes]


def sources_for(name: str, version: str, hashes: set[str]) -> list[dict]:
    files = locked_files(name, hashes)
    chosen = {arch: pick(files, arch) for arch in ARCHES}
    sources: list[dict] = []
    for arch, item in chosen.items():
        if item is None:
            raise SystemExit(f"{name}=={version}: no wheel or sdist for {arch}")
        digest = item["digests"]["sha256"]
        if digest not in hashes:
            raise SystemExit(f"{name}=={version}: {item['filename']} is not in the lock's hashes")
        source = {"type": "file", "url": item["url"], "sha256": digest}
        if any(other is not item for other in chosen.values()):
            source["only-arches"] = [arch]
        if source not in sources:
            sources.append(source)
    return sources


def module(packages: dict[str, tuple[str, str | None, set[str]]]) -> dict:
    names, sources = [], []
    for name, (version, _marker, hashes) in sorted(packages.items()):
        if name in FROM_BASEAPP:
            continue
        names.append(f"{name}=={version}")
        sources += sources_for(name, version, hashes)
    install = ("pip3 install --verbose --exists-action=i --no-index --find-links=\"file://${PWD}\""
               " --prefix=${FLATPAK_DEST} --no-build-isolation --no-deps " + " ".join(names))
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": sources,
    }


def main() -> int:
    packages = locked_packages(LOCK.read_text(encoding="utf-8"))
    tools = locked_packages(DEV_LOCK.read_text(encoding="utf-8"))
    packages.update({name: tools[name] for name in BUILD_TOOLS})
    OUT.write_text(json.dumps(module(packages), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
