"""Checks that a case agrees with itself: names, dates and the amounts typed in its text.

`check_consistency` runs every rule; the name and date rules live in
`consistency_names` and `consistency_dates`, the amount rules here:

* an amount typed in a text that nearly but not exactly matches a computed figure is a
  warning (seed 004 says "6,2 miljoner kronor" for 6 209 812 kr), and so is a percentage
  one step off a table's computed change or share (`literal_percents`); a size the text
  calls negative, or gives without a sign in a sentence that names a row with a negative
  figure (`row_sizes`), is also read as negative (`literal_amounts.readings`), and a figure under
  another heading counts only as a slip (`figure_scopes`);
* a count in text that a word ties to a table's count column ("214 patienter" and "Antal
  patienter") is checked against its counts by the same near-miss rules (`literal_counts`);
* a sentence that begins with a row's text and gives another row's figure is a warning
  (`row_sentences`), and so is `| utan_tecken` on a positive figure the text calls
  negative (`unsigned_refs`);
* an exact amount in a proposal or decision point must be one of the computed figures,
  since the proposal must be pasteable into the minutes as it stands: one a slip of a figure
  explains is an error; one no figure is near is an amount the decision sets (a limit in
  riktlinjer, trial 55, F6), a warning to name it under `belopp:`; a case that computes
  no figures at all (no table with amounts, no split) has none to follow, and its text
  states its amounts as written (trial 21: a tjänsteskrivelse of text only), but the
  amounts it names under `belopp:` are compared with its points as with any text, so a
  near miss of one is a warning (trial 47, F1: "en total låneram på 100 mnkr" for the
  stated 1 000 mnkr; trial 98, F4: "1,3 mnkr" for a stated 1 200 000 kr,
  `literal_amounts_digits`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple

from generator.case.models import Case
from generator.case.money import as_case_amount
from generator.case.yaml_loader import LoadedYaml
from generator.checks.att_points import att_point_problems
from generator.checks.bare_units import bare_unit_problems
from generator.checks.cell_amounts import CELL, is_cell, own_row_first, row_figures, typed_cells
from generator.checks.cell_weekdays import cell_weekday_problems
from generator.checks.change_columns import stated_change_problems
from generator.checks.column_subject import Subject
from generator.checks.copied_columns import copied_column_problems
from generator.checks.counted_swaps import counts_otherwise
from generator.checks.dates import check_dates
from generator.checks.dates_yearless import yearless_weekday_problems
from generator.checks.decision_dates import decision_date_problems
from generator.checks.deduction_rows import deduction_row_problems
from generator.checks.divided_totals import divided_total_message
from generator.checks.example_texts import example_text_problems
from generator.checks.example_titles import example_title_problems
from generator.checks.extra_words import extra_word
from generator.checks.fee_columns import fee_table_problems
from generator.checks.figure_index import FigureIndex
from generator.checks.figure_rows import fee_name, figure_word, on_row, rows_sum
from generator.checks.figure_scopes import FigureScopes
from generator.checks.heading_years import heading_year_problems
from generator.checks.limit_columns import limit_problems
from generator.checks.literal_amount import (
    RELATIVE_WINDOW,
    STATED,
    LiteralAmount,
    as_the_literal,
    is_stated,
    rounding_filter,
)
from generator.checks.literal_amounts import (
    find_amounts,
    is_near,
    misses_among,
    readings,
    rounding_step,
    states_a_figure,
)
from generator.checks.literal_amounts_approx import right_approximation, swapped_to
from generator.checks.literal_amounts_averages import average_problems
from generator.checks.literal_amounts_counts import (
    TableSaid,
    apart_message,
    count_agrees,
    count_message,
    counted_totals,
    leaf_rows,
)
from generator.checks.literal_amounts_digits import (
    Stated,
    changed_digit,
    digit_count_slip,
    unnamed_stated,
)
from generator.checks.literal_amounts_parties import (
    Paired,
    party_pairs,
    party_parts,
)
from generator.checks.literal_amounts_parts import unnamed_parts
from generator.checks.literal_amounts_per_row import per_row_problems
from generator.checks.literal_amounts_rounding import Units, figure_units, right_rounding
from generator.checks.literal_amounts_swaps import is_swap, written_rates
from generator.checks.literal_amounts_total_slips import slipped_total
from generator.checks.literal_amounts_totals import (
    SaidTotal,
    TableTotal,
    is_total_name,
    missed_total,
    said_totals,
    sum_error_explains,
    swapped_total,
)
from generator.checks.literal_counts import (
    FixedCounts,
    count_miss_message,
    count_misses,
    count_words,
    find_counts,
)
from generator.checks.literal_percents import percent_problems
from generator.checks.literal_unit_prices import unit_price_message, unit_price_misses
from generator.checks.missing_figures import missing_figure_problems
from generator.checks.motion_age import motion_age_problems
from generator.checks.named_amount_cells import named_amount_cell_problems
from generator.checks.names import check_names
from generator.checks.near_copies import near_copy_problems
from generator.checks.party_percents import party_percent_problems
from generator.checks.point_figures import named_row_figure, point_figure
from generator.checks.point_parties import names_another_party
from generator.checks.proposal_heading import proposal_heading_problems
from generator.checks.proposing import proposing_point_problems
from generator.checks.reallocations import reallocation_problems
from generator.checks.reference_row_counts import reference_count_problems
from generator.checks.reference_rows import reference_row_problems
from generator.checks.repeated_tables import repeated_table_problems
from generator.checks.report import Reporter, point_place, point_word
from generator.checks.rounded_references import (
    rounded_literal_message,
    rounded_reference_problems,
)
from generator.checks.row_formula_totals import counted_twice_problems
from generator.checks.row_names import names_row
from generator.checks.row_percents import row_percent_problems
from generator.checks.row_positions import row_position_problems
from generator.checks.row_round_amounts import round_amount_problems
from generator.checks.row_sentences import wrong_row_problems
from generator.checks.row_sizes import sized_by_rows
from generator.checks.sender_organ import sender_organ_problems
from generator.checks.split_copies import split_copy_problems
from generator.checks.split_counts import split_count_words
from generator.checks.stated_swaps import stated_swap_problems
from generator.checks.structure import check_structure
from generator.checks.table_rows import copies_last
from generator.checks.table_structure import check_tables
from generator.checks.table_years import table_year_problems
from generator.checks.tax_rates import tax_rate_problems
from generator.checks.total_refs import ambiguous_total_problems
from generator.checks.total_subjects import row_texts, subject_totals, total_subjects
from generator.checks.unit_before_figure import unit_before_problems
from generator.checks.unsigned_refs import positive_size_problems
from generator.checks.unsummed import unsummed_tables
from generator.checks.val_names import val_problems
from generator.checks.varav_sums import varav_problems
from generator.compute.prose_figures import Figure, labels_beside, row_label
from generator.compute.row_short_names import by_short_names
from generator.compute.tables import TableResult
from generator.digit_swaps import is_slip
from generator.formatting import Kronor, decimals_needed, in_unit, kr, magnitude
from generator.problems import Loc, Problem, Severity


def check_consistency(
    case: Case,
    figures: Mapping[str, Kronor],
    texts: Mapping[Loc, str],
    loaded: LoadedYaml,
    path: str,
    point_styles: tuple[str, str],
    tree: dict[str, Any] | None = None,
    tables: Mapping[str, TableResult] | None = None,
    incomplete: bool = False,
) -> list[Problem]:
    """Return every consistency problem of the case.

    figures names every computed amount; texts maps each free-text field's location to
    its raw text (before `{{ … }}` is filled in); point_styles are the styles the proposal
    and the decision are printed in ('att', 'numrerad' or 'punktlista'). tree holds the
    figures as case text names them (`prose_figures`), for the row a message's figure is in;
    tables holds the computed general tables. incomplete tells that some written figure was
    refused (a bad cell, reported at the cell): the totals lack it, and amounts in text are
    not compared with them until it is put right (trial 23: a refused cell made a right
    1 000 mnkr "not in the tables"). The rules run in groups, in an order the messages keep.
    """
    report = Reporter(loaded, path)
    tree, tables = tree or {}, tables or {}
    typed = typed_cells(case) if not incomplete else {}
    cells = {loc: text for loc, (text, _) in typed.items()}
    found = {loc: find_amounts(text) for loc, text in texts.items()}
    found |= {loc: literals for loc, (_, literals) in typed.items()}
    amounts = sized_by_rows(found, {**texts, **cells}, tables)
    figures = copies_last(case, figures)
    seen = _Seen(case, figures, FigureIndex(figures), texts, amounts, report, tree, tables,
                 cells)
    unsummed = unsummed_tables(case, texts)
    problems = _case_text_problems(seen)
    if not incomplete:
        problems += _prose_figure_problems(seen)
    if not (unsummed or incomplete):  # (else figures are missing: one error says why)
        problems += proposal_amount_problems(figures, seen.figure_index, texts, amounts,
                                             report, tree, tables)
    problems += _wording_problems(seen, point_styles, unsummed)
    if not incomplete:  # (a change from a refused amount would be wrong)
        problems += _table_change_problems(seen)
    problems += _reference_problems(seen)
    problems += reference_row_problems(texts, report, tree)
    problems += reference_count_problems(texts, report, tree, tables)
    if not (unsummed or incomplete):  # (an amount once, where another rule tells of it)
        told = {problem.position for problem in problems}
        problems += [problem for problem in round_amount_problems(figures, texts, amounts,
                                                                  report, tables)
                     if problem.position not in told]
    if tree:  # (advice names a row by its short name where it has one)
        problems = [problem._replace(message=by_short_names(problem.message, tree))
                    for problem in problems]
        if not incomplete:  # (a cell refused, a ring of tables: its error says why)
            problems += row_position_problems(case, tree, report)
    return problems


class _Seen(NamedTuple):
    """What every group of consistency rules looks at."""

    case: Case
    figures: Mapping[str, Kronor]
    figure_index: FigureIndex
    texts: Mapping[Loc, str]
    amounts: Mapping[Loc, list[LiteralAmount]]
    report: Reporter
    tree: dict[str, Any]
    tables: Mapping[str, TableResult]
    cells: Mapping[Loc, str]
    """The tables' text cells that hold an amount (`cell_amounts`): read by the amount
    checks as texts are."""


def _case_text_problems(seen: _Seen) -> list[Problem]:
    """Names, dates, the sender and example texts left from `beslut ny`."""
    case, texts, report = seen.case, seen.texts, seen.report
    problems = check_names(case, texts, report) + check_dates(case, texts, seen.amounts, report)
    problems += decision_date_problems(texts, report)
    problems += sender_organ_problems(case, report) + proposal_heading_problems(case, report)
    problems += motion_age_problems(case, texts, report)
    problems += cell_weekday_problems(case, report)
    problems += yearless_weekday_problems(case, texts, report)
    problems += heading_year_problems(case, report)
    problems += table_year_problems(case, report)
    example_title = example_title_problems(case.titel, report)
    return problems + example_title + example_text_problems(texts, bool(example_title), report)


def _prose_figure_problems(seen: _Seen) -> list[Problem]:
    """Amounts, percentages, counts and varav parts in text against the computed figures."""
    case, figures, index, texts, amounts, report, tree, tables, cells = seen
    scopes = FigureScopes(case, figures)
    stated = _stated(tree)  # (the case computes some figure where not all are stated)
    rows = wrong_row_problems(figures, texts, amounts, report, tables, scopes, tree)
    told = {problem.position for problem in rows}  # (a sentence about a row says it best)
    problems = [problem for problem in prose_amount_problems(
                    index, {**texts, **cells}, amounts, report, tree, tables, scopes, stated,
                    len(stated) < len(figures), row_figures(tables) if cells else None)
                if problem.position not in told]
    percents = percent_problems(texts, tree, tables, report)
    told = {problem.position for problem in percents}  # (one warning for a percentage)
    percents += [problem for problem in row_percent_problems(texts, tree, tables, report)
                 if problem.position not in told]
    told = {problem.position for problem in percents}
    problems += percents + [problem for problem in party_percent_problems(case, texts, scopes,
                                                                          report)
                            if problem.position not in told]
    problems += rows
    problems += count_problems(texts, tables, report, scopes,
                               split_count_words(case.uppdelningar, tree))
    return problems + varav_problems(texts, amounts, tree, report)


def _wording_problems(seen: _Seen, point_styles: tuple[str, str],
                      unsummed: dict[int, list[str]]) -> list[Problem]:
    """Units, signs, the points' wording and the case's structure and tables."""
    case, figures, texts, report, tree, tables = (seen.case, seen.figures, seen.texts,
                                                  seen.report, seen.tree, seen.tables)
    problems = bare_unit_problems(texts, tree, report)
    problems += unit_before_problems(texts, tree, report)
    problems += missing_figure_problems(case, texts, report)
    problems += positive_size_problems(figures, texts, report, tables)
    problems += att_point_problems(case, texts, point_styles, report)
    problems += proposing_point_problems(case, texts, point_styles, report)
    problems += check_structure(case, texts, report)
    problems += repeated_table_problems(case, report)
    problems += val_problems(texts, report)
    return problems + check_tables(case, report, unsummed)


def _table_change_problems(seen: _Seen) -> list[Problem]:
    """Stated changes, limits, swaps and copies among the tables' written figures."""
    case, report, tree, tables = seen.case, seen.report, seen.tree, seen.tables
    problems = stated_change_problems(case, tables, report)
    problems += limit_problems(case, tables, report)
    problems += stated_swap_problems(case, tables, tree, report)
    problems += near_copy_problems(tables, report)
    problems += split_copy_problems(case.uppdelningar, tables, tree, report)
    problems += named_amount_cell_problems(case, tables, report)
    problems += reallocation_problems(case, tables, report)
    return problems + copied_column_problems(case, tables, report)


def _reference_problems(seen: _Seen) -> list[Problem]:
    """Tax rates, references to totals, and each table's signs, rates, fees and prices."""
    case, texts, report, tree, tables = (seen.case, seen.texts, seen.report, seen.tree,
                                         seen.tables)
    problems = tax_rate_problems(case, report)
    problems += ambiguous_total_problems(case, texts, tables, report)
    problems += rounded_reference_problems(texts, tables, tree, report)
    problems += counted_twice_problems(texts, tables, report)
    problems += deduction_row_problems(texts, tables, report)
    if tables:
        problems += _each_table_problems(case, texts, report, tables)
    return problems


def _each_table_problems(case: Case, texts: Mapping[Loc, str], report: Reporter,
                         tables: Mapping[str, TableResult]) -> list[Problem]:
    """Each table's signs, rates, fees, prices, rounded products and decimals (these checks
    are loaded only for a case with tables of its own, `tabeller`)."""
    from generator.checks.cost_signs import cost_sign_problems
    from generator.checks.decimal_rows import decimal_row_problems
    from generator.checks.rate_columns import summed_rate_problems
    from generator.checks.refused_rows import refused_row_problems
    from generator.checks.rounded_products import rounded_product_problems
    from generator.checks.row_prices import row_price_problems
    from generator.checks.subtracted import subtracted_sign_problems

    problems: list[Problem] = []
    formulas = {t.namn: {c.namn: c.formel for c in t.kolumner if c.formel}
                for t in case.tabeller}
    for name, table in tables.items():
        problems += subtracted_sign_problems(table, report)
        rates = summed_rate_problems(table, report)
        problems += rates or fee_table_problems(name, table, texts.values(), report)
        problems += cost_sign_problems(table, report)
        problems += refused_row_problems(table, report)
        problems += row_price_problems(table, report)
        problems += rounded_product_problems(table, report, formulas.get(name, {}))
        problems += decimal_row_problems(table, report)
    return problems


def count_problems(texts: Mapping[Loc, str], tables: Mapping[str, TableResult],
                   report: Reporter, scopes: FigureScopes | None = None,
                   weights: Mapping[str, tuple[FixedCounts, ...]] | None = None
                   ) -> list[Problem]:
    """Warn about counts in the texts, tied by a word to a table's count column or a split's
    weights (`split_counts`), that nearly but not exactly match one of its counts
    (`literal_counts`)."""
    words = count_words(tables, weights)
    problems: list[Problem] = []
    for loc, text in texts.items() if words else ():
        counts = find_counts(text, words)
        near = ({f"tabeller.{name}" for name in scopes.tables_near(loc)}
                | {f"uppdelningar.{name}" for name in scopes.splits_near(loc)}
                if scopes and scopes.split(loc) else None)
        for miss in count_misses(counts, tables, near) if counts else ():
            literal = miss.counted.literal
            where = report.in_text(loc, text, literal.offset, literal.text)
            problems.append(report.problem(where, count_miss_message(miss, tables), "varning"))
    return problems


def _stated(tree: dict[str, Any]) -> dict[str, Kronor]:
    """The amounts the case states under `belopp:`, by name, from the figures as case text
    names them (`prose_figures`; its percentages are no amounts)."""
    return {f"{STATED}{key}": figure.kronor
            for key, figure in tree.get(STATED.rstrip("."), {}).items()
            if isinstance(figure, Figure)}


def _computes(figures: Mapping[str, Kronor]) -> bool:
    """Whether the case computes some figure (a table with amounts, a split…), not only
    states its amounts: then every exact amount in a point must be one of its figures."""
    return not all(is_stated(name) for name in figures)


def _suggestion(literal: LiteralAmount, name: str) -> str:
    """How to write the figure instead: by name (its size, where the literal is read as a
    negative figure's), and rounded if the literal was rounded."""
    named, rounded = name + _unsigned(literal), rounding_filter(literal)
    exact = "{{ " + named + " }}"
    return exact if not rounded else f"{exact} eller {{{{ {named}{rounded} }}}}"


def _unsigned(literal: LiteralAmount) -> str:
    """' | utan_tecken' for a literal read as the size of a negative figure, else ''."""
    return " | utan_tecken" if literal.sized and literal.value < 0 else ""


def _size_of(literal: LiteralAmount) -> str:
    """' utan minustecken' after a negative figure a typed size is compared with, else ''."""
    return " utan minustecken" if _unsigned(literal) else ""


def prose_amount_problems(
    index: FigureIndex, texts: Mapping[Loc, str],
    amounts: Mapping[Loc, Sequence[LiteralAmount]], report: Reporter,
    tree: dict[str, Any], tables: Mapping[str, TableResult],
    scopes: FigureScopes | None = None, stated: Mapping[str, Kronor] | None = None,
    points_apart: bool = True, rows: Mapping[Loc, Mapping[str, Kronor]] | None = None,
) -> list[Problem]:
    """Warn about amounts in the texts that nearly but not exactly match a computed figure.

    amounts holds the amounts found in each text; tree the figures by name and tables the
    general tables, for the row a figure is in; scopes the figures under another heading
    than a text's, where only a slip counts and the message names the heading; stated the
    amounts the case states (`belopp:`), with which a short amount is compared for a zero
    too few or too many as well (`literal_amounts_digits`). Exact amounts in proposal points
    are left to `proposal_amount_problems` (points_apart), unless the case computes no
    figure: then they are compared here, as in any text. An amount that a
    sentence calls a total and that misses the total of a table near it is a warning too
    (`literal_amounts_totals`), and one that is a slip of such a total is told of as the
    total's, not another row's (`literal_amounts_total_slips`). A table's text cell among
    the texts (`cell_amounts`) has its own row's figures looked at first (rows: each row's
    figures by its place) and its warnings say "i cellen".
    """
    problems: list[Problem] = []
    unit_of = figure_units(tree)
    parts = party_parts(tree)
    subjects = (total_subjects(tables), row_texts(tables))
    for loc, text in texts.items():
        split = scopes.split(loc) if scopes else None
        near, apart = split if split else (None, None)
        pairs = party_pairs(text, amounts[loc], parts, *(
            (scopes.splits_near(loc), scopes.splits_apart(loc)) if scopes and parts else ()))
        totals = _said_totals((loc, text), amounts[loc], scopes, tables, index, unit_of,
                              subjects) if scopes else {}
        cell = is_cell(loc)
        misses = [own_row_first(miss, loc, rows or {}, unit_of) if cell else miss
                  for miss in misses_among(
                      amounts[loc], index, near, apart, unit_of, unnamed_parts(text, tree),
                      unnamed_stated(stated, text) if stated else None,
                      written_rates(text) if "%" in text or "procent" in text else (), pairs)
                  if (totals.get(miss[0].offset, (None, None))[1] is None
                      or is_total_name(miss[1]))  # (else the total it slips from is told of)
                  and not (is_swap(miss[0], miss[1], miss[2], unit_of)
                           and counts_otherwise(text, miss[0], miss[1], tables))]
        for literal, name, figure in misses:
            if points_apart and point_word(loc) and not literal.approximate:
                continue
            heading = scopes.heading_apart(loc, name) if apart is not None and scopes else None
            figure_said = _figure_said(literal, name, figure, heading, tree, tables)
            message = (None if cell else divided_total_message(
                literal, name, figure, point_place(loc), tables)) or _miss_message(
                literal, name, figure, figure_said, unit_of,
                sum_error_explains(literal, name, figure, tables),
                CELL if cell else point_place(loc), pairs.get(literal.offset))
            where = report.in_text(loc, text, literal.offset, literal.text)
            problems.append(report.problem(where, message, "varning"))
        reported = {miss[0].offset for miss in misses}
        counted: list[Problem] = []
        if scopes and "rdelas" in text:  # ("fördelas", "omfördelas": a plain test first)
            below = scopes.table_below(loc)
            counted = (_counted_problems((loc, text), amounts[loc], below, tables, unit_of,
                                         report, reported) if below else
                       _counted_apart((loc, text), amounts[loc], tables, unit_of, report,
                                      reported))
        problems += counted
        for offset, (found, slipped) in totals.items():
            where = report.in_text(loc, text, offset, found.literal.text)
            if offset in reported or any(p.position == where for p in counted):
                continue
            shown, splits = scopes.totals_near(loc) if scopes else ([], [])
            total = slipped or (missed_total(found, shown, tables, splits, tree)
                                if found.subject is None else None)  # (a slip alone)
            if total is not None:
                reported.add(offset)
                problems.append(report.problem(
                    where, _total_message(found.literal, total, tables, found.subject,
                                          unit_of(total.name)), "varning"))
        if scopes and amounts[loc]:
            problems += _per_unit_problems((loc, text), amounts[loc], scopes.tables_near(loc),
                                           tables, report, reported,
                                           (index, unit_of, stated or {},
                                            points_apart and point_word(loc) is not None))
    return problems


def _said_totals(at: tuple[Loc, str], literals: Sequence[LiteralAmount], scopes: FigureScopes,
                 tables: Mapping[str, TableResult], index: FigureIndex, unit_of: Units,
                 subjects: tuple[Mapping[str, list[Subject]], Callable[[str], Sequence[str]]]
                 ) -> dict[int, tuple[SaidTotal, TableTotal | None]]:
    """The amounts of a text that a sentence calls a total and that state no figure, by
    offset, each with the total of a table near it that it is a slip of
    (`literal_amounts_total_slips`), or None: told of before any other figure. subjects: what
    each table's summed columns are about, and the texts of a table's rows
    (`total_subjects`): a sentence that names a column's subject and no row states its
    total too."""
    loc, text = at
    near = scopes.totals_near(loc)[0]
    labels = {label for table in near if table in tables
              and (label := tables[table].spec.total_label)}
    found = said_totals(text, literals, labels)
    if said := [s for table in near for s in subjects[0].get(table, ())]:
        found += subject_totals(text, literals, said, subjects[1],
                                {total.literal.offset for total in found})
    return {said.literal.offset: (said, slipped_total(said.literal, near, tables, said.subject))
            for said in found if not states_a_figure(said.literal, index, unit_of)}


def _per_unit_problems(at: tuple[Loc, str], literals: Sequence[LiteralAmount],
                       near: list[str], tables: Mapping[str, TableResult], report: Reporter,
                       reported: set[int],
                       known: tuple[FigureIndex, Units, Mapping[str, Kronor], bool]
                       ) -> list[Problem]:
    """Warn about a price per unit in a text that misses the price of a unit-price column
    near it (`literal_unit_prices`), an amount per unit that misses the one figure of a
    column whose rows are that unit (`literal_amounts_per_row`) and an average that misses
    the one mean it may be (`literal_amounts_averages`), unless it was warned about already
    (reported: those warned about here are added). known: every figure, the unit of each,
    the amounts the case states, and whether the text is a point whose exact amounts
    `proposal_amount_problems` judges (an average there is no second warning)."""
    loc, text = at
    figures, unit_of, stated, point = known
    problems = []
    for miss in unit_price_misses(text, literals, near, tables):
        if miss.literal.offset not in reported:
            reported.add(miss.literal.offset)
            problems.append(report.problem(
                report.in_text(loc, text, miss.literal.offset, miss.written),
                unit_price_message(miss), "varning"))
    problems += per_row_problems(at, literals, near, tables, report, reported, stated)
    averaged = [literal for literal in literals if literal.approximate or not point]
    return problems + average_problems(at, averaged, near, tables, figures, unit_of, report,
                                       reported)


def _counted_problems(at: tuple[Loc, str], literals: Sequence[LiteralAmount],
                      table: str | None, tables: Mapping[str, TableResult], unit_of: Units,
                      report: Reporter, reported: set[int]) -> list[Problem]:
    """Warn about an amount a sentence shares among N recipients right above a table whose
    sum or rows say otherwise (`literal_amounts_counts`); reported: the literals already
    warned about, by offset (those warned about here are added)."""
    result = tables.get(table) if table else None
    if result is None or not _one_summed(result):
        return []
    loc, text = at
    name, rows = f"tabeller.{table}.summa", leaf_rows(result.rows)
    index = FigureIndex({name: result.total})
    problems: list[Problem] = []
    for counted in counted_totals(text, literals):
        literal = counted.literal
        states = states_a_figure(literal, index, unit_of)
        agrees = count_agrees(counted.number, counted.noun, str(table), result)
        if literal.offset in reported or (states and agrees):
            continue
        reported.add(literal.offset)
        message = count_message(counted, str(table), rows,
                                _as_the_text_writes(result.total, literal.unit,
                                                    unit_of(name)), states,
                                f"{{{{ {name} }}}}")
        where = report.in_text(loc, text, literal.offset, literal.text)
        problems.append(report.problem(where, message, "varning"))
    return problems


def _counted_apart(at: tuple[Loc, str], literals: Sequence[LiteralAmount],
                   tables: Mapping[str, TableResult], unit_of: Units, report: Reporter,
                   reported: set[int]) -> list[Problem]:
    """Warn about an amount a sentence shares among N recipients with no table right below
    it, where no table of the case has that sum (trial 45, F4 as typed: the table two
    sections further down lists 5 projects for 27 000 kr); reported as in `_counted_problems`."""
    candidates = {name: result for name, result in sorted(tables.items())
                  if _one_summed(result)}
    if not candidates:
        return []
    loc, text = at
    index = FigureIndex({f"tabeller.{name}.summa": result.total
                         for name, result in candidates.items()})
    problems: list[Problem] = []
    said: dict[str, list[TableSaid]] = {}  # (by the unit the text writes: one list for all)
    for counted in counted_totals(text, literals):
        literal = counted.literal
        if literal.offset in reported or states_a_figure(literal, index, unit_of):
            continue
        reported.add(literal.offset)
        if literal.unit not in said:
            said[literal.unit] = [TableSaid(name, leaf_rows(result.rows),
                                            _as_the_text_writes(
                                                result.total, literal.unit,
                                                unit_of(f"tabeller.{name}.summa")))
                                  for name, result in candidates.items()]
        where = report.in_text(loc, text, literal.offset, literal.text)
        problems.append(report.problem(where, apart_message(counted, said[literal.unit]),
                                       "varning"))
    return problems


def _one_summed(result: TableResult) -> bool:
    """Whether a table sums one amount column, whose total is the table's sum."""
    return len([column for column in result.spec.amount_columns if column.summed]) == 1


SUM_ERROR_FIRST = "kontrollera först summafelet i tabellen"
"""The advice for an amount in text whose difference from a figure is the table's own sum
error (trial 42, F6): copying the figure would copy the error."""


def _figure_said(literal: LiteralAmount, name: str, figure: Kronor, heading: str | None,
                 tree: dict[str, Any], tables: Mapping[str, TableResult]) -> str:
    """How a warning names the figure a literal misses: "tabellens 131 555 kr på raden
    'Annan kommun' under 'Förskola 3–5 år'" for a figure typed in a table, "det beräknade …"
    for one computed (trial 44, F8); by its name, "(belopp.x)", only where no row names it
    (`heading`: the heading it is under, where not the text's); an amount the case states
    by its name under `belopp:`, "ärendets belopp 'ram_ny' (1 000 mnkr)" (trial 47, F1)."""
    said = _as_the_text_writes(figure, literal.unit, figure_units(tree)(name), literal.decimals)
    if is_stated(name):
        return f"ärendets belopp '{name.removeprefix(STATED)}' ({said}){_size_of(literal)}"
    row = on_row(name, tree, tables)
    where = row + (f" under rubriken '{heading}'" if heading else "")
    parts = rows_sum(name, tables)
    added = "" if parts is None else "; radernas summa är " + _as_the_text_writes(
        parts, literal.unit, figure_units(tree)(name), literal.decimals)
    return (f"{figure_word(name, figure, tables)} {said}"
            f"{where}{_size_of(literal)}{f' ({name}{added})' if not row else added}")


def _miss_message(literal: LiteralAmount, name: str, figure: Kronor, computed: str,
                  unit_of: Units, sum_error: str | None = None, place: str = "texten",
                  pair: Paired | None = None) -> str:
    """The warning for a literal in text that nearly matches a named figure (`computed`: as
    `_figure_said` names it): one that a sum error of its table (sum_error: the table's name)
    explains, two digits swapped in a short amount, a digit too few or too many, one its
    sentence writes after a party of a split (pair) that is not its part nor near it, a
    wrong rounding to a larger unit, or any other miss. place: where the literal is,
    "texten", or "beslutet" for a point of the decision (then "menar punkten")."""
    subject = _subject(place)
    follow = f"skriv {_suggestion(literal, name)} så följer {subject} {_source(name)}"
    if sum_error is not None:
        return (f"beloppet '{literal.text}' i {place} stämmer inte exakt med {computed}, "
                f"{_as_sum_error(sum_error)}")
    if literal.approximate:
        return _approximate_message(literal, name, figure, computed, place)
    if is_swap(literal, name, figure, unit_of):
        return (f"beloppet '{literal.text}' i {place} {_absent(name)}, men med två "
                f"siffror omkastade stämmer det med {computed}; menar {subject} det beloppet, "
                f"{follow}")
    if (slip := digit_count_slip(literal, figure)) is not None:
        return (f"beloppet '{literal.text}' i {place} {_absent(name)}, men med {slip} "
                f"stämmer det med {computed}; menar {subject} det beloppet, {follow}")
    if is_stated(name) and changed_digit(literal, figure):  # (a short amount: maybe another)
        other = "" if subject != "punkten" else (
            f", och är det ett annat belopp som ärendet anger, {_how_to_state(literal, True)}")
        return (f"beloppet '{literal.text}' i {place} {_absent(name)}, men med en siffra "
                f"ändrad stämmer det med {computed}; menar {subject} det beloppet, {follow}"
                f"{other}")
    if pair is not None and pair.name == name and not is_near(literal, figure):
        said = _as_the_text_writes(figure, literal.unit, decimals=literal.decimals)
        return (f"beloppet '{literal.text}' i {place} står vid '{pair.party}', men "
                f"'{pair.party}' får {said} i uppdelningen '{pair.split}'; menar {subject} det "
                f"beloppet, {follow}")
    right = right_rounding(literal, figure, unit_of(name))
    if right is None:
        return (f"beloppet '{literal.text}' i {place} stämmer inte exakt med {computed}; "
                f"menar {subject} det beloppet, {follow}")
    shown = as_the_literal(literal, magnitude(right) if _unsigned(literal) else right)
    return (f"beloppet '{literal.text}' i {place} är fel avrundat: {computed} blir {shown} "
            f"avrundat; menar {subject} det beloppet, skriv {shown} eller "
            f"{{{{ {name}{_unsigned(literal)}{rounding_filter(literal)} }}}} så följer {subject} "
            "tabellen")


def _subject(place: str) -> str:
    """Who means an amount in a message: the text, a table's cell, or the point of a proposal
    or decision."""
    return place if place in ("texten", CELL) else "punkten"


def _absent(name: str) -> str:
    """Where a literal that misses the named figure is not: in the tables, or among the
    amounts the case states."""
    return "är inget av ärendets belopp" if is_stated(name) else "finns inte i tabellerna"


def _source(name: str) -> str:
    """What text that names the figure follows: the table, or the case's stated amount."""
    return "ärendets belopp" if is_stated(name) else "tabellen"


def _approximate_message(literal: LiteralAmount, name: str, figure: Kronor,
                         computed: str, place: str) -> str:
    """The warning for an approximate literal that nearly matches a figure: a wrong rounding
    of it, or its right rounding with two digits swapped (`literal_amounts_approx`)."""
    step, subject = rounding_step(literal), _subject(place)
    right = right_approximation(literal, figure, step)
    size = magnitude(right) if _unsigned(literal) else right
    shown = f"{literal.qualifier} {as_the_literal(literal, size)}"
    said = f"beloppet '{literal.qualifier} {literal.text}' i {place}"
    named = f"{{{{ {name}{_unsigned(literal)}{rounding_filter(literal)} }}}}"
    follow = (f"menar {subject} det beloppet, skriv {shown} eller {named} så följer {subject} "
              f"{_source(name)}")
    if swapped_to(literal, figure, step):
        return (f"{said} {_absent(name)}, men med två siffror omkastade är det {shown}, "
                f"som är {computed} avrundat; {follow}")
    return f"{said} är fel avrundat: {computed} blir {shown}; {follow}"


def _total_message(literal: LiteralAmount, total: TableTotal,
                   tables: Mapping[str, TableResult], subject: Subject | None = None,
                   own: str = "kr") -> str:
    """The warning for an amount a sentence calls a total that is not the total of a table
    or a split near it (own: the unit of its table, in which it is said where the text's
    unit would take too many decimals, trial 90, F10); where only a column's subject says
    so (`total_subjects`), the warning says so, and how to say the amount is a row's."""
    reading, name, figure = total.reading, total.name, total.figure
    whose = "uppdelningens" if name.startswith("uppdelningar.") else "tabellens"
    said = f"{literal.qualifier} {literal.text}" if literal.approximate else literal.text
    swapped = swapped_total(total)
    swap = "" if swapped is None else (
        f"med två siffror omkastade är det {_as_said(reading, swapped)}, och ")
    how = f"står som en summa men är inte {whose} summa" if subject is None else (
        f"står vid '{subject.said}' i en mening som inte nämner någon rad och läses som "
        f"{whose} summa, men är inte den")
    start = (f"beloppet '{said}' i texten {how}: "
             f"{swap}{total.level} är {_as_the_text_writes(figure, literal.unit, own)}"
             f"{_size_of(reading)} ({name})")
    if (sum_error := sum_error_explains(reading, name, figure, tables)) is not None:
        return f"{start}, {_as_sum_error(sum_error)}"
    row = "" if subject is None else "; gäller beloppet en rad, nämn raden i meningen"
    return (f"{start}; menar texten den summan, skriv {_total_suggestion(reading, name, figure)}"
            f" så följer texten tabellen{row}")


def _total_suggestion(reading: LiteralAmount, name: str, figure: Kronor) -> str:
    """How to write a total instead: an approximate amount as the total rounded its way
    ("ca 7 mnkr" for 7 000 500 kr) or by name with the filter of its unit, an exact one by
    name (`_suggestion`)."""
    if not reading.approximate:
        return _suggestion(reading, name)
    shown = _as_said(reading, right_approximation(reading, figure, rounding_step(reading)))
    rounded = rounding_filter(reading)
    return f"{shown} eller {reading.qualifier} {{{{ {name}{_unsigned(reading)}{rounded} }}}}" \
        if rounded else shown


def _as_said(reading: LiteralAmount, rounded: Decimal) -> str:
    """A rounded figure as the text wrote the reading: its word, unit, decimals and sign
    ("drygt 74 mnkr")."""
    size = magnitude(rounded) if _unsigned(reading) else rounded
    shown = as_the_literal(reading, size)
    return f"{reading.qualifier} {shown}" if reading.approximate else shown


def _as_sum_error(table: str) -> str:
    """The end of a message about an amount in text that a table's sum error explains."""
    return (f"men skillnaden är densamma som i summafelet i tabellen '{table}'; "
            f"{SUM_ERROR_FIRST}")


def _as_the_text_writes(figure: Kronor, unit: str, own: str = "kr", decimals: int = 3) -> str:
    """A figure in the unit the text wrote its amount in (1 360,8 mnkr), exactly, where it
    takes no more decimals there than the text wrote (`decimals`) or two; else in its own
    unit, as its table shows it (`own`: 28 032 000 kr, not 28,032 mnkr, trial 62, F2), or
    in kronor where that too would take more than three (6 209 812 kr, not 6,209812 mnkr)."""
    if decimals_needed(figure, unit) <= max(decimals, 2):
        return in_unit(figure, unit)
    return in_unit(figure, own) if decimals_needed(figure, own) <= 3 else kr(figure)


def _not_in_tables(literal: LiteralAmount, word: str, figures: FigureIndex,
                   tree: dict[str, Any], tables: Mapping[str, TableResult],
                   point: tuple[str, Sequence[str]],
                   stating: bool = False,
                   stated: Stated | None = None,
                   own: tuple[str, Kronor] | None = None,
                   named: Callable[[], tuple[str, Kronor] | None] = lambda: None
                   ) -> tuple[str, Severity]:
    """Message and severity for an exact amount in a proposal that no table has: a slip of
    a figure it nearly matches names that figure (and its row, if it is in one), as a text's
    warning does where it is an amount the case states (stated: those the point does not
    name); an amount a looser slip explains (`_near_enough`) is offered both ways, that
    figure and a name under `belopp`; any other amount is one the case sets, to be named
    once under `belopp`, and only a warning (trial 55, F6: "gåvor … högst 500 kr per år"
    was an error offering an unrelated row's 450 kr), and so is one near a row's figure in
    a point (point: its text, and the texts of the rows) that names another party
    (`point_parties`, trial 70, F1), or that the point says comes on top of another
    ("dessutom", `extra_words`: an extra amount, not a slip of the figure). A figure of a
    row the point names, or of an amount the case states that it names, that a slip
    explains (`own`, `point_figures`) comes before any other; one no slip explains in a
    point that names a row of its size is told that row's figure (`named`, asked only then:
    `point_figures.named_row_figure`)."""
    unit_of = figure_units(tree)
    slip = misses_among([literal], figures, unit_of=unit_of, stated=stated)
    if slip and is_stated(slip[0][1]):
        reading, name, figure = slip[0]
        return _miss_message(reading, name, figure,
                             _figure_said(reading, name, figure, None, tree, tables),
                             unit_of, place=word), "fel"
    if own is not None and slip and own[0] == slip[0][1]:
        own = None  # (the slip's own figure: named as a slip, surely)
    name, figure = own or (slip[0][1:] if slip else next(figures.outward(literal.value)))
    if not is_stated(name) and stated is not None and (alias := stated.named(figure)):
        name = alias[0]  # (the amount the case states, which the figure takes: T95 F6)
    if (not (slip or own) and not _near_enough(literal.value, figure)) \
            or names_another_party(point[0], row_label(tree, name), point[1]):
        found = named() if not (slip or own) else None
        return (f"beloppet '{literal.text}' i {word} räknas inte ut ur ärendets tabeller"
                f"{_named_row(literal, found, tree, unit_of) if found else ';'} är "
                f"det ett belopp som ärendet anger, {_how_to_state(literal, stating)}",
                "varning")
    if (extra := extra_word(point[0], literal.offset)) is not None:
        return (f"beloppet '{literal.text}' i {word} räknas inte ut ur ärendets tabeller; "
                f"eftersom punkten säger '{extra}' läses det som ett ytterligare belopp, inte "
                f"som en felskrivning av "
                f"{_as_the_text_writes(figure, literal.unit, unit_of(name))}"
                f"{on_row(name, tree, tables)}; är det ett belopp som ärendet anger, "
                f"{_how_to_state(literal, stating)}", "varning")
    whose = f", ärendets belopp '{name.removeprefix(STATED)}'" if is_stated(name) else \
        on_row(name, tree, tables)
    if not slip and not is_stated(name) \
            and right_rounding(literal, figure, unit_of(name)) == literal.value:
        return (f"beloppet '{literal.text}' i {word} är "
                f"{_as_the_text_writes(figure, literal.unit, unit_of(name))}{whose} avrundat, "
                "och i en punkt står beloppet som det beslutas, exakt; "
                f"hänvisa till det med {{{{ {name} }}}}", "fel")  # (trial 88, F2)
    swapped = is_swap(literal, name, figure, unit_of)
    nearest = _nearest(literal, word, (figure, unit_of(name)), whose, swapped)
    if slip and not own:  # (a slip of that figure's digits, surely)
        return (f"{nearest}{';' if swapped else ','} hänvisa till beloppet med "
                f"{{{{ {name}{_unsigned(slip[0][0])} }}}}", "fel")
    return (f"{nearest}; menar punkten det beloppet, hänvisa till det med {{{{ {name} }}}}, "
            f"och är det ett belopp som ärendet anger, {_how_to_state(literal, stating)}",
            "fel")


def _named_row(literal: LiteralAmount, found: tuple[str, Kronor], tree: dict[str, Any],
               unit_of: Units) -> str:
    """What a warning adds for an amount in a point that names a row or party of another
    figure: ", men punkten nämner parten 'Socialförvaltningen', som får 5 779 035 kr;
    menar punkten det beloppet, hänvisa till det med {{ … }}, och" (the rest says what to do
    if it is an amount the case sets)."""
    name, figure = found
    said = _as_the_text_writes(figure, literal.unit, unit_of(name))
    row = (f"parten '{row_label(tree, name)}', som får {said}"
           if name.startswith("uppdelningar.") else
           f"raden '{row_label(tree, name)}', där beloppet är {said}")
    return (f", men punkten nämner {row}; menar punkten det beloppet, hänvisa till det med "
            f"{{{{ {name} }}}}, och")


def _nearest(literal: LiteralAmount, word: str, figure: tuple[Kronor, str], row: str,
             swapped: bool) -> str:
    """The start of the error for an exact amount in a point that no table has, with the
    figure nearest it (`row`: where that is, a row or an amount the case names), and two
    digits swapped where they explain it, as the text's warnings say (trial 77, F11: "63 580
    kronor" for 63 850 kr); figure: the figure and the unit of its table."""
    said = f"beloppet '{literal.text}' i {word} finns inte i tabellerna"
    near = f"{_as_the_text_writes(figure[0], literal.unit, figure[1])}{row}"
    return f"{said}, men med två siffror omkastade stämmer det med {near}" if swapped \
        else f"{said} (närmast: {near})"


def _near_enough(value: Kronor, figure: Kronor) -> bool:
    """Whether an amount in a point lies so near a figure that a slip may explain it, and
    the message offers that figure: its digits with two neighbours swapped or one changed
    (45 000 kr for 46 000 kr, 1,3 mnkr for 1,4 mnkr), or within `RELATIVE_WINDOW` of it, as
    a rounding lies (`literal_amounts`, rule 3). 500 kr beside 450 kr is neither."""
    return is_slip(value, figure) \
        or magnitude(figure - value) <= RELATIVE_WINDOW * magnitude(figure)


def _how_to_state(literal: LiteralAmount, stating: bool, example: str = "ram") -> str:
    """How to state an amount once under `belopp` and name it in the point, by an example
    name ("ram", or "avgift" beside a fee: `fee_name`), under the case's `belopp:` if it has
    one (trial 31: 'belopp: {namn: …}' read as a key to type as it stands)."""
    line = f"'{example}: {as_case_amount(literal.value)}'"
    where = (f"skriv det på en ny rad under 'belopp:' med ett namn du väljer, t.ex. {line}"
             if stating else
             f"lägg till 'belopp:' och under den en rad med ett namn du väljer, t.ex. {line}")
    return f"{where}, och i punkten {{{{ belopp.{example}{rounding_filter(literal)} }}}}"


def proposal_amount_problems(
    figures: Mapping[str, Kronor], index: FigureIndex, texts: Mapping[Loc, str],
    amounts: Mapping[Loc, Sequence[LiteralAmount]], report: Reporter,
    tree: dict[str, Any] | None = None,
    tables: Mapping[str, TableResult] | None = None,
) -> list[Problem]:
    """Report exact amounts in proposal and decision points that are not computed figures
    (`_not_in_tables`; tree: the figures by name, and tables the general tables, for the
    row of the nearest); none where the case computes no figures (amounts it only states
    under `belopp` are none to follow)."""
    stating = any(is_stated(name) for name in figures)
    if not _computes(figures):
        return []
    named: dict[Kronor, list[str]] = {}
    for name, value in figures.items():
        named.setdefault(value, []).append(name)
    labels: list[str] | None = None  # (the rows' texts: read for the first amount no table has)
    problems: list[Problem] = []
    for loc, text in texts.items():
        word = point_word(loc)
        if word is None:
            continue
        for literal in amounts[loc]:
            if literal.approximate:
                continue
            stated = next((r for r in readings(literal) if r.value in named), None)
            if stated is not None:
                problems += _by_chance(stated, named[stated.value], (loc, text, word),
                                       report, tree or {}, tables or {}, stating)
                rounded = rounded_literal_message(stated, named[stated.value], word,
                                                  tree or {}, tables or {})
                if rounded is not None:
                    where = report.in_text(loc, text, literal.offset, literal.text)
                    problems.append(report.problem(where, rounded, "varning"))
                continue
            where = report.in_text(loc, text, literal.offset, literal.text)
            if labels is None:
                labels = _row_labels(figures, tree or {})
            message, severity = _not_in_tables(
                literal, word, index, tree or {}, tables or {}, (text, labels), stating,
                unnamed_stated(figures, text, short=False) if stating else None,
                point_figure(literal, text, figures, tree or {}, _near_enough),
                partial(named_row_figure, literal, text, figures, tree or {}))
            problems.append(report.problem(where, message, severity))
    return problems


def _row_labels(figures: Mapping[str, Kronor], tree: dict[str, Any]) -> list[str]:
    """The texts of the rows the figures are on, each once."""
    return list(dict.fromkeys(label for name in figures
                              if (label := row_label(tree, name)) is not None))


def _by_chance(literal: LiteralAmount, names: list[str], point: tuple[Loc, str, str],
               report: Reporter, tree: dict[str, Any], tables: Mapping[str, TableResult],
               stating: bool) -> list[Problem]:
    """A warning where an exact amount in a point (loc, text, 'beslutet') equals a single
    figure, a row's that the point does not name (`row_names`: in any order): it may be
    another amount that only happens to be equal (trial 39, F6: "reservera 7 000 kr vardera
    till Svartå Folkets hus" matched the row 'Brokyrkans Unga'). Nothing where it equals a
    total or several figures."""
    loc, text, word = point
    label = row_label(tree, names[0]) if len(names) == 1 else None
    if label is None or names_row(text, label, labels_beside(tree, names[0])):
        return []
    name = names[0]
    message = (f"beloppet '{literal.text}' i {word} finns i tabellerna bara"
               f"{on_row(name, tree, tables)}, som punkten inte nämner; menar punkten det "
               f"beloppet, hänvisa till det med {{{{ {name} }}}}, och är det ett annat belopp "
               f"som bara råkar vara lika, "
               f"{_how_to_state(literal, stating, fee_name(name, tables) or 'ram')}")
    where = report.in_text(loc, text, literal.offset, literal.text)
    return [report.problem(where, message, "varning")]

