"""`beslut visa`: a case's computed figures as terminal tables, no Word needed.

Every table shows the figures the tool computes, in the table's unit. Where the case states a
figure of its own that differs, the cell shows both, highlighted: the stated one struck through
and the computed one. In a table of rounded amounts (`avrundat`) the total is the stated one,
marked so ("(angiven)", or in a narrow terminal a star and one legend line), and a caption
gives what the amounts add up to.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Iterator, Mapping

from rich.console import Console
from rich.table import Table
from rich.text import Text

from generator.case.models import Case, Section
from generator.case.table_models import DATE
from generator.compute.case_splits import SplitResult
from generator.compute.computed import Computed
from generator.compute.presets import RISK_TOTAL
from generator.compute.stated import Mismatch, limit_word
from generator.compute.tables import (
    ColumnSpec,
    TableResult,
    bare_header,
    every_row,
    formula_text,
)
from generator.formatting import (
    NBSP,
    Kronor,
    WrittenNumber,
    as_written,
    decimals_needed,
    exact,
    in_unit,
    kr,
    number,
    writing_millions,
)
from generator.problems import Loc
from generator.render import views
from generator.render.tables import (
    figures_view,
    split_amount_headers,
    split_amounts,
    split_sentence,
    split_weights,
    table_view,
)
from generator.show_decision import decision_summary
from generator.show_records import as_records
from generator.show_widths import fit, readable, text_widths
from generator.snapshot import Snapshot
from generator.table_shape import indented_column

WRONG = "bold red"
TOTAL = "bold"
STATED = " (angiven)"  # after a stated total shown as the table's (rounded amounts)
STATED_SHORT = "*"  # the same where " (angiven)" would narrow a text column
LEGEND = "* angivet belopp"


def headline_total(computed: Computed) -> str | None:
    """The case's main total and what it is called: the allocation, funds, risk, the first
    table with amount columns (in its unit) that has a total, or a split; else the first
    table with amount columns by its rows, "(5 rader, ingen totalrad)": a table without a
    total (`totalt: false`, a taxa) shows no sums no one reads (trial 81, F9), and where
    several have none, each (trial 98, F8: the first was a table of limits, the decision's
    own came second); None if the
    case has no total (a table of text only, an ärendelista, has none)."""
    if computed.allocation:
        return f"totalt {kr(computed.allocation.total)}"
    if computed.funds:
        return f"medel totalt {kr(computed.funds.total)}"
    if computed.risk:
        risk = computed.risk.spec.columns[-1]
        named = "riskerar återbetalning" if computed.risk.spec.name == RISK_TOTAL \
            else f"kolumnen '{bare_header(risk.header, 'kr')}'"
        return f"{named} {kr(computed.risk.totals.get('risk', 0))}"
    priced = {name: table for name, table in computed.tables.items()
              if table.spec.amount_columns}
    for name, table in priced.items():
        if table.spec.total_label is not None:
            return f"tabellen '{name}' {_column_totals(table)}"
    for name, split in computed.splits.items():
        return f"uppdelningen '{name}' {kr(split.total)}"
    each = [f"'{name}' ({_row_count(table)}" for name, table in priced.items()]
    if len(each) > 1:  # (all of them: the first is not always the one the case is about)
        listed = " och ".join((", ".join(f"{one})" for one in each[:-1]), f"{each[-1]})"))
        return f"tabellerna {listed}, ingen med totalrad"
    return f"tabellen {each[0]}, ingen totalrad)" if each else None


def _row_count(table: TableResult) -> str:
    """How many rows a table lists, its groups' rows, not the groups: "5 rader"."""
    count = sum(1 for row in every_row(table.rows) if not row.children)
    return f"{count} {'rad' if count == 1 else 'rader'}"


def _column_totals(table: TableResult) -> str:
    """A table's total in its unit; with several amount columns, each column's, by header
    (every one: a secretary compares each with the source, and any one alone would be
    arbitrary)."""
    unit = table.spec.unit
    columns = [c for c in table.spec.amount_columns if c.summed]
    if len(columns) < 2:
        return in_unit(table.total, unit)
    each = (f"{bare_header(c.title, unit)} {in_unit(table.totals.get(c.key, 0), unit)}"
            for c in columns)
    return f"({', '.join(each)})"


def tables(snapshot: Snapshot, terminal: int | None = None) -> list[Table]:
    """Every table of the case's figures, in the order of the case format (for a terminal
    `terminal` characters wide, where that changes how a table marks its stated totals)."""
    computed = snapshot.computed
    if computed is None:
        return []
    stated = {m.loc: m for m in snapshot.mismatches}
    found: list[Table] = []
    if computed.allocation:
        found.append(result_table("Fördelning per område", figures_view(computed.allocation),
                                  stated))
    found += [custom_table(name, result, stated, terminal)
              for name, result in computed.tables.items()]
    if computed.funds:
        found.append(result_table("Medel", table_view(computed.funds), stated))
    if computed.risk:
        found.append(result_table(risk_title(snapshot.case), table_view(computed.risk),
                                  stated))
    found += [split_table(split) for split in computed.splits.values()]
    if snapshot.case is not None and snapshot.case.belopp:
        found.append(named_amounts_table(snapshot.case.belopp))
    if snapshot.mismatches:
        found.append(mismatch_table(snapshot.mismatches))
    return found


NAMED_TITLE = "Ärendets belopp (belopp)"


def named_amounts_table(named: Mapping[str, Kronor | WrittenNumber]) -> Table:
    """The case's own named amounts (`belopp:`), each with how a text names it (trial 47,
    F8: a case without tables showed none of its amounts); a percentage as written."""
    table = _table(NAMED_TITLE, "Namn", "Belopp", "Skrivs i texten med")
    table.columns[2].justify = "left"
    for name, figure in named.items():
        shown = as_written(figure) if isinstance(figure, WrittenNumber) else kr(figure)
        _add(table, name, shown, f"{{{{ belopp.{name} }}}}")
    return table


def risk_title(case: Case | None) -> str:
    """The risk table's title: "Medel som riskerar att återbetalas", or, where the case
    renames the risk column (`rubrik_risk: Kvar`), the heading of the section that shows the
    table (else "Tabell 'risk'")."""
    if case is None or case.risk is None or not case.risk.renamed:
        return "Medel som riskerar att återbetalas"
    return next((s.rubrik for s in _every_section(case.avsnitt) if s.tabell == "risk"
                 and s.rubrik), "Tabell 'risk'")


def _every_section(sections: Iterable[Section]) -> Iterator[Section]:
    """Every section and subsection, in the document's order."""
    for section in sections:
        yield section
        yield from _every_section(section.avsnitt)


def print_figures(snapshot: Snapshot, console: Console) -> None:
    """Print the tables, then the problems of the case; for a decision with nothing summed
    (a protocol paragraph), a summary of the decision among the tables."""
    with writing_millions(snapshot.millions):
        shown = tables(snapshot, console.width)
    summed = [table for table in shown if str(table.title) != NAMED_TITLE]
    summary = decision_summary(snapshot.case) if snapshot.case and not summed else None
    for table in [*shown, *([summary] if summary else [])]:
        if not readable(table, console.width):
            table = as_records(table)
        fit(table, console.width)
        caption, table.caption = table.caption, None  # (rich would not wrap a long one)
        console.print(table)
        if caption is not None:
            console.print(_wrapped(str(caption), console.width), style="table.caption")
    for problem in snapshot.problems:
        console.print(Text(problem.format(), style=WRONG if problem.is_error else "yellow"))
    if snapshot.computed is None or any(problem.is_error for problem in snapshot.problems):
        return
    nothing = "Ärendet har inga belopp att visa (inga tabeller eller uppdelningar)."
    if len(summed) < len(shown):  # (named amounts alone: nothing is computed from them)
        nothing = "Ärendet räknar inte ut några belopp (inga tabeller eller uppdelningar)."
    if summed and (held := _text_only(snapshot, summed)):
        nothing = f"Tabellerna har bara {held}, inga belopp eller tal att räkna ut."
        if len(summed) < len(shown):  # (trial 74, F8: said right below the named amounts)
            nothing = (f"Tabellerna har bara {held}, inga belopp eller tal att räkna ut; "
                       "ärendets belopp under 'belopp' står ovan.")
        summed = []
    if not snapshot.problems:  # (warnings alone are no errors, but "Inga fel" would hide them)
        console.print(_wrapped(_no_errors(snapshot.computed), console.width) if summed else
                      f"Inga fel. {nothing}")
    elif not summed:
        console.print(nothing)


def _no_errors(computed: Computed) -> str:
    """The closing line of a case without problems: every stated figure agrees, or, where
    some are kept as stated in a table of rounded amounts, within rounding, with how many
    (trial 69, F12: "alla angivna belopp stämmer" under cells marked "(angiven)")."""
    kept = sum(len(result.taken) for result in computed.tables.values())
    if not kept:
        return "Inga fel: alla angivna belopp stämmer med de uträknade."
    marked = "markerat" if kept == 1 else "markerade"
    return ("Inga fel: alla angivna belopp stämmer med de uträknade inom avrundningen: "
            f"{kept} angivna belopp, {marked} i tabellen, skiljer sig från de uträknade med "
            "avrundning och står kvar som de är angivna.")


def _text_only(snapshot: Snapshot, summed: list[Table]) -> str:
    """What the tables shown hold where they are the case's own tables and hold text alone,
    or text and dates (a sammanträdesplan, a delegationsordning; trial 59, F10; trial 84,
    F4): "text", "text och datum" or "datum"; '' where they hold anything else."""
    own = snapshot.case.tabeller if snapshot.case else []
    kinds = {column.typ for table in own for column in table.kolumner}
    if len(summed) != len(own) or not kinds or not kinds <= {"text", DATE}:
        return ""
    return " och ".join(word for kind, word in (("text", "text"), (DATE, "datum"))
                        if kind in kinds)


_KEPT_TOGETHER = re.compile(r"(?<=\d) (?=\d|(?:kr|tkr|mnkr|mkr|mdkr|%)\b)")
"""A space inside a figure or before its unit, where a line never breaks."""


def _wrapped(text: str, width: int) -> str:
    """A caption folded to the terminal's width at spaces, line by line, never inside a
    figure ("3 581 mnkr" stays on one line)."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, max(width, 20), break_long_words=False,
                                break_on_hyphens=False)) or line
        for line in _KEPT_TOGETHER.sub(NBSP, text).split("\n"))


def amount_cell(computed: Kronor, loc: Loc | None, stated: Mapping[Loc, Mismatch],
                style: str = "", unit: str = "kr", decimals: int | None = None,
                plus: bool = False) -> Text:
    """The computed amount (with "+" before a positive one where `plus` asks); with a
    differing stated amount, both and highlighted."""
    mismatch = stated.get(loc) if loc is not None else None
    if mismatch is None:
        return Text(exact(computed, unit, decimals, plus=plus), style=style)
    return _both(mismatch.stated, computed, unit, decimals)


def _table(title: str, *columns: str) -> Table:
    """A table with a title and right-aligned figures after the first column."""
    return _titled(title, [views.Column(columns[0]),
                           *(views.Column(column, "right") for column in columns[1:])])


def _titled(title: str, columns: Iterable[views.Column]) -> Table:
    """An empty table with its title and its columns' headers and alignment.

    In a narrow terminal a word too long for its column folds onto the next line: nothing is
    cut off.
    """
    table = Table(title=Text(title), title_justify="left", show_footer=False)
    for column in columns:
        table.add_column(Text(column.full_header), justify=column.align, overflow="fold")
    return table


def _add(table: Table, *cells: str | Text) -> None:
    """Add a row; text from the case is shown as written, never read as rich markup."""
    table.add_row(*(Text(cell) if isinstance(cell, str) else cell for cell in cells))


def result_table(title: str, view: views.Table, stated: Mapping[Loc, Mismatch],
                 taken: frozenset[Loc] = frozenset(), mark: str = STATED) -> Table:
    """A table laid out as the document lays it out, every column in the case's order.

    Amounts in the document's unit and decimals, numbers (`typ: tal`) as written; sub-rows
    indented under their group, a differing stated figure beside the computed one. A stated
    total `taken` as the table's total (rounded amounts) is followed by `mark`.
    """
    table = _titled(title, view.columns)
    first = next((i for i, c in enumerate(view.columns) if c.align == "left"), -1)
    first = indented_column(view.groups, lambda number: [
        bool(cell.text or cell.label) for cell in view.rows[number].cells], first)
    for row in view.rows:
        table.add_row(*(_cell(cell, "  " * row.depth if i == first else "", stated, taken, mark)
                        for i, cell in enumerate(row.cells)))
    return table


def custom_table(name: str, result: TableResult, stated: Mapping[Loc, Mismatch],
                 terminal: int | None = None) -> Table:
    """A table the case describes; of rounded amounts (`avrundat`), its stated totals marked
    "(angiven)" and a caption saying what the amounts add up to, where it has a total row.

    Where the mark would narrow a text column in a terminal `terminal` characters wide, the
    mark is a star after the figure, explained once under the table ("* angivet belopp": a
    stated total, or a row's stated figure in a column with a formula, trial 71, F12)."""
    view = table_view(result)
    table = result_table(f"Tabell '{name}'", view, stated, result.taken)
    legend = ""
    if result.taken and terminal is not None:
        short = result_table(f"Tabell '{name}'", view, stated, result.taken, STATED_SHORT)
        if text_widths(table, terminal) != text_widths(short, terminal):
            table, legend = short, f"{LEGEND}\n"
    totalled = bool(result.parts) and result.spec.total_row is not None  # (trial 54, F4)
    if totalled or legend:
        table.caption = Text(legend + (_rounded_caption(result) if totalled else ""))
        table.caption_justify = "left"
    return table


def _rounded_caption(result: TableResult) -> str:
    """What a stated total of rounded amounts is, and what the amounts add up to where that
    differs; a derived column's total is its formula over the totals shown."""
    spec = result.spec
    columns = [c for c in spec.amount_columns if c.key in result.parts]
    stated = [c for c in columns if not (c.formula and c.grouped)]
    differ = [c for c in stated if result.parts[c.key] != result.totals.get(c.key)] or stated
    text = "Beloppen är avrundade var för sig: totalen är den angivna"
    if differ:
        text += f", och beloppen blir tillsammans {_sums(result, differ, len(stated) > 1)}"
    for column in (c for c in columns if c.formula and c.grouped):
        text += (f". {bare_header(column.title, spec.unit)} i totalraden är "
                 f"{formula_text(column, spec)}; raderna blir tillsammans "
                 f"{in_unit(result.parts[column.key], spec.unit)}")
    return f"{text}."


def _sums(result: TableResult, columns: list[ColumnSpec], named: bool) -> str:
    """What the rows of these columns add up to, each with its header quoted after it when
    `named` ("336 999 kr i 'Totalt'": a header before the sum read as a label, trial 69, F1)."""
    unit = result.spec.unit
    sums = [in_unit(result.parts[c.key], unit)
            + (f" i '{bare_header(c.title, unit)}'" if named else "") for c in columns]
    return " och ".join([", ".join(sums[:-1]), sums[-1]] if len(sums) > 1 else sums)


def _cell(cell: views.Cell, indent: str, stated: Mapping[Loc, Mismatch],
          taken: frozenset[Loc], mark: str = STATED) -> Text:
    """A cell as the document prints it: amount, number, or label and text.

    (A row's note, the risk table's description of an area, is prose, left to the document.)
    """
    style = TOTAL if cell.bold else ""
    if cell.uncapped is not None and (cell.stated_at is None or cell.stated_at not in stated):
        return _capped(cell, style)
    if cell.amount is not None:
        shown = amount_cell(cell.amount, cell.stated_at, stated, style, cell.unit, cell.decimals,
                            cell.plus)
        if cell.footnote:
            shown.append("*", style=style)
        return shown.append(mark, style=style) if cell.stated_at in taken else shown
    if cell.number is not None:
        return Text(as_written(cell.number, plus=cell.plus))
    text = Text(indent)
    if cell.label:
        text.append(f"{cell.label} ", style="italic")
    return text.append(str(cell.text), style=style)


def _capped(cell: views.Cell, style: str) -> Text:
    """An amount the column's `hogst` caps or `lagst` raises, after what its formula gives:
    "2 053 → högst 1 824", "35 → lägst 50" (trial 58, F3: the reader sees that the limit
    was applied)."""
    assert cell.amount is not None and cell.uncapped is not None
    formula = exact(cell.uncapped, cell.unit, cell.decimals)
    word = limit_word(cell.uncapped, cell.amount)
    return Text(f"{formula} → {word} {exact(cell.amount, cell.unit, cell.decimals)}",
                style=style)


def split_table(result: SplitResult) -> Table:
    """A split's parts under the document's headers, with weights where the method has them
    (and with a base amount the document's columns: base, share by the method, part).

    Each stated part that differs is shown beside the exact one; the total row is shown where
    the document has one (not with `totalt: false`).
    """
    split = result.split
    weighed = any(party.vikt is not None for party in split.parter)
    weight = (split.rubrik_vikt or "Vikt",) if weighed else ()
    table = _table(f"Uppdelning '{split.namn}': {in_unit(result.total)}", split.rubrik_part,
                   *weight, *split_amount_headers(result))
    lead = split_sentence(result)
    table.caption = Text(lead) if lead else None
    table.caption_justify = "left"
    for name, vikt, part in _parts(result):
        _add(table, name, *((vikt,) if weighed else ()), *part)
    if split.totalt is False:
        return table
    totals = split_amounts(result, result.total, total=True)
    _add(table, Text(split.totalt or "Totalt", style=TOTAL), *_weights_total(result, weighed),
         *(Text(number(amount), style=TOTAL) for amount in totals))
    return table


def _weights_total(result: SplitResult, weighed: bool) -> tuple[Text, ...]:
    """The total row's weight cell: the weights' sum where the document shows it (with
    `rubrik_vikt`), else empty; none when the table has no weight column."""
    if not weighed:
        return ()
    shown = next((cell.number for cell in split_weights(result)[1]), None)
    return (Text(as_written(shown) if shown is not None else "", style=TOTAL),)


def _parts(result: SplitResult) -> Iterator[tuple[str, str, tuple[Text, ...]]]:
    """Every party's name, weight and amounts; who gets the rest last, unless listed."""
    split = result.split
    parts = dict(result.parts)
    listed = set()
    for party in split.parter:
        weight = "" if party.vikt is None \
            else as_written(WrittenNumber(party.vikt, party.percent))
        for name in party.namn if isinstance(party.namn, list) else [party.namn]:
            listed.add(name)
            part = parts.get(name, 0)
            *before, _ = split_amounts(result, part)
            cell = _part_cell(part, party.belopp, split.metod == "fasta")
            yield name, weight, (*(Text(number(a)) for a in before), cell)
    if split.rest_till and split.rest_till in parts and split.rest_till not in listed:
        yield f"{split.rest_till} (resten)", "", (Text(number(parts[split.rest_till])),)


def _part_cell(exact_part: int, stated: int | None, fixed: bool) -> Text:
    """A split's part; a stated part that differs from the exact one is shown beside it."""
    if fixed or stated is None or stated == exact_part:
        return Text(number(exact_part))
    return _both(stated, exact_part)


def _both(stated: Kronor, computed: Kronor, unit: str = "kr", decimals: int | None = None) -> Text:
    """The stated figure struck through, then the computed one, both highlighted.

    With the column's decimals, or more where the stated figure needs them: never rounded.
    """
    cell = Text()
    places = None if decimals is None else max(decimals, decimals_needed(stated, unit))
    cell.append(exact(stated, unit, places), style=f"{WRONG} strike")
    cell.append(f" → {exact(computed, unit, decimals)}", style=WRONG)
    return cell


def mismatch_table(mismatches: tuple[Mismatch, ...]) -> Table:
    """Every stated figure that differs from the computed one, with the difference."""
    table = _table("Angivna belopp som inte stämmer", "Gäller", "Angivet", "Uträknat",
                   "Skillnad")
    for m in mismatches:
        _add(table, m.level, Text(in_unit(m.stated, m.unit), style=WRONG),
             in_unit(m.computed, m.unit), Text(_signed(m.difference, m.unit), style=WRONG))
    return table


def _signed(amount: Kronor, unit: str) -> str:
    """A difference with its sign and unit: +1 kr, −1 tkr."""
    return f"+{in_unit(amount, unit)}" if amount > 0 else in_unit(amount, unit)
