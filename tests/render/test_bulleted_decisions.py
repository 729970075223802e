"""A decision or a proposal in the bulleted style ('stil: punktlista'): its points are whole
sentences in a bulleted list, as a protocol prints a val (trial 55, F8: Gotland KF § 6,
"Kommunfullmäktiges val", three "•" sentences). Printed after a colon, in Markdown and in
Word alike; a lone point is a bullet too, as the protocol has it (trial 55, F9). The checks
of numbered sentences hold for them: no lead-in is allowed, and a point that names the body
again is warned about. A profile may choose the style for every proposal and decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2006-11-08
dnr: nej
titel: Val av ledamöter i kommunstyrelsen
beslut:
  beslutande: Kommunfullmäktige
  rubrik: Kommunfullmäktiges val
  datum: 2006-11-01
  paragraf: KF § 6
{extra}  stil: punktlista
  punkter:
{points}avsnitt:
  - text: Kommunfullmäktige har att välja ledamöter i kommunstyrelsen.
justering:
  signaturrader: ja
"""
POINTS = """\
    - Till ordförande i kommunstyrelsen väljs Eva Nypelius (c).
    - |
      Till ledamöter väljs:

      - Lars Thomsson (c)
      - Björn Jansson (s)
    - Vid förhinder inkallas ersättarna i den ordning de upptas i protokollet.
"""
OPENING = "Kommunfullmäktige beslutade den 1 november 2006, KF § 6:"
BULLETS = (
    "- Till ordförande i kommunstyrelsen väljs Eva Nypelius (c).\n"
    "- Till ledamöter väljs:\n\n"
    "    - Lars Thomsson (c)\n"
    "    - Björn Jansson (s)\n\n"
    "- Vid förhinder inkallas ersättarna i den ordning de upptas i protokollet.\n"
)


def build(tmp_path: Path, text: str) -> tuple[list[str], str, list[str]]:
    """The problems as printed (without the folder), the Markdown and the Word dump's lines
    of a case (without their keep marks), no-break spaces as spaces."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline().build(path)
    problems = [p.format().replace(f"{tmp_path}/", "") for p in result.problems]
    if "fall.md" not in result.files:
        return problems, "", []
    return (problems, result.files["fall.md"].decode("utf-8").replace("\u00a0", " "),
            [line.removesuffix(" ↓") for line in  # (kept with the next: not the point here)
             dump_docx(result.files["fall.docx"]).replace("\u00a0", " ").splitlines()])


def test_its_points_are_a_bulleted_list_after_a_colon(tmp_path: Path) -> None:
    problems, markdown, _ = build(tmp_path, CASE.format(extra="", points=POINTS))
    assert problems == []
    assert f"## Kommunfullmäktiges val\n\n{OPENING}\n\n{BULLETS}\n::: efter\n## Justering" \
        in markdown
    assert "\natt " not in markdown and "\n1. " not in markdown


def test_word_prints_them_as_a_bulleted_list(tmp_path: Path) -> None:
    _, _, lines = build(tmp_path, CASE.format(extra="", points=POINTS))
    decision = lines[lines.index("[Heading 2] Kommunfullmäktiges val") + 1:]
    assert decision[:6] == [
        f"[Normal] {OPENING}",
        "[List Bullet] Till ordförande i kommunstyrelsen väljs Eva Nypelius (c).",
        "[List Bullet] Till ledamöter väljs:",
        "[List Bullet 2] Lars Thomsson (c)",
        "[List Bullet 2] Björn Jansson (s)",
        "[List Bullet] Vid förhinder inkallas ersättarna i den ordning de upptas i protokollet."]


def test_a_lone_point_is_a_bullet_too(tmp_path: Path) -> None:
    one = "    - Till ordförande i kommunstyrelsen väljs Eva Nypelius (c).\n"
    _, markdown, lines = build(tmp_path, CASE.format(extra="  inledning: nej\n", points=one))
    assert "## Kommunfullmäktiges val\n\n- Till ordförande i kommunstyrelsen väljs Eva " \
        "Nypelius (c).\n" in markdown
    assert "[List Bullet] Till ordförande i kommunstyrelsen väljs Eva Nypelius (c)." in lines


def test_it_may_stand_without_its_lead_in_as_numbered_sentences_may(tmp_path: Path) -> None:
    problems, markdown, _ = build(tmp_path, CASE.format(extra="  inledning: nej\n",
                                                        points=POINTS))
    assert problems == []
    assert f"## Kommunfullmäktiges val\n\n{BULLETS}" in markdown


def test_a_point_that_names_the_body_again_is_warned_about(tmp_path: Path) -> None:
    again = "    - Kommunfullmäktige väljer Eva Nypelius (c) till ordförande.\n"
    problems, _, _ = build(tmp_path, CASE.format(extra="", points=again))
    assert problems == [
        "fall.yaml:13:7: varning: punkten börjar med 'Kommunfullmäktige väljer', men "
        "inledningen före punkterna namnger redan Kommunfullmäktige; börja punkten med det "
        "som beslutas eller med 'att …'; vill du behålla källans ordalydelse, skriv "
        "'inledning: nej' under 'beslut', så skrivs ingen inledning före punkterna"]


PROPOSAL = """\
dokumenttyp: tjansteskrivelse
datum: 2009-10-20
dnr: KS 2009/297
titel: Val av revisorer
forslag:
  forslagsstallare: Kommunstyrelsen
  beslutande: kommunfullmäktige
  punkter:
    - Till revisor väljs Anna Berg (s).
    - Till revisor väljs Olof Ek (m).
avsnitt:
  - text: Revisorerna väljs för fyra år.
"""


def test_a_proposal_prints_them_so_too(tmp_path: Path) -> None:
    text = PROPOSAL.replace("  punkter:\n", "  stil: punktlista\n  punkter:\n")
    problems, markdown, _ = build(tmp_path, text)
    assert problems == []
    assert markdown.endswith(
        "## Förslag till beslut\n\nKommunstyrelsen föreslår kommunfullmäktige besluta:\n\n"
        "- Till revisor väljs Anna Berg (s).\n- Till revisor väljs Olof Ek (m).\n")


def test_a_profile_chooses_it_for_every_proposal(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # (profiles are looked up in ./profiler first)
    profile = tmp_path / "profiler" / "var-kommun"
    profile.mkdir(parents=True)
    (profile / "profil.yaml").write_text(
        "namn: Vår kommun\nrader: [Vår kommun]\nhusstil:\n  forslag_stil: punktlista\n",
        encoding="utf-8")
    problems, markdown, _ = build(tmp_path, "organisation: var-kommun\n" + PROPOSAL)
    assert problems == []
    assert markdown.endswith(
        "besluta:\n\n- Till revisor väljs Anna Berg (s).\n- Till revisor väljs Olof Ek (m).\n")
