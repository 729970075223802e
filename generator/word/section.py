"""The page setup a prepared reference gets once: room for the running header.

Page 1 shows the letterhead in the body, so it has a header of its own (left empty);
pages 2 and on have the one-line running header, which needs space above the body.
"""

from __future__ import annotations

from typing import Any, Final

CM: Final = 360000  # EMU
MIN_HEADER_GAP: Final = CM  # between the running header's line and the body


def prepare_section(section: Any) -> None:
    """A first page header of its own; a top margin with room for the running header."""
    section.different_first_page_header_footer = True
    header_distance = section.header_distance or int(1.25 * CM)
    needed = header_distance + int(0.6 * CM) + MIN_HEADER_GAP
    if section.top_margin is None or section.top_margin < needed:
        section.top_margin = needed
