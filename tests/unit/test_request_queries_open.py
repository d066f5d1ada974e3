"""Opening the Requests page asks only whether there is any request, not how many."""

from __future__ import annotations

from app.core.model import Client
from app.services import clients as client_service
from app.services import request_queries as queries
from app.services import requests as request_service


def test_has_requests_follows_the_store(store):
    assert not queries.has_requests(store)
    client = client_service.add_client(store, Client(name="Ana Díaz", state="CA"))
    request = request_service.new_request(store, client.id, "kochava", "delete")
    assert queries.has_requests(store) and queries.count_requests(store) == 1
    request_service.delete_draft(store, request.id)
    assert not queries.has_requests(store)
