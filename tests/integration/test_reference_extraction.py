"""A reference printed anywhere on a line comes out of pdftotext whole (a hyphen at a line end
would be dropped by text extraction, so references must never break there)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.references import make_reference
from app.render.pdf import html_to_pdf


@pytest.mark.integration
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_reference_survives_every_line_position(tmp_path: Path):
    reference = make_reference()
    failures = []
    for shift in range(0, 64, 3):
        padding = "x" * shift
        html = (f"<p>{padding} Please confirm in writing when you have done this, quoting the "
                f"reference {reference}. Yours faithfully.</p>")
        pdf = tmp_path / f"r{shift}.pdf"
        pdf.write_bytes(html_to_pdf(html))
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        if reference not in " ".join(text.split()):
            failures.append(shift)
    assert failures == []
