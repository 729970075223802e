"""Write the parsed Markdown tree into a Word document body, block by block.

Every block gets a real Word style from the reference document: headings "Heading N",
lists "List Bullet"/"List Number" ("... 2" when nested), quotes "Quote", tables "Table
Grid". No empty paragraphs are written; spacing is the styles' business (but for a 1 pt
paragraph between two tables that would touch: Word and LibreOffice join touching tables
into one, the second taking the first's borders). Fenced divs:
`::: sidbrytning` is a page break, `::: signaturer` holds a borderless layout table (a
block alone, written as lines, is set as its first cell: see `lone_block`), `::: samman`
keeps its paragraphs on one page (a justering's "Justerat den …" and "Utdraget bestyrks:
…", trial 44, F9: paragraphs alone as one paragraph whose lines are kept together, see
`kept_together`; a heading and a list, "Utdrag till", in one cell of a layout table when
they are short, see `held_list`; else all but its last kept with the next), `::: efter`
never begins a page: the paragraph before it is kept with it (a justering with the decision
it certifies, rather than alone on page 2, trial 48, F7; "I tjänsten" joins the cell of a
proposal held with its heading, see `_hold_run`) and
`::: liggande` puts its blocks, whatever they are, on landscape pages of their own (see
`landscape`); when nothing but the letterhead and headings (the title) comes before it,
the first section itself is landscape, letterhead and title on the landscape page, rather
than a page of a title alone (trial 45, F1). A `liggande` div inside a list, a quote, a
layout div or another `liggande` div is written as its content alone: a section break
cannot stand inside those.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, NamedTuple

from generator.word.divs import FOLLOW_DIV, KEEP_DIV, LAYOUT_DIVS, PAGE_BREAK_DIV, certifies
from generator.word.draft import Draft
from generator.word.held_list import (
    append_held_row,
    hold_in_one_cell,
    join_held,
    space_as_in_text,
    space_between,
)
from generator.word.keeps import (
    END_LINES,
    introduces,
    is_point,
    is_subheading,
    leads_in,
    paragraph_lines,
    run_kept_until,
    table_lines,
)
from generator.word.kept_rows import is_note, keep_last_row, last_row_kept
from generator.word.kept_together import joined_paragraph, narrowed_gaps
from generator.word.landscape import LANDSCAPE_DIV, carrier
from generator.word.landscape_end import with_closing_turned
from generator.word.letterhead import LETTERHEAD_DIV, Logo, write_letterhead
from generator.word.markdown import MarkdownStructureError
from generator.word.numbering import ListNumbering, NumberingRestarter, apply_numbering
from generator.word.oxml import (
    XmlNode,
    add,
    add_copy,
    cast_element,
    make,
    paragraph_property,
    qn,
)
from generator.word.runs import runs_text, runs_xml
from generator.word.shared_widths import SharedWidths
from generator.word.span import Span
from generator.word.spans import BLOCK_TAGS, code_block_spans, inline_spans
from generator.word.table_groups import KnownTables
from generator.word.tables import write_table
from generator.word.widths import characters_in

SPACE_AFTER_TABLE: Final = 240  # twips (12 pt)
_HEADINGS: Final = {f"h{level}": level for level in range(1, 7)}
_LEFT: Final = {"style": "text-align: left;"}  # a column `:--`, as the tables extension has it
_STYLE: Final = f"{qn('w:pPr')}/{qn('w:pStyle')}"  # a paragraph's style, where not Normal


class _Scope(NamedTuple):
    """Where a block sits: list depth, inside a quote, a layout div, a landscape section."""

    list_level: int = 0
    quote: bool = False
    layout: bool = False
    landscape: bool = False


class BodyWriter:
    """Appends the blocks of a parsed Markdown tree to the body of a draft document."""

    def __init__(self, draft: Draft, logo: Logo | None = None,
                 tables: KnownTables | None = None) -> None:
        self._draft = draft
        self._tables = tables  # the groups of the data tables, where the document knows them
        self._body: XmlNode = draft.body
        self._styles = draft.styles
        self._logo = logo
        self._page_break = False
        self._after_table = False
        self._table_end = -1  # where the body ended after the last table written
        self._section_start = 0  # where the current section's blocks begin in the body
        self._landscape_first = False  # the first section is landscape (see `opens_landscape`)
        self._points: list[int] = []  # where each att-point of the current run begins
        self._points_width = 0  # the width of the cell holding the run's heading, 0: none
        self._heading_at = -1  # where the last heading written stands in the body
        self._held_end = -1  # where the body ended after a run held in a cell (see `_hold_run`)
        self._signatures_end = -1  # where the body ended after a `signaturer` div
        self._spans: dict[Any, Sequence[Span]] = {}  # each paragraph's spans (its runs unread)
        self._numbering = NumberingRestarter(draft)
        self._shared: SharedWidths | None = None  # tables of one shape (see `write`)
        self._link_style = draft.styles.link_style
        self._handlers: dict[str, Callable[[etree.Element, _Scope], None]] = {
            "p": self._body_paragraph, "ul": self._list, "ol": self._list,
            "table": self._table, "pre": self._code, "blockquote": self._quote,
            "div": self._div, "hr": lambda element, scope: None,
        }

    def write(self, root: etree.Element) -> None:
        """Write every top-level block of `root` (the tree from `parse_markdown`)."""
        self._landscape_first = opens_landscape(root)
        tables = list(data_tables(root))
        if self._tables is not None:
            self._tables.place([element for element, _ in tables])
        self._shared = SharedWidths(self._draft, tables, self._tables)
        for element in with_closing_turned(root):
            self._block(element, _Scope())
        self._end_points(len(self._body))

    def _block(self, element: etree.Element, scope: _Scope) -> None:
        if element.tag != "p":
            self._end_points(len(self._body), element)
        start = len(self._body)
        held = start == self._held_end
        page_break, after_table = self._page_break, self._after_table
        self._page_break = self._after_table = False
        if scope == _Scope() and element.tag == "div" and element.get("class") == LANDSCAPE_DIV:
            if not self._landscape(element):  # nothing in it: the marks wait for the next block
                self._page_break |= page_break
                self._after_table |= after_table
            return
        if element.tag in _HEADINGS:
            # (kept with what follows, whatever the reference says)
            self._paragraph(self._heading_style(_HEADINGS[element.tag]), inline_spans(element),
                            keep_next=True)
            self._heading_at = start
        else:
            handler = self._handlers.get(element.tag)
            if handler is None:
                raise MarkdownStructureError(f"Markdown-elementet <{element.tag}> stöds inte.")
            handler(element, scope)
        if held:
            self._space_after_held(start)
        if (page_break or after_table) and not self._mark_first(start, page_break):
            self._page_break |= page_break
            self._after_table |= after_table

    def _mark_first(self, start: int, page_break: bool) -> bool:
        """Start a new page at (or add space before) the first paragraph written since `start`.

        Return False when nothing was written, so the mark waits for the next block.
        """
        new = self._draft.deferred.materialize(cast_element(self._body)[start:])
        first = next((p for node in new for p in node.iter(qn("w:p"))), None)
        if first is None:
            return False
        if page_break:
            paragraph_property(first, "w:pageBreakBefore")
        elif new[0].tag == qn("w:p"):
            spacing = paragraph_property(first, "w:spacing")
            current = int(spacing.get(qn("w:before")) or 0)
            spacing.set(qn("w:before"), str(max(current, SPACE_AFTER_TABLE)))
        return True

    def _paragraph(self, style: str, spans: Sequence[Span],
                   numbering: ListNumbering | None = None, *,
                   keep_next: bool = False) -> XmlNode | None:
        """A paragraph in `style`, kept with the next if `keep_next`; nothing at all (None)
        when there is no text."""
        if not spans:
            return None
        style_id = None if style == "Normal" else self._styles.paragraph_id(style)
        paragraph = add_copy(self._body, _empty_paragraph(style_id, keep_next))
        self._draft.deferred.append_content(paragraph,
                                            runs_xml(spans, self._draft, self._link_style))
        self._spans[paragraph] = spans
        if numbering is not None:
            apply_numbering(paragraph, numbering)
        return paragraph

    def _body_paragraph(self, element: etree.Element, scope: _Scope) -> None:
        style = self._pick("Quote", "Normal") if scope.quote else "Normal"
        spans = inline_spans(element, br_text=scope.layout)
        if not spans:
            return
        point = is_point(element.text or "")  # (its opening text: "att" is never markup)
        held = self._held_end
        if not point:
            self._end_points(len(self._body))
        start = len(self._body)
        self._paragraph(style, spans, keep_next=is_subheading(spans))
        if self._held_end != held and self._held_end == start:  # (a run held just now)
            self._space_after_held(start)
        if not point:
            self._keep_lead(start, lead=introduces)
            if start == self._table_end:
                self._keep_note(start, spans)
            return
        if not self._points:
            self._keep_lead(start)
            reference = self._draft.reference
            self._points_width = (0 if scope.quote or scope.layout else
                                  reference.landscape_width if scope.landscape else
                                  reference.text_width)
        self._points.append(start)

    def _end_points(self, end: int, following: etree.Element | None = None) -> None:
        """End the current run of att-points before `end` (the body's end), keeping it
        together (see `keeps`) and, under a heading, holding the heading with it (see
        `_hold_run`); `following` is the block after it, if any. A run right before a
        justering (an `efter` div under its own heading) may break before its last point:
        the last point is kept with the justering, the others together, and the two may
        stand on two pages (trial 88, F6: a decision of three points kept with its justering
        and signatures left a third of page 1 empty). A proposal before "I tjänsten" stays
        whole (trial 92, F7: its last point went to page 3 with the signature)."""
        if not self._points:
            return
        starts, self._points = self._points, []
        kept = self._keep_run(starts, end)
        parted = len(starts) > 1 and certifies(following)
        if parted:
            properties = cast_element(self._body)[starts[-1] - 1].find(qn("w:pPr"))
            keep = None if properties is None else properties.find(qn("w:keepNext"))
            if properties is not None and keep is not None:
                properties.remove(keep)
        if self._points_width:
            whole = kept == end - 1
            self._hold_run(starts[0], starts[-1] if parted and whole else
                           end if whole else starts[0] + 1)

    def _code(self, element: etree.Element, scope: _Scope) -> None:
        self._paragraph("Normal", code_block_spans(element))

    def _quote(self, element: etree.Element, scope: _Scope) -> None:
        for block in element:
            self._block(block, scope._replace(quote=True))

    def _table(self, element: etree.Element, scope: _Scope) -> None:
        if len(self._body) in (self._table_end, self._held_end):  # (keep the two apart)
            self._body.append(carrier())
        start = len(self._body)
        whole = write_table(self._draft, element, layout=scope.layout,
                            link_style=self._link_style, landscape=scope.landscape,
                            known=self._tables, shared=self._shared)
        if whole or not scope.layout:  # (a long layout table is not kept with it: see `keeps`)
            self._keep_lead(start, always=scope.layout, leads=2)
        self._after_table = True
        self._table_end = len(self._body)

    def _keep_lead(self, start: int, always: bool = False,
                   lead: Callable[[str], bool] = leads_in, leads: int = 1) -> None:
        """Keep the paragraph before the table, list or att-point beginning at `start` with it
        when it leads into it (`lead`: see `keeps.leads_in`; before a paragraph,
        `keeps.introduces`), and so up to `leads` paragraphs back (a data table: a split's
        short text and then its method sentence, trial 94, F9), or `always` (the one before
        the signatures, when they are kept whole, and before an `efter` div: then a table
        before it too, see `_keep_before`)."""
        if always:
            self._keep_before(start)
            return
        body = cast_element(self._body)
        if self._section_start < start == self._held_end:  # (a run held: its last point)
            *_, last = body[start - 1].iter(qn("w:p"))
            if lead(runs_text(self._spans.get(last, ()))):
                keep_last_row(body[start - 1])
            return
        for index in range(start - 1, max(start - 1 - leads, self._section_start - 1), -1):
            previous = body[index]  # (nothing is kept with a block in another section)
            if previous.tag != qn("w:p") or not lead(runs_text(self._spans.get(previous, ()))) \
                    or (index < start - 1 and previous.find(_STYLE) is not None):
                return  # (a carrier: ""; before a lead, only a plain paragraph: no list item)
            paragraph_property(previous, "w:keepNext")

    def _keep_note(self, start: int, spans: Sequence[Span]) -> None:
        """Keep the table that ends before `start` with the paragraph of `spans` at `start`
        when that paragraph is a note to it (`kept_rows.is_note`: "Reservation för eventuella
        felaktigheter.", a `text_efter`, trial 81, F6)."""
        capacity = characters_in(self._draft.reference.text_width,
                                 self._draft.styles.character_width)
        if not is_note(paragraph_lines(spans, capacity)):
            return
        table = cast_element(self._body)[start - 1]
        if not self._draft.deferred.edit(table, last_row_kept):  # (else: parsed)
            keep_last_row(self._draft.deferred.materialize([table])[0])

    def _keep_before(self, start: int) -> None:
        """Keep the block that ends before `start` with the one at `start`: a paragraph, or
        a table's last row (through the 1 pt paragraph between two tables), so that a
        justering or the signatures never begin a page alone, also after a table (see
        `keep_last_row`). Nothing is kept with a block in another section."""
        index = start - 1
        while index >= self._section_start:
            node = self._draft.deferred.materialize([cast_element(self._body)[index]])[0]
            if node.tag == qn("w:tbl"):
                keep_last_row(node)
                return
            if node.tag != qn("w:p"):
                return
            paragraph_property(node, "w:keepNext")
            if node in self._spans:  # a paragraph of text (not a carrier): enough
                return
            index -= 1

    def _div(self, element: etree.Element, scope: _Scope) -> None:
        name = element.get("class", "")
        if name == LETTERHEAD_DIV:
            write_letterhead(self._draft, element, self._logo, self._link_style,
                             landscape=self._landscape_first)
            self._after_table = True
            self._table_end = len(self._body)
            return
        if name == PAGE_BREAK_DIV:
            self._page_break = True
        inner = scope._replace(layout=scope.layout or name in LAYOUT_DIVS)
        start = len(self._body)
        joins = name == FOLLOW_DIV and start == self._held_end and not certifies(element)
        if name == FOLLOW_DIV:
            self._keep_lead(start, always=True)
        joined = joined_paragraph(element) if name == KEEP_DIV else None
        for block in element if joined is None else (joined,):
            self._block(lone_block(block) if name in LAYOUT_DIVS and block.tag == "p"
                        else block, inner)
        if name == KEEP_DIV and any(block.tag in {"ul", "ol"} for block in element):
            self._hold_list(start, inner)
        elif name == KEEP_DIV:
            self._keep_together(start, self._last_paragraph(start))
        if joined is not None and len(self._body) > start:  # (its lines never part)
            paragraph = cast_element(self._body)[start]
            paragraph_property(paragraph, "w:keepLines")
            size = self._styles.gap_half_points
            if size is not None and len(paragraph):  # (its runs: the last child, deferred)
                self._draft.deferred.edit(paragraph[-1],
                                          functools.partial(narrowed_gaps, half_points=size))
        if joins:
            self._join_held(start)
        if name in LAYOUT_DIVS and self._table_end == len(self._body):
            self._signatures_end = self._table_end

    def _hold_list(self, start: int, scope: _Scope) -> None:
        """Keep what a `samman` div with a list wrote from `start` on ("Utdrag till" and its
        names) on one page, in the one cell of a layout table (see `held_list`), when it
        takes END_LINES lines or fewer; a longer list breaks as any list does. Right after
        a held run the cell is that run's (`_join_held`), right after the signatures their
        table's last row (`held_list.append_held_row`); right after another table the
        heading stays out of the cell: Word and LibreOffice join tables that touch."""
        capacity = characters_in(self._draft.reference.text_width,
                                 self._draft.styles.character_width)
        written = cast_element(self._body)[start:]
        if sum(paragraph_lines(self._spans.get(node, ()), capacity)
               for node in written) > END_LINES:
            return
        if start == self._held_end and self._join_held(start):
            return
        signed = start == self._signatures_end == self._table_end
        if start in (self._table_end, self._held_end) and not signed:  # (kept apart by it)
            start += 1
        reference = self._draft.reference
        width = reference.landscape_width if scope.landscape else reference.text_width
        before = self._space_after_signatures(start) if signed else self._space_before(start)
        hold_in_one_cell(self._body, start, width, before=before)
        if signed:  # (the signatures' last row is kept with it: `efter`)
            self._draft.deferred.materialize([cast_element(self._body)[start - 1]])
            space_as_in_text(append_held_row(self._body, start), self._styles)
        self._after_table = True  # (a table after it is kept apart, as after any table)
        self._table_end = len(self._body)

    def _space_after_signatures(self, start: int) -> int:
        """The space before the paragraph at `start` (the heading "Utdrag till"), about to be
        the signatures' last row, that it had right after their table (see `_mark_first`)."""
        return max(SPACE_AFTER_TABLE, self._space(cast_element(self._body)[start], "w:before"))

    def _space_before(self, start: int) -> int:
        """The space before the paragraph at `start`, about to be held in a cell, that sets it
        as far below the paragraph before it as it stood (see `held_list.space_between`)."""
        body = cast_element(self._body)
        previous = body[start - 1] if start > 0 else None
        if previous is None or previous.tag != qn("w:p"):
            return 0
        return space_between(self._space(previous, "w:after"),
                             self._space(body[start], "w:before"))

    def _space_after_held(self, start: int) -> None:
        """Set the paragraph at `start`, right after a table of `held_list`, as far below the
        table's last paragraph as it would stand below it without the table."""
        body = cast_element(self._body)
        if not 0 < start < len(body) or body[start].tag != qn("w:p") \
                or body[start - 1].tag != qn("w:tbl"):
            return
        *_, last = body[start - 1].iter(qn("w:p"))
        space = space_between(self._space(last, "w:after"), self._space(body[start], "w:before"))
        paragraph_property(body[start], "w:spacing").set(qn("w:before"), str(space))

    def _space(self, paragraph: XmlNode, side: str) -> int:
        """The space (twips) `side` ("w:before", "w:after") the paragraph: its own, else its
        style's."""
        properties = paragraph.find(qn("w:pPr"))
        spacing = None if properties is None else properties.find(qn("w:spacing"))
        own = None if spacing is None else spacing.get(qn(side))
        if own is not None and own.isdigit():
            return int(own)
        style = None if properties is None else properties.find(qn("w:pStyle"))
        return self._styles.spacing(None if style is None else style.get(qn("w:val")), side)

    def _hold_run(self, first: int, stop: int) -> None:
        """Hold the heading right before the run of att-points beginning at `first` (a lead-in
        between them kept with it, "Socialnämnden beslutade den …, § 14,") with the run's
        points before `stop` in the one cell of a layout table (see `held_list`), whose row
        never splits and moves whole: LibreOffice 7.4 left a heading kept with the next
        alone at the foot of a page when the run after it did not fit there (trial 89, F1;
        as in `held_list`, keeps on the heading changed nothing). A run with no heading right
        before it is left as it is. The table takes the place of what it
        holds; right after a table the heading keeps its space before it, a 1 pt paragraph
        between the two (Word and LibreOffice join tables that touch)."""
        top = self._heading_at
        if top < self._section_start or first - top not in (1, 2) or (
                first - top == 2 and not _lead_in(cast_element(self._body)[top + 1])):
            return
        spaced = top in (self._table_end, self._held_end)
        if spaced:
            self._body.insert(top, carrier())
            top, first, stop = top + 1, first + 1, stop + 1
        at_end = stop == len(self._body)
        hold_in_one_cell(self._body, top, self._points_width, stop,
                         before=None if spaced else self._space_before(top))
        if at_end:
            self._held_end = len(self._body)

    def _join_held(self, start: int) -> bool:
        """Hold what an `efter` div wrote from `start` on ("I tjänsten", "Utdrag till") in the
        cell of the run held right before it (see `_hold_run`), so that it never begins a page
        without the proposal and the proposal stays whole (trial 92, F7: LibreOffice 7.4 put
        "I tjänsten" alone on page 3 when the proposal and it were two blocks kept together),
        when the cell then takes at most as many lines as a table kept whole may
        (`keeps.table_lines`); False when it would take more."""
        cell = cast_element(self._body)[start - 1].iter(qn("w:p"))
        written = cast_element(self._body)[start:]
        if not written:
            return True
        if any(node.tag != qn("w:p") for node in written):
            return False
        capacity = characters_in(self._draft.reference.text_width,
                                 self._draft.styles.character_width)
        lines = sum(paragraph_lines(self._spans.get(node, ()), capacity)
                    for node in (*cell, *written))
        reference = self._draft.reference
        line = self._draft.styles.line_height  # (body text: its lines are the cell's)
        if lines > table_lines(reference.text_height, line, line):
            return False
        join_held(self._body, start)
        self._held_end = len(self._body)
        return True

    def _last_paragraph(self, start: int) -> int:
        """Where the last paragraph written since `start` stands in the body (`start` when
        there is none)."""
        written = cast_element(self._body)[start:]
        return start + max((i for i, node in enumerate(written) if node.tag == qn("w:p")),
                           default=0)

    def _landscape(self, element: etree.Element) -> bool:
        """Write the div's blocks on landscape pages of their own, the section breaks around
        them (a new page follows anyway: a page break or space due is dropped); False when
        nothing was written."""
        before = self._section_start
        start = self._section_start = len(self._body)
        for block in element:
            self._block(block, _Scope(landscape=True))
        if len(self._body) == start:
            self._section_start = before
            return False
        first, self._landscape_first = self._landscape_first, False
        self._draft.breaks.around(self._body, 0 if first else start)
        self._section_start = len(self._body)
        self._page_break = self._after_table = False
        return True

    def _list(self, element: etree.Element, scope: _Scope) -> None:
        level = scope.list_level + 1
        ordered = element.tag == "ol"
        style = self._level_style("List Number" if ordered else "List Bullet", level)
        numbering = (self._numbering.start_list(style, int(element.get("start", "1")))
                     if ordered else None)
        inner = scope._replace(list_level=level)
        starts = []
        if level == 1 and not scope.layout:
            self._keep_lead(len(self._body))
        for item in element.findall("li"):
            starts.append(len(self._body))
            self._list_item(item, style, numbering, inner)
        if level == 1 and starts:
            self._keep_run(starts, len(self._body))

    def _keep_run(self, starts: list[int], end: int) -> int:
        """Keep a run of items (list items or att-points beginning at `starts`, ending before
        `end`) together as far as `keeps` says, by its items and its lines; return where the
        keeps end (see `keeps.run_kept_until`)."""
        capacity = characters_in(self._draft.reference.text_width,
                                 self._draft.styles.character_width)
        lines = sum(paragraph_lines(spans, capacity) if (spans := self._spans.get(node)) else
                    END_LINES for node in cast_element(self._body)[starts[0]:end])
        kept = run_kept_until(starts, end, lines)
        self._keep_together(starts[0], kept)
        return kept

    def _keep_together(self, start: int, stop: int) -> None:
        """Keep each paragraph from `start` up to `stop` with the next: a short list ("Utdrag
        till" with two names) never leaves its last item alone on a page."""
        for paragraph in cast_element(self._body)[start:stop]:
            if paragraph.tag == qn("w:p"):
                paragraph_property(paragraph, "w:keepNext")

    def _list_item(self, item: etree.Element, style: str, numbering: ListNumbering | None,
                   scope: _Scope) -> None:
        """The item's first paragraph carries the bullet/number; later ones continue it. One
        that ends in a colon is kept with the next ("Till ersättare väljs:" and the names)."""
        first = True
        for block in item_blocks(item):
            if block.tag != "p":
                self._block(block, scope)
                continue
            spans = inline_spans(block, br_text=scope.layout)
            keep = introduces(runs_text(spans))
            if first and spans:
                self._paragraph(style, spans, numbering, keep_next=keep)
                first = False
            else:
                later = self._paragraph(self._level_style("List Continue", scope.list_level),
                                        spans, keep_next=keep)
                if later is not None:  # (spaced as the item's paragraphs are in the text)
                    paragraph_property(later, "w:contextualSpacing").set(qn("w:val"), "0")

    def _heading_style(self, level: int) -> str:
        return self._pick(*(f"Heading {n}" for n in range(level, 0, -1)))

    def _level_style(self, base: str, level: int) -> str:
        """`base N` for nesting level N (>1) if the reference has it, else shallower."""
        names = [f"{base} {n}" for n in range(level, 1, -1)]
        return self._pick(*names, base, "List Paragraph", "Normal")

    def _pick(self, *names: str) -> str:
        """The first of `names` that the reference document defines."""
        for name in names:
            if self._styles.has(name):
                return name
        return "Normal"


def _lead_in(block: XmlNode) -> bool:
    """Whether a block of the body is a paragraph kept with the next (a lead-in)."""
    return block.tag == qn("w:p") and block.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


def lone_block(paragraph: etree.Element) -> etree.Element:
    """A signature block written alone as lines (a paragraph in a `signaturer` div) as the
    layout table it would stand in beside another: its first cell, the second empty, so
    that it has the width and is kept on one page as a block of two is."""
    table = etree.Element("table")
    row = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    cell = etree.SubElement(row, "th", _LEFT)
    cell.text = paragraph.text
    cell.extend(paragraph)
    etree.SubElement(row, "th", _LEFT)
    return table


def item_blocks(item: etree.Element) -> list[etree.Element]:
    """The blocks of a list item, loose inline content wrapped in a synthetic `p`."""
    blocks: list[etree.Element] = []
    text: str | None = item.text
    inline: list[etree.Element] = []
    for element in item:
        if element.tag in BLOCK_TAGS:
            blocks.extend(_wrap_inline(text, inline))
            blocks.append(element)
            text, inline = element.tail, []
        else:
            inline.append(element)
    blocks.extend(_wrap_inline(text, inline))
    return blocks


def _wrap_inline(text: str | None, inline: list[etree.Element]) -> list[etree.Element]:
    if not inline and not (text and text.strip()):
        return []
    paragraph = etree.Element("p")
    paragraph.text = text
    paragraph.extend(inline)
    return [paragraph]


def data_tables(root: etree.Element) -> Iterator[tuple[etree.Element, bool]]:
    """The data tables `BodyWriter` writes of the blocks of `root`, each with whether it is
    on a landscape page (in a top-level `::: liggande` div): those in the document's flow,
    in divs and quotes, but not in the letterhead nor in a layout div."""
    for element in root:
        landscape = element.tag == "div" and element.get("class") == LANDSCAPE_DIV
        yield from _tables_in(element, landscape)


def _tables_in(element: etree.Element, landscape: bool) -> Iterator[tuple[etree.Element, bool]]:
    """The data tables of `element` and its divs and quotes (see `data_tables`)."""
    if element.tag == "table":
        yield element, landscape
    elif element.tag in ("div", "blockquote") and element.get("class") != LETTERHEAD_DIV \
            and element.get("class") not in LAYOUT_DIVS:
        for child in element:
            yield from _tables_in(child, landscape)


def opens_landscape(root: etree.Element) -> bool:
    """Whether the document's first blocks but the letterhead and headings (the title) are a
    `::: liggande` div: then its landscape pages start on page 1 (see the module docstring)."""
    for element in root:
        if element.tag == "div" and element.get("class") == LETTERHEAD_DIV:
            continue
        if element.tag not in _HEADINGS:
            return (element.tag == "div" and element.get("class") == LANDSCAPE_DIV
                    and len(element) > 0)
    return False


@functools.lru_cache(maxsize=64)
def _empty_paragraph(style_id: str | None, keep_next: bool) -> XmlNode:
    """An empty paragraph in the style `style_id` (None: the default), kept with the next if
    `keep_next`, as its properties are written in schema order, for `_paragraph` to copy:
    a copy costs a fraction of making its two or three elements one by one."""
    paragraph = make("w:p")
    if style_id is not None:
        add(add(paragraph, "w:pPr"), "w:pStyle", {"w:val": style_id})
    if keep_next:
        paragraph_property(paragraph, "w:keepNext")
    return paragraph
