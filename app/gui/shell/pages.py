"""The pages of the main window, in sidebar order. Each is built the first time it is shown
(start-up stays fast); `factory` is "module:Class", the class taking (GuiContext, parent).
Its shortcut shows the page with the focus on `focus` (else on its first control)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: str
    shortcut: str
    focus: str = ""  # the attribute naming the control its shortcut puts the focus on


PAGES: list[PageSpec] = [
    PageSpec("clients", "Clients", "app.gui.clients.clients_page:ClientsPage", "Ctrl+1",
             focus="search"),
    PageSpec("requests", "Requests", "app.gui.requests.requests_page:RequestsPage", "Ctrl+2",
             focus="search"),
    PageSpec("deadlines", "Deadlines", "app.gui.deadlines.deadlines_page:DeadlinesPage", "Ctrl+3",
             focus="search"),
    PageSpec("replies", "Replies", "app.gui.replies.replies_page:RepliesPage", "Ctrl+8",
             focus="table"),
    PageSpec("directory", "Directory", "app.gui.directory.directory_page:DirectoryPage", "Ctrl+4",
             focus="search"),
    PageSpec("reports", "Reports", "app.gui.reports.reports_page:ReportsPage", "Ctrl+5",
             focus="table"),
    PageSpec("settings", "Settings", "app.gui.settings.settings_page:SettingsPage", "Ctrl+6"),
    PageSpec("adid", "Ad IDs", "app.gui.adid.adid_toolkit_page:AdIdToolkitPage", "Ctrl+7",
             focus="client_box"),
]
