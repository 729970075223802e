"""The tables of a case file: the general table, and the seeds' allocation, funds and risk.

Amounts in the seeds' tables are whole kronor (`Amount`). In a general table (`Tabell`) the
amounts are written in the table's unit (`enhet`: kr, tkr, mnkr, mdkr) and read when the
table is computed, so that every message can speak that unit.
"""

# No `from __future__ import annotations` here (see case.models): pydantic gets each field's
# type itself instead of a string it compiles and evaluates at import.

import re
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)

from generator.case.model_base import CaseModel, LabelOrNo, YesNo, empty_list
from generator.case.money import Amount, Unit

CellValue = int | Decimal | str
AS_WRITTEN = "som skrivet"
"""A number column's `decimaler` for each number shown as it is written (trial 53, F2)."""


def _as_written(value: object) -> object:
    """'som skrivet' in any letter case and spacing as AS_WRITTEN; other words refused."""
    if not isinstance(value, str) or value.strip().isdigit():
        return value
    if " ".join(value.split()).lower() == AS_WRITTEN:
        return AS_WRITTEN
    raise ValueError(f"'{value.strip()}' är inget antal decimaler, skriv 0, 1, 2 eller 3 (i en "
                     f"kolumn med 'typ: tal' också '{AS_WRITTEN}')")


Decimals = Annotated[int | Literal["som skrivet"], BeforeValidator(_as_written)]
"""A column's decimals (0–3), or, for a number column, AS_WRITTEN."""
"""A value in a general table's row: text, an amount in the table's unit, or a number."""


class SubItem(CaseModel):
    """En delpost i en insats; delposterna summeras till insatsens belopp."""

    text: str = Field(description="Vad delposten avser, t.ex. 'Utvecklingsledare samsjuklighet'.")
    belopp: Amount = Field(description="Delpostens belopp i hela kronor, t.ex. 425000.")
    ansvar: str = Field("", description="Vem som ansvarar för eller tar emot delposten.")


class Row(CaseModel):
    """En insats i ett områdes tabell."""

    insats: str = Field(description="Insatsens namn (första kolumnen).")
    belopp: Amount | None = Field(
        None,
        description="Belopp i hela kronor. Räknas ut från 'delposter' när de finns; anges båda "
        "kontrolleras beloppet mot delposterna.",
    )
    syfte: str = Field("", description="Syfte och mål (vanlig text).")
    ansvar: str = Field("", description="Ansvar/mottagare.")
    delposter: list[SubItem] = Field(
        default_factory=empty_list, description="Delposter som tillsammans blir insatsens belopp."
    )

    @model_validator(mode="after")
    def _amount_or_parts(self) -> Self:
        """Require an amount, or parts to compute it from."""
        if self.belopp is None and not self.delposter:
            raise ValueError("insatsen saknar belopp, ange belopp eller delposter")
        return self


class Area(CaseModel):
    """Ett utvecklingsområde med sina insatser."""

    namn: str = Field(description="Områdets namn; rubrik och rad i sammanställningen.")
    summa: Amount | None = Field(
        None, description="Områdets summa som den anges; kontrolleras mot insatserna."
    )
    insatser: list[Row] = Field(min_length=1, description="Områdets insatser.")


class Allocation(CaseModel):
    """Fördelningen: områden, deras insatser och totalen (som i seed 002)."""

    summa: Amount | None = Field(
        None, description="Totalen som den anges; kontrolleras mot områdena."
    )
    omradesrubrik: str = Field(
        "Utvecklingsområde", description="Rubrik för första kolumnen i sammanställningen."
    )
    omraden: list[Area] = Field(min_length=1, description="Områdena i dokumentets ordning.")


class FundsItem(CaseModel):
    """Medel för ett område eller ändamål."""

    namn: str = Field(description="Området eller ändamålet.")
    belopp: Amount = Field(description="Belopp i hela kronor.")


class Funds(CaseModel):
    """Medel per område med uträknad total (lägesbeskrivning, tjänsteskrivelse)."""

    rubrik: str = Field("Område", description="Rubrik för första kolumnen.")
    kolumnrubrik: str = Field("Belopp (kr)", description="Rubrik för beloppskolumnen.")
    summa: Amount | None = Field(
        None, description="Totalen som den anges; kontrolleras mot posterna."
    )
    poster: list[FundsItem] = Field(min_length=1, description="Områdena och deras belopp.")


class RiskRow(CaseModel):
    """Tilldelat − använt = riskerar återbetalning, för ett område."""

    insatsomrade: str = Field(description="Området.")
    beskrivning: list[str] = Field(
        default_factory=empty_list, description="Vad som gjorts (punkter efter områdets namn)."
    )
    tilldelat: Amount = Field(description="Tilldelade medel i hela kronor.")
    anvant: list[Amount] = Field(
        default_factory=empty_list, description="Använda eller intecknade belopp; summeras."
    )
    risk: Amount | None = Field(
        None, description="Belopp som riskerar återbetalning som det anges; kontrolleras."
    )


class RiskTable(CaseModel):
    """Medel som riskerar att återbetalas, per område, med totaler."""

    rubrik: str = Field("Insatsområde", description="Rubrik för första kolumnen.")
    rubrik_tilldelat: str = Field("Stimulansmedel", description="Rubrik för kolumnen tilldelat.")
    rubrik_anvant: str = Field(
        "Genomförda/påbörjade aktiviteter", description="Rubrik för kolumnen använt."
    )
    rubrik_risk: str = Field(
        "Stimulansmedel som riskerar att återbetalas",
        description="Rubrik för kolumnen risk (tilldelat − använt). Med en egen rubrik, t.ex. "
        "Kvar, nämns tabellen i felmeddelanden med sina egna rubriker, och i beslut visa med "
        "rubriken på avsnittet som visar den.",
    )
    rader: list[RiskRow] = Field(min_length=1, description="En rad per område.")
    summa: Amount | None = Field(
        None, description="Summan som riskerar återbetalning som den anges; kontrolleras."
    )

    @property
    def renamed(self) -> bool:
        """Whether the case names the risk column otherwise (`rubrik_risk: Kvar`): then
        messages and `beslut visa` name the table by the case's own headings."""
        default: str = type(self).model_fields["rubrik_risk"].default
        return self.rubrik_risk != default


COLUMN_KINDS = ("text", "belopp", "antal", "tal", "andel", "forandring", "kvot", "datum")
CHANGE = "forandring"
RATIO = "kvot"
PREVIOUS_ROW = "foregaende_rad"
"""What a change column's `fran` is for the change from the row above (trial 51, F4)."""
"""A ratio column's kind (`typ: kvot`): one column in percent of another on each row, as
"Utfall i % av budget" (trial 40, F8); computed as a change is, from `namnare` to `taljare`."""
COUNT = "antal"
"""A count column's kind (`typ: antal`): numbers without a unit (mandat, invånare, platser),
summed on the total and subtotal rows as amounts are, never money."""
DATE = "datum"
"""A date column's kind (`typ: datum`): a date (ÅÅÅÅ-MM-DD) or nothing in each cell, checked,
printed as a date and never summed (trial 59, F8: a sammanträdesplan's meeting days)."""
SUMMED = ("belopp", COUNT)
"""The kinds of column summed on the total row and on subtotal rows."""
"""A change column's kind as the case format spells it (ASCII, as every key and value of
the format is: tjansteskrivelse, anvant); `förändring`, as a secretary writes it, is read
as the same."""


def _ascii_kind(value: Any) -> Any:
    """`typ: förändring` is `typ: forandring` (one kind, two spellings)."""
    return CHANGE if isinstance(value, str) and value.strip() == "förändring" else value


ColumnKind = Annotated[
    Literal["text", "belopp", "antal", "tal", "andel", "forandring", "kvot", "datum"],
    BeforeValidator(_ascii_kind),
    WithJsonSchema({"enum": [*COLUMN_KINDS, "förändring"], "type": "string"}),
]


Rounding = Literal["nedat", "uppat", "ore", "krona", "femtal", "tiotal", "hundratal"]
"""How an amount column's figures are rounded (`avrunda`): down, up, to öre, to whole kronor
or to the nearest 5, 10 or 100 kronor."""


class TableColumn(CaseModel):
    """En kolumn: text, belopp, antal, tal, uträknad andel, förändring, kvot eller datum,
    med rubrik."""

    namn: str = Field(description="Kolumnens nyckel i raderna, t.ex. 'kommun' eller 'belopp'.")
    rubrik: str | None = Field(
        None, description="Kolumnens rubrik; utan rubrik används namnet med stor bokstav."
    )
    typ: ColumnKind = Field(
        "text",
        description="'text', 'belopp' (högerställda belopp i tabellens enhet, summeras; i kr "
        "får ett belopp ha ören, högst två decimaler, t.ex. \"8,40\"; har något belopp i "
        "kolumnen ören visas alla kolumnens belopp med två decimaler, som i en prislista: 100 "
        "bredvid \"1,65\" som 100,00 (\"8,00\" räknas som ett belopp med ören), och en kolumn "
        "med bara hela kronor visas utan decimaler, 42 som 42; en summa eller "
        "formel visar två decimaler när ett belopp den räknas ut från har det (ett belopp med ören "
        "som bara står i formeln, som 1,46 i 'langd * 1,46', när någon produkt har ören: 219 "
        "för 150 * 1,46); i texten skrivs "
        "ett belopp utan ören som är noll: 38 584 kr för 38 584,00), "
        "'antal' (högerställda tal utan enhet som summeras i totalraden och delsummorna, t.ex. "
        "mandat, invånare eller platser; skrivs som 'tal' men utan procent och med högst tre "
        "decimaler; tabellens 'enhet' gäller inte dem och rubriken får ingen enhet; en angiven "
        "summa skrivs per kolumn, t.ex. summa: {mandat: 31}; en formel kan inte lägga ihop "
        "dem med belopp, bara multiplicera dem med ett belopp; en antalskolumn kan själv ha "
        "en formel som lägger ihop och drar ifrån andra antalskolumner), 'tal' (högerställda "
        "tal som inte summeras om inte 'summeras: ja' står, t.ex. kr/invånare, invånare eller "
        "procent; skrivs som 1250, \"1 250\" eller \"12,5\", procent som \"12,5 %\"; en kolumn har "
        "procent i alla celler eller i ingen), 'andel' (räknas ut: varje rads andel i "
        "procent av beloppskolumnen eller antalskolumnen som 'av' anger, avrundad så att "
        "andelarna blir exakt 100 %; raderna har inga värden i kolumnen), 'forandring' "
        "(även 'förändring'; "
        "räknas ut: förändringen i procent från beloppskolumnen 'fran' till 'till' på varje "
        "rad, delsummerad rad och totalrad, t.ex. Budget 2024 → Budget 2025) eller 'kvot' "
        "(räknas ut: beloppskolumnen 'taljare' i procent av 'namnare' på varje rad, "
        "delsummerad rad och totalrad, t.ex. Utfall i % av budget) eller 'datum' (ett datum "
        "ÅÅÅÅ-MM-DD i varje cell, eller ingenting, t.ex. 2025-03-18; ett datum som inte finns "
        "eller något annat än ett datum är ett fel; vänsterställs som text, summeras aldrig "
        "och skrivs som datum skrivs i tabeller, 2025-03-18, eller med 'datumform: text' som "
        "18 mars 2025; se också 'fore'). En kolumn "
        "utan typ med bara tal ger en varning (inte en med årtal, klockslag eller platser i "
        "en lista: 1, 2, 3 … i radernas ordning, eller hela tal under rubriken Nr, Nummer, "
        "Löpnummer, Plats eller Ordning); skriv 'typ: text' om den ska vara text. En "
        "tabell utan beloppskolumn summeras inte: anger den 'summa' eller 'delsumma', eller "
        "hänvisar texten till dess summa, är en kolumn med bara tal ett fel (skriv 'typ: "
        "belopp'). En tal-kolumn med andelar i procent av en beloppskolumn ger en varning: "
        "skriv 'typ: andel' så följer de beloppen.",
    )
    av: str | None = Field(
        None,
        description="För 'typ: andel': beloppskolumnen, eller antalskolumnen ('typ: antal', "
        "t.ex. platser), som andelarna räknas av, t.ex. 'belopp'. Underrader får sin andel av "
        "tabellens total.",
    )
    decimaler: Decimals | None = Field(
        None,
        description="För 'typ: andel', 'typ: forandring' och 'typ: kvot': antal decimaler i "
        "procenten, 0–3 (utan den 1: 7,5 %). För 'typ: tal': antal decimaler som talen visas "
        "med, 0–3, avrundade, eller 'som skrivet': varje tal med de decimaler det skrivs med "
        "(3 timmar och 1,5 timmar som 3 och 1,5). Utan den så många som det mest exakta talet "
        "i kolumnen har, \"4,2\" över \"1,35\" som 4,20 över 1,35; procent som de skrivs. "
        "Med 'summeras: ja' är totalen summan av talen som de visas.",
    )
    fran: str | None = Field(
        None,
        description="För 'typ: forandring': beloppskolumnen (eller antalskolumnen) som "
        "förändringen räknas från, t.ex. 'budget24'. Förändringen är (till − från) / från × 100, "
        "avrundad till 'decimaler' (5 avrundas uppåt, bort från noll); en rad vars belopp i "
        "'fran' är 0 eller saknas visar –. Ett negativt belopp räknas som det står: −100 "
        "till −110 är +10,0 % (beloppet har vuxit). Angivna värden i kolumnen (\"12,5 %\") "
        "kontrolleras med de decimaler de skrivs med. 'foregaende_rad' ger förändringen från "
        "raden ovanför i kolumnen 'till', t.ex. från årets pris till nästa års (2 561 → "
        "2 953 = 15,3 %); den första raden och totalraden lämnas tomma.",
    )
    till: str | None = Field(
        None,
        description="För 'typ: forandring': beloppskolumnen (eller antalskolumnen, om 'fran' "
        "är en) som förändringen räknas till, t.ex. 'budget25'.",
    )
    taljare: str | None = Field(
        None,
        description="För 'typ: kvot': beloppskolumnen (eller antalskolumnen) som räknas i "
        "procent av 'namnare', t.ex. 'utfall'. Kvoten är taljare / namnare × 100, avrundad "
        "till 'decimaler' (5 avrundas uppåt, bort från noll), på totalraden och de "
        "delsummerade raderna av deras summor (aldrig ett medelvärde av radernas procent); en "
        "rad vars belopp i 'namnare' är 0 eller saknas visar –. Angivna värden i kolumnen "
        "(\"33,5 %\") kontrolleras med de decimaler de skrivs med.",
    )
    namnare: str | None = Field(
        None,
        description="För 'typ: kvot': beloppskolumnen (eller antalskolumnen, om 'taljare' är "
        "en) som kvoten räknas av, t.ex. 'budget'.",
    )
    formel: str | None = Field(
        None,
        description="För en uträknad antalskolumn: andra antalskolumner med + och −, t.ex. "
        "'dos1 + dos2 + dos3', räknade exakt. "
        "För en uträknad beloppskolumn: andra beloppskolumner med + och −, "
        "t.ex. 'tilldelat - anvant', och produkter av en kolumn och ett tal eller ett av "
        "ärendets belopp med *: en beloppskolumn gånger ett tal, t.ex. 'manad * 12', och en "
        "tal- eller antalskolumn gånger ett belopp under 'belopp:', t.ex. "
        "'andel * belopp.riksdagsarvode', eller gånger ett belopp i tabellens enhet, t.ex. "
        "'platser * 1 250,50' (decimalkomma), eller gånger en beloppskolumn i samma tabell, "
        "radens pris, t.ex. 'timmar * timavgift' (skriv 'summeras: nej' i priskolumnen); "
        "en produkt har högst fyra led och högst ett belopp, t.ex. "
        "'antal * belopp.per_person * 12' eller 'platser * pris * 12'. En beloppskolumn kan "
        "delas med / med ett tal större än noll, t.ex. 'ar / 12', eller med en tal- eller "
        "antalskolumn i samma tabell, radens eget tal, t.ex. 'ar / dagar' (en rad med belopp "
        "men utan tal, eller med 0, är ett fel; \"–\" i talets cell ger \"–\"), eller med "
        "båda, t.ex. 'utrymme / anstallda / 12'; så kan också en produkt, med divisionen sist, "
        "t.ex. 'yta * pris / 12'. Ett av ärendets belopp kan också läggas till eller dras "
        "ifrån ensamt, samma på varje rad, t.ex. en grundavgift: "
        "'belopp.grundavgift + tomningar * pris' eller 'inkomst - belopp.minimibelopp - "
        "boende', också gånger eller delat med tal, t.ex. '12 * belopp.manadsavgift + antal "
        "* pris' eller 'belopp.arsavgift / 12 + antal * pris'; det räknas exakt och avrundas "
        "med radens produkt, en gång. Ett fast belopp skrivs under 'belopp:' med ett namn, "
        "inte som ett tal ensamt i formeln. Är formeln bara ett av ärendets belopp, t.ex. "
        "'belopp.driftstod_per_ar', har varje rad det beloppet (utan att det skrivs på raden) "
        "och summeras som vanligt; ett annat belopp skrivet på en rad är ett fel. "
        "Procent räknas som andel: 4 % är 0,04, också i formeln: 'underlag * 30 %' är "
        "'underlag * 0,3'. Inom { } skrivs en formel med decimalkomma inom citattecken, "
        "t.ex. formel: \"underlag * 0,3\". En summa av beloppskolumner inom parentes "
        "multipliceras eller delas som en beloppskolumn, t.ex. '(summa + admin) * 6 %' eller "
        "'(ar + tillagg) / 12'; en parentes per led, inte inom en annan (räkna annars "
        "summan i en egen kolumn). Varje produkt och kvot avrundas på sin rad "
        "till hela kronor (hela enheter i tkr eller mnkr), eller till ören när kolumnens "
        "angivna belopp eller beloppen den multiplicerar eller delar har ören; 5 "
        "avrundas uppåt. Produkter som bara skiljer sig i beloppskolumnen, som "
        "'summa * 6 % + admin * 6 %', läggs ihop och avrundas en gång, som "
        "'(summa + admin) * 6 %'. En formel som räknar med en annan formelkolumn räknar med "
        "dess belopp som tabellen visar det, avrundat (271 kr × 125 % = 339 kr, där 270,67 kr "
        "× 125 % är 338 kr); ska raden räknas från det exakta beloppet, som i ett kalkylblad, "
        "skriv formeln i ett, t.ex. 'tid * belopp.timersattning * 125 % / 60' (en varning "
        "visar det när formeln tar en andel av kolumnen och beloppen skiljer sig). "
        "Totalraden och delsummorna är radernas summa. Angivna värden i "
        "kolumnen kontrolleras. En kolumn med 'typ: tal' kan också ha en formel: produkter och "
        "summor av tabellens tal- och antalskolumner och tal, utan belopp, t.ex. riskvärdet "
        "'s * k' (sannolikhet × konsekvens); talet räknas ut exakt, utan avrundning och enhet, "
        "visas som kolumnens andra tal och angivna tal kontrolleras (procent räknas som andel, "
        "men har varje led precis en procentsats blir talet procent; ett tal får stå ensamt "
        "som ett led, också i procent, t.ex. andelen som betalas efter en rabatt: "
        "'100 % - rabatt').",
    )
    minst: CellValue | None = Field(
        None,
        description="För 'typ: belopp': det lägsta belopp kolumnen får ha på en rad, i "
        "tabellens enhet, eller ett av ärendets belopp, t.ex. 'minst: belopp.grundbelopp'. "
        "'minst: 0' när beloppet inte får vara negativt, t.ex. det som blir "
        "kvar i en fond efter utdelningen (formel: utdelningsbart - utdelas). En rad (utan "
        "underrader) med ett lägre belopp, skrivet eller uträknat, är ett fel som nämner raden "
        "och beloppet. För 'typ: kvot' och 'typ: andel': den lägsta procentsatsen en rad får "
        "ha, t.ex. 'minst: \"25 %\"'.",
    )
    hogst: CellValue | None = Field(
        None,
        description="För 'typ: belopp': det högsta belopp kolumnen får ha på en rad, i "
        "tabellens enhet, eller ett av ärendets belopp, t.ex. en maxtaxa: 'formel: inkomst * "
        "3 %' med 'hogst: 1688' eller 'hogst: belopp.maxtaxa' för \"3 % av inkomsten, men "
        "högst 1 688 kr\". I en kolumn med 'formel' får en rad vars uträknade belopp är "
        "högre det högsta beloppet i stället, ett angivet belopp kontrolleras mot det och "
        "totalraden och delsummorna summerar radernas belopp; i en kolumn utan "
        "'formel' är ett högre belopp ett fel som nämner raden och beloppet. Med både "
        "'minst' och 'hogst' får 'minst' inte vara högre än 'hogst'. Har raderna olika "
        "tak: namnet på en annan beloppskolumn utan formel med varje rads tak, t.ex. "
        "'hogst: tak' (skriv 'summeras: nej' i den kolumnen). Ett tak som räknas ut skrivs "
        "som antal och procentsats gånger ett av ärendets belopp, t.ex. 'hogst: \"5 * 15 % * "
        "belopp.grundbelopp\"' för \"för högst fem mandat\", delat sist med ett tal när regeln "
        "delar, t.ex. 'hogst: \"53,92 % * belopp.pbb2024 / 12\"' för maxtaxan; det avrundas "
        "till hela kronor. "
        "För 'typ: kvot' och 'typ: andel': den högsta procentsatsen en rad får ha, t.ex. "
        "'hogst: \"50 %\"' eller 'hogst: belopp.stodandel'; en rad med högre är ett fel.",
    )
    avrunda: Rounding | None = Field(
        None,
        description="För 'typ: belopp' med en formel som multiplicerar eller delar: hur "
        "beloppet avrundas, 'nedat' eller 'uppat', när källan säger så, t.ex. 'formel: vuxen "
        "* 70 %' med 'avrunda: nedat' för \"70 % av vuxenpriset, avrundat nedåt\" (105 kr "
        "blir 73 kr), alltid till hela kronor (hela tkr eller mnkr i en tabell i den enheten), "
        "även när ett belopp i formeln har ören (187,50 kr blir 131 kr). Standard är vanlig "
        "avrundning, där en halv krona avrundas uppåt. Ett "
        "angivet belopp kontrolleras mot det avrundade, så ett skrivfel på en krona syns; "
        "'avrundat: true' i tabellen tillåter i stället källans egen avrundning per belopp. "
        "'ore' avrundar till hela ören i en tabell i kr (5 öre uppåt) och visar varje belopp i "
        "kolumnen med ören, t.ex. 'formel: pris * 37 %' med 'avrunda: ore' för 8,14 kr av "
        "22 kr, också när priserna är hela kronor. 'femtal', 'tiotal' och 'hundratal' "
        "avrundar radens belopp till närmaste 5, 10 eller 100 kronor i en tabell i kr (en "
        "halv uppåt), hela formelns belopp en gång, t.ex. 'formel: gammal + gammal * "
        "belopp.index' med 'avrunda: tiotal' för \"avrundas till närmaste hela tiotal "
        "kronor\" (650 kr + 3,6 % = 673,40 kr blir 670 kr). 'krona' avrundar på samma sätt "
        "till hela kronor, också när ett belopp i formeln har ören, t.ex. 'formel: timmar * "
        "belopp.per_timme' med per_timme \"8,50\" för ett bidrag som betalas i hela kronor "
        "(2 035 timmar blir 17 298 kr, inte 17 297,50 kr).",
    )
    lagst: CellValue | None = Field(
        None,
        description="För 'typ: belopp': det lägsta belopp en rad får, i "
        "tabellens enhet, eller ett av ärendets belopp, t.ex. en egenavgift: 'formel: andel "
        "* taxameter' med 'lagst: 50' eller 'lagst: belopp.lagsta' för \"35 procent av "
        "taxameterbeloppet, dock lägst 50 kr\". En rad vars uträknade belopp är lägre får "
        "det lägsta beloppet i stället, ett angivet belopp kontrolleras mot det och "
        "totalraden och delsummorna summerar radernas belopp; i en kolumn utan 'formel' är "
        "ett lägre belopp ett fel, som med 'minst'. 'lagst' får inte vara högre än 'hogst'. "
        "('minst' höjer inget belopp: ett lägre belopp är ett fel, t.ex. en fond som inte "
        "får bli negativ.) För 'typ: kvot' och 'typ: andel' kontrollerar den en lägsta "
        "procentsats som 'minst'.",
    )
    summeras: YesNo = Field(
        True,
        description="För 'typ: belopp': nej när kolumnen inte ska summeras, t.ex. ett "
        "månadsarvode bredvid årsarvodet som totalraden summerar. Kolumnens celler på "
        "totalraden och de delsummerade raderna är då tomma, och kolumnen har ingen summa som "
        "texten kan hänvisa till eller 'summa' kan ange. Standard är ja. För 'typ: tal': ja "
        "när talen ska summeras, t.ex. en ägarfördelning i procent som blir 100,00 på "
        "totalraden; talen (med procent eller utan, högst tre decimaler) summeras då exakt i "
        "totalraden och delsummorna, och en angiven summa kontrolleras, t.ex. summa: {agare: "
        "\"100,00\"}. Utan 'summeras: ja' summeras 'typ: tal' aldrig. (Antal, som platser "
        "eller invånare, skrivs med 'typ: antal'.)",
    )
    datumform: Literal["iso", "text"] | None = Field(
        None,
        description="För 'typ: datum': 'iso' skriver datumen som 2025-03-18, som datum skrivs i "
        "tabeller och i dokumentets huvud (standard); 'text' som i löpande text, 18 mars 2025.",
    )
    fore: str | None = Field(
        None,
        description="För 'typ: datum': en annan datumkolumn i tabellen vars datum varje datum i "
        "den här kolumnen ska vara före på samma rad, t.ex. 'fore: mote' i kolumnen 'sista' "
        "(sista dag för ärenden före sammanträdet). En rad där datumet inte är före är ett fel "
        "som nämner raden och båda datumen; en rad där något av dem saknas kontrolleras inte.",
    )
    visa_tom: YesNo = Field(
        False,
        description="Ja när kolumnen ska skrivas ut också när ingen rad fyller i den, t.ex. "
        "de fasta kolumnerna i en delegationsordning. Standard är nej: en kolumn som ingen rad "
        "fyller i skrivs inte ut.",
    )
    plustecken: YesNo = Field(
        False,
        description="För 'typ: belopp' och 'typ: forandring': ja när ett positivt belopp "
        "eller en positiv förändring ska skrivas med plustecken, som i en tabell över "
        "förändringar: +100 under −100. Gäller raderna, delsummorna och totalraden, i "
        "dokumentet och i beslut visa; 0 skrivs utan tecken och ett negativt belopp med "
        "minustecken som vanligt. Standard är nej: +100 skrivs 100.",
    )

    @property
    def heading(self) -> str:
        """The column's heading as the case gives it: `rubrik`, else the name with a capital
        (without the table's unit)."""
        return self.rubrik if self.rubrik is not None else self.namn[:1].upper() + self.namn[1:]

    @property
    def totalled(self) -> bool:
        """Whether the column has a figure on the total row: an amount column that is summed,
        or a count column. A table without one prints no total row (trial 44, F2)."""
        return self.typ == COUNT or (self.typ == "belopp" and self.summeras) \
            or self.summed_numbers

    @property
    def summed_numbers(self) -> bool:
        """Whether the column is a number column the case asks to sum (`typ: tal` with
        `summeras: ja`): a key in percent that adds up to 100,00 on the total row, checked
        against a stated total (trial 57, F3). Its numbers are summed as counts are."""
        return self.typ == "tal" and self.summeras and "summeras" in self.model_fields_set


EMPTY_SUBTOTAL = (
    "en tom rubrik ger ingen delsummerad rad; skriv rubriken, t.ex. delsumma: Summa, eller "
    "delsumma: nej för en grupprubrik utan delsumma (utan delsumma står gruppens summa på "
    "raden och underraderna som 'varav')")


def _some_subtotal(value: str | Literal[False]) -> str | Literal[False]:
    """Refuse `delsumma: ""`, which would name no row and is no 'nej' either."""
    if value is not False and not value.strip():
        raise ValueError(EMPTY_SUBTOTAL)
    return value


SubtotalLabel = Annotated[LabelOrNo, AfterValidator(_some_subtotal)]
"""A group's subtotal label, or false ('nej') for a heading without a subtotal."""


def _short_name(value: str) -> str:
    """A row's short name (`rad_namn`): one word of letters, digits and '_', as a column's
    name, that a row's formula can write between + and −."""
    if not re.fullmatch(r"\w+", value.strip()):
        raise ValueError(f"'{value}' är inget kort namn: skriv ett ord utan mellanslag, t.ex. "
                         "rad_namn: ram, som en rads formel räknar med (rad_formel: ram - "
                         "fordelat)")
    if not value.strip()[0].isalpha():
        raise ValueError(f"'{value}' är inget kort namn: börja med en bokstav, t.ex. rad_namn: "
                         f"a{value.strip().lstrip('_')}; ett namn av siffror läses som ett tal i "
                         "en formel och som radens plats i en hänvisning (rader.2 är rader[2])")
    return value.strip()


RowName = Annotated[str, AfterValidator(_short_name)]
"""A row's short name, which another row's formula names it by."""


class TableRow(CaseModel):
    """En rad: ett värde per kolumn (kolumnens namn som nyckel), och ev. underrader. En
    cell i en beloppskolumn kan hämta sitt belopp från en annan tabell eller från ett
    belopp under 'belopp', med en hänvisning som i en text, inom citattecken:
    "{{ tabeller.norm.a7_10 }}" (kolumnens summa), "{{ tabeller.norm.rader[0].a7_10 }}" (en
    rads belopp, raderna räknas från 0), "{{ tabeller.norm.rader.mat.a7_10 }}" (beloppet på
    raden med rad_namn: mat), "{{ belopp.grundbelopp }}" eller en del av en
    uppdelning, "{{ uppdelningar.bidrag.parter[0].belopp }}". Beloppet visas i
    tabellens enhet och summeras som ett skrivet belopp; en tabell kan inte hämta från sig
    själv eller från en tabell som hämtar från den. En beloppscell kan också ha ett ord:
    "–" för inget belopp (räknas som en tom cell) eller, för en avgift som är noll, "Gratis",
    "Avgiftsfri(tt)", "Kostnadsfri(tt)" eller "Ingen avgift", gärna med villkoret efter
    ("Gratis vid instrumentalundervisning"): räknas som 0 kr och visas som det skrivs."""

    model_config = ConfigDict(extra="allow")

    rader: list["TableRow"] = Field(
        default_factory=empty_list,
        description="Underrader; radens belopp räknas då ut som deras summa (angivna belopp "
        "kontrolleras).",
    )
    delsumma: SubtotalLabel | None = Field(
        None,
        description="Rubrik för en delsummerad rad efter underraderna, t.ex. 'Summa kommuner'. "
        "Utan den visas radens summa på raden och underraderna som 'varav'. En rad med "
        "delsumma men utan egen text (t.ex. mottagare: \"\") får ingen grupprubrik, bara "
        "underraderna och delsumman. 'nej' (eller false) gör raden till en grupprubrik utan "
        "belopp över sina underrader, utan delsummerad rad och utan 'varav', som en nämnd med "
        "en enda rad i en budget; totalen räknar ändå med underraderna. En sådan grupp står "
        "överst i tabellen, inte under en annan rad, och har inga grupper under sig.",
    )
    fast_belopp: YesNo = Field(
        False,
        description="Ange ja för en rad med fasta belopp som en kolumns 'formel' inte räknar "
        "ut, t.ex. 'Resor egen bil' med 29 kr i en tabell där de andra raderna är andel × "
        "riksdagsarvode: där raden saknar formelns tal står beloppet som det är skrivet, utan "
        "varning. Utan den står beloppet också kvar, men med en varning om att formeln inte "
        "kontrollerar det. Ett belopp som formeln räknar ut men som det fattade beslutet "
        "anger annorlunda (6 445 kr där 77 329 / 12 ger 6 444 kr) står också som det är "
        "skrivet på en rad med 'fast_belopp: ja', okontrollerat (utan den är det ett fel).",
    )
    summeras: YesNo = Field(
        True,
        description="nej för en rad med tal som inte är belopp, t.ex. 'Antal årsarbetare' "
        "under personalkostnaderna i en tabell i tkr: radens tal står som du skriver dem, "
        "med sina egna decimaler och utan att ändra kolumnens, räknas inte in i totalen "
        "eller någon delsumma, och är inga belopp som texten kontrolleras mot. Standard är ja.",
    )
    rad_namn: RowName | None = Field(
        None,
        description="Radens korta namn, ett ord som en kolumns namn (t.ex. 'ram'), som en "
        "annan rads formel ('rad_formel') räknar med och som en text eller en cell i en annan "
        "tabell hämtar raden med, {{ tabeller.<tabell>.rader.ram.<kolumn> }}, också när rader "
        "läggs till ovanför den. Det syns inte i dokumentet.",
    )
    rad_formel: str | None = Field(
        None,
        description="Räknar ut radens belopp och antal ur andra rader i tabellen: deras korta "
        "namn ('rad_namn') med + och −, t.ex. rad_formel: ram - fordelat för 'Kvar att "
        "fördela', eller en enda rad gånger eller delat med ett tal, t.ex. rad_formel: "
        "maxdag / 8 (beloppen avrundade till hela kronor). Varje belopps- och antalskolumn "
        "räknas ut så, exakt; belopp som du skriver "
        "i raden kontrolleras. Raden räknas inte in i totalen eller i en delsumma, och står "
        "den sist i tabellen står den under totalraden, som 'Netto' under intäkter och "
        "kostnader. Ett avdrag, t.ex. rad_formel: \"-lov * 20 %\" för en reducerad avgift, "
        "dras alltså inte heller från totalen: ska totalen räkna med avdraget, skriv "
        "'totalt: false' i tabellen och totalen som en sista rad med rad_formel, t.ex. "
        "rad_formel: lov + start + red, och nämn den i texten som "
        "tabeller.<tabell>.rader.<rad_namn>.<kolumn>, inte tabeller.<tabell>.summa (ett fel "
        "säger det). En rad som lägger ihop och drar ifrån rader är ett resultat och står i "
        "fetstil som en summarad; en rad gånger eller delat med ett tal står i vanlig stil.",
    )
    markerad: YesNo = Field(
        False,
        description="Ja för en rad som ska framhävas, som en rad som källan har gulmarkerat: "
        "raden skrivs med grå bakgrund i Word och med fet text i textkolumnerna. Säg i "
        "texten vad markeringen betyder, t.ex. 'Markerade rader är nya satsningar.'",
    )

    @model_validator(mode="after")
    def _numbers_without_rows(self) -> Self:
        """Refuse `summeras: nej` on a group: its figures are its rows' sum."""
        if not self.summeras and self.rader:
            raise ValueError("'summeras: nej' gör en rad till en rad med tal, men den här "
                             "raden har underrader som summeras; skriv 'summeras: nej' på "
                             "de underrader som är tal")
        return self


class ColumnGroup(CaseModel):
    """En gemensam rubrik över kolumner som står bredvid varandra."""

    rubrik: str = Field(description="Rubriken över kolumnerna, t.ex. 'Ackumulerat'.")
    kolumner: list[str] = Field(
        min_length=1, description="Kolumnernas namn ('namn'), i tabellens ordning och utan "
        "någon annan kolumn emellan, t.ex. [a2022, a2023, a2024].")


class GeneralTable(CaseModel):
    """En tabell som ärendet beskriver: kolumner, rader i valfritt djup och summor."""

    namn: str = Field(description="Tabellens namn; avsnitt visar den med 'tabell: <namn>'.")
    enhet: Unit = Field(
        "kr", description="Enhet för alla belopp i tabellen: kr, tkr, mnkr eller mdkr. Den står "
        "inom parentes i varje beloppskolumns rubrik ('Budget 2025 (mnkr)'), utom i en rubrik "
        "som själv nämner den som ett eget ord eller i ord ('2017, mdkr', 'Belopp i kronor'), "
        "och i ingen när första kolumnens rubrik (en textkolumn) nämner den för hela tabellen "
        "('Tillskott, mdkr'), utom när den kolumnens celler själva är belopp eller intervall "
        "av belopp ('Omsättning alkohol (kr)' över '0–25 000'). En beloppskolumns rubrik som "
        "nämner en annan enhet ('Budget "
        "(tkr)' i en tabell i kr, 'öre per kWh') är ett fel; priser i öre skrivs i en kolumn "
        "med 'typ: tal'."
    )
    kolumner: list[TableColumn] = Field(min_length=1, description="Kolumnerna i ordning.")
    rader: list[TableRow] = Field(min_length=1, description="Raderna i ordning.")
    totalt: LabelOrNo = Field(
        "Totalt", description="Rubrik för totalraden, t.ex. 'Totalt länet'; false = ingen "
        "totalrad, varken i dokumentet eller i beslut visa (t.ex. timpriser, som inte ska "
        "summeras), och ingen summa som texten kan nämna: tabeller.<tabell>.<kolumn> och "
        "tabeller.<tabell>.summa är då fel som visar vilka rader texten kan nämna; med en "
        "angiven 'summa' behövs totalraden, som visar den, och en tom "
        "rubrik (totalt: \"\") är ett fel: skriv t.ex. 'totalt: Summa' när källans totalrad "
        "saknar rubrik. En tabell utan kolumn som summeras (typ: belopp eller antal), t.ex. en "
        "tabell med datum, får ingen totalrad, och inte heller en tabell med en enda rad utan "
        "underrader, där totalraden bara skulle upprepa raden, om inte ärendet anger 'totalt' "
        "eller 'summa'."
    )
    totalt_forst: YesNo = Field(
        False,
        description="Ange ja när totalraden ska stå först, direkt under kolumnrubrikerna, som "
        "när 'Årets resultat' inleder en publicerad tabell och delarna följer under den. "
        "Totalen räknas ut och kontrolleras som annars, och texten hänvisar till den på samma "
        "sätt (totalraden, t.ex. tabeller.<tabell>.summa); standard är nej: totalraden sist.",
    )
    summa: CellValue | dict[str, CellValue] | None = Field(
        None,
        description="Totalen som den anges, kontrolleras (se 'avrundat'): ett belopp, t.ex. "
        "summa: \"1 470,0\", som gäller den första beloppskolumnen, eller ett per "
        "beloppskolumn med kolumnernas namn, t.ex. summa: {utfall: \"-48 969\", budget: "
        "\"-49 300\"}.",
    )
    avrundat: YesNo = Field(
        False,
        description="Ange true när beloppen är avrundade var för sig, som i en publicerad lista "
        "i mnkr med en decimal. En angiven 'summa' får då avvika från radernas summa med högst "
        "en halv enhet i sista visade decimalen per belopp (21 belopp i 0,1 mnkr: 1,05 mnkr), "
        "och en grupprads angivna delsumma lika mycket från sina underraders; dokumentet visar "
        "de angivna summorna, med en mening under tabellen om avrundningen. Ett angivet "
        "belopp i en kolumn med 'formel' får på samma sätt avvika från formeln utan "
        "avrundning med en halv enhet för sin egen avrundning och en halv enhet per belopp i "
        "formeln, gånger det beloppet multipliceras med eller delat med det det delas med "
        "(9 719 kr för 116 634 kr / 12 = 9 719,50 kr), och visas då som det är skrivet.",
    )
    liggande: YesNo = Field(
        False,
        description="Ange ja för en tabell som är för bred för en stående sida (många "
        "kolumner): i Word står avsnittet som visar tabellen (rubrik, text, tabell och text "
        "efter) då på en egen liggande sida (eller flera), med bredare kolumner, och nästa "
        "avsnitt börjar på en stående sida; följer bara justeringen eller underskrifterna "
        "(och 'Utdrag till', bilagor) står de i stället under tabellen på den liggande sidan. "
        "Kommer avsnittet direkt efter titeln blir redan "
        "första sidan liggande, med brevhuvud och titel. Ryms tabellen på en stående sida "
        "varnar kontrollen. I .md-filen omges avsnittet av raderna '::: liggande' och ':::'.",
    )
    kolumngrupper: list[ColumnGroup] = Field(
        default_factory=empty_list,
        description="Gemensamma rubriker över kolumner bredvid varandra, t.ex. kolumngrupper: "
        "[{rubrik: Ackumulerat, kolumner: [a2022, a2023]}, {rubrik: Per år, kolumner: [p2022, "
        "p2023]}]; kolumnerna har då korta rubriker ('2022'). I Word står gruppens rubrik i en "
        "extra rubrikrad över sina kolumner (sammanfogade celler), och rubrikraderna upprepas "
        "på varje sida; i .md-filen, vars tabeller inte kan sammanfoga celler, står gruppens "
        "rubrik först i var och en av kolumnernas rubriker ('Ackumulerat 2022 (tkr)').",
    )

    @property
    def totalled(self) -> bool:
        """Whether the table has a column with a figure on the total row (`totalled`): else
        nothing is summed and no total row is printed, whatever `totalt` says."""
        return any(column.totalled for column in self.kolumner)

    @property
    def total_label(self) -> str | None:
        """The label of the table's total, or None if adding up its rows means nothing: when
        nothing is summed, or the case turns the total off (`totalt: false`)."""
        return None if self.totalt is False or not self.totalled else self.totalt

    @property
    def repeats_its_row(self) -> bool:
        """Whether a total row would only repeat the table's single row, which has no rows
        under it (trial 46, F8): then none is printed, unless the case names the total row
        (`totalt`) or states its sum (`summa`)."""
        asked = "totalt" in self.model_fields_set or self.summa is not None
        return len(self.rader) == 1 and not self.rader[0].rader and not asked
