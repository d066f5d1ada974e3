"""The human-readable summary of a case export (summary.pdf): the client, who holds their data,
the requests, the timeline of events and the outcomes. Built only from the case document, so
it can hold nothing the case.json does not."""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from app.core.clients import display_phone
from app.render.pdf import html_to_pdf

OUTCOME_LABELS = {
    "fulfilled": "Fulfilled",
    "partial": "Partly fulfilled",
    "denied": "Refused",
    "overdue": "Overdue (no answer by the deadline)",
    "closed": "Closed",
    "bounced": "Bounced (not delivered)",
    "sent": "Sent, waiting",
    "acknowledged": "Acknowledged, waiting",
    "extended": "Extended, waiting",
    "draft": "Draft (not sent)",
}
TEXT_LIMIT = 600


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if len(text) > TEXT_LIMIT:
        text = text[:TEXT_LIMIT] + "…"
    return escape(text).replace("\n", "<br>")


def _table(headers: list[str], rows: list[list[Any]], widths: list[int] | None = None,
           nowrap: int | None = None) -> str:
    if not rows:
        return "<p><i>None recorded.</i></p>"
    widths = widths or [0] * len(headers)
    head = "".join(f"<th align='left'{f' width={w}%' if w else ''}>{escape(h)}</th>"
                   for h, w in zip(headers, widths, strict=True))
    body = "".join(
        "<tr>" + "".join(f"<td valign='top'{' nowrap' if i == nowrap else ''}>{_cell(c)}</td>"
                         for i, c in enumerate(row)) + "</tr>"
        for row in rows)
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='3' "
            f"style='border-collapse:collapse; font-size:9pt'><tr>{head}</tr>{body}</table>")


def summary_html(doc: dict[str, Any], company_names: dict[str, str]) -> str:
    client = doc["client"]
    name_of = lambda slug: company_names.get(slug, slug)  # noqa: E731
    by_id = {r["id"]: r for r in doc["requests"]}
    details = [
        ("E-mail", ", ".join(client.get("emails") or [])),
        ("Phone", ", ".join(display_phone(p) for p in client.get("phones") or [])),
        ("Mobile ad IDs", ", ".join(client.get("ad_ids") or [])),
        ("Address", client.get("address") or ""),
        ("State / country", " / ".join(x for x in (client.get("state"), client.get("country"))
                                       if x)),
        ("Consent to store", client.get("consent_on") or "not recorded"),
        ("Archived", "yes" if client.get("archived") else ""),
        ("Notes", client.get("notes") or ""),
    ]
    client_rows = "".join(f"<tr><td valign='top'><b>{escape(k)}</b></td><td>{_cell(v)}</td></tr>"
                          for k, v in details if v)
    holdings = [[name_of(h["company"]), ", ".join(h.get("data") or []), h.get("evidence", "")]
                for h in doc["holdings"]]
    requests = [[r["reference"], name_of(r["company"]), r["law"], r["type"],
                 OUTCOME_LABELS.get(r["status"], r["status"]), r.get("sent_on") or "",
                 r.get("extended_due_on") or r.get("due_on") or ""]
                for r in doc["requests"]]
    timeline = []
    for event in sorted(doc["events"], key=lambda e: (e["on"], e["request_id"])):
        request = by_id[event["request_id"]]
        files = ", ".join(a["filename"] for a in event.get("attachments") or [])
        text = event.get("text") or ""
        if files:
            text = f"{text}\nAttached: {files}".strip()
        kind = event["kind"]
        via = (event.get("data") or {}).get("via")
        if kind == "sent" and via:
            kind = f"sent ({via})"
        timeline.append([event["on"], request["reference"],
                         name_of(request["company"]), kind, text])
    counts = Counter(r["status"] for r in doc["requests"])
    outcomes = [[OUTCOME_LABELS.get(status, status), str(count)]
                for status, count in sorted(counts.items(), key=lambda kv: -kv[1])]
    return (
        "<html><head><meta charset='utf-8'></head><body>"
        f"<h2>Case file: {escape(client['name'])}</h2>"
        f"<p>Exported from OffMap on {escape(str(doc.get('exported_at', ''))[:10])}. "
        "The letters and the attached files are in this archive's letters/ and attachments/ "
        "folders; case.json holds the same records for another OffMap to import.</p>"
        f"<h3>Client</h3><table cellspacing='0' cellpadding='2'>{client_rows}</table>"
        "<h3>Who holds their data</h3>"
        + _table(["Company", "Data", "Evidence"], holdings)
        + "<h3>Requests</h3>"
        + _table(["Reference", "Company", "Law", "Type", "Status", "Sent", "Due"], requests,
                 [21, 16, 8, 11, 18, 13, 13], nowrap=0)
        + "<h3>Outcomes</h3>"
        + _table(["Outcome", "Requests"], outcomes)
        + "<h3>Timeline</h3>"
        + _table(["Date", "Reference", "Company", "Event", "Details"], timeline,
                 [13, 21, 15, 16, 35], nowrap=1)
        + "</body></html>"
    )


def summary_pdf(doc: dict[str, Any], company_names: dict[str, str], page_size: str) -> bytes:
    return html_to_pdf(summary_html(doc, company_names), page_size, "OffMap case summary")
