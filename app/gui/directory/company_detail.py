"""The Directory page's detail pane: one company's contacts, host network, successor, what it
holds and how we know (sources), quality and verified date. Links open in the browser."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from app.core import directory as core
from app.core.identification import LABELS as IDENTIFIER_LABELS
from app.core.model import Company
from app.core.provenance import contact_sources
from app.gui.common.kind_labels import COMPANY_KIND_LABELS, DATA_KIND_SHORT_LABELS, QUALITY_LABELS
from app.gui.common.messages import shown

CONTACT_LABELS = (("email", "E-mail"), ("webform", "Web form"), ("postal", "Post"),
                  ("phone", "Phone"), ("cpni_opt_out", "CPNI opt-out"),
                  ("privacy_page", "Privacy page"))
CHANNEL_LABELS = {"email": "E-mail", "webform": "Web form", "postal": "Post", "phone": "Phone",
                  "portal": "Portal"}
QUALITY_TEXT = {
    "verified": "verified: contacts read on the company's own pages",
    "secondary": "secondary: from news, archives or registries, not the company's own page",
    "unverified": "unverified: leads only; check before relying on them",
}
_URL = re.compile(r"(https?://[^\s<>\"]+)")


def _e(text: str) -> str:
    return html.escape(text or "")


def _linkify(text: str) -> str:
    """Escapes `text`, turning http(s) addresses into links."""
    parts = _URL.split(text or "")
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(f"<a href='{_e(part)}'>{_e(part)}</a>")
        else:
            out.append(_e(part).replace("\n", "<br>"))
    return "".join(out)


def _contact(key: str, value: str) -> str:
    if key == "email":
        return f"<a href='mailto:{_e(value)}'>{_e(value)}</a>"
    return _linkify(value)


def _channel_value(kind: str, value: str) -> str:
    if kind == "email":
        return f"<a href='mailto:{_e(value)}'>{_e(value)}</a>"
    return _linkify(value)


def channels_html(company: Company, tr=lambda s: s) -> str:
    """Each channel: kind, value, quality, a link to the page it was read on and the date."""
    items = []
    for channel in company.channels:
        kind = str(channel.get("kind", ""))
        value = str(channel.get("value", ""))
        if not value:
            continue
        quality = str(channel.get("quality", ""))
        parts = [_e(tr(QUALITY_LABELS[quality]) if quality in QUALITY_LABELS else quality)]
        if channel.get("source"):
            parts.append(f"<a href='{_e(str(channel['source']))}'>{_e(tr('source'))}</a>")
        if channel.get("seen"):
            parts.append(_e(tr("read on {date}").replace("{date}", str(channel["seen"]))))
        note = (f"<br><small>{_linkify(str(channel['note']))}</small>"
                if channel.get("note") else "")
        items.append(f"<li><b>{_e(tr(CHANNEL_LABELS.get(kind, kind)))}</b>: "
                     f"{_channel_value(kind, value)} ({' · '.join(p for p in parts if p)})"
                     f"{note}</li>")
    return "<ol>" + "".join(items) + "</ol>" if items else ""


def identification_html(company: Company, tr=lambda s: s) -> str:
    """What the company needs to find the person's records, and what it says not to send,
    each identifier by its name in the interface's language."""
    def names(kinds: list[str]) -> str:
        return ", ".join(shown(IDENTIFIER_LABELS[k]) if k in IDENTIFIER_LABELS else k
                         for k in kinds)

    out = []
    if company.required_identification:
        out.append("<p><b>" + _e(tr("Identification it needs")) + ":</b> "
                   + _e(names(company.required_identification)) + "</p>")
    if company.do_not_send:
        out.append("<p><b>" + _e(tr("Never send it")) + ":</b> "
                   + _e(names(company.do_not_send)) + "</p>")
    if company.identification:
        out.append("<p><b>" + _e(tr("Identification it asks for")) + ":</b> "
                   + _e("; ".join(company.identification)) + "</p>")
    return "".join(out)


def company_html(company: Company, index: dict[str, Company], tr=lambda s: s) -> str:
    rows: list[str] = []
    name = lambda slug: index[slug].name if slug in index else slug  # noqa: E731
    origin = {"user": tr("Your own record (never changed by updates or imports)"),
              "cppa": tr("Imported from the California data broker registry"),
              "bundled": tr("OffMap's directory")}.get(company.origin, company.origin)
    out = [f"<h2>{_e(company.name)}</h2>",
           f"<p>{_e(tr(COMPANY_KIND_LABELS.get(company.kind, company.kind)))} · "
           f"{_e(origin)}</p>"]
    if company.successor:
        out.append("<p><b>" + _e(tr("Now part of")) + f":</b> {_e(name(company.successor))} "
                   f"({_e(company.successor_reason or '')}). "
                   + _e(tr("Send requests there.")) + "</p>")
    if company.hosts:
        out.append("<p><b>" + _e(tr("Host network")) + ":</b> "
                   + _e(", ".join(name(h) for h in company.hosts)) + "</p>")
    if company.extra.get("withdrawn"):
        out.append("<p><b>" + _e(tr("Withdrawn")) + ":</b> " + _e(tr(
            "the directory update of {date} no longer lists this company; it is kept because "
            "your requests use it.").replace("{date}", str(company.extra["withdrawn"]))) + "</p>")
    if core.drop_covers(company):
        out.append("<p><b>" + _e(tr("California DROP")) + ":</b> " + _e(tr(
            "a registered data broker: one DROP request by a California resident reaches it "
            "(privacy.ca.gov). Carriers and apps still need their own requests.")) + "</p>")
    sources = contact_sources(company)
    for key, label in CONTACT_LABELS:
        value = company.contacts.get(key)
        if value:
            rows.append(f"<tr><td><b>{_e(tr(label))}</b></td><td>{_contact(key, value)}</td></tr>")
            if key in sources:
                rows.append("<tr><td></td><td><small>" + _e(tr("from")) + " "
                            + _e(shown(sources[key].label)) + "</small></td></tr>")
    website = core.website(company)
    if website:
        rows.append(f"<tr><td><b>{_e(tr('Website'))}</b></td><td>{_linkify(website)}</td></tr>")
    out.append("<h3>" + _e(tr("Contacts")) + "</h3>")
    out.append(f"<table cellpadding='2'>{''.join(rows)}</table>" if rows else
               "<p>" + _e(tr("No contact is known. See the notes for where to look.")) + "</p>")
    channels = channels_html(company, tr)
    if channels:
        out.append("<h3>" + _e(tr("Channels")) + "</h3>" + channels)
    out.append(identification_html(company, tr))
    if company.location_data:
        out.append("<h3>" + _e(tr("What it is known to hold")) + "</h3><ul>")
        for item in company.location_data:
            src = item.get("source")
            link = f" <a href='{_e(src)}'>{_e(tr('source'))}</a>" if src else ""
            kind = item.get("kind", "")
            kind_name = (tr(DATA_KIND_SHORT_LABELS[kind]) if kind in DATA_KIND_SHORT_LABELS
                         else kind)
            out.append(f"<li><b>{_e(kind_name)}</b>: {_e(item.get('detail', ''))}"
                       f"{link}</li>")
        out.append("</ul>")
    if company.shared_with:
        out.append("<h3>" + _e(tr("Shared location data with")) + "</h3><ul>")
        for share in company.shared_with:
            src = share.get("source")
            link = f" <a href='{_e(src)}'>{_e(tr('source'))}</a>" if src else ""
            out.append(f"<li><b>{_e(name(share['slug']))}</b>: {_e(share.get('reason', ''))}"
                       f"{link}</li>")
        out.append("</ul>")
    statistics = core.registry(company).get("statistics") or {}
    if statistics:
        out.append("<h3>" + _e(tr("Requests reported to California")) + "</h3><ul>")
        for kind, figures in statistics.items():
            text = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in figures.items())
            out.append(f"<li><b>{_e(kind)}</b>: {_e(text)}</li>")
        out.append("</ul>")
    out.append("<h3>" + _e(tr("Sources")) + "</h3>")
    if company.sources:
        out.append("<ul>" + "".join(
            f"<li><a href='{_e(s['url'])}'>{_e(s.get('title') or s['url'])}</a>"
            + (f" ({_e(tr('seen'))} {_e(s['seen'])})" if s.get("seen") else "") + "</li>"
            for s in company.sources) + "</ul>")
    else:
        out.append("<p>" + _e(tr("No public source recorded yet.")) + "</p>")
    out.append("<p><b>" + _e(tr("Quality")) + ":</b> "
               + _e(tr(QUALITY_TEXT.get(company.quality, company.quality))) + "<br><b>"
               + _e(tr("Reviewed")) + ":</b> " + _e(company.verified_on or tr("never"))
               + "</p>")
    if company.notes:
        out.append("<h3>" + _e(tr("Notes")) + "</h3><p>" + _linkify(company.notes) + "</p>")
    return "".join(out)


class CompanyDetail(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)  # links open in the system browser / mail program
        # Tab moves through the links (channels, sources) and Enter opens one.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Company details"))
        self.show_company(None, {})

    def show_company(self, company: Company | None, index: dict[str, Company]) -> None:
        if company is None:
            self.setHtml("<p>" + _e(self.tr("Choose a company to see its contacts and "
                                           "sources.")) + "</p>")
            return
        self.setHtml(company_html(company, index, self.tr))
