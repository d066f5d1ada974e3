from __future__ import annotations

import pytest

from app.core.clients import clean_phone, display_phone, validate_client
from app.core.errors import ValidationError
from app.core.model import Client


def test_phone_normalised_to_e164():
    assert clean_phone("+1 415 555 0100") == "+14155550100"
    assert clean_phone("(415) 555-0100", "US") == "+14155550100"
    assert clean_phone("030 123456", "DE").startswith("+4930")
    assert display_phone("+14155550100") == "+1 415-555-0100"


@pytest.mark.parametrize("bad", ["12", "abc", "+1 415", "555-010"])
def test_bad_phone_is_refused_with_a_clear_message(bad):
    with pytest.raises(ValidationError, match="phone number"):
        clean_phone(bad)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "needs a name"),
        ("name", "Ana\nDíaz", "single line"),
        ("emails", ["not-an-email"], "not an e-mail"),
        ("state", "ZZ", "not a US state"),
        ("country", "USA", "two-letter country"),
    ],
)
def test_validation_names_the_bad_field(field, value, message):
    client = Client(name="Ana Díaz", state="CA")
    setattr(client, field, value)
    with pytest.raises(ValidationError, match=message):
        validate_client(client)


def test_validate_client_normalises():
    client = validate_client(
        Client(name="  Ana Díaz ", emails=[" ana@example.org", "ana@example.org"],
               phones=["415 555 0100"], state="ca")
    )
    assert client.name == "Ana Díaz"
    assert client.emails == ["ana@example.org"]
    assert client.phones == ["+14155550100"]
    assert (client.state, client.country) == ("CA", "US")


def test_html_in_name_is_kept_as_text():
    client = validate_client(Client(name="<b>Ana</b> & {{ x }}"))
    assert client.name == "<b>Ana</b> & {{ x }}"
