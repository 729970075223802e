"""The letterhead's kind label and sender lines."""

from __future__ import annotations

from generator.render.letterhead import kind_label, sender_lines


def test_every_kind_has_a_printed_label() -> None:
    assert kind_label("tjansteskrivelse") == "Tjänsteskrivelse"
    assert kind_label("beslut_per_capsulam") == "Beslut per capsulam"


def test_the_sender_lines_never_lose_the_organisation_name() -> None:
    own = ("Hälso- och sjukvårdsförvaltningen", "Enheten för ledningsstöd")
    assert sender_lines(own, "Region Dalarna") == ("Region Dalarna", *own)


def test_lines_that_already_name_the_organisation_are_kept() -> None:
    own = ("Region Dalarna", "Hälso- och sjukvårdsförvaltningen")
    assert sender_lines(own, "Region Dalarna") == own


def test_the_profile_lines_stand_in_when_the_case_has_none() -> None:
    assert sender_lines((), "Region X", ("Region X", "Staben")) == ("Region X", "Staben")
    assert sender_lines(("Enheten",), None) == ("Enheten",)
