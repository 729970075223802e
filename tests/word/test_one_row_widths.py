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


def test_in_a_longer_table_a_line_more_for_a_line_less_in_the_headers_keeps_the_label_whole(
        ) -> None:
    """Trial 61, F5: the headers wrapped onto two lines cost the line the label saves, so the
    table is as tall either way, and the label stays on one line."""
    widths = column_widths(_table(LABEL, "Inlagda"), 9072, 110)
    assert widths == [4440, 1710, 1430, 1492]
    assert widths[0] == _table(LABEL)[0].natural(110)


FEE = ("Avgift för uteblivet eller sent avbokat besök (kr)",)


def _fees(*groups: str) -> list[ColumnText]:
    figures = ("0", "100", "0")[:len(groups)]
    return [ColumnText(groups, ("Patientgrupp",), cells=groups),
            ColumnText(figures, FEE, True, (), figures)]


def test_a_long_header_over_small_figures_wraps_before_a_group_does() -> None:
    """Trial 61, F5: the header took 70 % of the width and "Barn 0–12 år och" / "ungdomar
    18–19 år" wrapped; on two lines the header costs the line the group saves."""
    groups = ("Asylsökande", f"Barn 0–12{_}år och ungdomar 18–19{_}år", f"Barn mellan 13–17{_}år")
    assert column_widths(_fees(*groups), 9072, 110) == [4000, 5072]
    assert _fees(*groups)[0].natural(110) == 4000  # each group on one line


def test_a_header_that_would_take_three_lines_stays_unbroken_for_one_line_more() -> None:
    """Unbroken, the header saves two lines where the body gets one line taller."""
    group = f"Barn och ungdomar som söker vård utan vårdnadshavares kännedom, 13–17{_}år"
    assert column_widths(_fees("Asylsökande", group), 10800, 110) == [4380, 6420]
    assert _fees(group)[1].header_width(110) == 6420  # the header on one line
