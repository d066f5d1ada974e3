"""Request references such as "OFM-7K3Q-9XPD": unique, short, and easy to read aloud or type
from a printed letter (no 0/O, 1/I/L or U), so a reply can be matched to its request."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
# Each group starts with a digit: Unicode line breaking never breaks between a hyphen and a digit
# (UAX #14, LB25), so a printed reference stays on one line and text extraction (which drops
# a hyphen at a line end) reads it whole.
GROUP_FIRST = "23456789"
PREFIX = "OFM"
GROUPS = 2
GROUP_SIZE = 4
_SHAPE = re.compile(rf"^{PREFIX}(?:-[{ALPHABET}]{{{GROUP_SIZE}}}){{{GROUPS}}}$")


def make_reference(choice: Callable[[str], str] = secrets.choice) -> str:
    groups = (
        choice(GROUP_FIRST) + "".join(choice(ALPHABET) for _ in range(GROUP_SIZE - 1))
        for _ in range(GROUPS)
    )
    return "-".join((PREFIX, *groups))


def normalise_reference(text: str) -> str:
    """Upper-cases and re-inserts dashes: 'ofm 7k3q9xpd' -> 'OFM-7K3Q-9XPD'. Characters the
    alphabet never uses are left as typed (so a mistyped reference simply does not match)."""
    compact = re.sub(r"[\s\-_.]", "", (text or "").upper())
    if compact.startswith(PREFIX):
        compact = compact[len(PREFIX):]
    if len(compact) != GROUPS * GROUP_SIZE:
        return (text or "").strip().upper()
    parts = [compact[i:i + GROUP_SIZE] for i in range(0, len(compact), GROUP_SIZE)]
    return "-".join((PREFIX, *parts))


def is_reference(text: str) -> bool:
    return bool(_SHAPE.match(normalise_reference(text)))
