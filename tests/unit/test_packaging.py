"""The lock files and the Flatpak manifest: reproducible builds need every dependency pinned with
hashes, and a Flatpak build without network access needs every source with a checksum."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker, default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LOCKS = ROOT / "requirements"


def _pins(lock: Path) -> dict[str, str]:
    """name -> version pinned for this interpreter (a universal lock may pin a package twice,
    under different environment markers)."""
    pins = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$", line)
        if match and (match.group(3) is None or Marker(match.group(3)).evaluate()):
            pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


def _hashes(*locks: Path) -> set[str]:
    found: set[str] = set()
    for lock in locks:
        found |= set(re.findall(r"--hash=sha256:([0-9a-f]{64})",
                                lock.read_text(encoding="utf-8")))
    return found


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


@pytest.mark.parametrize(("lock", "groups"), [("app.lock", ["dependencies"]),
                                               ("dev.lock", ["dependencies", "dev"])])
def test_lock_pins_every_dependency_within_its_range(lock: str, groups: list[str]):
    pins = _pins(LOCKS / lock)
    project = _project()
    requirements = []
    for group in groups:
        listed = project["dependencies"] if group == "dependencies" else \
            project["optional-dependencies"][group]
        requirements += [Requirement(text) for text in listed]
    environment = default_environment()
    stale = []
    for requirement in requirements:
        if requirement.marker and not requirement.marker.evaluate(environment):
            continue
        version = pins.get(canonicalize_name(requirement.name))
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            stale.append(f"{requirement} (locked: {version})")
    assert not stale, f"run `make lock`: {stale}"


def test_every_locked_package_carries_hashes():
    for lock in LOCKS.glob("*.lock"):
        text = lock.read_text(encoding="utf-8")
        blocks = re.split(r"\n(?=[A-Za-z0-9_.\-]+==)", text)
        for block in blocks[1:]:
            assert "--hash=sha256:" in block, f"{lock.name}: {block.splitlines()[0]}"


def test_install_commands_use_the_lock():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements/dev.lock" in makefile
    assert "--no-deps" in makefile
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def _manifest() -> dict:
    return json.loads((PACKAGING / "org.offmap.OffMap.json").read_text(encoding="utf-8"))


def _deps_module() -> dict:
    return json.loads((PACKAGING / "python3-deps.json").read_text(encoding="utf-8"))


def test_flatpak_manifest_is_pinned_and_offline():
    manifest = _manifest()
    assert manifest["id"] == "org.offmap.OffMap"
    assert re.fullmatch(r"\d+\.\d+", manifest["runtime-version"])
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]
    assert "--talk-name=org.freedesktop.secrets" in manifest["finish-args"]
    assert "python3-deps.json" in manifest["modules"]
    text = json.dumps(manifest) + json.dumps(_deps_module())
    assert "build-args" not in text, "no network (or other sandbox holes) during the build"
    for module in manifest["modules"]:
        if isinstance(module, dict):
            for command in module["build-commands"]:
                if command.startswith("pip3 install"):
                    assert "--no-index" in command


def test_every_flatpak_source_has_a_locked_checksum():
    module = _deps_module()
    allowed = _hashes(LOCKS / "app.lock", LOCKS / "dev.lock")
    assert module["sources"]
    for source in module["sources"]:
        assert source["type"] == "file"
        assert source["url"].startswith("https://files.pythonhosted.org/")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        assert source["sha256"] in allowed, source["url"]


def test_flatpak_installs_each_locked_runtime_package_at_its_locked_version():
    command = _deps_module()["build-commands"][0]
    installed = dict(item.split("==") for item in command.split() if "==" in item)
    pins = _pins(LOCKS / "app.lock")
    for name in ("requests", "keyring", "jinja2", "cryptography", "python-docx", "holidays"):
        assert installed[name] == pins[name]
    assert "pyside6-essentials" not in installed  # from io.qt.PySide.BaseApp
