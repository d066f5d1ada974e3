"""MIME encoded-words in names (issue 16, item 7): a client named `=?utf-8?q?...?=` with an
encoded CR/LF and `Bcc:` cannot add a header or a recipient. Checked on the message as the
loopback SMTP server receives it: the envelope has one recipient, no header carries a line
break once decoded, and the name comes out as the literal text that was typed."""

from __future__ import annotations

import re

import pytest

from app.core.model import Client, MailAccount
from app.services import accounts as account_service
from app.services import clients as client_service
from app.services import sending
from app.services.requests import new_request
from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates

pytestmark = pytest.mark.integration

HOSTILE_NAMES = [
    "=?utf-8?q?Ana=0D=0ABcc:_thief@evil.example?=",
    "=?utf-8?b?QW5hDQpCY2M6IHRoaWVmQGV2aWwuZXhhbXBsZQ==?=",  # "Ana\r\nBcc: thief@evil.example"
    "Ana =?utf-8?q?=0ABcc=3A_thief@evil.example?= Díaz",
    '=?utf-8?q?x?= "quoted" <thief@evil.example>, Bcc: thief@evil.example',
    "=?iso-8859-1?q?Ana=0ABcc:thief@evil.example?=",
]


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_encoded_words_in_a_name_stay_inert_text(store, certs, name):
    client = client_service.add_client(store, Client(name=name, emails=["ana@example.net"],
                                                     state="CA", country="US"))
    request = new_request(store, client.id, "zumigo", "delete")  # its letters carry the name
    with MailServer(certs, "starttls") as server:
        account_service.save_account(store, MailAccount(
            host="127.0.0.1", port=server.port, username=USER, from_addr=USER,
            security="starttls"))
        sending.send_request(store, request.id, password=PASSWORD, allow_unverified=True)
    [received] = server.messages
    assert received.rcpt_tos == ["privacy@zumigo.com"]
    raw_headers = received.data.split(b"\r\n\r\n", 1)[0]
    assert not re.search(rb"^(bcc|cc|resent-\w+):", raw_headers, re.IGNORECASE | re.MULTILINE)
    message = received.message
    for header, value in message.items():
        assert "\r" not in str(value) and "\n" not in str(value), header
    assert message.get_all("Bcc") is None and message.get_all("Cc") is None
    assert [a.addr_spec for a in message["To"].addresses] == ["privacy@zumigo.com"]
    [sender] = message["From"].addresses
    assert sender.addr_spec == USER
    # The decoded display name is the name as typed (give or take a word joiner and folding
    # spaces), not the text its encoded-word would decode to.
    shown = sender.display_name.replace("\u2060", "").replace(" ", "")
    assert shown == name.replace(" ", "")

