"""Specification of generator.case.models where a key refuses a value of the wrong sort with
a message for the secretary."""

from __future__ import annotations

import pytest

from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes

PATH = "x.yaml"
EXTRACT = """\
dokumenttyp: beslut
datum: 2007-02-27
dnr: KS2007/0047-25
titel: Förvärv enligt förköpslagen Österby 1:7
beslut:
  beslutande: Kommunstyrelsen
  datum: 2007-02-22
  paragraf: KS § 34
  punkter:
    - utöva förköp vid försäljning av fastigheten Gotland Visby Österby 1:7.
justering:
  signaturrader: ja
  ordforande: {chair}
"""
NAME_IT = ("x.yaml:13:15: 'ordforande': här står ordförandens namn, inte ja eller nej; skriv "
           "namnet, t.ex. ordforande: Dag Dahl (S), eller ordforande: \"\" för raden "
           "'Ordförandes signatur' utan namn")
LEAVE_IT = ("x.yaml:13:15: 'ordforande': här står ordförandens namn, inte ja eller nej; ta bort "
            "raden om utdraget inte ska ha ordförandens signatur, annars skriv namnet, t.ex. "
            "ordforande: Dag Dahl (S)")


def messages(chair: str) -> list[str]:
    """What validation says of the extract with this `ordforande`."""
    loaded = load_yaml_bytes(EXTRACT.format(chair=chair).encode(), PATH)
    return [problem.format() for problem in validate_model(Case, loaded, PATH)[1]]


@pytest.mark.parametrize(("chair", "said"), [
    ("ja", NAME_IT), ("Ja", NAME_IT), ("true", NAME_IT), ("yes", NAME_IT),
    ("nej", LEAVE_IT), ("false", LEAVE_IT),
])
def test_a_yes_or_no_is_no_chairmans_name(chair: str, said: str) -> None:
    """Trial 98, F6: 'ordforande: ja' printed "ja" under the line 'Ordförandes signatur',
    and 'true' was to be quoted, to print "true"."""
    assert messages(chair) == [said]


@pytest.mark.parametrize("chair", ['Dag Dahl (S)', '""', "Jan Nejman"])
def test_a_name_or_a_blank_is_a_chairman(chair: str) -> None:
    assert messages(chair) == []
