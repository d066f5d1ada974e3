"""Guides shipped as data (resources/guides/*.json): steps with the sources they were read from.
Pure: reads resources only."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any

from app.core.resources import resource


@dataclass(frozen=True)
class GuideSection:
    key: str
    title: str
    steps: tuple[str, ...]
    notes: tuple[str, ...] = ()
    sources: tuple[dict[str, Any], ...] = ()
    california_only: bool = False


@dataclass(frozen=True)
class Guide:
    read_on: str
    sections: tuple[GuideSection, ...] = field(default_factory=tuple)

    def section(self, key: str) -> GuideSection:
        return next(s for s in self.sections if s.key == key)


GUIDE_LANGUAGES = ("en", "es")


def _in(section: dict[str, Any], field_name: str, language: str) -> Any:
    """A section's text in `language` (its `_es` field beside the English one), English when
    the data has no translation of that field."""
    if language != "en" and f"{field_name}_{language}" in section:
        return section[f"{field_name}_{language}"]
    return section.get(field_name, [] if field_name != "title" else "")


@functools.cache
def load_guide(name: str, language: str = "en") -> Guide:
    """The guide with its text in `language` (en or es); sources stay as they were read."""
    document = json.loads(resource("guides", f"{name}.json").read_text(encoding="utf-8"))
    sections = tuple(
        GuideSection(key=s["key"], title=_in(s, "title", language),
                     steps=tuple(_in(s, "steps", language)),
                     notes=tuple(_in(s, "notes", language)),
                     sources=tuple(s.get("sources", [])),
                     california_only=bool(s.get("california_only")))
        for s in document["sections"])
    return Guide(read_on=document["read_on"], sections=sections)
