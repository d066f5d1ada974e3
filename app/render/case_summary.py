"""The human-readable summary of a case export (summary.pdf): the client, who holds their data,
the requests, the timeline of events and the outcomes. Built only from the case document, so
it can hold nothing the case.json does not.

Its words are Texts, so the same summary can be written in the client's language for their own
copy (`translate`, see app.render.catalogue); what the client typed, company names, laws and
references are printed as they are."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from html import escape
from typing import Any

from app.core.clients import display_phone
from app.core.model import DATA_KIND_LABELS
from app.core.text import Text, localized
from app.core.timeline import EVENT_LABELS
from app.render.pdf import html_to_pdf

# Request statuses in the window's words (app/gui/common/kind_labels.REQUEST_STATUS_LABELS; a
# test keeps the two tables the same), so the client's summary names a status as the window does.
OUTCOME_LABELS = {
    "draft": Text("Draft"),
    "sent": Text("Sent"),
    "acknowledged": Text("Acknowledged"),
    "extended": Text("Extended"),
    "overdue": Text("Overdue"),
    "fulfilled": Text("Fulfilled"),
    "partial": Text("Partly answered"),
    "denied": Text("Refused"),
    "bounced": Text("Not delivered"),
    "closed": Text("Closed"),
}
TYPE_LABELS = {
    "access": Text("Access"), "delete": Text("Delete"), "correct": Text("Correct"),
    "opt-out": Text("Opt-out"), "limit": Text("Limit"),
    "withdraw-consent": Text("Withdraw consent"), "cpni-opt-out": Text("CPNI opt-out"),
    "reminder": Text("Reminder"), "appeal": Text("Appeal"), "complaint": Text("Complaint"),
}
CHANNEL_LABELS = {"email": Text("e-mail"), "post": Text("post"), "webform": Text("web form"),
                  "phone": Text("phone")}
TEXT_LIMIT = 600
Translate = Callable[[str], str]


def english(template: str) -> str:
    return template


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if len(text) > TEXT_LIMIT:
        text = text[:TEXT_LIMIT] + "…"
    return escape(text).replace("\n", "<br>")


def _table(say: Callable[[str], str], headers: list[Text], rows: list[list[Any]],
           widths: list[int] | None = None, nowrap: int | None = None) -> str:
    if not rows:
        return f"<p><i>{escape(say(Text('None recorded.')))}</i></p>"
    widths = widths or [0] * len(headers)
    head = "".join(f"<th align='left'{f' width={w}%' if w else ''}>{escape(say(h))}</th>"
                   for h, w in zip(headers, widths, strict=True))
    body = "".join(
        "<tr>" + "".join(f"<td valign='top'{' nowrap' if i == nowrap else ''}>{_cell(c)}</td>"
                         for i, c in enumerate(row)) + "</tr>"
        for row in rows)
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='3' "
            f"style='border-collapse:collapse; font-size:9pt'><tr>{head}</tr>{body}</table>")


def _label(labels: dict[str, Text], key: str, say: Callable[[str], str]) -> str:
    return say(labels[key]) if key in labels else key


def summary_html(doc: dict[str, Any], company_names: dict[str, str],
                 translate: Translate = english, for_client: bool = False) -> str:
    """The case summary; `for_client` words it as the client's own copy (a PDF on its own,
    not a page of the case archive)."""
    def say(text: str) -> str:
        return localized(text, translate)

    client = doc["client"]
    name_of = lambda slug: company_names.get(slug, slug)  # noqa: E731
    by_id = {r["id"]: r for r in doc["requests"]}
    details = [
        (Text("E-mail"), ", ".join(client.get("emails") or [])),
        (Text("Phone"), ", ".join(display_phone(p) for p in client.get("phones") or [])),
        (Text("Mobile ad IDs"), ", ".join(client.get("ad_ids") or [])),
        (Text("Address"), client.get("address") or ""),
        (Text("State / country"), " / ".join(x for x in (client.get("state"),
                                                         client.get("country")) if x)),
        (Text("Consent to store"), client.get("consent_on") or say(Text("not recorded"))),
        (Text("Archived"), say(Text("yes")) if client.get("archived") else ""),
        (Text("Notes"), client.get("notes") or ""),
    ]
    client_rows = "".join(
        f"<tr><td valign='top'><b>{escape(say(k))}</b></td><td>{_cell(v)}</td></tr>"
        for k, v in details if v)
    holdings = [[name_of(h["company"]),
                 ", ".join(_label(DATA_KIND_LABELS, kind, say) for kind in h.get("data") or []),
                 h.get("evidence", "")]
                for h in doc["holdings"]]
    requests = [[r["reference"], name_of(r["company"]), r["law"],
                 _label(TYPE_LABELS, r["type"], say),
                 _label(OUTCOME_LABELS, r["status"], say), r.get("sent_on") or "",
                 r.get("extended_due_on") or r.get("due_on") or ""]
                for r in doc["requests"]]
    timeline = []
    for event in sorted(doc["events"], key=lambda e: (e["on"], e["request_id"])):
        request = by_id[event["request_id"]]
        files = ", ".join(a["filename"] for a in event.get("attachments") or [])
        text = event.get("text") or ""
        if files:
            text = f"{text}\n{say(Text('Attached: {files}', files=files))}".strip()
        kind = _label(EVENT_LABELS, event["kind"], say)
        via = (event.get("data") or {}).get("via")
        if event["kind"] == "sent" and via:
            kind = say(Text("{event} ({channel})", event=kind,
                            channel=CHANNEL_LABELS.get(via, via)))
        timeline.append([event["on"], request["reference"],
                         name_of(request["company"]), kind, text])
    counts = Counter(r["status"] for r in doc["requests"])
    outcomes = [[_label(OUTCOME_LABELS, status, say), str(count)]
                for status, count in sorted(counts.items(), key=lambda kv: -kv[1])]
    exported_on = str(doc.get("exported_at", ""))[:10]
    if for_client:
        title = Text("Your privacy requests: {name}", name=client["name"])
        intro = Text("Prepared with OffMap on {day}: who holds your data, the requests sent to "
                     "them for you, and their answers so far.", day=exported_on)
    else:
        title = Text("Case file: {name}", name=client["name"])
        intro = Text(
            "Exported from OffMap on {day}. The letters and the attached files are in this "
            "archive's letters/ and attachments/ folders; case.json holds the same records for "
            "another OffMap to import.", day=exported_on)
    return (
        "<html><head><meta charset='utf-8'></head><body>"
        f"<h2>{escape(say(title))}</h2>"
        f"<p>{escape(say(intro))}</p>"
        f"<h3>{escape(say(Text('Client')))}</h3>"
        f"<table cellspacing='0' cellpadding='2'>{client_rows}</table>"
        f"<h3>{escape(say(Text('Who holds their data')))}</h3>"
        + _table(say, [Text("Company"), Text("Data"), Text("Evidence")], holdings)
        + f"<h3>{escape(say(Text('Requests')))}</h3>"
        + _table(say, [Text("Reference"), Text("Company"), Text("Law"), Text("Type"),
                       Text("Status"), Text("Sent"), Text("Due")], requests,
                 [19, 15, 8, 15, 17, 13, 13], nowrap=0)
        + f"<h3>{escape(say(Text('Outcomes')))}</h3>"
        + _table(say, [Text("Outcome"), Text("Requests")], outcomes)
        + f"<h3>{escape(say(Text('Timeline')))}</h3>"
        + _table(say, [Text("Date"), Text("Reference"), Text("Company"), Text("Event"),
                       Text("Details")], timeline, [13, 21, 15, 16, 35], nowrap=1)
        + "</body></html>"
    )


def summary_pdf(doc: dict[str, Any], company_names: dict[str, str], page_size: str,
                translate: Translate = english, for_client: bool = False) -> bytes:
    return html_to_pdf(summary_html(doc, company_names, translate, for_client), page_size,
                       localized(Text("OffMap case summary"), translate))
