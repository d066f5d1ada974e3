"""The only place OffMap makes HTTP requests (requests library).

HTTPS with certificate checks, connect/read timeouts, a size cap enforced while streaming, and
redirects followed by hand so that each hop is checked. Plain http:// is accepted only for
127.0.0.1, which the tests use for a local server."""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import requests

from app import __version__
from app.core.errors import OffMapError

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
CHUNK = 64 * 1024
MAX_REDIRECTS = 3
LOOPBACK = "127.0.0.1"


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
             cancelled: Callable[[], bool] | None = None) -> bytes:
    """The body at `url`, at most `max_bytes` long. Raises NetError (too large, cut off,
    HTTP error, certificate, timeout) or DownloadCancelled."""
    url = check_url(url)
    session = _session(url)
    try:
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
                return _body(response, url, max_bytes, progress, cancelled)
        raise NetError(
            "too many redirects (more than {max_redirects}); check the address.",
            max_redirects=MAX_REDIRECTS)
    except requests.RequestException as exc:
        raise _explain(exc, url) from exc
    finally:
        session.close()


def _body(response: requests.Response, url: str, max_bytes: int,
          progress: Callable[[int, int], None] | None,
          cancelled: Callable[[], bool] | None) -> bytes:
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
    for chunk in response.iter_content(CHUNK):
        if cancelled and cancelled():
            raise DownloadCancelled("the download was cancelled; nothing was changed.")
        received += chunk
        if len(received) > max_bytes:
            raise NetError(
                "the file at {host} is more than the {max_bytes:,}-byte limit; nothing was saved.",
                host=host, max_bytes=max_bytes)
        if progress:
            progress(len(received), expected or 0)
    if expected is not None and len(received) != expected:
        raise NetError(
            "the download from {host} was cut off ({count:,} of {expected:,} bytes); try again.",
            host=host, count=len(received), expected=expected)
    log.info("downloaded %d bytes", len(received))
    return bytes(received)
