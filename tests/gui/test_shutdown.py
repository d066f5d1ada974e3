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

KEY = "test.shutdown.writes"


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
    qtbot.waitUntil(lambda: bool(failures), timeout=2000)
    assert isinstance(failures[0], Cancelled)  # the cancel reached the task's own error path

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
