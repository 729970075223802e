"""What the templates print: plain view objects, already chosen and ordered, never raw models.

Templates format these values (amounts with `belopp`/`kr`, dates with `datum`) and lay them
out; they never look into the case, never compute, never choose what to show.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from markupsafe import Markup

Align = Literal["left", "right"]


@dataclass(frozen=True, init=False)
class Cell:
    """One table cell: text or an amount, optionally bold, with an italic label before it."""

    text: str | Markup = ""
    amount: int | None = None
    bold: bool = False
    label: str = ""
    note: str = ""
    unit: str = "kr"
    decimals: int | None = None

    def __init__(
        self, text: str | Markup = "", amount: int | None = None, bold: bool = False,
        label: str = "", note: str = "", unit: str = "kr", decimals: int | None = None,
    ) -> None:
        """Set every field in one step: a document has hundreds of cells, and the frozen
        dataclass's own `__init__` sets them one at a time through `object.__setattr__`."""
        vars(self).update(text=text, amount=amount, bold=bold, label=label, note=note,
                          unit=unit, decimals=decimals)

    @property
    def empty(self) -> bool:
        """Tell whether the cell shows nothing."""
        return self.amount is None and not self.text and not self.label and not self.note


@dataclass(frozen=True)
class Column:
    """A table column: its header and alignment (amounts right, text left)."""

    header: str
    align: Align = "left"


@dataclass(frozen=True)
class TableRow:
    """A row of cells."""

    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """A table ready to print, with an optional heading (text and amount) and lead line."""

    columns: tuple[Column, ...]
    rows: tuple[TableRow, ...]
    heading: str = ""
    heading_amount: int | None = None
    heading_marks: str = ""
    lead: str = ""
    rounding: int | None = None


@dataclass(frozen=True)
class AmountList:
    """Amounts as a bulleted list ("namn (belopp)") followed by their total."""

    items: tuple[tuple[str, int], ...]
    total: int


Block = Table | AmountList


@dataclass(frozen=True)
class Header:
    """The header block: who writes, what, when, under which numbers, to whom."""

    lines: tuple[str, ...]
    date: datetime.date
    dnr: str
    body: str | None
    kind_label: str | None = None
    references: tuple[tuple[str, str], ...] = ()
    recipient: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionView:
    """A section ready to print: numbered heading, rendered text, its tables or lists."""

    number: str
    heading: str
    heading_marks: str
    text: Markup
    blocks: tuple[Block, ...]
    text_after: Markup
    children: tuple[SectionView, ...]


@dataclass(frozen=True)
class ProposalView:
    """The proposal in the house style: heading, lead-in and points."""

    heading: str
    lead: str | None
    style: str
    points: tuple[Markup, ...]


@dataclass(frozen=True)
class DecisionView:
    """A decision: the body, when and in which paragraph, its points, where it stands."""

    body: str
    points: tuple[Markup, ...]
    date: datetime.date | None = None
    paragraph: str | None = None
    first: bool = False
    per_capsulam: bool = False


@dataclass(frozen=True)
class Signatory:
    """A signature block: place and date line, then name, title and organisation."""

    place: str
    date: datetime.date | None
    name: str
    title: str
    organisation: str


@dataclass(frozen=True)
class SignedBy:
    """A row of an electronic signature page."""

    name: str
    title: str
    organisation: str
    moment: datetime.datetime
    id_type: str
    id: str


@dataclass(frozen=True)
class OnDuty:
    """'I tjänsten': the name and title that sign a tjänsteskrivelse."""

    name: str
    title: str


VIEWS: tuple[type, ...] = (
    Cell, Column, TableRow, Table, AmountList, Header, SectionView, ProposalView, DecisionView,
    Signatory, SignedBy, OnDuty,
)
"""Every view class above: templates read their fields without the sandbox's checks."""
