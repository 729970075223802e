"""The error of a cell whose figure cannot be had because its source has an error of its own.

A cell that takes a part of a split that could not be made, or a cell of another table that
was refused, is no mistake of its own: it follows from that error, and is reported as its
follow-on (`problems.FollowOn`, listed and counted by `checks.follow_ons`).
"""

from __future__ import annotations

from generator.case.money import AmountError
from generator.problems import FollowOn


class FollowOnError(AmountError):
    """A reference whose figure cannot be had until the error in its source is fixed; the
    message says so on its own, for where that error is not reported."""

    def __init__(self, message: str, follows: FollowOn) -> None:
        super().__init__(message)
        self.follows = follows


def follows_of(exc: AmountError) -> FollowOn | None:
    """What an error follows from, if it is a follow-on."""
    return exc.follows if isinstance(exc, FollowOnError) else None
