"""The client's authorization form (the clinic as authorized agent, or as representative under
a written mandate) as HTML and PDF, with signature lines, printed through the letters'
QTextDocument/QPdfWriter path. The parties are labelled in the words of the laws on the form."""

from __future__ import annotations

from html import escape

from app.core.clinic import AuthorizationForm
from app.render.pdf import html_to_pdf

SIGNATURE_LINE = "_" * 40
DATE_LINE = "_" * 16


def _lines(lines: list[str]) -> str:
    return "<br>".join(escape(line) for line in lines)


def _signature_rows(labels: list[str]) -> str:
    blocks = []
    # Labels come in pairs: (signature of ..., Date).
    for index in range(0, len(labels), 2):
        who = labels[index]
        when = labels[index + 1] if index + 1 < len(labels) else "Date"
        blocks.append(
            "<p style='margin-top:34px'>&nbsp;</p>"
            "<table width='100%' cellspacing='0' cellpadding='0'>"
            f"<tr><td width='64%'>{SIGNATURE_LINE}</td><td width='36%'>{DATE_LINE}</td></tr>"
            f"<tr><td><small>{escape(who)}</small></td><td><small>{escape(when)}</small></td>"
            "</tr></table>"
        )
    return "".join(blocks)


def authorization_html(form: AuthorizationForm) -> str:
    powers = "".join(f"<li>{escape(p)}</li>" for p in form.powers)
    companies = "".join(f"<li>{escape(c)}</li>" for c in form.companies)
    laws = "".join(f"<li>{escape(law)}</li>" for law in form.laws)
    law_part = (f"<p><b>{escape(form.rules_heading)}</b></p><ul>{laws}</ul>"
                if laws else "")
    return (
        "<html><head><meta charset='utf-8'></head><body>"
        f"<h2>{escape(form.title)}</h2>"
        f"<p>Prepared on {escape(form.date)}</p>"
        "<table width='100%' cellspacing='0' cellpadding='4'><tr>"
        f"<td width='50%' valign='top'><b>{escape(form.client_label)}</b><br>"
        f"{_lines(form.client_lines)}</td>"
        f"<td width='50%' valign='top'><b>{escape(form.agent_label)}</b><br>"
        f"{_lines(form.clinic_lines)}</td>"
        "</tr></table>"
        f"<p>{escape(form.paragraphs[0])}</p><ul>{powers}</ul>"
        f"<p><b>Companies</b></p><ul>{companies}</ul>"
        f"{law_part}"
        + "".join(f"<p>{escape(p)}</p>" for p in form.paragraphs[1:])
        + _signature_rows(form.signatures)
        + "</body></html>"
    )


def authorization_pdf(form: AuthorizationForm, page_size: str = "Letter") -> bytes:
    return html_to_pdf(authorization_html(form), page_size, "OffMap authorization form")
