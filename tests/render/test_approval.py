"""The justering of a protokollsutdrag: after the decision (and after the sections when the
decision comes first), before "Utdrag till", under an unnumbered heading, in Markdown and in
Word alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2022-04-06
dnr: RS 2022/118
titel: Beslut i korthet
beslut_forst: {first}
avsnitt:
  - rubrik: Bakgrund
    text: Årsredovisningen är upprättad.
  - rubrik: Ekonomi
    text: Resultatet är positivt.
beslut:
  beslutande: Regionstyrelsen
  datum: 2022-03-30
  paragraf: 58
  punkter:
    - godkänna årsredovisningen.
justering:
  datum: 2022-04-06
{approval}utdrag_till:
  - Revisorerna
"""
TWO = "  justerare:\n    - Anna Andersson\n    - Bengt Berg\n"
CERTIFIED = "  utdragsbestyrkande:\n    namn: Cecilia Carlsson\n    titel: nämndsekreterare\n"


PAPER = "  signaturrader: ja\n"
LINE = "\\_" * 20


def build(tmp_path: Path, approval: str, first: bool = False,
          dated: bool = True) -> tuple[str, str]:
    """The Markdown and the Word dump of the case (failing on any problem); `dated`: with
    the justering's date."""
    path = tmp_path / "fall.yaml"
    text = CASE.format(first=str(first).lower(), approval=approval)
    path.write_text(text if dated else text.replace("  datum: 2022-04-06\n", "", 1),
                    encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    return (result.files["fall.md"].decode("utf-8").replace("\u00a0", " "),
            dump_docx(result.files["fall.docx"]).replace("\u00a0", " "))


def test_it_is_printed_after_the_decision_and_before_the_extract_list(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, TWO + CERTIFIED)
    assert markdown.endswith(
        "att godkänna årsredovisningen.\n\n"
        "::: efter\n## Justering\n\n"
        "::: samman\n"
        "Justerat den 6 april 2022 av Anna Andersson och Bengt Berg.\n\n"
        "Utdraget bestyrks: Cecilia Carlsson, nämndsekreterare\n"
        ":::\n"
        ":::\n\n"
        "::: efter\n::: samman\n## Utdrag till\n\n- Revisorerna\n:::\n:::\n"
    )


def test_it_follows_the_sections_when_the_decision_comes_first(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, TWO, first=True)
    assert markdown.index("## Beslut") < markdown.index("## Ekonomi") < markdown.index(
        "::: efter\n## Justering") < markdown.index("## Utdrag till")
    assert "Resultatet är positivt.\n\n::: efter\n## Justering\n\n" in markdown


def test_its_heading_is_not_numbered_and_leaves_the_sections_unnumbered(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, TWO)
    assert "## Bakgrund\n" in markdown and "::: efter\n## Justering\n" in markdown
    assert "1. " not in markdown


@pytest.mark.parametrize(("names", "printed"), [
    ("  justerare:\n    - Anna Andersson\n", "av Anna Andersson."),
    ("  justerare: Anna Andersson\n", "av Anna Andersson."),
    ("  justerare: [Anna Andersson, Bengt Berg, Cecilia Carlsson]\n",
     "av Anna Andersson, Bengt Berg och Cecilia Carlsson."),
    ("  ordforande: Dag Dahl\n" + TWO, "av ordföranden Dag Dahl, Anna Andersson och Bengt Berg."),
    # (trial 18: a party after the name printed "Ingvor Regnemer (S) (ordförande)")
    ("  ordforande: Ingvor Regnemer (S)\n  justerare: Christer Hansson (V)\n",
     "av ordföranden Ingvor Regnemer (S) och Christer Hansson (V)."),
])
def test_the_names_are_joined_with_commas_and_och_the_chair_first(
    tmp_path: Path, names: str, printed: str
) -> None:
    markdown, _ = build(tmp_path, names)
    assert f"\nJusterat den 6 april 2022 {printed}\n" in markdown


def test_without_a_certification_no_line_says_who_certifies(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, TWO)
    assert "bestyrks" not in markdown


def test_a_certifier_without_a_title_is_named_alone(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, TWO + "  utdragsbestyrkande:\n    namn: Cecilia Carlsson\n")
    assert "\nUtdraget bestyrks: Cecilia Carlsson\n" in markdown


def test_a_name_is_printed_as_text_not_as_markdown(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, "  justerare:\n    - Anna *Andersson*\n")
    assert "av Anna \\*Andersson\\*." in markdown


def test_word_shows_the_same_text_under_a_heading_kept_together(tmp_path: Path) -> None:
    # (trial 44, F9: "Justerat den …" ended page 1, "Utdraget bestyrks: …" began page 2;
    # one paragraph whose lines are kept together, as LibreOffice too keeps it: trial 83)
    _, word = build(tmp_path, "  ordforande: Dag Dahl\n" + TWO + CERTIFIED)
    lines = word.splitlines()
    heading = lines.index("[Heading 2] Justering ↓")
    assert lines[heading + 1:heading + 3] == [
        "[Normal] [samman] Justerat den 6 april 2022 av ordföranden Dag Dahl, Anna Andersson "
        "och Bengt Berg. ⏎  ⏎ Utdraget bestyrks: Cecilia Carlsson, nämndsekreterare ↓",
        "[samman rad]",
    ]  # ("Utdrag till" kept with it, in one cell: see tests/word/test_held_list.py)


def test_its_place_is_printed_before_the_date_as_paper_minutes_have_it(tmp_path: Path) -> None:
    # (trial 35, F10: "Borgen, Frösön" could not be given)
    markdown, word = build(tmp_path, "  ort: Borgen, Frösön\n  ordforande: Dag Dahl\n" + TWO)
    printed = ("Justerat i Borgen, Frösön den 6 april 2022 av ordföranden Dag Dahl, Anna "
               "Andersson och Bengt Berg.")
    assert f"::: efter\n## Justering\n\n{printed}\n:::\n\n::: efter\n::: samman\n" \
        "## Utdrag till" in markdown
    lines = word.splitlines()
    heading = lines.index("[Heading 2] Justering ↓")
    assert lines[heading + 1:heading + 4] == [
        f"[Normal] {printed} ↓", "[samman rad]", "[Heading 2] Utdrag till ↓"]


ONE = "  justerare: [Anna Andersson]\n"


def test_an_extract_checked_on_paper_has_lines_to_sign_beside_each_other(tmp_path: Path) -> None:
    # (trial 35, F10: "Justerandes signatur" and "Utdragsbestyrkande" could not be printed;
    # trial 70, F5: the justerare's name stands under the line, as the others' do)
    markdown, word = build(tmp_path, ONE + CERTIFIED + PAPER)
    assert markdown.endswith(
        "::: efter\n## Justering\n\nJusterat den 6 april 2022 av Anna Andersson.\n\n"
        f"::: signaturer\n| Justerandes signatur<br><br><br>{LINE}<br>Anna Andersson | "
        f"Utdragsbestyrkande<br><br><br>{LINE}<br>Cecilia Carlsson<br>nämndsekreterare |\n"
        "|:--|:--|\n:::\n:::\n\n::: efter\n::: samman\n## Utdrag till\n\n- Revisorerna\n:::\n:::\n")
    lines = word.splitlines()
    heading = lines.index("[Heading 2] Justering ↓")
    assert lines[heading + 1:heading + 5] == [
        "[Normal] Justerat den 6 april 2022 av Anna Andersson. ↓",
        "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]",
        f"  | Justerandes signatur ⏎  ⏎  ⏎ {'_' * 20} ⏎ Anna Andersson | Utdragsbestyrkande ⏎  "
        f"⏎  ⏎ {'_' * 20} ⏎ Cecilia Carlsson ⏎ nämndsekreterare | ↓",  # (kept with "Utdrag till",
        "  | ↔2 Utdrag till ¶ Revisorerna |",  # their last row: tests/word/test_held_list.py)
    ]


def test_each_justerare_has_a_line_with_the_name_under_it(tmp_path: Path) -> None:
    # (trial 70, F5: two justerare had one line "Justerandes signatur" without a name; four
    # lines stand two by two, as three in one row would crowd a page's width)
    markdown, word = build(tmp_path, PAPER + "  ordforande: Dag Dahl\n" + TWO + CERTIFIED)
    assert (
        "::: signaturer\n"
        f"| Ordförandes signatur<br><br><br>{LINE}<br>Dag Dahl | "
        f"Justerandes signatur<br><br><br>{LINE}<br>Anna Andersson |\n|:--|:--|\n"
        f"| <br><br>Justerandes signatur<br><br><br>{LINE}<br>Bengt Berg | "
        f"<br><br>Utdragsbestyrkande<br><br><br>{LINE}<br>Cecilia Carlsson<br>nämndsekreterare "
        "|\n:::\n") in markdown
    lines = word.splitlines()
    table = lines.index("[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]")
    assert lines[table + 1:table + 3] == [
        f"  | Ordförandes signatur ⏎  ⏎  ⏎ {'_' * 20} ⏎ Dag Dahl | Justerandes signatur ⏎  ⏎  "
        f"⏎ {'_' * 20} ⏎ Anna Andersson | ↓",  # (kept with the second row)
        f"  |  ⏎  ⏎ Justerandes signatur ⏎  ⏎  ⏎ {'_' * 20} ⏎ Bengt Berg |  ⏎  ⏎ "
        f"Utdragsbestyrkande ⏎  ⏎  ⏎ {'_' * 20} ⏎ Cecilia Carlsson ⏎ nämndsekreterare | ↓",
    ]  # (the second kept with "Utdrag till")


def test_lines_alone_are_printed_without_a_sentence(tmp_path: Path) -> None:
    markdown, word = build(tmp_path, PAPER, dated=False)
    assert markdown.endswith(
        "::: efter\n"
        f"## Justering\n\n::: signaturer\nJusterandes signatur<br><br>  \n{LINE}\n:::\n:::\n\n"
        "::: efter\n::: samman\n## Utdrag till\n\n- Revisorerna\n:::\n:::\n")
    lines = word.splitlines()
    heading = lines.index("[Heading 2] Justering ↓")
    assert lines[heading + 1:heading + 4] == [
        "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]",
        f"  | Justerandes signatur ⏎  ⏎  ⏎ {'_' * 20} |  | ↓",
        "  | ↔2 Utdrag till ¶ Revisorerna |",
    ]


def test_with_lines_a_date_without_names_is_printed_alone(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, PAPER)
    assert "::: efter\n## Justering\n\nJusterat den 6 april 2022.\n\n::: signaturer\n" in markdown


def test_the_chair_given_with_lines_signs_first_as_paper_minutes_have_it(tmp_path: Path) -> None:
    # (trial 38, F3: Svedala's extract has "Ordförandes signatur", "Justerandes signatur" and
    # "Utdragsbestyrkande" in one row; two by two, the third stood alone under the first)
    markdown, word = build(tmp_path, PAPER + "  ordforande: Dag Dahl (S)\n" + CERTIFIED,
                           dated=False)
    assert markdown.endswith(
        "::: efter\n"
        f"## Justering\n\n::: signaturer\n| Ordförandes signatur<br><br><br>{LINE}<br>Dag Dahl "
        f"(S) | Justerandes signatur<br><br><br>{LINE} | Utdragsbestyrkande<br><br><br>{LINE}"
        "<br>Cecilia Carlsson<br>nämndsekreterare |\n|:--|:--|:--|\n"
        ":::\n:::\n\n::: efter\n::: samman\n## Utdrag till\n\n- Revisorerna\n:::\n:::\n")
    lines = word.splitlines()
    heading = lines.index("[Heading 2] Justering ↓")  # (kept with the row, which cannot split)
    assert lines[heading + 1:heading + 4] == [
        "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]",
        f"  | Ordförandes signatur ⏎  ⏎  ⏎ {'_' * 20} ⏎ Dag Dahl (S) | Justerandes signatur ⏎  "
        f"⏎  ⏎ {'_' * 20} | Utdragsbestyrkande ⏎  ⏎  ⏎ {'_' * 20} ⏎ Cecilia Carlsson ⏎ "
        "nämndsekreterare | ↓",  # (kept with "Utdrag till")
        "  | ↔3 Utdrag till ¶ Revisorerna |",
    ]


def test_the_chair_written_empty_has_a_line_without_a_name(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, PAPER + '  ordforande: ""\n', dated=False)
    assert markdown.endswith(
        f"::: efter\n## Justering\n\n::: signaturer\n| Ordförandes signatur<br><br><br>{LINE} | "
        f"Justerandes signatur<br><br><br>{LINE} |\n|:--|:--|\n:::\n:::\n\n"
        "::: efter\n::: samman\n## Utdrag till\n\n- Revisorerna\n:::\n:::\n")


def test_the_chair_with_a_date_is_named_in_the_sentence_and_signs_too(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, PAPER + "  ordforande: Dag Dahl\n" + TWO)
    assert (
        "::: efter\n## Justering\n\nJusterat den 6 april 2022 av ordföranden Dag Dahl, Anna "
        "Andersson och Bengt Berg.\n\n::: signaturer\n"
        f"| Ordförandes signatur<br><br><br>{LINE}<br>Dag Dahl | "
        f"Justerandes signatur<br><br><br>{LINE}<br>Anna Andersson | "
        f"Justerandes signatur<br><br><br>{LINE}<br>Bengt Berg |\n|:--|:--|:--|\n:::\n"
    ) in markdown


def test_without_lines_the_chair_is_named_in_the_sentence_alone(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, "  ordforande: Dag Dahl\n" + TWO)
    assert "Ordförandes signatur" not in markdown


def test_an_old_copy_of_the_signature_blocks_gets_the_boxes_two_by_two_as_it_did(
    tmp_path: Path
) -> None:
    # (signature_blocks.md.j2 as it was before the boxes stood in one row took pairs, each
    # unpacked: a row of three would stop an organisation's build that kept such a copy)
    folder = tmp_path / "mallar"
    (folder / "partials").mkdir(parents=True)
    old = Path(__file__).parent / "data" / "old_signature_blocks.md.j2"
    (folder / "partials" / "signature_blocks.md.j2").write_text(
        old.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(first="false", approval=PAPER + "  ordforande: Dag Dahl (S)\n"
                                + CERTIFIED).replace("  datum: 2022-04-06\n", "", 1),
                    encoding="utf-8")
    result = Pipeline((folder,)).build(path)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", " ")
    assert markdown.endswith(
        "::: efter\n"
        f"## Justering\n\n::: signaturer\n| Ordförandes signatur<br><br><br>{LINE}<br>Dag Dahl "
        f"(S) | Justerandes signatur<br><br><br>{LINE} |\n|:--|:--|\n"
        f"| <br><br>Utdragsbestyrkande<br><br><br>{LINE}<br>Cecilia Carlsson<br>nämndsekreterare"
        " |  |\n:::\n:::\n\n::: efter\n::: samman\n## Utdrag till\n\n- Revisorerna\n:::\n:::\n")


@pytest.mark.parametrize(("names", "under"), [
    ('  justerare: ["", ""]\n', ("", "")),
    (TWO, ("<br>Anna Andersson", "<br>Bengt Berg")),
], ids=["left blank", "named"])
def test_two_justerare_without_a_date_sign_on_a_line_each_without_the_sentence(
        tmp_path: Path, names: str, under: tuple[str, str]) -> None:
    # (trial 76, F6: paper minutes not yet justerade had one "Justerandes signatur" line,
    # and a date for two lines printed "Justerat den …" on minutes nobody had signed)
    markdown, word = build(tmp_path, PAPER + '  ordforande: ""\n' + names, dated=False)
    assert markdown.endswith(
        f"::: efter\n## Justering\n\n::: signaturer\n| Ordförandes signatur<br><br><br>{LINE} | "
        f"Justerandes signatur<br><br><br>{LINE}{under[0]} | "
        f"Justerandes signatur<br><br><br>{LINE}{under[1]} |\n|:--|:--|:--|\n:::\n:::\n\n"
        "::: efter\n::: samman\n## Utdrag till\n\n- Revisorerna\n:::\n:::\n")
    assert "Justerat" not in markdown and "Justerat" not in word
    assert word.count("Justerandes signatur") == 2


def test_a_blank_justerare_is_left_out_of_the_sentence(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, PAPER + '  justerare: [Anna Andersson, ""]\n')
    assert "Justerat den 6 april 2022 av Anna Andersson.\n" in markdown
    assert markdown.count("Justerandes signatur") == 2
