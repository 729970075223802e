"""Specification: the amount limits a riktlinjer decision sets in its points (trial 55,
Kungl. Musikhögskolan's "Representation").

* F5: a point names a table row in its own word order ("förtäring vid personalfest och
  motsvarande" for the row "Personalfest och motsvarande, förtäring"): that is naming it,
  so its amount, equal to that row's, passes; a point that names another thing is still
  warned about.
* F6: an amount in a point that no figure is near ("gåvor … högst 500 kr per år" beside
  the row's 450 kr: 11 % apart, no digit slip) is a new limit the decision sets: a warning
  that leads with how to name it under `belopp:`, offering no unrelated row; an amount a
  slip explains is still an error offering the figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.row_names import names_row

CASE = """\
dokumenttyp: beslut
avsandare: [Kungl. Musikhögskolan]
datum: 2024-03-01
dnr: nej
titel: Beloppsgränser för representation
beslut:
  beslutande: Rektor
  punkter:
    - extern representation får kosta högst 450 kr per person och tillfälle.
    - POINT
avsnitt:
  - rubrik: Beloppsgränser
    tabell: granser
tabeller:
  - namn: granser
    totalt: false
    kolumner:
      - {namn: tillfalle, rubrik: Tillfälle}
      - {namn: belopp, rubrik: "Belopp (kr per person)", typ: belopp}
    rader:
      - {tillfalle: Extern representation, belopp: 450}
      - {tillfalle: "Personalfest och motsvarande, förtäring", belopp: 320}
"""


def problems(tmp_path: Path, point: str) -> list[str]:
    """The problems of the case with the given second point, without the folder."""
    case = tmp_path / "rep.yaml"
    case.write_text(CASE.replace("POINT", point), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


@pytest.mark.parametrize("point", [
    "förtäring vid personalfest och motsvarande får kosta högst 320 kr per person.",
    "personalfest och motsvarande, förtäring, högst 320 kr per person.",
    "vid personalfester och motsvarande får förtäringen kosta högst 320 kr per person.",
])
def test_a_point_naming_the_row_in_its_own_word_order_passes(
        tmp_path: Path, point: str) -> None:
    assert problems(tmp_path, point) == []


def test_a_point_naming_another_thing_is_still_warned_about(tmp_path: Path) -> None:
    point = "förtäring vid julbord får kosta högst 320 kr per person."
    assert problems(tmp_path, point) == [
        "rep.yaml:10:45: varning: beloppet '320 kr' i beslutet finns i tabellerna bara på "
        "raden 'Personalfest och motsvarande, förtäring', som punkten inte nämner; menar "
        "punkten det beloppet, hänvisa till det med {{ tabeller.granser.rader[1].belopp }}, "
        "och är det ett annat belopp som bara råkar vara lika, lägg till 'belopp:' och under "
        "den en rad med ett namn du väljer, t.ex. 'ram: 320', och i punkten {{ belopp.ram }}"]


def test_a_new_limit_far_from_every_figure_is_a_warning_to_name_it(tmp_path: Path) -> None:
    point = "gåvor till anställda får kosta högst 500 kr per år inklusive moms."
    assert problems(tmp_path, point) == [
        "rep.yaml:10:44: varning: beloppet '500 kr' i beslutet räknas inte ut ur ärendets "
        "tabeller; är det ett belopp som ärendet anger, lägg till 'belopp:' och under den en "
        "rad med ett namn du väljer, t.ex. 'ram: 500', och i punkten {{ belopp.ram }}"]


def test_a_new_limit_named_under_belopp_passes(tmp_path: Path) -> None:
    point = "gåvor till anställda får kosta högst {{ belopp.gava }} per år inklusive moms."
    case = tmp_path / "rep.yaml"
    case.write_text(CASE.replace("POINT", point) + "belopp:\n  gava: 500\n", encoding="utf-8")
    result = Pipeline().build(case)
    assert result.problems == []
    assert "högst 500\u00a0kr per år" in result.files["rep.md"].decode("utf-8")


@pytest.mark.parametrize(("amount", "figure", "row"), [
    ("460 kr", " (närmast: 450", "[0]"),  # (one digit changed)
    ("302 kr", ", men med två siffror omkastade stämmer det med 320", "[1]"),  # (trial 77, F11)
    ("330 kr", " (närmast: 320", "[1]"),  # (one digit changed)
])
def test_an_amount_a_slip_explains_is_an_error_offering_the_figure(
        tmp_path: Path, amount: str, figure: str, row: str) -> None:
    found = problems(tmp_path, f"gåvor till anställda får kosta högst {amount} per år.")
    assert len(found) == 1
    assert found[0].startswith(f"rep.yaml:10:44: beloppet '{amount}' i beslutet finns inte "
                               f"i tabellerna{figure}\u00a0kr på raden ")
    assert f"{{{{ tabeller.granser.rader{row}.belopp }}}}" in found[0]


@pytest.mark.parametrize(("text", "label", "named"), [
    ("förtäring vid personalfest och motsvarande", "Personalfest och motsvarande, förtäring",
     True),
    ("bevilja Brokyrkans Unga 7 000 kr", "Brokyrkans Unga (Nys-Rud SMU)", True),
    ("personalfesten", "Personalfest", True),
    ("förtäring vid julbord", "Personalfest och motsvarande, förtäring", False),
    ("reservera 7 000 kr till Svartå Folkets hus", "Brokyrkans Unga (Nys-Rud SMU)", False),
    ("extern representation", "Intern representation", False),
])
def test_a_row_is_named_by_its_words_in_any_order(text: str, label: str, named: bool) -> None:
    assert names_row(text, label) is named
