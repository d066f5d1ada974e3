"""Letters as text: the sandboxed Jinja2 engine and the composed `Letter` (sender, date,
recipient, subject, body blocks) that app/render turns into PDF, DOCX, HTML, plain text and
e-mail; the context a template sees is built by app.core.letter_context. Pure: reads templates
from resources/templates, writes nothing.

Templates (`resources/templates/<type>.txt.j2`) are plain text with two blocks, `subject` and
`body`. In the body each non-empty line is one paragraph and consecutive lines starting with
"- " are one list. Every value from users or the directory reaches a template already made
single-line (no CR/LF or control characters), and the HTML layout autoescapes, so a name like
`<b>{{ x }}</b>` prints exactly as typed and can neither add markup nor e-mail headers.
"""

from __future__ import annotations

import functools
import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.letter_values import data_word, in_law_words, one_line
from app.core.resources import resource

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment


# ---------------------------------------------------------------- engine


@functools.cache
def template_environment() -> SandboxedEnvironment:
    """Sandboxed: templates cannot reach Python internals. `.html.j2` templates autoescape."""
    # Imported here: Jinja2 is slow to import and the window's lists never render a letter.
    from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(resource("templates"))),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False,
                                     default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["one_line"] = one_line
    env.filters["data_word"] = data_word  # {{ law | data_word }}: the law's term for the data
    env.filters["in_law_words"] = in_law_words
    return env


def template_name(request_type: str) -> str:
    return f"{request_type}.txt.j2"


def render_blocks(request_type: str, context: dict[str, Any]) -> tuple[str, str]:
    """(subject title, body text) from the request type's template."""
    template = template_environment().get_template(template_name(request_type))
    ctx = template.new_context(dict(context))
    subject = one_line("".join(template.blocks["subject"](ctx)))
    body = "".join(template.blocks["body"](ctx))
    return subject, body


# ---------------------------------------------------------------- letter


@dataclass
class Block:
    kind: str  # "p" (a paragraph) or "ul" (list items)
    text: str = ""
    items: list[str] = field(default_factory=list)


@dataclass
class Letter:
    reference: str
    subject: str
    date: str
    sender_lines: list[str]
    recipient_lines: list[str]
    salutation: str
    blocks: list[Block]
    closing: str
    signature: str
    page_size: str
    to_addr: str = ""

    @property
    def document_title(self) -> str:
        """For file metadata: the reference only (never a name or an address)."""
        return f"OffMap letter {self.reference}"


def parse_body(text: str) -> list[Block]:
    """Each non-empty line is a paragraph; consecutive lines starting with "- " form a list."""
    blocks: list[Block] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        if line.startswith("- "):
            if not blocks or blocks[-1].kind != "ul":
                blocks.append(Block("ul"))
            blocks[-1].items.append(line[2:].strip())
        else:
            blocks.append(Block("p", line))
    return blocks


def compose_letter(context: dict[str, Any]) -> Letter:
    title, body = render_blocks(context["type"], context)
    sender = context["sender"]
    recipient = context["recipient"]
    recipient_lines = [recipient["name"]]
    if recipient.get("department"):
        recipient_lines.append(recipient["department"])
    recipient_lines += recipient["lines"]
    if recipient.get("email"):
        recipient_lines.append(f"By e-mail: {recipient['email']}")
    elif recipient.get("webform") and not recipient["lines"]:
        recipient_lines.append(f"Via: {recipient['webform']}")
    sender_lines = [one_line(line) for line in (sender["name"], *sender["address_lines"])
                    if one_line(line)]
    if sender["email"]:
        sender_lines.append(one_line(sender["email"]))
    blocks = parse_body(body)
    if context.get("agent"):  # the clinic writes as authorized agent (services.clinic)
        blocks.insert(0, Block("p", one_line(context["agent"]["statement"])))
    return Letter(
        reference=context["reference"],
        subject=f"{title} (reference {context['reference']})",
        date=context["date"],
        sender_lines=sender_lines,
        recipient_lines=recipient_lines,
        salutation="Dear Sir or Madam,",
        blocks=blocks,
        closing="Yours faithfully,",
        signature=one_line(sender.get("signature") or sender["name"]),
        page_size=context["page_size"],
        to_addr=recipient.get("email", ""),
    )


def letter_text(letter: Letter, width: int = 76) -> str:
    """The letter as plain text, wrapped at `width` (URLs and addresses never broken)."""
    wrap = functools.partial(textwrap.fill, width=width, break_long_words=False,
                             break_on_hyphens=False)
    parts = ["\n".join(letter.sender_lines), letter.date, "\n".join(letter.recipient_lines),
             wrap(f"Subject: {letter.subject}"), letter.salutation]
    for block in letter.blocks:
        if block.kind == "p":
            parts.append(wrap(block.text))
        else:
            parts.append("\n".join(
                textwrap.fill(item, width=width, initial_indent="  - ",
                              subsequent_indent="    ", break_long_words=False,
                              break_on_hyphens=False)
                for item in block.items
            ))
    parts.append(f"{letter.closing}\n\n{letter.signature}")
    return "\n\n".join(parts) + "\n"


def letter_html(letter: Letter, for_print: bool = False) -> str:
    """The letter as an HTML document (autoescaped layout template)."""
    template = template_environment().get_template("letter.html.j2")
    return template.render(letter=letter, for_print=for_print)
