"""The manifests a `beslut bygg` works from: the output folder's, and a part's own.

A run reads them once, at its start, and hands them to whatever needs them: placing the
cases, choosing the template folders, judging each case, finding the cases left behind and
recording the templates all see the same objects (a no-op rebuild of 1 000 cases read and
parsed the manifest six times, some 12 ms each). What judges cases works on `overlaid()`, a
copy it may change; only what the folder's manifest now holds too, the cases recovered from a
stopped run, is applied to `folder` itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.output.manifest import MANIFEST, Manifest, read_manifest


@dataclass
class Manifests:
    """The output folder's manifest and, for a part (`--shard`), the part's own."""

    folder: Manifest
    part: Manifest | None = None
    """A part's own manifest; None for a whole build."""

    @classmethod
    def read(cls, out: Path, name: str = MANIFEST) -> Manifests:
        """Read the folder's manifest and, when the run records in another (`name`), that."""
        return cls(read_manifest(out), None if name == MANIFEST else read_manifest(out, name))

    def own(self) -> Manifest:
        """The manifest the run records in: the part's, else the folder's."""
        return self.folder if self.part is None else self.part

    def templates(self) -> tuple[str, ...]:
        """The template folders recorded (a part's own first); none if not recorded."""
        if self.part is not None and self.part.templates is not None:
            return self.part.templates
        return self.folder.templates or ()

    def overlaid(self) -> Manifest:
        """A copy of the folder's manifest overlaid by a part's own, to judge cases by (the
        caller may change it; these stay as they are)."""
        part = self.part or Manifest()
        return Manifest({**self.folder.files, **part.files},
                        {**self.folder.cases, **part.cases}, self.folder.templates)
