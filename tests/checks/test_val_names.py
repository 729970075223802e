"""Specification: two slips of a val read from names written "Namn (parti)" (trial 55, F7:
"Lena Celion (m)" elected both ledamot and ersättare, and "Lars Thomsson (C)" beside "Eva
Nypelius (c)", passed without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2006-11-01
dnr: nej
titel: Val av ledamöter och ersättare i kommunstyrelsen
avsnitt:
  - rubrik: Anförande
    text: Anförande hölls av Eva Nypelius (c).
beslut:
  beslutande: Kommunfullmäktige
  datum: 2006-11-01
  paragraf: KF § 6
  stil: numrerad
  inledning: nej
  punkter:
    - |
      Till ledamöter i kommunstyrelsen väljs:

      - Eva Nypelius (c)
      - Lars Thomsson (c)
      - Lena Celion (m)
      - Brittis Benzler (v)
    - |
      Till ersättare i kommunstyrelsen för samma period väljs:

      - Kjell Skalberg (c)
      - Inger Harlevi (m)
      att i nu nämnd ordning inträda vid förhinder för ordinarie i c-gruppen.

      - Roland Norbäck (v)
      att inträda vid förhinder för Brittis Benzler (v).
    - Till ordförande i kommunstyrelsen väljs Eva Nypelius (c).
justering:
  datum: 2006-11-01
  justerare: [Lena Celion, Björn Jansson]
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The problems of the case, without the folder."""
    case = tmp_path / "val.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_the_trials_val_as_the_protocol_has_it_passes(tmp_path: Path) -> None:
    # (the chair is a ledamot again, and the ledamot stood in for follows "för")
    assert problems(tmp_path, CASE) == []


def test_a_ledamot_elected_ersattare_of_the_same_body_is_warned_about(tmp_path: Path) -> None:
    text = CASE.replace("      - Inger Harlevi (m)\n",
                        "      - Inger Harlevi (m)\n      - Lena Celion (m)\n")
    assert problems(tmp_path, text) == [
        "val.yaml:28:9: varning: 'Lena Celion (m)' väljs både till ledamot (rad 21) och till "
        "ersättare i kommunstyrelsen i samma beslut; en ledamot kan inte vara sin egen "
        "ersättare, rätta namnet eller ta bort det ur den ena listan"]


def test_a_ledamot_of_one_body_may_be_ersattare_of_another(tmp_path: Path) -> None:
    text = CASE.replace("Till ersättare i kommunstyrelsen", "Till ersättare i valnämnden") \
        .replace("      - Inger Harlevi (m)\n",
                 "      - Inger Harlevi (m)\n      - Lena Celion (m)\n")
    assert problems(tmp_path, text) == []


@pytest.mark.parametrize(("old", "new", "where", "written", "usual", "count"), [
    ("Lars Thomsson (c)", "Lars Thomsson (C)", "20:23", "(C)", "(c)", "4 ställen"),
    ("Brittis Benzler (v)\n", "Brittis Benzler (V)\n", "22:25", "(V)", "(v)", "2 ställen"),
])
def test_a_partys_letters_in_two_letter_cases_are_warned_about_once(
        tmp_path: Path, old: str, new: str, where: str, written: str, usual: str,
        count: str) -> None:
    assert problems(tmp_path, CASE.replace(old, new, 1)) == [
        f"val.yaml:{where}: varning: partiet skrivs '{written}' här men '{usual}' på {count}; "
        "skriv partiets bokstäver på samma sätt i hela ärendet"]


def test_brackets_after_no_name_are_no_party(tmp_path: Path) -> None:
    text = CASE.replace("Anförande hölls av Eva Nypelius (c).",
                        "Anförande hölls av Eva Nypelius (c). Se Bilaga (A), punkt (C) och "
                        "enligt Kommunallagen (C).")
    assert problems(tmp_path, text) == []
