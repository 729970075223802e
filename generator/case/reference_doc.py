"""The Swedish references of the case format and of `profil.yaml`, made from the models'
own descriptions.

`python -m generator.case.reference_doc` rewrites `docs/arendeformat.md` and `docs/profil.md`;
a test fails when a file differs from what the models say, so they never drift from the code.
"""

from __future__ import annotations

import datetime
import sys
import types
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from generator.case.models import Case
from generator.case.money import Amount, Weight
from generator.case.profiles import Profile

INTRO = """\
# Ärendeformatet

En ärendefil är en YAML-fil med nycklarna nedan. Nycklar som inte finns här är fel (`beslut
kontrollera` föreslår den närmaste). Nycklarna skrivs utan å, ä och ö (`fran`, `forslag`), men en
nyckel skriven med dem (`från`, `förslag`) läses som samma nyckel.
Belopp skrivs i hela kronor, `2330883` eller `"2 330 883"`; i en
tabell under `tabeller` i tabellens enhet (`enhet`), med decimaler där enheten tillåter dem
(`"1 250,5"` tkr, och i kr ören, högst två decimaler: `"8,40"`; med decimalkomma; en punkt
före en eller två siffror läses som decimalkomma, `"461.8"` är 461,8, medan en punkt före tre
siffror, `8.300`, är tvetydig och avvisas). Ett negativt belopp eller tal skrivs med minus
först, `"-1 250"`; minustecknet (`"−1,8"`) och tankstrecket som i tryckta budgetar (`"– 1,8"`)
läses likadant. Datum skrivs
`ÅÅÅÅ-MM-DD`. Texter (`text`, `text_efter`, `punkter`, `yrkanden`, `beslutsgang`,
`reservationer`, `protokollsanteckningar`) får hänvisa till uträknade belopp med `{{ … }}`,
t.ex. `{{ summa }}` eller `{{ tabeller.lan.summa | mnkr }}`; filtren är `kr`, `belopp`,
`tkr`, `mnkr`, `mdkr`, `utan_tecken` (beloppet utan minustecken, före ett annat filter:
`{{ tabeller.lan.avvikelse | utan_tecken | mnkr }}`), `datum`, `datum_text` och `i_ord`
(ett antal från två till tolv med bokstäver, `{{ tabeller.lan.antal_rader | i_ord }}`). En tabells
belopp heter `tabeller.<tabell>.<kolumn>`, beloppskolumnens summa (t.ex.
`{{ tabeller.drift.budget25 }}`), och
`tabeller.<tabell>.rader[i].<kolumn>`, en rads belopp (raderna räknas från 0), eller
`tabeller.<tabell>.rader.<rad_namn>.<kolumn>`, beloppet på raden med det korta namnet
(`rad_namn`), var den än står i tabellen, så att hänvisningen håller när rader läggs
till. En uträknad procent (`typ: forandring`, `typ: kvot` eller `typ: andel`) heter
likadant, på en rad
`tabeller.<tabell>.rader[i].<kolumn>` och på totalraden, där tabellen har en,
`tabeller.<tabell>.<kolumn>`, och skrivs som tabellen visar den (`5,0 %`, `–`).
`tabeller.<tabell>.summa` är summan av den första beloppskolumnen: i en tabell med flera
beloppskolumner är den ett fel, skriv kolumnens namn i stället. Heter en beloppskolumn
`summa` är `tabeller.<tabell>.summa` den kolumnens summa. Ett exakt belopp i förslagets
eller beslutets punkter ska vara ett uträknat belopp, skrivet med `{{ … }}`, så att punkten
alltid följer tabellerna, eller ett belopp som ärendet anger under `belopp` (`{{ belopp.namn }}`);
ett ärende som inte räknar ut några belopp alls (ingen tabell med
belopp, ingen fördelning) skriver sina belopp som de står. Belopp i ett yrkande, beslutsgången,
en reservation eller en protokollsanteckning är löptext och står som de skrivs.

Den här sidan görs av programmet från modellernas beskrivningar
(`python -m generator.case.reference_doc`); ändra beskrivningarna i koden, inte här.
"""

PROFILE_INTRO = """\
# Organisationsprofilen (`profil.yaml`)

En organisationsprofil är en mapp vars namn är profilens namn, t.ex. `lysekils-kommun/`, med
filen `profil.yaml` och, om organisationen vill, en logotyp och en Word-mall
(`reference.docx`) med organisationens typsnitt. Egna profiler läggs i `profiler/` i mappen
där du kör `beslut` (bredvid `cases/` och `output/`): `profiler/lysekils-kommun/profil.yaml`.
Ett ärende letar också i `profiler/` bredvid ärendefilen och i mapparna ovanför den, den
närmaste först, upp till mappen du står i; finns profilen bara ovanför den säger felet
vilken mapp du ska köra kommandot från.
De läses före de inbyggda, så en egen profil med samma namn som en inbyggd ersätter den.
`beslut organisationer` visar profilerna och var de läses från. `beslut organisationer --ny
lysekils-kommun` skapar en tom profil i `profiler/lysekils-kommun/` att fylla i, med namnet
"Lysekils kommun" under `namn` och `rader`: en regions eller kommuns namn (alla 21 regioner
och 290 kommuner) får sina å, ä och ö, stora bokstäver och bindestreck tillbaka
("region-vasterbotten" blir "Region Västerbotten", "malmo-stad" "Malmö stad",
"upplands-bro-kommun" "Upplands-Bro kommun"), och ett annat namn skrivs som profilnamnet
stavar det, att rätta. Habo och Håbo stavas lika utan å: där står "Habo kommun" att rätta.
Ett profilnamn med "kommun" i eller som slutar på "stad" ("stockholms-stad") får `slag:
kommun`, ett med "region" i `slag: region`. `beslut organisationer --kopiera region-dalarna
lysekils-kommun` kopierar en inbyggd profil dit att ändra i (med dess förkortningar). Ett
ärende väljer profilen med `organisation: lysekils-kommun`. De inbyggda är `region-dalarna`,
`region-jamtland-harjedalen`, `norrbottens-kommuner`, `norra-sjukvardsregionen` och
`exempelby-kommun`, en påhittad kommun att prova med: `beslut ny tjansteskrivelse
mitt-arende.yaml --organisation exempelby-kommun` ger ett ärende med en kommuns ord
(Kommunstyrelsen, kommundirektören) och rubriken "Exempelby kommun". Nycklar som inte finns
här är fel.

Den här sidan görs av programmet från modellernas beskrivningar
(`python -m generator.case.reference_doc`); ändra beskrivningarna i koden, inte här.
"""

_SCALARS: dict[Any, str] = {
    str: "text", int: "heltal", bool: "ja/nej (true/false)", Decimal: "tal",
    datetime.date: "datum (ÅÅÅÅ-MM-DD)", datetime.datetime: "tidpunkt (ÅÅÅÅ-MM-DD TT:MM:SS +01:00)",
}


def reference() -> str:
    """The whole case reference as Markdown: one section per model, from `Case` down."""
    return "\n".join([INTRO, *(_section(model) for model in _models(Case))])


def profile_reference() -> str:
    """The reference of `profil.yaml` as Markdown: one section per model, from `Profile` down."""
    return "\n".join([PROFILE_INTRO, *(_section(model) for model in _models(Profile))])


def _models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """Every model reachable from root, in the order a reader meets them."""
    found: list[type[BaseModel]] = []
    pending = [root]
    while pending:
        model = pending.pop(0)
        if model in found:
            continue
        found.append(model)
        for field in model.model_fields.values():
            pending += [m for m in _inner_models(field.annotation) if m not in found]
    return found


def _inner_models(annotation: Any) -> list[type[BaseModel]]:
    """The models inside a field's type (through lists, unions and dicts)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in _inner_models(arg)]


def model_description(model: type[BaseModel]) -> str:
    """A model's description: its docstring's first paragraph, on one line."""
    return " ".join((model.__doc__ or "").strip().split("\n\n")[0].split())


def _section(model: type[BaseModel]) -> str:
    """A model's heading, its description and a table of its keys."""
    lines = [f"## {_title(model)}", "", model_description(model), "",
             "| nyckel | typ | standard | betydelse |", "|:--|:--|:--|:--|"]
    for name, field in model.model_fields.items():
        lines.append(f"| `{name}` | {_field_type(field)} | {_default(field)} | "
                     f"{_cell(field.description or '')} |")
    if model.model_config.get("extra") == "allow":
        lines.append("| *kolumnens namn* | text, belopp, antal eller tal | – | radens värde i den "
                     "kolumnen |")
    return "\n".join(lines) + "\n"


def _title(model: type[BaseModel]) -> str:
    """The heading of a model: where it is used, with the key it stands under when another
    model has the same key (`rader` i `tabeller`, `rader` i `risk`), so that every heading,
    and so every link to one, is unique."""
    titles = {"Case": "Ärendet (översta nivån)", "Profile": "Profilen (översta nivån)"}
    if model.__name__ in titles:
        return titles[model.__name__]
    keys = _keys_of(model)
    title = f"`{'`, `'.join(keys)}`"
    namesakes = [other for other in _all_models() if other is not model and _keys_of(other) == keys]
    if not namesakes:
        return title
    parents = [k for owner in _owners(model) if owner is not model for k in _keys_of(owner)]
    return f"{title} i `{'`, `'.join(dict.fromkeys(parents))}`"


@cache
def _all_models() -> tuple[type[BaseModel], ...]:
    """Every model of both references."""
    return (*_models(Case), *_models(Profile))


def _owners(model: type[BaseModel]) -> list[type[BaseModel]]:
    """The models with a key whose type holds the model."""
    return [owner for owner in _all_models()
            if any(model in _inner_models(f.annotation) for f in owner.model_fields.values())]


@cache
def _keys_of(model: type[BaseModel]) -> tuple[str, ...]:
    """The key(s) under which a model appears in another model."""
    keys = [name for owner in _all_models() for name, field in owner.model_fields.items()
            if model in _inner_models(field.annotation)]
    return tuple(dict.fromkeys(keys)) or (model.__name__,)


def _key_of(model: type[BaseModel]) -> str:
    """The key(s) under which a model appears, as a link's text."""
    return "`, `".join(_keys_of(model))


def _field_type(field: FieldInfo) -> str:
    """A field's type; pydantic keeps an Annotated type's validators apart from the type."""
    for special in (Amount, Weight):
        base, *metadata = get_args(special)
        if field.annotation is base and list(field.metadata) == metadata:
            return _type(special)
    return _type(field.annotation)


_CELL = frozenset({int, Decimal, str})
"""The types of a table cell's value (`table_models.CellValue`)."""


def _type(annotation: Any) -> str:
    """A field's type in Swedish words."""
    if annotation == Amount:
        return "belopp (hela kronor)"
    if annotation == Weight:
        return "tal (vikt)"
    origin = get_origin(annotation)
    if origin is Annotated:
        return _type(get_args(annotation)[0])
    if origin is Literal:
        values = get_args(annotation)
        return ("en av " if len(values) > 1 else "") + ", ".join(
            f"`{str(v).lower()}`" for v in values)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        cell = set(options) >= _CELL  # a cell: an amount or a number, as written
        names = [_type(a) for a in options if not (cell and a in _CELL)]
        if cell:
            names.insert(0, "tal (i tabellens enhet, t.ex. 1250 eller \"1 250,5\")")
        return " eller ".join(dict.fromkeys(names))
    if origin is list:
        return f"lista med {_type(get_args(annotation)[0])}"
    if origin is dict:
        return "namn med värden (`namn: värde`)"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{_key_of(annotation)}](#{_anchor(annotation)})"
    return _SCALARS.get(annotation, "värde")


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, without punctuation other than - and _,
    spaces made hyphens."""
    kept = "".join(c for c in heading.lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def _anchor(model: type[BaseModel]) -> str:
    """The Markdown anchor of a model's heading."""
    return anchor(_title(model))


def _default(field: FieldInfo) -> str:
    """A field's default, or 'krävs' when the key must be given."""
    if field.is_required():
        return "**krävs**"
    if field.default_factory is not None:
        return "tom"
    value = field.default
    if value is None or value is PydanticUndefined:
        return "–"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    return f"`{value}`" if value != "" else "tom"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def main() -> None:
    """Write docs/arendeformat.md and docs/profil.md (or into the folder given)."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parents[2] / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "arendeformat.md").write_text(reference(), encoding="utf-8")
    (folder / "profil.md").write_text(profile_reference(), encoding="utf-8")


if __name__ == "__main__":
    main()
