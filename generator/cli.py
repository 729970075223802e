"""The `beslut` command: the only place that knows click, terminal output and exit codes.

Exit codes: 0 no errors (warnings allowed), 1 a case has errors, 2 wrong usage; `bygg` also
3 when nothing failed but outputs edited by hand were left as they are (`batch.command.EDITED`),
and 130 when stopped.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from generator import cli_swedish
from generator.batch.discover import (
    NO_CASES,
    Source,
    find_cases,
    has_case_suffix,
    is_profile_file,
    not_a_case_but_a_profile,
    not_a_case_file,
)
from generator.cli_swedish import SwedishGroup, WholeNumber, command, with_example
from generator.output.display import counted, shown
from generator.problems import counted_problems
from generator.startup import loading
from generator.terminal import tolerate_any_encoding

if TYPE_CHECKING:
    from rich.console import Console

    from generator.build import CaseResult
    from generator.organisations import Organisation

cli_swedish.install()

def _console() -> Console:
    """A console that prints text as it is (no markup, no colours guessed from text)."""
    from rich.console import Console  # some 30 ms to load: only for commands that print

    tolerate_any_encoding()
    return Console(highlight=False, markup=False, emoji=False, soft_wrap=True)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Replace each folder by the case files in it and its subfolders (sorted); keep files
    as given."""
    found = find_cases(list(paths), one_output_each=False)
    return [source.path for source in found.sources]


def summary(results: Sequence[CaseResult]) -> str:
    """One line: how many files were checked, and the errors and warnings in how many."""
    errors, warnings = counted_problems(p for r in results for p in r.problems)
    affected = sum(1 for r in results if r.problems)
    checked = counted(len(results), "fil kontrollerad", "filer kontrollerade")
    if not errors and not warnings:
        return f"{checked}: inga fel."
    found = [counted(errors, "fel", "fel")] if errors else []
    found += [counted(warnings, "varning", "varningar")] if warnings else []
    return f"{checked}: {' och '.join(found)} i {counted(affected, 'fil', 'filer')}."


def report(results: Sequence[CaseResult], console: Console | None = None) -> int:
    """Print every problem and the summary; return the exit code.

    Without a console, one is made only when there are problems to print: a clean
    `kontrollera` prints just the summary, our own plain text, and needs no rich.
    """
    lines = [p._replace(path=shown(p.path)).format() for r in results for p in r.problems]
    if lines and console is None:
        console = _console()
    say = print if console is None else console.print
    for line in [*lines, summary(results)]:
        say(line)
    return 1 if any(r.failed for r in results) else 0


class CasePath(click.Path):
    """A case file named on the command line, or a folder where folders are allowed.

    An existing file whose name does not end as a case file's is a usage error: it is never
    read as YAML (a README would give a syntax error, `# hej` an empty case).
    """

    def __init__(self, exists: bool = False, dir_okay: bool = True) -> None:
        super().__init__(exists=exists, dir_okay=dir_okay, path_type=Path)

    def convert(self, value: str | os.PathLike[str], param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        assert isinstance(path, Path)  # path_type
        if path.exists() and not path.is_dir() and not has_case_suffix(path.name):
            raise click.UsageError(not_a_case_file(path, self.dir_okay), ctx)
        if is_profile_file(path):
            raise click.UsageError(not_a_case_but_a_profile(path), ctx)
        return path


_CASES = click.argument("cases", nargs=-1, type=CasePath(), metavar="ÄRENDE...")
_TEMPLATES = click.option(
    "--templates", "template_dirs", multiple=True, metavar="MAPP",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Mapp med egna mallar som ersätter de inbyggda (kan anges flera gånger).",
)

_BUILTIN_TEMPLATES = click.option(
    "--inbyggda-mallar", "--builtin-templates", "builtin_templates", is_flag=True,
    help="Använd de inbyggda mallarna, inte de mallmappar som utdatamappen byggdes med "
    "(enligt dess manifest).",
)


def _one_choice(template_dirs: tuple[Path, ...], builtin_templates: bool) -> None:
    """Refuse `--templates` together with `--inbyggda-mallar`."""
    if template_dirs and builtin_templates:
        raise click.UsageError("--templates och --inbyggda-mallar går inte att kombinera; "
                               "ange mallmapparna med --templates eller de inbyggda mallarna "
                               "med --inbyggda-mallar")


@click.group(cls=SwedishGroup, **with_example(
    "Skapar beslutsdokument i Word och Markdown från ärendefiler (YAML). Handboken för "
    "sekreterare, med reglerna för tabeller, belopp och protokollsutdrag, visar "
    "'beslut format --handbok'.",
    "beslut ny beslutsunderlag mitt-arende.yaml", "beslut kontrollera mitt-arende.yaml"))
@click.version_option(package_name="beslut")
def main() -> None:
    """Entry point of the `beslut` command."""
    tolerate_any_encoding()


@command(main, "kontrollera", "Kontrollera ärendefiler utan att skriva något. En mapp "
         "kontrolleras med sina undermappar, som beslut bygg tar dem.",
         "beslut kontrollera cases/mitt-arende.yaml", "beslut kontrollera arkiv/",
         alias="check")
@_CASES
@_TEMPLATES
def check(cases: tuple[Path, ...], template_dirs: tuple[Path, ...]) -> None:
    """Check case files and report every problem."""
    with loading("generator.build"):
        from generator.build import Settings, check_cases  # the pipeline, loaded when needed

    settings = Settings(template_dirs=template_dirs)
    sources, skipped = _require_cases(cases, one_output_each=False)
    results = skipped + check_cases([source.path for source in sources], settings)
    sys.exit(report(results))


@command(main, "skapa", "Skapa .docx och .md för ärendefiler. Ärenden med fel skrivs inte. En "
         "mapps ärenden i undermappar skrivs till samma undermappar i utdatamappen, som beslut "
         "bygg gör.",
         "beslut skapa cases/mitt-arende.yaml -o dokument", alias="render")
@_CASES
@_TEMPLATES
@click.option("-o", "--output", type=click.Path(path_type=Path), metavar="MAPP",
              default=Path("output"), show_default=True, help="Mapp för dokumenten.")
@click.option("--force", is_flag=True, help="Skriv över filer som ändrats för hand.")
@click.option("--pdf", is_flag=True,
              help="Skapa även PDF/A-2 för arkivet (kräver LibreOffice).")
def render(cases: tuple[Path, ...], template_dirs: tuple[Path, ...], output: Path,
           force: bool, pdf: bool) -> None:
    """Render case files to Word and Markdown (and PDF/A with --pdf)."""
    with loading("generator.build"):
        from generator.build import Settings, render_cases  # the pipeline, loaded when needed
    from generator.output.pdf import PdfUnavailable, find_soffice

    console = _console()
    sources, skipped = _require_cases(cases)
    if pdf and find_soffice() is None:
        console.print(f"fel: {PdfUnavailable.missing().args[0]}")
        sys.exit(1)
    settings = Settings(output=output, template_dirs=template_dirs, force=force, pdf=pdf)
    results = skipped + render_cases([source.path for source in sources], settings,
                                     [source.folder() for source in sources])
    for result in results:
        for path in result.written:
            console.print(f"skrev {shown(path)}")
    sys.exit(report(results, console))


@command(main, "bygg", "Bygg alla ärenden i mappar till en utdatamapp; bara de som ändrats "
         "byggs om. Undermappar speglas i utdatamappen. Utan mappar byggs de som utdatamappen "
         "(standard: output/) byggdes från, enligt dess manifest, och annars cases/. "
         "Slutkod: 0 när varje ärende byggdes eller var oförändrat, 1 när ett ärende "
         "misslyckades eller har fel, 3 när inget misslyckades men dokument som ändrats för "
         "hand inte skrevs över, 2 vid fel i kommandot; med --check 1 när något dokument inte "
         "är aktuellt eller ett ärende har fel.",
         "beslut bygg", "beslut bygg cases/ -o output/ -j 2", "beslut bygg --check -o output/",
         alias="build")
@click.argument("paths", nargs=-1, type=CasePath(exists=True), metavar="[MAPP|ÄRENDE]...")
@_TEMPLATES
@_BUILTIN_TEMPLATES
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, metavar="MAPP", help="Mapp för dokumenten; undermappar speglas.")
@click.option("-j", "--jobs", type=WholeNumber(min=1), default=None, metavar="N",
              help="Antal processer (standard: antalet kärnor).")
@click.option("--force", is_flag=True,
              help="Bygg om allt och skriv över filer som ändrats för hand.")
@click.option("--check", "check_only", is_flag=True,
              help="Skriv inget; lista dokument som saknas, är inaktuella eller ändrats för "
              "hand, och ärendenas fel och varningar som bygget skulle visa dem.")
@click.option("--shard", default=None, metavar="K/N", help="Bygg bara del K av N (t.ex. 2/4).")
@click.option("--merge", is_flag=True, help="Foga samman delarnas manifest i utdatamappen "
              "(inget, om en del saknas).")
@click.option("--rensa", "--prune", "prune", is_flag=True,
              help="Ta bort dokument vars ärendefil inte finns längre eller nu byggs till en "
              "annan plats (utom dem som ändrats för hand).")
def build(paths: tuple[Path, ...], template_dirs: tuple[Path, ...], builtin_templates: bool,
          output: Path, jobs: int | None, force: bool, check_only: bool, shard: str | None,
          merge: bool, prune: bool) -> None:
    """Build every case under the folders, skipping those whose inputs are unchanged."""
    from generator.batch.command import BuildRequest, run_build  # only `build` needs these
    from generator.batch.folders import NoCases
    from generator.batch.runner import default_jobs
    from generator.batch.shards import parse_shard

    part = None
    if shard is not None:
        part = parse_shard(shard)
        if part is None:
            raise click.BadParameter("skriv del K av N som K/N, med K från 1 till N, t.ex. "
                                     "2/4", param_hint="--shard")
    _one_choice(template_dirs, builtin_templates)
    if merge and (paths or force or check_only or part or prune):
        raise click.UsageError("--merge fogar bara samman delarnas manifest i utdatamappen; "
                               "ange bara -o MAPP, utan ärendemappar, --shard, --check, "
                               "--force och --rensa")
    if prune and (check_only or part):
        raise click.UsageError("--rensa tar bort dokument för hela arkivet och kan inte "
                               "kombineras med --check eller --shard; kör beslut bygg "
                               "--rensa utan dem")
    request = BuildRequest(paths, output, template_dirs, jobs or default_jobs(), force,
                           check_only, part, merge, prune, builtin_templates)
    try:
        code = run_build(request, _console())
    except NoCases as exc:
        raise click.UsageError(str(exc)) from None
    sys.exit(code)


@command(main, "ursprung", "Visa vilket ärende som skapade ett dokument, om det är aktuellt "
         "(annars med kommandot som bygger om det) och om ärendets andra dokument har ändrats "
         "för hand eller saknas. Uppgifterna står i Word-filen; för en .md-fil läses de ur "
         "Word-filen bredvid.",
         "beslut ursprung output/mitt-arende.docx", "beslut ursprung output/mitt-arende.md")
@click.argument("document", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                metavar="FIL.docx|FIL.md")
@_TEMPLATES
@_BUILTIN_TEMPLATES
def ursprung(document: Path, template_dirs: tuple[Path, ...], builtin_templates: bool) -> None:
    """Tell which case made a document and whether it is current."""
    from generator.batch.origin import origin, without_origin  # only `ursprung` needs these
    from generator.batch.template_folders import TemplatesGone
    from generator.output.provenance import NotADocx

    _one_choice(template_dirs, builtin_templates)
    console = _console()
    try:
        found = origin(document, template_dirs, builtin_templates)
    except TemplatesGone as exc:
        raise click.UsageError(str(exc)) from None
    except NotADocx:
        console.print(f"{shown(document)}:1:1: {without_origin(document)}")
        sys.exit(1)
    for label, value in found.facts:
        console.print(f"{label}: {value}")
    if found.current:
        console.print("aktuellt: ja, dokumentet motsvarar ärendet och mallarna som de är nu")
    elif found.stale:
        console.print("aktuellt: nej, " + "; ".join(found.stale))
    else:
        console.print("aktuellt: kan inte avgöras härifrån, " + "; ".join(found.unknown))
    for error in found.errors:
        console.print(error.format())
    for note in found.notes:
        console.print(f"obs: {note}")
    sys.exit(0 if found.current else 1)


@command(main, "ny", "Skapa en ny ärendefil med förklaringar för en dokumenttyp.",
         "beslut ny beslutsunderlag mitt-arende.yaml --organisation region-dalarna",
         "beslut ny tjansteskrivelse mitt-arende.yaml --organisation exempelby-kommun",
         "beslut ny beslut gatunamn.yaml --utan-belopp",
         "beslut ny beslut fardtjanst.yaml --delegation", alias="new")
@click.argument("kind", metavar="DOKUMENTTYP")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path),
                metavar="[FIL]")
@click.option("--organisation", "organisation", metavar="ORGANISATION",
              help="Organisationsprofil som ger rubrikrader, husstil, organ, Dnr och "
              "kommunens eller regionens ord (se 'beslut organisationer').")
@click.option("--utan-belopp", "--without-amounts", "without_amounts", is_flag=True,
              help="Ett ärende utan belopp: text och en tabell med bara text (för beslut, "
              "tjansteskrivelse och beslut_per_capsulam).")
@click.option("--delegation", "delegated", is_flag=True,
              help="Ett delegationsbeslut (för beslut): ett beslut till en enskild, t.ex. om "
              "färdtjänst, som en handläggare fattar på delegation från en nämnd, utan "
              "justering och paragraf, med skäl, hur man överklagar och underskrift.")
def new(kind: str, path: Path | None, organisation: str | None,
        without_amounts: bool, delegated: bool) -> None:
    """Write a commented skeleton case of a document kind."""
    from generator.new_case import (
        NewCaseError,
        example_notice,
        without_profile_notice,
        write_new_case,
    )

    target = path or Path(f"{kind}.yaml")
    try:
        written = write_new_case(kind, target, organisation, without_amounts=without_amounts,
                                 delegated=delegated)
    except NewCaseError as exc:
        raise click.UsageError(str(exc)) from None
    console = _console()
    for file in written:
        console.print(f"skrev {file}")
    if organisation is None:
        console.print(without_profile_notice(target))
    elif (example := example_notice(organisation, target.parent)) is not None:
        console.print(example)
    console.print(f"Fyll i ärendet; 'beslut bevaka {target}' kontrollerar det varje gång du "
                  "sparar.")


@command(main, "typer", "Visa de dokumenttyper som finns.", "beslut typer", alias="kinds")
def list_kinds() -> None:
    """List the document kinds with a line on each."""
    from generator.new_case import (
        DECISIONS_WITHOUT_AMOUNTS,
        DELEGATED_DECISIONS,
        KINDS,
        LISTS_WITHOUT_AMOUNTS,
        kinds,
    )

    console = _console()
    for kind in kinds():
        console.print(f"{kind:<22}{KINDS[kind]}")
    console.print(f"\n{LISTS_WITHOUT_AMOUNTS}")
    console.print(f"\n{DECISIONS_WITHOUT_AMOUNTS}")
    console.print(f"\n{DELEGATED_DECISIONS}")


@command(main, "organisationer", "Visa de organisationsprofiler som finns och var de läses "
         "från, eller börja en egen. Egna profiler ligger i profiler/<namn>/profil.yaml i den "
         "här mappen.",
         "beslut organisationer --ny lysekils-kommun",
         "beslut organisationer --kopiera region-dalarna lysekils-kommun",
         alias="organisations")
@click.option("--ny", "new", metavar="NAMN",
              help="Skapa en tom profil att fylla i, profiler/NAMN: husstilens "
              "standardvärden, inga förkortningar och den vanliga Word-mallen.")
@click.option("--kopiera", "copy", nargs=2, metavar="FRÅN NAMN",
              help="Kopiera profilen FRÅN till profiler/NAMN, som början på en egen profil.")
def list_organisations(new: str | None, copy: tuple[str, str] | None) -> None:
    """List the organisation profiles with their names, or start one, empty or from a copy."""
    from generator import organisations as found

    console = _console()
    if new is not None and copy is not None:
        raise click.UsageError("ange antingen --ny eller --kopiera, inte båda")
    if new is not None:
        return _start_profile(console, lambda: found.new_text(found.new_profile(new)))
    if copy is not None:
        return _start_profile(console, lambda: found.copied_text(found.copy_profile(*copy)))
    for organisation in found.organisations():
        console.print(f"{organisation.id:<30}{_described(organisation)}")
    console.print("")
    console.print(found.where_text())


def _start_profile(console: Console, start: Callable[[], list[str]]) -> None:
    """Make a profile as `start` does and print what it says; a refusal is a usage error."""
    from generator.organisations import StartError

    try:
        lines = start()
    except StartError as exc:
        raise click.UsageError(str(exc)) from None
    for line in lines:
        console.print(line)


@command(main, "mallar", "Visa de inbyggda mallarna, en rad om varje, eller kopiera dem till "
         "en egen mapp att ändra i (bygg sedan med --templates MAPP).",
         "beslut mallar --kopiera mallar",
         "beslut mallar partials/on_duty.md.j2 --kopiera mallar", alias="templates")
@click.argument("names", nargs=-1, metavar="[MALL]...")
@click.option("--kopiera", "--copy", "folder", metavar="MAPP",
              type=click.Path(file_okay=False, path_type=Path),
              help="Kopiera mallarna (alla, eller de MALL som anges) till MAPP; befintliga "
              "filer skrivs inte över.")
def list_templates(names: tuple[str, ...], folder: Path | None) -> None:
    """List the built-in templates, or copy them into a folder of the user's own."""
    from generator.builtin_templates import (
        TemplateCopyError,
        copied_text,
        copy_templates,
        listing,
    )

    console = _console()
    if folder is None:
        if names:
            raise click.UsageError("ange mappen att kopiera mallarna till med --kopiera MAPP, "
                                   f"t.ex. beslut mallar {names[0]} --kopiera mallar")
        for line in listing():
            console.print(line)
        return
    try:
        copied = copy_templates(folder, list(names))
    except TemplateCopyError as exc:
        raise click.UsageError(str(exc)) from None
    for line in copied_text(folder, copied):
        console.print(line)
    sys.exit(0 if copied.written else 1)


def _described(organisation: Organisation) -> str:
    """A profile's name (or that it has errors, and which) and, for a local one, where it is."""
    text = organisation.name or "har fel"
    if organisation.example:
        text += " (påhittad, att prova med)"
    if organisation.local:
        place = shown(organisation.place)
        text += f" ({place}, ersätter den inbyggda)" if organisation.overrides else f" ({place})"
    if organisation.problem is not None:
        text += ":\n  " + organisation.problem.replace("\n", "\n  ")
    return text


@command(main, "schema", "Skriv ärendefilernas JSON Schema. Med det kan editorn föreslå "
         "nycklar och markera fel medan du skriver.",
         "beslut schema -o arende.schema.json")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), metavar="FIL",
              help="Fil att skriva schemat till (annars skrivs det ut).")
def schema(output: Path | None) -> None:
    """Write the JSON Schema of the case format."""
    from generator.schema import schema_text

    if output is None:
        click.echo(schema_text(), nl=False)
        return
    output.write_text(schema_text(), encoding="utf-8")
    _console().print(f"skrev {output}")


@command(main, "format", "Visa ärendefilens format: varje nyckel med förklaring, typ och "
         "standardvärde. Med --profil visas organisationsprofilens (profil.yaml) i stället, "
         "och med --handbok handboken för sekreterare: reglerna för tabeller, belopp i text, "
         "uppdelningar och protokollsutdrag, med exempel.",
         "beslut format --profil", "beslut format --handbok")
@click.option("--profil", "profile", is_flag=True,
              help="Visa formatet för organisationsprofilen profil.yaml.")
@click.option("--handbok", "handbook", is_flag=True,
              help="Visa handboken för sekreterare (docs/handbok.md).")
def show_format(profile: bool, handbook: bool) -> None:
    """Print the reference of the case format (or of profil.yaml) made from the models, or
    the secretaries' handbook."""
    from generator.case.reference_doc import profile_reference, reference
    from generator.resources import handbook_path

    if profile and handbook:
        raise click.UsageError("--profil och --handbok går inte att kombinera; välj en av dem")
    if handbook:
        click.echo(handbook_path().read_text(encoding="utf-8"), nl=False)
        return
    click.echo(profile_reference() if profile else reference(), nl=False)


@command(main, "visa", "Visa ärendets uträknade belopp som tabeller. Områden, insatser, "
         "delposter, egna tabeller, uppdelningar och summor visas med samma kolumner, "
         "rubriker och decimaler som i dokumentet, och angivna belopp som inte stämmer "
         "markeras. Ett beslut utan uträknade belopp visas som en sammanfattning: "
         "beslutande, datum, paragraf, punkter, yrkanden och justering.",
         "beslut visa cases/mitt-arende.yaml", alias="show")
@click.argument("case", type=CasePath(exists=True, dir_okay=False), metavar="ÄRENDE")
@_TEMPLATES
def show(case: Path, template_dirs: tuple[Path, ...]) -> None:
    """Print the computed figures of a case as tables."""
    from generator.show import print_figures
    from generator.snapshot import new_session, take

    snapshot = take(case, new_session(template_dirs))
    try:
        print_figures(snapshot, _console())
    except Exception as exc:  # a bug: one named line, never a traceback
        from generator.build import internal_error

        click.echo(internal_error(str(case), exc).format(), err=True)
        sys.exit(1)
    sys.exit(1 if snapshot.failed else 0)


@command(main, "bevaka", "Kontrollera ärendet på nytt varje gång det sparas. Felen, eller en rad "
         "med summan, skrivs ut och dokumenten skapas på nytt. En mapp bevakas med sina "
         "undermappar, som 'kontrollera' tar dem; dokumenten hamnar i samma undermapp av "
         "utdatamappen.",
         "beslut bevaka cases/mitt-arende.yaml", "beslut bevaka cases/", alias="watch")
@click.argument("target", required=False, default=Path("."), metavar="[ÄRENDE|MAPP]",
                type=CasePath(exists=True))
@_TEMPLATES
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), metavar="MAPP",
              default=Path("output"), show_default=True, help="Mapp för dokumenten.")
@click.option("--force", is_flag=True, help="Skriv över filer som ändrats för hand.")
@click.option("--omgangar", type=int, hidden=True, help="Sluta efter så många sparningar.")
@click.option("--tidsgrans", type=float, hidden=True, help="Sluta efter så många sekunder.")
@click.pass_context
def watch(ctx: click.Context, target: Path, template_dirs: tuple[Path, ...], output: Path,
          force: bool, omgangar: int | None, tidsgrans: float | None) -> None:
    """Re-check and re-render a case (or a folder of cases) on every save."""
    from generator.snapshot import new_session
    from generator.watch import WatchProbe, WatchSettings, watch_cases

    settings = WatchSettings(output, force, omgangar, tidsgrans)
    console = _console()
    probe = ctx.obj if isinstance(ctx.obj, WatchProbe) else None
    watch_cases(target, new_session(template_dirs), settings, console.print, probe)


@command(main, "forhandsgranska", "Visa dokumentet i webbläsaren, med felen bredvid. Sidan "
         "uppdateras när ärendet sparas.",
         "beslut forhandsgranska cases/mitt-arende.yaml", alias="preview")
@click.argument("case", type=CasePath(exists=True, dir_okay=False), metavar="ÄRENDE")
@_TEMPLATES
@click.option("--port", type=WholeNumber(0, 65535), default=8765, show_default=True,
              metavar="NUMMER", help="Port på 127.0.0.1 (0 väljer en ledig).")
@click.pass_context
def preview(ctx: click.Context, case: Path, template_dirs: tuple[Path, ...], port: int) -> None:
    """Serve the rendered case as HTML on 127.0.0.1, reloading on save."""
    from generator.preview.server import PreviewProbe, serve
    from generator.snapshot import new_session

    probe = ctx.obj if isinstance(ctx.obj, PreviewProbe) else None
    try:
        serve(case, port, new_session(template_dirs), _console().print, probe)
    except OSError as exc:
        raise click.UsageError(f"porten {port} går inte att använda ({exc.strerror}), "
                               "välj en annan med --port") from None


@command(main, "granska",
         "Granska tillgänglighet i .docx- och PDF-filer (eller mappar med sådana).",
         "beslut granska output/")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="FIL...")
def granska(paths: tuple[Path, ...]) -> None:
    """Check finished documents against the accessibility rules."""
    from generator.inspect.run import check_file

    files = _require_documents(paths)
    console = _console()
    count = 0
    for path in files:
        for finding in check_file(path):
            console.print(str(finding))
            count += 1
    checked = counted(len(files), "fil granskad", "filer granskade")
    findings = "inga brister" if not count else counted(count, "brist", "brister")
    console.print(f"{checked}: {findings}.")
    sys.exit(1 if count else 0)


def _require_documents(paths: tuple[Path, ...]) -> list[Path]:
    """Expand folders; a missing path, another file type or nothing to check is a usage error."""
    from generator.inspect.run import SUFFIXES, files_to_check

    if not paths:
        raise click.UsageError("ange minst en .docx- eller .pdf-fil eller en mapp")
    for path in paths:
        if not path.exists():
            raise click.UsageError(f"'{path}' finns inte, kontrollera sökvägen")
        if path.is_file() and path.suffix.lower() not in SUFFIXES:
            raise click.UsageError(f"'{path}' är varken .docx eller .pdf, ange en sådan fil")
    found = files_to_check(paths)
    if not found:
        raise click.UsageError("inga .docx- eller .pdf-filer hittades i de angivna mapparna")
    return found


def _require_cases(
    paths: tuple[Path, ...], one_output_each: bool = True
) -> tuple[list[Source], list[CaseResult]]:
    """Find the case files, in folders and their subfolders as `beslut bygg` does; a missing
    path or a run with no case file is a usage error.

    Names that look like cases but cannot be read as files come back as results with
    their problem, so they are reported with the rest; so do cases that would write the
    same output files, when they are to be written (`one_output_each`).
    """
    from generator.build import CaseResult

    if not paths:
        raise click.UsageError("ange minst en ärendefil eller en mapp med ärendefiler")
    for path in paths:
        if not path.exists():
            raise click.UsageError(f"'{shown(path)}' finns inte, kontrollera sökvägen")
    found = find_cases(list(paths), one_output_each=one_output_each)
    if not found.sources and not found.problems:
        raise click.UsageError(NO_CASES)
    skipped = [CaseResult(p.path, [p]) for p in found.problems]
    return found.sources, skipped


if __name__ == "__main__":
    main()
