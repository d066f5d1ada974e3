"""Work off the GUI thread (after Picard's run_task): a function runs in QThreadPool, its result
or error comes back as a signal on the GUI thread. Workers never touch widgets. Tests use
`TaskRunner(synchronous=True)`, which runs the function at once on the calling thread.

On quit the window cancels running tasks and waits a bounded time for them (`stop`); before the
store closes, `shutdown` refuses new tasks and waits again, so nothing is written after it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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

    def run(
        self,
        func: Callable[[TaskHandle], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle()
        if on_success:
            handle.succeeded.connect(on_success)
        if on_error:
            handle.failed.connect(on_error)
        if on_progress:
            handle.progress.connect(on_progress)
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
        return self.stop(msecs)
