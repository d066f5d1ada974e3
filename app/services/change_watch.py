"""Others' changes appear: a watcher (a plain thread, no Qt) that notices when the store was
changed by another connection (a colleague on the server store, another OffMap window or command
on the embedded one) and tells its subscribers what changed, so lists refresh themselves.

On the embedded store it polls SQLite's `PRAGMA data_version` (which moves when another
connection commits) every `interval` seconds; on a server store it LISTENs on the
`offmap_changes` channel, which the server NOTIFYs when a change (an audit entry) commits.
Either way a subscriber gets a `StoreChange` naming the audited changes since the last one
(empty when only something unaudited changed, e.g. a holding). Subscribers are called on the
watcher's thread: the window hands the notice to its own thread (a queued signal)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.store import Store, open_store
from app.store.audit import AuditEntry

log = logging.getLogger(__name__)

CHANNEL = "offmap_changes"
POLL_SECONDS = 2.0
RETRY_SECONDS = 5.0  # after the store went away (a server restart, the network)


@dataclass(frozen=True)
class StoreChange:
    """What changed since the last notice; `entries` oldest first."""

    entries: tuple[AuditEntry, ...] = ()

    @property
    def client_ids(self) -> frozenset[int]:
        return frozenset(e.client_id for e in self.entries if e.client_id is not None)

    @property
    def request_ids(self) -> frozenset[int]:
        return frozenset(e.request_id for e in self.entries if e.request_id is not None)

    @property
    def workers(self) -> frozenset[str]:
        return frozenset(e.who for e in self.entries)


Subscriber = Callable[[StoreChange], None]


class _Poller:
    """Embedded store: `PRAGMA data_version` differs once another connection has committed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.version = self._read()

    def _read(self) -> int:
        return int(self.store.conn.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, seconds: float, stop: threading.Event) -> bool:
        if stop.wait(seconds):
            return False
        now = self._read()
        changed, self.version = now != self.version, now
        return changed

    def close(self) -> None:
        self.store.close()


class _Listener:
    """Server store: LISTEN on a connection of its own; the server's NOTIFY arrives when a
    change commits."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.raw = store.pg.raw  # type: ignore[attr-defined]  # this watcher's own connection
        self.raw.execute(f"LISTEN {CHANNEL}")

    def wait(self, seconds: float, stop: threading.Event) -> bool:
        if stop.is_set():
            return False
        got = False
        for _notice in self.raw.notifies(timeout=seconds, stop_after=1):
            got = True
        if got:  # several commits in a burst make one notice
            for _notice in self.raw.notifies(timeout=0.05):
                pass
        return got and not stop.is_set()

    def close(self) -> None:
        self.store.close()


class ChangeWatcher:
    """Watches the store of `home` (or the server store in use) from a thread of its own."""

    def __init__(self, home: Path, *, interval: float = POLL_SECONDS,
                 retry: float = RETRY_SECONDS,
                 opener: Callable[[Path], Store] = open_store) -> None:
        self.home = home
        self.interval = interval
        self.retry = retry
        self._opener = opener
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._source: Any = None
        self._last_audit_id = 0
        self.error: Exception | None = None
        self.reconnections = 0

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Calls `callback` with each StoreChange; returns the function that unsubscribes."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)
        return unsubscribe

    def start(self) -> ChangeWatcher:
        """Starts watching; returns once the watcher has read the store's current state, so
        every change committed after this call is reported."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="offmap-change-watch",
                                            daemon=True)
            self._thread.start()
            self._ready.wait(30)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _open(self, first: bool) -> None:
        store = self._opener(self.home)
        try:
            listening = getattr(store, "backend", "sqlite") != "sqlite"
            self._source = _Listener(store) if listening else _Poller(store)
            if first:  # on a reconnection the changes made meanwhile are still to report
                row = store.conn.execute("SELECT max(id) FROM audit").fetchone()
                self._last_audit_id = int(row[0] or 0)
        except BaseException:
            store.close()
            raise

    def _close_source(self) -> None:
        if self._source is not None:
            try:
                self._source.close()
            except Exception:  # a connection the server already dropped
                log.info("change watch: the lost connection did not close cleanly")
            self._source = None

    def _reopen(self) -> bool:
        """Tries again every `retry` seconds until the store opens (True) or stop (False)."""
        while not self._stop.wait(self.retry):
            try:
                self._open(first=False)
            except Exception as exc:
                self.error = exc
                continue
            self.error = None
            self.reconnections += 1
            log.info("change watch reconnected")
            return True
        return False

    def _run(self) -> None:
        try:
            self._open(first=True)
        except Exception as exc:  # the window keeps working; lists just do not refresh alone
            self.error = exc
            log.warning("change watch could not start: %s", type(exc).__name__)
            self._ready.set()
            return
        self._ready.set()
        catching_up = False  # after a reconnection: what changed while the store was away
        try:
            while not self._stop.is_set():
                try:
                    if catching_up or self._source.wait(self.interval, self._stop):
                        change = self._new_entries()
                        if change.entries or not catching_up:
                            self._publish(change)
                        catching_up = False
                except Exception as exc:
                    self.error = exc
                    log.warning("change watch lost the store (%s); trying again",
                                type(exc).__name__)
                    self._close_source()
                    if not self._reopen():
                        return
                    catching_up = True
        finally:
            self._close_source()

    def _new_entries(self) -> StoreChange:
        from app.store import audit as audit_repo

        conn = self._source.store.conn
        rows = conn.execute(
            "SELECT id, at, who, action, client_id, request_id, what FROM audit WHERE id > ?"
            " ORDER BY id", (self._last_audit_id,)).fetchall()
        entries = tuple(audit_repo.AuditEntry(*tuple(r)) for r in rows)
        if entries:
            self._last_audit_id = entries[-1].id
        return StoreChange(entries)

    def _publish(self, change: StoreChange) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(change)
            except Exception:
                log.exception("a change subscriber failed")


def watch(home: Path, callback: Subscriber, interval: float = POLL_SECONDS) -> ChangeWatcher:
    """A started watcher with one subscriber (stop it with `.stop()`)."""
    watcher = ChangeWatcher(home, interval=interval)
    watcher.subscribe(callback)
    return watcher.start()
