"""A decision in the numbered style ('beslut: stil: numrerad'): its points are whole sentences,
as a protocol may have them (trial 23, Gotland KF § 199: 'Inom en total låneram på 1 000 mnkr
bemyndigas kommunstyrelsen …'), printed as a numbered list after a colon, in Markdown and in
Word alike, in every kind that prints a decision. A decision without 'stil' has att-satser."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: {kind}
etikett: Utdrag
datum: 2003-11-24
dnr: KS 2003/0343-04
titel: Anhållan om kommunal borgen (AB Gotlandshem)
beslut:
  beslutande: Kommunfullmäktige
{when}  stil: numrerad
  punkter:
    - Inom en total låneram på {{{{ tabeller.borgensram.summa }}}} bemyndigas kommunstyrelsen
      teckna borgen såsom för egen skuld för långfristiga lån som AB Gotlandshem upptar.
    - Ärenden av detta slag delegeras till kommunstyrelsens ordförande.
avsnitt:
  - rubrik: Ärendet
    text: AB Gotlandshem har anhållit att beloppsgränsen ska höjas.
    tabell: borgensram
tabeller:
  - namn: borgensram
    enhet: mnkr
    kolumner:
      - namn: post
        rubrik: Borgensram
      - namn: belopp
        rubrik: Belopp
        typ: belopp
    rader:
      - post: Nuvarande beloppsgräns
        belopp: 750
      - post: Höjning
        belopp: 250
"""
TAKEN = "  datum: 2003-11-24\n  paragraf: § 199\n"
POINTS = (
    "1. Inom en total låneram på 1 000 mnkr bemyndigas kommunstyrelsen teckna borgen såsom "
    "för egen skuld för långfristiga lån som AB Gotlandshem upptar.\n"
    "2. Ärenden av detta slag delegeras till kommunstyrelsens ordförande.\n"
)


def build(tmp_path: Path, kind: str = "beslut", when: str = TAKEN) -> tuple[str, str]:
    """The Markdown and the Word dump of the case (failing on any problem), no-break spaces
    as spaces."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(kind=kind, when=when), encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    return (result.files["fall.md"].decode("utf-8").replace("\u00a0", " "),
            dump_docx(result.files["fall.docx"]).replace("\u00a0", " "))


def test_its_points_are_numbered_sentences_after_a_colon(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path)
    assert markdown.endswith(
        "## Beslut\n\nKommunfullmäktige beslutade den 24 november 2003, § 199:\n\n" + POINTS)
    assert "\natt " not in markdown


def test_word_prints_them_as_a_numbered_list(tmp_path: Path) -> None:
    _, dump = build(tmp_path)
    decision = dump[dump.index("[Heading 2] Beslut"):]
    lines = decision.splitlines()
    assert lines[1] == "[Normal] Kommunfullmäktige beslutade den 24 november 2003, § 199: ↓"
    assert lines[2].startswith("[List Number] (num ")
    assert lines[2].endswith(") Inom en total låneram på 1 000 mnkr bemyndigas kommunstyrelsen "
                             "teckna borgen såsom för egen skuld för långfristiga lån som AB "
                             "Gotlandshem upptar. ↓")  # (kept with the next: a short list)
    assert lines[3].startswith("[List Number] (num ")
    assert lines[3].endswith(") Ärenden av detta slag delegeras till kommunstyrelsens ordförande.")


def test_a_decision_without_a_date_ends_its_opening_with_a_colon(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, when="  paragraf: § 199\n")
    assert "Kommunfullmäktige beslutar (§ 199):\n\n" + POINTS in markdown


def test_a_per_capsulam_decision_prints_them_so_too(tmp_path: Path) -> None:
    markdown, dump = build(tmp_path, "beslut_per_capsulam", when="")
    assert markdown.endswith(
        "Kommunfullmäktige beslutar:\n\n" + POINTS + "\nBeslutet per capsulam förs till "
        "minnesanteckningarna på nästkommande möte i kommunfullmäktige.\n")
    assert "[List Number]" in dump


@pytest.mark.parametrize("style", ["", "  stil: att\n"])
def test_without_the_numbered_style_the_points_are_att_satser(
    tmp_path: Path, style: str
) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(kind="beslut", when=TAKEN + style).replace(
        "  stil: numrerad\n", "").replace("- Inom", "- inom").replace(
        "bemyndigas kommunstyrelsen\n", "bemyndiga kommunstyrelsen att\n").replace(
        "- Ärenden av detta slag delegeras", "- delegera ärenden av detta slag"),
        encoding="utf-8")
    markdown = Pipeline().build(path).files["fall.md"].decode("utf-8").replace("\u00a0", " ")
    assert "§ 199,\n\natt inom en total låneram" in markdown
    assert "\n\natt delegera ärenden av detta slag" in markdown


ONE_POINT = ("    - Ärenden av detta slag delegeras till kommunstyrelsens ordförande.\n", "")
LONE = "Inom en total låneram på 1 000 mnkr bemyndigas kommunstyrelsen teckna borgen såsom " \
    "för egen skuld för långfristiga lån som AB Gotlandshem upptar."


def build_one(tmp_path: Path, text: str) -> tuple[str, list[str]]:
    """The Markdown and the Word dump's lines of a case (failing on any problem)."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    return (result.files["fall.md"].decode("utf-8").replace("\u00a0", " "),
            dump_docx(result.files["fall.docx"]).replace("\u00a0", " ").splitlines())


def test_a_lone_sentence_is_not_numbered_but_a_paragraph_after_the_colon(
        tmp_path: Path) -> None:
    """Trial 35, F12: jll-ls-130 has one point, printed "1. Preliminär föredragningslista …"."""
    markdown, lines = build_one(tmp_path, CASE.format(kind="beslut", when=TAKEN).replace(
        *ONE_POINT))
    assert markdown.endswith(
        "## Beslut\n\nKommunfullmäktige beslutade den 24 november 2003, § 199:\n\n"
        + LONE + "\n")
    decision = lines[lines.index("[Heading 2] Beslut ↓"):]
    assert decision[1:3] == [  # (the colon keeps the lead-in with the sentence: trial 48)
        "[Normal] Kommunfullmäktige beslutade den 24 november 2003, § 199: ↓", f"[Normal] {LONE}"]
    assert not any("[List Number]" in line for line in lines)


def test_a_proposals_lone_sentence_is_a_paragraph_too(tmp_path: Path) -> None:
    proposal = ("forslag:\n  forslagsstallare: Kommunstyrelsen\n  beslutande: kommunfullmäktige\n"
                "  stil: numrerad\n  punkter:\n    - Ärenden av detta slag delegeras till "
                "kommunstyrelsens ordförande.\n")
    text = CASE.format(kind="tjansteskrivelse", when="").split("beslut:\n")[0] + proposal
    markdown, lines = build_one(tmp_path, text)
    assert markdown.endswith(
        "## Förslag till beslut\n\nKommunstyrelsen föreslår kommunfullmäktige besluta:\n\n"
        "Ärenden av detta slag delegeras till kommunstyrelsens ordförande.\n")
    assert lines[-1] == ("[Normal] Ärenden av detta slag delegeras till kommunstyrelsens "
                         "ordförande.")


def test_a_template_written_before_lone_sentences_still_numbers_one(tmp_path: Path) -> None:
    """A lone sentence is told by its own flag (`d.lone`), not by a style of its own: an
    organisation's decision partial that knows only 'att' and 'numrerad' prints "1. …" as
    it did, never the sentence as an att-sats."""
    own = tmp_path / "mallar" / "partials"
    own.mkdir(parents=True)
    shipped = Path(__file__).resolve().parents[2] / "templates" / "partials" / "decision.md.j2"
    old = (shipped.read_text(encoding="utf-8")
           .replace("{% if sentences and d.lone %}", "{% if false %}"))
    (own / "decision.md.j2").write_text(old, encoding="utf-8")
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(kind="beslut", when=TAKEN).replace(*ONE_POINT), encoding="utf-8")
    result = Pipeline([tmp_path / "mallar"]).build(path)
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", " ")
    assert markdown.endswith("§ 199:\n\n1. " + LONE + "\n")
