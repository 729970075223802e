"""The case file: what a secretary writes, as pydantic models with Swedish keys.

Every model forbids unknown keys, so a misspelt key is reported (with a suggestion)
instead of being silently ignored. Amounts are whole kronor (see `generator.case.money`).
"""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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

    text: str = Field(description="Vad delen betalar.")
    belopp: Amount = Field(description="Delens belopp i hela kronor.")
    ansvar: str = Field("", description="Vem som ansvarar för eller tar emot delen.")


class Row(CaseModel):
    """One insats in an area's table."""

    insats: str = Field(description="Insatsens namn (första kolumnen).")
    belopp: Amount | None = Field(
        None,
        description="Belopp i kronor. Räknas ut från `delposter` när de finns; "
        "anges båda kontrolleras beloppet mot delarna.",
    )
    syfte: str = Field("", description="Syfte och mål (vanlig text).")
    ansvar: str = Field("", description="Ansvar/mottagare.")
    delposter: list[SubItem] = Field(
        default_factory=list, description="Delar som tillsammans blir insatsens belopp."
    )

    @model_validator(mode="after")
    def _amount_or_parts(self) -> Row:
        """Require an amount, or parts to compute it from."""
        if self.belopp is None and not self.delposter:
            raise ValueError("insatsen saknar belopp, ange belopp eller delposter")
        return self


class Area(CaseModel):
    """A development area (utvecklingsområde) with its insatser."""

    namn: str = Field(description="Områdets namn, används som rubrik och i sammanställningen.")
    summa: Amount | None = Field(None, description="Områdets summa; kontrolleras om den anges.")
    insatser: list[Row] = Field(min_length=1, description="Områdets insatser.")


class Allocation(CaseModel):
    """The allocation tables: areas, their insatser, and the total."""

    summa: Amount | None = Field(None, description="Total summa; kontrolleras om den anges.")
    omradesrubrik: str = Field(
        "Utvecklingsområde", description="Rubrik på första kolumnen i sammanställningen."
    )
    omraden: list[Area] = Field(min_length=1, description="Områdena, i dokumentets ordning.")


class Section(CaseModel):
    """A headed section of free text, optionally followed by a table and more text."""

    rubrik: str = Field("", description="Rubrik, stor bokstav bara först och ingen punkt; "
                        "utelämna för text direkt under dokumentets rubrik.")
    text: str = Field("", description="Enkel Markdown: stycken, **fetstil**, *kursiv*, "
                      "[länkar](https://…), punktlistor och numrerade listor.")
    tabell: TableKind | None = Field(None, description="En uträknad tabell som visas efter texten.")
    uppdelning: str | None = Field(
        None, description="Med `tabell: uppdelning`: `namn` på uppdelningen som ska visas."
    )
    text_efter: str = Field("", description="Text efter tabellen (enkel Markdown).")
    avsnitt: list[Section] = Field(default_factory=list, description="Underavsnitt.")


class Proposal(CaseModel):
    """The proposal (förslag till beslut), written as if the decision were already taken."""

    rubrik: str | None = Field(None, description="Rubrik; standard beror på dokumenttypen.")
    forslagsstallare: str | None = Field(
        None, description="Vem som föreslår, t.ex. 'Styrgruppen' (före att-satserna)."
    )
    beslutande: str | None = Field(
        None, description="Vem som beslutar, t.ex. 'Länschefsnätverket' (före att-satserna)."
    )
    stil: Literal["att", "numrerad"] | None = Field(
        None, description="'att' för att-satser, 'numrerad' för numrerade meningar; "
        "standard från organisationsprofilen."
    )
    punkter: list[str] = Field(min_length=1, description="En åtgärd per punkt.")


class Decision(CaseModel):
    """The decision itself (beslut per capsulam): who decides and what."""

    beslutande: str = Field(description="Det organ som beslutar, t.ex. 'Länschefsnätverket'.")
    punkter: list[str] = Field(min_length=1, description="Beslutets att-satser.")


class Event(CaseModel):
    """Something that happened and that the document reports (a meeting, a decision)."""

    datum: datetime.date = Field(description="När det hände (ÅÅÅÅ-MM-DD).")
    text: str = Field(description="Vad som hände, t.ex. 'Länschefsnätverkets möte'.")


class Signatory(CaseModel):
    """A signature block: place and date, then name, title and organisation."""

    ort: str = Field(description="Ort för underskriften, t.ex. 'Härnösand'.")
    datum: datetime.date | None = Field(None, description="Underskriftens datum, om det är känt.")
    namn: str = Field(description="Undertecknarens namn.")
    titel: str = Field(description="Titel, t.ex. 'regiondirektör'.")
    organisation: str = Field(description="Undertecknarens organisation.")


class Signature(CaseModel):
    """A row of an electronic signature page, as produced by a signing service."""

    namn: str = Field(description="Namnet så som e-signeringstjänsten anger det.")
    titel: str = Field(description="Titeln så som e-signeringstjänsten anger den.")
    organisation: str = Field(description="Organisationen så som e-signeringstjänsten anger den.")
    tidpunkt: datetime.datetime = Field(description="Tid med tidszon: 2019-04-01 09:38:46 +02:00.")
    identifikationstyp: str = Field(description="T.ex. 'Svensk e-legitimation'.")
    identifikations_id: str = Field(description="E-signeringstjänstens id för underskriften.")

    @model_validator(mode="after")
    def _aware(self) -> Signature:
        """Require a UTC offset, as the signing service gives one."""
        if self.tidpunkt.tzinfo is None:
            raise ValueError("tidpunkten saknar tidszon, skriv t.ex. 2019-04-01 09:38:46 +02:00")
        return self


class FundsItem(CaseModel):
    """An amount of funds for one area or purpose."""

    namn: str = Field(description="Området eller ändamålet.")
    belopp: Amount = Field(description="Belopp i hela kronor.")


class Funds(CaseModel):
    """Funds per area with a computed total (lägesbeskrivning, tjänsteskrivelse)."""

    rubrik: str = Field("Område", description="Rubrik på första kolumnen.")
    kolumnrubrik: str = Field("Belopp (kr)", description="Rubrik på beloppskolumnen.")
    summa: Amount | None = Field(None, description="Total summa; kontrolleras om den anges.")
    poster: list[FundsItem] = Field(min_length=1, description="Områdena och deras belopp.")


class RiskRow(CaseModel):
    """Allocated − used = at risk of repayment, for one area."""

    insatsomrade: str = Field(description="Insatsområdet.")
    beskrivning: list[str] = Field(default_factory=list, description="Vad som gjorts (punkter).")
    tilldelat: Amount = Field(description="Medel som tilldelats området.")
    anvant: list[Amount] = Field(default_factory=list, description="Använda eller bundna belopp.")
    risk: Amount | None = Field(None, description="Belopp i risk; kontrolleras om det anges.")


class RiskTable(CaseModel):
    """Funds at risk of repayment, per area, with totals."""

    rubrik_tilldelat: str = Field("Stimulansmedel", description="Rubrik för tilldelade medel.")
    rubrik_anvant: str = Field(
        "Genomförda/påbörjade aktiviteter", description="Rubrik på kolumnen för använda medel."
    )
    rubrik_risk: str = Field(
        "Stimulansmedel som riskerar att återbetalas", description="Rubrik för medel i risk."
    )
    rader: list[RiskRow] = Field(min_length=1, description="En rad per insatsområde.")
    summa: Amount | None = Field(None, description="Summa i risk; kontrolleras om den anges.")


class SplitParty(CaseModel):
    """A party in a split: a weight (key) or a fixed amount."""

    namn: str = Field(description="Parten, t.ex. 'Region Västernorrland'.")
    vikt: Weight | None = Field(None, description="Vikt, t.ex. befolkning (nyckel); "
                                "siffrorna får grupperas: 245 347.")
    belopp: Amount | None = Field(
        None, description="Fast belopp (metoden 'fasta'); med de andra metoderna en angiven "
        "del som kontrolleras mot den exakta uppdelningen."
    )


class Split(CaseModel):
    """A total split exactly between parties (largest remainder)."""

    namn: str = Field(description="Kort namn som text och avsnitt hänvisar med.")
    summa: Amount = Field(description="Summan som ska delas upp, i kronor.")
    metod: SplitMethod = Field(description="befolkning, vikter, lika eller fasta.")
    enhet: Amount = Field(1, description="Avrunda delarna till denna enhet (1 eller 1000 kr).")
    parter: list[SplitParty] = Field(min_length=1, description="Parterna, i ordning.")
    rest_till: str | None = Field(None, description="Med 'fasta': vem som får resten.")


class OnDuty(CaseModel):
    """'I tjänsten': who signs a tjänsteskrivelse."""

    namn: str = Field(description="Namn.")
    titel: str = Field(description="Titel, t.ex. 'Regiondirektör'.")


class Case(CaseModel):
    """A whole case file."""

    dokumenttyp: DocumentKind = Field(description="Vilket slags dokument som ska skapas.")
    organisation: str | None = Field(None, description="Profil, t.ex. 'region-dalarna'.")
    avsandare: list[str] = Field(
        default_factory=list,
        description="Rubrikrader: organisation, förvaltning, enhet (uppifrån och ned).",
    )
    beslutsorgan: str | None = Field(None, description="Det organ som beslutar.")
    datum: datetime.date = Field(description="Dokumentets datum (ÅÅÅÅ-MM-DD).")
    dnr: str = Field(description="Diarienummer, t.ex. 'HSN 2024/1732'.")
    titel: str = Field(description="Dokumentets rubrik.")
    avsnitt: list[Section] = Field(default_factory=list, description="Avsnitten i ordning.")
    fordelning: Allocation | None = Field(None, description="Områden, insatser, delposter.")
    forslag: Proposal | None = Field(None, description="Förslag till beslut.")
    beredande_organ: str | None = Field(
        None, description="Den grupp som berett ärendet, t.ex. 'Styrgruppen för LCHNV'."
    )
    beslut: Decision | None = Field(None, description="Beslutet (beslut per capsulam).")
    handelser: list[Event] = Field(
        default_factory=list, description="Daterade händelser som dokumentet redovisar."
    )
    undertecknare: list[Signatory] = Field(
        default_factory=list, description="Underskrifter (godkännande)."
    )
    signatursida: list[Signature] = Field(
        default_factory=list, description="Signatursidans rader, bara från en e-signeringstjänst."
    )
    medel: Funds | None = Field(None, description="Medel per område med summa.")
    risk: RiskTable | None = Field(None, description="Medel som riskerar att återbetalas.")
    uppdelningar: list[Split] = Field(default_factory=list, description="Exakta uppdelningar.")
    i_tjansten: OnDuty | None = Field(None, description="Underskrift 'I tjänsten'.")
    utdrag_till: list[str] = Field(default_factory=list, description="Vilka som får utdrag.")
