"""Schema versions, applied in order by PRAGMA user_version. Each step runs in one transaction,
after the store file has been copied to backups/ (see connection.migrate)."""

from __future__ import annotations

from app.store.search_migration import ACCENT_BLIND_SEARCH, ACCENT_BLIND_SEARCH_POSTGRESQL

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

# What some recipients need to find a person: date of birth (agencies) and the client's account
# number at each company (JSON object: company slug -> number). Personal data like the rest.
CLIENT_IDENTIFIERS = """
ALTER TABLE clients ADD COLUMN birth_date TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN account_numbers TEXT NOT NULL DEFAULT '{}';
"""

# Channels (a company's e-mail address, web form, postal address, phone) that bounced or
# failed for this user: suspect until the user clears them; the next channel is offered instead.
CHANNEL_HEALTH = """
CREATE TABLE channel_health (
    company     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'suspect' CHECK (status IN ('suspect')),
    reason      TEXT NOT NULL DEFAULT '',
    marked_on   TEXT NOT NULL,
    count       INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (company, kind, value)
);
"""

# The last day an answer is still on time once the law's roll-off rule moves a due date off a
# weekend or holiday (CONTRACT.md "Deadline rules"); services.tracking keeps it with due_on.
# Existing rows start from the unmoved deadline; mark_overdue re-derives them before they turn
# overdue.
LATE_AFTER = """
ALTER TABLE requests ADD COLUMN late_after TEXT;
UPDATE requests SET late_after = COALESCE(extended_due_on, due_on);
"""

# Replies: the Message-IDs of every letter OffMap sent or exported as .eml (so an answer's
# In-Reply-To finds its request), the received messages (stored once, raw copy in the home's
# replies/ folder) with their match and suggested event, and the IMAP side of mail accounts.
REPLIES = """
CREATE TABLE request_messages (
    message_id  TEXT PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'sent' CHECK (kind IN ('sent', 'draft')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX request_messages_request ON request_messages(request_id);
INSERT OR IGNORE INTO request_messages (message_id, request_id, kind)
    SELECT lower(message_id), id, 'sent' FROM requests WHERE COALESCE(message_id, '') <> '';
CREATE TABLE replies (
    id              INTEGER PRIMARY KEY,
    message_key     TEXT NOT NULL UNIQUE,
    message_id      TEXT,
    sha256          TEXT NOT NULL,
    size            INTEGER NOT NULL,
    source          TEXT NOT NULL DEFAULT '',
    from_addr       TEXT NOT NULL DEFAULT '',
    subject         TEXT NOT NULL DEFAULT '',
    sent_date       TEXT,
    request_id      INTEGER REFERENCES requests(id) ON DELETE SET NULL,
    match           TEXT CHECK (match IN ('thread', 'reference', 'sender')),
    suggested_event TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    details         TEXT NOT NULL DEFAULT '{}',
    event_id        INTEGER REFERENCES events(id) ON DELETE SET NULL,
    imported_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX replies_request ON replies(request_id);
ALTER TABLE mail_accounts ADD COLUMN imap_host TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN imap_port INTEGER NOT NULL DEFAULT 993;
ALTER TABLE mail_accounts ADD COLUMN imap_folders TEXT NOT NULL DEFAULT '["INBOX"]';
"""

# Lists that stay instant at 200,000 requests: a trigram full-text index over what a request is
# found by (reference, client, company, type, law, status), kept by triggers so every writer
# keeps it right, and indexes for the sortable columns.
REQUEST_SEARCH = """
CREATE VIRTUAL TABLE request_search USING fts5(body, tokenize='trigram');
INSERT INTO request_search(rowid, body)
    SELECT r.id, r.reference || ' ' || COALESCE(c.name, '') || ' ' || r.company || ' ' || r.type
           || ' ' || r.law || ' ' || r.status
    FROM requests r LEFT JOIN clients c ON c.id = r.client_id;
CREATE TRIGGER request_search_insert AFTER INSERT ON requests BEGIN
    INSERT INTO request_search(rowid, body) VALUES (new.id, new.reference || ' '
        || COALESCE((SELECT name FROM clients WHERE id = new.client_id), '') || ' '
        || new.company || ' ' || new.type || ' ' || new.law || ' ' || new.status);
END;
CREATE TRIGGER request_search_update
AFTER UPDATE OF reference, client_id, company, type, law, status ON requests BEGIN
    DELETE FROM request_search WHERE rowid = old.id;
    INSERT INTO request_search(rowid, body) VALUES (new.id, new.reference || ' '
        || COALESCE((SELECT name FROM clients WHERE id = new.client_id), '') || ' '
        || new.company || ' ' || new.type || ' ' || new.law || ' ' || new.status);
END;
CREATE TRIGGER request_search_delete AFTER DELETE ON requests BEGIN
    DELETE FROM request_search WHERE rowid = old.id;
END;
CREATE TRIGGER request_search_client AFTER UPDATE OF name ON clients BEGIN
    DELETE FROM request_search WHERE rowid IN (SELECT id FROM requests WHERE client_id = new.id);
    INSERT INTO request_search(rowid, body)
        SELECT r.id, r.reference || ' ' || new.name || ' ' || r.company || ' ' || r.type
               || ' ' || r.law || ' ' || r.status
        FROM requests r WHERE r.client_id = new.id;
END;
CREATE INDEX requests_sent ON requests(sent_on);
CREATE INDEX requests_deadline ON requests(COALESCE(extended_due_on, due_on));
CREATE INDEX requests_type ON requests(type);
CREATE INDEX requests_law ON requests(law);
"""

# Several workers on one store: each client and request row carries a version, raised by every
# update, so an edit made from a stale copy is refused instead of overwriting a colleague's; and
# the audit trail (who, when, what, on which client/request), written in the same transaction
# as the change. Audit rows keep no foreign key: a deleted client's trail stays.
WORKERS = """
ALTER TABLE clients ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    who         TEXT NOT NULL,
    action      TEXT NOT NULL,
    client_id   INTEGER,
    request_id  INTEGER,
    what        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_client ON audit(client_id);
CREATE INDEX audit_request ON audit(request_id);
"""

# Attachments and received messages inside the store (encrypted with it, carried by its backups)
# instead of plain files in the home: one row per content, named by its SHA-256. The files of an
# old home are moved in by app/services/blob_import.py.
BLOBS = """
CREATE TABLE blobs (
    sha256      TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    content     BLOB NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
"""

# The open requests' deadlines from the index alone (services.deadlines._listed reads only these
# columns for the Deadlines list, its group counts and the overdue badge): on a store with
# 100,000 open requests the list's query no longer reads each request's row. The same SQL on a
# server store.
OPEN_DEADLINES = """
CREATE INDEX requests_open ON requests(status, client_id, late_after, extended_due_on, due_on);
"""

# The open requests in deadline order (none after every date, then by id), with what their
# group needs: the Deadlines list's default orders (by deadline, by urgency) come from one scan
# of this index, without sorting 100,000 rows (services.deadline_scan). The expression and the
# statuses must stay exactly as deadline_scan writes them, or SQLite cannot use the index.
OPEN_BY_DEADLINE = """
CREATE INDEX requests_open_by_deadline ON requests(
    (COALESCE(extended_due_on, due_on, '9999-12-31')), id, status, late_after, extended_due_on,
    due_on) WHERE status IN ('sent', 'acknowledged', 'extended', 'overdue');
"""

# Index i holds the SQL that takes the store from version i to i + 1.
MIGRATIONS: list[str] = [SCHEMA_V1, OUTBOX_V2, CLIENT_IDENTIFIERS, CHANNEL_HEALTH, REPLIES,
                         LATE_AFTER, REQUEST_SEARCH, WORKERS, BLOBS, OPEN_DEADLINES,
                         OPEN_BY_DEADLINE, ACCENT_BLIND_SEARCH]
LATEST_VERSION = len(MIGRATIONS)

# A server store (PostgreSQL) runs each step translated by app.store.dialect, except the steps
# that only SQLite understands (FTS5 virtual tables, triggers), which have their counterpart here.
REQUEST_SEARCH_POSTGRESQL = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE request_search (id BIGINT PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO request_search (id, body)
    SELECT r.id, r.reference || ' ' || COALESCE(c.name, '') || ' ' || r.company || ' ' || r.type
           || ' ' || r.law || ' ' || r.status
    FROM requests r LEFT JOIN clients c ON c.id = r.client_id;
CREATE INDEX request_search_body ON request_search USING gin (body gin_trgm_ops);
CREATE FUNCTION request_search_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM request_search WHERE id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO request_search (id, body) VALUES (NEW.id, NEW.reference || ' '
            || COALESCE((SELECT name FROM clients WHERE id = NEW.client_id), '') || ' '
            || NEW.company || ' ' || NEW.type || ' ' || NEW.law || ' ' || NEW.status);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER request_search_request
AFTER INSERT OR DELETE OR UPDATE OF reference, client_id, company, type, law, status
ON requests FOR EACH ROW EXECUTE FUNCTION request_search_request();
CREATE FUNCTION request_search_client() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE request_search s SET body = r.reference || ' ' || NEW.name || ' ' || r.company
        || ' ' || r.type || ' ' || r.law || ' ' || r.status
    FROM requests r WHERE r.client_id = NEW.id AND s.id = r.id;
    RETURN NULL;
END $$;
CREATE TRIGGER request_search_client AFTER UPDATE OF name ON clients
FOR EACH ROW EXECUTE FUNCTION request_search_client();
CREATE INDEX requests_sent ON requests(sent_on);
CREATE INDEX requests_deadline ON requests(COALESCE(extended_due_on, due_on));
CREATE INDEX requests_type ON requests(type);
CREATE INDEX requests_law ON requests(law);
"""

# The server store's WORKERS: the same tables, and two things only a server can do. The audit
# row's `who` is always the role the worker signed in with (a trigger sets it, so nobody can
# write a colleague's name), and each committed change NOTIFYs `offmap_changes`, which the
# windows LISTEN on to refresh their lists (services.change_watch).
WORKERS_POSTGRESQL = """
ALTER TABLE clients ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE requests ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
CREATE TABLE audit (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at          TEXT NOT NULL
                DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    who         TEXT NOT NULL DEFAULT session_user,
    action      TEXT NOT NULL,
    client_id   BIGINT,
    request_id  BIGINT,
    what        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_client ON audit(client_id);
CREATE INDEX audit_request ON audit(request_id);
CREATE INDEX audit_who ON audit(who);
CREATE FUNCTION audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.who := session_user;
    NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    RETURN NEW;
END $$;
CREATE TRIGGER audit_stamp BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_stamp();
CREATE FUNCTION audit_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('offmap_changes', '');
    RETURN NULL;
END $$;
CREATE TRIGGER audit_notify AFTER INSERT ON audit
FOR EACH STATEMENT EXECUTE FUNCTION audit_notify();
"""

# The server store's OPEN_BY_DEADLINE: its keys sorted with NULLs first, as the queries ask
# (app.store.dialect sorts NULLs where SQLite does), or PostgreSQL cannot read rows in order
# from it. A step of its own, as the index's SQL differs.
OPEN_BY_DEADLINE_POSTGRESQL = """
CREATE INDEX requests_open_by_deadline ON requests(
    (COALESCE(extended_due_on, due_on, '9999-12-31')) NULLS FIRST, id NULLS FIRST, status,
    late_after, extended_due_on, due_on) WHERE status IN ('sent', 'acknowledged', 'extended',
    'overdue');
"""

# SQLite step -> the SQL a server store runs instead.
POSTGRESQL_COUNTERPARTS: dict[str, str] = {REQUEST_SEARCH: REQUEST_SEARCH_POSTGRESQL,
                                           WORKERS: WORKERS_POSTGRESQL,
                                           OPEN_BY_DEADLINE: OPEN_BY_DEADLINE_POSTGRESQL,
                                           ACCENT_BLIND_SEARCH: ACCENT_BLIND_SEARCH_POSTGRESQL}
