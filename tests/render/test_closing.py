"""The close of every document: "I tjänsten", the signature blocks, the distribution list
("Utdrag till") and last a signing service's signature page; and signature blocks that lack
a place, a name or an organisation, in Markdown and in Word alike."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from generator.build import Pipeline
from generator.case.models import DocumentKind
from generator.word.dump import dump_docx

HEAD = """\
dokumenttyp: {kind}
datum: 2020-03-26
dnr: nej
titel: Stängning av träffpunkter
"""
DECISION = """\
beslut:
  beslutande: Vård- och omsorgsnämndens ordförande
  punkter:
    - stänga träffpunkterna.
"""
CLOSING = """\
i_tjansten:
  namn: Eva Ek
  titel: Förvaltningschef
undertecknare:
  - namn: Anna-Lena Johansson
    titel: Ordförande
    organisation: Vård- och omsorgsnämnden
  - namn: Eva Ek
    titel: Förvaltningschef
utdrag_till_rubrik: Beslutet skickas till
utdrag_till:
  - Kommunstyrelsen
signatursida:
  - namn: Anna-Lena Johansson
    titel: Ordförande
    organisation: Vård- och omsorgsnämnden
    tidpunkt: 2020-03-26 09:38:46 +01:00
    identifikationstyp: Svensk e-legitimation
    identifikations_id: abc123
"""
LINE = "\\_" * 20
BLOCKS = """\
undertecknare:
  - titel: Miljöchef
    organisation: Ale kommun
    ort: Nödinge
  - titel: Miljöchef
    organisation: Härryda kommun
    datum: 2023-06-20
  - namn: Anna-Lena Johansson
    titel: Ordförande
"""


OLD_ON_DUTY = """\
{#- "I tjänsten" (who signs a tjänsteskrivelse) and "Utdrag till" (who gets an extract), under
    the case's own heading if it has one ("Beslutet skickas till"). -#}
{% if doc.on_duty %}
I tjänsten{{ "  " | md }}
{{ doc.on_duty.name }}{{ "  " | md }}
{{ doc.on_duty.title }}

{% endif %}
{% if doc.extract_to %}
## {{ doc.extract_heading }}

{% for receiver in doc.extract_to %}
- {{ receiver }}
{% endfor %}
{% endif %}
"""
"""partials/on_duty.md.j2 as it was before the distribution list had a partial of its own
(commit b0672d6 moved it after the signature blocks)."""


def build(tmp_path: Path, text: str, templates: tuple[Path, ...] = ()) -> tuple[str, str]:
    """The Markdown and the Word dump of a case (failing on any error)."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline(templates).build(path)
    assert [p.format() for p in result.problems if p.is_error] == []
    return (result.files["fall.md"].decode("utf-8").replace("\u00a0", " "),
            dump_docx(result.files["fall.docx"]).replace("\u00a0", " "))


@pytest.mark.parametrize("kind", get_args(DocumentKind))
def test_the_distribution_list_comes_after_the_signatures_and_before_the_signature_page(
    tmp_path: Path, kind: str
) -> None:
    # (trial 30: an ordförandebeslut printed its signature after "Beslutet skickas till")
    markdown, word = build(tmp_path, HEAD.format(kind=kind) + DECISION + CLOSING)
    assert markdown[markdown.index("I tjänsten"):] == (
        "I tjänsten  \nEva Ek  \nFörvaltningschef\n:::\n:::\n\n"
        "::: signaturer\n"
        f"| <br><br><br>{LINE}<br>Anna-Lena Johansson<br>Ordförande<br>Vård- och "
        f"omsorgsnämnden | <br><br><br>{LINE}<br>Eva Ek<br>Förvaltningschef |\n"
        "|:--|:--|\n:::\n\n"
        "::: efter\n::: samman\n## Beslutet skickas till\n\n- Kommunstyrelsen\n:::\n:::\n\n"
        "::: sidbrytning\n:::\n\n## Signatursida\n\n"
        "Detta dokument har elektroniskt undertecknats av följande undertecknare:\n\n"
        "| Namn | Titel, organisation | Datum och tid | Identifikationstyp | "
        "Identifikations-id |\n|:--|:--|:--|:--|:--|\n"
        "| Anna-Lena Johansson | Ordförande, Vård- och omsorgsnämnden | "
        "2020-03-26 09:38:46 +01:00 | Svensk e-legitimation | abc123 |\n")
    lines = word.splitlines()
    start = lines.index("[Normal] I tjänsten ⏎ Eva Ek ⏎ Förvaltningschef ↓")
    table = lines.index("[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]", start)
    # (after a held proposal a 1 pt paragraph keeps the tables apart: test_held_run.py)
    assert lines[start + 1:table] in ([], ["[Normal] ↓"])
    start = table - 1
    assert lines[start + 1:start + 4] == [  # (the heading and the list, the signatures' last
        "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]",  # row: test_held_list.py)
        "  |  ⏎  ⏎  ⏎ ____________________ ⏎ Anna-Lena Johansson ⏎ Ordförande ⏎ Vård- och "
        "omsorgsnämnden |  ⏎  ⏎  ⏎ ____________________ ⏎ Eva Ek ⏎ Förvaltningschef | ↓",
        "  | ↔2 Beslutet skickas till ¶ Kommunstyrelsen |",
    ]
    assert lines[start + 4] == "[Heading 2] [ny sida] Signatursida ↓"


def test_an_old_copy_of_on_duty_prints_the_distribution_list_once_where_it_did(
    tmp_path: Path
) -> None:
    # (an organisation that copied on_duty.md.j2 to change "I tjänsten" or "Utdrag till"
    # got the list twice once it moved to extract_to.md.j2)
    folder = tmp_path / "mallar"
    (folder / "partials").mkdir(parents=True)
    (folder / "partials" / "on_duty.md.j2").write_text(OLD_ON_DUTY, encoding="utf-8")
    markdown, word = build(tmp_path, HEAD.format(kind="tjansteskrivelse") + CLOSING, (folder,))
    assert markdown[markdown.index("I tjänsten"):markdown.index("::: sidbrytning")] == (
        "I tjänsten  \nEva Ek  \nFörvaltningschef\n\n"
        "## Beslutet skickas till\n\n- Kommunstyrelsen\n"
        "::: signaturer\n"
        f"| <br><br><br>{LINE}<br>Anna-Lena Johansson<br>Ordförande<br>Vård- och "
        f"omsorgsnämnden | <br><br><br>{LINE}<br>Eva Ek<br>Förvaltningschef |\n"
        "|:--|:--|\n:::\n\n")
    assert word.count("Beslutet skickas till") == 1


def test_a_copy_of_on_duty_that_leaves_the_list_out_gets_it_after_the_signatures(
    tmp_path: Path
) -> None:
    folder = tmp_path / "mallar"
    (folder / "partials").mkdir(parents=True)
    (folder / "partials" / "on_duty.md.j2").write_text(
        "{# extract_to is another partial's #}\nPå uppdrag av{{ '  ' | md }}\n"
        "{{ doc.on_duty.name }}\n\n", encoding="utf-8")
    markdown, _ = build(tmp_path, HEAD.format(kind="tjansteskrivelse") + CLOSING, (folder,))
    assert markdown[markdown.index("På uppdrag av"):markdown.index("::: sidbrytning")] == (
        "På uppdrag av  \nEva Ek\n:::\n:::\n\n"
        "::: signaturer\n"
        f"| <br><br><br>{LINE}<br>Anna-Lena Johansson<br>Ordförande<br>Vård- och "
        f"omsorgsnämnden | <br><br><br>{LINE}<br>Eva Ek<br>Förvaltningschef |\n"
        "|:--|:--|\n:::\n\n"
        "::: efter\n::: samman\n## Beslutet skickas till\n\n- Kommunstyrelsen\n:::\n:::\n\n")


def test_a_copy_of_on_duty_that_does_not_parse_is_reported_with_its_line(
    tmp_path: Path
) -> None:
    folder = tmp_path / "mallar"
    (folder / "partials").mkdir(parents=True)
    copy = folder / "partials" / "on_duty.md.j2"
    copy.write_text("{% if doc.extract_to %}\n{{ doc.extract_to }}\n", encoding="utf-8")
    path = tmp_path / "fall.yaml"
    path.write_text(HEAD.format(kind="tjansteskrivelse") + CLOSING, encoding="utf-8")
    assert [p.format() for p in Pipeline((folder,)).build(path).problems] == [
        f"{path}:1:1: mallen {copy}, rad 2: syntaxfel i mallen"]


def test_a_block_may_lack_its_place_its_name_and_its_organisation(tmp_path: Path) -> None:
    # (trial 29: an avtal's blocks have no names yet; trial 30: an ordförandebeslut is signed
    # with a name and a title)
    markdown, word = build(tmp_path, HEAD.format(kind="godkannande") + BLOCKS)
    assert markdown[markdown.index("::: signaturer"):] == (
        "::: signaturer\n"
        f"| Nödinge den \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_<br><br><br>{LINE}<br><br>{LINE}<br>"
        "Miljöchef<br>Ale kommun | "
        f"2023-06-20<br><br><br>{LINE}<br><br>{LINE}<br>Miljöchef<br>Härryda kommun |\n"
        "|:--|:--|\n"
        f"| <br><br><br><br><br>{LINE}<br>Anna-Lena Johansson<br>Ordförande |  |\n"
        ":::\n")
    lines = word.splitlines()
    table = lines.index("[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]")
    line = "_" * 20
    assert lines[table + 1:] == [
        f"  | Nödinge den __________ ⏎  ⏎  ⏎ {line} ⏎  ⏎ {line} ⏎ Miljöchef ⏎ Ale kommun | "
        f"2023‑06‑20 ⏎  ⏎  ⏎ {line} ⏎  ⏎ {line} ⏎ Miljöchef ⏎ Härryda kommun | ↓",
        f"  |  ⏎  ⏎  ⏎  ⏎  ⏎ {line} ⏎ Anna-Lena Johansson ⏎ Ordförande |  |",
    ]


@pytest.mark.parametrize(("block", "lines", "cell"), [
    ("  - namn: Anna Eriksson\n    titel: generaldirektör\n",
     f"<br><br>  \n{LINE}  \nAnna Eriksson  \ngeneraldirektör\n",
     " ⏎  ⏎  ⏎ ____________________ ⏎ Anna Eriksson ⏎ generaldirektör"),
    ("  - ort: Nödinge\n    titel: Miljöchef\n    organisation: Ale kommun\n",
     f"Nödinge den \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_<br><br>  \n{LINE}  \n<br>{LINE}  \n"
     "Miljöchef  \nAle kommun\n",
     "Nödinge den __________ ⏎  ⏎  ⏎ ____________________ ⏎  ⏎ ____________________ ⏎ "
     "Miljöchef ⏎ Ale kommun"),
], ids=["namn och titel", "ort utan namn"])
def test_one_signer_is_lines_in_markdown_and_the_same_block_in_word(
    tmp_path: Path, block: str, lines: str, cell: str
) -> None:
    # (trial 34: one signer was a table whose header row was the signature, the second
    # column empty; Word sets the block as it did, in the first of two columns)
    markdown, word = build(tmp_path, HEAD.format(kind="godkannande") + "undertecknare:\n"
                           + block)
    assert markdown[markdown.index("::: signaturer"):] == f"::: signaturer\n{lines}:::\n"
    assert word.splitlines()[-2:] == [
        "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]", f"  | {cell} |  |"]


def test_a_block_without_a_name_is_checked_for_nothing_it_lacks(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(HEAD.format(kind="godkannande") + BLOCKS.replace(
        "    datum: 2023-06-20\n", "    datum: 2020-03-20\n"), encoding="utf-8")
    assert [p.format() for p in Pipeline().build(path).problems] == [
        f"{path}:11:12: varning: underskriften är daterad 2020-03-20, före dokumentets datum "
        "2020-03-26, kontrollera datumen"]


def test_the_name_checks_read_the_blocks_that_have_names(tmp_path: Path) -> None:
    page = ("signatursida:\n  - namn: Bo Berg\n    titel: Miljöchef\n    organisation: Ale "
            "kommun\n    tidpunkt: 2020-03-26 09:38:46 +01:00\n    identifikationstyp: BankID\n"
            "    identifikations_id: x1\n")
    path = tmp_path / "fall.yaml"
    path.write_text(HEAD.format(kind="godkannande") + BLOCKS.replace(
        "Anna-Lena Johansson", "Anna-lena Johanson") + page
        + "i_tjansten:\n  namn: Anna-Lena Johansson\n  titel: Ordförande\n", encoding="utf-8")
    assert [p.format() for p in Pipeline().build(path).problems] == [
        f"{path}:22:9: varning: namnet 'Anna-Lena Johansson' liknar 'Anna-lena Johanson' på "
        "rad 12, kontrollera om det är samma person och skriv i så fall namnet likadant"]


PER_CAPSULAM = """\
dokumenttyp: beslut_per_capsulam
etikett: Protokoll
datum: 2017-06-26
dnr: nej
titel: Protokoll vid sammanträde per capsulam
beslut:
  beslutande: Finansinspektionens styrelse
  antecknas_i: protokollet
  punkter:
    - godkänna rapporten.
"""
MEMBERS = ("Sven-Erik Österberg", "Maria Bredberg Pettersson", "Marianne Eliason",
           "Anders Kvist", "Astri Muren", "Hans Nyman", "Gustaf Sjöberg", "Erik Thedéen",
           "Lena Lind")
SENTENCE = ("[Normal] Beslutet per capsulam förs till protokollet på nästkommande möte i "
            "Finansinspektionens styrelse.")


def _members(count: int) -> str:
    return "undertecknare:\n" + "".join(
        f"  - {{namn: {name}, titel: ledamot}}\n" for name in MEMBERS[:count])


def test_nine_signers_break_between_rows_and_the_closing_sentence_stays_with_the_decision(
    tmp_path: Path,
) -> None:
    # (trial 41, F6: the sentence and all five rows moved to page 2, half of page 1 empty)
    _, word = build(tmp_path, PER_CAPSULAM + _members(9))
    lines = word.splitlines()
    sentence = lines.index(SENTENCE)
    line = "_" * 20
    assert lines[sentence - 1:] == [
        "[Normal] att godkänna rapporten.",
        SENTENCE,
        "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]",
        f"  |  ⏎  ⏎  ⏎ {line} ⏎ Sven-Erik Österberg ⏎ ledamot | "
        f" ⏎  ⏎  ⏎ {line} ⏎ Maria Bredberg Pettersson ⏎ ledamot |",
        *(f"  |  ⏎  ⏎  ⏎  ⏎  ⏎ {line} ⏎ {left} ⏎ ledamot | "
          f" ⏎  ⏎  ⏎  ⏎  ⏎ {line} ⏎ {right} ⏎ ledamot |"
          for left, right in zip(MEMBERS[2:8:2], MEMBERS[3:8:2], strict=True)),
        f"  |  ⏎  ⏎  ⏎  ⏎  ⏎ {line} ⏎ Lena Lind ⏎ ledamot |  |",
    ]


def test_four_signers_stay_on_one_page_with_the_closing_sentence(tmp_path: Path) -> None:
    _, word = build(tmp_path, PER_CAPSULAM + _members(4))
    lines = word.splitlines()
    assert lines[lines.index(SENTENCE + " ↓") + 1:] == [
        "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]",
        f"  |  ⏎  ⏎  ⏎ {'_' * 20} ⏎ Sven-Erik Österberg ⏎ ledamot | "
        f" ⏎  ⏎  ⏎ {'_' * 20} ⏎ Maria Bredberg Pettersson ⏎ ledamot | ↓",
        f"  |  ⏎  ⏎  ⏎  ⏎  ⏎ {'_' * 20} ⏎ Marianne Eliason ⏎ ledamot | "
        f" ⏎  ⏎  ⏎  ⏎  ⏎ {'_' * 20} ⏎ Anders Kvist ⏎ ledamot |",
    ]


def test_datum_tom_gives_a_date_line_to_fill_in_and_after_a_place_the_place_rule(
    tmp_path: Path,
) -> None:
    # (trial 41, F7: in a per capsulam every member signs with the date of the signature)
    signers = ("undertecknare:\n  - {namn: Sven-Erik Österberg, titel: ordförande, datum: tom}\n"
               "  - {namn: Anders Kvist, titel: ledamot, datum: Tom, ort: Stockholm}\n")
    markdown, word = build(tmp_path, PER_CAPSULAM + signers)
    blank = "\\_" * 10
    assert markdown[markdown.index("::: signaturer"):] == (
        "::: signaturer\n"
        f"| Datum: {blank}<br><br><br>{LINE}<br>Sven-Erik Österberg<br>ordförande | "
        f"Stockholm den {blank}<br><br><br>{LINE}<br>Anders Kvist<br>ledamot |\n"
        "|:--|:--|\n"
        ":::\n")
    line = "_" * 20
    assert word.splitlines()[-1] == (
        f"  | Datum: __________ ⏎  ⏎  ⏎ {line} ⏎ Sven-Erik Österberg ⏎ ordförande | "
        f"Stockholm den __________ ⏎  ⏎  ⏎ {line} ⏎ Anders Kvist ⏎ ledamot |")


def test_a_date_line_to_fill_in_is_never_dated_before_the_document(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(PER_CAPSULAM + "undertecknare:\n  - {namn: Bo Berg, titel: ledamot, "
                    "datum: tom}\n", encoding="utf-8")
    assert [p.format() for p in Pipeline().build(path).problems] == []


def test_a_word_for_the_date_other_than_tom_is_told_what_to_write(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(PER_CAPSULAM + "undertecknare:\n  - {namn: Bo Berg, titel: ledamot, "
                    "datum: tomt}\n", encoding="utf-8")
    assert [p.format() for p in Pipeline().build(path).problems] == [
        f"{path}:12:44: 'datum': 'tomt' är inget datum, skriv ÅÅÅÅ-MM-DD, eller 'tom' för en "
        "datumrad att fylla i för hand"]


KEEPER = "vid_protokollet: {namn: Anna Nystedt, titel: protokollförare}\n"


def test_vid_protokollet_is_a_block_of_its_own_before_the_signers(tmp_path: Path) -> None:
    # (trial 41, F7: the protokollförare had to be typed as a tenth signer)
    markdown, word = build(tmp_path, PER_CAPSULAM + KEEPER + _members(2).replace(
        "ledamot}", "ledamot, datum: tom}"))
    blank = "\\_" * 10
    assert markdown[markdown.index("::: signaturer"):] == (
        "::: signaturer\n"
        f"| Vid protokollet<br><br><br>{LINE}<br>Anna Nystedt<br>protokollförare |  |\n"
        "|:--|:--|\n"
        f"| <br><br>Datum: {blank}<br><br><br>{LINE}<br>Sven-Erik Österberg<br>ledamot | "
        f"<br><br>Datum: {blank}<br><br><br>{LINE}<br>Maria Bredberg Pettersson<br>ledamot |\n"
        ":::\n")
    line = "_" * 20
    lines = word.splitlines()
    assert lines[lines.index(SENTENCE + " ↓") + 1:] == [
        "[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]",
        f"  | Vid protokollet ⏎  ⏎  ⏎ {line} ⏎ Anna Nystedt ⏎ protokollförare |  | ↓",
        f"  |  ⏎  ⏎ Datum: __________ ⏎  ⏎  ⏎ {line} ⏎ Sven-Erik Österberg ⏎ ledamot | "
        f" ⏎  ⏎ Datum: __________ ⏎  ⏎  ⏎ {line} ⏎ Maria Bredberg Pettersson ⏎ ledamot |",
    ]


def test_vid_protokollet_alone_is_lines_and_needs_no_title(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, PER_CAPSULAM + "vid_protokollet:\n  namn: Anna Nystedt\n")
    assert markdown[markdown.index("::: signaturer"):] == (
        f"::: signaturer\nVid protokollet<br><br>  \n{LINE}  \nAnna Nystedt\n:::\n")


def test_an_old_copy_of_the_signature_blocks_prints_vid_protokollet_and_no_date_line(
    tmp_path: Path,
) -> None:
    # (signature_blocks.md.j2 as it was before the rows of any width: it reads no `date_line`)
    folder = tmp_path / "mallar"
    (folder / "partials").mkdir(parents=True)
    old = Path(__file__).parent / "data" / "old_signature_blocks.md.j2"
    (folder / "partials" / "signature_blocks.md.j2").write_text(
        old.read_text(encoding="utf-8"), encoding="utf-8")
    markdown, _ = build(tmp_path, PER_CAPSULAM + KEEPER
                        + "undertecknare:\n  - {namn: Bo Berg, titel: ledamot, datum: tom}\n",
                        (folder,))
    assert markdown[markdown.index("::: signaturer"):] == (
        "::: signaturer\n"
        f"| Vid protokollet<br><br><br>{LINE}<br>Anna Nystedt<br>protokollförare |  |\n"
        "|:--|:--|\n"
        f"| <br><br><br><br><br>{LINE}<br>Bo Berg<br>ledamot |  |\n"
        ":::\n")


def test_vid_protokollet_is_compared_with_the_other_names(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(PER_CAPSULAM + KEEPER + "undertecknare:\n  - {namn: Anna Nystet, titel: "
                    "ledamot}\n", encoding="utf-8")
    assert [p.format() for p in Pipeline().build(path).problems] == [
        f"{path}:13:12: varning: namnet 'Anna Nystet' liknar 'Anna Nystedt' på rad 11, "
        "kontrollera om det är samma person och skriv i så fall namnet likadant"]


TJANSTESKRIVELSE = """\
i_tjansten:
  - {namn: Mattias Ask, titel: Förvaltningschef}
  - {namn: Thomas Johansson, titel: Kvalitetsstrateg}
handlaggare:
  namn: Thomas Johansson
  titel: Kvalitetsstrateg
  telefon: 0480-45 00 00
  epost: thomas.johansson@kalmar.se
bilagor:
  - Intern kontrollplan 2018
  - Riskanalys
utdrag_till:
  - Omsorgsförvaltningen
"""


def test_two_sign_on_duty_then_the_case_officer_and_the_numbered_attachments(
    tmp_path: Path
) -> None:
    # (trial 57, F6: Kalmar's tjänsteskrivelse has two in "I tjänsten", a handläggare and
    # "Bilagor" after the signatures)
    markdown, word = build(tmp_path, HEAD.format(kind="tjansteskrivelse") + TJANSTESKRIVELSE)
    assert markdown[markdown.index("I tjänsten"):] == (
        "I tjänsten  \nMattias Ask  \nFörvaltningschef\n\n"
        "Thomas Johansson  \nKvalitetsstrateg\n\n"
        "Handläggare  \nThomas Johansson  \nKvalitetsstrateg  \n0480-45 00 00  \n"
        "thomas.johansson@kalmar.se\n:::\n:::\n\n"
        "## Bilagor\n\n1. Intern kontrollplan 2018\n2. Riskanalys\n\n"
        "::: efter\n::: samman\n## Utdrag till\n\n- Omsorgsförvaltningen\n:::\n:::\n")
    lines = word.splitlines()
    start = lines.index("[Normal] [samman] I tjänsten ⏎ Mattias Ask ⏎ Förvaltningschef ⏎  ⏎ "
                        "Thomas Johansson ⏎ Kvalitetsstrateg ⏎  ⏎ Handläggare ⏎ Thomas "
                        "Johansson ⏎ Kvalitetsstrateg ⏎ 0480\u201145 00 00 ⏎ "
                        "thomas.johansson@kalmar.se")  # (a no-break hyphen, as in every number)
    assert lines[start + 1:] == [  # ("I tjänsten" and the handläggare: one paragraph)
        "[Heading 2] Bilagor ↓",
        "[List Number] (num 10) Intern kontrollplan 2018 ↓",
        "[List Number] (num 10) Riskanalys ↓",  # ("Utdrag till" never begins a page)
        "[samman rad]", "[Heading 2] Utdrag till ↓", "[List Bullet] Omsorgsförvaltningen"]


def test_one_attachment_is_a_bilaga_after_the_signature_blocks(tmp_path: Path) -> None:
    text = HEAD.format(kind="beslutsunderlag") + BLOCKS + "bilagor: [Karta]\n"
    markdown, _ = build(tmp_path, text)
    assert markdown[markdown.rindex(":::\n") + 4:] == "\n## Bilaga\n\n1. Karta\n"


def test_a_case_officer_without_a_title_has_the_lines_the_case_gives(tmp_path: Path) -> None:
    text = HEAD.format(kind="tjansteskrivelse") + \
        "handlaggare: {namn: Thomas Johansson, telefon: 0480-45 00 00}\n"
    markdown, _ = build(tmp_path, text)
    assert markdown[markdown.index("Handläggare"):] == (
        "Handläggare  \nThomas Johansson  \n0480-45 00 00\n:::\n:::\n")


def test_a_case_officer_and_an_attachment_may_be_written_as_one_text(tmp_path: Path) -> None:
    text = HEAD.format(kind="tjansteskrivelse") + \
        "handlaggare: Thomas Johansson\nbilagor: Intern kontrollplan 2018\n"
    markdown, _ = build(tmp_path, text)
    assert markdown[markdown.index("Handläggare"):] == (
        "Handläggare  \nThomas Johansson\n:::\n:::\n\n## Bilaga\n\n1. Intern kontrollplan 2018\n")


def test_i_tjansten_never_begins_a_page_without_the_text_it_signs(tmp_path: Path) -> None:
    """"I tjänsten" stands in `::: efter`, as a justering does: the paragraph before it is
    kept with it, so that it never stands alone at the top of a page; in `::: samman` with
    the handläggare, so that the two stay on one page (in Word one paragraph whose lines are
    kept together)."""
    text = HEAD.format(kind="tjansteskrivelse") + (
        "avsnitt:\n  - rubrik: Ärendet\n    text: Träffpunkterna stängs tills vidare.\n"
        "forslag:\n  stil: numrerad\n  punkter: [Träffpunkterna stängs.]\n"
        "i_tjansten: {namn: Eva Ek, titel: Förvaltningschef}\n"
        "handlaggare: {namn: Bo Berg, titel: Utredare}\n")
    markdown, word = build(tmp_path, text)
    assert markdown[markdown.index("Träffpunkterna stängs."):] == (
        "Träffpunkterna stängs.\n\n::: efter\n::: samman\nI tjänsten  \nEva Ek  \n"
        "Förvaltningschef\n\nHandläggare  \nBo Berg  \nUtredare\n:::\n:::\n")
    assert word.splitlines()[-2:] == [
        "[Normal] Träffpunkterna stängs. ↓",
        "[Normal] [samman] I tjänsten ⏎ Eva Ek ⏎ Förvaltningschef ⏎  ⏎ Handläggare ⏎ Bo Berg "
        "⏎ Utredare"]


APPEAL = """\
avsnitt:
  - rubrik: Skäl
    text: Smittspridningen ska begränsas.
  - rubrik: Hur man överklagar
    efter_underskrift: ja
    text: Beslutet kan överklagas hos förvaltningsrätten.
"""


def test_a_section_after_the_signature_comes_before_the_attachments_and_the_list(
        tmp_path: Path) -> None:
    """Trial 83, F8: a delegationsbeslut is usually signed right after its reasons, with
    "Hur man överklagar" after the signature; `efter_underskrift: ja` prints it there, before
    "Bilagor" and "Utdrag till". In Word the signature is kept with the reasons."""
    text = (HEAD.format(kind="beslut") + DECISION + APPEAL
            + "undertecknare: [{namn: Eva Ek, titel: Förvaltningschef}]\n"
            + "bilagor: [Karta]\nutdrag_till: [Kommunstyrelsen]\n")
    markdown, word = build(tmp_path, text)
    assert markdown[markdown.index("Smittspridningen"):] == (
        "Smittspridningen ska begränsas.\n\n## Beslut\n\n"
        "Vård- och omsorgsnämndens ordförande beslutar\n\natt stänga träffpunkterna.\n\n"
        f"::: signaturer\n<br><br>  \n{LINE}  \nEva Ek  \nFörvaltningschef\n:::\n\n"
        "## Hur man överklagar\n\nBeslutet kan överklagas hos förvaltningsrätten.\n\n"
        "## Bilaga\n\n1. Karta\n\n"
        "::: efter\n::: samman\n## Utdrag till\n\n- Kommunstyrelsen\n:::\n:::\n")
    lines = word.splitlines()
    table = lines.index("[tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]")
    assert lines[table - 2:table] == [  # (a 1 pt paragraph after the held decision)
        "[Normal] att stänga träffpunkterna. ↓", "[Normal] ↓"]
    assert lines[table + 2:table + 4] == [
        "[Heading 2] Hur man överklagar ↓",
        "[Normal] Beslutet kan överklagas hos förvaltningsrätten."]


def test_a_section_after_i_tjansten_without_signature_blocks(tmp_path: Path) -> None:
    """Its heading is numbered after the sections before it, as it stands last among them."""
    text = (HEAD.format(kind="tjansteskrivelse") + APPEAL
            + "i_tjansten: {namn: Eva Ek, titel: Förvaltningschef}\n")
    markdown, _ = build(tmp_path, text)
    assert markdown[markdown.index("I tjänsten"):] == (
        "I tjänsten  \nEva Ek  \nFörvaltningschef\n:::\n:::\n\n"
        "## 2. Hur man överklagar\n\nBeslutet kan överklagas hos förvaltningsrätten.\n")


EXTRACT = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2024-05-02
dnr: KS 2024/344
titel: Fyllnadsval
beslut:
  beslutande: Kommunfullmäktige
  datum: 2024-04-29
  paragraf: KF § 71
  punkter:
    - välja Camilla Ström (SD) till ny ersättare i socialnämnden.
justering:
  signaturrader: ja
  datum: 2024-05-02
  ordforande: Kurt Pettersson (M)
  justerare: [Annette Tagesson (M)]
vid_protokollet: {namn: Christina Nilsson, titel: kommunsekreterare}
"""


def test_who_kept_the_minutes_signs_first_among_the_justerings_lines(tmp_path: Path) -> None:
    # (trial 90, F12: "Vid protokollet" stood alone after the justering's signature lines)
    markdown, _ = build(tmp_path, EXTRACT)
    captions = [caption for caption in ("Vid protokollet", "Ordförandes signatur",
                                        "Justerandes signatur") if caption in markdown]
    assert sorted(captions, key=markdown.index) == [
        "Vid protokollet", "Ordförandes signatur", "Justerandes signatur"]
    assert markdown.count("Vid protokollet") == 1
    assert markdown.index("Vid protokollet") > markdown.index("## Justering")


def test_two_case_officers_stand_under_one_heading_each_with_its_lines(tmp_path: Path) -> None:
    # (trial 96, F2: Huddinge's tjänsteutlåtande names a controller and a jurist)
    text = HEAD.format(kind="tjansteskrivelse") + (
        "handlaggare:\n  - namn: Åsa Brunkvist\n    telefon: 08-535 303 11\n"
        "  - namn: Pia Nordeman\n    telefon: 08-535 313 61\n")
    markdown, word = build(tmp_path, text)
    assert markdown[markdown.index("Handläggare"):] == (
        "Handläggare  \nÅsa Brunkvist  \n08-535 303 11\n\nPia Nordeman  \n08-535 313 61\n"
        ":::\n:::\n")
    assert word.splitlines()[-1] == (
        "[Normal] [samman] Handläggare ⏎ Åsa Brunkvist ⏎ 08\u2011535 303 11 ⏎  ⏎ Pia Nordeman "
        "⏎ 08\u2011535 313 61")


def test_a_list_of_case_officers_may_name_them_alone(tmp_path: Path) -> None:
    text = HEAD.format(kind="tjansteskrivelse") + "handlaggare: [Åsa Brunkvist, Pia Nordeman]\n"
    markdown, _ = build(tmp_path, text)
    assert markdown[markdown.index("Handläggare"):] == (
        "Handläggare  \nÅsa Brunkvist\n\nPia Nordeman\n:::\n:::\n")
