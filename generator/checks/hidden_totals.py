"""A stated total nobody would see (trial 69, F1): a table whose total row is turned off
(`totalt: false`) or has an empty label (`totalt: ""`, which prints no total row either)
while the case states its total (`summa`), so the source's totals would vanish from the
document without a word. An empty label is an error even without `summa`: it reads as a
total row without a label, and prints none."""

from __future__ import annotations

from generator.case.table_models import GeneralTable
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_NO_TOTAL = "ta bort 'summa' om tabellen inte ska visa någon total"


def hidden_total_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """An error at `totalt` where it leaves no total row for a stated `summa`, or is empty."""
    if "totalt" not in table.model_fields_set or not table.totalled:
        return []
    stated = table.summa is not None
    if table.totalt == "":
        message = "'totalt' är tomt, så tabellen får ingen totalrad"
        if stated:
            message += (" och den angivna 'summa' syns inte i dokumentet; skriv totalradens "
                        "rubrik, t.ex. 'totalt: Summa' när källans totalrad saknar rubrik, "
                        f"eller {_NO_TOTAL}")
        else:
            message += ("; skriv totalradens rubrik, t.ex. 'totalt: Summa', eller 'totalt: "
                        "false' om tabellen inte ska ha någon totalrad")
    elif table.totalt is False and stated:
        message = ("'totalt' tar bort tabellens totalrad, så den angivna 'summa' syns inte i "
                   "dokumentet; ta bort 'totalt' så står summan på totalraden 'Totalt', eller "
                   f"{_NO_TOTAL}")
    else:
        return []
    return [report.problem(report.at((*loc, "totalt")), message)]
