"""Which addresses OffMap agrees to fetch."""

from __future__ import annotations

import pytest

from app import net


@pytest.mark.parametrize("url", [
    "https://example.org/directory.json",
    "http://127.0.0.1:8080/companies.json",
])
def test_allowed(url):
    assert net.check_url(url) == url


@pytest.mark.parametrize("url, message", [
    ("http://example.org/d.json", "not secure"),
    ("http://localhost/d.json", "not secure"),
    ("http://127.0.0.2/d.json", "not secure"),
    ("ftp://example.org/d.json", "not a web address"),
    ("file:///etc/passwd", "not a web address"),
    ("https://user:pw@example.org/d.json", "user name or password"),
    ("", "not a web address"),
])
def test_refused(url, message):
    with pytest.raises(net.NetError, match=message):
        net.check_url(url)
