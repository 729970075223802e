"""The signature blocks of an agreement (trial 68, F7): the date in words with 'datumform:
text', "Stockholm den 15 december 2016", and a party that signs ("För regeringen") above the
signature line, in Markdown and in Word alike; and what is wrong with 'datumform'."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

HEAD = """\
dokumenttyp: godkannande
datum: 2016-12-15
dnr: S2016/07774/FS
titel: Godkännande av överenskommelsen
avsnitt:
  - text: Parterna godkänner överenskommelsen.
undertecknare:
"""
GOVERNMENT = ("  - {ort: Stockholm, datum: 2016-12-15, datumform: text, namn: Annika Strandhäll,\n"
              "     titel: socialminister, organisation: För regeringen}\n")
SKL = ("  - {ort: Stockholm, datum: 2016-12-15, datumform: text, namn: Lena Micko,\n"
       "     titel: ordförande, organisation: För Sveriges Kommuner och Landsting}\n")
LINE = "\\_" * 20
WORD_LINE = "_" * 20
TABLE = "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]"


def build(tmp_path: Path, signers: str) -> tuple[str, str]:
    """The signature blocks of a case as Markdown and as Word (failing on any problem)."""
    path = tmp_path / "fall.yaml"
    path.write_text(HEAD + signers, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", " ")
    word = dump_docx(result.files["fall.docx"]).replace("\u00a0", " ")
    return markdown[markdown.index("::: signaturer"):], word[word.index(TABLE):]


def problems(tmp_path: Path, signers: str) -> list[str]:
    path = tmp_path / "fall.yaml"
    path.write_text(HEAD + signers, encoding="utf-8")
    return [p.format().removeprefix(f"{path}:") for p in Pipeline().build(path).problems]


def test_two_parties_date_in_words_and_sign_under_their_party(tmp_path: Path) -> None:
    markdown, word = build(tmp_path, GOVERNMENT + SKL)
    assert markdown == (
        "::: signaturer\n"
        "| Stockholm den 15 december 2016<br><br>För regeringen<br><br><br>"
        f"{LINE}<br>Annika Strandhäll<br>socialminister | "
        "Stockholm den 15 december 2016<br><br>För Sveriges Kommuner och Landsting<br><br><br>"
        f"{LINE}<br>Lena Micko<br>ordförande |\n"
        "|:--|:--|\n"
        ":::\n")
    assert word.splitlines() == [
        TABLE,
        "  | Stockholm den 15 december 2016 ⏎  ⏎ För regeringen ⏎  ⏎  ⏎ "
        f"{WORD_LINE} ⏎ Annika Strandhäll ⏎ socialminister | "
        "Stockholm den 15 december 2016 ⏎  ⏎ För Sveriges Kommuner och Landsting ⏎  ⏎  ⏎ "
        f"{WORD_LINE} ⏎ Lena Micko ⏎ ordförande |",
    ]


def test_without_datumform_the_date_is_iso_and_without_a_place_in_words_alone(
    tmp_path: Path,
) -> None:
    signers = ("  - {ort: Stockholm, datum: 2016-12-15, namn: Anna Ek, titel: ordförande}\n"
               "  - {datum: 2016-12-16, datumform: text, namn: Bo Berg, titel: direktör}\n")
    markdown, _ = build(tmp_path, signers)
    assert markdown.splitlines()[1] == (
        f"| Stockholm 2016-12-15<br><br><br>{LINE}<br>Anna Ek<br>ordförande | "
        f"16 december 2016<br><br><br>{LINE}<br>Bo Berg<br>direktör |")


def test_datumform_iso_is_the_date_in_figures(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, GOVERNMENT.replace("datumform: text", "datumform: iso"))
    assert markdown.splitlines()[1] == "Stockholm 2016-12-15<br><br>För regeringen<br><br>  "


def test_beside_a_party_a_block_without_one_keeps_its_signature_line_level(
    tmp_path: Path,
) -> None:
    # an organisation that is no party ("Region Västerbotten") stays under the title
    signers = GOVERNMENT + ("  - {ort: Umeå, datum: 2016-12-15, datumform: text, namn: Kent "
                            "Ehliasson,\n     titel: regiondirektör, organisation: Region "
                            "Västerbotten}\n")
    markdown, word = build(tmp_path, signers)
    assert markdown.splitlines()[1] == (
        "| Stockholm den 15 december 2016<br><br>För regeringen<br><br><br>"
        f"{LINE}<br>Annika Strandhäll<br>socialminister | "
        "Umeå den 15 december 2016<br><br><br><br><br>"
        f"{LINE}<br>Kent Ehliasson<br>regiondirektör<br>Region Västerbotten |")
    left, right = word.splitlines()[1].strip(" |").split(" | ")
    assert left.split(" ⏎ ").index(WORD_LINE) == right.split(" ⏎ ").index(WORD_LINE) == 5


def test_one_party_alone_is_lines_with_the_party_above_the_line(tmp_path: Path) -> None:
    markdown, word = build(tmp_path, GOVERNMENT)
    assert markdown == (
        "::: signaturer\n"
        "Stockholm den 15 december 2016<br><br>För regeringen<br><br>  \n"
        f"{LINE}  \nAnnika Strandhäll  \nsocialminister\n"
        ":::\n")
    assert word.splitlines() == [
        TABLE,
        "  | Stockholm den 15 december 2016 ⏎  ⏎ För regeringen ⏎  ⏎  ⏎ "
        f"{WORD_LINE} ⏎ Annika Strandhäll ⏎ socialminister |  |",
    ]


def test_a_datumform_that_is_not_iso_or_text_is_told_the_choices(tmp_path: Path) -> None:
    assert problems(tmp_path, GOVERNMENT.replace("datumform: text", "datumform: ord")) == [
        "8:52: 'datumform' har värdet 'ord' som inte finns, välj ett av: iso, text"]


def test_a_datumform_without_a_date_is_told_to_write_the_date(tmp_path: Path) -> None:
    signers = "  - {ort: Stockholm, datumform: text, namn: Anna Ek, titel: ordförande}\n"
    assert problems(tmp_path, signers) == [
        "8:33: 'datumform' säger hur underskriftens datum skrivs men underskriften har inget "
        "datum, skriv datumet, t.ex. 'datum: 2016-12-15', eller ta bort 'datumform'"]
