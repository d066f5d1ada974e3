"""The one fold every search compares text with (app.core.folding): accents and case dropped,
the same way for the typed words, the request lists' words, label searches and the directory."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core import directory
from app.core.folding import fold
from app.gui.common.label_search import codes_by_word, folded
from app.services.text_search import search_words

SPANISH_STATUS = {"Opt-out": "Exclusión", "Correct": "Corrección", "Overdue": "Vencida",
                  "Appeal": "Apelación", "Limit": "Limitación"}
LABELS = {"opt-out": "Opt-out", "correct": "Correct", "overdue": "Overdue", "appeal": "Appeal",
          "limit": "Limit"}


@pytest.mark.parametrize(("typed", "shown"), [
    ("jose", "José"), ("josé", "Jose"), ("JOSÉ", "josé"), ("pena", "Peña"), ("peña", "PENA"),
    ("munoz", "Muñoz"), ("canon", "Cañón"), ("hernandez", "Hernández"), ("NUÑEZ", "Núñez"),
    ("gonçalves", "Goncalves"), ("mueller", "MUELLER"), ("müller", "Muller"),
])
def test_accented_and_plain_letters_fold_alike_both_ways(typed: str, shown: str):
    assert fold(typed) == fold(shown)
    assert search_words(typed) == [fold(shown)]


def test_different_letters_stay_different():
    assert fold("peña") != fold("pepa")
    assert fold("año") != fold("ano ")


# Latin text with accents precomposed or not, and letters whose folding is more than a mark.
LATIN_TEXT = st.text(alphabet=st.characters(max_codepoint=0x24F)
                     | st.sampled_from("\u0301\u0303\u0308\u0327\u0345ßﬁǅİıᾼΩ"))


@given(st.one_of(st.text(), LATIN_TEXT))
def test_folding_twice_is_folding_once_and_leaves_no_accent_or_capital(text: str):
    once = fold(text)
    assert fold(once) == once
    assert not any(unicodedata.combining(ch) for ch in once)
    assert once == once.casefold()


@given(st.one_of(st.text(), LATIN_TEXT))
def test_fold_is_nfkd_without_combining_marks_then_casefold(text: str):
    decomposed = unicodedata.normalize("NFKD", text)
    assert fold(text) == "".join(ch for ch in decomposed
                                 if not unicodedata.combining(ch)).casefold()


@pytest.mark.parametrize("typed", ["exclusion", "EXCLUSIÓN", "exclusión", "correccion",
                                   "corrección", "apelacion", "Limitacion"])
def test_spanish_labels_name_their_codes_with_or_without_accents(typed: str):
    named = codes_by_word(typed, LABELS, lambda label: SPANISH_STATUS.get(label, label))
    assert list(named) == search_words(typed)
    assert len(next(iter(named.values()))) == 1


def test_label_and_directory_searches_fold_the_same_way():
    assert folded("  Exclusión  de CPNI ") == "exclusion de cpni"
    assert directory.normalise("Telefónica Móviles") == "telefonica moviles"
    assert directory.normalise("Straße") == "strasse"
