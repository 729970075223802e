"""The count of a vote (omröstning): the case's numbers, or those of its voteringslista, and
which side won (trial 51, F7).

A number the case writes is the count; one it leaves out is counted from the voteringslista
(`avstar` and `franvarande` are 0 without either). The side with more votes wins; on a tie
the chair's casting vote (`utslagsrost`) decides, and without one nobody has won (an error
in `checks/votes.py`).
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from generator.case.vote_models import Vote

KEYS = {"ja": "ja", "nej": "nej", "avstar": "avstår", "franvarande": "frånvarande"}
"""Each count's key, with the word the voteringslista writes for it."""


class Tally(NamedTuple):
    """The counts of a vote and its outcome: 'ja', 'nej' or None (a tie not decided),
    and whether the chair's casting vote decided it."""

    yes: int
    no: int
    abstain: int
    absent: int
    winner: str | None
    casting: bool

    def worded(self, side: str) -> str:
        """The votes of one side ('ja' or 'nej') as a protocol words them: '11 ja-röster',
        '1 nej-röst'."""
        count = self.yes if side == "ja" else self.no
        return f"{count} {side}-röst{'' if count == 1 else 'er'}"

    @property
    def cast(self) -> int:
        """Everyone counted: ja, nej, avstår and frånvarande."""
        return self.yes + self.no + self.abstain + self.absent


def listed(vote: Vote) -> Counter[str]:
    """How many of the voteringslista voted each way, by the list's word."""
    return Counter(vote.voteringslista.values())


def count(vote: Vote, key: str) -> int:
    """The count of `key` ('ja', 'nej', 'avstar', 'franvarande'): the case's, else the
    voteringslista's."""
    written: int | None = getattr(vote, key)
    return written if written is not None else listed(vote)[KEYS[key]]


def tally(vote: Vote) -> Tally:
    """The vote counted and decided."""
    yes, no = count(vote, "ja"), count(vote, "nej")
    tie = yes == no
    winner = vote.utslagsrost if tie else ("ja" if yes > no else "nej")
    return Tally(yes, no, count(vote, "avstar"), count(vote, "franvarande"), winner,
                 tie and winner is not None)


def decided(vote: Vote | None) -> Tally | None:
    """The vote counted, when it has counts (its own ja and nej, or a voteringslista) and
    one side won; else None."""
    if vote is None or ((vote.ja is None or vote.nej is None) and not vote.voteringslista):
        return None
    counted = tally(vote)
    return counted if counted.winner is not None else None
