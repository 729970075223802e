"""A sentence about what a table's column sums, without a total word (fix108's limit).

"Nämnden redovisar en negativ prognosavvikelse på 160 mkr" beside a table whose column
"Prognosavvikelse" sums to −150 mnkr says the total without "totalt" or "summa"
(`literal_amounts_totals.TOTAL_WORD`). Its subject is the column's: the column's header
without its unit, years and brackets ("Prognosavvikelse (mnkr)"), or the words of the total
row's label besides its total word ("Summa budgetavvikelse": "budgetavvikelse", for every
summed column). Such a subject leads to an amount as a total word does (at most `MAX_GAP`
words before it in its sentence, `leads_to`), in any of its forms ("prognosavvikelsen": each
word's stem, `row_names.word_stem`), and the amount is compared with that column's total;
but

* not where the sentence (before any "varav") names a row of the table (`row_names.
  names_row`, also in the genitive, "Socialnämndens prognosavvikelse …"): it is about the
  row, and the longest row name it begins with wins, as fix108 made it
  (`row_sentences`);
* not a header or label that says nothing of its own ("Belopp", "Summa", "Kronor": `_VAGUE`);
* and only as a slip of the total (`literal_amounts_total_slips`: a near miss, one digit
  changed, two swapped): such a sentence may well state another amount, a year's before or a
  part the table does not show, which a total word would have ruled out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from typing import Final

from generator.checks.column_subject import Subject
from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts_parts import sentence_of
from generator.checks.literal_amounts_totals import WINDOW, SaidTotal, leads_to
from generator.checks.row_names import names_row, row_words, word_stem
from generator.compute.tables import RowResult, TableResult, bare_header

_VAGUE: Final = frozenset({
    "belopp", "summa", "summan", "total", "totalt", "totalen", "kronor", "kr", "tkr", "mnkr",
    "mdkr", "mkr", "netto", "antal", "andel", "procent", "värde",
})
"""Words of a header or total row that name no subject of their own."""
_TOTAL_WORDS: Final = frozenset({"summa", "totalt", "total", "sammanlagt", "sammantaget"})
"""The total words a total row's label may begin or end with ("Summa budgetavvikelse")."""


@cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_][\w-]*")


@cache
def _bracketed() -> re.Pattern[str]:
    return re.compile(r"\([^()]*\)")


@cache
def _parts() -> re.Pattern[str]:
    return re.compile(r"\b(?:varav|därav)\b", re.IGNORECASE)

_MIN_LETTERS: Final = 4
"""The fewest letters of a subject's stem ("budget"; "ram" would begin too many words)."""


def total_subjects(tables: Mapping[str, TableResult]) -> dict[str, list[Subject]]:
    """The subjects of each table's summed amount columns with a total row, by table."""
    found: dict[str, list[Subject]] = {}
    for name, result in tables.items():
        spec = result.spec
        if spec.total_label is None:
            continue
        columns = [column for column in spec.amount_columns if column.summed]
        headers = {column.key: _words(bare_header(column.header, spec.unit))
                   for column in columns}
        subjects = [Subject(stems, name, key, " ".join(words))
                    for key, words in headers.items() if (stems := _stems(words))]
        label = _words(_label_words(spec.total_label))
        if columns and (stems := _stems(label)):
            subjects.append(Subject(stems, name, None, " ".join(label)))
        if subjects:
            found[name] = subjects
    return found


def _words(header: str) -> list[str]:
    """A header's words, without brackets, years and figures, in lower case."""
    return _word().findall(_bracketed().sub(" ", header).lower())


def _stems(words: list[str]) -> tuple[str, ...]:
    """The stems of a header's words, or () where they say nothing of their own or are too
    short to tell."""
    if not words or all(word in _VAGUE for word in words):
        return ()
    stems = tuple(word_stem(word) if len(word_stem(word)) >= _MIN_LETTERS else word
                  for word in words)
    return stems if len("".join(stems)) >= _MIN_LETTERS else ()


def _label_words(label: str) -> str:
    """A total row's label without its total word ("Summa budgetavvikelse":
    "budgetavvikelse"), or "" where it has none or nothing else."""
    words = label.split()
    rest = [word for word in words if word.lower() not in _TOTAL_WORDS]
    return " ".join(rest) if rest and len(rest) < len(words) else ""


def subject_totals(text: str, literals: Sequence[LiteralAmount], subjects: Sequence[Subject],
                   rows: Callable[[str], Sequence[str]], passed: set[int]) -> list[SaidTotal]:
    """The literals of text (but those at the offsets `passed`, said to be totals already)
    that a subject of a near table leads to in a sentence that names none of its rows (rows:
    a table's rows' texts, by its name)."""
    found: list[SaidTotal] = []
    start = 0
    for literal in literals:
        at = max(start, literal.offset - WINDOW)
        start = literal.offset + len(literal.text)
        if literal.offset in passed:
            continue
        before = text[at : literal.offset].lower()
        leading = [(match.end(), subject) for subject in subjects
                   if subject.stems[0] in before
                   and (match := subject.found(before)) is not None
                   and leads_to(text, at + match.end(), literal)]
        if not leading:
            continue
        subject = max(leading, key=lambda lead: lead[0])[1]
        sentence = _parts().split(sentence_of(text, literal.offset), maxsplit=1)[0]
        if not _names_a_row(sentence, rows(subject.table)):
            found.append(SaidTotal(literal, subject=subject))
    return found


def _names_a_row(sentence: str, labels: Sequence[str]) -> bool:
    """Whether a sentence names one of the rows (by their texts; one without a word that
    tells is no name)."""
    return any(names_row(sentence, label) for label in labels if row_words(label))


def row_texts(tables: Mapping[str, TableResult]) -> Callable[[str], Sequence[str]]:
    """The texts of a table's rows and sub-rows, by its name, found when first asked."""
    found: dict[str, list[str]] = {}

    def texts(table: str) -> Sequence[str]:
        if table not in found:
            found[table] = list(_texts(tables[table].rows))
        return found[table]
    return texts


def _texts(rows: Sequence[RowResult]) -> Iterator[str]:
    """The first text of each row and sub-row that has one."""
    for row in rows:
        label = next((text for text in row.spec.texts.values() if text), "")
        if label:
            yield label
        yield from _texts(row.children)
