"""Work off the GUI thread (after Picard's run_task): a function runs in QThreadPool, its result
or error comes back as a signal on the GUI thread. Workers never touch widgets. Tests use
`TaskRunner(synchronous=True)`, which runs the function at once on the calling thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("app.gui.tasks")


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
    def __init__(self, func: Callable[[TaskHandle], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.func = func
        self.handle = handle

    def run(self) -> None:
        try:
            result = self.func(self.handle)
        except BaseException as exc:
            if not isinstance(exc, Cancelled):
                log.info("task failed: %s", type(exc).__name__)
            self.handle.failed.emit(exc)
        else:
            self.handle.succeeded.emit(result)
        self.handle.finished.emit()


class TaskRunner:
    def __init__(self, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self.pool = QThreadPool.globalInstance()
        self._live: set[TaskHandle] = set()

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
        self._live.add(handle)
        handle.finished.connect(lambda: self._live.discard(handle))
        runnable = _Runnable(func, handle)
        if self.synchronous:
            runnable.run()
        else:
            self.pool.start(runnable)
        return handle

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
