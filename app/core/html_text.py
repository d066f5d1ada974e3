"""HTML mail as plain text: tags dropped, scripts and styles removed with their content, links
kept as their address, images reduced to their alt text. Nothing is rendered or fetched."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
           "blockquote", "pre", "hr", "section", "article", "header", "footer"}
_SKIPPED = {"script", "style", "head", "title", "noscript", "template", "iframe", "object"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._href: str | None = None
        self.skipping = 0
        self.remote_images = 0
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in _SKIPPED:
            self.skipping += 1
            self.scripts += tag == "script"
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "img":
            if values.get("src", "").lower().startswith(("http:", "https:", "//")):
                self.remote_images += 1
            if values.get("alt"):
                self.parts.append(f"[{values['alt']}]")
        elif tag == "a" and values.get("href", "").lower().startswith(("http:", "https:")):
            self._href = values["href"]
            self.parts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "a" and self._href:
            self.parts.append(f" <{self._href}>")
            self._href = None

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    text = html.unescape("".join(collector.parts))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_risks(markup: str) -> tuple[int, int]:
    """(scripts, remote images) in the markup: shown so the user knows what was not loaded."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return collector.scripts, collector.remote_images
