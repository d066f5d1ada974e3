"""Letter -> DOCX (python-docx), for clinics that edit letters in Word. Document properties
carry the reference only: python-docx's default author and comments are cleared."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from docx.shared import Mm, Pt

from app.core.letters import Letter

PAGE_MM = {"Letter": (215.9, 279.4), "A4": (210.0, 297.0)}
MARGIN_MM = 22


def letter_docx(letter: Letter) -> bytes:
    document = Document()
    _page(document, letter.page_size)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)

    _lines(document, letter.sender_lines, space_after=14)
    _lines(document, [letter.date], space_after=14)
    _lines(document, letter.recipient_lines, space_after=16)
    subject = document.add_paragraph()
    subject.add_run(f"Subject: {letter.subject}").bold = True
    document.add_paragraph(letter.salutation)
    for block in letter.blocks:
        if block.kind == "p":
            document.add_paragraph(block.text)
        else:
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(letter.closing)
    signature = document.add_paragraph(letter.signature)
    signature.paragraph_format.space_before = Pt(24)
    _properties(document, letter)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _page(document, page_size: str) -> None:
    width, height = PAGE_MM.get(page_size, PAGE_MM["Letter"])
    for section in document.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))


def _lines(document, lines: list[str], space_after: int) -> None:
    paragraph = document.add_paragraph()
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index < len(lines) - 1:
            run.add_break()
    paragraph.paragraph_format.space_after = Pt(space_after)


def _properties(document, letter: Letter) -> None:
    props = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.title = letter.document_title
    props.subject = letter.reference
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.created = now
    props.modified = now
    props.revision = 1
