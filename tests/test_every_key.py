"""Every key does what it says: changing any key of a case changes the documents or the check.

The test walks every field of every model in `generator.case.models`, from `Case` down. For
each it takes a case that uses the field — a sample in `cases/`, or one of the small cases
below for fields no sample uses — changes the field's value (another text, another choice,
a larger amount, a later date; a block or list item is removed) and builds both versions in
memory. The Markdown, the Word document (its text, header and properties) or the problems
must differ: a key that changes nothing is a key the secretary is misled by.
"""

from __future__ import annotations

import copy
import datetime
import decimal
import tempfile
import types
import typing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import pytest
import yaml
from pydantic import BaseModel

from generator.build import Pipeline
from generator.case import model_base, models, split_models, table_models, vote_models
from generator.case.models import Case
from generator.word.dump import dump_docx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_FILES = sorted((ROOT / "cases").glob("*.yaml"))

EVERY_TABLE = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: HSN 2024/1
titel: Alla nycklar
forslag_forst: true
avsnitt:
  - rubrik: Delning
    text: Summan delas.
    tabell: uppdelning
    uppdelning: fasta
    text_efter: Efter delningen.
    avsnitt:
      - rubrik: Delning igen
        text: Summan delas igen.
        tabell: uppdelning
        uppdelning: fasta
        text_efter: Efter den andra delningen.
        avsnitt:
          - rubrik: Innerst
            text: Innersta texten.
      - rubrik: Fördelning
        tabell: sammanstallning
      - rubrik: Insatser
        tabell: insatser
  - rubrik: Medel
    tabell: medel
  - rubrik: Risk
    tabell: risk
fordelning:
  summa: 1 500 000
  omradesrubrik: Område för insatser
  omraden:
    - namn: Barn
      summa: 1 500 000
      insatser:
        - insats: MHFA
          belopp: 1 000 000
          syfte: Utbilda
          ansvar: PSY
          delposter:
            - text: Instruktörer
              belopp: 600 000
              ansvar: RSS
            - text: Nätverk
              belopp: 400 000
        - insats: Annat
          belopp: 500 000
forslag:
  inledning: föreslår
  forslagsstallare: Styrgruppen
  beslutande: Länschefsnätverket
  foreslar: regionstyrelsen
  punkter:
    - godkänna fördelningen.
medel:
  summa: 300
  poster:
    - namn: A
      belopp: 100
    - namn: B
      belopp: 200
risk:
  rubrik: Område
  rubrik_anvant: Använt
  rubrik_risk: Risk
  summa: 50
  rader:
    - insatsomrade: A
      tilldelat: 100
      anvant: [50]
      risk: 50
uppdelningar:
  - namn: fasta
    summa: 1000
    metod: fasta
    rest_till: Y
    totalt: Summa
    parter:
      - namn: X
        belopp: 300
"""

GENERAL_TABLE = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: HSN 2024/1
titel: En allmän tabell
avsnitt:
  - rubrik: Anslag
    tabell: anslag
tabeller:
  - namn: anslag
    enhet: tkr
    kolumner:
      - {namn: kvar, rubrik: Kvar, typ: belopp, formel: till - anv, summeras: ja, minst: 0,
         lagst: 5, hogst: 50}
      - {namn: post, rubrik: Post}
      - {namn: till, rubrik: Anvisat, typ: belopp}
      - {namn: anv, rubrik: Använt, typ: belopp}
      - {namn: andel, rubrik: Använt (%), typ: tal}
    rader:
      - post: Län
        markerad: ja
        rader:
          - post: Kommuner
            markerad: ja
            delsumma: Summa kommuner
            rader:
              - {post: A, till: 100, anv: 40, andel: 40}
              - {post: B, till: 50, anv: 50, andel: "100,0"}
      - {post: Region, till: 10, anv: 5, andel: 50}
    totalt: Totalt
    summa: {till: 160}
    avrundat: true
    liggande: ja
    totalt_forst: ja
    kolumngrupper:
      - {rubrik: Medel, kolumner: [till, anv]}
"""

SHARES = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: HSN 2024/1
titel: Andelar
avsnitt:
  - rubrik: Bidrag
    tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {namn: andel, rubrik: Andel, typ: andel, av: belopp, decimaler: 2}
      - {namn: forening, rubrik: Förening}
      - {namn: belopp, rubrik: Bidrag, typ: belopp}
    rader:
      - {forening: A, belopp: 1}
      - {forening: B, belopp: 2}
"""

CHANGES = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: HSN 2024/1
titel: Förändringar
avsnitt:
  - rubrik: Budget
    tabell: budget
tabeller:
  - namn: budget
    kolumner:
      - {namn: procent, rubrik: Förändring, typ: forandring, fran: b24, till: b25,
         plustecken: ja}
      - {namn: namnd, rubrik: Nämnd}
      - {namn: b24, rubrik: Budget 2024, typ: belopp}
      - {namn: b25, rubrik: Budget 2025, typ: belopp}
      - {namn: b26, rubrik: Plan 2026, typ: belopp}
    rader:
      - {namnd: A, b24: 100, b25: 110, b26: 130}
      - {namnd: B, b24: 200, b25: 190, b26: 150}
"""

RATIOS = """\
dokumenttyp: beslutsunderlag
datum: 2024-05-20
dnr: BUN 2024/88
titel: Kvoter
avsnitt:
  - rubrik: Utfall
    tabell: utfall
tabeller:
  - namn: utfall
    kolumner:
      - {namn: procent, rubrik: Utfall i % av budget, typ: kvot, taljare: ut, namnare: budget}
      - {namn: post, rubrik: Post}
      - {namn: budget, rubrik: Budget, typ: belopp}
      - {namn: ut, rubrik: Utfall, typ: belopp}
    rader:
      - {post: A, budget: 100, ut: 30}
      - {post: B, budget: 200, ut: 90}
"""

DATED_SIGNATURES = """\
dokumenttyp: godkannande
datum: 2019-03-29
dnr: NRF 2019/17
titel: Godkännande
handelser:
  - datum: 2019-03-22
    text: Beredningsgruppens möte
avsnitt:
  - text: Efter mötet ({{ handelser[0].text }}) den {{ handelser[0].datum | datum_text }}.
undertecknare:
  - ort: Umeå
    datum: 2019-04-01
    datumform: text
    namn: Kent Ehliasson
    titel: regiondirektör
    organisation: Region Västerbotten
utdrag_till_rubrik: Beslutet skickas till
utdrag_till:
  - Region Västerbotten
"""

BASE_AMOUNT = """\
dokumenttyp: beslutsunderlag
datum: 2025-03-14
dnr: 702-1187-2025
titel: Grundbelopp
avsnitt:
  - rubrik: Fördelning
    tabell: uppdelning
    uppdelning: grund
uppdelningar:
  - namn: grund
    summa: 1000
    metod: lika
    grundbelopp: 100
    rubrik_grundbelopp: Fast del
    rubrik_fordelat: Rörlig del
    parter:
      - namn: Z
      - namn: W
"""

PER_WEIGHT = """\
dokumenttyp: beslutsunderlag
datum: 2024-01-10
dnr: KS 2024/5
titel: Partistöd
avsnitt:
  - rubrik: Partistöd
    text: S får {{ uppdelningar.partistod.parter.s.belopp }}.
    tabell: uppdelning
    uppdelning: partistod
uppdelningar:
  - namn: partistod
    metod: vikter
    per_vikt: 13280
    viktenhet: mandat
    rubrik_vikt: Mandat
    parter:
      - {namn: S, vikt: 10, rad_namn: s}
      - {namn: M, vikt: 6}
"""

REST_BY_WEIGHTS = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-05
dnr: KS 2024/112
titel: Schablonersättning
avsnitt:
  - rubrik: Fördelning
    tabell: uppdelning
    uppdelning: schablon
uppdelningar:
  - namn: schablon
    metod: vikter
    summa: 9842300
    enhet: 1000
    rest_till: Socialförvaltningen
    parter:
      - {namn: Socialförvaltningen, vikt: 45}
      - {namn: Utbildningsförvaltningen, vikt: 30}
"""

CHAIRS_DECISION = """\
dokumenttyp: beslut_per_capsulam
etikett: Ordförandebeslut
datum: 2011-02-21
dnr: SN 2011/45
titel: Brådskande beslut
beslut:
  beslutande: Servicenämndens ordförande
  antecknas_i: protokollet
  motesorgan: Servicenämnden
  stil: att
  punkter:
    - yttra sig till förvaltningsrätten
"""

DELEGATED_DECISION = """\
dokumenttyp: beslut
etikett: Beslut
datum: 2024-09-19
dnr: SBN 2024/1043
titel: Beslut om bostadsanpassningsbidrag
beslut:
  beslutande: Bostadsanpassningshandläggaren
  delegation: Samhällsbyggnadsnämnden
  delegationspunkt: "4.2"
  datum: 2024-09-19
  punkter:
    - bevilja bostadsanpassningsbidrag.
"""

PROTOCOL_EXTRACT = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2021-03-02
dnr: KUN 2021/14
titel: Föreningsbidrag
kronor_i_lopande_text: ja
belopp:
  tak: 25000
beslut:
  beslutande: Kultur- och utbildningsnämnden
  foreslar: kommunfullmäktige
  rubrik: Nämndens beslut
  punkter:
    - fördela föreningsbidragen, högst {{ belopp.tak }} per förening
  yrkanden:
    - Peter Nyström (SD) yrkar avslag.
  beslutsgang: Ordföranden finner att nämnden bifaller förslaget.
  reservationer:
    - Peter Nyström (SD) reserverar sig mot beslutet.
  protokollsanteckningar:
    - Anna Berg (V) antecknar till protokollet att uppföljningen bör redovisas.
justering:
  datum: 2021-03-02
  ort: Stadshuset
  justerare: [Anna Berg]
  signaturrader: ja
vid_protokollet:
  namn: Cecilia Carlsson
  titel: nämndsekreterare
"""

GOTLAND_MINUTES = """\
dokumenttyp: beslut
etikett: Sammanträdesprotokoll
datum: 2009-02-23
dnr: KS2007/011-10
titel: Motion. Lokal för kontakt med allmänheten
beslut:
  beslutande: Kommunfullmäktige
  rubrik: Kommunfullmäktiges beslut
  datum: 2009-02-23
  paragraf: KF § 13
  stil: numrerad
  inledning: nej
  yrkanden:
    - Lilian Virgin (S) yrkade att motionen bifalls.
    - Lena Celion (M) tillstyrkte kommunstyrelsens förslag.
  yrkanden_rubrik: Yrkande
  beslutsgang: Ordföranden ställde proposition och fann att kommunstyrelsens förslag vunnit.
  beslutsgang_rubrik: Proposition och omröstning
  punkter:
    - Motionen anses besvarad med ledningskontorets utlåtande.
justering:
  signaturrader: ja
"""

VOTE = """\
dokumenttyp: beslut
etikett: Protokoll
datum: 2012-01-24
dnr: 941-2011
titel: Motion om badplats
beslut:
  beslutande: Kommunstyrelsen
  datum: 2012-01-24
  paragraf: 25
  stil: numrerad
  omrostning:
    ja_betyder: bifall till Anna Anderssons yrkande
    nej_betyder: bifall till Per Larssons yrkande
    ja: 2
    nej: 2
    avstar: 1
    franvarande: 1
    ledamoter: 6
    utslagsrost: ja
    voteringslista:
      Anna Andersson (S): ja
      Bo Berg (S): ja
      Per Larsson (M): nej
      Cilla Ek (M): nej
      Dan Alm (C): avstår
      Eva Ås (V): frånvarande
  punkter:
    - Motionen avslås.
justering:
  signaturrader: ja
"""

UNNUMBERED = """\
dokumenttyp: tjansteskrivelse
etikett: Yttrande
datum: 2021-05-10
dnr: nej
titel: Yttrande
numrerade_rubriker: nej
miljoner: mkr
avsnitt:
  - {rubrik: Sammanfattning, text: Digg tillstyrker.}
  - {rubrik: Synpunkter, text: "Digg anser att 1,5 mkr räcker."}
i_tjansten:
  - {namn: Anna Eriksson, titel: Generaldirektör}
  - {namn: Per Nilsson, titel: Jurist}
handlaggare:
  - {namn: Per Nilsson, titel: Jurist, telefon: 0771-11 44 00, epost: per.nilsson@digg.se}
  - Lisa Holm
bilagor: [Remissvar]
"""

EMPTY_COLUMN = """\
dokumenttyp: tjansteskrivelse
etikett: Delegationsordning
datum: nej
dnr: nej
titel: Delegationsordning
avsnitt:
  - tabell: delegering
tabeller:
  - namn: delegering
    kolumner:
      - {namn: lagrum, rubrik: Lagrum, visa_tom: ja}
      - {namn: arende, rubrik: Ärende}
    rader:
      - {arende: Yttrande}
"""

DATES = """\
dokumenttyp: tjansteskrivelse
datum: 2025-01-10
dnr: nej
titel: Sammanträdesplan
avsnitt:
  - tabell: plan
tabeller:
  - namn: plan
    kolumner:
      - {namn: sista, rubrik: Sista dag för ärenden, typ: datum, fore: mote, datumform: iso}
      - {namn: mote, rubrik: Sammanträde, typ: datum}
      - {namn: organ, rubrik: Organ}
    rader:
      - {sista: 2025-03-18, mote: 2025-04-01, organ: KS}
"""

ROUNDED_DOWN = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Ungdomspris
avsnitt:
  - tabell: priser
tabeller:
  - namn: priser
    totalt: false
    kolumner:
      - {namn: ungdom, rubrik: Ungdom, typ: belopp, formel: vuxen * 70 %, avrunda: nedat}
      - {namn: vuxen, rubrik: Vuxen, typ: belopp}
      - {namn: moms, rubrik: Moms, typ: belopp, formel: vuxen * 6 %, avrunda: ore}
      - {namn: period, rubrik: Periodkort, typ: belopp, formel: vuxen * 650 %, avrunda: tiotal}
    rader:
      - {vuxen: 105}
"""

PERCENT_IN_TEXT = """\
dokumenttyp: beslut
datum: 2018-10-03
dnr: nej
titel: Egenavgift för färdtjänst
procent_i_lopande_text: ja
forkortningslista: nej
belopp:
  andel: 35 %
beslut:
  beslutande: Vård- och omsorgsnämnden
  punkter:
    - egenavgiften höjs till {{ belopp.andel }} av taxameterbeloppet
"""

ROW_FORMULAS = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: KS 2024/1
titel: Ram
avsnitt:
  - rubrik: Ram
    tabell: ram
tabeller:
  - namn: ram
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {post: Kvar, rad_namn: kvar, rad_formel: ram - fordelat}
      - {post: Ram, rad_namn: ram, belopp: 1000}
      - {post: Fördelat, rad_namn: fordelat, belopp: 600}
      - {post: Kvar efter reserv, rad_formel: kvar - reserv}
      - {post: Reserv, rad_namn: reserv, belopp: 100}
"""

FIXED_AMOUNTS = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Arvoden
belopp:
  riksdagsarvode: 73000
avsnitt:
  - tabell: arvoden
tabeller:
  - namn: arvoden
    totalt: false
    kolumner:
      - {namn: arvode, rubrik: Arvoden}
      - {namn: andel, rubrik: Andel av riksarvodet, typ: tal}
      - {namn: belopp, rubrik: Belopp, typ: belopp, formel: andel * belopp.riksdagsarvode}
    rader:
      - {arvode: Resor egen bil, belopp: 29, fast_belopp: ja}
      - {arvode: Sammanträde, andel: "1,3 %", belopp: 949}
"""

GROUPED_FIXED_AMOUNTS = FIXED_AMOUNTS.replace("""\
      - {arvode: Resor egen bil, belopp: 29, fast_belopp: ja}
""", """\
      - arvode: Resor m m
        delsumma: nej
        rader:
          - {arvode: Resor egen bil, belopp: 29, fast_belopp: ja}
""")

GROUPED_ROW_FORMULAS = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: KS 2024/1
titel: Intäkter
avsnitt:
  - rubrik: Intäkter
    tabell: intakter
tabeller:
  - namn: intakter
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - post: Intäkter
        delsumma: Summa intäkter
        rader:
          - {post: Varav ej skatt, rad_namn: ejskatt, rad_formel: intakter - skatt}
          - {post: Skatt, rad_namn: skatt, belopp: 900}
          - {post: Avgifter, belopp: 100}
        rad_namn: intakter
      - {post: Andel ej skatt kvar, rad_formel: ejskatt - avgifter_kvar}
      - {post: Avgifter kvar, rad_namn: avgifter_kvar, belopp: 40}
"""

COUNT_ROWS = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: KS 2024/1
titel: Specifikation av drift
avsnitt:
  - rubrik: Drift
    tabell: drift
tabeller:
  - namn: drift
    enhet: tkr
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: b2011, rubrik: Budget 2011, typ: belopp}
    rader:
      - {post: Antal årsarbetare, b2011: "459,67", summeras: nej}
      - {post: Personalkostnad, b2011: 206 614}
      - {post: Kapitaltjänstkostnader, b2011: 1 426}
"""

GROUPED_COUNT_ROWS = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: KS 2024/1
titel: Personal
avsnitt:
  - rubrik: Personal
    tabell: personal
tabeller:
  - namn: personal
    enhet: tkr
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: b2011, rubrik: Budget 2011, typ: belopp}
    rader:
      - post: Personal
        delsumma: Summa personal
        rader:
          - {post: Antal årsarbetare, b2011: "459,67", summeras: nej}
          - {post: Löner, b2011: 206 614}
          - {post: Arvoden, b2011: 1 426}
"""

AFTER_SIGNATURE = """\
dokumenttyp: beslut
etikett: Beslut
datum: 2020-03-10
dnr: SN 2020/12
titel: Beslut om ledsagarservice
beslut_forst: true
beslut:
  beslutande: Biståndshandläggaren
  delegation: Socialnämnden
  datum: 2020-03-10
  punkter: [bevilja ledsagarservice med 17 timmar per månad.]
avsnitt:
  - rubrik: Hur man överklagar
    efter_underskrift: ja
    text: Beslutet kan överklagas hos förvaltningsrätten.
    avsnitt:
      - rubrik: Tid
        efter_underskrift: nej
        text: Inom tre veckor.
undertecknare:
  - namn: Sara Holm
    titel: Biståndshandläggare
"""

CASES: dict[str, Any] = {
    "alla tabeller": yaml.safe_load(EVERY_TABLE),
    "antal årsarbetare": yaml.safe_load(COUNT_ROWS),
    "antal årsarbetare i en grupp": yaml.safe_load(GROUPED_COUNT_ROWS),
    "grundbelopp": yaml.safe_load(BASE_AMOUNT),
    "per vikt": yaml.safe_load(PER_WEIGHT),
    "ordförandebeslut": yaml.safe_load(CHAIRS_DECISION),
    "delegationsbeslut": yaml.safe_load(DELEGATED_DECISION),
    "protokollsutdrag": yaml.safe_load(PROTOCOL_EXTRACT),
    "gotlandsprotokoll": yaml.safe_load(GOTLAND_MINUTES),
    "omröstning": yaml.safe_load(VOTE),
    "daterade underskrifter": yaml.safe_load(DATED_SIGNATURES),
    "allmän tabell": yaml.safe_load(GENERAL_TABLE),
    "andelar": yaml.safe_load(SHARES),
    "forandringar": yaml.safe_load(CHANGES),
    "kvoter": yaml.safe_load(RATIOS),
    "onumrerat": yaml.safe_load(UNNUMBERED),
    "tom kolumn": yaml.safe_load(EMPTY_COLUMN),
    "datum": yaml.safe_load(DATES),
    "avrundat nedåt": yaml.safe_load(ROUNDED_DOWN),
    "procent i text": yaml.safe_load(PERCENT_IN_TEXT),
    "radformler": yaml.safe_load(ROW_FORMULAS),
    "grupperade radformler": yaml.safe_load(GROUPED_ROW_FORMULAS),
    "fasta belopp": yaml.safe_load(FIXED_AMOUNTS),
    "efter underskriften": yaml.safe_load(AFTER_SIGNATURE),
    "grupperade fasta belopp": yaml.safe_load(GROUPED_FIXED_AMOUNTS),
    "rest efter vikter": yaml.safe_load(REST_BY_WEIGHTS),
    **{p.name[:3]: yaml.safe_load(p.read_text("utf-8")) for p in SAMPLE_FILES},
}
"""The cases that show every table first, then the samples for what they do not use."""

Where = tuple[str | int, ...]


@dataclass(frozen=True)
class Field:
    """A field of a model, at its place in a case (index 0 in every list on the way)."""

    where: Where
    annotation: Any
    is_block: bool

    def __str__(self) -> str:
        return ".".join(str(k) for k in self.where)


def _unwrapped(annotation: Any) -> Any:
    """The type inside Annotated[…] and `X | None`."""
    if get_origin(annotation) is typing.Annotated:
        return _unwrapped(get_args(annotation)[0])
    if get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        return _unwrapped(inner[0])
    return annotation


def fields(model: type[BaseModel], where: Where = (), depth: int = 0) -> list[Field]:
    """Every field of a model and of the models in it (subsections of subsections too)."""
    found = []
    for name, info in model.model_fields.items():
        kind = _unwrapped(info.annotation)
        here: Where = (*where, name)
        if get_origin(kind) is list:
            kind, here = _unwrapped(get_args(kind)[0]), (*here, 0)
        is_block = isinstance(kind, type) and issubclass(kind, BaseModel)
        found.append(Field(here, kind, is_block))
        if is_block and depth < 1:
            found += fields(kind, here, depth + 1 if kind is model else depth)
    return found


def lookup(case: Any, where: Where) -> Any:
    """The value at a place, or KeyError/IndexError when the case does not have it."""
    for key in where:
        if isinstance(key, int) and not isinstance(case, list):
            raise KeyError(key)
        case = case[key]
    return case


def sources_for(field: Field) -> list[str]:
    """The cases (those showing every table first) that use the field."""
    found = []
    for name, case in CASES.items():
        try:
            lookup(case, field.where)
        except (KeyError, IndexError, TypeError):
            continue
        found.append(name)
    return found


def changes(value: Any, annotation: Any) -> list[Any]:
    """Other values of the same kind: every other choice, or one other value."""
    if get_origin(annotation) is Literal:
        return [c for c in get_args(annotation) if c != value]
    return [changed(value, annotation)]


def changed(value: Any, annotation: Any) -> Any:
    """Another value of the same kind."""
    if isinstance(value, dict):
        return {key: changed(item, annotation) for key, item in value.items()}
    if value is False:
        return "Inget"
    if isinstance(value, bool):
        return not value
    if isinstance(value, datetime.datetime):
        return value + datetime.timedelta(hours=1)
    if isinstance(value, datetime.date):
        return value + datetime.timedelta(days=1)
    if annotation in (int, decimal.Decimal):
        number = int(str(value).replace(" ", "").replace("\u00a0", ""))
        return number + (1000 if number >= 1000 else 7)
    return f"{value} ändrad"


def with_change(case: Any, field: Field, value: Any = None) -> Any:
    """A copy of the case with the field set to value (a block or list item removed)."""
    result = copy.deepcopy(case)
    parent = lookup(result, field.where[:-1])
    if field.is_block:
        del parent[field.where[-1]]
    else:
        parent[field.where[-1]] = value
    return result


def makes_a_difference(field: Field, value: Any, names: list[str]) -> bool:
    """Tell whether setting the field to value changes the outcome of one of the cases."""
    return any(
        outcome(with_change(CASES[name], field, value)) != original(name) for name in names
    )


@cache
def pipeline() -> Pipeline:
    """One pipeline for the whole module."""
    return Pipeline()


def outcome(case: Any) -> tuple[str, str, tuple[str, ...]]:
    """The Markdown, the Word document as text, and the problems of a case."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fall.yaml"
        path.write_text(yaml.safe_dump(case, allow_unicode=True, sort_keys=False), "utf-8")
        result = pipeline().build(path)
    markdown = result.files.get("fall.md", b"").decode("utf-8")
    word = dump_docx(result.files["fall.docx"]) if "fall.docx" in result.files else ""
    problems = tuple(p.format().removeprefix(f"{path}:") for p in result.problems)
    return markdown, word, problems


@cache
def original(name: str) -> tuple[str, str, tuple[str, ...]]:
    """The outcome of an unchanged case; it must build without errors."""
    result = outcome(CASES[name])
    assert result[0] and not any(": varning: " not in p for p in result[2]), result[2]
    return result


FIELDS = fields(Case)
IGNORED: dict[str, str] = {}
"""Fields known to change nothing today (reported to the lead), with why."""


@pytest.mark.parametrize("field", FIELDS, ids=str)
def test_changing_the_key_changes_the_documents_or_the_check(field: Field) -> None:
    if str(field) in IGNORED:
        pytest.xfail(IGNORED[str(field)])
    names = sources_for(field)
    assert names, f"no case uses {field}; add it to a case above"
    if field.is_block:
        assert makes_a_difference(field, None, names), f"removing {field} changes nothing"
        return
    for value in changes(lookup(CASES[names[0]], field.where), field.annotation):
        assert makes_a_difference(field, value, names), (
            f"{field}: {value!r} changes neither the documents nor the check"
        )


def test_the_walk_reaches_every_model() -> None:
    reached = {f.annotation for f in FIELDS if f.is_block}
    modules = (models, split_models, table_models, vote_models)
    declared = {m for module in modules for m in vars(module).values() if isinstance(m, type)
                and issubclass(m, model_base.CaseModel) and m.__module__ == module.__name__}
    assert declared - reached == {Case}


@pytest.mark.parametrize("kind", ["beslutsunderlag", "godkannande", "tjansteskrivelse"])
def test_the_proposal_lead_in_is_printed_in_every_kind_with_a_proposal(kind: str) -> None:
    case = {**CASES["alla tabeller"], "dokumenttyp": kind}
    markdown = outcome(case)[0]
    lead = ("Styrgruppen föreslår Länschefsnätverket besluta att föreslå regionstyrelsen "
            "besluta\n\natt godkänna fördelningen.")
    assert lead in markdown


def test_the_area_column_header_is_printed() -> None:
    markdown = outcome(CASES["alla tabeller"])[0]
    assert "| Område för insatser | Belopp (kr) |" in markdown
