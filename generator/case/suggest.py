"""Suggestions for misspelt keys and values ("menade du …?")."""

from __future__ import annotations

from collections.abc import Iterable


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """Return the candidate closest to the word, if one is close enough to suggest."""
    options = list(candidates)
    by_fold = {c.casefold(): c for c in options}
    if word.casefold() in by_fold:
        return by_fold[word.casefold()]
    import difflib  # loaded for the first word that needs a suggestion, not at every start

    matches = difflib.get_close_matches(word.casefold(), list(by_fold), n=1, cutoff=0.6)
    return by_fold[matches[0]] if matches else None
