"""What Word is told to keep on one page: short lists and tables that fit on a page whole,
and no row of a taller table alone on a page (trial 28: a four-row table split 3 + 1, its
last row alone under the repeated header on page 2; trial 34: a 19-row table split 7 + 12
though it fits on page 2), nor a short group of its rows split (trial 35: a nämnd's Summa
at the top of page 2 without its name); a lead-in with what it leads into, and a short run
of att-points whole (trial 31: "Förslag till beslut" and "… föreslår … besluta" alone at
the foot of page 1, all four att-points on page 2)."""

from __future__ import annotations

import datetime
import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

from lxml import etree as etree_lxml  # type: ignore[import-untyped]

from generator.build import Pipeline
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.keeps import (
    END_LINES,
    LEAD_CHARACTERS,
    SHORT,
    TAIL_ROWS,
    introduces,
    is_point,
    is_short,
    is_subheading,
    layout_rows_kept,
    leads_in,
    paragraph_lines,
    run_kept_until,
    table_lines,
    table_rows_kept,
)
from generator.word.oxml import PARSER
from generator.word.reference import open_reference
from generator.word.span import Span
from generator.word.styles import StyleBook

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
META = DocxMeta(title="Protokollsutdrag", dnr="KS2009/63-04", date=datetime.date(2009, 3, 30),
                header_lines=("Region Gotland",))
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
W = f"{{{NS['w']}}}"
BUDGET_2009 = """\
## Investeringsbudget 2009

| Objekt | Budget 2009 (mnkr) |
|:--|--:|
| VA-verksamheten | 56,2 |
| Linjehamnar | 21,6 |
| Övriga hamnar | 14,0 |
| Tilläggsanslag Hemse vårdcentrum | 5,0 |
"""


def _body(markdown_text: str) -> etree.Element:
    data = markdown_to_docx(markdown_text, META, REFERENCE)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        found = etree.fromstring(package.read("word/document.xml")).find("w:body", NS)
    assert found is not None
    return found


def _kept_rows(markdown_text: str) -> list[bool]:
    """For each row of the document's last table: whether every paragraph in it is kept
    with the next."""
    table = _body(markdown_text).findall("w:tbl", NS)[-1]
    return [all(p.find("w:pPr/w:keepNext", NS) is not None for p in row.iter(f"{{{NS['w']}}}p"))
            for row in table.findall("w:tr", NS)]


def _table(rows: int) -> str:
    return "| Objekt | Belopp |\n|:--|--:|\n" + "".join(
        f"| Objekt {number} | {number},0 |\n" for number in range(1, rows + 1))


PORTRAIT_LINES = 22  # lines of table text kept whole on the reference's A4 page
LANDSCAPE_LINES = 13  # on the page turned


def test_a_page_holds_the_lines_a_table_kept_whole_may_take() -> None:
    """The reference's A4 page: 13 805 twips between the margins (the top one with room for
    the running header), 8 873 on the page turned; a line of its body text (Calibri 11 pt,
    1.15 lines) 304 twips, a line of table text (single lines) 264 and its row's rule 10.
    Half the page below a heading and its lead-in (4 lines of body text) is the most a
    table kept whole may take: 22 lines of table text, 13 turned (trial 92, F10: an 8-row
    landscape table of 13 lines, a third of the page in LibreOffice, counted as 14 lines of
    body text against 12, was split 7 + 1 and its total)."""
    reference = open_reference(REFERENCE)
    styles = reference.styles
    assert (reference.text_height, reference.landscape_height) == (13805, 8873)
    assert (styles.line_height, styles.table_line_height()) == (304, 274)
    assert table_lines(reference.text_height, styles.line_height,
                       styles.table_line_height()) == PORTRAIT_LINES
    assert table_lines(reference.landscape_height, styles.line_height,
                       styles.table_line_height()) == LANDSCAPE_LINES
    assert styles.table_line_height(20) == 250  # (a table set a tenth smaller: 10 pt)
    assert table_lines(1000, 304, 274) == 0  # (a page lower than a heading keeps no table whole)


def _line_height(normal: str, defaults: str = "") -> int:
    """The body text's line height by a Normal style's properties and the defaults'."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    styles = etree_lxml.fromstring(
        f'<w:styles {w}><w:docDefaults><w:pPrDefault><w:pPr>{defaults}</w:pPr></w:pPrDefault>'
        '</w:docDefaults><w:style w:type="character" w:styleId="Hyperlink">'
        '<w:name w:val="Hyperlink"/></w:style><w:style w:type="paragraph" w:default="1" '
        f'w:styleId="Normal"><w:name w:val="Normal"/>{normal}</w:style></w:styles>', PARSER)
    return StyleBook(styles).line_height


def test_a_line_of_body_text_is_as_high_as_its_size_and_spacing_make_it() -> None:
    """1.2 times the size in single spacing (11 pt: 264 twips), times the spacing's lines,
    or the exact height it sets, or at least the least height."""
    size = '<w:rPr><w:sz w:val="22"/></w:rPr>'
    assert _line_height(size) == 264
    assert _line_height(size, '<w:spacing w:line="276" w:lineRule="auto"/>') == 304
    assert _line_height('<w:pPr><w:spacing w:line="480"/></w:pPr>' + size,
                        '<w:spacing w:line="276"/>') == 528  # (the style's own first)
    assert _line_height(size, '<w:spacing w:line="300" w:lineRule="exact"/>') == 300
    assert _line_height(size, '<w:spacing w:line="200" w:lineRule="atLeast"/>') == 264
    assert _line_height('<w:rPr><w:sz w:val="24"/></w:rPr>') == 288


def _table_line(table_style: str, normal: str = "") -> int:
    """A line of table text by the Table Grid style's properties and the Normal style's."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    styles = etree_lxml.fromstring(
        f'<w:styles {w}><w:style w:type="character" w:styleId="Hyperlink">'
        '<w:name w:val="Hyperlink"/></w:style><w:style w:type="paragraph" w:default="1" '
        f'w:styleId="Normal"><w:name w:val="Normal"/>{normal}</w:style>'
        f'<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        f'{table_style}</w:style></w:styles>', PARSER)
    return StyleBook(styles).table_line_height()


def test_a_line_of_table_text_is_spaced_as_the_table_style_says_with_its_rule() -> None:
    """Single lines (264 twips at 11 pt) and a row's rule (10), where the table style sets
    single spacing, whatever the Normal style's; the Normal style's spacing where the
    table style sets none; a size of the table style's own."""
    spaced = '<w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr>'
    single = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    assert _table_line(single, spaced) == 274
    assert _table_line("", spaced) == 314
    assert _table_line(single + '<w:rPr><w:sz w:val="20"/></w:rPr>') == 250


def test_a_short_table_is_kept_on_one_page_with_its_heading() -> None:
    """Every row but the last is kept with the next, rows cannot split, and the heading
    is kept with the header row: the table moves to the next page whole."""
    body = _body(BUDGET_2009)
    blocks = list(body)
    table = body.findall("w:tbl", NS)[-1]
    heading = blocks[blocks.index(table) - 1]
    assert heading.find("w:pPr/w:keepNext", NS) is not None
    assert _kept_rows(BUDGET_2009) == [True, True, True, True, False]
    rows = table.findall("w:tr", NS)
    assert all(row.find("w:trPr/w:cantSplit", NS) is not None for row in rows)


def test_a_table_of_19_rows_that_fits_on_a_page_moves_to_the_next_page_whole() -> None:
    """Trial 34: Dalarnas län, 19 rows under a heading, began with 7 rows at the foot of
    page 1. Each of its rows but the last is kept with the next, and so is its heading."""
    text = "## 2. Dalarnas län\n\n" + _table(19)
    body = _body(text)
    blocks = list(body)
    table = body.findall("w:tbl", NS)[-1]
    assert blocks[blocks.index(table) - 1].find("w:pPr/w:keepNext", NS) is not None
    assert _kept_rows(text) == [True] * 19 + [False]


def test_a_table_just_taller_than_a_page_holds_may_break() -> None:
    """A table of PORTRAIT_LINES lines, header row included, is kept whole; one line more
    and it may break between its rows, but not after its header row or its first row, nor
    before its last TAIL_ROWS rows (and its total, see the next test)."""
    assert TAIL_ROWS == 3
    assert _kept_rows(_table(PORTRAIT_LINES - 1)) == [True] * (PORTRAIT_LINES - 1) + [False]
    assert _kept_rows(_table(PORTRAIT_LINES)) == [True, True] + [False] * (
        PORTRAIT_LINES - 4) + [True, True, False]


def test_a_split_table_ends_with_three_rows_and_its_total_on_a_page() -> None:
    """Trial 92, F10: a landscape table split so that page 2 held one row and "Totalt"
    under the repeated header. The last three rows and the total row (its first cell bold,
    another showing text) are kept together: they move over with the break."""
    total = _table(PORTRAIT_LINES) + "| **Totalt** | **253,0** |\n"
    assert _kept_rows(total) == [True, True] + [False] * (PORTRAIT_LINES - 4) + [True] * 3 + [
        False]


def test_a_fee_table_longer_than_half_a_page_starts_under_the_text_and_breaks() -> None:
    """Trial 82, F9: a taxa's 26 fees under three headings moved to page 2 whole, leaving the
    lower half of page 1 empty. A table longer than half a page may break between its groups
    (its header row repeated on the next page): its heading, its lead-in and its header row
    are kept with its first group, each short group is kept together, and its last two rows
    too."""
    def heading(label: str, rows: int) -> str:
        return f"| **{label}** | | |\n" + "".join(
            f"| {label} avgift {n} | {n}00 | månad |\n" for n in range(1, rows + 1))

    text = ("## Avgifter från och med den 1 januari 2024\n\nAvgifterna för mat ingår inte i "
            "maxtaxan.\n\n| Insats | Avgift (kr) | Per |\n|:--|--:|:--|\n"
            + heading("Omsorg och service", 9) + heading("Mat", 5) + heading("Hjälpmedel", 7))
    assert PORTRAIT_LINES < 1 + 3 + 9 + 5 + 7  # (header, labels and fees: 25 lines)
    assert _kept_rows(text) == [True, *_whole(10), *_whole(6), *_whole(8)]
    assert _kept(text)[:2] == [True, True]  # (the heading and the lead-in)
    table = _body(text).findall("w:tbl", NS)[-1]
    assert table.find("w:tr/w:trPr/w:tblHeader", NS) is not None


def test_a_table_on_a_landscape_page_is_kept_whole_up_to_fewer_lines() -> None:
    """A landscape page is lower: 15 rows stay together on a portrait page, not on a
    landscape one, where LANDSCAPE_LINES lines are kept whole."""
    assert _kept_rows(_table(15)) == [True] * 15 + [False]
    assert _kept_rows(f"::: liggande\n{_table(15)}:::\n") == [True, True] + [False] * 11 + [
        True, True, False]
    assert _kept_rows(f"::: liggande\n{_table(LANDSCAPE_LINES - 1)}:::\n") == [True] * (
        LANDSCAPE_LINES - 1) + [False]


RENTS = """\
dokumenttyp: tjansteskrivelse
datum: 2025-02-05
dnr: nej
titel: Hyresnivåer för fasta förhyrningar 2025
avsnitt:
  - rubrik: Ärendebeskrivning
    text: Tabellen visar de berörda hyresgästerna med ny årshyra och månadshyra.
    tabell: hyror
tabeller:
  - namn: hyror
    liggande: ja
    kolumner:
      - {namn: anlaggning, rubrik: Anläggning}
      - {namn: hyresgast, rubrik: Hyresgäst}
      - {namn: kategori, rubrik: Kategori}
      - {namn: yta, rubrik: Yta (m²), typ: tal}
      - {namn: pris, rubrik: kr/m² och år, typ: belopp, summeras: nej}
      - {namn: ar, rubrik: Årshyra, typ: belopp, formel: yta * pris}
      - {namn: manad, rubrik: Månadshyra, typ: belopp, formel: ar / 12}
      - {namn: nuv, rubrik: Nuvarande årshyra, typ: belopp}
      - {namn: okning, rubrik: Förändring, typ: belopp, formel: ar - nuv, plustecken: ja}
      - {namn: procent, rubrik: Förändring (%), typ: forandring, fran: nuv, till: ar}
    kolumngrupper:
      - {rubrik: Ny hyra från 1 juli 2025, kolumner: [pris, ar, manad]}
    rader:
"""
_RENTERS = [("Umeå Energi Arena", "IFK Umeå", 142, 650, 61200),
            ("Umeå Energi Arena", "Umeå FC Akademi AB", 96, 1150, 48300),
            ("Gammliavallen", "Umeå Friidrottsklubb", 210, 650, 97400),
            ("Gammliavallen", "Friskvårdskliniken Norr AB", "'64,5'", 1150, 29800),
            ("Sportcentrum", "Umeå Simsällskap", 88, 650, 41500),
            ("Sportcentrum", "Umeå Budoklubb", 315, 650, 146300),
            ("Holmsund sporthall", "Holmsunds IK", 54, 650, 23900),
            ("Hörnefors idrottsplats", "Hörnefors IF", 120, 650, 55100),
            ("Bjurholms sporthall", "Bjurholms IF", 60, 650, 26000)]


def _rents(rows: int) -> str:
    """The case of trial 92's table of rents, with its first `rows` rows."""
    return RENTS + "".join(
        f"      - {{anlaggning: {place}, hyresgast: {renter}, kategori: "
        f"{'Företag' if price > 650 else 'Förening'}, yta: {area}, pris: {price}, nuv: {now}}}\n"
        for place, renter, area, price, now in _RENTERS[:rows])


def _built_rows(tmp_path: Path, case: str) -> list[bool]:
    """`_kept_rows` of the document built of `case`."""
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline(()).build(path)
    assert [problem.format() for problem in result.problems if problem.is_error] == []
    with zipfile.ZipFile(io.BytesIO(result.files["fall.docx"])) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    table = document.findall(".//w:tbl", NS)[-1]
    return [all(p.find("w:pPr/w:keepNext", NS) is not None for p in row.iter(f"{{{NS['w']}}}p"))
            for row in table.findall("w:tr", NS)]


def test_an_eight_row_landscape_table_under_two_header_rows_is_kept_whole(
        tmp_path: Path) -> None:
    """Trial 92, F10: eight rows and a total under a heading row over three columns, one name
    on two lines ("Friskvårdskliniken" / "Norr AB"): 13 lines of table text, a third of a
    landscape page, was counted as 14 lines of body text against 12 and split 7 + 1 and the
    total, page 2 nearly empty. Counted as LibreOffice sets it, it is kept whole; a ninth
    row makes it taller than LANDSCAPE_LINES: it may break, but the last three rows stay
    with the total."""
    assert _built_rows(tmp_path, _rents(8)) == [True] * 10 + [False]
    assert _built_rows(tmp_path, _rents(9)) == [True, True, True] + [False] * 5 + [
        True] * 3 + [False]


def test_lists_are_short_up_to_six_items_and_tables_up_to_what_fits_on_a_page() -> None:
    """A list of SHORT items stays on one page, one more may break (not after its first
    item); a table's length alone does not let it break."""
    def list_kept(items: int) -> list[bool]:
        paragraphs = _body("".join(f"- Mottagare {n}\n" for n in range(items))).findall(
            "w:p", NS)
        return [p.find("w:pPr/w:keepNext", NS) is not None for p in paragraphs]

    assert list_kept(SHORT) == [True] * (SHORT - 1) + [False]
    assert list_kept(SHORT + 1) == [True] + [False] * SHORT
    assert _kept_rows(_table(SHORT + 1)) == [True] * (SHORT + 1) + [False]


def test_the_rule_row_by_row() -> None:
    def one_line(number: int) -> int:
        return 1

    assert is_short(SHORT) and not is_short(SHORT + 1)
    assert table_rows_kept(1, one_line, 10) == [False]  # a header row alone
    assert table_rows_kept(3, one_line, 10) == [True, True, False]
    assert table_rows_kept(10, one_line, 10) == [True] * 9 + [False]
    assert table_rows_kept(11, one_line, 10) == [True, True] + [False] * 6 + [True, True, False]
    assert table_rows_kept(11, one_line, 10, total=True) == [True, True] + [False] * 5 + [
        True, True, True, False]
    assert table_rows_kept(5, one_line, 4, total=True) == [True] * 4 + [False]  # (all tail)


def test_a_table_of_tall_rows_taller_than_a_page_holds_may_break_between_them() -> None:
    """Sample 002: three rows of some fifteen lines each (and a total), more than a page
    keeps whole. The header stays with the first row, the total with the row before it;
    two rows are kept together only when no taller than END_LINES (a third of a page)."""
    tall = [2, 16, 14, 1]
    assert sum(tall) > PORTRAIT_LINES
    assert table_rows_kept(len(tall), tall.__getitem__, PORTRAIT_LINES) == [
        True, False, True, False]
    assert table_rows_kept(4, [1, 9, 9, 1].__getitem__, PORTRAIT_LINES) == [True] * 3 + [False]
    rows = [1, 9, 10, 9, 10, 1]
    assert rows[1] + rows[2] > END_LINES and sum(rows) > PORTRAIT_LINES
    assert table_rows_kept(len(rows), rows.__getitem__, PORTRAIT_LINES) == [
        True, False, False, False, True, False]


def test_a_table_of_long_texts_taller_than_a_page_holds_is_not_kept_whole() -> None:
    purpose = "En lång text om syftet med insatsen och hur den ska följas upp. " * 16
    table = "| Insats | Belopp | Syfte |\n|:--|--:|:--|\n" + "".join(
        f"| Insats {n} | 1 000 | {purpose} |\n" for n in range(1, 4))
    assert _kept_rows(table) == [True, False, False, False]


def test_an_indented_row_is_estimated_with_the_characters_its_indent_leaves() -> None:
    """A group's rows are indented (see `row_groups`): a name that just fills a line of the
    column, measured by its glyphs (78 characters here), is counted as two lines there, so a
    table of such rows that is kept whole unindented may break."""
    names = [("Mottagare med ett långt namn " * 3)[:75] + f" {n:02}" for n in range(17)]
    assert {len(name) for name in names} == {78}
    rows = "".join(f"| {name} | 1 000 |\n" for name in names)
    plain = "| Mottagare | Belopp |\n|:--|--:|\n" + rows + "| **Summa** | **17 000** |\n"
    grouped = plain.replace("|:--|--:|\n", "|:--|--:|\n| **Grupp** | |\n")
    assert _kept_rows(plain) == [True] * 18 + [False]
    assert _kept_rows(grouped) == [True, True] + [False] * 14 + [True] * 3 + [False]


def _group(label: str, items: int, inner: str = "") -> str:
    """A group's rows: its label row, `items` rows (and the `inner` rows after them) and its
    subtotal row."""
    rows = "".join(f"| {label} post {n} | {n},0 |\n" for n in range(1, items + 1))
    return f"| **{label}** | |\n{rows}{inner}| **Summa** | **1,0** |\n"


def _grouped(*groups: str) -> str:
    return "| (mnkr) | Budget 2025 |\n|:--|--:|\n" + "".join(groups)


def _whole(rows: int) -> list[bool]:
    """The keeps of `rows` rows kept together: every one but the last."""
    return [True] * (rows - 1) + [False]


def test_a_short_group_of_a_tall_table_is_kept_on_one_page() -> None:
    """Trial 35: Sjöbo's 40 rows, five nämnder of a label row, six rows and "Summa" each,
    broke inside "Samhällsbyggnadsnämnd": page 2 began with its last row and its Summa.
    Each group is kept together, the header row with the first group; the last group is not
    kept with a paragraph of text after the table (a short note is: see `kept_rows`). A
    heading without a subtotal (`delsumma: nej`) is kept with its rows."""
    groups = [_group(f"Nämnd {n}", 6) for n in range(1, 6)]
    text = _grouped(*groups) + "\n" + " ".join(["Kommentar till tabellen och året."] * 9) + "\n"
    assert _kept_rows(text) == [True] + _whole(8) * 5
    heading = "| **Valnämnd** | |\n| Politisk verksamhet | 0,5 |\n| Kansli | 0,1 |\n"
    assert _kept_rows(_grouped(heading, *groups)) == [True, *_whole(3), *_whole(8) * 5]


def test_a_group_taller_than_a_third_of_a_page_keeps_its_label_and_its_subtotal_only() -> None:
    """END_LINES rows in a group with its label and subtotal are more than it keeps: its
    label row stays with its first row, its last row with its subtotal, and it may break
    anywhere else; the short group after it is kept together."""
    long = _group("Lång", END_LINES - 1)
    assert _kept_rows(_grouped(long, _group("Kort", 6), _group("Kort", 6))) == [
        True, True, *[False] * (END_LINES - 2), True, False, *_whole(8), *_whole(8)]
    assert _kept_rows(_grouped(_group("Lagom", END_LINES - 2), _group("Kort", 6),
                               _group("Kort", 6))) == [True, *_whole(END_LINES), *_whole(8),
                                                       *_whole(8)]


def test_groups_inside_a_taller_group_are_kept_each_on_its_own() -> None:
    """A län of four kommuner, each a short group: the län may break between two kommuner,
    not inside one; its label stays with the first kommun, its Summa with the last. A län
    no taller than END_LINES is kept together, its kommuner with it."""
    kommuner = "".join(_group(f"Kommun {n}", 3) for n in range(1, 5))
    lan = _group("Län", 0, kommuner)
    small = _group("Litet län", 1, _group("Kommun", 3))
    assert _kept_rows(_grouped(lan, small, _group("Kort", 6))) == [
        True, True, *_whole(5) * 3, *[True] * 5, False, *_whole(8), *_whole(8)]


def test_the_rule_for_groups_row_by_row() -> None:
    """Rows 1-5 a group holding rows 2-4, row 6 a total: all 7 rows are taller than the 6
    lines kept whole. A group no taller than END_LINES lines keeps every row but its last
    with the next; a taller one keeps none of its own (its label row and its last row are
    kept as a group's, see `row_groups`)."""
    groups = [(2, 4), (1, 5)]
    assert table_rows_kept(7, lambda number: 1, 6, groups) == [True] * 5 + [True, False]
    tall = [1, 1, 1, END_LINES, 1, 1, 1]
    assert table_rows_kept(7, tall.__getitem__, 6, groups, total=True) == [
        True, True, False, False, False, True, False]  # (the first and last two rows:
    # the last three and the total are taller than END_LINES)
    assert table_rows_kept(7, [1, 1, 1, 1, 1, END_LINES, 1].__getitem__, 6, groups,
                           total=True) == [True, True, True, True, False, False, False]


def test_a_short_layout_table_is_kept_whole() -> None:
    """The signature blocks (and a justering's boxes) stay on one page while they are short:
    every row but the last is kept with the next (trial 38: the Utdragsbestyrkande box went
    alone to the next page)."""
    signatures = ("::: signaturer\n| | |\n|--|--|\n| För nämnden | |\n"
                  "| Anna Andersson<br>Ordförande | Bo Berg<br>Sekreterare |\n:::\n")
    assert _kept_rows(signatures) == [True, True, False]


def _blocks(rows: int) -> str:
    """A closing sentence and `rows` rows of two signature blocks (as signature_blocks.md.j2
    writes them: 6 lines in the first row, 8 in the others)."""
    cell = "<br><br><br>\\_\\_\\_<br>Namn<br>ledamot"
    later = "<br><br>" + cell
    return ("Beslutet förs till protokollet på nästkommande möte i styrelsen.\n\n"
            "::: signaturer\n" + f"| {cell} | {cell} |\n|:--|:--|\n"
            + f"| {later} | {later} |\n" * (rows - 1) + ":::\n")


def test_two_rows_of_signature_blocks_stay_on_one_page_with_the_sentence_before_them() -> None:
    assert layout_rows_kept([6, 8]) == [True, False]
    assert _kept_rows(_blocks(2)) == [True, False]
    assert _kept(_blocks(2))[0] is True


def test_more_rows_of_blocks_break_between_rows_and_leave_the_sentence_with_the_decision() -> None:
    """Trial 41, F6: nine signers (five rows) moved to page 2 whole with the per capsulam
    decision's closing sentence, leaving half of page 1 empty. A table taller than END_LINES
    lines breaks between its rows (each row still never splits) and is not kept with the
    paragraph before it."""
    assert END_LINES == 18
    assert layout_rows_kept([6, 8, 8]) == [False, False, False]
    assert _kept_rows(_blocks(5)) == [False] * 5
    assert _kept(_blocks(5))[0] is False
    table = _body(_blocks(5)).findall("w:tbl", NS)[-1]
    assert [row.find("w:trPr/w:cantSplit", NS) is not None
            for row in table.findall("w:tr", NS)] == [True] * 5


def _kept(markdown_text: str) -> list[bool]:
    """For each paragraph of the document: whether it is kept with the next. A paragraph
    in the one cell of a row that cannot split (a heading held with its att-points: see
    `test_held_run`) is, but for the last, which is as its row is kept (each paragraph of
    it kept with the next)."""
    kept: list[bool] = []
    for block in _body(markdown_text):
        if block.tag == W + "p":
            kept.append(block.find("w:pPr/w:keepNext", NS) is not None)
        elif block.tag == W + "tbl" and len(cells := block.findall("w:tr/w:tc", NS)) == 1:
            paragraphs = cells[0].findall("w:p", NS)
            row = all(p.find("w:pPr/w:keepNext", NS) is not None for p in paragraphs)
            kept.extend([True] * (len(paragraphs) - 1) + [row])
    return kept


def _points(count: int) -> str:
    return "".join(f"att bevilja bidrag nummer {n}.\n\n" for n in range(1, count + 1))


PROPOSAL = "## Förslag till beslut\n\nFörvaltningen föreslår nämnden besluta\n\n"
SIGNED = "I tjänsten  \nEva Exempel\n"


def test_a_proposals_heading_lead_and_short_run_of_att_points_stay_on_one_page() -> None:
    """Trial 31: the heading is kept with the lead, the lead with the first point, each
    point with the next; the last point and the signature are free."""
    assert _kept(PROPOSAL + _points(4) + SIGNED) == [True, True, True, True, True, False, False]


def test_a_decisions_opening_line_is_kept_with_its_points() -> None:
    """With or without a colon: "… beslutade den …, § 17," before att-points, "… beslutar:"
    before numbered points."""
    opening = "## Beslut\n\nKommunfullmäktige beslutade den 18 november 2010, § 17,\n\n"
    assert _kept(opening + _points(2)) == [True, True, True, False]
    numbered = "Kommunfullmäktige beslutar:\n\n1. Första punkten.\n2. Andra punkten.\n"
    assert _kept(numbered) == [True, True, False]


def test_a_decision_before_its_justering_may_break_before_its_last_point() -> None:
    """Trial 88, F6: the last point is kept with the justering, which is kept together, the
    points before it with each other, but not the two groups: the decision can begin on
    the page where it fits."""
    opening = "## Beslut\n\nStyrelsen beslutade den 27 november 2020, § 38,\n\n"
    justering = ("::: efter\n## Justering\n\nJusterat den 1 december 2020 av Anna Berg.\n"
                 ":::\n")
    assert _kept(opening + _points(3) + justering) == [
        True, True, True, False, True, True, False]
    assert _kept(opening + _points(3)) == [True, True, True, True, False]


def test_a_long_run_of_att_points_may_break_but_not_after_its_first_point() -> None:
    assert _kept(PROPOSAL + _points(SHORT + 2)) == [True, True, True] + [False] * (SHORT + 1)


def test_a_paragraph_ending_in_a_colon_is_kept_with_its_list_whatever_its_length() -> None:
    lead = "Förslaget innehåller följande delar, som beskrivs närmare nedan " * 5 + ":"
    assert len(lead) > LEAD_CHARACTERS
    assert _kept(lead + "\n\n- stärka barns psykiska hälsa\n- regional samordning\n") == [
        True, True, False]


def test_an_ordinary_paragraph_before_another_paragraph_is_not_kept() -> None:
    """Nor a long paragraph without a colon before att-points (it leads into nothing), nor
    a paragraph after the points."""
    assert _kept("Bakgrund i korthet.\n\nMer om bakgrunden.\n\nSlutord.\n") == [False] * 3
    long = "Bakgrunden till förslaget beskrivs här utförligt och i detalj. " * 5
    assert _kept(long + "\n\n" + _points(2) + "Slutord.\n") == [False, True, False, False]


def test_att_points_are_a_run_only_while_they_follow_each_other() -> None:
    """A heading or another paragraph between them begins a new run (and a new lead)."""
    text = (PROPOSAL + _points(2) + "## Reservation\n\nAnna reserverar sig.\n\n"
            + "Hon yrkar\n\n" + _points(1))
    assert _kept(text) == [True, True, True, False, True, False, True, False]


def test_what_a_lead_in_and_an_att_point_are() -> None:
    assert leads_in("Fördelningen:") and leads_in("Förvaltningen föreslår nämnden besluta")
    assert not leads_in("Lång text. " * 30) and leads_in("Lång text. " * 30 + "följande: ")
    assert is_point("att bevilja medel.") and is_point("att\u00a0bevilja")
    assert not is_point("attesteras av ordföranden.") and not is_point("Att bevilja")
    assert run_kept_until([0, 1, 2], 3, 3) == 2  # (every paragraph but the last)
    assert run_kept_until(list(range(SHORT + 1)), SHORT + 1, SHORT + 1) == 1  # (the first)
    assert run_kept_until([0, 1, 2], 3, END_LINES) == 2  # (as tall as a keep may be)
    assert run_kept_until([0, 5, 9], 12, END_LINES + 1) == 1  # (taller: the first paragraph)


def test_a_paragraph_takes_a_line_per_line_break_and_wraps_at_its_capacity() -> None:
    line = Span("", line_break=True)
    assert paragraph_lines([Span("Eva Nypelius (c)")], 80) == 1
    assert paragraph_lines([Span("x" * 81)], 80) == 2
    assert paragraph_lines([Span("Eva (c)"), line, Span("Lars (c)"), line, Span("Per")], 80) == 3
    assert paragraph_lines([Span("x" * 100), line, line, Span("y")], 80) == 4


def test_a_short_list_taller_than_a_keep_may_be_breaks_like_any_text() -> None:
    """Trial 55, F1: Gotland's val, three numbered points with 22 names on their own lines
    under them (`\\` line breaks), was kept whole and left page 1 two-thirds empty: a
    short list no taller than END_LINES stays on one page, a taller one keeps its first
    paragraph with the next only."""
    names = "  \n    ".join(f"Ledamot nummer {n} (c)" for n in range(END_LINES))
    tall = f"1. Till ledamöter väljs:\n\n    {names}\n\n2. Till ersättare väljs:\n\n    Eva\n"
    assert _kept(tall) == [True, False, True, False]  # (the second point leads in: a colon)
    short = tall.replace(names, "Eva Nypelius (c)  \n    Lars Thomsson (c)")
    assert _kept(short) == [True, True, True, False]


def test_the_paragraphs_of_a_list_item_are_spaced_as_in_the_text() -> None:
    """Trial 55, F2: the ersättare groups of a val, paragraphs of one item separated by a
    blank line, ran together in Word: the list's continuation style has contextual spacing,
    which each later paragraph of an item turns off."""
    body = _body("1. Till ersättare väljs:\n\n    Kjell (c)\n\n    Inger (m)\n")
    spacing = [p.find("w:pPr/w:contextualSpacing", NS) for p in body.findall("w:p", NS)]
    assert [None if s is None else s.get(f"{{{NS['w']}}}val") for s in spacing] == [
        None, "0", "0"]


def test_a_samman_div_of_paragraphs_is_one_paragraph_whose_lines_are_kept_together() -> None:
    """Trial 44, F9: a justering's two sentences split over a page break. Trial 83: in
    LibreOffice two paragraphs kept with the next still parted ("Utdraget bestyrks: …" alone
    on page 2): the div is one paragraph, an empty line between its paragraphs, whose lines
    are kept together (`w:keepLines`)."""
    long = "Ett stycke som är längre än en inledning. " * 8  # (no lead-in: not kept itself)
    body = _body(f"{long}\n\n## Justering\n\n::: samman\nJusterat den 20 november 2024.\n\n"
                 "Utdraget bestyrks: **Cecilia Carlsson**\n:::\n\n{long}\n")
    paragraphs = body.findall("w:p", NS)
    assert [p.find("w:pPr/w:keepNext", NS) is not None for p in paragraphs] == [
        False, True, False, False]
    assert [p.find("w:pPr/w:keepLines", NS) is not None for p in paragraphs] == [
        False, False, True, False]
    joined = paragraphs[2]
    assert "".join(joined.itertext()) == (
        "Justerat den 20\u00a0november 2024.Utdraget bestyrks: Cecilia Carlsson")
    assert len(joined.findall(".//w:br", NS)) == 2
    assert joined.find(".//w:b", NS) is not None  # (its emphasis as written)


def test_a_samman_div_of_one_paragraph_keeps_nothing() -> None:
    assert _kept("Justerat den 20 november 2024.\n\n::: samman\nUtdraget bestyrks: Cecilia "
                 "Carlsson\n:::\n\nEtt stycke efter.\n") == [False, False, False]


def test_an_efter_div_keeps_the_paragraph_before_it_with_it() -> None:
    # (trial 48, F7: the justering alone on page 2, away from the decision it certifies)
    long = "Ett stycke som är längre än en inledning. " * 8  # (no lead-in: not kept itself)
    assert _kept(f"{long}\n\n{long}\n\n::: efter\n## Justering\n\nJusterat den 20 november "
                 "2024.\n:::\n\n{long}\n") == [False, True, True, False, False]


def test_a_paragraph_ending_in_a_colon_is_kept_with_the_paragraph_after_it() -> None:
    # (trial 48, F7: the decision's lead-in on page 1, its one point and the justering on 2)
    long = "Ett stycke som är längre än en inledning. " * 8
    assert _kept(f"{long}\n\nKommunfullmäktige beslutade den 23 februari 2009, KF § 13:\n\n"
                 f"Motionen anses besvarad.\n\n{long}\n") == [False, True, False, False]
    assert introduces("Fördelningen: ") and not introduces("Fördelningen.")


def test_a_paragraph_of_bold_text_alone_is_kept_with_the_paragraph_after_it() -> None:
    # (trial 51, F7: "**Omröstning**" typed as a sub-heading could end a page alone)
    long = "Ett stycke som är längre än en inledning. " * 8
    assert _kept(f"{long}\n\n**Omröstning**\n\nOmröstning begärs.\n\n**Reservation** "
                 f"\n\n{long}\n\nEn **fetstil** mitt i.\n\n{long}\n") == [
        False, True, False, True, False, False, False]
    first, second = _body("**Omröstning**\n\nOmröstning begärs.\n").findall("w:p", NS)
    assert [node.tag.rpartition("}")[2] for node in first.iter()] == [
        "p", "pPr", "keepNext", "r", "rPr", "b", "t"]
    assert second.find("w:pPr", NS) is None


def test_only_bold_text_with_no_line_break_is_a_subheading() -> None:
    assert is_subheading([Span("Omröstning", bold=True)])
    assert is_subheading([Span("Omröstning", bold=True), Span(" ")])
    assert not is_subheading([Span("Omröstning", bold=True), Span(":")])
    assert not is_subheading([Span("Omröstning", bold=True, italic=True), Span("begärs")])
    assert not is_subheading([Span("Ja", bold=True), Span("", bold=True, line_break=True),
                              Span("Nej", bold=True)])
    assert not is_subheading([Span(" ")])
