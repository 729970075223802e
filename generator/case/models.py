"""The case file: what a secretary writes, as pydantic models with Swedish keys.

Every model forbids unknown keys, so a misspelt key is reported (with a suggestion)
instead of being silently ignored. The descriptions are Swedish: they are the reference
of the case format (`docs/arendeformat.md`) and the editor help of the JSON Schema.
Tables are in `table_models`, splits in `split_models`.
"""

# No `from __future__ import annotations` here (nor in the other case-model modules): pydantic
# gets each field's type itself instead of a string it compiles and evaluates at import.

from typing import Annotated, Any, Final, Literal, Self

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    PrivateAttr,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
    model_validator,
)

from generator.case.dnr import EXAMPLE as DNR_EXAMPLE
from generator.case.dnr import Dnr
from generator.case.document_date import DocumentDate
from generator.case.model_base import (
    CaseModel,
    CourseText,
    Date,
    DateOrBlank,
    DateTime,
    FigureName,
    ItemText,
    MotionText,
    NoteText,
    ReservationText,
    YesNo,
    empty_dict,
    empty_list,
)
from generator.case.money import StatedFigure, derived_figures
from generator.case.paragraphs import Paragraph
from generator.case.split_models import Split
from generator.case.table_models import Allocation, Funds, GeneralTable, RiskTable
from generator.case.vote_models import Vote
from generator.problems import Loc

DocumentKind = Literal[
    "beslutsunderlag",
    "beslut_per_capsulam",
    "godkannande",
    "lagesbeskrivning",
    "tjansteskrivelse",
    "beslut",
]
Millions = Literal["mnkr", "mkr"]
"""The words a house style may write millions of kronor with (`husstil.miljoner`, a case's
`miljoner`: `formatting.writing_millions`)."""
MILLIONS_DESCRIPTION = (
    "Med 'mkr' (som många kommuner skriver) läses 'mkr' i texten som miljoner kronor och står "
    "kvar som det är skrivet, 'mnkr' får en varning, och dokumentet skriver 'mkr' i text, "
    "tabellrubriker och meddelanden (en tabell i miljoner har ändå 'enhet: mnkr')"
)
"""What `miljoner` does, said alike for the profile's and the case's key."""
TABLE_PRESETS = ("sammanstallning", "insatser", "medel", "risk", "medelslista", "uppdelning")
PointStyle = Literal["att", "numrerad", "punktlista"]
LeadVerb = Literal["föreslår", "yrkar"]
"""How a proposal's lead-in speaks: a förvaltning proposes ('X föreslår Y besluta'), a party
or a member moves ('X yrkar att Y beslutar', a yrkande: trial 60, F6)."""
"""How the points of a proposal or a decision are printed: att-satser, numbered whole
sentences, or whole sentences in a bulleted list, as a protocol prints a val (trial 55, F8)."""


class Section(CaseModel):
    """Ett avsnitt med rubrik och text, och ev. en tabell och mer text efter den."""

    rubrik: str = Field("", description="Rubrik, med stor bokstav först och utan punkt; utelämna "
                        "för text direkt under titeln.")
    text: str = Field("", description="Text med enkel Markdown: stycken, **fetstil**, *kursiv*, "
                      "[länkar](https://…), punktlistor och numrerade listor. Får hänvisa till "
                      "uträknade belopp med {{ … }}.")
    tabell: str | None = Field(
        None,
        description="Tabell efter texten: namnet på en tabell under 'tabeller', eller en av "
        "sammanstallning, insatser, medel, medelslista, risk, uppdelning.",
    )
    uppdelning: str | None = Field(
        None, description="Med 'tabell: uppdelning': namnet på uppdelningen som visas."
    )
    text_efter: str = Field("", description="Text efter tabellen (enkel Markdown).")
    avsnitt: list["Section"] = Field(default_factory=empty_list, description="Underavsnitt.")
    efter_underskrift: YesNo = Field(
        False, description="ja: skriv avsnittet efter underskriften ('undertecknare' och "
        "'i_tjansten'), före 'bilagor' och 'utdrag_till', som 'Hur man överklagar' i ett "
        "beslut till en enskild. Gäller ett avsnitt på översta nivån, och sådana avsnitt "
        "står sist bland avsnitten."
    )


class Proposal(CaseModel):
    """Förslaget till beslut, skrivet som om beslutet redan vore fattat."""

    rubrik: str | None = Field(
        None, description="Rubrik; utan den 'Förslag till beslut'."
    )
    forslagsstallare: str | None = Field(
        None, description="Vem som föreslår, t.ex. 'Styrgruppen' (inledningen 'X föreslår Y "
        "besluta'); kräver 'beslutande'."
    )
    beslutande: str | None = Field(
        None, description="Vem som föreslås besluta, t.ex. 'Länschefsnätverket'; med "
        "'forslagsstallare' blir inledningen 'Styrgruppen föreslår Länschefsnätverket "
        "besluta', utan den 'Länschefsnätverket föreslås besluta'. Ett namn som är ett "
        "vanligt substantiv, som 'Kommunfullmäktige', skrivs med liten bokstav mitt i "
        "meningen: 'Kommunstyrelsen föreslår kommunfullmäktige besluta'."
    )
    foreslar: str | None = Field(
        None, description="Organet som det föreslagna beslutet i sin tur föreslår besluta, "
        "när organet under 'beslutande' bereder ärendet åt ett annat, skrivet som mitt i "
        "meningen, t.ex. 'kommunfullmäktige' ('Kommunfullmäktige' skrivs också så): "
        "inledningen blir 'Socialförvaltningen föreslår socialnämnden besluta att föreslå "
        "kommunfullmäktige besluta' och punkterna är det som föreslås kommunfullmäktige, en "
        "att-sats per punkt, utan 'föreslå'; kräver 'beslutande'. Som 'foreslar' under "
        "'beslut'."
    )
    inledning: LeadVerb | None = Field(
        None, description="'yrkar' för ett yrkande från ett parti eller en ledamot: "
        "inledningen blir 'Sverigedemokraterna yrkar att kommunstyrelsen beslutar' (utan "
        "'beslutande' bara 'Sverigedemokraterna yrkar') och rubriken 'Yrkande'; kräver "
        "'forslagsstallare'. Utan den 'föreslår'."
    )
    stil: PointStyle | None = Field(
        None, description="'att' för att-satser, 'numrerad' för numrerade meningar (en ensam "
        "mening skrivs som ett stycke, utan nummer), 'punktlista' för hela meningar i en "
        "punktlista; utan den gäller organisationens husstil."
    )
    punkter: list[ItemText] = Field(
        min_length=1, description="En åtgärd per punkt; får hänvisa till belopp med {{ … }}."
    )


class Decision(CaseModel):
    """Beslutet: vem som beslutar, när och i vilken paragraf, och att-satserna."""

    rubrik: str | None = Field(
        None, description="Rubrik, t.ex. 'Kultur- och fritidsnämndens beslut' som i ett "
        "protokoll; utan den 'Beslut'."
    )
    beslutande: str = Field(description="Organet som beslutar, t.ex. 'Regionstyrelsen'; i "
                            "ett delegationsbeslut den som beslutar på delegation, t.ex. "
                            "'Bostadsanpassningshandläggaren' (se 'delegation').")
    delegation: str | None = Field(
        None, description="I ett delegationsbeslut: organet som har delegerat beslutet till "
        "den som står under 'beslutande' (en tjänsteperson, ett utskott eller en ordförande), "
        "t.ex. 'Samhällsbyggnadsnämnden'. Inledningen blir då 'Bostadsanpassningshandläggaren "
        "beslutade den 19 september 2024 på delegation från samhällsbyggnadsnämnden' (utan "
        "datum '… beslutar på delegation från …'). Namnet skrivs mitt i meningen, med liten "
        "första bokstav när det är ett organ som 'Samhällsbyggnadsnämnden'."
    )
    delegationspunkt: str | None = Field(
        None, description="Punkten i delegationsordningen som beslutet fattas med stöd av, "
        "t.ex. '4.2': '… på delegation från samhällsbyggnadsnämnden (delegationsordningen "
        "punkt 4.2)'. Skrivs som den står; kräver 'delegation'."
    )
    datum: Date | None = Field(
        None, description="Dagen beslutet fattades (ÅÅÅÅ-MM-DD), senast dokumentets datum; i ett "
        "fattat beslut skrivs 'beslutade den …'."
    )
    paragraf: Paragraph | None = Field(
        None, description="Paragraf i protokollet, t.ex. '§ 74'; ett nummer utan § (74, "
        "§74, 74 § eller 74 a) skrivs som '§ 74' ('§ 74 a'). Med organets förkortning skrivs "
        "förkortningen först och § före numret, 'KS § 12' (också när det står 'KS §12', "
        "'§ KS 12' eller 'KS 12 §'), 'BUN § 7 a'; en förkortning utan § skrivs som protokollet "
        "skriver den ('Vn 1'). Flera paragrafer efter §§ ('§§ 12–13', 'KS §§ 12, 14') skrivs "
        "som de står. Paragrafer ur olika protokoll ('Ks 90, Au 99') går inte: skriv "
        "beslutets egen och nämn de andra i texten. Annars måste det vara ett nummer. I ett "
        "delegationsbeslut, som inte står i något protokoll, numret i nämndens förteckning "
        "över delegationsbeslut, om det har ett, t.ex. 'D § 74': '… beslutade den 4 mars "
        "2025, D § 74, på delegation från …'."
    )
    foreslar: str | None = Field(
        None, description="Organet som beslutet föreslår besluta, när organet som beslutar "
        "bereder ärendet åt ett annat, skrivet som mitt i meningen, t.ex. "
        "'kommunfullmäktige' ('Kommunfullmäktige' skrivs också så): inledningen blir "
        "'Kommunstyrelsen beslutade den 20 maj 2015, "
        "Ks 90, att föreslå kommunfullmäktige besluta' (utan datum 'Kommunstyrelsen föreslår "
        "kommunfullmäktige besluta') och punkterna är det som föreslås, en att-sats "
        "per punkt, utan 'föreslå'. Med 'inledning: nej' säger rubriken det i stället "
        "('rubrik: Kommunstyrelsens förslag till kommunfullmäktige', som i protokollet), och "
        "punkterna är hela meningar ('stil: punktlista' eller 'stil: numrerad'). Har "
        "paragrafen också organets eget beslut ('Kommunstyrelsens beslut'), skriv förslaget "
        "under 'forslag' (rubrik: Kommunstyrelsens förslag till kommunfullmäktige) och det "
        "egna beslutet här, utan 'foreslar'."
    )
    stil: PointStyle | None = Field(
        None, description="'att' för att-satser, 'numrerad' för numrerade hela meningar, som "
        "i ett protokoll där punkterna är skrivna så ('Inom en låneram på … bemyndigas …'; "
        "en ensam mening skrivs som ett stycke, utan nummer), 'punktlista' för hela meningar "
        "i en punktlista, som ett protokoll skriver ett val (också en ensam mening); "
        "utan den gäller organisationens husstil (forslag_stil), annars 'att'."
    )
    inledning: YesNo = Field(
        True, description="'nej' skriver punkterna direkt under rubriken, utan meningen före "
        "dem ('Kommunfullmäktige beslutade den 23 februari 2009, KF § 13:'), som i ett "
        "protokoll där rubriken redan namnger organet ('rubrik: Kommunfullmäktiges beslut') "
        "och paragrafen står i sidhuvudet. Bara med hela meningar ('stil: numrerad' eller "
        "'stil: punktlista'): att-satser blir inte en mening utan inledningen. Med "
        "'foreslar' bara när rubriken säger att det är ett förslag ('rubrik: Kommunstyrelsens "
        "förslag till kommunfullmäktige'), eftersom annars bara inledningen säger det. Utan "
        "den 'ja'."
    )
    punkter: list[ItemText] = Field(
        min_length=1, description="Beslutets att-satser (med 'stil: numrerad' eller 'stil: "
        "punktlista' hela meningar); får hänvisa till belopp med {{ … }}."
    )
    yrkanden: list[MotionText] = Field(
        default_factory=empty_list, description="Yrkanden på sammanträdet, ett per punkt, som "
        "protokollet för dem, t.ex. 'Anna Berg (S) yrkar bifall till kommunstyrelsens "
        "förslag.'; skrivs före beslutet under rubriken 'Yrkande' ('Yrkanden' när de är "
        "flera; en annan med 'yrkanden_rubrik'), efter förslaget. Enkel Markdown och "
        "{{ … }} som i en text. Inte i beslut per capsulam."
    )
    beslutsgang: CourseText | None = Field(
        None, description="Beslutsgången: hur ordföranden ställde proposition och vad "
        "församlingen beslutade, t.ex. 'Ordföranden ställer proposition på bifall mot avslag "
        "och finner att kommunfullmäktige bifaller kommunstyrelsens förslag.'; en räknad "
        "omröstning skrivs under 'omrostning'. Skrivs efter yrkandena under rubriken "
        "'Beslutsgång' (en annan med 'beslutsgang_rubrik'); en text, som "
        "får ha flera stycken (skriv då 'beslutsgang: |' och stycken med en tom rad emellan). "
        "Inte i beslut per capsulam."
    )
    omrostning: Vote | None = Field(
        None, description="En omröstning som beslutsgången slutade i, räknad: 'ja_betyder', "
        "'nej_betyder' och antalen ('ja', 'nej', 'avstar') eller en 'voteringslista'. Skrivs "
        "efter beslutsgången: 'Omröstning begärs och verkställs. Ja-röst betyder … och "
        "nej-röst …' och 'Med 11 ja-röster mot 2 nej-röster, 2 avstår, beslutar "
        "kommunstyrelsen …'. Inte i beslut per capsulam."
    )
    yrkanden_rubrik: str | None = Field(
        None, description="Rubriken över yrkandena som protokollet skriver den, t.ex. "
        "'Yrkande' också när de är flera; utan den 'Yrkande' ('Yrkanden' när de är flera)."
    )
    beslutsgang_rubrik: str | None = Field(
        None, description="Rubriken över beslutsgången som protokollet skriver den, t.ex. "
        "'Proposition och omröstning'; utan den 'Beslutsgång'."
    )
    reservationer: list[ReservationText] = Field(
        default_factory=empty_list, description="Reservationer mot beslutet, en per punkt, som "
        "protokollet för dem, t.ex. 'Peter Nyström (SD) reserverar sig mot beslutet till "
        "förmån för eget yrkande.'; skrivs efter beslutets punkter under rubriken "
        "'Reservation' ('Reservationer' när de är flera). Enkel Markdown och {{ … }} som i "
        "en text. Inte i beslut per capsulam, som inte fattas på ett sammanträde."
    )
    protokollsanteckningar: list[NoteText] = Field(
        default_factory=empty_list, description="Protokollsanteckningar till beslutet, en per "
        "punkt, t.ex. 'Anna Berg (V) antecknar till protokollet att uppföljningen bör "
        "redovisas för nämnden.'; skrivs efter "
        "reservationerna under rubriken 'Protokollsanteckning' ('Protokollsanteckningar' när "
        "de är flera). Enkel Markdown och {{ … }} som i en text. Inte i beslut per capsulam."
    )
    antecknas_i: Literal["minnesanteckningarna", "protokollet", "anmals"] | None = Field(
        None, description="Bara i beslut per capsulam: vad som sker med beslutet vid nästa "
        "möte: 'minnesanteckningarna' eller 'protokollet' ('Beslutet förs till protokollet på "
        "nästkommande möte i …'; minnesanteckningarna för ett nätverk, protokollet för en "
        "nämnd eller styrelse), eller 'anmals' ('Beslutet anmäls vid vård- och "
        "omsorgsnämndens nästa sammanträde.', som ett ordförandebeslut anmäls enligt KL 6 kap. "
        "40 §; organet i genitiv, skrivet som i 'motesorgan', eller som 'beslutande' mitt i en "
        "mening). Utan den "
        "'minnesanteckningarna', men 'anmals' när etiketten är ett annat slags beslut än per "
        "capsulam (t.ex. 'etikett: Ordförandebeslut')."
    )
    motesorgan: str | None = Field(
        None, description="Bara i beslut per capsulam: organet vid vars nästa möte beslutet "
        "förs in, när det inte är den som beslutar, t.ex. 'Servicenämnden' för ett "
        "ordförandebeslut av 'Servicenämndens ordförande'. Namnet skrivs som det står, också "
        "mitt i meningen: skriv 'vård- och omsorgsnämnden' för liten bokstav. Utan den står "
        "'beslutande' där, med liten första bokstav när namnet är ett organ som 'Styrgruppen', "
        "'Kommunstyrelsen' eller 'Barn- och utbildningsnämnden' ('… på nästkommande möte i "
        "styrgruppen')."
    )


class Event(CaseModel):
    """Något som hänt och som dokumentet berättar om (ett möte, ett beslut)."""

    datum: Date = Field(description="När det hände (ÅÅÅÅ-MM-DD).")
    text: str = Field(description="Vad som hände, t.ex. 'Länschefsnätverkets möte'.")


class Reference(CaseModel):
    """Ett referensnummer utöver Dnr, med sin etikett."""

    etikett: str = Field("", description="Etikett, t.ex. 'Ert dnr' eller 'Vår referens'; "
                         "utelämna (eller skriv '') för numret ensamt på raden, t.ex. 'AU § 299'.")
    nummer: str = Field(min_length=1, description="Numret som det skrivs, t.ex. 'SN 2024/118'.")


class Signatory(CaseModel):
    """Ett underskriftsblock: ort och datum, en linje att skriva under på, sedan namn, titel
    och organisation."""

    ort: str | None = Field(
        None, description="Ort för underskriften, t.ex. 'Härnösand'; utan den står bara "
        "datumet, och utan ort och datum ingen datumrad (som i ett ordförandebeslut)."
    )
    datum: DateOrBlank | None = Field(
        None, description="Datum för underskriften, om känt; 'tom' ger en datumrad att fylla i "
        "för hand ('Datum:' och en linje, med ort 'Härnösand den' och en linje), när var och "
        "en skriver under sin egen dag (som i ett beslut per capsulam)."
    )
    namn: str | None = Field(
        None, description="Undertecknarens namn; utan det en tom linje att texta namnet på "
        "(ett avtal som skrivs ut före underskriften)."
    )
    titel: str = Field(description="Titel, t.ex. 'regiondirektör'.")
    organisation: str | None = Field(
        None, description="Undertecknarens organisation, under namn och titel; utan den "
        "skrivs ingen rad för den. Börjar den med 'För ', som 'För regeringen' i en "
        "överenskommelse, står den över linjen, före underskriften, som parten som skriver "
        "under."
    )
    datumform: Literal["iso", "text"] | None = Field(
        None, description="Hur 'datum' skrivs: 'iso' som 2016-12-15 (standard), 'text' med "
        "ord som i en överenskommelse eller ett godkännande, 'Stockholm den 15 december 2016' "
        "(utan ort '15 december 2016'); samma ord som 'datumform' i en tabells datumkolumn."
    )


class MinutesKeeper(CaseModel):
    """'Vid protokollet': den som för protokollet och skriver under före undertecknarna."""

    namn: str = Field(description="Namn, t.ex. 'Anna Nystedt'.")
    titel: str | None = Field(
        None, description="Titel, t.ex. 'protokollförare'; utan den skrivs ingen rad för den."
    )


class Signature(CaseModel):
    """En rad på en elektronisk signatursida, som signeringstjänsten angett den."""

    namn: str = Field(description="Namnet som signeringstjänsten anger det.")
    titel: str = Field(description="Titeln som signeringstjänsten anger den.")
    organisation: str = Field(description="Organisationen som signeringstjänsten anger den.")
    tidpunkt: DateTime = Field(
        description="Datum och tid med tidszon, t.ex. 2019-04-01 09:38:46 +02:00."
    )
    identifikationstyp: str = Field(description="T.ex. 'Svensk e-legitimation'.")
    identifikations_id: str = Field(description="Signeringstjänstens id för underskriften.")

    @model_validator(mode="after")
    def _aware(self) -> Self:
        """Require a UTC offset, as the signing service gives one."""
        if self.tidpunkt.tzinfo is None:
            raise ValueError("tidpunkten saknar tidszon, skriv t.ex. 2019-04-01 09:38:46 +02:00")
        return self


class OnDuty(CaseModel):
    """'I tjänsten': vem som undertecknar en tjänsteskrivelse."""

    namn: str = Field(description="Namn.")
    titel: str = Field(description="Titel, t.ex. 'Regiondirektör'.")


class CaseOfficer(CaseModel):
    """Handläggaren: den som har skrivit tjänsteskrivelsen och svarar på frågor om den."""

    namn: str = Field(description="Namn.")
    titel: str | None = Field(None, description="Titel, t.ex. 'Kvalitetsstrateg'.")
    telefon: str | None = Field(None, description="Telefonnummer, t.ex. '0480-45 00 00'.")
    epost: str | None = Field(None, description="E-postadress.")


def _people(value: object) -> object:
    """One person written alone (a collection of keys) is a list of one."""
    return [value] if isinstance(value, dict) else value


def _officers(value: object) -> object:
    """The handläggare: a name written alone is a person of that name ('handlaggare: Thomas
    Johansson'), one person alone (a name or a collection of keys) a list of one, nothing
    an empty list; a list may hold names alone too (trial 96, F2: two handläggare)."""
    if value is None:
        return []
    listed = value if isinstance(value, list) else [value]
    return [{"namn": item} if isinstance(item, str) else item for item in listed]


_PERSON_SCHEMA: dict[str, Any] = {
    "type": "object", "additionalProperties": False, "required": ["namn", "titel"],
    "properties": {"namn": {"type": "string", "description": "Namn."},
                   "titel": {"type": "string", "description": "Titel, t.ex. 'Regiondirektör'."}}}
_PEOPLE_SCHEMA: dict[str, Any] = {
    "anyOf": [_PERSON_SCHEMA, {"type": "array", "items": _PERSON_SCHEMA}]}
"""One person or a list of them, as `_people` reads them (so editors accept both)."""
_OFFICER_ITEMS: list[dict[str, Any]] = [
    {"type": "string", "minLength": 1},
    {"type": "object", "additionalProperties": False, "required": ["namn"],
     "properties": {key: {"type": "string"} for key in ("namn", "titel", "telefon", "epost")}}]
_OFFICER_SCHEMA: dict[str, Any] = {"anyOf": [
    *_OFFICER_ITEMS, {"type": "array", "items": {"anyOf": _OFFICER_ITEMS}}, {"type": "null"}]}
"""A name alone or a handläggare's keys, or a list of them, as `_officers` reads them (so
editors accept each)."""
_TEXTS_SCHEMA: dict[str, Any] = {"anyOf": [
    {"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
"""A text alone or a list of texts, as `_names` reads them."""


def _names(value: object) -> object:
    """One name written alone is a list of one; nothing written is an empty list."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


def _some_names(names: list[str]) -> list[str]:
    """Refuse an empty list of justerare: a protocol is checked by someone."""
    if not names:
        raise ValueError("ange minst en justerare, t.ex. justerare: [Anna Andersson, Bengt Berg]")
    return names


_YES_OR_NO: Final = frozenset({"ja", "nej", "yes", "no", "true", "false"})


def _chair_name(value: object) -> object:
    """Refuse a yes or no as the chairman's name: `ordforande: ja` read as a switch for the
    line 'Ordförandes signatur' printed "ja" under it (trial 98, F6)."""
    said = str(value).strip().lower() if isinstance(value, str | bool) else ""
    if said not in _YES_OR_NO:
        return value
    example = "t.ex. ordforande: Dag Dahl (S)"
    how = (f"ta bort raden om utdraget inte ska ha ordförandens signatur, annars skriv namnet, "
           f"{example}" if said in ("nej", "no", "false") else
           f"skriv namnet, {example}, eller ordforande: \"\" för raden 'Ordförandes signatur' "
           "utan namn")
    raise ValueError(f"här står ordförandens namn, inte ja eller nej; {how}")


_NAMES_SCHEMA: dict[str, Any] = {"anyOf": [
    {"type": "string", "minLength": 1},
    {"type": "array", "items": {"type": "string"}, "minItems": 1}]}
"""A name alone or a list of names, as `_names` reads them (so editors accept both)."""


class ExtractCertification(CaseModel):
    """Utdragsbestyrkande: vem som intygar att utdraget stämmer med protokollet."""

    namn: str = Field(description="Namnet på den som bestyrker, t.ex. 'Cecilia Carlsson'.")
    titel: str | None = Field(None, description="Titel, t.ex. 'nämndsekreterare'.")


class MinutesApproval(CaseModel):
    """Justeringen av protokollet: när och av vilka, och vem som bestyrker utdraget; för ett
    utdrag som justeras på papper rader att skriva under på."""

    datum: Date | None = Field(
        None, description="Dagen protokollet justerades, t.ex. 2022-04-06; tidigast beslutets "
        "datum och senast dokumentets. Behövs utom med 'signaturrader: ja', och utan den "
        "skrivs ingen mening 'Justerat den …'."
    )
    justerare: Annotated[list[str], BeforeValidator(_names), AfterValidator(_some_names),
                         WithJsonSchema(_NAMES_SCHEMA)] = Field(
        default_factory=empty_list,
        description="Den eller de som justerade protokollet, t.ex. '[Anna Andersson, Bengt "
        "Berg]', eller ett namn per rad med '- ' först. Behövs utom med 'signaturrader: ja', "
        "där var och en får en rad 'Justerandes signatur' med namnet under linjen, också "
        "utan 'datum'; '\"\"' ger där en rad utan namn ('[\"\", \"\"]' för två justerare som "
        "skriver sina namn för hand)."
    )
    ort: str | None = Field(
        None, description="Var protokollet justerades, t.ex. 'Borgen, Frösön': 'Justerat i "
        "Borgen, Frösön den …'."
    )
    ordforande: Annotated[str | None, BeforeValidator(_chair_name)] = Field(
        None, description="Namnet på mötets ordförande (inte ja eller nej), som justerar med "
        "justerarna och skrivs först: "
        "'ordföranden Dag Dahl'; ett parti skrivs efter namnet, t.ex. 'Dag Dahl (S)'. Med "
        "'signaturrader: ja' också en rad att skriva under på, 'Ordförandes signatur', med "
        "namnet under linjen ('ordforande: \"\"' ger raden utan namn)."
    )
    utdragsbestyrkande: ExtractCertification | None = Field(
        None, description="Vem som bestyrker utdraget ('Utdraget bestyrks: …', med "
        "'signaturrader: ja' en rad att skriva under på)."
    )
    signaturrader: YesNo = Field(
        False, description="Rader att skriva under på efter justeringen, för ett utdrag som "
        "justeras på papper: med 'ordforande' 'Ordförandes signatur' med namnet under linjen, "
        "'Justerandes signatur' för varje justerare med namnet under linjen (utan namn för "
        "'\"\"', och en utan namn om ingen justerare står) och, med 'utdragsbestyrkande', "
        "'Utdragsbestyrkande' med namn "
        "och titel under linjen. Då behövs varken 'datum' eller 'justerare'."
    )

    def named_justerare(self) -> list[str]:
        """The justerare named, without the "" blanks that stand for lines to sign on which
        the name is written by hand (trial 76, F6)."""
        return [name for name in self.justerare if name.strip()]


class Case(CaseModel):
    """En hel ärendefil."""

    dokumenttyp: DocumentKind = Field(description="Vilken sorts dokument som skapas.")
    organisation: str | None = Field(
        None, description="Id för en organisationsprofil, t.ex. 'region-dalarna': en egen i "
        "profiler/<id>/profil.yaml eller en inbyggd (se 'beslut organisationer' och "
        "'beslut format --profil')."
    )
    etikett: str | None = Field(
        None,
        description="Dokumentets art i brevhuvudet, t.ex. 'Protokollsutdrag' eller 'Meddelande "
        "om beslut'; utan den gäller dokumenttypens eller profilens, och \"\" tar bort den. "
        "'Sammanträdesprotokoll', 'Protokoll', 'Protokollsutdrag' och 'Utdrag ur protokoll' "
        "gör ett beslut till ett protokoll, med sammanträdesdatum och § i brevhuvudet.",
    )
    avsandare: list[str] = Field(
        default_factory=empty_list,
        description="Rader i brevhuvudet: organisation, förvaltning, enhet (uppifrån och ned).",
    )
    beslutsorgan: str | None = Field(None, description="Organet som dokumentet riktar sig till "
                                     "eller som beslutar; det står sist i brevhuvudet, en gång "
                                     "även när 'mottagare' också nämner det.")
    datum: DocumentDate = Field(
        description="Dokumentets datum (ÅÅÅÅ-MM-DD), t.ex. 2025-03-14; nej för ett dokument "
        "som inte ska ha något datum, som en publicerad taxa utan datum (då skrivs ingen "
        "datumrad, och de kontroller som räknar från dokumentets datum görs inte).")
    dnr: Dnr = Field(description=f"Diarienummer, t.ex. '{DNR_EXAMPLE}'; nej för ett dokument "
                     "utan diarienummer (då skrivs ingen Dnr-rad).")
    referenser: list[Reference] = Field(
        default_factory=empty_list, description="Fler referensnummer, t.ex. 'Ert dnr'."
    )
    mottagare: list[str] = Field(
        default_factory=empty_list, description="Mottagarens adressrader i brevhuvudet."
    )
    titel: str = Field(min_length=1, description="Dokumentets titel, t.ex. 'Fördelning av "
                       "statsbidrag 2025'.")
    beslut_forst: YesNo = Field(
        False, description="Skriv beslutet före avsnitten (som i ett meddelande om beslut)."
    )
    forslag_forst: YesNo = Field(
        False, description="Skriv förslaget till beslut före avsnitten (som i många "
        "tjänsteskrivelser och tjänsteutlåtanden)."
    )
    numrerade_rubriker: YesNo | None = Field(
        None, description="Numrera rubrikerna (1., 1.1 …) i just det här dokumentet: ja eller "
        "nej, t.ex. nej för ett remissyttrande; utan den gäller organisationsprofilens val "
        "(husstil.numrerade_rubriker, annars ja). Ett dokument med förslag till beslut eller "
        "beslut har ändå onumrerade rubriker, och rubriker som var och en står ensam på sin "
        "nivå får inget nummer (en ensam huvudrubrik med flera underrubriker blir 1, 1.1, 1.2)."
    )
    kronor_i_lopande_text: YesNo | None = Field(
        None, description="Skriv enheten med ord i löpande text i just det här dokumentet: "
        "'1 250 kronor', '42 miljoner kronor' (i tabeller står 'kr', 'mnkr'); utan den gäller "
        "organisationsprofilens val (husstil.kronor_i_lopande_text, annars nej)."
    )
    miljoner: Millions | None = Field(
        None, description="Hur miljoner kronor skrivs i just det här dokumentet: 'mnkr' eller "
        "'mkr'. " + MILLIONS_DESCRIPTION + "; utan den gäller organisationsprofilens val "
        "(husstil.miljoner, annars mnkr)."
    )
    procent_i_lopande_text: YesNo | None = Field(
        None, description="Skriv procent med ord i löpande text i just det här dokumentet: "
        "'höjs till 35 procent' (i tabeller står '35 %'); utan den gäller "
        "organisationsprofilens val (husstil.procent_i_lopande_text, annars nej)."
    )
    forkortningslista: YesNo | None = Field(
        None, description="Lägg till en lista över förkortningarna i just det här dokumentet: "
        "ja eller nej, t.ex. nej för ett protokoll; utan den gäller organisationsprofilens val "
        "(husstil.forkortningslista, annars nej)."
    )
    avsnitt: list[Section] = Field(default_factory=empty_list, description="Avsnitten i ordning.")
    tabeller: list[GeneralTable] = Field(
        default_factory=empty_list, description="Tabeller som avsnitten visar med 'tabell: <namn>'."
    )
    fordelning: Allocation | None = Field(
        None, description="Fördelning på områden och insatser (tabellerna sammanstallning och "
        "insatser)."
    )
    forslag: Proposal | None = Field(None, description="Förslag till beslut.")
    beslut: Decision | None = Field(
        None, description="Beslutet (beslut per capsulam och dokumenttypen beslut)."
    )
    handelser: list[Event] = Field(
        default_factory=empty_list, description="Daterade händelser som dokumentet berättar om; "
        "de skrivs inte ut av sig själva, en text visar en med "
        "{{ handelser[0].datum | datum_text }}."
    )
    undertecknare: list[Signatory] = Field(
        default_factory=empty_list, description="Underskriftsblock, två sida vid sida, efter "
        "beslutet och 'i_tjansten' och före 'utdrag_till'."
    )
    vid_protokollet: MinutesKeeper | None = Field(
        None, description="Den som för protokollet: ett underskriftsblock 'Vid protokollet' "
        "med namn och titel under linjen, på en rad för sig före 'undertecknare', som i ett "
        "protokoll eller ett beslut per capsulam."
    )
    signatursida: list[Signature] = Field(
        default_factory=empty_list,
        description="Signatursidans rader, bara från en signeringstjänst.",
    )
    medel: Funds | None = Field(
        None, description="Medel per område med total (tabellerna medel och medelslista)."
    )
    risk: RiskTable | None = Field(None, description="Medel som riskerar återbetalning.")
    uppdelningar: list[Split] = Field(
        default_factory=empty_list, description="Exakta uppdelningar."
    )
    belopp: dict[FigureName, StatedFigure] = Field(
        default_factory=empty_dict, description="Belopp som ärendet anger men inte räknar ut "
        "ur sina tabeller, i kronor (ören där de skrivs, t.ex. 'timtaxa: \"19,50\"') och "
        "med ett namn, t.ex. 'prisbasbelopp: 44800' eller "
        "'va_budget: 56200000'; texter och punkter skriver dem med {{ belopp.prisbasbelopp }} "
        "eller {{ belopp.va_budget | mnkr }}, och i förslagets och beslutets punkter räknas de "
        "som ärendets egna belopp. En procentsats som ärendet beslutar skrivs här med "
        "procenttecken, t.ex. 'stodandel: \"73,37 %\"': {{ belopp.stodandel }} skriver den "
        "som den står (73,37 %), en formel kan multiplicera med den ('kostnad * "
        "belopp.stodandel') och en procentsats i texten med två siffror omkastade får en "
        "varning. En skattesats (kronor per hundra kronor) skrivs också med procenttecken, "
        "'skattesats: \"22,21 %\"': den jämförs då med både '22,21 %' och '22,21 kronor per "
        "skattekrona' i texten, och skriven i kronor ('skattesats: \"22,21\"') får den en "
        "varning. Ett belopp kan räknas ut ur ärendets andra belopp, gånger eller delat med tal "
        "och procentsatser och lagt ihop med + och −, t.ex. 'grans: belopp.prisbasbelopp * 50 "
        "%' eller 'belopp.prisbasbelopp / 2': det avrundas till hela kronor (till ören om ett "
        "belopp det räknas ut ur har ören) och används sedan som om det vore skrivet."
    )
    justering: MinutesApproval | None = Field(
        None, description="Justeringen av protokollet (i ett protokollsutdrag), skrivs efter "
        "beslutet: 'Justerat den … av …'."
    )
    i_tjansten: Annotated[list[OnDuty], BeforeValidator(_people),
                          WithJsonSchema(_PEOPLE_SCHEMA)] = Field(
        default_factory=empty_list, description="Underskriften 'I tjänsten': en person med "
        "namn och titel, eller en lista av personer, t.ex. förvaltningschefen och "
        "handläggaren, som skrivs under varandra i den ordning de står.")
    handlaggare: Annotated[list[CaseOfficer], BeforeValidator(_officers),
                           WithJsonSchema(_OFFICER_SCHEMA)] = Field(
        default_factory=empty_list, description="Handläggaren: ett namn, t.ex. 'handlaggare: "
        "Thomas Johansson', eller namn och om ni vill titel, telefon och epost, t.ex. "
        "{namn: Thomas Johansson, titel: Kvalitetsstrateg, telefon: 0480-45 00 00}, eller en "
        "lista av handläggare, t.ex. en controller och en jurist: skrivs under 'Handläggare' "
        "efter underskriften 'I tjänsten', var och en för sig i den ordning de står.")
    bilagor: Annotated[list[str], BeforeValidator(_names), WithJsonSchema(_TEXTS_SCHEMA)] = \
        Field(default_factory=empty_list, description="Bilagornas namn, en eller en lista, "
        "t.ex. 'Intern kontrollplan 2018': skrivs efter underskrifterna under rubriken "
        "'Bilagor' (en ensam under 'Bilaga'), numrerade i den ordning de står.")
    utdrag_till: list[str] = Field(default_factory=empty_list, description="Vilka som får utdrag.")

    utdrag_till_rubrik: str = Field(
        "Utdrag till", description="Rubriken över listan 'utdrag_till', t.ex. 'Beslutet skickas "
        "till' eller 'Expedieras till'.")

    _derived: dict[str, str] = PrivateAttr(default_factory=empty_dict)
    _figure_order: tuple[str, ...] = PrivateAttr(())

    @model_validator(mode="wrap")
    @classmethod
    def _note_derived(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> "Case":
        """Keep an amount under `belopp` worked out from the case's others ('grans:
        belopp.prisbasbelopp * 50 %', trial 95, F8) aside, to be worked out with them in the
        compute stage (`compute.derived_amounts`); its name is read as any other's."""
        figures = data.get("belopp") if isinstance(data, dict) else None
        derived = derived_figures(figures)
        if derived and isinstance(figures, dict):  # (some only in a mapping: for mypy)
            data = {**data, "belopp": {name: 0 if name in derived else value
                                       for name, value in figures.items()}}
        case: Case = handler(data)
        if not derived:
            return case
        case._figure_order = tuple(case.belopp)
        for name in derived:  # (the model's own new mapping: nothing else holds it yet)
            case.belopp.pop(name, None)
        case._derived = derived
        return case

    @property
    def derived_amounts(self) -> dict[str, str]:
        """The amounts under `belopp` worked out from the case's others, each as written
        ('belopp.prisbasbelopp * 50 %'), by name; none of them is in `belopp` until they are
        worked out (`compute.derived_amounts`)."""
        return self._derived

    @property
    def figure_order(self) -> tuple[str, ...]:
        """The names under `belopp` in the order the case writes them, the amounts worked
        out from others among them."""
        return self._figure_order or tuple(self.belopp)

    def on_duty(self) -> list[tuple[Loc, OnDuty]]:
        """Who signs 'I tjänsten', in order, each with its place."""
        return [(("i_tjansten", i), person) for i, person in enumerate(self.i_tjansten)]

    def officers(self) -> list[tuple[Loc, CaseOfficer]]:
        """The handläggare, in order, each with its place."""
        return [(("handlaggare", i), person) for i, person in enumerate(self.handlaggare)]
