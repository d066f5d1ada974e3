"""Work off the GUI thread (after Picard's run_task): a function runs in QThreadPool, its result
or error comes back as a signal on the GUI thread. Workers never touch widgets. Tests use
`TaskRunner(synchronous=True)`, which runs the function at once on the calling thread.

On quit the window cancels running tasks and waits a bounded time for them (`stop`); before the
store closes, `shutdown` refuses new tasks and waits again, then closes the write gate: a task
that outlived the wait can no longer begin a transaction on a connection it opened through
`TaskRunner.open_store`, and no task's callback runs any more, so nothing is written after the
store closes."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from app.services.session import Store

log = logging.getLogger("app.gui.common.tasks")


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskHandle(QObject):
    """Signals of one task, delivered on the GUI thread. `cancel()` asks the task to stop; the
    task checks `handle.cancelled` (or calls `handle.check()`) between steps."""

    progress = Signal(int, int, str)  # done, total, message
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, message: str = "") -> None:
        self.check()
        self.progress.emit(done, total, message)


class WriteGate:
    """Lets transactions begin until it closes. `close` waits for the ones under way to end, so
    once it returns no transaction of a guarded connection is open or can begin."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._open_transactions = 0
        self.closed = False

    def guard(self, store: Store) -> Store:
        """Makes `store.transaction()` pass through the gate (the store's own method, wrapped)."""
        begin = store.transaction

        @contextlib.contextmanager
        def transaction() -> Iterator[Any]:
            with self._lock:
                if self.closed:
                    log.info("transaction refused: OffMap is closing")
                    raise Cancelled()
                self._open_transactions += 1
            try:
                with begin() as conn:
                    yield conn
            finally:
                with self._lock:
                    self._open_transactions -= 1
                    self._lock.notify_all()

        setattr(store, "transaction", transaction)  # noqa: B010 -- an instance's method, wrapped
        return store

    def close(self, msecs: int) -> bool:
        """Refuses new transactions and waits up to `msecs` for open ones to end."""
        with self._lock:
            self.closed = True
            return self._lock.wait_for(lambda: self._open_transactions == 0,
                                       timeout=msecs / 1000)


class _Runnable(QRunnable):
    def __init__(self, func: Callable[[TaskHandle], Any], handle: TaskHandle,
                 ended: Callable[[TaskHandle], None]) -> None:
        super().__init__()
        self.func = func
        self.handle = handle
        self.ended = ended

    def run(self) -> None:
        try:
            result = self.func(self.handle)
        except BaseException as exc:
            if not isinstance(exc, Cancelled):
                log.info("task failed: %s", type(exc).__name__)
            self.handle.failed.emit(exc)
        else:
            self.handle.succeeded.emit(result)
        finally:
            self.ended(self.handle)  # on the worker thread: counted as ended at once
        self.handle.finished.emit()


class TaskRunner:
    def __init__(self, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self.pool = QThreadPool.globalInstance()
        self._live: set[TaskHandle] = set()  # keeps each handle until its signals are delivered
        self._running: set[TaskHandle] = set()  # changed from worker threads: under _lock
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)  # notified when the last task ends
        self.closed = False
        self.gate = WriteGate()

    def run(
        self,
        func: Callable[[TaskHandle], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle()
        if on_success:
            handle.succeeded.connect(self._unless_closed(on_success))
        if on_error:
            handle.failed.connect(self._unless_closed(on_error))
        if on_progress:
            handle.progress.connect(self._unless_closed(on_progress))
        if self.closed:  # quitting: the store is about to close, so nothing new may start
            log.info("task not started: OffMap is closing")
            handle.cancel()
            return handle
        self._live.add(handle)
        handle.finished.connect(lambda: self._live.discard(handle))
        with self._lock:
            self._running.add(handle)
        runnable = _Runnable(func, handle, self._ended)
        if self.synchronous:
            runnable.run()
        else:
            self.pool.start(runnable)
        return handle

    def _unless_closed(self, callback: Callable[..., None]) -> Callable[..., None]:
        """`callback`, skipped once the store is closing (it would act on a closed store)."""
        def deliver(*args: Any) -> None:
            if self.gate.closed:
                log.info("a task's result arrived after OffMap closed its store: ignored")
                return
            callback(*args)
        return deliver

    def open_store(self, like: Store | Path) -> Store:
        """A connection of its own for a task (a connection belongs to one thread), like the
        window's store `like` or of the data folder `like`; its transactions pass the write gate,
        so none begins once OffMap closes the store."""
        from app.services.session import open_store

        if isinstance(like, Path):
            return self.gate.guard(open_store(like))
        if like.backend != "sqlite":
            return self.gate.guard(open_store(like.home, url=like.location))
        key = getattr(like, "key", None)
        store = open_store(like.home, key=key) if key is not None else open_store(like.home)
        return self.gate.guard(store)

    def _ended(self, handle: TaskHandle) -> None:
        with self._idle:
            self._running.discard(handle)
            if not self._running:
                self._idle.notify_all()

    def running(self) -> int:
        with self._lock:
            return len(self._running)

    def cancel_all(self) -> None:
        """Asks every running task to stop at its next check (a letter being sent is finished,
        never cut off half-way)."""
        with self._lock:
            running = list(self._running)
        for handle in running:
            handle.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def wait_idle(self, msecs: int) -> bool:
        """Waits up to `msecs` for every task of this runner to end; True when none runs."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._running, timeout=msecs / 1000)

    def stop(self, msecs: int) -> bool:
        """Cancels what runs and waits up to `msecs` for it to end (the window closing)."""
        self.cancel_all()
        done = self.wait_idle(msecs)
        if not done:
            log.warning("%s task(s) still running %s ms after cancelling", self.running(),
                        msecs)
        return done

    def shutdown(self, msecs: int) -> bool:
        """On quit, before the store closes: starts nothing new from now on, cancels what runs
        and waits up to `msecs` for it. True when every task has ended, so nothing is written
        after the store closes."""
        self.closed = True
        done = self.stop(msecs)
        if not self.gate.close(msecs):
            log.warning("a task's transaction is still open as the store closes")
            return False
        return done
