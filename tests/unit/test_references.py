"""Request references: human-typable, unambiguous, normalised when typed back."""

from __future__ import annotations

import random

from app.core.references import ALPHABET, is_reference, make_reference, normalise_reference


def test_shape_and_alphabet():
    reference = make_reference()
    assert is_reference(reference)
    prefix, first, second = reference.split("-")
    assert prefix == "OFM" and len(first) == len(second) == 4
    assert set(first + second) <= set(ALPHABET)
    for ambiguous in "01OILU":
        assert ambiguous not in ALPHABET


def test_many_references_are_distinct():
    rng = random.Random(4)
    refs = {make_reference(rng.choice) for _ in range(5000)}
    assert len(refs) == 5000


def test_typed_forms_normalise():
    assert normalise_reference("ofm 7k3q 9xpd") == "OFM-7K3Q-9XPD"
    assert normalise_reference(" OFM-7K3Q-9XPD ") == "OFM-7K3Q-9XPD"
    assert normalise_reference("7k3q9xpd") == "OFM-7K3Q-9XPD"
    assert is_reference("ofm-7k3q-9xpd")


def test_non_references_are_refused():
    for text in ("", "12", "OFM-7K3Q", "OFM-0000-0000", "hello world", "OFM-7K3Q-9XPDX"):
        assert not is_reference(text), text


def test_every_group_starts_with_a_digit_so_it_never_breaks_at_a_hyphen():
    from app.core.references import GROUP_FIRST

    for _ in range(200):
        reference = make_reference()
        assert all(group[0] in GROUP_FIRST for group in reference.split("-")[1:])
