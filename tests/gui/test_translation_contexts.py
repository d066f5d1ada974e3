"""Strings asked for outside a widget class are translated under the context lupdate files them
in, and counted strings keep their plural forms: the duplicate question, the change trail's
"%n file(s)" and the export confirmation say "1 archivo" / "2 archivos" in Spanish."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.gui.common import i18n

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "app" / "gui"
TS = ROOT / "resources" / "i18n" / "offmap_es.ts"
APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


@pytest.fixture
def spanish(qapp):
    assert i18n.apply_language(qapp, "es") == "es"
    yield
    i18n.apply_language(qapp, "en")


def _gui_modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(GUI.rglob("*.py"))]


def _context_classes(modules: list[tuple[Path, ast.Module]]) -> set[str]:
    return {node.name for _path, tree in modules for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(getattr(base, "id", "") == "TranslationContext" for base in node.bases)}


# --- the code ----------------------------------------------------------------------------------

def test_tr_is_called_on_self_or_on_a_named_context():
    """`parent.tr("...")` is catalogued under "parent" but looked up under the parent's class;
    `self.window.tr` under "self.window" but looked up under the window's class."""
    modules = _gui_modules()
    contexts = _context_classes(modules)
    offenders = [f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node.func)}"
                 for path, tree in modules for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                 and node.func.attr == "tr"
                 and not (isinstance(node.func.value, ast.Name)
                          and (node.func.value.id == "self" or node.func.value.id in contexts))]
    assert not offenders, "use self.tr() or a TranslationContext: " + "; ".join(offenders)


def test_no_count_is_given_to_qcoreapplication_translate():
    """lupdate reads a fourth argument of translate() as Qt 4's encoding (the message loses its
    plural forms) and skips a call with keywords altogether. (TranslationContext.tr passes the
    count on, but with a source text lupdate does not read.)"""
    offenders = [f"{path.relative_to(ROOT)}:{node.lineno}"
                 for path, tree in _gui_modules() for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                 and node.func.attr == "translate"
                 and getattr(node.func.value, "id", "") in APPLICATIONS
                 and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)  # lupdate's
                 and (len(node.args) > 3 or node.keywords)]
    assert not offenders, "count through a TranslationContext's tr(): " + ", ".join(offenders)


# --- the catalogue -----------------------------------------------------------------------------

def _catalogue() -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in ET.parse(TS).getroot().iter("context")
            for message in context.iter("message")]


def test_catalogue_contexts_are_the_names_qt_asks_with():
    """Class and context names only; "" is the context of helpers' `tr = parent.tr` aliases,
    searched by the translator for every class."""
    contexts = {context for context, _message in _catalogue()}
    assert "IntakeMatches" in contexts and "AuditWords" in contexts
    odd = sorted(c for c in contexts if c and not re.fullmatch(r"[A-Z]\w*", c))
    assert not odd, f"contexts Qt never asks with: {odd}"


def test_counted_messages_have_a_singular_and_a_plural():
    wrong = []
    for context, message in _catalogue():
        source = message.findtext("source") or ""
        if "%n" not in source:
            continue
        forms = [form.text or "" for form in message.iter("numerusform")]
        if (message.get("numerus") != "yes" or len(forms) != 2 or not all(forms)
                or forms[0] == forms[1]):
            wrong.append(f"{context}: {source!r} -> {forms}")
    assert not wrong, "\n".join(wrong)


# --- in Spanish --------------------------------------------------------------------------------

@pytest.mark.parametrize(("context", "source", "one", "two"), [
    ("AuditWords", "%n file(s)", "1 archivo", "2 archivos"),
    ("ExportConfirmation", "Saved %n file(s) in {folder}.",
     "Se guardó 1 archivo en {folder}.", "Se guardaron 2 archivos en {folder}."),
    ("IntakeMatches", "%n existing client(s) may be the same person.",
     "1 cliente existente podría ser la misma persona.",
     "2 clientes existentes podrían ser la misma persona."),
])
def test_spanish_plurals_follow_the_count(spanish, context, source, one, two):
    assert QCoreApplication.translate(context, source, "", 1) == one
    assert QCoreApplication.translate(context, source, "", 2) == two


def test_change_trail_counts_files_in_spanish(spanish):
    from app.gui.clients.audit_words import what_text
    from app.store.audit import AuditEntry

    def attached(count: str) -> str:
        entry = AuditEntry(id=1, at="2026-12-04T10:00:00Z", who="ana", action="request.attach",
                           client_id=1, request_id=1, what=count)
        return what_text(entry, {}).rsplit(": ", 1)[-1]

    assert (attached("1"), attached("3")) == ("1 archivo", "3 archivos")


def test_export_confirmation_counts_files_in_spanish(spanish, qtbot, tmp_path: Path):
    from app.gui.common.export_folder import confirm_export

    parent = QWidget()
    qtbot.addWidget(parent)
    box = confirm_export(parent, [tmp_path / "a.pdf", tmp_path / "b.pdf"])
    assert box.text() == f"Se guardaron 2 archivos en {tmp_path}."
    box.close()


def _duplicate_question(parent: QWidget, count: int) -> tuple[str, list[str], str]:
    """Asks about `count` matching clients; returns the question's title, button labels and
    text, and answers Cancel."""
    from app.gui.clients.intake_matches import IntakeChoice, ask_about_matches
    from app.services.intake_conflicts import IntakeMatch

    seen: list[tuple[str, list[str], str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), [b.text() for b in box.buttons()], box.text()))
        box.reject()

    QTimer.singleShot(0, answer)
    matches = [IntakeMatch(client_id=i, name=f"Ana Lopez {i}", archived=False,
                           matched_on=("name",)) for i in range(1, count + 1)]
    assert ask_about_matches(parent, matches) is IntakeChoice.CANCEL
    return seen[0]


def test_spanish_window_asks_about_duplicates_in_spanish(qtbot, home):
    from app.gui.shell.launch import build_main_window

    window = build_main_window(home, synchronous_tasks=True, language="es")
    qtbot.addWidget(window)
    try:
        page = window.page("clients")
        title, buttons, one = _duplicate_question(page, 1)
        _title, _buttons, two = _duplicate_question(page, 2)
    finally:
        window.ctx.store.close()
        i18n.apply_language(QApplication.instance(), "en")
    assert title == "Posible duplicado"
    assert "&Mostrar el cliente existente" in buttons
    assert "&Agregar un cliente nuevo de todos modos" in buttons
    assert one == "1 cliente existente podría ser la misma persona."
    assert two == "2 clientes existentes podrían ser la misma persona."
