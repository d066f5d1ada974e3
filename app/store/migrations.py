"""Schema versions, applied in order by PRAGMA user_version. Each step runs in one transaction,
after the store file has been copied to backups/ (see connection.migrate)."""

from __future__ import annotations

SCHEMA_V1 = """
CREATE TABLE clients (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    emails      TEXT NOT NULL DEFAULT '[]',
    phones      TEXT NOT NULL DEFAULT '[]',
    address     TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    ad_ids      TEXT NOT NULL DEFAULT '[]',
    notes       TEXT NOT NULL DEFAULT '',
    archived    INTEGER NOT NULL DEFAULT 0,
    consent_on  TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX clients_name ON clients(name COLLATE NOCASE);

-- Companies the user added or imported (CPPA registry). Bundled records live in resources/.
CREATE TABLE companies (
    slug        TEXT PRIMARY KEY,
    record      TEXT NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('user', 'cppa')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE holdings (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    company     TEXT NOT NULL,
    data        TEXT NOT NULL DEFAULT '[]',
    evidence    TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (client_id, company)
);

CREATE TABLE requests (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    company         TEXT NOT NULL,
    law             TEXT NOT NULL,
    type            TEXT NOT NULL,
    reference       TEXT NOT NULL UNIQUE,
    parent_id       INTEGER REFERENCES requests(id) ON DELETE SET NULL,
    created_on      TEXT NOT NULL,
    message_id      TEXT,
    details         TEXT NOT NULL DEFAULT '{}',
    -- Cache of core.tracking's derivation from the events; rewritten whenever events change.
    status          TEXT NOT NULL DEFAULT 'draft',
    sent_on         TEXT,
    via             TEXT,
    due_on          TEXT,
    extended_due_on TEXT
);
CREATE INDEX requests_client ON requests(client_id);
CREATE INDEX requests_status ON requests(status);
CREATE INDEX requests_company ON requests(company);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    data        TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX events_request ON events(request_id);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    filename    TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    mime        TEXT NOT NULL DEFAULT 'application/octet-stream'
);
CREATE INDEX attachments_event ON attachments(event_id);

CREATE TABLE mail_accounts (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL DEFAULT '',
    host        TEXT NOT NULL,
    port        INTEGER NOT NULL,
    username    TEXT NOT NULL,
    from_addr   TEXT NOT NULL,
    security    TEXT NOT NULL CHECK (security IN ('starttls', 'ssl', 'none'))
);

CREATE TABLE preferences (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
"""

# Outgoing mail in flight: a row exists from just before a letter is handed to the SMTP server
# until the `sent` event is recorded, so a retry never sends twice what already went.
OUTBOX_V2 = """
CREATE TABLE outbox (
    request_id      INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
    message_id      TEXT NOT NULL,
    account_id      INTEGER,
    recipient       TEXT NOT NULL DEFAULT '',
    started_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    delivered_at    TEXT,
    smtp_response   TEXT
);
"""

# Index i holds the SQL that takes the store from version i to i + 1.
MIGRATIONS: list[str] = [SCHEMA_V1, OUTBOX_V2]
LATEST_VERSION = len(MIGRATIONS)
