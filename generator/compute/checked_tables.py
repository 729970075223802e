"""A table computed, each stated figure that differs told with the typed cells likelier
wrong than it (`slips`, which recomputes the table with one cell changed: loaded only for
a table with some)."""

from __future__ import annotations

from generator.compute.row_formulas import with_rows_computed
from generator.compute.stated import Mismatch
from generator.compute.tables import TableResult, TableSpec, computed_table


def compute_table(spec: TableSpec) -> tuple[TableResult, list[Mismatch]]:
    """Compute every row and total of the table; report stated figures that differ, each
    with the typed cells likelier wrong than it."""
    result, mismatches = computed_table(spec, with_rows_computed)
    if not mismatches:
        return result, mismatches
    from generator.compute.cap_hints import with_caps
    from generator.compute.cost_groups import with_cost_signs
    from generator.compute.slips import explained

    mismatches = with_caps(result, with_cost_signs(result, mismatches))
    return result, explained(spec, mismatches,
                             lambda again: computed_table(again, with_rows_computed)[1])
