"""Settings → Mail accounts with the real gnome-keyring locked (issue 16, item 8): the window
says the keyring is locked (not missing) and offers to unlock it; a declined unlock says so."""

from __future__ import annotations

import pytest

from tests.integration import test_keyring_locked as base

pytestmark = pytest.mark.integration
locked = base.locked  # the same fixture: lock over D-Bus, unlock again afterwards


def test_settings_shows_locked_and_offers_to_unlock(locked, window, qtbot):
    window.show_page("settings")
    section = window.page("settings").mail_accounts
    section.reload()
    assert section.unlock_button.isVisibleTo(section)
    assert "is locked" in section.keyring.text()
    assert section.unlock_keyring() is False  # declined: says so, stays locked
    assert "still locked" in section.status.text()
    assert section.unlock_button.isVisibleTo(section)
