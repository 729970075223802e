"""Specification of straight double quotes in case text (trial 64, F9): a pair is printed as
Swedish quotation marks, ” on both sides, in the .md and so in the .docx, in a text, a point,
a heading and a table's text cell alike; a code span keeps its straight quotes."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline
from generator.word.dump import docx_plain_text

CASE = """\
dokumenttyp: beslut
datum: 2022-03-01
dnr: nej
titel: Gatunamn inom "Finnslätten"
beslut:
  beslutande: Kommunstyrelsen
  punkter:
    - anta gatunamnen enligt temat "Förnybar energi".
avsnitt:
  - rubrik: Temat "Förnybar energi"
    text: 'Temat är "Förnybar energi", som i `"tema"`; skärmen är 24" bred.'
    tabell: namn
tabeller:
  - namn: namn
    totalt: false
    kolumner:
      - {namn: gata, rubrik: Gatunamn}
      - {namn: motivering, rubrik: Motivering}
    rader:
      - {gata: Solenergigatan, motivering: 'Temat "Förnybar energi"'}
"""


def built(tmp_path: Path) -> CaseResult:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    assert not result.problems
    return result


def test_paired_straight_quotes_are_printed_as_swedish_quotation_marks(tmp_path: Path) -> None:
    markdown = built(tmp_path).files["fall.md"].decode("utf-8")
    assert "# Gatunamn inom ”Finnslätten”" in markdown
    assert "anta gatunamnen enligt temat ”Förnybar energi”." in markdown
    assert "Temat ”Förnybar energi”" in markdown.split("\n## ", 1)[1].splitlines()[0]
    assert 'Temat är ”Förnybar energi”, som i `"tema"`; skärmen är 24" bred.' in markdown
    assert "| Solenergigatan | Temat ”Förnybar energi” |" in markdown
    assert '"Förnybar' not in markdown


def test_the_word_file_has_the_same_quotation_marks(tmp_path: Path) -> None:
    text = "\n".join(docx_plain_text(built(tmp_path).files["fall.docx"]))
    assert text.count("”Förnybar energi”") == 4
    assert '"Förnybar' not in text and '"tema"' in text and '24" bred' in text


WRAPPED = CASE.replace(
    """    text: 'Temat är "Förnybar energi", som i `"tema"`; skärmen är 24" bred.'""",
    """    text: |
      Utdrag ur reglementet: "Bidrag till byggande
      beviljas ej." Slut.""")


def test_a_quotation_wrapped_over_lines_gets_swedish_quotation_marks_too(
        tmp_path: Path) -> None:
    # (trial 72, F3: a quotation wrapped under `text: |` kept its straight quotes)
    path = tmp_path / "fall.yaml"
    path.write_text(WRAPPED, encoding="utf-8")
    result = Pipeline().build(path)
    assert result.problems == []
    assert "Utdrag ur reglementet: ”Bidrag till byggande\nbeviljas ej.” Slut." in \
        result.files["fall.md"].decode("utf-8")
    assert "Utdrag ur reglementet: ”Bidrag till byggande beviljas ej.” Slut." in \
        docx_plain_text(result.files["fall.docx"])
