"""Pieces every page shares: the window context, background tasks, messages, translations and
tables."""
