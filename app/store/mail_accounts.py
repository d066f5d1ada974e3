"""Mail accounts repository (no passwords: those are in the keyring)."""

from __future__ import annotations

import sqlite3

from app.core.errors import NotFoundError
from app.core.model import MailAccount
from app.store.rows import dumps, inserted_id, loads


def _from_row(row: sqlite3.Row) -> MailAccount:
    return MailAccount(
        id=row["id"], label=row["label"], host=row["host"], port=row["port"],
        username=row["username"], from_addr=row["from_addr"], security=row["security"],
        imap_host=row["imap_host"], imap_port=row["imap_port"],
        imap_folders=loads(row["imap_folders"], ["INBOX"]),
    )


def upsert(conn: sqlite3.Connection, account: MailAccount) -> int:
    values = (account.label, account.host, account.port, account.username, account.from_addr,
              account.security, account.imap_host, account.imap_port,
              dumps(list(account.imap_folders)))
    if account.id is None:
        cur = conn.execute(
            "INSERT INTO mail_accounts (label, host, port, username, from_addr, security,"
            " imap_host, imap_port, imap_folders) VALUES (?,?,?,?,?,?,?,?,?)",
            values,
        )
        return inserted_id(cur)
    cur = conn.execute(
        "UPDATE mail_accounts SET label=?, host=?, port=?, username=?, from_addr=?, security=?,"
        " imap_host=?, imap_port=?, imap_folders=? WHERE id=?",
        (*values, account.id),
    )
    if cur.rowcount == 0:
        raise NotFoundError(
            "there is no mail account with id {id}.",
            id=account.id)
    return account.id


def get(conn: sqlite3.Connection, account_id: int) -> MailAccount:
    row = conn.execute("SELECT * FROM mail_accounts WHERE id=?", (account_id,)).fetchone()
    if row is None:
        raise NotFoundError(
            "there is no mail account with id {account_id}.",
            account_id=account_id)
    return _from_row(row)


def list_all(conn: sqlite3.Connection) -> list[MailAccount]:
    return [_from_row(r) for r in conn.execute("SELECT * FROM mail_accounts ORDER BY id")]


def delete(conn: sqlite3.Connection, account_id: int) -> None:
    if conn.execute("DELETE FROM mail_accounts WHERE id=?", (account_id,)).rowcount == 0:
        raise NotFoundError(
            "there is no mail account with id {account_id}.",
            account_id=account_id)
