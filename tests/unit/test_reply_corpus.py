"""The replies corpus, table-driven: each realistic reply lands on the expected request (or the
inbox) with the expected match and suggestion."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import replies
from tests.unit.reply_samples import make_clinic

TODAY = date(2026, 12, 3)

# file, request (None: the inbox), match, suggestion, words the reason must contain
CORPUS_TABLE = [
    ("ack_thread.eml", "A", "thread", "acknowledged", "received your request"),
    ("ack_auto_ticket.eml", "A", "reference", "acknowledged", "automatic acknowledgement"),
    ("extension_date.eml", "A", "thread", "extended", "2027-01-19"),
    ("verification.eml", "B", "reference", "needs-verification", "government ID, proof of address"),
    ("denial_no_data.eml", "D", "reference", "denied", "no data held"),
    ("denial_cannot_verify.eml", "A", "thread", "denied", "cannot verify the identity"),
    ("denial_exempt.eml", "B", "sender", "denied", "exemption claimed"),
    ("denial_not_resident.eml", "D", "reference", "denied", "not a resident"),
    ("fulfilled_attachment.eml", "A", "thread", "fulfilled", "kochava-export.csv"),
    ("fulfilled_link.eml", "D", "reference", "fulfilled", "https://portal.zumigo.com"),
    ("partial.eml", "A", "thread", "partial", "withheld"),
    ("dsn_bounce.eml", "C", "thread", "bounced", "privacy@3cinteractive.com"),
    ("bounce_transcript.eml", "D", "reference", "bounced", "550 5.1.1"),
    ("out_of_office.eml", "A", "reference", "auto-reply", "out of the office"),
    ("spam.eml", None, None, "unrelated", "no thread, reference or known sender"),
    ("html_only.eml", "A", "thread", "acknowledged", "received your request"),
    ("forwarded.eml", "D", "reference", "fulfilled", "has been deleted"),
    ("es_acuse.eml", "D", "reference", "acknowledged", "Hemos recibido su solicitud"),
    ("es_prorroga.eml", "D", "reference", "extended", "2027-02-15"),
    ("es_denegada.eml", "D", "reference", "denied", "cannot verify the identity"),
    ("other_client_reference.eml", None, None, "needs-verification", "was not filed"),
    ("client_quotes_other_reference.eml", None, None, "acknowledged", "was not filed"),
]


@pytest.fixture
def clinic(store):
    return make_clinic(store)


@pytest.mark.parametrize(("name", "request_key", "match", "event", "words"), CORPUS_TABLE,
                         ids=[row[0] for row in CORPUS_TABLE])
def test_corpus_reply(store, clinic, tmp_path, name, request_key, match, event, words):
    path = clinic.write(name, tmp_path)
    [result] = replies.import_files(store, [path], today=TODAY)
    expected_request = clinic.ids[request_key] if request_key else None
    assert (result.request_id, result.match, result.suggested_event) == \
        (expected_request, match, event), result.reason
    assert words in result.reason
    assert result.reply_id and not result.duplicate


def test_the_other_clients_reference_is_suggested_but_never_filed(store, clinic, tmp_path):
    path = clinic.write("other_client_reference.eml", tmp_path)
    [result] = replies.import_files(store, [path], today=TODAY)
    listed = replies.reply_json(store, replies.get_reply(store, result.reply_id))
    assert result.request_id is None and listed["suggested_request_id"] == clinic.ids["B"]
    assert [r.id for r in replies.list_replies(store, unmatched=True)] == [result.reply_id]
