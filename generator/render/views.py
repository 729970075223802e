"""What the templates print: plain view objects, already chosen and ordered, never raw models.

Templates format these values (amounts with `belopp`/`kr`, dates with `datum`) and lay them
out; they never look into the case, never compute, never choose what to show.

The views are named tuples, not frozen dataclasses, for a cold start: Python 3.11 writes
and compiles six methods of every frozen dataclass as the module loads (some 0.5 ms a
class, a dozen classes here), a named tuple gets its methods from `tuple`. For the same
reason there is no `from __future__ import annotations`: `NamedTuple` would compile each
string annotation. Templates read their fields by name only, as before.
"""

import datetime
from typing import Literal, NamedTuple

from markupsafe import Markup

from generator.formatting import Kronor, WrittenNumber
from generator.problems import Loc
from generator.table_shape import RowGroup

Align = Literal["left", "right"]


class Cell(NamedTuple):
    """One table cell: text, an amount or a number, optionally bold, with an italic label.

    `stated_at` is where the case may state the amount itself: `beslut visa` shows a stated
    figure that differs beside it; the document prints the computed one only.
    """

    text: str | Markup = ""
    amount: Kronor | None = None
    bold: bool = False
    label: str = ""
    note: str = ""
    unit: str = "kr"
    decimals: int | None = None
    number: WrittenNumber | None = None
    stated_at: Loc | None = None
    uncapped: Kronor | None = None
    """What the formula gives where the column's `hogst` caps the amount: `beslut visa` shows
    it ("2 053 → högst 1 824"), the document the capped amount only."""
    footnote: bool = False
    """The amount carries the case's footnote star ("1061*"), printed after it."""
    plus: bool = False
    """A positive amount or change prints with "+" before it (`plustecken: ja`)."""

    @property
    def empty(self) -> bool:
        """Tell whether the cell shows nothing."""
        return (self.amount is None and not self.text and not self.label and not self.note
                and self.number is None)  # (text cells, the most, decide at `text`)


class Column(NamedTuple):
    """A table column: its header and alignment (amounts and numbers right, text left), and
    the heading of its group of columns ("" for none): columns side by side with the same
    group heading stand under it (`kolumngrupper`)."""

    header: str
    align: Align = "left"
    group: str = ""

    @property
    def full_header(self) -> str:
        """The header with its group's heading first ("Ackumulerat 2022 (tkr)"), as the
        Markdown and `beslut visa` print it: they have no cell over several columns."""
        return f"{self.group} {self.header}" if self.group else self.header


class TableRow(NamedTuple):
    """A row of cells, `depth` rows down the table's tree (the terminal indents by it);
    `marked` rows (`markerad`) have their text cells bold, and Word shades them."""

    cells: tuple[Cell, ...]
    depth: int = 0
    marked: bool = False


class Table(NamedTuple):
    """A table ready to print, with an optional heading (text and amount) and lead line.

    `rounding` is the unit a split is rounded to, in words ("hela tusental kronor");
    `rounded` says the amounts are rounded each on its own and the table states a total or
    subtotal (a sentence under the table says so, of `rounded_sums`: "totalen", or
    "delsummorna" in a table without a total row, trial 71, F15);
    `landscape` puts it, with its section, on a landscape page in Word (`liggande`); `groups`
    are the groups among its rows, by their numbers in `rows` (the Word writer indents and
    keeps rows by them, see `word.table_groups`).
    """

    columns: tuple[Column, ...]
    rows: tuple[TableRow, ...]
    heading: str = ""
    heading_amount: Kronor | None = None
    heading_marks: str = ""
    lead: str = ""
    rounding: str = ""
    rounded: bool = False
    rounded_sums: str = "totalen"
    landscape: bool = False
    groups: tuple[RowGroup, ...] = ()


class AmountList(NamedTuple):
    """Amounts as a bulleted list ("namn (belopp)") followed by their total."""

    items: tuple[tuple[str, Kronor], ...]
    total: Kronor


Block = Table | AmountList


class Header(NamedTuple):
    """The header block: who writes, what, when, under which numbers, to whom. An extract of
    minutes has the meeting's date and the decision's § (`meeting_date`, `paragraph`; last,
    so that a template written before them still works) and prints them as paper minutes
    do, "Sammanträdesdatum" in place of "Datum"; a reference without a label that is a
    paragraph ("AU § 245", the arbetsutskott's) then stands under the §
    (`paragraph_references`), and the rest after the Dnr (`other_references`; `references`
    holds them all, as a template written before the split prints them, trial 76, F8). The
    body whose minutes they are stands above the meeting's date (`meeting_body`), as paper
    minutes head every page with it (trial 83, F6: a Kommunfullmäktige extract never named
    Kommunfullmäktige in its letterhead)."""

    lines: tuple[str, ...]
    date: datetime.date | None  # None: the document has no date ('datum: nej')
    dnr: str | None  # None: the document has no diarienummer ('dnr: nej')
    body: str | None
    kind_label: str | None = None
    references: tuple[tuple[str, str], ...] = ()
    recipient: tuple[str, ...] = ()
    meeting_date: datetime.date | None = None
    paragraph: str | None = None
    paragraph_references: tuple[str, ...] = ()
    other_references: tuple[tuple[str, str], ...] = ()
    meeting_body: str | None = None


class SectionView(NamedTuple):
    """A section ready to print: numbered heading, rendered text, its tables or lists;
    `landscape` when a table of it is set landscape (the section goes in a `::: liggande`
    div, so the table keeps its heading and text on its landscape page); `closing` when it
    is printed after the signature (`efter_underskrift`, trial 83, F8)."""

    number: str
    heading: str
    heading_marks: str
    text: Markup
    blocks: tuple[Block, ...]
    text_after: Markup
    children: tuple["SectionView", ...]
    landscape: bool = False
    closing: bool = False


class ProposalView(NamedTuple):
    """The proposal in the house style: heading, lead-in and points."""

    heading: str
    lead: str | None
    style: str  # 'att', 'numrerad' or 'punktlista'
    points: tuple[Markup, ...]
    first: bool = False
    lone: bool = False  # one sentence in the numbered style: a paragraph, no "1."


class VoteView(NamedTuple):
    """A counted vote, as the protocol words it: what ja and nej mean, the counts worded
    ("11 ja-röster", "2 nej-röster", "2 avstår", "" when nobody abstained), who decides (as
    mid-sentence, "kommunstyrelsen"), what the winning side means, whether the chair's
    casting vote decided it, and the voteringslista as a table, if the case has one."""

    yes_means: Markup
    no_means: Markup
    yes: str
    no: str
    abstain: str
    body: str
    outcome: Markup
    casting: bool = False
    roll: Table | None = None  # the voteringslista: a mark per ledamot, the counts under it


class DecisionView(NamedTuple):
    """A decision: its heading, the body, when and in which paragraph, its points (att-satser,
    numbered or bulleted sentences or one sentence), where it stands, the motions and the
    course that led to it, and the reservations and protocol notes made against it."""

    body: str
    points: tuple[Markup, ...]
    date: datetime.date | None = None
    paragraph: str | None = None
    first: bool = False
    per_capsulam: bool = False
    # what a per capsulam decision is entered in at the next meeting, or 'anmals': reported
    recorded_in: str = "minnesanteckningarna"
    meeting: str = ""  # the body at whose next meeting it is entered
    meeting_genitive: str = ""  # the same in the genitive, as written ("Servicenämndens")
    named: bool = True  # whether the document calls it a decision per capsulam
    style: str = "att"  # att-satser, 'numrerad': numbered sentences, 'punktlista': bulleted
    motions: tuple[Markup, ...] = ()  # yrkanden, each one paragraph, before the decision
    course: Markup | None = None  # the beslutsgång, after the motions
    reservations: tuple[Markup, ...] = ()  # each one paragraph, after the points
    notes: tuple[Markup, ...] = ()  # protokollsanteckningar, after the reservations
    heading: str = "Beslut"  # as the case writes it ('Kultur- och fritidsnämndens beslut')
    lone: bool = False  # one sentence in the numbered style: a paragraph, no "1."
    # the line before the points, as printed ("Styrelsen beslutade den 3 oktober 2024, § 12,");
    # empty with 'inledning: nej'
    opening: Markup = Markup("")
    proposes_to: str | None = None  # the body it proposes to decide ("kommunfullmäktige")
    motions_heading: str = "Yrkande"  # as the case writes it, else "Yrkande"/"Yrkanden"
    course_heading: str = "Beslutsgång"  # as the case writes it ("Proposition och omröstning")
    vote: VoteView | None = None  # a counted vote, after the course


class Signatory(NamedTuple):
    """A signature block: place and date line, then name, title and organisation (a block
    may lack its place, its name and its organisation; one of a justering's signature
    lines its title too, and has a caption in place of its place and date). `date_line`
    (last, so that a template written before it still works): a line to write the date on
    by hand, for 'datum: tom'; `date_in_words`: the date as 'den 15 december 2016'
    ('datumform: text'); `party_above`: the organisation is the party that signs ('För
    regeringen'), printed above the signature line rather than under the title."""

    place: str | None
    date: datetime.date | None
    name: str | None
    title: str | None
    organisation: str | None
    caption: str | None = None  # "Justerandes signatur", printed first
    date_line: bool = False
    date_in_words: bool = False
    party_above: bool = False


class ApprovalView(NamedTuple):
    """The justering: its date (None for an extract checked on paper without one), who
    checked the minutes ("ordföranden Dag Dahl, Anna Andersson och Bengt Berg", "" when
    nobody is named), who certifies the extract, with a title or without, where the minutes
    were checked and, for an extract checked on paper, the signature lines: two by two as
    before (`signatures`, for an organisation's copy of signature_blocks.md.j2 that takes
    pairs) and in one row of blocks side by side (`signature_rows`) (the fields after `by`
    last, so that a template written before them still works)."""

    date: datetime.date | None
    by: str
    certifier: str | None = None
    certifier_title: str | None = None
    place: str | None = None
    signatures: tuple[tuple[Signatory, Signatory | None], ...] = ()
    signature_rows: tuple[tuple[Signatory | None, ...], ...] = ()


class SignedBy(NamedTuple):
    """A row of an electronic signature page."""

    name: str
    title: str
    organisation: str
    moment: datetime.datetime
    id_type: str
    id: str


class OnDuty(NamedTuple):
    """'I tjänsten': the name and title that sign a tjänsteskrivelse."""

    name: str
    title: str


class CaseOfficer(NamedTuple):
    """'Handläggare': who wrote a tjänsteskrivelse, with the lines the case gives (title,
    telephone, e-mail), empty where it gives none."""

    name: str
    title: str = ""
    phone: str = ""
    email: str = ""


VIEWS: tuple[type, ...] = (
    Cell, Column, TableRow, Table, AmountList, Header, SectionView, ProposalView, DecisionView,
    VoteView, ApprovalView, Signatory, SignedBy, OnDuty, CaseOfficer,
)
"""Every view class above: templates read their fields without the sandbox's checks."""
