"""Specification: millions or billions of kronor written in words beside an amount of the same
scale abbreviated ("drygt 4,5 miljarder kr" and "drygt 5 mdkr" in one text, trial 96, F7)
are warned about once per scale and file, at the first amount in words, offering the
abbreviation the document writes; a text without the abbreviation, a quotation and a table's
cells pass."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2014-09-01
dnr: KS-2014/742.912
titel: Granskning av manuella utbetalningar
avsnitt:
  - rubrik: Sammanfattning
    text: |
      FIRST

      SECOND
"""


def problems(tmp_path: Path, first: str, second: str, extra: str = "") -> list[str]:
    """The warnings of the case with its two paragraphs, without the folder."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("FIRST", first).replace("SECOND", second) + extra,
                    encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "")
            for p in Pipeline().build(path, documents=False).problems]


def test_billions_in_words_beside_mdkr_are_told_to_write_mdkr(tmp_path: Path) -> None:
    assert problems(tmp_path, "Utbetalningar om drygt 4,5 miljarder kr hanteras i tre system.",
                    "Totalt betalas drygt 5 mdkr ut.") == [
        "fall.yaml:8:30: varning: '4,5 miljarder kr' är skrivet med ord, men texten skriver "
        "också miljarder kronor förkortat ('5 mdkr' på rad 10): skriv '4,5 mdkr', så att "
        "dokumentet skriver belopp på ett sätt; ett citat inom citattecken står kvar som det "
        "är skrivet"]


def test_millions_in_words_are_counted_once_for_the_file(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kostnaden är 2,4 miljoner kronor i år och 3 miljoner kr sedan.",
                    "Ramen är 5 mnkr.") == [
        "fall.yaml:8:20: varning: '2,4 miljoner kronor' är skrivet med ord, men texten skriver "
        "också miljoner kronor förkortat ('5 mnkr' på rad 10): skriv '2,4 mnkr', så att "
        "dokumentet skriver belopp på ett sätt; ett citat inom citattecken står kvar som det "
        "är skrivet; det gäller 2 ställen på rad 8"]


def test_the_house_style_mkr_is_offered_where_it_is_chosen(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kostnaden är 2,4 miljoner kronor.", "Ramen är 5 mkr.",
                    "miljoner: mkr\n") == [
        "fall.yaml:8:20: varning: '2,4 miljoner kronor' är skrivet med ord, men texten skriver "
        "också miljoner kronor förkortat ('5 mkr' på rad 10): skriv '2,4 mkr', så att "
        "dokumentet skriver belopp på ett sätt; ett citat inom citattecken står kvar som det "
        "är skrivet"]


def test_words_alone_another_scale_or_a_quotation_pass(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kostnaden är 2,4 miljoner kronor.", "Det är mycket.") == []
    assert problems(tmp_path, "Kostnaden är 2,4 miljoner kronor.", "Ramen är 5 mdkr.") == []
    assert problems(tmp_path, 'Revisorerna skriver "drygt 4,5 miljarder kr".',
                    "Totalt betalas drygt 5 mdkr ut.") == []
