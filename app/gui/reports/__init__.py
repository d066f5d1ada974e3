"""The Reports page."""
