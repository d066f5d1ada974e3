"""One start-up sequence: paths, logging, QApplication, store and migrations, then the window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.shell import import_check

import_check.install()  # before the window's imports below and in build_main_window

from app import APP_NAME, __version__  # noqa: E402
from app.core.errors import OffMapError  # noqa: E402
from app.gui.common.window_settings import window_settings  # noqa: E402
from app.paths import ensure_home  # noqa: E402
from app.services.store_keys import StoreDatabaseError  # noqa: E402

log = logging.getLogger("app.gui")
FINISH_WAIT_MS = 30_000  # at quit, after the window's own wait: bounded by the mail/HTTP timeouts


def create_application(argv: list[str] | None = None) -> QApplication:
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else \
        QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("org.offmap.OffMap")
    from app.gui.common.icons import app_icon

    app.setWindowIcon(app_icon())
    from app.gui.common.appearance import follow_system_scheme

    follow_system_scheme(app)
    return app


def build_main_window(home: Path, synchronous_tasks: bool = False, language: str | None = None):
    """Opens the store and builds the window (not shown) in the interface language `language`
    ("en", "es", "system"; None: the stored preference). Raises OffMapError with a message."""
    from app.gui.common.context import ChangeBus, GuiContext
    from app.gui.common.i18n import apply_language, preferred_language
    from app.gui.common.tasks import TaskRunner
    from app.gui.shell.main_window import MainWindow
    from app.services.session import open_store
    from app.services.store_choice import use_saved_server

    use_saved_server(home)  # when neither --store nor OFFMAP_STORE chose a store
    store = open_store(home)
    running = QApplication.instance()
    assert running is not None, "create_application() comes first"
    apply_language(running, language or preferred_language(store))
    ctx = GuiContext(home=home, store=store, tasks=TaskRunner(synchronous_tasks), bus=ChangeBus())
    window = MainWindow(ctx, window_settings(home))
    # Before the pages (which may read attachments), not before the first paint.
    window.before_first_page(lambda: _move_old_files_in(window))
    return window


def _move_old_files_in(window) -> None:
    """An old home's plain attachment and reply files move into the encrypted store at open;
    the ones that could not are named once in the status bar (until another message)."""
    from app.services import blob_import, work_folders

    work_folders.sweep_home(window.ctx.home)   # a killed case import's decrypted copy goes now
    message = blob_import.notice(blob_import.import_if_needed(window.ctx.store))
    if message:
        from app.gui.common.messages import sentence  # (and the text catalogue) only when needed

        log.warning("old files left in the data folder after the move into the store")
        window.statusBar().showMessage(sentence(message))


def run_gui(home: Path) -> int:
    try:
        from app.logging_setup import setup_logging  # (its logging.handlers only here)

        ensure_home(home)
        log_path = setup_logging(home)
    except OffMapError as exc:
        sys.stderr.write(f"offmap: error: {exc}\n")
        return 1
    from app.gui.shell.display_check import display_problem

    problem = display_problem()
    if problem is not None:  # before Qt, whose own plugin error would abort the process
        log.info("no display for the window")
        sys.stderr.write(f"offmap: {problem}\n")
        return 1
    app = create_application()
    from app.gui.shell.crash import install_excepthook

    install_excepthook(log_path)
    log.info("starting window, Qt platform %s", os.environ.get("QT_QPA_PLATFORM", "default"))
    from app.gui.shell.store_passphrase import ask_passphrase
    from app.services import store_keys

    store_keys.install()
    store_keys.set_passphrase_prompt(ask_passphrase)
    try:
        window = build_main_window(home)
    except OffMapError as exc:
        window = _home_store_instead(home, exc)
        if window is None:
            from app.gui.common.messages import error_text

            QMessageBox.critical(None, APP_NAME, error_text(exc))
            sys.stderr.write(f"offmap: error: {exc}\n")
            return 1
    window.show()
    from PySide6.QtCore import QTimer

    if store_keys.take_new_key_notice():  # a new encrypted store: say what a lost key means
        from app.gui.common.messages import sentence

        QTimer.singleShot(0, lambda: QMessageBox.information(
            window, APP_NAME, sentence(store_keys.LOST_KEY_WARNING)))

    from app.gui.settings.backup_section import schedule_daily_backup

    # A moment after start-up, so copying a large store never competes with the first paint.
    QTimer.singleShot(5000, lambda: schedule_daily_backup(window.ctx))
    from app.gui.shell.welcome import run_welcome

    QTimer.singleShot(0, lambda: run_welcome(window))
    from app.gui.common.change_relay import ChangeRelay

    relay = ChangeRelay(window.ctx, parent=window).start()  # others' changes refresh the lists
    code = app.exec()
    relay.stop()
    finish(window.ctx.store, window.ctx.tasks)
    return code


def _home_store_instead(home: Path, exc: OffMapError):
    """The clinic server saved in Settings could not be opened (down, password gone): offers
    this computer's own store for this start, so the window can still open and the choice be
    changed. None when not offered, declined, or that fails too."""
    from PySide6.QtCore import QCoreApplication

    from app.gui.common.messages import error_text
    from app.services import store_choice

    if not store_choice.following_saved_server(home):
        return None
    answer = QMessageBox.question(None, APP_NAME, error_text(exc) + "\n\n" + QCoreApplication
                                  .translate("Launch", "Open this computer's own store this "
                                             "time? The clinic server stays chosen; change it in "
                                             "Settings, Shared store."))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    store_choice.use_home_store()
    try:
        return build_main_window(home)
    except OffMapError:
        return None


def finish(store, tasks=None) -> None:
    """At exit, when no undo can bring a deleted event back any more: stops the window's tasks
    (nothing new starts; running ones are cancelled and awaited, bounded), removes the files no
    attachment refers to (backups keep their own copies), then closes the store."""
    import sqlite3

    from app.services.attachments import prune_unused

    if tasks is not None and not tasks.shutdown(FINISH_WAIT_MS):
        log.warning("closing the store with tasks still running")
    try:
        removed = prune_unused(store)
        if removed:
            log.info("removed %s unused attachment files", removed)
    except (OSError, sqlite3.Error, StoreDatabaseError) as exc:
        log.warning("unused attachment files not removed: %s", type(exc).__name__)
    store.close()
