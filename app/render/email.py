"""Letter -> e-mail (RFC 5322): To from the directory, the reference in the subject, the
letter as the text body and its PDF attached. A draft carries `X-Unsent: 1`, which Outlook and
Thunderbird open as an unsent message. Addresses go through the `email` header registry, and
every header value is single-line, so nothing from a name can add a header."""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import quote

from app.core.errors import ValidationError
from app.core.letter_values import one_line
from app.core.letters import Letter

MAILTO_MAX = 2000  # longer mailto: links are cut off by some mail programs and by Windows


def header_text(value: str) -> str:
    """One line of literal text for a header. Python's header parser decodes MIME encoded-words
    (`=?utf-8?q?...?=`) found in names, CR/LF included, and writes them out decoded: a word
    joiner after each '=' of '=?' keeps such a name the literal text that was typed."""
    return one_line(value).replace("=?", "=\u2060?")


def address(addr_spec: str, display_name: str = "") -> Address:
    addr_spec = one_line(addr_spec)
    if "=?" in addr_spec:
        raise ValidationError(
            "'{addr_spec}' is not a usable e-mail address; correct it and try again.",
            addr_spec=addr_spec)
    try:
        if "@" not in addr_spec:
            raise ValueError(addr_spec)
        username, domain = addr_spec.rsplit("@", 1)
        return Address(display_name=header_text(display_name), username=username,
                       domain=domain)
    except (ValueError, IndexError) as exc:
        raise ValidationError(
            "'{addr_spec}' is not a usable e-mail address; correct it and try again.",
            addr_spec=addr_spec) from exc


def build_message(
    letter: Letter,
    text: str,
    pdf: bytes,
    from_addr: str | None,
    from_name: str = "",
    draft: bool = False,
) -> EmailMessage:
    message = EmailMessage()
    if letter.to_addr:
        message["To"] = address(letter.to_addr)
    if from_addr:
        message["From"] = address(from_addr, from_name)
    message["Subject"] = header_text(letter.subject)
    message["Date"] = formatdate(localtime=True)
    domain = one_line(from_addr).rsplit("@", 1)[-1] if from_addr and "@" in from_addr \
        else "offmap.invalid"
    message["Message-ID"] = make_msgid(idstring="offmap", domain=domain)
    if draft:
        message["X-Unsent"] = "1"
    message.set_content(text, subtype="plain", charset="utf-8")
    message.add_attachment(pdf, maintype="application", subtype="pdf",
                           filename=f"{letter.reference}.pdf")
    return message


def mailto_url(letter: Letter, text: str) -> str | None:
    """A mailto: link with the letter as body, or None when there is no address or the link
    would be too long for mail programs to accept."""
    if not letter.to_addr:
        return None
    url = (f"mailto:{quote(one_line(letter.to_addr), safe='@')}"
           f"?subject={quote(one_line(letter.subject), safe='')}&body={quote(text, safe='')}")
    return url if len(url) <= MAILTO_MAX else None
