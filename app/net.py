"""The only place OffMap makes HTTP requests (requests library).

HTTPS with certificate checks, connect/read timeouts, a size cap enforced while streaming, and
redirects followed by hand so that each hop is checked. Plain http:// is accepted only for
127.0.0.1, which the tests use for a local server."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3 import exceptions as urllib3_errors
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from app import __version__
from app.core.errors import OffMapError

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
CHUNK = 64 * 1024
MAX_REDIRECTS = 3
LOOPBACK = "127.0.0.1"
# A server that drips bytes never trips the read timeout (it counts per read): the whole download
# must end by DEADLINE, and after RATE_GRACE it must have averaged at least MIN_RATE.
DEADLINE = 300.0
MIN_RATE = 1024.0  # bytes per second
RATE_GRACE = 15.0
_WATCH_INTERVAL = 0.1


class NetError(OffMapError):
    """A download failed; the message says why and what to do."""


class DownloadCancelled(NetError):
    """The user cancelled the download."""


def check_url(url: str) -> str:
    """Returns the URL when OffMap may fetch it, else raises NetError saying why."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise NetError(
            "'{url}' is not a web address; give an https:// address.",
            url=url)
    if parts.username or parts.password:
        raise NetError("the address must not contain a user name or password.")
    if parts.scheme == "http" and parts.hostname != LOOPBACK:
        raise NetError(
            "'{url}' is not secure (http); OffMap only downloads over https:// (plain http is "
            "allowed for 127.0.0.1 in tests only).",
            url=url)
    return url


class _Watchdog(threading.Thread):
    """Ends a download that runs past its deadline, falls below the minimum rate, or is
    cancelled, even while a read is blocked: it shuts the connection's socket down."""

    def __init__(self, host: str, deadline: float, min_rate: float, grace: float,
                 cancelled: Callable[[], bool] | None) -> None:
        super().__init__(name="offmap-download-watchdog", daemon=True)
        self.host, self.deadline, self.min_rate, self.grace = host, deadline, min_rate, grace
        self.cancelled = cancelled
        self.started_at = time.monotonic()
        self.received = 0
        self.reason: NetError | None = None
        self.sockets: list[socket.socket] = []
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(_WATCH_INTERVAL):
            self.reason = self.check()
            if self.reason is not None:
                self._abort()
                return

    def check(self) -> NetError | None:
        if self.reason is not None:
            return self.reason
        if self.cancelled and self.cancelled():
            return DownloadCancelled("the download was cancelled; nothing was changed.")
        elapsed = time.monotonic() - self.started_at
        if elapsed > self.deadline:
            return NetError(
                "the download from {host} took longer than {seconds:.0f} seconds and was "
                "stopped; nothing was changed. Try again later or on a faster connection.",
                host=self.host, seconds=self.deadline)
        if elapsed > self.grace and self.received / elapsed < self.min_rate:
            return NetError(
                "{host} is sending too slowly ({count:,} bytes in {seconds:.0f} seconds, less "
                "than {min_rate:,.0f} bytes a second), so the download was stopped; nothing was "
                "changed. Try again later.",
                host=self.host, count=self.received, seconds=elapsed, min_rate=self.min_rate)
        return None

    def _abort(self) -> None:
        for sock in list(self.sockets):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._done.set()


def _watched_adapter(watchdog: _Watchdog) -> HTTPAdapter:
    """An adapter whose connections the watchdog can shut down."""
    def tracked(base: type) -> type:
        class Pool(base):
            def _new_conn(self):
                connection = super()._new_conn()
                connect = connection.connect

                def connect_and_track() -> None:
                    connect()
                    # Kept apart: http.client drops conn.sock once a response owns it.
                    watchdog.sockets.append(connection.sock)

                connection.connect = connect_and_track
                return connection
        return Pool

    adapter = HTTPAdapter(max_retries=0)
    adapter.poolmanager.pool_classes_by_scheme = {
        "http": tracked(HTTPConnectionPool), "https": tracked(HTTPSConnectionPool)}
    return adapter


def _session(url: str) -> requests.Session:
    session = requests.Session()
    session.verify = True
    session.headers["User-Agent"] = f"OffMap/{__version__}"
    session.headers["Accept-Encoding"] = "identity"
    if urlsplit(url).hostname == LOOPBACK:
        session.trust_env = False  # no proxy between us and the local test server
    return session


def _explain(exc: requests.RequestException, url: str) -> NetError:
    host = urlsplit(url).hostname or url
    if isinstance(exc, requests.exceptions.SSLError):
        return NetError(
            "the secure connection to {host} could not be verified (certificate problem); nothing "
            "was downloaded. Check the address and the computer's date.",
            host=host)
    if isinstance(exc, requests.exceptions.Timeout):
        return NetError(
            "{host} did not answer in time; check the connection and try again.",
            host=host)
    cut_off = requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError
    if isinstance(exc, cut_off):
        return NetError(
            "the download from {host} was cut off before the end; try again.",
            host=host)
    if isinstance(exc, requests.exceptions.ConnectionError):
        return NetError(
            "cannot connect to {host}; check the address and the connection.",
            host=host)
    return NetError(
        "the download from {host} failed ({name}); try again.",
        host=host, name=type(exc).__name__)


def download(url: str, max_bytes: int,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None, *,
             deadline: float | None = None, min_rate: float | None = None,
             grace: float | None = None) -> bytes:
    """The body at `url`, at most `max_bytes` long, within `deadline` seconds and at least
    `min_rate` bytes a second once `grace` seconds have passed (module defaults when None).
    Raises NetError (too large, cut off, too slow, HTTP error, certificate, timeout) or
    DownloadCancelled."""
    url = check_url(url)
    watchdog = _Watchdog(urlsplit(url).hostname or url,
                         DEADLINE if deadline is None else deadline,
                         MIN_RATE if min_rate is None else min_rate,
                         RATE_GRACE if grace is None else grace, cancelled)
    session = _session(url)
    adapter = _watched_adapter(watchdog)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    watchdog.start()
    try:
        return _fetch(session, url, max_bytes, progress, watchdog)
    except NetError as exc:
        stopped = watchdog.check()  # a shut-down socket shows up as "cut off": say why
        if stopped is None:
            raise
        raise stopped from exc
    except requests.RequestException as exc:
        raise (watchdog.check() or _explain(exc, url)) from exc
    finally:
        watchdog.stop()
        session.close()


def _fetch(session: requests.Session, url: str, max_bytes: int,
           progress: Callable[[int, int], None] | None, watchdog: _Watchdog) -> bytes:
    for _hop in range(MAX_REDIRECTS + 1):
        response = session.get(url, stream=True, allow_redirects=False,
                               timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))
        if response.is_redirect:
            target = urljoin(url, response.headers.get("Location", ""))
            response.close()
            if urlsplit(url).scheme == "https" and urlsplit(target).scheme != "https":
                raise NetError("the server redirected to an insecure (http) address; "
                               "nothing was downloaded.")
            url = check_url(target)
            continue
        with response:
            return _body(response, url, max_bytes, progress, watchdog)
    raise NetError(
        "too many redirects (more than {max_redirects}); check the address.",
        max_redirects=MAX_REDIRECTS)


def _chunks(response: requests.Response) -> Iterator[bytes]:
    """What has arrived, as soon as it arrives (read1 does not wait for a full chunk, so the
    rate and the cancel are seen while a server drips)."""
    raw = response.raw
    while True:
        chunk = raw.read1(CHUNK)
        if not chunk:
            return
        yield chunk


def _body(response: requests.Response, url: str, max_bytes: int,
          progress: Callable[[int, int], None] | None, watchdog: _Watchdog) -> bytes:
    host = urlsplit(url).hostname
    if response.status_code != 200:
        raise NetError(
            "{host} answered HTTP {status_code}; check the address.",
            host=host, status_code=response.status_code)
    declared = response.headers.get("Content-Length")
    expected = int(declared) if declared and declared.isdigit() else None
    if expected is not None and expected > max_bytes:
        raise NetError(
            "the file at {host} is {expected:,} bytes, more than the {max_bytes:,}-byte limit; "
            "nothing was saved.",
            host=host, expected=expected, max_bytes=max_bytes)
    received = bytearray()
    try:
        for chunk in _chunks(response):
            stopped = watchdog.check()
            if stopped is not None:
                raise stopped
            received += chunk
            watchdog.received = len(received)
            if len(received) > max_bytes:
                raise NetError(
                    "the file at {host} is more than the {max_bytes:,}-byte limit; nothing was "
                    "saved.",
                    host=host, max_bytes=max_bytes)
            if progress:
                progress(len(received), expected or 0)
    except (OSError, urllib3_errors.HTTPError) as exc:
        timed_out = isinstance(exc, (urllib3_errors.ReadTimeoutError, TimeoutError))
        as_requests = requests.exceptions.Timeout(exc) if timed_out else \
            requests.exceptions.ChunkedEncodingError(exc)
        raise (watchdog.check() or _explain(as_requests, url)) from exc
    if expected is not None and len(received) != expected:
        raise NetError(
            "the download from {host} was cut off ({count:,} of {expected:,} bytes); try again.",
            host=host, count=len(received), expected=expected)
    log.info("downloaded %d bytes", len(received))
    return bytes(received)
