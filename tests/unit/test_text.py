"""Texts: English strings that remember their template, so the interface can translate them."""

from __future__ import annotations

import copy
import pickle

from app.core.errors import OffMapError, ValidationError
from app.core.text import Text, join_list, localized

SPANISH = {
    "the folder {folder} does not exist": "la carpeta {folder} no existe",
    "{reason}; try again": "{reason}; inténtelo de nuevo",
    "no password is stored": "no hay contraseña guardada",
    "by post": "por correo postal",
    "through its web form": "por su formulario web",
    "{count:,} rows": "{count:,} filas",
}


def spanish(template: str) -> str:
    return SPANISH.get(template, template)


def test_a_text_is_its_english_string():
    text = Text("the folder {folder} does not exist", folder="/tmp/x")
    assert text == "the folder /tmp/x does not exist"
    assert isinstance(text, str) and text.template == "the folder {folder} does not exist"
    assert str(text) == text and f"{text}!" == "the folder /tmp/x does not exist!"


def test_localized_translates_the_template_and_keeps_the_values():
    text = Text("the folder {folder} does not exist", folder="C:\\Users\\Ana {x}")
    assert localized(text, spanish) == "la carpeta C:\\Users\\Ana {x} no existe"
    assert localized(Text("{count:,} rows", count=12345), spanish) == "12,345 filas"


def test_nested_texts_and_lists_are_translated_item_by_item():
    inner = Text("no password is stored")
    outer = Text("{reason}; try again", reason=inner)
    assert localized(outer, spanish) == "no hay contraseña guardada; inténtelo de nuevo"
    ways = join_list([Text("through its web form"), Text("by post"), "AT&T's portal"], " or ")
    assert ways == "through its web form or by post or AT&T's portal"
    assert localized(ways, spanish) == "por su formulario web or por correo postal or AT&T's portal"


def test_a_text_without_values_is_literal():
    text = Text("a name with {braces} and {{doubles}}")
    assert text == "a name with {braces} and {{doubles}}"
    assert localized(text, lambda template: "") == text  # an empty translation is not used


def test_a_translation_that_does_not_fit_falls_back_to_english():
    text = Text("the folder {folder} does not exist", folder="/x")
    assert localized(text, lambda template: "la carpeta {carpeta} no existe") == text
    assert localized(text, lambda template: "la carpeta {folder") == text
    assert localized("plain string", spanish) == "plain string"


def test_errors_carry_their_text_and_print_english():
    exc = ValidationError("the folder {folder} does not exist", folder="/x")
    assert str(exc) == "the folder /x does not exist" and exc.args == (exc.text,)
    assert localized(exc.text, spanish) == "la carpeta /x no existe"
    wrapped = OffMapError("{reason}; try again", reason=exc)
    assert localized(wrapped.text, spanish) == "la carpeta /x no existe; inténtelo de nuevo"
    assert str(OffMapError("100% {sure}")) == "100% {sure}"
    assert OffMapError().text == ""


def test_texts_survive_pickling_and_copying():
    text = Text("{reason}; try again", reason=join_list([Text("by post")]))
    for again in (pickle.loads(pickle.dumps(text)), copy.deepcopy(text)):
        assert again == text and localized(again, spanish) == \
            "por correo postal; inténtelo de nuevo"
    exc = pickle.loads(pickle.dumps(ValidationError("the folder {folder} does not exist",
                                                    folder="/x")))
    assert str(exc) == "the folder /x does not exist"
