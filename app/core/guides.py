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


@functools.cache
def load_guide(name: str) -> Guide:
    document = json.loads(resource("guides", f"{name}.json").read_text(encoding="utf-8"))
    sections = tuple(
        GuideSection(key=s["key"], title=s["title"], steps=tuple(s["steps"]),
                     notes=tuple(s.get("notes", [])), sources=tuple(s.get("sources", [])),
                     california_only=bool(s.get("california_only")))
        for s in document["sections"])
    return Guide(read_on=document["read_on"], sections=sections)
