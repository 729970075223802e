"""Splits in a case file: a total divided exactly between parties."""

# No `from __future__ import annotations` here (see case.models): pydantic gets each field's
# type itself instead of a string it compiles and evaluates at import.

from typing import Any, Literal

from pydantic import Field, PrivateAttr, ValidatorFunctionWrapHandler, model_validator

from generator.case.model_base import CaseModel, LabelOrNo
from generator.case.money import Amount, Rate, SplitTotal, Weight, written_as_percent
from generator.case.table_models import RowName

NAMED_TOTAL = "belopp."
"""What a `summa` written as one of the case's amounts, or a share of one, holds ("belopp.ram
* 70 %", "70 % * belopp.ram"), as a `hogst` does (`compute.column_limits`); one in `{{ … }}`
is refused with how to write it (`money.SplitTotal`)."""
TABLE_TOTAL = "tabeller."
"""What a `summa` taken from a table holds, a column's total or a row's cell, or a share of
it ("tabeller.utokning.rader.feriearbete.kostnad", "tabeller.budget.kostnad * 70 %": trial
94, F8), named as text names it (`compute.split_order` computes the table first)."""

SplitMethod = Literal["befolkning", "vikter", "lika", "fasta"]


class SplitParty(CaseModel):
    """En part i en uppdelning, eller en grupp parter med samma vikt eller belopp."""

    namn: str | list[str] = Field(
        description="Partens namn, t.ex. 'Region Västernorrland', eller en lista med flera "
        "parter som får samma belopp: [Region Jämtland Härjedalen, Region Västerbotten]."
    )
    vikt: Weight | None = Field(
        None, description="Vikt, t.ex. befolkning (metoderna befolkning och vikter); "
        "siffrorna får grupperas: \"245 347\", decimaler skrivs med komma: \"1,5\", och en "
        "andel får skrivas i procent: \"70 %\". Är en vikt i procent ska alla vara det, och "
        "de ska bli exakt 100 % tillsammans. Texten kan nämna den som "
        "uppdelningar.<namn>.parter[i].vikt, skriven som i tabellen: '49 %'."
    )
    belopp: Amount | None = Field(
        None, description="Med metoden 'fasta': partens (eller varje gruppmedlems) belopp. "
        "Med de andra metoderna: en angiven del, som kontrolleras mot den exakta."
    )
    rad_namn: RowName | None = Field(
        None, description="Partens korta namn, ett ord som en tabellrads rad_namn (t.ex. "
        "'staten'), som en text hämtar partens belopp med, "
        "{{ uppdelningar.<uppdelning>.parter.staten.belopp }}, också när parterna byter "
        "ordning. Det syns inte i dokumentet. En grupp av parter har inget."
    )
    _percent: bool = PrivateAttr(False)

    @model_validator(mode="wrap")
    @classmethod
    def _note_percent(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> "SplitParty":
        """Keep whether the weight was written as a percentage ("70 %"), to show it so."""
        party: SplitParty = handler(data)
        party._percent = isinstance(data, dict) and written_as_percent(data.get("vikt"))
        return party

    @property
    def percent(self) -> bool:
        """Whether the weight was written as a percentage ("70 %")."""
        return self._percent


class Split(CaseModel):
    """En summa som delas exakt mellan parter (största rest)."""

    namn: str = Field(description="Kort namn som texten och avsnitten använder för uppdelningen.")
    summa: SplitTotal | None = Field(
        None,
        description="Summan som delas, i hela kronor, eller ett av ärendets belopp eller en "
        "andel av det, som räknas ut och avrundas till hela kronor: 'belopp.ram' eller "
        "'belopp.ram * 70 %' (procentsatser och tal gånger ett belopp under 'belopp', som i "
        "'hogst'), eller ett belopp i en tabell, skrivet som texten hämtar det men utan "
        "{{ }}: en kolumns summa, 'tabeller.budget.kostnad', eller en rads belopp, "
        "'tabeller.budget.rader.feriearbete.kostnad', också gånger en procentsats. Med "
        "'fasta' utan 'rest_till', och med 'per_vikt', räknas den ut och kontrolleras om den "
        "anges.",
    )
    metod: SplitMethod = Field(description="befolkning, vikter, lika eller fasta.")
    enhet: Amount = Field(1, description="Avrunda delarna till denna enhet i kr (1 eller 1000).")
    grundbelopp: Amount | None = Field(
        None,
        description="Med befolkning, vikter eller lika: ett belopp som varje part (varje "
        "gruppmedlem) får först, t.ex. 500 000; resten av summan fördelas efter metoden. "
        "Ett helt antal 'enhet'. Texten kan nämna uppdelningar.<namn>.grundbelopp, "
        "uppdelningar.<namn>.rest (det som fördelas efter metoden) och för varje part "
        "uppdelningar.<namn>.parter[i].grundbelopp, .fordelat (delen efter metoden) och "
        ".belopp (hela beloppet).",
    )
    per_vikt: Rate | None = Field(
        None,
        description="Med befolkning eller vikter i stället för 'summa': kronor per viktenhet, "
        "t.ex. 13280 (kr per mandat); varje part får per_vikt × vikt (och 'grundbelopp' om "
        "den anges) och summan räknas ut. Varje del ska bli ett helt antal 'enhet'. Anges "
        "'summa' ändå ska den vara lika med den uträknade. Texten kan nämna "
        "uppdelningar.<namn>.per_vikt.",
    )
    viktenhet: str | None = Field(
        None,
        description="Med 'per_vikt': vad en viktenhet är, i singular, så som det skrivs efter "
        "'per': 'viktenhet: aktiv medlem' ger 'fördelat med 100 kr per aktiv medlem'. Utan "
        "den tas ordet från 'rubrik_vikt' om rubriken är ett ord som är lika i singular och "
        "plural ('Mandat', 'Invånare'), med befolkning 'invånare', och annars skrivs 'per "
        "viktenhet (Aktiva medlemmar 7–20 år)'. 'metodtext' ersätter hela meningen.",
    )
    parter: list[SplitParty] = Field(
        min_length=1, description="Parterna i ordning. Texten kan nämna antalet, varje medlem "
        "i en grupp räknad, som uppdelningar.<namn>.antal_parter, gärna med '| i_ord': 'tolv'.")
    rest_till: str | None = Field(
        None,
        description="Med 'fasta': den part som får det som blir kvar av summan (står den "
        "bland parterna utan belopp visas den där, annars sist). Med befolkning, vikter och "
        "lika: en av parterna, som får summan minus de andra delarna, som var och en "
        "avrundas till 'enhet'; summan behöver då inte vara ett helt antal 'enhet' (inte med "
        "'per_vikt').",
    )
    metodtext: str | None = Field(
        None,
        description=(
            "Meningen före tabellen som säger hur summan delats (kolon läggs till om den inte "
            "slutar med punkt, kolon, frågetecken eller utropstecken); utan den skrivs t.ex. "
            "'Fördelat efter befolkningsandel' (med 'grundbelopp': 'Varje kommun får ett "
            "grundbelopp på 500 000 kr och resten, 6 400 000 kr, fördelas efter befolkningsandel'; "
            "med vikter och 'rubrik_vikt: Mandat' 'fördelas efter antal mandat', med vikter i "
            "kronor ('rubrik_vikt: Bidrag 2023 (kr)') 'fördelas i proportion till bidrag 2023', "
            "med vikter i procent 'efter procentandel' eller, när 'rubrik_vikt' är en andel, efter "
            "den: 'efter ägarandel', med 'per_vikt' 'fördelas med 13 280 kr per mandat', se "
            "'viktenhet'; med 'fasta' 'Medlen fördelas enligt följande', med 'rest_till' '…, där "
            "<parten> får det som återstår'), och \"\" tar bort den."
        ),
    )
    rubrik_part: str = Field("Part", description="Rubrik för kolumnen med parterna.")
    rubrik_vikt: str | None = Field(
        None,
        description="Med befolkning eller vikter: rubrik för en kolumn med vikterna, t.ex. "
        "'Mandat' eller 'Invånare', efter parten; totalraden visar vikternas summa, med "
        "vikter i procent 100 % med vikternas decimaler: '100,0 %'; texten kan nämna "
        "summan som uppdelningar.<namn>.vikt. Utan den visas inga vikter.",
    )
    rubrik_belopp: str = Field(
        "Belopp (kr)",
        description="Rubrik för beloppskolumnen (med 'grundbelopp': partens hela belopp). "
        "Enheten läggs till som i andra tabeller: 'Medlemsbidrag' blir 'Medlemsbidrag (kr)', "
        "men en rubrik som redan nämner kr står som den är.",
    )
    rubrik_grundbelopp: str = Field(
        "Grundbelopp (kr)",
        description="Med 'grundbelopp': rubrik för grundbeloppens kolumn ('(kr)' läggs till "
        "som i 'rubrik_belopp').",
    )
    rubrik_fordelat: str | None = Field(
        None,
        description="Med 'grundbelopp': rubrik för kolumnen med det som fördelats efter "
        "metoden ('(kr)' läggs till som i 'rubrik_belopp'); utan den t.ex. 'Efter "
        "befolkningsandel (kr)'.",
    )
    totalt: LabelOrNo = Field(
        "Totalt", description="Rubrik för totalraden; false = ingen totalrad."
    )
    _named_total: str | None = PrivateAttr(None)

    @model_validator(mode="wrap")
    @classmethod
    def _note_named_total(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> "Split":
        """Keep a `summa` written as one of the case's amounts ("belopp.ram * 70 %") or a
        table's figure aside, to be worked out where the case's amounts and tables are known
        (`compute.split_totals`)."""
        written = data.get("summa") if isinstance(data, dict) else None
        named = written.strip() if isinstance(written, str) and "{{" not in written and (
            NAMED_TOTAL in written or TABLE_TOTAL in written) else None
        split: Split = handler(data if named is None else
                               {key: value for key, value in data.items() if key != "summa"})
        split._named_total = named
        return split

    @property
    def named_total(self) -> str | None:
        """The `summa` as written where it is one of the case's amounts or a table's figure,
        or a share of one ("belopp.ram * 70 %"), else None."""
        return self._named_total
