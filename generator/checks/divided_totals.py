"""An amount in text that is a column's total divided by a number, where the table's column
of that division sums its rows' rounded figures instead (trial 92, F8).

Månadshyra is `formel: ar / 12`, rounded on each row, so its total is the sum of the rounded
rows, 65 703 kr; the text's "65 702 kr per månad" is the total Årshyra 788 425 kr / 12 =
65 702,08 kr, right too. The warning for it says why the two differ, so that the secretary
chooses, instead of calling the text's figure a slip.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache

from generator.checks.literal_amount import LiteralAmount
from generator.compute.tables import TableResult
from generator.compute.total_names import divided_column
from generator.formatting import Kronor, WrittenNumber, as_written, decimals_needed, in_unit


@cache
def _column_total() -> re.Pattern[str]:
    return re.compile(r"tabeller\.(?P<table>\w+)\.(?P<column>\w+)")


def divided_total_message(literal: LiteralAmount, name: str, figure: Kronor, place: str,
                          tables: Mapping[str, TableResult]) -> str | None:
    """The warning for a literal that is another column's total divided by the number the
    named column (`name`, its total `figure`) divides that column by, as the text rounds it
    (place: where the literal is, "texten"); None otherwise."""
    match = _column_total().fullmatch(name)
    result = tables.get(match["table"]) if match else None
    if match is None or result is None:
        return None
    columns = {column.key: column for column in result.spec.columns}
    column = columns.get(match["column"])
    divided = divided_column(column) if column else None
    if column is None or divided is None or divided[0] not in result.totals:
        return None
    source, divisor = columns[divided[0]], divided[1]
    total = result.totals[source.key]
    quotient = Decimal(total) / divisor
    if abs(quotient - literal.value) > literal.precision / 2:
        return None
    unit = result.spec.unit
    return (f"beloppet '{literal.text}' i {place} är summan i kolumnen '{source.title}', "
            f"{in_unit(total, unit)}, / {as_written(WrittenNumber(divisor))} = "
            f"{in_unit(quotient, unit, decimals=decimals_needed(total, unit) + 2)} avrundat, "
            f"men kolumnen '{column.title}' summerar radernas avrundade belopp till "
            f"{in_unit(figure, unit)}; båda är rätt räknade: vill du att texten följer "
            f"tabellens summa, skriv {{{{ {name} }}}}")
