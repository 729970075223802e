"""The case file: what a secretary writes, as pydantic models with Swedish keys.

Every model forbids unknown keys, so a misspelt key is reported (with a suggestion)
instead of being silently ignored. Amounts are whole kronor (see `generator.case.money`).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from generator.case.money import Amount, Weight

DocumentKind = Literal[
    "beslutsunderlag",
    "beslut_per_capsulam",
    "godkannande",
    "lagesbeskrivning",
    "tjansteskrivelse",
]
TableKind = Literal["sammanstallning", "insatser", "medel", "risk", "medelslista", "uppdelning"]
SplitMethod = Literal["befolkning", "vikter", "lika", "fasta"]



def _number_shown(value: object) -> str | None:
    """The number as written when value is one (pydantic would read it as a Unix time)."""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value) if isinstance(value, int | float | Decimal) else None


def _date_not_number(value: object) -> object:
    """Refuse a number where a date belongs."""
    if (shown := _number_shown(value)) is not None:
        raise ValueError(f"{shown} är inget datum, skriv ÅÅÅÅ-MM-DD, t.ex. 2024-02-15")
    return value


def _time_not_number(value: object) -> object:
    """Refuse a number where a date and time belong."""
    if (shown := _number_shown(value)) is not None:
        raise ValueError(f"{shown} är ingen tidpunkt, skriv t.ex. 2019-04-01 09:38:46 +02:00")
    return value


Date = Annotated[datetime.date, BeforeValidator(_date_not_number)]
DateTime = Annotated[datetime.datetime, BeforeValidator(_time_not_number)]


class CaseModel(BaseModel):
    """Base for all case-file models: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        coerce_numbers_to_str=True,
        str_strip_whitespace=True,
    )


class SubItem(CaseModel):
    """A part of an insats whose amount adds up to the insats (e.g. MHFA 425 000 + 62 000)."""

    text: str = Field(description="What the part pays for.")
    belopp: Amount = Field(description="The part's amount in whole kronor.")
    ansvar: str = Field("", description="Who is responsible for or receives this part.")


class Row(CaseModel):
    """One insats in an area's table."""

    insats: str = Field(description="Name of the insats (first column).")
    belopp: Amount | None = Field(
        None,
        description="Amount in kronor. Computed from `delposter` when they are given; "
        "if both are given the stated amount is checked against the parts.",
    )
    syfte: str = Field("", description="Syfte och mål (plain text).")
    ansvar: str = Field("", description="Ansvar/mottagare.")
    delposter: list[SubItem] = Field(
        default_factory=list, description="Parts that add up to this insats."
    )

    @model_validator(mode="after")
    def _amount_or_parts(self) -> Row:
        """Require an amount, or parts to compute it from."""
        if self.belopp is None and not self.delposter:
            raise ValueError("insatsen saknar belopp, ange belopp eller delposter")
        return self


class Area(CaseModel):
    """A development area (utvecklingsområde) with its insatser."""

    namn: str = Field(description="The area's name, used as heading and in the summary table.")
    summa: Amount | None = Field(None, description="Stated sum of the area; checked if given.")
    insatser: list[Row] = Field(min_length=1, description="The area's insatser.")


class Allocation(CaseModel):
    """The allocation tables: areas, their insatser, and the total."""

    summa: Amount | None = Field(None, description="Stated total; checked if given.")
    omradesrubrik: str = Field(
        "Utvecklingsområde", description="Header of the first column in the summary table."
    )
    omraden: list[Area] = Field(min_length=1, description="The areas, in document order.")


class Section(CaseModel):
    """A headed section of free text, optionally followed by a table and more text."""

    rubrik: str = Field("", description="Heading, in sentence case without a full stop; "
                        "leave out for text directly under the title.")
    text: str = Field("", description="Light Markdown: paragraphs, **bold**, *italic*, "
                      "[links](https://…), bullet and numbered lists.")
    tabell: TableKind | None = Field(None, description="A computed table shown after the text.")
    uppdelning: str | None = Field(
        None, description="With `tabell: uppdelning`: the `namn` of the split to show."
    )
    text_efter: str = Field("", description="Text after the table (light Markdown).")
    avsnitt: list[Section] = Field(default_factory=list, description="Subsections.")


class Proposal(CaseModel):
    """The proposal (förslag till beslut), written as if the decision were already taken."""

    rubrik: str | None = Field(None, description="Heading; default depends on the document kind.")
    forslagsstallare: str | None = Field(
        None, description="Who proposes, e.g. 'Styrgruppen' (att-style lead-in)."
    )
    beslutande: str | None = Field(
        None, description="Who decides, e.g. 'Länschefsnätverket' (att-style lead-in)."
    )
    stil: Literal["att", "numrerad"] | None = Field(
        None, description="'att' for att-satser, 'numrerad' for numbered sentences; "
        "default from the organisation profile."
    )
    punkter: list[str] = Field(min_length=1, description="One action per point.")


class Decision(CaseModel):
    """The decision itself (beslut per capsulam): who decides and what."""

    beslutande: str = Field(description="The body that decides, e.g. 'Länschefsnätverket'.")
    punkter: list[str] = Field(min_length=1, description="The att-satser of the decision.")


class Event(CaseModel):
    """Something that happened and that the document reports (a meeting, a decision)."""

    datum: Date = Field(description="When it happened.")
    text: str = Field(description="What happened, e.g. 'Länschefsnätverkets möte'.")


class Signatory(CaseModel):
    """A signature block: place and date, then name, title and organisation."""

    ort: str = Field(description="Place of signing, e.g. 'Härnösand'.")
    datum: Date | None = Field(None, description="Date of signing, if known.")
    namn: str = Field(description="The signatory's name.")
    titel: str = Field(description="Title, e.g. 'regiondirektör'.")
    organisation: str = Field(description="The signatory's organisation.")


class Signature(CaseModel):
    """A row of an electronic signature page, as produced by a signing service."""

    namn: str = Field(description="Name as the signing service states it.")
    titel: str = Field(description="Title as the signing service states it.")
    organisation: str = Field(description="Organisation as the signing service states it.")
    tidpunkt: DateTime = Field(description="Date and time with UTC offset.")
    identifikationstyp: str = Field(description="E.g. 'Svensk e-legitimation'.")
    identifikations_id: str = Field(description="The signing service's id of the signature.")

    @model_validator(mode="after")
    def _aware(self) -> Signature:
        """Require a UTC offset, as the signing service gives one."""
        if self.tidpunkt.tzinfo is None:
            raise ValueError("tidpunkten saknar tidszon, skriv t.ex. 2019-04-01 09:38:46 +02:00")
        return self


class FundsItem(CaseModel):
    """An amount of funds for one area or purpose."""

    namn: str = Field(description="The area or purpose.")
    belopp: Amount = Field(description="Amount in whole kronor.")


class Funds(CaseModel):
    """Funds per area with a computed total (lägesbeskrivning, tjänsteskrivelse)."""

    rubrik: str = Field("Område", description="Header of the first column.")
    kolumnrubrik: str = Field("Belopp (kr)", description="Header of the amount column.")
    summa: Amount | None = Field(None, description="Stated total; checked if given.")
    poster: list[FundsItem] = Field(min_length=1, description="The areas and their amounts.")


class RiskRow(CaseModel):
    """Allocated − used = at risk of repayment, for one area."""

    insatsomrade: str = Field(description="The area.")
    beskrivning: list[str] = Field(default_factory=list, description="What was done (bullets).")
    tilldelat: Amount = Field(description="Funds allocated to the area.")
    anvant: list[Amount] = Field(default_factory=list, description="Amounts used or committed.")
    risk: Amount | None = Field(None, description="Stated amount at risk; checked if given.")


class RiskTable(CaseModel):
    """Funds at risk of repayment, per area, with totals."""

    rubrik_tilldelat: str = Field("Stimulansmedel", description="Header of the allocated column.")
    rubrik_anvant: str = Field(
        "Genomförda/påbörjade aktiviteter", description="Header of the used column."
    )
    rubrik_risk: str = Field(
        "Stimulansmedel som riskerar att återbetalas", description="Header of the risk column."
    )
    rader: list[RiskRow] = Field(min_length=1, description="One row per area.")
    summa: Amount | None = Field(None, description="Stated total at risk; checked if given.")


class SplitParty(CaseModel):
    """A party in a split: a weight (key) or a fixed amount."""

    namn: str = Field(description="The party, e.g. 'Region Västernorrland'.")
    vikt: Weight | None = Field(None, description="Weight, e.g. population (key splits); "
                                "digits may be grouped: 245 347.")
    belopp: Amount | None = Field(
        None, description="Fixed amount (method 'fasta'); with the other methods a stated "
        "part, checked against the exact split."
    )


class Split(CaseModel):
    """A total split exactly between parties (largest remainder)."""

    namn: str = Field(description="Short name the text and sections use to refer to the split.")
    summa: Amount = Field(description="The total to split, in kronor.")
    metod: SplitMethod = Field(description="befolkning, vikter, lika or fasta.")
    enhet: Amount = Field(1, description="Round parts to this unit (1 or 1000 kr).")
    parter: list[SplitParty] = Field(min_length=1, description="The parties, in order.")
    rest_till: str | None = Field(None, description="With 'fasta': who gets the remainder.")


class OnDuty(CaseModel):
    """'I tjänsten': who signs a tjänsteskrivelse."""

    namn: str = Field(description="Name.")
    titel: str = Field(description="Title, e.g. 'Regiondirektör'.")


class Case(CaseModel):
    """A whole case file."""

    dokumenttyp: DocumentKind = Field(description="Which kind of document to produce.")
    organisation: str | None = Field(None, description="Id of an organisation profile.")
    avsandare: list[str] = Field(
        default_factory=list,
        description="Header lines: organisation, administration, unit (top to bottom).",
    )
    beslutsorgan: str | None = Field(None, description="The body that decides.")
    datum: Date = Field(description="The document's date (ÅÅÅÅ-MM-DD).")
    dnr: str = Field(description="Diarienummer, e.g. 'HSN 2024/1732'.")
    titel: str = Field(min_length=1, description="The document's title.")
    avsnitt: list[Section] = Field(default_factory=list, description="Sections in order.")
    fordelning: Allocation | None = Field(None, description="Allocation tables.")
    forslag: Proposal | None = Field(None, description="Förslag till beslut.")
    beslut: Decision | None = Field(None, description="The decision (beslut per capsulam).")
    handelser: list[Event] = Field(
        default_factory=list, description="Dated events the document reports."
    )
    undertecknare: list[Signatory] = Field(
        default_factory=list, description="Signature blocks (godkännande)."
    )
    signatursida: list[Signature] = Field(
        default_factory=list, description="Signature page rows, only from a signing service."
    )
    medel: Funds | None = Field(None, description="Funds per area with a total.")
    risk: RiskTable | None = Field(None, description="Funds at risk of repayment.")
    uppdelningar: list[Split] = Field(default_factory=list, description="Exact splits.")
    i_tjansten: OnDuty | None = Field(None, description="'I tjänsten' signature.")
    utdrag_till: list[str] = Field(default_factory=list, description="Who receives an extract.")
