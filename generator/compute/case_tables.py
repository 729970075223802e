"""Compute a case's general tables (`tabeller`), each once, a table a cell names first.

Tables are computed in the case's order, except that a table whose cell takes a figure from
another (`compute.cell_refs`) has that one computed first, on demand: no pass over the cells
beforehand, so a case without such a cell costs nothing more. A table that takes a figure
from itself, or from a table that through others takes one from it, is an error at the
cell that closes the ring, naming the ring. A split whose `summa` a table holds
(`split_order`) is in the same chain: a table that takes that split's summa closes a ring
as well (trial 94, F8).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from generator.case.models import Case
from generator.case.money import AmountError
from generator.case.suggest import did_you_mean
from generator.compute.cell_refs import amount_of, figure_in, referenced_name, without_minus
from generator.compute.changes import add_changes
from generator.compute.checked_tables import compute_table
from generator.compute.divisor_cells import divisor_findings
from generator.compute.empty_rows import empty_row_findings
from generator.compute.factor_cells import factor_findings
from generator.compute.follow_ons import FollowOnError
from generator.compute.number_formula import derived_numbers
from generator.compute.percent_headers import (
    doubled_percent_findings,
    percent_follow_ons,
    percent_header_findings,
)
from generator.compute.presets import general_spec
from generator.compute.prose_figures import (
    refused_names,
    row_label,
    split_figures,
    stated_figures,
    table_figures,
)
from generator.compute.row_short_names import by_place, reference_cells
from generator.compute.shares import add_shares
from generator.compute.stated import Mismatch
from generator.compute.tables import TableResult
from generator.compute.total_names import ambiguous_message, ambiguous_total
from generator.compute.typed_ratios import typed_ratio_findings
from generator.compute.typed_shares import typed_share_findings
from generator.formatting import Kronor
from generator.problems import Finding, FollowOn

if TYPE_CHECKING:
    from generator.compute.case_splits import SplitResult

MAX_CHAIN = 30
"""The most tables that may take figures one from the next, each computed before the one that
names it (a case file is untrusted: a chain of thousands would exhaust the stack)."""


class NamedSplits(Protocol):
    """A case's splits as a table's cell takes a part of one (`split_order.OrderedSplits`)."""

    def named(self, name: str, reference: str) -> SplitResult | None:
        """The first split of that name that can be made, or None."""


class CaseTables:
    """The general tables of one case as they are computed, with what they report."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.splits: NamedSplits | None = None
        """The case's splits, each computed when first named, whose parts a cell may take
        (`uppdelningar.x`); None for a case without any."""
        self.results: dict[int, TableResult] = {}
        self.mismatches: list[Mismatch] = []
        self.findings: list[Finding] = []
        self.open: list[tuple[str, int]] = []
        """The tables ("tabeller", index) and splits ("uppdelningar", index) being computed,
        outermost first: a reference to one of them closes a ring."""
        self.figures: dict[int, dict[str, Any]] = {}
        self.split_values: dict[str, dict[str, Any]] = {}
        """Each split's figures, made once for the cells that take parts of it."""

    def all(self) -> dict[str, TableResult]:
        """Every table by name, in the case's order (a name given twice: the last table)."""
        for index in range(len(self.case.tabeller)):
            self.computed(index)
        return {table.namn: self.results[index]
                for index, table in enumerate(self.case.tabeller)}

    def computed(self, index: int) -> TableResult:
        """The table at `index`, computed now unless it was before."""
        if index in self.results:
            return self.results[index]
        general = self.case.tabeller[index]
        self.open.append(("tabeller", index))
        spec, unreadable = general_spec(general, ("tabeller", index), self.case.belopp,
                                        self.resolve)
        self.open.pop()
        if unreadable and self.case.derived_amounts:
            from generator.compute.derived_amounts import unworked_limits
            unreadable = unworked_limits(self.case, unreadable)
        spec, derived = derived_numbers(spec)
        self.findings += unreadable + derived
        table, found = compute_table(spec)
        self.results[index], not_shared = add_shares(add_changes(table))
        if found and not unreadable:
            found = self._with_taken(index, found)
        found, follow_ons = percent_follow_ons(table, found)
        self.mismatches += [] if unreadable else found  # sums without an unread amount mislead
        self.findings += [] if unreadable else \
            not_shared + typed_share_findings(table) + typed_ratio_findings(table) + \
            divisor_findings(table) + factor_findings(table) + empty_row_findings(table) + \
            percent_header_findings(table) + follow_ons + doubled_percent_findings(table)
        return self.results[index]

    def _with_taken(self, index: int, found: list[Mismatch]) -> list[Mismatch]:
        """The mismatches of a table, each sum's with the rows of it that take another
        table's rows by place, to check first (`Mismatch.taken`)."""
        places = {general.namn: i for i, general in enumerate(self.case.tabeller)}
        taken, example = [], ""
        for _, label, value in reference_cells(self.case.tabeller[index], ("tabeller", index)):
            match = by_place().fullmatch(value)
            if match is None or places.get(match["table"]) not in self.figures:
                continue
            table = match["table"]
            tree = {"tabeller": {table: self.figures[places[table]]}}
            source = row_label(tree, f"tabeller.{table}{match['rows']}.x")
            here = f"raden '{label}'" if label else "en rad"
            taken.append(f"{here} raden '{source}' i tabellen '{table}' ({match['rows'][1:]})")
            example = example or f"{{{{ tabeller.{table}.rader.<rad_namn>{match['rest']} }}}}"
        if not taken:
            return found
        text = (f"med radens plats hämtar {' och '.join(taken)}: har rader lagts till eller "
                f"tagits bort där, hämtas fel {'rader' if len(taken) > 1 else 'rad'}; "
                f"kontrollera det först och hämta raden med dess namn (rad_namn), {example}")
        return [m._replace(taken=text) if not m.formula else m for m in found]

    def resolve(self, value: str, unit: str) -> Kronor:
        """The amount a cell's reference names, for a table in `unit` (`cell_refs`), negated
        where a minus stands before it."""
        negated, value = without_minus(value)
        amount = self._resolved(value, unit)
        return -amount if negated else amount

    def _resolved(self, value: str, unit: str) -> Kronor:
        """The amount a cell's reference (without a sign) names, for a table in `unit`."""
        name = referenced_name(value)
        root = name.split(".", 1)[0].split("[", 1)[0]
        if root == "belopp" and self.case.derived_amounts:  # (one may not have been worked out)
            from generator.compute.derived_amounts import unworked
            if (follows := unworked(self.case, name, f"{{{{ {name} }}}}")) is not None:
                raise FollowOnError(f"{{{{ {name} }}}}: {follows.subject} kan inte räknas ut, "
                                    "rätta felet i det först", follows)
        if root == "belopp":
            named = stated_figures(self.case.belopp)
            return amount_of(figure_in({"belopp": named}, name), name, unit)
        if root == "uppdelningar":
            return amount_of(figure_in({"uppdelningar": self._split(name)}, name), name, unit)
        return amount_of(self.table_figure(name), name, unit)

    def table_figure(self, name: str) -> Any:
        """The figure a reference names in a table (`tabeller.x.summa`, a column's total, a
        row's cell), the table computed first; AmountError where it names none, or where the
        table is in the ring being computed."""
        table = name.split(".")[1]
        index = self._index(name, table)
        if name == f"tabeller.{table}.summa":
            self._one_total(name, index)
        figures = {"tabeller": {table: self._figures(index)}}
        self._not_refused(name, index, figures)
        return figure_in(figures, name)

    def _not_refused(self, name: str, index: int, figures: dict[str, Any]) -> None:
        """AmountError where the cell a reference names is there but its value was refused
        (its own error says why): that it has an error, not that the row has no such part or
        that another column was meant (trial 84, F9: "menade du 'zon2'?" would take the other
        zone's price)."""
        places = [finding.loc for finding in self.findings
                  if finding.severity == "fel" and finding.loc[:2] == ("tabeller", index)]
        cause = next((place for place in places if name in refused_names(self.case, [place])),
                     None)
        if cause is None:
            return
        general = self.case.tabeller[index]
        column = name.rsplit(".", 1)[-1]
        heading = next((c.heading for c in general.kolumner if c.namn == column), column)
        label = row_label(figures, name)
        row = f" på raden '{label}'" if label else ""
        subject = f"cellen '{heading}'{row} i tabellen '{general.namn}'"
        raise FollowOnError(f"{{{{ {name} }}}}: {subject} har ett fel, rätta felet i den först",
                            FollowOn(cause, f"{{{{ {name} }}}}", subject))

    def _split(self, name: str) -> dict[str, Any]:
        """The figures of the split a reference names, under its name, or AmountError: no
        such split, or one that could not be computed (its own error says why)."""
        split = name.split(".")[1]
        result = self.splits.named(split, name) if self.splits is not None else None
        if result is not None:
            if split not in self.split_values:
                self.split_values[split] = split_figures(result, "kr")
            return {split: self.split_values[split]}
        written = [general.namn for general in self.case.uppdelningar]
        if split in written:
            subject = f"uppdelningen '{split}'"
            cause = ("uppdelningar", written.index(split))
            raise FollowOnError(f"{{{{ {name} }}}}: {subject} kan inte räknas ut, rätta felet "
                                "i den först", FollowOn(cause, f"{{{{ {name} }}}}", subject))
        meant = did_you_mean(split, written)
        advice = f"menade du '{meant}'?" if meant else \
            "uppdelningarna är: " + ", ".join(written) if written else \
            "ärendet har inga uppdelningar"
        raise AmountError(f"{{{{ {name} }}}}: det finns ingen uppdelning '{split}', {advice}")

    def _index(self, name: str, table: str) -> int:
        """The place of the table a reference names (the last of that name, as text finds
        it), or AmountError: no such table, or one in the ring of tables being computed."""
        places = {general.namn: i for i, general in enumerate(self.case.tabeller)}
        if table not in places:
            meant = did_you_mean(table, places)
            advice = f"menade du '{meant}'?" if meant else "tabellerna är: " + ", ".join(
                places) if places else "ärendet har inga tabeller (tabeller:)"
            raise AmountError(f"{{{{ {name} }}}}: det finns ingen tabell '{table}', {advice}")
        index = places[table]
        if ("tabeller", index) in self.open:
            raise AmountError(self.ring(name, ("tabeller", index)))
        if len(self.open) >= MAX_CHAIN and index not in self.results:
            raise AmountError(f"{{{{ {name} }}}}: fler än {MAX_CHAIN} tabeller hämtar belopp "
                              "från varandra i en kedja; skriv beloppet i någon av dem")
        return index

    def _one_total(self, name: str, index: int) -> None:
        """Refuse `tabeller.<tabell>.summa` of a table with several amount columns, as in text
        (`checks.total_refs`): it is the first column's total, rarely the one meant."""
        result = self.computed(index)
        if ambiguous_total(result):
            general = self.case.tabeller[index]
            headers = {column.namn: column.heading for column in general.kolumner}
            raise AmountError(ambiguous_message(name, general.namn, result, headers))

    def ring(self, name: str, key: tuple[str, int]) -> str:
        """Why `name` cannot be taken from the table or split `key` being computed: a table
        that names itself, or a ring through others (with a split in it, each named as
        what it is: "uppdelningen 'x' → tabellen 'y' → uppdelningen 'x'")."""
        chain = self.open[self.open.index(key):]
        if all(kind == "tabeller" for kind, _ in chain):
            names = [self.case.tabeller[i].namn for _, i in chain]
            if len(names) == 1:
                return (f"{{{{ {name} }}}}: tabellen '{names[0]}' kan inte hämta ett belopp "
                        "från sig själv; skriv beloppet, eller en formel ('formel') för "
                        "kolumnen")
            ring = " → ".join([*names, names[0]])
            return (f"{{{{ {name} }}}}: tabellerna hämtar belopp från varandra i en ring "
                    f"({ring}), så inget av dem kan räknas ut; skriv beloppet i en av dem")
        named = [f"tabellen '{self.case.tabeller[i].namn}'" if kind == "tabeller" else
                 f"uppdelningen '{self.case.uppdelningar[i].namn}'" for kind, i in chain]
        from generator.output.display import listed

        return (f"{{{{ {name} }}}}: {listed(list(dict.fromkeys(named)))} hämtar belopp från "
                f"varandra i en ring ({' → '.join([*named, named[0]])}), så ingen av dem kan "
                "räknas ut; skriv beloppet i en av dem, eller under 'belopp:' och hämta det "
                "därifrån i båda")

    def _figures(self, index: int) -> Mapping[str, Any]:
        """A computed table's figures under the names text gives them (made once)."""
        if index not in self.figures:
            result = self.computed(index)
            self.figures[index] = table_figures(result, self.case.tabeller[index].namn)
        return self.figures[index]
