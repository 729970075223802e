"""Specification of how a problem is printed: one line, `path:line:col: message`."""

from __future__ import annotations

from generator.problems import Position, Problem, counted_problems, sort_problems


def test_a_problem_reads_path_line_column_message() -> None:
    problem = Problem("fall.yaml", Position(3, 14), "okänd nyckel 'summaa'")
    assert problem.format() == "fall.yaml:3:14: okänd nyckel 'summaa'"


def test_a_warning_says_so_after_the_place() -> None:
    problem = Problem("fall.yaml", Position(1, 1), "enheten används inte", "varning")
    assert problem.format() == "fall.yaml:1:1: varning: enheten används inte"


def test_a_value_over_several_lines_in_the_message_is_printed_on_one() -> None:
    # "uppdelning: \"b\\n\\nc\"" once printed a problem line with no message at all.
    problem = Problem("fall.yaml", Position(8, 17), "ingen uppdelning heter 'b\n\n c', finns: 'a'")
    assert problem.format() == "fall.yaml:8:17: ingen uppdelning heter 'b c', finns: 'a'"


def test_spaces_inside_a_line_are_kept() -> None:
    problem = Problem("fall.yaml", Position(2, 5), "'Styrgruppen för  LCHNV' stavas olika")
    assert problem.format() == "fall.yaml:2:5: 'Styrgruppen för  LCHNV' stavas olika"


def test_a_follow_on_is_listed_right_after_the_error_it_follows_from() -> None:
    """Trial 90, F9: the cause first, wherever the follow-on stands in the file."""
    root = Problem("fall.yaml", Position(82, 5), "procenten blir 99 %")
    follow_on = Problem("fall.yaml", Position(67, 62), "kan inte räknas ut",
                        root=Position(82, 5))
    earlier = Problem("fall.yaml", Position(12, 3), "fel datum")
    later = Problem("fall.yaml", Position(90, 1), "varning", "varning")
    assert sort_problems([follow_on, later, root, earlier]) == (earlier, root, follow_on, later)


def test_a_follow_on_is_not_counted() -> None:
    root = Problem("fall.yaml", Position(82, 5), "procenten blir 99 %")
    follow_on = Problem("fall.yaml", Position(67, 62), "kan inte räknas ut",
                        root=Position(82, 5))
    warning = Problem("fall.yaml", Position(3, 1), "tvåsiffrigt år", "varning")
    assert counted_problems([root, follow_on, warning]) == (1, 1)
    assert follow_on.is_error
