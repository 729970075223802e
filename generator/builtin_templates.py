"""`beslut mallar`: the built-in templates, a line on each, and copies of them to change.

A copy goes into a folder of the user's own (`--templates MAPP` puts it first on the search
path), at the same name below it; an existing file there is never overwritten.
"""

from __future__ import annotations

import difflib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from generator.output.display import command_line, counted, shown
from generator.render.view_keys import plain_lines
from generator.resources import templates_dir

DESCRIPTIONS = {
    "base.md.j2": "ramen för alla dokumenttyper: rubriker, avsnitt, förslag, beslut, "
                  "underskrifter och sist vilka som får utdrag",
    "beslut.md.j2": "beslut, protokollsutdrag eller meddelande om beslut",
    "beslut_per_capsulam.md.j2": "beslut per capsulam, som förs in i protokollet vid nästa "
                                 "möte",
    "beslutsunderlag.md.j2": "beslutsunderlag: bakgrund, områden, insatser per område och "
                             "förslag",
    "godkannande.md.j2": "godkännande med underskrifter sida vid sida",
    "lagesbeskrivning.md.j2": "lägesbeskrivning med medel per område och medel i risk",
    "tjansteskrivelse.md.j2": "tjänsteskrivelse: ärendet, fördelning, förslag, I tjänsten och "
                              "Utdrag till",
    "partials/amount_list.md.j2": "belopp som lista med beloppet inom parentes och summan",
    "partials/approval.md.j2": "justeringen av protokollet och vem som bestyrker utdraget",
    "partials/attachments.md.j2": "\"Bilagor\" (numrerade), efter underskrifterna",
    "partials/avrundat.md.j2": "meningen under en tabell med avrundade belopp",
    "partials/decision.md.j2": "beslutet: vem som beslutar, när, paragraf och att-satser, "
    "reservationer och protokollsanteckningar, och meningen om att ett beslut per capsulam "
    "förs in vid nästa möte",
    "partials/forkortningar.md.j2": "förteckningen över förkortningar",
    "partials/header.md.j2": "brevhuvudet: avsändare, dokumenttyp, datum, diarienummer och "
                             "mottagare",
    "partials/motions.md.j2": "yrkandena och beslutsgången före beslutet",
    "partials/extract_to.md.j2": "\"Utdrag till\" (vilka som får beslutet), efter "
                                 "underskrifterna",
    "partials/on_duty.md.j2": "\"I tjänsten\" (vem som undertecknar en tjänsteskrivelse) "
    "och \"Handläggare\"",
    "partials/proposal.md.j2": "förslaget: att-satser eller numrerade meningar",
    "partials/sections.md.j2": "de numrerade avsnitten med text, tabeller och listor",
    "partials/signature_blocks.md.j2": "underskriftsblocken (ort och datum, linjen, namn och "
                                       "titel), två sida vid sida eller ett ensamt som rader",
    "partials/signature_page.md.j2": "signatursidan från en tjänst för e-underskrift",
    "partials/signatures.md.j2": "underskrifterna efter dokumentet",
    "partials/table.md.j2": "tabellerna: rubrik, inledning, rader och summor",
    "reference.docx": "Word-mallen: typsnitt, stilar, sidhuvud och sidfot",
}
"""A line on each built-in template (a test checks that every one has one)."""


class TemplateCopyError(Exception):
    """The templates cannot be copied as asked; the message is Swedish."""


@dataclass
class Copied:
    """What a copy wrote, and what it left because it was already there."""

    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)


def builtin_templates() -> list[str]:
    """The names of the built-in templates (below their folder, forward slashes), sorted."""
    root = templates_dir()
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*")
                  if path.is_file() and (path.suffix == ".j2" or path.name == "reference.docx"))


def copy_templates(folder: Path, names: list[str]) -> Copied:
    """Copy the named built-in templates (all when none is named) into the folder, at the
    same names; an existing file is kept."""
    known = builtin_templates()
    unknown = [name for name in names if name not in known]
    if unknown:
        raise TemplateCopyError(_unknown(unknown[0], known))
    if folder.exists() and not folder.is_dir():
        raise TemplateCopyError(f"{shown(folder)} är en fil, inte en mapp; ange en mapp att "
                                "kopiera mallarna till")
    copied = Copied()
    for name in names or known:
        target = folder / name
        if target.exists():
            copied.kept.append(target)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(templates_dir() / name, target)
        copied.written.append(target)
    return copied


def copied_text(folder: Path, copied: Copied) -> list[str]:
    """What a copy did and how to build with the folder, in Swedish, a line each."""
    lines = [f"{shown(path)}:1:1: varning: filen finns redan och skrevs inte över, flytta undan "
             "den om du vill ha en ny kopia av den inbyggda mallen" for path in copied.kept]
    if copied.written:
        what = counted(len(copied.written), "mall", "mallar")
        them, unchanged, they = (("den", "den om du inte ändrar den", "den")
                                 if len(copied.written) == 1
                                 else ("dem", "de mallar du inte ändrar", "de"))
        lines.append(f"kopierade {what} till {shown(folder)}; ändra {them} där och bygg med "
                     f"{command_line('beslut', 'bygg', '--templates', shown(folder))} "
                     f"(ta bort {unchanged}, så följer {they} med när beslut uppdateras)")
    return lines


def listing() -> list[str]:
    """A line on each built-in template, then where they are and how to copy them."""
    names = builtin_templates()
    width = max(len(name) for name in names) + 2
    return [*(f"{name:<{width}}{DESCRIPTIONS.get(name, '')}".rstrip() for name in names), "",
            f"De inbyggda mallarna finns i {templates_dir()}. Kopiera dem till en egen mapp med "
            "'beslut mallar --kopiera MAPP' (eller en: 'beslut mallar partials/on_duty.md.j2 "
            "--kopiera MAPP'), ändra dem där och bygg med --templates MAPP. Dokumenttypernas "
            "mallar ärver base.md.j2: orden står i partials/, t.ex. beslutets i "
            "partials/decision.md.j2.", "",
            "Mallarna läser ärendets uppgifter med engelska namn (mallens namn = ärendets "
            "nyckel):", *plain_lines()]


def _unknown(name: str, known: list[str]) -> str:
    """The message for a name that is not a built-in template's: the one meant, if close."""
    close = [other for other in known if Path(other).name == Path(name).name]
    close = close or difflib.get_close_matches(name, known, n=1, cutoff=0.85)
    if close:
        return f"'{name}' är ingen inbyggd mall, menade du '{close[0]}'?"
    return f"'{name}' är ingen inbyggd mall, beslut mallar visar de inbyggda mallarna"
