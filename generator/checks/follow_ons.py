"""Problems that only follow from another error: listed after it, as one line, uncounted.

A split that cannot be made (its weights add up to 99 %) leaves every cell that takes a part
of it without a figure. Each such cell is a follow-on of the split's error (`FollowOn`), not
a mistake of its own: the secretary fixes the one cause, and the first line they read
(`beslut bevaka` shows it) must be that cause, not the fifth cell that names it (trial 90,
F9). So the follow-ons of one error become one line, at the first of them, listed right
after the error (`problems.sort_problems`) and not counted (`Problem.counts`):

    t17.yaml:82:5: procenten i uppdelningen 'schablon' blir tillsammans 99 % …
    t17.yaml:67:62: 5 hänvisningar till uppdelningen 'schablon' (rad 67, 68, 69, 70 och
    78) kan inte räknas ut förrän felet ovan är rättat

A follow-on of a follow-on (a cell that takes a cell that takes the split) follows the same
error. Where no error is found at its cause, a follow-on stays a problem of its own, with
its own message.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.case.yaml_loader import LoadedYaml
from generator.output.display import listed
from generator.problems import Finding, Position, Problem


def follow_on_problems(findings: Sequence[Finding], loaded: LoadedYaml,
                       path: str) -> list[Problem]:
    """The findings as problems, the follow-ons of each error as one line after it."""
    places = [loaded.locate(finding.loc) for finding in findings]
    plain: list[Problem] = []
    groups: dict[tuple[Position, str], list[int]] = {}
    for at, finding in enumerate(findings):
        root = _root(findings, places, at, frozenset({at}))
        if finding.follows is None or root is None:
            plain.append(Problem(path, places[at], finding.message, finding.severity))
        else:
            groups.setdefault((root, finding.follows.subject), []).append(at)
    return plain + [_joined(findings, places, path, root, members)
                    for (root, _), members in groups.items()]


def _root(findings: Sequence[Finding], places: Sequence[Position], at: int,
          seen: frozenset[int]) -> Position | None:
    """The place of the error a follow-on follows from (through other follow-ons), the
    first of its cause's errors; None for a finding that follows from nothing reported."""
    follows = findings[at].follows
    if follows is None:
        return None
    cause = follows.cause
    under = [other for other, finding in enumerate(findings) if other not in seen
             and finding.severity == "fel" and finding.loc[:len(cause)] == cause]
    errors = [places[other] for other in under if findings[other].follows is None]
    if errors:
        return min(errors)
    for other in under:
        root = _root(findings, places, other, seen | {other})
        if root is not None:
            return root
    return None


def _joined(findings: Sequence[Finding], places: Sequence[Position], path: str,
            root: Position, members: Sequence[int]) -> Problem:
    """One line for the follow-ons of one error that take figures from one source."""
    first = min(members, key=lambda at: places[at])
    follows = findings[first].follows
    assert follows is not None  # (only follow-ons are joined)
    lines = sorted({places[at].line for at in members})
    which = f"{'rad' if len(lines) == 1 else 'raderna'} {listed([str(n) for n in lines])}"
    if follows.checked:
        what = follows.reference if len(members) == 1 else \
            f"{len(members)} belopp {follows.subject} ({which})"
        message = f"{what} kan inte kontrolleras förrän felet ovan är rättat"
    elif len(members) == 1:
        message = f"{follows.reference}: hänvisningen till {follows.subject} kan inte " \
                  "räknas ut förrän felet ovan är rättat"
    else:
        message = f"{len(members)} hänvisningar till {follows.subject} ({which}) kan inte " \
                  "räknas ut förrän felet ovan är rättat"
    return Problem(path, places[first], message, root=root)
