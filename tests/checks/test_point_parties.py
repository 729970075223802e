"""An amount in a decision point one digit from another party's row is that party's amount,
not a slip (trial 70, F1: "dessutom erhåller Anne Askengren 15 000 kronor" was an error as a
near miss of 11 000 kr on the row 'Carin Gyllenhammar')."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.point_parties import names_another_party

NBSP = "\u00a0"

STIPENDS = """\
dokumenttyp: beslut
datum: 2002-02-20
dnr: KFN 2001/276
titel: Fördelning av kulturarbetsstipendier 2002
beslut:
  beslutande: Kultur- och fritidsnämnden
  punkter:
    - {point}
avsnitt:
  - tabell: stipendier
tabeller:
  - namn: stipendier
    kolumner:
      - {{namn: namn, rubrik: Stipendiat}}
      - {{namn: belopp, rubrik: Stipendium, typ: belopp}}
    rader:
      - {{namn: Carin Gyllenhammar, belopp: 11 000}}
      - {{namn: Linus Alfredsson, belopp: 10 000}}
"""

STATE_IT = ("är det ett belopp som ärendet anger, lägg till 'belopp:' och under den en rad "
            "med ett namn du väljer, t.ex. 'ram: 15000', och i punkten {{ belopp.ram }}")


def problems(tmp_path: Path, point: str) -> list[str]:
    """What `beslut kontrollera` says about the case with this decision point."""
    case = tmp_path / "x.yaml"
    case.write_text(STIPENDS.format(point=point), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


@pytest.mark.parametrize("point", [
    "dessutom erhåller Anne Askengren 15 000 kr för projektet Levande verkstad.",
    "Anne Askengren, Levande verkstad 15 000 kr",
])
def test_a_round_amount_for_another_party_is_a_warning_to_state_it(
    tmp_path: Path, point: str,
) -> None:
    column = point.index("15 000") + 7
    assert problems(tmp_path, point) == [
        f"x.yaml:8:{column}: varning: beloppet '15 000 kr' i beslutet räknas inte ut ur "
        f"ärendets tabeller; {STATE_IT}",
    ]


def test_a_near_miss_in_a_point_that_names_the_row_is_still_an_error(tmp_path: Path) -> None:
    assert problems(tmp_path, "Carin Gyllenhammar erhåller 15 000 kr.") == [
        "x.yaml:8:35: beloppet '15 000 kr' i beslutet finns inte i tabellerna (närmast: "
        f"11{NBSP}000{NBSP}kr på raden 'Carin Gyllenhammar'); menar punkten det beloppet, "
        "hänvisa till det med {{ tabeller.stipendier.rader[0].belopp }}, och " + STATE_IT,
    ]


def test_a_near_miss_in_a_point_that_names_nobody_is_still_an_error(tmp_path: Path) -> None:
    assert problems(tmp_path, "bevilja stipendiet 15 000 kr.") == [
        "x.yaml:8:26: beloppet '15 000 kr' i beslutet finns inte i tabellerna (närmast: "
        f"11{NBSP}000{NBSP}kr på raden 'Carin Gyllenhammar'); menar punkten det beloppet, "
        "hänvisa till det med {{ tabeller.stipendier.rader[0].belopp }}, och " + STATE_IT,
    ]


def test_a_party_given_exactly_its_own_rows_amount_is_no_problem(tmp_path: Path) -> None:
    assert problems(tmp_path, "Linus Alfredsson erhåller 10 000 kr.") == []


@pytest.mark.parametrize(("text", "another"), [
    ("dessutom erhåller Anne Askengren 15 000 kronor", True),
    ("Hemse BK får 15 000 kr", True),
    ("Linus Alfredsson får 15 000 kr", True),
    ("Carin Gyllenhammar får 15 000 kr", False),
    ("Kultur- och fritidsnämnden beviljar 15 000 kr", False),
    ("bevilja 15 000 kr", False),
])
def test_which_points_name_another_party(text: str, another: bool) -> None:
    labels = ["Carin Gyllenhammar", "Linus Alfredsson"]
    assert names_another_party(text, "Carin Gyllenhammar", labels) is another


def test_a_point_with_a_word_of_the_near_row_is_about_that_row() -> None:
    # (the point names the row 'Fast brukningsavgift' too, but "renvatten" is the row's)
    text = "höja den fasta brukningsavgiften till 2 530 kr och avgiften för renvatten till 8,41 kr"
    labels = ["Fast brukningsavgift", "Levererat renvatten"]
    assert not names_another_party(text, "Levererat renvatten", labels)


def test_an_amount_a_digit_off_the_named_rows_own_is_offered_that_rows_figure(
    tmp_path: Path,
) -> None:
    # (trial 71, F10: the row the point names comes first)
    point = "Linus Alfredsson erhåller 15 000 kr för ett nytt projekt."
    assert problems(tmp_path, point) == [
        "x.yaml:8:33: beloppet '15 000 kr' i beslutet finns inte i tabellerna (närmast: "
        "10\xa0000\xa0kr på raden 'Linus Alfredsson'); menar punkten det beloppet, hänvisa "
        "till det med {{ tabeller.stipendier.rader[1].belopp }}, och " + STATE_IT,
    ]


@pytest.mark.parametrize(("point", "word"), [
    ("Linus Alfredsson erhåller dessutom 15 000 kr för ett nytt projekt.", "dessutom"),
    ("därutöver erhåller Linus Alfredsson 15 000 kr för ett nytt projekt.", "därutöver"),
    ("utöver detta erhåller Linus Alfredsson 15 000 kr för ett nytt projekt.",
     "utöver detta"),
    ("Linus Alfredsson erhåller ytterligare 15 000 kr för ett nytt projekt.", "ytterligare"),
    ("Linus Alfredsson erhåller även 15 000 kr för ett nytt projekt.", "även"),
])
def test_an_extra_amount_beside_the_named_rows_own_is_a_warning_that_says_so(
    tmp_path: Path, point: str, word: str,
) -> None:
    # (trial 70, F1: "dessutom" says the amount comes on top of the row's, not a slip of it)
    column = point.index("15 000") + 7
    assert problems(tmp_path, point) == [
        f"x.yaml:8:{column}: varning: beloppet '15 000 kr' i beslutet räknas inte ut ur "
        f"ärendets tabeller; eftersom punkten säger '{word}' läses det som ett ytterligare "
        f"belopp, inte som en felskrivning av 10{NBSP}000{NBSP}kr på raden 'Linus Alfredsson'; "
        + STATE_IT,
    ]


def test_an_extra_word_before_another_amount_does_not_reach_past_it(tmp_path: Path) -> None:
    point = "Linus Alfredsson erhåller dessutom 10 000 kr och Carin Gyllenhammar 11 500 kr."
    assert problems(tmp_path, point) == [
        "x.yaml:8:75: beloppet '11 500 kr' i beslutet finns inte i tabellerna (närmast: "
        f"11{NBSP}000{NBSP}kr på raden 'Carin Gyllenhammar'); menar punkten det beloppet, "
        "hänvisa till det med {{ tabeller.stipendier.rader[0].belopp }}, och "
        + STATE_IT.replace("15000", "11500"),
    ]
