"""Service functions the window uses instead of reaching into the store (the CLI can call them
too)."""

from __future__ import annotations

from app.services import preferences as preference_service


def test_stored_language_defaults_to_system_then_reads_the_choice(store):
    assert preference_service.stored_language(store) == "system"
    preference_service.set_setting(store, "language", "es")
    assert preference_service.stored_language(store) == "es"
    assert preference_service.stored_language(store.conn) == "es"
