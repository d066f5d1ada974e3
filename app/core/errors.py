"""Errors a person can act on. Their message is shown as is, so it says what to do."""


class OffMapError(Exception):
    """Base for errors whose message is written for the user."""


class ValidationError(OffMapError):
    """Input the user gave is not acceptable."""


class NotFoundError(OffMapError):
    """A record the user named does not exist."""
