"""Clinic documents through the real PDF path, read back with poppler's pdftotext: the
authorization form with its signature lines and agent rule, the case summary of one client
(and nothing of the other), and agent letters citing 11 CCR 7063."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.core.clinic import ClinicProfile
from app.services import case_files
from app.services import clinic as clinic_service
from app.services import letters as letter_service
from app.services import requests as request_service
from tests.unit.case_samples import B_CANARIES, build

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils (pdftotext) not installed"),
]
CLINIC = ClinicProfile(name="Bay Privacy Clinic", staff="Rosa Staff",
                       address="1 Main St\nOakland CA 94612", email="help@clinic.example.org",
                       mode="agent")


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "doc.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def sample(store, tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    return build(store, files)


def test_authorization_form_has_signature_lines_and_the_agent_rule(store, sample, tmp_path):
    clinic_service.save_profile(store, CLINIC)
    text = pdf_text(clinic_service.authorization_pdf(store, sample.a), tmp_path)
    assert "Authorization of an authorized agent" in text
    assert "I, Ana Alvarez, authorize Bay Privacy Clinic" in text
    assert "11 CCR 7063" in text
    assert "Signature of Ana Alvarez" in text
    assert "Signature of Rosa Staff, for Bay Privacy Clinic" in text
    assert "____________" in text
    assert "AT&T" in text and "Kochava" in text


def test_a_gdpr_clients_form_names_the_data_subject_and_the_mandate(store, tmp_path):
    from app.core.model import Client
    from app.services import clients as client_service

    clinic_service.save_profile(store, CLINIC)
    pierre = client_service.add_client(store, Client(
        name="Pierre Martin", country="FR", emails=["pierre@example.org"],
        address="1 rue de la Paix\nParis")).id
    request_service.new_request(store, pierre, "kochava", "access", law="eu-gdpr")
    text = pdf_text(clinic_service.authorization_pdf(store, pierre), tmp_path, "gdpr.pdf")
    assert "The data subject" in text
    # The label wraps in its column: pdftotext -layout prints the columns side by side.
    assert "The representative (written" in text
    assert "This mandate remains in effect" in text
    assert "representative under this written mandate" in text
    assert "Arts. 12(2), 15; written mandate" in text
    assert "personal data" in text
    assert "The consumer" not in text
    assert "personal information" not in text


def test_agent_letter_pdf_cites_the_agent_rule(store, sample, tmp_path):
    clinic_service.save_profile(store, CLINIC)
    request_id = next(r for r in request_service.list_requests(store, client_id=sample.a)
                      if r.type == "delete").id
    text = pdf_text(letter_service.render_letter(store, request_id, "pdf"), tmp_path)
    assert "authorized agent of Ana Alvarez" in text
    assert "11 CCR 7063" in text
    assert "Rosa Staff, for Bay Privacy Clinic" in text


def test_case_summary_names_only_the_chosen_client(store, sample, tmp_path):
    out = tmp_path / "a.zip"
    case_files.export_case(store, sample.a, out)
    with zipfile.ZipFile(out) as archive:
        pdfs = {name: archive.read(name) for name in archive.namelist()
                if name == "summary.pdf" or name.startswith("letters/")}
    summary = pdf_text(pdfs.pop("summary.pdf"), tmp_path, "summary.pdf")
    assert "Case file: Ana Alvarez" in summary
    for reference in sample.a_refs:
        assert reference in summary
    assert "Fulfilled" in summary and "Timeline" in summary
    texts = [summary] + [pdf_text(data, tmp_path, f"{i}.pdf") for i, data in
                         enumerate(pdfs.values())]
    for text in texts:
        for canary in (*B_CANARIES, *sample.b_refs):
            assert canary not in text


def test_company_report_pdf_names_no_client(store, sample, tmp_path):
    from app.services import reports as report_service

    out = tmp_path / "report.pdf"
    report_service.export_report(store, out)
    text = pdf_text(out.read_bytes(), tmp_path, "report-read.pdf")
    assert "Which companies answer privacy requests on time" in text
    assert "AT&T" in text and "Kochava" in text
    for value in ("Ana Alvarez", "ana@example.org", *B_CANARIES, *sample.a_refs,
                  *sample.b_refs):
        assert value not in text


def _catalogue(context: str) -> dict[str, str]:
    """English -> Spanish for one context of the shipped catalogue source."""
    import xml.etree.ElementTree as ET

    from app.paths import resource

    table = {}
    for ctx in ET.parse(resource("i18n", "offmap_es.ts")).getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                table[message.findtext("source")] = message.findtext("translation") or ""
    return table


def test_client_summary_in_spanish_keeps_names_and_references(store, sample, tmp_path):
    """The client's own copy reads in Spanish (from the shipped catalogue); names,
    references and laws print as recorded; the letters themselves stay English."""
    from app.services.client_summary import client_summary_pdf

    spanish = _catalogue("Messages")
    english_text = pdf_text(client_summary_pdf(store, sample.a, "en"), tmp_path, "en.pdf")
    spanish_text = pdf_text(client_summary_pdf(store, sample.a, "es"), tmp_path, "es.pdf")
    assert "Your privacy requests: Ana Alvarez" in english_text
    assert "Who holds their data" in english_text
    for heading in ("Who holds their data", "Requests", "Timeline", "Outcomes"):
        translated = spanish[heading]
        assert translated and translated != heading
        assert translated in spanish_text
    assert "Who holds their data" not in spanish_text
    assert spanish["Your privacy requests: {name}"].replace("{name}", "Ana Alvarez") \
        in spanish_text
    for reference in sample.a_refs:
        assert reference in spanish_text
    for canary in (*B_CANARIES, *sample.b_refs):
        assert canary not in spanish_text
    request_id = request_service.list_requests(store, client_id=sample.a)[0].id
    letter = pdf_text(letter_service.render_letter(store, request_id, "pdf"), tmp_path, "l.pdf")
    assert "Dear" in letter or "privacy" in letter.lower()


def test_client_summary_from_the_command_line(store, sample, tmp_path):
    from app.cli import main

    out = tmp_path / "resumen.pdf"
    store.close()
    assert main(["--home", str(store.home), "export", "summary", "--client", str(sample.a),
                 "--out", str(out), "--language", "es"]) == 0
    assert _catalogue("Messages")["Timeline"] in pdf_text(out.read_bytes(), tmp_path)
    assert main(["--home", str(store.home), "export", "summary", "--client", str(sample.a),
                 "--out", str(tmp_path / "missing" / "x.pdf")]) == 1
