"""A clinic worker's own role (not the schema's owner) searches without accents on the server
store: the folding functions and the unaccent extension need no grant of their own."""

from __future__ import annotations

import os

from app.core.model import Client
from app.services import client_queries, tracking
from app.services import clients as client_service
from app.services import request_queries as queries
from app.services import requests as request_service
from app.services.server_roles import setup_roles
from app.store import open_store
from app.store.postgres import open_server_store
from tests.pg_server import SUPERUSER_PASSWORD


def test_a_worker_adds_and_finds_accented_names(pg_server, pg_url, home):
    login = f"eva_{os.getpid()}"
    pg_server.admin(f"CREATE ROLE {login} LOGIN PASSWORD '{SUPERUSER_PASSWORD}'")
    try:
        owner = open_store(home, url=pg_url)
        try:
            setup_roles(owner, [login])
        finally:
            owner.close()
        worker = open_server_store(home, pg_server.url(pg_url.rsplit("/", 1)[1], user=login))
        try:
            client = client_service.add_client(worker, Client(name="Begoña Ibáñez", state="CA"))
            request = request_service.new_request(worker, client.id, "kochava", "delete")
            tracking.mark_sent(worker, request.id, via="email")
            names = queries.company_names(worker)
            for typed in ("begona ibanez", "BEGOÑA", "ñe", "ibáñez kochava"):
                assert queries.request_ids(worker, queries.RequestQuery(text=typed),
                                           names) == [request.id]
                assert client_queries.client_ids(
                    worker, client_queries.ClientQuery(text=typed.split()[0])) == [client.id]
        finally:
            worker.close()
    finally:
        pg_server.admin(f"DROP OWNED BY {login}; DROP ROLE {login}")
