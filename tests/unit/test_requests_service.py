"""new_request: law chosen from residence and company kind, refusals that leave the store as
it was, references, successors, drafts; get/list."""

from __future__ import annotations

import pytest

from app.core.errors import NotFoundError, ValidationError
from app.core.model import Client, Holding
from app.core.references import is_reference
from app.services import clients as client_service
from app.services import requests as request_service
from app.store import holdings as holding_repo


def _client(store, **values) -> int:
    values.setdefault("name", "Ana Lopez")
    values.setdefault("phones", ["+1 415 555 0100"])
    return client_service.add_client(store, Client(**values)).id


def _count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM requests").fetchone()[0]


def test_californian_with_att_gets_ccpa_for_delete_and_cpni_for_cpni_opt_out(store):
    client_id = _client(store, state="CA")
    delete = request_service.new_request(store, client_id, "att", "delete")
    assert (delete.law, delete.type, delete.status) == ("us-ca", "delete", "draft")
    assert is_reference(delete.reference)
    assert delete.details["voluntary"] is False
    cpni = request_service.new_request(store, client_id, "att", "cpni-opt-out")
    assert cpni.law == "us-cpni"
    assert cpni.reference != delete.reference


def test_eu_client_gets_gdpr(store):
    client_id = _client(store, country="DE", phones=[])
    assert request_service.new_request(store, client_id, "google", "access").law == "eu-gdpr"


def test_government_record_gets_the_privacy_act(store):
    client_id = _client(store, state="TX")
    assert request_service.new_request(store, client_id, "ice", "access").law == \
        "us-privacy-act"


def test_no_law_is_refused_with_an_explanation_and_nothing_saved(store):
    client_id = _client(store, state="FL")
    with pytest.raises(ValidationError) as info:
        request_service.new_request(store, client_id, "kochava", "delete")
    message = str(info.value)
    assert "Florida" in message and "--law us-ca" in message
    assert _count(store) == 0


def test_a_voluntary_request_under_a_model_law(store):
    client_id = _client(store, state="FL")
    request = request_service.new_request(store, client_id, "kochava", "delete", law="us-ca")
    assert request.details["voluntary"] is True


def test_a_type_the_law_does_not_grant_is_refused(store):
    client_id = _client(store, state="CA")
    with pytest.raises(ValidationError, match="does not grant a 'cpni-opt-out'"):
        request_service.new_request(store, client_id, "att", "cpni-opt-out", law="us-ca")
    with pytest.raises(ValidationError, match="does not cover Kochava"):
        request_service.new_request(store, client_id, "kochava", "cpni-opt-out", law="us-cpni")
    assert _count(store) == 0


def test_cpni_for_a_californian_broker_is_refused_because_no_applicable_law_grants_it(store):
    client_id = _client(store, state="CA")
    with pytest.raises(ValidationError, match="grants a 'cpni-opt-out'"):
        request_service.new_request(store, client_id, "kochava", "cpni-opt-out")


def test_unknown_things_are_named(store):
    client_id = _client(store, state="CA")
    with pytest.raises(ValidationError, match="not a request type"):
        request_service.new_request(store, client_id, "att", "teleport")
    with pytest.raises(NotFoundError):
        request_service.new_request(store, client_id, "no-such-company", "delete")
    with pytest.raises(NotFoundError):
        request_service.new_request(store, 999, "att", "delete")
    with pytest.raises(ValidationError, match="us-zz"):
        request_service.new_request(store, client_id, "att", "delete", law="us-zz")
    assert _count(store) == 0


def test_defunct_company_goes_to_its_successor(store):
    client_id = _client(store, state="CA")
    request = request_service.new_request(store, client_id, "sprint", "delete")
    assert request.company == "t-mobile"
    assert request.details["named_company"] == "sprint"


def test_get_by_id_or_reference_and_list_filters(store):
    first = _client(store, state="CA")
    second = _client(store, name="Bo", state="CA")
    a = request_service.new_request(store, first, "att", "delete")
    b = request_service.new_request(store, second, "att", "opt-out")
    assert request_service.get_request(store, a.id).reference == a.reference
    assert request_service.get_request(store, str(a.id)).id == a.id
    assert request_service.get_request(store, a.reference.lower().replace("-", " ")).id == a.id
    with pytest.raises(NotFoundError):
        request_service.get_request(store, "OFM-2222-2222")
    with pytest.raises(ValidationError):
        request_service.get_request(store, "nonsense")
    assert [r.id for r in request_service.list_requests(store)] == [a.id, b.id]
    assert [r.id for r in request_service.list_requests(store, client_id=second)] == [b.id]
    assert [r.id for r in request_service.list_requests(store, status="draft")] == [a.id, b.id]
    assert request_service.list_requests(store, status="fulfilled") == []
    with pytest.raises(ValidationError, match="not a request status"):
        request_service.list_requests(store, status="bogus")


def test_followups_need_a_parent_of_the_same_client(store):
    first = _client(store, state="CA")
    second = _client(store, name="Bo", state="CA")
    parent = request_service.new_request(store, first, "att", "delete")
    with pytest.raises(ValidationError, match="follows up"):
        request_service.new_request(store, first, "att", "reminder")
    with pytest.raises(ValidationError, match="another client"):
        request_service.new_request(store, second, "att", "reminder", parent_id=parent.id)
    with pytest.raises(ValidationError, match="grants no appeal"):
        request_service.new_request(store, first, "att", "appeal", parent_id=parent.id)
    reminder = request_service.new_request(store, first, "att", "reminder", parent_id=parent.id)
    assert (reminder.law, reminder.parent_id) == ("us-ca", parent.id)


def test_draft_details_can_change_and_a_draft_can_be_deleted(store):
    client_id = _client(store, state="CA")
    request = request_service.new_request(store, client_id, "att", "correct")
    updated = request_service.update_details(store, request.id, {"note": "line\r\nbreak"})
    assert updated.details["note"] == "line\nbreak"
    assert request_service.get_request(store, request.id).details["note"] == "line\nbreak"
    with pytest.raises(ValidationError, match="longer than"):
        request_service.update_details(store, request.id, {"note": "x" * 5000})
    request_service.delete_draft(store, request.id)
    assert _count(store) == 0


def test_suggest_laws_uses_the_directory_kind(store):
    client_id = _client(store, state="CA")
    holding_repo.upsert(store.conn, Holding(client_id=client_id, company="att"))
    assert request_service.suggest_laws(store, client_id, "att").laws == ["us-ca", "us-cpni"]
