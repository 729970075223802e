"""Specification of the widths of a table of one row (trial 56, F9: in a comparison table,
"Vårdade patienter med covid-19 per dag" wrapped onto two lines while the columns of
three-digit counts beside it were as wide as their headers "Motsvarande vecka 2021" and
"9 september 2022" on one line)."""

from __future__ import annotations

from generator.word.widths import ColumnText, column_widths

_ = "\u00a0"
LABEL = "Vårdade patienter med covid\u201119 per dag"
COUNTS = [("Motsvarande vecka 2021", "116"), ("9 september 2022", "214"),
          ("Förändring", f"84,5{_}%")]


def _table(*labels: str) -> list[ColumnText]:
    rows = len(labels)
    return [ColumnText(labels, ("Mått",), cells=labels),
            *(ColumnText((figure,) * rows, (header,), True, (), (figure,) * rows)
              for header, figure in COUNTS)]


def test_in_a_table_of_one_row_the_headers_wrap_before_its_label() -> None:
    widths = column_widths(_table(LABEL), 9072, 110)
    assert widths == [4440, 1710, 1430, 1492]
    assert widths[0] == _table(LABEL)[0].natural(110)  # the label on one line


def test_in_a_longer_table_one_line_more_keeps_the_headers_unbroken() -> None:
    """As before: a wrapped header costs a line, as a wrapped label does."""
    widths = column_widths(_table(LABEL, "Inlagda"), 9072, 110)
    assert widths == [2379, 2970, 2231, 1492]
