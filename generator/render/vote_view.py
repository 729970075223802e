"""The view of a decision's counted vote (trial 51, F7): its meanings rendered as texts, its
counts worded and its outcome chosen, for `partials/motions.md.j2` to print."""

from __future__ import annotations

from generator.case.models import Decision
from generator.compute.votes import tally
from generator.render import views
from generator.render.prose_fields import TextRenderer
from generator.text.body_names import mid_sentence

_WHERE = ("beslut", "omrostning")


def vote_view(decision: Decision, text: TextRenderer) -> views.VoteView | None:
    """The decision's vote, or None without one (or with a tie nobody decided, an error)."""
    vote = decision.omrostning
    if vote is None:
        return None
    counted = tally(vote)
    if counted.winner is None:
        return None
    yes_means = text.render(vote.ja_betyder, (*_WHERE, "ja_betyder"))
    no_means = text.render(vote.nej_betyder, (*_WHERE, "nej_betyder"))
    return views.VoteView(
        yes_means, no_means, counted.worded("ja"), counted.worded("nej"),
        f"{counted.abstain} avstår" if counted.abstain else "",
        mid_sentence(decision.beslutande),
        yes_means if counted.winner == "ja" else no_means, counted.casting)
