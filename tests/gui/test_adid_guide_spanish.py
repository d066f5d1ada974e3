"""The Ad-ID toolkit's guide in the interface language: the Spanish window shows the Spanish text
beside each English sentence of resources/guides/ad-id.json, with the same sources; the
English window and `offmap guide ad-id` stay English unless --language es."""

from __future__ import annotations

import json

import pytest

from app.core.guides import load_guide
from app.core.model import Client
from app.core.resources import resource
from app.gui.common import i18n
from app.services import clients as client_service
from tests.cli_run import ok_json, run


@pytest.fixture
def spanish_window(qtbot, home, qapp):
    from app.gui.shell.launch import build_main_window

    window = build_main_window(home, synchronous_tasks=True, language="es")
    qtbot.addWidget(window)
    yield window
    window.ctx.store.close()
    i18n.apply_language(qapp, "en")


def test_every_guide_sentence_has_its_spanish_text():
    document = json.loads(resource("guides", "ad-id.json").read_text(encoding="utf-8"))
    for section in document["sections"]:
        for name in ("steps", "notes"):
            english, spanish = section[name], section[f"{name}_es"]
            assert len(spanish) == len(english), (section["key"], name)
            assert all(s and s != e for e, s in zip(english, spanish, strict=True))
        assert section["title_es"] and section["title_es"] != section["title"]
    assert all(s["url"].startswith("https://") for s in document["menu_names_es_sources"])
    english, spanish = load_guide("ad-id"), load_guide("ad-id", "es")
    assert [s.sources for s in english.sections] == [s.sources for s in spanish.sections]


def test_spanish_window_shows_the_guide_in_spanish(spanish_window):
    window = spanish_window
    window.show_page("adid")
    page = window.page("adid")
    text = page.guide_view.toPlainText()
    assert "Encontrar el ID de publicidad en Android" in text
    assert "Ajustes → Privacidad y seguridad → Rastreo" in text
    assert "Eliminar el ID de publicidad" in text
    assert "Find the advertising ID on Android" not in text
    assert "Open Settings." not in text
    assert "support.apple.com" in page.guide_view.toHtml()  # sources as they were read

    client = client_service.add_client(window.ctx.store, Client(name="Ana", state="CA"))
    window.ctx.bus.clients_changed.emit()
    page.client_box.setCurrentIndex(page.client_box.findData(client.id))
    drop = page.drop_view.toPlainText()
    assert "Residentes en California: DROP" in drop and "intermediarios de datos" in drop


def test_english_window_keeps_the_english_guide(window):
    window.show_page("adid")
    text = window.page("adid").guide_view.toPlainText()
    assert "Find the advertising ID on Android" in text and "Ajustes" not in text


def test_cli_guide_is_english_unless_asked_for_spanish(capsys, tmp_path):
    home = tmp_path / "home"
    english = ok_json(capsys, home, "guide", "ad-id")
    assert english["language"] == "en"
    assert english["sections"][0]["title"] == "Find the advertising ID on Android"
    spanish = ok_json(capsys, home, "guide", "ad-id", "--language", "es")
    assert spanish["language"] == "es"
    assert spanish["sections"][0]["title"] == "Encontrar el ID de publicidad en Android"
    assert spanish["sections"][0]["sources"] == english["sections"][0]["sources"]
    code, out, _err = run(capsys, home, "guide", "ad-id", "--language", "es")
    assert code == 0 and "Abre Ajustes." in out and "fuente: https://" in out
    assert "--ad-id UUID" in out and "Open Settings." not in out
    code, _out, err = run(capsys, home, "guide", "ad-id", "--language", "fr")
    assert code == 2 and "usage error" in err
