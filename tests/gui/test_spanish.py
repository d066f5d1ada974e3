"""The Spanish interface: the catalogue is complete and compiled, every interface string goes
through tr(), and the window and its main dialogs, built in Spanish, show no English string."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
    QWizard,
)

from app.core.model import Client, Company, MailAccount
from app.gui.common import i18n
from app.gui.common.messages import MESSAGES_CONTEXT
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services import requests as request_service
from tests.gui import i18n_sources, message_sources

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "offmap_es.ts"
QM = ROOT / "resources" / "i18n" / "offmap_es.qm"
PLACEHOLDER = re.compile(r"\{\w+(?:![rsa])?(?::[^{}]*)?\}")


def _messages() -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) for every message of the Spanish catalogue; a
    message with plural forms (tr("%n draft(s)", "", n)) gives one row per form."""
    rows = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            rows += [(name, message.findtext("source") or "", form, translation.get("type"))
                     for form in forms]
    return rows


def _english_sources() -> set[str]:
    """English strings whose Spanish differs (with and without their '&' accelerator)."""
    english = set()
    for _context, source, translation, _type in _messages():
        if translation.replace("&", "") != source.replace("&", ""):
            english |= {source, source.replace("&", "")}
    return english


def _lupdate_sources() -> set[str]:
    return {source for _context, source, _translation, _type in _messages()}


# --- the catalogue ---------------------------------------------------------------------------

def test_every_string_is_translated():
    messages = _messages()
    assert len(messages) > 700
    unfinished = [source for _c, source, translation, kind in messages
                  if kind in ("unfinished", "vanished", "obsolete") or not translation.strip()]
    assert not unfinished, f"untranslated in {TS.name}: {unfinished[:20]}"


def test_translations_keep_placeholders_and_accelerators():
    for context, source, translation, _kind in _messages():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), \
            f"{context}: {source!r} -> {translation!r} changes its {{placeholders}}"
        if context == MESSAGES_CONTEXT:
            continue  # service messages have no accelerators ("AT&T" is a name)
        has_key = "&" in source.replace("&&", "")
        assert has_key == ("&" in translation.replace("&&", "")), \
            f"{context}: {source!r} -> {translation!r} gains or loses its & accelerator"


def test_accelerators_unique_in_each_form():
    """Within a dialog's context no two labels share an accelerator (labels that replace one
    another on the same button, like "&Save drafts" / "&Save {n} draft(s)", excepted)."""
    replaces = {("NewRequestDialog", "g"), ("DirectoryPage", "e"), ("MainWindow", "a")}
    by_context: dict[tuple[str, str], list[str]] = {}
    for context, _source, translation, _kind in _messages():
        found = re.search(r"&(\w)", translation)
        if found:
            by_context.setdefault((context, found.group(1).lower()), []).append(translation)
    clashes = {key: texts for key, texts in by_context.items()
               if len(texts) > 1 and key not in replaces}
    assert not clashes


def test_compiled_catalogue_matches_the_source(tmp_path: Path):
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent /
                                                        "pyside6-lrelease")
    built = tmp_path / "offmap_es.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(built)], check=True, timeout=120)
    assert QM.read_bytes() == built.read_bytes(), "run `make translations` and commit the .qm"


def test_catalogue_covers_the_code(tmp_path: Path):
    """lupdate over app/gui finds no string the catalogue lacks (run `make translations-update`
    and translate the new ones in pyside6-linguist)."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent /
                                                      "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "app" / "gui").rglob("*.py"))
    subprocess.run([lupdate, "-silent", "-locations", "none", *files, "-ts", str(fresh)],
                   check=True, timeout=300, capture_output=True)
    in_code = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    missing = in_code - _lupdate_sources()
    assert not missing, f"not in {TS.name}: {sorted(missing)[:20]}"


def test_data_labels_are_catalogued():
    """Labels passed to tr() from constants (columns, statuses...) are listed for lupdate."""
    expected = i18n_sources.render(i18n_sources.dynamic_labels())
    assert i18n_sources.LABELS_MODULE.read_text(encoding="utf-8") == expected, \
        "run `python -m tests.gui.i18n_sources` (or `make translations-update`)"
    shared = {source for context, source, _t, _k in _messages()
              if context == i18n.SHARED_CONTEXT}
    assert set(i18n_sources.dynamic_labels()) <= shared


def test_service_messages_are_catalogued():
    """The templates of the core's and the services' messages are listed for lupdate and
    translated in the messages context."""
    templates = message_sources.message_templates()
    assert len(templates) > 200
    assert message_sources.MESSAGES_MODULE.read_text(encoding="utf-8") == \
        message_sources.render(templates), "run `make translations-update`"
    catalogued = {source for context, source, _t, _k in _messages()
                  if context == MESSAGES_CONTEXT}
    assert set(templates) <= catalogued


def test_service_message_templates_are_literals():
    """A template built with an f-string or + cannot be in a catalogue (it would stay English):
    pass the values as keywords instead."""
    assert not message_sources.templates_built_in_code()


# Text-setting calls whose literal argument would reach the screen untranslated.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setTitle", "addItem",
    "setAccessibleName", "setAccessibleDescription", "setStatusTip", "setSubTitle", "addTab",
    "insertTab", "setTabText", "addMenu", "addAction", "showMessage", "setWhatsThis",
    "setLabelText", "setButtonText", "setHorizontalHeaderLabels", "QLabel", "QPushButton",
    "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "warning",
    "information", "question", "critical", "about", "getText", "getSaveFileName",
    "getOpenFileName", "getOpenFileNames", "getExistingDirectory",
}
# Literals that are the same in every language: the product name, a language's own name,
# markup, an example host name, suggested file names.
SAME_IN_ALL_LANGUAGES = {"OffMap", "English", "<table></table>", "smtp.example.org"}
FILE_NAME = re.compile(r"^[\w.\-]*\.\w+$")


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return (_literal(node.left) or "") + (_literal(node.right) or "")
    return None


def test_interface_strings_go_through_tr():
    offenders = []
    for path in sorted((ROOT / "app" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in TEXT_CALLS:
                continue
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in ("log",
                                                                                   "logging"):
                continue
            for arg in node.args:
                text = _literal(arg)
                if (text and re.search(r"[A-Za-z]{2,}", text)
                        and text not in SAME_IN_ALL_LANGUAGES and not FILE_NAME.match(text)):
                    offenders.append(f"{path.name}:{node.lineno}: {text!r}")
    assert not offenders, "wrap in self.tr(): " + "; ".join(offenders)


# --- the language choice ---------------------------------------------------------------------

def test_system_choice_follows_the_desktop_language():
    assert i18n.resolve("system", ["es-MX", "en-US"]) == "es"
    assert i18n.resolve("system", ["en-US", "es-MX"]) == "en"
    assert i18n.resolve("system", ["fr-FR", "es_ES"]) == "es"
    assert i18n.resolve("system", ["de-DE"]) == "en"
    assert i18n.resolve("es") == "es" and i18n.resolve("en") == "en"
    assert i18n.resolve("xx") == "en"


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.apply_language(qapp, "en")


def test_without_the_catalogue_the_interface_stays_english(qtbot, home, monkeypatch,
                                                           english_afterwards):
    from app.gui.shell.launch import build_main_window

    monkeypatch.setattr(i18n, "catalogue_path", lambda language: home / "missing.qm")
    window = build_main_window(home, synchronous_tasks=True, language="es")
    qtbot.addWidget(window)
    assert i18n.current_language() == "en"
    assert window.sidebar.item(0).text() == "Clients"
    window.ctx.store.close()


def test_settings_choice_is_stored_and_used_at_the_next_start(window, qtbot, home,
                                                              english_afterwards):
    from app.gui.shell.launch import build_main_window

    section = window.page("settings").language
    assert section.choice.currentData() == "system"
    section.choice.setCurrentIndex(section.choice.findData("es"))
    assert "next time" in section.status.text()
    assert i18n.preferred_language(window.ctx.store) == "es"
    window.close()
    window.ctx.store.close()
    again = build_main_window(home, synchronous_tasks=True)
    qtbot.addWidget(again)
    assert i18n.current_language() == "es"
    assert again.sidebar.item(0).text() == "Clientes"
    assert again.page("settings").language.choice.currentData() == "es"
    again.ctx.store.close()


def test_restart_command_keeps_the_arguments():
    from app.gui.common.restart import restart_command

    assert restart_command(["/venv/bin/offmap", "--home", "/data"], frozen=False,
                           executable="/venv/bin/python") == \
        ["/venv/bin/python", "-m", "app", "--home", "/data"]
    assert restart_command(["/opt/offmap/offmap", "--home", "/data"], frozen=True,
                           executable="/opt/offmap/offmap") == \
        ["/opt/offmap/offmap", "--home", "/data"]


def test_restart_now_closes_the_window_and_starts_offmap_again(window, qtbot, monkeypatch,
                                                               english_afterwards):
    from app.gui.common import restart

    started, quit_called = [], []
    monkeypatch.setattr(restart, "start_detached", lambda command: started.append(command)
                        or True)
    monkeypatch.setattr(QApplication.instance(), "quit", lambda: quit_called.append(True))
    section = window.page("settings").language
    assert section.restart_button.isHidden()
    section.choice.setCurrentIndex(section.choice.findData("es"))
    assert not section.restart_button.isHidden()
    section.choice.setCurrentIndex(section.choice.findData("en"))
    assert section.restart_button.isHidden()  # back to the language in effect
    section.choice.setCurrentIndex(section.choice.findData("es"))
    section.restart_button.click()
    assert started and started[0][1:3] == ["-m", "app"] and quit_called
    assert not window.isVisible()


def test_restart_that_cannot_start_keeps_the_window(window, monkeypatch, english_afterwards):
    from app.gui.common import restart

    monkeypatch.setattr(restart, "start_detached", lambda command: False)
    window.show()
    section = window.page("settings").language
    section.choice.setCurrentIndex(section.choice.findData("es"))
    section.restart_button.click()
    assert window.isVisible() and "could not restart" in section.status.text()


# --- the Spanish window shows no English --------------------------------------------------------

def _count(method) -> int:
    """rowCount/columnCount, whether the model declares the parent argument optional or not
    (a list model's columnCount is private: one column)."""
    for args in ((), (QModelIndex(),)):
        try:
            return method(*args)
        except TypeError:
            continue
    return 1


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what a user sees or hears on `widget` and its visible children."""
    found: list[tuple[str, str]] = []

    def add(where: QWidget, text: str) -> None:
        if text:
            found.append((f"{type(where).__name__}:{where.objectName()}", text))

    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        add(child, child.windowTitle() if child.isWindow() else "")
        add(child, child.toolTip())
        add(child, child.accessibleName())
        if isinstance(child, QLabel):
            add(child, child.text())
        if isinstance(child, QAbstractButton):
            add(child, child.text())
        if isinstance(child, QGroupBox):
            add(child, child.title())
        if isinstance(child, QLineEdit | QPlainTextEdit):
            add(child, child.placeholderText())
        if isinstance(child, QComboBox):
            for i in range(child.count()):
                add(child, child.itemText(i))
        if isinstance(child, QTabWidget):
            for i in range(child.count()):
                add(child, child.tabText(i))
        if isinstance(child, QListWidget):
            for i in range(child.count()):
                add(child, child.item(i).text())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            columns = _count(model.columnCount)
            for column in range(columns):
                add(child, str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                add(child, str(model.headerData(column, Qt.Orientation.Horizontal,
                                                Qt.ItemDataRole.ToolTipRole) or ""))
            for row in range(min(_count(model.rowCount), 5)):
                for column in range(columns):
                    add(child, str(model.index(row, column).data() or ""))
        if isinstance(child, QWizard):
            page = child.currentPage()
            if page is not None:
                add(child, page.title())
                add(child, page.subTitle())
    return found


def _english_shown(widget: QWidget, english: set[str]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in _texts(widget)
            if text in english or text.replace("&", "") in english]


@pytest.fixture
def spanish_window(qtbot, home, english_afterwards):
    from app.gui.shell.launch import build_main_window

    window = build_main_window(home, synchronous_tasks=True, language="es")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.ctx.store.close()


def _sample_case(window) -> tuple[int, int]:
    store = window.ctx.store
    client = client_service.add_client(store, Client(
        name="Ana Lopez", emails=["ana@example.org"], phones=["+1 415 555 0100"], state="CA"))
    holding_service.add_holding(store, client.id, "att", ["precise-location"])
    request = request_service.new_request(store, client.id, "att", "delete")
    window.ctx.bus.clients_changed.emit()
    window.ctx.bus.requests_changed.emit()
    return client.id, request.id


def test_spanish_window_shows_no_english(spanish_window, qtbot):
    from app.gui.shell.pages import PAGES

    window = spanish_window
    english = _english_sources()
    client_id, request_id = _sample_case(window)
    assert window.menuBar().actions()[0].text() == "&Archivo"
    problems = [f"menu: {a.text()!r}" for menu in window.menuBar().actions()
                for a in [menu, *menu.menu().actions()]
                if a.text() in english]
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        qtbot.wait(10)
        if spec.key == "clients":
            page.reload(select_id=client_id)
        if spec.key == "requests":
            page.reload(select_id=request_id)
        problems += _english_shown(page, english)
    problems += _english_shown(window, english)
    assert not problems, "English in the Spanish interface:\n" + "\n".join(problems)


def test_spanish_dialogs_show_no_english(spanish_window, qtbot):
    from app.gui.clients.audit_section import AllChangesDialog
    from app.gui.clients.bulk_dialog import BulkOptOutDialog
    from app.gui.clients.case_actions import PassphraseDialog
    from app.gui.clients.client_dialog import ClientDialog
    from app.gui.clients.holdings_wizard import HoldingsWizard
    from app.gui.common.password_prompt import PasswordDialog
    from app.gui.directory.company_dialog import CompanyDialog
    from app.gui.requests.event_dialog import EventDialog
    from app.gui.requests.letter_export import ExportDialog
    from app.gui.requests.new_request_dialog import NewRequestDialog
    from app.gui.requests.send_dialog import ConfirmSendDialog, SendAllDialog
    from app.gui.settings.mail_accounts_section import AccountDialog
    from app.gui.shell.welcome import WelcomeDialog

    window = spanish_window
    english = _english_sources()
    client_id, request_id = _sample_case(window)
    carrier = Company(slug="mine", name="Mine Mobile", kind="carrier")
    account = MailAccount(host="smtp.example.org", port=587, username="clinic",
                          from_addr="clinic@example.org", id=1)
    dialogs = [
        ClientDialog(parent=window, require_consent=True),
        NewRequestDialog(window.ctx, client_id, parent=window),
        CompanyDialog(carrier, [carrier], lambda company: None, parent=window),
        AccountDialog(window.ctx, parent=window),
        EventDialog(parent=window),
        HoldingsWizard(window.ctx, client_id, parent=window),
        ExportDialog(window.ctx, [request_id], parent=window),
        BulkOptOutDialog(window.ctx, parent=window, preselected=[client_id]),
        PassphraseDialog(parent=window),
        PasswordDialog(account, no_keyring=True, parent=window),
        ConfirmSendDialog(window.ctx, "Ana", parent=window),
        SendAllDialog(window.ctx, [request_id], account, None, parent=window),
        WelcomeDialog(str(window.ctx.home), parent=window),
        AllChangesDialog(window.ctx, client_id, "Ana Lopez", parent=window),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += _english_shown(dialog, english)
        dialog.close()
    assert not problems, "English in the Spanish dialogs:\n" + "\n".join(problems)


def test_service_errors_are_shown_in_spanish(spanish_window, qtbot):
    """An error a service raises in English reaches the Spanish window translated, with its
    values (here the typed e-mail address) filled in as they were."""
    from app.gui.clients.client_dialog import ClientDialog

    dialog = ClientDialog(parent=spanish_window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ana López")
    dialog.emails.setText("ana-at-example")
    dialog.accept()
    shown = dialog.error.text()
    english = "'ana-at-example' is not an e-mail address (expected name@example.org)."
    assert "'ana-at-example'" in shown and shown != english
    assert shown == QApplication.translate(
        MESSAGES_CONTEXT, "'{email}' is not an e-mail address (expected name@example.org)."
    ).replace("{email}", "ana-at-example")


def test_service_explanations_are_shown_in_spanish(spanish_window, qtbot):
    """The law choice's explanation (core text with values) and a request's flags reach the
    Spanish window translated."""
    from app.core.lawchoice import choose_laws
    from app.gui.requests.new_request_dialog import NewRequestDialog
    from app.gui.requests.request_timeline import RequestTimeline
    from app.services import tracking

    window = spanish_window
    client_id, request_id = _sample_case(window)
    dialog = NewRequestDialog(window.ctx, client_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.explanation.text()))
    english = choose_laws("US", "CA", "carrier").explanation
    assert "residents are covered by" in english
    shown = dialog.explanation.text()
    assert "residents are covered by" not in shown and "CCPA" in shown
    dialog.close()

    tracking.mark_sent(window.ctx.store, request_id, on="2025-01-06")  # long unconfirmed
    timeline = RequestTimeline(window.ctx)
    qtbot.addWidget(timeline)
    timeline.set_request(request_id)
    flags = timeline.flags.text()
    assert flags and "no confirmation of receipt" not in flags


def test_qt_own_strings_are_spanish(spanish_window):
    """Standard buttons come from Qt's own Spanish catalogue."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() != "Cancel"
    assert QApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_letters_stay_in_english_under_the_spanish_interface(qapp, store, english_afterwards):
    """Letters go to companies in English whatever the interface language."""
    from app.services import letters

    client = client_service.add_client(store, Client(
        name="Ana Lopez", emails=["ana@example.org"], phones=["+1 415 555 0100"], state="CA"))
    request = request_service.new_request(store, client.id, "att", "delete")
    i18n.apply_language(qapp, "en")
    english = {fmt: letters.render_letter(store, request.id, fmt) for fmt in ("txt", "html")}
    assert i18n.apply_language(qapp, "es") == "es"
    assert qapp.translate("MainWindow", "Clients") == "Clientes"
    for fmt, text in english.items():
        assert letters.render_letter(store, request.id, fmt) == text, fmt
    assert b"delete" in english["txt"].lower()


def test_strings_from_helper_contexts_are_found_from_any_class(qapp, english_afterwards):
    """lupdate files the strings of a helper's `tr = parent.tr` alias under the empty context; at
    run time Qt asks with the widget's class name. Every such string must still come out in
    Spanish."""
    from PySide6.QtCore import QCoreApplication

    assert i18n.apply_language(qapp, "es") == "es"
    helper_messages = [(c, s, t) for c, s, t, kind in _messages()
                       if c == "" and kind != "unfinished"]
    assert helper_messages, "expected tr() calls through helpers' `tr = parent.tr`"
    wrong = [(c, s) for c, s, t in helper_messages
             if QCoreApplication.translate("ClientsPage", s) != t]
    assert not wrong, f"not found from a class context: {wrong[:10]}"


def test_a_string_missing_from_the_catalogue_stays_english_never_blank(qapp, english_afterwards):
    from PySide6.QtCore import QCoreApplication

    assert i18n.apply_language(qapp, "es") == "es"
    assert QCoreApplication.translate("ClientsPage", "No such string here") == \
        "No such string here"


def test_no_blank_buttons_in_the_spanish_window(spanish_window, qtbot):
    from PySide6.QtWidgets import QAbstractButton

    from app.gui.shell.pages import PAGES

    window = spanish_window
    _sample_case(window)
    blank = []
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(page) and not button.text() and button.icon().isNull() \
                    and type(button).__name__ not in ("QCheckBox", "QRadioButton"):
                blank.append(f"{spec.key}: {type(button).__name__} {button.accessibleName()!r}")
    assert not blank, blank


def _cut_buttons(window) -> list[str]:
    from PySide6.QtWidgets import QPushButton, QToolButton

    from app.gui.shell.pages import PAGES

    cut = []
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        QApplication.processEvents()
        for button in page.findChildren(QPushButton) + page.findChildren(QToolButton):
            if button.isVisibleTo(page) and button.width() < button.sizeHint().width() - 1:
                cut.append(f"{spec.key}: {button.text()!r} {button.width()} < "
                           f"{button.sizeHint().width()}")
    return cut


def test_no_label_is_cut_off_at_the_opening_size(qtbot, home, english_afterwards):
    from app.gui.shell.launch import build_main_window

    for language in ("en", "es"):
        window = build_main_window(home / language, synchronous_tasks=True, language=language)
        qtbot.addWidget(window)
        _sample_case(window)
        window.show()
        qtbot.waitExposed(window)
        assert _cut_buttons(window) == [], language
        window.ctx.store.close()
