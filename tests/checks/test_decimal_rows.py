"""A row of numbers in a table of tkr (trial 73, F2).

A nämnd's "Specifikation av drift" puts "Antal årsarbetare" (469,21; 459,267) among amounts
in whole tkr. Its decimals spread to every amount of the columns ("206 614,000") without a
word. Now the row's decimals stay its own, a warning names the row and `summeras: nej` on the
row, which makes its figures numbers as written, outside every sum.
"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Socialnämnden
avsnitt:
  - rubrik: Specifikation av drift
    text: Budgeten räknar med {{ tabeller.spec.rader[1].b2011 }} årsarbetare.
    tabell: spec
tabeller:
  - namn: spec
    enhet: tkr
    kolumner:
      - {namn: post, rubrik: "Netto, tkr"}
      - {namn: b2010, rubrik: Budget 2010, typ: belopp}
      - {namn: b2011, rubrik: Budget 2011, typ: belopp}
    rader:
      - {post: Personalkostnad, b2010: 206 776, b2011: 206 614}
      - {post: Antal årsarbetare, b2010: "469,21", b2011: "459,267"ROW}
      - {post: Kapitaltjänstkostnader, b2010: 1 406, b2011: 1 426}
"""


def _built(tmp_path: Path, row: str = "") -> tuple[list[str], str]:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("ROW", row), encoding="utf-8")
    result = Pipeline().build(path)
    problems = [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
                for p in result.problems]
    return problems, result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")


def test_a_row_with_the_only_decimals_is_named_with_the_row_key(tmp_path: Path) -> None:
    problems, _ = _built(tmp_path)
    assert problems == [
        "fall.yaml:18:42: varning: raden 'Antal årsarbetare' har decimaler (469,21; 459,267) "
        "där tabellens andra rader har hela tkr, och ser ut att vara ett antal eller tal, inte "
        "belopp; är den det, skriv 'summeras: nej' på raden, så räknas den inte in i summorna "
        "och talen står som du skriver dem"]


def test_its_decimals_do_not_spread_to_the_column(tmp_path: Path) -> None:
    _, md = _built(tmp_path)
    assert ("| Personalkostnad | 206 776 | 206 614 |\n"
            "| Antal årsarbetare | 469,21 | 459,267 |\n"
            "| Kapitaltjänstkostnader | 1 406 | 1 426 |\n"
            "| **Totalt** | **208 651,21** | **208 499,267** |") in md


def test_summeras_nej_makes_the_row_numbers_outside_the_sum(tmp_path: Path) -> None:
    problems, md = _built(tmp_path, ", summeras: nej")
    assert problems == []
    assert ("| Personalkostnad | 206 776 | 206 614 |\n"
            "| Antal årsarbetare | 469,21 | 459,267 |\n"
            "| Kapitaltjänstkostnader | 1 406 | 1 426 |\n"
            "| **Totalt** | **208 182** | **208 040** |") in md
    assert "Budgeten räknar med 459,267 årsarbetare." in md


def test_a_row_of_decimals_beside_whole_figures_of_its_own_is_left_alone(
        tmp_path: Path) -> None:
    case = CASE.replace('b2011: "459,267"ROW', "b2011: 459")
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline().build(path)
    assert result.problems == []
    # (an amount like the others: the column shows its decimal on every row, trial 92, F3)
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", " ")
    assert "| Personalkostnad | 206 776,00 | 206 614 |" in markdown


def test_summeras_nej_on_a_group_is_an_error(tmp_path: Path) -> None:
    case = CASE.replace(
        "      - {post: Kapitaltjänstkostnader, b2010: 1 406, b2011: 1 426}\n",
        "      - post: Kapital\n        summeras: nej\n        rader:\n"
        "          - {post: Kapitaltjänstkostnader, b2010: 1 406, b2011: 1 426}\n")
    path = tmp_path / "fall.yaml"
    path.write_text(case.replace("ROW", ", summeras: nej"), encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems] \
        == ["fall.yaml:19:9: 'summeras: nej' gör en rad till en rad med tal, men den här raden "
            "har underrader som summeras; skriv 'summeras: nej' på de underrader som är tal"]



HISTORY = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-05
dnr: KS 2024/112
titel: Prov decimaler
avsnitt:
  - {rubrik: Historik, text: "Totalt {{ tabeller.h.a2020 }}.", tabell: h}
tabeller:
  - namn: h
    enhet: tkr
    kolumner:
      - {namn: forv, rubrik: Förvaltning}
      - {namn: a2020, rubrik: "2020", typ: belopp}
    rader:
      - {forv: A, a2020: A2020}
      - {forv: B, a2020: B2020}
      - {forv: C, a2020: "1 578,7"}
"""
SUMMED = """\
      - {namn: a2021, rubrik: "2021", typ: belopp}
      - {namn: summa, rubrik: Summa, typ: belopp, formel: a2020 + a2021}
    rader:
      - {forv: A, a2020: A2020, a2021: 10}
      - {forv: B, a2020: B2020, a2021: 20}
      - {forv: C, a2020: "1 578,7", a2021: 30}
"""


def _history(tmp_path: Path, a: str, b: str, summed: bool = False) -> tuple[list[str], list[str]]:
    """The problems and the text and table lines of HISTORY with rows A's and B's 2020
    figures `a` and `b`, with a column 2021 and a column of their sum when `summed`."""
    text = HISTORY[:HISTORY.index("    rader:")] + SUMMED if summed else HISTORY
    path = tmp_path / "h.yaml"
    path.write_text(text.replace("A2020", a).replace("B2020", b), encoding="utf-8")
    result = Pipeline().build(path)
    md = result.files.get("h.md", b"").decode("utf-8").replace("\u00a0", " ")
    lines = [line for line in md.splitlines() if line.startswith(("| ", "Totalt"))]
    problems = [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
                for p in result.problems]
    return problems, lines


def test_rows_typed_with_zero_decimals_keep_them_and_no_row_is_warned_about(
        tmp_path: Path) -> None:
    # trial 90, F8: "7 104,0" and "4 736,0" printed 7 104 and 4 736 above 1 578,7, and the
    # row C was warned about as a row of numbers among whole tkr ("skriv 'summeras: nej'")
    problems, lines = _history(tmp_path, '"7 104,0"', '"4 736,0"')
    assert problems == []
    assert lines[2:] == [
        "| A | 7 104,0 |",
        "| B | 4 736,0 |",
        "| C | 1 578,7 |",
        "| **Totalt** | **13 418,7** |",
    ]
    assert lines[0] == "Totalt 13 418,7 tkr."


def test_one_other_row_typed_with_a_zero_decimal_is_enough(tmp_path: Path) -> None:
    problems, lines = _history(tmp_path, "7 104", '"4 736,0"')
    assert problems == []
    assert lines[2:5] == ["| A | 7 104,0 |", "| B | 4 736,0 |", "| C | 1 578,7 |"]


def test_the_only_row_typed_with_decimals_among_whole_tkr_is_still_warned_about(
        tmp_path: Path) -> None:
    problems, lines = _history(tmp_path, "7 104", "4 736")
    assert problems == [
        "h.yaml:16:26: varning: raden 'C' har decimaler (1 578,7) där tabellens andra rader "
        "har hela tkr, och ser ut att vara ett antal eller tal, inte belopp; är den det, skriv "
        "'summeras: nej' på raden, så räknas den inte in i summorna och talen står som du "
        "skriver dem"]
    assert lines[2:5] == ["| A | 7 104 |", "| B | 4 736 |", "| C | 1 578,7 |"]


def test_a_column_that_adds_them_shows_their_typed_decimals_on_every_row(
        tmp_path: Path) -> None:
    # trial 90, F8: in an 8-column table with other columns of decimals there was no warning,
    # and the column printed 7 104 above 1 578,7
    problems, lines = _history(tmp_path, '"7 104,0"', '"4 736,0"', summed=True)
    assert problems == []
    assert lines[1:] == [
        "| Förvaltning | 2020 (tkr) | 2021 (tkr) | Summa (tkr) |",
        "| A | 7 104,0 | 10 | 7 114,0 |",
        "| B | 4 736,0 | 20 | 4 756,0 |",
        "| C | 1 578,7 | 30 | 1 608,7 |",
        "| **Totalt** | **13 418,7** | **60** | **13 478,7** |",
    ]
