"""A delegationsbeslut: an officer (or a committee, or a chair) decides on delegation from a
nämnd ('beslut: delegation: Samhällsbyggnadsnämnden', trial 77, F9). The opening names the
one who decides and the body that delegated, in the tense and with the paragraph of any
decision, and the point of the delegationsordning when given; a point without the body is
an error, and a misspelt body a warning, as for any organ."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
organisation: region-dalarna
dokumenttyp: beslut
etikett: Beslut
datum: 2024-09-19
dnr: HSN 2024/1043
titel: Beslut om bostadsanpassningsbidrag
beslut:
  beslutande: Bostadsanpassningshandläggaren
{delegation}  punkter:
    - bevilja Gunnel Andersson bostadsanpassningsbidrag.
"""
DELEGATED = "  delegation: Samhällsbyggnadsnämnden\n"
POINT = '  delegationspunkt: "4.10"\n'
DATED = "  datum: 2024-09-19\n"


def build(tmp_path: Path, delegation: str) -> tuple[str, str, list[str]]:
    """The Markdown, the Word dump (no-break spaces as spaces) and the problems of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(delegation=delegation), encoding="utf-8")
    result = Pipeline().build(path)
    problems = [p.format().replace(f"{tmp_path}/", "") for p in result.problems]
    if "fall.md" not in result.files:
        return "", "", problems
    return (result.files["fall.md"].decode("utf-8").replace("\u00a0", " "),
            dump_docx(result.files["fall.docx"]).replace("\u00a0", " "), problems)


@pytest.mark.parametrize(("delegation", "opening"), [
    (DELEGATED + DATED, "Bostadsanpassningshandläggaren beslutade den 19 september 2024 på "
     "delegation från samhällsbyggnadsnämnden"),
    (DELEGATED + POINT + DATED, "Bostadsanpassningshandläggaren beslutade den 19 september "
     "2024 på delegation från samhällsbyggnadsnämnden (delegationsordningen punkt 4.10)"),
    # (trial 80, F3: with a paragraph the opening ended in a comma, without one in nothing;
    # the paragraph's commas close before "på delegation", and the line ends as without one)
    (DELEGATED + POINT + DATED + "  paragraf: D § 112\n", "Bostadsanpassningshandläggaren "
     "beslutade den 19 september 2024, D § 112, på delegation från samhällsbyggnadsnämnden "
     "(delegationsordningen punkt 4.10)"),
    (DELEGATED + DATED + "  paragraf: 112\n", "Bostadsanpassningshandläggaren beslutade den "
     "19 september 2024, § 112, på delegation från samhällsbyggnadsnämnden"),
    (DELEGATED, "Bostadsanpassningshandläggaren beslutar på delegation från "
     "samhällsbyggnadsnämnden"),
    (DELEGATED + POINT + "  paragraf: DB 112\n", "Bostadsanpassningshandläggaren beslutar "
     "(DB 112) på delegation från samhällsbyggnadsnämnden (delegationsordningen punkt 4.10)"),
])
def test_the_opening_says_who_delegated_the_decision(
        tmp_path: Path, delegation: str, opening: str) -> None:
    markdown, word, problems = build(tmp_path, delegation)
    assert problems == []
    printed = f"{opening}\n\natt bevilja Gunnel Andersson bostadsanpassningsbidrag.\n"
    assert markdown.endswith(f"## Beslut\n\n{printed}")
    assert f"[Normal] {opening} ↓" in word.splitlines()


def test_without_delegation_the_body_decides_as_before(tmp_path: Path) -> None:
    markdown, _, _ = build(tmp_path, DATED)
    assert "Bostadsanpassningshandläggaren beslutade den 19 september 2024\n" in markdown


@pytest.mark.parametrize(("paragraph", "opening"), [
    ("", "Bostadsanpassningshandläggaren beslutade den 19 september 2024 på delegation från "
     "samhällsbyggnadsnämnden:"),
    ("  paragraf: D § 112\n", "Bostadsanpassningshandläggaren beslutade den 19 september "
     "2024, D § 112, på delegation från samhällsbyggnadsnämnden:"),
])
def test_numbered_sentences_follow_a_colon_after_the_delegation(
        tmp_path: Path, paragraph: str, opening: str) -> None:
    markdown, _, problems = build(tmp_path, DELEGATED + DATED + paragraph + "  stil: numrerad\n")
    assert problems == []
    assert f"## Beslut\n\n{opening}\n\n" in markdown


def test_a_point_without_the_body_that_delegated_is_an_error(tmp_path: Path) -> None:
    _, _, problems = build(tmp_path, POINT)
    assert problems == [
        "fall.yaml:9:3: 'delegationspunkt' är punkten i delegationsordningen, men beslutet "
        "säger inte från vem delegationen kommer; skriv organet under 'beslut', t.ex. "
        "'delegation: Samhällsbyggnadsnämnden', eller ta bort raden"]


def test_a_misspelt_delegating_body_is_warned_about_as_any_organ(tmp_path: Path) -> None:
    _, _, problems = build(tmp_path, "  delegation: Hälso- och sjukvårdsnämden\n")
    assert problems == [
        "fall.yaml:9:15: varning: 'Hälso- och sjukvårdsnämden' står inte bland organen i "
        "profilen 'region-dalarna', menade du 'Hälso- och sjukvårdsnämnden'?"]


def test_a_lead_in_left_out_drops_the_delegation_which_is_warned_about(tmp_path: Path) -> None:
    _, _, problems = build(tmp_path, DELEGATED + "  inledning: nej\n  stil: numrerad\n")
    assert problems == [
        "fall.yaml:10:3: varning: 'inledning: nej' tar bort meningen före punkterna, och med "
        "den beslutets delegation, som då inte skrivs någonstans i dokumentet; skriv "
        "'inledning: nej' bara i ett protokoll eller protokollsutdrag (t.ex. 'etikett: "
        "Sammanträdesprotokoll') med beslutets datum, eller ta bort raden"]
