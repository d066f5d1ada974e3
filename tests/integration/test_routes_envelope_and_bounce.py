"""The post route's PDF read back with pdftotext -bbox: every word of the recipient's address
lies inside the window area of the envelope (US #10 for US Letter, DL / DIN 5008 form B for A4)
and the letter text starts below it; and an SMTP 5xx refusal marks the address suspect."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.model import Client, MailAccount
from app.render.envelope import LAYOUTS
from app.services import accounts as account_service
from app.services import channel_health, routes, sending
from app.services import clients as client_service
from app.services.mail_transport import MailRejectedError
from app.services.requests import new_request
from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates

pytestmark = pytest.mark.integration
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r'([^<]*)</word>')


def _words(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, float, float, str, int]]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    out = []
    for page, chunk in enumerate(xml.split("<page ")[1:], 1):
        for match in WORD.finditer(chunk):
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            out.append((x0, y0, x1, y1, html.unescape(match.group(5)), page))
    return out


def _window_points(envelope: str) -> tuple[float, float, float, float]:
    left, top, width, height = LAYOUTS[envelope].window
    return left * 72, top * 72, (left + width) * 72, (top + height) * 72


def _check_address_in_window(words, lines: list[str], envelope: str) -> None:
    x0, y0, x1, y1 = _window_points(envelope)
    wanted = {w for line in lines for w in line.split()}
    first_page = [w for w in words if w[5] == 1]
    found = [w for w in first_page if w[4] in wanted and y0 - 1 <= w[1] <= y1 + 1]
    assert {w[4] for w in found} == wanted
    for wx0, wy0, wx1, wy1, _text, _page in found:
        assert x0 - 0.5 <= wx0 and wx1 <= x1 + 0.5 and y0 - 0.5 <= wy0 and wy1 <= y1 + 0.5
    body_top = LAYOUTS[envelope].body_top * 72
    date_words = [w for w in first_page if w[1] > y1 + 1]
    assert date_words and min(w[1] for w in date_words) >= body_top - 1
    # Whatever else is in the window's band (the name, the department) is inside the window.
    band = [w for w in first_page if y0 - 1 <= w[1] <= y1 + 1]
    assert all(x0 - 0.5 <= w[0] and w[2] <= x1 + 0.5 and w[3] <= y1 + 0.5 for w in band)


def test_us_letter_address_sits_in_the_10_window(store, tmp_path):
    client = client_service.add_client(store, Client(
        name="Rosa Testwell", emails=["rosa@example.net"], address="12 Oak St\nSan Jose, CA 95112",
        state="CA", country="US"))
    request = new_request(store, client.id, "ice", "access")
    pdf = routes.post_pdf(store, request.id)
    words = _words(pdf, tmp_path)
    plan = routes.route_plan(store, request.id)
    _check_address_in_window(words, routes.address_lines(plan.postal or ""), "us10")
    page = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True).stdout.decode()
    assert "612 x 792 pts" in page  # US Letter
    assert request.reference in " ".join(w[4] for w in words)


def test_a4_address_sits_in_the_dl_window(store, tmp_path):
    client = client_service.add_client(store, Client(
        name="Anna Berger", emails=["anna@example.at"], address="Hauptstraße 1\n1010 Wien",
        country="AT"))
    request = new_request(store, client.id, "a1-austria", "access")
    assert routes.envelope_for(store, request) == "dl"
    pdf = routes.post_pdf(store, request.id)
    words = _words(pdf, tmp_path)
    plan = routes.route_plan(store, request.id)
    lines = routes.address_lines(plan.postal or "")
    _check_address_in_window(words, lines, "dl")
    page = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True).stdout.decode()
    assert "(A4)" in page
    # The one-line return address sits above the address zone, inside the 45 mm field.
    return_words = [w for w in words if w[5] == 1 and w[4] == "Berger,"]
    assert return_words and 45 / 25.4 * 72 <= return_words[0][1] < 62.7 / 25.4 * 72


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


def test_a_5xx_refusal_marks_the_address_suspect_and_the_next_send_stops(store, certs):
    client = client_service.add_client(store, Client(
        name="Rosa Testwell", emails=["rosa@example.net"], state="CA", country="US",
        ad_ids=["38400000-8cf0-11bd-b23e-10b96e40000d"]))
    with MailServer(certs, "starttls") as server:
        server.handler.refuse_recipients.add("privacy@kochava.com")
        account = account_service.save_account(store, MailAccount(
            host="127.0.0.1", port=server.port, username=USER, from_addr=USER,
            security="starttls", label="Test")).account
        request = new_request(store, client.id, "kochava", "delete")
        with pytest.raises(MailRejectedError):
            sending.send_request(store, request.id, account.id, PASSWORD,
                                 cafile=str(certs.ca_file))
        [suspect] = channel_health.suspect_channels(store, "kochava")
        assert (suspect.kind, suspect.value) == ("email", "privacy@kochava.com")
        assert suspect.reason.startswith("the mail server refused it: 550")
        again = new_request(store, client.id, "kochava", "access")
        with pytest.raises(sending.SuspectEmailError):
            sending.send_request(store, again.id, account.id, PASSWORD,
                                 cafile=str(certs.ca_file))
        assert server.messages == []
