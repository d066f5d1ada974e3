"""Errors a person can act on. Their message is shown as is, so it says what to do."""

from typing import Any

from app.core.text import Text


class OffMapError(Exception):
    """Base for errors whose message is written for the user: an English template and its values
    (see app.core.text), so the interface can show it in the user's language."""

    def __init__(self, message: str = "", /, **values: Any) -> None:
        self.text = message if isinstance(message, Text) and not values else \
            Text(message, **values)
        super().__init__(self.text)


class ValidationError(OffMapError):
    """Input the user gave is not acceptable."""


class NotFoundError(OffMapError):
    """A record the user named does not exist."""
