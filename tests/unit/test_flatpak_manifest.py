"""The Flatpak manifest (packaging/org.offmap.OffMap.json) is a consistent flatpak-builder file.
It cannot be built here (flatpak-builder needs its runtimes from the network), so this checks what
a build would trip over: the JSON, the app id, the command, the sandbox, the installed files."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.offmap.OffMap"


def _manifest() -> dict:
    return json.loads((PACKAGING / f"{APP_ID}.json").read_text(encoding="utf-8"))


def _installed_files(commands: list[str]) -> list[tuple[str, str]]:
    """(source in the checkout, target under /app) for each `install -Dm644 SRC DEST`, with the
    `for size in ...` loop expanded."""
    pairs = []
    for command in commands:
        loop = re.match(r"for (\w+) in ([\w ]+); do (.*); done$", command)
        expansions = [{}]
        body = command
        if loop:
            name, values, body = loop.groups()
            expansions = [{name: value} for value in values.split()]
        for found in re.finditer(r"install -Dm644 (\S+) (\S+)", body):
            for variables in expansions:
                source, target = found.groups()
                for name, value in variables.items():
                    source = source.replace(f"${{{name}}}", value)
                    target = target.replace(f"${{{name}}}", value)
                pairs.append((source, target))
    return pairs


def test_manifest_names_the_app_and_a_runtime():
    manifest = _manifest()
    assert manifest["id"] == APP_ID
    assert manifest["runtime"] in {"org.freedesktop.Platform", "org.kde.Platform"}
    assert manifest["sdk"] == manifest["runtime"].replace("Platform", "Sdk")
    assert re.fullmatch(r"\d+(\.\d+)*", manifest["runtime-version"])


def test_command_is_the_installed_gui_script_the_desktop_file_runs():
    manifest = _manifest()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    desktop = (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert manifest["command"] in project["project"]["gui-scripts"]
    assert f"Exec={manifest['command']}" in desktop


def test_sandbox_allows_the_display_the_keyring_and_documents():
    args = set(_manifest()["finish-args"])
    assert {"--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--share=network",
            "--talk-name=org.freedesktop.secrets"} <= args
    assert "--filesystem=xdg-documents" in args
    assert not any(a in args for a in ("--filesystem=host", "--filesystem=home")), (
        "OffMap needs no access to the whole home folder"
    )


def test_module_installs_the_app_and_its_desktop_integration_from_existing_files():
    [module] = [m for m in _manifest()["modules"] if isinstance(m, dict)]
    commands = module["build-commands"]
    assert any(c.startswith("pip3 install") and "--prefix=/app" in c for c in commands)
    [source] = module["sources"]
    assert source["type"] == "dir"
    assert (PACKAGING / source["path"]).resolve() == ROOT
    installed = _installed_files(commands)
    targets = {target for _, target in installed}
    assert f"/app/share/applications/{APP_ID}.desktop" in targets
    assert f"/app/share/metainfo/{APP_ID}.metainfo.xml" in targets
    assert any(t.startswith("/app/share/icons/hicolor/") and Path(t).stem == APP_ID
               for t in targets)
    missing = [src for src, _ in installed if not (ROOT / src).is_file()]
    assert missing == [], f"the manifest installs files the checkout lacks: {missing}"
