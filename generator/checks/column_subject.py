"""What a summed column of a table is about, as a sentence names it ("prognosavvikelsen"
for the column "Prognosavvikelse"): shared by the check of totals said in text
(`literal_amounts_totals`) and the one that finds the subjects (`total_subjects`)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple


class Subject(NamedTuple):
    """What a summed column of a table is about: the first letters of each of its words
    (`stems`, lower case), the table, the column (None: any summed column, for the words of
    the total row's label), and the words as a message says them ("prognosavvikelse")."""

    stems: tuple[str, ...]
    table: str
    key: str | None
    said: str

    def found(self, text: str) -> re.Match[str] | None:
        """The last place the text names the subject, in any of its forms."""
        return next(reversed(list(_pattern(self.stems).finditer(text))), None)


@cache
def _pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    """The words of a subject in any of their forms, in order ("prognosavvikels\\w*")."""
    return re.compile(r"(?<!\w)" + r"\w*\s+".join(map(re.escape, stems)) + r"\w*",
                      re.IGNORECASE)
