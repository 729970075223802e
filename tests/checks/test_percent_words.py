"""Specification: a text that types a percentage with the word, "25 procent", beside a
`{{ … }}` that prints one with the sign, "35 %", is warned about once per file: the setting
`procent_i_lopande_text: ja` writes them alike (trial 63, F4); so is one typed where
another text of the document prints one (trial 94, F7). With the setting ja, the reverse: a
typed "25 %" beside a printed "35 procent". Only a document that prints one is warned
about."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2018-10-03
dnr: nej
titel: Avgift för färdtjänst
belopp:
  ny: 35 %
beslut:
  beslutande: Vård- och omsorgsnämnden
  punkter:
    - egenavgiften höjs från {forra} till {{{{ belopp.ny }}}}.
avsnitt:
  - rubrik: Bakgrund
    text: Avgiften var {forra} av taxameterbeloppet, nu {{{{ belopp.ny }}}}.
"""


def warnings(tmp_path: Path, forra: str, setting: str = "") -> list[str]:
    """The warnings of the case with the old percentage typed as `forra`."""
    case = tmp_path / "fall.yaml"
    case.write_text(setting + CASE.format(forra=forra), encoding="utf-8")
    return [p.format().removeprefix(f"{case}:") for p in Pipeline().build(case).problems]


def test_procent_typed_beside_a_printed_percent_sign_is_warned_about_once(
        tmp_path: Path) -> None:
    assert warnings(tmp_path, "25 procent") == [
        "10:30: varning: '25 procent' står i samma text som {{ belopp.ny }}, som dokumentet "
        "skriver '35 %'; skriv procent_i_lopande_text: ja i ärendet, så skrivs "
        "procentsatserna i löpande text med ord (tabellerna behåller %), eller skriv '25 %'; "
        "det gäller 2 texter på rad 10\u201313"]


def test_a_percent_sign_typed_beside_a_printed_procent_is_warned_about_with_the_setting_ja(
        tmp_path: Path) -> None:
    assert warnings(tmp_path, "25 %", "procent_i_lopande_text: ja\n") == [
        "11:30: varning: '25 %' står i samma text som {{ belopp.ny }}, som dokumentet skriver "
        "'35 procent'; skriv '25 procent' (procent_i_lopande_text: ja skriver procent med ord "
        "i löpande text), eller procent_i_lopande_text: nej i ärendet om texten ska skriva %; "
        "det gäller 2 texter på rad 11\u201314"]


def test_texts_that_write_percentages_as_the_document_prints_them_are_not_warned_about(
        tmp_path: Path) -> None:
    assert warnings(tmp_path, "25 %") == []
    assert warnings(tmp_path, "25 procent", "procent_i_lopande_text: ja\n") == []


def test_a_typed_percentage_without_a_named_one_in_its_text_is_not_warned_about(
        tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(forra="25 procent").replace(
        ", nu {{ belopp.ny }}.", ".").replace("till {{ belopp.ny }}", "till 35 procent"),
        encoding="utf-8")
    assert [p.format() for p in Pipeline().build(case).problems] == []


def test_a_quoted_source_keeps_its_procent_unwarned(tmp_path: Path) -> None:
    # (a quotation keeps its source's words, as the "kronor" check leaves them: text.quotations)
    assert warnings(tmp_path, '"25 procent"') == []


def test_procent_typed_where_another_text_prints_a_percent_sign_is_warned_about(
        tmp_path: Path) -> None:
    # (trial 94, F7: a proposal's "4,5 procent" right above the decision's printed "4,5 %")
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(forra="25 procent").replace(", nu {{ belopp.ny }}.", ".")
                    .replace("höjs från 25 procent till", "höjs till"), encoding="utf-8")
    assert [p.format().removeprefix(f"{case}:") for p in Pipeline().build(case).problems] == [
        "13:24: varning: '25 procent' är skrivet med ord, men dokumentet skriver "
        "{{ belopp.ny }} som '35 %' i en annan text; skriv procent_i_lopande_text: ja i "
        "ärendet, så skrivs procentsatserna i löpande text med ord (tabellerna behåller %), "
        "eller skriv '25 %'"]
