"""What the store is: its backend, whether it is encrypted, its schema version and its size."""

from __future__ import annotations

from dataclasses import dataclass

from app.store import Store
from app.store.migrations import LATEST_VERSION


@dataclass(frozen=True)
class StoreStatus:
    backend: str
    encrypted: bool
    schema_version: int
    latest_schema_version: int
    clients: int
    requests: int
    location: str

    def to_json(self) -> dict[str, object]:
        return {"backend": self.backend, "encrypted": self.encrypted,
                "schema_version": self.schema_version,
                "latest_schema_version": self.latest_schema_version,
                "clients": self.clients, "requests": self.requests, "location": self.location}


def store_status(store: Store) -> StoreStatus:
    conn = store.conn
    version = store.schema_version()
    clients = int(conn.execute("SELECT count(*) FROM clients").fetchone()[0])
    requests = int(conn.execute("SELECT count(*) FROM requests").fetchone()[0])
    # Embedded: encrypted when opened with a key (SQLCipher). Server: when the connection to it
    # is encrypted (TLS); its disk is the server's business (docs/clinic-setup.md).
    return StoreStatus(backend=store.backend, encrypted=store.encrypted, schema_version=version,
                       latest_schema_version=LATEST_VERSION, clients=clients,
                       requests=requests, location=store.location)
