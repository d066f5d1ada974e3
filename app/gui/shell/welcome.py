"""The first-run welcome: what OffMap does, where the data lives and how its store key is kept,
that nothing leaves the computer unless the user sends it, and a start on "add my phone service".
Shown once per data home."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from app.services.clients import has_clients
from app.services.preferences import get_preference, set_preference

if TYPE_CHECKING:
    from app.services.session import Store

SEEN_KEY = "ui.welcome_seen"


def welcome_due(store: Store) -> bool:
    """Only a store with no clients yet is new to its user: one filled by the command line, a
    restore or a clinic's import is not greeted as a first run."""
    return not get_preference(store, SEEN_KEY) and not has_clients(store)


def mark_welcome_seen(store: Store) -> None:
    set_preference(store, SEEN_KEY, True)


def key_kept_in(store: Store, home: Path) -> str:
    """Where the key of `store` is kept: "keyring", "passphrase", or "" when OffMap keeps none
    (a server store, or a data folder made before encryption)."""
    from app.services import store_keys

    if getattr(store, "backend", "sqlite") != "sqlite" or not getattr(store, "encrypted", False):
        return ""
    try:
        meta = store_keys.read_meta(home)
    except store_keys.StoreKeyError:
        return "keyring"
    return str(meta["source"]) if meta else "keyring"


class WelcomeDialog(QDialog):
    """`start_requested` is True after the user chose to start with their phone service."""

    def __init__(self, home: str, parent=None, key_kept_in: str = "keyring") -> None:
        """`key_kept_in`: "keyring", "passphrase", or "" (a store with no key of OffMap's: a
        server store, or a data folder made before encryption)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to OffMap"))
        self.setMinimumWidth(560)
        self.start_requested = False
        heading = QLabel(self.tr("Take your location off the map"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        paragraphs = [
            self.tr("Phone carriers, apps and data brokers have sold people's location to "
                    "whoever paid. OffMap helps you find out who holds yours, write to each of "
                    "them with the law that applies (opt-out, deletion, access), and keeps "
                    "track of their legal deadlines."),
            self.tr("Everything you record stays in one folder on this computer: {home}. "
                    "Mail passwords go to the system keyring, never into that folder.")
            .replace("{home}", home),
            *self._key_sentence(key_kept_in),
            self.tr("Nothing leaves this computer unless you send a letter or update the company "
                    "directory yourself. OffMap is not legal advice."),
            self.tr("A good first step: add yourself and your phone service. OffMap then "
                    "suggests the companies known to have received your carrier's location "
                    "data, and you keep the ones that apply."),
        ]
        body = QLabel("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs))
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)

        self.start_button = QPushButton(self.tr("&Add my phone service…"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        buttons = QDialogButtonBox()
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton(self.tr("&Look around first"),
                                  QDialogButtonBox.ButtonRole.RejectRole)
        later.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(buttons)
        self.start_button.setFocus()

    def _key_sentence(self, key_kept_in: str) -> list[str]:
        if key_kept_in == "keyring":
            return [self.tr("Your records there are encrypted, with the key kept in the system "
                            "keyring: export that key to paper from Settings → Backups → Store "
                            "key… and keep the paper apart from the computer, because a lost "
                            "key means the data cannot be recovered.")]
        if key_kept_in == "passphrase":
            return [self.tr("Your records there are encrypted with the passphrase you chose, "
                            "which is kept nowhere: without it the data cannot be recovered.")]
        return []

    def _start(self) -> None:
        self.start_requested = True
        self.accept()


def run_welcome(window) -> None:
    """Shows the welcome once; "Add my phone service" adds a client (the user) and opens the
    phone-service wizard for them."""
    store = window.ctx.store
    if not welcome_due(store):
        return
    dialog = WelcomeDialog(str(window.ctx.home), window, key_kept_in(store, window.ctx.home))
    dialog.exec()
    mark_welcome_seen(store)
    if not dialog.start_requested:
        return
    window.show_page("clients")
    clients = window.page("clients")
    before = clients.selected_id()
    clients.add_client()
    added = clients.selected_id()
    if added is not None and added != before:
        clients.holdings.open_wizard("phone")
