"""The names of the fenced divs (`::: name` … `:::`) the Word writer gives a meaning to
(see `blocks`; `::: liggande` is `landscape.LANDSCAPE_DIV`, `::: brevhuvud`
`letterhead.LETTERHEAD_DIV`)."""

from __future__ import annotations

from typing import Final

PAGE_BREAK_DIV: Final = "sidbrytning"
KEEP_DIV: Final = "samman"
FOLLOW_DIV: Final = "efter"
LAYOUT_DIVS: Final = frozenset({"signaturer"})
