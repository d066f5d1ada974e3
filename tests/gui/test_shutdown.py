"""Quitting with work in progress (issue 20, item 8): closing the window cancels the running
tasks and waits for them (bounded), nothing new starts once OffMap is closing, and nothing is
written after the store closes. Real worker threads (not the tests' synchronous runner), each
task with its own store connection as the window's tasks have."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.gui.common.tasks import Cancelled
from app.gui.shell import launch, main_window
from app.services.preferences import get_preference, set_preference
from app.store import open_store

KEY = "default_mail_account"  # a declared preference holding an int: the tasks write steps


@pytest.fixture
def live_window(qtbot, home: Path):
    win = launch.build_main_window(home, synchronous_tasks=False, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.ctx.tasks.wait_idle(10_000)  # the start-up queries (deadline badge) have ended
    yield win
    win.ctx.tasks.shutdown(10_000)
    win.ctx.store.close()


class Recorder:
    """What a worker wrote, and when, from its own thread."""

    def __init__(self) -> None:
        self.writes: list[float] = []
        self.cancelled = threading.Event()
        self.ended = threading.Event()


def writing_task(home: Path, recorder: Recorder, pause: float, check: bool):
    def work(handle):
        store = open_store(home)
        try:
            for step in range(1, 1000):
                set_preference(store, KEY, step)
                recorder.writes.append(time.monotonic())
                time.sleep(pause)
                if check:
                    handle.check()
            return None
        except Cancelled:
            recorder.cancelled.set()
            raise
        finally:
            store.close()
            recorder.ended.set()
    return work


def test_closing_cancels_a_long_task_and_nothing_is_written_after_the_store_closes(
        qtbot, live_window, home):
    recorder = Recorder()
    failures: list[BaseException] = []
    live_window.ctx.tasks.run(writing_task(home, recorder, 0.02, check=True),
                              on_error=failures.append)
    qtbot.waitUntil(lambda: len(recorder.writes) >= 3, timeout=5000)
    assert live_window.ctx.tasks.running() == 1

    assert live_window.close()
    assert recorder.cancelled.is_set() and recorder.ended.is_set()  # awaited by closeEvent
    assert live_window.ctx.tasks.running() == 0
    launch.finish(live_window.ctx.store, live_window.ctx.tasks)  # what run_gui does at exit
    closed_at = time.monotonic()
    written = len(recorder.writes)
    time.sleep(0.2)
    assert len(recorder.writes) == written and all(t < closed_at for t in recorder.writes)
    qtbot.wait(100)  # the task's queued "failed" signal is delivered now...
    assert failures == []  # ...but its error callback no longer runs against a closed store

    store = open_store(home)
    try:
        assert get_preference(store, KEY) == written  # the last write is complete, none after
    finally:
        store.close()

    started = threading.Event()
    handle = live_window.ctx.tasks.run(lambda _h: started.set())
    time.sleep(0.1)
    assert handle.cancelled and not started.is_set()  # closing: nothing new starts


def test_a_task_that_ignores_cancel_delays_the_store_close_not_the_window(
        qtbot, live_window, home, monkeypatch):
    monkeypatch.setattr(main_window, "CLOSE_WAIT_MS", 100)
    recorder = Recorder()
    begun = threading.Event()

    def stubborn(_handle):  # checks no cancel flag: works on, then writes once
        begun.set()
        time.sleep(0.8)
        store = open_store(home)
        try:
            set_preference(store, KEY, 1)
            recorder.writes.append(time.monotonic())
        finally:
            store.close()
            recorder.ended.set()

    live_window.ctx.tasks.run(stubborn)
    assert begun.wait(5)
    began = time.monotonic()
    assert live_window.close()
    assert time.monotonic() - began < 0.5  # the window closed after its short wait
    assert not recorder.ended.is_set()

    launch.finish(live_window.ctx.store, live_window.ctx.tasks)  # waits for the task first
    closed_at = time.monotonic()
    assert recorder.ended.is_set()
    assert len(recorder.writes) == 1 and recorder.writes[0] < closed_at


def test_a_task_that_outlives_the_wait_cannot_write_after_the_store_closes(
        qtbot, live_window, home, monkeypatch):
    """The write gate: a task still running when the bounded wait ends finds its store's
    transactions refused, and its callbacks do not run."""
    monkeypatch.setattr(main_window, "CLOSE_WAIT_MS", 50)
    monkeypatch.setattr(launch, "FINISH_WAIT_MS", 50)
    tasks = live_window.ctx.tasks
    begun, release = threading.Event(), threading.Event()
    outcome: list[BaseException | None] = []
    results: list[object] = []

    def late_writer(_handle):  # ignores cancel; writes once it is released
        store = tasks.open_store(live_window.ctx.store)
        try:
            set_preference(store, KEY, 1)
            begun.set()
            release.wait(5)
            try:
                set_preference(store, KEY, 2)
            except Cancelled as exc:
                outcome.append(exc)
                raise
            outcome.append(None)
            return "written"
        finally:
            store.close()

    tasks.run(late_writer, on_success=results.append, on_error=results.append)
    assert begun.wait(5)
    assert live_window.close()
    launch.finish(live_window.ctx.store, tasks)  # gives up waiting after 50 ms
    assert tasks.running() == 1
    release.set()
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=5000)
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)  # the write was refused
    qtbot.wait(100)
    assert results == []  # neither callback ran after the store closed

    store = open_store(home)
    try:
        assert get_preference(store, KEY) == 1
    finally:
        store.close()


def test_the_gate_waits_for_a_transaction_under_way(qtbot, live_window, home):
    """A transaction begun before the store closes ends (committed, whole) before
    `shutdown` returns; none begins after."""
    tasks = live_window.ctx.tasks
    inside, release = threading.Event(), threading.Event()
    committed: list[float] = []

    def slow_transaction(_handle):
        store = tasks.open_store(home)
        try:
            with store.transaction() as conn:
                conn.execute("INSERT INTO preferences (key, value) VALUES (?, ?)",
                             (KEY, "5"))
                inside.set()
                release.wait(5)
            committed.append(time.monotonic())
        finally:
            store.close()

    tasks.run(slow_transaction)
    assert inside.wait(5)
    threading.Timer(0.3, release.set).start()
    assert tasks.shutdown(5000)
    returned = time.monotonic()
    assert committed and committed[0] <= returned
    store = tasks.open_store(home)
    try:
        with pytest.raises(Cancelled), store.transaction():
            pass
    finally:
        store.close()
    live_window.ctx.store.close()
    store = open_store(home)
    try:
        assert get_preference(store, KEY) == 5
    finally:
        store.close()
