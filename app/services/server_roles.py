"""Roles on a clinic's server store, enforced by the database itself (grants and row-level
security), not only by the window:

- `offmap_worker`: reads and changes clients, requests and their history, but cannot delete a
  client; sees the audit trail of the cases they changed themselves; can only add to the trail.
- `offmap_supervisor`: everything a worker can, and deletes clients and reads everyone's trail.

Each person signs in with their own login role, made a member of one of the two (`offmap store
setup-roles --worker ana --supervisor sam`). Run by the database's owner (who also runs the
schema migrations); running it again after an upgrade is harmless and grants the new tables.
The SQL is in docs/clinic-setup.md for a DBA who prefers to run it by hand."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.errors import OffMapError, ValidationError
from app.store import Store

WORKER = "offmap_worker"
SUPERVISOR = "offmap_supervisor"

# Idempotent: every statement can run again.
ROLES_SQL = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{WORKER}') THEN
        CREATE ROLE {WORKER} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{SUPERVISOR}') THEN
        CREATE ROLE {SUPERVISOR} NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO {WORKER}, {SUPERVISOR}',
                   current_database());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO {WORKER}, {SUPERVISOR}', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I'
                   ' TO {WORKER}, {SUPERVISOR}', current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO {WORKER}, {SUPERVISOR}',
                   current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE'
                   ' ON TABLES TO {WORKER}, {SUPERVISOR}', current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES'
                   ' TO {WORKER}, {SUPERVISOR}', current_schema());
END $$;
-- Only a supervisor deletes a client (and with them their requests and history).
REVOKE DELETE ON clients FROM {WORKER};
-- The schema changes only through the owner's migrations.
REVOKE INSERT, UPDATE, DELETE ON offmap_schema FROM {WORKER}, {SUPERVISOR};
-- The audit trail is append-only for everyone but the owner.
REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM {WORKER}, {SUPERVISOR};
-- The cases a worker changed: read by the row policy below, with the owner's rights (a policy
-- on audit cannot read audit itself under the same policy).
CREATE OR REPLACE FUNCTION offmap_touched_clients() RETURNS SETOF BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $f$ SELECT DISTINCT client_id FROM audit WHERE who = session_user
           AND client_id IS NOT NULL $f$;
REVOKE ALL ON FUNCTION offmap_touched_clients() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION offmap_touched_clients() TO {WORKER}, {SUPERVISOR};
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS audit_add ON audit;
CREATE POLICY audit_add ON audit FOR INSERT TO {WORKER}, {SUPERVISOR} WITH CHECK (true);
DROP POLICY IF EXISTS audit_supervisor_reads ON audit;
CREATE POLICY audit_supervisor_reads ON audit FOR SELECT TO {SUPERVISOR} USING (true);
DROP POLICY IF EXISTS audit_worker_reads ON audit;
CREATE POLICY audit_worker_reads ON audit FOR SELECT TO {WORKER}
    USING (who = session_user OR client_id IN (SELECT offmap_touched_clients()));
"""


@dataclass(frozen=True)
class RolesResult:
    workers: tuple[str, ...]
    supervisors: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"roles": [WORKER, SUPERVISOR], "workers": list(self.workers),
                "supervisors": list(self.supervisors)}


def _server(store: Store) -> Any:
    if getattr(store, "backend", "sqlite") != "postgresql":
        raise ValidationError(
            "roles exist only on a clinic's server store; choose it with --store "
            "postgresql://USER@HOST/DB (the embedded store is one person's).")
    return store.pg  # type: ignore[attr-defined]


def setup_roles(store: Store, workers: list[str] | None = None,
                supervisors: list[str] | None = None) -> RolesResult:
    """Creates (or brings up to date) the two roles and their grants, and makes the given
    login roles members, in one transaction."""
    import psycopg
    from psycopg import sql

    pg = _server(store)
    workers, supervisors = list(workers or []), list(supervisors or [])
    both = set(workers) & set(supervisors)
    if both:
        raise ValidationError("{role} cannot be both a worker and a supervisor; a supervisor "
                              "can already do everything a worker can.", role=sorted(both)[0])
    try:
        with pg.raw.transaction():
            pg.raw.execute(ROLES_SQL.encode())
            for group, members in ((WORKER, workers), (SUPERVISOR, supervisors)):
                for login in members:
                    _must_be_a_role(pg.raw, login)
                    pg.raw.execute(sql.SQL("GRANT {} TO {}").format(
                        sql.Identifier(group), sql.Identifier(login)))
    except psycopg.Error as exc:
        if getattr(exc, "sqlstate", "") == "42501":
            raise OffMapError(
                "only the database's owner (with the right to create roles) can set up the "
                "roles; connect as that user, or ask whoever runs the server to run the SQL "
                "in docs/clinic-setup.md. Nothing was changed.") from exc
        from app.store.postgres import explain

        raise explain(exc, pg.address) from exc
    return RolesResult(tuple(workers), tuple(supervisors))


def _must_be_a_role(raw: Any, login: str) -> None:
    if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
        raise ValidationError(
            "the server has no login role {login}; create it first (CREATE ROLE {login} LOGIN "
            "PASSWORD '...', see docs/clinic-setup.md). Nothing was changed.", login=login)


def refused_for_role(exc: BaseException) -> bool:
    """True when the server refused an action because the worker's role lacks the right."""
    seen: BaseException | None = exc
    while seen is not None:
        if getattr(seen, "sqlstate", None) == "42501":
            return True
        seen = seen.__cause__
    return False
