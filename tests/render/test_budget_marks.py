"""Specification, by exact Markdown, Word, `beslut visa` and messages, of the marks a party's
budget proposal writes on its amounts (trial 64: Socialdemokraterna i Gnosjö, ändringsbudget
2022, in tkr with a column "Skillnad (M/KD/C)"):

* F2: a plus sign on an amount ("+451", a difference column) is the amount 451; the document
  prints it as the column's other positive amounts, without the plus (its negative ones keep
  their minus, −298);
* F3: a footnote star after an amount or a stated total ("100*", "1031*") is read as a star
  after a figure in text is: the amount counts, and the star is printed after it, in the
  Markdown (escaped), in Word and in `beslut visa`; the footnote line under the table keeps its
  star;
* F4: a header whose brackets name parties ("Skillnad (M/KD/C)") gets the unit in brackets of
  its own, "Skillnad (M/KD/C) (tkr)"."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline
from generator.compute.tables import with_unit
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
avsandare: [Socialdemokraterna i Gnosjö]
datum: 2022-09-29
dnr: nej
titel: Vårt förslag till ändringsbudget 2022
beslut:
  beslutande: Kommunfullmäktige
  datum: 2022-09-29
  punkter:
    - anta förslaget till ändringsbudget 2022.
avsnitt:
  - rubrik: Justeringar
    tabell: justeringar
    text: |
      * Skillnaden om man summerar de borgerliga partiernas förslag.
tabeller:
  - namn: justeringar
    enhet: tkr
    totalt: Totalt justeringar
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
      - {namn: skillnad, rubrik: Skillnad, typ: belopp}
    rader:
      - {post: Stärkt ledarskap, belopp: 596, skillnad: "-298"}
      - {post: Stärkt bemanning boendestöd, belopp: 1300, skillnad: "+650"}
      - {post: Kommunstyrelsens oförutsedda, belopp: 950, skillnad: "100*"}
    summa:
      belopp: "2846"
      skillnad: "452*"
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    return [p.format().replace(f"{tmp_path}/", "") for p in built(tmp_path, text).problems]


def markdown(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown, "~" for a no-break space, of the case without problems."""
    result = built(tmp_path, text)
    assert result.problems == []
    return result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")


def table_lines(tmp_path: Path, text: str = CASE) -> list[str]:
    """The Markdown table's lines."""
    return [line for line in markdown(tmp_path, text).splitlines() if line.startswith("|")]


def word_rows(tmp_path: Path, text: str = CASE) -> list[str]:
    """The first Word table's rows as `dump_docx` prints them, "~" for a no-break space."""
    dump = dump_docx(built(tmp_path, text).files["fall.docx"]).replace("\u00a0", "~")
    return dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0].splitlines()[1:]


def test_a_plus_and_a_star_on_amounts_are_read_and_the_star_printed(tmp_path: Path) -> None:
    assert table_lines(tmp_path) == [
        "| Post | Belopp (tkr) | Skillnad (tkr) |",
        "|:--|--:|--:|",
        "| Stärkt ledarskap | 596 | −298 |",
        "| Stärkt bemanning boendestöd | 1~300 | 650 |",
        "| Kommunstyrelsens oförutsedda | 950 | 100\\* |",
        "| **Totalt justeringar** | **2~846** | **452**\\* |"]


def test_the_footnote_under_the_table_keeps_its_star(tmp_path: Path) -> None:
    assert "\\* Skillnaden om man summerar de borgerliga partiernas förslag.\n" \
        in markdown(tmp_path)


def test_word_prints_the_star_after_the_amount(tmp_path: Path) -> None:
    rows = word_rows(tmp_path)
    assert rows[-2:] == ["  | Kommunstyrelsens oförutsedda | >950 | >100* | ↓",
                         "  | **Totalt justeringar** | >**2~846** | >**452*** |"]


def test_a_starred_total_that_does_not_add_up_is_told_as_any_other(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE.replace('skillnad: "452*"', 'skillnad: "482*"')) == [
        "fall.yaml:30:17: angiven summa 482\u00a0tkr för totalraden 'Totalt justeringar' i "
        "tabellen 'justeringar', kolumnen 'Skillnad (tkr)' stämmer inte med summan av delarna "
        "452\u00a0tkr (den angivna är 30\u00a0tkr för hög); rätta summan eller ta bort den så "
        "räknas den ut"]


def test_a_plus_before_a_word_is_no_amount(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE.replace('"+650"', '"+ca 650"')) == [
        "fall.yaml:26:69: '+ca 650' är inte ett belopp, skriv beloppet i tkr, t.ex. 1250 "
        'eller "1 250,5"']


def test_a_header_naming_parties_in_brackets_gets_the_unit_in_brackets_of_its_own(
        tmp_path: Path) -> None:
    """F4: not "Skillnad (M/KD/C, tkr)", which reads as if M/KD/C were a unit; a bracket
    that qualifies the figure still takes the unit ("Pålägg (69,5 %, tkr)")."""
    text = CASE.replace("rubrik: Skillnad,", 'rubrik: "Skillnad (M/KD/C)",').replace(
        "rubrik: Belopp,", 'rubrik: "Pålägg (69,5 %)",')
    assert table_lines(tmp_path, text)[0] == \
        "| Post | Pålägg (69,5 %, tkr) | Skillnad (M/KD/C) (tkr) |"
    assert problems(tmp_path, text.replace('"452*"', '"482*"'))[0].split(", kolumnen ")[1] \
        .startswith("'Skillnad (M/KD/C) (tkr)' stämmer inte")


def test_other_abbreviations_in_brackets_get_brackets_of_their_own(tmp_path: Path) -> None:
    assert [with_unit(header, "tkr") for header in [
        "Skillnad (S/V/MP)", "Förslag (S, V, MP)", "Beslut (KS)", "Bidrag (exkl. moms)",
        "Andel (6 %)"]] == [
        "Skillnad (S/V/MP) (tkr)", "Förslag (S, V, MP) (tkr)", "Beslut (KS) (tkr)",
        "Bidrag (exkl. moms, tkr)", "Andel (6 %, tkr)"]
