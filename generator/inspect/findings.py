"""One thing an accessibility check found, with its place in the file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """A finding: the file, where in it (e.g. "tabell 2"), what is wrong and what to do."""

    path: str
    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.place}: {self.message}"
