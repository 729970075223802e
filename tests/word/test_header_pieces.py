"""Specification of the narrowest a column may be for its header: the widest piece the
header breaks into (trial 57, F2: "Sannolikhet" and "Konsekvens" over columns of single
digits were printed "Sa" / "n-" / "n" / "o-" / … while the text columns had plenty of room;
trial 51, F8: "Antal bostadslägenheter" in a column too narrow for a bold "bostads-" was
printed "bostad" / "slägen-" / "heter")."""

from __future__ import annotations

from pathlib import Path

from generator.word.glyph_widths import font_glyphs
from generator.word.header_pieces import piece_need
from generator.word.header_room import one_line
from generator.word.reference import open_reference
from generator.word.table_widths import data_widths
from generator.word.widths import ColumnText

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
STYLES = open_reference(REFERENCE).styles
CALIBRI = font_glyphs("Calibri", 11.0)
PORTRAIT = 9072  # the reference's text width (twips)
LANDSCAPE = 14004
_ = "\u00a0"


def _amounts(header: str, *figures: str) -> ColumnText:
    return ColumnText(figures, (header,), True, (), figures)


def _text(header: str, *cells: str) -> ColumnText:
    return ColumnText(cells, (header,), cells=cells)


def _widest(*pieces: str) -> int:
    assert CALIBRI is not None
    return max(one_line(piece, 110, CALIBRI, True) for piece in pieces)


RISKS = "Risk för att verksamheten inte jobbar mot fastställda mål och att resurser inte fördelas"
RISK_TABLE = [
    _text("Process", "Ta fram statistik", "Ta fram budget och följa upp den",
          "Hantera mål och uppdrag", "Ta fram underlag genom omvärldsbevakning"),
    _text("Risk", f"{RISKS} optimalt.", f"{RISKS} optimalt.",
          "Det finns risk för att mål, uppdrag och beslut som inte finns med i "
          "verksamhetsplanen utan i andra handlingsplaner inte följs upp.", f"{RISKS} optimalt."),
    _amounts("Sannolikhet", "3", "3", "3", "2"),
    _amounts("Konsekvens", "4", "4", "4", "3"),
    _amounts("Risktal", "12", "16", "12", "6"),
    _text("Kontrollmoment", "Stickprov på att statistiken används i uppföljningen",
          "Uppföljning av budget per verksamhet", "Genomgång av handlingsplaner", "–"),
    _text("Ansvarig", "Förvaltningschef", "Ekonomichef", "Kvalitet- och miljöstrateg", "–"),
]


def test_a_header_word_needs_the_width_of_its_widest_syllable_with_its_hyphen() -> None:
    """"Sannolikhet" hyphenates "San-no-lik-het" in a narrow column: its widest piece."""
    assert CALIBRI is not None
    need = piece_need(_amounts("Sannolikhet", "3"), 110, CALIBRI)
    assert need == _widest("San-", "no-", "lik-", "het") == 641


def test_a_part_short_enough_for_the_column_is_not_broken_and_counts_whole() -> None:
    """In a column as wide as "lägen-" needs, "bostads" (a compound's first part, short
    enough for it as `widths` counts characters) gets no hyphen inside: "bostads-" is the
    widest piece."""
    assert CALIBRI is not None
    need = piece_need(_amounts("Antal bostadslägenheter", "1 115"), 110, CALIBRI)
    assert need == _widest("Antal", "bostads-", "lä-", "gen-", "he-", "ter") == 1037


def test_a_word_without_hyphenation_points_and_a_year_count_whole() -> None:
    assert CALIBRI is not None
    assert piece_need(_amounts(f"Moms{_}(kr)", "4"), 110, CALIBRI) == _widest("Moms", "(kr)")
    assert piece_need(_amounts("Utfall 2024", "4"), 110, CALIBRI) == _widest("Utfall", "2024")


def test_columns_of_single_digits_are_as_wide_as_their_headers_pieces() -> None:
    """The risk table of trial 57: the room comes from the text columns, which wrap anyway."""
    assert CALIBRI is not None
    result = data_widths(RISK_TABLE, PORTRAIT, STYLES)
    assert result.size is None
    assert result.widths == [1690, 1690, 641, 773, 859, 1862, 1557]
    assert all(width >= piece_need(column, 110, CALIBRI)
               for column, width in zip(RISK_TABLE, result.widths, strict=True))


def test_a_landscape_count_column_keeps_bostads_whole() -> None:
    """The SCB table of trial 51: "Antal bostadslägenheter" was 896 twips wide."""
    models = ["Förhandlad brukvärdeshyra", "Hyror i fastighet med beviljat investeringsstöd",
              "Presumtionshyra", "Individuell hyresförhandling"] * 2
    columns = [
        _text("Region", *["Riket"] * 8),
        _text("Typ av byggherre", *["Allmännyttan"] * 4, *["Privata värdar"] * 4),
        _text("Modell för hyressättning", *models),
        _amounts("Antal bostadsbyggnadsprojekt", "22", "49", "33", "9", "29", "26", "47", "58"),
        _amounts("Antal bostadslägenheter", f"1{_}115", f"1{_}915", f"1{_}952", "353",
                 f"2{_}257", f"1{_}107", f"3{_}146", f"1{_}842"),
        _amounts("Bostadsyta kvm", "60", "57", "64", "61", "55", "56", "57", "57"),
        _amounts("Hyra kr per kvm", f"1{_}767", f"1{_}452", f"1{_}813", f"1{_}776", f"1{_}868",
                 f"1{_}534", f"1{_}937", f"1{_}925"),
        _amounts("Årshyra per lägenhet (kr)", f"105{_}784", f"82{_}733", f"116{_}634",
                 f"108{_}473", f"103{_}626", f"85{_}861", f"110{_}919", f"110{_}046"),
        _amounts("Månadshyra per lägenhet (kr)", f"8{_}815", f"6{_}894", f"9{_}719", f"9{_}039",
                 f"8{_}635", f"7{_}155", f"9{_}243", f"9{_}170"),
    ]
    widths = data_widths(columns, LANDSCAPE, STYLES).widths
    assert widths[4] >= _widest("bostads-") == 1037


def test_a_table_too_narrow_for_its_headers_pieces_is_set_smaller() -> None:
    """Thirteen columns of single digits headed "Sannolikhet" beside a column of names do not
    fit a portrait page at 11 pt with each header's pieces whole: the table is set a tenth
    smaller (10 pt), where they fit, before a header breaks between letters."""
    columns = [_text("Risk", "Statistiken används inte"),
               *(_amounts("Sannolikhet", "3") for _ in range(13))]
    result = data_widths(columns, PORTRAIT, STYLES)
    assert result.size == 20
    assert result.glyphs is not None
    assert all(width >= piece_need(column, result.char, result.glyphs)
               for column, width in zip(columns, result.widths, strict=True))
