"""Settings > Clinic: the profile is validated next to the form and saved in preferences."""

from __future__ import annotations

from app.services import clinic as clinic_service


def test_clinic_profile_saved_from_settings(window):
    section = window.page("settings").clinic
    section.as_agent.setChecked(True)
    section.name.setText("Bay Privacy Clinic")
    assert not section.save()
    assert not section.error.isHidden() and "staff member" in section.error.text()
    assert not clinic_service.get_profile(window.ctx.store).is_agent

    section.staff.setText("Rosa Staff")
    section.email.setText("help@clinic.example.org")
    assert section.save()
    assert section.error.isHidden()
    profile = clinic_service.get_profile(window.ctx.store)
    assert (profile.name, profile.staff, profile.mode) == ("Bay Privacy Clinic", "Rosa Staff",
                                                           "agent")
    section.as_client.setChecked(True)
    assert section.save()
    assert clinic_service.get_profile(window.ctx.store).mode == "client"


def test_a_clinic_records_consent_at_intake(window):
    from app.core.clinic import ClinicProfile
    from app.gui.clients.client_dialog import ClientDialog

    page = window.page("clients")
    assert not page.consent_required()
    clinic_service.save_profile(window.ctx.store, ClinicProfile(name="Bay Privacy Clinic"))
    assert page.consent_required()
    dialog = ClientDialog(parent=page, require_consent=True)
    dialog.name.setText("New Person")
    dialog.accept()
    assert dialog.result_client is None
    assert "consent" in dialog.error.text()
    dialog.consent.setChecked(True)
    dialog.accept()
    assert dialog.result_client is not None and dialog.result_client.consent_on
