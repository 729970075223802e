"""An error at a number column whose header says percent ("Höjning (%)") but whose numbers
are written without "%", where an amount column's formula multiplies by it (trial 89, F4:
"4,75" under "Höjning (%)" in 'gammal + gammal * procent' raised a rent of 4 905 kr to
28 204 kr, silently). Written "4,75 %" the number multiplies as 4,75 %; a formula that
divides the product by 100 means it so and is left be.

A typed amount that the formula checks on a row whose number lacks its "%" differs by a
hundredfold (trial 93, F2: 4 363 kr against 110 × 47 600 kr / 12 = 436 333 kr): it follows
from that error, and is its follow-on (`percent_follow_ons`), one line after it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Final

from generator.compute.formula import Term
from generator.compute.stated import Mismatch, mismatch_text
from generator.compute.tables import ColumnSpec, RowResult, TableResult, formula_text, leaves
from generator.formatting import as_written, in_unit
from generator.problems import Finding, FollowOn, Loc

_HUNDRED: Final = Decimal(100)


def percent_header_findings(result: TableResult) -> list[Finding]:
    """One error per number column that says percent in its header only and that a formula
    multiplies by, at its first number written without "%"."""
    findings: dict[str, Finding] = {}
    for numbers, column, plain in _plain_numbers(result):
        if numbers.key not in findings:
            findings[numbers.key] = Finding((*plain[0].spec.loc, numbers.key), _message(
                numbers, column, formula_text(column, result.spec),
                as_written(plain[0].spec.numbers[numbers.key])))
    return list(findings.values())


def percent_follow_ons(result: TableResult, found: Sequence[Mismatch]
                       ) -> tuple[list[Mismatch], list[Finding]]:
    """The mismatches of a table but those of a typed amount that a formula checks by a
    number written without its "%" (`percent_header_findings`), and those as follow-ons of
    that error (the number column's first such cell)."""
    causes: dict[Loc, tuple[Loc, str]] = {}
    for numbers, column, plain in _plain_numbers(result):
        cause = (*plain[0].spec.loc, numbers.key)
        causes.update({row.spec.stated_locs[column.key]: (cause, column.title) for row in plain
                       if column.key in row.spec.stated_locs})
    if not causes:
        return list(found), []
    kept, follow_ons = [], []
    for mismatch in found:
        if mismatch.loc not in causes:
            kept.append(mismatch)
            continue
        cause, title = causes[mismatch.loc]
        shown = in_unit(mismatch.stated, mismatch.unit)
        follow_ons.append(Finding(mismatch.loc, mismatch_text(mismatch), follows=FollowOn(
            cause, f"beloppet {shown} i kolumnen '{title}'", f"i kolumnen '{title}'",
            checked=True)))
    return kept, follow_ons


def _plain_numbers(result: TableResult) -> Iterator[tuple[ColumnSpec, ColumnSpec,
                                                          list[RowResult]]]:
    """Each number column that says percent in its header only, an amount column whose
    formula multiplies by it, and the rows whose number in it lacks "%" (some)."""
    spec = result.spec
    columns = {c.key: c for c in spec.columns if c.number and _says_percent(c.header)}
    if not columns:  # (most tables)
        return
    for column in spec.amount_columns:
        for key in dict.fromkeys(k for term in column.formula
                                 for k in _multiplying(term, columns)):
            plain = [row for row in leaves(result.rows) if (number := row.spec.numbers
                     .get(key)) is not None and not number.percent]
            if plain:
                yield columns[key], column, plain


def _says_percent(header: str) -> bool:
    """Whether a header names percent: "(%)", "i %", "procent"."""
    return "%" in header or "procent" in header.casefold()


def _percent_unit(header: str) -> bool:
    """Whether a header gives "%" as its unit: "Andel (%)", "Andel %", "Andel i %" (not "%
    av inkomsten", which names what the percent is of)."""
    return "(%)" in header.replace(" ", "") or header.rstrip().endswith("%")


def _multiplying(term: Term, columns: dict[str, ColumnSpec]) -> list[str]:
    """The columns of `columns` the term multiplies by, unless it also divides by 100."""
    if term.divisor is not None and not term.divisor.kind and term.divisor.value == _HUNDRED:
        return []
    if any(not f.kind and f.value == _HUNDRED.scaleb(-4) for f in term.factors):
        return []  # ('* 0,01')
    keys = [term.key] if term.source == "tal" else []
    return [key for key in [*keys, *(f.written for f in term.factors if f.kind == "tal")]
            if key in columns]


def _message(numbers: ColumnSpec, column: ColumnSpec, formula: str, first: str) -> str:
    """Why the formula multiplies by the numbers as they are, and what to write."""
    header = " och rubriken utan %, som talen då har" if _percent_unit(numbers.header) else ""
    return (f"kolumnen '{numbers.title}' säger procent i rubriken, men talen är skrivna utan "
            f"%, så formeln för '{column.title}' ({formula}) räknar med {first} gånger, inte "
            f"{first} %; skriv talen med %, t.ex. \"{first} %\"{header}")


def doubled_percent_findings(result: TableResult) -> list[Finding]:
    """A warning at each number column with "%" in its header and in every number (trial 88,
    F10: "Ägarfördelning (%)" over "10,44 %": the page shows the unit twice)."""
    findings = []
    for column in (c for c in result.spec.columns
                   if (c.number or c.counted) and _percent_unit(c.header)):
        rows = [row for row in leaves(result.rows) if column.key in row.spec.numbers]
        if rows and all(row.spec.numbers[column.key].percent for row in rows):
            findings.append(Finding((*rows[0].spec.loc, column.key), (
                f"kolumnen '{column.title}' har % i rubriken och i varje tal, så dokumentet "
                "skriver procenttecknet två gånger; ta bort % ur rubriken"), "varning"))
    return findings
