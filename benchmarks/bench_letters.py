"""Batch letters to PDF, time per PDF page as a ratio to rendering the same HTML straight through
QTextDocument -> QPdfWriter in the same run, and 500 letters in a row without memory growth
(resident memory after 500 letters at most GROWTH_LIMIT_KB above what it was after 100).
Targets (issue 12; first bar / goal): per-page ratio <= 1.3 / 1.1.

OffMap's path per letter: load the request, client, company and law, compute the due date,
render the template, lay the HTML out and write the PDF. The baseline gets the finished HTML and
only lays it out and writes it, like for like: the same page size, margins, resolution, font
and paginated layout as OffMap's writer. It excludes the store reads, the template, the
paragraph-keeping pass and the PDF metadata. Both are divided by the pages they wrote."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

BATCH = int(os.environ.get("OFFMAP_BENCH_LETTERS", "60"))
ROUNDS = int(os.environ.get("OFFMAP_BENCH_ROUNDS", "7"))
MEMORY_LETTERS = 500
WARM_LETTERS = 100
TARGET_RATIO = 1.3
GOAL_RATIO = 1.1
GROWTH_LIMIT_KB = 8 * 1024
COMPANIES = ["att", "verizon", "t-mobile", "kochava", "venntel", "google", "life360", "strava"]
STATES = ["CA", "CO", "VA", "TX", "OR", "NJ"]


def _store(home: Path, letters: int):
    from app.core.model import Client
    from app.services import clients as client_service
    from app.services import requests as request_service
    from app.store import open_store

    store = open_store(home)
    existing = [r.id for r in request_service.list_requests(store)]
    if len(existing) >= letters:
        return store, existing[:letters]
    ids = list(existing)
    index = len(ids)
    while len(ids) < letters:
        client = client_service.add_client(store, Client(
            name=f"Client {index}", emails=[f"client{index}@example.org"],
            phones=[f"+1 415 555 {index % 10000:04d}"], state=STATES[index % len(STATES)],
            address=f"{index} Main St\nSan Francisco, CA 94110"))
        for slug in COMPANIES[: min(len(COMPANIES), letters - len(ids))]:
            ids.append(request_service.new_request(store, client.id, slug, "delete").id)
        index += 1
    return store, ids[:letters]


def _baseline_pdf(html: str, page_size: str) -> bytes:
    """The same HTML straight through QTextDocument and QPdfWriter with the same page setup,
    resolution and font as app.render.pdf, nothing else."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from app.render.pdf import MARGIN_MM, PAGE_SIZES, RESOLUTION, letter_font

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(
        QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.Letter)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(letter_font())
    document.setDocumentMargin(0)
    document.setHtml(html)
    paint = writer.pageLayout().paintRectPoints()
    document.setPageSize(QSizeF(paint.width() * 96 / 72, paint.height() * 96 / 72))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def _pages(pdf: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def _rss_kb() -> int:
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError):
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def run(workdir: Path) -> dict:
    import gc

    from app.core.letters import letter_html
    from app.render.qt import ensure_gui_application
    from app.services import letters as letter_service

    ensure_gui_application()
    store, ids = _store(workdir / "home", MEMORY_LETTERS)
    try:
        batch = ids[:BATCH]
        letters = [letter_service.compose(store, request_id) for request_id in batch]
        pages = [(letter_html(letter, for_print=True), letter.page_size) for letter in letters]

        def offmap() -> float:
            started = time.perf_counter()
            for request_id in batch:
                letter_service.render_letter(store, request_id, "pdf")
            return time.perf_counter() - started

        def baseline() -> float:
            started = time.perf_counter()
            for html, size in pages:
                _baseline_pdf(html, size)
            return time.perf_counter() - started

        offmap()  # warm caches (laws, templates, fonts) for both paths
        baseline()
        our_pages = sum(_pages(letter_service.render_letter(store, i, "pdf")) for i in batch)
        their_pages = sum(_pages(_baseline_pdf(html, size)) for html, size in pages)
        ours, theirs = [], []
        for _ in range(ROUNDS):  # interleaved, so machine load drift hits both alike
            ours.append(offmap())
            theirs.append(baseline())
        ratio = ((statistics.median(ours) / our_pages)
                 / (statistics.median(theirs) / their_pages))

        gc.collect()
        rss = {}
        for count, request_id in enumerate(ids, 1):
            letter_service.render_letter(store, request_id, "pdf")
            if count in (WARM_LETTERS, MEMORY_LETTERS):
                gc.collect()
                rss[count] = _rss_kb()
        growth = rss[MEMORY_LETTERS] - rss[WARM_LETTERS]
    finally:
        store.close()
    return {
        "letters_per_round": BATCH,
        "rounds": ROUNDS,
        "seconds_offmap": {"min": round(min(ours), 4), "median": round(statistics.median(ours), 4),
                           "max": round(max(ours), 4)},
        "seconds_baseline": {"min": round(min(theirs), 4),
                             "median": round(statistics.median(theirs), 4),
                             "max": round(max(theirs), 4)},
        "pages_offmap": our_pages,
        "pages_baseline": their_pages,
        "pdf_ratio_per_page": round(ratio, 3),
        "rss_kb_after_100": rss[WARM_LETTERS],
        "rss_kb_after_500": rss[MEMORY_LETTERS],
        "memory_growth_kb": growth,
        "targets": {"pdf_ratio_per_page": {"first_bar": TARGET_RATIO, "goal": GOAL_RATIO},
                    "memory_growth_kb": GROWTH_LIMIT_KB},
        "goal_met": ratio <= GOAL_RATIO,
        "pass": ratio <= TARGET_RATIO and growth <= GROWTH_LIMIT_KB,
    }
