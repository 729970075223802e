"""Specification, by exact Markdown and the Word text, of a table of rounded amounts
(`avrundat: true`): its total row and the text show the stated total, and one sentence under
the table, from an overridable template, says that the total may differ from the rows' sum."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from generator.build import CaseResult, Pipeline

# Published in mnkr with one decimal: the rows add up to 6,9 mnkr, the stated total is 6,8.
ROUNDED = """\
dokumenttyp: beslutsunderlag
datum: 2015-11-18
dnr: Fi2015/05312
titel: Stöd till landsting
avsnitt:
  - rubrik: Fördelning
    text: Landstingen får sammanlagt {{ tabeller.landsting.summa }}.
    tabell: landsting
  - rubrik: Nästa
    text: Text efter tabellen.
tabeller:
  - namn: landsting
    enhet: mnkr
    totalt: Summa
    avrundat: true
    summa: "6,8"
    kolumner:
      - {namn: landsting, rubrik: Landsting}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {landsting: Blekinge, belopp: "1,3"}
      - {landsting: Dalarna, belopp: "2,3"}
      - {landsting: Gotland, belopp: "3,3"}
"""
SENTENCE = "Beloppen är avrundade var för sig, så totalen kan avvika från summan av beloppen."


def built(tmp_path: Path, source: str, templates: tuple[Path, ...] = ()) -> CaseResult:
    """The case built in memory; it must have no problems."""
    path = tmp_path / "fall.yaml"
    path.write_text(source, encoding="utf-8")
    result = Pipeline(templates).build(path)
    assert result.problems == []
    return result


def body(result: CaseResult) -> str:
    """The Markdown from the title on, "~" for a no-break space."""
    markdown = result.files["fall.md"].decode("utf-8")
    return markdown[markdown.index("\n# ") + 1:].replace("\u00a0", "~")


def test_the_total_row_and_the_text_show_the_stated_total_and_a_sentence_follows(
        tmp_path: Path) -> None:
    assert body(built(tmp_path, ROUNDED)) == f"""\
# Stöd till landsting

## 1. Fördelning

Landstingen får sammanlagt 6,8~mnkr.

| Landsting | Belopp (mnkr) |
|:--|--:|
| Blekinge | 1,3 |
| Dalarna | 2,3 |
| Gotland | 3,3 |
| **Summa** | **6,8** |

{SENTENCE}

## 2. Nästa

Text efter tabellen.
"""


def test_the_word_document_has_the_sentence_after_the_table(tmp_path: Path) -> None:
    document = docx.Document(io.BytesIO(built(tmp_path, ROUNDED).files["fall.docx"]))
    table = document.tables[-1]  # (the first is the letterhead's grid)
    assert [cell.text for cell in table.rows[-1].cells] == ["Summa", "6,8"]
    following = table._element.getnext()
    assert [p.text for p in document.paragraphs if p._p is following] == [SENTENCE]


def test_a_total_as_the_rows_add_up_still_gets_the_sentence(tmp_path: Path) -> None:
    markdown = body(built(tmp_path, ROUNDED.replace('summa: "6,8"', 'summa: "6,9"')))
    assert f"| **Summa** | **6,9** |\n\n{SENTENCE}\n" in markdown


GROUPS = ROUNDED.replace('    summa: "6,8"\n', "").replace(
    '      - {landsting: Blekinge, belopp: "1,3"}\n      - {landsting: Dalarna, belopp: "2,3"}\n',
    '      - landsting: Norr\n        delsumma: Summa norr\n        belopp: "3,6"\n'
    '        rader:\n          - {landsting: Blekinge, belopp: "1,3"}\n'
    '          - {landsting: Dalarna, belopp: "2,3"}\n')


def test_stated_subtotals_alone_that_add_up_still_get_the_sentence(tmp_path: Path) -> None:
    # (trial 24: a driftbudget with its "Summa" per nämnd, as published, and no table
    # `summa` had no sentence, and one the moment its `summa` was given)
    markdown = body(built(tmp_path, GROUPS))
    assert f"| **Summa norr** | **3,6** |\n| Gotland | 3,3 |\n| **Summa** | **6,9** |\n\n" \
        f"{SENTENCE}\n" in markdown


def test_with_no_stated_sum_there_is_no_sentence(tmp_path: Path) -> None:
    # (every sum is computed and adds up exactly; the case gets a warning instead)
    path = tmp_path / "fall.yaml"
    path.write_text(ROUNDED.replace('    summa: "6,8"\n', ""), encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.severity for p in result.problems] == ["varning"]
    assert "avrundade" not in body(result)


def test_without_avrundat_there_is_no_sentence(tmp_path: Path) -> None:
    source = ROUNDED.replace("    avrundat: true\n", "").replace('summa: "6,8"', 'summa: "6,9"')
    assert "avrundade" not in body(built(tmp_path, source))


def test_the_sentence_is_a_template_an_organisation_can_replace(tmp_path: Path) -> None:
    own = tmp_path / "mallar" / "partials"
    own.mkdir(parents=True)
    (own / "avrundat.md.j2").write_text("Summorna är avrundade.\n", encoding="utf-8")
    markdown = body(built(tmp_path, ROUNDED, (tmp_path / "mallar",)))
    assert "| **Summa** | **6,8** |\n\nSummorna är avrundade.\n\n## 2. Nästa" in markdown


def test_a_table_with_subtotals_and_no_total_row_says_the_subtotals_may_differ(
        tmp_path: Path) -> None:
    # (trial 71, F15: "totalen" under Vårgårda's table, which has delsummor only)
    source = ROUNDED.replace("    totalt: Summa\n", "    totalt: false\n").replace(
        '    summa: "6,8"\n', "").replace(
        "      - {landsting: Blekinge", "      - landsting: Norr\n        delsumma: Summa norr\n"
        '        belopp: "3,5"\n        rader:\n'
        "          - {landsting: Blekinge").replace(
        "      - {landsting: Dalarna", "          - {landsting: Dalarna").replace(
        "{{ tabeller.landsting.summa }}", "{{ tabeller.landsting.rader[0].belopp }}")
    assert ("Beloppen är avrundade var för sig, så delsummorna kan avvika från summan av "
            "beloppen.") in body(built(tmp_path, source))
