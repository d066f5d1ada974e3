"""The pages of the main window, in sidebar order. Each is built the first time it is shown
(start-up stays fast); `factory` is "module:Class", the class taking (GuiContext, parent).
Its shortcut, Ctrl and its place in the sidebar (Ctrl+1 the first, Ctrl+4 the fourth), shows
the page with the focus on `focus` (else on its first control)."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: str
    focus: str = ""  # the attribute naming the control its shortcut puts the focus on
    shortcut: str = ""  # set from the sidebar order below


_IN_SIDEBAR_ORDER: list[PageSpec] = [
    PageSpec("clients", "Clients", "app.gui.clients.clients_page:ClientsPage",
             focus="search"),
    PageSpec("requests", "Requests", "app.gui.requests.requests_page:RequestsPage",
             focus="search"),
    PageSpec("deadlines", "Deadlines", "app.gui.deadlines.deadlines_page:DeadlinesPage",
             focus="search"),
    PageSpec("replies", "Replies", "app.gui.replies.replies_page:RepliesPage",
             focus="table"),
    PageSpec("directory", "Directory", "app.gui.directory.directory_page:DirectoryPage",
             focus="search"),
    PageSpec("reports", "Reports", "app.gui.reports.reports_page:ReportsPage",
             focus="table"),
    PageSpec("settings", "Settings", "app.gui.settings.settings_page:SettingsPage"),
    PageSpec("adid", "Ad IDs", "app.gui.adid.adid_toolkit_page:AdIdToolkitPage",
             focus="client_box"),
]
PAGES: list[PageSpec] = [replace(spec, shortcut=f"Ctrl+{place}")
                         for place, spec in enumerate(_IN_SIDEBAR_ORDER, start=1)]
