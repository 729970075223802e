"""House-style options an organisation profile may set (the *(option)* items in CONVENTIONS)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HouseStyle:
    """How an organisation writes: minus sign, 'kronor' and 'procent' in text, proposal style,
    headings, the word for millions."""

    real_minus: bool = True
    kronor_in_text: bool = False
    kr_chosen: bool = False
    """Whether "kr" in running text is a choice the profile or the case states
    (`kronor_i_lopande_text: nej`): then an amount typed with "kronor" is warned about
    (`checks.style`, trial 61, F8)."""
    proposal_style: str = "att"
    abbreviation_legend: bool = False
    numbered_headings: bool = True
    millions: str = "mnkr"
    """The word for millions of kronor: 'mnkr', or 'mkr' (`formatting.writing_millions`)."""
    percent_in_text: bool = False
    """Whether running text writes a percentage it names with the word: '35 procent' (tables
    keep '35 %'; trial 63, F4)."""

    @property
    def text_unit(self) -> str:
        """The unit word for amounts in running text: 'kr' or 'kronor'."""
        return "kronor" if self.kronor_in_text else "kr"

    @property
    def percent_unit(self) -> str:
        """The unit of a percentage in running text: '%' or 'procent'."""
        return "procent" if self.percent_in_text else "%"
