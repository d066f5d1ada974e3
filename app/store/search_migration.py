"""The schema step that makes text search ignore accents as well as case (ACCENT_BLIND_SEARCH,
listed in app.store.migrations), with its server store form: kept apart so migrations.py stays
one screenful of steps."""

from __future__ import annotations

# Search that ignores accents as well as case ("jose" finds "José", "peña" finds "Pena"): the
# trigram index is rebuilt folding diacritics (SQLite >= 3.45; the query words are folded by
# app.core.folding before they reach it). The triggers of REQUEST_SEARCH keep filling it.
ACCENT_BLIND_SEARCH = """
DROP TABLE request_search;
CREATE VIRTUAL TABLE request_search USING fts5(body, tokenize='trigram remove_diacritics 1');
INSERT INTO request_search(rowid, body)
    SELECT r.id, r.reference || ' ' || COALESCE(c.name, '') || ' ' || r.company || ' ' || r.type
           || ' ' || r.law || ' ' || r.status
    FROM requests r LEFT JOIN clients c ON c.id = r.client_id;
"""

# The server store's ACCENT_BLIND_SEARCH: `offmap_fold` (lower case of unaccent's folding, with
# unaccent's schema pinned so any worker's search_path finds it) folds the search text as the
# triggers write it, and the typed words as a query reads it (app.services.text_search); the
# trigram index stays over the folded text, so a search still reads the index only.
ACCENT_BLIND_SEARCH_POSTGRESQL = r"""
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $do$
BEGIN
    EXECUTE format('CREATE FUNCTION offmap_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT'
                   ' PARALLEL SAFE SET search_path = pg_catalog, %s'
                   ' AS $f$ SELECT lower(unaccent(''unaccent''::regdictionary, $1)) $f$',
                   (SELECT extnamespace::regnamespace::text FROM pg_extension
                    WHERE extname = 'unaccent'));
END $do$;
CREATE FUNCTION offmap_like_folded(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT '%' || replace(replace(replace(offmap_fold($1), '\', '\\'), '%', '\%'),
                                '_', '\_') || '%' $$;
CREATE OR REPLACE FUNCTION request_search_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM request_search WHERE id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO request_search (id, body) VALUES (NEW.id, offmap_fold(NEW.reference || ' '
            || COALESCE((SELECT name FROM clients WHERE id = NEW.client_id), '') || ' '
            || NEW.company || ' ' || NEW.type || ' ' || NEW.law || ' ' || NEW.status));
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION request_search_client() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE request_search s SET body = offmap_fold(r.reference || ' ' || NEW.name || ' '
        || r.company || ' ' || r.type || ' ' || r.law || ' ' || r.status)
    FROM requests r WHERE r.client_id = NEW.id AND s.id = r.id;
    RETURN NULL;
END $$;
DROP INDEX request_search_body;
TRUNCATE request_search;
INSERT INTO request_search (id, body)
    SELECT r.id, offmap_fold(r.reference || ' ' || COALESCE(c.name, '') || ' ' || r.company
           || ' ' || r.type || ' ' || r.law || ' ' || r.status)
    FROM requests r LEFT JOIN clients c ON c.id = r.client_id;
CREATE INDEX request_search_body ON request_search USING gin (body gin_trgm_ops);
"""
