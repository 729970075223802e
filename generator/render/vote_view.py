"""The view of a decision's counted vote (trial 51, F7): its meanings rendered as texts, its
counts worded and its outcome chosen, and its voteringslista as a table (an "X" in the
column of each ledamot's vote, the counts on a bold row under them; a ledamot who was absent
cast no vote and is left out), for `partials/motions.md.j2` to print."""

from __future__ import annotations

from generator.case.models import Decision
from generator.case.vote_models import Vote
from generator.compute.votes import Tally, tally
from generator.render import views
from generator.render.prose_fields import TextRenderer
from generator.text.body_names import mid_sentence
from generator.text.vote_meanings import meaning_mid_sentence

_WHERE = ("beslut", "omrostning")
_CHOICES = (("ja", "Ja"), ("nej", "Nej"), ("avstår", "Avstår"))
"""The votes a voteringslista prints a column for, with its header."""
ROLL_LEAD = "Voteringslista"


def vote_view(decision: Decision, text: TextRenderer) -> views.VoteView | None:
    """The decision's vote, or None without one (or with a tie nobody decided, an error)."""
    vote = decision.omrostning
    if vote is None:
        return None
    counted = tally(vote)
    if counted.winner is None:
        return None
    yes_means = text.render(meaning_mid_sentence(vote.ja_betyder), (*_WHERE, "ja_betyder"))
    no_means = text.render(meaning_mid_sentence(vote.nej_betyder), (*_WHERE, "nej_betyder"))
    return views.VoteView(
        yes_means, no_means, counted.worded("ja"), counted.worded("nej"),
        f"{counted.abstain} avstår" if counted.abstain else "",
        mid_sentence(decision.beslutande),
        yes_means if counted.winner == "ja" else no_means, counted.casting,
        _roll(vote, counted))


def _roll(vote: Vote, counted: Tally) -> views.Table | None:
    """The voteringslista as a table, or None without one."""
    if not vote.voteringslista:
        return None
    columns = (views.Column("Ledamot"), *(views.Column(header) for _, header in _CHOICES))
    rows = [views.TableRow((views.Cell(name), *(views.Cell("X" if voted == choice else "")
                                                for choice, _ in _CHOICES)))
            for name, voted in vote.voteringslista.items() if voted != "frånvarande"]
    sums = (counted.yes, counted.no, counted.abstain)
    total = views.TableRow((views.Cell("Summa", bold=True),
                            *(views.Cell(str(count), bold=True) for count in sums)))
    return views.Table(columns, (*rows, total), lead=ROLL_LEAD)
