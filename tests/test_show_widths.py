"""`beslut visa` in a terminal too narrow for a table: figures whole, words kept while they fit."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.table import Table
from rich.text import Text

from generator.cli import main
from generator.show_widths import fit

NBSP = "\u00a0"

CLUBS = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-14
dnr: KFN 2024/18
titel: Årligt verksamhetsbidrag till föreningar 2024
avsnitt:
  - tabell: bidrag
tabeller:
  - namn: bidrag
    enhet: kr
    totalt: Summa bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: ort, rubrik: Ort}
      - {namn: andamal, rubrik: Ändamål}
      - {namn: belopp, rubrik: Bidrag, typ: belopp}
      - {namn: antal, rubrik: Antal medlemmar, typ: tal}
      - {namn: andel, rubrik: Andel av totalt, typ: tal}
    rader:
      - {forening: Svegs IK, ort: Sveg, andamal: Fotboll och skidor för barn och ungdomar,
         belopp: 50 000, antal: 312, andel: "12,5 %"}
      - {forening: Funäsdalens IF, ort: Funäsdalen, andamal: "Alpint, längd och friidrott",
         belopp: 80 000, antal: 402, andel: "20 %"}
      - {forening: Lillhärdals hembygdsförening, ort: Lillhärdal,
         andamal: Kulturarvsverksamhet och sommarläger, belopp: 35 000, antal: 95,
         andel: "7,5 %"}
      - {forening: Ytterhogdals ridklubb, ort: Ytterhogdal,
         andamal: Ridskola och stallverksamhet, belopp: 90 000, antal: 131, andel: "22,5 %"}
"""

FOUR = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-14
dnr: KFN 2024/18
titel: Bidrag
avsnitt:
  - tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: andamal, rubrik: Ändamål}
      - {namn: belopp, rubrik: Bidrag, typ: belopp}
      - {namn: antal, rubrik: Medlemmar, typ: tal}
    rader:
      - {forening: Svegs IK, andamal: Fotboll och skidor för barn och ungdomar,
         belopp: 50 000, antal: 312}
      - {forening: Lillhärdals hembygdsförening, belopp: 35 000, antal: 95,
         andamal: Kulturarvsverksamhet och sommarläger}
"""

GOTLAND = """\
dokumenttyp: beslutsunderlag
datum: 2002-02-20
dnr: 2002/026-76
titel: Verksamhetsbidrag till kulturföreningar 2002
avsnitt:
  - tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: belopp, rubrik: Verksamhetsbidrag, typ: belopp}
      - {namn: anm, rubrik: Anmärkning}
    totalt: Summa verksamhetsbidrag
    rader:
      - forening: Musikföreningar
        delsumma: Summa musik
        rader:
          - {forening: Gotlands Kammarorkester, belopp: 25 000}
          - {forening: Gotlands Körförbund, anm: Prövas efter komplettering av handlingar}
          - {forening: Gotlands Spelmansförbund, belopp: 9 000}
      - forening: Dansföreningar
        delsumma: Summa dans
        rader:
          - {forening: Norra Gotlands folkdansgille, belopp: 15 000}
      - forening: Konstföreningar
        delsumma: Summa konst
        rader:
          - {forening: Sveriges konstföreningar Gotland, belopp: 6 000}
"""  # (from Gotlands kommun, Kultur- och fritidsnämnden 2002-02-20 § 16)


def _visa(tmp_path: Path, width: int, text: str = CLUBS) -> list[str]:
    """The lines `beslut visa` prints for a case (CLUBS) in a terminal this wide."""
    case = tmp_path / "fall.yaml"
    case.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(case)], terminal_width=width,
                                env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.output.replace(NBSP, " ").splitlines()


def test_at_80_columns_names_keep_their_words_and_the_descriptions_fold(
    tmp_path: Path,
) -> None:
    assert _visa(tmp_path, 80)[:22] == [
        "Tabell 'bidrag'",
        "┏━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━┓",
        "┃                  ┃             ┃              ┃         ┃           ┃  Andel ┃",
        "┃                  ┃             ┃              ┃  Bidrag ┃     Antal ┃     av ┃",
        "┃ Förening         ┃ Ort         ┃ Ändamål      ┃    (kr) ┃ medlemmar ┃ totalt ┃",
        "┡━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━┩",
        "│ Svegs IK         │ Sveg        │ Fotboll och  │  50 000 │       312 │ 12,5 % │",
        "│                  │             │ skidor för   │         │           │        │",
        "│                  │             │ barn och     │         │           │        │",
        "│                  │             │ ungdomar     │         │           │        │",
        "│ Funäsdalens IF   │ Funäsdalen  │ Alpint,      │  80 000 │       402 │   20 % │",
        "│                  │             │ längd och    │         │           │        │",
        "│                  │             │ friidrott    │         │           │        │",
        "│ Lillhärdals      │ Lillhärdal  │ Kulturarvs-  │  35 000 │        95 │  7,5 % │",
        "│ hembygdsförening │             │ verksamhet   │         │           │        │",
        "│                  │             │ och          │         │           │        │",
        "│                  │             │ sommarläger  │         │           │        │",
        "│ Ytterhogdals     │ Ytterhogdal │ Ridskola och │  90 000 │       131 │ 22,5 % │",
        "│ ridklubb         │             │ stallverk-   │         │           │        │",
        "│                  │             │ samhet       │         │           │        │",
        "│ Summa bidrag     │             │              │ 255 000 │           │        │",
        "└──────────────────┴─────────────┴──────────────┴─────────┴───────────┴────────┘",
    ]  # (a column of figures as wide as its widest figure or header word, no wider; a word
    #     too long breaks with a hyphen where Word would break it)


def test_at_45_columns_six_columns_are_shown_row_by_row_each_cell_whole(
    tmp_path: Path,
) -> None:
    # (below 4 characters a text column cannot be read: trial 51, F9 stacked a name letter
    # by letter; each row is then a block of header and cell, `show_records`)
    lines = _visa(tmp_path, 45)
    table = lines[1:lines.index(next(line for line in lines if line.startswith("└"))) + 1]
    assert all(len(line) <= 45 for line in table)
    rows = [[cell.strip() for cell in line.strip("│").split("│")]
            for line in table if line.startswith("│")]
    for figure in ("50 000", "80 000", "35 000", "90 000", "312", "12,5 %", "22,5 %"):
        assert ["Bidrag (kr)", figure] in rows or ["Antal medlemmar", figure] in rows \
            or ["Andel av totalt", figure] in rows, figure
    assert ["Förening", "Lillhärdals"] in rows and ["", "hembygdsförening"] in rows
    assert ["Ort", "Funäsdalen"] in rows


def test_at_45_columns_text_folds_halfway_into_its_longest_words_and_figures_stay_whole(
    tmp_path: Path,
) -> None:
    assert _visa(tmp_path, 45, FOUR)[1:18] == [
        "┏━━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━┳━━━━━━━┓",
        "┃             ┃            ┃        ┃  Med- ┃",
        "┃             ┃            ┃ Bidrag ┃  lem- ┃",
        "┃ Förening    ┃ Ändamål    ┃   (kr) ┃   mar ┃",
        "┡━━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━╇━━━━━━━┩",
        "│ Svegs IK    │ Fotboll    │ 50 000 │   312 │",
        "│             │ och skidor │        │       │",
        "│             │ för barn   │        │       │",
        "│             │ och        │        │       │",
        "│             │ ungdomar   │        │       │",
        "│ Lillhärdals │ Kultur-    │ 35 000 │    95 │",
        "│ hembygds-   │ arvsverk-  │        │       │",
        "│ förening    │ samhet och │        │       │",
        "│             │ sommarlä-  │        │       │",
        "│             │ ger        │        │       │",
        "│ Totalt      │            │ 85 000 │       │",
        "└─────────────┴────────────┴────────┴───────┘",
    ]  # (16 + 20 characters of longest words do not fit in the 17 left by the figures: the
    #     descriptions fold halfway, then the header "Medlemmar" folds halfway, with hyphens
    #     where it breaks (trial 26: "Medle" / "mmar"), before the names fold)


def test_at_80_columns_a_note_wraps_onto_more_lines_before_a_name_wraps(tmp_path: Path) -> None:
    assert _visa(tmp_path, 80, GOTLAND)[:19] == [
        "Tabell 'bidrag'",
        "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┓",
        "┃ Förening                           ┃ Verksamhetsbidrag (kr) ┃ Anmärkning     ┃",
        "┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━┩",
        "│ Musikföreningar                    │                        │                │",
        "│   Gotlands Kammarorkester          │                 25 000 │                │",
        "│   Gotlands Körförbund              │                        │ Prövas efter   │",
        "│                                    │                        │ komplettering  │",
        "│                                    │                        │ av handlingar  │",
        "│   Gotlands Spelmansförbund         │                  9 000 │                │",
        "│ Summa musik                        │                 34 000 │                │",
        "│ Dansföreningar                     │                        │                │",
        "│   Norra Gotlands folkdansgille     │                 15 000 │                │",
        "│ Summa dans                         │                 15 000 │                │",
        "│ Konstföreningar                    │                        │                │",
        "│   Sveriges konstföreningar Gotland │                  6 000 │                │",
        "│ Summa konst                        │                  6 000 │                │",
        "│ Summa verksamhetsbidrag            │                 55 000 │                │",
        "└────────────────────────────────────┴────────────────────────┴────────────────┘",
    ]  # (before, the notes kept 22 characters, their longest word 13, and names wrapped)


def test_a_sub_rows_name_that_wraps_keeps_its_indent_on_every_line(tmp_path: Path) -> None:
    assert _visa(tmp_path, 60, GOTLAND)[1:25] == [
        "┏━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓",
        "┃                   ┃    Verksamhetsbidrag ┃               ┃",
        "┃ Förening          ┃                 (kr) ┃ Anmärkning    ┃",
        "┡━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩",
        "│ Musikföreningar   │                      │               │",
        "│   Gotlands        │               25 000 │               │",
        "│   Kammarorkester  │                      │               │",
        "│   Gotlands        │                      │ Prövas efter  │",
        "│   Körförbund      │                      │ komplettering │",
        "│                   │                      │ av handlingar │",
        "│   Gotlands        │                9 000 │               │",
        "│   Spelmansförbund │                      │               │",
        "│ Summa musik       │               34 000 │               │",
        "│ Dansföreningar    │                      │               │",
        "│   Norra Gotlands  │               15 000 │               │",
        "│   folkdansgille   │                      │               │",
        "│ Summa dans        │               15 000 │               │",
        "│ Konstföreningar   │                      │               │",
        "│   Sveriges        │                6 000 │               │",
        "│   konstföreningar │                      │               │",
        "│   Gotland         │                      │               │",
        "│ Summa konst       │                6 000 │               │",
        "│ Summa             │               55 000 │               │",
        "│ verksamhetsbidrag │                      │               │",
    ]  # (a row that is not indented wraps as rich wraps it)


def test_a_wrapped_indented_name_keeps_its_styles() -> None:
    name = Text("  ").append("Norra ").append("Gotlands folkdansgille", style="bold")
    table = Table()
    table.add_column(Text("Förening"), overflow="fold")
    table.add_row(name)
    fit(table, 20)
    assert name.plain == "  Norra Gotlands\n  folkdansgille"
    assert [(name.plain[span.start:span.end], span.style) for span in name.spans] == [
        ("Gotlands", "bold"), ("folkdansgille", "bold")]


def test_an_indented_name_with_a_word_too_long_to_fit_beside_its_indent_breaks_at_its_joint(
) -> None:
    name = Text("    Bidrag exploateringsverksamhet")
    table = Table(show_header=False)
    table.add_column(overflow="fold")
    table.add_row(name)
    fit(table, 29)
    assert [line.strip("│")[1:].rstrip() for line in _lines(table, 29)[1:3]] == [
        "    Bidrag exploaterings-", "    verksamhet"]


def test_a_word_too_long_breaks_with_a_hyphen_where_word_would_break_it() -> None:
    assert _render(["Kulturarvsverksamhet och sommarläger"], 10) == [
        "Kultur-", "arvsverk-", "samhet och", "sommarlä-", "ger"]  # (rich alone: " och")


def test_in_a_column_narrower_than_8_a_word_breaks_with_a_hyphen_too() -> None:
    """Trial 45, F10: "Skatt" / "efinans" / "ierad" at 80 columns."""
    assert _render(["Kulturarvsverksamhet och"], 7) == [
        "Kultur-", "arvs-", "verk-", "samhet", "och"]


def test_a_word_without_a_break_point_that_fits_breaks_between_letters_with_a_hyphen() -> None:
    assert _render(["  därav: objekt"], 7) == ["där-", "av:", "objekt"]  # (two letters each side)


def test_in_a_column_narrower_than_4_a_word_is_cut_without_a_hyphen() -> None:
    assert _render(["Kulturarv"], 3) == ["Kul", "tur", "arv"]  # (a hyphen: a third of it)


def test_a_figure_column_narrows_to_its_widest_figure_or_header_word_and_no_further() -> None:
    table = _table(["En mycket lång beskrivning av ändamålet"], [f"1{NBSP}250{NBSP}000"],
                   header="Belopp i kronor")
    widths = {}
    for terminal in (70, 40, 30, 20):
        fit(table, terminal)
        widths[terminal] = [column.width for column in table.columns]
    assert widths == {70: [39, 15], 40: [18, 15], 30: [11, 12], 20: [4, 9]}
    # (the text narrows first, to its longest word "beskrivning"; then the header wraps
    # down to the widest figure; then the text folds, never the figure)


def test_an_indented_name_keeps_its_word_with_its_indent() -> None:
    table = _table(["Kommunstyrelse", "  Exploateringsverksamhet"], ["70,5", "1,2"],
                   header="Budget 2025 (mnkr)")
    fit(table, 38)
    assert [column.width for column in table.columns] == [25, 6]


def test_a_table_that_fits_keeps_its_natural_widths() -> None:
    table = _table(["Kort text"], ["1 250"], header="Belopp i kronor")
    fit(table, 80)
    assert [column.width for column in table.columns] == [9, 15]


WORDS = st.text(alphabet="abcåäö", min_size=1, max_size=25)
TEXTS = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)
FIGURES = st.integers(0, 10**6).map(lambda n: f"{n:,}".replace(",", NBSP))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(TEXTS, TEXTS, FIGURES, FIGURES), min_size=1, max_size=6),
       st.integers(45, 140))
def test_figures_never_break_and_no_text_is_lost_or_starts_a_line_with_a_space(
    rows: list[tuple[str, str, str, str]], terminal: int,
) -> None:
    table = Table()
    for header in ("Namn", "Ändamål"):
        table.add_column(Text(header), overflow="fold")
    for header in ("Belopp (kr)", "Antal"):
        table.add_column(Text(header), justify="right", overflow="fold")
    texts = [[Text(cell) for cell in row] for row in rows]
    for cells in texts:
        table.add_row(*cells)
    fit(table, terminal)
    lines = _lines(table, terminal)
    assert all(len(line) <= terminal for line in lines)
    body = [line.strip("│").split("│") for line in lines if line.startswith("│")]
    for _, _, amount, count in rows:
        assert any(row[2].strip() == amount.replace(NBSP, " ") for row in body)
        assert any(row[3].strip() == count.replace(NBSP, " ") for row in body)
    for column, original in ((0, [row[0] for row in rows]), (1, [row[1] for row in rows])):
        assert not any(row[column].strip() and row[column].startswith("  ") for row in body)
        assert "".join(row[column].replace(" ", "").removesuffix("-") for row in body) \
            == "".join(text.replace(" ", "") for text in original)  # (no hyphen in them)


def _table(texts: list[str], figures: list[str], header: str) -> Table:
    """A table of a text column and a column of figures."""
    table = Table()
    table.add_column(Text("Ändamål"), overflow="fold")
    table.add_column(Text(header), justify="right", overflow="fold")
    for text, figure in zip(texts, figures, strict=True):
        table.add_row(Text(text), Text(figure))
    return table


def _render(texts: list[str], width: int) -> list[str]:
    """The lines of a one-column table of these texts, fitted to a column `width` wide."""
    table = Table(show_header=False)
    table.add_column(overflow="fold")
    for text in texts:
        table.add_row(Text(text))
    fit(table, width + 4)
    return [line.strip("│").strip() for line in _lines(table, width + 4)
            if line.startswith("│")]


def _lines(table: Table, width: int) -> list[str]:
    """The table as it prints in a terminal `width` characters wide."""
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(table)
    return console.export_text().replace(NBSP, " ").splitlines()


def test_a_stated_mark_after_a_figure_wraps_and_does_not_widen_its_column() -> None:
    # (a driftredovisning in tkr: "(angiven)" after stated totals once took the room of
    # the names, which `visa` then showed in a column of no width at all)
    table = Table()
    table.add_column(Text("Verksamhet"), overflow="fold")
    for header in ("Utfall 2013 (tkr)", "Förändring 2012/2013 (tkr)", "Förändring (%)",
                   "Budget 2013 (tkr)", "Budgetavvikelse (tkr)"):
        table.add_column(Text(header), justify="right", overflow="fold")
    table.add_row(Text("Kommunstyrelsen"), Text(f"−37{NBSP}264"),
                  Text(f"−1{NBSP}578 (angiven)"), Text(f"4,4{NBSP}%"),
                  Text(f"−37{NBSP}500 (angiven)"), Text("236"))
    table.add_row(Text("  varav nämndserviceenheten"), Text(f"−4{NBSP}823"), Text("−563"),
                  Text(f"13,2{NBSP}%"), Text(f"−4{NBSP}799"), Text("−24"))
    fit(table, 80)
    widths = [column.width or 0 for column in table.columns]
    assert widths[0] == len("nämndserviceenheten")  # the names keep their longest word
    assert sum(widths) + 19 <= 80
    assert widths[1:] == [7, 9, 9, 9, 8]  # figures whole, the mark on a line of its own


UO19 = """\
dokumenttyp: lagesbeskrivning
avsandare: [Ekonomistyrningsverket]
beslutsorgan: Regeringskansliet
datum: 2019-01-15
dnr: ESV 2019/1
titel: Utfall för utgiftsområde 19 Regional tillväxt, december 2018
avsnitt:
  - tabell: uo19
tabeller:
  - namn: uo19
    enhet: mnkr
    avrundat: true
    totalt: 19 Regional tillväxt
    summa: {dec: 545, fdec: "-79", utfall: "3 579", futfall: 771, sbab: "3 942", kvar: 363}
    kolumner:
      - {namn: anslag, rubrik: Anslag}
      - {namn: dec, rubrik: Utfall dec 2018, typ: belopp}
      - {namn: fdec, rubrik: Förändring jämfört med dec 2017, typ: belopp}
      - {namn: utfall, rubrik: Utfall jan–dec 2018, typ: belopp}
      - {namn: futfall, rubrik: Förändring jämfört med jan–dec 2017, typ: belopp}
      - {namn: sbab, rubrik: SB + ÄB 2018, typ: belopp}
      - {namn: kvar, rubrik: Kvar av anvisat, typ: belopp, formel: sbab - utfall}
    rader:
      - {anslag: "1:1 Regionala tillväxtåtgärder", dec: 356, fdec: "-22", utfall: "1 982",
         futfall: 584, sbab: "2 100"}
      - {anslag: "1:2 Transportbidrag", dec: 28, fdec: 19, utfall: 428, futfall: 31, sbab: 421}
      - {anslag: "1:3 Europeiska regionala utvecklingsfonden perioden 2014–2020", dec: 161,
         fdec: "-76", utfall: "1 170", futfall: 155, sbab: "1 421"}
      - {anslag: "1:3 (2015) Europeiska regionala utvecklingsfonden perioden 2007–2013",
         utfall: 1, futfall: 1}
"""


def test_where_stated_marks_would_narrow_the_names_a_star_and_one_legend_line_instead(
        tmp_path: Path) -> None:
    # (trial 22: six columns of figures kept 11 wide for "(angiven)", the names 4 wide)
    lines = _visa(tmp_path, 80, UO19)
    assert lines[10:12] == ["│ 1:1 Regionala     │    356 │      −22 │   1 982 │     584 │  2 100 │"
                            "     118 │",
                            "│ tillväxtåtgärder  │        │          │         │         │        │"
                            "         │"]
    assert lines[25:29] == [
        "│ 19 Regional       │   545* │     −79* │  3 579* │    771* │ 3 942* │     363 │",
        "│ tillväxt          │        │          │         │         │        │         │",
        "└───────────────────┴────────┴──────────┴─────────┴─────────┴────────┴─────────┘",
        "* angivet belopp"]
    assert lines[29:32] == [  # (the rounding note folded to the terminal, figures whole)
        "Beloppen är avrundade var för sig: totalen är den angivna, och beloppen blir",
        "tillsammans 3 581 mnkr i 'Utfall jan–dec 2018'. Kvar av anvisat i totalraden är",
        "SB + ÄB 2018 − Utfall jan–dec 2018; raderna blir tillsammans 361 mnkr."]
    assert lines[32:] == [  # (trial 69, F12: the amounts kept as stated, counted)
        "Inga fel: alla angivna belopp stämmer med de uträknade inom avrundningen: 5",
        "angivna belopp, markerade i tabellen, skiljer sig från de uträknade med",
        "avrundning och står kvar som de är angivna."]
    assert "(angiven)" not in "\n".join(lines)


def test_where_there_is_room_a_stated_total_says_angiven(tmp_path: Path) -> None:
    total = [[cell.strip() for cell in line.strip("│").split("│")]
             for line in _visa(tmp_path, 200, UO19) if line.startswith("│ 19 Regional")]
    assert total == [["19 Regional tillväxt", "545 (angiven)", "−79 (angiven)",
                      "3 579 (angiven)", "771 (angiven)", "3 942 (angiven)", "363"]]


SJOBO = """\
dokumenttyp: beslutsunderlag
datum: 2024-10-14
dnr: KS 2024/312
titel: Driftbudget per nämnd 2025 med plan 2026–2027
avsnitt:
  - tabell: drift
tabeller:
  - namn: drift
    enhet: mnkr
    kolumner:
      - {namn: namnd, rubrik: Nämnd och verksamhet}
      - {namn: bokslut23, rubrik: Bokslut 2023, typ: belopp}
      - {namn: budget24, rubrik: Budget 2024, typ: belopp}
      - {namn: budget25, rubrik: Budget 2025, typ: belopp}
      - {namn: forandring, rubrik: Förändring 2025 mot 2024, typ: belopp,
         formel: budget25 - budget24}
      - {namn: plan26, rubrik: Plan 2026, typ: belopp}
      - {namn: plan27, rubrik: Plan 2027, typ: belopp}
    rader:
      - namnd: Kommunstyrelse
        delsumma: Summa kommunstyrelse
        rader:
          - {namnd: Kommunövergripande verksamhet, bokslut23: "70,5", budget24: "70,9",
             budget25: "81,7", plan26: "84,5", plan27: "87,1"}
          - {namnd: Exploateringsverksamhet, bokslut23: "1 001,2", budget24: "1 001,1",
             budget25: "1 001,1", plan26: "1 001,2", plan27: "1 001,2"}
"""  # (from Sjöbo kommun, Budget 2025, Driftbudget per nämnd; its figures made as wide as
#     the totals of the whole table)


def test_at_80_columns_an_indented_name_breaks_at_its_compound_joint_with_a_hyphen(
        tmp_path: Path) -> None:
    # (trial 24: "  Exploateringsver" / "ks" / "amhet", its indent not counted when cut)
    lines = _visa(tmp_path, 80, SJOBO)
    assert [line.split("│")[1] for line in lines if line.startswith("│")][:6] == [
        " Kommunstyrelse    ",
        "   Kommun-         ",
        "   övergripande    ",
        "   verksamhet      ",
        "   Exploaterings-  ",
        "   verksamhet      "]  # (a character narrower since the header "(mnkr)" is whole)


def test_where_the_figures_leave_room_a_name_keeps_its_longest_word_with_its_indent(
        tmp_path: Path) -> None:
    lines = _visa(tmp_path, 88, SJOBO)
    assert any(line.startswith("│   Exploateringsverksamhet │") for line in lines)
    # (the headers of figures fold first, at their break points: "För-" / "änd-" / "ring",
    # and "(mnkr)" whole, where it was "(mnkr" / ")" in 87 columns)


RAMAR = """\
dokumenttyp: beslutsunderlag
datum: 2024-11-20
dnr: KS 2024/456
titel: Budgetramar 2025 för Familjenämnden och Vård- och omsorgsnämnden
avsnitt:
  - tabell: ramar
tabeller:
  - namn: ramar
    enhet: mnkr
    totalt: false
    kolumner:
      - {namn: verksamhet, rubrik: Verksamhet}
      - {namn: bokslut23, rubrik: Bokslut 2023, typ: belopp}
      - {namn: budget24, rubrik: Budget 2024, typ: belopp}
      - {namn: budget25, rubrik: Budget 2025, typ: belopp}
      - {namn: plan26, rubrik: Plan 2026, typ: belopp}
      - {namn: plan27, rubrik: Plan 2027, typ: belopp}
      - {namn: procent, rubrik: Förändring 2024–2025, typ: forandring, fran: budget24,
         till: budget25}
    rader:
      - verksamhet: Familjenämnd
        delsumma: Summa Familjenämnd
        rader:
          - {verksamhet: Individ- och familjeomsorg, bokslut23: "79,8", budget24: "78,4",
             budget25: "85,3", plan26: "88,0", plan27: "90,6"}
          - {verksamhet: Kommunövergripande verksamhet, bokslut23: "1 004,4", budget24: "1,2",
             budget25: "1,2", plan26: "1,2", plan27: "1,2"}
"""  # (from Sjöbo kommun, Budget 2025, Driftbudget per nämnd, trial 26; a figure made wider)


def test_at_80_columns_a_change_columns_header_breaks_between_words_and_keeps_its_years_whole(
        tmp_path: Path) -> None:
    # (trial 26: "Föränd" / "ring" / "2024–2" / "025")
    assert _visa(tmp_path, 80, RAMAR)[1:14] == [
        "┏━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━┳━━━━━━━━┳━━━━━━━━┳━━━━━━━━┳━━━━━━━━━━━┓",
        "┃                    ┃ Bokslut ┃ Budget ┃ Budget ┃   Plan ┃   Plan ┃   Föränd- ┃",
        "┃                    ┃    2023 ┃   2024 ┃   2025 ┃   2026 ┃   2027 ┃      ring ┃",
        "┃ Verksamhet         ┃  (mnkr) ┃ (mnkr) ┃ (mnkr) ┃ (mnkr) ┃ (mnkr) ┃ 2024–2025 ┃",
        "┡━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━╇━━━━━━━━╇━━━━━━━━╇━━━━━━━━╇━━━━━━━━━━━┩",
        "│ Familjenämnd       │         │        │        │        │        │           │",
        "│   Individ- och     │    79,8 │   78,4 │   85,3 │   88,0 │   90,6 │     8,8 % │",
        "│   familjeomsorg    │         │        │        │        │        │           │",
        "│   Kommun-          │ 1 004,4 │    1,2 │    1,2 │    1,2 │    1,2 │     0,0 % │",
        "│   övergripande     │         │        │        │        │        │           │",
        "│   verksamhet       │         │        │        │        │        │           │",
        "│ Summa Familjenämnd │ 1 084,2 │   79,6 │   86,5 │   89,2 │   91,8 │     8,7 % │",
        "└────────────────────┴─────────┴────────┴────────┴────────┴────────┴───────────┘",
    ]  # (the names give a character of their longest word, "  Kommunövergripande", so that
    #     the range of years keeps its nine; "Förändring" breaks where Word would break it)


@settings(max_examples=40, deadline=None)
@given(st.integers(36, 140))
def test_where_the_table_can_fit_no_year_in_a_header_is_split(terminal: int) -> None:
    table = Table()
    table.add_column(Text("Verksamhet"), overflow="fold")
    headers = ("Bokslut 2023 (mnkr)", "Budget 2024 (mnkr)", "Förändring 2024–2025")
    for header in headers:
        table.add_column(Text(header), justify="right", overflow="fold")
    table.add_row(Text("  Kommunövergripande verksamhet för personer med funktionsnedsättning"),
                  Text(f"1{NBSP}084,4"), Text("1,2"), Text(f"−0,6{NBSP}%"))
    fit(table, terminal)
    lines = _lines(table, terminal)
    assert all(len(line) <= terminal for line in lines)
    cells = [line.strip("┃").split("┃")[1:] for line in lines if line.startswith("┃")]
    down = tuple(" ".join(row[column].strip() for row in cells if row[column].strip())
                 for column in range(3))
    assert tuple(header.replace("- ", "") for header in down) == headers
    # (a word of a header breaks only with a hyphen, a year never: "2024–2 025" would not
    # read back)


def test_a_header_word_breaks_with_a_hyphen_even_in_a_column_narrower_than_8() -> None:
    table = _table(["Politisk verksamhet"], ["8,8"], header="Förändring (%)")
    fit(table, 15)
    assert [line.split("┃")[2].strip() for line in _lines(table, 15) if line.startswith("┃")] \
        == ["För-", "änd-", "ring", "(%)"]  # (a name is cut there: "Kultura" / "rvsverk")


def test_only_where_the_table_cannot_fit_otherwise_does_a_header_cut_its_years() -> None:
    widths = {}
    for terminal in (20, 17, 14, 11):
        table = _table(["Ändamål"], ["8,8"], header="Förändring 2024–2025")
        fit(table, terminal)
        widths[terminal] = [column.width for column in table.columns]
    assert widths == {20: [4, 9], 17: [1, 9], 14: [1, 6], 11: [1, 5]}
    # (the names go down to a character first; then the header halves its longest word)


PLAN = """\
dokumenttyp: lagesbeskrivning
datum: 2021-06-21
dnr: nej
titel: Investeringsbudget 2022 med plan 2023–2024
avsnitt:
  - tabell: inv
tabeller:
  - namn: inv
    enhet: tkr
    totalt: false
    kolumner:
      - {namn: post, rubrik: Investeringar och exploateringar}
      - {namn: b19, rubrik: Budget 2019, typ: belopp}
      - {namn: b20, rubrik: Budget 2020, typ: belopp}
      - {namn: b21, rubrik: Budget 2021, typ: belopp}
      - {namn: b22, rubrik: Budget 2022, typ: belopp}
      - {namn: period, rubrik: Period 2019–2022, typ: belopp, formel: b19 + b20 + b21 + b22}
      - {namn: p23, rubrik: Plan 2023, typ: belopp}
      - {namn: p24, rubrik: Plan 2024, typ: belopp}
    rader:
      - {post: Skattefinansierad verksamhet, b19: 132 544, b20: 130 135, b21: 80 780,
         b22: 78 530, p23: 109 255, p24: 55 000}
"""  # (trial 45: KF 2021-06-21 § 93, KS 2021/012)


def test_at_80_columns_a_narrow_name_column_breaks_its_words_with_hyphens(
        tmp_path: Path) -> None:
    """Trial 45, F10: "Skatt" / "efinans" / "ierad" / "verksam" / "het", while the figures
    kept their width."""
    lines = _visa(tmp_path, 80, PLAN)
    names = [line[1:].split("│" if line.startswith("│") else "┃")[0].strip()
             for line in lines if line[:1] in "│┃"]
    assert names == ["Inve-", "ste-", "ringar", "och", "exploa-", "te-", "ringar",
                     "Skatte-", "finan-", "sierad", "verk-", "samhet"]


def test_a_line_breaks_at_its_spaces_not_at_its_no_break_spaces() -> None:
    # (trial 86, F9: a text cell with a reference, "6 tim à {{ belopp.timavgift }}", showed
    # "6 tim à 1" / "100 kr"; Word keeps "1 100 kr" together)
    assert _render([f"Taxa tabell 2, 6 tim à 1{NBSP}100{NBSP}kr"], 10) == [
        "Taxa", "tabell 2,", "6 tim à", "1 100 kr"]
