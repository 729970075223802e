"""House-style options an organisation profile may set (the *(option)* items in CONVENTIONS)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HouseStyle:
    """How an organisation writes: minus sign, 'kronor' in text, proposal style, headings,
    the word for millions."""

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

    @property
    def text_unit(self) -> str:
        """The unit word for amounts in running text: 'kr' or 'kronor'."""
        return "kronor" if self.kronor_in_text else "kr"
